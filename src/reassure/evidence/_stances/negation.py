"""Negation, refusals and hedges: when a negation before a cue makes it a refusal
(`_negated`), when a refusal is kept open ("unless", "for now", "put off"), a refusal of another's
offer, "without" a requirement, money offered instead of troops, and a statement withheld."""

from __future__ import annotations

from collections.abc import Sequence

from reassure.evidence._gazetteer import HOST_AND_ADVERSARY
from reassure.evidence._stances.conditions import _condition_named, _if_needed, _kept_on_terms
from reassure.evidence._stances.cue_clause import _EXCLUDING, _KEPT_OPEN, _NOT_TROOPS
from reassure.evidence._stances.holders import _OUT_VERBS, MONEY_WORDS
from reassure.evidence._stances.lexicon import (
    _MAY,
    _NOT_CONTRIBUTORS,
    _PLAN_NOUNS,
    _PLEDGE_NOUNS,
    _QUOTES,
    _US_WORDS,
    NEGATIONS,
    PARLIAMENTS,
    TROOP_WORDS,
    StanceHit,
)
from reassure.evidence._text import SPEECH, Mention, Sent

# (s60) the people a nation sends (not "force" or "mission", which money can fund)
SENT_PEOPLE = frozenset({"troops", "soldiers", "personnel", "peacekeepers", "servicemen", "boots",
                         "contingent", "brigade", "battalion", "troop"})


def until_contrast(words: list[str]) -> list[str]:
    """(s60) ``words`` up to a contrast ("rather than send soldiers", "instead of", "not")."""
    k = next((j for j, w in enumerate(words) if w in ("rather", "instead", "not", "but")),
             len(words))
    return words[:k]


def opting_out(span: list[str]) -> bool:
    """(s60) A verb of staying out among the words between a nation and the force: "will sit
    out (stay out of, opt out of) the force"."""
    return any(w in _OUT_VERBS and span[k + 1:k + 2] == ["out"] for k, w in enumerate(span))


def plan_given_up(span: list[str]) -> bool:
    """(s71) A verb of giving a plan up among the words between a nation and its troops, not
    negated: "Paris and London are abandoning plans to deploy their troops" (no offer now)."""
    return any(w in _GIVEN_UP and NEGATIONS.isdisjoint(span[max(0, k - 3):k])
               for k, w in enumerate(span))


def money_offer(span: list[str]) -> bool:
    """(s60) Money between a nation and the force: "pledged 1 billion euros to fund the force",
    "will contribute financially to the force"."""
    return not MONEY_WORDS.isdisjoint(span) or any(
        w in ("million", "billion", "bn") and k > 0 and span[k - 1][:1].isdigit()
        for k, w in enumerate(span))


_MONEY_GIVING = frozenset({"contribute", "contributes", "contributed", "contributing", "pledged",
                           "pledge", "pledges", "pledging", "offered", "offer", "offers", "offering",
                           "provide", "provides", "provided", "providing", "commit", "commits",
                           "committed", "committing"})
_CONSIDERED = frozenset({"consideration", "chances", "chance"})
_WARMING = frozenset({"warming", "warmed", "warms"})  # (s60) "is warming to the idea of joining"
# (s65) a refusal's own word, which a negation before it turns ("has not declined")
# (s67, a reviewer's probes) an offer taken back: "withdrew the offer", "backed away from"
TAKEN_BACK = frozenset({"withdrew", "withdraws", "withdrawn", "withdrawing", "withdraw",
                        "retracted", "retracts", "rescinded", "dropped", "drops", "scrapped",
                        "revoked", "backed", "backs", "backing", "back", "walked", "walks",
                        "walking", "walk"})
_REFUSAL_WORDS = frozenset({"refuse", "refuses", "refused", "refusing", "decline", "declines",
                            "declined", "declining", "unwilling"})
# (s65) a nation on its way to an offer: "leaning towards", "inclined to", "edging closer to"
_LEANING = frozenset({"leaning", "leans", "leaned", "inclined", "edging", "edges", "moving",
                      "moves", "tilting"})
_TOWARDS = frozenset({"towards", "toward", "to", "closer"})


def leaning_towards(words: list[str]) -> bool:
    """(s65) "leaning towards", "inclined to", "edging closer to", "moving towards (a decision
    to)" among ``words``."""
    return any(a in _LEANING and b in _TOWARDS and not (a in ("moving", "moves") and b == "to")
               for a, b in zip(words, words[1:], strict=False))
