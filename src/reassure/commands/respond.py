"""`reassure respond SCENARIO`: how fast ground, helicopter and air responses reach each site,
the line and every point of Ukraine, with and without US assets; GeoJSON for maps."""

from __future__ import annotations

from typing import Annotated, Any

import typer

__all__ = ["command", "respond_report"]

FORMATS = ("table", "json", "geojson")
# Reported shares of Ukraine's area reached within these times.
THRESHOLDS_H = (0.5, 1.0, 2.0, 3.0, 6.0)


def command(
    scenario: Annotated[str, typer.Argument(help="shipped scenario name or TOML path")],
    format: Annotated[str, typer.Option("--format", help="table, json or geojson")] = "table",
    grid_km: Annotated[float, typer.Option("--grid-km", help="grid spacing over Ukraine, km")] = 50.0,
) -> None:
    """Response times by mode to every site, the contact line and a grid over Ukraine."""
    from reassure.errors import ReassureError
    from reassure.present.output import check_format, print_json
    from reassure.spec import load_scenario

    check_format(format, FORMATS)
    if not 5.0 <= grid_km <= 500.0:
        raise ReassureError(f"--grid-km must lie between 5 and 500 km (got {grid_km:g})")
    report, layers = respond_report(load_scenario(scenario), grid_km=grid_km)
    if format == "json":
        print_json(report)
    elif format == "geojson":
        print_json(layers)
    else:
        _print_table(report)


def _line_cells(theatre: Any, step_km: float) -> Any:
    """Cell midpoints along the active parts of the contact line (lon, lat)."""
    import numpy as np

    from reassure import geo

    line = np.asarray(theatre.active_line_lonlat, dtype=float)
    gap = np.isnan(line).any(axis=1)
    parts = [p[~np.isnan(p).any(axis=1)] for p in np.split(line, np.flatnonzero(gap))]
    cells = [geo.densify_line(p, step_km) for p in parts if len(p) >= 2]
    return np.vstack([np.column_stack([c.lon, c.lat]) for c in cells])


def _summary(hours: Any) -> dict[str, Any]:
    import numpy as np

    finite = hours[np.isfinite(hours)]

    def quantile(q: float) -> float | None:
        # an order statistic, not an interpolation: unreachable cells (inf) stay unreachable
        if hours.size == 0:
            return None
        value = float(np.quantile(hours, q, method="inverted_cdf"))
        return round(value, 3) if np.isfinite(value) else None

    out: dict[str, Any] = {
        "reached_percent": round(100.0 * finite.size / max(1, hours.size), 1),
        "median_h": quantile(0.5),
        "p90_h": quantile(0.9),
        "max_h": quantile(1.0),
    }
    out["within_percent"] = {f"{t:g}h": round(100.0 * float(np.mean(hours <= t)), 1)
                             for t in THRESHOLDS_H}
    return out


def _by_mode(units: Any, points: Any) -> dict[str, Any]:
    """Fastest time per point for each mode and overall: ``{mode: ndarray}``."""
    import numpy as np

    from reassure.models.response import MODES, fastest_response_h

    times = units.time_matrix_h(points)
    modes = np.asarray(units.mode)
    out = {}
    for m in MODES:
        out[m], _ = fastest_response_h(times, modes == m) if times.shape[0] else (
            np.full(points.shape[0], np.inf), None)
    out["fastest"], _ = fastest_response_h(times) if times.shape[0] else (
        np.full(points.shape[0], np.inf), None)
    return out


def respond_report(scn: Any, *, grid_km: float = 50.0) -> tuple[dict[str, Any], dict[str, Any]]:
    """The `respond` report as plain data, and its GeoJSON layers."""
    import numpy as np

    from reassure.commands.posture import posture_report, response_units
    from reassure.models.response import grid_in_polygon, within_radius
    from reassure.spec.sections.posture import load_aircraft_catalogue
    from reassure.theatres import load_theatre

    theatre = load_theatre(scn.theatre)
    base = posture_report(scn, detail="all")
    garrisons = base["garrisons"]
    alone = scn.without_us()
    units = response_units(scn, theatre, garrisons)
    units_alone = response_units(alone, theatre, garrisons)

    grid = grid_in_polygon(theatre.boundary("UKR"), grid_km)
    line = _line_cells(theatre, grid_km / 2.0)
    grid_with, grid_without = _by_mode(units, grid), _by_mode(units_alone, grid)
    line_with, line_without = _by_mode(units, line), _by_mode(units_alone, line)

    # SkyShield: which sites each fighter base reaches within its type's combat radius
    catalogue = load_aircraft_catalogue()
    sites = list(theatre.sites)
    site_ll = np.array([[s.lon, s.lat] for s in sites])
    skyshield = []
    for b in scn.air.bases:
        if b.type is None:
            continue
        ab = theatre.airbase(b.base)
        radius = catalogue.get("fighters", b.type).combat_radius.in_("km")
        inside = within_radius([[ab.lon, ab.lat]], radius, site_ll)[0]
        counted = (not b.us) or scn.us_backstop.air_support
        skyshield.append({
            "base": b.base, "country": ab.country, "type": b.type, "us": b.us,
            "counted": counted, "combat_radius_km": radius,
            "sites_within": [s.id for s, ok in zip(sites, inside, strict=True) if ok],
            "sites_beyond": [s.id for s, ok in zip(sites, inside, strict=True) if not ok],
        })

    report = {
        "scenario": scn.name,
        "grid_km": grid_km,
        "units": units.to_dict()["units"],
        "garrisons": garrisons,
        "covered_weight_percent": base["covered_weight_percent"],
        "uncovered_sites": base["uncovered_sites"],
        "site_response_h": base["site_response_h"],
        "buildup": base["buildup"],
        "buildup_close": base["buildup_close"],
        "skyshield": skyshield,
        "grid": {"cells": int(grid.shape[0]),
                 **{m: _summary(v) for m, v in grid_with.items()}},
        "line": {"cells": int(line.shape[0]),
                 **{m: _summary(v) for m, v in line_with.items()}},
        "notes": base["notes"],
        "without_us": {
            "units": units_alone.to_dict()["units"],
            "garrisons": garrisons,
            "covered_weight_percent": base["covered_weight_percent"],
            "uncovered_sites": base["uncovered_sites"],
            "site_response_h": base["without_us"]["site_response_h"],
            "buildup": base["without_us"]["buildup"],
            "buildup_close": base["without_us"]["buildup_close"],
            "grid": {m: _summary(v) for m, v in grid_without.items()},
            "line": {m: _summary(v) for m, v in line_without.items()},
        },
    }
    return report, _layers(report, theatre, grid, grid_with, grid_without)


