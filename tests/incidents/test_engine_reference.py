"""The fast incident engine equals a second implementation exactly, on random models (hypothesis).

The reference (``reference_engine.py``) is the engine as it was before the dispatch tables and
the single compiled kernel: generation and detection, then a separate dispatch pass that
searched each call's in-theatre units. Both take the counts from ``draw_counts``; every
per-replication statistic, histogram count and per-incident outcome must be bit-identical
(``assert_array_equal``, no tolerance).

The counts themselves: with fixed means (no over-dispersion) they are drawn by inversion from
per-model tables of the Poisson CDF (issue 13e; before, ``Generator.poisson``). They are
checked here bit for bit against a plain numpy inversion with tables built independently
(log-space terms summed with ``math.fsum``), and in law by a chi-square test; the whole
engine agrees with the independent SimPy model in ``test_incidents_reference.py``.

The incidents' uniforms: since issue 13l, three raw 64-bit draws an incident (two split into
32-bit halves, one made a 53-bit double), where they were five ``Generator.random`` doubles.
The reference makes them in numpy (``model.incident_uniforms`` from ``random_raw``); the
kernel makes its raw draws from the generator's state and the uniforms inline: both tested
here bit for bit against numpy's generator and exact integer arithmetic. The exponential's log
is the engine's own (``_log.log_positive``, fdlibm's algorithm, vectorised in the kernel),
which the reference calls one value at a time: tested against the C library's (1 ulp) and
vector against scalar (bit for bit).
"""

from __future__ import annotations

import math
from dataclasses import replace
from fractions import Fraction

import numba
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reference_engine import reference_simulate_range, reference_simulate_replication
from reference_scenarios import SCENARIOS, style_benchmark
from scipy import stats

from reassure.models.incidents import (
    RAW_DRAWS_PER_INCIDENT,
    UNIFORMS_PER_INCIDENT,
    CellDetection,
    IncidentModel,
    IncidentRates,
    IncidentTypes,
    LineCells,
    RegimeChain,
    ResponseUnits,
    draw_counts,
    draw_incident_uniforms,
)
from reassure.models.incidents._log import log_positive, logs_in_place
from reassure.models.incidents.engine import _simulate_range, simulate_replication
from reassure.models.incidents.kernels import (
    _HIST_BASE,
    _HIST_BINS,
    _HIST_MAX_H,
    _HIST_MIN_H,
    _HIST_SHIFT,
    _LANES,
    _NO_RANK,
    _first_free,
    _hist_bin,
    _passes_missed,
    _pcg64_incident_draws,
    _pick_unit,
    pcg64_state,
)
from reassure.models.incidents.summary import _full_hist

# Hypothesis tries the first of a sampled_from first: the busy, detected, answered case.
_true_first = st.sampled_from([True, False])
_PARTIAL_FIELDS = ("stats", "busy_h", "sector_stats", "type_stats", "regime_days")


