"""Session 14: two holder shapes from fresh set 19's wrong stances, each with its near miss.

* a non-contributor's official (the US, Russia, Ukraine) telling what other nations will do states
  their claim, not those nations' stance (§5: another country's view about a nation is not its
  stance);
* a count of three or more nations ("26 countries") as the subject of the reported clause is the
  coalition, not the speaker's nation.

The sentences are the project's own words (no report text)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

CASES = [
    # an outsider's claim about others
    ("Trump added that European nations such as Norway, Denmark and Belgium are willing to put "
     "boots on the ground.", set()),
    ("US President Donald Trump said that Norway is ready to send troops to Ukraine.", set()),
    ("Lavrov claimed that Denmark and Norway would deploy troops to Ukraine.", set()),
    # near misses: the nation's own leader, and a contributor's leader for a partner
    ("Norway is ready to send troops to Ukraine, the Norwegian premier said.", {("NOR", "ready")}),
    ("Macron said France and Britain are ready to send troops to Ukraine.",
     {("FRA", "ready"), ("GBR", "ready")}),
    # a speaker phrase that only ends near a place is no outsider
    ("Denmark ruled out deploying forces inside Ukraine but said it could contribute money.",
     {("DNK", "declines")}),
    # a count of nations as the reported subject
    ("On Thursday, Danish Prime Minister Mette Frederiksen announced that 26 countries, mostly "
     "European, have formally pledged to deploy troops as part of a future ceasefire.", set()),
    ("On Friday, the Danish premier announced that thirty nations, most of them in Europe, had "
     "pledged to deploy troops.", set()),
    # near miss: two countries may be the speaker's own and one other
    ("The Danish premier said her country is ready to send troops.", {("DNK", "ready")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_outsider_claims_and_counted_subjects(
        scored_stances: Callable[[str], set[tuple[str, str]]], text: str,
        expected: set[tuple[str, str]]) -> None:
    assert scored_stances(text) == expected


def test_portugal_prime_minister_is_not_montenegro(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from reassure.evidence import build_ledger

    (tmp_path / "r.txt").write_text(
        "Prime Minister Luís Montenegro said Portugal would be ready to join a peacekeeping "
        "mission in Ukraine.\n", encoding="utf-8")
    stances = build_ledger([tmp_path], jobs=1).stances
    assert {(s.actor, s.stance, s.said_by_nation) for s in stances} == {("PRT", "ready", "PRT")}
