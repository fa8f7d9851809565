"""Issue 15x: stance follow-ups from review r10 — a plan's proposers named as its label, the
speaker who dismisses a plan, conditions after a timing phrase or in a later sentence, the host
and the adversary kept out of troop stances, groups expanded for "considering". Each finding is
shown on made-up sentences both ways (the phrasing that must give the stance, and a near miss
that must not). docs/evidence.md, "Issue 15x". The sentences are the project's own words (no
report text)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reassure.evidence import build_ledger

STANCE_CASES = [
    # 1. a plan's proposers named as its label are no offer by them; the titled official who
    # dismisses it holds a refusal of the plan (rejects, scored as declines)
    ('Latvian Defence Minister Ilze Ozola told reporters, "The eastern flank must stay strong." '
     "Ozola also dismissed a UK-France plan to station a monitoring force of allied soldiers in "
     "Ukraine.", {("LVA", "declines")}),
    ("Norway is critical of a UK-France plan to station troops in Ukraine.", set()),
    ("Lithuania rejected the Franco-British proposal to send a force to Ukraine.",
     {("LTU", "declines")}),
    ("Macron's plan to send a monitoring force of allied troops was discussed in Paris.",
     set()),
    ("The proposal by Britain and France to send a force of European soldiers was debated.",
     set()),
    ("French President Jean Roux proposed deploying European peacekeeping forces behind the "
     "line.", set()),
    ("France proposed deploying French soldiers to Ukraine.", {("FRA", "ready")}),
    # near misses: the surname of a speaker given no nation; a plan the possessors' own
    # troops carry; the plan as a verb; a list that owns the plan though a preposition governs it
    ('Ilze Ozola told reporters, "The eastern flank must stay strong." Ozola also dismissed a '
     "UK-France plan to station a monitoring force of allied soldiers in Ukraine.", set()),
    ("Macron's plan to send French troops was discussed in Paris.", {("FRA", "ready")}),
    ("Britain and France plan to send a force to Ukraine.", {("GBR", "ready"), ("FRA", "ready")}),
    ("More countries have signed up to Britain and France's plan to send peacekeeping troops.",
     {("GBR", "ready"), ("FRA", "ready")}),
    # 2. a condition after a timing phrase is the condition ("following a truce, if Moscow consents")
    ("Austria would be prepared to deploy its peacekeepers following a truce, if Moscow "
     "consents.", {("AUT", "ready"), ("AUT", "conditional")}),
    ("Austria would be prepared to deploy its peacekeepers following a truce.",
     {("AUT", "ready")}),
    ("Austria is ready to send its peacekeepers to Ukraine if a truce holds.", {("AUT", "ready")}),
    # 2. a mandate demanded before joining is the condition, not an offer
    ("Norway wants a clear mandate before joining the force.", {("NOR", "conditional")}),
    ("Norway wants clear mandate before joining Ukraine force", {("NOR", "conditional")}),
    ("Norway wants a clear budget before joining the force.", {("NOR", "ready")}),
    ("Norway wants to join the force before the mandate is agreed.", {("NOR", "open")}),
    # 2. a condition stated in a later sentence by the same nation's speaker
    ("Belgium is ready to send troops to the force in Ukraine. Speaking on Sunday, Belgium's "
     "prime minister insisted the plan must have United States backing.",
     {("BEL", "ready"), ("BEL", "conditional")}),
    ('Asked about the force, Danish Prime Minister Lise Holm said: "We could contribute to such '
     'a force."\n\n"There needs to be a very clear mandate for those forces."',
     {("DNK", "open"), ("DNK", "conditional")}),
    # near misses: another nation's speaker, with no offer of its own; no requirement on the force
    ("Belgium is ready to send troops to the force in Ukraine. Speaking on Sunday, Portugal's "
     "prime minister insisted the plan must have United States backing.", {("BEL", "ready")}),
    ('Asked about the force, Danish Prime Minister Lise Holm said: "We could contribute to such '
     'a force."\n\n"There needs to be more money for those forces."', {("DNK", "open")}),
    # 4. a group expanded for "considering", as for the other cues
    ("The Baltic states are still considering sending troops.",
     {("EST", "open"), ("LVA", "open"), ("LTU", "open")}),
    ("The Baltic states are still considering new sanctions.", set()),
]


@pytest.mark.parametrize(("text", "expected"), STANCE_CASES)
def test_issue15x_stances(scored_stances: Callable[[str], set[tuple[str, str]]], text: str,
                          expected: set[tuple[str, str]]) -> None:
    assert scored_stances("Title\n\n" + text) == expected


def _all_stances(tmp_path: Path, text: str) -> list[tuple[str, str, str | None]]:
    (tmp_path / "r.txt").write_text("Title\n\n" + text + "\n", encoding="utf-8")
    return [(s.actor, s.stance, s.condition) for s in build_ledger([tmp_path], jobs=1).stances]


def test_condition_after_timing_is_named(tmp_path: Path) -> None:
    got = _all_stances(tmp_path, "Austria would be prepared to deploy its peacekeepers following "
                                 "a truce, if Moscow consents.")
    assert ("AUT", "conditional", "other") in got  # the adversary's consent, not a parliament


def test_mandate_before_joining_is_a_mandate(tmp_path: Path) -> None:
    assert _all_stances(tmp_path, "Norway wants a clear mandate before joining the force.") == [
        ("NOR", "conditional", "mandate")]


def test_later_condition_is_named(tmp_path: Path) -> None:
    got = _all_stances(tmp_path, "Belgium is ready to send troops to the force in Ukraine. "
                                 "Speaking on Sunday, Belgium's prime minister insisted the plan "
                                 "must have United States backing.")
    assert ("BEL", "conditional", "us-backstop") in got


# 3. the host and the adversary are no troop contributors: a cue with no subject after a
# sentence that opens with them is not theirs (the ledger keeps them out of the table too)
def test_host_and_adversary_hold_no_troop_stance(tmp_path: Path) -> None:
    got = _all_stances(tmp_path, "Austria is ready to send troops, the Austrian minister said. "
                                 "Kyiv and Moscow must both accept the terms of the monitoring "
                                 "mission, he added. Still, it is premature to decide on any "
                                 "troops.")
    assert not [s for s in got if s[0] in ("RUS", "UKR")]
    assert ("AUT", "ready", None) in got


def test_contributor_still_takes_the_pronoun(tmp_path: Path) -> None:
    got = _all_stances(tmp_path, "Estonia has a small army. It is preparing to contribute a "
                                 "company of troops.")
    assert ("EST", "ready", None) in got


def test_benelux_considering(scored_stances: Callable[[str], set[tuple[str, str]]]) -> None:
    """The gazetteer's Benelux group expanded for "considering" like the other cues."""
    assert scored_stances("Title\n\nBenelux countries are still considering sending troops.") == {
        ("BEL", "open"), ("NLD", "open"), ("LUX", "open")}
    assert scored_stances("Title\n\nBenelux countries are still considering new tariffs.") == set()
