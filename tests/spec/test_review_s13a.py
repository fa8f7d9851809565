"""s13 review (a first-time analyst's "tripwire" plan), the scenario-side findings:

2  `with_overrides` checks the theatre's ids as loading a file does, naming the override;
5  `validate` reports every field a model needs that the file leaves out, at once;
6  a support force with no airlift and no surface channel is a validate warning at its line;
11 error wording: the unit hint for a quantity without a unit, the unknown-site list, regimes;
12 the documented ways to drop an inherited site or contributor work.

The fixtures are the shipped europe-2025 with lines taken out (the analyst's files, cut down).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from scenario_text import without_tables

import reassure
from reassure.errors import ReassureError, ScenarioFieldError

REPO = Path(__file__).resolve().parents[2]
SHIPPED = (REPO / "scenarios" / "europe-2025.toml").read_text(encoding="utf-8")
NEEDED = ("cover_time", "qrf_readiness", "qrf_speed", "detour_factor")


def _without_lines(text: str, keys: tuple[str, ...]) -> str:
    """The scenario text with each ``key = ...`` line of [posture] removed."""
    return "\n".join(line for line in text.splitlines() if not any(line.startswith(f"{k} = ") for k in keys)) + "\n"


@pytest.fixture(scope="module")
def plan() -> reassure.Scenario:
    return reassure.load_scenario("europe-2025")


# -- 2 --------------------------------------------------------------------------------------
_ID = st.text(alphabet="abcdefghijklmnopqrstuvwxyzXYZ-0123456789", min_size=1, max_size=14)


@given(bad=_ID, where=st.sampled_from(["posture.sites[rivne-npp].site", "air.bases[0].base",
                                       "support_force.base", "posture.sites[2].site"]))
def test_with_overrides_refuses_an_unknown_id_naming_the_override(plan: reassure.Scenario, bad: str,
                                                                   where: str) -> None:
    from reassure.theatres import load_theatre

    theatre = load_theatre(plan.theatre)
    known = {s.id for s in theatre.sites} | {b.id for b in theatre.airbases}
    if bad in known:
        return
    with pytest.raises(ScenarioFieldError) as err:
        plan.with_overrides({where: bad}, assumption="a typo (for a test)")
    text = str(err.value)
    assert text.startswith("with_overrides on europe-2025"), text
    assert "europe-2025.toml" not in text  # the file never held the value
    assert f"(got '{bad}')" in text and "of theatre" in text


def test_with_overrides_still_accepts_a_known_id(plan: reassure.Scenario) -> None:
    moved = plan.with_overrides({"support_force.base": "LRCK"}, assumption="held in Romania")
    assert moved.support_force.base == "LRCK"


# -- 5 --------------------------------------------------------------------------------------
@given(left_out=st.lists(st.sampled_from(NEEDED), min_size=1, max_size=4, unique=True))
def test_validate_reports_every_needed_field_left_out_at_once(tmp_path_factory: pytest.TempPathFactory,
                                                              left_out: list[str]) -> None:
    from reassure.present.scenarios import validation_rows

    path = tmp_path_factory.mktemp("needs") / "plan.toml"
    path.write_text(_without_lines(SHIPPED, tuple(left_out)), encoding="utf-8")
    (row,) = validation_rows([str(path)])
    assert not row["ok"]
    reported = [re.search(r"posture\.(\w+) is needed by the posture model", p) for p in row["problems"]]
    assert sorted(m.group(1) for m in reported if m) == sorted(left_out), row["problems"]
    assert all(re.match(rf"{re.escape(str(path))}:\d+: ", p) for p in row["problems"])


def test_validate_cli_exits_2_with_one_line_a_missing_field(tmp_path: Path, run_cli) -> None:
    path = tmp_path / "plan.toml"
    path.write_text(_without_lines(SHIPPED, NEEDED), encoding="utf-8")
    result = run_cli("validate", str(path))
    assert result.exit_code == 2
    lines = [line for line in result.error_lines if "is needed by the posture model" in line]
    assert len(lines) == 4, result.stderr


def test_the_field_reference_says_which_fields_a_model_needs() -> None:
    doc = (REPO / "docs" / "scenario-format.md").read_text(encoding="utf-8")
    for name in NEEDED:
        row = next(line for line in doc.splitlines() if line.startswith(f"| `posture.{name}` |"))
        assert "| needed by the posture model |" in row, row


# -- 6 --------------------------------------------------------------------------------------
def test_a_support_force_that_cannot_move_is_a_warning_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "stuck.toml"
    text = without_tables(SHIPPED, ("support_force.airlift", "support_force.surface"))
    path.write_text(text, encoding="utf-8")
    s = reassure.load_scenario(path)
    line = text.splitlines().index("[support_force]") + 1
    warnings = [w for w in s.load_warnings if "no way to" in w]
    assert warnings and warnings[0].startswith(f"{path}:{line}: support_force "), s.load_warnings
    assert "the support force has no way to move" in warnings[0]
    assert not [w for w in reassure.load_scenario("europe-2025").load_warnings if "no way to" in w]


# -- 11 -------------------------------------------------------------------------------------
def _with_line(tmp_path: Path, old: str, new: str) -> Path:
    assert old in SHIPPED
    path = tmp_path / "plan.toml"
    path.write_text(SHIPPED.replace(old, new, 1), encoding="utf-8")
    return path


def test_a_quantity_without_unit_is_told_the_unit_of_its_field(tmp_path: Path) -> None:
    line = next(x for x in SHIPPED.splitlines() if x.startswith("orbits = { value = 4, unit = \"orbits\""))
    path = _with_line(tmp_path, line, line.replace(', unit = "orbits"', ""))
    with pytest.raises(ReassureError, match=r'needs a `unit`, e.g. unit = "orbits"'):
        reassure.load_scenario(path)
    line = next(x for x in SHIPPED.splitlines() if x.startswith("cover_time = "))
    path = _with_line(tmp_path, line, line.replace(', unit = "h"', ""))
    with pytest.raises(ReassureError, match=r'needs a `unit`, e.g. unit = "h"'):
        reassure.load_scenario(path)


def test_an_unknown_site_says_where_to_find_the_ids_never_a_bare_ellipsis(tmp_path: Path) -> None:
    path = _with_line(tmp_path, 'site = "kyiv"', 'site = "nowhere"')
    with pytest.raises(ReassureError) as err:
        reassure.load_scenario(path)
    text = str(err.value)
    assert "..." not in text, text
    assert "reassure ids ukraine-2025 sites" in text or "(valid: " in text


def test_an_unknown_regime_gets_a_did_you_mean(tmp_path: Path) -> None:
    m = re.search(r"breaking_down = \{", SHIPPED)
    assert m
    path = tmp_path / "plan.toml"
    path.write_text(SHIPPED[:m.start()] + "breaking_dwn = {" + SHIPPED[m.end():], encoding="utf-8")
    with pytest.raises(ReassureError, match=r"unknown regime 'breaking_dwn'; did you mean 'breaking_down'\?"):
        reassure.load_scenario(path)


# -- 12 -------------------------------------------------------------------------------------
def test_the_documented_ways_to_drop_an_inherited_item_work(tmp_path: Path) -> None:
    doc = (REPO / "docs" / "scenario-format.md").read_text(encoding="utf-8")
    assert "Dropping an inherited item" in doc and 'status = "ruled-out"' in doc
    api = (REPO / "docs" / "python-api.md").read_text(encoding="utf-8")
    assert "cannot add a list item" in api
    child = tmp_path / "npp-only.toml"
    child.write_text(
        'schema = 1\nextends = "europe-2025"\n\n[[posture.sites]]\nsite = "kyiv"\n'
        'weight = { value = 0, unit = "weight", assumption = "not protected here" }\n\n'
        '[[contributors]]\nnation = "GBR"\nstatus = "ruled-out"\n'
        'assumption = "not sending troops in this variant"\n', encoding="utf-8")
    s = reassure.load_scenario(child)
    assert next(x for x in s.posture.sites if x.site == "kyiv").weight.nominal == 0
    assert next(c for c in s.contributors if c.nation == "GBR").status == "ruled-out"
    with pytest.raises(ReassureError, match=r"no item \[CZE\]"):
        s.with_overrides({"contributors[CZE].pledge_troops": 100}, assumption="cannot add (for a test)")
