"""(s53) `reassure incidents --workers 2` ran its replications in a plain process pool: a Ctrl-C
or SIGTERM waited for the ranges under way (59-99 s at a million runs), then the interpreter's
exit printed a 30-line traceback (exit 1), and the workers could outlive the run. The run
layer now hands the engine its own pool (`reassure.run.workers.map_in_processes`): workers that
ignore Ctrl-C, die with their parent and are stopped at once when the parent is interrupted."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reassure.run.workers import map_in_processes

REPO = Path(__file__).resolve().parents[2]


def _square(x: int) -> tuple[int, int]:
    return x * x, os.getpid()


def _sleep_after_pid(folder: str, i: int) -> None:
    Path(folder, f"{i}.pid").write_text(str(os.getpid()))
    time.sleep(120)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie is gone for our purpose (its parent has not reaped it yet)
    state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    return state != "Z"


def test_the_results_come_back_in_the_tasks_order_from_other_processes() -> None:
    results = map_in_processes(2)(_square, [(i,) for i in range(9)])
    assert [r for r, _ in results] == [i * i for i in range(9)]
    assert os.getpid() not in {pid for _, pid in results}


def test_an_interrupt_stops_the_workers_at_once(tmp_path: Path) -> None:
    """A KeyboardInterrupt while the parent waits (as Ctrl-C or the command line's SIGTERM
    handler raise it) ends the workers in the middle of their tasks, and the map raises."""
    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.alarm(3)
    try:
        with pytest.raises(KeyboardInterrupt):
            map_in_processes(2)(_sleep_after_pid, [(str(tmp_path), i) for i in range(4)])
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    pids = [int(p.read_text()) for p in tmp_path.glob("*.pid")]
    assert pids, "the workers never started their tasks"
    assert not [pid for pid in pids if _alive(pid)]


def test_the_capability_gives_the_same_numbers_through_the_run_layers_pool() -> None:
    """Deterministic whatever the worker count: one process, and two through this pool."""
    from reassure.run.capabilities import registry
    from reassure.run.pipeline import run_capabilities
    from reassure.spec import load_scenario

    scenario = load_scenario("europe-2025")
    figures = []
    for workers in (1, 2):
        done = run_capabilities(scenario, registry(runs=6, workers=workers), ["incidents"], seed=7)
        report = done["incidents"].to_dict()
        report.pop("run")  # how it was run (its workers among it)
        report["without_us"].pop("run")
        figures.append(report)
    assert figures[0] == figures[1]


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(c) for c in path.read_text().split()] if path.exists() else []


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_the_command_stops_with_one_line_and_leaves_no_worker(sig: signal.Signals) -> None:
    def defaults() -> None:  # a background job starts with SIGINT ignored: undo that
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)

    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "reassure.cli", "incidents", "europe-2025", "--runs", "200000",
         "--workers", "2", "--format", "json"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
        preexec_fn=defaults, start_new_session=True)
    try:
        deadline = time.monotonic() + 240
        workers: list[int] = []
        while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            workers = _children(proc.pid)
        assert len(workers) >= 2, "the replications' workers never started"
        time.sleep(1.0)  # into their ranges
        if sig == signal.SIGINT:
            os.killpg(proc.pid, sig)  # Ctrl-C reaches the whole group
        else:
            proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)  # was 59-99 s at a million runs; no hang here
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 130, err
    assert err.strip().startswith("interrupted") and len(err.strip().splitlines()) == 1, err
    time.sleep(0.5)
    assert not [pid for pid in workers if _alive(pid)]