_REQUESTS = frozenset({"requests", "request", "invitations", "invitation", "calls", "proposals"})
_WEIGHING = frozenset({"evaluating", "evaluates",  # (s36)
                       "considering", "considers", "consider", "weighing", "mulling", "studying",
                       "exploring", "whether", "about", "discussing", "debating"})
_PLEDGES = frozenset({"commitment", "pledge", "offer", "contribution"})
_OFFERED = frozenset("troops soldiers forces personnel peacekeepers contingent company battalion boots "
                     "unit actual".split())
_HOW_MUCH = frozenset({"size", "scale", "number", "how", "format", "shape", "form"})
_READY_WORDS = frozenset({"ready", "prepared", "willing", "available"})
# (s21) "are demonstrating their willingness to participate, but ...": the noun, bare, too
_READY_NOUNS_TOO = _READY_WORDS | {"willingness", "readiness"}


def _clause_ends(low: list[str], e: int) -> bool:
    """Nothing but the end of the clause follows token ``e``: a bare "ready to participate"."""
    return e >= len(low) or low[e] in (".", ",", ";", "!", "—", "–", "but") or (
        low[e] in _QUOTES and (e + 1 >= len(low) or low[e + 1] in (",", ".", "”", '"')))


# refusing or agreeing "to contribute" needs no object: it is the force the report is about
_AGREE = frozenset({"declined", "declines", "decline", "refused", "refuses", "refuse", "agreed",
                    "agrees", "agree"})


def _object_of_weighing(low: list[str], s: int) -> bool:
    """The cue at ``s`` is what a weighing cue weighs, across quotes and a request noun:
    'would "favorably consider" requests to participate in such a mission'."""
    k = s - 1
    while k >= 0 and s - k <= 5 and (low[k] in _QUOTES or low[k] in _REQUESTS
                                     or low[k] in ("to", "a", "the", "any")):
        k -= 1
    return k >= 0 and k < s - 1 and low[k] in _WEIGHING and bool(_REQUESTS & set(low[k:s]))


def _some_of_them(low: list[str], e: int, words: set[str]) -> bool:
    """The object is "some" or "them" in a sentence about troops ("the US will not send troops,
    but Britain may send some")."""
    return low[e:e + 1] in (["some"], ["them"]) and low[e + 1:e + 2] in ([], ["."], [","]) and \
        bool(words & TROOP_WORDS)


def _bare_object(low: list[str], e: int, words: set[str]) -> bool:
    """Nothing (or only "to it") follows the verb, or the sentence speaks of troops."""
    rest = [w for w in low[e:] if w not in (".", ",", ";", "!", "”", '"', "’")]
    if e < len(low) and low[e] in (",", ";", ".", "—", "–", "but"):
        return True  # "Norway agreed to contribute, officials said"
    if any(w in _NOT_TROOPS for w in rest[:4]):
        return False  # "refused to provide US military cover or other support": not troops
    return not rest or rest[:2] == ["to", "it"] or bool(words & TROOP_WORDS)


_CONTRAST = frozenset({"but", "though", "although", "however", "yet"})
_POSITIVE_TO_NEGATED = {"ready": "declines", "open": "declines"}
_REFUSED_SENDING = frozenset({"deploying", "sending", "deployment", "dispatching", "dispatch",
                            "participation", "participating", "contributing", "contribution"})


_FLAT_ADVERBS = frozenset({"categorically", "completely", "entirely", "explicitly", "yet",
                           "fully", "definitively", "flatly", "outright", "formally",
                           "officially", "publicly", "openly", "totally", "altogether"})


def _not_before_verb(low: list[str], s: int) -> bool:
    """(s51) The negation governs the verb at ``s`` itself: "did not reject", "has not yet (not
    categorically) rejected" -- not "did not hesitate to reject"."""
    k = s - 1
    if k >= 0 and low[k] in _FLAT_ADVERBS:
        k -= 1
    return k >= 0 and low[k] in ("not", "n't", "never")


