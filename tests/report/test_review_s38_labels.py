"""Review s38 (a parliamentary researcher and a Python user): the incident figures say what truce
they rest on; figures fixed by construction are not shown as Monte Carlo estimates; the headline
and verdicts do not contradict each other or the force result; the nation over the common
sustainable share is named with why; a plan changed in code lists its changes; a horizon under a
year reads in months."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

import reassure
from reassure.present.report import Footnotes, render_report
from reassure.run.section_incidents import FIGHTER_COUNTS
from reassure.run.section_posture import PLANTS_WITHIN_QUESTION

RUNS = 2


@pytest.fixture(scope="module")
def europe() -> Any:
    return reassure.assess("europe-2025", runs=RUNS, sensitivity=False, workers=1)


@pytest.fixture(scope="module")
def small() -> Any:
    return reassure.assess("iiss-small", runs=RUNS, sensitivity=False, workers=1)


def _figure(a: Any, key: str) -> Any:
    section, name = key.split(".", 1)
    return next(f for s in a.sections if s.name == section for f in s.figures if f.key == name)


def _section(a: Any, name: str) -> Any:
    return next(s for s in a.sections if s.name == name)


def _html(a: Any) -> str:
    refs = tuple(r for layer in a.layers for r in layer.refs) or ("theatre",)
    return render_report(a.scenario, a.sections, a.verdicts, a.settings, "", refs, a.extra_charts,
                         interactive_map=False)


def _text(html: str) -> str:
    """The page's words: footnote marks and tags dropped, entities as written."""
    import html as h

    return h.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", re.sub(r"<sup.*?</sup>", "", html))))


def _headline(html: str) -> str:
    return _text(re.search(r'<p class="headline">(.*?)</p>', html, re.S).group(1))


def _shares(a: Any) -> tuple[int, int, int]:
    # review s52 B: the plan's chain's expected shares (30/27/43% on europe-2025), which the label
    # calls its assumptions; the runs' shares (27/28/45% at 100 runs) only estimate them
    r = _section(a, "incidents").data["with_us"]["regime_day_fraction_expected"]
    return tuple(round(100 * r[k]) for k in ("holding", "eroding", "breaking_down"))  # type: ignore[return-value]


# -- 1. the truce the incident figures rest on, beside them --------------------------------------
def test_the_incidents_section_gives_the_days_in_each_regime(europe: Any) -> None:
    holds, erodes, breaks = _shares(europe)
    label = _figure(europe, "incidents.incidents_per_day").label
    # (review s53 A2) worded as the plan's expectation, not the run's days
    assert (f"for a truce the plan expects to hold on {holds}% of days, erode on {erodes}% and break down on "
            f"{breaks}% with and without the US backstop alike (the plan's regime assumptions: incidents.regimes"
            ) in label
    # compare: each plan's regimes in its own cell of the row under the figure
    assert f"hold on {holds}% of days" in _figure(europe, "incidents.incidents_per_day").setting.text


def test_the_regime_shares_are_each_sides_where_they_differ() -> None:
    from reassure.run.section_incidents import regime_clause

    def side(h: float, e: float, b: float) -> dict[str, Any]:
        return {"regime_day_fraction": {"holding": {"value": h}, "eroding": {"value": e},
                                        "breaking_down": {"value": b}}}

    text = regime_clause(side(0.274, 0.275, 0.451), side(0.5, 0.3, 0.2))
    assert text.startswith("in which the truce holds on 27% of days, erodes on 28% and breaks down on 45% "
                           "with the US backstop, holds on 50% of days, erodes on 30% and breaks down on 20% "
                           "without")
    assert regime_clause({}, {}) == ""
    # a plan with no US backstop is one plan: no word of sides
    assert regime_clause(side(0.5, 0.3, 0.2), side(0.5, 0.3, 0.2), has_us=False).endswith(
        "breaks down on 20% (the plan's regime assumptions: incidents.regimes)")


def test_the_report_headline_says_what_truce_the_incident_share_rests_on(europe: Any) -> None:
    holds, erodes, breaks = _shares(europe)
    lead = _headline(_html(europe))
    assert (f"of all incidents needing one (undetected and unanswered incidents count as not reached), over the "
            f"90 days simulated, for a truce the plan expects to hold on {holds}% of days, erode on {erodes}% and "
            f"break down on {breaks}% with or without the US (an assumed cycle, from “OSCE says effect of harvest "
            "ceasefire fading” (2018) and the plan's assumptions") in lead  # review s50: what it rests on


