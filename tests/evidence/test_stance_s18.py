"""Session 18's rules, in the project's own words (docs/evidence.md §5 "Session 17", §4 and
§11's session-18 entry).

Each case was read from an error on a real report (set 24, then set 25 after its held-out
score) and is rewritten here; each fails on the code before session 18 unless marked a guard.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import build_ledger


def _ledger(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    return build_ledger([tmp_path])


def _stances_of(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    return {(s.actor, s.stance) for s in _ledger(tmp_path, text).stances}


def _troops_of(tmp_path: Path, text: str) -> set[tuple[str, float | None, float | None]]:
    return {(c.subject, c.low, c.high) for c in _ledger(tmp_path, text).claims
            if c.unit == "troops"}


def _counts_of(tmp_path: Path, text: str) -> set[tuple[float | None, float | None]]:
    return {(c.low, c.high) for c in _ledger(tmp_path, text).claims if c.unit == "countries"}


# --- troop sizes and counts of nations ---------------------------------------------------------

def test_a_qualifier_inside_a_quote_still_bounds_the_figure(tmp_path: Path) -> None:
    text = "Kyiv's envoy pressed for a “minimum of 150,000” foreign soldiers to hold the line."
    assert ("ukraine_request", 150000.0, None) in _troops_of(tmp_path, text)


def test_hundreds_of_two_nations_troops_are_their_joint_contribution(tmp_path: Path) -> None:
    text = ("Planners met on Monday to prepare the dispatch of hundreds of Belgian and Dutch "
            "troops to Ukraine once a truce holds.")
    assert ("contribution:BEL+NLD", 100.0, 1000.0) in _troops_of(tmp_path, text)


def test_the_part_of_a_count_of_nations_is_a_count_too(tmp_path: Path) -> None:
    text = "In the end only seven out of thirty countries agreed to join the mission."
    assert _counts_of(tmp_path, text) == {(7.0, 7.0), (30.0, 30.0)}


def test_a_coalition_for_weapons_is_no_count_of_the_force(tmp_path: Path) -> None:
    text = "Seoul has joined a 40-nation coalition committed to supplying arms to Kyiv."
    assert _counts_of(tmp_path, text) == set()


def test_the_only_two_nations_just_named_are_no_count(tmp_path: Path) -> None:
    text = ("Belgium and Denmark are the only two countries in the coalition that have said "
            "they would send troops.")
    assert _counts_of(tmp_path, text) == set()


def test_a_law_threshold_for_missions_abroad_is_no_contribution(tmp_path: Path) -> None:
    text = ("Under the law, Ireland requires approval from the government, the Dail and the UN "
            "to deploy more than 12 Irish troops overseas.")
    assert _troops_of(tmp_path, text) == set()
    assert _stances_of(tmp_path, text) == set()


def test_a_capital_stands_for_its_government_in_a_figure(tmp_path: Path) -> None:
    text = "Zagreb can allocate about 150 soldiers for a peacekeeping mission in Ukraine."
    assert ("contribution:HRV", 150.0, 150.0) in _troops_of(tmp_path, text)


# --- a question put to a leader and the answer's bare words ------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Asked whether Portugal would be willing to send peacekeeping troops to Ukraine after a "
     "truce, Prime Minister Luis Montenegro said that was something he would consider.",
     ("PRT", "open")),
    ("Greek Prime Minister Kyriakos Mitsotakis spoke in Athens. When asked whether Greece and "
     "Cyprus should send troops to Ukraine, Mitsotakis replied that the question was not relevant "
     "at this time.", ("GRC", "undecided")),
    ("The chancellor spoke after the summit. When asked about Austrian peacekeeping troops, "
     "Chancellor Stocker declined to commit, saying it was too early.", ("AUT", "undecided")),
])
def test_a_bare_answer_to_a_question_about_troops_is_the_nations_stance(
        tmp_path: Path, text: str, expected: tuple[str, str]) -> None:
    assert expected in _stances_of(tmp_path, text)


def test_an_answer_about_another_nations_troops_is_not_the_speakers(tmp_path: Path) -> None:
    # guard: the speaker's nation is not among those the question names
    text = "Asked whether Britain would send troops, Macron said it was too early."
    assert _stances_of(tmp_path, text) == set()


def test_answered_question_needs_troops_in_the_question(tmp_path: Path) -> None:
    # guard: a question about something else gives the answer no object
    ledger_text = "Asked about Spain's budget, the minister said he would consider it."
    assert _stances_of(tmp_path, ledger_text) == set()


def test_answered_question_is_empty_without_asked() -> None:
    from reassure.evidence._nlp import get_nlp
    from reassure.evidence._stances import answered_question
    from reassure.evidence._text import Sent

    doc = get_nlp()("Spain would consider sending troops.")
    low = [t.lower_ for t in doc]
    sent = Sent(doc, 0, low, [t.idx for t in doc], [len(t) for t in doc], 0, [], doc.text)
    assert answered_question(sent, None) == []


# --- hedges, frames and refusals ---------------------------------------------------------------

def test_it_is_not_inconceivable_that_a_nation_would_take_part_is_open(tmp_path: Path) -> None:
    text = ("On the radio, Norway's defence minister said that it is not inconceivable that "
            "Norway would also take part in such a mission.")
    got = _stances_of(tmp_path, text)
    assert ("NOR", "open") in got and ("NOR", "ready") not in got


def test_hedged_that_finds_the_clause_after_the_hedge() -> None:
    from reassure.evidence._stances import hedged_that

    low = "it is possible that norway would join".split()
    assert hedged_that(low) == 4
    assert hedged_that("norway said that it would join".split()) is None


@pytest.mark.parametrize("text", [
    "Portuguese soldiers would only deploy as part of a wider international peacekeeping mission, "
    "the minister said.",
    "Slovenia is only ready to send troops as part of a United Nations operation.",
])
def test_only_as_part_of_a_mission_is_a_condition(tmp_path: Path, text: str) -> None:
    got = _stances_of(tmp_path, text)
    assert any(st == "conditional" for _, st in got)


def test_as_part_of_a_mission_without_only_is_no_condition(tmp_path: Path) -> None:
    # guard: the frame alone names no condition
    got = _stances_of(tmp_path, "Belgium will send troops as part of a European mission.")
    assert got == {("BEL", "ready")}


def test_not_alone_in_ruling_out_is_a_refusal(tmp_path: Path) -> None:
    got = _stances_of(tmp_path, "Malta is not alone in ruling out ground troops.")
    assert got == {("MLT", "declines")}


def test_no_troops_may_be_deployed_is_a_refusal(tmp_path: Path) -> None:
    got = _stances_of(tmp_path, "No Slovak troops may be deployed in Ukraine, the assembly said.")
    assert ("SVK", "declines") in got


def test_the_non_participation_of_a_nations_troops_is_a_refusal(tmp_path: Path) -> None:
    text = "The resolution backs the non-participation of Hungarian troops in Ukraine."
    got = _stances_of(tmp_path, text)
    assert ("HUN", "declines") in got and ("HUN", "ready") not in got


def test_a_parliament_voting_that_forces_may_not_take_part_sends_none(tmp_path: Path) -> None:
    text = ("Slovakia’s Parliament voted on Friday to approve a declaration that the Slovak armed "
            "forces may not participate in military actions in Ukraine outside the country’s "
            "alliance commitments.")
    assert ("SVK", "ready") not in _stances_of(tmp_path, text)


def test_if_it_deems_necessary_is_no_condition(tmp_path: Path) -> None:
    text = ("He said that while Hungary will not participate in military efforts, the government "
            "may still provide material support to Ukraine if it deems necessary.")
    got = _stances_of(tmp_path, text)
    assert ("HUN", "declines") in got and ("HUN", "conditional") not in got


def test_a_leaders_clause_after_reportedly_is_the_subject(tmp_path: Path) -> None:
    text = ("The reform came after Belgian Prime Minister Bart De Wever reportedly signaled an "
            "openness to deploying peacekeepers to Ukraine upon meeting its president.")
    assert ("BEL", "open") in _stances_of(tmp_path, text)


def test_providing_military_bases_is_hosting_not_sending(tmp_path: Path) -> None:
    text = "Bulgaria is ready to provide its military bases to NATO allies for Ukraine's security."
    assert _stances_of(tmp_path, text) == set()


def test_own_bases_in_ukraine_stay_an_offer(tmp_path: Path) -> None:
    # guard: "establish their own military bases in Ukraine" is troops (set 14's gold)
    text = "After a truce, Rome and Madrid plan to establish their own military bases in Ukraine."
    assert {("ITA", "ready"), ("ESP", "ready")} <= _stances_of(tmp_path, text)


def test_the_second_verb_after_and_holds_the_stance(tmp_path: Path) -> None:
    text = ('Lisbon said that Portugal could not stand aside and promised to "throw" its soldiers '
            "into Ukraine.")
    got = _stances_of(tmp_path, text)
    assert ("PRT", "ready") in got and ("PRT", "declines") not in got


def test_the_risks_of_deploying_troops_are_no_offer(tmp_path: Path) -> None:
    text = ("Tusk also addressed the potential risks of deploying troops from countries bordering "
            "Russia to the Ukrainian-Russian border.")
    assert ("POL", "ready") not in _stances_of(tmp_path, text)


def test_denied_pledging_is_no_offer(tmp_path: Path) -> None:
    assert ("AUT", "ready") not in _stances_of(tmp_path, "Austria denied pledging to deploy troops.")


def test_willingness_for_a_nation_to_participate_militarily(tmp_path: Path) -> None:
    text = ("The prime minister has declared his fundamental willingness for Sweden to participate "
            "militarily; how many soldiers would go remains unclear.")
    assert ("SWE", "ready") in _stances_of(tmp_path, text)


def test_could_sign_up_to_sending_troops_is_open(tmp_path: Path) -> None:
    text = ("The Danish prime minister also suggested Denmark could soon sign up to sending troops "
            "to Ukraine.")
    assert ("DNK", "open") in _stances_of(tmp_path, text)


def test_an_agreement_committing_to_boots_on_the_ground(tmp_path: Path) -> None:
    text = ("On Tuesday Italy and Spain signed an agreement committing to boots on the ground in "
            "Ukraine once a ceasefire holds.")
    assert {("ITA", "ready"), ("ESP", "ready")} <= _stances_of(tmp_path, text)


def test_taking_the_lead_in_pledging_to_deploy(tmp_path: Path) -> None:
    text = "Mette Frederiksen takes the lead in pledging to deploy Danish forces to Ukraine, aides say."
    assert ("DNK", "ready") in _stances_of(tmp_path, text)


def test_a_parliament_after_the_if_clause_is_no_condition(tmp_path: Path) -> None:
    text = ("Speaking after Belgium and Denmark said they would be willing to send troops if there "
            "was a peace deal, following talks in Paris, the premier was asked why he made no "
            "full parliament statement.")
    got = _stances_of(tmp_path, text)
    assert ("BEL", "ready") in got and ("BEL", "conditional") not in got


def test_a_money_allocation_is_no_offer(tmp_path: Path) -> None:
    # guard: "allocate" is a sending verb only with troops
    text = "Belgium plans to allocate €2 billion for Ukraine in 2026."
    assert _stances_of(tmp_path, text) == set()


def test_sign_up_to_sending_troops_is_not_a_newsletter_line(tmp_path: Path) -> None:
    assert ("FIN", "open") in _stances_of(tmp_path, "Finland could sign up to sending troops.")


# --- from set 26, read after its held-out score ------------------------------------------------

@pytest.mark.parametrize("text", [
    "After the talks, Meloni and Spanish Prime Minister Pedro Sánchez signed a separate bilateral "
    "memorandum on the deployment of multinational forces after a ceasefire, an agency said.",
    "Italian Prime Minister Giorgia Meloni and Spanish Prime Minister Pedro Sánchez executed a "
    "joint 'Declaration of Intent' at the summit, addressing the post-war deployment of a "
    "multinational stabilisation force.",
    "Meanwhile Italy and Spain signed a declaration of intent with Kyiv that paves the way for "
    "their troops to take part in the multinational force.",
])
def test_documents_that_commit_the_signers_troops(tmp_path: Path, text: str) -> None:
    assert {("ITA", "ready"), ("ESP", "ready")} <= _stances_of(tmp_path, text)


def test_according_to_the_head_of_a_nations_department(tmp_path: Path) -> None:
    text = ("According to the head of the Dutch defence ministry, the state is ready to send a "
            "small military contingent to Ukraine after a ceasefire.")
    assert ("NLD", "ready") in _stances_of(tmp_path, text)


def test_a_wish_to_be_the_minister_who_deploys_is_open(tmp_path: Path) -> None:
    text = ('"I want to be the defence minister who deploys Danish troops in Ukraine, because that '
            'will mean the war is over," the minister said.')
    got = _stances_of(tmp_path, text)
    assert ("DNK", "open") in got and ("DNK", "ready") not in got


def test_decisions_that_depend_on_the_us_are_conditional_and_undecided(tmp_path: Path) -> None:
    text = ("While Belgium signaled openness to stationing forces in Ukraine, Austria and others "
            "said decisions would depend on U.S. involvement.")
    assert {("AUT", "conditional"), ("AUT", "undecided")} <= _stances_of(tmp_path, text)


def test_others_after_a_contrast_still_hold_no_stance(tmp_path: Path) -> None:
    # guard: "but many others are reluctant" is not Denmark's
    got = _stances_of(tmp_path, "Denmark has agreed to send troops, but many others are reluctant.")
    assert got == {("DNK", "ready")}


def test_sending_fighter_jets_is_no_troop_stance(tmp_path: Path) -> None:
    text = ("The Times reported that Sweden is considering sending Gripen fighter jets to Ukraine "
            "to carry out an air patrol mission.")
    assert _stances_of(tmp_path, text) == set()


def test_nato_troops_moved_from_a_nations_soil_are_not_its_own(tmp_path: Path) -> None:
    text = ("Latvia and Poland have spoken out against sending NATO troops from their territory to "
            "Ukraine.")
    assert _stances_of(tmp_path, text) == set()


def test_neither_nor_describes_no_stance(tmp_path: Path) -> None:
    text = ("The Danish defence chief said that the Danish military would be neither an "
            "interventionist nor a stabilization force.")
    assert ("DNK", "ready") not in _stances_of(tmp_path, text)


def test_the_first_member_of_a_hyphenated_pair_is_no_subject(tmp_path: Path) -> None:
    text = "Macron says German-Dutch blueprint doesn't foresee deploying a 'mass' of soldiers"
    got = _stances_of(tmp_path, text)
    assert ("DEU", "declines") not in got


def test_unnamed_nations_each_deploying_are_not_the_speakers(tmp_path: Path) -> None:
    text = ("According to two newspapers, the Spanish prime minister spoke of participating "
            "nations each deploying several thousand troops to key points in Ukraine.")
    assert _stances_of(tmp_path, text) == set()
    assert _troops_of(tmp_path, text) == set()


def test_a_former_office_holders_suggestion_is_no_stance(tmp_path: Path) -> None:
    text = ("On Monday, former Czech ambassador to Ukraine Jan Novak suggested in an interview "
            "that Prague might send Czech soldiers to Ukraine.")
    assert _stances_of(tmp_path, text) == set()


def test_companies_instead_of_soldiers_is_a_refusal(tmp_path: Path) -> None:
    text = "Hungary may send commercial companies to Ukraine instead of soldiers from its army."
    got = _stances_of(tmp_path, text)
    assert ("HUN", "open") not in got


@pytest.mark.parametrize("text", [
    "Orpo rules out Norwegian combat role in future Ukraine peacekeeping",
    "Norway Ukraine peacekeeping efforts will not involve Norwegian soldiers entering combat "
    "zones, Norwegian Prime Minister Jonas Gahr Store confirmed on Thursday.",
])
def test_a_combat_role_ruled_out_is_no_refusal_of_the_force(tmp_path: Path, text: str) -> None:
    assert _stances_of(tmp_path, text) == set()


def test_anti_personnel_is_no_personnel(tmp_path: Path) -> None:
    text = ("While declining to comment on reports that Estonia may start domestic production of "
            "anti-personnel landmines, the minister praised the defence industry.")
    assert _stances_of(tmp_path, text) == set()
