"""Session 23's rules, from sentences of the project's own (probes of common news shapes, not
any real set's misses), each beside the reading it must not break:
- "X is unlikely to send troops" and "It is unlikely that X will send troops": declines, as
  "X's participation is unlikely" (15q) already was; "likely to" stays an offer."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import stance_pairs


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Japan is unlikely to send troops, given its constitution.", {("JPN", "declines")}),
    ("It is unlikely that Spain will send troops to Ukraine, officials in Madrid said.",
     {("ESP", "declines")}),
    ("It seems highly unlikely that Portugal would deploy soldiers to Ukraine.",
     {("PRT", "declines")}),
    ("Spain unlikely to commit troops to a Ukraine peacekeeping force.", {("ESP", "declines")}),
    # must not break
    ("Germany is expected to contribute troops to the reassurance force.", {("DEU", "ready")}),
    ("Poland is not expected to contribute soldiers to the force.", {("POL", "declines")}),
    ("Italy will not deploy soldiers to Ukraine, Prime Minister Giorgia Meloni said.",
     {("ITA", "declines")}),
    ("Britain is ready to send troops, though a deployment is unlikely before a ceasefire.",
     {("GBR", "ready")}),
])
def test_unlikely_is_a_refusal(tmp_path: Path, sentence: str, expected: set[tuple[str, str]]) -> None:
    assert stance_pairs(tmp_path, sentence) == expected
