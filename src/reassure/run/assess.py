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
import signal
import time
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from reassure.run.capability import Capability, Context, Outcome
from reassure.run.results import SCHEMA_VERSION, Chart, Layer, SectionResult, Verdict
from reassure.run.workers import die_with_parent, gc_paused, stop_workers, warm_numba

__all__ = ["DEFAULT_RUNS", "Assessment", "Settings", "Worker", "assess", "early_worker"]

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
        """The report's key figures, one row per (section, figure), with and without the US."""
        import pandas as pd

        rows = [(s.name, f.key, f.label, f.with_us, f.without_us, f.unit)
                for s in self.sections for f in s.figures]
        frame = pd.DataFrame(rows, columns=["section", "figure", "label", "with_us", "without_us",
                                            "unit"])
        return frame.set_index(["section", "figure"])

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
    worker: Worker | None = None,
) -> Assessment:
    """Run every capability on ``scenario`` (each with and without the US backstop).

    ``worker``: one started earlier with the same settings (`early_worker`), so that its
    set-up overlapped the loading of ``scenario``; it is used once and closed."""
    from reassure._version import __version__
    from reassure.run.capabilities import registry
    from reassure.run.pipeline import order, run_capabilities
    from reassure.run.sections import theatre_section

    seed = scenario.seed if settings.seed is None else settings.seed
    if seed != scenario.seed:  # every capability (force, sensitivity, incidents) then uses it
        scenario = scenario.model_copy(update={"seed": seed})
    run_settings = {"runs": settings.runs, "seed": seed, "version": __version__}
    caps = registry(runs=settings.runs)
    timings: dict[str, float] = {}

    # The heavy capabilities (monitoring, and incidents which builds on it) run in a forked
    # worker (`Worker`) while the rest and the sensitivity pass run here: on two cores this
    # nearly halves the wall time. What the worker's part needs from here (the direct `needs`
    # it does not compute: today posture and air policing) is sent to it as soon as it is
    # done, so nothing is computed twice. Every capability is seeded on its own, so the
    # numbers are identical with one worker or two.
    if worker is None and settings.workers > 1:
        worker = Worker(settings)
    if worker is not None and worker.runs != settings.runs:
        worker.close()
        raise ValueError(f"the worker was started for {worker.runs} runs, not {settings.runs}")
    offload = worker.offload if worker is not None else set()
    extra: tuple[Chart, ...] = ()
    rendered: dict[str, SectionResult | None] = {}
    sections: dict[str, SectionResult] = {}
    try:
        if worker is not None:
            worker.start_job(scenario, seed)
        start = time.perf_counter()
        sections["theatre"] = theatre_section(scenario)
        timings["theatre"] = round(time.perf_counter() - start, 3)
        done: dict[str, Outcome[Any, Any]] = {}
        if worker is not None:
            # Only what the worker's capabilities read directly; their own needs (force, for
            # posture) stay here, so the worker never loads their models to unpickle them.
            sent = sorted({need for n in offload for need in caps[n].needs} - offload)
            done = run_capabilities(scenario, caps, sent, seed=seed, progress=progress)
            worker.send(("outcomes", {n: done[n] for n in sent}))
        here = [n for n in order(caps) if n not in offload]
        done = run_capabilities(scenario, caps, here, seed=seed, done=done, progress=progress)
        if settings.sensitivity:
            from reassure.run.sensitivity import run_sensitivity, south_ukraine_response_min

            if progress:
                progress("sensitivity")
            start = time.perf_counter()
            # The main run has already timed the response: the swings start from it.
            known = ({"response_south_ukraine": south_ukraine_response_min(done["response"].with_us)}
                     if "response" in done else {})
            extra = run_sensitivity(scenario, base=known)
            timings["sensitivity"] = round(time.perf_counter() - start, 3)
        if worker is not None:
            # This side's sections are drawn while the worker finishes (what ran here needs
            # nothing from there: the worker's part is closed under `descendants`), and the
            # modules its results are unpickled and drawn with are loaded now, not after.
            here_context = Context(scenario, run_settings, dict(done))
            rendered = {n: done[n].capability.section(done[n], here_context) for n in here}
            if not worker.future.done():
                import importlib

                for module in _RESULT_MODULES:
                    importlib.import_module(module)
            if progress:
                progress(", ".join(sorted(offload)))
            # The worker sends each outcome as soon as it is done but the last (which comes
            # back as the future's result): each is drawn here while the worker goes on.
            offloaded = [n for n in order(caps) if n in offload]
            for _ in offloaded[:-1]:
                name, outcome = worker.next_outcome()
                done[name] = outcome
                rendered[name] = outcome.capability.section(
                    outcome, Context(scenario, run_settings, dict(done)))
            done = {**done, **worker.future.result()}
    except BaseException:
        if worker is not None:  # interrupted or failed: stop the worker now, not when it is done
            worker.stop()
        raise
    finally:
        if worker is not None:
            worker.close()
    outcomes = {n: done[n] for n in order(caps)}
    context_ = Context(scenario, run_settings, outcomes)
    for name, outcome in outcomes.items():
        timings[name] = outcome.seconds
        section = rendered[name] if name in rendered else outcome.capability.section(outcome, context_)
        if section is not None:
            sections[section.name] = section
    results = tuple(sections.values())
    verdicts = tuple(v for r in results for v in r.verdicts)
    return Assessment(scenario, run_settings, results, verdicts, extra, timings, outcomes)


