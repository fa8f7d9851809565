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
        return _summary(prep, p, target, samples, samples, draws=0, seed=seed, exact_mean=float(strength))
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
    return _summary(prep, p, target, strength, strength0, draws=draws, seed=seed,
                    exact_mean=additive_mean(const, per_nation, p))


def additive_mean(const: np.ndarray, per_nation: np.ndarray, p_join: np.ndarray) -> float | None:
    """The exact expected strength where it is additive over who joins, else None.

    The strength of a set of joiners is the least of the cuts ``const[k] + per_nation[k] @ j``
    (:func:`_cut_tables`). Where one cut is the least for every set the uncertain nations can
    form (each nation then adds the same troops whoever else joins: no role limit or target is
    reached by some sets and not by others), the strength is linear in the joins and its
    expectation is exact by linearity, whatever links the joins (the participation correlation):
    that cut at the chances of joining, ``const[k] + per_nation[k] @ p_join``. The cut is the one
    of the best case (every nation with a chance joins); it is the least for every set when no
    other cut can fall below it at any corner of the box of joins, checked corner-free: a nation
    that joins for certain (p = 1) or never (p = 0) is fixed, and each uncertain one takes the
    side that lowers the other cut most.

    >>> const, per = np.array([30.0, 0.0]), np.array([[0.0, 0.0], [10.0, 5.0]])  # target 30, no role limit
    >>> const, per = np.array([30.0, 0.0]), np.array([[0.0, 0.0], [10.0, 5.0]])  # target 30, no role limit
    >>> additive_mean(const, per, np.array([1.0, 0.5]))   # 10 + 0.5 x 5: below the target in every draw
    12.5
    >>> additive_mean(np.array([12.0, 0.0]), per, np.array([1.0, 0.5])) is None  # a target of 12 binds in some
    True
    """
    p = np.asarray(p_join, dtype=float)
    if const.size == 0:
        return None
    sure = (p >= 1.0).astype(float)
    uncertain = (p > 0.0) & (p < 1.0)
    at_full = const + per_nation @ (sure + uncertain)
    tol = 1e-6  # troops: float noise only, so that "exact" is exact
    for k in np.flatnonzero(at_full <= at_full.min() + tol):  # the best case's least cut(s)
        d = per_nation - per_nation[k][None, :]
        lowest = (const - const[k]) + d @ sure + np.where(uncertain[None, :], np.minimum(d, 0.0), 0.0).sum(axis=1)
        if np.all(lowest >= -tol):
            return float(const[k] + per_nation[k] @ p)
    return None


def _summary(
    prep: _Prepared,
    p_join: np.ndarray,
    target: float,
    strength: np.ndarray,
    strength_at_start: np.ndarray,
    *,
    draws: int,
    seed: int,
    exact_mean: float | None = None,
) -> ParticipationResult:
    """The result from each draw's strength (all joiners, and only those with no delay); the
    expected strength exact where it is additive over who joins (``exact_mean``,
    :func:`additive_mean`), else the draws' mean with its 95% interval."""
    qs = np.quantile(strength, [0.05, 0.25, 0.5, 0.75, 0.95])
    mean = float(strength.mean())
    ci = None
    if exact_mean is None and draws > 1:
        half = 1.96 * float(strength.std(ddof=1)) / math.sqrt(draws)
        ci = (mean - half, mean + half)
    return ParticipationResult(
        draws=draws,
        seed=seed,
        target_troops=target,
        p_target_met=float(np.mean(strength >= target - _TROOP_TOL)),
        p_target_met_at_start=float(np.mean(strength_at_start >= target - _TROOP_TOL)),
        strength_mean=mean if exact_mean is None else exact_mean,
        strength_quantiles=dict(
            zip(("p05", "p25", "p50", "p75", "p95"), (float(x) for x in qs), strict=True)
        ),
        p_join_by_nation=dict(zip(prep.iso3, p_join.tolist(), strict=True)),
        strength_samples=strength,
        strength_mean_exact=exact_mean is not None,
        strength_mean_ci=ci,
    )
