"""Review s33: `compare europe-2025 mnf-u-2026` gave europe-2025 a bare n/a for "Can every air
station be held ...?", "Do the fighters ...?" and "Can every maritime task be kept on station ...?",
while the MCM question beside them said "not asked: no [maritime] in this plan". A reader could
take the n/a for "unknown"; each now says the plan has no such table."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from reassure.present.compare import comparison_rows
from reassure.run.results import SectionResult, Verdict
from reassure.run.section_air import HELD_QUESTION
from reassure.run.section_maritime import MCM_QUESTION
from reassure.spec import load_scenario

SEA_QUESTION = "Can every maritime task be kept on station without a break?"


def _assessment(name: str, asked: bool) -> Any:
    air = (Verdict(HELD_QUESTION, True, True, "x"),) if asked else ()
    sea = (Verdict(SEA_QUESTION, True, True, "x"), Verdict(MCM_QUESTION, False, False, "x")) if asked else ()
    sections = (SectionResult("air", "Air", verdicts=air), SectionResult("maritime", "Sea", verdicts=sea))
    return SimpleNamespace(scenario=load_scenario(name), verdicts=(*air, *sea),
                           sections=sections if asked else ())


def _notes(rows: list[dict[str, Any]], question: str) -> list[Any]:
    return next(r for r in rows if r["key"] == f"verdict:{question}").get("notes") or [None, None]


def test_a_plan_without_the_table_says_it_was_not_asked() -> None:
    rows = comparison_rows([_assessment("europe-2025", False), _assessment("mnf-u-2026", True)])
    assert _notes(rows, HELD_QUESTION) == ["not asked: no [air_policing] in this plan", None]
    assert _notes(rows, SEA_QUESTION) == ["not asked: no [maritime] in this plan", None]
    assert _notes(rows, MCM_QUESTION) == ["not asked: no [maritime] in this plan", None]  # as before


def test_a_plan_with_the_table_has_no_note_even_first() -> None:
    rows = comparison_rows([_assessment("mnf-u-2026", True), _assessment("europe-2025", False)])
    assert _notes(rows, HELD_QUESTION) == [None, "not asked: no [air_policing] in this plan"]
    assert _notes(rows, SEA_QUESTION) == [None, "not asked: no [maritime] in this plan"]


def test_a_count_of_whole_things_reads_as_in_the_plans_own_report() -> None:
    """Review s33: compare wrote "24.0 airframes" where each plan's report writes "24 airframes"
    (`figure_text`: a count of whole things from 10 up has no decimal); 8.5 keeps its tenth."""
    from reassure.present.compare import cell_text
    from reassure.present.report import figure_text
    from reassure.run.results import Figure

    row = {"key": "monitoring_band.lost_over_horizon_high", "kind": "figure", "unit": "airframes", "digits": 1,
           "values": [24.0, 8.5], "without_us": [24.0, 8.5]}
    assert [cell_text(row, 0), cell_text(row, 1)] == ["24 airframes", "8.5 airframes"]
    own = Figure("lost", "Airframes lost", 24.0, 8.5, "airframes", digits=1)
    assert cell_text(row, 0) == figure_text(own, "with_us")
    assert cell_text(row, 1, "without_us") == figure_text(own, "without_us")