class Worker:
    """The forked worker of one assessment: it runs the heavy capabilities (monitoring, and
    incidents, which builds on it) and whatever needs them, with and without the US backstop,
    while the parent runs the rest.

    It is forked as soon as it is made, before the scenario is known: `reassure assess`
    starts it before loading the scenario (`early_worker`), so that the worker's one-off set-up
    (numba's registries) overlaps the loading, and then the building of the first inputs here
    (today monitoring's: they need nothing) which are sent to it. The modules both processes
    use are loaded once, before the fork; nothing only the parent uses is (the worker's part is
    the longer). Used for one assessment, then closed.
    """

    def __init__(self, settings: Settings) -> None:
        import gc
        import importlib

        from reassure.run.capabilities import registry
        from reassure.run.pipeline import descendants, order

        self.runs = settings.runs
        self.caps = registry(runs=settings.runs)
        self.offload = descendants(self.caps, [n for n, c in self.caps.items() if c.heavy])
        self.built_here = tuple(n for n in order(self.caps)
                                if n in self.offload and not self.caps[n].needs)
        self._closed = False
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
            self.inbox.cancel_join_thread()  # a stopped worker must not keep this process up
            self.pool = ProcessPoolExecutor(max_workers=1, mp_context=context,
                                            initializer=_init_worker,
                                            initargs=(os.getpid(), self.inbox, self.outbox))
            # Everything loaded so far is frozen out of the cyclic garbage collector for the
            # fork: the worker's collections then skip (and do not copy-on-write) the
            # inherited objects, and here they are not walked again as young objects.
            gc.freeze()
            # SIGINT and SIGTERM are held over the fork: the worker takes them only once its
            # start-up has set their handling (`die_with_parent`), so one that arrives right
            # after the fork (a scenario that fails to load stops the worker at once) does not
            # meet the handler inherited from here and print a traceback.
            held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
            try:
                self.future = self.pool.submit(_run_offloaded, self.caps,
                                               tuple(sorted(self.offload)), self.built_here)
            finally:
                signal.pthread_sigmask(signal.SIG_SETMASK, held)
                gc.unfreeze()  # here, collections go on as before (the oldest generation)

    def send(self, message: tuple[str, Any]) -> None:
        self.inbox.put(message)

    def start_job(self, scenario: Any, seed: int) -> None:
        """Send the scenario, then the inputs built here (`built_here`)."""
        from reassure.run.pipeline import build_both

        self.send(("job", (scenario, seed)))
        built: dict[str, tuple[dict[bool, Any], float]] = {}
        for name in self.built_here:
            start = time.perf_counter()
            built[name] = (build_both(self.caps[name], scenario, {}), time.perf_counter() - start)
        if built:
            self.send(("inputs", built))

    def next_outcome(self) -> tuple[str, Outcome[Any, Any]]:
        """The next outcome the worker sent; its error instead if it failed or died."""
        import queue

        while True:
            try:
                return self.outbox.get(timeout=0.05)  # type: ignore[no-any-return]
            except queue.Empty:
                if self.future.done() and self.future.exception() is not None:
                    self.future.result()  # raises the worker's error (or BrokenProcessPool)

    def stop(self) -> None:
        """Stop the worker now (interrupted, failed): do not wait for its work."""
        if not self._closed:
            stop_workers(self.pool)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.pool.shutdown(cancel_futures=True)
        self.inbox.close()
        self.outbox.close()


