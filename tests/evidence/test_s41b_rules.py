"""(s41b) Readings from round 3's rebuilt reports (docs/evidence.md §10 "Session 41, second
round"), written as clause shapes in the project's own words. Each test fails on the code before
the round; the guards beside them keep each new reading to its shape."""

from __future__ import annotations

from pathlib import Path

from evidence_claim_helpers import stance_pairs, troop_figures

from reassure.evidence import build_ledger

# -- troop sizes -------------------------------------------------------------------------------


def test_a_pledge_to_un_peacekeeping_anywhere_is_no_size_of_this_force(tmp_path: Path) -> None:
    assert troop_figures(tmp_path, "Speaking in New York, the Malaysian premier said his country "
                                   "stands ready to deploy up to 8,000 personnel as part of UN "
                                   "peacekeeping missions in regions such as Ukraine.") == set()
    assert troop_figures(tmp_path, "Malaysia will send 8,000 or more of its soldiers to keep the "
                                   "peace in Ukraine or anywhere else the world needs them.") == set()
    # a force for Ukraine alone keeps its size, placed "wherever needed" too
    assert ("european_force", 8000.0, 8000.0) in troop_figures(
        tmp_path, "European planners want a peacekeeping force of 8,000 troops in Ukraine.")
    assert ("european_force", 25000.0, 25000.0) in troop_figures(
        tmp_path, "The 25,000-strong European force would be stationed wherever needed in Ukraine "
                  "after a peace deal.")


def test_a_deployment_another_option_is_weighed_against_is_no_size(tmp_path: Path) -> None:
    assert troop_figures(tmp_path, "Its authors argue that air patrols would do more good than the "
                                   "deployment of 8,000 European troops on the ground.") == set()
    # "more than 8,000 troops" is a bound on the force, not a yardstick
    assert troop_figures(tmp_path, "Europe could deploy more than 8,000 troops on the ground in "
                                   "Ukraine.") != set()


def test_another_nations_troops_after_with_are_not_the_first_nations_army(tmp_path: Path) -> None:
    got = troop_figures(tmp_path, "Oslo has signalled a long stay in Ukraine, with thousands of "
                                  "Norwegian troops possibly deployed for years.")
    assert ("contribution:NOR", 1000.0, 10000.0) in got
    # "Poland, with 200,000 soldiers": what the nation has, as before
    assert troop_figures(tmp_path, "Poland, with 200,000 soldiers, fields the largest army in "
                                   "the region.") == set()


# -- stances that only seemed one ---------------------------------------------------------------


def test_too_few_soldiers_to_send_is_a_judgment_of_means_not_a_refusal(tmp_path: Path) -> None:
    assert ("DNK", "declines") not in stance_pairs(
        tmp_path, "Denmark does not have enough soldiers to send peacekeepers to Ukraine, a "
                  "retired general told a newspaper.")
    # spoken by the nation itself ("we"), it stays a refusal
    assert ("NLD", "declines") in stance_pairs(
        tmp_path, "The Netherlands will not send troops to Ukraine, the minister said.")


def test_an_alleged_offer_is_hearsay(tmp_path: Path) -> None:
    assert ("BRA", "ready") not in stance_pairs(
        tmp_path, "Brasilia answered reports that Brazil is allegedly ready to send peacekeepers "
                  "to Ukraine.")
    assert ("BRA", "ready") in stance_pairs(
        tmp_path, "Brazil is ready to send peacekeepers to Ukraine.")


def test_a_wider_groups_doubt_is_not_the_nations(tmp_path: Path) -> None:
    assert ("PRT", "undecided") not in stance_pairs(
        tmp_path, "Portugal's position mirrors wider European hesitancy about sending troops "
                  "to Ukraine.")
    assert ("PRT", "undecided") not in stance_pairs(
        tmp_path, "Lisbon's minister said the West's reluctance to send troops to Ukraine "
                  "weakens Portugal.")


def test_taking_part_in_missions_elsewhere_is_no_offer(tmp_path: Path) -> None:
    assert ("AUT", "ready") not in stance_pairs(
        tmp_path, "Neutral Austria participates in several peacekeeping missions, the largest in "
                  "Bosnia.")


