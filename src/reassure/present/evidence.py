"""The evidence ledger for a reader: its tables (quoted words, source, outlet and date), CSV
rows (one per claim or stance) and JSON. Pure formatting: the ledger comes built
(`reassure.run.evidence.read_ledger`); rich is imported inside the functions."""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["CSV_COLUMNS", "EVIDENCE_FORMATS", "evidence_rows", "print_evidence", "print_skipped"]

EVIDENCE_FORMATS = ("table", "json", "csv")
CSV_COLUMNS = (
    "id", "kind", "report", "story", "subject", "nation", "actor", "stance", "condition", "group",
    "unit", "low", "high", "qualifier", "text", "status", "independent_sources", "said_by",
    "source", "outlet", "date", "start", "end", "sentence",
)
QUOTE_CHARS = 160  # the quoted words shown in the tables (the full sentence is in JSON/CSV)


def print_skipped(problem: Any) -> None:
    """One ``skipped FILE: why`` line on stderr for a report that could not be read."""
    print(f"skipped {problem}", file=sys.stderr)


def print_evidence(ledger: Any, format: str) -> None:
    """The ledger as tables, JSON or CSV on stdout."""
    if format == "json":
        from reassure.present.output import print_json

        print_json(ledger.to_dict())
    elif format == "csv":
        _print_csv(ledger)
    else:
        _print_tables(ledger)


def evidence_rows(ledger: Any) -> list[dict[str, Any]]:
    story = {rid: g.id for g in ledger.duplicate_groups for rid in g.report_ids}
    report = {r.id: r for r in ledger.reports}
    status_q = {c: e for e in ledger.quantities for c in e.claim_ids}
    status_s = {c: p for p in ledger.positions for c in p.claim_ids}
    rows = []
    for c in ledger.claims:
        e = status_q.get(c.id)
        rows.append({
            "id": c.id, "kind": "quantity", "report": c.report_id, "story": story[c.report_id],
            "subject": c.subject, "nation": c.nation or "", "actor": "", "stance": "",
            "condition": "", "group": "", "unit": c.unit, "low": _num(c.low), "high": _num(c.high), "qualifier": c.qualifier,
            "text": c.text, "status": e.status if e else "",
            "independent_sources": e.independent_sources if e else "",
            "said_by": c.said_by or "", **_where(report[c.report_id]),
            "start": c.start, "end": c.end, "sentence": c.sentence,
        })
    for s in ledger.stances:
        p = status_s.get(s.id)
        rows.append({
            "id": s.id, "kind": "stance", "report": s.report_id, "story": story[s.report_id],
            "subject": "", "nation": s.actor, "actor": s.actor_name, "stance": s.stance,
            "condition": s.condition or "", "group": s.group or "", "unit": "", "low": "", "high": "", "qualifier": "", "text": s.cue,
            "status": p.status if p else "",
            "independent_sources": p.independent_sources if p else "",
            "said_by": s.said_by or "", **_where(report[s.report_id]),
            "start": s.start, "end": s.end, "sentence": s.sentence,
        })
    return rows


def _where(r: Any) -> dict[str, str]:
    return {"source": r.source_id, "outlet": r.outlet or "", "date": r.date or ""}


def _num(x: float | None) -> str:
    if x is None:
        return ""
    return str(int(x)) if float(x).is_integer() else str(x)


def _print_csv(ledger: Any) -> None:
    import csv

    writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in evidence_rows(ledger):
        writer.writerow(row)


def _range_text(low: float | None, high: float | None, unit: str) -> str:
    unit = "years" if unit == "year" else unit
    if low is None and high is None:
        return "?"
    if low is None:
        return f"≤ {high:,.0f} {unit}"
    if high is None:
        return f"≥ {low:,.0f} {unit}"
    if low == high:
        return f"{low:,.0f} {unit}"
    return f"{low:,.0f}–{high:,.0f} {unit}"


