"""Review 19, the scenario side: a support force of 0 troops is refused at its line (#1); an
array of tables where a table is expected is said in a scenario's words, without pydantic's
class names (#4); ``incidents.qrf_per_garrison = 0`` is a warning at its line (#5); aircraft
counts are whole numbers (#8); the README says why `validate scenarios/*.toml` warns about
mnf-u-2026 (#9).

The fixtures are the shipped europe-2025 with one edit each (the reviewer's mutations).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reassure
from reassure.errors import ScenarioFieldError

REPO = Path(__file__).resolve().parents[2]
SHIPPED = (REPO / "scenarios" / "europe-2025.toml").read_text(encoding="utf-8")
SF_TROOPS = 'troops = { value = 5000, unit = "troops", source = ["seed-000", "shape-vjtf"]'
QRF = 'qrf_per_garrison = { value = 1,'
AIRCRAFT = 'aircraft = { value = 12, unit = "aircraft", source = ["seed-004"]'


def _mutated(tmp_path: Path, old: str, new: str, name: str = "plan") -> tuple[Path, int]:
    """The shipped plan with ``old`` replaced once by ``new``, and the line of the edit."""
    assert SHIPPED.count(old) >= 1, old
    text = SHIPPED.replace(old, new, 1)
    path = tmp_path / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    line = text[: text.index(new)].count("\n") + 1
    return path, line


@pytest.mark.parametrize("troops", [0, -5])
def test_a_support_force_of_no_troops_is_refused_at_its_line(tmp_path: Path, troops: int) -> None:
    path, line = _mutated(tmp_path, SF_TROOPS, SF_TROOPS.replace("5000", str(troops)))
    with pytest.raises(ScenarioFieldError) as caught:
        reassure.load_scenario(path)
    err = caught.value
    assert (err.line, err.field) == (line, "support_force.troops"), str(err)
    text = str(err)
    # what was expected, the way out for a plan that never escalates, and the value given
    assert "must be >= 1 troop" in text
    assert "incidents.support_force_responses = 0" in text
    assert f"(got {troops} troops)" in text


def test_one_troop_of_support_force_is_accepted(tmp_path: Path) -> None:
    path, _ = _mutated(tmp_path, SF_TROOPS, SF_TROOPS.replace("5000", "1"))
    assert reassure.load_scenario(path).support_force.troops.nominal == 1


def test_an_array_of_tables_for_force_is_said_in_plain_words(tmp_path: Path) -> None:
    path, line = _mutated(tmp_path, "[force]\n", "[[force]]\n")
    with pytest.raises(ScenarioFieldError) as caught:
        reassure.load_scenario(path)
    text = str(caught.value)
    assert caught.value.line == line
    assert text.endswith("force must be a table ([force]), not an array of tables ([[force]])"), text
    assert "ForceSpec" not in text and "dictionary" not in text


def test_a_number_where_a_table_is_expected_names_no_class(tmp_path: Path) -> None:
    path = tmp_path / "plan.toml"
    path.write_text(SHIPPED.replace("schema = 1\n", "schema = 1\nus_backstop = 5\n", 1)
                    .replace("[us_backstop]\n", "[us_backstop_x]\n", 1), encoding="utf-8")
    with pytest.raises(ScenarioFieldError) as caught:
        reassure.load_scenario(path)
    lines = [str(p) for p in caught.value.problems]
    assert any("plan.toml:2: us_backstop must be a table ([us_backstop] or us_backstop = { ... }) (got a number)" in x for x in lines), lines
    assert not any("Spec" in x for x in lines), lines


def test_no_ground_qrf_is_a_warning_at_its_line(tmp_path: Path) -> None:
    path, line = _mutated(tmp_path, QRF, QRF.replace("1", "0"))
    warnings = [w for w in reassure.load_scenario(path).load_warnings if "qrf_per_garrison" in w]
    assert len(warnings) == 1, warnings
    assert f"{path}:{line}: incidents.qrf_per_garrison is 0 units: the garrisons field no ground QRF" in warnings[0]
    shipped = [w for w in reassure.load_scenario("europe-2025").load_warnings if "qrf_per_garrison" in w]
    assert not shipped


@settings(max_examples=25, deadline=None)
@given(st.floats(min_value=0.01, max_value=999.99).filter(lambda x: not x.is_integer()))
def test_a_fractional_aircraft_count_is_refused_at_its_line(tmp_path_factory, value: float) -> None:
    tmp_path = tmp_path_factory.mktemp("aircraft")
    path, line = _mutated(tmp_path, AIRCRAFT, AIRCRAFT.replace("value = 12", f"value = {value!r}"))
    with pytest.raises(ScenarioFieldError) as caught:
        reassure.load_scenario(path)
    err = caught.value
    assert err.line == line and err.field == "air.bases[EPRZ].aircraft", str(err)
    assert re.search(r"must be a whole number of aircraft \(got [\d.]+ aircraft\)$", str(err)), str(err)


@pytest.mark.parametrize("old,new,field", [
    (AIRCRAFT, AIRCRAFT.replace("value = 12", "low = 10, high = 12.5"), "air.bases[EPRZ].aircraft"),
    ('max_on_ground = { value = 4,', 'max_on_ground = { value = 3.5,', "support_force.max_on_ground"),
])
def test_every_aircraft_count_is_whole(tmp_path: Path, old: str, new: str, field: str) -> None:
    path, line = _mutated(tmp_path, old, new)
    with pytest.raises(ScenarioFieldError, match="must be a whole number of aircraft") as caught:
        reassure.load_scenario(path)
    assert (caught.value.line, caught.value.field) == (line, field)


def test_whole_aircraft_counts_and_ranges_still_load(tmp_path: Path) -> None:
    path, _ = _mutated(tmp_path, AIRCRAFT, AIRCRAFT.replace("value = 12", "low = 10, high = 14"))
    base = next(b for b in reassure.load_scenario(path).air.bases if b.base == "EPRZ")
    assert (base.aircraft.low, base.aircraft.high) == (10, 14)


def test_the_readme_explains_the_one_warning_of_validating_the_shipped_files() -> None:
    warnings = [w for s in sorted((REPO / "scenarios").glob("*.toml"))
                for w in reassure.load_scenario(s).load_warnings]
    assert len(warnings) == 1 and warnings[0].startswith("participation-reset: ")
    assert "mnf-u-2026.toml:103: contributors DEU status 'premature' -> 'ruled-out'" in warnings[0]
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert ("one expected warning on stderr: `participation-reset: scenarios/mnf-u-2026.toml:103: "
            "contributors DEU status 'premature' -> 'ruled-out'") in readme
    assert "It is not a mistake in the file" in readme
