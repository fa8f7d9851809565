"""Ctrl-C while the command line is still importing (session 26).

Python's default handler raises KeyboardInterrupt wherever the interpreter stands; inside an
import that prints a traceback, or, inside importlib's lock clean-up, "Exception ignored in ...".
Nothing is written before `reassure.cli.main()` starts, so until then a Ctrl-C stops the process
at once with the usual word and status; `main()` restores the default handler.
"""

from __future__ import annotations

# the C module itself: `signal` imports `enum`, and every millisecond before the handler is set
# is one where a Ctrl-C still prints a traceback
import _signal as signal
import os
import sys

__all__ = ["ctrl_c_after_imports", "deliver_swallowed_ctrl_c", "hold_ctrl_c_if_launched",
           "hold_ctrl_c_while_starting", "interrupted_while_starting", "launched_as_command",
           "restore_ctrl_c"]

# what `python -m` may name to start the command line (reassure/__main__.py, reassure/cli.py)
_COMMAND_MODULES = frozenset({"reassure", "reassure.cli"})
_OPTIONS_WITH_VALUE = frozenset({"-W", "-X", "--check-hash-based-pycs"})  # `python -X dev -m ...`


def interrupted_while_starting(signum: int, frame: object) -> None:
    sys.stderr.write("interrupted\n")
    os._exit(130)


def hold_ctrl_c_while_starting() -> None:
    """Answer Ctrl-C with `interrupted_while_starting`, unless SIGINT is ignored (a background
    job) or already handled by someone else."""
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, interrupted_while_starting)


def launched_as_command(orig_argv: list[str] | None = None, argv0: str | None = None) -> bool:
    """Whether this process was started as the command line (`reassure ...`, `python -m
    reassure[.cli] ...`), not by a program that imports reassure as a library. `python -m X`
    imports X's package first, before any line of X runs: the package must know (s28, CI)."""
    orig = list(sys.orig_argv if orig_argv is None else orig_argv)
    argv0 = (sys.argv[0] if sys.argv else "") if argv0 is None else argv0
    if os.path.basename(argv0) == "reassure":
        return True
    i = 1
    while i < len(orig) - 1:
        arg = orig[i]
        if arg == "-m":
            return orig[i + 1] in _COMMAND_MODULES
        if arg in ("-c", "-") or not arg.startswith("-"):
            return False  # a script, `-c` or stdin comes first: not the command line
        i += 2 if arg in _OPTIONS_WITH_VALUE else 1
    return False


def hold_ctrl_c_if_launched() -> None:
    """`hold_ctrl_c_while_starting` when the process is the command line; a library user's
    Ctrl-C is left alone."""
    if launched_as_command():
        hold_ctrl_c_while_starting()


def restore_ctrl_c() -> None:
    """The imports are done: Ctrl-C unwinds again (KeyboardInterrupt)."""
    if signal.getsignal(signal.SIGINT) is interrupted_while_starting:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def _inside_import(frame: object) -> bool:
    """Whether Python is running a module's import code (importlib's frames on the stack)."""
    f = frame
    while f is not None:
        if f.f_code.co_filename.startswith("<frozen importlib"):  # type: ignore[attr-defined]
            return True
        f = f.f_back  # type: ignore[attr-defined]
    return False


def ctrl_c_after_imports(signum: int, frame: object) -> None:
    """(s30) SIGINT from `main()` on: KeyboardInterrupt, as Python's own handler raises it,
    unless it lands while a lazily imported module runs its import code. There pydantic-core
    turns it into a "SchemaError: ... KeyboardInterrupt" message and numba's extension prints a
    traceback before failing to import (CI under load, session 30): the signal is sent again a
    moment later, once the import is done, and unwinds from there."""
    if _inside_import(frame):
        import threading

        later = threading.Timer(REDELIVER_AFTER_S, os.kill, (os.getpid(), signal.SIGINT))
        later.daemon = True
        later.start()
        return
    raise KeyboardInterrupt


REDELIVER_AFTER_S = 0.05


def _redeliver(unraisable: object) -> None:
    """`sys.unraisablehook`: a KeyboardInterrupt raised inside a callback Python cannot
    propagate from (a weakref callback such as importlib's module-lock clean-up, a `__del__`)
    is printed as "Exception ignored in ..." and lost, and the run goes on as if no Ctrl-C came
    (CI, session 28: a 200,000-run assess went on for a minute). The signal is sent again a
    moment later, so that it lands outside the callback (should it land in one again, it comes
    back here); anything else goes to Python's own hook."""
    if isinstance(getattr(unraisable, "exc_value", None), KeyboardInterrupt):
        import threading

        # from another thread, a moment later: raised here, it would be swallowed again
        later = threading.Timer(REDELIVER_AFTER_S, os.kill, (os.getpid(), signal.SIGINT))
        later.daemon = True
        later.start()
        return
    sys.__unraisablehook__(unraisable)  # type: ignore[arg-type]


def deliver_swallowed_ctrl_c() -> None:
    """From `main()` on: a Ctrl-C swallowed by a callback is delivered again (`_redeliver`)."""
    sys.unraisablehook = _redeliver
