"""Rows and terminal tables of the scenario commands (`reassure scenarios`, `validate`, `show`)."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from reassure.present.defaults import quantity_text, reader_text, shipped_default_rows, written_text
from reassure.present.output import styled
from reassure.vocabulary import plural

__all__ = [
    "extends_line",
    "fits",
    "id_column",
    "load_plan",
    "print_scenarios",
    "print_show",
    "print_validation",
    "provenance_text",
    "scenario_rows",
    "shipped_default_rows",
    "validation_rows",
    "with_shipped_defaults",
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


def load_plan(name_or_path: str | Path) -> Any:
    """`reassure.spec.load_scenario` for a command: each of the plan's `extends_warnings` (a
    parent read from a file next to it that a shipped plan's name names: review s65 1) is
    printed on stderr, ``warning: FILE:LINE: extends = ...``, before any work."""
    from reassure.spec import load_scenario

    s = load_scenario(name_or_path)
    for warning in s.extends_warnings:
        print(f"warning: {warning}", file=sys.stderr)
    sys.stderr.flush()
    return s


def extends_line(s: Any) -> str | None:
    """The files a plan's `extends` chain was read from, as `show`'s header names them (review
    s65 1); None for a plan that extends nothing.

    >>> from types import SimpleNamespace as N
    >>> extends_line(N(extends="europe-2025", extends_files=(Path("/p/europe-2025.toml"),)))
    'extends europe-2025: /p/europe-2025.toml'
    >>> extends_line(N(extends="c", extends_files=(Path("/s/c.toml"), Path("/s/e.toml"))))
    'extends c: /s/c.toml, which extends /s/e.toml'
    """
    files = tuple(getattr(s, "extends_files", ()))
    if not files:
        return None
    return f"extends {s.extends}: " + ", which extends ".join(str(f) for f in files)


def id_column(table: Any, header: str, values: Iterable[str], **kw: Any) -> None:
    """An identifier column (a name, a parameter path, an id) that is never cut short: as wide
    as its longest value when the terminal allows, the other columns wrapping first, and
    folded onto a second line, never truncated, when it cannot fit at all."""
    width = max((len(v) for v in values), default=0)
    table.add_column(header, no_wrap=True, overflow="fold", min_width=max(width, len(header)), **kw)


def fits(out: Any, narrowest: Iterable[int]) -> bool:
    """Whether a boxed table whose columns can be no narrower than ``narrowest`` (characters)
    fits the console: rich crops a table that cannot, and a cropped column loses text."""
    widths = list(narrowest)
    return sum(widths) + 3 * len(widths) + 1 <= out.width  # a space each side, a rule between


def print_scenarios(rows: list[dict[str, Any]]) -> None:
    from rich.table import Table

    from reassure.present.output import console

    out = console()

    def longest(values: Iterable[Any]) -> int:
        return max((len(w) for v in values for w in str(v or "").split()), default=0)

    longest_target = longest(r["target_troops"] for r in rows)

    def table(with_title: bool) -> Table:
        t = Table(title="Shipped scenarios", title_justify="left")
        id_column(t, "name", (str(r["name"]) for r in rows))
        # The target wraps between its words, never inside a number.
        t.add_column("target", overflow="fold", min_width=longest_target)
        t.add_column("US backstop", overflow="fold", max_width=8)
        id_column(t, "extends", (str(r["extends"] or "") for r in rows))
        if with_title:
            t.add_column("title", overflow="fold")
        for r in rows:
            t.add_row(str(r["name"]), str(r["target_troops"]), "yes" if r["us_backstop"] else "no",
                      str(r["extends"] or ""), *((str(r["title"]),) if with_title else ()))
        return t

    narrowest = [longest(r["name"] for r in rows), longest_target, len("backstop"),
                 longest(r["extends"] for r in rows), longest(r["title"] for r in rows)]
    if fits(out, narrowest):
        out.print(table(with_title=True))
    else:
        # Too narrow for the titles beside whole names: the titles follow the table, one a scenario.
        out.print(table(with_title=False))
        for r in rows:
            out.print(styled("[bold]{}[/bold]: {}", r["name"], r["title"]))
    out.print(WRITE_YOUR_OWN, highlight=False, markup=False)


#: Review s53 6: the list said nothing of how to write a plan of one's own.
WRITE_YOUR_OWN = 'Write your own: extends = "europe-2025" + what differs (docs/scenario-format.md)'


def validation_rows(paths: Iterable[str]) -> list[dict[str, Any]]:
    """One row a scenario file: ``ok`` with its parameter and source counts, or the error."""
    from reassure.errors import ReassureError
    from reassure.spec import load_scenario

    results: list[dict[str, Any]] = []
    for p in paths:
        try:
            s = load_scenario(p)
        except ReassureError as err:
            problems = [str(e) for e in getattr(err, "problems", ())] or [str(err)]
            results.append({"path": p, "ok": False, "error": str(err), "problems": problems})
            continue
        needs = [str(e) for e in s.missing_model_fields]
        # review s65 1: a parent read from a copy named as a shipped plan, first
        warnings = [*s.extends_warnings, *s.load_warnings]
        if needs:  # readable, but `assess` would refuse it: every missing field at once
            results.append({"path": p, "ok": False, "error": needs[0], "problems": needs,
                            "warnings": warnings})
            continue
        results.append(
            {"path": p, "ok": True, "name": s.name, "parameters": len(s.parameters()),
             "sources": len(s.sources), "warnings": warnings}
        )
    return results


def print_validation(results: list[dict[str, Any]]) -> None:
    """``ok`` lines on stdout, one ``error:`` line a problem on stderr, then the file's
    ``warning:`` lines on stderr: each file's lines together, in the order of the files.

    stdout is flushed before each file's stderr lines (review s15b 5: piped, it is
    block-buffered, and every warning came out apart from its file's "ok" line)."""
    for r in results:
        if r["ok"]:
            print(f"ok     {r['path']}  ({r['name']}: {plural(r['parameters'], 'parameter')}, "
                  f"{plural(r['sources'], 'source')})")
        sys.stdout.flush()
        for problem in () if r["ok"] else r["problems"]:
            print(f"error: {problem}", file=sys.stderr)
        for warning in r.get("warnings", ()):
            print(f"warning: {warning}", file=sys.stderr)
        sys.stderr.flush()


