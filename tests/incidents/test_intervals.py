"""Bounded intervals of the incident figures: Wilson score for a yes/no share of runs, percentile
bootstrap for a percentile of times, t cut to the possible range for a mean (docs/validation.md)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.stats import binom, binomtest

from reassure.models.incidents.summary import (
    _EDGES_H,
    Estimate,
    _quantile_estimates,
    wilson_interval,
)


@pytest.mark.parametrize(("k", "n"), [(0, 20), (3, 20), (18, 20), (20, 20), (7, 50)])
def test_wilson_matches_scipy(k: int, n: int) -> None:
    ref = binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    lo, hi = wilson_interval(k / n, n)
    assert lo == pytest.approx(ref.low, abs=1e-9) and hi == pytest.approx(ref.high, abs=1e-9)


def test_share_of_runs_stays_within_0_and_1_where_t_does_not() -> None:
    activated = np.array([1.0] * 18 + [0.0] * 2)  # 90 % of 20 runs: "90% (76-104)" before
    t = Estimate.of_mean(activated)
    assert t.ci95_high > 1.0  # the old interval went past what is possible
    w = Estimate.of_yes_no(activated)
    assert w.value == pytest.approx(0.9)
    assert 0.0 <= w.ci95_low < 0.9 < w.ci95_high <= 1.0


@pytest.mark.parametrize("p", [0.5, 0.8, 0.9, 0.95])
def test_wilson_exact_coverage_near_nominal(p: float) -> None:
    # Exact coverage over every outcome of 20 runs (no simulation noise).
    n = 20
    coverage = sum(binom.pmf(k, n, p) for k in range(n + 1)
                   if wilson_interval(k / n, n)[0] <= p <= wilson_interval(k / n, n)[1])
    assert 0.90 <= coverage <= 0.99, coverage


def _batch_hists(rng: np.random.Generator, batches: int, per_batch: int) -> np.ndarray:
    times = rng.exponential(1.0, size=(batches, per_batch))  # hours, median ln 2
    bins = np.searchsorted(_EDGES_H, times, side="right") - 1
    hist = np.zeros((batches, _EDGES_H.size), dtype=np.int64)
    for b in range(batches):
        np.add.at(hist[b], bins[b], 1)
    return hist


def test_bootstrap_percentile_interval_covers_at_about_the_nominal_rate() -> None:
    rng = np.random.default_rng(7)
    true_median, true_p90 = math.log(2.0), math.log(10.0)
    trials, hit50, hit90 = 200, 0, 0
    for _ in range(trials):
        p50, p90 = _quantile_estimates(_batch_hists(rng, 20, 100), (0.5, 0.9))
        hit50 += p50.ci95_low <= true_median <= p50.ci95_high
        hit90 += p90.ci95_low <= true_p90 <= p90.ci95_high
        assert p50.ci95_low >= 0.0 and p50.ci95_low <= p50.value <= p50.ci95_high
    # Nominal 95 %; 200 trials give a standard error of about 1.5 points.
    assert 0.88 <= hit50 / trials <= 0.99, hit50
    assert 0.88 <= hit90 / trials <= 0.99, hit90


def test_bootstrap_interval_never_goes_below_zero_for_a_skewed_few_batch_time() -> None:
    # Few, very spread times (the escalated calls of a run): the t interval went below 0 h.
    rng = np.random.default_rng(3)
    hist = np.zeros((20, _EDGES_H.size), dtype=np.int64)
    for b in range(0, 20, 4):
        t = rng.choice([2.0, 60.0])
        hist[b, np.searchsorted(_EDGES_H, t, side="right") - 1] += 1
    (p50,) = _quantile_estimates(hist, (0.5,))
    assert p50.ci95_low >= 0.0


def test_clipped_mean_keeps_the_value_and_cuts_the_interval() -> None:
    e = Estimate.of_share(np.array([0.0] * 19 + [0.02]))
    assert e.ci95_low == 0.0 and e.value == pytest.approx(0.001)
    assert Estimate.of_mean(np.array([0.0] * 19 + [0.02])).ci95_low < 0.0
