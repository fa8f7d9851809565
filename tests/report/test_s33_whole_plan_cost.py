"""Review s33: the report's "What it costs" gave the troops' cost alone, "(enablers not costed)",
for a plan whose cost section totals troops, land enablers, air and maritime (mnf-u-2026: EUR
3.3-4.1 billion for the troops, EUR 6.1-7.5 billion a year for the plan). A researcher quoting the
key numbers quoted half the bill. The plan's yearly total now leads, with what it counts; the
troops follow as a part of it. A plan without a total reads as before."""

from __future__ import annotations

from typing import Any

from reassure.present.story import key_numbers
from reassure.run.results import Figure, SectionResult, Setting


def _num(value: Any, refs: Any, unit: str = "", digits: int = 0, **_: Any) -> str:
    return f"{value:.{digits}f} {unit}".strip()


FORCE = SectionResult("force", "Force", figures=(
    Figure("cost_per_year_low_eur_bn", "Cost low", 3.29, 2.88, "EUR billion/year", digits=2),
    Figure("cost_per_year_high_eur_bn", "Cost high", 4.12, 3.63, "EUR billion/year", digits=2),
))
COUNTS = Setting("what it counts", "troops, land enablers (air-defence), air, maritime")
COSTS = SectionResult("costs", "Cost of the whole plan", figures=(
    Figure("total_per_year_low_eur_m", "Operating cost of the plan a year, low (troops, land enablers, air, maritime)",
           6120.0, 5870.0, "EUR million/year", digits=1, setting=COUNTS),
    Figure("total_per_year_high_eur_m", "Operating cost of the plan a year, high (troops, land enablers, air, maritime)",
           7460.0, 7310.0, "EUR million/year", digits=1, setting=COUNTS),
))


def test_the_whole_plans_yearly_cost_leads_and_the_troops_are_part_of_it() -> None:
    text = key_numbers(None, [FORCE, COSTS], _num, "as planned")
    total = ("EUR 6.1–7.5 billion a year for the whole plan (troops, land enablers (air-defence), air, maritime) "
             "as planned; EUR 5.9–7.3 billion without the US.")
    assert total in text
    assert "Of it, the troops deployed in the best case: EUR 3.3–4.1 billion a year as planned; " \
           "EUR 2.9–3.6 billion without the US" in text
    assert text.index(total) < text.index("EUR 3.3")
    # the total counts land enablers: the troops' "(enablers not costed)" would contradict it
    assert "enablers not costed" not in text


def test_a_plan_without_a_total_keeps_the_troops_cost_alone() -> None:
    text = key_numbers(None, [FORCE], _num, "as planned")
    assert "For the troops deployed in the best case (enablers not costed), EUR 3.3–4.1 billion a year" in text
    assert "whole plan" not in text


def _force(best_with: float, best_without: float) -> SectionResult:
    return SectionResult("force", "Force", figures=(
        Figure("deployed_total", "Best case", best_with, best_without, "troops"),
        Figure("cost_per_year_low_eur_bn", "Cost low", 1.71, 1.74, "EUR billion/year", digits=2),
        Figure("cost_per_year_high_eur_bn", "Cost high", 2.20, 2.30, "EUR billion/year", digits=2),
    ))


def test_fewer_troops_is_said_only_where_fewer_are_fielded() -> None:
    """Review s33: iiss-small fields its 10,000 troops with and without the US, yet its cost
    without the US read "which fields fewer troops" (beside a higher cost)."""
    same = key_numbers(None, [_force(10_000, 10_000)], _num, "as planned")
    assert "fewer troops" not in same
    assert "EUR 1.7–2.3 billion without the US, which fields as many troops from a different mix of nations." in same
    fewer = key_numbers(None, [_force(28_264, 14_224)], _num, "as planned")
    assert "without the US, which fields fewer troops." in fewer
