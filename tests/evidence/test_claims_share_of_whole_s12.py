"""Session 12: whose figure a troop size is. A nation's share of a whole force ("about a third of the potential 30,000 troops")
makes the figure the force's size, not the nation's contribution, also when an adjective stands
between "of the" and the figure. Made-up sentences in the project's own words."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import troop_figures as _troop_figures


@pytest.mark.parametrize("text", [
    "Denmark is ready to provide about a third of the potential 30,000 troops.",
    "Denmark is ready to provide about a third of the planned 30,000 troops.",
    "Denmark would supply half of the envisaged 30,000 soldiers.",
    "Denmark would supply the bulk of the 30,000 soldiers.",
])
def test_a_share_of_the_whole_is_the_force_size(tmp_path: Path, text: str) -> None:
    assert _troop_figures(tmp_path, text) == {("european_force", 30000.0, 30000.0)}


def test_a_nation_offering_a_number_outright_keeps_its_contribution(tmp_path: Path) -> None:
    got = _troop_figures(tmp_path, "Denmark is ready to provide the potential 3,000 troops.")
    assert got == {("contribution:DNK", 3000.0, 3000.0)}


def test_a_figure_ukraine_s_leader_suggests_is_its_request(tmp_path: Path) -> None:
    text = ("Kyiv, 3 March 2025. Zelensky later suggested that a force of 100,000 to 150,000 "
            "European troops could also be effective.")
    assert _troop_figures(tmp_path, text) == {("ukraine_request", 100000.0, 150000.0)}


def test_a_figure_others_discuss_after_zelensky_spoke_stays_the_force(tmp_path: Path) -> None:
    text = ("Kyiv, 3 March 2025. Zelensky met Macron, and European officials suggested that a "
            "force of 30,000 European troops could be deployed.")
    assert _troop_figures(tmp_path, text) == {("european_force", 30000.0, 30000.0)}


def test_a_count_of_the_report_s_sources_is_no_troop_figure(tmp_path: Path) -> None:
    text = ("Brussels, 13 December 2024. The meeting follows pressure from U.S. President-elect "
            "Donald Trump for European countries to monitor a peace deal by sending troops to "
            "Ukraine, five people with knowledge of the meeting told reporters.")
    assert _troop_figures(tmp_path, text) == set()


def test_people_sent_to_the_force_stay_a_troop_figure(tmp_path: Path) -> None:
    text = "Britain could send 5,000 people to the force in Ukraine, officials said."
    assert _troop_figures(tmp_path, text) == {("contribution:GBR", 5000.0, 5000.0)}
