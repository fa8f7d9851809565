"""Session 66: any run of the ledger's own trigger phrases after a sentence naming the force is
read without an exception (a cue's span counted past the sentence's end once raised IndexError
on "Spain said it would decide later."), and every claim quotes words of its own report."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.evidence import build_ledger

# phrases the rules read, joined at random: their cues meet sentence ends, commas and each other
_PHRASES = ("Spain said", "it would decide later", "France is ready to send troops",
            "without committing their own forces", "the coalition of 35 countries",
            "of which 26 have", "A: Yes.", "Q: Will Poland send troops?", "| Italy | No |",
            "up to 10,000 troops", "25 000 to 30 000 soldiers", "there is no question of",
            "but no soldiers", "has not yet decided on its participation", "Germany",
            "the Baltic states", "too early to say how many", "if parliament approves",
            "provided there was a ceasefire and a mandate", "Reform UK", "ruled it out",
            "several tens of thousands", "- Norway:", "will not", "So will Italy", ",", ".",
            "considers the plan risky", "the size of its contribution would be decided later",
            "Kyiv will call up 160,000", "a small contingent of 200", "is open to", "premature")
@given(st.lists(st.sampled_from(_PHRASES), min_size=1, max_size=8))
@settings(max_examples=300, deadline=None)
def test_any_trigger_phrases_are_read_without_failing(phrases: list[str]) -> None:
    tail = " ".join(phrases)
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "r.txt"
        path.write_text("Europe weighs a force\n\nLeaders discussed the force for Ukraine. "
                        + tail + "\n", encoding="utf-8")
        ledger = build_ledger([path], jobs=1)
    text = "Europe weighs a force\n\nLeaders discussed the force for Ukraine. " + tail
    for claim in ledger.stances:
        assert claim.sentence.strip() in text
