"""(s46) A run that ends while a thread it started is still going (a worker pool's manager after
Ctrl-C) still ends. `cli.run()` used to leave by `sys.exit` then, and the interpreter's exit
joined that thread without a bound: one stuck thread hung a stopped `reassure assess` once in a
fresh-clone CI run (tests/hardening/test_kill.py, s45). Now the thread gets a bounded wait.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent("""
    import threading
    import reassure.cli as cli

    stuck = threading.Event()

    def main():
        threading.Thread(target=stuck.wait, name="stuck-manager").start()  # never set
        print("results written", flush=True)
        raise {ending}

    cli.main = main
    cli.LINGERING_THREADS_WAIT_S = 0.5
    cli.run()
""")


@pytest.mark.parametrize(("ending", "status", "last_words"), [
    ("KeyboardInterrupt", 130, "interrupted"),
    ("SystemExit(2)", 2, None),
])
def test_a_stuck_thread_does_not_hang_the_end_of_a_run(ending: str, status: int,
                                                        last_words: str | None) -> None:
    proc = subprocess.run([sys.executable, "-c", SCRIPT.format(ending=ending)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == status, proc.stderr[-500:]
    assert proc.stdout == "results written\n"
    assert "Traceback" not in proc.stderr
    if last_words:
        assert proc.stderr.strip().splitlines()[-1] == last_words


def test_a_thread_that_finishes_in_time_is_waited_for() -> None:
    script = textwrap.dedent("""
        import threading, time
        import reassure.cli as cli

        def main():
            def late_line():
                time.sleep(0.3)
                print("from the thread", flush=True)
            threading.Thread(target=late_line).start()

        cli.main = main
        cli.run()
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr[-500:]
    assert proc.stdout == "from the thread\n"


POOL_SCRIPT = textwrap.dedent("""
    import multiprocessing, time
    from concurrent.futures import ProcessPoolExecutor
    import reassure.cli as cli

    def main():
        pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
        pool.submit(time.sleep, {task_s})
        time.sleep(0.5)  # the worker is forked and busy (or idle, for a short task)
        globals()["pool"] = pool  # left open, as an interrupt can leave it
        print("results written", flush=True)
        raise KeyboardInterrupt

    cli.main = main
    cli.LINGERING_THREADS_WAIT_S = 0.5
    cli.run()
""")


@pytest.mark.parametrize("task_s", [300.0, 0.1])
def test_a_worker_pool_left_open_is_wound_down(task_s: float) -> None:
    """(review s46) A pool's manager thread is woken and its worker stopped: with the bounded
    join alone, multiprocessing's exit handler then waited for the busy (or idle) worker without
    end; on the code before, the interpreter's exit waited for the 300 s task."""
    proc = subprocess.run([sys.executable, "-c", POOL_SCRIPT.format(task_s=task_s)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 130, proc.stderr[-500:]
    assert proc.stdout == "results written\n"
    assert proc.stderr.strip().splitlines() == ["interrupted"]


def test_a_second_ctrl_c_while_the_run_winds_down_ends_it() -> None:
    script = SCRIPT.format(ending="KeyboardInterrupt").replace(
        "cli.LINGERING_THREADS_WAIT_S = 0.5", "cli.LINGERING_THREADS_WAIT_S = 600.0")
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline() == "results written\n"
    # "interrupted" is printed before the wait starts
    assert proc.stderr is not None and proc.stderr.readline().strip() == "interrupted"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130
    assert "Traceback" not in err
