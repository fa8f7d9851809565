"""The spaCy pipeline: a blank English tokenizer, sentence starts and the nation EntityRuler.

No statistical model is loaded (nothing is downloaded); the pipeline is built once per process.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import compress
from typing import Any

__all__ = ["annotate", "expand_first", "get_nlp"]


SENTENCES = "reassure_sentences"


def _sentences(doc: Any) -> Any:
    """Sentence starts, as spaCy's Sentencizer sets them, plus one after every line break (so
    paragraphs never share a sentence). Works on token arrays: the Sentencizer builds a Python
    object per token, which made it the slowest step of the pipeline."""
    import numpy as np
    from spacy.attrs import SENT_START

    if len(doc) == 0:
        return doc
    start = _sentence_starts(doc)
    doc.from_array([SENT_START], np.array(start, dtype="int64").astype("uint64").reshape(-1, 1))
    return doc


def _sentence_starts(doc: Any) -> list[int]:
    """1 where a sentence starts, -1 elsewhere, token by token (`_sentences`)."""
    start = [-1] * len(doc)
    for i in _start_indices(doc):
        start[i] = 1
    return start


def _start_indices(doc: Any) -> list[int]:
    """The token indices where a sentence starts, ascending: spaCy's Sentencizer rule (after a
    sentence-ending mark, the first token that is neither punctuation nor another such mark)
    plus one after every white-space token holding a line break.

    The rule, token by token, was a Python loop over every token (about 3 % of the ledger's
    time); only the enders and the line-break tokens can change its state, so the loop visits
    those and, after an ender, scans forward to the first non-punctuation token. Same starts as
    the token-by-token loop (tests/evidence/test_evidence_speed_issue15za.py)."""
    from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH

    n = len(doc)
    if n == 0:
        return []
    arr = doc.to_array([ORTH, IS_PUNCT, IS_SPACE]).T.tolist()
    orth, punct, space = arr[0], arr[1], arr[2]
    enders = _enders(doc.vocab)
    special = enders | _line_breaks(doc.vocab, orth, space)
    events = list(compress(range(n), map(special.__contains__, orth)))  # (in C: no Python loop)
    starts = [0]
    seen_period = False
    pos = 0  # the next token not yet looked at
    for e in events:
        if seen_period:  # the first token after the period that is not punctuation
            for j in range(pos, e):
                if not punct[j]:
                    if starts[-1] != j:
                        starts.append(j)
                    seen_period = False
                    break
        if orth[e] in enders:
            seen_period = True
        else:  # white space holding a line break
            if seen_period and not punct[e]:
                if starts[-1] != e:
                    starts.append(e)
                seen_period = False
            if e + 1 < n:
                starts.append(e + 1)
                seen_period = False
        pos = e + 1
    if seen_period:
        for j in range(pos, n):
            if not punct[j]:
                if starts[-1] != j:
                    starts.append(j)
                break
    return starts


# ORTH hashes of white-space tokens holding a line break, and of those holding none (a token's
# text is its ORTH string: one test per distinct white-space token in the process)
_BREAKS: set[int] = set()
_NO_BREAKS: set[int] = set()


def _line_breaks(vocab: Any, orth: list[int], space: list[int]) -> set[int]:
    """`_BREAKS`, with this doc's white-space tokens added to it or to `_NO_BREAKS`."""
    for o in set(compress(orth, space)) - _BREAKS - _NO_BREAKS:
        (_BREAKS if "\n" in vocab.strings[o] else _NO_BREAKS).add(o)
    return _BREAKS


_ENDERS: dict[int, frozenset[int]] = {}


def _enders(vocab: Any) -> frozenset[int]:
    key = id(vocab)
    if key not in _ENDERS:
        from spacy.pipeline import Sentencizer

        _ENDERS[key] = frozenset(vocab.strings.add(c) for c in Sentencizer.default_punct_chars)
    return _ENDERS[key]


