"""Ctrl-C while the command line is still importing (session 26).

Python's default handler raises KeyboardInterrupt wherever the interpreter stands; inside an
import that prints a traceback, or, inside importlib's lock clean-up, "Exception ignored in ...".
Nothing is written before `reassure.cli.main()` starts, so until then a Ctrl-C stops the process
at once with the usual word and status; `main()` restores the default handler.
"""

from __future__ import annotations

import os
import signal
import sys

__all__ = ["hold_ctrl_c_while_starting", "interrupted_while_starting", "restore_ctrl_c"]


def interrupted_while_starting(signum: int, frame: object) -> None:
    sys.stderr.write("interrupted\n")
    os._exit(130)


def hold_ctrl_c_while_starting() -> None:
    """Answer Ctrl-C with `interrupted_while_starting`, unless SIGINT is ignored (a background
    job) or already handled by someone else."""
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, interrupted_while_starting)


def restore_ctrl_c() -> None:
    """The imports are done: Ctrl-C unwinds again (KeyboardInterrupt)."""
    if signal.getsignal(signal.SIGINT) is interrupted_while_starting:
        signal.signal(signal.SIGINT, signal.default_int_handler)
