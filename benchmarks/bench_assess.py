"""`reassure assess` on the default scenario with the default runs, end to end including start-up.

Targets: <= 5 s on this machine (issue 7); <= 1.5 s warm (issue 13). Baseline in the same run:
`reassure --help` (interpreter and CLI start-up alone), so the ratio shows what the assessment
itself costs. With ``--baseline SRC`` (another copy of the code, e.g. ``git archive`` of an
earlier commit unpacked in /tmp) that copy's `reassure assess` is timed too, alternating with
this one run by run, and the ratio of the two is printed: a before/after on the same machine
under the same load.

    .venv/bin/python benchmarks/bench_assess.py
    .venv/bin/python benchmarks/bench_assess.py --baseline /tmp/base/src --repeat 5
"""

from __future__ import annotations

import json
import os
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
    env = os.environ | {"PYTHONPATH": str(src)}
    start = time.perf_counter()
    proc = subprocess.run(args, cwd=src.parent, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    return seconds


def best_of(args: list[str], src: Path, repeat: int = 3) -> float:
    return min(run(args, src) for _ in range(repeat))


def main() -> None:
    src = REPO / "src"
    repeat = int(_arg("--repeat", "3") or 3)
    baseline = _arg("--baseline", None)
    run([*REASSURE, "assess", "--format", "json"], src)  # warm caches (numba)
    help_s = best_of([*REASSURE, "--help"], src, repeat)
    text_s = best_of([*REASSURE, "assess"], src, repeat)
    with tempfile.TemporaryDirectory() as tmp:
        out_s = best_of([*REASSURE, "assess", "--out", tmp], src, repeat)
    print(f"reassure --help (start-up baseline):        {help_s:6.2f} s")
    print(f"reassure assess (default runs, terminal):   {text_s:6.2f} s  ({text_s / help_s:.1f}x start-up)")
    print(f"reassure assess --out DIR (report written): {out_s:6.2f} s  ({out_s / help_s:.1f}x start-up)")
    print(f"target <= 5 s: {'met' if out_s <= 5 else 'NOT met'}; <= 1.5 s warm: "
          f"{'met' if text_s <= 1.5 else 'NOT met'} (best of {repeat}, warm numba cache)")
    figures = {"help_s": help_s, "assess_s": text_s, "assess_out_s": out_s}
    if baseline:
        base = Path(baseline).resolve()
        run([*REASSURE, "assess", "--format", "json"], base)  # its own numba cache, warmed
        this, before = [], []
        for _ in range(repeat):  # alternated, so both see the same load
            before.append(run([*REASSURE, "assess"], base))
            this.append(run([*REASSURE, "assess"], src))
        load = os.getloadavg()
        print(f"before/after, `reassure assess` alternated {repeat} times, best of each "
              f"(load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} at the end):")
        print(f"  baseline {base}: {min(before):6.2f} s")
        print(f"  this tree:      {min(this):6.2f} s  ({min(this) / min(before):.2f}x the baseline's time)")
        figures.update(baseline_assess_s=min(before), this_assess_s=min(this))
    if "--json" in sys.argv:
        print(json.dumps(figures))


if __name__ == "__main__":
    main()
