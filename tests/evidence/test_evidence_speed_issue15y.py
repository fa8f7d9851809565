"""Issue 15y (evidence speed): the faster paths give what the plain ones gave.

`_nlp.annotate` must find the sentences and mentions the full pipeline sets on a Doc; the
rewritten patterns and prefilters of `_dedup` must match what the original patterns matched.
"""

from __future__ import annotations

import random
import re

from evidence_claim_helpers import corpus_texts

from reassure.evidence import _dedup
from reassure.evidence._nlp import annotate, get_nlp


def _texts() -> list[str]:
    out = corpus_texts()
    return out + ["France.", "The Baltic states and Estonia's PM Kaja Kallas said so.\n\nNo."]


def test_annotate_matches_the_pipeline() -> None:
    nlp = get_nlp()
    texts = _texts()
    for text, (doc, sents, ents) in zip(texts, annotate(texts), strict=True):
        full = nlp(text)
        assert [t.text for t in doc] == [t.text for t in full]
        assert sents == [(s.start, s.end) for s in full.sents]
        assert ents == [(e.start, e.end, e.ent_id_, e.label_, e.text) for e in full.ents]


_OLD_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,]\d{3})+(?![\d])|(?<![\w.,])\d{3,}(?![\d.,])")
_OLD_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]{2,})")


def test_rewritten_patterns_match_the_originals() -> None:
    rng = random.Random(15)
    digits = "0123456789.,a -"
    for _ in range(20000):
        s = "".join(rng.choice(digits) for _ in range(rng.randint(0, 25)))
        assert _dedup._NUMBER.findall(s) == _OLD_NUMBER.findall(s), s
    words = ["A", "Bcd", "Tusk", "abc", ". ", "! ", "?\n", " ", "\n", "É", "Éabc", "1", "_", "Ab"]
    for _ in range(20000):
        s = "".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        old = [(m.start(), m.group(1)) for m in _OLD_NAME.finditer(s)]
        assert [(m.start(), m.group(1)) for m in _dedup._NAME.finditer(s)] == old, s
    pieces = ["according to the agency ", "ACCORDING TO THE NEWSPAPER ", "cİting the outlet ",
              "cıting The daily ", "Reported By the news site ", "(Reuters) - ", "(Foo Bar)—",
              "(Foo)", "Northwire ", "the ", "(", ")", " ", "WITH REFERENCE TO the agency "]
    for _ in range(20000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        old = [m.group("a") or m.group("b") for m in _dedup._CITED_RE.finditer(s)]
        assert _dedup._cited(s) == old, s
    for text in _texts():
        assert _dedup._NUMBER.findall(text) == _OLD_NUMBER.findall(text)
        assert _dedup._cited(text) == [m.group("a") or m.group("b")
                                       for m in _dedup._CITED_RE.finditer(text)]


def test_own_outlets_as_the_plain_scan() -> None:
    def plain(url: str) -> frozenset[str]:
        m = _dedup._DOMAIN.match(url.lower())
        if not m:
            return frozenset()
        labels = re.split(r"[.-]", m.group(1))
        return frozenset(key for key, words in _dedup._NAME_WORDS.items() for label in labels
                         if label.startswith(key) or (len(key) >= 5 and label.endswith(key))
                         or any(label.startswith(w) or label.endswith(w) for w in words))

    rng = random.Random(7)
    names = [w for ws in _dedup._NAME_WORDS.values() for w in ws] + list(_dedup._NAME_WORDS)
    for _ in range(3000):
        parts = [rng.choice([*names, "x", "abc", ""]) + rng.choice(["", "zz"])
                 for _ in range(rng.randint(1, 3))]
        url = "https://" + rng.choice(["www.", "m.", ""]) + rng.choice(".-").join(parts) + ".com/a"
        assert _dedup._own_outlets(url) == plain(url), url
