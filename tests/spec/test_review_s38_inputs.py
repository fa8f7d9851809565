"""Review s38 (what a Python user types into `with_overrides`, and the same slips in a file).

1. a bare number for a field the file leaves out was read in hours (`contributors[SWE].delay: 2`
   as 2 h, where `reassure show` prints the default in months), and the note did not say which
   value it replaced: a bare number is refused where the field has more than one sensible unit,
   naming the unit to give, and the note names the default and what it rested on;
2. numpy's numbers (`np.int64(20000)`, from a DataFrame) were refused as not numbers;
3. leaving out `assumption=` raised Python's TypeError, not a ReassureError;
4. `target_troops = 20000.5` passed in a file; `orbits = 2.5` was told "not a range";
5. a status typo never listed the allowed statuses (the list was cut to "...");
6. a table with a typo, `{"valu": 30}`, was told "low must be a valid number".
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import reassure
from reassure.errors import MAX_MESSAGE_CHARS, ReassureError, ScenarioFieldError, counted_length
from reassure.spec import Quantity
from reassure.vocabulary import STATUSES

HEAD = 'schema = 1\nname = "v"\ntitle = "v"\nextends = "europe-2025"\n'
WHY = "a vote first, two months"
FIXTURE = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def plan() -> reassure.Scenario:
    return reassure.load_scenario("europe-2025")


def _nation(scenario: reassure.Scenario, iso3: str) -> object:
    return next(c for c in scenario.contributors if c.nation == iso3)


def _refused_call(plan: reassure.Scenario, overrides: dict, **kwargs: object) -> str:
    with pytest.raises(ReassureError) as caught:
        plan.with_overrides(overrides, **({"assumption": WHY} | kwargs))
    return str(caught.value)


def _child(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "v.toml"
    path.write_text(HEAD + body, encoding="utf-8")
    return path


def _problems(path: Path) -> list[str]:
    with pytest.raises(ScenarioFieldError) as caught:
        reassure.load_scenario(path)
    return [str(p) for p in caught.value.problems] or [str(caught.value)]


# -- 1. a bare number for a field the file leaves out --------------------------------------------------
@pytest.mark.parametrize("value", [2, 2.5, (1, 2), {"value": 2}, np.int64(2)])
def test_a_bare_number_for_a_default_time_is_refused_naming_the_unit(plan, value) -> None:
    message = _refused_call(plan, {"contributors[SWE].delay": value})
    assert message.startswith("with_overrides: 'contributors[SWE].delay' = ")
    assert ("has no unit (the file leaves this field to its shipped default, 0 month from "
            "data/participation.toml, status conditional-mandate, so it fixes no unit): give one, e.g. {") in message
    assert "'unit': 'month'}, the unit `reassure show` prints the default in, or a Quantity" in message
    assert "in a unit of time (h, day, min, month, s, week, year)" in message


def test_a_contributors_tour_left_out_names_the_forces_unit(plan) -> None:
    """Review s38 1: `contributors[FRA].tour: 6` was "must be >= 24 h (got 6 h)", no hint."""
    message = _refused_call(plan, {"contributors[FRA].tour": 6})
    assert message.startswith("with_overrides: 'contributors[FRA].tour' = 6 has no unit (the file leaves "
                              "this field out, so it fixes no unit; it falls back to the plan's force.tour, ")
    assert "give one, e.g. {'value': 6, 'unit': 'month'}, the unit of the plan's force.tour" in message
    assert "24 h" not in message
    tour = plan.with_overrides({"contributors[FRA].tour": {"value": 6, "unit": "month"}}, assumption=WHY)
    note = _nation(tour, "FRA").tour.note
    assert note == f"overrides its fallback, {plan.force.tour.text()} (the plan's force.tour; source: " \
                   f"{', '.join(plan.force.tour.source)})"


def test_a_default_time_given_with_its_unit_names_the_default_it_replaces(plan) -> None:
    for given_ in ({"value": 2, "unit": "month"}, Quantity(value=2, unit="month", assumption=WHY)):
        delay = _nation(plan.with_overrides({"contributors[SWE].delay": given_}, assumption=WHY), "SWE").delay
        assert (delay.value, delay.unit, delay.assumption) == (2, "month", WHY)
        assert delay.note == ("overrides the shipped default 0 month (data/participation.toml, status "
                              "conditional-mandate; assumed: no domestic vote named)")


def test_a_quantitys_own_note_is_kept_before_the_default_it_replaces(plan) -> None:
    given_ = Quantity(value=2, unit="month", source=("seed-000",), note="RUSI p.3")
    delay = _nation(plan.with_overrides({"contributors[SWE].delay": given_}, assumption=WHY), "SWE").delay
    assert delay.note == ("RUSI p.3 (overrides the shipped default 0 month (data/participation.toml, status "
                          f"conditional-mandate; assumed: no domestic vote named); changed in code: {WHY})")


@pytest.mark.parametrize(("path", "value", "unit", "note"), [
    ("force.sustainable_share", 0.3, "fraction", "overrides the shipped default 0.25 fraction (data/roles.toml; "
     "source: seed-000, emat-2024, cia-wfb-fra)"),
    ("force.min_contribution", 500, "troops", "overrides the shipped default 100 troops (data/roles.toml; "
     "source: times-eepr)"),
    ("force.cost_per_troop_year", 200_000, "EUR/troop-year", "overrides the shipped default 172,500-208,333 "
     "EUR/troop-year (data/costs.toml; source: fds-conv, sz-lit)"),
    ("contributors[DEU].cost_per_troop_year", 200_000, "EUR/troop-year", "overrides the shipped default 208,333 "
     "EUR/troop-year (data/costs.toml, national cost; source: sz-lit)"),
])
def test_a_bare_number_is_taken_where_the_field_has_one_sensible_unit(plan, path, value, unit, note) -> None:
    """A share, troops, EUR/troop-year: one unit, so a bare number is read in it (the note says
    which default it replaced, and its sources)."""
    new = plan.with_overrides({path: value}, assumption=WHY)
    q = new.force if path.startswith("force.") else _nation(new, "DEU")
    q = getattr(q, path.rsplit(".", 1)[1])
    assert (q.value, q.unit, q.note) == (value, unit, note)


def test_a_share_written_as_a_percentage_is_refused_with_the_hint(plan) -> None:
    with pytest.raises(ScenarioFieldError, match=r'did you mean 0\.30, or unit = "percent"\?'):
        plan.with_overrides({"force.sustainable_share": 30}, assumption=WHY)


def test_a_bare_number_for_a_field_the_file_gives_is_in_the_files_unit(plan) -> None:
    """The file fixes the unit: `posture.qrf_readiness` is 1 h there, so 2 is 2 h."""
    q = plan.with_overrides({"posture.qrf_readiness": 2}, assumption=WHY).posture.qrf_readiness
    assert (q.value, q.unit) == (2, plan.posture.qrf_readiness.unit)


def test_a_bare_number_in_a_file_is_shown_the_table_it_means(tmp_path: Path) -> None:
    path = _child(tmp_path, '[[contributors]]\nnation = "SWE"\ndelay = 2\n\n[[contributors]]\nnation = "FRA"\n'
                  'tour = { value = 6, assumption = "no unit given here at all" }\n')
    problems = _problems(path)
    assert any(p.endswith('contributors[SWE].delay must be a table such as { value = 2, unit = "month", '
                          'source = ["id"] } (got 2)') for p in problems), problems
    assert any(p.endswith('contributors[FRA].tour needs a `unit`, e.g. unit = "month"') for p in problems), problems


# -- 2. numpy's numbers ---------------------------------------------------------------------------------
@pytest.mark.parametrize("value", [np.int64(20000), np.int32(20000), np.float64(20000), np.float32(20000)])
def test_a_numpy_number_is_a_number(plan, value) -> None:
    new = plan.with_overrides({"force.target_troops": value}, assumption=WHY)
    assert new.force.target_troops.value == 20000 and type(new.force.target_troops.value) is float
    assert new.overrides[-1]["value"] in ("20000", "20000.0")  # not "np.int64(20000)"


def test_numpy_numbers_in_a_pair_a_table_and_a_quantity(plan) -> None:
    pair = plan.with_overrides({"force.target_troops": (np.int64(20000), np.float64(21000))}, assumption=WHY)
    assert (pair.force.target_troops.low, pair.force.target_troops.high) == (20000, 21000)
    table = plan.with_overrides({"contributors[SWE].delay": {"value": np.int64(2), "unit": "month"}}, assumption=WHY)
    assert _nation(table, "SWE").delay.value == 2
    q = Quantity(value=np.int64(2), unit="month", assumption=WHY)
    assert q.value == 2 and type(q.value) is float
    switched = plan.with_overrides({"us_backstop.isr": np.bool_(not plan.us_backstop.isr)}, assumption=WHY)
    assert switched.us_backstop.isr is (not plan.us_backstop.isr)


@pytest.mark.parametrize("value", [True, np.True_])
def test_a_bool_is_not_a_number(plan, value) -> None:
    message = _refused_call(plan, {"force.target_troops": value})
    assert ("'force.target_troops' is a quantity in troops: give a number (in troops), a (low, high) pair, "
            "a number and its unit as text ('2 troops') or a Quantity (got True)") in message
    with pytest.raises(ScenarioFieldError, match="must be a number"):
        Quantity(value=value, unit="troops", assumption=WHY)


# -- 3. the reason for the change ---------------------------------------------------------------------
def test_leaving_out_the_assumption_is_a_reassure_error(plan) -> None:
    with pytest.raises(ReassureError) as caught:
        plan.with_overrides({"force.target_troops": 20_000})
    assert not isinstance(caught.value, TypeError)
    assert str(caught.value).startswith("with_overrides: every number needs a source or an assumption: say why "
                                        'the plan changes with the keyword assumption="..."')
    assert "plan.with_overrides({'force.target_troops': 20000}, assumption=" in str(caught.value)


def test_the_assumption_given_by_position_is_a_reassure_error(plan) -> None:
    with pytest.raises(ReassureError, match=r'give the reason for the change by keyword, assumption="\.\.\." '
                                            r"\(got 1 more argument by position: 'a smaller force, for a test'\)"):
        plan.with_overrides({"force.target_troops": 20_000}, "a smaller force, for a test")


@pytest.mark.parametrize("why", [" ", 3])
def test_a_blank_or_non_text_assumption_says_what_is_needed(plan, why) -> None:
    message = _refused_call(plan, {"force.target_troops": 20_000}, assumption=why)
    assert message.startswith("with_overrides: every number needs a source or an assumption: give the reason "
                              f'for the change, assumption="why these numbers" (got {why!r})')


# -- 4. whole troops and whole orbits ---------------------------------------------------------------
@pytest.mark.parametrize(("table", "field", "line"), [
    ("[force]", "target_troops", "force.target_troops"),
    ("[force]", "min_contribution", "force.min_contribution"),
    ("[posture]", "garrison_troops", "posture.garrison_troops"),
])
def test_part_of_a_person_is_refused_in_a_file(tmp_path: Path, table: str, field: str, line: str) -> None:
    path = _child(tmp_path, f'{table}\n{field} = {{ value = 2000.5, unit = "troops", assumption = "a typo of a '
                  'figure, for a test" }\n')
    assert any(p.endswith(f"{line} must be a whole number of troops (got 2000.5 troops)") for p in _problems(path))


def test_a_design_in_code_may_still_sample_the_target_between_whole_troops(plan) -> None:
    """`reassure explore` draws a target from a lever's range through `with_overrides` (the s37
    exemption for a design's draws, which its rows would otherwise turn into refusals)."""
    new = plan.with_overrides({"force.target_troops": 27_345.6}, assumption="a sample of the lever's range")
    assert new.force.target_troops.value == pytest.approx(27_345.6)


