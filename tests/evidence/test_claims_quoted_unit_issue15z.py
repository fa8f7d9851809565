"""Issue 15z, class T14 (the one class of session 10's round 12 kept: it gained on sets 10 and 12,
not only the set it was drawn from): a troop figure whose unit noun is quoted or bracketed is a
troop-size claim. Made-up sentences in the project's own words."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import troop_figures as _troop_figures


@pytest.mark.parametrize("text", [
    'The coalition could send up to 30,000 "peacekeepers" to Ukraine after a ceasefire.',
    "The coalition could send up to 30,000 [peacekeepers] to Ukraine after a ceasefire.",
    "The coalition could send up to 30,000 (peacekeepers) to Ukraine after a ceasefire.",
])
def test_a_quoted_or_bracketed_unit_noun_keeps_the_figure(tmp_path: Path, text: str) -> None:
    got = _troop_figures(tmp_path, text)
    assert any(high == 30000 for _, _, high in got), got


def test_a_quoted_word_that_is_no_unit_gives_no_figure(tmp_path: Path) -> None:
    text = 'The coalition discussed 30,000 "questions" about Ukraine after a ceasefire.'
    assert _troop_figures(tmp_path, text) == set()
