"""Force generation, sustainment and cost: can a coalition raise the force and keep it?

Pure functions over plain inputs (no I/O, no printing, no ``Quantity``): the ``commands/`` or
``run/`` layer converts a scenario into :class:`ForceProblem` and calls :func:`assess_force`.
The formulation is written out in ``docs/models/forcegen.md``; the short version:

* **Rotation.** Units per deployed unit ``rho = (tour + interval) / tour``; the rotation pool is
  ``deployed * rho``; a nation's burden is its pool as a share of its army.
* **Allocation.** ``scipy.optimize.milp`` (HiGHS, sparse constraints) over deployed troops
  ``x[n, r]`` (nation x role) and participation ``y[n]`` (binary, for a minimum contribution),
  solved lexicographically: (1) fill as much of the target as the limits allow, spreading any
  shortfall evenly across roles, (2) use nations that have said yes before uncertain ones (most
  expected strength), (3) minimise the largest burden share, (4) minimise the total pool; then
  rounded to whole troops by an integral flow.
* **Sensitivity.** Shadow prices come from LP re-solves (``scipy.optimize.linprog``, HiGHS, the
  ``marginals``) of the stage that decides the answer, with the integer decisions fixed.
* **Politics.** A seeded, vectorised Monte Carlo over conditional nations' participation; each
  draw's achievable strength is an exact max-flow value computed by enumerating min cuts.
* **Enablers and cost.** A capability ledger (what Europe has, what a US backstop adds) and a cost
  range per year and over the horizon.

Every result is computed with and without the US backstop (:class:`ForceAssessment`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from reassure.errors import InfeasibleError, ModelError

__all__ = [
    "ROLES",
    "STATUSES",
    "AllocationRow",
    "Binding",
    "EnablerNeed",
    "EnablerStatus",
    "ForceAssessment",
    "ForceProblem",
    "ForceResult",
    "NationForce",
    "NationRow",
    "ParticipationResult",
    "Relaxation",
    "assess_force",
    "cumulative_individuals",
    "fieldable_troops",
    "max_flow_strength",
    "rotation_pool_troops",
    "simulate_participation",
    "solve_allocation",
    "tours_per_individual",
    "units_per_deployed",
]

#: The eight roles a land force is allocated by (issue 3).
ROLES: tuple[str, ...] = (
    "manoeuvre",
    "reconnaissance",
    "engineers",
    "medical",
    "logistics",
    "aviation",
    "air_defence",
    "hq_signals",
)

#: National positions (nations.md §3 codes, spelt out). ``willing`` joins for certain unless a
#: ``p_join`` below 1 is given; ``ruled_out`` never joins; every other status joins with the
#: probability ``p_join`` the scenario states, after ``delay_months``.
STATUSES: tuple[str, ...] = (
    "willing",
    "conditional_parliament",
    "conditional_mandate",
    "constitutional_limit",
    "premature",
    "open",
    "unknown",
    "ruled_out",
)

# Tolerances. Troops are integers, so 0.5 troop separates "met" from "short"; shares are
# compared in percentage points.
_TROOP_TOL = 0.5
_SHARE_TOL_PCT = 1e-6


# --------------------------------------------------------------------------------------------
# Rotation arithmetic
# --------------------------------------------------------------------------------------------


def units_per_deployed(
    tour_months: Any,
    interval_months: Any,
    *,
    interval_measured: Literal["end_to_start", "start_to_start"] = "end_to_start",
) -> Any:
    """Units (or people) needed for each one deployed, in steady rotation.

    Parameters
    ----------
    tour_months : float or array_like
        Length of one deployment, months (> 0).
    interval_months : float or array_like
        Time between tours, months (>= 0).
    interval_measured : {"end_to_start", "start_to_start"}
        ``end_to_start`` (default): the interval runs from the end of one tour to the start of the
        next, so one cycle lasts ``tour + interval``. ``start_to_start``: the interval is the whole
        cycle (the UK Harmony text does not say which; figures.md §2.8 gives both readings).

    Returns
    -------
    float or ndarray
        ``(tour + interval) / tour`` (end-to-start) or ``interval / tour`` (start-to-start).

    Examples
    --------
    >>> units_per_deployed(6, 24)        # UK Harmony, 6-month tour, 24-month interval
    5.0
    >>> units_per_deployed(6, 24, interval_measured="start_to_start")
    4.0
    """
    tour = np.asarray(tour_months, dtype=float)
    interval = np.asarray(interval_months, dtype=float)
    if np.any(~np.isfinite(tour)) or np.any(tour <= 0):
        raise ModelError(f"tour_months must be > 0 (got {tour_months})")
    if np.any(~np.isfinite(interval)) or np.any(interval < 0):
        raise ModelError(f"interval_months must be >= 0 (got {interval_months})")
    if interval_measured == "end_to_start":
        ratio = (tour + interval) / tour
    elif interval_measured == "start_to_start":
        if np.any(interval < tour):
            raise ModelError(
                f"a start-to-start interval must be >= the tour (got interval {interval_months}, "
                f"tour {tour_months})"
            )
        ratio = interval / tour
    else:
        raise ModelError(
            f"interval_measured must be 'end_to_start' or 'start_to_start' (got {interval_measured!r})"
        )
    return float(ratio) if ratio.ndim == 0 else ratio


def rotation_pool_troops(deployed_troops: Any, tour_months: Any, interval_months: Any) -> Any:
    """Troops tied up by a deployment in steady rotation: ``deployed * units_per_deployed``.

    Examples
    --------
    >>> rotation_pool_troops(40_000, 6, 9)   # Gady/IISS 2.5:1 (figures.md §1.4)
    100000.0
    """
    deployed = np.asarray(deployed_troops, dtype=float)
    if np.any(deployed < 0):
        raise ModelError(f"deployed_troops must be >= 0 (got {deployed_troops})")
    pool = deployed * units_per_deployed(tour_months, interval_months)
    return float(pool) if np.ndim(pool) == 0 else pool


def tours_per_individual(
    horizon_months: float,
    tour_months: float,
    interval_months: float,
    max_tours_per_individual: int | None = None,
) -> int:
    """Most tours one person can serve within the horizon.

    The interval between tours fits ``floor((H + I) / (T + I))`` tours in ``H`` months; a
    re-deployment limit ``max_tours_per_individual`` caps that further. Always at least 1.
    """
    _check_positive("horizon_months", horizon_months)
    _check_positive("tour_months", tour_months)
    if interval_months < 0:
        raise ModelError(f"interval_months must be >= 0 (got {interval_months})")
    fit = math.floor((horizon_months + interval_months) / (tour_months + interval_months) + 1e-9)
    if max_tours_per_individual is not None:
        if max_tours_per_individual < 1:
            raise ModelError(
                f"max_tours_per_individual must be >= 1 (got {max_tours_per_individual})"
            )
        fit = min(fit, int(max_tours_per_individual))
    return max(1, fit)


def cumulative_individuals(
    deployed_troops: float,
    tour_months: float,
    interval_months: float,
    horizon_months: float,
    max_tours_per_individual: int | None = None,
) -> float:
    """Distinct people who serve at least one tour while ``deployed_troops`` are held for a horizon.

    The horizon needs ``n = ceil(H / T)`` successive tours ("rotations"), each filled by a cohort
    of ``deployed_troops`` people. A cohort that serves rotation ``i`` can serve again at rotation
    ``i + g`` with ``g = ceil((T + I) / T)`` (it must sit out the interval), and at most ``k``
    times in all (the re-deployment limit). The fewest cohorts is then
    ``max(min(g, n), ceil(n / k))`` (round-robin over that many cohorts respects both limits;
    fewer breaks one of them).

    Parameters
    ----------
    deployed_troops : float
        Troops held deployed throughout.
    tour_months, interval_months : float
        Tour length and the end-to-start interval between an individual's tours.
    horizon_months : float
        How long the force is held.
    max_tours_per_individual : int, optional
        Re-deployment limit; ``None`` means only the interval limits re-use.

    Returns
    -------
    float
        Distinct individuals over the horizon.

    Examples
    --------
    >>> cumulative_individuals(64_000, 6, 24, 24, max_tours_per_individual=1)  # Times/Radakin
    256000.0
    """
    if deployed_troops < 0:
        raise ModelError(f"deployed_troops must be >= 0 (got {deployed_troops})")
    _check_positive("tour_months", tour_months)
    _check_positive("horizon_months", horizon_months)
    if interval_months < 0:
        raise ModelError(f"interval_months must be >= 0 (got {interval_months})")
    n_rotations = math.ceil(horizon_months / tour_months - 1e-9)
    reuse_gap = math.ceil((tour_months + interval_months) / tour_months - 1e-9)
    cohorts = min(reuse_gap, n_rotations)
    if max_tours_per_individual is not None:
        if max_tours_per_individual < 1:
            raise ModelError(
                f"max_tours_per_individual must be >= 1 (got {max_tours_per_individual})"
            )
        cohorts = max(cohorts, math.ceil(n_rotations / max_tours_per_individual))
    return float(deployed_troops * cohorts)


# --------------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NationForce:
    """One potential contributor, in plain numbers.

    Parameters
    ----------
    iso3, name : str
        Identity.
    army_personnel : float or None
        Active army (land force) personnel; ``None`` falls back to ``active_personnel`` times the
        problem's army fraction (see :class:`ForceProblem`).
    active_personnel : float or None
        Total active armed forces.
    status : str
        One of :data:`STATUSES`.
    p_join : float or None
        Probability of taking part; required for every status but ``willing`` (1 by default) and
        ``ruled_out`` (0 always).
    delay_months : float
        Months after the ceasefire before the nation can deploy (e.g. a parliamentary vote).
    pledge_troops : float or None
        Most troops the nation has offered to deploy at once; ``None`` = no pledge limit.
    sustainable_share : float or None
        Most of its army the nation can hold in this mission's rotation pool (0..1); ``None`` =
        the problem default.
    sustainable_troops : float or None
        Troops the nation's own published plans say it can keep deployed; when given it is the
        national cap in place of the army share (``limited_by`` ``national_plan``).
    standing_troops : float
        Troops deployed on standing tasks (eFP, NRF ...), held with the nation's own rotation
        and deducted from the army before the sustainable share applies.
    tour_months, interval_months : float or None
        National rotation rule; ``None`` = the force default.
    requires_us_backstop : bool
        The nation takes part only with a US backstop (absent from every without-US result).
    cost_eur_per_troop_year_low, cost_eur_per_troop_year_high : float or None
        National cost of one deployed troop for one year; ``None`` = the problem default.
    role_caps_troops : Mapping[str, float]
        Most troops the nation can provide in a role (e.g. no aviation: ``{"aviation": 0}``).
    """

    iso3: str
    name: str
    army_personnel: float | None
    active_personnel: float | None = None
    status: str = "willing"
    p_join: float | None = None
    delay_months: float = 0.0
    pledge_troops: float | None = None
    sustainable_share: float | None = None
    sustainable_troops: float | None = None
    standing_troops: float = 0.0
    tour_months: float | None = None
    interval_months: float | None = None
    requires_us_backstop: bool = False
    cost_eur_per_troop_year_low: float | None = None
    cost_eur_per_troop_year_high: float | None = None
    role_caps_troops: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class EnablerNeed:
    """A capability the force needs that is counted in its own units, not troops.

    ``europe_units`` is what the European contributors can field; ``us_units`` what a US
    backstop adds. Cost, when given, is per unit-year of what Europe fields (the US pays for its
    own backstop, so its units are not in Europe's bill).
    """

    name: str
    unit: str
    required_units: float
    europe_units: float
    us_units: float = 0.0
    cost_eur_per_unit_year_low: float | None = None
    cost_eur_per_unit_year_high: float | None = None


@dataclass(frozen=True)
class ForceProblem:
    """Everything the force-generation model needs, in canonical units.

    Parameters
    ----------
    nations : sequence of NationForce
        Potential contributors (any order; results keep it).
    target_troops : float
        Deployed strength to reach.
    role_mix : Mapping[str, float]
        Share of the target in each role of :data:`ROLES`; sums to 1.
    tour_months, interval_months : float
        Default rotation rule.
    default_sustainable_share : float
        Default for nations without their own sustainable share.
    cost_eur_per_troop_year_low, cost_eur_per_troop_year_high : float
        Default cost range for nations without their own.
    horizon_years : float
        How long the force is held (cumulative people and cost); the low end if a range.
    horizon_years_high : float or None
        High end of the horizon, when it is a range (``None`` = a point).
    min_contribution_troops : float
        A nation that takes part sends at least this many (e.g. a company).
    max_tours_per_individual : int or None
        Re-deployment limit for the cumulative count.
    enablers : sequence of EnablerNeed
        Capability ledger.
    army_fraction_of_active : float or None
        Army share of active personnel used where a nation has no army figure; ``None`` = the
        median ratio of the nations that have both figures (stated in the result's notes).
    participation_correlation : float
        Correlation (0..1) of participation decisions (one-factor Gaussian copula); 0 =
        independent.
    plan_min_p_join : float
        The deterministic plan includes nations with ``p_join`` at least this (and > 0).
    us_backstop_available : bool
        Whether the scenario has a US backstop at all; the "with US" case uses it, the
        "without US" case never does.
    """

    nations: Sequence[NationForce]
    target_troops: float
    role_mix: Mapping[str, float]
    tour_months: float
    interval_months: float
    default_sustainable_share: float
    cost_eur_per_troop_year_low: float
    cost_eur_per_troop_year_high: float
    horizon_years: float = 20.0
    min_contribution_troops: float = 0.0
    max_tours_per_individual: int | None = None
    enablers: Sequence[EnablerNeed] = ()
    army_fraction_of_active: float | None = None
    participation_correlation: float = 0.0
    plan_min_p_join: float = 0.0
    horizon_years_high: float | None = None
    us_backstop_available: bool = True


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AllocationRow:
    """Deployed troops of one nation in one role."""

    nation: str
    role: str
    deployed: int
    pool: float
    share_of_army: float

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return {
            "nation": self.nation,
            "role": self.role,
            "deployed": self.deployed,
            "pool": round(self.pool, 1),
            "share_of_army": round(self.share_of_army, 6),
        }


@dataclass(frozen=True)
class NationRow:
    """One nation's part in the plan."""

    nation: str
    name: str
    status: str
    p_join: float
    in_plan: bool
    delay_months: float
    army_personnel: float
    army_from_fallback: bool
    units_per_deployed: float
    cap_troops: int
    limited_by: str | None
    deployed: int
    pool: float
    share_of_army: float
    sustainable_share: float
    cost_eur_per_year_low: float
    cost_eur_per_year_high: float

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return {
            "nation": self.nation,
            "name": self.name,
            "status": self.status,
            "p_join": round(self.p_join, 6),
            "in_plan": self.in_plan,
            "delay_months": self.delay_months,
            "army_personnel": self.army_personnel,
            "army_from_fallback": self.army_from_fallback,
            "units_per_deployed": round(self.units_per_deployed, 6),
            "cap_troops": self.cap_troops,
            "limited_by": self.limited_by,
            "deployed": self.deployed,
            "pool": round(self.pool, 1),
            "share_of_army": round(self.share_of_army, 6),
            "sustainable_share": self.sustainable_share,
            "cost_eur_per_year": {
                "low": round(self.cost_eur_per_year_low),
                "high": round(self.cost_eur_per_year_high),
            },
        }


@dataclass(frozen=True)
class Binding:
    """A limit with no slack in the plan, and what relaxing it is worth.

    ``shadow_price`` is the derivative of the deciding objective with respect to the limit, in
    ``shadow_unit`` (from the LP re-solve's marginals), or ``None`` where the limit has no price
    (a role short of its target, the nations at the largest burden).
    """

    kind: str
    nation: str | None
    role: str | None
    limit: float
    shadow_price: float | None
    shadow_unit: str | None
    text: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return {
            "kind": self.kind,
            "nation": self.nation,
            "role": self.role,
            "limit": self.limit,
            "shadow_price": None if self.shadow_price is None else round(self.shadow_price, 6),
            "shadow_unit": self.shadow_unit,
            "text": self.text,
        }


@dataclass(frozen=True)
class Relaxation:
    """A change that would (help) close a shortfall on its own."""

    kind: str
    nation: str | None
    current: float | None
    required: float | None
    troops_gained: float
    closes_gap: bool
    text: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return {
            "kind": self.kind,
            "nation": self.nation,
            "current": self.current,
            "required": self.required,
            "troops_gained": round(self.troops_gained),
            "closes_gap": self.closes_gap,
            "text": self.text,
        }


@dataclass(frozen=True)
class EnablerStatus:
    """One enabler: who fills it and what is left uncovered."""

    name: str
    unit: str
    required_units: float
    europe_units: float
    us_units: float
    gap_units: float

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return {
            "name": self.name,
            "unit": self.unit,
            "required": self.required_units,
            "europe": self.europe_units,
            "us": self.us_units,
            "gap": self.gap_units,
        }


@dataclass(frozen=True)
class ParticipationResult:
    """Monte Carlo over who joins: probability the target is met and the strength distribution."""

    draws: int
    seed: int
    target_troops: float
    p_target_met: float
    p_target_met_at_start: float
    strength_mean: float
    strength_quantiles: Mapping[str, float]
    p_join_by_nation: Mapping[str, float]
    strength_samples: np.ndarray = field(repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (the samples are summarised, not listed)."""
        return {
            "draws": self.draws,
            "seed": self.seed,
            "p_target_met": round(self.p_target_met, 6),
            "p_target_met_at_start": round(self.p_target_met_at_start, 6),
            "strength_mean": round(self.strength_mean, 1),
            "strength_quantiles": {k: round(v, 1) for k, v in self.strength_quantiles.items()},
        }


@dataclass(frozen=True)
class ForceResult:
    """Force generation, sustainment and cost for one case (with or without the US backstop)."""

    us_backstop: bool
    target_troops: int
    role_targets: Mapping[str, int]
    deployed_total: int
    deployed_by_role: Mapping[str, int]
    shortfall_total: int
    shortfall_by_role: Mapping[str, int]
    target_met: bool
    pool_total: float
    units_per_deployed: float
    max_burden_share: float
    capacity_troops: float
    allocation: tuple[AllocationRow, ...]
    nations: tuple[NationRow, ...]
    binding: tuple[Binding, ...]
    relaxations: tuple[Relaxation, ...]
    participation: ParticipationResult
    enablers: tuple[EnablerStatus, ...]
    cost_eur_per_year_low: float
    cost_eur_per_year_high: float
    horizon_years_low: float
    horizon_years_high: float
    cost_eur_over_horizon_low: float
    cost_eur_over_horizon_high: float
    cumulative_individuals_low: float
    cumulative_individuals_high: float
    conflicts: tuple[str, ...]
    notes: tuple[str, ...]
    verdict: str

    @property
    def p_target_met(self) -> float:
        """Probability (over participation) that the target is met."""
        return self.participation.p_target_met

    @property
    def enabler_gaps(self) -> tuple[str, ...]:
        """Enablers left (partly) uncovered."""
        return tuple(e.name for e in self.enablers if e.gap_units > 0)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict with the keys the CLI promises (see ``docs/models/forcegen.md``)."""
        return {
            "us_backstop": self.us_backstop,
            "target_troops": self.target_troops,
            "role_targets": dict(self.role_targets),
            "deployed_total": self.deployed_total,
            "deployed_by_role": dict(self.deployed_by_role),
            "target_met": self.target_met,
            "shortfall_total": self.shortfall_total,
            "shortfall_by_role": dict(self.shortfall_by_role),
            "pool_total": round(self.pool_total, 1),
            "units_per_deployed": round(self.units_per_deployed, 6),
            "max_burden_share": round(self.max_burden_share, 6),
            "capacity_troops": round(self.capacity_troops),
            "allocation": [row.to_dict() for row in self.allocation],
            "nations": [row.to_dict() for row in self.nations],
            "binding": [b.to_dict() for b in self.binding],
            "relaxations": [r.to_dict() for r in self.relaxations],
            "p_target_met": round(self.p_target_met, 6),
            "participation": self.participation.to_dict(),
            "enablers": [e.to_dict() for e in self.enablers],
            "enabler_gaps": list(self.enabler_gaps),
            "cost_per_year": {
                "low": round(self.cost_eur_per_year_low),
                "high": round(self.cost_eur_per_year_high),
                "unit": "EUR/year",
            },
            "horizon_years": {"low": self.horizon_years_low, "high": self.horizon_years_high},
            "cost_over_horizon": {
                "low": round(self.cost_eur_over_horizon_low),
                "high": round(self.cost_eur_over_horizon_high),
                "unit": "EUR",
            },
            "cumulative_individuals": {
                "low": round(self.cumulative_individuals_low),
                "high": round(self.cumulative_individuals_high),
            },
            "conflicts": list(self.conflicts),
            "notes": list(self.notes),
            "verdict": self.verdict,
        }


@dataclass(frozen=True)
class ForceAssessment:
    """The same problem with and without the US backstop."""

    with_us: ForceResult
    without_us: ForceResult

    def to_dict(self) -> dict[str, Any]:
        """The with-US result at top level and the without-US one under ``without_us``."""
        out = self.with_us.to_dict()
        out["without_us"] = self.without_us.to_dict()
        return out


# --------------------------------------------------------------------------------------------
# Preparation: inputs -> arrays
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Prepared:
    """Arrays derived from a problem for one case (with or without the US)."""

    iso3: tuple[str, ...]
    names: tuple[str, ...]
    statuses: tuple[str, ...]
    roles: tuple[str, ...]
    role_targets: np.ndarray  # (R,) int
    army: np.ndarray  # (N,)
    army_fallback: np.ndarray  # (N,) bool
    rho: np.ndarray  # (N,) units per deployed
    tour: np.ndarray
    interval: np.ndarray
    share: np.ndarray  # sustainable share (N,)
    pledge: np.ndarray  # (N,) inf where none
    p_join: np.ndarray  # (N,) probability, 0 where unavailable in this case
    delay: np.ndarray
    in_plan: np.ndarray  # (N,) bool
    cap: np.ndarray  # (N,) int: floor(min(pledge, share*army/rho)), 0 if out of plan or < min
    cap_raw: np.ndarray  # (N,) float, same before availability/min-contribution/floor
    limited_by: tuple[str | None, ...]
    role_cap: np.ndarray  # (N, R) float, inf where none
    cost_low: np.ndarray
    cost_high: np.ndarray
    min_contribution: float
    requires_us: np.ndarray  # (N,) bool
    conflicts: tuple[str, ...]
    notes: tuple[str, ...]


def _check_positive(name: str, value: float) -> None:
    if not (isinstance(value, int | float) and math.isfinite(value) and value > 0):
        raise ModelError(f"{name} must be a finite number > 0 (got {value!r})")


def _normalise_status(status: str) -> str:
    key = str(status).strip().lower().replace("-", "_").replace(" ", "_")
    if key not in STATUSES:
        raise ModelError(f"status must be one of {', '.join(STATUSES)} (got {status!r})")
    return key


def _role_targets(target_troops: float, role_mix: Mapping[str, float]) -> dict[str, int]:
    """Integer troops per role summing exactly to the rounded target (largest remainder)."""
    unknown = sorted(set(role_mix) - set(ROLES))
    if unknown:
        raise ModelError(f"unknown role(s) {unknown}; roles are {', '.join(ROLES)}")
    mix = np.array([float(role_mix.get(r, 0.0)) for r in ROLES])
    if np.any(~np.isfinite(mix)) or np.any(mix < 0):
        raise ModelError(f"role_mix shares must be >= 0 (got {dict(role_mix)})")
    if abs(mix.sum() - 1.0) > 1e-6:
        raise ModelError(f"role_mix shares must sum to 1 (got {mix.sum():.6f})")
    total = int(round(target_troops))
    exact = mix * total
    floor = np.floor(exact).astype(int)
    remainder = total - int(floor.sum())
    # Largest remainder; ties go to the earlier role so the split is deterministic.
    order = np.argsort(-(exact - floor), kind="stable")
    floor[order[:remainder]] += 1
    return {r: int(t) for r, t in zip(ROLES, floor, strict=True)}


def _prepare(problem: ForceProblem, *, us_backstop: bool) -> _Prepared:
    p = problem
    _check_positive("target_troops", p.target_troops)
    _check_positive("tour_months", p.tour_months)
    _check_positive("horizon_years", p.horizon_years)
    if p.interval_months < 0:
        raise ModelError(f"interval_months must be >= 0 (got {p.interval_months})")
    if not 0 < p.default_sustainable_share <= 1:
        raise ModelError(
            f"default_sustainable_share must be in (0, 1] (got {p.default_sustainable_share})"
        )
    if not 0 <= p.cost_eur_per_troop_year_low <= p.cost_eur_per_troop_year_high:
        raise ModelError(
            "cost_eur_per_troop_year must satisfy 0 <= low <= high (got "
            f"low={p.cost_eur_per_troop_year_low}, high={p.cost_eur_per_troop_year_high})"
        )
    if p.min_contribution_troops < 0:
        raise ModelError(f"min_contribution_troops must be >= 0 (got {p.min_contribution_troops})")
    if not 0 <= p.participation_correlation < 1:
        raise ModelError(
            f"participation_correlation must be in [0, 1) (got {p.participation_correlation})"
        )
    if not p.nations:
        raise ModelError("a force problem needs at least one nation")
    seen: set[str] = set()
    for n in p.nations:
        if n.iso3 in seen:
            raise ModelError(f"nation {n.iso3} is listed twice")
        seen.add(n.iso3)

    targets = _role_targets(p.target_troops, p.role_mix)
    roles = ROLES
    notes: list[str] = []
    conflicts: list[str] = []

    # Army figure, with a stated fallback where a nation has none.
    fraction = p.army_fraction_of_active
    if fraction is None and any(n.army_personnel is None for n in p.nations):
        ratios = [
            n.army_personnel / n.active_personnel
            for n in p.nations
            if n.army_personnel is not None and n.active_personnel
        ]
        if not ratios:
            raise ModelError(
                "nations without an army figure need army_fraction_of_active (no nation has both "
                "army and active figures to derive it from)"
            )
        fraction = float(np.median(ratios))
        missing = [n.iso3 for n in p.nations if n.army_personnel is None]
        notes.append(
            f"no army figure for {', '.join(missing)}: army taken as {fraction:.0%} of active "
            f"personnel (median army/active ratio of the {len(ratios)} nations with both figures)"
        )
    elif fraction is not None and not 0 < fraction <= 1:
        raise ModelError(f"army_fraction_of_active must be in (0, 1] (got {fraction})")

    n_nat = len(p.nations)
    army = np.zeros(n_nat)
    fallback = np.zeros(n_nat, dtype=bool)
    rho = np.zeros(n_nat)
    tour = np.zeros(n_nat)
    interval = np.zeros(n_nat)
    share = np.zeros(n_nat)
    pledge = np.full(n_nat, np.inf)
    p_join = np.zeros(n_nat)
    delay = np.zeros(n_nat)
    role_cap = np.full((n_nat, len(roles)), np.inf)
    cost_low = np.zeros(n_nat)
    cost_high = np.zeros(n_nat)
    statuses: list[str] = []

    for i, n in enumerate(p.nations):
        status = _normalise_status(n.status)
        statuses.append(status)
        if n.army_personnel is None:
            if not n.active_personnel or n.active_personnel <= 0:
                raise ModelError(f"{n.iso3} has neither an army nor an active personnel figure")
            army[i] = float(n.active_personnel) * float(fraction)  # type: ignore[arg-type]
            fallback[i] = True
        else:
            if not n.army_personnel > 0:
                raise ModelError(f"{n.iso3} army_personnel must be > 0 (got {n.army_personnel})")
            army[i] = float(n.army_personnel)
        tour[i] = p.tour_months if n.tour_months is None else n.tour_months
        interval[i] = p.interval_months if n.interval_months is None else n.interval_months
        if not tour[i] > 0:
            raise ModelError(f"{n.iso3} tour_months must be > 0 (got {tour[i]})")
        if interval[i] < 0:
            raise ModelError(f"{n.iso3} interval_months must be >= 0 (got {interval[i]})")
        rho[i] = (tour[i] + interval[i]) / tour[i]
        share[i] = (
            p.default_sustainable_share if n.sustainable_share is None else n.sustainable_share
        )
        if not 0 <= share[i] <= 1:
            raise ModelError(f"{n.iso3} sustainable_share must be in [0, 1] (got {share[i]})")
        if n.pledge_troops is not None:
            if n.pledge_troops < 0:
                raise ModelError(f"{n.iso3} pledge_troops must be >= 0 (got {n.pledge_troops})")
            pledge[i] = float(n.pledge_troops)
        if n.delay_months < 0:
            raise ModelError(f"{n.iso3} delay_months must be >= 0 (got {n.delay_months})")
        delay[i] = n.delay_months
        for role, cap_value in n.role_caps_troops.items():
            if role not in roles:
                raise ModelError(f"{n.iso3} role cap names unknown role {role!r}")
            if cap_value < 0:
                raise ModelError(f"{n.iso3} role cap for {role} must be >= 0 (got {cap_value})")
            role_cap[i, roles.index(role)] = float(cap_value)
        lo = (
            p.cost_eur_per_troop_year_low
            if n.cost_eur_per_troop_year_low is None
            else n.cost_eur_per_troop_year_low
        )
        hi = (
            p.cost_eur_per_troop_year_high
            if n.cost_eur_per_troop_year_high is None
            else n.cost_eur_per_troop_year_high
        )
        if not 0 <= lo <= hi:
            raise ModelError(f"{n.iso3} cost per troop-year must satisfy 0 <= low <= high")
        cost_low[i], cost_high[i] = lo, hi

        # Participation probability in this case.
        if status == "ruled_out":
            prob = 0.0
            if n.pledge_troops is not None and n.pledge_troops > 0:
                # Reported, not silently zeroed: the scenario contradicts itself.
                conflicts.append(
                    f"{n.iso3} is ruled out but pledges {n.pledge_troops:,.0f} troops; "
                    "the pledge is not counted"
                )
            if n.p_join is not None and n.p_join > 0:
                conflicts.append(f"{n.iso3} is ruled out but has p_join {n.p_join:g}; treated as 0")
        elif n.p_join is None:
            if status != "willing":
                raise ModelError(
                    f"{n.iso3} has status {status} and needs p_join (the probability it takes part)"
                )
            prob = 1.0
        else:
            prob = float(n.p_join)
            if not 0 <= prob <= 1:
                raise ModelError(f"{n.iso3} p_join must be in [0, 1] (got {prob})")
        if n.requires_us_backstop and not us_backstop:
            prob = 0.0
        p_join[i] = prob

    if any(n.requires_us_backstop for n in p.nations) and not us_backstop:
        dropped = [n.iso3 for n in p.nations if n.requires_us_backstop]
        notes.append(f"without the US backstop {', '.join(dropped)} do not take part")

    in_plan = (p_join > 0) & (p_join >= p.plan_min_p_join)
    # Standing commitments tie up their own rotation pool before this mission's share applies.
    standing = np.array([max(0.0, float(n.standing_troops)) for n in p.nations])
    available = np.maximum(army - standing * rho, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        share_cap = share * available / rho
    # A nation's own published plan, where there is one, replaces the common share.
    plan_cap = np.array([np.inf if n.sustainable_troops is None else float(n.sustainable_troops)
                         for n in p.nations])
    for n in p.nations:
        if n.sustainable_troops is not None and n.sustainable_troops < 0:
            raise ModelError(f"{n.iso3} sustainable_troops must be >= 0 (got {n.sustainable_troops})")
    share_cap = np.minimum(np.where(np.isfinite(plan_cap), plan_cap, share_cap), army / rho)
    # The share of the army in this mission's pool those limits amount to: every later use
    # (the MILP's share row, bindings, relaxations) works on it.
    share = np.where(army > 0, share_cap * rho / np.where(army > 0, army, 1.0), share)
    cap_raw = np.minimum(pledge, share_cap)
    limited: list[str | None] = []
    for i in range(n_nat):
        if pledge[i] <= share_cap[i]:
            limited.append("pledge")
        elif np.isfinite(plan_cap[i]):
            limited.append("national_plan")
        else:
            limited.append("army_share")
    cap = np.floor(cap_raw + 1e-9)
    too_small = cap < p.min_contribution_troops
    for k in np.flatnonzero(in_plan & too_small & (cap_raw > 0)):
        notes.append(
            f"{p.nations[int(k)].iso3} can sustain only {cap[k]:,.0f} troops, below the minimum "
            f"contribution of {p.min_contribution_troops:,.0f}; left out"
        )
    cap = np.where(in_plan & ~too_small, cap, 0.0).astype(np.int64)

    return _Prepared(
        iso3=tuple(n.iso3 for n in p.nations),
        names=tuple(n.name for n in p.nations),
        statuses=tuple(statuses),
        roles=roles,
        role_targets=np.array([targets[r] for r in roles], dtype=np.int64),
        army=army,
        army_fallback=fallback,
        rho=rho,
        tour=tour,
        interval=interval,
        share=share,
        pledge=pledge,
        p_join=p_join,
        delay=delay,
        in_plan=in_plan,
        cap=cap,
        cap_raw=cap_raw,
        limited_by=tuple(limited),
        role_cap=role_cap,
        cost_low=cost_low,
        cost_high=cost_high,
        min_contribution=float(p.min_contribution_troops),
        requires_us=np.array([bool(n.requires_us_backstop) for n in p.nations], dtype=bool),
        conflicts=tuple(conflicts),
        notes=tuple(notes),
    )


# --------------------------------------------------------------------------------------------
# Max flow by min-cut enumeration (Monte Carlo, relaxations, capacity)
# --------------------------------------------------------------------------------------------


def _cut_tables(
    cap: np.ndarray, role_cap: np.ndarray, targets: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Min-cut tables for the network source -> nation (cap) -> role (role cap) -> sink (target).

    For every set ``S`` of roles left on the source side, the cut costs
    ``sum_{r not in S} T_r + sum_n min(cap_n, sum_{r in S} c_nr)``; the max flow is the least of
    these over all ``S`` (max-flow min-cut). Only roles with a positive target are enumerated.

    Returns ``(const, per_nation)`` with shapes ``(K,)`` and ``(K, N)`` so that the flow for an
    availability vector ``a`` is ``min_k const[k] + per_nation[k] @ a``.
    """
    active = np.flatnonzero(targets > 0)
    n_nat = cap.shape[0]
    if np.all(np.isinf(role_cap[:, active])):
        # No role caps: the flow is min(total target, total capacity); two cuts suffice.
        const = np.array([float(targets.sum()), 0.0])
        per_nation = np.vstack([np.zeros(n_nat), cap.astype(float)])
        return const, per_nation
    k = len(active)
    masks = ((np.arange(2**k)[:, None] >> np.arange(k)[None, :]) & 1).astype(bool)  # (K, k)
    t_active = targets[active].astype(float)
    const = (~masks).astype(float) @ t_active
    c = np.minimum(role_cap[:, active], cap[:, None].astype(float))  # (N, k)
    reach = masks.astype(float) @ c.T  # (K, N), sum of role caps over S
    per_nation = np.minimum(reach, cap[None, :].astype(float))
    return const, per_nation


def max_flow_strength(
    available: np.ndarray,
    cap_troops: np.ndarray,
    role_targets_troops: np.ndarray,
    role_caps_troops: np.ndarray | None = None,
) -> np.ndarray:
    """Largest deployable force (each role filled up to its target) for many availability draws.

    Exact max-flow values on the network source -> nation (``cap_troops``) -> role
    (``role_caps_troops``) -> sink (``role_targets_troops``), computed by enumerating the
    ``2**R`` cuts, vectorised over draws.

    Parameters
    ----------
    available : array_like of shape (D, N) or (N,)
        1 where the nation takes part in the draw.
    cap_troops : array_like of shape (N,)
        Most troops each nation can hold deployed.
    role_targets_troops : array_like of shape (R,)
        Target troops per role.
    role_caps_troops : array_like of shape (N, R), optional
        Per-nation role limits (``inf`` = none).

    Returns
    -------
    ndarray of shape (D,) or scalar
        Achievable strength per draw.
    """
    cap = np.asarray(cap_troops, dtype=float)
    targets = np.asarray(role_targets_troops, dtype=float)
    rc = (
        np.full((cap.shape[0], targets.shape[0]), np.inf)
        if role_caps_troops is None
        else np.asarray(role_caps_troops, dtype=float)
    )
    const, per_nation = _cut_tables(cap, rc, targets)
    a = np.asarray(available, dtype=float)
    flows = const[None, :] + np.atleast_2d(a) @ per_nation.T
    out = flows.min(axis=1)
    return out if a.ndim == 2 else out[0]


def _capacity(prep: _Prepared) -> float:
    """Largest force with the target's role mix the plan nations could hold (ignoring the target).

    The scaled target ``lam * T`` is fully routable iff for every role set ``S``
    ``sum_n min(cap_n, sum_{r in S} c_nr) >= lam * sum_{r in S} T_r``, so
    ``lam* = min_S g_S / T_S`` and the capacity is ``lam* * sum T``.
    """
    targets = prep.role_targets.astype(float)
    active = np.flatnonzero(targets > 0)
    cap = prep.cap.astype(float)
    if np.all(np.isinf(prep.role_cap[:, active])):
        return float(cap.sum())
    k = len(active)
    masks = ((np.arange(1, 2**k)[:, None] >> np.arange(k)[None, :]) & 1).astype(bool)
    c = np.minimum(prep.role_cap[:, active], cap[:, None])
    g = np.minimum(masks.astype(float) @ c.T, cap[None, :]).sum(axis=1)
    t_s = masks.astype(float) @ targets[active]
    lam = float(np.min(g / t_s))
    return lam * float(targets.sum())


def fieldable_troops(problem: ForceProblem, *, us_backstop: bool = True) -> float:
    """Best case: the largest force with the target's role mix the nations could hold at once.

    Every nation that may take part (``p_join > 0``) is counted in, each up to its sustainable
    cap; the target itself is ignored. This is ``ForceResult.capacity_troops`` without solving
    the allocation, for models that must not plan for more troops than can be fielded (the
    posture's garrisons).
    """
    return _capacity(_prepare(problem, us_backstop=us_backstop))


# --------------------------------------------------------------------------------------------
# The MILP
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Layout:
    n: int
    r: int

    @property
    def n_x(self) -> int:
        return self.n * self.r

    @property
    def y0(self) -> int:
        return self.n_x

    @property
    def z(self) -> int:
        return self.n_x + self.n

    @property
    def size(self) -> int:
        return self.n_x + self.n + 1


@dataclass(frozen=True)
class _Rows:
    """The constraint matrix ``lb <= A v <= ub`` and which block each row belongs to."""

    a: Any  # scipy.sparse csr
    lb: np.ndarray
    ub: np.ndarray
    blocks: dict[str, slice]


def _build_rows(prep: _Prepared, lay: _Layout) -> _Rows:
    """Sparse constraint rows (see docs/models/forcegen.md for the numbering)."""
    from scipy import sparse

    n, r = lay.n, lay.r
    targets = prep.role_targets.astype(float)
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    vals: list[np.ndarray] = []
    lbs: list[np.ndarray] = []
    ubs: list[np.ndarray] = []
    blocks: dict[str, slice] = {}
    row0 = 0

    nat_idx = np.repeat(np.arange(n), r)  # nation of each x
    role_idx = np.tile(np.arange(r), n)  # role of each x
    x_idx = np.arange(lay.n_x)

    def add(name: str, rr: np.ndarray, cc: np.ndarray, vv: np.ndarray, lb, ub) -> None:
        nonlocal row0
        count = len(lb)
        rows.append(rr + row0)
        cols.append(cc)
        vals.append(vv)
        lbs.append(np.asarray(lb, dtype=float))
        ubs.append(np.asarray(ub, dtype=float))
        blocks[name] = slice(row0, row0 + count)
        row0 += count

    ones = np.ones(lay.n_x)
    # (1) role fill: B_r <= sum_n x[n,r] <= T_r  (B_r, the balance floor, is set after stage 1)
    add("role", role_idx, x_idx, ones, np.zeros(r), targets)
    # (3) pledge: sum_r x[n,r] <= P_n
    add("pledge", nat_idx, x_idx, ones, np.full(n, -np.inf), prep.pledge)
    # (4) army share: rho_n sum_r x[n,r] <= sigma_n A_n   (pool troops)
    add(
        "share",
        nat_idx,
        x_idx,
        prep.rho[nat_idx],
        np.full(n, -np.inf),
        prep.share * prep.army,
    )
    # (5) participation link: sum_r x[n,r] - U_n y_n <= 0 ; (6) minimum: sum_r x - m y_n >= 0
    cap = prep.cap.astype(float)
    add(
        "link",
        np.concatenate([nat_idx, np.arange(n)]),
        np.concatenate([x_idx, lay.y0 + np.arange(n)]),
        np.concatenate([ones, -cap]),
        np.full(n, -np.inf),
        np.zeros(n),
    )
    add(
        "minimum",
        np.concatenate([nat_idx, np.arange(n)]),
        np.concatenate([x_idx, lay.y0 + np.arange(n)]),
        np.concatenate([ones, np.full(n, -prep.min_contribution)]),
        np.zeros(n),
        np.full(n, np.inf),
    )
    # (7) burden, in percentage points of army: 100 rho_n / A_n sum_r x[n,r] - z <= 0
    add(
        "burden",
        np.concatenate([nat_idx, np.arange(n)]),
        np.concatenate([x_idx, np.full(n, lay.z)]),
        np.concatenate([100.0 * prep.rho[nat_idx] / prep.army[nat_idx], -np.ones(n)]),
        np.full(n, -np.inf),
        np.zeros(n),
    )
    # (8) total filled (stage fix): sum x >= F
    add("total", np.zeros(lay.n_x, dtype=int), x_idx, ones, np.array([-np.inf]), np.array([np.inf]))
    # (9) expected strength (stage fix): sum p_n x[n,r] >= E
    add(
        "expected",
        np.zeros(lay.n_x, dtype=int),
        x_idx,
        prep.p_join[nat_idx],
        np.array([-np.inf]),
        np.array([np.inf]),
    )

    a = sparse.csr_array(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
        shape=(row0, lay.size),
    )
    return _Rows(a=a, lb=np.concatenate(lbs), ub=np.concatenate(ubs), blocks=blocks)


def _bounds(prep: _Prepared, lay: _Layout) -> tuple[np.ndarray, np.ndarray]:
    lo = np.zeros(lay.size)
    hi = np.zeros(lay.size)
    cap = prep.cap.astype(float)
    hi[: lay.n_x] = np.floor(np.minimum(cap[:, None], prep.role_cap)).ravel()
    hi[lay.y0 : lay.y0 + lay.n] = (cap > 0).astype(float)
    hi[lay.z] = np.inf
    return lo, hi


_STAGES = ("fill", "expected", "burden", "pool")


def _objective(stage: str, prep: _Prepared, lay: _Layout) -> np.ndarray:
    c = np.zeros(lay.size)
    if stage == "fill":
        c[: lay.n_x] = -1.0
    elif stage == "expected":
        c[: lay.n_x] = -np.repeat(prep.p_join, lay.r)
    elif stage == "burden":
        c[lay.z] = 1.0
    elif stage == "pool":
        c[: lay.n_x] = np.repeat(prep.rho, lay.r)
    return c


@dataclass(frozen=True)
class _Solution:
    x: np.ndarray  # (N, R) int
    y: np.ndarray  # (N,)
    z: float
    fill: int
    balance: float
    degraded: tuple[str, ...]
    rows: _Rows
    lo: np.ndarray
    hi: np.ndarray


def _solve_milp(prep: _Prepared) -> _Solution:
    """Lexicographic MILP: fill, expected strength, burden, pool (each fixes the one before).

    Participation ``y`` is binary in every stage. Troops ``x`` are integer in the fill stage and
    continuous afterwards: with ``y`` fixed the fill and expected-strength constraints form a
    network (integral vertices), and keeping ``x`` integer through the burden and pool stages
    made HiGHS spend most of a second looking for a first feasible point (see the benchmark).
    The final ``x`` is rounded by an integral flow (:func:`_round_flow`), so each nation's and
    each role's total stays within one troop of the fractional optimum.

    Between the fill and later stages every role gets the floor ``floor(lam * T_r)`` with
    ``lam = min(1, capacity / target)``, the best common fill fraction (closed form, see
    :func:`_capacity`): a shortfall is spread over the roles instead of landing where the solver
    happens to put it.
    """
    from scipy.optimize import LinearConstraint, milp

    lay = _Layout(len(prep.iso3), len(prep.roles))
    rows = _build_rows(prep, lay)
    lb, ub = rows.lb.copy(), rows.ub.copy()
    lo, hi = _bounds(prep, lay)
    integer_x = np.zeros(lay.size)
    integer_x[: lay.n_x + lay.n] = 1
    binary_y = np.zeros(lay.size)
    binary_y[lay.y0 : lay.y0 + lay.n] = 1
    # mip_rel_gap: each stage stops within 1e-4 of its proven optimum (the HiGHS default).
    options = {"disp": False, "time_limit": 60.0, "mip_rel_gap": 1e-4}
    total_row = rows.blocks["total"].start
    role_rows = rows.blocks["role"]
    target = float(prep.role_targets.sum())
    balance = min(1.0, _capacity(prep) / target) if target > 0 else 1.0

    def run(stage: str, integrality: np.ndarray) -> Any:
        return milp(
            _objective(stage, prep, lay),
            integrality=integrality,
            bounds=(lo, hi),
            constraints=LinearConstraint(rows.a, lb, ub),
            options=options,
        )

    res = run("fill", integer_x)
    if res.x is None:
        # The all-zero plan is always feasible, so this is a solver failure, not a verdict.
        raise InfeasibleError(f"force allocation (fill stage) failed: {res.message}")
    fill = float(np.round(res.x[: lay.n_x]).sum())
    # Fixes are exact where the optimum is a whole number (the fill), and loosened by far less
    # than HiGHS's feasibility tolerance (1e-6) elsewhere, so later stages cannot trade a
    # tolerance's worth of one stage for another.
    lb[total_row] = fill
    lb[role_rows] = np.floor(balance * prep.role_targets + 1e-9)
    res = run("expected", binary_y)
    if res.x is None:
        # A minimum contribution can make the balanced floors unreachable; drop them.
        lb[role_rows] = 0.0
        balance = 0.0
        res = run("expected", binary_y)
        if res.x is None:
            raise InfeasibleError(f"force allocation (expected stage) failed: {res.message}")
    expected = float(-res.fun)
    lb[rows.blocks["expected"].start] = expected - 1e-9 * max(1.0, expected)
    # The expected stage's plan is feasible for both later stages, so a solver failure there
    # keeps it (and says so) rather than losing the answer.
    degraded: list[str] = []
    v = res.x
    res = run("burden", binary_y)
    if res.x is None:
        degraded.append(f"burden stage not solved ({res.message}); expected-strength plan kept")
        share = v[: lay.n_x].reshape(lay.n, lay.r).sum(axis=1) * prep.rho / prep.army
        z = float(100.0 * share.max())
    else:
        v = res.x
        z = float(v[lay.z])
        hi[lay.z] = z + _SHARE_TOL_PCT
        res = run("pool", binary_y)
        if res.x is None:
            degraded.append(f"pool stage not solved ({res.message}); burden-stage plan kept")
        else:
            v = res.x
    y = np.round(v[lay.y0 : lay.y0 + lay.n])
    x = _round_flow(v[: lay.n_x].reshape(lay.n, lay.r), int(round(fill)), prep)
    return _Solution(
        x=x,
        y=y,
        z=z,
        fill=int(x.sum()),
        balance=balance,
        degraded=tuple(degraded),
        rows=_Rows(a=rows.a, lb=lb, ub=ub, blocks=rows.blocks),
        lo=lo,
        hi=hi,
    )


def _round_flow(x: np.ndarray, total: int, prep: _Prepared) -> np.ndarray:
    """Whole troops from a fractional plan, keeping every total within one troop.

    Each cell, nation total and role total may move to the floor or ceiling of its fractional
    value and the grand total stays ``total``: a flow problem with integer bounds, so the LP
    (dual simplex, a vertex) has an integral solution. Among them it takes the most expected
    strength (the earlier stage; the solver's tolerances can leave a sliver of a troop with a
    less certain nation), then the smallest pool.
    """
    from scipy import sparse
    from scipy.optimize import linprog

    n, r = x.shape
    eps = 1e-6
    cell_lo = np.floor(x + eps).ravel()
    cell_hi = np.ceil(x - eps).ravel()
    if np.array_equal(cell_lo, cell_hi):
        return cell_lo.astype(np.int64).reshape(n, r)
    d, f = x.sum(axis=1), x.sum(axis=0)
    nat = np.repeat(np.arange(n), r)
    rol = np.tile(np.arange(r), n)
    idx = np.arange(n * r)
    a_nat = sparse.csr_array((np.ones(n * r), (nat, idx)), shape=(n, n * r))
    a_rol = sparse.csr_array((np.ones(n * r), (rol, idx)), shape=(r, n * r))
    a_ub = sparse.vstack([a_nat, -a_nat, a_rol, -a_rol]).tocsr()
    b_ub = np.concatenate(
        [np.ceil(d - eps), -np.floor(d + eps), np.ceil(f - eps), -np.floor(f + eps)]
    )
    # Expected strength first; the pool term is scaled below any expected-strength difference.
    cost = -np.repeat(prep.p_join, r) + 1e-6 * np.repeat(prep.rho, r) / float(np.max(prep.rho))
    res = linprog(
        cost,
        A_ub=a_ub,
        b_ub=b_ub,
        A_eq=np.ones((1, n * r)),
        b_eq=[float(total)],
        bounds=np.column_stack([cell_lo, cell_hi]),
        method="highs-ds",
    )
    if res.status != 0:
        raise InfeasibleError(f"rounding the allocation to whole troops failed: {res.message}")
    return np.round(res.x).astype(np.int64).reshape(n, r)


def _lp_duals(prep: _Prepared, sol: _Solution, stage: str) -> dict[str, np.ndarray]:
    """Marginals of each constraint row from an LP re-solve of ``stage``.

    The LP is the stage's MILP with participation ``y`` fixed at the MILP solution, troops
    continuous, and the national limits carried only by the pledge and army-share rows (the
    integer caps on the variables and the participation link are lifted, so that the rows, not
    the bounds, hold the duals). For ``fill`` the later stages' fixes are removed; for
    ``burden`` the fill and balance fixes stay. Returns the derivative of the stage objective in
    its natural sense (troops filled for ``fill``, largest burden share in percentage points for
    ``burden``) per unit of each row's bound.
    """
    from scipy import sparse
    from scipy.optimize import linprog

    lay = _Layout(len(prep.iso3), len(prep.roles))
    rows = sol.rows
    lb, ub = rows.lb.copy(), rows.ub.copy()
    lo, hi = sol.lo.copy(), sol.hi.copy()
    lo[lay.y0 : lay.y0 + lay.n] = sol.y
    hi[lay.y0 : lay.y0 + lay.n] = sol.y
    out_of_plan = np.repeat(sol.y < 0.5, lay.r)
    hi[: lay.n_x] = np.where(out_of_plan, 0.0, prep.role_cap.ravel())
    ub[rows.blocks["link"]] = np.inf
    hi[lay.z] = np.inf
    if stage == "fill":
        lb[rows.blocks["total"]] = -np.inf
        lb[rows.blocks["role"]] = 0.0
    if stage in ("fill", "expected"):
        lb[rows.blocks["expected"]] = -np.inf
    c = _objective(stage, prep, lay)
    a = rows.a
    up = np.isfinite(ub)
    dn = np.isfinite(lb)
    a_ub = sparse.vstack([a[np.flatnonzero(up)], -a[np.flatnonzero(dn)]]).tocsr()
    b_ub = np.concatenate([ub[up], -lb[dn]])
    res = linprog(c, A_ub=a_ub, b_ub=b_ub, bounds=np.column_stack([lo, hi]), method="highs")
    n_rows = a.shape[0]
    marg = np.zeros(n_rows)
    if res.status == 0:
        m = res.ineqlin.marginals
        marg[np.flatnonzero(up)] += m[: up.sum()]
        marg[np.flatnonzero(dn)] -= m[up.sum() :]
    # linprog minimises; "fill" and "expected" maximise troops, so flip their sign to read
    # "troops gained".
    sign = -1.0 if stage in ("fill", "expected") else 1.0
    return {name: sign * marg[sl] for name, sl in rows.blocks.items()}


# --------------------------------------------------------------------------------------------
# Public entry points
# --------------------------------------------------------------------------------------------


def solve_allocation(problem: ForceProblem, *, us_backstop: bool = True) -> ForceResult:
    """Solve one case (with or without the US backstop) without the participation Monte Carlo.

    The returned :class:`ForceResult` reports the plan itself as certain (``draws = 0``:
    ``p_target_met`` is 1 if the plan meets the target, else 0). Use :func:`assess_force` for
    both cases and the Monte Carlo.
    """
    return _assess_case(problem, us_backstop=us_backstop, draws=0, seed=0)


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
        met = float(strength >= target - _TROOP_TOL)
        samples = np.array([float(strength)])
        q = {k: float(strength) for k in ("p05", "p25", "p50", "p75", "p95")}
        return ParticipationResult(
            draws=0,
            seed=seed,
            target_troops=target,
            p_target_met=met,
            p_target_met_at_start=met,
            strength_mean=float(strength),
            strength_quantiles=q,
            p_join_by_nation=dict(zip(prep.iso3, p.tolist(), strict=True)),
            strength_samples=samples,
        )
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
    qs = np.quantile(strength, [0.05, 0.25, 0.5, 0.75, 0.95])
    return ParticipationResult(
        draws=draws,
        seed=seed,
        target_troops=target,
        p_target_met=float(np.mean(strength >= target - _TROOP_TOL)),
        p_target_met_at_start=float(np.mean(strength0 >= target - _TROOP_TOL)),
        strength_mean=float(strength.mean()),
        strength_quantiles=dict(
            zip(("p05", "p25", "p50", "p75", "p95"), (float(x) for x in qs), strict=True)
        ),
        p_join_by_nation=dict(zip(prep.iso3, p.tolist(), strict=True)),
        strength_samples=strength,
    )


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
        with_us=_assess_case(
            problem, us_backstop=problem.us_backstop_available, draws=draws, seed=seed
        ),
        without_us=_assess_case(problem, us_backstop=False, draws=draws, seed=seed),
    )


def _assess_case(problem: ForceProblem, *, us_backstop: bool, draws: int, seed: int) -> ForceResult:
    prep = _prepare(problem, us_backstop=us_backstop)
    sol = _solve_milp(prep)
    roles = prep.roles
    targets = prep.role_targets
    x = sol.x
    deployed_n = x.sum(axis=1)
    deployed_r = x.sum(axis=0)
    shortfall_r = targets - deployed_r
    target_total = int(targets.sum())
    deployed_total = int(deployed_n.sum())
    shortfall_total = target_total - deployed_total
    met = shortfall_total <= 0
    pool_n = deployed_n * prep.rho
    share_n = pool_n / prep.army
    pool_total = float(pool_n.sum())
    eff_ratio = (
        pool_total / deployed_total
        if deployed_total
        else float(units_per_deployed(problem.tour_months, problem.interval_months))
    )

    allocation = tuple(
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
    nations = tuple(
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
            deployed=int(deployed_n[i]),
            pool=float(pool_n[i]),
            share_of_army=float(share_n[i]),
            sustainable_share=float(prep.share[i]),
            cost_eur_per_year_low=float(deployed_n[i] * prep.cost_low[i]),
            cost_eur_per_year_high=float(deployed_n[i] * prep.cost_high[i]),
        )
        for i in range(len(prep.iso3))
    )

    binding = _binding(prep, sol, met)
    relaxations = () if met else _relaxations(prep, problem, deployed_total)
    participation = _simulate(prep, problem, draws=draws, seed=seed)
    enablers = tuple(_enabler_status(e, us_backstop) for e in problem.enablers)
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
    h_low = float(problem.horizon_years)
    h_high = float(problem.horizon_years_high or problem.horizon_years)
    if h_high < h_low:
        raise ModelError(f"horizon_years_high must be >= horizon_years (got {h_high} < {h_low})")

    def people(horizon_years: float) -> float:
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

    notes = list(prep.notes) + list(sol.degraded)
    uncosted = [
        e.name
        for e in problem.enablers
        if e.cost_eur_per_unit_year_low is None and e.europe_units > 0
    ]
    if uncosted:
        notes.append(f"enablers not costed (no cost given): {', '.join(uncosted)}")
    verdict = _verdict(
        prep,
        deployed_n,
        met,
        deployed_total,
        target_total,
        binding,
        participation,
        enablers,
        us_backstop,
    )
    return ForceResult(
        us_backstop=us_backstop,
        target_troops=target_total,
        role_targets=dict(zip(roles, targets.tolist(), strict=True)),
        deployed_total=deployed_total,
        deployed_by_role=dict(zip(roles, deployed_r.tolist(), strict=True)),
        shortfall_total=max(0, shortfall_total),
        shortfall_by_role=dict(zip(roles, np.maximum(shortfall_r, 0).tolist(), strict=True)),
        target_met=met,
        pool_total=pool_total,
        units_per_deployed=float(eff_ratio),
        max_burden_share=float(share_n.max()) if len(share_n) else 0.0,
        capacity_troops=_capacity(prep),
        allocation=allocation,
        nations=nations,
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
        cumulative_individuals_low=people(h_low),
        cumulative_individuals_high=people(h_high),
        conflicts=prep.conflicts,
        notes=tuple(notes),
        verdict=verdict,
    )


def _enabler_status(e: EnablerNeed, us_backstop: bool) -> EnablerStatus:
    for name, value in (
        ("required_units", e.required_units),
        ("europe_units", e.europe_units),
        ("us_units", e.us_units),
    ):
        if value < 0 or not math.isfinite(value):
            raise ModelError(f"enabler {e.name} {name} must be >= 0 (got {value})")
    europe = min(e.europe_units, e.required_units)
    us = min(e.us_units, e.required_units - europe) if us_backstop else 0.0
    return EnablerStatus(
        name=e.name,
        unit=e.unit,
        required_units=e.required_units,
        europe_units=europe,
        us_units=us,
        gap_units=e.required_units - europe - us,
    )


def _fmt(v: float) -> str:
    return f"{v:,.0f}"


def _clean(v: float, tol: float = 1e-7) -> float:
    """Round solver noise (and -0) to an exact zero."""
    return 0.0 if abs(v) < tol else float(v)


def _binding(prep: _Prepared, sol: _Solution, met: bool) -> tuple[Binding, ...]:
    """Limits with no slack, priced by the LP of the stage that decides the answer.

    Short of target: the fill stage (troops gained per unit of the limit). Target met: the
    expected-strength stage (troops of expected strength gained per unit of the limit: more room
    in a reliable nation lets it replace troops of a less certain one).
    """
    stage = "expected" if met else "fill"
    duals = _lp_duals(prep, sol, stage)
    out: list[Binding] = []
    deployed = sol.x.sum(axis=1)
    for i, iso in enumerate(prep.iso3):
        if prep.cap[i] <= 0 or deployed[i] <= 0:
            continue
        pledge_slack = prep.pledge[i] - deployed[i]
        share_slack = prep.share[i] * prep.army[i] / prep.rho[i] - deployed[i]
        pledge_tight = math.isfinite(prep.pledge[i]) and pledge_slack < 1.0
        share_tight = share_slack < 1.0
        # Per 1,000 more troops deployed by this nation: the pledge must rise by 1,000 and the
        # pool allowance (share row, in pool troops) by 1,000 * rho.
        d_pledge = float(duals["pledge"][i]) * 1000.0
        d_share = float(duals["share"][i]) * 1000.0 * prep.rho[i]
        if stage == "fill":
            unit_k = "troops per 1,000 troops of limit"

            def effect(v: float, iso: str = iso) -> str:
                return (
                    f"each extra 1,000 troops it allows {iso} adds {_fmt(v)} to the deployed force"
                )
        else:
            unit_k = "expected troops per 1,000 troops of limit"

            def effect(v: float, iso: str = iso) -> str:
                return (
                    f"each extra 1,000 troops it allows {iso} adds {_fmt(v)} to the expected "
                    "force (replacing troops of less certain nations)"
                )

        share_text = f"{iso} army-share cap ({prep.share[i]:.0%} of army in the rotation pool)"
        pledge_text = f"{iso} pledge ({_fmt(prep.pledge[i])} troops)"
        if pledge_tight and share_tight:
            # Degenerate: both limits are tight, so only raising both helps; price the pair.
            price = _clean(d_pledge + d_share)
            text = f"{pledge_text} and {share_text} bind together: " + (
                f"raising both, {effect(price)}" if price else "relaxing them gains nothing"
            )
            out.append(
                Binding(
                    "pledge_and_army_share", iso, None, float(prep.pledge[i]), price, unit_k, text
                )
            )
        elif pledge_tight:
            price = _clean(d_pledge)
            text = f"{pledge_text} binds: " + (
                effect(price) if price else "relaxing it alone gains nothing"
            )
            out.append(Binding("pledge", iso, None, float(prep.pledge[i]), price, unit_k, text))
        elif share_tight:
            # Quoted per percentage point of army, the unit the issue asks for.
            price = _clean(float(duals["share"][i]) * prep.army[i] * 0.01)
            if stage == "fill":
                words = f"each extra 1% of {iso} army adds {_fmt(price)} deployable troops"
                unit = "troops per percentage point of army"
            else:
                words = (
                    f"each extra 1% of {iso} army adds {_fmt(price)} to the expected force "
                    "(replacing troops of less certain nations)"
                )
                unit = "expected troops per percentage point of army"
            text = f"{share_text} binds: " + (words if price else "relaxing it alone gains nothing")
            out.append(Binding("army_share", iso, None, float(prep.share[i]), price, unit, text))
        for j, role in enumerate(prep.roles):
            rc = prep.role_cap[i, j]
            if math.isfinite(rc) and rc < prep.cap[i] and sol.x[i, j] >= rc - 0.5:
                out.append(
                    Binding(
                        kind="role_cap",
                        nation=iso,
                        role=role,
                        limit=float(rc),
                        shadow_price=None,
                        shadow_unit=None,
                        text=f"{iso} {role} capacity ({_fmt(rc)} troops) is fully used",
                    )
                )
    if met:
        share = sol.x.sum(axis=1) * prep.rho / prep.army
        top = float(share.max()) if len(share) else 0.0
        if top > 0:
            names = [prep.iso3[i] for i in np.flatnonzero(share >= top - 1e-4)]
            out.append(
                Binding(
                    kind="burden",
                    nation=None,
                    role=None,
                    limit=top,
                    shadow_price=None,
                    shadow_unit=None,
                    text=(
                        f"largest burden: {', '.join(names)} at {top:.1%} of army in the rotation pool"
                    ),
                )
            )
    else:
        short = prep.role_targets - sol.x.sum(axis=0)
        for j, role in enumerate(prep.roles):
            if short[j] > 0:
                out.append(
                    Binding(
                        kind="target",
                        nation=None,
                        role=role,
                        limit=float(prep.role_targets[j]),
                        shadow_price=None,
                        shadow_unit=None,
                        text=f"{role} short by {_fmt(short[j])} of {_fmt(prep.role_targets[j])} troops",
                    )
                )
    return tuple(out)


def _relaxations(
    prep: _Prepared, problem: ForceProblem, deployed_total: int
) -> tuple[Relaxation, ...]:
    """The smallest single changes that close the shortfall, and what else would help.

    Computed on the flow network (exact max-flow values by cut enumeration); the minimum
    contribution is ignored here, so figures are exact unless a nation would be used below it.
    """
    targets = prep.role_targets.astype(float)
    total = float(targets.sum())
    rc = prep.role_cap
    avail = prep.cap > 0
    base_cap = prep.cap.astype(float)
    out: list[Relaxation] = []

    def flow(cap: np.ndarray, mask: np.ndarray) -> float:
        return float(max_flow_strength(mask.astype(float), cap, targets, rc))

    base = flow(base_cap, avail)

    # Per nation in the plan: the extra capacity that closes the gap alone (cut by cut).
    active = np.flatnonzero(targets > 0)
    k = len(active)
    masks = ((np.arange(2**k)[:, None] >> np.arange(k)[None, :]) & 1).astype(bool)
    a_s = (~masks).astype(float) @ targets[active]
    raw_rc = np.where(np.isinf(rc[:, active]), 1e15, rc[:, active])
    reach = masks.astype(float) @ raw_rc.T  # (K, N)
    contrib = np.minimum(reach, base_cap[None, :]) * avail[None, :]
    all_contrib = contrib.sum(axis=1)
    for i in np.flatnonzero(avail):
        rest = all_contrib - contrib[:, i]
        need_room = a_s + rest + reach[:, i]
        if np.any(need_room < total - 1e-9):
            continue  # role caps of this nation stop it closing the gap alone
        delta = float(max(0.0, np.max(total - a_s - rest - base_cap[i])))
        if delta <= 0:
            continue
        new_cap = base_cap[i] + delta
        iso = prep.iso3[i]
        share_needed = new_cap * prep.rho[i] / prep.army[i]
        share_cap = prep.share[i] * prep.army[i] / prep.rho[i]
        if prep.limited_by[i] == "pledge" and share_cap >= new_cap:
            out.append(
                Relaxation(
                    kind="pledge",
                    nation=iso,
                    current=float(prep.pledge[i]),
                    required=math.ceil(new_cap),
                    troops_gained=delta,
                    closes_gap=True,
                    text=f"raise {iso} pledge from {_fmt(prep.pledge[i])} to {_fmt(math.ceil(new_cap))} troops",
                )
            )
        elif share_needed <= 1.0:
            also = (
                f" and its pledge to {_fmt(math.ceil(new_cap))}" if prep.pledge[i] < new_cap else ""
            )
            out.append(
                Relaxation(
                    kind="army_share" if not also else "army_share_and_pledge",
                    nation=iso,
                    current=float(prep.share[i]),
                    required=float(share_needed),
                    troops_gained=delta,
                    closes_gap=True,
                    text=(
                        f"let {iso} hold {share_needed:.1%} of its army in the rotation pool "
                        f"(now {prep.share[i]:.0%}){also}"
                    ),
                )
            )

    # Every plan nation's share raised together (bisection on the extra share).
    def cap_with_share(extra: float) -> np.ndarray:
        c = np.minimum(prep.pledge, (prep.share + extra) * prep.army / prep.rho)
        return np.where(avail, np.floor(np.minimum(c, prep.army / prep.rho) + 1e-9), 0.0)

    if avail.any():
        top = flow(cap_with_share(1.0), avail)
        if top >= total - _TROOP_TOL:
            lo_e, hi_e = 0.0, 1.0
            for _ in range(40):
                mid = 0.5 * (lo_e + hi_e)
                if flow(cap_with_share(mid), avail) >= total - _TROOP_TOL:
                    hi_e = mid
                else:
                    lo_e = mid
            new_shares = np.minimum(prep.share + hi_e, 1.0)[avail]
            out.append(
                Relaxation(
                    kind="all_army_shares",
                    nation=None,
                    current=float(np.max(prep.share[avail])),
                    required=float(np.max(new_shares)),
                    troops_gained=total - base,
                    closes_gap=True,
                    text=(
                        f"raise every contributor's army share by {hi_e:.1%} points "
                        f"(to as much as {np.max(new_shares):.0%})"
                    ),
                )
            )
        else:
            out.append(
                Relaxation(
                    kind="all_army_shares",
                    nation=None,
                    current=float(np.max(prep.share[avail])),
                    required=None,
                    troops_gained=top - base,
                    closes_gap=False,
                    text=(
                        "even with whole armies in rotation the contributors reach only "
                        f"{_fmt(top)} of {_fmt(total)} (pledges and role limits bind)"
                    ),
                )
            )

        # Shorter intervals between tours for every contributor (bisection on the factor).
        def cap_with_interval(f: float) -> np.ndarray:
            rho = (prep.tour + f * prep.interval) / prep.tour
            c = np.minimum(prep.pledge, prep.share * prep.army / rho)
            return np.where(avail, np.floor(c + 1e-9), 0.0)

        if flow(cap_with_interval(0.0), avail) >= total - _TROOP_TOL:
            lo_f, hi_f = 0.0, 1.0
            for _ in range(40):
                mid = 0.5 * (lo_f + hi_f)
                if flow(cap_with_interval(mid), avail) >= total - _TROOP_TOL:
                    lo_f = mid
                else:
                    hi_f = mid
            out.append(
                Relaxation(
                    kind="intervals",
                    nation=None,
                    current=1.0,
                    required=float(lo_f),
                    troops_gained=total - base,
                    closes_gap=True,
                    text=(
                        f"shorten every interval between tours to {lo_f:.0%} of its length "
                        f"(e.g. {problem.interval_months:g} -> {lo_f * problem.interval_months:.1f} months)"
                    ),
                )
            )

    # Nations outside the plan taking part at their stated limits.
    for i in np.flatnonzero(~avail):
        c = float(np.floor(prep.cap_raw[i] + 1e-9))
        if c < max(1.0, prep.min_contribution):
            continue
        cap2 = base_cap.copy()
        cap2[i] = c
        mask = avail.copy()
        mask[i] = True
        gained = flow(cap2, mask) - base
        if gained <= 0:
            continue
        closes = base + gained >= total - _TROOP_TOL
        iso = prep.iso3[i]
        why = prep.statuses[i].replace("_", " ")
        if prep.requires_us[i] and prep.p_join[i] == 0 and prep.statuses[i] != "ruled_out":
            why += "; only with a US backstop"
        out.append(
            Relaxation(
                kind="add_nation",
                nation=iso,
                current=None,
                required=None,
                troops_gained=gained,
                closes_gap=bool(closes),
                text=(
                    f"{iso} ({why}) taking part at its limits "
                    + ("closes the gap" if closes else f"adds {_fmt(gained)} troops")
                ),
            )
        )
    # Smallest first among the changes to stated limits; most helpful first among new nations.
    out.sort(
        key=lambda r: (
            not r.closes_gap,
            r.kind == "add_nation",
            -r.troops_gained if r.kind == "add_nation" else r.troops_gained,
        )
    )
    return tuple(out)


def _verdict(
    prep: _Prepared,
    deployed_n: np.ndarray,
    met: bool,
    deployed: int,
    target: int,
    binding: tuple[Binding, ...],
    part: ParticipationResult,
    enablers: tuple[EnablerStatus, ...],
    us_backstop: bool,
) -> str:
    who = "with" if us_backstop else "without"
    gaps = [e.name for e in enablers if e.gap_units > 0]
    gap_text = f"; enablers uncovered: {', '.join(gaps)}" if gaps else ""
    if met:
        uncertain = [
            prep.iso3[i] for i in range(len(prep.iso3)) if deployed_n[i] > 0 and prep.p_join[i] < 1
        ]
        if uncertain:
            needs = (
                f" if {', '.join(uncertain)} join (P(target met) = {part.p_target_met:.0%}, "
                f"{part.p_target_met_at_start:.0%} at the ceasefire)"
            )
        else:
            needs = " with nations that are willing now"
        return (
            f"{who} the US backstop: {_fmt(target)} troops feasible within the stated sustainable "
            f"shares{needs}{gap_text}"
        )
    kinds = ("pledge", "army_share", "pledge_and_army_share")
    limited = sorted({b.nation for b in binding if b.kind in kinds and b.nation})
    return (
        f"{who} the US backstop: infeasible within the stated limits: at most {_fmt(deployed)} of "
        f"{_fmt(target)} troops (short {_fmt(target - deployed)}); binding: "
        f"{', '.join(limited) if limited else 'none'}{gap_text}"
    )
