"""One reading of the outside support force (review s11): the incidents model's support force
answers escalated calls from the day the posture section's build-up (the response capability) has
it in theatre, on each side, instead of its own reading of the same readiness (its midpoint plus a
road move: 125 h against the build-up's day 7 on europe-2025)."""

from __future__ import annotations

import pytest

from reassure.run.pipeline import run_capability
from reassure.spec import load_scenario


@pytest.mark.parametrize("name", ["europe-2025", "mnf-u-2026"])
def test_the_support_force_arrives_when_the_buildup_says(name: str) -> None:
    scn = load_scenario(name)
    response = run_capability("response", scn)
    incidents = run_capability("incidents", scn, runs=2)
    troops = scn.support_force.troops.value or scn.support_force.troops.high
    for side in ("with_us", "without_us"):
        day = getattr(response, side).buildup.day_to_close(troops)
        units = getattr(incidents.inputs, side).model.units
        if day is None:
            continue  # not in theatre within the build-up's horizon: the readiness is read
        assert units.activation_h == pytest.approx(24.0 * day), side
    notes = " ".join(incidents.inputs.with_us.notes)
    assert "in theatre on day" in notes
