"""benchmarks/bench_evidence.py runs and prints one JSON line (small run: speed is not tested)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_evidence.py"


def test_bench_smoke() -> None:
    run = subprocess.run([sys.executable, str(BENCH), "--reports", "40", "--json"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["benchmark"] == "evidence"
    assert result["reports"] == 40 and result["problems"] == 0
    assert result["reports_per_s"] > 0
    assert result["claims"] > 0 and result["stances"] > 0
    # perturbed copies of a handful of stories collapse into a handful of groups
    assert result["stories"] <= 6
