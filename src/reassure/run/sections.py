"""Section adapters: each runs one model area on a scenario, with and without the US backstop,
and turns the model's typed result into verdicts, figures, charts, layers and tables.

An adapter has the signature ``adapter(scenario, settings, earlier_sections) -> SectionResult``.
This is the only place where model outputs meet presentation; models stay pure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reassure.run.results import Chart, Layer, SectionResult

__all__ = ["SECTIONS", "sensitivity", "theatre_section"]

Adapter = Callable[[Any, dict[str, Any], Sequence[SectionResult]], SectionResult]

SITE_COLOURS = {"nuclear": "#d9822b", "city": "#333333", "port": "#1f5fa8", "dam": "#3a8f5c"}


def _point(lon: float, lat: float, **props: Any) -> dict[str, Any]:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": props}


def theatre_section(scenario: Any, settings: dict[str, Any], earlier: Sequence[SectionResult]) -> SectionResult:
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
    protected = {p.site for p in scenario.posture.sites}
    site_feats = [
        _point(s.lon, s.lat, id=s.id, name=s.name, kind=s.kind, status=s.status,
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


def sensitivity(scenario: Any, settings: dict[str, Any], sections: Sequence[SectionResult]) -> tuple[Chart, ...]:
    """One-at-a-time swings of the main assumptions (see `reassure.run.sensitivity`)."""
    from reassure.run.sensitivity import run_sensitivity

    return run_sensitivity(scenario)


def _lazy(module: str, function: str) -> Adapter:
    def run(scenario: Any, settings: dict[str, Any], earlier: Sequence[SectionResult]) -> SectionResult:
        import importlib

        return getattr(importlib.import_module(module), function)(scenario, settings, earlier)

    run.__name__ = function
    return run


SECTIONS: tuple[tuple[str, Adapter], ...] = (
    ("theatre", theatre_section),
    ("force", _lazy("reassure.run.section_force", "force_section")),
    ("posture", _lazy("reassure.run.section_posture", "posture_section")),
    ("monitoring", _lazy("reassure.run.section_monitoring", "monitoring_section")),
    ("monitoring_band", _lazy("reassure.run.section_monitoring_band", "monitoring_band_section")),
    ("incidents", _lazy("reassure.run.section_incidents", "incidents_section")),
    ("air", _lazy("reassure.run.section_air", "air_section")),
    ("maritime", _lazy("reassure.run.section_maritime", "maritime_section")),
    ("costs", _lazy("reassure.run.section_costs", "costs_section")),
)
