"""Session 71: a reviewer's probes of the session's readings (about 120, in the project's own
words). Each case guards a reading the session's first versions lost or over-reached on."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import troop_figures, undated_stances

TROOPS_BEFORE = "Leaders discussed sending troops to Ukraine. "


@pytest.mark.parametrize(("body", "expected"), [
    # the opening "besides" list gives its nations nothing when they have a clause of their own
    ("Besides Germany and Italy, which have refused, Finland and Norway have said they are ready "
     "to send troops to Ukraine.", {("FIN", "ready"), ("NOR", "ready")}),
    # "nothing can be ruled out" on another matter named first is no stance on the troops
    (TROOPS_BEFORE + "On the question of new sanctions on Russia, Scholz said nothing can be "
     "ruled out.", set()),
    (TROOPS_BEFORE + "Asked about the economic package for Kyiv, Meloni said nothing could be "
     "ruled out.", set()),
    ("Macron said sending troops to Ukraine had been discussed. Asked about the date of the next "
     "summit, Tusk said it was not yet fixed, but nothing could be ruled out.", set()),
    # ... and a leader's own after the troops, the verb after the quote
    ("Macron said Western leaders had discussed sending ground troops to Ukraine. \"Nothing can "
     "be ruled out,\" he said.", {("FRA", "open")}),
    # a condition the proposal carries stays one; an offer awaited is none
    ("Finland will send troops to Ukraine if it receives proposals that guarantee American air "
     "cover.", {("FIN", "ready"), ("FIN", "conditional")}),
    ("Norway could consider sending soldiers to Ukraine if such a role were offered to it.",
     {("NOR", "open")}),
])
def test_review_s71_stances(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "with its N troops" of a unit going to Ukraine is the unit's, not a whole army
    ("Britain will contribute a brigade to the force in Ukraine, with its 5,000 troops to be based "
     "away from the front line.", {("contribution:GBR", 5000.0, 5000.0)}),
    ("The French contingent, with its 2,000 troops, would be deployed to western Ukraine.",
     {("contribution:FRA", 2000.0, 2000.0)}),
])
def test_review_s71_troop_sizes(tmp_path: Path, text: str, expected: set) -> None:
    assert troop_figures(tmp_path, text) == expected
