"""(s42) Readings from rounds 3 and 4's rebuilt reports, once their held-out scoring was done
(docs/evidence.md §10 "Session 42"), written as clause shapes in the project's own words. Each
test fails on the code before the round; the guards beside them keep each new reading to its
shape."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

from evidence_claim_helpers import ledger_from, stance_pairs, troop_figures

from reassure.evidence import build_ledger

sys.path.insert(0, str(Path(__file__).parent / "corpus"))
import evaluate  # noqa: E402

# -- troop sizes -------------------------------------------------------------------------------


def test_two_modifiers_between_a_figure_and_its_troops(tmp_path: Path) -> None:
    got = troop_figures(tmp_path, "At its Rome meeting on 4 May the coalition proposed a force of "
                                  "around 8,000 combined European troops for Ukraine, should "
                                  "fighting stop.")
    assert ("european_force", 8000.0, 8000.0) in got
    # "a combined 8,000" of two nations named stays their joint figure
    assert ("contribution:DEU+NLD", 8000.0, 8000.0) in troop_figures(
        tmp_path, "Germany and the Netherlands pledged a combined 8,000 troops.")


def test_a_nations_planned_deployment_of_n_is_that_nations(tmp_path: Path) -> None:
    got = troop_figures(tmp_path, "Officials hinted that Italy could match Spain's planned "
                                  "deployment of 2,000 to 3,000 troops, if others joined.")
    assert ("contribution:ESP", 2000.0, 3000.0) in got
    assert ("european_force", 2000.0, 3000.0) not in got


def test_an_order_of_magnitude_with_their_own_before_the_unit(tmp_path: Path) -> None:
    got = troop_figures(tmp_path, "The Europeans said they were willing to send tens of thousands "
                                  "of their own troops to Ukraine once a truce holds.")
    assert ("european_force", 10000.0, 100000.0) in got


def test_several_thousands_in_the_plural_is_several_thousand(tmp_path: Path) -> None:
    assert ("contribution:BEL", 3000.0, 9000.0) in troop_figures(
        tmp_path, "Belgium is ready to send several thousands of soldiers to Ukraine.")
    assert ("contribution:BEL", 3000.0, 9000.0) in troop_figures(
        tmp_path, 'Belgium is ready to send "several thousands" of soldiers to Ukraine.')
    # "thousands" alone stays 1,000-10,000
    assert ("contribution:BEL", 1000.0, 10000.0) in troop_figures(
        tmp_path, "Belgium is ready to send thousands of soldiers to Ukraine.")


def test_a_force_that_could_number_in_the_tens_of_thousands(tmp_path: Path) -> None:
    got = troop_figures(tmp_path, "Such a force could number in the tens of thousands, or fewer, "
                                  "diplomats said.")
    assert ("european_force", 10000.0, 100000.0) in got
    # no force noun: no size (losses, crowds)
    assert troop_figures(tmp_path, "Losses could number in the thousands, diplomats said.") == set()


def _all_stances(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    (tmp_path / "r.txt").write_text("Europe weighs a force for Ukraine\nNorthwire, 3 March 2025\n\n"
                                    + text + "\n", encoding="utf-8")
    ledger = build_ledger([tmp_path / "r.txt"], jobs=1, stance_check=True)
    return {(s.actor, s.stance) for s in ledger.stances}


def test_europe_the_subject_after_a_colon_owns_the_figure(tmp_path: Path) -> None:
    got = troop_figures(tmp_path, "After a call on Sunday, Chancellor Merz and Prime Minister Tusk "
                                  "set out one line: the Europeans were willing to put tens of "
                                  "thousands of their own troops in Ukraine after a truce.")
    assert ("european_force", 10000.0, 100000.0) in got
    assert not any(s.startswith("contribution:") for s, _, _ in got)


def test_defending_ukraine_with_n_troops_is_the_defenders_force(tmp_path: Path) -> None:
    assert ("european_force", 12000.0, 12000.0) in troop_figures(
        tmp_path, "Nordic Coalition to Defend Ukraine with 12,000 Troops After Truce")
    # an attack "with" troops stays the attacker's
    assert ("european_force", 12000.0, 12000.0) not in troop_figures(
        tmp_path, "Russia attacked Ukraine with 12,000 troops in the north.")


def test_each_of_the_countries_such_as_a_list_gives_each_its_figure(tmp_path: Path) -> None:
    got = troop_figures(tmp_path, "A union chief estimated that each of the large members of the "
                                  "coalition, such as Italy, Spain and Poland, would need to deploy "
                                  "at least 8,000 troops to Ukraine for years.")
    assert {("contribution:ITA", 8000.0, None), ("contribution:ESP", 8000.0, None),
            ("contribution:POL", 8000.0, None)} <= got
    # what each has at home is no contribution
    assert not any(s.startswith("contribution:") for s, _, _ in troop_figures(
        tmp_path, "Each of the allies, including Italy and Spain, has 8,000 troops at home."))


def test_the_swiss_army_chiefs_we_is_switzerland(tmp_path: Path) -> None:
    assert ("contribution:CHE", 200.0, 200.0) in troop_figures(
        tmp_path, '"We could probably field around 200 soldiers in nine to 12 months," Süssli '
                  'said.')


# -- stances -------------------------------------------------------------------------------------


def test_unacceptable_to_someone_is_that_ones_refusal_not_the_proposers(tmp_path: Path) -> None:
    got = _all_stances(tmp_path, "Ulf Kristersson's proposed mission, which could include 3,000 "
                                 "troops, is unacceptable to Vladimir Putin, a Kremlin aide has "
                                 "warned.")
    assert ("SWE", "rejects") not in got
    assert ("SWE", "declines") not in got
    # a nation that calls the presence unacceptable still refuses it
    assert ("HUN", "rejects") in _all_stances(
        tmp_path, "Hungary said the presence of Western troops is unacceptable.")


def test_conditional_willingness_is_conditional_not_ready(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Brazil signals conditional willingness to send troops to Ukraine")
    assert ("BRA", "conditional") in got
    assert ("BRA", "ready") not in got


def test_a_long_standing_commitment_to_peacekeeping_is_a_record_not_an_offer(
        tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "The minister praised Ireland's long-standing commitment to "
                                 "peacekeeping and brushed off the embassy's warning.")
    assert ("IRL", "ready") not in got
    assert ("IRL", "ready") in stance_pairs(
        tmp_path, "Ireland made a commitment to send troops to Ukraine.")


def test_considering_something_else_the_best_guarantee_is_no_weighing(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Norway's minister said he considers a well-armed Ukrainian army "
                                 "the best guarantee against a new invasion.")
    assert ("NOR", "open") not in got
    assert ("NOR", "open") in stance_pairs(
        tmp_path, "Norway is considering sending troops to Ukraine, the minister said.")


def test_a_plan_for_two_nations_to_set_up_hubs_in_ukraine_is_their_readiness(
        tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "The signed text sets out a plan for Norway and Denmark to "
                                 "establish military hubs across Ukraine once the fighting stops.")
    assert {("NOR", "ready"), ("DNK", "ready")} <= got
    assert {("NOR", "ready"), ("DNK", "ready")} <= stance_pairs(
        tmp_path, "The signed text sets out a plan for Norway and Denmark to send troops to Ukraine.")
    # a plan for a force, no nation's own troops: no stance (the plan leaders' convention)
    assert ("NOR", "ready") not in stance_pairs(
        tmp_path, "Norway backed a plan for a European force in Ukraine.")


def test_a_ready_nation_keeps_no_open_read_from_a_description_of_the_plan(
        tmp_path: Path) -> None:
    ready_then_plan = ("Prime Minister Jonas Gahr Store said Norway is ready to send troops to "
                       "Ukraine as part of a peace deal. Norwegian troops could be stationed "
                       "alongside other European forces near the line of contact.")
    got = stance_pairs(tmp_path, ready_then_plan)
    assert ("NOR", "ready") in got
    assert ("NOR", "open") not in got
    # without an offer in the report, the possibility is the nation's openness, as before
    assert ("NOR", "open") in stance_pairs(
        tmp_path, "Norwegian troops could be stationed alongside other European forces near the "
                  "line of contact.")
    # a hedge the cue pass reads stays beside an offer
    assert {("NOR", "ready"), ("NOR", "open")} <= stance_pairs(
        tmp_path, "Norway is ready to send troops to Ukraine. Later, the minister said Norway "
                  "could contribute up to 500 soldiers.")


def test_a_headlines_no_to_sending_troops_is_not_withheld_by_the_check(tmp_path: Path) -> None:
    # the check judges every stance; this shape is a refusal outright (as "will not send")
    assert ("PRT", "declines") in _all_stances(
        tmp_path, "Montenegro from Lisbon: No to sending Portuguese troops to Ukraine")


def test_declining_to_say_if_a_nation_would_contribute_is_no_offer(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "The minister said talks mattered, but declined to say if Austria "
                                 "would contribute peacekeepers if asked.")
    assert ("AUT", "ready") not in got and ("AUT", "conditional") not in got
    # an offer before the question stands
    assert ("AUT", "ready") in stance_pairs(
        tmp_path, "Austria is ready to send troops, but the minister declined to say how many.")


def test_the_coalition_of_the_willing_prepared_to_deploy_is_not_its_leaders_offer(
        tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Italy and Spain are leading plans for a so-called “coalition of "
                                 "the willing” prepared to deploy peacekeeping forces after a deal.")
    assert ("ITA", "ready") not in got and ("ESP", "ready") not in got


def test_dismissing_concerns_that_a_nation_would_send_is_no_offer(tmp_path: Path) -> None:
    assert ("BEL", "ready") not in stance_pairs(
        tmp_path, "The prime minister dismissed concerns that Belgium would send soldiers to the "
                  "battlefield in Ukraine.")
    assert ("BEL", "ready") in stance_pairs(
        tmp_path, "Belgium would send soldiers to Ukraine, the prime minister said, despite "
                  "concerns at home.")


def test_not_currently_considered_for_want_of_a_peace_is_undecided(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Slovak President Peter Pellegrini said the deployment of Slovak "
                                 "troops to Ukraine is "
                                 "not currently under consideration due to the absence of a peace "
                                 "agreement.")
    assert ("SVK", "undecided") in got
    assert ("SVK", "declines") not in got


def test_without_sending_troops_unlike_others_makes_the_others_ready(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Austria said it would help monitor a ceasefire, though without "
                                 "sending troops, unlike Sweden and Finland.")
    assert {("SWE", "ready"), ("FIN", "ready")} <= got
    assert ("AUT", "declines") in got
    # "unlike" with no refusal before it gives nothing
    assert ("SWE", "ready") not in stance_pairs(
        tmp_path, "Unlike Sweden, Austria has a long neutral tradition.")


def test_a_declaration_that_envisions_nations_deploying_forces(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "The declaration signed in Rome envisions Italy, Greece and other "
                                 "allies deploying forces to Ukraine after a ceasefire.")
    assert {("ITA", "ready"), ("GRC", "ready")} <= got


def test_the_contingent_that_nations_have_pledged(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "The brigade could form the core of the 6,000-strong contingent "
                                 "that Oslo and Copenhagen have pledged to Ukraine.")
    assert {("NOR", "ready"), ("DNK", "ready")} <= got
    # a pledge of money is no troops
    assert ("NOR", "ready") not in stance_pairs(
        tmp_path, "The fund that Oslo and Copenhagen have pledged will rebuild schools.")


def test_a_leaders_nothing_can_be_ruled_out_on_troops_is_open(tmp_path: Path) -> None:
    assert ("ESP", "open") in stance_pairs(
        tmp_path, 'Spanish Prime Minister Pedro Sanchez said "nothing can be ruled out" on sending '
                  'European troops to Ukraine.')
    # of something else, nothing
    assert ("ESP", "open") not in stance_pairs(
        tmp_path, 'Pedro Sanchez said "nothing can be ruled out" in the budget talks.')


def test_a_declaration_enabling_forces_to_deploy_makes_its_signers_ready(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Denmark and Norway signed a declaration of intent enabling "
                                 "partner forces to operate in Ukraine after a ceasefire.")
    assert {("DNK", "ready"), ("NOR", "ready")} <= got
    assert ("DNK", "ready") not in stance_pairs(
        tmp_path, "Denmark and Norway signed a declaration enabling exports of arms to Ukraine.")


def test_a_polls_finding_is_no_governments_stance(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Men (61 percent) are more reluctant than women (55 percent) to "
                                 "send Czech soldiers to Ukraine, and there is also increasing "
                                 "reluctance among the young (66 percent).")
    assert not {s for a, s in got if a == "CZE"}
    assert ("CZE", "declines") not in stance_pairs(
        tmp_path, "In Czechia, a survey showed 58% of voters opposed sending Czech troops.")
    assert ("CZE", "declines") in stance_pairs(
        tmp_path, "Czechia will not send troops to Ukraine, Prime Minister Petr Fiala said.")


# -- counts of nations ----------------------------------------------------------------------------


def _counts(tmp_path: Path, text: str) -> set[tuple[str, float | None]]:
    return {(c.subject, c.low) for c in ledger_from(tmp_path, text).claims if c.unit == "countries"}


def test_a_coalition_that_includes_n_members_after_an_aside(tmp_path: Path) -> None:
    got = _counts(tmp_path, "The coalition of the willing, which gathered in Rome on Monday, now "
                            "includes 31 members, with 22 expressing readiness to send troops "
                            "once a ceasefire is agreed.")
    assert ("coalition_size", 31.0) in got
    assert ("countries_pledged", 22.0) in got
    # members of something else are no count of nations
    assert _counts(tmp_path, "The coalition met while the parliament, which gathered in Rome on "
                             "Monday, now has 200 members.") == set()


# -- the scorer -----------------------------------------------------------------------------------


def test_an_order_of_magnitude_emits_no_trap_number() -> None:
    def claim(text: str, qualifier: str, low: float, high: float) -> SimpleNamespace:
        return SimpleNamespace(report_id="r", unit="troops", subject="european_force", low=low,
                               high=high, text=text, qualifier=qualifier)

    ledger = SimpleNamespace(reports=[SimpleNamespace(id="r")], stances=[], claims=[
        claim("tens of thousands", "tens of thousands", 10000.0, 100000.0)])
    assert evaluate.predicted(ledger)["r"]["force_numbers"] == set()
    ledger.claims = [claim("up to 100,000 troops", "up to", None, 100000.0)]  # type: ignore[list-item]
    assert evaluate.predicted(ledger)["r"]["force_numbers"] == {("european_force", 100000.0)}
