"""`reassure scenarios`, `reassure validate`, `reassure show`: scenarios and their provenance."""

from __future__ import annotations

from typing import Annotated

import typer

__all__ = ["scenarios", "show", "validate"]

FormatOption = Annotated[str, typer.Option("--format", help="table or json")]


def scenarios(format: FormatOption = "table") -> None:
    """List the shipped scenarios."""
    from reassure.present.output import check_format, print_json
    from reassure.present.scenarios import print_scenarios, scenario_rows
    from reassure.spec import list_scenarios

    check_format(format)
    rows = scenario_rows(list_scenarios())
    if format == "json":
        print_json(rows)
    else:
        print_scenarios(rows)


def validate(
    paths: Annotated[list[str], typer.Argument(help="scenario files or shipped names")],
    format: FormatOption = "table",
) -> None:
    """Check scenario files; exit 2 if any is invalid, with one line per problem."""
    from reassure.present.output import check_format, print_json
    from reassure.present.scenarios import print_validation, validation_rows

    check_format(format)
    results = validation_rows(paths)
    if format == "json":
        print_json(results)
    else:
        print_validation(results)
    if not all(r["ok"] for r in results):
        raise typer.Exit(2)


def show(
    scenario: Annotated[str, typer.Argument(help="shipped scenario name or TOML path")],
    format: FormatOption = "table",
) -> None:
    """Every parameter of a scenario with its value, unit and source or assumption, then the
    shipped defaults it falls back on."""
    from reassure.present.output import check_format, print_json
    from reassure.present.scenarios import load_plan, print_show, with_shipped_defaults
    from reassure.spec import scenario_summary

    check_format(format)
    s = load_plan(scenario)
    summary = with_shipped_defaults(s, scenario_summary(s))
    if format == "json":
        print_json(summary)
    else:
        print_show(s, summary)
