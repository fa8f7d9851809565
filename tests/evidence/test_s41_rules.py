"""(s41) Readings from all four lists of rebuilt reports (docs/evidence.md §10 "Session 41"),
written as clause shapes in the project's own words. Each test fails on the code before the
session; the guards beside them keep each new reading to its shape."""

from __future__ import annotations

from pathlib import Path

from evidence_claim_helpers import countries_in, stance_pairs

from reassure.evidence import build_ledger


def test_against_as_the_predicate_refuses_the_sending_or_its_plan(tmp_path: Path) -> None:
    assert stance_pairs(tmp_path, "Croatia and Portugal are flatly against deployments, citing "
                                  "the risk of escalation.") == {("HRV", "declines"),
                                                                 ("PRT", "declines")}
    assert stance_pairs(tmp_path, "Austria and Ireland spoke against the Franco-German "
                                  "peacekeeping plan for Ukraine.") == {("AUT", "declines"),
                                                                        ("IRL", "declines")}
    # "against" that is no predicate, a plan with no troops named, a negation: none
    assert stance_pairs(tmp_path, "Norway is ready to send troops to guard against a renewed "
                                  "offensive.") == {("NOR", "ready")}
    assert stance_pairs(tmp_path, "Austria spoke against the plan for new tariffs.") == set()
    assert ("DNK", "declines") not in stance_pairs(
        tmp_path, "Denmark is not against deployments of that kind.")
    # a public's view is not the government's
    assert stance_pairs(tmp_path, "The Dutch public is against the deployment of troops, a "
                                  "survey found.") == set()


def test_an_against_refusal_is_not_left_to_the_stance_check(tmp_path: Path) -> None:
    # an unqualified refusal of that shape is outright, as "rules out": shown unjudged
    (tmp_path / "r.txt").write_text("Europe weighs a force for Ukraine\nNorthwire, 3 March 2025\n\n"
                                    "Austria and Ireland spoke against the Franco-German "
                                    "peacekeeping plan for Ukraine.\n", encoding="utf-8")
    ledger = build_ledger([tmp_path / "r.txt"], jobs=1)
    kept = {(s.actor, s.stance, s.check) for s in ledger.stances}
    assert kept == {("AUT", "declines", None), ("IRL", "declines", None)}


def test_sending_as_proposed_by_nations_is_their_offer(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Ministers are weighing the cost of sending troops as proposed "
                                 "by Denmark and Norway.")
    assert {("DNK", "ready"), ("NOR", "ready")} <= got
    # proposed by others than nations, or no sending: none
    assert stance_pairs(tmp_path, "Ministers are weighing the cost of a new tax as proposed by "
                                  "Denmark.") == set()


def test_a_pronoun_after_a_contrast_is_the_nation_the_sentence_opened_with(tmp_path: Path) -> None:
    assert stance_pairs(tmp_path, "Romania will support NATO allies that wish to send troops, "
                                  "although it will not take part in such deployments itself."
                        ) == {("ROU", "declines")}
    # the nation only after a preposition opens no subject: "it" stays unread
    assert stance_pairs(tmp_path, "Officials in Romania will host the hubs, although it will not "
                                  "send soldiers into Ukraine.") == set()


def test_bare_taking_part_reaches_back_over_a_quote(tmp_path: Path) -> None:
    text = ("Denmark has said it is ready to put troops on the ground if necessary. "
            "\u201cThis matters for the whole continent,\u201d the minister wrote. "
            "Norway is also open to participating, its defence minister said on Monday.")
    assert ("NOR", "open") in stance_pairs(tmp_path, text)
    # (s66) an ordinary sentence between no longer breaks the reach: the report's topic (the
    # force words of its body so far) carries
    assert ("NOR", "open") in stance_pairs(
        tmp_path, "Denmark has said it is ready to put troops on the ground if necessary. "
                  "The weather in Oslo was cold. Norway is also open to participating, its "
                  "defence minister said on Monday.")


def test_a_bare_refusal_takes_the_troops_of_the_clause_set_against_it(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Spain has voiced opposition, while Britain and France support "
                                 "the idea of sending thousands of troops after a ceasefire.")
    assert ("ESP", "declines") in got
    assert ("ESP", "declines") not in stance_pairs(
        tmp_path, "Spain has voiced opposition, while Britain and France back new sanctions.")


def test_conditions_on_us_backing_said_other_ways(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Belgium has voiced reservations about deploying without "
                                 "American involvement.")
    assert ("BEL", "conditional") in got and ("BEL", "undecided") not in got
    got = stance_pairs(tmp_path, "Denmark is willing to provide peacekeeping troops, but needs "
                                 "the United States behind the mission.")
    assert {("DNK", "ready"), ("DNK", "conditional")} <= got


def test_what_a_nation_would_need_or_struggle_to_do_is_no_offer(tmp_path: Path) -> None:
    assert ("GBR", "open") not in stance_pairs(
        tmp_path, "Britain may need to move troops out of Germany to deploy a brigade to Ukraine.")
    assert ("NLD", "ready") not in stance_pairs(
        tmp_path, "The Dutch army has difficulties to put together one battalion to participate "
                  "in operations.")
    assert ("ITA", "open") not in stance_pairs(
        tmp_path, "Up to 30,000 Italian troops could be needed for such a mission.")
    # the offer itself stays
    assert ("NLD", "ready") in stance_pairs(
        tmp_path, "The Netherlands is ready to participate in the peacekeeping mission.")


def test_counts_of_nations_with_the_noun_left_out_or_arms_for_the_force(tmp_path: Path) -> None:
    got = countries_in(tmp_path, "Some 40 nations are negotiating the guarantees, and about 12 "
                                 "are discussing troop contributions for the force.")
    assert (12.0, 12.0) in got and (40.0, 40.0) in got
    got = countries_in(tmp_path, "About 28 states have signalled readiness to provide weapons, "
                                 "logistics and intelligence to the peacekeeping mission.")
    assert (28.0, 28.0) in got
    # arms to Kyiv stay a coalition for weapons, not the force's
    assert countries_in(tmp_path, "A 30-nation coalition is committed to supplying arms to "
                                  "Kyiv.") == set()


def test_a_refusal_bounded_to_the_war_now_is_no_refusal_of_the_force(tmp_path: Path) -> None:
    for text in ("Sending ground troops is out of the question for us in this war situation, "
                 "the Austrian chancellor said.",
                 "Soldiers from neutral Austria will not be sent to a country at war."):
        assert ("AUT", "declines") not in stance_pairs(tmp_path, text), text
    # after the war, the refusal stands
    assert ("AUT", "declines") in stance_pairs(
        tmp_path, "Austria will not send soldiers to Ukraine, even after the war ends.")


def test_no_decision_made_yet_is_the_one_named_nations(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Although no final decision has been made, the Norwegian "
                                 "defence ministry says the option of sending troops remains "
                                 "under study.")
    assert ("NOR", "undecided") in got
    # two nations named: whose decision, unclear
    assert ("NOR", "undecided") not in stance_pairs(
        tmp_path, "Although no final decision has been made, Norway and Sweden have discussed "
                  "sending troops.")


def test_a_clause_with_other_holders_as_its_subject_is_not_the_nations(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Norway offers a battalion of 800 soldiers, but European "
                                 "defence ministers remain sceptical about the numbers.")
    assert ("NOR", "undecided") not in got
    # the nation's own pronoun keeps it the nation's
    assert ("NOR", "undecided") in stance_pairs(
        tmp_path, "Norway offers a battalion of 800 soldiers, but it remains sceptical about "
                  "the mission.")


def test_a_plan_under_review_is_no_offer(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Denmark is reconsidering its plans to deploy troops to Ukraine.")
    assert ("DNK", "undecided") in got and ("DNK", "ready") not in got


def test_premature_said_of_the_matter_the_sentence_before_names(tmp_path: Path) -> None:
    text = ("Several countries have offered to send troops to Ukraine. According to Dutch "
            "officials, this question is premature.")
    assert ("NLD", "undecided") in stance_pairs(tmp_path, text)
    assert ("NLD", "undecided") not in stance_pairs(
        tmp_path, "The summit ended with talks on trade. According to Dutch officials, this "
                  "question is premature.")


def _all_pairs(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    (tmp_path / "r.txt").write_text("Europe weighs a force for Ukraine\nNorthwire, 3 March 2025\n\n"
                                    + text + "\n", encoding="utf-8")
    ledger = build_ledger([tmp_path / "r.txt"], jobs=1, stance_check=False)
    return {(s.actor, s.stance) for s in ledger.stances}


def test_rejecting_the_possibility_the_sentence_before_names(tmp_path: Path) -> None:
    text = ("Paris has floated the possibility of sending troops to Ukraine. Several allies, "
            "including Portugal, were quick to reject the possibility.")
    assert ("PRT", "rejects") in _all_pairs(tmp_path, text)
    assert ("PRT", "rejects") not in _all_pairs(
        tmp_path, "Paris has floated new tariffs on steel. Several allies, including Portugal, "
                  "were quick to reject the possibility.")


def test_a_decision_that_depends_on_something_is_no_offer_beside_it(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "The prime minister has indicated that any decision to deploy "
                                 "Danish troops would depend on a framework agreed with the "
                                 "allies.")
    assert ("DNK", "conditional") in got and ("DNK", "ready") not in got


def test_after_a_refusal_taking_part_in_guarantees_from_abroad_is_no_offer(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Portugal will not send troops to Ukraine, but it may "
                                 "participate in offering guarantees from abroad.")
    assert got == {("PRT", "declines")}
