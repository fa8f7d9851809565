"""Review s53 (a journalist's own wire copy): a refusal negated keeps the door open. "The
Netherlands has not ruled out taking part" (the force named in the sentence before, as wire copy
does) and "Belgium has not ruled out joining" read as *declines*, with the stance check confident;
"Romania would not be opposed to sending troops" did too. The reports below are written for these
tests, in the project's own words."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import FORCE_BEFORE as FORCE
from evidence_claim_helpers import stances_in


@pytest.mark.parametrize(("body", "actor"), [
    (FORCE + "The Netherlands has not ruled out taking part, Prime Minister Dick Schoof said.", "NLD"),
    (FORCE + "Belgium has not ruled out joining, its defence minister said.", "BEL"),
    (FORCE + "Portugal has never ruled out joining, its foreign minister said.", "PRT"),
    (FORCE + "Romania would not be opposed to sending troops, its president said.", "ROU"),
])
def test_a_refusal_negated_is_open(tmp_path: Path, body: str, actor: str) -> None:
    found = stances_in(tmp_path, body)
    assert (actor, "open") in found and (actor, "declines") not in found, found


@pytest.mark.parametrize(("body", "actor"), [
    (FORCE + "The Netherlands has ruled out taking part, Prime Minister Dick Schoof said.", "NLD"),
    (FORCE + "Belgium will not take part, its defence minister said.", "BEL"),
    (FORCE + "Romania is opposed to sending troops, its president said.", "ROU"),
])
def test_a_refusal_stays_a_refusal(tmp_path: Path, body: str, actor: str) -> None:
    assert (actor, "declines") in stances_in(tmp_path, body)
