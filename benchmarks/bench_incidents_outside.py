"""The incident engine outside its kernel (seeds, counts, summary), against another tree (issue 13m).

On a shared machine whole runs in two processes scatter by +-30 % (the two processes' kernels are
separate compilations, and the load moves between runs); the kernel alone is steady but says
nothing of the code around it. These measurements keep one process and one compiled kernel:

* ``whole``: whole runs (1 worker, the benchmark model), alternated, min thread time of
  ``--repeats`` each. *Before* = the per-replication Python loop of seeds and counts
  (``replication_rng`` + ``draw_counts``, as before issue 13m) and the other tree's
  ``summary.py``; *after* = this tree. The same kernel object for both; its own thread time
  is summed apart, so the time outside it is reported too. Both must give the same result.
* ``summary``: ``_summarise`` of one 1,000-replication run, the other tree's against this one's.
* ``counts``: ``_seeding.draw_counts_block`` of 100 replications, the other tree's against this
  one's (needs a tree that has it).

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_incidents_outside.py OTHER/src
        [--what whole summary counts] [--reps 1000] [--repeats 4]
"""

from __future__ import annotations

import argparse
import importlib.util
import math
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "incidents"))

import numpy as np  # noqa: E402
from reference_scenarios import style_benchmark  # noqa: E402

from reassure.models.incidents import engine  # noqa: E402
from reassure.models.incidents import summary as this_summary  # noqa: E402
from reassure.models.incidents.model import _poisson_tables  # noqa: E402


def _load(src: str, relative: str, name: str) -> ModuleType:
    """A module of another tree under another name (a fresh copy: numba caches by path)."""
    tmp = Path(tempfile.mkdtemp())
    shutil.copy(Path(src) / "reassure" / "models" / "incidents" / relative, tmp / f"{name}.py")
    spec = importlib.util.spec_from_file_location(name, tmp / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def whole(src: str, n_reps: int, repeats: int) -> None:
    other = _load(src, "summary.py", "other_summary")
    model = style_benchmark(12, 10_000)
    kernel = engine._simulate_kernel
    kernel_s = [0.0]

    def timed_kernel(*args: object) -> None:
        t = time.thread_time()
        kernel(*args)
        kernel_s[0] += time.thread_time() - t

    def use(side: str) -> None:
        before = side == "before"
        # (module attributes swapped: the engine looks both up at each run)
        setattr(engine, "_poisson_tables", (lambda m: None) if before else _poisson_tables)  # noqa: B010
        setattr(engine, "_summarise", other._summarise if before else this_summary._summarise)  # noqa: B010

    setattr(engine, "_simulate_kernel", timed_kernel)  # noqa: B010
    try:
        results = []
        for side in ("before", "after"):
            use(side)
            engine.run_incidents(model, 20, seed=1, contention=False)
            results.append(str(engine.run_incidents(model, 50, seed=3).to_dict()))
        assert results[0] == results[1], "the two sides give different results"
        for contention in (True, False):
            best: dict[str, tuple[float, float]] = {}
            n = 0
            for _ in range(repeats):
                for side in ("before", "after"):
                    use(side)
                    kernel_s[0] = 0.0
                    t = time.thread_time()
                    n = engine.run_incidents(model, n_reps, seed=1,
                                             contention=contention).n_incidents
                    dt = time.thread_time() - t
                    w, k = best.get(side, (math.inf, math.inf))
                    best[side] = (min(w, dt), min(k, kernel_s[0]))
            (wb, kb), (wa, ka) = best["before"], best["after"]
            ns = 1e9 / n
            print(f"  {'contention' if contention else 'no_contention':14s} whole before "
                  f"{wb * ns:5.1f} ns (kernel {kb * ns:5.1f})  after {wa * ns:5.1f} ns (kernel "
                  f"{ka * ns:5.1f})  after/before {wa / wb:.3f}  outside the kernel "
                  f"{(wb - kb) * ns:4.1f} -> {(wa - ka) * ns:4.1f} ns")
    finally:
        setattr(engine, "_simulate_kernel", kernel)  # noqa: B010
        use("after")


def summary(src: str, repeats: int) -> None:
    other = _load(src, "summary.py", "other_summary")
    model = style_benchmark(12, 10_000)
    for contention in (True, False):
        part = engine._simulate_range(model, 1, 0, 1000, 1_000_000, contention, 20)
        other_part = other._Partial(**{f: getattr(part, f) for f in part.__dataclass_fields__})
        mine = this_summary._summarise(model, [part], 1000, 1, contention).to_dict()
        theirs = other._summarise(model, [other_part], 1000, 1, contention).to_dict()
        assert str(mine) == str(theirs), "the two summaries differ"
        best = {"before": math.inf, "after": math.inf}
        for _ in range(repeats):
            for side, fn, p in (("before", other._summarise, other_part),
                                ("after", this_summary._summarise, part)):
                t = time.thread_time()
                fn(model, [p], 1000, 1, contention)
                best[side] = min(best[side], time.thread_time() - t)
        per = 1e9 / part.n_incidents
        print(f"  summary {'contention' if contention else 'no_contention':14s} before "
              f"{best['before'] * 1e3:6.2f} ms ({best['before'] * per:.2f} ns an incident)  after "
              f"{best['after'] * 1e3:6.2f} ms ({best['after'] * per:.2f})  after/before "
              f"{best['after'] / best['before']:.3f}")


def counts(src: str, repeats: int) -> None:
    import reassure.models.incidents._seeding as _seeding

    other = _load(src, "_seeding.py", "other_seeding")
    model = style_benchmark(12, 10_000)
    k = model.kernel_inputs()
    tables = _poisson_tables(model)
    assert tables is not None
    n = 100
    shape = (n, model.horizon_days, model.cells.n_sectors, model.types.n_types)
    words = _seeding.entropy_words(1)
    out = {}
    for side, module in (("before", other), ("after", _seeding)):
        out[side] = (np.zeros(shape, dtype=np.int64), np.zeros((n, 1)),
                     np.empty((n, 4), dtype=np.uint64), np.empty(n, dtype=np.int64))
        module.draw_counts_block(words, 0, k["initial_cdf"], k["transition_cdf"], *tables,
                                 *out[side])
    for a, b in zip(out["before"], out["after"], strict=True):
        assert np.array_equal(a, b)
    best = {"before": math.inf, "after": math.inf}
    for _ in range(repeats):
        for side, module in (("before", other), ("after", _seeding)):
            t = time.thread_time()
            module.draw_counts_block(words, 0, k["initial_cdf"], k["transition_cdf"], *tables,
                                     *out[side])
            best[side] = min(best[side], time.thread_time() - t)
    per = 1e9 / int(out["after"][3].sum())
    print(f"  counts block  before {best['before'] * per:.2f} ns an incident  after "
          f"{best['after'] * per:.2f}  after/before {best['after'] / best['before']:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other_src", help="another tree's src/")
    parser.add_argument("--what", nargs="+", default=["whole", "summary"],
                        choices=["whole", "summary", "counts"])
    parser.add_argument("--reps", type=int, default=1000, help="replications of a whole run")
    parser.add_argument("--repeats", type=int, default=4)
    args = parser.parse_args()
    if "whole" in args.what:
        whole(args.other_src, args.reps, args.repeats)
    if "summary" in args.what:
        summary(args.other_src, 5 * args.repeats)
    if "counts" in args.what:
        counts(args.other_src, 10 * args.repeats)
    print(f"  load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
