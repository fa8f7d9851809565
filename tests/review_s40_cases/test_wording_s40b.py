"""Review s40b (presentation): three defects a reviewer found reading new plans.

1. A plan whose target is one number (not a low-high range) has no low end: `compare` showed
   its low-end verdict and figures a bare "n/a" beside a plan with a range, where every other
   n/a row says why.
2. `reassure respond mnf-u-2026` listed "f16 at LRCK (ROU, US) ... reaches 10 of 26 sites"
   although the plan's US air support is off, so that base is counted in no result.
3. A value whose ends are equal was printed as a range: `validate` said "500 km (500-500 km)"
   and a plan with one horizon's cost label read "over the shortest horizon, 40 years, to ...
   the longest, 40 years".
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import reassure

LOW_VERDICT = "verdict:Could the low end of the target be fielded (best case)?"
LOW_ROWS = (LOW_VERDICT, "force.target_troops_low", "force.p_target_low_met_pct")
NO_LOW_END = "one target number (25,000 troops), no low end"


def _point_plan(tmp_path: Path) -> Path:
    f = tmp_path / "point.toml"
    f.write_text('schema = 1\nextends = "europe-2025"\nname = "point-target"\n[force]\n'
                 'target_troops = { value = 25000, unit = "troops", assumption = "a point target for a test" }\n',
                 encoding="utf-8")
    return f


# -- 1. a point target's low end: n/a with its reason ------------------------------------------------
@pytest.fixture(scope="module")
def compared(tmp_path_factory: pytest.TempPathFactory, run_cli: Any) -> tuple[Path, Any, Any]:
    """`reassure compare europe-2025 <point target> --runs 2 --out DIR`, in a narrow and in a
    wide terminal."""
    invoke = run_cli
    tmp = tmp_path_factory.mktemp("s40b")
    point, out = _point_plan(tmp), tmp / "cmp"
    narrow = invoke("compare", "europe-2025", point, "--runs", "2", "--out", out)
    assert narrow.exit_code == 0, narrow.stderr
    wide = invoke("compare", "europe-2025", point, "--runs", "2", env={"COLUMNS": "260"})
    assert wide.exit_code == 0, wide.stderr
    return out, narrow, wide


def test_the_api_takes_a_point_target() -> None:
    scn = reassure.load_scenario("europe-2025").with_overrides(
        {"force.target_troops": 25000}, assumption="a point target for a test")
    assert not scn.force.target_troops.is_range
    from reassure.run.section_force import no_low_end

    assert no_low_end(scn) == NO_LOW_END


def test_compare_json_says_why_a_point_target_has_no_low_end(compared: tuple[Path, Any, Any]) -> None:
    out, _, _ = compared
    rows = {r["key"]: r for r in json.loads((out / "compare.json").read_text(encoding="utf-8"))["rows"]}
    for key in LOW_ROWS:
        row = rows[key]
        assert row["values"][1] is None and row["without_us"][1] is None, row  # n/a, as before
        assert row["values"][0] is not None  # the plan with a range has its low end
        notes = row.get("notes") or [None, None]
        assert notes[0] is None, row
        assert notes[1] is not None and notes[1].endswith(NO_LOW_END), row
    assert rows[LOW_VERDICT]["notes"][1] == f"not asked: {NO_LOW_END}"
    assert rows["force.p_target_low_met_pct"]["notes"][1] == f"not computed: {NO_LOW_END}"
    # compare.csv, as for any row not asked or not computed (a plan with no [maritime]): a
    # verdict "n/a", a figure empty; the reason is in compare.json's ``notes``
    import csv

    with (out / "compare.csv").open(encoding="utf-8") as f:
        table = {r["key"]: r for r in csv.DictReader(f)}
    assert table[LOW_VERDICT]["point-target"] == table[LOW_VERDICT]["point-target_without_us"] == "n/a"
    assert table["force.p_target_low_met_pct"]["point-target"] == ""


def test_compare_html_says_why_a_point_target_has_no_low_end(compared: tuple[Path, Any, Any]) -> None:
    out, _, _ = compared
    page = (out / "compare.html").read_text(encoding="utf-8")
    assert f'<div class="note">point-target: not asked: {NO_LOW_END}</div>' in page
    assert f'<div class="note">point-target: not computed: {NO_LOW_END}</div>' in page


def test_the_terminal_says_why_a_point_target_has_no_low_end(compared: tuple[Path, Any, Any]) -> None:
    _, narrow, wide = compared
    text = " ".join(narrow.stdout.split())  # one block a plan: the reason under its n/a
    assert f"Could the low end of the target be fielded (best case)?: n/a not asked: {NO_LOW_END}" in text
    assert f"Target deployed strength (low end): n/a not given: {NO_LOW_END}" in text
    assert f"(share of the draws over who joins): n/a not computed: {NO_LOW_END}" in text
    side = " ".join(wide.stdout.split())  # the side-by-side table: the reasons under it
    assert "question / figure" in wide.stdout  # the side-by-side table, not the blocks
    assert f"Could the low end of the target be fielded (best case)?: point-target: not asked: {NO_LOW_END}" in side
    assert f"point-target: not computed: {NO_LOW_END}" in side


# -- 2. respond: a US base the plan has off -----------------------------------------------------------
def test_respond_says_a_us_base_is_off_in_this_plan(run_cli: Any) -> None:
    done = run_cli("respond", "mnf-u-2026", env={"COLUMNS": "300"})
    assert done.exit_code == 0, done.stderr
    lines = [ln for ln in done.stdout.splitlines() if "combat radius" in ln]
    f16 = next(ln for ln in lines if ln.startswith("f16 at LRCK"))
    assert f16.startswith("f16 at LRCK (ROU, US: off in this plan, not counted): combat radius 550 km reaches")
    assert any(ln.startswith("typhoon at EPRZ (POL): combat radius") for ln in lines)  # a European base as before


def test_respond_says_a_counted_us_base_counts_as_planned_only() -> None:
    from reassure.present.tables import _us_base

    assert _us_base({"us": False, "counted": True}) == ""
    assert _us_base({"us": True, "counted": True}) == ", US: counted as planned, not without the US"
    assert _us_base({"us": True, "counted": False}) == ", US: off in this plan, not counted"


# -- 3. equal ends: one value ------------------------------------------------------------------------
def _validate(tmp_path: Path, run_cli: Any, line_length: str) -> str:
    f = tmp_path / "short.toml"
    f.write_text(f'schema = 1\nextends = "europe-2025"\n[monitoring.band]\nline_length = {line_length}\n',
                 encoding="utf-8")
    r = run_cli("validate", f)
    assert r.exit_code == 0, r.stderr
    return " ".join(r.stderr.split())


def test_validate_writes_a_line_length_with_equal_ends_once(tmp_path: Path, run_cli: Any) -> None:
    text = _validate(tmp_path, run_cli, '{ value = 600, unit = "km", assumption = "short (for a test)" }')
    assert "monitoring.band.line_length 600 km is shorter than the traced" in text
    assert "600-600" not in text
    # a range keeps both its ends
    text = _validate(tmp_path, run_cli, '{ low = 500, high = 700, unit = "km", assumption = "short (for a test)" }')
    assert "monitoring.band.line_length 600 km (500-700 km) is shorter than the traced" in text


def _cost_label(tmp_path: Path, horizon: str) -> str:
    from reassure.run.pipeline import run_capability
    from reassure.run.section_force import force_section
    from reassure.spec import load_scenario

    f = tmp_path / "h.toml"
    f.write_text(f'schema = 1\nname = "h"\nextends = "europe-2025"\nhorizon = {horizon}\n', encoding="utf-8")
    scn = load_scenario(f)
    section = force_section(scn, {}, run_capability("force", scn, draws=50).to_dict())
    return next(fig.label for fig in section.figures if fig.key == "cost_over_horizon_high_eur_bn")


def test_a_single_horizon_cost_label_names_it_once(tmp_path: Path) -> None:
    label = _cost_label(tmp_path, '{ value = 40, unit = "year", assumption = "one horizon (for a test)" }')
    # review s51 6: and what the horizon rests on
    assert label.endswith("low-high (low to high cost per year over the horizon, 40 years; horizon assumed, no source)"), label
    assert "shortest" not in label and "longest" not in label
    # a range keeps both its horizons
    label = _cost_label(tmp_path, '{ low = 20, high = 30, unit = "year", assumption = "a range (for a test)" }')
    assert label.endswith("(low cost per year over the shortest horizon, 20 years, to high cost per year "
                          "over the longest, 30 years; horizon assumed, no source)"), label
