"""Running the `reassure` command line from tests: in this process (fast), or in a real one.

Most CLI tests use ``run_cli``: it calls the same ``main()`` the `reassure` script calls, with
``sys.argv`` set and stdout/stderr captured by click's test isolation, so exit codes and the
one-line error messages are exactly what a user sees, without paying for a new interpreter,
imports and numba cache loads on every call. ``run_cli_process`` runs `python -m reassure` in a
subprocess for the few tests that need a real process: a fresh hash seed, forked workers started
from the CLI itself, or anything written straight to file descriptor 2 (a worker's traceback).

Both return a :class:`Result`; tests name commands and options only, never the modules behind
them, so they survive the code moving around.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

REPO = Path(__file__).resolve().parents[1]

# Property tests try the same examples on every run (derandomize), few enough to stay fast, and
# without a deadline (the machine may be busy; speed is measured in benchmarks/, not here).
# HYPOTHESIS_PROFILE=thorough searches far more, with fresh random examples.
settings.register_profile("reassure", derandomize=True, max_examples=40, deadline=None,
                          database=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=2000, deadline=None, database=None,
                          print_blob=True, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "reassure"))


@dataclass(frozen=True)
class Result:
    """What a command-line run produced."""

    exit_code: int
    stdout: str
    stderr: str

    @property
    def error_lines(self) -> list[str]:
        return self.stderr.strip().splitlines()


def _exit_code(code: object) -> int:
    """``SystemExit.code`` as the process status the shell would see."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    return 1  # sys.exit("message") prints the message and exits 1


def invoke(*args: str | os.PathLike[str], env: Mapping[str, str | None] | None = None) -> Result:
    """Run ``reassure ARGS`` in this process through the CLI's own ``main()``; ``env`` adds to
    (or, with None, removes from) the environment for the run."""
    from click.testing import CliRunner

    from reassure.cli import main

    argv = ["reassure", *map(str, args)]
    runner = CliRunner()
    old_argv, old_sigterm = sys.argv, signal.getsignal(signal.SIGTERM)
    # COLUMNS fixes rich's table width whatever terminal pytest runs in (80, as in a pipe).
    with runner.isolation(env={"COLUMNS": "80", **(env or {})}) as (out, err, _):
        sys.argv = argv
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = _exit_code(exc.code)
        finally:
            sys.argv = old_argv
            signal.signal(signal.SIGTERM, old_sigterm)  # main() installs its own handler
            sys.stdout.flush()
            sys.stderr.flush()
        return Result(code, out.getvalue().decode(), err.getvalue().decode("utf-8", "replace"))


def invoke_process(*args: str | os.PathLike[str], env: Mapping[str, str] | None = None,
                   timeout: float = 600) -> Result:
    """Run ``python -m reassure ARGS`` in a new process (this interpreter, this environment)."""
    proc = subprocess.run([sys.executable, "-m", "reassure", *map(str, args)], cwd=REPO,
                          capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "COLUMNS": "80", **(env or {})})
    return Result(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture(scope="session")
def run_cli() -> Callable[..., Result]:
    """``run_cli("force", "europe-2025", "--format", "json") -> Result``, in this process."""
    return invoke


@pytest.fixture(scope="session")
def run_cli_process() -> Callable[..., Result]:
    """``run_cli_process(*args) -> Result``: the same, in a real `python -m reassure` process."""
    return invoke_process
