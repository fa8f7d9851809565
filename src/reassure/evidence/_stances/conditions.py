"""The condition of a conditional stance: a US backstop, parliament, a ceasefire or peace
deal, a UN mandate, terms named later in the sentence (`_condition_of`), and the conditions that
are none ("if needed", a premise of the force)."""

from __future__ import annotations

from collections.abc import Sequence

from reassure.evidence._stances.holders import _QUESTIONS
from reassure.evidence._stances.lexicon import (
    _CEASEFIRE_WORDS,
    _IF_WORDS,
    _MANDATE_WORDS,
    _PARLIAMENT_WORDS,
    _QUOTES,
    _TERMS_WORDS,
    _US_WORDS,
    NEGATIONS,
    PARLIAMENTS,
)
from reassure.evidence._text import SPEECH, Sent

_FIGURE_WORDS = frozenset({"figure", "figures", "number", "numbers", "size", "total", "amount",
                           "cost", "costs", "price", "level", "estimate"})


_BE_ETC = frozenset({"is", "be", "are", "was", "were", "remains", "remain", "being", ",",
                     "entirely", "largely", "fully", "all", "would", "will"})


# what the US gives that a nation wants (insists on, says would be needed) beside the
# guarantees and backing: "but insists on American support (US involvement)" (s60, s61)
_US_BACKING_NOUNS = frozenset({"backstop", "backing", "guarantee", "guarantees", "cover", "support",
                               "participation", "involvement", "commitment"})


def _us_needed_after_but(tail: list[str]) -> bool:
    """(s61) The offer's clause, then "but" and the US's backing said to be
    needed: "ready to provide troops, but US security guarantees would be needed (required)",
    "..., but a US backstop would be needed", "..., but insists on American support". The
    backing and the need within eight words of "but", no negation between, no other nation or
    clause ("but Ukraine needs US guarantees" is Ukraine's, not the offer's)."""
    at = next((k for k, w in enumerate(tail) if w == "but"), None)
    if at is None:
        return False
    after = tail[at + 1:at + 9]
    if "must" in after:  # (s68) "but Starmer said there must be a U.S. security commitment"
        after = tail[at + 1:at + 11]
    if not NEGATIONS.isdisjoint(after) or not {"ukraine", "kyiv", "zelensky", "which", "who",
                                               "ukrainian", ";"}.isdisjoint(after):
        return False
    # ("there must be a U.S. ...", not "Europe must be ready to act alone if US support fades")
    must = any(w == "must" and after[j + 1:j + 2] == ["be"]
               and not _US_NAMES.isdisjoint(after[j + 2:j + 5]) for j, w in enumerate(after))
    return not _US_NAMES.isdisjoint(after) and not _US_BACKING_NOUNS.isdisjoint(after) and (
        not _NEED_WORDS.isdisjoint(after) or must)


def backing_not_needed(tail: list[str]) -> bool:
    """(s62) The offer's words say the US's backing (a backstop, a guarantee) is NOT needed:
    "..., but no US backstop would be needed", "adding that no American backstop was needed",
    "and does not need a US backstop to do so". A negation before the backing noun (within
    four words) or before the needing verb; no "if" or "unless" in the words (those stay
    conditions: "unless no backstop is needed")."""
    if not _IF_WORDS.isdisjoint(tail):
        return False
    for k, w in enumerate(tail):
        if w not in _US_BACKING_NOUNS | {"guarantees", "guarantee"}:
            continue
        before = tail[max(0, k - 4):k]
        if "no" in before and not _NEEDED_FOR.isdisjoint(tail[k + 1:k + 5]):
            return True  # "no US backstop would be needed"
        if not _NEEDED_FOR.isdisjoint(before) and not NEGATIONS.isdisjoint(before):
            return True  # "does not need a US backstop", "not require American guarantees"
    return False


def _wants_guarantee(tail: list[str]) -> bool:
    """The cue's subject wants, insists on or demands a US guarantee (a mandate, a backstop)
    after it: "willing to deploy troops, but wants a US security guarantee first" (15t). Not
    when someone else wants it ("to Ukraine, which wants security guarantees")."""
    for k, w in enumerate(tail):
        if w in ("which", "who", "whose", ";", "ukraine", "kyiv", "zelensky", "ukrainian"):
            return False
        if w in ("wants", "insists", "demands", "needs", "requires"):
            rest = set(tail[k + 1:k + 6])
            return bool(rest & {"mandate", "backstop", "approval"}) or bool(
                rest & _US_BACKING_NOUNS and rest & _US_WORDS)
    return False


# the adversary and the host, whose consent is no parliament's (15x)
_OTHER_SIDES = frozenset({"russia", "moscow", "kremlin", "putin", "ukraine", "kyiv", "russian",
                          "russia's", "both", "sides", "parties"})


_DEMANDS = frozenset({"wants", "want", "wanted", "needs", "need", "needed", "demands", "demand",
                      "demanded", "requires", "require", "required", "insists", "insisted",
                      "seeks", "sought"})
_REQUIRED = frozenset({"mandate", "guarantee", "guarantees", "backstop", "backing", "approval",
                       "consent", "vote"})


def _required_before(low: list[str], s: int) -> str | None:
    """The condition a subject demands before the cue: "wants a clear mandate before joining",
    "needs US guarantees before sending troops" (15x); not clarity or answers (undecided)."""
    if s < 3 or low[s - 1] != "before":
        return None
    for k in range(s - 2, max(-1, s - 10), -1):
        if low[k] in (",", ";", ".", "but", "and", "that") or low[k] in _QUESTIONS:
            return None
        if low[k] in _DEMANDS:
            between = low[k + 1:s - 1]
            return _condition_named(between) if _REQUIRED & set(between) else None
    return None


_MUST = frozenset({"must", "needs", "need", "needed", "require", "requires", "required"})
_US_ONLY = frozenset({"backing", "guarantee", "guarantees", "support"})
_LATER_OBJECTS = frozenset({"plan", "force", "forces", "troops", "mission", "deployment",
                            "participation", "contribution", "peacekeepers", "soldiers",
                            "presence", "involvement"})


