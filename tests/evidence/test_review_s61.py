"""Session 61: structures from an adjudication of the real tuning sets' disagreements (a
reader blind to which side gave each item found the ledger's reading clearly wrong there) —
matching another nation's pledge ("a willingness to match the UK's contribution": the matcher's
offer), and a speaker named after a closing speech verb behind an epithet ("..., said an
irritated Olaf Scholz"). In the project's own words; each case marked "misread" failed on the
session start (16b0880); the others pin what the new readings must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import scored_stances_in as scored

from reassure.evidence import build_ledger


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the UK's (the owner of the pledge matched), France's missed
    ("While France has signalled a willingness to match the UK's contribution, offering to send "
     "several thousand troops, other members have hesitated.", {("FRA", "ready"), ("GBR", "ready")}),
    # misread: the owner's pledge alone (the pledge noun's own reading, kept: matching it says
    # the owner made it)
    ("Belgium is prepared to match the Dutch government's commitment to the force.",
     {("BEL", "ready"), ("NLD", "ready")}),
    ("Norway has said it is ready to equal Denmark’s pledge to the reassurance force.",
     {("NOR", "ready"), ("DNK", "ready")}),
    # left alone: a match with its object after it, as before; no pledge noun, no stance
    ("Spain is willing to match that commitment of troops.", {("ESP", "ready")}),
    ("Portugal wants to match the UK's spending on defence.", set()),
])
def test_matching_another_nations_pledge(tmp_path: Path, body: str,
                                         expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the speaker's name behind an epithet)
    ("It is far too early to talk about peacekeeping forces for Ukraine, said an irritated "
     "Olaf Scholz.", {("DEU", "undecided")}),
    ('It is much too early to discuss a reassurance force, said a self-described "rather '
     'impatient" Olaf Scholz.', {("DEU", "undecided")}),
    ("We are ready to send soldiers to the reassurance force, said a visibly relaxed Mette "
     "Frederiksen.", {("DNK", "ready")}),
    # left alone: the epithet is an office or its noun (s62: a spokesman for a named leader
    # speaks for that leader's nation, test_review_s62)
    ("Germany is not yet ready to send soldiers, said a senior official.", {("DEU", "undecided")}),
])
def test_speaker_behind_an_epithet(tmp_path: Path, body: str,
                                   expected: set[tuple[str, str]]) -> None:
    # (s67) dated while Scholz was chancellor: out of office his words are no nation's stance
    (tmp_path / "r.txt").write_text(f"Partners weigh the force\n\nNorthwire, 18 February 2025"
                                    f"\n\n{body}\n", encoding="utf-8")
    assert {(s.actor, s.stance) for s in build_ledger([tmp_path / "r.txt"], jobs=1).stances
            if s.actor not in ("RUS", "UKR", "USA")} == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready alone (the backing after "but", said to be needed)
    ("Britain is ready to provide troops to the force, but US security guarantees would be "
     "required.", {("GBR", "ready"), ("GBR", "conditional")}),
    ("Sweden is willing to send soldiers to the force, but security guarantees from the US would "
     "be needed.", {("SWE", "ready"), ("SWE", "conditional")}),
    ("Denmark is ready to send troops to Ukraine, but insists on American support.",
     {("DNK", "ready"), ("DNK", "conditional")}),
    # misread: open alone ("they" insisting, in the sentence after the offer)
    ("The Netherlands and Belgium have indicated their openness to sending ground troops. "
     "However, they insist on US involvement.",
     {("NLD", "open"), ("BEL", "open"), ("NLD", "conditional"), ("BEL", "conditional")}),
    ("Italy is ready to send troops to the force. It insists on a UN mandate.",
     {("ITA", "ready"), ("ITA", "conditional")}),
    # left alone: another's need after "but", a third party insisting
    ("Britain is ready to send troops, but Ukraine needs US security guarantees too.",
     {("GBR", "ready")}),
    ("Britain is ready to send troops. Zelensky insists on US guarantees.", {("GBR", "ready")}),
])
def test_us_backing_needed_after_the_offer(tmp_path: Path, body: str,
                                           expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


def test_the_condition_named_is_the_us_backstop(tmp_path: Path) -> None:
    # misread: "other" (the backstop after "but" was outside the condition's clause)
    body = "Britain is ready to provide troops, but a US backstop would be needed."
    (tmp_path / "r.txt").write_text(f"Partners weigh the force\n\nNorthwire, 5 March 2026\n\n{body}\n",
                                    encoding="utf-8")
    got = {(s.actor, s.stance, s.condition)
           for s in build_ledger([tmp_path / "r.txt"], jobs=1).stances}
    assert ("GBR", "conditional", "us-backstop") in got


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the Multinational Force's own words)
    ("Britain, France and Germany are ready to conduct reassurance operations in Ukraine.",
     {("GBR", "ready"), ("FRA", "ready"), ("DEU", "ready")}),
    ("Turkey is prepared to carry out stabilising operations in the air, at sea and on land.",
     {("TUR", "ready")}),
    ("Spain is ready to carry out operations, not at the front, but reassurance operations away "
     "from it.", {("ESP", "ready")}),
    # misread: nothing (undecided on the troops named after "before taking a stance")
    ("Denmark wants clarifications before taking a stance on sending soldiers to Ukraine.",
     {("DNK", "undecided")}),
    ("Austria will wait for the US plan before making a decision on sending troops.",
     {("AUT", "undecided")}),
    # misread: nothing (a group's members named after it: "X is one of them")
    ("Some countries say they will never send troops to Ukraine. Slovakia is one of them.",
     {("SVK", "declines")}),
    ("Several countries have refused to send troops, and Hungary is among them.",
     {("HUN", "declines")}),
    # left alone: operations of another kind, a position on
    # another matter, a group of its own before "one of them"
    ("France is ready to carry out strikes on launch sites.", set()),
    ("Italy will study the text before taking a position on the peace plan.", set()),
    ("Yes, some countries are ready to send troops to Ukraine. There are also countries that "
     "stay silent, and Slovakia is one of them.", set()),
])
def test_offers_and_positions_in_other_words(tmp_path: Path, body: str,
                                             expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready (munitions sent, by their number)
    ("The Czech Republic plans to send 800,000 projectiles to Ukraine.", set()),
    # misread: ready (a delegation, not troops)
    ("The UK and France would send a military delegation to Kyiv in the coming days to help plan "
     "for the future.", set()),
    # misread: open (a force of others proposed, not the speakers' own troops; §5)
    ("France and the UK mentioned the possibility of sending a multinational force to Ukraine if a "
     "peace agreement is reached.", set()),
    # misread: conditional beside ready (an army awaiting its orders)
    ("The British Army has confirmed its readiness to deploy troops to Ukraine if instructed by the "
     "government.", {("GBR", "ready")}),
    # left alone: troops by their number, a nation's own troops as a possibility, a parliament's
    # instruction as a condition
    ("The Czech Republic plans to send 800 troops to Ukraine.", {("CZE", "ready")}),
    ("Sweden has mentioned the possibility of sending its own troops.", {("SWE", "open")}),
    ("Denmark is ready to send troops if instructed by parliament.",
     {("DNK", "ready"), ("DNK", "conditional")}),
    ("The UK will send military personnel to the force in Ukraine.", {("GBR", "ready")}),
])
def test_what_is_not_an_offer_of_troops(tmp_path: Path, body: str,
                                        expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: open (the leaders are whom options are presented to, not their holders)
    ("Military chiefs will present Starmer and Macron with more detailed options for a "
     "peacekeeping force in Ukraine in the coming days.", set()),
    # misread: undecided (the "after" times the sending, not a decision put off)
    ("Starmer's decision to send troops to Ukraine after the conflict is over is madness, the "
     "newspaper said.", {("GBR", "ready")}),
    # left alone: a decision still to make, put off; a presenting nation's own plan
    ("Germany will decide on sending troops only after the US clarifies its role.",
     {("DEU", "undecided")}),
    ("Italy has not yet made a decision to send troops after the ceasefire.", {("ITA", "undecided")}),
    ("Britain will present its plan to send troops to Ukraine.", {("GBR", "ready")}),
])
def test_presented_options_and_a_decision_made(tmp_path: Path, body: str,
                                               expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the proposer's own nation among the troops' origins, s60's reading)
    ("Macron has proposed that military forces from France, the United Kingdom, and Turkey could "
     "be deployed to Ukraine.", {("FRA", "open")}),
    # left alone: a proposer whose nation is not among the origins
    ("Macron has proposed that military forces from Britain and Turkey could be deployed to "
     "Ukraine.", set()),
])
def test_the_proposers_own_troops(tmp_path: Path, body: str,
                                  expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected
