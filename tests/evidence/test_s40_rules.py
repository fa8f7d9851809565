"""(s40) Readings from the rebuilt sets' tune half (odd sets 55-95, texts rebuilt from stored
pages; docs/evidence.md §10 "Session 40"), written as classes in the project's own words:
stances the cues missed, and phrasings that only seemed a stance. Each test fails on the code
before session 40; the guards beside them keep each new reading to its class."""

from __future__ import annotations

from pathlib import Path

from evidence_claim_helpers import stance_pairs


def test_the_exclusion_of_a_nations_troops_is_a_refusal(tmp_path: Path) -> None:
    assert ("AUT", "declines") in stance_pairs(
        tmp_path, "The Austrian chancellor confirmed the exclusion of Austrian soldiers from any "
                  "deployment on Ukrainian soil.")
    assert ("RUS", "declines") not in stance_pairs(
        tmp_path, "The minister called for the exclusion of Russian vessels from the port.")


def test_no_to_sending_is_a_refusal(tmp_path: Path) -> None:
    assert ("SVK", "declines") in stance_pairs(
        tmp_path, "Fico in Brussels: No to sending Slovak troops to Ukraine")


def test_judging_the_sending_impossible_is_a_refusal(tmp_path: Path) -> None:
    assert ("IRL", "declines") in stance_pairs(
        tmp_path, "The Irish taoiseach does not consider it possible to send Irish troops to "
                  "Ukraine.")
    assert ("PRT", "declines") in stance_pairs(
        tmp_path, "Portugal does not consider it necessary to deploy Portuguese soldiers to "
                  "Ukraine.")
    assert ("AUT", "declines") not in stance_pairs(
        tmp_path, "Austria considers it possible to send Austrian troops to Ukraine.")


def test_declining_to_answer_whether_is_undecided(tmp_path: Path) -> None:
    # not the refusal "declined to send", and only the decliner's own nation
    assert ("BEL", "undecided") in stance_pairs(
        tmp_path, "Asked twice, the Belgian prime minister declined to give a clear answer on "
                  "whether Belgian soldiers would be deployed.")
    assert ("BEL", "undecided") not in stance_pairs(
        tmp_path, "Trump declined to give an answer on whether Belgian soldiers would be "
                  "deployed.")


def test_no_concrete_and_immediate_plans_is_undecided(tmp_path: Path) -> None:
    assert ("LVA", "undecided") in stance_pairs(
        tmp_path, "The Latvian defence minister said there are no concrete and immediate plans "
                  "for sending Latvian troops.")


def test_pondering_is_weighing(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Erdogan is pondering sending Turkish troops to the mission.")
    assert ("TUR", "open") in got and ("TUR", "ready") not in got


def test_a_condition_put_before_the_offer_conditions_it(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "If Russia masses troops on the border again, Norway may be "
                                 "willing to send a battalion to Ukraine.")
    assert {("NOR", "open"), ("NOR", "conditional")} <= got
    # the force's premise before the offer is no condition
    assert ("NOR", "conditional") not in stance_pairs(
        tmp_path, "If a ceasefire holds, Norway may be willing to send a battalion to Ukraine.")


def test_a_requirement_put_after_the_offer_conditions_it(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Lithuania does not rule out sending soldiers, but it will "
                                 "require consultations with its allies.")
    assert {("LTU", "open"), ("LTU", "conditional")} <= got
    assert ("EST", "conditional") not in stance_pairs(
        tmp_path, "Estonia is ready to send troops, but it would require a ceasefire first.")


def test_not_all_of_them_is_no_refusal(tmp_path: Path) -> None:
    assert ("NLD", "declines") not in stance_pairs(
        tmp_path, "Dutch officials stressed that while the countries on the call wanted to help "
                  "secure the peace, they were not all committed to joining a European force.")


def test_a_contribution_that_is_not_troops_is_no_offer_of_them(tmp_path: Path) -> None:
    assert ("HUN", "open") not in stance_pairs(
        tmp_path, "While Hungary may contribute to a future monitoring operation, it will not "
                  "involve sending troops to Ukraine.")
    assert ("POL", "declines") in stance_pairs(
        tmp_path, "Poland will run the logistics hub, but it will not send troops itself.")


def test_the_lead_role_is_no_refusal_to_send(tmp_path: Path) -> None:
    assert ("DNK", "declines") not in stance_pairs(
        tmp_path, "The Danish army is so stretched that it could not lead a peacekeeping mission "
                  "in Ukraine.")


def test_an_earlier_hint_is_no_openness(tmp_path: Path) -> None:
    assert ("SWE", "open") not in stance_pairs(
        tmp_path, "Until this week, the Swedish prime minister had only hinted at the possibility "
                  "of Swedish troops joining the force.")


def test_weighing_another_bodys_mission_is_no_offer(tmp_path: Path) -> None:
    assert ("ITA", "open") not in stance_pairs(
        tmp_path, "The Italian government is considering the possibility of a mission to monitor "
                  "a truce being led by the United Nations.")
    assert ("ITA", "open") in stance_pairs(
        tmp_path, "Italy is considering sending troops to a mission led by the United Nations.")