# (s59) "The participation of Portuguese military will depend, however, on the approval of the
# Assembly of the Republic"
_DEPEND_VERBS = frozenset({"depend", "depends", "hinge", "hinges"})


def required_later(low: list[str]) -> tuple[str, int, int] | None:
    """A requirement put on the force in a sentence of its own: "the plan must have United
    States backing", "there needs to be a very clear mandate for those forces" (15x). The
    condition and the requirement's token span, or None; `_extract` gives it to the nation whose
    speaker states it after that nation's offer."""
    if "?" in low or backing_not_needed(low):
        return None  # (s62) "but no US backstop would be needed": no requirement
    later = _later_terms(low)
    if later is not None:
        return later
    us_first = _us_backing_required(low)
    if us_first is not None:
        return us_first
    insisted = _insisted_on(low)
    if insisted is not None:
        return insisted
    majority = _majority_needed(low) or _submitted_to_house(low)
    if majority is not None:
        return majority
    if _LATER_OBJECTS.isdisjoint(low) and "backstop" not in low:
        return None  # (s22) "But there must be a US backstop": the backstop is the force's
    for k, w in enumerate(low):
        if w not in _MUST and w not in _DEPEND_VERBS and not (
                w == "have" and low[k + 1:k + 2] == ["to"] and NEGATIONS.isdisjoint(low[max(0, k - 2):k])):
            continue  # (s60) "would have to go before the Congress", "would have to be approved"
        window = low[k + 1:k + (12 if w in _DEPEND_VERBS else 9)]
        got = set(window)
        if got & {"mandate", "approval", "consent", "vote", "backstop"} or (
                got & _US_ONLY and got & _US_WORDS):
            end = k + 1 + next(i for i, x in enumerate(window) if x in _REQUIRED | _US_ONLY)
            return _condition_named(window), k, end + 1
        if "resolution" in got and "parliamentary" in got:
            # (s63) "any deployment will require a parliamentary resolution"
            end = k + 1 + next(i for i, x in enumerate(window) if x == "resolution")
            return "parliament", k, end + 1
        if un_resolution_required(window):
            # (s69, rv67-own) "but the triple lock requires a UN resolution": a mandate
            end = k + 1 + next(i for i, x in enumerate(window) if x == "resolution")
            return "mandate", k, end + 1
        if got & _HOUSES_BEFORE and got & {"approved", "before", "approve", "through"}:
            end = k + 1 + next(i for i, x in enumerate(window) if x in _HOUSES_BEFORE)
            return "parliament", k, end + 1
        before = low[max(0, k - 4):k]
        # (s63) "parliamentary approval is required before deployment", "parliament must
        # approve any deployment": the requirement named before the verb
        if w in _MUST and {"approval", "consent", "vote", "mandate"} & set(before) and \
                NEGATIONS.isdisjoint(before):
            first = max(0, k - 4) + next(i for i, x in enumerate(before)
                                         if x in ("approval", "consent", "vote", "mandate"))
            start = first - 1 if first > 0 and low[first - 1] in ("parliamentary", "un") else first
            if low[start] == "un":
                return "mandate", start, k + 1  # (review) "UN approval is required"
            return _condition_named(low[start:k + 1]), start, k + 1
        if w == "must" and before[-1:] and before[-1] in _HOUSES_BEFORE and \
                low[k + 1:k + 2] in (["approve"], ["vote"], ["agree"]):
            return "parliament", k - 1, k + 2
    return None


def _submitted_to_house(low: list[str]) -> tuple[str, int, int] | None:
    """(s63) "any deployment will be submitted to the Federal Parliament for approval": the
    house's approval, its span."""
    for k, w in enumerate(low):
        if w in ("submitted", "put", "referred") and low[k - 1:k] in (["be"], ["is"], ["are"]) and \
                low[k + 1:k + 2] in (["to"], ["before"]) and _LATER_OBJECTS & set(low[:k]) and \
                NEGATIONS.isdisjoint(low[max(0, k - 4):k]):
            house = next((j for j in range(k + 2, min(len(low), k + 7))
                          if low[j] in _PARLIAMENT_WORDS or low[j] in _HOUSES_BEFORE), None)
            if house is not None and "information" not in low[house:house + 6] and \
                    "not" not in low[house:house + 6]:
                return "parliament", k - 1, house + 1  # (not "for information, not approval")
    return None


def _majority_needed(low: list[str]) -> tuple[str, int, int] | None:
    """(s63) "I need a majority in the Tweede Kamer": a house's vote needed, its span."""
    for k, w in enumerate(low):
        if w == "majority" and not _MUST.isdisjoint(low[max(0, k - 3):k]) and \
                NEGATIONS.isdisjoint(low[max(0, k - 4):k]):
            house = next((j for j in range(k + 1, min(len(low), k + 6))
                          if low[j] in _PARLIAMENT_WORDS or low[j] in _HOUSES_BEFORE), None)
            if house is not None and _LATER_OBJECTS.isdisjoint(low[house + 1:]) and \
                    low[house + 1:house + 2] not in ([], ["."], ['"'], ["”"], [","], ["and"]):
                return None  # (review) "needs a majority in the Tweede Kamer to pass his budget"
            if house is not None:
                start = max(0, k - 3) + next(i for i, x in enumerate(low[max(0, k - 3):k])
                                             if x in _MUST)
                return "parliament", start, house + 1
    return None


_ORDERED = frozenset({"instructed", "ordered", "directed", "tasked", "told",
                      # (s67, rv67-own) "would consider sending troops if asked": no condition
                      "asked", "requested", "invited"})
_PROPOSED = frozenset({"proposed", "requested", "asked", "invited", "suggested"})
_PROPOSALS = frozenset({"proposal", "proposals", "request", "requests", "invitation",
                        "invitations"})
_PROPOSAL_DETS = frozenset({"a", "an", "any", "such", "concrete", "formal"})