@FIXTURE
@given(st.floats(0.05, 0.95).map(lambda f: round(2 + f, 2)))
def test_part_of_an_orbit_is_told_whole_not_a_range(plan, orbits: float) -> None:
    with pytest.raises(ScenarioFieldError) as caught:
        plan.with_overrides({"monitoring.fleets[0].orbits": orbits}, assumption=WHY)
    message = str(caught.value)
    assert message.endswith(f"orbits must be a whole number (got {orbits:g} {plan.monitoring.fleets[0].orbits.unit})")
    assert "range" not in message


def test_a_range_of_orbits_is_still_told_not_a_range(plan) -> None:
    with pytest.raises(ScenarioFieldError, match=r"orbits must be a whole number, not a range \(got 2–3 "):
        plan.with_overrides({"monitoring.fleets[0].orbits": (2, 3)}, assumption=WHY)


# -- 5. the allowed statuses ------------------------------------------------------------------------
def _lists_every_status(message: str) -> None:
    assert "..." not in message and counted_length(message) <= MAX_MESSAGE_CHARS, message
    assert all(status in message for status in STATUSES), message


def test_a_status_typo_lists_the_allowed_statuses_in_code(plan) -> None:
    with pytest.raises(ScenarioFieldError) as caught:
        plan.with_overrides({"contributors[FRA].status": "wiling"}, assumption=WHY)
    message = str(caught.value)
    assert message.startswith("with_overrides on europe-2025: contributors[FRA].status must be one of willing, ")
    assert message.endswith("; did you mean 'willing'? (got 'wiling')")
    _lists_every_status(message)


