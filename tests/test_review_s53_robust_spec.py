"""Review s53 (robustness), the scenario side: `with_overrides` refuses a path into a quantity's
parts (1), meaningless or invisible reasons and control characters in reasons, titles and notes
(2), `name` and `file` (3), a broken list path and a negative index (6); an experiment file with
`scenarios = []` is told what to write (7)."""

from __future__ import annotations

from pathlib import Path

import pytest

import reassure
from reassure.errors import ReassureError

WHY = "a tester's robustness check of overrides"


@pytest.fixture(scope="module")
def plan() -> reassure.Scenario:
    return reassure.load_scenario("europe-2025")


# -- 1: a path into a quantity's parts is refused, as the web editor refuses it ---------------------
@pytest.mark.parametrize(("path", "value", "quantity"), [
    ("force.target_troops.high", 90000, "force.target_troops"),
    ("force.tour.value", 5, "force.tour"),
    ("force.tour.unit", "week", "force.tour"),
    ("force.tour.source", ["seed-000"], "force.tour"),
    ("force.tour.note", "hello", "force.tour"),
    ("contributors[FRA].pledge_troops.low", 1, "contributors[FRA].pledge_troops"),
    ("contributors[0].pledge_troops.unit", "km", "contributors[0].pledge_troops"),
    ("force.sustainable_share.value", 0.3, "force.sustainable_share"),  # a shipped default's
])
def test_a_part_of_a_quantity_is_not_a_parameter(plan: reassure.Scenario, path: str, value: object,
                                                  quantity: str) -> None:
    with pytest.raises(ReassureError) as caught:
        plan.with_overrides({path: value}, assumption=WHY)
    said = str(caught.value)
    assert f"{path!r} is not an editable parameter; did you mean {quantity!r}?" in said, said
    assert "Traceback" not in said


def test_the_whole_quantity_still_takes_the_calls_reason(plan: reassure.Scenario) -> None:
    changed = plan.with_overrides({"force.target_troops": (25000, 90000)}, assumption=WHY)
    q = changed.force.target_troops
    assert (q.low, q.high, q.source, q.assumption) == (25000, 90000, (), WHY)


def test_the_web_editor_words_the_rule_the_same_way() -> None:
    from reassure.spec._paths import quantity_part_fault

    assert quantity_part_fault("force.tour", "force.tour.value").startswith(
        "not an editable parameter; did you mean 'force.tour'?")


# -- 2: a reason says something, in plain text ------------------------------------------------------
@pytest.mark.parametrize(("reason", "said"), [
    ("\x00" * 12, "holds a control character, U+0000, at character 1"),
    ("." * 12, "says no words"),
    ("\u200b" * 12, "holds an invisible character, U+200B (zero width space)"),
    ("why: \u202eevil text here", "U+202E (right-to-left override)"),
    ("............ab", "says no words"),
])
def test_a_reason_must_be_visible_words(plan: reassure.Scenario, reason: str, said: str) -> None:
    with pytest.raises(ReassureError) as caught:
        plan.with_overrides({"force.tour": 5}, assumption=reason)
    assert said in str(caught.value), str(caught.value)


def test_a_short_real_reason_still_passes(plan: reassure.Scenario) -> None:
    assert plan.with_overrides({"force.tour": 5}, assumption="a guess only").force.tour.assumption == "a guess only"
    # a joiner is how some scripts and emoji are written: not refused
    assert plan.with_overrides({"force.tour": 6}, assumption="मित्र\u200dराष्ट्र reason here").force.tour.value == 6


def test_control_characters_in_a_note_or_a_quantitys_reason_are_refused() -> None:
    from reassure.spec import Quantity

    with pytest.raises(ReassureError, match="note holds a control character"):
        Quantity(value=2, unit="month", assumption="a guess only", note="x\x00y")
    with pytest.raises(ReassureError, match="says no words"):
        reassure.load_scenario("europe-2025").with_overrides(
            {"force.tour": {"value": 5, "unit": "month", "assumption": "." * 14}}, assumption=WHY)


