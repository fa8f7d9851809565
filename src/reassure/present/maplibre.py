"""The interactive map: MapLibre GL JS (shipped in `static/maplibre/`) over the theatre's own data.

No CDN and no tile server: the basemap is the theatre's `boundaries.geojson`, every other layer
comes from the assessment's `Layer`s. Tooltip texts are written here, in Python, already rounded
with their units, so the browser only displays them. Labels are HTML elements placed by a small
greedy collision pass (most important first; a label that would overlap one already placed is
hidden until zooming makes room): MapLibre's own symbol layers would need glyph files from a
font server, which an offline single-file report cannot fetch.

Occupied territory: the theatre ships no polygon of it, so it is derived here by cutting
Ukraine's boundary with the contact line (each end extended 60 km so the cut closes) and taking
every piece except the one holding the largest city. The legend says it is derived.
"""

from __future__ import annotations

import functools
import html
import json
import math
from collections.abc import Sequence
from importlib import resources
from typing import Any

from reassure.run.results import Layer

__all__ = ["LEGEND", "MAPLIBRE_VERSION", "map_data", "map_html", "map_values", "maplibre_assets"]

MAPLIBRE_VERSION = "4.7.1"

# (layer id, legend text, colour, kind) — the same colours paint the map, so legend = drawing.
LEGEND: tuple[tuple[str, str, str, str], ...] = (
    ("occupied", "Occupied territory (derived from the contact line)", "#c9b8b0", "fill"),
    ("buffer", "Standoff band: no garrison this close to the line", "#f3d9a4", "fill"),
    ("contact-line", "Contact line", "#b3261e", "line"),
    # Each class has a shape or a dash of its own besides its colour, and its own legend row
    # (review 20 7: green/amber/red alone, and blue/red rings, which colour-blind readers confuse).
    ("cells-ok", "Line watched, worst revisit within target: dot", "#2e8b57", "cell-ok"),
    ("cells-near", "Line watched, worst revisit within 3× target: ring", "#e0a526", "cell-near"),
    ("cells-bad", "Line watched, worst revisit beyond 3× target: cross", "#a32020", "cell-bad"),
    ("rings", "Fighter combat radius, European aircraft: dashed", "#1f5fa8", "ring"),
    ("rings-us", "Fighter combat radius, US aircraft (none without the US backstop): dotted", "#a33b3b", "ring-us"),
    ("sites-nuclear", "Nuclear power plant", "#d9822b", "dot"),
    ("sites-city", "City", "#333333", "dot"),
    ("sites-port", "Port", "#1f5fa8", "dot"),
    ("sites-dam", "Dam", "#0f8b8d", "dot"),
    ("garrisons", "Garrison of the force (ring around the site; hollow: not manned without the US)", "#1c6b3a",
     "garrison"),
    ("garrisons-alone", "Garrison placed only without the US backstop", "#8a6d1c", "garrison"),
    ("bases", "Air base", "#6b4fa1", "dot"),
)
COLOUR = {lid: colour for lid, _, colour, _ in LEGEND}
CELL_COLOURS = {"ok": "#2e8b57", "near": "#e0a526", "bad": "#a32020"}
SITE_KINDS = ("nuclear", "city", "port", "dam")
# Where the features of each legend row are in `map_data`, and the property that picks them out
# of a shared source (the cells by class, the rings by whose aircraft, the sites by kind).
_ROW_FEATURES: dict[str, tuple[str, tuple[str, Any] | None]] = {
    "occupied": ("occupied", None), "buffer": ("buffer", None), "contact-line": ("line", None),
    "cells-ok": ("cells", ("cls", "ok")), "cells-near": ("cells", ("cls", "near")),
    "cells-bad": ("cells", ("cls", "bad")), "rings": ("rings", ("us", False)), "rings-us": ("rings", ("us", True)),
    **{f"sites-{k}": ("sites", ("kind", k)) for k in SITE_KINDS},
    "garrisons": ("garrisons", None), "garrisons-alone": ("garrisons_alone", None), "bases": ("bases", None),
}


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _r(value: Any, digits: int = 1) -> str:
    """A rounded number for a tooltip (thousands separators, no float noise)."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "n/a"
    return f"{float(value):,.{digits}f}"


@functools.lru_cache(maxsize=2)
def maplibre_assets() -> tuple[str, str]:
    """The shipped MapLibre GL JS and CSS, as text."""
    folder = resources.files("reassure") / "present" / "static" / "maplibre"
    return ((folder / "maplibre-gl.js").read_text(encoding="utf-8"),
            (folder / "maplibre-gl.css").read_text(encoding="utf-8"))


def _geodesic_ring(lon: float, lat: float, radius_km: float, n: int = 96) -> list[list[float]]:
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    az = [360.0 * k / n for k in range(n)]
    lons, lats, _ = geod.fwd([lon] * n, [lat] * n, az, [radius_km * 1000.0] * n)
    ring = [[round(a, 4), round(b, 4)] for a, b in zip(lons, lats, strict=True)]
    return [*ring, ring[0]]


def _round_coords(c: Any) -> Any:
    if isinstance(c, list | tuple) and c and isinstance(c[0], int | float):
        return [round(float(v), 4) for v in c]
    return [_round_coords(x) for x in c]


def _feature(geometry: dict[str, Any], **props: Any) -> dict[str, Any]:
    return {"type": "Feature", "geometry": {"type": geometry["type"],
                                            "coordinates": _round_coords(geometry["coordinates"])},
            "properties": props}


def _derived_areas(theatre: Any, standoff_km: float | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Occupied territory and the standoff band as GeoJSON features (see the module note)."""
    import numpy as np
    from shapely import transform
    from shapely.geometry import LineString, Point, mapping
    from shapely.ops import split

    from reassure.geo import from_metric, to_metric

    try:
        country = theatre.boundary("UKR")
    except Exception:  # a theatre without Ukraine: nothing to derive
        return [], []
    line = np.asarray(theatre.contact_line_lonlat, dtype=float)
    x, y = to_metric(line[:, 0], line[:, 1])
    pts = np.column_stack([np.atleast_1d(x), np.atleast_1d(y)])

    def extend(a: Any, b: Any) -> Any:  # push the end point b 60 km further along a→b
        d = b - a
        return b + d / max(float(np.hypot(*d)), 1e-9) * 60_000.0

    ext = np.vstack([extend(pts[1], pts[0]), pts, extend(pts[-2], pts[-1])])
    line_m = LineString(ext)

    def to_m(xy: Any) -> Any:
        return np.column_stack([np.atleast_1d(v) for v in to_metric(xy[:, 0], xy[:, 1])])

    def to_ll(xy: Any) -> Any:
        return np.column_stack([np.atleast_1d(v) for v in from_metric(xy[:, 0], xy[:, 1])])

    country_m = transform(country, to_m).buffer(0)
    occupied: list[dict[str, Any]] = []
    free = country_m
    try:
        pieces = list(split(country_m, line_m).geoms)
    except Exception:
        pieces = [country_m]
    if len(pieces) > 1:
        cities = sorted(theatre.sites_of_kind("city"), key=lambda s: -(s.population or 0))
        anchor = cities[0] if cities else None
        if anchor is not None:
            ax, ay = to_metric(anchor.lon, anchor.lat)
            anchor_pt = Point(float(ax), float(ay))
            free = next((p for p in pieces if p.buffer(1).contains(anchor_pt)), max(pieces, key=lambda p: p.area))
        else:
            free = max(pieces, key=lambda p: p.area)
        rest = [p for p in pieces if p is not free]
        from shapely.ops import unary_union

        occ = unary_union(rest)
        occupied.append(_feature(mapping(transform(occ.simplify(500), to_ll)),
                                 name="Occupied territory (derived)",
                                 tip="Occupied territory: Ukraine beyond the February 2025 contact line "
                                     "(derived by cutting the boundary with the line; approximate)"))
    buffer: list[dict[str, Any]] = []
    if standoff_km and standoff_km > 0:
        band = LineString(pts).buffer(standoff_km * 1000.0).intersection(free)
        if not band.is_empty:
            buffer.append(_feature(mapping(transform(band.simplify(500), to_ll)),
                                   name="Standoff band",
                                   tip=f"Standoff band: within {_r(standoff_km, 0)} km of the contact line, "
                                       "where the plan places no garrison"))
    return occupied, buffer


