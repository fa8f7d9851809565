"""The evidence ledger's data: reports, claims, stances, ledger entries (frozen dataclasses).

Every class has ``to_dict()`` returning JSON-ready plain types. Offsets (``start``, ``end``) are
character offsets into ``Report.text`` (the decoded file for plain text, trafilatura's extracted
text for HTML), so ``report.text[claim.start:claim.end] == claim.sentence`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# figures or stances stated more than a month apart are a change over time, not a conflict
# (review r10; here so the ledger and the scenario suggestions share it without a cycle)
CHANGE_GAP_DAYS = 31


def days_between(a: str, b: str) -> int:
    """Whole days between two ISO dates, either order."""
    from datetime import date

    return abs((date.fromisoformat(b) - date.fromisoformat(a)).days)

__all__ = [
    "APPROX_QUALIFIERS",
    "CHANGED",
    "CONFLICT",
    "CORROBORATED",
    "NOT_PLANNED",
    "PLEDGE_STAGES",
    "SINGLE",
    "STATUSES",
    "UNCORROBORATED",
    "DuplicateGroup",
    "PledgeEntry",
    "PledgeStage",
    "PositionEntry",
    "Problem",
    "QuantityClaim",
    "QuantityEntry",
    "QuantityValue",
    "Removed",
    "Report",
    "StanceClaim",
    "StanceValue",
    "entry_summary",
    "value_label",
    "value_text",
]


@dataclass(frozen=True)
class Removed:
    """A stretch of the report that cleaning dropped, and why."""

    start: int
    end: int
    reason: str  # boilerplate | caption | metadata | repeated

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "reason": self.reason}


@dataclass(frozen=True)
class Report:
    """One ingested, cleaned report."""

    id: str  # stable: the file stem, slugified, a trailing content hash dropped ("000")
    source_id: str  # id for a scenario's [[sources]] ("seed-000")
    path: str  # the path as given (or as found in a folder that was given)
    fmt: str  # "text" or "html"
    text: str  # the text all offsets refer to
    paragraphs: tuple[tuple[int, int], ...]  # kept paragraphs, (start, end) into text
    removed: tuple[Removed, ...] = ()
    title: str | None = None
    outlet: str | None = None
    date: str | None = None  # ISO date (YYYY-MM-DD) when one was found
    author: str | None = None
    url: str | None = None
    cites: str | None = None  # the outlet the report itself cites ("according to X")
    # a date as written when it names no year (a dateline "TALLINN, April 29"): never completed
    date_as_written: str | None = None
    # (s50 review) where a title is no headline found in the page: "address" when rebuilt from
    # the web address's words (shown "(from the address)"); None for a headline. A report with
    # no title is shown by its first sentence, marked "(first sentence)" (`title_note`)
    title_from: str | None = None

    @property
    def clean_text(self) -> str:
        """The kept paragraphs, one per line (boilerplate and repeats removed)."""
        return "\n".join(self.text[a:b] for a, b in self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        reasons: dict[str, int] = {}
        for r in self.removed:
            reasons[r.reason] = reasons.get(r.reason, 0) + 1
        return {
            "id": self.id,
            "source_id": self.source_id,
            "path": self.path,
            "format": self.fmt,
            "title": self.title,
            "outlet": self.outlet,
            "date": self.date,
            "author": self.author,
            "url": self.url,
            "cites": self.cites,
            "date_as_written": self.date_as_written,
            "title_from": self.title_from,
            "chars": len(self.text),
            "paragraphs": len(self.paragraphs),
            "removed": reasons,
        }


@dataclass(frozen=True)
class QuantityClaim:
    """A number with a unit about a known subject, and the sentence it came from."""

    id: str  # "<report id>-q-<6 hex>" (see docs/evidence.md: stable ids)
    report_id: str
    subject: str  # european_force | contribution:FRA | ukraine_request | ...
    subject_label: str
    unit: str  # troops | km | countries | aircraft | year | EUR | USD
    low: float | None  # None: open below ("fewer than")
    high: float | None  # None: open above ("more than")
    qualifier: str  # exact | about | nearly | at least | more than | fewer than | up to | range ...
    text: str  # the quantity as written ("around 25,000 to 30,000 soldiers")
    number_text: str  # the first number as written ("25,000")
    sentence: str
    start: int
    end: int
    said_by: str | None = None
    nation: str | None = None  # ISO3 for contribution subjects ("FRA+GBR" for a combined one)
    said_by_nation: str | None = None  # ISO3 of a named speaker ("Giorgia Meloni" -> ITA)

    @property
    def approximate(self) -> bool:
        return self.qualifier in APPROX_QUALIFIERS

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": "quantity",
            "report": self.report_id,
            "subject": self.subject,
            "subject_label": self.subject_label,
            "nation": self.nation,
            "unit": self.unit,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "text": self.text,
            "said_by": self.said_by,
            "said_by_nation": self.said_by_nation,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
        }


APPROX_QUALIFIERS = frozenset({"about", "nearly", "estimated"})
# (s73) the stages of a figure that is no plan's: what could be fielded, a figure its report rejects
NOT_PLANNED = frozenset({"capability", "denied"})
_PREFIX = {"about": "about ", "nearly": "nearly ", "estimated": "an estimated ",
           "at least": "at least ", "more than": "more than ", "fewer than": "fewer than ",
           "up to": "up to ", "exact": "", "range": ""}


def _n(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() or abs(x) >= 100 else f"{x:,.3g}"


def value_text(low: float | None, high: float | None, qualifier: str, unit: str = "") -> str:
    """A figure as a reader should see it, its qualifier kept: "nearly 10,000", "up to 30,000",
    "about 25,000–30,000", "tens of thousands" (a vague quantity keeps its words)."""
    unit = {"year": "years", "troops": "troops"}.get(unit, unit)
    tail = f" {unit}" if unit else ""
    if qualifier not in _PREFIX:  # "tens of thousands", "several hundred": its own words
        return qualifier + (f" ({_n(low or 0)}–{_n(high or 0)})" if low and high else "") + tail
    if low is None and high is None:
        return "?"
    if low is None:
        return f"{_PREFIX.get(qualifier) or 'up to '}{_n(high or 0)}{tail}"
    if high is None:
        return f"{_PREFIX.get(qualifier) or 'at least '}{_n(low)}{tail}"
    number = _n(low) if low == high else f"{_n(low)}–{_n(high)}"
    return f"{_PREFIX[qualifier]}{number}{tail}"


@dataclass(frozen=True)
class StanceClaim:
    """A nation's (or actor's) stance on contributing, and the sentence it came from."""

    id: str  # "<report id>-s-<6 hex>"
    report_id: str
    actor: str  # ISO3 code
    actor_name: str
    stance: str  # one of STANCES
    cue: str  # the words that carry the stance ("ruled out")
    sentence: str
    start: int
    end: int
    said_by: str | None = None
    condition: str | None = None  # for "conditional": us-backstop | parliament | ceasefire | ...
    group: str | None = None  # the group the actor was named in ("the Baltic states")
    said_by_nation: str | None = None  # ISO3 of a named speaker ("Giorgia Meloni" -> ITA)
    # review r7: the id of the conditional stance of the same actor in the same sentence that
    # qualifies this one ("would contribute only if the US provides a backstop" is ready *on
    # that condition*, never unconditionally); set by the ledger, not by extraction
    qualified_by: str | None = None
    # s19: the stance check's probability that annotators would record this (nation, stance) of
    # the report (`_stance_check`); None for stances it does not judge
    check: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": "stance",
            "report": self.report_id,
            "actor": self.actor,
            "actor_name": self.actor_name,
            "stance": self.stance,
            "condition": self.condition,
            "qualified_by": self.qualified_by,
            "group": self.group,
            "cue": self.cue,
            "said_by": self.said_by,
            "said_by_nation": self.said_by_nation,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "check": self.check,
        }


@dataclass(frozen=True)
class DuplicateGroup:
    """Reports that are copies (syndicated, translated, padded) of one story."""

    id: str  # the id of its first report ("000")
    report_ids: tuple[str, ...]
    # lowest score of a join that built the group (1.0 alone): the pair model's probability
    # of one story, or the text similarity where no model is used
    similarity: float

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "reports": list(self.report_ids), "similarity": self.similarity}


@dataclass(frozen=True)
class QuantityValue:
    """One value of a subject, as stated by one or more reports."""

    low: float | None
    high: float | None
    qualifier: str
    text: str  # the first wording seen
    claim_ids: tuple[str, ...]
    report_ids: tuple[str, ...]
    independent_sources: int
    # a nation's contribution only: the pledge stage its sentence reports (stated | pledged |
    # approved | deployed), or "capability" (what a nation could field: not an offer)
    stage: str | None = None
    # independent stories that give this same figure (review r7): its own, plus those giving the
    # same bounded numbers worded "about"/"nearly"/exact ("about 25,000" = "25,000"); a vaguer
    # or open figure that merely overlaps ("tens of thousands", "fewer than 30,000") never counts
    same_figure_sources: int = 0
    # review r10: the agencies (AFP, Reuters, ...) that separate stories giving this figure all
    # credit: their rewrites of one dispatch count once ("both credit AFP: one source")
    credited: tuple[str, ...] = ()
    date: str | None = None  # review r10: the earliest date of a claim giving it (ISO)
    latest: bool = False  # review r10: the latest figure of an entry that changed over time

    @property
    def corroborated(self) -> bool:
        return max(self.same_figure_sources, self.independent_sources) >= 2

    def to_dict(self) -> dict[str, Any]:
        return {
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "text": self.text,
            "stage": self.stage,
            "claims": list(self.claim_ids),
            "reports": list(self.report_ids),
            "independent_sources": self.independent_sources,
            "same_figure_sources": max(self.same_figure_sources, self.independent_sources),
            "credited": list(self.credited),
            "date": self.date,
            "latest": self.latest,
        }


@dataclass(frozen=True)
class QuantityEntry:
    """All claims about one subject in one unit: corroborated, single source or conflict."""

    subject: str
    subject_label: str
    unit: str
    # corroborated (one figure from 2+ independent stories) | single source (one story) |
    # uncorroborated (several stories, no figure given by two) | conflict (STATUSES)
    status: str
    low: float | None  # consensus range (corroborated) or the span of the stated numbers
    high: float | None
    values: tuple[QuantityValue, ...]
    claim_ids: tuple[str, ...]
    report_ids: tuple[str, ...]
    independent_sources: int
    nation: str | None = None
    # review r10: figures that differ because they were stated months apart, earliest to latest
    # ("6 countries (2025-04-11) → 26 countries (2025-09-04, latest)"); status is then CHANGED
    change: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "change": self.change,
            "subject_label": self.subject_label,
            "nation": self.nation,
            "unit": self.unit,
            "status": self.status,
            "low": self.low,
            "high": self.high,
            "summary": entry_summary(self),
            "values": [v.to_dict() for v in self.values],
            "claims": list(self.claim_ids),
            "reports": list(self.report_ids),
            "independent_sources": self.independent_sources,
        }


def value_label(v: QuantityValue, unit: str = "", subject: str = "") -> str:
    """A value with its pledge stage when it has one: "pledged: 150", "stated: up to 10,000",
    "capability, not an offer: nearly 10,000"; for a force's size, "capability, not a planned
    size: 25,000" (what could be fielded)."""
    text = value_text(v.low, v.high, v.qualifier, unit)
    if not v.stage:
        return text
    if v.stage == "capability":
        label = ("capability, not an offer" if subject.startswith("contribution:") or not subject
                 else "capability, not a planned size")
        return f"{label}: {text}"
    if v.stage == "denied":  # (s73) a figure its own report rejects ("dismissed reports that ...")
        return f"rejected in its report, not a plan: {text}"
    return f"{v.stage}: {text}"


