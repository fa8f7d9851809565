"""Published-figure checks: the shipped catalogue reproduces figures.md §3.2, §4.1 and §4.2.

Where a catalogue number was calibrated to the figure it is checked against (MQ-9 and Hermes 900
turnaround and availability), the catalogue says so in its `assumption`; the satellite checks
are independent: the revisit follows from the orbit (revolutions a day, swath, number of
satellites) and is compared with ESA's published revisit, which is not an input.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from reassure.bridge.monitoring import platforms as sensor_platforms
from reassure.models.monitoring import (
    Analysis,
    FleetEntry,
    MonitoringGrid,
    airframes_per_orbit,
    airframes_required,
    cell_figures,
    fleet_rows,
)
from reassure.spec.sections.monitoring import load_sensor_catalogue


@pytest.fixture(scope="module")
def platforms() -> dict:
    return sensor_platforms(load_sensor_catalogue())


def _per_orbit(pt, transit_km: float) -> float:
    return airframes_per_orbit(pt.endurance_h, transit_km, pt.speed_kmh, pt.turnaround_h,
                               pt.availability)


def test_mq9_class_orbit_500_km_from_base_needs_three_to_four_airframes(platforms) -> None:
    # figures.md 4.1: "~3-4 airframes per 24/7 orbit once maintenance is included".
    male = platforms["male-uav"]
    assert airframes_required([_per_orbit(male, 500.0)]) in (3, 4)
    # The same through a fleet row: a base ~500 km from its stretch of line.
    grid = MonitoringGrid.straight(100.0, 1.0, lon0=30.0, lat=48.0)
    km_per_deg_lon = 111.32 * np.cos(np.radians(48.0))
    base_lon = 30.0 + 50.0 / km_per_deg_lon - 500.0 / km_per_deg_lon
    (row,) = fleet_rows(grid, [FleetEntry("male-uav", 1, base="X", base_lon=base_lon,
                                          base_lat=48.0)], platforms)
    assert row.transit_km == pytest.approx(500.0, rel=0.02)
    assert row.airframes in (3, 4)


@pytest.mark.parametrize("transit_km", [25.0, 100.0, 150.0])
def test_three_hermes_900_class_airframes_sustain_two_orbits(platforms, transit_km) -> None:
    # figures.md 4.1 (MINUSMA): "three Hermes 900 ... maintain two drones airborne
    # simultaneously".
    leased = platforms["leased-male-uav"]
    assert airframes_required([_per_orbit(leased, transit_km)] * 2) == 3


def test_four_camcopter_class_airframes_keep_a_24_7_orbit(platforms) -> None:
    # figures.md 3.2: "Two systems consisting of four aircraft ... 24/7 surveillance".
    vtol = platforms["vtol-uav"]
    assert airframes_required([_per_orbit(vtol, 30.0)]) <= 4


def _satellite_revisit_days(pt, satellites: int, lat: float, days: float) -> np.ndarray:
    grid = MonitoringGrid.straight(2000.0, 10.0, lat=lat, lon0=10.0)
    an = Analysis(window_h=24.0 * days, step_min=10.0, gap_rule="pessimistic", durations_h=())
    f = cell_figures(grid, [FleetEntry(pt.name, satellites)], {pt.name: pt}, analysis=an)
    return f.revisit_mean_h / 24.0, f.revisit_max_h / 24.0


def test_sentinel2_class_revisits_every_cell_about_every_five_days(platforms) -> None:
    # ESA: "high revisit frequency of 5 days at the Equator" with two satellites.
    s2 = platforms["optical-satellite"]
    published = load_sensor_catalogue().get("optical-satellite").published_revisit.in_("day")
    mean_d, max_d = _satellite_revisit_days(s2, 2, 0.0, 20)
    assert published == 5
    assert np.mean(mean_d) == pytest.approx(published, rel=0.1)
    assert np.max(max_d) == pytest.approx(published, abs=0.05)
    # One satellite alone: twice as long.
    mean1, _ = _satellite_revisit_days(s2, 1, 0.0, 40)
    assert np.mean(mean1) == pytest.approx(2 * published, rel=0.1)
    # Higher latitudes see overlapping swaths, so revisit shortens (ESA says so for S-1 too).
    mean48, _ = _satellite_revisit_days(s2, 2, 48.0, 20)
    assert np.mean(mean48) < 0.8 * published


def test_sentinel1_class_repeats_every_six_days_on_one_pass_direction(platforms) -> None:
    # ESA: "The two-satellite constellation offers a 6 day exact repeat cycle at the equator".
    s1 = dataclasses.replace(platforms["radar-satellite"], passes_per_rev=1)
    published = load_sensor_catalogue().get("radar-satellite").published_revisit.in_("day")
    _, max_d = _satellite_revisit_days(s1, 2, 0.0, 24)
    assert np.max(max_d) == pytest.approx(published, abs=0.05)
    # Radar also images on the night pass: every cell is seen more often than that.
    mean_both, _ = _satellite_revisit_days(platforms["radar-satellite"], 2, 0.0, 24)
    assert np.mean(mean_both) < published
