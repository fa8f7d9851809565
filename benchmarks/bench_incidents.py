"""Incident engine benchmark: reassure's Monte Carlo engine against SimPy, same model, same run.

Model: ``style_benchmark`` in ``tests/incidents/reference_scenarios.py``, sized like
shared/reference/style.md §2.1: an incident every 0.4 h on average, each needing one of 12
identical QRFs (travel 1.5 h, 2 h on scene, load 0.73), detection by passes every hour. Both
sides run exactly this process:

* SimPy: ``tests/incidents/simpy_reference.py``, the independent event-by-event model used by
  the agreement tests;
* reassure: ``reassure.models.incidents.engine.run_incidents`` (numba, ``cache=True``).

Also measured, as a yardstick for this machine: style.md §2.1's own SimPy model (Poisson
arrivals, exponential detection / travel / on-scene, ``simpy.Resource`` of 12), which §2.1 timed
at about 100,000 incidents/s. The ratio against it compares different (but equally sized)
models and is labelled so.

Compilation is reported apart: ``compile_s`` is a first call in a fresh process with an empty
numba cache (import included); ``first_call_s`` is a first call in this process, which loads
the cache. Targets (issue 13): >= 300x SimPy with contention; >= 30 M incidents/s per core
without.

**The headline** (SimPy same model and reassure with 1 worker, with and without contention) is
measured in ``--processes`` fresh processes (default 5), one after another, each pinned to one
core (``--cpu``, default 0; ``os.sched_setaffinity``, as ``taskset -c 0``; ``--cpu -1``: not
pinned), both sides in the same process on the same core. Each process warms up (the numba
cache loaded, a SimPy replication), then makes ``--repeats`` rounds (default 3), each round:
a SimPy run of ``SIMPY_REPS`` replications (100,000 incidents; 2 replications with ``--quick``)
in two halves around the engine's run of 1,000 replications (10 M incidents; 200 with
``--quick``), then the same without contention. Every figure is the **median over all the
runs** (processes x rounds), printed with its min and max and each process's median; every
ratio is the median of the paired ratios (a round's engine run over the SimPy run around it,
same process, same core), with its min and max, and the contention pairs by SimPy's rate in
their round (SimPy slows down more than the engine under load, so the pairs of the quiet rounds,
SimPy fastest, are the idle figure: issue 13o). Also printed, for comparison with earlier
results: the old statistic (best engine run over best SimPy run of one process) of each
process. Why (issue 13o): the engine's time with contention looked bimodal between
processes (about 0.70 s or 1.0 s for 10 M incidents), and SimPy's rate varied almost 2x between
runs; one best-of in one process drew one sample of each, at different moments. No property of
a process was found to make it slow (benchmarks/RESULTS.md, issue 13o): the machine's speed
varies in time, so the two sides are timed at the same moments and the spread is shown. The
2-worker row and style.md's SimPy model are measured in this process (not pinned: 2 workers
need 2 cores), median of ``--repeats``.

**The generator bound** (issue 13p). In each headline process, in every round, just before
and just after the engine's no-contention run, the same core times numpy's generator making
the engine's own random numbers: a numba loop calling numpy's PCG64 (the bit generator the
engine uses) through its C function ``bit_generator.ctypes.next_uint64``, three raw draws an
incident, turned into the incident's five uniforms exactly as the engine makes them (the
high and low 32-bit halves of draws 0 and 1, the top 53 bits of draw 2: ``model.
incident_uniforms``), written into a preallocated (``GEN_INCIDENTS``, 5) buffer (one
replication's 10,000 incidents; it stays in L2), best of ``GEN_REPEATS`` fills on each side of
the engine's run. That rate, in incidents/s, is the **generator bound**: what the engine
would reach if it did nothing but make its draws with numpy's code. The engine's
no-contention rate is reported as a fraction of it (the median of the rounds' paired
fractions: the engine's run over the bound measured around it), next to the absolute M/s.
Also timed the same way, for reference: ``bit_generator.random_raw`` of the three raw draws
(numpy's own C loop, raw draws only; it allocates its output: it has no ``out``), and
``Generator.random(out=buf)`` at five doubles an incident - the issue's own framing (issue
13: about 117 M incidents/s at 5 uniforms an incident on its machine, so its 30 M/s goal is
25.6 % of that rate): the bench prints what 30 M/s on the issue's machine corresponds to
here (25.6 % of the rate measured here). The absolute target line (>= 30 M/s) is unchanged.

``--baseline-src DIR`` also times the engine of another source tree (e.g. an earlier commit,
``git archive REV src | tar -x -C /tmp/old``, then ``--baseline-src /tmp/old/src``) in a
subprocess, on the same model, alternating one run of it with one run of this tree, and prints
this tree's throughput as a multiple of it (best of ``--repeats`` each).

``--kernel-baseline DIR`` times the compiled kernel alone (``engine._simulate`` on two
replications, no counts, no summary), this tree's and the kernel of DIR's
``reassure/models/incidents/kernels.py`` loaded in the same process under another name, in
alternation, the minimum thread time of many short calls each: on a shared machine far steadier
than whole runs (issue 13j). Both must give the same statistics (checked first), unless the
two draw different random numbers (issue 13l's stream change: then only the counts).

Usage::

    .venv/bin/python benchmarks/bench_incidents.py [--quick] [--json] [--repeats N]
        [--processes P] [--cpu N] [--baseline-src DIR] [--kernel-baseline DIR]
        [--compare-snapshots BEFORE AFTER]

``--compare-snapshots BEFORE AFTER`` times nothing: it compares the incident figures of two
``scripts/snapshot_results.py`` directories (a random-stream change must move them by
Monte-Carlo noise only), each difference over its standard error.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "incidents"))

from reference_scenarios import style_benchmark  # noqa: E402
from simpy_reference import simulate_reference_replication  # noqa: E402

from reassure.models.incidents.engine import run_incidents  # noqa: E402

INCIDENTS_PER_REP = 10_000


SIMPY_REPS = 10  # replications a SimPy run (100,000 incidents)
ENGINE_REPS = 1000  # replications an engine run (10 M incidents)
GEN_INCIDENTS = 10_000  # incidents a fill of the generator bound (one replication)
GEN_REPEATS = 40  # fills on each side of the engine's no-contention run (best taken)
# The issue's framing (issue 13): numpy's generator allows about 117 M incidents/s at 5 uniforms
# an incident (Generator.random) on its machine, and 30 M/s is that fraction of it.
ISSUE_GEN_PER_S = 117e6
ISSUE_TARGET_PER_S = 30e6
# The headline's runs, in this order in each round: (row, side, contention).
HEADLINE = (("simpy_same_model_contention", "simpy", True),
            ("reassure_contention_1_worker", "engine", True),
            ("simpy_same_model_no_contention", "simpy", False),
            ("reassure_no_contention_1_worker", "engine", False))


def median(xs: list[float]) -> float:
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else 0.5 * (s[n // 2 - 1] + s[n // 2])


def timed(fn, repeats: int) -> tuple[list[float], object]:  # noqa: ANN001
    """Wall times of ``repeats`` calls, and the last result."""
    times, out = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return times, out


def generator_bound() -> dict:
    """Timers of numpy's generator making the engine's draws (see the module docstring): each
    call of a timer returns incidents/s, best of ``GEN_REPEATS`` fills of ``GEN_INCIDENTS``."""
    import numba
    import numpy as np

    bit_generator = np.random.PCG64(20250217)
    gen = np.random.Generator(bit_generator)
    next_uint64 = bit_generator.ctypes.next_uint64  # numpy's C function (PCG64's next draw)
    state = bit_generator.ctypes.state_address
    low32 = np.uint64(0xFFFFFFFF)

    @numba.njit
    def engine_draws(out, n, state_address):  # pragma: no cover - compiled
        # three raw draws an incident, its five uniforms as the engine makes them
        for i in range(n):
            x = next_uint64(state_address)
            y = next_uint64(state_address)
            z = next_uint64(state_address)
            out[i, 0] = np.float64(np.int64(x >> np.uint64(32))) * 2.0**-32
            out[i, 1] = np.float64(np.int64(x & low32)) * 2.0**-32
            out[i, 2] = np.float64(np.int64(y >> np.uint64(32))) * 2.0**-32
            out[i, 3] = np.float64(np.int64(y & low32)) * 2.0**-32
            out[i, 4] = np.float64(np.int64(z >> np.uint64(11))) * (1.0 / 9007199254740992.0)

    n = GEN_INCIDENTS
    uniforms = np.empty((n, 5))
    doubles = np.empty(5 * n)
    fills = {"engine_draws": lambda: engine_draws(uniforms, n, state),
             "random_raw": lambda: bit_generator.random_raw(3 * n),
             "random_5": lambda: gen.random(out=doubles)}
    for fill in fills.values():
        fill()  # compiled, warm

    def best(fill) -> float:  # noqa: ANN001
        dt = math.inf
        for _ in range(GEN_REPEATS):
            t = time.perf_counter()
            fill()
            dt = min(dt, time.perf_counter() - t)
        return n / dt

    return {name: (lambda fill=fill: best(fill)) for name, fill in fills.items()}


def headline_worker(rounds: int, simpy_reps: int, engine_reps: int, cpu: int) -> dict:
    """In a fresh process: pinned to ``cpu`` (unless < 0), warm, then ``rounds`` rounds of the
    HEADLINE runs. Returns each run's incidents and wall seconds, by row."""
    if cpu >= 0:
        os.sched_setaffinity(0, {cpu})
    model = style_benchmark(12, INCIDENTS_PER_REP)
    for contention in (True, False):  # warm: the numba cache loaded, SimPy's code paths run
        run_incidents(model, 2, seed=0, contention=contention)
        simpy_same_model(1, contention)
    bound = generator_bound()
    out: dict[str, list[tuple[int, float]]] = {name: [] for name, _, _ in HEADLINE}
    gen: dict[str, list[float]] = {name: [] for name in bound}  # incidents/s, one a round
    half = simpy_reps // 2
    for _ in range(rounds):
        for (simpy, _, contention), (engine, _, _) in zip(HEADLINE[::2], HEADLINE[1::2],
                                                          strict=True):
            # SimPy's run in two halves, one just before the engine's run and one just after:
            # the two sides' samples are centred on the same moment.
            t0 = time.perf_counter()
            n_simpy = simpy_same_model(half, contention)
            before: dict[str, float] = {}
            if not contention:  # the generator bound, around the no-contention run too
                before = {name: timer() for name, timer in bound.items()}
            t1 = time.perf_counter()
            n = run_incidents(model, engine_reps, seed=1, contention=contention).n_incidents
            t2 = time.perf_counter()
            if not contention:
                for name, timer in bound.items():
                    gen[name].append(max(before[name], timer()))
            n_simpy += simpy_same_model(simpy_reps - half, contention, first=half)
            t3 = time.perf_counter()
            out[simpy].append((n_simpy, (t1 - t0) + (t3 - t2)))
            out[engine].append((n, t2 - t1))
    return {"cpus": sorted(os.sched_getaffinity(0)), "runs": out, "generator": gen}


