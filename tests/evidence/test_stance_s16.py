"""Session 16's stance rules, in the project's own words (docs/evidence.md §5, "Session 16")."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import build_ledger
from reassure.evidence._gazetteer import nation_of
from reassure.evidence._stances import others_troops_only


def _stances_of(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    return [(s.actor, s.stance) for s in build_ledger([tmp_path]).stances]


@pytest.mark.parametrize("text", [
    "Last spring the Spanish prime minister openly raised the prospect of sending Western troops "
    "to Ukraine, to a cool reception in Berlin.",
    'In March, the Spanish prime minister said that "we cannot rule out" the possible deployment '
    "of Western troops to Ukraine.",
    "Spanish Prime Minister Pedro Sanchez expressed Spain's readiness to provide security "
    "guarantees and push for European peacekeeping troops in Ukraine, stressing closer defence "
    "ties with the U.S.",
])
def test_raising_others_troops_is_no_offer_of_ones_own(tmp_path: Path, text: str) -> None:
    # the troops weighed are "Western" or "European" ones: the plan's talk, not Spain's troops
    assert [st for st in _stances_of(tmp_path, text) if st[1] in ("ready", "open")] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Spain does not rule out sending its troops to Ukraine as part of a European force.",
     ("ESP", "open")),
    ("Spain is ready to send Spanish troops alongside other European troops.",
     ("ESP", "ready")),
    ("Spain is ready to send troops to Ukraine.", ("ESP", "ready")),
])
def test_own_troops_beside_others_stay_a_stance(tmp_path: Path, text: str,
                                                expected: tuple[str, str]) -> None:
    assert expected in _stances_of(tmp_path, text)


def test_a_refusal_of_others_troops_is_still_read(tmp_path: Path) -> None:
    # the filter drops offers only: refusing "European troops" is a nation's own no (set 15)
    text = "Hungary will not take part in the deployment of European troops to Ukraine."
    assert _stances_of(tmp_path, text) == [("HUN", "declines")]


@pytest.mark.parametrize(("words", "expected"), [
    ("sending western troops to ukraine", True),
    ("sending european peacekeeping troops", True),
    ("sending its own troops", False),
    ("sending french troops and european troops", False),
    ("a european force", False),  # no troop noun: a force is not a plural of soldiers
])
def test_others_troops_only(words: str, expected: bool) -> None:
    assert others_troops_only(words.split()) is expected


def test_calling_on_others_to_prepare_is_their_stance_not_the_callers(tmp_path: Path) -> None:
    text = ("Estonia's foreign minister Margus Tsahkna has called on EU nations to prepare for "
            "sending military forces to Ukraine, especially if a peace deal is brokered.")
    assert _stances_of(tmp_path, text) == []


def test_asking_parliament_to_approve_keeps_the_governments_condition(tmp_path: Path) -> None:
    # the holder asks for approval of its own sending: the object is no other nation
    text = ("Latvian Prime Minister Evika Silina has asked parliament to approve sending troops to "
            "Ukraine.")
    assert ("LVA", "conditional") in _stances_of(tmp_path, text)


@pytest.mark.parametrize(("speaker", "iso3"), [
    ("Interim President Ilie Bolojan", "ROU"),
    ("Defence Minister Jana Chernokhova", "CZE"),
    ("Christopher Luxon", "NZL"),
    ("Taoiseach Micheál Martin", "IRL"),
    ("Prime Minister Bart De Wever", "BEL"),
])
def test_officials_of_the_debate_name_their_nation(speaker: str, iso3: str) -> None:
    assert nation_of(speaker) == iso3


@pytest.mark.parametrize("surname", ["Martin", "Harris", "Cooper", "Blair", "Tanner"])
def test_a_common_surname_alone_names_no_nation(surname: str) -> None:
    # "Harris said" is as likely Kamala Harris as Ireland's Simon Harris: full names only
    assert nation_of(surname) is None


def test_a_named_interim_president_holds_his_nations_stance(tmp_path: Path) -> None:
    text = ("Regarding sending troops to Ukraine, the discussion is premature, said Acting "
            "President Ilie Bolojan.")
    assert ("ROU", "undecided") in _stances_of(tmp_path, text)
