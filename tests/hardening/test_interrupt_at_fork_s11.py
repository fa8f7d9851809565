"""An interrupt that lands while `assess` forks its worker (or just after) stops the worker too.

The kill tests saw `assess` not stop within 120 s after a SIGINT (session 10) and a SIGTERM
(session 11) under load: the pool was set up outside the block that stops it, so an interrupt
there left the forked worker waiting for inputs that never came, and the interpreter's exit
waiting for the worker. The interrupt is placed here deterministically: right after the worker
is submitted."""

from __future__ import annotations

import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor

import pytest

import reassure


def test_an_interrupt_just_after_the_fork_leaves_no_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    submit = ProcessPoolExecutor.submit

    def submit_then_interrupt(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        submit(self, *args, **kwargs)
        raise KeyboardInterrupt  # as the CLI's SIGTERM handler raises it

    monkeypatch.setattr(ProcessPoolExecutor, "submit", submit_then_interrupt)
    before = {p.pid for p in multiprocessing.active_children()}
    with pytest.raises(KeyboardInterrupt):
        reassure.assess("europe-2025", runs=2, sensitivity=False, workers=2)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        left = [p for p in multiprocessing.active_children() if p.pid not in before]
        if not left:
            break
        time.sleep(0.05)
    assert not left, f"a worker outlived the interrupted run: {left}"


def test_an_interrupt_delivered_as_the_swap_ends_still_removes_the_staging_folder(
        tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """A SIGINT held during the swap is delivered when the swap lets it go; raised before the
    clean-up's own hold, it skipped the clean-up and left the previous set in a staging folder
    (the kill test, ci18 of session 11)."""
    import contextlib

    from reassure.run import outputs

    out = tmp_path / "out"
    outputs.write_set(out, {"a.csv": "1\n"})
    held = outputs._signals_held
    calls = []

    @contextlib.contextmanager
    def interrupted_once():  # type: ignore[no-untyped-def]
        import sys

        caller = sys._getframe(2).f_code.co_name  # who entered the hold (past contextlib)
        if caller in ("write_set", "_remove_leftovers"):
            calls.append(caller)
            if len(calls) == 2:  # the clean-up's hold, right after the swap's
                raise KeyboardInterrupt
        with held():
            yield

    monkeypatch.setattr(outputs, "_signals_held", interrupted_once)
    with pytest.raises(KeyboardInterrupt):
        outputs.write_set(out, {"a.csv": "2\n"})
    assert (out / "a.csv").read_text() == "2\n"  # the swap was done: the new set is in place
    assert not outputs.staging_folders(out), "the previous set was left in a staging folder"