def headline(processes: int, rounds: int, simpy_reps: int, engine_reps: int,
             cpu: int) -> list[dict]:
    """HEADLINE's runs in ``processes`` fresh processes, one after another."""
    results = []
    for _ in range(processes):
        cmd = [sys.executable, str(Path(__file__).resolve()), "--headline-worker",
               json.dumps([rounds, simpy_reps, engine_reps, cpu])]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return results


def compile_seconds() -> float:
    """A first tiny run in a fresh process whose numba cache is empty (import included)."""
    code = ("import sys, time; t = time.perf_counter(); "
            f"sys.path[:0] = [{str(ROOT / 'src')!r}, {str(ROOT / 'tests' / 'incidents')!r}]; "
            "from reference_scenarios import single_pool; "
            "from reassure.models.incidents.engine import run_incidents; "
            "run_incidents(single_pool(), 2, seed=0); print(time.perf_counter() - t)")
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "NUMBA_CACHE_DIR": cache}
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                             text=True, check=True)
    return float(out.stdout.strip())


class _Baseline:
    """The engine of another source tree, in a subprocess that times one run per request."""

    def __init__(self, src: str, n_reps: int) -> None:
        code = ("import sys, time; "
                f"sys.path[:0] = [{src!r}, {str(ROOT / 'tests' / 'incidents')!r}]; "
                "from reference_scenarios import style_benchmark; "
                "from reassure.models.incidents.engine import run_incidents; "
                f"m = style_benchmark(12, {INCIDENTS_PER_REP}); run_incidents(m, 2, seed=0); "
                "run_incidents(m, 2, seed=0, contention=False); print('ready', flush=True)\n"
                "for line in sys.stdin:\n"
                "    t = time.perf_counter()\n"
                f"    n = run_incidents(m, {n_reps}, seed=1, contention=line.strip() == 'True')"
                ".n_incidents\n"
                "    print(n / (time.perf_counter() - t), flush=True)")
        self.process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None and self.process.stdin is not None
        self.stdin, self.stdout = self.process.stdin, self.process.stdout
        self.stdout.readline()  # ready: compiled and warm

    def per_s(self, contention: bool) -> float:
        self.stdin.write(f"{contention}\n")
        self.stdin.flush()
        return float(self.stdout.readline())

    def close(self) -> None:
        self.stdin.close()
        self.process.wait(timeout=60)


