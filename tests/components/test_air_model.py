"""The air model against closed forms: aircraft = stations x n x (F + G) / (F - 2d/v) / availability."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.errors import ModelError
from reassure.models.air import (
    DAYS_PER_YEAR,
    AirInput,
    AirPlatform,
    AirStation,
    assess_air,
    on_station_h_per_sortie,
    sorties_per_aircraft_day,
)


def platform(**kw: float) -> AirPlatform:
    base = dict(id="jet", cruise_speed_kmh=1000.0, sortie_h=4.0, tanked_sortie_h=8.0, ground_time_h=4.0,
                availability_fraction=0.5, crews_per_aircraft=1.25, cost_per_flight_hour_eur_low=10_000.0,
                cost_per_flight_hour_eur_high=20_000.0)
    base.update(kw)
    return AirPlatform(**base)  # type: ignore[arg-type]


def cap(transit_km: float = 500.0, n: float = 2.0, **kw: object) -> AirStation:
    return AirStation(id=str(kw.pop("id", "cap")), kind="cap", platform="jet", base="B", transit_km=transit_km,
                      aircraft_on_station=n, **kw)  # type: ignore[arg-type]


def test_hand_worked_cap() -> None:
    # F = 4 h, d = 500 km, v = 1000 km/h: on station 3 h a sortie; 2 aircraft airborne: 16 sorties/day;
    # an aircraft flies 24 / (4 + 4) = 3 a day: 16/3 = 5.33 mission-capable, / 0.5 = 10.67 -> 11.
    r = assess_air(AirInput((cap(),), (platform(),), tankers=False))
    s = r.stations[0]
    assert s.on_station_h_per_sortie == pytest.approx(3.0)
    assert s.sorties_per_day == pytest.approx(16.0)
    assert s.sorties_per_aircraft_day == pytest.approx(3.0)
    assert s.aircraft_mission_capable == pytest.approx(16 / 3)
    assert s.aircraft_needed == 11
    assert s.aircrew_needed == math.ceil(11 * 1.25)  # 14
    assert s.flight_hours_per_year == pytest.approx(16 * 4 * DAYS_PER_YEAR)
    assert r.operating_cost_eur_per_year_low == pytest.approx(16 * 4 * DAYS_PER_YEAR * 10_000)
    assert r.operating_cost_eur_per_year_high == pytest.approx(2 * r.operating_cost_eur_per_year_low)


def test_tankers_lengthen_time_on_station_and_cut_the_fleet() -> None:
    alone = assess_air(AirInput((cap(),), (platform(),), tankers=False))
    tanked = assess_air(AirInput((cap(),), (platform(),), tankers=True))
    # tanked: on station 8 - 1 = 7 h; 48/7 sorties; 24/12 = 2 a day; 48/14 = 3.43 MC; / 0.5 -> 7
    assert tanked.stations[0].on_station_h_per_sortie == pytest.approx(7.0)
    assert tanked.aircraft_needed == 7
    assert tanked.aircraft_needed < alone.aircraft_needed


def test_sustained_cap_on_sortie_rate() -> None:
    r = assess_air(AirInput((cap(),), (platform(max_sorties_per_aircraft_day=1.0),), tankers=False))
    assert r.stations[0].sorties_per_aircraft_day == 1.0
    assert r.aircraft_needed == math.ceil(16 / 1.0 / 0.5)  # 32


def test_out_of_reach_station_is_flagged_not_sized() -> None:
    r = assess_air(AirInput((cap(transit_km=2500.0),), (platform(),), tankers=False))
    assert r.unreachable == ("cap",)
    assert r.aircraft_needed == 0
    assert not r.stations[0].reachable


def test_qra_follows_the_alert_ratio_and_us_stations_are_not_europes() -> None:
    qra = AirStation(id="qra", kind="qra", platform="jet", base="B", transit_km=100.0, aircraft_on_station=2.0,
                     alert_ratio=2.0, scrambles_per_day=0.9, scramble_sortie_h=1.5)
    us = cap(id="us-cap", us=True)
    r = assess_air(AirInput((qra, us), (platform(),), tankers=False))
    assert r.stations[0].aircraft_needed == 4  # Baltic Air Policing: 4 hold 2 on alert
    assert r.stations[0].flight_hours_per_year == pytest.approx(0.9 * 1.5 * DAYS_PER_YEAR)
    assert r.aircraft_needed == 4
    assert r.us_aircraft == 11


def test_bad_platform_inputs_are_refused() -> None:
    with pytest.raises(ModelError, match="availability_fraction"):
        platform(availability_fraction=0.0)
    with pytest.raises(ModelError, match="tanked_sortie_h"):
        platform(tanked_sortie_h=1.0)
    with pytest.raises(ModelError, match="unknown platform"):
        assess_air(AirInput((AirStation("x", "cap", "nope", "B", 1.0, 1.0),), (platform(),), False))


@settings(max_examples=60, deadline=None)
@given(
    sortie_h=st.floats(1.0, 10.0), ground_h=st.floats(0.0, 8.0), transit_km=st.floats(0.0, 1500.0),
    speed=st.floats(300.0, 1500.0), n=st.integers(1, 4), avail=st.floats(0.2, 1.0),
)
def test_closed_form_for_any_reachable_cap(sortie_h: float, ground_h: float, transit_km: float, speed: float,
                                           n: int, avail: float) -> None:
    p = platform(sortie_h=sortie_h, tanked_sortie_h=sortie_h, ground_time_h=ground_h, cruise_speed_kmh=speed,
                 availability_fraction=avail)
    s = on_station_h_per_sortie(sortie_h, transit_km, speed)
    r = assess_air(AirInput((cap(transit_km=transit_km, n=n),), (p,), tankers=False))
    if s <= 0:
        assert r.unreachable == ("cap",)
        return
    mc = n * (sortie_h + ground_h) / s  # stations x n x (F + G) / on-station hours
    assert r.stations[0].aircraft_mission_capable == pytest.approx(mc, rel=1e-9)
    assert r.aircraft_needed == math.ceil(mc / avail - 1e-9)
    # never fewer aircraft than the ones airborne at once, and more with a longer transit
    assert r.aircraft_needed >= n
    farther = assess_air(AirInput((cap(transit_km=transit_km + 50.0, n=n),), (p,), tankers=False))
    assert farther.unreachable or farther.aircraft_needed >= r.aircraft_needed
    assert sorties_per_aircraft_day(sortie_h, ground_h) == pytest.approx(24 / (sortie_h + ground_h))
