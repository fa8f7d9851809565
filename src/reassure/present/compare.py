"""Plans side by side (`reassure compare`): rows of verdicts and figures, each plan as planned
and without the US backstop, cells that differ from the first plan flagged."""

from __future__ import annotations

from typing import Any

__all__ = ["compare_csv", "compare_html", "comparison_rows", "plan_folders", "print_comparison"]


def plan_folders(names: list[str]) -> list[str]:
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
    """One row per verdict or figure: its label, its value in each plan (US backstop as planned)
    and without the US."""
    seen: dict[str, dict[str, Any]] = {}
    for i, a in enumerate(assessments):
        for v in a.verdicts:
            key = f"verdict:{v.question}"
            row = seen.setdefault(key, {"key": key, "label": v.question, "kind": "verdict",
                                        "unit": "", "digits": 0, "values": [None] * len(assessments),
                                        "without_us": [None] * len(assessments)})
            row["values"][i] = v.with_us if a.scenario.us_backstop.any else v.without_us
            row["without_us"][i] = v.without_us
        for s in a.sections:
            for f in s.figures:
                key = f"{s.name}.{f.key}"
                row = seen.setdefault(key, {"key": key, "label": f.label, "kind": "figure",
                                            "unit": f.unit, "digits": f.digits,
                                            "values": [None] * len(assessments),
                                            "without_us": [None] * len(assessments)})
                row["values"][i] = f.with_us if a.scenario.us_backstop.any else f.without_us
                row["without_us"][i] = f.without_us
    rows = list(seen.values())
    for row in rows:
        first = row["values"][0]
        row["differs"] = [v != first for v in row["values"]]
        row["differs_without_us"] = [v != row["without_us"][0] for v in row["without_us"]]
    return rows


def compare_csv(plans: list[str], rows: list[dict[str, Any]]) -> str:
    """`compare.csv`: one row per verdict or figure, one column per plan (as planned)."""
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["key", "label", *plans])
    for r in rows:
        w.writerow([r["key"], r["label"], *r["values"]])
    return buf.getvalue()


def compare_html(plans: list[str], folders: list[str], rows: list[dict[str, Any]]) -> str:
    """`compare.html`: each plan as planned and without the US, linking to its own report."""
    import html

    from reassure.present.report import value_text

    head = "".join(f'<th colspan="2"><a href="{html.escape(f)}/report.html">{html.escape(p)}</a></th>'
                   for p, f in zip(plans, folders, strict=True))
    head += "</tr><tr><th></th>" + "<th>as planned</th><th>without US</th>" * len(plans)
    body = "".join(
        "<tr><td>" + html.escape(r["label"]) + "</td>" + "".join(
            f'<td class="{"diff" if d else ""}">{html.escape(value_text(v, r["unit"], r["digits"]))}</td>'
            f'<td class="{"diff" if dn else ""}">{html.escape(value_text(vn, r["unit"], r["digits"]))}</td>'
            for v, d, vn, dn in zip(r["values"], r["differs"], r["without_us"], r["differs_without_us"],
                                    strict=True)
        ) + "</tr>"
        for r in rows
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>reassure — comparison</title>'
        "<style>body{font:14px sans-serif;margin:24px}td,th{border-bottom:1px solid #ddd;padding:4px 8px}"
        "td.diff{background:#fff1c2;font-weight:bold}</style></head><body>"
        "<h1>Plans compared</h1><p>Each plan with its US backstop as planned, and without it; cells that differ from "
        "the first plan are highlighted. Every figure is footnoted to its sources and assumptions "
        "in the plan's own report (follow the column heading).</p>"
        f"<table><tr><th>question / figure</th>{head}</tr>{body}</table></body></html>"
    )


def print_comparison(plans: list[str], rows: list[dict[str, Any]], runs: int) -> None:
    """The terminal table: each plan as planned and without the US, changed cells in bold."""
    from rich.table import Table

    from reassure.present.output import console
    from reassure.present.report import value_text
    from reassure.vocabulary import plural

    table = Table(title=f"Plans compared, {plural(runs, 'run')} each (as planned and without the US; changed cells in bold)",
                  title_justify="left")
    table.add_column("question / figure", overflow="fold")
    for p in plans:
        table.add_column(p, justify="right")
        table.add_column(f"{p} without US", justify="right")

    def cell(v: Any, d: bool, r: dict[str, Any]) -> str:
        text = value_text(v, r["unit"], r["digits"])
        return f"[bold yellow]{text}[/bold yellow]" if d else text

    for r in rows:
        cells = [c for v, d, vn, dn in zip(r["values"], r["differs"], r["without_us"], r["differs_without_us"],
                                           strict=True)
                 for c in (cell(v, d, r), cell(vn, dn, r))]
        table.add_row(r["label"], *cells)
    console().print(table)
