"""`reassure posture SCENARIO`: garrisons, protected sites, response times and build-up.

This module is also the bridge from a scenario to the posture and response models: it turns
``Quantity`` values into plain floats in canonical units (km, h, km/h, troops, days) and calls
the pure functions of :mod:`reassure.models.posture` and :mod:`reassure.models.response`.
``reassure respond`` and the assessment reuse :func:`posture_report`.
"""

from __future__ import annotations

import math
from typing import Annotated, Any

import typer

from reassure._memo import per_scenario

__all__ = ["buildup_inputs", "command", "fieldable_force", "posture_report", "response_units"]

FormatOption = Annotated[str, typer.Option("--format", help="table or json")]

# Sites the force cannot protect, by theatre status: held by the other side, or gone.
_NOT_PROTECTABLE = {
    "shut-down-occupied": "held by Russia and shut down (theatre status shut-down-occupied)",
    "destroyed": "destroyed (theatre status destroyed)",
}


def command(
    scenario: Annotated[str, typer.Argument(help="shipped scenario name or TOML path")],
    format: FormatOption = "table",
) -> None:
    """Garrisons that best protect the sites beyond the standoff, response times, build-up."""
    from reassure.present.output import check_format, print_json
    from reassure.spec import load_scenario

    check_format(format)
    report = posture_report(load_scenario(scenario), detail="sites")
    if format == "json":
        print_json(report)
        return
    _print_table(report)


# --------------------------------------------------------------------------- scenario → models


def _need(value: Any, path: str, scn: Any) -> Any:
    from reassure.errors import ScenarioFieldError

    if value is None:
        raise ScenarioFieldError(scn.file or scn.name, "is needed by the posture model; add it to the "
                                 "scenario with its source or assumption", field=path)
    return value


def _garrison_count(scn: Any) -> tuple[int, str]:
    """Number of garrisons *p*: given, or the manoeuvre troops of the force that can be fielded
    divided by the garrison size.

    The troops are the figure force generation plans for (the high end of
    ``force.target_troops``, the full ask), capped by the best case the contributors can field
    (every nation that may take part, each up to its sustainable cap): a garrison the force
    cannot man is not a garrison.
    """
    post = scn.posture
    if post.garrisons is not None:
        return int(round(post.garrisons.nominal)), "posture.garrisons"
    size = _need(post.garrison_troops, "posture.garrison_troops", scn).in_("troops")
    share = _need(scn.force.role_mix.manoeuvre, "force.role_mix.manoeuvre", scn).nominal
    target = scn.force.target_troops.high
    fieldable = fieldable_force(scn)
    troops = min(target, fieldable)
    # floor: a garrison the force cannot fill is not a garrison
    p = int(math.floor(troops * share / size + 1e-9))
    if fieldable < target:
        what = (f"min({target:,.0f} target (high end), {fieldable:,.0f} fieldable at best) = "
                f"{troops:,.0f} troops")
    else:
        what = f"{troops:,.0f} troops (target, high end)"
    return p, f"floor({what} x {share:g} manoeuvre / {size:,.0f} per garrison)"


@per_scenario
def fieldable_force(scn: Any) -> float:
    """Best-case troops the scenario's contributors can field at once (with its US backstop)."""
    from reassure.commands.force import build_force_problem
    from reassure.models.forcegen import fieldable_troops

    problem, _ = build_force_problem(scn)
    return fieldable_troops(problem, us_backstop=scn.us_backstop.any)


def _cover_radius_km(scn: Any) -> float:
    post = scn.posture
    t = _need(post.cover_time, "posture.cover_time", scn).in_("h")
    r = _need(post.qrf_readiness, "posture.qrf_readiness", scn).in_("h")
    v = _need(post.qrf_speed, "posture.qrf_speed", scn).in_("km/h")
    return max(0.0, t - r) * v


def _locate(theatre: Any, ref: str, path: str, scn: Any) -> tuple[str, float, float]:
    """``(name, lon, lat)`` of a site id or air-base id."""
    from reassure.errors import ScenarioFieldError, did_you_mean

    sites = {s.id: s for s in theatre.sites}
    bases = {b.id: b for b in theatre.airbases}
    if ref in sites:
        return sites[ref].name, sites[ref].lon, sites[ref].lat
    if ref in bases:
        return bases[ref].name, bases[ref].lon, bases[ref].lat
    raise ScenarioFieldError(scn.file or scn.name, f"is not a site or air base of theatre "
                             f"{theatre.name}{did_you_mean(ref, [*sites, *bases])}",
                             field=path, got=ref)


