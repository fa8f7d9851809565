"""Issue 15za (evidence speed, round 2): the faster paths give what the plain ones gave.

Each rewritten step is compared with the code it replaced (kept here as the reference): the
sentence starts, the lower-case token forms, the claim hash's white-space normalisation, the
English check's opening, and the number finders' scan of the digit tokens.
"""

from __future__ import annotations

import hashlib
import random
import re
import sys
from typing import Any

from evidence_claim_helpers import corpus_texts

from reassure.evidence import _claims, _clean, _extract, _nlp, _text


def _texts() -> list[str]:
    out = corpus_texts()
    rng = random.Random(15)
    pieces = [".", "!", "?", " ", "\n", "\n\n", "a", "B", ",", "...", '"', "”", "(", ")", "x.",
              "U.S.", "\t", " \n ", "?!", "。", "-", "30k", "won’t", "’", "25,000"]
    for _ in range(2000):
        out.append("".join(rng.choice(pieces) + rng.choice(["", " "])
                           for _ in range(rng.randint(1, 30))))
    return out


def _old_sentence_starts(doc: Any) -> list[int]:
    """The token-by-token loop `_nlp._start_indices` replaced."""
    from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH

    n = len(doc)
    arr = doc.to_array([ORTH, IS_PUNCT, IS_SPACE]).T.tolist()
    orth, punct, space = arr[0], arr[1], arr[2]
    enders = _nlp._enders(doc.vocab)
    start = [-1] * n
    start[0] = 1
    seen_period = False
    for i in range(n):
        is_ender = orth[i] in enders
        if seen_period and not punct[i] and not is_ender:
            start[i] = 1
            seen_period = False
        elif is_ender:
            seen_period = True
        if space[i] and i + 1 < n and "\n" in doc[i].text:
            start[i + 1] = 1
            seen_period = False
    return start


def test_sentence_starts_match_the_token_loop() -> None:
    nlp = _nlp.get_nlp()
    for text in _texts():
        doc = nlp.make_doc(text)
        if len(doc) == 0:
            continue
        old = _old_sentence_starts(doc)
        assert _nlp._sentence_starts(doc) == old, text
        assert _nlp._start_indices(doc) == [i for i, f in enumerate(old) if f == 1], text


def test_lower_forms_match_the_per_token_lookup() -> None:
    from spacy.attrs import LIKE_NUM, LOWER

    nlp = _nlp.get_nlp()
    strings = nlp.vocab.strings
    for text in _texts():
        doc = nlp.make_doc(text)
        arr = doc.to_array([LOWER, LIKE_NUM]).T.tolist() or [[], []]
        old = [w.replace("’", "'") if len(w) > 1 and "’" in w else w
               for w in (strings[h] for h in arr[0])]
        old_number = list(arr[1])
        for k, w in enumerate(old):
            if w[:1].isdigit() and w[-1:] == "k" and w[:-1].replace(".", "", 1).isdigit():
                old_number[k] = 1
        assert _extract._lower_forms(arr[0], strings) == old
        number = [1 if h in _extract._K_NUMBERS else x for h, x in zip(arr[0], arr[1],
                                                                       strict=True)]
        assert number == old_number


def test_claim_hash_white_space_as_the_pattern() -> None:
    ws = re.compile(r"\s+")
    # str.split/strip and the pattern's \s agree on every code point
    assert all((ws.match(chr(c)) is not None) == chr(c).isspace()
               for c in range(sys.maxunicode + 1))
    rng = random.Random(15)
    chars = ["a", "b", " ", "  ", "\t", "\n", "\u00a0", "\u2009", "\x1c", "\u3000", "é"]
    for _ in range(5000):
        parts = ["".join(rng.choice(chars) for _ in range(rng.randint(0, 12))) for _ in range(3)]
        key = "|".join(ws.sub(" ", p.strip()) for p in parts)
        assert _text.claim_hash(*parts) == hashlib.sha1(key.encode("utf-8")).hexdigest()[:6]


def test_english_check_reads_the_same_opening() -> None:
    rng = random.Random(15)
    for _ in range(3000):
        text = "".join(rng.choice("ab \n") for _ in range(rng.randint(0, 6000)))
        spans: list[tuple[int, int]] = []
        pos = 0
        while pos < len(text):
            a = pos
            b = min(len(text), a + rng.randint(0, 900))
            spans.append((a, b))
            pos = b + rng.randint(1, 3)
        whole = " ".join(text[a:b] for a, b in spans)
        got = _clean._opening(text, spans)
        assert got[:_clean._SAMPLE_CHARS] == whole[:_clean._SAMPLE_CHARS]


def test_digit_tokens_are_the_scanned_ones() -> None:
    sent = _text.Sent(None, 0, ["about", "25,000", "to", "30k", "troops", "1", "x2"], [0] * 7,
                      [1] * 7, 0, [], "")
    assert sent.digits == [1, 3, 5]
    assert sent.digits is sent.digits  # computed once
    # a sentence without a per-nation word keeps its hits, in order
    assert _claims.distribute_each(sent, [], []) == []


def test_cited_phrasings_as_the_full_pattern() -> None:
    from reassure.evidence import _dedup

    rng = random.Random(15)
    pieces = ["according to the ", "ACCORDING TO THE ", "cİting the ", "cıting the ", "citing ",
              "Reported By the ", "with reference to the ", "agency ", "news agency ", "daily ",
              "Northwire", "Foo Bar", "İ", "the ", "(Reuters) - ", " ", "x", "Citing the outlet "]
    for _ in range(20000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        old = [m.group("a") or m.group("b") for m in _dedup._CITED_RE.finditer(s)]
        assert _dedup._cited(s) == old, s
