"""Inputs, detection against its closed form, and the random-draw contract."""

from __future__ import annotations

import math

import numpy as np
import pytest
from reference_scenarios import single_pool, tiers_and_regimes

from reassure.errors import ModelError, ReassureError
from reassure.models.incidents import (
    CellDetection,
    IncidentModel,
    IncidentRates,
    IncidentTypes,
    LineCells,
    RegimeChain,
    ResponseUnits,
    draw_replication,
    expected_detected_fraction,
    generate_and_detect,
)
from reassure.models.incidents.engine import replication_rng, run_incidents


def _watch_model(revisit_h: float, pd: float, duration_h: float, latency_h: float = 0.0,
                 per_day: float = 2000.0, days: int = 10) -> IncidentModel:
    """One cell watched every ``revisit_h``; incidents of one type; no response needed."""
    cells = LineCells([0.5], [1.0], [0], ("all",))
    det = CellDetection([revisit_h], [pd], latency_h)
    types = IncidentTypes(("event",), [duration_h], [False], [False])
    units = ResponseUnits(("qrf",), ("ground_qrf",), [[1.0]], [[1.0]], [[True]], [False], [1.0],
                          [False])
    return IncidentModel(cells, det, types, IncidentRates.poisson([[per_day]]), units, days, 1.0)


@pytest.mark.parametrize(("revisit_h", "duration_h"), [(4.0, 1.0), (4.0, 3.0), (2.0, 6.0)])
def test_detected_fraction_is_min_one_d_over_r_with_perfect_passes(revisit_h, duration_h):
    """pd = 1: an incident is seen iff a pass falls inside it, P = min(1, d / R)."""
    result = run_incidents(_watch_model(revisit_h, 1.0, duration_h), 20, seed=3)
    expected = min(1.0, duration_h / revisit_h)
    n = result.n_incidents
    tolerance = 4 * math.sqrt(max(expected * (1 - expected), 1e-12) / n) + 1e-12
    assert abs(result.detected_fraction.value - expected) <= tolerance


def test_detected_fraction_with_imperfect_passes_and_detect_time():
    """d < R: at most one pass, P = pd * d / R; the delay is then U(0, d) plus the latency."""
    revisit, pd, duration, latency = 3.0, 0.6, 1.5, 0.25
    result = run_incidents(_watch_model(revisit, pd, duration, latency), 20, seed=4)
    expected = pd * duration / revisit
    n = result.n_incidents
    assert abs(result.detected_fraction.value - expected) <= 4 * math.sqrt(
        expected * (1 - expected) / n)
    lo, hi = result.detect_h.mean.ci(0.99)
    assert lo <= duration / 2 + latency <= hi
    # Median and 90th percentile of U(0, d) + latency, through the streaming histograms.
    assert result.detect_h.p50.value == pytest.approx(0.5 * duration + latency, rel=0.01)
    assert result.detect_h.p90.value == pytest.approx(0.9 * duration + latency, rel=0.01)


def test_closed_form_helper_matches_the_written_formula():
    """The helper's general case, against the formula written out here."""
    r, p, d = 2.0, 0.3, 5.0  # m = 2 full revisits, f = 0.5
    expected = 0.5 * (1 - 0.7**3) + 0.5 * (1 - 0.7**2)
    assert float(expected_detected_fraction(r, p, d)) == pytest.approx(expected)
    assert float(expected_detected_fraction(4.0, 1.0, 1.0)) == pytest.approx(0.25)
    assert float(expected_detected_fraction(math.inf, 1.0, 1.0)) == 0.0


def test_general_detection_agrees_with_closed_form():
    r, p, d = 2.0, 0.3, 5.0
    result = run_incidents(_watch_model(r, p, d), 20, seed=5)
    expected = 0.5 * (1 - 0.7**3) + 0.5 * (1 - 0.7**2)
    assert abs(result.detected_fraction.value - expected) <= 4 * math.sqrt(
        expected * (1 - expected) / result.n_incidents)


def test_unwatched_cells_never_detect_and_self_reported_types_always_do():
    cells = LineCells([0.5, 1.5], [1.0, 1.0], [0, 0], ("all",))
    det = CellDetection([math.inf, math.inf], [1.0, 1.0], 0.5)
    types = IncidentTypes(("shelling", "strike"), [2.0, 0.0], [False, True], [False, True])
    units = ResponseUnits(("qrf",), ("ground_qrf",), [[1.0, 1.0]], [[1.0, 1.0]],
                          [[True, True]], [False], [1.0], [False])
    model = IncidentModel(cells, det, types, IncidentRates.poisson([[50.0], [5.0]]), units, 5, 2.0)
    result = run_incidents(model, 5, seed=1)
    by_type = {t.name: t.detected_fraction.value for t in result.types}
    assert by_type == {"shelling": 0.0, "strike": 1.0}
    assert result.detect_h.p50.value == pytest.approx(0.5, rel=0.01)


def test_draw_order_is_fixed_per_generator():
    model = tiers_and_regimes()
    a = draw_replication(model, np.random.default_rng(9))
    b = draw_replication(model, np.random.default_rng(9))
    assert np.array_equal(a.counts, b.counts) and np.array_equal(a.uniforms, b.uniforms)
    assert a.uniforms.shape == (a.counts.sum(), 5)
    inc = generate_and_detect(model, a)
    assert np.all((inc["time_h"] >= 0) & (inc["time_h"] < model.horizon_h))
    assert np.array_equal(inc["sector"], model.cells.sector[inc["cell"]])


