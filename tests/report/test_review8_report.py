"""Review r8 (items 3, 5, 6, 9, 10, 11): the assessment report as an analyst reads it.

Rounding by the kind of figure (a Monte Carlo estimate to 3 significant figures even when its
float is whole; an exact count as it is), the same in the table, the headline and figures.csv;
the monitoring geometry beside its figures; airframe labels that say what they count; the
response line that names its responder and the covered share that names its denominator; the
no-triage limitation beside a comparison the US backstop does worse on; relaxations that state
their premise; ranges shown low-high; assumptions numbered "A17" so they can be found on paper.
"""

from __future__ import annotations

import csv
import html
import io
import re
from pathlib import Path
from typing import Any

import pytest

from reassure.present.output import csv_number, figures_csv
from reassure.present.report import figure_text, range_text, value_text
from reassure.present.story import NO_TRIAGE, headline, key_numbers, no_triage_notes
from reassure.run.results import Figure, SectionResult


def _num(value: Any, refs: Any, unit: str = "", digits: int = 0, estimate: bool = False, **_: Any) -> str:
    """The report's own writing of a number, without the footnote markup."""
    return value_text(value, unit, digits, estimate=estimate)


def _text(page: str) -> str:
    """A page's words: footnote marks and tags dropped, entities decoded, spaces collapsed."""
    page = re.sub(r"<sup.*?</sup>", "", page)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


# -- item 3: rounding chosen by the kind of figure, not by whether its float is whole ----------
MEAN = Figure("strength_mean", "Expected deployed strength", 22_777.1, 13_359.0, "troops", estimate=True)
BEST = Figure("deployed_total", "Best case", 28_264, 14_224.0, "troops")


def test_a_whole_monte_carlo_mean_is_rounded_like_any_other() -> None:
    assert figure_text(MEAN, "with_us") == "22,800 troops"
    assert figure_text(MEAN, "without_us") == "13,400 troops"  # was 13,359: its float is whole
    # an exact count is written as it is, whole float or not
    assert figure_text(BEST, "with_us") == "28,264 troops"
    assert figure_text(BEST, "without_us") == "14,224 troops"


def test_a_figure_with_an_interval_is_an_estimate() -> None:
    f = Figure("activated_pct", "Runs in which it was activated", 90.0, 1_290.0, "%",
               ci_with_us=(70.0, 97.0), ci_without_us=(993.0, 1_590.0))
    assert f.is_estimate
    assert figure_text(f, "without_us", ci_words=False) == "1,290% (993–1,590)"
    assert value_text(1_288.0, "", 0, estimate=True) == "1,290"


def test_figures_csv_rounds_as_the_table_does() -> None:
    rows = list(csv.DictReader(io.StringIO(figures_csv([SectionResult("force", "Force", figures=(MEAN, BEST))]))))
    by_key = {r["key"]: r for r in rows}
    assert (by_key["strength_mean"]["with_us"], by_key["strength_mean"]["without_us"]) == ("22800", "13400")
    assert (by_key["deployed_total"]["with_us"], by_key["deployed_total"]["without_us"]) == ("28264", "14224")
    assert csv_number(13_359.0, 0) == 13_359 and csv_number(13_359.0, 0, estimate=True) == 13_400
    assert csv_number(16.6, 2) == "16.6"  # as the table writes it, not 16.60


def test_the_key_numbers_round_the_mean_as_its_table_row() -> None:
    force = SectionResult("force", "Force", figures=(
        Figure("target_troops", "Target", 30_000, 30_000, "troops"), BEST, MEAN))
    text = key_numbers(None, [force], _num, "with US backstop")
    assert "22,800 troops expected" in text and "(13,400 troops without the US)" in text
    assert "13,359" not in text


# -- item 11: ranges low-high, 3 significant figures -------------------------------------------
def test_a_range_is_shown_at_both_ends() -> None:
    cost = Figure("cost_over_horizon_high_eur_bn", "Cost over the horizon, low-high", 183.92, 96.17, "",
                  low_with_us=101.21, low_without_us=49.07)
    people = Figure("cumulative_individuals_high", "Distinct individuals, low-high", 1_174_380, 640_080,
                    "people", low_with_us=782_920, low_without_us=426_720)
    assert figure_text(cost, "with_us") == "101–184"
    assert figure_text(people, "with_us") == "783,000–1,170,000 people"
    assert figure_text(people, "without_us") == "427,000–640,000 people"
    assert range_text(5.0, 5.0) == "5"  # a range of one value reads as the value
    row = next(csv.DictReader(io.StringIO(figures_csv([SectionResult("force", "Force", figures=(people,))]))))
    assert (row["with_us_range_low"], row["with_us"]) == ("783000", "1170000")


