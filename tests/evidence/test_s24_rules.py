"""Session 24's rules, each beside the reading it must not break. The sentences are the project's
own words: probes of the shapes behind set 54's misses (scored first, then read), never a real
report's sentence.

Stances:
- "resistance (opposition) from Russia" after an offer: the adversary's opposition, no refusal
  of the offer's nations (the offer stands);
- "not yet ready (prepared, willing) to send": undecided, not declines;
- the public, the people, voters or media of a nation ("the Dutch public", "most Germans") are
  not its government; experts, analysts, specialists and parliamentarians speak for no nation;
- "cannot send troops without coordination with the Americans": conditional (the US), ready
  beside it, as "without a UN mandate" already was;
- "X's role depends on the mandate": conditional, as "X's participation depends on" was;
- a nation's conditional in a report where it declines and offers nothing is dropped (a
  condition qualifies an offer, §5);
- "Among the opponents is X" after an unnamed group's offer: X declines;
- "it would be risky for Finnish soldiers to ...", "many would not be willing" (unnamed
  others), "a reluctant Germany" (an epithet), "could put UK forces in harm's way", "countries
  willing to send troops" after "Its goal is to unite": no stance for the nation named;
- "has struggled to recruit and train battle-ready soldiers", "had deployed soldiers to Latvia",
  "could provide military and technical support": no offer;
- "hinted at sending", "want to send": open;
- "too early to say whether X will send soldiers": X undecided.
From set 55 (scored once with the state before these, then read):
- "some Baltic and Scandinavian countries": an unnamed subset, no member's stance; the nations
  listed before it in the same list keep theirs (also "A, B, and several others, have ...");
- "act not as traditional peacekeepers but as guarantors": a role, no refusal;
- "regardless of the Kremlin's rejection of any deployment as unacceptable": the adversary's
  judgement, not the sentence subject's;
- "ruled out redeploying UK troops from commitments elsewhere": no refusal of the force;
- "dismissed the idea as premature": undecided only;
- "willing to send troops if a deal to end Russia's war is reached": the premise, no condition.
From set 56 (after its single scoring): a declaration signed "allowing for the presence of
troops", or "to provide security support ..., including establishing military hubs": its signers
are ready (the plan leaders' convention, §5); a declaration on guarantees or support alone still
commits no troops.
Sizes:
- "the number of troops could exceed N", "has dwindled from over N to about M": force sizes;
- a force that "would require N soldiers, and with rotation this means M": N is the force's
  (rotation named only before the later figure); "N soldiers ..., subject to rotation" stays a
  total (the own corpus's c87)."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import stance_pairs, troop_figures

from reassure.evidence import build_ledger


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Spain and Portugal said they are ready to deploy soldiers once a deal is signed, a step "
     "that is sure to meet strong resistance from Russia.", {("ESP", "ready"), ("PRT", "ready")}),
    ("The idea of sending troops met opposition from Moscow.", set()),
    # must not break
    ("The plan to send troops met opposition from Hungary.", {("HUN", "declines")}),
])
def test_adversary_resistance_is_no_refusal(tmp_path: Path, sentence: str,
                                            expected: set[tuple[str, str]]) -> None:
    assert stance_pairs(tmp_path, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Austria is not yet ready to send soldiers to Ukraine.", {("AUT", "undecided")}),
    ("Belgium is not yet prepared to commit troops.", {("BEL", "undecided")}),
    # must not break
    ("Austria is not ready to send soldiers to Ukraine.", {("AUT", "declines")}),
    ("Belgium will not send troops.", {("BEL", "declines")}),
])
def test_not_yet_ready_is_undecided(tmp_path: Path, sentence: str,
                                    expected: set[tuple[str, str]]) -> None:
    assert stance_pairs(tmp_path, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Dutch public is against sending troops to Ukraine, a survey found.", set()),
    ("Most Swedes oppose sending troops to Ukraine.", set()),
    ("Defence analyst Jan Novak argued that Prague must be prepared to send soldiers.", set()),
    # must not break
    ("Most Baltic states are ready to send troops.",
     {("EST", "ready"), ("LVA", "ready"), ("LTU", "ready")}),
    ("Dutch public opinion is divided, but the Netherlands is ready to send troops.",
     {("NLD", "ready")}),
])
def test_public_and_outside_voices_are_not_the_government(
        tmp_path: Path, sentence: str, expected: set[tuple[str, str]]) -> None:
    assert stance_pairs(tmp_path, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Rome and Madrid said they cannot deploy troops without coordination with Washington.",
     {("ITA", "conditional"), ("ITA", "ready"), ("ESP", "conditional"), ("ESP", "ready")}),
    ("Austria's role depends on the mandate of the mission.", {("AUT", "conditional")}),
    # must not break
    ("Greece will not send troops without coordination with its partners.",
     {("GRC", "declines")}),
])
def test_conditions_named_by_without_and_role(tmp_path: Path, sentence: str,
                                              expected: set[tuple[str, str]]) -> None:
    assert stance_pairs(tmp_path, sentence) == expected


def test_a_refusing_nation_keeps_no_condition(tmp_path: Path) -> None:
    refusal = ("Slovenia will not deploy troops to Ukraine, its prime minister said. He added that "
               "Slovenia's decisions follow a parliamentary mandate.")
    assert stance_pairs(tmp_path, refusal) == {("SVN", "declines")}
    offer = ("Slovenia is ready to deploy troops to Ukraine, its prime minister said. He added "
             "that any deployment would need a parliamentary mandate.")
    assert ("SVN", "ready") in stance_pairs(tmp_path, offer)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Not all allies have shown willingness to join such a contingent. Among the opponents is "
     "Hungary.", {("HUN", "declines")}),
    # must not break
    ("Several allies have shown willingness to join the contingent. Among them is Norway.",
     {("NOR", "ready")}),
])
def test_opponents_listed_after_a_group(tmp_path: Path, sentence: str,
                                        expected: set[tuple[str, str]]) -> None:
    assert stance_pairs(tmp_path, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "It would be dangerous for Estonian soldiers to face Russian units across a ceasefire line.",
    "Dozens of countries may join, though Dutch officials conceded many would not be willing to "
    "send soldiers.",
    "The move raises pressure on partners, notably a hesitant Italy, to back the idea of a force.",
    "The minister admitted the mission could put Danish troops in harm's way.",
    "Italy and Spain set up the forum. Its aim is to gather countries willing to send troops.",
    "The Netherlands has struggled to recruit and train combat-ready soldiers.",
    "Norway had earlier deployed soldiers to Lithuania.",
    "Austria could provide military and technical support without entering Ukraine.",
])
def test_no_stance_for_the_nation_named(tmp_path: Path, sentence: str) -> None:
    assert stance_pairs(tmp_path, sentence) == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Belgium and Portugal have both hinted at sending forces to Ukraine.",
     {("BEL", "open"), ("PRT", "open")}),
    ("Vienna and Prague want to send troops to Ukraine.", {("AUT", "open"), ("CZE", "open")}),
    ("It is still too early to say whether Danish soldiers will be sent to Ukraine.",
     {("DNK", "undecided")}),
    ("It is too early to say whether Finland will send troops.", {("FIN", "undecided")}),
    # must not break
    ("Norway has deployed soldiers to Ukraine.", {("NOR", "ready")}),
    ("Sweden does not want to send troops.", {("SWE", "declines")}),
    ("It is too early to say whether Russia will agree.", set()),
])
def test_hints_wishes_and_too_early_whether(tmp_path: Path, sentence: str,
                                            expected: set[tuple[str, str]]) -> None:
    assert stance_pairs(tmp_path, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The final number of troops could exceed 12,000, officials said.",
     {("european_force", 12000.0, None)}),
    ("Since spring, the number of troops being discussed has dwindled from over 60,000 to about "
     "15,000.", {("european_force", 60000.0, None), ("european_force", 15000.0, 15000.0)}),
    ("A credible force would require at least 120,000 soldiers, and with rotation this means "
     "some 360,000 troops a year.", {("european_force", 120000.0, None)}),
    # must not break (the own corpus holds the total "subject to rotation", c87)
    ("The number of Ukrainian casualties could exceed 10,000.", set()),
])
def test_number_of_troops_and_rotation(tmp_path: Path, sentence: str,
                                       expected: set[tuple[str, float | None, float | None]]) -> None:
    assert {t for t in troop_figures(tmp_path, sentence) if t[0] == "european_force"} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Several governments, including Spain, Portugal, and some Nordic countries, have shown their "
     "readiness to send troops to Ukraine.", {("ESP", "ready"), ("PRT", "ready")}),
    ("Some allies, including Belgium, Greece, and several others, have shown their readiness to "
     "send troops to Ukraine.", {("BEL", "ready"), ("GRC", "ready")}),
    ("Several Baltic states are ready to send troops.", set()),
    # must not break
    ("The Baltic states are ready to send troops.",
     {("EST", "ready"), ("LVA", "ready"), ("LTU", "ready")}),
    ("Norway spoke with partner states about their readiness to send troops.", set()),
])
def test_unnamed_subsets_of_groups(tmp_path: Path, sentence: str,
                                   expected: set[tuple[str, str]]) -> None:
    assert stance_pairs(tmp_path, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Madrid and Lisbon are getting ready to act not as ordinary peacekeepers but as guarantors "
     "of a fragile settlement.", set()),
    ("The minister ruled out redeploying Dutch troops from missions in other regions.", set()),
    ("Greece and Spain signalled a willingness to send troops if a deal to end Russia's war is "
     "reached.", {("GRC", "ready"), ("ESP", "ready")}),
    # must not break
    ("Belgium ruled out sending troops to Ukraine.", {("BEL", "declines")}),
])
def test_set55_readings(tmp_path: Path, sentence: str, expected: set[tuple[str, str]]) -> None:
    assert stance_pairs(tmp_path, sentence) == expected


def _all_stances(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    """Every stance the passes read, "rejects" included (no stance check)."""
    (tmp_path / "r.txt").write_text("Europe weighs a force for Ukraine\n\n" + text + "\n",
                                    encoding="utf-8")
    return {(s.actor, s.stance) for s in build_ledger([tmp_path / "r.txt"], jobs=1,
                                                      stance_check=False).stances}


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials said Spain is planning for the multinational force, regardless of the Kremlin's "
     "rejection this week of any foreign deployment as unacceptable.", set()),
    ("Some allies want a force of 50,000 troops. Senior Austrian officials dismissed this idea as "
     "premature.", {("AUT", "undecided")}),
    # must not break
    ("Austria dismissed the idea of sending troops.", {("AUT", "rejects")}),
])
def test_judgements_of_others_and_dismissals(tmp_path: Path, text: str,
                                             expected: set[tuple[str, str]]) -> None:
    assert {p for p in _all_stances(tmp_path, text) if p[0] != "RUS"} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A joint declaration signed in Rome by Italy, Greece and the Ukrainian president allows for the "
     "presence of troops after a ceasefire.", {("ITA", "ready"), ("GRC", "ready")}),
    ("Spain and Portugal have signed an intent declaration to provide security support after a "
     "peace deal, including establishing military hubs and depots.",
     {("ESP", "ready"), ("PRT", "ready")}),
    # must not break
    ("Spain and Portugal signed a declaration on security guarantees for Ukraine.", set()),
    ("Spain and Portugal signed a declaration to provide security support to Ukraine.", set()),
])
def test_declarations_that_station_forces(tmp_path: Path, sentence: str,
                                          expected: set[tuple[str, str]]) -> None:
    assert stance_pairs(tmp_path, sentence) == expected
