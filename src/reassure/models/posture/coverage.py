"""Coverage matrices (sparse, from distances, planar km or lon/lat) and the solution type shared
by the covering models, with the HiGHS helpers they use."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy import sparse

from reassure.errors import ModelError

__all__ = ["Coverage", "coverage_from_distances", "coverage_from_xy_km", "coverage_from_lonlat", "CoverSolution"]


# HiGHS stops at this relative gap unless told otherwise; 0 means "prove the optimum", which the
# covering models reach in well under a second at theatre sizes (LP relaxation nearly integral).
_DEFAULT_MIP_REL_GAP = 0.0


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
