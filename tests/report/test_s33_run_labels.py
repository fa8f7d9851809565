"""Review s33: a figure names its denominator, a verdict's why carries the numbers it compares,
an n/a in `compare` says why, a note that says "above" is not a warning, and a parameter a
variant adds is footnoted as added, not changed."""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

import pytest

import reassure
from reassure.present.compare import comparison_rows
from reassure.run.section_monitoring import COVERAGE_LABEL


@pytest.fixture(scope="module")
def europe() -> Any:
    return reassure.assess("europe-2025", runs=10, sensitivity=False)


@pytest.fixture(scope="module")
def mnf() -> Any:
    return reassure.assess("mnf-u-2026", runs=10, sensitivity=False)


def _figure(a: Any, key: str) -> Any:
    section, name = key.split(".", 1)
    return next(f for s in a.sections if s.name == section for f in s.figures if f.key == name)


def _why(a: Any, start: str) -> str:
    return next(v.detail for v in a.verdicts if v.question.startswith(start))


def _pct(x: float, digits: int = 1) -> str:
    return f"{x:.{digits}f}%"


def test_coverage_names_its_denominator(europe: Any) -> None:
    fig = _figure(europe, "monitoring.coverage_percent")
    assert fig.label == COVERAGE_LABEL
    assert "averaged along the line" in fig.label and "(% of time)" in fig.label
    assert "(coverage)" not in fig.label
    # figures.csv and `to_frame` carry the same label under the unchanged key
    assert europe.to_frame().loc[("monitoring", "coverage_percent"), "label"] == COVERAGE_LABEL


def test_verdicts_give_the_numbers_they_compare(europe: Any) -> None:
    s = europe.scenario
    sat = _figure(europe, "monitoring.percent_satisfied")
    why = _why(europe, "Is the line watched to the target revisit")
    share = 100 * s.monitoring.sizing.share.in_("fraction")
    # achieved with and without the US, against the planned share and the target revisit
    assert f"{_pct(sat.with_us)} with the US backstop, {_pct(sat.without_us)} without" in why
    # (review s51: "the target of", not "the planned": europe-2025's 95% is the analysis's own choice)
    assert f"against the target of {share:g}% of its length" in why
    assert f"target revisit of {s.monitoring.target_revisit.in_('h'):g} h" in why

    odds = _figure(europe, "force.p_target_met_pct")
    why = _why(europe, "Is the high end of the target range fielded with better-than-even odds")
    assert "30,000 troops" in why and "against at least 50%" in why
    # (review s38 2: the best case, 28,264 troops, is below the high end: 0 by construction, not drawn)
    assert odds.with_us == 0 and "not reachable: the best case, 28,264 troops" in why and "0% by construction" in why

    calls = _figure(europe, "incidents.within_threshold_pct")
    why = _why(europe, "Are more than half of all incidents needing a unit reached")
    assert "threshold of 1 h" in why and "against more than 50%" in why
    assert re.search(r"\d+\.\d% with the US backstop, \d+\.\d% without", why), why
    assert f"{calls.with_us:.1f}%" in why

    # (review s49) the plants' reach counts ground units and helicopters, not a fighter pass: the
    # slowest plant for them, in minutes from notice, against the threshold
    why = _why(europe, "Is an idle ground unit or helicopter within the threshold")
    from reassure.run.section_posture import on_the_ground

    posture = next(s for s in europe.sections if s.name == "posture")
    rows = {x["site"]: x for x in posture.data["with_us"]["site_response_h"]}
    slowest = max(on_the_ground(rows[p]) or float("inf") for p in ("rivne-npp", "khmelnytskyi-npp", "south-ukraine-npp"))
    assert re.search(rf"slowest operating plant for a ground unit or helicopter to reach, [^:]+: {60 * slowest:,.0f} min "
                     "with", why), why
    assert "threshold of 1 h" in why

    # (review s49) whether a unit is free when a call comes: the share that waited, against half
    waited = _figure(europe, "incidents.waited_pct")
    why = _why(europe, "Is a response unit free for most calls")
    # (s54) under triage (the default) the share that waited is mostly calls waiting for the support force
    assert ("this reads the support force's queue more than whether the units in theatre were free): "
            f"{waited.with_us:.1f}% with the US backstop, {waited.without_us:.1f}% without") in why
    assert "against less than 50% for most" in why and "cannot say whether units keep up" in why

    why = _why(europe, "Is a violation of the shortest duration")
    best = _figure(europe, "monitoring_band.p_satellite_shortest_event_pct")
    assert f"{best.with_us:.2f}% with the US backstop, {best.without_us:.2f}% without" in why
    assert "more than 50%" in why