def _quote(sentence: str, words: str) -> str:
    """The quoted words a reader checks: the sentence, cut around ``words`` when long."""
    text = " ".join(sentence.split())
    if len(text) <= QUOTE_CHARS:
        return f"“{text}”"
    at = max(0, text.find(words))
    start = max(0, min(at - QUOTE_CHARS // 3, len(text) - QUOTE_CHARS))
    cut = text[start:start + QUOTE_CHARS].strip()
    return f"“{'…' if start else ''}{cut}{'…' if start + QUOTE_CHARS < len(text) else ''}”"


def _cite(ledger: Any, report_id: str) -> str:
    """Where a claim comes from: source id, outlet and date."""
    r = ledger.report(report_id)
    where = ", ".join(x for x in (r.outlet, r.date) if x)
    return f"{r.source_id}" + (f" ({where})" if where else "")


_SOURCE = "source (outlet, date)"


def _table(title: str, columns: tuple[str, ...]) -> Any:
    """A rich table with these columns, long cells folded."""
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for col in columns:
        table.add_column(col, overflow="fold")
    return table


def _first_row_only(cells: tuple[str, ...], k: int) -> tuple[str, ...]:
    """The entry's own cells on its first row; blank on the rows of its other values."""
    return cells if k == 0 else ("",) * len(cells)


def _cites(ledger: Any, report_ids: Any) -> str:
    return "; ".join(_cite(ledger, r) for r in report_ids)


def _print_tables(ledger: Any) -> None:
    from reassure.present.output import console

    out = console()
    story = {rid: g.id for g in ledger.duplicate_groups for rid in g.report_ids}
    reports = _table(f"Reports ({len(ledger.reports)}, {len(ledger.duplicate_groups)} "
                     "independent stories)",
                     ("id", "story", "title", "outlet", "date", "claims", "removed"))
    counts: dict[str, int] = {}
    for c in (*ledger.claims, *ledger.stances):
        counts[c.report_id] = counts.get(c.report_id, 0) + 1
    for r in ledger.reports:
        removed = r.to_dict()["removed"]
        reports.add_row(
            r.id, story[r.id], r.title or "", r.outlet or "", r.date or "",
            str(counts.get(r.id, 0)), ", ".join(f"{k} {v}" for k, v in removed.items()),
        )
    out.print(reports)

    claims = {c.id: c for c in ledger.claims}
    numbers = _table("Quantified claims by subject (agreement needs two independent sources; "
                     "copies of one story count once)",
                     ("subject", "status", "range", "what the reports say", _SOURCE))
    for e in ledger.quantities:
        for k, v in enumerate(e.values):
            first = claims[v.claim_ids[0]]
            head = (e.subject_label, _status(e.status), _range_text(e.low, e.high, e.unit))
            numbers.add_row(*_first_row_only(head, k), _quote(first.sentence, first.number_text),
                            _cites(ledger, v.report_ids))
    out.print(numbers)

    stance_of = {s.id: s for s in ledger.stances}
    stances = _table("Stances on contributing troops (talks = taking part in the talks, not an "
                     "offer of troops)", ("nation", "status", "stance", "what the reports say",
                                          _SOURCE))
    for p in ledger.positions:
        for k, v in enumerate(p.stances):
            first = stance_of[v.claim_ids[0]]
            label = v.stance + (f" ({first.condition})" if first.condition else "")
            if first.group:
                label += f" [as one of {first.group}]"
            status = _status(p.status) + (f": {p.conflict}" if p.conflict else "")
            stances.add_row(*_first_row_only((p.actor_name, status), k), label,
                            _quote(first.sentence, first.cue), _cites(ledger, v.report_ids))
    out.print(stances)

    if ledger.pledges:
        pledges = _table("Pledges by stage (stated → pledged → approved → deployed)",
                         ("nation", "stage", "stages (date, troops, source)", "quoted words"))
        for pe in ledger.pledges:
            last = pe.stages[-1]
            stages = "; ".join(
                f"{st.stage} {st.date or 'undated'}"
                + (f", {_range_text(st.low, st.high, 'troops')}" if st.low or st.high else "")
                + f" — {_cite(ledger, st.report_id)}" for st in pe.stages)
            pledges.add_row(pe.nation_name, pe.stage, stages, _quote(last.quote, ""))
        out.print(pledges)


def _status(status: str) -> str:
    return "[red]conflict[/red]" if status == "conflict" else status
