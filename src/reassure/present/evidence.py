"""The evidence ledger for a reader: its tables (quoted words, source, outlet and date), CSV
rows (one per claim or stance) and JSON. Pure formatting: the ledger comes built
(`reassure.run.evidence.read_ledger`); rich is imported inside the functions."""

from __future__ import annotations

import re
import sys
from typing import Any

from reassure.evidence import display_title, title_note, trim_quote_marks
from reassure.evidence._stances import TROOP_STANCES
from reassure.present.output import styled

__all__ = ["CSV_COLUMNS", "EVIDENCE_FORMATS", "accuracy_line", "evidence_rows", "print_evidence",
           "print_skipped", "reading_accuracy", "sources_label"]

EVIDENCE_FORMATS = ("table", "json", "csv")
CSV_COLUMNS = (
    "id", "kind", "report", "story", "subject", "nation", "actor", "stance", "condition",
    "qualified_by", "group",
    "unit", "low", "high", "qualifier", "stage", "text", "value_status", "value_sources",
    "entry_status", "entry_sources", "said_by",
    "said_by_nation", "source", "outlet", "date", "start", "end", "sentence", "check",
    "claim_date", "date_as_written",
)
STATUS_WORDS = ("corroborated", "uncorroborated", "single source", "conflict", "changed over time")
QUOTE_CHARS = 160  # the quoted words shown in the tables (the full sentence is in JSON/CSV)


def print_skipped(problem: Any) -> None:
    """One ``skipped FILE: why`` line on stderr for a report that could not be read."""
    print(f"skipped {problem}", file=sys.stderr)


def print_evidence(ledger: Any, format: str) -> None:
    """The ledger as tables, JSON or CSV on stdout."""
    if format == "json":
        from reassure.present.output import print_json

        # s27: the measured accuracy travels with the claims, as under the tables (review s32:
        # with whether its stance figures apply to this reading's stance check)
        print_json({**_ledger_dict(ledger),
                    "reading_accuracy": reading_accuracy(ledger.stance_check_threshold)})
    elif format == "csv":
        _print_csv(ledger)
    else:
        _print_tables(ledger)


# review s32: the setting of the stance check the accuracy figures were measured with; a call
# without a setting means that default
DEFAULT_CHECK = "default"


def measured_check_threshold() -> float | None:
    """(review s32) The stance check's threshold the stance figures of the data file were
    measured with ("stance check at 0.5" in their source), else the shipped check's."""
    import tomllib
    from importlib import resources

    doc = tomllib.loads(resources.files("reassure.data").joinpath("evidence_accuracy.toml")
                        .read_text(encoding="utf-8"))["measured"]
    m = re.search(r"stance check at ([01](?:\.\d+)?)", doc["stances"]["found"]["source"])
    if m:
        return float(m.group(1))
    from reassure.evidence._stance_check import load_check

    check = load_check()
    return check.threshold if check is not None else None


def _check_applies(threshold: float | None | str) -> bool:
    """Whether a reading with this stance check setting (None: off) is the one measured."""
    if threshold == DEFAULT_CHECK:
        return True
    measured = measured_check_threshold()
    return (threshold is not None and measured is not None
            and abs(float(threshold) - measured) < 1e-9)


def reading_accuracy(stance_check_threshold: float | None | str = DEFAULT_CHECK
                     ) -> dict[str, Any]:
    """(s27) How well the ledger read real reports it had never seen (data/evidence_accuracy.toml):
    per class the items careful readers recorded (gold), those the ledger gave (given) and the
    right ones among them (found), with the recall and precision they make. Review s32: the
    stance figures were measured with the stance check at its default threshold
    (``stances["stance_check_threshold"]``); ``stances["applies"]`` says whether they apply to a
    reading with ``stance_check_threshold`` (None: the check was off; the default: they do)."""
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("reassure.data").joinpath("evidence_accuracy.toml")
                         .read_text(encoding="utf-8"))
    doc = data["measured"]
    out: dict[str, Any] = {"sets": doc["sets"], "reports": doc["reports"]["value"],
                           "published": doc["published"], "source": doc["reports"]["source"]}
    for cls in ("troop_sizes", "stances", "country_counts", "near_duplicates"):
        row = {k: v["value"] for k, v in doc[cls].items()}
        row["recall"] = round(row["found"] / row["gold"], 2)
        if "given" in row:
            row["precision"] = round(row["found"] / row["given"], 2)
        out[cls] = row
    out["stances"]["stance_check_threshold"] = measured_check_threshold()
    out["stances"]["applies"] = _check_applies(stance_check_threshold)
    out["stances_by_kind"] = _by_kind(data["measured_by_kind"])
    return out


# a stance kind whose measured precision is below this is named as a lead to check (s73)
WEAK_PRECISION = 0.7


def _by_kind(doc: dict[str, Any]) -> dict[str, Any]:
    """(s73) The stance figures per kind (a smaller, later sample than the pooled figures: the
    older sets' per-item results were not kept), so that a reader knows which labels to check
    first."""
    out: dict[str, Any] = {"sets": doc["sets"], "reports": doc["reports"]["value"],
                           "source": doc["reports"]["source"]}
    for kind in TROOP_STANCES:
        row = dict(doc[kind])
        row["recall"] = round(row["found"] / row["gold"], 2)
        row["precision"] = round(row["found"] / row["given"], 2)
        out[kind] = row
    return out


def _kinds_sentence(k: dict[str, Any]) -> str:
    """The by-kind precision, surest first: "of the `open` stances it gave, 82% matched (…)"."""
    order = sorted(TROOP_STANCES, key=lambda kind: -k[kind]["precision"])
    parts = [f"{kind} {round(100 * k[kind]['precision'])}% ({k[kind]['found']:,} of "
             f"{k[kind]['given']:,})" for kind in order]
    weakest = [kind for kind in order if k[kind]["precision"] < WEAK_PRECISION]
    check = (f"; read {' and '.join(weakest)} as leads to check, not findings" if weakest else "")
    return (f" By kind, on the {k['reports']:,} reports of the later sets {k['sets']}, the share "
            f"of each label it gave that matched the readers': {', '.join(parts)}{check}.")


def accuracy_line(stance_check_threshold: float | None | str = DEFAULT_CHECK) -> str:
    """(s27) The sentence under the tables: how far to trust this reading, measured. Review s32:
    the stance figures are said to be the default stance check's, and, for a reading with
    another setting (``stance_check_threshold``; None: the check was off), not to apply to it
    (the data file has no figures for other settings)."""
    a = reading_accuracy(stance_check_threshold)
    t, s, c, d = (a[k] for k in ("troop_sizes", "stances", "country_counts", "near_duplicates"))

    def pct(x: float) -> str:
        return f"{round(100 * x)}%"

    measured = s["stance_check_threshold"]
    setting = (f"with the stance check at its default threshold ({measured:.2f})"
               if measured is not None else "with the stance check at its default threshold")
    if s["applies"]:
        mine = ""
    elif stance_check_threshold is None:
        mine = (" This reading ran without the stance check (--no-stance-check): these stance "
                "figures do not apply to it (they were measured at the default only).")
    else:
        mine = (f" This reading withheld stances scored below {float(stance_check_threshold):.2f}"
                " (--stance-check-threshold): these stance figures do not apply to it (they were"
                " measured at the default only).")
    return (f"How far to trust this reading: the ledger was scored on {a['reports']:,} real news "
            f"reports ({a['published']}), each before any of its rules was written from it, "
            "against what careful readers recorded from the same texts (details: "
            "docs/evidence.md §11). It checks the reading, not whether the reports are true. "
            f"Troop sizes: it found {pct(t['recall'])} of the readers' ({t['found']:,} of "
            f"{t['gold']:,}); {pct(t['precision'])} of the sizes it gave matched theirs "
            f"({t['found']:,} of {t['given']:,}). About half of the sizes it gave wrongly are the "
            "right number under the wrong subject (the whole force against one nation's share or "
            "Ukraine's request): check whose figure it is. "
            f"Stances: it found {pct(s['recall'])} ({s['found']:,} of "
            f"{s['gold']:,}); {pct(s['precision'])} of those it gave matched ({s['found']:,} of "
            f"{s['given']:,}), {setting}.{mine}{_kinds_sentence(a['stances_by_kind'])} "
            "Most stances it gives wrongly are someone "
            "else's voice given to a nation (a candidate's, a party's, a former leader's, another "
            "nation's official's, a newspaper's forecast): check who says it before quoting; the "
            "stances of the United States, Russia and Ukraine, and outright offers and refusals, "
            "are not judged by the stance check. Numbers of countries in the coalition "
            f"('26 nations'): {pct(c['recall'])} found ({c['found']:,} of {c['gold']:,}). Copies of "
            f"one story: {d['found']:,} of {d['gold']:,} pairs recognised (a missed copy can make "
            f"one story look corroborated); {d['wrongly_joined']:,} pairs of different stories "
            "taken for copies (which can make a second source look like a copy). What it missed "
            f"({100 - round(100 * t['recall'])}% of the troop sizes, "
            f"{100 - round(100 * s['recall'])}% of the stances) may still be in the reports: "
            "read each claim against its quoted words, and the reports themselves, before "
            "using it.")