def _sources(n: int) -> str:
    return f"{n} source{'s' if n != 1 else ''}"


def entry_summary(e: QuantityEntry) -> str:
    """What the reports say of one subject, in a line: one figure with its qualifier; where
    several overlap, the common range and each figure; in a conflict, the span and each figure
    with its independent sources ("25,000–64,000 across 3 figures: 25,000 (2 sources), ...");
    a nation's figures stage by stage, never as one range (150 pledged and 50 deployed are not
    alternatives); a capability apart from the plan's figures."""
    if len(e.values) == 1:
        return value_label(e.values[0], e.unit, e.subject)
    unit = {"year": "years"}.get(e.unit, e.unit)
    planned = [v for v in e.values if v.stage != "capability"] or list(e.values)
    capable = [v for v in e.values if v.stage == "capability" and v not in planned]
    tail = "".join(f"; {value_label(v, '', e.subject)} ({_sources(v.independent_sources)})"
                   for v in capable)
    if len({v.stage for v in planned}) > 1:  # a nation's figures, stage by stage
        each = "; ".join(f"{value_label(v, e.unit, e.subject)} "
                         f"({_sources(v.independent_sources)})" for v in planned)
        return ("conflict, " if e.status == CONFLICT else "") + f"by stage, not a range: " \
            f"{each}{tail}"
    each = ", ".join(f"{value_label(v, '', e.subject)} ({_sources(v.independent_sources)})"
                     for v in planned)
    if len(planned) == 1:
        return f"{value_label(planned[0], e.unit, e.subject)}{tail}"
    if e.subject == "nations_counted":  # review s12: counts of what the sentences do not say
        return f"separate counts, not one range: {each}{tail}"
    if e.low is None and e.high is None:
        span = "?"
    elif e.low is None or e.high is None or e.low == e.high:
        span = _n(e.low if e.high is None else e.high)  # type: ignore[arg-type]
    else:
        span = f"{_n(e.low)}–{_n(e.high)}"
    if e.status == CHANGED and e.change:
        return f"changed over time: {e.change}{tail}"
    if e.status == CONFLICT:
        return f"{span} {unit} across {len(planned)} figures: {each}{tail}"
    # review r7: figures that only overlap are consistent, not corroborating ("tens of thousands"
    # does not confirm 25,000–30,000); only a figure two independent stories give is corroborated
    firm = [v for v in planned if v.corroborated]
    rest = [v for v in planned if not v.corroborated]
    if firm:
        said = "; ".join(f"{value_label(v, e.unit, e.subject)} corroborated "
                         f"({_sources(max(v.same_figure_sources, v.independent_sources))})"
                         for v in firm)
        also = ", ".join(f"{value_label(v, '', e.subject)} ({_sources(v.independent_sources)})"
                         for v in rest)
        return said + (f"; consistent with: {also}" if rest else "") + tail
    return (f"{each}: no figure from two independent sources; consistent with each other "
            f"(overlap: {span} {unit}){tail}")


