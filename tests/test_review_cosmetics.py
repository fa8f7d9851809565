"""Cosmetics from the web review: an interval's ends written with no more decimals than the value
beside them ("100% (100–100)", not "100% (100.0–100)"); a bound of one counted thing in the singular ("must be >= 1
troop"); and no "check the unit" for a value cut to zero, which is zero in any unit."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from reassure.run.results import Figure, SectionResult


def _share(value: float, ci: tuple[float, float], alone: float = 50.0,
           ci_alone: tuple[float, float] = (40.0, 60.0)) -> Figure:
    return Figure("answered_pct", "Calls answered", value, alone, "%", digits=1,
                  ci_with_us=ci, ci_without_us=ci_alone)


@pytest.mark.parametrize(("value", "ci", "text"), [
    (100.0, (99.98, 100.0), "100% (100–100)"),  # the review's cell: "100% (100.0–100)"
    (99.5, (98.7, 100.0), "99.5% (98.7–100)"),  # tenths where the value has them, 3 figures at most
    (1290.0, (993.0, 1590.0), "1,290% (993–1,590)"),  # an end is never rounded further than 3 figures
    (13.453, (11.328, 15.579), "13.5% (11.3–15.6)"),  # as before
    (105.2, (98.74, 111.6), "105% (99–112)"),
])
def test_an_intervals_ends_are_written_as_its_value_is(value: float, ci: tuple[float, float], text: str) -> None:
    from reassure.present.compare import cell_text, comparison_rows
    from reassure.present.report import figure_text

    f = _share(value, ci)
    assert figure_text(f, "with_us", ci_words=False) == text
    assert figure_text(f, "with_us") == text.replace(" (", " (95% CI ")
    plan = SimpleNamespace(scenario=SimpleNamespace(name="p", us_backstop=SimpleNamespace(any=True)), verdicts=(),
                           sections=(SectionResult("sim", "Monte Carlo", figures=(f,)),))
    row = next(r for r in comparison_rows([plan, plan]) if r["key"] == "sim.answered_pct")
    assert cell_text(row, 0) == text


def test_a_footnoted_number_writes_its_interval_as_its_value() -> None:
    from reassure.present.report import Footnotes

    notes: Any = Footnotes.__new__(Footnotes)
    notes.mark = lambda refs, label="": 1  # the footnote's number is not what is tested
    html = notes.num(100.0, ("x",), "%", 1, ci=(99.98, 100.0))
    assert ">100% (95% CI 100–100)<" in html


def test_a_bound_of_one_counted_thing_is_singular() -> None:
    from reassure.spec._bounds import bound_text, one_bound
    from reassure.spec.units import amount

    assert amount("1", "troops") == "1 troop"
    assert amount("0", "troops") == "0 troops"
    assert amount("1", "h") == "1 h"
    assert amount("1", "aircraft") == "1 aircraft"
    assert bound_text(1, "troops") == "1 troop"
    assert bound_text(10, "troops") == "10 troops"
    assert one_bound("force.target_troops", "must be >= 0 troops (got -5 troops)") == (
        "must be >= 1 troop: a force needs at least one troop (got -5 troops)")
    # a field's own bound of one thing, restated by a stricter span, is plural again
    assert one_bound("posture.garrison_troops", "must be >= 1 troop (got 0 troops)").startswith(
        "must be >= 10 troops: a garrison of 10 to 100,000 troops")


def test_the_scenario_check_says_one_troop() -> None:
    import reassure
    from reassure.errors import ScenarioFieldError

    with pytest.raises(ScenarioFieldError) as caught:
        reassure.load_scenario("europe-2025").with_overrides({"force.target_troops": 0}, assumption="x (for a test)")
    assert "force.target_troops must be >= 1 troop: a force needs at least one troop (got 0 troops)" in str(caught.value)
    assert "1 troops" not in str(caught.value)


def test_a_value_cut_to_zero_is_not_told_to_check_its_unit() -> None:
    from reassure.present.web.app import jump_warning

    threshold = {"path": "incidents.response_threshold", "unit": "h", "value": 1.0, "low": 1.0, "high": 1.0}
    assert jump_warning(threshold, {"value": 0, "unit": "h"}) == (
        "incidents.response_threshold: was 1 h, now 0 h: down to zero — check the number")
    # a nonzero value may still be in the wrong unit: up from zero, or 30 times larger
    zero = {**threshold, "value": 0.0, "low": 0.0, "high": 0.0}
    assert jump_warning(zero, {"value": 30, "unit": "h"}) == (
        "incidents.response_threshold: was 0 h, now 30 h: up from zero — check the unit")
    assert jump_warning(threshold, {"value": 30, "unit": "h"}).endswith("30 times larger — check the unit")
