"""`reassure ids`: the ids a scenario author needs — air bases, sites and nations of a theatre."""

from __future__ import annotations

from typing import Annotated, Any

import typer

__all__ = ["KINDS", "command", "theatre_ids"]

KINDS = ("bases", "sites", "nations")


def theatre_ids(name: str) -> dict[str, Any]:
    """Ids of a theatre (or of a scenario's theatre), with names and kinds."""
    from reassure.errors import ReassureError, did_you_mean
    from reassure.theatres import available_theatres, load_theatre

    theatres = available_theatres()
    if name not in theatres:
        from reassure.spec import list_scenarios, load_scenario

        scenarios = {p.stem for p in list_scenarios()}
        if name in scenarios:  # a scenario name: its theatre
            name = load_scenario(name).theatre
        else:
            raise ReassureError(
                f"{name}: no such theatre{did_you_mean(name, [*theatres, *scenarios])} "
                f"(theatres: {', '.join(theatres)}; a shipped scenario name works too)")
    t = load_theatre(name)
    return {
        "theatre": name,
        "bases": [{"id": b.id, "name": b.name, "country": b.country, "role": b.role} for b in t.airbases],
        "sites": [{"id": s.id, "name": s.name, "kind": s.kind, "status": s.status or ""} for s in t.sites],
        "nations": [{"id": n.iso3, "name": n.name, "region": n.region} for n in t.nations],
    }


def command(
    theatre: Annotated[str, typer.Argument(help="theatre (e.g. ukraine-2025) or a shipped scenario name")] = "ukraine-2025",
    kind: Annotated[str | None, typer.Argument(help="bases, sites or nations (default: all three)")] = None,
    format: Annotated[str, typer.Option("--format", help="table or json")] = "table",
) -> None:
    """List the ids a scenario can use: air bases, sites and nations."""
    from reassure.errors import ReassureError, did_you_mean
    from reassure.present.output import check_format, console, print_json

    format = check_format(format)
    if kind is not None and kind not in KINDS:
        raise ReassureError(f"{kind}: must be one of {', '.join(KINDS)}{did_you_mean(kind, KINDS)}")
    data = theatre_ids(theatre)
    kinds = (kind,) if kind else KINDS
    if format == "json":
        print_json({"theatre": data["theatre"], **{k: data[k] for k in kinds}})
        return
    from rich.table import Table

    out = console()
    for k in kinds:
        rows = data[k]
        table = Table(title=f"{k} of {data['theatre']} ({len(rows)})", title_justify="left")
        columns = list(rows[0]) if rows else ["id"]
        for c in columns:
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(*(str(r[c]) for c in columns))
        out.print(table)
