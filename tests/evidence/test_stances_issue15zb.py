"""Issue 15zb: stance classes from set 14's errors (session 11) — a peace the offer depends on
and a deal's conclusion are the force's premise, no condition; caution beside a positive stance and
reluctance "without" a backer; others' guesses about a nation's troops and relative clauses
describing a framework; objects that are not the force (trainers, money, the nation's own
territory, another domain); negated reporting verbs and cancelled plans; holders (a group
outside a quote, partners after "together with"). Each class is shown on made-up sentences both
ways (the phrasing that must give the stance, and a near miss). docs/evidence.md, "Issue 15zb".
The sentences are the project's own words (no report text)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reassure.evidence import build_ledger

STANCE_CASES = [
    # 1. a peace or a deal the offer depends on, or whose conclusion it waits for, is the force's
    # premise, no condition (session 8's ruling, kept in session 11); its terms are a condition
    ("Norway will consider sending its troops, provided that a durable peace is in place.",
     {("NOR", "open")}),
    ("Norway could deploy soldiers to Ukraine, contingent upon a peace accord.",
     {("NOR", "open")}),
    ("Norway is ready to send troops, but this hinges on a truce.", {("NOR", "ready")}),
    ("Norway would send troops to Ukraine only under the condition of a ceasefire.",
     {("NOR", "ready")}),
    ("Norway is ready to send troops, but this hinges on a UN mandate.",
     {("NOR", "ready"), ("NOR", "conditional")}),
    ("Norway is ready to send a battalion to Ukraine if a deal is reached.", {("NOR", "ready")}),
    ("Norway is ready to send a battalion once an agreement is signed.", {("NOR", "ready")}),
    ("Norway will send troops to uphold the conditions of a ceasefire.", {("NOR", "ready")}),
    # 6. a potential participation that depends on something is open on that condition; a
    # plain participation that depends on it is the bare condition (§5)
    ("Any possible Czech contribution would depend on a UN mandate.",
     {("CZE", "open"), ("CZE", "conditional")}),
    ("Any Czech contribution would depend on a UN mandate.", {("CZE", "conditional")}),
    # 1. the same premise said in a later sentence by the nation's own speaker
    ("Finland has not ruled out sending troops, the Finnish foreign minister said. She added "
     "that any such deployment would be contingent on a lasting peace.",
     {("FIN", "open")}),
    ("Finland is ready to send troops to Ukraine. Denmark's foreign minister said any military "
     "presence should be contingent on a lasting peace.", {("FIN", "ready")}),
    # 5. caution beside a positive stance is no hesitation; caution about the troops still is
    ("Austria signalled a cautious but constructive stance towards contributing troops to the "
     "force.", set()),
    ("Austria has been cautious about committing troops.", {("AUT", "undecided")}),
    # 5. reluctance (a refusal) "without" a backer or a mandate names the condition
    ("Austria and Ireland reluctant to send troops to Ukraine without US backing",
     {("AUT", "conditional"), ("IRL", "conditional")}),
    ("Austria is reluctant to send troops to Ukraine.", {("AUT", "undecided")}),
    ("Austria is reluctant to send troops without more help from its neighbours.",
     {("AUT", "undecided")}),
    ("Austria will not send troops to Ukraine without a UN mandate.",
     {("AUT", "ready"), ("AUT", "conditional")}),
    ("Austria will not send troops without providing support to its own army first.",
     {("AUT", "declines")}),
    # 2. someone else's guess about a nation's troops; a relative clause describing a framework
    ("An American envoy, Smithers, indicated to the paper that Dutch and Belgian troops could "
     "be stationed in the west.", set()),
    ("The newspaper reported that Dutch troops would be deployed within weeks.", set()),
    ("Many journalists interpreted her words to mean that she was open to Dutch peacekeepers "
     "taking part.", set()),
    ("The minister said that Dutch troops would be ready to deploy within weeks.",
     {("NLD", "ready")}),
    ("Starmer said British troops could be deployed in western Ukraine.", {("GBR", "open")}),
    ("The accord sets out the legal basis under which Dutch and Belgian forces could operate in "
     "Ukraine.", set()),
    ("Dutch and Belgian officers will meet to decide where the units could be deployed.", set()),
    # 3. objects that are not the force
    ("Dutch and Belgian military instructors will be sent to western Ukraine.", set()),
    ("Dutch troops will be sent to western Ukraine.", {("NLD", "ready")}),
    ("Thousands of Polish soldiers will be involved on the territory of Poland to protect the "
     "allied hub.", set()),
    ("The new money will go towards equipping Dutch troops for modern warfare.", set()),
    ("Turkey will play its role in maritime security.", set()),
    ("Turkey will play its role in the peacekeeping mission.", {("TUR", "ready")}),
    # 4. negated or cancelled: a denial refuses, no objection refuses nothing, a plan cancelled
    # is no offer, a risk judged is no weighing
    ("The Dutch prime minister denied that Dutch troops would be sent to Ukraine.",
     {("NLD", "declines")}),
    ("The Dutch prime minister said that Dutch troops would be sent to Ukraine.",
     {("NLD", "ready")}),
    ("Rutte said he did not see any problem with peacekeeping troops in Ukraine.", set()),
    ("Britain may cancel plans to send thousands of troops to Ukraine.", set()),
    ("Denmark considers it too risky to send ground forces to Ukraine.", set()),
    ("Denmark is considering sending ground forces to Ukraine.", {("DNK", "open")}),
    # 7. holders: a group outside the quote; partners after "together with" with no subject
    ('These countries "have pledged to send soldiers to the force," said the French president '
     "Macron.", set()),
    ('"We have pledged to send soldiers to the force," said the French president Macron.',
     {("FRA", "ready")}),
    ("For example, together with Latvia, Lithuania, to take part in peacekeeping missions.",
     set()),
    ("Estonia, together with Latvia and Lithuania, is ready to participate in the mission.",
     {("EST", "ready"), ("LVA", "ready"), ("LTU", "ready")}),
]


@pytest.mark.parametrize(("text", "expected"), STANCE_CASES)
def test_issue15zb_stances(scored_stances: Callable[[str], set[tuple[str, str]]], text: str,
                           expected: set[tuple[str, str]]) -> None:
    assert scored_stances(text) == expected


def _all_stances(tmp_path: Path, text: str) -> list[tuple[str, str, str | None]]:
    (tmp_path / "r.txt").write_text("Title\n\n" + text + "\n", encoding="utf-8")
    return [(s.actor, s.stance, s.condition) for s in build_ledger([tmp_path], jobs=1).stances]


def test_dependency_on_peace_is_the_premise_not_a_condition(tmp_path: Path) -> None:
    got = _all_stances(tmp_path, "Norway could deploy soldiers, contingent upon a peace accord.")
    assert got and all(stance != "conditional" for _, stance, _ in got), got
    terms = _all_stances(tmp_path, "Norway could deploy soldiers, contingent upon the terms of a "
                                   "peace accord.")
    assert ("NOR", "conditional", "ceasefire") in terms


def test_reluctance_without_backing_is_the_backstop(tmp_path: Path) -> None:
    got = _all_stances(tmp_path, "Austria is reluctant to send troops without American support.")
    assert got == [("AUT", "conditional", "us-backstop")]


def test_refusal_without_mandate_is_a_mandate(tmp_path: Path) -> None:
    got = _all_stances(tmp_path, "Austria will not send troops to Ukraine without a UN mandate.")
    assert ("AUT", "conditional", "mandate") in got