@dataclass(frozen=True)
class StanceValue:
    """One stance of an actor, as stated by one or more reports."""

    stance: str
    claim_ids: tuple[str, ...]
    report_ids: tuple[str, ...]
    independent_sources: int
    condition: str | None = None  # "conditional" only: one value per condition, each its sentences
    credited: tuple[str, ...] = ()  # review r10: as QuantityValue.credited
    date: str | None = None  # review r10: the earliest date of a claim of it (ISO)
    # review r10: of the latest period, when the stances changed over time; review s12: or, in a
    # conflict, the most recent dated statement (ties broken by independent sources)
    latest: bool = False
    # review s12: the independent sources of this stance's family ("declines" with "rejects"),
    # which agreement counts; the value's own count is `independent_sources`
    family_sources: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "stance": self.stance,
            "condition": self.condition,
            "credited": list(self.credited),
            "date": self.date,
            "latest": self.latest,
            "claims": list(self.claim_ids),
            "reports": list(self.report_ids),
            "independent_sources": self.independent_sources,
            "family_sources": self.family_sources,
        }


@dataclass(frozen=True)
class PositionEntry:
    """All stances of one actor: corroborated, single source or conflict."""

    actor: str
    actor_name: str
    # conflict | corroborated (one stance from 2+ independent sources) | single source (one
    # story) | uncorroborated (several stories, none repeating another's stance)
    status: str
    stances: tuple[StanceValue, ...]
    claim_ids: tuple[str, ...]
    report_ids: tuple[str, ...]
    independent_sources: int
    conflict: str | None = None  # e.g. "participating vs ruled-out"
    # review r10: stances that differ because they were stated months apart, earliest to latest
    # ("ready (2024-12-17) → declines (2025-04-11, latest)"): no conflict, status CHANGED
    change: str | None = None
    # review s12: False for a party that sends no troops to the force (Ukraine, Russia, the US):
    # its statements are listed apart, with no conflict, change or latest
    contributor: bool = True
    # review s12: in a conflict, the most recent dated statement ("undecided (2025-09-05, 4
    # independent sources)"; ties broken by independent sources)
    latest: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "actor_name": self.actor_name,
            "contributor": self.contributor,
            "status": self.status,
            "conflict": self.conflict,
            "latest": self.latest,
            "change": self.change,
            "stances": [s.to_dict() for s in self.stances],
            "claims": list(self.claim_ids),
            "reports": list(self.report_ids),
            "independent_sources": self.independent_sources,
        }


