"""s13 review 11, `compare`: the covered-share row names the sites left out of its denominator
only for the plans that leave them out (a plan that does not protect Zaporizhzhia NPP is not
told it was excluded), and a plan not asked whether the line is watched along a planned share
(no ``monitoring.sizing.share``) has its n/a explained in words."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from reassure.present.compare import comparison_rows, print_comparison
from reassure.run.results import Figure, SectionResult, Verdict
from reassure.run.section_monitoring import SHARE_NOT_SET, SHARE_QUESTION
from reassure.run.section_posture import covered_label

ZNPP = {"id": "znpp", "name": "Zaporizhzhia NPP (Enerhodar)", "weight": 5700.0,
        "reason": "held by Russia and shut down (theatre status shut-down-occupied)"}


def _plan(name: str, not_protected: list[dict[str, Any]], share: bool) -> Any:
    """A plan as `compare` reads it: the covered share labelled as its own report labels it,
    and the planned-share verdict only when the plan sets a share."""
    from reassure.run.section_posture import excluded_sites

    covered = Figure("covered_weight_percent", covered_label(excluded_sites(not_protected)), 89.4, 78.7, "%",
                     digits=1)
    side = {"not_protected": not_protected}
    verdicts = (Verdict(SHARE_QUESTION, False, False, "percent satisfied ..."),) if share else ()
    sections = (SectionResult("posture", "Posture", figures=(covered,),
                              data={"with_us": side, "without_us": side}),
                SectionResult("monitoring", "Monitoring", verdicts=verdicts))
    return SimpleNamespace(scenario=SimpleNamespace(name=name, us_backstop=SimpleNamespace(any=True)),
                           sections=sections, verdicts=verdicts)


def _row(rows: list[dict[str, Any]], key: str) -> dict[str, Any]:
    return next(r for r in rows if r["key"] == key)


def test_the_exclusion_is_named_only_for_the_plans_it_applies_to() -> None:
    rows = comparison_rows([_plan("europe-2025", [ZNPP], True), _plan("tripwire", [], False)])
    label = _row(rows, "posture.covered_weight_percent")["label"]
    assert label == ("Weight of protectable sites covered (excluded: occupied Zaporizhzhia NPP (Enerhodar) in "
                     "europe-2025; no site in tripwire; in every plan, sites on the line or destroyed)")


def test_plans_that_leave_out_the_same_sites_keep_their_own_label() -> None:
    for excluded in ([ZNPP], []):
        rows = comparison_rows([_plan("a", excluded, True), _plan("b", excluded, True)])
        label = _row(rows, "posture.covered_weight_percent")["label"]
        assert label == covered_label(["occupied Zaporizhzhia NPP (Enerhodar)"] if excluded else [])
    # a weightless site (``weight = 0``: not protected in this variant) is not an exclusion
    rows = comparison_rows([_plan("a", [], True), _plan("b", [dict(ZNPP, weight=0.0)], True)])
    assert "Zaporizhzhia" not in _row(rows, "posture.covered_weight_percent")["label"]


def test_the_plans_named_are_the_compare_columns() -> None:
    rows = comparison_rows([_plan("x", [ZNPP], True), _plan("x", [], True)], ["x", "x (2)"])
    assert "in x; no site in x (2);" in _row(rows, "posture.covered_weight_percent")["label"]


@pytest.mark.parametrize("columns", ["80", "250"])  # the key-figures list, the side-by-side table
def test_a_plan_not_asked_the_planned_share_says_why(columns: str, capsys: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    rows = comparison_rows([_plan("europe-2025", [ZNPP], True), _plan("tripwire", [], False)])
    row = _row(rows, f"verdict:{SHARE_QUESTION}")
    assert row["values"] == [False, None] and row["notes"] == [None, SHARE_NOT_SET]
    assert "monitoring.sizing.share is not set" in SHARE_NOT_SET
    print_comparison(["europe-2025", "tripwire"], rows, 2)
    out = " ".join(capsys.readouterr().out.split())
    assert SHARE_NOT_SET in out and out.count(SHARE_NOT_SET) == 1
    # every plan asked: no note
    rows = comparison_rows([_plan("a", [], True), _plan("b", [], True)])
    assert "notes" not in _row(rows, f"verdict:{SHARE_QUESTION}")
