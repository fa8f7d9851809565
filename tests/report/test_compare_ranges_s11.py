"""`reassure compare` writes a range figure as its plan's own report does, ``low–high``, not only
its high end (review s11: "Cost over the horizon, low-high" read "EUR 184 billion" in the
comparison and "EUR 101–184 billion" in the plan's report)."""

from __future__ import annotations

import csv
import io
import re
from types import SimpleNamespace
from typing import Any

from reassure.present.compare import cell_text, compare_csv, compare_html, comparison_rows
from reassure.present.report import figure_text
from reassure.run.results import Figure, SectionResult

PLANS = ["a", "b"]


def _plan(name: str, low: float, high: float) -> Any:
    cost = Figure("cost_over_horizon_high_eur_bn", "Cost over the horizon, low-high", high, high * 0.6,
                  "EUR billion", digits=0, low_with_us=low, low_without_us=low * 0.6)
    point = Figure("garrisons", "Garrisons", 4, 3, "garrisons")
    sections = (SectionResult("force", "Force", figures=(cost, point)),)
    return SimpleNamespace(scenario=SimpleNamespace(name=name, us_backstop=SimpleNamespace(any=True)),
                           sections=sections, verdicts=())


ASSESSMENTS = [_plan("a", 101.21, 183.92), _plan("b", 101.21, 190.0)]


def _row(key: str) -> dict[str, Any]:
    return next(r for r in comparison_rows(ASSESSMENTS) if r["key"] == key)


def test_a_range_cell_reads_as_the_plans_own_report() -> None:
    row = _row("force.cost_over_horizon_high_eur_bn")
    fig = ASSESSMENTS[0].sections[0].figures[0]
    assert cell_text(row, 0) == figure_text(fig, "with_us") == "EUR 101–184 billion"
    assert cell_text(row, 0, "without_us") == figure_text(fig, "without_us")
    assert cell_text(_row("force.garrisons"), 0) == "4 garrisons"


def test_the_html_and_csv_carry_both_ends() -> None:
    rows = comparison_rows(ASSESSMENTS)
    html = compare_html(PLANS, PLANS, rows)
    assert "EUR 101–184 billion" in html and "EUR 101–190 billion" in html
    table = {r["key"]: r for r in csv.DictReader(io.StringIO(compare_csv(PLANS, rows)))}
    cost = table["force.cost_over_horizon_high_eur_bn"]
    assert float(cost["a"]) == 184 and re.fullmatch(r"101(\.\d+)?", cost["a_range_low"])
    assert table["force.garrisons"]["a_range_low"] == ""


def test_plans_differing_only_in_the_low_end_are_marked_different() -> None:
    one, two = _plan("a", 90.0, 183.92), _plan("b", 101.21, 183.92)
    row = next(r for r in comparison_rows([one, two]) if r["key"] == "force.cost_over_horizon_high_eur_bn")
    assert row["differs"] == [False, True]