@contextmanager
def early_worker(settings: Settings) -> Iterator[Worker | None]:
    """A `Worker` for ``settings`` (None with one worker), forked now; stopped if the block
    fails (a scenario that does not load), closed at its end in any case.

    >>> with early_worker(Settings(workers=1)) as worker:
    ...     print(worker)
    None
    """
    worker = Worker(settings) if settings.workers > 1 else None
    try:
        yield worker
    except BaseException:
        if worker is not None:
            worker.stop()
        raise
    finally:
        if worker is not None:
            worker.close()


#: Modules both processes import, loaded once before the fork: the worker inherits them instead
#: of loading them again. Each is on the worker's path anyway (which is the longer), so this
#: costs it nothing and saves their second import here: the typed results and their models
#: (posture's and air policing's arrive in the worker to be read; monitoring's and incidents'
#: come back), scipy.sparse and scipy.special, and scipy.linalg (numba loads it to check for
#: BLAS with its first cached kernel; scipy.optimize needs it here), pyproj (the line's
#: geometry), the scenario's schema (it is sent to the worker once loaded).
_SHARED_MODULES = ("reassure.spec", "reassure.theatres", "reassure.models.solve", "reassure.geo",
                   "pyproj", "scipy.linalg", "scipy.sparse",
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


def _run_offloaded(caps: Mapping[str, Capability], names: tuple[str, ...],
                   built_here: tuple[str, ...] = ()) -> dict[str, Outcome[Any, Any]]:
    """Run the named capabilities (in the forked worker), each as soon as what it needs is
    here. On the inbox queue arrive, once each and in this order: the scenario and seed, the
    inputs the parent built (of ``built_here``), the outcomes it computed. Each finished
    outcome but the last is sent back on the outbox queue at once; the last is returned."""
    from reassure.run.pipeline import order, run_one

    out: dict[str, Outcome[Any, Any]] = {}
    built: dict[str, tuple[dict[bool, Any], float]] = {}
    mine = [n for n in order(caps, names) if n in names]
    # A bounded job in a process that ends with it: the collector stays off (numba's first
    # kernel alone registers tens of thousands of objects; the models make next to no
    # reference cycles, and any there are go with the process).
    with gc_paused():
        # Numba's one-off set-up first, while the parent loads the scenario and builds the
        # first inputs.
        warm_numba()
        kind, job = _INBOX.get()
        if kind != "job":  # pragma: no cover - the parent always sends the job first
            raise RuntimeError(f"the worker expected its job first, not {kind!r}")
        scenario, seed = job
        for name in mine:
            while ((name in built_here and name not in built)
                   or any(need not in out for need in caps[name].needs)):
                kind, payload = _INBOX.get()
                (built if kind == "inputs" else out).update(payload)
            out[name] = run_one(caps[name], scenario, out, seed, built=built.pop(name, None))
            if name != mine[-1]:
                _OUTBOX.put((name, out[name]))  # pickled and sent by the queue's thread
    return {mine[-1]: out[mine[-1]]}
