"""Review s51 (a parliamentary researcher): the sensitivity pass tested the chance of the target's
high end, which is 0% by construction when even the best case falls short of it, and its chart
then listed every swing as "not moved by", which reads as robustness. The pass now also swings
the chance of the low end (the chance the headline gives), and a chance fixed by construction
says so."""

from __future__ import annotations

import pytest

from reassure import assess
from reassure.run.sensitivity import INCIDENT_RUNS, run_sensitivity
from reassure.spec import load_scenario


@pytest.fixture(scope="module")
def europe_charts():  # type: ignore[no-untyped-def]
    return {c.id: c for c in run_sensitivity(load_scenario("europe-2025"))}


def test_the_low_end_chance_is_swung_and_is_the_reports_figure(europe_charts) -> None:  # type: ignore[no-untyped-def]
    chart = europe_charts["tornado-p_target_low_met"]
    figure = next(f for s in assess(load_scenario("europe-2025"), runs=2, sensitivity=False).sections
                  for f in s.figures if f.key == "p_target_low_met_pct")
    assert chart.base == pytest.approx(figure.with_us, abs=0.01)
    swings = dict(zip(chart.labels, zip(chart.series["low"], chart.series["high"], strict=True), strict=True))
    lo, hi = swings["uncertain nations' chance of joining x0.5 / x1.5"]
    assert lo < chart.base < hi  # who joins moves the low end's chance, both ways
    assert chart.note == ""


def test_a_chance_fixed_by_construction_says_so(europe_charts) -> None:  # type: ignore[no-untyped-def]
    chart = europe_charts["tornado-p_target_met"]
    assert chart.base == 0.0
    assert chart.note.startswith("0% by construction, not an estimate")
    assert not chart.note.endswith("none of the swings here raises it that far")  # the interval does
    assert "28,264" in chart.note and "30,000" in chart.note  # the best case and the target
    without = europe_charts["tornado-p_target_low_met_without_us"]
    assert without.base == 0.0 and "14,224" in without.note and "25,000" in without.note
    assert without.note.endswith("and none of the swings here raises it that far")


def test_a_plan_with_one_target_has_no_low_end_chart() -> None:
    scenario = load_scenario("europe-2025")
    target = scenario.force.target_troops
    one = scenario.with_overrides({"force.target_troops": {"value": target.low, "unit": "troops"}},
                                  assumption="one target, for the test")
    ids = {c.id for c in run_sensitivity(one)}
    assert "tornado-p_target_met" in ids
    assert not {i for i in ids if i.startswith("tornado-p_target_low")}


# --- the incidents headline is swung too (review s51, finding 1) --------------------------------

@pytest.fixture(scope="module")
def europe_assessed():  # type: ignore[no-untyped-def]
    return assess(load_scenario("europe-2025"), runs=4)


def test_the_incidents_headline_has_its_swings(europe_assessed) -> None:  # type: ignore[no-untyped-def]
    charts = {c.id: c for c in europe_assessed.extra_charts}
    chart = charts["tornado-incidents_within_threshold"]
    swings = dict(zip(chart.labels, zip(chart.series["low"], chart.series["high"], strict=True), strict=True))
    assert set(swings) == {"rate of incursions x0.1 / x2", "response threshold x0.5 / x2"}
    fewer, more = swings["rate of incursions x0.1 / x2"]
    assert fewer > chart.base > more  # fewer calls, less queueing: more of them reached in time
    shorter, longer = swings["response threshold x0.5 / x2"]
    assert shorter <= chart.base <= longer
    assert "tornado-incidents_within_threshold_without_us" in charts
    # the runs said as they are: this run's 4 replications, fewer than INCIDENT_RUNS
    assert chart.note.startswith("each swing, and the chart's own value as planned, reruns the "
                                 "incidents with 4 replications, as the report's figure does")


def test_the_incident_swings_run_at_most_their_own_count() -> None:
    chart = next(c for c in run_sensitivity(load_scenario("europe-2025"), main_runs=100)
                 if c.id == "tornado-incidents_within_threshold")
    assert f"with {INCIDENT_RUNS} replications (the report's figure: 100)" in chart.note


def test_the_swings_leave_the_main_figures_as_they_are(europe_assessed) -> None:  # type: ignore[no-untyped-def]
    plain = assess(load_scenario("europe-2025"), runs=4, sensitivity=False)
    assert [s.to_dict() for s in plain.sections] == [s.to_dict() for s in europe_assessed.sections]
    assert plain.verdicts == europe_assessed.verdicts


def test_the_incident_swings_do_not_depend_on_the_worker_count(europe_assessed) -> None:  # type: ignore[no-untyped-def]
    two = assess(load_scenario("europe-2025"), runs=4, workers=2)
    one = {c.id: c for c in europe_assessed.extra_charts if "incidents" in c.id}
    other = {c.id: c for c in two.extra_charts if "incidents" in c.id}
    assert one.keys() == other.keys() and len(one) == 2
    for key, chart in one.items():
        assert (chart.base, chart.series) == (other[key].base, other[key].series)


def test_no_incident_swings_without_sensitivity() -> None:
    plain = assess(load_scenario("europe-2025"), runs=2, sensitivity=False)
    assert not [c for c in plain.extra_charts if "incidents" in c.id]
