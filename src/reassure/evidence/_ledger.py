"""The ledger: reports -> claims and stances -> entries grouped by subject: corroborated (two
independent sources), single source or conflict; pledges by stage."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reassure.errors import EvidenceError
from reassure.evidence._claims import SUBJECTS
from reassure.evidence._gazetteer import HOST_AND_ADVERSARY, PERSONS, leader_nation, nation_of
from reassure.evidence._model import (
    APPROX_QUALIFIERS,
    CHANGE_GAP_DAYS,
    CHANGED,
    CONFLICT,
    CORROBORATED,
    NOT_PLANNED,
    PLEDGE_STAGES,
    SINGLE,
    UNCORROBORATED,
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
    days_between,
)
from reassure.evidence._stance_check import StanceCheck, load_check, split_checked
from reassure.evidence._stances import STANCES, TROOP_STANCES
from reassure.evidence._stances.holders import _OPPOSITION_FIGURES
from reassure.evidence._text import OPENING_CONCESSION

__all__ = ["AGENCIES", "APPROX_TOLERANCE", "OFFER_CONDITIONS", "Ledger", "Sources", "agencies_in",
           "build_ledger", "claim_stage", "figure_denied", "reader_speaker"]

APPROX_TOLERANCE = 0.10  # "about/nearly/an estimated N" is taken as N ± 10 % when testing overlap


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
    # s19: stances the stance check scored below its threshold (`_stance_check`): shown to a
    # reader as unconfirmed, counted nowhere
    withheld_stances: tuple[StanceClaim, ...] = ()
    stance_check_threshold: float | None = None  # None: no check ran
    # review r10: stories, credited agencies and dates behind each claim (`Sources`)
    sources: Any = dataclasses.field(default=None, compare=False, repr=False)

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
            "withheld_stances": [s.to_dict() for s in self.withheld_stances],
            "problems": [p.to_dict() for p in self.problems],
            "settings": {"dedup_threshold": self.dedup_threshold,
                         "approx_tolerance": APPROX_TOLERANCE,
                         "stance_check_threshold": self.stance_check_threshold},
        }


STANCE_CHECK = True  # build_ledger's default: withhold the stances the stance check doubts
PARALLEL_MIN_FILES = 64  # below this, worker processes cost more than they save
MAX_JOBS = 4


def build_ledger(
    paths: str | Path | Iterable[str | Path],
    *,
    dedup_threshold: float | None = None,
    jobs: int | None = None,
    stance_check: bool | None = None,
    stance_check_threshold: float | None = None,
) -> Ledger:
    """Read reports (files or folders; one path or several) into a ledger. Unreadable files
    become ``problems``.

    ``jobs``: worker processes for reading and extraction (default: one per CPU, at most 4, when
    there are at least 64 files and the platform can fork; else 1). The result does not depend
    on it.

    ``stance_check``: withhold the stances the stance check doubts (`_stance_check`); None takes
    ``STANCE_CHECK`` (on; the rules' own tests turn it off to see the passes' stances alone).
    ``stance_check_threshold``: withhold below this score instead of the shipped one (0.5 since
    session 23; 0.8 before): lower keeps more stances, right and wrong (docs/evidence.md §10
    "Session 20" and "Session 23").
    """
    from reassure.evidence._dedup import DEDUP_THRESHOLD, find_duplicates
    from reassure.evidence._ingest import expand_paths

    threshold = DEDUP_THRESHOLD if dedup_threshold is None else dedup_threshold
    if isinstance(paths, str | Path):  # one folder or file: not an iterable of its characters
        paths = [paths]
    files, missing = expand_paths(paths)
    # s44: one order whatever the order the paths were given in (files or their folder): which
    # copy of a story is its original, the "-2" of a repeated stem and every row's order follow
    files = sorted(files, key=_path_order)
    problems = [Problem(p, m) for p, m in missing]
    items = list(zip(files, _assign_ids(files), strict=True))
    parts = _process_all(items, _jobs(jobs, len(items)))
    reports, claims, stances, sigs, named = _unpack(parts, problems)
    # who said it, as a reader should see it (after extraction: the stances are read as before)
    claims = [_with_speaker(c) for c in claims]
    stances = _reader_stances(stances)
    stances = _in_office(stances, {r.id: r.date for r in reports})
    keys = _fingerprints(reports, claims, stances, named)  # all stances: copies say the same
    check = _stance_check_for(stance_check, stance_check_threshold)
    stances, withheld = split_checked(stances, check)
    if withheld:  # a conditional withheld no longer qualifies the offer beside it
        stances = _qualified(dataclasses.replace(s, qualified_by=None) for s in stances)
    # after the fingerprints: which count a number is does not change which reports are copies
    claims = [nation_count_subject(c) for c in claims]
    groups = find_duplicates(reports, threshold, sigs, keys) if reports else []
    group_of = {rid: g.id for g in groups for rid in g.report_ids}
    stage_of = _claim_stages(claims)
    src = Sources(reports, claims, stances, group_of)
    return Ledger(
        reports=tuple(reports),
        duplicate_groups=tuple(groups),
        claims=tuple(claims),
        stances=tuple(stances),
        withheld_stances=tuple(withheld),
        stance_check_threshold=check.threshold if check else None,
        quantities=tuple(_quantity_entries(claims, src, stage_of)),
        positions=tuple(_position_entries(stances, src)),
        problems=tuple(problems),
        dedup_threshold=threshold,
        pledges=tuple(_pledge_entries(reports, claims, stances, src, stage_of)),
        sources=src,
    )


def _process_all(items: list[_Item], n_jobs: int) -> list[list[_Result]]:
    """`_process` over all the files, in runs over ``n_jobs`` forked workers (in order) when
    more than one."""
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
    return parts


def _unpack(parts: Iterable[Iterable[_Result]], problems: list[Problem]) -> tuple[
        list[Report], list[QuantityClaim], list[StanceClaim], list[tuple[set[str], Any]],
        list[frozenset[str]]]:
    """The reports, claims, stances, signatures and nations named, in file order; each file
    that could not be read is appended to ``problems``."""
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
    return reports, claims, stances, sigs, named


def _reader_stances(stances: Iterable[StanceClaim]) -> list[StanceClaim]:
    """The stances with their speakers as a reader should see them, less outsiders' and
    parties' voices and baseless conditions, each qualified by its condition."""
    return _qualified(_without_baseless_conditions(
        s for s in map(_with_speaker, (x for x in stances
                                       if not _outsider_official(x) and not _party_voice(x)))
        if not _outsider_claim(s)))


def _in_office(stances: Iterable[StanceClaim], dated: dict[str, str | None]) -> list[StanceClaim]:
    """(s67, set 138) The stances less those a leader states for their nation while not in office
    (`OFFICE_TERMS`): Merz before 6 May 2025 led the opposition; his "Germany is ready to assist"
    of December 2024 was no government's position (readers record none). The leader is the
    speaker, or names the stance's cue ("Merz named the condition for sending peacekeepers")."""
    from reassure.evidence._gazetteer import out_of_office

    # (a speaker carried by "he" from an earlier sentence may be the wrong person: a leader
    # is judged out of office only when named in the stance's own sentence)
    return [s for s in stances if not (
        out_of_office(s.said_by or s.cue, s.actor, dated.get(s.report_id))
        and (s.said_by or s.cue).split()[-1].replace("’s", "").replace("'s", "") in s.sentence)]


def _stance_check_for(stance_check: bool | None,
                      stance_check_threshold: float | None) -> StanceCheck | None:
    """The stance check to apply (None: none), at ``stance_check_threshold`` when given."""
    check = load_check() if (STANCE_CHECK if stance_check is None else stance_check) else None
    if check is not None and stance_check_threshold is not None:
        if not 0.0 <= stance_check_threshold <= 1.0:
            raise ValueError(f"stance_check_threshold must be between 0 and 1, got "
                             f"{stance_check_threshold!r}")
        check = dataclasses.replace(check, threshold=float(stance_check_threshold))
    return check


# --- review s12: nations in the coalition vs nations pledging troops --------------------------
# "leaders from 35 countries" counts the coalition's members; "26 countries have committed to
# deploying troops" counts nations pledging: kept apart, by the words beside the number.
COUNT_SUBJECTS = ("coalition_size", "countries_pledged")
UNSPECIFIED_COUNT = "nations_counted"
UNSPECIFIED_COUNT_LABEL = ("number of nations (the sentence does not say whether in the "
                           "coalition or pledging troops)")
# membership: words just before the number ("a group of 30 nations", "leaders from 30
# countries", "a meeting in Paris with 35 nations") or just after it ("35 countries have joined")
_MEMBER_BEFORE = re.compile(
    r"(?:group of|consists? of|comprising|comprised of|made up of|leaders (?:from|of)(?: the)?|"
    r"attended by(?: leaders from)?|brought together|meeting (?:in \w+ )?(?:of|with)|"
    r"members? of|membership of)\s*$")
_MEMBER_AFTER = re.compile(
    r"^\s*(?:(?:have|has|had) )?(?:joined|came together|attended|met|gathered|are members|"
    r"took part)\b"
    r"|^\s*(?:in|of) (?:the |this )?coalition\s*,")  # (s68) "Of the 33 countries in the coalition,
# only a handful have said they would send troops": the coalition's size, not the pledged (not
# "At least ten countries in the coalition have pledged to send troops")
# (s73, a journalist's reading) the whole a share is taken from: "Of the 35 countries, 26 have
# committed", "Twenty-six of the 35 countries committed", "only a handful of the 30 nations"
_WHOLE_OF = re.compile(
    r"(?:^|[,;:\u2014\u2013(]\s*|\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\w+teen|(?:twenty|thirty|forty|fifty)(?:[- ]\w+)?|dozen|half|few|most|"
    r"many|some|handful|majority|minority)\s+)of the\s*$")
# (review s73) not "one of the 26 countries that have pledged troops": a whole that pledged
_RELATIVE_AFTER = re.compile(r"^\s*(?:that|which|who)\b")
_MEMBER_TEXT = re.compile(r"\bleaders\b", re.IGNORECASE)  # "35 leaders": one per nation
# pledging: an offer of troops or guarantees, in the number's clause or its sentence
_PLEDGE_WORDS = re.compile(
    r"\b(?:pledg\w*|commit\w*|promis\w*|offer\w*|ready|prepared|willing\w*|signed up|"
    r"agreed|deploy\w*|contribut\w*|guarantee\w*|assist\w*|send(?:ing)? (?:troops|forces|"
    r"soldiers))\b")


# (s48 review) a meeting's attendance, and the pledge words that outweigh it
# the people of the nations counted ("representatives of 35 countries", "ministers from around
# 30 countries") or the nations counted meeting ("38 nations met"): the meeting names the number
_GATHERED_OF = re.compile(r"\b(?:representatives|delegations?|delegates|envoys|ministers|officials|"
                          r"leaders|planners|diplomats|chiefs|heads)\s+(?:of|from)\s+(?:the\s+)?"
                          r"(?:some\s+|around\s+|about\s+|over\s+|more\s+than\s+|nearly\s+|"
                          r"almost\s+|at\s+least\s+|roughly\s+)?$")
