"""Review s44 #5: each sensitivity chart is run with and without the US backstop, as every
figure is (before: the chance the target is fielded and the response time with the US backstop
only, the deployed strength without it only)."""

from __future__ import annotations

from reassure.run.sensitivity import TWINS, run_sensitivity
from reassure.spec import load_scenario


def _titles(name: str) -> dict[str, str]:
    return {c.id: c.title for c in run_sensitivity(load_scenario(name))}


def test_each_metric_is_charted_both_ways() -> None:
    titles = _titles("europe-2025")
    assert set(titles) == {f"tornado-{k}" for k in (*TWINS, *TWINS.values())}
    for twin, of in TWINS.items():
        a, b = titles[f"tornado-{twin}"], titles[f"tornado-{of}"]
        assert ("without the US backstop" in a) != ("without the US backstop" in b), (a, b)
        assert "with US backstop" in a + b


def test_the_without_us_chart_is_its_own_run() -> None:
    charts = {c.id: c for c in run_sensitivity(load_scenario("europe-2025"))}
    # europe-2025 fields 28,264 troops at best with the US backstop, 14,224 without (force table)
    assert round(charts["tornado-deployed_as_planned"].base) == 28264
    assert round(charts["tornado-deployed_without_us"].base) == 14224


def test_a_plan_with_no_us_backstop_draws_each_chart_once() -> None:
    titles = _titles("no-us-backstop")
    # (review s51: five metrics, the low end of the target range and the incidents headline among
    # them)
    assert len(titles) == 5 and not any(t.removeprefix("tornado-") in TWINS for t in titles)
