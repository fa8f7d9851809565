"""The incident engine as it was before the fused kernel (issue 13c), kept as the reference.

The engine's kernels were rewritten for speed (dispatch tables, one kernel for generation,
detection and dispatch); every number must stay the same. These are the previous kernels,
verbatim but for names, and the previous chunk driver: the tests compare the engine with them
exactly (``np.testing.assert_array_equal``, no tolerance). Their uniforms come from numpy
(``draw_incident_uniforms``: ``random_raw`` made into uniforms by array operations), the
engine's from its own compiled generator.
"""

from __future__ import annotations

import numba
import numpy as np

from reassure.models.incidents import (
    UNIFORMS_PER_INCIDENT,
    IncidentModel,
    IncidentOutcomes,
    draw_counts,
    draw_incident_uniforms,
)
from reassure.models.incidents._log import log_positive
from reassure.models.incidents.engine import replication_rng
from reassure.models.incidents.kernels import (
    _ACTIVATED,
    _ANSWERED,
    _DEMAND_H,
    _DET,
    _DET_SUM,
    _ESC_ANSWERED,
    _ESCALATED,
    _H_DETECT,
    _H_INCIDENT,
    _H_REINFORCE,
    _H_REPORT,
    _H_RESPOND,
    _HIST_BASE,
    _HIST_BINS,
    _HIST_MAX_H,
    _HIST_MIN_H,
    _HIST_SHIFT,
    _N,
    _N_HIST,
    _N_SECTOR_STATS,
    _N_STATS,
    _REPORT_SUM,
    _REQUESTED,
    _REQUIRED,
    _RESP_SUM,
    _S_DET,
    _S_N,
    _S_REQUESTED,
    _S_REQUIRED,
    _S_UNANSWERED,
    _S_WITHIN,
    _UNANSWERED,
    _UNREACHABLE,
    _WAIT_SUM,
    _WAITED,
    _WITHIN,
)
from reassure.models.incidents.summary import _Partial

# ruff: noqa: E501


@numba.njit(cache=True)
def _hist_bin(x, fbuf, ibuf):  # pragma: no cover - compiled
    # fbuf/ibuf: a float64[1] and its int64 view, to read the bits of x.
    if x < _HIST_MIN_H:
        return 0
    if x >= _HIST_MAX_H:
        return _HIST_BINS - 1
    fbuf[0] = x
    return (ibuf[0] >> _HIST_SHIFT) - _HIST_BASE + 1

@numba.njit(cache=True)
def reference_generate_and_detect(
    counts, uniforms, offsets, cell_cum_km, sector_lo, sector_hi,
    revisit_h, pd_per_pass, latency_h, duration_h, self_reported,
    time_h, cell, itype, detect_h,
):  # pragma: no cover - compiled
    n_reps, n_days, n_sectors, n_types = counts.shape
    # log(1 - p) per cell, for drawing the number of missed passes by inversion.
    log_miss = np.empty(pd_per_pass.size)
    for c in range(pd_per_pass.size):
        p = pd_per_pass[c]
        log_miss[c] = np.log1p(-p) if 0.0 < p < 1.0 else 0.0
    # Cell lookup in O(1): equal-width buckets over the line, each holding the cell where it
    # starts; a draw starts from its bucket's cell and steps to the last cell starting at or
    # before it -- exactly what ``searchsorted(side="right") - 1`` returns, without the search.
    n_edges = cell_cum_km.size
    n_buckets = 4 * n_edges
    first_km = cell_cum_km[0]
    width_km = (cell_cum_km[n_edges - 1] - first_km) / n_buckets
    per_km = 1.0 / width_km if width_km > 0.0 else 0.0
    bucket_cell = np.searchsorted(
        cell_cum_km, first_km + width_km * np.arange(n_buckets), side="right") - 1
    for r in range(n_reps):
        i = offsets[r]
        for d in range(n_days):
            for s in range(n_sectors):
                lo = sector_lo[s]
                hi = sector_hi[s]
                base = cell_cum_km[lo]
                span = cell_cum_km[hi] - base
                for t in range(n_types):
                    dur = duration_h[t]
                    self_rep = self_reported[t]
                    for _ in range(counts[r, d, s, t]):
                        time_h[i] = 24.0 * (d + uniforms[i, 0])
                        x = base + uniforms[i, 1] * span
                        c = min(max(int((x - first_km) * per_km), 0), n_buckets - 1)
                        c = max(bucket_cell[c], 0)
                        while c > 0 and cell_cum_km[c] > x:
                            c -= 1
                        if cell_cum_km[c] > x:
                            c = -1
                        while c + 1 < n_edges and cell_cum_km[c + 1] <= x:
                            c += 1
                        c = min(max(c, lo), hi - 1)
                        cell[i] = c
                        itype[i] = t
                        rev = revisit_h[c]
                        p = pd_per_pass[c]
                        if self_rep:
                            detect_h[i] = latency_h[c]
                        elif p <= 0.0 or not np.isfinite(rev):
                            detect_h[i] = np.nan
                        else:
                            # First pass after the start: a random phase within the revisit.
                            offset = uniforms[i, 2] * rev
                            if p < 1.0:
                                # Geometric number of missed passes by inversion; 1 - u keeps
                                # the log's argument in (0, 1].
                                missed = np.floor(np.log(1.0 - uniforms[i, 3]) / log_miss[c])
                                offset += missed * rev
                            if offset <= dur:
                                detect_h[i] = offset + latency_h[c]
                            else:
                                detect_h[i] = np.nan
                        i += 1


