"""`reassure assess` and `reassure compare` through the command line.

The runs happen in this process (``run_cli``), and one shared iiss-small run serves several
tests; a single real process (``run_cli_process``) checks that another interpreter, with
another hash seed and one worker instead of two, prints the same numbers.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ASSESS_SMALL = ("assess", "iiss-small", "--runs", "4", "--format", "json", "--no-sensitivity")


def _without_timings(text: str) -> dict:
    data = json.loads(text)
    data.pop("timings_s")
    for section in data["sections"].values():
        section.pop("seconds", None)
    return data


@pytest.fixture(scope="module")
def small_json(run_cli) -> str:
    """iiss-small, assessed once (two workers, the scenario's own seed) for the module."""
    result = run_cli(*ASSESS_SMALL)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_assess_json_is_versioned_and_complete(small_json: str) -> None:
    data = json.loads(small_json)
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


def test_assess_is_deterministic_across_processes_and_workers(small_json: str,
                                                              run_cli_process) -> None:
    serial = run_cli_process(*ASSESS_SMALL, "--workers", "1")
    assert serial.exit_code == 0, serial.stderr
    assert _without_timings(serial.stdout) == _without_timings(small_json)


def test_assess_seed_changes_the_monte_carlo_only(small_json: str, run_cli) -> None:
    a = _without_timings(small_json)
    other = 1 if a["settings"]["seed"] != 1 else 2
    b_run = run_cli(*ASSESS_SMALL, "--seed", str(other))
    assert b_run.exit_code == 0, b_run.stderr
    b = _without_timings(b_run.stdout)
    assert b["settings"]["seed"] == other != a["settings"]["seed"]
    ia, ib = a["sections"]["incidents"]["data"], b["sections"]["incidents"]["data"]
    assert ia["with_us"]["incidents_per_day"] != ib["with_us"]["incidents_per_day"]
    assert a["sections"]["posture"] == b["sections"]["posture"]


def test_assess_seed_reaches_the_force_model_too(report_dir: Path, run_cli) -> None:
    """The shared europe-2025 report ran with the scenario's seed; seed 1 draws other participants."""
    a = json.loads((report_dir / "results.json").read_text())
    b_run = run_cli("assess", "europe-2025", "--runs", "2", "--format", "json",
                    "--no-sensitivity", "--seed", "1")
    assert b_run.exit_code == 0, b_run.stderr
    b = json.loads(b_run.stdout)
    pa = dict(a["sections"]["force"]["data"]["with_us"]["participation"])
    pb = dict(b["sections"]["force"]["data"]["with_us"]["participation"])
    assert pa.pop("seed") == a["settings"]["seed"] != 1
    assert pb.pop("seed") == 1
    assert pa != pb  # the draws themselves differ, not only the seed printed beside them


def test_assess_bad_input_is_one_line(run_cli) -> None:
    result = run_cli("assess", "no-such-plan")
    assert result.exit_code == 2 and len(result.error_lines) == 1
    assert "did you mean" in result.stderr or "no such scenario" in result.stderr
    result = run_cli("assess", "--format", "yaml")
    assert result.exit_code == 2 and "--format" in result.stderr and len(result.error_lines) == 1


def test_out_that_is_a_file_fails_before_the_run(tmp_path: Path, run_cli) -> None:
    target = tmp_path / "report.html"
    target.write_text("keep me")
    result = run_cli("assess", "iiss-small", "--out", target)
    assert result.exit_code == 2 and "is a file" in result.stderr and len(result.error_lines) == 1
    assert target.read_text() == "keep me"


def test_compare_highlights_differences(tmp_path: Path, run_cli) -> None:
    result = run_cli("compare", "iiss-small", "iiss-large", "--runs", "2", "--format", "json",
                     "--out", tmp_path)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["plans"] == ["iiss-small", "iiss-large"]
    # keyed by the run's question; its label reads "the high end of the target" (review s50)
    full = next(r for r in data["rows"] if r["key"].startswith("verdict:Could the full target be fielded"))
    # IISS: small feasible, large infeasible ("would stretch Europe's military to the limit").
    assert full["values"] == [True, False] and full["differs"] == [False, True]
    assert (tmp_path / "compare.html").exists()
    assert (tmp_path / "iiss-large" / "report.html").exists()
