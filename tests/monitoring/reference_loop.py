"""A second, independent implementation of the monitoring model: a plain time-stepped loop.

Written from the conventions in docs/models/monitoring.md, with Python loops and floats and no
code shared with :mod:`reassure.models.monitoring` beyond its input dataclasses: platform
positions by time of flight (not a folded path coordinate), coverage cell by cell, accesses and
gaps by walking the samples, response time by evaluating the wait at many request instants,
detection against duration by enumerating event starts and the accesses they overlap. The tests
compare it with the vectorised model on random small cases; the benchmark times it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

EARTH_KM = 6371.0088


def _nearest(centres: list[float], x: float) -> int:
    best, best_d = 0, math.inf
    for i, c in enumerate(centres):
        d = abs(c - x)
        if d < best_d:
            best, best_d = i, d
    return best


def _lanes(grid: Any, pt: Any) -> int:
    """Lanes a patrol flies side by side to sweep a band deeper than its swath (one for a line):
    it covers the depth one swath at a time, so it moves along the line k times slower."""
    depth = getattr(grid, "depth_km", 0.0)
    k = 1
    while k * pt.swath_km < depth - 1e-9:
        k += 1
    return k


def platforms(grid: Any, fleet: Sequence[Any], catalogue: Mapping[str, Any]) -> tuple[list[dict], list[tuple]]:
    """Tracks (dicts) and satellite entries from a fleet; datalink range assumed unlimited."""
    centres = [float(s + 0.5 * ln) for s, ln in zip(grid.start_km, grid.length_km, strict=True)]
    line_a = float(grid.start_km[0])
    line_b = float(grid.start_km[-1] + grid.length_km[-1])
    tracks: list[dict] = []
    sats: list[tuple] = []
    jam_q = 0
    for e in fleet:
        pt = catalogue[e.type]
        if pt.kind == "satellite":
            if e.orbits:
                sats.append((pt, e.orbits))
            continue
        a0, b0 = (line_a, line_b) if e.segment_km is None else (
            max(e.segment_km[0], line_a), min(e.segment_km[1], line_b))
        r = pt.swath_km / 2.0
        h = math.sqrt(r * r - e.standoff_km ** 2) if e.standoff_km < r else 0.0
        width = (b0 - a0) / e.orbits if e.orbits else 0.0
        for q in range(e.orbits):
            if pt.kind == "patrol":
                a, b = a0 + q * width, a0 + (q + 1) * width
            else:
                a = b = a0 + (q + 0.5) * width
            near = _nearest(centres, 0.5 * (a + b))
            track = {
                "a": a, "b": b, "v": pt.speed_kmh / _lanes(grid, pt) if pt.kind == "patrol" else 0.0,
                "h": h,
                "lon": float(grid.lon[near]), "type": pt, "jam_q": None,
            }
            if pt.jam_susceptible:
                track["jam_q"] = jam_q
                jam_q += 1
            tracks.append(track)
    for t in tracks:
        t["n_exposed"] = jam_q
    return tracks, sats


def _position(a: float, b: float, v: float, t: float) -> float:
    length = b - a
    if length <= 0 or v <= 0:
        return a
    period = 2.0 * length / v
    tau = t % period
    out_time = length / v
    return a + v * tau if tau <= out_time else b - v * (tau - out_time)


def _swept(a: float, b: float, v: float, t: float, dt: float) -> tuple[float, float]:
    length = b - a
    if length <= 0 or v <= 0:
        return a, a
    period = 2.0 * length / v
    if v * dt >= 2.0 * length:
        return a, b
    p0, p1 = _position(a, b, v, t), _position(a, b, v, t + dt)
    lo, hi = min(p0, p1), max(p0, p1)
    k = math.floor(t / period) - 1
    while k * period <= t + dt + period:
        if t <= k * period <= t + dt:  # at a
            lo = a
        turn_b = k * period + length / v
        if t <= turn_b <= t + dt:
            hi = b
        k += 1
    return lo, hi


def _night(local_hour: float, night_fraction: float) -> bool:
    h = local_hour % 24.0
    return abs(h - 12.0) >= 12.0 * (1.0 - night_fraction)


def _pd(pt: Any, night: bool, cloud: float) -> float:
    clear = pt.pd_night if night else pt.pd_day
    return (1.0 - cloud) * clear + cloud * pt.pd_cloud


def _lm(pd: float) -> float:
    return math.log1p(-min(pd, 1.0 - 1e-12))


def _jammed(track: dict, t: float, cond: Any) -> bool:
    if track["jam_q"] is None:
        return False
    e, o = cond.jamming_events_per_day, cond.jamming_outage_h
    if e <= 0 or o <= 0:
        return False
    n = track["n_exposed"]
    interval = 24.0 * n / e
    offset = (track["jam_q"] + 0.5) / n * interval
    return ((t - offset) % interval) < o


def satellite_pass_list(grid: Any, pt: Any, k: int, window_h: float) -> list[tuple[int, float]]:
    """(cell, time) of every pass, by looping over passes and cells."""
    out: list[tuple[int, float]] = []
    if pt.revs_per_day > 0:
        spacing = 24.0 / (pt.revs_per_day * k)
        families = [(0.0, pt.local_time_h)]
        if pt.passes_per_rev == 2:
            families.append((12.0 / pt.revs_per_day, pt.local_time_h + 12.0))
        for shift, local in families:
            m = 0
            while m * spacing <= window_h:
                t = m * spacing + shift
                if t <= window_h:
                    track = 15.0 * (local - t)
                    for c in range(len(grid.lon)):
                        d = (grid.lon[c] - track + 180.0) % 360.0 - 180.0
                        km = abs(d) * math.radians(1.0) * EARTH_KM * math.cos(math.radians(grid.lat[c]))
                        if km <= pt.swath_km / 2.0:
                            out.append((c, t))
                m += 1
    else:
        period = pt.revisit_h / k
        for c in range(len(grid.lon)):
            t = (pt.local_time_h - grid.lon[c] / 15.0) % period
            while t <= window_h:
                out.append((c, t))
                t += period
    return out


def coverage_loop(grid: Any, fleet: Sequence[Any], catalogue: Mapping[str, Any], cond: Any,
                  n: int, dt: float, cells: int | None = None,
                  ) -> tuple[list[list[bool]], list[list[float]]]:
    """covered[c][j] and summed log(1 - pd) lm[c][j], j = 0 .. n, by plain loops.

    ``cells`` limits the loop to the first cells of the line (the platforms keep the geometry
    of the whole line); the benchmark uses it to time the loop on a subset.
    """
    tracks, sats = platforms(grid, fleet, catalogue)
    centres = [float(s + 0.5 * ln) for s, ln in zip(grid.start_km, grid.length_km, strict=True)]
    nc = len(centres) if cells is None else cells
    covered = [[False] * (n + 1) for _ in range(nc)]
    lm = [[0.0] * (n + 1) for _ in range(nc)]
    for j in range(n + 1):
        t = j * dt
        for tr in tracks:
            if tr["h"] <= 0 or _jammed(tr, t, cond):
                continue
            lo, hi = _swept(tr["a"], tr["b"], tr["v"], t, dt)
            lo, hi = lo - tr["h"], hi + tr["h"]
            pd = _pd(tr["type"], _night(t + tr["lon"] / 15.0, cond.night_fraction),
                     cond.cloud_fraction)
            for c in range(nc):
                if lo <= centres[c] <= hi:
                    covered[c][j] = True
                    lm[c][j] += _lm(pd)
    for pt, k in sats:
        for c, t in satellite_pass_list(grid, pt, k, n * dt):
            if c >= nc:
                continue
            j = min(int(math.floor(t / dt + 1e-9)), n)
            pd = _pd(pt, _night(t + grid.lon[c] / 15.0, cond.night_fraction), cond.cloud_fraction)
            covered[c][j] = True
            lm[c][j] += _lm(pd)
    return covered, lm


def _runs(row: list[bool], lmrow: list[float], length: int) -> list[list]:
    runs = []
    j = 0
    while j < length:
        if row[j]:
            s = j
            best = lmrow[j]
            while j + 1 < length and row[j + 1]:
                j += 1
                best = min(best, lmrow[j])
            runs.append([s, j, best])
        j += 1
    return runs


def cell_loop(row: list[bool], lmrow: list[float], rule: str, dt: float, q: float,
              durations_steps: Sequence[int], brute_force: bool = True) -> dict[str, Any]:
    """All figures of one cell from its samples, by walking and enumerating.

    With ``brute_force`` the response figures come from the wait at many request instants;
    without, from the gaps (``sum(g^2) / 2B``, the largest gap, and the quantile by walking the
    sorted gaps), which is what the benchmark times.
    """
    n = len(row) - 1
    window = n * dt
    period = n if rule == "pessimistic" else n + 1
    runs = _runs(row, lmrow, period)
    full = False
    if rule == "pessimistic" and runs:
        if len(runs) == 1 and runs[0][0] == 0 and runs[0][1] == period - 1:
            full = True
        elif len(runs) > 1 and runs[0][0] == 0 and runs[-1][1] == period - 1:
            first = runs.pop(0)
            runs[-1] = [runs[-1][0], first[1] + period, min(runs[-1][2], first[2])]
    # Access intervals in hours, and the time base for requests.
    intervals = [(s * dt, e * dt, 1.0 - math.exp(lmv)) for s, e, lmv in runs]
    if full:
        intervals = [(-math.inf, math.inf, 1.0 - math.exp(runs[0][2]))]
    n_access = len(intervals)
    gaps: list[float] = []
    if rule == "pessimistic":
        if n_access == 0:
            gaps = [math.inf]
        elif not full:
            for i in range(len(runs)):
                nxt = runs[(i + 1) % len(runs)][0] + (period if i + 1 == len(runs) else 0)
                gaps.append((nxt - runs[i][1]) * dt)
        lo_t, hi_t = 0.0, window
    elif rule == "optimistic":
        if n_access == 0:
            gaps = [window]
        else:
            if runs[0][0] > 0:
                gaps.append(runs[0][0] * dt)
            for i in range(len(runs) - 1):
                gaps.append((runs[i + 1][0] - runs[i][1]) * dt)
            if runs[-1][1] < n:
                gaps.append((n - runs[-1][1]) * dt)
        lo_t, hi_t = 0.0, window
    else:
        for i in range(len(runs) - 1):
            gaps.append((runs[i + 1][0] - runs[i][1]) * dt)
        lo_t = runs[0][0] * dt if runs else math.nan
        hi_t = runs[-1][1] * dt if runs else math.nan
    out: dict[str, Any] = {"n_access": n_access}
    out["coverage"] = 1.0 if full else sum((e - s) for s, e, _ in runs) * dt / window
    undefined = rule == "exclude" and n_access < 2
    if undefined:
        for key in ("rev_min", "rev_mean", "rev_max", "resp_mean", "resp_max", "resp_q"):
            out[key] = math.nan
    elif not gaps:
        for key in ("rev_min", "rev_mean", "rev_max", "resp_mean", "resp_max", "resp_q"):
            out[key] = 0.0
    elif math.isinf(gaps[0]):
        for key in ("rev_min", "rev_mean", "rev_max", "resp_mean", "resp_max", "resp_q"):
            out[key] = math.inf
    else:
        out["rev_min"], out["rev_max"] = min(gaps), max(gaps)
        out["rev_mean"] = sum(gaps) / len(gaps)
    if not brute_force and "resp_mean" not in out:
        base = hi_t - lo_t
        out["resp_mean"] = sum(g * g for g in gaps) / (2 * base)
        out["resp_max"] = max(gaps)
        srt = sorted(gaps, reverse=True)
        target, cum, r_q = (1 - q) * base, 0.0, 0.0
        if sum(gaps) > target:
            for m, g in enumerate(srt):
                cum += g
                nxt = srt[m + 1] if m + 1 < len(srt) else 0.0
                if (cum - target) / (m + 1) >= nxt:
                    r_q = (cum - target) / (m + 1)
                    break
        out["resp_q"] = r_q
    elif "resp_mean" not in out:

        def wait(t: float) -> float:
            best = math.inf
            for copy in (-1, 0, 1) if rule == "pessimistic" else (0,):
                shift = copy * period * dt
                for s, e, _ in intervals:
                    if s + shift <= t <= e + shift:
                        return 0.0
                    if s + shift > t:
                        best = min(best, s + shift - t)
            if rule == "optimistic" and math.isinf(best):
                best = window - t  # coverage assumed just after the window
            return best

        # The wait is linear between multiples of dt: the midpoint rule on sub-steps is exact.
        sub = 8
        ts = [lo_t + (i + 0.5) * (dt / sub) for i in range(int(round((hi_t - lo_t) / (dt / sub))))]
        waits = [wait(t) for t in ts]
        out["resp_mean"] = sum(waits) / len(waits)
        out["resp_max"] = max(waits)
        srt = sorted(waits)
        out["resp_q"] = srt[min(len(srt) - 1, int(math.ceil(q * len(srt))) - 1)]
        out["q_tol"] = dt / sub
    out["pd_pass"] = (sum(p for _, _, p in intervals) / n_access) if n_access else math.nan
    # Detection against duration: event starts at step midpoints (exact, see the docs).
    curve = []
    mean_pd = out["pd_pass"] if n_access else 0.0
    for k in durations_steps:
        d = k * dt
        probs = []
        for i in range(n if rule != "pessimistic" else period):
            t0 = (i + 0.5) * dt
            if rule == "exclude" and t0 + d + 0.5 * dt > window + 1e-12:
                continue
            miss = 1.0
            copies = range(-1, int(d // (period * dt)) + 2) if rule == "pessimistic" else (0,)
            for copy in copies:
                shift = copy * period * dt
                for s, e, p in intervals:
                    if s + shift <= t0 + d and e + shift >= t0:
                        miss *= 1.0 - min(p, 1.0 - 1e-12)
                        if math.isinf(s):
                            break
                if full:
                    break
            if rule == "optimistic" and t0 + d >= window and not row[n]:
                miss *= 1.0 - min(mean_pd, 1.0 - 1e-12)
            probs.append(1.0 - miss)
        curve.append(sum(probs) / len(probs) if probs else math.nan)
    out["pd_curve"] = curve
    return out


def figures_loop(grid: Any, fleet: Sequence[Any], catalogue: Mapping[str, Any], cond: Any,
                 analysis: Any) -> list[dict[str, Any]]:
    """Per-cell figures by the plain loop (the reference for the vectorised model)."""
    n, dt = analysis.n_steps, analysis.step_h
    covered, lm = coverage_loop(grid, fleet, catalogue, cond, n, dt)
    steps = [int(round(d / dt)) for d in analysis.durations_h]
    out = []
    for c in range(len(covered)):
        fig = cell_loop(covered[c], lm[c], analysis.gap_rule, dt, analysis.quantile, steps)
        fig["covered_samples"] = covered[c]
        out.append(fig)
    return out
