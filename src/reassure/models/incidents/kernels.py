"""Compiled kernels of the incident engine: statistic columns, time histograms, the uniforms
of a replication (its raw draws), and the kernel that generates, detects, counts and dispatches.

The dispatch of units is sequential by nature (who is free depends on the previous calls); it
runs compiled (numba, ``cache=True``) in the order the incidents are reported. The column
layout of the per-replication statistics is defined here once: the kernel writes the columns,
:mod:`reassure.models.incidents.summary` reads them. No fast-math: every sum is taken in the
same order as the step-by-step definition, so the numbers are exact and reproducible
(``tests/incidents/test_engine_reference.py`` compares them with the previous engine).

Every compiled function stays at this module's top level so numba's on-disk cache finds it.
"""

from __future__ import annotations

import math

import llvmlite.ir
import numba
import numpy as np
from numba.core import types
from numba.extending import intrinsic

from reassure.models.incidents._log import _float_bits, logs_in_place
from reassure.models.incidents.model import (
    RAW_DRAWS_PER_INCIDENT,
    IncidentModel,
    _cell_at,
    _generation_tables,
)

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
# Detection probabilities per pass from which the number of missed passes is found by a
# search from 0 (expected 1 / p steps) rather than by a logarithm.
_MISS_BY_SEARCH_MIN_PD = 0.25


@numba.njit(cache=True)
def _hist_bin(x):  # pragma: no cover - compiled
    # Branch-free: the bits of a float64 >= 0 (or -0.0, or below 0: negative as an int64)
    # order as the floats, so below 2**-10 h the shifted bits are at most bin 0's and from
    # 2**20 h (inf included) at least the last bin's: clamped to them, the same bins as
    # comparing x with the two bounds. (Never called with NaN.)
    return min(max((_float_bits(x) >> _HIST_SHIFT) - (_HIST_BASE - 1), 0), _HIST_BINS - 1)


# A replication's raw draws are made in the kernel, where they are used, from the state its
# numpy generator (PCG64) has after the counts: the same numbers as
# ``bit_generator.random_raw`` (tested bit for bit); each incident's uniforms are made of
# three of them as ``model.incident_uniforms`` makes them. PCG64 steps a 128-bit LCG and
# outputs the xor of its halves rotated by the top 6 bits.
_PCG_MULT = 0x2360ED051FC65DA44385DF649FCCF645
_MASK64 = 2**64 - 1
_U64 = np.uint64
_PCG_M_HI, _PCG_M_LO = _U64(_PCG_MULT >> 64), _U64(_PCG_MULT & _MASK64)
_ZERO = _U64(0)
_RAW = RAW_DRAWS_PER_INCIDENT


def pcg64_state(bit_generator: np.random.BitGenerator) -> np.ndarray:
    """A PCG64's state as 4 uint64 (state high, low; increment high, low) for the kernel."""
    full = bit_generator.state
    # Nothing draws 32-bit halves here; a buffered half would come before the next double.
    assert not full["has_uint32"], "a PCG64 with a buffered 32-bit draw"
    state, inc = full["state"]["state"], full["state"]["inc"]
    return np.array([state >> 64, state & _MASK64, inc >> 64, inc & _MASK64], dtype=np.uint64)


@intrinsic
def _lcg128(typingctx, s_hi, s_lo, a_hi, a_lo, c_hi, c_lo):  # pragma: no cover - compiled
    # (s * a + c) mod 2**128 on uint64 halves, in LLVM's native 128-bit integers.
    u64 = types.uint64
    if not all(arg == u64 for arg in (s_hi, s_lo, a_hi, a_lo, c_hi, c_lo)):
        return None

    def codegen(context, builder, signature, args):  # noqa: ANN001, ANN202
        i64, i128 = llvmlite.ir.IntType(64), llvmlite.ir.IntType(128)
        shift = llvmlite.ir.Constant(i128, 64)

        def join(hi, lo):  # noqa: ANN001, ANN202
            return builder.or_(builder.shl(builder.zext(hi, i128), shift), builder.zext(lo, i128))

        x = builder.add(builder.mul(join(args[0], args[1]), join(args[2], args[3])),
                        join(args[4], args[5]))
        hi = builder.trunc(builder.lshr(x, shift), i64)
        return context.make_tuple(builder, signature.return_type, (hi, builder.trunc(x, i64)))

    return types.UniTuple(u64, 2)(u64, u64, u64, u64, u64, u64), codegen


@numba.njit(cache=True)
def _pcg_output(hi, lo):  # pragma: no cover - compiled
    # PCG64's 64-bit output for a state (XSL-RR): the xor of the halves rotated by the top 6 bits.
    x = hi ^ lo
    rot = hi >> _U64(58)
    return (x >> rot) | (x << ((_U64(64) - rot) & _U64(63)))


# In the kernel an incident's three raw draws come from three lanes, lane j holding the state
# of draws j, j + 3, j + 6, ... of the replication (each steps 3 draws at once: multiplier
# M**3, increment inc * (1 + M + M**2)): three independent chains the processor overlaps with
# the rest of the incident's work, and no buffer.
_PCG_MULT_RAW = pow(_PCG_MULT, _RAW, 2**128)
_PCG_INC_RAW = sum(pow(_PCG_MULT, k, 2**128) for k in range(_RAW)) % 2**128
_PCG_MR_HI, _PCG_MR_LO = _U64(_PCG_MULT_RAW >> 64), _U64(_PCG_MULT_RAW & _MASK64)
_PCG_IR_HI, _PCG_IR_LO = _U64(_PCG_INC_RAW >> 64), _U64(_PCG_INC_RAW & _MASK64)


@numba.njit(cache=True, inline="always")
def _incident_lanes(state):  # pragma: no cover - compiled
    # From a generator's state (pcg64_state): the states of the next three draws (the first
    # incident's), and the increment that steps each by three draws.
    inc_hi, inc_lo = state[2], state[3]
    a_hi, a_lo = _lcg128(state[0], state[1], _PCG_M_HI, _PCG_M_LO, inc_hi, inc_lo)
    b_hi, b_lo = _lcg128(a_hi, a_lo, _PCG_M_HI, _PCG_M_LO, inc_hi, inc_lo)
    e_hi, e_lo = _lcg128(b_hi, b_lo, _PCG_M_HI, _PCG_M_LO, inc_hi, inc_lo)
    s_hi, s_lo = _lcg128(inc_hi, inc_lo, _PCG_IR_HI, _PCG_IR_LO, _ZERO, _ZERO)
    return a_hi, a_lo, b_hi, b_lo, e_hi, e_lo, s_hi, s_lo


@numba.njit(cache=True, inline="always")
def _lane_step(hi, lo, s_hi, s_lo):  # pragma: no cover - compiled
    # A lane's state three draws on.
    return _lcg128(hi, lo, _PCG_MR_HI, _PCG_MR_LO, s_hi, s_lo)


@numba.njit(cache=True)
def _pcg64_incident_draws(raw, n_incidents, state):  # pragma: no cover - compiled
    # The raw draws of n_incidents incidents as the kernel makes them (the same lanes, in
    # the same order) into raw[:3 * n_incidents]: tests compare them with random_raw.
    a_hi, a_lo, b_hi, b_lo, e_hi, e_lo, s_hi, s_lo = _incident_lanes(state)
    for i in range(n_incidents):
        raw[_RAW * i] = _pcg_output(a_hi, a_lo)
        raw[_RAW * i + 1] = _pcg_output(b_hi, b_lo)
        raw[_RAW * i + 2] = _pcg_output(e_hi, e_lo)
        a_hi, a_lo = _lane_step(a_hi, a_lo, s_hi, s_lo)
        b_hi, b_lo = _lane_step(b_hi, b_lo, s_hi, s_lo)
        e_hi, e_lo = _lane_step(e_hi, e_lo, s_hi, s_lo)