def evidence_rows(ledger: Any) -> list[dict[str, Any]]:
    story = {rid: g.id for g in ledger.duplicate_groups for rid in g.report_ids}
    report = {r.id: r for r in ledger.reports}
    status_q = {c: e for e in ledger.quantities for c in e.claim_ids}
    status_s = {c: p for p in ledger.positions for c in p.claim_ids}
    # a size a nation or Europe could field is not a plan's size or an offer: say which it is
    stage = {c: v.stage or "" for e in ledger.quantities for v in e.values for c in v.claim_ids}
    condition_of = {s.id: s.condition or "" for s in ledger.stances if s.stance == "conditional"}
    # review 19: a stance that is a pledge's stage ("approved" by parliament) says so, so the
    # pledge timeline can be rebuilt from the CSV; review s33: every claim that reports the
    # stage, not its first alone (a copy of the quoted story had an empty stage)
    for pe in ledger.pledges:
        for st in pe.stages:
            for c in (st.claim_id, *st.claim_ids):
                stage.setdefault(c, st.stage)
    rows = []
    for c in ledger.claims:
        e = status_q.get(c.id)
        value_sources = _figure_value_sources(e, c.id) if e else ""
        rows.append({
            "id": c.id, "kind": "quantity", "report": c.report_id, "story": story[c.report_id],
            "subject": c.subject, "nation": c.nation or "", "actor": "", "stance": "",
            "condition": "", "qualified_by": "", "group": "", "unit": c.unit, "low": _num(c.low), "high": _num(c.high), "qualifier": c.qualifier,
            "stage": stage.get(c.id, ""), "text": c.text,
            # review s12: one meaning per column: the sources behind this row's figure, and
            # the whole entry's (every figure of the subject) in a column of its own; review
            # s44: the statuses too (one column, the entry's, read "corroborated" on a figure
            # only one source gives, where the table's row says "single source")
            "value_status": _value_status(value_sources),
            "value_sources": value_sources,
            "entry_status": e.status if e else "",
            "entry_sources": e.independent_sources if e else "",
            "said_by": c.said_by or "", "said_by_nation": c.said_by_nation or "",
            **_where(report[c.report_id]),
            "start": c.start, "end": c.end, "sentence": c.sentence,
            **_dates(ledger, c, report[c.report_id]),
        })
    for s in ledger.stances:
        p = status_s.get(s.id)
        # review r7: readiness a condition in the same sentence qualifies reads "ready if
        # us-backstop", a value of its own: a filter on "ready" finds unconditional readiness only
        cond = condition_of.get(s.qualified_by or "") if s.qualified_by else None
        rows.append(_stance_row(
            ledger, s, story[s.report_id], report[s.report_id], kind="stance",
            stance=f"{s.stance} if {cond or 'a condition'}" if s.qualified_by else s.stance,
            condition=(s.condition or cond) or "", qualified_by=s.qualified_by or "",
            stage=stage.get(s.id, ""),
            value_status=_value_status(_stance_sources(p, s)) if p else "",
            value_sources=_stance_sources(p, s) if p else "",
            entry_status=p.status if p else "",
            entry_sources=p.independent_sources if p else ""))
    # s19: what the stance check withheld, for a reader to look at; counted in no entry
    rows += [_stance_row(ledger, s, story[s.report_id], report[s.report_id],
                         kind="withheld_stance", stance=s.stance, condition=s.condition or "",
                         qualified_by="", stage="",
                         value_status="withheld by the stance check", value_sources="",
                         entry_status="withheld by the stance check", entry_sources="")
             for s in ledger.withheld_stances]
    return rows


def _stance_row(ledger: Any, s: Any, story: str, r: Any, **own: Any) -> dict[str, Any]:
    """A stance's CSV row: what every stance row says, then ``own`` (kind, stance, status ...)."""
    return {
        "id": s.id, "kind": own.pop("kind"), "report": s.report_id, "story": story,
        "subject": "", "nation": s.actor, "actor": s.actor_name, "stance": own.pop("stance"),
        "condition": own.pop("condition"), "qualified_by": own.pop("qualified_by"),
        "group": s.group or "", "unit": "", "low": "", "high": "", "qualifier": "",
        "stage": own.pop("stage"), "text": s.cue, **own,
        "said_by": s.said_by or "", "said_by_nation": s.said_by_nation or "", **_where(r),
        "start": s.start, "end": s.end, "sentence": s.sentence,
        "check": "" if s.check is None else f"{s.check:.2f}",
        **_dates(ledger, s, r),
    }


def _claim_when(ledger: Any, claim: Any) -> str | None:
    """The date of a claim: in its sentence, else its report's (a copy's: its story's)."""
    src = getattr(ledger, "sources", None)
    return src.date.get(claim.id) if src is not None else ledger.report(claim.report_id).date


def _dates(ledger: Any, claim: Any, r: Any) -> dict[str, str]:
    """review 19: beside the report's ``date``, the claim's own (`_claim_when`) and a date the
    report ``r`` gives without a year, as written."""
    return {"claim_date": _claim_when(ledger, claim) or "",
            "date_as_written": r.date_as_written or ""}


def _where(r: Any) -> dict[str, str]:
    return {"source": r.source_id, "outlet": r.outlet or "", "date": r.date or ""}


def _stance_sources(p: Any, s: Any) -> Any:
    """The independent sources of the value (stance and condition) a stance claim belongs to,
    its family's when more ("declines" with "rejects": review s12), as the table counts them."""
    for v in p.stances:
        if s.id in v.claim_ids:
            return max(v.independent_sources, getattr(v, "family_sources", 0))
    return ""


def _value_status(sources: Any) -> str:
    """A row's own status (review s44), as the table's row says it: "corroborated" when two or
    more independent sources give its value (`_figure_value_sources`, `_stance_sources`), else
    "single source". A conflict or a change is the entry's (``entry_status``)."""
    if sources == "":
        return ""
    return "corroborated" if int(sources) >= 2 else "single source"


def _figure_value_sources(e: Any, claim_id: str) -> Any:
    """The independent sources that give the figure a quantity claim states (the same figure
    worded "about" or exactly counts together), as the table's "figure" column counts them."""
    for v in e.values:
        if claim_id in v.claim_ids:
            return max(v.same_figure_sources, v.independent_sources)
    return ""


