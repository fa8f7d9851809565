"""Mechanisms of issue 15p (troop sizes and counts of nations, from the error classes of real
sets 6 and 7), each on made-up sentences both ways (a phrasing that must give a result and a
near miss that must not): the verb right before a figure gives it ("ready to allocate up to 800
personnel", "plans to ship 2,000 troops"), and so does the subject of "spoke about plans to send" or the one
before an aside ("Norway itself, as its minister said, is ready to send"); a second nation's
figure with its verb left out ("Norway would send 1,500 troops, Denmark 1,200"); a figure under
discussion is the force's ("thousands of foreign troops being discussed"), and so is a bare
"thousands" told of the number of troops;
a standing presence told in the present or extended
("are currently deployed", "are currently in Lithuania", "will continue to be deployed across
Europe") is no offer; "a few tens of thousands" (20,000-50,000), also in quotes; a non-breaking
hyphen after a number ("35\u2011country", "25,000\u2011strong"); "the two nations" standing for the
two nations named before, their "total" a joint contribution; "a figure of N" after a sentence on
troops is a size, "the figure of N" the size named before (with its bounds); no count of
nations for "the two countries" (the pair just named) or for a past coalition ("in 2003")."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import Troop, countries_in, ledger_from, troops_in

_ledger, _troops, _countries = ledger_from, troops_in, countries_in


TROOP_CASES: list[tuple[str, set[Troop]]] = [
    # the verb right before the figure gives it
    ("Oslo has signalled readiness to allocate up to 800 military personnel to the mission.",
     {("contribution:NOR", None, 800.0)}),
    ("Oslo has signalled readiness to allocate up to 800 million kroner to the fund.", set()),
    ("The Norwegian premier unveiled plans to ship 2,000 peacekeeping troops to Ukraine.",
     {("contribution:NOR", 2000.0, 2000.0)}),
    # "talk of" takes an object: its subject sends; nobody named, the force
    ("The Danish prime minister spoke about plans to send 1,500 peacekeepers to Ukraine.",
     {("contribution:DNK", 1500.0, 1500.0)}),
    ("Officials spoke about plans to send 1,500 peacekeepers to Ukraine.",
     {("european_force", 1500.0, 1500.0)}),
    # an aside between the subject and its verb
    ("Planners want a 50,000-strong contingent for Ukraine. Norway itself, as its minister said "
     "in March, is ready to send up to 1,200 people there.",
     {("european_force", 50000.0, 50000.0), ("contribution:NOR", None, 1200.0)}),
    ("Planners want a 50,000-strong contingent for Ukraine. In the north, as its minister said in "
     "March, the army is ready to send up to 1,200 people there.",
     {("european_force", 50000.0, 50000.0)}),
    # "military and civilian personnel": a mission's staff, its size
    ("At its smallest the force could be about 7,000 military and civilian personnel.",
     {("european_force", 7000.0, 7000.0)}),
    ("At its smallest the force could be about 7,000 military and civilian vehicles.", set()),
    # a figure under discussion is the planned force's size
    ("Minister: Thousands of Foreign Troops Being Discussed for Kyiv's Security",
     {("european_force", 1000.0, 10000.0)}),
    ("Analysts say the line needs far more than the 35,000 personnel now under discussion.",
     {("european_force", 35000.0, 35000.0)}),
    ("Analysts say 35,000 personnel were not discussed at the summit.", set()),
    # a bare "thousands" as the number of troops the sentence speaks of
    ("Nobody has fixed the number of soldiers the partners would station in Ukraine, but it will "
     'be "in thousands, not hundreds", the minister said.', {("european_force", 1000.0, 10000.0)}),
    ("The number of soldiers wounded on the front runs into the thousands.", set()),
    # a second nation's figure with its verb and noun left out
    ("Oslo is ready to allocate up to 4,000 military personnel, Copenhagen - from two to three "
     "thousand.", {("contribution:NOR", None, 4000.0), ("contribution:DNK", 2000.0, 3000.0)}),
    ("Norway would send 1,500 troops, Denmark 1,200.",
     {("contribution:NOR", 1500.0, 1500.0), ("contribution:DNK", 1200.0, 1200.0)}),
    ("Norway would send 1,500 troops, Denmark 2026 at the earliest.",
     {("contribution:NOR", 1500.0, 1500.0)}),
    ("Norway would send 1,500 troops, Denmark, Sweden and Finland none.",
     {("contribution:NOR", 1500.0, 1500.0)}),
    # a standing presence, told in the present or extended, is no offer for Ukraine
    ("The minister praised the air-policing mission over Lithuania, where about 4,000 Danish "
     "soldiers are currently deployed.", set()),
    ("Denmark could deploy about 4,000 soldiers to Ukraine after a ceasefire.",
     {("contribution:DNK", 4000.0, 4000.0)}),
    ("Hundreds of Dutch servicemembers are currently in Lithuania as part of that battlegroup.",
     set()),
    ("Under the extension, up to 120 personnel from the Irish Defence Forces (IDF) will continue "
     "to be deployed across Europe, training Ukrainian recruits.", set()),
    ("Up to 3,000 Danish troops would remain stationed in Ukraine for years.",
     {("contribution:DNK", None, 3000.0)}),
    # "a few tens of thousands" and a quoted "tens of thousands"
    ('Officials estimate that a force of "a few tens of thousands" of troops would be needed '
     "for the peacekeeping mission.", {("european_force", 20000.0, 50000.0)}),
    ('Officials estimate that "tens of thousands" of troops would be needed for the '
     "peacekeeping mission.", {("european_force", 10000.0, 100000.0)}),
    # "a figure of N" after a sentence on troops; "the figure of N" repeats the one named before
    ("Planners admit they cannot find 150,000 soldiers. Even a figure of 35,000 is seen as hard "
     "to reach.", {("european_force", 35000.0, 35000.0)}),
    ("The harvest was poor last year. Even a figure of 35,000 is seen as hard to reach.", set()),
    ("Norway and Denmark are weighing up to 12,000 troops for the mission. Officers say even the "
     "figure of 12,000 troops looks ambitious.", {("european_force", None, 12000.0)}),
    ("Norway and Denmark are weighing up to 12,000 troops for the mission. Officers say a force "
     "of 12,000 troops looks ambitious.", {("european_force", None, 12000.0),
                                           ("european_force", 12000.0, 12000.0)}),
    # a non-breaking hyphen after the number
    ("Europe could muster a 45,000\u2011strong force for Ukraine.",
     {("european_force", 45000.0, 45000.0)}),
]


@pytest.mark.parametrize("mode", ["rules", "model"])
@pytest.mark.parametrize("text,expected", TROOP_CASES)
def test_troop_mechanisms(tmp_path: Path, text: str, expected: set[Troop], mode: str) -> None:
    assert _troops(tmp_path, text, mode) == expected


def test_the_two_nations_total(tmp_path: Path) -> None:
    """The pair named two sentences before; their total is their joint contribution."""
    pair = "The minister said that Norway and Denmark are prepared to send contingents. "
    later = ("Where they would be based is still under discussion.\n"
             "In an interview, he added that the two nations could provide a total of about "
             "6,000 troops.")
    for mode in ("rules", "model"):
        assert _troops(tmp_path, pair + later, mode) == {("contribution:DNK+NOR", 6000.0, 6000.0)}
    # three nations named before: which two is unclear, so no joint contribution
    three = "The Dutch minister said that Norway and Denmark are prepared to send contingents. "
    assert not any(s.startswith("contribution:") for s, _lo, _hi in
                   _troops(tmp_path, three + later, "model"))


COUNTRY_CASES: list[tuple[str, set[tuple[float | None, float | None]]]] = [
    ("The 33\u2011country coalition met again in Rome.", {(33.0, 33.0)}),
    ("The talks also produced a deal on shell production between the two countries.", set()),
    ("The premier won the backing of more than the three countries that first offered to send "
     "troops.", {(3.0, 3.0)}),
    ("The best known coalition of the willing was the 40 nations that backed the invasion of "
     "Iraq in 2003.", set()),
    ("Since 2014 Russia has held Crimea, and now 33 nations have joined the coalition.",
     {(33.0, 33.0)}),
]


@pytest.mark.parametrize("text,expected", COUNTRY_CASES)
def test_country_counts(tmp_path: Path, text: str, expected: set[tuple[float, float]]) -> None:
    assert _countries(tmp_path, text) == expected
