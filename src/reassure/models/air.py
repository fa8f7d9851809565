r"""The air component: continuous air patrols and quick-reaction alert, sized and costed.

A *station* is a task that must be held around the clock from one base: a combat air patrol
(CAP) keeps ``aircraft_on_station`` aircraft airborne over a point, an airborne early-warning
orbit (AEW, e.g. an E-3) keeps one radar aircraft airborne, and a quick-reaction alert (QRA)
keeps ``aircraft_on_station`` aircraft armed on the ground, ready to scramble.

For an airborne station flown by a type with sortie flight time :math:`F` (h, internal fuel, or
the crew-limited time when tankers are available), transit distance :math:`d` (km) at cruise
speed :math:`v` (km/h), ground time between sorties :math:`G` (h: turnaround plus maintenance,
RAND's sortie-rate model :math:`SR = 24 / (FT + TAT + MT)`) and mission-capable rate :math:`a`:

.. math::

    \text{on-station hours per sortie} \quad s = F - 2d/v

    \text{sorties per day} \quad S = 24\, n / s \qquad (n = \text{aircraft kept on station})

    \text{sorties per aircraft-day} \quad r = \min(24 / (F + G),\ r_{max})

    \text{mission-capable aircraft} \quad m = S / r \quad (= n\,(F + G) / s \text{ when uncapped})

    \text{aircraft needed} \quad N = \lceil m / a \rceil

A QRA station needs ``alert_ratio`` aircraft per aircraft on alert (Baltic Air Policing: four
fighters hold two on alert) and flies ``scrambles_per_day`` sorties of ``scramble_sortie_h``
hours. Aircrew are ``crews_per_aircraft`` per aircraft. Flying hours a year are sorties times
sortie flight time times 365.25; the operating cost is flying hours times the cost per flying
hour (a range, low and high). Capital cost is never added here: it is reported separately and
labelled.

A station flown by US aircraft (``us``) is sized like any other but is not Europe's to field: the
totals count Europe's stations only, and ``us_aircraft`` the US ones. Of Europe's aircraft,
``fighters_needed`` counts those of the fighter stations (``cap`` and ``qra``,
:data:`FIGHTER_KINDS`), leaving out the radar aircraft of the early-warning (``aew``) orbits: a
count of fighters (committed, offered, estimated) is held against it, not against all aircraft. A station the plan asks for
that no one flies on this side (US aircraft only, without the US backstop) comes in
``AirInput.lost``: it is sized as Europe would have to fly it on this side (its tankers), to say
what keeping it would take, but counted in no total (``AirResult.lost``).

Inputs are plain floats whose names carry the unit; results are frozen dataclasses with
``to_dict()``. Nothing here reads files.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from reassure.errors import ModelError
from reassure.models._checks import (
    check_low_high,
    check_non_negative,
    check_positive,
    check_unit_interval,
    require,
)
from reassure.models._common import DAYS_PER_YEAR, ItemResult, JsonRecord, item_costs, summed_costs

__all__ = [
    "DAYS_PER_YEAR",
    "FIGHTER_KINDS",
    "AirInput",
    "AirPlatform",
    "AirResult",
    "AirStation",
    "StationResult",
    "aircraft_needed",
    "assess_air",
    "on_station_h_per_sortie",
    "sorties_per_aircraft_day",
]

StationKind = Literal["cap", "aew", "qra"]
#: The station kinds flown by fighters: a combat air patrol (fighters airborne over a site) and
#: quick-reaction alert (fighters armed on the ground); an ``aew`` orbit is flown by a radar
#: aircraft (E-3, GlobalEye), which a count of fighters leaves out (review s51).
FIGHTER_KINDS: frozenset[str] = frozenset({"cap", "qra"})


@dataclass(frozen=True)
class AirPlatform:
    """One aircraft type as flown on the task (canonical units in the names)."""

    id: str
    cruise_speed_kmh: float
    sortie_h: float  # flight time per sortie on internal fuel
    tanked_sortie_h: float  # flight time per sortie when air-to-air refuelling is available
    ground_time_h: float  # turnaround plus maintenance between sorties
    availability_fraction: float  # mission-capable rate
    crews_per_aircraft: float
    cost_per_flight_hour_eur_low: float
    cost_per_flight_hour_eur_high: float
    capital_cost_eur_per_aircraft: float | None = None  # reported, labelled, never added to running cost
    max_sorties_per_aircraft_day: float = math.inf  # sustained cap (crews, maintenance shifts)

    def __post_init__(self) -> None:
        where = f"air platform {self.id}"
        for name in ("cruise_speed_kmh", "sortie_h", "tanked_sortie_h", "crews_per_aircraft",
                     "max_sorties_per_aircraft_day"):
            check_positive(f"{where}: {name}", getattr(self, name))
        check_non_negative(f"{where}: ground_time_h", self.ground_time_h)
        check_unit_interval(f"{where}: availability_fraction", self.availability_fraction, open_low=True)
        check_low_high(f"{where}: cost_per_flight_hour_eur", self.cost_per_flight_hour_eur_low,
                       self.cost_per_flight_hour_eur_high)
        require(self.tanked_sortie_h >= self.sortie_h, f"{where}: tanked_sortie_h must be >= sortie_h")


@dataclass(frozen=True)
class AirStation:
    """One task held around the clock."""

    id: str
    kind: StationKind
    platform: str  # AirPlatform.id
    base: str
    transit_km: float  # base to station, one way
    aircraft_on_station: float  # airborne (cap, aew) or on alert (qra)
    us: bool = False  # flown by US aircraft: sized, but not counted in Europe's totals
    alert_ratio: float = 2.0  # qra: aircraft held per aircraft on alert
    scrambles_per_day: float = 0.0  # qra: real scrambles a day
    scramble_sortie_h: float = 1.0  # qra: flight time per scramble


@dataclass(frozen=True)
class AirInput:
    """The air component as plain numbers."""

    stations: tuple[AirStation, ...]
    platforms: tuple[AirPlatform, ...]
    tankers: bool  # air-to-air refuelling available (US tankers, or European ones)
    # the plan's stations no one flies on this side (US aircraft only, without the US backstop),
    # each as Europe would have to fly it: sized, in no total
    lost: tuple[AirStation, ...] = ()

    def __post_init__(self) -> None:
        both = {s.id for s in self.stations} & {s.id for s in self.lost}
        require(not both, f"air stations both flown and lost: {sorted(both)}")
        require(not any(s.us for s in self.lost), "a lost air station is sized as Europe would fly it (us = False)")


@dataclass(frozen=True)
class StationResult(ItemResult):
    """What one station needs."""

    platform: str
    base: str
    us: bool
    transit_km: float
    reachable: bool
    on_station_h_per_sortie: float
    sorties_per_day: float
    sorties_per_aircraft_day: float
    aircraft_mission_capable: float
    aircraft_needed: int
    aircrew_needed: int
    flight_hours_per_year: float
    operating_cost_eur_per_year_low: float
    operating_cost_eur_per_year_high: float
    capital_cost_eur: float | None


@dataclass(frozen=True)
class AirResult(JsonRecord):
    """The air component's totals (stations flown by the US are listed but not summed as Europe's)."""

    stations: tuple[StationResult, ...]
    tankers: bool
    aircraft_needed: int
    # of aircraft_needed, those of the fighter stations (FIGHTER_KINDS: cap, qra); the rest are
    # the early-warning (aew) orbits' radar aircraft (review s51)
    fighters_needed: int
    aircrew_needed: int
    sorties_per_day: float
    flight_hours_per_year: float
    operating_cost_eur_per_year_low: float
    operating_cost_eur_per_year_high: float
    capital_cost_eur: float | None
    unreachable: tuple[str, ...]
    us_aircraft: int
    # the plan's stations no one flies on this side (`AirInput.lost`), each sized as Europe would
    # have to fly it (what keeping it would take); in no total, nor in ``unreachable``
    lost: tuple[StationResult, ...] = ()


def on_station_h_per_sortie(sortie_h: float, transit_km: float, cruise_speed_kmh: float) -> float:
    """Hours a sortie spends on station: flight time less the two transits (may be <= 0).

    >>> on_station_h_per_sortie(3.8, 500.0, 1000.0)
    2.8
    """
    return sortie_h - 2.0 * transit_km / cruise_speed_kmh


def sorties_per_aircraft_day(sortie_h: float, ground_time_h: float) -> float:
    """RAND's sortie-rate model for a mission-capable aircraft: 24 / (flight time + ground time).

    >>> sorties_per_aircraft_day(3.0, 3.0)
    4.0
    """
    return 24.0 / (sortie_h + ground_time_h)


def aircraft_needed(mission_capable: float, availability_fraction: float) -> int:
    """Aircraft to hold so that ``mission_capable`` are available at the mission-capable rate.

    The 1e-9 guards against a float product such as 6.000000000001 rounding up to 7.

    >>> aircraft_needed(6.0, 0.75)
    8
    """
    return math.ceil(mission_capable / availability_fraction - 1e-9)


def _station(st: AirStation, p: AirPlatform, tankers: bool) -> StationResult:
    for name in ("transit_km", "aircraft_on_station"):
        check_non_negative(f"air station {st.id}: {name}", getattr(st, name))
    if st.kind == "qra":
        flight_h = st.scramble_sortie_h
        mc = st.aircraft_on_station * st.alert_ratio * p.availability_fraction
        # Held aircraft follow the published alert ratio directly (it already allows for spares).
        need = math.ceil(st.aircraft_on_station * st.alert_ratio - 1e-9)
        sorties = st.scrambles_per_day
        rate = min(sorties_per_aircraft_day(flight_h, p.ground_time_h), p.max_sorties_per_aircraft_day)
        on_station = float("inf")
        reachable = 2.0 * st.transit_km / p.cruise_speed_kmh < flight_h
    else:
        flight_h = p.tanked_sortie_h if tankers else p.sortie_h
        on_station = on_station_h_per_sortie(flight_h, st.transit_km, p.cruise_speed_kmh)
        rate = min(sorties_per_aircraft_day(flight_h, p.ground_time_h), p.max_sorties_per_aircraft_day)
        reachable = on_station > 0
        if reachable:
            sorties = 24.0 * st.aircraft_on_station / on_station
            mc = sorties / rate
            need = aircraft_needed(mc, p.availability_fraction)
        else:
            sorties, mc, need = 0.0, math.inf, 0
    hours = sorties * flight_h * DAYS_PER_YEAR
    crews = math.ceil(need * p.crews_per_aircraft - 1e-9)
    return StationResult(
        id=st.id, kind=st.kind, platform=p.id, base=st.base, us=st.us, transit_km=st.transit_km,
        reachable=reachable, on_station_h_per_sortie=on_station, sorties_per_day=sorties,
        sorties_per_aircraft_day=rate, aircraft_mission_capable=mc, aircraft_needed=need,
        aircrew_needed=crews, flight_hours_per_year=hours,
        **item_costs(hours, p.cost_per_flight_hour_eur_low, p.cost_per_flight_hour_eur_high,
                     need, p.capital_cost_eur_per_aircraft),
    )


def assess_air(inp: AirInput) -> AirResult:
    """Size and cost every station; totals count only European (non-US) stations, ``us_aircraft``
    the US ones; the lost stations are sized apart (``lost``), in no total."""
    platforms = {p.id: p for p in inp.platforms}

    def sized(st: AirStation) -> StationResult:
        if st.platform not in platforms:
            raise ModelError(f"air station {st.id}: unknown platform {st.platform!r}")
        return _station(st, platforms[st.platform], inp.tankers)

    results = [sized(st) for st in inp.stations]
    own = [r for r in results if not r.us]
    return AirResult(
        stations=tuple(results),
        tankers=inp.tankers,
        aircraft_needed=sum(r.aircraft_needed for r in own),
        fighters_needed=sum(r.aircraft_needed for r in own if r.kind in FIGHTER_KINDS),
        aircrew_needed=sum(r.aircrew_needed for r in own),
        sorties_per_day=sum(r.sorties_per_day for r in own),
        flight_hours_per_year=sum(r.flight_hours_per_year for r in own),
        **summed_costs(own),
        unreachable=tuple(r.id for r in results if not r.reachable),
        us_aircraft=sum(r.aircraft_needed for r in results if r.us),
        lost=tuple(sized(st) for st in inp.lost),
    )