@st.composite
def incident_models(draw: st.DrawFn) -> IncidentModel:
    """Small models over the whole input space: unwatched cells, pd 0/partial/1, self-reported
    and no-response types, unreachable cells, support-force units, regimes, dispersion.

    The first choice of each list is the busy case (many incidents, detected, needing units).
    """
    n_cells = draw(st.integers(1, 8))
    n_sectors = draw(st.integers(1, min(3, n_cells)))
    sector = np.sort(np.concatenate([np.arange(n_sectors),
                                     draw(st.lists(st.integers(0, n_sectors - 1),
                                                   min_size=n_cells - n_sectors,
                                                   max_size=n_cells - n_sectors))]))
    cells = LineCells(np.arange(n_cells) * 5.0, draw(st.lists(st.sampled_from([0.5, 2.0, 5.0, 7.3]),
                                                              min_size=n_cells, max_size=n_cells)),
                      sector, tuple(f"s{i}" for i in range(n_sectors)),
                      # s40: a sector no unit is sent to (a site the force cannot protect)
                      answerable=draw(st.lists(_true_first, min_size=n_sectors, max_size=n_sectors)))
    revisit = draw(st.lists(st.sampled_from([1.0, 0.5, 3.0, math.inf]), min_size=n_cells,
                            max_size=n_cells))
    pd = draw(st.lists(st.sampled_from([1.0, 0.8, 0.3, 0.0]), min_size=n_cells, max_size=n_cells))
    det = CellDetection(revisit, pd, draw(st.sampled_from([0.25, 0.0])))
    n_types = draw(st.integers(1, 3))
    types = IncidentTypes(tuple(f"t{i}" for i in range(n_types)),
                          draw(st.lists(st.sampled_from([4.0, 1.0, 0.0]), min_size=n_types,
                                        max_size=n_types)),
                          draw(st.lists(_true_first, min_size=n_types, max_size=n_types)),
                          draw(st.lists(st.booleans(), min_size=n_types, max_size=n_types)))
    n_regimes = draw(st.integers(1, 2))
    rate = np.array(draw(st.lists(st.sampled_from([20.0, 6.0, 1.0, 0.0]),
                                  min_size=n_regimes * n_types * n_sectors,
                                  max_size=n_regimes * n_types * n_sectors)))
    chain = (RegimeChain.single() if n_regimes == 1
             else RegimeChain(("a", "b"), [0.5, 0.5], [[0.8, 0.2], [0.3, 0.7]]))
    rates = IncidentRates(rate.reshape(n_regimes, n_types, n_sectors), chain,
                          draw(st.sampled_from([2.0, math.inf])), draw(st.booleans()))
    # Up to _LANES units dispatch as a vector, more by the scalar scan: both are drawn.
    n_units = draw(st.one_of(st.integers(2, 5), st.sampled_from([_LANES, _LANES + 1, 20])))
    resp = np.array(draw(st.lists(st.sampled_from([1.0, 0.25, 0.5, 1.5, 3.0, math.inf]),
                                  min_size=n_units * n_cells, max_size=n_units * n_cells)))
    units = ResponseUnits(
        tuple(f"u{i}" for i in range(n_units)), ("ground_qrf",) * n_units,
        resp.reshape(n_units, n_cells),
        np.array(draw(st.lists(st.sampled_from([0.5, 2.0]), min_size=n_units * n_types,
                               max_size=n_units * n_types))).reshape(n_units, n_types),
        np.array(draw(st.lists(_true_first, min_size=n_units * n_types,
                               max_size=n_units * n_types))).reshape(n_units, n_types),
        # the last unit is a support-force element: escalation is exercised in most examples
        [*draw(st.lists(st.booleans(), min_size=n_units - 1, max_size=n_units - 1)), True],
        draw(st.lists(st.sampled_from([1.0, 0.0]), min_size=n_units, max_size=n_units)),
        np.zeros(n_units, bool), draw(st.sampled_from([6.0, 0.0])))
    return IncidentModel(cells, det, types, rates, units, draw(st.integers(1, 4)),
                         threshold_h=draw(st.sampled_from([0.5, 2.0])),
                         max_wait_h=draw(st.sampled_from([1.0, 0.0, math.inf])),
                         triage=draw(st.booleans()))


def _assert_same_range(model: IncidentModel, seed: int, n_reps: int, chunk: int,
                       contention: bool) -> None:
    n_batches = min(20, n_reps)
    fast = _simulate_range(model, seed, 0, n_reps, chunk, contention, n_batches)
    slow = reference_simulate_range(model, seed, 0, n_reps, chunk, contention, n_batches)
    for name in _PARTIAL_FIELDS:
        np.testing.assert_array_equal(getattr(fast, name), getattr(slow, name), err_msg=name)
    # The engine ships its histograms cut to the occupied bins.
    np.testing.assert_array_equal(_full_hist([fast]), slow.hist)
    assert fast.n_incidents == slow.n_incidents


def _assert_same_replication(model: IncidentModel, seed: int, replication: int,
                             contention: bool) -> None:
    fast = simulate_replication(model, seed, replication, contention=contention)
    slow = reference_simulate_replication(model, seed, replication, contention=contention)
    for name in fast.__dataclass_fields__:
        np.testing.assert_array_equal(getattr(fast, name), getattr(slow, name), err_msg=name)


