"""The public entry points: :func:`assess_force` (with and without the US backstop),
:func:`assess_force_case` (one side) and :func:`solve_allocation` (no Monte Carlo)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

import numpy as np

from reassure.errors import ModelError
from reassure.models.forcegen.explanation import _binding, _enabler_status, _relaxations, _verdict
from reassure.models.forcegen.maxflow import _capacity
from reassure.models.forcegen.milp import _solve_milp
from reassure.models.forcegen.participation import _simulate
from reassure.models.forcegen.problem import ForceProblem, _prepare, _Prepared
from reassure.models.forcegen.results import AllocationRow, ForceAssessment, ForceResult, NationRow
from reassure.models.forcegen.rotation import (
    PLAUSIBLE_POOL_SHARE,
    PLAUSIBLE_TOURS_PER_PERSON,
    cumulative_individuals,
    tours_per_person,
    units_per_deployed_over,
)
from reassure.vocabulary import in_words, years_text

__all__ = ["OVER_COMMON_SHARE", "OVER_PLAUSIBLE_POOL", "solve_allocation", "assess_force", "assess_force_case",
           "fieldable_troops", "own_limit_note", "pool_share_warning"]


def solve_allocation(problem: ForceProblem, *, us_backstop: bool = True) -> ForceResult:
    """Solve one case (with or without the US backstop) without the participation Monte Carlo.

    The returned :class:`ForceResult` reports the plan itself as certain (``draws = 0``:
    ``p_target_met`` is 1 if the plan meets the target, else 0). Use :func:`assess_force` for
    both cases and the Monte Carlo.
    """
    return assess_force_case(problem, us_backstop=us_backstop, draws=0, seed=0)


def deployed_troops(problem: ForceProblem, *, us_backstop: bool = True) -> int:
    """Troops the allocation deploys: ``ForceResult.deployed_total`` of either function above,
    from the allocation alone (no binding limits, relaxations, participation or costs).

    For callers that need that one number many times over (the sensitivity pass).
    """
    return int(_solve_milp(_prepare(problem, us_backstop=us_backstop)).x.sum())


def assess_force(problem: ForceProblem, *, draws: int = 10_000, seed: int = 0) -> ForceAssessment:
    """Allocation, sustainment, politics, enablers and cost, with and without the US backstop.

    Parameters
    ----------
    problem : ForceProblem
        The inputs.
    draws : int
        Monte Carlo draws over participation (0 = none; the plan is reported as certain).
    seed : int
        Seed of the ``numpy.random.Generator``; the same seed gives the same result.

    Returns
    -------
    ForceAssessment
        ``with_us`` and ``without_us`` :class:`ForceResult`.
    """
    return ForceAssessment(
        with_us=assess_force_case(
            problem, us_backstop=problem.us_backstop_available, draws=draws, seed=seed
        ),
        without_us=assess_force_case(problem, us_backstop=False, draws=draws, seed=seed),
    )


def assess_force_case(
    problem: ForceProblem, *, us_backstop: bool, draws: int = 10_000, seed: int = 0
) -> ForceResult:
    """One side of :func:`assess_force`: the plan with or without the US backstop."""
    prep = _prepare(problem, us_backstop=us_backstop)
    sol = _solve_milp(prep)
    d = _deployment(prep, sol.x)
    units_per_deployed = _units_per_deployed(problem, d.pool_total, d.deployed_total)
    binding = _binding(prep, sol, d.met)
    relaxations = () if d.met else _relaxations(prep, problem, d.deployed_total)
    participation = _simulate(prep, problem, draws=draws, seed=seed)
    enablers = tuple(_enabler_status(e, us_backstop) for e in problem.enablers)
    cost_low, cost_high = _cost_eur_per_year(problem, prep, d.deployed_n)
    h_low, h_high = _horizon_years(problem)
    most, tours_high = _most_reused_nation(problem, prep, d.deployed_n, h_high)
    notes = _case_notes(problem, prep, sol.degraded, d, most, tours_high, h_high)
    verdict = _verdict(prep, d.deployed_n, d.met, d.deployed_total, d.target_total, binding,
                       participation, enablers, us_backstop)
    roles = prep.roles
    return ForceResult(
        us_backstop=us_backstop,
        target_troops=d.target_total,
        role_targets=dict(zip(roles, prep.role_targets.tolist(), strict=True)),
        deployed_total=d.deployed_total,
        deployed_by_role=dict(zip(roles, d.deployed_r.tolist(), strict=True)),
        shortfall_total=max(0, d.shortfall_total),
        shortfall_by_role=dict(zip(roles, np.maximum(d.shortfall_r, 0).tolist(), strict=True)),
        target_met=d.met,
        pool_total=d.pool_total,
        units_per_deployed=units_per_deployed,
        max_burden_share=float(d.share_n.max()) if len(d.share_n) else 0.0,
        capacity_troops=_capacity(prep),
        allocation=_allocation_rows(prep, sol.x),
        nations=_nation_rows(prep, d),
        binding=binding,
        relaxations=relaxations,
        participation=participation,
        enablers=enablers,
        cost_eur_per_year_low=cost_low,
        cost_eur_per_year_high=cost_high,
        horizon_years_low=h_low,
        horizon_years_high=h_high,
        cost_eur_over_horizon_low=cost_low * h_low,
        cost_eur_over_horizon_high=cost_high * h_high,
        cumulative_individuals_low=_distinct_individuals(problem, prep, d.deployed_n, h_low),
        cumulative_individuals_high=_distinct_individuals(problem, prep, d.deployed_n, h_high),
        tours_per_person_high=tours_high,
        conflicts=prep.conflicts,
        notes=notes,
        verdict=verdict,
    )


class _Deployment(NamedTuple):
    """What the allocation deploys, by nation and by role, against the targets."""

    deployed_n: np.ndarray  # (N,) troops deployed per nation
    deployed_r: np.ndarray  # (R,) troops deployed per role
    shortfall_r: np.ndarray  # (R,) target minus deployed troops (negative where over)
    target_total: int  # troops
    deployed_total: int  # troops
    shortfall_total: int  # troops, negative where the plan deploys more than the target
    met: bool
    pool_n: np.ndarray  # (N,) rotation pool: troops deployed x units per deployed unit
    share_n: np.ndarray  # (N,) the pool's share of each army
    pool_total: float  # troops in all rotation pools


def _deployment(prep: _Prepared, x: np.ndarray) -> _Deployment:
    """The allocation ``x`` (troops, nation x role) summed by nation and role, with its pools."""
    deployed_n = x.sum(axis=1)
    deployed_r = x.sum(axis=0)
    target_total = int(prep.role_targets.sum())
    deployed_total = int(deployed_n.sum())
    shortfall_total = target_total - deployed_total
    pool_n = deployed_n * prep.rho
    return _Deployment(
        deployed_n=deployed_n,
        deployed_r=deployed_r,
        shortfall_r=prep.role_targets - deployed_r,
        target_total=target_total,
        deployed_total=deployed_total,
        shortfall_total=shortfall_total,
        met=shortfall_total <= 0,
        pool_n=pool_n,
        share_n=pool_n / prep.army,
        pool_total=float(pool_n.sum()),
    )


def _units_per_deployed(problem: ForceProblem, pool_total: float, deployed_total: int) -> float:
    """Units in the rotation pools per deployed unit; with nothing deployed, the force's own
    rotation rule over the longest horizon."""
    if deployed_total:
        return float(pool_total / deployed_total)
    return float(units_per_deployed_over(problem.tour_months, problem.interval_months,
                                         12.0 * (problem.horizon_years_high or problem.horizon_years)))


def _allocation_rows(prep: _Prepared, x: np.ndarray) -> tuple[AllocationRow, ...]:
    """One row per nation and role the allocation ``x`` sends troops to, nation by nation."""
    roles = prep.roles
    return tuple(
        AllocationRow(
            nation=prep.iso3[i],
            role=roles[j],
            deployed=int(x[i, j]),
            pool=float(x[i, j] * prep.rho[i]),
            share_of_army=float(x[i, j] * prep.rho[i] / prep.army[i]),
        )
        for i in range(len(prep.iso3))
        for j in range(len(roles))
        if x[i, j] > 0
    )


def _nation_rows(prep: _Prepared, d: _Deployment) -> tuple[NationRow, ...]:
    """One row per nation of the problem, in its order, whether or not it deploys."""
    return tuple(
        NationRow(
            nation=prep.iso3[i],
            name=prep.names[i],
            status=prep.statuses[i],
            p_join=float(prep.p_join[i]),
            in_plan=bool(prep.cap[i] > 0),
            delay_months=float(prep.delay[i]),
            army_personnel=float(prep.army[i]),
            army_from_fallback=bool(prep.army_fallback[i]),
            units_per_deployed=float(prep.rho[i]),
            cap_troops=int(prep.cap[i]),
            limited_by=prep.limited_by[i] if prep.cap[i] > 0 else None,
            deployed=int(d.deployed_n[i]),
            pool=float(d.pool_n[i]),
            share_of_army=float(d.share_n[i]),
            sustainable_share=float(prep.share[i]),
            cost_eur_per_year_low=float(d.deployed_n[i] * prep.cost_low[i]),
            cost_eur_per_year_high=float(d.deployed_n[i] * prep.cost_high[i]),
            requires_us_backstop=bool(prep.requires_us[i]),
        )
        for i in range(len(prep.iso3))
    )


def _cost_eur_per_year(problem: ForceProblem, prep: _Prepared,
                       deployed_n: np.ndarray) -> tuple[float, float]:
    """The force's yearly cost range: the troops deployed plus what Europe fields of each enabler
    (up to the need; the US pays for its own backstop)."""
    en_low = sum(
        min(e.europe_units, e.required_units) * (e.cost_eur_per_unit_year_low or 0.0)
        for e in problem.enablers
    )
    en_high = sum(
        min(e.europe_units, e.required_units) * (e.cost_eur_per_unit_year_high or 0.0)
        for e in problem.enablers
    )
    cost_low = float((deployed_n * prep.cost_low).sum() + en_low)
    cost_high = float((deployed_n * prep.cost_high).sum() + en_high)
    return cost_low, cost_high


def _horizon_years(problem: ForceProblem) -> tuple[float, float]:
    """The horizon's low and high ends (years; a point where no high end is given), checked."""
    h_low = float(problem.horizon_years)
    h_high = float(problem.horizon_years_high or problem.horizon_years)
    if h_high < h_low:
        raise ModelError(f"horizon_years_high must be >= horizon_years (got {h_high} < {h_low})")
    return h_low, h_high


