"""Session 52: the nations counted only with a US backstop come from the force model's result."""
from __future__ import annotations

import reassure
from reassure.present.story import us_conditional_nations


def _with_us_troops() -> reassure.Scenario:
    """europe-2025 with a US contingent shaped like France's, and a backstop that sends ground
    troops (so the contingent's condition is met with the backstop)."""
    plan = reassure.load_scenario("europe-2025")
    us = plan.contributors[0].model_copy(update={"nation": "USA"})
    backstop = plan.us_backstop.model_copy(update={"ground_troops": True})
    return plan.model_copy(update={"contributors": [*plan.contributors, us], "us_backstop": backstop})


def test_a_us_contingent_is_counted_only_with_the_backstop_in_the_force_result() -> None:
    force = next(s for s in reassure.assess(_with_us_troops(), runs=2, sensitivity=False).sections
                 if s.name == "force").data
    rows = {side: {n["nation"]: n for n in force[side]["nations"]} for side in ("with_us", "without_us")}
    # the scenario does not set requires_us_backstop for the US row: the force model's rule does
    assert rows["with_us"]["USA"]["requires_us_backstop"] is True
    assert rows["with_us"]["FRA"]["requires_us_backstop"] is False
    assert rows["with_us"]["USA"]["deployed"] > 0 and rows["without_us"]["USA"]["deployed"] == 0


def test_the_headline_names_a_us_contingent_among_the_nations_left_out_without_it() -> None:
    sections = reassure.assess(_with_us_troops(), runs=2, sensitivity=False).sections
    assert us_conditional_nations(sections)[0] == "United States"
