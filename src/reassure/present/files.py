"""Writing an assessment's files: report.html, results.json, layers.geojson and CSV tables.

Each file is written to a temporary name and renamed, so a run that fails or is killed never
leaves a half-written file or destroys the previous one.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reassure.run.results import Layer

if TYPE_CHECKING:
    from reassure.run.assess import Assessment

__all__ = ["atomic_write", "check_out_dir", "layers_geojson", "write_outputs"]


def atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; a report is meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def layers_geojson(layers: tuple[Layer, ...]) -> dict[str, Any]:
    """All map layers as one GeoJSON FeatureCollection (property `layer` names the layer)."""
    features = []
    for layer in layers:
        for f in layer.features:
            props = {k: v for k, v in f.get("properties", {}).items() if k not in ("colour", "size", "show_label")}
            features.append({"type": "Feature", "geometry": f["geometry"],
                             "properties": {"layer": layer.id, **props}})
    return {"type": "FeatureCollection", "features": features}


def check_out_dir(out_dir: Path) -> Path:
    """Make sure ``out_dir`` is (or can become) a writable folder, before any work is done."""
    from reassure.errors import ReassureError

    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise ReassureError(f"--out {out_dir}: is a file; expected a folder to write the report into")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReassureError(f"--out {out_dir}: cannot be created ({exc.strerror})") from None
    if not os.access(out_dir, os.W_OK):
        raise ReassureError(f"--out {out_dir}: is not writable")
    return out_dir


def write_outputs(assessment: Assessment, out_dir: Path) -> dict[str, Path]:
    """Write report.html, results.json, layers.geojson and CSV tables into ``out_dir``.

    Every text is rendered first and only then written, each file atomically, so a failure
    while rendering leaves the previous outputs untouched.
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

    put("figures.csv", figures_csv(assessment.sections))  # rounded, with 95% intervals
    for s in assessment.sections:
        for t in s.tables:
            put(f"{t.id}.csv", table_csv(t))
    map_refs = tuple(r for layer in assessment.layers for r in layer.refs) or ("theatre",)
    html = render_report(
        assessment.scenario, assessment.sections, assessment.verdicts, assessment.settings,
        map_svg(assessment.layers), map_refs, assessment.extra_charts,
    )
    put("report.html", html)
    written: dict[str, Path] = {}
    for name, text in texts.items():
        atomic_write(out_dir / name, text)
        written[name] = out_dir / name
    return written
