"""Session 55: two reviewers' own-words reports in 2026 house styles (a bare "CITY - " dateline, the
force left implicit, refusals of Ukrainian soil) and troop figures that read as their opposite.
Each case failed on the session start (495a470). The reports are written for these tests, in the
project's own words."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import FORCE_BEFORE as FORCE
from evidence_claim_helpers import countries_in, stances_in, troop_figures


@pytest.mark.parametrize(("body", "expected"), [
    # a spaced hyphen after a dateline is no compound ("the Anglo-French plan")
    ("TOKYO - Japan will not send troops to the Multinational Force Ukraine, officials said.",
     {("JPN", "declines")}),
    ("ATHENS - Greece, Croatia and Slovenia have said it is too early to decide on contributing "
     "troops to the force.", {("GRC", "undecided"), ("HRV", "undecided"), ("SVN", "undecided")}),
])
def test_a_bare_dateline_leaves_the_nation_its_stance(tmp_path: Path, body: str, expected: set) -> None:
    assert expected <= stances_in(tmp_path, body)


def test_a_hyphenated_compound_still_gives_no_stance(tmp_path: Path) -> None:
    assert stances_in(tmp_path, "The Anglo-French plan would put troops in Ukraine after a ceasefire.") == set()


@pytest.mark.parametrize(("body", "expected"), [
    ("Poland has repeatedly said it will not deploy on Ukrainian soil, preferring to serve as the "
     "force's logistics hub.", {("POL", "declines")}),
    ("Germany, Italy and Poland have said they will not deploy inside Ukraine.",
     {("DEU", "declines"), ("ITA", "declines"), ("POL", "declines")}),
    ("Britain will deploy on Ukrainian soil after a ceasefire, the prime minister said.", {("GBR", "ready")}),
])
def test_deploying_on_ukrainian_soil_needs_no_troop_word(tmp_path: Path, body: str, expected: set) -> None:
    assert expected <= stances_in(tmp_path, body)


@pytest.mark.parametrize("body", [
    "Germany will not deploy to Ukraine's neighbours.",  # another place
    # refused only before the force's premise: no refusal of the force
    "Poland will not deploy on Ukrainian soil until a ceasefire is agreed.",
    # a plan's contingent, not the nation's offer
    "The chiefs of the British army have prepared plans for a contingent which would deploy in Ukraine.",
])
def test_other_places_and_plans_give_no_deploying_stance(tmp_path: Path, body: str) -> None:
    assert not {s for s in stances_in(tmp_path, body) if s[1] in ("ready", "declines")}


@pytest.mark.parametrize("body", [
    "Ireland would participate only under a UN mandate, the Tánaiste said on Tuesday.",
    "Ireland would take part only under a UN mandate, the Tánaiste said on Tuesday.",
])
def test_a_participation_on_terms_is_an_offer_with_its_condition(tmp_path: Path, body: str) -> None:
    found = stances_in(tmp_path, body)
    assert {("IRL", "ready"), ("IRL", "conditional")} <= found, found


def test_taking_part_in_talks_on_terms_is_no_offer(tmp_path: Path) -> None:
    found = stances_in(tmp_path, "Ireland would participate in the talks only under a UN mandate.")
    assert ("IRL", "ready") not in found and ("IRL", "conditional") not in found, found


@pytest.mark.parametrize("body", [
    "Not one Polish soldier will be sent to Ukraine, the minister said.",
    "Not a single Polish soldier will be deployed to Ukraine, the minister said.",
])
def test_not_one_soldier_is_a_refusal_not_a_pledge(tmp_path: Path, body: str) -> None:
    found = stances_in(tmp_path, body)
    assert ("POL", "declines") in found and ("POL", "ready") not in found, found
    assert troop_figures(tmp_path, body) == set()


def test_speaking_on_condition_of_anonymity_sets_no_condition(tmp_path: Path) -> None:
    found = stances_in(tmp_path, "VILNIUS - Lithuania will send troops to the Multinational Force Ukraine, "
                                 "a senior government official said, speaking on condition of anonymity.")
    assert found == {("LTU", "ready")}, found
    found = stances_in(tmp_path, FORCE + "Lithuania will send troops to the force on condition that the "
                                         "US provides a backstop.")
    assert ("LTU", "conditional") in found, found


@pytest.mark.parametrize(("body", "expected"), [
    # one number written in words, not the range 20 to 5,000 (headline path)
    ("Twenty-five thousand troops needed, says Polish general", ("european_force", 25_000.0, 25_000.0)),
    # a ceiling, not a floor
    ("The reassurance force is unlikely to exceed 15,000 personnel, officials said.",
     ("european_force", None, 15_000.0)),
])
def test_troop_figures_read_the_way_they_are_meant(tmp_path: Path, body: str, expected: tuple) -> None:
    assert expected in troop_figures(tmp_path, body)


@pytest.mark.parametrize(("body", "expected"), [
    # a talk of sending judged premature by its subject (the seeds' "Germany called it premature")
    ("Germany's defence minister on Tuesday dismissed as premature comments by an EU official on plans "
     "to send European soldiers to Ukraine.", ("DEU", "undecided")),
    # a stray hyphen glued to the nation after a wire's dash
    ("(Northwire) – -Germany's defence minister dismissed as premature the talk of plans to send "
     "European soldiers to Ukraine.", ("DEU", "undecided")),
    # not on the table *yet*: a decision to come, as "no plans to send troops yet"
    ("Sending German soldiers to Ukraine is not even on the table yet, the chancellor told reporters.",
     ("DEU", "undecided")),
    # the nation's own troops refused, not the force rejected
    ("The Polish prime minister flatly rejected the idea of sending Polish troops.",
     ("POL", "declines")),
    ("Italy is still weighing whether to join the peacekeeping force, while Poland has ruled itself out.",
     ("POL", "declines")),
])
def test_set_103_shapes(tmp_path: Path, body: str, expected: tuple) -> None:
    assert expected in stances_in(tmp_path, body)


def test_not_on_the_table_without_yet_is_still_a_refusal(tmp_path: Path) -> None:
    assert ("DEU", "declines") in stances_in(
        tmp_path, "Sending German soldiers to Ukraine is not on the table, the chancellor told reporters.")


@pytest.mark.parametrize("body", [
    # no agreement reached is no refusal
    "Two days of talks in Berlin left the leaders of Germany, Italy, Spain and Denmark without a common view "
    "on possible peacekeeping troops.",
    # an answer withheld is no refusal to send
    "The Danish government has refused to confirm the number of troops planned for the mission.",
])
def test_no_agreement_and_no_answer_are_no_refusals(tmp_path: Path, body: str) -> None:
    assert not {s for s in stances_in(tmp_path, body) if s[1] == "declines"}


@pytest.mark.parametrize(("body", "expected"), [
    ("European officials have floated 30,000 to 40,000 for the reassurance force.",
     ("european_force", 30_000.0, 40_000.0)),
    ("Experts put the reassurance force at 20,000, the report said.", ("european_force", 20_000.0, 20_000.0)),
    ("Among planners, the talk was of 25,000 for the reassurance force.", ("european_force", 25_000.0, 25_000.0)),
    ("Military planners are thinking in terms of 25,000 or 30,000 for the force.",
     ("european_force", 25_000.0, 30_000.0)),
])
def test_a_size_floated_or_put_at_needs_no_unit_word(tmp_path: Path, body: str, expected: tuple) -> None:
    assert expected in troop_figures(tmp_path, body)


@pytest.mark.parametrize("body", [
    "Experts put the cost of the force at 20,000 per soldier a year.",
    "Analysts put Ukraine's army at 800,000.",
])
def test_a_cost_or_an_army_put_at_a_figure_is_no_force_size(tmp_path: Path, body: str) -> None:
    assert not {t for t in troop_figures(tmp_path, body) if t[0] == "european_force"}


@pytest.mark.parametrize(("body", "expected"), [
    ("Spain's cabinet approved the deployment of 400 soldiers to the force.", {("ESP", "ready")}),
    ("The Spanish cabinet on Tuesday approved sending up to 400 troops to the reassurance force.",
     {("ESP", "ready")}),
])
def test_a_cabinet_s_approval_is_the_government_s_offer(tmp_path: Path, body: str, expected: set) -> None:
    assert expected <= stances_in(tmp_path, body)


def test_a_cabinet_approving_something_else_gives_no_stance(tmp_path: Path) -> None:
    assert stances_in(tmp_path, "Spain's cabinet approved a budget for the defence ministry.") == set()


def test_a_total_with_rotation_between_need_and_figure_is_no_force_size(tmp_path: Path) -> None:
    body = ("For a participation in a securing force in Ukraine the Bundeswehr would need, with rotation, "
            "about 10,000 soldiers, the chairman said.")
    assert not {t for t in troop_figures(tmp_path, body) if t[0] == "european_force"}


def test_an_adverb_after_the_speech_verb_keeps_the_speakers_offer(tmp_path: Path) -> None:
    found = stances_in(tmp_path, "Only Britain and France have said plainly that their troops would go "
                                 "into Ukraine.")
    assert {("GBR", "ready"), ("FRA", "ready")} <= found, found


def test_no_such_intentions_after_a_sentence_on_contingents_declines(tmp_path: Path) -> None:
    found = stances_in(tmp_path, "Twenty-six states have said they stand ready to send military contingents "
                                 "to Ukraine. Bulgaria, Italy and Japan, however, later stated that they had "
                                 "no such intentions.")
    assert {("BGR", "declines"), ("ITA", "declines"), ("JPN", "declines")} <= found, found


@pytest.mark.parametrize("body", [
    "France has indicated the possibility of sending troops to Ukraine.",
    "Where Germany and Italy have excluded committing soldiers to a future peacekeeping mission, others "
    "such as France have indicated the possibility of such a move.",
])
def test_indicating_the_possibility_of_sending_is_open(tmp_path: Path, body: str) -> None:
    assert ("FRA", "open") in stances_in(tmp_path, body)


@pytest.mark.parametrize("body", [
    # the force is to stand away from the line: refusing the front line refuses no part of it
    "Paris said French units would not be deployed to the front line.",
    "British troops will not be sent to the front line, the defence secretary said.",
])
def test_refusing_the_front_line_is_no_refusal_of_the_force(tmp_path: Path, body: str) -> None:
    assert not {s for s in stances_in(tmp_path, body) if s[1] == "declines"}


def test_a_refusal_of_ukraine_still_declines(tmp_path: Path) -> None:
    assert ("GBR", "declines") in stances_in(tmp_path, "Britain will not send troops to Ukraine, the minister said.")


@pytest.mark.parametrize("body", [
    "Germany said it supports the plan but did not say whether it would send soldiers.",
    "Britain, France and Germany attended a meeting on deploying troops to Ukraine.",
    "Britain hosted a summit on sending troops to Ukraine.",
])
def test_a_question_left_open_or_a_meeting_s_topic_is_no_offer(tmp_path: Path, body: str) -> None:
    assert not {s for s in stances_in(tmp_path, body) if s[1] == "ready"}


def test_a_meeting_then_an_offer_is_still_an_offer(tmp_path: Path) -> None:
    assert ("GBR", "ready") in stances_in(tmp_path, "Britain attended the summit and pledged to send troops to Ukraine.")


@pytest.mark.parametrize(("body", "expected"), [
    ("Poland and Hungary, but not Slovakia, have ruled out sending troops to Ukraine.",
     {("POL", "declines"), ("HUN", "declines")}),
    ("All the Nordic countries except Finland have offered troops to the force.",
     {("DNK", "ready"), ("NOR", "ready"), ("SWE", "ready")}),
    ("The Baltic states, except Lithuania, are ready to send troops.", {("EST", "ready"), ("LVA", "ready")}),
    # (s56: "every Nordic country" is now the group, each member singly; Finland still none)
    ("Every Nordic country but Finland has said it is ready to send troops.",
     {("DNK", "ready"), ("NOR", "ready"), ("SWE", "ready")}),
    # the exception's own relative clause is its own
    ("All the Nordic countries except Finland, which has ruled out sending troops, are ready to contribute.",
     {("FIN", "declines"), ("DNK", "ready"), ("NOR", "ready"), ("SWE", "ready")}),
])
def test_an_exception_holds_none_of_its_list_s_stance(tmp_path: Path, body: str, expected: set) -> None:
    found = {s for s in stances_in(tmp_path, body) if s[1] in ("ready", "declines")}
    assert found == expected, found


def test_yet_to_decide_is_undecided(tmp_path: Path) -> None:
    found = stances_in(tmp_path, "Norway, Sweden and Finland have yet to decide whether to send troops.")
    assert {("NOR", "undecided"), ("SWE", "undecided"), ("FIN", "undecided")} <= found, found


def test_another_s_warning_to_nations_is_no_offer_of_theirs(tmp_path: Path) -> None:
    body = ("Moscow has singled out Britain, France and Germany with warnings that their soldiers would be "
            "crushed if sent into Ukraine with a multinational peacekeeping mission.")
    assert not {s for s in stances_in(tmp_path, body) if s[1] in ("ready", "conditional")}
    # the nation's own warning is its own
    assert ("GBR", "ready") in stances_in(tmp_path, "Britain warned that it would send troops only with a US backstop.")


def test_many_of_its_members_refusing_is_no_named_member_s_refusal(tmp_path: Path) -> None:
    body = ("The group, which counts the UK, France and Germany among its members, is still studying security "
            "pledges, although many of its members have openly rejected sending ground troops.")
    assert not {s for s in stances_in(tmp_path, body) if s[1] in ("declines", "rejects")}


@pytest.mark.parametrize(("body", "expected"), [
    ("Britain, France, Belgium and eight other countries have pledged to join the reassurance force.",
     (11.0, 11.0)),
    ("Britain and 25 other countries have pledged to join the reassurance force.", (26.0, 26.0)),
])
def test_named_nations_and_n_others_count_all_of_them(tmp_path: Path, body: str, expected: tuple) -> None:
    assert expected in countries_in(tmp_path, body)


def test_signals_from_nations_suggesting_openness_to_sending_are_theirs(tmp_path: Path) -> None:
    found = stances_in(tmp_path, "There were signals from Ireland and Austria suggesting openness to sending "
                                 "peacekeepers.")
    assert {("IRL", "open"), ("AUT", "open")} <= found, found
    assert stances_in(tmp_path, "There were signs from Germany of readiness to discuss the budget.") == set()


@pytest.mark.parametrize(("body", "expected"), [
    # (review of the session's rules) what the new rules must leave alone
    ("Britain lobbied its allies but France refused to send troops to Ukraine.", {("FRA", "declines")}),
    ("Germany, like many of its neighbours, has ruled out sending troops to Ukraine.", {("DEU", "declines")}),
    ("Britain, undeterred by Russian threats that its troops would be targeted, is ready to send troops.",
     {("GBR", "ready")}),
    ("Germany will not send troops to Ukraine or to the front line.", {("DEU", "declines")}),
    ("Germany did not say whether Italy would join, but said it is ready to send troops.", {("DEU", "ready")}),
    ("Britain joined the call to deploy troops to Ukraine.", {("GBR", "ready")}),
])
def test_the_new_rules_leave_plain_stances_alone(tmp_path: Path, body: str, expected: set) -> None:
    assert expected <= stances_in(tmp_path, body)


@pytest.mark.parametrize("body", [
    "Germany's cabinet approved the deployment of 5,000 troops to Lithuania.",
    "Hungary rejected the idea of sending French troops to Ukraine.",
])
def test_no_offer_or_refusal_of_other_places_or_others_troops(tmp_path: Path, body: str) -> None:
    found = stances_in(tmp_path, body)
    assert not {s for s in found if s[1] in ("ready", "declines")}, found


def test_a_first_rotation_s_size_is_still_a_size(tmp_path: Path) -> None:
    body = "The force would need, for its first rotation, 10,000 soldiers."
    assert ("european_force", 10_000.0, 10_000.0) in troop_figures(tmp_path, body)
