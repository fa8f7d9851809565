"""Monte Carlo engine for the incident model: chunked, seeded per replication, optionally parallel.

How a run is organised
----------------------
* **Seeds.** Replication ``r`` draws from its own generator,
  ``PCG64(SeedSequence(entropy, spawn_key=(r,)))`` — exactly the ``r``-th child of
  ``SeedSequence(entropy).spawn(n)`` — and draws in the fixed order of
  :func:`reassure.models.incidents.draw_replication`. A replication's outcome therefore depends
  on nothing but ``(seed, r)``.
* **Chunks.** Replications are simulated in blocks whose incidents fit ``chunk_incidents``
  (a replication is never split), so memory is bounded by the chunk, about 60 bytes per incident
  in flight, plus about 1 kB per replication of kept statistics.
* **Workers.** With ``workers > 1`` contiguous ranges of replications go to worker processes
  (``concurrent.futures.ProcessPoolExecutor``); each returns per-replication statistics.
* **Reductions.** Every figure is reduced once, at the end, from per-replication arrays (in
  replication order) and integer histograms. Floating-point sums therefore never depend on the
  chunking or the worker count: the JSON of a run is bit-identical whatever those are.
* **Contention.** The dispatch of units is sequential by nature (who is free depends on the
  previous calls); it runs compiled (numba, ``cache=True``) in the order the incidents are
  reported. With ``contention=False`` every incident gets its nearest eligible unit at once.

Percentiles come from integer histograms with 256 bins an octave (each at most 0.39 % wide,
from 2**-10 h to 2**20 h), their confidence intervals from batch means over 20 batches of
replications (replication ``r`` in batch ``r % 20``). Means are over replications, with
Student-t 95 % intervals.
"""

from __future__ import annotations

import math
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import numba
import numpy as np

from reassure.errors import ModelError
from reassure.models._common import finite_or_none
from reassure.models.incidents import (
    UNIFORMS_PER_INCIDENT,
    IncidentModel,
    IncidentOutcomes,
    draw_counts,
    generate_and_detect_kernel,
)

__all__ = [
    "Estimate",
    "IncidentRunResult",
    "Percentiles",
    "SectorFigures",
    "TypeFigures",
    "UnitFigures",
    "replication_rng",
    "run_incidents",
    "simulate_replication",
]

# Per-replication statistics, one column each (the kernel writes them, the summary reads them).
_N, _DET, _DET_SUM, _REQUIRED, _REQUESTED, _ANSWERED, _UNANSWERED, _UNREACHABLE = range(8)
_WITHIN, _RESP_SUM, _WAIT_SUM, _WAITED, _ESCALATED, _DEMAND_H = range(8, 14)
_REPORT_SUM, _ESC_ANSWERED, _ACTIVATED = range(14, 17)
_N_STATS = 17
# Histograms of times (hours): start -> report of detected incidents; start -> first unit on
# scene and report -> first unit on scene of answered calls; report -> support force on scene
# of escalated calls it answered; start -> first unit on scene of every incident needing a
# response, those never reached (undetected or unanswered) in the last bin (infinitely late).
_H_DETECT, _H_RESPOND, _H_REPORT, _H_REINFORCE, _H_INCIDENT = range(5)
_N_HIST = 5
# Per-sector columns.
_S_N, _S_DET, _S_REQUIRED, _S_REQUESTED, _S_WITHIN, _S_UNANSWERED = range(6)
_N_SECTOR_STATS = 6

# Histogram of times in hours, binned on the bits of the float64 (as HDR histograms do): the
# exponent and the top 8 mantissa bits give 256 bins an octave, each at most 0.39 % wide, from
# 2**-10 h (3.5 s) to 2**20 h; bin 0 holds [0, 2**-10), the last bin everything above.
# A bin index costs a shift instead of a logarithm.
_HIST_MANTISSA_BITS = 8
_HIST_SHIFT = 52 - _HIST_MANTISSA_BITS
_HIST_MIN_H = 2.0**-10
_HIST_MAX_H = 2.0**20
_HIST_BASE = int(np.array(_HIST_MIN_H).view(np.int64)) >> _HIST_SHIFT
_HIST_BINS = (int(np.array(_HIST_MAX_H).view(np.int64)) >> _HIST_SHIFT) - _HIST_BASE + 2
_MAX_BATCHES = 20

_MAX_REPLICATIONS = 10_000_000


def replication_rng(entropy: int, replication: int) -> np.random.Generator:
    """The generator of replication ``replication`` for a run seeded with ``entropy``.

    Equal to ``Generator(PCG64(SeedSequence(entropy).spawn(n)[replication]))`` for any
    ``n > replication``, without building the ``n`` children.
    """
    seq = np.random.SeedSequence(entropy, spawn_key=(int(replication),))
    return np.random.Generator(np.random.PCG64(seq))


@numba.njit(cache=True)
def _hist_bin(x, fbuf, ibuf):  # pragma: no cover - compiled
    # fbuf/ibuf: a float64[1] and its int64 view, to read the bits of x.
    if x < _HIST_MIN_H:
        return 0
    if x >= _HIST_MAX_H:
        return _HIST_BINS - 1
    fbuf[0] = x
    return (ibuf[0] >> _HIST_SHIFT) - _HIST_BASE + 1


def _hist_lower_edges_h() -> np.ndarray:
    """Lower edge of every histogram bin, in hours (bin 0 starts at 0)."""
    bits = (np.arange(_HIST_BASE, _HIST_BASE + _HIST_BINS - 1, dtype=np.int64) << _HIST_SHIFT)
    return np.concatenate(([0.0], bits.view(np.float64)))