def test_a_status_typo_lists_the_allowed_statuses_in_a_file(tmp_path: Path, run_cli) -> None:
    path = _child(tmp_path, '[[contributors]]\nnation = "FRA"\nstatus = "wiling"\n')
    result = run_cli("validate", path)
    assert result.exit_code == 2
    line = result.stderr.splitlines()[0]
    assert line.startswith(f"error: {path}:7: contributors[FRA].status must be one of willing, "), line
    assert line.endswith("; did you mean 'willing'? (got 'wiling')"), line
    _lists_every_status(line.removeprefix("error: "))
    # several problems: the first still lists them, before its "[and 1 more problem]"
    path.write_text(HEAD + '[[contributors]]\nnation = "FRA"\nstatus = "wiling"\n'
                    'pledge_troops = { value = -1, unit = "troops", assumption = "x (for a test) here" }\n',
                    encoding="utf-8")
    with pytest.raises(ScenarioFieldError) as caught:
        reassure.load_scenario(path)
    _lists_every_status(str(caught.value))


def test_a_short_list_keeps_its_quoted_form(tmp_path: Path) -> None:
    """The explore docs quote `design.kind must be one of the allowed values; did you mean
    'sobol'? ('lhs', ...)`: a list that fits is worded as before."""
    from reassure.spec._problems import _allowed_values

    assert _allowed_values("; did you mean 'mcm'?", "'escort', 'mcm' or 'patrol'", ["escort", "mcm", "patrol"],
                           "MCM", "maritime.tasks[x].kind") == \
        "must be one of the allowed values; did you mean 'mcm'? ('escort', 'mcm' or 'patrol')"


