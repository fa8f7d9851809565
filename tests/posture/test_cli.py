"""`reassure posture` and `reassure respond` through the command line (in this process)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"


@pytest.fixture(scope="module")
def posture_json(run_cli) -> dict:
    out = run_cli("posture", "europe-2025", "--format", "json")
    assert out.exit_code == 0, out.stderr
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def respond_json(run_cli) -> dict:
    out = run_cli("respond", "europe-2025", "--format", "json")
    assert out.exit_code == 0, out.stderr
    return json.loads(out.stdout)


CORE_KEYS = {"garrisons", "covered_weight_percent", "uncovered_sites", "site_response_h", "buildup"}


@pytest.mark.parametrize("which", ["posture_json", "respond_json"])
def test_json_keys_with_and_without_us(which: str, request: pytest.FixtureRequest) -> None:
    d = request.getfixturevalue(which)
    assert CORE_KEYS <= set(d)
    assert CORE_KEYS <= set(d["without_us"])
    for row in d["site_response_h"] + d["without_us"]["site_response_h"]:
        assert {"site", "ground", "heli", "air"} <= set(row)
    for row in d["buildup"]:
        assert set(row) == {"day", "troops"}


def test_europe_2025_protects_the_operating_plants(posture_json: dict) -> None:
    d = posture_json
    for plant in ("rivne-npp", "khmelnytskyi-npp", "south-ukraine-npp"):
        assert plant in d["covered_sites"]
        assert plant not in d["uncovered_sites"]
    znpp = [n for n in d["notes"] if n.startswith("Zaporizhzhia NPP")]
    assert len(znpp) == 1
    assert "inside the 100 km standoff" in znpp[0] and "no garrison" in znpp[0]
    assert "left out of covered_weight_percent" in znpp[0]
    assert 0 < d["covered_weight_percent"] <= 100


def test_respond_covers_every_site_and_the_skyshield_question(respond_json: dict) -> None:
    d = respond_json
    assert len(d["site_response_h"]) >= 20  # every theatre site
    by_base = {s["base"]: s for s in d["skyshield"]}
    assert {"EPRZ", "LRCK"} <= set(by_base)
    for s in d["skyshield"]:
        assert s["combat_radius_km"] > 0
        assert set(s["sites_within"]).isdisjoint(s["sites_beyond"])
    assert {"ground", "heli", "air", "fastest"} <= set(d["grid"])
    assert d["grid"]["cells"] > 50 and d["line"]["cells"] > 10
    # dropping the US F-16s can only slow air response
    assert d["without_us"]["line"]["air"]["within_percent"]["1h"] <= d["line"]["air"]["within_percent"]["1h"]


def test_respond_geojson(run_cli) -> None:
    out = run_cli("respond", "europe-2025", "--format", "geojson", "--grid-km", "100")
    assert out.exit_code == 0, out.stderr
    fc = json.loads(out.stdout)
    assert fc["type"] == "FeatureCollection"
    layers = {f["properties"]["layer"] for f in fc["features"]}
    assert layers == {"garrison", "responder", "site", "grid"}
    for f in fc["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert 15 < lon < 45 and 40 < lat < 56


def test_tables_print(run_cli) -> None:
    for cmd in ("posture", "respond"):
        out = run_cli(cmd, "iiss-small")
        assert out.exit_code == 0, out.stderr
        assert "garrisons" in out.stdout


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("posture", "europe-2025", "--format", "xml"), "--format must be one of"),
        (("respond", "europe-2025", "--grid-km", "1"), "--grid-km must lie between"),
        (("posture", "no-such-scenario"), "no-such-scenario"),
    ],
)
def test_bad_input_exits_2_with_one_line(args: tuple[str, ...], needle: str, run_cli) -> None:
    out = run_cli(*args)
    assert out.exit_code == 2
    assert needle in out.stderr
    assert len(out.error_lines) == 1


def test_missing_posture_parameter_names_the_field(tmp_path: Path, run_cli) -> None:
    text = (SCENARIOS / "europe-2025.toml").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if not ln.startswith("cover_time = ")]
    bad = tmp_path / "no-cover-time.toml"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = run_cli("posture", bad)
    assert out.exit_code == 2, out.stderr
    assert "posture.cover_time" in out.stderr and "Traceback" not in out.stderr


def test_unknown_aircraft_type_is_a_scenario_error(tmp_path: Path, run_cli) -> None:
    text = (SCENARIOS / "europe-2025.toml").read_text(encoding="utf-8")
    bad = tmp_path / "bad-type.toml"
    bad.write_text(text.replace('type = "typhoon"', 'type = "typhon"', 1), encoding="utf-8")
    out = run_cli("posture", bad)
    assert out.exit_code == 2
    assert "air.bases[EPRZ].type" in out.stderr and "typhoon" in out.stderr
