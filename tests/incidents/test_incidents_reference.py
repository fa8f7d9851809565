"""The engine against independent references: a SimPy model of the same process, and Erlang C.

Nothing here compares the engine with its own output. The SimPy model
(``simpy_reference.py``) is written separately, event by event, with Python's ``random``; the
Erlang C values are computed from the closed form in this file.

About the agreement criterion. The acceptance asks that each mean lie inside the other model's
99 % confidence interval. Taken literally and symmetrically (equal replications, each mean in
the other's interval) one check fails by chance about 7 % of the time when the models agree
(the two estimates differ by sqrt(2) standard errors), and nine metrics over three scenarios
would fail most runs: the first run with the seed below did, on ``incidents_per_day`` of
``tiers_and_regimes``, whose analytic mean (21.75 a day) both models match when run longer
(engine 21.63 +/- 0.09 with 20,000 replications, SimPy 21.57 +/- 0.30 with 2,000). So the test
runs the engine with ``ENGINE_FACTOR`` times the replications (its mean is then close to the
truth) and requires it inside SimPy's simultaneous 99 % intervals (Bonferroni over the
metrics of a scenario), and it reports the reverse direction in the failure message. The seed
was fixed before the first run and has not been changed.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from reference_scenarios import SCENARIOS, erlang_pool
from scipy import stats
from simpy_reference import run_reference

from reassure.models.incidents.engine import run_incidents, simulate_replication

SEED = 2026
REPLICATIONS = 400
ENGINE_FACTOR = 10


def _ci(values: list[float], level: float) -> tuple[float, float, float]:
    x = np.asarray(values, dtype=float)
    x = x[np.isfinite(x)]
    mean = float(x.mean())
    half = float(stats.t.ppf(0.5 + level / 2, x.size - 1)) * float(x.std(ddof=1)) / math.sqrt(
        x.size)
    return mean, mean - half, mean + half


def _pooled_ci(pairs: list[tuple[float, float]], level: float) -> tuple[float, float, float]:
    """The pooled ratio of per-replication (numerator, denominator) pairs, sum over sum (the share
    of every call of the runs, as the engine reports it since review s52 A), with its delta-method
    interval over replications, written here from the formula, not taken from the engine."""
    y = np.asarray([a for a, _ in pairs], dtype=float)
    x = np.asarray([b for _, b in pairs], dtype=float)
    ratio = float(y.sum() / x.sum())
    d = y - ratio * x
    se = math.sqrt(float(np.sum(d * d)) / (x.size - 1) / x.size) / float(x.mean())
    half = float(stats.t.ppf(0.5 + level / 2, x.size - 1)) * se
    return ratio, ratio - half, ratio + half


@pytest.fixture(scope="module", params=sorted(SCENARIOS))
def pair(request):
    """One scenario run by both models with the same number of replications."""
    model = SCENARIOS[request.param]()
    reference = run_reference(model, REPLICATIONS, SEED)
    engine = run_incidents(model, ENGINE_FACTOR * REPLICATIONS, SEED)
    return request.param, model, reference, engine


def test_means_agree_with_simpy(pair):
    """Every engine mean lies in SimPy's simultaneous 99 % CI (identically-zero metrics skipped)."""
    name, model, ref, eng = pair
    busiest = int(np.argmax([u.utilisation.value for u in eng.units]))
    metrics = {
        "incidents_per_day": ([r.n_incidents / model.horizon_days for r in ref],
                              eng.incidents_per_day),
        # review s52 A: shares of calls and mean times over them are pooled over the runs (the
        # totals' ratio), on both sides: (numerator, denominator) pairs
        "detected_fraction": ([(r.n_detected, r.n_incidents) for r in ref], eng.detected_fraction),
        "detect_h.mean": ([(r.detect_sum_h, r.n_detected) for r in ref], eng.detect_h.mean),
        "respond_h.mean": ([(r.respond_sum_h, r.n_answered) for r in ref], eng.respond_h.mean),
        "report_to_scene_h.mean": ([(r.report_sum_h, r.n_answered) for r in ref],
                                   eng.report_to_scene_h.mean),
        "within_threshold_fraction": ([(r.n_within, r.n_requested) for r in ref],
                                      eng.within_threshold_fraction),
        "unreached_fraction": ([(r.n_required - r.n_answered, r.n_required) for r in ref],
                               eng.unreached_fraction),
        "unanswered_fraction": ([(r.n_unanswered, r.n_requested) for r in ref],
                                eng.unanswered_fraction),
        "wait_probability": ([(r.n_waited, r.n_answered) for r in ref], eng.wait_probability),
        "escalated_fraction": ([(r.n_escalated, r.n_requested) for r in ref],
                               eng.escalated_fraction),
        "activated_fraction": ([float(r.n_activated) for r in ref], eng.activated_fraction),
        "utilisation_busiest": ([r.busy_h[busiest] / model.horizon_h for r in ref],
                                eng.units[busiest].utilisation),
    }
    def summary(values: list, level: float) -> tuple[float, float, float]:
        return _pooled_ci(values, level) if isinstance(values[0], tuple) else _ci(values, level)

    def degenerate(values: list, est) -> bool:
        if isinstance(values[0], tuple):
            value, lo, hi = summary(values, 0.99)
            return lo == hi and est.value == value
        return np.nanstd(values) == 0 and est.value == np.nanmean(values)

    live = {k: v for k, v in metrics.items() if not degenerate(*v)}
    level = 1 - 0.01 / len(live)  # simultaneous 99 % over the metrics compared
    failures = []
    for metric, (ref_values, est) in live.items():
        ref_mean, ref_lo, ref_hi = summary(ref_values, level)
        if not ref_lo <= est.value <= ref_hi:
            eng_lo, eng_hi = est.ci(level)
            failures.append(f"{metric}: simpy {ref_mean:.4f} [{ref_lo:.4f}, {ref_hi:.4f}] vs "
                            f"engine {est.value:.4f} [{eng_lo:.4f}, {eng_hi:.4f}]")
    assert len(live) >= 6, name
    assert not failures, f"{name}: " + "; ".join(failures)


