"""The stance reader's vocabulary: the stances and their polarity, the conditions, the cue
and object words, the record of one reading (`StanceHit`, `Orphan`) and the word tables that
several of the reader's modules share.

Lowest in the package: it imports no other module of it, so each module that reads a cue can
take its words from here."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reassure.evidence._gazetteer import DEMONYMS, HOST_AND_ADVERSARY
from reassure.evidence._text import Sent

# stance -> polarity used for agreement/conflict (see docs/evidence.md)
STANCES: dict[str, str] = {
    "ready": "positive",
    "conditional": "conditional",
    "open": "open",
    "undecided": "hesitant",
    "declines": "negative",
    "leading": "positive",
    "talks": "neutral",
    "supports": "positive",
    "rejects": "negative",
}
POLARITY = STANCES
# the stances that are about sending troops (the others are about the talks or the plan)
TROOP_STANCES = ("ready", "conditional", "open", "undecided", "declines")
CONDITIONS = ("us-backstop", "parliament", "ceasefire", "mandate", "constitution", "other")

DEPLOY = ["deploy", "send", "contribute", "commit", "provide", "put", "station", "dispatch", "bring",
          "join", "participate", "take", "supply", "offer", "sending", "deploying",
          "contributing", "joining", "providing", "committing", "participating", "use", "engage",
          "establish", "mobilize", "mobilise",  # 15v: "expected to mobilize 10,000 soldiers"
          "establishing",  # s74: the Paris Declaration's "committed to establishing military hubs"
          "allocate", "allocating",  # s18: "Bern can allocate about 200 soldiers"
          "despatch", "despatching"]  # s22: the British spelling of "dispatch"
# (s74) an offer or a part taken back: "had withdrawn", "abandoned its pledge", "quit the coalition"
WITHDRAWN = frozenset({"withdrawn", "withdrew", "withdraw", "withdrawing", "abandoned", "dropped",
                       "pulled", "scrapped", "retracted", "rescinded", "quit"})
TROOP_WORDS = frozenset(
    "troops troop soldiers soldier forces force personnel contingent contingents boots units "
    "peacekeepers peacekeeping servicemen military army deployment deploying sending mission "
    "reassurance company battalion brigade militaries unit operation deployments".split()
)
_NEEDS_TROOPS = frozenset({"deploy", "send", "provide", "put", "station", "dispatch", "commit",
                           "supply", "offer", "sending", "deploying", "providing", "committing",
                           "use", "contribute", "contributing", "establish", "establishing",
                           "allocate",
                           "allocating",
                           # (s47) "readiness to mobilize civilians": people at home, unless
                           # troops follow ("to mobilize 10,000 soldiers")
                           "mobilize", "mobilise"})
# (s47) money as the object: "would contribute well over £100 million to the force"
CURRENCY = frozenset({"£", "$", "€", "pounds", "euros", "euro", "dollars", "usd", "eur", "gbp",
                       "kroner", "kronor", "crowns", "zloty", "francs"})


def names_money(words: Iterable[str]) -> bool:
    """(s47) A currency word or sign among ``words`` ("£100", "40 million euros")."""
    return any(w in CURRENCY or w[:1] in ("£", "$", "€") for w in words)
LEAD_OBJECTS = ["discussions", "talks", "efforts", "effort", "initiative", "plan", "planning",
                "coalition", "push", "preparations", "diplomacy", "drive"]
FORCE_OBJECTS = frozenset({"force", "mission", "contingent", "deployment", "operation",
                           "peacekeeping", "reassurance", "troops", "soldiers", "forces"})
TALK_OBJECTS = frozenset({"plan", "talks", "discussions", "discussion", "planning", "meeting",
                          "meetings", "summit", "coalition", "initiative", "effort", "efforts",
                          "process", "negotiations", "consultations", "work", "call"})
REJECT_OBJECTS = frozenset({"idea", "plan", "proposal", "deployment", "presence", "force", "troops",
                            "initiative", "notion", "any", "peacekeepers", "mission", "contingent",
                            "proposals", "plans", "it", "sending", "deploying", "this"})
SUPPORT_OBJECTS = frozenset({"initiative", "plan", "idea", "proposal", "force", "deployment",
                             "mission"})
LIMIT_WORDS = frozenset(
    "constraint constraints limit limits limited restrict restricts restricted restriction "
    "restrictions prohibit prohibits prohibited bars bar ban bans obstacle obstacles hurdle "
    "hurdles forbids forbid".split()
)
APPROVAL_WORDS = frozenset(
    "approval approve approved vote consent mandate authorization authorisation require requires "
    "required need needs needed backing green agrees agree".split()
)
PARLIAMENTS = ["parliamentary", "parliament", "bundestag", "riigikogu", "saeima", "folketing",
               "sejm", "congressional", "legislative", "seimas", "storting", "riksdag",
               "mps", "commons",  # 15v
               # (s56) "once the Kamer has had its say", "the approval of the Cortes", "the
               # Congress (Chamber) of Deputies", the Eduskunta, the Dáil
               "kamer", "cortes", "deputies", "eduskunta", "oireachtas", "dáil", "dail", "althingi",
               "sabor", "nationalrat",
               # (s64) France's National Assembly: "without this Assembly having voted"
               "assembly"]
_PARLIAMENT_WORDS = frozenset(PARLIAMENTS)  # (tested with `in`: one set, built once)
NEGATIONS = frozenset({"not", "n't", "never", "no"})
# single-word demonyms, lower case (s23: "against Bulgarian participation")
_DEMONYM_WORDS = tuple(sorted({d.lower() for ds in DEMONYMS.values() for d in ds if " " not in d}))
# words that make a ready/open cue conditional, when they follow it in the sentence
_IF_WORDS = frozenset({"if", "unless", "depend", "depends", "depending", "dependent",
                       "conditional", "condition", "conditions",
                       # "this hinges on a UN mandate" (15zb; a premise still is none)
                       "hinges", "hinge", "hinged", "hinging"})
_US_WORDS = frozenset({"us", "u.s.", "united", "washington", "american", "america", "backstop",
                       "trump"})
_CEASEFIRE_WORDS = frozenset({"ceasefire", "cease-fire", "truce", "peace", "armistice"})
_MANDATE_WORDS = frozenset({"un", "u.n.", "mandate", "international", "legal"})
_TERMS_WORDS = frozenset({"terms", "term", "conditions"})

# A sentence without one of these words (or a deploy verb with a refusal) cannot match a stance
# pattern; the matcher is not run on it.
_KEYS = frozenset(
    "ready prepared willing readiness willingness leading lead leads led spearheading spearheads "
    "disposed disposition availability "  # (s66) translated copy
    # (s67) an offer taken back ("withdrew the offer", "walked away from the pledge")
    "withdrew withdraws withdrawn withdrawing withdraw retracted retracts rescinded dropped "
    "drops scrapped revoked back backing walked walks walking walk "
    "spearheaded co-leading participating participate participates participated involve involves "
    "involving constitutional constitution constitutionally premature prematurely ruled rules "
    "ruling rule rejected rejects reject rejecting opposes opposed oppose denounced condemned "
    "unacceptable endorsed endorses endorse endorsing backed backs supports supported welcomed "
    "welcomes agreed agrees pledged pledges committed commits promised vowed intends intend plans "
    "decided considering considers consider weighing mulling open openness undecided decided "
    "decide could may might will would against refused refuses declined declines intent "
    "intention intentions indicated indicates indicating signalled signaled signals signalling signaling envisage envisages foresee foresees contemplating contemplate offered offers "
    "urging urged urges shown showed showing possible "
    "took taken taking depends depend hinges dependent preparing prepares planning set poised aims "
    "aiming intending suggested suggests proposed proposes signed agreement declaration "
    "commitment deal accord pact resisted resist resists resisting balked balk balks before "
    "potential interest agenda table excluded excludes exclude excluding decision hesitant "
    "hesitating hesitates available wants hopes wishes principle participation contribution "
    "involvement question agree decline refuse exploring studying join joining joins offer "
    "offering opposing pledge promises vows raised raises raising prospect reluctant sceptical "
    "skeptical wary unwilling stay stays staying stayed among options deployed stationed "
    "dispatched neither plan proposal proposals sign signs signing suggestion reached "
    "favour favor "  # s43: "spoken in favour of troop deployments"
    # (s64) "reiterated the possibility of providing", "mentioned possibly providing"
    "reiterated reiterates reiterating repeated repeats restated restates reaffirmed reaffirms "
    "mentioned mentions discussed discusses floated floats "
    "pledging promising vowing executed decisions "  # s18
    "uncertain unclear "
    "think thinking reflect reflecting inappropriate appropriate option discard discards "  # s31
    "made given makes make "
    "reluctance hesitance hesitancy actions action steps measures moves "  # issue 15s
    "discussed discussing discusses discuss debating debates "
    "opposition resistance opened opens opening sent provided contributed deployed supplied "
    "dispatched "  # issue 15q
    "role "  # s24: "Germany's role depends on ..."
    "evaluating evaluates "  # s36
    "reservations careful conditions sets set setting laid lays outlined outlines named names "
    "listed lists puts put spelled spelt preconditions "  # s17
    "precondition preconditions prerequisite prerequisites cautious noncommittal "
    "committal dismissed dismisses dismissing "  # 15t
    "adopted unsuitable wrong inappropriate disagreed disagrees disagree disagreeing "
    "anything expected "  # 15v
    "point "  # (s69) "no point in speculating"
    "denying denied denies deny time makes make made "  # s15
    "possibility floated mentioned suggesting keen "  # s21
    "admitted admits acknowledged acknowledges evoked entertained give gives giving gave "  # s60
    "happy turning turned turns turn "  # s22
    "expressing expressed expresses voiced voicing voices distanced distancing distances "
    "distance "  # s23
    "volunteered earmarked wish desire hope contemplates "  # s30
    "consideration contemplated considered "  # s35
    "ponders pondering pondered ponder "  # s40
    "shot shoot shoots shooting "  # s47: "shot down the idea"
    "prepare "  # s48: "British peacekeepers prepare to head to Ukraine"
    "avoided avoids avoiding time need needs needed want wanted "  # s57: "avoided saying",
    # "needed more time"
    "keep keeps keeping kept "  # s57: "will keep its soldiers at home"
    "putting".split()  # s58: "putting forward troops"
) | frozenset(PARLIAMENTS)
_PART_VERBS = frozenset({"play", "take", "taking", "takes", "took", "taken", "be", "do"})
_REFUSALS = frozenset({"not", "n't", "cannot", "never", "no", "refused", "refuses", "declined",
                       "declines", "won't"})
_DEPLOY = frozenset(DEPLOY)


_MODALS = frozenset({"will", "would", "could", "may", "might", "can", "shall", "must"})
_KEYS_NOT_MODAL = _KEYS - _MODALS


# "Spanish troops will be deployed (sent, placed, based …) in Ukraine" (15t: placed, based, posted)
_PASSIVE_GOING = ("deployed", "sent", "stationed", "dispatched", "placed", "based", "posted")


# with a modal, the words that make a sentence worth matching ("would be placed", 15t)
_MODAL_PARTNERS = frozenset(DEPLOY) | {"part", "play", "no", "presence"} | frozenset(_PASSIVE_GOING) \
    | {"engage", "carry", "conduct", "undertake"}  # (s62) "troops would carry out operations"


def could_hold_stance(words: set[str]) -> bool:
    """Whether a sentence with these lower-case words can match a stance pattern."""
    if not words.isdisjoint(_KEYS_NOT_MODAL):
        return True
    if not words.isdisjoint(_MODALS) and not words.isdisjoint(_MODAL_PARTNERS):
        return True
    if "part" in words and not words.isdisjoint(_PART_VERBS):
        return True
    if ("too" in words or "still" in words) and ("early" in words or "soon" in words):
        return True  # (s72) "it is still early to talk about ..."
    if "yet" in words or ("without" in words and "providing" in words):
        return True
    if "let" in words and "alone" in words:
        return True  # (s64) "..., let alone send troops"
    if "door" in words or "no" in words and not words.isdisjoint(("says", "said", "say", "saying")):
        return True  # (s59) "Merz shuts door on German troops", "Poland says no to troops"
    if "but" in words and "not" in words and not words.isdisjoint(TROOP_WORDS):
        return True  # "..., but not troops" (issue 15n)
    if "open" in words and not words.isdisjoint(("left", "leaves", "leave", "leaving")):
        return True  # (s62) "left open whether German soldiers would go"
    if not words.isdisjoint(("go", "enter")) and not words.isdisjoint(_REFUSALS) and \
            not words.isdisjoint(("troops", "soldiers")):
        return True  # (s58) "its troops won't go into Ukraine"
    return not words.isdisjoint(_DEPLOY) and not words.isdisjoint(_REFUSALS)


@dataclass(frozen=True)
class StanceHit:
    """A stance found in a sentence, before it gets its id."""

    actor: str
    actor_text: str
    stance: str
    cue: str
    condition: str | None = None
    group: str | None = None
    # the stance a condition qualifies ("ready to send troops if ..." is ready, on a condition):
    # the ledger records it too, as the annotators do (docs/evidence.md §5)
    base: str | None = None


@dataclass(frozen=True)
class Orphan:
    """A stance cue whose actor is not in its sentence: a pronoun ("It will send ...", the
    nation of the sentence before) or a group of unnamed nations ("Six European countries are
    ready ...", named in the sentence after: "Among them are ...")."""

    stance: str
    cue: str
    condition: str | None
    anaphoric: bool  # a pronoun stands for the actor, else a group noun


_ASKING_OPENERS = frozenset({"could", "would", "will", "can", "should", "does", "do", "is", "are",
                             "why", "how", "what", "who", "where", "when", "which", "whether"})


_QUOTES = frozenset({'"', "“", "”", "‘", "’", "'", "«", "»"})
_PLEDGE_NOUNS = frozenset({"participation", "contribution", "involvement", "commitments",
                           "commitment", "deployment", "role"})
_TAKE_PART_VERBS = frozenset({"participate", "participating", "engage", "engaging", "involved",
                              "intervene", "contribute", "contributing"})
_NOT_CONTRIBUTORS = frozenset(HOST_AND_ADVERSARY) | {"USA", "PRK"}  # (s30) PRK: beside Russia
_PROHIBIT = frozenset("prohibiting prohibits prohibited prohibit banning bans ban banned "
                      "restricts restricting restrict restricted forbidding forbids forbid "
                      "forbidden against opposing rejecting".split())
_COUNT_WORDS = frozenset("only two three four five six seven eight nine ten few handful first "
                         "main".split())


# one-word demonyms -> their nation, built once ("german" -> DEU)
_DEMONYM_NATION = {d.lower(): iso for iso, ds in DEMONYMS.items() for d in ds if " " not in d}


def cue_at(sent: Sent, hit: StanceHit) -> int | None:
    """The token index where a stance's cue starts in its sentence, or None."""
    cue = hit.cue.lower().split()
    low = sent.lower
    if not cue:
        return None
    found = next((k for k in range(len(low) - len(cue) + 1) if low[k:k + len(cue)] == cue), None)
    if found is not None or not any(not w.isalnum() for w in cue):
        return found
    # (s71) a cue whose words carry punctuation the tokens split off ('would "play its full
    # part'): the tokens whose letters, joined, are the cue's
    target = "".join(cue)
    for k in range(len(low)):
        joined = ""
        for w in low[k:]:
            joined += w
            if len(joined) >= len(target):
                break
        if joined == target:
            return k
    return None
_DENIED_POSSIBILITY = frozenset({"refutes", "refuted", "refute", "denies", "denied", "deny",
                                 "dismisses", "dismissed", "dismiss"})
_PLAN_NOUNS = frozenset({"strategy", "plan", "plans", "idea", "proposal", "scheme", "suggestion"})
_MAY = frozenset({"may", "might", "could"})


# (s61) the verbs of "before taking (making, reaching ...) a stance (decision)": the matcher's
# pattern and `_classify`'s reading of it
TAKING_A_STANCE = ("taking", "making", "reaching", "adopting", "forming")
