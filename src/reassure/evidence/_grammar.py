"""Stances by clause shape, not by cue phrase: a troop object, a holder nation, and the modality
of the words between them (docs/evidence.md §5, "Second pass").

The cue matcher (`_stances`) knows phrasings; this pass knows a shape that any verb fills. In each
clause it looks for

* a troop OBJECT: troops, soldiers, personnel, forces, a contingent, boots, units, peacekeepers,
  a brigade or battalion, the (reassurance) force or mission, or "take part in it";
* a HOLDER: a nation (or a group, expanded; or a leader, standing for the nation) before the
  object, as the subject or a possessive ("Italy's refusal to send soldiers"), not after a
  preposition ("troops in Poland"), at most ``WINDOW`` tokens before it;
* the MODALITY of the words between holder and object (and a few after the object, for passives:
  "British troops could be posted"): a negation declines, a possibility is open, a commitment is
  ready, "premature" / "not yet decided" is undecided, and a condition (if, unless, provided,
  depends on, subject to, a ceasefire, parliament, a US backstop, limits on roles) makes a ready
  or open stance conditional.

It only adds a stance for a nation the cue pass gave none in that sentence, so the cue pass's
precision guards stay in force; its own guards: talks and planning are not troops, aid /
intelligence / funding / training are not troops, questions and "whether" clauses hold no stance,
Russia, Ukraine and the US are never holders.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from reassure.evidence._claims import OTHER_NATION_NOUNS
from reassure.evidence._gazetteer import GROUPS, HOST_AND_ADVERSARY
from reassure.evidence._stances import (
    HARM_WORDS,
    OUTSIDE_VOICES,
    SENT_PEOPLE,
    TROOP_WORDS,
    USE_DETERMINERS,
    StanceHit,
    beside_ukraine,
    combat_only,
    embedded_question,
    former_reporter,
    home_territory,
    is_question,
    judgement_after,
    money_offer,
    names_money,
    opposition_speaks,
    opting_out,
    others_about,
    outside_government,
    outside_ukraine,
    own_clause_after,
    plan_given_up,
    redeployed_from,
    reported_by_others,
    said_by_outsider_after,
    told_person,
    too_much_to,
    until_contrast,
    with_list_only,
    without_required,
)
from reassure.evidence._stances.conditions import _condition_of
from reassure.evidence._stances.cue_clause import (
    _DENIED_THAT,
    _DISCORD,
    _EXCLUDING,
    _ROLE_IN,
    _RUMOURS,
    _VOTE_WORDS,
    _denial_governs,
    _estimated_before,
)
from reassure.evidence._stances.frames import _OTHER_SENDERS, _YET_TO_HOLDERS, _before_the_premise
from reassure.evidence._stances.holders import _many
from reassure.evidence._stances.negation import _inverted_negation
from reassure.evidence._text import (
    _SUBJECT_PRONOUNS,
    BOUNDARY_WORDS,
    LIST_GLUE,
    SPEECH,
    Mention,
    Sent,
    list_gap,
    own_titled_leader,
    some_of_group,
)

__all__ = ["GRAMMAR_OBJECTS", "PREPARE_WORDS", "REGION_WORDS", "WINDOW", "grammar_stances"]

# the holder-to-object distance in tokens, chosen by 3-fold cross-validation by story (§11)
WINDOW = 12

_TROOP_NOUNS = frozenset(
    "troops troop soldiers soldier personnel forces contingent contingents boots units peacekeepers "
    "peacekeeping servicemen brigade battalion battalions brigades".split()
)
_DEPLOY_VERBS = frozenset("send deploy station commit contribute provide dispatch post".split())
_FORCE_NOUNS = frozenset({"force", "mission", "mnf-u"})
GRAMMAR_OBJECTS = _TROOP_NOUNS | _FORCE_NOUNS | {"it", "them", "members"}  # (s30) service members
# a word just before a troop noun that makes it not a troop offer
_NOT_TROOP_BEFORE = frozenset(
    "air police intelligence funding financial logistical training weapons equipment armed "
    "russian ukrainian american u.s. us "
    "nato allied".split()  # (s18) "spoken out against the redeployment of NATO troops from
)  # their territories": the alliance's troops, not the nations' own
_TALKS = frozenset({"talks", "meeting", "meetings", "summit", "discussions", "discussion",
                    "planning", "negotiations", "conference", "call", "video", "consultations"})
_AID = frozenset({"aid", "intelligence", "funding", "money", "weapons", "training", "instructors",
                  "equipment", "ammunition", "air", "financial", "logistics", "logistical",
                  "satellite", "surveillance", "infrastructure", "facilities"})  # (15v)
_SPEECH_BREAK = SPEECH | frozenset("according believes believe think thinks signaled signalled "
                                   "indicated framed reaffirmed".split())
# words after a speech verb that take the holder on ("said it would", "confirmed its readiness",
# "spoke of their readiness")
_PRONOUNS = _SUBJECT_PRONOUNS | {"that", "of"}
_NOT_HOLDERS = HOST_AND_ADVERSARY | {"USA", "PRK"}  # (s30) North Korea fights beside Russia
_BOUNDARY = (BOUNDARY_WORDS - {"yet"}) | {";", ":", "meanwhile", "(", ")", "—", "–"}

_NEGATION = frozenset(
    "not n't never no refuse refuses refused refusing refusal reject rejects rejected rejecting "
    "decline declines declined declining unwilling unwillingness won't "
    "cannot can't "
    "opposes opposed oppose opposition against excludes excluded exclude rules ruled ruling "
    # issue 15q: "doesn't rule out Australian peacekeepers" (open), "participating without
    # basing forces in Ukraine"
    "rule without "
    "discard discards discarded discarding "  # (s71) "did not discard sending German troops"
    # issue 15v: "a declaration prohibiting the sending of troops"
    "prohibiting prohibits prohibited prohibit banning bans banned forbidding forbids "
    # "willingness to mediate, rather than send its forces"; (s18) "may send commercial
    # companies to Ukraine instead of soldiers"
    "rather instead "
    # (s30) "has not dismissed the option of sending": a negated dismissal (open, below)
    "dismissed dismiss dismisses dismissing "
    # (s30) "Tusk criticized a possible deployment of Polish troops": against it
    "criticized criticised criticizes criticises criticizing criticising "
    # (s64) "issued a strong rejection of any notion of sending troops", "denounced"
    "rejection rejections denounce denounced denounces denouncing".split()
)
# issue 15q: doubt about sending is not yet a decision ("Meloni doubts the expediency of sending
# European troops", "expressed skepticism about ... sending"): undecided, as "sceptical"
_DOUBT = frozenset({"doubts", "doubt", "doubted", "skepticism", "scepticism", "skeptical",
                    "sceptical", "doubtful",
                    # issue 15s: reluctance is hesitation, `undecided` as the cue pass reads
                    # "reluctant" (§5); the grammar pass had read it as a refusal
                    "reluctant", "reluctance",
                    # issue 15t: caution and a non-committal stance are hesitation too
                    "cautious", "noncommittal", "committal",
                    # (s31) "Germany remains uncertain about sending troops" (read as ready
                    # before: "sending"), "lukewarm about the idea", in two minds
                    "uncertain", "unsure", "ambivalent", "lukewarm"})
_CAUTIOUS = frozenset({"cautious", "cautiously"})
_HESITATION = frozenset({"hesitation", "hesitancy", "hesitance", "hesitant", "hesitating",
                         "hesitates", "hesitated"})
_REFUSAL_NOUNS = frozenset({"refusal", "refusals", "refused", "refuse", "opposition", "rejection"})
_INSTEAD = frozenset({"instead", "rather"})
_ABOUT = frozenset({"about", "on", "over", "regarding", "of", "in", "when"})


def _doubtful(span: list[str]) -> bool:
    """Doubt in the words: "doubts", "sceptical", "reluctant", "cautious about committing troops"
    (15t). Caution alone qualifies a stance rather than being one ("positive but cautious",
    "a cautious but proactive stance", "cautiously positive": 15zb): only *cautious* + about
    (on, over ...) counts."""
    for k, w in enumerate(span):
        if w in _CAUTIOUS:
            if span[k + 1:k + 2] and span[k + 1] in _ABOUT:
                return True
        elif w in _DOUBT:
            return True
        elif w in _HESITATION and _REFUSAL_NOUNS.isdisjoint(span):
            return True  # (s69, set 144) "have shown hesitation to provide troops" (read as
            # ready before); "hesitation or outright refusal" stays a refusal
    return False


# issue 15s: a capacity judged, not a stance ("France is the best-prepared state for such a
# mission")
# (s31) an offer walked back: "backed away from", "pulled back from"
_RETREATED = frozenset({"backed", "backing", "backs", "pulled", "pulling", "walked", "walking",
                        "stepped", "stepping"})
# (s31) a position not settled, said after the object ("... on sending troops remains unclear")
_UNSETTLED = frozenset({"uncertain", "unclear", "undecided", "unsure"})
_CAPACITY = frozenset({"best", "better", "well", "ill", "most", "least", "best-prepared",
                       "well-prepared", "best-placed", "well-placed"})
_PREPARE = frozenset({"preparing", "prepares", "prepare", "preparations", "preparation"})
PREPARE_WORDS = _PREPARE  # "preparing for deployment" shapes a sentence with no troop noun (15s)
# an offer given up is no stance ("Britain has abandoned earlier plans to send 30,000 troops")
_GIVEN_UP = frozenset({"cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling",
                       "abandoned", "abandons", "abandon", "abandoning", "dropped", "drops",
                       "scrapped", "scraps", "shelved", "shelves"})
# (s30) "has not dismissed the option of sending German personnel": open, as "not ruled out"
_NOT_EXCLUDED = (_EXCLUDING - {"off"}) | {"dismissed", "dismiss", "dismisses", "dismissing",
                                          # (s31) "does not categorically reject sending
                                          # troops": open, as "does not rule out"
                                          "reject", "rejects", "rejected", "rejecting",
                                          # (s71) "did not discard sending German troops"
                                          "discard", "discards", "discarded", "discarding"}
_POSSIBLE = frozenset(
    "could may might consider considers considering considered weigh weighs weighing mull mulls "
    "mulling open possibility possible possibly prospect explore exploring potentially "
    "contemplating contemplate options option assessing examining chances chance "
    "consideration open-minded likelihood "
    "hinted hint hints hinting "  # (s24) "have all hinted at sending forces"
    "want wants wanted "  # (s24) "Paris and London want to send troops": a wish (§5)
    "wish wishes wished desire desires hope hopes hoped hoping".split()  # (s30) the same wish
)
_COMMIT = frozenset(
    "will would 'll ready prepared willing willingness pledge pledges pledged pledging commit "
    "commits committed commitment offer offers offered offering "
    "agree agrees agreed readiness part intend intends intended promise promises promised "
    "announced send sends sending sent deploy deploys deploying deployed contribute contributes "
    "contributing contributed provide provides providing join joins joining "
    "dispatch station stationing supply participate participates participating set shall "
    "posted post "
    "confirmed confirms".split()  # (s68) "has confirmed its contribution to the force"
)
# the object inside someone's plan, idea, worry or request, not the holder's own offer
# ("Britain and France are developing a plan to deploy peacekeepers": planning, not a stance)
_NOT_OFFER = frozenset(
    "plan plans planning idea ideas proposal proposals concerns concern floated persuade "
    "persuading pressuring pressure urged urge urging hoped specify developing working "
    "create transit position perspective responds among reservations preparing prepares "
    "expected already specified specifies "
    # 15zb: a stance (attitude) on deploying is a position, described ("Norway's stance on
    # deploying a mission is positive but cautious")
    "stance attitude "
    # 15zb: money for the troops, or their equipment, is not sending them ("The funding will go
    # towards adapting British troops to modern combat")
    "funding funds financing adapting equipping modernising modernizing upgrading "
    # the object inside a topic, a procedure or a talk about it, not an offer ("raise the issue
    # of deploying", "the debate on deploying", "distanced themselves from talk of sending",
    # "procedures for deploying troops abroad", "clarifies conditions for sending"; issue 15j)
    "issue debate talk procedures procedure system discuss discussing clarifies "
    "disappointment "
    # issue 15q: building the coalition is not sending one's troops ("as France and the UK draw
    # together a coalition of the willing to deploy a force"); "refused to be drawn on the
    # number of UK personnel" is no answer
    "coalition drawn responsibility building "
    # (s31, recurring in 4 fresh sets) commanding the force is leading it, not sending one's
    # own troops ("Italy will take command of a multinational monitoring force")
    "command commanding "
    # issue 15q, from set 6: a topic talked about or described ("The government is not talking
    # about Italian soldiers in Ukraine", "London and Paris describe the possible deployment")
    "talking describe describes described "
    # issue 15s: a discussion, a speculation or a mention of the troops is talk about them, not
    # an offer ("Leaders of the EU and the UK have discussed the possibility of deploying 30,000
    # troops", "Tusk addressed speculation about a possible peacekeeping mission", "Macron did
    # not mention the possibility of foreign peacekeepers"); a logistics hub for the force is
    # another role ("Poland could become a logistics hub for multinational forces")
    "discussed discusses discussions discussion speculation speculations mention mentioned "
    "mentions mentioning hub "
    # issue 15v: persuading others, a concept explored, assisting (S9)
    "convince convincing convinced encourage encouraging encouraged concept assisting "
    "assist claims rumours rumors allegations "
    # s24: raising or readying an army is not sending it ("Germany has struggled to recruit and
    # train battle-ready soldiers")
    "recruit recruits recruiting recruited recruitment struggled struggles struggle "
    "struggling".split()
)
# issue 15s: the verbs that send a subject's own troops ("British troops could be posted",
# "Spanish soldiers will join the mission"); troops that "would be required" or "will gain new
# powers" are no offer
_GOING = frozenset(
    "deployed sent posted stationed dispatched based placed join participate go serve take contribute "
    "deploy help part form lead patrol arrive enter operate land "
    # readiness to go ("Danish troops would be ready to deploy")
    "ready prepared willing available able".split()
)
_PREPARE_TO = frozenset({"prepare", "prepares", "preparing", "readying"})
_MOVING = frozenset({"head", "deploy", "go", "move", "travel", "be"})
_BORDERS = frozenset({"border", "borders", "frontier", "'s"})
_INTO = frozenset({"to", "into", "for", "in"})


def _heading_to_ukraine(low: list[str], k: int) -> bool:
    """(s48) The troops at ``k - 1`` go to Ukraine by their own verb: "(will / are preparing to /
    prepare to) head (deploy, go, move) to Ukraine", "... be deployed in Ukraine" -- not "head
    north for drills", "prepare to help Ukraine rebuild its army"."""
    j = k
    if low[j:j + 1] and low[j] in ("will", "would", "are", "is", "were"):
        j += 1
    if low[j:j + 2] and low[j] in _PREPARE_TO and low[j + 1:j + 2] == ["to"]:
        j += 2
    elif j == k or low[j - 1] not in ("will", "would"):
        return False  # neither "will head" nor "(are) preparing to head"
    if not (low[j:j + 1] and low[j] in _MOVING):
        return False
    j += 1 + (low[j] == "be" and low[j + 1:j + 2] in (["deployed"], ["sent"], ["based"]))
    # (Ukraine itself, not its border: "move to the Ukraine border", "Ukraine's border")
    at = next((x for x in range(j + 1, min(len(low), j + 3)) if low[x] == "ukraine"), None)
    return low[j:j + 1] != [] and low[j] in _INTO and at is not None and \
        _BORDERS.isdisjoint(low[at + 1:at + 4])
