"""The main job: assess one scenario end to end, with and without the US backstop.

`assess()` runs every capability through the pipeline (`reassure.run.pipeline`), each with and
without the US backstop, and renders their report sections (verdicts, figures, charts, layers,
tables) from the typed outcomes. Writing the files is `reassure.present.files.write_outputs`.
The files are written as one set (`reassure.run.outputs`): a run that fails or is killed
leaves the previous set or the new one, whole, never a mix.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import Any

from reassure.bridge.incidents import DEFAULT_RUNS as INCIDENT_RUNS
from reassure.run.capability import Capability, Context, Outcome
from reassure.run.results import (
    SCHEMA_VERSION,
    Chart,
    Figure,
    Layer,
    SectionResult,
    Verdict,
    plan_label,
)
from reassure.run.workers import die_with_parent, forking, gc_paused, join_manager, stop_workers

__all__ = ["DEFAULT_RUNS", "FIGURE_COLUMNS", "Assessment", "Settings", "assess", "figure_cells"]

#: One default for every command, the page and the Python API (assess, compare, incidents): the same
#: scenario and seed give the same incident figures whichever one an analyst runs.
DEFAULT_RUNS = INCIDENT_RUNS
#: The largest seed (the scenario schema's bound; the incident model seeds from 64-bit words).
MAX_SEED = 2**63 - 1
#: The allowed seeds in words, for every refusal of a seed (review s33: the upper end was unsaid).
SEED_RANGE = f"a whole number >= 0 and <= 2**63 - 1 ({MAX_SEED})"

#: The columns of a key figure after its section and key: those of ``figures.csv``
#: (`reassure.present.output.figures_csv`, which writes `figure_cells` rounded as the report
#: does: `figure_csv_cells`) and of `Assessment.to_frame` (`figure_cells`, unrounded). A figure that is a range has its high end as the value
#: and its low end in ``*_range_low``; a Monte Carlo estimate the ends of its 95% interval in
#: ``*_ci95_low`` and ``*_ci95_high``.
FIGURE_COLUMNS = ("label", "unit", "with_us", "with_us_ci95_low", "with_us_ci95_high",
                  "without_us", "without_us_ci95_low", "without_us_ci95_high",
                  "with_us_range_low", "without_us_range_low")


def figure_cells(figure: Figure) -> tuple[Any, ...]:
    """One key figure as the cells of `FIGURE_COLUMNS`, unrounded; NaN for an interval or a
    range low end the figure does not have.

    >>> f = Figure("cost", "Cost, low-high", 9.0, 5.0, "EUR billion", low_with_us=4.0,
    ...            low_without_us=2.0)
    >>> figure_cells(f)
    ('Cost, low-high', 'EUR billion', 9.0, nan, nan, 5.0, nan, nan, 4.0, 2.0)
    >>> figure_cells(Figure("p", "Share detected", 0.55, 0.19, "%", ci_with_us=(0.54, 0.56)))[2:8]
    (0.55, 0.54, 0.56, 0.19, nan, nan)
    """
    def num(v: Any) -> float:
        return float("nan") if v is None else float(v)

    def ends(ci: tuple[float, float] | None) -> tuple[float, float]:
        return (num(None), num(None)) if ci is None else (num(ci[0]), num(ci[1]))

    f = figure
    return (f.label, f.unit, f.with_us, *ends(f.ci_with_us), f.without_us, *ends(f.ci_without_us),
            num(f.low_with_us), num(f.low_without_us))


@dataclass(frozen=True)
class Settings:
    """How the assessment is run."""

    runs: int = DEFAULT_RUNS
    seed: int | None = None  # None: the scenario's seed
    sensitivity: bool = True
    workers: int = 2  # 1: everything in this process; 2: monitoring and incidents in a second one

    def __post_init__(self) -> None:
        """Review s33: a bad setting is refused, never run with a stand-in (``workers=3`` ran as
        2, ``sensitivity="no"`` as True, ``seed="1"`` failed deep inside numpy)."""
        from numbers import Integral

        from reassure.errors import ReassureError

        def whole(v: Any, low: int, high: int) -> bool:
            return isinstance(v, Integral) and not isinstance(v, bool) and low <= int(v) <= high

        bad = next(((name, want) for name, ok, want in (
            ("runs", whole(self.runs, 1, 1_000_000), "a whole number from 1 to 1,000,000"),
            ("seed", self.seed is None or whole(self.seed, 0, MAX_SEED),
             f"{SEED_RANGE}, or None for the scenario's"),
            ("sensitivity", isinstance(self.sensitivity, bool), "True or False"),
            ("workers", not isinstance(self.workers, bool) and self.workers in (1, 2), "1 or 2"),
        ) if not ok), None)
        if bad:
            name, want = bad
            raise ReassureError(f"assess setting {name!r} must be {want} "
                                f"(got {getattr(self, name)!r})")


@dataclass(frozen=True)
class Assessment:
    """Everything `reassure assess` found for one scenario.

    ``outcomes`` holds each capability's typed outcome (inputs and results, with and without
    the US backstop), by name; ``sections`` the report sections rendered from them.
    """

    scenario: Any
    settings: dict[str, Any]
    sections: tuple[SectionResult, ...]
    verdicts: tuple[Verdict, ...]
    extra_charts: tuple[Chart, ...] = ()
    timings_s: dict[str, float] = field(default_factory=dict)
    outcomes: Mapping[str, Outcome[Any, Any]] = field(default_factory=dict)

    @property
    def layers(self) -> tuple[Layer, ...]:
        return tuple(layer for s in self.sections for layer in s.layers)

    def __getitem__(self, name: str) -> Outcome[Any, Any]:
        """The outcome of one capability: ``assessment["force"].to_frame()``."""
        try:
            return self.outcomes[name]
        except KeyError:
            raise KeyError(f"no capability {name!r} in this assessment; "
                           f"have {', '.join(self.outcomes)}") from None

    def to_frame(self) -> Any:
        """The report's key figures, one row per (section, figure), with and without the US.

        The columns are those of ``figures.csv`` (`FIGURE_COLUMNS`: label, unit, each side's
        value and the ends of its 95% interval, then each side's low end of a range), the
        values unrounded as in ``results.json``; NaN where a figure has no interval or is not
        a range. The index is ``figures.csv``'s ``section`` and ``key`` (named ``figure``).
        """
        import pandas as pd

        rows = [(s.name, f.key, *figure_cells(f)) for s in self.sections for f in s.figures]
        frame = pd.DataFrame(rows, columns=["section", "figure", *FIGURE_COLUMNS])
        return frame.set_index(["section", "figure"])

    def to_dict(self) -> dict[str, Any]:
        """The schema-versioned JSON form (`results.json`, `--format json`)."""
        from reassure.spec import scenario_summary

        summary = scenario_summary(self.scenario)
        return {
            "schema_version": SCHEMA_VERSION,
            # review s34: the `with_us` values are the plan as planned; a plan that counts on no
            # US enabler has them without the US too, and says so here
            # review s65 1: with the parent files read (a copy next to the file can stand for a
            # shipped plan of its name) and the warning when one did
            "scenario": {**{k: summary[k] for k in ("name", "title", "theatre", "seed", "file", "extends",
                                                     "extends_files", "extends_warnings")},
                         "us_backstop_in_plan": bool(self.scenario.us_backstop.any),
                         "with_us_means": plan_label(self.scenario)},
            "settings": self.settings,
            # review s33: asdict, not __dict__: a verdict's setting is a dataclass of its own, and
            # to_dict() is the plain-JSON form a Python user dumps (results.json was written with
            # a fallback encoder and hid it)
            "verdicts": [asdict(v) | {"refs": list(v.refs)} for v in self.verdicts],
            "sections": {s.name: s.to_dict() for s in self.sections},
            "sensitivity": [asdict(c) for c in self.extra_charts],
            "provenance": {"parameters": summary["parameters"], "statements": summary["statements"],
                           "sources": summary["sources"]},
            "timings_s": self.timings_s,
        }


def assess(
    scenario: Any,
    settings: Settings = Settings(),
    progress: Callable[[str], None] | None = None,
) -> Assessment:
    """Run every capability on ``scenario`` (each with and without the US backstop)."""
    from reassure._version import __version__
    from reassure.run.capabilities import registry
    from reassure.run.pipeline import descendants, order
    from reassure.run.sections import theatre_section

    scenario, seed = _seeded(scenario, settings.seed)
    run_settings = {"runs": settings.runs, "seed": seed, "version": __version__}
    caps = registry(runs=settings.runs)
    timings: dict[str, float] = {}

    # The heavy capabilities (monitoring, and incidents which builds on it) run in a forked
    # worker while the rest and the sensitivity pass run here: on two cores this nearly halves
    # the wall time. The worker's part is the longer, so nothing only this process uses is
    # done before the fork (the theatre section, the progress bar); the modules both use are
    # loaded once, before it. What the worker's part needs from here (the direct `needs` it
    # does not compute: today posture and air policing) is sent to it as soon as it is done,
    # so nothing is computed twice. Every capability is seeded on its own, so the numbers are
    # identical with one worker or two.
    offload: set[str] = set()
    if settings.workers > 1:
        offload = descendants(caps, [n for n, c in caps.items() if c.heavy])
    worker = _Worker()
    incident_swings: tuple[Chart, ...] | None = None  # the incidents headline's sensitivity charts
    rendered: dict[str, SectionResult | None] = {}
    # The worker is started inside the `try` below: a SIGTERM or Ctrl-C that lands while it is
    # being forked (or just after) must stop it too. Before, the setup stood outside it, and an
    # interrupt there left a live worker waiting for its inputs and the interpreter's exit
    # waiting for the worker: the run hung (seen in the kill tests under load, s10, s11).
    try:
        if offload:
            worker.start(scenario, caps, offload, seed)
        extra: tuple[Chart, ...] = ()
        sections: dict[str, SectionResult] = {}
        start = time.perf_counter()
        sections["theatre"] = theatre_section(scenario)
        timings["theatre"] = round(time.perf_counter() - start, 3)
        here = [n for n in order(caps) if n not in offload]
        done = _run_here(scenario, caps, here, offload, worker, seed, progress)
        if settings.sensitivity:
            extra = _sensitivity_here(scenario, done, timings, progress)
        if worker.future is not None:
            rendered, done, incident_swings = _draw_while_the_worker_runs(
                scenario, caps, run_settings, here, offload, done, worker, settings, timings, progress)
    except BaseException:
        worker.stop()  # interrupted or failed: stop the worker now, not when it is done
        raise
    finally:
        worker.close()
    outcomes = {n: done[n] for n in order(caps)}
    if incident_swings is None and settings.sensitivity:  # one process: after the main run
        incident_swings = _incident_swings(scenario, caps, outcomes, settings.runs, timings)
    extra += incident_swings or ()
    results = _sections_in_order(sections, rendered, Context(scenario, run_settings, outcomes), timings)
    verdicts = tuple(v for r in results for v in r.verdicts)
    return Assessment(scenario, run_settings, results, verdicts, extra, timings, outcomes)


def _seeded(scenario: Any, seed: int | None) -> tuple[Any, int]:
    """``scenario`` with the seed the settings give (None: its own), and that seed: every
    capability (force, sensitivity, incidents) then uses it."""
    seed = scenario.seed if seed is None else seed
    if seed != scenario.seed:
        scenario = scenario.model_copy(update={"seed": seed})
    return scenario, seed


@dataclass
class _Worker:
    """The forked worker process that runs the offloaded capabilities, and the queues to it: what
    its part needs goes on ``inbox``, its finished outcomes but the last come back on ``outbox``
    (the last is the ``future``'s result)."""

    pool: ProcessPoolExecutor | None = None
    inbox: Any = None
    outbox: Any = None
    future: Any = None
    stopped: bool = False  # interrupted or failed: do not wait for it

    def start(self, scenario: Any, caps: Mapping[str, Capability], offload: set[str], seed: int) -> None:
        """Fork the worker and hand it the ``offload`` capabilities. Each part is kept here as
        soon as it is made, so that `stop` and `close` reach it whatever the point interrupted."""
        import gc
        import importlib

        # Up to the fork the collector is paused: the loading below makes a few hundred
        # thousand long-lived objects and next to no garbage, yet each pass of the collector
        # would walk them again (0.04 CPU s on the worker's path, which is the longer).
        with gc_paused():
            for module in _SHARED_MODULES:  # once here, not once in each process
                importlib.import_module(module)
            context = multiprocessing.get_context("fork")
            # A queue, not a pipe: `put` returns at once (a thread feeds it), so this process
            # does not wait for the worker to read. Inherited by the fork, never pickled.
            self.inbox, self.outbox = context.Queue(), context.Queue()
            self.inbox.cancel_join_thread()  # a stopped worker must not keep this process from exiting
            self.pool = ProcessPoolExecutor(max_workers=1, mp_context=context,
                                            initializer=_init_worker,
                                            initargs=(os.getpid(), self.inbox, self.outbox))
            # Everything loaded so far is frozen out of the cyclic garbage collector for the
            # fork: the worker's collections then skip (and do not copy-on-write) the
            # inherited objects, and here they are not walked again as young objects.
            gc.freeze()
            try:
                with forking():  # the worker is forked by the first submit
                    self.future = self.pool.submit(_run_offloaded, scenario, caps, tuple(sorted(offload)), seed)
            finally:
                gc.unfreeze()  # here, collections go on as before (the oldest generation)

    def stop(self) -> None:
        """Stop the worker at once (the run was interrupted or failed)."""
        self.stopped = True
        if self.pool is not None:
            stop_workers(self.pool)

    def close(self) -> None:
        """Shut the pool and the queues down: waiting for the worker unless it was stopped."""
        if self.pool is not None:
            # (s30) after a stop, do not wait: once (CI, session 30) an interrupt right after
            # the fork left the worker waiting for its inputs and this process waiting for it
            self.pool.shutdown(wait=not self.stopped, cancel_futures=True)
            if self.stopped:
                join_manager(self.pool)  # (s31) bounded: no race with the exit hook's wake-up
        for q in (self.inbox, self.outbox):
            if q is not None:
                q.close()


def _run_here(scenario: Any, caps: Mapping[str, Capability], here: list[str], offload: set[str],
              worker: _Worker, seed: int, progress: Callable[[str], None] | None) -> dict[str, Outcome[Any, Any]]:
    """Run the capabilities ``here`` in this process; first, when there is a worker, those its
    part reads directly, sent to it as soon as they are done."""
    from reassure.run.pipeline import run_capabilities

    done: dict[str, Outcome[Any, Any]] = {}
    if offload:
        # Only what the worker's capabilities read directly; their own needs (force, for
        # posture) stay here, so the worker never loads their models to unpickle them.
        sent = sorted({need for n in offload for need in caps[n].needs} - offload)
        done = run_capabilities(scenario, caps, sent, seed=seed, progress=progress)
        assert worker.inbox is not None  # made with the pool
        worker.inbox.put({n: done[n] for n in sent})
    return run_capabilities(scenario, caps, here, seed=seed, done=done, progress=progress)


def _sensitivity_here(scenario: Any, done: Mapping[str, Outcome[Any, Any]], timings: dict[str, float],
                      progress: Callable[[str], None] | None) -> tuple[Chart, ...]:
    """The one-at-a-time sensitivity charts but the incidents headline's (`_incident_swings`)."""
    from reassure.run.sensitivity import (
        fastest_response_min,
        response_metric,
        response_site,
        run_sensitivity,
    )

    if progress:
        progress("sensitivity")
    start = time.perf_counter()
    # The main run has already timed the response: the swings start from it (at the site
    # the plan's report times: `response_site`).
    site = response_site(scenario)
    known = ({response_metric(site): fastest_response_min(done["response"].with_us, site)}
             if "response" in done and site is not None else {})
    extra = run_sensitivity(scenario, base=known, incidents=False)
    timings["sensitivity"] = round(time.perf_counter() - start, 3)
    return extra


def _draw_while_the_worker_runs(
    scenario: Any, caps: Mapping[str, Capability], run_settings: dict[str, Any], here: list[str],
    offload: set[str], done: dict[str, Outcome[Any, Any]], worker: _Worker, settings: Settings,
    timings: dict[str, float], progress: Callable[[str], None] | None,
) -> tuple[dict[str, SectionResult | None], dict[str, Outcome[Any, Any]], tuple[Chart, ...] | None]:
    """The sections of what ran here, then of each outcome the worker sends as it comes; the
    outcomes with the worker's added; and the incidents headline's swings, once what they read
    is in (None when it never was before the last outcome)."""
    import importlib

    from reassure.run.pipeline import order

    # This side's sections are drawn while the worker finishes (what ran here needs nothing
    # from there: the worker's part is closed under `descendants`), and the modules its
    # results are unpickled and drawn with are loaded now, not after.
    here_context = Context(scenario, run_settings, dict(done))
    rendered = {n: done[n].capability.section(done[n], here_context) for n in here}
    if not worker.future.done():
        for module in _RESULT_MODULES:
            importlib.import_module(module)
    if progress:
        progress(", ".join(sorted(offload)))
    incident_swings: tuple[Chart, ...] | None = None
    # The worker sends each outcome as soon as it is done but the last (which comes back as
    # the future's result): each is drawn here while the worker goes on.
    offloaded = [n for n in order(caps) if n in offload]
    for _ in offloaded[:-1]:
        name, outcome = _next_outcome(worker.outbox, worker.future)
        done[name] = outcome
        rendered[name] = outcome.capability.section(outcome, Context(scenario, run_settings, dict(done)))
        if incident_swings is None and settings.sensitivity:
            # (review s51) the incidents headline's swings while the worker runs the main
            # incidents, as soon as what they read (monitoring among it) is in
            incident_swings = _incident_swings(scenario, caps, done, settings.runs, timings)
    return rendered, {**done, **worker.future.result()}, incident_swings


def _sections_in_order(sections: dict[str, SectionResult], rendered: Mapping[str, SectionResult | None],
                       context: Context, timings: dict[str, float]) -> tuple[SectionResult, ...]:
    """Every capability's section after ``sections`` (the theatre), in the order of the outcomes
    (``context.outcomes``): the one drawn already, or drawn now; and each capability's run time."""
    for name, outcome in context.outcomes.items():
        timings[name] = outcome.seconds
        section = rendered[name] if name in rendered else outcome.capability.section(outcome, context)
        if section is not None:
            sections[section.name] = section
    return tuple(sections.values())


def _incident_swings(scenario: Any, caps: Mapping[str, Capability], done: Mapping[str, Outcome[Any, Any]],
                     runs: int, timings: dict[str, float]) -> tuple[Chart, ...] | None:
    """(review s51) The incidents headline's sensitivity charts (`run_sensitivity`'s incident
    metrics), from the main run's outcomes upstream of the incidents; None while one of them is
    not in yet, () for a scenario without incidents."""
    from reassure.run.pipeline import ancestors
    from reassure.run.sensitivity import INCIDENT_METRICS, run_sensitivity

    if "incidents" not in caps or getattr(scenario, "incidents", None) is None:
        return ()
    if not ancestors(caps, ["incidents"]) <= set(done):
        return None
    start = time.perf_counter()
    charts = run_sensitivity(scenario, upstream=done, only=tuple(INCIDENT_METRICS), main_runs=runs)
    timings["sensitivity"] = round(timings.get("sensitivity", 0.0) + time.perf_counter() - start, 3)
    return charts


#: Modules both processes import, loaded once before the fork: the worker inherits them instead
#: of loading them again. Each is on the worker's path anyway (which is the longer), so this
#: costs it nothing and saves their second import here: the typed results and their models
#: (posture's and air policing's arrive in the worker to be read; monitoring's and incidents'
#: come back), pyproj (the line's geometry), scipy.sparse and scipy.special, and scipy.linalg
#: (numba loads it to check for BLAS with its first cached kernel; scipy.optimize needs it here).
_SHARED_MODULES = ("reassure.models.solve", "reassure.geo", "pyproj", "scipy.linalg", "scipy.sparse",
                   "scipy.special", "reassure.models.monitoring", "reassure.bridge.monitoring",
                   "reassure.models.posture", "reassure.models.response", "reassure.bridge.response",
                   "reassure.models.incidents.model", "reassure.models.incidents.summary")

#: Modules the worker's outcomes are drawn with (only this process draws), loaded while the
#: worker runs rather than after it: a stale entry costs nothing.
_RESULT_MODULES = ("reassure.run.section_monitoring", "reassure.run.section_incidents")

_INBOX: Any = None  # the forked worker's end of the queue its part's needs arrive on
_OUTBOX: Any = None  # ... and of the queue its finished outcomes leave on, all but the last


def _init_worker(parent: int, inbox: Any, outbox: Any) -> None:
    global _INBOX, _OUTBOX
    die_with_parent(parent)
    _INBOX, _OUTBOX = inbox, outbox


def _next_outcome(outbox: Any, future: Any) -> tuple[str, Outcome[Any, Any]]:
    """The next outcome the worker sent; its error instead if it failed or died."""
    import queue

    while True:
        try:
            return outbox.get(timeout=0.05)  # type: ignore[no-any-return]
        except queue.Empty:
            if future.done() and future.exception() is not None:
                future.result()  # raises the worker's error (or BrokenProcessPool)


def _run_offloaded(scenario: Any, caps: Mapping[str, Capability], names: tuple[str, ...],
                   seed: int) -> dict[str, Outcome[Any, Any]]:
    """Run the named capabilities (in the forked worker), each as soon as what it needs is
    here: the outcomes computed by the parent arrive, once, on the inbox queue. Each finished
    outcome but the last is sent back on the outbox queue at once; the last is returned."""
    from reassure.run.pipeline import order, run_one

    out: dict[str, Outcome[Any, Any]] = {}
    mine = [n for n in order(caps, names) if n in names]
    # A bounded job in a process that ends with it: the collector stays off (numba's first
    # kernel alone registers tens of thousands of objects; the models make next to no
    # reference cycles, and any there are go with the process).
    with gc_paused():
        for name in mine:
            if any(need not in out for need in caps[name].needs):
                out.update(_INBOX.get())
            out[name] = run_one(caps[name], scenario, out, seed)
            if name != mine[-1]:
                _OUTBOX.put((name, out[name]))  # pickled and sent by the queue's thread
    return {mine[-1]: out[mine[-1]]}
