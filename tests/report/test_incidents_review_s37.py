"""Review s37 (a journalist and a scenario author) on the incidents and response figures: what "a
unit on scene" counts, times that sit at the allowed wait, what the intervals are, labels built
from the plan, the horizon default, the footnotes of the response times and the target's range.
The numbers do not change: labels, notes and footnotes do."""

from __future__ import annotations

import copy
import re
from types import SimpleNamespace
from typing import Any

import pytest

from reassure.present.report import figure_text
from reassure.present.story import headline, key_numbers
from reassure.run.results import Figure, SectionResult
from reassure.run.section_incidents import (
    FIGHTER_COUNTS,
    SET_BY_MAX_WAIT,
    UNIT_ON_SCENE,
    horizon_default_note,
    incidents_section,
    per_day_label,
    regime_shares,
)
from reassure.spec import load_scenario


@pytest.fixture(scope="module")
def europe() -> tuple[Any, dict[str, Any]]:
    from reassure.run.pipeline import run_capability

    scn = load_scenario("europe-2025").with_overrides(  # (s54) the rule these labels are about
        {"incidents.dispatch": "first_come"},
        assumption="s54: the first-come-first-served dispatch these figures and words are about")
    return scn, run_capability("incidents", scn, runs=10).to_dict()


def _section(scn: Any, r: dict[str, Any], **kw: Any) -> SectionResult:
    return incidents_section(scn, {"runs": 10, "seed": scn.seed}, r, **kw)


def _fig(section: SectionResult, key: str) -> Figure:
    return next(f for f in section.figures if f.key == key)


def _num(value: Any, refs: Any, unit: str = "", digits: int = 0, **_: Any) -> str:
    return f"{value:,.{max(digits, 0)}f} {unit}".strip()


# -- 1: "a unit on scene" counts a fighter pass overhead ----------------------------------------
def test_a_unit_on_scene_says_a_fighter_pass_counts(europe: tuple[Any, dict[str, Any]]) -> None:
    scn, r = europe
    section = _section(scn, r)
    for key in ("within_threshold_incidents_pct", "within_threshold_pct"):
        assert UNIT_ON_SCENE in _fig(section, key).label
        assert "a unit on scene (a fighter pass overhead counts)" in _fig(section, key).label
    assert UNIT_ON_SCENE in next(c.title for c in section.charts if c.id == "sector-within")
    why = next(v.detail for v in section.verdicts if v.question.startswith("Are more than half of all incidents needing a unit reached"))
    assert f"first unit ({FIGHTER_COUNTS}) is on scene" in why
    within = SectionResult("incidents", "Incidents", figures=(
        Figure("within_threshold_incidents_pct", "all", 13.5, 3.8, "%", digits=1),))
    posture = SectionResult("posture", "Posture", figures=(Figure("fastest_response_min_rivne-npp", "Rivne", 33.3, 33.3, "min"),))
    assert "a unit (a fighter pass overhead counts) is on scene within" in headline(None, [within, posture], _num, True)


