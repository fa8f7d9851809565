"""Real Ray clusters on this machine, a small design run through each, one Ray worker process
killed (SIGKILL) mid-batch. Every experiment must be stored exactly once, with the same numbers
as the local one-worker run.

- `ray start --head` plus a second node (`ray start --address`), one CPU each, node address
  127.0.0.1, joined by `reassure explore --address 127.0.0.1:PORT`;
- `--address local`: a cluster started by `ray.init` inside the run.

Ray 2.60 turns token authentication on when a token file exists in ~/.ray (one is written by the
first local `ray.init`); the processes of the test cluster run with RAY_AUTH_MODE=disabled so
they agree without a token. Every process started here is stopped by its session id."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from reassure.run.explore import results

from .conftest import CLI, cli_env

ray = pytest.importorskip("ray", reason="Ray (the `ray` extra) is not installed")
RAY = str(Path(sys.executable).parent / "ray")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


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
    env = cli_env() | {"RAY_USAGE_STATS_ENABLED": "0", "RAY_AUTH_MODE": "disabled"}
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


def kill_busy_worker(sessions: list[int], out: Path, driver: subprocess.Popen[str]) -> tuple[int, str] | None:
    """Wait for the first stored batch, then SIGKILL a Ray worker that is running a batch."""
    deadline = time.monotonic() + 400
    while driver.poll() is None and time.monotonic() < deadline:
        busy = [(pid, cmd) for sid in sessions for pid, cmd in session_processes(sid)
                if cmd.startswith("ray::_ray_batch")]
        if busy and list((out / "batches").glob("part-*.parquet")):
            os.kill(busy[0][0], signal.SIGKILL)
            return busy[0]
        time.sleep(0.1)
    return None


def test_two_node_ray_cluster_with_a_killed_worker(tiny_file: Path, reference_run: Path, tmp_path: Path) -> None:
    port = free_port()
    temp = tempfile.mkdtemp(prefix="rt", dir="/tmp")  # short: Ray's socket paths must be short
    env = cli_env() | {"RAY_USAGE_STATS_ENABLED": "0", "RAY_AUTH_MODE": "disabled"}
    common = ["--block", "--num-cpus=1", "--node-ip-address=127.0.0.1", "--disable-usage-stats"]
    nodes: list[subprocess.Popen[bytes]] = []
    try:
        nodes.append(subprocess.Popen([RAY, "start", "--head", f"--port={port}", "--include-dashboard=false",
                                       f"--temp-dir={temp}", *common], env=env, start_new_session=True,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            assert nodes[0].poll() is None, "the Ray head exited"
            time.sleep(0.5)
        nodes.append(subprocess.Popen([RAY, "start", f"--address=127.0.0.1:{port}", *common], env=env,
                                      start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        out = tmp_path / "ray2"
        driver = subprocess.Popen([*CLI, "explore", str(tiny_file), "--out", str(out), "--address",
                                   f"127.0.0.1:{port}", "--no-report"], env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
        killed = kill_busy_worker([n.pid for n in nodes], out, driver)
        stdout, stderr = driver.communicate(timeout=600)
    finally:
        for node in reversed(nodes):
            stop_session(node)
        import shutil

        shutil.rmtree(temp, ignore_errors=True)
    assert driver.returncode == 0, stderr[-2000:]
    assert killed is not None, "no Ray worker was seen running a batch after the first was stored"
    frame = results(out)
    assert frame["experiment_id"].tolist() == list(range(6))  # each exactly once
    assert frame.equals(results(reference_run))
    assert f"ray (127.0.0.1:{port})" in " ".join(stdout.split())
