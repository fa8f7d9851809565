"""Jamming at random times: the chance each cell still meets its target revisit.

The sampled figures place every exposed platform's outages on one evenly spaced schedule
(`sampling._jam_active`: the fleet's ``J`` events a day shared by its ``m`` exposed platforms,
each losing ``o`` hours every ``I = 24 m / J`` hours). That is right for the figures that average
over the window (coverage, mean revisit and response, detection), which ~45 outages in ten days
smooth, but not for a cell's *worst* gap: one outage in the wrong place pushes it over the target,
so the share of the line whose worst gap meets the target turned on where one schedule happened to
put its outages against each patrol's round trip and the satellites' passes (review s38 2: 42.7%,
41.4%, 41.4% and 47.5% with 2, 3, 4 and 6 European orbits; one sector 25.6% at 2 orbits and 11.1%
at 3). Averaging that schedule over its phase does not cure it (the spacing ``I`` itself beats
against the round trips and the day), so here the outages come at random times instead:

* each exposed platform's outages start as a Poisson process of ``1 / I`` an hour (the same
  ``J`` a day shared by the ``m`` platforms), each lasting ``o``;
* they are taken one at a time, as the schedule has them (no two platforms out at once): an
  outage of platform ``p`` starting at sample ``tau`` either stretches one of a cell's gaps beyond
  the target or not (it *breaks* the cell); ``T_p(c)`` is the time over which an outage starting
  breaks cell ``c``.

The chance that no outage breaks a cell meeting the target without jamming is then

    P(c) = exp(- sum_p T_p(c) / I)

(0 for a cell that misses it anyway). The expected share of the line meeting the target is the
length-weighted mean of ``P``; it is an exact expectation under that model, with no sampling
noise, so adding a platform never lowers it by chance. Outages of two platforms overlapping
(rare at the OSCE's 4.5 a day) are not modelled, so a cell watched within the target by two
exposed platforms is never broken.

Only the worst gap (``satisfy_on = "revisit_max"``) is an extreme; a figure judged on the mean
gap or wait (``revisit_mean``, ``response_mean``) keeps the schedule's verdict.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numba
import numpy as np
from numpy.typing import NDArray

from reassure.models.monitoring import kernel as _k
from reassure.models.monitoring.inputs import (
    Analysis,
    Conditions,
    FleetEntry,
    MonitoringGrid,
    PlatformType,
)

__all__ = ["breaking_starts", "meets_target", "satisfied_chance"]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]


def satisfied_chance(
    grid: MonitoringGrid,
    fleet: Sequence[FleetEntry],
    catalogue: Mapping[str, PlatformType],
    conditions: Conditions,
    analysis: Analysis,
    fp: Any = None,
) -> FloatArray | None:
    """Chance that each cell meets the target revisit with jamming outages at random times (see
    the module); None when jamming takes nothing off (no events, no outage, no exposed platform)
    or the cells are judged on a mean (``satisfy_on`` other than ``revisit_max``). ``fp``: the
    fleet's `sampling.footprints`, when the caller has them."""
    from reassure.models.monitoring.sampling import footprints

    cond, an = conditions, analysis
    e, o = cond.jamming_events_per_day, cond.jamming_outage_h
    if e <= 0 or o <= 0 or an.satisfy_on != "revisit_max":
        return None
    if fp is None:
        fp = footprints(grid, fleet, catalogue, cond, an)
    exposed = np.flatnonzero(fp.tracks.jam & np.isfinite(fp.lo).any(axis=1))
    m = int(fp.tracks.jam.sum())
    if exposed.size == 0:
        return None
    dt = an.step_h
    rule = _k.GAP_RULES.index(an.gap_rule)
    clear = fp.covered_only(grid)  # no outage at all
    met = meets_target(clear, an)
    interval = 24.0 * m / e  # each exposed platform's mean time between outages, hours
    # An outage starting at a uniform instant within a step jams `whole` samples, or one more
    # with the chance `extra` (o is seldom a whole number of steps).
    whole = int(math.floor(o / dt + 1e-9))
    extra = o / dt - whole if o / dt - whole > 1e-9 else 0.0
    hazard = np.zeros(grid.n)
    centre = grid.centre_km
    for p in exposed:
        reach = np.isfinite(fp.lo[p])
        lo, hi = float(np.min(fp.lo[p][reach])), float(np.max(fp.hi[p][reach]))
        cells = np.flatnonzero(met & (centre >= lo) & (centre <= hi))
        if cells.size == 0:
            continue
        off = np.zeros(fp.lo.shape, dtype=bool)
        off[p] = True
        without = fp.covered_only(grid, off, cells)
        with_all = np.ascontiguousarray(clear[cells])
        steps = np.zeros(cells.size)
        for n_out, weight in ((whole, 1.0 - extra), (whole + 1, extra)):
            if weight > 0 and n_out > 0:
                steps += weight * breaking_starts(with_all, without, n_out, dt, an.target_revisit_h, rule)
        hazard[cells] += steps * dt / interval
    return np.where(met, np.exp(-hazard), 0.0)


