"""Session 13: structural shapes that gave a stance the wrong holder or no basis (a journalist's
reading of sets 16 and 17). Each shape is shown on made-up sentences, with the near miss that must
still give its stance. The sentences are the project's own words (no report text)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reassure.evidence import Ledger, build_ledger


def _ledger(tmp_path: Path, text: str) -> Ledger:
    (tmp_path / "r.txt").write_text(text + "\n", encoding="utf-8")
    return build_ledger([tmp_path], jobs=1)


def _raw(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    """Every (actor, stance) of the ledger, Russia and Ukraine included (the scorer drops them,
    a reader sees them)."""
    return {(s.actor, s.stance) for s in _ledger(tmp_path, text).stances}


STANCE_CASES = [
    # 1. a question states no stance
    ("Did the Danish premier say 5,000 troops would be sent to the mission?", set()),
    ("Did the Norwegian premier really say he was ready to send Norwegian soldiers to Ukraine?",
     set()),
    ("The Norwegian premier said he was ready to send Norwegian soldiers to Ukraine.",
     {("NOR", "ready")}),
    # 3. unnamed nations as the subject of the reported clause: not the speaker's nation
    ("Danish Prime Minister Mette Frederiksen said on Monday that some countries have not yet "
     "decided on participation in the force.", set()),
    ("The Danish premier suggested that all 20 would send troops to Ukraine.", set()),
    ("Danish Prime Minister Mette Frederiksen said her country is ready to send troops.",
     {("DNK", "ready")}),
    ("Britain, France and some other countries are ready to send troops.",
     {("GBR", "ready"), ("FRA", "ready")}),
    # 4. another mission: one that trains Ukraine's soldiers, or the EU's own
    ("Norway is taking part in a European Union mission that trains Ukrainian soldiers.", set()),
    ("Norway is taking part in a training mission for Ukrainian troops in Poland.", set()),
    ("Norway will take part in the reassurance mission in Ukraine.", {("NOR", "ready")}),
    # 5. a refusal of troops, then an offer of support of another kind: the refusal stands
    ("Norway will not send troops to Ukraine, but is ready to join in supporting international "
     "forces in the field of satellite links.", {("NOR", "declines")}),
    ("Norway will not send troops to Ukraine, but is ready to take part by supporting the "
     "international forces with satellite links.", {("NOR", "declines")}),
    # near miss: the later offer is of its troops, and qualifies the refusal
    ("Norway ruled out sending troops in 2025, but is ready to deploy soldiers after a ceasefire.",
     {("NOR", "ready")}),
    # 6. a nation modifying the allies or partners is not their stance's holder
    ("Twenty Norway partners pledged to deploy troops after the war.", set()),
    ("Norway's allies pledged to deploy troops after the war.", set()),
    ("Norway and its allies pledged to deploy troops after the war.", {("NOR", "ready")}),
]


@pytest.mark.parametrize(("text", "expected"), STANCE_CASES)
def test_s13_stances(scored_stances: Callable[[str], set[tuple[str, str]]], text: str,
                     expected: set[tuple[str, str]]) -> None:
    assert scored_stances(text) == expected


def test_a_hypothetical_speech_names_no_speaker(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path, "If Denmark says the plan is unworkable, then Norway is ready to "
                               "send troops.")
    assert {(s.actor, s.stance) for s in ledger.stances} == {("NOR", "ready")}
    assert all(s.said_by is None for s in ledger.stances)


def test_an_opening_conjunction_is_no_part_of_the_speaker(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path, "And Danish Prime Minister Mette Frederiksen said her country is "
                               "ready to send troops.")
    said = {s.said_by for s in ledger.stances}
    assert said == {"Danish Prime Minister Mette Frederiksen"}


def test_a_pronoun_speaker_is_the_person_named_just_before(tmp_path: Path) -> None:
    # 2. "he" is the titled subject of the sentence before, not the report's earlier speaker
    ledger = _ledger(tmp_path, "British Prime Minister Keir Starmer said the coalition would meet "
                               "again. Norwegian Foreign Minister Espen Barth Eide criticised the "
                               "delay. Later, he said it would be unacceptable to send troops "
                               "without a mandate.")
    later = [s for s in ledger.stances if s.sentence.startswith("Later")]
    assert later and {s.actor for s in later} == {"NOR"}
    assert {s.said_by for s in later} == {"Norwegian Foreign Minister Espen Barth Eide"}


def test_a_pronoun_speaker_after_a_plain_sentence_keeps_its_person(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path, "French President Emmanuel Macron spoke on Monday. He said France "
                               "is ready to send troops.")
    assert {(s.actor, s.stance, s.said_by) for s in ledger.stances} == {
        ("FRA", "ready", "French President Emmanuel Macron")}


def test_a_peace_deal_s_other_party_signs_nothing(tmp_path: Path) -> None:
    # 6. "with Russia" completes the deal, it does not sign the declaration
    got = _raw(tmp_path, "Norway and Denmark signed a declaration of intent to deploy troops in "
                         "Ukraine in case of a peace deal with Russia.")
    assert got == {("NOR", "ready"), ("DNK", "ready")}


def test_the_host_as_a_modifier_of_allies_holds_no_stance(tmp_path: Path) -> None:
    assert _raw(tmp_path, "Twenty Kyiv allies pledged to deploy troops after the war.") == set()


@pytest.mark.parametrize(("text", "condition"), [
    # 7. the United Nations are a mandate; the US must stand in the condition's own clause
    ("Norway will consider sending troops if bodies such as the United Nations take over the "
     "command.", "mandate"),
    ("Norway will consider sending troops if Washington provides a backstop.", "us-backstop"),
    # (s67: "if asked" is no condition, as "if necessary"; the US after "despite" still none)
    ("Norway is open to sending troops if the terms are right, despite the United States "
     "cutting its aid.", "other"),
])
def test_s13_conditions(tmp_path: Path, text: str, condition: str) -> None:
    got = {s.condition for s in _ledger(tmp_path, text).stances if s.stance == "conditional"}
    assert got == {condition}


def _lifetimes(tmp_path: Path, text: str) -> set[float]:
    return {c.low for c in _ledger(tmp_path, text).claims if c.subject == "force_lifetime"
            and c.low is not None}


def test_a_treaty_kept_for_years_is_no_force_lifetime(tmp_path: Path) -> None:
    # 8. the years must be the force's: not another party's promise, nor "the last 20 years"
    assert _lifetimes(tmp_path, "Putin rejected peacekeeping forces in Ukraine, saying Moscow "
                                "would respect a treaty to halt its offensive for 5 years.") == set()
    assert _lifetimes(tmp_path, "The peacekeeping troops have served alongside allies over the "
                                "last 20 years.") == set()


def test_a_mission_deployed_for_years_keeps_its_lifetime(tmp_path: Path) -> None:
    assert _lifetimes(tmp_path, "The peacekeeping mission would be deployed for 5 years.") == {5.0}


@pytest.mark.parametrize(("text", "speaker"), [
    ("Norway will not send soldiers to Ukraine, but is ready to help with logistics, said the "
     "country's Defence Minister, Tore Sandvik.", "Defence Minister, Tore Sandvik"),
    ("Norway is ready to send troops to Ukraine, said Prime Minister Jonas Gahr Store.",
     "Prime Minister Jonas Gahr Store"),
])
def test_a_closing_speech_verb_names_the_titled_speaker_after_it(tmp_path: Path, text: str,
                                                                   speaker: str) -> None:
    (tmp_path / "r.txt").write_text("Title\n\n" + text + "\n", encoding="utf-8")
    stances = build_ledger([tmp_path], jobs=1).stances
    assert [(s.actor, s.said_by) for s in stances] == [("NOR", speaker)]


def _stances_of(tmp_path: Path, text: str) -> set[tuple[str, str, str | None]]:
    (tmp_path / "r.txt").write_text("Title\n\n" + text + "\n", encoding="utf-8")
    return {(s.actor, s.stance, s.condition) for s in build_ledger([tmp_path], jobs=1).stances}


@pytest.mark.parametrize("text", [
    "Earlier, Norway's defence minister Ola Berg also denied the Norwegian side's intentions to "
    "deploy its own forces in Ukraine.",
    "Ola Berg has denied that Norway is in talks about sending troops to Ukraine.",
    "Norway denied reports that it was ready to send troops to Ukraine.",
])
def test_a_denial_governing_the_offer_is_a_refusal(tmp_path: Path, text: str) -> None:
    assert _stances_of(tmp_path, text) == {("NOR", "declines", None)}


def test_a_denial_in_another_clause_leaves_the_offer(tmp_path: Path) -> None:
    text = "The minister denied a rift and said Norway is ready to send troops to Ukraine."
    assert _stances_of(tmp_path, text) == {("NOR", "ready", None)}


@pytest.mark.parametrize("text", [
    "Norway Open to Sending Peacekeepers to Ukraine, Rules Out Combat Troops",
    "Norway will not send troops to fight alongside Ukrainian forces, the minister said.",
    "The spokesperson ruled out any plans for Norwegian troops to engage in combat alongside "
    "Ukrainian forces.",
])
def test_refusing_combat_troops_is_no_stance_on_the_force(tmp_path: Path, text: str) -> None:
    assert ("NOR", "declines", None) not in _stances_of(tmp_path, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Norway ruled out combat troops but is open to sending peacekeepers to Ukraine.",
     {("NOR", "open", None)}),
    ("Norway has ruled out sending peacekeepers to Ukraine, citing the risk of fighting.",
     {("NOR", "declines", None)}),
    ("Norway will decline to send combat troops, its defence ministry said.",
     {("NOR", "declines", None)}),
])
def test_a_refusal_of_the_force_itself_stays(tmp_path: Path, text: str,
                                             expected: set[tuple[str, str, str | None]]) -> None:
    assert _stances_of(tmp_path, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Australia may consider joining an international peacekeeping mission in Ukraine if a "
     "settlement to end the war is reached, Prime Minister Anthony Albanese said.",
     {("AUS", "open", None)}),
    ("Norway will consider joining a mission in Ukraine if the war ends, the minister said.",
     {("NOR", "open", None)}),
    ("Norway may join an international peacekeeping mission in Ukraine if the United Nations "
     "gives it a mandate, the prime minister said.",
     {("NOR", "open", None), ("NOR", "conditional", "mandate")}),
    ("Slovenia will consider taking part in peacekeeping in Ukraine if organisations such as the "
     "United Nations coordinate it, the government said of guarantees after the end of the war.",
     {("SVN", "open", None), ("SVN", "conditional", "mandate")}),
])
def test_the_condition_is_read_from_its_own_clause(tmp_path: Path, text: str,
                                                  expected: set[tuple[str, str, str | None]]) -> None:
    assert _stances_of(tmp_path, text) == expected


def test_a_parliamentary_written_question_states_no_stance(tmp_path: Path) -> None:
    text = ("To ask the Minister for Defence if Ireland has agreed to be part of a peacekeeping "
            "force in Ukraine; and if he will make a statement on the matter.")
    assert _stances_of(tmp_path, text) == set()