_TAIL_FILLER = frozenset({"be", "not", "n't", "also", "only", "soon", "likely", "eventually",
                          "then", "still", "initially", "first", "never"})
# a party or politician outside the government: its view is not the nation's stance
# ("Opposition leader Peter Dutton has dismissed the idea of sending Australian troops")
_OUTSIDE_GOVERNMENT = frozenset({"opposition", "opposition's", "lawmaker", "lawmakers", "mp",
                                 "mps", "poll", "survey", "respondents", "candidate"})
_RECOMMEND = frozenset({"should", "ought", "shouldn't"})
_APPROVE = frozenset({"approve", "approval", "authorise", "authorize", "consent", "vote"})
_MUST = frozenset({"have", "has", "must", "need", "needs", "require", "requires", "needed"})
_TITLE_WORDS = frozenset("prime minister president chancellor foreign defence defense premier "
                         "leader king queen".split())
_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "«", "»", "-"})
_PLAN_SEES = frozenset({"see", "sees", "envisage", "envisages", "envisaged", "foresee", "foresees"})
_ROLE_LIMIT = frozenset({"combat", "front", "frontline", "front-line", "fighting"})
# someone else's wish for the holder ("no ally is pressuring Poland to supply troops")
_URGED = frozenset({"pressuring", "pressure", "pressed", "urged", "urging", "urge", "persuade",
                    "persuading", "asked", "asking", "called", "calling", "invited", "inviting"})
_AUX = frozenset({"could", "would", "will", "can", "may", "might", "should", "are", "is", "were",
                  "was", "be", "'d", "must", "shall", "remains", "remain"})
_LIMITS = frozenset({"limits", "limit", "caveats", "caveat", "restrictions", "restricted",
                     "limited", "conditions", "condition"})
_QUESTION = frozenset({"whether", "?", "asked", "asks", "how", "where", "details", "unclear", "size",
                       "reveal", "challenged", "pressed", "question", "questions"})


def _clauses(low: list[str], starts: set[int]) -> list[tuple[int, int]]:
    """Clauses: cut at ";", "but", "while", relative pronouns, and ", and" before a new clause
    (not before the last nation of a list: "Germany, Italy, and Poland")."""
    out, a = [], 0
    for k, w in enumerate(low):
        if w in _BOUNDARY or (w == "and" and k and low[k - 1] == "," and k + 1 not in starts):
            if k > a:
                out.append((a, k))
            a = k + 1
    if a < len(low):
        out.append((a, len(low)))
    return out


_LISTED_BY = frozenset({"include", "includes", "including", "included", "comprise", "comprising",
                        "involve", "involving"})
_WEIGH_IT = frozenset({"considering", "weighing", "mulling", "consider", "considers", "evaluating",
                       "weighs", "exploring"})


def _troops_before(low: list[str], k: int) -> bool:
    """Troops sent in an earlier clause of the sentence, for a pro-form that stands for the
    sending ("do so", "do the same", "considering it"; 15t)."""
    return not _TROOP_NOUNS.isdisjoint(low[:k])


def _another_act_before(low: list[str], k: int, named: AbstractSet[int]) -> bool:
    """(review s69) The pro-form at ``k`` follows an act of its own sentence, joined by "and"
    ("Poland buys American weapons and Germany has ruled out doing so"): it stands for that act,
    not for the troops of the sentence before. Not a list of nations before "and" (``named``:
    the tokens of the sentence's mentions): "Spain, Italy and Germany have ruled out doing so"."""
    j = next((x for x in range(k - 1, 0, -1) if low[x] == "and"), None)
    if j is None or not _TROOP_NOUNS.isdisjoint(low[:k]):
        return False
    return any(x not in named and low[x] not in (",", "the") for x in range(j))


def _objects(low: list[str], a: int, b: int, after_troops: bool = False,
             named: AbstractSet[int] = frozenset()) -> list[int]:
    out = []
    for k in range(a, b):
        w = low[k]
        prev = low[k - 1] if k > a else ""
        if "un" in low[max(a, k - 2):k] or "u.n." in low[max(a, k - 2):k]:
            continue  # another mission: "UN peacekeeping operations"
        if w in _TROOP_NOUNS or w == "members" and prev == "service":  # (s30) "service members"
            if prev in _NOT_TROOP_BEFORE or (prev == "-" and low[k - 2:k - 1] == ["anti"]):
                continue  # (s18: "anti-personnel landmines")
            out.append(k)
        elif w in _FORCE_NOUNS:
            if prev in ("air", "police", "task", "labour", "work", "driving", "armed", "by"):
                continue
            out.append(k)
        elif w == "it" and k >= 2 and low[k - 1] == "in" and low[k - 2] in ("part", "participate"):
            out.append(k)  # "will take part in it" (the force named before)
        elif w == "them" and prev in _DEPLOY_VERBS and _TROOP_NOUNS & set(low[:k]):
            out.append(k)  # "... its troops ..., but it may deploy them in a NATO country"
        elif w in ("this", "so") and prev in ("do", "doing") and (
                after_troops and not _another_act_before(low, k, named) or _troops_before(low, k)):
            out.append(k)  # "... deploy their troops. X spoke of their readiness to do this"
        elif w == "same" and low[max(0, k - 2):k] in (["do", "the"], ["doing", "the"]) and (
                after_troops or _troops_before(low, k)) and low[k + 1:k + 2] not in (
                    ["with"], ["for"], ["in"]):  # (not "do the same with its air force")
            out.append(k)  # "Norway will send troops; Denmark may do the same" (15t)
        elif w == "it" and prev in _WEIGH_IT and _troops_before(low, k) and (
                k + 1 >= len(low) or low[k + 1] in (".", ",", ";")):
            out.append(k)  # "only Norway has committed to sending troops, while Denmark has
            # said it is considering it" (the sending of the clause before; 15t)
        elif w == "possibility" and after_troops and prev == "the" and \
                not {"ruled", "rule", "rules", "ruling", "exclude", "excluded", "excludes"}.isdisjoint(
                    low[max(a, k - 4):k]) and (k + 1 >= len(low) or low[k + 1] in (".", ",", ";")):
            out.append(k)  # "... considering deploying peacekeepers. Baerbock has also not
            # ruled out the possibility." (the troops of the sentence before; 15s)
        elif w in ("deployment", "deployments") and prev == "for" and \
                not _PREPARE.isdisjoint(low[max(a, k - 3):k]):
            out.append(k)  # "The British army has begun preparing for deployment" (15s)
        elif w in ("involvement", "presence") and prev == "military":
            out.append(k)  # "would decide on military involvement only after ..."
        elif w == "part" and "play" in low[max(a, k - 4):k]:
            nxt = [x for x in low[k + 1:k + 4] if x not in _QUOTE_MARKS]
            if nxt[:1] == ["in"] and nxt[1:2] and nxt[1] in _ROLE_IN:
                continue  # "play its part in ensuring Ukraine's security": not sending (15s)
            out.append(k)  # 'ready to "play its full part"
    return out


_COORDINATED_COMMIT = frozenset({"promised", "pledged", "vowed", "offered", "agreed", "announced",
                                 "decided", "committed", "confirmed",
                                 # (s31) "will take command of the force and contribute 2,000
                                 # of its own soldiers": the second verb holds the stance
                                 "contribute", "send", "deploy", "provide"})
_JUDGED = frozenset({"risks", "risk", "dangers", "danger", "consequences", "implications",
                     "denied", "denies", "deny", "denying",  # ("denied pledging to deploy")
                     "risky", "dangerous"})  # (s24) "it would be risky for Finnish soldiers to"


def _not_as_but_as(span: list[str], tail: list[str]) -> bool:
    """ "not as X but as Y" across the object: a role contrasted (s24)."""
    if not any(a == "not" and b == "as" for a, b in zip(span, span[1:], strict=False)):
        return False
    return any(w == "but" and "as" in tail[k + 1:k + 3] for k, w in enumerate(tail[:6]))


_UNNAMED_SUBJECTS = frozenset({"many", "some", "others", "most", "few", "several", "none"})
_REMARKED = frozenset({"commented", "comments", "commenting", "remarked", "remarks"})
_ARGUED_FOR = frozenset({"argue", "argues", "argued", "arguing", "lobby", "lobbies", "lobbied",
                         "lobbying", "push", "pushes", "pushed", "pushing"})
_OWN_MARKS = frozenset({"its", "their", "our", "own"})
_LABELLED_PLANS = frozenset({"initiative", "initiatives", "proposal", "proposals", "scheme",
                             "idea"})
_MANY_MISSIONS = frozenset({"several", "many", "numerous", "various", "multiple", "previous",
                            "past", "earlier", "countless", "dozens"})


_LONG_STANDING = frozenset({"long-standing", "longstanding", "historic", "traditional",
                            "decades-long", "enduring", "standing"})


_NOT_ADVERBS = frozenset({"italy", "july", "only", "family", "assembly", "ally"})  # words in -ly
_MEETINGS = frozenset({"meeting", "meetings", "talks", "summit", "call", "conference", "session",
                       "gathering"})
_ATTENDED = frozenset({"attended", "attend", "attends", "attending", "hosted", "hosts", "host",
                       "hosting", "joined", "held", "holds", "chaired", "chairs"})
# a meeting named before the holder's own offer: "met at the summit and pledged to send troops"
_AFTER_MEETING = frozenset({"pledged", "promised", "agreed", "committed", "offered", "ready",
                            "willing", "prepared", "will", "would"})


_DOUBLY_NEGATED = frozenset({"impossible", "unthinkable", "inconceivable", "unimaginable"})


class _NextRule:
    """What a group of rules returns when none of them applies: the next group reads the words."""


_NEXT = _NextRule()
_Verdict = str | None | _NextRule