def test_the_plants_verdict_reads_the_ground_units_and_helicopters() -> None:
    from reassure.run.capabilities import registry
    from reassure.run.capability import Context
    from reassure.run.pipeline import run_capabilities
    from reassure.run.section_posture import PLANTS_WITHIN_QUESTION

    scn = load_scenario("europe-2025")
    caps = registry(runs=2, draws=300)
    done = run_capabilities(scn, caps, ["response"])
    section = caps["response"].section(done["response"], Context(scn, {}, done))
    why = next(v.detail for v in section.verdicts if v.question == PLANTS_WITHIN_QUESTION)
    # (review s49: the question counts no fighter pass, so its reason names none)
    assert "slowest operating plant for a ground unit or helicopter to reach" in why and "fighter" not in why

    # -- 8: each response time cites what times it, not the force generation's statements
    south = next(f for f in section.figures if f.key == "fastest_response_min_south-ukraine-npp")
    assert "air.bases[0].readiness" in south.refs and "air.bases[1].readiness" in south.refs  # EPRZ, LRCK
    assert "us_backstop.air_support" in south.refs  # the US F-16s are first with the US backstop
    assert any(ref.startswith("data:aircraft:") for ref in south.refs)  # cruise speed, combat radius
    assert any(ref.startswith("theatre:") for ref in south.refs)  # where the base and the plant are
    # the fastest of the modes reads each mode's unit there (the QRF's too), never the force's
    assert "posture.qrf_readiness" in south.refs
    assert not [ref for ref in south.refs if ref.startswith(("force", "contributors"))], south.refs
    verdict = next(v for v in section.verdicts if v.question == PLANTS_WITHIN_QUESTION)
    assert "incidents.response_threshold" in verdict.refs and "posture.qrf_readiness" in verdict.refs
    assert not [ref for ref in verdict.refs if ref.startswith("air.bases")], verdict.refs  # no fighter base
    assert not [ref for ref in verdict.refs if ref.startswith(("force", "contributors"))]
    from reassure.present.report import Footnotes

    notes = Footnotes(scn)
    sources, assumptions = notes._resolve(south.refs)
    assert len(sources) + len(assumptions) < 30, (sources, assumptions)  # 80 before; every mode there, 24


def test_the_ground_units_time_cites_the_ground_units_inputs() -> None:
    from reassure.run.capabilities import registry
    from reassure.run.capability import Context
    from reassure.run.pipeline import run_capabilities

    scn = load_scenario("europe-2025")
    caps = registry(runs=2, draws=300)
    done = run_capabilities(scn, caps, ["response"])
    posture = caps["response"].section(done["response"], Context(scn, {}, done))
    within = SectionResult("incidents", "Incidents", figures=(
        Figure("within_threshold_incidents_pct", "all", 13.5, 3.8, "%", digits=1),))
    cited: dict[str, tuple[str, ...]] = {}

    def num(value: Any, refs: Any, unit: str = "", digits: int = 0, **kw: Any) -> str:
        cited[str(kw.get("label", ""))] = tuple(refs)
        return _num(value, refs, unit, digits)

    text = headline(scn, [within, posture], num, True)
    assert "and a ground unit within 1.0 h of notice" in text
    ground = next(refs for label, refs in cited.items() if label.startswith("Ground unit's travel"))
    assert {"posture.qrf_readiness", "posture.qrf_speed", "posture.detour_factor"} <= set(ground)
    assert not [ref for ref in ground if ref.startswith(("air", "force", "contributors", "us_backstop"))], ground


# -- 2: a time that sits at the allowed wait is said to be set by it -----------------------------
def test_a_median_at_the_max_wait_is_said_to_be_set_by_it(europe: tuple[Any, dict[str, Any]]) -> None:
    scn, r = europe
    r = copy.deepcopy(r)
    assert r["inputs"]["max_wait_h"] == 12.0
    r["report_to_scene_h"]["p50"]["value"] = 11.8  # with the US backstop: at the 12 h wait
    r["without_us"]["report_to_scene_h"]["p50"]["value"] = 6.0
    section = _section(scn, r)
    fig = _fig(section, "report_to_scene_h_p50")
    assert "set by incidents.max_wait (12 h, an assumption of the plan) with the US backstop: calls queue until " \
           "escalated" in fig.label
    assert SET_BY_MAX_WAIT.split(":")[0] in fig.label
    assert "set by" not in fig.common_label  # compare heads every plan's row without it
    assert fig.with_us == 11.8 and fig.without_us == 6.0  # the numbers stay
    r["report_to_scene_h"]["p50"]["value"] = 7.0
    r["escalated_fraction"]["value"] = r["without_us"]["escalated_fraction"]["value"] = 0.2
    assert "set by" not in _fig(_section(scn, r), "report_to_scene_h_p50").label


