"""Monte Carlo engine for the incident model: chunked, seeded per replication, optionally parallel.

How a run is organised
----------------------
* **Seeds.** Replication ``r`` draws from its own generator,
  ``PCG64(SeedSequence(entropy, spawn_key=(r,)))`` — exactly the ``r``-th child of
  ``SeedSequence(entropy).spawn(n)`` — and draws in the fixed order of
  :func:`reassure.models.incidents.draw_replication`. A replication's outcome therefore depends
  on nothing but ``(seed, r)``.
* **Chunks.** Each replication's regime path and counts are drawn first (in that fixed order;
  fixed-mean counts by inversion from per-model Poisson CDF tables, over-dispersed ones by
  ``Generator.poisson``), and the generator's state after them goes to one compiled kernel
  per block of replications (about ``chunk_incidents`` incidents; a replication is never
  split). With fixed means (the usual case) a whole block is seeded and counted in one
  compiled call (:func:`reassure.models.incidents._seeding.draw_counts_block`: numpy's
  ``SeedSequence`` and ``PCG64`` seeding re-implemented bit for bit, issue 13m), instead of
  a ``SeedSequence`` and a ``Generator`` built in Python per replication; over-dispersed
  counts keep that Python loop. The kernel goes
  replication by replication: it makes each incident's raw draws from that state as it goes
  (the same numbers as ``bit_generator.random_raw``), generates and detects the incidents,
  counts them and dispatches the calls, all while one replication's incidents are in cache
  (about 80 bytes an incident of the largest replication), plus about 1 kB per replication of
  kept statistics.
* **Random stream.** An incident's five uniforms (time in the day, position in the sector,
  phase of the first pass, pass successes, time on scene) come from three raw 64-bit draws:
  the 32-bit halves of the first two, the top 53 bits of the third
  (:func:`reassure.models.incidents.incident_uniforms`; 32 bits are 2e-5 s of a day, 0.3 mm
  of a 1,400 km sector). Until issue 13l each was one ``Generator.random`` double, five draws
  an incident; the change (deliberate: every incident figure moved by Monte-Carlo noise only,
  largest difference 2.99 standard errors over 1,663 figures of the eight shipped scenarios)
  lets the kernel step three lanes of the one PCG64 stream (draws j, j + 3, ...) alongside
  the incident's other work instead of filling a buffer first. The time on scene's
  ``log(1 - U)`` is the engine's own (:func:`reassure.models.incidents._log.log_positive`,
  fdlibm's algorithm, within 1 ulp of the C library's), taken for a replication's calls in
  one vectorised loop. Together about 16 % less kernel time without contention on the
  benchmark model, 8 % with; 8-11 % on europe-2025 (issue 13l, benchmarks/RESULTS.md).
* **Dispatch tables.** Units are fixed for a run: each (type, cell) has its eligible units in
  order of preference, how many are in theatre, and the load a call puts on its first unit,
  tabulated once (``kernels._dispatch_tables``).
* **Workers.** With ``workers > 1`` contiguous ranges of replications go to worker processes
  (``concurrent.futures.ProcessPoolExecutor``); each returns per-replication statistics.
* **Reductions.** Every figure is reduced once, at the end, from per-replication arrays (in
  replication order) and integer histograms. Floating-point sums therefore never depend on the
  chunking or the worker count: the JSON of a run is bit-identical whatever those are.
* **Contention.** The dispatch of units is sequential by nature (who is free depends on the
  previous calls); it runs compiled (numba, ``cache=True``) in the order the incidents are
  reported. With at most 16 units a call's unit is picked from all units at once as a vector
  (``kernels._pick_unit``: no scan whose exit the processor must guess), with more by a scan
  of the call's preference list; both choose the same unit. The vector dispatch answers two
  replications at once, a call of each in turn (``kernels._vector_dispatch``: two independent
  chains of free times the processor overlaps), each in its own report-time order, so each
  replication's numbers are those it has alone (issue 13n). With ``contention=False`` every
  incident gets its nearest eligible unit at once.

Percentiles come from integer histograms with 256 bins an octave (each at most 0.39 % wide,
from 2**-10 h to 2**20 h), their confidence intervals from batch means over 20 batches of
replications (replication ``r`` in batch ``r % 20``). Means are over replications, with
Student-t 95 % intervals.

This module drives the replications; the compiled kernels are in
:mod:`reassure.models.incidents.kernels`, the reduction to figures in
:mod:`reassure.models.incidents.summary` (whose result classes are re-exported here).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import numpy as np

from reassure.errors import ModelError
from reassure.models.incidents import (
    IncidentModel,
    IncidentOutcomes,
    _seeding,
    draw_counts,
)
from reassure.models.incidents import summary as _summary
from reassure.models.incidents.kernels import (
    _HIST_BINS,
    _MAX_BATCHES,
    _N_HIST,
    _N_SECTOR_STATS,
    _N_STATS,
    _dispatch_tables,
    _simulate_kernel,
    pcg64_state,
)
from reassure.models.incidents.model import _poisson_tables
from reassure.models.incidents.summary import *  # noqa: F403  (the result classes, re-exported)
from reassure.models.incidents.summary import IncidentRunResult, _Partial, _summarise

# The result classes are re-exported: callers take everything of a run from the engine.
__all__ = ["MapTasks", "replication_rng", "run_incidents", "simulate_replication"]
__all__ += _summary.__all__

_MAX_REPLICATIONS = 10_000_000


def replication_rng(entropy: int, replication: int) -> np.random.Generator:
    """The generator of replication ``replication`` for a run seeded with ``entropy``.

    Equal to ``Generator(PCG64(SeedSequence(entropy).spawn(n)[replication]))`` for any
    ``n > replication``, without building the ``n`` children.
    """
    seq = np.random.SeedSequence(entropy, spawn_key=(int(replication),))
    return np.random.Generator(np.random.PCG64(seq))



class _Block:
    """Reusable per-incident buffers, as many rows as the largest replication of a chunk."""

    def __init__(self, capacity: int) -> None:
        self.grow(capacity)

    def grow(self, capacity: int) -> None:
        self.capacity = capacity
        self.time_h = np.empty(capacity)
        self.cell = np.empty(capacity, dtype=np.int64)
        self.itype = np.empty(capacity, dtype=np.int64)
        self.detect_h = np.empty(capacity)


_NO_FLOATS = np.empty(0)
_NO_INTS = np.empty(0, dtype=np.int64)
_NO_BOOLS = np.empty(0, dtype=np.bool_)


def _simulate(model: IncidentModel, counts: np.ndarray, states: np.ndarray,
              offsets: np.ndarray, batch: np.ndarray, contention: bool, block: _Block,
              part: _Partial, rows: slice, record: tuple[np.ndarray, ...] | None = None) -> None:
    """Run the compiled kernel over replications whose counts are drawn (``counts``) and whose
    generators are at ``states`` (:func:`pcg64_state`); incidents ``offsets[r]:offsets[r + 1]``
    are replication r's.

    Their statistics go into ``part``'s rows ``rows``; with ``record`` (unit, wait, respond,
    escalated per incident, for one replication) the per-incident outcomes too, and ``block``
    then holds the incidents.
    """
    k = _dispatch_tables(model)
    most = int(np.max(np.diff(offsets), initial=0))
    if most > block.capacity:
        block.grow(most)
    unit, wait_h, respond_h, escalated = record or (_NO_INTS, _NO_FLOATS, _NO_FLOATS, _NO_BOOLS)
    _simulate_kernel(
        counts, states, offsets, batch, k["cell_cum_km"], k["sector_lo"], k["sector_hi"],
        k["revisit_h"], k["pd_per_pass"], k["latency_h"], k["duration_h"], k["self_reported"],
        k["sector_of_cell"], k["response_required"], k["response_h"], k["on_scene_h"],
        k["pref"], k["n_pref"], k["n_in"], k["demand_h"], k["leg_h"], k["escalation"],
        model.units.activation_h, model.threshold_h, model.max_wait_h, contention,
        record is not None, k["log_miss"], k["bucket_cell"], float(k["per_km"]),
        k["cell_first"], k["cell_next_km"], k["rank"],
        k["leg_lanes"], k["scene_lanes"], block.time_h, block.cell, block.itype,
        block.detect_h, part.stats[rows], part.busy_h[rows], part.sector_stats[rows],
        part.type_stats[rows], part.hist, unit, wait_h, respond_h, escalated, model.triage,
    )


def _empty_partial(model: IncidentModel, start: int, n: int, n_batches: int) -> _Partial:
    nu, ns, nt = model.units.n_units, model.cells.n_sectors, model.types.n_types
    return _Partial(
        start=start,
        stats=np.zeros((n, _N_STATS)),
        busy_h=np.zeros((n, nu)),
        sector_stats=np.zeros((n, ns, _N_SECTOR_STATS)),
        type_stats=np.zeros((n, nt, 2)),
        regime_days=np.zeros((n, model.rates.regimes.n_regimes)),
        hist=np.zeros((n_batches, _N_HIST, _HIST_BINS), dtype=np.int64),
        n_incidents=0,
    )


def _simulate_range(model: IncidentModel, entropy: int, start: int, stop: int,
                    chunk_incidents: int, contention: bool, n_batches: int) -> _Partial:
    n = stop - start
    part = _empty_partial(model, start, n, n_batches)
    expected = model.expected_incidents_per_replication()
    block = _Block(int(1.5 * expected) + 64)
    tables = _poisson_tables(model)
    if tables is not None:
        # Fixed-mean counts: seeds and counts of a block of replications in one compiled call
        # (the same numbers as replication_rng and draw_counts, without a Python loop).
        _simulate_blocks(model, entropy, start, stop, chunk_incidents, contention, n_batches,
                         tables, block, part)
        return part.trimmed()
    pending_counts: list[np.ndarray] = []
    pending_states: list[np.ndarray] = []
    first = start  # the first pending replication
    offsets = [0]

    def flush() -> None:
        if not pending_counts:
            return
        reps = np.arange(first, first + len(pending_counts))
        _simulate(model, np.stack(pending_counts), np.stack(pending_states),
                  np.asarray(offsets, dtype=np.int64), reps % n_batches, contention, block,
                  part, slice(first - start, first - start + reps.size))
        part.n_incidents += offsets[-1]
        pending_counts.clear()
        pending_states.clear()
        offsets[:] = [0]

    for r in range(start, stop):
        rng = replication_rng(entropy, r)
        regime, counts = draw_counts(model, rng)
        part.regime_days[r - start] = np.bincount(regime, minlength=part.regime_days.shape[1])
        m = int(counts.sum())
        if pending_counts and offsets[-1] + m > chunk_incidents:
            flush()
            first = r
        # The replication's raw draws for its incidents come next in its stream: the kernel
        # makes them.
        pending_counts.append(counts)
        pending_states.append(pcg64_state(rng.bit_generator))
        offsets.append(offsets[-1] + m)
    flush()
    return part.trimmed()


def _simulate_blocks(model: IncidentModel, entropy: int, start: int, stop: int,
                     chunk_incidents: int, contention: bool, n_batches: int,
                     tables: tuple[np.ndarray, np.ndarray, np.ndarray], block: _Block,
                     part: _Partial) -> None:
    """Replications start..stop of a model with fixed-mean counts, in blocks of about
    ``chunk_incidents`` incidents (by the expected count: a block's size does not change the
    numbers), each seeded and counted by :func:`_seeding.draw_counts_block`."""
    k = model.kernel_inputs()
    cdf, table_start, guide = tables
    words = _seeding.entropy_words(entropy)
    days, ns, nt = model.horizon_days, model.cells.n_sectors, model.types.n_types
    per_block = int(max(1, min(stop - start,
                               chunk_incidents // max(1.0, model.expected_incidents_per_replication()))))
    counts = np.zeros((per_block, days, ns, nt), dtype=np.int64)
    states = np.empty((per_block, 4), dtype=np.uint64)
    totals = np.empty(per_block, dtype=np.int64)
    offsets = np.zeros(per_block + 1, dtype=np.int64)
    for first in range(start, stop, per_block):
        n = min(per_block, stop - first)
        rows = slice(first - start, first - start + n)
        _seeding.draw_counts_block(words, first, k["initial_cdf"], k["transition_cdf"], cdf,
                                   table_start, guide, counts[:n], part.regime_days[rows],
                                   states[:n], totals[:n])
        np.cumsum(totals[:n], out=offsets[1:n + 1])
        _simulate(model, counts[:n], states[:n], offsets[:n + 1],
                  np.arange(first, first + n) % n_batches, contention, block, part, rows)
        part.n_incidents += int(offsets[n])


def simulate_replication(model: IncidentModel, seed: int, replication: int = 0, *,
                         contention: bool = True) -> IncidentOutcomes:
    """Per-incident outcomes of one replication, exactly as the engine computes them.

    Parameters
    ----------
    model : the incident model.
    seed : the run's seed (entropy).
    replication : which replication of that run.
    contention : whether busy units are unavailable (see :func:`run_incidents`).

    Returns
    -------
    IncidentOutcomes
    """
    k = model.kernel_inputs()
    rng = replication_rng(seed, replication)
    _, counts = draw_counts(model, rng)
    m = int(counts.sum())
    block = _Block(m)
    unit = np.full(m, -1, dtype=np.int64)
    wait_h, respond_h = np.full(m, np.nan), np.full(m, np.nan)
    escalated = np.zeros(m, dtype=np.bool_)
    part = _empty_partial(model, replication, 1, 1)
    _simulate(model, counts[None], pcg64_state(rng.bit_generator)[None],
              np.array([0, m], dtype=np.int64), np.zeros(1, dtype=np.int64), contention, block,
              part, slice(0, 1), (unit, wait_h, respond_h, escalated))
    itype, detect_h = block.itype, block.detect_h
    detected = ~np.isnan(detect_h)
    requested = detected & k["response_required"][itype, k["sector_of_cell"][block.cell]]
    answered = unit >= 0
    original = k["order"][block.cell]
    return IncidentOutcomes(
        time_h=block.time_h, cell=original, sector=model.cells.sector[original], type=itype,
        detect_h=detect_h, detected=detected, requested=requested, answered=answered,
        unit=unit, wait_h=wait_h, respond_h=respond_h,
        within_threshold=answered & (np.nan_to_num(respond_h - detect_h, nan=np.inf)
                                     <= model.threshold_h),
        escalated=escalated,
        busy_h=part.busy_h[0],
    )


# --------------------------------------------------------------------------- results



#: Runs ``function(*arguments)`` for each argument tuple in worker processes; results in order.
MapTasks = Callable[[Callable[..., _Partial], Sequence[tuple[Any, ...]]], list[_Partial]]


def _plain_pool(workers: int) -> MapTasks:
    """A standard process pool, for a caller that passes none (see ``map_tasks``)."""
    def run(function: Callable[..., _Partial], tasks: Sequence[tuple[Any, ...]]) -> list[_Partial]:
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        with ProcessPoolExecutor(max_workers=workers,
                                 mp_context=multiprocessing.get_context(method)) as pool:
            futures = [pool.submit(function, *args) for args in tasks]
            return [f.result() for f in futures]
    return run


def _split(n_reps: int, n_tasks: int) -> list[tuple[int, int]]:
    edges = np.linspace(0, n_reps, n_tasks + 1).round().astype(int)
    return [(int(a), int(b)) for a, b in zip(edges[:-1], edges[1:], strict=True) if b > a]


def run_incidents(
    model: IncidentModel,
    n_replications: int,
    seed: int | None = None,
    *,
    contention: bool = True,
    chunk_incidents: int = 1_000_000,
    workers: int = 1,
    map_tasks: MapTasks | None = None,
) -> IncidentRunResult:
    """Run the incident model ``n_replications`` times and summarise.

    Parameters
    ----------
    model : the incident model.
    n_replications : independent replications (>= 1).
    seed : entropy for ``numpy.random.SeedSequence``; ``None`` draws fresh entropy, reported in
        the result so the run can be repeated.
    contention : if True, a busy unit cannot answer and calls wait; if False every call gets
        its nearest eligible unit at once (an upper bound on performance).
    chunk_incidents : incidents held in memory at once per process (a replication is never
        split); the results do not depend on it.
    workers : processes; the results do not depend on it.
    map_tasks : with ``workers > 1``, how the ranges of replications are run in processes:
        ``map_tasks(function, argument tuples)`` returns the results in order. The caller's
        pool (`reassure.run.workers.map_in_processes`: workers that stop at once with a
        Ctrl-C, SIGTERM or the parent's death) instead of a plain one here, which waits for
        its running ranges before an interrupt is raised.

    Returns
    -------
    IncidentRunResult
    """
    if int(n_replications) != n_replications or not 1 <= n_replications <= _MAX_REPLICATIONS:
        raise ModelError(f"n_replications must be a whole number in 1..{_MAX_REPLICATIONS} "
                         f"(got {n_replications})")
    if chunk_incidents < 1:
        raise ModelError(f"chunk_incidents must be >= 1 (got {chunk_incidents})")
    if workers < 1:
        raise ModelError(f"workers must be >= 1 (got {workers})")
    n_reps = int(n_replications)
    entropy = int(np.random.SeedSequence(seed).entropy)  # type: ignore[arg-type]  # an int here
    n_batches = min(_MAX_BATCHES, n_reps)
    _dispatch_tables(model)  # computed once, shipped to workers with the model
    if workers == 1:
        parts = [_simulate_range(model, entropy, 0, n_reps, chunk_incidents, contention,
                                 n_batches)]
    else:
        ranges = _split(n_reps, min(n_reps, 4 * workers))
        tasks = [(model, entropy, a, b, chunk_incidents, contention, n_batches) for a, b in ranges]
        parts = (map_tasks or _plain_pool(workers))(_simulate_range, tasks)
    return _summarise(model, parts, n_reps, entropy, contention)
