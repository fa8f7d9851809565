"""Issue 15t (session 8): stances and country counts from the errors of set 10, each class
written as a mechanism and tested on made-up sentences both ways (the phrasing that must give
the item, and the near miss that must not). docs/evidence.md §5 and §11, "Issue 15t". The
sentences are the project's own words (no report text).

Stances: a refusal with *unless* is "only if" (its offer recorded beside the condition); a
nation after *, and* that opens a clause of its own after a place preposition's list; a leader
named by nationality, title and name stays in the list; troops *placed* or *based* somewhere
are sent."""

from __future__ import annotations

from collections.abc import Callable

import pytest

STANCE_CASES = [
    # "not ... unless X" is "only if X": the conditional offer and the offer it qualifies
    ("Earlier, Austria and Norway said they would not deploy their troops unless they received "
     "American guarantees.",
     {("AUT", "conditional"), ("AUT", "ready"), ("NOR", "conditional"), ("NOR", "ready")}),
    ("Portugal would not join the mission unless parliament agreed.",
     {("PRT", "conditional"), ("PRT", "ready")}),
    # near misses: "if" alone is no "only if"; "even if" keeps the refusal
    ("Austria would not deploy its troops if Russia objected.", {("AUT", "conditional")}),
    ("Austria would not deploy its troops even if asked.", {("AUT", "declines")}),
    # a nation after ", and" that opens its own clause is not governed by the place preposition
    # of the list before it
    ("The coalition shows mixed pledges, with Norway ready to station troops, Austria "
     "participating without basing forces in Ukraine, and Portugal ruling out ground "
     "deployments.", {("NOR", "ready"), ("AUT", "declines"), ("PRT", "declines")}),
    ("Danish soldiers would be stationed in Poland, and Norway would send a company.",
     {("DNK", "ready"), ("NOR", "ready")}),
    # near misses: a list of places stays governed; so does a list after "of" with its verb
    ("Danish soldiers would be stationed in Poland, Romania, and Hungary.", {("DNK", "ready")}),
    ("Norway will send troops to Estonia, Latvia, and Lithuania starting in May.",
     {("NOR", "ready")}),
    ("The leaders of Norway, Denmark, and Austria said they would send troops.",
     {("NOR", "ready"), ("DNK", "ready"), ("AUT", "ready")}),
    # a leader named by nationality, title and name stays in the list of signers
    ("On Monday, after a meeting of the coalition, Danish Prime Minister Mette Frederiksen, "
     "Norwegian Prime Minister Jonas Gahr Store, and the Dutch premier signed a declaration of "
     "intent to deploy a multinational contingent.",
     {("DNK", "ready"), ("NOR", "ready"), ("NLD", "ready")}),
    # near miss: a leader governed by "with" is still not a signer
    ("After talks with Danish Prime Minister Mette Frederiksen, Norwegian Prime Minister Jonas "
     "Gahr Store said Norway would send troops.", {("NOR", "ready")}),
    # troops placed or based somewhere are sent
    ("Under the plans, troops from Norway and Denmark would be placed in Ukraine, while other "
     "countries would provide logistics.", {("NOR", "ready"), ("DNK", "ready")}),
    ("Norwegian troops would be based in Poland.", {("NOR", "ready")}),
    # near misses: a headquarters based somewhere; troops placed by someone else's plan as a
    # question
    ("The headquarters would be based in Paris, the Norwegian minister said.", set()),
    ("Officials asked whether Norwegian troops would be placed in Ukraine.", set()),
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "expected"), STANCE_CASES)
def test_issue15t_stances(scored_stances: Callable[[str], set[tuple[str, str]]], text: str,
                          expected: set[tuple[str, str]]) -> None:
    assert scored_stances(text) == expected
