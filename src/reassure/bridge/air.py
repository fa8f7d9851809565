"""Scenario `[air_policing]` -> :class:`reassure.models.air.AirInput` (plain floats)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reassure.bridge._common import eur_midpoint, eur_range, eur_rates, km_between, nominal
from reassure.models.air import AirInput, AirPlatform, AirStation

if TYPE_CHECKING:
    from reassure.models.solve import AirPolicingInput

__all__ = ["ENDS", "AlertStation", "air_input", "alert_stations", "build_input", "qra_readiness_h",
           "sizing_at_ends", "station_is_us", "tankers_available"]


def tankers_available(scenario: Any) -> bool:
    """Air-to-air refuelling: US tankers (if counted on) or Europe's own, as the section says."""
    spec = scenario.air_policing
    return bool(scenario.us_backstop.tanker or (spec is not None and spec.european_tankers))


def station_is_us(scenario: Any, station: Any) -> bool:
    """True if the US flies this station in this scenario (then it is not Europe's to field)."""
    if station.us:
        return True
    return bool(station.us_enabler and getattr(scenario.us_backstop, station.us_enabler))


#: Which end of each input range gives the most aircraft (review s53 5): a slower cruise, a
#: shorter sortie, a longer turnaround, a lower mission-capable rate and sortie cap, more aircraft
#: on station, a higher alert ratio, more and longer scrambles, more crews per aircraft.
_MOST_AT_HIGH = {"cruise_speed": False, "sortie": False, "tanked_sortie": False, "ground_time": True,
                 "availability": False, "max_sorties": False, "crews_per_aircraft": True,
                 "aircraft": True, "alert_ratio": True, "scrambles": True, "scramble_sortie": True}
#: The two ends `air_input` can read instead of every range's midpoint.
ENDS = ("fewest", "most")


def _value(q: Any, unit: str, field: str, end: str | None) -> float:
    """``q`` in ``unit``: its midpoint, or with ``end`` ("fewest", "most") the end of its range
    that gives the fewest or the most aircraft (`_MOST_AT_HIGH`)."""
    if end is None or not q.is_range:
        return nominal(q, unit)
    ranged = q.to(unit)
    high = _MOST_AT_HIGH[field] == (end == "most")
    return float(ranged.high if high else ranged.low)


def _value_or(q: Any, unit: str, default: float, field: str, end: str | None) -> float:
    return default if q is None else _value(q, unit, field, end)


def air_input(scenario: Any, end: str | None = None) -> AirInput | None:
    """The air component's model input, or None when the scenario has no `[air_policing]`.

    Stations flown only by the US (`us = true`) are left out when the plan counts on no US
    enabler at all (the "without US" side): US aircraft only, so no one flies them; they go in
    ``lost``, sized as Europe would have to fly them, for the report to say so (and what keeping
    them would take) rather than let them vanish. A station with `us_enabler` (and not `us`) is
    flown by the US while that enabler is on and by Europe otherwise: it is never lost. `us = true`
    wins over a `us_enabler` given with it (one inherited from a parent plan, say).

    ``end`` ("fewest" or "most", `ENDS`): every ranged input that sizes the aircraft is read at
    the end of its range that gives the fewest or the most aircraft, not at its midpoint (review
    s53 5: 82 fighters printed as one number, 63 to 115 over the inputs' ends); the costs stay as
    they are (their low and high are reported already).
    """
    spec = scenario.air_policing
    if spec is None:
        return None
    from reassure.theatres import load_theatre

    theatre = load_theatre(scenario.theatre)
    rates = eur_rates(spec)
    platforms = []
    for p in spec.platforms:
        low, high = eur_range(p.cost_per_flight_hour, rates, f"air_policing.platforms.{p.id}.cost_per_flight_hour")
        capital = eur_midpoint(p.capital_cost, rates, f"air_policing.platforms.{p.id}.capital_cost")
        sortie = _value(p.sortie, "h", "sortie", end)
        platforms.append(AirPlatform(
            id=p.id, cruise_speed_kmh=_value(p.cruise_speed, "km/h", "cruise_speed", end), sortie_h=sortie,
            # a tanked sortie is never shorter than an untanked one, whichever ends are read
            tanked_sortie_h=max(sortie, _value(p.tanked_sortie, "h", "tanked_sortie", end)),
            ground_time_h=_value(p.ground_time, "h", "ground_time", end),
            availability_fraction=_value(p.availability, "fraction", "availability", end),
            crews_per_aircraft=_value(p.crews_per_aircraft, "ratio", "crews_per_aircraft", end),
            cost_per_flight_hour_eur_low=low, cost_per_flight_hour_eur_high=high,
            capital_cost_eur_per_aircraft=capital,
            max_sorties_per_aircraft_day=_value_or(p.max_sorties, "1/day", math.inf, "max_sorties", end),
        ))
    stations: list[AirStation] = []
    lost: list[AirStation] = []
    for s in spec.stations:
        no_one = s.us and not scenario.us_backstop.any  # US aircraft only, and no US: lost
        site = s.site if s.site is not None else s.base  # qra without a site: checks the base id only
        transit = km_between(theatre, s.base, site, f"air_policing.stations.{s.id}")
        (lost if no_one else stations).append(AirStation(
            id=s.id, kind=s.kind, platform=s.platform, base=s.base, transit_km=transit,
            aircraft_on_station=_value(s.aircraft, "aircraft", "aircraft", end),
            us=not no_one and station_is_us(scenario, s),
            alert_ratio=_value_or(s.alert_ratio, "ratio", 2.0, "alert_ratio", end),
            scrambles_per_day=_value_or(s.scrambles, "1/day", 0.0, "scrambles", end),
            scramble_sortie_h=_value_or(s.scramble_sortie, "h", 1.0, "scramble_sortie", end),
        ))
    return AirInput(stations=tuple(stations), platforms=tuple(platforms), tankers=tankers_available(scenario),
                    lost=tuple(lost))