def _if_proposed(after_if: list[str]) -> int:
    """(s71) How many words after "if" ask for the nation's part ("it were proposed", "it
    receives (concrete) proposals", "such a request comes"); 0 when they do not."""
    w = after_if
    if w[:1] in (["it"], ["they"], ["this"], ["so"]) and w[1:2] in (
            ["is"], ["was"], ["were"], ["are"], ["be"]) and w[2:3] != [] and w[2] in _PROPOSED:
        return 3
    if w[:1] in (["it"], ["they"]) and w[1:2] != [] and w[1] in (
            "receives", "received", "receive", "gets", "got", "get"):
        k = 2 + next((i for i, x in enumerate(w[2:5]) if x not in _PROPOSAL_DETS), 3)
        return k + 1 if w[k:k + 1] != [] and w[k] in _PROPOSALS and w[k + 1:k + 2] not in (
            ["that"], ["which"], ["with"], ["including"], ["guaranteeing"]) else 0
        # (review s71: not "if it receives proposals that guarantee American air cover", a
        # condition carried by the proposal)
    k = next((i for i, x in enumerate(w[:3]) if x not in _PROPOSAL_DETS), 3)
    if w[k:k + 1] != [] and w[k] in _PROPOSALS and w[k + 1:k + 2] in (
            ["comes"], ["came"], ["come"], ["is"], ["are"], ["were"], ["was"]):
        return k + 2
    if w[:1] == ["such"] and w[k + 1:k + 2] in (["is"], ["were"], ["was"]) and w[k + 2:k + 3] != [] \
            and w[k + 2] in _PROPOSED | {"offered"}:
        return k + 3  # (review s71) "if such a role were offered to it"
    return 0


INSISTING = frozenset({"insists", "insisted", "insist", "insisting", "demands", "demanded"})


def _insisted_on(low: list[str]) -> tuple[str, int, int] | None:
    """(s61) A requirement insisted on in a sentence of its own: "However, they insist on US
    involvement", "It insists on a UN mandate" — the condition and its token span; not negated
    ("does not insist on"), not a question."""
    for k, w in enumerate(low):
        if w not in INSISTING or low[k + 1:k + 2] != ["on"] or not NEGATIONS.isdisjoint(
                low[max(0, k - 3):k]):
            continue
        window = low[k + 2:k + 8]
        got = set(window)
        if not _US_NAMES.isdisjoint(got) and not _US_BACKING_NOUNS.isdisjoint(got):
            end = k + 2 + next(i for i, x in enumerate(window) if x in _US_BACKING_NOUNS)
            return "us-backstop", k, end + 1
        if "mandate" in got or got & {"approval", "consent", "vote"}:
            end = k + 2 + next(i for i, x in enumerate(window)
                               if x in {"mandate", "approval", "consent", "vote"})
            return _condition_named(window), k, end + 1
    return None


# (s60) the houses a deployment goes before
_HOUSES_BEFORE = frozenset({"parliament", "congress", "bundestag", "chamber", "assembly", "sejm",
                     "riksdag", "storting", "folketing", "eduskunta", "seimas", "saeima",
                     "riigikogu", "senate", "house", "cortes", "oireachtas", "dail", "diet"})


_NEEDED_FOR = frozenset({"required", "needed", "essential", "vital", "crucial", "necessary",
                         "indispensable", "need", "needs", "require", "requires"})
_FOR_IT = frozenset({"this", "it", "that", "us", "them"})
# (s61) the US's backing said to be needed, insisted on or wanted (`_us_needed_after_but`)
_NEED_WORDS = _NEEDED_FOR | INSISTING | {"wants"}


def _for_the_force(words: list[str]) -> bool:
    """(s62) "for the force (mission, deployment)", "for any such force": what the backing is
    needed for is the force itself."""
    return words[:1] == ["for"] and words[1:2] != [] and words[1] in ("the", "any", "such", "a") \
        and not _FRAMES.isdisjoint(words[2:4])


def _us_backing_required(low: list[str]) -> tuple[str, int, int] | None:
    """(s59) The US's backing said to be required for what the speaker offered, with "this"
    or "it" for the offer: "American security guarantees are required for this", "we do need
    this American backing" (the needing verb after or before the US's backing, within five
    words). Not a question, not a negation ("is not needed")."""
    for k, w in enumerate(low):
        if w not in _US_NAMES or k + 1 >= len(low):
            continue
        noun = next((j for j in range(k + 1, min(len(low), k + 4)) if low[j] in _US_ONLY | {"backstop"}), None)
        if noun is None:
            continue
        after = low[noun + 1:noun + 6]
        need_after = next((j for j, x in enumerate(after) if x in _NEEDED_FOR), None)
        if need_after is not None and not NEGATIONS.isdisjoint(after[:need_after]):
            continue
        if need_after is not None and (
                not _FOR_IT.isdisjoint(after[need_after + 1:need_after + 3])
                or _for_the_force(low[noun + 2 + need_after:noun + 6 + need_after])):
            return "us-backstop", k, noun + 2 + need_after
        before = low[max(0, k - 5):k]
        if any(x in ("need", "needs", "require", "requires") for x in before) and \
                not _FOR_IT.isdisjoint(before) and NEGATIONS.isdisjoint(before):
            start = max(0, k - 5) + next(j for j, x in enumerate(before) if x in _NEEDED_FOR)
            return "us-backstop", start, noun + 1
    return None


def _decision_on_other(low: list[str]) -> bool:
    """"the final decision on the budget (on Ukraine's NATO membership)": another matter."""
    k = next((k for k, w in enumerate(low) if w == "decision"), None)
    return k is not None and low[k + 1:k + 2] in (["on"], ["about"], ["over"]) and \
        _LATER_OBJECTS.isdisjoint(low[k + 2:k + 6])


_DECIDERS = frozenset({"rest", "rests", "lie", "lies", "belong", "belongs", "fall", "falls"})
_HAPPENING = frozenset({"happen", "proceed", "possible", "occur"})
_GOING_IN = frozenset({"go", "deploy", "send", "participate", "join", "take", "commit"})
_COVER = frozenset({"cover", "backing", "backstop", "guarantee", "guarantees", "support",
                    "approval", "mandate", "consent", "vote"})