@numba.njit(cache=True)
def _merge_pass(src, dst, keys, width):  # pragma: no cover - compiled
    # Merge the sorted runs of ``width`` in ``src`` pairwise into ``dst`` (stable).
    n = src.size
    for lo in range(0, n, 2 * width):
        mid = min(lo + width, n)
        hi = min(lo + 2 * width, n)
        a = lo
        b = mid
        out = lo
        while a < mid and b < hi:
            if keys[src[b]] < keys[src[a]]:
                dst[out] = src[b]
                b += 1
            else:
                dst[out] = src[a]
                a += 1
            out += 1
        while a < mid:
            dst[out] = src[a]
            a += 1
            out += 1
        while b < hi:
            dst[out] = src[b]
            b += 1
            out += 1


@numba.njit(cache=True)
def _merge_sort_by_key(items, keys):  # pragma: no cover - compiled
    # Stable bottom-up merge sort of ``items`` (indices into ``keys``) in place. Written out
    # rather than np.argsort(kind="mergesort"), which adds seconds to numba's compile time.
    buf = np.empty_like(items)
    width = 1
    in_items = True
    while width < items.size:
        if in_items:
            _merge_pass(items, buf, keys, width)
        else:
            _merge_pass(buf, items, keys, width)
        in_items = not in_items
        width *= 2
    if not in_items:
        # Element by element: numba takes seconds to compile a slice assignment.
        for i in range(items.size):
            items[i] = buf[i]


@numba.njit(cache=True)
def _argsort_times(keys):  # pragma: no cover - compiled
    # Bucket sort on the value range, then a stable sort inside each bucket: O(n) for times
    # spread over a horizon, where a comparison sort costs ~100 ns an element. Stable overall.
    n = keys.size
    order = np.arange(n)
    if n < 2:
        return order
    lo = keys[0]
    hi = keys[0]
    for i in range(1, n):
        lo = min(lo, keys[i])
        hi = max(hi, keys[i])
    if n < 64 or not hi > lo:
        _merge_sort_by_key(order, keys)
        return order
    scale = (n - 1) / (hi - lo)
    start = np.zeros(n + 1, dtype=np.int64)
    bucket = np.empty(n, dtype=np.int64)
    for i in range(n):
        b = min(int((keys[i] - lo) * scale), n - 1)
        bucket[i] = b
        start[b + 1] += 1
    for b in range(n):
        start[b + 1] += start[b]
    fill = np.empty(n, dtype=np.int64)
    for b in range(n):
        fill[b] = start[b]
    for i in range(n):
        b = bucket[i]
        order[fill[b]] = i
        fill[b] += 1
    for b in range(n):
        a = start[b]
        z = start[b + 1]
        if z - a > 32:
            seg = np.empty(z - a, dtype=np.int64)
            for m in range(z - a):
                seg[m] = order[a + m]
            _merge_sort_by_key(seg, keys)
            for m in range(z - a):
                order[a + m] = seg[m]
        else:
            for m in range(a + 1, z):
                j = order[m]
                k = keys[j]
                q = m - 1
                while q >= a and keys[order[q]] > k:
                    order[q + 1] = order[q]
                    q -= 1
                order[q + 1] = j
    return order


def _preference(model: IncidentModel) -> tuple[np.ndarray, np.ndarray]:
    """Eligible units of each (type, sorted cell) in the order dispatch prefers them.

    In-theatre units before escalation units, then by response time, then by index; only units
    that may serve the type and can reach the cell. Returns ``pref`` (n_types, n_cells, n_units),
    padded with -1, and ``n_pref`` (n_types, n_cells).
    """
    k = model.kernel_inputs()
    if "pref" in k:
        return k["pref"], k["n_pref"]
    resp, serve, esc = k["response_h"], k["can_serve"], k["escalation"]
    n_units, n_cells = resp.shape
    n_types = serve.shape[1]
    pref = np.full((n_types, n_cells, n_units), -1, dtype=np.int64)
    n_pref = np.zeros((n_types, n_cells), dtype=np.int64)
    for t in range(n_types):
        ok = serve[:, t][:, None] & np.isfinite(resp)  # (units, cells)
        # lexsort: last key first; stable, so equal response times keep index order.
        order = np.lexsort((resp.T, esc[None, :].repeat(n_cells, axis=0)), axis=1)
        for c in range(n_cells):
            units = order[c][ok[order[c], c]]
            pref[t, c, : units.size] = units
            n_pref[t, c] = units.size
    k["pref"], k["n_pref"] = pref, n_pref  # cached with the model's other kernel inputs
    return pref, n_pref