# An incident's uniforms from its raw draws (as model.incident_uniforms): 32-bit halves of the
# first two, the top 53 bits of the third (as Generator.random). The shifted values fit in 53
# bits, so they convert as signed integers (one instruction) and exactly.
_LOW32 = _U64(0xFFFFFFFF)


@numba.njit(cache=True, inline="always")
def _high_half(x):  # pragma: no cover - compiled
    return np.float64(np.int64(x >> _U64(32))) * 2.0**-32


@numba.njit(cache=True, inline="always")
def _low_half(x):  # pragma: no cover - compiled
    return np.float64(np.int64(x & _LOW32)) * 2.0**-32


@numba.njit(cache=True, inline="always")
def _double53(x):  # pragma: no cover - compiled
    return np.float64(np.int64(x >> _U64(11))) * (1.0 / 9007199254740992.0)


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
def _argsort_times(keys, order, bucket, start, sorted_keys):  # pragma: no cover - compiled
    # Stable argsort of ``keys`` into ``order``, and the keys in that order into
    # ``sorted_keys`` (work arrays ``bucket``, ``start`` (n + 1), all at least n long). Bucket sort on the value range: buckets are
    # monotone in the key, so after the scatter an element is out of place only among its own
    # bucket, and one insertion pass over the whole array (stable: it moves past strictly
    # greater keys only) finishes it in O(n) for times spread over a horizon. A bucket of more
    # than 32 (clustered times) falls back to a merge sort of the whole array.
    n = keys.size
    if n < 2:
        for i in range(n):
            order[i] = i
            sorted_keys[i] = keys[i]
        return
    # The range in four independent chains of minima and maxima (the same extremes in any
    # order: keys are never NaN).
    lo0 = lo1 = lo2 = lo3 = keys[0]
    hi0 = hi1 = hi2 = hi3 = keys[0]
    i = 1
    while i + 4 <= n:
        lo0 = min(lo0, keys[i])
        hi0 = max(hi0, keys[i])
        lo1 = min(lo1, keys[i + 1])
        hi1 = max(hi1, keys[i + 1])
        lo2 = min(lo2, keys[i + 2])
        hi2 = max(hi2, keys[i + 2])
        lo3 = min(lo3, keys[i + 3])
        hi3 = max(hi3, keys[i + 3])
        i += 4
    while i < n:
        lo0 = min(lo0, keys[i])
        hi0 = max(hi0, keys[i])
        i += 1
    lo = min(min(lo0, lo1), min(lo2, lo3))
    hi = max(max(hi0, hi1), max(hi2, hi3))
    if n < 64 or not hi > lo:
        for i in range(n):
            order[i] = i
        _merge_sort_by_key(order[:n], keys)
        for i in range(n):
            sorted_keys[i] = keys[order[i]]
        return
    scale = (n - 1) / (hi - lo)
    for b in range(n + 1):
        start[b] = 0
    # (indices as uint64: no sign checks; every one is >= 0)
    for i in range(n):
        b = min(int((keys[i] - lo) * scale), n - 1)
        bucket[i] = b
        start[_U64(b + 1)] += 1
    most = 0
    for b in range(n):
        most = max(most, start[b + 1])
        start[b + 1] += start[b]
    if most > 32:
        for i in range(n):
            order[i] = i
        _merge_sort_by_key(order[:n], keys)
        for i in range(n):
            sorted_keys[i] = keys[order[i]]
        return
    for i in range(n):
        b = _U64(bucket[i])
        f = start[b]
        order[_U64(f)] = i
        sorted_keys[_U64(f)] = keys[i]
        start[b] = f + 1
    for m in range(1, n):
        k = sorted_keys[m]
        if not sorted_keys[m - 1] > k:
            continue
        j = order[m]
        q = m - 1
        while q >= 0 and sorted_keys[q] > k:
            sorted_keys[q + 1] = sorted_keys[q]
            order[q + 1] = order[q]
            q -= 1
        sorted_keys[q + 1] = k
        order[q + 1] = j


# The cell lookup's fast path. _cell_at's bucket index g = int((x - first_km) * per_km),
# clamped to the buckets, is monotone in x, so the x's of bucket g are one interval of floats
# [L_g, L_g+1) (L_0 = -inf, the last one to +inf). Where at most one cell edge lies inside
# it, the cell is that of L_g plus whether x is at or past that edge: one table row and a
# comparison, no loop and no branch to mispredict. Buckets with more edges inside are marked
# (_CELL_SLOW) and take _cell_at. The same answer as _cell_at, exactly (tests compare them
# on every bucket's bounds and on random positions).
_CELL_SLOW = -9


def _bucket_lower_bounds(first_km: float, per_km: float, n_buckets: int) -> np.ndarray:
    """L_g for g = 1 .. n_buckets - 1: the smallest float x with int((x - first_km) * per_km)
    >= g, evaluated as the kernel evaluates it (float64, truncation)."""
    g = np.arange(1, n_buckets, dtype=np.float64)
    x = first_km + g / per_km

    def maps(v: np.ndarray) -> np.ndarray:
        return np.trunc((v - first_km) * per_km) >= g

    for _ in range(10_000):
        below = np.nextafter(x, -np.inf)
        down = maps(below)  # the float below maps to g too: L_g is lower
        up = ~maps(x)  # x maps below g: L_g is higher
        if not (down.any() or up.any()):
            return x
        x = np.where(down, below, np.where(up, np.nextafter(x, np.inf), x))
    raise AssertionError("bucket bounds did not converge")


def _cell_tables(cell_cum_km: np.ndarray, per_km: float,
                 n_buckets: int) -> tuple[np.ndarray, np.ndarray]:
    """Per bucket of _cell_at: the cell of its lowest position and the one edge inside it
    (+inf if none), or _CELL_SLOW where more than one edge lies inside."""
    first = np.full(n_buckets, _CELL_SLOW, dtype=np.int64)
    next_km = np.full(n_buckets, np.inf)
    if not per_km > 0.0 or n_buckets < 1:
        return first, next_km
    bounds = np.concatenate(([-np.inf], _bucket_lower_bounds(float(cell_cum_km[0]), per_km,
                                                             n_buckets), [np.inf]))
    at_or_below = np.searchsorted(cell_cum_km, bounds[:-1], side="right")  # edges <= L_g
    below_next = np.searchsorted(cell_cum_km, bounds[1:], side="left")  # edges < L_g+1
    inside = below_next - at_or_below
    one = inside <= 1
    first[one] = at_or_below[one] - 1
    edge = inside == 1
    next_km[edge] = cell_cum_km[at_or_below[edge]]
    return first, next_km


@numba.njit(cache=True, inline="always")
def _cell_by_row(x, first_km, per_km, n_buckets, lo, hi, cell_first,
                 cell_next_km):  # pragma: no cover - compiled
    # _cell_at(x, ...) by the bucket's row of _cell_tables, or _CELL_SLOW when the bucket
    # holds more than one edge (the caller then calls _cell_at: a call from here, even not
    # inlined, makes numba count references to the arrays at every call, 20x slower).
    g = _U64(min(max(int((x - first_km) * per_km), 0), n_buckets - 1))
    c = cell_first[g]
    if c == _CELL_SLOW:
        return c
    return min(max(c + (x >= cell_next_km[g]), lo), hi - 1)


