"""Session 71: readings found on the tuning sets' leftovers (real set 149, in-sample) and probes
in the project's own words. Each case marked "misread" failed on the session start (eeab40a)."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import strictly_checked, troop_figures, undated_stances

from reassure.evidence import build_ledger

FORCE = "European leaders discussed sending troops to a reassurance force for Ukraine. "


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready (from "will"; the deployment is what the nation avoids)
    (FORCE + "Austria will keep to its neutrality, avoiding any deployment of soldiers to "
     "Ukraine.", {("AUT", "declines")}),
    # left alone: what is avoided is not the sending
    ("Britain will send troops to Ukraine to avoid a collapse of the ceasefire.",
     {("GBR", "ready")}),
])
def test_a_deployment_avoided(tmp_path: Path, body: str,
                              expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: conditional (the "if" belongs to the second verb, and a request awaited is no
    # condition on the answer, as "if asked")
    ("The Norwegian defence minister said Norway does not plan to send soldiers to Ukraine, and "
     "will consider this option if it receives a request from its allies.",
     {("NOR", "declines"), ("NOR", "open")}),
    # misread: declines alone (no plan now, and the option weighed: both, as set 149's readers)
    ("Norway's defence minister said his country has no plans to deploy personnel in Ukraine, "
     "but he left open considering such options if it were proposed by allies.",
     {("NOR", "declines"), ("NOR", "open")}),
    # left alone: a named condition stays one
    ("Norway would consider sending troops if the proposal includes an American backstop.",
     {("NOR", "conditional"), ("NOR", "open")}),
    # left alone: "opposed ... but has not ruled it out" is the later cue alone (open)
    ("Denmark is opposed to sending troops now but has not ruled it out.", {("DNK", "open")}),
])
def test_no_plans_now_and_the_option_weighed(tmp_path: Path, body: str,
                                             expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: declines (the role of troops in a sending supposed, not a refusal to send)
    ("The president said that if such a scenario came to pass, French units would not take the "
     "offensive against Russia.", set()),
    # left alone: a refusal after another premise
    ("If a ceasefire is signed, Polish troops will not be sent to Ukraine.", {("POL", "declines")}),
])
def test_the_role_under_a_supposed_sending(tmp_path: Path, body: str,
                                           expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


def test_a_wire_dateline_is_not_the_speaker(tmp_path: Path) -> None:
    # misread: the speaker shown was "OSLO"
    (tmp_path / "r.txt").write_text(
        "Title: Partners weigh the force\n\nOSLO — Tore Sandvik, Norway's defence minister, said "
        "his country has no plans to send personnel to Ukraine.\n", encoding="utf-8")
    ledger = build_ledger([tmp_path / "r.txt"], jobs=1)
    assert {(s.actor, s.stance, s.said_by) for s in ledger.stances} == {
        ("NOR", "declines", "Tore Sandvik")}


def test_a_bare_title_names_the_speaker_named_before(tmp_path: Path) -> None:
    # misread: nothing ("the minister" was left unnamed, and "she" with it)
    body = ('"Europe should keep every option open," Elina Valtonen said. The minister said '
            'support for Kyiv would go on. "But we are not sending any troops now," she added.')
    assert undated_stances(tmp_path, body) == {("FIN", "declines")}


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the opening phrase's list ran on into the subject's)
    ("Besides Britain and France, Norway, Finland and Canada have indicated they would be "
     "prepared to join the peacekeeping force.",
     {("GBR", "ready"), ("FRA", "ready"), ("NOR", "ready"), ("FIN", "ready"), ("CAN", "ready")}),
    # left alone: "apart from" names an exception unless "only" or "also" makes it inclusive
    ("Apart from Hungary, the EU states are ready to send troops.", set()),
])
def test_an_opening_besides_adds_its_nations(tmp_path: Path, body: str,
                                             expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the plan not given up stands)
    ("London and Paris are not abandoning plans to deploy their troops in Ukraine once a truce "
     "holds.", {("FRA", "ready"), ("GBR", "ready")}),
    # misread: ready (a plan given up is no offer now, as the cue pass reads it)
    ("London and Paris are abandoning plans to deploy their troops in Ukraine once a truce "
     "holds.", set()),
])
def test_a_plan_given_up_or_not(tmp_path: Path, body: str,
                                expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (taking part weighed, on a named condition)
    (FORCE + 'The Belgian prime minister said Belgium would consider taking part, but only with '
     '"an American role" behind the mission.', {("BEL", "open"), ("BEL", "conditional")}),
    # misread: open and ready (the weighing cue reads "joining")
    (FORCE + "Sweden would consider joining.", {("SWE", "open")}),
])
def test_taking_part_weighed(tmp_path: Path, body: str,
                             expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize("sentence", [
    "Asked about the idea at the summit, Meloni said she had no intention of sending soldiers.",
    "Meloni's office said Italian troops will not be deployed to Ukraine.",
])
def test_plain_refusals_pass_the_check_unjudged(tmp_path: Path, sentence: str) -> None:
    # misread: withheld by the stance check (0.43-0.45 on the tuning sets)
    ledger = strictly_checked(tmp_path, FORCE + sentence)
    assert ("ITA", "declines") in {(s.actor, s.stance) for s in ledger.stances}


@pytest.mark.parametrize(("text", "expected"), [
    # misread: the whole force's size (a share in a report on one nation's offer)
    ("Chancellor Merz said Germany was ready to contribute soldiers to a reassurance force for "
     "Ukraine. Officials in the defence ministry are discussing a contingent of between 3,000 "
     "and 5,000 troops.", {("contribution:DEU", 3000.0, 5000.0)}),
    ("President Nauseda said Lithuania was ready to send soldiers to the force. According to the "
     "defence ministry, the contribution could reach up to 200 soldiers.",
     {("contribution:LTU", None, 200.0)}),
    # left alone: the whole force named as such, and a report where two nations offer
    ("Chancellor Merz said Germany was ready to contribute soldiers to the force. Planners are "
     "discussing a European contingent of 30,000 troops.", {("european_force", 30000.0, 30000.0)}),
    ("Chancellor Merz said Germany was ready to contribute soldiers to the force. Macron said "
     "France was ready to send troops too. Officials are discussing a contingent of between 3,000 "
     "and 5,000 troops.", {("european_force", 3000.0, 5000.0)}),
])
def test_one_offering_nations_share(tmp_path: Path, text: str, expected: set) -> None:
    assert troop_figures(tmp_path, text) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: Denmark alone (the ellipsis with the nation before its verb)
    ("Denmark's defence minister said the country is prepared to send soldiers to a force in "
     "Ukraine, as Norway is.", {("DNK", "ready"), ("NOR", "ready")}),
    # left alone: a speaker after "as", not an ellipsis
    ("Britain will not send troops, as Germany has said.", {("GBR", "declines")}),
])
def test_as_norway_is(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the passive's agents listed after "including", the suggestion the report's)
    ("Macron said sending Western troops to Ukraine could not be ruled out. The suggestion was "
     "rejected by several allies, including Germany, Spain and Poland.",
     {("FRA", "open"), ("DEU", "declines"), ("ESP", "declines"), ("POL", "declines")}),
    # misread: nothing (the "with" phrase's subject behind a title, a name and an adverb)
    ("Tensions rose, with French President Emmanuel Macron recently stating that he cannot rule "
     "out sending Western troops.", {("FRA", "open")}),
    # misread: nothing ("assured" is a verb of speech)
    ("Macron assured that sending Western troops cannot be ruled out.", {("FRA", "open")}),
    # misread: ready (the readiness of the first group, not the one Slovakia is among; s72: its
    # own group's refusal, "say never", read since)
    ('"There are countries ready to send their own soldiers to Ukraine, there are countries that '
     'say never \u2013 Slovakia is among them \u2013 and there are others who want it considered," '
     'Fico said.', {("SVK", "declines")}),
    # left alone: one group, and the nation among it
    ("Several countries are ready to send troops to Ukraine, and Estonia is among them.",
     {("EST", "ready")}),
])
def test_set_151_readings(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready, withheld (the participation read inside the refusal's words)
    (FORCE + "Hungary refuses any participation in the mission.", {("HUN", "declines")}),
    # misread: declines (troops into combat are the war's; every option kept is open)
    ("The foreign minister said that although France is not at present planning to send troops "
     'into combat, the country "does not discard any option."', {("FRA", "open")}),
    ("The chancellor did not discard sending German troops.", {("DEU", "open")}),
    # left alone: something else not discarded
    ("Germany does not discard the idea of higher taxes.", set()),
])
def test_refused_any_participation_and_nothing_discarded(
        tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # misread: the nation's contribution and the whole force (an army's capability, no force for
    # Ukraine: the readers of sets 148 and 151 record both as traps)
    ("A French general said the army could commit a division of 20,000 troops within 30 days as "
     "part of an allied coalition.", set()),
    ("He added that Paris would be able to command a force of about 60,000 soldiers drawn from "
     "French and allied units.", set()),
    # left alone: a capability for Ukraine
    ("Britain could deploy 10,000 troops to Ukraine within 30 days of a ceasefire.",
     {("contribution:GBR", 10000.0, 10000.0)}),
])
def test_an_armys_capability_is_no_force(tmp_path: Path, text: str, expected: set) -> None:
    assert troop_figures(tmp_path, text) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the sentence opens with its speaker; "such a possibility")
    ("Macron said some twenty countries had discussed sending troops to Ukraine. According to "
     "Macron, the leaders did not agree, but such a possibility cannot be ruled out later.",
     {("FRA", "open")}),
    # misread: nothing (a "not" well before "nothing"; the troops in the sentence before)
    ("In February Macron revealed that leaders were discussing sending troops to Ukraine. He "
     'admitted that the allies have not yet agreed, but "nothing can be ruled out."',
     {("FRA", "open")}),
    # misread: nothing ("refused to rule out the dispatch of Western troops")
    ('"Western soldiers would not cross any threshold," the minister said, after President '
     "Emmanuel Macron refused to rule out the dispatch of Western ground troops to Ukraine.",
     {("FRA", "open")}),
    # left alone: someone who did not say it
    ("Macron said leaders discussed sending troops to Ukraine. Scholz did not say nothing can be "
     "ruled out.", set()),
])
def test_macrons_nothing_ruled_out(tmp_path: Path, body: str,
                                   expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


def test_a_hope_for_another_nation_with_a_quoted_cue(tmp_path: Path) -> None:
    # misread: Germany ready (the cue's opening quote mark hid it from the hope's reach)
    body = ('He told MPs that France had confirmed it was ready to contribute troops too, and said '
            'he hoped Germany would "play its full part" once its new government was formed.')
    assert undated_stances(tmp_path, body) == {("FRA", "ready")}


@pytest.mark.parametrize(("text", "expected"), [
    # misread: the whole force's size (a nation's whole army)
    ("Partners' capacities are weighed too, such as France with its 125-150,000 troops, for this "
     "multinational effort.", set()),
    # left alone (read so at the start too): a nation's troop numbers alone, and a force's own
    # troops
    ("Britain's troop numbers, put at about 100,000, limit how large a deployment to Ukraine "
     "could be.", set()),
    ("Britain will send a force with its 10,000 troops to Ukraine.",
     {("contribution:GBR", 10000.0, 10000.0)}),
])
def test_a_nations_whole_army(tmp_path: Path, text: str, expected: set) -> None:
    assert troop_figures(tmp_path, text) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: declines (the war before the truce, not the force after it)
    ("Neither France nor the UK plans to send their units to the conflict zone before a formal "
     "ceasefire.", set()),
    # left alone: a refusal of the conflict zone with no truce named (set 138's readers: declines)
    ("Slovakia will not deploy its soldiers to the conflict zone and opposes Ukraine joining "
     "NATO.", {("SVK", "declines")}),
    # misread: nothing (taking part in the force just named, open)
    (FORCE + "The prime minister said last week that Belgium was open to taking part.",
     {("BEL", "open")}),
    # left alone (so at the start too in this short form; its own-words report missed it): not
    # yet decided whether to take part
    (FORCE + "In neighbouring Norway, a government spokesperson said Oslo had not yet decided "
     "whether to take part and would wait for the coalition's planning.", {("NOR", "undecided")}),
])
def test_set_153_and_rv71d_readings(tmp_path: Path, body: str,
                                    expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


def test_would_not_be_sending_passes_the_check_unjudged(tmp_path: Path) -> None:
    # misread: withheld by the stance check
    ledger = strictly_checked(tmp_path, FORCE + "The foreign secretary said London would not be "
                                                "sending British troops to Ukraine.")
    assert ("GBR", "declines") in {(s.actor, s.stance) for s in ledger.stances}
