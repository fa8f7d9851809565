"""Near-duplicate reports (syndicated, translated or padded copies of one story): MinHash + LSH.

Each report becomes a set of word shingles over its cleaned text: content words (a short stop
list removed), each cut to its first 5 letters so that "deploy/deployment" and "Europe/European"
meet, numbers with their commas stripped; shingles are those words alone and in adjacent pairs.
datasketch's MinHashLSH (256 permutations in 128 bands of 2 rows: a pair at Jaccard 0.15 becomes a
candidate with probability 0.95, at 0.2 with 0.995) proposes candidate pairs; a pair is joined
when the exact Jaccard similarity of the two shingle sets (or `combined_similarity`, with claim
keys) is at least ``DEDUP_THRESHOLD`` (0.22) and, when either side is already a group, the
average similarity across the two groups is too (average linkage: one close pair does not chain
two stories).

Shortcuts that only save time: candidates whose MinHash estimate is far below the threshold are
not tested; against each other group at most three candidates (the best estimates) are tested;
and a report that is a near-verbatim copy (Jaccard >= 0.6) of one already indexed is not indexed
itself, so a thousand copies of one story do not make every query return a thousand candidates.

Two reports that each name their source (a dateline agency, an outlet they cite) and share none
are two agencies on one event, not one story retold: their score is halved (`sources`).

Why 0.22: chosen by cross-validation by story (5-fold GroupKFold and leave-one-story-out, a wrong
pair weighing three found ones, a window of +-0.01 around each threshold so that the choice keeps
a margin on both sides) over the own corpus and the four annotated real sets, 238 reports
(docs/evidence.md, "Troop-size model and near-duplicates (15g)"; it was 0.18, chosen the same way
on 73 reports); verbatim syndicated copies score close to 1.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from typing import Any

from reassure.evidence._gazetteer import HOST_AND_ADVERSARY
from reassure.evidence._model import DuplicateGroup, Report

__all__ = ["CLAIM_WEIGHT", "DEDUP_THRESHOLD", "MIN_TEXT_OVERLAP", "NUM_PERM", "claim_keys", "combined_similarity",
           "find_duplicates", "shingles", "signatures"]

DEDUP_THRESHOLD = 0.22  # chosen by cross-validation by story over 325 reports (docs/evidence.md)
CLAIM_WEIGHT = 0.5  # share of the claim-key Jaccard in the combined similarity
MIN_SHARED_KEYS = 3  # claim keys two reports must share before the keys count at all
# shingle Jaccard two reports need before shared claims count: two stories quoting the same
# figures (the 64,000 plan, the 25,000 fallback) are not copies unless their words overlap too;
# on the tune parts the copies joined through claims are at 0.085 and above
MIN_TEXT_OVERLAP = 0.06
DISJOINT_DISCOUNT = 0.5
_MAX_KEY_REPORTS = 16
NUM_PERM = 256
LSH_PARAMS = (128, 2)  # bands, rows per band
_ESTIMATE_MARGIN = 0.08  # ~3.5 standard errors of a 256-permutation estimate near 0.15
_TRIES = 3  # exact tests per (report, other group), best MinHash estimates first
_LINK_SAMPLE = 8  # members a side compared when two groups join (first ones: deterministic)
_NEAR_COPY = 0.6  # a report this close to one already indexed is not indexed itself
STEM = 5
_TOKEN = re.compile(r"[a-z]+|\d[\d,.]*\d|\d")
_STOP = frozenset(
    "the a an of to in and or for on with as by is are was were be been has have had that this it "
    "its at from which will would their his her but not also said says more most other some such "
    "than these those there they we he she who any all can could may might should very into about "
    "after before over only".split()
)


def shingles(text: str) -> set[str]:
    """The shingle set of a text: stemmed content words, alone and in adjacent pairs."""
    words = [w.replace(",", "") if w[0].isdigit() else w[:STEM]
             for w in _TOKEN.findall(text.lower()) if w not in _STOP]
    out = set(words)
    out.update(map(" ".join, zip(words, words[1:], strict=False)))
    return out


_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,]\d{3})+(?![\d])|(?<![\w.,])\d{3,}(?![\d.,])")


def claim_keys(reports: Sequence[Report], claims: Sequence[Any], stances: Sequence[Any],
               named: Sequence[frozenset[str]] | None = None) -> list[set[str]]:
    """What each report claims, in words that survive translation and rewording: each figure
    with its subject and bounds, each nation's stance, each nation named, and every number of
    100 or more in the text written without separators ("64.000" and "64,000" are both
    "64000"; years are left out)."""
    index = {r.id: k for k, r in enumerate(reports)}
    keys: list[set[str]] = [set() for _ in reports]
    for k, nations in enumerate(named or ()):
        # Russia and Ukraine are named in every report on the topic: no evidence
        keys[k].update(f"m:{n}" for n in nations if n not in HOST_AND_ADVERSARY)
    for c in claims:
        keys[index[c.report_id]].add(f"q:{c.subject}:{c.low}:{c.high}")
    for st in stances:
        keys[index[st.report_id]].add(f"s:{st.actor}:{st.stance}")
    for k, r in enumerate(reports):
        keys[k].update("src:" + x for x in sources(r.clean_text))
        for m in _NUMBER.findall(r.clean_text):
            digits = re.sub(r"[.,]", "", m)
            if not (len(digits) == 4 and digits[:2] in ("19", "20")):
                keys[k].add("n:" + digits.lstrip("0"))
    return keys


# News agencies and outlets that reports name as their source ("(AP)", "according to
# Reuters", "citing NOS", "The Times reported"): one story retold names the source it retells;
# two agencies covering one event name themselves. Written as printed, matched as whole words.
_OUTLETS: dict[str, tuple[str, ...]] = {
    "reuters": ("Reuters",), "afp": ("AFP", "Agence France-Presse"), "ap": ("(AP)", "Associated Press"),
    "dpa": ("DPA",), "ansa": ("ANSA",), "efe": ("EFE",), "pap": ("PAP",), "tass": ("TASS", "/tass/"),
    "ria": ("RIA Novosti",), "interfax": ("Interfax",), "ukrinform": ("Ukrinform",), "unn": ("UNN",),
    "rbc": ("RBC-Ukraine", "RBK-Ukraine"), "anadolu": ("Anadolu",), "xinhua": ("Xinhua",),
    "bloomberg": ("Bloomberg",), "times": ("The Times",), "ft": ("Financial Times",),
    "guardian": ("The Guardian",), "telegraph": ("Telegraph",), "wapo": ("Washington Post",),
    "nyt": ("New York Times",), "wsj": ("Wall Street Journal",), "politico": ("Politico",),
    "economist": ("The Economist",), "bbc": ("BBC",), "cnn": ("CNN",), "sky": ("Sky News",),
    "axios": ("Axios",), "lemonde": ("Le Monde",), "spiegel": ("Spiegel",), "bild": ("Bild",),
    "welt": ("Die Welt",), "faz": ("Frankfurter Allgemeine",), "nos": ("NOS",), "trouw": ("Trouw",),
    "err": ("ERR",), "lrt": ("LRT",), "yle": ("Yle",), "svt": ("SVT",), "nrk": ("NRK",),
    "onet": ("Onet",), "euractiv": ("Euractiv",), "kyivindependent": ("Kyiv Independent",),
    "kyivpost": ("Kyiv Post",), "ukrpravda": ("Ukrainska Pravda",), "euronews": ("Euronews",),
    "dw": ("Deutsche Welle",), "rferl": ("RFE/RL", "Radio Free Europe"),
}
# first word of each name -> (the name's words, key): names are looked up word by word, which is
# much faster than one regular expression of every name
_OUTLET_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _key, _names in _OUTLETS.items():
    for _name in _names:
        _words = tuple(_name.split())
        _OUTLET_FIRST.setdefault(_words[0], []).append((_words, _key))
_CAPITALISED = re.compile(r"\(AP\)|/tass/|[A-Z][\w/-]*")


def _known_outlets(text: str) -> set[str]:
    words = _CAPITALISED.findall(text)
    out: set[str] = set()
    for k, w in enumerate(words):
        for name, key in _OUTLET_FIRST.get(w, ()):
            if tuple(words[k:k + len(name)]) == name:
                out.add(key)
    return out


# an outlet the gazetteer does not know, in the phrasings that name a source: a dateline
# "PARIS, Feb 24 (Northwire) -", "according to the agency Northwire", "citing Northwire",
# "with reference to Northwire", "Northwire reported"
_CITED_RE = re.compile(
    r"\((?P<a>[A-Z][\w-]+(?: [A-Z][\w-]+)?)\) ?[-–—]"
    r"|(?i:according to|citing|reported by|with reference to) (?i:the) (?i:agency|newspaper|news "
    r"agency|outlet|daily|broadcaster|publication|news site) (?P<b>[A-Z][\w-]+(?: [A-Z][\w-]+)?)")
_NOT_OUTLETS = frozenset({"Reuters", "He", "She", "They", "It", "The", "European", "Ukrainian",
                          "Russian", "British", "French", "German", "Polish", "Western", "US",
                          "UK", "EU", "NATO", "Mr", "Ms", "President", "Prime", "Defence",
                          "Defense", "Foreign", "Two", "Three", "One", "Several", "Sources",
                          "Diplomats", "Officials"})


def sources(text: str) -> set[str]:
    """The news agencies and outlets a report names as a source (its dateline agency, the
    outlets it cites): known ones by name, others in the phrasings that cite one."""
    out = _known_outlets(text)
    for m in _CITED_RE.finditer(text):
        name = m.group("a") or m.group("b")
        if name and name.split()[0] not in _NOT_OUTLETS and not _known_outlets(name):
            out.add(name.lower())
    return out


_Parts = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]


def _parts(keys: set[str]) -> _Parts:
    """A report's keys split once: all but sources, figures, stances, sources."""
    src = frozenset(k for k in keys if k[:4] == "src:")
    return (frozenset(keys - src), frozenset(k for k in keys if k[:2] in ("q:", "n:")),
            frozenset(k for k in keys if k[:2] == "s:"), src)


