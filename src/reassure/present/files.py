"""Writing an assessment's files: report.html, results.json, layers.geojson and CSV tables.

The files of one run are written as a set (`reassure.run.outputs`): into a staging folder beside
the destination, then swapped in, so a run that fails or is killed at any moment leaves either the
complete previous set or the complete new one, never a mix, and no temporary files.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reassure.run.results import Layer, plan_label

if TYPE_CHECKING:
    from reassure.run.assess import Assessment

__all__ = ["atomic_write", "check_out_dir", "layers_geojson", "section_keyed", "write_outputs"]


def atomic_write(path: Path, text: str) -> None:
    """Write one file through a temporary name and a rename (never half-written)."""
    from reassure.run.outputs import atomic_write_file

    atomic_write_file(path, text)


def layers_geojson(layers: tuple[Layer, ...]) -> dict[str, Any]:
    """All map layers as one GeoJSON FeatureCollection (property `layer` names the layer)."""
    features = []
    for layer in layers:
        for f in layer.features:
            props = {k: v for k, v in f.get("properties", {}).items() if k not in ("colour", "size", "show_label")}
            features.append({"type": "Feature", "geometry": f["geometry"],
                             "properties": {"layer": layer.id, **props}})
    return {"type": "FeatureCollection", "features": features}


def section_keyed(sections: Any) -> list[Any]:
    """The sections with each figure keyed ``section.figure`` (``air.capital_cost_eur_m``), as
    `compare.csv`, `results.json`'s sections and the report's rows key them: the key column of
    figures.csv is unique (review: ``capital_cost_eur_m`` was the key of both the air and the
    maritime capital, and ``cost_per_year_low_eur_m`` / ``_high_eur_m`` likewise).

    >>> from reassure.run.results import Figure, SectionResult
    >>> [f.key for s in section_keyed([SectionResult("air", "Air", figures=(Figure("capital_cost_eur_m", "c", 1, 1),))])
    ...  for f in s.figures]
    ['air.capital_cost_eur_m']
    """
    from dataclasses import replace

    return [replace(s, figures=tuple(replace(f, key=f"{s.name}.{f.key}") for f in s.figures)) for s in sections]


def check_out_dir(out_dir: Path | str) -> Path:
    """Make sure a result set can be swapped into ``out_dir``, before any work is done (a
    marked folder holding anything beyond its set is refused here, as the swap would)."""
    from reassure.run.outputs import check_destination

    return check_destination(out_dir, swap=True)


def write_outputs(assessment: Assessment, out_dir: Path) -> dict[str, Path]:
    """Write report.html, results.json, layers.geojson and CSV tables into ``out_dir``.

    Every text is rendered first and only then written, as one set (`reassure.run.outputs`):
    a failure or a kill at any moment leaves the previous set or the new one, whole.
    """
    from reassure.present.output import to_jsonable
    from reassure.present.report import render_report
    from reassure.present.svg import map_svg

    out_dir = check_out_dir(out_dir)
    texts: dict[str, str] = {}

    def put(name: str, text: str) -> None:
        texts[name] = text

    put("results.json", json.dumps(to_jsonable(assessment.to_dict()), indent=2, ensure_ascii=False))
    put("layers.geojson", json.dumps(to_jsonable(layers_geojson(assessment.layers))))
    from reassure.present.output import figures_csv, table_csv

    # rounded, with 95% intervals, and what "with_us" means for this plan; keyed section.figure
    put("figures.csv", figures_csv(section_keyed(assessment.sections), plan_label(assessment.scenario)))
    for s in assessment.sections:
        for t in s.tables:
            put(f"{t.id}.csv", table_csv(t))
    map_refs = tuple(r for layer in assessment.layers for r in layer.refs) or ("theatre",)
    html = render_report(
        assessment.scenario, assessment.sections, assessment.verdicts, assessment.settings,
        map_svg(assessment.layers), map_refs, assessment.extra_charts,
    )
    put("report.html", html)
    from reassure.run.outputs import write_set

    return write_set(out_dir, texts)  # the whole set, swapped in at once
