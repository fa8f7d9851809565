"""Acceptance: `assess` on mnf-u-2026 carries the air, maritime and band sections into the report and JSON."""

from __future__ import annotations

import json
from pathlib import Path

from reassure.present.files import write_outputs
from reassure.run.assess import Settings, assess
from reassure.spec import load_scenario


def test_mnfu_report_has_the_air_maritime_and_band_sections(tmp_path: Path) -> None:
    a = assess(load_scenario("mnf-u-2026"), Settings(runs=2, sensitivity=False, workers=1))
    names = [s.name for s in a.sections]
    assert {"air", "maritime", "monitoring_band"} <= set(names)
    write_outputs(a, tmp_path)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    for sid in ("section-air", "section-maritime", "section-monitoring_band"):
        assert f'id="{sid}"' in html
    results = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    air = results["sections"]["air"]
    fig = {f["key"]: f for f in air["figures"]}
    assert fig["aircraft_needed"]["without_us"] == fig["aircraft_needed"]["with_us"] > 0  # s50: the US flies none of mnf-u's stations
    assert (tmp_path / "air-stations.csv").exists() and (tmp_path / "maritime-tasks.csv").exists()
    layers = json.loads((tmp_path / "layers.geojson").read_text(encoding="utf-8"))
    assert any(f["properties"].get("layer") == "layer-air-stations" for f in layers["features"])


def test_the_python_api_gives_the_components_as_capability_results() -> None:
    import reassure

    a = reassure.assess("mnf-u-2026", runs=2, sensitivity=False, workers=1)
    for name in ("air_policing", "maritime", "monitoring_band", "costs"):
        frame = a[name].to_frame()
        assert frame.loc["present", "with_us"] is True, name
    air = a["air_policing"].to_frame()
    assert air.loc["aircraft_needed", "without_us"] == air.loc["aircraft_needed", "with_us"] > 0  # s50: no US-flown station
    costs = a["costs"].to_frame()
    assert costs.loc["total_per_year.low", "with_us"] <= costs.loc["total_per_year.high", "with_us"]