def combined_similarity(shingle_sim: float, a: set[str], b: set[str]) -> float:
    """Shingle Jaccard blended with the Jaccard of the claim keys, when two reports share at
    least ``MIN_SHARED_KEYS`` keys (one shared figure proves nothing) and their words overlap
    at least ``MIN_TEXT_OVERLAP``; two reports that both
    make claims (or name nations) and share none are different stories however many words they
    share (short reports on one topic share many), so their shingle similarity is halved; so
    are two reports sharing few figures that each record two or more stances, none in common,
    and two reports that each name their source (a dateline agency, an outlet cited) and share
    none."""
    return _combined(shingle_sim, _parts(a), _parts(b))


def _combined(shingle_sim: float, pa: _Parts, pb: _Parts) -> float:
    a, ca, sa, src_a = pa
    b, cb, sb, src_b = pb
    if a and b and a.isdisjoint(b):
        return shingle_sim * DISJOINT_DISCOUNT
    if src_a and src_b and src_a.isdisjoint(src_b) and shingle_sim < _NEAR_COPY:
        # each names its source and the two share none: two agencies (or outlets) covering one
        # event, not one story retold, however many facts, figures and quotes they share (a
        # near-verbatim copy under another agency's credit line stays a copy)
        return shingle_sim * DISJOINT_DISCOUNT
    # figures identify a story; nations named and stances (every story has Britain and France
    # ready) only tell stories apart
    both = ca & cb
    shared = _distinct_figures(set(both))
    if shared < MIN_SHARED_KEYS or shingle_sim < MIN_TEXT_OVERLAP:
        # joined on words alone: copies of one story carry its stances, so two reports that
        # each record several stances and share none are two stories on one topic (unless
        # they name the same source)
        if len(sa) >= 2 and len(sb) >= 2 and sa.isdisjoint(sb) and not src_a & src_b:
            return shingle_sim * DISJOINT_DISCOUNT
        return shingle_sim
    keys_sim = len(both) / len(ca | cb)
    return max(shingle_sim, (1 - CLAIM_WEIGHT) * shingle_sim + CLAIM_WEIGHT * keys_sim)