def _us_must_join(words: Sequence[str]) -> bool:
    """(review s58) "..., but Washington must be involved (on board)"."""
    return any(w in _US_NAMES and words[k + 1:k + 2] in (["must"], ["has"], ["needs"]) and (
        {"involved", "board", "part"} & set(words[k + 2:k + 6]))
        and NEGATIONS.isdisjoint(words[k + 1:k + 6]) and words[k + 2:k + 3] != ["played"]
        for k, w in enumerate(words))  # (second review s58: not "Washington has played no part",
    # "the US must not be part of it")


def _us_provides(words: Sequence[str]) -> bool:
    """(review s58) "will provide backup (offer a backstop, back it up)", not "will eventually
    pull back from Europe", "will not support the mission"."""
    if not NEGATIONS.isdisjoint(words):
        return False
    return any(w in ("provide", "provides", "offer", "offers", "give", "gives", "extend")
               and not (_BACKING | {"backup", "cover"}).isdisjoint(words[k + 1:k + 5])
               or w == "back" and words[k + 1:k + 2] in (["it"], ["up"], ["them"])
               for k, w in enumerate(words))


def _later_terms(low: list[str]) -> tuple[str, int, int] | None:
    """(s58) A requirement told in other words than "must": "the final decision on the
    deployment would belong to the Seimas", "any deployment would only happen if the United
    States provides guarantees", "Belgium would not go in 'without American cover'", "MPs would
    be given a vote before any deployment"."""
    n = len(low)
    objects = not _LATER_OBJECTS.isdisjoint(low)
    for k, w in enumerate(low):
        if not objects and not (w == "without" and not _GOING_IN.isdisjoint(low[max(0, k - 4):k])) \
                and not (w in _DECIDERS and "decision" in low[max(0, k - 8):k]
                         and not _decision_on_other(low)):
            continue  # ("would not go in without American cover" and "the final decision would
            # rest with the Saeima" need no troop word; review s58)
        if w == "decision" and "final" in low[max(0, k - 2):k] or w in _DECIDERS and \
                "decision" in low[max(0, k - 8):k]:
            window = low[k + 1:k + 6]
            if not _DECIDERS.isdisjoint(low[k:k + 4]) and not _PARLIAMENT_WORDS.isdisjoint(window):
                return "parliament", k, min(n, k + 6)
        if w == "only" and not _HAPPENING.isdisjoint(low[k + 1:k + 4]):
            j = next((j for j in range(k + 1, min(n, k + 6))
                      if low[j] in ("if", "with", "after", "under")), None)
            if j is not None:
                window = low[j + 1:j + 12]
                if not _PARLIAMENT_WORDS.isdisjoint(window) or not _APPROVING.isdisjoint(window) \
                        or not _US_WORDS.isdisjoint(window) and not (_COVER | _US_ONLY).isdisjoint(window):
                    return _condition_named(window), k, min(n, j + 12)
                if "mandate" in window or "un" in window[:3]:
                    return "mandate", k, min(n, j + 12)  # (review s58) "only happen under a UN
                    # mandate"
        if w == "without" and not NEGATIONS.isdisjoint(low[max(0, k - 6):k]):
            window = [x for x in low[k + 1:k + 6] if x not in _QUOTES]
            if not _COVER.isdisjoint(window) and (not _US_WORDS.isdisjoint(window) or not set(
                    PARLIAMENTS).isdisjoint(window) or not _APPROVING.isdisjoint(window)):
                return _condition_named(window), k, min(n, k + 6)
        if w in ("vote", "approval") and low[k + 1:k + 2] == ["before"] and \
                not {"deployment", "deploying", "troops", "sending"}.isdisjoint(low[k + 2:k + 6]) \
                and not (_PARLIAMENT_WORDS | {"substantive", "lawmakers", "legislators",
                                             "senators"}).isdisjoint(low[max(0, k - 6):k]):
            return "parliament", max(0, k - 4), min(n, k + 6)  # (review s58: a parliament's
            # vote, not "a cabinet vote before any deployment")
    return None


_APPROVING = frozenset({"vote", "votes", "approval", "approves", "approve", "approved", "consent",
                        "consents"})
# (review s44) the speech verbs whose addressee is a parliament: "..., the prime minister told
# parliament" is where it was said, no condition of parliament's
_TOLD_PARLIAMENT = frozenset({"told", "tells", "telling", "addressed", "addresses", "addressing",
                              "informed", "informs", "briefed", "briefs"})


def _told_to(words: list[str], k: int, lo: int = 0) -> bool:
    """Word ``k`` is what a speech verb was addressed to ("told parliament", "addressed the
    Bundestag"), no earlier than ``lo``."""
    return k > lo and (words[k - 1] in _TOLD_PARLIAMENT
                       or k > lo + 1 and words[k - 1] == "the" and words[k - 2] in _TOLD_PARLIAMENT)


def un_resolution_required(words: list[str]) -> bool:
    """(s69) A UN (Security Council) resolution named as required, not negated ("does not require
    a UN resolution", "no UN resolution is required") nor a resolution of something ("the UN
    needs a resolution of its budget crisis")."""
    if "resolution" not in words:
        return False
    r = words.index("resolution")
    return not {"un", "u.n.", "security"}.isdisjoint(words[max(0, r - 3):r]) and \
        words[r + 1:r + 2] != ["of"] and (NEGATIONS | {"no", "without"}).isdisjoint(words[:r])


def _us_guarantee(tail: list[str]) -> bool:
    """(s74) A guarantee the US gives, named as such ("a US security guarantee", "American
    guarantees")."""
    return any(w in ("guarantee", "guarantees") and not _US_WORDS.isdisjoint(tail[max(0, k - 3):k])
               and not any(tail[j] in _NEED_VERBS and tail[j - 1:j] in (["ukraine"], ["kyiv"])
                           for j in range(max(1, k - 6), k))  # not "Ukraine needs US guarantees"
               for k, w in enumerate(tail))


_NEED_VERBS = frozenset({"needs", "need", "requires", "require", "wants", "want", "demands"})


def _condition_named(words: list[str]) -> str:
    """The condition some words name (a US backstop, parliament, a ceasefire, a mandate)."""
    w = set(words)
    if w & _PARLIAMENT_WORDS or w & {"vote", "approval", "consent"} and \
            w.isdisjoint(_OTHER_SIDES):  # "if Moscow gives its consent": not a parliament (15x)
        return "parliament"
    if w & _US_WORDS:
        return "us-backstop"
    if w & _CEASEFIRE_WORDS:
        return "ceasefire"
    if w & _MANDATE_WORDS:
        return "mandate"
    return "other"


