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


# --- from the errors of set 84, read as classes (after it was scored with H1) ---------------

@pytest.mark.parametrize("text", [
    "The Dutch prime minister said nothing was off the table on sending Dutch troops.",
    "The Dutch prime minister said nothing has been ruled out on sending Dutch troops.",
    "Dutch premier Schoof's refusal to rule out a Dutch contribution to the force drew praise.",
])
def test_every_option_kept_is_open_not_a_refusal(tmp_path: Path, text: str) -> None:
    got = stance_pairs(tmp_path, text)
    assert ("NLD", "open") in got and ("NLD", "declines") not in got


def test_sending_off_the_table_still_declines(tmp_path: Path) -> None:
    assert stance_pairs(tmp_path, "The Dutch government said sending troops was off the "
                                  "table.") == {("NLD", "declines")}


def test_a_list_closed_by_a_comma_and_others_keeps_its_nations(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Officials from Norway, Denmark, Finland, and others have pledged "
                                 "to provide troops for the force.")
    assert {("NOR", "ready"), ("DNK", "ready"), ("FIN", "ready")} <= got


def test_a_national_force_proposed_is_the_proposers_own(tmp_path: Path) -> None:
    assert ("CAN", "ready") in stance_pairs(
        tmp_path, "Carney has suggested deploying a Canadian peacekeeping force to Ukraine.")


def test_another_nations_troops_proposed_are_no_offer_of_the_proposer(tmp_path: Path) -> None:
    for text in ("Carney suggested deploying British troops to Ukraine.",
                 "Carney suggested deploying a British force to Ukraine."):
        got = stance_pairs(tmp_path, text)
        assert ("CAN", "ready") not in got


@pytest.mark.parametrize("text", [
    "Norway will help the mission without sending soldiers to Ukraine.",
    "Norway confirmed it would assist the ceasefire's enforcement, though without deploying "
    "troops.",
])
def test_help_without_troops_declines_them(tmp_path: Path, text: str) -> None:
    got = stance_pairs(tmp_path, text)
    assert ("NOR", "declines") in got and ("NOR", "ready") not in got


def test_cannot_without_troops_is_no_refusal(tmp_path: Path) -> None:
    assert ("NOR", "declines") not in stance_pairs(
        tmp_path, "Norway says the peace cannot be kept without sending troops.")


def test_considering_such_a_move_after_a_sentence_on_troops_is_open(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Denmark is ready to send troops to Ukraine. Norway and Finland "
                                 "are also considering such a move.")
    assert {("NOR", "open"), ("FIN", "open")} <= got


def test_considering_such_a_move_without_troops_before_is_nothing(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Denmark has raised its defence budget. Norway is also "
                                 "considering such a move.")
    assert ("NOR", "open") not in got


def test_a_backstop_said_to_be_vital_after_an_offer_makes_it_conditional(tmp_path: Path) -> None:
    assert stance_pairs(tmp_path, "Norway is ready to send troops, but a US backstop will be "
                                  "vital.") == {("NOR", "ready"), ("NOR", "conditional")}


@pytest.mark.parametrize(("text", "want"), [
    ("Norway will play its full part in keeping the peace, including by potentially deploying "
     "troops.", "open"),
    ("Norway will play its full part in keeping the peace, including by deploying troops.",
     "ready"),
])
def test_a_part_played_including_by_sending_troops(tmp_path: Path, text: str, want: str) -> None:
    assert ("NOR", want) in stance_pairs(tmp_path, text)


def test_a_part_in_securing_the_peace_alone_is_still_no_offer(tmp_path: Path) -> None:
    assert stance_pairs(tmp_path, "Norway will play its full part in ensuring Ukraine's "
                                  "security.") == set()


# --- from the errors of set 85, read as classes (after it was scored with H2) ---------------

@pytest.mark.parametrize("text", [
    "The minister did not want to speculate on potential Danish participation in the force.",
    "Frederiksen declined to comment on possible Danish participation in the force.",
])
def test_no_comment_on_a_possible_participation_is_undecided(tmp_path: Path, text: str) -> None:
    got = stance_pairs(tmp_path, text)
    assert ("DNK", "undecided") in got and ("DNK", "open") not in got