def _num(x: float | None) -> str:
    if x is None:
        return ""
    return str(int(x)) if float(x).is_integer() else str(x)


# (s46) A cell a spreadsheet would read as a formula: the reports' words are third-party text, and
# a quote opening with "=" (or "+", "-", "@", a tab or a carriage return) would run as a formula
# when the CSV is opened (CSV injection). Such a cell is written with a leading apostrophe, the
# spreadsheets' mark for text; numbers ("-5") stay numbers. JSON keeps every text exact. (s47)
# The full-width forms too, which some spreadsheets in East Asian locales read as the ASCII ones.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def spreadsheet_safe(value: Any) -> Any:
    """``value`` as a CSV cell no spreadsheet runs as a formula (see `_FORMULA_START`)."""
    if not isinstance(value, str) or not value.startswith(_FORMULA_START):
        return value
    try:
        float(value)
    except ValueError:
        return "'" + value
    return value


def _print_csv(ledger: Any) -> None:
    import csv

    writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in evidence_rows(ledger):
        writer.writerow({key: spreadsheet_safe(value) for key, value in row.items()})


# a dateline: "PARIS, March 27 (Agency) - ", "BERLIN, Sept 5 - "
_DATELINE_HEAD = re.compile(r"[A-Z][A-Z .'’-]*[A-Z](?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?"
                            r"\s*(?:\([^()]{1,40}\)\s*)?[-–—]+\s+")


# (review s34) the words that state a condition, kept in view in a conditional row's quote ("...
# would require a mandate from the…" hid "Bundestag")
_CONDITION_WORDS: dict[str, tuple[str, ...]] = {
    "parliament": ("bundestag", "parliament", "riigikogu", "saeima", "seimas", "folketing",
                   "storting", "riksdag", "eduskunta", "sejm", "commons", "assembly", "vote",
                   "approval", "mandate"),
    "us-backstop": ("backstop", "united states", "u.s.", "us ", "washington", "american"),
    "mandate": ("mandate", "united nations", "un ", "security council"),
    "constitution": ("constitution",),
}


def _condition_focus(stance: Any) -> str | None:
    """The first word of a conditional stance's sentence that names its condition, or None."""
    if getattr(stance, "stance", None) != "conditional":
        return None
    low = stance.sentence.lower()
    at = [(low.find(w), w) for w in _CONDITION_WORDS.get(stance.condition or "", ()) if w in low]
    if not at:
        return None
    k, w = min(at)
    return stance.sentence[k:k + len(w.strip())]