@settings(max_examples=60, deadline=None)
@given(model=incident_models(), seed=st.integers(0, 2**32), n_reps=st.integers(1, 6),
       chunk=st.sampled_from([1, 40, 100_000]), contention=st.booleans())
def test_engine_equals_reference_on_random_models(model: IncidentModel, seed: int, n_reps: int,
                                                  chunk: int, contention: bool) -> None:
    _assert_same_range(model, seed, n_reps, chunk, contention)
    _assert_same_replication(model, seed, n_reps - 1, contention)


def test_engine_equals_reference_on_shipped_test_models() -> None:
    # The agreement scenarios and the benchmark model, larger than the random ones.
    for build in [*SCENARIOS.values(), lambda: style_benchmark(12, 3000)]:
        for triage in (False, True):
            model = replace(build(), triage=triage)
            for contention in (True, False):
                _assert_same_range(model, 11, 8, 5_000, contention)
                _assert_same_replication(model, 11, 3, contention)


@settings(max_examples=300, deadline=None)
@given(x=st.one_of(st.floats(0.0, 2.0**21), st.floats(0.0, 2.0**-9),
                   st.floats(-1e300, 0.0), st.floats(2.0**19, 1e308),
                   st.sampled_from([0.0, -0.0, _HIST_MIN_H, _HIST_MAX_H, math.inf, -math.inf,
                                    1.0, 3.0, 5e-324, 1.7976931348623157e308,
                                    math.nextafter(_HIST_MIN_H, 0.0),
                                    math.nextafter(_HIST_MIN_H, math.inf),
                                    math.nextafter(_HIST_MAX_H, 0.0),
                                    math.nextafter(_HIST_MAX_H, math.inf)])))
def test_hist_bin_equals_the_bits_read_through_an_array_view(x: float) -> None:
    # The bin used to be read through a float64[1] and its int64 view, the bounds compared
    # first; now a register bitcast clamped to the first and last bins (issue 13q), which must
    # give the same bin below, at and above both bounds (negative values included).
    bits = int(np.array(x).view(np.int64))
    if x < _HIST_MIN_H:
        want = 0
    elif x >= _HIST_MAX_H:
        want = _HIST_BINS - 1
    else:
        want = (bits >> _HIST_SHIFT) - _HIST_BASE + 1
    assert _hist_bin(x) == want


@settings(max_examples=200, deadline=None)
@given(seed=st.integers(0, 2**64 - 1), skip=st.integers(0, 40), n=st.integers(0, 203))
def test_kernel_draws_equal_numpys_generator(seed: int, skip: int, n: int) -> None:
    # The kernel makes the raw draws of a replication's n incidents from its generator's state
    # (three lanes, _pcg64_incident_draws as the kernel steps them): they must be the numbers
    # bit_generator.random_raw would have given, bit for bit, and nothing past the last.
    rng = np.random.Generator(np.random.PCG64(seed))
    rng.random(skip)
    state = pcg64_state(rng.bit_generator)
    out = np.zeros(RAW_DRAWS_PER_INCIDENT * (n + 1), dtype=np.uint64)
    _pcg64_incident_draws(out, n, state)
    np.testing.assert_array_equal(out[:RAW_DRAWS_PER_INCIDENT * n],
                                  rng.bit_generator.random_raw(RAW_DRAWS_PER_INCIDENT * n))
    assert np.all(out[RAW_DRAWS_PER_INCIDENT * n:] == 0)