@numba.njit(cache=True)
def _dispatch_kernel(
    offsets, batch, time_h, cell, itype, detect_h, uniforms, sector_of_cell,
    response_required, response_h, on_scene_h, pref, n_pref, escalation, return_factor,
    activation_h, threshold_h, max_wait_h, contention, record,
    stats, busy_h, sector_stats, type_stats, hist,
    unit_out, wait_out, respond_out, escalated_out,
):  # pragma: no cover - compiled
    n_reps = offsets.size - 1
    n_units = response_h.shape[0]
    free_at = np.zeros(n_units)
    fbuf = np.empty(1)
    ibuf = fbuf.view(np.int64)
    last_bin = _HIST_BINS - 1
    for r in range(n_reps):
        lo = offsets[r]
        hi = offsets[r + 1]
        b = batch[r]
        # Outcomes that need no dispatch: counts, detection, and the calls to answer.
        n_det = 0.0
        det_sum = 0.0
        n_required = 0.0
        n_req = 0
        idx = np.empty(hi - lo, dtype=np.int64)
        t_req = np.empty(hi - lo)
        for i in range(lo, hi):
            c = cell[i]
            t = itype[i]
            s = sector_of_cell[c]
            sector_stats[r, s, _S_N] += 1.0
            type_stats[r, t, 0] += 1.0
            dh = detect_h[i]
            det = not np.isnan(dh)
            if det:
                n_det += 1.0
                det_sum += dh
                sector_stats[r, s, _S_DET] += 1.0
                type_stats[r, t, 1] += 1.0
                hist[b, _H_DETECT, _hist_bin(dh, fbuf, ibuf)] += 1
            if response_required[t]:
                n_required += 1.0
                sector_stats[r, s, _S_REQUIRED] += 1.0
                if det:
                    idx[n_req] = i
                    t_req[n_req] = time_h[i] + dh
                    n_req += 1
                else:
                    # Never reached: counted as infinitely late in the per-incident times.
                    hist[b, _H_INCIDENT, last_bin] += 1
        stats[r, _N] += hi - lo
        stats[r, _DET] += n_det
        stats[r, _DET_SUM] += det_sum
        stats[r, _REQUIRED] += n_required
        if n_req == 0:
            continue
        t_req = t_req[:n_req]
        if contention:
            order = _argsort_times(t_req)
        else:
            order = np.arange(n_req)
        for u in range(n_units):
            free_at[u] = 0.0
        # The support force is activated by the first escalated call of the replication; its
        # elements can leave from ``ready_at`` on (readiness paid once).
        ready_at = np.inf
        n_answered = 0.0
        n_unanswered = 0.0
        n_unreachable = 0.0
        n_within = 0.0
        n_waited = 0.0
        n_escalated = 0.0
        n_esc_answered = 0.0
        resp_sum = 0.0
        report_sum = 0.0
        wait_sum = 0.0
        demand = 0.0
        for k in range(n_req):
            j = order[k]
            i = idx[j]
            tr = t_req[j]
            c = cell[i]
            t = itype[i]
            s = sector_of_cell[c]
            sector_stats[r, s, _S_REQUESTED] += 1.0
            n_eligible = n_pref[t, c]
            # Eligible units are ordered in-theatre first: q < n_in are in-theatre units.
            n_in = 0
            while n_in < n_eligible and not escalation[pref[t, c, n_in]]:
                n_in += 1
            if n_eligible == 0:
                n_unanswered += 1.0
                n_unreachable += 1.0
                sector_stats[r, s, _S_UNANSWERED] += 1.0
                hist[b, _H_INCIDENT, last_bin] += 1
                continue
            # The committed time the call would take from its preferred unit: offered load.
            u = pref[t, c, 0]
            demand += response_h[u, c] * (1.0 + return_factor[u]) + on_scene_h[u, t]
            start = tr
            escalate = n_in == 0
            u = -1
            if not escalate:
                if contention:
                    # The first free in-theatre unit in order of preference (by arrival time);
                    # if none is free, wait for the one free first (first come, first served).
                    for q in range(n_in):
                        v = pref[t, c, q]
                        if free_at[v] <= tr:
                            u = v
                            break
                    if u < 0:
                        first_free = np.inf
                        for q in range(n_in):
                            v = pref[t, c, q]
                            if free_at[v] < first_free:
                                first_free = free_at[v]
                                u = v
                        start = first_free
                        if start - tr > max_wait_h:
                            # Nobody in theatre takes it up in time: passed on after max_wait.
                            escalate = True
                            u = -1
                else:
                    u = pref[t, c, 0]
            if escalate:
                if n_in == n_eligible:
                    # No support-force element can answer it: unanswered, not escalated.
                    n_unanswered += 1.0
                    sector_stats[r, s, _S_UNANSWERED] += 1.0
                    hist[b, _H_INCIDENT, last_bin] += 1
                    continue
                n_escalated += 1.0
                # Escalated when the in-theatre queue gives up (at once if none can reach it).
                t_esc = tr if n_in == 0 else tr + max_wait_h
                if not np.isfinite(ready_at):
                    ready_at = t_esc + activation_h
                t_go = max(t_esc, ready_at)
                start = t_go
                u = -1
                if contention:
                    for q in range(n_in, n_eligible):
                        v = pref[t, c, q]
                        if free_at[v] <= t_go:
                            u = v
                            break
                    if u < 0:
                        first_free = np.inf
                        for q in range(n_in, n_eligible):
                            v = pref[t, c, q]
                            if free_at[v] < first_free:
                                first_free = free_at[v]
                                u = v
                        start = first_free
                else:
                    u = pref[t, c, n_in]
                n_esc_answered += 1.0
                if record:
                    escalated_out[i] = True
            travel = response_h[u, c]
            # Exponential time on scene by inversion; 1 - U keeps log's argument in (0, 1].
            busy = travel * (1.0 + return_factor[u]) - on_scene_h[u, t] * math.log(
                1.0 - uniforms[i, 4])
            if contention:
                free_at[u] = start + busy
            busy_h[r, u] += busy
            wait = start - tr
            from_report = wait + travel
            respond = detect_h[i] + from_report
            n_answered += 1.0
            resp_sum += respond
            report_sum += from_report
            wait_sum += wait
            if wait > 0.0:
                n_waited += 1.0
            if from_report <= threshold_h:
                n_within += 1.0
                sector_stats[r, s, _S_WITHIN] += 1.0
            hist[b, _H_RESPOND, _hist_bin(respond, fbuf, ibuf)] += 1
            hist[b, _H_REPORT, _hist_bin(from_report, fbuf, ibuf)] += 1
            hist[b, _H_INCIDENT, _hist_bin(respond, fbuf, ibuf)] += 1
            if escalation[u]:
                hist[b, _H_REINFORCE, _hist_bin(from_report, fbuf, ibuf)] += 1
            if record:
                unit_out[i] = u
                wait_out[i] = wait
                respond_out[i] = respond
        stats[r, _REQUESTED] += n_req
        stats[r, _ANSWERED] += n_answered
        stats[r, _UNANSWERED] += n_unanswered
        stats[r, _UNREACHABLE] += n_unreachable
        stats[r, _WITHIN] += n_within
        stats[r, _RESP_SUM] += resp_sum
        stats[r, _WAIT_SUM] += wait_sum
        stats[r, _WAITED] += n_waited
        stats[r, _ESCALATED] += n_escalated
        stats[r, _DEMAND_H] += demand
        stats[r, _REPORT_SUM] += report_sum
        stats[r, _ESC_ANSWERED] += n_esc_answered
        stats[r, _ACTIVATED] += 1.0 if np.isfinite(ready_at) else 0.0


