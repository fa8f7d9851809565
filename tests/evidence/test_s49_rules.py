"""(s49) Readings from the rebuilt rounds 8-22 (tuning material), written as clause shapes in the
project's own words. Each test's first assertions fail on the session-start code (64a888a); the
guards beside them keep each reading to its shape and pass on both."""

from __future__ import annotations

from pathlib import Path

from evidence_claim_helpers import stance_pairs


def _of(tmp_path: Path, text: str, nation: str) -> set[str]:
    return {st for actor, st in stance_pairs(tmp_path, text) if actor == nation}


def test_not_sending_soldiers_to_fight_in_ukraine_is_a_refusal(tmp_path: Path) -> None:
    # annotators read "will not send soldiers to fight in Ukraine" as a refusal (4 of 4 in the
    # rebuilt rounds); it was taken for the war alone and gave no stance
    assert _of(tmp_path, "Norway said on Monday that it will not send its soldiers to fight in "
                         "Ukraine.", "NOR") == {"declines"}
    assert _of(tmp_path, "Norway is not going to send troops to fight in Ukraine, the prime "
                         "minister said.", "NOR") == {"declines"}
    # a refusal with a condition keeps the condition
    assert "conditional" in _of(tmp_path, "Norway will not send its soldiers to fight in any "
                                          "foreign conflict unless the UN Security Council "
                                          "mandates it.", "NOR")
    # fighting beside Ukraine's army, or in the war now, is still the war, not the force after it
    assert not _of(tmp_path, "Norway will not send troops to fight alongside Ukrainian forces.",
                   "NOR")
    assert not _of(tmp_path, "Norway will not send troops to fight against Russia.", "NOR")
    assert not _of(tmp_path, "Norway will not send soldiers to a field where hostilities are "
                             "taking place.", "NOR")
    # not ruling it out stays open
    assert _of(tmp_path, "Norway does not rule out sending soldiers to fight on the front line in "
                         "Ukraine.", "NOR") == {"open"}
