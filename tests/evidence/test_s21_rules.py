"""Session 21's rules, each written from a class of misses in the real tuning sets and each with
the reading it must not break (the sentences are the project's own words):
- a group named in its own sentence after a dash, a colon, *including* or *namely* gives its
  stance to each nation listed;
- *X, like Y, is ready ...*: both hold the stance;
- *<troops> will (would, could) come (be drawn) from X and Y*: X and Y offer (or may offer) them;
- *ready (willing, prepared) to lead ... with ground forces (troops)*: the leaders' own offer;
- troop sizes: *N international (multinational, allied) troops* is the whole force's size; a
  figure a speaker asks of others (*asked his colleagues whether they could field N troops*) is
  no contribution of his nation; *France, willing to match the UK's contribution, offering to
  send N*: France's figure;
- the stance check reads the words, not which nation is named (names are masked)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import build_ledger
from reassure.evidence._model import StanceClaim
from reassure.evidence._stance_check import features

HEAD = "Europe weighs a force for Ukraine\nNorthwire, 3 March 2025\n\n"
TROOP_STANCES = ("ready", "open", "conditional", "undecided", "declines")


def _stances(tmp_path: Path, sentence: str) -> set[tuple[str, str]]:
    (tmp_path / "r.txt").write_text(HEAD + sentence + "\n", encoding="utf-8")
    ledger = build_ledger([tmp_path], stance_check=False)
    return {(s.actor, s.stance) for s in ledger.stances if s.stance in TROOP_STANCES}


def _sizes(tmp_path: Path, sentence: str) -> set[tuple[str, float | None, float | None]]:
    (tmp_path / "r.txt").write_text(HEAD + sentence + "\n", encoding="utf-8")
    ledger = build_ledger([tmp_path], stance_check=False)
    return {(c.subject, c.low, c.high) for c in ledger.claims if c.unit == "troops"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("So far just four governments have promised soldiers for the mission – Norway, Belgium, "
     "Finland and Portugal.",
     {("NOR", "ready"), ("BEL", "ready"), ("FIN", "ready"), ("PRT", "ready")}),
    ("Three states said they were prepared to deploy troops: Sweden, Denmark and Croatia.",
     {("SWE", "ready"), ("DNK", "ready"), ("HRV", "ready")}),
    ("Several nations have ruled out sending soldiers - including Hungary, Slovakia and Austria "
     "- officials in Brussels said.",
     {("HUN", "declines"), ("SVK", "declines"), ("AUT", "declines")}),
    ("Only five countries, including Norway, Belgium and the Baltic states - Estonia, Latvia and "
     "Lithuania - have pledged to contribute troops, a diplomat said.",
     {("NOR", "ready"), ("BEL", "ready"), ("EST", "ready"), ("LVA", "ready"),
      ("LTU", "ready")}),
])
def test_a_group_named_in_its_own_sentence_gives_each_listed_nation_its_stance(
        tmp_path: Path, sentence: str, expected: set[tuple[str, str]]) -> None:
    assert _stances(tmp_path, sentence) == expected


def test_a_listed_nation_that_speaks_for_itself_later_keeps_its_own_stance(
        tmp_path: Path) -> None:
    """The list is the meeting's, and only Norway, named again after it, offers troops."""
    sentence = ("Leaders of twenty nations, including Norway, Belgium and Portugal, met in Rome, "
                "where Norway said it was ready to send troops.")
    assert _stances(tmp_path, sentence) == {("NOR", "ready")}


def test_a_list_after_a_dash_with_no_group_noun_before_it_gives_nothing(tmp_path: Path) -> None:
    sentence = ("The defence chiefs met in Rome – Norway, Belgium and Portugal among them – and "
                "said the troops would need air cover.")
    assert _stances(tmp_path, sentence) == set()


def test_like_a_nation_between_commas_shares_the_subject(tmp_path: Path) -> None:
    sentence = "Norway, like Finland, is prepared to send soldiers to the mission."
    assert _stances(tmp_path, sentence) == {("NOR", "ready"), ("FIN", "ready")}


