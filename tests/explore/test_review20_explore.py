"""Review s20 of `reassure explore` at scale (/work/review-s20-explore.md): two runs on one
folder, the target/minimum check with levers, damaged store files, a bad Ray address, and the
resume hint of an interrupted trial."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from reassure.errors import ReassureError, problem_lines
from reassure.run.explore import plan_from_file, query, results
from reassure.run.explore.execute import run_plan

from .conftest import CLI, EXPERIMENT_HEAD, cli_env

BASE = EXPERIMENT_HEAD


def _lever(path: str, low: float, high: float) -> str:
    return f'\n[[levers]]\npath = "{path}"\nlow = {low}\nhigh = {high}\nunit = "troops"\nnote = "a range for the test"\n'


def _copy(store: Path, tmp_path: Path) -> Path:
    out = tmp_path / "copy"
    shutil.copytree(store, out)
    return out


# -- 1. two runs on one folder ------------------------------------------------------------------
def _hold_lock(folder: Path) -> subprocess.Popen[str]:
    """Another process holding the folder's lock, as a run in another terminal would."""
    code = ("import fcntl, os, sys, time\n"
            f"f = open({str(folder / '.reassure-lock')!r}, 'a+')\n"
            "fcntl.flock(f.fileno(), fcntl.LOCK_EX)\n"
            "f.seek(0); f.truncate(); f.write(f'{os.getpid()}\\n'); f.flush()\n"
            "print('locked', flush=True)\n"
            "time.sleep(120)\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def test_a_second_run_on_the_same_folder_is_refused_at_once(reference_run: Path, tiny_file: Path,
                                                            tmp_path: Path) -> None:
    out = _copy(reference_run, tmp_path)
    holder = _hold_lock(out)
    try:
        start = time.monotonic()
        proc = subprocess.run([*CLI, "explore", str(tiny_file), "--out", str(out), "--resume", "--workers", "1",
                               "--no-report"], env=cli_env(), capture_output=True, text=True, timeout=120)
        assert proc.returncode == 2, proc.stderr
        err = " ".join(proc.stderr.split())
        assert f"--out {out}: is in use by another run (pid {holder.pid})" in err
        assert "Traceback" not in proc.stderr and "exploring" not in proc.stderr  # before any work
        assert time.monotonic() - start < 60
        with pytest.raises(ReassureError, match="is in use by another run"):  # the Python API too
            run_plan(plan_from_file(tiny_file), out, workers=1, resume=True)
    finally:
        holder.kill()
        holder.wait()
    # once the other run is gone, the folder is free again
    summary = run_plan(plan_from_file(tiny_file), out, workers=1, resume=True)
    assert summary["ran"] == 0


def test_resume_on_a_store_with_evaluations_twice_says_what_to_delete(reference_run: Path, tiny_file: Path,
                                                                      tmp_path: Path) -> None:
    out = _copy(reference_run, tmp_path)
    first = sorted((out / "batches").glob("part-*.parquet"))[0]
    twice = first.with_name("part-00000000-00000002.parquet")  # sorts after `first`
    shutil.copy(first, twice)  # as two runs with different batch sizes left them
    with pytest.raises(ReassureError, match=r"holds 2 evaluation\(s\) twice .* --resume to be told"):
        query(out, "SELECT count(*) FROM results")  # never counted twice without a word
    with pytest.raises(ReassureError) as caught:
        run_plan(plan_from_file(tiny_file), out, workers=1, resume=True)
    message = str(caught.value)
    assert f"delete {twice}" in message and "--resume" in message and first.name in message
    twice.unlink()  # as the message says
    run_plan(plan_from_file(tiny_file), out, workers=1, resume=True)
    assert len(results(out)) == len(results(reference_run))


# -- 2. the target and the minimum contribution, both levers -----------------------------------
def _error_lines(path: Path) -> str:
    with pytest.raises(ReassureError) as caught:
        plan_from_file(path)
    return " ".join(" ".join(problem_lines(caught.value)).split())


def test_a_minimum_below_every_target_is_not_refused_because_of_the_base_target(tmp_path: Path) -> None:
    path = tmp_path / "x6.toml"  # every minimum (up to 27,000) is below every target (from 30,000)
    path.write_text(BASE + _lever("force.target_troops", 30000, 31000) + _lever("force.min_contribution", 100, 27000))
    plan = plan_from_file(path)
    assert [f.path for f in plan.factors] == ["force.target_troops", "force.min_contribution"]
    path.write_text(BASE + _lever("force.target_troops", 20000, 30000) + _lever("force.min_contribution", 100, 40000))
    plan_from_file(path)  # overlapping: the combinations that cannot be fielded are error rows


