"""Session 20: a Python override gets the cross-field refusal a file gets (review 20 #2): a
target below the minimum contribution, named as the override's error; one at or above it is
taken."""

from __future__ import annotations

import pytest

from reassure.errors import ScenarioFieldError
from reassure.spec import load_scenario


def test_an_override_below_the_minimum_contribution_is_refused_naming_the_override() -> None:
    scenario = load_scenario("europe-2025")
    with pytest.raises(ScenarioFieldError) as err:
        scenario.with_overrides({"force.target_troops": 80},
                                assumption="an observer mission of a few dozen")
    text = str(err.value)
    assert "with_overrides" in text and "force.target_troops" in text
    assert "force.min_contribution" in text and "80 troops" in text


def test_an_override_at_the_minimum_is_taken() -> None:
    scenario = load_scenario("europe-2025")
    new = scenario.with_overrides({"force.target_troops": 100},
                                  assumption="the smallest force one nation could send")
    assert new.force.target_troops.low == 100