def reference_preference(model: IncidentModel) -> tuple[np.ndarray, np.ndarray]:
    """Eligible units of each (type, sorted cell) in the order dispatch prefers them.

    In-theatre units before escalation units, then by response time, then by index; only units
    that may serve the type and can reach the cell. Returns ``pref`` (n_types, n_cells, n_units),
    padded with -1, and ``n_pref`` (n_types, n_cells).
    """
    k = model.kernel_inputs()
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
    return pref, n_pref


@numba.njit(cache=True)
def _reference_first_free(pref_tc, lo, hi, free_at, ready_h):  # pragma: no cover - compiled
    # Among the units pref_tc[lo:hi] (in order of preference), the first free at ``ready_h``;
    # if none is, the one free first. Returns (unit, time it starts on the call).
    for q in range(lo, hi):
        v = pref_tc[q]
        if free_at[v] <= ready_h:
            return v, ready_h
    u = -1
    first_free = np.inf
    for q in range(lo, hi):
        v = pref_tc[q]
        if free_at[v] < first_free:
            first_free = free_at[v]
            u = v
    return u, first_free


@numba.njit(cache=True)
def _reference_first_on_scene(pref_tc, hi, free_at, ready_h, travel_c):  # pragma: no cover
    # Among the units pref_tc[:hi], the one on scene first (free at max(free, ready), then its
    # travel); among equals the earlier in order of preference. Returns (unit, start).
    u = -1
    best = np.inf
    for q in range(hi):
        v = pref_tc[q]
        arrive = max(free_at[v], ready_h) + travel_c[v]
        if arrive < best:
            best = arrive
            u = v
    return u, max(free_at[u], ready_h)


