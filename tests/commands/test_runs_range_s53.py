"""(s53) ``--runs`` has one range in every command that takes it, shown in its help: `assess`
and `compare` showed "x>=1" and refused more than 1,000,000 only after loading the plan, and
`incidents` showed no range at all."""

from __future__ import annotations

import pytest

from reassure.present.options import MAX_RUNS


@pytest.mark.parametrize("command", ["assess", "compare", "incidents"])
def test_the_help_shows_the_range_the_run_accepts(run_cli, command: str) -> None:  # noqa: ANN001
    result = run_cli(command, "--help", env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert f"1<=x<={MAX_RUNS}" in result.stdout


@pytest.mark.parametrize("command", ["assess", "incidents"])
def test_more_runs_than_the_range_is_refused_before_any_work(run_cli, command: str) -> None:  # noqa: ANN001
    result = run_cli(command, "europe-2025", "--runs", str(MAX_RUNS + 1))
    assert result.exit_code == 2
    assert "--runs" in result.stderr and "Traceback" not in result.stderr + result.stdout


def test_the_run_layer_accepts_the_same_upper_end() -> None:
    from reassure.run.assess import Settings
    from reassure.run.capabilities import check_settings

    Settings(runs=MAX_RUNS)  # no error
    check_settings({"runs": MAX_RUNS}, "incidents")