def test_equipping_kyivs_forces_is_no_offer_of_troops(tmp_path: Path) -> None:
    assert ("NOR", "ready") not in stance_pairs(
        tmp_path, "Leaders from 20 European countries and Norway said they would provide Kyiv's "
                  "front-line forces with equipment and training.")
    assert ("NOR", "ready") in stance_pairs(
        tmp_path, "Norway said it would provide troops to the force in Ukraine.")


def test_a_nation_named_as_the_object_of_against_is_not_the_one_opposed(tmp_path: Path) -> None:
    assert ("NLD", "declines") not in stance_pairs(
        tmp_path, "Populist vows to vote against Dutch troops in Ukraine")


def test_a_nations_promise_that_could_come_true_is_its_offer(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "If a truce holds, then Sweden's promise to deliver "
                                 "peacekeepers could soon become a reality.")
    assert ("SWE", "ready") in got and ("SWE", "open") not in got


# -- stances the shapes hold -------------------------------------------------------------------


def test_a_plan_with_named_owners_stays_theirs_whoever_rejects_it(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "The Latvian minister rejected a plan by Denmark and Norway to "
                                 "send troops to Ukraine.")
    assert {("DNK", "ready"), ("NOR", "ready")} <= got
    got = stance_pairs(tmp_path, "Washington was not against a suggestion by Denmark to deploy "
                                 "Danish troops in Ukraine.")
    assert ("DNK", "ready") in got and ("DNK", "declines") not in got
    # a plan with no owner named stays the rejecter's refusal
    assert ("POL", "ready") not in stance_pairs(
        tmp_path, "Poland rejected plans to send troops to Ukraine.")


def test_reaching_an_agreement_on_a_deployment_is_signing_it(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Denmark and Norway reached an agreement on a future deployment "
                                 "of multinational forces to Ukraine.")
    assert {("DNK", "ready"), ("NOR", "ready")} <= got
    # an agreement on something else commits no forces
    assert stance_pairs(tmp_path, "Denmark and Norway reached an agreement on fishing "
                                  "quotas.") == set()


def test_a_nation_denying_its_own_part_refuses(tmp_path: Path) -> None:
    assert ("IND", "declines") in stance_pairs(
        tmp_path, "India denies participation in the Ukraine peacekeeping force")
    assert ("IND", "declines") in stance_pairs(
        tmp_path, "India's foreign ministry refuted press claims about its possible involvement "
                  "in a deployment of peacekeepers to Ukraine.")
    assert ("IND", "declines") in stance_pairs(
        tmp_path, "India rejects the possibility of participation in a peacekeeping mission.")
    # a denial about another nation is not this one's refusal
    assert ("IND", "declines") not in stance_pairs(
        tmp_path, "India denied that Polish troops are taking part in the force.")


def test_a_denial_of_its_own_part_is_not_left_to_the_stance_check(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text("Europe weighs a force for Ukraine\nNorthwire, 3 March 2025\n\n"
                                    "India denies participation in the Ukraine peacekeeping "
                                    "force.\n", encoding="utf-8")
    ledger = build_ledger([tmp_path / "r.txt"], jobs=1)
    assert ("IND", "declines", None) in {(s.actor, s.stance, s.check) for s in ledger.stances}


def test_playing_a_role_with_no_troops_named_is_no_stance(tmp_path: Path) -> None:
    assert ("KOR", "ready") not in stance_pairs(
        tmp_path, "South Korea will play its role properly, weighing what it can do within its "
                  "laws and means, the premier said.")
    # a role in the force is still an offer
    assert ("KOR", "ready") in stance_pairs(
        tmp_path, "South Korea will play its role in the peacekeeping force with 500 troops.")


def test_unclear_whether_a_nation_would_deploy_is_undecided(tmp_path: Path) -> None:
    assert ("NOR", "undecided") in stance_pairs(
        tmp_path, "Oslo signed the statement, though it remains unclear whether Norway would "
                  "deploy troops to Ukraine.")
    # no sending asked about: none
    assert ("NOR", "undecided") not in stance_pairs(
        tmp_path, "It is unclear whether Norway would back the new sanctions on Moscow.")