def _own_sending_after(low: list[str], e: int) -> bool:
    """(s51) The object of a negated refusal is a sending of troops ("does not reject the idea
    (possibility, scenario) of deploying its military"): a verbal noun of sending within a few
    words of the cue, and troops or a mission named after it."""
    ahead = low[e:e + 6]
    k = next((i for i, w in enumerate(ahead) if w in _REFUSED_SENDING), None)
    return k is not None and not (TROOP_WORDS | {"military", "soldiers"}).isdisjoint(
        low[e + k:e + k + 8])


# a refusal of the offer just before a positive cue ("rejected any plans to send"; issue 15j)
_KEEP_PEACE = ("secure", "enforce", "guarantee", "police", "keep", "maintain", "uphold")
_PASSIVE_SENT = ("sent", "provided", "contributed", "deployed", "supplied", "dispatched")
_REFUSED_BEFORE = frozenset({"rejected", "rejects", "reject", "rejecting", "dismissed",
                             "dismisses", "denied", "denies", "unwillingness", "unwilling",
                             # (s31) "Warsaw's refusal to join the mission" (read as ready)
                             "refusal"})
# issue 15q: a refusal of someone's offer ("Meloni refused Macron's offer to participate"), and an
# offer given up ("Britain has abandoned earlier plans to send 30,000 troops": no stance)
_REFUSED_OFFER = frozenset({"refused", "refuses", "refusing", "rejected", "rejects", "declined",
                            "turned"})
_OFFER_FILLER = frozenset({"'s", "’s", "offer", "offers", "invitation", "proposal", "call",
                           "request", "down", "the", "an", "a", "any", "to"})
def _kept_unless(low: list[str], s: int, e: int) -> bool:
    """(s58) "are likely to abandon their plan to deploy troops unless they secure US backing":
    the plan stands on the condition (read by the condition's reader), not given up."""
    k = next((j for j in range(s - 1, max(-1, s - 4), -1) if low[j] in _GIVEN_UP), None)
    return k is not None and k >= 2 and _hedged(low, k) and _kept_on_terms(low[e:])


def _hedged(words: Sequence[str], k: int) -> bool:
    """(s58) The giving-up word at ``k`` is only expected: "may abandon", "likely to abandon"."""
    return words[k - 1:k] != [] and words[k - 1] in _MAY or words[max(0, k - 2):k] == ["likely", "to"]


_GIVEN_UP = frozenset({"cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling",
                       # "may cancel plans to send troops" (15zb)
                       "abandoned", "abandons", "abandon", "abandoning", "dropped", "drops",
                       "scrapped", "scraps", "shelved", "shelves"})


# (s47) the words between "use" and the mission it makes use of ("might use such a mission to")
USE_DETERMINERS = frozenset({"such", "a", "an", "the", "this", "that", "its"})


def _put_to_use(low: list[str], e: int) -> bool:
    """(s47) After "use" at ``e``: a mission, force or presence made use of for a purpose ("might
    use such a mission to gather intelligence"), not "a force of 10,000 troops"."""
    j = e
    while j < len(low) and j < e + 3 and low[j] in USE_DETERMINERS:
        j += 1
    return low[j:j + 1] != [] and low[j] in ("mission", "force", "presence") and \
        low[j + 1:j + 2] == ["to"]


def _refused_offer(sent: Sent, s: int) -> bool:
    """A refusal verb governs the cue at ``s`` through someone's offer or invitation: "refused
    Macron's offer to participate in the deployment" (only offer words and names between)."""
    low = sent.lower
    named = {k for m in sent.mentions for k in range(m.start, m.end)}
    for k in range(s - 1, max(-1, s - 8), -1):
        if low[k] in _REFUSED_OFFER:
            return bool({"offer", "offers", "invitation", "proposal", "call", "request"}
                        & set(low[k:s]))
        if low[k] not in _OFFER_FILLER and k not in named and low[k + 1] not in ("'s", "’s"):
            return False  # only offer words, names and possessors ("the coalition's offer")
    return False


_RELUCTANT = frozenset({"reluctant", "reluctance", "hesitant", "unwilling", "wary"})
_WITHOUT_NEEDS = frozenset({"backing", "support", "guarantee", "guarantees", "backstop", "mandate",
                            "approval", "consent", "vote", "authorisation", "authorization",
                            # s17: "without full U.S. involvement" (the US named, as backing)
                            "involvement", "participation",
                            # s24: "cannot send troops without coordination with their American
                            # partners" (the US named, as backing)
                            "coordination", "cooperation", "assurances", "protection", "cover"}) \
    | frozenset(PARLIAMENTS)  # (s56) "will not send a single soldier without parliament"


