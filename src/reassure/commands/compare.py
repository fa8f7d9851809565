"""`reassure compare`: plans side by side — verdicts and key figures, differences highlighted."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

__all__ = ["DEFAULT_COMPARISON", "compare", "comparison_rows"]

DEFAULT_COMPARISON = (
    "europe-2025", "ukraine-request", "iiss-small", "iiss-medium", "iiss-large", "no-us-backstop",
    "coalition-2025-09", "mnf-u-2026",
)


def _folders(names: list[str]) -> list[str]:
    """A safe, distinct folder name per plan (a scenario name is not trusted as a path)."""
    import re

    out: list[str] = []
    for name in names:
        slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip(".-") or "plan"
        candidate, k = slug, 2
        while candidate in out:
            candidate, k = f"{slug}-{k}", k + 1
        out.append(candidate)
    return out


def comparison_rows(assessments: list[Any]) -> list[dict[str, Any]]:
    """One row per verdict or figure: its label, and its value in each plan (US backstop as planned)."""
    rows: list[dict[str, Any]] = []
    seen: dict[str, dict[str, Any]] = {}
    for i, a in enumerate(assessments):
        for v in a.verdicts:
            key = f"verdict:{v.question}"
            row = seen.setdefault(key, {"key": key, "label": v.question, "kind": "verdict",
                                        "unit": "", "digits": 0, "values": [None] * len(assessments)})
            row["values"][i] = v.with_us if a.scenario.us_backstop.any else v.without_us
        for s in a.sections:
            for f in s.figures:
                key = f"{s.name}.{f.key}"
                row = seen.setdefault(key, {"key": key, "label": f.label, "kind": "figure",
                                            "unit": f.unit, "digits": f.digits,
                                            "values": [None] * len(assessments)})
                row["values"][i] = f.with_us if a.scenario.us_backstop.any else f.without_us
    rows = list(seen.values())
    for row in rows:
        first = row["values"][0]
        row["differs"] = [v != first for v in row["values"]]
    return rows


def compare(
    scenarios: Annotated[list[str] | None, typer.Argument(help="scenario names or TOML paths")] = None,
    runs: Annotated[int, typer.Option("--runs", min=1, help="Monte Carlo replications per plan")] = 100,
    out: Annotated[Path | None, typer.Option("--out", help="write compare.html/json/csv and each plan's report here")] = None,
    format: Annotated[str, typer.Option("--format", help="table or json")] = "table",
) -> None:
    """Compare plans side by side (default: the shipped plans)."""
    import csv
    import html
    import io
    import json

    from reassure.present.files import atomic_write, write_outputs
    from reassure.present.output import check_format, console, print_json, to_jsonable
    from reassure.present.report import value_text
    from reassure.run.assess import Settings, assess
    from reassure.spec import load_scenario

    check_format(format)
    names = list(scenarios or DEFAULT_COMPARISON)
    loaded = [load_scenario(n) for n in names]  # every file checked before any work starts
    if out is not None:
        from reassure.present.files import check_out_dir

        check_out_dir(out)
    folders = _folders([s.name for s in loaded])
    assessments = []
    err = console(stderr=True)
    with err.status("comparing") as status:
        for s, folder in zip(loaded, folders, strict=True):
            status.update(f"assessing {s.name}")
            a = assess(s, Settings(runs=runs, sensitivity=False))
            assessments.append(a)
            if out is not None:
                write_outputs(a, Path(out) / folder)
    rows = comparison_rows(assessments)
    plans = [a.scenario.name for a in assessments]
    payload = {"schema_version": 1, "plans": plans, "runs": runs, "rows": rows}
    if out is not None:
        out = Path(out)
        atomic_write(out / "compare.json", json.dumps(to_jsonable(payload), indent=2))
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["key", "label", *plans])
        for r in rows:
            w.writerow([r["key"], r["label"], *r["values"]])
        atomic_write(out / "compare.csv", buf.getvalue())
        head = "".join(f'<th><a href="{html.escape(f)}/report.html">{html.escape(p)}</a></th>'
                       for p, f in zip(plans, folders, strict=True))
        body = "".join(
            "<tr><td>" + html.escape(r["label"]) + "</td>" + "".join(
                f'<td class="{"diff" if d else ""}">{html.escape(value_text(v, r["unit"], r["digits"]))}</td>'
                for v, d in zip(r["values"], r["differs"], strict=True)
            ) + "</tr>"
            for r in rows
        )
        page = (
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>reassure — comparison</title>'
            "<style>body{font:14px sans-serif;margin:24px}td,th{border-bottom:1px solid #ddd;padding:4px 8px}"
            "td.diff{background:#fff1c2;font-weight:bold}</style></head><body>"
            "<h1>Plans compared</h1><p>Each plan with its US backstop as planned; cells that differ from "
            "the first plan are highlighted. Every figure is footnoted to its sources and assumptions "
            "in the plan's own report (follow the column heading).</p>"
            f"<table><tr><th>question / figure</th>{head}</tr>{body}</table></body></html>"
        )
        atomic_write(out / "compare.html", page)
    if format == "json":
        print_json(payload)
        return
    from rich.table import Table

    table = Table(title="Plans compared (US backstop as planned; changed cells in bold)", title_justify="left")
    table.add_column("question / figure", overflow="fold")
    for p in plans:
        table.add_column(p, justify="right")
    for r in rows:
        cells = [
            f"[bold yellow]{value_text(v, r['unit'], r['digits'])}[/bold yellow]" if d
            else value_text(v, r["unit"], r["digits"])
            for v, d in zip(r["values"], r["differs"], strict=True)
        ]
        table.add_row(r["label"], *cells)
    console().print(table)
    if out is not None:
        console().print(f"Comparison: {Path(out) / 'compare.html'}")
