"""Response times by mode to every site, the contact line and a grid over Ukraine
(`reassure respond`), with and without US assets, and their GeoJSON layers."""

from __future__ import annotations

from typing import Any

__all__ = ["THRESHOLDS_H", "respond_report"]

# Reported shares of Ukraine's area reached within these times.
THRESHOLDS_H = (0.5, 1.0, 2.0, 3.0, 6.0)


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
        return value if np.isfinite(value) else None

    # unrounded: the `respond` tables round each share and time once, where they show it (a share
    # stored as 63.5 for 63.46 read "64"; review s52 1)
    out: dict[str, Any] = {
        "reached_percent": 100.0 * finite.size / max(1, hours.size),
        "median_h": quantile(0.5),
        "p90_h": quantile(0.9),
        "max_h": quantile(1.0),
    }
    out["within_percent"] = {f"{t:g}h": 100.0 * float(np.mean(hours <= t))
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

    from reassure.bridge.air import alert_stations, qra_readiness_h
    from reassure.bridge.response import combat_radius_km
    from reassure.models.response import grid_in_polygon, within_radius
    from reassure.run.capabilities import posture_report, registry
    from reassure.run.pipeline import run_capabilities
    from reassure.spec.sections.posture import load_aircraft_catalogue
    from reassure.theatres import load_theatre

    theatre = load_theatre(scn.theatre)
    done = run_capabilities(scn, registry(detail="all"), ["response"])
    base = posture_report(done["posture"], done["response"])
    garrisons = base["garrisons"]
    units = done["response"].inputs.with_us.units
    units_alone = done["response"].inputs.without_us.units

    grid = grid_in_polygon(theatre.boundary("UKR"), grid_km)
    line = _line_cells(theatre, grid_km / 2.0)
    grid_with, grid_without = _by_mode(units, grid), _by_mode(units_alone, grid)
    line_with, line_without = _by_mode(units, line), _by_mode(units_alone, line)

    # SkyShield: which sites each fighter base reaches within its type's combat radius
    catalogue = load_aircraft_catalogue()
    sites = list(theatre.sites)
    site_ll = np.array([[s.lon, s.lat] for s in sites])

    def reach(lon: float, lat: float, radius_km: float) -> dict[str, Any]:
        inside = within_radius([[lon, lat]], radius_km, site_ll)[0]
        return {"combat_radius_km": radius_km,
                "sites_within": [s.id for s, ok in zip(sites, inside, strict=True) if ok],
                "sites_beyond": [s.id for s, ok in zip(sites, inside, strict=True) if not ok]}

    skyshield = []
    for b in scn.air.bases:
        if b.type is None:
            continue
        ab = theatre.airbase(b.base)
        counted = (not b.us) or scn.us_backstop.air_support
        skyshield.append({"base": b.base, "country": ab.country, "type": b.type, "us": b.us, "counted": counted,
                          **reach(ab.lon, ab.lat, combat_radius_km(catalogue.get("fighters", b.type)))})
    # s40: the air-policing alert (QRA) stations the response times count (their reach: one
    # scramble out, on scene and back), as they do in the incidents section
    taken = {(uid, bool(units.is_us[u])) for u, uid in enumerate(units.ids) if units.mode[u] == "air"}
    for st, _ in alert_stations(done["air_policing"].with_us, taken, theatre, qra_readiness_h()):
        if st is not None and st.name in units.ids:
            skyshield.append({"base": st.base, "country": theatre.airbase(st.base).country, "type": st.platform,
                              "station": st.name.partition("@")[0], "alert": True, "us": st.us, "counted": True,
                              **reach(st.lon, st.lat, st.reach_km)})

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
            # the plan of the force fielded without the US (posture_report's "without_us")
            "garrisons": base["without_us"]["garrisons"],
            "covered_weight_percent": base["without_us"]["covered_weight_percent"],
            "uncovered_sites": base["without_us"]["uncovered_sites"],
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

    # A garrison of the with-US plan says whether the plan without the US keeps it; one placed
    # only without the US (the smaller force stands elsewhere) is its own layer.
    alone_ids = {g["id"] for g in report["without_us"]["garrisons"]}
    planned_ids = {g["id"] for g in report["garrisons"]}
    for g in report["garrisons"]:
        point(g["lon"], g["lat"], {"layer": "garrison", "id": g["id"], "name": g["name"],
                                   "covers": g["covers"], "without_us": g["id"] in alone_ids})
    for g in report["without_us"]["garrisons"]:
        if g["id"] not in planned_ids:
            point(g["lon"], g["lat"], {"layer": "garrison_without_us", "id": g["id"],
                                       "name": g["name"], "covers": g["covers"]})
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