def _dispatch_tables(model: IncidentModel) -> dict[str, np.ndarray]:
    """What dispatch needs of each (type, sorted cell), tabulated once: units are fixed per run.

    ``pref`` (n_types, n_cells, n_units): eligible units in the order dispatch prefers them,
    in-theatre units before escalation units, then by response time, then by index; only units
    that may serve the type and can reach the cell; padded with -1. ``n_pref``: how many;
    ``n_in``: how many of them are in-theatre units (they come first). ``demand_h``: the time
    a call commits its preferred unit, travel + return + mean on scene (the offered load).
    ``leg_h`` (n_units, n_cells): travel + return of each unit to each cell. With them, the
    generation's tables (``log_miss``, ``bucket_cell``, ``per_km``: ``_generation_tables``).
    """
    k = model.kernel_inputs()
    if "pref" in k:
        return k
    resp, serve, esc = k["response_h"], k["can_serve"], k["escalation"]
    n_units, n_cells = resp.shape
    n_types = serve.shape[1]
    pref = np.full((n_types, n_cells, n_units), -1, dtype=np.int64)
    n_pref = np.zeros((n_types, n_cells), dtype=np.int64)
    n_in = np.zeros((n_types, n_cells), dtype=np.int64)
    for t in range(n_types):
        ok = serve[:, t][:, None] & np.isfinite(resp)  # (units, cells)
        # lexsort: last key first; stable, so equal response times keep index order.
        order = np.lexsort((resp.T, esc[None, :].repeat(n_cells, axis=0)), axis=1)
        for c in range(n_cells):
            units = order[c][ok[order[c], c]]
            pref[t, c, : units.size] = units
            n_pref[t, c] = units.size
            n_in[t, c] = np.count_nonzero(~esc[units])
    leg_h = resp * (1.0 + k["return_factor"][:, None])
    first = np.maximum(pref[:, :, 0], 0)
    cells = np.arange(n_cells)[None, :]
    demand_h = leg_h[first, cells] + k["on_scene_h"][first, np.arange(n_types)[:, None]]
    # the offered load is per in-theatre unit (s39): a call only the outside support force can
    # take adds none (its elements are not in the load's denominator)
    demand_h = np.where(n_in > 0, demand_h, 0.0)
    log_miss, bucket_cell, per_km = _generation_tables(k["cell_cum_km"], k["pd_per_pass"])
    cell_first, cell_next_km = _cell_tables(k["cell_cum_km"], per_km, bucket_cell.size)
    # For the vector dispatch (at most _LANES units): each unit's rank in each (type, cell)'s
    # preference list, legs by cell and times on scene by type, _LANES a row (padded).
    lanes = _LANES if n_units <= _LANES else 0
    rank = np.full((n_types, n_cells, lanes), _NO_RANK, dtype=np.int16)
    leg_lanes = np.zeros((n_cells, lanes))
    scene_lanes = np.zeros((n_types, lanes))
    if lanes:
        for t in range(n_types):
            for c in range(n_cells):
                rank[t, c, pref[t, c, : n_pref[t, c]]] = np.arange(n_pref[t, c])
        leg_lanes[:, :n_units] = leg_h.T
        scene_lanes[:, :n_units] = k["on_scene_h"].T
    # cached with the model's other kernel inputs
    k.update(pref=pref, n_pref=n_pref, n_in=n_in, leg_h=leg_h, demand_h=demand_h,
             log_miss=log_miss, bucket_cell=bucket_cell, per_km=np.array(per_km),
             cell_first=cell_first, cell_next_km=cell_next_km,
             rank=rank.reshape(-1), leg_lanes=leg_lanes.reshape(-1),
             scene_lanes=scene_lanes.reshape(-1))
    return k


@numba.njit(cache=True)
def _first_free(pref, t, c, lo, hi, free_at, ready_h):  # pragma: no cover - compiled
    # Among the units pref[t, c, lo:hi] (in order of preference), the first free at
    # ``ready_h``; if none is, the one free first (the first in order among equals). Returns
    # (unit, time it starts on the call). Two short scans, each stopping or keeping its best
    # in a register (about half the time of one pass comparing max(free_at, ready_h)).
    for q in range(lo, hi):
        v = pref[t, c, q]
        if free_at[v] <= ready_h:
            return v, ready_h
    u = pref[t, c, lo]
    start = free_at[u]
    for q in range(lo + 1, hi):
        v = pref[t, c, q]
        f = free_at[v]
        if f < start:
            start = f
            u = v
    return u, start


@numba.njit(cache=True)
def _first_on_scene(pref, t, c, hi, free_at, ready_h, response_h):  # pragma: no cover - compiled
    # Among the units pref[t, c, :hi], the one on scene first, max(free, ready) + travel
    # (ties: the earlier in order of preference). Returns (unit, time it starts on the call).
    u = -1
    best = np.inf
    start = ready_h
    for q in range(hi):
        v = pref[t, c, q]
        s = max(free_at[v], ready_h)
        a = s + response_h[v, c]
        if a < best:
            best = a
            u = v
            start = s
    return u, start


# Dispatch with contention over at most _LANES units: each call picks its unit in one pass
# over all units as a vector (compare, select, minimum reductions; one branch, whether any
# unit is free) instead of a scan whose exit varies from call to call. ``free_at`` is padded to _LANES with +inf;
# per (type, cell) ``rank`` holds each unit's position in that cell's preference list
# (_NO_RANK: not eligible), so the first in order is the smallest rank.
_LANES = 16
_NO_RANK = 0x7FFF


def _data(context, builder, ty, value):  # noqa: ANN001, ANN202
    # The data pointer of a numba array argument.
    return context.make_array(ty)(context, builder, value).data


def _vec_at(builder, ptr, offset, n):  # noqa: ANN001, ANN202
    # The n elements from ptr[offset] as a vector.
    vec = llvmlite.ir.VectorType(ptr.type.pointee, n)
    at = ptr if offset is None else builder.gep(ptr, [offset])
    return builder.bitcast(at, vec.as_pointer())


def _splat(builder, value, n):  # noqa: ANN001, ANN202
    vec = llvmlite.ir.VectorType(value.type, n)
    one = builder.insert_element(llvmlite.ir.Constant(vec, None), value,
                                 llvmlite.ir.Constant(llvmlite.ir.IntType(32), 0))
    return builder.shuffle_vector(one, llvmlite.ir.Constant(vec, None),
                                  llvmlite.ir.Constant(llvmlite.ir.VectorType(
                                      llvmlite.ir.IntType(32), n), [0] * n))


def _vec_min(builder, x, less, n):  # noqa: ANN001, ANN202
    # Minimum of the n lanes of x by halving (less(a, b) -> a < b lane-wise): exact.
    i32 = llvmlite.ir.IntType(32)
    while n > 1:
        n //= 2
        undef = llvmlite.ir.Constant(x.type, None)
        lo = builder.shuffle_vector(x, undef, llvmlite.ir.Constant(
            llvmlite.ir.VectorType(i32, n), list(range(n))))
        hi = builder.shuffle_vector(x, undef, llvmlite.ir.Constant(
            llvmlite.ir.VectorType(i32, n), list(range(n, 2 * n))))
        x = builder.select(less(lo, hi), lo, hi)
    return builder.extract_element(x, llvmlite.ir.Constant(i32, 0))


