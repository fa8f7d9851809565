"""`reassure evidence PATH...`: reports -> a ledger of quantified claims and national stances.

Reads the reports (`reassure.run.evidence`) and prints the ledger (`reassure.present.evidence`).
Heavy modules (spaCy, datasketch, trafilatura) are imported inside the function, so that
`reassure --help` stays light. A file that cannot be read gets one line on stderr and the others
go on; if no file at all can be read the command fails with `InputFileError`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["command"]


def command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="report files (text or HTML) or folders", show_default=False),
    ] = None,
    format: Annotated[str, typer.Option("--format", help="table, json or csv")] = "table",
    scenario_sources: Annotated[
        bool,
        typer.Option("--scenario-sources",
                     help="print [[sources]] entries and suggested parameters (TOML) instead "
                          "(not with --format json or csv)"),
    ] = False,
    stance_check: Annotated[
        bool,
        typer.Option("--stance-check/--no-stance-check",
                     help="withhold the stances the stance check doubts (shown in a table of "
                          "their own); --no-stance-check shows the rules' stances alone"),
    ] = True,
    stance_check_threshold: Annotated[
        float | None,
        typer.Option("--stance-check-threshold", min=0.0, max=1.0,
                     help="withhold stances the check scores below this (0-1; default: the "
                          "shipped 0.5). Lower keeps more stances, right and wrong; higher "
                          "keeps fewer, hardly surer. The figures under the tables were "
                          "measured at the default only (docs/evidence.md §11)"),
    ] = None,
) -> None:
    """Read reports into a ledger of quoted claims and stances: corroborated, single source or in
    conflict, and pledges by stage."""
    import sys

    from reassure.errors import InputFileError
    from reassure.present.evidence import EVIDENCE_FORMATS, print_evidence, print_skipped
    from reassure.present.output import check_format
    from reassure.run.evidence import read_ledger

    if not paths:  # one line saying what to pass, not click's "Missing argument 'PATHS'"
        raise InputFileError(
            "no reports given: give report files or folders, e.g. `reassure evidence "
            "tests/evidence/corpus/samples" + (" --scenario-sources" if scenario_sources else "")
            + "`"
        )
    format = check_format(format, EVIDENCE_FORMATS)
    if scenario_sources and format != "table":  # s32: it printed TOML for --format json
        raise InputFileError(
            f"--scenario-sources prints TOML for a scenario and takes no --format {format}: "
            f"drop --scenario-sources for the whole ledger as {format}, or drop --format")
    if stance_check_threshold is not None and not stance_check:
        raise InputFileError("--stance-check-threshold needs the stance check: drop "
                             "--no-stance-check, or drop the threshold")
    ledger = read_ledger(paths, on_problem=print_skipped, stance_check=stance_check,
                         stance_check_threshold=stance_check_threshold)
    if scenario_sources:
        sys.stdout.write(ledger.scenario_sources())
    else:
        print_evidence(ledger, format)