def test_no_fieldable_combination_is_refused_naming_both_fields_and_values(tmp_path: Path) -> None:
    path = tmp_path / "x7.toml"
    path.write_text(BASE + _lever("force.target_troops", 300, 310) + _lever("force.min_contribution", 1000, 27000))
    text = _error_lines(path)
    assert "force.target_troops up to 310 is below force.min_contribution from 1,000 troops (levers[1])" in text
    assert "..." not in text
    # a minimum lever above the base scenario's target: the base's value is named
    path.write_text(BASE + _lever("force.min_contribution", 26000, 40000))
    text = _error_lines(path)
    assert "force.target_troops 25,000 (the base's low end) is below force.min_contribution from 26,000" in text
    assert "force.min_contribution is below force.min_contribution" not in text and "..." not in text
    # a target lever wholly below the shipped minimum
    path.write_text(BASE + _lever("force.target_troops", 10, 50))
    text = _error_lines(path)
    assert "force.target_troops up to 50 is below force.min_contribution 100 troops (shipped default)" in text
    assert "..." not in text


def test_a_target_lever_reaching_below_the_minimum_runs_with_error_rows(tmp_path: Path) -> None:
    path = tmp_path / "x1.toml"
    path.write_text(BASE.replace("samples = 8", "samples = 4") + _lever("force.target_troops", 50, 30000))
    plan_from_file(path)  # the highest target can be fielded: not refused before the run


# -- 3. damaged store files ---------------------------------------------------------------------
@pytest.mark.parametrize("size", [0, 300])
def test_a_damaged_batch_is_named_with_the_command_that_redoes_it(reference_run: Path, tmp_path: Path,
                                                                  size: int) -> None:
    out = _copy(reference_run, tmp_path)
    batch = sorted((out / "batches").glob("part-*.parquet"))[1]
    with open(batch, "r+b") as handle:
        handle.truncate(size)
    with pytest.raises(ReassureError) as caught:
        query(out, "SELECT count(*) FROM results")
    message = str(caught.value)
    assert message.startswith(f"{batch}: is not a whole Parquet file")
    assert f"--out {out} --resume" in message and "bug" not in message


def test_a_damaged_design_is_refused_by_query_and_rebuilt_by_resume(reference_run: Path, tiny_file: Path,
                                                                     tmp_path: Path) -> None:
    out = _copy(reference_run, tmp_path)
    design = out / "design.parquet"
    with open(design, "r+b") as handle:
        handle.truncate(200)
    proc = subprocess.run([*CLI, "explore", "query", str(out), "SELECT 1"], env=cli_env(),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert f"{design}: is not a whole Parquet file" in proc.stderr and "--resume" in proc.stderr
    assert "internal error" not in proc.stderr and "bug" not in proc.stderr
    summary = run_plan(plan_from_file(tiny_file), out, workers=1, resume=True)
    assert summary["ran"] == 0 and "design.parquet" in summary["corrupt_batches"]
    same = query(out, "SELECT * FROM design ORDER BY experiment_id")
    assert same.equals(query(reference_run, "SELECT * FROM design ORDER BY experiment_id"))


# -- 5. a bad Ray address -----------------------------------------------------------------------
class _DeafRay:
    """A `ray` whose init never returns, as Ray 2.60 retries an address that does not answer."""

    @staticmethod
    def init(**kwargs: Any) -> None:
        time.sleep(60)


def test_a_ray_address_that_never_answers_fails_within_the_timeout() -> None:
    from reassure.run.explore.execute import _ray_init

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)  # something listens, but it is not Ray
    port = server.getsockname()[1]
    try:
        start = time.monotonic()
        with pytest.raises(ReassureError, match=rf"--address 127.0.0.1:{port}: cannot reach a Ray cluster "
                                                r"\(no answer as a Ray cluster within 1 s\)"):
            _ray_init(_DeafRay, {"address": f"127.0.0.1:{port}"}, f"127.0.0.1:{port}", timeout=1.0)
        assert time.monotonic() - start < 10
    finally:
        server.close()


def test_a_ray_address_nothing_listens_on_is_refused_at_once(tiny_file: Path, tmp_path: Path) -> None:
    pytest.importorskip("ray", reason="Ray is an optional extra; `make test` installs it, so CI runs this")
    start = time.monotonic()
    proc = subprocess.run([*CLI, "explore", str(tiny_file), "--out", str(tmp_path / "r"), "--address",
                           "127.0.0.1:1", "--no-report"], env=cli_env(), capture_output=True, text=True, timeout=100)
    assert proc.returncode == 2
    assert "error: --address 127.0.0.1:1: cannot reach a Ray cluster (Connection refused)" in proc.stderr
    assert time.monotonic() - start < 60


# -- 6. the resume hint of an interrupted trial keeps its --limit -------------------------------
def test_an_interrupted_trial_says_to_resume_with_its_limit(tiny_file: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    import reassure.run.explore.execute as execute
    from reassure.present.explore_cli import run_experiment

    def interrupted(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(execute, "run_plan", interrupted)
    out = tmp_path / "trial"
    with pytest.raises(SystemExit) as stopped:
        run_experiment(tiny_file, out, workers=1, address=None, resume=False, report=False, limit=3)
    assert stopped.value.code == 130
    err = " ".join(capsys.readouterr().err.split())
    assert f"Continue with: reassure explore {tiny_file} --out {out} --limit 3 --resume" in err
