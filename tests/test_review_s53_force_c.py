"""Review s53 (analyst and validator, fixer C): force, posture, response and air labels.

1. "the allocation found: United Kingdom" named only the uncertain nations of the allocation;
2. a force too small for one garrison got none, and its ground response vanished silently;
3. 43% of the British Army in the rotation pool passed with a note only;
4. the support force's "7 days" was printed without the range of its 2-7 day readiness;
5. air policing's 82 fighters were one value at the midpoint of every input range;
6. Odesa read "uncovered" while the candidate garrison places, not the garrisons, limit it.
"""

from __future__ import annotations

from typing import Any

import pytest

from reassure.spec import Quantity, load_scenario


def _posture_section(scenario: Any) -> Any:
    from reassure.run.capabilities import registry
    from reassure.run.capability import Context
    from reassure.run.pipeline import run_capabilities

    caps = registry(runs=2, draws=300)
    done = run_capabilities(scenario, caps, ["response"])
    return caps["response"].section(done["response"], Context(scenario, {}, done))


@pytest.fixture(scope="module")
def europe() -> Any:
    return _posture_section(load_scenario("europe-2025"))


def _figure(section: Any, key: str) -> Any:
    return next(f for f in section.figures if f.key == key)


# -- 1 -------------------------------------------------------------------------------------------
def test_allocation_found_names_the_certain_nations_too() -> None:
    from reassure.models.forcegen.explanation import _if_they_join

    text = _if_they_join([], ["GBR"], ["FRA", "DNK", "EST", "LTU"])
    assert text == ("if enough nations join (uncertain nations in the allocation found: GBR; also in it, "
                    "certain to join: FRA, DNK, EST and LTU)")
    # without a certain nation in the allocation the words are as before
    assert _if_they_join([], ["NLD", "SWE"]) == "if enough nations join (the allocation found: NLD and SWE)"


def test_the_force_verdict_names_france_beside_the_uk() -> None:
    from reassure.bridge.force import build_force_problem
    from reassure.models.forcegen import solve_allocation

    plan = load_scenario("mnf-u-2026").with_overrides(
        {"force.target_troops": Quantity(value=15000, unit="troops", assumption="the analyst's lower target")},
        assumption="review s53: a lower target")
    problem, _ = build_force_problem(plan)
    verdict = solve_allocation(problem).verdict
    assert "certain to join: " in verdict and "FRA" in verdict.split("certain to join: ", 1)[1]


# -- 2 -------------------------------------------------------------------------------------------
def test_a_force_below_one_garrison_is_said_to_protect_no_site() -> None:
    from reassure.bridge.posture import garrison_count

    plan = load_scenario("europe-2025")
    p, rule = garrison_count(plan, 1975.0)
    assert p == 0
    assert "889 manoeuvre troops are fewer than one garrison needs (1,800" in rule
    assert "protects no site" in rule and "posture.garrisons = 1" in rule
    p, rule = garrison_count(plan, 28264.0)
    assert p == 7 and "protects no site" not in rule


def test_no_garrison_is_a_warning_of_the_posture_section() -> None:
    plan = load_scenario("europe-2025").with_overrides(
        {"force.target_troops": Quantity(value=3000, unit="troops", assumption="a force too small for a garrison")},
        assumption="a tripwire too small for a garrison")
    section = _posture_section(plan)
    assert _figure(section, "garrisons").with_us == 0
    assert any("the force mans no garrison" in w and "no ground unit" in w for w in section.warnings)


# -- 3 -------------------------------------------------------------------------------------------
def test_a_pool_over_a_third_of_an_army_is_warned_of() -> None:
    from reassure.bridge.force import build_force_problem
    from reassure.models.forcegen import solve_allocation
    from reassure.models.forcegen.assess import OVER_PLAUSIBLE_POOL

    problem, _ = build_force_problem(load_scenario("europe-2025"))
    notes = [n for n in solve_allocation(problem).notes if OVER_PLAUSIBLE_POOL in n]
    assert len(notes) == 1 and notes[0].startswith("GBR ties up 43.3%")
    assert "6,500 deployed x 5 per deployed unit = 32,500 in the pool" in notes[0]
    assert "read as troops kept deployed, before rotation" in notes[0]


# -- 4 -------------------------------------------------------------------------------------------
def test_the_support_force_arrival_gives_its_readiness_range(europe: Any) -> None:
    fig = _figure(europe, "buildup_day_close")
    assert fig.with_us == 7
    assert "its readiness taken at 4.5 days, the midpoint of 2–7 days, support_force.readiness" in fig.label
    assert "source: shape-vjtf" in fig.label and "day 4 to day 9" in fig.label
    assert "4.5" not in fig.common_label


# -- 5 -------------------------------------------------------------------------------------------
def test_the_fighter_count_gives_its_range_over_the_inputs_ends() -> None:
    from reassure.bridge.air import sizing_at_ends

    plan = load_scenario("coalition-2025-09")
    ends = sizing_at_ends(plan)
    assert ends is not None
    fewest, most = ends
    assert fewest.fighters_needed < 82 < most.fighters_needed
    assert 60 <= fewest.fighters_needed <= 66 and 110 <= most.fighters_needed <= 120

    from reassure.run.capabilities import registry
    from reassure.run.pipeline import run_capabilities
    from reassure.run.section_air import air_section

    done = run_capabilities(plan, registry(runs=2, draws=300), ["air_policing"])
    section = air_section(plan, done["air_policing"])
    fig = _figure(section, "fighters_needed")
    assert fig.with_us == 82
    assert (f"at the inputs' ends that give the fewest and the most: {fewest.fighters_needed}–"
            f"{most.fighters_needed}") in fig.label
    assert "–" not in fig.common_label


# -- 6 -------------------------------------------------------------------------------------------
def test_the_covered_share_says_the_candidate_places_limit_it(europe: Any) -> None:
    fig = _figure(europe, "covered_weight_percent")
    assert "limited by the candidate garrison places: Port of Odesa has none beyond the standoff" in fig.label
    assert "posture.garrison_places can add a place" in fig.label