@intrinsic
def _pick_unit(typingctx, free_at, at, rank, row, lo, hi, ready_h):  # pragma: no cover - compiled
    # Free times are free_at[at:at + _LANES]. Among the units whose rank in
    # rank[row:row + _LANES] is in [lo, hi) (in order of preference), the first free at
    # ready_h; if none is, the one free first (the first in order among equals): as
    # _first_free. Returns (its rank, the time it starts on the call). The smallest rank of
    # the free units; if none, the smallest free time, then the smallest rank of the units
    # free then (a branch: the common case skips the minimum of the times).
    def codegen(context, builder, signature, args):  # noqa: ANN001, ANN202
        n = _LANES
        f64, i16 = llvmlite.ir.DoubleType(), llvmlite.ir.IntType(16)
        sig = signature.args
        f = builder.load(_vec_at(builder, _data(context, builder, sig[0], args[0]), args[1], n),
                         align=8)
        rk = builder.load(_vec_at(builder, _data(context, builder, sig[2], args[2]), args[3], n),
                          align=2)
        lo_v = _splat(builder, builder.trunc(args[4], i16), n)
        hi_v = _splat(builder, builder.trunc(args[5], i16), n)
        ready = _splat(builder, args[6], n)
        eligible = builder.and_(builder.icmp_signed(">=", rk, lo_v),
                                builder.icmp_signed("<", rk, hi_v))
        none = llvmlite.ir.Constant(llvmlite.ir.VectorType(i16, n), [_NO_RANK] * n)

        def first(mask):  # noqa: ANN001, ANN202
            return _vec_min(builder, builder.select(mask, rk, none),
                            lambda a, b: builder.icmp_signed("<", a, b), n)

        free = builder.and_(builder.fcmp_ordered("<=", f, ready), eligible)
        any_free = builder.icmp_unsigned(
            "!=", builder.bitcast(free, llvmlite.ir.IntType(n)), llvmlite.ir.Constant(
                llvmlite.ir.IntType(n), 0))
        with builder.if_else(any_free, likely=True) as (then, otherwise):
            with then:
                q_free = first(free)
                then_block = builder.block
            with otherwise:
                inf = llvmlite.ir.Constant(llvmlite.ir.VectorType(f64, n), [math.inf] * n)
                key = builder.select(eligible, f, inf)
                best = _vec_min(builder, key, lambda a, b: builder.fcmp_ordered("<", a, b), n)
                q_busy = first(builder.and_(
                    builder.fcmp_ordered("==", key, _splat(builder, best, n)), eligible))
                else_block = builder.block
        q = builder.phi(i16)
        q.add_incoming(q_free, then_block)
        q.add_incoming(q_busy, else_block)
        start = builder.phi(f64)
        start.add_incoming(args[6], then_block)
        start.add_incoming(best, else_block)
        q64 = builder.sext(q, llvmlite.ir.IntType(64))
        return context.make_tuple(builder, signature.return_type, (q64, start))

    sig = types.Tuple((types.int64, types.float64))(free_at, at, rank, row, lo, hi, ready_h)
    return sig, codegen


@intrinsic
def _assign_unit(typingctx, free_at, at, to, rank, row, q, start_h, leg, leg_row, on_scene,
                 on_scene_row, log_u):  # pragma: no cover - compiled
    # The free times free_at[at:at + _LANES], with the unit of rank q in rank[row:row + _LANES]
    # busy until start_h + leg - on_scene * log_u (its own leg and mean time on scene, as the
    # scalar code adds them), stored whole to free_at[to:to + _LANES]. Whole and elsewhere:
    # the next call's vector load then reads it from the store (a masked or one-lane store
    # in place cannot be forwarded to a vector load: it stalls until written to the cache).
    def codegen(context, builder, signature, args):  # noqa: ANN001, ANN202
        n = _LANES
        i16 = llvmlite.ir.IntType(16)
        sig = signature.args
        free = _data(context, builder, sig[0], args[0])
        f = builder.load(_vec_at(builder, free, args[1], n), align=8)
        rk = builder.load(_vec_at(builder, _data(context, builder, sig[3], args[3]), args[4], n),
                          align=2)
        legs = builder.load(_vec_at(builder, _data(context, builder, sig[7], args[7]), args[8], n),
                            align=8)
        scene = builder.load(_vec_at(builder, _data(context, builder, sig[9], args[9]), args[10],
                                     n), align=8)
        busy = builder.fsub(legs, builder.fmul(scene, _splat(builder, args[11], n)))
        until = builder.fadd(_splat(builder, args[6], n), busy)
        hit = builder.icmp_signed("==", rk, _splat(builder, builder.trunc(args[5], i16), n))
        builder.store(builder.select(hit, until, f), _vec_at(builder, free, args[2], n), align=8)
        return context.get_dummy_value()

    sig = types.none(free_at, at, to, rank, row, q, start_h, leg, leg_row, on_scene,
                     on_scene_row, log_u)
    return sig, codegen


@numba.njit(cache=True)
def _passes_missed(u, p, log_miss, offset_h, revisit_h, duration_h):  # pragma: no cover
    # The geometric number of passes that miss an incident (each detects it with probability
    # p; log_miss = log(1 - p)), by inversion of the uniform u: at least k missed when
    # 1 - u <= (1 - p)**k. For p >= _MISS_BY_SEARCH_MIN_PD the count is searched from 0
    # (1.5 comparisons on average at p = 0.68, instead of a log and a division), and the
    # search stops once the pass would come after the incident's end (offset_h + k revisits
    # > duration_h: undetected whatever the rest). Otherwise floor(log(1 - u) / log(1 - p)).
    # Both are the same inversion: they differ only when 1 - u is within rounding of a power
    # of 1 - p (tests check they agree).
    v = 1.0 - u  # in (0, 1]
    if p >= _MISS_BY_SEARCH_MIN_PD:
        miss_p = 1.0 - p
        power = miss_p
        missed = 0.0
        while v <= power:
            missed += 1.0
            if offset_h + missed * revisit_h > duration_h:
                break
            power *= miss_p
        return missed
    return np.floor(np.log(v) / log_miss)


