"""Review s53 (analyst), incidents and wording: the headline response verdict over every incident
needing a unit (the calls' share, whose denominator is the plan's own detection, rewarded seeing
less); one note, not two, on first-come-first-served dispatch; the truce's regime shares worded
as the plan's expectation, the runs' own beside; "the target" for a plan with one target number;
"an 83%"; explore's labels without the assessment's notes; an interval rounded to a point; the
allowed wait named on every side it sets; the expected strength's "exact" with its rounding."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from reassure.run.results import Figure, SectionResult, Verdict


@pytest.fixture(scope="module")
def europe() -> tuple[Any, dict[str, Any]]:
    from reassure.run.pipeline import run_capability
    from reassure.spec import load_scenario

    scn = load_scenario("europe-2025").with_overrides({"incidents.dispatch": "first_come"}, assumption="s54: the first-come-first-served dispatch these figures and words are about")  # (s54) the rule these labels are about
    return scn, run_capability("incidents", scn, runs=10).to_dict()


def _section(scn: Any, r: dict[str, Any]) -> SectionResult:
    from reassure.run.section_incidents import incidents_section

    return incidents_section(scn, {"runs": 10, "seed": scn.seed}, r)


# 1. the headline response verdict ------------------------------------------------------------

def test_the_response_verdict_reads_all_incidents_needing_a_unit(europe: tuple[Any, dict[str, Any]]) -> None:
    from reassure.run.section_incidents import IN_TIME_QUESTION, share_pct

    scn, r = europe
    verdict = next(v for v in _section(scn, r).verdicts if v.question == IN_TIME_QUESTION)
    assert "all incidents needing a unit" in IN_TIME_QUESTION and "more than half" in IN_TIME_QUESTION
    for side, d in (("with_us", r), ("without_us", r["without_us"])):
        share = d["within_threshold_incidents_fraction"]["value"]
        assert getattr(verdict, side) == (share > 0.5)
        assert share_pct(100 * share, 1) in verdict.detail
    # the calls' share stays, named as a share of the detected calls
    assert "Of the detected calls alone (a share of detected calls" in verdict.detail
    assert share_pct(100 * r["without_us"]["within_threshold_fraction"]["value"], 1) in verdict.detail
    assert not any(v.question.startswith("Are most calls answered") for v in _section(scn, r).verdicts)


def test_compare_finds_the_response_verdict_for_its_queueing_note() -> None:
    from reassure.present.compare import CALLS_VERDICT
    from reassure.run.section_incidents import IN_TIME_QUESTION

    assert IN_TIME_QUESTION.startswith(CALLS_VERDICT)


def _worse_with_us_section(notes: tuple[str, ...]) -> SectionResult:
    fig = Figure("within_threshold_incidents_pct", "in time", 9.9, 16.0, "%", digits=1)
    return SectionResult("incidents", "Incidents", figures=(fig,), notes=notes)


def test_one_note_states_first_come_first_served_dispatch() -> None:
    from reassure.present.story import NO_TRIAGE, no_triage_notes
    from reassure.run.section_incidents import queueing_note

    r = {"within_threshold_incidents_fraction": {"value": 0.099}, "within_threshold_fraction": {"value": 0.099},
         "unreached_fraction": {"value": 0.002}, "escalated_fraction": {"value": 0.32},
         "detected_fraction": {"value": 0.47}}
    alone = {"within_threshold_incidents_fraction": {"value": 0.16}, "within_threshold_fraction": {"value": 0.416},
             "unreached_fraction": {"value": 0.62}, "escalated_fraction": {"value": 0.02},
             "detected_fraction": {"value": 0.16}}
    note = queueing_note(r, alone)
    assert note is not None and "first come, first served" in note
    # the counterfactual NO_TRIAGE gave is said in the queueing note itself
    assert "a dispatcher who sent units to the most urgent calls first" in note
    assert no_triage_notes(_worse_with_us_section((note,))) == ()
    assert no_triage_notes(_worse_with_us_section(())) == (NO_TRIAGE,)  # alone, it still says it


# 2. the truce's regime shares -------------------------------------------------------------------

def test_the_regime_shares_read_as_the_plans_expectation_with_the_runs_beside() -> None:
    from reassure.run.section_incidents import regime_clause

    r = {"regime_day_fraction": {"holding": {"value": 0.379}, "eroding": {"value": 0.278},
                                 "breaking_down": {"value": 0.343}},
         "regime_day_fraction_expected": {"holding": 0.301, "eroding": 0.27, "breaking_down": 0.429}}
    text = regime_clause(r, r)
    assert text.startswith("for a truce the plan expects to hold on 30% of days, erode on 27% and break down on 43%")
    assert "in which" not in text
    assert "the runs drew 38%, 28% and 34%" in text


def test_the_story_footnotes_the_runs_regime_shares(europe: tuple[Any, dict[str, Any]]) -> None:
    from reassure.present.story import _regimes_text

    scn, r = europe
    labels: list[str] = []

    def num(value: Any, refs: Any, unit: str = "", digits: int = 0, **kw: Any) -> str:
        labels.append(str(kw.get("label", "")))
        return kw.get("text") or f"{value:g}{unit}"

    text = _regimes_text((_section(scn, r),), num, True, scn)
    assert "for a truce the plan expects to hold on" in text
    if "the runs drew" in text:
        assert any("over the runs" in lb for lb in labels)


# 3. one target number is "the target" in compare --------------------------------------------------

def _plan(name: str, is_range: bool) -> Any:
    from reassure.run.section_force import target_words

    scenario = SimpleNamespace(name=name, us_backstop=SimpleNamespace(any=True),
                  force=SimpleNamespace(target_troops=SimpleNamespace(is_range=is_range, low=25000.0 if is_range else 5000.0,
                                            high=30000.0 if is_range else 5000.0, value=5000.0)))
    words = target_words(scenario)
    chance = Figure("p_target_met_pct", "Chance ...", 80.0, 0.0, "%", digits=1,
                    common_label=("Chance the high end of the target is fielded" if is_range else
                                  "Chance the target is fielded") + ", given who may not join")
    verdict = Verdict(f"Could {words} be fielded if every uncertain nation joined (best case)?", True, False, "")
    return SimpleNamespace(scenario=scenario, verdicts=(verdict,), sections=(SectionResult("force", "Force", figures=(chance,)),))


def test_compare_words_the_target_for_a_single_target_plan() -> None:
    from reassure.present.compare import comparison_rows

    rows = {r["key"]: r for r in comparison_rows([_plan("one", False), _plan("range", True)])}
    verdict = rows["verdict:Could the full target be fielded if every uncertain nation joined (best case)?"]
    assert "high end of the target" not in verdict["label"] and "the target (its high end where a range)" in verdict["label"]
    chance = rows["force.p_target_met_pct"]
    assert chance["label"].startswith("Chance the target (its high end where a range) is fielded")
    assert "force.p_target_met_pct.setting" not in rows  # no "its label in its own report" row
    single = {r["key"]: r for r in comparison_rows([_plan("one", False), _plan("two", False)])}
    assert single["force.p_target_met_pct"]["label"].startswith("Chance the target is fielded")
    ranges = {r["key"]: r for r in comparison_rows([_plan("a", True), _plan("b", True)])}
    assert ranges["force.p_target_met_pct"]["label"].startswith("Chance the high end of the target is fielded")


# 4. wording slips -------------------------------------------------------------------------------

@pytest.mark.parametrize(("shown", "article"), [("83%", "an"), ("8%", "an"), ("11%", "an"), ("18%", "an"),
                                                ("80%", "an"), ("73%", "a"), ("1%", "a"), ("100%", "a")])
def test_a_chance_takes_the_article_its_number_is_said_with(shown: str, article: str) -> None:
    from reassure.present.story import _chance_words, a_or_an

    assert a_or_an(shown) == article
    assert _chance_words(f'<span class="num" data-fn="3">{shown}</span>').startswith(f" ({article} <span")


def test_explore_labels_drop_the_assessments_note_on_site_weights() -> None:
    from reassure.run.explore.figures import without_base_plan

    label = ("Protectable sites covered by weight in MW (% of their total weight, 9,395 MW, each site's weight "
             "in the note below; occupied Zaporizhzhia NPP (Enerhodar) excluded; so are sites on the line or destroyed)")
    out = without_base_plan(label)
    assert "note below" not in out and "(% of their total weight, 9,395 MW; occupied" in out
    regimes = ("Incidents a day over the 90 days simulated, for a truce the plan expects to hold on 30% of days, "
               "erode on 27% and break down on 43% with and without the US backstop alike (the plan's regime "
               "assumptions: incidents.regimes; the runs drew 38%, 28% and 34%), mostly violation incidents")
    assert without_base_plan(regimes) == ("Incidents a day over the 90 days simulated (the plan's regime "
                                          "assumptions: incidents.regimes), mostly violation incidents")


def test_one_continuous_input_is_singular() -> None:
    from reassure.run.explore.analyse import rough_text

    text = rough_text(9, 64, 1, {"design": {"rows": 9}, "n_experiments": 9})
    assert "for 1 continuous input need" in text and "1 continuous inputs" not in text


def test_the_allowed_wait_is_named_on_each_side_it_sets() -> None:
    from reassure.run.section_incidents import at_allowed_wait

    # mnf-air-sea: 14 h with the US backstop, 13 h without, against a 12 h wait
    assert at_allowed_wait(14.3, 12.0, 0.37, 3.0) and at_allowed_wait(12.8, 12.0, 0.02, 3.0)
    assert not at_allowed_wait(4.0, 12.0, 0.37, 3.0)


def test_the_in_theatre_percentile_marks_every_side_at_the_wait(europe: tuple[Any, dict[str, Any]]) -> None:
    from reassure.run.section_incidents import at_allowed_wait, support_reads

    scn, r = europe
    fig = next(f for f in _section(scn, r).figures if f.key == "in_theatre_report_to_scene_h_p90")
    wait = r["inputs"]["max_wait_h"]
    on = [at_allowed_wait(d["in_theatre_report_to_scene_h"]["p90"]["value"], wait,
                          support_reads(d)["escalated"], support_reads(d)["travel_max_h"])
          for d in (r, r["without_us"])]
    text = fig.label
    assert on[0]  # europe-2025: 22 h with the US backstop against a 12 h wait, unmarked until s53
    if all(on):
        assert "with and without the US backstop: a call answered in theatre waits" in text
    elif on[0]:
        assert "with the US backstop: a call answered in theatre waits" in text


def test_an_interval_rounded_to_a_point_reads_with_more_digits_or_not_at_all() -> None:
    from reassure.present.report import figure_text

    wide = Figure("strength_mean", "Expected", 13998.0, 13998.0, "troops", ci_with_us=(13960.2, 14039.7),
                  ci_without_us=(13997.8, 13998.3), estimate=True)
    assert figure_text(wide, "with_us", ci_words=False) == "14,000 troops (13,960–14,040)"
    assert figure_text(wide, "without_us", ci_words=False) == "14,000 troops"


# 5. the expected strength's "exact" --------------------------------------------------------------

def test_an_exact_expected_strength_says_it_is_rounded() -> None:
    from reassure.run.section_force import expected_strength_label

    side = {"participation": {"strength_mean_exact": True}}
    label = expected_strength_label(SimpleNamespace(us_backstop=SimpleNamespace(any=True)), side, side)
    assert "(exact:" not in label
    assert "computed exactly" in label and "rounded to 3 significant figures" in label
