"""s13 review 4: `force.max_tours` left out is a default the output names, and an implausible
number of tours per person is warned about; the figure itself is the model's (the pool)."""

from __future__ import annotations

import pytest

from reassure import load_scenario, run_capability
from reassure.models.forcegen.rotation import (
    PLAUSIBLE_TOURS_PER_PERSON,
    cumulative_individuals,
    rotation_pool_troops,
    tours_per_person,
)
from reassure.run.section_force import force_section


@pytest.fixture(scope="module")
def unlimited():
    plan = load_scenario("europe-2025")
    assert plan.force.max_tours is not None
    return plan.model_copy(update={"force": plan.force.model_copy(update={"max_tours": None})})


def test_tours_per_person() -> None:
    assert tours_per_person(4, 8, 240) == 20.0  # the review's tripwire plan: 60 rotations, 3 cohorts
    assert tours_per_person(4, 8, 240, max_tours_per_individual=2) == 2.0
    assert tours_per_person(6, 24, 24, max_tours_per_individual=1) == 1.0
    # the figure is the pool without a limit: unchanged by this fix
    assert cumulative_individuals(9100, 4, 8, 240) == rotation_pool_troops(9100, 4, 8) == 27300


def test_left_out_max_tours_is_a_shipped_default_used_with_a_warning(unlimited) -> None:
    data = run_capability("force", unlimited, draws=200).to_dict()
    assert any(d.startswith("max_tours = none (shipped default") for d in data["defaults_used"])
    tours = data["cumulative_individuals"]["tours_per_person_high"]
    assert tours > PLAUSIBLE_TOURS_PER_PERSON
    warned = [n for n in data["notes"] if "tours in" in n and "force.max_tours is not set" in n]
    assert warned and "planning judgement" in warned[0]
    section = force_section(unlimited, {}, data)
    assert any(w.startswith("shipped default used: max_tours = none") for w in section.warnings)
    label = next(f.label for f in section.figures if f.key == "cumulative_individuals_high")
    assert "no limit on tours per person set" in label


def test_a_plan_with_max_tours_gets_neither() -> None:
    plan = load_scenario("europe-2025")
    data = run_capability("force", plan, draws=200).to_dict()
    assert not any(d.startswith("max_tours") for d in data["defaults_used"])
    assert data["cumulative_individuals"]["tours_per_person_high"] <= plan.force.max_tours.canonical
    assert not any("planning judgement of what is plausible" in n for n in data["notes"])
    label = next(f.label for f in force_section(plan, {}, data).figures
                 if f.key == "cumulative_individuals_high")
    assert f"at most {plan.force.max_tours.canonical:g} tours per person" in label