def _distinct_individuals(problem: ForceProblem, prep: _Prepared, deployed_n: np.ndarray,
                          horizon_years: float) -> float:
    """People who serve over ``horizon_years``, summed over the nations that deploy."""
    return float(
        sum(
            cumulative_individuals(
                float(deployed_n[i]),
                float(prep.tour[i]),
                float(prep.interval[i]),
                horizon_years * 12.0,
                problem.max_tours_per_individual,
            )
            for i in range(len(prep.iso3))
            if deployed_n[i] > 0
        )
    )


def _most_reused_nation(problem: ForceProblem, prep: _Prepared, deployed_n: np.ndarray,
                        h_high: float) -> tuple[str | None, float]:
    """The deploying nation whose people serve the most tours over the longest horizon (``h_high``
    years) and that mean number of tours per person; ``(None, 0.0)`` when none deploys."""
    tours = {
        prep.iso3[i]: tours_per_person(float(prep.tour[i]), float(prep.interval[i]), h_high * 12.0,
                                       problem.max_tours_per_individual)
        for i in range(len(prep.iso3)) if deployed_n[i] > 0
    }
    most = max(tours, key=tours.__getitem__) if tours else None
    tours_high = tours[most] if most is not None else 0.0
    return most, tours_high


def _case_notes(problem: ForceProblem, prep: _Prepared, degraded: Sequence[str], d: _Deployment,
                most: str | None, tours_high: float, h_high: float) -> tuple[str, ...]:
    """The case's notes: the preparation's, the solver's (``degraded``), then those on tours per
    person, nations over the common share, heavy rotation pools and enablers without a cost."""
    notes = list(prep.notes) + list(degraded)
    extra = (
        _tours_note(problem, most, tours_high, h_high),
        own_limit_note(problem, prep, d.deployed_n, d.share_n),
        pool_share_warning(problem, prep, d.deployed_n, d.share_n),
        _uncosted_enablers_note(problem),
    )
    notes.extend(note for note in extra if note)
    return tuple(notes)