def _modality(span: list[str], tail: list[str], rest: tuple[str, ...] = (),
              obj_word: str = "") -> str | None:
    """The stance of the words from holder to object (``span``), the words after the object
    (``tail``) and the rest of the clause (``rest``: only for a decision put off)."""
    verdict = _not_impossible_or_heading_there(span, tail)
    if not isinstance(verdict, _NextRule):
        return verdict
    span = _second_verb_words(span)
    for rules in (_others_or_a_record, _risk_judgement_or_decision_put_off,
                  _capacity_preparation_or_retreat, _hesitation_or_another_topic):
        verdict = rules(span, tail, rest, obj_word)
        if not isinstance(verdict, _NextRule):
            return verdict
    if not tail or tail[0] not in _AUX:
        tail = []  # "a reassurance mission, not a combat deployment": not the holder's verb
    words = set(span) | set(tail)
    verdict = _talks_aid_money_or_support(span, words, rest, obj_word)
    if not isinstance(verdict, _NextRule):
        return verdict
    if "open" in span and "ended" in span[span.index("open") + 1:span.index("open") + 3]:
        span = [w for w in span if w != "open"]  # "an open-ended commitment": no hedge
        words = set(span) | set(tail)
    for rules_with_words in (_decision_or_advice, _negated):
        verdict = rules_with_words(span, tail, rest, words)
        if not isinstance(verdict, _NextRule):
            return verdict
    return _hedged_or_committed(span, tail, rest, words)


def _not_impossible_or_heading_there(span: list[str], tail: list[str]) -> _Verdict:
    """A negated impossibility (open); the troops' own verb taking them to Ukraine (ready)."""
    if any(w in ("not", "n't", "never") and span[k + 1:k + 2] != [] and span[k + 1] in _DOUBLY_NEGATED
           for k, w in enumerate(span)):
        return "open"  # (s59) "It is not impossible that Irish soldiers will take part"
    if not span and _heading_to_ukraine(tail, 0) and HARM_WORDS.isdisjoint(tail):
        return "ready"  # (s48) "British peacekeepers prepare to head to Ukraine", "French
        # soldiers are preparing to head to Ukraine" (not "to take part in exercises in
        # Estonia", "to help Ukraine rebuild its army")
    return _NEXT


def _second_verb_words(span: list[str]) -> list[str]:
    """The words from a second, coordinated verb of commitment on, if there is one."""
    for k in range(len(span) - 2, 0, -1):
        if span[k] == "and" and span[k + 1] in _COORDINATED_COMMIT:
            span = span[k + 1:]  # (s18) "Spain could not stand aside and promised to 'throw'
            break  # its soldiers": the second verb's words alone hold the stance
    return span


def _others_or_a_record(span: list[str], tail: list[str], rest: tuple[str, ...],
                        obj_word: str) -> _Verdict:
    """Unnamed others' troops or stance, a meeting's topic, a record, a plan labelled or argued
    for, a remark: no stance."""
    if any(w in OTHER_NATION_NOUNS and any(x.endswith("ing") for x in span[k + 1:])
           and not {"of", "about"}.isdisjoint(span[max(0, k - 3):k])
           for k, w in enumerate(span) if k > 0):
        return None  # (s18) "spoke of participating nations each deploying several thousand
        # troops": the unnamed nations' troops, not the speaker's
    if any(w in _UNNAMED_SUBJECTS and span[k + 1:k + 2] and span[k + 1] in _AUX
           for k, w in enumerate(span[1:], start=1)):
        return None  # (s24) "UK officials admitted many would not be willing to put boots on
        # the ground": unnamed others' stance, not the officials' nation's
    if any(w in _MEETINGS and span[k + 1:k + 2] in (["on"], ["about"], ["over"])
           for k, w in enumerate(span)) and _AFTER_MEETING.isdisjoint(span) and \
            not _ATTENDED.isdisjoint(span):
        return None  # (s55) "Britain, France and Germany attended a meeting on deploying troops":
        # the meeting's topic, not the attendees' offer
    if "commitment" in span and not _LONG_STANDING.isdisjoint(span):
        return None  # (s42) "Australia's long-standing commitment to peacekeeping": a record,
        # no offer for this force
    if span[:1] and span[0] in _LABELLED_PLANS and _OWN_MARKS.isdisjoint(span):
        return None  # (s45) "to join the French and German initiatives to send troops": the
        # proposers named as the plan's label, not their own troops offered (§5, as "a UK-France
        # plan")
    if any(w in _REMARKED and span[k + 1:k + 2] in (["on"], ["about"]) for k, w in enumerate(span)):
        return None  # (s45) "Tusk commented on the possible deployment of Polish troops": a
        # remark whose content the clause does not give, no stance
    if any(w in _ARGUED_FOR and "for" in span[k + 1:k + 5] and _OWN_MARKS.isdisjoint(span[k:])
           for k, w in enumerate(span)):
        return None  # (s45) "France, the UK and Türkiye will argue for the deployment of a
        # peacekeeping force": a plan argued for, not their own troops offered (§5)
    if (obj_word in ("missions", "operations") or tail[:1] in (["missions"], ["operations"])) \
            and not _MANY_MISSIONS.isdisjoint(span[-4:]):
        return None  # (s45) "Switzerland has contributed to several peacekeeping missions": a
        # record of missions elsewhere, no offer for this force
    return _NEXT


def _risk_judgement_or_decision_put_off(span: list[str], tail: list[str], rest: tuple[str, ...],
                                        obj_word: str) -> _Verdict:
    """A risk, what the force would not be, a judgement (no stance); a decision put off or a
    "whether" not known (undecided)."""
    if not HARM_WORDS.isdisjoint(tail[:7]) or any(tail[k:k + 2] == ["at", "risk"] for k in range(4)):
        return None  # (s24) "could put Danish troops in harm's way": a risk, not an offer;
        # (s45) the passive, quoted: 'British soldiers could be put "in harm's way"'; (s46)
        # "could place British troops at risk against a nuclear power"
    if "neither" in span:
        return None  # (s18) "the French military would be neither an interventionist nor a
        # stabilization force": what it would not be, no stance on sending
    if {"considers", "consider", "considered"} & set(span) and \
            judgement_after(list(tail) + list(rest), 0) is not None:
        return None  # 'considers sending its troops "inappropriate"': the judgement is the
        # stance, which the cue pass gives (s20)
    if not _JUDGED.isdisjoint(span):
        return None  # (s18) "addressed the potential risks of deploying troops from countries
        # bordering Russia": a judgement of a deployment, no offer; "denied pledging to ..."
    if {"decide", "decision"} & set(span) and {"after", "once", "until", "later"} & set(rest) \
            and not _deployment_timing([*span, *rest], set(span) | set(rest)):
        return "undecided"  # "would decide on military involvement only after the US ..."
    if "whether" in span and {"not", "cannot", "unclear", "uncertain", "n't"} & set(
            span[:span.index("whether")]):
        return "undecided"  # "cannot say for certain whether it will send its troops"
    return _NEXT


def _capacity_preparation_or_retreat(span: list[str], tail: list[str], rest: tuple[str, ...],
                                     obj_word: str) -> _Verdict:
    """A capacity judged, an offer given up or walked back, a judgement (no stance); steps
    toward sending (ready); a position not settled (undecided)."""
    if not _CAPACITY.isdisjoint(span) and {"prepared", "placed", "equipped", "positioned",
                                           "best-prepared", "well-prepared", "best-placed",
                                           "well-placed"} & set(span):
        return None  # "the best-prepared state for such a mission": a capacity (15s)
    if any(a in _PREPARE and b == "for" for a, b in zip(span, span[1:], strict=False)) and \
            not {"plan", "plans", "not", "n't", "no"} & set(span):
        # "The UK is intensifying preparations for the possible deployment of peacekeeping
        # forces", "have finished preparing for the potential deployment of troops": concrete
        # steps toward sending, ready (the gold of sets 5-7; issue 15q)
        return "ready"
    if not _GIVEN_UP.isdisjoint(span) or set(span[:2]) & {"resumed", "resume", "resumes"}:
        return None  # "dropped plans to send", "resumed discussions on sending" (15q)
    if any(a in _RETREATED and b in ("away", "back") for a, b in zip(span, span[1:], strict=False)):
        return None  # (s31) "has backed away from sending troops": an offer given up, as
        # "abandoned plans to send" (read as ready before: "sending")
    if not {"position", "stance", "participation", "involvement"}.isdisjoint(span) and \
            not _UNSETTLED.isdisjoint(rest[:3]):
        return "undecided"  # (s31) "Germany's position on sending troops remains uncertain"
    if any(a in ("considers", "consider", "considered", "considering") and b == "it"
           and "to" in span[k + 2:k + 8] for k, (a, b) in enumerate(zip(span, span[1:],
                                                                       strict=False))):
        return None  # "considers it too risky to send ground forces": a judgement (15zb)
    return _NEXT


def _hesitation_or_another_topic(span: list[str], tail: list[str], rest: tuple[str, ...],
                                 obj_word: str) -> _Verdict:
    """Hesitation, negated or not (ready, declines, undecided); troops kept at home (declines);
    too early (undecided); a question, another topic or another deployment (no stance)."""
    said = " ".join(span)
    hesitate = next((k for k, (a, b) in enumerate(zip(span, span[1:], strict=False))
                     if a in ("not", "n't", "never") and b in ("hesitate", "hesitated",
                                                              "hesitating")), None)
    if hesitate is not None:  # (s30) "would not hesitate to send troops": a negated doubt;
        # "did not hesitate to reject sending" keeps the refusal after it
        return "declines" if not _NEGATION.isdisjoint(span[hesitate + 2:]) else "ready"
    if _doubtful(span):
        return "undecided"  # "doubts the expediency of sending troops" (15q)
    if any(a in ("holding", "holds", "held", "hold") and b == "back"
           for a, b in zip(span, span[1:], strict=False)):
        return "undecided"  # "is holding back on any commitment of troops": hesitation (15t)
    if {"retain", "retains", "keep", "keeps", "keeping", "retaining"} & set(span[-3:]) and \
            ({"home", "territory", "soil"} & set(tail[:6]) or {"home", "territory", "soil"}
             & set(rest[:6])):
        return "declines"  # "will retain troops on their own territory" (15q)
    if "too early" in said or "too soon" in said or "premature" in said:
        return "undecided"  # "too soon to talk about sending Irish peacekeepers" (15j)
    now_after = set(tail[:4]) & {"currently", "now"} and tail[:2] != ["for", "now"]
    if set(span) & (_QUESTION | _NOT_OFFER) or set(tail[:4]) & _NOT_OFFER or now_after:
        return None  # "British troops are already deployed in Estonia": another deployment
        # (s69: not "has ruled out doing so for now", a stance for the time being)
    return _NEXT


def _talks_aid_money_or_support(span: list[str], words: set[str], rest: tuple[str, ...],
                                obj_word: str) -> _Verdict:
    """Talks, aid, money, support, a use made of the mission: no troops, no stance."""
    if words & _TALKS and not set(span) & {"send", "deploy", "sending", "deploying", "troops"}:
        # "take part in the talks on the force": the talks, not troops
        if any(w in _TALKS for w in span):
            return None
    if any(w in _AID for w in span[-3:]):
        return None
    if names_money(span) and \
            TROOP_WORDS.isdisjoint(span) and TROOP_WORDS.isdisjoint(rest) and \
            obj_word not in _TROOP_NOUNS:  # (not "£100 million for troop preparation")
        return None  # (s47) "would contribute well over £100 million to the force": money
        # (not "... on the force and send 2,000 troops")
    if "support" in span[-4:] and "with" not in span[span.index("support"):]:
        return None  # "willingness to support a peacekeeping force": not its troops (15q)
    if obj_word in _FORCE_NOUNS and rest[:1] == ("to",) and "use" in span[-4:] and \
            USE_DETERMINERS.issuperset(span[span.index("use") + 1:]):
        return None  # (s47) "China might use such a mission to gather intelligence": a use made
        # of the mission, not a sending
    if obj_word in _FORCE_NOUNS and not _AID.isdisjoint(span):
        return None  # "intends to contribute through logistical support for any mission" (15j)
    return _NEXT


def _decision_or_advice(span: list[str], tail: list[str], rest: tuple[str, ...],
                        words: set[str]) -> _Verdict:
    """A decision made not to send (declines), one not made yet (undecided); advice (no
    stance)."""
    joined = " ".join(span + tail)
    if any(a in ("decision", "decided", "decides") and b == "not" and c == "to"
           for a, b, c in zip(span, span[1:], span[2:], strict=False)) and \
            not {"yet", "later", "after", "until", "once", "no", "whether"} & words:
        return "declines"  # (s51) "Italy's decision not to send troops", "has decided not to
        # deploy": a refusal decided, not a decision still to make (read as undecided before)
    if {"decision", "decide", "decided"} & words and {"not", "no", "yet", "n't", "later", "after",
                                                         "once", "until"} & words and \
            not _deployment_timing(span + tail, words):
        return "undecided"  # "has not decided", "would decide only after the US clarifies"
    if ("too early" in joined or "premature" in joined or "not yet decided" in joined
            or "no decision" in joined or "yet to decide" in joined or "not decided" in joined
            or "undecided" in joined or "later decision" in joined):
        return "undecided"
    if any(a in _YET_TO_HOLDERS and b == "yet" and c == "to"
           for a, b, c in zip(span, span[1:], span[2:], strict=False)):
        return "undecided"  # (s39) "Spain has yet to offer troops": not so far, as "has not
        # yet offered" (read as ready before)
    if not _RECOMMEND.isdisjoint(span):
        return None  # "Denmark should participate": someone's advice, not its stance (15j)
    return _NEXT


