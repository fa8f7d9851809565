"""Review s53 (monitoring): the jamming reading said, satellites' detection from the simulated passes
at the line's latitude in every place, the band table's nearest-point transit said, the border hop
of the trace said, the fleet table's satellites not procured and US fleets left out said, the
sector pairs labelled, the EU stretch's note in band km."""

from __future__ import annotations

import json
import math
import tomllib
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_the_jamming_note_says_fewer_aircraft_each_lose_more() -> None:
    # finding 1: 4.5 outages a day of 1 h over 6 MALE orbits with the US, 2 without
    from types import SimpleNamespace as N

    from reassure.run.section_monitoring import jamming_note

    def side(*rows: tuple[str, str, int]) -> dict:
        return {"fleet": [{"type": t, "kind": k, "orbits": n} for t, k, n in rows]}

    d = {"settings": {"jamming_events_per_day": 4.5, "jamming_outage_h": 1.0},
         **side(("male-uav", "patrol", 4), ("optical-satellite", "satellite", 2), ("male-uav", "patrol", 2)),
         "without_us": side(("male-uav", "patrol", 2), ("optical-satellite", "satellite", 2))}
    note = jamming_note(N(us_backstop=N(any=True)), d)
    assert note is not None
    assert "6 aircraft, each off task 3.1% of the time" in note
    assert "2 aircraft, each off task 9.4% of the time" in note
    assert "whole airborne fleet" in note
    assert jamming_note(N(us_backstop=N(any=True)), {**d, "settings": {"jamming_events_per_day": 0}}) is None


def test_a_satellite_class_revisit_is_the_simulated_one_at_the_line_latitude_and_matches_the_sampled_model() -> None:
    # finding 2: the published revisit (144 h, at the equator) against the simulated passes at 48 N
    from reassure.bridge.monitoring import shipped_platforms
    from reassure.models.monitoring import (
        Analysis,
        Conditions,
        FleetEntry,
        MonitoringGrid,
        class_detection,
        evaluate_fleet,
    )

    cat = {"radar-satellite": shipped_platforms()["radar-satellite"]}
    n = 200
    grid = MonitoringGrid.from_arrays(np.arange(n, dtype=float) * 5.0, np.full(n, 5.0),
                                      np.linspace(31.0, 38.0, n), np.full(n, 48.0))
    fleet = [FleetEntry("radar-satellite", 2, id="s1")]
    cond = Conditions(night_fraction=0.5, cloud_fraction=0.5)
    # pessimistic: the optimistic rule credits an access just after the window (a sixth more here)
    an = Analysis(window_h=240.0, step_min=2.0, gap_rule="pessimistic", durations_h=(0.5,))
    (row,) = class_detection(grid, fleet, cat, cond, (0.5,), window_h=an.window_h)
    assert row["revisit_from"] == "simulated passes at the line's latitude"
    assert row["revisit_h"] < 0.5 * cat["radar-satellite"].published_revisit_h
    sampled = evaluate_fleet(grid, fleet, cat, conditions=cond, analysis=an).summary["pd_by_duration"][0]["pd"]
    assert row["p_detect"][0]["p"] == pytest.approx(sampled, rel=0.15)
    # without the window, the old reading: the published revisit
    (old,) = class_detection(grid, fleet, cat, cond, (0.5,))
    assert old["revisit_h"] == pytest.approx(cat["radar-satellite"].published_revisit_h)


def test_the_band_satellite_verdict_and_table_use_the_simulated_passes() -> None:
    # finding 2 (the verdict said 0.07% for the Sentinels without the US, `monitor` 0.3%) and
    # findings 4, 5, 7 (the band table's transit and airframes, the trace's border hop)
    from reassure.run.pipeline import run_capability
    from reassure.run.section_monitoring_band import (
        TRANSIT_ORBITS,
        monitoring_band_section,
        satellite_detection,
        together,
    )
    from reassure.spec import load_scenario

    s = load_scenario("europe-2025")
    sec = monitoring_band_section(s, run_capability("monitoring_band", s))
    assert sec is not None
    fig = next(f for f in sec.figures if f.key == "p_satellite_shortest_event_pct")
    _, alone = satellite_detection(s, (0.5,))
    assert fig.without_us == pytest.approx(100 * together([r["p_detect"][0]["p"] for r in alone]))
    assert 0.2 < float(fig.without_us) < 0.4  # type: ignore[arg-type]  # Sentinel-1 and -2 at Ukraine's latitudes; 0.07% at the equator
    assert "simulated" in fig.label and "together" in fig.label
    (table,) = sec.tables
    # (D2) each orbit's own transit, one airframe count (the sizing's): no lower bound to label
    assert TRANSIT_ORBITS in table.columns and "airframes" in table.columns
    assert "lower bound" not in table.title
    rows = {r[0]: dict(zip(table.columns, r, strict=True)) for r in table.rows}
    assert float(rows["radar-satellite"]["revisit_h"]) < 100  # type: ignore[arg-type]  # 144 h published
    trace = next(f for f in sec.figures if f.key == "trace_km")
    assert "state border" in trace.label


def test_the_trace_geometry_says_its_hop_along_the_state_border() -> None:
    # finding 5: 977 km, of which 76 km (Topoli to Vovchansk) along the state border
    from reassure.bridge.monitoring import border_km, monitoring_inputs
    from reassure.spec import load_scenario

    inp = monitoring_inputs(load_scenario("europe-2025"))
    assert border_km(inp["theatre"]) == pytest.approx(76, abs=1)
    assert "trace 977 km, of which 76 km along the state border, stretched" in inp["grid"].geometry


def test_the_eu_stretch_note_says_band_km_and_the_place_at_band_km_400() -> None:
    # finding 3: band km 400 is trace km 355 (near Stepnohirsk), not Velyka Novosilka (band km 559)
    from reassure.bridge.monitoring import monitoring_inputs
    from reassure.spec import load_scenario

    data = tomllib.loads((ROOT / "scenarios" / "europe-2025.toml").read_text(encoding="utf-8"))
    eu = next(f for f in data["monitoring"]["fleets"] if f["id"] == "eu-male")
    assert eu["end"]["value"] == 400
    note = eu["end"]["assumption"]
    assert "band km" in note and "Stepnohirsk" in note and "to about Velyka Novosilka" not in note
    grid = monitoring_inputs(load_scenario("europe-2025"))["grid"]
    i = int(np.searchsorted(grid.start_km, 400.0)) - 1
    assert abs(grid.lat[i] - 47.59) < 0.1 and abs(grid.lon[i] - 35.36) < 0.15  # Stepnohirsk
    assert 400.0 * 977.2 / 1100.0 == pytest.approx(355, abs=1)
    assert not math.isclose(grid.lon[i], 36.836, abs_tol=0.3)  # Velyka Novosilka


def test_monitor_labels_the_pairs_says_satellites_are_not_procured_and_names_us_fleets_left_out(run_cli) -> None:  # noqa: ANN001
    # findings 6 and 7
    out = run_cli("monitor", "europe-2025", env={"COLUMNS": "250"}).stdout
    assert "with US / without" in out
    assert "not procured" in out
    assert "1 constellation" in out and "1 satellite;" not in out
    assert "note: Jamming:" in out
    off = run_cli("monitor", "no-us-backstop").stdout
    assert "off: us-male, us-commercial-imagery" in off and "us_backstop.isr = false" in off
    data = json.loads(run_cli("monitor", "europe-2025", "--format", "json").stdout)
    assert {c["revisit_from"] for c in data["detection_by_class"] if c["kind"] == "satellite"} == {
        "simulated passes at the line's latitude"}
