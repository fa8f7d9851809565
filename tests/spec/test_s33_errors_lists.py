"""Review s33 #1: a list of what a field may hold was cut by the message limit to a bare "..."
(a misspelt task field, a misspelt `extends`, an unknown sensor). An error names the whole list,
or the closest few and where all are listed; never a bare "...". Through `reassure validate`,
on a shipped scenario broken in one place (as the reviewer did)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reassure.cli import app

REPO = Path(__file__).resolve().parents[2]
COALITION = (REPO / "scenarios" / "coalition-2025-09.toml").read_text(encoding="utf-8")
EUROPE = (REPO / "scenarios" / "europe-2025.toml").read_text(encoding="utf-8")
DOC = (REPO / "docs" / "scenario-format.md").read_text(encoding="utf-8")


def _errors(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 2, result.output
    return [line for line in result.output.splitlines() if line.startswith("error: ")]


def _broken(text: str, old: str, new: str) -> str:
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1)


def _no_bare_cut(line: str) -> None:
    assert not re.search(r"\? \.\.\.|\.\.\. \(got|\.\.\.$", line), line


def test_misspelt_task_field_names_the_closest_and_where_all_are(tmp_path: Path) -> None:
    text = _broken(COALITION, "deployment = { value = 15", "deploymnt = { value = 15")
    first = _errors(tmp_path, text)[0]
    _no_bare_cut(first)
    assert "maritime.tasks[mcm-odesa].deploymnt is not a known field; did you mean 'deployment'?" in first
    assert "docs/scenario-format.md §Field reference, maritime.tasks[].*" in first
    assert "all 17 in" in first
    # a list that fits is still named whole (a quantity's seven fields)
    text = _broken(EUROPE, 'target_troops = {', 'target_troops = { valeu = 3,')
    line = next(e for e in _errors(tmp_path, text) if "valeu" in e)
    assert "(known here: assumption, high, low, note, source, unit, value)" in line


def test_misspelt_extends_key_names_fields(tmp_path: Path) -> None:
    text = _broken(COALITION, 'extends = "europe-2025"', 'extend = "europe-2025"')
    first = _errors(tmp_path, text)[0]
    _no_bare_cut(first)
    assert "extend is not a known field; did you mean 'extends'? (closest: extends" in first
    assert "docs/scenario-format.md §Field reference)" in first


def test_misspelt_extends_name_keeps_the_shipped_list_or_says_where_it_is(tmp_path: Path) -> None:
    text = _broken(COALITION, 'extends = "europe-2025"', 'extends = "europe-2052x"')
    first = _errors(tmp_path, text)[0]
    _no_bare_cut(first)
    assert "did you mean 'europe-2025'?" in first
    assert "`reassure scenarios`" in first and first.endswith("(got 'europe-2052x')")


def test_unknown_sensor_names_the_closest_and_the_docs_list(tmp_path: Path) -> None:
    text = _broken(EUROPE, 'sensor = "male-uav"', 'sensor = "male-uab"')
    first = _errors(tmp_path, text)[0]
    _no_bare_cut(first)
    assert "did you mean 'male-uav'? (closest: male-uav" in first
    assert "all 11 in docs/scenario-format.md §Catalogue ids" in first


@pytest.mark.parametrize("offset", [0, 1])
def test_every_misspelt_field_of_a_shipped_table_is_never_cut(tmp_path: Path, offset: int) -> None:
    """One key in eight of the shipped coalition plan (two samples), misspelt: no line is cut."""
    lines = COALITION.splitlines()
    keys = [i for i, t in enumerate(lines) if re.match(r"^[a-z_]+ = ", t)]
    for i in keys[offset::8]:
        broken = lines[:i] + [re.sub(r"^([a-z_]+)", r"\1q", lines[i])] + lines[i + 1:]
        for line in _errors(tmp_path, "\n".join(broken) + "\n"):
            _no_bare_cut(line)


def test_the_catalogue_ids_in_the_docs_are_the_catalogues() -> None:
    from reassure.spec.sections.monitoring import load_sensor_catalogue
    from reassure.spec.sections.posture import load_aircraft_catalogue

    section = DOC.split("## Catalogue ids", 1)[1].split("\n## ", 1)[0]
    bullets = [" ".join(b.split()) for b in section.split("\n- ")[1:]]
    rows = {b.split()[0]: re.findall(r"`([^`]+)`", b.split("): ", 1)[1]) for b in bullets}
    aircraft = load_aircraft_catalogue()
    assert rows["sensors"] == list(load_sensor_catalogue().ids())
    assert rows["airlift"] == list(aircraft.type_ids("airlift"))
    assert rows["helicopter"] == list(aircraft.type_ids("helicopters"))
    assert rows["fighter"] == list(aircraft.type_ids("fighters"))


def test_choice_list_falls_back_to_shorter_forms() -> None:
    from reassure.errors import choice_list

    many = [f"field_{i:02d}" for i in range(20)]
    assert choice_list("field_0x", many, see="a/long/place", room=400).startswith(" (known: field_00")
    short = choice_list("field_0x", many, see="a/very/long/place §Section, table.*", room=60,
                        short_see="a/place")
    assert len(short) <= 60 and short.endswith("all 20 in a/place)")
    assert choice_list("zzz", many, see="docs/x.md", room=50) == " (all 20 are listed in docs/x.md)"
