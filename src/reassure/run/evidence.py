"""Reading reports into an evidence ledger for the command: every file that can be read, one
call per file that cannot, and a clear error when none can."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reassure.evidence import Ledger, Problem

__all__ = ["read_ledger"]


def read_ledger(paths: Sequence[str | Path], on_problem: Callable[[Problem], None],
                stance_check: bool | None = None,
                stance_check_threshold: float | None = None) -> Ledger:
    """The ledger of the reports at ``paths`` (files or folders). ``on_problem`` is called for
    each file that could not be read; `InputFileError` when no file at all could be.
    ``stance_check``, ``stance_check_threshold``: as `build_ledger` (None: the defaults)."""
    from reassure.errors import InputFileError
    from reassure.evidence import build_ledger
    from reassure.vocabulary import plural

    ledger = build_ledger(list(paths), stance_check=stance_check,
                          stance_check_threshold=stance_check_threshold)
    for problem in ledger.problems:
        on_problem(problem)
    if not ledger.reports:
        raise InputFileError(
            "no report could be read"
            + (f" ({plural(len(ledger.problems), 'problem')} above)" if ledger.problems else "")
        )
    return ledger
