"""Worker processes that end with the process that started them: shared by `assess` (its
forked worker), `explore` (its local pool) and the incident engine's replications
(`map_in_processes`); and the collector paused while a run starts."""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

__all__ = ["die_with_parent", "forking", "gc_paused", "join_manager", "map_in_processes",
           "stop_workers"]

T = TypeVar("T")


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off for the block, then back as it was.

    For start-up and short bounded jobs: loading modules (scipy, numba) and the scenario
    creates hundreds of thousands of long-lived objects and almost no garbage, yet the
    collector walks them again and again as they pile up (about 0.07 CPU s of `reassure
    assess`'s start-up, for about a thousand objects freed). Memory is still freed as it is
    dropped (reference counting); only garbage in reference cycles waits for the block's end.
    What the block made is then counted with the oldest objects (`gc.freeze` then
    `gc.unfreeze`, which moves rather than scans): turned back on, the collector would
    otherwise walk all of it at once as young objects (8 ms at the end of `reassure assess`);
    the next full collection still looks at it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


@contextmanager
def forking() -> Iterator[None]:
    """Ctrl-C and SIGTERM held back in this thread while the block forks workers (a pool's first
    `submit`), then delivered here. A forked child starts with the parent's Python handler, which raised
    KeyboardInterrupt inside multiprocessing's start-up and printed a traceback when Ctrl-C
    came in the instant between the fork and `die_with_parent` (1 of 80 early Ctrl-Cs, session
    31); the child inherits the block and lifts it only once it ignores SIGINT (and SIGTERM, the
    same way, once it takes SIGTERM without the parent's handler)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread() or \
            not hasattr(signal, "pthread_sigmask"):
        yield
        return
    # s38: SIGTERM too. The parent stops a worker with SIGTERM (`stop_workers`); one forked an
    # instant before still had the parent's SIGTERM handler, which unwinds like Ctrl-C, and
    # printed a KeyboardInterrupt traceback from multiprocessing's start-up (2 CI runs in s38)
    held = {signal.SIGINT, signal.SIGTERM}
    signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, held)


def die_with_parent(parent: int) -> None:
    """Worker start: end quietly with the parent (a killed run leaves no orphan and no
    traceback). Ctrl-C reaches the whole process group: the parent handles it and stops this
    worker, so the worker ignores SIGINT and takes SIGTERM without a handler (no traceback)."""
    import ctypes
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # held back by `forking` in the parent: now ignored
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})  # TERM: ends it
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: killed, silently, when the parent dies
    except (OSError, AttributeError):  # not Linux: the pool's shutdown still ends the worker
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(0)


def join_manager(pool: ProcessPoolExecutor, timeout_s: float = 5.0) -> None:
    """After a stop (workers terminated, the pool shut down without waiting), let the pool's
    manager thread finish closing its wake-up pipe, for at most ``timeout_s``: otherwise
    concurrent.futures' exit hook can write to that pipe while the thread closes it and print
    "Bad file descriptor" after the one-word "interrupted" (CI, session 31: Ctrl-C 0.3 s into
    `reassure assess`)."""
    thread = getattr(pool, "_executor_manager_thread", None)
    if thread is not None and thread.is_alive():
        thread.join(timeout=timeout_s)


def stop_workers(pool: ProcessPoolExecutor) -> None:
    """Terminate the pool's worker processes and reap them (do not wait for their work); one
    that outlives SIGTERM by five seconds is killed (s30)."""
    workers = dict(getattr(pool, "_processes", None) or {})
    for process in workers.values():
        if process.is_alive():
            process.terminate()
    for process in workers.values():
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
            process.join(timeout=1)


def map_in_processes(workers: int) -> Callable[[Callable[..., T], Sequence[tuple[Any, ...]]], list[T]]:
    """``run(function, tasks)``: ``function(*task)`` for each task in up to ``workers`` processes,
    the results in the tasks' order. The workers end with this process and take no Ctrl-C of
    their own; an interrupt (Ctrl-C, SIGTERM) or a failure here stops them at once, without
    waiting for the tasks under way. (s53: `reassure incidents --workers 2` used a plain pool
    and took 3-99 s to stop, printing a 30-line traceback from the interpreter's exit.)"""

    def run(function: Callable[..., T], tasks: Sequence[tuple[Any, ...]]) -> list[T]:
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        pool = ProcessPoolExecutor(max_workers=max(1, min(workers, len(tasks))),
                                   mp_context=multiprocessing.get_context(method),
                                   initializer=die_with_parent, initargs=(os.getpid(),))
        stopped = False
        try:
            with forking():  # the first submit forks the workers
                futures = [pool.submit(function, *task) for task in tasks]
            return [future.result() for future in futures]
        except BaseException:
            stopped = True
            stop_workers(pool)
            raise
        finally:
            pool.shutdown(wait=not stopped, cancel_futures=True)
            if stopped:
                join_manager(pool)

    return run
