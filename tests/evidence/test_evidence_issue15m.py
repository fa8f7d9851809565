"""Mechanisms of issue 15m, each on made-up sentences both ways (a phrasing that must give a
result and a near miss that must not): counts of nations (any count of nations, the compound
"26-nation", "two-dozen", two joined modifiers, participants in the coalition; not an alliance's
size, not "these three countries"), a troop figure given per nation ("each"), bare figures tied
to a troop figure by the grammar (a list after a force noun, a revision, the predicate of "the
number of troops"), troops sent by nobody in a reported clause, and what a nation already
contributes elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import Troop, countries_in, ledger_from, troops_in

_ledger, _troops, _countries = ledger_from, troops_in, countries_in


COUNTRY_CASES: list[tuple[str, set[tuple[float | None, float | None]]]] = [
    ("The plan was drafted by a 21-nation coalition led by Paris and London.", {(21.0, 21.0)}),
    ("Diplomats from the 27-nation bloc met in Brussels on Tuesday.", set()),
    ("The president received leaders of about 28 countries at the palace.", {(28.0, 28.0)}),
    ("Officials from more than two-dozen countries are studying their roles.", {(24.0, None)}),
    ("A group of about 29 Western and Asian countries backed the guarantees.", set()),
    ("A group of about 29 Western and European countries backed the guarantees.",
     {(29.0, 29.0)}),
    ("The 31 participants in the coalition were asked to answer in writing.", {(31.0, 31.0)}),
    ("The 31 participants at the dinner were asked to answer in writing.", set()),
    ("Spain, Italy and Greece hesitated. These three countries want a UN mandate first.", set()),
    ("Any decision needs the 27 EU countries to agree.", set()),
    ("Engineers from 33-plus nations have planned the mission for months.", {(33.0, None)}),
]


@pytest.mark.parametrize("text,expected", COUNTRY_CASES)
def test_country_counts(tmp_path: Path, text: str, expected: set[tuple[float, float]]) -> None:
    assert _countries(tmp_path, text) == expected


TROOP_CASES: list[tuple[str, set[Troop]]] = [
    # a figure given per nation of a coordinated subject: one contribution each
    ("Norway and Denmark have agreed to send about 3,000 troops each to Ukraine.",
     {("contribution:NOR", 3000.0, 3000.0), ("contribution:DNK", 3000.0, 3000.0)}),
    ("Norway and Denmark are ready to deploy troops, with each country contributing 3,000 "
     "soldiers.", {("contribution:NOR", 3000.0, 3000.0), ("contribution:DNK", 3000.0, 3000.0)}),
    # bare figures: a list after a force noun, a revision, the number of troops' predicate
    ("Planners weighed larger deployments - initially up to 70,000, then 45,000 - before "
     "settling on a smaller plan.", {("european_force", None, 70000.0),
                                     ("european_force", 45000.0, 45000.0)}),
    ("Kyiv first asked for 180,000 peacekeepers, later revising that demand to 120,000.",
     {("ukraine_request", 180000.0, 180000.0), ("ukraine_request", 120000.0, 120000.0)}),
    ("The number of troops remains secret, but numbers up to 35,000 are being discussed.",
     {("european_force", None, 35000.0)}),
    ("UN peacekeepers numbered about 90,000 in 2019, with 40,000 provided by African states.",
     set()),
    # troops sent by nobody in a reported clause: the European force
    ("Britain and Norway will set up depots, although the president later announced that "
     "thousands of troops would be deployed in Ukraine.", {("european_force", 1000.0, 10000.0)}),
    # a combined contingent of the nations named, by adjective too; one nation's words: the force
    ("Norwegian forces would operate alongside Danish units, with the combined contingent "
     "totalling up to 6,000 troops in Ukraine.", {("contribution:DNK+NOR", None, 6000.0)}),
    ("Norwegian officers said the multinational contingent in Ukraine would total up to 6,000 "
     "troops.", {("european_force", None, 6000.0)}),
    # "30K": a scale word after the number
    ("Britain and France lead efforts to set up a reassurance force of up to 25K troops.",
     {("european_force", None, 25000.0)}),
    # what a nation already gives elsewhere is no offer; what it could send is
    ("Norway already contributes 400 soldiers to a NATO mission in Lithuania.", set()),
    ("Norway could contribute 400 soldiers to the mission in Ukraine.",
     {("contribution:NOR", 400.0, 400.0)}),
]


@pytest.mark.parametrize("mode", ["rules", "model"])
@pytest.mark.parametrize("text,expected", TROOP_CASES)
def test_troop_mechanisms(tmp_path: Path, text: str, expected: set[Troop], mode: str) -> None:
    assert _troops(tmp_path, text, mode) == expected
