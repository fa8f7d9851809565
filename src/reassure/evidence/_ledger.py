"""The ledger: reports -> claims and stances -> entries grouped by subject, agreement or conflict."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reassure.errors import EvidenceError
from reassure.evidence._claims import SUBJECTS
from reassure.evidence._gazetteer import HOST_AND_ADVERSARY
from reassure.evidence._model import (
    APPROX_QUALIFIERS,
    PLEDGE_STAGES,
    DuplicateGroup,
    PledgeEntry,
    PledgeStage,
    PositionEntry,
    Problem,
    QuantityClaim,
    QuantityEntry,
    QuantityValue,
    Report,
    StanceClaim,
    StanceValue,
)
from reassure.evidence._stances import STANCES, TROOP_STANCES

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
    pledges: tuple[PledgeEntry, ...] = ()

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

    def pledge(self, nation: str) -> PledgeEntry:
        """A nation's pledge, stage by stage (KeyError if none reported)."""
        for p in self.pledges:
            if p.nation == nation:
                return p
        raise KeyError(nation)

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
            "pledges": [p.to_dict() for p in self.pledges],
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
    named: list[frozenset[str]] = []
    for part in parts:
        for item in part:
            if isinstance(item, Problem):
                problems.append(item)
                continue
            report, qs, ss, sig, nations = item
            reports.append(report)
            claims.extend(qs)
            stances.extend(ss)
            sigs.append(sig)
            named.append(nations)
    keys = _fingerprints(reports, claims, stances, named)
    groups = find_duplicates(reports, threshold, sigs, keys) if reports else []
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
        pledges=tuple(_pledge_entries(reports, claims, stances, group_of)),
    )


def _fingerprints(reports: Sequence[Report], claims: Sequence[QuantityClaim],
                  stances: Sequence[StanceClaim], named: Sequence[frozenset[str]]) -> list[set[str]]:
    """What each report claims (figures with their subject, nations' stances, nations named):
    survives translation and rewording, unlike word shingles."""
    from reassure.evidence._dedup import claim_keys

    return claim_keys(reports, claims, stances, named)


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
_Result = Problem | tuple[Report, list[QuantityClaim], list[StanceClaim], tuple[set[str], Any],
                         frozenset[str]]


def _process(items: Sequence[_Item]) -> list[_Result]:
    """Read, clean and extract a run of files (in a worker process or in this one)."""
    from reassure.evidence._clean import clean
    from reassure.evidence._dedup import signatures
    from reassure.evidence._extract import extract_all
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
    extracted = extract_all(reports)
    sig_of = dict(zip((r.id for r in reports), signatures([r.clean_text for r in reports]),
                      strict=True))
    return [
        r if isinstance(r, Problem) else (r, extracted[r.id][0], extracted[r.id][1], sig_of[r.id],
                                          extracted[r.id][2])
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
        if status == "agreement" and _independent((c.report_id for c in cs), group_of) < 2:
            status = SINGLE  # one story (copies count once) cannot agree with itself
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
        # conflict: on sending troops, a nation reported as ready (or open to it) and as
        # declining, or as ready and undecided (conditional conflicts with neither); talks, leadership and views of the plan do not
        # count (taking part in the talks is not offering troops)
        polarity: dict[str, list[str]] = {}
        for v in values:
            if v.stance in TROOP_STANCES:
                polarity.setdefault(STANCES[v.stance], []).append(v.stance)
        conflict = None
        pro = polarity.get("positive", [])  # a condition is compatible with declining for now
        if (pro or "open" in polarity) and "negative" in polarity:
            conflict = f"{'/'.join(pro + polarity.get('open', []))} vs {'/'.join(polarity['negative'])}"
        elif pro and "hesitant" in polarity:
            conflict = f"{'/'.join(pro)} vs {'/'.join(polarity['hesitant'])}"
        independent = _independent((s.report_id for s in ss), group_of)
        entries.append(PositionEntry(
            actor=actor,
            actor_name=ss[0].actor_name,
            status="conflict" if conflict else ("agreement" if independent >= 2 else SINGLE),
            stances=values,
            claim_ids=tuple(s.id for s in ss),
            report_ids=_unique(s.report_id for s in ss),
            independent_sources=independent,
            conflict=conflict,
        ))
    return entries


SINGLE = "single source"
_DEPLOYED = frozenset({"deployed", "arrived", "stationed"})
_NOT_YET = frozenset({"would", "will", "could", "be", "to", "been", "being", "may", "might",
                      "if", "not", "ready", "before"})
_APPROVED = frozenset({"approved", "voted", "authorised", "authorized", "endorsed"})
_PARLIAMENT = frozenset({"parliament", "parliament's", "bundestag", "riigikogu", "saeima",
                         "folketing", "sejm", "seimas", "storting", "riksdag", "lawmakers",
                         "mps", "deputies", "congress"})


def _stage_of(sentence: str, stance: str | None = None) -> str:
    """stated / pledged / approved / deployed, from the sentence that reports a nation's offer."""
    import re

    words = [w.strip(".,;:\"'“”’") for w in re.findall(r"[\w'’.-]+", sentence.lower())]
    for k, w in enumerate(words):
        if w in _DEPLOYED and not set(words[max(0, k - 2):k]) & _NOT_YET:
            return "deployed"
    if set(words) & _APPROVED and set(words) & _PARLIAMENT and not set(words) & {
            "would", "will", "needs", "need", "require", "requires", "must"}:
        return "approved"
    return "stated" if stance is not None else "pledged"


def _pledge_entries(reports: Sequence[Report], claims: Sequence[QuantityClaim],
                    stances: Sequence[StanceClaim], group_of: dict[str, str]) -> list[PledgeEntry]:
    from reassure.evidence._clean import parse_date
    from reassure.evidence._gazetteer import actor_name

    date_of = {r.id: r.date for r in reports}
    found: dict[str, dict[str, list[tuple[str | None, Any]]]] = {}
    for c in claims:
        if c.unit != "troops" or not c.subject.startswith("contribution:") or not c.nation \
                or "+" in c.nation:
            continue
        stage = _stage_of(c.sentence)
        when = parse_date(c.sentence) or date_of.get(c.report_id)
        found.setdefault(c.nation, {}).setdefault(stage, []).append((when, c))
    for st in stances:
        if st.stance not in ("ready", "conditional") or st.actor in HOST_AND_ADVERSARY:
            continue
        stage = _stage_of(st.sentence, st.stance)
        when = parse_date(st.sentence) or date_of.get(st.report_id)
        found.setdefault(st.actor, {}).setdefault(stage, []).append((when, st))
    entries = []
    for nation in sorted(found, key=actor_name):
        stages = []
        for stage in PLEDGE_STAGES:
            items = found[nation].get(stage)
            if not items:
                continue
            # the first report of the stage (undated last), its claim and quote
            items.sort(key=lambda it: (it[0] is None, it[0] or "", it[1].id))
            when, first = items[0]
            low = getattr(first, "low", None)
            high = getattr(first, "high", None)
            stages.append(PledgeStage(
                stage=stage, date=when, low=low, high=high, claim_id=first.id,
                report_id=first.report_id, quote=first.sentence,
                claim_ids=tuple(it[1].id for it in items),
                independent_sources=_independent((it[1].report_id for it in items), group_of),
            ))
        entries.append(PledgeEntry(nation=nation, nation_name=actor_name(nation),
                                   stages=tuple(stages)))
    return entries