def interleaved(src: str, model, n_reps: int, repeats: int) -> dict[str, tuple[float, float]]:  # noqa: ANN001
    """Best incidents/s of the other tree and of this one, run alternately (one run each in
    turn, ``repeats`` times), so both see the same load on a shared machine."""
    baseline = _Baseline(src, n_reps)
    out = {}
    try:
        for name, contention in (("contention", True), ("no_contention", False)):
            before = after = 0.0
            for _ in range(repeats):
                before = max(before, baseline.per_s(contention))
                t = time.perf_counter()
                n = run_incidents(model, n_reps, seed=1, contention=contention).n_incidents
                after = max(after, n / (time.perf_counter() - t))
            out[name] = (before, after)
    finally:
        baseline.close()
    return out


def kernel_alone(src: str, rounds: int = 40, calls: int = 20,
                 model: object = None) -> dict[str, tuple[float, float]]:
    """ns an incident of the kernel of ``src`` (a tree's src/) and of this tree's, best of
    ``rounds`` x ``calls`` alternated calls each, on two replications of ``model`` (default:
    the benchmark model)."""
    import importlib.util
    import shutil

    import numpy as np

    from reassure.models.incidents import draw_counts, engine
    from reassure.models.incidents.kernels import pcg64_state

    if model is None:
        model = style_benchmark(12, INCIDENTS_PER_REP)
    tables = engine._dispatch_tables(model)
    with tempfile.TemporaryDirectory() as tmp:
        # A fresh copy: numba's cache of the other file is keyed to its own module name.
        shutil.copy(Path(src) / "reassure" / "models" / "incidents" / "kernels.py", tmp)
        spec = importlib.util.spec_from_file_location("baseline_kernels", Path(tmp) / "kernels.py")
        assert spec is not None and spec.loader is not None
        other = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(other)
        other._dispatch_tables(model)  # (adds nothing when this tree's tables are there)
        counts, states, offsets = [], [], [0]
        for r in range(2):
            rng = engine.replication_rng(1, r)
            _, c = draw_counts(model, rng)
            counts.append(c)
            states.append(pcg64_state(rng.bit_generator))
            offsets.append(offsets[-1] + int(c.sum()))
        args = (np.stack(counts), np.stack(states), np.array(offsets, dtype=np.int64),
                np.zeros(2, dtype=np.int64))
        block = engine._Block(offsets[-1])
        no_record = (np.empty(0, dtype=np.int64), np.empty(0), np.empty(0),
                     np.empty(0, dtype=np.bool_))
        k = tables
        # The other kernel's random-number buffers: none (issue 13l on: draws made as used),
        # or the five doubles an incident of the stream before.
        same_stream = hasattr(other, "_RAW")  # (this tree has it)
        draws: tuple[object, ...] = ()
        if not same_stream:
            doubles = np.empty((offsets[-1], 5))
            draws = (doubles, doubles.reshape(-1))

        def run_this(contention: bool) -> object:
            part = engine._empty_partial(model, 0, 2, 1)
            engine._simulate(model, *args, contention, block, part, slice(0, 2))
            return part

        def run_other(contention: bool) -> object:
            part = engine._empty_partial(model, 0, 2, 1)
            # The kernel's arguments as engine._simulate passes them (the vector dispatch's
            # tables only if that kernel has them).
            vector = ((k["rank"], k["leg_lanes"], k["scene_lanes"]) if hasattr(other, "_LANES")
                      else ())
            # (the cell lookup's bucket rows, issue 13p, if that kernel has them)
            rows = ((k["cell_first"], k["cell_next_km"]) if hasattr(other, "_cell_tables")
                    else ())
            other._simulate_kernel(
                *args, k["cell_cum_km"], k["sector_lo"], k["sector_hi"], k["revisit_h"],
                k["pd_per_pass"], k["latency_h"], k["duration_h"], k["self_reported"],
                k["sector_of_cell"], k["response_required"], k["response_h"], k["on_scene_h"],
                k["pref"], k["n_pref"], k["n_in"], k["demand_h"], k["leg_h"], k["escalation"],
                model.units.activation_h, model.threshold_h, model.max_wait_h, contention, False,
                k["log_miss"], k["bucket_cell"], float(k["per_km"]), *rows, *vector, *draws,
                block.time_h, block.cell, block.itype, block.detect_h,
                part.stats, part.busy_h, part.sector_stats, part.type_stats, part.hist,
                *no_record)
            return part

        for contention in (True, False):
            mine, theirs = run_this(contention), run_other(contention)
            for name in ("stats", "busy_h", "sector_stats", "type_stats", "hist"):
                if same_stream:
                    assert np.array_equal(getattr(mine, name), getattr(theirs, name)), name
                else:  # different random numbers: the same incidents, other outcomes
                    assert np.array_equal(mine.stats[:, 0], theirs.stats[:, 0]), name
        if not same_stream:
            print("  (the two kernels draw different random numbers: a stream change; "
                  "same counts, statistics not compared)")
        best: dict[tuple[str, bool], float] = {}
        for _ in range(rounds):
            for side, fn in (("before", run_other), ("after", run_this)):
                for contention in (True, False):
                    for _ in range(calls):
                        t = time.thread_time()
                        fn(contention)
                        dt = time.thread_time() - t
                        key = (side, contention)
                        best[key] = min(best.get(key, math.inf), dt)
    n = offsets[-1]
    return {name: (best[("before", c)] / n * 1e9, best[("after", c)] / n * 1e9)
            for name, c in (("contention", True), ("no_contention", False))}