def _distinct_figures(keys: set[str]) -> int:
    """How many figures the keys stand for: a claim (``q:subject:low:high``) whose numbers are
    all also keys as plain numbers (``n:64000``) is that figure again, not another one (two
    stories quoting the same 25,000 and 64,000 share two figures, not four keys' worth)."""
    numbers = {k[2:] for k in keys if k[:2] == "n:"}
    claims = [k for k in keys if k[:2] == "q:"]
    extra = 0
    for k in claims:
        bounds = {_plain(x) for x in k.split(":")[2:] if x != "None"}
        if not bounds <= numbers:
            extra += 1
    return len(numbers) + extra


def _plain(number: str) -> str:
    """``"64000.0"`` -> ``"64000"``: a claim's bound as its plain-number key."""
    return number[:-2] if number.endswith(".0") else number


def _jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def signatures(texts: Sequence[str]) -> list[tuple[set[str], Any]]:
    """Shingle set and MinHash of each text (LeanMinHash: cheap to pickle between processes)."""
    from datasketch import LeanMinHash, MinHash

    sets = [shingles(t) for t in texts]
    hashes = MinHash.bulk([[x.encode("utf-8") for x in s] for s in sets],
                          num_perm=NUM_PERM, hashfunc=zlib.crc32)
    return [(s, LeanMinHash(h)) for s, h in zip(sets, hashes, strict=True)]


