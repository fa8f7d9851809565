"""Issue 12, monitoring geometry in the main (cell) model: attrition per platform class,
detection by sensor class and event duration (one closed form shared with the band model),
the band's reported length and depth, and sizing that reflects depth and attrition."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.models import monitoring_band
from reassure.models.monitoring import (
    Analysis,
    Conditions,
    FleetEntry,
    MonitoringGrid,
    PlatformType,
    class_detection,
    evaluate_fleet,
    fleet_rows,
    lanes,
    p_detect_event,
    patrol_max_revisit_h,
    size_fleet,
)

HORIZON = 25.0


def _uav(name: str = "u", swath: float = 8.0, attrition: float | None = None, speed: float = 200.0) -> PlatformType:
    return PlatformType(name, "patrol", swath_km=swath, pd_day=0.9, pd_night=0.6, pd_cloud=0.5,
                        endurance_h=20.0, speed_kmh=speed, turnaround_h=2.0, availability=0.8,
                        attrition_per_orbit_year=attrition)


# -- 1. attrition per platform class --------------------------------------------------------------
def test_every_patrol_class_of_the_catalogue_has_its_own_sourced_attrition() -> None:
    from reassure.spec.sections.monitoring import load_sensor_catalogue

    cat = load_sensor_catalogue()
    for s in cat.sensors:
        if s.kind == "patrol":
            assert s.attrition is not None, s.id
            assert s.attrition.source or s.attrition.assumption, s.id
    rate = {s.id: s.attrition.nominal for s in cat.sensors if s.attrition is not None}
    # MQ-9 Class A mishaps (0.12-0.28 per orbit-year) are about a tenth of small-drone losses.
    assert 0.12 <= rate["male-uav"] <= 0.28 and 0.1 <= rate["hale-uav"] <= 0.3
    assert rate["mini-uav"] == rate["tactical-uav"] == 2.0
    assert rate["male-uav"] * 5 < rate["mini-uav"]


@settings(max_examples=30, deadline=None)
@given(own=st.floats(0.0, 3.0), default=st.floats(0.0, 3.0), orbits=st.integers(1, 4),
       horizon=st.floats(0.5, 30.0))
def test_an_orbit_loses_its_own_class_rate_and_the_scenario_rate_only_without_one(
        own: float, default: float, orbits: int, horizon: float) -> None:
    grid = MonitoringGrid.straight(300.0, 5.0, lon0=30.0, lat=48.0)
    cat = {"own": _uav("own", attrition=own), "none": _uav("none")}
    fleet = [FleetEntry("own", orbits, base="B", base_lon=30.0, base_lat=48.3),
             FleetEntry("none", orbits, base="B", base_lon=30.0, base_lat=48.3)]
    rows = fleet_rows(grid, fleet, cat, Conditions(attrition_per_orbit_year=default,
                                                   horizon_years=horizon))
    assert rows[0].attrition_over_horizon == pytest.approx(own * orbits * horizon)
    assert rows[1].attrition_over_horizon == pytest.approx(default * orbits * horizon)


def test_europe_2025_mq9_orbits_lose_mishap_rates_not_small_drone_losses() -> None:
    from reassure.bridge.monitoring import monitoring_inputs
    from reassure.spec import load_scenario

    s = load_scenario("europe-2025")
    inp = monitoring_inputs(s)
    rows = {r.id: r for r in fleet_rows(inp["grid"], inp["fleet"], inp["catalogue"], inp["conditions"])}
    horizon = inp["conditions"].horizon_years
    # 4 US MQ-9-class orbits: 0.2 a year each (nominal of 0.12-0.28), not 2.
    assert rows["us-male"].attrition_over_horizon == pytest.approx(4 * 0.2 * horizon)
    assert rows["us-male"].attrition_over_horizon < 4 * 2.0 * horizon / 5


# -- 2. detection by sensor class and event duration -----------------------------------------------
def test_the_band_model_and_the_cell_model_share_one_detection_function() -> None:
    assert monitoring_band.p_detect_event is p_detect_event


@settings(max_examples=60, deadline=None)
@given(pd=st.floats(0.0, 1.0), revisit=st.floats(0.1, 200.0), frac=st.floats(0.0, 1.0))
def test_an_event_shorter_than_the_revisit_is_seen_only_if_a_pass_falls_within_it(
        pd: float, revisit: float, frac: float) -> None:
    duration = frac * revisit
    assert p_detect_event(pd, revisit, duration) == pytest.approx(min(1.0, duration / revisit) * pd, abs=1e-12)
    # longer events are never harder to see; a staring sensor sees any event with pd
    assert p_detect_event(pd, revisit, duration + revisit) >= p_detect_event(pd, revisit, duration) - 1e-12
    assert p_detect_event(pd, 0.0, duration) == pd


def test_a_daily_satellite_is_credited_with_a_30_minute_event_at_pd_times_half_an_hour_over_a_day() -> None:
    grid = MonitoringGrid.straight(50.0, 1.0)
    sat = PlatformType("sat", "satellite", swath_km=100.0, pd_day=0.9, pd_night=0.0,
                       pd_cloud=0.1, revisit_h=24.0)
    cond = Conditions(cloud_fraction=0.5)
    (row,) = class_detection(grid, [FleetEntry("sat", 1)], {"sat": sat}, cond, (0.5, 24.0))
    pd = 0.5 * 0.9 + 0.5 * 0.1  # satellites pass in daylight: night does not apply
    assert row["pd_per_pass"] == pytest.approx(pd)
    assert row["p_detect"][0]["p"] == pytest.approx(pd * 0.5 / 24.0)
    assert row["p_detect"][0]["p"] < 0.011
    assert row["p_detect"][1]["p"] == pytest.approx(pd)
    # The sampled model (periodic passes) agrees with the closed form within a step.
    an = Analysis(window_h=96.0, step_min=5.0, gap_rule="pessimistic", durations_h=(0.5,))
    figs = evaluate_fleet(grid, [FleetEntry("sat", 1)], {"sat": sat}, conditions=cond, analysis=an)
    sampled = figs.summary["pd_by_duration"][0]["pd"]
    assert sampled == pytest.approx(pd * 0.5 / 24.0, abs=pd * an.step_h / 24.0 + 1e-9)


def test_europe_2025_satellites_rarely_see_a_30_minute_violation_and_drones_usually_do() -> None:
    from reassure.bridge.monitoring import build_input
    from reassure.models.solve import solve_monitoring
    from reassure.spec import load_scenario

    inp = build_input(load_scenario("europe-2025"))
    inp = replace(inp, analysis=replace(inp.analysis, window_h=24.0, durations_h=(0.5,)))
    by = {c["id"]: c for c in solve_monitoring(inp).by_class}
    for sat in ("us-commercial-imagery", "eu-sentinel-2", "eu-sentinel-1"):
        assert by[sat]["kind"] == "satellite"
        assert by[sat]["p_detect"][0]["p"] < 0.005, sat
    assert by["eu-male"]["p_detect"][0]["p"] > 0.3


# -- 3. length and depth ----------------------------------------------------------------------------
@settings(max_examples=60, deadline=None)
@given(depth=st.floats(0.0, 100.0), swath=st.floats(0.1, 50.0))
def test_lanes_cover_the_depth_with_no_lane_to_spare(depth: float, swath: float) -> None:
    k = lanes(depth, swath)
    assert k >= 1
    assert k * swath >= depth - 1e-6
    assert k == 1 or (k - 1) * swath < depth


@settings(max_examples=25, deadline=None)
@given(k=st.integers(1, 4), speed=st.floats(60.0, 600.0))
def test_a_band_k_swaths_deep_multiplies_a_patrols_worst_gap_by_k(k: int, speed: float) -> None:
    swath = 4.0
    line = MonitoringGrid.straight(120.0, 2.0, lon0=30.0, lat=48.0)
    band = replace(line, depth_km=k * swath)
    uav = {"u": _uav(swath=swath, speed=speed)}
    fleet = [FleetEntry("u", 1, base="B", base_lon=30.0, base_lat=48.2)]
    an = Analysis(window_h=48.0 * k * 120.0 / speed + 1.0, step_min=1.0)
    r_line = evaluate_fleet(line, fleet, uav, analysis=an).summary["revisit_h"]["max"]
    r_band = evaluate_fleet(band, fleet, uav, analysis=an).summary["revisit_h"]["max"]
    closed = float(np.max(patrol_max_revisit_h(line.centre_km, 0.0, 120.0, speed / k, swath / 2)))
    assert r_band == pytest.approx(closed, abs=2 * an.step_h)
    assert r_band == pytest.approx(k * r_line, rel=0.05, abs=2 * an.step_h)


def test_with_a_band_the_line_is_its_reported_length_and_the_report_says_which_geometry() -> None:
    from reassure.bridge.monitoring import band_grid, monitoring_inputs
    from reassure.geo import densify_line
    from reassure.models.monitoring.figures import geometry
    from reassure.spec import load_scenario
    from reassure.theatres import load_theatre

    s = load_scenario("europe-2025")
    grid = monitoring_inputs(s)["grid"]
    band = s.monitoring.band
    assert band is not None
    assert grid.total_km == pytest.approx(band.line_length.to("km").nominal)
    assert grid.depth_km == pytest.approx(band.depth.to("km").nominal)
    g = geometry(grid)
    assert (g["length_low_km"], g["length_high_km"]) == (1000.0, 1200.0)
    assert g["description"].startswith("band of the reported length 1,100 km (1,000-1,200 km;")
    # Without a band the cells are the 977 km trace, and the report says so.
    line = densify_line(load_theatre(s.theatre).contact_line_lonlat, 1.0)
    trace = band_grid(line, None, 100.0)
    assert trace.depth_km == 0.0
    assert 970 < trace.total_km < 985
    assert "trace of the contact line" in geometry(trace)["description"]
    mnf = monitoring_inputs(load_scenario("mnf-u-2026"))["grid"]
    assert mnf.total_km == pytest.approx((1218 + 1400) / 2)


# -- 4. sizing reflects depth and per-class attrition ----------------------------------------------
def test_two_hale_orbits_no_longer_hold_a_10_to_15_km_band_with_a_7_5_km_swath() -> None:
    from reassure.bridge.monitoring import monitoring_inputs, sizing_inputs
    from reassure.spec import load_scenario

    s = load_scenario("europe-2025")
    inp = monitoring_inputs(s)
    sizing = sizing_inputs(s)
    assert sizing is not None
    hale = [c for c in sizing[0] if c.type == "hale-uav"]
    assert inp["catalogue"]["hale-uav"].swath_km == 7.5
    assert lanes(inp["grid"].depth_km, 7.5) == 2
    on_band = size_fleet(inp["grid"], inp["catalogue"], hale, target_revisit_h=2.0, target_fraction=0.95)
    on_line = size_fleet(replace(inp["grid"], depth_km=0.0), inp["catalogue"], hale,
                         target_revisit_h=2.0, target_fraction=0.95)
    orbits = sum(g["orbits"] for g in on_band.groups)
    assert sum(g["orbits"] for g in on_line.groups) == 2
    assert orbits >= 4 and on_band.airframes > on_line.airframes


def test_sizing_counts_losses_over_the_horizon_so_a_fragile_class_loses_a_tie() -> None:
    grid = MonitoringGrid.straight(200.0, 5.0, lon0=30.0, lat=48.0)
    cat = {"sturdy": _uav("sturdy", attrition=0.2), "fragile": _uav("fragile", attrition=2.0)}
    cands = [FleetEntry("fragile", 0, base="B", base_lon=30.0, base_lat=48.2),
             FleetEntry("sturdy", 0, base="B", base_lon=30.0, base_lat=48.2)]
    plan = size_fleet(grid, cat, cands, target_revisit_h=2.0, target_fraction=0.95,
                      horizon_years=HORIZON)
    assert {g["type"] for g in plan.groups} == {"sturdy"}
    orbits = sum(g["orbits"] for g in plan.groups)
    assert plan.lost_over_horizon == pytest.approx(0.2 * HORIZON * orbits)
    assert plan.to_dict()["airframes_to_procure"] == plan.airframes + math.ceil(plan.lost_over_horizon - 1e-9)
    # Without a horizon, losses do not count (the airframes in service alone).
    plain = size_fleet(grid, cat, cands, target_revisit_h=2.0, target_fraction=0.95)
    assert plain.lost_over_horizon == 0.0 and plain.airframes == plan.airframes