# -- 6. a table with a key a quantity does not take ------------------------------------------------
@pytest.mark.parametrize("path", ["posture.qrf_readiness", "contributors[SWE].delay"])
def test_a_key_typo_in_a_table_is_named_with_the_keys_taken(plan, path) -> None:
    message = _refused_call(plan, {path: {"valu": 30, "unit": "min"}})
    assert message == (f"with_overrides: {path!r} = {{'valu': 30, 'unit': 'min'}}: 'valu' is not a key of a "
                       "quantity; did you mean 'value'? (a quantity takes value, low, high, unit, source, "
                       "assumption, note)")


def test_a_table_without_a_value_says_so(plan) -> None:
    message = _refused_call(plan, {"posture.qrf_readiness": {"unit": "min"}})
    assert message.startswith("with_overrides: 'posture.qrf_readiness' = {'unit': 'min'} needs 'value', or 'low' "
                              "and 'high', e.g. {'value': 2, 'unit': 'min'}")


def test_a_table_with_a_typo_in_a_file_is_named(tmp_path: Path) -> None:
    path = _child(tmp_path, '[[contributors]]\nnation = "GBR"\np_join = { valu = 0.3, unit = "probability", '
                  'assumption = "a typo in the value key" }\n')
    assert any(p.endswith("contributors[GBR].p_join needs `value`, or `low` and `high` (got `valu`; did you "
                          "mean `value`?)") for p in _problems(path))