def _plan(scn: Any, theatre: Any) -> tuple[Any, dict[str, Any]]:
    import numpy as np

    from reassure import geo
    from reassure.models.posture import plan_posture

    post = scn.posture
    weights = {s.site: s.weight.nominal for s in post.sites}
    ids = [s.id for s in theatre.sites]
    lonlat = np.array([[s.lon, s.lat] for s in theatre.sites])
    line_km = np.asarray(geo.distance_to_line_km(lonlat[:, 0], lonlat[:, 1],
                                                 theatre.active_line_lonlat), dtype=float)
    protectable = [s.status not in _NOT_PROTECTABLE for s in theatre.sites]
    reasons = [_NOT_PROTECTABLE.get(s.status, "") for s in theatre.sites]
    extra = [(_locate(theatre, ref, f"posture.neighbour_candidates[{i}]", scn), ref)
             for i, ref in enumerate(post.neighbour_candidates)]
    for i, ref in enumerate(post.existing):
        _locate(theatre, ref, f"posture.existing[{i}]", scn)
    p, p_rule = _garrison_count(scn)
    radius = _cover_radius_km(scn)
    detour = _need(post.detour_factor, "posture.detour_factor", scn).nominal
    result = plan_posture(
        site_ids=ids, site_names=[s.name for s in theatre.sites], site_lonlat=lonlat,
        site_line_km=line_km, site_weight=[weights.get(i, 0.0) for i in ids],
        site_protectable=protectable, site_reason=reasons,
        extra_ids=[ref for _, ref in extra], extra_names=[loc[0] for loc, _ in extra],
        extra_lonlat=np.array([[loc[1], loc[2]] for loc, _ in extra]).reshape(-1, 2),
        standoff_km=post.standoff.in_("km"), cover_radius_km=radius, detour_factor=detour,
        n_garrisons=p, existing=list(post.existing),
    )
    meta = {"n_garrisons": p, "n_garrisons_rule": p_rule}
    if post.garrisons is None:
        meta["fieldable_troops"] = round(fieldable_force(scn))
    return result, meta


def response_units(scn: Any, theatre: Any, garrisons: list[dict[str, Any]]) -> Any:
    """Ground QRFs at the garrisons, helicopter detachments and fighter bases as ``ResponseUnits``.

    US fighters and helicopters count only when ``us_backstop.air_support`` is on; a scenario's
    ``without_us()`` drops them altogether.
    """
    import numpy as np

    from reassure.errors import ScenarioFieldError
    from reassure.models.response import ResponseUnits
    from reassure.spec.sections.posture import AT_GARRISONS, load_aircraft_catalogue

    catalogue = load_aircraft_catalogue()
    post = scn.posture
    rows: list[tuple[str, str, float, float, float, float, float, float, bool]] = []
    readiness = _need(post.qrf_readiness, "posture.qrf_readiness", scn).in_("h")
    speed = _need(post.qrf_speed, "posture.qrf_speed", scn).in_("km/h")
    detour = _need(post.detour_factor, "posture.detour_factor", scn).nominal
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
                  else [(h.base, *_locate(theatre, h.base, f"air.helicopters[{i}].base", scn)[1:])])
        if h.aircraft.nominal <= 0:
            continue
        for where, lon, lat in places:
            rows.append((f"{h.id}@{where}", "heli", lon, lat, h.readiness.in_("h"),
                         kind.cruise_speed.in_("km/h"), 1.0, reach, h.us))
    for i, b in enumerate(scn.air.bases):
        if (b.us and not air_on) or b.aircraft.nominal <= 0:
            continue
        if b.type is None:
            raise ScenarioFieldError(scn.file or scn.name, "is needed to time air response: a fighter "
                                     "type from the aircraft catalogue", field=f"air.bases[{i}].type")
        kind = catalogue.get("fighters", b.type)
        _, lon, lat = _locate(theatre, b.base, f"air.bases[{i}].base", scn)
        rows.append((f"{b.type}@{b.base}", "air", lon, lat, b.readiness.in_("h"),
                     kind.cruise_speed.in_("km/h"), 1.0, kind.combat_radius.in_("km"), b.us))
    return ResponseUnits(
        ids=tuple(r[0] for r in rows), mode=tuple(r[1] for r in rows),
        lonlat=np.array([[r[2], r[3]] for r in rows]).reshape(-1, 2),
        readiness_h=np.array([r[4] for r in rows]), speed_kmh=np.array([r[5] for r in rows]),
        detour_factor=np.array([r[6] for r in rows]), range_km=np.array([r[7] for r in rows]),
        is_us=np.array([r[8] for r in rows], dtype=bool),
    )