@dataclass
class _Partial:
    """Per-replication statistics for a contiguous range of replications."""

    start: int
    stats: np.ndarray
    busy_h: np.ndarray
    sector_stats: np.ndarray
    type_stats: np.ndarray
    regime_days: np.ndarray
    hist: np.ndarray
    n_incidents: int


class _Block:
    """Reusable buffers for one chunk of replications."""

    def __init__(self, capacity: int) -> None:
        self.grow(capacity)

    def grow(self, capacity: int) -> None:
        self.capacity = capacity
        self.uniforms = np.empty((capacity, UNIFORMS_PER_INCIDENT))
        self.time_h = np.empty(capacity)
        self.cell = np.empty(capacity, dtype=np.int64)
        self.itype = np.empty(capacity, dtype=np.int64)
        self.detect_h = np.empty(capacity)


def _simulate_range(model: IncidentModel, entropy: int, start: int, stop: int,
                    chunk_incidents: int, contention: bool, n_batches: int) -> _Partial:
    k = model.kernel_inputs()
    pref, n_pref = _preference(model)
    n = stop - start
    nu, ns, nt = model.units.n_units, model.cells.n_sectors, model.types.n_types
    part = _Partial(
        start=start,
        stats=np.zeros((n, _N_STATS)),
        busy_h=np.zeros((n, nu)),
        sector_stats=np.zeros((n, ns, _N_SECTOR_STATS)),
        type_stats=np.zeros((n, nt, 2)),
        regime_days=np.zeros((n, model.rates.regimes.n_regimes)),
        hist=np.zeros((n_batches, _N_HIST, _HIST_BINS), dtype=np.int64),
        n_incidents=0,
    )
    block = _Block(max(1, min(chunk_incidents, int(1.5 * model.expected_incidents_per_replication()
                                                  * n) + 1024)))
    pending_counts: list[np.ndarray] = []
    pending_reps: list[int] = []
    offsets = [0]
    empty_f = np.empty(0)
    empty_i = np.empty(0, dtype=np.int64)
    empty_b = np.empty(0, dtype=np.bool_)

    def flush() -> None:
        if not pending_reps:
            return
        m = offsets[-1]
        off = np.asarray(offsets, dtype=np.int64)
        counts = np.stack(pending_counts)
        generate_and_detect_kernel(
            counts, block.uniforms, off, k["cell_cum_km"], k["sector_lo"], k["sector_hi"],
            k["revisit_h"], k["pd_per_pass"], k["latency_h"], k["duration_h"],
            k["self_reported"], block.time_h, block.cell, block.itype, block.detect_h,
        )
        rows = np.asarray(pending_reps, dtype=np.int64) - start
        lo, hi = int(rows[0]), int(rows[-1]) + 1  # pending replications are consecutive
        _dispatch_kernel(
            off, (rows + start) % n_batches, block.time_h[:m], block.cell[:m], block.itype[:m],
            block.detect_h[:m], block.uniforms[:m], k["sector_of_cell"], k["response_required"],
            k["response_h"], k["on_scene_h"], pref, n_pref, k["escalation"],
            k["return_factor"], model.units.activation_h, model.threshold_h, model.max_wait_h,
            contention, False, part.stats[lo:hi], part.busy_h[lo:hi], part.sector_stats[lo:hi],
            part.type_stats[lo:hi], part.hist, empty_i, empty_f, empty_f, empty_b,
        )
        part.n_incidents += m
        pending_counts.clear()
        pending_reps.clear()
        offsets[:] = [0]

    for r in range(start, stop):
        rng = replication_rng(entropy, r)
        regime, counts = draw_counts(model, rng)
        part.regime_days[r - start] = np.bincount(regime, minlength=part.regime_days.shape[1])
        m = int(counts.sum())
        if offsets[-1] + m > block.capacity:
            flush()
            if m > block.capacity:
                # One replication is never split: the buffer grows to hold it.
                block.grow(m)
        rng.random(out=block.uniforms[offsets[-1]:offsets[-1] + m])
        pending_counts.append(counts)
        pending_reps.append(r)
        offsets.append(offsets[-1] + m)
    flush()
    return part


