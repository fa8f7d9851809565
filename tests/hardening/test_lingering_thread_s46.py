"""(s46) A run that ends while a thread it started is still going (a worker pool's manager after
Ctrl-C) still ends. `cli.run()` used to leave by `sys.exit` then, and the interpreter's exit
joined that thread without a bound: one stuck thread hung a stopped `reassure assess` once in a
fresh-clone CI run (tests/hardening/test_kill.py, s45). Now the thread gets a bounded wait.
"""

from __future__ import annotations

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