@numba.njit(cache=True)
def reference_dispatch(
    offsets, batch, time_h, cell, itype, detect_h, uniforms, sector_of_cell,
    response_required, response_h, on_scene_h, pref, n_pref, escalation, return_factor,
    activation_h, threshold_h, max_wait_h, contention, record,
    stats, busy_h, sector_stats, type_stats, hist,
    unit_out, wait_out, respond_out, escalated_out, triage=False,
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
            if response_required[t, s]:
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
            # numba's stable sort (the engine has its own bucket sort)
            order = np.argsort(t_req, kind="mergesort")
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
            # The committed time the call would take from its preferred in-theatre unit: offered
            # load, per in-theatre unit (s39: a call only the support force can take adds none).
            u = pref[t, c, 0]
            if n_in > 0:
                demand += response_h[u, c] * (1.0 + return_factor[u]) + on_scene_h[u, t]
            start = tr
            escalate = n_in == 0
            u = -1
            if not escalate and triage:
                # Triage: the in-theatre unit on scene first, only if within the threshold.
                if contention:
                    u, start = _reference_first_on_scene(pref[t, c], n_in, free_at, tr,
                                                         response_h[:, c])
                else:
                    u = pref[t, c, 0]
                if start - tr + response_h[u, c] > threshold_h:
                    escalate = True
                    u = -1
            elif not escalate:
                if contention:
                    # The first free in-theatre unit in order of preference (by arrival time);
                    # if none is free, wait for the one free first (first come, first served).
                    u, start = _reference_first_free(pref[t, c], 0, n_in, free_at, tr)
                    if start - tr > max_wait_h:  # never when a unit is free (max_wait_h >= 0)
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
                t_esc = tr if n_in == 0 or triage else tr + max_wait_h
                if not np.isfinite(ready_at):
                    ready_at = t_esc + activation_h
                t_go = max(t_esc, ready_at)
                start = t_go
                u = -1
                if contention:
                    u, start = _reference_first_free(pref[t, c], n_in, n_eligible, free_at, t_go)
                else:
                    u = pref[t, c, n_in]
                n_esc_answered += 1.0
                if record:
                    escalated_out[i] = True
            travel = response_h[u, c]
            # Exponential time on scene by inversion; 1 - U keeps log's argument in (0, 1].
            # (the log: the engine's own, fdlibm's algorithm; tests compare it with math.log)
            busy = travel * (1.0 + return_factor[u]) - on_scene_h[u, t] * log_positive(
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


def reference_simulate_range(model: IncidentModel, entropy: int, start: int, stop: int,
                    chunk_incidents: int, contention: bool, n_batches: int) -> _Partial:
    k = model.kernel_inputs()
    pref, n_pref = reference_preference(model)
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
        reference_generate_and_detect(
            counts, block.uniforms, off, k["cell_cum_km"], k["sector_lo"], k["sector_hi"],
            k["revisit_h"], k["pd_per_pass"], k["latency_h"], k["duration_h"],
            k["self_reported"], block.time_h, block.cell, block.itype, block.detect_h,
        )
        rows = np.asarray(pending_reps, dtype=np.int64) - start
        lo, hi = int(rows[0]), int(rows[-1]) + 1  # pending replications are consecutive
        reference_dispatch(
            off, (rows + start) % n_batches, block.time_h[:m], block.cell[:m], block.itype[:m],
            block.detect_h[:m], block.uniforms[:m], k["sector_of_cell"], k["response_required"],
            k["response_h"], k["on_scene_h"], pref, n_pref, k["escalation"],
            k["return_factor"], model.units.activation_h, model.threshold_h, model.max_wait_h,
            contention, False, part.stats[lo:hi], part.busy_h[lo:hi], part.sector_stats[lo:hi],
            part.type_stats[lo:hi], part.hist, empty_i, empty_f, empty_f, empty_b, model.triage,
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
        block.uniforms[offsets[-1]:offsets[-1] + m] = draw_incident_uniforms(rng, m)
        pending_counts.append(counts)
        pending_reps.append(r)
        offsets.append(offsets[-1] + m)
    flush()
    return part


def reference_simulate_replication(model: IncidentModel, seed: int, replication: int = 0, *,
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
    pref, n_pref = reference_preference(model)
    rng = replication_rng(seed, replication)
    _, counts = draw_counts(model, rng)
    m = int(counts.sum())
    uniforms = draw_incident_uniforms(rng, m)
    time_h, detect_h = np.empty(m), np.empty(m)
    cell, itype = np.empty(m, dtype=np.int64), np.empty(m, dtype=np.int64)
    off = np.array([0, m], dtype=np.int64)
    reference_generate_and_detect(
        counts[None], uniforms, off, k["cell_cum_km"], k["sector_lo"], k["sector_hi"],
        k["revisit_h"], k["pd_per_pass"], k["latency_h"], k["duration_h"], k["self_reported"],
        time_h, cell, itype, detect_h,
    )
    nu = model.units.n_units
    unit = np.full(m, -1, dtype=np.int64)
    wait_h, respond_h = np.full(m, np.nan), np.full(m, np.nan)
    escalated = np.zeros(m, dtype=np.bool_)
    busy = np.zeros((1, nu))
    reference_dispatch(
        off, np.zeros(1, dtype=np.int64), time_h, cell, itype, detect_h, uniforms,
        k["sector_of_cell"], k["response_required"], k["response_h"], k["on_scene_h"],
        pref, n_pref, k["escalation"], k["return_factor"], model.units.activation_h,
        model.threshold_h, model.max_wait_h, contention, True,
        np.zeros((1, _N_STATS)), busy, np.zeros((1, model.cells.n_sectors, _N_SECTOR_STATS)),
        np.zeros((1, model.types.n_types, 2)),
        np.zeros((1, _N_HIST, _HIST_BINS), dtype=np.int64), unit, wait_h, respond_h, escalated,
        model.triage,
    )
    detected = ~np.isnan(detect_h)
    requested = detected & k["response_required"][itype, k["sector_of_cell"][cell]]
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
