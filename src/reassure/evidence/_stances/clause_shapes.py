"""Later readings run after `find_stances` (written in sessions 41-44), by the clause's shape:
shapes that add a stance (`clause_shape_stances`, `denied_own_part`,
`offers_unlike_envisioned_pledged`, `indirect_offers`, `sayers_troops_could`) or drop one that
only seemed a stance (`needed_offers` ... `plans_under_review`, `misread_by_clause_shape`,
`misread_by_wording`, `false_stories`, `expected_refusals`), and polls (`poll_findings`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from reassure.evidence._gazetteer import HOST_AND_ADVERSARY
from reassure.evidence._stances.conditions import _ESSENTIAL, _US_NAMES
from reassure.evidence._stances.cue_clause import _denial_governs
from reassure.evidence._stances.frames import _SENDING_AFTER_WHETHER, _WITHOUT_SENDING
from reassure.evidence._stances.holders import (
    _ANAPHORS,
    _AUX_LIKE,
    OUTSIDE_VOICES,
    STANCE_CONTEXT,
    outside_government,
)
from reassure.evidence._stances.lexicon import (
    _MAY,
    _MODALS,
    _NOT_CONTRIBUTORS,
    _QUOTES,
    NEGATIONS,
    TROOP_STANCES,
    TROOP_WORDS,
    WITHDRAWN,
    StanceHit,
    cue_at,
)
from reassure.evidence._stances.negation import _clause_ends, leaning_towards
from reassure.evidence._stances.owners import _DEMONYM_SET, _UNKNOWN, _is_document
from reassure.evidence._stances.phrasings import (
    _ANY_TROOP_WORD,
    _DENY_SUGGESTION,
    _OWN_TROOP_NOUNS,
    _SUGGESTIONS,
)
from reassure.evidence._text import DETS, LIST_GLUE, SPEECH, Mention, Sent

# (s41) clause shapes from all four rebuilt lists' misses: `clause_shape_stances` adds what the
# cues missed (a stance held by the clause's shape, not by a new phrase), `needed_offers` ...
# `plans_under_review` drop what only seemed one
# what may stand before "against" when it is the predicate: a copula or an adverb after one ("are
# outright against"), or a verb of speaking out ("spoke against", "came out against")
_AGAINST_PREDICATE = frozenset({"is", "are", "was", "were", "remain", "remains", "remained", "be",
                                "been", "firmly", "strongly", "outright", "flatly", "clearly",
                                "also", "still", "all", "both", "spoke", "speaks", "speak", "spoken",
                                "out", "argued", "argues", "campaigned", "lobbied", "sided",
                                "reportedly", "publicly", "openly", "categorically", "largely"})
# the heads "against" takes as a refusal of the force: the sending itself, or the plan for it
_AGAINST_HEADS = frozenset({"deployment", "deployments", "deploying", "sending", "dispatch",
                            "dispatching", "mission", "troops", "participation", "involvement",
                            "contribution", "plan", "plans", "proposal", "proposals", "idea",
                            "initiative", "scheme", "move"})
# (s68) "..., but Germany and Poland are said to be against the move": the sending just named
_AGAINST_PLAN = frozenset({"plan", "plans", "proposal", "proposals", "idea", "initiative", "scheme",
                           "move"})
_AGAINST_FILLER = frozenset({"the", "any", "a", "an", "such", "this", "that", "these", "those",
                             "-", "anglo", "franco", "british", "french", "european", "western",
                             "peacekeeping", "military", "troop", "ground", "foreign", "proposed",
                             "planned", "possible", "potential", "so", "called", "so-called",
                             '"', "“", "”", "'", "‘", "’", "large", "scale", "new"})
# "as proposed (planned) by X and Y" after the sending: the proposers' own offer (the plan
# leaders' convention, §5), as "a plan by X and Y to send troops" is
_PROPOSED_BY = frozenset({"proposed", "planned", "suggested", "envisaged", "envisioned",
                          "devised", "championed", "floated"})
_SENDING_PROPOSED = frozenset({"sending", "deploying", "deployment", "dispatching", "stationing",
                               "send", "deploy"})
_NOT_YET_MADE = frozenset({"made", "taken", "reached"})
CLAUSE_SHAPE_TRIGGERS = frozenset({"against", *_PROPOSED_BY, "forward", "decision", "decisions"})


def _proposers_after(sent: Sent, at: int) -> list[Mention]:
    """The nations listed from token ``at`` on ("by the U.K. and France": from "the")."""
    low = sent.lower
    out: list[Mention] = []
    for m in sent.mentions:
        if m.start < at:
            continue
        if not all(w in LIST_GLUE or w == "the" for w in low[at:m.start]):
            break
        out.append(m)
        at = m.end
    return [m for m in out if m.iso3 not in HOST_AND_ADVERSARY and m.label != "PERSON"]


def clause_shape_stances(sent: Sent, topic: AbstractSet[str] = frozenset()
                         ) -> list[tuple[Mention, str, int, int]]:
    """(s41) Stances their clause's shape holds that no cue read:

    - "against" as the predicate, with the sending or the plan for it as its object: "Croatia
      and Portugal are flatly against deployments", "Austria spoke against the Franco-German
      peacekeeping plan" (declines; "against sending" was a cue, these were not); (s44) "are
      firmly against it (the idea)" after a sentence on the force (``topic``: its force words);
    - "sending troops as proposed by Denmark and Norway": the proposers' own sending (ready);
    - "Although no final decision has been made, the Norwegian ministry says ...": the decision
      not yet made is the one nation's the sentence names (undecided).
    """
    low = sent.lower
    n = len(low)
    words = set(low)
    out: list[tuple[Mention, str, int, int]] = []
    troopish = not words.isdisjoint(TROOP_WORDS)
    for k in range(1, n - 1):
        w = low[k]
        if w == "against" and low[k - 1] in _AGAINST_PREDICATE and \
                NEGATIONS.isdisjoint(low[max(0, k - 3):k]) and \
                low[k + 1] not in ("sending", "deploying"):  # (those, the cue "against sending")
            j = k + 1
            while j < min(n, k + 7) and (low[j] in _AGAINST_FILLER or low[j] in _DEMONYM_SET):
                j += 1
            back = not troopish and bool(topic) and (
                low[k + 1] in ("it", "this", "that") and (k + 2 >= n or not low[k + 2][:1].isalnum())
                or j < n and low[j] in _AGAINST_PLAN)  # (s44) "Poland, Slovakia and Hungary are
            # firmly against it", the sending the sentence before spoke of
            if back:
                j = j if low[j:j + 1] and low[j] in _AGAINST_PLAN else k + 1
            elif j >= n or low[j] not in _AGAINST_HEADS or low[j] in _AGAINST_PLAN and not troopish:
                continue
            if low[j] == "move" and (low[j + 1:j + 2] not in ([], [","], ["."], [";"], ["and"], ["but"])
                                     or not back and _SENDING_PROPOSED.isdisjoint(low[:k])):
                continue  # (s68) "the move" alone is the sending its sentence named before it,
                # not "the move to open accession talks", nor training troops or paying for them
            if low[k - 1] == "out" and low[k - 2:k - 1] not in (["spoke"], ["speaks"], ["came"],
                                                                 ["come"], ["comes"], ["spoken"]):
                continue
            out += [(m, "declines", k - 1, j + 1)
                    for m in sent.subject_actors(k - 1, exclude=_NOT_CONTRIBUTORS)
                    if not outside_government(low, m, k)]  # (not "the Dutch public is against")
        elif w in ("decision", "decisions") and low[k - 1] == "no" or \
                w in ("decision", "decisions") and low[k - 2:k - 1] == ["no"] and \
                low[k - 1] in ("final", "formal", "firm", "concrete", "official"):
            made = low[k + 1:k + 5]
            # (s68) or joining the force: "said Germany was considering taking part in the force
            # and that no decision had been made"
            joining = "part" in words and not words.isdisjoint(("force", "mission", "coalition"))
            if not (_NOT_YET_MADE & set(made) and {"has", "have", "had", "been", "yet", "was",
                                                    "were"} & set(made)) or not (troopish or joining):
                continue  # "no decision has been made": not "no decision on X will stop us"
            if _on_a_detail(low, k + 1):
                continue  # (s68) "although no decision has been made on its size": a detail
            named = [m for m in sent.mentions if m.iso3 not in _NOT_CONTRIBUTORS
                     and m.label == "NATION" and not m.governed]
            if len({m.iso3 for m in named}) == 1:
                out.append((named[0], "undecided", k - 1 if low[k - 1] == "no" else k - 2, k + 1))
        elif w in _PROPOSED_BY and low[k + 1] == "by" and (
                low[k - 1] in ("as", "was", "were", ",") or low[k - 1] in TROOP_WORDS) \
                and not _SENDING_PROPOSED.isdisjoint(low[max(0, k - 8):k]) and troopish:
            # (s43) "the idea of sending peacekeepers to Ukraine, proposed by France and the UK";
            # "the proposal to send European soldiers put forward by France and the UK" (below)
            out += [(m, "ready", k - 1, k + 2) for m in _proposers_after(sent, k + 2)]
        elif w == "put" and low[k + 1] == "forward" and low[k + 2:k + 3] == ["by"] and (
                low[k - 1] == "," or low[k - 1] in TROOP_WORDS) \
                and not _SENDING_PROPOSED.isdisjoint(low[max(0, k - 8):k]) and troopish:
            out += [(m, "ready", k, k + 3) for m in _proposers_after(sent, k + 3)]
    return out


# (s68) what a decision "on" may be about and still be the decision whether to take part
_ON_TAKING_PART = frozenset({"whether", "if", "taking", "joining", "participation", "participating",
                             "sending", "deploying", "deployment", "troops", "contributing", "a",
                             "any", "german", "british", "french"})


def _on_a_detail(low: list[str], k: int) -> bool:
    """(s68) A decision said not yet made "on" (about) something other than taking part: "no
    decision has been made on its size", "on the size of its contribution"."""
    on = next((j for j in range(k, min(len(low), k + 7)) if low[j] in ("on", "about")), None)
    if on is None:
        return False
    nxt = [w for w in low[on + 1:on + 4] if w not in ("the", "its", "their")]
    return bool(nxt) and nxt[0] not in _ON_TAKING_PART


def may_hold_clause_shape(words: AbstractSet[str]) -> bool:
    """A sentence no cue matched may still hold a `clause_shape_stances` shape (its words allow one)."""
    return "against" in words and not words.isdisjoint(_AGAINST_HEADS) or \
        "by" in words and (not words.isdisjoint(_PROPOSED_BY) or "forward" in words)


# (s41) a pronoun opening a clause after a contrast or a coordination stands for the nation the
# sentence opened with; only auxiliaries, negations and adverbs may stand between it and the cue
_PRONOUN_JOINS = frozenset({"although", "though", "but", "while", "whereas", "yet", "and"})
_PRONOUN_TO_CUE = _AUX_LIKE | NEGATIONS | _MODALS | frozenset(
    {"does", "do", "did", "be", "been", "still", "currently", "now", "itself", "themselves",
     "however", "nonetheless", "not", "yet", "so", "far", "entirely", "completely", "fully",
     "ca", "wo", "never"})


