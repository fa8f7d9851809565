"""`reassure monitor` through the command line (in this process)."""

from __future__ import annotations

import json

import pytest


@pytest.fixture(scope="module")
def europe_json(run_cli) -> dict:
    proc = run_cli("monitor", "europe-2025", "--format", "json")
    assert proc.exit_code == 0, proc.stderr
    return json.loads(proc.stdout)


def test_json_has_the_issue_keys_with_and_without_us(europe_json: dict) -> None:
    d = europe_json
    assert d["scenario"] == "europe-2025"
    for part in (d, d["without_us"]):
        assert 0 <= part["coverage_percent"] <= 100
        assert {"mean", "max"} <= set(part["revisit_h"])
        assert {"mean", "p90"} <= set(part["response_h"])
        assert 0 <= part["percent_satisfied"] <= 100
        assert all({"type", "base", "orbits", "airframes"} <= set(r) for r in part["fleet"])
        assert [p["duration_h"] for p in part["pd_by_duration"]] == sorted(
            p["duration_h"] for p in part["pd_by_duration"])
        pds = [p["pd"] for p in part["pd_by_duration"]]
        assert pds == sorted(pds)  # longer events are never harder to see
    # The US MALE orbits are in the first and not the second.
    assert any(r["us_asset"] for r in d["fleet"])
    assert not any(r["us_asset"] for r in d["without_us"]["fleet"])
    assert d["percent_satisfied"] >= d["without_us"]["percent_satisfied"]
    assert d["settings"]["gap_rule"] in ("optimistic", "pessimistic", "exclude")


def test_no_us_backstop_drops_us_isr(run_cli) -> None:
    proc = run_cli("monitor", "no-us-backstop", "--format", "json")
    assert proc.exit_code == 0, proc.stderr
    d = json.loads(proc.stdout)
    assert not any(r["us_asset"] for r in d["fleet"])
    assert d["percent_satisfied"] == pytest.approx(d["without_us"]["percent_satisfied"])


def test_geojson_has_one_point_per_cell(run_cli) -> None:
    proc = run_cli("monitor", "europe-2025", "--format", "geojson")
    assert proc.exit_code == 0, proc.stderr
    g = json.loads(proc.stdout)
    assert g["type"] == "FeatureCollection"
    feats = g["features"]
    assert len(feats) > 900  # ~980 km at 1 km cells
    props = feats[0]["properties"]
    assert {"revisit_max_h", "response_p90_h", "pd_per_pass", "no_us_revisit_max_h",
            "sector"} <= set(props)
    lon, lat = feats[0]["geometry"]["coordinates"]
    assert 30 < lon < 41 and 44 < lat < 51


def test_table_and_sizing(run_cli) -> None:
    proc = run_cli("monitor", "europe-2025", "--size")
    assert proc.exit_code == 0, proc.stderr
    assert "without US" in proc.stdout and "Smallest fleet" in proc.stdout


def test_bad_format_is_one_line_and_exit_2(run_cli) -> None:
    proc = run_cli("monitor", "europe-2025", "--format", "jsn")
    assert proc.exit_code == 2
    assert proc.stderr.strip().count("\n") == 0
    assert "did you mean 'json'" in proc.stderr