def _negated(span: list[str], tail: list[str], rest: tuple[str, ...], words: set[str]) -> _Verdict:
    """A negation in the words: an exclusion negated (open), no duty or a role (no stance), else
    what the negation says (`_negated_stance`)."""
    seq = span + tail[:4]
    # (s67) "would instead contribute naval assets": "instead" or "rather" negates only what
    # follows "of" / "than" ("instead of soldiers", "rather than send"), never the verb
    neg = [w for k, w in enumerate(seq) if w in _NEGATION and not (
        w in _INSTEAD and seq[k + 1:k + 2] not in (["of"], ["than"]))]
    if neg and not _DISCORD.isdisjoint(span) and all(w.startswith(("dismiss", "deni", "reject"))
                                                      for w in neg):
        return None  # (review s64) "Spain dismissed reports of a split in the cabinet over
        # troops": a quarrel denied, no refusal
    both = span + tail[:6]
    if neg and any(a == "found" and b == "wanting" for a, b in zip(both, both[1:], strict=False)):
        return "ready"  # (s64) 'The Hague "will not be found wanting"': an offer, negated twice
    ruled = next((k for k, w in enumerate(tail[:6]) if w in ("ruled", "excluded")), None)
    if neg and ruled is not None and not _NEGATION.isdisjoint(tail[max(0, ruled - 3):ruled]):
        return "open"  # (s56) "A German contribution ... is no longer (not) ruled out": kept
        # possible, as "has not ruled out"
    if any(a == "unlikely" and b == "to" for a, b in zip(span, span[1:], strict=False)):
        neg.append("unlikely")  # (s23) "Japan is unlikely to send troops", as the cue pass
        # reads it; not "... but it seems unlikely that any troops will be sent" (set 49)
    if neg and any(a in ("not", "n't") and (b in _OBLIGED or span[k + 2:k + 3] != [] and
                                            span[k + 2] in _OBLIGED)
                   for k, (a, b) in enumerate(zip(span, span[1:], strict=False))) and \
            _NEGATION.isdisjoint(rest) and "no" not in rest:
        return None  # (s47) "is certainly not obliged to send troops": no duty, no refusal
        # (review s47: unless a refusal follows, "... and will not do so")
    if neg and not _ROLE_LIMIT.isdisjoint(span + tail):
        return None  # "French soldiers would not serve as combat forces": a role, not a refusal
    if neg:
        return _negated_stance(span, tail, rest, words, neg)
    return _NEXT


def _negated_stance(span: list[str], tail: list[str], rest: tuple[str, ...], words: set[str],
                    neg: list[str]) -> str | None:
    """What the negation ``neg`` says: not yet (undecided), not against or not ruled out (open),
    no objection or an answer withheld (no stance), else a refusal."""
    if any(a in ("not", "n't") and b == "yet" for a, b in zip(span, span[1:], strict=False)):
        return "undecided"  # "have not yet given the green light to sending troops" (15q)
    later = " ".join(list(tail) + list(rest))
    if not {"prepared", "ready", "willing", "commit", "committing"}.isdisjoint(span) and any(
            p in later for p in ("at this stage", "at this point", "at present",
                                 "at the moment", "at this time")):
        return "undecided"  # (s31) "is not prepared to commit troops at this stage": not
        # yet, as "has not yet decided"
    bare = [w for w in span if w not in ("be", "been")]
    if any(a in ("not", "n't") and b in ("against", "opposed") for a, b in zip(bare, bare[1:],
                                                                             strict=False)):
        # "we are not against sending Italian troops" (15q); (s54) "would not be opposed to
        # joining the force", "is not against taking part"; not against the presence of
        # others' troops: no stance
        return "open" if {"sending", "send", "deploying", "deploy", "joining", "join", "taking",
                          "participating", "participate"} & set(span) else None
    if set(neg) & _NOT_EXCLUDED and set(neg) & {"not", "n't", "never", "refuse", "refuses",
                                                 "refused", "refusing", "declined",
                                                 "declines"}:
        return "open"  # "has not ruled out", "refuses to rule out" (15t)
    if set(neg) == {"no"} and "no" in span and "plans" not in words and "intention" not in words:
        both = span + tail
        if not any(a == "no" and (b in _NO_WHAT or b not in _NO_MORE and both[k + 2:k + 3]
                                  and both[k + 2] in _NO_WHAT)
                   for k, (a, b) in enumerate(zip(both, both[1:], strict=False))):
            return None  # (s47) "no Estonian soldiers would go": one word between
    if set(neg) <= {"not"} and "only" in words:
        return None  # "not only"
    if set(span) & _TELL and set(span + list(tail)) & _HOW_MANY:
        return None  # (s55) "has refused to confirm the number of troops intended for the
        # mission": an answer withheld, no refusal to send
    if "without" in neg and set(span) & _NO_AGREEMENT:
        return None  # (s55) "left leaders of Germany, ... without a common view on possible
        # peacekeeping troops": no agreement reached, no refusal
    if set(span) & {"problem", "problems", "objection", "objections", "obstacle",
                    "obstacles"}:
        return None  # "did not see any problem with peacekeeping troops": no objection to
        # them, neither a refusal nor an offer (15zb)
    return "declines"


def _hedged_or_committed(span: list[str], tail: list[str], rest: tuple[str, ...],
                         words: set[str]) -> str | None:
    """A hedge, a capacity or a wish (open); a requirement (no stance); a commitment or limits
    set on it (ready); else no stance."""
    if words & _POSSIBLE and not _force_is_possible(span, words):
        return "open"
    if _has_capacity(span) and _WILL_DO.isdisjoint(rest) and "will" not in span:
        return "open"  # (s47) "Canada has capacity to send troops if needed": able, no offer yet
    if any(a in ("would", "'d") and b == "like" for a, b in zip(span, span[1:], strict=False)):
        return "open"  # (s30) "would like to send troops": a wish, as "wants to"
    if any(span[k:k + 3] == ["would", "be", "able"] for k in range(len(span) - 2)):
        return "open"  # (s69, rv67c-own) "Sweden would be able to contribute up to 800": an
        # ability in the conditional, as "could contribute" (not "is able to", stated)
    if "likely" in span and span[span.index("likely") + 1:span.index("likely") + 2] == ["be"] and \
            "would" in span[:span.index("likely")]:
        return "open"  # (s56) "France and Britain would likely be central contributors to the
        # force": a forecast of who would take part, not an offer made
    if any(a in ("opened", "opens", "open") and b in ("to", "up") for a, b in zip(span, span[1:],
                                                                                strict=False)):
        return "open"  # (s56) "had generally opened to send ground troops" (a non-native "been
        # open to sending"): open, not the offer its bare "send" reads as
    if tail[1:3] in (["be", "needed"], ["be", "required"], ["be", "necessary"]):
        return None  # (s23) "5,000 British troops would be needed": a requirement, no offer
    if set(span) & _COMMIT or set(tail[:4]) & {"posted", "deployed", "sent", "stationed", "placed", "based"} \
            or tail[:1] and tail[0] in ("will", "would", "'ll", "shall"):
        return "ready"
    if set(span) & _LIMITS:
        return "ready"  # "Germany's limits to roles": made conditional below
    return None


_INVERTED_AUX = frozenset({"will", "would", "does", "do", "did", "can", "could", "is", "are",
                           "has", "have", "shall"})
_COPULA = frozenset({"is", "was", "are", "were", "remains", "remained", "'s", "’s"})
_POSSIBLE_PREDICATES = (("a", "possibility"), ("an", "option"), ("possible",), ("conceivable",),
                        ("on", "the", "table"), ("not", "excluded"), ("not", "ruled", "out"))


def _possible_predicate(low: list[str], k: int, b: int) -> bool:
    """After a gerund subject's object ("Sending Canadian troops to Ukraine"), its predicate says
    it could happen: 'was a "possibility"', "is an option", "is on the table", "is not excluded"."""
    cop = next((j for j in range(k, min(b, k + 8)) if low[j] in _COPULA), None)
    if cop is None:
        return False
    after = [w for w in low[cop + 1:cop + 7] if w not in _QUOTE_MARKS and w not in ("still", "also")]
    return any(tuple(after[:len(p)]) == p for p in _POSSIBLE_PREDICATES)


_OPTION_NOUNS = frozenset({"option", "possibility"})
_REFUSING = frozenset({"ruled", "rejected", "rejects", "dismissed", "dismisses", "excluded",
                       "excludes", "refused", "refuses"})


def _partitive_frame(sent: Sent, m: Mention) -> bool:
    """(s74) The group opening the sentence as its frame ("Of the Nordic countries, Sweden and
    Denmark have said they would contribute"): the members named after it hold the stance (not
    "Of the Baltic states, each has said ...": the group's, by "each")."""
    low = sent.lower
    return (m.label == "GROUP" or m.group is not None) and m.start in (1, 2) and \
        low[:1] == ["of"] and low[m.end:m.end + 1] == [","] and any(
            n.start > m.end and n.label == "NATION" and n.group is None for n in sent.mentions)


def _option_refused_by(sent: Sent, k: int, b: int) -> str | None:
    """(s74) The nation (or its person) in an object-gap clause that refuses the option the
    predicate names ("... is an option (that) Meloni has ruled out", "was a possibility Berlin
    rejected"), or None: no such clause, or a refuser of no nation ("the cabinet", "the
    opposition": the option stays the government's, open)."""
    low = sent.lower
    if not _possible_predicate(low, k, b):
        return None
    cop = next(j for j in range(k, min(b, k + 8)) if low[j] in _COPULA)
    noun = next((j for j in range(cop + 1, min(b, cop + 5)) if low[j] in _OPTION_NOUNS), None)
    if noun is None:
        return None  # "is not excluded", "is on the table": no option named to refuse
    for r in range(noun + 1, min(b, noun + 8)):
        if low[r] in (",", ".", ";", "but", "and"):
            return None
        if low[r] in _REFUSING:
            if not {"not", "never", "n't"}.isdisjoint(low[noun + 1:r]) or low[r + 1:r + 2] == ["to"]:
                return None  # (second review s74) "... an option Starmer has not ruled out",
                # "has refused to exclude": no refusal
            return next((m.iso3 for m in sent.mentions if noun < m.start < r), None)
    return None


def _force_is_possible(span: list[str], words: set[str]) -> bool:
    """"Canada would be part of a possible multilateral force": *possible* (*potential*) is the
    force's, right after its article at the end of the span, and no other hedge is there: the
    holder's commitment stands (s16)."""
    hedges = words & _POSSIBLE
    if not hedges <= {"possible", "potential"} or not set(span) & _COMMIT:
        return False
    tail = [w for w in span[-4:] if w not in _QUOTE_MARKS]
    return any(a in ("a", "an", "the", "any") and b in hedges for a, b in zip(tail, tail[1:],
                                                                          strict=False))


# a region's nations when its adjective stands before a group noun ("the Baltic and Northern
# European countries"), not written as one of the gazetteer's fixed phrases
_REGIONS = {w.lower(): GROUPS[f"{w} countries"] for w in ("Baltic", "Nordic", "Scandinavian")}
_REGIONS["baltics"] = _REGIONS["baltic"]  # "the Baltics nations" (15j)
_GROUP_NOUNS = frozenset({"countries", "states", "nations", "republics", "allies", "governments"})
REGION_WORDS = frozenset(_REGIONS)


def _regions(low: list[str], a: int, b: int) -> list[Mention]:
    out: list[Mention] = []
    for k in range(a, b):
        members = _REGIONS.get(low[k])
        if members and _GROUP_NOUNS & set(low[k + 1:k + 5]) and not some_of_group(low, k):
            g = next(j for j in range(k + 1, k + 5) if low[j] in _GROUP_NOUNS)
            governed = k > 0 and low[k - 1] in ("in", "to", "from", "of", "with", "for", "by")
            out.extend(Mention(k, g + 1, iso3, "GROUP", " ".join(low[k:g + 1]), governed,
                               " ".join(low[k:g + 1])) for iso3 in members)
    return out


_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "being", "be"})


def _urges_others(between: list[str]) -> bool:
    """The holder urges, asks or calls on someone else to act ("called on EU nations to
    prepare ...", "urged partners to send"), in the active voice: the stance asked for is theirs.
    A passive ("Britain was urged to send troops") leaves the holder the one asked."""
    for k, w in enumerate(between):
        if w not in _URGED or k and between[k - 1] in _PASSIVE_AUX:
            continue
        nxt = between[k + 1:k + 2]
        if w in ("called", "calling"):
            if nxt in (["on"], ["upon"]):
                return True
        elif nxt and nxt[0] not in ("to", "by", "for"):
            return True
    return False


_MARKS = frozenset({",", "[", "]", "(", ")", '"', "“", "”", "‘", "’", "'", "—", "–"})


def _words_between(low: list[str], a: int, b: int, window: int) -> int:
    """Tokens from a to b, punctuation not counted: an editor's "[agreement]" or a pair of
    commas does not push the holder out of reach (s16). Within ``window`` tokens, no count."""
    if b - a <= window:
        return b - a
    return sum(1 for w in low[a:b] if w not in _MARKS)


