"""Review s33: a load warning is shown in the report section of the field it is about. A warning on
a maritime field was listed under "Force generation" (the force bridge took every warning the
monitoring, incidents and air-policing sections did not); it is the maritime section's now, and a
support force the file gives no way to move is the posture section's (its build-up is shown there).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scenario_text import without_tables

import reassure
from reassure.bridge.force import build_force_problem

REPO = Path(__file__).resolve().parents[2]


def section_of(name: str, scenario: Any) -> Any:
    """The report section of capability ``name``, its needs run first (as tests/components)."""
    from reassure.run.capabilities import registry
    from reassure.run.capability import Context
    from reassure.run.pipeline import run_capabilities

    caps = registry(runs=2, draws=300)
    done = run_capabilities(scenario, caps, [name])
    return caps[name].section(done[name], Context(scenario, {}, done))


def test_a_maritime_fields_warning_is_the_maritime_sections_not_the_forces() -> None:
    scenario = reassure.load_scenario("coalition-2025-09")
    # No shipped check warns on a maritime field yet; the routing is by the field path the
    # warning starts with (FILE:LINE: field ...), as every check writes it.
    warning = f"{scenario.file}:357: maritime.tasks[mcm-odesa].ships is odd (a test warning)"
    scenario._load_warnings = (*scenario.load_warnings, warning)
    _, force_notes = build_force_problem(scenario)
    assert warning not in force_notes
    assert warning not in section_of("force", scenario).warnings
    assert warning in section_of("maritime", scenario).warnings


def test_a_support_force_with_no_way_to_move_is_warned_under_posture(tmp_path: Path) -> None:
    text = (REPO / "scenarios" / "europe-2025.toml").read_text(encoding="utf-8")
    path = tmp_path / "stuck.toml"
    path.write_text(without_tables(text, ("support_force.airlift", "support_force.surface")), encoding="utf-8")
    scenario = reassure.load_scenario(path)
    (warning,) = [w for w in scenario.load_warnings if "no way to" in w]
    _, force_notes = build_force_problem(scenario)
    assert warning not in force_notes
    assert warning in section_of("response", scenario).warnings
