"""The expected strength (validator, s52): exact where the strength is additive in who joins (each
uncertain nation adds the same troops whoever else joins: the best case less each one's troops
times its chance of staying out), else the draws' mean with its 95% interval; checked against an
enumeration of every set of joiners."""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reassure.models.forcegen import NationForce, simulate_participation
from reassure.models.forcegen.maxflow import max_flow_strength
from reassure.models.forcegen.problem import _prepare

from .helpers import EIGHT_ROLES, ONE_ROLE, TWO_ROLES, problem


def _enumerated_mean(prob: Any) -> float:
    """E[strength] over all 2^N sets of joiners, each nation joining on its own (no correlation)."""
    prep = _prepare(prob, us_backstop=True)
    p = np.where(prep.cap > 0, prep.p_join, 0.0)
    total = 0.0
    for mask in itertools.product([0.0, 1.0], repeat=len(p)):
        m = np.array(mask)
        total += float(np.prod(np.where(m > 0, p, 1 - p))) * float(
            max_flow_strength(m, prep.cap, prep.role_targets, prep.role_cap))
    return total


_NATION = st.tuples(st.integers(2_000, 60_000), st.sampled_from([None, 0.2, 0.5, 0.8]),
                    st.sampled_from([None, 500.0, 2_000.0, 6_000.0]))


@given(st.lists(_NATION, min_size=1, max_size=5), st.integers(1_000, 40_000),
       st.sampled_from([ONE_ROLE, TWO_ROLES, EIGHT_ROLES]))
def test_the_expected_strength_is_the_enumerated_expectation(nations: list[tuple[int, float | None, float | None]],
                                                             target: int, mix: dict[str, float]) -> None:
    force = [NationForce(f"N{i:02d}", f"Nation {i}", float(army),
                         status="willing" if p is None else "conditional_mandate", p_join=p, pledge_troops=pledge)
             for i, (army, p, pledge) in enumerate(nations)]
    prob = problem(force, target, mix=mix)
    result = simulate_participation(prob, draws=4_000, seed=7)
    exact = _enumerated_mean(prob)
    if result.strength_mean_exact:
        assert result.strength_mean == pytest.approx(exact, abs=1e-6)
        assert result.strength_mean_ci is None
    else:  # the draws' mean, with an interval wide enough to hold the expectation
        low, high = result.strength_mean_ci  # type: ignore[misc]
        assert low <= result.strength_mean <= high
        assert abs(result.strength_mean - exact) <= 3 * (high - low) / 2 + 1e-9


def test_correlated_joins_keep_the_exact_expectation() -> None:
    """Linearity holds whatever links the joins: the same exact value with a correlation."""
    force = [NationForce("FRA", "France", 120_000, pledge_troops=10_000),
             NationForce("NLD", "Netherlands", 22_000, status="conditional_parliament", p_join=0.6),
             NationForce("SWE", "Sweden", 14_000, status="conditional_mandate", p_join=0.5)]
    alone = simulate_participation(problem(force, 40_000), draws=2_000, seed=1)
    linked = simulate_participation(problem(force, 40_000, participation_correlation=0.6), draws=2_000, seed=1)
    assert alone.strength_mean_exact and linked.strength_mean_exact
    assert alone.strength_mean == pytest.approx(linked.strength_mean)
    assert alone.strength_mean == pytest.approx(_enumerated_mean(problem(force, 40_000)))
