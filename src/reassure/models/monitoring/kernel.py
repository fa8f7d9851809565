"""Array kernels of the monitoring model: coverage samples, accesses, gaps, figures of merit.

Everything here works on plain arrays; :mod:`reassure.models.monitoring` builds the inputs from a
fleet and wraps the outputs in result objects. The conventions (written out in
``docs/models/monitoring.md``) are:

* Time is sampled at ``t_j = j * dt`` for ``j = 0 .. n`` (``n = window / dt``), so the samples
  span the window exactly. Sample ``j`` is *covered* for a cell when a sensor footprint touches
  the cell's centre at any moment of ``[t_j, t_j + dt)`` (the footprint is swept over the step, so
  a fast platform never skips a cell between samples).
* A run of covered samples ``s .. e`` is one *access*, taken as the interval ``[s dt, e dt]``.
  The gap between two accesses of a cell is ``(s_next - e) dt``. Measuring from sample to sample
  this way makes gap and access durations unbiased (an access seen in one sample lasts 0), and
  makes a pass every ``R`` hours give gaps of exactly ``R`` when ``R`` is a multiple of ``dt``.
* Gaps that touch the ends of the window follow an explicit rule (:data:`GAP_RULES`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numba
import numpy as np
from numpy.typing import NDArray

from reassure.errors import ModelError

__all__ = [
    "GAP_RULES",
    "Accesses",
    "Gaps",
    "Samples",
    "accesses",
    "cell_stats",
    "detection_by_duration",
    "gaps",
    "pooled_quantile",
    "pooled_quantile_sorted",
    "sample_coverage",
    "segment_quantile",
]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]

#: Edge-of-window rules for gaps that touch the start or the end of the analysis window.
#:
#: ``optimistic``  STK's rule: coverage is assumed just outside both ends, so an edge gap counts
#:                 with its length inside the window (a lower bound on the true gap).
#: ``pessimistic`` the window is one period of a repeating schedule: the gap open at the end joins
#:                 the gap open at the start and counts once at their summed length. Never
#:                 shorter than ``optimistic`` for a schedule that repeats with the window (the
#:                 last sample then equals the first, and is dropped), and then exact. When the
#:                 schedule does not repeat with the window (a patrol round trip that does not
#:                 divide it), the joined gap is spurious and can exceed any real gap.
#:                 A cell never covered has infinite gaps.
#: ``exclude``     edge gaps are dropped: statistics use only the time from the first access to
#:                 the last; a cell with fewer than two accesses has no revisit (NaN).
GAP_RULES = ("optimistic", "pessimistic", "exclude")

# pd is clipped below 1 so that log(1 - pd) stays finite; 1e-12 is far below any pd we report.
_PD_MAX = 1.0 - 1e-12


@dataclass(frozen=True, eq=False)
class Samples:
    """Coverage of every cell at every sample time.

    Attributes
    ----------
    covered : ndarray of bool, shape (n_cells, n + 1)
        Sample ``j`` of cell ``c`` is covered.
    logmiss : ndarray of float32, shape (n_cells, n + 1)
        ``sum(log(1 - pd))`` over the sensors covering the cell in that sample, so the combined
        detection probability of a sample is ``1 - exp(logmiss)`` (meaningful where covered).
    step_h : float
        Sample spacing ``dt``, hours.
    """

    covered: NDArray[np.bool_]
    logmiss: NDArray[np.float32]
    step_h: float

    @property
    def n_steps(self) -> int:
        """Number of steps ``n`` in the window (there are ``n + 1`` samples)."""
        return int(self.covered.shape[1] - 1)

    @property
    def window_h(self) -> float:
        """Length of the analysis window, hours."""
        return self.n_steps * self.step_h


def sample_coverage(
    centre_km: FloatArray,
    *,
    n_steps: int,
    step_h: float,
    lo_km: FloatArray,
    hi_km: FloatArray,
    logmiss: FloatArray,
    point_cell: IntArray | None = None,
    point_step: IntArray | None = None,
    point_logmiss: FloatArray | None = None,
    keep_scratch: bool = True,
) -> Samples:
    """Build the coverage samples from footprint intervals along the line.

    Parameters
    ----------
    centre_km : ndarray, shape (n_cells,)
        Cell centres along the line, ascending.
    n_steps : int
        Steps in the window; samples are ``0 .. n_steps``.
    step_h : float
        Step length, hours.
    lo_km, hi_km : ndarray, shape (n_platforms, n_steps + 1)
        Footprint extent along the line swept by each platform in each step; a cell is covered
        when ``lo_km <= centre <= hi_km``. NaN marks a platform that sees nothing in that step.
    logmiss : ndarray, shape (n_platforms,) or (n_platforms, n_steps + 1)
        ``log(1 - pd)`` of each platform, or of each platform in each step (day and night).
    point_cell, point_step, point_logmiss : ndarray, shape (n_points,), optional
        Single (cell, sample) accesses (satellite passes) and their ``log(1 - pd)``.
    keep_scratch : bool
        Keep the zeroed work arrays for the next call of the same shape; False for a one-off
        shape (a subset of the cells) that would otherwise stay in memory.

    Returns
    -------
    Samples
    """
    n_cells = int(centre_km.shape[0])
    n_samples = n_steps + 1
    if lo_km.shape != hi_km.shape or lo_km.ndim != 2 or lo_km.shape[1] != n_samples:
        raise ModelError(
            f"footprint arrays must have shape (n_platforms, {n_samples}) (got {lo_km.shape})"
        )
    n_plat = lo_km.shape[0]
    # Difference arrays along the cell axis: +1 where a footprint starts, -1 past its end; a
    # cumulative sum down the cells then gives, per sample, how many footprints cover each cell.
    # Laid out (cell, sample) so the result needs no transpose. They are scratch, kept zeroed
    # for the next call: fresh ones cost more (the system zeroes every page on first touch)
    # than the sweep spends setting each slot back to 0 as it reads it.
    scratch = _SCRATCH.pop((n_cells, n_samples), None)
    count, miss = scratch if scratch is not None else (
        np.zeros((n_cells + 1, n_samples), dtype=np.int32),
        np.zeros((n_cells + 1, n_samples), dtype=np.float32))
    if n_plat:
        valid = np.isfinite(lo_km) & np.isfinite(hi_km)
        p_idx, j_idx = np.nonzero(valid)
        lo_c = np.searchsorted(centre_km, lo_km[p_idx, j_idx], side="left")
        hi_c = np.searchsorted(centre_km, hi_km[p_idx, j_idx], side="right")
        keep = hi_c > lo_c
        p_idx, j_idx, lo_c, hi_c = p_idx[keep], j_idx[keep], lo_c[keep], hi_c[keep]
        lm_all = np.asarray(logmiss, dtype=np.float32)
        lm = lm_all[p_idx, j_idx] if lm_all.ndim == 2 else lm_all[p_idx]
        _scatter_edges(count, miss, lo_c, hi_c, j_idx, np.ascontiguousarray(lm))
    if point_cell is not None and point_cell.size:
        assert point_step is not None and point_logmiss is not None
        pl = np.ascontiguousarray(point_logmiss, dtype=np.float32)
        pc = np.asarray(point_cell, dtype=np.int64)
        _scatter_edges(count, miss, pc, pc + 1, np.asarray(point_step, dtype=np.int64), pl)
    covered = np.empty((n_cells, n_samples), dtype=np.bool_)
    run_logmiss = np.empty((n_cells, n_samples), dtype=np.float32)
    _sweep_cells(count, miss, covered, run_logmiss)
    if keep_scratch or scratch is not None:
        _SCRATCH[(n_cells, n_samples)] = (count, miss)  # zeroed again by the sweep
    # The float32 running sum is only read where a cell is covered; elsewhere round-off may
    # leave values near 0, which nothing uses.
    return Samples(covered=covered, logmiss=run_logmiss, step_h=float(step_h))


#: Zeroed difference arrays of `sample_coverage`, by (cells, samples): one pair, taken out while
#: in use (a second caller at the same time makes its own).
_SCRATCH: dict[tuple[int, int], tuple[NDArray[np.int32], NDArray[np.float32]]] = {}

def sample_covered(
    centre_km: FloatArray,
    *,
    n_steps: int,
    lo_km: FloatArray,
    hi_km: FloatArray,
    point_cell: IntArray | None = None,
    point_step: IntArray | None = None,
    keep_scratch: bool = True,
) -> NDArray[np.bool_]:
    """`sample_coverage`'s ``covered`` alone (no detection), for what reads only whether each
    sample is covered (`jamming`): the same footprints and passes, counted down the cells."""
    n_cells = int(centre_km.shape[0])
    n_samples = n_steps + 1
    # `sample_coverage`'s work arrays, the counts only (the log-miss one is left untouched, zeroed)
    scratch = _SCRATCH.pop((n_cells, n_samples), None)
    count, miss = scratch if scratch is not None else (
        np.zeros((n_cells + 1, n_samples), dtype=np.int32),
        np.zeros((n_cells + 1, n_samples), dtype=np.float32))
    if lo_km.shape[0]:
        valid = np.isfinite(lo_km) & np.isfinite(hi_km)
        p_idx, j_idx = np.nonzero(valid)
        lo_c = np.searchsorted(centre_km, lo_km[p_idx, j_idx], side="left")
        hi_c = np.searchsorted(centre_km, hi_km[p_idx, j_idx], side="right")
        keep = hi_c > lo_c
        _scatter_count(count, lo_c[keep], hi_c[keep], j_idx[keep])
    if point_cell is not None and point_cell.size:
        assert point_step is not None
        pc = np.asarray(point_cell, dtype=np.int64)
        _scatter_count(count, pc, pc + 1, np.asarray(point_step, dtype=np.int64))
    covered = np.empty((n_cells, n_samples), dtype=np.bool_)
    _sweep_count(count, covered)
    if keep_scratch or scratch is not None:
        _SCRATCH[(n_cells, n_samples)] = (count, miss)  # zeroed again by the sweep
    return covered


@numba.njit(cache=True, nogil=True)
def _scatter_count(count: np.ndarray, lo: np.ndarray, hi: np.ndarray,
                   j: np.ndarray) -> None:  # pragma: no cover - compiled
    for m in range(lo.size):
        count[lo[m], j[m]] += 1
        count[hi[m], j[m]] -= 1


@numba.njit(cache=True, nogil=True)
def _sweep_count(count: np.ndarray, covered: np.ndarray) -> None:  # pragma: no cover - compiled
    # `_sweep_cells` without the log-miss: running counts down the cells, each slot zeroed once read
    n_cells, n_samples = covered.shape
    run_count = np.zeros(n_samples, dtype=np.int32)
    for c in range(n_cells):
        for j in range(n_samples):
            run_count[j] += count[c, j]
            count[c, j] = 0
            covered[c, j] = run_count[j] > 0
    for j in range(n_samples):
        count[n_cells, j] = 0


@numba.njit(cache=True, nogil=True)
def _scatter_edges(count: np.ndarray, miss: np.ndarray, lo: np.ndarray, hi: np.ndarray,
                   j: np.ndarray, lm: np.ndarray) -> None:  # pragma: no cover - compiled
    # np.add.at's four scatters (count +1 at lo, -1 at hi; miss +lm at lo, -lm at hi), in the
    # same order, so every float32 slot gets the same additions in the same order.
    for m in range(lo.size):
        count[lo[m], j[m]] += 1
    for m in range(lo.size):
        count[hi[m], j[m]] -= 1
    for m in range(lo.size):
        miss[lo[m], j[m]] += lm[m]
    for m in range(lo.size):
        miss[hi[m], j[m]] += -lm[m]


@numba.njit(cache=True, nogil=True)
def _sweep_cells(count: np.ndarray, miss: np.ndarray, covered: np.ndarray,
                 run_logmiss: np.ndarray) -> None:  # pragma: no cover - compiled
    # Running sums of the difference arrays down the cells, row by row (numpy's cumsum along
    # axis 0 is several times slower at this shape); each slot is set back to 0 once read.
    # The float32 sum of a row is (row above) + (this row's difference), as a cumsum adds.
    n_cells, n_samples = covered.shape
    run_count = np.zeros(n_samples, dtype=np.int32)
    run_miss = np.zeros(n_samples, dtype=np.float32)
    for c in range(n_cells):
        for j in range(n_samples):
            run_count[j] += count[c, j]
            run_miss[j] += miss[c, j]
            count[c, j] = 0
            miss[c, j] = 0.0
            covered[c, j] = run_count[j] > 0
            run_logmiss[c, j] = run_miss[j]
    for j in range(n_samples):  # the row past the last cell (ends of footprints reaching it)
        count[n_cells, j] = 0
        miss[n_cells, j] = 0.0


@numba.njit(cache=True, nogil=True)
def _count_runs(covered: np.ndarray, period: int) -> int:  # pragma: no cover - compiled
    total = 0
    for c in range(covered.shape[0]):
        prev = False
        for j in range(period):
            v = covered[c, j]
            if v and not prev:
                total += 1
            prev = v
    return total


@numba.njit(cache=True, nogil=True)
def _fill_runs(covered: np.ndarray, logmiss: np.ndarray, period: int, cell: np.ndarray,
               start: np.ndarray, end: np.ndarray, lm: np.ndarray) -> None:  # pragma: no cover
    # One pass over each cell's samples: a run is a stretch of covered samples; its pd is that
    # of its best sample (one look per pass, however many samples the pass spans).
    k = 0
    for c in range(covered.shape[0]):
        j = 0
        while j < period:
            if covered[c, j]:
                s = j
                best = logmiss[c, j]
                j += 1
                while j < period and covered[c, j]:
                    if logmiss[c, j] < best:
                        best = logmiss[c, j]
                    j += 1
                cell[k] = c
                start[k] = s
                end[k] = j - 1
                lm[k] = best
                k += 1
            else:
                j += 1


@dataclass(frozen=True, eq=False)
class Accesses:
    """Accesses (runs of covered samples) of every cell, sorted by cell then start.

    Attributes
    ----------
    cell, start, end : ndarray of int, shape (n_runs,)
        Cell and first/last covered sample of each run (inclusive). With a cyclic window a run
        that wraps past the end has ``end < start``.
    logmiss : ndarray of float, shape (n_runs,)
        ``log(1 - pd)`` of the run: its best sample (one look per pass, not one per sample).
    full : ndarray of bool, shape (n_cells,)
        Cells covered at every sample (cyclic window only; they have no runs listed).
    full_logmiss : ndarray of float, shape (n_cells,)
        ``log(1 - pd)`` of a full cell's endless access (0 elsewhere).
    period : int
        Samples in one period: ``n`` for a cyclic window, ``n + 1`` otherwise.
    cyclic : bool
        Whether the window was treated as periodic.
    """

    cell: IntArray
    start: IntArray
    end: IntArray
    logmiss: FloatArray
    full: NDArray[np.bool_]
    full_logmiss: FloatArray
    period: int
    cyclic: bool

    @property
    def n_cells(self) -> int:
        """Number of cells."""
        return int(self.full.shape[0])


def accesses(samples: Samples, *, cyclic: bool) -> Accesses:
    """Find the accesses of every cell.

    Parameters
    ----------
    samples : Samples
    cyclic : bool
        Treat the window as one period of a repeating schedule: sample ``n`` is sample ``0`` of
        the next period, so it is dropped and a run touching both ends becomes one access.

    Returns
    -------
    Accesses
    """
    n_cells = samples.covered.shape[0]
    period = samples.covered.shape[1] - (1 if cyclic else 0)
    n_runs = _count_runs(samples.covered, period)
    cell = np.empty(n_runs, dtype=np.int64)
    start = np.empty(n_runs, dtype=np.int64)
    end = np.empty(n_runs, dtype=np.int64)
    run_logmiss = np.empty(n_runs, dtype=np.float64)
    _fill_runs(samples.covered, samples.logmiss, period, cell, start, end, run_logmiss)
    np.minimum(run_logmiss, 0.0, out=run_logmiss)  # float32 round-off can leave +1e-7
    full = np.zeros(n_cells, dtype=bool)
    full_logmiss = np.zeros(n_cells, dtype=np.float64)
    if cyclic and cell.size:
        first = np.r_[True, cell[1:] != cell[:-1]]
        last = np.r_[cell[1:] != cell[:-1], True]
        f_idx, l_idx = np.flatnonzero(first), np.flatnonzero(last)
        wraps = (start[f_idx] == 0) & (end[l_idx] == period - 1)
        # A single run from 0 to period - 1: covered throughout.
        whole = wraps & (f_idx == l_idx)
        full[cell[f_idx[whole]]] = True
        full_logmiss[cell[f_idx[whole]]] = run_logmiss[f_idx[whole]]
        # Otherwise the first run continues the last one: merge them into the last slot.
        merge = wraps & ~whole
        fm, lmg = f_idx[merge], l_idx[merge]
        end[lmg] = end[fm]
        run_logmiss[lmg] = np.minimum(run_logmiss[lmg], run_logmiss[fm])
        drop = np.zeros(cell.size, dtype=bool)
        drop[fm] = True
        drop[f_idx[whole]] = True
        keep = ~drop
        cell, start, end, run_logmiss = cell[keep], start[keep], end[keep], run_logmiss[keep]
    return Accesses(
        cell=cell,
        start=start,
        end=end,
        logmiss=run_logmiss,
        full=full,
        full_logmiss=full_logmiss,
        period=int(period),
        cyclic=bool(cyclic),
    )


@dataclass(frozen=True, eq=False)
class Gaps:
    """Coverage gaps of every cell under one edge rule, sorted by cell.

    Attributes
    ----------
    cell : ndarray of int, shape (n_gaps,)
    length_h : ndarray of float, shape (n_gaps,)
        Gap durations; ``inf`` for a cell never covered under ``pessimistic``.
    base_h : ndarray of float, shape (n_cells,)
        Time over which a random request is drawn for response statistics: the window, or for
        ``exclude`` the time from the first access to the last (NaN if undefined).
    n_access : ndarray of int, shape (n_cells,)
    """

    cell: IntArray
    length_h: FloatArray
    base_h: FloatArray
    n_access: IntArray


def gaps(acc: Accesses, *, rule: str, step_h: float) -> Gaps:
    """List the gaps of every cell under an edge rule (see :data:`GAP_RULES`).

    Parameters
    ----------
    acc : Accesses
        From :func:`accesses`, cyclic if and only if ``rule == "pessimistic"``.
    rule : str
        One of :data:`GAP_RULES`.
    step_h : float
        Sample spacing, hours.

    Returns
    -------
    Gaps
    """
    if rule not in GAP_RULES:
        raise ModelError(f"gap rule must be one of {', '.join(GAP_RULES)} (got {rule!r})")
    if acc.cyclic != (rule == "pessimistic"):
        raise ModelError("the pessimistic rule needs cyclic accesses, the others non-cyclic")
    n_cells = acc.n_cells
    n_access = np.bincount(acc.cell, minlength=n_cells).astype(np.int64) + acc.full
    code = GAP_RULES.index(rule)
    g_cell, g_steps = _gap_list(acc.cell, acc.start, acc.end, acc.full, n_cells, acc.period,
                                code)
    if rule == "pessimistic":
        base = np.full(n_cells, acc.period * step_h)
    elif rule == "optimistic":
        base = np.full(n_cells, (acc.period - 1) * step_h)
    else:  # exclude: from the first access to the last
        base = np.full(n_cells, np.nan)
        if acc.cell.size:
            first = np.flatnonzero(np.r_[True, acc.cell[1:] != acc.cell[:-1]])
            last = np.flatnonzero(np.r_[acc.cell[1:] != acc.cell[:-1], True])
            base[acc.cell[first]] = (acc.end[last] - acc.start[first]) * step_h
        base[(n_access < 2) | ~(base > 0)] = np.nan
    return Gaps(cell=g_cell, length_h=g_steps * step_h, base_h=base, n_access=n_access)


@numba.njit(cache=True, nogil=True)
def _gap_list(cell: np.ndarray, start: np.ndarray, end: np.ndarray, full: np.ndarray,
              n_cells: int, period: int, rule: int) -> tuple[np.ndarray, np.ndarray]:  # pragma: no cover
    # Gaps in steps, in cell order. rule: 0 optimistic, 1 pessimistic, 2 exclude.
    n = period - 1
    g_cell = np.empty(cell.size + 2 * n_cells, dtype=np.int64)
    g_len = np.empty(cell.size + 2 * n_cells, dtype=np.float64)
    k = 0
    r = 0
    for c in range(n_cells):
        r0 = r
        while r < cell.size and cell[r] == c:
            r += 1
        if r == r0:
            if full[c] or rule == 2:
                continue
            g_cell[k] = c
            g_len[k] = n if rule == 0 else np.inf  # never covered
            k += 1
            continue
        if rule == 0 and start[r0] > 0:  # leading edge gap, cut at the window start
            g_cell[k] = c
            g_len[k] = start[r0]
            k += 1
        for i in range(r0, r - 1):
            g_cell[k] = c
            g_len[k] = start[i + 1] - end[i]
            k += 1
        if rule == 0 and end[r - 1] < n:  # trailing edge gap, cut at the window end
            g_cell[k] = c
            g_len[k] = n - end[r - 1]
            k += 1
        if rule == 1:  # the end gap joins the start gap round the period
            if end[r - 1] >= start[r - 1]:
                wrap = start[r0] + period - end[r - 1]
            else:  # the last access already runs round the period end (merged)
                wrap = start[r0] - end[r - 1]
            if wrap > 0:
                g_cell[k] = c
                g_len[k] = wrap
                k += 1
    return g_cell[:k], g_len[:k]


@numba.njit(cache=True, nogil=True)
def _cell_stats(g_cell: np.ndarray, g_len: np.ndarray, base: np.ndarray, n_cells: int,
                q: float) -> tuple[np.ndarray, ...]:  # pragma: no cover - compiled
    n_g = np.zeros(n_cells, dtype=np.int64)
    s1 = np.zeros(n_cells)
    s2 = np.zeros(n_cells)
    g_min = np.full(n_cells, np.inf)
    g_max = np.zeros(n_cells)
    pq = np.zeros(n_cells)
    k = 0
    while k < g_cell.size:
        c = g_cell[k]
        k0 = k
        while k < g_cell.size and g_cell[k] == c:
            k += 1
        seg = np.sort(g_len[k0:k])[::-1]  # descending
        n_g[c] = k - k0
        g_max[c] = seg[0]
        g_min[c] = seg[-1]
        if not np.isfinite(seg[0]):
            s1[c] = np.inf
            s2[c] = np.inf
            pq[c] = np.inf
            continue
        for v in seg:
            s1[c] += v
            s2[c] += v * v
        # Response exceeds r for a time sum(max(g - r, 0)); the q quantile is the r at which
        # that time is (1 - q) of the base. Piecewise linear: walk the sorted gaps.
        target = (1.0 - q) * base[c]
        if not target == target:  # NaN base
            pq[c] = np.nan
            continue
        if s1[c] <= target:
            continue
        cum = 0.0
        for m in range(seg.size):
            cum += seg[m]
            r_val = (cum - target) / (m + 1)
            nxt = seg[m + 1] if m + 1 < seg.size else 0.0
            if r_val >= nxt:
                pq[c] = r_val
                break
    return n_g, s1, s2, g_min, g_max, pq


def cell_stats(g: Gaps, quantile: float) -> dict[str, FloatArray]:
    """Per-cell gap statistics: ``n``, ``sum``, ``sum2``, ``min``, ``max`` and the response-time
    ``quantile`` (the r at which ``sum(max(g - r, 0)) = (1 - quantile) * base``)."""
    n_cells = g.base_h.shape[0]
    n_g, s1, s2, g_min, g_max, pq = _cell_stats(g.cell, g.length_h, g.base_h, n_cells,
                                                float(quantile))
    return {"n": n_g, "sum": s1, "sum2": s2, "min": g_min, "max": g_max, "quantile": pq}


def segment_quantile(
    seg: IntArray, values: FloatArray, coef: FloatArray, target: FloatArray, n_seg: int
) -> FloatArray:
    """Solve ``sum_j coef_j * max(values_j - r, 0) = target`` for ``r`` in each segment.

    This is the quantile of a response time whose excess over ``r`` integrates to ``target``:
    with ``coef = 1 / base`` and ``target = 1 - q`` it is the ``q`` quantile of the response time
    at a random instant (gaps give responses uniform on ``[0, g]``).

    Parameters
    ----------
    seg : ndarray of int, shape (m,)
        Segment (cell) of each value.
    values, coef : ndarray, shape (m,)
        Gap lengths (finite) and their weights.
    target : ndarray, shape (n_seg,)
        Allowed excess per segment; ``r`` is 0 where the total excess is already within it.
    n_seg : int

    Returns
    -------
    ndarray, shape (n_seg,)
    """
    out = np.zeros(n_seg, dtype=np.float64)
    if values.size == 0:
        return out
    order = np.lexsort((-values, seg))
    g, a, s = values[order], coef[order], seg[order]
    starts = np.flatnonzero(np.r_[True, s[1:] != s[:-1]])
    seg_len = np.diff(np.r_[starts, s.size])
    ag = a * g
    cum_ag, cum_a = np.cumsum(ag), np.cumsum(a)
    off_ag = np.repeat(cum_ag[starts] - ag[starts], seg_len)
    off_a = np.repeat(cum_a[starts] - a[starts], seg_len)
    sum_ag, sum_a = cum_ag - off_ag, cum_a - off_a
    g_next = np.r_[g[1:], 0.0]
    g_next[np.r_[starts[1:] - 1, s.size - 1]] = 0.0
    with np.errstate(divide="ignore", invalid="ignore"):
        r = (sum_ag - target[s]) / sum_a
    ok = (r <= g * (1 + 1e-12)) & (r >= g_next * (1 - 1e-12)) & (r > 0) & (sum_a > 0)
    np.maximum.at(out, s[ok], r[ok])
    return out


def pooled_quantile(values: FloatArray, coef: FloatArray, target: float) -> float:
    """Solve ``sum_j coef_j * max(values_j - r, 0) = target`` for one pooled ``r`` (>= 0)."""
    if target < 0:
        return float("inf")
    r = segment_quantile(np.zeros(values.size, dtype=np.int64), values, coef,
                         np.array([target]), 1)
    return float(r[0])


def pooled_quantile_sorted(values: FloatArray, coef: FloatArray, target: float) -> float:
    """`pooled_quantile` of ``values`` already sorted longest first (equal values in their
    original order, as a stable sort leaves them): the same sums in the same order, no sort."""
    if target < 0:
        return float("inf")
    return float(_pooled_sorted(np.ascontiguousarray(values, dtype=np.float64),
                                np.ascontiguousarray(coef, dtype=np.float64), float(target)))


@numba.njit(cache=True, nogil=True)
def _pooled_sorted(g: np.ndarray, a: np.ndarray, target: float) -> float:  # pragma: no cover
    # `segment_quantile` for one segment, its running sums and tests written as one loop.
    out = 0.0
    sum_ag = 0.0
    sum_a = 0.0
    for i in range(g.size):
        ag = a[i] * g[i]
        sum_ag += ag
        sum_a += a[i]
        if not sum_a > 0:
            continue
        g_next = g[i + 1] if i + 1 < g.size else 0.0
        r = (sum_ag - target) / sum_a
        if r <= g[i] * (1 + 1e-12) and r >= g_next * (1 - 1e-12) and r > 0 and r > out:
            out = r
    return out


def detection_by_duration(
    acc: Accesses,
    *,
    rule: str,
    steps: IntArray,
    pd_fallback: FloatArray,
) -> FloatArray:
    """Probability that an event of each duration is detected, per cell.

    An event starts at a uniformly random instant ``t0`` of the window and lasts ``k dt``. With
    ``t0`` in step ``(i dt, (i + 1) dt)`` it overlaps access ``[s dt, e dt]`` exactly when
    ``s <= i + k`` and ``e >= i + 1``; each overlapped access detects it independently with its
    pd. Averaging over ``i`` gives the probability. Events that run past the window end follow
    the edge rule: ``pessimistic`` wraps round (periodic schedule); ``optimistic`` assumes an
    access just after the window end with the cell's mean pd (``pd_fallback``) unless the cell
    is covered at the end; ``exclude`` uses only events that end inside the window.

    Parameters
    ----------
    acc : Accesses
    rule : str
        One of :data:`GAP_RULES` (cyclic accesses for ``pessimistic``).
    steps : ndarray of int, shape (n_durations,)
        Event durations in steps ``k`` (>= 0).
    pd_fallback : ndarray, shape (n_cells,)
        Mean pd per pass of each cell (NaN or 0 where never covered).

    Returns
    -------
    ndarray, shape (n_cells, n_durations)
        NaN where no event of that duration fits (``exclude``).
    """
    n_cells, period = acc.n_cells, acc.period
    fb = np.where(np.isfinite(pd_fallback), pd_fallback, 0.0)
    virtual = np.log1p(-np.minimum(fb, _PD_MAX))
    covered_end = np.zeros(n_cells, dtype=bool)
    if not acc.cyclic:
        covered_end[acc.cell[acc.end == period - 1]] = True
    return _detect(acc.cell, acc.start, acc.end, acc.logmiss, acc.full, acc.full_logmiss,
                   n_cells, period, GAP_RULES.index(rule), np.asarray(steps, dtype=np.int64),
                   np.where(covered_end, 0.0, virtual))


@numba.njit(cache=True, nogil=True)
def _add_repeated(acc: float, p: float, m: int) -> float:  # pragma: no cover - compiled
    # acc + p + ... + p: m additions, each rounded to nearest as the plain loop rounds it, in
    # a few steps. Within one binade [2^(e-1), 2^e) the doubles are spaced u apart; with
    # p = D u + f and |f| < u / 2 every addition adds exactly D u (a tie, |f| = u / 2, rounds by
    # acc's last bit, so it is added one at a time), until acc would leave the binade.
    while m > 0:
        if not (acc >= 1e-290 and 0.0 < p <= acc) or m < 4:
            for _ in range(m):
                acc += p
            return acc
        s = acc + p
        delta = s - acc  # exact: p <= acc (Fast2Sum)
        u = math.ldexp(1.0, math.frexp(acc)[1] - 53)
        if abs(p - delta) == 0.5 * u:  # p - delta is exact too
            acc = s
            m -= 1
            continue
        if delta == 0.0:
            return acc  # p is under half a spacing: no addition moves acc
        a_units = np.int64(acc / u)  # acc and delta are whole multiples of u
        d_units = np.int64(delta / u)
        q = int(((np.int64(1) << 53) - 1 - a_units) // d_units)  # additions that stay in the binade
        if q <= 0:
            acc = s
            m -= 1
            continue
        q = min(q, m)
        acc = float(a_units + q * d_units) * u
        m -= q
    return acc


@numba.njit(cache=True, nogil=True)
def _detect(cell: np.ndarray, start: np.ndarray, end: np.ndarray, logmiss: np.ndarray,
            full: np.ndarray, full_logmiss: np.ndarray, n_cells: int, period: int, rule: int,
            steps: np.ndarray, virtual: np.ndarray) -> np.ndarray:  # pragma: no cover
    # Per cell, prefix sums of log-miss at run starts (S) and run ends (E): the runs an event
    # starting in step i and lasting k steps overlaps are those with start <= i + k and
    # end >= i + 1, whose log-miss sums to S[i + k] - E[i]. S and E are kept at the runs' starts
    # and ends only (the same sums as over every step: the steps between add 0.0). Between two
    # of them the log-miss is constant, so its exp is taken once per stretch and added step by
    # step (`_add_repeated`): the same sum to the last bit as one exp per step.
    # Runs come by cell, then start (as `accesses` gives them); a run that wraps round the period
    # end (end < start) is the cell's last.
    out = np.full((n_cells, steps.size), np.nan)
    most = 0
    r = 0
    while r < cell.size:
        r0 = r
        while r < cell.size and cell[r] == cell[r0]:
            r += 1
        most = max(most, r - r0)
    s_pos = np.empty(most, dtype=np.int64)
    s_val = np.empty(most)
    e_pos = np.empty(most, dtype=np.int64)
    e_val = np.empty(most)
    order = np.empty(most, dtype=np.int64)
    n = period - 1
    r = 0
    for c in range(n_cells):
        r0 = r
        while r < cell.size and cell[r] == c:
            r += 1
        wrap = full_logmiss[c] if full[c] else 0.0
        wrapped = r > r0 and end[r - 1] < start[r - 1]
        if wrapped:  # runs round the period end: in progress at sample 0
            wrap = logmiss[r - 1]
        # S at the starts (runs in start order); E at the ends (the wrapped run ends first).
        # Runs sharing a step are summed first and then added to the sum before them.
        k_s = 0
        before = slot = 0.0
        for q in range(r0, r):
            if k_s and start[q] == s_pos[k_s - 1]:
                slot += logmiss[q]
            else:
                if k_s:
                    if start[q] < s_pos[k_s - 1]:
                        raise ValueError("_detect: runs must come in start order within a cell")
                    before = s_val[k_s - 1]
                slot = 0.0 + logmiss[q]
                s_pos[k_s] = start[q]
                k_s += 1
            s_val[k_s - 1] = slot + before
        m = 0
        if wrapped:
            order[0] = r - 1
            m = 1
        for q in range(r0, r - 1 if wrapped else r):
            order[m] = q
            m += 1
        k_e = 0
        before = slot = 0.0
        for x in range(m):
            q = order[x]
            if k_e and end[q] == e_pos[k_e - 1]:
                slot += logmiss[q]
            else:
                if k_e:
                    if end[q] < e_pos[k_e - 1]:
                        raise ValueError("_detect: runs must end in order within a cell")
                    before = e_val[k_e - 1]
                slot = 0.0 + logmiss[q]
                e_pos[k_e] = end[q]
                k_e += 1
            e_val[k_e - 1] = slot + before
        total = s_val[k_s - 1] if k_s else 0.0
        for d in range(steps.size):
            k = steps[d]
            acc = 0.0
            hi = u = 0.0  # acc's binade [hi / 2, hi) and its spacing, once acc has one
            count = 0
            pe = 0  # ends at or before i
            ps = 0  # starts at or before t
            i = 0
            last_tm = -1
            while True:
                if rule == 0 and i >= n or rule == 1 and i >= period or rule == 2 and i >= n - k:
                    break
                while pe < k_e and e_pos[pe] <= i:
                    pe += 1
                e_i = e_val[pe - 1] if pe else 0.0
                j = e_pos[pe] if pe < k_e else period  # next step E changes (or may)
                t = i + k
                if rule == 1:  # pessimistic: periodic
                    tm = t % period
                    if tm < last_tm:  # round the period end: S from the start again
                        ps = 0
                    last_tm = tm
                    while ps < k_s and s_pos[ps] <= tm:
                        ps += 1
                    s_t = s_val[ps - 1] if ps else 0.0
                    lm = wrap + (t // period) * total + s_t - e_i
                    j = min(j, i + (s_pos[ps] if ps < k_s else period) - tm, period)
                elif rule == 0 and t >= n:  # optimistic: an access assumed just after the window
                    while ps < k_s and s_pos[ps] <= n:
                        ps += 1
                    lm = (s_val[ps - 1] if ps else 0.0) - e_i
                    lm += virtual[c]
                    j = min(j, n)
                else:  # optimistic, or exclude (only events that end inside the window)
                    while ps < k_s and s_pos[ps] <= t:
                        ps += 1
                    s_t = s_val[ps - 1] if ps else 0.0
                    lm = s_t - e_i
                    j = min(j, i + (s_pos[ps] if ps < k_s else period) - t, n - k)
                p = 1.0 if lm >= 0.0 else np.exp(lm)  # exp(min(lm, 0)): exp(0) is 1 exactly
                m = j - i
                if m < 4 or not (acc >= 1e-290 and 0.0 < p <= acc):
                    for _ in range(m):
                        acc += p
                else:
                    # The common case of `_add_repeated` in line: every addition adds the
                    # same delta while acc stays in its binade [hi / 2, hi) (spacing u).
                    if not (0.5 * hi <= acc < hi):
                        hi = math.ldexp(1.0, math.frexp(acc)[1])
                        u = hi * 2.0 ** -53
                    delta = (acc + p) - acc
                    last = acc + m * delta
                    if last <= hi - u and abs(p - delta) != 0.5 * u:
                        acc = last
                    else:
                        acc = _add_repeated(acc, p, m)
                count += j - i
                i = j
            if count:
                out[c, d] = 1.0 - acc / count
    return out