_GATHERED_AFTER = re.compile(r"^\W*(?:\S+\s+){0,2}?(?:gathered|met|meet|convened|attended|"
                             r"are\s+set\s+to\s+meet|will\s+meet)\b")
_STRONG_PLEDGE = re.compile(r"\b(?:pledg\w*|commit\w*|ready|prepared|willing\w*|signed up|"
                            r"deploy\w*|contribut\w*|offer\w*|promis\w*|agreed|take part|"
                            r"taking part|send(?:ing)? (?:troops|forces|soldiers))\b")


_WILLING_NAME = re.compile(r"coalitions? of the willing", re.IGNORECASE)
# (s42) "The Coalition of the Willing, which convened in Paris, now includes 35 members"
_HAS_BEFORE = re.compile(r"\b(?:includes?|included|has|have|comprises?|counts)\s+(?:now\s+)?"
                         r"(?:about |some |nearly |around |more than |over )?$")
_GROWS_TO = re.compile(r"\b(?:grows?|grew|grown|expand\w*|rises?|rose|swell\w*|reach\w*) to\s*$")
_CONTRAST_AFTER = re.compile(r",?\s+(?:but|while|whereas)\s+|;\s+")
_ANY_FORM = re.compile(r"\b(?:in some (?:form|way)|in one form or another|in other ways|"
                       r"air and naval|air or naval|naval and air)\b")


def nation_count_subject(c: QuantityClaim) -> QuantityClaim:
    """A count of nations filed as the coalition's size or as nations pledging, re-read from the
    words beside the number: membership words make it the coalition's size, words of an offer
    the nations pledging; neither: a count of nations the sentence does not explain, under a
    label that says so (never a coalition of "one or two other states")."""
    if c.subject not in COUNT_SUBJECTS:
        return c
    low = c.sentence.lower()
    at = low.find(c.text.lower())
    before = low[:at] if at >= 0 else ""
    after = low[at + len(c.text):] if at >= 0 else ""
    clause = _clause(c.sentence, c.text)
    # (review s34) the coalition's name is no pledge ("Coalition of the willing grows to 31
    # nations, but fewer offer troops"), nor is another clause's ("..., but fewer offer troops")
    clause = _WILLING_NAME.sub(" ", clause.lower())
    own = _WILLING_NAME.sub(" ", _CONTRAST_AFTER.split(after, maxsplit=1)[0] if after else "")
    sentence = _WILLING_NAME.sub(" ", before) + " " + own
    whole_of = _WHOLE_OF.search(before) is not None and not _RELATIVE_AFTER.match(after)
    if whole_of or _MEMBER_BEFORE.search(before) or _MEMBER_AFTER.search(after) or \
            _MEMBER_TEXT.search(c.text) or "coalition" in before and (
                _GROWS_TO.search(before) or _HAS_BEFORE.search(before)):
        subject = "coalition_size"  # (s34) "Coalition of the willing grows to 31 nations"
    elif (_GATHERED_OF.search(before) or _GATHERED_AFTER.match(own)) and \
            not _STRONG_PLEDGE.search(clause):
        # (s48 review) "representatives of 35 countries ... gathered to firm up post-war
        # guarantees", "ministers from around 30 countries are set to meet": those at the
        # talks, not nations ready to send troops (the guarantees are the talks' subject)
        subject = "coalition_size"
    elif _ANY_FORM.search(low):
        # (review s34) "26 countries have pledged to contribute ... in some form, including with
        # air and naval assets": a pledge of some contribution, not of troops
        subject = UNSPECIFIED_COUNT
    elif _PLEDGE_WORDS.search(clause) or _PLEDGE_WORDS.search(sentence):
        subject = "countries_pledged"
    else:
        subject = UNSPECIFIED_COUNT
    if subject == c.subject:
        return c
    label = SUBJECTS.get(subject, UNSPECIFIED_COUNT_LABEL)
    return dataclasses.replace(c, subject=subject, subject_label=label)


# stances a condition in the same sentence qualifies (the annotation convention keeps both:
# docs/evidence.md §5); a refusal or hesitation is not qualified by a condition
QUALIFIABLE = frozenset({"ready", "open", "leading"})


def _qualified(stances: Iterable[StanceClaim]) -> list[StanceClaim]:
    """Each stance a conditional stance of the same actor in the same sentence qualifies, with
    ``qualified_by`` that conditional's id (review r7)."""
    out = list(stances)
    condition_at = {(s.report_id, s.start, s.actor): s.id for s in out
                    if s.stance == "conditional"}
    return [dataclasses.replace(s, qualified_by=q) if s.stance in QUALIFIABLE and (
        q := condition_at.get((s.report_id, s.start, s.actor))) else s for s in out]


def _without_baseless_conditions(stances: Iterable[StanceClaim]) -> list[StanceClaim]:
    """(s24) Drop a nation's ``conditional`` in a report where it declines and offers nothing
    (no ``ready`` or ``open`` there): "Bulgaria will not deploy troops ... Bulgaria's decisions
    align with a parliamentary mandate" is a refusal, not an offer on a condition (§5: a
    condition qualifies a ready or open stance), unless the refusal is the same sentence's."""
    out = list(stances)
    kinds: dict[tuple[str, str], set[str]] = {}
    for s in out:
        kinds.setdefault((s.report_id, s.actor), set()).add(s.stance)
    # (s44) a refusal and a condition read from one sentence are one statement: "ruled out
    # deploying its forces outside a UN mandate" refuses the force at hand and names the one
    # mandate it would serve under
    refused_at = {(s.report_id, s.actor, s.start) for s in out if s.stance == "declines"}
    return [s for s in out if not (
        s.stance == "conditional" and "declines" in (k := kinds[(s.report_id, s.actor)])
        and not k & {"ready", "open"} and (s.report_id, s.actor, s.start) not in refused_at)]


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


def _path_order(path: Path) -> tuple[tuple[str, ...], str]:
    """A file's place in the canonical order (s44): its absolute path, by folders then name (as
    a folder's own listing is sorted), then the path as given (one file given twice by two
    names is read once, by the first)."""
    try:
        full = path.resolve()
    except (OSError, RuntimeError):  # a loop of links: the path as given
        full = path.absolute()
    return full.parts, str(path)


def _strip_prefix(message: str, path: str) -> str:
    return message[len(path) + 2:] if message.startswith(path + ": ") else message


def _independent(claims: Iterable[Any], src: Sources) -> int:
    return src.count(claims)[0]


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


def _consensus(cs: Sequence[QuantityClaim]) -> tuple[float, float] | None:
    """Where all these claims overlap (an approximate one taken as N ± 10 %); None if nowhere."""
    raw = [_bounds(c, False) for c in cs]
    tol = [_bounds(c, True) for c in cs]
    lo_raw, hi_raw = max(b[0] for b in raw), min(b[1] for b in raw)
    lo_tol, hi_tol = max(b[0] for b in tol), min(b[1] for b in tol)
    if lo_raw <= hi_raw:
        return lo_raw, hi_raw
    if lo_tol <= hi_tol:
        return min(lo_raw, hi_raw), max(lo_raw, hi_raw)
    return None


def _span(cs: Sequence[QuantityClaim]) -> tuple[float | None, float | None]:
    """The smallest and largest number the claims state ("up to 30,000" states 30,000): a
    conflict's span, never an open bound that would read as a cap or a floor."""
    nums = [x for c in cs for x in (c.low, c.high) if x is not None]
    return (min(nums), max(nums)) if nums else (None, None)


def _finite(x: float) -> float | None:
    return None if x in (float("inf"), float("-inf")) else x


def _quantity_entries(claims: Sequence[QuantityClaim], src: Sources,
                      stage_of: dict[str, str | None]) -> list[QuantityEntry]:
    """The quantity entries, one per subject and unit, in subjects' order."""
    by_subject: dict[tuple[str, str], list[QuantityClaim]] = {}
    for c in claims:
        by_subject.setdefault((c.subject, c.unit), []).append(c)
    entries = []
    for (subject, unit), cs in sorted(by_subject.items(), key=lambda kv: _subject_order(kv[0][0])):
        entries.append(_quantity_entry(subject, unit, cs, src, stage_of))
    return entries


def _quantity_entry(subject: str, unit: str, cs: Sequence[QuantityClaim], src: Sources,
                    stage_of: dict[str, str | None]) -> QuantityEntry:
    """One subject's entry (in one unit): its values, whether they agree, its range and status."""
    values = _quantity_values(cs, src, stage_of)
    # A nation's figures at different stages do not contradict each other (a first
    # tranche of 50 deployed out of 150 pledged); within one stage they must overlap. What
    # could be fielded (a capability) neither corroborates nor contradicts a plan's size.
    by_stage: dict[str | None, list[QuantityClaim]] = {}
    for c in cs:
        by_stage.setdefault(stage_of.get(c.id), []).append(c)
    planned = {st: group for st, group in by_stage.items() if st not in NOT_PLANNED} or by_stage
    agreed = {st: _consensus(group) for st, group in planned.items()}
    conflict = any(a is None for a in agreed.values()) or _deployed_exceeds(by_stage)
    separate = subject == UNSPECIFIED_COUNT and len(values) > 1
    if separate:  # review s12: counts of unexplained things are not alternatives
        conflict = False
    independent = src.count(cs, key=lambda c: (c.low, c.high, stage_of.get(c.id)))[0]
    # review r10: figures months apart are a change over time, not a conflict
    periods = (_periods_of(next(iter(planned.values())), src)
               if conflict and len(planned) == 1 and not _deployed_exceeds(by_stage)
               else None)
    change = None
    if periods:
        conflict = False
        values, change = _with_latest_marked(values, periods, unit, src)
    low, high = _entry_range(planned, agreed, conflict, periods, separate)
    return QuantityEntry(
        subject=subject,
        subject_label=cs[0].subject_label,
        unit=unit,
        status=_entry_status(values, planned, conflict, periods, independent),
        low=low,
        high=high,
        values=values,
        claim_ids=tuple(c.id for c in cs),
        report_ids=_unique(c.report_id for c in cs),
        independent_sources=independent,
        nation=cs[0].nation,
        change=change,
    )


