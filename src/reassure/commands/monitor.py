"""`reassure monitor`: how much of the line a fleet watches, how often, and what it takes.

The scenario's ``[monitoring]`` table and the shipped sensor catalogue are turned into the plain
inputs of :mod:`reassure.models.monitoring` here (:func:`monitoring_inputs`), so that the run
layer can reuse them; the model itself never sees a ``Quantity``.
"""

from __future__ import annotations

import math
from typing import Annotated, Any

import typer

from reassure._memo import per_scenario

__all__ = ["assess_scenario", "cells_geojson", "command", "monitoring_inputs", "size_scenario"]

FORMATS = ("table", "json", "geojson")
DEFAULT_SECTOR_KM = 100.0


def monitoring_inputs(scenario: Any) -> dict[str, Any]:
    """Model inputs from a scenario: ``grid``, ``fleet``, ``catalogue``, ``conditions``, ``analysis``.

    US fleets (``us_asset = true``) are kept only if the scenario counts on US ISR
    (``us_backstop.isr``); :func:`reassure.models.monitoring.assess_monitoring` then also
    evaluates the fleet without them.
    """
    from reassure.geo import densify_line
    from reassure.models.monitoring import (
        Analysis,
        Conditions,
        FleetEntry,
        MonitoringGrid,
    )
    from reassure.spec.sections.monitoring import load_sensor_catalogue
    from reassure.theatres import load_theatre

    m = scenario.monitoring
    theatre = load_theatre(scenario.theatre)
    line = densify_line(theatre.contact_line_lonlat, m.cell.in_("km"))
    sector_km = m.sector_length.in_("km") if m.sector_length is not None else DEFAULT_SECTOR_KM
    grid = MonitoringGrid.from_arrays(line.start_km, line.length_km, line.lon, line.lat,
                                      sector_km=sector_km)
    catalogue = load_sensor_catalogue().platforms()
    fleet = [_entry(f, theatre, FleetEntry) for f in m.fleets
             if not f.us_asset or scenario.us_backstop.isr]

    def opt(q: Any, unit: str, default: float) -> float:
        return q.in_(unit) if q is not None else default

    conditions = Conditions(
        night_fraction=opt(m.night_fraction, "fraction", 0.5),
        cloud_fraction=opt(m.cloud_fraction, "fraction", 0.0),
        jamming_events_per_day=opt(m.jamming_events, "1/day", 0.0),
        jamming_outage_h=opt(m.jamming_outage, "h", 0.0),
        attrition_per_orbit_year=opt(m.attrition, "1/year", 0.0),
        horizon_years=scenario.horizon.in_("year"),
    )
    analysis = Analysis(
        window_h=opt(m.window, "h", 24.0), step_min=opt(m.step, "min", 1.0),
        gap_rule=m.gap_rule, target_revisit_h=m.target_revisit.in_("h"),
        satisfy_on=m.satisfy_on,
    )
    return {"grid": grid, "fleet": fleet, "catalogue": catalogue, "conditions": conditions,
            "analysis": analysis, "theatre": theatre}


def _entry(f: Any, theatre: Any, cls: Any) -> Any:
    lon = lat = math.nan
    if f.base is not None:
        base = theatre.airbase(f.base)
        lon, lat = base.lon, base.lat
    segment = None
    if f.start is not None or f.end is not None:
        segment = (f.start.in_("km") if f.start is not None else 0.0,
                   f.end.in_("km") if f.end is not None else math.inf)
    return cls(type=f.sensor, orbits=int(f.orbits.nominal), base=f.base or "space",
               base_lon=lon, base_lat=lat, segment_km=segment,
               standoff_km=f.standoff.in_("km") if f.standoff is not None else 0.0,
               us_asset=f.us_asset, id=f.id)


@per_scenario
def assess_scenario(scenario: Any) -> Any:
    """:class:`~reassure.models.monitoring.MonitoringAssessment` of a scenario's fleet."""
    from reassure.models.monitoring import assess_monitoring

    inp = monitoring_inputs(scenario)
    return assess_monitoring(inp["grid"], inp["fleet"], inp["catalogue"],
                             conditions=inp["conditions"], analysis=inp["analysis"])