def _interval_figures(node: object, path: str = "") -> dict[str, tuple[float, float, float]]:
    """Every figure ``{"value": v, "ci95": [lo, hi]}`` under ``node``, by its path."""
    out: dict[str, tuple[float, float, float]] = {}
    if isinstance(node, dict):
        ci = node.get("ci95")
        if (isinstance(node.get("value"), (int, float)) and isinstance(ci, list) and len(ci) == 2
                and all(isinstance(x, (int, float)) for x in ci)):
            out[path] = (float(node["value"]), float(ci[0]), float(ci[1]))
        for key, value in node.items():
            out.update(_interval_figures(value, f"{path}/{key}"))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            name = value.get("name", i) if isinstance(value, dict) else i
            out.update(_interval_figures(value, f"{path}/{name}"))
    return out


def compare_snapshots(before: str, after: str, top: int = 8) -> float:
    """The incident figures of two ``scripts/snapshot_results.py`` directories (e.g. before
    and after a random-stream change), each difference over its standard error.

    SE of a figure = its 95 % half-width / 1.96 (slightly above the SE of the Student-t and
    batch-means intervals, whose multipliers are 1.97-2.09); the difference's SE is the two
    runs' combined, sqrt(SE_before**2 + SE_after**2): independent streams. Figures with a
    zero-width interval in both (fixed inputs) must be equal. Prints the largest |diff| / SE
    and how many exceed 2 and 3; returns the largest.
    """
    import numpy as np

    rows = []
    for path in sorted(Path(before).glob("*/results.json")):
        name = path.parent.name
        old = json.loads(path.read_text())["sections"].get("incidents")
        new_path = Path(after) / name / "results.json"
        new = json.loads(new_path.read_text())["sections"].get("incidents")
        if old is None:
            continue
        a, b = _interval_figures(old["data"]), _interval_figures(new["data"])
        assert a.keys() == b.keys(), (name, sorted(a.keys() ^ b.keys())[:5])
        for key, (v0, lo0, hi0) in a.items():
            v1, lo1, hi1 = b[key]
            se = math.hypot((hi0 - lo0) / 2 / 1.96, (hi1 - lo1) / 2 / 1.96)
            if se == 0.0:
                assert v0 == v1, (name, key, v0, v1)
                continue
            rows.append((abs(v1 - v0) / se, name, key, v0, v1, se))
    z = np.array([r[0] for r in rows])
    print(f"incident figures compared: {z.size} (with a non-zero interval), over "
          f"{len({r[1] for r in rows})} scenarios")
    print(f"  |diff| / SE: median {np.median(z):.2f}, mean {z.mean():.2f}; > 2: {np.sum(z > 2)} "
          f"({np.mean(z > 2):.1%}; normal 4.6 %), > 3: {np.sum(z > 3)} ({np.mean(z > 3):.2%}; "
          f"normal 0.27 %), largest {z.max():.2f}")
    for zz, name, key, v0, v1, se in sorted(rows, reverse=True)[:top]:
        print(f"  {zz:5.2f}  {name}{key}: {v0:.6g} -> {v1:.6g} (SE {se:.3g})")
    return float(z.max())