# -- item 9: which responder; the covered share's denominator; no triage --------------------------
def _posture(ground: float = 1.0, air: float = 0.556) -> SectionResult:
    rows = [{"site": "rivne-npp", "ground": ground, "heli": 1.0, "air": air, "fastest": min(ground, air)},
            {"site": "south-ukraine-npp", "ground": ground, "heli": 1.0, "air": 0.737,
             "fastest": min(ground, 0.737)}]
    alone = [dict(r) for r in rows]
    alone[1].update(air=0.97, fastest=min(ground, 0.97))
    not_protected = [{"id": "znpp", "name": "Zaporizhzhia NPP (Enerhodar)", "weight": 5700.0,
                      "reason": "held by Russia and shut down (theatre status shut-down-occupied)"},
                     {"id": "dam-kakhovka", "name": "Kakhovka HPP", "weight": 0.0, "reason": "destroyed"}]
    return SectionResult("posture", "Posture", figures=(
        Figure("garrisons", "Garrisons", 4, 3, ""),
        Figure("covered_weight_percent", "Weight covered", 89.4, 78.7, "%", digits=1),
        Figure("fastest_response_min_rivne-npp", "Fastest to Rivne", 60 * air, 60 * air, "min"),
        Figure("fastest_response_min_south-ukraine-npp", "Fastest to South Ukraine", 44.2, 58.2, "min"),
    ), data={"with_us": {"site_response_h": rows, "not_protected": not_protected},
             "without_us": {"site_response_h": alone, "not_protected": not_protected}})


INCIDENTS = SectionResult("incidents", "Incidents", figures=(
    Figure("within_threshold_incidents_pct", "all incidents", 13.5, 18.5, "%", digits=1),
    Figure("detected_pct", "detected", 47.0, 16.0, "%", digits=1),
))


def test_the_response_line_names_its_responder_and_the_ground_unit() -> None:
    text = key_numbers(None, [_posture()], _num, "with US backstop")
    # (review s38 3: the times are over the operating plants the plan protects, as the verdict's)
    assert "First fighter overhead the operating nuclear plants in 33–44 min" in text
    assert "a ground unit in 1.0 h" in text
    lead = headline(None, [_posture(), INCIDENTS], _num, True)
    assert "The first fighter is overhead every operating nuclear plant within 44 min" in lead
    assert "a ground unit within 1.0 h of notice" in lead


def test_a_ground_unit_first_is_not_called_a_fighter() -> None:
    text = key_numbers(None, [_posture(ground=0.4)], _num, "with US backstop")
    assert "fighter overhead" not in text and "First responder of any kind" in text


def test_the_covered_share_names_what_its_denominator_leaves_out() -> None:
    text = key_numbers(None, [_posture()], _num, "with US backstop")
    assert "89% of the weight of the protectable sites (occupied Zaporizhzhia NPP (Enerhodar) excluded)" in text
    assert "Kakhovka" not in text  # no weight, nothing left out


def test_no_triage_is_flagged_where_the_us_does_worse() -> None:
    assert no_triage_notes(INCIDENTS) == (NO_TRIAGE,)
    assert "no triage" in NO_TRIAGE and "first come, first served" in NO_TRIAGE
    assert "no triage" in headline(None, [_posture(), INCIDENTS], _num, True)
    better = SectionResult("incidents", "Incidents", figures=(
        Figure("within_threshold_incidents_pct", "all incidents", 18.5, 13.5, "%", digits=1),))
    assert no_triage_notes(better) == ()
    assert no_triage_notes(INCIDENTS, plan_has_us=False) == ()  # one plan on both sides


# -- the whole report (europe-2025, built once for the session) ---------------------------------
@pytest.fixture(scope="module")
def page(report_dir: Path) -> str:
    return (report_dir / "report.html").read_text(encoding="utf-8")