def _hours(x: float) -> float | None:
    import math

    return round(float(x), 3) if math.isfinite(x) else None


def _layers(report: dict[str, Any], theatre: Any, grid: Any, with_us: dict[str, Any],
            without_us: dict[str, Any]) -> dict[str, Any]:
    """GeoJSON FeatureCollection: garrisons, responders, sites with times, grid points."""
    features: list[dict[str, Any]] = []

    def point(lon: float, lat: float, props: dict[str, Any]) -> None:
        features.append({"type": "Feature", "geometry": {"type": "Point",
                                                         "coordinates": [float(lon), float(lat)]},
                         "properties": props})

    for g in report["garrisons"]:
        point(g["lon"], g["lat"], {"layer": "garrison", "id": g["id"], "name": g["name"],
                                   "covers": g["covers"]})
    for u in report["units"]:
        if u["mode"] == "ground":
            continue
        point(u["lon"], u["lat"], {"layer": "responder", "id": u["id"], "mode": u["mode"],
                                   "readiness_h": u["readiness_h"], "range_km": u["range_km"],
                                   "us": u["is_us"]})
    alone = {r["site"]: r for r in report["without_us"]["site_response_h"]}
    by_id = {s.id: s for s in theatre.sites}
    for r in report["site_response_h"]:
        s = by_id[r["site"]]
        point(s.lon, s.lat, {"layer": "site", "id": s.id, "name": s.name, "kind": s.kind,
                             "ground_h": r["ground"], "heli_h": r["heli"], "air_h": r["air"],
                             "fastest_h": r["fastest"], "air_h_without_us": alone[s.id]["air"],
                             "fastest_h_without_us": alone[s.id]["fastest"]})
    for k in range(grid.shape[0]):
        point(grid[k, 0], grid[k, 1], {
            "layer": "grid", "ground_h": _hours(with_us["ground"][k]),
            "heli_h": _hours(with_us["heli"][k]), "air_h": _hours(with_us["air"][k]),
            "fastest_h": _hours(with_us["fastest"][k]),
            "fastest_h_without_us": _hours(without_us["fastest"][k]),
        })
    return {"type": "FeatureCollection", "name": f"{report['scenario']} response",
            "features": features}


def _print_table(r: dict[str, Any]) -> None:
    from rich.table import Table

    from reassure.commands.posture import _h
    from reassure.present.output import console

    out = console()
    out.print(f"[bold]{r['scenario']}[/bold]: {len(r['garrisons'])} garrisons, "
              f"{sum(1 for u in r['units'] if u['mode'] == 'air')} fighter bases "
              f"({sum(1 for u in r['without_us']['units'] if u['mode'] == 'air')} without US)")
    t = Table(title="Fastest response to each site (h)", title_justify="left")
    for col in ("site", "ground", "heli", "air", "fastest", "fastest without US"):
        t.add_column(col)
    alone = {x["site"]: x for x in r["without_us"]["site_response_h"]}
    for row in r["site_response_h"]:
        t.add_row(row["site"], _h(row["ground"]), _h(row["heli"]), _h(row["air"]),
                  _h(row["fastest"]), _h(alone[row["site"]]["fastest"]))
    out.print(t)
    g = Table(title=f"Share of Ukraine ({r['grid']['cells']} cells of {r['grid_km']:g} km) and of "
              f"the line ({r['line']['cells']} cells) reached within 1 h / 3 h", title_justify="left")
    for col in ("mode", "Ukraine 1 h", "Ukraine 3 h", "line 1 h", "line 3 h", "line 1 h without US"):
        g.add_column(col)
    for m in ("ground", "heli", "air", "fastest"):
        g.add_row(m, f"{r['grid'][m]['within_percent']['1h']:.0f} %",
                  f"{r['grid'][m]['within_percent']['3h']:.0f} %",
                  f"{r['line'][m]['within_percent']['1h']:.0f} %",
                  f"{r['line'][m]['within_percent']['3h']:.0f} %",
                  f"{r['without_us']['line'][m]['within_percent']['1h']:.0f} %")
    out.print(g)
    for s in r["skyshield"]:
        out.print(f"{s['type']} at {s['base']} ({s['country']}{', US' if s['us'] else ''}): combat "
                  f"radius {s['combat_radius_km']:,.0f} km reaches {len(s['sites_within'])} of "
                  f"{len(s['sites_within']) + len(s['sites_beyond'])} sites"
                  + (f"; not: {', '.join(s['sites_beyond'])}" if s["sites_beyond"] else ""))
