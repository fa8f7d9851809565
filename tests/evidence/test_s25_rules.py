"""Session 25: the force a list of stances is about, carried one sentence further.

A sentence of stances on "participation" or "involvement" names no troops of its own; the
passes read the troops of the sentence before. When that sentence is itself a sentence of
stances ("X and Y have indicated readiness to participate"), the force is named one sentence
further back, and is carried through it (set 55's round-up of who would take part)."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import stance_pairs


@pytest.mark.parametrize(("text", "expected"), [
    ("Several nations said they would contribute to the peacekeeping force. Ireland and Belgium "
     "have indicated readiness to participate. Canada and Norway have not ruled out involvement.",
     {("IRL", "ready"), ("BEL", "ready"), ("CAN", "open"), ("NOR", "open")}),
    ("Ministers discussed the size of the peacekeeping force. Finland and Sweden have indicated "
     "readiness to participate. Austria has ruled out any participation.",
     {("FIN", "ready"), ("SWE", "ready"), ("AUT", "declines")}),
    # must not break: carried only through a sentence of stances, not past one without any
    ("Several nations said they would contribute to the peacekeeping force. The weather in "
     "Brussels was cold. Canada has not ruled out involvement.", set()),
    ("Poland will not participate.", set()),
])
def test_the_force_is_carried_through_a_sentence_of_stances(
        tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert stance_pairs(tmp_path, text) == expected