def _cell_class(revisit_max_h: Any, target_h: float | None) -> str:
    if revisit_max_h is None or target_h is None:
        return "bad"
    if revisit_max_h <= target_h:
        return "ok"
    return "near" if revisit_max_h <= 3 * target_h else "bad"


def map_data(layers: Sequence[Layer], scenario: Any, sections: Sequence[Any] = ()) -> dict[str, Any]:
    """Every map source as GeoJSON, with tooltip text and label priorities."""
    from reassure.run.sections import protected_sites
    from reassure.theatres import load_theatre

    theatre = load_theatre(scenario.theatre)
    by_id = {layer.id: layer for layer in layers}
    countries = _country_features(theatre)
    standoff_km = (_with_us(sections, "posture") or {}).get("standoff_km")
    occupied, buffer = _derived_areas(theatre, standoff_km)
    line = _line_features(by_id.get("layer-contact-line"), theatre)
    sites = _site_features(_layer_features(by_id, "layer-sites"), protected_sites(scenario))
    site_names = {s.id: s.name for s in theatre.sites}
    garrisons = _garrison_features(_layer_features(by_id, "layer-garrisons"), site_names)
    garrisons_alone = _garrison_alone_features(_layer_features(by_id, "layer-garrisons-without-us"),
                                               site_names)
    bases = _base_features(_layer_features(by_id, "layer-airbases"))
    rings = _ring_features(_layer_features(by_id, "layer-air-rings"))
    cells = _cell_features(_layer_features(by_id, "layer-monitored-cells"),
                           _target_revisit_h(scenario, sections))
    data: dict[str, Any] = {
        "countries": _collection(countries),
        "occupied": _collection(occupied),
        "buffer": _collection(buffer),
        "line": _collection(line),
        "sites": _collection(sites),
        "garrisons": _collection(garrisons),
        "garrisons_alone": _collection(garrisons_alone),
        # legend rows with nothing to draw are left out of the legend
        "empty_layers": [] if garrisons_alone else ["garrisons-alone"],
        "bases": _collection(bases),
        "rings": _collection(rings),
        "cells": _collection(cells),
        "colours": {**COLOUR, **{f"cell-{k}": v for k, v in CELL_COLOURS.items()}},
        "bounds": [float(v) for v in theatre.boundary("UKR").bounds] if countries else [22, 44, 41, 53],
        "country_labels": [
            {"name": f["properties"]["name"], "lonlat": _label_point(f["geometry"])}
            for f in countries
        ],
    }
    # where the table under the map finds each legend row's features (the browser builds it
    # from the features' tooltips, as `map_values` does here: no text is sent twice)
    data["value_sources"] = {lid: [where, *(pick or ())] for lid, (where, pick) in _ROW_FEATURES.items()}
    return data