_IMPERSONAL = frozenset({"unclear", "uncertain", "clear", "possible", "likely", "unlikely",
                         "too", "premature", "early", "expected", "hoped", "thought"})


def pronoun_after_contrast(sent: Sent, s: int) -> list[Mention]:
    """The nation an "it" (the nations a "they") opening the cue's clause stands for, when the
    clause comes after ", although" (", but", ", and", ...) and the sentence opened with that
    nation as its subject: "Finland has made no commitment, but it has not ruled out taking
    part"; not an impersonal "it is unclear", nor a pronoun with other nations between."""
    low = sent.lower
    k = next((j for j in range(s - 1, max(-1, s - 6), -1) if low[j] in ("it", "they")), None)
    if k is None or k < 3 or low[k - 1] not in _PRONOUN_JOINS or low[k - 2] != "," or \
            not all(w in _PRONOUN_TO_CUE for w in low[k + 1:s]) or \
            not _IMPERSONAL.isdisjoint(low[k + 1:k + 4]):  # not "it is unclear whether"
        return []
    first = next((m for m in sent.mentions if not m.governed and m.start < 8), None)
    if first is None or first.iso3 in _NOT_CONTRIBUTORS or first.label == "PERSON" or \
            sent.clause_start(first.start) != sent.clause_start(0):
        return []
    opening = [m for m in sent.coordinated(first) if m.iso3 not in _NOT_CONTRIBUTORS]
    own = {m.iso3 for m in opening}
    if any(m.label == "NATION" and m.end <= k and not m.governed and m.iso3 not in own
           for m in sent.mentions):
        return []  # another nation named as a subject before the pronoun: whose it is, unclear
    if low[k] == "it" and len({m.iso3 for m in opening}) != 1 or \
            low[k] == "they" and len(opening) < 2:
        return []
    return opening


_FORCE_CONTEXT = STANCE_CONTEXT - {"participation", "contribution"}
_BARE_PARTS = frozenset({"participate", "participating", "participation", "join", "joining",
                         "involvement", "contribute", "contributing", "part"})


_RELUCTANCE_CONTEXT = _FORCE_CONTEXT | {"presence", "peacekeeping", "reassurance"}
_BARE_RELUCTANCE = frozenset({"reluctance", "reluctant", "hesitant", "hesitancy", "hesitation",
                              "reservations", "wary", "sceptical", "skeptical", "scepticism",
                              "skepticism", "unwilling", "unwillingness"})


def _bare_reluctance(low: list[str], s: int, e: int) -> bool:
    """(s60) A reluctance cue with no object: the clause ends right after it ("have shown
    reluctance, emphasizing ...") or only taking part follows ("is reluctant to take part")."""
    if low[e - 1] not in _BARE_RELUCTANCE or not {"or", "and"}.isdisjoint(low[max(0, s - 3):s]):
        return False  # (not "have declined or shown reluctance": the refusal reads it)
    if _clause_ends(low, e):
        return "but" not in low[e:e + 2]  # (not "was hesitant, but is now on board": reversed)
    if low[e:e + 1] in (["of"], ["among"]):  # "the reluctance of other capitals to join"
        e = next((j for j in range(e + 1, min(len(low), e + 6)) if low[j] == "to"), e)
    if low[e:e + 1] != ["to"]:
        return False
    k = e + 2 if low[e + 1:e + 2] in (["participate"], ["join"], ["contribute"]) else \
        e + 3 if low[e + 1:e + 3] == ["take", "part"] else None
    return k is not None and _clause_ends(low, k)


# (review s69) others urged to weigh it ("Britain has urged Latvia to consider contributions"), or
# what is weighed is money ("..., but only money and equipment")
_URGING = frozenset({"asked", "urged", "invited", "called", "pressed", "encouraged", "wants",
                     "want", "asks", "urges"})
_GIVEN_NOT_TROOPS = frozenset({"money", "equipment", "funding", "funds", "financial", "weapons",
                               "ammunition", "aid"})
_WEIGHING_CUES = frozenset({"considering", "consider", "considers", "weighing", "weigh", "weighs",
                            "mulling", "studying", "examining"})


def bare_taking_part(low: list[str], s: int, e: int) -> bool:
    """(s41) The cue [s, e) ends with taking part, or takes it as its object, with nothing
    saying in what: "open to participating.", "interest in participating, provided ...", "has
    not ruled out participation." (the clause ends, or a condition follows)."""
    k = e
    if low[e - 1] not in _BARE_PARTS:
        rest = [w for w in low[e:e + 3] if w not in ("any", "its", "their", "such", "a")]
        weighed = rest[:1] in (["contributions"], ["contribution"]) and low[e - 1] in _WEIGHING_CUES \
            and _URGING.isdisjoint(low[max(0, e - 7):e - 1]) and _GIVEN_NOT_TROOPS.isdisjoint(low)
        if not rest or rest[0] not in _BARE_PARTS and not weighed:
            return False  # (s69, rv67-own) "are considering contributions, though neither has
            # named a figure": a contribution weighed to the force named before
        k = e + low[e:e + 3].index(rest[0]) + 1
    if low[k - 1] == "part" and low[k - 2:k - 1] not in (["take"], ["taking"], ["takes"]):
        return False
    nxt = low[k:k + 1]
    return not nxt or nxt[0] in (".", ",", ";", "if", "unless", "provided", "once", "when",
                                 "”", '"')


_TROOP_HEADS = frozenset({"troops", "soldiers", "peacekeepers", "forces", "deploying", "sending",
                          "deployment", "contingent", "boots"})


def _set_after(low: list[str], e: int) -> set[str]:
    """(s41) The words of the clause a bare cue ending at ``e`` is set against right after it
    (", while the UK and France back deploying troops"); empty without such a contrast."""
    if low[e:e + 1] != [","] or low[e + 1:e + 2] not in (["while"], ["whereas"], ["but"]):
        return set()
    end = next((k for k in range(e + 2, len(low)) if low[k] in (";", ".")), len(low))
    return set(low[e + 2:end])


_NEED_TO = frozenset({"need", "needs", "needing", "needed"})
_DIFFICULTY = frozenset({"difficulty", "difficulties", "struggle", "struggles", "struggled",
                         "struggling", "trouble"})
_WANTED = frozenset({"wanted", "needed", "required"})


def _passive_possibility(sent: Sent, at: int) -> bool:
    """(s41) The cue at ``at`` is "<nation> troops could (may, might) be wanted (needed,
    required)": what a force would need of the nation, not its openness."""
    low = sent.lower
    if at + 4 >= len(low) or low[at + 1] not in _OWN_TROOP_NOUNS or \
            low[at + 2] not in ("could", "may", "might") or low[at + 3] != "be" or \
            not any(m.start == at and m.label == "NATION" for m in sent.mentions):
        return False
    return low[at + 4] in _WANTED


# (s41) readings that only seemed a stance (the four rebuilt lists), one function each, called
# in this order (one function until s61)
def needed_offers(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s41) An offer that is what the nation would *need* to do: "Britain may need
    to move troops out of Germany to deploy a brigade", "with Britain potentially needing to
    contribute"."""
    low = sent.lower
    words = set(low)
    out = list(hits)
    if not _NEED_TO.isdisjoint(words):
        out = [h for h in out if not (h.stance in ("ready", "open") and any(
            a in _NEED_TO and b == "to" for a, b in zip(h.cue.lower().split(),
                                                       h.cue.lower().split()[1:], strict=False)))]
    return out


def offers_under_difficulty(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s41) An offer under a difficulty: "the Dutch army has difficulties to put
    together one battalion to participate in operations" (its capacity, not an offer)."""
    low = sent.lower
    words = set(low)
    out = list(hits)
    if not _DIFFICULTY.isdisjoint(words):
        hard = [k for k, w in enumerate(low) if w in _DIFFICULTY
                and low[k + 1:k + 2] in (["to"], ["in"], ["with"])]
        out = [h for h in out if not (h.stance in ("ready", "open") and (
            at := cue_at(sent, h)) is not None and any(
                k < at <= k + 10 and sent.clause_start(at) <= k for k in hard))]
    return out


def troops_could_be_needed(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s41) "30,000 Italian troops could be needed for such a mission": a need,
    not openness (`_passive_possibility`)."""
    out = list(hits)
    out = [h for h in out if not (h.stance == "open" and (at := cue_at(sent, h)) is not None
                                  and _passive_possibility(sent, at))]
    return out


def other_holders_clause(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s41) A stance in a clause after a contrast whose subject is other holders
    ("..., but European defence ministers remain sceptical"): theirs, not the nation's
    (`_others_hold_clause`)."""
    low = sent.lower
    words = set(low)
    out = list(hits)
    if not _OTHER_HOLDERS.isdisjoint(words):
        out = [h for h in out if not (h.stance in TROOP_STANCES and (
            at := cue_at(sent, h)) is not None and _others_hold_clause(sent, at, h.actor))]
    return out


def decisions_to_come(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s41) "any decision to deploy ... would depend on ...": a decision to come,
    no offer; a conditional on it keeps no base (`_decision_that_depends`)."""
    low = sent.lower
    words = set(low)
    out = list(hits)
    if not _DECISION_WORDS.isdisjoint(words) and not _HINGES.isdisjoint(words):
        out = [replace(h, base=None) if h.stance == "conditional" and h.base == "ready" and (
            at := cue_at(sent, h)) is not None and _decision_that_depends(low, at) else h
            for h in out if not (h.stance == "ready" and (
                at := cue_at(sent, h)) is not None and _decision_that_depends(low, at))]
    return out


def plans_under_review(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s41) "is reconsidering its plans to deploy troops": a plan under review,
    undecided (`_under_review`)."""
    low = sent.lower
    words = set(low)
    out = list(hits)
    if not _REVIEWING.isdisjoint(words):
        out = [replace(h, stance="undecided", condition=None, base=None)
               if h.stance == "ready" and (at := cue_at(sent, h)) is not None
               and _under_review(low, at) else h for h in out]
    return out


# (s41) holders a clause after ", but" may have as its own subject: "Norway offers a battalion,
# but European defence ministers remain sceptical" (the ministers' doubt, not Norway's)
_OTHER_HOLDERS = frozenset({"ministers", "officials", "diplomats", "experts", "analysts",
                            "critics", "lawmakers", "generals", "commanders", "observers",
                            "sources", "allies", "partners", "others"})
_CONTRAST_JOINS = frozenset({"but", "while", "whereas", "although", "though", "yet"})
# (s41) a plan under review is no offer: "is reconsidering its plans to deploy troops"
_REVIEWING = frozenset({"reconsidering", "reconsiders", "reconsidered", "rethinking", "rethinks",
                        "reviewing", "reviews", "reassessing", "reassesses", "revisiting"})


