"""`reassure assess` on the default scenario with the default runs, end to end including start-up.

Target (issue 7): <= 5 s on this machine. Baseline in the same run: `reassure --help`
(interpreter and CLI start-up alone), so the ratio shows what the assessment itself costs.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REASSURE = [sys.executable, "-m", "reassure.cli"]


def best_of(args: list[str], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.run(args, cwd=REPO, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if proc.returncode != 0:
            raise SystemExit(proc.stderr)
    return min(times)


def main() -> None:
    subprocess.run([*REASSURE, "assess", "--format", "json"], cwd=REPO, capture_output=True)  # warm caches (numba)
    help_s = best_of([*REASSURE, "--help"])
    text_s = best_of([*REASSURE, "assess"])
    with tempfile.TemporaryDirectory() as tmp:
        out_s = best_of([*REASSURE, "assess", "--out", tmp])
    print(f"reassure --help (start-up baseline):        {help_s:6.2f} s")
    print(f"reassure assess (default runs, terminal):   {text_s:6.2f} s  ({text_s / help_s:.1f}x start-up)")
    print(f"reassure assess --out DIR (report written): {out_s:6.2f} s  ({out_s / help_s:.1f}x start-up)")
    print(f"target <= 5 s: {'met' if out_s <= 5 else 'NOT met'} (best of 3, warm numba cache)")
    if "--json" in sys.argv:
        print(json.dumps({"help_s": help_s, "assess_s": text_s, "assess_out_s": out_s}))


if __name__ == "__main__":
    main()