def simulate_replication(model: IncidentModel, seed: int, replication: int = 0, *,
                         contention: bool = True) -> IncidentOutcomes:
    """Per-incident outcomes of one replication, exactly as the engine computes them.

    Parameters
    ----------
    model : the incident model.
    seed : the run's seed (entropy).
    replication : which replication of that run.
    contention : whether busy units are unavailable (see :func:`run_incidents`).

    Returns
    -------
    IncidentOutcomes
    """
    k = model.kernel_inputs()
    pref, n_pref = _preference(model)
    rng = replication_rng(seed, replication)
    _, counts = draw_counts(model, rng)
    m = int(counts.sum())
    uniforms = rng.random((m, UNIFORMS_PER_INCIDENT))
    time_h, detect_h = np.empty(m), np.empty(m)
    cell, itype = np.empty(m, dtype=np.int64), np.empty(m, dtype=np.int64)
    off = np.array([0, m], dtype=np.int64)
    generate_and_detect_kernel(
        counts[None], uniforms, off, k["cell_cum_km"], k["sector_lo"], k["sector_hi"],
        k["revisit_h"], k["pd_per_pass"], k["latency_h"], k["duration_h"], k["self_reported"],
        time_h, cell, itype, detect_h,
    )
    nu = model.units.n_units
    unit = np.full(m, -1, dtype=np.int64)
    wait_h, respond_h = np.full(m, np.nan), np.full(m, np.nan)
    escalated = np.zeros(m, dtype=np.bool_)
    busy = np.zeros((1, nu))
    _dispatch_kernel(
        off, np.zeros(1, dtype=np.int64), time_h, cell, itype, detect_h, uniforms,
        k["sector_of_cell"], k["response_required"], k["response_h"], k["on_scene_h"],
        pref, n_pref, k["escalation"], k["return_factor"], model.units.activation_h,
        model.threshold_h, model.max_wait_h, contention, True,
        np.zeros((1, _N_STATS)), busy, np.zeros((1, model.cells.n_sectors, _N_SECTOR_STATS)),
        np.zeros((1, model.types.n_types, 2)),
        np.zeros((1, _N_HIST, _HIST_BINS), dtype=np.int64), unit, wait_h, respond_h, escalated,
    )
    detected = ~np.isnan(detect_h)
    requested = detected & model.types.response_required[itype]
    answered = unit >= 0
    original = k["order"][cell]
    return IncidentOutcomes(
        time_h=time_h, cell=original, sector=model.cells.sector[original], type=itype,
        detect_h=detect_h, detected=detected, requested=requested, answered=answered,
        unit=unit, wait_h=wait_h, respond_h=respond_h,
        within_threshold=answered & (np.nan_to_num(respond_h - detect_h, nan=np.inf)
                                     <= model.threshold_h),
        escalated=escalated,
        busy_h=busy[0],
    )


# --------------------------------------------------------------------------- results


def _t_quantile(p: float, df: int) -> float:
    # scipy.special, not scipy.stats: the same quantile at a tenth of the import time.
    from scipy.special import stdtrit

    return float(stdtrit(df, p))


_clean = finite_or_none


@dataclass(frozen=True)
class Estimate:
    """A Monte Carlo estimate.

    Attributes
    ----------
    value : the estimate (a mean over replications, or a pooled percentile).
    ci95_low, ci95_high : Student-t 95 % confidence interval.
    std_error : standard error of ``value``.
    n : replications (or batches, for percentiles) behind the interval.
    """

    value: float
    ci95_low: float
    ci95_high: float
    std_error: float
    n: int

    def ci(self, level: float = 0.95) -> tuple[float, float]:
        """Student-t confidence interval at ``level`` (e.g. 0.99)."""
        if self.n < 2 or not math.isfinite(self.std_error):
            return (math.nan, math.nan)
        half = _t_quantile(0.5 + level / 2, self.n - 1) * self.std_error
        return (self.value - half, self.value + half)

    def to_dict(self) -> dict[str, object]:
        """``{"value": v, "ci95": [low, high]}`` (non-finite numbers as null)."""
        return {"value": _clean(self.value),
                "ci95": [_clean(self.ci95_low), _clean(self.ci95_high)]}

    @classmethod
    def of_mean(cls, per_replication: np.ndarray) -> Estimate:
        """Mean of the finite per-replication values, with its t interval."""
        x = np.asarray(per_replication, dtype=np.float64)
        x = x[np.isfinite(x)]
        n = int(x.size)
        if n == 0:
            return cls(math.nan, math.nan, math.nan, math.nan, 0)
        mean = float(np.mean(x))
        if n < 2:
            return cls(mean, math.nan, math.nan, math.nan, n)
        se = float(np.std(x, ddof=1)) / math.sqrt(n)
        half = _t_quantile(0.975, n - 1) * se
        return cls(mean, mean - half, mean + half, se, n)


@dataclass(frozen=True)
class Percentiles:
    """Distribution of a time over incidents: mean, median and 90th percentile."""

    mean: Estimate
    p50: Estimate
    p90: Estimate

    def to_dict(self) -> dict[str, object]:
        """Nested dict ``{"mean": ..., "p50": ..., "p90": ...}``."""
        return {"mean": self.mean.to_dict(), "p50": self.p50.to_dict(), "p90": self.p90.to_dict()}


