"""The force problem: the shared vocabulary, the inputs (:class:`ForceProblem`, :class:`NationForce`,
:class:`EnablerNeed`), and their preparation into arrays for the solvers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from reassure.errors import ModelError
from reassure.models._checks import (
    check_finite_positive,
    check_low_high,
    check_non_negative,
    check_positive,
    check_unit_interval,
    require,
)
from reassure.models._common import largest_remainder
from reassure.models.forcegen.rotation import rotations_in_horizon
from reassure.vocabulary import ROLES, status_key
from reassure.vocabulary import STATUSES as _STATUS_NAMES

__all__ = ["ROLES", "STATUSES", "NationForce", "EnablerNeed", "ForceProblem"]


#: The statuses as identifiers (``ruled_out``), in the vocabulary's order; a status is accepted
#: in either spelling.
STATUSES: tuple[str, ...] = tuple(status_key(s) for s in _STATUS_NAMES)

# Tolerances. Troops are integers, so 0.5 troop separates "met" from "short"; shares are
# compared in percentage points.
_TROOP_TOL = 0.5


_SHARE_TOL_PCT = 1e-6


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
    us_condition_met : bool
        With ``requires_us_backstop``: whether the plan's US backstop is the one its condition
        names (False: the enablers it names are not all on, or US troops in a plan that counts
        on no US ground troops; absent from both sides' results).
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
    # whether the plan's US backstop meets this nation's condition (the enablers it names are on)
    us_condition_met: bool = True
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
        median ratio of the listed nations that have both figures (stated in the result's notes).
        The bridge passes one median over the theatre's whole nations table, so a nation's
        capacity never depends on which other nations a plan lists.
    army_fraction_basis : str
        Where ``army_fraction_of_active`` comes from, for the note (e.g. "median army/active
        ratio of the 30 nations of the theatre's nations table with both figures").
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
    army_fraction_basis: str = "given"
    participation_correlation: float = 0.0
    plan_min_p_join: float = 0.0
    horizon_years_high: float | None = None
    us_backstop_available: bool = True


@dataclass(frozen=True)
class _NationColumns:
    """The per-nation figures of one case, one array a figure (filled nation by nation); the
    prepared case (:class:`_Prepared`) carries them on with ``rho`` and ``share`` final."""

    army: np.ndarray  # (N,)
    army_fallback: np.ndarray  # (N,) bool
    # (N,) units per deployed: the steady (tour + interval) / tour while filled; prepared, capped
    # by the rotations over the horizon
    rho: np.ndarray
    tour: np.ndarray
    interval: np.ndarray
    # (N,) sustainable share: the nation's (or the default) while filled; prepared, the share of
    # the army in this mission's pool its limits amount to
    share: np.ndarray
    pledge: np.ndarray  # (N,) inf where none
    p_join: np.ndarray  # (N,) probability, 0 where unavailable in this case
    delay: np.ndarray
    role_cap: np.ndarray  # (N, R) float, inf where none
    cost_low: np.ndarray
    cost_high: np.ndarray


@dataclass(frozen=True)
class _Prepared(_NationColumns):
    """Arrays derived from a problem for one case (with or without the US): the nation columns
    and what the solvers and the explanation read besides."""

    iso3: tuple[str, ...]
    names: tuple[str, ...]
    statuses: tuple[str, ...]
    roles: tuple[str, ...]
    role_targets: np.ndarray  # (R,) int
    rotations: np.ndarray  # (N,) tours the longest horizon needs, ceil(H / tour)
    in_plan: np.ndarray  # (N,) bool
    cap: np.ndarray  # (N,) int: floor(min(pledge, share*army/rho)), 0 if out of plan or < min
    cap_raw: np.ndarray  # (N,) float, same before availability/min-contribution/floor
    limited_by: tuple[str | None, ...]
    min_contribution: float
    requires_us: np.ndarray  # (N,) bool
    conflicts: tuple[str, ...]
    notes: tuple[str, ...]


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
    return dict(zip(ROLES, largest_remainder(mix * total, total), strict=True))


def _prepare(problem: ForceProblem, *, us_backstop: bool) -> _Prepared:
    """The problem's arrays for one case (with or without the US backstop), checked."""
    p = problem
    _check_problem(p)

    targets = _role_targets(p.target_troops, p.role_mix)
    roles = ROLES
    notes: list[str] = []
    conflicts: list[str] = []

    # Army figure, with a stated fallback where a nation has none.
    fraction = _army_fraction(p, notes)

    n_nat = len(p.nations)
    cols, statuses = _nation_columns(p, roles, fraction, us_backstop, conflicts)
    rotations, rho = _horizon_rotations(p, cols.tour, cols.interval, cols.rho, notes)
    notes.extend(_us_backstop_notes(p, us_backstop))

    in_plan = (cols.p_join > 0) & (cols.p_join >= p.plan_min_p_join)
    share_cap, plan_cap = _sustainable_cap_troops(p, cols.army, rho, cols.share)
    # The share of the army in this mission's pool those limits amount to: every later use
    # (the MILP's share row, bindings, relaxations) works on it.
    share = np.where(cols.army > 0, share_cap * rho / np.where(cols.army > 0, cols.army, 1.0), cols.share)
    cap_raw = np.minimum(cols.pledge, share_cap)
    # Which limit sets each nation's capacity (reported per nation, read by the explanation).
    limited_by = tuple(
        "pledge" if cols.pledge[i] <= share_cap[i]
        else "national_plan" if np.isfinite(plan_cap[i])
        else "army_share"
        for i in range(n_nat)
    )
    cap = _whole_troop_caps(p, cap_raw, in_plan, notes)

    return _Prepared(
        iso3=tuple(n.iso3 for n in p.nations),
        names=tuple(n.name for n in p.nations),
        statuses=tuple(statuses),
        roles=roles,
        role_targets=np.array([targets[r] for r in roles], dtype=np.int64),
        army=cols.army,
        army_fallback=cols.army_fallback,
        rho=rho,
        rotations=rotations,
        tour=cols.tour,
        interval=cols.interval,
        share=share,
        pledge=cols.pledge,
        p_join=cols.p_join,
        delay=cols.delay,
        in_plan=in_plan,
        cap=cap,
        cap_raw=cap_raw,
        limited_by=limited_by,
        role_cap=cols.role_cap,
        cost_low=cols.cost_low,
        cost_high=cols.cost_high,
        min_contribution=float(p.min_contribution_troops),
        requires_us=np.array([bool(n.requires_us_backstop) for n in p.nations], dtype=bool),
        conflicts=tuple(conflicts),
        notes=tuple(notes),
    )


