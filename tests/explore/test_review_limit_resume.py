"""Review: a trial run with `--limit N` could not be extended by `--resume` ("holds a run of 2
experiments; this one has 6 (a different --limit)"). The limit is no part of the design: a resume
with a larger --limit, or none, keeps the finished experiments, runs only the rest, and stores the
numbers one uninterrupted run of the whole design gives; a smaller one is refused, saying why."""

from __future__ import annotations

from pathlib import Path

from reassure.run.explore import query, results
from reassure.run.explore.store import read_manifest


def _ran(result: object) -> str:
    return " ".join(str(getattr(result, "stdout", "")).split())


def test_a_trial_resumed_with_a_larger_limit_then_none_continues_the_same_design(
        tiny_file: Path, reference_run: Path, tmp_path: Path, run_cli) -> None:
    out = tmp_path / "trial"
    first = run_cli("explore", str(tiny_file), "--out", str(out), "--limit", "2", "--no-report", "--workers", "1")
    assert first.exit_code == 0, first.stderr
    more = run_cli("explore", str(tiny_file), "--out", str(out), "--limit", "4", "--resume", "--no-report",
                   "--workers", "1")
    assert more.exit_code == 0, more.stderr
    assert "2 evaluations run, 2 already stored, 4 in all" in _ran(more)
    assert read_manifest(out)["design"]["first"] == 4 and read_manifest(out)["n_experiments"] == 4
    whole = run_cli("explore", str(tiny_file), "--out", str(out), "--resume", "--no-report", "--workers", "2")
    assert whole.exit_code == 0, whole.stderr
    assert "2 evaluations run, 4 already stored, 6 in all" in _ran(whole)
    # every column, bit for bit, as the uninterrupted run of the whole design
    assert results(out).equals(results(reference_run))
    manifest = read_manifest(out)
    assert "first" not in manifest["design"] and manifest["n_experiments"] == 6
    assert manifest["design"] == read_manifest(reference_run)["design"]
    # the design view holds the whole design again, not the trial's first rows
    design = "SELECT * FROM design ORDER BY experiment_id"
    assert query(out, design).equals(query(reference_run, design))


def test_a_resume_with_a_smaller_limit_is_refused_saying_what_to_do(tiny_file: Path, tmp_path: Path,
                                                                    run_cli) -> None:
    out = tmp_path / "trial"
    assert run_cli("explore", str(tiny_file), "--out", str(out), "--limit", "3", "--no-report",
                   "--workers", "1").exit_code == 0
    fewer = run_cli("explore", str(tiny_file), "--out", str(out), "--limit", "2", "--resume", "--no-report")
    assert fewer.exit_code == 2
    assert (f"--out {out}: holds a run of 3 experiments, more than the 2 of this --limit: resume with "
            "--limit 3 or more, or without --limit (the whole design)") in " ".join(fewer.stderr.split())
    assert len(results(out)) == 3  # nothing was run nor removed