PLEDGE_STAGES = ("stated", "pledged", "approved", "deployed")

# Entry statuses. "corroborated" was "agreement" before issue 15i: a reader took "Poland:
# agreement" for "Poland agrees" (docs/evidence.md, section 6).
CORROBORATED = "corroborated"
SINGLE = "single source"
UNCORROBORATED = "uncorroborated"
CONFLICT = "conflict"
# review r10: figures or stances that differ because they were stated months apart (a later one
# updates an earlier one): not a conflict; the latest is marked
CHANGED = "changed over time"
STATUSES = (CORROBORATED, SINGLE, UNCORROBORATED, CONFLICT, CHANGED)


@dataclass(frozen=True)
class PledgeStage:
    """One stage of a nation's pledge (as the Kiel Ukraine Support Tracker tracks aid): the
    first report of it, with its claim, quote and date."""

    stage: str  # stated | pledged | approved | deployed (PLEDGE_STAGES)
    date: str | None  # ISO date: in the sentence when it says one, else the report's date
    low: float | None  # troops, when the sentence gives a number
    high: float | None
    claim_id: str
    report_id: str
    quote: str
    claim_ids: tuple[str, ...]  # every claim that reports this stage
    independent_sources: int
    qualifier: str = "exact"  # of the number ("up to", "nearly"), as the claim read it
    # (s48 review) every distinct figure the stage's claims give, (low, high, qualifier) in the
    # order of its reports: the first report's figure (above) is not the only one its sources
    # give ("pledged 150" then "300, double its earlier offer" at the same stage)
    figures: tuple[tuple[float | None, float | None, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"stage": self.stage, "date": self.date, "low": self.low, "high": self.high,
                "qualifier": self.qualifier,
                "claim": self.claim_id, "report": self.report_id, "quote": self.quote,
                "claims": list(self.claim_ids), "independent_sources": self.independent_sources,
                "figures": [{"low": lo, "high": hi, "qualifier": q} for lo, hi, q in self.figures]}


@dataclass(frozen=True)
class PledgeEntry:
    """A nation's offer of troops, stage by stage (stated -> pledged -> approved -> deployed)."""

    nation: str
    nation_name: str
    stages: tuple[PledgeStage, ...]  # in PLEDGE_STAGES order, only the stages reported

    @property
    def stage(self) -> str:
        """The furthest stage reported."""
        return self.stages[-1].stage

    def to_dict(self) -> dict[str, Any]:
        return {"nation": self.nation, "nation_name": self.nation_name, "stage": self.stage,
                "stages": [s.to_dict() for s in self.stages]}


@dataclass(frozen=True)
class Problem:
    """A file that could not be read; the others were still processed."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "message": self.message}

