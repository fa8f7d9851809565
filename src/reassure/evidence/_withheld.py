"""Commitments withheld (session 60): a nation that has given no sign, made no pledge, stopped
short of offering or not said whether it would send troops holds no offer and no refusal: its
position is open to decision, read as ``undecided`` (docs/evidence.md §5, the stance table).
And an offer told only as possible ("It is not excluded that Italy will send soldiers") is
``open`` (`only_possible`).

The other passes read the offer inside such a sentence ("Warsaw has given no indication that
Polish soldiers would join" read as ready; "Sweden has not made any pledge of troops" as a
refusal); this pass, run on a sentence's stances after them, turns those into ``undecided`` and
adds it where nothing was read ("Italy has refrained from committing troops").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reassure.evidence._gazetteer import HOST_AND_ADVERSARY
from reassure.evidence._stances import (
    STANCE_CONTEXT,
    TROOP_WORDS,
    StanceHit,
    cue_at,
    is_question,
    others_about,
    statement_withheld,
)
from reassure.evidence._text import Sent

# "no sign (indication, signal, commitment) that ...", "given no assurances"
SIGN_NOUNS = frozenset({"sign", "signs", "signal", "signals", "indication", "indications", "hint",
                        "hints", "assurance", "assurances", "commitment", "commitments", "pledge",
                        "pledges", "offer", "offers"})
_HELD_BACK = (("stopped", "short", "of"), ("stops", "short", "of"), ("stopping", "short", "of"),
              ("stop", "short", "of"), ("refrained", "from"), ("refrains", "from"),
              ("refraining", "from"), ("refrain", "from"))
# "has not said (indicated, announced) whether", "has yet to say whether"
_SAYING_WHETHER = frozenset({"say", "said", "says", "indicated", "indicate", "announced",
                             "announce", "stated", "state", "disclosed", "disclose", "revealed",
                             "reveal", "confirmed", "confirm", "clarified", "clarify"})
# what ends the clause a withholding governs
_BOUNDARY = frozenset({";", ".", "but", "while", "whereas", "although", "though", "however"})
# the words that can open one of the shapes (a sentence with none is left alone)
TRIGGERS = frozenset({"no", "short", "refrained", "refrains", "refraining", "refrain", "whether",
                      "not", "n't", "never"})
_STANCES_WITHHELD = frozenset({"ready", "open", "declines"})
_NEGATORS = frozenset({"not", "n't", "never", "no"})
NOT_CONTRIBUTORS = frozenset(HOST_AND_ADVERSARY) | {"USA"}  # whose stance is not scored


# what a nation holds back from: its offer ("stopped short of committing troops")
_HELD_OFFERS = frozenset({"committing", "offering", "pledging", "sending", "deploying",
                          "contributing", "promising", "joining", "participating", "putting",
                          "dispatching", "providing", "volunteering", "announcing", "making"})
_DECIDED = frozenset({"decision", "decided", "decides", "chose", "chosen", "opted", "opts",
                      "choice"})
_THERE_IS = frozenset({"is", "was", "has", "had", "been", "be", "remains", "seems", "appears",
                       "still"})


def _spans(low: list[str]) -> list[tuple[int, int, str]]:
    """The withholding shapes in a sentence: (start, end, kind), kind "there" for an existential
    "there is no sign" (its holder named after it), "whether" for "has not said whether" (no
    answer: nothing is read inside it), "refused" for a decision to refrain (a refusal), else
    "held"."""
    out: list[tuple[int, int, str]] = []
    for k, w in enumerate(low):
        if w == "no" and low[k + 1:k + 2] != [] and low[k + 1] in SIGN_NOUNS and \
                low[k + 2:k + 3] not in (["."], []):
            there = k == 0 or "there" in low[max(0, k - 3):k] and \
                all(x in _THERE_IS or x == "there" for x in low[max(0, k - 3):k][-2:])
            out.append((k, k + 2, "there" if there else "held"))  # "has given no indication
            # that", "There has been no commitment from Germany"
        elif any(tuple(low[k:k + len(p)]) == p for p in _HELD_BACK) and \
                low[k + (3 if low[k + 1] == "short" else 2):][:1] != [] and \
                low[k + (3 if low[k + 1] == "short" else 2)] in _HELD_OFFERS:
            # (not "stopped short of ruling out", open; not "refrained from endorsing the idea");
            # "Finland's decision to refrain from sending peacekeepers": a refusal
            refused = not _DECIDED.isdisjoint(low[max(0, k - 3):k])
            out.append((k, k + (3 if low[k + 1] == "short" else 2), "refused" if refused else "held"))
        elif w == "whether" and k >= 2 and low[k - 1] in _SAYING_WHETHER and (
                not {"not", "n't", "never"}.isdisjoint(low[max(0, k - 4):k - 1])
                or low[max(0, k - 3):k - 1] == ["yet", "to"]):
            out.append((max(0, k - 3), k + 1, "whether"))  # "has yet to say whether"
        elif statement_withheld(low, k):  # "has not (yet) expressed a willingness"
            neg = next(j for j in range(k - 1, max(-1, k - 8), -1) if low[j] in _NEGATORS)
            out.append((neg, k + 1, "held"))
    return out


def _same_clause(low: list[str], a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return _BOUNDARY.isdisjoint(low[lo:hi])


def _holders(sent: Sent, span: tuple[int, int, str]) -> list[str]:
    """The nations a withholding at ``span`` is about: its clause's subject before it ("Italy has
    refrained from ..."), else a nation after it in its clause ("no commitment from Germany",
    "no sign that Poland will ...")."""
    low = sent.lower
    a, b, kind = span
    named = [m for m in sent.mentions if m.iso3 not in NOT_CONTRIBUTORS]
    before = [] if kind == "there" else [
        m for m in named if m.end <= a and not m.governed and _same_clause(low, m.start, a)]
    if before:
        last = before[-1]
        return [m.iso3 for m in sent.coordinated(last) if m.iso3 not in NOT_CONTRIBUTORS]
    after = [m for m in named if m.start >= b and m.start - b <= 4 and _same_clause(low, b, m.start)
             and (low[m.start - 1] in ("from", "that", "whether") or
                  low[m.start - 1] == "the" and low[m.start - 2:m.start - 1] == ["that"])]
    return [after[0].iso3] if after else []


def _cue_span(sent: Sent, h: StanceHit) -> tuple[int, int] | None:
    """The tokens of a stance's cue: word for word, else by its characters (a clause-long cue
    with punctuation in it: "Austria, which is militarily neutral, has ...")."""
    at = cue_at(sent, h)
    if at is not None:
        return at, at + len(h.cue.split())
    pos = sent.text.find(h.cue) if sent.idx else -1
    if pos < 0:
        return None
    starts = [i - sent.idx[0] for i in sent.idx]
    a = next((k for k, c in enumerate(starts) if c >= pos), None)
    if a is None:
        return None
    b = next((k for k, c in enumerate(starts) if c >= pos + len(h.cue)), len(starts))
    return a, b


def withheld_commitments(sent: Sent, hits: Sequence[StanceHit]) -> list[StanceHit]:
    """``hits`` with each offer or refusal inside a withholding read as ``undecided``, and an
    ``undecided`` for a nation a withholding names where no stance was read (a sentence about
    troops only)."""
    low = sent.lower
    spans = _spans(low)
    if not spans or is_question(low):
        return list(hits)
    out: list[StanceHit] = []
    touched: set[str] = set()
    for h in hits:
        cue = _cue_span(sent, h)  # (None: a cue not found is left as read)
        # the cue and the withholding in one clause: not "did not say whether Italy would join,
        # but said it is ready" (a clause-long cue ending after "but")
        inside = [sp for sp in spans if h.stance in _STANCES_WITHHELD and h.condition is None
                  and cue is not None and cue[0] >= sp[0] - 8
                  and _same_clause(low, min(sp[0], cue[0]), max(sp[1], cue[1] - 1))
                  and h.actor in _holders(sent, sp)]
        if inside:
            touched.add(h.actor)
            if all(sp[2] == "whether" for sp in inside):
                continue  # "has yet to say whether it would contribute": no answer, no stance
            h = replace(h, stance="declines" if any(sp[2] == "refused" for sp in inside)
                        else "undecided", base=None)
        out.append(h)
    if STANCE_CONTEXT.isdisjoint(low) and TROOP_WORDS.isdisjoint(low):
        return _unique(out)
    held = {h.actor for h in out}
    for sp in spans:
        if sp[2] == "whether":
            continue
        a, b, _ = sp
        if others_about(sent, a) or any(others_about(sent, m.start) for m in sent.mentions
                                        if m.end <= a):
            continue  # "claiming Norway and Denmark showed no commitment": another's claim
        for iso3 in _holders(sent, sp):
            if iso3 not in held and iso3 not in touched:
                held.add(iso3)
                out.append(StanceHit(actor=iso3, actor_text=iso3, cue=sent.text_of(a, b),
                                     stance="declines" if sp[2] == "refused" else "undecided"))
    return _unique(out)


def _unique(hits: list[StanceHit]) -> list[StanceHit]:
    return list({(h.actor, h.stance, h.condition): h for h in hits}.values())


# (s60) "it is not excluded that", "it cannot be ruled out that", "it is possible that", "there is
# a possibility that": what follows is possible, not offered
_POSSIBLE_THAT = (("not", "excluded", "that"), ("be", "excluded", "that"), ("ruled", "out", "that"),
                  ("possible", "that"), ("possibility", "that"), ("conceivable", "that"),
                  ("likelihood", "that"))
POSSIBLE_TRIGGERS = frozenset({"excluded", "out", "possible", "possibility", "conceivable",
                               "likelihood"})


def only_possible(sent: Sent, hits: Sequence[StanceHit]) -> list[StanceHit]:
    """``hits`` with each offer told after "it is not excluded that" (and the like) in its
    clause read as ``open``; "cannot be excluded that" must be negated ("be excluded that"
    after "not", "cannot"); "ruled out that" likewise."""
    low = sent.lower
    ends = []
    for k in range(len(low)):
        for p in _POSSIBLE_THAT:
            if tuple(low[k:k + len(p)]) != p:
                continue
            if p[0] in ("be", "ruled") and {"not", "cannot", "n't", "never"}.isdisjoint(
                    low[max(0, k - 2):k]):
                continue  # ("it must be excluded that": no possibility)
            if p[0] not in ("not", "be", "ruled") and \
                    not {"not", "n't", "no"}.isdisjoint(low[max(0, k - 3):k]):
                continue  # ("it is not possible that": a refusal, read elsewhere)
            ends.append(k + len(p))
    if not ends:
        return list(hits)
    out = []
    for h in hits:
        cue = _cue_span(sent, h)
        if h.stance == "ready" and h.condition is None and cue is not None and any(
                cue[0] >= end - 1 and _same_clause(low, end, cue[0]) for end in ends):
            h = replace(h, stance="open", base=None)
        out.append(h)
    return _unique(out)