@settings(max_examples=100, deadline=None)
@given(seed=st.integers(0, 2**64 - 1), n=st.integers(0, 50))
def test_incident_uniforms_from_raw_draws(seed: int, n: int) -> None:
    # The uniforms of an incident from its 3 raw draws, recomputed with Python integers and
    # exact fractions: halves of the first two draws over 2**32, the third's top 53 bits over
    # 2**53 (what Generator.random makes of a draw); and they follow the generator's stream.
    rng = np.random.Generator(np.random.PCG64(seed))
    twin = np.random.Generator(np.random.PCG64(seed))
    got = draw_incident_uniforms(rng, n)
    raw = [int(x) for x in twin.bit_generator.random_raw(RAW_DRAWS_PER_INCIDENT * n)]
    assert got.shape == (n, UNIFORMS_PER_INCIDENT)
    for i in range(n):
        a, b, c = raw[3 * i: 3 * i + 3]
        want = [Fraction(a >> 32, 2**32), Fraction(a & 0xFFFFFFFF, 2**32),
                Fraction(b >> 32, 2**32), Fraction(b & 0xFFFFFFFF, 2**32),
                Fraction(c >> 11, 2**53)]
        assert [Fraction(float(x)) for x in got[i]] == want
    # The next draw of both generators is the same: nothing else was drawn.
    assert rng.random() == twin.random()


def test_incident_uniforms_are_uniform_and_independent() -> None:
    """Each of the 5 columns of 200,000 incidents' uniforms against U(0, 1) (KS, rejects at
    0.1 %), and the 32-bit halves of one draw uncorrelated (|r| < 4 / sqrt(n))."""
    u = draw_incident_uniforms(np.random.Generator(np.random.PCG64(11)), 200_000)
    for j in range(UNIFORMS_PER_INCIDENT):
        assert stats.kstest(u[:, j], "uniform").pvalue > 0.001, j
    for a, b in ((0, 1), (2, 3), (1, 2), (3, 4)):
        assert abs(np.corrcoef(u[:, a], u[:, b])[0, 1]) < 4 / math.sqrt(u.shape[0]), (a, b)


def _independent_cdf(mean: float) -> np.ndarray:
    # P(N <= k) from log-space terms, each partial sum by math.fsum, until it is 1.0; not
    # scipy's pdtr, which the engine uses.
    if mean == 0.0:
        return np.ones(1)
    terms: list[float] = []
    cdf: list[float] = []
    k = 0
    while not cdf or cdf[-1] < 1.0:
        terms.append(math.exp(k * math.log(mean) - mean - math.lgamma(k + 1)))
        cdf.append(math.fsum(terms))
        k += 1
        if k > mean + 60 * math.sqrt(mean) + 60:
            cdf[-1] = 1.0
    return np.array(cdf)


def _numpy_counts(model: IncidentModel, rng: np.random.Generator) -> np.ndarray:
    # The fixed-mean stream written out with numpy: regime uniforms, the Markov path by
    # inverse CDF, then one uniform per (day, sector, type) searched in its mean's CDF.
    days, ns, nt = model.horizon_days, model.cells.n_sectors, model.types.n_types
    chain = model.rates.regimes
    u_regime = rng.random(days)
    initial = np.cumsum(chain.initial_probability)
    transition = np.cumsum(chain.transition_per_day, axis=1)
    regime = [min(int(np.searchsorted(initial, u_regime[0], side="right")), initial.size - 1)]
    for d in range(1, days):
        row = transition[regime[-1]]
        regime.append(min(int(np.searchsorted(row, u_regime[d], side="right")), row.size - 1))
    u = rng.random(days * ns * nt).reshape(days, ns, nt)
    counts = np.empty((days, ns, nt), dtype=np.int64)
    for d in range(days):
        for s in range(ns):
            for t in range(nt):
                mean = float(model.rates.rate_per_day[regime[d], t, s])
                counts[d, s, t] = np.searchsorted(_independent_cdf(mean), u[d, s, t], side="right")
    return counts


@settings(max_examples=40, deadline=None)
@given(model=incident_models(), seed=st.integers(0, 2**32))
def test_fixed_mean_counts_equal_a_numpy_inversion(model: IncidentModel, seed: int) -> None:
    # Fixed means: the new stream, bit for bit, and the generator left where the numpy
    # version leaves it (the incidents' uniforms come next). Over-dispersed: numpy's Poisson.
    rng = np.random.Generator(np.random.PCG64(seed))
    twin = np.random.Generator(np.random.PCG64(seed))
    _, counts = draw_counts(model, rng)
    if math.isinf(model.rates.dispersion_shape):
        np.testing.assert_array_equal(counts, _numpy_counts(model, twin))
    else:
        assert counts.dtype == np.int64 and counts.min() >= 0
        return
    np.testing.assert_array_equal(rng.random(7), twin.random(7))


