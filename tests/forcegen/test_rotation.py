"""Rotation arithmetic against the published ratios (figures.md §1.4, §2.8; nations.md §1c).

Each published claim is reproduced from its own definition of tour and interval; the oracle is
the published number, never the model's output.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from reassure.errors import ModelError
from reassure.models.forcegen import (
    cumulative_individuals,
    rotation_pool_troops,
    tours_per_individual,
    units_per_deployed,
)


def test_gady_iiss_2_5_to_1_from_40000_to_100000() -> None:
    # Gady/IISS (figures.md §1.4): 40,000 deployed, "up to 100,000 troops could be involved".
    # The source gives no tour length; 2.5 is (T + I) / T with I = 1.5 T, e.g. 6 and 9 months.
    assert units_per_deployed(6, 9) == pytest.approx(2.5)
    assert units_per_deployed(4, 6) == pytest.approx(2.5)
    assert rotation_pool_troops(40_000, 6, 9) == pytest.approx(100_000)


def test_us_one_to_two_dwell_nine_and_eighteen_months_is_3() -> None:
    # RAND (figures.md §2.8): "A Nine month deployment with 18 months at home ... (1:2)".
    assert units_per_deployed(9, 18) == pytest.approx(3.0)


def test_rand_8_24_and_12_36_both_give_4() -> None:
    # RAND: "eight-month deployments followed by 24 months of dwell time requires the same
    # number of units per deployed BCT (four) as ... 12 month deployments followed by 36".
    assert units_per_deployed(8, 24) == pytest.approx(4.0)
    assert units_per_deployed(12, 36) == pytest.approx(4.0)


def test_times_radakin_64000_for_two_years_is_256000() -> None:
    # The Times (figures.md §1.4): "to maintain 64,000 peacekeepers for two years, including
    # rotation, it will take as many as 256,000 military personnel" (4:1).
    # As a steady pool under RAND's 8/24 rule ...
    assert rotation_pool_troops(64_000, 8, 24) == pytest.approx(256_000)
    # ... and as distinct people over the two years with 6-month tours and no second tour.
    assert cumulative_individuals(64_000, 6, 24, 24, max_tours_per_individual=1) == 256_000


def test_uk_harmony_six_month_tour_and_24_month_interval_is_5_or_4() -> None:
    # Chilcot/Hansard (figures.md §2.8): "24 month average interval between Unit tours";
    # 5 if counted end to start (the "rule of five"), 4 if start to start.
    assert units_per_deployed(6, 24) == pytest.approx(5.0)
    assert units_per_deployed(6, 24, interval_measured="start_to_start") == pytest.approx(4.0)


def test_french_rule_of_thirds_is_3() -> None:
    # EMAT 2024 (nations.md §1c): 1/3 engaged, 1/3 preparing, 1/3 training.
    assert units_per_deployed(4, 8) == pytest.approx(3.0)


def test_vectorised_over_arrays() -> None:
    ratio = units_per_deployed(np.array([6, 9, 8]), np.array([24, 18, 24]))
    np.testing.assert_allclose(ratio, [5, 3, 4])


@pytest.mark.parametrize(
    ("tour", "interval"), [(0, 24), (-6, 24), (6, -1), (float("nan"), 6), (6, float("inf"))]
)
def test_bad_rotation_inputs_raise(tour: float, interval: float) -> None:
    with pytest.raises(ModelError):
        units_per_deployed(tour, interval)


def test_negative_deployed_raises() -> None:
    with pytest.raises(ModelError):
        rotation_pool_troops(-1, 6, 24)


def _schedule_cohorts(horizon: float, tour: float, interval: float, max_tours: int | None) -> int:
    """Independent reference: the fewest cohorts for which a calendar simulation succeeds.

    Rotation i starts at i * tour. With a fixed number of cohorts, each rotation goes to a
    cohort that has rested `interval` since its last tour ended and has served fewer than
    `max_tours` (the one with the fewest tours, then the longest rest); the simulation fails if
    none is free. The smallest number of cohorts that never fails is returned.
    """
    n = math.ceil(horizon / tour - 1e-9)
    for cohorts in range(1, n + 1):
        free_at = [0.0] * cohorts
        served = [0] * cohorts
        ok = True
        for i in range(n):
            start = i * tour
            free = [
                c
                for c in range(cohorts)
                if free_at[c] <= start + 1e-9 and (max_tours is None or served[c] < max_tours)
            ]
            if not free:
                ok = False
                break
            pick = min(free, key=lambda c: (served[c], free_at[c]))
            free_at[pick] = start + tour + interval
            served[pick] += 1
        if ok:
            return cohorts
    raise AssertionError("unreachable: n cohorts always suffice")


@pytest.mark.parametrize(
    ("horizon", "tour", "interval", "max_tours"),
    [
        (24, 6, 24, 1),
        (240, 6, 24, None),
        (240, 6, 24, 2),
        (360, 4, 8, 3),
        (30, 6, 24, None),
        (100, 7, 10, None),
        (100, 7, 10, 4),
        (12, 12, 0, None),
    ],
)
def test_cumulative_individuals_match_a_calendar_simulation(
    horizon: float, tour: float, interval: float, max_tours: int | None
) -> None:
    cohorts = _schedule_cohorts(horizon, tour, interval, max_tours)
    assert cumulative_individuals(1000, tour, interval, horizon, max_tours) == 1000 * cohorts


def test_long_horizon_without_limit_needs_only_the_pool() -> None:
    # With no re-deployment limit, the same people rotate for ever: people = pool (rule of five).
    assert cumulative_individuals(10_000, 6, 24, 240) == rotation_pool_troops(10_000, 6, 24)


def test_tours_per_individual() -> None:
    # 6-month tours, 24 months apart: tours start at 0, 30, 60, ... within 240 months -> 8.
    assert tours_per_individual(240, 6, 24) == 8
    assert tours_per_individual(240, 6, 24, max_tours_per_individual=3) == 3
    assert tours_per_individual(3, 6, 24) == 1