def _quantity_values(cs: Sequence[QuantityClaim], src: Sources,
                     stage_of: dict[str, str | None]) -> tuple[QuantityValue, ...]:
    """A subject's values: one per figure as worded and stage, with the sources behind it."""
    # one value per figure *as worded*: "about 25,000" keeps its qualifier beside "25,000"
    by_value: dict[tuple[float | None, float | None, str, str | None],
                   list[QuantityClaim]] = {}
    for c in cs:
        by_value.setdefault((c.low, c.high, c.qualifier, stage_of.get(c.id)), []).append(c)
    # the same figure worded "about" / "nearly" / exactly: bounded numbers that match
    same_figure: dict[tuple[float | None, float | None, str | None],
                      list[QuantityClaim]] = {}
    for (lo, hi, qualifier, stage), vs in by_value.items():
        if firm_figure(lo, hi, qualifier):
            same_figure.setdefault((lo, hi, stage), []).extend(vs)
    return tuple(
        QuantityValue(
            low=lo, high=hi, qualifier=qualifier, text=vs[0].text,
            claim_ids=tuple(v.id for v in vs), report_ids=_unique(v.report_id for v in vs),
            independent_sources=_independent(vs, src),
            stage=stage,
            same_figure_sources=(_independent(same_figure[(lo, hi, stage)], src)
                                 if firm_figure(lo, hi, qualifier) else _independent(vs, src)),
            credited=src.count(same_figure.get((lo, hi, stage), vs)
                               if firm_figure(lo, hi, qualifier) else vs)[1],
            date=_earliest(vs, src),
        )
        for (lo, hi, qualifier, stage), vs in by_value.items()
    )


def _with_latest_marked(values: tuple[QuantityValue, ...], periods: list[list[QuantityClaim]],
                        unit: str, src: Sources) -> tuple[tuple[QuantityValue, ...], str]:
    """The values with those of the latest period marked ``latest``, and the change's text."""
    latest_ids = {c.id for c in periods[-1]}
    values = tuple(dataclasses.replace(v, latest=bool(set(v.claim_ids) & latest_ids))
                   for v in values)
    change = " → ".join(_period_text(p, unit, k == len(periods) - 1, src)
                        for k, p in enumerate(periods))
    return values, change


def _entry_range(planned: dict[str | None, list[QuantityClaim]],
                 agreed: dict[str | None, tuple[float, float] | None], conflict: bool,
                 periods: list[list[QuantityClaim]] | None,
                 separate: bool) -> tuple[float | None, float | None]:
    """An entry's low and high: a conflict's span, else where its (latest) figures agree."""
    if len(planned) > 1 or separate:
        # figures at different pledge stages are not alternatives: never one range
        return None, None
    if conflict:
        return _span(next(iter(planned.values())))
    if periods:
        latest = _consensus(periods[-1])
        assert latest is not None
        return _finite(latest[0]), _finite(latest[1])
    consensus = agreed[next(iter(agreed))]
    assert consensus is not None
    return _finite(consensus[0]), _finite(consensus[1])


def _entry_status(values: tuple[QuantityValue, ...],
                  planned: dict[str | None, list[QuantityClaim]], conflict: bool,
                  periods: list[list[QuantityClaim]] | None, independent: int) -> str:
    """An entry's status: conflict, changed, corroborated, single source or uncorroborated."""
    if conflict:
        return CONFLICT
    if periods:
        return CHANGED
    if any(v.corroborated for v in values if v.stage in planned):
        # review r7: one figure from two independent stories; figures that merely overlap
        # (a vaguer or open one) are consistent, never corroboration
        return CORROBORATED
    # one story (copies count once) cannot corroborate itself
    return SINGLE if independent < 2 else UNCORROBORATED


_FIRM_QUALIFIERS = frozenset({"exact", "range", *APPROX_QUALIFIERS})


def firm_figure(low: float | None, high: float | None, qualifier: str) -> bool:
    """A figure with both bounds, worded exactly or approximately: "about 25,000" and "25,000"
    are the same figure; "fewer than 30,000" or "tens of thousands" are not."""
    return low is not None and high is not None and qualifier in _FIRM_QUALIFIERS


def _deployed_exceeds(by_stage: dict[str | None, list[QuantityClaim]]) -> bool:
    """More troops reported deployed than any pledge or approval allows."""
    caps = [_bounds(c, True)[1] for st in ("pledged", "approved") for c in by_stage.get(st, [])]
    sent = [_bounds(c, False)[0] for c in by_stage.get("deployed", [])]
    return bool(caps and sent) and max(sent) > max(caps)


# review s12: the statements of parties that send no troops to the European force (the host,
# the adversary, the United States as a possible backstop) are listed apart: no stance headline,
# conflict, change over time or pledge for them
NOT_CONTRIBUTORS = frozenset(HOST_AND_ADVERSARY) | {"USA"}
# review s12: finer labels that say the same thing about sending troops: "Spain rejected a UK
# proposal to deploy peacekeepers" and "Spain declined to commit troops" agree (each claim keeps
# its own label; agreement, conflict and change are read by family)
STANCE_FAMILY: dict[str, str] = {"rejects": "declines"}


def stance_family(stance: str) -> str:
    """The stance a finer label is counted as for agreement ("rejects" -> "declines")."""
    return STANCE_FAMILY.get(stance, stance)


# the sides of sending troops a change over time moves between (conditional is compatible
# with every side: never a side of its own)
_SIDES = {"positive": "yes", "open": "yes", "negative": "no", "hesitant": "undecided"}


def _side(stance: str) -> str | None:
    fam = stance_family(stance)
    if fam not in TROOP_STANCES or fam == "conditional":
        return None
    return _SIDES.get(STANCES[fam])


def _position_entries(stances: Sequence[StanceClaim], src: Sources) -> list[PositionEntry]:
    by_actor: dict[str, list[StanceClaim]] = {}
    for s in stances:
        by_actor.setdefault(s.actor, []).append(s)
    order = list(STANCES)
    entries = []
    for actor, ss in sorted(by_actor.items(), key=lambda kv: kv[1][0].actor_name):
        contributor = actor not in NOT_CONTRIBUTORS
        # one value per stance and, for "conditional", per condition: each condition keeps
        # its own sentences (a parliament's approval is not a constitutional limit)
        by_stance: dict[tuple[str, str], list[StanceClaim]] = {}
        condition_of = {s.id: s.condition or "" for s in ss if s.stance == "conditional"}
        for s in ss:
            cond = (s.condition or "") if s.stance == "conditional" else ""
            if s.qualified_by in condition_of:
                # readiness on a condition is that condition's value, never plain "ready"
                by_stance.setdefault(("conditional", condition_of[s.qualified_by]),
                                     []).append(s)
                continue
            by_stance.setdefault((s.stance, cond), []).append(s)
        member_of = {c.id: k for k, vs in by_stance.items() for c in vs}
        # the values of one family agree ("declines" and "rejects": review s12)
        family_of = {c: (stance_family(k[0]), k[1]) for c, k in member_of.items()}
        by_family: dict[tuple[str, str], list[StanceClaim]] = {}
        for s in ss:
            by_family.setdefault(family_of[s.id], []).append(s)
        family_sources = {f: _independent(vs, src) for f, vs in by_family.items()}
        values = tuple(
            StanceValue(
                stance=st, claim_ids=tuple(v.id for v in vs),
                report_ids=_unique(v.report_id for v in vs),
                independent_sources=_independent(vs, src),
                condition=cond or None,
                credited=src.count(vs)[1],
                date=_earliest(vs, src),
                family_sources=family_sources[(stance_family(st), cond)],
            )
            for (st, cond), vs in sorted(by_stance.items(),
                                         key=lambda kv: (order.index(kv[0][0]), kv[0][1]))
        )
        independent = src.count(ss, key=lambda s: family_of[s.id])[0]
        conflict = change = latest_text = None
        if contributor:
            conflict, change, latest_text, values = _timeline(ss, values, member_of, src)
        if conflict:
            status = CONFLICT
        elif change:
            status = CHANGED
        elif any(v.family_sources >= 2 for v in values):
            status = CORROBORATED
        else:
            status = SINGLE if independent < 2 else UNCORROBORATED
        entries.append(PositionEntry(
            actor=actor,
            actor_name=ss[0].actor_name,
            status=status,
            stances=values,
            claim_ids=tuple(s.id for s in ss),
            report_ids=_unique(s.report_id for s in ss),
            independent_sources=independent,
            conflict=conflict,
            change=change,
            contributor=contributor,
            latest=latest_text,
        ))
    return entries


def _timeline(ss: Sequence[StanceClaim], values: tuple[StanceValue, ...],
              member_of: dict[str, tuple[str, str]], src: Sources
              ) -> tuple[str | None, str | None, str | None, tuple[StanceValue, ...]]:
    """(conflict, change over time, latest dated statement, values with the latest marked) of a
    contributor's stances on sending troops.

    Conflict: ready (or open) vs declining or undecided (conditional conflicts with neither;
    talks, leadership and views of the plan do not count). When the sides were stated one
    after the other, more than CHANGE_GAP_DAYS apart, it is a change over time (review r10),
    computed over every dated statement of a side, so that its "latest" is the most recent
    dated statement (review s12: an "undecided" after "ready" ends the line). In a conflict that
    is no change, the latest dated statement is still named: the most recent date, ties of one
    side broken by independent sources; when both sides share that date none is named, and the
    conflict says so ("ready vs declines; both in one report of 2025-04-12, …", s50)."""
    polarity: dict[str, list[str]] = {}
    for v in values:
        fam = stance_family(v.stance)
        if fam in TROOP_STANCES and v.stance not in polarity.get(STANCES[fam], []):
            polarity.setdefault(STANCES[fam], []).append(v.stance)  # the finer label shown
    # open conflicts with declining only; undecided conflicts with readiness only
    negative, hesitant = polarity.get("negative", []), polarity.get("hesitant", [])
    positive = polarity.get("positive", [])
    pro = positive + (polarity.get("open", []) if negative else [])
    against = negative + (hesitant if positive else [])
    if not (pro and against):
        return None, None, None, values
    conflict = f"{'/'.join(pro)} vs {'/'.join(against)}"
    sided = [s for s in ss if _side(member_of[s.id][0]) is not None]
    turns = _stance_turns(sided, member_of, src)
    if turns:
        latest_ids = {s.id for s in turns[-1]}
        values = tuple(dataclasses.replace(v, latest=bool(set(v.claim_ids) & latest_ids))
                       for v in values)
        change = " → ".join(
            _turn_text(t, member_of, k == len(turns) - 1, src) for k, t in enumerate(turns))
        return None, change, None, values
    dated = [v for v in values if _side(v.stance) is not None and _last_date(v, src)]
    if not dated:
        return conflict, None, None, values
    last = max(dated, key=lambda v: (_last_date(v, src), v.independent_sources))
    # (s50 review) the sides stated on the same latest date (often in one report): neither is
    # the later, so none is called "latest" (a tie broken by sources read as a verdict)
    day = _last_date(last, src)
    tied = [v for v in dated if _last_date(v, src) == day]
    if len({_side(v.stance) for v in tied}) > 1:
        on_day = {s.report_id for s in ss if member_of[s.id] in
                  {(v.stance, v.condition or "") for v in tied} and src.date.get(s.id) == day}
        where = f"in one report of {day}" if len(on_day) == 1 else f"stated on {day}"
        return (f"{conflict}; {'both' if len(tied) == 2 else 'all'} {where}, so neither is "
                "the later"), None, None, values
    values = tuple(dataclasses.replace(v, latest=v is last) for v in values)
    # (s48 review) the count is the stance's sources in all, not that date's: said so ("ready
    # (2026-01-08, 17 independent sources)" read as 17 sources on that day)
    latest_text = (f"{last.stance} ({_last_date(v=last, src=src)}; {last.independent_sources} "
                   f"independent source{'s' if last.independent_sources != 1 else ''} for "
                   f"{last.stance} in all)")
    return conflict, None, latest_text, values


