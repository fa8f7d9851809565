"""Politics: a seeded, vectorised Monte Carlo over who joins (independent or one-factor Gaussian
copula), each draw's strength an exact max flow."""

from __future__ import annotations

import math

import numpy as np

from reassure.errors import ModelError
from reassure.models.forcegen.maxflow import _cut_tables, max_flow_strength
from reassure.models.forcegen.problem import _TROOP_TOL, ForceProblem, _prepare, _Prepared
from reassure.models.forcegen.results import ParticipationResult

__all__ = ["simulate_participation"]


def simulate_participation(
    problem: ForceProblem,
    *,
    us_backstop: bool = True,
    draws: int = 10_000,
    seed: int = 0,
) -> ParticipationResult:
    """Monte Carlo over who joins: P(target met) and the distribution of achievable strength.

    Each nation joins with its ``p_join`` (independently, or through a one-factor Gaussian copula
    when ``participation_correlation > 0``). A draw's strength is the exact max flow of the
    joining nations' capacities into the role targets (:func:`max_flow_strength`); the minimum
    contribution is applied by leaving out nations whose capacity is below it, which is exact
    unless a nation would be used below the minimum (see docs; checked against ``milp`` in the
    tests). ``p_target_met_at_start`` counts only nations with no delay.
    """
    prep = _prepare(problem, us_backstop=us_backstop)
    return _simulate(prep, problem, draws=draws, seed=seed)


def _simulate(
    prep: _Prepared, problem: ForceProblem, *, draws: int, seed: int
) -> ParticipationResult:
    if draws < 0:
        raise ModelError(f"draws must be >= 0 (got {draws})")
    target = float(prep.role_targets.sum())
    p = np.where(prep.cap > 0, prep.p_join, 0.0)
    if draws == 0:
        # No sampling: report the plan itself (everyone in the plan joins).
        strength = max_flow_strength(
            (prep.cap > 0).astype(float), prep.cap, prep.role_targets, prep.role_cap
        )
        samples = np.array([float(strength)])
        return _summary(prep, p, target, samples, samples, draws=0, seed=seed)
    rng = np.random.default_rng(seed)
    rho_c = problem.participation_correlation
    if rho_c > 0:
        from scipy.special import ndtr

        common = rng.standard_normal((draws, 1))
        own = rng.standard_normal((draws, len(p)))
        u = ndtr(math.sqrt(rho_c) * common + math.sqrt(1 - rho_c) * own)
    else:
        u = rng.random((draws, len(p)))
    join = u < p[None, :]
    const, per_nation = _cut_tables(prep.cap, prep.role_cap, prep.role_targets.astype(float))
    strength = (const[None, :] + join.astype(float) @ per_nation.T).min(axis=1)
    at_start = join & (prep.delay[None, :] <= 0)
    strength0 = (const[None, :] + at_start.astype(float) @ per_nation.T).min(axis=1)
    return _summary(prep, p, target, strength, strength0, draws=draws, seed=seed)


def _summary(
    prep: _Prepared,
    p_join: np.ndarray,
    target: float,
    strength: np.ndarray,
    strength_at_start: np.ndarray,
    *,
    draws: int,
    seed: int,
) -> ParticipationResult:
    """The result from each draw's strength (all joiners, and only those with no delay)."""
    qs = np.quantile(strength, [0.05, 0.25, 0.5, 0.75, 0.95])
    return ParticipationResult(
        draws=draws,
        seed=seed,
        target_troops=target,
        p_target_met=float(np.mean(strength >= target - _TROOP_TOL)),
        p_target_met_at_start=float(np.mean(strength_at_start >= target - _TROOP_TOL)),
        strength_mean=float(strength.mean()),
        strength_quantiles=dict(
            zip(("p05", "p25", "p50", "p75", "p95"), (float(x) for x in qs), strict=True)
        ),
        p_join_by_nation=dict(zip(prep.iso3, p_join.tolist(), strict=True)),
        strength_samples=strength,
    )