@pytest.mark.parametrize("mean", [0.3, 12.0, 250.0])
def test_fixed_mean_counts_are_poisson(mean: float) -> None:
    """Chi-square goodness of fit of 20,000 counts to Poisson(mean); rejects at 0.1 %."""
    cells = LineCells([0.5], [1.0], [0], ("s",))
    model = IncidentModel(
        cells, CellDetection([1.0], [1.0], 0.0), IncidentTypes(("t",), [1.0], [False], [False]),
        IncidentRates.poisson(np.array([[mean]])),
        ResponseUnits(("u",), ("ground_qrf",), np.ones((1, 1)), np.ones((1, 1)),
                      np.ones((1, 1), bool), np.zeros(1, bool), np.zeros(1), np.zeros(1, bool)),
        horizon_days=20_000, threshold_h=1.0)
    _, counts = draw_counts(model, np.random.Generator(np.random.PCG64(13)))
    x = counts.reshape(-1)
    # Bins of expected count >= 5 each: the central values one by one, the tails pooled.
    dist = stats.poisson(mean)
    lo, hi = int(dist.ppf(0.001)), int(dist.ppf(0.999))
    edges = np.arange(lo, hi + 2)
    observed = np.histogram(np.clip(x, lo, hi), bins=edges)[0]
    expected = np.diff(np.concatenate(([0.0], dist.cdf(edges[1:-1] - 1), [1.0]))) * x.size
    keep = expected >= 5
    observed = np.append(observed[keep], observed[~keep].sum())
    expected = np.append(expected[keep], expected[~keep].sum())
    if expected[-1] == 0:
        observed, expected = observed[:-1], expected[:-1]
    assert abs(x.mean() - mean) < 4 * math.sqrt(mean / x.size)
    assert stats.chisquare(observed, expected).pvalue > 0.001


@settings(max_examples=500, deadline=None)
@given(k=st.integers(0, 2**53 - 1), p=st.floats(1e-9, 1.0, exclude_max=True),
       phase=st.floats(0.0, 1.0, exclude_max=True), revisit_h=st.floats(0.01, 20.0),
       duration_h=st.floats(0.0, 500.0))
def test_missed_passes_equal_the_log_inversion(k: int, p: float, phase: float, revisit_h: float,
                                               duration_h: float) -> None:
    # The number of missed passes, searched from 0 (p >= 0.25) or by the log: the same
    # inversion floor(log(1 - u) / log(1 - p)) as the reference, or, where the search stopped
    # early, an offset past the incident's end all the same (undetected either way). They may
    # differ only where 1 - u is within rounding of a power of 1 - p.
    u = k / 2.0**53
    offset_h = phase * revisit_h
    log_miss = math.log1p(-p)
    want = math.floor(math.log(1.0 - u) / log_miss)
    got = _passes_missed(u, p, log_miss, offset_h, revisit_h, duration_h)
    if got == want:
        return
    if got < want and offset_h + got * revisit_h > duration_h:
        return  # stopped once past the end: undetected, as with ``want``
    edge = (1.0 - p) ** max(got, want)
    assert abs((1.0 - u) - edge) <= 1e-12 * edge, (got, want)


def test_missed_passes_are_geometric() -> None:
    """Chi-square of 200,000 searched counts (p = 0.68, never stopped early) to the geometric
    law P(k) = p (1 - p)**k; rejects at 0.1 %."""
    p = 0.68
    u = np.random.Generator(np.random.PCG64(5)).random(200_000)
    x = np.array([_passes_missed(v, p, math.log1p(-p), 0.0, 1.0, math.inf) for v in u])
    top = 8  # counts 0..7 one by one, 8 and more pooled (expected >= 5 each)
    observed = np.bincount(np.minimum(x.astype(np.int64), top), minlength=top + 1)
    law = p * (1.0 - p) ** np.arange(top)
    expected = np.append(law, 1.0 - law.sum()) * x.size
    assert stats.chisquare(observed, expected).pvalue > 0.001


