"""Reinforcement build-up: a hand-worked airlift example, and the greedy against an LP."""

from __future__ import annotations

import numpy as np
import pytest

from reassure.errors import ModelError
from reassure.models.buildup import (
    AirliftFleet,
    ReadinessTier,
    SurfaceChannel,
    airfield_sorties_per_day,
    buildup_curve,
    fleet_troops_per_day,
    sorties_per_aircraft_day,
)


def test_hand_worked_airlift_example() -> None:
    # 10 A400M, 116 troops a sortie, 780 km/h, 2 h on the ground at each end, 780 km away,
    # 16 operating hours a day.
    #   round trip: 2 x 780/780 = 2 h flying + 2 x 2 h on the ground = 6 h
    #   sorties: 16 / 6 = 2.667 per aircraft, 26.67 for the fleet -> 26.67 x 116 = 3,093.3 troops/day
    # Arrival airfield, MOG 2: 2 x 16 h x 0.85 = 27.2 aircraft-hours -> 13.6 sorties of 2 h
    #   -> 13.6 x 116 = 1,577.6 troops/day: the airfield, not the fleet, is the limit.
    # 5,000 troops ready at day 2 move from day 3:
    #   end of day 3: 1,577.6; day 4: 3,155.2; day 5: 4,732.8; day 6: 5,000 (closed on day 6).
    assert sorties_per_aircraft_day(780, 780, 2.0, 16) == pytest.approx(16 / 6)
    fleet = [AirliftFleet("a400m", 10, 116, 780, 2.0)]
    assert fleet_troops_per_day(fleet, 780, 16) == pytest.approx(26.6667 * 116, rel=1e-4)
    assert airfield_sorties_per_day(2, 16, 2.0) == pytest.approx(13.6)
    per_day = fleet_troops_per_day(fleet, 780, 16, max_on_ground=2)
    assert per_day == pytest.approx(1577.6)
    curve = buildup_curve([SurfaceChannel("airlift", per_day, 0.0)],
                          [ReadinessTier("vjtf", 5000, 2.0)], 8, close_targets=[5000, 4000])
    np.testing.assert_allclose(curve.troops, [0, 0, 1577.6, 3155.2, 4732.8, 5000, 5000, 5000])
    assert curve.close_day == (6, 5)
    assert curve.day_to_close(6000) is None
    d = curve.to_dict()
    assert d["buildup"][2] == {"day": 3, "troops": 1577.6}


def test_airfield_time_goes_to_the_best_aircraft_first() -> None:
    # A: 100 troops per 2 h on the ground (50/h); B: 100 troops per 4 h (25/h).
    a = AirliftFleet("a", 10, 100, 800, 2.0)
    b = AirliftFleet("b", 10, 100, 800, 4.0, is_us=True)
    # 24 h, no flying distance: A could fly 10 x 24/4 = 60 sorties (120 ground-h), B 10 x 24/8 = 30
    # (120 ground-h). MOG 2 x 24 x 1.0 = 48 ground-h -> all to A: 24 sorties, 2,400 troops.
    assert fleet_troops_per_day([a, b], 0.0, 24, max_on_ground=2, queuing_efficiency=1.0) == \
        pytest.approx(2400)
    assert fleet_troops_per_day([a], 0.0, 24, max_on_ground=2, queuing_efficiency=1.0) == \
        pytest.approx(2400)
    assert fleet_troops_per_day([a, b], 0.0, 24, max_on_ground=2, queuing_efficiency=1.0,
                                include_us=False) == pytest.approx(2400)
    # without a cap both fleets count
    assert fleet_troops_per_day([a, b], 0.0, 24) == pytest.approx(60 * 100 + 30 * 100)


def test_waiting_for_the_aircraft_beats_the_slow_train() -> None:
    # 3,000 ready at once; air lands 2,000 a day the same day, rail 2,000 a day after 3 days.
    curve = buildup_curve([SurfaceChannel("air", 2000, 0.0), SurfaceChannel("rail", 2000, 3.0)],
                          [ReadinessTier("all", 3000, 0.0)], 5)
    np.testing.assert_allclose(curve.troops, [2000, 3000, 3000, 3000, 3000])
    np.testing.assert_allclose(curve.by_channel["rail"], 0.0)


def _lp_max_by_day(channels, tiers, horizon, day):  # noqa: ANN001, ANN202
    """Independent reference: the most troops in theatre by ``day`` as an LP (scipy linprog)."""
    from scipy.optimize import linprog

    lags = [int(np.ceil(c.transit_days - 1e-9)) for c in channels]
    var = [(c, d) for c in range(len(channels)) for d in range(1, horizon + 1)]
    obj = [-1.0 if d + lags[c] <= day else 0.0 for c, d in var]
    ub = []
    for c, d in var:
        open_ = d - 1 >= channels[c].start_day - 1e-9
        ub.append(channels[c].troops_per_day if open_ else 0.0)
    rows, rhs = [], []
    for x in range(1, horizon + 1):
        rows.append([1.0 if d <= x else 0.0 for _, d in var])
        rhs.append(sum(t.troops for t in tiers if t.ready_day <= x - 1))
    res = linprog(obj, A_ub=rows, b_ub=rhs, bounds=list(zip([0.0] * len(ub), ub, strict=True)),
                  method="highs")
    return -res.fun


@pytest.mark.parametrize("seed", range(8))
def test_greedy_buildup_is_the_lp_optimum_for_every_day(seed: int) -> None:
    rng = np.random.default_rng(seed)
    channels = [SurfaceChannel(f"c{k}", float(rng.integers(100, 2000)), float(rng.uniform(0, 5)),
                               float(rng.uniform(0, 4))) for k in range(3)]
    tiers = [ReadinessTier(f"t{k}", float(rng.integers(500, 6000)), float(rng.uniform(0, 10)))
             for k in range(3)]
    horizon = 15
    curve = buildup_curve(channels, tiers, horizon)
    for day in range(1, horizon + 1):
        assert curve.troops[day - 1] == pytest.approx(_lp_max_by_day(channels, tiers, horizon, day),
                                                      abs=1e-6)


def test_us_channels_drop_without_us_and_bad_inputs_are_refused() -> None:
    chans = [SurfaceChannel("eu", 100, 0), SurfaceChannel("us", 900, 0, is_us=True)]
    tiers = [ReadinessTier("t", 10_000, 0)]
    assert buildup_curve(chans, tiers, 1).troops[0] == 1000
    assert buildup_curve(chans, tiers, 1, include_us=False).troops[0] == 100
    assert buildup_curve([], tiers, 2, include_us=False).notes
    with pytest.raises(ModelError):
        buildup_curve(chans, tiers, 0)
    with pytest.raises(ModelError):
        buildup_curve([SurfaceChannel("x", -1, 0)], tiers, 3)
    with pytest.raises(ModelError):
        sorties_per_aircraft_day(100, 0, 1, 16)