def _quote(sentence: str, *focus: str | None,
           spans: tuple[tuple[int, int], ...] = ()) -> str:
    """The quoted words a reader checks: the whole sentence, or, when long, a window cut at word
    boundaries (with an ellipsis) that keeps the ``focus`` words in view: the number, the cue,
    the nation; and ``spans`` (offsets into the sentence as `trim_quote_marks` gives it: the
    words that gave a reading found elsewhere in it, as a pledge's stage, review s32)."""
    text = trim_quote_marks(sentence)
    if len(text) <= QUOTE_CHARS:
        return f"“{text}”"
    low = text.lower()
    spans_ = [(a, b) for a, b in spans if 0 <= a < b <= len(text)]
    for f in focus:
        f = " ".join((f or "").split())
        at = low.find(f.lower()) if f else -1
        if at >= 0:
            spans_.append((at, at + len(f)))
    a, b = (min(x for x, _ in spans_), max(y for _, y in spans_)) if spans_ else (0, 0)
    width = max(QUOTE_CHARS, b - a + 20)
    start = max(0, a - (width - (b - a)) // 3)
    end = min(len(text), start + width)
    start = max(0, end - width)
    if start > 0 and text[start - 1] != " ":  # never start inside a word
        nxt = text.find(" ", start)
        start = nxt + 1 if 0 <= nxt < a else text.rfind(" ", 0, max(start, 1)) + 1
    head = _DATELINE_HEAD.match(text)
    if start > 0 and head and start < head.end() <= a:
        # (review s34) never start inside a dateline: "…27 (Continental Press Agency) - Leaders
        # from 31 countries" read as 27 countries; start after it
        end = min(len(text), end + (head.end() - start))
        start = head.end()
    if end < len(text) and text[end] != " ":  # never end inside a word
        prev = text.rfind(" ", start, end)
        end = prev if prev >= b else (text.find(" ", end) if text.find(" ", end) >= 0 else len(text))
    cut = text[start:end].strip()
    return f"“{'…' if start else ''}{cut}{'…' if end < len(text) else ''}”"


def stage_spans(sentence: str, stage: str, quantity: str | None = None
                ) -> tuple[tuple[int, int], ...]:
    """review s32: where in ``sentence`` (as `trim_quote_marks` gives it, the text `_quote`
    cuts) the words that gave a pledge its ``stage`` are, by the ledger's own rules
    (`reassure.evidence._ledger.stage_word_spans`). Empty for "stated"."""
    from reassure.evidence._ledger import stage_word_spans

    return stage_word_spans(trim_quote_marks(sentence), stage, quantity)


def _nation_words(iso3: str, group: str | None = None) -> tuple[str, ...]:
    """How a report may name a nation (name, aliases, demonym, capital, leaders, its group)."""
    from reassure.evidence._gazetteer import ALIASES, CAPITALS, DEMONYMS, PERSONS, actor_name

    return (actor_name(iso3), *ALIASES.get(iso3, ()), *DEMONYMS.get(iso3, ()),
            *PERSONS.get(iso3, ()), *CAPITALS.get(iso3, ()), *((group,) if group else ()))


def _nation_focus(sentence: str, iso3: str, group: str | None = None) -> str | None:
    """The first words of ``sentence`` that name the nation, if any."""
    low = sentence.lower()
    hits = [(low.find(w.lower()), w) for w in _nation_words(iso3, group) if w]
    hits = [(i, w) for i, w in hits if i >= 0]
    return min(hits)[1] if hits else None


def _cite(ledger: Any, report_id: str) -> str:
    """Where a claim comes from: source id, outlet and date (or whom the report cites, or a
    date as written without a year, when that is all it says)."""
    return f"{ledger.report(report_id).source_id}" + (
        f" ({where})" if (where := _where_text(ledger.report(report_id))) else "")


def _where_text(r: Any) -> str:
    outlet = r.outlet or (f"outlet not stated; cites {r.cites}" if r.cites else "")
    if r.outlet and r.cites and r.cites.lower() not in r.outlet.lower() and _is_agency(r.cites):
        # review s12: a rewrite of a wire story shows the wire beside the host, so a reader sees
        # when two "independent" rows rest on one agency (a person or adjective in `cites` is
        # not shown: only the agencies the ledger counts)
        outlet += f", citing {r.cites}"
    date = r.date or (f"{r.date_as_written}, year not stated" if r.date_as_written else "")
    # review 19: a report that names neither says so, rather than a bare id
    return ", ".join(x for x in (outlet, date) if x) or "outlet and date not stated"


def _is_agency(name: str) -> bool:
    from reassure.evidence._ledger import agencies_in

    return bool(agencies_in(name))


_SOURCE = "source (outlet, date)"


def _table(title: str, columns: tuple[str, ...]) -> Any:
    """A rich table with these columns, long cells folded."""
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for col in columns:
        table.add_column(col, overflow="fold")
    return table


_NUMBER_TOKEN = re.compile(r"\S*\d\S*")
MIN_COLUMN = 6  # no column narrower than this in the grid
GRID_MIN_COLUMN = 14  # narrower, a quote wraps a word a line: print blocks instead
MAX_NUMBER_WORD = 24  # a longer word with digits (an address) may fold
# review s32: a column of quoted words narrower than this (or its longest quote) is a word a
# line: the table is printed as blocks instead, as the wider tables are at 80 columns
PROSE_COLUMNS = frozenset({"quoted words"})
PROSE_MIN_COLUMN = 30


def _plain(cell: Any) -> str:
    """A cell's words: a string's, or a styled text's (rich ``Text``)."""
    return cell if isinstance(cell, str) else str(getattr(cell, "plain", ""))


def _min_widths(table: Any) -> list[int]:
    """Each column's narrowest width that keeps its numbers ("25,000–30,000") and status words
    whole."""
    widths = []
    for col in table.columns:
        longest = MIN_COLUMN
        for cell in col._cells:
            # (s67) a styled cell ("conflict" in red) by its words: it was counted as empty, and
            # the status column, 6 wide, printed "confli" over "ct"
            text = _plain(cell)
            # the whole whitespace-delimited word: "(10,000–100,000)" wraps as one
            tokens = [t for t in _NUMBER_TOKEN.findall(text) if len(t) <= MAX_NUMBER_WORD]
            if text in STATUS_WORDS:
                tokens.append(text)
            longest = max([longest, *map(len, tokens)])
        widths.append(longest)
    return widths


def _grid_widths(table: Any, width: int) -> list[int] | None:
    """Content widths that fit ``width`` (borders and padding: 3 a column, plus 1), each at
    least its minimum (`_min_widths`), the space left shared in proportion to what each column
    still lacks of its longest cell; None when the minimums alone do not fit."""
    lows = _min_widths(table)
    budget = width - (3 * len(lows) + 1)
    if sum(lows) > budget:
        return None
    wants = [max([len(str(col.header)), *(len(line) for c in col._cells
                                          for line in _plain(c).split("\n"))])
             for col in table.columns]
    wants = [max(w, lo) for w, lo in zip(wants, lows, strict=True)]
    # a grid is worth it only when every column is readable: at least GRID_MIN_COLUMN wide
    # (or as wide as its longest cell), quoted words PROSE_MIN_COLUMN, else the blocks read better
    lows = [max(lo, min(w, PROSE_MIN_COLUMN if str(col.header) in PROSE_COLUMNS
                        else GRID_MIN_COLUMN))
            for lo, w, col in zip(lows, wants, table.columns, strict=True)]
    if sum(lows) > budget:
        return None
    lacks = [w - lo for w, lo in zip(wants, lows, strict=True)]
    spare = budget - sum(lows)
    if sum(lacks) <= spare:
        return wants
    # max-min fair: a column that lacks less than an equal share gets all it wants (a subject,
    # a status); the long ones (quoted words) share what is left equally
    out = list(lows)
    open_ = sorted(range(len(out)), key=lambda k: lacks[k])
    while open_:
        share = spare // len(open_)
        k = open_[0]
        if lacks[k] <= share:
            out[k] += lacks[k]
            spare -= lacks[k]
            open_.pop(0)
            continue
        for j, k in enumerate(open_):
            out[k] += share + (1 if j < spare - share * len(open_) else 0)
        break
    return out


def _print_table(out: Any, table: Any) -> None:
    """The table as a grid when the terminal is wide enough to keep every number whole; else
    (an 80-column terminal) one block per row, field by field, so that no figure is ever split
    across lines (review r7). The grid's column widths are laid out here: rich's own layout
    narrows a column below its minimum when space is short."""
    from rich.table import Table

    widths = _grid_widths(table, out.width)
    if widths is not None:
        for col, w in zip(table.columns, widths, strict=True):
            col.width = w
        out.print(table)
        return
    stacked = Table(title=table.title, title_justify="left", show_header=False, show_lines=False)
    stacked.add_column("field", no_wrap=True, style="bold")
    stacked.add_column("value", overflow="fold")
    n_rows = len(table.columns[0]._cells) if table.columns else 0
    entry = ""
    for i in range(n_rows):
        cells = [(str(col.header), col._cells[i]) for col in table.columns]
        shown = [(h, c) for h, c in cells if str(getattr(c, "plain", c)).strip()]  # str or styled Text
        # review s33: a block for an entry's second value (France's "leading" after its
        # "ready") names its entry, as a grid row sits under it: a block that began "stance"
        # read as a nation of its own
        first = str(getattr(cells[0][1], "plain", cells[0][1])).strip() if cells else ""
        if first:
            entry = first
        elif entry and shown:
            shown.insert(0, (cells[0][0], f"{entry} (continued)"))
        for k, (header, cell) in enumerate(shown):
            stacked.add_row(header, cell, end_section=k == len(shown) - 1)
    out.print(stacked)


def _first_row_only(cells: tuple[str, ...], k: int) -> tuple[str, ...]:
    """The entry's own cells on its first row; blank on the rows of its other values."""
    return cells if k == 0 else ("",) * len(cells)


def _cites(ledger: Any, report_ids: Any) -> str:
    return "; ".join(_cite(ledger, r) for r in report_ids)


def _quoted_cites(ledger: Any, quoted: Any, report_ids: Any) -> str:
    """A row's sources with the quoted words credited to the report that printed them (review
    20: a translated copy said the same in other words, and the table pinned the original's
    words on it). Review s32: the other reports follow split as the ledger counts them, so that
    the independent sources can be counted by eye: "copies:" (the quoted story again, counted
    once with it) and "other stories (N):", each story once with its own copies after it."""
    others = [r for r in _by_date(ledger, report_ids) if r != quoted.report_id]
    if not others:
        return _cite(ledger, quoted.report_id)
    story = {rid: g.id for g in ledger.duplicate_groups for rid in g.report_ids}
    own = story.get(quoted.report_id, quoted.report_id)
    copies = [r for r in others if story.get(r, r) == own]
    stories: dict[str, list[str]] = {}
    for r in others:
        if story.get(r, r) != own:
            stories.setdefault(story.get(r, r), []).append(r)
    parts = [f"quoted: {_cite(ledger, quoted.report_id)}"]
    if copies:
        parts.append("copies: " + _cites(ledger, copies))
    if stories:
        parts.append(f"other stories ({len(stories)}): " + "; ".join(
            _cite(ledger, rs[0]) + (f" with its cop{'y' if len(rs) == 2 else 'ies'} "
                                    + ", ".join(_cite(ledger, r) for r in rs[1:])
                                    if len(rs) > 1 else "")
            for rs in stories.values()))
    return "\n".join(parts)


def sources_label(n: int, credited: tuple[str, ...] = ()) -> str:
    """A row's corroboration, in words a reader cannot mistake for a nation agreeing; stories
    that all credit one agency say so (review r10: "both credit AFP: one source")."""
    label = "single source" if n < 2 else f"corroborated ({n} independent sources)"
    if credited:
        label += f" (stories crediting {' and '.join(credited)}: one source)"
    return label


def _stance_sources_label(v: Any) -> str:
    """A stance row's corroboration: its family's ("declines" and "rejects" agree: review s12)
    when that is more than its own."""
    family = getattr(v, "family_sources", 0)
    if family > v.independent_sources:
        return (f"corroborated ({family} independent sources, 'declines' and 'rejects' "
                f"together)" + (f" (stories crediting {' and '.join(v.credited)}: one source)"
                                if v.credited else ""))
    return sources_label(v.independent_sources, v.credited)


def _figure_sources(v: Any, e: Any = None) -> str:
    """A figure's own corroboration, by the rule the entry's status uses (review r7): the
    independent stories that give this same figure, never those that merely overlap it. Review
    s32: when another row of the entry is the same figure worded otherwise ("120" and "about
    120"), both rows count the same sources: the label says so, naming the wordings."""
    from reassure.evidence._model import value_label

    same = max(v.same_figure_sources, v.independent_sources)
    if same > v.independent_sources:  # "about 25,000" beside "25,000"
        twins = _hedge_twins(e, v) if e is not None else []
        together = (" for " + " and ".join(f"'{value_label(w, '', e.subject)}'" for w in twins)
                    + " together") if len(twins) > 1 else \
            ", wordings differ"
        return f"corroborated ({same} independent sources{together})" + (
            f" (stories crediting {' and '.join(v.credited)}: one source)"
            if v.credited else "")
    return sources_label(same, v.credited)


# review r10: a condition in words, never its code
CONDITION_WORDS = {
    "us-backstop": "conditional on a US backstop",
    "parliament": "conditional on parliament's approval",
    "ceasefire": "conditional on a ceasefire",
    "mandate": "conditional on a mandate",
    "constitution": "limited by the constitution",
}
_CONDITION_CLAUSE = re.compile(
    r"\b(?:(?:only )?if|provided(?: that)?|on (?:the )?conditions? that|as long as|unless|"
    r"subject to|once|in the event (?:of|that)|with)\b[^.;:!?—–]*", re.IGNORECASE)
_CLAUSE_END = re.compile(r",\s+(?:[\w'’-]+\s+){0,5}(?:said|says|told|added|stressed|noted)\b|"
                         r",\s+(?:but|and|while|which|he|she|they|it)\b|\s+(?:but|while)\s")


def condition_words(condition: str | None, sentence: str = "", cue: str = "") -> str:
    """"conditional on a US backstop"; for another condition, the sentence's own words
    ("conditional: “if Russia agrees to it”"), else "conditional (the condition is not named)"."""
    if condition in CONDITION_WORDS:
        return CONDITION_WORDS[condition]
    text = " ".join(sentence.split())
    at = text.lower().find(cue.lower()) if cue else -1
    starts = [m for m in _CONDITION_CLAUSE.finditer(text)
              if m.group(0).split()[0].lower() != "with"]
    after = [m for m in starts if at < 0 or m.start() >= at] or starts
    if after:
        words = after[0].group(0)
        end = _CLAUSE_END.search(words)
        words = (words[:end.start()] if end else words).strip(" ,")
        if len(words.split()) >= 2:
            return f"conditional: “{_clip_words(words, 80)}”"
    return "conditional (the condition is not named)"


def _clip_words(text: str, n: int) -> str:
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[:cut if cut > n // 2 else n - 1].rstrip(" ,;:") + "…"


# --- review s32: figures as the reports wrote them --------------------------------------------
# A figure the ledger converted to its entry's unit ("an 800-mile buffer zone" is 1,287.5 km, "six
# months" half a year) is shown as written first, then converted ("800 miles (≈1,290 km)"): the
# converted number alone hid which words were read. Only how it is shown changes.
_WRITTEN_UNIT = {"km": re.compile(r"\bmiles?\b", re.IGNORECASE),
                 "year": re.compile(r"\bmonths?\b", re.IGNORECASE)}
_COMPOUND = re.compile(r"(\d[\d,.]*)[-–‑](mile|month)s?\b", re.IGNORECASE)  # "800-mile"


def written_figure(claim: Any) -> str | None:
    """The figure as the report wrote it ("800 miles"), when the ledger converted it to its unit
    (km, years); None when it was written in that unit."""
    pat = _WRITTEN_UNIT.get(getattr(claim, "unit", ""))
    text = " ".join((getattr(claim, "text", "") or "").split())
    if pat is None or not pat.search(text):
        return None
    text = _COMPOUND.sub(lambda m: f"{m.group(1)} {m.group(2).lower()}"
                         + ("" if m.group(1) == "1" else "s"), text)  # "800 miles"
    return re.sub(r"^(?:an?|the)\s+", "", text, flags=re.IGNORECASE)


def _rounded(x: float | None) -> float | None:
    """A converted number to three significant figures (1,287.5 km → 1,290 km): the conversion
    adds no precision the report did not give."""
    if x is None or x == 0:
        return x
    from math import floor, log10

    digits = 2 - floor(log10(abs(x)))
    return float(round(x, digits))


def _written_forms(v: Any, claims: dict[str, Any]) -> tuple[list[str], bool]:
    """A value's wordings as written in another unit (distinct, in order), and whether every
    claim of the value was written so."""
    forms = [written_figure(claims[c]) if c in claims else None for c in v.claim_ids]
    written = list(dict.fromkeys(f for f in forms if f))
    return written, bool(forms) and all(forms)


def figure_text(v: Any, unit: str, claims: dict[str, Any]) -> str:
    """A value's figure as the tables show it: as the reports wrote it, then converted
    ("800 miles (≈1,290 km)"); in the unit it was written in, as before ("40 km")."""
    from reassure.evidence._model import value_text

    base = value_text(v.low, v.high, v.qualifier, unit)
    written, every = _written_forms(v, claims)
    if not written:
        return base
    if not every:  # some reports wrote it in the unit, some not
        return f"{base} (also written {' / '.join(written)})"
    firm = v.qualifier in ("exact", "range", "about", "nearly", "estimated")
    converted = value_text(_rounded(v.low), _rounded(v.high),
                           "exact" if firm and v.low is not None and v.high is not None
                           else v.qualifier, unit)
    return f"{' / '.join(written)} (≈{converted})"


def figure_label(v: Any, unit: str, subject: str, claims: dict[str, Any]) -> str:
    """`value_label` with the figure as written first (`figure_text`)."""
    from reassure.evidence._model import value_label, value_text

    label = value_label(v, unit, subject)
    base = value_text(v.low, v.high, v.qualifier, unit)
    shown = figure_text(v, unit, claims)
    if shown == base or not label.endswith(base):
        return label
    return label[:len(label) - len(base)] + shown


def _hedge_twins(e: Any, v: Any) -> list[Any]:
    """The values of entry ``e`` that are ``v``'s figure worded otherwise ("120" and "about
    120"): counted together as one figure (`same_figure_sources`), the same sources."""
    from reassure.evidence._ledger import firm_figure

    if not firm_figure(v.low, v.high, v.qualifier):
        return [v]
    return [w for w in e.values if (w.low, w.high, w.stage) == (v.low, v.high, v.stage)
            and firm_figure(w.low, w.high, w.qualifier)]


def _n_sources(n: int) -> str:
    return f"{n} source{'s' if n != 1 else ''}"


def entry_text(e: Any, claims: dict[str, Any]) -> str:
    """What all the claims of an entry say (`entry_summary`), as a reader should see it (review
    s32): each converted figure as written first ("800 miles (≈1,290 km)"), and one figure
    worded with and without a hedge ("120" and "about 120") said once, with the sources they
    share, not once per wording as if there were twice as many."""
    from reassure.evidence._model import entry_summary, value_label

    text = entry_summary(e)
    # one corroborated figure, two wordings: "X corroborated (2 sources); about X corroborated
    # (2 sources)" reads as four sources
    done: set[int] = set()
    for v in e.values:
        twins = _hedge_twins(e, v)
        if len(twins) < 2 or id(v) in done or not v.corroborated:
            continue
        done.update(id(w) for w in twins)
        n = max(v.same_figure_sources, v.independent_sources)
        segs = [f"{value_label(w, e.unit, e.subject)} corroborated ({_n_sources(n)})"
                for w in twins]
        if not all(seg in text for seg in segs):
            continue
        worded = " and ".join(f"'{value_label(w, '', e.subject)}'" for w in twins)
        for seg in segs[1:]:
            text = text.replace(f"; {seg}", "", 1) if f"; {seg}" in text \
                else text.replace(f"{seg}; ", "", 1)
        text = text.replace(segs[0], f"{segs[0][:-1]}, worded {worded})", 1)
    # converted figures: as written first, wherever the summary names the value
    for v in e.values:
        if not _written_forms(v, claims)[0]:
            continue
        for unit in (e.unit, ""):
            label = value_label(v, unit, e.subject)
            shown = figure_label(v, e.unit, e.subject, claims)
            text = re.sub(r"(?:^|(?<=: )|(?<=, )|(?<=; ))" + re.escape(label)
                          + r"(?= \(\d+ sources?[),;]| corroborated|;|$)",
                          shown.replace("\\", "\\\\"), text)
    return text


def _ledger_dict(ledger: Any) -> dict[str, Any]:
    """`Ledger.to_dict` with the figures as the tables show them (review s32): each quantity
    value's ``as_written`` (the figure in the unit the report wrote it in, "800 miles", when the
    ledger converted it; else null) and ``figure`` (as the table shows it), and the entry's
    ``summary`` as the table says it (`entry_text`). Nothing extracted changes."""
    d = ledger.to_dict()
    claims = {c.id: c for c in ledger.claims}
    for e, ed in zip(ledger.quantities, d["quantities"], strict=True):
        ed["summary"] = entry_text(e, claims)
        for v, vd in zip(e.values, ed["values"], strict=True):
            written = _written_forms(v, claims)[0]
            vd["as_written"] = " / ".join(written) if written else None
            vd["figure"] = figure_label(v, e.unit, e.subject, claims)
    return d


def _print_tables(ledger: Any) -> None:
    from reassure.present.output import console

    out = console()
    # (s67, a journalist's reading) what was found first: seventy reports listed before the first
    # claim were about 600 lines to scroll; the list follows the findings, counted here
    reports = _reports_table(ledger)
    out.print(f"{reports.title}: listed after the findings; each row below cites its report "
              "by source id, outlet and date.")
    numbers = _quantities_table(ledger)
    if numbers.row_count:
        _print_table(out, numbers)
    else:  # review s32: a header with no rows read as a broken table
        out.print("No quantified claims found.")
    stances, others = _stance_tables(ledger)
    if stances.row_count:
        _print_table(out, stances)
    else:  # review s32: no header-only box
        out.print("No stances found." if not others.row_count else
                  "No stances of possible contributors found (other parties' statements below).")
    if others.row_count:
        _print_table(out, others)
    out.print(_check_line(ledger))
    if (weak := weak_kinds_line(ledger)) is not None:
        out.print(weak)
    if ledger.withheld_stances:
        _print_withheld(out, ledger)
    if ledger.pledges:
        _print_table(out, _pledges_table(ledger))
    _print_table(out, reports)
    out.print(accuracy_line(ledger.stance_check_threshold))


def _reports_table(ledger: Any) -> Any:
    """One row per report read: its story (copies of one story share it), outlet, date, how
    many claims and stances it gave and what was removed from its text."""
    story = {rid: g.id for g in ledger.duplicate_groups for rid in g.report_ids}
    n_stories = len(ledger.duplicate_groups)
    # (review s45) files that could not be read were named on stderr only: a table saved to a
    # file said "Reports (2, ...)" of a folder of five, with no word of the other three
    n_skipped = len(ledger.problems)
    skipped = (f"; {n_skipped} {'file' if n_skipped == 1 else 'files'} not read, "
               "named on stderr" if n_skipped else "")
    reports = _table(f"Reports ({len(ledger.reports)}, {n_stories} independent "
                     f"{'story' if n_stories == 1 else 'stories'}{skipped})",
                     ("source id", "story", "title", "outlet", "date", "claims", "removed"))
    counts: dict[str, int] = {}
    for c in (*ledger.claims, *ledger.stances):
        counts[c.report_id] = counts.get(c.report_id, 0) + 1
    for r in ledger.reports:
        removed = r.to_dict()["removed"]
        outlet = r.outlet or (f"(not stated; cites {r.cites})" if r.cites else "")
        date = r.date or (f"{r.date_as_written} (year not stated)" if r.date_as_written else "")
        reports.add_row(  # review 19: the id the other tables cite ("sample-c01", not "c01")
            r.source_id, story[r.id], display_title(r) + title_note(r), outlet, date,
            str(counts.get(r.id, 0)), ", ".join(f"{k} {v}" for k, v in removed.items()),
        )
    return reports


_QUANTITIES_TITLE = (
    "Quantified claims by subject (corroborated: the same figure from two "
    "independent sources, copies of one story counted once; single source: one "
    "story, however many copies ('copies' lists them); uncorroborated: "
    "several stories, no figure given by two; conflict: the stories' figures "
    "do not agree; figures that only overlap are 'consistent', not "
    "corroboration; a figure the reports give in miles or months is shown as "
    "written, then converted)")


def _quantities_table(ledger: Any) -> Any:
    """One row per figure given for a subject (the subject's cells on its first row only)."""
    claims = {c.id: c for c in ledger.claims}
    numbers = _table(_QUANTITIES_TITLE, ("subject", "status", "what all the claims say", "figure",
                                         "said by", "quoted words", _SOURCE))
    for e in ledger.quantities:
        values = (sorted(e.values, key=lambda v: (v.date is None, v.date or ""))
                  if e.change or _dated_apart(e) else e.values)
        for k, v in enumerate(values):
            numbers.add_row(*_quantity_cells(ledger, claims, e, v, k))
    return numbers


def _quantity_cells(ledger: Any, claims: dict[str, Any], e: Any, v: Any, k: int) -> tuple[Any, ...]:
    """The row of a subject's ``k``-th figure ``v``, quoting its representative claim."""
    first = _representative(ledger, [claims[c] for c in v.claim_ids])
    apart = _dated_apart(e)
    head = (e.subject_label, _status(e.status),
            entry_text(e, claims) + (f"; {apart}" if apart else ""))
    figure = figure_label(v, e.unit, e.subject, claims)
    if e.change or apart:  # review r10: a change over time: each figure's date, the latest
        # marked; (s67, a journalist's reading) figures in conflict dated apart: their dates too
        # (s67, a journalist's reading) a value's date is its earliest report's: said so when
        # the quoted words are another, later report's ("up to 20,000 (2025-03-03)" beside a
        # quote of 14 March)
        quoted = _claim_when(ledger, first)
        when = (f"first reported {v.date}" if v.date and quoted != v.date
                else v.date or "undated")
        figure += f" ({when}{', latest' if v.latest else ''})"
    if all(_asked(claims[c].sentence) for c in v.claim_ids):
        # (s67, a journalist's reading) "Can Europe field a 150,000-strong force?": a figure
        # every report of it puts as a question (readers record it; a reporter should not quote
        # it as anyone's plan)
        figure = (figure[:-1] + "; asked, not stated)" if e.change or apart
                  else figure + " (asked, not stated)")
    nation = _nation_focus(first.sentence, first.nation) if first.nation \
        and "+" not in first.nation else None
    return (*_first_row_only(head, k),
            f"{figure}; {_figure_sources(v, e)}",
            first.said_by or "",  # (s67) whose figure it is, as the stances table says
            _quote(first.sentence, first.text, nation) + _cut_note(ledger, first),
            _quoted_cites(ledger, first, v.report_ids))


_APART_DAYS = 7  # figures a week or more apart may be a change over time (a journalist's reading)


def _asked(sentence: str) -> bool:
    """A sentence that is a question (its last mark before any closing quote is "?")."""
    return sentence.rstrip().rstrip("\"'”’»)").endswith("?")


def _dated_apart(e: Any) -> str | None:
    """(s67, a journalist's reading) Of figures in conflict given on different days ("about 10
    countries" on 14 August, "26" on 5 September), the words that say so: within
    CHANGE_GAP_DAYS a change over time is not told from a disagreement, so the status stays
    "conflict" and the reader sees the dates. None when the figures are undated or fewer than
    _APART_DAYS apart."""
    if e.status != "conflict":
        return None
    from reassure.evidence._model import days_between

    dates = sorted({v.date for v in e.values if v.date})
    if len(dates) < 2 or days_between(dates[0], dates[-1]) < _APART_DAYS:
        return None  # (figures a few days apart are one moment's disagreement)
    return f"figures dated {dates[0]} to {dates[-1]}: perhaps a change over time"


_STANCE_COLUMNS = ("nation", "conflict or change", "stance", "sources", "said by", "date",
                   "quoted words", _SOURCE)


def _stance_tables(ledger: Any) -> tuple[Any, Any]:
    """The stances of possible contributors, and those of the other parties, each statement
    earliest first."""
    from reassure.evidence._gazetteer import HOST_AND_ADVERSARY

    stance_of = {s.id: s for s in ledger.stances}
    # (s50 review) "declines" and "rejects" stood side by side unexplained: they differ in
    # what is refused, and count together, as the legend says
    stances = _table("Stances on contributing troops (talks = taking part in the talks, not an "
                     "offer of troops; declines = will not send its own troops, rejects = "
                     "opposes the force or plan itself, the two counted together; each row: how "
                     "many independent sources report it; earliest first)", _STANCE_COLUMNS)
    # review r10: the host and the adversary offer no troops to the force: a table of their own;
    # review s12: the United States too, with no conflict, change or latest for any of them
    others = _table("Stances of the host, the adversary and the United States (Ukraine, Russia, "
                    "the US): other parties' statements, not contributors to the European force",
                    _STANCE_COLUMNS)
    for p in ledger.positions:
        table = others if not p.contributor or p.actor in HOST_AND_ADVERSARY else stances
        for k, v in enumerate(sorted(p.stances, key=lambda v: (v.date is None, v.date or ""))):
            table.add_row(*_stance_cells(ledger, stance_of, p, v, k))
    return stances, others


def _stance_cells(ledger: Any, stance_of: dict[str, Any], p: Any, v: Any, k: int) -> tuple[Any, ...]:
    """The row of a nation's ``k``-th stance ``v``, quoting its representative statement."""
    first = _representative(ledger, [stance_of[c] for c in v.claim_ids])
    return (*_first_row_only((p.actor_name, _position_note(p)), k),
            _stance_label(stance_of, v, first),
            _stance_sources_label(v),
            first.said_by or "",
            _latest_date(ledger, v, first) if v.latest
            else _claim_date(ledger, first),
            _quote(first.sentence, first.cue,
                   _nation_focus(first.sentence, first.actor, first.group),
                   _condition_focus(first)) + _cut_note(ledger, first),
            _quoted_cites(ledger, first, v.report_ids))


def _stance_label(stance_of: dict[str, Any], v: Any, first: Any) -> str:
    """The stance in words: its condition, the groups it was read from, whether it is the
    latest dated."""
    qualified = [stance_of[c] for c in v.claim_ids if stance_of[c].qualified_by]
    label = v.stance
    if v.stance == "conditional" or qualified:
        cond_claim = next((stance_of[c] for c in v.claim_ids
                           if stance_of[c].stance == "conditional"), first)
        words = condition_words(v.condition, cond_claim.sentence, cond_claim.cue)
        # "would contribute only if ...": ready on this condition alone (review r7)
        label = f"{qualified[0].stance}, {words}" if qualified else words
    groups = list(dict.fromkeys(stance_of[c].group for c in v.claim_ids
                                if stance_of[c].group))
    if groups:  # review r10: a nation read from a group says so
        alone = any(not stance_of[c].group for c in v.claim_ids)
        label += (" (" + ("also " if alone else "") + "from "
                  + ", ".join(f"'{g}'" for g in groups) + ")")
    if v.latest:  # the most recent dated statement (review s12; "[latest]" before
        # was read as rich markup and never shown)
        label += " (latest dated)"
    return label


def _position_note(p: Any) -> Any:
    """A nation's stances in conflict (in red) or changed over time, else nothing."""
    if p.conflict:
        return styled("[red]conflict: {}[/red]{}", p.conflict,
                      f"; latest dated statement: {p.latest}" if p.latest else "")
    if p.change:
        return f"changed over time: {p.change}"
    return ""


def _pledges_table(ledger: Any) -> Any:
    """One row per stage a nation's pledge reached, the furthest on its first row."""
    pledges = _table("Pledges by stage, as the Kiel Ukraine Support Tracker tracks aid "
                     "(stated: a plan or readiness → pledged: a promised number → approved: "
                     "by parliament → deployed); what a nation could field is not a pledge",
                     ("nation", "furthest stage", "stage", "date", "troops", "quoted words",
                      _SOURCE))
    # (s48 review) a nation whose stances conflict, or changed, says so beside its stage: the
    # pledges table alone read "Italy: stated" with no word of Italy's refusal
    moved = {p.actor: f"stances in conflict: {p.conflict}" if p.conflict
             else f"stances changed: {p.change}" for p in ledger.positions
             if p.conflict or p.change}
    for pe in ledger.pledges:
        furthest = pe.stage + (f" ({moved[pe.nation]})" if pe.nation in moved else "")
        for k, st in enumerate(pe.stages):
            pledges.add_row(*_stage_cells(ledger, pe, st, furthest, k))
    return pledges


def _stage_cells(ledger: Any, pe: Any, st: Any, furthest: str, k: int) -> tuple[Any, ...]:
    """The row of a pledge's ``k``-th stage ``st``, quoting the words that gave it."""
    first = ledger.claim(st.claim_id)
    focus = getattr(first, "text", None) or getattr(first, "cue", None)
    group = getattr(first, "group", None)
    # review s12: a stage read from a group sentence says so, as the stance row does
    stage = st.stage + (f" (from '{group}')" if group else "")
    return (*_first_row_only((pe.nation_name, furthest), k), stage,
            # (s34: a report dated without its year gave "undated"
            # here beside a stance row's "Jan 6 (year not stated)")
            st.date or _written_date(ledger, first), _stage_troops(st),
            # review s32: the words that gave the stage stay in view
            # ("deployed 1,500 ...", not only the stance's "pledged")
            _quote(st.quote, focus, _nation_focus(st.quote, pe.nation, group),
                   spans=stage_spans(st.quote, st.stage, focus)),
            # review s33: every report of the stage, copies and other
            # stories apart, as the stance rows list them (the first report
            # alone read as a single source behind a stage five gave)
            _quoted_cites(ledger, first, list(dict.fromkeys(
                [st.report_id, *(ledger.claim(c).report_id for c in st.claim_ids)]))))


def _stage_troops(st: Any) -> str:
    """The troops a stage gives, then any other figures its sources give."""
    from reassure.evidence._model import value_text

    troops = value_text(st.low, st.high, st.qualifier) \
        if st.low is not None or st.high is not None else ""
    # (s48 review) the other figures the stage's sources give, so that its source
    # count is not read as backing the first figure alone
    others = [value_text(lo, hi, q) for lo, hi, q in st.figures
              if (lo, hi) != (st.low, st.high)]
    if others:
        troops = (f"{troops}; " if troops else "") + "also " + "; ".join(others) + \
            " (the sources differ)" * bool(troops or len(others) > 1)
    return troops


def weak_kinds_line(ledger: Any) -> str | None:
    """(s73, a journalist's reading) Which of this reading's stance rows are of the kinds that
    were right least often on unseen reports (`reading_accuracy`'s by-kind figures below
    `WEAK_PRECISION`):
    "3 of the 12 stance rows above are conditional or undecided ...". None when there are none,
    or when the reading ran with another stance check setting than the one measured."""
    if not _check_applies(ledger.stance_check_threshold):
        return None
    by_kind = reading_accuracy()["stances_by_kind"]
    weak = [k for k in TROOP_STANCES if by_kind[k]["precision"] < WEAK_PRECISION]
    from reassure.evidence._gazetteer import HOST_AND_ADVERSARY

    rows = [v.stance for p in ledger.positions
            if p.contributor and p.actor not in HOST_AND_ADVERSARY for v in p.stances
            if v.stance in TROOP_STANCES]
    counts = {k: rows.count(k) for k in weak if rows.count(k)}
    if not counts:
        return None
    said = " and ".join(f"{n} {k}" for k, n in counts.items())
    verb = "is" if sum(counts.values()) == 1 else "are"
    rates = ", ".join(f"{k} {round(100 * by_kind[k]['precision'])}%" for k in counts)
    return (f"Of the {len(rows)} rows above that give a possible contributor's stance on sending "
            f"troops (ready, conditional, open, undecided, declines), {said} {verb} of the kinds "
            f"that matched careful readers least often on unseen reports ({rates}; the line at "
            "the end): check their quoted words first.")


def _check_line(ledger: Any) -> str:
    """review 19: whether the stance check ran and what it withheld, said every time (a table of
    withheld stances alone cannot tell "checked, none withheld" from "not checked")."""
    threshold = ledger.stance_check_threshold
    if threshold is None:
        return ("Stance check: off (--no-stance-check): the rules' stances, none withheld.")
    judged = sum(s.check is not None for s in ledger.stances) + len(ledger.withheld_stances)
    n = len(ledger.withheld_stances)
    # review s51 4: "0 of 6 judged stances" beside a table of 4 stances: the count is of readings
    # (one report's sentence each, a copy of a story counted too), the table's of rows
    rows = sum(len(p.stances) for p in ledger.positions)
    kept = len({c for p in ledger.positions for v in p.stances for c in v.claim_ids})
    # review s27: "withheld" alone read as a government withholding something; say what it is
    return (f"Stance check: {n} of {judged} judged stance readings withheld (a reading is one "
            "sentence of one report, each copy of a story counted: the stances shown gather "
            f"{kept} reading{'' if kept == 1 else 's'} into {rows} row{'' if rows == 1 else 's'}; scored below "
            f"{threshold:.2f}: left out of the stances table as doubtful"
            f"{', listed below' if n else ''}; outright refusals and offers, and conditions "
            "the rules name (a US backstop, parliament, a mandate, a constitution), are not "
            "judged); "
            "--no-stance-check shows the rules' stances alone.")


def _print_withheld(out: Any, ledger: Any) -> None:
    """s19: the stances the stance check withheld, each with its score and sentence, so a reader
    can overrule it; they are in no entry above."""
    threshold = ledger.stance_check_threshold
    below = f"below {threshold:.2f}" if threshold is not None else "below its threshold"
    table = _table("Stances withheld by the stance check (a model over the rules' output; "
                   f"scored {below}, the chance a careful reader would record them; counted in "
                   "no entry above: check the sentence)",
                   ("nation", "stance", "check", "said by", "quoted words", _SOURCE))
    for s in ledger.withheld_stances:
        table.add_row(s.actor_name, condition_words(s.condition, s.sentence, s.cue)
                      if s.stance == "conditional" else s.stance,
                      "" if s.check is None else f"{s.check:.2f}", s.said_by or "",
                      _quote(s.sentence, s.cue, _nation_focus(s.sentence, s.actor, s.group),
                             _condition_focus(s)),
                      _cite(ledger, s.report_id))
    _print_table(out, table)


def _written_date(ledger: Any, claim: Any) -> str:
    """A claim's report date as written when it has no year, else "undated"."""
    written = ledger.report(claim.report_id).date_as_written if claim is not None else None
    return f"{written} (year not stated)" if written else "undated"


def _claim_date(ledger: Any, claim: Any) -> str:
    """The date of a claim as the tables show it (`_claim_when`), else a date without a year."""
    when = _claim_when(ledger, claim)
    return when or _written_date(ledger, claim)


def _latest_date(ledger: Any, v: Any, quoted: Any) -> str:
    """review s32: the date of a row marked latest: that of its most recent claim, the date that
    made it the latest (`latest` of the entry), with the report it comes from when that is not
    the quoted one (whose own date the row showed before, "undated" as often as not)."""
    src = getattr(ledger, "sources", None)
    if src is None:
        return _claim_date(ledger, quoted)
    dated = [(d, c) for c in v.claim_ids if (d := src.date.get(c))]
    if not dated:
        return _claim_date(ledger, quoted)
    when = max(d for d, _ in dated)
    if src.date.get(quoted.id) == when:
        return when
    at = min(c for d, c in dated if d == when)
    return f"{when} (from {ledger.report(ledger.claim(at).report_id).source_id})"


def _by_date(ledger: Any, report_ids: Any) -> list[str]:
    """Report ids, earliest first (undated last; otherwise as given)."""
    src = getattr(ledger, "sources", None)
    dates = src.report_date if src is not None else {r.id: r.date for r in ledger.reports}
    return sorted(report_ids, key=lambda r: (dates.get(r) is None, dates.get(r) or ""))


def _representative(ledger: Any, claims: list[Any]) -> Any:
    """The claim a row quotes (review r10): a body sentence that names who said it before a
    headline or an unattributed sentence that says the same, the original before a copy citing
    it by its outlet's name; a whole sentence before one a page cut off mid-word (s33); then
    the earliest; then as read."""
    def headline(c: Any) -> bool:
        title = " ".join((ledger.report(c.report_id).title or "").split()).rstrip(".").lower()
        said = " ".join(c.sentence.split()).rstrip(".").lower()
        return bool(title) and (said == title or said.startswith(title) or title.startswith(said))

    def cites_another(c: Any) -> bool:
        # (s28) "According to the agency Northwire, ..." in a copy, beside Northwire's own
        # report: the original's sentence is the one to quote
        said = (c.said_by or "").lower()
        return bool(said) and any(said == (ledger.report(o.report_id).outlet or "").lower()
                                  for o in claims if o.report_id != c.report_id)

    def cut_off(c: Any) -> bool:
        # (s33) a page that ends mid-sentence ("... including the e"): the copy that prints the
        # whole sentence is the one to quote, whoever it names as the speaker
        said = c.sentence.rstrip()
        return bool(said) and said[-1] not in _SENTENCE_END

    src = getattr(ledger, "sources", None)
    order = {c.id: k for k, c in enumerate(claims)}

    def when(c: Any) -> tuple[bool, str]:
        # s44: the earliest (the story's original before a later copy), not the first given
        d = src.date.get(c.id) if src is not None else None
        return d is None, d or ""

    return min(claims, key=lambda c: (headline(c), cites_another(c), cut_off(c), not c.said_by,
                                      (c.said_by or "").startswith(("an unnamed", "unnamed")),
                                      when(c), order[c.id]))


def _cut_note(ledger: Any, claim: Any) -> str:
    """(s67, a journalist's reading) A quoted sentence the report's text ends in before its stop
    (a page saved cut short: "... any deployment of Dutch troops would") says so: it was shown
    as if whole."""
    said = claim.sentence.rstrip()
    if not said or said[-1] in _SENTENCE_END:
        return ""
    text = (ledger.report(claim.report_id).text or "").rstrip()
    return " (the report's text ends here, mid-sentence)" if text.endswith(said) else ""


# how a whole sentence ends: its stop, or a closing quotation mark or bracket after it
_SENTENCE_END = frozenset(".!?…:;\"'”’»)]")


def _status(status: str) -> Any:
    if status == "conflict":
        return styled("[red]conflict[/red]")
    return status
