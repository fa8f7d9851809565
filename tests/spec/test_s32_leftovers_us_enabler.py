"""Session 32 leftover 1: an air station flagged both `us = true` and `us_enabler` (here
coalition-2025-09's `aew-west`, whose `us_enabler = "isr"` is inherited, with `us = true` added)
is flown by no one without the US backstop: `us` wins. `reassure assess` said so, in the air
section, but `reassure validate` printed only `ok`. Now the spec says it, where it is written
(file, line, field), so `validate` prints it; `assess` prints the same line once, in the air
section (not again under force, where other load warnings go).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reassure.spec import load_scenario

WORDS = "= true (US aircraft only) overrides its us_enabler = 'isr': without the US backstop no one flies it"
FIELD = "air_policing.stations[aew-west].us"


def _plan(tmp_path: Path, body: str = '[[air_policing.stations]]\nid = "aew-west"\nus = true\n') -> Path:
    path = tmp_path / "airus.toml"
    path.write_text(f'schema = 1\nname = "airus"\nextends = "coalition-2025-09"\n{body}', encoding="utf-8")
    return path


def _section(name: str, scenario: Any) -> Any:
    from reassure.run.capabilities import registry
    from reassure.run.capability import Context
    from reassure.run.pipeline import run_capabilities

    caps = registry(runs=2, draws=300)
    done = run_capabilities(scenario, caps, [name])
    return caps[name].section(done[name], Context(scenario, {}, done))


def test_validate_warns_naming_file_line_and_field(tmp_path: Path, run_cli: Any) -> None:
    path = _plan(tmp_path)
    result = run_cli("validate", path)
    assert result.exit_code == 0, result.stderr  # a warning, not an error: the file is readable
    lines = [ln for ln in result.stderr.replace("\n", " ").split("warning: ") if "overrides" in ln]
    assert len(lines) == 1, result.stderr
    # "FILE:6: air_policing.stations[aew-west].us = true ...": line 6 holds `us = true`
    assert lines[0].startswith(f"{path.name}:6: {FIELD} {WORDS}") or f"{path}:6: {FIELD} {WORDS}" in lines[0]
    assert "set `us = false` for Europe to take it over" in lines[0]


def test_the_spec_holds_it_once_and_not_for_the_shipped_station(tmp_path: Path) -> None:
    scenario = load_scenario(_plan(tmp_path))
    (w,) = [w for w in scenario.load_warnings if "overrides" in w]
    assert w == f"{tmp_path / 'airus.toml'}:6: {FIELD} {WORDS}, rather than Europe (set `us = false` for " \
                "Europe to take it over)"
    assert scenario.load_warnings_about("air_policing") == (w,)
    # the shipped plan: us_enabler alone (Europe takes the orbit over), nothing to say
    assert not any("overrides" in x for x in load_scenario("coalition-2025-09").load_warnings)


def test_each_station_flagged_both_has_its_own_line(tmp_path: Path) -> None:
    body = ('[[air_policing.stations]]\nid = "aew-west"\nus = true\n'
            '[[air_policing.stations]]\nid = "aew-east"\nkind = "aew"\nplatform = "e3"\nbase = "LRCK"\n'
            'site = "odesa"\naircraft = { value = 1, unit = "aircraft", assumption = "a second orbit" }\n'
            'us = true\nus_enabler = "air_defence"\n')
    scenario = load_scenario(_plan(tmp_path, body))
    lines = [w for w in scenario.load_warnings if "overrides" in w]
    assert [w.split(": ", 1)[1].split(" ", 1)[0] for w in lines] == [FIELD, "air_policing.stations[aew-east].us"]
    assert lines[0].split(": ", 1)[0].endswith(":6") and lines[1].split(": ", 1)[0].endswith(":14")
    assert "us_enabler = 'air_defence'" in lines[1]


def test_assess_shows_the_spec_line_once_in_the_air_section(tmp_path: Path) -> None:
    from reassure.bridge.force import build_force_problem

    scenario = load_scenario(_plan(tmp_path))
    (w,) = [x for x in scenario.load_warnings if "overrides" in x]
    air = _section("air_policing", scenario)
    assert [x for x in air.warnings if "overrides" in x] == [w]  # the same words as validate's, once
    _, force_notes = build_force_problem(scenario)
    assert not any("overrides" in n for n in force_notes)  # not again under force


def test_the_whole_assess_run_says_it_once(tmp_path: Path, run_cli: Any) -> None:
    out = tmp_path / "out"
    result = run_cli("assess", _plan(tmp_path), "--runs", "2", "--out", out, env={"COLUMNS": "1000"})
    assert result.exit_code == 0, result.stderr
    assert (result.stdout + result.stderr).count("overrides its us_enabler") == 1
    data = json.loads((out / "results.json").read_text(encoding="utf-8"))
    said = [(name, w) for name, s in data["sections"].items() for w in s["warnings"] if "overrides" in w]
    assert [name for name, _ in said] == ["air"]
    assert said[0][1].endswith(f":6: {FIELD} {WORDS}, rather than Europe (set `us = false` for Europe to take it over)")
    assert (out / "report.html").read_text(encoding="utf-8").count("overrides its us_enabler") == 1


def test_a_plan_changed_in_code_is_still_told(tmp_path: Path) -> None:
    """`with_overrides` keeps the file's load warnings and does not rerun the checks: the air
    section says it itself, in the same words, without a file line."""
    plan = load_scenario("coalition-2025-09").with_overrides({f"{FIELD}": True}, assumption="US flies the orbit")
    assert not any("overrides" in w for w in plan.load_warnings)
    air = _section("air_policing", plan)
    assert [x for x in air.warnings if "overrides" in x] == [
        f"{FIELD} {WORDS}, rather than Europe (set `us = false` for Europe to take it over)"]


@pytest.mark.parametrize("body", ['[[air_policing.stations]]\nid = "aew-west"\nus = false\n', ""])
def test_no_warning_without_both_flags(tmp_path: Path, body: str) -> None:
    scenario = load_scenario(_plan(tmp_path, body))
    assert not any("overrides" in w for w in scenario.load_warnings)
