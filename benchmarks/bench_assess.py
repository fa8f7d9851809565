"""`reassure assess` on the default scenario with the default runs, end to end including start-up.

Targets: <= 5 s on this machine (issue 7); <= 1.5 s warm (issue 13). Baseline in the same run:
`reassure --help` (interpreter and CLI start-up alone), so the ratio shows what the assessment
itself costs. With ``--baseline SRC`` (another copy of the code, e.g. ``git archive`` of an
earlier commit unpacked in /tmp) that copy's `reassure assess` is timed too, alternating with
this one run by run, and the ratio of the two is printed: a before/after on the same machine
under the same load. The CPU time of each run (user + system, the process and the worker it
forks) is printed beside the wall time: on a shared machine it moves less than the wall time.

    .venv/bin/python benchmarks/bench_assess.py
    .venv/bin/python benchmarks/bench_assess.py --baseline /tmp/base/src --repeat 5
    .venv/bin/python benchmarks/bench_assess.py --baseline /tmp/base/src --critical-path 9

``--critical-path N`` (with ``--baseline``) runs `assess_critical_path.py` N times with each
copy, alternated, and prints the median CPU seconds of the critical path (the parent up to the
fork, the forked worker, the parent after the worker's last outcome): on a machine shared with
other jobs these move far less than the wall times.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REASSURE = [sys.executable, "-m", "reassure.cli"]


def _arg(name: str, default: str | None) -> str | None:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def run(args: list[str], src: Path) -> float:
    """Wall seconds of one run of ``args`` with the code in ``src``."""
    return run_cpu(args, src)[0]


def run_cpu(args: list[str], src: Path) -> tuple[float, float]:
    """Wall and CPU seconds (user + system of the run and every process it waited for)."""
    env = os.environ | {"PYTHONPATH": str(src)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(args, cwd=src.parent, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, cpu


def best_of(args: list[str], src: Path, repeat: int = 3) -> float:
    return min(run(args, src) for _ in range(repeat))


def alternated(args: list[str], base: Path, src: Path, repeat: int) -> tuple[list[tuple[float, float]], ...]:
    """``args`` run ``repeat`` times with each copy of the code, one after the other."""
    before: list[tuple[float, float]] = []
    this: list[tuple[float, float]] = []
    for _ in range(repeat):  # alternated, so both see the same load
        before.append(run_cpu(args, base))
        this.append(run_cpu(args, src))
    return before, this


def critical_paths(base: Path, src: Path, repeat: int) -> list[str]:
    """Median critical path (CPU s) of `reassure assess` for each copy, alternated."""
    tracer = str(REPO / "benchmarks" / "assess_critical_path.py")
    figures: dict[Path, dict[str, list[float]]] = {base: {}, src: {}}
    for _ in range(repeat):
        for copy in (base, src):
            env = os.environ | {"PYTHONPATH": str(copy)}
            proc = subprocess.run([sys.executable, tracer], cwd=copy.parent, capture_output=True,
                                  text=True, env=env)
            line = next(ln for ln in proc.stderr.splitlines() if ln.startswith("critical-path"))
            words = line.split()[1:]
            for key, value in zip(words[::2], words[1::2], strict=True):
                figures[copy].setdefault(key, []).append(float(value))
    load = os.getloadavg()
    lines = [f"critical path of reassure assess, CPU s, median of {repeat} alternated "
             f"(load average {load[0]:.1f} at the end):"]
    for copy in (base, src):
        med = {k: statistics.median(v) for k, v in figures[copy].items()}
        lines.append(f"  {'baseline' if copy == base else 'this tree'} {copy}: " + ", ".join(
            f"{k} {v:.3f}" for k, v in med.items()))
    ratio = (statistics.median(figures[src]["critical"])
             / statistics.median(figures[base]["critical"]))
    lines.append(f"  critical path: {ratio:.2f}x the baseline's")
    return lines


def main() -> None:
    src = REPO / "src"
    if "--critical-path" in sys.argv:
        baseline = _arg("--baseline", None)
        if not baseline:
            raise SystemExit("--critical-path needs --baseline SRC")
        n = int(_arg("--critical-path", "5") or 5)
        print("\n".join(critical_paths(Path(baseline).resolve(), src, n)))
        return
    repeat = int(_arg("--repeat", "3") or 3)
    baseline = _arg("--baseline", None)
    run([*REASSURE, "assess", "--format", "json"], src)  # warm caches (numba)
    help_s = best_of([*REASSURE, "--help"], src, repeat)
    figures: dict[str, float] = {"help_s": help_s}
    lines = []
    if baseline:  # this tree's times come from the alternated runs (one benchmark, not two)
        base = Path(baseline).resolve()
        run([*REASSURE, "assess", "--format", "json"], base)  # its own numba cache, warmed
        load = os.getloadavg()
        lines.append(f"before/after, alternated {repeat} times; wall: best of each; CPU (user + "
                     f"system, both processes): median (load average {load[0]:.1f} / "
                     f"{load[1]:.1f} / {load[2]:.1f} at the start):")
        with tempfile.TemporaryDirectory() as tmp:
            for key, label, args in (
                    ("assess", "reassure assess", [*REASSURE, "assess"]),
                    ("assess_out", "reassure assess --out DIR", [*REASSURE, "assess", "--out", tmp])):
                before, this = alternated(args, base, src, repeat)
                wall_b, wall_t = min(w for w, _ in before), min(w for w, _ in this)
                cpu_b = statistics.median(c for _, c in before)
                cpu_t = statistics.median(c for _, c in this)
                lines += [f"  {label}:",
                          f"    baseline {base}: wall {wall_b:6.2f} s, CPU {cpu_b:6.2f} s",
                          f"    this tree:      wall {wall_t:6.2f} s, CPU {cpu_t:6.2f} s  "
                          f"({wall_t / wall_b:.2f}x the baseline's wall, {cpu_t / cpu_b:.2f}x its CPU)"]
                figures.update({f"{key}_s": wall_t, f"baseline_{key}_s": wall_b,
                                f"{key}_cpu_s": cpu_t, f"baseline_{key}_cpu_s": cpu_b})
    else:
        figures["assess_s"] = best_of([*REASSURE, "assess"], src, repeat)
        with tempfile.TemporaryDirectory() as tmp:
            figures["assess_out_s"] = best_of([*REASSURE, "assess", "--out", tmp], src, repeat)
    text_s, out_s = figures["assess_s"], figures["assess_out_s"]
    print(f"reassure --help (start-up baseline):        {help_s:6.2f} s")
    print(f"reassure assess (default runs, terminal):   {text_s:6.2f} s  ({text_s / help_s:.1f}x start-up)")
    print(f"reassure assess --out DIR (report written): {out_s:6.2f} s  ({out_s / help_s:.1f}x start-up)")
    print(f"target <= 5 s: {'met' if out_s <= 5 else 'NOT met'}; <= 1.5 s warm: "
          f"{'met' if text_s <= 1.5 else 'NOT met'} (best of {repeat}, warm numba cache)")
    for line in lines:
        print(line)
    if "--json" in sys.argv:
        print(json.dumps(figures))


if __name__ == "__main__":
    main()