# (s46) nouns of a will to send whose holder follows "of": "the readiness of France to deploy"
_WILL_OF = frozenset({"readiness", "willingness", "intention", "commitment", "offer",
                      "pledge"})
# (s47) a nation naming the force, not a subject: "committed to a potential Ukraine
# peacekeeping force"
_FORCE_MODIFIED = frozenset({"peacekeeping", "reassurance", "force", "mission", "deployment",
                             "stabilisation", "stabilization"})  # (review s47: not "security
# guarantees", not "forces": a US guarantee, Ukraine's own army)
_WILL_DO = frozenset({"will", "intends", "intend", "ready", "prepared", "willing"})  # review s47
_ABLE_NOUNS = frozenset({"capacity", "capability", "capabilities", "ability", "means"})
_OBLIGED = frozenset({"obliged", "obligated", "required", "bound", "compelled", "forced"})
_NO_WHAT = frozenset({"troops", "soldiers", "boots", "forces"})
_NO_MORE = frozenset({"more", "fewer", "less"})  # "no more than 2,000 troops": a ceiling
_TELL = frozenset({"confirm", "disclose", "reveal", "say", "specify", "comment", "give", "detail",
                   "elaborate", "clarify"})
_HOW_MANY = frozenset({"number", "numbers", "size", "figure", "figures", "details", "total"})
_NO_AGREEMENT = frozenset({"common", "consensus", "agreement", "view", "position", "decision",
                           "answer", "clarity", "unity", "deal"})
_NO_WILL = frozenset({"no", "lack", "little", "any", "without", "absence"})  # "the lack of willingness of"


def _has_capacity(span: list[str]) -> bool:
    """(s47) "has (the, a) capacity", "has the military means": an ability named after "has",
    "have" or "had", at most one word after the article."""
    for k, w in enumerate(span[:-1]):
        if w not in ("has", "have", "had"):
            continue
        nxt = span[k + 1]
        if nxt in _ABLE_NOUNS or nxt in ("the", "a") and not _ABLE_NOUNS.isdisjoint(span[k + 2:k + 4]):
            return True
    return False


def _for_to(low: list[str], start: int, end: int) -> bool:
    """(s30) "announced plans for the UK to deploy peacekeeping troops": the nation after "for"
    is the subject of the infinitive that sends them; (s46) so is the holder after "of" in "the
    willingness of France to deploy troops", "the readiness of UK Prime Minister Keir Starmer to
    send troops" (``end``: the end of the nation's list or title)."""
    k = start - 1 if start >= 1 and low[start - 1] != "the" else start - 2
    return k >= 1 and (low[k] == "for" and low[k - 1] in ("plans", "plan", "proposals", "proposal")
                       or low[k] == "of" and low[k - 1] in _WILL_OF
                       and _NO_WILL.isdisjoint(low[max(0, k - 3):k - 1])) \
        and low[end:end + 1] == ["to"] and low[end + 1:end + 2] != [] and low[end + 1] in _DEPLOY_VERBS


# (s61) verbs whose first object is whom something is put before: "military chiefs will present
# Starmer and Macron with options for a peacekeeping force" (the options are not theirs)
_PRESENTING = frozenset({"present", "presents", "presented", "presenting", "brief", "briefs",
                         "briefed", "briefing", "show", "shows", "showed", "shown"})


_SENDING_VERBS = frozenset({"send", "sending", "deploy", "deploying", "station", "stationing",
                            "dispatch", "dispatching", "put", "putting"})


def _deployment_timing(seq: list[str], words: AbstractSet[str]) -> bool:
    """(s61) "Starmer's decision to send troops to Ukraine after the conflict is over": the
    "after" (once, until, later) times the sending, not the decision (no decision put off, no
    negation)."""
    if not {"not", "no", "yet", "n't"}.isdisjoint(words):
        return False
    d = next((k for k, w in enumerate(seq) if w in ("decision", "decided")), None)
    # a decision made, to send ("decision to send", "decided to deploy"), not one to make
    # ("will decide on sending troops only after the US clarifies its role")
    send = d + 2 if d is not None and seq[d + 1:d + 2] == ["to"] and \
        seq[d + 2:d + 3] and seq[d + 2] in _SENDING_VERBS else None
    later = [k for k, w in enumerate(seq) if w in ("later", "after", "once", "until")]
    return send is not None and bool(later) and all(k > send for k in later)


def _given_to(low: list[str], start: int) -> bool:
    """(s61) The nations (leaders) at ``start`` are the object of a verb of presenting."""
    return start > 0 and low[start - 1] in _PRESENTING


def _holders(sent: Sent, a: int, obj: int, window: int) -> list[Mention]:
    low = sent.lower
    if set(low[a:obj]) & _QUESTION:
        return []  # "asked whether Germany had agreed to send troops"
    q = embedded_question(low)
    if q is not None and a <= q < obj:
        return []  # (s46) "could not say if Britain would send troops": a question, as "whether"
    mentions = sent.mentions + _regions(low, a, obj)
    # a list of nations is one subject: its distance to the object is its last member's
    ordered = sorted(mentions, key=lambda m: m.start)
    list_end = {m.start: m.end for m in ordered}
    for i in range(len(ordered) - 2, -1, -1):
        m, n = ordered[i], ordered[i + 1]
        if n.start >= m.end and (list_gap(low[m.end:n.start]) or own_titled_leader(m, n, low[m.end:n.start])):
            list_end[m.start] = max(list_end[m.start], list_end[n.start])
    list_start: dict[int, int] = {}  # each member's list's first token
    for m in ordered:
        if m.start in list_start:
            continue
        for n in ordered:
            if n.start > m.start and n.start < list_end[m.start] + 1:
                list_start.setdefault(n.start, list_start.get(m.start, m.start))
    # (s46) a governed nation that holds the will ("the readiness of Spain to send"): it, not the
    # clause's subject, is the nearer holder (below)
    will_of = {m.start for m in mentions
               if m.governed and _for_to(low, list_start.get(m.start, m.start), list_end[m.start])}
    found = [m for m in mentions
             if a <= m.start and m.end <= obj and _words_between(low, list_end[m.start], obj, window) <= window
             and m.iso3 not in _NOT_HOLDERS and not _partitive_frame(sent, m)
             and (not m.governed or m.end == obj or m.start in will_of)
             and "according" not in low[max(a, m.start - 5):m.start]
             and (m.start == 0 or low[m.start - 1] != "any")
             and not (_examples_before(low, list_start.get(m.start, m.start))
                      and not _say_after(low, list_end[m.start]))
             and not _estimated_before(low, list_start.get(m.start, m.start))
             and not _URGED & set(low[max(a, m.start - 3):m.start])
             and not _given_to(low, list_start.get(m.start, m.start))]
    if not found:
        return []
    # a speech verb between the holder and the object hands the clause to its own subject
    # ("Britain said the US would ..."), unless a pronoun takes the holder on ("said it would")
    out = []
    for m in found:
        between = low[m.end:obj]
        ok = True
        for k, w in enumerate(between):
            if w in _SPEECH_BREAK:
                # (s55) an adverb between: "have said plainly that their troops would go"
                nxt = [x for x in between[k + 1:k + 4] if x != "that" and not (
                    x.endswith("ly") and len(x) > 4 and x not in _NOT_ADVERBS)][:1]
                if not nxt or nxt[0] not in _PRONOUNS:
                    ok = False
                break
        if ok and any(_many(w) and between[k + 1:k + 2] and between[k + 1] in _GROUP_NOUNS
                      for k, w in enumerate(between)):
            ok = False  # "Macron banks on US backing as 26 nations pledge troops": the count
            # of nations is the subject there (s17)
        if ok and _urges_others(between):
            ok = False  # "Tsahkna has called on EU nations to prepare for sending": the
            # others' stance he asks for, not Estonia's (s16)
        # "Macron disclosed that 26 nations have pledged to deploy forces": a "that" clause
        # with a subject of its own (not a pronoun, not the holder again) is someone else's
        # stance, whatever the verb before "that" (issue 15j)
        if ok and _own_subject_after_that(sent, m, obj):
            ok = False
        # another nation named between, outside m's list, is the nearer holder ("Starmer
        # welcomed Sweden's readiness to contribute troops": Sweden's, not Britain's; 15j)
        if ok and any(o.iso3 != m.iso3 and (not o.governed or o.start in will_of)
                      and o.start >= list_end[m.start]
                      and o.iso3 not in _NOT_HOLDERS and o.label != "GROUP"
                      and not _listed_after(sent, m, o)
                      for o in sent.mentions if o.end <= obj):
            ok = False
        # another nation's possessive between them owns what follows, even Russia's or a
        # governed one ("Ankara's recalibration after Moscow's firm opposition to NATO troop
        # presence": Moscow's opposition, not Turkey's; issue 15q)
        if ok and any(o.iso3 != m.iso3 and o.start >= list_end[m.start] and o.end < obj
                      and low[o.end] in ("'s", "’s") for o in sent.mentions):
            ok = False
        # another holder-less nation between (the object's own subject) takes precedence
        if ok and any(o.start >= m.end and o.iso3 in _NOT_HOLDERS and not o.governed
                      and o.start >= list_end[m.start]  # not one of m's own list (15j)
                      and not (o.iso3 == "UKR" and low[o.end:o.end + 1] != []
                               and low[o.end] in _FORCE_MODIFIED)
                      for o in sent.mentions if o.end <= obj):
            ok = False
        if ok:
            out.append(m)
    return out


_NP_LEAD = frozenset({"the", "some", "all", "up", "to", "about", "around", "nearly", "almost",
                      "at", "least", "more", "than", "fewer", "over", "roughly", "approximately",
                      "several", "thousands", "hundreds", "of"})
_DISCUSSED = frozenset({"discussed", "discussing", "discuss", "discusses", "discussions",
                        "envisages", "envisaged", "envisage", "scenario", "scenarios", "proposal",
                        "plan", "plans"})


def _subject_troops(low: list[str], a: int, start: int) -> bool:
    """The holder at ``start`` opens its clause (at ``a``, after "that", or after "the" there):
    its troops are the subject of what follows."""
    k = start
    while k > a and (low[k - 1] in _NP_LEAD or low[k - 1][:1].isdigit()):
        k -= 1  # "that up to 40,000 UK troops would ...": the number is part of the subject
    return k == a or low[k - 1] == "that" or _after_fronted_phrase(low, a, k)


_FRONTING = frozenset({"in", "under", "for", "at", "on", "by", "after", "with", "within", "from"})


def _after_fronted_phrase(low: list[str], a: int, k: int) -> bool:
    """(s74) The subject at ``k`` comes right after a short fronted phrase and its comma, which
    opens the clause at ``a``: "In his vision, British and French troops could control ..."."""
    return k - a <= 7 and low[k - 1] == "," and low[a] in _FRONTING and "," not in low[a:k - 1]


def _listed_after(sent: Sent, m: Mention, o: Mention) -> bool:
    """``o`` is listed with ``m``: only list words, titles and other names between them
    ("French President Emmanuel Macron and British Prime Minister Keir Starmer")."""
    covered = {k for x in sent.mentions for k in range(x.start, x.end)}
    return all(w in LIST_GLUE or w in _TITLE_WORDS for k, w in enumerate(sent.lower[m.end:o.start],
                                                                         m.end)
               if k not in covered)


_SAY = frozenset({"said", "say", "says", "stated", "announced", "declared"})
_FLOATED = frozenset({"floated", "floats", "raised", "raises", "suggested", "suggests", "mentioned"})
_SENDING = frozenset({"sending", "deploying", "dispatching", "committing", "stationing"})


def _floats_own(sent: Sent, holders: list[Mention], obj: int) -> bool:
    """(s47) "X floated (raised) the idea of sending X's own troops", "X has floated sending X's
    troops": right before the object, the holder's own adjective (first of a list of them), a
    sending verb, "the idea of" or nothing, and a verb that puts an idea forward."""
    low = sent.lower
    own = {h.iso3 for h in holders}
    adj = min((m for m in sent.mentions
               if m.iso3 in own and obj - 4 <= m.start < obj and m.end <= obj
               and all(w in ("and", ",", "or") or any(x.start <= k < x.end for x in sent.mentions)
                       for k, w in enumerate(low[m.end:obj], start=m.end))),
              key=lambda m: m.start, default=None)
    if adj is None or adj.start < 2 or low[adj.start - 1] not in _SENDING:
        return False
    k = adj.start - 1
    if k >= 3 and low[k - 3:k] in (["the", "idea", "of"], ["an", "idea", "of"]):
        k -= 3
    # the holder names itself before the verb (not "Macron floated sending British troops")
    return k >= 1 and low[k - 1] in _FLOATED and any(
        h.iso3 == adj.iso3 and h.end < k for h in holders)


