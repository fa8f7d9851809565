"""`_batch_quantiles` (all batches at once) gives exactly `_hist_quantile` row by row: the
intervals and standard errors built on them must not move when the loop is vectorised."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.models.incidents import summary as s


@settings(max_examples=150, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    n_batches=st.integers(1, 24),
    q=st.sampled_from([0.0, 0.1, 0.5, 0.9, 0.99, 1.0]),
    tail=st.booleans(),
)
def test_batch_quantiles_equal_the_row_by_row_quantile(seed: int, n_batches: int, q: float,
                                                        tail: bool) -> None:
    rng = np.random.default_rng(seed)
    hist = np.zeros((n_batches, s._HIST_BINS), dtype=np.int64)
    for row in hist:
        k = int(rng.integers(0, 6))
        # Sometimes counts in the last bins, which stand for "beyond the histogram" (inf).
        low = s._HIST_BINS - 3 if tail else 0
        np.add.at(row, rng.integers(low, s._HIST_BINS, size=k), rng.integers(1, 50, size=k))
    got = s._batch_quantiles(hist, (q,))[0]
    want = np.array([s._hist_quantile(row, q) for row in hist])
    assert np.array_equal(got, want, equal_nan=True), (got, want)


@settings(max_examples=100, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), width=st.integers(1, 300), q=st.floats(0.0, 1.0))
def test_the_bootstrap_bin_search_equals_the_dense_one(seed: int, width: int, q: float) -> None:
    """The binary search over resamples finds exactly the bin the dense running counts give."""
    rng = np.random.default_rng(seed)
    counts = np.cumsum(rng.integers(0, 5, size=(20, width)), axis=1).astype(np.float64)
    weights = s._bootstrap_weights(20)
    dense = weights @ counts
    rank = q * dense[:, -1]
    want = (dense < rank[:, None]).sum(axis=1)
    assert np.array_equal(s._first_reaching(weights, counts, rank), want)
    cols = np.minimum(want, width - 1)
    assert np.array_equal(s._weighted_at(weights, counts, cols), dense[np.arange(dense.shape[0]), cols])


@settings(max_examples=150, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    n_batches=st.integers(1, 24),
    q=st.sampled_from([0.1, 0.5, 0.9, 0.99, 1.0]),
    low=st.sampled_from([0, 1, 500, s._HIST_BINS - 3, s._HIST_BINS - 1]),
    width=st.integers(1, 40),
)
def test_quantiles_of_the_occupied_bins_equal_the_whole_histograms(
        seed: int, n_batches: int, q: float, low: int, width: int) -> None:
    """Issue 13m: the summary searches only the occupied bins (from the first, ``first_bin``);
    for q > 0 the same numbers as the whole histogram."""
    rng = np.random.default_rng(seed)
    hist = np.zeros((n_batches, s._HIST_BINS), dtype=np.int64)
    stop = min(low + width, s._HIST_BINS)
    for row in hist:
        k = int(rng.integers(0, 6))
        np.add.at(row, rng.integers(low, stop, size=k), rng.integers(1, 50, size=k))
    occupied = np.flatnonzero(hist.sum(axis=0))
    first = int(occupied[0]) if occupied.size else 0
    part = hist[:, first:stop]
    for got, want in zip(s._batch_quantiles(part, (q,), first), s._batch_quantiles(hist, (q,)),
                         strict=True):
        assert np.array_equal(got, want, equal_nan=True), (got, want)
    total = hist.sum(axis=0)
    assert np.array_equal(s._hist_quantile(total[first:stop], q, first),
                          s._hist_quantile(total, q), equal_nan=True)


@settings(max_examples=100, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), width=st.integers(1, 300), q=st.floats(0.0, 1.0),
       n_batches=st.integers(2, 20), first_bin=st.sampled_from([0, 1, 700, s._HIST_BINS - 2]),
       with_prev=st.booleans())
def test_compiled_bootstrap_quantiles_equal_numpys(seed: int, width: int, q: float,
                                                   n_batches: int, first_bin: int,
                                                   with_prev: bool) -> None:
    """Issue 13m: the resamples' quantiles computed compiled, resample by resample, are the
    numpy definition's, bit for bit (also where a bin index reaches the last bin: inf)."""
    rng = np.random.default_rng(seed)
    width = min(width, s._HIST_BINS - first_bin)  # a window within the histogram
    window = np.cumsum(rng.integers(0, 5, size=(n_batches, width)), axis=1).astype(np.float64)
    weights = s._bootstrap_weights(n_batches)
    prev = (weights @ rng.integers(0, 3, size=n_batches).astype(np.float64) if with_prev
            else np.zeros(weights.shape[0]))
    rank = q * (weights @ window[:, -1])
    want = s._bootstrap_quantiles_numpy(weights, window, rank, prev, first_bin)
    got = np.empty(weights.shape[0])
    s._bootstrap_quantiles(weights, window, rank, prev, first_bin, s._EDGES_H, got)
    assert np.array_equal(got, want, equal_nan=True)