def _others_hold_clause(sent: Sent, at: int, actor: str) -> bool:
    """(s41) The cue at ``at`` is in a clause after a contrast whose own subject is a plural
    noun of other holders ("..., but the ministers remain sceptical"), with no
    nation and no pronoun of the one before it between."""
    low = sent.lower
    j = next((k for k in range(at - 1, max(0, at - 10), -1) if low[k] in _CONTRAST_JOINS
              and low[k - 1] == ","), None)
    if j is None or _OTHER_HOLDERS.isdisjoint(low[j + 1:at]) or \
            not _ANAPHORS.isdisjoint(low[j + 1:at]) or "he" in low[j + 1:at] or \
            "she" in low[j + 1:at]:
        return False
    if any(j < m.start < at for m in sent.mentions):
        return False
    return any(m.iso3 == actor and m.end <= j for m in sent.mentions)


_DECISION_WORDS = frozenset({"decision", "decisions"})
_HINGES = frozenset({"depend", "depends", "hinge", "hinges", "rest", "rests"})


def _decision_that_depends(low: list[str], at: int) -> bool:
    """(s41) The troops at ``at`` are the object of "any decision to deploy", which "would depend
    on" something: a decision to come, no offer (its condition is read beside it)."""
    before = low[max(0, at - 4):at]
    if not any(before[j] in _DECISION_WORDS and before[j + 1:j + 2] == ["to"]
               for j in range(len(before))):
        return False
    return not _HINGES.isdisjoint(low[at:at + 12])


def _under_review(low: list[str], at: int) -> bool:
    """(s41) The offer cue at ``at`` ("plans to deploy") is the object of a review verb."""
    before = [w for w in low[max(0, at - 3):at] if w not in ("its", "their", "the", "his", "her")]
    return bool(before) and before[-1] in _REVIEWING


# (s41) a subject standing for the matter the sentence before names
_THIS_MATTER = frozenset({"this", "that", "it", "such", "issue", "question", "matter", "idea",
                         "step", "move"})


# (s41b) round 3's extras: readings that only seemed a stance, by the clause's shape
_ENOUGH_OF = frozenset({"enough", "sufficient"})
_HAVING = frozenset({"have", "has", "had", "possess", "possesses"})
_FIRST_PERSON = frozenset({"we", "our", "us", "i"})
_HEARSAY = frozenset({"allegedly", "supposedly", "purportedly", "rumoured", "rumored"})
# doubt nouns a wider group may own ("the West's reluctance", "broader European hesitancy")
_WIDER_DOUBTS = frozenset({"hesitancy", "hesitation", "reluctance", "scepticism", "skepticism",
                          "caution", "wariness", "doubts", "unease"})
_WIDER_OWNERS = frozenset({"broader", "wider", "general", "widespread", "european", "europe",
                           "west", "western", "allied", "allies", "nato", "eu", "continent"})
_OTHER_MISSIONS = frozenset({"missions", "operations"})
_TAKING_PART = frozenset({"participates", "participated", "participating", "takes", "took",
                          "contributes", "contributed"})
_UKRAINE_OWNS = frozenset({"kyiv", "kiev", "ukraine", "ukrainian", "ukraine's", "kyiv's"})
_VAGUE_PART = frozenset({"role", "committing", "commit"})
_PROMISE_NOUNS = frozenset({"promise", "pledge", "commitment", "vow", "offer"})


def _lacks_the_means(low: list[str], at: int, end: int) -> bool:
    """(s41b) The refusal cue [at, end) is "does not have enough (sufficient) troops to send":
    a judgment on the nation's means, not its government's refusal (no "we" speaks it)."""
    span = low[at:end + 4]
    return any(w in _ENOUGH_OF and _HAVING & set(span[:k]) for k, w in enumerate(span)) and \
        _FIRST_PERSON.isdisjoint(low)


def _wider_doubt(low: list[str], at: int) -> bool:
    """(s41b) The doubt noun at ``at`` is owned by a wider group than the nation: "the West's
    reluctance", "reflects broader European hesitancy"."""
    if low[at] not in _WIDER_DOUBTS:
        return False
    before = [_bare_owner(w) for w in low[max(0, at - 3):at]
              if w not in ("'s", "’s", "'", "’", "s")]
    return bool(before) and before[-1] in _WIDER_OWNERS


def _other_missions_now(low: list[str], end: int) -> bool:
    """(s41b) "participates in several peacekeeping missions" (a plural object, Ukraine not
    named): the nation's part in missions already running, not an offer to this force."""
    return "ukraine" not in low and not _OTHER_MISSIONS.isdisjoint(low[end:end + 6])


def _equips_kyiv(low: list[str], end: int) -> bool:
    """(s41b) "would provide Kyiv's forces with equipment and training": what is given to
    Ukraine's army, not troops of the giver's own (the cue ends with the giving verb, and
    Ukraine owns its object)."""
    obj = [w for w in low[end:end + 9] if w not in ("the", "its")]
    return low[end - 1] in _GIVING_TO and "with" in obj and bool(obj) and (
        obj[0] in ("ukrainian", "ukraine's", "kyiv's") or
        obj[0] in _UKRAINE_OWNS and obj[1:2] in (["'s"], ["’s"]))


_GIVING_TO = frozenset({"provide", "supply", "equip", "arm", "furnish", "provides", "supplies"})