def test_a_scenario_files_title_with_a_control_character_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad-title.toml"
    path.write_text('schema = 1\nextends = "europe-2025"\ntitle = "bad\\u0007title"\n', encoding="utf-8")
    with pytest.raises(ReassureError) as caught:
        reassure.load_scenario(path)
    assert "title holds a control character, U+0007" in str(caught.value), str(caught.value)


def test_the_web_editor_refuses_an_invisible_reason(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from reassure.present.web.app import create_app

    token = "test-token-0123456789abcdef"
    app = create_app(tmp_path / "plans", token, workdir=tmp_path / "work")
    with TestClient(app) as client:
        client.cookies.set("reassure_token", token)
        for reason in ("\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000b\u000c\u000e", "." * 12):
            r = client.post("/api/scenarios/europe-2025/variants", json={
                "name": "w2", "changes": [{"path": "force.tour", "value": 5, "assumption": reason}]})
            assert r.status_code == 422, r.text
    assert not (tmp_path / "plans" / "w2.toml").exists()


# -- 3: name and file stay the file's ------------------------------------------------------------
@pytest.mark.parametrize("path", ["name", "file", "schema", "extends"])
def test_where_a_plan_comes_from_is_not_overridden(plan: reassure.Scenario, path: str) -> None:
    for value in ("../../etc", "", "no-us-backstop"):
        with pytest.raises(ReassureError, match=f"'{path}' cannot be overridden"):
            plan.with_overrides({path: value}, assumption=WHY)


# -- 6: a broken list path, a negative index -------------------------------------------------------
@pytest.mark.parametrize("path", ["contributors[", "contributors]", "force..tour", "force.tour["])
def test_a_broken_path_is_said_to_be_one(plan: reassure.Scenario, path: str) -> None:
    with pytest.raises(ReassureError, match=r"is not a dotted path such as"):
        plan.with_overrides({path: 5}, assumption=WHY)


def test_a_list_or_table_named_instead_of_a_value(plan: reassure.Scenario) -> None:
    with pytest.raises(ReassureError, match=r"'contributors' names a list, not a value.*'contributors\[FRA\]\."):
        plan.with_overrides({"contributors": 5}, assumption=WHY)
    with pytest.raises(ReassureError, match=r"'contributors\[0\]' names a table, not a value"):
        plan.with_overrides({"contributors[0]": 5}, assumption=WHY)


def test_a_negative_index_is_refused_as_the_web_and_explore_refuse_it(plan: reassure.Scenario) -> None:
    with pytest.raises(ReassureError) as caught:
        plan.with_overrides({"contributors[-1].p_join": 0.5}, assumption=WHY)
    assert "no item [-1] in contributors (items count from 0" in str(caught.value), str(caught.value)
    assert plan.with_overrides({"contributors[0].p_join": 0.5}, assumption=WHY).contributors[0].p_join.value == 0.5


# -- 7: an experiment file without scenarios ---------------------------------------------------
def test_an_empty_scenarios_list_is_told_what_to_write(tmp_path: Path) -> None:
    from reassure.spec.experiment import load_experiment

    path = tmp_path / "noscen.toml"
    path.write_text('schema = 1\nname = "n"\ntitle = "t"\nscenarios = []\nseed = 5\n'
                    'outcomes = ["force.p_target_met_pct"]\n[design]\nkind = "lhs"\nsamples = 1\n')
    with pytest.raises(ReassureError) as caught:
        load_experiment(path)
    said = str(caught.value)
    assert 'noscen.toml:4: scenarios must name at least one base scenario, e.g. scenarios = ["europe-2025"]' in said
    assert "Tuple" not in said and "after validation" not in said


def test_a_mistyped_override_path_is_suggested_whole() -> None:
    """(review s53, a newcomer) "did you mean 'target_troops'?" gave the last step alone, not the
    path to type."""
    import reassure
    from reassure.errors import ReassureError

    plan = reassure.load_scenario("europe-2025")
    with pytest.raises(ReassureError, match=r"did you mean 'force\.target_troops'\?"):
        plan.with_overrides({"force.target_tropos": 20000}, assumption="a test of the typo message")
    with pytest.raises(ReassureError, match=r"no 'forc'; did you mean 'force'\?"):
        plan.with_overrides({"forc.target_troops": 20000}, assumption="a test of the typo message")
