"""(s31) Ctrl-C in the instant a pool forks its worker: the child started with the parent's
Python handler and printed a traceback from inside multiprocessing's start-up (1 of 80 early
Ctrl-Cs of `reassure assess`). `forking` holds SIGINT back while the worker is forked; the
worker lifts the hold only once it ignores SIGINT (`die_with_parent`)."""

from __future__ import annotations

import os
import signal
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

from reassure.run.workers import die_with_parent, forking


def _state() -> tuple[bool, bool]:
    blocked = signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, [])
    return blocked, signal.getsignal(signal.SIGINT) == signal.SIG_IGN


def _blocked_at_start() -> bool:
    return signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, [])


def test_a_worker_forked_under_forking_starts_with_sigint_held_back() -> None:
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("fork")) as pool:
        with forking():
            assert signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, [])
            future = pool.submit(_blocked_at_start)
        assert future.result(timeout=60) is True
    # and this process has it back
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])


def test_the_worker_ignores_sigint_then_lifts_the_hold() -> None:
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("fork"),
                             initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
        with forking():
            future = pool.submit(_state)
        assert future.result(timeout=60) == (False, True)


def test_an_interrupted_exit_waits_for_the_pools_manager_thread() -> None:
    """The command line's interrupted exit lets each pool's manager thread end (its wake-up pipe
    closed) before concurrent.futures' exit hook would write to it."""
    from reassure.cli import _settle_pools

    pool = ProcessPoolExecutor(max_workers=1, mp_context=get_context("fork"))
    assert pool.submit(_blocked_at_start).result(timeout=60) is False
    thread = pool._executor_manager_thread  # type: ignore[attr-defined]
    pool.shutdown(wait=False)
    _settle_pools()
    assert thread is not None and not thread.is_alive()