def _tours_note(problem: ForceProblem, most: str | None, tours_high: float,
                h_high: float) -> str | None:
    """A warning where the distinct-individuals count assumes more tours per person than is
    plausible (in ``most``, the most re-used nation, over ``h_high`` years); None otherwise."""
    if not tours_high > PLAUSIBLE_TOURS_PER_PERSON:
        return None
    limit = ("force.max_tours is not set, so only the interval between tours limits re-use"
             if problem.max_tours_per_individual is None
             else f"force.max_tours = {problem.max_tours_per_individual}")
    return (
        f"the distinct individuals over the horizon assume each person serves about "
        f"{tours_high:.3g} tours in {years_text(h_high)} ({most}, the most re-used nation; {limit}): more "
        f"than {PLAUSIBLE_TOURS_PER_PERSON}, a planning judgement of what is plausible (the UK "
        f"Harmony rhythm, 6-month tours 24 months apart, allows {PLAUSIBLE_TOURS_PER_PERSON} in "
        "15 years, longer than many soldiers serve). Set force.max_tours to a sourced limit for "
        "a count of people who actually come and go")


def _uncosted_enablers_note(problem: ForceProblem) -> str | None:
    """The enablers Europe fields that have no cost (so the cost leaves them out); None if none."""
    uncosted = [
        e.name
        for e in problem.enablers
        if e.cost_eur_per_unit_year_low is None and e.europe_units > 0
    ]
    if not uncosted:
        return None
    return f"enablers not costed (no cost given): {', '.join(in_words(e) for e in uncosted)}"


