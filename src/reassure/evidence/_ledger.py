"""The ledger: reports -> claims and stances -> entries grouped by subject, agreement or conflict."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reassure.errors import EvidenceError
from reassure.evidence._claims import SUBJECTS
from reassure.evidence._model import (
    APPROX_QUALIFIERS,
    DuplicateGroup,
    PositionEntry,
    Problem,
    QuantityClaim,
    QuantityEntry,
    QuantityValue,
    Report,
    StanceClaim,
    StanceValue,
)
from reassure.evidence._stances import STANCES

__all__ = ["APPROX_TOLERANCE", "Ledger", "build_ledger"]

APPROX_TOLERANCE = 0.10  # "about/nearly/an estimated N" is taken as N ± 10 % when testing agreement


@dataclass(frozen=True)
class Ledger:
    """Everything read from a set of reports. Build it with `build_ledger`."""

    reports: tuple[Report, ...]
    duplicate_groups: tuple[DuplicateGroup, ...]
    claims: tuple[QuantityClaim, ...]
    stances: tuple[StanceClaim, ...]
    quantities: tuple[QuantityEntry, ...]
    positions: tuple[PositionEntry, ...]
    problems: tuple[Problem, ...]
    dedup_threshold: float

    def report(self, report_id: str) -> Report:
        """The report with this id (KeyError if none)."""
        for r in self.reports:
            if r.id == report_id:
                return r
        raise KeyError(report_id)

    def group_of(self, report_id: str) -> DuplicateGroup:
        """The story (duplicate group) a report belongs to."""
        for g in self.duplicate_groups:
            if report_id in g.report_ids:
                return g
        raise KeyError(report_id)

    def claim(self, claim_id: str) -> QuantityClaim | StanceClaim:
        """A quantity claim or stance by id (KeyError if none)."""
        for q in self.claims:
            if q.id == claim_id:
                return q
        for s in self.stances:
            if s.id == claim_id:
                return s
        raise KeyError(claim_id)

    def entry(self, subject: str, unit: str | None = None) -> QuantityEntry:
        """The quantity entry for a subject (``"european_force"``, ``"contribution:FRA"``)."""
        for e in self.quantities:
            if e.subject == subject and (unit is None or e.unit == unit):
                return e
        raise KeyError(subject)

    def position(self, actor: str) -> PositionEntry:
        """The stances of one actor by ISO3 code."""
        for p in self.positions:
            if p.actor == actor:
                return p
        raise KeyError(actor)

    def scenario_sources(self) -> str:
        """TOML fragments for a scenario: ``[[sources]]`` and commented suggested parameters."""
        from reassure.evidence._scenario import scenario_sources

        return scenario_sources(self)

    def to_dict(self) -> dict[str, Any]:
        return {
            "reports": [r.to_dict() for r in self.reports],
            "duplicate_groups": [g.to_dict() for g in self.duplicate_groups],
            "quantities": [e.to_dict() for e in self.quantities],
            "positions": [p.to_dict() for p in self.positions],
            "claims": [c.to_dict() for c in self.claims],
            "stances": [s.to_dict() for s in self.stances],
            "problems": [p.to_dict() for p in self.problems],
            "settings": {"dedup_threshold": self.dedup_threshold,
                         "approx_tolerance": APPROX_TOLERANCE},
        }


PARALLEL_MIN_FILES = 64  # below this, worker processes cost more than they save
MAX_JOBS = 4


def build_ledger(
    paths: Iterable[str | Path],
    *,
    dedup_threshold: float | None = None,
    jobs: int | None = None,
) -> Ledger:
    """Read reports (files or folders) into a ledger. Unreadable files become ``problems``.

    ``jobs``: worker processes for reading and extraction (default: one per CPU, at most 4, when
    there are at least 64 files and the platform can fork; else 1). The result does not depend
    on it.
    """
    from reassure.evidence._dedup import DEDUP_THRESHOLD, find_duplicates
    from reassure.evidence._ingest import expand_paths

    threshold = DEDUP_THRESHOLD if dedup_threshold is None else dedup_threshold
    files, missing = expand_paths(paths)
    problems = [Problem(p, m) for p, m in missing]
    items = list(zip(files, _assign_ids(files), strict=True))
    n_jobs = _jobs(jobs, len(items))
    if n_jobs > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from reassure.evidence._nlp import get_nlp

        get_nlp()  # built once here; the forked workers share it
        size = max(8, -(-len(items) // (n_jobs * 4)))
        chunks = [items[k:k + size] for k in range(0, len(items), size)]
        try:
            with ProcessPoolExecutor(max_workers=n_jobs,
                                     mp_context=multiprocessing.get_context("fork")) as pool:
                parts = list(pool.map(_process, chunks))
        except OSError:  # no processes to be had (limits, sandbox): do it here
            parts = [_process(items)]
    else:
        parts = [_process(items)]
    reports: list[Report] = []
    claims: list[QuantityClaim] = []
    stances: list[StanceClaim] = []
    sigs: list[tuple[set[str], Any]] = []
    for part in parts:
        for item in part:
            if isinstance(item, Problem):
                problems.append(item)
                continue
            report, qs, ss, sig = item
            reports.append(report)
            claims.extend(qs)
            stances.extend(ss)
            sigs.append(sig)
    groups = find_duplicates(reports, threshold, sigs) if reports else []
    group_of = {rid: g.id for g in groups for rid in g.report_ids}
    return Ledger(
        reports=tuple(reports),
        duplicate_groups=tuple(groups),
        claims=tuple(claims),
        stances=tuple(stances),
        quantities=tuple(_quantity_entries(claims, group_of)),
        positions=tuple(_position_entries(stances, group_of)),
        problems=tuple(problems),
        dedup_threshold=threshold,
    )


def _jobs(jobs: int | None, n_files: int) -> int:
    import multiprocessing
    import os

    if jobs is not None:
        wanted = max(1, jobs)
    elif n_files < PARALLEL_MIN_FILES:
        return 1
    else:
        wanted = min(os.cpu_count() or 1, MAX_JOBS)
    if wanted > 1 and "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return min(wanted, max(1, n_files))


_Item = tuple[Path, tuple[str, str]]
_Result = Problem | tuple[Report, list[QuantityClaim], list[StanceClaim], tuple[set[str], Any]]


def _process(items: Sequence[_Item]) -> list[_Result]:
    """Read, clean and extract a run of files (in a worker process or in this one)."""
    from reassure.evidence._clean import clean
    from reassure.evidence._dedup import signatures
    from reassure.evidence._extract import extract
    from reassure.evidence._ingest import read_raw

    out: list[Problem | Report] = []
    for path, (rid, sid) in items:
        try:
            report = clean(read_raw(path))
        except EvidenceError as err:
            out.append(Problem(str(path), _strip_prefix(str(err), str(path))))
            continue
        if (report.id, report.source_id) != (rid, sid):
            report = dataclasses.replace(report, id=rid, source_id=sid)
        out.append(report)
    reports = [r for r in out if isinstance(r, Report)]
    extracted = extract(reports)
    sig_of = dict(zip((r.id for r in reports), signatures([r.clean_text for r in reports]),
                      strict=True))
    return [
        r if isinstance(r, Problem) else (r, *extracted[r.id], sig_of[r.id])
        for r in out
    ]


def _assign_ids(files: Sequence[Path]) -> list[tuple[str, str]]:
    """Report and source ids from the paths alone; a repeated stem gets "-2", "-3", ..."""
    from reassure.evidence._clean import report_id_for, source_id_for

    ids: set[str] = set()
    sids: set[str] = set()
    out = []
    for f in files:
        rid0 = report_id_for(f)
        sid0 = source_id_for(f, rid0)
        rid, sid, n = rid0, sid0, 2
        while rid in ids or sid in sids:
            rid, sid, n = f"{rid0}-{n}", f"{sid0}-{n}", n + 1
        ids.add(rid)
        sids.add(sid)
        out.append((rid, sid))
    return out


def _strip_prefix(message: str, path: str) -> str:
    return message[len(path) + 2:] if message.startswith(path + ": ") else message


def _independent(report_ids: Iterable[str], group_of: dict[str, str]) -> int:
    return len({group_of.get(r, r) for r in report_ids})


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _subject_order(subject: str) -> tuple[int, str]:
    order = list(SUBJECTS)
    if subject.startswith("contribution:"):
        return (1, subject)
    return (0 if subject == "european_force" else 2 + (order.index(subject) if subject in order
                                                        else len(order)), subject)


def _bounds(c: QuantityClaim, tolerant: bool) -> tuple[float, float]:
    lo = float("-inf") if c.low is None else c.low
    hi = float("inf") if c.high is None else c.high
    if tolerant and c.qualifier in APPROX_QUALIFIERS:
        lo, hi = lo * (1 - APPROX_TOLERANCE), hi * (1 + APPROX_TOLERANCE)
    return lo, hi


def _quantity_entries(claims: Sequence[QuantityClaim], group_of: dict[str, str]) -> list[QuantityEntry]:
    by_subject: dict[tuple[str, str], list[QuantityClaim]] = {}
    for c in claims:
        by_subject.setdefault((c.subject, c.unit), []).append(c)
    entries = []
    for (subject, unit), cs in sorted(by_subject.items(), key=lambda kv: _subject_order(kv[0][0])):
        by_value: dict[tuple[float | None, float | None], list[QuantityClaim]] = {}
        for c in cs:
            by_value.setdefault((c.low, c.high), []).append(c)
        values = tuple(
            QuantityValue(
                low=lo, high=hi, qualifier=vs[0].qualifier, text=vs[0].text,
                claim_ids=tuple(v.id for v in vs), report_ids=_unique(v.report_id for v in vs),
                independent_sources=_independent((v.report_id for v in vs), group_of),
            )
            for (lo, hi), vs in by_value.items()
        )
        raw = [_bounds(c, False) for c in cs]
        tol = [_bounds(c, True) for c in cs]
        lo_raw, hi_raw = max(b[0] for b in raw), min(b[1] for b in raw)
        lo_tol, hi_tol = max(b[0] for b in tol), min(b[1] for b in tol)
        if lo_raw <= hi_raw:
            status, low, high = "agreement", lo_raw, hi_raw
        elif lo_tol <= hi_tol:
            status, low, high = "agreement", min(lo_raw, hi_raw), max(lo_raw, hi_raw)
        else:
            status = "conflict"
            low, high = min(b[0] for b in raw), max(b[1] for b in raw)
        entries.append(QuantityEntry(
            subject=subject,
            subject_label=cs[0].subject_label,
            unit=unit,
            status=status,
            low=None if low == float("-inf") else low,
            high=None if high == float("inf") else high,
            values=values,
            claim_ids=tuple(c.id for c in cs),
            report_ids=_unique(c.report_id for c in cs),
            independent_sources=_independent((c.report_id for c in cs), group_of),
            nation=cs[0].nation,
        ))
    return entries


def _position_entries(stances: Sequence[StanceClaim], group_of: dict[str, str]) -> list[PositionEntry]:
    by_actor: dict[str, list[StanceClaim]] = {}
    for s in stances:
        by_actor.setdefault(s.actor, []).append(s)
    order = list(STANCES)
    entries = []
    for actor, ss in sorted(by_actor.items(), key=lambda kv: kv[1][0].actor_name):
        by_stance: dict[str, list[StanceClaim]] = {}
        for s in ss:
            by_stance.setdefault(s.stance, []).append(s)
        values = tuple(
            StanceValue(
                stance=st, claim_ids=tuple(v.id for v in vs),
                report_ids=_unique(v.report_id for v in vs),
                independent_sources=_independent((v.report_id for v in vs), group_of),
            )
            for st, vs in sorted(by_stance.items(), key=lambda kv: order.index(kv[0]))
        )
        polarity: dict[str, list[str]] = {}
        for v in values:
            polarity.setdefault(STANCES[v.stance], []).append(v.stance)
        conflict = None
        if "positive" in polarity and ("negative" in polarity or "hesitant" in polarity):
            against = polarity.get("negative", []) + polarity.get("hesitant", [])
            conflict = f"{'/'.join(polarity['positive'])} vs {'/'.join(against)}"
        entries.append(PositionEntry(
            actor=actor,
            actor_name=ss[0].actor_name,
            status="conflict" if conflict else "agreement",
            stances=values,
            claim_ids=tuple(s.id for s in ss),
            report_ids=_unique(s.report_id for s in ss),
            independent_sources=_independent((s.report_id for s in ss), group_of),
            conflict=conflict,
        ))
    return entries