def _bare_owner(word: str) -> str:
    """"kyiv's" -> "kyiv" (a possessive's owner); other words as they are."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _object_of_against(sent: Sent, actor: str) -> bool:
    """(s41b) The nation is named only right after "against" ("to vote against Dutch troops
    in ..."): the object of someone's opposition, not the one opposed."""
    low = sent.lower
    named = [m for m in sent.mentions if m.iso3 == actor]
    return bool(named) and all(m.start >= 1 and "against" in low[max(0, m.start - 2):m.start]
                               for m in named)


_NEAR_BY = frozenset({"neighbouring", "neighboring", "nearby"})
_THE_FORCE_HERE = frozenset({"ukraine", "ukrainian", "kyiv", "force", "mission", "reassurance",
                             "multinational", "coalition", "peacekeeping", "peacekeepers",
                             "mnf-u", "ceasefire", "contingent", "deployment", "european"})


def _sent_elsewhere(sent: Sent, end: int) -> bool:
    """(s69, rv67-own) The troops of the cue ending at ``end`` go to neighbouring countries, or to
    another nation in place of Ukraine ("could instead post troops to neighbouring NATO
    countries", "could send troops to Poland instead"), the clause naming neither Ukraine nor the
    force: no stance on the force."""
    low = sent.lower
    k = next((x for x in range(end, min(len(low), end + 4)) if low[x] in ("to", "into")), None)
    if k is None or not _ANY_TROOP_WORD.isdisjoint(low[k + 1:k + 2]):
        return False
    dest = k + 2 if low[k + 1:k + 2] == ["the"] else k + 1
    lo, hi = sent.clause_start(end - 1), sent.clause_end(k)
    if not _THE_FORCE_HERE.isdisjoint(low[k:]):
        return False  # (the force named after, in the sentence: "..., to serve with the
        # European deployment")
    if low[dest:dest + 1] != [] and low[dest] in _NEAR_BY:
        return True
    # another nation named, in place of Ukraine ("instead"; not "Norway will send troops to
    # Estonia", which readers of issue 15t recorded as an offer)
    return any(m.start == dest and m.iso3 != "UKR" and m.label != "PERSON" for m in sent.mentions) \
        and not {"instead", "rather"}.isdisjoint(low[lo:hi])


def misread_by_clause_shape(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s41b) Readings that only seemed a stance (round 3's reports):

    - "Ruritania does not have enough soldiers to send peacekeepers": its means, judged (not
      a refusal, unless "we" say it);
    - "reports that Ruritania is allegedly ready to send troops": hearsay, not its offer;
    - "the West's reluctance", "broader European hesitancy": a wider group's doubt;
    - "participates in several peacekeeping missions": missions already running;
    - "would provide Kyiv's forces with equipment and training": arms for Ukraine's army;
    - "to vote against Ruritanian troops in ...": the nation is the object of the opposition;
    - "we will play our role", "before committing to its security needs", with no troops and
      no force in the sentence: no stance on the force;
    - "Ruritania's promise to send peacekeepers could soon become a reality": the promise is
      made (ready); the modal is about its coming true.
    """
    low = sent.lower
    words = set(low)
    out: list[StanceHit] = []
    for h in hits:
        at = cue_at(sent, h)
        cue = h.cue.lower().split()
        if at is None:
            cue = h.cue.lower().replace("’", "'").replace("'s ", " 's ").split()
            at = next((k for k in range(len(low) - len(cue) + 1) if low[k:k + len(cue)] == cue),
                      None)
        if at is None:
            out.append(h)
            continue
        end = at + len(cue)
        if h.stance == "declines" and not _ENOUGH_OF.isdisjoint(words) and \
                _lacks_the_means(low, at, end):
            continue
        if h.stance in ("ready", "open") and not _HEARSAY.isdisjoint(low[max(0, at - 4):at]):
            continue
        if h.stance == "undecided" and any(_wider_doubt(low, k) for k in range(at, end)):
            continue
        if h.stance == "ready" and low[at] in _TAKING_PART and _other_missions_now(low, end):
            continue
        if h.stance == "ready" and "with" in words and _equips_kyiv(low, end):
            continue
        if h.stance == "declines" and "against" in words and _object_of_against(sent, h.actor):
            continue
        if h.stance in ("ready", "open") and _sent_elsewhere(sent, end):
            continue
        if h.stance in ("ready", "undecided") and low[end - 1] in _VAGUE_PART and \
                _ANY_TROOP_WORD.isdisjoint(low) and not (
                    h.stance == "undecided" and low[at] in ("refused", "declined", "refuses",
                                                            "declines")):
            continue  # "will play our role", "before committing to its security needs": no
            # troops, no force in the sentence
        if h.stance == "open" and h.condition is None and any(
                low[k] in ("'s", "’s") and low[k + 1:k + 2] and low[k + 1] in _PROMISE_NOUNS
                for k in range(at, end)):
            h = replace(h, stance="ready")
        out.append(h)
    return out


# (s41b) a nation denying its own part: "Ruritania denies taking part in the force", "has
# refuted claims about its possible involvement", "denied reports that its officials discuss
# sending peacekeepers", "rejects the possibility of participation"
_DENYING = frozenset({"denies", "denied", "deny", "refutes", "refuted", "refute"})
_REJECTING_POSSIBILITY = frozenset({"rejects", "rejected", "reject"})
# (s71) "Hungary refuses any participation in the mission" (read as the participation offered)
_REFUSING_ANY = frozenset({"refuses", "refused", "refuse", "refusing"})
_OWN_PART = frozenset({"participation", "involvement", "participating", "sending", "role",
                       "taking"})
_PEACE_FORCE = frozenset({"peacekeeping", "peacekeepers", "peacekeeper", "troops", "force",
                          "forces", "mission", "contingent", "soldiers"})
DENYING_TRIGGERS = _DENYING | _REJECTING_POSSIBILITY | _REFUSING_ANY
_WHETHER_AUX = frozenset({"would", "will", "could", "can", "might", "may", "is", "was"})


def unclear_whether(sent: Sent) -> list[tuple[Mention, str, int, int]]:
    """(s41b) "it remains unclear whether Ruritania would deploy troops": the nation named
    right after *whether* has not decided on its own sending (undecided); not "unclear whether
    the troops of X and Y ...", with no sending verb, nor a nation after a preposition."""
    low = sent.lower
    out: list[tuple[Mention, str, int, int]] = []
    for k in range(1, len(low) - 3):
        if low[k] not in ("whether", "if") or low[k - 1] not in _UNKNOWN:
            continue
        m = next((x for x in sent.mentions if x.start in (k + 1, k + 2)
                  and all(w == "the" for w in low[k + 1:x.start])), None)
        if m is None or m.iso3 in _NOT_CONTRIBUTORS or m.label == "PERSON":
            continue
        after = low[m.end:m.end + 6]
        if after[:1] and after[0] in _WHETHER_AUX and \
                not _SENDING_AFTER_WHETHER.isdisjoint(after[1:4]) and \
                not _PEACE_FORCE.isdisjoint(low[m.end:m.end + 9]):
            out.append((m, "undecided", k - 1, m.end + 3))
    return out


def denied_own_part(sent: Sent) -> list[tuple[Mention, str, int, int]]:
    """(s41b) A nation denying its own part in the force, or the reports of it, is a refusal:
    "Ruritania denies participation in the peacekeeping force", "Ruritania's ministry refuted
    claims about its potential involvement in a deployment of peacekeepers", "rejects the
    possibility of participation in a peacekeeping mission". Not "did not deny", nor a denial
    about another nation named after the verb."""
    low = sent.lower
    if _PEACE_FORCE.isdisjoint(low):
        return []
    out: list[tuple[Mention, str, int, int]] = []
    for k, w in enumerate(low):
        if not (w in _DENYING or w in _REJECTING_POSSIBILITY
                and "possibility" in low[k + 1:k + 3] or w in _REFUSING_ANY
                and low[k + 1:k + 3] in (["any", "participation"], ["any", "involvement"],
                                         ["participation", "in"], ["any", "role"])):
            continue
        if not NEGATIONS.isdisjoint(low[max(0, k - 3):k]) or low[max(0, k - 2):k] == [
                "confirm", "or"]:
            continue  # (s69, set 103: "asked Merz to confirm or deny Germany's involvement": a
            # question put to him)
        end = min(sent.clause_end(k), k + 12)
        j = next((x for x in range(k + 1, end) if low[x] in _OWN_PART), None)
        if j is None or low[j] == "taking" and low[j + 1:j + 2] != ["part"]:
            continue
        actors = sent.subject_actors(k, exclude=_NOT_CONTRIBUTORS)
        own = {m.iso3 for m in actors}
        if not actors or any(k < m.start < j and m.iso3 not in own for m in sent.mentions):
            continue
        out += [(m, "declines", k, j + 1) for m in actors if m.label != "PERSON"
                or len(own) == 1]
    return out


# --- (s42) round 6's tuning texts and the spent rounds' misses ---------------------------------
_ENVISIONS = frozenset({"envisions", "envisioned", "envisages", "envisaged", "foresees",
                        "foresaw", "provides", "sees"})
_DEPLOYING = frozenset({"deploying", "sending", "stationing", "putting", "contributing"})
_PLEDGED = frozenset({"pledged", "promised", "committed", "offered"})
_NOTHING_EXCLUDED = re.compile(r"\bnothing (?:can|should|could|is to|must|will) (?:be )?"
                               r"(?:ruled out|excluded)")
UNLIKE_ENVISIONED_PLEDGED_TRIGGERS = frozenset({"unlike", *_ENVISIONS, *_PLEDGED, "nothing"})


def offers_unlike_envisioned_pledged(sent: Sent, speaker: str | None,
                                     topic: AbstractSet[str] = frozenset(),
                                     ) -> list[tuple[Mention, str, int, int]]:
    """(s42) Offers and openings the cues missed:

    - "Germany will help enforce a ceasefire, though without sending troops, unlike France and
      the UK": the nations set against the refusal are ready;
    - "the declaration envisions Britain, France and other allies deploying forces to Ukraine":
      the nations the signed text has deploying are ready (as a declaration "on the deployment");
    - "the 10,000-strong contingent that London and Paris have pledged": the nations of the
      relative clause pledged the troops before it;
    - a nation's leader saying "nothing can be ruled out" of a sending of troops is open (the
      impersonal phrase with the speaker's nation; sets 82 and 95's readers).
    """
    low = sent.lower
    n = len(low)
    out: list[tuple[Mention, str, int, int]] = []

    def listed_from(k: int) -> list[Mention]:
        first = next((m for m in sent.mentions if k < m.start <= k + 2), None)
        if first is None:
            return []
        return [m for m in sent.coordinated(first) if m.start > k and m.iso3 not in HOST_AND_ADVERSARY]

    for k, w in enumerate(low):
        without = next((j for j in range(max(0, k - 8), k) if low[j] == "without"
                        and low[j + 1:j + 2] != [] and low[j + 1] in _WITHOUT_SENDING
                        and not TROOP_WORDS.isdisjoint(low[j + 2:j + 5])), None) \
            if w == "unlike" else None
        if without is not None:
            names = listed_from(k)
            out += [(m, "ready", without, max(x.end for x in names)) for m in names]
        elif w in _ENVISIONS and k >= 2 and any(_is_document(x) for x in low[max(0, k - 8):k]):
            names = listed_from(k)
            if names:
                end = max(m.end for m in names)
                # the list may end in "and other European allies" before the verb
                verb = next((j for j in range(end, min(n, end + 6)) if low[j] in _DEPLOYING), None)
                if verb is not None and not TROOP_WORDS.isdisjoint(low[verb + 1:verb + 4]):
                    out += [(m, "ready", k, verb + 1) for m in names]
        elif w in _PLEDGED and k >= 3 and low[k - 1] in ("have", "has", "had"):
            rel = next((j for j in range(k - 2, max(-1, k - 10), -1) if low[j] in ("that", "which")),
                       None)
            if rel is None or TROOP_WORDS.isdisjoint(low[max(0, rel - 4):rel]):
                continue
            names = [m for m in sent.mentions if rel < m.start and m.end <= k - 1
                     and m.iso3 not in HOST_AND_ADVERSARY]
            if names and all(x in ("and", ",", "have", "has", "had") or any(
                    m.start <= j < m.end for m in names) for j, x in enumerate(low[rel + 1:k - 1],
                                                                             start=rel + 1)):
                out += [(m, "ready", rel, k + 1) for m in names]
    if speaker is not None and speaker not in HOST_AND_ADVERSARY and "nothing" in low:
        text = " ".join(low)
        found = _NOTHING_EXCLUDED.search(text)
        k = low.index("nothing")
        # (s71) the troops named in the sentence or the report ('He admitted that a consensus has
        # not yet been reached, but "nothing can be ruled out"' after a sentence on sending them);
        # not "did not say nothing can be ruled out" (a "not" just before)
        if found and (not TROOP_WORDS.isdisjoint(low) or not TROOP_WORDS.isdisjoint(topic)
                      and not _another_topic_first(low)) and \
                "not" not in low[max(0, k - 3):k]:
            owner = next((m for m in sent.mentions if m.iso3 == speaker), None)
            if owner is None and not any(m.start < k and m.iso3 not in HOST_AND_ADVERSARY
                                         for m in sent.mentions):
                owner = _pronoun_speaker(sent, speaker, k) or _speaker_at(speaker, 0)  # (s72)
                # the sentence's speaker, named before ('"But nothing can be ruled out."' going on
                # with a quotation)
            if owner is not None:
                out.append((owner, "open", k, min(n, k + len(found.group(0).split()))))
    return out


_OTHER_TOPIC = re.compile(r"^(?:asked (?:about|on|whether)|on the (?:question|issue|subject|matter)"
                          r" of|regarding|as for|as to|on)\b([^,]*),")


_FORCE_WORDS = frozenset({"force", "peacekeeping", "deployment", "mission", "contingent"})


def _another_topic_first(low: list[str]) -> bool:
    """(review s71) The sentence opens with another matter its speaker answers ("On the question
    of new sanctions, Scholz said nothing can be ruled out", "Asked about the date of the next
    summit, ..."): no force word in that opening phrase."""
    found = _OTHER_TOPIC.match(" ".join(low))
    return found is not None and (TROOP_WORDS | _FORCE_WORDS).isdisjoint(found.group(1).split())


IDEA_NOUNS = frozenset({"idea", "option", "move", "step", "possibility", "prospect"})
_NOT_EXCLUDED_AFTER = (["could", "not", "be", "ruled", "out"], ["cannot", "be", "ruled", "out"],
                       ["can", "not", "be", "ruled", "out"], ["should", "not", "be", "ruled", "out"],
                       ["could", "not", "be", "excluded"], ["cannot", "be", "excluded"],
                       ["should", "not", "be", "excluded"], ["can't", "be", "ruled", "out"])


def idea_not_ruled_out(sent: Sent, context: AbstractSet[str], speaker: str | None = None
                       ) -> list[tuple[Mention, str, int, int]]:
    """(s70, sets 146-147) "Allies replied after the French president said on Monday that the
    idea could not be ruled out": a leader saying the sending (named in
    the sentence or the one before: ``context``) "could not be ruled out" is his nation open, as
    his "nothing can be ruled out" (the readers of sets 95, 146 and 147); "he said" stands for
    ``speaker``, the nation of the sentence's speaker."""
    low = sent.lower
    out: list[tuple[Mention, str, int, int]] = []
    if TROOP_WORDS.isdisjoint(low) and TROOP_WORDS.isdisjoint(context):
        return out
    for k, w in enumerate(low):
        said = next((p for p in _NOT_EXCLUDED_AFTER if low[k + 1:k + 1 + len(p)] == p), None)
        if w not in IDEA_NOUNS or k < 2 or not (low[k - 1] in ("the", "this", "such", "that")
                                                or low[k - 2:k] == ["such", "a"]) or said is None:
            continue
        verb = next((j for j in range(k - 2, max(0, k - 9), -1) if low[j] in SPEECH), None)
        if verb is None and speaker is not None and speaker not in _NOT_CONTRIBUTORS and \
                low[:2] == ["according", "to"]:
            # (s71) "According to Macron, no consensus was reached but such a possibility cannot
            # be ruled out in the future": the speaker the sentence opens with
            out.append((_speaker_at(speaker, 2), "open", k - 1, k + 1 + len(said)))
            continue
        if verb is None:
            continue
        who = next((m for m in sent.mentions if m.end in (verb, verb - 1)
                    and m.iso3 not in _NOT_CONTRIBUTORS), None)  # the speech verb's subject
        if who is None and speaker is not None and speaker not in _NOT_CONTRIBUTORS:
            who = _pronoun_speaker(sent, speaker, verb + 1)  # (review s70) "He said the option
            # could not be ruled out", the leader named in the sentence before
        if who is not None:
            out.append((who, "open", k - 1, k + 1 + len(said)))
    return out


def _pronoun_speaker(sent: Sent, speaker: str, k: int) -> Mention | None:
    """(s70, set 146) The speaker a pronoun before ``k`` stands for, as a mention of the
    speaker's nation at the pronoun: 'Allies do not agree on sending Western troops, he added,
    but "nothing can be ruled out"' (the leader named in the sentence before)."""
    low = sent.lower
    at = next((j for j in range(k - 1, 0, -1) if low[j] in SPEECH and low[j - 1] in ("he", "she")),
              None)
    if at is None:  # (review s71) '"Nothing can be ruled out," he said.': the verb after the quote
        at = next((j for j in range(k + 1, len(low)) if low[j] in SPEECH and low[j - 1] in (
            "he", "she") and low[j - 2:j - 1] in ([","], ['"'], ["”"], ["’"], ["'"])), None)
    if at is None and low[:2] == ["according", "to"] and low[2:3] in (["him"], ["her"]) and k > 3:
        at = 3  # (s72) "According to him, ..., nothing could be ruled out"
    if at is None:
        return None
    return _speaker_at(speaker, at - 1)


def _speaker_at(speaker: str, at: int) -> Mention:
    """The speaker's nation as a one-token mention at ``at`` (a pronoun, the sentence's opening):
    the holder of a stance its words give without naming it."""
    return Mention(start=at, end=at + 1, iso3=speaker, label="NATION", text=speaker,
                   governed=False, group=None)


POLL_WORDS = frozenset({"poll", "polls", "survey", "surveys", "surveyed", "respondents", "voters",
                         "polled", "electorate", "public", "men", "women", "citizens"})
_PERCENT = re.compile(r"\d\s*%|\bper ?cent\b")


def poll_findings(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s42) "Men (64 percent) are more reluctant than women to send Polish soldiers", "56% of
    voters opposed a Bundeswehr contribution": a poll's finding is the public's view, no
    government's stance."""
    low = sent.lower
    if not _PERCENT.search(sent.text.lower()):
        return hits
    if any(w == "those" and low[k - 1:k] == ["of"] for k, w in enumerate(low)):
        # (s45) "Germany and France are the most strongly opposed to deployments, with more than
        # half of those in Germany - 53 percent - saying No": a share of those asked, a percentage:
        # the whole sentence is the poll's finding
        return [h for h in hits if h.stance not in TROOP_STANCES]
    if POLL_WORDS.isdisjoint(low):
        return hits
    # the poll before the cue (its finding); "X will not send troops, as polls show 70% oppose
    # it" keeps the government's refusal
    first = next((k for k, w in enumerate(low) if w in POLL_WORDS or w in ("%", "percent")
                  or w[:1].isdigit() and low[k + 1:k + 2] in (["%"], ["percent"])), len(low))
    return [h for h in hits if h.stance not in TROOP_STANCES
            or (at := cue_at(sent, h)) is not None and at < first]



# (s43) a troop stance bound to a UN mandate: "will deploy peacekeeping troops only under a United
# Nations mandate", "ruled out deploying its armed forces ... outside a United Nations mandate",
# "not deploying ... unless explicitly mandated by the United Nations Security Council": an offer
# on that condition, neither a plain offer nor a refusal
_UN = r"(?:un|u\.n\.|united nations|unsc|un security council|united nations security council)"
_UN_ONLY = re.compile(
    r"\b(?:outside|beyond)\s+(?:of\s+)?(?:a|the|any)?\s*" + _UN + r"\b"
    r"|\bonly\s+(?:be\s+deployed\s+)?(?:under|with|in)\s+(?:a|an|the)?\s*" + _UN + r"(?:\s*-?\s*mandated)?\b"
    r"|\bunless\b[^.;]{0,80}?\b(?:mandated by|mandate from|approved by|authori[sz]ed by)\s+(?:the\s+)?" + _UN + r"\b"
    r"|\bbeyond\s+" + _UN + r"\s*-\s*mandated\b"
    # (s67, a reviewer's probes) "has ruled out sending troops unless the mission is under a UN
    # flag"
    r"|\bunless\b[^.;]{0,60}?\bunder\s+(?:a|an|the)\s+" + _UN + r"\s+(?:flag|banner|mandate)\b")


def _un_only_here(low: list[str], text: str, at: int | None) -> bool:
    """Whether a UN-only wording (`_UN_ONLY`) is in the clause of the cue at token ``at``: not
    another nation's after "while" or "whereas" ("Croatia has said no to sending soldiers, while
    Greece says it would take part only under a UN mandate": Greece's; s67)."""
    for m in _UN_ONLY.finditer(text):
        k = text.count(" ", 0, m.start())  # the token the wording starts at (`text` joins them)
        a, b = sorted((k, at if at is not None else k))
        if not {"while", "whereas", ";"}.intersection(low[a:b]):
            return True
    return False
# "In the past 75 years, India has contributed over 290,000 peacekeepers": a record, no offer
# (s58: a record of years or decades, not "Over the past few weeks, Britain and France have
# been trying to form a coalition ... to send their troops")
_RECORD_OPENING = re.compile(r"^\W*(?:in|over|during)\s+the\s+(?:past|last)\s+(?:\d[\d,]*|few|several|many|"
                             r"two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)"
                             r"\s+(?:years|decades)\b")
_YET_TO = re.compile(r"\byet\s+to\s+(?:commit|send|deploy|contribute|pledge|offer|decide|join)\b")
_NEITHER_NOR = re.compile(r"\bneither\s+(?:\w+\s+){1,2}nor\s+(?:denied|denies|deny|ruled\s+out|rejected)\b")
def misread_by_wording(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s43) Readings of round 9's tuning texts:

    - an offer or a refusal bound to a UN mandate is conditional on it (`_UN_ONLY`); the
      refusal stays beside it (s44);
    - a sentence opening on the record of the past years ("In the past 75 years, India has
      contributed ...") holds no offer;
    - "the question of Italy's participation" asks, it offers nothing;
    - "has neither confirmed nor denied if British troops will ..." is no refusal;
    - a quoted "To be part of the armies guaranteeing peace in Ukraine, no" refuses;
    - "..., claims Professor X from Y University": an outside voice, as "said" is.
    """
    if not hits:
        return hits
    low = sent.lower
    text = " ".join(low)
    out: list[StanceHit] = []
    for h in hits:
        if h.stance == "declines" and h.actor in HOST_AND_ADVERSARY:
            h = _without_taking_part(sent, h)  # "Romania should continue supporting Ukraine, but
            # without taking part in a potential peacekeeping force": Romania's, not Ukraine's
        if h.stance not in TROOP_STANCES or h.actor in HOST_AND_ADVERSARY:
            out.append(h)
            continue
        at = cue_at(sent, h)
        if h.stance in ("ready", "open") and _RECORD_OPENING.match(text):
            continue
        if h.stance in ("ready", "open") and _asked_of(low, h.actor_text.lower().split()):
            continue
        if h.stance == "declines" and _NEITHER_NOR.search(text):
            continue
        if h.stance in ("ready", "declines", "open") and _un_only_here(low, text, at) and (
                not TROOP_WORDS.isdisjoint(low) or not {"peacekeepers", "peacekeeping"}.isdisjoint(low)):
            if h.stance == "declines":
                out.append(h)  # (s44) "ruled out deploying its forces outside a UN mandate"
                # refuses the force at hand (no UN mandate is in view) as well: readers record both
            h = replace(h, stance="conditional", condition="mandate",
                        base=None if h.stance == "declines" else h.stance)
        if h.stance == "open" and _refused_quote(low):
            h = replace(h, stance="declines", condition=None, base=None)
        if h.stance == "ready" and h.condition is None and leaning_towards(h.cue.lower().split()):
            h = replace(h, stance="open")  # (s65) "Sweden is moving towards a decision to send
            # troops", read as a whole clause: a way towards an offer
        if h.stance in TROOP_STANCES and _claims_outsider(low):
            continue
        if h.stance == "conditional" and h.base is None and at is not None and \
                _condition_in_another_clause(low, at):
            h = replace(h, stance="declines", condition=None)  # (s43) "Italy will not send soldiers
            # to Ukraine after Macron said NATO should send ground troops if ...": Macron's "if"
        if h.stance == "declines" and _NOT_TO_RULE_OUT.search(text):
            h = replace(h, stance="open", condition=None, base=None)  # "it would be reckless to
            # rule out this option"
        if h.stance == "declines" and _NOT_SHY_AWAY.search(text):
            h = replace(h, stance="ready", condition=None, base=None)  # 'Germany said it "will not
            # shy away" from contributing ground troops'
        if h.stance == "declines" and _PARTIES_RESIST.search(text):
            continue  # "encountered resistance from a range of political parties over his proposal"
        if h.stance in ("ready", "open") and (_OTHERS_PROPOSAL.search(text) or _wanted_of(sent, h)):
            continue  # "Kallas wants Hungary and Slovakia to send troops", "proposals ... which would
            # see Hungarian and Slovak soldiers sent": another's wish for them
        if h.stance in ("ready", "open") and _CRITICISED_PLANS.search(text):
            continue  # "Hungary's foreign minister has criticised European plans to establish hubs"
        if h.stance == "declines" and _FRAMED_NOT_AS.search(text):
            continue  # "British and French officials frame these hubs not as occupation forces"
        if h.stance == "undecided" and at is not None and \
                any(low[j:j + 2] in _OTHERS_SUBJECT for j in range(max(0, at - 4), at)):
            continue  # "While X and Y have backed the deployment, other countries remain cautious"
        if h.stance in ("declines", "ready") and at is not None and \
                not _PUBLIC_SUBJECT.isdisjoint(low[max(0, at - 10):at]) and \
                not any(m.end <= at and m.label != "PERSON" and not m.governed for m in sent.mentions):
            continue  # "voters of other groups are opposed to sending Polish troops": the public's
        if h.stance == "ready" and _YET_TO.search(h.cue.lower()) and NEGATIONS.isdisjoint(low):
            h = replace(h, stance="undecided", condition=None, base=None)  # (s43) a headline's
            # "Germany, Spain, Italy yet to commit troops" (the verb left out, as headlines do)
        if h.stance in ("ready", "open") and h.condition is None and _us_vital_after(low, at):
            h = replace(h, stance="conditional", condition="us-backstop", base=h.stance)
        out.append(h)
    return list({(h.actor, h.stance): h for h in out}.values())


_US_PROMISES = frozenset({"promises", "promise", "guarantees", "guarantee", "backing", "backstop",
                          "support", "commitment", "commitments", "involvement", "assurances"})


def _us_vital_after(low: list[str], at: int | None) -> bool:
    """'is prepared to commit British troops ... but believes that US promises are vital': the
    offer's condition, the US's backing, said after a "but"."""
    if at is None:
        return False
    but = next((k for k in range(at, min(len(low), at + 25)) if low[k] == "but"), None)
    if but is None:
        return False
    tail = low[but + 1:but + 16]
    for j, w in enumerate(tail):
        if w not in _US_NAMES:
            continue
        # (s59) "a U.S. security guarantee would be essential": a word or two before the promise
        p = next((x for x in range(j + 1, min(len(tail), j + 4)) if tail[x] in _US_PROMISES), None)
        if p is not None and not _ESSENTIAL.isdisjoint(tail[p + 1:p + 5]):
            return True
    return False


def _without_taking_part(sent: Sent, h: StanceHit) -> StanceHit:
    """A refusal "without taking part in" the force, given to the host or the adversary, is the
    clause's subject's: the first contributor named before it, ungoverned."""
    at = cue_at(sent, h)
    if at is None or "without" not in sent.lower[max(0, at - 2):at]:
        return h
    subject = next((m for m in sent.mentions if m.start < at and not m.governed
                    and m.iso3 not in _NOT_CONTRIBUTORS and m.label != "GROUP"), None)
    return h if subject is None else replace(h, actor=subject.iso3, actor_text=subject.text)


def _condition_in_another_clause(low: list[str], at: int) -> bool:
    """A refusal whose "if" comes after another speaker's verb: the condition is theirs."""
    if NEGATIONS.isdisjoint(low[at:at + 4]):
        return False
    cond = next((k for k in range(at, len(low)) if low[k] in ("if", "unless")), None)
    return cond is not None and any(w in SPEECH for w in low[at + 2:cond]) and \
        "after" in low[at:cond]


def _asked_of(low: list[str], actor: list[str]) -> bool:
    """"the question of Italy's participation": the actor's words right after "question of"."""
    n = len(actor)
    return any(low[k:k + 2] == ["question", "of"] and low[k + 2:k + 2 + n] == actor
               for k in range(len(low) - 2)) if n else False


def _refused_quote(low: list[str]) -> bool:
    """'"To be part of the armies ..., no," Dan told Politico': the quoted clause ends in no."""
    return any(low[k] == "no" and low[k - 1] == "," and low[k + 1:k + 2] in ([","], ['"'], ["”"], ["."])
               and {"part", "join", "send", "joining", "sending"} & set(low[:k])
               for k in range(1, len(low) - 1))


def _claims_outsider(low: list[str]) -> bool:
    """", claims Professor Deniz Tansi from Yeditepe University": an academic's claim; ", warns
    ex-army chief": a former officer's."""
    return any(w in _CLAIMS_VERBS and low[k - 1:k] == [","] and (
        {"professor", "prof", "prof.", "analyst", "expert", "researcher"} & set(low[k + 1:k + 4])
        or {"ex", "former", "retired"} & set(low[k + 1:k + 3]))
        for k, w in enumerate(low))


_NOT_TO_RULE_OUT = re.compile(r"\b(?:reckless|wrong|a\s+mistake|foolish|unwise|irresponsible)\s+to\s+rule\s+"
                              r"(?:it\s+|this\s+|that\s+)?out\b")
_NOT_SHY_AWAY = re.compile(r"\bnot\s+(?:[\"“”']\s*)?shy\s+away\b")
_PARTIES_RESIST = re.compile(r"\b(?:resistance|opposition|criticism|objections)\s+from\s+(?:a\s+range\s+of\s+|several\s+|"
                             r"many\s+|the\s+)?(?:\w+\s+)?(?:parties|lawmakers|mps|politicians|opposition)\b")
_OTHERS_PROPOSAL = re.compile(r"\bproposals?\b[^.;]{0,40}\bwould\s+see\b")
_CRITICISED_PLANS = re.compile(r"\b(?:criticised|criticized|slammed|condemned|denounced|attacked|blasted)\s+"
                               r"(?:\w+\s+){0,2}(?:plans?|proposals?|ideas?)\b")
_WANTS = frozenset({"wants", "want", "wanted", "wanting", "expects", "expected"})


def _wanted_of(sent: Sent, h: StanceHit) -> bool:
    """"Kaja Kallas wants Hungary and Slovakia to send troops": the nations after "wants"."""
    low = sent.lower
    m = next((x for x in sent.mentions if x.iso3 == h.actor), None)
    if m is None:
        return False
    first = sent.coordinated(m)[0]
    return first.start >= 1 and low[first.start - 1] in _WANTS


_CLAIMS_VERBS = frozenset({"claims", "claimed", "warns", "warned", "says", "said"})
_FRAMED_NOT_AS = re.compile(r"\b(?:frame|frames|framed|describe|describes|described|cast|casts|present|"
                            r"presents|presented)\s+(?:\w+\s+){0,3}not\s+as\b")
_OTHERS_SUBJECT = (["other", "countries"], ["other", "nations"], ["other", "states"], ["other", "allies"],
                   ["many", "others"], ["some", "others"])
_PUBLIC_SUBJECT = frozenset({"voters", "respondents", "citizens", "supporters", "electorate", "public"})


_COULD_MODALS = frozenset({"could", "may", "might", "can"})
_SENT_PARTICIPLES = frozenset({"deployed", "sent", "drawn", "dispatched", "contributed", "provided"})
_SENDING_FORMS = frozenset({"sending", "deploying", "contributing", "providing", "dispatching"})
_SHOULD_PART_VERBS = frozenset({"take", "participate", "contribute", "join"})
INDIRECT_OFFER_TRIGGERS = frozenset({"should", "such", "including", "like", "promise", "promises",
                                     "pledge", "pledges", "possibility", "whether", "commitment",
                                     "signaled", "signalled", "indicated", "suggested", "hinted",
                                     "out", "excluded", "far", "plan", "plans", "that", "which"})


def indirect_offers(sent: Sent, speaker: str | None = None) -> list[tuple[Mention, str, int, int]]:
    """(s43) Openings the cues missed (round 9's tuning texts):

    - "Up to 30,000 soldiers could be deployed to Ukraine from countries such as Canada,
      Australia and Turkey": the nations the troops could come from are open;
    - "Czech President Petr Pavel believes that the Czech Republic should take part in deploying
      peacekeeping forces": a nation's own leader saying it should take part is open (an
      outsider's "should" is advice, `advised_or_outsiders`).
    """
    low = sent.lower
    n = len(low)
    out: list[tuple[Mention, str, int, int]] = _considered_possible_or_planned(sent, speaker)
    if TROOP_WORDS.isdisjoint(low) and {"peacekeeping", "peacekeepers"}.isdisjoint(low):
        return out
    for k in range(2, n - 2):
        if low[k] == "from" and low[k + 1] in ("countries", "nations", "states") and \
                low[k + 2:k + 4] in (["such", "as"], ["including", "the"]) or \
                low[k] == "from" and low[k + 1:k + 3] in (["countries", "including"], ["nations", "including"]):
            start = k + (4 if low[k + 2:k + 4] in (["such", "as"], ["including", "the"]) else 3)
            verb = next((j for j in range(max(0, k - 10), k) if low[j] in _SENT_PARTICIPLES
                         and low[j - 1] == "be" and low[j - 2] in _COULD_MODALS), None)
            if verb is None:
                continue
            names = _proposers_after(sent, start if low[start - 1] != "the" else start - 1)
            out += [(m, "open", verb - 2, verb + 1) for m in names]
        elif low[k] in ("countries", "nations") and low[k + 1:k + 2] == ["like"] or \
                low[k] in ("countries", "nations") and low[k + 1:k + 3] == ["such", "as"]:
            # "involving countries like France and the UK sending troops to Ukraine": their offer
            names = _proposers_after(sent, k + (2 if low[k + 1] == "like" else 3))
            end = max((m.end for m in names), default=0)
            if names and low[end:end + 1] and low[end] in _SENDING_FORMS and \
                    not TROOP_WORDS.isdisjoint(low[end + 1:end + 4]):
                out += [(m, "ready", k, end + 2) for m in names]
        elif low[k] == "should" and low[k + 1] in _SHOULD_PART_VERBS and (low[k + 1] != "take" or low[k + 2] == "part"):
            subject = next((m for m in sent.mentions if m.end in (k, k - 2) and m.label != "PERSON"
                            and m.iso3 not in HOST_AND_ADVERSARY), None)
            if subject is None or (m_end_gap := low[subject.end:k]) and m_end_gap not in (["can", "and"],):
                continue
            own = any(m.iso3 == subject.iso3 and m.end <= subject.start - 2 for m in sent.mentions)
            if own:  # (the cue from the subject: its own leader's "should" is no advice)
                out.append((subject, "open", subject.start, k + 3))
        elif low[k] in _PROMISE_OF and low[k + 1] == "of":
            # "the promise of British peacekeeping troops": that nation's offer
            j = k + 2 + (low[k + 2] in DETS)
            m = next((x for x in sent.mentions if x.start == j and x.iso3 not in HOST_AND_ADVERSARY
                      and x.label != "PERSON"), None)
            rest = [w for w in low[m.end:m.end + 3] if w not in ("peacekeeping", "ground", "combat")] \
                if m is not None else []
            if m is not None and rest[:1] and rest[0] in TROOP_WORDS | {"peacekeepers"}:
                out.append((m, "ready", k, m.end + 1))
        elif low[k] == "possibility" and low[k - 1] in DETS and low[k - 2] in _ACKNOWLEDGED and \
                low[k + 1] == "of":
            # "has cautiously acknowledged the possibility of Denmark's participation in a
            # potential allied contingent": open, as "does not rule out" is
            m = next((x for x in sent.mentions if x.start == k + 2 and x.iso3 not in HOST_AND_ADVERSARY
                      and x.label != "PERSON"), None)
            if m is not None and low[m.end:m.end + 2] in (["'s", "participation"], ["’s", "participation"],
                                                          ["'s", "involvement"], ["’s", "involvement"],
                                                          ["'s", "contribution"], ["’s", "contribution"]):
                out.append((m, "open", k - 2, m.end + 2))
    found = _UNDECIDED_WHETHER.search(" ".join(low))
    if found:  # "the government is not at the point yet of deciding whether Irish peacekeepers
        # will have a role": undecided
        at = len(" ".join(low)[:found.end()].split())
        m = next((x for x in sent.mentions if x.start == at and x.iso3 not in HOST_AND_ADVERSARY), None)
        if m is not None and low[m.end:m.end + 1] and low[m.end] in TROOP_WORDS | {"peacekeepers"}:
            out.append((m, "undecided", at - 3, m.end + 1))
    return out


_PROMISE_OF = frozenset({"promise", "promises", "pledge", "pledges"})
_ACKNOWLEDGED = frozenset({"acknowledged", "acknowledges", "admitted", "admits", "raised", "raises",
                           "floated", "floats"})
_UNDECIDED_WHETHER = re.compile(r"\b(?:not\s+(?:at\s+the\s+point\s+)?yet\s+(?:[\"”“']\s+)?(?:of\s+)?|yet\s+to\s+)"
                                r"decid(?:e|ing)\s+whether\b")


_NOT_RULED_OUT = re.compile(r"\b(?:not|n't|never)\s+(?:be\s+)?(?:[\"“”']\s*)?(?:rule|rules|ruled)\s+(?:[\"“”']\s*)?out\b"
                            r"|\bnot\s+(?:be\s+)?excluded\b|\bcan\s*not\s+be\s+(?:[\"“”']\s*)?ruled\b")
_A_POSSIBILITY_OF = re.compile(r"\b(?:absolutely|real|strong|a|every)\s+(?:[\"“”']\s*)?possibility\s*(?:[\"“”']\s*)?"
                               r"of\s+(?:sending|deploying)\s+([a-z]+)\s+(?:troops|soldiers|peacekeepers|forces)\b")
_TALKED_OF = frozenset({"discussing", "discuss", "discussed", "discusses", "debating", "debate", "debated",
                        "considering", "consider", "considered", "weighing", "mulling", "drawing", "drew",
                        "drafting", "working"})
_PREPOSITIONS = frozenset({"in", "from", "to", "of", "with", "for", "on", "at", "by", "into", "against"})
_FAR_FROM = re.compile(r"\bfar\s+from\s+(?:talking|discussing|deciding)\b")
_FORCE_TERMS = frozenset({"coalition", "force", "forces", "mission", "peacekeeping", "peacekeepers",
                          "troops", "contingent", "mandate", "deployment", "soldiers"})
_SIGNALLED = frozenset({"signaled", "signalled", "indicated", "suggested", "hinted"})
_COULD_GIVE = frozenset({"contribute", "send", "deploy", "join", "participate"})


def _others_not_ruling_out(sent: Sent, speaker: str | None) -> bool:
    """(s58) The "not rule out" is another nation's: "... said that Finland and Germany are
    opposed, although Berlin does not rule out such a step" (not the speaker's own)."""
    low = sent.lower
    for k, w in enumerate(low):
        if w not in ("not", "n't", "never") or "out" not in low[k + 1:k + 5]:
            continue
        j = k - 1
        while j >= 0 and low[j] in _AUX_BEFORE_NOT:
            j -= 1
        m = next((x for x in sent.mentions if x.end == j + 1), None)
        if m is not None and m.iso3 != speaker and m.iso3 not in _NOT_CONTRIBUTORS:
            return True
        said = next((j for j in range(k - 1, max(0, k - 14), -1) if low[j] in REMARK_NOUNS), None)
        if said is not None and any(m.iso3 != speaker and m.iso3 not in _NOT_CONTRIBUTORS
                                    and said - 2 <= m.start <= said + 6 for m in sent.mentions):
            return True  # (s72) "to comment on remarks by Macron in which he said he did not
            # rule out Western troops": the remarks' owner's, not the speaker's
    return False


# (s72) what a speaker's remarks are called: "Macron's comments that he ...", "remarks by X"
REMARK_NOUNS = frozenset({"comments", "comment", "remarks", "remark", "statement", "statements",
                          "words", "suggestion", "claim", "assertion"})


_AUX_BEFORE_NOT = frozenset({"does", "do", "did", "has", "have", "had", "would", "will", "can",
                             "could", "should", "is", "are", "was", "were", "also", "still"})


def _considered_possible_or_planned(sent: Sent, speaker: str | None
                                    ) -> list[tuple[Mention, str, int, int]]:
    """(s43) Round 11's openings: a commitment "to consider contributing"; a speaker's "should
    not be ruled out" / "I would not rule out" / "it is not excluded" of troops (open, the
    speaker's nation); "absolutely a possibility of sending Swedish peacekeepers"; "far from
    discussing troop deployments" (undecided, the speakers' nations); "X signalled it could
    contribute" (open; conditional given a mandate or a guarantee)."""
    low = sent.lower
    n = len(low)
    text = " ".join(low)
    out: list[tuple[Mention, str, int, int]] = []
    own = [m for m in sent.mentions if m.iso3 == speaker] if speaker and speaker not in _NOT_CONTRIBUTORS else []
    troops = not TROOP_WORDS.isdisjoint(low) or "peacekeepers" in low
    for k in range(1, n - 3):
        if low[k] == "commitment" and [w for w in low[k + 1:k + 4] if w not in _QUOTES][:2] == ["to", "consider"] and \
                low[k + 3:k + 4] and low[k + 3] in ("contributing", "sending", "joining", "deploying"):
            owner = next((m for m in sent.mentions if m.end == k - 1 and low[k - 1] in ("'s", "’s")
                          and m.iso3 not in _NOT_CONTRIBUTORS), None)
            if owner is not None:
                out.append((owner, "open", k, k + 4))
        elif low[k] == "commitment" and low[k + 1] == "from":
            owner = next((m for m in sent.mentions if m.start in (k + 2, k + 3) and m.iso3 not in _NOT_CONTRIBUTORS), None)
            if owner is not None and [w for w in low[owner.end:owner.end + 3] if w not in _QUOTES][:2] == \
                    ["to", "consider"]:
                out.append((owner, "open", k, owner.end + 3))
        elif low[k] in _SIGNALLED and low[k + 1:k + 2] in (["it"], ["they"]) and \
                low[k + 2:k + 3] and low[k + 2] in ("could", "would", "might", "may") and \
                low[k + 3:k + 4] and low[k + 3] in _COULD_GIVE:
            if _FORCE_TERMS.isdisjoint(low):
                continue  # (what it could contribute to must be the force: not money, not talks)
            who = [m for m in sent.subject_actors(k, exclude=_NOT_CONTRIBUTORS) if m.label != "PERSON"]
            tail = low[k + 4:k + 14]
            cond = ("given" in tail or "if" in tail) and {"mandate", "guarantee", "guarantees", "pledge"} & set(tail)
            out += [(m, "conditional" if cond else "open", k, k + 4) for m in who]
    if own and troops and _NOT_RULED_OUT.search(text) and OUTSIDE_VOICES.isdisjoint(low) and \
            not _others_not_ruling_out(sent, speaker):
        out.append((own[0], "open", 0, min(n, 3)))
    found = _A_POSSIBILITY_OF.search(text)
    if found and NEGATIONS.isdisjoint(text[:found.start()].split()[-3:]):
        nation = next((m for m in sent.mentions if m.text.lower() == found.group(1)
                       and m.iso3 not in _NOT_CONTRIBUTORS), None)
        if nation is not None:
            out.append((nation, "open", nation.start - 3, nation.end + 1))
            if "mandate" in low[nation.end:nation.end + 12]:
                out.append((nation, "conditional", nation.start - 3, nation.end + 1))
    for k in range(1, n - 4):
        if low[k] in ("plan", "plans") and low[k + 1] in ("for", "to"):
            # "plans for British and French troops to deploy", "plans to send British and French
            # troops": the nations whose troops the plan sends (the plan leaders' convention, §5)
            j = k + 2 if low[k + 1] == "for" else (k + 3 if low[k + 2] in ("send", "deploy", "station") else -1)
            if j < 0 or not _TALKED_OF.isdisjoint(low[max(0, k - 4):k]) or \
                    not NEGATIONS.isdisjoint(low[max(0, k - 3):k]):
                continue  # ("officials are discussing a plan to send Danish troops": the talks)
            names = _proposers_after(sent, j)
            end = max((m.end for m in names), default=0)
            if names and all(m.label != "GROUP" for m in names) and low[end:end + 1] and \
                    low[end] in TROOP_WORDS and (low[k + 1] == "to" or low[end + 1:end + 3] in (
                        ["to", "deploy"], ["to", "be"], ["to", "go"], ["in", "ukraine"])):
                out += [(m, "ready", k, end + 1) for m in names]
        elif low[k] in ("that", "which") and low[k - 1] not in ("so", "such") and \
                not (TROOP_WORDS | _FORCE_TERMS).isdisjoint(low[max(0, k - 6):k]):
            # 'the "forces of pacification" that the United Kingdom and France plan to create'
            names = _proposers_after(sent, k + 1)
            end = max((m.end for m in names), default=0)
            if names and low[end:end + 2] in (["plan", "to"], ["intend", "to"], ["plans", "to"]) and \
                    low[end + 2:end + 3] and low[end + 2] in ("create", "deploy", "send", "establish",
                                                              "form", "station", "lead"):
                out += [(m, "ready", k, end + 3) for m in names]
    far = _FAR_FROM.search(text)
    if far and (troops or "deployments" in low or "contingents" in low):
        at = len(text[:far.start()].split())  # the speakers named after it ("..., German and
        # Italian Prime Ministers Friedrich Merz and Giorgia Meloni said")
        who = [m for m in sent.mentions if m.start > at and low[m.start - 1] not in _PREPOSITIONS
               and m.iso3 not in _NOT_CONTRIBUTORS and m.label != "GROUP"] or own
        seen: set[str] = set()
        for m in who:
            if m.iso3 not in seen:
                seen.add(m.iso3)
                out.append((m, "undecided", m.start, m.end))
    return out


# (s44) "U.K., Sweden say troops could head to post-war Ukraine": the sayers' own troops, bare
# (no other owner named), on a modal of possibility: their openness
SAYING_TRIGGERS = frozenset({"say", "says", "said"})
BARE_TROOPS = frozenset({"troops", "soldiers", "forces", "peacekeepers"})
_POSSIBLY = frozenset({"could", "may", "might"})
_GOING = frozenset({"head", "go", "be", "deploy", "join", "serve", "help", "enter", "move"})


def sayers_troops_could(sent: Sent) -> list[tuple[Mention, str, int, int]]:
    """(s44) "Britain and Sweden say troops could head to Ukraine": open, the sayers'."""
    low = sent.lower
    out: list[tuple[Mention, str, int, int]] = []
    for k in range(1, len(low) - 3):
        if low[k] not in SAYING_TRIGGERS:
            continue
        j = k + 2 if low[k + 1] == "that" else k + 1
        if low[j:j + 1] and low[j] in BARE_TROOPS and low[j + 1:j + 2] and \
                low[j + 1] in _POSSIBLY and low[j + 2:j + 3] and low[j + 2] in _GOING:
            out += [(m, "open", m.start, j + 3) for m in sent.subject_actors(
                k, exclude=_NOT_CONTRIBUTORS) if m.end <= k]
    return out


# (s44, round 14's extras) a false story told of a nation ("Russian propaganda is pushing the
# narrative that Poland is preparing to send troops"): no stance of its own; and a refusal the
# news only expects ("UK may refuse to send troops", "Britain was likely to abandon plans to
# send troops"): no refusal yet
_FALSE_STORY = frozenset({"narrative", "narratives", "propaganda", "disinformation", "myth",
                          "myths", "lie", "lies", "fake", "falsehood", "fabrication"})
_GIVING_UP = frozenset({"refuse", "abandon", "drop", "scrap", "shelve", "decline"})
# "likely to abandon plans" expects the plan dropped (its readers keep the plan: ready); "likely
# to refuse" stays a refusal (15d)
_PLANS_DROPPED = frozenset({"abandon", "drop", "scrap", "shelve"})


def false_stories(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s44) No offer inside a false story told of the nation ("Russian propaganda is pushing
    the narrative that Poland is preparing to send troops")."""
    low = sent.lower
    n = len(low)
    stories = [k for k in range(n - 1) if low[k] in _FALSE_STORY and low[k + 1] == "that"]
    # (s62) a report the government denies: "China rejects report claiming it is willing to
    # participate": the report's offer is none (the denial stays the refusal it is read as,
    # sessions 13 and 48: "Norway denied reports that it was ready to send troops")
    denials = [(j, k) for k in range(n) if low[k] in _REPORT_NOUNS
               for j in range(max(0, k - 4), k) if low[j] in _DENYING_REPORTS]
    stories += [k for _, k in denials]
    if not stories:
        return hits
    out = []
    for h in hits:
        at = cue_at(sent, h)
        if at is not None and h.stance in ("ready", "open", "conditional") and any(
                k < at and "," not in low[k:at] and ";" not in low[k:at]
                and own_clause_after(low[k:at]) is None for k in stories):
            continue
        out.append(h)
    return out


# (s74) the teller's own next clause after a story it denies: "denied rumours that it had
# withdrawn and said it remains ready"
SAYS_ON = frozenset({"said", "says", "added", "insisted", "stressed", "confirmed", "reiterated"})


def own_clause_after(low: Sequence[str]) -> int | None:
    """(s74) Where the teller's own next clause ("and said", "but insisted") opens in ``low``, the
    words after a story or report it denies, or None."""
    return next((j - 1 for j in range(1, len(low))
                 if low[j] in SAYS_ON and low[j - 1] in ("and", "but")
                 and low[j + 1:j + 2] != [] and low[j + 1] in _OWN_SUBJECTS), None)


# (second review s74) the denier's own next clause goes on with its pronoun ("and insisted it
# remains"), not with another subject ("a report that quoted officials and said Romania would")
_OWN_SUBJECTS = frozenset({"it", "that", "they", "he", "she", "we"})


def withdrawal_denied(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s74) A withdrawal the nation denies ("Belgium denied that it had withdrawn its offer of
    troops"): the offer stands, ready (the cue read the withdrawal as a refusal)."""
    low = sent.lower
    out = []
    for h in hits:
        at = cue_at(sent, h)
        if h.stance == "declines" and at is not None and low[at] in WITHDRAWN and \
                _denial_governs(low, at) and {"not", "never", "n't"}.isdisjoint(low[max(0, at - 8):at]):
            h = replace(h, stance="ready", condition=None, base=None)
        out.append(h)
    return out


_NOT_TRUE = (["not", "true", "that"], ["untrue", "that"], ["false", "that"])
_NOBODY = (["no", "one"], ["nobody"], ["no-one"])


def said_untrue_or_by_nobody(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s74) An offer said untrue ("It is not true that Austria will send soldiers"): a refusal,
    as a report denied; a refusal nobody made ("No one in this government has ruled out
    sending troops"): open, as "has not ruled out"."""
    low = sent.lower
    out = []
    for h in hits:
        at = cue_at(sent, h)
        if at is not None and h.stance in ("ready", "open", "conditional") and any(
                low[k:k + len(p)] == p and k >= 1 and low[k - 1] in ("is", "'s", "’s", "was")
                and _STOPS.isdisjoint(low[k:at])
                for k in range(max(0, at - 8), at) for p in _NOT_TRUE):
            h = replace(h, stance="declines", condition=None, base=None)
        elif at is not None and h.stance == "declines" and _nobody_refuses(low, at):
            h = replace(h, stance="open", condition=None, base=None)
        out.append(h)
    return out


_STOPS = frozenset({";", "-", "–", "—", ":", ","})
# what may stand between "no one" and its refusal: "No one in this government has ruled out"
_NOBODYS_WORDS = frozenset("in this the government cabinet coalition of us them here has have had "
                           "yet ever so far officially publicly formally explicitly".split())


def _nobody_refuses(low: list[str], at: int) -> bool:
    """(s74) "No one" (nobody) is the refusal's own subject, only a place or group and an
    auxiliary between (not "No one was surprised when Hungary ruled out ...")."""
    for k in range(max(0, at - 7), at):
        for p in _NOBODY:
            if low[k:k + len(p)] == p:
                between = low[k + len(p):at]
                return all(w in _NOBODYS_WORDS for w in between)
    return False


_THIS_FORCE = frozenset({"force", "reassurance", "deployment", "mission", "contingent",
                         "coalition", "peacekeeping", "peacekeepers"})


def sent_elsewhere(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s74) Troops offered to another country, with neither Ukraine nor the force named in the
    sentence ("Portugal will send a detachment of 200 troops to Romania under NATO's forward
    presence"): NATO's flank or another mission, no offer for the force in Ukraine."""
    low = sent.lower
    if not _THIS_FORCE.isdisjoint(low) or not {"ukraine", "ukrainian", "kyiv"}.isdisjoint(low):
        return hits
    out = []
    for h in hits:
        at = cue_at(sent, h)
        if at is not None and h.stance in ("ready", "open", "conditional"):
            end = sent.clause_end(at)
            dest = next((m for m in sent.mentions if at < m.start < min(end, at + 12)
                         and low[m.start - 1] == "to" and m.label == "NATION"), None)
            if dest is not None and dest.iso3 not in HOST_AND_ADVERSARY and dest.iso3 != h.actor:
                continue
        out.append(h)
    return out


# the denials of suggestions `phrasings` reads, as reports denied
_DENYING_REPORTS = _DENY_SUGGESTION | {"rejecting", "denying", "dismissing"}
_REPORT_NOUNS = _SUGGESTIONS - {"suggestion", "suggestions"} | {"report", "claim", "story",
                                                              "stories", "allegations"}


def expected_refusals(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s44) No refusal the news only expects ("UK may refuse to send troops", "Britain was
    likely to abandon plans to send troops"). Called right after `false_stories` (the two
    were one function until s61)."""
    low = sent.lower
    n = len(low)
    expected = [k for k in range(1, n) if low[k] in _GIVING_UP and (
        low[k - 1] in _MAY or low[k - 1] == "to" and k >= 2 and (
            low[k - 2] in _MAY or low[k - 2] == "likely" and low[k] in _PLANS_DROPPED))]
    if not expected:
        return hits
    out = []
    for h in hits:
        at = cue_at(sent, h)
        if at is not None and h.stance == "declines" and any(k - 3 <= at <= k + 6 for k in expected):
            continue
        out.append(h)
    return out


# (s62) verbs of another's hope or expectation: "Lombard said he hoped Germany would join"
_HOPING = frozenset({"hoped", "hopes", "hope", "hoping", "expects", "expected", "expect",
                     "expecting", "wished", "wishes", "wants", "wanted", "believes", "believed"})
_WOULD = frozenset({"would", "will", "could", "might", "can", "may"})


def others_hopes(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s62) No stance from another's hope or expectation: "Lombard said he hoped Germany would
    join a European force", "Warsaw expects Berlin to send troops": the troop cue after
    "<someone> hoped (expects) <nation> would (to) ..." is the hoper's wish, neither the
    nation's position nor the hoper's own offer. Not "Germany hopes to send troops" (its own
    wish, `open`): the nation must follow the verb."""
    low = sent.lower
    hoped = [(k, m.end) for k in range(len(low))
             if low[k] in _HOPING or low[k] == "like" and k > 0 and low[k - 1] in ("would", "'d")
             # (s67, a reviewer's probes) "Merz said he would like Italy to take part"
             for m in sent.mentions
             if k < m.start <= k + 2 and low[k + 1:m.start] in ([], ["that"])
             and m.label != "PERSON" and low[m.end:m.end + 1] != []
             and (low[m.end] in _WOULD or low[m.end] == "to")]
    if not hoped:
        return hits
    out = []
    for h in hits:
        at = cue_at(sent, h)
        if at is not None and h.stance in TROOP_STANCES and h.actor not in HOST_AND_ADVERSARY and \
                any(k < at <= end + 6 for k, end in hoped):
            continue
        out.append(h)
    return out


def others_infinitive(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s62) No stance for the speaker from what another nation is to do: "Macron said it was
    critical for Washington to offer backup for any European peacekeeping force": the offer's
    subject is the nation after "for" ("for X to offer"), not the speaker. A hit whose cue spans
    such a "for <nation> to" of another nation (in its text) is dropped."""
    low = sent.lower
    fors = [m for m in sent.mentions if m.start >= 1 and low[m.start - 1] == "for"
            and low[m.end:m.end + 1] == ["to"] and m.label != "PERSON"]
    if not fors:
        return hits
    named = [(m.iso3, f"for {sent.text_of(m.start, m.end).lower()} to ") for m in fors]
    return [h for h in hits if not (h.stance in TROOP_STANCES and any(
        iso3 != h.actor and phrase in h.cue.lower() for iso3, phrase in named))]


_BOOTS_AND_PLANES = ["boots", "on", "the", "ground", "and", "planes", "in", "the", "air"]


def boots_and_planes(sent: Sent, speaker: str | None) -> list[tuple[Mention, str, int, int]]:
    """(s72, set 157) Britain's offer in Starmer's words, "(back a deal) with boots on the ground
    and planes in the air": ready, for Britain named before the phrase or speaking, when no
    negation stands just before it (set 157's "Britain will play a leading role ... with, if
    necessary, and together with others, boots on the ground ...", which the passes lost in the
    asides)."""
    low = sent.lower
    k = next((j for j in range(len(low)) if low[j:j + 9] == _BOOTS_AND_PLANES), None)
    if k is None or not NEGATIONS.isdisjoint(low[max(0, k - 6):k]):
        return []
    owner = next((m for m in sent.mentions if m.iso3 == "GBR" and m.start < k), None)
    if owner is None and speaker == "GBR" and not any(
            m.start < k and m.iso3 not in HOST_AND_ADVERSARY for m in sent.mentions):
        owner = _speaker_at("GBR", 0)
    return [] if owner is None else [(owner, "ready", k, k + 9)]


def sending_together_with(sent: Sent, hits: list[StanceHit]) -> list[tuple[Mention, str, int, int]]:
    """(s72, set 157) "the UK has already agreed to send troops together with France, Turkey,
    Canada and Australia": the nations it sends them with are ready too (set 157's readers)."""
    low = sent.lower
    k = next((j for j in range(2, len(low) - 2) if low[j:j + 2] == ["together", "with"]
              and not TROOP_WORDS.isdisjoint(low[max(0, j - 3):j])), None)
    if k is None or not any(h.stance == "ready" for h in hits):
        return []
    first = next((m for m in sent.mentions if m.start == k + 2), None)
    if first is None:
        return []
    return [(m, "ready", k, m.end) for m in sent.coordinated(first)
            if m.iso3 not in HOST_AND_ADVERSARY and m.label != "PERSON"]
