"""(s36) Readings from set 96's errors, written as classes in the project's own words
(docs/evidence.md §10 "Session 36"): phrasings that read like a stance and give none, or give
another one, and offers the cues missed."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import stance_pairs


@pytest.mark.parametrize(("text", "absent"), [
    # troops able to resist an attack: what they could do, no refusal by anyone
    ("Chancellor Friedrich Merz said that, if needed, Western troops stationed in Ukraine would "
     "be able to resist a renewed Russian attack.", ("DEU", "declines")),
    # the writer's scepticism in a headline, not the nation's
    ("Norway Weighs Sending 800 Soldiers to Ukraine: A Sceptical Look", ("NOR", "undecided")),
    ("Denmark's troop plan for Ukraine, a skeptical take", ("DNK", "undecided")),
    # a group's proposal of a force, no offer of the listed leader's own troops
    ("European leaders, among them Prime Minister Keir Starmer, have suggested deploying "
     "peacekeeping forces in Ukraine under an international accord.", ("GBR", "ready")),
    # a hope about what another nation would do
    ("Starmer and Macron are promoting a deal which they hope would see Trump provide US cover "
     "for troops from a European coalition.", ("GBR", "open")),
    ("Starmer and Macron are promoting a deal which they hope would see Trump provide US cover "
     "for troops from a European coalition.", ("FRA", "open")),
    # a candidate for office speaks for no government, nor does what he would do if elected
    ("Romanian presidential hopeful Ion Popa has said he opposes sending Romanian troops to "
     "Ukraine.", ("ROU", "declines")),
    ("Ion Popa, a Romanian presidential candidate backed by two parties, said he opposes sending "
     "Romanian troops to Ukraine.", ("ROU", "declines")),
    ("Popa said that if he becomes president, Romania will not send soldiers to Ukraine.",
     ("ROU", "declines")),
    ('"If I am elected president of Romania, we will not send troops to Ukraine," he wrote.',
     ("ROU", "declines")),
    ('"If I am president of Romania, we will not send troops to Ukraine," he wrote.',
     ("ROU", "declines")),
    # evaluating is weighing, not an offer
    ("A German weekly wrote that Japan was evaluating sending peacekeepers to Ukraine as part of "
     "the coalition.", ("JPN", "ready")),
])
def test_a_phrasing_that_only_seems_a_stance_gives_none(tmp_path: Path, text: str,
                                                        absent: tuple[str, str]) -> None:
    assert absent not in stance_pairs(tmp_path, text)


@pytest.mark.parametrize(("text", "pair"), [
    ("Prime Minister Keir Starmer voiced readiness to put British troops into a postwar mission, "
     "pending talks with President Trump.", ("GBR", "conditional")),
    ("So Norway is talking about potentially sending 800 soldiers to Ukraine after a ceasefire.",
     ("NOR", "open")),
    ("Starmer is pushing ahead with plans for British, French and other troops to be sent to "
     "Ukraine as peacekeepers.", ("GBR", "ready")),
    ("Starmer is pushing ahead with plans for British, French and other troops to be sent to "
     "Ukraine as peacekeepers.", ("FRA", None)),
    ("She cited remarks by Prime Minister Keir Starmer and German Defence Minister Boris "
     "Pistorius, who said their countries could provide troops for a peacekeeping mission.",
     ("GBR", "open")),
    ("She cited remarks by Prime Minister Keir Starmer and German Defence Minister Boris "
     "Pistorius, who said their countries could provide troops for a peacekeeping mission.",
     ("DEU", "open")),
    ("A German weekly wrote that Japan was evaluating sending peacekeepers to Ukraine.",
     ("JPN", "open")),
])
def test_a_phrasing_read_as_the_stance_it_gives(tmp_path: Path, text: str,
                                                pair: tuple[str, str | None]) -> None:
    got = stance_pairs(tmp_path, text)
    if pair[1] is None:  # no stance at all for this nation
        assert not any(a == pair[0] for a, _ in got)
    else:
        assert pair in got


@pytest.mark.parametrize(("text", "pair"), [
    # near misses: the same words where they do give the stance
    ("Chancellor Friedrich Merz has resisted calls to send German troops to Ukraine.",
     ("DEU", "declines")),
    ("Spain is sceptical about sending troops to Ukraine.", ("ESP", "undecided")),
    ("Carney has suggested deploying a Canadian peacekeeping force to Ukraine.",
     ("CAN", "ready")),
    ("President Nicusor Dan said Romania will not send soldiers to Ukraine.",
     ("ROU", "declines")),
    ("Prime Minister Keir Starmer voiced readiness to put British troops into a postwar mission.",
     ("GBR", "ready")),
])
def test_near_misses_keep_their_reading(tmp_path: Path, text: str,
                                        pair: tuple[str, str]) -> None:
    assert pair in stance_pairs(tmp_path, text)


def test_pending_a_vote_is_the_parliament_condition(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "The Dutch government is ready to send troops to Ukraine, "
                                 "pending a vote in parliament.")
    assert ("NLD", "conditional") in got


def test_talking_about_the_force_in_general_is_the_talks(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "The leaders talked about sending troops at the summit.")
    assert not got


# --- from set 97's errors (after its one scoring) ---------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Norwegian Prime Minister Jonas Vik also confirmed his support for Kyiv, although this will "
     "not include sending troops to Ukrainian territory.", ("NOR", "declines")),
    ("Defence Minister Andris Berzins said Latvia would participate as part of the coalition of "
     "the willing.", ("LVA", "ready")),
    ("The declaration signed in Paris envisages Belgium, the Netherlands and other coalition "
     "countries sending troops after a ceasefire.", ("BEL", "ready")),
    ("The declaration signed in Paris envisages Belgium, the Netherlands and other coalition "
     "countries sending troops after a ceasefire.", ("NLD", "ready")),
    ("Belgium and Denmark, so far the only countries to have agreed to send land forces to "
     "Ukraine, met in Brussels.", ("BEL", "ready")),
    ("Belgium and Denmark, so far the only countries to have agreed to send land forces to "
     "Ukraine, met in Brussels.", ("DNK", "ready")),
    ("Portugal has spoken out against deploying peacekeeping troops to Ukraine.",
     ("PRT", "declines")),
])
def test_set97_a_phrasing_read_as_the_stance_it_gives(tmp_path: Path, text: str,
                                                      pair: tuple[str, str]) -> None:
    assert pair in stance_pairs(tmp_path, text)


@pytest.mark.parametrize(("text", "absent"), [
    # the group's plan in a participle, not the nation said to stay out of it
    ("The president said Slovakia would not be part of the group of 26 countries planning to send "
     "troops to Ukraine.", ("SVK", "ready")),
    # openness, quoted, to joining is open only
    ("The minister said Austria was \u201copen\u201d to joining a force to uphold a peace deal.",
     ("AUT", "ready")),
    # an outsider's hypothesis about a leader and his allies
    ('"If Macron and his allies send their troops to Ukraine, Moscow will treat it as a threat," '
     "a Duma deputy said.", ("FRA", "ready")),
])
def test_set97_a_phrasing_that_only_seems_a_stance_gives_none(tmp_path: Path, text: str,
                                                              absent: tuple[str, str]) -> None:
    assert absent not in stance_pairs(tmp_path, text)


def test_if_the_fighting_stops_is_the_premise_not_a_condition(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "It comes as Belgium and Denmark, to date the only countries to "
                                 "have agreed to send land forces to Ukraine if the fighting "
                                 "stops, met in Brussels.")
    assert ("BEL", "ready") in got and ("DNK", "ready") in got
    assert not any(s == "conditional" for _, s in got)


# --- from set 98's errors (after its one scoring) ---------------------------------------------

def test_ruling_out_another_matter_is_no_troop_refusal(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "French Defence Minister Jean Roux ruled out any postwar "
                                 "demilitarisation of Ukraine, saying its army is the first "
                                 "guarantee of a peace with troops from Europe behind it.")
    assert ("FRA", "declines") not in got
    assert ("DNK", "declines") in stance_pairs(tmp_path, "Denmark ruled out any deployment of "
                                                         "troops.")


def test_seeking_approval_to_deploy_own_troops_is_the_offer_on_that_condition(
        tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "During these talks, Frederiksen aims to seek parliamentary "
                                 "approval for deploying Danish troops to Ukraine.")
    assert {("DNK", "ready"), ("DNK", "conditional")} <= got


def test_a_decision_to_be_made_at_the_right_time_is_undecided(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Lars Holm, the official spokesman of the Danish government, "
                                 "stressed that any decision regarding military participation "
                                 "would be made at 'the right time.'")
    assert got == {("DNK", "undecided")}


# --- the review's cases: where the rules above must not reach ------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Britain is ready to deploy troops to Ukraine, but there has to be United States backing.",
     ("GBR", "conditional")),
    ("Sweden could conceivably take part in a peacekeeping force in Ukraine.", ("SWE", "open")),
    ("Spain has resisted sending troops in advance of a ceasefire.", ("ESP", "declines")),
    ("Poland has resisted sending troops against Russian aggression.", ("POL", "declines")),
    ("Orban and Fico said their countries are reluctant to send troops to Ukraine.",
     ("HUN", "undecided")),
    ("It is unclear whether Austria would participate as part of the coalition of the willing.",
     ("AUT", "undecided")),
    ("If the president is satisfied with the guarantees, Finland will send troops.",
     ("FIN", "ready")),
    ("Denmark, hopeful of US support, said it would send troops to Ukraine.", ("DNK", "ready")),
    ("Spain takes a sceptical view of sending troops to Ukraine.", ("ESP", "undecided")),
])
def test_the_s36_rules_leave_these_readings(tmp_path: Path, text: str,
                                            pair: tuple[str, str]) -> None:
    assert pair in stance_pairs(tmp_path, text)


@pytest.mark.parametrize(("text", "absent"), [
    ("Orban and Fico said their countries are reluctant to send troops to Ukraine.",
     ("HUN", "ready")),
    ("It is unclear whether Austria would participate as part of the coalition of the willing.",
     ("AUT", "ready")),
    ("Following a call with Starmer and Macron, Meloni said any decision on Italian troops would "
     "be taken at the appropriate time.", ("GBR", "undecided")),
    ("France has pledged troops, while Germany's contribution remains pending a Bundestag vote.",
     ("FRA", "conditional")),
    ("Sweden is ready to send troops, pending talks with us and our Nordic partners, the minister "
     "said.", ("SWE", "conditional")),
    ("Denmark criticised those talking about sending their troops to Ukraine.", ("DNK", "open")),
    ("Italy said the first phase of the plan would not include sending troops, which could "
     "follow later.", ("ITA", "declines")),
    ("Critics in Rome urged Meloni to seek parliamentary approval before sending Italian troops.",
     ("ITA", "ready")),
])
def test_the_s36_rules_do_not_reach_these(tmp_path: Path, text: str,
                                          absent: tuple[str, str]) -> None:
    assert absent not in stance_pairs(tmp_path, text)


# --- from set 99's errors (after its one scoring) ---------------------------------------------

@pytest.mark.parametrize(("text", "absent"), [
    ("Belgium and the Netherlands have pushed the idea of setting up a coalition of willing "
     "countries to participate in such a force.", ("BEL", "ready")),
    ("Belgium and Denmark are failing to convince other allies to send troops, with US officials "
     "rejecting the plan, a newspaper writes.", ("BEL", "declines")),
    ("He seems to assume that Belgium, Denmark and Norway are prepared to send troops to Ukraine.",
     ("NOR", "ready")),
    ("President Stubb is considering the possibility of organizing a peacekeeping mission under "
     "the auspices of the United Nations.", ("FIN", "open")),
    ("Norwegian troops would not take part in the current war, the minister said.",
     ("NOR", "declines")),
    ("Belgian and Dutch officials are deliberating the potential of sending troops to Ukraine.",
     ("BEL", "ready")),
])
def test_set99_a_phrasing_that_only_seems_a_stance_gives_none(tmp_path: Path, text: str,
                                                              absent: tuple[str, str]) -> None:
    assert absent not in stance_pairs(tmp_path, text)


@pytest.mark.parametrize(("text", "pair"), [
    ("Belgian and Dutch officials are deliberating the potential of sending troops to Ukraine.",
     ("BEL", "open")),
    ("Belgium and Denmark have already talked about the prospect of sending thousands of their "
     "troops to Ukraine.", ("DNK", "open")),
    ("Austria's foreign minister said Austria doesn't have the capacity to send troops to "
     "Ukraine.", ("AUT", "declines")),
])
def test_set99_a_phrasing_read_as_the_stance_it_gives(tmp_path: Path, text: str,
                                                      pair: tuple[str, str]) -> None:
    assert pair in stance_pairs(tmp_path, text)


# --- the second review's cases -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Assuming that a ceasefire is agreed, Finland is prepared to send troops to Ukraine.",
     ("FIN", "ready")),
    ("Britain is considering sending troops and leading the force.", ("GBR", "open")),
    ("Germany, together with Austria, has ruled out sending troops.", ("AUT", "declines")),
    ("Spain, with Portugal, refused to send troops to Ukraine.", ("ESP", "declines")),
    ("Poland will not send troops once the current war ends.", ("POL", "declines")),
    ("Belgium lacks the resources to deploy troops to Ukraine.", ("BEL", "declines")),
    ("Poland has already spoken about possibly sending troops.", ("POL", "open")),
])
def test_the_set99_rules_leave_or_give_these(tmp_path: Path, text: str,
                                             pair: tuple[str, str]) -> None:
    assert pair in stance_pairs(tmp_path, text)


def test_lacking_the_means_is_no_offer(tmp_path: Path) -> None:
    assert ("BEL", "ready") not in stance_pairs(
        tmp_path, "Belgium lacks the resources to deploy troops to Ukraine.")
