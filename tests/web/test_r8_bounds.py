"""Review r8, item 12, in the web API: a variant with minus 20,000 troops is refused with the
bound the command line states (at least one troop), not ">= 0"; every problem is listed."""

from __future__ import annotations

from typing import Any


def test_a_negative_target_is_refused_with_the_one_bound(served: Any) -> None:
    client, user = served
    r = client.post("/api/scenarios/europe-2025/variants", json={
        "name": "minus-troops", "changes": [{"path": "force.target_troops", "value": -20000,
                                             "assumption": "a sign slip, minus"}]})
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert "force.target_troops must be >= 1 troop: a force needs at least one troop" in detail, detail
    assert ">= 0" not in detail and "more problem" not in detail
    assert not (user / "minus-troops.toml").exists()