def test_assess_prints_the_regime_shares_beside_the_incident_figures(run_cli: Any, tmp_path: Path) -> None:
    out = run_cli("assess", "europe-2025", "--runs", str(RUNS), "--out", tmp_path / "a", env={"COLUMNS": "400"})
    assert out.exit_code == 0, out.stderr
    line = next(ln for ln in out.stdout.splitlines() if "Incidents a day over" in ln)
    assert re.search(r"for a truce the plan expects to hold on \d+% of days, erode on \d+% and break down on \d+%", line)


# -- 2. figures fixed by construction ------------------------------------------------------------
def test_a_chance_the_best_case_cannot_reach_is_said_to_be_unreachable(europe: Any) -> None:
    high = _figure(europe, "force.p_target_met_pct")
    assert (high.with_us, high.without_us) == (0, 0)
    assert high.ci_with_us is None and high.ci_without_us is None and not high.is_estimate
    assert ("Chance the high end of the target (30,000 troops) is fielded, given who may not join: not reachable: "
            "the best case, 28,264 troops (14,224 without the US backstop), is below the high end") in high.label
    # the low end: drawn with the US backstop (an estimate with its interval), unreachable without
    low = _figure(europe, "force.p_target_low_met_pct")
    assert low.ci_with_us is not None and low.ci_without_us is None
    assert "without the US backstop not reachable: the best case, 14,224 troops, is below the low end" in low.label
    why = next(v.detail for v in europe.verdicts if v.question.startswith("Is the high end of the target range fielded"))
    assert "not reachable" in why and "Monte Carlo" not in why


def test_a_reachable_chance_keeps_its_interval(small: Any) -> None:
    odds = _figure(small, "force.p_target_met_pct")
    assert "not reachable" not in odds.label and odds.ci_with_us is not None


def test_self_reported_strikes_are_detected_by_assumption_not_estimated(europe: Any) -> None:
    strike = _figure(europe, "incidents.detected_pct_strike")
    assert "strikes are self-reported: an assumption" in strike.label
    assert strike.ci_with_us is None and strike.ci_without_us is None
    incursion = _figure(europe, "incidents.detected_pct_incursion")
    assert "self-reported" not in incursion.label and incursion.ci_with_us is not None


def test_no_call_unanswered_is_said_to_be_by_construction(europe: Any) -> None:
    label = _figure(europe, "incidents.unanswered_pct").label
    # (s54) europe-2025 dispatches by triage, the default: escalated when no unit is there in time
    assert label.startswith("Calls no unit answered, share of calls (none by construction: a call no in-theatre "
                            "unit takes up within the response threshold (incidents.dispatch = \"in_time\") is "
                            "escalated to the outside support force")


# -- 3. verdicts and headline agree -------------------------------------------------------------
def test_the_plants_reach_question_counts_no_fighter_pass(small: Any) -> None:
    # (review s38 3) "yes" beside "not covered by a garrison" came from a fighter overhead; the
    # label said so. (review s49) Counting that pass, every plan answered yes, a force with no
    # garrison too: the question now counts ground units and helicopters, and a plan whose plants
    # are not all garrisoned can fail it
    assert FIGHTER_COUNTS not in PLANTS_WITHIN_QUESTION and "fighters do not count" in PLANTS_WITHIN_QUESTION
    v = {x.question: x for x in small.verdicts}
    assert v["Are the operating nuclear plants covered by a garrison?"].with_us is False
    assert v[PLANTS_WITHIN_QUESTION].with_us is False
    assert "slowest operating plant for a ground unit or helicopter to reach" in v[PLANTS_WITHIN_QUESTION].detail


def test_the_headline_names_the_plants_its_times_are_over(europe: Any) -> None:
    html = _html(europe)
    lead = _headline(html)
    assert "The first fighter is overhead every operating nuclear plant within" in lead
    assert "protected nuclear plant" not in lead
    assert "First fighter overhead the operating nuclear plants in" in _text(html)


def test_the_headline_agrees_with_the_force_result_on_who_must_join(small: Any, run_cli: Any) -> None:
    force = run_cli("force", "iiss-small", env={"COLUMNS": "400"})
    assert "feasible within the stated sustainable shares with nations that are willing now" in force.stdout
    html = _html(small)
    lead = _headline(html)
    assert lead.startswith("The plan can field its 10,000 troops with or without the US backstop with the nations "
                           "that are willing now.")
    assert "hesitant" not in lead
    assert "with the nations that are willing now (no uncertain nation needed)" in _text(html)