def without_required(low: list[str], e: int) -> str | None:
    """The condition named by *without* after a reluctance or a refusal to send, in its clause:
    "reluctant to send troops without US backing", "will not deploy soldiers without a UN
    mandate" (15zb: "only with" said the other way round). US backing (support, guarantees)
    needs the US named; not "without providing their own forces"."""
    for k in range(e, min(len(low), e + 14)):
        if low[k] in (";", "but", "while", "whereas", ".", "which", "who"):
            return None
        if low[k] == "without":
            if low[k - 2:k] == ["with", "or"] or low[k - 1:k] == ["even"]:
                return None  # (review s56) "with or without the Bundestag", "even without":
                # no condition, the refusal stands
            after = low[k + 1:k + 6]
            got = set(after) & _WITHOUT_NEEDS
            if not got and [w for w in after if w != "the"][:1] in (
                    ["us"], ["u.s."], ["united"], ["america"], ["washington"], ["americans"]):
                return "us-backstop"  # (s60) "would be impossible without the United States"
            if not got:
                return None
            if got <= {"backing", "support", "guarantee", "guarantees", "involvement",
                       "participation", "coordination", "cooperation", "assurances",
                       "protection", "cover"} and \
                    _US_WORDS.isdisjoint(low[k + 1:k + 8]):  # (s30) "... from the US"
                return None
            return _condition_named(after)
    return None


_HAPPEN = frozenset({"happen", "proceed", "occur", "go", "take"})
_DEPLOYMENT_NOUNS = frozenset({"deployment", "contribution", "participation", "troops",
                               "presence", "mission"})


def deployment_without(sent: Sent) -> list[StanceHit]:
    """(s30) "a British deployment would not happen without a security guarantee from the US",
    "there will be no British deployment without a US backstop": the nation whose deployment
    it is would send troops on that condition, conditional (its base ready)."""
    low = sent.lower
    out: list[StanceHit] = []
    for m in sent.mentions:
        if m.label != "NATION" or m.iso3 in _NOT_CONTRIBUTORS or low[m.end:m.end + 1] == [] or \
                low[m.end] not in _DEPLOYMENT_NOUNS:
            continue
        k = m.end + 1
        before = low[max(0, m.start - 2):m.start]
        negated = "no" in before
        if not negated and low[k:k + 2] in (["would", "not"], ["will", "not"], ["could", "not"],
                                           ["can", "not"]) and low[k + 2:k + 3] and \
                low[k + 2] in _HAPPEN:
            negated, k = True, k + 3
        if not negated:
            continue
        condition = without_required(low, k)
        if condition is not None:
            out.append(StanceHit(actor=m.iso3, actor_text=m.text, stance="conditional",
                                 cue=sent.text_of(m.start, min(len(low), k + 6)),
                                 condition=condition, base="ready"))
    return out


def _unless_after(low: list[str], e: int, only_unless: bool = False) -> bool:
    """*unless* (or *if*, not *even if*) after a refusal's cue, in its clause; with
    ``only_unless``, *unless* alone."""
    for k in range(e, len(low)):
        if low[k] in (";", "but", "while", "whereas", ".") or low[k] == "," and \
                low[k + 1:k + 2] in (["it"], ["they"], ["we"]) and low[k + 2:k + 3] != [] and \
                low[k + 2] in _CLAUSE_VERBS:
            return False  # (s47) ", it remains committed to providing logistics if ...": a clause
            # of its own (review s47: not ", it said, unless ...")
        if low[k] == "and" and low[k - 1:k] == [","] and low[k + 1:k + 2] != [] and \
                low[k + 1] in _CLAUSE_VERBS:
            return False  # (s71) "does not plan to send soldiers, and will consider this
            # option if it receives proposals": the condition is the second verb's
        if low[k] == "unless" or (low[k] == "if" and low[k - 1] != "even" and not only_unless
                                  and not _if_needed(low[k + 1:k + 4])):
            return True
        if low[k] in ("until", "till") and _condition_named(low[k + 1:k + 10]) in _UNTIL_NAMED \
                and not _UNTIL_TERMS.isdisjoint(low[k + 1:k + 10]):
            return True  # (s73, a journalist's reading) "will not send troops until the United
            # States spells out its backstop": "only once", a condition (the premise, "until a
            # ceasefire", is no refusal at all: frames._before_the_premise)
        if low[k] == "except" and low[k + 1:k + 2] != [] and low[k + 1] in _EXCEPT_WITHIN:
            return True  # (s66) "will not send soldiers, except in the framework of a United
            # Nations mission (under a UN mandate)": "unless" in translated copy
    return False
