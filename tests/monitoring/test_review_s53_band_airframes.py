"""Review s53 4: one HALE airframe count per report. The band table gave europe-2025's HALE class 12
airframes (every orbit flying 340.5 km, base to the line's nearest point) where the fleet sizing
gives 13 (each orbit's own stretch, 444-948 km, sum of airframes per orbit 12.23). The band model
now splits the line into the orbits' stretches and takes each orbit's transit to the middle of its
own stretch, as the sizing does."""

from __future__ import annotations

import math

import pytest

from reassure.bridge.monitoring_band import band_input
from reassure.models.monitoring import airframes_per_orbit
from reassure.models.monitoring_band import BandClass, BandInput, assess_band, orbit_transits_km
from reassure.spec import load_scenario


def test_each_orbit_flies_to_the_middle_of_its_own_stretch() -> None:
    # 4 cells at shares 1/8, 3/8, 5/8, 7/8, 100-400 km from the base; 2 orbits over the line: the first
    # watches the first half (middle at 1/4: cells 1/8 and 3/8 equally near, the first taken, as
    # numpy's argmin in the sizing), the second the second half
    along = ((0.125, 100.0), (0.375, 200.0), (0.625, 300.0), (0.875, 400.0))
    assert orbit_transits_km(along, 2) == (100.0, 300.0)
    assert orbit_transits_km(along, 4) == (100.0, 200.0, 300.0, 400.0)
    # a 1 x 7.5 km lane over 1,000 km at 570 km/h and a 2 h target: 2 orbits
    cls = BandClass(id="hale@B", kind="patrol", swath_km=7.5, pd_pass=0.8, speed_kmh=570.0,
                    airframes_per_orbit=2.0, endurance_h=30.0, turnaround_h=12.0, availability=0.5,
                    base="B", transit_km=50.0, transit_along_km=along)
    r = assess_band(BandInput(1000.0, 1000.0, 7.5, 7.5, 2.0, (0.5,), 30.0, (cls,))).classes[0]
    each = [airframes_per_orbit(30.0, d, 570.0, 12.0, 0.5) for d in (100.0, 300.0)]
    assert r.orbits_low == 2 and r.orbit_transits_km_low == (100.0, 300.0)
    assert r.airframes_low == math.ceil(sum(each))  # summed, then rounded up: 2.83 + 2.90 -> 6
    assert r.airframes_low == 6 and r.transit_km == 50.0  # not 2 x 2.0 (the nearest point's figure) -> 4


def test_without_distances_along_the_line_every_orbit_takes_its_airframes_per_orbit() -> None:
    cls = BandClass(id="hale", kind="patrol", swath_km=7.5, pd_pass=0.8, speed_kmh=570.0, airframes_per_orbit=3.2)
    r = assess_band(BandInput(1000.0, 1000.0, 10.0, 10.0, 2.0, (0.5,), 30.0, (cls,))).classes[0]
    assert (r.orbits_low, r.airframes_low, r.orbit_transits_km_low) == (4, 13, ())


def test_the_band_gives_europe_2025s_hale_class_the_sizings_13_airframes() -> None:
    inp = band_input(load_scenario("europe-2025"))
    assert inp is not None
    hale = next(c for c in assess_band(inp).classes if c.id == "hale-uav@LRCK")
    assert hale.orbits_low == 4 and hale.airframes_low == 13  # 12 with the nearest point's 340.5 km
    assert hale.transit_km == pytest.approx(340.5, abs=0.5)
    # each orbit's own stretch, as the validator measured (444, 651, 831, 948 km)
    assert hale.orbit_transits_km_low == pytest.approx((444, 651, 831, 948), abs=3)
    assert (hale.orbits_high, hale.airframes_high) == (5, 16)  # 1,200 km: 15 before


def test_the_band_and_the_sizing_agree_on_the_hale_fleet() -> None:
    # the sizing of `monitor --size`, HALE from Kogalniceanu alone, by geometry alone: its 4 orbits
    # and their airframes are the band's at the low end
    from reassure.bridge.monitoring import monitoring_inputs, sizing_inputs
    from reassure.models.monitoring import size_fleet

    s = load_scenario("europe-2025")
    inp = monitoring_inputs(s)
    sized = sizing_inputs(s)
    assert sized is not None
    candidates = [c for c in sized[0] if c.type == "hale-uav"]
    plan = size_fleet(inp["grid"], inp["catalogue"], candidates, target_revisit_h=inp["analysis"].target_revisit_h,
                      target_fraction=sized[1])
    (group,) = plan.groups
    band = band_input(s)
    assert band is not None
    hale = next(c for c in assess_band(band).classes if c.id == "hale-uav@LRCK")
    assert group["orbits"] == hale.orbits_low == 4
    assert group["airframes"] == hale.airframes_low == 13


def test_the_band_table_shows_one_count_not_a_lower_bound() -> None:
    from reassure.run.pipeline import run_capability
    from reassure.run.section_monitoring_band import TRANSIT_ORBITS, monitoring_band_section

    for name, airframes in (("europe-2025", "13-16"), ("mnf-u-2026", "16")):
        s = load_scenario(name)
        sec = monitoring_band_section(s, run_capability("monitoring_band", s))
        assert sec is not None
        (table,) = sec.tables
        assert "lower bound" not in table.title and "middle of its own stretch" in table.title
        assert TRANSIT_ORBITS in table.columns and "airframes" in table.columns
        rows = {r[0]: dict(zip(table.columns, r, strict=True)) for r in table.rows}
        assert rows["hale-uav@LRCK"]["airframes"] == airframes
        assert rows["hale-uav@LRCK"][TRANSIT_ORBITS] == "422-938"  # the long-deep orbits', nearest to farthest
