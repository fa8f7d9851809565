"""Review s32 2: Cancel stops the computation. The run's child was forked with the server's
SIGTERM handler (uvicorn's, which sets a flag the child never reads), so it caught Cancel's
SIGTERM and ran on for seconds through the sensitivity pass and the report, and the runs queued
behind it waited. Now the child resets its handlers, is killed if it still lives a moment after
SIGTERM, and a cancelled run leaves no files."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest


def _children(pid: int) -> set[int]:
    """Live (not zombie) child processes of ``pid``, from /proc."""
    out: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            continue
    return {c for c in out if _alive(c)}


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc (Linux)")
def test_cancel_stops_the_run_of_reassure_serve_at_once(tmp_path: Path) -> None:
    import httpx

    token = "s32-cancel-token-0123456789"
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    server = subprocess.Popen([sys.executable, "-m", "reassure.cli", "serve", "--port", "0", "--token", token,
                               "--scenarios", str(tmp_path / "plans")],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert server.stdout is not None
        lines = [server.stdout.readline() for _ in range(2)]
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", lines[1])
        assert m, lines
        api = httpx.Client(base_url=f"http://127.0.0.1:{m.group(1)}", headers={"X-Reassure-Token": token},
                           timeout=30)
        for _ in range(200):  # the socket is bound before the line is printed; wait for the app
            try:
                api.get("/api/scenarios")
                break
            except httpx.TransportError:
                time.sleep(0.1)
        # the review's run, and one queued behind it
        job = api.post("/api/runs", json={"scenario": "ukraine-request", "runs": 400, "seed": 12}).json()
        queued = api.post("/api/runs", json={"scenario": "europe-2025", "runs": 2, "seed": 3}).json()
        end = time.time() + 120
        state = job
        while time.time() < end and not (state["state"] == "running" and state["steps"]):
            time.sleep(0.1)
            state = api.get(f"/api/runs/{job['id']}").json()
        assert state["state"] == "running", state
        child = _children(server.pid)
        assert len(child) == 1, child  # the run's forked child, computing
        assert api.get(f"/api/runs/{queued['id']}").json()["state"] == "queued"
        cancelled = time.time()
        assert api.delete(f"/api/runs/{job['id']}").json()["state"] == "cancelled"
        while _alive(next(iter(child))) and time.time() - cancelled < 10:
            time.sleep(0.05)
        took = time.time() - cancelled
        assert not _alive(next(iter(child))), "the cancelled run's child still computes after 10 s"
        assert took < 1.5, f"the cancelled run's child ran on for {took:.1f} s"
        # the run queued behind it starts now, not when the cancelled one would have ended
        while api.get(f"/api/runs/{queued['id']}").json()["state"] == "queued" and time.time() - cancelled < 5:
            time.sleep(0.05)
        assert api.get(f"/api/runs/{queued['id']}").json()["state"] in ("running", "done")
        final = api.get(f"/api/runs/{job['id']}").json()
        assert final["state"] == "cancelled" and final["report"] is None, final
        api.delete(f"/api/runs/{queued['id']}")
    finally:
        server.terminate()
        server.wait(timeout=30)


def _stubborn_child(path: str, runs: int, seed: int | None, folder: str, progress: Any) -> None:
    """A run that writes half a report, then ignores SIGTERM and computes on."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    (Path(folder) / "report.html").write_text("<html><body>half a rep")
    progress.put(("step", "force"))
    time.sleep(60)
    progress.put(("done", ""))


def _quick_child(path: str, runs: int, seed: int | None, folder: str, progress: Any) -> None:
    progress.put(("step", "force"))
    (Path(folder) / "report.html").write_text("<html><body>half a rep")
    time.sleep(60)


def _submit_and_cancel(tmp_path: Path) -> tuple[Any, Any, float]:
    from reassure.present.web.app import Jobs

    jobs = Jobs(tmp_path / "work")
    scenario = tmp_path / "plan.toml"
    scenario.write_text("schema = 1\n")
    job = jobs.submit("plan", scenario, 20, 1)
    end = time.time() + 60
    while time.time() < end and not job.steps:
        time.sleep(0.05)
    assert job.state == "running" and job.steps == ["force"], job.public()
    assert job.folder is not None and (job.folder / "report.html").exists()
    proc = job.process
    jobs.cancel(job)
    return job, proc, time.time()


def test_a_child_that_ignores_sigterm_is_killed_and_leaves_no_files(tmp_path: Path, monkeypatch: Any) -> None:
    from reassure.present.web import app

    monkeypatch.setattr(app, "_child", _stubborn_child)
    monkeypatch.setattr(app, "KILL_AFTER", 1.0, raising=False)  # SIGKILL a second after SIGTERM
    job, proc, cancelled = _submit_and_cancel(tmp_path)
    proc.join(timeout=6)
    assert not proc.is_alive(), "a child that ignores SIGTERM runs on after Cancel"
    assert time.time() - cancelled < 3
    end = time.time() + 5
    while job.folder.exists() and time.time() < end:  # removed once the loop sees the end
        time.sleep(0.05)
    assert job.state == "cancelled" and not job.folder.exists(), list(job.folder.iterdir())


def test_the_child_does_not_keep_the_servers_sigterm_handler(tmp_path: Path, monkeypatch: Any) -> None:
    # as uvicorn does in `reassure serve`: a handler in the server that only sets a flag
    from reassure.present.web import app

    monkeypatch.setattr(app, "_child", _quick_child)
    monkeypatch.setattr(app, "KILL_AFTER", 60.0, raising=False)  # SIGTERM alone must end it
    before = signal.signal(signal.SIGTERM, lambda *_: None)
    try:
        job, proc, cancelled = _submit_and_cancel(tmp_path)
        proc.join(timeout=5)
        assert not proc.is_alive(), "the child kept the server's SIGTERM handler and runs on"
        assert proc.exitcode == -signal.SIGTERM
    finally:
        signal.signal(signal.SIGTERM, before)