def _incidents_data(p50: float, p50_alone: float | None, report: float, report_alone: float) -> SectionResult:
    side = {"inputs": {"max_wait_h": 12.0}, "escalated_fraction": {"value": 0.25}}
    return SectionResult("incidents", "Incidents", figures=(
        Figure("incident_respond_h_p50", "Start to first unit on scene, median", p50, p50_alone, "h", digits=1),
        Figure("report_to_scene_h_p50", "Report to scene, median", report, report_alone, "h", digits=1),
        Figure("detected_pct", "detected", 47.0, 16.0, "%", digits=1),
    ), data={"with_us": side, "without_us": {"escalated_fraction": {"value": 0.05}}})


def test_the_key_numbers_give_a_median_at_the_max_wait_as_the_setting_not_a_finding() -> None:
    text = key_numbers(None, [_incidents_data(13.0, None, 12.1, 1.2)], _num, "with US backstop")
    assert "a typical incident needing a response is reached after" not in text
    assert ("the median time to reach an incident needing a response, 13.0 h (of all such incidents with the US "
            "backstop), is set by the 12 h a call may wait before it is escalated (the plan's max wait), not found "
            "by the model: calls queue until they are escalated") in text
    assert "until they are escalated: that median is set by the same max wait, not measured" in text
    # far from the wait: a finding as before
    text = key_numbers(None, [_incidents_data(5.0, 6.9, 4.1, 1.2)], _num, "with US backstop")
    assert "a typical incident needing a response is reached after 5.0 h" in text and "max wait" not in text


# -- 3: what the intervals are; the 90th percentiles to two significant figures ------------------
def test_the_intervals_are_said_to_be_sampling_noise_and_p90s_have_two_figures(
        europe: tuple[Any, dict[str, Any]]) -> None:
    scn, r = europe
    section = _section(scn, r)
    noise = [n for n in section.notes if "Monte Carlo sampling noise only" in n]
    assert len(noise) == 1 and "not uncertainty in the inputs" in noise[0] and "10 runs" in noise[0]
    r = copy.deepcopy(r)
    r["incident_respond_h"]["p90"] = {"value": 138.2, "ci95": [95.7, 185.8]}
    r["report_to_scene_h"]["p90"] = {"value": 94.3, "ci95": [53.5, 174.0]}
    r["without_us"]["report_to_scene_h"]["p90"] = {"value": 23.8, "ci95": [23.5, 33.6]}
    section = _section(scn, r)
    # (review s49) the times to a unit on scene share the rounding of the smallest of them (here
    # 23.8 h: whole hours), so that rounding never turns round two ordered by definition
    assert figure_text(_fig(section, "incident_respond_h_p90"), "with_us") == "138 h (95% CI 96–186)"
    assert figure_text(_fig(section, "report_to_scene_h_p90"), "with_us") == "94 h (95% CI 54–174)"
    assert figure_text(_fig(section, "report_to_scene_h_p90"), "without_us") == "24 h (95% CI 24–34)"
    # a p90 of another kind keeps its own two figures (the time to report)
    r["detect_h"]["p90"] = {"value": 0.683, "ci95": [0.68, 0.69]}
    r["without_us"]["detect_h"]["p90"] = {"value": 0.702, "ci95": [0.70, 0.71]}
    assert figure_text(_fig(_section(scn, r), "detect_h_p90"), "with_us").startswith("0.68 h")
    # over all incidents >= over answered calls, by definition: the rounding keeps the order (104.7 h
    # had read "100 h" beside 103.9 h's "104 h")
    values = {"incident_respond_h": 104.71, "respond_h": 103.87, "report_to_scene_h": 103.0,
              "in_theatre_report_to_scene_h": 102.0}
    for side in (r, r["without_us"]):
        for key, v in values.items():
            side[key]["p90"] = {"value": v, "ci95": [0.8 * v, 1.2 * v]}
    r["without_us"]["in_theatre_report_to_scene_h"]["p90"] = {"value": 22.0, "ci95": [21.0, 23.0]}
    section = _section(scn, r)
    shown = {k: float(figure_text(_fig(section, f"{k}_p90"), "with_us").split(" h")[0]) for k in values}
    assert shown["incident_respond_h"] >= shown["respond_h"] >= shown["report_to_scene_h"], shown
    assert shown["incident_respond_h"] == 105 and shown["respond_h"] == 104, shown
    assert _fig(section, "incident_respond_h_p90").with_us == 104.71  # the value itself is kept