def build_input(scenario: Any, upstream: Any = None, *, us_backstop: bool = True) -> AirPolicingInput:
    """The air capability's input for one side (without the US: every US enabler off)."""
    from reassure.models.solve import AirPolicingInput

    side = scenario if us_backstop else scenario.without_us()
    spec = scenario.air_policing
    committed = getattr(spec, "committed_aircraft", None)
    return AirPolicingInput(
        air=air_input(side),
        committed_aircraft_max=None if committed is None else float(committed.to("aircraft").high),
        committed_aircraft_text="" if committed is None else committed.text(),
    )


def sizing_at_ends(scenario: Any, *, us_backstop: bool = True) -> tuple[Any, Any] | None:
    """The air stations sized on one side (as `build_input`) with every ranged sizing input at
    the end that gives the fewest aircraft, then the most (`AirResult` each); None without an
    `[air_policing]` (review s53 5)."""
    from reassure.models.air import assess_air

    side = scenario if us_backstop else scenario.without_us()
    fewest, most = air_input(side, "fewest"), air_input(side, "most")
    if fewest is None or most is None:
        return None
    return assess_air(fewest), assess_air(most)


def qra_readiness_h() -> float:
    """Activation to airborne of an alert fighter, from the aircraft catalogue (``qra.readiness``)."""
    from reassure.spec.sections.posture import load_aircraft_catalogue

    return float(load_aircraft_catalogue().qra.readiness.in_("h"))


@dataclass(frozen=True)
class AlertStation:
    """A quick-reaction-alert station of an air-policing outcome, as a responder: where it waits,
    how fast and how far its scramble flies, and how long it can stay over a call."""

    name: str  # "<station>@<base>"
    platform: str
    base: str
    lon: float
    lat: float
    speed_kmh: float
    reach_km: float  # one sortie out, on scene and back (tanked if this side has tankers)
    on_scene_h: float
    pairs: int  # alert pairs (a scramble launches a pair)
    us: bool


def alert_stations(air: Any, taken: set[tuple[str, bool]], theatre: Any,
                   readiness_h: float) -> list[tuple[AlertStation | None, str]]:
    """The alert (QRA) stations of an air-policing outcome (``AirPolicingOutcome`` of one side)
    as responders, one ``(station, note)`` each; a station not fielded (already an ``[air]``
    fighter base, the ``(type@base, us)`` in ``taken``, or with no time on station) gives
    ``(None, why)``. The incident model and the response times read the same stations (s40: the
    response times once left them out, so the plants verdict and the incidents disagreed)."""
    if air is None or getattr(air, "air", None) is None or air.result is None:
        return []
    inp = air.air
    platforms = {p.id: p for p in inp.platforms}
    out: list[tuple[AlertStation | None, str]] = []
    for st in inp.stations:
        if st.kind != "qra":
            continue
        p = platforms[st.platform]
        us = bool(st.us)
        if (f"{st.platform}@{st.base}", us) in taken:
            out.append((None, f"air-policing station {st.id}: its alert {st.platform}s at "
                        f"{st.base} are the air.bases responder {st.platform}@{st.base} already; "
                        "not counted twice"))
            continue
        # Time on station of the sized scramble: its flight time less the two legs to its site.
        on_scene_h = st.scramble_sortie_h - 2.0 * st.transit_km / p.cruise_speed_kmh
        if on_scene_h <= 0:
            out.append((None, f"air-policing station {st.id}: a {st.scramble_sortie_h:g} h "
                        f"scramble leaves no time over its site ({st.transit_km:.0f} km away); "
                        "not a responder"))
            continue
        # A place is within reach when one sortie's fuel (tanked if this side has tankers) covers
        # the way out, the time on scene and the way back: models.air's rule for a CAP station.
        flight_h = p.tanked_sortie_h if inp.tankers else p.sortie_h
        reach_km = max(0.0, flight_h - on_scene_h) * p.cruise_speed_kmh / 2.0
        where = theatre.airbase(st.base)
        pairs = max(1, int(st.aircraft_on_station // 2))
        out.append((AlertStation(f"{st.id}@{st.base}", st.platform, st.base, where.lon, where.lat,
                                 p.cruise_speed_kmh, reach_km, on_scene_h, pairs, us),
                    f"{st.id}@{st.base} ({st.platform}, {readiness_h * 60:.0f} min readiness + distance / "
                    f"{p.cruise_speed_kmh:g} km/h, reach {reach_km:.0f} km, "
                    f"{on_scene_h:.2f} h on scene{', US' if us else ''})"))
    return out
