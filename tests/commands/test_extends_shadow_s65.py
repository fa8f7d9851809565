"""Session 65 (a newcomer analyst's test, finding 1): a variant beside a copy named as a shipped
plan ran on the copy, and no command said so. Every command that reads a plan now prints one
``warning:`` line on stderr naming both files (the copy read, the shipped plan not read), `show`
names the parent files in its header, and results.json keeps them in its ``scenario`` block."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reassure.spec._load import shipped_scenario_dir

SHIPPED = shipped_scenario_dir() / "europe-2025.toml"


@pytest.fixture()
def variant(tmp_path: Path) -> Path:
    """thr.toml extending "europe-2025" beside a copy of europe-2025.toml asking for fewer troops."""
    text = SHIPPED.read_text(encoding="utf-8")
    (tmp_path / "europe-2025.toml").write_text(
        text.replace("target_troops = { low = 25000, high = 30000", "target_troops = { low = 15000, high = 20000"),
        encoding="utf-8")
    child = tmp_path / "thr.toml"
    child.write_text('schema = 1\nextends = "europe-2025"\n', encoding="utf-8")
    return child


def _warning(stderr: str, child: Path) -> str:
    """The one warning line about ``child``'s parent, checked to name both files."""
    lines = [line for line in stderr.splitlines() if "not the shipped plan" in line]
    assert len(lines) == 1, stderr
    [line] = lines
    assert line.startswith(f"warning: {child}:2: extends = \"europe-2025\" reads the file next to it, "
                           f"{child.parent / 'europe-2025.toml'}, not the shipped plan europe-2025 "
                           f"({SHIPPED.resolve()})"), line
    return line


def test_show_names_the_parent_file_and_warns(run_cli: Any, variant: Path) -> None:
    result = run_cli("show", variant, env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.stderr
    _warning(result.stderr, variant)
    head = result.stdout.splitlines()[:3]
    assert f"extends europe-2025: {variant.parent / 'europe-2025.toml'}" in head, head
    data = json.loads(run_cli("show", variant, "--format", "json").stdout)
    assert data["extends_files"] == [str(variant.parent / "europe-2025.toml")]


def test_show_of_a_shipped_chain_names_each_file_and_warns_of_nothing(run_cli: Any) -> None:
    result = run_cli("show", "mnf-u-2026", env={"COLUMNS": "400"})
    assert result.exit_code == 0 and "warning" not in result.stderr, result.stderr
    shipped = shipped_scenario_dir().resolve()
    assert (f"extends coalition-2025-09: {shipped / 'coalition-2025-09.toml'}, which extends "
            f"{shipped / 'europe-2025.toml'}") in result.stdout.splitlines()


def test_validate_and_force_warn_and_json_stays_clean(run_cli: Any, variant: Path) -> None:
    checked = run_cli("validate", variant)
    assert checked.exit_code == 0 and checked.stdout.startswith("ok "), checked.stdout + checked.stderr
    _warning(checked.stderr, variant)
    force = run_cli("force", variant, "--format", "json")
    assert force.exit_code == 0, force.stderr
    _warning(force.stderr, variant)
    assert json.loads(force.stdout)["target_troops"] == 20000  # the copy's high end, as warned


def test_a_path_to_the_copy_is_not_warned(run_cli: Any, variant: Path) -> None:
    variant.write_text('schema = 1\nextends = "./europe-2025.toml"\n', encoding="utf-8")
    result = run_cli("validate", variant)
    assert result.exit_code == 0 and "warning" not in result.stderr, result.stderr


def test_assess_warns_and_results_json_names_the_parent(run_cli: Any, variant: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli("assess", variant, "--runs", "1", "--no-sensitivity", "--out", out)
    assert result.exit_code == 0, result.stderr
    said = _warning(result.stderr, variant)
    scenario = json.loads((out / "results.json").read_text(encoding="utf-8"))["scenario"]
    assert scenario["extends"] == "europe-2025"
    assert scenario["extends_files"] == [str(variant.parent / "europe-2025.toml")]
    assert scenario["extends_warnings"] == [said.removeprefix("warning: ")]
