"""The covering-location library: MCLP (maximal covering, Church & ReVelle 1974), its greedy
preview with an online bound (Nemhauser, Wolsey & Fisher 1978), LSCP (set covering, Toregas et
al. 1971) and backup covering (BACOP, Hogan & ReVelle 1986), each solved with
``scipy.optimize.milp`` (HiGHS). Formulations in ``docs/models/posture.md``."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy import sparse

from reassure.errors import InfeasibleError, ModelError
from reassure.models.posture.coverage import (
    _DEFAULT_MIP_REL_GAP,
    Coverage,
    CoverSolution,
    _check_status,
    _group_identical_rows,
    _index_set,
    _proven_bound,
    _run_milp,
    _solution,
    _weights,
)

__all__ = ["solve_mclp", "greedy_mclp", "solve_lscp", "solve_backup_cover"]


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
    p = _sites_allowed(n_sites_max, fixed_idx, cov)
    if capacity is not None:
        return _mclp_capacitated(cov, w, p, fixed_idx, capacity, demand_load, mip_rel_gap, time_limit_s)

    covered_by_fixed = _covered_by_fixed(cov, fixed_idx)
    free = np.setdiff1d(np.arange(cov.n_sites), fixed_idx)
    constant = float(np.sum(w[covered_by_fixed]))
    model = _mclp_model(cov, w, free, covered_by_fixed, p - fixed_idx.size)
    if model is None:  # nothing left to choose: the fixed sites' cover is the answer
        return _solution(cov, "mclp", "milp", fixed_idx, constant, constant, w)
    res = model.solve(np.concatenate([np.zeros(model.n_y), -model.weight]), (),
                      mip_rel_gap, time_limit_s)
    _check_status(res, "MCLP")
    if tie_break is not None and res.status == 0:
        res = _preferred_optimum(model, res, tie_break, cov, free, mip_rel_gap, time_limit_s)
    chosen = free[np.round(res.x[:model.n_y]) > 0.5]
    selected = np.concatenate([fixed_idx, chosen])
    # recompute the objective from the chosen sites: exact, immune to solver tolerances
    count = cov.cover_count(selected)
    objective = float(np.sum(w[count > 0]))
    return _solution(cov, "mclp", "milp", selected, objective,
                     _proven_bound(res, objective, constant, mip_rel_gap, maximise=True), w)


def _sites_allowed(n_sites_max: int, fixed_idx: NDArray[np.int64], cov: Coverage) -> int:
    """*p*, refused when negative or short of the sites fixed already."""
    p = int(n_sites_max)
    if p < 0:
        raise ModelError(f"n_sites_max must be >= 0 (got {n_sites_max})")
    if fixed_idx.size > p:
        raise InfeasibleError(
            f"{fixed_idx.size} garrisons are fixed ({', '.join(cov.site_ids[k] for k in fixed_idx)}) "
            f"but at most {p} may be placed; raise n_sites_max to {fixed_idx.size} or release some")
    return p


def _covered_by_fixed(cov: Coverage, fixed_idx: NDArray[np.int64]) -> NDArray[np.bool_]:
    """Per demand point, whether a fixed site covers it: a constant, out of the model."""
    if not fixed_idx.size:
        return np.zeros(cov.n_demand, dtype=bool)
    return np.asarray(cov.matrix.tocsc()[:, fixed_idx].sum(axis=1)).reshape(-1) > 0


@dataclass(frozen=True, eq=False)
class _MclpModel:
    """The uncapacitated MCLP left once fixed sites are out: ``y`` per free site (first), then
    ``x`` per group of identical demand rows, ``weight`` the group's summed weight."""

    cover_rows: Any   # x_i <= sum_j a_ij y_j, as  sum_j a_ij y_j - x_i >= 0
    budget_row: Any   # sum_j y_j <= budget
    weight: NDArray[Any]
    n_y: int
    budget: int

    @property
    def n_x(self) -> int:
        return int(self.weight.size)

    def solve(self, c: NDArray[np.float64], extra: tuple[Any, ...], mip_rel_gap: float,
              time_limit_s: float | None) -> Any:
        """Minimise ``c`` (over ``y`` then ``x``) under the cover rows, the site budget and the
        ``extra`` constraints; HiGHS's result."""
        from scipy.optimize import Bounds, LinearConstraint

        n = self.n_y + self.n_x
        return _run_milp(
            c,
            np.concatenate([np.ones(self.n_y), np.zeros(self.n_x)]),
            Bounds(np.zeros(n), np.ones(n)),
            [LinearConstraint(self.cover_rows, 0.0, np.inf),
             LinearConstraint(self.budget_row, -np.inf, self.budget), *extra],
            mip_rel_gap, time_limit_s,
        )


def _mclp_model(cov: Coverage, w: NDArray[np.float64], free: NDArray[np.int64],
                covered_by_fixed: NDArray[np.bool_], budget: int) -> _MclpModel | None:
    """The model over the free sites and the demand points only they can cover, or None when
    there is nothing to choose (no such point, no free site, or no site left in the budget)."""
    a_free = cov.matrix[:, free].tocsr() if free.size else sparse.csr_array((cov.n_demand, 0))
    reachable = np.diff(a_free.indptr) > 0
    rows = np.nonzero(reachable & ~covered_by_fixed & (w > 0))[0]
    if rows.size == 0 or budget == 0 or free.size == 0:
        return None
    first, inverse = _group_identical_rows(a_free[rows])
    a_rows = a_free[rows[first]].astype(float)
    weight = np.bincount(inverse, weights=w[rows], minlength=first.size)
    n_y, n_x = free.size, first.size
    return _MclpModel(
        cover_rows=sparse.hstack([a_rows, -sparse.identity(n_x, format="csr")], format="csr"),
        budget_row=sparse.csr_array(np.concatenate([np.ones(n_y), np.zeros(n_x)])[None, :]),
        weight=weight, n_y=n_y, budget=budget,
    )


def _preferred_optimum(model: _MclpModel, res: Any, tie_break: ArrayLike, cov: Coverage,
                       free: NDArray[np.int64], mip_rel_gap: float, time_limit_s: float | None) -> Any:
    """Among the optima of ``res``, the one of most preferred sites (``tie_break``): a second
    solve that keeps the covered weight and maximises the preference; ``res`` if that fails."""
    pref = np.broadcast_to(np.asarray(tie_break, dtype=float), (cov.n_sites,))[free]
    # a site of no preference costs a little, so it is not placed for nothing
    positive = pref[pref > 0]
    pref = pref - 1e-6 * (float(positive.min()) if positive.size else 1.0)
    # keep the optimum (less a rounding allowance far below any weight step) and prefer sites
    from scipy.optimize import LinearConstraint

    floor = -float(res.fun) - 1e-9 * max(1.0, abs(float(res.fun)))
    keep_optimum = sparse.csr_array(np.concatenate([np.zeros(model.n_y), model.weight])[None, :])
    second = model.solve(np.concatenate([-pref, np.zeros(model.n_x)]),
                         (LinearConstraint(keep_optimum, floor, np.inf),), mip_rel_gap, time_limit_s)
    if second.status == 0 and second.x is not None:
        return second
    return res


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
