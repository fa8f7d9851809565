"""(s53) ``--runs`` has one range in every command that takes it, shown in its help and refused
in one line before any plan is read: `assess` and `compare` showed "x>=1" (a four-line usage
error below it) and refused more than 1,000,000 only after loading the plan, and `incidents`
showed no range at all."""

from __future__ import annotations

import pytest

from reassure.present.options import MAX_RUNS


@pytest.mark.parametrize("command", ["assess", "compare", "incidents"])
def test_the_help_shows_the_range_the_run_accepts(run_cli, command: str) -> None:  # noqa: ANN001
    result = run_cli(command, "--help", env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert f"1 to {MAX_RUNS:,}" in " ".join(result.stdout.split())


@pytest.mark.parametrize("command", ["assess", "compare", "incidents"])
@pytest.mark.parametrize("runs", [0, MAX_RUNS + 1])
def test_runs_out_of_the_range_are_refused_in_one_line(run_cli, command: str, runs: int) -> None:  # noqa: ANN001
    result = run_cli(command, "no-such-plan", "--runs", str(runs))  # refused before the plan is read
    assert result.exit_code == 2
    assert result.error_lines == [f"error: --runs must lie between 1 and 1,000,000 (got {runs})"]
    assert "--runs" in result.stderr and "Traceback" not in result.stderr + result.stdout


def test_the_run_layer_accepts_the_same_upper_end() -> None:
    from reassure.run.assess import Settings
    from reassure.run.capabilities import check_settings

    Settings(runs=MAX_RUNS)  # no error
    check_settings({"runs": MAX_RUNS}, "incidents")