_EXCEPT_WITHIN = frozenset({"in", "under", "within", "with", "as", "through"})
_UNTIL_NAMED = frozenset({"us-backstop", "parliament", "mandate"})
# (review s73) what makes "until" a condition, not a time ("until parliament returns from its
# summer recess")
_UNTIL_TERMS = frozenset({"approves", "approve", "approved", "approval", "votes", "vote", "voted",
                          "consents", "consent", "authorises", "authorizes", "authorised",
                          "authorized", "mandate", "backstop", "guarantee", "guarantees",
                          "commits", "committed", "backing", "support", "cover", "spells"})
_CLAUSE_VERBS = frozenset({"remains", "remain", "stays", "stay", "continues", "continue", "will",
                           "would", "can", "could", "has", "have", "is", "plans", "wants"})


_REFUSE_TO = frozenset({"refuses", "refused", "refuse", "refusing", "declined", "declines",
                        "declining",
                        # (s23) "have cautiously refrained from ruling out involvement"
                        "refrained", "refrains", "refrain", "refraining",
                        # (s31) "Albanese's refusal to rule out an Australian commitment"
                        "refusal", "reluctance", "unwilling", "unwillingness"})


def _too_soon_before(low: list[str], s: int) -> bool:
    """ "too soon / too early / premature to" just before the cue at ``s``."""
    before = [w for w in low[max(0, s - 5):s] if w not in _QUOTES]
    return before[-1:] == ["to"] and (before[-3:-1] in (["too", "soon"], ["too", "early"])
                                      or before[-2:-1] == ["premature"])


def _clause_speaker(sent: Sent, s: int, names_from: int | None = None) -> list[Mention] | None:
    """The nations that speak in the clause of the cue at ``s`` ("though Riga says participation
    depends on ..."), named before its speech verb (from ``names_from``, else from the clause's
    start); None when no nation speaks there."""
    lo = sent.clause_start(s)
    speech = next((k for k in range(lo, s) if sent.lower[k] in SPEECH), None)
    if speech is None:
        return None
    start = lo if names_from is None else names_from
    found = [m for m in sent.free_mentions(start, speech) if m.iso3 not in HOST_AND_ADVERSARY]
    return [c for c in sent.coordinated(found[0]) if c.end <= speech] if found else None


_THIS_STAGE = (("at", "this", "stage"), ("at", "this", "point"), ("at", "present"),
               ("at", "the", "moment"), ("at", "this", "time"))


def _for_now(tail: list[str]) -> bool:
    """(s31) "at this stage", "at this point", "at present" in the words after a negated offer,
    before the clause ends."""
    for k in range(len(tail)):
        if tail[k] in (".", ";", "but", "while", "whereas", "although"):
            return False
        if any(tuple(tail[k:k + len(p)]) == p for p in _THIS_STAGE):
            return True
    return False


_PUT_OFF = (("not", "on", "the", "agenda"), ("not", "on", "the", "table"), ("off", "the", "table"),
            ("out", "of", "the", "question"), ("ruled", "out"), ("excluded",))


def _put_off(low: list[str], e: int) -> str | None:
    """(s56) A pledge noun's clause goes on to put it off: "participation in a ground force is
    not on the agenda (off the table, out of the question, ruled out)" within ten words, no
    clause boundary between: "off"; or "kept" when the putting off is negated ("has not been
    ruled out", "is no longer ruled out"); else None."""
    tail: list[str] = []
    for w in low[e:e + 10]:
        if w in (",", ";", ":", "but", "while", "."):
            break
        tail.append(w)
    at = next((k for p in _PUT_OFF for k in range(len(tail)) if tuple(tail[k:k + len(p)]) == p),
              None)
    if at is None:
        return None
    if tail[at] in ("ruled", "excluded") and not {"not", "n't", "never", "longer"}.isdisjoint(
            tail[max(0, at - 3):at]):
        return "kept"
    return "off"