@numba.njit(cache=True)
def _vector_dispatch(n_reps, n_calls2, rep2, batch, buffers, tables, params, free_at, busy_h,
                     hist, sector_stats, within2, rare2, acc2, stats,
                     rec):  # pragma: no cover - compiled
    # The vector dispatch (contention, at most _LANES units) of one or two replications
    # (slots 0 and 1 of the buffers), their calls alternated, a then b: two independent
    # chains of free times (each call's pick waits on the previous call's assignment) that
    # the processor overlaps. Each replication's calls in its own report-time order, so its
    # numbers are as if it were alone. The two copies of the call's code below are the same
    # but for the replication (a_ or b_ names: numba's inlining of a function would add
    # reference counting of its array arguments to every call); they dispatch as the
    # general loop in _simulate_kernel does, on flat tables: per (type, cell) "row"
    # w = t * n_cells + c, and per rank in its preference list (w * _LANES + rank), indexed
    # without sign checks (uint64). Free times of slot s at free_at[2 * _LANES * s:], two
    # copies (cur: the one read, the other written). Rare outcomes go to rare2[s]
    # (unanswered, unreachable, escalated, support force ready at).
    sort_keys2, call_order2, call2, call_cell2, call_type2, call_detect_h2, call_log_u2 = buffers
    (row_n_pref, row_n_in, row_demand_h, row_sector, rank_unit, rank_travel_h, rank_leg_h,
     rank_on_scene_h, rank_escalation, row_leg_lanes, row_scene_lanes, rank) = tables
    n_cells, max_wait_h, activation_h, threshold_h = params
    record, unit_out, wait_out, respond_out, escalated_out = rec
    s = n_reps - 1  # the second slot, or the first again when alone (then it has no calls)
    a_keys, b_keys = sort_keys2[0], sort_keys2[s]
    a_order, b_order = call_order2[0], call_order2[s]
    a_call, b_call = call2[0], call2[s]
    a_cell, b_cell = call_cell2[0], call_cell2[s]
    a_type, b_type = call_type2[0], call_type2[s]
    a_detect, b_detect = call_detect_h2[0], call_detect_h2[s]
    a_log_u, b_log_u = call_log_u2[0], call_log_u2[s]
    a_busy, b_busy = busy_h[rep2[0]], busy_h[rep2[s]]
    a_hist, b_hist = hist[batch[rep2[0]]], hist[batch[rep2[s]]]
    a_sector, b_sector = sector_stats[rep2[0]], sector_stats[rep2[s]]
    a_within, b_within = within2[0], within2[s]
    a_rare, b_rare = rare2[0], rare2[s]
    a_n = n_calls2[0]
    b_n = n_calls2[s] if n_reps == 2 else 0
    a_base = 0
    b_base = 2 * _LANES * s
    a_cur = b_cur = 0
    a_dem = a_resp = a_rep = a_wait = 0.0
    b_dem = b_resp = b_rep = b_wait = 0.0
    a_waited = a_within_n = b_waited = b_within_n = 0
    for k in range(max(a_n, b_n)):
            if k < a_n:
                # call k of replication X (as the general loop below dispatches it)
                tr = a_keys[_U64(k)]
                j = _U64(a_order[_U64(k)])
                w = a_type[j] * n_cells + a_cell[j]
                wu = _U64(w)
                n_eligible = row_n_pref[wu]
                n_in_theatre = row_n_in[wu]
                if n_eligible == 0:
                    a_rare[0] += 1.0
                    a_rare[1] += 1.0
                    a_sector[row_sector[wu], _S_UNANSWERED] += 1.0
                    a_hist[_H_INCIDENT, _HIST_BINS - 1] += 1
                else:
                    a_dem += row_demand_h[wu]
                    row = w * _LANES
                    start = tr
                    escalate = n_in_theatre == 0
                    picked = 0
                    if not escalate:
                        picked, start = _pick_unit(free_at, a_base + a_cur, rank, row, 0,
                                                   n_in_theatre, tr)
                        escalate = start - tr > max_wait_h
                    answered = True
                    if escalate:
                        if n_in_theatre == n_eligible:
                            # No support-force element can answer it: unanswered.
                            a_rare[0] += 1.0
                            a_sector[row_sector[wu], _S_UNANSWERED] += 1.0
                            a_hist[_H_INCIDENT, _HIST_BINS - 1] += 1
                            answered = False
                        else:
                            a_rare[2] += 1.0
                            t_esc = tr if n_in_theatre == 0 else tr + max_wait_h
                            if not np.isfinite(a_rare[3]):
                                a_rare[3] = t_esc + activation_h
                            t_go = max(t_esc, a_rare[3])
                            picked, start = _pick_unit(free_at, a_base + a_cur, rank, row,
                                                       n_in_theatre, n_eligible, t_go)
                            if record:
                                escalated_out[a_call[j]] = True
                    if answered:
                        e = _U64(row + picked)
                        u = rank_unit[e]
                        log_u = a_log_u[j]
                        busy = rank_leg_h[e] - rank_on_scene_h[e] * log_u
                        _assign_unit(free_at, a_base + a_cur, a_base + _LANES - a_cur, rank, row,
                                     picked, start, row_leg_lanes, row, row_scene_lanes, row,
                                     log_u)
                        a_cur = _LANES - a_cur
                        a_busy[_U64(u)] += busy
                        wait = start - tr
                        from_report = wait + rank_travel_h[e]
                        respond = a_detect[j] + from_report
                        a_resp += respond
                        a_rep += from_report
                        a_wait += wait
                        a_waited += wait > 0.0
                        within = from_report <= threshold_h
                        a_within_n += within
                        a_within[_U64(row_sector[wu])] += within
                        a_hist[_H_RESPOND, _U64(_hist_bin(respond))] += 1
                        report_bin = _U64(_hist_bin(from_report))
                        a_hist[_H_REPORT, report_bin] += 1
                        if rank_escalation[e]:
                            a_hist[_H_REINFORCE, report_bin] += 1
                        if record:
                            i = a_call[j]
                            unit_out[i] = u
                            wait_out[i] = wait
                            respond_out[i] = respond
            if k < b_n:
                # call k of replication X (as the general loop below dispatches it)
                tr = b_keys[_U64(k)]
                j = _U64(b_order[_U64(k)])
                w = b_type[j] * n_cells + b_cell[j]
                wu = _U64(w)
                n_eligible = row_n_pref[wu]
                n_in_theatre = row_n_in[wu]
                if n_eligible == 0:
                    b_rare[0] += 1.0
                    b_rare[1] += 1.0
                    b_sector[row_sector[wu], _S_UNANSWERED] += 1.0
                    b_hist[_H_INCIDENT, _HIST_BINS - 1] += 1
                else:
                    b_dem += row_demand_h[wu]
                    row = w * _LANES
                    start = tr
                    escalate = n_in_theatre == 0
                    picked = 0
                    if not escalate:
                        picked, start = _pick_unit(free_at, b_base + b_cur, rank, row, 0,
                                                   n_in_theatre, tr)
                        escalate = start - tr > max_wait_h
                    answered = True
                    if escalate:
                        if n_in_theatre == n_eligible:
                            # No support-force element can answer it: unanswered.
                            b_rare[0] += 1.0
                            b_sector[row_sector[wu], _S_UNANSWERED] += 1.0
                            b_hist[_H_INCIDENT, _HIST_BINS - 1] += 1
                            answered = False
                        else:
                            b_rare[2] += 1.0
                            t_esc = tr if n_in_theatre == 0 else tr + max_wait_h
                            if not np.isfinite(b_rare[3]):
                                b_rare[3] = t_esc + activation_h
                            t_go = max(t_esc, b_rare[3])
                            picked, start = _pick_unit(free_at, b_base + b_cur, rank, row,
                                                       n_in_theatre, n_eligible, t_go)
                            if record:
                                escalated_out[b_call[j]] = True
                    if answered:
                        e = _U64(row + picked)
                        u = rank_unit[e]
                        log_u = b_log_u[j]
                        busy = rank_leg_h[e] - rank_on_scene_h[e] * log_u
                        _assign_unit(free_at, b_base + b_cur, b_base + _LANES - b_cur, rank, row,
                                     picked, start, row_leg_lanes, row, row_scene_lanes, row,
                                     log_u)
                        b_cur = _LANES - b_cur
                        b_busy[_U64(u)] += busy
                        wait = start - tr
                        from_report = wait + rank_travel_h[e]
                        respond = b_detect[j] + from_report
                        b_resp += respond
                        b_rep += from_report
                        b_wait += wait
                        b_waited += wait > 0.0
                        within = from_report <= threshold_h
                        b_within_n += within
                        b_within[_U64(row_sector[wu])] += within
                        b_hist[_H_RESPOND, _U64(_hist_bin(respond))] += 1
                        report_bin = _U64(_hist_bin(from_report))
                        b_hist[_H_REPORT, report_bin] += 1
                        if rank_escalation[e]:
                            b_hist[_H_REINFORCE, report_bin] += 1
                        if record:
                            i = b_call[j]
                            unit_out[i] = u
                            wait_out[i] = wait
                            respond_out[i] = respond
    for q in range(n_reps):
        if q == 0:
            dem, resp, rep, wait, waited, within = a_dem, a_resp, a_rep, a_wait, a_waited, a_within_n
        else:
            dem, resp, rep, wait, waited, within = b_dem, b_resp, b_rep, b_wait, b_waited, b_within_n
        r = rep2[q]
        for sct in range(within2.shape[1]):
            sector_stats[r, sct, _S_WITHIN] += within2[q, sct]
        acc = acc2[q]
        acc[_UNANSWERED] = rare2[q, 0]
        acc[_UNREACHABLE] = rare2[q, 1]
        acc[_DEMAND_H] = dem
        acc[_ESCALATED] = rare2[q, 2]
        acc[_ESC_ANSWERED] = rare2[q, 2]  # every escalated call is answered
        acc[_ANSWERED] = n_calls2[q] - rare2[q, 0]
        acc[_RESP_SUM] = resp
        acc[_REPORT_SUM] = rep
        acc[_WAIT_SUM] = wait
        acc[_WAITED] = waited
        acc[_WITHIN] = within
        acc[_ACTIVATED] = 1.0 if np.isfinite(rare2[q, 3]) else 0.0
        for i in range(_N_STATS):
            stats[r, i] += acc[i]