def _say_after(low: list[str], k: int) -> bool:
    """(s47) The examples speak: "some countries like Italy and Bulgaria said they would not
    do so" (their own words, not someone's guess about them)."""
    k += low[k:k + 1] == [","]
    return bool(low[k:k + 1]) and (low[k] in _SAY or low[k] in ("have", "has")
                                   and low[k + 1:k + 2] != [] and low[k + 1] in _SAY | _SHOWN)


# (s69, set 144) what the examples have shown of themselves: "countries such as Germany, Poland,
# Spain, and Italy have shown hesitation or outright refusal to provide troops" (a record of
# their stances, not a guess about them)
_SHOWN = frozenset({"shown", "showed", "expressed", "voiced", "signalled", "signaled", "refused",
                    "rejected", "declined", "ruled"})


def _examples_before(low: list[str], k: int) -> bool:
    """A list given as examples of a group ("Major European nations such as France, Germany
    and Britain could make up the bulk of the force"): someone's guess about them, not their
    stance (15j)."""
    return low[max(0, k - 2):k] == ["such", "as"] or (k > 0 and low[k - 1] == "like"
                                                      and k > 1 and low[k - 2] in _GROUP_NOUNS)


def _own_subject_after_that(sent: Sent, m: Mention, obj: int) -> bool:
    """A complementiser "that" between the holder ``m`` and the object opens a clause whose
    subject is not ``m`` (nor a pronoun standing for it, nor ``m``'s own troops)."""
    low = sent.lower
    for k in range(m.end, obj):
        if low[k] != "that" or k + 1 >= obj:
            continue
        if low[k - 1] in ("so", "now", "such", "than"):
            continue
        nxt = low[k + 1]
        if nxt in _SUBJECT_PRONOUNS or nxt in ("his", "her", "their", "its", "our"):
            continue
        if any(o.start == k + 1 and o.iso3 == m.iso3 for o in sent.mentions):
            continue
        if any(o.start == k + 2 and o.iso3 == m.iso3 for o in sent.mentions) and \
                nxt in ("the", "a"):
            continue
        return True
    return False


_RELATIVE_PLACE = frozenset({"which", "whereby", "where", "whom"})


def _headline(text: str) -> bool:
    """A title in Title Case ("26 Nations Prepared To Join Security Force"): no clause shape."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 5 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


_PROPOSED = frozenset({"proposed", "proposes", "propose", "proposing", "suggested", "suggests"})
_OTHERS_FORCE = frozenset({"european", "western", "multinational", "international", "foreign"})


# words after "the forces of" that still name troops or their senders ("the forces of the
# coalition", "the forces of several allies", "the forces of 20 nations")
_OF_STILL_TROOPS = frozenset({"the", "a", "an", "its", "their", "our", "his", "her", "up",
                              "about", "around", "some", "several", "many", "all", "both",
                              "each", "other", "nato", "europe", "europeans", "allies",
                              "countries", "nations", "states", "coalition", "partner",
                              "partners", "member"})


_TRAINING = frozenset({"training", "train", "trains", "trained", "instruct", "instructing",
                       "eumam", "unifier", "interflex"})


def _trained_or_training(low: list[str], k: int) -> bool:
    """The object at ``k`` is another mission than the force: the soldiers a mission trains
    ("training Ukrainian soldiers"), or a mission that trains them ("an EU mission aimed at
    training ...", EUMAM, Operation Unifier / Interflex; s13)."""
    if not _TRAINING.isdisjoint(low[max(0, k - 3):k]):
        return True
    return low[k] in ("mission", "operation", "programme", "program") and \
        not _TRAINING.isdisjoint(low[k + 1:k + 5])


def _abstract_forces(sent: Sent, k: int) -> bool:
    """"pushing back on the forces of chaos": "the forces of" a bare abstract noun, not troops
    (no nation, number, determiner or troop word after "of"; 15zc)."""
    low = sent.lower
    if low[k] == "forces" and low[k - 1:k] in (["join"], ["joined"], ["joins"], ["joining"]):
        return True  # (s25) "leaders join forces to draft a peace plan": an idiom, no troops
    if low[k] not in ("forces", "force") or low[k + 1:k + 2] != ["of"] or \
            low[k - 1:k] != ["the"] or k + 2 >= len(low):
        return False
    w = low[k + 2]
    return w.isalpha() and w not in _OF_STILL_TROOPS and \
        not any(m.start <= k + 2 < m.end for m in sent.mentions) and \
        _TROOP_NOUNS.isdisjoint(low[k + 2:k + 5])


_UNOWNED_PLANS = frozenset({"plan", "plans", "proposal", "proposals"})
_IMPOSSIBLE = frozenset({"impossible", "unthinkable", "inconceivable", "unimaginable"})


def _relative_after_nations(sent: Sent, a: int, carried: list[Mention]) -> bool:
    """(s60) The clause at ``a`` is a relative one after named nations other than the subject
    carried from the clause before: "Italy stands apart from France and Britain, which have both
    said they are prepared ...": its pronoun is theirs (not "Poland, which has a large army, has
    said that it will not send troops": Poland's own)."""
    low = sent.lower
    return a >= 2 and low[a - 1] in ("which", "who") and low[a - 2] == "," and any(
        m.end == a - 2 and m.iso3 not in {c.iso3 for c in carried} for m in sent.mentions)


def grammar_stances(sent: Sent, already: set[str], after_troops: bool = False,
                    speaker: str | None = None) -> list[StanceHit]:
    """Troop stances of the nations in ``sent`` that the cue pass gave none (``already``);
    ``after_troops``: the sentence before spoke of troops ("do this" may stand for sending them);
    ``speaker``: the nation of the sentence's speaker, when known."""
    low = sent.lower
    if not (sent.mentions or _REGIONS.keys() & set(low)) or "?" in low or is_question(low):
        return []
    out: list[StanceHit] = []
    seen = set(already)
    if _headline(sent.text):
        return []
    carried: list[Mention] = []  # the subject of the clause before, for "..., but it may ..."
    duration = "for as long as" in " ".join(low)
    named = {k for m in sent.mentions for k in range(m.start, m.end)}
    for a, b in _clauses(low, {m.start for m in sent.mentions} | {m.start + 1 for m in sent.mentions}):
        subject = [m for m in sent.mentions if a <= m.start < b and not m.governed
                   and m.iso3 not in _NOT_HOLDERS and not _partitive_frame(sent, m)]
        objects = [o for o in _objects(low, a, b, after_troops, named) if not _abstract_forces(sent, o)
                   and not _trained_or_training(low, o)]
        for obj in objects:
            hits = _object_stances(sent, a, b, obj, objects, subject, carried, seen, speaker,
                                   duration)
            seen.update(h.actor for h in hits)
            out.extend(hits)
        if subject:
            carried = subject
    return out


def _object_stances(sent: Sent, a: int, b: int, obj: int, objects: list[int],
                    subject: list[Mention], carried: list[Mention], seen: set[str],
                    speaker: str | None, duration: bool) -> list[StanceHit]:
    """The stances of the holders of the troop object at ``obj`` in the clause from ``a`` to
    ``b``, by rules read in order (none when a rule finds no stance)."""
    low = sent.lower
    held = _holders_of_object(sent, a, obj, objects, subject, carried, seen)
    if held is None:
        return []
    holders, last = held
    holders = [m for m in holders if not _whose_words(low, m.end)]
    if not holders:
        return []  # (s64) "Fico amplified Macron's message by issuing a rejection of sending
        # troops": the message's author holds no stance here
    first = min(m.end for m in holders)
    h0 = min(m.start for m in holders)
    span = low[last:obj]
    if "whether" in low[a:last] and h0 < a and not {"not", "n't", "cannot", "unclear",
                                                      "uncertain", "unsure"}.isdisjoint(
            low[a:a + low[a:last].index("whether")]):
        span = low[a:obj]  # (s73, a reviewer's probes) "Denmark joined the coalition but has
        # not said whether it will send troops": the holder carried in, the "whether" before
        # its pronoun is this clause's
    own = own_clause_after(span)
    if own is not None:  # (s74) "dismissed reports that it had abandoned its pledge, and
        span = span[own + 2:]  # insisted it remains committed to sending": its own clause
    if _negated_by_inversion(low, a, h0):
        span = ["not"] + span
    if too_much_to(span):
        return []  # "the British army is too small to take part in sending": a judgement
        # of capacity ("too early to send": the cue pass's undecided), no offer (s16)
    # (s64) quotation marks dropped: 'Swedish troops "could well be part of it"'
    tail = [w for w in low[obj + 1:min(b, obj + 11)] if w not in _TAIL_QUOTES]
    if tail[:2] in (["to", "ukraine"], ["in", "ukraine"], ["into", "ukraine"]) and \
            low[max(0, h0 - 2):h0] in (["deployment", "of"], ["dispatch", "of"], ["presence", "of"]):
        tail = tail[2:]  # (s74, a reviewer's probes) "a deployment of Polish troops to Ukraine
        # would require ...": the destination, then the predicate
    tail = tail[:6]
    if not span and _subject_troops(low, a, h0) and not _troops_go(low, obj, tail):
        return []
    if _not_their_own_say(sent, a, obj, holders, last, h0):
        return []
    if not span and _holder_qualifies_object(sent, a, first, holders):
        span, j = _words_before_holder(low, a, h0)
        if _no_offer_before_holder(sent, a, h0, span, holders):
            return []
        if span and span[0].endswith("ing") and h0 - 1 <= a + 1:
            return _gerund_subject_stances(sent, b, obj, j, holders, seen)
    if _outside_the_government(sent, a, obj, holders, h0):
        return []
    if _listed_in_the_force(low, h0):
        return _speaker_in_the_list(sent, a, obj, h0, holders, speaker, seen)  # "a force,
        # which would include French and British soldiers": the proposer's list of the force,
        # not those nations' offer (S9, 15v)
    if _others_plan(low, a, h0, last, obj, span):
        return []
    forced_open = _others_sending(low, last, obj)
    if forced_open and not _door_opened(span):
        return []
    if "must" in span and speaker not in {m.iso3 for m in holders}:
        return []  # (s29) "Germany must send peacekeepers, says a CDU politician": a
        # demand, unless the nation's own leader speaks ("..., Starmer said")
    unquoted = [w for w in tail[:3] if w not in _TAIL_QUOTES]
    if not span and h0 > 0 and (tail[:1] and tail[0] in _AUX and low[h0 - 1] == "no" or
                                unquoted[:1] and unquoted[0] in _AUX and _not_one_before(low, h0)):
        span = ["not"]  # (s47) "said no Estonian soldiers would head to Ukraine"; (s64) "not a
        # single Slovak soldier will set foot in Ukraine", '"not one Slovak soldier" would be'
    if tail[:1] and tail[0] in _AUX and (_STAY_HOME.search(" ".join(tail[:6]))
                                         or _stay_in_own(sent, obj, holders)) and \
            _UNTIL.isdisjoint(low[obj + 1:b]):  # (review s64: "... until there is a UN mandate")
        span = ["not"]  # (s64) "say their soldiers will stay at home", "Polish soldiers would
        # stay in Poland": none go
    if next((w for w in reversed(span) if w not in ("the", "a", "an")), None) in _LETS:
        return []  # (s73, a reviewer's probes) "it will let the force use its ports": the force
        # allowed to do something, no troops offered
    if _floats_own(sent, holders, obj):
        forced_open = True  # (s47) "Starmer has floated the idea of sending British
        # troops": his own troops, an idea put forward (not "the idea of sending a
        # 64,000-strong force": the plan, §5)
    refused_by = _option_refused_by(sent, obj + 1, b)
    if refused_by is not None:  # (s74) "... is an option Meloni has ruled out": the
        # rejecter's refusal of its own nation's troops, no one's openness
        return [] if {m.iso3 for m in holders} != {refused_by} else _stance_hits(
            sent, b, obj, holders, "declines", None, None)
    stance = _stance_read(sent, a, b, obj, h0, span, tail, forced_open)
    stance = _stance_for_this_force(sent, obj, h0, span, holders, stance)
    if stance is None or stance == "declines" and _under_the_premise(low, a, h0):
        return []  # (s71) "if such a scenario were to be implemented, French forces would not
        # go on the offensive": the role in a sending supposed, no refusal of it
    home = home_territory(sent, obj + 1) if stance in ("ready", "open") else None
    if home is not None:  # "Polish soldiers will be deployed on Polish territory"
        holders = [m for m in holders if home != "*" and m.iso3 != home]  # (15v)
        if not holders:
            return []
    stance, condition, base = _with_condition(sent, b, obj, first, last, span, stance, duration)
    return _stance_hits(sent, b, obj, holders, stance, condition, base)


def _holders_of_object(sent: Sent, a: int, obj: int, objects: list[int], subject: list[Mention],
                       carried: list[Mention],
                       seen: set[str]) -> tuple[list[Mention], int] | None:
    """The holders of the object at ``obj`` not yet given a stance (or the subject of the clause
    before, which a pronoun takes on), and where the words from them to the object begin; None
    when there are none."""
    low = sent.lower
    found = _holders(sent, a, obj, WINDOW)
    # the holder's object is the first after it: "deploying Danish soldiers to Ukraine
    # as part of a force" reads "soldiers", not "part of a force" (15j)
    found = [m for m in found if not any(m.end <= k < obj for k in objects)]
    holders = [m for m in found if m.iso3 not in seen]
    # (s30) "Germany supports sending German troops": the nation's own adjective on the
    # object stands for the holder named before it, whose verb the span must reach
    holders = [m for m in holders if not (m.end == obj and any(
        h.iso3 == m.iso3 and h.end < m.start for h in holders))]
    pronoun = next((k for k in range(a, obj) if low[k] in ("it", "they")), None)
    if not found and carried and pronoun is not None and not subject and \
            not _relative_after_nations(sent, a, carried) and \
            _GROUP_NOUNS.isdisjoint(low[a:pronoun]) and \
            not any(w[:1].isdigit() for w in low[a:pronoun]):
        # "Germany is not ready to send its troops, but it may deploy them in a NATO
        # country": the pronoun takes the subject of the clause before on
        return carried, pronoun + 1
    if not holders:
        return None
    return holders, max(m.end for m in holders)


def _negated_by_inversion(low: list[str], a: int, h0: int) -> bool:
    """A negation put before the holder, its verb inverted."""
    if h0 >= 2 and low[h0 - 2] in ("nor", "neither") and low[h0 - 1] in _INVERTED_AUX:
        return True  # (s23) "nor will Slovakia ever send its soldiers"
    return _inverted_negation(low, a, h0)  # (s59) "Under no circumstances will Greece send troops"


def _troops_go(low: list[str], obj: int, tail: list[str]) -> bool:
    """The holder's troops, the subject, are sent by their own verb."""
    # the holder's troops are the subject ("... that British personnel will gain new
    # authority", "up to 40,000 UK troops would be required"): only a verb that
    # sends them makes a stance (15s); "Slovenian soldiers could be posted" does
    verb = [w for w in tail[1:5] if w not in _TAIL_FILLER][:1]
    if not (tail[:1] and tail[0] in _AUX):
        verb = []
    return bool(verb and verb[0] in _GOING or _heading_to_ukraine(low, obj + 1))


_PARTY_SUBJECTS = frozenset({"party", "parties", "opposition", "critics", "protesters",
                             "activists", "unions", "campaigners",
                             # (s64) "The PVV group said it opposes any sending of Dutch soldiers"
                             "faction", "caucus", "group"})
# (review) "The prime minister told his party he would deploy ...", "The government won over the
# unions and will send ...": the government the subject, the party an object
_GOVERNING = frozenset({"government", "minister", "prime", "president", "chancellor", "cabinet"})
_PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "it"})