# (s60) "will not dispatch its forces ..., the spokesman said, citing constitutional limits"
_CITING = frozenset({"citing", "cites", "cited", "invoking", "invoked"})


_ABOUT = frozenset({"about", "over", "regarding", "concerning", "on", "to", "at"})


def _others_part_after(sent: Sent, e: int) -> bool:
    """(s60) Right after a doubt or refusal cue, the part of a nation named there: "about the
    (possible) participation of Turkey", "about Turkey's involvement" (within seven words)."""
    low = sent.lower
    for m in sent.mentions:
        if not e <= m.start <= e + 7 or _ABOUT.isdisjoint(low[max(0, e - 2):e + 2]):
            continue  # (the doubt's object: not "Slovenia's participation remains uncertain, and
            # Greece's involvement ...", another clause)
        if any(x.iso3 == m.iso3 and x.end <= e and not x.governed for x in sent.mentions):
            continue  # (s72) "German Chancellor Merz said it is premature to discuss the deployment
            # of German troops": the holder's own part
        if low[m.start - 1:m.start] == ["of"] and m.start >= 2 and low[m.start - 2] in _PLEDGE_NOUNS:
            return True
        if low[m.end:m.end + 1] in (["'s"], ["’s"]) and low[m.end + 1:m.end + 2] != [] and \
                low[m.end + 1] in _PLEDGE_NOUNS:
            return True
    return False


def _given_as_reason(low: list[str], s: int) -> bool:
    """(s56) The cue at ``s`` opens a reason: "because (since, due to, given) its constitution
    ..." within the four words before it."""
    lead = low[max(0, s - 4):s]
    return "because" in lead or "since" in lead or "given" in lead or not _CITING.isdisjoint(
        lead) or any(
        a == "due" and b == "to" for a, b in zip(lead, lead[1:], strict=False))


def _object_of_negated_refusal(low: list[str], s: int) -> bool:
    """The cue at ``s`` is the object of a negated "rule out" / "exclude" right before it: "has
    not ruled out joining", "does not exclude participating"."""
    if low[max(0, s - 2):s] in (["ruled", "out"], ["rule", "out"], ["opposed", "to"]):
        verb = s - 2
    elif s > 0 and low[s - 1] in ("exclude", "excluded", "excludes", "against"):
        verb = s - 1  # (s54) and "is not against taking part", "would not be opposed to joining"
    elif s > 1 and low[s - 1] == "to" and low[s - 2] in ("exclude", "excluded", "excludes"):
        verb = s - 2  # (s56) "does not exclude to participate in" (translated copy)
    else:
        return False
    return any(w in ("not", "n't", "never") for w in low[max(0, verb - 3):verb])


_NO_CASE = frozenset({"circumstances", "circumstance", "case", "account", "point", "time",
                      "means", "condition", "conditions"})
_INVERTING_AUX = frozenset({"will", "would", "shall", "should", "can", "could", "does", "did", "do",
                            "is", "are", "was", "were", "has", "have", "had", "may", "might"})


def _inverted_negation(low: list[str], lo: int, s: int) -> bool:
    """(s59) A negative adverbial opening the clause, its auxiliary before the subject: "Under no
    circumstances will Greece send troops", "At no point would Italy deploy soldiers", "Never
    will Hungary send troops"."""
    for k in range(lo, min(s, lo + 4)):
        if low[k] == "no" and k + 1 < s and low[k + 1] in _NO_CASE and \
                not _INVERTING_AUX.isdisjoint(low[k + 2:k + 4]):
            return True
        if low[k] == "never" and k + 1 < s and low[k + 1] in _INVERTING_AUX:
            return True
    return False


def _no_question_of(low: list[str], lo: int, s: int) -> bool:
    """(s66) "There is no question of Hungary taking part", "no question of Slovakia sending
    troops": the offer ruled out ("no question that" is certainty, and is not this)."""
    return any(low[k:k + 3] == ["no", "question", "of"] for k in range(max(lo, s - 8), s - 2))


_NO_TROOPS_AFTER = frozenset({"troops", "soldiers", "boots", "peacekeepers"})


