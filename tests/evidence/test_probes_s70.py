"""Session 70: readings found on the tuning sets' leftovers (real sets 103-145 and the own-words
sets rv67-rv69b, in-sample) and probes in the project's own words. Each case marked "misread"
failed on the session start (be74309)."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import undated_stances

FORCE = "European leaders discussed sending troops to a reassurance force for Ukraine. "


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a nation debating its own sending weighs it, as "considering whether")
    (FORCE + "Berlin is debating whether to send troops to Ukraine after a peace deal.",
     {("DEU", "open")}),
    (FORCE + "Norway's government is discussing whether to send soldiers to the mission.",
     {("NOR", "open")}),
    # left alone: leaders discussing the force's size, or a debate on something else
    (FORCE + "The leaders are discussing whether to send 30,000 troops.", set()),
    (FORCE + "Germany is debating whether to raise its defence budget.", set()),
])
def test_a_nation_debating_whether_to_send(tmp_path: Path, body: str,
                                           expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready (an offer inside a question the speaker would not answer)
    (FORCE + "Macron declined to describe in which situation France would be ready to send "
     "troops.", set()),
    (FORCE + "The minister would not say when Spain could send soldiers.", set()),
    # left alone: a time clause of the speaker's own, and a question closed before the offer
    (FORCE + "Macron said that when the time comes France will be ready to send troops.",
     {("FRA", "ready")}),
    (FORCE + "Macron said what France wants: France is ready to send troops.",
     {("FRA", "ready")}),
])
def test_an_offer_inside_a_question_left_open(tmp_path: Path, body: str,
                                              expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (openness is the holder's own, whoever's troops)
    ("In the face of French President Emmanuel Macron's openness to sending Western troops to "
     "Ukraine, key NATO allies have rejected the idea.", {("FRA", "open")}),
    # left alone: "not unthinkable" of NATO forces in general is no stance of the speaker's
    # nation (sets 127 and 147's readers; tried in session 70 on set 146's two, and dropped)
    (FORCE + "Sikorski said that deploying NATO troops to Ukraine was \"not unthinkable\".",
     set()),
    # misread: nothing (the pronoun speaker of the sentence before)
    ("Defeating Russia is crucial to European security, Macron said on Monday. There is no "
     "consensus on sending Western troops, he added, but said \"nothing can be ruled out.\"",
     {("FRA", "open")}),
    # left alone: raising the possibility of others' troops stays no stance
    ("Macron raised the possibility of sending Western troops to Ukraine.", set()),
])
def test_a_leader_open_to_western_troops(tmp_path: Path, body: str,
                                         expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


def test_a_refusal_told_before_another_speaker(tmp_path: Path) -> None:
    # misread: France declines (the quoted "no plans" is NATO's, told by the speech verb before
    # it, not the French president's who speaks after it; his "the idea could not be ruled out"
    # is France open)
    body = ('NATO said it had "no plans" to send combat troops to Ukraine, a day after French '
            "President Emmanuel Macron said the idea could not be ruled out.")
    assert undated_stances(tmp_path, body) == {("FRA", "open")}


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a leader's "the idea could not be ruled out", the sending named before)
    (FORCE + "Statements came after Macron said on Monday that the idea could not be ruled out.",
     {("FRA", "open")}),
    # misread: declines (a guarantee of no sending refused: the sending left open)
    (FORCE + "Prime Minister Kaja Kallas refused to guarantee that Estonian soldiers would not be "
     "sent to Ukraine.", {("EST", "open")}),
    # misread: ready (the adversary's intelligence tells of France's plan: no stance of France)
    (FORCE + "Russian intelligence has determined that France is planning to send troops to "
     "Ukraine.", set()),
    # left alone: an idea of something else; a demand of others' guarantees; a nation's own word
    ("Leaders discussed a new tax. Macron said that the idea could not be ruled out.", set()),
    (FORCE + "Opposition MPs demanded guarantees that Estonian soldiers would not be sent to "
     "Ukraine.", set()),
    (FORCE + "Despite Russian threats, France said it is ready to send troops.",
     {("FRA", "ready")}),
])
def test_a_sending_not_ruled_out_refused_or_told_by_the_adversary(
        tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready (a contingent sent to help train Ukraine's soldiers: trainers only)
    (FORCE + "Lithuania is ready to send its military contingent to Ukraine to assist in troop "
     "training, its prime minister said.", set()),
    # misread: ready (an offer told as alleged)
    (FORCE + "Paris allegedly seeks to send as many as 2,000 troops to Ukraine, he said.", set()),
    # left alone: a contingent for the force, and an offer reported plainly
    (FORCE + "Lithuania is ready to send a contingent to the reassurance force.",
     {("LTU", "ready")}),
    (FORCE + "Paris is ready to send troops to Ukraine, the minister said.", {("FRA", "ready")}),
])
def test_trainers_and_alleged_offers(tmp_path: Path, body: str,
                                     expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a refusal "for now" told plainly, after "the position is clear")
    (FORCE + "The diplomat stressed that Finland's position is clear: the country will not "
     "currently send its troops to Ukraine.", {("FIN", "declines")}),
    # left alone: "not yet" is not now, no refusal; a list of places stays governed
    (FORCE + "Finland will not yet send troops, the minister said.", {("FIN", "undecided")}),
    (FORCE + "Britain is ready to deploy troops in Poland and Romania.", {("GBR", "ready")}),
])
def test_a_refusal_for_now_and_a_second_speaker(tmp_path: Path, body: str,
                                                expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


def test_a_second_speaker_opens_a_clause_of_his_own(tmp_path: Path) -> None:
    # misread: the Czech refusal given to Poland (the second speaker, after ", and", was read as
    # one more place governed by the first clause's "in"); Poland's own refusal in the first
    # clause is still missed in this shape (docs/evidence.md §10 "Session 70")
    got = undated_stances(tmp_path, FORCE + "Tusk said that Polish troops would not fight in "
                          "Ukraine, and Czech Republic Prime Minister Petr Fiala said his country "
                          "does not want to send its soldiers.")
    assert ("CZE", "declines") in got and ("POL", "open") not in got
