"""Near-duplicate reports (syndicated, translated or padded copies of one story): MinHash + LSH.

Each report becomes a set of word shingles over its cleaned text: content words (a short stop
list removed), each cut to its first 5 letters so that "deploy/deployment" and "Europe/European"
meet, numbers with their commas stripped; shingles are those words alone and in adjacent pairs.
datasketch's MinHashLSH (256 permutations in 128 bands of 2 rows: a pair at Jaccard 0.15 becomes a
candidate with probability 0.95, at 0.2 with 0.995) proposes candidate pairs; a pair is joined
when the exact Jaccard similarity of the two shingle sets is at least ``DEDUP_THRESHOLD`` (0.15),
and groups are the connected components.

Shortcuts that only save time: candidates whose MinHash estimate is far below the threshold are
not tested; against each other group at most three candidates (the best estimates) are tested;
and a report that is a near-verbatim copy (Jaccard >= 0.6) of one already indexed is not indexed
itself, so a thousand copies of one story do not make every query return a thousand candidates.

Why 0.15: on the five seeds, the two translations of one Washington Post story (000, 001) score
0.23, while distinct stories on the same topic score 0.05-0.10; verbatim syndicated copies score
close to 1. The threshold sits between the two bands (see docs/evidence.md).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from typing import Any

from reassure.evidence._model import DuplicateGroup, Report

__all__ = ["DEDUP_THRESHOLD", "NUM_PERM", "find_duplicates", "shingles", "signatures"]

DEDUP_THRESHOLD = 0.15
NUM_PERM = 256
LSH_PARAMS = (128, 2)  # bands, rows per band
_ESTIMATE_MARGIN = 0.08  # ~3.5 standard errors of a 256-permutation estimate near 0.15
_TRIES = 3  # exact tests per (report, other group), best MinHash estimates first
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


def find_duplicates(
    reports: Sequence[Report],
    threshold: float = DEDUP_THRESHOLD,
    sigs: Sequence[tuple[set[str], Any]] | None = None,
) -> list[DuplicateGroup]:
    """Group the reports into stories; every report is in exactly one group (alone if unique).

    ``sigs`` are the reports' `signatures`, when already computed (in worker processes).
    """
    import numpy as np
    from datasketch import MinHashLSH

    if sigs is None:
        sigs = signatures([r.clean_text for r in reports])
    sets = [s for s, _ in sigs]
    hashes = [h for _, h in sigs]
    parent = list(range(len(reports)))
    link: dict[int, float] = {}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

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
                sim = _jaccard(s, sets[j])
                best = max(best, sim)
                if sim >= threshold:
                    lo, hi = min(ri, rj), max(ri, rj)
                    parent[hi] = lo
                    link[lo] = min(link.get(lo, 1.0), link.get(hi, 1.0), sim)
        if best < _NEAR_COPY:
            lsh.insert(i, mh)  # a near-verbatim copy adds no neighbours its twin does not have
    groups: dict[int, list[int]] = {}
    for i in range(len(reports)):
        groups.setdefault(find(i), []).append(i)
    return [
        DuplicateGroup(
            id=reports[members[0]].id,
            report_ids=tuple(reports[m].id for m in members),
            similarity=round(link.get(root, 1.0), 3),
        )
        for root, members in sorted(groups.items())
    ]
