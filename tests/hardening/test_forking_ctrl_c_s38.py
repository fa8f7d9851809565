"""s38: a Ctrl-C that arrives while `forking()` forks the workers is held, never raised inside
the block (where a forked child would inherit it and print multiprocessing's traceback), and
reaches this process once, as a KeyboardInterrupt, when the block ends."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from reassure.run.workers import forking


def test_a_ctrl_c_during_the_fork_is_held_then_raised_once() -> None:
    inside = []
    with pytest.raises(KeyboardInterrupt):
        with forking():
            # sent from another thread, as the terminal's Ctrl-C may land on any thread
            threading.Thread(target=os.kill, args=(os.getpid(), signal.SIGINT)).start()
            for _ in range(50):
                time.sleep(0.01)  # eval-breaker checks: a handler that raises would raise here
            inside.append("no KeyboardInterrupt inside the block")
    assert inside == ["no KeyboardInterrupt inside the block"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the handler is back


def test_without_a_ctrl_c_the_block_leaves_the_handler_as_it_was() -> None:
    with forking():
        pass
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