def test_unlike_a_nation_does_not_share_the_subject(tmp_path: Path) -> None:
    sentence = "Austria, unlike Finland, will not send soldiers to the mission."
    assert _stances(tmp_path, sentence) == {("AUT", "declines")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Most of the soldiers will come from Norway and Belgium, planners expect.",
     {("NOR", "ready"), ("BEL", "ready")}),
    ("The largest share of the troops would be drawn from Finland and Sweden.",
     {("FIN", "ready"), ("SWE", "ready")}),
    ("Some of the peacekeepers could come from Portugal and Croatia.",
     {("PRT", "open"), ("HRV", "open")}),
])
def test_troops_said_to_come_from_nations_are_their_offer(
        tmp_path: Path, sentence: str, expected: set[tuple[str, str]]) -> None:
    assert _stances(tmp_path, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The soldiers will not come from Portugal, its defence minister said firmly.",
    "Most of the money will come from Norway and Belgium, planners expect.",
])
def test_no_offer_when_troops_do_not_come_from_the_nation(tmp_path: Path, sentence: str) -> None:
    assert ("NOR", "ready") not in _stances(tmp_path, sentence)
    assert ("PRT", "ready") not in _stances(tmp_path, sentence)


def test_readiness_to_lead_a_force_with_ground_troops_is_an_offer(tmp_path: Path) -> None:
    sentence = ("The Norwegian and Danish prime ministers said they were ready to lead a group "
                "of nations backing Kyiv with ground forces once the fighting stops.")
    assert {("NOR", "ready"), ("DNK", "ready")} <= _stances(tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "Norway is ready to lead the talks on the coalition's plans.",
    "Norway is not ready to lead a mission with ground troops, its minister said.",
])
def test_readiness_to_lead_talks_or_a_refusal_to_lead_is_no_offer(tmp_path: Path,
                                                                  sentence: str) -> None:
    assert ("NOR", "ready") not in _stances(tmp_path, sentence)


@pytest.mark.parametrize("adjective", ["international", "multinational", "allied"])
def test_international_troops_are_the_whole_forces_size(tmp_path: Path, adjective: str) -> None:
    sentence = (f"The Norwegian prime minister hosts defence chiefs on Friday to discuss "
                f"deploying 20,000 {adjective} troops in Ukraine.")
    assert _sizes(tmp_path, sentence) == {("european_force", 20000.0, 20000.0)}


def test_a_figure_asked_of_others_is_no_contribution_of_the_asker(tmp_path: Path) -> None:
    sentence = ("The Norwegian defence chief asked his European counterparts if they could "
                "prepare 50,000 soldiers to be sent to Ukraine once a peace deal is signed.")
    assert _sizes(tmp_path, sentence) == {("european_force", 50000.0, 50000.0)}


def test_a_nations_own_offer_named_in_an_appeal_stays_its_own(tmp_path: Path) -> None:
    sentence = "Stoltenberg urged his colleagues to match Norway's offer of 4,000 troops."
    assert _sizes(tmp_path, sentence) == {("contribution:NOR", 4000.0, 4000.0)}


def test_matching_another_nations_contribution_gives_the_figure_to_the_matcher(
        tmp_path: Path) -> None:
    sentence = ("While Finland has signalled it could match Norway's contribution, offering to "
                "send between 2,000 and 3,000 troops, other members have been silent.")
    assert _sizes(tmp_path, sentence) == {("contribution:FIN", 2000.0, 3000.0)}


def _claim(sentence: str, actor: str) -> StanceClaim:
    return StanceClaim(id="x", report_id="r", actor=actor, actor_name=actor, stance="declines",
                       cue="rules out", sentence=sentence, start=500, end=560, said_by=None)


def test_the_stance_check_does_not_read_which_nation_is_named() -> None:
    """Two sentences that differ only in the nation (and its leader) get the same features: the
    check judges the reading, not a nation's usual position (s21: "Britain rules out sending
    troops" was withheld because Britain usually offered them)."""
    a = _claim("Britain rules out sending troops to Ukraine, Starmer said.", "GBR")
    b = _claim("Portugal rules out sending troops to Ukraine, Montenegro said.", "PRT")
    c = _claim("Portugal will send troops to Ukraine, Montenegro said.", "PRT")
    assert features("declines", [a], 4096) == features("declines", [b], 4096)
    assert features("declines", [b], 4096) != features("declines", [c], 4096)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Swedish defence minister has suggested the possibility of deploying Swedish soldiers "
     "to the mission, a newspaper reported.", {("SWE", "open")}),
    ("Finland's foreign minister floated the possibility of sending troops once a ceasefire "
     "holds.", {("FIN", "open")}),
])
def test_suggesting_the_possibility_of_sending_is_open(
        tmp_path: Path, sentence: str, expected: set[tuple[str, str]]) -> None:
    assert _stances(tmp_path, sentence) == expected