def _last_date(v: StanceValue, src: Sources) -> str:
    return max((d for c in v.claim_ids if (d := src.date.get(c))), default="")


# Pledge stages follow the Kiel Ukraine Support Tracker's distinctions (docs/evidence.md §6):
# what a nation *could* field is not an offer; a reported plan or readiness is "stated"; a
# government's promise of a number is "pledged"; a parliament's vote "approved"; troops on the
# ground "deployed".
_DEPLOYED = frozenset({"deployed", "arrived", "stationed"})
_NOT_YET = frozenset({"would", "will", "could", "be", "to", "been", "being", "may", "might",
                      "if", "not", "ready", "before"})
_APPROVED = frozenset({"approved", "voted", "authorised", "authorized", "endorsed"})
_PARLIAMENT = frozenset({"parliament", "parliament's", "bundestag", "riigikogu", "saeima",
                         "folketing", "sejm", "seimas", "storting", "riksdag", "lawmakers",
                         "mps", "deputies", "congress"})
# what a nation could field: its means, not an offer ("the ability to mobilize nearly 10,000")
_CAPABILITY = re.compile(
    r"\b(?:ability|capacity|capable|able|(?:could|can|would) (?:hardly |barely |only )?"
    r"(?:mobili[sz]e|muster|field|raise|generate|assemble|gather)|"
    # s33: an adverb may split the verb ("would struggle to collectively muster 25,000")
    r"struggl\w* to (?:\w+ly )?(?:muster|field|"
    r"raise|generate|assemble|gather|find|mobili[sz]e|deploy|put together)|mobili[sz]ation "
    r"potential|army (?:of|numbers|counts|has)|armed forces (?:of|number|count)|standing army|"
    r"reserves? of|(?:usually|typically|normally|generally) (?:numbers|counts|comprises|has)|"
    r"^such an? \w+ (?:numbers|counts|comprises))\b")
# a government's promise of a number (a "commitment" in the Kiel tracker's words); "would
# provide", "could send", "plans to", "is ready to" stay "stated"
_PLEDGE = re.compile(
    r"\b(?:pledged|pledges|pledging|committed|commits|promised|promises|(?:has|have|had) "
    r"offered|offered|will (?:send|deploy|contribute|provide|commit|station|dispatch|supply|put)|"
    r"(?:has|have) agreed to (?:send|deploy|contribute|provide|commit|station|dispatch|supply)|"
    r"agreed to (?:send|deploy|contribute|provide|commit|station|dispatch|supply)|"
    r"(?:has|have) decided to (?:send|deploy|contribute|provide|commit))\b")
_STAGE_TOKEN = re.compile(r"[\w'’.-]+")


def stage_word_spans(text: str, stage: str, quantity: str | None = None
                     ) -> tuple[tuple[int, int], ...]:
    """(review s32) Where in ``text`` the words that gave a pledge its ``stage`` are, by the
    rules above, for the quoted words to keep them in view: "deployed" / "arrived" /
    "stationed" not after "would", "to" …; "approved" or "voted" with the parliament;
    "pledged", "committed" … nearest the figure ``quantity``. Empty for "stated" (the claim's
    own words gave it)."""
    tokens = [(m.start(), m.end(), m.group(0).lower().strip(".,;:\"'“”’"))
              for m in _STAGE_TOKEN.finditer(text)]
    words = [w for _, _, w in tokens]
    if stage == "deployed":
        for k, (a, b, w) in enumerate(tokens):
            if w in _DEPLOYED and not set(words[max(0, k - 2):k]) & _NOT_YET:
                return ((a, b),)
    elif stage == "approved":
        firsts = [next(((a, b) for a, b, w in tokens if w in kind), None)
                  for kind in (_APPROVED, _PARLIAMENT)]
        return tuple(x for x in firsts if x is not None)
    elif stage == "pledged":
        low = text.lower()
        at = low.find(" ".join((quantity or "").split()).lower()) if quantity else -1
        hits = [(m.start(), m.end()) for m in _PLEDGE.finditer(low)]
        if hits:
            return (min(hits, key=lambda h: abs(h[0] - at)) if at >= 0 else hits[0],)
    return ()


_CLAUSE_BREAK = re.compile(r"[,;:–—]|\s-\s|\b(?:but|while|whereas|although|though)\b")
# the conditions under which a conditional stance is still an offer ("will contribute only if a
# ceasefire is agreed"); "needs parliament's approval" or "constitutional constraints" are not
OFFER_CONDITIONS = frozenset({"us-backstop", "ceasefire", "mandate"})


def _sentence_stage(sentence: str) -> str | None:
    """deployed / approved when the sentence says so (troops on the ground, a vote), else None."""
    words = [w.strip(".,;:\"'“”’") for w in re.findall(r"[\w'’.-]+", sentence.lower())]
    for k, w in enumerate(words):
        if w in _DEPLOYED and not set(words[max(0, k - 2):k]) & _NOT_YET:
            return "deployed"
    if set(words) & _APPROVED and set(words) & _PARLIAMENT and not set(words) & {
            "would", "will", "needs", "need", "require", "requires", "must"}:
        return "approved"
    return None


def _clause(sentence: str, quantity: str) -> str:
    """The clause of ``sentence`` around ``quantity`` (lower case, "#" where the number is)."""
    low = sentence.lower()
    at = low.find(quantity.lower()) if quantity else -1
    if at < 0:
        before, after = low, ""
    else:
        before, after = low[:at], low[at + len(quantity):]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause_before = before[breaks[-1].end():] if breaks else before
    m = _CLAUSE_BREAK.search(after)
    return clause_before.lstrip() + " # " + (after[:m.start()] if m else after)


# (s73, a journalist's reading) a figure its own sentence rejects: a report of it denied or
# dismissed ("Planners have dismissed reports that Europe would send 60,000 troops"; "Reports
# that Spain would send 2,000 troops are false"), the figure negated ("The contingent will not
# be 5,000 or 10,000"; not "will be no more than 5,000", a ceiling). Readers record such a figure
# (the reports name it), so it stays a claim, shown as rejected and never a plan's figure.
_DENIED_REPORT = re.compile(
    r"\b(?:deni(?:ed|es)|deny(?:ing)?|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:ed|es)|"
    r"rebuff(?:ed|s))\s+(?:the\s+|a\s+|as\s+\w+\s+)?(?:\w+\s+)?(?:reports?|claims?|speculation|"
    r"rumou?rs?|talk|suggestions?|allegations?)\b(?:(?!\b(?:and|but|said|says|saying|adding|"
    r"insisted|while)\b)[^.;,])*#")
_REPORT_FALSE = re.compile(
    r"\b(?:reports?|claims?|speculation|rumou?rs?|talk|suggestions?)\s+(?:that|of)\b[^.;]*#"
    r"[^.;,]*?\b(?:(?:is|are|was|were)\s+(?:\w+\s+)?(?:false|untrue|baseless|unfounded|"
    r"groundless|wrong|incorrect|denied|dismissed|rejected)|(?:is|are|was|were)\s+not\s+true)\b")
_FIGURE_NEGATED = re.compile(r"\b(?:not|n't|never)\s+be\s+#|"
                             r"\b(?:nobody|no one|no-one)\s+(?:is|was)\s+talking\s+(?:about\s+)?#")
_NOT_DENIED = re.compile(r"\bconfirm\s+(?:or|nor)\s+deny\b|\bdeny\s+or\s+confirm\b|"
                         r"\b(?:not|n't|never)\s+(?:\w+\s+)?(?:denied|deny|dismissed|rejected)\b")
# a figure's own words that make "not be #" a ceiling, not a denial ("will not be more than 5,000")
_BOUND_WORDS = ("more than", "fewer than", "less than", "over ", "above ", "below ", "under ",
                "up to", "at most", "at least", "larger than", "bigger than")


def figure_denied(sentence: str, quantity: str) -> bool:
    """Whether ``sentence`` rejects its figure ``quantity`` (a report of it denied, dismissed or
    said to be false, or the figure negated): the figure is told, not claimed."""
    low = sentence.lower()
    at = low.find(quantity.lower()) if quantity else -1
    if at < 0 or _NOT_DENIED.search(low):
        return False
    marked = low[:at] + "#" + low[at + len(quantity):]
    negated = _FIGURE_NEGATED.search(marked) is not None and \
        not quantity.lower().startswith(_BOUND_WORDS)
    return bool(_DENIED_REPORT.search(marked) or _REPORT_FALSE.search(marked) or negated)


def claim_stage(sentence: str, quantity: str) -> str:
    """The stage a nation's troop figure is at: capability (not an offer) / stated / pledged /
    approved / deployed, read from the sentence and the clause around ``quantity``."""
    stage = _sentence_stage(sentence)
    if stage:
        return stage
    clause = _clause(sentence, quantity)
    if _CAPABILITY.search(clause):
        return "capability"
    if _PLEDGE.search(clause):
        return "pledged"
    return "stated"


def _stage_of(sentence: str, stance: str | None = None) -> str:
    """The stage of a stance's sentence (deployed / approved, else stated)."""
    return _sentence_stage(sentence) or "stated"


def _claim_stages(claims: Sequence[QuantityClaim]) -> dict[str, str | None]:
    """claim id -> pledge stage, for a single nation's troop contributions; for the European
    force's size, "capability" alone (what Europe could field is not a planned force size)."""
    stages: dict[str, str | None] = {}
    for c in claims:
        if c.unit != "troops":
            continue
        if figure_denied(c.sentence, c.text):
            stages[c.id] = "denied"  # (s73) a figure its report rejects: no stage of a plan
        elif _outside_voice(c.said_by):
            continue  # (s73, a journalist's reading) "Former prime minister Matteo Renzi argued
            # that Italy could send 2,000 soldiers": his figure, no stage of Italy's pledge
        elif c.subject.startswith("contribution:") and c.nation and "+" not in c.nation:
            stages[c.id] = claim_stage(c.sentence, c.text)
        elif c.subject == "european_force" and _CAPABILITY.search(_clause(c.sentence, c.text)):
            stages[c.id] = "capability"
    return stages


