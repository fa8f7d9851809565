"""The stance check: a second look at each (report, nation, stance) the passes give, before the
ledger shows it (docs/evidence.md §5, "The stance check (session 19)").

The cue and clause-shape passes read stances rule by rule; on reports they were not written from
about a quarter of what they give is wrong (fresh-set precision 0.55-0.87 over fifteen sets), and
rules written from one set's errors never moved the next set. The check is a small logistic
model over what a reader looks at: the words of the sentences that gave the pair (unigrams and
bigrams, hashed into ``buckets``, each also crossed with the stance), the stance, and six facts
about the claims (several claims, near the report's top, said by the nation's own speaker or
another nation's, read from a group, a condition). It was trained on the passes' output over
real annotated reports (scripts/train_stance_check.py: the current code over sets 14-26 and the
own-words corpus's tune part, in sample, and each of sets 19-32 as the code fresh to it read
them, the second weighted three times). Each fit was measured on a set scored after it was
declared (docs/evidence.md §5): over sets 27-33, stance precision 0.74 -> 0.82, recall 0.65 ->
0.59; this one (with set 32) on set 33, 0.81 -> 0.83 and 0.61 -> 0.42, where the fit before it
gave 0.88 and 0.58: one set of 30 reports moves by several stances between fits. A pair the
model scores below ``threshold`` (0.5 since session 23: on sets 48-51, fresh to it, 0.8 cost
more recall than it gained precision; docs/evidence.md §10 "Session 23") is *withheld*: kept apart in ``Ledger.withheld_stances`` with its score, shown to the reader as
unconfirmed, never counted. Outright refusals and offers the rules read ("rules out sending
troops", "is ready to participate in a peacekeeping mission") and conditions the rules name (a
US backstop, parliament, a mandate) pass unjudged (s22, s44, s45).

Only counts go into the weights file: hashed word buckets and their weights, no text. Runtime is
a dict lookup and a sum per pair: deterministic, and cheap beside extraction.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from reassure.evidence._gazetteer import HOST_AND_ADVERSARY
from reassure.evidence._model import StanceClaim

__all__ = ["CHECKED_STANCES", "StanceCheck", "features", "load_check", "split_checked"]

# the stances the annotators record and the check judges; "rejects" is judged as "declines"
CHECKED_STANCES = ("ready", "open", "conditional", "undecided", "declines")
_AS_CHECKED = {"rejects": "declines", **{s: s for s in CHECKED_STANCES}}
NOT_CHECKED_ACTORS = frozenset(HOST_AND_ADVERSARY) | {"USA"}
SHALLOW = ("several_claims", "near_top", "said_by_own", "said_by_other", "from_group",
           "condition")
NEAR_TOP_CHARS = 200  # a claim starting this close to the report's start is in its headline/lead
WEIGHTS = Path(__file__).with_name("stance_check.json")
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def _bucket(term: str, buckets: int) -> int:
    return zlib.crc32(term.encode("utf-8")) % buckets


@lru_cache(maxsize=1)
def _names() -> re.Pattern[str]:
    """Every name the gazetteer knows for a nation, group or leader, as one pattern: masked to
    "xnation" in the check's words, so that the check judges how a sentence reads, not which
    nation it names: a nation's usual position in the training sets is a prior, not a reading
    (s21; on sets 34-38, unseen by either fit, 138 of 158 kept stances right with the names
    masked against 130 of 149 with them; set 35, the outlets outside the mainstream, 22 of 23
    against 13 of 14 in leave-one-set-out)."""
    from reassure.evidence._gazetteer import entity_patterns
    names = sorted({str(p["pattern"]) for p in entity_patterns() if p["label"] != "ORG"},
                   key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, names)) + r")(?![\w])")


def _bag(sentence: str, buckets: int) -> dict[int, float]:
    """Unigram and bigram counts of one sentence, hashed, scaled to unit length."""
    words = _TOKEN.findall(_names().sub(" xnation ", sentence).lower())
    counts: dict[int, float] = {}
    for term in (*words, *(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))):
        k = _bucket(term, buckets)
        counts[k] = counts.get(k, 0.0) + 1.0
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return {k: v / norm for k, v in counts.items()}


def features(stance: str, claims: Sequence[StanceClaim], buckets: int,
             bags: dict[str, dict[int, float]] | None = None) -> dict[int, float]:
    """The pair's feature vector, sparse: [stance one-hot | shallow facts | words | words x stance]
    (the words are the mean of its claims' sentence bags). ``bags``: sentence -> bag, kept by the
    caller across pairs (one sentence gives a pair for each nation it names: bagged once)."""
    label = CHECKED_STANCES.index(_AS_CHECKED[stance])
    actor = claims[0].actor
    shallow = (
        len(claims) > 1,
        any(c.start < NEAR_TOP_CHARS for c in claims),
        any(c.said_by_nation == actor for c in claims),
        any(c.said_by_nation not in (None, actor) for c in claims),
        any(c.group for c in claims),
        any(c.condition for c in claims),
    )
    x: dict[int, float] = {label: 1.0}
    n_labels = len(CHECKED_STANCES)
    x.update({n_labels + i: 1.0 for i, on in enumerate(shallow) if on})
    words = n_labels + len(SHALLOW)
    crossed = words + buckets * (1 + label)
    bag: dict[int, float] = {}
    for c in claims:
        if bags is None:
            sentence_bag = _bag(c.sentence, buckets)
        else:
            if c.sentence not in bags:
                bags[c.sentence] = _bag(c.sentence, buckets)
            sentence_bag = bags[c.sentence]
        for k, v in sentence_bag.items():
            bag[k] = bag.get(k, 0.0) + v / len(claims)
    for k, v in bag.items():
        x[words + k] = v
        x[crossed + k] = v
    return x


@dataclass(frozen=True)
class StanceCheck:
    """The fitted model: weights by feature index, its intercept, and the threshold below which a
    pair is withheld."""

    buckets: int
    bias: float
    weights: dict[int, float]
    threshold: float

    def score(self, stance: str, claims: Sequence[StanceClaim],
              bags: dict[str, dict[int, float]] | None = None) -> float:
        """The probability that the annotators would record this (nation, stance) of the report."""
        x = features(stance, claims, self.buckets, bags)
        z = self.bias + sum(v * self.weights.get(k, 0.0) for k, v in sorted(x.items()))
        return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=4)
def load_check(path: Path | None = None) -> StanceCheck | None:
    """The shipped check (or one at ``path``); None when no weights file is there."""
    p = WEIGHTS if path is None else path
    if not p.exists():
        return None
    data = json.loads(p.read_text(encoding="utf-8"))
    return StanceCheck(buckets=int(data["buckets"]), bias=float(data["bias"]),
                       weights={int(k): float(v) for k, v in data["weights"].items()},
                       threshold=float(data["threshold"]))


def split_checked(stances: Iterable[StanceClaim], check: StanceCheck | None
                  ) -> tuple[list[StanceClaim], list[StanceClaim]]:
    """(kept, withheld): each judged claim carries its pair's score in ``check``; the claims of a
    pair scored below the threshold are withheld together. Stances outside the five, those of
    Russia, Ukraine and the US (not contributors), outright refusals (`_outright`) and offers
    (`_outright_offer`), and conditions the rules name (`_named_condition`) pass unjudged."""
    out = list(stances)
    if check is None:
        return out, []
    pairs: dict[tuple[str, str, str], list[StanceClaim]] = {}
    for s in out:
        if s.stance in _AS_CHECKED and s.actor not in NOT_CHECKED_ACTORS:
            pairs.setdefault((s.report_id, s.actor, _AS_CHECKED[s.stance]), []).append(s)
    # an outright refusal or offer is not judged (below), as Russia's stances are not
    pairs = {key: claims for key, claims in pairs.items()
             if not (key[2] == "declines" and any(_outright(c) for c in claims))
             and not (key[2] in ("ready", "conditional") and any(map(_outright_offer, claims)))
             and not (key[2] == "conditional" and any(map(_named_condition, claims)))}
    bags: dict[str, dict[int, float]] = {}
    score = {key: round(check.score(key[2], claims, bags), 4) for key, claims in pairs.items()}
    kept: list[StanceClaim] = []
    withheld: list[StanceClaim] = []
    for s in out:
        key = (s.report_id, s.actor, _AS_CHECKED.get(s.stance, ""))
        if key not in score:
            kept.append(s)
            continue
        judged = replace(s, check=score[key])
        (kept if score[key] >= check.threshold else withheld).append(judged)
    return kept, withheld


# (s22) An outright refusal the rules read ("Greece rules out deploying peacekeeping troops",
# "Türkiye will not send peacekeeping troops") is kept unjudged, at any threshold: such refusals,
# in sentences with no condition, time or concession, were right 82 times of 83 in sets 14-47 (23
# of 24 in sets 34-47, unseen by the check's fit), where the check withheld right ones (its words
# "rules out" carry the weight of the sets' misread "has not ruled out")
_REFUSAL_CUE = re.compile(
    r"(?:rule[sd]?|ruling) out$|(?:will|would|shall) not (?:send|deploy|participate|contribute)$|"
    r"won[’']?t (?:send|deploy)$|"
    # (s41) "against" as the predicate with the sending or its plan as the object ("are against
    # deployments", "spoke against the peacekeeping plan"): on the rebuilt lists the check
    # withheld 4 such right refusals (two copies of one story) and no wrong one
    r"(?:[\w-]+ )?against (?:[\w'’-]+ ){0,5}(?:deployments?|sending|deploying|plans?|"
    r"proposals?|idea|mission|participation|involvement|troops)$|"
    # (s41b) a nation denying its own part ("denies participation in the force", "refuted
    # claims about its involvement", "rejects the possibility of participation"): on round 3
    # the check withheld such right refusals (four stories) and no wrong one
    r"(?:denies|denied|deny|refutes|refuted|refute|rejects|rejected|reject|refuses|refused) "
    r"(?:[\w'’-]+ ){0,9}(?:participation|involvement|sending|role|taking part)$|"
    # (s42) a headline's "No to sending Greek troops" (s40's shape): withheld at 0.41 on the
    # rebuilt lists, the one such cue there, right
    r"no to (?:sending|deploying|dispatching) (?:[\w'’-]+ ){0,3}(?:troops|soldiers|forces)$|"
    # (s44) "there is no question of sending forces": withheld at 0.41 in round 11, right
    r"no question of (?:sending|deploying|dispatching)$|"
    # (s67, a reviewer's probes) "Sending Italian troops to Ukraine is not an option" (a new cue
    # the check had never seen: withheld at its default)
    r"not an option$|"
    # (s68, rv68b-own) "Meloni says no Italian troops will be deployed": a refusal the rules read
    # from the passive (the check withheld it)
    r"(?:will|would|shall) (?:not )?be (?:deployed|sent)$|"
    # (s71) three more plain refusals the check withheld on the tuning sets (0.43-0.45), right
    # each time, and never a wrong one: "had no intention of sending soldiers", "Italian
    # troops will not be deployed", "There will be no ground troops, no soldiers ..."
    r"no intention (?:of|to)$|not be (?:deployed|sent)$|(?:there )?will be no$|"
    r"(?:will|would|shall) not be (?:sending|deploying)$|"  # "London would not be sending"
    # (s72) 'Spain "does not agree" with the idea launched by Macron' (withheld at 0.48, right)
    r"not agree[”\"']? with$|disagree[sd]? with$|"
    # (s72) "Poland is not considering sending troops to Ukraine" (withheld at 0.36-0.39; on the
    # tuning sets two such refusals were withheld, both right)
    r"(?:is|are|was|were) not considering (?:sending|deploying|dispatching)$|"
    # (s72) 'sending Italian troops was "not on the agenda"' (withheld at 0.28-0.47; two such on
    # the tuning sets, both right)
    r"(?:not|never) on the agenda$|"
    # (s73, a reviewer's probes) new refusal cues the check had never seen (withheld at
    # 0.44-0.48): '"We are not talking about sending Italian troops"', "not in a position to send"
    r"not talking (?:about|of) (?:sending|deploying|dispatching)$|"
    r"not in a position to (?:send|deploy|contribute|participate)$|"
    # (s74) a bare no answering a bare question on the nation's troops ('"Italian soldiers in
    # Ukraine? Absolutely not."', `_extract._answered_no`): a cue the check had never seen
    # (not "never" or "out of the question": other cues end so, "... in the fighting was out of
    # the question", set 147)
    r"^[\"“'‘«]?(?:no|absolutely not|certainly not|definitely not|of course not|not at all)$|"
    # (s67) an offer taken back: "withdrew the offer", "dropped its offer"
    r"(?:withdrew|withdrawn|retracted|rescinded|dropped|scrapped|revoked) "
    r"(?:the|its|their) (?:offer|pledge|commitment)$")
# ... unless its sentence qualifies it: a condition ("will not send troops without US
# guarantees"), a time ("at this time", "until peace is established") or a concession ("though
# Berlin has ruled out troops, officials said ..."), which the check weighs as before
_QUALIFIED = re.compile(r"\b(?:without|unless|until|yet|now|currently|time|moment|though|"
                        r"although|but)\b")


def _outright(claim: StanceClaim) -> bool:
    return claim.stance == "declines" and _REFUSAL_CUE.fullmatch(claim.cue.lower()) is not None \
        and _QUALIFIED.search(claim.sentence.lower()) is None


# (s44) An outright offer the rules read ("Switzerland is ready to participate in a peacekeeping
# mission", "Ireland will participate in a peacekeeping operation", "prepared to commit British
# troops") is kept unjudged, as outright refusals are: on the rebuilt rounds 8-12 (664 reports)
# the rules gave 91 such readings right and 1 wrong (kept by the check), and the check withheld
# 10 right ones (8 stances) and no wrong one -- its bag of words weighs the mission's words, not
# the offer
_OFFER_CUE = re.compile(
    r"(?:ready|prepared|willing|readiness) to (?:participate|take part|send|deploy|contribute|"
    r"commit|provide|do so)\b|(?:will|would) participate\b|"
    # (s63) a figure offered: "the United Kingdom will provide \"several thousand\" servicemen"
    r"(?:will|would) (?:send|deploy|provide|contribute|commit) (?:up to |about |around |some )?"
    r"[\"“]?(?:\d|several\b|a few\b)|"
    # (s67, set 138) the signers of a declaration to deploy forces after the war (§5's settled
    # convention: ready): withheld at 0.46 there, the check's words weighing the declaration
    r"signed (?:a|the) declaration (?:of intent )?(?:on|to|for) (?:the )?(?:deploy|deploying|"
    r"deployment of|sending)\b")
# ... unless the offer is negated, asked or supposed ("is not ready to", "whether Italy is
# ready to", "if the UK is prepared to")
_NOT_OFFERED = re.compile(r"\b(?:if|whether|unless|not|never|no|nor)\b|n[’']t\b")


# (s45) A conditional stance whose condition the rules name -- a US backstop, a parliament, a
# mandate, a constitution ("will only commit armed forces if the US provides a security
# guarantee", "will require approval from the government and parliament") -- is kept unjudged:
# on the rebuilt rounds 8-14 (944 reports) the rules gave 51 such readings, 49 right; the check
# kept 43 right and 2 wrong and withheld 6 right and none wrong (the unnamed "other" conditions
# stay judged: it withheld 6 wrong of those, and no right one)
_NAMED_CONDITIONS = frozenset({"us-backstop", "parliament", "mandate", "constitution"})


def _named_condition(claim: StanceClaim) -> bool:
    return claim.stance == "conditional" and claim.condition in _NAMED_CONDITIONS


# (s60) a parliament's approval of the sending, read as ready (§5 table: "a parliament approved
# sending troops"): "Estonia's Riigikogu approved the mandate for sending troops"
_APPROVED_SENDING = re.compile(
    r"\bapproved (?:the |a )?(?:mandate for |deployment of |dispatch of )?(?:sending|deploying|"
    r"the deployment|a deployment|the dispatch)\b")


def _outright_offer(claim: StanceClaim) -> bool:
    if claim.stance not in ("ready", "conditional") or "?" in claim.sentence:
        return False
    low, cue = claim.sentence.lower(), claim.cue.lower()
    approved = _APPROVED_SENDING.search(low) if claim.stance == "ready" else None
    if approved is not None and _NOT_OFFERED.search(low[:approved.start()]) is None:
        return True  # (s60) a house's approval given, kept unjudged
    at = low.find(cue)
    # the cue may stop short of its verb's object ("readiness to take"): read on a little
    offer = _OFFER_CUE.search(low, at, at + len(cue) + 12) if at >= 0 else None
    if offer is None or offer.start() >= at + len(cue):
        return False
    return _NOT_OFFERED.search(" ".join(low[:offer.start()].split()[-5:])) is None