# -- 4. the nation over the common sustainable share -------------------------------------------
def test_the_force_section_names_the_nation_over_the_common_share(europe: Any) -> None:
    fig = _figure(europe, "force.max_burden_pct")
    assert round(fig.with_us, 1) == 43.3  # the number is unchanged
    # review s51 3: the plan's figure for it, not "its own national plan"
    assert ("Largest share of a nation's army in the pool (with the US backstop: United Kingdom, 43.3%, by the "
            "figure the plan gives for it, over the common sustainable share of 25% applied to the others)") == fig.label
    assert fig.common_label == "Largest share of a nation's army in the pool"
    warning = next(w for w in _section(europe, "force").warnings if "ties up 43.3% of its army" in w)
    assert "the figure the plan gives for it (sustainable_troops: 6,500 troops kept deployed)" in warning
    assert "sources: fg-spectator-brigade, fg-worldnewsera-arrc" in warning


def test_the_force_command_names_it_too(run_cli: Any) -> None:
    # the model's own note (its --format json is the Python API's `to_dict`, so no sources added there)
    out = run_cli("force", "europe-2025", env={"COLUMNS": "400"})
    assert out.exit_code == 0, out.stderr
    notes = re.sub(r"\s+", " ", out.stdout).split("note: ")
    note = "note: " + next(n for n in notes if "ties up" in n).strip()
    assert note.startswith("note: United Kingdom ties up 43.3% of its army in the rotation pool, over the common "
                           "sustainable share of 25% applied to the nations without a figure of their own: "
                           "the figure the plan gives for it (sustainable_troops: 6,500 troops kept deployed)")


def test_no_nation_over_the_common_share_no_words(small: Any) -> None:
    assert _figure(small, "force.max_burden_pct").label == "Largest share of a nation's army in the pool"


# -- 5. a plan changed in code lists its changes ------------------------------------------------
def _rows(html: str) -> list[list[str]]:
    rows = [[_text(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row)] for row in re.findall(r"<tr>(.*?)</tr>", html)]
    return [r for r in rows if r]


def test_the_changes_made_in_code_are_listed() -> None:
    from reassure.present.report import changes_in_code

    plan = reassure.load_scenario("europe-2025")
    changed = plan.with_overrides({"force.target_troops": 20_000, "contributors[FRA].status": "ruled-out"},
                                  assumption="a smaller ask (a test)")
    changed = changed.with_overrides({"us_backstop.isr": False}, assumption="no US ISR (a test)")
    html = changes_in_code(changed, Footnotes(changed))
    assert "<h2>What changed in code</h2>" in html
    rows = _rows(html)
    assert ["force.target_troops", "25,000–30,000 troops", "20,000 troops", "a smaller ask (a test)"] in rows
    assert ["contributors[FRA].status", "willing", "ruled-out", "a smaller ask (a test)"] in rows
    assert ["us_backstop.isr", "true", "false", "no US ISR (a test)"] in rows
    assert len(rows) == 3
    assert changes_in_code(plan, Footnotes(plan)) == ""


def test_a_variant_changed_in_code_gets_both_tables() -> None:
    from reassure.present.report import changes_from_parent, changes_in_code

    plan = reassure.load_scenario("iiss-small")
    changed = plan.with_overrides({"force.target_troops": 12_000}, assumption="a larger ask (a test)")
    fn = Footnotes(changed)
    parent, code = changes_from_parent(changed, fn), changes_in_code(changed, fn)
    assert "What changed from the parent plan" in parent and "12,000" not in parent  # the file's variant
    assert ["force.target_troops", "10,000 troops", "12,000 troops", "a larger ask (a test)"] in _rows(code)


def test_the_report_of_a_plan_changed_in_code_has_the_table() -> None:
    plan = reassure.load_scenario("europe-2025").with_overrides({"force.target_troops": 20_000},
                                                                 assumption="a smaller ask (a test)")
    a = reassure.assess(plan, runs=RUNS, sensitivity=False, workers=1)
    html = _html(a)
    assert "(modified in code)" in html and "<h2>What changed in code</h2>" in html


# -- 6. a horizon under a year in months ---------------------------------------------------------
def test_the_tours_note_writes_a_short_horizon_in_months() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "forcegen"))
    from helpers import problem  # type: ignore[import-not-found]

    from reassure.models.forcegen import NationForce, assess_force_case

    nation = NationForce(iso3="AAA", name="A", army_personnel=10_000.0)
    r = assess_force_case(problem([nation], 100, tour=0.5, interval=0.1, share=0.5, horizon_years=0.75),
                          us_backstop=False, draws=0)
    note = next(n for n in r.notes if "tours in" in n)
    assert "9 tours in 9 months" in note and "years" not in note.split("(")[0]
