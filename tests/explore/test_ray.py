"""A real Ray cluster on loopback (started by `ray.init` inside the run, node address 127.0.0.1,
two CPUs), a small design run through it, one Ray worker process killed mid-run. Every experiment
must be stored exactly once, with the same numbers as the local one-worker run.

(`ray start --head` plus a worker node was tried first: Ray 2.60 rewrites a 127.0.0.1 address to
the machine's outward IP before connecting, which this loopback-only sandbox does not serve.)"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from reassure.run.explore import results

from .conftest import CLI, cli_env

ray = pytest.importorskip("ray", reason="Ray (the `ray` extra) is not installed")


def session_processes(sid: int) -> list[tuple[int, str]]:
    """(pid, command line) of every process in session ``sid`` (a session this test started)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            fields = stat[stat.rindex(")") + 2:].split()
            if int(fields[3]) != sid:
                continue
            cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
        except (OSError, ValueError):
            continue
        found.append((int(entry.name), cmd))
    return found


def stop_session(proc: subprocess.Popen[bytes]) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            continue
        if sig == signal.SIGTERM:
            time.sleep(1)


def test_ray_cluster_with_a_killed_worker_stores_every_experiment_once(
        tiny_file: Path, reference_run: Path, tmp_path: Path) -> None:
    """`--address local` starts a Ray cluster on 127.0.0.1 with two CPUs inside the run; one of its
    workers is killed (SIGKILL) while it evaluates a batch. Ray reruns that batch's task; the
    driver stores a batch only when its result arrives."""
    out = tmp_path / "ray"
    env = cli_env() | {"RAY_USAGE_STATS_ENABLED": "0"}
    driver = subprocess.Popen([*CLI, "explore", str(tiny_file), "--out", str(out), "--address", "local",
                               "--workers", "2", "--no-report"], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        killed = None
        deadline = time.monotonic() + 400
        while killed is None and driver.poll() is None and time.monotonic() < deadline:
            busy = [(pid, cmd) for pid, cmd in session_processes(driver.pid) if cmd.startswith("ray::_ray_batch")]
            if busy and list((out / "batches").glob("part-*.parquet")):
                killed = busy[0]
                os.kill(killed[0], signal.SIGKILL)  # a Ray worker dies in the middle of a batch
                break
            time.sleep(0.1)
        stdout, stderr = driver.communicate(timeout=600)
    finally:
        stop_session(driver)
    assert driver.returncode == 0, stderr[-2000:]
    assert killed is not None, "no Ray worker was seen running a batch after the first was stored"
    frame = results(out)
    assert frame["experiment_id"].tolist() == list(range(6))  # each exactly once
    assert frame.equals(results(reference_run))  # the same numbers as the local one-worker run
    assert "ray (local)" in " ".join(stdout.split())
