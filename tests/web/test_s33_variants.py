"""Review s33, the variant API: a change that gives a source or an assumption but no new value is
refused, naming the parameter and what to give (1: a script may post it directly)."""

from __future__ import annotations

from typing import Any

import pytest

URL = "/api/scenarios/europe-2025/variants"


@pytest.mark.parametrize(("change", "expected"), [
    ({"path": "force.tour", "source": ["seed-001"]},
     'force.tour: no new value is given; give the new number ("value"), or leave this change out'),
    ({"path": "force.target_troops", "assumption": "a smaller force, assumed"},
     'force.target_troops: no new value is given; give the new range ("low" and "high"), or leave this change out'),
    ({"path": "us_backstop.isr", "assumption": "Washington withdraws ISR"},
     'us_backstop.isr: no new value is given; give true or false ("value"), or leave this change out'),
])
def test_a_change_without_a_value_is_refused_naming_what_to_give(served: Any, change: dict[str, Any],
                                                                  expected: str) -> None:
    client, user = served
    ok = {"path": "posture.standoff", "value": 120, "assumption": "a wider band after the talks"}
    r = client.post(URL, json={"name": "s33-novalue", "changes": [ok, change]})
    assert r.status_code == 422, r.text
    assert r.json()["detail"] == expected
    assert not (user / "s33-novalue.toml").exists()  # the complete change is not saved either


def test_a_change_with_nothing_is_said_once_as_no_value(served: Any) -> None:
    # no value and no provenance: "needs a source" would send the user to add a source to a
    # change that changes nothing; the missing value is what to fix
    client, _ = served
    r = client.post(URL, json={"name": "s33-nothing", "changes": [{"path": "force.tour"}]})
    assert r.status_code == 422
    assert r.json()["detail"] == ('force.tour: no new value is given; give the new number ("value"), '
                                  "or leave this change out")
