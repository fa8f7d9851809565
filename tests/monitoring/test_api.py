"""Public API: exported names, frozen results, JSON-ready dictionaries, determinism."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

import reassure.models.monitoring as mon
from reassure.models.monitoring import (
    Analysis,
    Conditions,
    FleetEntry,
    MonitoringGrid,
    PlatformType,
    assess_monitoring,
    cell_figures,
)

PUBLIC = {
    "GAP_RULES", "KINDS", "Analysis", "CellFigures", "Conditions", "FleetEntry", "FleetPlan",
    "FleetRow", "MonitoringAssessment", "MonitoringFigures", "MonitoringGrid", "PlatformType",
    "Samples", "airframes_per_orbit", "airframes_required", "assess_monitoring",
    "base_distance_km", "cell_figures", "evaluate_fleet", "figures_from_samples", "fleet_rows",
    "is_night", "night_fraction", "patrol_max_revisit_h", "sample_fleet", "satellite_passes",
    "size_fleet", "summarise", "time_on_station_h",
    # issue 12: detection by class and duration, lanes over a band
    "class_detection", "lanes", "mean_pd_pass", "p_detect_event",
    # review s38 2: jamming at random times, the share a fleet keeps (what sizing checks)
    "satisfied_chance", "share_within_target",
}


def test_exported_names_are_pinned() -> None:
    assert set(mon.__all__) == PUBLIC
    for name in mon.__all__:
        assert hasattr(mon, name), name


def _setup() -> tuple:
    grid = MonitoringGrid.straight(120.0, 2.0, sector_km=40.0)
    uav = PlatformType("u", "patrol", swath_km=8.0, pd_day=0.9, pd_night=0.7, pd_cloud=0.3,
                       endurance_h=20.0, speed_kmh=150.0, turnaround_h=3.0, availability=0.8,
                       jam_susceptible=True)
    sat = PlatformType("s", "satellite", swath_km=100.0, pd_day=0.3, pd_night=0.3, pd_cloud=0.0,
                       revs_per_day=14.3)
    base = {"base": "B", "base_lon": float(grid.lon[0]), "base_lat": float(grid.lat[0])}
    fleet = [FleetEntry("u", 2, id="uav", us_asset=True, **base),
             FleetEntry("u", 1, id="eu", segment_km=(0.0, 60.0), **base),
             FleetEntry("s", 2, id="sat")]
    cond = Conditions(cloud_fraction=0.4, jamming_events_per_day=3.0, jamming_outage_h=0.5,
                      attrition_per_orbit_year=1.0, horizon_years=2.0)
    return grid, fleet, {"u": uav, "s": sat}, cond


def test_assessment_to_dict_is_plain_json_with_the_issue_keys() -> None:
    grid, fleet, cat, cond = _setup()
    a = assess_monitoring(grid, fleet, cat, conditions=cond, analysis=Analysis(window_h=48.0))
    out = a.to_dict()
    text = json.dumps(out, allow_nan=False)  # no NaN or inf may leak into JSON
    assert json.loads(text) == out
    for part in (out, out["without_us"]):
        assert {"coverage_percent", "revisit_h", "response_h", "percent_satisfied", "fleet",
                "pd_by_duration", "sectors"} <= set(part)
        assert {"mean", "max"} <= set(part["revisit_h"])
        assert {"mean", "p90"} <= set(part["response_h"])
        for row in part["fleet"]:
            assert {"type", "base", "orbits", "airframes"} <= set(row)
        for point in part["pd_by_duration"]:
            assert set(point) == {"duration_h", "pd"}
    assert [s["sector"] for s in out["sectors"]] == ["km 0-40", "km 40-80", "km 80-120"]
    cells = a.with_us.to_dict(cells=True)["cells"]
    assert len(cells["revisit_mean_h"]) == grid.n
    json.dumps(cells, allow_nan=False)


def test_results_are_frozen_and_read_only() -> None:
    grid, fleet, cat, cond = _setup()
    f = cell_figures(grid, fleet, cat, conditions=cond)
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.gap_rule = "optimistic"  # type: ignore[misc]
    with pytest.raises(ValueError):
        f.revisit_mean_h[0] = 1.0


def test_same_inputs_same_outputs() -> None:
    grid, fleet, cat, cond = _setup()
    a = assess_monitoring(grid, fleet, cat, conditions=cond).to_dict(cells=True)
    b = assess_monitoring(grid, fleet, cat, conditions=cond).to_dict(cells=True)
    assert json.dumps(a) == json.dumps(b)


def test_detection_inputs_for_the_incident_engine() -> None:
    from reassure.models.incidents import CellDetection

    grid, fleet, cat, cond = _setup()
    f = cell_figures(grid, fleet, cat, conditions=cond)
    revisit_h, pd = f.detection_inputs()
    det = CellDetection(revisit_h=revisit_h, pd_per_pass=pd)  # validates > 0 and [0, 1]
    assert det.revisit_h.shape == (grid.n,)
    watched = f.n_access > 0
    np.testing.assert_allclose(revisit_h[watched],
                               np.maximum(2 * f.response_mean_h[watched], 1 / 60))
    assert f.sector.shape == (grid.n,)