def meets_target(covered: NDArray[np.bool_], an: Analysis) -> NDArray[np.bool_]:
    """Cells whose worst gap under the edge rule is within the target, as `figures_from_samples`
    judges them (``revisit_max``), from whether each sample is covered (shape ``(cells, n + 1)``)."""
    worst = _worst_gap(np.ascontiguousarray(covered), _k.GAP_RULES.index(an.gap_rule))
    with np.errstate(invalid="ignore"):
        return np.asarray(worst * an.step_h <= an.target_revisit_h + 1e-9)


@numba.njit(cache=True, nogil=True)
def _worst_gap(covered: np.ndarray, rule: int) -> np.ndarray:  # pragma: no cover - compiled
    # Each cell's longest gap in steps as `kernel.gaps` lists them (0 covered throughout; inf
    # never covered under pessimistic; NaN under exclude with fewer than two accesses).
    n_cells, size = covered.shape
    n = size - 1
    period = n if rule == 1 else size  # pessimistic: sample n is sample 0 of the next period
    out = np.zeros(n_cells)
    for c in range(n_cells):
        runs = 0
        first_s = last_e = -1
        prev_e = -1
        worst = 0.0
        j = 0
        while j < period:
            if not covered[c, j]:
                j += 1
                continue
            s = j
            while j < period and covered[c, j]:
                j += 1
            e = j - 1
            if runs == 0:
                first_s = s
            else:
                worst = max(worst, float(s - prev_e))
            prev_e = e
            last_e = e
            runs += 1
        if runs == 0:
            out[c] = np.inf if rule == 1 else (float(n) if rule == 0 else np.nan)
            continue
        if rule == 0:
            if first_s > 0:
                worst = max(worst, float(first_s))
            if last_e < n:
                worst = max(worst, float(n - last_e))
        elif rule == 1:
            if not (first_s == 0 and last_e == period - 1):  # else the two ends are one access
                worst = max(worst, float(first_s + period - last_e))
        elif runs < 2:
            worst = np.nan
        out[c] = worst
    return out


def breaking_starts(covered: NDArray[np.bool_], without: NDArray[np.bool_], n_out: int, step_h: float,
                    target_h: float, rule: int) -> FloatArray:
    """How many outage starts break each cell: samples ``tau`` at which an outage of one platform
    lasting ``n_out`` samples (``tau .. tau + n_out - 1``; starting before the window too, so that
    it overlaps it) leaves the cell a gap longer than ``target_h``.

    ``covered`` are the cells' samples with every platform, ``without`` the same cells without the
    jammed platform (shape ``(cells, n + 1)``); ``rule`` is the index of the gap rule in
    `kernel.GAP_RULES`. Every cell must meet the target with every platform (no gap over it).
    """
    return _breaking_starts(np.ascontiguousarray(covered), np.ascontiguousarray(without), int(n_out),
                            float(step_h), float(target_h) + 1e-9, int(rule))


@numba.njit(cache=True, nogil=True)
def _prev_next(x: np.ndarray, prev: np.ndarray, nxt: np.ndarray) -> None:  # pragma: no cover
    # prev[j]: last index <= j with x set (-1 if none); nxt[j]: first index >= j (len(x) if none)
    size = x.size
    last = -1
    for j in range(size):
        if x[j]:
            last = j
        prev[j] = last
    first = size
    for j in range(size - 1, -1, -1):
        if x[j]:
            first = j
        nxt[j] = first


@numba.njit(cache=True, nogil=True)
def _too_long(g: int, step_h: float, limit: float) -> bool:  # pragma: no cover
    # Two covered samples side by side are one access, no gap.
    return g >= 2 and g * step_h > limit


@numba.njit(cache=True, nogil=True)
def _inner_too_long(nxt_b: np.ndarray, f: int, last: int, step_h: float,
                    limit: float) -> bool:  # pragma: no cover
    # Gaps between the samples the other sensors cover within the outage, from f to last.
    j = f
    while j < last:
        k = nxt_b[j + 1]
        if _too_long(k - j, step_h, limit):
            return True
        j = k
    return False