def _row(page: str, key: str) -> str:
    m = re.search(rf'<tr data-key="{re.escape(key)}">.*?</tr>', page)
    assert m, key
    return _text(m.group(0))


def test_report_rounds_the_mean_the_same_in_table_headline_and_csv(page: str, report_dir: Path) -> None:
    row = _row(page, "force.strength_mean")
    shown = re.findall(r"(\d[\d,]*) troops", row)
    assert len(shown) == 2 and all(re.fullmatch(r"\d{1,3},\d00", s) for s in shown), row
    assert f"{shown[0]} troops expected" in _text(page)
    with open(report_dir / "figures.csv", encoding="utf-8") as f:
        csv_row = next(r for r in csv.DictReader(f) if r["key"] == "force.strength_mean")
    assert [csv_row["with_us"], csv_row["without_us"]] == [s.replace(",", "") for s in shown]


def test_report_prints_the_monitoring_geometry(page: str) -> None:
    text = _text(page)
    # thousands separated as in the figure's row (s10: "1100 km" beside "1,100 km")
    assert re.search(r"computed over the band of the reported length 1,100 km \(1,000-1,200 km; "
                     r"trace 977 km, of which 76 km along the state border, stretched\)", text)
    assert "Length of the line the monitoring figures are computed over" in _row(page, "monitoring.line_km")
    assert "1,100 km" in _row(page, "monitoring.line_km")


def test_report_airframe_labels_say_what_they_count(page: str) -> None:
    assert "UAV airframes in the plan's fleet (satellites not counted)" in _row(page, "monitoring.airframes")
    # review s38 1: the sizing is the monitoring section's, and says it is not the plan's fleet
    assert "sized from the candidates, not the plan's fleet" in _row(page, "monitoring.sized_airframes")


def test_report_response_and_cover_name_responder_and_denominator(page: str) -> None:
    text = _text(page)
    assert "First fighter overhead the operating nuclear plants in" in text and "a ground unit in 1.0 h" in text
    assert "(occupied Zaporizhzhia NPP (Enerhodar) excluded)" in text
    assert "first fighter overhead" in _row(page, "posture.fastest_response_min_rivne-npp")


def test_report_ranges_show_both_ends(page: str, report_dir: Path) -> None:
    assert re.search(r"\b101–184\b", _row(page, "force.cost_over_horizon_high_eur_bn"))
    assert "783,000–1,170,000 people" in _row(page, "force.cumulative_individuals_high")
    with open(report_dir / "figures.csv", encoding="utf-8") as f:
        row = next(r for r in csv.DictReader(f) if r["key"] == "force.cumulative_individuals_high")
    assert row["with_us_range_low"] == "783000"


def test_relaxations_state_their_premise_and_case(report_dir: Path) -> None:
    with open(report_dir / "relaxations.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    # (review s65 2: both cases, each row led by its own; this pair is the case without the US)
    assert rows and list(rows[0]) == ["case", "relaxation", "premise", "closes_gap"]
    rows = [r for r in rows if r["case"] == "without the US backstop"]
    held = [r for r in rows if "whole armies" in r["relaxation"]]
    raised = [r for r in rows if "raise its pledge" in r["relaxation"]]
    # the pair that read as a contradiction now says which premise each rests on
    assert held and "every pledge held" in held[0]["relaxation"] and held[0]["closes_gap"] == "no"
    assert raised and "pledge raised" in raised[0]["premise"] and raised[0]["closes_gap"] == "yes"


def test_assumptions_are_numbered_for_paper(page: str) -> None:
    items = re.findall(r'<li id="asm-(\d+)"><strong>A(\d+)</strong>', page)
    assert items and all(a == b for a, b in items)
    assert re.search(r'<a href="#asm-(\d+)">assumption A\1</a>', page)


def test_the_trace_length_cites_the_contact_line_not_the_sensors(page: str) -> None:
    """r8 5 (in part): a figure's note lists what it rests on, not its whole section's sources."""
    row = re.search(r'<tr data-key="monitoring_band.trace_km">.*?</tr>', page)
    assert row
    n = re.search(r'href="#fn-(\d+)"', row.group(0))
    assert n
    note = re.search(rf'<li id="fn-{n.group(1)}">.*?</li>', page)
    assert note and "mon-esa" not in note.group(0) and "theatre-sources" not in note.group(0)
    assert "#tsrc-" in note.group(0)
