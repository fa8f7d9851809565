"""s38: a worker stopped by the parent's SIGTERM an instant after it was forked still had the
parent's SIGTERM handler (which unwinds like Ctrl-C) and printed a KeyboardInterrupt traceback
from multiprocessing's start-up (twice in CI, Ctrl-C 0.15-0.3 s into `assess`). `forking()`
now holds SIGTERM as well as SIGINT in the forking thread, so a child inherits both held and
lifts them only in `die_with_parent`, once SIGTERM has no handler and SIGINT is ignored."""

from __future__ import annotations

import signal

from reassure.run.workers import forking


def _held() -> set[int]:
    return set(signal.pthread_sigmask(signal.SIG_BLOCK, set()))


def test_the_forking_block_holds_sigint_and_sigterm_and_lifts_them_after() -> None:
    before = _held()
    assert signal.SIGTERM not in before and signal.SIGINT not in before
    with forking():
        inside = _held()
    assert {signal.SIGINT, signal.SIGTERM} <= inside
    assert _held() == before


def test_a_worker_lifts_the_hold_only_with_sigterm_unhandled_and_sigint_ignored() -> None:
    import inspect

    from reassure.run.workers import die_with_parent

    source = inspect.getsource(die_with_parent)
    ignore = source.index("signal.signal(signal.SIGINT, signal.SIG_IGN)")
    default = source.index("signal.signal(signal.SIGTERM, signal.SIG_DFL)")
    lift = source.index("signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM}")
    assert ignore < lift and default < lift
