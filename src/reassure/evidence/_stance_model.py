"""A small statistical stance model over (sentence, nation) candidates (docs/evidence.md §5,
"Stance model (15f)").

The cue pass (`_stances`) and the clause-shape pass (`_grammar`) propose stances; this module turns
each (sentence, nation) of a stance-bearing sentence into a *candidate*, describes it by sparse
binary features (which stances the two passes gave that nation there, its position and role in
the sentence, the words and word pairs around it, negations, hedges, conditions, talks words), and
scores it with one logistic model per stance (ready / conditional / open / undecided /
declines). Depending on the shipped ``mode`` the model filters the passes' stances span by span
(``filter``), may also add one (``wide``), or — the shipped mode, ``report`` — decides each
(nation, stance) once per report over the union of that nation's candidates' features, keeping a
pair a pass gave at p >= ``threshold`` and adding one none gave at p >= ``threshold_add`` (both
chosen by nested cross-validation by story, `scripts/train_stance_model.py`). Stances outside the
five (talks, leading, supports), those of Russia, Ukraine and the United States (not
contributors) and constitutional limits pass through unjudged.

Runtime needs only numpy: the weights are a JSON file (features, one weight list per stance), read
once; scoring sums the rows of the candidate's features (in a fixed, sorted order), so it is
deterministic and cheap.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from reassure.evidence._gazetteer import HOST_AND_ADVERSARY
from reassure.evidence._stances import StanceHit
from reassure.evidence._stances.conditions import _condition_of
from reassure.evidence._text import Sent

__all__ = ["COLLECT", "LABELS", "Candidate", "Span", "StanceModel", "candidates", "load_model"]

LABELS = ("ready", "conditional", "open", "undecided", "declines")
# stances the model scores; "rejects" is scored as "declines" (as tests/evidence/corpus/evaluate.py)
_AS_LABEL = {"rejects": "declines", **{s: s for s in LABELS}}
NOT_SCORED = frozenset(HOST_AND_ADVERSARY) | {"USA"}
WEIGHTS = Path(__file__).with_name("stance_model.json")
# training (scripts/train_stance_model.py) sets this to a list: the ledger then appends
# (report id, candidates) of every span, and applies no model
COLLECT: list[tuple[str, list[Candidate]]] | None = None

_LEFT, _RIGHT = 6, 12  # the word window around a nation's mention, in tokens
_NEG = frozenset({"not", "n't", "never", "no", "cannot", "neither", "nor", "refused", "refuses",
                  "declined", "declines", "ruled", "rules", "unwilling", "reluctant", "against",
                  "opposed", "refusal", "without"})
_HEDGE = frozenset({"could", "may", "might", "consider", "considering", "weighing", "open",
                    "possibility", "possible", "prospect", "exploring", "potential"})
_COND = frozenset({"if", "unless", "provided", "depends", "depend", "depending", "contingent",
                   "subject", "condition", "conditions", "only", "backstop", "parliament",
                   "mandate", "approval", "ceasefire"})
_TALKS = frozenset({"talks", "meeting", "summit", "discussions", "planning", "coalition",
                    "conference", "call", "negotiations", "declaration"})
_TROOPS = frozenset({"troops", "soldiers", "personnel", "forces", "force", "contingent", "boots",
                     "peacekeepers", "mission", "deploy", "send", "sending", "deploying",
                     "deployment", "battalion", "brigade", "company", "units"})
_QUOTES = frozenset({'"', "“", "”", "«", "»"})


@dataclass
class Candidate:
    """One nation in one stance-bearing span (a sentence, or two for a cross-sentence stance)."""

    actor: str
    text: str
    start: int
    end: int
    features: list[str]
    # the passes' stances for this actor here, by model label (first hit of each label kept)
    hits: dict[str, StanceHit] = field(default_factory=dict)
    group: str | None = None
    mention_start: int | None = None  # sentence indices of the nation's mention (own span)
    mention_end: int | None = None


def _bucket(n: int, edges: Sequence[int]) -> int:
    for e in edges:
        if n <= e:
            return e
    return edges[-1] + 1


def _window_features(low: list[str], s: int, e: int) -> list[str]:
    a, b = max(0, s - _LEFT), min(len(low), e + _RIGHT)
    left, right = low[a:s], low[e:b]
    out = [f"l:{w}" for w in left] + [f"r:{w}" for w in right]
    seq = left + ["<N>"] + right
    out += [f"b:{x}_{y}" for x, y in zip(seq, seq[1:], strict=False)]
    for name, words in (("neg", _NEG), ("hedge", _HEDGE), ("cond", _COND), ("talks", _TALKS),
                        ("troops", _TROOPS)):
        if not words.isdisjoint(right):
            out.append(f"r{name}")
        if not words.isdisjoint(left):
            out.append(f"l{name}")
    return out


def _features(lower: list[str], actor: str, spans: list[tuple[int, int, bool]],
              hits: Sequence[tuple[StanceHit, str]], others: Sequence[StanceHit],
              speaker_nation: str | None, cross: bool) -> list[str]:
    f: list[str] = ["bias"]
    for h, src in hits:
        lab = _AS_LABEL.get(h.stance, h.stance)
        f += [f"hit:{lab}", f"hit:{lab}:{src}"]
        if h.condition:
            f.append(f"cond:{h.condition}")
        f += [f"cue:{lab}:{w}" for w in h.cue.lower().split()[:4]]
    given = {_AS_LABEL.get(h.stance, h.stance) for h, _ in hits}
    if not hits:
        f.append("nohit")
    f += [f"other:{_AS_LABEL.get(h.stance, h.stance)}" for h in others
          if _AS_LABEL.get(h.stance, h.stance) not in given]
    if cross:
        f.append("cross")
    if speaker_nation == actor:
        f.append("speaker")
    words = set(lower)
    f += [f"s:{w}" for w in words & (_NEG | _HEDGE | _COND | _TALKS | _TROOPS)]
    if not _QUOTES.isdisjoint(words):
        f.append("quote")
    if "?" in words:
        f.append("question")
    if spans:
        s, e, governed = spans[0]
        f.append(f"pos:{_bucket(s, (0, 2, 5, 10, 20))}")
        f.append("governed" if all(g for _, _, g in spans) else "free")
        f += _window_features(lower, s, e)
    f.append(f"len:{_bucket(len(lower), (10, 20, 35, 60))}")
    f.append(f"nat:{actor}")  # (s28) the nation itself, as the figure for troop sizes
    return f


def _title_case(sent: Sent) -> bool:
    """A headline in Title Case ("Slovenian Troops Could Be Posted To Ukraine"): most of its
    words capitalised, where a nation may be a section label rather than a subject."""
    words = [w for w in sent.text.split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def candidates(sent: Sent, text: str, a: int, b: int, found: Sequence[StanceHit], n_own: int,
               grammar: set[tuple[str, str]], speaker_nation: str | None, cross: bool,
               wide: bool) -> list[Candidate]:
    """The candidates of one span: each nation the passes gave a stance there and (``wide``, the
    sentence's own span only) each nation named in the sentence, group members included.
    ``found[n_own:]`` are the base stances added beside conditional ones."""
    by_actor: dict[str, list[tuple[StanceHit, str]]] = {}
    for i, h in enumerate(found):
        src = "base" if i >= n_own else (
            "grammar" if (h.actor, h.stance) in grammar and not cross else "cue")
        by_actor.setdefault(h.actor, []).append((h, src))
    actors = list(by_actor)
    mention_spans: dict[str, list[tuple[int, int, bool]]] = {}
    groups: dict[str, str | None] = {}
    if not cross:
        for m in sent.mentions:
            if m.label == "PERSON":
                continue
            mention_spans.setdefault(m.iso3, []).append((m.start, m.end, m.governed))
            groups.setdefault(m.iso3, m.group)
        if wide:
            actors += [n for n in mention_spans if n not in by_actor]
    title = _title_case(sent)
    out: list[Candidate] = []
    for actor in actors:
        if actor in NOT_SCORED:
            continue
        hits = by_actor.get(actor, [])
        ms = mention_spans.get(actor, [])
        free = [m for m in ms if not m[2]] or ms
        feats = _features(sent.lower, actor, free[:1] + [m for m in ms if m not in free[:1]],
                          hits, [h for h in found if h.actor != actor], speaker_nation, cross)
        if title:
            feats.append("title")
        cand = Candidate(actor=actor, text=text, start=a, end=b, features=feats,
                         group=hits[0][0].group if hits else groups.get(actor),
                         mention_start=free[0][0] if free else None,
                         mention_end=free[0][1] if free else None)
        for h, _ in hits:
            cand.hits.setdefault(_AS_LABEL.get(h.stance, h.stance), h)
        out.append(cand)
    return out


def _passes(h: StanceHit) -> bool:
    """Stances the model does not judge: not one of the five (talks, leading, supports), of a
    nation that is not a contributor, or a constitutional limit (a standing legal fact the
    scenarios cite, too rare in the annotated reports for the model to learn)."""
    return h.actor in NOT_SCORED or h.stance not in _AS_LABEL or h.condition == "constitution"


def _cue(sent: Sent, c: Candidate) -> str:
    """The words a model-added stance rests on: the nation's mention and the clause after it (at
    most ``_RIGHT`` tokens), as written."""
    s = c.mention_start or 0
    e = min(len(sent.lower), max(c.mention_end or 0, sent.clause_end(c.mention_end or 0)),
            (c.mention_end or 0) + _RIGHT)
    return sent.text_of(s, max(e, s + 1))


class StanceModel:
    """Logistic weights per stance, a threshold and a mode (``filter`` or ``wide``)."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.mode: str = doc["mode"]
        self.threshold: float = float(doc["threshold"])  # to keep a stance the passes gave
        self.threshold_add: float = float(doc.get("threshold_add", self.threshold))  # to add one
        labels = list(doc["weights"])
        # feature -> its row of weights (one column a stance of LABELS)
        self.index: dict[str, int] = {f: i for i, f in enumerate(doc["features"])}
        self.matrix = np.array([doc["weights"][lab] for lab in LABELS], dtype=np.float64).T
        assert sorted(labels) == sorted(LABELS), labels
        self.intercept = np.array([float(doc["intercept"][lab]) for lab in LABELS])

    @property
    def wide(self) -> bool:
        return self.mode == "wide"

    def probas(self, features: Sequence[str] | set[str]) -> dict[str, float]:
        """The probability of each stance of LABELS for a candidate's features."""
        get = self.index.get
        rows = sorted({i for i in map(get, set(features)) if i is not None})
        z = self.intercept + self.matrix[rows].sum(axis=0)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))
        return dict(zip(LABELS, p.tolist(), strict=True))

    def proba(self, features: Sequence[str] | set[str], label: str) -> float:
        return self.probas(features)[label]

    def apply(self, sent: Sent, found: Sequence[StanceHit], cands: Sequence[Candidate],
              wide: bool) -> list[StanceHit]:
        """The span's stances the model keeps, in their order, then (wide mode, ``wide`` span)
        those it adds. Stances it does not score pass through."""
        keep: set[tuple[str, str]] = set()
        added: list[StanceHit] = []
        for c in cands:
            labels = LABELS if self.wide and wide else tuple(c.hits)
            probas = self.probas(c.features)
            for lab in labels:
                if lab not in LABELS or probas[lab] < (
                        self.threshold if lab in c.hits else self.threshold_add):
                    continue
                keep.add((c.actor, lab))
                if lab in c.hits:
                    continue
                hit = StanceHit(actor=c.actor, actor_text=c.actor, stance=lab,
                                cue=_cue(sent, c), group=c.group)
                if lab == "conditional":
                    cond = _condition_of(sent, c.mention_end or 0, "ready")
                    hit = replace(hit, condition=cond or "other")
                added.append(hit)
        out = [h for h in found if _passes(h) or (h.actor, _AS_LABEL[h.stance]) in keep]
        return out + added


    def decide_report(self, spans: Sequence[Span]) -> list[tuple[Span, StanceHit]]:
        """Mode ``report``: a nation's stance is decided once per report, over the union of its
        candidates' features; the passes' stances of the kept (nation, stance) pairs stay in
        every span that gave them, and a kept pair no pass gave is put in the span whose
        candidate scores it highest. Stances the model does not score pass through."""
        pooled: dict[str, set[str]] = {}
        given: set[tuple[str, str]] = set()
        for sp in spans:
            for c in sp.cands:
                pooled.setdefault(c.actor, set()).update(c.features)
                given.update((c.actor, lab) for lab in c.hits)
        keep = {(actor, lab) for actor, fs in pooled.items()
                for lab, p in self.probas(fs).items()
                if p >= (self.threshold if (actor, lab) in given else self.threshold_add)}
        added: dict[int, list[StanceHit]] = {}
        for actor, lab in sorted(keep - given):
            best: tuple[float, int, Candidate] | None = None
            for k, sp in enumerate(spans):
                for c in sp.cands:
                    if c.actor == actor and c.mention_end is not None:
                        p = self.proba(c.features, lab)
                        if best is None or p > best[0]:
                            best = (p, k, c)
            if best is None:  # named only in a two-sentence span: no mention to rest on
                continue
            _, k, c = best
            hit = StanceHit(actor=actor, actor_text=actor, stance=lab, cue=_cue(spans[k].sent, c),
                            group=c.group)
            if lab == "conditional":
                cond = _condition_of(spans[k].sent, c.mention_end or 0, "ready")
                hit = replace(hit, condition=cond or "other")
            added.setdefault(k, []).append(hit)
        out: list[tuple[Span, StanceHit]] = []
        for k, sp in enumerate(spans):
            out += [(sp, h) for h in sp.hits if _passes(h) or (h.actor, _AS_LABEL[h.stance]) in keep]
            out += [(sp, h) for h in added.get(k, [])]
        return out


@dataclass
class Span:
    """A span's stances and candidates, held until the report's end (mode ``report``)."""

    sent: Sent
    text: str
    start: int
    end: int
    said_by: str | None
    hits: list[StanceHit]
    cands: list[Candidate]


@lru_cache(maxsize=1)
def load_model(path: str | None = None) -> StanceModel | None:
    """The model at ``path``, else the packaged weights; None when absent (the passes' stances
    stand). Since issue 15q no weights ship: leave-one-set-out it added nothing (docs §5)."""
    p = Path(path) if path else WEIGHTS
    if not p.exists():
        return None
    return StanceModel(json.loads(p.read_text(encoding="utf-8")))
