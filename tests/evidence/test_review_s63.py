"""Session 63: readings from the own-words tuning sets' misses and one error left from session
62 — a serving leader's past trade ("Starmer, a former lawyer, said") is no former office; a bare
"minimum" before a figure is a floor and "up to some" a ceiling; "N thousand military" in
translated copy are troops when a force noun stands beside them. In the project's own words;
each case marked "misread" failed on the session start (70d0a6f); the others pin what the new
readings must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import scored_stances_in as scored
from evidence_claim_helpers import troop_figures


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing ("former" read as a former office holder speaking)
    ("Keir Starmer, a former lawyer, said Britain is ready to send troops to Ukraine.",
     {("GBR", "ready")}),
    ("Mark Carney, a former central banker, said Canada was open to sending troops.",
     {("CAN", "open")}),
    # left alone: a former ambassador is an outside voice, not the government
    ("Jan Nowak, a former Polish ambassador, said Poland would send troops.", set()),
    ("Former Polish ambassador Jan Nowak suggested in an interview that Warsaw might send "
     "Polish soldiers.", set()),
])
def test_a_leaders_past_trade_is_no_former_office(tmp_path: Path, body: str,
                                                 expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # misread: an exact 200,000 ("minimum" alone before the figure)
    ("Zelensky said Ukraine needs minimum 200 thousand European soldiers.",
     {("ukraine_request", 200000.0, None)}),
    # misread: exactly 800 ("up to some")
    ("Sweden could send up to some 800 personnel to the reassurance force.",
     {("contribution:SWE", None, 800.0)}),
    # misread: nothing ("military" as the troops' noun, a force noun beside it)
    ("Paris will give a significant part of the contingent, possibly up to 10 thousand "
     "military, but the number will depend on the final format of the mission.",
     {("contribution:FRA", None, 10000.0)}),
    # left alone: a whole army's size, and "military" before another noun
    ("The Bundeswehr has 180,000 military.", set()),
    ("Ukraine has lost 10,000 military vehicles since 2022.", set()),
    ("Paris will send up to 10,000 military personnel.", {("contribution:FRA", None, 10000.0)}),
])
def test_floors_ceilings_and_military_as_troops(tmp_path: Path, sentence: str,
                                                expected: set[tuple[str, float, float]]) -> None:
    assert troop_figures(tmp_path, sentence) == expected
