"""`reassure force SCENARIO`: who provides the force, can it be kept up, and what it costs.

Runs the force capability (`reassure.run.capabilities.Force`: bridge, model, with and without
the US backstop) and prints a table or JSON. Heavy imports happen inside the functions, so
`reassure --help` stays fast.
"""

from __future__ import annotations

from typing import Annotated

import typer

__all__ = ["command"]


def command(
    scenario: Annotated[str, typer.Argument(help="scenario name (e.g. europe-2025) or file")],
    format: Annotated[str, typer.Option("--format", help="table or json")] = "table",
) -> None:
    """Who provides the force, whether it can be kept up, and what it costs (with/without US)."""
    from reassure.present.output import check_format, print_json
    from reassure.present.scenarios import load_plan
    from reassure.present.tables import print_force
    from reassure.run.pipeline import run_capability

    check_format(format)
    plan = load_plan(scenario)
    report = run_capability("force", plan).to_dict()
    from reassure.run.section_force import costed_elsewhere

    for side in (report, report.get("without_us") or {}):  # the [costs] items named (review 20 #4)
        if isinstance(side, dict) and "notes" in side:
            side["notes"] = [costed_elsewhere(n, plan) for n in side["notes"]]
    if format == "json":
        print_json(report)
    else:
        from reassure.present.story import reader_names

        print_force(report, reader_names(plan))
