"""Running the extractors over cleaned reports: one spaCy Doc per report.

A report's kept paragraphs are joined with blank lines into one Doc (a sentence never spans two
paragraphs: see `_nlp`); the quantity and stance matchers run once per Doc and their matches are
handed to the sentence they fall in. Offsets are mapped back to ``Report.text``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from reassure.evidence._claims import (
    could_hold_quantity,
    find_quantities,
    quantity_matcher,
    quantity_windows,
)
from reassure.evidence._gazetteer import actor_name, nation_of
from reassure.evidence._model import QuantityClaim, Report, StanceClaim
from reassure.evidence._nlp import get_nlp
from reassure.evidence._stances import (
    could_hold_stance,
    find_stances,
    stance_matcher,
)
from reassure.evidence._text import Sent, claim_hash, could_name_speaker, find_speaker

__all__ = ["extract", "extract_all"]

SEP = "\n\n"


def extract(reports: Sequence[Report]) -> dict[str, tuple[list[QuantityClaim], list[StanceClaim]]]:
    """Quantity claims and stances of each report, keyed by report id."""
    return {rid: (qs, ss) for rid, (qs, ss, _) in extract_all(reports).items()}


def extract_all(
    reports: Sequence[Report],
) -> dict[str, tuple[list[QuantityClaim], list[StanceClaim], frozenset[str]]]:
    """Quantity claims, stances and the nations named, of each report, keyed by report id."""
    from spacy.attrs import IDX, IS_SPACE, LENGTH, LIKE_NUM, LOWER
    from spacy.util import filter_spans

    nlp = get_nlp()
    qmatcher = quantity_matcher(nlp.vocab)
    smatcher = stance_matcher()
    strings = nlp.vocab.strings
    out: dict[str, tuple[list[QuantityClaim], list[StanceClaim], frozenset[str]]] = {}
    texts = [SEP.join(r.text[a:b] for a, b in r.paragraphs) for r in reports]
    for report, joined, doc in zip(reports, texts, nlp.pipe(texts, batch_size=64), strict=True):
        # joined-text offset of each paragraph, and its offset in Report.text
        joined_starts: list[int] = []
        pos = 0
        for a, b in report.paragraphs:
            joined_starts.append(pos)
            pos += (b - a) + len(SEP)
        src_starts = [a for a, _ in report.paragraphs]

        arr = doc.to_array([LOWER, IDX, IS_SPACE, LIKE_NUM, LENGTH]).T.tolist()
        if not arr:
            arr = [[], [], [], [], []]
        lower = [strings[h] for h in arr[0]]
        idx, space, number, lens = arr[1], arr[2], arr[3], arr[4]
        # (start, end, iso3, label, text) of every nation or person mention
        ents = [(e.start, e.end, e.ent_id_, e.label_, e.text) for e in doc.ents
                if e.label_ in ("NATION", "PERSON", "GROUP")]
        quantities: list[QuantityClaim] = []
        stances: list[StanceClaim] = []
        used: set[str] = set()
        last: str | None = None
        prev: set[str] = set()
        ei = 0
        for sent_span in doc.sents:
            s0, s1 = sent_span.start, sent_span.end
            while s0 < s1 and space[s0]:
                s0 += 1
            while s1 > s0 and space[s1 - 1]:
                s1 -= 1
            if s0 >= s1:
                continue
            # matches and entities inside this sentence (all lists are sorted by start)
            while ei < len(ents) and ents[ei][0] < s0:
                ei += 1
            sent_ents = []
            k = ei
            while k < len(ents) and ents[k][1] <= s1:
                sent_ents.append(ents[k])
                k += 1
            words = set(lower[s0:s1])
            qs: list[tuple[int, int]] = []
            may_quantity = could_hold_quantity(words, any(number[s0:s1]))
            if may_quantity:
                found = [m for a, b in quantity_windows(lower, number, s0, s1)
                         for m in qmatcher(doc[a:b], as_spans=True)]
                qs = [(m.start - s0, m.end - s0) for m in filter_spans(found)]
            ss: list[tuple[str, int, int]] = []
            if could_hold_stance(words):
                ss = smatcher(lower, s0, s1)
            if not may_quantity and not ss and not could_name_speaker(words):
                prev = words
                continue  # nothing to extract, and no speaker to remember
            char0 = idx[s0]
            p = bisect_right(joined_starts, char0) - 1
            offset = src_starts[p] + (char0 - joined_starts[p])
            text = joined[char0:idx[s1 - 1] + lens[s1 - 1]]
            sent = Sent(doc, s0, lower[s0:s1], idx[s0:s1], lens[s0:s1], offset, sent_ents, text)
            said_by = find_speaker(sent, last)
            if said_by is not None:
                last = said_by or None  # "" = someone unnamed spoke: forget the last speaker
            said_by = said_by or None
            start, end = offset, offset + len(sent.text)
            for hit, _s, _e in find_quantities(sent, prev, qs) if may_quantity else ():
                cid = _unique(f"{report.id}-q-", claim_hash("q", sent.text, hit.text), used)
                quantities.append(QuantityClaim(
                    id=cid, report_id=report.id, subject=hit.subject,
                    subject_label=hit.subject_label, unit=hit.unit, low=hit.low, high=hit.high,
                    qualifier=hit.qualifier, text=hit.text, number_text=hit.number_text,
                    sentence=sent.text, start=start, end=end, said_by=said_by, nation=hit.nation,
                ))
            for st in find_stances(sent, ss, nation_of(said_by)) if ss else ():
                cid = _unique(f"{report.id}-s-",
                              claim_hash("s", sent.text, st.actor, _id_name(st.stance, st.condition)),
                              used)
                stances.append(StanceClaim(
                    id=cid, report_id=report.id, actor=st.actor, actor_name=actor_name(st.actor),
                    stance=st.stance, cue=st.cue, sentence=sent.text, start=start, end=end,
                    said_by=said_by, condition=st.condition, group=st.group,
                ))
            prev = words
        named = frozenset(n for e in ents if e[3] != "PERSON" for n in e[2].split("+"))
        out[report.id] = (quantities, stances, named)
    return out


# Stance ids hash the stance name; the names of the first vocabulary are kept for the hash so that
# ids already cited by scenarios stay valid (docs/evidence.md, "Stable ids").
_ID_NAMES = {"declines": "ruled-out", "undecided": "premature", "talks": "participating"}
_ID_CONDITIONS = {"parliament": "conditional-parliament", "constitution": "constitutional-limit"}


def _id_name(stance: str, condition: str | None) -> str:
    if stance == "conditional" and condition in _ID_CONDITIONS:
        return _ID_CONDITIONS[condition]
    return _ID_NAMES.get(stance, stance)


def _unique(prefix: str, digest: str, used: set[str]) -> str:
    cid = prefix + digest
    n = 2
    while cid in used:  # the same sentence and figure twice in one report
        cid = f"{prefix}{digest}-{n}"
        n += 1
    used.add(cid)
    return cid