def _check_problem(p: ForceProblem) -> None:
    """Refuse a problem whose force-wide figures are out of range or that lists a nation twice."""
    check_finite_positive("target_troops", p.target_troops)
    check_finite_positive("tour_months", p.tour_months)
    check_finite_positive("horizon_years", p.horizon_years)
    check_non_negative("interval_months", p.interval_months)
    check_unit_interval("default_sustainable_share", p.default_sustainable_share, open_low=True)
    check_low_high("cost_eur_per_troop_year", p.cost_eur_per_troop_year_low, p.cost_eur_per_troop_year_high)
    check_non_negative("min_contribution_troops", p.min_contribution_troops)
    check_unit_interval("participation_correlation", p.participation_correlation, open_high=True)
    require(bool(p.nations), "a force problem needs at least one nation")
    seen: set[str] = set()
    for n in p.nations:
        if n.iso3 in seen:
            raise ModelError(f"nation {n.iso3} is listed twice")
        seen.add(n.iso3)


def _army_fraction(p: ForceProblem, notes: list[str]) -> float | None:
    """The army share of active personnel for nations without an army figure (noted in ``notes``)."""
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
    elif fraction is not None:
        check_unit_interval("army_fraction_of_active", fraction, open_low=True)
        missing = [n.iso3 for n in p.nations if n.army_personnel is None]
        if missing:
            notes.append(
                f"no army figure for {', '.join(missing)}: army taken as {fraction:.0%} of active "
                f"personnel ({p.army_fraction_basis})"
            )
    return fraction


def _nation_columns(p: ForceProblem, roles: tuple[str, ...], fraction: float | None,
                    us_backstop: bool, conflicts: list[str]) -> tuple[_NationColumns, list[str]]:
    """Each nation's army, rotation, share, pledge, delay, role caps, cost and P(join) in this case,
    and its status."""
    n_nat = len(p.nations)
    cols = _NationColumns(
        army=np.zeros(n_nat),
        army_fallback=np.zeros(n_nat, dtype=bool),
        rho=np.zeros(n_nat),
        tour=np.zeros(n_nat),
        interval=np.zeros(n_nat),
        share=np.zeros(n_nat),
        pledge=np.full(n_nat, np.inf),
        p_join=np.zeros(n_nat),
        delay=np.zeros(n_nat),
        role_cap=np.full((n_nat, len(roles)), np.inf),
        cost_low=np.zeros(n_nat),
        cost_high=np.zeros(n_nat),
    )
    statuses: list[str] = []
    for i, n in enumerate(p.nations):
        status = _normalise_status(n.status)
        statuses.append(status)
        _fill_army_rotation_share(cols, i, n, p, fraction)
        _fill_pledge_delay_role_caps(cols, i, n, roles)
        cols.cost_low[i], cols.cost_high[i] = _cost_eur_per_troop_year(p, n)

        # Participation probability in this case.
        cols.p_join[i] = _p_join(n, status, us_backstop, conflicts)
    return cols, statuses


