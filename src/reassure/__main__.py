"""`python -m reassure`: the same command line as the `reassure` script."""

import os
import signal
import sys


def _interrupted_while_starting(signum: int, frame: object) -> None:
    """Ctrl-C before the command line is imported: nothing is written yet (as in `cli`)."""
    sys.stderr.write("interrupted\n")
    os._exit(130)


if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
    signal.signal(signal.SIGINT, _interrupted_while_starting)

from reassure.cli import _interrupted_while_starting as _cli_handler  # noqa: E402
from reassure.cli import run  # noqa: E402

if signal.getsignal(signal.SIGINT) is _interrupted_while_starting:
    signal.signal(signal.SIGINT, _cli_handler)  # `main()` restores Ctrl-C once it starts
run()
