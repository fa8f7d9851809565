"""Session 70: a reviewer's probes of the session's readings (about 105, in the project's own
words): the misfires mended, each kept here as a guard. "new" cases were read right before the
session and wrong by its first readings; "missed" ones are paraphrases the readings first left."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import undated_stances

FORCE = "European leaders discussed sending troops to a reassurance force for Ukraine. "


@pytest.mark.parametrize(("body", "expected"), [
    # new: the nation's own offer after a question it left unanswered
    (FORCE + "Frederiksen did not say where Danish troops would be deployed, but confirmed "
     "Denmark is ready to send troops.", {("DNK", "ready")}),
    # new: the adversary's warning in a clause of its own, the nation's offer in the next
    (FORCE + "Moscow warned against the plan, but Britain said it is ready to send troops.",
     {("GBR", "ready")}),
    # new: a contingent whose tasks include training is no trainers-only offer
    (FORCE + "Estonia is ready to send its military contingent to Ukraine, whose tasks will "
     "include training.", {("EST", "ready")}),
    # missed: "would not promise that ... would not be sent", as "refused to guarantee"
    (FORCE + "The Estonian prime minister would not promise that Estonian troops would not be "
     "sent to Ukraine.", {("EST", "open")}),
    # missed: "discussing whether it should send", as "whether to send"
    (FORCE + "Belgium is discussing whether it should send troops.", {("BEL", "open")}),
    # missed: "He said the option could not be ruled out", the leader named in the sentence
    # before (not the adversary's leader)
    (FORCE + "Kristersson spoke in Stockholm on Tuesday. He said the option could not be ruled "
     "out.", {("SWE", "open")}),
    (FORCE + "Putin spoke on Tuesday. He said the option could not be ruled out.", set()),
])
def test_the_reviewers_cases(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected
