r"""Posture: where the force stands and which sites it protects.

Garrison candidates are the theatre's sites (cities, ports, plants, dams, airfields) that lie
beyond the standoff distance :math:`s` from the contact line, plus optional sites in neighbouring
countries. A garrison at candidate *j* *covers* a site *i* when the road distance
:math:`\kappa\, d_{ij}` (geodesic × detour factor) is at most the cover radius *S*; the coverage
matrix :math:`a_{ij} = [\kappa d_{ij} \le S]` is kept sparse (``scipy.sparse``) and every model is
solved exactly with ``scipy.optimize.milp`` (HiGHS):

* **MCLP** (maximal covering, Church & ReVelle 1974): place at most *p* garrisons to maximise the
  covered weight; optionally with fixed existing garrisons and unit capacities.
* **LSCP** (set covering, Toregas et al. 1971): the fewest garrisons that cover every site; when no
  candidate reaches a site, :class:`~reassure.errors.InfeasibleError` names the site and the radius
  that would be needed.
* **Backup covering** (BACOP, Hogan & ReVelle 1986): weigh sites covered twice against sites
  covered once.

:func:`greedy_mclp` is the instant preview; its gap to the optimum is bounded from above with the
online bound of submodular maximisation (Nemhauser, Wolsey & Fisher 1978; Minoux 1978).

The formulations are written out in ``docs/models/posture.md`` and in each solver's docstring.
All functions are pure; results are frozen dataclasses with ``to_dict()``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy import sparse

from reassure.errors import InfeasibleError, ModelError

__all__ = [
    "CandidateSet",
    "Coverage",
    "CoverSolution",
    "PostureResult",
    "coverage_from_distances",
    "coverage_from_lonlat",
    "coverage_from_xy_km",
    "greedy_mclp",
    "plan_posture",
    "select_candidates",
    "solve_backup_cover",
    "solve_lscp",
    "solve_mclp",
]

# HiGHS stops at this relative gap unless told otherwise; 0 means "prove the optimum", which the
# covering models reach in well under a second at theatre sizes (LP relaxation nearly integral).
_DEFAULT_MIP_REL_GAP = 0.0


# --------------------------------------------------------------------------- coverage


@dataclass(frozen=True, eq=False)
class Coverage:
    r"""Which candidate covers which demand point: :math:`a_{ij} = [c_{ij} \le S]`.

    Attributes
    ----------
    matrix : scipy.sparse.csr_array of bool, shape (n_demand, n_sites)
    radius_km : the cover radius *S* (in the same measure as the costs: road km)
    nearest_km : ndarray of shape (n_demand,)
        Cost to the nearest candidate (``inf`` if there are no candidates); the radius a demand
        point would need to be covered at all.
    nearest_site : ndarray of int, shape (n_demand,), ``-1`` if none
    demand_ids, site_ids : labels used in results and error messages
    """

    matrix: sparse.csr_array
    radius_km: float
    nearest_km: NDArray[np.float64]
    nearest_site: NDArray[np.int64]
    demand_ids: tuple[str, ...]
    site_ids: tuple[str, ...]

    @property
    def n_demand(self) -> int:
        """Number of demand points (rows)."""
        return int(self.matrix.shape[0])

    @property
    def n_sites(self) -> int:
        """Number of candidate sites (columns)."""
        return int(self.matrix.shape[1])

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready types: the covering pairs by label, and each point's nearest site."""
        coo = self.matrix.tocoo()
        return {
            "radius_km": self.radius_km,
            "n_demand": self.n_demand,
            "n_sites": self.n_sites,
            "pairs": [[self.demand_ids[i], self.site_ids[j]]
                      for i, j in zip(coo.row.tolist(), coo.col.tolist(), strict=True)],
            "nearest_km": [float(x) if math.isfinite(x) else None for x in self.nearest_km],
        }

    def cover_count(self, selected: ArrayLike) -> NDArray[np.int64]:
        """How many of the ``selected`` sites cover each demand point."""
        pick = np.zeros(self.n_sites)
        pick[np.asarray(selected, dtype=np.int64)] = 1.0
        return np.asarray(self.matrix @ pick).astype(np.int64)


def _labels(ids: Sequence[str] | None, n: int, prefix: str) -> tuple[str, ...]:
    if ids is None:
        return tuple(f"{prefix}{k}" for k in range(n))
    labels = tuple(str(x) for x in ids)
    if len(labels) != n:
        raise ModelError(f"{prefix} ids: expected {n} labels (got {len(labels)})")
    return labels


def _check_radius(radius_km: float) -> float:
    radius = float(radius_km)
    if not radius >= 0:
        raise ModelError(f"radius_km must be >= 0 (got {radius_km!r})")
    return radius


def coverage_from_distances(
    cost_km: ArrayLike,
    radius_km: float,
    *,
    demand_ids: Sequence[str] | None = None,
    site_ids: Sequence[str] | None = None,
) -> Coverage:
    r"""Coverage from a dense cost matrix (demand × sites): :math:`a_{ij} = [c_{ij} \le S]`.

    Same convention as ``spopt.locate`` (``cost_matrix <= service_radius``). NaN costs never cover.
    """
    cost = np.asarray(cost_km, dtype=float)
    if cost.ndim != 2:
        raise ModelError(f"cost_km must be a 2-D demand × sites matrix (got shape {cost.shape})")
    radius = _check_radius(radius_km)
    n_demand, n_sites = cost.shape
    with np.errstate(invalid="ignore"):
        covered = cost <= radius
    rows, cols = np.nonzero(covered)
    matrix = sparse.csr_array((np.ones(rows.size, dtype=bool), (rows, cols)), shape=cost.shape)
    if n_sites:
        filled = np.where(np.isnan(cost), np.inf, cost)
        nearest_site = np.argmin(filled, axis=1)
        nearest_km = filled[np.arange(n_demand), nearest_site]
        nearest_site = np.where(np.isfinite(nearest_km), nearest_site, -1)
    else:
        nearest_km = np.full(n_demand, np.inf)
        nearest_site = np.full(n_demand, -1)
    return Coverage(matrix, radius, nearest_km, nearest_site.astype(np.int64),
                    _labels(demand_ids, n_demand, "demand"), _labels(site_ids, n_sites, "site"))


def coverage_from_xy_km(
    demand_xy_km: ArrayLike,
    site_xy_km: ArrayLike,
    radius_km: float,
    *,
    demand_ids: Sequence[str] | None = None,
    site_ids: Sequence[str] | None = None,
) -> Coverage:
    r"""Coverage from planar coordinates (km), Euclidean distance, without a dense matrix.

    A k-d tree over the candidates answers one ball query per demand point, so building costs
    :math:`O((n + m)\log m + \mathrm{nnz})` instead of the :math:`O(nm)` of a dense cost matrix —
    the difference that matters at 1,000 × 10,000 (style.md §2.2).
    """
    from scipy.spatial import cKDTree

    demand = np.asarray(demand_xy_km, dtype=float).reshape(-1, 2)
    sites = np.asarray(site_xy_km, dtype=float).reshape(-1, 2)
    radius = _check_radius(radius_km)
    n_demand, n_sites = demand.shape[0], sites.shape[0]
    if n_sites == 0:
        return coverage_from_distances(np.empty((n_demand, 0)), radius,
                                       demand_ids=demand_ids, site_ids=site_ids)
    tree = cKDTree(sites)
    hits = tree.query_ball_point(demand, r=radius, return_sorted=False)
    lengths = np.fromiter((len(h) for h in hits), dtype=np.int64, count=n_demand)
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    indices = np.fromiter((j for h in hits for j in h), dtype=np.int64, count=int(indptr[-1]))
    matrix = sparse.csr_array((np.ones(indices.size, dtype=bool), indices, indptr),
                              shape=(n_demand, n_sites))
    matrix.sort_indices()
    nearest_km, nearest_site = tree.query(demand, k=1)
    return Coverage(matrix, radius, np.asarray(nearest_km, dtype=float),
                    np.asarray(nearest_site, dtype=np.int64),
                    _labels(demand_ids, n_demand, "demand"), _labels(site_ids, n_sites, "site"))


def coverage_from_lonlat(
    demand_lonlat: ArrayLike,
    site_lonlat: ArrayLike,
    radius_km: float,
    *,
    detour_factor: float = 1.0,
    demand_ids: Sequence[str] | None = None,
    site_ids: Sequence[str] | None = None,
) -> Coverage:
    r"""Coverage by road distance: :math:`a_{ij} = [\kappa\, d_{ij} \le S]`, *d* geodesic (WGS84)."""
    from reassure.models.response import geodesic_km_matrix

    if detour_factor < 1:
        raise ModelError(f"detour_factor must be >= 1 (got {detour_factor:g})")
    cost = geodesic_km_matrix(demand_lonlat, site_lonlat) * float(detour_factor)
    return coverage_from_distances(cost, radius_km, demand_ids=demand_ids, site_ids=site_ids)


# --------------------------------------------------------------------------- solutions


@dataclass(frozen=True, eq=False)
class CoverSolution:
    """The result of a covering model.

    Attributes
    ----------
    model : ``"mclp"``, ``"lscp"`` or ``"backup"``
    method : ``"milp"`` (exact, HiGHS) or ``"greedy"``
    selected : indices of the chosen sites (fixed ones included), ascending
    selected_ids : their labels
    objective : the model's objective (covered weight; number or cost of sites; backup score)
    bound : proven bound on the optimum (upper for maximisation, lower for minimisation)
    gap_percent : :math:`100\\,|\\text{bound} - \\text{objective}| / |\\text{bound}|`
    covered : per demand point, whether a selected site covers it (or it is assigned)
    cover_count : per demand point, how many selected sites cover it
    assigned_site : per demand point, the site it is assigned to under capacities (``-1``), else
        the first covering selected site
    covered_weight, total_weight : weight covered and weight in all
    """

    model: str
    method: str
    selected: NDArray[np.int64]
    selected_ids: tuple[str, ...]
    objective: float
    bound: float
    gap_percent: float
    covered: NDArray[np.bool_]
    cover_count: NDArray[np.int64]
    assigned_site: NDArray[np.int64]
    covered_weight: float
    total_weight: float
    demand_ids: tuple[str, ...] = ()

    @property
    def covered_weight_percent(self) -> float:
        """Covered weight as a percentage of all weight (100 when there is no weight)."""
        return 100.0 if self.total_weight <= 0 else 100.0 * self.covered_weight / self.total_weight

    @property
    def uncovered_ids(self) -> tuple[str, ...]:
        """Demand points no selected site covers."""
        return tuple(d for d, c in zip(self.demand_ids, self.covered, strict=True) if not c)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready types."""
        return {
            "model": self.model,
            "method": self.method,
            "selected": list(self.selected_ids),
            "objective": float(self.objective),
            "bound": float(self.bound),
            "gap_percent": float(self.gap_percent),
            "covered_weight": float(self.covered_weight),
            "total_weight": float(self.total_weight),
            "covered_weight_percent": float(self.covered_weight_percent),
            "uncovered": list(self.uncovered_ids),
            "backup_covered": int(np.sum(self.cover_count >= 2)),
        }


def _gap_percent(objective: float, bound: float) -> float:
    if not math.isfinite(bound) or bound == objective:
        return 0.0 if bound == objective else math.inf
    return 100.0 * abs(bound - objective) / max(abs(bound), 1e-12)


def _weights(weights: ArrayLike | None, n: int, name: str = "weights") -> NDArray[np.float64]:
    if weights is None:
        return np.ones(n)
    w = np.asarray(weights, dtype=float).reshape(-1)
    if w.shape != (n,):
        raise ModelError(f"{name} must hold one value per demand point ({n}) (got {w.shape[0]})")
    if np.any(~np.isfinite(w)) or np.any(w < 0):
        raise ModelError(f"{name} must be finite and >= 0")
    return w


def _index_set(fixed: ArrayLike | None, cov: Coverage) -> NDArray[np.int64]:
    """Fixed sites as indices; accepts indices, labels or a boolean mask."""
    if fixed is None:
        return np.empty(0, dtype=np.int64)
    items = list(np.asarray(fixed).reshape(-1))
    if items and isinstance(items[0], str | np.str_):
        lookup = {s: k for k, s in enumerate(cov.site_ids)}
        missing = [s for s in items if s not in lookup]
        if missing:
            raise ModelError(f"fixed site {missing[0]!r} is not a candidate")
        return np.unique(np.array([lookup[s] for s in items], dtype=np.int64))
    arr = np.asarray(fixed)
    if arr.dtype == bool:
        if arr.shape != (cov.n_sites,):
            raise ModelError(f"fixed mask must have one entry per site ({cov.n_sites})")
        return np.nonzero(arr)[0].astype(np.int64)
    idx = np.unique(arr.astype(np.int64).reshape(-1))
    if idx.size and (idx.min() < 0 or idx.max() >= cov.n_sites):
        raise ModelError(f"fixed site index out of range 0..{cov.n_sites - 1}")
    return idx


def _solution(
    cov: Coverage, model: str, method: str, selected: ArrayLike, objective: float, bound: float,
    weights: NDArray[np.float64], assigned: NDArray[np.int64] | None = None,
) -> CoverSolution:
    sel = np.unique(np.asarray(selected, dtype=np.int64))
    count = cov.cover_count(sel)
    if assigned is None:
        covered = count > 0
        # first covering selected site, for reporting which garrison protects what
        sub = cov.matrix[:, sel].tocsr() if sel.size else None
        assigned = np.full(cov.n_demand, -1, dtype=np.int64)
        if sub is not None and sub.nnz:
            first = sub.indptr[:-1]
            has = np.diff(sub.indptr) > 0
            assigned[has] = sel[sub.indices[first[has]]]
    else:
        covered = assigned >= 0
    return CoverSolution(
        model=model, method=method, selected=sel,
        selected_ids=tuple(cov.site_ids[k] for k in sel),
        objective=float(objective), bound=float(bound),
        gap_percent=_gap_percent(float(objective), float(bound)),
        covered=covered, cover_count=count, assigned_site=assigned,
        covered_weight=float(np.sum(weights[covered])), total_weight=float(np.sum(weights)),
        demand_ids=cov.demand_ids,
    )


def _run_milp(c, integrality, bounds, constraints, mip_rel_gap, time_limit_s):  # type: ignore[no-untyped-def]
    from scipy.optimize import milp

    options: dict[str, Any] = {"mip_rel_gap": mip_rel_gap, "presolve": True}
    if time_limit_s is not None:
        options["time_limit"] = float(time_limit_s)
    return milp(c, integrality=integrality, bounds=bounds, constraints=constraints, options=options)


def _proven_bound(res: Any, objective: float, constant: float, mip_rel_gap: float, *,
                  maximise: bool) -> float:
    """Bound on the optimum from HiGHS's dual bound (``milp`` minimises; maxima are negated)."""
    if res.status == 0 and mip_rel_gap == 0:
        return objective
    dual = getattr(res, "mip_dual_bound", None)
    if dual is None or not math.isfinite(dual):
        return math.inf if maximise else objective
    return max(objective, constant - float(dual)) if maximise else min(objective, constant + float(dual))


def _check_status(res: Any, what: str) -> None:
    # status 0: optimal; 1: iteration/time limit with a feasible point (returned with its gap)
    if res.status == 1 and res.x is not None:
        return
    if res.status != 0 or res.x is None:
        raise ModelError(f"{what}: the MILP solver stopped without a solution ({res.message})")


def _group_identical_rows(a: sparse.csr_array) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Group demand points with identical coverage sets: ``(first, inverse)`` as in ``np.unique``.

    Rows that the same sites cover are interchangeable in every uncapacitated covering model, so
    they merge into one row carrying their summed weight (3–4× fewer rows on a dense demand grid,
    which is what keeps 1,000 × 10,000 under a second). Rows are keyed by two random 64-bit sums
    of their column ids plus their length, then every row is checked against its representative,
    so a hash collision can only cost speed, never correctness.
    """
    a = a.tocsr()
    a.sort_indices()
    n_rows, n_cols = a.shape
    lengths = np.diff(a.indptr)
    rng = np.random.default_rng(0x5EED)
    row_of = np.repeat(np.arange(n_rows), lengths)
    keys = np.zeros((n_rows, 3), dtype=np.uint64)
    for col in range(2):
        salt = rng.integers(0, np.iinfo(np.int64).max, n_cols, dtype=np.int64).astype(np.uint64)
        np.add.at(keys[:, col], row_of, salt[a.indices])
    keys[:, 2] = lengths.astype(np.uint64)
    _, first, inverse = np.unique(keys, axis=0, return_index=True, return_inverse=True)
    inverse = inverse.reshape(-1)
    rep = first[inverse]
    rep_start = np.repeat(a.indptr[rep], lengths)
    offset = np.arange(a.indices.size) - np.repeat(a.indptr[:-1], lengths)
    if not np.array_equal(a.indices[rep_start + offset], a.indices):
        return np.arange(n_rows, dtype=np.int64), np.arange(n_rows, dtype=np.int64)
    return first.astype(np.int64), inverse.astype(np.int64)


# --------------------------------------------------------------------------- MCLP


def solve_mclp(
    coverage: Coverage,
    weights: ArrayLike | None,
    n_sites_max: int,
    *,
    fixed: ArrayLike | None = None,
    capacity: ArrayLike | None = None,
    demand_load: ArrayLike | None = None,
    tie_break: ArrayLike | None = None,
    mip_rel_gap: float = _DEFAULT_MIP_REL_GAP,
    time_limit_s: float | None = None,
) -> CoverSolution:
    r"""Maximal covering: at most *p* sites, maximum covered weight.

    Uncapacitated (Church & ReVelle 1974):

    .. math::

        \max \sum_{i} w_i x_i \quad \text{s.t.} \quad
        x_i \le \sum_{j} a_{ij} y_j \ \forall i, \qquad
        \sum_j y_j \le p, \qquad y_j = 1\ \forall j \in F, \qquad
        y_j \in \{0,1\},\ 0 \le x_i \le 1

    :math:`x_i` may stay continuous: for integral *y* the optimum sets
    :math:`x_i = \min(1, \sum_j a_{ij} y_j)`, which is 0 or 1. Demand points covered by a fixed
    site (:math:`F`) or by no candidate at all are constants and leave the model.

    With capacities (each demand point assigned to one covering site, loads :math:`\ell_i`,
    capacities :math:`C_j`):

    .. math::

        \max \sum_{(i,j):\,a_{ij}=1} w_i z_{ij} \quad \text{s.t.} \quad
        \sum_j z_{ij} \le 1, \quad \sum_i \ell_i z_{ij} \le C_j y_j, \quad z_{ij} \le y_j, \quad
        \sum_j y_j \le p, \quad z, y \in \{0,1\}

    Parameters
    ----------
    coverage : :class:`Coverage`
    weights : per demand point :math:`w_i \ge 0` (``None``: all 1)
    n_sites_max : *p*, fixed sites included
    fixed : existing garrisons (indices, labels or mask) that must stay
    capacity, demand_load : :math:`C_j` per site and :math:`\ell_i` per demand point (``None``:
        uncapacitated; a load default of 1 makes capacity "sites per garrison")
    tie_break : optional preference :math:`\pi_j \ge 0` per site. Among the optimal solutions,
        a second solve keeps :math:`\sum_i w_i x_i \ge z^*` and maximises
        :math:`\sum_j (\pi_j - \epsilon) y_j` (lexicographic; uncapacitated model only; the small
        :math:`\epsilon` keeps sites that add nothing out). Without it HiGHS returns any optimum.
    mip_rel_gap : relative optimality gap at which HiGHS may stop (0: prove optimality)
    time_limit_s : stop after this long and return the incumbent with its proven gap

    Raises
    ------
    InfeasibleError
        if more sites are fixed than *p* allows.
    """
    cov = coverage
    w = _weights(weights, cov.n_demand)
    fixed_idx = _index_set(fixed, cov)
    p = int(n_sites_max)
    if p < 0:
        raise ModelError(f"n_sites_max must be >= 0 (got {n_sites_max})")
    if fixed_idx.size > p:
        raise InfeasibleError(
            f"{fixed_idx.size} garrisons are fixed ({', '.join(cov.site_ids[k] for k in fixed_idx)}) "
            f"but at most {p} may be placed; raise n_sites_max to {fixed_idx.size} or release some")
    if capacity is not None:
        return _mclp_capacitated(cov, w, p, fixed_idx, capacity, demand_load, mip_rel_gap, time_limit_s)

    a = cov.matrix.tocsc()
    covered_by_fixed = np.zeros(cov.n_demand, dtype=bool)
    if fixed_idx.size:
        covered_by_fixed = np.asarray(a[:, fixed_idx].sum(axis=1)).reshape(-1) > 0
    free = np.setdiff1d(np.arange(cov.n_sites), fixed_idx)
    a_free = cov.matrix[:, free].tocsr() if free.size else sparse.csr_array((cov.n_demand, 0))
    reachable = np.diff(a_free.indptr) > 0
    rows = np.nonzero(reachable & ~covered_by_fixed & (w > 0))[0]
    constant = float(np.sum(w[covered_by_fixed]))
    budget = p - fixed_idx.size
    if rows.size == 0 or budget == 0 or free.size == 0:
        return _solution(cov, "mclp", "milp", fixed_idx, constant, constant, w)

    first, inverse = _group_identical_rows(a_free[rows])
    a_rows = a_free[rows[first]].astype(float)
    w_rows = np.bincount(inverse, weights=w[rows], minlength=first.size)
    n_y, n_x = free.size, first.size
    c = np.concatenate([np.zeros(n_y), -w_rows])
    cover_rows = sparse.hstack([a_rows, -sparse.identity(n_x, format="csr")], format="csr")
    budget_row = sparse.csr_array(np.concatenate([np.ones(n_y), np.zeros(n_x)])[None, :])
    from scipy.optimize import Bounds, LinearConstraint

    res = _run_milp(
        c,
        np.concatenate([np.ones(n_y), np.zeros(n_x)]),
        Bounds(np.zeros(n_y + n_x), np.ones(n_y + n_x)),
        [LinearConstraint(cover_rows, 0.0, np.inf), LinearConstraint(budget_row, -np.inf, budget)],
        mip_rel_gap, time_limit_s,
    )
    _check_status(res, "MCLP")
    if tie_break is not None and res.status == 0:
        pref = np.broadcast_to(np.asarray(tie_break, dtype=float), (cov.n_sites,))[free]
        # a site of no preference costs a little, so it is not placed for nothing
        positive = pref[pref > 0]
        pref = pref - 1e-6 * (float(positive.min()) if positive.size else 1.0)
        # keep the optimum (less a rounding allowance far below any weight step) and prefer sites
        floor = -float(res.fun) - 1e-9 * max(1.0, abs(float(res.fun)))
        keep_optimum = sparse.csr_array(np.concatenate([np.zeros(n_y), w_rows])[None, :])
        second = _run_milp(
            np.concatenate([-pref, np.zeros(n_x)]),
            np.concatenate([np.ones(n_y), np.zeros(n_x)]),
            Bounds(np.zeros(n_y + n_x), np.ones(n_y + n_x)),
            [LinearConstraint(cover_rows, 0.0, np.inf), LinearConstraint(budget_row, -np.inf, budget),
             LinearConstraint(keep_optimum, floor, np.inf)],
            mip_rel_gap, time_limit_s,
        )
        if second.status == 0 and second.x is not None:
            res = second
    chosen = free[np.round(res.x[:n_y]) > 0.5]
    selected = np.concatenate([fixed_idx, chosen])
    # recompute the objective from the chosen sites: exact, immune to solver tolerances
    count = cov.cover_count(selected)
    objective = float(np.sum(w[count > 0]))
    return _solution(cov, "mclp", "milp", selected, objective,
                     _proven_bound(res, objective, constant, mip_rel_gap, maximise=True), w)


def _pairs(cov: Coverage) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    coo = cov.matrix.tocoo()
    order = np.lexsort((coo.col, coo.row))
    return np.asarray(coo.row)[order].astype(np.int64), np.asarray(coo.col)[order].astype(np.int64)


def _capacity_arrays(cov: Coverage, capacity: ArrayLike, demand_load: ArrayLike | None
                     ) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    cap = np.broadcast_to(np.asarray(capacity, dtype=float), (cov.n_sites,)).astype(float)
    load = _weights(demand_load, cov.n_demand, "demand_load")
    if np.any(cap < 0) or np.any(np.isnan(cap)):
        raise ModelError("capacity must be >= 0 for every site")
    return cap, load


def _assignment_model(
    cov: Coverage, cap: NDArray[np.float64], load: NDArray[np.float64], fixed_idx: NDArray[np.int64],
) -> tuple[NDArray[np.int64], NDArray[np.int64], list[Any], Any]:
    """Shared constraints of the capacitated models; variables are [y (sites), z (pairs)]."""
    from scipy.optimize import Bounds, LinearConstraint

    pi, pj = _pairs(cov)
    n_y, n_z = cov.n_sites, pi.size
    zi = np.arange(n_z)
    # Σ_i ℓ_i z_ij − C_j y_j ≤ 0
    cap_rows = sparse.hstack([
        sparse.csr_array((-cap, (np.arange(n_y), np.arange(n_y))), shape=(n_y, n_y)),
        sparse.csr_array((load[pi], (pj, zi)), shape=(n_y, n_z)),
    ], format="csr")
    # z_ij − y_j ≤ 0 (needed when a load is 0, and it tightens the LP relaxation)
    link_rows = sparse.hstack([
        sparse.csr_array((-np.ones(n_z), (zi, pj)), shape=(n_z, n_y)),
        sparse.identity(n_z, format="csr"),
    ], format="csr")
    lb = np.zeros(n_y + n_z)
    lb[fixed_idx] = 1.0
    constraints = [LinearConstraint(cap_rows, -np.inf, 0.0), LinearConstraint(link_rows, -np.inf, 0.0)]
    return pi, pj, constraints, Bounds(lb, np.ones(n_y + n_z))


def _assigned_from(x: NDArray[np.float64], n_y: int, pi: NDArray[np.int64], pj: NDArray[np.int64],
                   n_demand: int) -> NDArray[np.int64]:
    z = np.round(x[n_y:]) > 0.5
    assigned = np.full(n_demand, -1, dtype=np.int64)
    assigned[pi[z]] = pj[z]
    return assigned


def _mclp_capacitated(cov, w, p, fixed_idx, capacity, demand_load, mip_rel_gap, time_limit_s):  # type: ignore[no-untyped-def]
    from scipy.optimize import LinearConstraint

    cap, load = _capacity_arrays(cov, capacity, demand_load)
    pi, pj, constraints, bounds = _assignment_model(cov, cap, load, fixed_idx)
    n_y, n_z = cov.n_sites, pi.size
    one_each = sparse.hstack([sparse.csr_array((cov.n_demand, n_y)),
                              sparse.csr_array((np.ones(n_z), (pi, np.arange(n_z))),
                                               shape=(cov.n_demand, n_z))], format="csr")
    budget = sparse.csr_array(np.concatenate([np.ones(n_y), np.zeros(n_z)])[None, :])
    constraints += [LinearConstraint(one_each, -np.inf, 1.0), LinearConstraint(budget, -np.inf, p)]
    c = np.concatenate([np.zeros(n_y), -w[pi]])
    res = _run_milp(c, np.ones(n_y + n_z), bounds, constraints, mip_rel_gap, time_limit_s)
    _check_status(res, "capacitated MCLP")
    selected = np.nonzero(np.round(res.x[:n_y]) > 0.5)[0]
    assigned = _assigned_from(res.x, n_y, pi, pj, cov.n_demand)
    objective = float(np.sum(w[assigned >= 0]))
    return _solution(cov, "mclp", "milp", selected, objective,
                     _proven_bound(res, objective, 0.0, mip_rel_gap, maximise=True), w, assigned)


def greedy_mclp(
    coverage: Coverage, weights: ArrayLike | None, n_sites_max: int, *, fixed: ArrayLike | None = None,
) -> CoverSolution:
    r"""Greedy MCLP preview with a proven bound on its gap.

    Starting from the fixed sites, add the site with the largest marginal gain
    :math:`\Delta_j(S) = \sum_{i:\,a_{ij}=1,\ i \text{ uncovered}} w_i` until *p* sites are placed
    or nothing more is gained. Coverage is monotone submodular, so for every intermediate set
    :math:`S_t` (Nemhauser, Wolsey & Fisher 1978; Minoux's "online" bound)

    .. math::

        \mathrm{OPT} \le f(S_t) + \sum_{j \in \text{top}_k \Delta(S_t)} \Delta_j(S_t),
        \qquad k = p - |F|

    and the reported ``bound`` is the smallest such value over the run, so ``gap_percent`` is a
    guaranteed upper bound on the distance to the optimum (the classic :math:`1 - 1/e` is the
    worst case; on real instances this bound is far tighter). Each step costs one sparse
    matrix–vector product over the newly covered rows only.
    """
    cov = coverage
    w = _weights(weights, cov.n_demand)
    fixed_idx = _index_set(fixed, cov)
    p = int(n_sites_max)
    if fixed_idx.size > p:
        raise InfeasibleError(f"{fixed_idx.size} garrisons are fixed but at most {p} may be placed")
    a = cov.matrix.astype(float).tocsr()
    at = a.T.tocsr()
    remaining = w.copy()
    covered = np.zeros(cov.n_demand, dtype=bool)
    if fixed_idx.size:
        covered = np.asarray(a[:, fixed_idx].sum(axis=1)).reshape(-1) > 0
        remaining[covered] = 0.0
    value = float(np.sum(w[covered]))
    gains = np.asarray(at @ remaining).reshape(-1)
    gains[fixed_idx] = 0.0
    selected = list(fixed_idx)
    k = p - fixed_idx.size
    bound = math.inf

    def online_bound() -> float:
        if k <= 0:
            return value
        top = np.partition(gains, -k)[-k:] if k < gains.size else gains
        return value + float(np.sum(top))

    for _ in range(k):
        bound = min(bound, online_bound())
        j = int(np.argmax(gains)) if gains.size else -1
        if j < 0 or gains[j] <= 0:
            break
        col = at.indices[at.indptr[j] : at.indptr[j + 1]]
        newly = col[remaining[col] > 0]
        value += float(np.sum(remaining[newly]))
        # only the columns covering the newly covered rows lose gain
        delta = sparse.csr_array((remaining[newly], (np.zeros(newly.size, dtype=np.int64), newly)),
                                 shape=(1, cov.n_demand))
        gains -= np.asarray((delta @ a).todense()).reshape(-1)
        remaining[newly] = 0.0
        gains[j] = 0.0
        selected.append(j)
    bound = min(bound, online_bound())
    return _solution(cov, "mclp", "greedy", np.array(selected, dtype=np.int64), value,
                     max(bound, value), w)


# --------------------------------------------------------------------------- LSCP


def _unreachable_error(cov: Coverage, rows: NDArray[np.int64], what: str) -> InfeasibleError:
    worst = float(np.max(cov.nearest_km[rows]))
    parts = []
    for i in rows[np.argsort(-cov.nearest_km[rows])][:12]:
        near = cov.nearest_km[i]
        where = (f"nearest candidate {cov.site_ids[cov.nearest_site[i]]} at {near:.0f} km"
                 if math.isfinite(near) else "no candidate at all")
        parts.append(f"{cov.demand_ids[i]} ({where})")
    more = f" and {rows.size - 12} more" if rows.size > 12 else ""
    need = (f"; a cover radius of at least {math.ceil(worst)} km would be needed"
            if math.isfinite(worst) else "; add candidates")
    err = InfeasibleError(
        f"{what}: no candidate lies within {cov.radius_km:g} km of {rows.size} demand point"
        f"{'s' if rows.size != 1 else ''}: {', '.join(parts)}{more}{need} "
        f"(or add candidates nearer to them)")
    err.demand_ids = tuple(cov.demand_ids[i] for i in rows)  # type: ignore[attr-defined]
    err.needed_km = worst  # type: ignore[attr-defined]
    return err


def solve_lscp(
    coverage: Coverage,
    *,
    fixed: ArrayLike | None = None,
    site_cost: ArrayLike | None = None,
    capacity: ArrayLike | None = None,
    demand_load: ArrayLike | None = None,
    mip_rel_gap: float = _DEFAULT_MIP_REL_GAP,
    time_limit_s: float | None = None,
) -> CoverSolution:
    r"""Set covering: the cheapest set of sites that covers every demand point.

    .. math::

        \min \sum_j c_j y_j \quad \text{s.t.} \quad \sum_j a_{ij} y_j \ge 1\ \forall i, \qquad
        y_j = 1\ \forall j \in F, \qquad y_j \in \{0, 1\}

    (:math:`c_j = 1` by default: the fewest sites). With capacities each demand point is assigned
    to one covering site, :math:`\sum_j z_{ij} = 1`, :math:`\sum_i \ell_i z_{ij} \le C_j y_j`,
    :math:`z_{ij} \le y_j`.

    Raises
    ------
    InfeasibleError
        naming every demand point that no candidate reaches, the nearest candidate to each and the
        radius that would be needed; or, with capacities, the points whose load exceeds every
        reachable capacity, or the total load against the total capacity.
    """
    cov = coverage
    fixed_idx = _index_set(fixed, cov)
    cost = np.ones(cov.n_sites) if site_cost is None else np.broadcast_to(
        np.asarray(site_cost, dtype=float), (cov.n_sites,)).astype(float)
    reach = np.diff(cov.matrix.tocsr().indptr) > 0
    if not np.all(reach):
        raise _unreachable_error(cov, np.nonzero(~reach)[0].astype(np.int64), "set covering is infeasible")
    if capacity is not None:
        return _lscp_capacitated(cov, cost, fixed_idx, capacity, demand_load, mip_rel_gap, time_limit_s)
    from scipy.optimize import Bounds, LinearConstraint

    covered_by_fixed = np.zeros(cov.n_demand, dtype=bool)
    if fixed_idx.size:
        covered_by_fixed = np.asarray(cov.matrix.tocsc()[:, fixed_idx].sum(axis=1)).reshape(-1) > 0
    rows = np.nonzero(~covered_by_fixed)[0]
    free = np.setdiff1d(np.arange(cov.n_sites), fixed_idx)
    constant = float(np.sum(cost[fixed_idx]))
    ones = np.ones(cov.n_demand)
    if rows.size == 0:
        return _solution(cov, "lscp", "milp", fixed_idx, constant, constant, ones)
    a_rows = cov.matrix[rows][:, free].tocsr()
    # duplicate cover constraints are redundant: keep one per distinct coverage set
    a_rows = a_rows[_group_identical_rows(a_rows)[0]].astype(float)
    res = _run_milp(cost[free], np.ones(free.size), Bounds(np.zeros(free.size), np.ones(free.size)),
                    [LinearConstraint(a_rows, 1.0, np.inf)], mip_rel_gap, time_limit_s)
    _check_status(res, "LSCP")
    selected = np.concatenate([fixed_idx, free[np.round(res.x) > 0.5]])
    objective = float(np.sum(cost[selected]))
    return _solution(cov, "lscp", "milp", selected, objective,
                     _proven_bound(res, objective, constant, mip_rel_gap, maximise=False), ones)


def _lscp_capacitated(cov, cost, fixed_idx, capacity, demand_load, mip_rel_gap, time_limit_s):  # type: ignore[no-untyped-def]
    from scipy.optimize import LinearConstraint

    cap, load = _capacity_arrays(cov, capacity, demand_load)
    pi, pj, constraints, bounds = _assignment_model(cov, cap, load, fixed_idx)
    # a demand point whose load exceeds the capacity of every site that reaches it can never fit
    best_cap = np.zeros(cov.n_demand)
    np.maximum.at(best_cap, pi, cap[pj])
    too_big = np.nonzero(load > best_cap + 1e-9)[0]
    if too_big.size:
        names = ", ".join(f"{cov.demand_ids[i]} (load {load[i]:g} > largest reachable capacity "
                          f"{best_cap[i]:g})" for i in too_big[:12])
        raise InfeasibleError(f"capacitated set covering is infeasible: {names}")
    n_y, n_z = cov.n_sites, pi.size
    one_each = sparse.hstack([sparse.csr_array((cov.n_demand, n_y)),
                              sparse.csr_array((np.ones(n_z), (pi, np.arange(n_z))),
                                               shape=(cov.n_demand, n_z))], format="csr")
    constraints.append(LinearConstraint(one_each, 1.0, 1.0))
    c = np.concatenate([cost, np.zeros(n_z)])
    res = _run_milp(c, np.ones(n_y + n_z), bounds, constraints, mip_rel_gap, time_limit_s)
    if res.status == 2:
        raise InfeasibleError(
            f"capacitated set covering is infeasible: total load {load.sum():g} against total "
            f"capacity {cap.sum():g}; the sites that reach the heaviest points cannot hold them all")
    _check_status(res, "capacitated LSCP")
    selected = np.nonzero(np.round(res.x[:n_y]) > 0.5)[0]
    assigned = _assigned_from(res.x, n_y, pi, pj, cov.n_demand)
    objective = float(np.sum(cost[selected]))
    return _solution(cov, "lscp", "milp", selected, objective, objective, np.ones(cov.n_demand), assigned)


# --------------------------------------------------------------------------- backup covering


def solve_backup_cover(
    coverage: Coverage,
    weights: ArrayLike | None,
    n_sites_max: int,
    *,
    primary_weight: float = 0.5,
    require_cover: bool = False,
    fixed: ArrayLike | None = None,
    mip_rel_gap: float = _DEFAULT_MIP_REL_GAP,
    time_limit_s: float | None = None,
) -> CoverSolution:
    r"""Backup covering: reward demand points covered twice (a second garrison within reach).

    BACOP2 (Hogan & ReVelle 1986), :math:`\theta` = ``primary_weight``:

    .. math::

        \max\ \theta \sum_i w_i x_i + (1-\theta) \sum_i w_i u_i \quad \text{s.t.} \quad
        \sum_j a_{ij} y_j \ge x_i + u_i, \quad u_i \le x_i, \quad \sum_j y_j \le p, \quad
        y_j = 1\ \forall j \in F, \quad x, u, y \in \{0,1\}

    *x* marks first cover, *u* backup cover. With ``require_cover`` (BACOP1) every demand point
    must be covered (:math:`x_i = 1`) and only backup is maximised. For :math:`\theta \ge 1/2`
    *x* and *u* may be continuous (the LP picks them integral for integral *y*); below 1/2 a
    half-covered point would score :math:`x = u = 1/2`, so they are kept binary.

    The ``objective`` is the model's score; ``covered_weight`` is the weight covered at least once.

    Raises
    ------
    InfeasibleError
        with ``require_cover``, when a demand point has no candidate (named, with the radius
        needed) or when *p* is below the minimum number of sites that covers everything (LSCP).
    """
    cov = coverage
    w = _weights(weights, cov.n_demand)
    theta = float(primary_weight)
    if not 0.0 <= theta <= 1.0:
        raise ModelError(f"primary_weight must lie in [0, 1] (got {primary_weight!r})")
    fixed_idx = _index_set(fixed, cov)
    p = int(n_sites_max)
    if fixed_idx.size > p:
        raise InfeasibleError(f"{fixed_idx.size} garrisons are fixed but at most {p} may be placed")
    if require_cover:
        reach = np.diff(cov.matrix.tocsr().indptr) > 0
        if not np.all(reach):
            raise _unreachable_error(cov, np.nonzero(~reach)[0].astype(np.int64),
                                     "backup covering with full cover is infeasible")
    from scipy.optimize import Bounds, LinearConstraint

    first, inverse = _group_identical_rows(cov.matrix)
    a = cov.matrix[first].astype(float).tocsr()
    w_rows = np.bincount(inverse, weights=w, minlength=first.size)
    n_y, m = cov.n_sites, first.size
    eye = sparse.identity(m, format="csr")
    zero = sparse.csr_array((m, n_y))
    cover = sparse.hstack([a, -eye, -eye], format="csr")
    order = sparse.hstack([zero, -eye, eye], format="csr")
    budget = sparse.csr_array(np.concatenate([np.ones(n_y), np.zeros(2 * m)])[None, :])
    lb = np.zeros(n_y + 2 * m)
    lb[fixed_idx] = 1.0
    if require_cover:
        lb[n_y : n_y + m] = 1.0
        c = np.concatenate([np.zeros(n_y), np.zeros(m), -w_rows])
    else:
        c = np.concatenate([np.zeros(n_y), -theta * w_rows, -(1 - theta) * w_rows])
    integ = np.concatenate([np.ones(n_y), np.full(2 * m, 0.0 if theta >= 0.5 or require_cover else 1.0)])
    res = _run_milp(c, integ, Bounds(lb, np.ones(n_y + 2 * m)),
                    [LinearConstraint(cover, 0.0, np.inf), LinearConstraint(order, -np.inf, 0.0),
                     LinearConstraint(budget, -np.inf, p)], mip_rel_gap, time_limit_s)
    if res.status == 2 and require_cover:
        need = solve_lscp(cov, fixed=fixed_idx)
        raise InfeasibleError(
            f"backup covering with full cover is infeasible: covering every demand point needs "
            f"{need.selected.size} sites ({', '.join(need.selected_ids)}), more than "
            f"n_sites_max={p}")
    _check_status(res, "backup covering")
    selected = np.nonzero(np.round(res.x[:n_y]) > 0.5)[0]
    count = cov.cover_count(selected)
    once, twice = count >= 1, count >= 2
    objective = (float(np.sum(w[twice])) if require_cover
                 else theta * float(np.sum(w[once])) + (1 - theta) * float(np.sum(w[twice])))
    return _solution(cov, "backup", "milp", selected, objective,
                     _proven_bound(res, objective, 0.0, mip_rel_gap, maximise=True), w)


# --------------------------------------------------------------------------- theatre posture


@dataclass(frozen=True, eq=False)
class CandidateSet:
    """Sites that may host a garrison, and those the standoff rule or eligibility excludes.

    ``index`` are positions in the input arrays; ``excluded`` maps an excluded id to its reason.
    """

    index: NDArray[np.int64]
    ids: tuple[str, ...]
    excluded: dict[str, str]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready types."""
        return {"candidates": list(self.ids),
                "excluded": [{"id": k, "reason": v} for k, v in self.excluded.items()]}


def select_candidates(
    ids: Sequence[str],
    line_km: ArrayLike,
    standoff_km: float,
    *,
    eligible: ArrayLike | None = None,
    reasons: Sequence[str] | None = None,
) -> CandidateSet:
    r"""Candidates beyond the standoff: :math:`J = \{j : \delta_j > s,\ \text{eligible}_j\}`.

    Parameters
    ----------
    ids : site labels
    line_km : :math:`\delta_j`, distance from each site to the contact line (km)
    standoff_km : *s*; a site at exactly *s* is excluded (the force stays *beyond* it)
    eligible : optional mask (e.g. under Ukrainian control); ineligible sites are excluded
    reasons : why each ineligible site is ineligible (used in ``excluded``)
    """
    dist = np.asarray(line_km, dtype=float).reshape(-1)
    if dist.size != len(ids):
        raise ModelError(f"line_km needs one distance per site ({len(ids)}) (got {dist.size})")
    if standoff_km < 0:
        raise ModelError(f"standoff_km must be >= 0 (got {standoff_km:g})")
    ok = np.ones(dist.size, dtype=bool) if eligible is None else np.asarray(eligible, dtype=bool)
    excluded: dict[str, str] = {}
    keep = []
    for k, site in enumerate(ids):
        if not ok[k]:
            excluded[site] = reasons[k] if reasons else "not eligible"
        elif not dist[k] > standoff_km:
            excluded[site] = f"{dist[k]:.0f} km from the contact line, within the {standoff_km:g} km standoff"
        else:
            keep.append(k)
    index = np.array(keep, dtype=np.int64)
    return CandidateSet(index, tuple(ids[k] for k in keep), excluded)


@dataclass(frozen=True, eq=False)
class PostureResult:
    """Where the garrisons stand and what they protect.

    ``garrisons`` and ``sites`` are lists of plain records; ``solution`` is the exact MCLP,
    ``preview`` the greedy one with its bounded gap; ``full_cover`` the LSCP answer (garrisons
    needed to protect every protectable site, or why it cannot be done); ``notes`` state how the
    standoff rule treated sites on or near the line.
    """

    garrisons: tuple[dict[str, Any], ...]
    sites: tuple[dict[str, Any], ...]
    covered_weight_percent: float
    uncovered_sites: tuple[str, ...]
    not_protected: tuple[dict[str, Any], ...]
    candidates: CandidateSet
    solution: CoverSolution
    preview: CoverSolution
    full_cover: dict[str, Any]
    standoff_km: float
    cover_radius_km: float
    detour_factor: float
    notes: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready types."""
        return {
            "standoff_km": self.standoff_km,
            "cover_radius_km": self.cover_radius_km,
            "detour_factor": self.detour_factor,
            "garrisons": [dict(g) for g in self.garrisons],
            "covered_weight_percent": float(self.covered_weight_percent),
            "covered_sites": [s["id"] for s in self.sites if s["covered"]],
            "uncovered_sites": list(self.uncovered_sites),
            "not_protected": [dict(s) for s in self.not_protected],
            "sites": [dict(s) for s in self.sites],
            "candidates": self.candidates.to_dict(),
            "solution": self.solution.to_dict(),
            "preview": self.preview.to_dict(),
            "full_cover": dict(self.full_cover),
            "notes": list(self.notes),
        }


def _km_text(km: float) -> str:
    return "under 1 km" if km < 1 else f"{km:.0f} km"


def plan_posture(
    *,
    site_ids: Sequence[str],
    site_names: Sequence[str],
    site_lonlat: ArrayLike,
    site_line_km: ArrayLike,
    site_weight: ArrayLike,
    site_protectable: ArrayLike,
    site_host: ArrayLike | None = None,
    site_reason: Sequence[str] | None = None,
    extra_ids: Sequence[str] = (),
    extra_names: Sequence[str] = (),
    extra_lonlat: ArrayLike | None = None,
    standoff_km: float,
    cover_radius_km: float,
    detour_factor: float,
    n_garrisons: int,
    existing: Sequence[str] = (),
    capacity: ArrayLike | None = None,
    demand_load: ArrayLike | None = None,
) -> PostureResult:
    r"""Place *p* garrisons beyond the standoff to protect the most site weight.

    Demand: protectable sites *i* with weight :math:`w_i`. Candidates: sites with
    :math:`\delta_j > s` that may host a garrison (``site_host``), plus ``extra`` sites (e.g.
    airfields in neighbouring countries, always beyond the standoff). Cover:
    :math:`\kappa d_{ij} \le S`. Solved as MCLP (exact and greedy preview) and as LSCP for the
    number of garrisons a full cover needs.

    Parameters
    ----------
    site_ids, site_names, site_lonlat : the theatre's sites
    site_line_km : distance from each site to the contact line (km)
    site_weight : protection weight per site (0 = not a demand point)
    site_protectable : False for sites the force cannot protect (e.g. held by the other side)
    site_host : False for sites that may not host a garrison (default: all may)
    site_reason : why a site is not protectable (reported)
    extra_ids, extra_names, extra_lonlat : additional candidates outside the site list
    standoff_km : *s*
    cover_radius_km : *S*, road km from garrison to site
    detour_factor : :math:`\kappa`
    n_garrisons : *p*
    existing : ids of garrisons that must stay (sites or extras)
    capacity, demand_load : optional unit capacities per candidate (sites first, then extras)
        and loads per protectable site
    """
    ids = [str(s) for s in site_ids]
    lonlat = np.asarray(site_lonlat, dtype=float).reshape(-1, 2)
    line_km = np.asarray(site_line_km, dtype=float).reshape(-1)
    weight = _weights(site_weight, len(ids), "site_weight")
    protect = np.asarray(site_protectable, dtype=bool).reshape(-1)
    host = np.ones(len(ids), dtype=bool) if site_host is None else np.asarray(site_host, dtype=bool)
    reasons = list(site_reason) if site_reason is not None else ["not protectable"] * len(ids)
    if not (lonlat.shape[0] == line_km.size == protect.size == host.size == len(ids) == len(site_names)):
        raise ModelError("every site array must have one entry per site id")

    host_reasons = [reasons[k] if not protect[k] else "may not host a garrison" for k in range(len(ids))]
    cand = select_candidates(ids, line_km, standoff_km, eligible=host & protect, reasons=host_reasons)
    extra_xy = (np.empty((0, 2)) if extra_lonlat is None
                else np.asarray(extra_lonlat, dtype=float).reshape(-1, 2))
    cand_ids = list(cand.ids) + [str(e) for e in extra_ids]
    cand_names = [site_names[k] for k in cand.index] + list(extra_names or extra_ids)
    cand_lonlat = np.vstack([lonlat[cand.index], extra_xy]) if len(cand_ids) else np.empty((0, 2))

    demand = np.nonzero(protect & (weight > 0))[0]
    demand_ids = [ids[k] for k in demand]
    cov = coverage_from_lonlat(lonlat[demand], cand_lonlat, cover_radius_km,
                               detour_factor=detour_factor, demand_ids=demand_ids, site_ids=cand_ids) \
        if demand.size and cand_ids else coverage_from_distances(
            np.full((demand.size, len(cand_ids)), np.inf), cover_radius_km,
            demand_ids=demand_ids, site_ids=cand_ids)
    w = weight[demand]
    missing = [e for e in existing if e not in cand_ids]
    if missing:
        why = cand.excluded.get(missing[0], "not a site or extra candidate")
        raise InfeasibleError(f"existing garrison {missing[0]!r} cannot stay: {why}")
    load = None if demand_load is None else np.asarray(demand_load, dtype=float).reshape(-1)[demand]
    cap = None
    if capacity is not None:
        cap_all = np.asarray(capacity, dtype=float).reshape(-1)
        if cap_all.size != len(ids) + len(cand_ids) - len(cand.ids):
            raise ModelError("capacity needs one value per site followed by one per extra candidate")
        cap = np.concatenate([cap_all[cand.index], cap_all[len(ids):]])
    # among equally good postures, prefer garrisons standing at the protected sites themselves
    own = {ids[k]: weight[k] for k in demand}
    prefer = np.array([own.get(c, 0.0) for c in cand_ids])
    exact = solve_mclp(cov, w, n_garrisons, fixed=list(existing) or None, capacity=cap,
                       demand_load=load, tie_break=None if cap is not None else prefer)
    preview = greedy_mclp(cov, w, n_garrisons, fixed=list(existing) or None)

    full_cover: dict[str, Any]
    try:
        lscp = solve_lscp(cov, fixed=list(existing) or None, capacity=cap, demand_load=load)
        full_cover = {"feasible": True, "garrisons_needed": int(lscp.selected.size),
                      "garrisons": list(lscp.selected_ids)}
    except InfeasibleError as err:
        full_cover = {"feasible": False, "reason": str(err),
                      "unreachable": list(getattr(err, "demand_ids", ())),
                      "needed_radius_km": getattr(err, "needed_km", None)}

    covered_by: dict[int, str] = {}
    for pos, i in enumerate(demand):
        if exact.covered[pos]:
            covered_by[int(i)] = cand_ids[int(exact.assigned_site[pos])]
    site_rows = []
    for k, site in enumerate(ids):
        site_rows.append({
            "id": site, "name": site_names[k], "lon": float(lonlat[k, 0]), "lat": float(lonlat[k, 1]),
            "line_km": round(float(line_km[k]), 1), "weight": float(weight[k]),
            "protectable": bool(protect[k]), "candidate": site in cand.ids,
            "covered": k in covered_by, "protected_by": covered_by.get(k),
        })
    garrisons = []
    for j in exact.selected:
        col = cov.matrix[:, [j]].tocoo().row if demand.size else np.empty(0, dtype=int)
        garrisons.append({
            "id": cand_ids[j], "name": cand_names[j], "lon": float(cand_lonlat[j, 0]),
            "lat": float(cand_lonlat[j, 1]), "existing": cand_ids[j] in existing,
            "extra": j >= len(cand.ids),
            "covers": [demand_ids[i] for i in sorted(col)],
        })
    uncovered = tuple(demand_ids[i] for i in range(demand.size) if not exact.covered[i])
    not_protected = []
    notes = []
    for k, site in enumerate(ids):
        inside = not line_km[k] > standoff_km
        if not protect[k]:
            not_protected.append({"id": site, "name": site_names[k], "reason": reasons[k],
                                  "line_km": round(float(line_km[k]), 1), "weight": float(weight[k])})
            if weight[k] > 0:
                notes.append(
                    f"{site_names[k]} lies {_km_text(line_km[k])} from the contact line"
                    f"{f', inside the {standoff_km:g} km standoff' if inside else ''}: "
                    f"{reasons[k]}; under the standoff rule it can host no garrison, and as the "
                    f"force cannot protect it, its weight ({weight[k]:,.0f}) is reported but left "
                    f"out of covered_weight_percent")
        elif inside and weight[k] > 0:
            state = (f"covered from {covered_by[k]}" if k in covered_by else "not covered")
            notes.append(f"{site_names[k]} lies {_km_text(line_km[k])} from the contact line, inside the "
                         f"{standoff_km:g} km standoff: it may not host a garrison but is protected "
                         f"from beyond the standoff where a garrison is within {cover_radius_km:g} "
                         f"road km ({state})")
    return PostureResult(
        garrisons=tuple(garrisons), sites=tuple(site_rows),
        covered_weight_percent=exact.covered_weight_percent, uncovered_sites=uncovered,
        not_protected=tuple(not_protected), candidates=cand, solution=exact, preview=preview,
        full_cover=full_cover, standoff_km=float(standoff_km), cover_radius_km=float(cover_radius_km),
        detour_factor=float(detour_factor), notes=tuple(notes),
    )