_DEAL_WORDS = frozenset({"deal", "agreement", "accord", "settlement"})
_DEAL_REACHED = frozenset({"reached", "struck", "agreed", "signed", "concluded", "secured",
                           "done", "made",
                           "holds", "hold", "holding"})  # (s25) "if the deal holds": in force


def _deal_reached(tail: list[str]) -> bool:
    """ "if a deal is reached", "once an agreement is struck", "if a settlement to end the war is
    reached": a deal's conclusion, the force's premise like a ceasefire (15zb; s13), not an
    unnamed condition."""
    for k, w in enumerate(tail):
        if w in _DEAL_WORDS and _DEAL_REACHED & set(tail[k + 1:k + 4]):
            return True
        # "a settlement to end the war is reached": the deal's own purpose stands between
        if w in _DEAL_WORDS and tail[k + 1:k + 2] == ["to"] and _war_ends(tail[k + 1:k + 5]) and \
                _DEAL_REACHED & set(tail[k + 5:k + 8]):
            return True
        # (s24) "a deal to end Russia's war is reached": an owner between "end" and "war"
        if w in _DEAL_WORDS and tail[k + 1:k + 3] == ["to", "end"]:
            war = next((j for j in range(k + 3, min(len(tail), k + 7))
                        if tail[j] in ("war", "fighting", "conflict", "invasion")), None)
            if war is not None and _DEAL_REACHED & set(tail[war + 1:war + 4]):
                return True
    return False


_CALLED_FOR = frozenset({"needed", "required", "deployed", "created", "established", "formed",
                         "sent", "assembled"})
_CALLED_FORCES = frozenset({"force", "forces", "troops", "peacekeepers", "mission", "contingent",
                          "peacekeeping"})


def _force_called_for(words: list[str]) -> bool:
    """ "if peacekeeping forces are needed", "if a European mission is set up": the force itself
    coming about (s17), as "if the war ends" is."""
    for k, w in enumerate(words):
        # (s69, rv69-own) "open to taking part in a peacekeeping force if one were set up": "one"
        # stands for the force just named
        if (w in _CALLED_FORCES or w == "one" and k == 1) and words[k + 1:k + 2] in (
                ["are"], ["is"], ["were"], ["be"], ["was"]):
            after = words[k + 2:k + 5]
            return bool(_CALLED_FOR & set(after)) or after[:2] == ["set", "up"]
    return False


def _war_ends(words: list[str]) -> bool:
    """ "end the war", "an end to the war", "the end of the war", "the war ends (is over)"."""
    text = " ".join(words)
    return any(p in text for p in ("end the war", "end to the war", "end of the war", "war ends",
                                   "war is over", "war has ended",
                                   # (s36) "if the fighting stops": the premise, as a ceasefire
                                   "fighting stops", "fighting ends", "fighting has stopped",
                                   "fighting has ended", "guns fall silent",
                                   "hostilities end", "hostilities cease"))


def _united(tail: list[str]) -> list[str]:
    """"united nations" read as "un", "united kingdom" as "uk": only "united states" is the US
    ("if organisations such as the United Nations take over": a mandate, s13)."""
    if "united" not in tail:
        return tail
    out = list(tail)
    for k in range(len(out) - 1):
        if out[k] == "united" and out[k + 1] in ("nations", "kingdom"):
            out[k] = "un" if out[k + 1] == "nations" else "uk"
    return out


_CONDITION_ENDS = frozenset({".", ";", "but", "despite", "although", "though", "whereas", "amid"})


def _us_in_condition(tail: list[str]) -> bool:
    """A US word (Washington, American, a backstop) inside the condition's own clause: from the
    cue to the end of the clause after the condition's marker, not in a clause after it ("...,
    if a ceasefire holds, the minister told Trump": s13)."""
    c = next((k for k, w in enumerate(tail) if w in _IF_WORDS), 0)
    end = next((k for k in range(c + 1, len(tail))
                if tail[k] in _CONDITION_ENDS or tail[k] in SPEECH), len(tail))
    return not _US_WORDS.isdisjoint(tail[:end])


