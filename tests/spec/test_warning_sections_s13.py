"""A load warning shows in the section of the field it is about: a monitoring field's warning in
monitoring, not under force (the line starts with FILE:LINE:, not with the field)."""

from __future__ import annotations

from pathlib import Path

from reassure.bridge.force import build_force_problem
from reassure.spec import load_scenario
from reassure.spec._schema import warning_field

HEAD = 'schema = 1\nname = "v"\ntitle = "v"\nextends = "europe-2025"\n'


def test_a_monitoring_fields_warning_goes_to_monitoring_not_force(tmp_path: Path) -> None:
    path = tmp_path / "v.toml"
    path.write_text(HEAD + '[monitoring]\nnight_fraction = { value = 0.5, unit = "percent", '
                    'assumption = "x (for a test)" }\n', encoding="utf-8")
    scenario = load_scenario(path)
    (w,) = scenario.load_warnings_about("monitoring")
    assert w.startswith(f"{path}:6: monitoring.night_fraction is 0.5 percent")
    _, force_notes = build_force_problem(scenario)
    assert w not in force_notes


def test_a_contributors_warning_stays_with_force(tmp_path: Path) -> None:
    path = tmp_path / "v.toml"
    path.write_text(HEAD + '[[contributors]]\nnation = "NOR"\n'
                    'p_join = { value = 0.6, unit = "percent", assumption = "x (for a test)" }\n', encoding="utf-8")
    scenario = load_scenario(path)
    assert scenario.load_warnings_about("monitoring") == ()
    _, force_notes = build_force_problem(scenario)
    assert any("contributors[NOR].p_join is 0.6 percent" in n for n in force_notes)


def test_the_field_is_read_with_or_without_a_file_and_line() -> None:
    assert warning_field("a/b.toml:12: contributors[2].p_join is 0.6 percent") == "contributors[2].p_join"
    assert warning_field("monitoring.band.line_length 800 km is shorter") == "monitoring.band.line_length"
    assert warning_field("C:\\runs\\v.toml:3: force.tour is short") == "force.tour"