def test_a_possible_participation_spoken_of_stays_open(tmp_path: Path) -> None:
    assert ("DNK", "open") in stance_pairs(
        tmp_path, "Frederiksen spoke about possible Danish participation in the force.")


def test_not_rejecting_sending_is_open(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Frederiksen does not categorically reject sending troops.")
    assert ("DNK", "open") in got and ("DNK", "declines") not in got


@pytest.mark.parametrize("text", [
    "Denmark is not prepared to commit troops at this stage.",
    "Britain will send troops to the force. Denmark was not prepared to commit to participation "
    "at this stage.",
])
def test_not_ready_at_this_stage_is_undecided(tmp_path: Path, text: str) -> None:
    got = stance_pairs(tmp_path, text)
    assert ("DNK", "undecided") in got and ("DNK", "declines") not in got


def test_not_ready_without_a_time_still_declines(tmp_path: Path) -> None:
    assert ("DNK", "declines") in stance_pairs(tmp_path,
                                               "Denmark is not prepared to commit troops.")


def test_no_decisions_made_is_undecided(tmp_path: Path) -> None:
    assert ("DNK", "undecided") in stance_pairs(
        tmp_path, "No decisions have been made about the deployment of Danish troops, "
                  "Frederiksen said.")


def test_not_discussing_until_a_deal_is_undecided(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Denmark will not discuss participation in the mission until a "
                                 "peace agreement is signed.")
    assert ("DNK", "undecided") in got and ("DNK", "declines") not in got


def test_such_a_possibility_not_ruled_out_after_a_sentence_on_troops_is_open(
        tmp_path: Path) -> None:
    assert ("DNK", "open") in stance_pairs(
        tmp_path, "Reports said the force would need more troops. Frederiksen does not rule out "
                  "such a possibility.")


# --- from the errors of set 86, read as classes (after it was scored with H3) ---------------

def test_a_decision_to_join_that_depends_is_undecided_not_an_offer(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Albanese said Australia's decision to join the peacekeeping "
                                 "effort would depend on the circumstances.")
    assert ("AUS", "ready") not in got and ("AUS", "undecided") in got


def test_a_refusal_to_join_declines(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "A former minister criticised Lisbon's refusal to join the "
                                 "Ukraine mission.")
    assert ("PRT", "declines") in got and ("PRT", "ready") not in got


def test_rejecting_any_possibility_of_something_else_is_no_refusal_of_the_force(
        tmp_path: Path) -> None:
    from reassure.evidence import build_ledger
    (tmp_path / "r.txt").write_text(
        "Europe weighs a force for Ukraine\nNorthwire, 3 March 2025\n\nAlbanese categorically "
        "rejected any possibility of complying with ultimatums from Moscow.\n", encoding="utf-8")
    ledger = build_ledger([tmp_path / "r.txt"], jobs=1, stance_check=False)
    assert not [s for s in ledger.stances if s.actor == "AUS"]


@pytest.mark.parametrize(("text", "want"), [
    ("Moscow hit out at Albanese's plan for Australian troops to form part of the force.",
     {("AUS", "ready")}),
    ("Moscow hit out at Albanese's plan for British troops to form part of the force.", set()),
    ("The plan for Australian troops to join the force was debated.", set()),
])
def test_an_owners_plan_for_its_own_troops(tmp_path: Path, text: str, want: set) -> None:
    got = {p for p in stance_pairs(tmp_path, text) if p[0] in ("AUS", "GBR")}
    assert got == want


@pytest.mark.parametrize(("text", "want"), [
    ('Kyiv asked for a "minimum" of 150,000 peacekeepers.', ("ukraine_request", 150000.0, None)),
    ("The force would need a “minimum” of 20,000 troops.", ("european_force", 20000.0, None)),
    ("Europe could send “up to” 30,000 troops.", ("european_force", None, 30000.0)),
])
def test_a_bound_in_quotation_marks_before_the_number(tmp_path: Path, text: str,
                                                      want: tuple) -> None:
    assert troops_in(tmp_path, text, "rules") == {want}


# --- classes recurring across fresh sets 74-87 (a reader's sort of the misses by set number) --

@pytest.mark.parametrize(("text", "iso"), [
    ("Portugal's foreign minister said it was not appropriate to discuss a Portuguese troop "
     "contribution before any peace agreement exists.", "PRT"),
    ("The Slovak defence minister said it was inappropriate to speculate about sending Slovak "
     "soldiers.", "SVK"),
])
def test_not_the_time_to_discuss_is_undecided(tmp_path: Path, text: str, iso: str) -> None:
    assert (iso, "undecided") in stance_pairs(tmp_path, text)


@pytest.mark.parametrize(("text", "iso"), [
    ("Asked about sending Danish soldiers, the Danish defence minister replied that Copenhagen "
     "excludes no option.", "DNK"),
    ("The Finnish president, who does not want to rule anything out on troops, said the debate "
     "would continue.", "FIN"),
    ("Finland has ruled out nothing on troops.", "FIN"),
    ("All options are on the table, including troops, the Swedish government said.", "SWE"),
])
def test_every_option_kept_on_troops_is_open(tmp_path: Path, text: str, iso: str) -> None:
    got = stance_pairs(tmp_path, text)
    assert (iso, "open") in got and (iso, "declines") not in got


def test_every_option_kept_on_something_else_is_nothing(tmp_path: Path) -> None:
    assert stance_pairs(tmp_path, "All options for financing Ukraine's army are on the table, "
                                  "the Austrian finance minister said.") == set()


@pytest.mark.parametrize("text", [
    "Irish soldiers will not be sent while fighting is still going on, the Irish defence "
    "minister said.",
    "Ireland would not deploy troops 'today', only once a peace deal is signed, the taoiseach "
    "said.",
])
def test_a_refusal_limited_to_wartime_is_no_refusal_of_the_force(tmp_path: Path,
                                                                 text: str) -> None:
    assert ("IRL", "declines") not in stance_pairs(tmp_path, text)


def test_a_refusal_now_and_after_a_ceasefire_still_declines(tmp_path: Path) -> None:
    assert ("PRT", "declines") in stance_pairs(
        tmp_path, "Portugal will not send troops to Ukraine, either now or after a ceasefire.")


def test_commanding_the_force_is_not_sending_troops(tmp_path: Path) -> None:
    assert ("ITA", "ready") not in stance_pairs(
        tmp_path, "Italy will take command of a multinational monitoring force once fighting "
                  "stops.")


def test_ready_to_think_about_sending_is_open(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "'I am ready to think about deploying Irish troops,' the "
                                 "taoiseach said.")
    assert ("IRL", "open") in got and ("IRL", "ready") not in got


def test_no_firm_commitment_so_far_is_undecided(tmp_path: Path) -> None:
    assert ("ITA", "undecided") in stance_pairs(
        tmp_path, "Unlike Paris, Rome has so far made no firm commitment on troops.")


def test_there_has_to_be_american_backing_is_a_condition(tmp_path: Path) -> None:
    assert stance_pairs(tmp_path, "'We are prepared to consider sending Danish troops, but there "
                                  "has to be American backing,' the Danish prime minister "
                                  "said.") == {("DNK", "open"), ("DNK", "conditional")}


def test_a_leaders_plan_for_the_nations_own_troops(tmp_path: Path) -> None:
    assert ("NOR", "ready") in stance_pairs(
        tmp_path, "Critics in Oslo attacked the prime minister's plan for Norwegian troops to "
                  "serve in the reassurance force.")


# --- from the errors of set 88 (after it was scored with H5) ----------------------------------

def test_a_group_at_a_sentences_start_is_expanded(tmp_path: Path) -> None:
    assert {("EST", "ready"), ("LVA", "ready"), ("LTU", "ready")} <= stance_pairs(
        tmp_path, "The Baltics are willing to commit troops.")


def test_countries_mainly_from_a_list_are_those_nations(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Only a few countries, mainly from Scandinavia, Portugal and "
                                 "Belgium, are willing to commit troops.")
    assert {("PRT", "ready"), ("BEL", "ready")} <= got


def test_envoys_from_countries_are_no_list_of_holders(tmp_path: Path) -> None:
    assert stance_pairs(tmp_path, "Envoys from countries near Russia warned against sending "
                                  "troops.") == set()
