"""Review s53 2, the band part of results.json: the band table read the satellites' revisits
simulated at the line's latitude while the band model (and results.json's band part) still held
the published ones, at the equator. The bridge now gives the band model the simulated revisits."""

from __future__ import annotations

import pytest

from reassure.spec import load_scenario


def test_the_band_input_holds_the_simulated_satellite_revisits() -> None:
    from reassure.bridge.monitoring_band import band_input
    from reassure.run.section_monitoring_band import satellite_detection

    s = load_scenario("europe-2025")
    inp = band_input(s)
    assert inp is not None
    revisit = {c.id: c.revisit_h for c in inp.classes if c.kind == "satellite"}
    with_us, _ = satellite_detection(s, (0.5,))
    simulated = {r["type"]: r["revisit_h"] for r in with_us}
    assert revisit["radar-satellite"] == pytest.approx(simulated["radar-satellite"])  # 47.9 h, not 144 h
    assert revisit["optical-satellite"] == pytest.approx(simulated["optical-satellite"])  # 74.5 h, not 120 h
    assert revisit["radar-satellite"] < 100


def test_results_json_band_part_agrees_with_the_band_table() -> None:
    from reassure.run.pipeline import run_capability
    from reassure.run.section_monitoring_band import monitoring_band_section

    s = load_scenario("europe-2025")
    sec = monitoring_band_section(s, run_capability("monitoring_band", s))
    assert sec is not None
    (table,) = sec.tables
    rows = {r[0]: dict(zip(table.columns, r, strict=True)) for r in table.rows}
    for side in ("with_us", "without_us"):
        for c in sec.data[side]["classes"]:
            if c["kind"] != "satellite":
                continue
            row = rows[c["id"]]
            assert c["revisit_h"] == pytest.approx(row["revisit_h"])
            assert c["p_detect"]["0.5"] == pytest.approx(row["p_seen_shortest"])
