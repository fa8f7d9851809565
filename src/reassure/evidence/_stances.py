"""Stances of nations toward contributing troops: cue phrases (spaCy Matcher) + who acts.

A cue ("ruled out sending troops", "are leading the discussions", "would require parliamentary
approval") is kept only with the object that makes it about troops or the force, and not when
negated ("has not ruled out"). The actors are the nations (or leaders, mapped to their nation) that
stand as the cue's subject: in its clause, else the sentence's opening list of nations; a nation
after a preposition ("troops in Ukraine") or inside a relative clause never counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reassure.evidence._nlp import expand_first
from reassure.evidence._text import Mention, Sent

__all__ = ["POLARITY", "STANCES", "StanceHit", "could_hold_stance", "find_stances",
           "stance_matcher", "stance_windows"]

# stance -> polarity used for agreement/conflict (see docs/evidence.md)
STANCES: dict[str, str] = {
    "leading": "positive",
    "ready": "positive",
    "participating": "positive",
    "supports": "positive",
    "conditional-parliament": "conditional",
    "constitutional-limit": "conditional",
    "premature": "hesitant",
    "ruled-out": "negative",
    "rejects": "negative",
}
POLARITY = STANCES

DEPLOY = ["deploy", "send", "contribute", "commit", "provide", "put", "station", "dispatch",
          "join", "participate", "take", "supply", "offer"]
TROOP_WORDS = frozenset(
    "troops troop soldiers soldier forces force personnel contingent contingents boots units "
    "peacekeepers peacekeeping servicemen military army deployment deploying sending".split()
)
_NEEDS_TROOPS = frozenset({"deploy", "send", "provide", "put", "station", "dispatch", "commit",
                           "supply", "offer"})
LEAD_OBJECTS = ["discussions", "talks", "efforts", "effort", "initiative", "plan", "planning",
                "coalition", "push", "preparations", "diplomacy", "drive"]
PART_OBJECTS = frozenset({"plan", "force", "mission", "coalition", "initiative", "effort",
                          "deployment", "operation", "discussions", "planning", "contingent"})
REJECT_OBJECTS = frozenset({"idea", "plan", "proposal", "deployment", "presence", "force", "troops",
                            "initiative", "notion", "any", "peacekeepers", "mission", "contingent",
                            "proposals", "plans"})
SUPPORT_OBJECTS = frozenset({"initiative", "plan", "idea", "proposal", "force", "deployment",
                             "mission"})
LIMIT_WORDS = frozenset(
    "constraint constraints limit limits limited restrict restricts restricted restriction "
    "restrictions prohibit prohibits prohibited bars bar ban bans obstacle obstacles hurdle "
    "hurdles forbids forbid".split()
)
APPROVAL_WORDS = frozenset(
    "approval approve approved vote consent mandate authorization authorisation require requires "
    "required need needs backing green".split()
)
NEGATIONS = frozenset({"not", "n't", "never", "no"})
# A sentence without one of these words (or a deploy verb with a refusal) cannot match a stance
# pattern; the matcher is not run on it.
_KEYS = frozenset(
    "ready prepared willing leading lead leads led spearheading spearheads spearheaded "
    "co-leading participating participate participates participated involve involves involving "
    "constitutional constitution constitutionally parliamentary parliament bundestag riigikogu "
    "saeima folketing sejm congressional legislative premature prematurely ruled rules ruling "
    "rejected rejects reject rejecting opposes opposed oppose denounced condemned unacceptable "
    "endorsed endorses endorse endorsing backed backs supports supported welcomed welcomes".split()
)
_PART_VERBS = frozenset({"play", "take", "taking", "takes", "took", "be"})
_REFUSALS = frozenset({"not", "n't", "cannot", "never", "no", "refused", "refuses", "declined",
                       "declines"})
_DEPLOY = frozenset(DEPLOY)


def stance_windows(lower: list[str], words: set[str], lo: int, hi: int) -> list[tuple[int, int]]:
    """Token ranges in [lo, hi) around the words a stance pattern needs (merged where they
    overlap); every stance pattern is at most 5 tokens long and contains one of them."""
    keys = _KEYS | {"part", "too"}
    if not words.isdisjoint(_REFUSALS):
        keys = keys | _DEPLOY
    wins: list[tuple[int, int]] = []
    for k in range(lo, hi):
        if lower[k] in keys:
            a, b = max(lo, k - 4), min(hi, k + 6)
            if wins and a <= wins[-1][1]:
                wins[-1] = (wins[-1][0], b)
            else:
                wins.append((a, b))
    return wins


def could_hold_stance(words: set[str]) -> bool:
    """Whether a sentence with these lower-case words can match a stance pattern."""
    if not words.isdisjoint(_KEYS):
        return True
    if "part" in words and not words.isdisjoint(_PART_VERBS):
        return True
    if "too" in words and ("early" in words or "soon" in words):
        return True
    return not words.isdisjoint(_DEPLOY) and not words.isdisjoint(_REFUSALS)


@dataclass(frozen=True)
class StanceHit:
    """A stance found in a sentence, before it gets its id."""

    actor: str
    actor_text: str
    stance: str
    cue: str


@lru_cache(maxsize=4)
def stance_matcher(vocab: Any) -> Any:
    from spacy.matcher import Matcher

    deploy = {"LOWER": {"IN": DEPLOY}}
    m = Matcher(vocab)
    add = lambda name, patterns: m.add(name, expand_first(patterns))  # noqa: E731
    add("ready", [
        [{"LOWER": {"IN": ["ready", "prepared", "willing"]}}, {"LOWER": "and", "OP": "?"},
         {"LOWER": {"IN": ["willing", "able", "ready"]}, "OP": "?"}, {"LOWER": "to"}, deploy],
        [{"LOWER": "will"}, {"LOWER": "play"}, {"LOWER": {"IN": ["its", "our", "their", "a"]}},
         {"LOWER": {"IN": ["part", "role"]}}],
        [{"LOWER": {"IN": ["will", "would"]}}, {"LOWER": "be"}, {"LOWER": "part"},
         {"LOWER": "of"}, {"LOWER": {"IN": ["it", "the", "this"]}}],
    ])
    add("leading", [
        [{"LOWER": {"IN": ["leading", "lead", "leads", "led", "spearheading", "spearheads",
                           "spearheaded", "co-leading"]}}, {"OP": "{0,2}"},
         {"LOWER": {"IN": LEAD_OBJECTS}}],
        # passive: "the talks are led by Britain and France"
        [{"LOWER": {"IN": ["led", "spearheaded"]}}, {"LOWER": "by"}],
    ])
    add("participating", [
        [{"LOWER": {"IN": ["participating", "participate", "participates", "participated"]}},
         {"LOWER": "in"}],
        [{"LOWER": {"IN": ["taking", "take", "takes", "took"]}}, {"LOWER": "part"},
         {"LOWER": "in"}],
        [{"LOWER": {"IN": ["involve", "involves", "involving"]}}],
    ])
    add("constitutional-limit", [
        [{"LOWER": {"IN": ["constitutional", "constitution", "constitutionally"]}}],
    ])
    add("conditional-parliament", [
        [{"LOWER": {"IN": ["parliamentary", "parliament", "bundestag", "riigikogu", "saeima",
                           "folketing", "sejm", "congressional", "legislative"]}}],
    ])
    add("premature", [
        [{"LOWER": {"IN": ["premature", "prematurely"]}}],
        [{"LOWER": "too"}, {"LOWER": {"IN": ["early", "soon"]}}],
    ])
    add("ruled-out", [
        [{"LOWER": {"IN": ["ruled", "rules", "rule", "ruling"]}}, {"LOWER": "out"}],
        [{"LOWER": "no"}, {"LOWER": {"IN": ["plans", "plan", "intention", "intentions"]}},
         {"LOWER": "to"}, deploy],
        [{"LOWER": {"IN": ["will", "would", "does", "do", "did", "can", "shall"]}},
         {"LOWER": {"IN": ["not", "n't"]}}, deploy],
        [{"LOWER": "cannot"}, deploy],
        [{"LOWER": {"IN": ["refused", "refuses", "declined", "declines"]}}, {"LOWER": "to"}, deploy],
        [{"LOWER": "not"}, {"LOWER": {"IN": ["intend", "plan"]}}, {"LOWER": "to"}, deploy],
        [{"LOWER": "never"}, {"LOWER": {"IN": ["send", "deploy"]}}],
    ])
    add("rejects", [
        [{"LOWER": {"IN": ["rejected", "rejects", "reject", "rejecting", "opposes", "opposed",
                           "oppose", "denounced", "condemned"]}}],
        [{"LOWER": "unacceptable"}],
    ])
    add("supports", [
        [{"LOWER": {"IN": ["endorsed", "endorses", "endorse", "endorsing", "backed", "backs",
                           "supports", "supported", "welcomed", "welcomes"]}}],
    ])
    return m


def _troops_after(sent: Sent, i: int, n: int = 8) -> bool:
    return any(w in TROOP_WORDS for w in sent.lower[i:i + n])


def _valid(stance: str, sent: Sent, s: int, e: int, words: set[str]) -> bool:
    low = sent.lower
    cue_words = low[s:e]
    if stance == "ready":
        verb = cue_words[-1]
        if verb in _NEEDS_TROOPS:
            return _troops_after(sent, e, 6)
        return True
    if stance == "leading":
        if cue_words[-1] == "by":
            return any(w in LEAD_OBJECTS for w in low[max(0, s - 4):s])
        return True
    if stance == "participating":
        if cue_words[0].startswith("involv"):  # "the talks ... involve Poland"
            return any(w in PART_OBJECTS or w == "talks" for w in low[:s])
        return any(w in PART_OBJECTS for w in low[e:e + 4])
    if stance == "constitutional-limit":
        return bool(words & LIMIT_WORDS) and bool(words & (TROOP_WORDS | {"deploy"}))
    if stance == "conditional-parliament":
        return bool(words & APPROVAL_WORDS) and bool(words & (TROOP_WORDS | {"deploy"}))
    if stance == "premature":
        return bool(words & (TROOP_WORDS | {"discussion", "discussions", "debate", "talk", "idea"}))
    if stance == "ruled-out":
        return _troops_after(sent, e, 8)
    if stance == "rejects":
        if cue_words[0] == "unacceptable":
            return bool(words & (TROOP_WORDS | {"presence"}))
        return any(w in REJECT_OBJECTS for w in low[e:e + 4])
    if stance == "supports":
        return any(w in SUPPORT_OBJECTS for w in low[e:e + 4])
    return False


def _negated(stance: str, sent: Sent, s: int) -> bool:
    if stance == "ruled-out" and sent.lower[s] not in ("ruled", "rules", "rule", "ruling"):
        return False  # the negation is part of the cue ("will not send")
    return any(w in NEGATIONS for w in sent.lower[max(0, s - 3):s])


def find_stances(sent: Sent, matches: list[tuple[str, int, int]]) -> list[StanceHit]:
    """Stances in one sentence (one per actor and stance).

    ``matches`` are the stance matcher's ``(stance, start, end)`` in the sentence (token indices
    relative to it).
    """
    words = set(sent.lower)
    out: list[StanceHit] = []
    seen: set[tuple[str, str]] = set()
    for stance, s, e in sorted(matches, key=lambda m: (m[1], -m[2])):
        if not _valid(stance, sent, s, e, words) or _negated(stance, sent, s):
            continue
        actors: list[Mention]
        if (stance == "participating" and sent.lower[s].startswith("involv")) or (
            stance == "leading" and sent.lower[e - 1] == "by"
        ):
            actors = sent.object_actors(e - 1)
        else:
            actors = sent.subject_actors(s) or sent.speaker_actors()
        cue = sent.text_of(s, e)
        for a in actors:
            key = (a.iso3, stance)
            if key in seen:
                continue
            seen.add(key)
            out.append(StanceHit(actor=a.iso3, actor_text=a.text, stance=stance, cue=cue))
    return out