def _pledge_entries(reports: Sequence[Report], claims: Sequence[QuantityClaim],
                    stances: Sequence[StanceClaim], src: Sources,
                    stage_of: dict[str, str | None]) -> list[PledgeEntry]:
    from reassure.evidence._clean import parse_date
    from reassure.evidence._gazetteer import actor_name

    date_of = {r.id: r.date for r in reports}
    # (review s34) a stage quotes the body before the headline: "Poland rules out troops for
    # Ukraine as Baltic states offer soldiers" was Estonia's quoted evidence, over the body's own
    # "The Baltic states are ready to contribute troops ..."
    title_of = {r.id: " ".join((r.title or "").split()) for r in reports}
    found: dict[str, dict[str, list[tuple[str | None, Any]]]] = {}
    staged: set[tuple[str, str, int]] = set()  # (nation, report, sentence start) with a figure
    for c in claims:
        stage = stage_of.get(c.id)
        if stage is None or c.nation is None:
            continue
        staged.add((c.nation, c.report_id, c.start))
        if stage in NOT_PLANNED:
            continue  # what a nation could field, or a figure its report rejects, is no offer
        when = parse_date(c.sentence) or date_of.get(c.report_id)
        found.setdefault(c.nation, {}).setdefault(stage, []).append((when, c))
    for st in stances:
        if st.actor in NOT_CONTRIBUTORS or (st.actor, st.report_id, st.start) in staged \
                or st.qualified_by:
            continue  # a figure in the same sentence places it; a qualified stance: its condition
        # only an offer starts a pledge: readiness, or a condition that still offers troops; a
        # nation that declines, is undecided or only faces a constraint has no pledge stage
        if not (st.stance == "ready"
                or (st.stance == "conditional" and st.condition in OFFER_CONDITIONS)):
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
            # the first report of the stage (undated last; a figure before a bare stance), its
            # claim and quote
            items.sort(key=lambda it: (it[0] is None, it[0] or "", isinstance(it[1], StanceClaim),
                                       " ".join(it[1].sentence.split()) == title_of.get(it[1].report_id),
                                       it[1].id))
            when, first = items[0]
            stages.append(PledgeStage(
                stage=stage, date=when, low=getattr(first, "low", None),
                high=getattr(first, "high", None), claim_id=first.id,
                report_id=first.report_id, quote=first.sentence,
                claim_ids=tuple(it[1].id for it in items),
                independent_sources=_independent((it[1] for it in items), src),
                qualifier=getattr(first, "qualifier", "exact"),
                figures=tuple(dict.fromkeys(
                    (it[1].low, it[1].high, it[1].qualifier) for it in items
                    if isinstance(it[1], QuantityClaim)
                    and (it[1].low is not None or it[1].high is not None))),
            ))
        entries.append(PledgeEntry(nation=nation, nation_name=actor_name(nation),
                                   stages=tuple(stages)))
    return entries


# --- who said it, for the reader (issue r3) -------------------------------------------------
# A speaker is a person, office or outlet named as the source of the words ("said X", "X said",
# "according to X"). A nationality adjective alone ("European", "the French") is not; unnamed
# sources become "an unnamed source/official"; a named leader is the person, their nation in a
# column of its own.
_SAY = (r"(?:said|says|say|told|tells|stated|declared|declares|added|noted|warned|warns|warn|"
        r"confirmed|explained|insisted|stressed|announced|argues|argued|argue|wrote|writes)")
# (s68) the verbs a speaker may follow ("..., said Putin"): not those whose object a name after
# them is ("Downing Street warns Putin as ...", "Macron told Starmer")
_SAY_INVERTED = (r"(?:said|says|stated|declared|declares|added|noted|confirmed|explained|"
                 r"insisted|stressed|announced|argues|argued|wrote|writes)")
# literals one of which every match of _SAY contains (a fast test before the regexes)
_SAY_WORDS = ("said", "say", "told", "tells", "stated", "declare", "added", "noted", "warn",
              "confirmed", "explained", "insisted", "stressed", "announced", "argue", "wrote",
              "writes")
# a minister is an office ("Germany's defence minister said"): named, not an unnamed source
_UNNAMED_HEAD = (r"(?P<head>officials?|sources?|diplomats?|aides?|insiders?|people|persons?|"
                 r"analysts?|officers?|critics?|planners?|experts?|observers?|commentators?|"
                 r"researchers?)")  # (s67, a journalist's reading: "critics say", "one planner argues")
_COUNT_WORDS = ("one two three four five six several some many both other another senior "
                "unnamed anonymous the a an").split()
_UNNAMED_NP = (r"(?P<count>(?:(?i:" + "|".join(_COUNT_WORDS) + r")\s+)*(?:of\s+the\s+)?)"
               r"(?P<adj>(?:(?!(?i:" + "|".join(_COUNT_WORDS) + r")\b)[A-Z][a-z]+|diplomatic|"
               r"military|government|defence|defense|security|western)\s+)?" + _UNNAMED_HEAD
               + r"\b")
# words a sentence may open with that the extraction can take for a speaker ("About six states
# ... have declared"): never a speaker
_NOT_SPEAKERS = frozenset("about as this that these those it there however meanwhile according "
                          "in on at but and when while after before some many all earlier "
                          "later yesterday today how what why where".split())
_ACCORDING = re.compile(r"\b(?i:according) to ((?:[A-Z][\w'’.-]+\s+){1,5}[A-Z][\w'’.-]+)")
_UNNAMED_AFTER = re.compile(r"(?:\b" + _SAY + r"|\b(?i:according) to)\s+" + _UNNAMED_NP)
_UNNAMED_BEFORE = re.compile(r"(?:^|[\s,(])" + _UNNAMED_NP + r"(?:\s+[\w,'’-]+){0,6}?\s+"
                             + _SAY + r"\b")
_OUTLET = re.compile(r"\b(?i:according) to (?:the )?(?:news )?(?:agency|newspaper|broadcaster|"
                     r"outlet|daily|magazine|channel)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")
# the literal stems of `_UNNAMED_HEAD` (case-sensitive there too): a fast test before the regexes
_HEAD_WORDS = ("offic", "source", "diplomat", "aide", "insider", "people", "person", "analyst",
               "critic", "planner", "expert", "observer", "commentator", "researcher")
# (s33) a sentence opening with an unnamed source's head, capitalised, that speaks: "Officials
# said", "Diplomats in Oslo and Copenhagen say", "Sources close to the government told": only
# a place's or a body's words between the head and the verb, never another clause's subject
_UNNAMED_OPENING = re.compile(
    r"(?:Officials|Sources|Diplomats|Aides|Insiders|Analysts|Officers)"
    r"(?:\s+(?:in|from|at|of|with|close\s+to|familiar\s+with|briefed\s+on)"
    r"(?:\s+(?:[A-Z][\w'’.-]*|the|and|talks|plans|matter|government|ministry|capitals?)){1,4})?"
    r"(?:\s+(?:have|has|also|privately|publicly|later|on\s+[A-Z]\w+)){0,2}\s+" + _SAY + r"\b")
_DETS = frozenset({"the", "a", "an"})
_OFFICE_WORDS = frozenset("prime minister president chancellor foreign defence defense premier "
                          "secretary deputy spokesman spokeswoman spokesperson minister's".split())


def _unnamed(sentence: str) -> str | None:
    """"an unnamed official", "unnamed European sources": the unnamed source the sentence
    quotes ("..., said one source", "one of the officials said", "according to officials")."""
    if _UNNAMED_OPENING.match(sentence):
        # "Officials in Oslo said": a head opening the sentence is capitalised (s33)
        sentence = sentence[:1].lower() + sentence[1:]
    if not any(map(sentence.__contains__, _HEAD_WORDS)):  # both patterns need a head word
        return None
    m = _UNNAMED_AFTER.search(sentence) or _UNNAMED_BEFORE.search(sentence)
    if m is None:
        return None
    head = m.group("head").lower()
    count = m.group("count").lower().split()
    adj = (m.group("adj") or "").strip()
    if adj.lower() in _DETS or adj.lower() in ("one", "two", "three", "several", "some"):
        adj = ""
    singular_head = {"people": "person"}.get(head, head.removesuffix("s"))
    if head in ("people", "persons"):
        singular_head = "person"
    single = (count[:1] == ["one"]) or head == singular_head
    noun = singular_head if single else head
    words = " ".join(w for w in ("unnamed", adj, noun) if w)
    return ("an " + words) if single else words


def _only_adjectives(name: str) -> bool:
    """"European", "The French": a nationality adjective (with an article), not a speaker."""
    demonyms = _demonyms()
    words = [w.lower() for w in name.split() if w.lower() not in _DETS]
    return bool(words) and all(w in demonyms for w in words)


@functools.lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    from reassure.evidence._gazetteer import DEMONYMS

    return frozenset({d.lower() for names in DEMONYMS.values() for d in names} | {
        "european", "western", "american", "eastern", "nordic", "baltic", "allied", "europe"})


def _named_person(sentence: str, actor: str | None = None,
                  anchor: str | None = None) -> str | None:
    """A leader of the gazetteer who speaks in the sentence ("Prime Minister Giorgia Meloni
    told the Senate" -> "Giorgia Meloni"), without their titles. With ``actor`` (the claim's
    nation) and ``anchor`` (its words), only one who can be the speaker of the claim's clause
    (s33): the actor's own leader, or one who speaks in the clause ``anchor`` is in ("Støre said
    Norway would wait, while Denmark said it was ready": not Støre for Denmark)."""
    if not any(map(sentence.__contains__, _SAY_WORDS)):  # both patterns need a verb of saying
        return None
    clauses = None if actor is None and anchor is None else _clause_bounds(sentence)
    for n, surname, iso3, before, after, tail in _person_patterns():
        if surname not in sentence:  # both patterns need the surname: skip the regexes
            continue
        # `before` opens with its optional words: searched only where its literal tail is
        for m in (before.finditer(sentence) if tail.search(sentence) else ()):
            if clauses is None or _may_speak(sentence, clauses, iso3, m.start(), actor, anchor):
                first = [w for w in m.group(1).split() if w.lower() not in _OFFICE_WORDS]
                return " ".join([*first[-1:], surname])
        for m in after.finditer(sentence):
            if clauses is None or _may_speak(sentence, clauses, iso3, m.start(), actor, anchor):
                return n if " " in n else surname
    return None


# (s33) where a clause of its own starts after another's: "..., while Norway ...", "...; Norway",
# "..., whereas ...", "..., but Norway ..." (not "..., and": a reported speech runs on over it)
_OTHER_CLAUSE = re.compile(r",\s*(?:while|whereas|but)\s+|;\s+")
_QUOTE_MARKS = re.compile(r"[\"“”«»]")


