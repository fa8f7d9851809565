"""`reassure posture SCENARIO`: garrisons, protected sites, response times and build-up.

Runs the posture and response capabilities (`reassure.run.capabilities`) and prints a table or
JSON (`reassure.run.capabilities.posture_report`).
"""

from __future__ import annotations

from typing import Annotated

import typer

__all__ = ["command"]

FormatOption = Annotated[str, typer.Option("--format", help="table or json")]


def command(
    scenario: Annotated[str, typer.Argument(help="shipped scenario name or TOML path")],
    format: FormatOption = "table",
) -> None:
    """Garrisons that best protect the sites beyond the standoff, response times, build-up."""
    from reassure.present.output import check_format, print_json
    from reassure.present.scenarios import load_plan
    from reassure.present.tables import print_posture
    from reassure.run.capabilities import posture_report, registry
    from reassure.run.pipeline import run_capabilities

    check_format(format)
    done = run_capabilities(load_plan(scenario), registry(detail="sites"), ["response"])
    report = posture_report(done["posture"], done["response"])
    if format == "json":
        print_json(report)
        return
    print_posture(report)