@numba.njit(cache=True)
def _simulate_kernel(
    counts, states, offsets, batch, cell_cum_km, sector_lo, sector_hi, revisit_h,
    pd_per_pass, latency_h, duration_h, self_reported, sector_of_cell, response_required,
    response_h, on_scene_h, pref, n_pref, n_in, demand_h, leg_h, escalation, activation_h,
    threshold_h, max_wait_h, contention, record, log_miss, bucket_cell, per_km,
    cell_first, cell_next_km, rank, leg_lanes, scene_lanes, time_h, cell, itype, detect_h,
    stats, busy_h, sector_stats, type_stats, hist, unit_out, wait_out, respond_out, escalated_out,
    triage=False,
):  # pragma: no cover - compiled
    # Replication by replication (r has offsets[r + 1] - offsets[r] incidents): draw its
    # raw draws from its generator's state (states[r]) as it goes, generate and detect its
    # incidents (into the rows 0.. of time_h, cell, itype, detect_h when recording: nothing
    # else reads them), then, while they are in cache, count them and dispatch the calls in
    # the order they are reported (generation order without contention: then no call depends
    # on another; with every call's row served in theatre, the "lean" dispatch below).
    n_reps, n_days, n_sectors, n_types = counts.shape
    n_units = response_h.shape[0]
    first_km = cell_cum_km[0]
    n_buckets = bucket_cell.size
    # With contention and at most _LANES units, dispatch picks units as a vector (_pick_unit,
    # in _vector_dispatch), two replications at once, a call of one then a call of the other
    # (two independent chains of free times the processor overlaps: one call's pick waits on
    # the previous call's assignment): each has a slot of the buffers below (the second
    # unused otherwise, and when outcomes are recorded), and two copies of the free times
    # (each call reads one, writes the other).
    # (triage picks by arrival time, with a test of the threshold: the scalar loop below)
    vector = contention and rank.size > 0 and not triage
    n_slots = 2 if vector and not record else 1
    free_at = np.full(max(n_units, 2 * _LANES * n_slots), np.inf)
    acc2 = np.zeros((n_slots, _N_STATS))
    most = 0
    for r in range(n_reps):
        most = max(most, offsets[r + 1] - offsets[r])
    # The calls (incidents to answer) and what dispatch reads of them, in generation order,
    # and the same in the order they are answered (contention: by report time), so the
    # dispatch loop reads them one after another.
    call2 = np.empty((n_slots, most), dtype=np.int64)
    call_h2 = np.empty((n_slots, most))
    call_cell2 = np.empty((n_slots, most), dtype=np.int64)
    call_type2 = np.empty((n_slots, most), dtype=np.int64)
    call_detect_h2 = np.empty((n_slots, most))
    call_log_u2 = np.empty((n_slots, most))
    call_order2 = np.empty((n_slots, most), dtype=np.int64)
    sort_keys2 = np.empty((n_slots, most))
    n_calls2 = np.zeros(n_slots, dtype=np.int64)
    rep2 = np.zeros(n_slots, dtype=np.int64)
    within2 = np.zeros((n_slots, n_sectors), dtype=np.int64)
    rare2 = np.zeros((n_slots, 4))
    pending = -1  # a replication generated, its vector dispatch waiting for the next one's
    by_time = np.empty(most, dtype=np.int64)
    by_time_cell = np.empty(most, dtype=np.int64)
    by_time_type = np.empty(most, dtype=np.int64)
    by_time_detect_h = np.empty(most)
    by_time_log_u = np.empty(most)
    sort_bucket = np.empty(most, dtype=np.int64)
    sort_start = np.empty(most + 1, dtype=np.int64)
    within_of_sector = np.zeros(n_sectors, dtype=np.int64)
    # Sectors whose cells all detect alike (the same revisit, probability a pass, latency,
    # bit for bit): their detection takes the sector's first cell's constants, the same
    # numbers, so an incident's detection does not wait on its cell lookup.
    sector_same = np.zeros(n_sectors, dtype=np.bool_)
    for s in range(n_sectors):
        f = sector_lo[s]
        same = True
        for c in range(f + 1, sector_hi[s]):
            same = same and (_float_bits(revisit_h[c]) == _float_bits(revisit_h[f])
                             and _float_bits(pd_per_pass[c]) == _float_bits(pd_per_pass[f])
                             and _float_bits(latency_h[c]) == _float_bits(latency_h[f])
                             and _float_bits(log_miss[c]) == _float_bits(log_miss[f]))
        sector_same[s] = same
    # A call whose nearest in-theatre unit is free takes it at once (wait 0.0, so from report
    # to scene is its travel): per (type, cell), that unit (-1: none), its travel, travel and
    # return, mean time on scene, the report-time bin and whether within the threshold.
    # Flat, by row w = t * n_cells + c, indexed as uint64 (one index a call, no sign checks),
    # with the row's demand and sector: copies of the same numbers.
    n_cells = response_h.shape[1]
    near_unit = np.full(n_types * n_cells, -1, dtype=np.int64)
    near_demand_h = np.zeros(n_types * n_cells)
    near_travel_h = np.zeros(n_types * n_cells)
    near_leg_h = np.zeros(n_types * n_cells)
    near_on_scene_h = np.zeros(n_types * n_cells)
    near_report_bin = np.zeros(n_types * n_cells, dtype=np.int64)
    near_within = np.zeros(n_types * n_cells, dtype=np.int64)
    near_sector = np.zeros(n_types * n_cells, dtype=np.int64)
    # a replication's calls answered by the row's nearest unit free (zeroed as added up)
    near_calls = np.zeros(n_types * n_cells, dtype=np.int64)
    for t in range(n_types):
        for c in range(n_cells):
            if n_in[t, c] > 0:
                w = t * n_cells + c
                u = pref[t, c, 0]
                near_unit[w] = u
                near_demand_h[w] = demand_h[t, c]
                from_report = 0.0 + response_h[u, c]  # wait + travel, as below
                near_travel_h[w] = from_report
                near_leg_h[w] = leg_h[u, c]
                near_on_scene_h[w] = on_scene_h[u, t]
                near_report_bin[w] = _hist_bin(from_report)
                near_within[w] = from_report <= threshold_h
                near_sector[w] = sector_of_cell[c]
    # Without contention (and not recording), when every call's row has an in-theatre unit,
    # each call takes its row's nearest unit at once: its sums but the time its unit is busy
    # are added as it is generated (the same sums in the same order), and a pass after the
    # logs adds the busy times in call order and counts the calls by row and response bin
    # (the "lean" dispatch).
    lean = not contention and not record and not triage
    for t in range(n_types):
        for c in range(n_cells):
            if response_required[t, sector_of_cell[c]]:
                lean = lean and near_unit[t * n_cells + c] >= 0
    # For the vector dispatch, what a call needs of its (type, cell) ("row", t * n_cells + c)
    # and of the unit of each rank in that row's preference list, in flat tables indexed
    # without sign checks (uint64): one index a call and one a pick, instead of a 2- or
    # 3-dimensional index each (shape, strides, wraparound). The same values as the tables
    # they copy, so the same arithmetic.
    n_rows = n_types * n_cells if vector else 0
    row_n_pref = np.zeros(n_rows, dtype=np.int64)
    row_n_in = np.zeros(n_rows, dtype=np.int64)
    row_demand_h = np.zeros(n_rows)
    row_sector = np.zeros(n_rows, dtype=np.int64)
    rank_unit = np.zeros(n_rows * _LANES, dtype=np.int64)
    rank_travel_h = np.zeros(n_rows * _LANES)
    rank_leg_h = np.zeros(n_rows * _LANES)
    rank_on_scene_h = np.zeros(n_rows * _LANES)
    rank_escalation = np.zeros(n_rows * _LANES, dtype=np.bool_)
    row_leg_lanes = np.zeros(n_rows * _LANES)
    row_scene_lanes = np.zeros(n_rows * _LANES)
    for t in range(n_types if vector else 0):
        for c in range(n_cells):
            w = t * n_cells + c
            row_n_pref[w] = n_pref[t, c]
            row_n_in[w] = n_in[t, c]
            row_demand_h[w] = demand_h[t, c]
            row_sector[w] = sector_of_cell[c]
            for q in range(n_pref[t, c]):
                u = pref[t, c, q]
                rank_unit[w * _LANES + q] = u
                rank_travel_h[w * _LANES + q] = response_h[u, c]
                rank_leg_h[w * _LANES + q] = leg_h[u, c]
                rank_on_scene_h[w * _LANES + q] = on_scene_h[u, t]
                rank_escalation[w * _LANES + q] = escalation[u]
            for q in range(_LANES):
                row_leg_lanes[w * _LANES + q] = leg_lanes[c * _LANES + q]
                row_scene_lanes[w * _LANES + q] = scene_lanes[t * _LANES + q]
    for r in range(n_reps):
        m = offsets[r + 1] - offsets[r]
        b = batch[r]
        a_hi, a_lo, b_hi, b_lo, e_hi, e_lo, s_hi, s_lo = _incident_lanes(states[r])
        slot = 0 if pending < 0 else 1
        acc = acc2[slot]
        call, call_h, call_cell, call_type = call2[slot], call_h2[slot], call_cell2[slot], call_type2[slot]
        call_detect_h, call_log_u = call_detect_h2[slot], call_log_u2[slot]
        call_order, sort_keys = call_order2[slot], sort_keys2[slot]
        for q in range(_N_STATS):
            acc[q] = 0.0
        acc[_N] = m
        ready_at = np.inf
        for u in range(n_units):
            free_at[2 * _LANES * slot + u] = 0.0
        all_free_h = 0.0  # every unit is free from then on (the latest free_at)
        # Generation and detection (as model._generate_replication, which tests compare),
        # and, in the same pass, the outcomes that need no dispatch: counts, detection, and
        # the calls to answer. The incidents come in blocks of one (day, sector, type); counts
        # are added per block (whole numbers: exact in any order), the detection times one by
        # one, in order.
        n_calls = 0
        hist_detect = hist[b, _H_DETECT]
        hist_respond = hist[b, _H_RESPOND]
        demand_sum = 0.0
        resp_sum = 0.0
        report_sum = 0.0
        det_sum = 0.0
        n_lost = 0  # needed a unit, never detected
        i = 0
        for d in range(n_days):
            for s in range(n_sectors):
                lo = sector_lo[s]
                hi = sector_hi[s]
                base = cell_cum_km[lo]
                span = cell_cum_km[hi] - base
                same = sector_same[s]
                fu = _U64(lo)
                rev_s, p_s, lat_s, log_miss_s = (revisit_h[fu], pd_per_pass[fu], latency_h[fu],
                                                 log_miss[fu])
                for t in range(n_types):
                    n = counts[r, d, s, t]
                    if n == 0:
                        continue
                    dur = duration_h[t]
                    self_rep = self_reported[t]
                    required = response_required[t, s]
                    row0 = t * n_cells
                    n_det = 0
                    for _ in range(n):
                        draw_a = _pcg_output(a_hi, a_lo)
                        x = base + _low_half(draw_a) * span
                        c = _cell_by_row(x, first_km, per_km, n_buckets, lo, hi, cell_first,
                                         cell_next_km)
                        if c == _CELL_SLOW:
                            c = _cell_at(x, cell_cum_km, bucket_cell, first_km, per_km, lo, hi)
                        cu = _U64(c)  # (indices as uint64: no sign checks; all are >= 0)
                        if same:  # (a branch, not a select: no wait on the lookup)
                            rev, p, lat, lmiss = rev_s, p_s, lat_s, log_miss_s
                        else:
                            rev, p, lat, lmiss = (revisit_h[cu], pd_per_pass[cu], latency_h[cu],
                                                  log_miss[cu])
                        dh = np.nan
                        if self_rep:
                            dh = lat
                        elif p > 0.0 and np.isfinite(rev):
                            # First pass after the start: a random phase within the revisit.
                            draw = _pcg_output(b_hi, b_lo)
                            offset = _high_half(draw) * rev
                            if p < 1.0:
                                offset += _passes_missed(_low_half(draw), p, lmiss, offset,
                                                         rev, dur) * rev
                            if offset <= dur:
                                dh = offset + lat
                        if record:  # (the incident rows: read only when recorded)
                            iu = _U64(i)
                            time_h[iu] = 24.0 * (d + _high_half(draw_a))
                            cell[iu] = c
                            itype[iu] = t
                            detect_h[iu] = dh
                        if not np.isnan(dh):
                            n_det += 1
                            det_sum += dh
                            hist_detect[_U64(_hist_bin(dh))] += 1
                            if required:
                                nu = _U64(n_calls)
                                if lean:
                                    # answered now by its row's nearest unit (as the near
                                    # path below): its sums in registers here; after the
                                    # logs, its busy time and the counts by row and by
                                    # response bin (read-modify-writes whose address would
                                    # wait on the cell lookup here, and with them every later
                                    # load). call_cell holds the row, call_h the response.
                                    w = _U64(row0 + c)
                                    call_cell[nu] = w
                                    demand_sum += near_demand_h[w]
                                    travel = near_travel_h[w]
                                    respond = dh + travel
                                    resp_sum += respond
                                    report_sum += travel
                                    call_h[nu] = respond
                                else:
                                    if record:  # (which incident: only recorded outcomes)
                                        call[nu] = i
                                    call_h[nu] = 24.0 * (d + _high_half(draw_a)) + dh
                                    call_cell[nu] = c
                                    call_type[nu] = t
                                    call_detect_h[nu] = dh
                                # 1 - U of the exponential time on scene (its log below)
                                call_log_u[nu] = 1.0 - _double53(_pcg_output(e_hi, e_lo))
                                n_calls += 1
                        # (only the draws used were made into outputs)
                        a_hi, a_lo = _lane_step(a_hi, a_lo, s_hi, s_lo)
                        b_hi, b_lo = _lane_step(b_hi, b_lo, s_hi, s_lo)
                        e_hi, e_lo = _lane_step(e_hi, e_lo, s_hi, s_lo)
                        i += 1
                    sector_stats[r, s, _S_N] += n
                    sector_stats[r, s, _S_DET] += n_det
                    type_stats[r, t, 0] += n
                    type_stats[r, t, 1] += n_det
                    acc[_DET] += n_det
                    if required:
                        acc[_REQUIRED] += n
                        sector_stats[r, s, _S_REQUIRED] += n
                        sector_stats[r, s, _S_REQUESTED] += n_det
                        n_lost += n - n_det
        acc[_DET_SUM] = det_sum
        # log(1 - U) of every call at once: one vectorised loop (_log.log_positive)
        logs_in_place(call_log_u, n_calls)
        # Never reached: counted as infinitely late in the per-incident times.
        hist[b, _H_INCIDENT, _HIST_BINS - 1] += n_lost
        acc[_REQUESTED] = n_calls
        # Calls are answered in the order they are reported; without contention no call
        # depends on another, so they are answered as generated.
        if contention:
            _argsort_times(call_h[:n_calls], call_order, sort_bucket, sort_start, sort_keys)
        if vector:
            n_calls2[slot] = n_calls
            rep2[slot] = r
            for sct in range(n_sectors):
                within2[slot, sct] = 0
            rare2[slot, 0] = 0.0
            rare2[slot, 1] = 0.0
            rare2[slot, 2] = 0.0
            rare2[slot, 3] = np.inf
            if slot == 0 and n_slots == 2 and r + 1 < n_reps:
                pending = r  # dispatched with the next replication
                continue
            _vector_dispatch(
                slot + 1, n_calls2, rep2, batch,
                (sort_keys2, call_order2, call2, call_cell2, call_type2, call_detect_h2,
                 call_log_u2),
                (row_n_pref, row_n_in, row_demand_h, row_sector, rank_unit, rank_travel_h,
                 rank_leg_h, rank_on_scene_h, rank_escalation, row_leg_lanes, row_scene_lanes,
                 rank),
                (n_cells, max_wait_h, activation_h, threshold_h), free_at, busy_h, hist,
                sector_stats, within2, rare2, acc2, stats,
                (record, unit_out, wait_out, respond_out, escalated_out))
            pending = -1
            continue
        if contention:
            for k in range(n_calls):
                j = call_order[k]
                if record:  # which incident: only recorded outcomes need it
                    by_time[k] = call[j]
                by_time_cell[k] = call_cell[j]
                by_time_type[k] = call_type[j]
                by_time_detect_h[k] = call_detect_h[j]
                by_time_log_u[k] = call_log_u[j]
            q_incident, q_h, q_cell, q_type = by_time, sort_keys, by_time_cell, by_time_type
            q_detect_h, q_log_u = by_time_detect_h, by_time_log_u
        else:
            q_incident, q_h, q_cell, q_type = call, call_h, call_cell, call_type
            q_detect_h, q_log_u = call_detect_h, call_log_u
        # The sums in local variables (registers), each in call order as before; counts as
        # whole numbers. Yes/no outcomes are added as 0/1 rather than branched on.
        n_unanswered = 0
        n_unreachable = 0
        n_escalated = 0
        n_esc_answered = 0
        n_answered = 0
        n_waited = 0
        n_within = 0
        wait_sum = 0.0
        run_unit = -1
        run_busy = 0.0
        for s in range(n_sectors):
            within_of_sector[s] = 0
        hist_report = hist[b, _H_REPORT]
        if lean:
            # The busy times of the calls answered as generated, in call order, and their
            # counts by row and by response-time bin.
            n_answered = n_calls
            for k in range(n_calls):
                w = _U64(call_cell[k])
                u = near_unit[w]
                busy = near_leg_h[w] - near_on_scene_h[w] * call_log_u[k]
                if u != run_unit:
                    if run_unit >= 0:
                        busy_h[r, run_unit] = run_busy
                    run_unit = u
                    run_busy = busy_h[r, u]
                run_busy += busy
                hist_respond[_U64(_hist_bin(call_h[k]))] += 1
                near_calls[w] += 1
        for k in range(0 if lean else n_calls):
            i = q_incident[k]  # (filled in report-time order only when recorded)
            tr = q_h[k]
            c = q_cell[k]
            t = q_type[k]
            w = _U64(t * n_cells + c)
            u = near_unit[w]
            if (not contention or tr >= all_free_h) and u >= 0 and (not triage or near_within[w] > 0):
                # The nearest in-theatre unit, free (no contention, or every unit is free):
                # no wait, so what the call adds but its detection and time on scene is a
                # constant of (type, cell). The same sums, in the same order, as below.
                demand_sum += near_demand_h[w]
                travel = near_travel_h[w]
                busy = near_leg_h[w] - near_on_scene_h[w] * q_log_u[k]
                if contention:
                    free_at[u] = tr + busy
                    all_free_h = max(all_free_h, tr + busy)
                    busy_h[r, u] += busy
                else:
                    if u != run_unit:
                        if run_unit >= 0:
                            busy_h[r, run_unit] = run_busy
                        run_unit = u
                        run_busy = busy_h[r, u]
                    run_busy += busy
                respond = q_detect_h[k] + travel
                n_answered += 1
                resp_sum += respond
                report_sum += travel
                # (whether within the threshold, its sector's count and the report-time
                # bin are constants of the row: added from the row's count of such calls
                # after the loop, whole numbers, the same totals)
                near_calls[w] += 1
                hist_respond[_U64(_hist_bin(respond))] += 1
                if record:
                    unit_out[i] = u
                    wait_out[i] = 0.0
                    respond_out[i] = respond
                continue
            n_eligible = n_pref[t, c]
            # Eligible units are ordered in-theatre first: q < n_in are in-theatre units.
            n_in_theatre = n_in[t, c]
            if n_eligible == 0:
                n_unanswered += 1
                n_unreachable += 1
                sector_stats[r, sector_of_cell[c], _S_UNANSWERED] += 1.0
                hist[b, _H_INCIDENT, _HIST_BINS - 1] += 1
                continue
            demand_sum += demand_h[t, c]
            start = tr
            escalate = n_in_theatre == 0
            u = -1
            if not escalate:
                if triage:
                    # The in-theatre unit on scene first, free now or later; sent only if on
                    # scene within the threshold, else the call is passed on at once.
                    if contention:
                        u, start = _first_on_scene(pref, t, c, n_in_theatre, free_at, tr,
                                                   response_h)
                    else:
                        u = pref[t, c, 0]
                    if start - tr + response_h[u, c] > threshold_h:
                        escalate = True
                        u = -1
                elif contention:
                    # The first free in-theatre unit in order of preference (by arrival time);
                    # if none is free, wait for the one free first (first come, first served).
                    # (Not every unit is free here: that case took the nearest above.)
                    u, start = _first_free(pref, t, c, 0, n_in_theatre, free_at, tr)
                    if start - tr > max_wait_h:  # never when a unit is free (max_wait_h >= 0)
                        # Nobody in theatre takes it up in time: passed on after max_wait.
                        escalate = True
                        u = -1
                else:
                    u = pref[t, c, 0]
            if escalate:
                if n_in_theatre == n_eligible:
                    # No support-force element can answer it: unanswered, not escalated.
                    n_unanswered += 1
                    sector_stats[r, sector_of_cell[c], _S_UNANSWERED] += 1.0
                    hist[b, _H_INCIDENT, _HIST_BINS - 1] += 1
                    continue
                n_escalated += 1
                # Escalated when the in-theatre queue gives up (at once if none can reach it,
                # or, with triage, none in time).
                t_esc = tr if n_in_theatre == 0 or triage else tr + max_wait_h
                if not np.isfinite(ready_at):
                    ready_at = t_esc + activation_h
                t_go = max(t_esc, ready_at)
                start = t_go
                if contention:
                    if t_go >= all_free_h:
                        u = pref[t, c, n_in_theatre]
                    else:
                        u, start = _first_free(pref, t, c, n_in_theatre, n_eligible, free_at,
                                               t_go)
                else:
                    u = pref[t, c, n_in_theatre]
                n_esc_answered += 1
                if record:
                    escalated_out[i] = True
            travel = response_h[u, c]
            # Exponential time on scene by inversion (the log taken with the call: 1 - U keeps
            # its argument in (0, 1]).
            busy = leg_h[u, c] - on_scene_h[u, t] * q_log_u[k]
            if contention:
                free_at[u] = start + busy
                all_free_h = max(all_free_h, start + busy)
                busy_h[r, u] += busy
            else:
                # Runs of calls to the same unit (its nearest first) summed in a register,
                # in the same order: no chain of loads and stores through memory.
                if u != run_unit:
                    if run_unit >= 0:
                        busy_h[r, run_unit] = run_busy
                    run_unit = u
                    run_busy = busy_h[r, u]
                run_busy += busy
            wait = start - tr
            from_report = wait + travel
            respond = q_detect_h[k] + from_report
            n_answered += 1
            resp_sum += respond
            report_sum += from_report
            wait_sum += wait
            n_waited += wait > 0.0
            within = from_report <= threshold_h
            n_within += within
            within_of_sector[sector_of_cell[c]] += within
            # The per-incident histogram is this one plus the never-reached calls: the summary
            # adds them (one increment a call fewer here).
            hist[b, _H_RESPOND, _hist_bin(respond)] += 1
            report_bin = _hist_bin(from_report)
            hist[b, _H_REPORT, report_bin] += 1
            if escalation[u]:
                hist[b, _H_REINFORCE, report_bin] += 1
            if record:
                unit_out[i] = u
                wait_out[i] = wait
                respond_out[i] = respond
        if run_unit >= 0:
            busy_h[r, run_unit] = run_busy
        for w in range(near_calls.size):
            m_w = near_calls[w]
            if m_w > 0:
                within = near_within[w] * m_w
                n_within += within
                within_of_sector[near_sector[w]] += within
                hist_report[near_report_bin[w]] += m_w
                near_calls[w] = 0
        for s in range(n_sectors):
            sector_stats[r, s, _S_WITHIN] += within_of_sector[s]
        acc[_UNANSWERED] = n_unanswered
        acc[_UNREACHABLE] = n_unreachable
        acc[_DEMAND_H] = demand_sum
        acc[_ESCALATED] = n_escalated
        acc[_ESC_ANSWERED] = n_esc_answered
        acc[_ANSWERED] = n_answered
        acc[_RESP_SUM] = resp_sum
        acc[_REPORT_SUM] = report_sum
        acc[_WAIT_SUM] = wait_sum
        acc[_WAITED] = n_waited
        acc[_WITHIN] = n_within
        acc[_ACTIVATED] = 1.0 if np.isfinite(ready_at) else 0.0
        for q in range(_N_STATS):
            stats[r, q] += acc[q]
