"""Response and build-up: ground QRFs at the garrisons, helicopter detachments and fighter
bases as :class:`~reassure.models.response.Responders`, and the outside support force's
readiness tiers and transport channels (days, troops/day)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from reassure.bridge._common import locate, need, q_or

if TYPE_CHECKING:
    from reassure.models.solve import BuildupInput, ResponseInput

__all__ = ["build_input", "buildup_inputs", "combat_radius_km", "response_threshold_h",
           "response_units", "support_force_arrival"]


def response_units(scn: Any, theatre: Any, garrisons: list[dict[str, Any]], air: Any = None) -> Any:
    """Ground QRFs at the garrisons, helicopter detachments and fighter bases as ``Responders``;
    with ``air`` (the air-policing outcome of the same side), its alert (QRA) stations too, as
    the incident model fields them (`bridge.air.alert_stations`; a station that is an ``[air]``
    fighter base already is not added twice).

    US fighters and helicopters count only when ``us_backstop.air_support`` is on; a scenario's
    ``without_us()`` drops them altogether.
    """
    import numpy as np

    from reassure.errors import ScenarioFieldError
    from reassure.models.response import Responders
    from reassure.spec.sections.posture import AT_GARRISONS, load_aircraft_catalogue

    catalogue = load_aircraft_catalogue()
    post = scn.posture
    rows: list[tuple[str, str, float, float, float, float, float, float, bool]] = []
    readiness = need(post.qrf_readiness, "posture.qrf_readiness", scn).in_("h")
    speed = need(post.qrf_speed, "posture.qrf_speed", scn).in_("km/h")
    detour = need(post.detour_factor, "posture.detour_factor", scn).canonical
    for g in garrisons:
        rows.append((f"qrf@{g['id']}", "ground", g["lon"], g["lat"], readiness, speed, detour,
                     math.inf, False))
    air_on = scn.us_backstop.air_support
    for i, h in enumerate(scn.air.helicopters):
        if h.us and not air_on:
            continue
        kind = catalogue.get("helicopters", h.type)
        # reach = half the range: the helicopter must get back without refuelling
        reach = kind.range.in_("km") / 2.0
        places = ([(g["id"], g["lon"], g["lat"]) for g in garrisons] if h.base == AT_GARRISONS
                  else [(h.base, *locate(theatre, h.base, f"air.helicopters[{i}].base", scn)[1:])])
        if h.aircraft.canonical <= 0:
            continue
        for where, lon, lat in places:
            rows.append((f"{h.id}@{where}", "heli", lon, lat, h.readiness.in_("h"),
                         kind.cruise_speed.in_("km/h"), 1.0, reach, h.us))
    for i, b in enumerate(scn.air.bases):
        if (b.us and not air_on) or b.aircraft.canonical <= 0:
            continue
        if b.type is None:
            raise ScenarioFieldError(scn.file or scn.name, "is needed to time air response: a fighter "
                                     "type from the aircraft catalogue", field=f"air.bases[{i}].type")
        kind = catalogue.get("fighters", b.type)
        _, lon, lat = locate(theatre, b.base, f"air.bases[{i}].base", scn)
        rows.append((f"{b.type}@{b.base}", "air", lon, lat, b.readiness.in_("h"),
                     kind.cruise_speed.in_("km/h"), 1.0, kind.combat_radius.in_("km"), b.us))
    if air is not None:
        from reassure.bridge.air import alert_stations, qra_readiness_h

        readiness_qra = qra_readiness_h()
        taken = {(r[0], r[8]) for r in rows if r[1] == "air"}
        for st, _ in alert_stations(air, taken, theatre, readiness_qra):
            if st is not None:
                rows.append((st.name, "air", st.lon, st.lat, readiness_qra, st.speed_kmh, 1.0,
                             st.reach_km, st.us))
    return Responders(
        ids=tuple(r[0] for r in rows), mode=tuple(r[1] for r in rows),
        lonlat=np.array([[r[2], r[3]] for r in rows]).reshape(-1, 2),
        readiness_h=np.array([r[4] for r in rows]), speed_kmh=np.array([r[5] for r in rows]),
        detour_factor=np.array([r[6] for r in rows]), range_km=np.array([r[7] for r in rows]),
        is_us=np.array([r[8] for r in rows], dtype=bool),
    )


def buildup_inputs(scn: Any, theatre: Any, *, us_airlift: bool) -> dict[str, Any]:
    """Readiness tiers and transport channels of the support force, in days and troops/day."""
    from reassure.errors import ScenarioFieldError
    from reassure.models.buildup import (
        AirliftFleet,
        ReadinessTier,
        SurfaceChannel,
        fleet_troops_per_day,
    )
    from reassure.spec.sections.posture import load_aircraft_catalogue

    sf = scn.support_force
    catalogue = load_aircraft_catalogue()
    tiers = [ReadinessTier("support-force", sf.troops.in_("troops"), sf.readiness.in_("day"))]
    tiers += [ReadinessTier(t.id, t.troops.in_("troops"), t.ready.in_("day")) for t in sf.follow_on]
    channels = []
    detail: dict[str, Any] = {}
    if sf.airlift:
        from reassure import geo

        arrival = need(sf.arrival, "support_force.arrival", scn)
        _, lon0, lat0 = locate(theatre, sf.base, "support_force.base", scn)
        _, lon1, lat1 = locate(theatre, arrival, "support_force.arrival", scn)
        distance = float(geo.geodesic_km(lon0, lat0, lon1, lat1))
        hours = need(sf.airlift_hours, "support_force.airlift_hours", scn).in_("h")
        fleets = []
        for i, a in enumerate(sf.airlift):
            kind = catalogue.get("airlift", a.type)
            seats = q_or(kind.troops, "troops", math.inf)
            per_sortie = seats
            if sf.tonnes_per_troop is not None:
                per_sortie = min(seats, kind.planning_payload.in_("t") / sf.tonnes_per_troop.in_("t"))
            if not math.isfinite(per_sortie):
                raise ScenarioFieldError(scn.file or scn.name, f"airlift type {a.type!r} has no troop "
                                         "figure; set support_force.tonnes_per_troop",
                                         field=f"support_force.airlift[{i}].type")
            fleets.append(AirliftFleet(a.id, a.aircraft.canonical, per_sortie,
                                       kind.cruise_speed.in_("km/h"), kind.ground_time.in_("h"),
                                       is_us=a.us))
        mog = sf.max_on_ground.canonical if sf.max_on_ground is not None else math.inf
        eff = catalogue.airfield.queuing_efficiency.canonical
        per_day = fleet_troops_per_day(fleets, distance, hours, max_on_ground=mog,
                                       queuing_efficiency=eff, include_us=us_airlift)
        channels.append(SurfaceChannel("airlift", per_day, 0.0, 0.0))
        detail = {"airlift_distance_km": round(distance, 1), "airlift_troops_per_day": round(per_day, 1),
                  "airlift_fleets": [f.name for f in fleets if us_airlift or not f.is_us]}
        if math.isfinite(mog):  # named in the note that explains an airlift adding nothing
            detail["max_on_ground_aircraft"] = mog
    logistics_on = scn.us_backstop.logistics
    for s in sf.surface:
        if s.us and not logistics_on:
            continue
        channels.append(SurfaceChannel(s.id, s.troops_per_day.in_("troops/day"), s.transit.in_("day"),
                                       s.start.in_("day"), is_us=s.us))
    horizon = int(math.ceil(sf.buildup_days.in_("day"))) if sf.buildup_days is not None else 30
    targets = [sf.troops.in_("troops"), sum(t.troops for t in tiers)]
    if sf.readiness.is_range:
        # review s53 4: the build-up reads the midpoint of a readiness range; the day its first
        # tranche is in theatre at the range's ends, for the report to print beside it
        from dataclasses import replace

        from reassure.models.buildup import buildup_curve

        ends = (sf.readiness.to("day").low, sf.readiness.to("day").high)
        detail["readiness_days"] = {"low": ends[0], "mid": sf.readiness.in_("day"), "high": ends[1]}
        detail["close_day_at_readiness_ends"] = [
            buildup_curve(channels, [replace(tiers[0], ready_day=end), *tiers[1:]], horizon,
                          close_targets=[targets[0]]).close_day[0]
            for end in ends]
    return {"channels": channels, "tiers": tiers, "horizon_days": horizon,
            "close_targets": list(dict.fromkeys(targets)), "detail": detail}


def buildup_input(scn: Any, theatre: Any, *, us_airlift: bool) -> BuildupInput:
    """:func:`buildup_inputs` as the frozen model input."""
    from reassure.models.solve import BuildupInput

    spec = buildup_inputs(scn, theatre, us_airlift=us_airlift)
    return BuildupInput(tuple(spec["channels"]), tuple(spec["tiers"]), spec["horizon_days"],
                        tuple(spec["close_targets"]), spec["detail"])


def build_input(scn: Any, garrisons: list[dict[str, Any]], *, us_backstop: bool = True,
                detail: str = "sites", air: Any = None) -> ResponseInput:
    """Response to the protected sites (``detail="all"``: every theatre site) and build-up.

    Without the US backstop the scenario's ``without_us()`` drops every US unit and channel;
    ``garrisons`` are the posture plan's of the same side (without the US backstop the force may
    man fewer); ``air``, the air-policing outcome of the same side, adds its alert stations.
    """
    import numpy as np

    from reassure.models.solve import ResponseInput
    from reassure.theatres import load_theatre

    theatre = load_theatre(scn.theatre)
    side = scn if us_backstop else scn.without_us()
    site_ids = ([s.site for s in scn.posture.sites] if detail == "sites"
                else [s.id for s in theatre.sites])
    by_id = {s.id: s for s in theatre.sites}
    lonlat = np.array([[by_id[i].lon, by_id[i].lat] for i in site_ids]).reshape(-1, 2)
    us_airlift = side.us_backstop.airlift if us_backstop else False
    lifted = None
    if us_backstop and not us_airlift and any(a.us for a in scn.support_force.airlift):
        lifted = buildup_input(scn, theatre, us_airlift=True)
    return ResponseInput(response_units(side, theatre, garrisons, air), tuple(site_ids), lonlat,
                         buildup_input(side, theatre, us_airlift=us_airlift), lifted)


def support_force_arrival(buildup: Any, troops: float) -> tuple[int | None, str]:
    """The day the outside support force is in theatre, by the one rule every model follows.

    The build-up (`buildup_curve` of the same side: its readiness tiers moved by its airlift and
    ``support_force.surface`` channels) decides: the force is in theatre on the first day it has
    ``support_force.troops`` there, and the incident model sends it to escalated calls only from
    then (s13 review 6). Returns ``(day, "")``, or ``(None, why)`` when the build-up never has it
    in theatre: no airlift or surface channel on this side (it cannot move, so it never arrives
    and answers no call), or not within the build-up's ``support_force.buildup_days``.
    """
    day = buildup.day_to_close(troops)
    if day is not None:
        return day, ""
    if not buildup.by_channel:
        return None, (f"the support force ({troops:,.0f} troops) has no airlift or surface channel "
                      "on this side (support_force.airlift, support_force.surface; US ones count "
                      "only with the US backstop's airlift or logistics), so it never reaches the "
                      "theatre: its build-up stays at 0 and no escalated call is sent to it")
    return None, (f"the support force's build-up does not have its {troops:,.0f} troops in theatre "
                  f"within its {len(buildup.days)} days (support_force.buildup_days), so no "
                  "escalated call is sent to it within the incident horizon")


def combat_radius_km(fighter: Any) -> float:
    """A catalogue fighter type's combat radius, km."""
    return float(fighter.combat_radius.in_("km"))


def response_threshold_h(scenario: Any) -> float:
    """The response threshold (``incidents.response_threshold``), hours."""
    return float(scenario.incidents.response_threshold.in_("h"))
