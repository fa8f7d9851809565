"""`reassure scenarios`, `reassure validate`, `reassure show`: scenarios and their provenance."""

from __future__ import annotations

from typing import Annotated, Any

import typer

__all__ = ["provenance_text", "scenarios", "show", "validate"]

FormatOption = Annotated[str, typer.Option("--format", help="table or json")]


def scenarios(format: FormatOption = "table") -> None:
    """List the shipped scenarios."""
    from reassure.present.output import check_format, console, print_json
    from reassure.spec import list_scenarios, load_scenario

    check_format(format)
    rows: list[dict[str, Any]] = []
    for path in list_scenarios():
        s = load_scenario(path)
        rows.append(
            {
                "name": s.name,
                "title": s.title,
                "extends": s.extends,
                "target_troops": s.force.target_troops.text(),
                "us_backstop": s.us_backstop.any,
                "file": str(path),
            }
        )
    if format == "json":
        print_json(rows)
        return
    from rich.table import Table

    table = Table(title="Shipped scenarios", title_justify="left")
    for col in ("name", "target", "US backstop", "extends", "title"):
        table.add_column(col)
    for r in rows:
        table.add_row(
            str(r["name"]), str(r["target_troops"]), "yes" if r["us_backstop"] else "no",
            str(r["extends"] or ""), str(r["title"]),
        )
    console().print(table)


def validate(
    paths: Annotated[list[str], typer.Argument(help="scenario files or shipped names")],
    format: FormatOption = "table",
) -> None:
    """Check scenario files; exit 2 if any is invalid, with one line per problem."""
    import sys

    from reassure.errors import ReassureError
    from reassure.present.output import check_format, print_json
    from reassure.spec import load_scenario

    check_format(format)
    results: list[dict[str, Any]] = []
    for p in paths:
        try:
            s = load_scenario(p)
        except ReassureError as err:
            results.append({"path": p, "ok": False, "error": str(err)})
            continue
        results.append(
            {"path": p, "ok": True, "name": s.name, "parameters": len(s.parameters()),
             "sources": len(s.sources)}
        )
    if format == "json":
        print_json(results)
    else:
        for r in results:
            if r["ok"]:
                print(f"ok     {r['path']}  ({r['name']}: {r['parameters']} parameters, "
                      f"{r['sources']} sources)")
            else:
                print(f"error: {r['error']}", file=sys.stderr)
    if not all(r["ok"] for r in results):
        raise typer.Exit(2)


def show(
    scenario: Annotated[str, typer.Argument(help="shipped scenario name or TOML path")],
    format: FormatOption = "table",
) -> None:
    """Every parameter of a scenario with its value, unit and source or assumption."""
    from reassure.present.output import check_format, console, print_json
    from reassure.spec import load_scenario, scenario_summary

    check_format(format)
    s = load_scenario(scenario)
    summary = scenario_summary(s)
    if format == "json":
        print_json(summary)
        return
    from rich.table import Table

    out = console()
    out.print(f"[bold]{s.name}[/bold]: {s.title}")
    out.print(f"theatre {s.theatre} · seed {s.seed} · file {s.file}")
    table = Table(show_lines=False, title="Parameters", title_justify="left")
    table.add_column("parameter")
    table.add_column("value", justify="right")
    table.add_column("source / assumption", overflow="fold")
    for p in summary["parameters"]:
        table.add_row(p["path"], p["text"], provenance_text(p))
    out.print(table)
    items = Table(title="Sourced statements", title_justify="left")
    items.add_column("item")
    items.add_column("statement")
    items.add_column("source / assumption", overflow="fold")
    for row in summary["statements"]:
        items.add_row(row["path"], row["statement"], provenance_text(row))
    out.print(items)
    src = Table(title="Sources", title_justify="left")
    for col in ("id", "title", "outlet", "date", "where"):
        src.add_column(col, overflow="fold")
    for row in summary["sources"]:
        src.add_row(row["id"], row["title"], row["outlet"], str(row.get("date") or ""),
                    row.get("file") or row.get("url") or "")
    out.print(src)


def provenance_text(row: dict[str, Any]) -> str:
    """``source: a, b; assumption: why`` for one parameter row."""
    parts = []
    if row.get("source"):
        parts.append("source: " + ", ".join(row["source"]))
    if row.get("assumption"):
        parts.append("assumption: " + row["assumption"])
    return "; ".join(parts)