def buildup_inputs(scn: Any, theatre: Any, *, us_airlift: bool) -> dict[str, Any]:
    """Readiness tiers and transport channels of the support force, in days and troops/day."""
    from reassure.errors import ScenarioFieldError
    from reassure.models.response import (
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

        arrival = _need(sf.arrival, "support_force.arrival", scn)
        _, lon0, lat0 = _locate(theatre, sf.base, "support_force.base", scn)
        _, lon1, lat1 = _locate(theatre, arrival, "support_force.arrival", scn)
        distance = float(geo.geodesic_km(lon0, lat0, lon1, lat1))
        hours = _need(sf.airlift_hours, "support_force.airlift_hours", scn).in_("h")
        fleets = []
        for i, a in enumerate(sf.airlift):
            kind = catalogue.get("airlift", a.type)
            seats = kind.troops.in_("troops") if kind.troops is not None else math.inf
            per_sortie = seats
            if sf.tonnes_per_troop is not None:
                per_sortie = min(seats, kind.planning_payload.in_("t") / sf.tonnes_per_troop.in_("t"))
            if not math.isfinite(per_sortie):
                raise ScenarioFieldError(scn.file or scn.name, f"airlift type {a.type!r} has no troop "
                                         "figure; set support_force.tonnes_per_troop",
                                         field=f"support_force.airlift[{i}].type")
            fleets.append(AirliftFleet(a.id, a.aircraft.nominal, per_sortie,
                                       kind.cruise_speed.in_("km/h"), kind.ground_time.in_("h"),
                                       is_us=a.us))
        mog = sf.max_on_ground.nominal if sf.max_on_ground is not None else math.inf
        eff = catalogue.airfield.queuing_efficiency.nominal
        per_day = fleet_troops_per_day(fleets, distance, hours, max_on_ground=mog,
                                       queuing_efficiency=eff, include_us=us_airlift)
        channels.append(SurfaceChannel("airlift", per_day, 0.0, 0.0))
        detail = {"airlift_distance_km": round(distance, 1), "airlift_troops_per_day": round(per_day, 1),
                  "airlift_fleets": [f.name for f in fleets if us_airlift or not f.is_us]}
    logistics_on = scn.us_backstop.logistics
    for s in sf.surface:
        if s.us and not logistics_on:
            continue
        channels.append(SurfaceChannel(s.id, s.troops_per_day.in_("troops/day"), s.transit.in_("day"),
                                       s.start.in_("day"), is_us=s.us))
    horizon = int(math.ceil(sf.buildup_days.in_("day"))) if sf.buildup_days is not None else 30
    targets = [sf.troops.in_("troops"), sum(t.troops for t in tiers)]
    return {"channels": channels, "tiers": tiers, "horizon_days": horizon,
            "close_targets": list(dict.fromkeys(targets)), "detail": detail}


def _buildup(scn: Any, theatre: Any, *, us_airlift: bool) -> dict[str, Any]:
    from reassure.models.response import buildup_curve

    spec = buildup_inputs(scn, theatre, us_airlift=us_airlift)
    curve = buildup_curve(spec["channels"], spec["tiers"], spec["horizon_days"],
                          close_targets=spec["close_targets"])
    out = curve.to_dict()
    out.update(spec["detail"])
    return out


def _site_response(scn: Any, theatre: Any, garrisons: list[dict[str, Any]], site_ids: list[str]) -> Any:
    import numpy as np

    from reassure.models.response import site_response

    units = response_units(scn, theatre, garrisons)
    by_id = {s.id: s for s in theatre.sites}
    lonlat = np.array([[by_id[i].lon, by_id[i].lat] for i in site_ids]).reshape(-1, 2)
    return units, site_response(units, site_ids, lonlat)


@per_scenario
def posture_report(scn: Any, *, detail: str = "sites") -> dict[str, Any]:
    """Everything `reassure posture` prints, as plain data (``detail``: ``sites`` or ``all``).

    ``detail="sites"`` times the scenario's protected sites; ``"all"`` every theatre site.
    """
    from reassure.theatres import load_theatre

    theatre = load_theatre(scn.theatre)
    plan, meta = _plan(scn, theatre)
    garrisons = [dict(g) for g in plan.garrisons]
    site_ids = ([s.site for s in scn.posture.sites] if detail == "sites"
                else [s.id for s in theatre.sites])
    alone = scn.without_us()
    _, with_us = _site_response(scn, theatre, garrisons, site_ids)
    _, no_us = _site_response(alone, theatre, garrisons, site_ids)
    us_airlift = scn.us_backstop.airlift
    build = _buildup(scn, theatre, us_airlift=us_airlift)
    build_alone = _buildup(alone, theatre, us_airlift=False)
    plan_dict = plan.to_dict()
    notes = list(plan.notes)
    if plan.solution.selected.size < meta["n_garrisons"]:
        notes.append(f"{meta['n_garrisons'] - plan.solution.selected.size} of the "
                     f"{meta['n_garrisons']} garrisons add no cover: every protectable site within "
                     "reach is already covered")
    has_us_lift = any(a.us for a in scn.support_force.airlift)
    report: dict[str, Any] = {
        "scenario": scn.name,
        "standoff_km": plan.standoff_km,
        "cover_radius_road_km": round(plan.cover_radius_km, 1),
        "detour_factor": plan.detour_factor,
        "n_garrisons": meta["n_garrisons"],
        "n_garrisons_rule": meta["n_garrisons_rule"],
        "fieldable_troops": meta.get("fieldable_troops"),
        "garrisons": garrisons,
        "covered_weight_percent": plan_dict["covered_weight_percent"],
        "covered_sites": plan_dict["covered_sites"],
        "uncovered_sites": plan_dict["uncovered_sites"],
        "not_protected": plan_dict["not_protected"],
        "full_cover": plan_dict["full_cover"],
        "preview": {k: plan_dict["preview"][k] for k in ("selected", "objective", "bound",
                                                          "gap_percent")},
        "solution": plan_dict["solution"],
        "excluded_candidates": plan_dict["candidates"]["excluded"],
        "sites": plan_dict["sites"],
        "site_response_h": with_us.records(with_us=True),
        "buildup": build["buildup"],
        "buildup_close": build["close"],
        "buildup_detail": {k: v for k, v in build.items() if k not in ("buildup", "close")},
        "notes": notes,
        "without_us": {
            "garrisons": garrisons,
            "covered_weight_percent": plan_dict["covered_weight_percent"],
            "uncovered_sites": plan_dict["uncovered_sites"],
            "site_response_h": no_us.records(with_us=True),
            "buildup": build_alone["buildup"],
            "buildup_close": build_alone["close"],
        },
    }
    if has_us_lift and not us_airlift:
        lifted = _buildup(scn, theatre, us_airlift=True)
        report["buildup_if_us_airlift"] = lifted["buildup"]
        report["buildup_if_us_airlift_close"] = lifted["close"]
        notes.append("US airlift is off in this scenario (us_backstop.airlift = false): `buildup` "
                     "counts European aircraft only; `buildup_if_us_airlift` shows what the US "
                     "aircraft listed would add")
    return report


# --------------------------------------------------------------------------- table output


def _h(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value * 60:.0f} min" if value < 1 else f"{value:.1f} h"


def _print_table(r: dict[str, Any]) -> None:
    from rich.table import Table

    from reassure.present.output import console

    out = console()
    out.print(f"[bold]{r['scenario']}[/bold]: {r['n_garrisons']} garrisons "
              f"({r['n_garrisons_rule']}), standoff {r['standoff_km']:g} km, cover radius "
              f"{r['cover_radius_road_km']:g} road km (detour x{r['detour_factor']:g})")
    out.print(f"covered weight: [bold]{r['covered_weight_percent']:.1f} %[/bold]; uncovered: "
              f"{', '.join(r['uncovered_sites']) or 'none'}")
    g = Table(title="Garrisons", title_justify="left")
    for col in ("garrison", "lat", "lon", "covers"):
        g.add_column(col)
    for row in r["garrisons"]:
        g.add_row(row["name"], f"{row['lat']:.2f}", f"{row['lon']:.2f}", ", ".join(row["covers"]))
    out.print(g)
    t = Table(title="Response to protected sites (with US / without US)", title_justify="left")
    for col in ("site", "ground", "heli", "air", "air without US"):
        t.add_column(col)
    alone = {x["site"]: x for x in r["without_us"]["site_response_h"]}
    for row in r["site_response_h"]:
        t.add_row(row["site"], _h(row["ground"]), _h(row["heli"]), _h(row["air"]),
                  _h(alone[row["site"]]["air"]))
    out.print(t)
    close = ", ".join(f"{c['troops']:,.0f} troops by day {c['day'] if c['day'] else '>horizon'}"
                      for c in r["buildup_close"])
    out.print(f"build-up: {close}")
    days = {1, 3, 7, 14, 30}
    out.print("troops in theatre: " + ", ".join(
        f"D{b['day']} {b['troops']:,.0f}" for b in r["buildup"] if b["day"] in days))
    for note in r["notes"]:
        out.print(f"- {note}")
