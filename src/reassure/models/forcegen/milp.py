"""The allocation MILP (``scipy.optimize.milp``, HiGHS), solved lexicographically, its rounding to
whole troops, and LP duals for shadow prices."""

from __future__ import annotations

import pickle
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import numpy as np

from reassure.errors import InfeasibleError
from reassure.models.forcegen.maxflow import _capacity
from reassure.models.forcegen.problem import _SHARE_TOL_PCT, _Prepared

__all__ = []


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


#: Solves already done in this process, keyed on the whole prepared input (its pickle: every
#: array's bytes, dtype and shape and every other field), so an identical problem met again (the
#: sensitivity pass re-solves the main run's cases; explore re-solves unchanged forces) is not
#: solved twice, and any change to any input is a different key. Bounded, least recently used
#: first out. The cached arrays are read-only, so no caller can change a cached answer.
_MEMO_SIZE = 64
_milp_memo: OrderedDict[bytes, _Solution] = OrderedDict()
_duals_memo: OrderedDict[bytes, dict[str, np.ndarray]] = OrderedDict()


def _remember(memo: OrderedDict[bytes, Any], key: bytes, value: Any) -> Any:
    memo[key] = value
    if len(memo) > _MEMO_SIZE:
        memo.popitem(last=False)
    return value


def _frozen(*arrays: np.ndarray) -> None:
    for a in arrays:
        a.setflags(write=False)


def _solve_milp(prep: _Prepared) -> _Solution:
    """:func:`_solve_milp_uncached`, remembered by the whole of ``prep`` (see ``_milp_memo``)."""
    key = pickle.dumps(prep, protocol=pickle.HIGHEST_PROTOCOL)
    hit = _milp_memo.get(key)
    if hit is not None:
        _milp_memo.move_to_end(key)
        return hit
    sol = _solve_milp_uncached(prep)
    _frozen(sol.x, sol.y, sol.lo, sol.hi, sol.rows.lb, sol.rows.ub, sol.rows.a.data,
            sol.rows.a.indices, sol.rows.a.indptr)
    return _remember(_milp_memo, key, sol)


def _solve_milp_uncached(prep: _Prepared) -> _Solution:
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
    """:func:`_lp_duals_uncached`, remembered by the whole of its inputs (fresh arrays each call)."""
    key = pickle.dumps((prep, sol, stage), protocol=pickle.HIGHEST_PROTOCOL)
    hit = _duals_memo.get(key)
    if hit is None:
        hit = _remember(_duals_memo, key, _lp_duals_uncached(prep, sol, stage))
    else:
        _duals_memo.move_to_end(key)
    return {name: values.copy() for name, values in hit.items()}


def _lp_duals_uncached(prep: _Prepared, sol: _Solution, stage: str) -> dict[str, np.ndarray]:
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