def _fill_army_rotation_share(cols: _NationColumns, i: int, n: NationForce, p: ForceProblem,
                              fraction: float | None) -> None:
    """Nation ``i``'s army (or its fallback), tour, interval, steady ratio and sustainable share."""
    army, fallback, tour, interval, rho, share = (cols.army, cols.army_fallback, cols.tour, cols.interval,
                                                  cols.rho, cols.share)
    if n.army_personnel is None:
        if not n.active_personnel or n.active_personnel <= 0:
            raise ModelError(f"{n.iso3} has neither an army nor an active personnel figure")
        army[i] = float(n.active_personnel) * float(fraction)  # type: ignore[arg-type]
        fallback[i] = True
    else:
        check_positive(f"{n.iso3} army_personnel", n.army_personnel)
        army[i] = float(n.army_personnel)
    tour[i] = p.tour_months if n.tour_months is None else n.tour_months
    interval[i] = p.interval_months if n.interval_months is None else n.interval_months
    check_positive(f"{n.iso3} tour_months", tour[i])
    check_non_negative(f"{n.iso3} interval_months", interval[i])
    rho[i] = (tour[i] + interval[i]) / tour[i]
    share[i] = (
        p.default_sustainable_share if n.sustainable_share is None else n.sustainable_share
    )
    check_unit_interval(f"{n.iso3} sustainable_share", share[i])


def _fill_pledge_delay_role_caps(cols: _NationColumns, i: int, n: NationForce,
                                 roles: tuple[str, ...]) -> None:
    """Nation ``i``'s pledge (troops), delay (months) and caps per role (troops)."""
    if n.pledge_troops is not None:
        check_non_negative(f"{n.iso3} pledge_troops", n.pledge_troops)
        cols.pledge[i] = float(n.pledge_troops)
    check_non_negative(f"{n.iso3} delay_months", n.delay_months)
    cols.delay[i] = n.delay_months
    for role, cap_value in n.role_caps_troops.items():
        if role not in roles:
            raise ModelError(f"{n.iso3} role cap names unknown role {role!r}")
        check_non_negative(f"{n.iso3} role cap for {role}", cap_value)
        cols.role_cap[i, roles.index(role)] = float(cap_value)


def _cost_eur_per_troop_year(p: ForceProblem, n: NationForce) -> tuple[float, float]:
    """A nation's cost range per deployed troop-year, its own or the problem default."""
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
    check_low_high(f"{n.iso3} cost_eur_per_troop_year", lo, hi)
    return lo, hi


def _p_join(n: NationForce, status: str, us_backstop: bool, conflicts: list[str]) -> float:
    """A nation's probability of taking part in this case (its contradictions in ``conflicts``)."""
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
        check_unit_interval(f"{n.iso3} p_join", prob)
    if n.requires_us_backstop and not (us_backstop and n.us_condition_met):
        prob = 0.0
    return prob


