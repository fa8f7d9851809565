"""Session 70: readings found on the tuning sets' leftovers (real sets 103-145 and the own-words
sets rv67-rv69b, in-sample) and probes in the project's own words. Each case marked "misread"
failed on the session start (be74309)."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import undated_stances

FORCE = "European leaders discussed sending troops to a reassurance force for Ukraine. "


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a nation debating its own sending weighs it, as "considering whether")
    (FORCE + "Berlin is debating whether to send troops to Ukraine after a peace deal.",
     {("DEU", "open")}),
    (FORCE + "Norway's government is discussing whether to send soldiers to the mission.",
     {("NOR", "open")}),
    # left alone: leaders discussing the force's size, or a debate on something else
    (FORCE + "The leaders are discussing whether to send 30,000 troops.", set()),
    (FORCE + "Germany is debating whether to raise its defence budget.", set()),
])
def test_a_nation_debating_whether_to_send(tmp_path: Path, body: str,
                                           expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected
