"""Fleet sizing: the fewest airframes that keep a revisit target on a share of the line.

Formulation (solved exactly with ``scipy.optimize.milp``, HiGHS)::

    minimise    sum_g A_g  +  sum_j (L_j + eps) x_j
    subject to  A_g  >=  sum_{j in g} r_j x_j                  for every (type, base) group g   (1)
                k y_p  <=  sum_{j : p in S_j} u_j x_j           for every pattern p of cells    (2)
                sum_p w_p y_p  >=  f * sum_i w_i                                                (3)
                x_j in {0, .., k},  A_g in {0, 1, 2, ...},  y_p in {0, 1}

where an *option* ``j`` is one continuous patrol orbit of a platform type from a base on a
candidate stretch ``[a_j, a_j + l]`` of the line, ``x_j`` the orbits flown on it, ``r_j`` its
airframes per orbit (fractional, :func:`~reassure.models.monitoring.airframes_per_orbit`), ``S_j``
the cells whose closed-form worst gap under that orbit is within the target
(:func:`~reassure.models.monitoring.patrol_max_revisit_h`), ``f`` the share of the line to
satisfy, ``L_j`` the airframes the orbit's class loses over the horizon (attrition per class).
Cells held by the same options form one *pattern* ``p`` of length ``w_p`` (the cells' summed
lengths): the same constraint for every such cell, written once. Orbits of a group share airframes,
so (1) rounds up per group, not per orbit. ``eps`` breaks ties towards fewer orbits.

Without jamming ``k = 1`` and ``u_j = 1``: a cell counts when one orbit holds it. With jamming
(``jamming=True``) a cell counts only when an outage of any one orbit leaves it within the target:
``k = 2``, and an orbit of a class jamming takes off task gives ``u_j = 1`` (two such orbits
needed, on one stretch or two overlapping ones), a class jamming does not touch ``u_j = 2`` (one
orbit is enough). That is what the sampled model's jamming needs (outages at random times, one at
a time: `jamming.satisfied_chance`), so the fleet it sizes keeps the share there too.

Candidate stretches have the longest length one orbit can keep within the target,
``l = (v R + 2 h) / 2`` (so the worst gap ``(2 l - 2 h) / v`` equals ``R``; ``v`` the speed
along the line: cruise speed over the lanes a band deeper than the swath takes,
:func:`~reassure.models.monitoring.lanes`), and start every
``l / 2`` along the line (and flush with its end). Options the datalink cannot reach from the
base, or too far for any time on station, are left out. Two orbits whose stretches overlap are
not credited with a shorter combined revisit (conservative); the chosen fleet is then evaluated
by the sampled model, whose figure is reported next to the planned one.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from reassure.errors import InfeasibleError, ModelError

__all__ = ["FleetPlan", "size_fleet"]


@dataclass(frozen=True)
class FleetPlan:
    """The smallest fleet found for a target.

    Attributes
    ----------
    entries : tuple of FleetEntry
        One entry per orbit (``orbits = 1``, with its stretch), ready for evaluation.
    groups : tuple of dict
        Per (type, base): ``type``, ``base``, ``orbits``, ``airframes``.
    airframes : int
        Total airframes (the objective).
    planned_percent_satisfied : float
        Share of the line within the target by the closed-form revisit of the chosen orbits.
    lost_over_horizon : float
        Airframes lost over the horizon by the chosen orbits (each class its own rate).
    jamming : bool
        Sized so that an outage of any one orbit leaves the share within the target (two orbits
        of a class jamming takes off task over each cell it counts); False: by geometry alone.
    target_revisit_h, target_fraction : float
    n_options : int
        Candidate orbits the solver chose from.
    status : str
        Solver message.
    """

    entries: tuple[Any, ...]
    groups: tuple[dict[str, Any], ...]
    airframes: int
    planned_percent_satisfied: float
    target_revisit_h: float
    target_fraction: float
    n_options: int
    status: str
    lost_over_horizon: float = 0.0
    horizon_years: float = 0.0
    jamming: bool = False

    @property
    def orbits(self) -> int:
        """Continuous orbits of the fleet."""
        return sum(int(g["orbits"]) for g in self.groups)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready plain types."""
        return {
            "airframes": self.airframes,
            "planned_percent_satisfied": self.planned_percent_satisfied,
            "target_revisit_h": self.target_revisit_h,
            "target_fraction": self.target_fraction,
            "n_options": self.n_options, "status": self.status,
            "lost_over_horizon": self.lost_over_horizon, "horizon_years": self.horizon_years,
            "jamming": self.jamming, "orbits_total": self.orbits,
            "airframes_to_procure": self.airframes + math.ceil(self.lost_over_horizon - 1e-9),
            "fleet": [dict(g) for g in self.groups],
            "orbits": [{"type": e.type, "base": e.base, "segment_km": list(e.segment_km)}
                       for e in self.entries],
        }


@dataclass(frozen=True, eq=False)
class _Options:
    group: np.ndarray          # (J,) group index
    a_km: np.ndarray
    b_km: np.ndarray
    cost: np.ndarray           # airframes per orbit
    lost: np.ndarray           # airframes lost over the horizon per orbit
    exposed: np.ndarray        # the class is taken off task by jamming
    cover: Any                 # scipy.sparse csc (C x J): cell i satisfied by option j
    groups: tuple[tuple[int, str], ...]  # (candidate index, label) per group


def _options(grid: Any, catalogue: Mapping[str, Any], candidates: Sequence[Any],
             target_revisit_h: float, attrition: tuple[float, float] = (0.0, 0.0)) -> _Options:
    from scipy import sparse

    from reassure.models.monitoring.detection import lanes
    from reassure.models.monitoring.sampling import (
        _half_footprint,
        airframes_per_orbit,
        base_distance_km,
        patrol_max_revisit_h,
        time_on_station_h,
    )

    centre = grid.centre_km
    line_a, line_b = float(grid.start_km[0]), float(grid.start_km[-1] + grid.length_km[-1])
    total = line_b - line_a
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    group: list[int] = []
    a_l: list[float] = []
    b_l: list[float] = []
    cost: list[float] = []
    lost: list[float] = []
    exposed: list[bool] = []
    groups: list[tuple[int, str]] = []
    default_rate, horizon_years = attrition
    for ci, cand in enumerate(candidates):
        pt = catalogue.get(cand.type)
        if pt is None:
            from reassure.errors import did_you_mean

            raise ModelError(f"sizing: unknown platform type {cand.type!r}"
                             f"{did_you_mean(cand.type, catalogue)}")
        if pt.kind != "patrol":
            raise ModelError(f"sizing handles patrol platforms only (got {pt.name!r}, "
                             f"a {pt.kind}); add stare sensors and satellites to the fleet "
                             "and evaluate it")
        h = _half_footprint(pt, cand.standoff_km)
        if h <= 0:
            continue
        dist = base_distance_km(grid, cand.base_lon, cand.base_lat)[0]
        # Over a band deeper than the swath an orbit flies k lanes, advancing at v / k.
        v_line = pt.speed_kmh / lanes(grid.depth_km, pt.swath_km)
        length = min(total, 0.5 * (v_line * target_revisit_h + 2.0 * h))
        starts = np.arange(line_a, line_b - length + 1e-9, 0.5 * length)
        starts = np.unique(np.r_[starts, line_b - length])
        g = len(groups)
        added = False
        for a in starts:
            b = a + length
            inside = (centre >= a) & (centre <= b)
            if not inside.any() or np.any(dist[inside] > pt.datalink_range_km):
                continue
            d_mid = float(dist[int(np.argmin(np.abs(centre - 0.5 * (a + b))))])
            if time_on_station_h(pt.endurance_h, d_mid, pt.speed_kmh) <= 0:
                continue
            ok = patrol_max_revisit_h(centre, a, b, v_line, h) <= target_revisit_h + 1e-9
            idx = np.flatnonzero(ok)
            if idx.size == 0:
                continue
            j = len(a_l)
            rows.append(idx)
            cols.append(np.full(idx.size, j))
            group.append(g)
            a_l.append(float(a))
            b_l.append(float(b))
            cost.append(float(airframes_per_orbit(pt.endurance_h, d_mid, pt.speed_kmh,
                                                  pt.turnaround_h, pt.availability)))
            rate = pt.attrition_per_orbit_year if pt.attrition_per_orbit_year is not None \
                else default_rate
            lost.append(rate * horizon_years)
            exposed.append(bool(pt.jam_susceptible))
            added = True
        if added:
            groups.append((ci, f"{cand.type}@{cand.base}"))
    n_opt = len(a_l)
    r = np.concatenate(rows) if rows else np.zeros(0, np.int64)
    c = np.concatenate(cols) if cols else np.zeros(0, np.int64)
    cover = sparse.csc_matrix((np.ones(r.size), (r, c)), shape=(grid.n, n_opt))
    return _Options(group=np.array(group, dtype=np.int64), a_km=np.array(a_l),
                    b_km=np.array(b_l), cost=np.array(cost), lost=np.array(lost),
                    exposed=np.array(exposed, dtype=bool), cover=cover,
                    groups=tuple(groups))


def _ranges(centre: np.ndarray, mask: np.ndarray) -> str:
    idx = np.flatnonzero(mask)
    if idx.size == 0:
        return ""
    breaks = np.flatnonzero(np.diff(idx) > 1)
    lo = np.r_[idx[0], idx[breaks + 1]]
    hi = np.r_[idx[breaks], idx[-1]]
    parts = [f"km {centre[a]:.0f}-{centre[b]:.0f}" for a, b in zip(lo, hi, strict=True)]
    more = f" and {len(parts) - 5} more" if len(parts) > 5 else ""
    return ", ".join(parts[:5]) + more


def size_fleet(
    grid: Any,
    catalogue: Mapping[str, Any],
    candidates: Sequence[Any],
    *,
    target_revisit_h: float,
    target_fraction: float = 0.95,
    margin_h: float = 0.0,
    time_limit_s: float = 60.0,
    attrition_per_orbit_year: float = 0.0,
    horizon_years: float = 0.0,
    jamming: bool = False,
) -> FleetPlan:
    """The fewest airframes, by type and base, that keep ``target_revisit_h`` on a share of the line.

    Parameters
    ----------
    grid : MonitoringGrid
    catalogue : mapping of type name to PlatformType
    candidates : sequence of FleetEntry
        The (type, base) pairs allowed, with base position, standoff and ``us_asset``; their
        ``orbits`` and ``segment_km`` are ignored.
    target_revisit_h : float
        Worst gap allowed in a satisfied cell.
    target_fraction : float
        Share of the line length to satisfy, in (0, 1].
    margin_h : float
        Planning margin taken off the target for the closed-form revisits; one sampling step
        keeps the sampled model (whose worst gaps are resolved to a step) within the target too.
    time_limit_s : float
        Solver time limit.
    attrition_per_orbit_year, horizon_years : float
        Losses count in the objective: each orbit adds its class's airframes lost over
        ``horizon_years`` (the class's own rate; ``attrition_per_orbit_year`` for a class without
        one), so a fragile class must save more airframes in service to be chosen. 0 years: in
        service only.
    jamming : bool
        Count a cell only when an outage of any one orbit leaves it within the target: two orbits
        of a class jamming takes off task (``jam_susceptible``) over it, or one of a class it does
        not (see the module). False: by geometry alone.

    Returns
    -------
    FleetPlan

    Raises
    ------
    InfeasibleError
        No combination of the candidates can reach the share; the message names the stretches
        of line that no candidate can hold within the target.
    """
    _check_targets(target_revisit_h, target_fraction, margin_h)
    opt = _options(grid, catalogue, candidates, target_revisit_h - margin_h,
                   (attrition_per_orbit_year, horizon_years))
    length_km = grid.length_km
    need_km = target_fraction * float(length_km.sum())
    coverable = np.asarray(opt.cover.sum(axis=1)).ravel() > 0
    _check_reachable(grid, candidates, coverable, need_km, target_revisit_h, target_fraction)
    k, units = _cover_units(opt, jamming)
    res = _solve_sizing_milp(opt, _cell_patterns(opt, length_km, coverable), need_km, k, units,
                      time_limit_s)
    x = np.round(res.x[:opt.cost.size]).astype(np.int64)
    groups, airframes = _fleet_groups(candidates, opt, x)
    return FleetPlan(entries=_orbit_entries(candidates, opt, x), groups=groups,
                     airframes=airframes,
                     planned_percent_satisfied=_planned_percent(opt, length_km, units * x, k),
                     target_revisit_h=target_revisit_h,
                     target_fraction=target_fraction, n_options=opt.cost.size,
                     status=str(res.message),
                     lost_over_horizon=float(np.sum(opt.lost * x)),
                     horizon_years=horizon_years, jamming=bool(jamming))


def _check_targets(target_revisit_h: float, target_fraction: float, margin_h: float) -> None:
    if not 0 < target_fraction <= 1:
        raise ModelError(f"target_fraction must be in (0, 1] (got {target_fraction})")
    if target_revisit_h <= 0:
        raise ModelError(f"target_revisit_h must be > 0 (got {target_revisit_h})")
    if not 0 <= margin_h < target_revisit_h:
        raise ModelError(f"margin_h must be in [0, target_revisit_h) (got {margin_h})")


def _check_reachable(grid: Any, candidates: Sequence[Any], coverable: np.ndarray, need_km: float,
                     target_revisit_h: float, target_fraction: float) -> None:
    """Refuse a share of the line the candidates cannot reach even all together, before the
    solver is asked: the error names the stretches out of reach."""
    w = grid.length_km
    if float(w[coverable].sum()) < need_km - 1e-9:
        raise InfeasibleError(
            f"no fleet of the candidates ({', '.join(sorted({c.type for c in candidates}))}) "
            f"can keep revisit <= {target_revisit_h:g} h on {100 * target_fraction:g}% of the "
            f"line: at most {100 * float(w[coverable].sum()) / float(w.sum()):.1f}% is "
            f"reachable; out of reach: {_ranges(grid.centre_km, ~coverable)} (datalink range, "
            "endurance or standoff)")


def _cover_units(opt: _Options, jamming: bool) -> tuple[int, np.ndarray]:
    """``k``, the units of cover a cell needs, and ``u_j``, the units an orbit gives a cell it
    holds (the module's formulation)."""
    k = 2 if jamming else 1
    units = np.where(opt.exposed, 1, k) if jamming else np.ones(opt.cost.size)
    return k, units


def _cell_patterns(opt: _Options, length_km: np.ndarray, coverable: np.ndarray
                   ) -> tuple[np.ndarray, np.ndarray]:
    """The distinct patterns of options holding the coverable cells, one row each, and each
    pattern's summed cell length (km): cells held by the same options share one constraint."""
    held = opt.cover.toarray().astype(bool)[coverable]
    patterns, which = np.unique(held, axis=0, return_inverse=True)
    weight_km = np.bincount(which.ravel(), weights=length_km[coverable],
                            minlength=patterns.shape[0])
    return patterns, weight_km


def _solve_sizing_milp(opt: _Options, cells: tuple[np.ndarray, np.ndarray], need_km: float,
                       k: int, units: np.ndarray, time_limit_s: float) -> Any:
    """Solve the module's formulation with HiGHS; its result (``x`` first in ``res.x``)."""
    from scipy import sparse
    from scipy.optimize import Bounds, LinearConstraint, milp

    patterns, weight_km = cells
    n_opt, n_grp, n_pat = opt.cost.size, len(opt.groups), patterns.shape[0]
    most = np.where(opt.exposed, k, 1)  # orbits on one stretch: two only to cover each other
    # Variable order: x (n_opt), A (n_grp), y (n_pat).
    # Objective: airframes in service (per group, rounded up) plus airframes lost over the
    # horizon (per orbit), plus a small tie-break towards fewer orbits.
    c = np.r_[1e-3 + opt.lost, np.ones(n_grp), np.zeros(n_pat)]
    integrality = np.ones(n_opt + n_grp + n_pat)
    lb = np.zeros(n_opt + n_grp + n_pat)
    ub = np.r_[most, np.full(n_grp, np.inf), np.ones(n_pat)]
    # (1) A_g - sum r_j x_j >= 0
    a1 = sparse.hstack([
        sparse.csr_matrix((-opt.cost, (opt.group, np.arange(n_opt))), shape=(n_grp, n_opt)),
        sparse.identity(n_grp, format="csr"),
        sparse.csr_matrix((n_grp, n_pat)),
    ])
    # (2) k y_p - sum u_j x_j (over the options holding p) <= 0
    a2 = sparse.hstack([sparse.csr_matrix(-(patterns * units[None, :])), sparse.csr_matrix((n_pat, n_grp)),
                        sparse.identity(n_pat, format="csr") * k])
    # (3) sum w_p y_p >= need
    a3 = sparse.hstack([sparse.csr_matrix((1, n_opt + n_grp)), sparse.csr_matrix(weight_km[None, :])])
    constraints = [
        LinearConstraint(a1.tocsr(), 0.0, np.inf),
        LinearConstraint(a2.tocsr(), -np.inf, 0.0),
        LinearConstraint(a3.tocsr(), need_km - 1e-9, np.inf),
    ]
    res = milp(c, constraints=constraints, integrality=integrality, bounds=Bounds(lb, ub),
               options={"time_limit": time_limit_s, "disp": False})
    if res.x is None:
        raise InfeasibleError(f"fleet sizing found no solution: {res.message}")
    return res


def _orbit_entries(candidates: Sequence[Any], opt: _Options, x: np.ndarray) -> tuple[Any, ...]:
    """One `FleetEntry` per orbit flown (``x[j]`` of option ``j``), ready for evaluation."""
    from reassure.models.monitoring.inputs import FleetEntry

    entries = []
    for j in np.flatnonzero(x):
        cand = candidates[opt.groups[opt.group[j]][0]]
        for copy in range(int(x[j])):
            entries.append(FleetEntry(
                type=cand.type, orbits=1, base=cand.base, base_lon=cand.base_lon,
                base_lat=cand.base_lat, segment_km=(float(opt.a_km[j]), float(opt.b_km[j])),
                standoff_km=cand.standoff_km, us_asset=cand.us_asset,
                id=f"{cand.type}@{cand.base} km {opt.a_km[j]:.0f}-{opt.b_km[j]:.0f}"
                   + (f" ({copy + 1} of {int(x[j])})" if x[j] > 1 else "")))
    return tuple(entries)


def _fleet_groups(candidates: Sequence[Any], opt: _Options, x: np.ndarray
                  ) -> tuple[tuple[dict[str, Any], ...], int]:
    """Per (type, base) flown, in group order: its orbits, airframes and losses; and the total
    airframes. Orbits of a group share airframes, so the group rounds up, not each orbit."""
    orbits: dict[int, int] = {}
    for j in np.flatnonzero(x):
        orbits[int(opt.group[j])] = orbits.get(int(opt.group[j]), 0) + int(x[j])
    groups = []
    total = 0
    for g, n in sorted(orbits.items()):
        cand = candidates[opt.groups[g][0]]
        in_g = opt.group == g
        need_g = float(np.sum(opt.cost[in_g] * x[in_g]))
        air = int(math.ceil(need_g - 1e-9))
        total += air
        lost_g = float(np.sum(opt.lost[in_g] * x[in_g]))
        groups.append({"type": cand.type, "base": cand.base, "orbits": n, "airframes": air,
                       "lost_over_horizon": lost_g})
    return tuple(groups), total


def _planned_percent(opt: _Options, length_km: np.ndarray, cover_units: np.ndarray,
                     k: int) -> float:
    """Share of the line (%) whose cells get their ``k`` units of cover from the chosen orbits
    (``cover_units``: ``u_j x_j`` per option), by the closed-form revisit."""
    got = np.asarray(opt.cover @ cover_units).ravel()
    return 100.0 * float(length_km[got >= k - 1e-9].sum()) / float(length_km.sum())
