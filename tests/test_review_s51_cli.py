"""Review s51 (a parliamentary researcher), finding 10 at the command line: run again from the
folder it wrote into, ``reassure assess europe-2025 --out europe-2025`` failed with
"europe-2025: is not a file" (the output folder hid the shipped plan); `show`, `validate` and
`compare` too. And finding 11: the CLI prints a likely unit slip once, as its own warning line,
never as Python's ``ScenarioWarning`` besides.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.spec import list_scenarios

SHIPPED = [p.stem for p in list_scenarios()]


def _reassure(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m reassure ARGS`` run from ``cwd`` (the researcher's own folder)."""
    return subprocess.run([sys.executable, "-m", "reassure", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=600, env={**os.environ, "COLUMNS": "100"})


def test_assess_runs_again_into_the_folder_it_wrote(tmp_path: Path) -> None:
    """The researcher's two commands, from an empty folder: the second used to exit 2."""
    args = ("assess", "europe-2025", "--out", "europe-2025", "--runs", "2", "--no-sensitivity")
    first = _reassure(tmp_path, *args)
    assert first.returncode == 0, first.stderr
    assert (tmp_path / "europe-2025" / "results.json").is_file()
    again = _reassure(tmp_path, *args)
    assert again.returncode == 0, again.stderr
    assert "is not a file" not in again.stderr and "Traceback" not in again.stderr
    assert "Report: europe-2025/report.html" in " ".join(again.stdout.split())


@settings(max_examples=len(SHIPPED) * 2, deadline=None)
@given(name=st.sampled_from(SHIPPED), command=st.sampled_from(["show", "validate"]))
def test_a_shipped_name_beside_its_output_folder_is_the_shipped_plan(run_cli, name: str, command: str) -> None:
    before = Path.cwd()
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / name).mkdir()
        (Path(tmp) / name / "results.json").write_text("{}", encoding="utf-8")
        os.chdir(tmp)
        try:
            result = run_cli(command, name)
        finally:
            os.chdir(before)
    assert result.exit_code == 0, result.stderr
    assert "is not a file" not in result.stderr and "is a directory" not in result.stderr


def test_compare_beside_an_output_folder_checks_the_shipped_files(run_cli, monkeypatch, tmp_path: Path) -> None:
    """`compare` loads every plan before any work: a bad second name is refused, the first
    (a folder here too) is read as the shipped plan."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "europe-2025").mkdir()
    result = run_cli("compare", "europe-2025", "mnf-u-2025")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: mnf-u-2025: no such scenario file or shipped scenario; did you mean "
                                    "'mnf-u-2026'?"), result.stderr


@pytest.mark.parametrize(("made", "given_as", "said"), [
    ("out", "out", "error: out: is a directory, not a scenario file (the output folder of `reassure assess "
                   "--out`?); give a .toml file or a shipped scenario's name (shipped: "),
    ("out/europe-2025", "out/europe-2025", "error: out/europe-2025: is a directory, not a scenario file "
                                           "(the output folder of `reassure assess --out`?); for the shipped "
                                           "scenario, give its name alone: europe-2025"),
])
def test_a_folder_is_refused_in_one_line(run_cli, monkeypatch, tmp_path: Path, made: str, given_as: str,
                                         said: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / made).mkdir(parents=True)
    (tmp_path / made / "results.json").write_text("{}", encoding="utf-8")
    result = run_cli("show", given_as)
    assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith(said), result.stderr


def test_a_path_without_toml_is_hinted(run_cli, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "mine.toml").write_text((list_scenarios()[0]).read_text(encoding="utf-8"),
                                                  encoding="utf-8")
    result = run_cli("validate", "plans/mine")
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: plans/mine: no such file; did you mean plans/mine.toml?"


def test_the_cli_says_a_slip_once_and_no_python_warning(tmp_path: Path) -> None:
    (tmp_path / "v45.toml").write_text(
        'schema = 1\nextends = "europe-2025"\nname = "v45"\ntitle = "a slip"\n\n[incidents]\n'
        'response_threshold = { value = 45, unit = "h", assumption = "a quick what-if for MPs" }\n',
        encoding="utf-8")
    result = _reassure(tmp_path, "validate", "v45.toml")
    assert result.returncode == 0, result.stderr
    both = result.stdout + result.stderr
    assert both.count("incidents.response_threshold is 45 h") == 1, both
    assert "ScenarioWarning" not in both and "warnings.warn" not in both
