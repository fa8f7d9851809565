"""Session 15's stance rules, in the project's own words (docs/evidence.md §5, "Session 15")."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import build_ledger


def _stances_of(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    return [(s.actor, s.stance) for s in build_ledger([tmp_path]).stances]


@pytest.mark.parametrize("text", [
    "Earlier, the Norwegian defence minister, Tore O. Sandvik, also denied the Norwegian side's "
    "intentions to deploy its own forces in Ukraine after a settlement.",
    "Jonas Gahr Store has denied that Norway is in talks about sending troops to Ukraine.",
])
def test_a_denial_after_the_named_minister_is_a_refusal_once(tmp_path: Path, text: str) -> None:
    # the minister's name and the nation's adjective are one holder: one stance, a refusal
    assert _stances_of(tmp_path, text) == [("NOR", "declines")]


def test_a_named_minister_stating_an_intention_stays_an_offer(tmp_path: Path) -> None:
    text = "Jonas Gahr Store said the Norwegian side intends to deploy its forces in Ukraine."
    assert _stances_of(tmp_path, text) == [("NOR", "ready")]


def test_criticising_a_plan_for_european_troops_is_no_offer(tmp_path: Path) -> None:
    text = ("Austria's defence minister sharply criticised the commissioner for her comments on "
            "plans to deploy European troops in Ukraine.")
    assert _stances_of(tmp_path, text) == []


@pytest.mark.parametrize("judged", ["appropriate", '"appropriate"', "possible", "conceivable"])
def test_participation_judged_possible_is_open(tmp_path: Path, judged: str) -> None:
    text = (f"Vienna's participation in a future peacekeeping mission would be {judged}, the "
            "Austrian chancellor said in an interview.")
    assert _stances_of(tmp_path, text) == [("AUT", "open")]


def test_participation_stated_stays_an_offer(tmp_path: Path) -> None:
    text = "The Austrian chancellor confirmed Austria's participation in the peacekeeping mission."
    assert ("AUT", "ready") in _stances_of(tmp_path, text)


@pytest.mark.parametrize("text", [
    "Sweden's prime minister said the time has not yet come to discuss sending Swedish troops.",
    "According to the Swedish prime minister, it makes no sense to discuss the idea of sending "
    "peacekeepers to Ukraine yet.",
])
def test_a_debate_put_off_is_undecided(tmp_path: Path, text: str) -> None:
    assert _stances_of(tmp_path, text) == [("SWE", "undecided")]


def test_denying_the_possibility_of_sending_is_a_refusal(tmp_path: Path) -> None:
    text = ("The Swedish defence minister is currently denying the possibility of sending "
            "Swedish troops to Ukraine.")
    assert _stances_of(tmp_path, text) == [("SWE", "declines")]


def test_the_speakers_own_troops_in_his_list_are_his_offer(tmp_path: Path) -> None:
    text = ("On Monday the Swedish prime minister said that the force would include Swedish, "
            "Danish and Finnish soldiers.")
    assert _stances_of(tmp_path, text) == [("SWE", "ready")]


def test_another_speakers_list_of_the_force_is_nobodys_offer(tmp_path: Path) -> None:
    text = ("On Monday the Ukrainian president said that the force would include Swedish, "
            "Danish and Finnish soldiers.")
    assert _stances_of(tmp_path, text) == []


def test_too_soon_to_discuss_sending_is_undecided_only(tmp_path: Path) -> None:
    text = ('Sweden said on Monday it was "too soon" to discuss sending its troops to Ukraine as '
            "part of any peacekeeping force.")
    assert _stances_of(tmp_path, text) == [("SWE", "undecided")]


def test_what_a_force_could_do_is_not_the_speakers_stance(tmp_path: Path) -> None:
    text = ('The Swedish prime minister said the countries would contribute to a "reassurance '
            'force" that could deploy troops in Ukraine or provide support at sea.')
    assert ("SWE", "open") not in _stances_of(tmp_path, text)


def test_a_condition_stated_by_one_capital_is_that_nations_alone(tmp_path: Path) -> None:
    text = ("Sweden and Finland have signalled readiness to join the reassurance force, though "
            "Helsinki says participation depends on Washington's contribution.")
    got = set(_stances_of(tmp_path, text))
    assert got == {("SWE", "ready"), ("FIN", "ready"), ("FIN", "conditional")}


def test_a_condition_in_the_offer_clause_qualifies_every_offer(tmp_path: Path) -> None:
    text = ("Sweden and Finland are ready to send troops if the United States provides a "
            "backstop.")
    got = set(_stances_of(tmp_path, text))
    assert {("SWE", "conditional"), ("FIN", "conditional")} <= got


def test_offering_no_participation_is_a_refusal(tmp_path: Path) -> None:
    text = ("The reassurance force for Ukraine has its supporters. But the Swedish prime minister "
            'offered "no national participation," aides said.')
    assert _stances_of(tmp_path, text) == [("SWE", "declines")]


def test_no_final_decision_yet_is_undecided(tmp_path: Path) -> None:
    text = "Sweden has not yet made a final decision on sending troops to Ukraine."
    assert _stances_of(tmp_path, text) == [("SWE", "undecided")]


@pytest.mark.parametrize(("said_by", "expected"), [
    ("Swedish Prime Minister Ulf Kristersson has", "Swedish Prime Minister Ulf Kristersson"),
    ("Trump has ruled out deploying U.S. troops but", "Trump"),
    ("Trump Rules Out U.S. Ground Troops", "Trump"),
    ("Swedish Prime Minister Ulf Kristersson", "Swedish Prime Minister Ulf Kristersson"),
])
def test_a_speakers_name_ends_at_its_verb(said_by: str, expected: str) -> None:
    from reassure.evidence._ledger import reader_speaker

    assert reader_speaker("A sentence.", said_by)[0] == expected


def test_a_question_word_is_no_speaker() -> None:
    from reassure.evidence._ledger import reader_speaker

    assert reader_speaker("How to send troops to Ukraine.", "How to")[0] is None