def with_shipped_defaults(s: Any, summary: dict[str, Any]) -> dict[str, Any]:
    """``summary`` with ``shipped_defaults`` (:func:`shipped_default_rows`) and, among its
    sources, those the defaults cite, so every id a row names is listed; each source marked
    ``cited``: false for one the plan lists but no input cites (`reassure.present.report.
    uncited_sources`, the report's rule: `show` lists them apart, under the report's heading)."""
    from reassure.present.report import uncited_sources

    rows = shipped_default_rows(s)
    known = {row["id"] for row in summary["sources"]}
    tables = _default_sources()
    extra = [tables[i] for i in dict.fromkeys(i for r in rows for i in r["source"])
             if i not in known and i in tables]
    uncited = set(uncited_sources(s))
    sources = [{**row, "cited": row["id"] not in uncited} for row in [*summary["sources"], *extra]]
    return {**summary, "shipped_defaults": rows, "sources": sources}


def _split_sources(summary: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The sources an input cites, and those the plan lists that none cites (`with_shipped_defaults`)."""
    rows = summary["sources"]
    return [r for r in rows if r.get("cited", True)], [r for r in rows if not r.get("cited", True)]


def _default_sources() -> dict[str, dict[str, Any]]:
    """The shipped defaults' sources as `show` lists sources (id, title, outlet, date, url)."""
    from reassure.bridge.force import force_defaults

    return {i: {"id": i, "title": t.get("title", ""), "outlet": t.get("outlet", ""),
                "date": t.get("date"), "url": t.get("url"), "file": t.get("file")}
            for i, t in force_defaults()["sources"].items()}


def default_provenance_text(row: dict[str, Any]) -> str:
    """A shipped default's provenance, marked as one.

    >>> default_provenance_text({"shipped_default": "data/roles.toml", "source": ["emat-2024"],
    ...                          "assumption": None})
    'shipped default (data/roles.toml); source: emat-2024'
    """
    rest = provenance_text(row)
    if row.get("note") and not row.get("assumption"):  # the derivation, when no assumption says it
        rest += f"; note: {row['note']}"
    return f"shipped default ({row['shipped_default']})" + (f"; {rest}" if rest else "")


def print_show(s: Any, summary: dict[str, Any]) -> None:
    """Every parameter with its value and provenance, the sourced statements, the sources."""
    from rich.table import Table

    from reassure.present.output import console

    out = console()
    out.print(styled("[bold]{}[/bold]: {}", s.name, s.title))
    out.print(f"theatre {s.theatre} · seed {s.seed} · file {s.file}")
    parents = extends_line(s)
    if parents:  # review s65 1: the parent files actually read, which a copy can stand for
        out.print(parents)
    if out.width < SHOW_TABLE_WIDTH:
        _print_show_blocks(out, summary)
        return
    def parameters(title: str, rows: list[dict[str, Any]], provenance: Any) -> Any:
        table = Table(show_lines=False, title=title, title_justify="left")
        id_column(table, "parameter", (p["path"] for p in rows))
        table.add_column("value", justify="right", overflow="fold", ratio=1)
        table.add_column("source / assumption", overflow="fold", ratio=2)
        for p in rows:
            table.add_row(p["path"], quantity_text(p), provenance(p))
        return table

    out.print(parameters("Parameters", summary["parameters"], provenance_text))
    if summary.get("shipped_defaults"):
        out.print(parameters(_DEFAULTS_TITLE, summary["shipped_defaults"], default_provenance_text))
    items = Table(title="Sourced statements", title_justify="left")
    id_column(items, "item", (row["path"] for row in summary["statements"]))
    items.add_column("statement", overflow="fold", ratio=2)
    items.add_column("source / assumption", overflow="fold", ratio=2)
    for row in summary["statements"]:
        items.add_row(row["path"], row["statement"], provenance_text(row))
    out.print(items)
    if summary.get("us_flags"):
        flags = Table(title=_US_FLAGS_TITLE, title_justify="left")
        id_column(flags, "item", (row["path"] for row in summary["us_flags"]))
        flags.add_column("flag", overflow="fold")
        for row in summary["us_flags"]:
            flags.add_row(row["path"], us_flag_text(row))
        out.print(flags)
    from reassure.present.report import UNCITED_HEADING, UNCITED_NOTE

    def sources(title: str, rows: list[dict[str, Any]], caption: str | None = None) -> Any:
        src = Table(title=title, title_justify="left", caption=caption, caption_justify="left")
        id_column(src, "id", (row["id"] for row in rows))
        for col, ratio in (("title", 3), ("outlet", 1), ("date", 1), ("where", 2)):
            src.add_column(col, overflow="fold", ratio=ratio)
        for row in rows:
            # the public address first: a reader of a fresh clone can open it (review s11)
            src.add_row(row["id"], row["title"], row["outlet"], str(row.get("date") or ""),
                        row.get("url") or row.get("file") or "")
        return src

    cited, uncited = _split_sources(summary)
    out.print(sources("Sources", cited))
    if uncited:  # apart, as the report lists them (review: `show` mixed them with the cited ones)
        out.print(sources(UNCITED_HEADING, uncited, UNCITED_NOTE))


#: Review s53 2: whose an air base's fighters (a fleet, an airlift type) are moves the results
#: without the US backstop, and `show` never said it.
_US_FLAGS_TITLE = "US assets (an item with the flag true is left out without the US backstop)"


def us_flag_text(row: dict[str, Any]) -> str:
    """``us = true (US asset)`` for one row of a summary's ``us_flags``.

    >>> us_flag_text({"path": "air.bases[LRCK]", "flag": "us", "value": False})
    'us = false (not a US asset)'
    """
    return f"{row['flag']} = {'true (US asset)' if row['value'] else 'false (not a US asset)'}"


_DEFAULTS_TITLE = "Shipped defaults (the scenario does not set these; the model uses them)"

# Below this width the parameter table's path column (up to ~45 characters) leaves the value and
# source columns a few characters each; print blocks instead.
SHOW_TABLE_WIDTH = 120


def _print_show_blocks(out: Any, summary: dict[str, Any]) -> None:
    """A narrow terminal: each parameter as a block, its path and value on one line (the path
    whole, never cut), its source or assumption indented below; then statements and sources."""
    from rich.padding import Padding
    from rich.text import Text

    def block(head: str, body: str) -> None:
        out.print(Text(head, style="bold"), soft_wrap=True)  # an identifier: never cut or folded
        if body:
            out.print(Padding(Text(body), (0, 0, 0, 4), expand=False), highlight=False)

    out.print(Text("Parameters", style="bold underline"))
    # review s33: the head is the value as a reader writes it (60%), so it stays on one line;
    # the value as written (0.6 probability in the file) opens the indented body
    def body(p: dict[str, Any], provenance: str) -> str:
        return "; ".join(part for part in (written_text(p), provenance) if part)

    for p in summary["parameters"]:
        block(f"{p['path']} = {reader_text(p)}", body(p, provenance_text(p)))
    if summary.get("shipped_defaults"):
        out.print(Text(_DEFAULTS_TITLE, style="bold underline"))
        for p in summary["shipped_defaults"]:
            block(f"{p['path']} = {reader_text(p)}", body(p, default_provenance_text(p)))
    out.print(Text("Sourced statements", style="bold underline"))
    for row in summary["statements"]:
        block(row["path"], f"{row['statement']} ({provenance_text(row)})")
    if summary.get("us_flags"):
        out.print(Text(_US_FLAGS_TITLE, style="bold underline"))
        for row in summary["us_flags"]:
            block(f"{row['path']}: {us_flag_text(row)}", "")
    from reassure.present.report import UNCITED_HEADING, UNCITED_NOTE

    cited, uncited = _split_sources(summary)
    for title, rows in (("Sources", cited), (UNCITED_HEADING, uncited)):
        if not rows and title != "Sources":
            continue
        out.print(Text(title, style="bold underline"))
        if title != "Sources":
            out.print(Text(UNCITED_NOTE), soft_wrap=False)
        for row in rows:
            where = row.get("url") or row.get("file") or ""
            date = f", {row['date']}" if row.get("date") else ""
            block(row["id"], f"{row['title']} ({row['outlet']}{date}) {where}".strip())


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
