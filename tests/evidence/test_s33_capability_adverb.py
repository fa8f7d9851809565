"""Review s33 (a journalist's reading of 15 real reports): "European nations would struggle to
collectively muster 25,000 troops" was shown as a planned size of the force beside the plans'
figures, where "would struggle to muster 25,000" is a capability, not a planned size (§6): an
adverb between "to" and the verb hid it. The sentences here are the project's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import build_ledger


@pytest.mark.parametrize("verb", ["muster", "collectively muster", "jointly field"])
def test_a_struggle_to_muster_is_a_capability_whatever_the_adverb(tmp_path: Path, verb: str) -> None:
    (tmp_path / "r.txt").write_text(
        "Force plans in London\n\nBritain and France are preparing a reassurance force of up to "
        f"30,000 troops for Ukraine. European armies would struggle to {verb} 25,000 troops, "
        "officials said.\n", encoding="utf-8")
    ledger = build_ledger([tmp_path], jobs=1)
    entry = next(e for e in ledger.quantities if e.subject == "european_force")
    stages = {(v.low, v.stage) for v in entry.values}
    assert (25_000, "capability") in stages
    assert (25_000, None) not in stages  # not also a planned size
    assert any(v.high == 30_000 and v.stage is None for v in entry.values)  # the plan's figure