def _clause_bounds(sentence: str) -> list[int]:
    """The starts of the sentence's clauses (0 first), and its length + 1 last; a boundary
    inside a quotation is the quoted speaker's own, never a new clause's."""
    return [0] + [m.end() for m in _OTHER_CLAUSE.finditer(sentence)
                  if len(_QUOTE_MARKS.findall(sentence, 0, m.start())) % 2 == 0] \
        + [len(sentence) + 1]


def _may_speak(sentence: str, bounds: list[int], iso3: str | None, at: int,
               actor: str | None, anchor: str | None) -> bool:
    """Whether the one of nation ``iso3`` who speaks at ``at`` can be the speaker of the claim
    about ``actor`` whose words are ``anchor``: their own nation's, or in the same clause; with a
    single clause, anyone; where the claim's words are not found, only its nation's."""
    if iso3 is not None and iso3 == actor:
        return True
    if len(bounds) == 2:
        return True
    where = sentence.find(anchor) if anchor else -1
    if where < 0:
        return False
    return bisect.bisect_right(bounds, at) == bisect.bisect_right(bounds, where)


@functools.lru_cache(maxsize=1)
def _person_patterns() -> tuple[tuple[str, str, str, re.Pattern[str], re.Pattern[str],
                                      re.Pattern[str]], ...]:
    """(name, surname, nation, "… Surname said", "said … Surname", "Surname said") for every
    leader of the gazetteer, in the order `_named_person` tries them (longest name first within
    a nation), compiled once: called for every claim and stance, they were most of the ledger's
    time. The last is the first's end, which opens with the surname (a fast literal search):
    where it does not match, the first cannot."""
    from reassure.evidence._gazetteer import PERSONS

    out = []
    for iso3, names in PERSONS.items():
        for n in sorted(names, key=len, reverse=True):
            surname = n.split()[-1]
            out.append((n, surname, iso3,
                        re.compile(r"((?:[A-Z][\w'’-]+\s+){0,3})" + re.escape(surname)
                                   + r"\s+(?:\w+\s+)?" + _SAY + r"\b"),
                        re.compile(r"\b" + _SAY_INVERTED + r"\s+(?:[A-Z][\w'’-]+\s+){0,4}"
                                   + re.escape(surname) + r"\b"),
                        re.compile(re.escape(surname) + r"\s+(?:\w+\s+)?" + _SAY + r"\b")))
    return tuple(out)


# words that end a speaker's name: its verb or auxiliary, a clause's conjunction
_SPEAKER_ENDS = frozenset({"has", "have", "had", "is", "was", "are", "were", "will", "would",
                           "also", "but", "ruled", "rules", "says", "said", "told", "tells"})


def reader_speaker(sentence: str, said_by: str | None, actor: str | None = None,
                   anchor: str | None = None) -> tuple[str | None, str | None]:
    """(who said it, their nation) as a reader should see them, from the sentence and the
    speaker the extraction found (which may be a pronoun's antecedent from an earlier sentence).
    ``actor`` and ``anchor``: the claim's nation and words, which a speaker the sentence names
    elsewhere must fit to stand in for an empty one (s33: `_named_person`).
    """
    from reassure.evidence._gazetteer import nation_of

    raw = " ".join(said_by.split()) if said_by else None
    if raw:
        words = raw.split()
        while words and words[0].lower() in _DETS:
            words = words[1:]
        raw = " ".join(words) or None
    if raw:
        words = raw.split()
        cut = next((k for k, w in enumerate(words) if k > 0 and (
            w.lower() in _SPEAKER_ENDS
            # (s67) "The Czech premier addressed speculation ... and said": the name ends at
            # its own past-tense verb, after an office or a name
            or w.islower() and w.endswith("ed") and words[k - 1].lower() in _OFFICE_WORDS)),
            None)
        if cut is not None:  # "Polish Prime Minister Donald Tusk has", "Trump has ruled out
            words = words[:cut]  # deploying U.S. troops but": the name ends at its verb (s15)
        while words and words[-1].islower() and words[-1].endswith("ly"):
            words = words[:-1]  # "Czechia clearly said": the adverb is not the speaker's
        raw = " ".join(words)
        if not words or words[0].lower() in _NOT_SPEAKERS or all(
                w.lower() in _COUNT_WORDS for w in words):
            raw = None  # "On December ... said", "one": no name
    raw_is_nation = bool(raw) and (_is_nation_name(raw or "") or _nation_list(raw or "") is not None)
    conceded = raw is None and _in_opening_concession(sentence, anchor)
    person = None if conceded else _named_person(sentence, actor, anchor)
    unnamed = None if conceded else _unnamed(sentence)
    speaker: str | None
    opening = _UNNAMED_OPENING.match(sentence)
    if raw and _unnamed_spokesman(raw):
        speaker = "an unnamed " + raw.lower()  # "A spokesman said": nobody named (s33)
    elif raw and unnamed and opening and raw in opening.group(0):
        speaker = unnamed  # "Officials in Oslo and Copenhagen said": their place's, unnamed (s33)
    elif raw and not raw_is_nation and not _only_adjectives(raw) and not re.fullmatch(
            _UNNAMED_NP, raw, flags=re.IGNORECASE):
        speaker = raw  # a person, office or outlet named as the source
    elif person and (raw is None or raw_is_nation or _only_adjectives(raw)):
        speaker = person  # "Italy said ..., Prime Minister Giorgia Meloni told the Senate"
    elif (named := _ACCORDING.search(sentence)) and not _is_nation_name(named.group(1)) \
            and not _only_adjectives(named.group(1)) and (raw is None or raw_is_nation) and (
                actor is None and anchor is None or _may_speak(
                    sentence, _clause_bounds(sentence), nation_of(named.group(1)),
                    named.start(), actor, anchor)):
        speaker = named.group(1).rstrip(".,;:")  # "Russia told ..., according to Sergei Lavrov"
    elif unnamed:
        speaker = unnamed
    elif raw and raw_is_nation:
        speaker = raw  # "Germany said it would ...": the government speaking
    elif raw and re.fullmatch(_UNNAMED_NP, raw, flags=re.IGNORECASE):
        speaker = _unnamed("said " + raw)
    elif (raw is None or _only_adjectives(raw)) and (press := _PRESS_SOURCE.search(sentence)):
        speaker = press.group(1)[:1].lower() + press.group(1)[1:]  # "wrote the newspaper" (s67)
    elif raw is None and (subject := _acting_subject(sentence, anchor)):
        speaker = subject  # "Polish Prime Minister Donald Tusk ruled out sending ..." (s67)
    else:
        outlet = _OUTLET.search(sentence)  # "According to the agency Northwire, ..."
        speaker = outlet.group(1) if outlet else None
    if speaker is None or speaker.startswith(("an unnamed", "unnamed")):
        return speaker, None
    listed = _nation_list(speaker)
    if listed is not None:  # (s39) "London and Paris said": two governments, no one nation's
        return speaker, listed[0] if len(set(listed)) == 1 else None
    return speaker, nation_of(speaker) or _nation_named(speaker) or _owner_nation(speaker)


# (s67, a journalist's reading) a titled person or a known leader opening the sentence as the
# subject of the claim's own verb, with no verb of saying: "Polish Prime Minister Donald Tusk
# ruled out sending troops", "Meloni has rejected ..." (the table showed no speaker)
_SUBJECT_RUN = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’-]+)\s+"
                          r"(?:(?:has|had|have|also|again|firmly|flatly|repeatedly|now|"
                          r"already|previously)\s+)*$")




def _in_opening_concession(sentence: str, anchor: str | None) -> bool:
    """(s67, a journalist's reading) Whether ``anchor`` lies in an opening "While (Although) ..."
    clause that a speech after it does not close: "While the US has ruled out deploying its
    troops, European officials said ...": the officials do not say the US refusal."""
    m = OPENING_CONCESSION.match(sentence)
    if m is None or not anchor or not 0 <= sentence.find(anchor) < m.end():
        return False
    rest = sentence[m.end():]
    verb = re.search(r"\b" + _SAY + r"\b", rest)
    return verb is not None and len(rest[verb.end():].rstrip(" .\"”'’")) > 10


# (s67, a journalist's reading) a newspaper, think tank or study as the source, unnamed: "...,
# wrote the newspaper", "according to a Nordic think tank"
_PRESS_SOURCE = re.compile(
    r"(?:\b(?:said|says|wrote|writes|reported|reports|estimated|estimates)\s+|"
    r"\b(?i:according)\s+to\s+)((?i:the|a|an)\s+(?:[A-Z][\w'’-]+\s+)?(?:newspaper|paper|daily|"
    r"weekly|magazine|broadcaster|think\s+tank|think-tank|institute|study|report))\b")


# verbs that are statements themselves: their subject speaks ("ruled out", "pledged"); not
# deeds ("is leading efforts", "met", "visited")
_STATEMENT_VERB = re.compile(
    r"(?:ruled|rules|rule)\s+out|(?:rejected|rejects|refused|refuses|declined|declines|dismissed|"
    r"dismisses|excluded|excludes|pledged|pledges|promised|promises|vowed|vows|offered|offers|"
    r"committed|commits|confirmed|confirms|announced|announces|signalled|signaled|signals|"
    r"agreed|agrees|backed|backs|welcomed|welcomes|proposed|proposes|opposed|opposes)\b")


def _acting_subject(sentence: str, anchor: str | None) -> str | None:
    """The person opening ``sentence`` as the subject of the verb that gives the claim (the
    words ``anchor`` start at, or follow directly): a run of capitalised words that holds an
    office word or a leader's surname, and is not a nation's name."""
    if not anchor or (at := sentence.find(anchor)) <= 0:
        return None
    verb = _STATEMENT_VERB.match(sentence, at)
    head = None
    if verb is None:
        # the verb before the anchor: "Tusk ruled out sending Polish soldiers" with the
        # anchor "sending Polish soldiers"
        head = re.match(r"(.*?)\s+(" + _STATEMENT_VERB.pattern + r")\s+$", sentence[:at])
    if verb is None and head is None:
        return None  # (a journalist's reading) "Macron is leading efforts ...": no statement
    m = _SUBJECT_RUN.fullmatch(sentence[:at] if head is None else head.group(1) + " ")
    if m is None:
        return None
    run = m.group(1)
    words = [w.lower().strip(".,") for w in run.split()]
    if _is_nation_name(run) or _nation_list(run) is not None or words[0] in _NOT_SPEAKERS:
        return None
    surnames = {n.split()[-1] for n, *_ in _person_patterns()}
    if _OFFICE_WORDS.isdisjoint(words) and surnames.isdisjoint(run.split()):
        return None
    return run


_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


def _nation_list(name: str) -> list[str] | None:
    """(s39) The nations a speaker made only of two or more nation names or capitals is
    ("London and Paris", "Britain, France and Germany"); None for anything else."""
    parts = [p for p in _LIST_SPLIT.split(name.strip()) if p]
    if len(parts) < 2:
        return None
    found = [_nation_named(p) or _nation_named(p.removeprefix("the ")) for p in parts]
    return [f for f in found if f] if all(found) else None