@dataclass(frozen=True)
class SectorFigures:
    """Figures for one sector of the line.

    ``within_threshold_fraction`` and ``unanswered_fraction`` are shares of the sector's calls
    (detected incidents needing a unit); the standard is counted from the report.
    """

    name: str
    incidents_per_day: Estimate
    detected_fraction: Estimate
    within_threshold_fraction: Estimate
    unanswered_fraction: Estimate

    def to_dict(self) -> dict[str, object]:
        """JSON-ready dict."""
        return {"name": self.name, "incidents_per_day": self.incidents_per_day.to_dict(),
                "detected_fraction": self.detected_fraction.to_dict(),
                "within_threshold_fraction": self.within_threshold_fraction.to_dict(),
                "unanswered_fraction": self.unanswered_fraction.to_dict()}


@dataclass(frozen=True)
class TypeFigures:
    """Figures for one incident type."""

    name: str
    incidents_per_day: Estimate
    detected_fraction: Estimate

    def to_dict(self) -> dict[str, object]:
        """JSON-ready dict."""
        return {"name": self.name, "incidents_per_day": self.incidents_per_day.to_dict(),
                "detected_fraction": self.detected_fraction.to_dict()}


@dataclass(frozen=True)
class UnitFigures:
    """Figures for one response unit. ``utilisation`` is committed time / horizon."""

    name: str
    kind: str
    us: bool
    escalation: bool
    utilisation: Estimate

    def to_dict(self) -> dict[str, object]:
        """JSON-ready dict."""
        return {"name": self.name, "kind": self.kind, "us": self.us,
                "escalation": self.escalation, "utilisation": self.utilisation.to_dict()}


@dataclass(frozen=True)
class IncidentRunResult:
    """What a Monte Carlo run of the incident model found.

    Fractions are means over replications of the per-replication fraction. A *call* is a
    detected incident of a type that needs a unit; an *incident needing a response* may be
    undetected. Denominators:

    * ``detected_fraction``: all incidents;
    * ``within_threshold_fraction``: calls (first unit on scene within ``threshold_h`` of the
      report; unanswered calls count as not in time);
      ``within_threshold_incidents_fraction``: incidents needing a response (undetected ones
      count as not in time);
    * ``unanswered_fraction``, ``unreachable_fraction``, ``escalated_fraction``: calls;
      ``unreached_fraction``: incidents needing a response that no unit reached (undetected or
      unanswered) - the unconditional counterpart;
    * ``wait_probability``: answered calls; ``activated_fraction``: replications in which the
      outside support force was activated.

    Times: ``detect_h`` start → report, over detected incidents; ``respond_h`` start → first
    unit on scene and ``report_to_scene_h`` report → first unit on scene, over answered calls
    (reinforcements included); ``in_theatre_report_to_scene_h`` the same over the calls
    in-theatre units answered (no mean); ``reinforcement_h`` report → support force on scene, over the
    escalated calls it answered (its readiness, paid once per activation, included);
    ``incident_respond_h`` start → first unit on scene over every incident needing a response,
    those never reached counted as infinitely late (its median is ``None`` - not reached - when
    half are never reached; no mean).
    ``offered_load`` is the committed time the requests would need from their nearest unit,
    per unit and per hour of horizon; at 1 or more the units cannot keep up.
    """

    n_replications: int
    horizon_days: int
    seed: int
    contention: bool
    n_incidents: int
    incidents_per_day: Estimate
    detected_fraction: Estimate
    detect_h: Percentiles
    respond_h: Percentiles
    report_to_scene_h: Percentiles
    in_theatre_report_to_scene_h: Percentiles
    reinforcement_h: Percentiles
    incident_respond_h: Percentiles
    wait_h_mean: Estimate
    wait_probability: Estimate
    within_threshold_fraction: Estimate
    within_threshold_incidents_fraction: Estimate
    unanswered_fraction: Estimate
    unreached_fraction: Estimate
    unreachable_fraction: Estimate
    escalated_fraction: Estimate
    activated_fraction: Estimate
    activation_h: float
    offered_load: Estimate
    utilisation_max: Estimate
    utilisation_max_unit: str | None
    threshold_h: float
    units: tuple[UnitFigures, ...]
    sectors: tuple[SectorFigures, ...]
    types: tuple[TypeFigures, ...]
    regime_day_fraction: tuple[tuple[str, Estimate], ...]
    warnings: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        """JSON-ready dict; the headline keys first."""
        return {
            "incidents_per_day": self.incidents_per_day.to_dict(),
            "detected_fraction": self.detected_fraction.to_dict(),
            "detect_h": self.detect_h.to_dict(),
            "respond_h": self.respond_h.to_dict(),
            "report_to_scene_h": self.report_to_scene_h.to_dict(),
            "in_theatre_report_to_scene_h": self.in_theatre_report_to_scene_h.to_dict(),
            "incident_respond_h": self.incident_respond_h.to_dict(),
            "within_threshold_fraction": self.within_threshold_fraction.to_dict(),
            "within_threshold_incidents_fraction":
                self.within_threshold_incidents_fraction.to_dict(),
            "unanswered_fraction": self.unanswered_fraction.to_dict(),
            "unreached_fraction": self.unreached_fraction.to_dict(),
            "utilisation_max": {**self.utilisation_max.to_dict(),
                                "unit": self.utilisation_max_unit},
            "threshold_h": self.threshold_h,
            "wait_h_mean": self.wait_h_mean.to_dict(),
            "wait_probability": self.wait_probability.to_dict(),
            "unreachable_fraction": self.unreachable_fraction.to_dict(),
            "escalated_fraction": self.escalated_fraction.to_dict(),
            "activated_fraction": self.activated_fraction.to_dict(),
            "reinforcement_h": self.reinforcement_h.to_dict(),
            "activation_h": self.activation_h,
            "offered_load": self.offered_load.to_dict(),
            "units": [u.to_dict() for u in self.units],
            "sectors": [s.to_dict() for s in self.sectors],
            "types": [t.to_dict() for t in self.types],
            "regime_day_fraction": {name: e.to_dict() for name, e in self.regime_day_fraction},
            "warnings": list(self.warnings),
            "run": {"replications": self.n_replications, "horizon_days": self.horizon_days,
                    "seed": self.seed, "contention": self.contention,
                    "incidents_simulated": self.n_incidents},
        }


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)


