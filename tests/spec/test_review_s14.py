"""s13 review 11, the scenario side: a ``helicopter`` responder in a plan with no
[[air.helicopters]] is a warning at the type's ``responders`` (routed to the incidents
section), and ``incidents.max_wait`` left out is said to be a shipped default (no escalation
for waiting), as ``force.max_tours`` left out is.

The fixtures are the shipped europe-2025 with lines taken out (the analyst's files, cut down).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from scenario_text import without_tables

import reassure

REPO = Path(__file__).resolve().parents[2]
SHIPPED = (REPO / "scenarios" / "europe-2025.toml").read_text(encoding="utf-8")
NO_HELICOPTER = "names `helicopter`, but the plan has no helicopter detachment (air.helicopters)"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "plan.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_helicopter_responder_without_helicopters_is_a_warning_at_its_responders(tmp_path: Path) -> None:
    text = without_tables(SHIPPED, ("air.helicopters",))
    path = _write(tmp_path, text)
    s = reassure.load_scenario(path)
    warnings = [w for w in s.load_warnings if NO_HELICOPTER in w]
    typed = [t.id for t in s.incidents.types if "helicopter" in t.responders]
    assert len(typed) == 2 and len(warnings) == len(typed), s.load_warnings
    lines = text.splitlines()
    for kind, warning in zip(typed, warnings, strict=True):
        # the line of that type's `responders`, under its own [[incidents.types]] entry
        start = lines.index(f'id = "{kind}"')
        line = next(i for i, x in enumerate(lines) if i > start and x.startswith("responders = ")) + 1
        assert warning.startswith(f"{path}:{line}: incidents.types[{kind}].responders names `helicopter`"), warning
        assert "its calls are answered by ground_qrf, air, outside_support only" in warning
        assert "add one (air.helicopters: id, type, base, aircraft, readiness)" in warning
    assert s.load_warnings_about("incidents") == tuple(warnings)
    from reassure.bridge.force import build_force_problem

    _, force_notes = build_force_problem(s)  # the incidents section's, not the force section's
    assert not [n for n in force_notes if NO_HELICOPTER in n]
    assert not [w for w in reassure.load_scenario("europe-2025").load_warnings if NO_HELICOPTER in w]


def test_a_type_only_a_helicopter_answers_is_told_no_unit_can(tmp_path: Path) -> None:
    old = 'responders = ["ground_qrf", "helicopter", "air", "outside_support"]'
    assert old in SHIPPED
    text = without_tables(SHIPPED.replace(old, 'responders = ["helicopter"]', 1), ("air.helicopters",))
    s = reassure.load_scenario(_write(tmp_path, text))
    warnings = [w for w in s.load_warnings if NO_HELICOPTER in w]
    assert len(warnings) == 2 and "no unit can answer its calls, so every one goes unanswered" in warnings[0]


def test_validate_prints_the_helicopter_warning_and_exits_ok(tmp_path: Path, run_cli) -> None:
    path = _write(tmp_path, without_tables(SHIPPED, ("air.helicopters",)))
    result = run_cli("validate", str(path))
    assert result.exit_code == 0, result.stderr
    assert NO_HELICOPTER in " ".join((result.stdout + result.stderr).split())


@pytest.mark.parametrize("max_wait", [True, False])
def test_max_wait_left_out_is_a_shipped_default_said_in_the_incidents_notes(max_wait: bool, tmp_path: Path) -> None:
    from reassure.run.pipeline import run_capability

    # (s54) left out under first come, first served, where it decides (triage, the default, ignores it)
    text = SHIPPED if max_wait else "\n".join(
        'dispatch = "first_come"' if x.startswith("max_wait = ") else x for x in SHIPPED.splitlines()) + "\n"
    s = reassure.load_scenario(_write(tmp_path, text))
    assert (s.incidents.max_wait is not None) is max_wait
    notes = run_capability("incidents", s, runs=2).to_dict()["inputs"]["notes"]
    said = [n for n in notes if n.startswith("shipped default used: incidents.max_wait = none")]
    assert len(said) == (0 if max_wait else 1), notes
    if not max_wait:
        assert "no escalation for waiting" in said[0] and "inf" not in said[0]


def test_the_report_shows_both_premises_in_the_incidents_section(tmp_path: Path, run_cli) -> None:
    text = without_tables(SHIPPED, ("air.helicopters",))
    text = "\n".join('dispatch = "first_come"' if x.startswith("max_wait = ") else x  # (s54, as above)
                     for x in text.splitlines()) + "\n"
    out = tmp_path / "out"
    result = run_cli("assess", str(_write(tmp_path, text)), "--out", str(out), "--runs", "2", "--no-sensitivity")
    assert result.exit_code == 0, result.stderr
    import json

    incidents = json.loads((out / "results.json").read_text(encoding="utf-8"))["sections"]["incidents"]
    warnings = " ".join(incidents["warnings"])
    assert NO_HELICOPTER in warnings and "shipped default used: incidents.max_wait = none" in warnings
    force = json.loads((out / "results.json").read_text(encoding="utf-8"))["sections"]["force"]
    assert NO_HELICOPTER not in " ".join(force["warnings"])
    html = " ".join((out / "report.html").read_text(encoding="utf-8").split())
    # in the report's plain words (a path as its last part: "the max wait")
    assert "shipped default used: the max wait = none (no escalation for waiting" in html
    assert "names helicopter, but the plan has no helicopter detachment: its calls are answered by" in html