def _condition_of(sent: Sent, e: int, kind: str) -> str | None:
    """The condition a cue is subject to: words after it that make it conditional."""
    low = sent.lower
    if kind == "constitution":
        return "constitution"
    if kind == "parliament":
        return "parliament"
    tail = low[e:]
    starts = {m.start: m.iso3 for m in sent.mentions}
    # (s68) "Britain is willing ..., but Starmer said there must be a US backstop" is Britain's own
    # condition: the one nation the sentence names before the cue, that of the later speaker
    before = {m.iso3 for m in sent.mentions if m.end <= e}
    for k, w in enumerate(tail):  # another clause's condition is not this cue's (15q)
        if w in ("while", "whereas", ";"):
            tail = tail[:k]
            break
        if w == "and" and e + k + 1 in starts and starts[e + k + 1] not in before and \
                not SPEECH.isdisjoint(tail[k + 2:k + 5]):
            tail = tail[:k]  # (s74, a reviewer's probes) "France is ready to send troops and
            break  # Britain says it would do so with a US backstop": Britain's
        if w == "but" and e + k + 1 in starts and not SPEECH.isdisjoint(tail[k + 2:k + 5]):
            if before == {starts[e + k + 1]} and _us_needed_after_but(tail[k:]):
                return "us-backstop"  # (only the US's backing read from its own clause)
            tail = tail[:k]  # (s67, a reviewer's probes) "Estonia is ready to contribute a
            break  # company, but Latvia says it needs parliament's approval first": Latvia's
    even = next((k for k in range(1, len(tail)) if tail[k] == "if" and tail[k - 1] == "even"),
                None)
    if even is not None:  # (s45) "... even if the U.S. does not agree": a concession, the
        tail = tail[:even - 1]  # offer holds whatever follows (round 15)
    tail = _united(tail)
    # (review s44) "..., Silina told parliament": the addressee of the speech, no condition
    tail = [w for k, w in enumerate(tail) if not (w in PARLIAMENTS and _told_to(tail, k))]
    only = "only" in low[max(0, e - 5):e]  # "would only deploy troops with a UN mandate"
    for k in range(len(tail) - 1):  # "if necessary", "if needed": no condition
        if tail[k] == "if" and tail[k + 1] in ("need", "possible"):
            tail = tail[:k] + tail[k + 2:]
            break
        if tail[k] == "if" and tail[k + 1] in _ORDERED and \
                tail[k + 2:k + 3] in (["by"], ["to"], ["so"], ["."], [","], []) and \
                _PARLIAMENT_WORDS.isdisjoint(tail[k + 2:k + 7]):
            # (s61) "ready to deploy troops if instructed by the government", "if ordered (to)":
            # an army awaiting its orders, no condition on the nation's offer (a parliament's
            # instruction stays one)
            tail = tail[:k] + tail[k + 2:]
            break
        if tail[k] == "if" and (n := _if_proposed(tail[k + 1:k + 7])):
            # (s71) "will consider this option if it receives proposals (if it were proposed)":
            # a request awaited, as "if asked", no condition on the nation's answer
            tail = tail[:k] + tail[k + n + 1:]
            break
        if tail[k] == "if" and _if_needed(tail[k + 1:k + 4]):
            # "if necessary", and (s18) "if it deems necessary", "if deemed necessary"
            n = next(j for j, w in enumerate(tail[k + 1:k + 4]) if w in _NEEDED)
            tail = tail[:k] + tail[k + n + 2:]
            break
        # "if the situation requires it", "if circumstances require": "if needed" again (s17)
        if tail[k] == "if" and tail[k + 1:k + 4] in (["the", "situation", "requires"],
                                                     ["the", "situation", "demands"],
                                                     ["circumstances", "require", "it"]):
            n = 5 if tail[k + 4:k + 5] == ["it"] else 4
            tail = tail[:k] + tail[k + n:]
            break
        if tail[k] == "if" and tail[k + 1:k + 2] == ["that"] and \
                tail[k + 2:k + 6] in (["is", "what", "it", "takes"], ["'s", "what", "it", "takes"],
                                      ["’s", "what", "it", "takes"]):
            tail = tail[:k] + tail[k + 6:]  # (s65) "if that is what it takes": "if need be"
            break
    for k in range(len(tail) - 1):  # (s65) "once (if, when) the conditions on the ground allow":
        # when, not whether; no condition named
        if tail[k] in ("conditions", "circumstances") and \
                not {"allow", "allows", "permit", "permits"}.isdisjoint(tail[k + 1:k + 6]):
            start = k - 1 if tail[k - 1:k] == ["the"] else k
            start = start - 1 if tail[start - 1:start] in (["if"], ["once"], ["when"]) else start
            tail = tail[:start] + tail[k + 1:]
            break
    for k in range(len(tail) - 2):  # "under the right conditions": no condition named (s17)
        if tail[k:k + 3] in (["the", "right", "conditions"], ["the", "right", "circumstances"]):
            tail = tail[:max(0, k - 1)] + tail[k + 3:]
            break
    for k in range(len(tail) - 2):  # '"as long as necessary"', "as long as it takes": how long,
        # not whether (15t; "for as long as it takes" was already a duration, 15e)
        if tail[k:k + 3] == ["as", "long", "as"] and (
                tail[k + 3:k + 4] in (["necessary"], ["needed"], ["required"])
                or tail[k + 3:k + 5] == ["it", "takes"]):
            tail = tail[:k] + tail[k + 5:]
            break
    for k in range(len(tail) - 2):  # (s55) "speaking on condition of anonymity": the source's
        # terms with the reporter, not the nation's for sending troops
        if tail[k:k + 3] in (["condition", "of", "anonymity"], ["condition", "that", "he"],
                             ["condition", "that", "she"], ["condition", "that", "they"]) and \
                (tail[k + 1] == "of" or "named" in tail[k + 3:k + 7] or "identified" in tail[k + 3:k + 7]):
            tail = tail[:max(0, k - 1)] + tail[k + 3:]
            break
    for k in range(len(tail) - 1):  # "to uphold the conditions of a ceasefire": a purpose (15q)
        if tail[k] in ("condition", "conditions") and tail[k + 1] == "of" and \
                tail[k - 1:k] == ["the"] and tail[k - 2:k - 1] not in (["under"], ["on"]):
            # ("only under the condition of a ceasefire" stays a condition: 15zb)
            tail = tail[:k] + tail[k + 1:]
            break
    for k in range(len(tail) - 4):
        if tail[k:k + 4] in (["with", "the", "expectation", "that"], ["on", "the", "expectation",
                                                                     "that"]) and \
                not _US_NAMES.isdisjoint(tail[k + 4:k + 7]) and _us_provides(tail[k + 5:k + 12]):
            return "us-backstop"  # (s58) "ready to send troops ..., with the expectation that
            # the US will provide backup": the offer on that expectation
    marker = any(w in _IF_WORDS for w in tail) or any(
        # "..., provided the US offers a backstop" (not "provided the logistics"; 15j)
        (a in ("provided", "providing") and b in ("the", "a", "it", "they", "there")
         and k > 0 and tail[k - 1] in (",", "—", "–"))  # (s23: "...—provided the US offers")
        # (s65) "provided (its) parliament votes in favour", "provided the Dáil approves"
        or (a in ("provided", "providing") and _parliament_after(tail, k + 1)
            and (k == 0 or tail[k - 1] not in _HAS_BEEN))
        # "ready to join international forces with an appropriate mandate" (15j)
        or (a == "with" and "mandate" in tail[k + 1:k + 4])
        # (s68) "open to contributing peacekeepers under a UN mandate only"
        or (a == "under" and "mandate" in tail[k + 1:k + 4]
            and "only" in tail[k + 2:k + 6])
        # (s22) "ready and willing to put troops on the ground, with U.S. backing"
        or (a == "with" and _with_us_backing(tail[k + 1:k + 5]))
        # "contingent on" (an adjective), not "a military contingent to Ukraine" (15j)
        or (a == "contingent" and b in ("on", "upon") and k > 0 and tail[k - 1] in _BE_ETC)
        for k, (a, b) in enumerate(zip(tail, tail[1:], strict=False))
    ) or any(
        (a in ("provided", "providing", "as") and b in ("that", "long"))
        or (a == "subject" and b == "to")
        or (a == "only" and b in ("with", "under"))
        for a, b in zip(tail, tail[1:], strict=False)
    ) or any(  # (s58) "ready to participate ..., but only after the Finnish parliament has
        # considered the matter"
        a == "only" and tail[k + 1:k + 2] == ["after"] and not set(
            PARLIAMENTS).isdisjoint(tail[k + 2:k + 8])
        and {"election", "elections", "poll", "polls", "recess", "sworn", "new", "elected",
             "constituted", "un", "security"}.isdisjoint(tail[k + 2:k + 8])
        for k, a in enumerate(tail)
    ) or any(  # (s56) "..., provided Washington (the US) offers a backstop": a condition that
        # opens its clause (not "has provided American-made air defences", "provided Washington
        # with intelligence")
        a == "provided" and (k == 0 or tail[k - 1] in (",", ";") or _us_provides(tail[k + 1:k + 9])
                             and tail[k - 1] not in ("had", "has", "have", "was", "were", "is",
                                                     "been", "be"))
        and
        (tail[k + 1:k + 2] != [] and tail[k + 1] in _US_WORDS or tail[k + 1:k + 2] == ["the"]
         and tail[k + 2:k + 3] != [] and tail[k + 2] in _US_WORDS) and "with" not in tail[k + 2:k + 5]
        for k, a in enumerate(tail)
    ) or any(  # (review s44) "ready to send troops once parliament approves (the US confirms
        # its backstop)": a condition; "once a ceasefire is agreed" stays the premise
        a == "once" and (not (_PARLIAMENT_WORDS | _APPROVING).isdisjoint(tail[k + 1:k + 5])
                         or not _US_WORDS.isdisjoint(tail[k + 1:k + 4]))
        for k, a in enumerate(tail)
    ) or (only and bool({"with", "under"} & set(tail))) or _only_within(tail, only) or any(
        # "as part of any UN-mandated operation": the mandate as a modifier (15v)
        w == "mandated" and k > 0 and tail[k - 1] == "-" for k, w in enumerate(tail))
    us_needed = _us_needed_after_but(tail)
    if not marker and backing_not_needed(tail):
        return None
    if not marker and not (
        {"requires", "require", "needs", "need", "needed", "required", "submitted", "final"} &
        set(tail)
        and (set(tail) & (_PARLIAMENT_WORDS | {"mandate", "approval", "consent", "backstop",
                                              "backing"})
             # (s69, rv67-own) "but the so-called triple lock requires a UN resolution"
             or un_resolution_required(tail)
             # (s74, a reviewer's probes) "would require a US security guarantee"
             or _us_guarantee(tail))
        # (s31) "ready to send troops, but a US backstop will be vital (there must be one)"
        or _ESSENTIAL & set(tail) and "backstop" in tail
        # (s31) "..., but there has to be American backing"
        or _us_required(tail)
    ) and not _wants_guarantee(tail) and not us_needed:
        return None
    if us_needed or not marker and _us_required(tail):
        return "us-backstop"
    words = set(tail)
    if not any(w in _IF_WORDS for w in tail) and any(
            a == "with" and "mandate" in tail[k + 1:k + 4] for k, a in enumerate(tail)):
        return "mandate"  # the marker was "with an appropriate mandate" (15j)
    cond0 = next((k for k, w in enumerate(tail) if w in ("if", "unless")), None)
    if cond0 is not None and (cond0 == 0 or tail[cond0 - 1] != ","):
        # (s45) a condition that opens the words ("If the UN decides, Indonesia is prepared to
        # deploy ... to help secure peace"): its clause, not the purpose after it;
        # (s18) "willing to send troops if there was a peace deal, following discussions ...,
        # Starmer was pressed ... as to why he was not making a full Commons statement": the
        # condition ends with its clause, the parliament after it is no part of it
        cend0 = next((k for k in range(cond0 + 1, len(tail)) if tail[k] == ","), len(tail))
        words = set(tail[:cend0])
        later = tail[cend0:]
        if later[:2] == [",", "but"] and (_us_required(later) or "backstop" in later and not (
                _ESSENTIAL | _BACKSTOP_NEEDED).isdisjoint(later) or _us_must_join(later)):
            return "us-backstop"  # (s58) "... if there is a lasting peace agreement, but there
            # must be a US backstop": the premise, then the condition
    if words & _PARLIAMENT_WORDS or words & {"vote", "approval", "consent"}:
        return "parliament"
    if "mandated" in words:
        return "mandate"  # "any United Nations-mandated operation" (15v; not the US)
    if _us_in_condition(tail):
        return "us-backstop"
    cond = next((k for k, w in enumerate(tail) if w in ("if", "unless")), None)
    if cond is not None:
        cend = next((k for k in range(cond + 1, len(tail))
                     if tail[k] in _CONDITION_ENDS or tail[k] in SPEECH or tail[k] == ","), len(tail))
        if _war_ends(tail[cond:cend]) and words.isdisjoint(_US_WORDS | _PARLIAMENT_WORDS):
            return None  # "if the war ends": the force's premise, as a ceasefire is (s13)
        if _force_called_for(tail[cond:cend]) and words.isdisjoint(
                _US_WORDS | _PARLIAMENT_WORDS | _MANDATE_WORDS):
            return None  # "prepared to contribute troops if European peacekeeping forces are
            # needed": the force coming into being is its premise, no condition (s17)
    if words & _CEASEFIRE_WORDS and cond is not None and cond > 0 and \
            _CEASEFIRE_WORDS.isdisjoint(tail[cond:]) and tail[cond - 1] == ",":
        # "prepared to deploy its peacekeepers following a truce, if Moscow consents": the ceasefire
        # is the timing phrase before the condition, the condition is what follows "if" (15x)
        return _condition_named(tail[cond:])
    if words & _CEASEFIRE_WORDS or _deal_reached(tail):
        # "if a ceasefire is agreed", "once a peace deal is reached", "if a deal is reached",
        # "contingent on a lasting peace": the force's premise, no condition (§5, §11's settled
        # convention, session 8's ruling, kept in session 11); the terms of a ceasefire are one
        if words & _TERMS_WORDS:
            return "ceasefire"
        if "mandate" in words:
            return "mandate"  # (s66) "provided there was a ceasefire and a clear mandate": the
            # premise, and a mandate beside it
        return "other" if words & _DEFINED else None  # "only if a ceasefire is reached and
        # each nation's role is clearly defined": terms beside the premise (15v)
    # the mandate must be the condition's own words: "joining an international mission if X" is
    # conditional on X, not on a mandate (s13)
    named = set(tail[cond:]) if cond else words  # (s45: a condition opening the words: its own)
    if named & _MANDATE_WORDS or "mandated" in words:
        return "mandate"
    return "other"


