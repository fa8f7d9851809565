"""benchmarks/bench_evidence.py runs and prints one JSON line (small run: speed is not tested).

Its ``main(argv)`` runs in this process, where the language pipeline is already loaded by the
other evidence tests, rather than in a new interpreter that loads it again.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_evidence.py"


def test_bench_smoke(capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("bench_evidence", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.main(["--reports", "40", "--json"]) == 0
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert result["benchmark"] == "evidence"
    assert result["reports"] == 40 and result["problems"] == 0
    assert result["reports_per_s"] > 0
    assert result["claims"] > 0 and result["stances"] > 0
    # perturbed copies of a handful of stories collapse into a handful of groups
    assert result["stories"] <= 6
