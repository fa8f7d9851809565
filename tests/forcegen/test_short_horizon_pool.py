"""Review (scenario author, ext/h4.toml): a horizon shorter than one tour (4 months, 6-month tours)
gave a rotation pool of three times the force (34,323) while the distinct people over the horizon
were the force itself (11,441), and the army-share cap was applied to that rotation that never
happens, silently. The pool is now sized to the tours the horizon needs, with a note."""

from __future__ import annotations

import pytest

from reassure.models.forcegen import NationForce, solve_allocation, units_per_deployed_over
from reassure.models.forcegen.rotation import rotations_in_horizon

from .helpers import problem


def test_units_per_deployed_over_a_horizon() -> None:
    assert rotations_in_horizon(4, 6) == 1 and rotations_in_horizon(6, 6) == 1
    assert rotations_in_horizon(7, 6) == 2
    assert rotations_in_horizon(4 / 12 * 12, 6) == 1  # a horizon in years read back in months
    assert units_per_deployed_over(6, 12, 4) == 1.0    # no rotation needed
    assert units_per_deployed_over(6, 12, 12) == 2.0   # two tours, two sets of troops
    assert units_per_deployed_over(6, 12, 240) == 3.0  # 20 years: the steady ratio


def test_a_horizon_within_one_tour_needs_no_rotation_pool() -> None:
    nations = [NationForce("AAA", "A", 12_000), NationForce("BBB", "B", 8_000, pledge_troops=1_500)]
    short = solve_allocation(problem(nations, 10_000, tour=6, interval=12, horizon_years=4 / 12))
    # the pool is the force itself, each nation's cap 25% of its army deployed at once
    assert short.units_per_deployed == pytest.approx(1.0)
    assert short.pool_total == pytest.approx(short.deployed_total)
    assert short.cumulative_individuals_high == pytest.approx(short.pool_total)
    aaa = next(n for n in short.nations if n.nation == "AAA")
    assert aaa.cap_troops == 3_000 and aaa.share_of_army == pytest.approx(0.25)
    assert any("no longer than one 6-month tour" in n and "army-share cap" in n for n in short.notes)
    # the same plan over 20 years: the steady 1:2 rotation, and no note
    steady = solve_allocation(problem(nations, 10_000, tour=6, interval=12, horizon_years=20))
    assert steady.units_per_deployed == pytest.approx(3.0)
    assert next(n for n in steady.nations if n.nation == "AAA").cap_troops == 1_000
    assert not any("tour" in n and "army-share cap" in n for n in steady.notes)


def test_a_horizon_of_two_tours_holds_two_sets_of_troops() -> None:
    nations = [NationForce("AAA", "A", 12_000)]
    res = solve_allocation(problem(nations, 10_000, tour=6, interval=12, horizon_years=1.0))
    assert res.units_per_deployed == pytest.approx(2.0)
    assert res.pool_total == pytest.approx(2 * res.deployed_total)
    assert any("needs only 2 6-month tours" in n for n in res.notes)


def test_a_range_horizon_is_sized_at_its_long_end() -> None:
    nations = [NationForce("AAA", "A", 12_000)]
    res = solve_allocation(problem(nations, 10_000, tour=6, interval=12, horizon_years=4 / 12,
                                   horizon_years_high=8 / 12))
    assert res.units_per_deployed == pytest.approx(2.0)
    assert any("8 months at its longest" in n for n in res.notes)


def test_a_shipped_plan_over_four_months_ties_up_only_the_force() -> None:
    """The reviewer's case on a shipped plan: europe-2025 (4-month tours) held for 3 months."""
    from reassure import load_scenario, run_capability
    from reassure.spec import Quantity

    plan = load_scenario("europe-2025")
    short = plan.with_overrides({"horizon": Quantity(value=3, unit="month", assumption="a three-month mandate")},
                                assumption="a horizon shorter than one tour")
    data = run_capability("force", short, draws=200).to_dict()
    assert data["pool_total"] == pytest.approx(data["deployed_total"])
    assert data["cumulative_individuals"]["high"] == pytest.approx(data["pool_total"])
    assert data["units_per_deployed"] == pytest.approx(1.0)
    assert any("none rotates" in n for n in data["notes"])
    # shown in the force section's notes, beside its figures
    from reassure.run.section_force import force_section

    assert any("none rotates" in w for w in force_section(short, {}, data).warnings)


def test_the_allocation_footnotes_cite_the_horizon_only_where_it_caps_the_rotation() -> None:
    from reassure import load_scenario
    from reassure.run.section_force import allocation_refs
    from reassure.spec import Quantity

    plan = load_scenario("europe-2025")
    assert "horizon" not in allocation_refs(plan)
    short = plan.with_overrides({"horizon": Quantity(value=3, unit="month", assumption="a three-month mandate")},
                                assumption="a horizon shorter than one tour")
    assert "horizon" in allocation_refs(short)
