"""Adversarial pass, at scale: fuzzed scenarios, kills during writing, models at the bounds.

1. ``--cases`` (default 10,000) fuzzed scenario files (tests/hardening/scenario_fuzz.py, case i
   drawn from ``random.Random(i)``), validated in process by two worker processes: counts of
   internal errors, hangs (> 60 s), messages without the file name, without a line, over 300
   characters, over one line.
2. Linear reading: a line of 2,000 / 20,000 spaces against a file without (ratio, same run).
3. ``--kills`` (default 60) random kills (SIGINT/SIGTERM/SIGKILL in turn): 36 of a `write_set`
   loop, 24 of `reassure assess --out` into a folder holding a good run: mixed folders, stray
   temporary files, orphan processes, tracebacks; the slowest exit after SIGTERM/SIGINT.
4. Validated, then the models: `assess --runs 1 --no-sensitivity` on a sample of the fuzzed files
   that validated and of the fields set to the edges of their spans: internal errors, user
   errors, runs past 180 s.

Each part writes into its own temporary folder, so two copies can run side by side.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "hardening"))
sys.path.insert(0, str(REPO / "src"))

import kill_harness as kills  # noqa: E402
import scenario_fuzz as fuzz  # noqa: E402


# -- 1. fuzzing ----------------------------------------------------------------------------------
def _fuzz_chunk(args: tuple[int, int, str]) -> tuple[Counter, list[str], list[float]]:
    start, stop, folder = args
    counts: Counter = Counter()
    examples: list[str] = []
    times: list[float] = []
    for i in range(start, stop):
        description, text = fuzz.mutate(random.Random(i))
        path = Path(folder) / f"case{i}.toml"
        path.write_text(text, encoding="utf-8")
        t0 = time.perf_counter()
        try:
            status, message = fuzz.validate_in_process(path, guard_s=60)
        except fuzz.HangError:
            status, message = 9, "hang"
        times.append(time.perf_counter() - t0)
        counts[{0: "validated", 2: "refused"}.get(status, "other")] += 1
        found = fuzz.problems(path, status, message) + (["hang"] if status == 9 else [])
        for problem in found:
            counts[problem] += 1
            if len(examples) < 10:
                examples.append(f"case {i} ({description}): {problem}: {message[:200]}")
        path.unlink()
        if status == 0:  # kept for part 4 (the models on files that validated)
            with (Path(folder) / f"validated-{os.getpid()}.txt").open("a") as handle:
                handle.write(f"{i}\n")
    return counts, examples, times


def fuzz_cases(n: int, workers: int) -> tuple[Counter, list[str], list[float], list[int]]:
    folder = Path(tempfile.mkdtemp(prefix="reassure-fuzz-"))
    try:
        step = 250
        chunks = [(s, min(s + step, n), str(folder)) for s in range(0, n, step)]
        counts: Counter = Counter()
        examples: list[str] = []
        times: list[float] = []
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for c, e, t in pool.imap_unordered(_fuzz_chunk, chunks):
                counts.update(c)
                examples += e
                times += t
        validated = sorted(int(x) for f in folder.glob("validated-*.txt") for x in f.read_text().split())
        return counts, examples, times, validated
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# -- 2. reading time does not blow up with long lines ------------------------------------------------
def spaces_ratio() -> list[str]:
    folder = Path(tempfile.mkdtemp(prefix="reassure-spaces-"))
    try:
        head = 'schema = 1\nextends = "europe-2025"\n'
        rows = []
        base = None
        for n in (0, 2_000, 20_000):
            path = folder / f"s{n}.toml"
            path.write_text(head + " " * n + "\n", encoding="utf-8")
            best = min(_timed(fuzz.validate_in_process, path) for _ in range(3))
            base = base or best
            rows.append(f"  line of {n:>6,} spaces: {best * 1000:7.1f} ms ({best / base:.2f}x the file "
                        "without)")
        return rows
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _timed(fn: Callable[[Path], object], path: Path) -> float:
    t0 = time.perf_counter()
    fn(path)
    return time.perf_counter() - t0


# -- 3. kills ---------------------------------------------------------------------------------------
def kill_runs(n_writer: int, n_assess: int) -> list[str]:
    from reassure.run.outputs import write_set

    folder = Path(tempfile.mkdtemp(prefix="reassure-kills-"))
    rows = []
    try:
        out = folder / "writer"
        write_set(out, {f"part{i}.csv": "0\n" for i in range(6)} | {"results.json": '{"generation": 0}'})
        expected = {p.name for p in out.iterdir()}
        writer = kills.run_kills("writer", out, n_writer, seed=1616, span_s=1.5, expected=expected)
        out = folder / "assess"
        expected, wall = kills.good_run(out)
        assess = kills.run_kills("assess", out, n_assess, seed=1617, span_s=wall * 1.1, expected=expected)
        stop_s = _stop_times(folder / "stop")
        for name, t in (("write_set loop", writer), ("assess --out", assess)):
            rows.append(f"  {name:15}: {t.kills} kills ({t.finished_first} after the run ended), "
                        f"{t.mixed} mixed folders, {t.missing} missing, {t.stray} stray temporary "
                        f"files, {t.orphans} orphan processes, {t.tracebacks} tracebacks; "
                        f"{t.recovered} SIGKILLs left a staging folder that the next run removed")
            rows += [f"    {note}" for note in t.notes[:5]]
        rows.append(f"  assess stops after SIGTERM/SIGINT mid-run in at most {max(stop_s):.2f} s "
                    f"(median {statistics.median(stop_s):.2f} s; a whole run takes {wall:.1f} s)")
        return rows
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _stop_times(out: Path) -> list[float]:
    """Seconds from SIGTERM/SIGINT (sent 2 s into a run, while the worker computes) to exit."""
    times = []
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGTERM, signal.SIGINT):
        proc = subprocess.Popen([sys.executable, "-m", "reassure.cli", "assess", "europe-2025",
                                 "--out", str(out)], env=kills._env(),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                preexec_fn=kills.default_signals)
        time.sleep(2.0)
        t0 = time.monotonic()
        proc.send_signal(sig)
        proc.wait(timeout=120)
        times.append(time.monotonic() - t0)
    return times


# -- 4. validated, then the models ----------------------------------------------------------------------
def models_on(files: list[Path]) -> tuple[Counter, list[str]]:
    counts: Counter = Counter()
    examples: list[str] = []
    for path in files:
        try:
            proc = subprocess.run(
                [sys.executable, "-m", "reassure.cli", "assess", str(path), "--runs", "1",
                 "--no-sensitivity", "--format", "json"],
                env=kills._env(), capture_output=True, text=True, timeout=180,
            )
        except subprocess.TimeoutExpired:
            counts["past 180 s"] += 1
            continue
        err = proc.stderr.strip()
        if proc.returncode == 0:
            data = json.loads(proc.stdout)
            counts["ran"] += 1
            if not data.get("verdicts"):
                counts["ran without verdicts"] += 1
        elif proc.returncode == 2 and err and all(path.name in line for line in err.splitlines()):
            # one line a problem (r8 12: every problem of the file, up to 10), each naming the file
            counts["refused (one line a problem, each naming the file)"] += 1
        elif proc.returncode == 2:
            counts["refused without file name"] += 1
            examples.append(err[:200])
        else:
            counts[f"exit {proc.returncode} (internal error)"] += 1
            examples.append(err[-300:])
    return counts, examples


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--kills", type=int, default=60)
    parser.add_argument("--model-sample", type=int, default=12)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    figures: dict[str, object] = {}

    t0 = time.monotonic()
    counts, examples, times, validated = fuzz_cases(args.cases, args.workers)
    bad = {k: counts.get(k, 0) for k in ("exit 3", "hang", "no file name", "no line",
                                         "over 300 characters", "more than one line", "traceback")}
    print(f"1. fuzzed scenario files: {args.cases:,} cases in {time.monotonic() - t0:.0f} s "
          f"({args.workers} processes), {counts['validated']:,} validated, "
          f"{counts['refused']:,} refused (exit 2)")
    print("  internal errors (exit 3): {exit 3}, hangs (> 60 s): {hang}, messages without the "
          "file name: {no file name}, without a line: {no line}, over 300 characters: "
          "{over 300 characters}, over one line: {more than one line}, tracebacks: {traceback}"
          .format(**bad))
    times.sort()
    print(f"  time per case: median {times[len(times) // 2] * 1000:.0f} ms, "
          f"99th percentile {times[int(len(times) * 0.99)] * 1000:.0f} ms, slowest {times[-1]:.2f} s")
    for line in examples[:10]:
        print(f"    {line}")
    figures["fuzz"] = {"cases": args.cases, **bad}

    print("2. long lines are read in linear time:")
    for row in spaces_ratio():
        print(row)

    n_writer = args.kills * 3 // 5
    print(f"3. random kills ({args.kills}: SIGINT, SIGTERM, SIGKILL in turn):")
    for row in kill_runs(n_writer, args.kills - n_writer):
        print(row)

    folder = Path(tempfile.mkdtemp(prefix="reassure-models-"))
    try:
        rng = random.Random(16)
        picked = rng.sample(validated, min(args.model_sample, len(validated)))
        files = []
        for i in picked:
            _, text = fuzz.mutate(random.Random(i))
            files.append(folder / f"case{i}.toml")
            files[-1].write_text(text, encoding="utf-8")
        fuzz_models = models_on(files)
        from bounds_cases import bound_cases, write_case

        edges = list(bound_cases("ukraine-request"))
        sample = rng.sample(edges, min(args.model_sample, len(edges)))
        edge_files = [write_case(folder, *case) for case in sample]
        edge_models = models_on(edge_files)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print("4. validated, then the models (`assess --runs 1 --no-sensitivity`):")
    for name, c in ((f"{len(files)} fuzzed files that validated", fuzz_models),
                    (f"{len(edge_files)} of {len(edges)} fields at an edge of its span", edge_models)):
        tally, bad_examples = c
        print(f"  {name}: " + ", ".join(f"{k} {v}" for k, v in sorted(tally.items())))
        for e in bad_examples[:3]:
            print("    " + " ".join(e.split()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
