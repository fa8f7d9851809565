"""Monte Carlo over who joins, against an exact enumeration solved with the MILP."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from reassure.models.forcegen import NationForce, simulate_participation, solve_allocation

from .helpers import EIGHT_ROLES, problem

NATIONS = [
    NationForce("FRA", "France", 120_000, pledge_troops=10_000),
    NationForce("GBR", "UK", 75_000, tour_months=6, interval_months=24),
    NationForce("DEU", "Germany", 62_000, status="premature", p_join=0.3, delay_months=3),
    NationForce("NLD", "Netherlands", 22_000, status="conditional_parliament", p_join=0.6),
    NationForce("SWE", "Sweden", 14_000, status="conditional_mandate", p_join=0.5),
    NationForce("ITA", "Italy", 100_000, status="constitutional_limit", p_join=0.1),
]
TARGET = 20_000


def _exact_probability(nations: list[NationForce], target: int) -> float:
    """Sum over all 2^N participation sets of P(set) * [MILP meets the target with that set]."""
    p = np.array([1.0 if n.p_join is None else n.p_join for n in nations])
    total = 0.0
    for mask in itertools.product([0, 1], repeat=len(nations)):
        m = np.array(mask, dtype=bool)
        prob = float(np.prod(np.where(m, p, 1 - p)))
        if prob == 0:
            continue
        joined = [n for n, keep in zip(nations, m, strict=True) if keep]
        if joined and solve_allocation(problem(joined, target, mix=EIGHT_ROLES)).target_met:
            total += prob
    return total


def test_p_target_met_matches_exact_enumeration() -> None:
    exact = _exact_probability(NATIONS, TARGET)
    draws = 20_000
    mc = simulate_participation(problem(NATIONS, TARGET, mix=EIGHT_ROLES), draws=draws, seed=3)
    se = np.sqrt(exact * (1 - exact) / draws)
    assert 0.05 < exact < 0.95  # a test that can fail both ways
    assert abs(mc.p_target_met - exact) < 4 * se + 1e-9


def test_same_seed_same_answer_other_seed_close() -> None:
    prob = problem(NATIONS, TARGET, mix=EIGHT_ROLES)
    a = simulate_participation(prob, draws=5_000, seed=11)
    b = simulate_participation(prob, draws=5_000, seed=11)
    c = simulate_participation(prob, draws=5_000, seed=12)
    assert a.p_target_met == b.p_target_met
    np.testing.assert_array_equal(a.strength_samples, b.strength_samples)
    assert abs(a.p_target_met - c.p_target_met) < 0.05


def test_delayed_nations_are_absent_at_the_ceasefire() -> None:
    prob = problem(NATIONS, TARGET, mix=EIGHT_ROLES)
    mc = simulate_participation(prob, draws=5_000, seed=5)
    assert mc.p_target_met_at_start <= mc.p_target_met
    # Without its delayed member (DEU) the force at the start must be met by the others.
    no_deu = [n for n in NATIONS if n.iso3 != "DEU"]
    at_start = _exact_probability(no_deu, TARGET)
    se = np.sqrt(at_start * (1 - at_start) / 5_000)
    assert abs(mc.p_target_met_at_start - at_start) < 4 * se + 1e-9


def test_strength_distribution_is_bounded_by_target_and_plan() -> None:
    prob = problem(NATIONS, TARGET, mix=EIGHT_ROLES)
    mc = simulate_participation(prob, draws=5_000, seed=5)
    plan = solve_allocation(prob)
    assert mc.strength_samples.max() <= TARGET
    # The willing nations alone (FRA 10,000 and GBR 3,750) are always there.
    assert mc.strength_samples.min() >= 13_750
    assert mc.strength_quantiles["p95"] <= plan.deployed_total


def test_correlated_decisions_keep_the_mean_and_widen_the_spread() -> None:
    indep = simulate_participation(problem(NATIONS, TARGET, mix=EIGHT_ROLES), draws=20_000, seed=2)
    corr = simulate_participation(
        problem(NATIONS, TARGET, mix=EIGHT_ROLES, participation_correlation=0.6),
        draws=20_000,
        seed=2,
    )
    # A Gaussian copula keeps each nation's marginal probability ...
    joined_mean = {k: v for k, v in corr.p_join_by_nation.items()}
    assert joined_mean == indep.p_join_by_nation
    # ... but makes all-or-nothing outcomes likelier: a wider strength distribution.
    assert corr.strength_samples.std() > indep.strength_samples.std()


def test_willing_only_is_certain() -> None:
    nations = [NationForce("FRA", "France", 120_000), NationForce("GBR", "UK", 75_000)]
    mc = simulate_participation(problem(nations, 5_000), draws=1_000, seed=0)
    assert mc.p_target_met == 1.0


@pytest.mark.parametrize("draws", [-1])
def test_negative_draws_rejected(draws: int) -> None:
    from reassure.errors import ModelError

    with pytest.raises(ModelError):
        simulate_participation(problem(NATIONS, TARGET), draws=draws)