def test_the_fighters_verdict_gives_need_and_offer(mnf: Any) -> None:
    # s51: the fighters needed (the early-warning aircraft named apart), what the committed fighters cover
    need = _figure(mnf, "air.fighters_needed")
    why = _why(mnf, "Do the fighters the plan counts as committed")
    assert re.search(rf"{need.with_us:,} fighters with (and without )?the US backstop", why), why
    assert re.search(r"against at most \d+ the plan counts as committed", why) and ".0 the plan" not in why


def test_a_plan_without_the_us_names_one_side() -> None:
    from reassure.run.results import both_sides

    one = both_sides(SimpleNamespace(us_backstop=SimpleNamespace(any=False)), "40%", "30%")
    assert one == "40% as planned (no US backstop)" and "with the US" not in one


def test_every_figure_na_in_compare_says_why(europe: Any, mnf: Any) -> None:
    rows = comparison_rows([europe, mnf])
    bare = [r["key"] for r in rows if r["kind"] == "figure"
            for i in range(2) if r["values"][i] is None and r["without_us"][i] is None
            and not (r.get("notes") or [None, None])[i]]
    assert bare == []
    notes = {r["key"]: r.get("notes") for r in rows}
    assert notes["air.aircraft_needed"] == ["not computed: no [air_policing] in this plan", None]
    assert notes["maritime.ships_needed"] == ["not computed: no [maritime] in this plan", None]
    assert notes["costs.total_per_year_high_eur_m"][0].startswith("not computed: no [costs]")
    # mnf-u-2026 has air policing but gives its aircraft no price
    assert notes["air.capital_cost_eur_m"][1] == (
        "no purchase price is given for the aircraft (air_policing.platforms[*].capital_cost), "
        "so their capital cost is n/a")


def test_the_plans_own_report_says_why_its_capital_is_na(mnf: Any) -> None:
    air = next(s for s in mnf.sections if s.name == "air")
    assert _figure(mnf, "air.capital_cost_eur_m").with_us is None
    assert any("no purchase price is given for the aircraft" in n for n in air.notes)
    sea = next(s for s in mnf.sections if s.name == "maritime")
    assert not any("purchase price" in n for n in sea.notes)  # its ships have a price


def test_the_build_up_note_is_a_note_that_stands_alone(europe: Any) -> None:
    posture = next(s for s in europe.sections if s.name == "posture")
    assert not any("build-up" in w and "reassurance force itself" in w for w in posture.warnings)
    note = next(n for n in posture.notes if "reassurance force itself" in n)
    assert "above" not in note and note.startswith("The outside support force's build-up")


def test_a_variant_footnotes_added_parameters_as_added() -> None:
    from reassure.present.report import Footnotes, changes_from_parent
    from reassure.spec import load_scenario

    s = load_scenario("coalition-2025-09")
    fn = Footnotes(s)
    changes_from_parent(s, fn)
    labels = [lb for lb in fn.note_labels if lb]
    assert "added parameter air_policing.committed_aircraft" in labels  # europe-2025 has no air policing
    assert "changed parameter us_backstop.air_defence" in labels  # europe-2025 sets it otherwise
    assert not any(lb == "changed parameter air_policing.committed_aircraft" for lb in labels)


def test_money_reads_at_one_scale(mnf: Any) -> None:
    """A yearly or capital total of a billion or more reads in billions, as the troops' cost does
    ("EUR 4.12 billion a year"), not "EUR 7,460 million a year"; less than a billion in millions."""
    from reassure.present.compare import cell_text
    from reassure.present.report import figure_text

    total = _figure(mnf, "costs.total_per_year_high_eur_m")
    assert total.unit == "EUR million/year" and total.with_us > 1000  # the number is kept in millions
    assert figure_text(total, "with_us") == f"EUR {total.with_us / 1000:.2f} billion a year"
    assert figure_text(_figure(mnf, "force.cost_per_year_high_eur_bn"), "with_us").endswith("billion a year")
    sea = _figure(mnf, "maritime.cost_per_year_high_eur_m")
    assert sea.with_us < 1000 and figure_text(sea, "with_us") == f"EUR {sea.with_us:,.0f} million a year"
    row = next(r for r in comparison_rows([mnf]) if r["key"] == "costs.total_per_year_high_eur_m")
    assert cell_text(row, 0) == figure_text(total, "with_us")