@lru_cache(maxsize=1)
def get_nlp() -> Any:
    """The shared pipeline (cached): tokenizer, sentence starts, entity_ruler (nations)."""
    import spacy
    from spacy.language import Language
    from spacy.util import compile_infix_regex, compile_suffix_regex

    from reassure.evidence._gazetteer import entity_patterns

    nlp: Any = spacy.blank("en")
    nlp.max_length = 1_100_000  # a cleaned report is at most MAX_TEXT_CHARS, plus separators
    # "25,000–30,000" and "2025-02-20" split into number, dash, number.
    # (15p) "35‑country", "30‐strong": a non-breaking or Unicode hyphen after a number splits
    # like "-" (the quantity patterns list these hyphens beside "-")
    infixes = list(nlp.Defaults.infixes or ()) + [r"(?<=[0-9])[\-–—](?=[0-9])",
                                                  "(?<=[0-9])[\u2010\u2011](?=[0-9A-Za-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # "Germanyʼs" (a modifier-letter apostrophe, common in Ukrainian outlets' English) splits
    # like "Germany's", so that the nation is found
    suffixes = list(nlp.Defaults.suffixes or ()) + [r"(?<=\w)ʼ[sS]$"]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    if not Language.has_factory(SENTENCES):
        Language.component(SENTENCES, func=_sentences)
    nlp.add_pipe(SENTENCES)
    ruler: Any = nlp.add_pipe("entity_ruler", config={"validate": False})
    ruler.add_patterns(entity_patterns())
    return nlp


Ent = tuple[int, int, str, str, str]  # (start token, end token, ISO3 id, label, text)


def annotate(texts: Iterable[str]) -> Iterator[tuple[Any, list[tuple[int, int]], list[Ent]]]:
    """(Doc, sentences as token spans [start, end), entity mentions sorted by start) of each
    text: what `get_nlp()` would set as ``doc.sents`` and ``doc.ents``, read without setting
    them. The Doc is only tokenized; writing the sentence starts and the entities into it and
    reading them back as Span objects cost more than finding them (issue 15: speed)."""
    nlp = get_nlp()
    ruler = nlp.get_pipe("entity_ruler")
    ent_ids = getattr(ruler, "_ent_ids", None)
    if ent_ids is None or getattr(ruler, "overwrite", False) or len(ruler.token_patterns):
        for doc in nlp.pipe(texts, batch_size=64):  # another spaCy: the pipeline as it is
            yield (doc, [(s.start, s.end) for s in doc.sents],
                   [(e.start, e.end, e.ent_id_, e.label_, e.text) for e in doc.ents])
        return
    strings = nlp.vocab.strings
    for text in texts:
        doc = nlp.make_doc(text)
        n = len(doc)
        if n == 0:
            yield doc, [], []
            continue
        starts = _start_indices(doc)
        sents = list(zip(starts, starts[1:] + [n], strict=True))
        # the EntityRuler's choice (spacy.pipeline.EntityRuler.set_annotations on a Doc without
        # entities): longest match first, then the earliest; one whose first or last token is
        # taken already is dropped
        seen: set[int] = set()
        found: list[tuple[int, int, int]] = []
        for match_id, a, b in _ruler_matches(ruler, doc):
            if a not in seen and b - 1 not in seen:
                found.append((a, b, match_id))
                seen.update(range(a, b))
        ents: list[Ent] = []
        if found:
            found.sort()
            for a, b, match_id in found:
                got = ent_ids.get(match_id)
                label, ent_id = got if got is not None else (strings[match_id], "")
                t0 = doc[a].idx
                last = doc[b - 1]
                ents.append((a, b, ent_id or "", label, text[t0:last.idx + len(last.text)]))
        yield doc, sents, ents


def _ruler_matches(ruler: Any, doc: Any) -> list[tuple[int, int, int]]:
    """``ruler.match(doc)`` for a ruler of phrase patterns only (`annotate` checks): the same
    list, built the same way (a set, then sorted longest first, earliest first), without the
    empty token Matcher and the warnings filter spaCy sets up on each call."""
    final = set([(m_id, start, end) for m_id, start, end in  # noqa: C403 (spaCy's order)
                 list(ruler.phrase_matcher(doc)) if start != end])
    return sorted(final, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)


def expand_first(patterns: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """Split patterns whose first token is a set (``{"LOWER": {"IN": [...]}}``) into one pattern
    per word. Same matches; much faster, because the Matcher tests the first token of every
    pattern on every token and an equality test is done in C while a set test calls Python."""
    out: list[list[dict[str, Any]]] = []
    for pattern in patterns:
        first = pattern[0]
        if set(first) <= {"LOWER", "ORTH"} and len(first) == 1:
            (attr, spec), = first.items()
            if isinstance(spec, dict) and set(spec) == {"IN"}:
                out.extend([{attr: value}, *pattern[1:]] for value in spec["IN"])
                continue
        out.append(pattern)
    return out
