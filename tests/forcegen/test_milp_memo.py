"""The allocation MILP and its LP duals are remembered within a process by their whole input:
the remembered answer equals a fresh solve, and any change to any input is solved afresh."""

from __future__ import annotations

import pickle

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reassure.models.forcegen import assess_force_case
from reassure.models.forcegen import milp as m
from reassure.models.forcegen.problem import _prepare

from .helpers import TWO_ROLES, problem, random_small


def _same_solution(a: m._Solution, b: m._Solution) -> bool:
    return (np.array_equal(a.x, b.x) and np.array_equal(a.y, b.y) and a.z == b.z
            and a.fill == b.fill and a.balance == b.balance and a.degraded == b.degraded
            and np.array_equal(a.lo, b.lo) and np.array_equal(a.hi, b.hi)
            and np.array_equal(a.rows.lb, b.rows.lb) and np.array_equal(a.rows.ub, b.rows.ub)
            and (a.rows.a != b.rows.a).nnz == 0)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), us=st.booleans(), bump=st.integers(0, 3))
def test_remembered_solve_equals_a_fresh_one_and_a_changed_input_is_solved_again(
        seed: int, us: bool, bump: int) -> None:
    nations, target, minimum = random_small(np.random.default_rng(seed))
    prob = problem(nations, target, minimum=minimum, mix=TWO_ROLES)
    prep = _prepare(prob, us_backstop=us)
    first = m._solve_milp(prep)
    assert m._solve_milp(prep) is first  # the second call is the remembered answer
    assert _same_solution(first, m._solve_milp_uncached(prep))
    for stage in ("fill", "expected", "burden"):
        remembered, fresh = m._lp_duals(prep, first, stage), m._lp_duals_uncached(prep, first, stage)
        assert remembered.keys() == fresh.keys()
        assert all(np.array_equal(remembered[k], fresh[k]) for k in fresh)
    # One troop more asked of the force: a different input, so a different key.
    other = _prepare(problem(nations, target + 1 + bump, minimum=minimum, mix=TWO_ROLES),
                     us_backstop=us)
    assert m._solve_milp(other) is not first
    assert _same_solution(m._solve_milp(other), m._solve_milp_uncached(other))


def test_a_remembered_answer_cannot_be_changed_by_a_caller() -> None:
    nations, target, minimum = random_small(np.random.default_rng(7))
    sol = m._solve_milp(_prepare(problem(nations, target, minimum=minimum), us_backstop=True))
    with pytest.raises(ValueError):
        sol.x[0, 0] = 99
    duals = m._lp_duals(_prepare(problem(nations, target, minimum=minimum), us_backstop=True), sol, "fill")
    duals["pledge"][:] = 123.0  # the caller's copy only
    again = m._lp_duals(_prepare(problem(nations, target, minimum=minimum), us_backstop=True), sol, "fill")
    assert not np.all(again["pledge"] == 123.0)


def test_whole_assessment_is_the_same_with_an_empty_memo() -> None:
    nations, target, minimum = random_small(np.random.default_rng(11), n=5)
    prob = problem(nations, target, minimum=minimum, mix=TWO_ROLES)
    m._milp_memo.clear()
    m._duals_memo.clear()
    fresh = assess_force_case(prob, us_backstop=True, draws=200, seed=3)
    assert len(m._milp_memo) == 1
    remembered = assess_force_case(prob, us_backstop=True, draws=200, seed=3)
    assert pickle.dumps(remembered) == pickle.dumps(fresh)
