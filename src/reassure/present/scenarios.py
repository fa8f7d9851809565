"""Rows and terminal tables of the scenario commands (`reassure scenarios`, `validate`, `show`)."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

__all__ = [
    "print_scenarios",
    "print_show",
    "print_validation",
    "provenance_text",
    "scenario_rows",
    "validation_rows",
]


def scenario_rows(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """One row a scenario: name, title, parent, target troops, US backstop, file."""
    from reassure.spec import load_scenario

    rows: list[dict[str, Any]] = []
    for path in paths:
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
    return rows


def print_scenarios(rows: list[dict[str, Any]]) -> None:
    from rich.table import Table

    from reassure.present.output import console

    table = Table(title="Shipped scenarios", title_justify="left")
    for col in ("name", "target", "US backstop", "extends", "title"):
        table.add_column(col)
    for r in rows:
        table.add_row(
            str(r["name"]), str(r["target_troops"]), "yes" if r["us_backstop"] else "no",
            str(r["extends"] or ""), str(r["title"]),
        )
    console().print(table)


def validation_rows(paths: Iterable[str]) -> list[dict[str, Any]]:
    """One row a scenario file: ``ok`` with its parameter and source counts, or the error."""
    from reassure.errors import ReassureError
    from reassure.spec import load_scenario

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
    return results


def print_validation(results: list[dict[str, Any]]) -> None:
    """``ok`` lines on stdout, one ``error:`` line a problem on stderr."""
    for r in results:
        if r["ok"]:
            print(f"ok     {r['path']}  ({r['name']}: {r['parameters']} parameters, "
                  f"{r['sources']} sources)")
        else:
            print(f"error: {r['error']}", file=sys.stderr)


def print_show(s: Any, summary: dict[str, Any]) -> None:
    """Every parameter with its value and provenance, the sourced statements, the sources."""
    from rich.table import Table

    from reassure.present.output import console

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
    """``source: a, b; assumption: why`` for one parameter row.

    >>> provenance_text({"source": ["iiss-2025"], "assumption": "planning figure"})
    'source: iiss-2025; assumption: planning figure'
    """
    parts = []
    if row.get("source"):
        parts.append("source: " + ", ".join(row["source"]))
    if row.get("assumption"):
        parts.append("assumption: " + row["assumption"])
    return "; ".join(parts)