def _horizon_rotations(p: ForceProblem, tour: np.ndarray, interval: np.ndarray, rho: np.ndarray,
                       notes: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The tours the longest horizon needs per nation, and the units per deployed capped by them."""
    n_nat = len(p.nations)
    # Over a horizon of n tours at most n sets of troops serve: a horizon no longer than one
    # tour needs no rotation, and the army-share cap applies to a pool that exists (review: a
    # 4-month horizon with 6-month tours tied up three times the force it deployed).
    horizon_high = float(p.horizon_years if p.horizon_years_high is None else p.horizon_years_high)
    rotations = np.asarray(rotations_in_horizon(12.0 * horizon_high, tour), dtype=np.int64).reshape(n_nat)
    steady = rho.copy()
    rho = np.minimum(steady, rotations.astype(float))
    notes.extend(_short_horizon_notes(p, horizon_high, tour, interval, steady, rotations))
    return rotations, rho


def _us_backstop_notes(p: ForceProblem, us_backstop: bool) -> list[str]:
    """Which nations the US backstop (or its absence, or its shape) keeps out of this case."""
    notes: list[str] = []
    if any(n.requires_us_backstop for n in p.nations) and not us_backstop:
        dropped = [n.iso3 for n in p.nations if n.requires_us_backstop]
        notes.append(f"without the US backstop {', '.join(dropped)} do not take part")
    unmet = [n.iso3 for n in p.nations if n.requires_us_backstop and not n.us_condition_met]
    if unmet and us_backstop:
        one = len(unmet) == 1
        notes.append(f"{', '.join(unmet)} {'does' if one else 'do'} not take part with this plan's "
                     f"US backstop either: the backstop lacks what {'its' if one else 'their'} part "
                     f"needs (the US enablers requires_us_enablers names, or, for US troops, "
                     f"us_backstop.ground_troops)")
    return notes


def _sustainable_cap_troops(p: ForceProblem, army: np.ndarray, rho: np.ndarray,
                            share: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Troops each nation can keep deployed (its plan's figure or its army share of what standing
    tasks leave), and its plan's figure (inf where none)."""
    # Standing commitments tie up their own rotation pool before this mission's share applies.
    standing = np.array([max(0.0, float(n.standing_troops)) for n in p.nations])
    available = np.maximum(army - standing * rho, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        share_cap = share * available / rho
    # A nation's own published plan, where there is one, replaces the common share.
    plan_cap = np.array([np.inf if n.sustainable_troops is None else float(n.sustainable_troops)
                         for n in p.nations])
    for n in p.nations:
        if n.sustainable_troops is not None:
            check_non_negative(f"{n.iso3} sustainable_troops", n.sustainable_troops)
    share_cap = np.minimum(np.where(np.isfinite(plan_cap), plan_cap, share_cap), army / rho)
    return share_cap, plan_cap


def _whole_troop_caps(p: ForceProblem, cap_raw: np.ndarray, in_plan: np.ndarray,
                      notes: list[str]) -> np.ndarray:
    """Whole troops each nation can send: 0 out of the plan or below the minimum contribution (noted)."""
    cap = np.floor(cap_raw + 1e-9)
    too_small = cap < p.min_contribution_troops
    for k in np.flatnonzero(in_plan & too_small & (cap_raw > 0)):
        notes.append(
            f"{p.nations[int(k)].iso3} can sustain only {cap[k]:,.0f} troops, below the minimum "
            f"contribution of {p.min_contribution_troops:,.0f}; left out"
        )
    return np.where(in_plan & ~too_small, cap, 0.0).astype(np.int64)


def _short_horizon_notes(p: ForceProblem, horizon_years: float, tour: np.ndarray, interval: np.ndarray,
                         steady: np.ndarray, rotations: np.ndarray) -> list[str]:
    """One note per rotation rule whose tours the horizon cuts short: fewer tours than a
    steady rotation holds sets of troops, so the pool (and the army-share cap on it) is sized
    to the tours that happen (docs/models/forcegen.md section 2)."""
    groups: dict[tuple[float, float, int, float], list[str]] = {}
    for k, nation in enumerate(p.nations):
        if rotations[k] < steady[k] - 1e-9:
            groups.setdefault((float(tour[k]), float(interval[k]), int(rotations[k]), float(steady[k])),
                              []).append(nation.iso3)
    months = 12.0 * horizon_years
    ranged = p.horizon_years_high is not None and p.horizon_years_high != p.horizon_years
    horizon = f"the horizon ({months:.3g} months{' at its longest' if ranged else ''})"
    notes = []
    for (t, i, n, ratio), who in groups.items():
        whom = "every nation" if len(who) == len(p.nations) else ", ".join(who)
        if n == 1:
            why = (f"{horizon} is no longer than one {t:g}-month tour: "
                   "one set of troops serves it and none rotates, so the rotation pool is the deployed force "
                   f"itself (1 unit per deployed unit, not the {ratio:.2f} of a steady rotation of {t:g}-month "
                   f"tours {i:g} months apart)")
        else:
            why = (f"{horizon} needs only {n} {t:g}-month tours: {n} sets "
                   f"of troops serve it, so the rotation pool is {n} units per deployed unit, not the "
                   f"{ratio:.2f} of a steady rotation ({i:g} months between tours)")
        notes.append(f"{why}; the army-share cap (force.sustainable_share, a share of the army held in this "
                     f"mission's pool) is applied to that pool ({whom})")
    return notes
