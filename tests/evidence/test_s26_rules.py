"""Session 26's readings, written from misses that recur across several in-sample sets (54a, 55c,
58c, 59b, 60a: analysis pieces heavy with numbers) before set 61 was scored (docs/evidence.md §10
"Session 26"); the sentences are the project's own.

- a troop figure something "would need" with no nation owning it is the force's size ("N troops
  would be needed", "the operation will require N troops"); "N troops from allied nations" too;
- "As Zelensky has said, a force of N ..." is Ukraine's request;
- a nation that backs "European commitments" to deploy N does not own N;
- an offer cue inside the same nation's doubt ("expressed reluctance to participate in the
  force") is no offer, and one after a decision word ("will decide on its participation") is
  undecided."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import stance_pairs, troop_figures

SIZE_CASES = [
    # a figure something would need, nobody's army
    ("Up to 150,000 soldiers may be needed to deter Russia from further hostilities in Ukraine, "
     "plus US air cover.", {("european_force", None, 150000.0)}),
    ("Analysts discussed the ceasefire. Given the length of the front line, a minimum of "
     "150,000-180,000 troops will be needed to guarantee the peace.",
     {("european_force", 150000.0, 180000.0)}),
    ("While approximately 20,000 troops from allied nations are expected to be deployed to "
     "Ukraine, their number is deemed too small.", {("european_force", 20000.0, 20000.0)}),
    # ... must not break: an army's own need, a nation's need
    ("Russia would need 300,000 troops to take Kyiv.", set()),
    ("Ukraine's army needs 100,000 more soldiers to hold the front.", set()),
    # the figure Zelensky gave, opened by "As"
    ("As Ukraine's President Volodymyr Zelensky has articulated, a credible force of "
     "approximately 200,000 troops would be essential to hold a ceasefire.",
     {("ukraine_request", 200000.0, 200000.0)}),
    # ... must not break: another speaker's "As ... said"
    ("As Britain has said, a force of 30,000 troops would be enough.",
     {("european_force", 30000.0, 30000.0)}),
    # European commitments a nation backs
    ("The US has backed European commitments to deploy tens of thousands of troops to Ukraine.",
     {("european_force", 10000.0, 100000.0)}),
    # ... must not break: the nation's own figure
    ("Britain will send 10,000 troops to Ukraine.", {("contribution:GBR", 10000.0, 10000.0)}),
]

STANCE_CASES = [
    ("Poland and Greece have expressed reluctance to participate in the force.",
     {("POL", "undecided"), ("GRC", "undecided")}),
    ("Germany will decide on its participation in the force only after a ceasefire.",
     {("DEU", "undecided")}),
    # ... must not break
    ("Germany is ready to participate in the force.", {("DEU", "ready")}),
    ("Poland has refused to send troops, but Sweden is ready to participate in the force.",
     {("POL", "declines"), ("SWE", "ready")}),
]


@pytest.mark.parametrize(("text", "expected"), SIZE_CASES)
def test_troop_sizes(tmp_path: Path, text: str,
                     expected: set[tuple[str, float | None, float | None]]) -> None:
    assert troop_figures(tmp_path, text) == expected


@pytest.mark.parametrize(("text", "expected"), STANCE_CASES)
def test_stances(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert stance_pairs(tmp_path, text) == expected
