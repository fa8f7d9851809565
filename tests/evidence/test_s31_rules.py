"""(s31) Readings found by probing nested and context phrasings in the project's own words
(docs/evidence.md §10 "Session 31"): doubt words the clause-shape pass read as an offer, a
position said to be unsettled after its object, a decision put off rather than refused, an offer
walked back; a floor in quotation marks; and the troops a nation already has stationed elsewhere
named inside a modal clause."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import stance_pairs, troops_in


@pytest.mark.parametrize(("text", "iso"), [
    ("Spain remains uncertain about deploying soldiers to Ukraine.", "ESP"),
    ("Portugal is unsure about sending peacekeepers to Ukraine.", "PRT"),
    ("Belgium and Austria were lukewarm about sending troops to Ukraine.", "BEL"),
    ("Belgium and Austria were lukewarm about sending troops to Ukraine.", "AUT"),
])
def test_doubt_about_sending_is_undecided_not_an_offer(tmp_path: Path, text: str,
                                                       iso: str) -> None:
    got = stance_pairs(tmp_path, text)
    assert (iso, "undecided") in got and (iso, "ready") not in got


@pytest.mark.parametrize("text", [
    "Norway's position on contributing troops remains unclear.",
    "Norway's stance on deploying soldiers is still uncertain.",
])
def test_a_position_said_to_be_unsettled_after_its_object_is_undecided(tmp_path: Path,
                                                                       text: str) -> None:
    assert stance_pairs(tmp_path, text) == {("NOR", "undecided")}


def test_a_settled_position_stays_no_stance(tmp_path: Path) -> None:
    # a position described, not stated: the s15 convention ("Norway's stance on deploying a
    # mission is positive but cautious") is unchanged
    assert stance_pairs(tmp_path, "Norway's position on contributing troops is well known.") == set()


def test_a_decision_not_made_yet_is_undecided_not_a_refusal(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "President Stubb said a decision on sending Finnish troops "
                                 "would not be taken straight away.")
    assert ("FIN", "undecided") in got and ("FIN", "declines") not in got


def test_a_plain_refusal_with_a_decision_elsewhere_still_declines(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "President Stubb said Finnish troops would not be sent to "
                                 "Ukraine.")
    assert ("FIN", "declines") in got


@pytest.mark.parametrize("text", [
    "Portugal has backed away from sending troops to Ukraine.",
    "Portugal has pulled back from deploying soldiers to Ukraine.",
])
def test_an_offer_walked_back_is_no_offer(tmp_path: Path, text: str) -> None:
    assert ("PRT", "ready") not in stance_pairs(tmp_path, text)


def test_a_floor_in_quotation_marks_is_a_lower_bound(tmp_path: Path) -> None:
    got = troops_in(tmp_path, 'Kyiv says a contingent of 150,000 peacekeepers is the "minimum" '
                              "it would need.", "rules")
    assert got == {("ukraine_request", 150000.0, None)}


def test_troops_already_stationed_elsewhere_in_a_modal_clause_are_no_size(tmp_path: Path) -> None:
    assert troops_in(tmp_path, "The new division would join the 80,000 American soldiers "
                               "already stationed in Europe.", "rules") == set()


def test_troops_already_stationed_in_ukraine_are_still_read(tmp_path: Path) -> None:
    # the guard is the place: troops "already stationed in" Ukraine are not elsewhere
    got = troops_in(tmp_path, "Britain would send 3,000 troops to join the 500 soldiers already "
                              "stationed in Ukraine.", "rules")
    assert {("contribution:GBR", 3000.0, 3000.0), ("contribution:GBR", 500.0, 500.0)} <= got