@numba.njit
def _pick_unit_jit(free, at, rank, row, lo, hi, ready_h):  # noqa: ANN001, ANN202
    return _pick_unit(free, at, rank, row, lo, hi, ready_h)


@settings(max_examples=400, deadline=None)
@given(data=st.data(), n_units=st.integers(1, _LANES),
       ready_h=st.sampled_from([0.0, 1.0, 2.5, 7.0]))
def test_vector_pick_equals_the_scalar_scan(data: st.DataObject, n_units: int,
                                            ready_h: float) -> None:
    # The vector dispatch's choice (first free in order of preference, else the one free
    # first, the first in order among equals) against the scalar scan, on free times with
    # many ties and random preference lists and ranges.
    free = np.full(2 * _LANES, np.inf)
    at = data.draw(st.sampled_from([0, _LANES]))
    free[at:at + n_units] = data.draw(st.lists(st.sampled_from([0.0, 1.0, 2.5, 3.0, 7.0, 9.25]),
                                               min_size=n_units, max_size=n_units))
    order = data.draw(st.permutations(range(n_units)))
    n_pref = data.draw(st.integers(1, n_units))
    pref = np.full((1, 1, n_units), -1, dtype=np.int64)
    pref[0, 0, :n_pref] = order[:n_pref]
    rank = np.full(_LANES, _NO_RANK, dtype=np.int16)
    rank[pref[0, 0, :n_pref]] = np.arange(n_pref)
    lo = data.draw(st.integers(0, n_pref - 1))
    hi = data.draw(st.integers(lo + 1, n_pref))
    q, start = _pick_unit_jit(free, at, rank, 0, lo, hi, ready_h)
    want_u, want_start = _first_free(pref, 0, 0, lo, hi, free[at:at + n_units].copy(), ready_h)
    assert (pref[0, 0, q], start) == (want_u, want_start)


@numba.njit
def _log_positive_scalar(x):  # noqa: ANN001, ANN202
    return log_positive(x)


@settings(max_examples=500, deadline=None)
@given(k=st.integers(0, 2**53 - 1))
def test_log_of_one_minus_u_is_within_an_ulp_of_the_c_library(k: int) -> None:
    # The engine's log (fdlibm's algorithm, branch-free) of every 1 - U the kernel can take
    # (U = k 2**-53): within 1 ulp of math.log, exact at 1 and at powers of 2.
    v = 1.0 - k / 2.0**53
    got, want = _log_positive_scalar(v), math.log(v)
    assert abs(got - want) <= math.ulp(want)


@pytest.mark.parametrize("x", [1.0, 0.5, 0.25, 2.0**-53, 2.0**-1022, 2.0, 1024.0])
def test_log_is_exact_at_powers_of_two(x: float) -> None:
    assert _log_positive_scalar(x) == math.log(x)


def test_vectorised_logs_equal_the_scalar_function() -> None:
    # The kernel takes the logs of a replication's calls in one vectorised loop; the reference
    # takes them one by one: the same bits. And against the C library: at most 1 ulp.
    v = 1.0 - np.random.Generator(np.random.PCG64(3)).random(100_003)
    got = v.copy()
    logs_in_place(got, got.size - 3)
    want = np.array([_log_positive_scalar(x) for x in v[:-3]])
    np.testing.assert_array_equal(got[:-3], want)
    np.testing.assert_array_equal(got[-3:], v[-3:])  # nothing past n
    assert np.max(np.abs(want - np.log(v[:-3])) / np.spacing(np.abs(np.log(v[:-3])))) <= 1.0


def test_exponential_times_by_the_engines_log_are_exponential() -> None:
    """KS of -log(1 - U) over 200,000 draws against Exp(1) (rejects at 0.1 %), mean within 4 SE."""
    u = np.random.Generator(np.random.PCG64(17)).random(200_000)
    x = 1.0 - u
    logs_in_place(x, x.size)
    e = -x
    assert stats.kstest(e, "expon").pvalue > 0.001
    assert abs(e.mean() - 1.0) < 4 / math.sqrt(e.size)
