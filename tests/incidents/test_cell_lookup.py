"""The incident kernel finds a draw's cell through a bucket table: the same cell as a search.

The reference is ``searchsorted(cell_cum_km, x, side="right") - 1`` clamped to the sector, which
the kernel used before; zero-length cells and draws on a cell edge are included.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.models.incidents.model import _generation_tables, generate_and_detect_kernel


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
