"""`reassure explore` killed at a random moment (SIGKILL or SIGTERM), then `--resume`: every
experiment is stored exactly once, the numbers equal an uninterrupted run's, and no worker
process is left behind (issue #16's kill checks, on explore).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from kill_harness import _env, alive, default_signals

EXPERIMENT = """\
schema = 1
name = "kill"
title = "Killed and resumed"
scenarios = ["europe-2025"]
seed = 16
runs = 1
batch_size = 1
outcomes = ["force.p_target_met_pct", "force.shortfall_total"]

[design]
kind = "lhs"
samples = 32

[uncertainties]
sourced_ranges = false

[[uncertainties.factor]]
path = "contributors[DEU].p_join"
low = 0.0
high = 0.8
assumption = "test range for a test"

[[levers]]
path = "us_backstop.isr"
note = "a choice for the test"
values = [true, false]
"""


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "reassure.cli", "explore", *args]


@pytest.fixture(scope="module")
def experiment(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, float]:
    """The experiment file, its uninterrupted run (one worker, in this process) and that run's
    wall time (the kill moments are drawn as fractions of it, whatever the machine's load)."""
    from reassure.run.explore import plan_from_file, run_plan

    folder = tmp_path_factory.mktemp("explore-kill")
    path = folder / "kill.toml"
    path.write_text(EXPERIMENT)
    reference = folder / "reference"
    start = time.perf_counter()
    run_plan(plan_from_file(path), reference, workers=1)
    return path, reference, time.perf_counter() - start


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_explore_killed_at_a_random_moment_then_resumed(experiment: tuple[Path, Path, float], tmp_path: Path,
                                                          sig: int) -> None:
    from reassure.run.explore import results

    path, reference, one_worker_s = experiment
    # A random moment in the run: two workers take about half the one-worker time. (s53) Under
    # load the reference run can take longer than this one, which then ends before its kill: the
    # moment is drawn again, a quarter as far in, up to three times.
    delay = random.Random(sig).uniform(0.02, 0.3) * one_worker_s
    for attempt in range(3):
        out = tmp_path / f"out{attempt}"
        proc = subprocess.Popen(_cli(str(path), "--out", str(out), "--workers", "2", "--no-report"),
                                env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                start_new_session=True, preexec_fn=default_signals)
        try:
            deadline = time.monotonic() + 240
            while not (out / "manifest.json").exists() and time.monotonic() < deadline:
                assert proc.poll() is None, f"the run ended before it could be killed: {proc.stderr}"
                time.sleep(0.05)
            time.sleep(delay)
            killed_while_running = proc.poll() is None
            if killed_while_running:
                os.kill(proc.pid, sig)
            _, err = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=30)
        if killed_while_running:
            break
        delay /= 4
    assert killed_while_running, "the run ended before the kill: the test would test nothing"
    if sig == signal.SIGTERM:
        assert proc.returncode == 130 and "Traceback" not in err, err
    # The pool's workers end with the driver (PR_SET_PDEATHSIG): none left in its session.
    deadline = time.monotonic() + 10
    while alive_in_session(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive_in_session(proc.pid), "a worker process outlived the killed run"
    stored = len(results(out)) if list((out / "batches").glob("part-*.parquet")) else 0
    resumed = subprocess.run(_cli(str(path), "--out", str(out), "--resume", "--workers", "2", "--no-report"),
                             env=_env(), capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{32 - stored} evaluations run, {stored} already stored" in " ".join(resumed.stdout.split())
    after = results(out)
    assert after["experiment_id"].tolist() == list(range(32))  # each exactly once, none lost
    assert after.equals(results(reference))


def alive_in_session(sid: int) -> bool:
    """True while any process of session ``sid`` (the killed run and its workers) is alive."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid and fields[0] != "Z" and alive(int(entry.name)):
            return True
    return False
