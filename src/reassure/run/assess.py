"""The main job: assess one scenario end to end, with and without the US backstop.

`assess()` runs each section adapter (`reassure.run.sections.SECTIONS`) in order and gathers
their verdicts, figures, charts, layers and tables. `write_outputs()` writes the report and the
machine-readable results as one set (`reassure.run.outputs`): a run that fails or is killed
leaves the previous set or the new one, whole, never a mix.
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reassure.run.results import SCHEMA_VERSION, Chart, Layer, SectionResult, Verdict

__all__ = [
    "Assessment", "Settings", "assess", "atomic_write", "check_out_dir", "layers_geojson", "write_outputs",
]

DEFAULT_RUNS = 20


@dataclass(frozen=True)
class Settings:
    """How the assessment is run."""

    runs: int = DEFAULT_RUNS
    seed: int | None = None  # None: the scenario's seed
    sensitivity: bool = True
    workers: int = 2  # 1: everything in this process; 2: monitoring and incidents in a second one


@dataclass(frozen=True)
class Assessment:
    """Everything `reassure assess` found for one scenario."""

    scenario: Any
    settings: dict[str, Any]
    sections: tuple[SectionResult, ...]
    verdicts: tuple[Verdict, ...]
    extra_charts: tuple[Chart, ...] = ()
    timings_s: dict[str, float] = field(default_factory=dict)

    @property
    def layers(self) -> tuple[Layer, ...]:
        return tuple(layer for s in self.sections for layer in s.layers)

    def to_dict(self) -> dict[str, Any]:
        """The schema-versioned JSON form (`results.json`, `--format json`)."""
        from reassure.spec import scenario_summary

        summary = scenario_summary(self.scenario)
        return {
            "schema_version": SCHEMA_VERSION,
            "scenario": {k: summary[k] for k in ("name", "title", "theatre", "seed", "file")},
            "settings": self.settings,
            "verdicts": [v.__dict__ | {"refs": list(v.refs)} for v in self.verdicts],
            "sections": {s.name: s.to_dict() for s in self.sections},
            "sensitivity": [c.__dict__ for c in self.extra_charts],
            "provenance": {"parameters": summary["parameters"], "statements": summary["statements"],
                           "sources": summary["sources"]},
            "timings_s": self.timings_s,
        }


def assess(
    scenario: Any,
    settings: Settings = Settings(),
    progress: Callable[[str], None] | None = None,
) -> Assessment:
    """Run every section on ``scenario`` (each with and without the US backstop)."""
    from reassure import __version__
    from reassure.run.sections import SECTIONS, sensitivity

    seed = scenario.seed if settings.seed is None else settings.seed
    if seed != scenario.seed:  # every section (force, sensitivity, incidents) then uses it
        scenario = scenario.model_copy(update={"seed": seed})
    run_settings = {"runs": settings.runs, "seed": seed, "version": __version__}
    done: dict[str, SectionResult] = {}
    timings: dict[str, float] = {}

    def run(name: str, adapter: Any) -> SectionResult:
        start = time.perf_counter()
        result = adapter(scenario, run_settings, [done[n] for n, _ in SECTIONS if n in done])
        timings[name] = round(time.perf_counter() - start, 3)
        return result

    # Monitoring and incidents (which builds on monitoring) run in a forked worker process while
    # force, posture and the sensitivity pass run here: on two cores this nearly halves the
    # wall time. Each part is seeded on its own, and results are gathered in the fixed order of
    # SECTIONS, so the numbers are identical with one worker or two.
    offload = {"monitoring", "incidents"} if settings.workers > 1 else set()
    extra: tuple[Chart, ...] = ()
    future = None
    if offload:
        context = multiprocessing.get_context("fork")
        pool = ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_die_with_parent,
                                   initargs=(os.getpid(),))
        future = pool.submit(_run_sections, scenario, run_settings, tuple(sorted(offload)))
    try:
        for name, adapter in SECTIONS:
            if name not in offload:
                if progress:
                    progress(name)
                done[name] = run(name, adapter)
        if settings.sensitivity:
            if progress:
                progress("sensitivity")
            start = time.perf_counter()
            extra = sensitivity(scenario, run_settings, list(done.values()))
            timings["sensitivity"] = round(time.perf_counter() - start, 3)
        if future is not None:
            if progress:
                progress(", ".join(sorted(offload)))
            child_results, child_timings = future.result()
            done.update(child_results)
            timings.update(child_timings)
    except BaseException:
        if future is not None:  # interrupted or failed: stop the worker now, not when it is done
            _stop_workers(pool)
        raise
    finally:
        if future is not None:
            pool.shutdown(cancel_futures=True)
    results = [done[name] for name, _ in SECTIONS]
    verdicts = tuple(v for r in results for v in r.verdicts)
    return Assessment(scenario, run_settings, tuple(results), verdicts, extra, timings)


def _run_sections(
    scenario: Any, run_settings: dict[str, Any], names: tuple[str, ...]
) -> tuple[dict[str, SectionResult], dict[str, float]]:
    """Run the named sections in order (in a worker process); return results and timings."""
    from reassure.run.sections import SECTIONS

    done: dict[str, SectionResult] = {}
    timings: dict[str, float] = {}
    for name, adapter in SECTIONS:
        if name in names:
            start = time.perf_counter()
            done[name] = adapter(scenario, run_settings, list(done.values()))
            timings[name] = round(time.perf_counter() - start, 3)
    return done, timings


def _die_with_parent(parent: int) -> None:
    """Worker start: end quietly with the parent (a killed run leaves no orphan and no
    traceback). Ctrl-C reaches the whole process group: the parent handles it and stops this
    worker, so the worker ignores SIGINT and takes SIGTERM without a handler (no traceback)."""
    import ctypes
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: killed, silently, when the parent dies
    except (OSError, AttributeError):  # not Linux: the pool's shutdown still ends the worker
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(0)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Terminate the pool's worker processes and reap them (do not wait for their work)."""
    workers = dict(getattr(pool, "_processes", None) or {})
    for process in workers.values():
        if process.is_alive():
            process.terminate()
    for process in workers.values():
        process.join(timeout=5)


