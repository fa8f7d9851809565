"""s13 review 6: a support force with no airlift or surface channel never arrives, in every model.

`respond`/`assess` (the build-up) said it never arrives while the incident model let it answer
escalated calls by road. Both now follow `reassure.bridge.response.support_force_arrival`.
"""

from __future__ import annotations

import pytest

from reassure import load_scenario
from reassure.bridge.response import support_force_arrival
from reassure.models.buildup import ReadinessTier, SurfaceChannel, buildup_curve
from reassure.run.capabilities import posture_report, registry
from reassure.run.pipeline import run_capabilities


@pytest.fixture(scope="module")
def stranded():
    plan = load_scenario("europe-2025")
    sf = plan.support_force.model_copy(update={"airlift": (), "surface": ()})
    return plan.model_copy(update={"support_force": sf})


@pytest.fixture(scope="module")
def outcomes(stranded):
    return run_capabilities(stranded, registry(runs=2), ["posture", "response", "incidents"], seed=1)


def test_the_rule_in_the_bridge() -> None:
    tiers = [ReadinessTier("sf", 1000, 2)]
    none = buildup_curve([], tiers, 10, close_targets=[1000])
    day, why = support_force_arrival(none, 1000)
    assert day is None and "no airlift or surface channel" in why and "never reaches" in why
    road = buildup_curve([SurfaceChannel("road", 500, 1)], tiers, 10, close_targets=[1000])
    assert support_force_arrival(road, 1000) == (road.day_to_close(1000), "")
    slow = buildup_curve([SurfaceChannel("road", 10, 1)], tiers, 10, close_targets=[1000])
    day, why = support_force_arrival(slow, 1000)
    assert day is None and "within its 10 days" in why


def test_build_up_and_incidents_agree_it_never_arrives(outcomes) -> None:
    response = outcomes["response"]
    for side in (True, False):
        assert response.results.side(side).buildup.day_to_close(5000) is None
        model = outcomes["incidents"].inputs.side(side).model
        assert "outside_support" not in model.units.kind, side
    notes = outcomes["incidents"].inputs.with_us.notes
    assert any("no airlift or surface channel" in n and "no escalated call" in n for n in notes)
    assert not any("needs only the road transit" in n for n in notes)
    data = outcomes["incidents"].to_dict()
    assert data["escalated_fraction"]["value"] == 0.0
    assert data["without_us"]["escalated_fraction"]["value"] == 0.0


def test_the_posture_section_says_why(outcomes) -> None:
    report = posture_report(outcomes["posture"], outcomes["response"])
    assert any("no airlift or surface channel" in n and "never reaches the theatre" in n
               for n in report["notes"])


def test_a_force_that_arrives_still_answers_escalations() -> None:
    plan = load_scenario("europe-2025")
    done = run_capabilities(plan, registry(runs=2), ["response", "incidents"], seed=1)
    model = done["incidents"].inputs.with_us.model
    assert "outside_support" in model.units.kind
    day = done["response"].with_us.buildup.day_to_close(plan.support_force.troops.in_("troops"))
    assert model.units.activation_h == 24.0 * day