_EDGES_H = _hist_lower_edges_h()


def _hist_quantile(counts: np.ndarray, q: float) -> float:
    # Linear interpolation inside the bin that holds rank q * total.
    total = int(counts.sum())
    if total == 0:
        return math.nan
    cum = np.cumsum(counts)
    rank = q * total
    b = int(np.searchsorted(cum, rank, side="left"))
    if b >= _HIST_BINS - 1:
        return math.inf
    before = cum[b - 1] if b > 0 else 0
    frac = (rank - before) / counts[b] if counts[b] else 0.0
    return float(_EDGES_H[b] + frac * (_EDGES_H[b + 1] - _EDGES_H[b]))


def _quantile_estimate(hist: np.ndarray, q: float) -> Estimate:
    value = _hist_quantile(hist.sum(axis=0), q)
    per_batch = np.array([_hist_quantile(h, q) for h in hist])
    per_batch = per_batch[np.isfinite(per_batch)]
    n = int(per_batch.size)
    if n < 2 or not math.isfinite(value):
        return Estimate(value, math.nan, math.nan, math.nan, n)
    se = float(np.std(per_batch, ddof=1)) / math.sqrt(n)
    half = _t_quantile(0.975, n - 1) * se
    return Estimate(value, value - half, value + half, se, n)


def _summarise(model: IncidentModel, parts: list[_Partial], n_reps: int, seed: int,
               contention: bool) -> IncidentRunResult:
    parts = sorted(parts, key=lambda p: p.start)
    stats = np.concatenate([p.stats for p in parts])
    busy = np.concatenate([p.busy_h for p in parts])
    sec = np.concatenate([p.sector_stats for p in parts])
    typ = np.concatenate([p.type_stats for p in parts])
    reg = np.concatenate([p.regime_days for p in parts])
    hist = np.sum([p.hist for p in parts], axis=0)
    n_incidents = int(sum(p.n_incidents for p in parts))
    days, horizon_h = model.horizon_days, model.horizon_h
    units = model.units

    def mean_of(x: np.ndarray) -> Estimate:
        return Estimate.of_mean(x)

    detect_mean = mean_of(_ratio(stats[:, _DET_SUM], stats[:, _DET]))
    respond_mean = mean_of(_ratio(stats[:, _RESP_SUM], stats[:, _ANSWERED]))
    report_mean = mean_of(_ratio(stats[:, _REPORT_SUM], stats[:, _ANSWERED]))
    no_mean = Estimate(math.nan, math.nan, math.nan, math.nan, 0)

    def percentiles(h: int | np.ndarray, mean: Estimate) -> Percentiles:
        counts = hist[:, h] if isinstance(h, int) else h
        return Percentiles(mean, _quantile_estimate(counts, 0.5), _quantile_estimate(counts, 0.9))

    # Calls answered in theatre: every answered call less those the support force answered.
    in_theatre_hist = hist[:, _H_REPORT] - hist[:, _H_REINFORCE]
    util = busy / horizon_h
    unit_figs = tuple(
        UnitFigures(units.names[u], units.kind[u], bool(units.us[u]), bool(units.escalation[u]),
                    mean_of(util[:, u]))
        for u in range(units.n_units)
    )
    if unit_figs:
        busiest = int(np.argmax([f.utilisation.value for f in unit_figs]))
        util_max, util_max_unit = unit_figs[busiest].utilisation, unit_figs[busiest].name
    else:
        util_max, util_max_unit = Estimate(math.nan, math.nan, math.nan, math.nan, 0), None
    n_units = max(units.n_units, 1)
    offered = mean_of(stats[:, _DEMAND_H] / (n_units * horizon_h))
    sectors = tuple(
        SectorFigures(
            name,
            mean_of(sec[:, s, _S_N] / days),
            mean_of(_ratio(sec[:, s, _S_DET], sec[:, s, _S_N])),
            mean_of(_ratio(sec[:, s, _S_WITHIN], sec[:, s, _S_REQUESTED])),
            mean_of(_ratio(sec[:, s, _S_UNANSWERED], sec[:, s, _S_REQUESTED])),
        )
        for s, name in enumerate(model.cells.sector_names)
    )
    types = tuple(
        TypeFigures(name, mean_of(typ[:, t, 0] / days), mean_of(_ratio(typ[:, t, 1], typ[:, t, 0])))
        for t, name in enumerate(model.types.names)
    )
    regimes = tuple((name, mean_of(reg[:, i] / days))
                    for i, name in enumerate(model.rates.regimes.names))
    unanswered = mean_of(_ratio(stats[:, _UNANSWERED], stats[:, _REQUESTED]))
    unreachable = mean_of(_ratio(stats[:, _UNREACHABLE], stats[:, _REQUESTED]))

    warnings: list[str] = []
    overloaded = [f for f in unit_figs if f.utilisation.value >= 1.0]
    if overloaded:
        worst = max(overloaded, key=lambda f: f.utilisation.value)
        warnings.append(
            f"demand exceeds capacity: unit '{worst.name}' utilisation "
            f"{worst.utilisation.value:.2f} (committed time per hour of horizon); calls queue "
            f"without bound - add units or set max_wait_h")
    if contention and math.isfinite(offered.value) and offered.value >= 1.0:
        warnings.append(
            f"demand exceeds capacity: offered load {offered.value:.2f} per unit "
            f"(>= 1 means the units cannot keep up)")
    if math.isfinite(unreachable.value) and unreachable.value > 0:
        warnings.append(
            f"{unreachable.value:.1%} of calls have no unit able to reach the cell or answer "
            f"the type")
    return IncidentRunResult(
        n_replications=n_reps,
        horizon_days=days,
        seed=seed,
        contention=contention,
        n_incidents=n_incidents,
        incidents_per_day=mean_of(stats[:, _N] / days),
        detected_fraction=mean_of(_ratio(stats[:, _DET], stats[:, _N])),
        detect_h=percentiles(_H_DETECT, detect_mean),
        respond_h=percentiles(_H_RESPOND, respond_mean),
        report_to_scene_h=percentiles(_H_REPORT, report_mean),
        in_theatre_report_to_scene_h=percentiles(in_theatre_hist, no_mean),
        reinforcement_h=percentiles(_H_REINFORCE, no_mean),
        incident_respond_h=percentiles(_H_INCIDENT, no_mean),
        wait_h_mean=mean_of(_ratio(stats[:, _WAIT_SUM], stats[:, _ANSWERED])),
        wait_probability=mean_of(_ratio(stats[:, _WAITED], stats[:, _ANSWERED])),
        within_threshold_fraction=mean_of(_ratio(stats[:, _WITHIN], stats[:, _REQUESTED])),
        within_threshold_incidents_fraction=mean_of(_ratio(stats[:, _WITHIN],
                                                           stats[:, _REQUIRED])),
        unanswered_fraction=unanswered,
        unreached_fraction=mean_of(_ratio(stats[:, _REQUIRED] - stats[:, _ANSWERED],
                                          stats[:, _REQUIRED])),
        unreachable_fraction=unreachable,
        escalated_fraction=mean_of(_ratio(stats[:, _ESCALATED], stats[:, _REQUESTED])),
        activated_fraction=mean_of(stats[:, _ACTIVATED]),
        activation_h=model.units.activation_h,
        offered_load=offered,
        utilisation_max=util_max,
        utilisation_max_unit=util_max_unit,
        threshold_h=model.threshold_h,
        units=unit_figs,
        sectors=sectors,
        types=types,
        regime_day_fraction=regimes,
        warnings=tuple(warnings),
    )