#: How the note on a nation over the common sustainable share reads after its figures (review
#: s38 4: the UK tied up 43% of its army while every other nation was capped at 25%, unsaid).
OVER_COMMON_SHARE = "of its army in the rotation pool, over the common sustainable share of "


def own_limit_note(problem: ForceProblem, prep: Any, deployed_n: np.ndarray, share_n: np.ndarray) -> str | None:
    """The nations whose troops deployed tie up more of their army than the common sustainable
    share allows the others, and why (their own national plan, ``sustainable_troops``, or their own
    sustainable share), in one note; None when none does.

    >>> from types import SimpleNamespace as N
    >>> p = N(default_sustainable_share=0.25, nations=(N(iso3="GBR", sustainable_troops=6500.0,
    ...       sustainable_share=None), N(iso3="FRA", sustainable_troops=None, sustainable_share=None)))
    >>> own_limit_note(p, N(iso3=("GBR", "FRA")), np.array([6500, 10000]), np.array([0.4333, 0.25]))
    'GBR ties up 43.3% of its army in the rotation pool, over the common sustainable share of 25% applied to the nations without a figure of their own: the figure the plan gives for it (sustainable_troops: 6,500 troops kept deployed), not the common share, sets its limit'
    """
    common = float(problem.default_sustainable_share)
    parts = []
    for i, nation in enumerate(problem.nations):
        if deployed_n[i] <= 0 or share_n[i] <= common + 1e-6:
            continue
        if nation.sustainable_troops is not None:
            # review s51: the figure the plan gives (press and commentary for the UK), not "its own
            # national plan", which read as an official plan
            why = (f"the figure the plan gives for it (sustainable_troops: "
                   f"{float(nation.sustainable_troops):,.0f} troops kept deployed)")
        elif nation.sustainable_share is not None:
            why = f"the figure the plan gives for it (sustainable_share: {100 * float(nation.sustainable_share):g}% of its army)"
        else:  # not reached: without a limit of its own the common share caps it
            continue
        parts.append(f"{prep.iso3[i]} ties up {100 * float(share_n[i]):.1f}% {OVER_COMMON_SHARE}"
                     f"{100 * common:g}% applied to the nations without a figure of their own: {why}, not the "
                     "common share, sets its limit")
    return "; ".join(parts) or None


