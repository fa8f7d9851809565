"""The vectorised model agrees with the plain time-stepped loop on random small cases."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest

from reassure.models.monitoring import (
    GAP_RULES,
    Analysis,
    Conditions,
    FleetEntry,
    MonitoringGrid,
    PlatformType,
    cell_figures,
    sample_fleet,
)

from .reference_loop import coverage_loop, figures_loop


def _random_case(seed: int) -> tuple:
    rng = np.random.default_rng(seed)
    total = float(rng.uniform(20, 70))
    grid = MonitoringGrid.straight(total, float(rng.uniform(0.7, 3.0)), lat=float(rng.uniform(0, 60)),
                                   lon0=float(rng.uniform(-20, 40)), sector_km=20.0)
    catalogue: dict[str, PlatformType] = {}
    fleet: list[FleetEntry] = []
    for i in range(int(rng.integers(1, 5))):
        kind = rng.choice(["patrol", "patrol", "stare", "satellite"])
        name = f"t{i}"
        pd = np.sort(rng.uniform(0.1, 1.0, 3))[::-1]
        if kind == "patrol":
            catalogue[name] = PlatformType(
                name, "patrol", swath_km=float(rng.uniform(0.5, 8)), pd_day=float(pd[0]),
                pd_night=float(pd[1]), pd_cloud=float(pd[2]), endurance_h=1000.0,
                speed_kmh=float(rng.uniform(20, 300)), jam_susceptible=bool(rng.random() < 0.6))
        elif kind == "stare":
            catalogue[name] = PlatformType(
                name, "stare", swath_km=float(rng.uniform(1, 15)), pd_day=float(pd[0]),
                pd_night=float(pd[1]), pd_cloud=float(pd[2]), availability=0.9,
                jam_susceptible=bool(rng.random() < 0.3))
        elif rng.random() < 0.5:
            catalogue[name] = PlatformType(
                name, "satellite", swath_km=float(rng.uniform(30, 300)), pd_day=float(pd[0]),
                pd_night=float(pd[1]), pd_cloud=float(pd[2]), revs_per_day=14.3,
                passes_per_rev=int(rng.integers(1, 3)), local_time_h=float(rng.uniform(0, 24)))
        else:
            catalogue[name] = PlatformType(
                name, "satellite", swath_km=10.0, pd_day=float(pd[0]), pd_night=float(pd[1]),
                pd_cloud=float(pd[2]), revisit_h=float(rng.uniform(2, 12)),
                local_time_h=float(rng.uniform(0, 24)))
        a = float(rng.uniform(0, total * 0.6))
        seg = (a, a + float(rng.uniform(total * 0.2, total))) if rng.random() < 0.7 else None
        fleet.append(FleetEntry(name, int(rng.integers(1, 4)), base="B",
                                base_lon=float(grid.lon[0]), base_lat=float(grid.lat[0]),
                                segment_km=seg,
                                standoff_km=float(rng.uniform(0, 2)) if rng.random() < 0.3 else 0.0))
    cond = Conditions(night_fraction=float(rng.uniform(0.2, 0.7)),
                      cloud_fraction=float(rng.uniform(0, 0.6)),
                      jamming_events_per_day=float(rng.choice([0.0, rng.uniform(2, 40)])),
                      jamming_outage_h=float(rng.uniform(0.1, 2.0)))
    step = float(rng.choice([2.0, 3.0, 5.0, 7.0]))
    window = step / 60.0 * int(rng.integers(60, 200))
    if rng.random() < 0.5:  # a band deeper than some swaths: patrols fly several lanes
        grid = replace(grid, depth_km=float(rng.uniform(1.0, 20.0)))
    return grid, fleet, catalogue, cond, window, step


SEEDS = range(10)


@pytest.mark.parametrize("seed", SEEDS)
def test_coverage_samples_match_the_loop(seed: int) -> None:
    grid, fleet, catalogue, cond, window, step = _random_case(seed)
    an = Analysis(window_h=window, step_min=step)
    samples, _ = sample_fleet(grid, fleet, catalogue, conditions=cond, analysis=an)
    covered, lm = coverage_loop(grid, fleet, catalogue, cond, an.n_steps, an.step_h)
    np.testing.assert_array_equal(samples.covered, np.array(covered))
    ref = np.array(lm)
    np.testing.assert_allclose(np.where(samples.covered, samples.logmiss, 0.0),
                               np.where(samples.covered, ref, 0.0), atol=2e-5, rtol=1e-5)


@pytest.mark.parametrize("rule", GAP_RULES)
@pytest.mark.parametrize("seed", SEEDS)
def test_figures_match_the_loop(seed: int, rule: str) -> None:
    grid, fleet, catalogue, cond, window, step = _random_case(seed)
    an = Analysis(window_h=window, step_min=step, gap_rule=rule, quantile=0.9,
                  durations_h=(0.0, step / 60.0, 0.5, 1.5, window * 1.3))
    figs = cell_figures(grid, fleet, catalogue, conditions=cond, analysis=an)
    ref = figures_loop(grid, fleet, catalogue, cond, an)

    def col(key: str) -> np.ndarray:
        return np.array([r[key] for r in ref], dtype=float)

    np.testing.assert_array_equal(figs.n_access, col("n_access").astype(int))
    np.testing.assert_allclose(figs.coverage_fraction, col("coverage"), atol=1e-12)
    for mine, key in ((figs.revisit_min_h, "rev_min"), (figs.revisit_mean_h, "rev_mean"),
                      (figs.revisit_max_h, "rev_max"), (figs.response_mean_h, "resp_mean")):
        np.testing.assert_allclose(mine, col(key), rtol=1e-9, atol=1e-9, err_msg=key)
    # Max and quantile of the wait are found on a grid of request instants dt/8 apart.
    tol = an.step_h / 8 + 1e-9
    np.testing.assert_allclose(figs.response_max_h, col("resp_max"), atol=tol)
    np.testing.assert_allclose(figs.response_pq_h, col("resp_q"), atol=tol)
    np.testing.assert_allclose(figs.pd_per_pass, col("pd_pass"), atol=3e-5)
    curve = np.array([r["pd_curve"] for r in ref], dtype=float)
    np.testing.assert_allclose(figs.pd_by_duration, curve, atol=3e-5)


def test_random_cases_exercise_every_branch() -> None:
    """The random cases are not trivial: gaps, full cover, no cover and jamming all occur."""
    seen = {"gaps": False, "never": False, "full": False, "jam": False, "sat": False,
            "lanes": False}
    for seed in SEEDS:
        grid, fleet, catalogue, cond, window, step = _random_case(seed)
        an = Analysis(window_h=window, step_min=step, durations_h=())
        figs = cell_figures(grid, fleet, catalogue, conditions=cond, analysis=an)
        seen["gaps"] |= bool(np.any(figs.revisit_max_h[np.isfinite(figs.revisit_max_h)] > 0))
        seen["never"] |= bool(np.any(figs.n_access == 0))
        seen["full"] |= bool(np.any(figs.coverage_fraction == 1.0))
        seen["jam"] |= cond.jamming_events_per_day > 0 and any(
            catalogue[e.type].jam_susceptible for e in fleet)
        seen["sat"] |= any(catalogue[e.type].kind == "satellite" for e in fleet)
        seen["lanes"] |= any(catalogue[e.type].kind == "patrol"
                             and catalogue[e.type].swath_km < grid.depth_km for e in fleet)
    assert all(seen.values()), seen


def test_loop_reference_is_not_trivially_the_model() -> None:
    """Sanity of the reference itself on a hand case: one pass every 2 h, perfect detection."""
    grid = MonitoringGrid.straight(3.0, 1.0)
    sat = PlatformType("s", "satellite", swath_km=10, pd_day=1, pd_night=1, pd_cloud=1,
                       revisit_h=2.0, local_time_h=0.0)
    an = Analysis(window_h=12.0, step_min=10.0, gap_rule="pessimistic", durations_h=(1.0,))
    ref = figures_loop(grid, [FleetEntry("s", 1)], {"s": sat}, Conditions(), an)
    for r in ref:
        assert math.isclose(r["rev_mean"], 2.0) and math.isclose(r["resp_mean"], 1.0)
        assert math.isclose(r["pd_curve"][0], 0.5, abs_tol=1e-9)