# (s33) a spokesman no one is named for ("A spokesman said", "..., a government spokeswoman
# said"): the words it may be, all lower case; with a nation's or body's name it is an office
_SPOKES_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_SPOKES_WORDS = _SPOKES_HEADS | frozenset({"government", "ministry", "defence", "defense",
                                           "foreign", "military", "army", "senior", "deputy"})
# "Norway's foreign minister", "the Netherlands' defence ministry": the owner of an office
_OWNER = re.compile(r"((?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)(?:['’]s|(?<=s)['’])\s+[a-z]")


def _unnamed_spokesman(raw: str) -> bool:
    """"spokesman", "government spokeswoman": a spokesperson the sentence does not name."""
    words = [w.lower() for w in raw.split()]
    return words[-1] in _SPOKES_HEADS and all(w in _SPOKES_WORDS for w in words)


def _owner_nation(speaker: str) -> str | None:
    """The nation whose office the speaker is ("Norway's foreign minister" -> NOR)."""
    m = _OWNER.match(speaker)
    if m is None:
        return None
    return _nation_named(m.group(1)) or _nation_named(m.group(1).removeprefix("the "))


def _nation_named(name: str) -> str | None:
    """The nation whose name or capital ``name`` is, standing alone ("Italy", "Rome")."""
    return _nation_names().get(name.lower())


@functools.lru_cache(maxsize=1)
def _nation_names() -> dict[str, str]:
    """Lower-case name, alias or capital -> ISO3; the first nation wins (names before aliases
    before capitals, each in table order), as a scan of the tables would find them."""
    from reassure.evidence._gazetteer import ALIASES, CAPITALS, _names

    out: dict[str, str] = {}
    for iso3, n in _names().items():
        out.setdefault(n.lower(), iso3)
    for table in (ALIASES, CAPITALS):
        for iso3, ns in table.items():
            for n in ns:
                out.setdefault(n.lower(), iso3)
    return out


_OUTSIDE_WORDS = ("former ", "ex-", "opposition", "analyst", "expert", "critic", "candidate",
                  "commentator", "researcher", "professor", "party leader", "lawmaker", " mp ")


def _outside_voice(said_by: str | None) -> bool:
    """A speaker who is not the government's voice: a former leader, the opposition, a party's
    leader, an analyst (the speaker phrase as the extraction found it)."""
    if not said_by:
        return False
    low = f" {said_by.lower()} "
    return any(w in low for w in _OUTSIDE_WORDS) or any(
        f" {name}" in low for name in _OPPOSITION_FIGURES)


def _is_nation_name(name: str) -> bool:
    return _nation_named(name) is not None


def _outsider_claim(s: StanceClaim) -> bool:
    """A stance a non-contributor's official states about another nation: "Trump added that
    European nations such as Norway, Denmark and Belgium are willing to put boots on the ground"
    is Trump's claim, not Norway's stance (§5: another country's view about a nation
    is not its stance; s14). Only the US, Russia and Ukraine: a contributor's leader speaking for
    a partner ("Macron said France and Britain would deploy") is the plan-leader convention's."""
    if s.said_by_nation not in NOT_CONTRIBUTORS or s.actor == s.said_by_nation:
        return False
    # a named official of that nation ("Trump", "US President Donald Trump"), not a speaker
    # phrase that merely ends near a place ("Denmark ruled out ... inside Ukraine but")
    return s.said_by is not None and s.said_by.endswith(PERSONS.get(s.said_by_nation, ()))


def _outsider_official(s: StanceClaim) -> bool:
    """(s59) A stance an outsider's unnamed official states about a nation, the speaker named in
    the stance's own sentence as the extraction found it (before it is put as a reader sees it:
    "an unnamed official"): "A US official said France was ready", "White House officials said
    ...", "Ukrainian officials said they hoped Italy would send troops". Not the nation's own
    ("a French official"), nor an alliance's official reporting what nations signalled ("a NATO
    official told reporters": the annotators keep those, own-words set rc11)."""
    special = _SPECIAL_ENVOY.search(s.sentence)
    cue_at = s.sentence.find(s.cue)
    if special is not None and cue_at > special.end() and not _ANOTHER_VOICE.search(
            s.sentence, special.end(), cue_at):
        # (s68, set 141) "According to the publication, Trump's special representative
        # suggested that British and French forces could take control of zones": the envoy's
        # idea, whoever reports it
        whose = special.group(1)
        nation = "USA" if whose.replace(".", "") == "US" else nation_of(whose)
        return nation in NOT_CONTRIBUTORS and nation != s.actor
    if not s.said_by or s.said_by not in s.sentence:
        return False  # (a "he" resolved to an earlier speaker: that resolution is less sure)
    words = set(s.said_by.lower().replace(",", " ").split())
    if not words & _OFFICIAL_WORDS:
        return False
    nation = nation_of(s.said_by) or next((iso3 for w, iso3 in _SEATS.items() if w in s.said_by.lower()), None)
    return nation in NOT_CONTRIBUTORS and nation != s.actor


# (s68) an outsider's special envoy as the subject of a verb of speaking or proposing (not an
# ambassador posted to a capital, who reports its government's position: review s50)
_SPECIAL_ENVOY = re.compile(r"\b((?:Trump|Putin|Zelensky|Zelenskyy|Washington|Moscow|Kyiv|Kiev|"
                            r"Ukraine|Russia|America|"
                            r"the Kremlin|the White House)['’]s|U\.?S\.?|American|Russian|Ukrainian)"
                            r" special (?:envoy|representative)\b(?:\s+[A-Z][\w'’-]*)*,?\s+"
                            r"(?:has |had )?(?:said|suggested|proposed|told|floated|argued|says)\b")
# (s68 review) a clause of another voice between the envoy and the cue: "..., while the British
# defence secretary said Britain would send troops"
_ANOTHER_VOICE = re.compile(r"\b(?:while|whereas|but)\b|;|\b(?:said|says|told|stated)\b")
_SPOKE = re.compile(r"\b(?:said|says|say|stated|told|warned|argued|added|insisted)\b")
# (s67) parties outside government, 2024-2026, as a sentence's subject with no speech verb
_PARTIES_OUTSIDE = ("rassemblement national", "national rally", "afd", "alternative for germany",
                    "fpö", "fpoe", "freedom party", "pvv", "reform uk", "vox", "sumar", "ano ",
                    "law and justice", "pis ")
# a party outside government, or "one", "a", "an" of its members before it
_PARTY_MEMBER_PREFIXES = _PARTIES_OUTSIDE + tuple(
    f"{a} {p}" for a in ("one", "a", "an", "two", "several") for p in _PARTIES_OUTSIDE)
_GOVERNMENT_MARKS = ("ruling", "governing", "government", "prime minister", "president",
                     "chancellor", "minister", "premier")


def _party_voice(s: StanceClaim) -> bool:
    """(s59) A party's voice, not the government's: the words before the sentence's first speech
    verb name an opposition party or figure or a coalition partner ("The opposition ANO party
    ... has said it would not send Czech soldiers", "Sumar, the junior coalition partner, said
    ...", "Reform UK leader Nigel Farage said ..."), or an embassy in the nation's capital
    speaks ("Russia's embassy in Canberra said ...": Russia's word, not Australia's). Not a
    ruling or governing party."""
    low = " " + s.sentence.lower()
    spoke = _SPOKE.search(low)
    cue = low.find(" " + s.cue.lower()) if s.cue else -1
    if spoke is None and cue <= 0:
        return False
    # (s67) with no speech verb, the words before the cue ("The Rassemblement National, by the
    # voice of Jordan Bardella, opposes every sending of French soldiers")
    subject = low[:spoke.start() if spoke is not None else cue]
    if spoke is None:  # (s67) only a party outside government opening the cue's own clause
        # as its subject: "The Rassemblement National, through Jordan Bardella, opposes ..."
        # (not "Despite protests from the AfD, Berlin is ready ...")
        clause = re.split(r",\s*(?:but|while|whereas)\s|;\s", subject)[-1].lstrip()
        return clause.removeprefix("the ").startswith(_PARTIES_OUTSIDE)
    if "junior partner" in subject or "coalition partner" in subject:
        return True  # (s67) "Sumar, the junior partner in Prime Minister Sanchez's coalition
        # government, said ...": a partner's word, whatever office its sentence names
    if any(w in subject for w in _GOVERNMENT_MARKS):
        return False  # "the ruling party", "Prime Minister X, whose party ...": the government
    if spoke is not None and " opposition " in subject or any(
            f" {name}" in subject for name in _OPPOSITION_FIGURES):
        return True
    if spoke is not None and re.split(r",\s*", subject)[-1].lstrip().removeprefix(
            "the ").startswith(_PARTY_MEMBER_PREFIXES):
        return True  # (s69, rv67b-own) "One Reform UK MP said his party opposed sending
        # British troops": a party's member, the clause before the speech verb its own
    if spoke is not None and " party" in subject and len(subject.split()) <= 12 and not any(
            leader_nation(w.strip(".,'’")) for w in subject.split()):
        return True  # (not "At his party's congress, Tusk said ...": the leader speaks)
    host = re.search(r"embassy in (\w+)", subject)
    return host is not None and nation_of(host.group(1).title()) == s.actor


_SEATS = {"white house": "USA", "pentagon": "USA", "state department": "USA", "kremlin": "RUS"}
# (not an ambassador or envoy: "Norway is considering ..., Ukraine's ambassador to Oslo said"
# reports the host government's position; review s50)
_OFFICIAL_WORDS = frozenset({"official", "officials", "spokesman", "spokeswoman", "spokesperson",
                             "diplomat", "diplomats", "administration", "aide", "aides", "source",
                             "sources"})


def _with_speaker(c: Any) -> Any:
    if isinstance(c, StanceClaim):  # (s33) the stance's nation and cue: its clause
        said_by, nation = reader_speaker(c.sentence, c.said_by, c.actor, c.cue)
    else:  # a figure: its nation (a contribution's) and its words
        said_by, nation = reader_speaker(c.sentence, c.said_by, c.nation, c.text)
    if (said_by, nation) == (c.said_by, c.said_by_nation):
        return c
    return dataclasses.replace(c, said_by=said_by, said_by_nation=nation)