def _premise_only(words: list[str]) -> bool:
    """(s45) What something depends on is a ceasefire or a peace deal and nothing else a
    condition names (the US, a parliament, a mandate, the terms): the force's premise."""
    named = set(_united(words))
    return bool(named & _CEASEFIRE_WORDS or _deal_reached(words)) and \
        named.isdisjoint(_US_WORDS | _PARLIAMENT_WORDS | _MANDATE_WORDS | _TERMS_WORDS
                         | _APPROVING | {"mandated", "backing", "backstop", "guarantee",
                                         "guarantees", "support",
                                         # "would depend on the form of the peace agreement":
                                         # its terms
                                         "form", "format", "shape", "nature", "details",
                                         "content", "type", "kind"})


_ESSENTIAL = frozenset({"vital", "essential", "crucial", "indispensable", "must", "necessary"})


def _us_required(tail: list[str]) -> bool:
    """(s31) "there has to be (must be) American backing (a US guarantee, US air cover)" in the
    words after an offer."""
    for k in range(len(tail) - 3):
        if tail[k] == "there" and (tail[k + 1] == "must" or tail[k + 1:k + 3] in (
                ["has", "to"], ["have", "to"], ["needs", "to"])):
            after = set(tail[k + 2:k + 9])
            return not after.isdisjoint(_US_NAMES) and not after.isdisjoint(
                _BACKING | {"support", "cover", "involvement", "commitment"})
        if tail[k] in ("must", "should") and tail[k + 1] == "be" and \
                tail[k + 2] in ("backed", "underpinned", "supported", "covered") and \
                not _DEPLOYMENT_WORDS.isdisjoint(tail[max(0, k - 3):k]):
            after = set(tail[k + 3:k + 9])  # (s64) "but any deployment must (should) be backed
            # by a US security guarantee"
            return not after.isdisjoint(_US_NAMES)
    return False