def _but_no_troops(low: list[str], s: int) -> bool:
    """(s66) "would send civilian experts but no soldiers", "will help with demining but not
    with troops": what it offers is something else, and no troops."""
    for k in range(s + 1, min(len(low) - 2, s + 12)):
        if low[k] in (".", ";", "?"):
            return False
        if low[k] == "but" and low[k + 1] in ("no", "not"):
            rest = low[k + 3:k + 4] if low[k + 2] == "with" else low[k + 2:k + 3]
            return bool(rest) and rest[0] in _NO_TROOPS_AFTER and \
                _NO_TROOPS_AFTER.isdisjoint(low[s:k])  # (not "troops, but no tanks")
    return False


_STATED_NOUNS = frozenset({"willingness", "readiness", "intention", "interest", "desire", "wish",
                           "pledge", "offer", "commitment"})
_STATING_VERBS = frozenset({"expressed", "express", "shown", "show", "showed", "signalled",
                            "signaled", "signal", "indicated", "indicate", "voiced", "voice",
                            "stated", "state", "declared", "declare", "announced", "announce",
                            "confirmed", "confirm", "made", "make", "given", "give", "gave",
                            "expressing", "showing"})
_STATING_FILLERS = frozenset({"yet", "so", "far", "publicly", "officially", "formally", "clearly",
                              "explicitly", "any", "a", "an", "its", "their", "his", "her", "the",
                              "been", ","})


def statement_withheld(low: list[str], s: int) -> bool:
    """(s60) A stating verb, negated, before a will noun: "has not (yet) expressed a
    willingness to participate", "did not signal any readiness to send troops", "has not made
    any pledge of troops", "has shown no readiness to send soldiers": no statement so far, not a
    refusal. The words between are the verb, determiners and "yet"-like adverbs."""
    if low[s] not in _STATED_NOUNS:
        return False
    if s >= 2 and low[s - 1] == "no" and low[s - 2] in _STATING_VERBS:
        return True
    k, verb = s - 1, False
    while k >= max(0, s - 7):
        w = low[k]
        if w in _STATING_VERBS and not verb:
            verb = True
        elif w in ("not", "n't", "never"):
            return verb
        elif w not in _STATING_FILLERS:
            return False
        k -= 1
    return False