@numba.njit(cache=True, nogil=True)
def _breaking_starts(covered: np.ndarray, without: np.ndarray, n_out: int, step_h: float,
                     limit: float, rule: int) -> np.ndarray:  # pragma: no cover
    # rule: 0 optimistic, 1 pessimistic, 2 exclude (kernel.GAP_RULES). During the outage a cell
    # is covered as `without` has it, elsewhere as `covered`. Only the gaps that touch the outage
    # change; the others are within the target (every cell meets it with all platforms).
    n_cells, size = covered.shape
    n = size - 1
    out = np.zeros(n_cells)
    inner = (n_out - 1) * step_h > limit  # a gap inside the outage alone can be too long
    if rule == 1:
        period = n
        span = 3 * period
        a3 = np.empty(span, dtype=np.bool_)
        b3 = np.empty(span, dtype=np.bool_)
        pa = np.empty(span, dtype=np.int64)
        na = np.empty(span, dtype=np.int64)
        pb = np.empty(span, dtype=np.int64)
        nb = np.empty(span, dtype=np.int64)
        for c in range(n_cells):
            for j in range(span):
                a3[j] = covered[c, j % period]
                b3[j] = without[c, j % period]
            _prev_next(a3, pa, na)
            _prev_next(b3, pb, nb)
            if n_out >= period:  # the platform is out all the time: its cover never counts
                bad = nb[period] >= 2 * period  # never covered
                if not bad:
                    f = nb[period]
                    last = pb[2 * period - 1]
                    bad = _too_long(f + period - last, step_h, limit) or _inner_too_long(
                        nb, f, last, step_h, limit)
                out[c] = period if bad else 0
                continue
            count = 0
            for tau in range(period):
                a = tau + period
                b = a + n_out - 1
                p_a = pa[a - 1]
                outside = p_a > b - period  # a sample covered outside the outage (round the period)
                f = nb[a]
                has_b = f <= b
                last = pb[b]
                if outside:
                    n_a = na[b + 1]
                    if has_b:
                        bad = _too_long(f - p_a, step_h, limit) or _too_long(n_a - last, step_h, limit)
                    else:
                        bad = _too_long(n_a - p_a, step_h, limit)
                elif has_b:
                    bad = _too_long(f + period - last, step_h, limit)
                else:
                    bad = True  # never covered: an infinite gap
                if not bad and has_b and inner:
                    bad = _inner_too_long(nb, f, last, step_h, limit)
                if bad:
                    count += 1
            out[c] = count
        return out
    pa = np.empty(size, dtype=np.int64)
    na = np.empty(size, dtype=np.int64)
    pb = np.empty(size, dtype=np.int64)
    nb = np.empty(size, dtype=np.int64)
    run_a = np.zeros(size + 1, dtype=np.int64)  # accesses (runs) starting before each sample
    run_b = np.zeros(size + 1, dtype=np.int64)
    for c in range(n_cells):
        _prev_next(covered[c], pa, na)
        _prev_next(without[c], pb, nb)
        if rule == 2:
            for j in range(size):
                run_a[j + 1] = run_a[j] + (covered[c, j] and (j == 0 or not covered[c, j - 1]))
                run_b[j + 1] = run_b[j] + (without[c, j] and (j == 0 or not without[c, j - 1]))
        count = 0
        for tau in range(1 - n_out, size):
            a = max(tau, 0)
            b = min(tau + n_out - 1, n)
            p_a = pa[a - 1] if a > 0 else -1
            n_a = na[b + 1] if b < n else size
            f = nb[a]
            has_b = f <= b
            last = pb[b]
            # Edge gaps: optimistic counts them inside the window (coverage assumed just outside
            # both ends), exclude drops them.
            if has_b:
                if p_a >= 0:
                    bad = _too_long(f - p_a, step_h, limit)
                else:
                    bad = rule == 0 and f > 0 and f * step_h > limit
                if not bad:
                    if n_a < size:
                        bad = _too_long(n_a - last, step_h, limit)
                    else:
                        bad = rule == 0 and last < n and (n - last) * step_h > limit
                if not bad and inner:
                    bad = _inner_too_long(nb, f, last, step_h, limit)
            elif p_a >= 0 and n_a < size:
                bad = _too_long(n_a - p_a, step_h, limit)
            elif n_a < size:
                bad = rule == 0 and n_a * step_h > limit
            elif p_a >= 0:
                bad = rule == 0 and (n - p_a) * step_h > limit
            else:
                bad = rule == 2 or n * step_h > limit  # never covered
            if not bad and rule == 2:  # fewer than two accesses leave no gap to judge
                runs = run_a[a] + (without[c, a] and (a == 0 or not covered[c, a - 1]))
                runs += run_b[b + 1] - run_b[a + 1]
                if b < n:
                    runs += covered[c, b + 1] and not without[c, b]
                    runs += run_a[size] - run_a[b + 2]
                bad = runs < 2
            if bad:
                count += 1
        out[c] = count
    return out