# -- 4, 5: the incidents-a-day label from the plan's types; the horizon named -------------------
def test_the_incidents_a_day_label_is_built_from_the_plans_types(europe: tuple[Any, dict[str, Any]]) -> None:
    scn, r = europe
    fig = _fig(_section(scn, r), "incidents_per_day")
    # (review s38 1: the share of the days in each regime, from the results, beside the count)
    # (review s49) whole per cent that add up to 100, by largest remainders
    # (review s52 B) the plan's chain's expected shares, which the label calls its assumptions, not
    # the runs' estimate of them
    exact = [100 * r["regime_day_fraction_expected"][k] for k in ("holding", "eroding", "breaking_down")]
    holds, erodes, breaks = (int(x) for _, x in regime_shares(r))
    assert holds + erodes + breaks == 100 and all(abs(w - x) < 1 for w, x in zip((holds, erodes, breaks), exact, strict=True))
    # (review s53 A2) worded as the plan's expectation; the runs' own shares follow when they differ
    assert fig.label.startswith(
        f"Incidents a day over the 90 days simulated, for a truce the plan expects to hold on {holds}% of days, "
        f"erode on {erodes}% and break down on {breaks}% with and without the US backstop alike (the plan's "
        "regime assumptions: incidents.regimes"), fig.label
    assert fig.label.endswith("mostly violation incidents, which call for no unit (incursion and strike "
                              "incidents call for a unit)"), fig.label
    assert fig.common_label == "Incidents a day over the days simulated" and fig.setting is not None
    assert fig.with_us == r["incidents_per_day"]["value"]

    def spec(name: str, response: bool) -> Any:
        return SimpleNamespace(id=name, response=response)

    plan = SimpleNamespace(incidents=SimpleNamespace(horizon=None, types=[spec("probe", True), spec("shelling", False)]))
    types = {"types": [{"name": "probe", "incidents_per_day": {"value": 30.0}},
                       {"name": "shelling", "incidents_per_day": {"value": 10.0}}]}
    label = per_day_label(plan, types)[0]
    assert label == ("Incidents a day over the 90 days simulated (shipped default), mostly probe incidents, which "
                     "call for a unit")
    assert "violation" not in label


def test_the_default_horizon_is_listed_as_a_shipped_default(europe: tuple[Any, dict[str, Any]]) -> None:
    from reassure.present.scenarios import shipped_default_rows

    scn, r = europe
    assert horizon_default_note(scn) is None  # europe-2025 sets its 90 days
    assert all(row["path"] != "incidents.horizon" for row in shipped_default_rows(scn))
    unset = scn.model_copy(update={"incidents": scn.incidents.model_copy(update={"horizon": None})})
    note = horizon_default_note(unset)
    assert note is not None and note.startswith("shipped default used: incidents.horizon = 90 days")
    section = _section(unset, r)
    assert note in section.warnings
    assert "over the 90 days simulated (shipped default)" in _fig(section, "incidents_per_day").label
    assert "share of the 90 days simulated" in _fig(section, "utilisation_max_pct").label
    # compare heads every plan's row without one plan's days; each plan's are in the row under it
    util = _fig(section, "utilisation_max_pct")
    assert util.common_label == "Busiest unit's utilisation (committed time, share of the days simulated)"
    assert util.setting is not None and util.setting.text == "90 days"
    row = next(row for row in shipped_default_rows(unset) if row["path"] == "incidents.horizon")
    assert row["value"] == 90 and row["unit"] == "day" and row["assumption"]


