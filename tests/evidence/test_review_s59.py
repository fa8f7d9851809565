"""Session 59: troop figures read from the sentence's structure (a share of a whole, "of which",
"from ... to ...", the troops to deter Russia, "and other countries"), and a US backing the
speaker requires for "this". From the errors of the real tuning sets 107-120. In the project's
own words; each case marked "misread" failed on the session start (9e60a42); the others pin
what the new readings must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import stances_in

from reassure.evidence import build_ledger

# A report long enough (nine sentences) for the troop-size model to judge it as it judges real
# reports (`_claim_model.REPORT_SENTENCES`); the sentence under test goes in the middle.
BEFORE = ("European defence ministers met in Brussels on Monday to discuss guarantees for Ukraine. "
          "The talks turned on a possible truce and what would follow it. "
          "Officials said nothing had been decided. ")
AFTER = (" The meeting ended without a joint statement. More talks are planned next month. "
         "Moscow has warned against any Western deployment. "
         "Kyiv has asked its partners for firm guarantees.")

Troop = tuple[str, float | None, float | None]


def figures_of(tmp_path: Path, sentence: str) -> set[Troop]:
    """(subject, low, high) of the troop claims of ``sentence``, read inside a nine-sentence
    wire report."""
    (tmp_path / "r.txt").write_text(
        "Europe weighs a force for Ukraine\n\nNorthwire, 3 March 2025\n\n"
        + BEFORE + sentence + AFTER + "\n", encoding="utf-8")
    return {(c.subject, c.low, c.high) for c in build_ledger([tmp_path / "r.txt"], jobs=1).claims
            if c.unit == "troops" and sentence[:30] in c.sentence}


@pytest.mark.parametrize(("sentence", "expected"), [
    # misread: the whole given to the nation (contribution:GBR 30,000), the share lost
    ("London could provide 20,000 of the 30,000 troops, according to the paper.",
     {("contribution:GBR", 20000.0, 20000.0), ("european_force", 30000.0, 30000.0)}),
    # misread: the whole as France's too
    ("France would supply about 10,000 of the planned 30,000 soldiers.",
     {("contribution:FRA", 10000.0, 10000.0), ("european_force", 30000.0, 30000.0)}),
    # misread: the whole lost
    ("Of the 25,000 troops, Britain would send 8,000.",
     {("contribution:GBR", 8000.0, 8000.0), ("european_force", 25000.0, 25000.0)}),
    # left alone: an army's strength, a share of it with no figure
    ("Moreover, of the 70,000 soldiers on its books, a fifth cannot be deployed.", set()),
])
def test_a_share_of_the_whole(tmp_path: Path, sentence: str, expected: set[Troop]) -> None:
    assert figures_of(tmp_path, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # misread: the share as a second size of the force
    ("The force of 30,000 troops, of which 10,000 would be French, would stay far from the front.",
     {("contribution:FRA", 10000.0, 10000.0), ("european_force", 30000.0, 30000.0)}),
    ("The force would be 30,000-strong, of which 20,000 would come from Britain.",
     {("contribution:GBR", 20000.0, 20000.0), ("european_force", 30000.0, 30000.0)}),
    # misread: the share lost (no unit word after it)
    ("Planners want to land a 30,000-strong corps (of which 20 thousand are British) with air "
     "cover.", {("contribution:GBR", 20000.0, 20000.0), ("european_force", 30000.0, 30000.0)}),
])
def test_of_which_a_nation(tmp_path: Path, sentence: str, expected: set[Troop]) -> None:
    assert figures_of(tmp_path, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # misread: "up to 60,000" (the lower end lost)
    ("Estimates for the force vary from 4,000 soldiers to as many as 60,000.",
     {("european_force", 4000.0, 60000.0)}),
    # left alone: a range written once, a cut from one figure to another
    ("The force could number anywhere from 10,000 to 30,000 troops.",
     {("european_force", 10000.0, 30000.0)}),
    ("Troop numbers for the force were cut from 100,000 soldiers to about 20,000.",
     {("european_force", 100000.0, 100000.0), ("european_force", 20000.0, 20000.0)}),
])
def test_from_one_figure_to_another(tmp_path: Path, sentence: str, expected: set[Troop]) -> None:
    assert figures_of(tmp_path, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # misread: Russia's own forces
    ("Deterring Russia could require 150,000 troops, experts say.",
     {("european_force", 150000.0, 150000.0)}),
    ("Deterring Russia from attacking again, once the war ends, could require 120,000 troops and "
     "American air cover, analysts say.", {("european_force", 120000.0, 120000.0)}),
    ("Holding Russia back would need 100,000 troops.", {("european_force", 100000.0, 100000.0)}),
    # left alone: Russia's own troops
    ("Russia plans to mobilise 160,000 soldiers this autumn.",
     {("russian_forces", 160000.0, 160000.0)}),
])
def test_the_troops_to_deter_russia(tmp_path: Path, sentence: str, expected: set[Troop]) -> None:
    assert figures_of(tmp_path, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # misread: nothing (the nations named and "other countries" together)
    ("Britain, France and other European countries could deploy tens of thousands of troops.",
     {("european_force", 10000.0, 100000.0)}),
    ("Already under discussion is whether Britain, France, Germany, and other countries will "
     "deploy tens of thousands of troops as peacekeepers.",
     {("european_force", 10000.0, 100000.0)}),
    # misread: nothing (what a deployment would involve)
    ("Macron stressed the value of deploying foreign troops, noting that this could involve "
     "several thousand soldiers.", {("european_force", 3000.0, 9000.0)}),
    # misread: nothing ("a thousand")
    ("Belgium could send a thousand soldiers to the force.", {("contribution:BEL", 1000.0, 1000.0)}),
    # misread: an exact size ("no larger than" is its ceiling)
    ("The force would be no larger than 30,000 troops.", {("european_force", None, 30000.0)}),
    # left alone: unnamed nations each sending a figure
    ("Macron spoke of participating nations each deploying several thousand troops.", set()),
])
def test_others_involve_and_bounds(tmp_path: Path, sentence: str, expected: set[Troop]) -> None:
    assert figures_of(tmp_path, sentence) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: open only (the US requirement after the speaker's name and a time)
    ("The UK and Sweden could consider taking part in the force, officials said. But American "
     "security guarantees are required for this, said British Prime Minister Keir Starmer after "
     "the meeting.", {("GBR", "open"), ("SWE", "open"), ("GBR", "conditional")}),
    ("Britain could consider sending troops to the force, officials said. But American security "
     "guarantees are needed for it, clarified Prime Minister Keir Starmer on Monday.",
     {("GBR", "open"), ("GBR", "conditional")}),
    # misread: open only (the speaker's "we need this American backing")
    ("Macron was open to French troops acting as peacekeepers. \"Many of my European colleagues "
     "are ready to be engaged, but we do need this American backing,\" Macron said.",
     {("FRA", "open"), ("FRA", "conditional")}),
    # left alone: the US backing not needed; another nation's speaker
    ("Britain could consider sending troops to the force, officials said. American backing is "
     "not needed for this, said a Polish minister on Monday.", {("GBR", "open")}),
])
def test_us_backing_required_for_this(tmp_path: Path, body: str,
                                      expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, body) == expected
