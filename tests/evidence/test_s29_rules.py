"""(s29) Rules from fresh set 74's errors (docs/evidence.md §10 "Session 29"), each tested both
ways: the phrasing that must give the reading and a near miss that must not. Sentences are the
project's own words, not the reports'."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import stance_pairs, troops_in


@pytest.mark.parametrize(("text", "want"), [
    # caution is hesitancy, not readiness ("expressed ... sending troops" read as ready before)
    ("Talks cover Belgian and Danish troops, though capitals such as Vienna and Berlin, and "
     "countries such as Austria and Germany, have voiced caution.",
     {("AUT", "undecided"), ("DEU", "undecided")}),
    ("Hungary has expressed caution about sending troops.", {("HUN", "undecided")}),
    ("Slovakia urged caution over the idea of sending soldiers to Ukraine.", {("SVK", "undecided")}),
])
def test_caution_is_undecided(tmp_path: Path, text: str, want: set[tuple[str, str]]) -> None:
    assert want <= stance_pairs(tmp_path, text)
    assert not {p for p in stance_pairs(tmp_path, text) if p[1] == "ready" and p[0] in
                {n for n, _ in want}}


def test_caution_beside_another_nations_offer_stays_apart(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Hungary showed caution, while Portugal said it was ready to "
                                 "send troops.")
    assert ("HUN", "undecided") in got and ("PRT", "ready") in got
    assert ("HUN", "ready") not in got


def test_a_leaders_own_claim_is_the_nations_stance(tmp_path: Path) -> None:
    # the claimer is a person of the nation claimed about: its own stance
    assert ("FRA", "ready") in stance_pairs(
        tmp_path, "Macron previously claimed France would be willing to send troops to Ukraine.")
    # another nation's official claiming it stays no stance (15zc)
    assert ("FRA", "ready") not in stance_pairs(
        tmp_path, "Lavrov claimed France would be willing to send troops to Ukraine.")


@pytest.mark.parametrize("text", [
    "France may have to withdraw troops from Romania and Lithuania to deploy a brigade to Ukraine.",
    "France may have to pull 1,000 troops from Romania and Lithuania to deploy a brigade to "
    "Ukraine.",
])
def test_troops_withdrawn_from_a_place_do_not_make_it_a_holder(tmp_path: Path, text: str) -> None:
    got = stance_pairs(tmp_path, text)
    assert not {p for p in got if p[0] in ("ROU", "LTU")}


def test_troops_from_a_nation_are_still_its_own(tmp_path: Path) -> None:
    # troops *from* a nation are still its own ("Troops from X will be ready to deploy")
    assert ("NLD", "ready") in stance_pairs(
        tmp_path, "Troops from the Netherlands and Belgium will be ready to deploy.")


@pytest.mark.parametrize("text", [
    "Today about 800 Dutch troops are stationed in Lithuania as part of an alliance mission to "
    "deter Russia.",
    "There are roughly 1,200 Canadian troops in Latvia and Poland.",
    "Over the past forty years, tens of thousands of Finnish soldiers have served in "
    "peacekeeping missions abroad.",
])
def test_a_standing_presence_or_a_record_is_no_force_size(tmp_path: Path, text: str) -> None:
    assert troops_in(tmp_path, text, "model") == set()


@pytest.mark.parametrize(("text", "want"), [
    ("The Netherlands will send 800 troops to Ukraine to deter Russia.",
     ("contribution:NLD", 800.0, 800.0)),
    ("There are plans for 1,200 Canadian troops in Ukraine.", ("contribution:CAN", 1200.0, 1200.0)),
    # a modal or Ukraine: an offer, not a presence elsewhere
    ("The Netherlands could keep 800 troops deployed on operations in Ukraine for years.",
     ("contribution:NLD", 800.0, 800.0)),
    ("There is talk of 10,000 European troops in Poland as a backstop for the force.",
     ("european_force", 10000.0, 10000.0)),
])
def test_an_offer_for_ukraine_stays_a_size(tmp_path: Path, text: str,
                                           want: tuple[str, float, float]) -> None:
    assert want in troops_in(tmp_path, text, "model")


# -- from fresh set 75's errors (read after it was scored) -----------------------------------

@pytest.mark.parametrize("text", [
    # an outside voice speaking after the cue (an expert, a member of parliament)
    "As a large economy, Austria must be prepared to make a real contribution to peacekeeping, "
    "said security policy expert Anna Berger.",
    "Austria is ready to take part, as a wealthy country, the parliament member stated.",
    "Austria is ready to send troops, the parliament member said on Tuesday.",
    # a party's view, in government or not, is not the nation's
    "The Austrian Green Party is suggesting a willingness to consider sending soldiers.",
    "Austria's SPD to join the peacekeeping force after the war.",
    # a demand ("must") is not a stance, as a recommendation ("should") is not (15j)
    "Austria must send peacekeepers to Ukraine, says a CDU politician.",
])
def test_outside_voices_parties_and_demands_give_no_stance(tmp_path: Path, text: str) -> None:
    assert not {p for p in stance_pairs(tmp_path, text) if p[0] == "AUT"}


@pytest.mark.parametrize(("text", "want"), [
    # the government itself, and its leader speaking, still hold the stance
    ("Austria's coalition government is ready to send troops to Ukraine.", ("AUT", "ready")),
    ("Austria is ready to send troops, the chancellor said.", ("AUT", "ready")),
    ("Austria is ready to send troops, the chancellor told lawmakers.", ("AUT", "ready")),
    # readiness to weigh it is openness
    ("Norway and Finland, however, signalled readiness to consider troop deployments once "
     "the fighting stops.", ("NOR", "open")),
    # a leader's own "must" is his nation's stance; a party to a deal is not a party
    ("Britain must be ready to put troops on the ground in Ukraine, Starmer said.",
     ("GBR", "ready")),
    ("France, a party to the deal, is ready to send troops.", ("FRA", "ready")),
    ("Germany's SPD-led government is ready to send troops.", ("DEU", "ready")),
    ("Austria is ready to deploy troops, said one European member of the coalition.",
     ("AUT", "ready")),
])
def test_governments_and_their_openness_still_count(tmp_path: Path, text: str,
                                                    want: tuple[str, str]) -> None:
    assert want in stance_pairs(tmp_path, text)


# -- from fresh set 76's errors (read after it was scored) -----------------------------------

@pytest.mark.parametrize("text", [
    # another mission's size told in the past, the mission named in the sentence
    "The number of troops deployed was 60,000, though Bosnia is a small country.",
    # a presence there now, its place named before
    "Today, twenty years on, there are still about 3,000 peacekeepers stationed there.",
    # what a nation has out now in other missions
    "The minister pointed to the roughly 900 Irish soldiers deployed in international operations.",
])
def test_other_missions_past_and_present_are_no_force_size(tmp_path: Path, text: str) -> None:
    assert troops_in(tmp_path, text, "model") == set()


@pytest.mark.parametrize(("text", "want"), [
    # a plan told in the past tense, or a plan then ("was to"), stays the force's size
    ("The plan was for 30,000 troops, unlike the force once sent to Kosovo.",
     ("european_force", 30000.0, 30000.0)),
    ("The force deployed was to number 30,000, far fewer than in Kosovo.",
     ("european_force", 30000.0, 30000.0)),
    ("Under the plan, the number of troops involved was 25,000, far fewer than the 60,000 sent "
     "to Bosnia.", ("european_force", 25000.0, 25000.0)),
])
def test_a_plan_beside_an_old_mission_stays_a_size(tmp_path: Path, text: str,
                                                   want: tuple[str, float, float]) -> None:
    assert want in troops_in(tmp_path, text, "model")


def test_no_plan_for_a_deployment_is_a_refusal(tmp_path: Path) -> None:
    assert ("BEL", "declines") in stance_pairs(
        tmp_path, "Later, Belgium said it did not plan a large-scale deployment of its troops in "
                  "Ukraine.")
    # a deployment of something else than troops is no refusal of troops
    assert not stance_pairs(tmp_path, "Belgium does not plan a deployment of air defence systems.")


def test_joining_others_in_saying_holds_their_stance(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Portugal joined Spain, Greece and other European nations in "
                                 "saying on Tuesday they did not plan to deploy troops to Ukraine.")
    assert {("PRT", "declines"), ("ESP", "declines"), ("GRC", "declines")} <= got
    # joining talks, or others in attending a summit, is no stance: only the one who spoke
    got = stance_pairs(tmp_path, "Portugal joined talks with Spain and Greece, in which Greece "
                                 "said it was ready to send troops.")
    assert ("PRT", "ready") not in got
    got = stance_pairs(tmp_path, "Portugal joined Spain and Greece in attending the summit, where "
                                 "Spain and Greece said they were ready to send troops.")
    assert ("PRT", "ready") not in got and ("ESP", "ready") in got


# -- from fresh set 77's errors (read after it was scored) -----------------------------------

@pytest.mark.parametrize("text", [
    # an army's size "reported at" a figure, the army named before
    "Limits come from the overall strength of the Dutch army, which was recently reported at "
    "35,212 personnel, and could cap any deployment.",
    # soldiers in a drill
    "During exercises in Normandy, more than 400 soldiers from the Belgian paracommando "
    "regiment conducted a simulated airborne raid.",
])
def test_an_army_reported_at_a_figure_or_a_drill_is_no_force_size(tmp_path: Path,
                                                                   text: str) -> None:
    assert troops_in(tmp_path, text, "model") == set()


@pytest.mark.parametrize(("text", "want"), [
    # an exercise elsewhere in the sentence, an army chief speaking of the contingent
    ("Speaking at a military exercise in Estonia, the Dutch prime minister said the Netherlands "
     "was prepared to contribute 800 troops to the force.", ("contribution:NLD", 800.0, 800.0)),
    ("The army chief said the European contingent, put at around 25,000 troops, could deploy "
     "quickly.", ("european_force", 25000.0, 25000.0)),
])
def test_a_drill_or_an_army_beside_an_offer_keeps_the_size(tmp_path: Path, text: str,
                                                           want: tuple[str, float, float]) -> None:
    assert want in troops_in(tmp_path, text, "model")


def test_a_figure_called_for_by_ukraines_leader_is_its_request(tmp_path: Path) -> None:
    got = troops_in(tmp_path, "Spain suggested a force far smaller than the 120,000 to 140,000 "
                              "soldiers called for by President Volodymyr Zelensky.", "model")
    assert got == {("ukraine_request", 120000.0, 140000.0)}


@pytest.mark.parametrize(("text", "want"), [
    ("Greece, long a cautious voice, has flatly denied plans to send troops to Ukraine.",
     ("GRC", "declines")),
    ("Hungary has expressed opposition, while Portugal supports deploying troops.",
     ("HUN", "declines")),
    ("The Greek prime minister signalled a potential shift, mentioning for the first time the "
     "possible involvement of Greek troops in securing a ceasefire.", ("GRC", "open")),
])
def test_denials_opposition_and_possible_involvement(tmp_path: Path, text: str,
                                                     want: tuple[str, str]) -> None:
    assert want in stance_pairs(tmp_path, text)


def test_a_leader_called_a_politician_after_his_words_keeps_the_stance(tmp_path: Path) -> None:
    # (review) "politician" names the chancellor as well as a backbencher: no outside voice
    got = stance_pairs(tmp_path, '"As Austrian Chancellor, I will not send any soldiers from our '
                                 'army to Ukraine," said the ÖVP politician Karl Nehammer.')
    assert ("AUT", "declines") in got
