"""The maritime model against closed forms: ships = ceil(n x D / (D - 2d/24v) x k); Montreux caps D at 21 days."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.errors import ModelError
from reassure.models.maritime import (
    DAYS_PER_YEAR,
    MONTREUX_MAX_STAY_DAYS,
    MaritimeInput,
    MaritimeTask,
    assess_maritime,
)


def task(**kw: object) -> MaritimeTask:
    base: dict[str, object] = dict(
        id="t", kind="escort", ships_on_station=2.0, transit_km=480.0, speed_kmh=20.0, deployment_days=21.0,
        readiness_ratio=3.0, crew_per_ship=180.0, cost_per_ship_year_eur_low=40e6, cost_per_ship_year_eur_high=80e6,
    )
    base.update(kw)
    return MaritimeTask(**base)  # type: ignore[arg-type]


def test_hand_worked_escort() -> None:
    # transit 480 km at 20 km/h = 1 day each way; 21-day deployment leaves 19 on station;
    # 2 on station need 2 x 21/19 = 2.21 in the cycle, x 3 = 6.63 -> 7 ships.
    r = assess_maritime(MaritimeInput((task(),)))
    t = r.tasks[0]
    assert t.transit_days == pytest.approx(1.0)
    assert t.days_on_station == pytest.approx(19.0)
    assert t.ships_in_cycle == pytest.approx(2 * 21 / 19)
    assert r.ships_needed == 7
    assert r.crew_deployed == pytest.approx(2 * 21 / 19 * 180)
    assert r.operating_cost_eur_per_year_low == pytest.approx(2 * 21 / 19 * 40e6)


def test_montreux_caps_non_littoral_stay_at_21_days() -> None:
    long = task(deployment_days=60.0)
    littoral = assess_maritime(MaritimeInput((long,))).tasks[0]
    outside = assess_maritime(MaritimeInput((task(deployment_days=60.0, non_littoral=True),))).tasks[0]
    assert not littoral.montreux_capped and littoral.deployment_days == 60.0
    assert outside.montreux_capped and outside.deployment_days == MONTREUX_MAX_STAY_DAYS
    assert outside.ships_in_cycle > littoral.ships_in_cycle  # more transits per day on station


def test_existing_group_share() -> None:
    # MCM Black Sea: 3 ships on task 60 days a year = 0.49 continuous ships, 16% of a 3-ship need.
    r = assess_maritime(MaritimeInput((task(kind="mcm", ships_on_station=3.0, existing_ships=3.0,
                                            existing_days_per_year=60.0),)))
    t = r.tasks[0]
    assert t.existing_continuous_ships == pytest.approx(3 * 60 / DAYS_PER_YEAR)
    assert t.existing_share_of_need == pytest.approx(60 / DAYS_PER_YEAR)


def test_unreachable_and_bad_inputs() -> None:
    r = assess_maritime(MaritimeInput((task(transit_km=6000.0),)))
    assert r.unreachable == ("t",) and r.ships_needed == 0
    with pytest.raises(ModelError, match="speed_kmh"):
        task(speed_kmh=0.0)
    with pytest.raises(ModelError, match="existing_days_per_year"):
        task(existing_days_per_year=400.0)


@settings(max_examples=60, deadline=None)
@given(n=st.integers(0, 6), transit=st.floats(0.0, 1500.0), speed=st.floats(10.0, 60.0),
       deploy=st.floats(5.0, 120.0), k=st.floats(1.0, 4.0), outside=st.booleans())
def test_closed_form(n: int, transit: float, speed: float, deploy: float, k: float, outside: bool) -> None:
    r = assess_maritime(MaritimeInput((task(ships_on_station=float(n), transit_km=transit, speed_kmh=speed,
                                            deployment_days=deploy, readiness_ratio=k, non_littoral=outside),)))
    d = min(deploy, 21.0) if outside else deploy
    on = d - 2 * transit / (24 * speed)
    if on <= 0:
        assert r.unreachable == ("t",)
        return
    assert r.ships_needed == math.ceil(n * d / on * k - 1e-9)
    assert r.ships_needed >= n * k - 1e-9