# -- writing ---------------------------------------------------------------------------------------
def atomic_write(path: Path, text: str) -> None:
    """Write one file atomically (see reassure.run.outputs; a run writes its files as a set)."""
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


def check_out_dir(out_dir: Path) -> Path:
    """Make sure ``out_dir`` is (or can become) a writable folder, before any work is done."""
    from reassure.run.outputs import check_destination

    return check_destination(out_dir)


def write_outputs(assessment: Assessment, out_dir: Path) -> dict[str, Path]:
    """Write report.html, results.json, layers.geojson and CSV tables into ``out_dir``.

    Every text is rendered first and only then written, as one set (reassure.run.outputs):
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
    figures = io.StringIO()
    w = csv.writer(figures)
    w.writerow(["section", "key", "label", "with_us", "without_us", "unit"])
    for s in assessment.sections:
        for f in s.figures:
            w.writerow([s.name, f.key, f.label, f.with_us, f.without_us, f.unit])
    put("figures.csv", figures.getvalue())
    for s in assessment.sections:
        for t in s.tables:
            buf = io.StringIO()
            tw = csv.writer(buf)
            tw.writerow(t.columns)
            tw.writerows(t.rows)
            put(f"{t.id}.csv", buf.getvalue())
    map_refs = tuple(r for layer in assessment.layers for r in layer.refs) or ("theatre",)
    html = render_report(
        assessment.scenario, assessment.sections, assessment.verdicts, assessment.settings,
        map_svg(assessment.layers), map_refs, assessment.extra_charts,
    )
    put("report.html", html)
    from reassure.run.outputs import write_set

    return write_set(out_dir, texts)  # the whole set, swapped in at once
