"""Session 20's stance rules, each with the reading it must not break:
- *considers <the sending> <judgement>* gives the judgement ("inappropriate": declines,
  "premature": undecided), not an open weighing, and the participation so judged is no offer;
- *reluctance or refusal to commit troops*: the listed nations decline (the stronger word);
- *X and Y are among those that have indicated a willingness ...*: X and Y hold the stance."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import build_ledger

HEAD = "Europe weighs a force for Ukraine\nReuters, 3 March 2025\n\n"


def _stances(tmp_path: Path, sentence: str) -> set[tuple[str, str]]:
    (tmp_path / "r.txt").write_text(HEAD + sentence + "\n", encoding="utf-8")
    ledger = build_ledger([tmp_path], stance_check=False)
    return {(s.actor, s.stance) for s in ledger.stances
            if s.stance in ("ready", "open", "conditional", "undecided", "declines")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ('The Romanian defence minister considers the participation of Romanian soldiers in any '
     'future peacekeeping force in Ukraine "inappropriate", his office said.', {("ROU", "declines")}),
    ("Romania considers the participation of Romanian soldiers in the force inappropriate.",
     {("ROU", "declines")}),
    ("The Czech government considers sending Czech troops to Ukraine premature.",
     {("CZE", "undecided")}),
])
def test_a_judgement_after_considers_is_the_stance(tmp_path: Path, sentence: str,
                                                   expected: set[tuple[str, str]]) -> None:
    assert _stances(tmp_path, sentence) == expected


def test_considering_sending_without_a_judgement_stays_open(tmp_path: Path) -> None:
    sentence = "Sweden is considering sending troops to Ukraine after a ceasefire."
    assert _stances(tmp_path, sentence) == {("SWE", "open")}


def test_reluctance_or_refusal_is_read_as_refusal(tmp_path: Path) -> None:
    sentence = ("Hungary, Slovakia and Austria have voiced reluctance or refusal to commit "
                "soldiers to the planned mission, ministers said.")
    assert _stances(tmp_path, sentence) == {("HUN", "declines"), ("SVK", "declines"),
                                            ("AUT", "declines")}


def test_reluctance_alone_is_still_undecided(tmp_path: Path) -> None:
    sentence = "Germany has expressed reluctance to commit troops for the potential mission."
    assert _stances(tmp_path, sentence) == {("DEU", "undecided")}


def test_nations_among_those_that_offered_hold_the_offer(tmp_path: Path) -> None:
    sentence = ("Denmark and Norway are among those that have signalled a willingness to join a "
                "force to reassure Ukraine.")
    assert _stances(tmp_path, sentence) == {("DNK", "ready"), ("NOR", "ready")}


def test_nations_not_among_those_that_offered_decline(tmp_path: Path) -> None:
    sentence = "Denmark is not among those that have offered troops for the force in Ukraine."
    assert _stances(tmp_path, sentence) == {("DNK", "declines")}
