"""The theatre section: the map layers every report starts with (no model behind them).

The model sections are rendered by the capabilities (`reassure.run.capabilities`), each from
its typed outcome.
"""

from __future__ import annotations

from typing import Any

from reassure.run.results import Layer, SectionResult

__all__ = ["protected_sites", "theatre_section"]

SITE_COLOURS = {"nuclear": "#d9822b", "city": "#333333", "port": "#1f5fa8", "dam": "#3a8f5c"}


def _point(lon: float, lat: float, **props: Any) -> dict[str, Any]:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": props}


def protected_sites(scenario: Any) -> set[str]:
    """The sites the plan protects: among its sites (``posture.sites``) with a weight above 0 (a
    site given weight 0 is "not protected in this variant", as the posture section reads it).

    >>> from types import SimpleNamespace as N
    >>> sorted(protected_sites(N(posture=N(sites=[N(site="kyiv", weight=N(canonical=1000.0)),
    ...                                           N(site="znpp", weight=N(canonical=0.0))]))))
    ['kyiv']
    """
    return {p.site for p in scenario.posture.sites if p.weight.canonical > 0}


def theatre_section(scenario: Any) -> SectionResult:
    """The theatre as map layers: boundaries, contact line, sites and air bases."""
    import json

    from reassure.geo import line_length_km
    from reassure.theatres import load_theatre

    theatre = load_theatre(scenario.theatre)
    boundaries = json.loads((theatre.directory / "boundaries.geojson").read_text())
    bsrc = tuple(f"theatre:{s}" for f in boundaries["features"]
                 for s in str(f["properties"].get("source", "")).split(";") if s in theatre.sources)
    ukraine = [f for f in boundaries["features"] if f["properties"].get("iso3") == "UKR"]
    others = [f for f in boundaries["features"] if f["properties"].get("iso3") != "UKR"]
    line = theatre.contact_line_lonlat
    line_src = tuple(sorted({f"theatre:{s}" for p in theatre.contact_line for s in p.source}))
    protected = protected_sites(scenario)
    site_feats = [
        # review: `protected` in layers.geojson too, as the report's map draws it, so a QGIS user
        # can rebuild that map (the map reads it from here)
        _point(s.lon, s.lat, id=s.id, name=s.name, kind=s.kind, status=s.status, protected=s.id in protected,
               label=f"{s.name} ({s.kind}, {s.status or 'n/a'})",
               colour=SITE_COLOURS.get(s.kind, "#333"), size=5 if s.id in protected else 3,
               show_label=s.id in protected)
        for s in theatre.sites
    ]
    site_src = tuple(sorted({f"theatre:{x}" for s in theatre.sites for x in s.source}))
    base_feats = [
        _point(b.lon, b.lat, id=b.id, name=f"{b.id} {b.name}", label=f"{b.id} {b.name}",
               colour="#6b4fa1", size=4, show_label=True)
        for b in theatre.airbases
    ]
    base_src = tuple(sorted({f"theatre:{x}" for b in theatre.airbases for x in b.source}))
    layers = (
        Layer("layer-neighbours", "Neighbouring countries", "polygon", tuple(others), bsrc),
        Layer("layer-ukraine", "Ukraine (Crimea included)", "polygon", tuple(ukraine), bsrc),
        Layer("layer-contact-line", "Contact line, February 2025", "line",
              ({"type": "Feature", "geometry": {"type": "LineString", "coordinates": line.tolist()},
                "properties": {"name": "contact line", "length_km": round(line_length_km(line), 1)}},),
              line_src),
        Layer("layer-sites", "Strategic sites", "point", tuple(site_feats), site_src),
        Layer("layer-airbases", "Air bases", "point", tuple(base_feats), base_src),
    )
    return SectionResult(name="theatre", title="Theatre", layers=layers,
                         data={"contact_line_km": round(line_length_km(line), 1)})
