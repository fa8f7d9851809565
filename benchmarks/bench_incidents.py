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
the cache. Every throughput is the best of ``--repeats`` warm runs. Targets (issue 13):
>= 300x SimPy with contention; >= 30 M incidents/s per core without.

``--baseline-src DIR`` also times the engine of another source tree (e.g. an earlier commit,
``git archive REV src | tar -x -C /tmp/old``, then ``--baseline-src /tmp/old/src``) in a
subprocess, on the same model, alternating one run of it with one run of this tree, and prints
this tree's throughput as a multiple of it (best of ``--repeats`` each).

Usage::

    .venv/bin/python benchmarks/bench_incidents.py [--quick] [--json] [--repeats N]
        [--baseline-src DIR]
"""

from __future__ import annotations

import argparse
import json
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


def best_of(fn, repeats: int) -> tuple[float, object]:  # noqa: ANN001
    """Fastest wall time of ``repeats`` calls, and the last result."""
    best, out = float("inf"), None
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


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


def simpy_same_model(n_reps: int, contention: bool) -> int:
    model = style_benchmark(12, INCIDENTS_PER_REP)
    return sum(simulate_reference_replication(model, 1000 + r, contention=contention,
                                              keep_times=False).n_incidents
               for r in range(n_reps))


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
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--baseline-src", help="another tree's src/ to time the engine against")
    args = parser.parse_args()
    simpy_reps = 2 if args.quick else 5
    engine_reps = 200 if args.quick else 1000
    style_n = 20_000 if args.quick else 100_000
    model = style_benchmark(12, INCIDENTS_PER_REP)

    compile_s = compile_seconds()
    t0 = time.perf_counter()
    run_incidents(model, 2, seed=0)
    first_call_s = time.perf_counter() - t0

    rows = {}

    def measure(name: str, fn, repeats: int) -> None:  # noqa: ANN001
        seconds, result = best_of(fn, repeats)
        n = result if isinstance(result, int) else result.n_incidents
        rows[name] = {"incidents": n, "seconds": seconds, "per_s": n / seconds}

    measure("simpy_same_model_contention", lambda: simpy_same_model(simpy_reps, True),
            min(args.repeats, 2))
    measure("simpy_same_model_no_contention", lambda: simpy_same_model(simpy_reps, False),
            min(args.repeats, 2))
    measure("simpy_style_2_1", lambda: simpy_style_21(style_n), min(args.repeats, 2))
    measure("reassure_contention_1_worker",
            lambda: run_incidents(model, engine_reps, seed=1), args.repeats)
    measure("reassure_contention_2_workers",
            lambda: run_incidents(model, engine_reps, seed=1, workers=2), args.repeats)
    measure("reassure_no_contention_1_worker",
            lambda: run_incidents(model, engine_reps, seed=1, contention=False), args.repeats)

    ratios = {
        "contention_1_worker_vs_simpy_same_model":
            rows["reassure_contention_1_worker"]["per_s"]
            / rows["simpy_same_model_contention"]["per_s"],
        "contention_2_workers_vs_simpy_same_model":
            rows["reassure_contention_2_workers"]["per_s"]
            / rows["simpy_same_model_contention"]["per_s"],
        "no_contention_1_worker_vs_simpy_same_model":
            rows["reassure_no_contention_1_worker"]["per_s"]
            / rows["simpy_same_model_no_contention"]["per_s"],
        "contention_1_worker_vs_simpy_style_2_1 (different model)":
            rows["reassure_contention_1_worker"]["per_s"] / rows["simpy_style_2_1"]["per_s"],
    }
    print(f"Incident engine vs SimPy ({os.cpu_count()} cores; best of {args.repeats} warm runs; "
          f"{INCIDENTS_PER_REP:,} incidents a replication, 12 QRFs, load 0.73)")
    print(f"  numba compile (fresh cache, incl. import): {compile_s:6.2f} s")
    print(f"  first call, cache loaded:                  {first_call_s:6.2f} s  (excluded below)")
    for name, row in rows.items():
        print(f"  {name:34s} {row['incidents']:>11,} incidents {row['seconds']:8.3f} s "
              f"{row['per_s']:>13,.0f} incidents/s")
    for name, value in ratios.items():
        print(f"  ratio {name:58s} {value:8.1f}x")
    per_core = rows["reassure_no_contention_1_worker"]["per_s"]
    target_ratio = ratios["contention_1_worker_vs_simpy_same_model"]
    print(f"  target >= 300x SimPy with contention (1 worker): "
          f"{'met' if target_ratio >= 300 else 'NOT met'} ({target_ratio:.0f}x)")
    print(f"  target >= 30 M incidents/s per core without contention: "
          f"{'met' if per_core >= 30e6 else 'NOT met'} ({per_core / 1e6:.2f} M/s)")
    baseline = {}
    if args.baseline_src:
        baseline = interleaved(args.baseline_src, model, engine_reps, args.repeats)
        print(f"  before/after: {args.baseline_src} vs this tree, 1 worker, run alternately, "
              f"best of {args.repeats} each")
        for name, (before, after) in baseline.items():
            print(f"    {name:14s} {before:>13,.0f} incidents/s before {after:>13,.0f} after: "
                  f"{after / before:.2f}x")
    print(f"  load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.json:
        print(json.dumps({"benchmark": "incidents", "compile_s": compile_s,
                          "first_call_s": first_call_s, "rows": rows, "ratios": ratios,
                          "baseline_per_s": baseline}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
