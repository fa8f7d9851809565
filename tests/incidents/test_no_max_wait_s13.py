"""With incidents.max_wait left out, the note on escalation says there is no waiting limit, not
"within inf h" (review s13, 11)."""

from __future__ import annotations

import json

import reassure
from reassure.spec import load_scenario


def test_no_waiting_limit_is_said_in_words() -> None:
    base = load_scenario("europe-2025")
    # (s54) under first come, first served, where the waiting limit decides (triage escalates at once)
    scenario = base.model_copy(update={"incidents": base.incidents.model_copy(
        update={"max_wait": None, "dispatch": "first_come"})})
    text = json.dumps(reassure.run_capability("incidents", scenario, runs=2).to_dict())
    assert "inf h" not in text
    assert "incidents.max_wait not set: no call is escalated for waiting" in text