# -- 6: beyond the histogram's range is not "never reached" ---------------------------------------
def test_a_percentile_beyond_the_histogram_reads_as_such(europe: tuple[Any, dict[str, Any]]) -> None:
    scn, r = europe
    r = copy.deepcopy(r)
    r["incident_respond_h"]["p50"] = {"value": None, "ci95": [None, None], "beyond_h": 2.0**20}
    fig = _fig(_section(scn, r), "incident_respond_h_p50")
    assert fig.with_us == "> 1,048,576" and figure_text(fig, "with_us") == "> 1,048,576 h"
    assert "> 1,048,576 = beyond the histogram's range (over 1,048,576 h)" in fig.label
    assert "not never reached" in fig.label and "n/a = more than half never reached" in fig.label
    r["report_to_scene_h"]["p90"] = {"value": None, "ci95": [None, None], "beyond_h": 2.0**20}
    assert any("beyond the histogram's range" in w and "no call was answered" not in w
               for w in _section(scn, r).warnings)
    # the key numbers say so too, not "more than half are never reached"
    p50 = SectionResult("incidents", "Incidents", figures=(
        Figure("incident_respond_h_p50", "median", 5.0, "> 1,048,576", "h", digits=1),))
    text = key_numbers(None, [p50], _num, "with US backstop")
    assert "without the US it is after more than 1,048,576 h, beyond the model's time range" in text
    assert "never reached," not in text and "more than half are never reached" not in text


# -- 7: the two models' detection chances, side by side ------------------------------------------
def test_the_detection_figure_names_the_approximation_and_the_monitoring_figure(
        europe: tuple[Any, dict[str, Any]]) -> None:
    scn, r = europe
    assert not any("periodic" in n for n in _section(scn, r).notes)  # no monitoring figures given
    pd = ([{"duration_h": 0.5, "pd": 0.5686}, {"duration_h": 1.0, "pd": 0.81}],
          [{"duration_h": 0.5, "pd": 0.2030}, {"duration_h": 1.0, "pd": 0.31}])
    section = _section(scn, r, monitoring=pd, durations={"violation": 0.5, "incursion": 6.0})
    note = next(n for n in section.notes if "twice the monitoring model's mean time to a first pass" in n)
    violation = next(t for t in r["types"] if t["name"] == "violation")["detected_fraction"]["value"]
    assert f"violation incidents (0.5 h): {100 * violation:.1f}% detected here against the monitoring " \
           "section's 56.9% with the US backstop" in note
    assert re.search(r"\d+\.\d% against 20\.3% without", note)
    assert "note" not in _fig(section, "detected_pct").label  # the note, not the label: explore's outcome names stay


def test_the_assessment_passes_the_monitoring_figures_to_the_note() -> None:
    import reassure

    a = reassure.assess("europe-2025", runs=2, sensitivity=False)
    incidents = next(s for s in a.sections if s.name == "incidents")
    assert any("the monitoring section's" in n for n in incidents.notes)


# -- 9: the headline names the target's range and what holds at each end ------------------------
def test_the_headline_names_the_range_and_each_end() -> None:
    force = SectionResult("force", "Force", figures=(
        Figure("target_troops", "Target (high end)", 30_000, 30_000, "troops"),
        Figure("deployed_total", "Best case", 28_264, 14_224, "troops"),
        Figure("p_target_met_pct", "Chance high", 0.0, 0.0, "%", digits=1),
        Figure("p_target_low_met_pct", "Chance low", 27.7, 0.0, "%", digits=1),
    ), data={"with_us": {"target_low": {"target_troops": 25_000, "target_met": True,
                                        "without_us": {"target_met": False}}}})
    text = headline(None, [force], _num, True)
    assert "cannot field its 30,000 troops" not in text
    assert ("The plan cannot field the high end of its 25,000–30,000 troops target even with the US backstop "
            "(28,264 troops at best, 14,224 troops without the US); it can field the low end only with the US "
            "backstop and only if enough uncertain nations join (a 28 % chance), not without it.") in text
    assert "(target 25,000–30,000 troops)" in key_numbers(None, [force], _num, "with US backstop")
