"""The incident kernel finds a draw's cell through a bucket table: the same cell as a search.

The reference is ``searchsorted(cell_cum_km, x, side="right") - 1`` clamped to the sector, which
the kernel used before; zero-length cells and draws on a cell edge are included.
"""

from __future__ import annotations

import numba
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.models.incidents.kernels import (
    _CELL_SLOW,
    _bucket_lower_bounds,
    _cell_by_row,
    _cell_tables,
)
from reassure.models.incidents.model import _cell_at, _generation_tables, generate_and_detect_kernel


@settings(max_examples=80, deadline=None)
@given(
    # Dyadic lengths and draws: x = base + u * span is exact, so many draws land on an edge.
    lengths_km=st.lists(st.sampled_from([0.0, 0.5, 1.0, 2.0, 4.0, 8.0, 2.5, 7.3]), min_size=1,
                        max_size=30),
    split=st.floats(0.0, 1.0),
    u=st.lists(st.one_of(st.integers(0, 63).map(lambda k: k / 64),
                         st.floats(0.0, 1.0, exclude_max=True)), min_size=1, max_size=60),
)
def test_cell_equals_search(lengths_km: list[float], split: float, u: list[float]) -> None:
    cum = np.concatenate(([3.0], 3.0 + np.cumsum(lengths_km)))
    n_cells = len(lengths_km)
    mid = int(round(split * n_cells))
    sector_lo = np.array([0, mid], dtype=np.int64)
    sector_hi = np.array([mid, n_cells], dtype=np.int64)
    keep = sector_hi > sector_lo
    sector_lo, sector_hi = sector_lo[keep], sector_hi[keep]
    n_sectors = sector_lo.size
    m = len(u)
    counts = np.zeros((1, 1, n_sectors, 1), dtype=np.int64)
    counts[0, 0, 0, 0] = m // 2 if n_sectors > 1 else m
    if n_sectors > 1:
        counts[0, 0, 1, 0] = m - m // 2
    uniforms = np.zeros((m, 4))
    uniforms[:, 1] = u
    time_h, detect_h = np.empty(m), np.empty(m)
    cell, itype = np.empty(m, dtype=np.int64), np.empty(m, dtype=np.int64)
    ones = np.ones(n_cells)
    generate_and_detect_kernel(
        counts, uniforms, np.array([0, m], dtype=np.int64), cum, sector_lo, sector_hi,
        ones, ones, ones * 0.0, np.array([1.0]), np.array([False]),
        *_generation_tables(cum, ones), time_h, cell, itype, detect_h,
    )
    sector_of_draw = np.repeat(np.arange(n_sectors), counts[0, 0, :, 0])
    lo, hi = sector_lo[sector_of_draw], sector_hi[sector_of_draw]
    x = cum[lo] + uniforms[:, 1] * (cum[hi] - cum[lo])
    want = np.clip(np.searchsorted(cum, x, side="right") - 1, lo, hi - 1)
    np.testing.assert_array_equal(cell, want)


@numba.njit(cache=True)
def _cells_fast(xs, cum, bucket_cell, per_km, lo, hi, cell_first, cell_next_km):  # pragma: no cover
    # as the kernel finds a draw's cell
    out = np.empty(xs.size, dtype=np.int64)
    for i in range(xs.size):
        c = _cell_by_row(xs[i], cum[0], per_km, bucket_cell.size, lo, hi, cell_first,
                         cell_next_km)
        if c == _CELL_SLOW:
            c = _cell_at(xs[i], cum, bucket_cell, cum[0], per_km, lo, hi)
        out[i] = c
    return out


def _positions(cum: np.ndarray, per_km: float, n_buckets: int, u: list[float]) -> np.ndarray:
    # Every bucket's bounds and every edge, each with its neighbouring floats, and the draws.
    points = [cum, np.array([cum[0] - 1.0, cum[-1] + 1.0])]
    if per_km > 0.0:
        points.append(_bucket_lower_bounds(float(cum[0]), per_km, n_buckets))
    points.append(cum[0] + np.asarray(u) * (cum[-1] - cum[0]))
    x = np.concatenate(points)
    return np.concatenate([x, np.nextafter(x, -np.inf), np.nextafter(x, np.inf)])


@settings(max_examples=80, deadline=None)
@given(
    lengths_km=st.lists(st.one_of(st.sampled_from([0.0, 0.5, 1.0, 2.0, 4.0, 8.0, 2.5, 7.3]),
                                  st.floats(0.0, 50.0)), min_size=1, max_size=40),
    start_km=st.sampled_from([0.0, 3.0, 977.0, 1e-3]),
    u=st.lists(st.floats(0.0, 1.0, exclude_max=True), min_size=1, max_size=60),
)
def test_fast_cell_lookup_equals_cell_at(lengths_km: list[float], start_km: float,
                                         u: list[float]) -> None:
    # The kernel's bucket-row lookup (_cell_by_row, else _cell_at) against _cell_at and the
    # search, at every bucket bound and edge (and the floats either side) and at random
    # positions.
    cum = np.concatenate(([start_km], start_km + np.cumsum(lengths_km)))
    _, bucket_cell, per_km = _generation_tables(cum, np.ones(len(lengths_km)))
    cell_first, cell_next_km = _cell_tables(cum, per_km, bucket_cell.size)
    xs = _positions(cum, per_km, bucket_cell.size, u)
    n_cells = len(lengths_km)
    for lo, hi in ((0, n_cells), (n_cells // 2, max(n_cells // 2 + 1, n_cells))):
        fast = _cells_fast(xs, cum, bucket_cell, per_km, lo, hi, cell_first, cell_next_km)
        want = np.clip(np.searchsorted(cum, xs, side="right") - 1, lo, hi - 1)
        np.testing.assert_array_equal(fast, want)
        slow = np.array([_cell_at(x, cum, bucket_cell, cum[0], per_km, lo, hi) for x in xs])
        np.testing.assert_array_equal(slow, want)


def test_fast_cell_lookup_on_long_uneven_lines() -> None:
    # 1,002 cells of uneven lengths (europe-2025's count) and the benchmark's line: the same
    # cells as the search at every bound and 20,000 random positions; most buckets take the
    # fast row.
    rng = np.random.default_rng(7)
    lines = [np.concatenate(([977.0], 977.0 + np.cumsum(rng.gamma(2.0, 0.7, 1002)))),
             np.arange(0.0, 501.0, 10.0)]
    for cum in lines:
        _, bucket_cell, per_km = _generation_tables(cum, np.ones(cum.size - 1))
        cell_first, cell_next_km = _cell_tables(cum, per_km, bucket_cell.size)
        xs = _positions(cum, per_km, bucket_cell.size, list(rng.random(20_000)))
        n = cum.size - 1
        fast = _cells_fast(xs, cum, bucket_cell, per_km, 0, n, cell_first, cell_next_km)
        np.testing.assert_array_equal(
            fast, np.clip(np.searchsorted(cum, xs, side="right") - 1, 0, n - 1))
        assert np.mean(cell_first != _CELL_SLOW) > 0.7