def size_scenario(scenario: Any) -> Any:
    """:class:`~reassure.models.monitoring.FleetPlan` for ``[monitoring.sizing]`` (None if absent)."""
    from reassure.models.monitoring import FleetEntry, size_fleet

    m = scenario.monitoring
    if m.sizing is None:
        return None
    inp = monitoring_inputs(scenario)
    candidates = [_entry(c, inp["theatre"], FleetEntry) for c in m.sizing.candidates
                  if not c.us_asset or scenario.us_backstop.isr]
    return size_fleet(inp["grid"], inp["catalogue"], candidates,
                      target_revisit_h=m.target_revisit.in_("h"),
                      target_fraction=m.sizing.share.in_("fraction"),
                      margin_h=inp["analysis"].step_h)


def cells_geojson(assessment: Any, grid: Any) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of the cells (points at their midpoints) for QGIS.

    Properties per cell, with US assets and (prefixed ``no_us_``) without: coverage percent,
    revisit mean/max, response mean/p90, accesses, pd per pass, and ``pd_<d>h`` for each event
    duration of the detection curve. Infinite or undefined figures are null.
    """
    def props(figs: Any, prefix: str) -> list[dict[str, Any]]:
        c = figs.cells
        q = f"response_p{round(c.quantile * 100)}_h"
        rows = []
        for i in range(c.n):
            row = {
                "coverage_percent": 100.0 * float(c.coverage_fraction[i]),
                "revisit_mean_h": float(c.revisit_mean_h[i]),
                "revisit_max_h": float(c.revisit_max_h[i]),
                "response_mean_h": float(c.response_mean_h[i]),
                q: float(c.response_pq_h[i]),
                "n_access": int(c.n_access[i]),
                "pd_per_pass": float(c.pd_per_pass[i]),
                "satisfied": bool(c.satisfied[i]),
            }
            for j, d in enumerate(c.durations_h):
                row[f"pd_{d:g}h"] = float(c.pd_by_duration[i, j])
            rows.append({prefix + k: v for k, v in row.items()})
        return rows

    with_us = props(assessment.with_us, "")
    without = props(assessment.without_us, "no_us_")
    features = []
    for i in range(grid.n):
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point",
                         "coordinates": [round(float(grid.lon[i]), 6), round(float(grid.lat[i]), 6)]},
            "properties": {
                "cell": i, "start_km": round(float(grid.start_km[i]), 3),
                "length_km": round(float(grid.length_km[i]), 3),
                "sector": grid.sector_names[int(grid.sector[i])],
                **with_us[i], **without[i],
            },
        })
    return {"type": "FeatureCollection", "features": features}


def _fmt(x: Any, digits: int = 2) -> str:
    if x is None:
        return "never"
    x = float(x)
    if math.isnan(x):
        return "n/a"
    if math.isinf(x):
        return "never"
    return f"{x:.{digits}f}"


def _print_tables(result: dict[str, Any], plan: Any, title: str) -> None:
    from rich.table import Table

    from reassure.present.output import console

    con = console()
    w, wo = result, result["without_us"]
    q = next(k for k in w["response_h"] if k.startswith("p"))
    t = Table(title=f"Monitoring: {title}", title_justify="left")
    t.add_column("figure")
    t.add_column("with US", justify="right")
    t.add_column("without US", justify="right")
    rows = [
        ("coverage (% of time, line-weighted)", "coverage_percent", None, 1),
        ("revisit mean (h)", "revisit_h", "mean", 2),
        ("revisit max (h)", "revisit_h", "max", 2),
        ("response mean (h)", "response_h", "mean", 2),
        (f"response {q} (h)", "response_h", q, 2),
        (f"line satisfied (%, revisit <= {w['settings']['target_revisit_h']:g} h)",
         "percent_satisfied", None, 1),
        ("pd per pass (mean)", "pd_per_pass", None, 2),
        ("airframes (aircraft and stations)", "airframes", None, 0),
    ]
    for label, key, sub, digits in rows:
        a = w[key][sub] if sub else w[key]
        b = wo[key][sub] if sub else wo[key]
        t.add_row(label, _fmt(a, digits), _fmt(b, digits))
    for i, point in enumerate(w["pd_by_duration"]):
        t.add_row(f"P(detect) event of {point['duration_h']:g} h", _fmt(point["pd"], 2),
                  _fmt(wo["pd_by_duration"][i]["pd"], 2))
    con.print(t)

    s = Table(title="By sector (with US / without US)", title_justify="left")
    for col in ("sector", "coverage %", "revisit max h", f"response {q} h", "satisfied %"):
        s.add_column(col, justify="left" if col == "sector" else "right")
    for a, b in zip(w["sectors"], wo["sectors"], strict=True):
        s.add_row(a["sector"],
                  f"{_fmt(a['coverage_percent'], 0)} / {_fmt(b['coverage_percent'], 0)}",
                  f"{_fmt(a['revisit_h']['max'])} / {_fmt(b['revisit_h']['max'])}",
                  f"{_fmt(a['response_h'][q])} / {_fmt(b['response_h'][q])}",
                  f"{_fmt(a['percent_satisfied'], 0)} / {_fmt(b['percent_satisfied'], 0)}")
    con.print(s)

    f = Table(title="Fleet (orbits: satellites for a constellation; lost and procure over "
              "the horizon)", title_justify="left")
    for col in ("group", "type", "base", "orbits", "airframes", "transit km", "on stn h",
                "lost", "procure", "US"):
        f.add_column(col, justify="left" if col in ("group", "type", "base") else "right")
    for r in w["fleet"]:
        air = r["kind"] == "patrol"
        f.add_row(r["id"], r["type"], r["base"], str(r["orbits"]), str(r["airframes"]),
                  _fmt(r["transit_km"], 0) if air else "",
                  _fmt(r["time_on_station_h"], 1) if air else "",
                  _fmt(r["attrition_over_horizon"], 0) if air else "",
                  str(r["airframes_to_procure"]), "yes" if r["us_asset"] else "")
    con.print(f)
    for note in w["notes"]:
        con.print(f"note: {note}")
    if plan is not None:
        p = Table(title=f"Smallest fleet for revisit <= {plan.target_revisit_h:g} h on "
                  f"{100 * plan.target_fraction:g}% of the line", title_justify="left")
        for col in ("type", "base", "orbits", "airframes"):
            p.add_column(col, justify="left" if col in ("type", "base") else "right")
        for g in plan.groups:
            p.add_row(g["type"], g["base"], str(g["orbits"]), str(g["airframes"]))
        p.add_row("total", "", str(sum(g["orbits"] for g in plan.groups)), str(plan.airframes))
        con.print(p)
        con.print(f"planned: {plan.planned_percent_satisfied:.1f}% of the line within the "
                  f"target (closed form, no jamming); sampled with jamming: "
                  f"{_fmt(result['sizing']['evaluated_percent_satisfied'], 1)}%")
    con.print(f"gap rule: {w['settings']['gap_rule']}, window {w['settings']['window_h']:g} h, "
              f"step {w['settings']['step_min']:g} min")


def command(
    scenario: Annotated[str, typer.Argument(help="shipped scenario name or TOML path")],
    format: Annotated[str, typer.Option("--format", help="table, json or geojson (cells)")] = "table",
    size: Annotated[bool, typer.Option(
        "--size", help="also find the fewest airframes that meet the target ([monitoring.sizing])"
    )] = False,
) -> None:
    """Coverage, revisit, response and detection along the line; the fleet it takes."""
    from reassure.present.output import check_format, print_json
    from reassure.spec import load_scenario

    check_format(format, FORMATS)
    s = load_scenario(scenario)
    inp = monitoring_inputs(s)
    from reassure.models.monitoring import assess_monitoring

    result = assess_monitoring(inp["grid"], inp["fleet"], inp["catalogue"],
                               conditions=inp["conditions"], analysis=inp["analysis"])
    if format == "geojson":
        print_json(cells_geojson(result, inp["grid"]))
        return
    plan = None
    if size:
        plan = size_scenario(s)
        if plan is None:
            from reassure.errors import ReassureError

            raise ReassureError(f"--size needs a [monitoring.sizing] table in {s.name}")
    out = result.to_dict()
    out = {"scenario": s.name, **out}
    if plan is not None:
        from reassure.models.monitoring import evaluate_fleet

        # The plan rests on closed-form revisits without jamming; report what the sampled
        # model, jamming included, makes of it.
        check = evaluate_fleet(inp["grid"], plan.entries, inp["catalogue"],
                               conditions=inp["conditions"], analysis=inp["analysis"])
        out["sizing"] = {**plan.to_dict(),
                         "evaluated_percent_satisfied": check.summary["percent_satisfied"]}
    if format == "json":
        print_json(out)
        return
    _print_tables(out, plan, s.title)
