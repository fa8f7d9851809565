"""`reassure assess` and `reassure compare` through the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reassure.cli", *args],
                          capture_output=True, text=True, timeout=600)


def _without_timings(text: str) -> dict:
    data = json.loads(text)
    data.pop("timings_s")
    for section in data["sections"].values():
        section.pop("seconds", None)
    return data


def test_assess_json_is_versioned_complete_and_deterministic() -> None:
    first = _cli("assess", "iiss-small", "--runs", "4", "--format", "json", "--no-sensitivity")
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert data["schema_version"] == 1
    assert data["scenario"]["name"] == "iiss-small"
    for name in ("force", "posture", "monitoring", "incidents"):
        section = data["sections"][name]
        assert section["data"]["with_us"] and section["data"]["without_us"], name
        assert section["figures"], name
    questions = [v["question"] for v in data["verdicts"]]
    assert any("full target be fielded" in q for q in questions)
    assert any("nuclear plants" in q for q in questions)
    # The IISS small option: feasible with the nations already willing (IISS, April 2025).
    force = data["sections"]["force"]["data"]["with_us"]
    assert force["target_met"] is True and force["deployed_total"] == 10000
    again = _cli("assess", "iiss-small", "--runs", "4", "--format", "json", "--no-sensitivity")
    assert _without_timings(again.stdout) == _without_timings(first.stdout)
    serial = _cli("assess", "iiss-small", "--runs", "4", "--format", "json", "--no-sensitivity",
                  "--workers", "1")
    assert serial.returncode == 0, serial.stderr
    assert _without_timings(serial.stdout) == _without_timings(first.stdout)


def test_assess_seed_changes_the_monte_carlo_only() -> None:
    a = _without_timings(_cli("assess", "iiss-small", "--runs", "4", "--format", "json",
                              "--no-sensitivity", "--seed", "1").stdout)
    b = _without_timings(_cli("assess", "iiss-small", "--runs", "4", "--format", "json",
                              "--no-sensitivity", "--seed", "2").stdout)
    assert a["settings"]["seed"] == 1 and b["settings"]["seed"] == 2
    ia, ib = a["sections"]["incidents"]["data"], b["sections"]["incidents"]["data"]
    assert ia["with_us"]["incidents_per_day"] != ib["with_us"]["incidents_per_day"]
    assert a["sections"]["posture"] == b["sections"]["posture"]


def test_assess_bad_input_is_one_line() -> None:
    proc = _cli("assess", "no-such-plan")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "did you mean" in proc.stderr or "no such scenario" in proc.stderr
    proc = _cli("assess", "--format", "yaml")
    assert proc.returncode == 2 and "--format" in proc.stderr


def test_out_that_is_a_file_fails_before_the_run(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("keep me")
    proc = _cli("assess", "iiss-small", "--out", str(target))
    assert proc.returncode == 2 and "is a file" in proc.stderr and "Traceback" not in proc.stderr
    assert target.read_text() == "keep me"


def test_assess_seed_reaches_the_force_model_too() -> None:
    a = json.loads(_cli("assess", "europe-2025", "--runs", "2", "--format", "json", "--no-sensitivity",
                        "--seed", "1").stdout)
    b = json.loads(_cli("assess", "europe-2025", "--runs", "2", "--format", "json", "--no-sensitivity",
                        "--seed", "2").stdout)
    pa = a["sections"]["force"]["data"]["with_us"]["participation"]
    pb = b["sections"]["force"]["data"]["with_us"]["participation"]
    assert (pa["seed"], pb["seed"]) == (1, 2) and pa != pb


def test_compare_highlights_differences(tmp_path: Path) -> None:
    proc = _cli("compare", "iiss-small", "iiss-large", "--runs", "2", "--format", "json",
                "--out", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["plans"] == ["iiss-small", "iiss-large"]
    full = next(r for r in data["rows"] if "full target be fielded" in r["label"])
    # IISS: small feasible, large infeasible ("would stretch Europe's military to the limit").
    assert full["values"] == [True, False] and full["differs"] == [False, True]
    assert (tmp_path / "compare.html").exists()
    assert (tmp_path / "iiss-large" / "report.html").exists()