class _Groups:
    """Union-find over reports where two groups join only when their members are alike on
    average (average linkage over at most ``_LINK_SAMPLE`` members a side), not merely through
    one close pair: single linkage let a report on another story bridge two groups (a report
    quoting one story's figures in a text close to another's), chaining unrelated stories."""

    def __init__(self, sets: Sequence[set[str]], keys: Sequence[set[str]] | None,
                 threshold: float) -> None:
        self.sets, self.keys, self.threshold = sets, keys, threshold
        self.parts = None if keys is None else [_parts(k) for k in keys]
        self.parent = list(range(len(sets)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(sets))}
        self.link: dict[int, float] = {}

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def similarity(self, i: int, j: int) -> float:
        sim = _jaccard(self.sets[i], self.sets[j])
        if self.parts is not None:
            sim = _combined(sim, self.parts[i], self.parts[j])
        return sim

    def join(self, ri: int, rj: int, sim: float) -> bool:
        """Join the groups of roots ``ri`` and ``rj`` (a pair across them scored ``sim``)
        when the average similarity across the two groups also reaches the threshold."""
        a, b = self.members[ri], self.members[rj]
        if len(a) > 1 or len(b) > 1:
            sample = [(x, y) for x in a[:_LINK_SAMPLE] for y in b[:_LINK_SAMPLE]]
            if sum(self.similarity(x, y) for x, y in sample) / len(sample) < self.threshold:
                return False
        lo, hi = min(ri, rj), max(ri, rj)
        self.parent[hi] = lo
        self.members[lo] = self.members[lo] + self.members.pop(hi)
        self.link[lo] = min(self.link.get(lo, 1.0), self.link.get(hi, 1.0), sim)
        return True


def _join_by_claims(keys: Sequence[set[str]], groups: _Groups) -> None:
    """A translation shares few word shingles with its original but most of its claims: reports
    sharing ``MIN_SHARED_KEYS`` claim keys are candidates too. Keys held by more than
    ``_MAX_KEY_REPORTS`` reports (a figure every story repeats) propose nothing."""
    holders: dict[str, list[int]] = {}
    for i, ks in enumerate(keys):
        for k in ks:
            if k[:2] in ("q:", "n:"):
                holders.setdefault(k, []).append(i)
    shared: dict[tuple[int, int], int] = {}
    for members in holders.values():
        if len(members) > _MAX_KEY_REPORTS:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pair = (members[x], members[y])
                shared[pair] = shared.get(pair, 0) + 1
    for (i, j), n in sorted(shared.items()):
        if n < MIN_SHARED_KEYS:
            continue
        ri, rj = groups.find(i), groups.find(j)
        if ri == rj:
            continue
        sim = groups.similarity(i, j)
        if sim >= groups.threshold:
            groups.join(ri, rj, sim)


def find_duplicates(
    reports: Sequence[Report],
    threshold: float = DEDUP_THRESHOLD,
    sigs: Sequence[tuple[set[str], Any]] | None = None,
    keys: Sequence[set[str]] | None = None,
) -> list[DuplicateGroup]:
    """Group the reports into stories; every report is in exactly one group (alone if unique).

    ``sigs`` are the reports' `signatures`, when already computed (in worker processes);
    ``keys`` their `claim_keys`: with them, reports that share claims are candidates too and
    pairs are scored by `combined_similarity`.
    """
    import numpy as np
    from datasketch import MinHashLSH

    if sigs is None:
        sigs = signatures([r.clean_text for r in reports])
    sets = [s for s, _ in sigs]
    hashes = [h for _, h in sigs]
    groups = _Groups(sets, keys, threshold)
    find = groups.find
    matrix = np.vstack([h.hashvalues for h in hashes]) if hashes else None
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM, params=LSH_PARAMS)
    for i, (s, mh) in enumerate(zip(sets, hashes, strict=True)):
        if not s:
            continue
        best = 0.0
        cands = sorted(lsh.query(mh))
        if cands and matrix is not None:
            est = (matrix[cands] == matrix[i]).mean(axis=1).tolist()
            tried: dict[int, int] = {}
            # most similar first; at most _TRIES exact tests per other group
            for e, j in sorted(zip(est, cands, strict=True), key=lambda p: (-p[0], p[1])):
                if e < threshold - _ESTIMATE_MARGIN:
                    break
                ri, rj = find(i), find(j)
                if ri == rj or tried.get(rj, 0) >= _TRIES:
                    continue
                tried[rj] = tried.get(rj, 0) + 1
                sim = groups.similarity(i, j)
                best = max(best, sim)
                if sim >= threshold:
                    groups.join(ri, rj, sim)
        if best < _NEAR_COPY:
            lsh.insert(i, mh)  # a near-verbatim copy adds no neighbours its twin does not have
    if keys is not None:
        _join_by_claims(keys, groups)
    by_root: dict[int, list[int]] = {}
    for i in range(len(reports)):
        by_root.setdefault(find(i), []).append(i)
    return [
        DuplicateGroup(
            id=reports[members[0]].id,
            report_ids=tuple(reports[m].id for m in members),
            similarity=round(groups.link.get(root, 1.0), 3),
        )
        for root, members in sorted(by_root.items())
    ]