def _not_their_own_say(sent: Sent, a: int, obj: int, holders: list[Mention], last: int,
                       h0: int) -> bool:
    """The holders are not the clause's speakers: another nation its subject, partners listed
    with them, a former official, others' view or report, a relative clause."""
    low = sent.lower
    if any(last <= o.start < obj and not o.governed and o.iso3 not in _NOT_HOLDERS
           and o.iso3 not in {m.iso3 for m in holders} for o in sent.mentions):
        return True  # (s60) "... among the Baltic states, Norway remains hesitant about
        # sending troops": another nation, the clause's own subject, stands between
    if with_list_only(sent, holders, obj):
        return True  # "together with Latvia, Lithuania, to participate": partners (15zb)
    lo = sent.clause_start(h0)
    party = next((k for k in range(lo, h0) if low[k] in _PARTY_SUBJECTS), None)
    if all(m.end == obj for m in holders) and party is not None and \
            _GOVERNING.isdisjoint(low[lo:party]) and {"he", "she", "we"}.isdisjoint(low[party:h0]):
        # ("it" and "they" stand for the party: "The PVV group said it opposes any sending of
        # Dutch soldiers", s64)
        return True  # (s63) "the party opposed sending British troops": the troops' adjective
        # is no holder when a party or its critics are the clause's subject
    if former_reporter(low, h0):
        return True  # "former Polish ambassador ... suggested that Warsaw might send" (s18)
    if others_about(sent, h0):
        return True  # "Many say Germany could hardly be absent": unnamed others' view (15zc)
    if not low[last:obj] and reported_by_others(sent, h0, {m.iso3 for m in holders}):
        return True  # "An envoy indicated that British and French troops could be
        # deployed": someone else's guess about those troops, not their government's
        # stance (15zb)
    if h0 > 0 and low[h0 - 1] in _RELATIVE_PLACE:
        return True  # "the legal framework under which British and French forces could
        # operate": a relative clause describing the framework, not an offer (15zb)
    return False


def _holder_qualifies_object(sent: Sent, a: int, first: int, holders: list[Mention]) -> bool:
    """The holder qualifies the object ("willing to see UK boots on the ground"): the verb
    before it governs, unless another actor stands there."""
    return not any(o.start < first - 1 and a <= o.start for o in sent.mentions
                   if o not in holders
                   # (a governed host or adversary is no actor there: "a force for Ukraine ...
                   # and preparations for UK forces"; 15s)
                   and not (o.governed and o.iso3 in _NOT_HOLDERS))


def _words_before_holder(low: list[str], a: int, start: int) -> tuple[list[str], int]:
    """The words before the holder at ``start`` (and where they begin), with a negation just
    before them."""
    span: list[str] = []
    j = start
    while j > a and len(span) < 6:  # six words back, quotes and hyphens skipped
        j -= 1                        # ('remains "open-minded" about deploying')
        if low[j] not in _QUOTE_MARKS:
            span.insert(0, low[j])
    if j > a and low[j - 1] in ("no", "not") and "decision" in span[:2]:
        span.insert(0, low[j - 1])  # "no decision taken on sending European,
        # Finnish troops": the negation just before the window (s17)
    elif j > a and "not" not in span and "n't" not in span and any(
            w in ("not", "n't", "never") for w in low[max(a, j - 2):j]) and \
            not _NOT_EXCLUDED.isdisjoint(span):
        span.insert(0, "not")  # (s30) "has not formally dismissed the option of
        # sending German personnel": the negation of a dismissal just before
    return span, j


def _no_offer_before_holder(sent: Sent, a: int, start: int, span: list[str],
                            holders: list[Mention]) -> bool:
    """The words before the holder make its troops no offer of its own: a plan nobody owns, a
    hypothesis, a figure, another's plan, others' doubts."""
    low = sent.lower
    plan_at = next((k for k in range(start - 1, max(a - 1, start - 10), -1)
                    if low[k] in _UNOWNED_PLANS), None)
    if plan_at is not None and not any(o.end <= plan_at for o in sent.mentions
                                       if o.iso3 not in _NOT_HOLDERS):
        return True  # (s60) "The VP was responding to plans to send a force of 20,000
        # British and French troops": a plan nobody in the sentence owns (§5)
    if start > 0 and low[start - 1] in ("if", "unless"):
        return True  # "It would be risky if Finnish soldiers found themselves at
        # risk": the troops in a hypothesis, no offer (s17)
    if span[-3:] in (["the", "number", "of"], ["the", "size", "of"]):
        return True  # "did not provide the number of Estonian troops": the figure,
        # not the holder's stance (15v)
    if not _PLAN_SEES.isdisjoint(span) and any(
            o.end <= start and o.iso3 not in {m.iso3 for m in holders}
            and o.iso3 not in HOST_AND_ADVERSARY for o in sent.mentions):
        return True  # "Kellogg has floated a plan ... one that would see British and
        # French troops operating in zones": another's plan for their troops (s16)
    if not _DOUBT.isdisjoint(span):
        return True  # "member states have doubts about the British peacekeeping
        # initiative": the doubters' view, not the holder's (15q)
    return False


def _gerund_subject_stances(sent: Sent, b: int, obj: int, j: int, holders: list[Mention],
                            seen: set[str]) -> list[StanceHit]:
    """A gerund subject ("Sending Canadian troops ..."): open when its predicate says it could
    happen, else no stance (the cue pass's)."""
    # "Sending Canadian troops ... 'on the table'": a gerund subject, whose
    # predicate comes after the object (15j): "is a possibility", "is an
    # option", "is not excluded" make it open (s16); the rest is the cue pass's
    low = sent.lower
    hits: list[StanceHit] = []
    refused_by = _option_refused_by(sent, obj + 1, b)
    if refused_by is not None and {m.iso3 for m in holders} != {refused_by}:
        return hits  # (s74) "... an option Macron has ruled out": another's refusal
    if refused_by is not None or _possible_predicate(low, obj + 1, b):
        named = set(seen)
        for m in holders:
            if m.iso3 not in named:
                named.add(m.iso3)
                hits.append(StanceHit(actor=m.iso3, actor_text=m.text,
                                      stance="open" if refused_by is None else "declines",
                                      group=m.group, cue=sent.text_of(j, min(b, obj + 6))))
    return hits


def _outside_the_government(sent: Sent, a: int, obj: int, holders: list[Mention],
                            h0: int) -> bool:
    """The view is not the government's: the opposition's, an outsider's, one told to a
    person, a party's vote."""
    low = sent.lower
    if not _OUTSIDE_GOVERNMENT.isdisjoint(low[a:h0]) or \
            not OUTSIDE_VOICES.isdisjoint(low[:h0]) or \
            opposition_speaks(sent, h0) or \
            any(outside_government(low, m, obj) for m in holders) or \
            all(told_person(low, m) for m in holders) or said_by_outsider_after(low, obj):
        return True  # "Australian opposition skeptical about troop deployment"; "has told
        # Sir Keir he will consider providing troops": the teller's (s17)
    before_h = set(low[a:h0])
    if {"party", "parties"} & before_h and _VOTE_WORDS & before_h:
        return True  # (s23) "party Reform UK will vote against the deployment of British
        # troops": a party's vote, not the stance of the nation whose troops it names
    return False


def _listed_in_the_force(low: list[str], h0: int) -> bool:
    """The holders are listed as the force's members ("would include", "will have")."""
    # (s30) "the force will have French, British and Turkish soldiers", as "include"
    return h0 > 0 and (low[h0 - 1] in _LISTED_BY or low[h0 - 1] in ("have", "has") and
                       low[h0 - 2:h0 - 1] in (["will"], ["would"]) and
                       not _FORCE_NOUNS.isdisjoint(low[max(0, h0 - 5):h0]))


def _speaker_in_the_list(sent: Sent, a: int, obj: int, h0: int, holders: list[Mention],
                         speaker: str | None, seen: set[str]) -> list[StanceHit]:
    """The speaker's own troops in the force's list: his offer (the others listed: none)."""
    low = sent.lower
    own = [m for m in holders if m.iso3 == speaker]
    if own and speaker not in seen and _NEGATION.isdisjoint(low[max(a, h0 - 4):h0]):
        # (not "efforts will not involve Finnish soldiers entering combat zones"; s18)
        # "Macron said the forces would include French, British and Turkish
        # servicemen": the speaker's own troops in his list are his offer (s15)
        return [StanceHit(actor=own[0].iso3, actor_text=own[0].text,
                          stance="ready", cue=sent.text_of(h0 - 1, obj + 1),
                          group=own[0].group)]
    return []


def _others_plan(low: list[str], a: int, h0: int, last: int, obj: int, span: list[str]) -> bool:
    """A plan proposed or discussed for others' troops, not the holder's own."""
    if not _PROPOSED.isdisjoint(span) and not _OTHERS_FORCE.isdisjoint(
            low[max(last, obj - 3):obj]):
        return True  # "Macron proposed deploying European peacekeeping forces": a plan
        # for a force of others, not the proposer's own troops (§5; 15x)
    if "with" in low[max(a, h0 - 2):h0] and not _DISCUSSED.isdisjoint(low[:h0]):
        return True  # "Officials have discussed contributions from 10 countries, with the
        # U.K. and France sending hundreds of soldiers": the plan discussed (15s)
    return False


def _others_sending(low: list[str], last: int, obj: int) -> bool:
    """Another sender's sending between the holder and the object ("NATO sending troops")."""
    return any((low[k] in _OTHER_SENDERS or low[k] in _GROUP_NOUNS) and low[k + 1].endswith("ing")
               for k in range(last, obj - 1))


def _door_opened(span: list[str]) -> bool:
    """The holder opens the door to others' sending, or does not rule it out."""
    # "did not rule out NATO sending troops": another's sending (15v); but (s30) a
    # leader who opens the door to it or does not rule it out is his nation open,
    # as readers record Macron's remark on Western troops ("opened the door to
    # European nations sending troops")
    return "door" in span or bool(_NOT_EXCLUDED & set(span) and {"not", "n't", "never"} & set(span))