def test_response_time_distribution_agrees_with_simpy(pair):
    """Two-sample KS on response times does not reject at 1 %.

    Response times within a replication are correlated (shared queue, regime, busy days), which
    a KS test does not allow for; one answered incident is drawn at random from each
    replication of each model, so both samples are i.i.d.
    """
    name, model, ref, _ = pair
    pick = np.random.default_rng(SEED)
    ref_sample = [r.respond_h[pick.integers(len(r.respond_h))] for r in ref if r.respond_h]
    eng_sample = []
    for rep in range(REPLICATIONS):
        out = simulate_replication(model, SEED, rep)
        times = out.respond_h[out.answered]
        if times.size:
            eng_sample.append(times[pick.integers(times.size)])
    assert len(ref_sample) > 300 and len(eng_sample) > 300
    result = stats.ks_2samp(ref_sample, eng_sample)
    assert result.pvalue > 0.01, f"{name}: KS p = {result.pvalue:.4f}"


def erlang_c(servers: int, offered_erlangs: float) -> float:
    """Probability that a call waits in an M/M/c queue (Erlang C), from its closed form."""
    a, c = offered_erlangs, servers
    top = a**c / math.factorial(c) * c / (c - a)
    return top / (sum(a**k / math.factorial(k) for k in range(c)) + top)


@pytest.mark.parametrize(("servers", "arrivals_per_h", "service_h"), [(3, 2.0, 1.0), (5, 2.0, 2.0)])
def test_single_pool_matches_erlang_c(servers, arrivals_per_h, service_h):
    """P(wait) and mean wait of a pool of identical QRFs match Erlang C within the 99 % CI.

    Long replications (the queue starts empty; the warm-up is hours against a horizon of
    12,000 h) so the steady-state formula applies.
    """
    model = erlang_pool(servers, arrivals_per_h, service_h, horizon_days=500)
    result = run_incidents(model, 40, seed=7)
    a = arrivals_per_h * service_h
    p_wait = erlang_c(servers, a)
    mean_wait_h = p_wait * service_h / (servers - a)
    lo, hi = result.wait_probability.ci(0.99)
    assert lo <= p_wait <= hi, (p_wait, result.wait_probability)
    lo, hi = result.wait_h_mean.ci(0.99)
    assert lo <= mean_wait_h <= hi, (mean_wait_h, result.wait_h_mean)
    # With no travel the response time is the wait; each unit's share of the load is a / c.
    assert result.respond_h.mean.value == pytest.approx(result.wait_h_mean.value, rel=1e-9)
    mean_util = np.mean([u.utilisation.value for u in result.units])
    assert mean_util == pytest.approx(a / servers, rel=0.01)