def _split(n_reps: int, n_tasks: int) -> list[tuple[int, int]]:
    edges = np.linspace(0, n_reps, n_tasks + 1).round().astype(int)
    return [(int(a), int(b)) for a, b in zip(edges[:-1], edges[1:], strict=True) if b > a]


def run_incidents(
    model: IncidentModel,
    n_replications: int,
    seed: int | None = None,
    *,
    contention: bool = True,
    chunk_incidents: int = 1_000_000,
    workers: int = 1,
) -> IncidentRunResult:
    """Run the incident model ``n_replications`` times and summarise.

    Parameters
    ----------
    model : the incident model.
    n_replications : independent replications (>= 1).
    seed : entropy for ``numpy.random.SeedSequence``; ``None`` draws fresh entropy, reported in
        the result so the run can be repeated.
    contention : if True, a busy unit cannot answer and calls wait; if False every call gets
        its nearest eligible unit at once (an upper bound on performance).
    chunk_incidents : incidents held in memory at once per process (a replication is never
        split); the results do not depend on it.
    workers : processes; the results do not depend on it.

    Returns
    -------
    IncidentRunResult
    """
    if int(n_replications) != n_replications or not 1 <= n_replications <= _MAX_REPLICATIONS:
        raise ModelError(f"n_replications must be a whole number in 1..{_MAX_REPLICATIONS} "
                         f"(got {n_replications})")
    if chunk_incidents < 1:
        raise ModelError(f"chunk_incidents must be >= 1 (got {chunk_incidents})")
    if workers < 1:
        raise ModelError(f"workers must be >= 1 (got {workers})")
    n_reps = int(n_replications)
    entropy = int(np.random.SeedSequence(seed).entropy)  # type: ignore[arg-type]  # an int here
    n_batches = min(_MAX_BATCHES, n_reps)
    model.kernel_inputs()  # computed once, shipped to workers with the model
    if workers == 1:
        parts = [_simulate_range(model, entropy, 0, n_reps, chunk_incidents, contention,
                                 n_batches)]
    else:
        ranges = _split(n_reps, min(n_reps, 4 * workers))
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        with ProcessPoolExecutor(max_workers=workers,
                                 mp_context=multiprocessing.get_context(method)) as pool:
            futures = [pool.submit(_simulate_range, model, entropy, a, b, chunk_incidents,
                                   contention, n_batches) for a, b in ranges]
            parts = [f.result() for f in futures]
    return _summarise(model, parts, n_reps, entropy, contention)
