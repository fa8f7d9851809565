"""(s30) Readings that generalise past one set's wording (docs/evidence.md §10 "Session 30"):
a range whose upper end carries its own bound, a nation's own adjective on the troops it sends,
a negated dismissal, "too early for X to", and a pledge noun read through its own predicate and
its own adjective. Each phrasing is tested both ways; sentences are the project's own words."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import stance_pairs, troops_in


@pytest.mark.parametrize(("text", "want"), [
    ("Once a truce holds, allies would send peacekeepers in the number of 12,000 to a maximum "
     "of 24,000 people.", ("european_force", 12000.0, 24000.0)),
    ("Europe plans a force of 10,000 to as many as 20,000 troops.",
     ("european_force", 10000.0, 20000.0)),
    ("The force could total from 5,000 up to 8,000 soldiers.", ("european_force", 5000.0, 8000.0)),
    ("Paris said 20,000 or as many as 30,000 soldiers would go to Ukraine as part of a European "
     "force.", ("european_force", 20000.0, 30000.0)),
])
def test_a_range_whose_upper_end_has_its_own_bound_is_one_range(tmp_path: Path, text: str,
                                                                want: tuple) -> None:
    got = troops_in(tmp_path, text, "rules")
    assert want in got
    assert len(got) == 1  # not the lower figure alone, nor "up to" the upper one beside it


def test_a_plain_range_and_an_upper_bound_alone_are_unchanged(tmp_path: Path) -> None:
    assert troops_in(tmp_path, "The force would number 10,000 to 20,000 troops.", "rules") == \
        {("european_force", 10000.0, 20000.0)}
    assert troops_in(tmp_path, "The force could number as many as 20,000 troops.", "rules") == \
        {("european_force", None, 20000.0)}


@pytest.mark.parametrize(("text", "want"), [
    ("Germany supports sending German troops to Ukraine.", ("DEU", "ready")),
    ("Meloni supports sending Italian troops to Ukraine.", ("ITA", "ready")),
    ("Tusk backs sending Polish troops to Ukraine.", ("POL", "ready")),
    ("Spain is in favour of sending Spanish soldiers to Ukraine.", ("ESP", "ready")),
])
def test_the_holders_own_adjective_on_the_troops_keeps_its_stance(tmp_path: Path, text: str,
                                                                  want: tuple) -> None:
    assert want in stance_pairs(tmp_path, text)


def test_another_nations_troops_give_the_supporter_no_offer(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Britain supports sending French troops to Ukraine.")
    assert ("GBR", "ready") not in got and ("FRA", "ready") not in got


def test_a_negated_dismissal_is_open(tmp_path: Path) -> None:
    assert ("DEU", "open") in stance_pairs(
        tmp_path, "While the chancellor has not formally dismissed the option of sending German "
                  "personnel, Germany wants all of Europe to share the burden.")
    got = stance_pairs(tmp_path, "The chancellor has not dismissed the option of sending German "
                                 "personnel, though he wants Europe to share the burden.")
    assert ("DEU", "open") in got and ("DEU", "declines") not in got


@pytest.mark.parametrize(("text", "want"), [
    ("It is too early for Germany to decide on sending troops to Ukraine.", ("DEU", "undecided")),
    ("It is premature for Spain to talk about sending troops.", ("ESP", "undecided")),
])
def test_too_early_for_a_nation_to_decide_is_undecided(tmp_path: Path, text: str,
                                                        want: tuple) -> None:
    assert want in stance_pairs(tmp_path, text)


def test_too_early_for_a_nation_without_troops_is_no_stance(tmp_path: Path) -> None:
    assert not stance_pairs(tmp_path, "It is too early for France to celebrate the deal.")


@pytest.mark.parametrize(("text", "want"), [
    ("Merz said German participation in the force was out of the question.", ("DEU", "declines")),
    ("Polish participation in the mission is not on the table.", ("POL", "declines")),
    ("Italian participation in the force is possible, Meloni said.", ("ITA", "open")),
    ("German participation in the force remains unclear.", ("DEU", "undecided")),
    ("Pistorius said German participation in a peacekeeping force could not be ruled out.",
     ("DEU", "open")),
])
def test_a_pledge_noun_takes_its_predicates_stance(tmp_path: Path, text: str, want: tuple) -> None:
    got = stance_pairs(tmp_path, text)
    assert want in got
    assert (want[0], "ready") not in got  # the noun alone read as an offer before


def test_a_pledge_noun_with_an_affirming_predicate_stays_an_offer(tmp_path: Path) -> None:
    assert ("NLD", "ready") in stance_pairs(
        tmp_path, "The Netherlands confirmed Dutch participation in the force.")


def test_another_nations_participation_is_not_the_subjects_offer(tmp_path: Path) -> None:
    assert ("GBR", "ready") not in stance_pairs(
        tmp_path, "Britain welcomed Dutch participation in the force.")
    assert ("DEU", "ready") in stance_pairs(
        tmp_path, "Germany announced German participation in the force.")


@pytest.mark.parametrize(("text", "want"), [
    ("European leaders discussed a force of twenty-five thousand troops.",
     ("european_force", 25000.0, 25000.0)),  # not the range 20 to 5,000
    ("Sweden could send five hundred soldiers.", ("contribution:SWE", 500.0, 500.0)),  # not 100
])
def test_number_words_with_their_scale(tmp_path: Path, text: str, want: tuple) -> None:
    assert troops_in(tmp_path, text, "rules") == {want}


def test_a_hundred_and_several_hundred_are_unchanged(tmp_path: Path) -> None:
    assert troops_in(tmp_path, "Estonia will send a hundred soldiers.", "rules") == \
        {("contribution:EST", 100.0, 100.0)}
    assert troops_in(tmp_path, "Several hundred British soldiers could go.", "rules") == \
        {("contribution:GBR", 300.0, 900.0)}


def test_a_negated_hesitation_is_an_offer(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Sanchez said Spain would not hesitate to send troops to Ukraine.")
    assert ("ESP", "ready") in got and ("ESP", "declines") not in got
    assert ("ESP", "declines") in stance_pairs(
        tmp_path, "Spain did not hesitate to reject sending troops.")  # the refusal after it
    assert ("ESP", "undecided") in stance_pairs(tmp_path, "Spain hesitates to send troops to "
                                                          "Ukraine.")


def test_a_nations_opposition_to_sending_is_its_refusal(tmp_path: Path) -> None:
    assert ("ESP", "declines") in stance_pairs(
        tmp_path, "Spain's opposition to sending troops to Ukraine is well known.")
    # the opposition as a party stays outside the government
    assert not stance_pairs(tmp_path, "Spain's opposition leader backs sending troops.")


def test_volunteered_and_earmarked_troops_are_offers(tmp_path: Path) -> None:
    assert ("ESP", "ready") in stance_pairs(tmp_path, "Spain has volunteered troops for the force.")
    assert troops_in(tmp_path, "Germany has earmarked 1,000 soldiers for the force in Ukraine.",
                     "rules") == {("contribution:DEU", 1000.0, 1000.0)}
    assert not stance_pairs(tmp_path, "Spain volunteered to host the talks.")
    assert not stance_pairs(tmp_path, "Germany earmarked 2 billion euros for Ukraine.")


@pytest.mark.parametrize("text", [
    "The UN mission in Lebanon, UNIFIL, has 10,000 peacekeepers.",  # the subject in apposition
    "Some 10,000 North Korean troops were sent to Russia.",  # troops beside Russia's
    "Europe pledged 30,000 artillery shells to Ukraine.",  # a count of things
    "Germany is stationing a 5,000-strong brigade in Lithuania.",  # a presence built elsewhere
    "Germany is stationing 5,000 troops in Lithuania.",
])
def test_no_force_size_from_these_traps(tmp_path: Path, text: str) -> None:
    assert troops_in(tmp_path, text, "model") == set()
    assert not {p for p in stance_pairs(tmp_path, text) if p[1] in ("ready", "open")}


def test_the_traps_near_misses_stay_force_sizes(tmp_path: Path) -> None:
    assert troops_in(tmp_path, "The European force, unlike KFOR, has 25,000 troops.", "rules") == \
        {("european_force", 25000.0, 25000.0)}
    assert troops_in(tmp_path, "Germany is stationing 5,000 troops in Ukraine.", "rules") == \
        {("contribution:DEU", 5000.0, 5000.0)}
    assert troops_in(tmp_path, "Europe pledged 30,000 troops to Ukraine.", "rules") == \
        {("european_force", 30000.0, 30000.0)}
    assert ("KOR", "open") in stance_pairs(tmp_path, "South Korea is considering sending troops "
                                                     "to Ukraine.")


@pytest.mark.parametrize(("text", "want"), [
    ("An official said the mission might be comfortably north of 12,000 troops.",
     ("european_force", 12000.0, None)),
    ("The European force would be south of 20,000 troops.", ("european_force", None, 20000.0)),
    ("Kyiv's president said 150,000 soldiers are the minimum needed for such a force.",
     ("ukraine_request", 150000.0, None)),
])
def test_bounds_said_in_other_words(tmp_path: Path, text: str, want: tuple) -> None:
    assert troops_in(tmp_path, text, "rules") == {want}


@pytest.mark.parametrize("text", [
    # an army
    "Dublin has a long record of sending its 8,500-strong military on peacekeeping operations "
    "abroad.",
    # Russia's own troops, though a force noun follows
    "Moscow intends to mobilize at least 90,000 soldiers for a reserve contingent.",
])
def test_an_army_and_russias_musters_are_no_force_size(tmp_path: Path, text: str) -> None:
    assert troops_in(tmp_path, text, "model") == set()


def test_their_near_misses_stay_sizes(tmp_path: Path) -> None:
    assert troops_in(tmp_path, "A 5,000-strong military contingent could go to Ukraine.",
                     "rules") == {("european_force", 5000.0, 5000.0)}
    assert troops_in(tmp_path, "Russia warned against Europe mobilising 30,000 troops.",
                     "rules") == {("european_force", 30000.0, 30000.0)}


@pytest.mark.parametrize(("text", "want"), [
    ("Several countries, including Norway and Belgium, have expressed their wish to send troops.",
     {("NOR", "open"), ("BEL", "open")}),
    ("Belgium has expressed a desire to send troops to Ukraine.", {("BEL", "open")}),
    ("Belgium would like to send troops to Ukraine.", {("BEL", "open")}),
    ("Belgium hopes to send troops to Ukraine.", {("BEL", "open")}),
])
def test_a_wish_to_send_is_open(tmp_path: Path, text: str, want: set) -> None:
    got = stance_pairs(tmp_path, text)
    assert want <= got and not {p for p in got if p[1] == "ready"}


def test_a_wish_for_something_else_is_no_stance(tmp_path: Path) -> None:
    assert not stance_pairs(tmp_path, "Belgium expressed its wish to host the talks.")
    assert not stance_pairs(tmp_path, "Belgium expressed the hope that a ceasefire would come.")


def test_a_hedged_readiness_is_open(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Japan could be prepared to contribute troops to the mission.")
    assert ("JPN", "open") in got and ("JPN", "ready") not in got
    assert ("JPN", "ready") in stance_pairs(tmp_path, "Japan will be ready to send troops to "
                                                      "Ukraine.")


def test_declining_to_say_whether_is_undecided(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Asked again, he declined to say whether Germany would send "
                                 "peacekeepers after a truce.")
    assert got == {("DEU", "undecided")}
    assert ("DEU", "undecided") in stance_pairs(
        tmp_path, "Merz declined to say whether Germany would send peacekeeping troops.")
    assert ("DEU", "undecided") not in stance_pairs(
        tmp_path, "Trump declined to say whether Germany would send troops.")  # not its leader


@pytest.mark.parametrize("text", [
    "Tusk has criticised any possible deployment of Polish soldiers to Ukraine.",
    "Warsaw has criticised a deployment of Polish service members to Ukraine.",
])
def test_criticising_ones_own_deployment_is_a_refusal(tmp_path: Path, text: str) -> None:
    got = stance_pairs(tmp_path, text)
    assert ("POL", "declines") in got and ("POL", "ready") not in got and ("POL", "open") not in got


def test_he_who_would_send_a_nations_troops_speaks_for_it(tmp_path: Path) -> None:
    assert ("GBR", "open") in stance_pairs(
        tmp_path, "Back in London, the prime minister said he would contemplate dispatching "
                  "UK soldiers once a lasting peace is agreed.")
    # a question is no stance: "refused to say whether he would send ..."
    assert not stance_pairs(tmp_path, "The opposition leader refused to say whether he would "
                                      "send Canadian troops to the country.")


def test_a_condition_after_but_keeps_the_offer_as_its_base(tmp_path: Path) -> None:
    assert {("SWE", "ready"), ("SWE", "conditional")} <= stance_pairs(
        tmp_path, "Sweden is ready to send troops, but parliament must approve any deployment.")
    assert {("SWE", "open"), ("SWE", "conditional")} <= stance_pairs(
        tmp_path, "Sweden could send troops, but parliament must approve any deployment.")
    # a refusal gives the condition no base
    assert ("SWE", "ready") not in stance_pairs(
        tmp_path, "Sweden will not send troops, but parliament must approve any deployment.")


def test_a_rules_size_the_model_finds_unlikely_is_dropped(tmp_path: Path) -> None:
    """`_claim_model.RULES_KEPT_FROM`: once, the rules read "the UK force could be as few as
    7,500 troops" as the whole force's exact size and the model dropped it (a wrong subject is
    worse than none). Since s45 "as few as" reads as the size said and the size is the UK's,
    which the model keeps (the annotators' reading too: round 13)."""
    text = "According to reports, the UK force could be as few as 7,500 troops."
    assert troops_in(tmp_path, text, "rules") == {("contribution:GBR", 7500.0, 7500.0)}
    assert troops_in(tmp_path, text, "model") == {("contribution:GBR", 7500.0, 7500.0)}
    # a clear size in a report stays
    assert troops_in(tmp_path, "European leaders discussed a reassurance force of 25,000 troops "
                               "for Ukraine.", "model") == {("european_force", 25000.0, 25000.0)}


def test_a_leader_by_title_offers_the_troops_the_press_reports(tmp_path: Path) -> None:
    assert ("GBR", "ready") in stance_pairs(
        tmp_path, "A newspaper reported that the prime minister is prepared to send several "
                  "thousand British soldiers to Ukraine.")
    # the press's own guess about a nation's troops stays no stance (15zb)
    assert not stance_pairs(tmp_path, "The paper reported that Dutch soldiers could be sent.")


def test_plans_for_a_nation_to_deploy_are_its_offer(tmp_path: Path) -> None:
    assert ("GBR", "ready") in stance_pairs(
        tmp_path, "The prime minister announced plans for the UK to deploy peacekeeping troops "
                  "to Ukraine after a ceasefire.")
    assert not stance_pairs(tmp_path, "The plan calls for France to host the talks.")


def test_the_speakers_own_troops_in_the_force_it_will_have(tmp_path: Path) -> None:
    assert ("FRA", "ready") in stance_pairs(
        tmp_path, "Macron told reporters the force will have French, Italian and Turkish "
                  "troops.")
    assert not stance_pairs(tmp_path, "The force will have British and French soldiers.")


@pytest.mark.parametrize("text", [
    "The prime minister said a British deployment would not go ahead without a security "
    "guarantee from Washington.",
    "There will be no Danish deployment without a US backstop.",
])
def test_no_deployment_without_a_need_is_conditional(tmp_path: Path, text: str) -> None:
    got = stance_pairs(tmp_path, text)
    nation = "GBR" if "British" in text else "DNK"
    assert {(nation, "ready"), (nation, "conditional")} <= got


def test_a_deployment_without_something_else_is_no_condition(tmp_path: Path) -> None:
    assert not stance_pairs(tmp_path, "A British deployment would not happen without careful "
                                      "planning.")


def test_a_polls_sample_is_no_force_size(tmp_path: Path) -> None:
    text = ("A pollster surveyed 1,850 people, and most backed British soldiers serving as "
            "peacekeepers in Ukraine.")
    assert troops_in(tmp_path, text, "rules") == set()
    assert troops_in(tmp_path, "The UK was ready to send up to 10,000 people to the force.",
                     "rules") == {("contribution:GBR", None, 10000.0)}


@pytest.mark.parametrize("text", [
    "The Spanish prime minister has not ruled out sending Western troops to Ukraine.",
    "Sanchez said that there are no plans to send Western troops to Ukraine, but this cannot be "
    "ruled out.",
])
def test_a_leader_not_ruling_out_western_troops_is_open(tmp_path: Path, text: str) -> None:
    got = stance_pairs(tmp_path, text)
    assert ("ESP", "open") in got and ("ESP", "declines") not in got


def test_raising_the_prospect_of_western_troops_stays_no_stance(tmp_path: Path) -> None:
    assert not stance_pairs(tmp_path, "Sanchez raised the prospect of sending Western troops.")


def test_opening_the_door_to_others_sending_is_open(tmp_path: Path) -> None:
    assert ("FRA", "open") in stance_pairs(
        tmp_path, "The French president opened the door on Monday to European nations sending "
                  "troops to Ukraine.")
    assert not stance_pairs(tmp_path, "Poland supports European nations sending troops to "
                                      "Ukraine.")  # support for others' sending stays none


def test_a_leader_refusing_for_his_bloc_refuses_for_his_nation(tmp_path: Path) -> None:
    # (s67) in office: `stance_pairs` dates its report June 2025, after Scholz's term
    assert ("DEU", "declines") in stance_pairs(
        tmp_path, "Chancellor Merz said on Tuesday that Western countries will not send any "
                  "ground troops to Ukraine.")
    assert not stance_pairs(tmp_path, "Scholz said some countries will not send troops.")
    assert not stance_pairs(tmp_path, "Scholz said European countries are ready to send troops.")


_TALK = ("Leaders met in Paris on Monday. They discussed security guarantees for Ukraine. The talks "
         "lasted several hours. Ministers will meet again next month. Officials described the "
         "mood as constructive. No date was set for a summit. ")


def test_in_a_report_the_model_decides_the_rules_sizes(tmp_path: Path) -> None:
    """`_claim_model.REPORT_SENTENCES`: in a report of eight sentences or more a rules' size the
    model keeps under no subject goes; in a shorter text only below `RULES_KEPT_FROM`."""
    doubted = "Officials spoke about plans to send 1,500 peacekeepers to Ukraine."
    in_report = troops_in(tmp_path, _TALK + doubted + " Further talks are planned.", "model")
    alone = troops_in(tmp_path, doubted, "model")
    rules = troops_in(tmp_path, doubted, "rules")
    assert rules and alone == rules and in_report == set()
    # a size the model keeps stays in a report
    assert troops_in(tmp_path, _TALK + "European leaders discussed a reassurance force of 25,000 "
                     "troops for Ukraine.", "model") == {("european_force", 25000.0, 25000.0)}