def simpy_same_model(n_reps: int, contention: bool, first: int = 0) -> int:
    """Incidents of SimPy's replications ``first .. first + n_reps - 1`` (seeds 1000 + r)."""
    model = style_benchmark(12, INCIDENTS_PER_REP)
    return sum(simulate_reference_replication(model, 1000 + r, contention=contention,
                                              keep_times=False).n_incidents
               for r in range(first, first + n_reps))


def simpy_style_21(n_incidents: int, units: int = 12, seed: int = 1) -> int:
    """style.md §2.1's SimPy model, as measured there."""
    import simpy

    rnd = random.Random(seed)
    env = simpy.Environment()
    qrf = simpy.Resource(env, capacity=units)

    def incident():
        yield env.timeout(rnd.expovariate(1 / 0.5))  # detection
        with qrf.request() as req:
            yield req
            yield env.timeout(rnd.expovariate(1 / 1.5))  # travel
            yield env.timeout(rnd.expovariate(1 / 2.0))  # on scene

    def source():
        for _ in range(n_incidents):
            yield env.timeout(rnd.expovariate(1 / 0.4))
            env.process(incident())

    env.process(source())
    env.run()
    return n_incidents


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller runs (about 15 s)")
    parser.add_argument("--json", action="store_true", help="end with one line of JSON")
    parser.add_argument("--repeats", type=int, default=3,
                        help="rounds a headline process; runs of the other rows")
    parser.add_argument("--processes", type=int,
                        help="fresh processes for the headline (default 5; 2 with --quick)")
    parser.add_argument("--cpu", type=int, default=0,
                        help="the CPU the headline's processes are pinned to (-1: not pinned)")
    parser.add_argument("--headline-worker", help=argparse.SUPPRESS)
    parser.add_argument("--baseline-src", help="another tree's src/ to time the engine against")
    parser.add_argument("--kernel-baseline", help="another tree's src/ to time the kernel against")
    parser.add_argument("--compare-snapshots", nargs=2, metavar=("BEFORE", "AFTER"),
                        help="compare the incident figures of two snapshot_results.py "
                             "directories, each difference over its standard error")
    args = parser.parse_args()
    if args.headline_worker:
        print(json.dumps(headline_worker(*json.loads(args.headline_worker))))
        return 0
    if args.compare_snapshots:
        compare_snapshots(*args.compare_snapshots)
        return 0
    if args.kernel_baseline:
        print(f"kernel alone, ns an incident (2 replications, min thread time of alternated "
              f"calls), {args.kernel_baseline} vs this tree:")
        for name, (before, after) in kernel_alone(args.kernel_baseline).items():
            print(f"  {name:14s} before {before:6.1f}  after {after:6.1f}  after/before "
                  f"{after / before:.3f}")
        print(f"  load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        return 0
    simpy_reps = 2 if args.quick else SIMPY_REPS
    engine_reps = 200 if args.quick else ENGINE_REPS
    style_n = 20_000 if args.quick else 100_000
    processes = args.processes if args.processes is not None else (2 if args.quick else 5)
    model = style_benchmark(12, INCIDENTS_PER_REP)
    load_start = os.getloadavg()

    compile_s = compile_seconds()
    t0 = time.perf_counter()
    run_incidents(model, 2, seed=0)
    first_call_s = time.perf_counter() - t0

    # The headline: SimPy and the engine alternated in fresh processes, pinned (see above).
    workers = headline(processes, args.repeats, simpy_reps, engine_reps, args.cpu)
    rows: dict[str, dict] = {}
    for name, _, _ in HEADLINE:
        runs = [run for w in workers for run in w["runs"][name]]
        rates = [n / sec for n, sec in runs]
        rows[name] = {"incidents": runs[0][0], "seconds": median([sec for _, sec in runs]),
                      "per_s": median(rates), "per_s_min": min(rates), "per_s_max": max(rates),
                      "per_s_by_process": [median([n / sec for n, sec in w["runs"][name]])
                                           for w in workers],
                      "runs_seconds": [sec for _, sec in runs]}

    def paired(engine: str, simpy: str) -> list[float]:
        # Each engine run over the SimPy run just before it (same process, same round).
        return [(ne / se) / (ns / ss) for w in workers
                for (ne, se), (ns, ss) in zip(w["runs"][engine], w["runs"][simpy], strict=True)]

    pairs = {
        "contention_1_worker_vs_simpy_same_model":
            paired("reassure_contention_1_worker", "simpy_same_model_contention"),
        "no_contention_1_worker_vs_simpy_same_model":
            paired("reassure_no_contention_1_worker", "simpy_same_model_no_contention"),
    }

    # Not in the headline, in this process (2 workers need 2 cores: not pinned).
    def measure(name: str, fn, repeats: int) -> None:  # noqa: ANN001
        times, result = timed(fn, repeats)
        n = result if isinstance(result, int) else result.n_incidents
        rates = [n / sec for sec in times]
        rows[name] = {"incidents": n, "seconds": median(times), "per_s": median(rates),
                      "per_s_min": min(rates), "per_s_max": max(rates)}

    measure("simpy_style_2_1", lambda: simpy_style_21(style_n), args.repeats)
    measure("reassure_contention_2_workers",
            lambda: run_incidents(model, engine_reps, seed=1, workers=2), args.repeats)

    # The statistic of the bench before issue 13o: best of the runs of one process, each side.
    def best_of_process(engine: str, simpy: str) -> list[float]:
        return [max(n / sec for n, sec in w["runs"][engine])
                / max(n / sec for n, sec in w["runs"][simpy]) for w in workers]

    old_statistic = {
        "contention_1_worker_vs_simpy_same_model":
            best_of_process("reassure_contention_1_worker", "simpy_same_model_contention"),
        "no_contention_1_worker_vs_simpy_same_model":
            best_of_process("reassure_no_contention_1_worker", "simpy_same_model_no_contention"),
    }
    ratios = {name: median(r) for name, r in pairs.items()}
    ratios["contention_2_workers_vs_simpy_same_model"] = (
        rows["reassure_contention_2_workers"]["per_s"]
        / rows["simpy_same_model_contention"]["per_s"])
    ratios["contention_1_worker_vs_simpy_style_2_1 (different model)"] = (
        rows["reassure_contention_1_worker"]["per_s"] / rows["simpy_style_2_1"]["per_s"])
    pin = f"pinned to CPU {args.cpu}" if args.cpu >= 0 else "not pinned"
    n_runs = processes * args.repeats
    print(f"Incident engine vs SimPy ({os.cpu_count()} cores; {INCIDENTS_PER_REP:,} incidents a "
          f"replication, 12 QRFs, load 0.73)")
    print(f"  numba compile (fresh cache, incl. import): {compile_s:6.2f} s")
    print(f"  first call, cache loaded:                  {first_call_s:6.2f} s  (excluded below)")
    print(f"  headline: {processes} fresh processes x {args.repeats} rounds ({pin}), SimPy and "
          f"reassure alternated; median over the {n_runs} runs [min - max], each process's "
          f"median")
    for name, _, _ in HEADLINE:
        row = rows[name]
        print(f"  {name:34s} {row['incidents']:>11,} incidents {row['seconds']:8.3f} s "
              f"{row['per_s']:>13,.0f} incidents/s [{row['per_s_min']:,.0f} - "
              f"{row['per_s_max']:,.0f}]")
        print(f"  {'':34s} by process: "
              f"{' '.join(f'{x:,.0f}' for x in row['per_s_by_process'])}")
        print(f"  {'':34s} seconds: {' '.join(f'{x:.3f}' for x in row['runs_seconds'])}")
    print(f"  not in the headline (this process, not pinned; median of {args.repeats}):")
    for name in ("simpy_style_2_1", "reassure_contention_2_workers"):
        row = rows[name]
        print(f"  {name:34s} {row['incidents']:>11,} incidents {row['seconds']:8.3f} s "
              f"{row['per_s']:>13,.0f} incidents/s [{row['per_s_min']:,.0f} - "
              f"{row['per_s_max']:,.0f}]")
    for name, value in ratios.items():
        spread = (f"  (paired runs: {min(pairs[name]):.1f} - {max(pairs[name]):.1f}x)"
                  if name in pairs else "")
        print(f"  ratio {name:58s} {value:8.1f}x{spread}")
    # SimPy slows down more than the engine under load (issue 13o: at load 2-3 the pairs of
    # the quiet rounds were about 300x, of the loaded ones up to 500x): each pair by the SimPy
    # rate of its round, fastest (quietest) first.
    simpy_rates = [n / sec for w in workers for n, sec in w["runs"]["simpy_same_model_contention"]]
    by_speed = sorted(zip(simpy_rates, pairs["contention_1_worker_vs_simpy_same_model"],
                          strict=True), reverse=True)
    print("  contention pairs by SimPy's rate in the round, fastest first: "
          + " ".join(f"{ratio:.0f}x@{rate / 1000:.0f}k" for rate, ratio in by_speed))
    for name, values in old_statistic.items():
        print(f"  best of a process (the statistic before 13o), {name}: "
              f"{' '.join(f'{x:.0f}x' for x in values)}")
    per_core = rows["reassure_no_contention_1_worker"]["per_s"]
    # The generator bound (module docstring), measured around each no-contention run.
    gen_rates = {name: [x for w in workers for x in w["generator"][name]]
                 for name in workers[0]["generator"]}
    engine_rates = [n / sec for w in workers for n, sec in w["runs"]["reassure_no_contention_1_worker"]]
    fraction = [e / g for e, g in zip(engine_rates, gen_rates["engine_draws"], strict=True)]
    bound = median(gen_rates["engine_draws"])
    random_5 = median(gen_rates["random_5"])
    print(f"  generator bound (numpy's PCG64 through its C next_uint64, 3 raw draws an incident "
          f"made into its 5 uniforms as the engine makes them, {GEN_INCIDENTS:,} incidents a "
          f"preallocated buffer, best of {GEN_REPEATS} on each side of each no-contention run; "
          f"median over the {len(fraction)} runs [min - max]):")
    print(f"    bound                            {bound / 1e6:8.1f} M incidents/s "
          f"[{min(gen_rates['engine_draws']) / 1e6:.1f} - {max(gen_rates['engine_draws']) / 1e6:.1f}]")
    print(f"    reassure without contention      {per_core / 1e6:8.2f} M incidents/s = "
          f"{median(fraction):.1%} of the bound (paired runs: {min(fraction):.1%} - "
          f"{max(fraction):.1%})")
    print(f"    raw draws alone (random_raw)     "
          f"{median(gen_rates['random_raw']) / 1e6:8.1f} M incidents/s (3 draws an incident)")
    share = ISSUE_TARGET_PER_S / ISSUE_GEN_PER_S
    print(f"    Generator.random(out=), 5 an incident (the issue's framing: about "
          f"{ISSUE_GEN_PER_S / 1e6:.0f} M/s on its machine): {random_5 / 1e6:.1f} M incidents/s "
          f"here; 30 M/s there ({share:.1%} of it) corresponds to {share * random_5 / 1e6:.1f} M/s "
          f"here; reassure's median is {per_core / random_5:.1%} of it")
    target_ratio = ratios["contention_1_worker_vs_simpy_same_model"]
    print(f"  target >= 300x SimPy with contention (1 worker): "
          f"{'met' if target_ratio >= 300 else 'NOT met'} (median {target_ratio:.0f}x)")
    print(f"  target >= 30 M incidents/s per core without contention: "
          f"{'met' if per_core >= 30e6 else 'NOT met'} (median {per_core / 1e6:.2f} M/s)")
    baseline = {}
    if args.baseline_src:
        baseline = interleaved(args.baseline_src, model, engine_reps, args.repeats)
        print(f"  before/after: {args.baseline_src} vs this tree, 1 worker, run alternately, "
              f"best of {args.repeats} each")
        for name, (before, after) in baseline.items():
            print(f"    {name:14s} {before:>13,.0f} incidents/s before {after:>13,.0f} after: "
                  f"{after / before:.2f}x")
    print(f"  load average at the start: {' '.join(f'{x:.2f}' for x in load_start)}, at the end: "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.json:
        print(json.dumps({"benchmark": "incidents", "compile_s": compile_s,
                          "first_call_s": first_call_s, "rows": rows, "ratios": ratios,
                          "paired_ratios": pairs, "best_of_process_ratios": old_statistic,
                          "generator_per_s": gen_rates, "fraction_of_generator_bound": fraction,
                          "baseline_per_s": baseline}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