def _negated(stance: str, sent: Sent, s: int) -> bool:
    low = sent.lower
    bar = max((k for k in range(max(0, s - 8), s) if low[k] == "|"), default=None)
    if bar is not None:  # (s64) a table's cell ends a negation's reach: "| Italy | No | Has
        low = ["|"] * (bar + 1) + low[bar + 1:]  # ruled out troops |" (no "No ... ruled out")
    if stance in ("ready", "open") and statement_withheld(low, s):
        return True
    if stance in ("ready", "open") and _inverted_negation(low, sent.clause_start(s), s):
        return True
    if stance in ("ready", "open") and _no_question_of(low, sent.clause_start(s), s):
        return True
    if stance in ("ready", "open") and _but_no_troops(low, s):
        return True
    if stance == "declines" and low[s] in ("opposed", "against") and \
            any(w in NEGATIONS for w in low[max(0, s - 3):s]):
        return True  # (review s53) "would not be opposed to sending troops", "is not against
        # taking part": a refusal negated, as "has not ruled out"
    if stance in ("ready", "open") and (low[max(0, s - 2):s] == ["opposed", "to"] or
                                        low[s - 1:s] == ["against"]):
        # (s56: not "cautioned against premature discussions on sending troops", undecided)
        return True  # (s54) "is opposed to joining", "is against taking part": the offer refused
        # (negated, "is not against taking part", it never gets here: the refusal's cue reads it)
    if stance == "declines" and (low[s] in _REFUSAL_WORDS or low[s] in TAKEN_BACK) and \
            any(w in NEGATIONS for w in low[max(0, s - 3):s]):
        return True  # (s65) "does not refuse", "has not declined", "is not unwilling to send":
        # a refusal negated, as "is not opposed to"
    if stance == "declines" and low[s:s + 2] in (["say", "no"], ["saying", "no"]) and \
            low[s - 1:s] != [] and (low[s - 1] in NEGATIONS or low[s - 1] in _HARDLY):
        # (not "will not hesitate to say no"; "could hardly say no to contributing troops")
        return True  # (s56) "will not say no to contributing troops": a refusal negated, open
    if stance == "declines" and low[s] not in _EXCLUDING:
        return False  # the negation is part of the cue ("will not send")
    if stance == "declines" and not _REFUSE_TO.isdisjoint(low[max(0, s - 3):s]):
        return True  # "refuses to rule out sending troops": not ruling it out (15t)
    if stance == "open" and low[s] in _KEPT_OPEN - {"all", "every"}:
        return False  # (s31) "does not want to rule anything out": open, the negation is
        # what keeps every option
    if stance == "declines" and low[s] in _EXCLUDING and low[s + 1:s + 3] in (
            ["out", "nothing"], ["nothing", "out"]):
        return True  # (s31) "has ruled out nothing": every option kept
    if stance == "declines" and "nothing" in low[max(0, s - 3):s]:
        return True  # (s31) "nothing is off the table", "nothing has been ruled out": every
        # option kept, as "has not ruled out" (read as a refusal before)
    if stance != "declines" and _owned_plan(sent, s):
        return False  # (s41b) "rejected (was not against) a plan by X and Y to send troops":
        # someone else's view of the plan; the owners' readiness stands
    if stance != "declines" and not _REFUSED_BEFORE.isdisjoint(low[max(0, s - 3):s]):
        return True
    if s >= 2 and low[s - 1] == "to" and low[s - 2] in _INTENT_NOUNS and \
            any(w in NEGATIONS for w in low[max(0, s - 5):s - 2]):
        return True  # "does not have plans to participate in" (s15)
    if stance != "declines" and s > 0 and low[s - 1] in ("denied", "denies", "deny", "denying"):
        return True  # (s18) "Germany denied pledging to deploy troops"
    near = low[max(0, s - 3):s]
    if s >= 3 and low[s - 3:s - 1] == ["not", "alone"] and low[s - 1] == "in":
        return False  # (s18) "Luxembourg is not alone in ruling out ground troops": it rules
        # them out, as others do
    if "not" in near and not _UNWISE.isdisjoint(
            w for w in low[max(0, s - 8):max(0, s - 3) + near.index("not")] if w not in _QUOTES):
        return False  # 'It is "unwise" not to discuss participation': two negations (s17)
    if _no_troops_subject(low[sent.clause_start(s):s]):
        return True  # (s73, a reviewer's probes) "No German ground troops would be stationed
        # inside Ukraine": the subject's "no" three words or more before the verb
    return any(w in NEGATIONS for w in near) or (
        s > 0 and low[s - 1] in ("without", "cannot")
    ) or not {"neither", "none"}.isdisjoint(low[sent.clause_start(s):s])  # "Neither Spain nor
    # Portugal will send"; (s59) "the holdouts: none plans to send soldiers"


def _no_troops_subject(head: list[str]) -> bool:
    """The clause before the cue is a subject "no ... troops" (its troop word within three words
    of the "no", no "that" or speech verb after it: not "no doubt that British troops")."""
    no = max((k for k, w in enumerate(head) if w == "no"), default=None)
    if no is None or len(head) - no > 6 or not {"if", "unless", "whether"}.isdisjoint(head[:no]):
        return False  # (review s73) not "If no US troops take part, Poland will still send"
    return any(w in TROOP_WORDS for w in head[no + 1:no + 4]) and \
        _NO_SUBJECT_ENDS.isdisjoint(head[no + 1:]) and SPEECH.isdisjoint(head[no:])


def _owned_plan(sent: Sent, s: int) -> bool:
    """(s41b) The cue at ``s`` is "plan (proposal, suggestion) by (of) <nation>": a plan with
    named owners, whatever the sentence's subject thinks of it."""
    low = sent.lower
    if low[s] in _PLAN_NOUNS and low[s - 1:s] in (["'s"], ["’s"]) and any(
            m.end == s - 1 and m.iso3 not in _NOT_CONTRIBUTORS for m in sent.mentions):
        return True  # (s58) "Russia dismissed Macron's plan (proposal) to deploy troops"
    return low[s] in _PLAN_NOUNS and low[s + 1:s + 2] in (["by"], ["of"]) and any(
        s + 2 <= m.start <= s + 3 and m.label != "PERSON" for m in sent.mentions)


_NO_SUBJECT_ENDS = frozenset({"that", "whether", "one", "doubt", "question", "way", "sign"})
_UNWISE = frozenset({"unwise", "wrong", "mistake", "foolish", "irresponsible", "unthinkable"})


_INTENT_NOUNS = frozenset({"plans", "plan", "intention", "intentions"})
_HARDLY = frozenset({"hardly", "scarcely", "barely"})