def test_replication_rng_is_the_spawned_child():
    children = np.random.SeedSequence(123).spawn(5)
    for r in (0, 4):
        expected = np.random.Generator(np.random.PCG64(children[r])).random(4)
        assert np.array_equal(replication_rng(123, r).random(4), expected)


def test_incidents_fall_on_cells_in_proportion_to_length():
    cells = LineCells([0.0, 1.0, 2.0], [1.0, 3.0, 6.0], [0, 0, 0], ("all",))
    model = _watch_model(1.0, 1.0, 1.0)
    model = IncidentModel(cells, CellDetection(np.ones(3), np.ones(3)), model.types,
                          model.rates, ResponseUnits(("q",), ("ground_qrf",), [[1.0] * 3],
                                                     [[1.0]], [[True]], [False], [1.0],
                                                     [False]), 10, 1.0)
    inc = generate_and_detect(model, draw_replication(model, np.random.default_rng(2)))
    share = np.bincount(inc["cell"], minlength=3) / inc["cell"].size
    np.testing.assert_allclose(share, [0.1, 0.3, 0.6], atol=0.01)


def test_overdispersion_gives_negative_binomial_variance():
    """Daily counts: mean m, variance m + m**2 / k."""
    cells = LineCells([0.5], [1.0], [0], ("all",))
    k, m = 2.0, 40.0
    rates = IncidentRates(np.array([[[m]]]), RegimeChain.single(), dispersion_shape=k)
    base = _watch_model(1.0, 1.0, 1.0)
    model = IncidentModel(cells, base.detection, base.types, rates, base.units, 4000, 1.0)
    daily = draw_replication(model, np.random.default_rng(3)).counts[:, 0, 0]
    assert daily.mean() == pytest.approx(m, rel=0.05)
    assert daily.var() == pytest.approx(m + m**2 / k, rel=0.1)


def test_line_wide_dispersion_is_shared_by_sectors():
    """One multiplier a day: the line total is negative binomial, sectors move together."""
    cells = LineCells([0.5, 1.5, 2.5], [1.0, 1.0, 1.0], [0, 1, 2], ("a", "b", "c"))
    k, m = 2.0, 10.0
    rates = IncidentRates(np.full((1, 1, 3), m), RegimeChain.single(), dispersion_shape=k)
    base = _watch_model(1.0, 1.0, 1.0)
    units = ResponseUnits(("q",), ("ground_qrf",), [[1.0] * 3], [[1.0]], [[True]], [False],
                          [1.0], [False])
    det = CellDetection(np.ones(3), np.ones(3))
    model = IncidentModel(cells, det, base.types, rates, units, 4000, 1.0)
    daily = draw_replication(model, np.random.default_rng(4)).counts[:, :, 0]
    total = daily.sum(axis=1)
    assert total.var() == pytest.approx(3 * m + (3 * m) ** 2 / k, rel=0.1)
    assert np.corrcoef(daily[:, 0], daily[:, 1])[0, 1] > 0.5


def test_regime_chain_stays_for_the_mean_sojourn():
    chain = RegimeChain(("holding", "breaking_down"), [1.0, 0.0],
                        [[1 - 1 / 14, 1 / 14], [0.5, 0.5]])
    np.testing.assert_allclose(chain.stationary(), [7 / 8, 1 / 8])


@pytest.mark.parametrize(
    ("build", "match"),
    [
        (lambda: LineCells([0.0, 1.0], [1.0], [0, 0], ("a",)), "one value per cell"),
        (lambda: LineCells([0.0], [-1.0], [0], ("a",)), "length_km must be positive"),
        (lambda: LineCells([0.0], [1.0], [0], ("a", "b")), "every sector needs"),
        (lambda: CellDetection([0.0], [1.0]), "revisit_h must be > 0"),
        (lambda: CellDetection([1.0], [1.5]), r"pd_per_pass must lie in \[0, 1\]"),
        (lambda: RegimeChain(("a", "b"), [1.0, 0.0], [[0.5, 0.4], [0.0, 1.0]]), "sum to 1"),
        (lambda: IncidentRates(np.ones((1, 1, 1)), RegimeChain.single(), 0.0),
         "dispersion_shape must be > 0"),
        (lambda: ResponseUnits(("u",), ("tank",), [[1.0]], [[1.0]], [[True]], [False], [1.0],
                               [False]), "unit kind must be one of"),
    ],
)
def test_bad_inputs_raise_model_error(build, match):
    with pytest.raises(ModelError, match=match):
        build()


def test_shapes_must_agree_across_inputs():
    m = single_pool()
    with pytest.raises(ReassureError, match="response_h must be"):
        IncidentModel(m.cells, m.detection, m.types, m.rates,
                      m.units.subset([0]).__class__(("u",), ("ground_qrf",), [[1.0]],
                                                    [[1.0]], [[True]], [False], [1.0], [False]),
                      5, 1.0)


def test_without_us_drops_us_units_only():
    m = tiers_and_regimes()
    assert m.units.us.tolist() == [False, False, True, False]
    no_us = m.without_us()
    assert no_us.units.names == ("qrf-north", "qrf-south", "support")
    assert no_us.rates is m.rates
    assert m.with_units(m.units).units.names == m.units.names


def test_inputs_are_read_only():
    m = single_pool()
    with pytest.raises(ValueError):
        m.units.response_h[0, 0] = 0.0