_DEPLOYMENT_WORDS = frozenset({"deployment", "mission", "force", "contribution", "troops",
                               "participation"})
_FRAMES = frozenset({"mission", "operation", "force", "coalition", "framework", "contingent"})
_US_NAMES = frozenset({"us", "u.s.", "u.s", "american", "america", "washington", "united"})
_BACKING = frozenset({"backing", "backstop", "guarantee", "guarantees"})  # not "support": "to
# ensure a ceasefire is preserved, with US support" names the plan's help, not a condition (sets 15, 33)


def _with_us_backing(after: list[str]) -> bool:
    """The words after "with" are the US's backing: "U.S. backing", "the backing of the United
    States" is not read here, "American support" (s22)."""
    words = [w for w in after if w not in ("the", "a", "'s", "’s", "'", "’", "states", "military")]
    return len(words) >= 2 and words[0] in _US_NAMES and words[1] in _BACKING




def _only_within(tail: list[str], only: bool) -> bool:
    """(s18) "would only deploy ... as part of a broader European or international peacekeeping
    mission", "will send its soldiers only as part of a UN mission": the frame is the
    condition."""
    for k in range(len(tail) - 2):
        if tail[k:k + 3] == ["as", "part", "of"] and (only or tail[k - 1:k] == ["only"]) and \
                not _FRAMES.isdisjoint(tail[k + 3:k + 10]):
            return True
    return False


def _kept_on_terms(tail: Sequence[str]) -> bool:
    """(review s58) "unless they secure US backing", "if Washington refuses a backstop": an
    "unless" or "if" whose clause names terms (the US, a backstop, parliament, a mandate); not
    "unless you believe the briefings from Paris"."""
    k = next((j for j, w in enumerate(tail) if w in ("unless", "if")), None)
    if k is None:
        return False
    words = set(tail[k + 1:k + 10])
    return not words.isdisjoint(_US_WORDS | _COVER | _PARLIAMENT_WORDS | _MANDATE_WORDS)


_NEEDED = ("necessary", "needed", "required")
_HAS_BEEN = frozenset({"had", "has", "have", "was", "were", "is", "been", "be"})


def _parliament_after(tail: list[str], k: int) -> bool:
    """(s65) A parliament opens the clause at ``k`` ("parliament votes", "its parliament
    approves", "the Dáil approves"), with no "with" after it ("provided parliament with a
    briefing": what was given)."""
    j = k + 1 if tail[k:k + 1] in (["its"], ["their"], ["the"]) else k
    return tail[j:j + 1] != [] and tail[j] in _PARLIAMENT_WORDS and "with" not in tail[j + 1:j + 3]


def _if_needed(after_if: list[str]) -> bool:
    """"if necessary", "if needed", "if it deems necessary", (s45) "if it is necessary (for the
    good of Ukraine)": no condition named (s18)."""
    return after_if[:1] in (["necessary"], ["needed"], ["required"]) or (
        "necessary" in after_if and not {"deems", "deemed", "deem"}.isdisjoint(after_if)) or (
        after_if[:2] in (["it", "is"], ["it", "was"], ["it", "becomes"], ["they", "are"])
        and after_if[2:3] != [] and after_if[2] in _NEEDED)
_DEFINED = frozenset({"defined", "clarified", "specified", "spelled", "settled"})
_BACKSTOP_NEEDED = frozenset({"needed", "required", "essential", "necessary", "vital", "needs",
                              "need"})