#: How the warning on a nation whose rotation pool ties up more of its army than is plausible
#: reads (review s53 3); `pool_share_warning`.
OVER_PLAUSIBLE_POOL = "of its army in the rotation pool for this force alone, above "


def pool_share_warning(problem: ForceProblem, prep: Any, deployed_n: np.ndarray,
                       share_n: np.ndarray) -> str | None:
    """The nations whose rotation pool (troops deployed times units per deployed unit) ties up
    more of their army than `PLAUSIBLE_POOL_SHARE`, a planning judgement, in one warning; None
    when none does (review s53 3: the UK's 43.3% passed with a note that its own figure sets its
    limit). A nation's ``sustainable_troops`` is troops kept deployed, before rotation: the model
    multiplies it by the nation's rotation, so a figure that already meant the whole commitment
    counts it several times over.

    >>> from types import SimpleNamespace as N
    >>> p = N(nations=(N(iso3="GBR", sustainable_troops=6500.0), N(iso3="FRA", sustainable_troops=None)))
    >>> prep = N(iso3=("GBR", "FRA"), rho=np.array([5.0, 3.0]), army=np.array([75000.0, 120000.0]))
    >>> pool_share_warning(p, prep, np.array([6500, 10000]), np.array([0.4333, 0.25]))[:86]
    'GBR ties up 43.3% of its army in the rotation pool for this force alone, above a third'
    """
    bound = float(PLAUSIBLE_POOL_SHARE)
    parts = []
    for i, nation in enumerate(problem.nations):
        if deployed_n[i] <= 0 or share_n[i] <= bound + 1e-9:
            continue
        rho = float(prep.rho[i])
        # the deployed troops that would keep the pool at the bound, with the nation's own rotation
        at_bound = bound * float(prep.army[i]) / rho if rho > 0 else 0.0
        own = getattr(nation, "sustainable_troops", None)
        given = ("" if own is None else
                 f"; its sustainable_troops ({float(own):,.0f}) is read as troops "
                 "kept deployed, before rotation, and multiplied by it")
        parts.append(
            f"{prep.iso3[i]} ties up {100 * float(share_n[i]):.1f}% {OVER_PLAUSIBLE_POOL}a third "
            f"({100 * bound:.0f}%), the most taken as plausible (a planning judgement: no source bounds "
            f"it; the rest of an army holds its standing commitments, its training base and home tasks): "
            f"{float(deployed_n[i]):,.0f} deployed x {rho:.3g} per deployed unit = "
            f"{float(deployed_n[i]) * rho:,.0f} in the pool, of an army of {float(prep.army[i]):,.0f}{given}; "
            f"at a third it would deploy about {at_bound:,.0f}")
    return "; ".join(parts) or None


def fieldable_troops(problem: ForceProblem, *, us_backstop: bool = True) -> float:
    """Best case: the largest force with the target's role mix the nations could hold at once.

    Every nation that may take part (``p_join > 0``) is counted in, each up to its sustainable
    cap; the target itself is ignored. This is ``ForceResult.capacity_troops`` without solving
    the allocation, for models that must not plan for more troops than can be fielded (the
    posture's garrisons).
    """
    return _capacity(_prepare(problem, us_backstop=us_backstop))