def _collection(features: list[dict[str, Any]]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": features}


def _layer_features(by_id: dict[str, Layer], layer_id: str) -> Sequence[dict[str, Any]]:
    """The features of the assessment's layer ``layer_id`` (none when it has no such layer)."""
    return by_id[layer_id].features if layer_id in by_id else ()


def _with_us(sections: Sequence[Any], name: str) -> dict[str, Any] | None:
    """The with-US figures of the report section ``name`` (the last, if several; None: none)."""
    found = None
    for s in sections:
        if getattr(s, "name", "") == name:
            found = s.data.get("with_us") or {}
    return found


def _country_features(theatre: Any) -> list[dict[str, Any]]:
    """The basemap: the theatre's boundaries, Ukraine marked as the theatre."""
    boundaries = json.loads((theatre.directory / "boundaries.geojson").read_text(encoding="utf-8"))
    return [
        _feature(f["geometry"], name=f["properties"].get("name", ""), iso3=f["properties"].get("iso3", ""),
                 theatre=f["properties"].get("iso3") == "UKR")
        for f in boundaries["features"]
    ]


def _line_features(line: Layer | None, theatre: Any) -> list[dict[str, Any]]:
    """The contact line from its layer, else (no layer, or an empty one) the theatre's own."""
    return [
        _feature(f["geometry"], tip=f"Contact line, February 2025: {_r(f['properties'].get('length_km'), 0)} km")
        for f in (line.features if line else ())
    ] or [_feature({"type": "LineString", "coordinates": theatre.contact_line_lonlat.tolist()},
                   tip="Contact line")]


def _site_features(features: Sequence[dict[str, Any]], protected: Any) -> list[dict[str, Any]]:
    """Sites by kind; label rank 0 for the plan's protected sites, then other kinds, then cities."""
    sites = []
    for f in features:
        p = f["properties"]
        kind = p.get("kind", "city") if p.get("kind") in SITE_KINDS else "city"
        status = f", {p['status']}" if p.get("status") else ""
        # the layer's own flag (layers.geojson has it too), else the plan's sites
        mine = bool(p.get("protected", p.get("id") in protected))
        sites.append(_feature(f["geometry"], name=p.get("name", ""), kind=kind,
                              protected=mine,
                              tip=f"{p.get('name', '')}: {kind}{status}"
                                  f"{' — protected by the plan' if mine else ''}",
                              rank=0 if mine else (1 if kind != "city" else 2)))
    return sites


def _covered_names(p: dict[str, Any], site_names: dict[str, str]) -> str:
    """A garrison's ``covers`` ids (comma-separated) as site names."""
    return ", ".join(site_names.get(c.strip(), c.strip()) for c in str(p.get("covers") or "").split(",") if c.strip())


def _garrison_features(features: Sequence[dict[str, Any]], site_names: dict[str, str]) -> list[dict[str, Any]]:
    """The with-US plan's garrisons, each saying whether it is manned without the US too."""
    garrisons = []
    for f in features:
        p = f["properties"]
        covers = _covered_names(p, site_names)
        # a garrison at a site is labelled by the site's own label; only a garrison elsewhere gets one
        kept = bool(p.get("without_us", True))
        # its status either way, in words (a hollow ring says "not manned without the US")
        garrisons.append(_feature(f["geometry"], name="" if p.get("id") in site_names else p.get("name", ""),
                                  rank=0, without_us=kept,
                                  tip=f"{p.get('label', 'garrison')}{', manned without the US backstop too' if kept else ''}; "
                                      f"covers {covers or 'nothing'}"))
    return garrisons


def _garrison_alone_features(features: Sequence[dict[str, Any]], site_names: dict[str, str]
                             ) -> list[dict[str, Any]]:
    """Garrisons the force places only without the US: the with-US plan does not have them,
    so they are drawn apart."""
    return [
        _feature(f["geometry"], name="", rank=1,
                 tip=f"{f['properties'].get('label', 'garrison without the US backstop')}; "
                     f"covers {_covered_names(f['properties'], site_names) or 'nothing'}")
        for f in features
    ]


def _base_features(features: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        _feature(f["geometry"], name=f["properties"].get("name", ""), rank=1,
                 tip=f"Air base {f['properties'].get('label', '')}")
        for f in features
    ]


def _ring_features(features: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each base's fighter combat radius as a geodesic ring around it (US aircraft flagged)."""
    rings = []
    for f in features:
        p = f["properties"]
        lon, lat = f["geometry"]["coordinates"][:2]
        rings.append({"type": "Feature",
                      "geometry": {"type": "LineString",
                                   "coordinates": _geodesic_ring(lon, lat, float(p.get("radius_km", 0)))},
                      "properties": {"us": bool(p.get("us")),
                                     "tip": f"{p.get('name', 'combat radius')}: {_r(p.get('radius_km'), 0)} km"
                                            f"{' (US aircraft)' if p.get('us') else ''}"}})
    return rings


def _target_revisit_h(scenario: Any, sections: Sequence[Any]) -> float | None:
    """The revisit target the cells are classed by: the monitoring section's, else the plan's."""
    settings = (_with_us(sections, "monitoring") or {}).get("settings") or {}
    target_h = settings.get("target_revisit_h")
    if target_h is None:
        try:
            from reassure.bridge.monitoring import (
                targets,  # the bridge turns Quantities into floats
            )

            target_h = float(targets(scenario)[0])
        except Exception:
            target_h = None
    return target_h


def _cell_features(features: Sequence[dict[str, Any]], target_h: float | None) -> list[dict[str, Any]]:
    """The monitored cells of the line, classed by their worst revisit against ``target_h``."""
    cells = []
    for f in features:
        p = f["properties"]
        worst = p.get("revisit_max_h")
        worst_no = p.get("no_us_revisit_max_h")
        tip = (f"Line km {_r(p.get('start_km'), 0)}–{_r((p.get('start_km') or 0) + (p.get('length_km') or 0), 0)}: "
               f"worst revisit {_r(worst, 1)} h, mean {_r(p.get('revisit_mean_h'), 1)} h"
               f"{'' if worst_no is None else f'; without the US {_r(worst_no, 1)} h'}"
               f"{'' if target_h is None else f' (target {_r(target_h, 1)} h)'}")
        cells.append(_feature(f["geometry"], cls=_cell_class(worst, target_h), tip=tip))
    return cells


def map_values(data: dict[str, Any]) -> list[dict[str, str]]:
    """What the map shows on hover, as rows for a table under the map: each feature's legend
    row (``layer``, ``what``: its words, with the shape or dash that tells it apart) and its
    tooltip (``value``: a line cell's worst revisit, a garrison's status ...), in the legend's
    order (review 20 7: the values came only on mouse hover, out of a keyboard's reach)."""
    rows = []
    for lid, text, _, _ in LEGEND:
        where, *pick = data["value_sources"].get(lid, [lid])
        for f in data.get(where, {}).get("features", ()):
            props = f["properties"]
            if pick and props.get(pick[0]) != pick[1]:
                continue
            if props.get("tip"):
                rows.append({"layer": lid, "what": text, "value": props["tip"]})
    return rows


def _label_point(geometry: dict[str, Any]) -> list[float]:
    from shapely.geometry import shape

    g = shape(geometry)
    if g.geom_type == "MultiPolygon":
        g = max(g.geoms, key=lambda p: p.area)
    pt = g.representative_point()
    return [round(pt.x, 3), round(pt.y, 3)]


MAP_CSS = """
.rmap{position:relative;width:100%;height:560px;border:1px solid #ccc;background:#dfeaf2}
.rmap .canvas{position:absolute;inset:0}
.rmap-legend{font:12px/1.35 sans-serif;background:rgba(255,255,255,.92);padding:6px 8px;border-radius:4px;
 position:absolute;top:8px;left:8px;z-index:2;max-width:260px}
.rmap-legend .fold{all:unset;cursor:pointer;font-weight:bold;display:block}.rmap-legend .fold:focus-visible{outline:3px solid #1f5fa8;outline-offset:2px}
.rmap-legend.folded label{display:none}
.rmap-legend label{display:flex;align-items:center;gap:6px;cursor:pointer;margin:2px 0}
.rmap-legend .chip{display:inline-block;width:12px;height:12px;flex:none}
.rmap-label{font:11px sans-serif;color:#222;white-space:nowrap;pointer-events:none;
 text-shadow:0 0 2px #fff,0 0 2px #fff,0 0 3px #fff}
.rmap-label.country{font:italic 12px Georgia,serif;color:#666;letter-spacing:.05em}
.rmap-fallback{display:none}.rmap.nogl .rmap-fallback{display:block}.rmap.nogl{height:auto}
@media (max-width:640px){.rmap{height:420px}.rmap-legend{max-width:170px;font-size:11px}}
.rmap-values{margin:6px 0}.rmap-values-table{font-size:13px}.rmap-values-table th[scope=row]{font-weight:normal;color:#444}
@media print{.rmap-legend input{display:none}}
"""

MAP_JS = r"""
(function(){
function chip(kind, colour){
  if(kind==='line') return 'background:'+colour+';height:3px';
  if(kind==='ring') return 'border:2px dashed '+colour+';border-radius:50%;width:9px;height:9px';
  if(kind==='ring-us') return 'border:2px dotted '+colour+';border-radius:50%;width:9px;height:9px';
  if(kind==='cell-ok') return 'background:'+colour+';border-radius:50%;width:8px;height:8px;margin:2px';
  if(kind==='cell-near') return 'border:2px solid '+colour+';border-radius:50%;width:8px;height:8px;margin:2px';
  if(kind==='cell-bad') return 'background:linear-gradient(45deg,transparent 38%,'+colour+' 38% 62%,transparent 62%),'+
    'linear-gradient(-45deg,transparent 38%,'+colour+' 38% 62%,transparent 62%)';
  if(kind==='dot') return 'background:'+colour+';border-radius:50%';
  if(kind==='garrison') return 'border:3px solid '+colour+';border-radius:50%;background:rgba(28,107,58,.35);width:14px;height:14px';
  return 'background:'+colour;
}
// the values shown on hover, also as a table under the map behind a button (a keyboard, a
// touch screen or a screen reader gets them too); built before the WebGL check, so a browser
// that cannot draw the map still has them
function valuesTable(el, data, legend){
  // the rows of `map_values` (maplibre.py): each feature's legend words and its tooltip
  var rows = [], where = data.value_sources || {};
  legend.forEach(function(row){
    var spec = where[row[0]];
    if(!spec || !data[spec[0]]) return;
    data[spec[0]].features.forEach(function(f){
      var p = f.properties;
      if(spec.length > 1 && p[spec[1]] !== spec[2]) return;
      if(p.tip) rows.push({layer:row[0], what:row[1], value:p.tip});
    });
  });
  var next = el.nextElementSibling;
  if(next && next.classList.contains('rmap-values')) next.remove();
  if(!rows.length) return;
  var id = (el.id || 'rmap') + '-values';
  var wrap = document.createElement('div'); wrap.className = 'rmap-values';
  var btn = document.createElement('button'); btn.type = 'button'; btn.className = 'rmap-values-toggle';
  var show = 'Show the map\u2019s values as a table (' + rows.length + ' rows)';
  btn.textContent = show; btn.setAttribute('aria-expanded', 'false'); btn.setAttribute('aria-controls', id);
  var panel = document.createElement('div'); panel.id = id; panel.className = 'scroll'; panel.hidden = true;
  var t = document.createElement('table'); t.className = 'rmap-values-table';
  var cap = document.createElement('caption');
  cap.textContent = 'The values the map shows when the mouse is over a feature, one row a feature';
  t.appendChild(cap);
  var head = t.createTHead().insertRow();
  ['on the map', 'value'].forEach(function(h){ var th = document.createElement('th'); th.scope = 'col'; th.textContent = h; head.appendChild(th); });
  var body = t.createTBody();
  rows.forEach(function(r){
    var tr = body.insertRow(); tr.dataset.layer = r.layer;
    var th = document.createElement('th'); th.scope = 'row'; th.textContent = r.what; tr.appendChild(th);
    tr.insertCell().textContent = r.value;
  });
  panel.appendChild(t);
  btn.addEventListener('click', function(){
    var open = panel.hidden;
    panel.hidden = !open; btn.setAttribute('aria-expanded', String(open));
    btn.textContent = open ? 'Hide the table of the map\u2019s values' : show;
  });
  wrap.appendChild(btn); wrap.appendChild(panel);
  el.insertAdjacentElement('afterend', wrap);
}
window.reassureMap = function(el, data, legend){
  valuesTable(el, data, legend);
  var box = el.querySelector('.canvas');
  var probe = document.createElement('canvas');
  var gl = probe.getContext && (probe.getContext('webgl2') || probe.getContext('webgl'));
  if(!window.maplibregl || !gl){ el.classList.add('nogl'); return null; }
  var C = data.colours;
  var style = {version:8, sources:{}, layers:[{id:'sea', type:'background', paint:{'background-color':'#dfeaf2'}}]};
  ['countries','occupied','buffer','line','rings','cells','sites','garrisons','garrisons_alone','bases'].forEach(function(k){
    style.sources[k] = {type:'geojson', data:data[k] || {type:'FeatureCollection', features:[]}};
  });
  style.layers.push(
    {id:'countries-fill', type:'fill', source:'countries', paint:{'fill-color':['case',['get','theatre'],'#fffdf4','#eeebe3']}},
    {id:'countries-edge', type:'line', source:'countries', paint:{'line-color':['case',['get','theatre'],'#4a4a4a','#9a9486'], 'line-width':['case',['get','theatre'],1.4,0.8]}},
    {id:'occupied', type:'fill', source:'occupied', paint:{'fill-color':C['occupied'], 'fill-opacity':0.75}},
    {id:'buffer', type:'fill', source:'buffer', paint:{'fill-color':C['buffer'], 'fill-opacity':0.55}},
    // European rings dashed, US rings dotted: the dash tells them apart without the colour
    {id:'rings', type:'line', source:'rings', filter:['!',['get','us']], paint:{'line-color':C['rings'], 'line-width':1.5, 'line-dasharray':[3,2]}},
    {id:'rings-us', type:'line', source:'rings', filter:['get','us'], layout:{'line-cap':'round'},
       paint:{'line-color':C['rings-us'], 'line-width':2, 'line-dasharray':[0.1,2.5]}},
    {id:'contact-line', type:'line', source:'line', paint:{'line-color':C['contact-line'], 'line-width':2.5}},
    // line cells by worst revisit: a dot within target, a ring within 3x, a cross beyond
    {id:'cells-ok', type:'circle', source:'cells', filter:['==',['get','cls'],'ok'],
       paint:{'circle-radius':['interpolate',['linear'],['zoom'],4,2,8,5], 'circle-color':C['cell-ok']}},
    {id:'cells-near', type:'circle', source:'cells', filter:['==',['get','cls'],'near'],
       paint:{'circle-radius':['interpolate',['linear'],['zoom'],4,2.5,8,5], 'circle-opacity':0,
              'circle-stroke-color':C['cell-near'], 'circle-stroke-width':1.6}},
    {id:'cells-bad', type:'symbol', source:'cells', filter:['==',['get','cls'],'bad'],
       layout:{'icon-image':'rmap-cross', 'icon-size':['interpolate',['linear'],['zoom'],4,0.55,8,1],
               'icon-allow-overlap':true, 'icon-ignore-placement':true}}
  );
  ['nuclear','city','port','dam'].forEach(function(kind){
    style.layers.push({id:'sites-'+kind, type:'circle', source:'sites', filter:['==',['get','kind'],kind],
      paint:{'circle-color':C['sites-'+kind], 'circle-radius':['case',['get','protected'],6,4],
             'circle-stroke-color':'#fff', 'circle-stroke-width':1.2}});
  });
  style.layers.push(
    // a garrison the force cannot man without the US is drawn hollow (its tooltip says so)
    {id:'garrisons', type:'circle', source:'garrisons', paint:{'circle-color':C['garrisons'], 'circle-radius':8,
       'circle-opacity':['case',['get','without_us'],0.35,0], 'circle-stroke-color':C['garrisons'], 'circle-stroke-width':2.5}},
    {id:'garrisons-alone', type:'circle', source:'garrisons_alone', paint:{'circle-color':C['garrisons-alone'], 'circle-radius':7,
       'circle-opacity':0.25, 'circle-stroke-color':C['garrisons-alone'], 'circle-stroke-width':2, 'circle-stroke-opacity':0.9}},
    {id:'bases', type:'circle', source:'bases', paint:{'circle-color':C['bases'], 'circle-radius':5,
       'circle-stroke-color':'#fff', 'circle-stroke-width':1.2}}
  );
  var map;
  try {
    map = new maplibregl.Map({container:box, style:style, bounds:[[data.bounds[0]-1,data.bounds[1]-0.5],[data.bounds[2]+1,data.bounds[3]+0.5]],
      attributionControl:false, preserveDrawingBuffer:true, fadeDuration:0});
  } catch(err) { el.classList.add('nogl'); return null; }
  // the cross of a cell beyond 3x target, drawn here (nothing is loaded from elsewhere)
  map.on('styleimagemissing', function(e){
    if(e.id !== 'rmap-cross' || map.hasImage('rmap-cross')) return;
    var n = 14, cv = document.createElement('canvas'); cv.width = n; cv.height = n;
    var g = cv.getContext('2d'); g.lineCap = 'round';
    [['#ffffff', 4.5], [C['cell-bad'], 2.4]].forEach(function(pen){
      g.strokeStyle = pen[0]; g.lineWidth = pen[1]; g.beginPath();
      g.moveTo(3, 3); g.lineTo(n-3, n-3); g.moveTo(n-3, 3); g.lineTo(3, n-3); g.stroke();
    });
    map.addImage('rmap-cross', g.getImageData(0, 0, n, n));
  });
  map.addControl(new maplibregl.NavigationControl({showCompass:false}), 'top-right');
  map.addControl(new maplibregl.ScaleControl({maxWidth:120, unit:'metric'}), 'bottom-right');
  // legend with toggles: one checkbox per legend row, colours from the same table as the paint
  var lg = el.querySelector('.rmap-legend');
  var fold = document.createElement('button'); fold.type='button'; fold.className='fold';
  fold.textContent='Map layers ▾'; fold.setAttribute('aria-expanded','true');
  fold.addEventListener('click', function(){ var open = lg.classList.toggle('folded');
    fold.textContent = open ? 'Map layers ▸' : 'Map layers ▾'; fold.setAttribute('aria-expanded', String(!open)); place(); });
  lg.appendChild(fold);
  // review s49: on a narrow map the open legend covers western Ukraine: it starts folded there
  if(el.clientWidth < 700){ lg.classList.add('folded'); fold.textContent='Map layers ▸'; fold.setAttribute('aria-expanded','false'); }
  var empty = data.empty_layers || [];
  legend.forEach(function(row){
    var id=row[0], text=row[1], colour=row[2], kind=row[3];
    if(empty.indexOf(id) >= 0) return;
    var lab = document.createElement('label');
    var cb = document.createElement('input'); cb.type='checkbox'; cb.checked=true; cb.dataset.layer=id;
    var sw = document.createElement('span'); sw.className='chip'; sw.setAttribute('style', chip(kind, colour));
    lab.appendChild(cb); lab.appendChild(sw); lab.appendChild(document.createTextNode(text));
    cb.addEventListener('change', function(){
      var v = cb.checked ? 'visible' : 'none';
      if(map.getLayer(id)) map.setLayoutProperty(id, 'visibility', v);
      labels.forEach(function(l){ if(l.group===id) l.off = !cb.checked; });
      place();
    });
    lg.appendChild(lab);
  });
  // tooltips: the texts were rounded in Python
  var popup = new maplibregl.Popup({closeButton:false, closeOnClick:false, maxWidth:'320px'});
  var hoverable = ['garrisons','garrisons-alone','bases','sites-nuclear','sites-city','sites-port','sites-dam','cells-ok','cells-near','cells-bad','contact-line','rings','rings-us','occupied','buffer'];
  map.on('mousemove', function(e){
    var ids = hoverable.filter(function(i){ return map.getLayer(i) && map.getLayoutProperty(i,'visibility')!=='none'; });
    var f = map.queryRenderedFeatures([[e.point.x-4,e.point.y-4],[e.point.x+4,e.point.y+4]], {layers:ids});
    if(f.length && f[0].properties.tip){ map.getCanvas().style.cursor='pointer';
      popup.setLngLat(e.lngLat).setText(f[0].properties.tip).addTo(map); }
    else { map.getCanvas().style.cursor=''; popup.remove(); }
  });
  // labels: HTML elements, greedy collision in screen space (rank 0 first)
  var labels = [];
  function addLabels(fc, group, cls){
    fc.features.forEach(function(f){
      if(!f.properties.name) return;
      var d = document.createElement('div'); d.className='rmap-label'+(cls?' '+cls:''); d.textContent=f.properties.name;
      d.style.position='absolute'; d.style.left='0'; d.style.top='0';
      box.appendChild(d);
      labels.push({el:d, lonlat:f.geometry.coordinates, rank:f.properties.rank||0, group:group, off:false, dx:7, dy:-7});
    });
  }
  addLabels(data.garrisons, 'garrisons');
  ['nuclear','port','dam','city'].forEach(function(k){
    addLabels({features:data.sites.features.filter(function(f){return f.properties.kind===k;})}, 'sites-'+k);
  });
  addLabels(data.bases, 'bases');
  data.country_labels.forEach(function(c){
    var d=document.createElement('div'); d.className='rmap-label country'; d.textContent=c.name;
    d.style.position='absolute'; d.style.left='0'; d.style.top='0'; box.appendChild(d);
    labels.push({el:d, lonlat:c.lonlat, rank:3, group:'countries', off:false, dx:0, dy:0, centre:true});
  });
  labels.sort(function(a,b){ return a.rank-b.rank; });
  function place(){
    var placed = [], W = box.clientWidth, H = box.clientHeight;
    var lr = lg.getBoundingClientRect(), br = box.getBoundingClientRect();
    if(lg.offsetParent) placed.push([lr.left-br.left, lr.top-br.top, lr.right-br.left, lr.bottom-br.top]);
    labels.forEach(function(l){
      if(l.off){ l.el.style.display='none'; return; }
      var p = map.project(l.lonlat), w = l.el.offsetWidth || 60, h = l.el.offsetHeight || 12;
      var x = l.centre ? p.x - w/2 : p.x + l.dx, y = l.centre ? p.y - h/2 : p.y + l.dy - h/2;
      var r = [x, y, x+w, y+h];
      var hit = r[0]<0 || r[1]<0 || r[2]>W || r[3]>H || placed.some(function(q){ return !(r[2]<q[0]||r[0]>q[2]||r[3]<q[1]||r[1]>q[3]); });
      if(hit){ l.el.style.display='none'; return; }
      l.el.style.display='block'; l.el.style.transform='translate('+x.toFixed(1)+'px,'+y.toFixed(1)+'px)';
      placed.push(r);
    });
  }
  if(box.clientWidth < 560){ lg.classList.add('folded'); fold.textContent='Map layers ▸'; fold.setAttribute('aria-expanded','false'); }
  map.on('load', function(){ place(); el.dataset.ready='1'; });
  map.on('move', place);
  el._map = map;
  return map;
};
})();
"""


def map_html(
    layers: Sequence[Layer], scenario: Any, sections: Sequence[Any] = (), *, inline: bool = True,
    static_prefix: str = "static/maplibre", fallback_svg: str = "", element_id: str = "rmap",
) -> str:
    """The map as an HTML fragment: container, legend with toggles, data and script.

    ``inline``: embed MapLibre's JS and CSS (a single offline file, ~0.87 MB more);
    otherwise load them from ``static_prefix`` (the served page).
    """
    data = map_data(layers, scenario, sections)
    payload = json.dumps(data, separators=(",", ":")).replace("</", "<\\/")
    legend = json.dumps([list(row) for row in LEGEND]).replace("</", "<\\/")
    if inline:
        js, css = maplibre_assets()
        head = f"<style>{css}</style><style>{MAP_CSS}</style><script>{js}</script>"
    else:
        head = (f'<link rel="stylesheet" href="{_e(static_prefix)}/maplibre-gl.css">'
                f"<style>{MAP_CSS}</style>"
                f'<script src="{_e(static_prefix)}/maplibre-gl.js"></script>')
    fallback = (f'<div class="rmap-fallback"><p class="meta">This browser cannot draw the interactive '
                f"map (no WebGL); the static map follows.</p>{fallback_svg}</div>") if fallback_svg else ""
    return (
        f'{head}<div class="rmap" id="{_e(element_id)}" data-maplibre="{MAPLIBRE_VERSION}">'
        f'<div class="canvas"></div><div class="rmap-legend" aria-label="map layers"></div>{fallback}</div>'
        f"<script>{MAP_JS}</script>"
        f"<script>reassureMap(document.getElementById({json.dumps(element_id)}), {payload}, {legend});</script>"
    )
