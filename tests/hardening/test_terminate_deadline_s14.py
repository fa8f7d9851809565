"""A SIGTERM whose unwinding sticks still ends the process (session 14).

Once in CI a run of `assess` killed at a random moment had not ended 120 s after its SIGTERM
(not reproduced since). The CLI's SIGTERM handler now arms a deadline (faulthandler's own thread,
which needs no interpreter lock): past it, where each thread stands is printed and the process
ends. Here a `finally` block that never finishes stands for whatever stuck."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

STUCK = """
import sys, time
import reassure.cli as cli

cli.TERMINATE_GRACE_S = 2.0

def stuck_app():
    try:  # "ready" inside the try: a SIGTERM that lands at once must meet the stuck clean-up
        print("ready", flush=True)
        time.sleep(600)
    finally:
        time.sleep(600)  # a clean-up that never ends

cli.app = stuck_app
cli.main()
"""

QUICK = """
import time
import reassure.cli as cli

def app():
    print("ready", flush=True)
    time.sleep(600)

cli.app = app
cli.main()
"""


def _start(code: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_a_stuck_unwinding_ends_at_the_deadline_with_where_it_stood() -> None:
    proc = _start(STUCK)
    start = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    took = time.monotonic() - start
    assert proc.returncode != 0
    assert took < 30, f"took {took:.1f} s"
    assert "most recent call first" in err and "stuck_app" in err  # where it stood


def test_a_normal_unwinding_is_not_cut_short() -> None:
    proc = _start(QUICK)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.strip() == "interrupted"