def _stance_read(sent: Sent, a: int, b: int, obj: int, h0: int, span: list[str], tail: list[str],
                 forced_open: bool) -> str | None:
    """The stance of the words around the object (`_modality`), read again for an
    impossibility, an opting out, money, a denial, a decision put off (None: no stance)."""
    low = sent.lower
    stance = "open" if forced_open else _modality(span, tail, tuple(low[obj + 1:b]),
                                                  low[obj])
    if stance in ("ready", "open") and "neither" in low[max(0, h0 - 3):h0] and \
            "nor" in low[h0:obj]:
        return "declines"  # (s72) "Neither the UK nor France intends to send units": both refuse
    before = low[max(0, h0 - 16):h0]  # (the clause may begin after the option's noun)
    if stance == "ready" and not {"scenario", "scenarios", "option", "options"}.isdisjoint(before) \
            and not {"potential", "possible", "one", "could", "may", "might"}.isdisjoint(before):
        stance = "open"  # (s72) "one potential scenario that could be proposed is deploying
        # French and British troops": an option weighed, no offer
    if stance == "ready" and any(w in ("lack", "absence") and not _NO_AGREEMENT.isdisjoint(
            span[k + 1:k + 4]) for k, w in enumerate(span)):
        return None  # (s72) "the French president acknowledged the lack of consensus on sending
        # ground troops": no agreement among others, no offer
    if stance in ("ready", "open") and _IMPOSSIBLE.intersection(low[obj + 1:obj + 5]) \
            and "without" not in low[obj + 1:b] and \
            {"would", "will", "is", "be"} & set(low[obj + 1:obj + 4]):
        stance = "declines"  # (s60) "A German contribution of troops would be
        # impossible": ruled out (read as ready)
    if stance in ("ready", "open") and _let_alone(low, max(a, h0 - 5), obj):
        stance = "declines"  # (s64) "will not provide weapons, let alone send Slovak troops"
    if stance in ("ready", "open") and plan_given_up(span):
        return None  # (s71) "are abandoning plans to deploy their troops": no offer now, as the
        # cue pass reads it (15q)
    if stance in ("ready", "open") and _avoided(span):
        stance = "declines"  # (s71) "Austria will uphold its neutrality, avoiding the deployment
        # of troops": the deployment avoided (read as ready from "will")
    if stance in ("ready", "open") and opting_out(span):
        stance = "declines"  # (s60) "Ireland will sit out the reassurance force"
    if stance in ("ready", "open") and money_offer(span) and SENT_PEOPLE.isdisjoint(until_contrast(low[obj:b])):
        return None  # (s60) "Norway pledged 1 billion euros to fund the force": money (not
        # "commits £200 million to prepare troops for deployment": the troops)
    if any(low[k] in _DENIED_THAT and not _RUMOURS.isdisjoint(low[k + 1:k + 4])
           and _DISCORD.isdisjoint(low[k + 1:obj]) and own_clause_after(low[k:obj]) is None
           for k in range(h0, obj)):
        stance = "declines"  # (s31) "Sikorski dismissed rumours regarding the
        # deployment of Polish troops": the deployment denied
    if stance in ("ready", "open") and not {"decision", "decisions"}.isdisjoint(span) and \
            any(low[k:k + 3] in (["will", "be", "made"], ["will", "be", "taken"],
                                 ["would", "be", "made"], ["would", "be", "taken"])
                for k in range(obj + 1, max(obj + 1, b - 2))):
        return "undecided"  # (s64) "Poland's decision to send its troops ... will be made
        # exclusively in Warsaw": a decision still to make, no offer
    if stance == "declines" and not {"decision", "decisions"}.isdisjoint(
            low[max(a, h0 - 6):h0]) and not {"made", "taken", "reached"}.isdisjoint(
            low[obj + 1:b]):
        stance = "undecided"  # (s31) "a decision on sending German troops would not be
        # made immediately": a decision put off, not a refusal
    return stance


_PREMISE_WORDS = frozenset({"scenario", "sent", "deployed", "implemented", "happen", "happens",
                            "happened", "dispatched", "stationed"})


def _under_the_premise(low: list[str], a: int, h0: int) -> bool:
    """(s71) The holder's clause follows "if" and a sending supposed ("if such a scenario were
    to be implemented, French forces would ...", "if they were sent, ...")."""
    k = next((i for i in range(h0 - 1, max(-1, h0 - 14), -1) if low[i] == "if"), None)
    return k is not None and "," in low[k:h0] and \
        not _PREMISE_WORDS.isdisjoint(low[k + 1:min(h0, k + 9)])


_AVOIDING = frozenset({"avoid", "avoids", "avoided", "avoiding", "shun", "shuns", "shunned",
                       "shunning", "eschew", "eschews", "eschewing", "forgo", "forgoing",
                       "forgoes"})


def _avoided(span: list[str]) -> bool:
    """(s71) A verb of avoiding right before the troop object: "avoiding (any, the) deployment",
    "will shun sending troops"."""
    k = next((i for i in range(len(span) - 1, max(-1, len(span) - 5), -1)
              if span[i] in _AVOIDING), None)
    return k is not None and all(w in _AVOIDED_GAP for w in span[k + 1:])


_AVOIDED_GAP = frozenset({"the", "any", "a", "its", "their", "of", "deployment", "deploying",
                          "sending", "dispatch", "dispatching", "stationing"})


_SAID_NOUNS = frozenset({"message", "messages", "remarks", "comments", "words", "statement",
                         "statements", "speech"})


def _whose_words(low: list[str], end: int) -> bool:
    """(s64) A mention ending at ``end`` owns a message: "Macron's message", "Macron's remarks"."""
    return low[end:end + 1] in (["'s"], ["’s"]) and low[end + 1:end + 2] != [] and \
        low[end + 1] in _SAID_NOUNS


_UNTIL = frozenset({"until", "unless", "till", "without", "before"})
_LETS = frozenset({"let", "lets", "letting", "allow", "allows", "allowing", "permit", "permits"})
_TAIL_QUOTES = frozenset({'"', "“", "”", "‘", "’", "«", "»"})
_STAY_HOME = re.compile(r"\b(?:stay|stays|remain|remains|be kept) (?:at )?home\b")


def _stay_in_own(sent: Sent, obj: int, holders: list[Mention]) -> bool:
    """(s64) The holder's troops "stay (remain) in" the holder's own country."""
    low = sent.lower
    k = next((j for j in range(obj + 1, min(len(low), obj + 4)) if low[j] in ("stay", "remain")), None)
    if k is None or low[k + 1:k + 2] != ["in"]:
        return False
    own = {m.iso3 for m in holders}
    return any(m.start == k + 2 and m.iso3 in own for m in sent.mentions)


def _not_one_before(low: list[str], h0: int) -> bool:
    """(s64) "not a single" or "not one" right before the holder (a quote between allowed)."""
    k = h0 - 1
    while k >= 0 and low[k] in ('"', "“", "'", "‘"):
        k -= 1
    return low[max(0, k - 2):k + 1] == ["not", "a", "single"] or \
        low[max(0, k - 1):k + 1] in (["not", "one"], ["not", "single"])


def _let_alone(low: list[str], a: int, b: int) -> bool:
    """(s64) "..., let alone send (sending) troops": a refusal stronger than the one before."""
    return any(low[k:k + 2] == ["let", "alone"] and not {"not", "n't", "never", "no", "cannot"}.isdisjoint(
        low[:k]) for k in range(a, b - 1))


def _stance_for_this_force(sent: Sent, obj: int, h0: int, span: list[str],
                           holders: list[Mention], stance: str | None) -> str | None:
    """The stance kept for this force: none when it concerns the war, another role, another
    mission or another country; an offer whose denial governs the holders declines."""
    low = sent.lower
    if stance == "declines" and _before_the_premise(low, obj + 1):
        return None  # (s31) "will not be sent while fighting is still going on", "would
        # not deploy troops today, only once a peace deal is signed": the war, not the force
    if stance == "declines" and redeployed_from(low, max(0, h0 - 4)):
        return None  # (s24) "ruled out redeploying Dutch troops from missions elsewhere"
    if stance is None or stance == "declines" and _not_as_but_as(span, low[obj + 1:]):
        return None  # (s24) "to act not as traditional peacekeepers but as guarantors": a
        # role contrasted, no refusal
    if stance in ("ready", "open") and any(_denial_governs(low, m.start)
                                           for m in holders) and \
            own_clause_after(low[h0:obj]) is None:  # (s74) "dismissed reports that it had
        # abandoned its pledge, and insisted it remains committed to sending": its own word
        if any(w[:1].isdigit() for w in low[h0:obj + 1]):
            return None  # (s64) "denied a report that France would commit 20,000 troops":
            # the figure denied, neither offered nor refused
        # "denied the Polish side's intentions to deploy" (s13); the denial may follow
        # a named holder: "Kosiniak-Kamysz denied the Polish side's intentions" (s15)
        stance = "declines"
    if stance == "declines" and (combat_only(low, h0, obj + 1)
                                 or outside_ukraine(low, obj + 1)):
        return None  # "will not send soldiers to fight alongside ...": the war (s13);
        # "Greek troops will not operate on Russian territory": where, not whether (s17)
    if stance in ("ready", "open") and beside_ukraine(low, obj + 1):
        return None  # "deploying forces near Ukraine, such as in Poland" (s23)
    if stance == "ready" and {"deployed", "sent", "stationed"} & set(span) and \
            low[obj + 1:obj + 2] == ["to"] and any(
                m.start == obj + 2 and m.iso3 not in ("UKR",) for m in sent.mentions):
        return None  # (s24) "Denmark had earlier deployed soldiers to Latvia": troops sent
        # to another country, no offer for the force in Ukraine
    if stance in ("ready", "open") and {"stationing", "station", "basing"} & set(span) \
            and low[obj + 1:obj + 2] == ["in"] and any(
                m.start == obj + 2 and m.iso3 != "UKR" for m in sent.mentions):
        return None  # (s30) "Germany is stationing 5,000 troops in Lithuania": troops
        # placed in another country, no offer for the force in Ukraine
    return stance


def _with_condition(sent: Sent, b: int, obj: int, first: int, last: int, span: list[str],
                    stance: str, duration: bool) -> tuple[str, str | None, str | None]:
    """The stance, its condition and the stance the condition qualifies (``base``): a decision
    left to parliament, an approval still needed, a condition after the object or before it, a
    refusal unless or without something."""
    low = sent.lower
    condition: str | None = None
    base: str | None = None
    if stance == "ready" and {"decision", "decide"} & set(span) and \
            {"parliament", "prerogative", "vote"} & set(low[obj + 1:b]):
        # "The decision to send Bulgarian troops is the exclusive prerogative of the
        # Parliament" (15q)
        stance, condition = "conditional", "parliament"
    elif stance == "ready" and not _APPROVE.isdisjoint(span) and \
            not _MUST.isdisjoint(span):
        # "the Czech government would have to approve the deployment": a decision
        # still needed at home (15j)
        stance, condition = "conditional", _condition_of(sent, last, "") or "parliament"
    elif stance in ("ready", "open"):
        base = stance
        condition = _condition_of(sent, obj + 1, "") or (
            "other" if set(low[first:obj]) & _LIMITS else None)
        rest = low[obj + 1:b]
        if condition is None and any(
                w in ("provided", "providing") and x in ("the", "that", "a", "it", "they")
                for w, x in zip(rest, rest[1:], strict=False)):
            # "readiness to do this, provided the U.S. supports the initiative"
            condition = "us-backstop" if {"u.s.", "us", "united", "washington",
                                          "american"} & set(rest) else "other"
        if condition is None and "before" in span and \
                not {"need", "needs", "require", "requires", "want", "wants"}.isdisjoint(
                    span[:span.index("before")]):
            # "would need a UN mandate before sending troops": the condition is said
            # before the troops (15t)
            condition = _condition_of(sent, last, "")
        if duration:
            condition = None  # "for as long as it takes": a duration, not a condition
        if condition is not None:
            stance = "conditional"
        else:
            base = None
    elif stance == "declines" and _IMPOSSIBLE.intersection(low[obj + 1:obj + 6]) and \
            (needed := without_required(low, obj + 1)) is not None:
        # (s60) "A German contribution would be impossible (unthinkable) without the
        # United States": that condition, not a refusal
        stance, condition, base = "conditional", needed, None
    elif stance == "declines" and {"if", "unless"} & set(low[obj + 1:b]):
        stance, condition = "conditional", _condition_of(sent, obj + 1, "") or "other"
        if "unless" in low[obj + 1:b]:
            base = "ready"  # "would not be part of it unless consulted": "only if" (15t)
    return stance, condition, base


def _stance_hits(sent: Sent, b: int, obj: int, holders: list[Mention], stance: str,
                 condition: str | None, base: str | None) -> list[StanceHit]:
    """The stance, one hit for each nation among the holders."""
    cue = sent.text_of(min(m.start for m in holders), min(b, obj + 1))
    hits: list[StanceHit] = []
    named: set[str] = set()
    for m in holders:
        if m.iso3 in named:
            continue  # the minister and the nation's adjective: one holder (s15)
        named.add(m.iso3)
        hits.append(StanceHit(actor=m.iso3, actor_text=m.text, stance=stance, cue=cue,
                              condition=condition, group=m.group, base=base))
    return hits