# --- review r10: one wire story, many rewrites; dates ---------------------------------------
# Outlets whose dispatches other outlets rewrite and credit ("AFP reported", "according to
# Reuters", "citing the Financial Times"). Two reports that are not copies of one another (the
# near-duplicate model keeps them apart: different words) but both credit the same one of these
# for a claim retell one dispatch: they count once for agreement (issue 15: "syndicated copies
# count once"). A name here must be the originating outlet's, unambiguous in news text.
AGENCIES: dict[str, re.Pattern[str]] = {
    "AFP": re.compile(r"\bAFP\b|\bAgence France[- ]Presse\b"),
    "Reuters": re.compile(r"\bReuters\b"),
    "AP": re.compile(r"\bAssociated Press\b|\(AP\)|\bAP (?:reported|reports|said|news)\b"),
    "dpa": re.compile(r"\bdpa\b|\bDPA\b|\bDeutsche Presse-Agentur\b"),
    "ANSA": re.compile(r"\bANSA\b"),
    "EFE": re.compile(r"\bEFE\b"),
    "PAP": re.compile(r"\bPAP\b|\bPolish Press Agency\b"),
    "Interfax": re.compile(r"\bInterfax\b"),
    "TASS": re.compile(r"\bTASS\b"),
    "Bloomberg": re.compile(r"\bBloomberg\b"),
    "Financial Times": re.compile(r"\bFinancial Times\b|\bFT\b"),
    "Wall Street Journal": re.compile(r"\bWall Street Journal\b|\bWSJ\b"),
    "New York Times": re.compile(r"\bNew York Times\b|\bNYT\b"),
    "Washington Post": re.compile(r"\bWashington Post\b"),
    "Politico": re.compile(r"\bPolitico\b|\bPOLITICO\b"),
    "The Guardian": re.compile(r"\bThe Guardian\b"),
    "The Telegraph": re.compile(r"\bThe (?:Daily )?Telegraph\b"),
    "The Economist": re.compile(r"\bThe Economist\b"),
}
# the opening a rewrite credits its origin in: the title and the first sentences of the body
# ("..., AFP reported."; "This was reported by ... Agence France Presse"); a credit further down
# is that sentence's own ("According to a source cited by RBC Ukraine, ...")
LEAD_CHARS = 400
# rewrites of one dispatch appear within days of it; the same agency credited a week apart is
# two dispatches (each report's date; an undated report may be any of them)
WIRE_WINDOW_DAYS = 7
# the report's own reporting: "told <this outlet>", "in an interview with <this outlet>"
_OWN_WORDS = r"\b(?:told|in an interview with|speaking to|said to)\s+(?:the\s+)?"


_ANY_AGENCY = re.compile("|".join(f"(?:{rx.pattern})" for rx in AGENCIES.values()))
# a literal every pattern of AGENCIES needs (one of them): most sentences name no agency, and
# these substring tests are much faster than the alternation of word-bounded patterns
_AGENCY_ANCHORS = ("AFP", "Agence France", "Reuters", "Associated Press", "AP", "dpa", "DPA",
                   "Deutsche Presse-Agentur", "ANSA", "EFE", "Polish Press Agency", "Interfax",
                   "TASS", "Bloomberg", "Financial Times", "FT", "Wall Street Journal", "WSJ",
                   "New York Times", "NYT", "Washington Post", "Politico", "POLITICO",
                   "The Guardian", "Telegraph", "The Economist")


def agencies_in(text: str) -> frozenset[str]:
    """The originating agencies and outlets (AGENCIES) a text names (one pass over most texts,
    which name none: the ledger must stay fast)."""
    if not any(map(text.__contains__, _AGENCY_ANCHORS)) or not _ANY_AGENCY.search(text):
        return frozenset()
    return frozenset(name for name, rx in AGENCIES.items() if rx.search(text))


class Sources:
    """Who a claim comes from, for counting agreement: its story (duplicate group), the agencies
    it credits, and its date. Built once per ledger (`Ledger.sources`)."""

    def __init__(self, reports: Sequence[Report], claims: Sequence[QuantityClaim],
                 stances: Sequence[StanceClaim], group_of: dict[str, str]) -> None:
        from reassure.evidence._clean import parse_date

        self.group_of = group_of
        by_id = {r.id: r for r in reports}
        lead = {r.id: agencies_in(" ".join(x for x in (r.title or "", r.outlet or "",
                                                       r.clean_text[:LEAD_CHARS]) if x))
                for r in reports}
        # a report's date; an undated copy takes its story's; an undated rewrite takes the date
        # of the dated reports crediting the same agencies for a same claim, when they agree
        date = {r.id: r.date for r in reports}
        story_date: dict[str, str] = {}
        for r in reports:
            if r.date:
                g = group_of.get(r.id, r.id)
                story_date[g] = min(story_date.get(g, r.date), r.date)
        for r in reports:
            if not date[r.id]:
                date[r.id] = story_date.get(group_of.get(r.id, r.id))
        keyed: dict[tuple[Any, ...], set[str]] = {}
        for q in claims:
            keyed.setdefault(("q", q.subject, q.unit, q.low, q.high), set()).add(q.report_id)
        for s in stances:
            keyed.setdefault(("s", s.actor, s.stance), set()).add(s.report_id)
        inherited: dict[str, set[str]] = {}
        for rids in keyed.values():
            for rid in rids:
                if date[rid] or not lead.get(rid):
                    continue
                inherited.setdefault(rid, set()).update(
                    d for o in rids if o != rid and lead.get(o) == lead[rid] and (d := date[o]))
        for rid, ds in inherited.items():
            if len(ds) == 1:
                date[rid] = next(iter(ds))
        self.report_date = date
        self.credit: dict[str, frozenset[str]] = {}
        self.date: dict[str, str | None] = {}
        every: list[QuantityClaim | StanceClaim] = [*claims, *stances]
        for c in every:
            rep = by_id.get(c.report_id)
            own = agencies_in(c.sentence)
            outlet = rep.outlet if rep else None
            if outlet and outlet in c.sentence and re.search(_OWN_WORDS + re.escape(outlet),
                                                             c.sentence):
                credit: frozenset[str] = frozenset()  # its own reporting: independent
            else:
                credit = own or lead.get(c.report_id, frozenset())
            self.credit[c.id] = credit
            self.date[c.id] = parse_date(c.sentence) or date.get(c.report_id)

    def count(self, claims: Iterable[Any],
              key: Callable[[Any], Any] | None = None) -> tuple[int, tuple[str, ...]]:
        """(independent sources, agencies credited by stories counted once for them): copies of
        one story count once, and so do stories that credit the same agencies for the same
        claim (the same ``key``: a figure, a stance; all the same without one) within
        WIRE_WINDOW_DAYS of each other (an undated one: any)."""
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        buckets: dict[tuple[frozenset[str], Any], list[tuple[str | None, str]]] = {}
        for c in claims:
            g = self.group_of.get(c.report_id, c.report_id)
            parent.setdefault(g, g)
            credit = self.credit.get(c.id, frozenset())
            if credit:
                buckets.setdefault((credit, key(c) if key else None), []).append(
                    (self.report_date.get(c.report_id), g))
        credited: set[str] = set()
        for (credit, _), items in buckets.items():
            dated = sorted((d, g) for d, g in items if d)
            undated = [g for d, g in items if not d]
            joins: list[tuple[str, str]] = [(a[1], b[1]) for a, b in zip(dated, dated[1:],
                                                                          strict=False)
                                            if days_between(a[0] or "", b[0] or "") <= WIRE_WINDOW_DAYS]
            anchor = dated[0][1] if dated else (undated[0] if undated else None)
            joins += [(anchor, g) for g in undated if anchor is not None]
            for a, b in joins:
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[ra] = rb
                    credited.update(credit)
        roots = {find(g) for g in parent}
        return len(roots), tuple(sorted(credited))


def _earliest(claims: Iterable[Any], src: Sources) -> str | None:
    dates = [d for c in claims if (d := src.date.get(c.id))]
    return min(dates) if dates else None


def _split_periods(claims: Sequence[Any], src: Sources) -> list[list[Any]]:
    """The dated claims in periods: sorted by date, a new period after a gap of more than
    CHANGE_GAP_DAYS."""
    dated = sorted((c for c in claims if src.date.get(c.id)),
                   key=lambda c: (src.date[c.id], c.id))
    periods: list[list[Any]] = []
    for c in dated:
        if periods and days_between(src.date[periods[-1][-1].id] or "", src.date[c.id] or "") \
                <= CHANGE_GAP_DAYS:
            periods[-1].append(c)
        else:
            periods.append([c])
    return periods


def _periods_of(cs: Sequence[QuantityClaim], src: Sources) -> list[list[QuantityClaim]] | None:
    """Figures that conflict only across time: each period's figures agree, consecutive
    periods differ, and every undated figure agrees with some period. None otherwise (a
    same-period disagreement is a conflict)."""
    periods = _split_periods(cs, src)
    merged: list[list[QuantityClaim]] = []
    for p in periods:
        if _consensus(p) is None:
            return None  # a disagreement within one period
        if merged and _consensus([*merged[-1], *p]) is not None:
            merged[-1].extend(p)  # the same figure again
        else:
            merged.append(list(p))
    if len(merged) < 2:
        return None
    undated = [c for c in cs if not src.date.get(c.id)]
    if any(all(_consensus([u, *p]) is None for p in merged) for u in undated):
        return None
    return merged


def _date_span(items: Sequence[Any], src: Sources) -> str:
    dates = sorted({d for c in items if (d := src.date.get(c.id))})
    return dates[0] if len(dates) == 1 else f"{dates[0]} to {dates[-1]}"


def _period_text(p: Sequence[QuantityClaim], unit: str, latest: bool, src: Sources) -> str:
    """"6 countries (2025-04-11)", "26 countries (2025-09-04, latest)"."""
    from reassure.evidence._model import value_text

    words = list(dict.fromkeys(value_text(c.low, c.high, c.qualifier, unit) for c in p))
    return f"{' / '.join(words)} ({_date_span(p, src)}{', latest' if latest else ''})"


def _turn_text(t: Sequence[StanceClaim], member: dict[str, tuple[str, str]], latest: bool,
               src: Sources) -> str:
    """"ready (2024-12-17)", "declines (2025-04-11, latest)"."""
    words = list(dict.fromkeys(member[s.id][0] for s in t))
    return f"{'/'.join(words)} ({_date_span(t, src)}{', latest' if latest else ''})"


def _stance_turns(ss: Sequence[StanceClaim], member: dict[str, tuple[str, str]],
                  src: Sources) -> list[list[StanceClaim]] | None:
    """Stances on different sides (ready or open / declining / undecided) stated one side after
    the other, more than CHANGE_GAP_DAYS apart: the turns, earliest first; None when two sides
    share a period or fewer than two sides were dated."""
    periods = _split_periods(ss, src)
    turns: list[list[StanceClaim]] = []
    for p in periods:
        sides = {_side(member[s.id][0]) for s in p}
        if len(sides) > 1:
            return None  # two sides in one period: a conflict
        if turns and _side(member[turns[-1][0].id][0]) == _side(member[p[0].id][0]):
            turns[-1].extend(p)
        else:
            turns.append(list(p))
    if len(turns) < 2:
        return None
    return turns
