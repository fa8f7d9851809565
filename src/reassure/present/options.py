"""Command-line options several commands share: one range, one default and one wording each.

Review s44 4: ``--workers`` took 1 or 2 (default 2) in `assess`, 1 to 64 (default 1, no range
in its help) in `incidents` and 1 to 64 (default 2) in `explore run`. It now takes 1 to 64,
default 2 (1 on a one-core machine), in every command, and each command's help says what it
uses them for. The numbers never depend on it (every replication, evaluation and capability is
seeded on its own).

Kept free of imports but `os`: `reassure --help` reads it while registering the commands.
"""

from __future__ import annotations

import os

__all__ = ["DEFAULT_WORKERS", "MAX_RUNS", "MAX_WORKERS", "MIN_RUNS", "MIN_WORKERS", "check_runs", "runs_help",
           "workers_help"]

#: The range of ``--workers`` in every command (as `run.capabilities.Incidents` bounds it).
MIN_WORKERS, MAX_WORKERS = 1, 64

#: The range of ``--runs`` (incident replications) in every command, as the run layer bounds it
#: (`run.assess.Settings`, `run.capabilities.Incidents`); s53: help showed "x>=1" only.
MIN_RUNS, MAX_RUNS = 1, 1_000_000


def runs_help(what: str) -> str:
    """The help of ``--runs``, with its range (checked by `check_runs`, whose error is one line:
    typer's own range check prints a four-line usage block).

    >>> runs_help("Monte Carlo replications")
    'Monte Carlo replications; 1 to 1,000,000'
    """
    return f"{what}; {MIN_RUNS} to {MAX_RUNS:,}"


def check_runs(runs: int) -> None:
    """``--runs`` outside its range: one line naming the option, before the plan is loaded."""
    if not MIN_RUNS <= runs <= MAX_RUNS:
        from reassure.errors import ReassureError

        raise ReassureError(f"--runs must lie between {MIN_RUNS} and {MAX_RUNS:,} (got {runs})")


def _cores() -> int:
    """The cores this process may run on (its affinity where the system has one)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # no affinity (macOS, Windows)
        return os.cpu_count() or 1


#: Its default in every command: 2 (docs/explore.md, the two cores the tool is measured on), or
#: 1 on a machine with one core, where a second process only adds its start-up.
DEFAULT_WORKERS = min(2, _cores())


def workers_help(what: str) -> str:
    """The help of ``--workers``: ``what`` the command runs in them, then the promise every
    command makes (typer adds the range and the default).

    >>> workers_help("the incident replications")
    'worker processes for the incident replications; the numbers do not depend on it'
    """
    return f"worker processes for {what}; the numbers do not depend on it"