def test_suggesting_the_possibility_of_others_troops_is_no_stance(tmp_path: Path) -> None:
    sentence = "The Swedish minister suggested the possibility of deploying Western troops."
    assert _stances(tmp_path, sentence) == set()


@pytest.mark.parametrize("sentence", [
    "The Portuguese premier has ruled out sending Portuguese soldiers as combat forces to "
    "Ukraine, while offering other help.",
    '"Portugal is not getting ready to send ground troops, as belligerents in the war, to the '
    'front," the premier told a newspaper.',
    'Asked whether that could mean Portuguese soldiers in combat, he answered: "We do not rule '
    'out any option."',
    'When asked if it could mean Portuguese soldiers taking part in the fighting, he said: "We '
    'are not ruling out any option."',
])
def test_troops_as_combatants_in_the_war_are_no_stance_on_the_force(tmp_path: Path,
                                                                     sentence: str) -> None:
    assert _stances(tmp_path, sentence) == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Asked whether Sweden would send troops, Kristersson said: we do not rule it out.",
     {("SWE", "open")}),
    ("Portugal will not send combat troops to Ukraine, its premier said.", {("PRT", "declines")}),
])
def test_a_question_or_refusal_without_a_combat_role_still_counts(
        tmp_path: Path, sentence: str, expected: set[tuple[str, str]]) -> None:
    assert _stances(tmp_path, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Later that week, Zelensky said the mission could go ahead with 120,000 to 140,000 "
     "European soldiers.", {("ukraine_request", 120000.0, 140000.0)}),
    ("Kyiv has drafted a plan for the deployment of Western military contingents in Ukraine "
     "numbering up to 90,000 people.", {("ukraine_request", None, 90000.0)}),
])
def test_ukraine_giving_the_number_of_foreign_troops_asks_for_them(
        tmp_path: Path, sentence: str, expected: set[tuple[str, float | None, float | None]]
) -> None:
    assert _sizes(tmp_path, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Zelensky said the 25,000 European soldiers now planned were not enough.",
     {("european_force", 25000.0, 25000.0)}),
    ("Zelensky said Norway and Finland would send 25,000 European soldiers.",
     {("european_force", 25000.0, 25000.0)}),
    ("Zelensky said on Friday that thousands of Western soldiers could be deployed under the "
     "guarantees to end the war in Ukraine.", {("european_force", 1000.0, 10000.0)}),
])
def test_ukraine_reporting_others_plans_or_a_vague_size_does_not_ask(
        tmp_path: Path, sentence: str, expected: set[tuple[str, float | None, float | None]]
) -> None:
    assert _sizes(tmp_path, sentence) == expected


def test_soldiers_constantly_at_a_home_border_are_no_force_size(tmp_path: Path) -> None:
    sentence = ("He listed Norway's tasks: guarding the northern border, where 3,000-4,000 "
                "soldiers are permanently deployed, and logistics for a peacekeeping mission.")
    assert _sizes(tmp_path, sentence) == set()


def test_ready_to_place_troops_is_an_offer_and_place_alone_is_not(tmp_path: Path) -> None:
    assert _stances(tmp_path, "Norway and Finland have already said they are ready to place "
                              "boots in Ukraine's territory to help deter Russia.") == {
        ("NOR", "ready"), ("FIN", "ready")}
    assert _stances(tmp_path, "Norway will place great weight on the talks about the force.") \
        == set()


def test_a_bare_willingness_to_participate_is_an_offer(tmp_path: Path) -> None:
    """(after set 43) The noun, bare at its clause's end, reads as the adjective does ("ready to
    participate."); the countries of Scandinavia are the Scandinavian countries."""
    sentence = ("Norway, Belgium, as well as the countries of Scandinavia appear to be showing "
                "their willingness to participate, but nothing has been decided yet.")
    assert {("NOR", "ready"), ("BEL", "ready"), ("DNK", "ready"), ("SWE", "ready")} <= \
        _stances(tmp_path, sentence)


def test_readiness_to_participate_in_talks_is_no_offer(tmp_path: Path) -> None:
    sentence = "Norway expressed its readiness to participate in the talks on the coalition."
    assert ("NOR", "ready") not in _stances(tmp_path, sentence)
