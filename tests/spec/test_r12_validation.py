"""Review s12 findings on validation: warnings with file:line and field (US contributor without
US ground troops, a ruled-out nation's p_join, a share below 1 percent, a pledge above the army),
the cost-per-troop span, error wording, and `with_overrides` naming the override."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reassure
from reassure.errors import ReassureError, ScenarioFieldError
from reassure.spec import load_scenario

HEAD = 'schema = 1\nname = "v"\ntitle = "v"\nextends = "europe-2025"\n'


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "v.toml"
    path.write_text(HEAD + body, encoding="utf-8")
    return path


def _new_warnings(path: Path) -> list[str]:
    base = set(load_scenario("europe-2025").load_warnings)
    return [w for w in load_scenario(path).load_warnings if w not in base]


def test_usa_as_a_contributor_without_us_ground_troops_is_warned_at_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path, '[[contributors]]\nnation = "USA"\nstatus = "willing"\n'
                  'pledge_troops = { value = 5000, unit = "troops", assumption = "x (for a test)" }\nassumption = "a (for a test)"\n')
    (w,) = _new_warnings(path)
    assert w.startswith(f"{path}:6: contributors[USA].nation USA is the US backstop")
    assert "count in neither run" in w and "ground_troops = true" in w  # (review s44: was "left out of the without-US run")


def test_usa_with_us_ground_troops_on_is_not_warned(tmp_path: Path) -> None:
    path = _write(tmp_path, '[us_backstop]\nground_troops = true\nassumption = "US troops on the ground in this variant"\n'
                  '[[contributors]]\nnation = "USA"\nstatus = "willing"\nassumption = "a (for a test)"\n')
    assert not [w for w in _new_warnings(path) if "USA" in w]


def test_a_ruled_out_nations_p_join_is_warned_at_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path, '[[contributors]]\nnation = "POL"\n'
                  'p_join = { value = 0.9, unit = "probability", assumption = "x (for a test)" }\n')
    (w,) = _new_warnings(path)
    assert w.startswith(f"{path}:7: contributors[POL].p_join is 90% but")  # review s33: as a reader writes it
    assert "p_join has no effect unless status is changed" in w


def test_a_ruled_out_nations_zero_p_join_is_not_warned(tmp_path: Path) -> None:
    path = _write(tmp_path, '[[contributors]]\nnation = "POL"\n'
                  'p_join = { value = 0, unit = "probability", assumption = "x (for a test)" }\n')
    assert _new_warnings(path) == []


@settings(max_examples=15, deadline=None)
@given(st.floats(min_value=0.01, max_value=0.99))
def test_a_share_below_one_percent_is_warned_with_what_was_meant(tmp_path_factory: pytest.TempPathFactory,
                                                                 share: float) -> None:
    share = round(share, 2)
    path = _write(tmp_path_factory.mktemp("p"),
                  f'[force]\nsustainable_share = {{ value = {share}, unit = "percent", assumption = "x (for a test)" }}\n')
    (w,) = _new_warnings(path)
    assert w.startswith(f"{path}:6: force.sustainable_share is {share:g} percent, i.e. below 1 %")
    assert f"did you mean {share * 100:g} percent" in w and 'unit = "fraction"' in w


def test_a_p_join_below_one_percent_is_warned_too(tmp_path: Path) -> None:
    path = _write(tmp_path, '[[contributors]]\nnation = "NOR"\n'
                  'p_join = { value = 0.6, unit = "percent", assumption = "x (for a test)" }\n')
    (w,) = _new_warnings(path)
    assert "contributors[NOR].p_join is 0.6 percent" in w and "did you mean 60 percent" in w


def test_a_share_of_one_percent_or_more_is_not_warned(tmp_path: Path) -> None:
    path = _write(tmp_path, '[force]\nsustainable_share = { value = 30, unit = "percent", assumption = "x (for a test)" }\n')
    assert _new_warnings(path) == []


def test_a_pledge_above_the_nations_armed_forces_is_warned(tmp_path: Path) -> None:
    path = _write(tmp_path, '[[contributors]]\nnation = "EST"\n'
                  'pledge_troops = { value = 500000, unit = "troops", assumption = "x (for a test)" }\n')
    (w,) = _new_warnings(path)
    assert w.startswith(f"{path}:7: contributors[EST].pledge_troops is 500,000 troops, more than EST's whole")
    assert "7,500 troops" in w  # the theatre's nations table (CIA World Factbook)


@pytest.mark.parametrize("value, unit", [(200, "EUR/troop-year"), (5_000_000, "EUR/troop-year"),
                                          (9_999, "EUR/troop-year")])
def test_a_cost_per_troop_year_outside_its_span_is_refused(tmp_path: Path, value: float, unit: str) -> None:
    path = _write(tmp_path, f'[force]\ncost_per_troop_year = {{ value = {value}, unit = "{unit}", assumption = "x (for a test)" }}\n')
    with pytest.raises(ScenarioFieldError, match=r"v.toml:6: force.cost_per_troop_year must be [<>]= "):
        load_scenario(path)


def test_the_shipped_cost_figures_lie_within_the_span(tmp_path: Path) -> None:
    for value in (17_136, 172_500, 417_000):
        path = _write(tmp_path, f'[force]\ncost_per_troop_year = {{ value = {value}, unit = "EUR/troop-year", '
                      'assumption = "x (for a test)" }\n')
        load_scenario(path)


def test_shipped_scenarios_get_no_new_warning() -> None:
    for name in ("europe-2025", "iiss-small", "iiss-medium", "iiss-large", "mnf-u-2026", "no-us-backstop"):
        assert all(w.startswith("participation-reset") for w in load_scenario(name).load_warnings), name


def test_the_limit_and_the_value_are_in_the_same_unit(tmp_path: Path) -> None:
    path = _write(tmp_path, '[force]\ntour = { value = 0, unit = "month", assumption = "x (for a test)" }\n')
    with pytest.raises(ScenarioFieldError, match=r"must be >= 24 h: .*\(got 0 month = 0 h\)$"):
        load_scenario(path)
    path = _write(tmp_path, '[force]\ntour = { value = 0.01, unit = "month", assumption = "x (for a test)" }\n')
    with pytest.raises(ScenarioFieldError, match=r"must be >= 24 h: .*\(got 0.01 month = 7.305 h\)$"):
        load_scenario(path)


def test_a_misspelt_unit_key_is_named(tmp_path: Path) -> None:
    path = _write(tmp_path, '[force]\ntarget_troops = { value = 20000, units = "troops", assumption = "x (for a test)" }\n')
    with pytest.raises(ScenarioFieldError, match=r"needs a `unit` \(got `units`; did you mean `unit`\?\)"):
        load_scenario(path)


def test_a_wrong_unit_for_a_one_unit_dimension_does_not_repeat_itself(tmp_path: Path) -> None:
    path = _write(tmp_path, '[force]\ntarget_troops = { value = 20000, unit = "km", assumption = "x (for a test)" }\n')
    with pytest.raises(ScenarioFieldError) as err:
        load_scenario(path)
    assert "must be in troops (got unit 'km')" in str(err.value)
    assert "troops (troops)" not in str(err.value)
    path = _write(tmp_path, '[force]\ncost_per_troop_year = { value = 2e5, unit = "USD/troop-year", assumption = "x (for a test)" }\n')
    with pytest.raises(ScenarioFieldError, match=r"must be in EUR/troop-year; convert the USD figure to EUR at a sourced exchange rate.* \(got unit 'USD/troop-year'\)"):
        load_scenario(path)


# -- with_overrides ---------------------------------------------------------------------------
@pytest.mark.parametrize("overrides, expected", [
    ({"force.target_troops": -5}, "with_overrides on europe-2025: force.target_troops must be >= 1 troop"),
    ({"us_backstop.isr": "yes"}, "with_overrides on europe-2025: us_backstop.isr must be true or false (got 'yes')"),
    ({"contributors[FRA].pledge_troops": -3}, "contributors[FRA].pledge_troops must be >= 0 troops"),
    ({"force.role_mix.manoeuvre": 0.9}, "(after the override 'force.role_mix.manoeuvre' = 0.9)"),
])
def test_override_errors_name_the_override_not_the_file(overrides: dict, expected: str) -> None:
    plan = reassure.load_scenario("europe-2025")
    with pytest.raises(ScenarioFieldError) as err:
        plan.with_overrides(overrides, assumption="x (for a test)")
    assert expected in str(err.value)
    assert str(plan.file) not in str(err.value)


def test_overrides_accept_nation_keys() -> None:
    plan = reassure.load_scenario("europe-2025")
    by_key = plan.with_overrides({"contributors[FRA].pledge_troops": 9000}, assumption="x (for a test)")
    by_index = plan.with_overrides({"contributors[0].pledge_troops": 9000}, assumption="x (for a test)")
    assert by_key == by_index
    assert by_key.contributors[0].pledge_troops is not None
    assert by_key.contributors[0].pledge_troops.nominal == 9000
    with pytest.raises(ReassureError, match=r"no item \[XYZ\].*items: FRA"):
        plan.with_overrides({"contributors[XYZ].pledge_troops": 1}, assumption="x (for a test)")


@settings(max_examples=10, deadline=None)
@given(st.floats(min_value=0.05, max_value=1.0))
def test_overrides_set_fields_left_to_their_shipped_default(share: float) -> None:
    plan = reassure.load_scenario("europe-2025")
    assert plan.force.sustainable_share is None
    new = plan.with_overrides({"force.sustainable_share": share}, assumption="why (for a test)")
    q = new.force.sustainable_share
    assert q is not None and q.unit == "fraction" and q.nominal == share and q.assumption == "why (for a test)"
    assert "shipped default" in (q.note or "")


def test_a_defaulted_field_takes_the_unit_given() -> None:
    plan = reassure.load_scenario("europe-2025")
    new = plan.with_overrides({"force.cost_per_troop_year": {"value": 150_000, "unit": "EUR/troop-year"}},
                              assumption="x (for a test)")
    q = new.force.cost_per_troop_year
    assert q is not None and q.unit == "EUR/troop-year" and q.nominal == 150_000
    with pytest.raises(ScenarioFieldError, match="force.sustainable_share must be <= 1 fraction; did you mean 0.30"):
        plan.with_overrides({"force.sustainable_share": 30}, assumption="x (for a test)")
