"""Session 54: "not against" and "not opposed to" taking part, joining or participating (a
session-53 leftover: "Hungary is not against taking part" read as *declines*). Before: "is not
against taking part" declines, "would not be opposed to joining" ready, and, the other way round,
"is against joining" and "is opposed to joining" *ready* (the offer cue "joining" never saw the
refusal before it). The reports below are written for these tests, in the project's own words."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import FORCE_BEFORE as FORCE
from evidence_claim_helpers import stances_in


@pytest.mark.parametrize(("body", "actor"), [
    ("Hungary is not against taking part in the European reassurance force for Ukraine, its foreign "
     "minister said on Monday.", "HUN"),
    ("Romania would not be opposed to joining the reassurance force in Ukraine, the president said.", "ROU"),
    ("Sweden is not opposed to participating in the reassurance force, its defence minister said.", "SWE"),
    (FORCE + "Hungary is not against taking part, its foreign minister said.", "HUN"),
])
def test_not_against_taking_part_is_open(tmp_path: Path, body: str, actor: str) -> None:
    found = stances_in(tmp_path, body)
    assert (actor, "open") in found and (actor, "declines") not in found \
        and (actor, "ready") not in found, found


@pytest.mark.parametrize(("body", "actor"), [
    ("Hungary is against taking part in the European reassurance force for Ukraine, its foreign "
     "minister said.", "HUN"),
    ("Slovakia is against joining the reassurance force for Ukraine, Prime Minister Robert Fico said.", "SVK"),
    ("Bulgaria is opposed to joining the reassurance force for Ukraine, its president said.", "BGR"),
])
def test_against_taking_part_is_a_refusal(tmp_path: Path, body: str, actor: str) -> None:
    found = stances_in(tmp_path, body)
    assert (actor, "declines") in found and (actor, "ready") not in found, found


def test_someone_else_voting_against_joining_leaves_the_government_s_offer(tmp_path: Path) -> None:
    found = stances_in(tmp_path, "The opposition party voted against joining the force, but Denmark's "
                               "government is ready to send troops.")
    assert ("DNK", "ready") in found and ("DNK", "declines") not in found, found
