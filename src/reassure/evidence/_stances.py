"""Stances of nations toward sending troops: cue phrases (spaCy Matcher) + who acts + conditions.

The vocabulary (docs/evidence.md, "Stances"):

- ``ready``: will, is ready/willing/prepared to, agreed to, pledged, confirmed its readiness to
  send or contribute troops, or take part in the force;
- ``conditional``: as ready or open, but only if something holds; the condition is recorded
  (``us-backstop``, ``parliament``, ``ceasefire``, ``mandate``, ``constitution``, ``other``);
- ``open``: could or may send, is considering it, is open to it, has not ruled it out;
- ``undecided``: too early to say, has not decided, premature;
- ``declines``: will not send, ruled out, declined or refused to contribute, has no plans to;
- and, kept apart from troop offers: ``talks`` (takes part in the talks or planning), ``leading``
  (leads the effort), ``supports`` / ``rejects`` (the plan itself, e.g. Russia rejecting it).

A cue is kept only with the object that makes it about troops or the force. A negation before a
positive cue makes it ``declines``; "has not ruled out" is ``open``. The actors are the nations
(or leaders, mapped to their nation; or a group such as "the Baltic states", expanded to its
members) standing as the cue's subject: in its clause, else the sentence's opening list of
nations, else the nation of the quoted speaker; a nation after a preposition ("troops in
Ukraine"), inside a relative clause, or before a speech verb ("X says the US backs ...") never
counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from reassure.evidence._claims import MISSION_WORDS, MONTHS, WORD_NUMBERS
from reassure.evidence._gazetteer import DEMONYMS, HOST_AND_ADVERSARY
from reassure.evidence._text import (
    BOUNDARY_PUNCT,
    BOUNDARY_WORDS,
    DETS,
    LIST_GLUE,
    SPEECH,
    Mention,
    Sent,
)

__all__ = ["CONDITIONS", "CueMatcher", "HARM_WORDS", "OUTSIDE_VOICES", "Orphan", "POLARITY",
           "STANCES", "StanceHit", "could_hold_stance", "find_stances", "home_territory",
           "others_about", "others_troops_only", "redeployed_from", "rules_for_sending",
           "stance_matcher", "too_early_whether", "premature_talk", "cabinet_approved", "excepted",
           "warned_or_some", "signals_from", "WARNED_TRIGGERS", "SIGNS_TRIGGERS", "CABINET_TRIGGERS",
           "EXCEPT_TRIGGERS", "too_much_to", "deployment_without"]

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
          "allocate", "allocating",  # s18: "Bern can allocate about 200 soldiers"
          "despatch", "despatching"]  # s22: the British spelling of "dispatch"
TROOP_WORDS = frozenset(
    "troops troop soldiers soldier forces force personnel contingent contingents boots units "
    "peacekeepers peacekeeping servicemen military army deployment deploying sending mission "
    "reassurance company battalion brigade militaries unit operation deployments".split()
)
_NEEDS_TROOPS = frozenset({"deploy", "send", "provide", "put", "station", "dispatch", "commit",
                           "supply", "offer", "sending", "deploying", "providing", "committing",
                           "use", "contribute", "contributing", "establish", "allocate",
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
               "sabor", "nationalrat"]
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
    "pledging promising vowing executed decisions "  # s18
    "uncertain unclear "
    "think thinking reflect reflecting inappropriate appropriate option discard discards "  # s31
    "made given makes make "
    "reluctance hesitance hesitancy actions action steps measures moves "  # issue 15s
    "discussed discussing discusses discuss "
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
_MODAL_PARTNERS = frozenset(DEPLOY) | {"part", "play", "no", "presence"} | frozenset(_PASSIVE_GOING)


def could_hold_stance(words: set[str]) -> bool:
    """Whether a sentence with these lower-case words can match a stance pattern."""
    if not words.isdisjoint(_KEYS_NOT_MODAL):
        return True
    if not words.isdisjoint(_MODALS) and not words.isdisjoint(_MODAL_PARTNERS):
        return True
    if "part" in words and not words.isdisjoint(_PART_VERBS):
        return True
    if "too" in words and ("early" in words or "soon" in words):
        return True
    if "yet" in words or ("without" in words and "providing" in words):
        return True
    if "door" in words or "no" in words and not words.isdisjoint(("says", "said", "say", "saying")):
        return True  # (s59) "Merz shuts door on German troops", "Poland says no to troops"
    if "but" in words and "not" in words and not words.isdisjoint(TROOP_WORDS):
        return True  # "..., but not troops" (issue 15n)
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


# words that stand for nations not named in the clause
_GROUP_NOUNS = frozenset("countries nations states allies members governments capitals leaders "
                         "partners".split())
_ANAPHORS = frozenset({"it", "they", "its", "their"})
_COUNTRY_NOUNS = frozenset({"country", "government", "nation"})


# a quantifier standing alone for unnamed nations ("some already expressing readiness", "others
# are reluctant"; issue 15q): followed by a verb, not by its noun
_QUANTIFIERS = frozenset({"some", "others", "many", "several", "most", "all",  # "all of": s17
                          "rest"})  # (s56) "...; the rest said it was too early"
_AFTER_QUANTIFIER = frozenset({"already", "have", "has", "are", "were", "had", "say", "said",
                               "will", "would", "could", "also", "remain", "of", "still"})
# unnamed nations as a subject: "Europe must be ready ...", "several countries were ready ..."
_GROUP_SUBJECTS = _GROUP_NOUNS | frozenset({"europe", "europeans", "nato", "eu"})
# (15t) "a majority still undecided, including Germany": a share of a group is a group subject,
# its members named after the cue
_GROUP_SUBJECTS |= frozenset({"majority", "minority", "group", "camp"})
# words that may stand between named nations and a group noun of one subject ("Britain, France
# and other countries are ready")
_LIST_TAIL = frozenset({",", "and", "or", "other", "several", "some", "many", "more", "few",
                        "european", "nordic", "baltic", "allied", "western", "partner", "along",
                        "with", "together", "alongside", "as", "well", "the", "its", "their",
                        "eu", "nato", "member", "neighbouring", "neighboring", "like-minded"})


_PROMISES = frozenset({"promises", "promise", "promised", "guarantees", "guarantee",
                       "guaranteed", "vowed", "vows"})
_DISCUSS = ("discussed", "discussing", "discusses", "discuss")
_OWN_SHARE = ("its", "their", "own", "significant", "possible", "potential", "military", "a",
              "greater", "larger", "substantial")
# the words that name the force or a share in it, read from the sentences before (15s, s25)
STANCE_CONTEXT = frozenset({"force", "troops", "soldiers", "participation", "contribution",
                            "deployment", "contingent", "peacekeepers", "mission",
                            "contingents"})  # (s55) "readiness to send military contingents"
_COALITION_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "will", "would",
                              "could", "may", "might", "can", "remains", "stands"})


_DASHES = frozenset({"—", "–", "--"})
_TELL = frozenset({"tells", "told", "tell", "telling", "informed", "informs", "assured", "assures",
                   "reassured", "reassures", "briefed", "briefs"})


_AUX_LIKE = frozenset({"have", "has", "had", "are", "is", "were", "was", "will", "would", "all",
                       "also", "already"})


_BLOCS = frozenset({"western", "european", "nato", "allied", "eu"})


def _own_bloc(low: list[str], g: int | None) -> bool:
    """(s30) The group noun at ``g`` is a bloc ("Western countries", "European or NATO states")
    the speaker's nation is in: not "most other EU countries" (s45), which sets it apart."""
    return g is not None and not _BLOCS.isdisjoint(low[max(0, g - 3):g]) and \
        "other" not in low[max(0, g - 3):g]


# the words that open a group's list of members: "About six countries, including (notably)
# Britain and France, ..."
_MEMBERS_LEAD = frozenset({"including", "notably", "particularly", "especially", "namely"})
_INCLUDES = frozenset({"includes", "include", "included"})


def _group_subject(sent: Sent, s: int) -> int | None:
    """Where a group noun stands as the subject of the cue at ``s`` (in its clause, or after a
    speech verb in the sentence: "Macron said several countries were ready"), or None."""
    low = sent.lower
    lo = sent.clause_start(s)
    # (s56) "Several countries – led by France and the UK – and others have ...": the aside's
    # closing dash before "and others"
    dash = lo - 1 if lo >= 2 and low[lo - 1] in _DASHES else lo - 2 if lo >= 3 and \
        low[lo - 1] == "and" and low[lo - 2] in _DASHES and low[lo] in ("others", "other") else None
    if dash is not None:  # "26 of the allies — part of a broader coalition —
        # have committed to deploying troops": the subject before the aside (15t)
        opening = next((j for j in range(dash - 1, max(-1, dash - 24), -1) if low[j] in _DASHES),
                       None)
        if opening is not None and (not any(opening < m.start and m.end < lo
                                            for m in sent.mentions)
                                    # (s56) "Several countries – led by France, the UK and the
                                    # Baltic states – have ...": the aside names the group's
                                    # leaders (members), read by `_included_after`
                                    or low[opening + 1:opening + 3] == ["led", "by"]
                                    or low[opening + 1:opening + 2] != []
                                    and low[opening + 1] in _MEMBERS_LEAD):
            # (an aside that names nations lists the group's members: "the Baltic states —
            # A, B and C — are among the countries that ...", 15v)
            named = {k for m in sent.free_mentions(0, opening) for k in range(m.start, m.end)}
            for k in range(opening - 1, max(-1, opening - 8), -1):
                if low[k] in _GROUP_SUBJECTS:
                    return k
                if k in named or low[k] in ("that", ",", ";"):
                    break
    q = next((k for k in range(s - 1, max(-1, s - 4), -1) if low[k] in _QUOTES), None)
    if q is not None and all(w in _QUOTES or w in _AUX_LIKE for w in low[q:s]):
        # 'These countries "have pledged to send soldiers," said Macron': a group outside the
        # quote that opens with the cue's verb is its subject (15zb)
        for k in range(q - 1, max(-1, q - 4), -1):
            if low[k] in _GROUP_SUBJECTS:
                return k
            if low[k] in (",", ";", ".", ":"):
                break
    if lo >= 3 and low[lo - 1] == ",":  # "About six countries, including Britain and France,
        # are discussing ...": the group before its members' list (15t)
        named = {k for m in sent.mentions for k in range(m.start, m.end)}
        j = lo - 2
        while j > 0 and (j in named or low[j] in (",", "and", "the", "or")
                         or low[j] in _UNNAMED_LIST_TAIL):  # (s24) "..., France, Britain, and
            j -= 1  # some Baltic countries, have ...": an unnamed rest closes the list
        g = -1  # the word before the group's list, when a list opens after a group noun
        if low[j] in _MEMBERS_LEAD and j < lo - 2:  # (s47: "notably", "such as" too)
            g = j - 1 if low[j - 1] == "," else j
        elif low[j] == "by" and low[j - 1:j] == ["led"] and j < lo - 2:
            g = j - 2 if low[j - 2:j - 1] == [","] else j - 1  # (s47) "Two dozen countries,
            # led by France and Britain, pledged ...": the leaders among the pledging group
        elif low[j] in _INCLUDES and low[j - 1:j] == ["which"] and j < lo - 2:
            g = j - 2 if low[j - 2:j - 1] == [","] else j - 1  # (s56) "the majority, which
            # includes Austria, is still undecided": the group, its members named
        if g > 0 and low[g - 1] in _GROUP_SUBJECTS:
            return g - 1
    for k in range(s - 1, lo - 1, -1):
        if low[k] == "those" and low[k - 1:k] == ["among"] and low[k + 1:k + 2] in (
                ["that"], ["who"], ["which"]):
            return k  # "France and the UK are among those that have indicated a willingness"
            # (s20): "those" stands for the countries of "among the countries that ..."
        if low[k] in _GROUP_SUBJECTS:
            if k > 0 and low[k - 1] in _TELL:
                continue  # "UK tells allies it may send 10,000 troops": the told (15t)
            return k
        if low[k] in _QUANTIFIERS and k + 1 < s and (
                low[k + 1] in _AFTER_QUANTIFIER or low[k + 1].endswith("ing")):
            return k  # "with some already expressing readiness to send troops" (15q)
    for k in range(s - 1, max(-1, s - 10), -1):
        if low[k] in (",", ";", ".", "and", "but"):
            break
        if low[k] == "coalition":
            # 'Starmer said that a "coalition of the willing" is actively preparing to send
            # forces': the coalition as the subject stands for unnamed nations (15s)
            rest = [w for w in low[k + 1:s + 1] if w not in _QUOTES and w not in (
                "of", "the", "willing")]  # (the cue's own first word may be the verb)
            if rest[:1] and rest[0] in _COALITION_VERBS:
                return k
    return None


# (s24) the quantity words of an unnamed rest that closes a list of nations ("..., and several
# others", "..., and some Baltic countries")
_REST_OF_LIST = frozenset({"some", "several", "many", "few", "a", "other", "more"})
_UNNAMED_LIST_TAIL = _REST_OF_LIST | frozenset({"others", "baltic", "nordic", "scandinavian",
                                                "european", "countries", "states", "nations"})
# determiners that make a group noun unnamed nations ("some countries", "other allies"; s13)
_QUANTIFIED = frozenset({"some", "several", "other", "many", "most", "few", "all", "these",
                         "those", "certain", "various", "numerous", "both"})


def _others_reported(low: list[str], s: int, lo: int | None = None) -> bool:
    """The clause the cue at ``s`` reports (after the last speech verb or "that" before it, after
    ``lo`` when given) has unnamed nations as its subject: "He also stated that some countries have not
    yet decided on their participation" is about others, not the speaker's nation (s13)."""
    j = next((k + 1 for k in range(s - 1, -1 if lo is None else lo - 1, -1)
              if low[k] in SPEECH or low[k] == "that"), 0 if lo is None else None)
    if j is None:
        return False  # (no reported clause after the actors: "X, along with other allies,
        # committed ...", "Britain, France and some other countries are ready")
    for k in range(j, s):
        if low[k] in _GROUP_NOUNS and k > 0 and low[k - 1] in _QUANTIFIED:
            return True
        if low[k] == "others" and not (k >= 2 and low[k - 1] == "and" and low[k - 2] in _DASHES) \
                or low[k] in _QUANTIFIERS and k + 1 < s and low[k + 1] in _AFTER_QUANTIFIER:
            return True  # (s56: not the group's "– and others" after an aside naming members)
        if low[k] in _QUANTIFIED and k + 1 < s and low[k + 1][:1].isdigit():
            return True  # "Macron suggested all 26 would send troops"
        if k + 1 < s and low[k + 1] in _GROUP_NOUNS and _many(low[k]):
            return True  # "Macron announced that 26 countries have pledged to deploy troops"
            # (s14): a count of nations is the coalition, not the speaker's nation
    return False


def _many(word: str) -> bool:
    """A count of three or more ("26", "thirty", "a dozen"); "two countries" may be the
    speaker's own and one other ("the two countries will send troops")."""
    if word[:1].isdigit():
        digits = word.replace(",", "")
        return not digits.isdigit() or int(digits) >= 3
    return WORD_NUMBERS.get(word.split("-")[0], 0) >= 3  # "thirty", "twenty-six"


def with_list_only(sent: Sent, actors: list[Mention], s: int) -> bool:
    """The cue's actors are all in one list after *together with* / *along with* /
    *alongside*, and no nation or pronoun stands before that in the clause: the list is governed
    by the preposition, the subject is left unsaid (15zb)."""
    low = sent.lower
    lo = min(a.start for a in actors)
    j = lo - 1
    named = {k for m in sent.mentions for k in range(m.start, m.end)}
    while j > 0 and (j in named or low[j] in (",", "and")) and j >= lo - 8:
        j -= 1
    if not (low[j] == "alongside" or (low[j] == "with" and j > 0
                                     and low[j - 1] in ("together", "along"))):
        return False
    start = sent.clause_start(j)
    before = low[start:j]
    return not any(m.end <= j and m.start >= start for m in sent.mentions) and \
        not set(before) & {"it", "we", "they", "he", "she", "i"}


def _listed_with(low: list[str], actors: list[Mention], k: int) -> bool:
    """The group noun at ``k`` closes the list of named actors ("Britain, France and other
    countries"), or stands before them ("countries such as Britain")."""
    end = max(a.end for a in actors)
    if k < min(a.start for a in actors) or {"among", "of"} & set(low[max(end, k - 4):k]):
        return True  # "Italy is among the countries that declined", "one of the nations"
    return all(w in _LIST_TAIL for w in low[end:k])


def pair_reference(words: Sequence[str]) -> bool:
    """(s56) "the two countries", "both nations" among ``words``: a pair named before, resolved
    as a pronoun is (`_orphan_kind`) and only to two nations (the caller)."""
    return counted_reference(words) == 2


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
_SET_NOUNS = {"pair": 2, "duo": 2, "trio": 3}
# what may follow a bare "both", "neither", "all three" standing as a subject
_SUBJECT_NEXT = frozenset({"have", "has", "had", "are", "were", "is", "was", "will", "would",
                           "said", "say", "says", "could", "can", "may", "might", "plan", "plans",
                           "also", "now", "then", "since", "agreed", "remain", "remained"})


def counted_reference(words: Sequence[str]) -> int | None:
    """(s56, s60) How many nations named before a reference among ``words`` stands for: "both
    nations", "the two countries", "the pair" (2); "all three", "the three states", "the trio"
    (3); a bare "both", "neither", "all three" as a subject ("Both have said ...", "Neither will
    send troops"); else None. Resolved as a pronoun is (`_orphan_kind`), only to a list of that
    many nations (the callers)."""
    n = len(words)
    for k, w in enumerate(words):
        nxt = words[k + 1] if k + 1 < n else ""
        nxt2 = words[k + 2] if k + 2 < n else ""
        if w == "both" and (nxt in _GROUP_NOUNS or nxt in _SUBJECT_NEXT):
            return 2
        if w == "neither" and (nxt in _SUBJECT_NEXT or nxt in ("country", "nation", "government")):
            return 2
        if w in ("the", "all") and nxt in _COUNTS and (nxt2 in _GROUP_NOUNS or
                                                       w == "all" and nxt2 in _SUBJECT_NEXT):
            return _COUNTS[nxt]
        if w == "the" and nxt in _SET_NOUNS and (nxt2 in _SUBJECT_NEXT or nxt2 in ("of", ",")):
            return _SET_NOUNS[nxt]
    return None


def _pair_named_before(sent: Sent, s: int) -> list[Mention]:
    """(s60) "the UK and France ..., with both nations expressing willingness to deploy": a pair
    reference ("both nations", "the two countries") in the cue's clause, and a list of exactly
    two nations named before it in the sentence (the last such list); else []."""
    low = sent.lower
    lo = sent.clause_start(s)
    at = next((k for k in range(max(0, lo - 1), s) if counted_reference(low[k:k + 3])), None)
    if at is None or any(at <= m.start < s for m in sent.mentions):
        return []
    count = counted_reference(low[at:at + 3])
    for m in reversed([m for m in sent.mentions if m.end <= at]):
        pair = [x for x in sent.coordinated(m) if x.end <= at]
        if len(pair) == count and all(x.iso3 not in HOST_AND_ADVERSARY for x in pair) and \
                len({x.iso3 for x in pair}) == count:
            return pair
    return []


def _orphan_kind(sent: Sent, s: int) -> bool | None:
    """True when a pronoun (or "the country") is the cue's subject, False when a group noun is,
    None when neither: the clause before the cue decides."""
    low = sent.lower
    before = low[sent.clause_start(s):s][-6:]
    if any(w in _EMBEDDED_Q for w in before):
        return None
    if any(m.start < s and m.iso3 not in HOST_AND_ADVERSARY for m in sent.mentions):
        return None  # "In Budapest, the government said ...": not the nation of the sentence before
    if counted_reference(low[sent.clause_start(s):s + 1]):  # (the cue's first word after a
        # bare "Neither will send", "Both have")
        return True  # (s56) "Spain and Portugal signed the declaration. The two countries
        # (Both nations) would send troops": the nations of the sentence before, as a pronoun
    if any(w in ("they", "their") for w in before) and any(w in _GROUP_NOUNS for w in low[:s]):
        return False  # "Six countries have signalled that they are prepared to send troops"
    if before[-1:] and before[-1] in _GROUP_NOUNS:
        return False  # (s24) "Its goal is to unite countries willing to send troops": the
        # countries right before the cue hold it, not the pronoun's nation
    pron = next((k for k, w in enumerate(before) if w in _ANAPHORS), None)
    if pron is not None and not (_GROUP_SUBJECTS | {"coalition"}).isdisjoint(before[:pron]):
        return None  # "the Coalition of the Willing confirmed its readiness": the group's own
        # pronoun, not a nation of the sentence before (S16, 15v)
    if any(w in _ANAPHORS for w in before) or any(
            a == "the" and b in _COUNTRY_NOUNS for a, b in zip(before, before[1:], strict=False)):
        return True
    if any(w in _GROUP_NOUNS for w in before):
        return False
    return None


# an indirect question: "asked his counterparts if they could put together a force"
_EMBEDDED_Q = frozenset({"if", "whether", "asked", "asks", "asking"})


def _asked_before(low: list[str], a: int) -> bool:
    """The actor at ``a`` is the subject of a question someone is asked: "Asked at a press
    conference if Australia would contribute ...", "When asked if and how many troops Latvia would
    be prepared to send ..." (issue 15q)."""
    for k in range(a - 1, max(-1, a - 12), -1):
        if low[k] in (".", ";", "but"):
            return False
        if low[k] in ("asked", "asks", "asking"):
            return any(w in ("if", "whether", "how") for w in low[k + 1:a])
    return False


def _asked_if(low: list[str], a: int, s: int) -> bool:
    """An indirect question between tokens a and s: "if" or "whether" and a pronoun subject of
    its own ("asked ... if they could send")."""
    return any(low[k] in ("if", "whether") and low[k + 1] in ("they", "it", "we", "he", "she")
               for k in range(a, s - 1))


def is_question(low: list[str]) -> bool:
    """The sentence is a question: it ends with a question mark (before closing quotes), or it is
    a parliamentary written question ("To ask the Minister for Defence if Ireland has agreed to
    ..."; s13; "Asked whether X would ..., the minister said ..." is an answer, not this)."""
    if low[:2] == ["to", "ask"]:
        return True
    k = len(low) - 1
    while k >= 0 and low[k] in _QUOTES:
        k -= 1
    if k >= 0 and low[0] in _ASKING_OPENERS and low[k] not in (".", "!", "?") and "," not in low:
        return True  # (s25) a headline asks: "Could Irish peacekeepers end up in Ukraine" (a
        # title cut before its mark; not "Should a deal be reached, ..." with its comma)
    return k >= 0 and low[k] == "?"


_ASKING_OPENERS = frozenset({"could", "would", "will", "can", "should", "does", "do", "is", "are",
                             "why", "how", "what", "who", "where", "when", "which", "whether"})


def _w(*words: str) -> dict[str, Any]:
    return {"LOWER": {"IN": list(words)}}


class CueMatcher:
    """The stance cue patterns, matched on a sentence's lower-case tokens.

    The patterns are short word sequences (a word set per position, some optional). spaCy's
    Matcher ran them four times slower than this: each of its set tests after the first token
    calls into Python, on windows around every key word; here a pattern is only tried where its
    first word stands. Cues that need a gap ("pledged a company of troops") match their first
    word alone and `_classify` reads the words after it.
    """

    def __init__(self) -> None:
        self.by_first: dict[str, list[tuple[str, tuple[tuple[frozenset[str], bool], ...]]]] = {}

    def add(self, kind: str, patterns: list[list[dict[str, Any]]]) -> None:
        for pattern in patterns:
            steps = tuple((_words_of(el), el.get("OP") == "?") for el in pattern)
            for word in steps[0][0]:
                self.by_first.setdefault(word, []).append((kind, steps[1:]))

    def __call__(self, lower: list[str], lo: int, hi: int) -> list[tuple[str, int, int]]:
        """(kind, start, end) of every match in tokens [lo, hi), relative to ``lo``."""
        out: list[tuple[str, int, int]] = []
        by_first = self.by_first
        for k in range(lo, hi):
            cands = by_first.get(lower[k])
            if not cands:
                continue
            told = _told_to(lower, k, lo)
            for kind, rest in cands:
                if told and kind == "parliament":
                    continue  # (review s44) "..., the prime minister told parliament": where it
                    # was said, no condition
                for end in _ends(lower, k + 1, hi, rest):
                    out.append((kind, k - lo, end - lo))
        return out


def _words_of(el: dict[str, Any]) -> frozenset[str]:
    if el.get("DEPLOY"):
        return _DEPLOY
    spec: Any = el["LOWER"]
    if isinstance(spec, str):
        return frozenset({spec})
    return frozenset(spec["IN"])


def _ends(lower: list[str], k: int, hi: int,
          rest: tuple[tuple[frozenset[str], bool], ...]) -> list[int]:
    """Ends of the matches of ``rest`` starting at token k (an optional step may be skipped)."""
    if not rest:
        return [k]
    (words, optional), tail = rest[0], rest[1:]
    out = _ends(lower, k, hi, tail) if optional else []
    if k < hi and lower[k] in _QUOTES and lower[k] not in words:
        k += 1  # a quotation mark inside a cue: 'is "ready and willing" to deploy'
    elif words is _DEPLOY and k + 1 < hi and lower[k].endswith("ly") and \
            lower[k - 1] == "to" and lower[k + 1] in words:
        k += 1  # a split infinitive: "commitment to potentially deploy troops" (15zc)
    if k < hi and lower[k] in words:
        out.extend(_ends(lower, k + 1, hi, tail))
    elif k == hi - 1 and len(lower[k]) >= 6 and lower[k].isalpha() and any(
            w.startswith(lower[k]) for w in words):
        out.extend(_ends(lower, k + 1, hi, tail))  # a word cut off at the excerpt's end
        # ("declined to contribut"; S15, 15v)
    return out


_QUOTES = frozenset({'"', "“", "”", "‘", "’", "'", "«", "»"})


@lru_cache(maxsize=1)
def stance_matcher() -> CueMatcher:
    """The stance cue matcher."""
    deploy = {"DEPLOY": True}
    m = CueMatcher()
    add = m.add
    add("ready", [
        [_w("ready", "prepared", "willing", "available", "happy"), {"LOWER": "and", "OP": "?"},
         {"LOWER": {"IN": ["willing", "able", "ready"]}, "OP": "?"}, {"LOWER": "to"}, deploy],
        [_w("ready", "prepared", "willing"), {"LOWER": "in"}, {"LOWER": "principle"},
         {"LOWER": "to"}, deploy],
        # (s60) "Denmark, Estonia and Lithuania have already given their assurances for troop
        # deployment"
        [_w("given", "gave", "give", "gives", "giving", "provided", "offered"),
         _w("their", "its", "firm", "formal") | {"OP": "?"},
         _w("assurances", "assurance", "guarantees", "guarantee"), _w("for", "of", "on"),
         _w("troop", "troops", "military") | {"OP": "?"},
         _w("deployment", "deployments", "participation", "contribution", "contributions")],
        # "we will be ready to help secure that peace" (issue 15q: a peacekeeping offer in the
        # gold of sets 2 and 6)
        [_w("ready", "prepared", "willing"), {"LOWER": "to"}, {"LOWER": "help"},
         _w(*_KEEP_PEACE)],
        # the agent of a passive: "a third are ready to be sent by France", "10,000 troops,
        # mostly provided by the U.K. and France" (issue 15q)
        [_w(*_PASSIVE_SENT), {"LOWER": "by"}],
        # a wish ("wants to contribute") is read as open (`_WISHES`)
        [_w("wants", "hopes", "wishes"), {"LOWER": "to"}, deploy],
        [_w("ready", "prepared", "willing"), {"LOWER": "to"}, _w("do", "play"),
         _w("its", "our", "their"), _w("part", "share")],
        [_w("readiness", "willingness", "intent", "intention", "commitment", "agreement",
            "declaration"), {"LOWER": "to"}, deploy],
        [_w("agreed", "agrees", "agree", "pledged", "pledges", "pledge", "promised", "promises",
            "vowed", "vows", "decided", "intends", "plans", "committed", "commits",
            "pledging", "promising", "vowing"),  # (s18) "takes lead in pledging to deploy"
         {"LOWER": "to"}, deploy],
        [_w("will", "would", "shall"), {"LOWER": {"IN": ["also", "still", "only"]}, "OP": "?"},
         deploy],
        # plans: "is preparing to contribute", "is set to deploy", "plans to send"
        [_w("preparing", "prepares", "planning", "set", "poised", "aims", "aiming", "intending",
            "expected"),  # 15v (S12): "France is expected to send 5,000 troops"
         {"LOWER": "to"}, deploy],
        # 15v (S14): readiness as a noun with its object ("have shown readiness for involvement")
        [_w("readiness", "willingness"), {"LOWER": "for"}],
        # (s43) "have both spoken in favour of troop deployments", "spoke in favor of sending
        # troops": as "supported sending troops"
        [_w("favour", "favor"), {"LOWER": "of"},
         _w("sending", "deploying", "dispatching", "deployment", "deployments", "troop")],
        # 15v (S13): a nation's contingent ready to act ("the French and British contingents are
        # ready to act")
        [_w("ready", "prepared"), {"LOWER": "to"}, _w("act", "go", "move", "operate", "serve")],
        # proposals: "suggested contributing up to 10,000 soldiers", "signed a deal to deploy"
        [_w("suggested", "suggests", "proposed", "proposes", "offered", "offers", "signed"),
         _w("sending", "deploying", "contributing", "providing", "committing")],
        # (not "a plan to deploy": drawing up a plan is the talks, not an offer)
        [_w("deal", "accord", "pact"), {"LOWER": "to"}, deploy],
        # the plan leaders' own readiness (settled convention, issue 15n; `_classify`,
        # `_plan_of`, `_signed_deployment`): "Britain and France plan to send troops", "X's
        # plan to send", "the proposal by Britain and France to deploy troops", "X signed a
        # declaration of intent on the deployment of forces"
        [_w("plan"), {"LOWER": "to"}, deploy],
        [_w("plan", "plans", "proposal", "proposals", "suggestion"), _w("of", "by", "for")],
        # "with the participation of the Danish Armed Forces" (15t; read by _participation_of)
        [_w("participation"), {"LOWER": "of"}],
        [_w("signed", "signing", "sign", "signs", "executed", "reached")],
        [_w("agreed", "adopted"), _w("a", "the")],  # "agreed a declaration of intent" (15v)
        # "willingness to match that commitment": matching another nation's pledge
        [_w("ready", "prepared", "willing", "readiness", "willingness"), {"LOWER": "to"},
         _w("match", "equal")],
        [_w("pledged", "committed", "offered", "offers", "offering", "pledges", "promised",
            "volunteered", "earmarked")],  # (s30) "has volunteered (earmarked) troops"
        # (s58) "have put forward troops for a reassurance force"
        [_w("put", "puts", "putting"), {"LOWER": "forward"}],
        # (s18) "could soon sign up to sending troops to Ukraine"
        [_w("sign", "signs", "signed", "signing"), {"LOWER": "up"}, _w("to", "for"),
         _w("sending", "deploying", "providing", "contributing")],
        [_w("will", "would"), {"LOWER": "play"}, _w("its", "our", "their", "a"),
         _w("full", "fullest", "own", "proper") | {"OP": "?"},  # (s31) "its full part"
         _w("part", "role")],
        [_w("will", "would"), {"LOWER": "be"}, {"LOWER": "part"}, {"LOWER": "of"},
         _w("it", "the", "this", "whatever", "any")],  # (s58) "will be part of whatever deploys"
        [_w("participate", "participating", "participates", "participated", "participation"),
         {"LOWER": "in"}],  # (s39) "participated": as "took part"
        # (s35) "..., Estonia would certainly participate, he added": kept only with the force
        # named before it in the sentence (`_classify`)
        [_w("will", "would", "shall"), _w("certainly", "definitely", "also", "gladly",
                                          "surely") | {"OP": "?"}, {"LOWER": "participate"}],
        [_w("take", "taking", "takes", "took", "taken"), {"LOWER": "part"}, {"LOWER": "in"}],
        [_w("join", "joining", "joins")],
        # passive: "Spanish troops will be deployed to Ukraine" (the nation in the subject)
        [_w("will", "would"), {"LOWER": "be"}, _w(*_PASSIVE_GOING)],
        # (s18) "No Bulgarian troops may be deployed in Ukraine" (kept only after "no", below)
        [_w("may", "can", "must", "shall"), {"LOWER": "be"}, _w(*_PASSIVE_GOING)],
    ])
    add("ready", [  # (s21) "ready to place boots in Ukraine": "place" only with troops after it
        [_w("ready", "prepared", "willing", "keen"), {"LOWER": "to"}, _w("place"),
         _w("boots", "troops", "soldiers", "forces", "peacekeepers", "personnel")],
    ])
    add("open", [
        # (s30) "have expressed their wish (desire, hope) to send peacekeeping forces": a wish
        [_w("expressed", "expresses", "expressing", "voiced", "voices"),
         _w("its", "their", "a", "the", "his", "her") | {"OP": "?"},
         _w("wish", "desire", "hope"), {"LOWER": "to"}],
        # (s22) "is equally keen on despatching his own nation's forces": a wish, as "keen to"
        [{"LOWER": "keen"}, {"LOWER": "on"},
         _w("sending", "deploying", "despatching", "dispatching", "contributing", "committing")],
        [_w("could", "may", "might", "can"), {"LOWER": "also", "OP": "?"}, deploy],
        # (s18) "his country could also soon sign up to sending troops"
        [_w("could", "may", "might"), {"LOWER": "also", "OP": "?"}, {"LOWER": "soon", "OP": "?"},
         {"LOWER": "sign"}, {"LOWER": "up"}, _w("to", "for"),
         _w("sending", "deploying", "providing", "contributing")],
        [_w("considering", "considers", "consider", "weighing", "mulling", "studying",
            "exploring", "contemplate", "contemplates", "contemplating",  # (s30) contemplate
            "evaluating", "evaluates",  # (s36) "was evaluating sending peacekeepers"
            "ponders", "pondering", "pondered", "ponder")],  # (s40) "Erdogan ponders deploying"
        [_w("open", "openness"), _w('"', "”", "’", "'", "“"), {"LOWER": "to"}],
        [_w("open", "openness"), {"LOWER": "to"}],
        # (s29) "signalled readiness to consider troop deployments": readiness to weigh it
        [_w("readiness", "willingness", "ready", "prepared", "willing"), {"LOWER": "to"},
         _w("consider", "discuss", "explore", "examine", "study")],
        # (s29) 'expressed an "open mind" regarding Denmark's possible military role'
        [{"LOWER": "open"}, _w('"', "”", "’", "'") | {"OP": "?"}, {"LOWER": "mind"},
         _w('"', "”", "’", "'") | {"OP": "?"}, _w("on", "about", "regarding", "to", "towards",
                                                "over")],
        # (s23) 'Denmark was "open-minded" on the peacekeeping idea'
        [{"LOWER": "open"}, {"LOWER": "-"}, {"LOWER": "minded"},
         _w('"', "”", "’", "'") | {"OP": "?"}, _w("on", "about", "to", "towards")],
        [_w("could", "may", "might"), {"LOWER": "be"}, {"LOWER": "part"}, {"LOWER": "of"}],
        # (s58) "Canada could have a military presence in Ukraine as part of a coalition"
        [_w("could", "may", "might"), {"LOWER": "have"}, _w("a", "some"),
         _w("military", "small", "troop") | {"OP": "?"}, {"LOWER": "presence"}, {"LOWER": "in"}],
        [{"LOWER": "potential"}, _w("participation", "contribution")],
        # (s29) "mentioning for the first time the possible involvement of German troops"
        [{"LOWER": "possible"}, _w("involvement", "participation", "contribution")],
        [_w("could", "may", "might"), {"LOWER": "be"}, {"LOWER": "among"}],
        [_w("keeping", "keeps", "keep", "kept"), _w("its", "their", "our", "all"),
         {"LOWER": "options"}, {"LOWER": "open"}],
        [{"LOWER": "interest"}, {"LOWER": "in"},
         _w("joining", "participating", "contributing", "sending", "deploying",
            "putting", "committing", "providing", "stationing")],  # (s22: "putting troops")
        # "raised the prospect of a military involvement" (its own: "floated the idea of
        # sending a 64,000-strong force" is the plan, not an offer)
        [_w("raised", "raises", "raising"), _w("the", "a"), _w("prospect", "possibility"),
         {"LOWER": "of"}],
        # (s21) "the foreign minister has suggested the possibility of deploying Bundeswehr
        # troops": a possibility the nation's minister puts forward for its own troops
        [_w("suggested", "suggests", "suggesting", "mentioned", "floated",
            # (s60) "several European leaders admitted the possibility of sending soldiers"
            "admitted", "admits", "acknowledged", "acknowledges", "evoked", "entertained",
            # (s55) "others such as France and Spain have indicated the possibility of sending"
            "indicated", "indicates", "indicating", "signalled", "signaled", "signals",
            "signalling", "signaling"), _w("the", "a"),
         {"LOWER": "possibility"}, {"LOWER": "of"},
         _w("sending", "deploying", "contributing", "dispatching", "stationing")],
        # (s55) "... have ruled out committing troops, while others such as France and Spain have
        # indicated the possibility of such a move": the sending the sentence names
        [_w("indicated", "indicates", "signalled", "signaled", "signals", "raised", "raises",
            "suggested", "suggests"), _w("the", "a"), _w("possibility", "prospect"), {"LOWER": "of"},
         {"LOWER": "such"}, _w("a", "an") | {"OP": "?"}, _w("move", "step", "deployment")],
        # a nation discussing its own sending or involvement weighs it (15s): "Britain has
        # discussed significant involvement", "the UK and France discussing sending their
        # soldiers"; not "discussed deploying 30,000 troops" (the force's plan: the talks)
        [_w(*_DISCUSS), _w("sending", "deploying", "contributing", "committing"),
         _w("its", "their", "own")],
        [_w(*_DISCUSS), {"LOWER": "the"}, _w("possibility", "prospect", "idea"), {"LOWER": "of"},
         _w("sending", "deploying", "contributing", "committing"), _w("its", "their", "own")],
        [_w(*_DISCUSS), _w(*_OWN_SHARE) | {"OP": "?"}, _w(*_OWN_SHARE) | {"OP": "?"},
         _w("involvement", "participation", "contribution")],
        # "has opened the door to sending Spanish troops" (issue 15q)
        [_w("opened", "opens", "opening"), {"LOWER": "the"}, {"LOWER": "door"}, _w("to", "for")],
        # (s59) a headline's "Merz opens door to German troops" (the article left out)
        [_w("opened", "opens", "opening", "open"), {"LOWER": "door"}, {"LOWER": "to"}],
    ])
    add("depends", [
        [_w("contribution", "participation", "deployment", "involvement", "offer",
            "decisions",  # (s18: "Germany said decisions would depend on U.S. involvement")
            "role"),  # (s24: "Germany's role depends on the mandate of the force")
         {"LOWER": {"IN": ["would", "will", "is", "was", "be"]}, "OP": "?"},  # (15v: "be")
         _w("depends", "depend", "hinges", "hinge", "rests", "conditional", "contingent",
            "dependent"), _w("on", "upon")],
        # "any participation would require a UN mandate"
        [_w("contribution", "participation", "deployment", "involvement"),
         _w("would", "will"), _w("require", "need")],
        # "a US security guarantee is a precondition for sending troops" (15t)
        [_w("precondition", "preconditions", "prerequisite", "prerequisites"), _w("for", "of")],
        # "Greece sets three conditions to join the peacekeeping mission" (s17)
        [_w("sets", "set", "setting", "laid", "lays", "outlined", "outlines", "named", "names",
            "listed", "lists", "puts", "put", "spelled", "spelt"), _w("out") | {"OP": "?"},
         _w("two", "three", "four", "five", "six", "2", "3", "4", "5", "its", "their",
            "several", "clear", "key", "the") | {"OP": "?"},
         _w("conditions", "preconditions"), _w("for", "to")],
    ])
    add("undecided", [
        [_w("premature", "prematurely")],
        [{"LOWER": "too"}, _w("early", "soon")],
        [_w("not", "yet"), {"LOWER": "yet", "OP": "?"}, _w("decided", "decide")],
        [{"LOWER": "has"}, {"LOWER": "yet"}, {"LOWER": "to"}, {"LOWER": "decide"}],
        [{"LOWER": "undecided"}],
        # (s55) "Norway, Sweden and Finland have yet to decide (whether to send troops)"
        [{"LOWER": "yet"}, {"LOWER": "to"}, _w("decide")],
        [{"LOWER": "no"}, _w("decision", "decisions")],  # (s31) "no decisions have been made"
        # (s31, recurring in 4 fresh sets) "has so far made no firm commitment on troops"
        [_w("made", "given", "makes", "make"), {"LOWER": "no"},
         _w("firm", "concrete", "formal", "final", "clear") | {"OP": "?"},
         _w("commitment", "commitments")],
        [{"LOWER": "not"}, {"LOWER": "yet", "OP": "?"}, _w("made", "taken", "reached"),
         _w("a", "any", "its", "their"),  # (s57) "has not yet made its decision"
         _w("final", "firm", "formal") | {"OP": "?"},  # s15: "a final decision"
         {"LOWER": "decision"}],
        # (s57) "Berlin has yet to say whether it would send soldiers", "has avoided saying
        # whether", "declined to say if", "said they needed more time before committing forces"
        [{"LOWER": "yet"}, {"LOWER": "to"}, _w("say", "announce", "indicate", "confirm", "reveal"),
         _w("whether", "if")],
        [_w("avoided", "avoids", "avoiding"), _w("saying", "stating"), _w("whether", "if")],
        [_w("declined", "declines", "refused", "refuses"), {"LOWER": "to"}, _w("say", "state"),
         _w("whether", "if")],
        [_w("need", "needs", "needed", "want", "wants", "wanted"), {"LOWER": "more"},
         {"LOWER": "time"}, {"LOWER": "before"}],
        [_w("need", "needs", "needed", "want", "wants", "wanted"), {"LOWER": "more"},
         {"LOWER": "time"}, {"LOWER": "to"},
         _w("decide", "consider", "weigh", "think", "reflect", "assess", "study")],
        [_w("hesitant", "hesitating", "hesitates", "reluctant", "sceptical", "skeptical", "wary",
            "reluctance", "hesitance", "hesitancy",  # the nouns: issue 15s
            "noncommittal", "committal")],  # 15t ("non-committal")
        # caution about something (15t), not caution beside a positive stance ("positive but
        # cautious", "a cautious but proactive stance": 15zb)
        [_w("cautious"), _w("about", "on", "over", "regarding", "of", "in", "when")],
        # s17: "takes a cautious approach to deploying", "expressed reservations about"
        [_w("cautious", "careful"), _w("approach", "line"), _w("to", "toward", "towards", "on")],
        # (s23) "with countries like Germany expressing reservations" (troops in the sentence)
        [_w("expressing", "expressed", "expresses", "voiced", "voicing", "voices"),
         _w("strong", "serious", "some") | {"OP": "?"}, _w("reservations")],
        # (s29) "countries such as Poland and Germany have expressed caution" (set 74, read
        # as ready before: "expressed ... sending troops")
        [_w("expressing", "expressed", "expresses", "voiced", "voicing", "voices", "urged",
            "urging", "urges", "showed", "shown", "showing"),
         _w("great", "some", "more", "particular") | {"OP": "?"}, {"LOWER": "caution"}],
        [_w("reservations"), _w("about", "over", "regarding", "on"),
         _w("potential", "possible", "any", "a", "the") | {"OP": "?"},
         _w("participation", "involvement", "contribution", "deployment") | {"OP": "?"}],
        # "still had questions ... before taking on any commitments"
        [{"LOWER": "before"}, _w("taking", "making"), {"LOWER": "on", "OP": "?"},
         {"LOWER": "any", "OP": "?"}, _w("commitment", "commitments", "decision", "pledge")],
        [{"LOWER": "before"}, _w("committing", "deciding", "pledging")],
        # a decision still to come (15v): "before any (such) decision is made", "no concrete
        # plans yet", "an unsuitable time to discuss sending troops", "without committing to"
        [{"LOWER": "before"}, _w("any", "a", "the"), _w("such", "troop", "final") | {"OP": "?"},
         _w("decision", "decisions")],
        [{"LOWER": "no"}, _w(*_NOT_YET_FIRM), _w("plans", "plan", "decision", "decisions")],
        # (s40) "there are no concrete and immediate plans for sending troops": two adjectives
        [{"LOWER": "no"}, _w(*_NOT_YET_FIRM), _w("and", "or"),
         _w(*_NOT_YET_FIRM, "immediate", "clear", "formal", "current"),
         _w("plans", "plan", "decision", "decisions")],
        [_w("unsuitable", "wrong", "inappropriate"), {"LOWER": "time"}, {"LOWER": "to"}],
        # (s31, recurring in 8 fresh sets) "it is inappropriate (not appropriate) to discuss /
        # speculate about sending troops now": not yet, as "premature"
        [{"LOWER": "inappropriate"}, {"LOWER": "to"},
         _w("discuss", "speculate", "talk", "debate", "comment")],
        [_w("not", "n't"), {"LOWER": "appropriate"}, {"LOWER": "to"},
         _w("discuss", "speculate", "talk", "debate", "comment")],
        [{"LOWER": "not"}, {"LOWER": "the"}, _w("right", "time"), {"LOWER": "time", "OP": "?"},
         {"LOWER": "to"}],
        [{"LOWER": "without"}, _w("committing", "pledging", "promising"), {"LOWER": "to"}],
        [_w("will", "would"), {"LOWER": "be"}, _w("decided", "determined")],
        # a decision put off: "would only decide on military commitments when ...", "will
        # decide later"
        [_w("will", "would"), {"LOWER": "only", "OP": "?"}, _w("decide", "determine")],
        # "the participation of the Netherlands remains uncertain", "is still in question"
        [_w("is", "remains", "remain", "was", "are"), {"LOWER": "still", "OP": "?"},
         _w("uncertain", "unclear", "undecided")],
        [_w("is", "remains", "remain", "was", "are"), {"LOWER": "still", "OP": "?"},
         {"LOWER": "in"}, {"LOWER": "question"}],
        # "the time has not yet come to discuss putting troops on the ground", "it makes no
        # sense to discuss the idea of sending peacekeepers yet" (s15)
        [{"LOWER": "time"}, _w("has", "had"), {"LOWER": "not"}, {"LOWER": "yet", "OP": "?"},
         {"LOWER": "come"}],
        [_w("makes", "make", "made"), {"LOWER": "no"}, {"LOWER": "sense"}, _w("to", "in"),
         _w("discuss", "discussing", "talk", "talking", "speculate", "speculating")],
    ])
    add("open", [
        # (s31) "ready to think about deploying Irish troops": weighing it, as "consider"
        [_w("think", "thinking", "reflect", "reflecting"), _w("about", "of", "on"),
         _w("sending", "deploying", "committing", "contributing", "putting", "dispatching")],
        # (s31, recurring in 4 fresh sets) every option kept: "does not want to rule anything
        # out", "excludes no option", "all options, including troops, remain on the table"
        [_w("rule", "rules", "ruled", "ruling"), _w("anything", "nothing"), {"LOWER": "out"}],
        [_w("excludes", "exclude", "excluded", "discard", "discards"), {"LOWER": "no"},
         _w("option", "options", "scenario", "scenarios")],
        # (s56) "Some European countries, including the Baltic states, have raised the
        # possibility of sending troops": the cue pass reads the group's members (the clause
        # pass read "Spain has raised the possibility" alone)
        [_w("raised", "raises", "raising"), {"LOWER": "the"}, {"LOWER": "possibility"},
         {"LOWER": "of"}, _w("sending", "deploying", "contributing", "committing", "providing")],
        [_w("all", "every"), _w("option", "options"), _w("remain", "remains", "are", "is"),
         {"LOWER": "on", "OP": "?"}, {"LOWER": "the", "OP": "?"},
         _w("table", "open", "available", "possible")],
    ])
    add("declines", [
        # (s60) "Slovakia said it would not take such a step" after a sentence on sending troops
        # (`find_stances` reads it only then)
        [_w("not", "n't", "never"), _w("take", "taking", "takes"), _w("such", "this", "that"),
         {"LOWER": "a", "OP": "?"}, _w("step", "move")],
        # (s47) "other nations, notably Italy and Poland, have so far shot down the idea": the
        # idea of the sending the sentence names (`_classify` needs troops in it)
        # (s57) "Italy is another signatory that will keep its soldiers at home"
        [_w("keep", "keeps", "keeping", "kept"), _w("its", "their"),
         _w("soldiers", "troops", "forces"), {"LOWER": "at"}, {"LOWER": "home"}],
        [_w("shot", "shoot", "shoots", "shooting"), {"LOWER": "down"}, _w("the", "this", "that"),
         _w("idea", "proposal", "plan", "plans", "suggestion")],
        # (s20) "have expressed reluctance or refusal to commit troops": of the two, the refusal
        # is what the listed nations are said to hold at most, so the stronger word is read
        [_w("reluctance", "hesitance", "hesitancy", "reluctant", "hesitant"),
         {"LOWER": "or"}, _w("refusal", "refused", "unwilling", "opposition", "outright")],
        # "Poland would provide logistics, but not troops" (`_classify`; issue 15n)
        [{"LOWER": "not"}, _w("troops", "soldiers", "forces", "personnel", "peacekeepers")],
        # (s31) "will help the force without sending soldiers", "ready to assist, though without
        # deploying troops" (read as an offer before: "will help", "contribute")
        [{"LOWER": "without"}, _w("sending", "deploying", "committing", "stationing", "putting",
                                  "contributing", "providing", "dispatching"),
         _w("its", "their", "any", "own", "ground") | {"OP": "?"}, {"LOWER": "own", "OP": "?"},
         _w("troops", "soldiers", "forces", "personnel", "peacekeepers", "boots")],
        [_w("ruled", "rules", "rule", "ruling"), {"LOWER": "out"}],
        # (s59) a headline's "Merz shuts door on German troops", "closes door to"
        [_w("shuts", "shut", "shutting", "closes", "closed", "closing", "slams", "slammed"),
         {"LOWER": "the", "OP": "?"}, {"LOWER": "door"}, _w("on", "to")],
        # (s59) "Poland says no to (sending) troops for Ukraine"
        [_w("says", "said", "say", "saying"), {"LOWER": "no"}, {"LOWER": "to"},
         _w("sending", "deploying", "troops", "soldiers", "peacekeepers", "boots")],
        # (s22) "Denmark is turning down the possibility of deploying soldiers"
        [_w("turning", "turned", "turns", "turn"), {"LOWER": "down"}],
        [_w("ruled", "rules", "rule", "ruling"), _w("it", "this", "that", "anything", "itself",
                                                    "themselves"),  # (s55) "ruled itself out"
         {"LOWER": "out"}],
        [{"LOWER": "no"}, _w("plans", "plan", "intention", "intentions"), _w("to", "for", "of")],
        # "Italy does not have plans to participate in a peacekeeping force" (s15)
        [_w("not", "n't"), _w("have", "has"), {"LOWER": "any", "OP": "?"},
         _w("plans", "plan", "intention", "intentions"), _w("to", "for", "of")],
        # "sending troops is not on the agenda", "... is off the table"
        [_w("not", "off", "never"), _w("even", "yet", "currently", "been") | {"OP": "?"},
         {"LOWER": "on", "OP": "?"}, {"LOWER": "the"}, _w("agenda", "table")],
        # (s35) "the deployment of German troops is not currently under consideration", "such a
        # decision is not being contemplated"
        [_w("not", "n't"), _w("currently", "presently", "now") | {"OP": "?"}, {"LOWER": "under"},
         {"LOWER": "consideration"}],
        [_w("not", "n't"), _w("currently", "presently", "now") | {"OP": "?"}, {"LOWER": "being"},
         _w("considered", "contemplated", "discussed", "planned")],
        [{"LOWER": "no"}, {"LOWER": "question"}, {"LOWER": "of"}, deploy],
        # 'Meloni offered "no national participation"' (s15)
        [_w("offered", "offers", "offering", "promised", "promises"),
         _w('"', "“", "‘", "'") | {"OP": "?"}, {"LOWER": "no"}, {"LOWER": "national", "OP": "?"},
         _w("participation", "contribution", "troops", "soldiers", "contingent")],
        # "is currently denying the possibility of sending Polish troops" (s15)
        [_w("denying", "denied", "denies", "deny"), _w("the", "any"),
         _w("possibility", "prospect", "idea"), {"LOWER": "of"}, deploy],
        # "sending troops is out of the question", "said no to sending troops", "there will be
        # no Spanish troops in Ukraine"
        [{"LOWER": "out"}, {"LOWER": "of"}, {"LOWER": "the"}, {"LOWER": "question"}],
        [_w("said", "says", "say"), {"LOWER": "no"}, {"LOWER": "to"}],
        [_w("will", "would"), {"LOWER": "be"}, {"LOWER": "no"}],
        [_w("excluded", "excludes", "exclude", "excluding")],
        [_w("will", "would", "does", "do", "did", "can", "shall", "is", "are", "wo", "ca"),
         _w("not", "n't"), {"LOWER": {"IN": ["be", "consider", "considering"]}, "OP": "?"},
         deploy],
        [{"LOWER": "cannot"}, deploy],
        # "we are not planning any such actions", "no such actions are currently planned": the
        # troops named before in the sentence (issue 15s)
        [_w("not", "n't"), {"LOWER": {"IN": ["currently", "yet", "now"]}, "OP": "?"},
         _w("planning", "preparing", "considering", "envisaging"), {"LOWER": "any", "OP": "?"},
         {"LOWER": "such"}],
        [{"LOWER": "no"}, {"LOWER": "such"}, _w(*_SUCH_STEPS)],
        [{"LOWER": "unwilling"}, {"LOWER": "to"}, deploy],
        # S10 (15v): a passive refusal ("Polish troops are not expected to be deployed"), an
        # anaphoric one ("is not considering anything like this", "opposes such a move"), a
        # disagreement with the plan ("disagreed with the proposal to send troops")
        [_w("not", "never"), _w("expected", "going", "set", "planned", "due", "likely") | {"OP": "?"},
         {"LOWER": "to", "OP": "?"}, {"LOWER": "be"}, _w(*_PASSIVE_GOING)],
        [_w("not", "n't"), _w("considering", "planning", "preparing", "contemplating"),
         {"LOWER": "anything"}, {"LOWER": "like"}, _w("this", "that", "it")],
        [_w("disagreed", "disagrees", "disagree", "disagreeing"), {"LOWER": "with"}],
        [_w("not", "n't"), _w("agree", "agreed"), {"LOWER": "with"}],
        [_w("stay", "stays", "staying", "stayed"), {"LOWER": "out"}, {"LOWER": "of"}],
        [_w("refused", "refuses", "refuse", "declined", "declines", "decline"), {"LOWER": "to"},
         deploy],
        [_w("not", "n't"), _w("intend", "plan", "planning", "want"), {"LOWER": "to"}, deploy],
        # (s58) "Germany has said its troops won't go into Ukraine"
        [_w("troops", "soldiers"), _w("will", "would", "wo", "shall"), _w("not", "n't"),
         _w("go", "enter")],
        # (s58) "announced that it did not plan to involve its troops"
        [_w("not", "n't"), _w("intend", "plan", "planning", "want"), {"LOWER": "to"},
         {"LOWER": "involve"}, _w("its", "their", "our")],
        # (s29) "said it did not plan a large-scale deployment of its troops in Ukraine"
        [_w("not", "n't"), _w("plan", "planning", "intend", "foresee"), _w("a", "any"),
         _w(*_DEPLOYMENT_ADJ) | {"OP": "?"}, _w(*_DEPLOYMENT_ADJ) | {"OP": "?"},
         _w(*_DEPLOYMENT_ADJ) | {"OP": "?"}, _w("deployment", "deployments")],
        [{"LOWER": "never"}, _w("send", "deploy", "considered")],
        # (s29) "has flatly denied plans to send troops to Ukraine"
        [_w("denied", "denies", "deny", "denying"), {"LOWER": "any", "OP": "?"},
         _w("plans", "plan", "intention", "intentions"), {"LOWER": "to"}, deploy],
        # (s29) "Germany has expressed opposition, while ...": opposition voiced, bare
        [_w("expressed", "expresses", "voiced", "voices", "voicing", "expressing"),
         _w("strong", "firm", "its", "their") | {"OP": "?"}, {"LOWER": "opposition"}],
        [_w("not"), _w("envisage", "foresee", "contemplate", "contemplating", "considering")],
        [{"LOWER": "against"}, _w("sending", "deploying", "joining", "participating")],
        # (s54) "is not against taking part" (negated: open), "is against taking part"
        [{"LOWER": "against"}, {"LOWER": "taking"}, {"LOWER": "part"}],
        # (s23) "spoke out against the participation of Bulgarian soldiers", "is against any
        # Bulgarian involvement in the force" (a pledge noun after "against" had read as ready)
        [{"LOWER": "against"}, _w("the", "any") | {"OP": "?"}, _w(*_DEMONYM_WORDS) | {"OP": "?"},
         _w("participation", "involvement", "deployment", "contribution")],
        [{"LOWER": "without"}, _w("providing", "sending", "committing"), _w("their", "its")],
        [_w("opposes", "opposed", "oppose", "opposing")],
        # (s23) "have distanced themselves from the idea" (of a deployment in the sentence)
        [_w("distanced", "distancing", "distances", "distance"),
         _w("themselves", "itself", "himself", "herself"), {"LOWER": "from"}],
        # "strong opposition from some European countries, led by Germany" (issue 15q)
        [_w("opposition", "resistance"), _w("from", "by")],
        [_w("resisted", "resist", "resists", "resisting", "balked", "balk", "balks")],
    ])
    add("leading", [
        [_w("leading", "lead", "leads", "led", "spearheading", "spearheads", "spearheaded",
            "co-leading")],
        # passive: "the talks are led by Britain and France"
        [_w("led", "spearheaded"), {"LOWER": "by"}],
    ])
    add("talks", [
        [_w("involve", "involves", "involving")],
    ])
    add("constitution", [
        [_w("constitutional", "constitution", "constitutionally")],
    ])
    add("parliament", [
        [{"LOWER": {"IN": PARLIAMENTS}}],
    ])
    add("rejects", [
        [_w("rejected", "rejects", "reject", "rejecting", "denounced", "condemned",
            "dismissed", "dismisses", "dismissing")],  # 15t: "dismissed the idea of sending"
        [{"LOWER": "unacceptable"}],
    ])
    add("supports", [
        [_w("endorsed", "endorses", "endorse", "endorsing", "backed", "backs", "supports",
            "supported", "welcomed", "welcomes")],
    ])
    return m


_NOT_TROOPS_AFTER_MILITARY = frozenset(
    "cover support aid assistance equipment help hardware backing backstop guarantees trainers "
    "instructors advisers advisors".split()
)


_NOT_TROOPS = frozenset(
    "support aid assistance help backing backstop funding financing cover intelligence money "
    "weapons equipment training logistics logistical "
    "infrastructure facilities mediation".split()  # 15v (S7)
)


# refusals a negation turns into "open": "has not ruled out", "does not exclude"
# "no such actions are planned" (issue 15s)
_SUCH_STEPS = ("actions", "action", "steps", "step", "measures", "moves", "move", "plans",
               "deployment", "deployments",
               "intentions", "intention")  # (s55) "declared that they had no such intentions"
# what may stand between "a" and "deployment": "a large-scale deployment", "any major troop"
_DEPLOYMENT_ADJ = ("large", "-", "scale", "major", "significant", "big", "full", "military",
                   "troop", "ground", "new", "permanent", "sizeable", "sizable")
_PLANNED = frozenset({"planned", "envisaged", "foreseen", "considered", "contemplated",
                      "prepared", "being"})
# the object of "rule out" that is talk, not troops ("ruled out any immediate discussion on
# deploying troops": the discussion; issue 15s, as the 15c reading of "rules out talk of ...")
_TALK_TOPICS = frozenset({"discussion", "discussions", "talk", "talks", "debate", "debates",
                          "speculation"})
# "we have to consider what the mission is": a deliberation, not a hedge (issue 15s)
_WH_WORDS = frozenset({"what", "who", "how", "which", "where", "under", "when"})
# "in ensuring Ukraine's security": a part played in something other than sending (15s)
_ROLE_IN = frozenset({"ensuring", "guaranteeing", "securing", "supporting", "providing",
                      "helping", "building", "making", "strengthening", "shaping", "achieving",
                      "bringing", "delivering", "the",
                      # a domain that is not the force: "will play its role in maritime security"
                      # (15zb; "in the peacekeeping mission" still is one)
                      "maritime", "naval", "sea", "air", "security", "demining", "cyber",
                      "reconstruction"})

_EXCLUDING = frozenset({"ruled", "rules", "rule", "ruling", "excluded", "excludes", "exclude",
                        "excluding", "off", "turning", "turned", "turns", "turn"})
_VERBAL_TROOP_WORDS = frozenset({"deploying", "sending", "deployment"})
_RULE_WORDS = frozenset({"ruled", "rule", "rules", "ruling"})
# (s36) matters a government rules out that are not its troops
_OTHER_RULED_OUT = frozenset({"demilitarisation", "demilitarization", "neutrality", "membership",
                              "concessions", "concession", "recognition", "elections", "amnesty",
                              "disarmament"})
_VOTE_WORDS = frozenset({"vote", "votes", "voted", "voting"})
_CONSCRIPTION = frozenset({"conscription", "compulsory", "mandatory", "draft", "service"})
_SETTLEMENTS = frozenset({"deal", "agreement", "peace", "settlement", "concessions", "compromise",
                          "membership", "recognition", "negotiations", "ultimatum", "ultimatums"})


_ESTIMATED = frozenset({"estimated", "estimates", "calculated", "reckoned", "assessed"})


_SPEECH_ING = frozenset({"emphasizing", "emphasising", "saying", "adding", "stressing",
                         "noting", "insisting", "stating", "explaining", "underlining",
                         "underscoring", "making"})


def _promise_withheld(low: list[str], s: int) -> bool:
    """A negated promise governs the clause of the cue at ``s``: "gave no guarantees that it
    would send troops", "did not promise that Danish soldiers would go" (15s)."""
    for k in range(max(0, s - 8), s):
        if low[k] in _PROMISES and "that" in low[k + 1:k + 3] and \
                {"no", "not", "n't", "never"} & set(low[max(0, k - 3):k]):
            return True
    return False


def _participle_speaker(sent: Sent, s: int) -> list[Mention]:
    """The cue at ``s`` stands in a clause reported by a participle ("..., emphasizing that
    ...", "..., making it clear that ...") whose own subject names no nation: the sentence's
    subject, named before the participle, holds it."""
    low = sent.lower
    for k in range(s - 1, max(-1, s - 12), -1):
        if low[k] in _SPEECH_ING and "that" in low[k + 1:k + 4] and k > 0 and low[k - 1] == ",":
            if any(k < m.start < s for m in sent.mentions):
                return []  # the reported clause names its own subject
            subject = [m for m in sent.mentions if m.end <= k and not m.governed
                       and m.iso3 not in HOST_AND_ADVERSARY]
            return [c for c in sent.coordinated(subject[0]) if c.end <= k] if subject else []
    return []


def _estimated_before(low: list[str], k: int) -> bool:
    """An impersonal estimate governs the clause at ``k`` ("It is estimated that Paris could
    deploy ...", "estimates suggest that ..."): someone's reckoning of a capacity (15s)."""
    for j in range(max(0, k - 6), k):
        if low[j] in _ESTIMATED and "that" in low[j + 1:j + 4] and (
                low[max(0, j - 2):j] in (["it", "is"], ["it", "was"], ["is", "widely"])
                or low[j] == "estimates"):
            return True
    return False


def home_territory(sent: Sent, e: int) -> str | None:
    """The nation on whose own territory the forces of a cue ending at ``e`` stay, or None (15v,
    from S6 and T6): "Polish soldiers will be deployed on Polish territory" gives POL ("on its
    own territory": "*"), rear support and not troops for Ukraine, so no stance of Poland's.
    Forces offered *near Ukraine* or *on NATO territory* are left as they were: set 10's gold
    counts "ready to deploy troops near Ukraine, possibly in Poland" as ready, set 11's gold
    mostly not (docs/evidence.md, "Issue 15v")."""
    low = sent.lower
    for k in range(e, min(len(low), e + 16)):
        w = low[k]
        if w in (".", ";", "but", "while", "whereas"):
            return None
        if w == "ukraine" and k > e and low[k - 1] in ("to", "in", "into", "inside", "within"):
            return None  # "to Ukraine (and ...)": into Ukraine first
        if w in ("territory", "soil") and low[k + 1:k + 2] == ["of"] and k >= 2 and \
                low[k - 2] in ("on", "in") and low[k - 1] == "the":
            # "on the territory of Poland" (15zb), as "on Polish territory"
            owner = next((m.iso3 for m in sent.mentions if m.start == k + 2), None)
            if owner is not None and owner not in _NOT_CONTRIBUTORS:
                return owner
        if w in ("territory", "soil") and k >= 2 and low[k - 2] in ("on", "in"):
            if low[k - 1] in ("own", "national", "home"):
                return "*"
            owner = next((m.iso3 for m in sent.mentions if m.end == k and m.start == k - 1), None)
            if owner is not None and owner not in _NOT_CONTRIBUTORS:
                return owner
        if w in ("border", "borders", "frontier", "country") and k >= 2 and \
                low[k - 1] == "own" and low[k - 2] in ("our", "its", "their"):
            return "*"  # (review s34) '"Polish troops will guard our own border," Tusk said'
    return None


_HOSTED = frozenset({"bases", "base", "airfields", "airspace", "ports", "territory"})
_GIVING = frozenset({"provide", "provides", "providing", "offer", "offers", "offering", "give",
                     "host", "hosting", "open", "make"})


def _hardware(low: list[str], k: int) -> bool:
    """Aircraft, ships or weapons at ``k``, with no troops named just after them."""
    return low[k] in _HARDWARE and _PEOPLE_SENT.isdisjoint(low[k + 1:k + 5])


_SHARE_OF = frozenset({"one-third", "third", "half", "quarter", "one-quarter", "one-half",
                       "two-thirds", "bulk", "most", "share", "part", "portion"})


# (s55) a participation whose terms follow at once: "would participate only under a UN mandate"
_ONLY_ON_TERMS = (["only", "under"], ["only", "with"], ["only", "if"], ["only", "on"],
                  ["subject", "to"], ["provided", "that"])
_DEPLOY_BARE = frozenset({"deploy", "station", "deploying", "stationing"})
_UKRAINE_GROUND = frozenset({"soil", "territory", "ground", "land"})


_IDEA_OF = frozenset({"idea", "plan", "plans", "proposal", "proposals", "prospect", "possibility",
                      "suggestion", "suggestions", "notion"})
_SENDING_ING = frozenset({"sending", "deploying", "dispatching", "stationing", "committing"})


def _own_troops_refused(sent: Sent, e: int) -> bool:
    """(s55) "Tusk rejected the idea of sending Polish troops": after a rejection, the idea of
    sending the troops of a nation named before it (its own; not Hungary rejecting the idea of
    sending French troops)."""
    low = sent.lower
    if _IDEA_OF.isdisjoint(low[e:e + 3]):
        return False
    k = next((i for i in range(e, min(len(low), e + 6)) if low[i] in _SENDING_ING), None)
    if k is None:
        return False
    owners = {m.iso3 for m in sent.mentions if k < m.start <= k + 2 and low[m.end:m.end + 1] != []
              and low[m.end] in TROOP_WORDS}
    return bool(owners & {m.iso3 for m in sent.mentions if m.end <= e})


def _onto_ukraine(low: list[str], e: int) -> bool:
    """(s55) A place in Ukraine right after a bare verb of deploying, ending its clause: "on
    Ukrainian soil", "inside Ukraine", "to Ukraine" (not "to Ukraine's neighbours", "in Ukraine's
    air defence")."""
    if e >= len(low) or low[e] not in ("on", "in", "inside", "into", "to", "within"):
        return False
    k = e + 1
    if low[k:k + 1] == ["ukraine"]:
        k += 1
    elif low[k:k + 2] in (["ukrainian", w] for w in _UKRAINE_GROUND):
        k += 2
    else:
        return False
    return k >= len(low) or low[k] in (".", ",", ";", "!", "?", "—", "-", "and", "but", "'", '"',
                                       "”", "’", "after", "even", "under")


def _troops_near(sent: Sent, i: int, n: int = 8) -> bool:
    """Troop words (or a number) within ``n`` tokens after ``i``, before any word that makes the
    object something else ("providing support for a European military force" is not troops)."""
    low = sent.lower
    for k in range(i, min(len(low), i + n)):
        if low[k] in _NOT_TROOPS:
            return False
        if _hardware(low, k):
            return False  # (s18) "considering sending Typhoon fighter jets to Ukraine to carry
            # out an air patrol mission": aircraft, not troops (air policing is no ground force)
        if low[k] == "militarily" and k == i and low[k - 1] in _TAKE_PART_VERBS:
            return True  # (s18) "willingness for Germany to participate militarily"
        if low[k][:1].isdigit() and k - i <= 2 and \
                low[k + 1:k + 2] not in (["billion"], ["million"], ["bn"]) and \
                not (k > 0 and low[k - 1][-1:] in ("$", "€", "£")):
            return True  # "willing to send between 5,000 and 10,000" (not "C$1 billion": 15q)
        if low[k] in _SHARE_OF and low[k + 1:k + 3] in (["of", "that"], ["of", "them"],
                                                       ["of", "those"], ["of", "these"]) and \
                not TROOP_WORDS.isdisjoint(low[:i]):
            return True  # (s34) "Europe is prepared to send up to 30,000 troops, with France
            # ready to contribute about one-third of that number": a share of those troops
        if low[k] in TROOP_WORDS:
            if low[k - 1:k] in (["nato"], ["allied"]) and k > i:
                return False  # (s18) "against sending NATO troops from the Baltic States"
            if low[k] == "force" and low[k - 1:k] == ["air"]:
                continue  # (s22) "may send Royal Air Force Typhoon fighter jets": a service's
                # name, the aircraft after it say what is sent
            if not {"instead", "rather"}.isdisjoint(low[max(i, k - 3):k]):
                return False  # (s18) "may send commercial companies instead of soldiers"
            if low[k] == "military" and k + 1 < len(low) and low[k + 1] in _NOT_TROOPS_AFTER_MILITARY:
                continue
            if low[k] == "military" and low[k + 1:k + 2] in (["and"], [","]) and any(
                    w in _NOT_TROOPS_AFTER_MILITARY for w in low[k + 2:k + 5]):
                continue  # (s24) "could provide military and technical support": support
            if low[k] in _VERBAL_TROOP_WORDS:  # "deploying military trainers": what is sent
                return not any(low[j] in _NOT_TROOPS or low[j] in _NOT_TROOPS_AFTER_MILITARY
                               or _hardware(low, j)  # (s18: "sending Typhoon fighter jets")
                               for j in range(k + 1, min(len(low), k + 4)))
            return True
    return False


_DENIED = frozenset({"unexpected", "excluded", "unlikely", "impossible"})


def _denied_after(low: list[str], e: int) -> bool:
    """The clause's predicate denies the pledge noun before it: "Italy's participation in deploying
    multinational forces on Ukrainian territory is currently unexpected" (issue 15q)."""
    for k in range(e, min(len(low), e + 16)):
        if low[k] in (";", ".", "but", "while", "whereas", ",", "which", "that"):
            return False
        if low[k] in ("is", "was", "remains", "seems") and (
                set(low[k + 1:k + 3]) & _DENIED or low[k + 1:k + 3] in (
                    ["not", "expected"], ["not", "planned"], ["not", "envisaged"],
                    ["ruled", "out"])):
            return True
    return False


_JUDGED = frozenset({"appropriate", "possible", "conceivable", "logical", "natural", "reasonable",
                     "imaginable", "feasible", "thinkable"})
# (s30) what a pledge noun's own predicate says of it ("German participation in the force was out
# of the question", "... is not on the table", "... remains unclear", "... could not be ruled
# out"): the stance is the predicate's, not the noun's
_COPULAS = frozenset({"is", "was", "are", "were", "remains", "remained", "seems", "seemed",
                      "appears", "appeared", "be", "been"})
_PREDICATE_STANCES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("could", "not", "be", "ruled", "out"), "open"), (("cannot", "be", "ruled", "out"), "open"),
    (("can", "not", "be", "ruled", "out"), "open"), (("not", "ruled", "out"), "open"),
    (("not", "excluded"), "open"), (("not", "off", "the", "table"), "open"),
    (("out", "of", "the", "question"), "declines"), (("off", "the", "table"), "declines"),
    (("not", "on", "the", "table"), "declines"), (("not", "an", "option"), "declines"),
    (("not", "possible"), "declines"), (("unthinkable",), "declines"),
    (("ruled", "out"), "declines"), (("excluded",), "declines"), (("impossible",), "declines"),
    (("on", "the", "table"), "open"), (("an", "option"), "open"), (("possible",), "open"),
    (("conceivable",), "open"),
    (("unclear",), "undecided"), (("uncertain",), "undecided"), (("undecided",), "undecided"),
    (("an", "open", "question"), "undecided"), (("up", "in", "the", "air"), "undecided"),
    (("not", "yet", "decided"), "undecided"), (("still", "open"), "undecided"),
)
_PREDICATE_FILLER = frozenset({"still", "currently", "now", "also", "simply", "absolutely",
                               "completely", "clearly", "definitely", '"', "“", "”", "'", "‘", "’"})


def predicate_stance(low: list[str], e: int) -> str | None:
    """The stance a pledge noun's predicate gives it, read in the noun's clause after ``e``: a
    copula (or "could not be"), then one of `_PREDICATE_STANCES` (s30)."""
    for k in range(e, min(len(low), e + 14)):
        if low[k] in (";", ".", "but", "while", "whereas", ",", "which", "that", "if", "unless"):
            return None
        modal_not = low[k] in ("could", "can", "cannot") and k > e
        if low[k] not in _COPULAS and not modal_not:
            continue
        rest = [w for w in low[k + (0 if modal_not else 1):k + 8] if w not in _PREDICATE_FILLER]
        for words, stance in _PREDICATE_STANCES:
            if tuple(rest[:len(words)]) == words:
                return stance
        if not modal_not:
            return None
    return None


def _judged_after(low: list[str], e: int) -> bool:
    """The pledge noun's predicate judges it, conditionally: "participation in a future mission
    would be 'appropriate'" / "could be possible" (s15)."""
    for k in range(e, min(len(low), e + 16)):
        if low[k] in (";", ".", "but", "while", "whereas", ",", "which", "that"):
            return False
        if low[k] in ("would", "could", "might", "may") and low[k + 1:k + 2] == ["be"]:
            after = [w for w in low[k + 2:k + 5] if w not in _QUOTES and w != "quite"]
            return bool(after) and after[0] in _JUDGED
    return False


_NOT_FORESEEN = frozenset({"expected", "planned", "envisaged", "foreseen", "contemplated"})
_FIGHTING = frozenset({"fight", "fighting", "battle", "battlefield", "hostilities"})
# (s49) "to fight alongside (against, on the front line)" is the war; "will not send soldiers to
# fight in Ukraine" is a refusal of troops there, as annotators read it (4 of 4 in rounds 8-22)
_FIGHT_BESIDE = frozenset({"alongside", "against", "beside", "on", "with", "for", "at"})
# (s35) "even after the conclusion of hostilities", "once the fighting ends": the force's premise
_AFTER_FIGHTING = frozenset({"after", "conclusion", "end", "cessation", "halt", "once", "post",
                             "ending", "ended", "stop"})


# (s18) "rules out Finnish combat role in future Ukraine peacekeeping", "entering combat zones"
_COMBAT_ROLE = re.compile(r"\bcombat (roles?|zones?|operations|missions?|duties)\b")
# (s21) "ruled out sending French troops as combat forces", "not preparing to send ground troops,
# as belligerents in a conflict, to the front": troops in a role in the war, anywhere after the cue
_AS_COMBATANTS = re.compile(r"\bas (?:a )?(?:belligerents?|co-belligerents?|combatants?|"
                            r"combat (?:forces|troops|units))\b")


_FRONT_LINE = re.compile(r"\b(?:to|on|at|near|along) (?:the )?(?:front ?lines?|frontlines?|"
                         r"contact line|line of contact)\b")


def _front_line_only(text: str) -> bool:
    """(s55) The front line the only place refused ("not be deployed to the front line"), not one
    of several ("to Ukraine or to the front line", "the front line or anywhere else in Ukraine")."""
    m = _FRONT_LINE.search(text)
    return m is not None and "ukraine" not in text[:m.start()] and \
        re.search(r"\b(?:or|and|nor)\b.*\b(?:ukraine|anywhere|elsewhere)\b", text[m.end():]) is None


def combat_only(low: list[str], s: int, e: int) -> bool:
    """A refusal whose troops are for fighting ("will not send troops to fight alongside Ukrainian
    forces", "keeping troops out of the theatre of action", "to engage in combat"): about the war,
    not the reassurance force after a ceasefire, so no stance (s13; §5: a stance is about the
    force, not combat "in hostilities"). Refusing "combat troops" alone stays a refusal ("will
    decline to send combat troops"), unless the sentence sets peacekeepers against them ("Open to
    sending peacekeepers, rules out combat troops")."""
    end = next((k for k in range(e, min(len(low), e + 10)) if low[k] in (",", ";", ".", "but", "while")),
               min(len(low), e + 10))
    window = low[s:end]
    text = " ".join(window)
    if any(w in _FIGHTING and (w != "fight" or low[j + 1:j + 2] and low[j + 1] in _FIGHT_BESIDE)
           and _AFTER_FIGHTING.isdisjoint(low[max(0, j - 4):j])
           for j, w in enumerate(window, start=s)) or "theatre of action" in text or \
            "theater of action" in text or "war zone" in text or "in combat" in text or \
            "combat alongside" in text or _COMBAT_ROLE.search(text) or \
            any(s <= k < end for k in the_war_now(low)):  # (s36) "would not take part in
            # the current war": the fighting, not the force after it
        return True
    if _front_line_only(" ".join(low[e:end])):
        return True  # (s55) "the French military would not be deployed to the front line": the
        # force is to stand away from the line (the plan's posture), so no refusal of it
    if _AS_COMBATANTS.search(" ".join(low[s:])):
        return True
    outside = low[:s] + low[end:]
    return "combat" in window and any(w.startswith("peacekeep") for w in outside)


def asked_about_fighting(low: list[str]) -> bool:
    """An answer to a question about troops in the fighting ("Asked if that could mean French
    troops taking part in the fighting, he said: 'We are not ruling out any option'"): about the
    war, not the force after a ceasefire, whatever the answer (s21)."""
    k = next((i for i in range(min(3, len(low))) if low[i] == "asked"), None)
    if k is None:
        return False
    comma = next((i for i in range(k + 1, len(low)) if low[i] == ","), len(low))
    question = low[k:comma]
    return "combat" in question or not _FIGHTING.isdisjoint(question)


_CLAUSE_STOPS = frozenset({",", ";", ".", ":", "but", "and", "while", "whereas", "although"})


def _denial_governs(low: list[str], s: int) -> bool:
    """A verb of denial a few words before the cue, in its clause, governs it: "denied the Polish
    side's intentions to deploy", "denied that Britain is in talks about sending troops",
    "denied reports that it was ready to send troops" (s13); a clause boundary or a speech verb
    between ("denied a rift and said it is ready") ends its reach."""
    for k in range(s - 1, max(0, s - 8) - 1, -1):
        if low[k] in _DENIED_THAT:
            # (s23) "dismissed speculation (reports) that ...", not "dismissed Starmer's plan to
            # send troops" (another's plan, refused by someone else)
            return not low[k].startswith("dismiss") or not _RUMOURS.isdisjoint(low[k + 1:k + 4])
        if low[k] in _CLAUSE_STOPS or low[k] in SPEECH:
            return False
    return False


def _denied_before(low: list[str], s: int) -> bool:
    """An impersonal negated expectation governs the cue's clause: '"It is not expected" that
    Italian troops can participate' (the mirror of `_denied_after`; 15zc)."""
    lo = max(0, s - 12)
    for k in range(s - 1, lo, -1):
        if low[k] == "that":
            head = [w for w in low[max(0, k - 6):k] if w not in _QUOTES]
            if head[-1:] == ["unlikely"] and "it" in head[-4:-1]:
                # "It is (seems, highly) unlikely that Spain will send troops" (s23); not "...
                # but it seems unlikely that any troops will be sent" (the writer's doubt about
                # the sending, no nation's refusal: set 49)
                return low[k + 1:k + 2] not in (["any"], ["troops"], ["soldiers"], ["forces"],
                                                ["such"], ["no"])
            return head[-4:-1] in (["it", "is", "not"], ["it", "was", "not"]) and \
                head[-1:] != [] and head[-1] in _NOT_FORESEEN
        if low[k] in (";", "."):
            return False
    return False


_PRESS = frozenset({"newspaper", "paper", "media", "press", "outlet", "report", "reports", "sources",
                    "source", "analysts", "experts", "observers", "commentators", "journalists",
                    "reporters", "commentary"})
_REPORTED_BY = SPEECH | frozenset({"indicated", "indicates", "reported", "reports", "believes",
                                   "thinks", "estimated", "estimates", "speculated", "predicted",
                                   "expects", "expected", "interpreted", "interpret",
                                   "interprets", "understood",
                                   # (s47) "reports in the media suggesting Brazilian and Chinese
                                   # forces could be deployed"
                                   "suggesting", "suggested", "suggests", "claiming"})


_SPEAKER_TITLES = frozenset("prime minister president chancellor foreign defence defense premier "
                            "leader king queen secretary".split())
# the reported clause's own offer: its verb of readiness or commitment before the troops
_OWN_LEADER_CLAUSE = frozenset({"willing", "ready", "prepared", "pledged", "committed", "offered",
                                "promised", "plans", "intends", "agreed"})
# a speaker who may be the nation's own (resolved elsewhere, or unnamed): no third party
_UNNAMED_SPEAKERS = frozenset({"he", "she", "they", "it", "we", "i", "officials", "official",
                               "diplomats", "ministers", "minister", "government", "spokesman",
                               "spokeswoman", "spokesperson", "ministry", "office"})


def reported_by_others(sent: Sent, lo: int, mine: set[str]) -> bool:
    """The holders' troops, the subject of a clause reported by a speech verb whose own subject
    names none of the holders' nations: "Kellogg indicated to the newspaper that British and
    French troops could be deployed", "The paper reported that Dutch soldiers could be sent"
    (15zb). Not "Starmer said British troops could be deployed" (the nation's own leader), nor
    "Britain said its troops ..." (a pronoun: no troops qualified by the holder)."""
    low = sent.lower
    verb = _reporting_verb(low, lo)
    if verb is None:
        return False
    if low[verb] in ("suggesting", "claiming") and verb > 0 and low[verb - 1] == "," and \
            _PRESS.isdisjoint(low[max(0, verb - 8):verb]):
        return False  # (review s47) "the minister spoke on Tuesday, suggesting British troops
        # would ...": the participle's speaker is the main clause's subject
    if any(m.iso3 in mine for m in sent.mentions if m.end <= verb):
        return False
    if _OWN_LEADER_CLAUSE & set(low[verb + 1:lo]) and not _SPEAKER_TITLES.isdisjoint(
            low[verb + 1:lo]):
        return False  # (s30) "The Times reported that the prime minister is willing to deploy
        # thousands of British troops": the reported clause's own subject, a leader by title,
        # offers the troops; not another's guess about them
    # the speaker is named (a proper name the gazetteer does not give that nation) or is the
    # press; "the minister said that Danish troops ..." (an unnamed official) stays the nation's
    k = verb - 1
    while k >= 0 and low[k] in ("also", "then", "later", "has", "had", "have", "on", "earlier",
                                ","):  # ("An envoy, Smithers, indicated ...")
        k -= 1
    if k < 0 or low[k] in _UNNAMED_SPEAKERS:
        return False
    head = sent.text_of(k, k + 1)
    return low[k] in _PRESS or (head[:1].isupper() and low[k] not in _SPEAKER_TITLES)


def former_reporter(low: list[str], lo: int) -> bool:
    """The clause holding the actor at ``lo`` is reported by a *former* office holder ("former
    Polish ambassador to Ukraine Czuchowski suggested in an interview that Warsaw might send
    Polish soldiers"): his view, not the government's (s18)."""
    verb = _reporting_verb(low, lo)
    return verb is not None and not {"former", "ex", "retired"}.isdisjoint(
        low[max(0, verb - 12):verb])


def _reporting_verb(low: list[str], lo: int) -> int | None:
    """The speech (or reporting) verb nearest before ``lo`` in its sentence part, or None."""
    verb = next((k for k in range(lo - 1, -1, -1) if low[k] in _REPORTED_BY), None)
    if verb is None or any(low[k] in (";", ".") for k in range(verb, lo)):
        return None
    return verb


_TRAINERS = frozenset({"instructors", "instructor", "trainers", "trainer", "advisers", "adviser",
                       "advisors", "advisor"})
_RUMOURS = frozenset({"speculation", "speculations", "reports", "report", "claims", "rumours",
                      "rumors", "suggestions", "talk", "allegations"})
_DENIED_THAT = frozenset({"denied", "denies", "deny", "denying", "refuted", "dismissed",
                          "dismisses", "dismissing", "dismiss"})  # s22: "Ankara dismisses speculation that"


_NOT_MILITARY_OPS = _NOT_TROOPS | frozenset(
    "humanitarian demining de-mining rescue evacuation relief search un u.n. police civilian "
    "peacekeeping-training election".split())


def _operations(obj: list[str]) -> bool:
    """Operations (missions) as what a nation takes part in, with no qualifier that makes them
    something other than its forces' ("humanitarian operations", "training missions"; 15t)."""
    words = [w for w in obj if w not in _QUOTES]
    k = next((i for i, w in enumerate(words[:3]) if w in ("operations", "missions")), None)
    return k is not None and _NOT_MILITARY_OPS.isdisjoint(words[:k])


def _troops_before_but(low: list[str], s: int, e: int) -> bool:
    """A hedged sending verb with no object of its own after *but*, whose troops the clause before
    names: "ruled out deploying forces inside Ukraine but indicated it could contribute from
    neighbouring territory" (the same forces, placed elsewhere; 15t). Not "but could contribute
    money" (an object of its own follows)."""
    if e < len(low) and low[e] not in ("from", "in", "on", "at", "near", ",", ".", ";"):
        return False
    k = next((j for j in range(s - 1, max(-1, s - 8), -1) if low[j] == "but"), None)
    return k is not None and not TROOP_WORDS.isdisjoint(low[max(0, k - 10):k])


_BARE_TAKING_PART = frozenset({"participate", "part", "join", "contribute", "take"})
_SET_AGAINST = frozenset({"while", "whereas", "but"})


_DOUBT_NOUNS = frozenset({"hesitancy", "hesitance", "hesitation", "reluctance"})
_CAPACITY = frozenset({"feasibly", "realistically", "theoretically", "physically"})


def _listed_noun(low: list[str], s: int, e: int) -> bool:
    """(s22) A doubt noun at ``s`` listed among other nouns ("vagueness, hesitancy, and ..."),
    held by no one named."""
    if e - s != 1 or low[s] not in _DOUBT_NOUNS or s < 1:
        return False
    before = low[s - 1] in (",", "but") or low[s - 1] == "and" and low[s - 2:s - 1] == [","]
    return before and low[e:e + 1] in ([","], ["and"])


def capacity_only(low: list[str]) -> bool:
    """(s22) "The UK could feasibly deploy at most a brigade": a modal with an adverb of what is
    possible reads capacity (an analyst's), not a stance."""
    return any(w in _CAPACITY and k > 0 and low[k - 1] in ("could", "can", "might", "would")
               for k, w in enumerate(low))


def _earlier_clauses(sent: Sent, s: int) -> set[str]:
    """The words of the clauses before ", and" in the cue's own sentence ("..., and Starmer has
    said Britain will contribute"; s22), or before "but", ";" or ":" ("Europe wants to send
    troops, but Poland will not participate"; s23); empty when the cue's clause opens the
    sentence."""
    low = sent.lower
    k = next((j for j in range(s - 1, 0, -1) if low[j] == "and" and low[j - 1] == ","
              or low[j] in ("but", ";", ":")
              or low[j] in ("while", "whereas") and low[j - 1] == ","), None)  # (s60) ", while
    # Haekkinen said Finland was not excluding a contribution"
    return set(low[:k]) if k is not None else set()


def only_on_nato_soil(low: list[str], e: int = 0) -> bool:
    """(s22) The forces of a cue ending at ``e`` go "only on the territory of (one of the) NATO
    countries", "only on NATO territory": outside Ukraine, said so (``e`` 0: anywhere in the
    sentence, for the second pass's stances)."""
    for k in range(e, min(len(low), e + 14) if e else len(low)):
        if e and low[k] in (".", ";", "but", "while", "whereas"):
            return False
        if low[k] == "only" and "nato" in low[k + 1:k + 10] and \
                not {"territory", "soil"}.isdisjoint(low[k + 1:k + 10]):
            return True
    return False


_DEBATE = frozenset({"debate", "debates", "discussion", "discussions", "talk", "talks"})


def _debate_refused(low: list[str], e: int) -> bool:
    """(s22) A refusal's object is opening a debate on the force: "ruled out the possibility of
    opening a debate on the deployment" (not yet), not the deployment itself."""
    tail = low[e:e + 6]
    return not {"opening", "holding", "starting", "having", "launching"}.isdisjoint(tail) and \
        not _DEBATE.isdisjoint(tail)
_STANCE_HEADS = frozenset({"ready", "prepared", "willing", "committed", "pledged", "offered",
                           "commit", "send", "deploy", "contribute"})


def _set_against(low: list[str], s: int) -> set[str]:
    """The words of the clause a cue at ``s`` is set against in its own sentence ("the UK is
    among the countries prepared to commit forces, while Italy has ruled out involvement"),
    with "forces" read as the force's troops; empty when no contrast comes first (s22)."""
    # (s60: eight words back, past a speaker: ", while Haekkinen said Finland was not excluding")
    k = next((j for j in range(s - 1, max(-1, s - 9), -1) if low[j] in _SET_AGAINST), None)
    if k is None or low[k - 1:k] != [","]:
        return set()
    lo = max((j + 1 for j in range(k - 1) if low[j] in (",", ";", ":")), default=0)
    words = set(low[lo:k - 1])  # the clause just before: "the UK is ... prepared to commit forces"
    if not TALK_OBJECTS.isdisjoint(words) or _STANCE_HEADS.isdisjoint(words):
        return set()
    return words | {"troops"} if "forces" in words else words


def _bare_participation(low: list[str], e: int) -> bool:
    """A refusal's object is a bare pledge noun or taking part, with nothing saying in what
    ("has ruled out any participation.", "ruled out taking part"; 15t)."""
    rest = [w for w in low[e:e + 4] if w not in ("any", "its", "their", "a", "such")]
    return bool(rest) and (rest[0] in ("participation", "involvement", "contribution",
                                       "participating") or rest[:2] == ["taking", "part"]) and \
        (len(rest) == 1 or rest[1] in (".", ",", ";") or rest[1:3] == ["part", "."])


_WOULD = frozenset({"would", "will", "could", "may", "might", "'d", "'ll", "shall"})
_SENDING_GERUNDS = frozenset({"putting", "sending", "deploying", "committing", "providing",
                              "stationing", "dispatching", "contributing"})


def _by_sending_troops(low: list[str], e: int) -> bool:
    """A means clause after the cue's object names troops: "contribute to security guarantees
    by putting our own troops on the ground" (*by* + a sending gerund + troops; 15zc)."""
    for k in range(e, min(len(low) - 1, e + 12)):
        if low[k] in (";", ".", "but", "while", "whereas"):
            return False
        if low[k] == "by" and low[k + 1] in _SENDING_GERUNDS:
            return not TROOP_WORDS.isdisjoint(low[k + 2:k + 6]) or "boots" in low[k + 2:k + 6]
    return False


_PRESENCE_OF_TROOPS = frozenset({"military", "troop", "armed", "ground"})
_HEDGES = frozenset({"potentially", "possibly", "perhaps", "maybe", "conceivably"})
_MAYBE_NOUN = frozenset({"possible", "potential", "eventual", "prospective"})
# (s31) the first words of the "every option kept" cues: "rule anything out", "excludes no
# option", "all options remain on the table"
_KEPT_OPEN = frozenset({"rule", "rules", "ruled", "ruling", "excludes", "exclude", "excluded",
                        "discard", "discards", "all", "every"})
_GUESSING = frozenset({"speculating", "speculate", "speculation", "guessing", "predicting"})
_NO_COMMENT = frozenset({"speculate", "speculating", "comment", "commenting"})
_HOPE = frozenset({"hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished"})


def _hoped_for(low: list[str], s: int) -> bool:
    """The pledge noun at ``s`` opens the clause of a hope: "hope that China's participation"
    (*hope* + *that*, then at most a possessor and its mark before the noun; 15zc)."""
    k = next((j for j in range(s - 1, max(-1, s - 7), -1) if low[j] == "that"), None)
    return k is not None and k > 0 and low[k - 1] in _HOPE


_ENVISAGE = frozenset({"envisage", "envisages", "foresee", "foresees", "contemplate",
                       "contemplates"})


def _share_in_force(low: list[str], e: int) -> bool:
    """A pledge noun ("participation", "involvement") within four words after ``e``, followed by
    "in" and a military presence or a force (15zc)."""
    k = next((j for j in range(e, min(len(low), e + 4)) if low[j] in _PLEDGE_NOUNS), None)
    return k is not None and low[k + 1:k + 2] == ["in"] and (
        "military" in low[k + 2:k + 6] or not FORCE_OBJECTS.isdisjoint(low[k + 2:k + 6]))


_MISSION_NOUNS = frozenset({"mission", "operation", "programme", "program"})
_TRAINING = frozenset({"training", "train", "trains", "instruct", "instructing", "eumam",
                       "unifier", "interflex"})
_OBJECT_ENDS = frozenset({".", ";", ",", "but", "while", "whereas", "and"})


def _training_mission(low: list[str], e: int) -> bool:
    """The cue's object (after ``e``, to the clause's end) is another mission than the force: one
    that trains Ukraine's soldiers (EUMAM, Operation Unifier / Interflex; "an EU mission aimed at
    training Ukrainian troops"; s13). An EU mission alone may be the force ("Malta could
    participate in an EU mission", 15j)."""
    hi = next((k for k in range(e, min(len(low), e + 12)) if low[k] in _OBJECT_ENDS),
              min(len(low), e + 12))
    obj = low[e:hi]
    at = next((k for k, w in enumerate(obj) if w in _MISSION_NOUNS), None)
    if at is None or at > 5:
        return False
    return not _TRAINING.isdisjoint(obj)


_SUPPORT_ROLE = frozenset({"supporting", "support", "helping", "help", "assisting", "assist",
                           "aiding", "field", "area", "areas", "domain", "sphere",
                           # (s41) "will not send troops, but may participate in offering
                           # guarantees from abroad"
                           "guarantees", "abroad", "logistics", "logistical", "monitoring"})
_OWN_SENT = frozenset({"troops", "soldiers", "personnel", "peacekeepers", "contingent",
                       "servicemen", "them", "boots"})


def _support_not_troops(low: list[str], e: int) -> bool:
    """The object after the cue ending at ``e`` is a support role, not the nation's troops: a
    support word ("supporting the forces", "in the field of") before any troop noun (s13)."""
    for k in range(e, min(len(low), e + 12)):
        if low[k] in (".", ";") or low[k] in _OWN_SENT:
            return False
        if low[k] in _SUPPORT_ROLE:
            return True
    return False


_TOLD = frozenset({"told", "tells", "tell", "assured", "assures", "informed", "informs",
                   "reassured", "promised", "promises"})


def _told_audience(low: list[str], k: int) -> bool:
    """(s60) The word at ``k`` is the audience told, right after "told" ("Healey told lawmakers
    that Britain would commit troops"): the speaker's hearers, not the source."""
    j = k - 1
    while j >= 0 and k - j <= 3 and low[j] in ("the", "british", "german", "french", "fellow"):
        j -= 1
    return j >= 0 and (low[j] in _TOLD or low[j] in _TOLD_PARLIAMENT)


def told_person(low: list[str], m: Mention) -> bool:
    """The mention is the one told, right after "told" and before the pronoun that opens what
    was told ("has told Sir Keir he will consider ...")."""
    return m.label == "PERSON" and m.start > 0 and low[m.start - 1] in _TOLD and \
        low[m.end:m.end + 1] in (["he"], ["she"], ["that"], ["they"])


_NP_WORDS = frozenset({"his", "her", "its", "their", "our", "the", "a", "any", "country",
                       "country's", "nation", "nation's", "'s", "’s", "possible", "potential",
                       "eventual", "future"})


def _excluded_object(low: list[str], s: int) -> bool:
    """The pledge noun at ``s`` is the object of "ruled out" / "exclude" a few noun-phrase words
    before it ("ruled out his country's participation", "do not exclude participation")."""
    k = s - 1
    while k >= 0 and s - k <= 5 and low[k] in _NP_WORDS:
        k -= 1
    if k < 0:
        return False
    if low[k] == "out":
        return not _RULE_WORDS.isdisjoint(low[max(0, k - 2):k])
    return low[k] in ("exclude", "excludes", "excluded", "excluding")


def _talk_object(words: list[str]) -> bool:
    """A talks word among ``words`` (the object of taking part): "the talks", "the planning" —
    not "peacekeeping efforts", which is the force (s17)."""
    return any(w in TALK_OBJECTS and not (w.startswith("effort") and words[k - 1:k] == [
        "peacekeeping"]) for k, w in enumerate(words))


# a judgement after "considers <the sending>": what it says of the sending (s20)
_JUDGEMENTS = {"inappropriate": "declines", "unacceptable": "declines", "impossible": "declines",
               "unrealistic": "declines", "undesirable": "declines", "unthinkable": "declines",
               "inadmissible": "declines", "premature": "undecided"}


def judgement_after(low: list[str], e: int) -> str | None:
    """The stance of a judging adjective that closes the object of *considers* in its clause
    ("considers the participation of its troops inappropriate", "considers sending troops
    premature"), or None."""
    for w in low[e:e + 20]:
        if w in (",", ";", ".", ":", "but", "and", "while", "because"):
            return None
        if w in _JUDGEMENTS:
            return _JUDGEMENTS[w]
    return None


_COMPLEMENTS = (("the", "best"), ("the", "only"), ("the", "most"), ("a", "better"), ("the", "main"),
                ("the", "key"), ("to", "be"))
_SENT_OBJECT = frozenset({"sending", "deploying", "contributing", "joining", "participating",
                          "participation", "contribution", "troops", "soldiers", "deployment"})


def _complement_after(low: list[str], e: int) -> bool:
    """ "considers a strong Ukrainian army the best guarantee": an object and its complement
    ("X the best Y", "X to be Y") with no sending in the object (s42)."""
    for k in range(e + 1, min(len(low) - 1, e + 7)):
        if (low[k], low[k + 1]) in _COMPLEMENTS:
            return _SENT_OBJECT.isdisjoint(low[e:k])
        if low[k] in (",", ".", ";"):
            return False
    return False



# (reviews s58) what may stand before the troops put forward: "a (mechanised) battalion"
_PUT_FORWARD_FILL = frozenset({"a", "an", "its", "their", "own", "some", "about", "around", "up",
                               "to", "several", "hundreds", "thousands", "of", "mechanised",
                               "mechanized", "infantry", "additional", "more", "ground", "combat",
                               "light", "armoured", "armored", "air", "naval", "thousand",
                               "hundred", "two", "three", "four", "five", "six"})


def _after_relative(sent: Sent, s: int) -> bool:
    """(s58) The verb at ``s`` follows its nations' relative clause: "Britain and France, which
    lead the coalition of the willing, plan to send troops"."""
    low = sent.lower
    if low[s - 1:s] != [","] or _elsewhere(low):
        return False  # (second review s58: not "plan to send troops to Lithuania")
    for j in range(s - 2, max(0, s - 16), -1):
        if low[j] == ",":
            return low[j + 1:j + 2] in (["which"], ["who"]) and any(
                m.end == j and m.iso3 not in _NOT_CONTRIBUTORS for m in sent.mentions)
    return False


_AWAITED = frozenset({"after", "until", "till", "once", "before", "unless", "if", "when"})


def _owned_by_subject(sent: Sent, s: int) -> bool:
    """(s58) "their (its) plan to deploy troops" is the clause subject's own plan when that
    subject is a contributor: "Britain and France are likely to drop their plan to deploy
    troops unless ..." (not "Moscow rejected their plan")."""
    subject = sent.subject_actors(s - 1)
    if not subject or any(m.iso3 in _NOT_CONTRIBUTORS for m in subject):
        return False
    low = sent.lower
    if not _PLAN_HELD.isdisjoint(low) and not _kept_on_terms(low[s:]):
        return False  # (review s58) "have put their plan on hold (postponed, paused it)"
    verb = low[s - 2] if s >= 2 else ""
    if verb in ("with", "to", "by") and s >= 3:  # "pushing ahead with", "stuck to", "stand by"
        return low[s - 3] in _KEEPING_TO
    if verb not in _OWN_PLAN_VERBS:
        return False  # (reviews s58) only a verb of the owners' own: not "have been briefed on
        # (asked for details of, called reckless, vowed to block) their plan"
    if (low[s - 1] == "their") != (len(subject) > 1):
        return False  # "Germany criticised their plan": someone else's (a plural owner)
    between = low[max(m.end for m in subject):s - 1]
    return _JUDGING.isdisjoint(between)  # not "Italy and Spain criticised their plan"


# (reviews s58) the verbs by which owners speak of their own plan: "will present (unveil,
# finalise, pursue) their plan to deploy troops", "may drop (abandon) their plan ... unless"
_OWN_PLAN_VERBS = frozenset(
    "present presented presents presenting unveil unveiled unveils unveiling finalise finalised "
    "finalising finalize finalized finalizing announce announced announcing outline outlined "
    "outlining detail detailed pursue pursued pursuing keep kept keeping advance advanced "
    "advancing revive revived defend defended defending drop dropping abandon abandoning scrap "
    "scrapping shelve shelving cancel cancelling canceling confirmed confirm reaffirmed reaffirm "
    "updated update submit submitted share shared insist insists insisted".split())
_KEEPING_TO = frozenset({"ahead", "stuck", "stick", "sticking", "stand", "stood", "standing",
                         "pressing", "pressed", "press", "forward"})
_PLAN_HELD = frozenset({"hold", "ice", "postpone", "postponed", "postpones", "postponing",
                        "delay", "delayed", "delays", "freeze", "froze", "frozen", "shelved",
                        "shelve", "suspended", "suspend", "scrapped", "dropped", "paused",
                        "pause", "pausing", "mothballed", "mothball", "burner", "rethink",
                        "rethinking", "reconsider", "reconsidering", "shelving"})
_JUDGING = frozenset({"criticised", "criticized", "rejected", "dismissed", "welcomed", "backed",
                      "supported", "opposed", "questioned", "slammed", "praised", "endorsed",
                      "discussed", "studied", "reviewed", "heard", "condemned", "mocked"})

def _classify(stance: str, sent: Sent, s: int, e: int, words: set[str]) -> str | None:
    """The stance a cue stands for in this sentence, or None when it is not about troops."""
    low = sent.lower
    cue = low[s:e]
    if stance in ("ready", "open") and cue[-1] in _MONEY_GIVING and money_offer(low[e:e + 4]) \
            and SENT_PEOPLE.isdisjoint(until_contrast(low[e:sent.clause_end(e)])):
        return None  # (s60) "will contribute financially to the force", "pledged 1 billion
        # euros": money, not troops
    if stance == "open" and cue[0] in _DISCUSS and _too_soon_before(low, s):
        return None  # 'was "too soon" to discuss sending its troops': undecided only (s15)
    if stance in TROOP_STANCES and {"un", "u.n."} & set(low[e:e + 3]):
        return None  # "participation in UN peacekeeping operations": another mission
    if stance in TROOP_STANCES and _training_mission(low, e):
        return None  # "takes part in an EU mission that trains Ukrainian soldiers" (s13)
    if cue[0] == "willing" and low[max(0, s - 2):s] == ["of", "the"]:
        return None  # 'leading a "coalition of the willing" to send troops': a name (15j)
    if cue[-1] == "forward":  # (s58) "have put forward troops (a battalion of 500 soldiers)",
        # not "put forward a plan for a force", "put forward proposals on air defence"
        troops = TROOP_WORDS | {"battalion", "brigade", "company", "contingent", "contingents"}
        k = e
        while k < len(low) and k < e + 4 and (low[k] in _PUT_FORWARD_FILL or low[k][:1].isdigit()):
            k += 1  # "a (mechanised) battalion of 500", "about 2,000 troops", "its own troops"
        if k >= len(low) or low[k] not in troops or _elsewhere(low):
            return None  # (second review s58) not "a model without troops", "guarantees, not
            # troops", "no troops so far", "requirements for troops", "troops for the NATO
            # mission in Romania"
        return "ready"
    if cue[-1] == "engage" and (low[e:e + 1] in (["directly"], ["with"])
                                or low[e:e + 2] in (["in", "combat"], ["in", "fighting"],
                                                    ["in", "direct"], ["in", "hostilities"])
                                or not {"russian", "russia", "enemy"}.isdisjoint(low[e:e + 3])):
        return None  # (s58) "these forces would not engage directly with Russian troops": how
        # the force would act, not who sends it
    if stance == "ready":
        first, last = cue[0], cue[-1]
        if last in _GIVING and not _HOSTED.isdisjoint(low[e:e + 4]):
            return None  # (s18) "ready to provide its military bases to NATO allies": hosting
        if last in _DEPLOY and _by_sending_troops(low, e):
            return "ready"  # "ready to contribute to security guarantees by putting our own
            # troops on the ground": the means names the troops (15zc)
        if len(cue) == 1 and first in _SIGN_VERBS:
            return None  # read by `_signed_deployment` (15n), else no cue
        if len(cue) > 1 and last.startswith("particip") and low[e:e + 1] == ["in"] and \
                _talk_object(low[e + 1:e + 4]):
            return "talks"  # "committed to participating in military planning": the planning,
            # not troops (s17)
        if [w for w in cue if w not in _QUOTES][1:2] == ["play"] and last in ("part", "role"):
            by = _including_by_sending(low, e)
            if by is not None:
                return by  # (s31) "will play its full part in securing a lasting peace,
                # including by potentially deploying troops": the means names the troops
            nxt = [w for w in low[e:e + 4] if w not in _QUOTES]
            if nxt[:1] == ["in"] and nxt[1:2] and nxt[1] in _ROLE_IN and not (
                    nxt[1] == "the" and set(low[e:e + 5]) & FORCE_OBJECTS):
                return None  # "would play its part in ensuring Ukraine's security" (15s)
        if last == "bring" and low[e:e + 1] == ["about"]:
            return None  # "would bring about a lasting peace": no troops brought (15s)
        if last == "bring" and (TROOP_WORDS | FORCE_OBJECTS - {"plan"}).isdisjoint(low[e:e + 5]):
            return None  # (s46) "a Tisza win would bring triple utility costs", "they will bring a
            # whole utility of capabilities": nothing brought is troops (round 15)
        if cue[2:3] == ["help"] and last in _KEEP_PEACE:  # "ready to help secure the peace"
            return "ready" if {"peace", "ceasefire", "cease-fire", "truce"} & set(low[e:e + 3]) \
                else None
        if last == "for":  # "have shown readiness for involvement" (S14, 15v)
            obj = [w for w in low[e:e + 4] if w not in _QUOTES and w not in ("a", "the", "any")]
            return "ready" if obj[:1] and (obj[0] in FORCE_OBJECTS - {"plan"} or (
                obj[0] in _PLEDGE_NOUNS and words & TROOP_WORDS)) else None
        if last in ("act", "go", "move", "operate", "serve"):  # "the French and British
            # contingents are ready to act" (S13, 15v): a nation's troops as the subject
            if {"ukraine", "hostilities", "fighting"}.isdisjoint(words) and \
                    _PREMISE_WORDS.isdisjoint(words) and (FORCE_OBJECTS - {"plan"}).isdisjoint(words):
                return None  # ready to act for what: Ukraine, the force, after the war
            return "ready" if any(m.end < s and low[m.end] in _OWN_TROOPS | _CONTINGENTS
                                  for m in sent.free_mentions(sent.clause_start(s), s)) else None
        if len(cue) == 2 and last == "by":  # a passive's agent (15q): troops in the sentence
            subject = set(low[max(0, s - 8):s])  # the passive's subject: troops or a share
            if not (_FORCE_NOUNS & subject or {"third", "half", "quarter", "majority"} & subject
                    or any(w[:1].isdigit() for w in subject)) or \
                    low[e:e + 1] == ["un"]:
                return None
            return "open" if {"could", "may", "might"} & set(low[max(0, s - 4):s]) else "ready"
        if first in ("suggested", "suggests", "proposed", "proposes") and len(cue) == 2:
            if _others_force(low, e):
                return None  # "Macron proposed deploying European peacekeeping forces": the
                # plan for a force of others, not an offer of his own troops (§5; 15x)
            troops_of = {m.iso3 for m in sent.mentions if e <= m.start < e + 7}
            proposers = {m.iso3 for m in sent.free_mentions(sent.clause_start(s), s)}
            if troops_of and proposers and troops_of.isdisjoint(proposers):
                return None  # (s31) "Macron suggested deploying British troops": another
                # nation's troops proposed, not the proposer's offer
        if first == "plan" and not (s > 0 and (
                low[s - 1] in ("'s", "’s", "also", "jointly", "now", "still", "both")
                or any(m.end == s for m in sent.mentions)
                or low[s - 1] in ("their", "its") and _owned_by_subject(sent, s)
                or _after_relative(sent, s))):
            return None  # "a plan to deploy": the talks' plan, no nation's offer (15n)
        if first in _PLAN_NOUNS and _proposer_adjective(sent, s):
            return None  # "dismissed a UK-France plan to deploy troops": the proposers named
            # as the plan's label, not their own troops offered (15x)
        if first in _PLAN_NOUNS and _others_force(low, e) and \
                not any(m.end == s for m in sent.mentions):
            return None  # "criticized her remarks on plans to deploy European troops": a plan
            # for a force, with no nation's own troops in it (s15)
        if first in _PLAN_NOUNS and low[s - 1:s] in (["'s"], ["’s"]) and _others_force(low, e):
            return None  # "Britain and France's plan to send a force of European troops": a
            # plan for a force, no word that the proposers' own troops go (§5 convention; 15x)
        if low[max(0, s - 2):s - 1] and low[s - 2] in _AGREE - {"agreed", "agrees", "agree"} \
                and low[s - 1] == "to":
            return None  # "declined to take part in the mission": the object of a refusal
        if cue[1:2] == ["be"] and last in _PASSIVE_GOING:
            # "Spanish troops will be deployed": only with troops and a nation in the subject
            lo = sent.clause_start(s)
            named = sent.free_mentions(lo, s)
            if not (TROOP_WORDS & set(low[lo:s]) and named) or low[s - 1] in _TRAINERS:
                return None  # "British military instructors will be sent": trainers (§5; 15zb)
            if cue[0] not in ("will", "would") and low[max(lo, named[0].start - 1):
                                                      named[0].start] != ["no"]:
                return None  # "troops may be deployed": a possibility, read elsewhere
            cut = max((k for k in range(lo, s) if low[k] == "that" or low[k] in _REPORTED_BY),
                      default=-1)
            named = [m for m in named if m.start > cut] or named  # the reported clause's own
            if reported_by_others(sent, named[0].start, {m.iso3 for m in named}):
                return None  # "An envoy said Dutch troops would be sent": not the Dutch (15zb)
            lead = low[max(0, named[0].start - 3):named[0].start]
            if "that" in lead and set(lead) & _DENIED_THAT:
                return "declines"  # "Tusk denied that Polish troops would be sent" (15zb)
            if lead[-2:] == ["not", "one"] or lead[-3:] == ["not", "a", "single"] or \
                    lead[-2:] == ["not", "single"]:
                return "declines"  # (s55) "Not one Polish soldier will be sent to Ukraine"
            return "ready"
        if first == "plans" and s > 0 and low[s - 1] in ("discussing", "considering", "weighing",
                                                         "discussed", "considered", "weighed"):
            return "open"  # "six countries ... are discussing plans to send troops": their own
            # sending weighed (15t, as 15s's "discussing sending their soldiers")
        if s > 0 and low[s - 1] in _WEIGHING or low[max(0, s - 2):s] in (
                ["open", "to"], ["openness", "to"]) or _object_of_weighing(low, s) or (
                low[max(0, s - 3):s - 1] in (["prospect", "of"], ["possibility", "of"])
                or low[max(0, s - 2):s] in (["prospect", "of"], ["possibility", "of"])
                or s > 0 and low[s - 1] in ("could", "may", "might")):
            # "the possibility of participating in", "could participate in": open only (15j)
            return None  # "considering joining the mission": the object of an open cue
        if "out" in low[max(0, s - 3):s] and set(low[max(0, s - 4):s]) & _RULE_WORDS:
            return None  # "have not ruled out their participation": the object of that cue
        if _excluded_object(low, s):
            return None  # "has not ruled out his country's participation", "we do not exclude
            # participation in the mission": the object of that open cue (s17)
        if low[s - 1:s] == ["experience"] or low[s - 2:s] == ["experience", "in"] or (
                s >= 2 and low[s - 1] in ("proposals", "proposal", "options")
                or low[max(0, s - 2):s] in (["proposals", "aimed"], ["aimed", "at"])
                and "proposals" in low[max(0, s - 4):s]):
            return None  # "has experience participating in UN operations": the past;
            # "prepared to evaluate any proposals aimed at participating": the proposals (s17)
        owner = next((m for m in sent.mentions if s >= 2 and low[s - 1] in ("'s", "’s")
                      and m.end == s - 1), None)
        if owner is not None and low[max(0, owner.start - 2):owner.start] in (
                ["prospect", "of"], ["possibility", "of"]):
            return None  # "does not rule out the possibility of Germany's participation in":
            # the object of an open cue, the owner named between (s15)
        if first.startswith("particip") or first in ("take", "taking", "takes", "took", "taken"):
            if first == "participation" and any(w in FORCE_OBJECTS for w in low[e:e + 5]) and \
                    not _talk_object(low[e:e + 3]):
                said = predicate_stance(low, e)  # (s30) "... in the force was out of the question"
                if said is not None:
                    return said
            if _denied_after(low, e):
                return "declines"  # "Italy's participation in deploying forces ... is
                # currently unexpected" (15q)
            if _judged_after(low, e):
                return "open"  # "Prague's participation in a future mission would be
                # 'appropriate'": a judgement that it could happen, no offer (s15)
            obj = low[e:e + 5]
            if any(w in FORCE_OBJECTS for w in obj) and not _talk_object(obj[:3]):
                return "ready"
            if first != "participation" and _operations(obj):
                return "ready"  # 'will take part in operations to monitor the border' (15t)
            if any(w in TALK_OBJECTS for w in obj):
                return "talks"
            return None
        if len(cue) == 1 and first in ("join", "joining", "joins"):
            obj = low[e:e + 3]
            if "coalition" in obj[:2]:
                return "talks"
            if obj[:1] == ["forces"] and obj[1:2] in (["to"], ["with"], ["on"], ["in"]) and \
                    not (obj[1:2] == ["in"] and "ukraine" in low[e + 2:e + 4]):
                return None  # (s25) "leaders join forces to draft a peace plan": the idiom
            return "ready" if set(obj) & FORCE_OBJECTS else None
        if len(cue) == 1 and first in ("pledged", "committed", "offered", "offers", "offering",
                                       "pledges", "promised", "volunteered", "earmarked"):
            near = [w for w in low[e:e + 6] if w not in _QUOTES][:4]
            if near[:2] == ["to", "training"] or near[:1] == ["training"]:
                return None  # "committed to training Ukrainian troops": training, not troops
            if not set(near) & _OFFERED:
                to = next((k for k in range(e, min(len(low), e + 9)) if low[k] == "to"), None)
                if to is not None and to > e and all(
                        w in _WHEN or w[:1].isdigit() for w in low[e:to]) and \
                        _troops_near(sent, to + 1, 4):
                    return "ready"  # "committed on Thursday, September 4 to deploying
                    # troops": a date between the verb and its object (15v)
            wide = [w for w in low[e:e + 8] if w not in _QUOTES][:6]
            if "presence" in wide and _PRESENCE_OF_TROOPS & set(wide[:wide.index("presence")]):
                return "ready"  # "have committed to a historic military presence within
                # Ukraine's borders" (s16)
            return "ready" if set(near) & _OFFERED else None  # 'committed to "UK boots"'
        if last in ("match", "equal"):  # matching a pledge: its object, or troops, follow
            return "ready" if set(low[e:e + 3]) & (_OFFERED | _PLEDGES) or \
                _troops_near(sent, e, 6) else None
        if last in ("take", "participate", "join") and _talk_object(low[e:e + 4]):
            return None  # "will take part in the talks on the force": the talks, not troops
        if first in ("will", "would", "shall") and last in ("join", "participate"):
            if any(w in FORCE_OBJECTS for w in low[e:e + 5]):
                return "ready"
            # (s35) "If a deployment of peacekeeping forces becomes reality, Estonia would
            # certainly participate": the force named before, in the same sentence
            if low[e:e + 2] in _ONLY_ON_TERMS:
                return "ready"  # (s55) "Ireland would participate only under a UN mandate":
                # the force the report is about, its condition said (read as conditional too)
            return "ready" if _clause_ends(low, e) and any(
                w in FORCE_OBJECTS or w.startswith("peacekeep") for w in low[:s]) else None
        if first in ("will", "would", "shall") and last == "take" and low[e:e + 1] == ["part"] \
                and low[e + 1:e + 3] in _ONLY_ON_TERMS:
            return "ready"  # (s55) "would take part only under a UN mandate"
        if last == "take" and not (set(low[e:e + 3]) & (TROOP_WORDS | {"part"}) or any(
                w[:1].isdigit() for w in low[e:e + 3])):
            return None  # "will take responsibility for building up a brigade": not sending (15q)
        if last in _NEEDS_TROOPS and names_money(low[e:e + 5]) and \
                TROOP_WORDS.isdisjoint(low[e:e + 5]):
            return None  # (s47) "would contribute well over £100 million to the force": money
        if last in _NEEDS_TROOPS or last in ("join", "participate", "take", "engage"):
            if e < len(low) and low[e] in ("no", "none") and low[e + 1:e + 2] != ["more"]:
                # "would send no troops" (but "no more than 2,000 troops" is a ceiling)
                return "declines" if _troops_near(sent, e, 7) else None
            if (first in _AGREE or first in _WISH_VERBS) and _bare_object(low, e, words):
                return "ready"  # "agreed to contribute." (to the force the report is about)
            if first in _READY_NOUNS_TOO and (_clause_ends(low, e) or low[e:e + 2] == [
                    "in", "principle"] and _clause_ends(low, e + 2)) and not any(
                    w in _NOT_TROOPS for w in low[e:e + 4]):
                return "ready"  # '"We are, in principle, ready to participate," ... said'

            if "same" in low[e:e + 4] and _troops_near(sent, e, 14):
                return "ready"  # "will contribute about the same amount as the UK - between
                # 5,000 and 10,000 troops" (S12, 15v)
            return "ready" if _troops_near(sent, e, 7) or _some_of_them(low, e, words) or (
                last in _DEPLOY_BARE and _onto_ukraine(low, e) and s > 0 and
                low[s - 1] not in ("which", "that", "who")) else None  # (s55) "will deploy on
            # Ukrainian soil" (not "a contingent ... which would deploy in Ukraine": a plan's)
        return "ready"
    if stance == "open" and "presence" in cue:  # (s58) "could have a military presence in
        # Ukraine": not a presence elsewhere
        return "open" if low[e:e + 1] in (["ukraine"], ["ukrainian"]) else None
    if stance == "open":
        if "such" in cue and cue[-1] in ("move", "step", "deployment"):
            return "open" if words & TROOP_WORDS else None  # (s55) "indicated the possibility
            # of such a move" after the sending its sentence names
        if cue[-1] in ("out", "option", "options", "scenario", "scenarios", "table", "open",
                       "available", "possible") and cue[0] in _KEPT_OPEN:
            return "open" if words & TROOP_WORDS else None  # (s31) every option kept
        if cue[0] in ("considers", "consider", "considered", "considering") and \
                low[e:e + 1] == ["it"] and "to" in low[e + 2:e + 8]:
            return None  # "considers it too risky to send ground forces": a judgement of the
            # sending, not weighing it (15zb)
        if cue[0] in ("considers", "consider", "considered") and _complement_after(low, e):
            return None  # (s42) "he considers a strong Ukrainian army the best guarantee": a
            # judgement of something else, no weighing of a sending
        if cue[0] in ("considers", "consider", "considered"):
            judged = judgement_after(low, e)
            if judged is not None:  # 'considers the participation of Romanian soldiers
                # "inappropriate"': the judgement is the stance, not a weighing (s20)
                return judged
        if cue[0] in _DISCUSS:  # "has discussed significant involvement" (15s)
            return None if TALK_OBJECTS & set(low[e:e + 4]) else "open"
        if cue[-1] in ("among", "open"):  # "could be among the countries sending troops"
            return "open" if words & TROOP_WORDS else None
        if cue[-1] == "of" and cue[0] not in ("could", "may", "might"):
            # "raised the prospect of a military involvement"
            return "open" if _PLEDGE_NOUNS & set(low[e:e + 4]) else None
        if cue[0] in ("could", "may", "might", "can"):
            if cue[-1] == "use" and _put_to_use(low, e):
                return None  # (s47) "China might use such a mission to gather intelligence": a
                # use made of the mission, not a sending
            if _troops_near(sent, e, 7) or _some_of_them(low, e, words):
                return "open"
            return "open" if _troops_before_but(low, s, e) else None
        if len(cue) == 1:  # "considering sending troops", "weighing a contribution"
            obj = [w for w in low[e:e + 4] if w not in _QUOTES][:2]
            if obj[:1] and obj[0] in _WH_WORDS:
                return None  # "we have to consider what the mission is" (15s)
            if obj[:1] and obj[0] in _REQUESTS:  # "would consider requests to participate"
                return "open" if _troops_near(sent, e, 10) else None
            if obj[:2] in (["the", "idea"], ["the", "proposal"], ["the", "possibility"]) and \
                    low[e + 2:e + 3] in ([], ["."], [","], [";"]):
                return "open"  # "Ireland might consider the idea." (the idea just reported)
            if obj[:1] in (["establishing"], ["stationing"], ["setting"]) and \
                    not {"bases", "base"}.isdisjoint(low[e:e + 5]) and \
                    not {"ukraine", "ukrainian"}.isdisjoint(low[e:e + 8]):
                return "open"  # "considering establishing bases within Ukraine" (S17, 15v)
            if not set(obj) & {"sending", "deploying", "contributing", "joining", "participating",
                               "participation", "contribution", "contributions", "a", "the",
                               "troops", "whether",
                               "taking",
                               # (s23) "prepared to consider committing British forces"
                               "committing", "putting", "providing", "dispatching",
                               "despatching"}:
                return None
            if low[e + 1:e + 2] in (["contribution"], ["participation"]) or \
                    low[e:e + 1] in (["contribution"], ["participation"]):
                return "open"  # "willing to consider a contribution"
            if low[e:e + 1] == ["contributions"] and (
                    low[e + 1:e + 2] in ([], [","], ["."]) and _troops_near(sent, e, 10)
                    and not {"such", "including"} & set(low[e + 1:e + 4]) or
                    low[e + 1:e + 3] == ["to", "the"] and _troops_near(sent, e + 3, 3)):
                return "open"  # (s47) "are considering contributions" (to the force; with troops
                # near, not "contributions, such as financial aid"; review s47)
        if cue[0] == "potential" and (e >= len(low) or low[e] in (",", ".", ";", "—")):
            return "open"  # "confirmed his country's potential participation, ..."
        if cue[0] in ("open", "openness"):
            if cue[1:3] == ["-", "minded"]:  # (s23) "open-minded on the peacekeeping idea"
                return "open" if _troops_near(sent, e, 8) or {"idea", "sending", "deploying"} & \
                    set(low[e:e + 5]) or {"peacekeeping", "peacekeepers"} & set(low[e:e + 4]) \
                    else None
            if low[e:e + 1] and low[e] in _TALK_TOPICS:
                return None  # "remains open to discussions": the talks (15v)
            if low[s + 1:s + 3] == ["-", "ended"]:
                return None  # "an open-ended commitment to deploy": no hedge (15j)
            if low[e:e + 2] == ["being", "involved"] and words & _FORCE_NOUNS:
                return "open"  # "(troops ...,) but X is open to being involved" (15v)
            return "open" if _troops_near(sent, e, 8) or {"idea", "sending"} & set(low[e:e + 4]) \
                or (_PLEDGE_NOUNS & set(low[e:e + 8]) and _troops_near(sent, e, 12)
                    and TALK_OBJECTS.isdisjoint(low[e:e + 3])) else None
            # ('"open to consideration" of the country's involvement in any peacekeeping
            # process': a pledge noun, then the troops; 15t)
        if cue[-1] == "of":  # "Czech soldiers could be part of a mission"
            return "open" if set(low[e:e + 4]) & FORCE_OBJECTS else None
        return "open" if _troops_near(sent, e, 6) else None
    if stance == "depends":  # "any contribution depends on a UN mandate"
        if cue[-2] in ("conditions", "preconditions"):  # "sets three conditions to join"
            return "open" if _troops_near(sent, e, 4) or not {
                "join", "joining", "sending", "send", "deploying", "deploy", "participate",
                "participating", "participation", "deployment"}.isdisjoint(low[e:e + 2]) else None
        if cue[0].startswith("pre"):  # "a precondition for sending troops" (15t)
            return "open" if _troops_near(sent, e, 4) or {"sending", "deploying", "deployment",
                                                          "participation", "participating"} \
                & set(low[e:e + 3]) else None
        return "open" if words & TROOP_WORDS | {"contribution", "participation"} else None
    if stance == "undecided":
        if cue[0] == "prematurely" and _GUESSING & set(low[max(0, s - 6):s]):
            return None  # (s47) "cautioning against speculating on outcomes prematurely": a
            # warning about guesses, not the nation's decision put off
        if cue[0] == "without" or cue[-1] == "to":  # "without committing to sending its
            # troops", "an unsuitable time to discuss sending troops" (15v)
            return "undecided" if _troops_near(sent, e, 6) else None
        if cue[0] == "too" and not _DETAILS.isdisjoint(low[e:e + 6]):
            return None  # "too early to discuss the details of the mission": its details, not
            # whether to join (15v)
        if cue[-1] in ("decision", "decisions") and cue[0] == "before":  # "before any decision"
            return "undecided" if words & (TROOP_WORDS | _PLEDGE_NOUNS) and \
                low[s - 1:s] != ["not"] else None
        if cue[0] == "no":  # "there are no concrete plans (to send troops) yet" (15v)
            return "undecided" if _troops_near(sent, e, 8) or (
                words & TROOP_WORDS and "yet" in low[e:e + 3]) else None
        if cue[-1] in ("decided", "determined") and low[e:e + 1] == ["on"] and \
                _HOW_MUCH & set(low[e:e + 5]):
            return None  # (review s34) "has not yet decided on the size of its contribution":
            # how much, not whether: it will send (15d)
        if cue[1:2] == ["be"] and cue[-1] in ("decided", "determined"):  # "would be decided later"
            if "by" in low[e:e + 2] or not (_LATER & set(low[e:e + 4])):
                return None  # "will be decided by the Bundestag": a parliament condition
            return "undecided" if words & (TROOP_WORDS | _PLEDGE_NOUNS) else None
        if cue[-1] in ("decide", "determine"):  # a decision put off until later
            if "yet" in cue and _clause_ends(low, e):
                # (s56) "France has offered troops, while Italy has yet to decide": the
                # clause's whole answer, on the troops the sentence names
                return "undecided" if words & TROOP_WORDS else None
            if not (cue[1:2] == ["only"] or low[e:e + 1] == ["whether"]) or \
                    _HOW_MUCH & set(low[e:e + 5]):
                return None  # "would decide on the size of its contribution": it will send
            return "undecided" if words & (TROOP_WORDS | _PLEDGE_NOUNS) else None
        if cue[-1] in ("uncertain", "unclear", "question"):
            # "the participation of the Netherlands remains uncertain"
            before = set(low[sent.clause_start(s):s])
            return "undecided" if _PLEDGE_NOUNS & before and not TALK_OBJECTS & before else None
        if cue[0] == "before":  # "before committing": questions to settle first
            return "undecided" if words & _QUESTIONS and not low[s - 1:s] == ["not"] else None
        if cue[-1] == "reservations":  # (s23) bare: "with Germany expressing reservations"
            return "undecided" if _clause_ends(low, e) and words & (
                TROOP_WORDS | _PLEDGE_NOUNS | {"deployments"}) else None
        if cue[0] == "reservations":  # "expressed reservations about potential participation"
            return "undecided" if set(low[s + 2:e + 4]) & (TROOP_WORDS | _PLEDGE_NOUNS) else None
        return "undecided" if words & (TROOP_WORDS | {"discussion", "discussions", "debate",
                                                      "idea", "sending", "contribution"}) else None
    if stance == "declines":
        if cue[0] in ("troops", "soldiers") and cue[-1] in ("go", "enter"):
            # (s58) "its troops won't go into Ukraine" (not "to the front", "home")
            return "declines" if "ukraine" in low[e:e + 4] and s > 0 and \
                low[s - 1] in ("its", "their", "our") else None
        if cue[0] in ("shot", "shoot", "shoots", "shooting"):  # (s47) "shot down the idea": of
            # the sending the sentence names (the idea's own words, or the clause before)
            # (review s47: the idea's own object is a sending, or the idea ends the sentence
            # after troops named before; not "the plan to fund it", "the idea of a ceasefire")
            sending = low[e:e + 1] == ["of"] and (
                low[e + 1:e + 2] != [] and low[e + 1] in _PROPOSED_GERUNDS
                or _troops_near(sent, e + 1, 3))
            ends = low[e:e + 1] in ([], ["."], [";"], ['"'], ["”"])
            return "declines" if words & TROOP_WORDS and (sending or ends) else None
        if cue[0] == "without":  # (s31) "will help the force without sending soldiers"
            return None if not (NEGATIONS | {"cannot", "impossible", "unthinkable"}).isdisjoint(
                low[sent.clause_start(s):s]) else "declines"  # not "peace cannot be kept without sending troops"
        if cue[0].startswith("distanc"):  # (s23) "distanced themselves from the idea": of
            # the deployment its sentence names
            return "declines" if {"idea", "plan", "proposal", "initiative", "sending",
                                  "deploying", "deployment", "mission"} & set(low[e:e + 3]) and \
                words & (TROOP_WORDS | {"peacekeeping", "deployment"}) and \
                _TALK_TOPICS.isdisjoint(low[e:e + 2]) else None  # not "from talk of" (15j)
        if cue[0] == "against" and s > 0 and low[s - 1] in _VOTE_WORDS and \
                not sent.free_mentions(sent.clause_start(s), s):
            return None  # (s23) "party Reform UK will vote against the deployment of British
            # troops": a party's vote, not the nation whose troops it names
        if _before_the_premise(low, e):
            return None  # "out of the question before a real ceasefire": refused only before
            # the force's premise, which is no refusal of the force (S4, 15v)
        if cue[0] in _RULE_WORDS and e < len(low) and low[e] in _OTHER_SENDERS:
            return None  # "did not rule out NATO sending troops": another's sending (S16, 15v)
        if cue[-1] in _DEPLOY and not (_FIGURE_WORDS | _DETAILS).isdisjoint(low[e:e + 3]):
            return None  # "did not provide the number of troops": no answer, no refusal (15v)
        if any(w in _TELLING_VERBS for w in low[e - 1:e + 2]) and \
                not (_FIGURE_WORDS | _DETAILS).isdisjoint(low[e:e + 5]):
            return None  # (s55) "has refused to confirm the number of troops intended for the
            # mission": an answer withheld, no refusal to send
        if cue[-1] == "such" or cue[1:2] == ["such"]:
            # "Warsaw was not currently planning any such actions" (the sentence names the
            # troops), "no such actions are currently planned" (15s)
            if cue[0] == "no" and not _PLANNED & set(low[e:e + 4]) and cue[-1] not in (
                    "plans", "plan", "intentions", "intention"):
                return None  # (s23: "Germany has no such plans": the plans are the intent)
            return "declines" if words & TROOP_WORDS else None
        if cue[0] in _RULE_WORDS and _CONSCRIPTION & set(low[e:e + 5]) and \
                TROOP_WORDS.isdisjoint(low[e:e + 2]):
            return None  # (s47) "ruled out reinstating compulsory military service": the draft
            # at home, not troops for Ukraine
        if cue[0] in _RULE_WORDS and _TALK_TOPICS & set(low[e:e + 4]):
            return None  # "ruled out any immediate discussion on deploying troops" (15s)
        if cue[0] in _RULE_WORDS and _SETTLEMENTS & set(low[e:e + 3]) and \
                TROOP_WORDS.isdisjoint(low[e:e + 4]):
            return None  # (s23) "firmly ruled out any peace deal dictated by Moscow": the
            # deal refused, not the troops the sentence names before
        if cue[0] == "not" and len(cue) == 2 and cue[1] in _ENVISAGE and _share_in_force(low, e):
            return "declines"  # "does not envisage Italy's participation in a possible
            # military presence": a share in a military presence or force as the object (15zc)
        if cue[0] == "not" and len(cue) == 2:  # "would provide logistics, but not troops"
            return "declines" if low[s - 1:s] == ["but"] and not words.isdisjoint(
                _DEPLOY | {"providing", "sending", "offer", "offered"}) else None
        if cue[-1] in _PASSIVE_GOING:  # "Polish troops are not expected to be deployed" (15v)
            lo = sent.clause_start(s)
            return "declines" if TROOP_WORDS & set(low[lo:s]) and sent.free_mentions(lo, s) \
                else None
        if cue[-1] in ("this", "that", "it") and cue[-2:-1] == ["like"]:
            return "declines" if words & TROOP_WORDS else None  # (15v; else the context)
        if cue[-1] == "with":  # "disagreed with the proposal to send troops" (15v)
            return "declines" if not REJECT_OBJECTS.isdisjoint(low[e:e + 6]) and (
                _troops_near(sent, e, 10)) else None
        if cue[0] in ("resisted", "resist", "resists", "resisting", "balked", "balk", "balks"):
            if cue[0] == "resist" and s > 0 and low[s - 1] in ("to", "could", "would", "can") and \
                    low[e:e + 1] in (["a"], ["an"], ["any"], ["the"]) and \
                    not _ATTACK_WORDS.isdisjoint(low[e + 1:e + 5]):
                return None  # (s36) "troops ... would be able to resist a Russian attack":
                # what the troops could withstand, no refusal (not "has resisted sending
                # troops against Russian aggression")
            return "declines" if words & TROOP_WORDS else None
        if cue[0] in ("opposition", "resistance") or (
                cue[0] == "opposed" and low[e:e + 1] == ["by"]):
            # the agent opposes: "opposed by several European countries, notably Germany"; "it
            # (the idea, the proposal) provoked opposition from ..." (15q)
            return "declines" if words & (TROOP_WORDS | {"it", "idea", "proposal", "plan"}) \
                else None
        if cue[0] == "opposed" and _clause_ends(low, e) and s > 0 and (
                low[s - 1] in ("is", "are", "was", "were", "remain", "remains") or (
                    s > 1 and low[s - 2] in ("is", "are", "was", "were", "remain", "remains"))):
            return "declines"  # "Poland, Slovakia, and Hungary are firmly opposed." (15q)
        if cue[0] in ("opposes", "opposed", "oppose", "opposing"):
            return "declines" if set(low[e:e + 3]) & REJECT_OBJECTS or (
                words & TROOP_WORDS and _SUCH_MOVE & set(low[e:e + 3])) else None
        if cue[-1] == "of" and cue[1:2] == ["out"]:  # "will stay out of the mission"
            return "declines" if set(low[e:e + 4]) & FORCE_OBJECTS or _troops_near(sent, e, 5) \
                else None
        if cue[0] == "out":  # "sending troops is out of the question"
            return "declines" if words & TROOP_WORDS else None
        if cue[-1] in ("no", "to") and cue[-2:-1] in (["be"], ["no"]):
            # "there will be no Spanish troops", "said no to sending troops"
            return "declines" if _troops_near(sent, e, 4) else None
        if cue[-1] in ("consideration", "considered", "contemplated", "discussed", "planned") \
                and cue[0] in ("not", "n't"):
            # (s35) "sending German troops is not currently under consideration": as "not on
            # the table", the topic's troops or pledge noun before it
            topic = set(low[sent.clause_start(s):s])
            refused = words & TROOP_WORDS or (
                _PLEDGE_NOUNS & topic and not TALK_OBJECTS & topic) or \
                {"decision", "deployment"} & topic
            if refused and _not_yet_for_want_of_peace(cue, low[e:e + 14]):
                return "undecided"  # (s42) "is not currently under consideration due to the
                # absence of a peace agreement": not before a peace, no refusal (two stories)
            return "declines" if refused else None
        if cue[-1] in ("agenda", "table"):
            if cue[0] in ("not", "never") and cue[1] not in ("on", "even", "yet", "currently", "been"):
                return None  # "not the table": no cue
            if cue[1:2] == ["been"] and low[e:e + 1] in (["of"], ["at"], ["for"]):
                return None  # (second review s58) "have not been on the agenda of the talks so
                # far (at today's meeting)": a meeting's agenda, no refusal
            # "participation wasn't off the table" (15n): a pledge noun is the topic too
            topic = set(low[sent.clause_start(s):s])
            off = bool(words & TROOP_WORDS or (_PLEDGE_NOUNS & topic and not TALK_OBJECTS & topic))
            if off and cue[0] == "not" and "yet" in cue + low[e:e + 1]:
                return "undecided"  # (s55) "is not even on the table yet": not before the
                # decision, as "no plans to send troops yet" (15v)
            return "declines" if off else None
        if cue[0] == "no" and cue[1] in ("plans", "plan") and "yet" in low[e:e + 10]:
            return "undecided" if _troops_near(sent, e, 8) else None  # "no plans to send
            # troops yet": a decision still to come (15v)
        if cue[0] == "no" and cue[-1] in ("for", "of"):
            return "declines" if _troops_near(sent, e, 8) else None
        if cue[0] == "not" and cue[1] in ("envisage", "foresee", "contemplate", "contemplating",
                                          "considering"):
            return "declines" if _troops_near(sent, e, 8) or "sending" in low[e:e + 3] \
                else None
        if cue[0] == "without":
            return "declines" if _troops_near(sent, e, 4) else None
        if cue[0] in ("offered", "offers", "offering", "promised", "promises"):
            return "declines"  # 'offered "no national participation"': the cue names it (s15)
        if cue[0] in _AGREE and _bare_object(low, e, words):
            return "declines"  # "Poland, Spain and Italy declined to contribute."
        if low[e:e + 1] == ["any"] and (low[e + 1:e + 2] in ([], ["."], [","])
                                        or low[e + 1:e + 3] == ["to", "ukraine"]
                                        and low[e + 3:e + 4] in ([], ["."], [","])) and \
                words & TROOP_WORDS:  # (s56: "keeps 5,000 troops in Lithuania and will not send
            # any to Ukraine")
            return "declines"  # "with 200,000 soldiers, ... but will not send any."
        if cue[-1] == "out" and len(cue) == 3:
            return "declines" if words & TROOP_WORDS else None  # "ruled it out"
        if cue[0] in ("ruled", "rules", "rule", "ruling") and \
                not _OTHER_RULED_OUT.isdisjoint(low[e:e + 4]):
            return None  # (s36) "ruling out any postwar demilitarisation of Ukraine": another
            # matter ruled out, not troops
        if cue[0] in ("ruled", "rules", "rule", "ruling") and e < len(low) and \
                low[e] in ("the", "such", "it", "this", "that", "any") and words & TROOP_WORDS:
            return "declines"  # "ruled out such a move", "has not ruled out the possibility"
        if cue[-1] in _DEPLOY_BARE and _onto_ukraine(low, e):
            return "declines"  # (s55) "Poland will not deploy on Ukrainian soil", "will not
            # deploy inside Ukraine": the troops left out, the place in Ukraine named
        return "declines" if _troops_near(sent, e, 8) else None
    if stance == "leading":
        if cue[-1] == "by":
            return "leading" if any(w in LEAD_OBJECTS for w in low[max(0, s - 4):s]) else None
        return "leading" if any(w in LEAD_OBJECTS for w in low[e:e + 3]) else None
    if stance == "talks":  # "the talks ... involve Poland"
        return "talks" if any(w in TALK_OBJECTS for w in low[:s]) else None
    if stance == "constitution":
        troopish = words & (TROOP_WORDS | {"deploy"})
        if troopish == {"force"} and "use of force" in " ".join(low):
            return None  # "only permits the use of force for self-defence": force as violence,
            # not a force sent (S7, 15v)
        if words & LIMIT_WORDS and troopish:
            return "conditional"
        return None
    if stance == "parliament":
        if not words.isdisjoint(_REMOVING) and not words.isdisjoint(_REQUIREMENTS):
            return None  # "legislative changes to remove a restriction that requires UN
            # approval": a condition being removed (15v)
        if any(w in ("decisions", "decision", "decide") for w in low[e:e + 6]) and \
                not {"will", "would", "must"}.isdisjoint(low[e:e + 6]) and \
                words & (TROOP_WORDS | _PLEDGE_NOUNS) and not words & {"approved", "voted"}:
            return "conditional"  # "the government and the Bundestag will make decisions on
            # the German contribution" (15v)
        if words & {"approved", "voted", "authorised", "authorized"} and not words & {
                "would", "will", "needs", "need", "require", "requires", "must"} and \
                _AWAITED.isdisjoint(low[max(0, s - 4):s]):  # (review s58: not "ready to send
            # troops, but only after the Eduskunta has approved it": an approval awaited)
            if not words.isdisjoint(_PROHIBIT):
                return None  # "approved a declaration that restricts the deployment" (15v)
            if any(a in ("may", "must", "can", "shall") and b == "not"
                   for a, b in zip(low[e:], low[e + 1:], strict=False)):
                return None  # (s18) "voted to approve a declaration that the Bulgarian armed
                # forces may not participate in military actions": a limit voted, no sending
            return "ready" if words & (TROOP_WORDS | {"deploy", "sending"}) else None
        if words & APPROVAL_WORDS and words & (TROOP_WORDS | {"deploy", "sending"}):
            return "conditional"
        if any(low[k] in ("decided", "determined") and low[k + 1] == "by" for k in range(s)) and \
                words & (TROOP_WORDS | _PLEDGE_NOUNS):
            return "conditional"  # "a German contribution will be decided by the Bundestag"
        return None
    if stance == "rejects":
        if _own_troops_refused(sent, e):
            return "declines"  # (s55) "Tusk outright rejected the idea of sending Polish
            # troops": a nation's own troops refused, not the force rejected
        if not _TALK_TOPICS.isdisjoint(low[e:e + 3]):
            return None  # "rejects premature debate on peacekeepers": the debate (S4, 15v)
        if cue[0] == "unacceptable":
            if low[e:e + 1] == ["to"] and any(e < m.start <= e + 3 for m in sent.mentions):
                return None  # (s42) "Starmer's proposed coalition ... is unacceptable to Vladimir
                # Putin": the refusal is the one named after "to", not the plan's proposers'
            if not _FIGURE_WORDS.isdisjoint(low[max(0, s - 5):s]):
                return None  # "recognised this figure as unacceptable": a number judged too
                # high for its army, not a refusal of the force (15t)
            return "rejects" if words & (TROOP_WORDS | {"presence"}) else None
        rejected = next((w for w in low[e:e + 4] if w in REJECT_OBJECTS), None)
        if rejected == "any" and TROOP_WORDS.isdisjoint(low[e:e + 7]) and (
                REJECT_OBJECTS - {"any", "it", "this"}).isdisjoint(low[e:e + 7]):
            return None  # (s31) "rejected any possibility of complying with Kremlin
            # ultimatums": not the force, nor a plan
        if rejected is not None:
            return "rejects"
        # "dismissed a UK-France plan", "rejected the Franco-British proposal": the object after
        # the proposers' label (15x)
        k = e
        while k < min(len(low), e + 8) and (low[k] in _LABEL_FILLER or any(
                m.start <= k < m.end for m in sent.mentions)):
            k += 1
        return "rejects" if k > e + 3 and k < len(low) and low[k] in REJECT_OBJECTS else None
    if stance == "supports":
        return "supports" if any(w in SUPPORT_OBJECTS for w in low[e:e + 4]) else None
    return None


_FIGURE_WORDS = frozenset({"figure", "figures", "number", "numbers", "size", "total", "amount",
                           "cost", "costs", "price", "level", "estimate"})


_BE_ETC = frozenset({"is", "be", "are", "was", "were", "remains", "remain", "being", ",",
                     "entirely", "largely", "fully", "all", "would", "will"})


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
                rest & {"guarantee", "guarantees", "backing"} and rest & _US_WORDS)
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
    if "?" in low:
        return None
    later = _later_terms(low)
    if later is not None:
        return later
    us_first = _us_backing_required(low)
    if us_first is not None:
        return us_first
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
        if got & _HOUSES_BEFORE and got & {"approved", "before", "approve", "through"}:
            end = k + 1 + next(i for i, x in enumerate(window) if x in _HOUSES_BEFORE)
            return "parliament", k, end + 1
    return None


# (s60) the houses a deployment goes before
_HOUSES_BEFORE = frozenset({"parliament", "congress", "bundestag", "chamber", "assembly", "sejm",
                     "riksdag", "storting", "folketing", "eduskunta", "seimas", "saeima",
                     "riigikogu", "senate", "house", "cortes", "oireachtas", "dail", "diet"})


_NEEDED_FOR = frozenset({"required", "needed", "essential", "vital", "crucial", "necessary",
                         "indispensable", "need", "needs", "require", "requires"})
_FOR_IT = frozenset({"this", "it", "that", "us", "them"})


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
        if need_after is not None and not _FOR_IT.isdisjoint(after[need_after + 1:need_after + 3]):
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
        if w in _CALLED_FORCES and words[k + 1:k + 2] in (["are"], ["is"], ["were"], ["be"]):
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
    for k, w in enumerate(tail):  # another clause's condition is not this cue's (15q)
        if w in ("while", "whereas", ";"):
            tail = tail[:k]
            break
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
        # "ready to join international forces with an appropriate mandate" (15j)
        or (a == "with" and "mandate" in tail[k + 1:k + 4])
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
        a == "provided" and (k == 0 or tail[k - 1] in (",", ";")) and
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
    if not marker and not (
        {"requires", "require", "needs", "need", "needed", "required"} & set(tail)
        and set(tail) & (_PARLIAMENT_WORDS | {"mandate", "approval", "consent", "backstop",
                                             "backing"})
        # (s31) "ready to send troops, but a US backstop will be vital (there must be one)"
        or _ESSENTIAL & set(tail) and "backstop" in tail
        # (s31) "..., but there has to be American backing"
        or _us_required(tail)
    ) and not _wants_guarantee(tail):
        return None
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
                _BACKING | {"support", "cover", "involvement"})
    return False
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


# "questions to be clarified before committing": not decided yet
_QUESTIONS = frozenset({"questions", "question", "clarity", "clarified", "clarify", "clarification",
                        "details", "assess", "study"})
# "would like to participate in the contingent": a wish, not an offer
_WISHES = (("would", "like", "to"), ("wants", "to"), ("want", "to"), ("hopes", "to"),
           ("hope", "to"), ("wishes", "to"), ("keen", "to"),
           # past tense (issue 15q): "signaled they wanted to participate in the mission"
           ("wanted", "to"), ("hoped", "to"), ("wished", "to"))
_WISH_VERBS = frozenset({"wants", "hopes", "wishes"})
# someone's advice to a nation, and views from outside its government, are not its stance
_RECOMMEND = frozenset({"should", "ought", "shouldn't"})
_OUTSIDE_GOVERNMENT = frozenset({"opposition", "lawmaker", "lawmakers", "poll", "survey",
                                 "respondents",
                                 "candidate"})  # "the most likely candidate for chancellor" (s17)
# (s24) "the French public opposed sending troops": the people or their opinion, right after
# the nation's name, not the government
_PUBLIC = frozenset({"public", "people", "voters", "citizens", "population", "electorate",
                     "society", "media", "press"})
# (s45) the opposition's leaders of 2024-2026 in the contributing nations, quoted by name alone
# ("Mathilde Panot, leader of La France Insoumise, said that France could send up to 6,000
# soldiers"): their view of what the nation could do, not the government's
# (review s56: not "nationalist", "populist", "green": labels of governing parties too)
_OPPOSITION_PARTIES = frozenset({"left", "opposition", "far-left"})
_OPPOSITION_FIGURES = frozenset({"panot", "mélenchon", "melenchon", "bardella",
                                 "farage", "badenoch", "weidel", "chrupalla", "wagenknecht",
                                 "dagdelen", "schlein", "poilievre", "dutton", "davey"})
# (s24) "foreign-policy specialist X argued that Berlin must be prepared to put soldiers": an
# outside voice's view, wherever in the sentence before the nation it speaks
OUTSIDE_VOICES = frozenset({"expert", "experts", "analyst", "analysts", "specialist",
                            "commentator", "commentators", "parliamentarian", "parliamentarians",
                            "legislator", "legislators",
                            # (s34) "Some German politicians ... have said that Germany should not
                            # rule out ...": party voices, not the government (not "the ÖVP
                            # politician Karl Nehammer", the chancellor: s29)
                            "politicians", "mep", "meps", "backbencher", "backbenchers"})
_OUTSIDE_GOVERNMENT |= OUTSIDE_VOICES


def opposition_speaks(sent: Sent, before: int) -> bool:
    """(s45) One of the opposition's leaders speaks before token ``before``: the name, then a
    speech verb with no nation named between ("Mathilde Panot, leader of La France Insoumise,
    said that France could send ..."), not the name as a topic ("Farage's remarks came after
    Britain and France announced their willingness")."""
    low = sent.lower
    named = {j for m in sent.mentions for j in range(m.start, m.end)}
    for k in range(min(before, len(low))):
        # "one party leader noting that France could contribute ...": a party's voice (briefed
        # by the government), not the government's
        if low[k] not in _OPPOSITION_FIGURES and not (
                low[k] in ("leader", "leaders", "chief") and low[k - 1:k] == ["party"]) and not (
                low[k] == "party" and low[k - 1:k] != [] and low[k - 1] in _OPPOSITION_PARTIES
                and not {"ruling", "governing"} & set(low[max(0, k - 3):k])):
            continue  # (s56) "the Left party says it is opposed to sending German troops"
        verb = next((j for j in range(k + 1, min(before, k + 20)) if low[j] in _SPEAKING), None)
        if verb is None:
            continue
        # the verb's own subject, a nation right before it: "Britain and France announced"
        # (not "leader of La France Insoumise, said": a party's name in the apposition)
        if not any(k < m.start < verb and all(j in named or low[j] in _SUBJECT_GLUE
                                              for j in range(m.end, verb))
                   for m in sent.mentions):
            return True
    return False


_SPEAKING = SPEECH | {"noting", "saying", "adding", "arguing", "claiming", "suggesting",
                     "stating", "telling", "insisting", "warning"}
_SUBJECT_GLUE = frozenset({"and", ",", "also", "has", "have", "had", "both", "jointly", "then"})
# (s24) "most Germans oppose sending troops": a share of the people, not the government
_SHARE_OF_PEOPLE = frozenset({"most", "many", "few", "some", "of"})
_RIVALS = frozenset({"competitor", "competitors", "rival", "rivals", "challenger", "challengers"})


_SAID_AFTER = frozenset({"said", "says", "stated", "argued", "argues", "added", "wrote",
                         "according", "suggested", "suggests", "believes", "thinks"})
_CHAMBERS = frozenset({"bundestag", "parliament", "parliamentary", "congress", "sejm", "senate",
                       "assembly"})
# not "politician": '"I will not send any soldiers," said the SPD politician' is the chancellor
_MEMBERS_OUTSIDE = frozenset({"mp", "mps", "lawmaker", "mep", "meps"})
# what may follow a speech verb that ends the attribution (", the parliament member said on
# Tuesday."): the speaker is then read before the verb
_AFTER_SAID = frozenset({".", ",", "on", "in", "at", "yesterday", "today", "earlier", "last",
                         "this", "late"})


def said_by_outsider_after(low: list[str], e: int) -> bool:
    """(s29) A speech verb after the cue ending at ``e`` whose speaker, within six words, is an
    outside voice: ", said CDU security policy expert X", ", the Bundestag member stated"."""
    for k in range(e, len(low)):
        if low[k] not in _SAID_AFTER:
            continue
        # the speaker after the verb (", said CDU expert X") or, when the verb ends the
        # sentence, before it (", the Bundestag member stated.")
        window = low[max(e, k - 6):k] if k + 1 >= len(low) or low[k + 1] in _AFTER_SAID \
            else low[k + 1:k + 7]
        if not OUTSIDE_VOICES.isdisjoint(window) or _MEMBERS_OUTSIDE & set(window) or \
                "retired" in window or any(  # (s60) ", a retired Swedish general has suggested"
                w == "member" and j > 0 and window[j - 1] in _CHAMBERS
                for j, w in enumerate(window)):
            return True
    return False


def _outsider_said_of(low: list[str], actors: list[Mention], s: int) -> bool:
    """(s34) "Some German politicians ... have said that Germany should not rule out ...": the
    nation's own adjective names the outside voices that speak of it (the speakers' mention is
    among the actors, so the words before the first actor say nothing)."""
    first = min(actors, key=lambda a: a.start)
    return len({a.iso3 for a in actors}) == 1 and len(actors) > 1 and \
        low[first.end:first.end + 1] != [] and low[first.end] in OUTSIDE_VOICES and \
        any(w in SPEECH for w in low[first.end:s])


def outside_government(low: list[str], m: Mention, s: int) -> bool:
    """The nation at ``m`` names a party outside its government that holds the view: "Australian
    opposition skeptical about troop deployment", "the German opposition leader", or a rival of
    the leader's party speaks before the cue at ``s`` ("his party's main competitor, the
    Christian Democrats, indicated they would be open to it"; s17)."""
    end = m.end
    while low[end:end + 1] in (["and"], ["or"], [","]) and low[end + 1:end + 2] and \
            low[end + 1] in _DEMONYM_NATION:
        end += 2  # (s45) "French and German voters balk at sending peacekeepers": the people of
        # both, each adjective's noun the one after the last
    near = low[end:end + 3]
    if near[:1] in (["'s"], ["’s"]):
        near = near[1:]
    if near[:1] and (near[0] in _OUTSIDE_GOVERNMENT or near[0] in _PUBLIC) and not (
            near[0] == "opposition" and near[1:2] == ["to"]):
        return True  # (s30) not "Spain's opposition to sending troops": the nation's stance
    if any(w in _PARTY and (j == 0 or near[j - 1] not in ("a", "an"))
           for j, w in enumerate(near)) and _CABINET.isdisjoint(low[m.end:m.end + 7]):
        return True  # (s29) "The German Green Party is ... suggesting a willingness to consider
        # Bundeswehr deployments": a party's view, in government or not, is not the nation's
    if m.start > 0 and low[m.start - 1] in _SHARE_OF_PEOPLE and low[m.end - 1].endswith("s") and \
            low[m.end - 1] not in ("states", "countries", "nations"):
        return True
    return m.end <= s and not _RIVALS.isdisjoint(low[m.end:s])


_CABINET = frozenset({"government", "governments", "cabinet", "administration", "coalition"})
_PARTY = frozenset({"party", "parties", "faction",
                    # parties named after the nation ("Germany's CDU to join ..."): the main
                    # contributors' parties, by their short names
                    "cdu", "csu", "spd", "afd", "bsw", "fdp", "greens", "linke", "labour",
                    "tories", "conservatives", "lega", "pvv", "vvd", "lfi"})
# (s60) staying out of the force: "will sit out", "has opted out of", "will stay out of"
_OUT_VERBS = frozenset({"sit", "sits", "sat", "sitting", "stay", "stays", "stayed", "staying",
                        "opt", "opts", "opted", "opting", "keep", "keeps", "kept", "keeping"})
# (s60) what money offered is counted in
MONEY_WORDS = frozenset({"euros", "euro", "dollars", "dollar", "pounds", "kroner", "krona", "kronor",
                         "francs", "yen", "€", "$", "£", "funding", "financially", "finance",
                         "financing", "fund", "funds", "money", "budget"})


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
_REQUESTS = frozenset({"requests", "request", "invitations", "invitation", "calls", "proposals"})
_WEIGHING = frozenset({"evaluating", "evaluates",  # (s36)
                       "considering", "considers", "consider", "weighing", "mulling", "studying",
                       "exploring", "whether", "about", "discussing", "debating"})
_PLEDGES = frozenset({"commitment", "pledge", "offer", "contribution"})
_OFFERED = frozenset("troops soldiers forces personnel peacekeepers contingent company battalion boots "
                     "unit actual".split())
_HOW_MUCH = frozenset({"size", "scale", "number", "how", "format", "shape", "form"})
_PLEDGE_NOUNS = frozenset({"participation", "contribution", "involvement", "commitments",
                           "commitment", "deployment", "role"})
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


def _kept_on_terms(tail: Sequence[str]) -> bool:
    """(review s58) "unless they secure US backing", "if Washington refuses a backstop": an
    "unless" or "if" whose clause names terms (the US, a backstop, parliament, a mandate); not
    "unless you believe the briefings from Paris"."""
    k = next((j for j, w in enumerate(tail) if w in ("unless", "if")), None)
    if k is None:
        return False
    words = set(tail[k + 1:k + 10])
    return not words.isdisjoint(_US_WORDS | _COVER | _PARLIAMENT_WORDS | _MANDATE_WORDS)


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
        if low[k] == "unless" or (low[k] == "if" and low[k - 1] != "even" and not only_unless
                                  and not _if_needed(low[k + 1:k + 4])):
            return True
    return False


_NEEDED = ("necessary", "needed", "required")
_CLAUSE_VERBS = frozenset({"remains", "remain", "stays", "stay", "continues", "continue", "will",
                           "would", "can", "could", "has", "have", "is", "plans", "wants"})


def _if_needed(after_if: list[str]) -> bool:
    """"if necessary", "if needed", "if it deems necessary", (s45) "if it is necessary (for the
    good of Ukraine)": no condition named (s18)."""
    return after_if[:1] in (["necessary"], ["needed"], ["required"]) or (
        "necessary" in after_if and not {"deems", "deemed", "deem"}.isdisjoint(after_if)) or (
        after_if[:2] in (["it", "is"], ["it", "was"], ["it", "becomes"], ["they", "are"])
        and after_if[2:3] != [] and after_if[2] in _NEEDED)


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
    if stance in ("ready", "open") and statement_withheld(low, s):
        return True
    if stance in ("ready", "open") and _inverted_negation(low, sent.clause_start(s), s):
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
    return any(w in NEGATIONS for w in near) or (
        s > 0 and low[s - 1] in ("without", "cannot")
    ) or not {"neither", "none"}.isdisjoint(low[sent.clause_start(s):s])  # "Neither Spain nor
    # Portugal will send"; (s59) "the holdouts: none plans to send soldiers"


def _owned_plan(sent: Sent, s: int) -> bool:
    """(s41b) The cue at ``s`` is "plan (proposal, suggestion) by (of) <nation>": a plan with
    named owners, whatever the sentence's subject thinks of it."""
    low = sent.lower
    if low[s] in _PLAN_NOUNS and low[s - 1:s] in (["'s"], ["’s"]) and any(
            m.end == s - 1 and m.iso3 not in _NOT_CONTRIBUTORS for m in sent.mentions):
        return True  # (s58) "Russia dismissed Macron's plan (proposal) to deploy troops"
    return low[s] in _PLAN_NOUNS and low[s + 1:s + 2] in (["by"], ["of"]) and any(
        s + 2 <= m.start <= s + 3 and m.label != "PERSON" for m in sent.mentions)


_UNWISE = frozenset({"unwise", "wrong", "mistake", "foolish", "irresponsible", "unthinkable"})


_INTENT_NOUNS = frozenset({"plans", "plan", "intention", "intentions"})
_HARDLY = frozenset({"hardly", "scarcely", "barely"})


# issue 15n: the plan leaders' own readiness (settled convention, docs/evidence.md §5)
_SIGN_VERBS = frozenset({"signed", "signing", "sign", "signs", "executed", "reached"})  # (s18: "executed a
# trilateral 'Declaration of Intent' ..., addressing the ... deployment of a multinational force")
_SIGN_OR_ADOPT = _SIGN_VERBS | {"agreed", "adopted"}
_DOCUMENTS = frozenset({"declaration", "statement", "document", "agreement", "pact", "accord",
                        "deal", "letter", "memorandum"})  # (s18: "a trilateral memorandum on")
_DEPLOYMENT_WORDS = frozenset({"deploy", "deploying", "deployment", "send", "sending", "station",
                               "stationing", "dispatch", "dispatching",
                               # (s24) "allowing for the presence of troops", "including
                               # establishing military hubs"
                               "presence", "establishing", "establish"})
_HUBS = frozenset({"hubs", "hub", "bases", "base"})
# what a signed document is about when it is not the deployment ("a declaration on security
# guarantees" commits no troops)
_NOT_DEPLOYMENT = frozenset({"guarantees", "guarantee", "assurances", "support", "aid", "funding",
                             "training", "."}) | BOUNDARY_WORDS
_FORCE_NOUNS = TROOP_WORDS - _VERBAL_TROOP_WORDS - {"military", "mission", "operation"}


def _is_document(w: str) -> bool:
    return w in _DOCUMENTS or w.startswith("declarat")  # (15v: "Declaratio", a typo)


_COMMITTING = frozenset({"committing", "commits", "pledging", "pledges"})


_OUTLINES = frozenset({"outlines", "outlined", "sets", "envisages", "envisaged", "provides",
                       "foresees", "paves", "lays"})


_ENABLING = frozenset({"enabling", "enables", "enable", "allowing", "allows", "permitting",
                       "permits", "authorising", "authorizing"})
_DEPLOY_VERBS_AFTER = frozenset({"deploy", "operate", "enter", "be", "station", "go"})


def _forces_to_deploy(low: list[str], k: int) -> int | None:
    """(s42) The end of "... forces to deploy (operate) in Ukraine" from ``k``: a force noun within
    six words, then "to" and a verb of deploying."""
    for j in range(k, min(len(low) - 2, k + 6)):
        if low[j] in ("force", "forces", "troops", "soldiers", "contingent") and \
                low[j + 1] == "to" and low[j + 2] in _DEPLOY_VERBS_AFTER and \
                (low[j + 2] != "be" or low[j + 3:j + 4] in (["deployed"], ["stationed"])):
            return j + 3
        if low[j] in (".", ";", ","):
            return None
    return None


def _signed_deployment(low: list[str], s: int) -> int | None:
    """End of "signed a declaration (of intent) on / to the deployment of forces" from the verb at
    ``s``, or None: the signers commit their forces (a declaration on guarantees does not).
    The deployment may come after an aside ("signed a declaration of intent, alongside X, on
    deploying troops") or stand bare ("a declaration ... outlining a future deployment"; 15v)."""
    doc = next((k for k in range(s + 1, min(len(low), s + 7)) if _is_document(low[k])), None)
    if doc is None:
        return None
    for k in range(doc + 1, len(low)):
        if low[k] in ("which", "that") and low[k + 1:k + 2] and low[k + 1] in _OUTLINES:
            continue  # (s22) "a declaration ..., which outlines plans for deploying troops"
        if (low[k] in _NOT_DEPLOYMENT and low[k] not in BOUNDARY_WORDS and low[k] != "."
                and "including" in low[k + 1:k + 10]):
            continue  # (s24) "an intent declaration to provide security support ..., including
            # establishing military hubs": what the support includes may be a deployment
        if low[k] in _NOT_DEPLOYMENT or low[k] in _PROHIBIT:
            return None  # (15v: "a declaration prohibiting the sending of troops")
        if low[k] in ("not", "n't", "never", "no"):
            return None  # (s56) "countries that signed the declaration have said they will not
            # send troops": the signers' refusal, which its own cue reads
        if low[k] in ("troops", "soldiers", "forces") and low[k - 1] in ("their", "its", "our"):
            return k + 1  # (s18) "a declaration ... that paves the way for their troops to take
            # part in a Multinational Force"
        if low[k] in _ENABLING and k - doc <= 5:
            end = _forces_to_deploy(low, k + 1)
            if end is not None:
                return end  # (s42) "signed a declaration of intent enabling partner forces to
                # operate in Ukraine after a verified ceasefire", "... enabling a European-led
                # multinational force to deploy in Ukraine"
        if low[k] in _DEPLOYMENT_WORDS or low[k] in _COMMITTING:
            # (s18: "signed a historic agreement committing to boots on the ground")
            for j in range(k + 1, min(len(low), k + 7)):
                if low[j] in _FORCE_NOUNS or low[k].startswith("establish") and low[j] in _HUBS:
                    return j + 1
                if low[j] in _NOT_TROOPS:
                    return None
                if low[j] in _NOT_DEPLOYMENT:
                    break
            if low[k] == "deployment" and (k + 1 == len(low) or low[k + 1] in _BARE_DEPLOYMENT_END):
                return k + 1  # "a potential future deployment." / "force deployment in ..."
            return None
    return None


# (s25) what may follow a bare "declaration of intent" that names no object: its signing, its
# signers, its place ("a declaration of intent was signed with Macron and Starmer", "in a
# declaration of intent signed by France, the UK and Ukraine")
_AFTER_BARE_INTENT = frozenset({"was", "were", "has", "had", "signed", "by", "with", "in", "at",
                                "between", ",", ".", ";", "earlier", "last", "on"})


def _bare_intent(low: list[str], doc: int) -> int | None:
    """End of a bare "declaration of intent" at ``doc`` (no object: "on drone production" is
    one, "on Tuesday" is not), or None. The force's declaration of intent is the one the
    reports name bare (Paris, January 2026: the signers' forces to deploy after a ceasefire,
    docs/evidence.md §5's settled convention); a declaration of intent on anything else names
    its object."""
    if low[doc:doc + 3] != ["declaration", "of", "intent"]:
        return None
    end = doc + 3
    nxt = low[end] if end < len(low) else "."
    if nxt not in _AFTER_BARE_INTENT:
        return None
    if nxt == "on" and not (end + 1 < len(low) and (low[end + 1] in _DATE_WORDS or
                                                    low[end + 1][:1].isdigit())):
        return None  # "on the deployment ..." is read by _signed_deployment; "on drones" no
    return end


_DATE_WORDS = MONTHS | frozenset({"monday", "tuesday", "wednesday", "thursday", "friday",
                                  "saturday", "sunday"})


def _passive_signers(sent: Sent, s: int) -> tuple[list[Mention], int] | None:
    """A document on deploying forces signed in the passive ("A Declaration of Intent was signed
    in Paris by Ukraine, France and the UK, outlining plans for deploying multinational forces"):
    the nations after *by* and the end of the deployment, or None."""
    low = sent.lower
    if s < 2:
        return None
    if low[s - 1] in ("was", "were", "been", ","):
        doc = next((k for k in range(s - 2, max(-1, s - 8), -1) if _is_document(low[k])), None)
    else:  # (s22) "a recent declaration of intent signed by the UK, France and Ukraine, which
        # outlines plans for deploying troops": the participle right after the document
        doc = next((k for k in range(s - 1, max(-1, s - 4), -1) if _is_document(low[k])), None)
        if doc is not None and any(w not in ("of", "intent") for w in low[doc + 1:s]):
            doc = None
    if doc is None:
        return None
    end = _signed_deployment(low, doc - 1)  # read from the document on, as the active form
    if end is None:
        end = _bare_intent(low, doc)
    by = next((k for k in range(s + 1, min(len(low), s + 6)) if low[k] in ("by", "with")), None)
    if end is None or by is None:
        return None
    first = next((m for m in sent.mentions if by < m.start <= by + 3), None)
    if first is None:
        return None
    signers = [m for m in sent.coordinated(first) if m.start > by and m.iso3 not in
               HOST_AND_ADVERSARY]  # Ukraine signs as the host, not as a contributor
    return (signers, end) if signers else None


_WITH_NOUNS = frozenset({"deal", "agreement", "accord", "settlement", "talks", "negotiations",
                         "ceasefire", "truce", "peace", "war", "conflict", "border", "relations",
                         "dialogue", "treaty"})
_BARE_DEPLOYMENT_END = frozenset({".", ",", ";", "in", "to", "after", "following", "once"})
_SIGNED_WITH = frozenset({"alongside", "with"})
_WHO = frozenset({"who", "which"})


def _signers(sent: Sent, s: int) -> list[Mention]:
    """The nations that sign at the sign verb ``s`` (15v): every nation or leader of its subject
    ("President of France Emmanuel Macron and Prime Minister of Great Britain Keir Starmer
    signed": a nation after a title's "of" too), a relative clause's antecedent ("France and
    Britain, who have signed"), and those it signs *alongside* or *with*."""
    low = sent.lower
    lo = s
    while lo > 0 and low[lo - 1] not in (".", ";", ":", "but", "while", "whereas", "although",
                                         "that") and low[lo - 1] not in SPEECH:
        if low[lo - 1] in _WHO:  # (not a nation that speaks of the signing: "Italy said
            break  # France and Britain signed ...")
        lo -= 1
    out: list[Mention] = []
    if lo > 1 and low[lo - 1] in _WHO and low[lo - 2] == ",":
        before = [m for m in sent.mentions if m.end == lo - 2]
        if before:
            first = before[0]
            k = sent.mentions.index(first)
            while k > 0 and all(w in LIST_GLUE for w in low[sent.mentions[k - 1].end:
                                                             sent.mentions[k].start]):
                k -= 1
            out = [m for m in sent.mentions[k:] if m.end <= lo - 2]
    elif lo == 0 or low[lo - 1] not in _WHO:
        for m in sent.mentions:
            if m.start < lo or m.end > s:
                continue
            j = m.start - 1
            titled_of = j >= 1 and low[j] == "of" and low[j - 1] in _TITLE_WORDS
            if not m.governed or m.label == "PERSON" or titled_of:
                out.append(m)
    hi = sent.clause_end(s) if "," not in low[s:s + 12] else min(len(low), s + 30)
    for k in range(s + 1, hi):
        if low[k] in _SIGNED_WITH and low[k - 1] not in _WITH_NOUNS:
            # ("in case of a peace deal with Russia": the deal's party, not a co-signer; s13)
            after = [m for m in sent.mentions if k < m.start <= k + 6]
            if after:
                out.extend(m for m in sent.coordinated(after[0]) if m.start > k)
            break
        if low[k] == ".":
            break
    # Ukraine signs as the host, not as a contributor (the settled convention, §5; s25)
    return [m for m in out if m.iso3 not in HOST_AND_ADVERSARY]


_TITLE_WORDS = frozenset({"president", "minister", "leader", "chancellor", "premier", "king",
                          "queen", "head"})


_AMOUNT = frozenset({"several", "some", "up", "to", "about", "around", "roughly", "thousand",
                     "thousands", "hundred", "hundreds", "of", "a", "few", "more", "than", "its",
                     "their", "own", "own-", "-"})
_OWN_TROOPS = frozenset({"troops", "soldiers", "forces", "personnel", "peacekeepers", "servicemen",
                         "contingent", "units", "brigade", "battalion", "company"})


def _own_troops_after(sent: Sent, s: int, e: int) -> list[Mention] | None:
    """The nations whose troops are the object of an unowned plan's sending verb, when the same
    nation (its leader) presents the plan ("Macron met party leaders to present a plan to deploy
    several thousand French soldiers": France's plan to send its own soldiers, as *X's plan to
    send its troops* is; 15t). Only an amount between the verb and the nation, and a troop noun
    right after the nation (or its list). Not a plan others discuss ("officials are discussing a
    plan to send British and French troops": the talks' plan)."""
    low = sent.lower
    k = e
    while k < len(low) and k < e + 6 and (low[k] in _AMOUNT or low[k][:1].isdigit()):
        k += 1
    first = next((m for m in sent.mentions if m.start == k and m.label == "NATION"
                  and not m.governed and m.iso3 not in HOST_AND_ADVERSARY), None)
    if first is None:
        return None
    listed = [m for m in sent.coordinated(first) if m.start >= k]
    end = max(m.end for m in listed)
    nations = {m.iso3 for m in listed}
    if end < len(low) and low[end] in _OWN_TROOPS and any(
            m.iso3 in nations and m.end <= s and not m.governed for m in sent.mentions):
        return listed
    return None


def _nation_said_we(sent: Sent, s: int) -> list[Mention]:
    """(s34) '"Romania has said at least two things very clearly: we will not send troops"': a
    "we" after a colon that follows one nation's speech ("X has said ...:") is that nation."""
    low = sent.lower
    colon = max((k for k in range(s) if low[k] == ":"), default=None)
    if colon is None or "we" not in low[colon + 1:s]:
        return []
    named = [m for m in sent.mentions if m.end <= colon and m.iso3 not in HOST_AND_ADVERSARY]
    if len({m.iso3 for m in named}) != 1 or SPEECH.isdisjoint(low[named[-1].end:colon]):
        return []
    return [named[-1]]


def _we_send_own(sent: Sent, s: int, e: int) -> list[Mention]:
    """The nation whose troops "we" (or "I") would send, in a clause "we" opens: the object right
    after the cue ("do not plan to send Polish soldiers"), a nation followed by a troop noun."""
    low = sent.lower
    lo = sent.clause_start(s)
    opener = [w for w in low[lo:s] if w not in _QUOTES][:1]
    # (s30) "the prime minister reiterated that he would contemplate dispatching UK troops": the
    # one who would send a nation's troops speaks for it, "he" as "we"
    if opener not in (["we"], ["i"]) and not (
            low[max(lo, s - 3):s - 1][-1:] in (["he"], ["she"]) and low[s - 1] in _WOULD
            and not {"whether", "if", "asked"} & set(low[lo:s])):
        return []  # (not "refused to say whether he would send Canadian troops": a question)
    k = e
    if low[k:k + 1] and low[k] in _SENDING_GERUNDS - {"putting"}:
        k += 1  # "would contemplate dispatching UK troops"
    while k < len(low) and k < e + 5 and (low[k] in _AMOUNT or low[k][:1].isdigit()
                                          or low[k] in ("any", "our", "the")):
        k += 1
    own = [m for m in sent.mentions if m.start == k and m.label == "NATION"
           and m.iso3 not in HOST_AND_ADVERSARY | {"USA"}]
    return own if own and own[0].end < len(low) and low[own[0].end] in _OWN_TROOPS else []


_PARTICIPATION_DOUBT = frozenset({"uncertain", "unclear", "question", "doubt", "doubtful",
                                  "unlikely", "excluded", "not", "n't", "never", "whether",
                                  "potential", "possible", "possibility", "rejected", "ruled",
                                  "against", "warned", "warns", "opposed", "opposes", "oppose",
                                  "objected", "objects", "condemned", "discussed", "discussing",
                                  "discuss", "discussion", "discussions", "debate", "talks",
                                  "speculation", "if", "unless", "asked", "would", "could",
                                  "may", "might"})


_HEADS = frozenset({"head", "chief", "commander", "commander-in-chief", "chiefs", "heads",
                    "commanders", "minister", "ministers", "president", "leader", "spokesman",
                    "spokeswoman", "spokesperson", "staff"})


def _pronoun_back(sent: Sent, s: int) -> list[Mention]:
    """The nation an "it" / "they" that opens the cue's clause stands for, when it speaks
    (*it insists that*, *they said*) and the clause before it, in the same sentence, has one
    nation as its subject ("Although Ankara remains open to talks, it insists that ...")."""
    low = sent.lower
    k = next((j for j in range(s - 1, max(-1, s - 12), -1)
              if low[j] in ("it", "they") and j > 1 and low[j - 1] == ","), None)
    if k is None or k + 1 >= s or low[k + 1] not in SPEECH:
        return []
    before = [m for m in sent.free_mentions(0, k - 1) if m.iso3 not in _NOT_CONTRIBUTORS]
    if not before or len({m.iso3 for m in before}) != 1:
        return []
    return before[:1]


def _titled_speaker_country(sent: Sent, s: int) -> list[Mention]:
    """'his (her, their) country' as the subject of a reported cue, whose speaker is named by a
    title over a nation's institution: "The head of the Swiss Armed Forces, Thomas Süssli,
    stated that his country could provide troops" (the nation after *of* in the title; not an
    ambassador *to* a country; 15t)."""
    low = sent.lower
    lo = sent.clause_start(s)
    k = next((j for j in range(s - 1, max(lo - 1, s - 6), -1) if low[j] == "country"), None)
    if k is None or low[k - 1:k] not in (["his"], ["her"], ["their"]):
        return []
    speech = next((j for j in range(k - 1, -1, -1) if low[j] in SPEECH), None)
    if speech is None:
        return []
    for m in sent.mentions:
        if m.end > speech or m.label != "NATION" or m.iso3 in HOST_AND_ADVERSARY:
            continue
        j = m.start - 1
        while j >= 0 and low[j] in ("the", "a"):
            j -= 1
        if j >= 1 and low[j] == "of" and not _HEADS.isdisjoint(low[max(0, j - 3):j]):
            return [m]
    return []


def _possibility_of_troops(sent: Sent, s: int) -> list[Mention] | None:
    """The nations in "the possibility (prospect) of <nation> troops <cue>": the cue at ``s``
    right after the troops, the nation right before them (15t)."""
    low = sent.lower
    if s < 4 or low[s - 1] not in _OWN_TROOPS:
        return None
    last = next((m for m in sent.mentions if m.end == s - 1 and m.label == "NATION"), None)
    if last is None or last.iso3 in HOST_AND_ADVERSARY:
        return None
    listed = [m for m in sent.coordinated(last) if m.end <= s - 1]
    first = min(m.start for m in listed)
    if low[first - 1:first] != ["of"] or low[first - 2:first - 1] not in (
            ["possibility"], ["prospect"], ["possibilities"]):
        return None
    if not _EXCLUDING.isdisjoint(low[max(0, first - 6):first - 2]) or \
            not _DENIED_POSSIBILITY.isdisjoint(low[max(0, first - 6):first - 2]):
        return None  # (s47) "have ruled out the possibility of Romanian troops participating":
        # the possibility refused, no openness (the refusal is read from "ruled out")
    return listed


def _participation_of(sent: Sent, s: int, e: int) -> list[Mention] | None:
    """"a contingent of 10,000 with the participation of the British Armed Forces", "the
    participation of Danish troops has been confirmed": the nations whose troops take part (15t).
    A troop noun must follow the nation (*the participation of the US and Turkey* in a working
    group is not troops); a doubt, a negation or a hedge in the clause leaves it to other cues."""
    low = sent.lower
    first = next((m for m in sent.mentions if e <= m.start <= e + 1), None)
    if first is None or first.iso3 in HOST_AND_ADVERSARY:
        return None
    owners = [m for m in sent.coordinated(first) if m.start >= e]
    last = max(m.end for m in owners)
    if not (set(low[last:last + 3]) & _OWN_TROOPS):
        return None
    lo, hi = sent.clause_start(s), sent.clause_end(last)
    if not _PARTICIPATION_DOUBT.isdisjoint(low[max(0, lo - 1):hi]) or \
            not _PARTICIPATION_DOUBT.isdisjoint(low[max(0, s - 4):s]):
        return None
    return owners


# 15x: a plan's proposers named as its label ("a UK-France plan", "the Franco-British proposal")
_LABEL_FILLER = frozenset({"a", "an", "the", "this", "that", "-", "franco", "anglo"}) | _QUOTES
_OWN_MARKERS = frozenset({"its", "their", "own"})
# (s31) the verbs of "is considering such a move"; not `_WEIGHING` above, which this name shadowed
_WEIGHS_SUCH = frozenset({"considering", "considers", "consider", "weighing", "weighs", "mulling",
                          "mulls", "contemplating", "contemplates"})
_DEMONYM_SET = frozenset(_DEMONYM_WORDS)
# a force of others, not the proposers' own troops ("a monitoring force of allied
# soldiers", "European troops")
_OTHERS = frozenset({"european", "western", "multinational", "international", "foreign",
                     "allied", "nato", "coalition"})
_FORCE_HEADS = frozenset({"force", "forces", "troops", "soldiers", "contingent", "peacekeepers",
                          "mission", "personnel"})


_OWNED_PLEDGES = frozenset({"participation", "contribution", "involvement"})


def _possessor_list(sent: Sent, owner: Mention) -> list[Mention]:
    """The nations of a possessive list, a preposition before it or not: "(signed up to)
    Britain and France's plan" (15x)."""
    out = [owner]
    for m in reversed([m for m in sent.mentions if m.end <= owner.start]):
        if all(w in (",", "and") for w in sent.lower[m.end:out[0].start]):
            out.insert(0, m)
        else:
            break
    return out


def _proposer_adjective(sent: Sent, s: int) -> bool:
    """Whether the nations right before a plan noun are its label, not a verb's subject or a
    possessor: "a UK-France plan", "the Franco-British proposal", "the British plan" (15x)."""
    low = sent.lower
    if s > 0 and low[s - 1] in ("'s", "’s"):
        return False
    m = next((m for m in sent.mentions if m.end == s), None)
    if m is None:
        return s > 1 and low[s - 1] in ("british", "french") and low[s - 2] == "-"
    listed = sent.coordinated(m)
    lo = min(x.start for x in listed)
    if lo > 0 and low[lo - 1] in ("a", "an"):
        return True
    if "-" in low[max(0, lo - 1):s] or "-" in m.text:  # ("of a UK-France plan": "UK" governed)
        return True
    return len(listed) == 1 and lo > 0 and low[lo - 1] in ("the", "this", "that") and \
        low[s] in ("plan", "proposal")


def _others_force(low: list[str], e: int) -> bool:
    """The object of a plan's sending verb is a force, or others' troops, not the proposers' own:
    "to send a force", "to station a monitoring force of allied soldiers" (15x)."""
    k = e
    article = False
    while k < min(len(low), e + 7) and low[k] not in _FORCE_HEADS:
        if low[k] in _OWN_MARKERS or low[k] in _DEMONYM_SET or low[k] == "uk":
            return False  # (s31) "suggested deploying a UK (British) peacekeeping force": a
            # national force named, not a force of others
        if low[k] in _OTHERS:
            return True
        article = article or low[k] in ("a", "an")
        k += 1
    if k >= len(low) or low[k] not in _FORCE_HEADS:
        return False
    return article and low[k] in ("force", "mission", "contingent") or \
        bool(_OTHERS & set(low[k + 1:k + 5]))


_MAYBE_WORDS = frozenset({"potentially", "possibly", "perhaps", "maybe"})


def _including_by_sending(low: list[str], e: int) -> str | None:
    """(s31) A part played "including by (potentially) deploying troops" within the clause after
    the cue at ``e``: ready, or open when the means is hedged; None when no such means."""
    for k in range(e, min(len(low) - 2, e + 14)):
        if low[k] in (".", ";", "but", "while", "whereas"):
            return None
        if low[k] == "including" and low[k + 1] == "by":
            rest = low[k + 2:k + 8]
            hedged = bool(rest) and rest[0] in _MAYBE_WORDS
            rest = rest[1:] if hedged else rest
            if rest[:1] and rest[0] in ("deploying", "sending", "putting", "committing",
                                        "providing", "contributing") and \
                    not (TROOP_WORDS | {"boots"}).isdisjoint(rest[1:5]):
                return "open" if hedged else "ready"
            return None
    return None


def too_much_to(words: list[str]) -> bool:
    """"too small to (take part)", "too stretched to": a judgement of capacity among ``words``,
    not an offer (s16)."""
    return any(w == "too" and words[i + 2:i + 3] == ["to"] for i, w in enumerate(words))


_OTHERS_TROOPS = frozenset({"troops", "soldiers", "peacekeepers", "boots"})
_TROOP_MODIFIERS = frozenset({"peacekeeping", "military", "ground", "combat", "armed"})
_OWN_BEFORE_TROOPS = frozenset({"its", "their", "our", "own", "national"})


def others_troops_only(low: list[str]) -> bool:
    """Every troop noun of the sentence is others' troops ("Western troops", "European
    peacekeeping troops") and none is the holder's own ("its", "our", "national", "French
    troops"): raising, weighing or pushing for such troops is the plan's talk, not an offer of
    the speaker's own (§5 convention; s16)."""
    label = low.index(":") + 1 if ":" in low[:5] else 0  # (s56) "European Troops: Spain and
    # Portugal have signaled their willingness to deploy forces": a heading, not the sentence's
    heads = [k for k, w in enumerate(low) if w in _OTHERS_TROOPS and k >= label]
    if not heads:
        return False
    for k in heads:
        before = low[max(0, k - 3):k]
        if _OWN_BEFORE_TROOPS & set(before):
            return False
        # the adjective right before the noun, or before one modifier ("European peacekeeping")
        if not (before[-1:] and before[-1] in _OTHERS or
                len(before) >= 2 and before[-2] in _OTHERS and before[-1] in _TROOP_MODIFIERS):
            return False
    return True


_RULE_NOUNS = frozenset({"rules", "rule", "mechanism", "law", "laws", "legislation", "procedure",
                         "procedures", "lock", "framework"})
_SENDING_FOR = frozenset({"sending", "deploying", "dispatching", "stationing"})


def rules_for_sending(low: list[str]) -> bool:
    """The sentence is about a nation's rules for sending troops abroad ("changes to its rules
    for sending troops abroad", "the 'triple lock', a mechanism for sending Irish peacekeeping
    forces abroad that requires a UN resolution"): its law, not a stance on this force (s16)."""
    for k in range(1, len(low) - 1):
        if low[k] == "for" and low[k + 1] in _SENDING_FOR and low[k - 1] in _RULE_NOUNS:
            return "abroad" in low[k + 2:k + 8]
    # (s18) "The 'triple lock' mechanism means that Ireland requires approval ... to deploy
    # more than 12 Irish troops overseas": a rule for any mission abroad, Ukraine unnamed
    return "ukraine" not in low and not _RULE_NOUNS.isdisjoint(low) and \
        not {"overseas", "abroad"}.isdisjoint(low)


def _plan_of(sent: Sent, e: int) -> tuple[list[Mention], int] | None:
    """"the plan(s) / proposal of (by) Britain and France to deploy their troops": the nations
    named after *of*/*by* and the end of the cue, or None."""
    low = sent.lower
    first = next((m for m in sent.mentions if e <= m.start <= e + 1), None)
    if first is None:
        return None
    owners = [m for m in sent.coordinated(first) if m.start >= e]
    last = max(m.end for m in owners)
    if low[last:last + 1] == ["to"] and low[last + 1:last + 2] and low[last + 1] in _DEPLOY and \
            _troops_near(sent, last + 2, 7) and not _others_force(low, last + 2):
        return owners, last + 2
    if low[last:last + 1] == ["to"] and low[last + 1:last + 2] in (["establish"], ["set"]) and \
            not _HUBS.isdisjoint(low[last + 2:last + 6]) and \
            not {"ukraine", "ukrainian"}.isdisjoint(low[last + 2:last + 9]):
        return owners, last + 2  # (s42) "a plan for Britain and France to establish military
        # hubs across Ukraine": their forces' bases in Ukraine (as a declaration's hubs, s24)
    return None


_ASIDE_DASHES = frozenset({"–", "—", "-"})  # (s56) the dashes around an aside naming members


def _apposed_nations(sent: Sent, g: int) -> list[Mention]:
    """(s56) The nations a group noun at ``g`` stands in apposition to: "Britain and France, the
    only two countries that ...": a comma, "the", a narrowing word ("only", a number) and the
    noun, the nations right before the comma."""
    low = sent.lower
    c = g - 1
    while c > 0 and (low[c] in ("only", "two", "three", "four", "first", "few") or low[c][:1].isdigit()):
        c -= 1
    if c < 2 or low[c] != "the" or low[c - 1] != "," or c == g - 1 or \
            low[g + 1:g + 2] not in (["that"], ["which"], ["who"]):
        return []
    last = next((m for m in sent.mentions if m.end == c - 1), None)
    return [] if last is None else [m for m in sent.coordinated(last)
                                    if m.iso3 not in HOST_AND_ADVERSARY]


def _dashed_members(low: list[str], g: int) -> bool:
    """(s56) The group noun at ``g`` is followed by a dash and "led by" or a members' lead
    ("including", "such as"): an aside naming its members."""
    k = g + 1
    return low[k:k + 1] != [] and low[k] in _ASIDE_DASHES and (
        low[k + 1:k + 3] == ["led", "by"] or low[k + 1:k + 2] != [] and low[k + 1] in _MEMBERS_LEAD)


def _included_after(sent: Sent, e: int, stop: int | None = None) -> list[Mention]:
    """"Six countries have indicated willingness to contribute troops, including the UK, France
    and the Baltic states": the group subject's members named after the cue (issue 15n). With
    ``stop`` (the cue), the members named right after the group noun, before the cue: "About six
    countries, including Britain and France, are discussing plans to send troops" (15t)."""
    low = sent.lower
    if stop is not None:
        # (s56) or a dash: "Several European countries – led by France, the UK, the Baltic
        # states – have expressed a readiness"
        k = e + 1 if low[e:e + 1] == [","] or low[e:e + 1] and low[e] in _ASIDE_DASHES else e
        if low[k:k + 2] == ["led", "by"]:
            k += 1  # (s47) "Two dozen countries, led by France and Britain, pledged ..."
        elif low[k:k + 1] == ["which"] and low[k + 1:k + 2] != [] and low[k + 1] in _INCLUDES:
            k += 1  # (s56) "the majority, which includes Austria, is still undecided"
        elif low[k:k + 1] == [] or low[k] not in _MEMBERS_LEAD:
            return []
        first = next((m for m in sent.mentions if k < m.start <= k + 2), None)
        return [] if first is None else [m for m in sent.coordinated(first)
                                         if k < m.start and m.end <= stop]
    for k in range(e, len(low)):
        if low[k] in (";", "but", "while", "whereas", "although"):
            return []
        if low[k] == "including" or _trailing_members_lead(low, k):
            first = next((m for m in sent.mentions if k < m.start <= k + 2), None)
            return [] if first is None else [m for m in sent.coordinated(first) if m.start > k]
    return []


_GROUP_PREPOSITIONS = frozenset({"in", "among", "of", "from", "across"})


def _group_after_cue(low: list[str], s: int, e: int) -> bool:
    """(s60) A stance noun with the group holding it after it: "hesitancy in several capitals",
    "reluctance of other capitals", "Reluctance persists among several key allies" (a
    preposition within three words of the cue, a group noun within four after it)."""
    k: int | None = e - 1 if low[e - 1] in _GROUP_PREPOSITIONS else next(
        (j for j in range(e, min(len(low), e + 3)) if low[j] in _GROUP_PREPOSITIONS), None)
    return k is not None and any(w in _GROUP_NOUNS for w in low[k + 1:k + 5])


# (s60) after a comma, the words that open the members of a group named before: "Several
# countries have said they would send troops, notably (particularly, such as, above all) France
# and Britain"
_TRAILING_LEADS = frozenset({"notably", "particularly", "especially", "namely", "chiefly", "mainly",
                             "primarily", "principally"})
_TRAILING_LEAD_PAIRS = (("in", "particular"), ("such", "as"), ("above", "all"), ("among", "them"),
                        ("most", "notably"), ("most", "prominently"))


def _trailing_members_lead(low: list[str], k: int) -> bool:
    """(s60) A members' lead opening at ``k`` right after a comma; a two-word lead ends at ``k``
    ("in particular", "such as")."""
    if low[k] in _TRAILING_LEADS:
        return k > 0 and low[k - 1] == ","
    return k > 1 and (low[k - 1], low[k]) in _TRAILING_LEAD_PAIRS and low[k - 2] == ","


# another actor's verb of warning, urging or claiming whose object (or reported subject) is the
# nation: "Russia warns Australia against sending troops", "claiming France showed no commitment
# to sending soldiers", "Many say Germany could hardly be absent": not the nation's stance (15zc)
_OTHERS_ABOUT = frozenset({"warns", "warned", "warn", "warning", "urges", "urged", "urge",
                           "urging", "claiming", "claimed", "claims", "alleging", "alleged",
                           "alleges", "accusing", "accused", "accuses",
                           # (s35) "Russia has cautioned Britain and France against deploying"
                           "cautions", "cautioned", "caution", "cautioning"})
_UNNAMED_SAYERS = frozenset({"many", "some", "others", "critics", "analysts", "experts",
                             "observers", "commentators"})
_SAY = frozenset({"say", "said", "says", "believe", "believes", "think", "argue", "argues"})


def others_about(sent: Sent, lo: int) -> bool:
    """The nation named at ``lo`` is the object of another actor's warning, urging or claim, or
    the subject of what unnamed others say (15zc)."""
    low = sent.lower
    k = lo - 1
    if k >= 0 and low[k] == "the":
        k -= 1  # "claimed that the UK, France and Germany are prepared" (s12)
    if k >= 0 and low[k] == "that":
        k -= 1
    if k < 0:
        return False
    if low[k] in _OTHERS_ABOUT:
        return not (low[k] in _CLAIMED and _own_claim(sent, lo, k))
    return low[k] in _SAY and k > 0 and low[k - 1] in _UNNAMED_SAYERS


_CLAIMED = frozenset({"claiming", "claimed", "claims"})
_CLAIM_ADVERBS = frozenset({"previously", "also", "has", "had", "repeatedly", "earlier", "once",
                            "often", "have"})


def _own_claim(sent: Sent, lo: int, k: int) -> bool:
    """(s29) The claim's speaker is a person of the nation claimed about: "Starmer previously
    claimed the UK would be willing to put boots on the ground" is Britain's own stance."""
    nation = next((m.iso3 for m in sent.mentions if m.start == lo), None)
    j = k
    while j > 0 and sent.lower[j - 1] in _CLAIM_ADVERBS:
        j -= 1
    return nation is not None and any(m.label == "PERSON" and m.end == j and m.iso3 == nation
                                      for m in sent.mentions)


_MEMBERS_VERBS = frozenset({"include", "includes", "included"})
_BE_PLURAL = frozenset({"are", "were"})
_RELATIVES = frozenset({"that", "which", "who"})
_LIST_STOPS = frozenset({";", ":", "but", "while", "whereas", "although", "."})


def _described_group_members(sent: Sent, s: int, e: int) -> list[Mention]:
    """"States that have said they are considering sending troops include A, B and C", "Among
    the countries ready to send troops are A and B": a group noun described by the cue (in a
    relative clause, or a reduced one right after the noun) whose members the main verb lists
    after the cue; the stance is the description's, and goes to every listed nation (15zc)."""
    low = sent.lower
    g = next((k for k in range(s - 1, max(-1, s - 14), -1)
              if low[k] in _GROUP_NOUNS or low[k] in _LIST_STOPS), None)
    if g is None or low[g] not in _GROUP_NOUNS or (g + 1 < s and low[g + 1] not in _RELATIVES):
        return []
    if any(g < m.start < s for m in sent.mentions):
        return []
    among = "among" in low[max(0, g - 3):g]
    for k in range(e, min(len(low), e + 20)):
        if low[k] in _LIST_STOPS or any(m.start == k for m in sent.mentions):
            return []
        if low[k] in _MEMBERS_VERBS or (among and low[k] in _BE_PLURAL):
            first = next((m for m in sent.mentions if k < m.start <= k + 3), None)
            return [] if first is None else [
                m for m in sent.coordinated(first)
                if m.start > k and m.iso3 not in _NOT_CONTRIBUTORS]
    return []


_NOT_AMONG_VERBS = frozenset({"is", "was", "are", "were", "remains", "itself", "not", "n't"})


def _not_among(sent: Sent, group_at: int, negated: bool = True) -> list[Mention]:
    """"Greece is not among (not one of) the countries ready to send troops": the nations so
    excluded from the group (their stance is a refusal; issue 15n). With ``negated=False``, the
    nations said to be among them ("Denmark is among the countries that have offered troops":
    theirs, the relative *that* notwithstanding; 15t)."""
    low = sent.lower
    for k in range(group_at - 1, max(-1, group_at - 6), -1):
        named = low[k] == "the" and not negated and low[k - 1:k] in (["is"], ["are"]) and all(
            w in _COUNT_WORDS or w[:1].isdigit() for w in low[k + 1:group_at])
        if low[k] == "among" or low[k:k + 2] == ["one", "of"] or named:
            # (15v: "X and Y are the only two countries that have said they would send
            # troops": the group named by identity, as "among")
            neg = k - 1
            if neg < 0 or (low[neg] in ("not", "n't", "never")) != negated:
                return []
            if not negated:
                neg = k  # the verb before "among" ("is among", "are among")
                if low[neg - 1:neg] not in (["is"], ["are"], ["was"], ["were"], ["remains"]):
                    return []
            j = neg - 1
            while j >= 0 and low[j] in _NOT_AMONG_VERBS:
                j -= 1
            if not negated and j > 0 and low[j] in _DASHES:
                # "A, B and the Baltic states — C, D and E — are among ...": the list before
                # the aside and the aside's members (15v)
                opening = next((i for i in range(j - 1, max(-1, j - 20), -1)
                                if low[i] in _DASHES), None)
                if opening is not None:
                    inside = [m for m in sent.mentions if opening < m.start and m.end <= j]
                    owner = next((m for m in sent.mentions if m.end == opening), None)
                    outside = [] if owner is None else [
                        c for c in sent.coordinated(owner) if c.end <= opening]
                    if inside:  # the aside names the group's members: those, not all
                        outside = [c for c in outside if not (c.label == "GROUP"
                                                              and c.end == opening)]
                    return outside + inside
            owner = next((m for m in sent.mentions if m.end == j + 1 and not m.governed), None)
            return [] if owner is None else [c for c in sent.coordinated(owner) if c.end <= j + 1]
    return []


_UNKNOWN = frozenset({"unclear", "uncertain", "unknown"})
# "not clear", "hasn't said", "did not confirm" ...: a word that needs a negation before it
_UNSAID = frozenset({"clear", "said", "say", "known", "confirmed", "confirm", "disclosed",
                     "disclose", "revealed", "reveal"})
_NOT_SAID = frozenset({"not", "n't", "hasn't", "haven't", "didn't", "wouldn't", "declined",
                       "refused"})


def unsaid_if_among(sent: Sent) -> list[Mention]:
    """Nations of whom it is not (yet) clear or not said whether they are among the nations
    ready to send troops: "it's not yet clear if New Zealand is among them", "he hasn't said
    whether New Zealand is among the 26 countries" — undecided (s17)."""
    low = sent.lower
    out: list[Mention] = []
    for m in sent.mentions:
        if m.label != "NATION" or m.iso3 in _NOT_CONTRIBUTORS:
            continue
        k = m.start - 1
        if k >= 0 and low[k] == "the":
            k -= 1
        if k < 1 or low[k] not in ("whether", "if"):
            continue
        before = low[max(0, k - 4):k]
        unsaid = low[k - 1] in _UNKNOWN or (low[k - 1] in _UNSAID
                                            and not _NOT_SAID.isdisjoint(before))
        after = low[m.end:m.end + 5]
        said = " ".join(after)
        if unsaid and after[0:1] in (["is"], ["was"], ["will"], ["would"]) and (
                "among" in after or "one of" in said or "part of" in said):
            out.append(m)
    return out


# (s18) a question put to a leader about sending troops, and the answer's bare words: "Asked
# whether New Zealand would send peacekeeping troops, Luxon said that was something he would
# consider" (open); "When asked about German peacekeeping troops, he declined to commit, saying
# it was too early" (undecided). Only phrases with no object of their own: the answer's object
# is the question's troops.
_ASKED_TROOPS = frozenset({"troops", "soldiers", "peacekeepers", "peacekeeping", "contingent",
                           "deploy", "deployment", "participation", "participate", "boots"})
_ANSWERS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("would", "consider"), "open"), (("will", "consider"), "open"),
    (("could", "consider"), "open"), (("not", "exclude"), "open"), (("n't", "exclude"), "open"),
    (("not", "rule", "out"), "open"), (("n't", "rule", "out"), "open"),
    (("not", "ruling", "out"), "open"),
    (("too", "early"), "undecided"), (("too", "soon"), "undecided"),
    (("premature",), "undecided"), (("not", "relevant"), "undecided"),
    (("not", "on", "the", "agenda"), "undecided"), (("no", "decision"), "undecided"),
    (("not", "yet", "decided"), "undecided"), (("declined", "to", "commit"), "undecided"),
)


_HARDWARE = frozenset({"jets", "aircraft", "fighters", "planes", "warships", "ships", "frigates",
                       "drones", "missiles", "tanks", "weapons", "jet"})
_PEOPLE_SENT = frozenset({"troops", "soldiers", "personnel", "peacekeepers", "servicemen"})
_TAKE_PART_VERBS = frozenset({"participate", "participating", "engage", "engaging", "involved",
                              "intervene", "contribute", "contributing"})


def willing_for(sent: Sent) -> list[Mention]:
    """The nation in "his willingness (readiness) for Germany to participate militarily / to
    send troops": a leader's readiness for his nation's troops (s18)."""
    low = sent.lower
    out: list[Mention] = []
    for m in sent.mentions:
        k = m.start - 2 if low[m.start - 1:m.start] != ["the"] else m.start - 3
        if k < 0 or low[k:k + 2] not in (["willingness", "for"], ["readiness", "for"]) or \
                m.iso3 in _NOT_CONTRIBUTORS or not NEGATIONS.isdisjoint(low[max(0, k - 3):k]):
            continue
        if low[m.end:m.end + 1] == ["to"] and low[m.end + 1:m.end + 2] and \
                low[m.end + 1] in DEPLOY and _troops_near(sent, m.end + 2, 6):
            out.append(m)
    return out


# (s26) a nation's word on taking part, with the force named in this sentence or the one
# before: "Germany, Poland, Spain and Italy have since declined or shown reluctance to take
# part", "countries such as Italy or Croatia have expressed public doubts about the
# participation", "the Czech Republic and Slovenia have openly spoken about participating"
PART_WORDS = frozenset({"part", "participate", "participating", "participation", "join",
                        "joining", "involvement", "commitments"})  # "troop commitments" only
_FRAME_DECLINES = frozenset({"declined", "refused", "refuses", "rejected", "not", "n't", "won't",
                             "never", "ruled", "irritation", "opposed"})
_FRAME_UNDECIDED = frozenset({"reluctance", "reluctant", "doubts", "doubt", "reservations",
                              "hesitant", "hesitancy", "hesitation", "sceptical", "skeptical",
                              "wary", "cautious", "premature"})
_FRAME_OPEN = frozenset({"interest", "interested", "openness", "spoken", "talked", "considering",
                         "mulling", "weighing"})
FRAME_WORDS = _FRAME_DECLINES | _FRAME_UNDECIDED | _FRAME_OPEN
# talks only: TALK_OBJECTS also holds "plan" and "initiative", which a force may be called
_TALK_WORDS = frozenset({"talks", "talk", "meeting", "meetings", "summit", "conference", "call",
                         "negotiations", "discussions", "met"})
_PARTICIPANTS = frozenset({"nations", "countries", "states", "members", "forces", "troops",
                           "governments", "allies", "partners"})
_FRAME_FORCE = STANCE_CONTEXT - {"participation", "contribution"} | {
    "peacekeeping", "troop", "reassurance", "coalition"}


_NEGATORS = frozenset({"not", "n't", "never"})


def _negated_refusal(words: list[str]) -> bool:
    """Whether ``words`` (a frame's gap) hold a refusal negated and nothing else refusing:
    "has not ruled out", "has never ruled out", "does not exclude", "would not be opposed to"."""
    for i, w in enumerate(words):
        if w not in _NEGATORS:
            continue
        rest = [x for x in words[i + 1:i + 4] if x not in ("be", "been", "yet", "so", "far")]
        if rest[:2] in (["ruled", "out"], ["rule", "out"]) or rest[:1] in (
                ["excluded"], ["exclude"], ["opposed"], ["against"]):
            refusing = set(words[:i]) | set(words[i + 4:])
            return refusing.isdisjoint(_FRAME_DECLINES)
    return False


def participation_frame(sent: Sent, context: AbstractSet[str]) -> list[tuple[Mention, str, int, int]]:
    """The nations that open a clause whose verb frames their taking part: declined / refused
    / will not (declines), reluctance / doubts / reservations (undecided), interest / openness /
    spoken about (open), when the force is named in ``context`` (this sentence's words and the
    last's). The frame must come before the word of taking part, within eight words; a refusal
    outweighs a doubt, a doubt an interest."""
    if context.isdisjoint(_FRAME_FORCE):
        return []
    low = sent.lower
    out: list[tuple[Mention, str, int, int]] = []
    for k, w in enumerate(low):
        if w not in PART_WORDS or (w == "part" and low[k - 1:k] not in (["take"], ["taking"])) \
                or (w == "commitments" and low[k - 1:k] != ["troop"]):
            continue  # "take part", "have so far declined troop commitments"
        if low[k + 1:k + 2] and low[k + 1] in _PARTICIPANTS:
            continue  # "talked about participating nations sending troops": an adjective
        obj = set(low[k + 1:k + 5])
        if obj & _TALK_WORDS or (context & _TALK_WORDS and not set(low) & _FRAME_FORCE):
            continue  # "ruled out any participation in the talks"; "Several countries met for
            # talks on the force. Hungary will not take part": the talks (15t)
        lo = sent.clause_start(k)
        for _ in range(2):  # "Some nations, including Germany and Italy, have ...", "Poland,
            # Italy and Greece, for example, have ...": back over an aside set off by commas
            if any(lo <= m.start < k for m in sent.mentions) or low[lo - 1:lo] != [","]:
                break
            lo = sent.clause_start(lo - 2)
        holders = [m for m in sent.mentions if lo <= m.start and m.end <= k
                   and m.iso3 not in _NOT_CONTRIBUTORS
                   and (not m.governed or low[max(0, m.start - 2):m.start] == ["such", "as"]
                        or low[m.start - 1:m.start] == ["including"])]
        if not holders:
            continue
        holders = [m for m in sent.coordinated(holders[-1]) if m.end <= k
                   and m.iso3 not in _NOT_CONTRIBUTORS]  # "Germany, Poland, Spain and Italy"
        gap = set(low[holders[-1].end:k])
        if k - holders[-1].end > 8 or not gap & FRAME_WORDS or "whether" in gap or \
                {"if", "?", ";"} & gap or gap & _DASHES:  # "cannot meet its commitments –
            # even before any involvement in ...": an aside, not the frame
            continue
        if gap & _FRAME_DECLINES and _for_now(low[k:k + 8]) and \
                not {"prepared", "ready", "willing", "commit"}.isdisjoint(gap):
            stance = "undecided"  # (s31) "Germany was not prepared to commit to participation
            # at this stage": not now, as "not yet ready"
        elif gap & _FRAME_DECLINES and not gap.isdisjoint(
                {"discuss", "discussing", "debate", "debating", "talk"}) and \
                not {"until", "before", "till"}.isdisjoint(low[k:k + 12]):
            stance = "undecided"  # (s31) "Germany will not discuss participation in the
            # mission until a peace agreement is signed": not yet, as "premature"
        elif _negated_refusal(low[holders[-1].end:k]):
            stance = "open"  # (review s53) "has not ruled out taking part", "would not be
            # opposed to joining": a refusal negated, as the cue rules read it
        elif gap & _FRAME_DECLINES:
            stance = "declines"
        elif gap & _FRAME_UNDECIDED:
            stance = "undecided"
        else:
            stance = "open"
        out += [(m, stance, m.start, k + 1) for m in holders]
    return out


# (s26) "the deterrent forces that the UK and France plan to deploy in Ukraine": the nations of
# a relative clause on the force's troops plan to send them
_REL_FORCE = frozenset({"force", "forces", "troops", "contingent", "contingents", "mission",
                        "presence", "soldiers", "peacekeepers"})
_REL_PLAN = {"plan": "ready", "plans": "ready", "planned": "ready", "intend": "ready",
             "intends": "ready", "will": "ready", "would": "ready", "pledged": "ready",
             "promised": "ready", "are": "ready", "is": "ready", "could": "open", "may": "open",
             "might": "open", "want": "open", "wants": "open"}
_REL_SEND = frozenset({"deploy", "send", "station", "contribute", "provide", "dispatch",
                       "deploying", "sending", "lead"})


def relative_planners(sent: Sent) -> list[tuple[Mention, str, int, int]]:
    """The nations of "<the force> that/which <nations> plan to / will / could deploy"."""
    low = sent.lower
    out: list[tuple[Mention, str, int, int]] = []
    for k in range(1, len(low) - 2):
        if low[k] not in ("that", "which") or low[k - 1] not in _REL_FORCE:
            continue
        first = next((m for m in sent.mentions if k < m.start <= k + 2), None)
        if first is None:
            continue
        nations = [m for m in sent.coordinated(first) if m.start > k
                   and m.iso3 not in _NOT_CONTRIBUTORS]
        if not nations:
            continue
        after = low[nations[-1].end:nations[-1].end + 5]
        modal = next((w for w in after[:3] if w in _REL_PLAN), None)
        if modal is None or not _REL_SEND & set(after) or NEGATIONS & set(after):
            continue
        stance = _REL_PLAN[modal]
        out += [(m, stance, k - 1, nations[-1].end + 5) for m in nations]
    return out


# (s31) "Starmer's plan for British troops to form part of a peacekeeping force": the plan's
# owner sends its own troops (the plan leaders' convention, §5)
_HEAD_TITLES = frozenset({"minister", "premier", "government", "chancellor", "president",
                          "taoiseach", "leader", "cabinet"})
_PLAN_FOR_GOING = frozenset({"form", "join", "serve", "take", "deploy", "go", "be", "patrol",
                             "lead", "help", "enforce", "police", "guarantee", "secure"})


def plan_for_own_troops(sent: Sent) -> list[tuple[Mention, str, int, int]]:
    """"X's plan (proposal) for X-ian troops to form part of / join / serve in the force": X
    ready, when the troops' adjective names the plan's owner."""
    low = sent.lower
    out: list[tuple[Mention, str, int, int]] = []
    for k in range(1, len(low) - 4):
        if low[k] != "for" or low[k - 1] not in _PLAN_NOUNS:
            continue
        adj = next((m for m in sent.mentions if m.start == k + 1), None)
        if adj is None or adj.iso3 in _NOT_CONTRIBUTORS or \
                low[adj.end:adj.end + 1] not in (["troops"], ["soldiers"], ["forces"],
                                                 ["personnel"], ["peacekeepers"]) or \
                low[adj.end + 1:adj.end + 2] != ["to"] or \
                low[adj.end + 2:adj.end + 3] == [] or low[adj.end + 2] not in _PLAN_FOR_GOING:
            continue
        owners = {m.iso3 for m in sent.mentions if m.end <= k - 1 and k - 1 - m.end <= 2
                  and low[m.end:m.end + 1] in (["'s"], ["’s"])}
        if not owners and low[k - 2:k - 1] in (["'s"], ["’s"]) and k >= 3 and \
                low[k - 3] in _HEAD_TITLES:
            owners = {adj.iso3}  # "the prime minister's plan for Norwegian troops to serve"
        if adj.iso3 not in owners:
            continue  # "Macron's plan for British troops to ...": another's troops; "the plan
            # for Dutch troops to join": no owner named, the talks' plan (§5)
        out.append((adj, "ready", k - 1, adj.end + 3))
    return out


# (s26) "Germany would decide later once details are clearer", "Finland and Poland ... without
# committing any of their own forces"
_LATER = frozenset({"later", "after", "once", "when", "only", "until"})
_WITHOUT_SENDING = frozenset({"committing", "sending", "contributing", "deploying", "offering",
                              "pledging"})


def decide_or_without(sent: Sent, context: AbstractSet[str]) -> list[tuple[Mention, str, int, int]]:
    """Undecided: a nation (subject) that will decide later / once ...; declines: nations active
    "without committing (any of) their own forces". Both with the force named in ``context``."""
    if context.isdisjoint(_FRAME_FORCE):
        return []
    low = sent.lower
    out: list[tuple[Mention, str, int, int]] = []
    for m in sent.mentions:
        if m.governed or m.iso3 in _NOT_CONTRIBUTORS:
            continue
        after = low[m.end:m.end + 4]
        if {"decide", "decides"} & set(after) and _LATER & set(low[m.end:m.end + 7]) and \
                NEGATIONS.isdisjoint(after):
            out.append((m, "undecided", m.start, m.end + 7))
    for k, w in enumerate(low):
        if w != "without" or low[k + 1:k + 2] == [] or low[k + 1] not in _WITHOUT_SENDING:
            continue
        obj = low[k + 2:k + 7]
        if not (set(obj) & {"forces", "troops", "soldiers"}) or not {"their", "its", "own"} & set(obj):
            continue
        lo = sent.clause_start(k)
        first = next((m for m in sent.mentions if lo <= m.start < k and m.iso3 not in
                      _NOT_CONTRIBUTORS), None)
        if first is not None:
            out += [(x, "declines", x.start, k + 7) for x in sent.coordinated(first)
                    if x.end <= k and x.iso3 not in _NOT_CONTRIBUTORS]
    return out


# "the bulk of the troops will come from France and Great Britain": the nations the force's
# troops are said to come from offer them (s21); "would" / "will" is an offer, "could" / "may" open
_COME_MODALS = {"will": "ready", "would": "ready", "could": "open", "may": "open",
                "might": "open"}
_COME_TROOPS = frozenset({"troops", "soldiers", "forces", "personnel", "contingent",
                          "contingents", "peacekeepers", "units"})
_COME_EXPECTED = frozenset({"likely", "expected"})


def troops_come_from(sent: Sent) -> list[tuple[Mention, str, int, int]]:
    """The nations after "<troops> will (would, could ...) come (be drawn) from" in a sentence:
    each with the stance its modal gives, and the cue's token span (s21)."""
    low = sent.lower
    out: list[tuple[Mention, str, int, int]] = []
    for k, w in enumerate(low):
        if w != "from" or k < 3:
            continue
        if low[k - 1] == "come":
            m0 = k - 2
        elif low[k - 2:k] == ["be", "drawn"]:
            m0 = k - 3
        else:
            continue
        stance = _COME_MODALS.get(low[m0])
        reach = 4
        if stance is None and low[m0] == "to" and low[m0 - 1] in _COME_EXPECTED:
            # (s40b) "the bulk of the force is still likely to come from Britain and France":
            # the force's expected source, read as the modal "will" is; the force named further
            stance, m0, reach = "ready", m0 - 1, 10
        troops = _COME_TROOPS | {"force"} if reach > 4 else _COME_TROOPS
        if stance is None or troops.isdisjoint(low[max(0, m0 - reach):m0]) or \
                not NEGATIONS.isdisjoint(low[max(0, m0 - reach):k]):
            continue
        first = next((m for m in sent.mentions if m.start in (k + 1, k + 2)), None)
        if first is None or first.iso3 in _NOT_CONTRIBUTORS:
            continue
        out += [(m, stance, m0 - 1, k + 1) for m in sent.coordinated(first)
                if m.iso3 not in _NOT_CONTRIBUTORS]
    return out


def troops_from_deployed(sent: Sent) -> list[tuple[Mention, str, int, int]]:
    """"Troops from ... the United Kingdom, Norway, Iceland and Turkey would be deployed under
    the plan": the nations whose troops the clause's subject names, with the stance its modal
    gives, as in `troops_come_from` (s22)."""
    low = sent.lower
    out: list[tuple[Mention, str, int, int]] = []
    for k, w in enumerate(low[:-2]):
        if w not in _COME_TROOPS or low[k + 1] != "from" or \
                k > 0 and sent.clause_start(k) != k and low[k - 1] not in ("the", "and"):
            continue
        j = next((j for j in range(k + 2, min(len(low) - 2, k + 30))
                  if low[j] in _COME_MODALS and low[j + 1] == "be"
                  and low[j + 2] in _PASSIVE_GOING), None)
        if j is None or not NEGATIONS.isdisjoint(low[k:j + 3]) or \
                not _CLAUSE_STOPS.isdisjoint(w for w in low[k + 2:j] if w not in (",", "and")):
            continue
        out += [(m, _COME_MODALS[low[j]], k, j + 3) for m in sent.mentions
                if k + 2 <= m.start and m.end <= j and m.iso3 not in _NOT_CONTRIBUTORS]
    return out


_OWN_SENDING = frozenset({"sending", "deploying", "dispatching", "despatching", "committing",
                          "contributing", "stationing"})
_WEIGHED_IDEA = (["the", "possibility", "of"], ["the", "prospect", "of"], ["the", "idea", "of"])


_SPEAK_OF = frozenset({"speak", "talk", "discuss", "say", "comment", "speculate"})


def too_soon_to_speak_of(low: list[str], s: int) -> bool:
    """ "too soon (early) to speak (talk) of (about) ..." a few words before the cue at ``s``,
    in its sentence: what is spoken of is not decided (s23)."""
    for k in range(max(0, s - 16), s - 2):
        if low[k] == "too" and low[k + 1] in ("soon", "early") and low[k + 2:k + 3] == ["to"] \
                and low[k + 3:k + 4] and low[k + 3] in _SPEAK_OF:
            return not any(w in (".", ";", "but") for w in low[k + 4:s])
        if low[k] == "premature" and low[k + 1:k + 2] == ["to"] and low[k + 2:k + 3] and \
                low[k + 2] in _SPEAK_OF:
            return not any(w in (".", ";", "but") for w in low[k + 3:s])
    return False


_CANNOT_SAY = frozenset({"say", "tell", "confirm", "know", "predict"})
_SENDING_AFTER_WHETHER = frozenset({"send", "deploy", "contribute", "participate", "join",
                                    "commit", "provide", "dispatch"})


_SENDING_WORDS = _SENDING_AFTER_WHETHER | frozenset({"sent", "deployed", "sending", "deploying",
                                                     "dispatched", "contribution", "part"})


def too_early_whether(sent: Sent) -> list[tuple[Mention, str, int, int]]:
    """(s24) "It is too early to say whether Germany will send soldiers", "too early to talk
    about whether the German soldiers will be sent": the nation named right after *whether* (or
    its troops, by their adjective) has not decided, undecided."""
    low = sent.lower
    out: list[tuple[Mention, str, int, int]] = []
    for k, w in enumerate(low):
        early = (w == "too" and low[k + 1:k + 2] in (["early"], ["soon"])) or w == "premature"
        if not early:
            continue
        f = k + 1 if w == "premature" else k + 2
        if low[f:f + 1] == ["for"]:
            # (s30) "It is too early for Germany to decide on sending troops": the nation the
            # judgement is about, named after "for", before its "to"
            named = [m for m in sent.mentions if m.start == f + 1 and m.iso3 not in _NOT_CONTRIBUTORS]
            if named and low[named[0].end:named[0].end + 1] == ["to"] and not (
                    _SENDING_WORDS | TROOP_WORDS).isdisjoint(low[named[0].end:named[0].end + 9]):
                out += [(named[0], "undecided", k, named[0].end + 1)]
                continue
        q = next((i for i in range(k + 2, min(len(low), k + 8)) if low[i] == "whether"), None)
        if q is None or any(x in (".", ";", "but") for x in low[k:q]):
            continue
        asked = low[q + 1:q + 9]
        if _SENDING_WORDS.isdisjoint(asked):
            continue
        out += [(m, "undecided", k, q + 1) for m in sent.mentions
                if q + 1 <= m.start <= q + 2 and m.iso3 not in _NOT_CONTRIBUTORS]
    return out


_JUDGED_AS = frozenset({"dismissed", "dismisses", "dismissing", "rejected", "rejects", "called",
                        "calls", "described", "describes", "branded", "brands", "labelled",
                        "labeled"})
_TALK_OF_SENDING = frozenset({"remarks", "remark", "talk", "debate", "debates", "discussion",
                              "discussions", "speculation", "plans", "proposals", "proposal",
                              "idea", "comments", "suggestion", "suggestions", "calls"})


def premature_talk(sent: Sent) -> list[tuple[Mention, str, int, int]]:
    """(s55) "Germany's defence minister dismissed as premature remarks ... on plans to send
    European troops to Ukraine": the talk of sending judged premature by its subject, who has
    not decided (undecided; "called the debate on sending troops premature" is read already)."""
    low = sent.lower
    out: list[tuple[Mention, str, int, int]] = []
    for k in range(2, len(low) - 2):
        if low[k] != "premature" or low[k - 1] != "as":
            continue
        # "dismissed as premature", "dismissed them as premature"
        verb = next((v for v in (k - 2, k - 3) if v >= 0 and low[v] in _JUDGED_AS), None)
        if verb is None:
            continue
        talk = next((i for i in range(k + 1, min(len(low), k + 4)) if low[i] in _TALK_OF_SENDING), None)
        if talk is None or any(w in (".", ";", "but") for w in low[k:talk]):
            continue
        rest = low[talk + 1:talk + 16]
        if _SENDING_WORDS.isdisjoint(rest) or TROOP_WORDS.isdisjoint(rest):
            continue
        lo = sent.clause_start(verb)
        subject = [m for m in sent.free_mentions(lo, verb) if m.iso3 not in _NOT_CONTRIBUTORS]
        out += [(m, "undecided", verb, talk + 1) for m in subject[:1]]
    return out


_CABINETS = frozenset({"cabinet", "government", "executive"})
_APPROVED_NOW = frozenset({"approved", "approves", "endorsed", "endorses", "authorised", "authorized",
                           "authorises", "authorizes"})
CABINET_TRIGGERS = (_CABINETS, _APPROVED_NOW)  # one word of each: `cabinet_approved` may read
_SENT_NOUNS = frozenset({"deployment", "deploy", "send", "sending", "dispatch", "mandate",
                         "contingent", "contribution", "participation"})
_TROOPS_NAMED = frozenset({"troops", "soldiers", "personnel", "servicemen", "peacekeepers",
                           "contingent", "battalion", "company", "brigade", "forces"})
_FORCE_OR_UKRAINE = frozenset({"ukraine", "force", "mission", "reassurance", "multinational",
                               "coalition", "peacekeeping", "mnf-u"})


def cabinet_approved(sent: Sent) -> list[tuple[Mention, str, int, int]]:
    """(s55) "Spain's cabinet approved the deployment of 400 soldiers to the force": a
    government's own decision to send, an offer (ready); a parliament's vote is read apart (it
    is the pledge's "approved" stage and, still to come, a condition)."""
    low = sent.lower
    out: list[tuple[Mention, str, int, int]] = []
    for k, w in enumerate(low):
        if w not in _CABINETS:
            continue
        v = next((i for i in range(k + 1, min(len(low), k + 4)) if low[i] in _APPROVED_NOW), None)
        if v is None or any(x in ("not", "n't", "would", "will", "must", "needs", "yet") for x in low[k:v]):
            continue
        obj = low[v + 1:v + 14]
        if _SENT_NOUNS.isdisjoint(obj) or _TROOPS_NAMED.isdisjoint(obj) or names_money(obj) or \
                _FORCE_OR_UKRAINE.isdisjoint(obj):
            continue  # (not "the deployment of 5,000 troops to Lithuania", "2 Patriot batteries")
        owner = [m for m in sent.mentions if m.iso3 not in _NOT_CONTRIBUTORS and (
            m.end == k or low[m.end:k] in (["'s"], ["’s"]) or low[m.end:k] == ["'s", "federal"])]
        out += [(m, "ready", k, v + 1) for m in owner[:1]]
    return out


# the words `_excepting` reads an exception from ("but" alone after "every ... country")
EXCEPT_TRIGGERS = frozenset({"except", "excluding", "exception", "apart", "other", "but", "not"})


def _set_aside(sent: Sent, m: Mention) -> bool:
    """(s56) "Romania, not Bulgaria, has offered troops": a nation before ", not X," and a verb
    right after the closing comma (the two nations share it); X no host or adversary."""
    low = sent.lower
    return m.iso3 not in HOST_AND_ADVERSARY and m.label != "PERSON" and \
        any(x.end == m.start - 2 and x.iso3 not in HOST_AND_ADVERSARY for x in sent.mentions) and \
        low[m.end:m.end + 1] == [","] and low[m.end + 1:m.end + 2] != [] and \
        low[m.end + 1] in _SHARED_VERB


_SHARED_VERB = frozenset({"has", "have", "is", "are", "was", "were", "will", "would", "could",
                          "can", "had", "says", "said", "offered", "pledged", "agreed", "announced"})


def _excepting(low: list[str], k: int) -> int:
    """How many words before token ``k`` make what follows an exception ("but not", "except",
    "except for", "excluding", "apart from", "other than", "with the exception of"), or 0."""
    for words in (("with", "the", "exception", "of"), ("but", "not"), ("except", "for"),
                  ("apart", "from"), ("other", "than"), ("except",), ("excluding",)):
        if tuple(low[max(0, k - len(words)):k]) == words:
            if words == ("apart", "from") and \
                    not _SET_APART_VERBS.isdisjoint(low[max(0, k - 5):k - 2]):
                return 0  # (s60) "Italy stands apart from France and Britain, which have said
                # ...": a contrast, no exception
            return len(words)
    if k >= 2 and low[k - 1] == "but" and low[k - 2] in _EVERY_ONE and \
            not {"every", "all", "each"}.isdisjoint(low[max(0, k - 6):k - 2]):
        return 1  # "every Nordic country but Finland" (not "lobbied its allies but France refused")
    if k >= 3 and low[k - 2:k] == [",", "not"] and low[k - 3][:1].isalpha():
        return 1  # (s56) "Romania, not Bulgaria, has offered troops": the nation set aside
    return 0


_SET_APART_VERBS = frozenset({"stands", "stand", "stood", "standing", "sets", "set", "setting",
                              "puts", "put", "putting", "places", "placed", "placing"})
_NONE_BUT = frozenset({"no", "none", "nobody", "neither", "not", "few"})
_EVERY_ONE = frozenset({"country", "countries", "nation", "nations", "state", "states", "member",
                        "members", "all", "everyone", "ally", "allies"})


def excepted(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s55) Nations named as exceptions hold no stance of the list they are excepted from:
    "All the Nordic countries except Finland have offered troops" (not Finland's offer), and
    "Poland and Hungary, but not Slovakia, have ruled out sending troops" (the refusal was read
    as Slovakia's alone: it is the two nations' before the exception)."""
    low = sent.lower
    out_iso: dict[str, Mention] = {}
    for m in sent.mentions:
        n = _excepting(low, m.start)
        if n and low[m.start - 2:m.start] == [",", "not"] and not _set_aside(sent, m):
            continue  # (review s56) "orders from Paris, not Washington, and Britain is ready"
        if n and _set_apart_opening(sent, m):
            continue  # (s58) "Apart from Britain, no other country has committed troops"
        if n and _NONE_BUT.isdisjoint(low[max(0, m.start - n - 4):m.start - n]):  # not "no
            # country except Britain has offered troops": the exception is the one that did
            for x in ([m] if low[m.start - 2:m.start] == [",", "not"] else sent.coordinated(m)):
                if x.start >= m.start:
                    out_iso.setdefault(x.iso3, m)
    if not out_iso:
        return hits
    kept = list(hits)
    for iso3, m in out_iso.items():
        mine = [h for h in kept if h.actor == iso3]
        shared = [h for h in mine if any(o.actor != iso3 and o.cue == h.cue and o.stance == h.stance
                                         for o in kept)]
        cut = m.start - _excepting(low, m.start)
        cut -= low[cut - 1:cut] == [","]
        before = [x for x in sent.mentions if x.end == cut]
        if low[m.end:m.end + 2] and {"which", "who", "whose"} & set(low[m.end:m.end + 2]):
            kept = [h for h in kept if h not in shared]
            continue  # "except Finland, which has ruled out sending troops": its own clause
        lone = [h for h in mine if h not in shared and not h.cue.lower().startswith("not")] \
            if before else []
        for h in lone:  # the exception's stance is its list's: "Poland and Hungary, but not Slovakia"
            for x in sent.coordinated(before[0]):
                if x.iso3 != iso3 and not any(o.actor == x.iso3 for o in kept):
                    kept.append(StanceHit(actor=x.iso3, actor_text=x.text, stance=h.stance,
                                          cue=h.cue, condition=h.condition, base=h.base))
        kept = [h for h in kept if h.actor != iso3]  # the exception holds none of it
        if low[cut:cut + 2] == ["but", "not"] or low[cut + 1:cut + 3] == ["but", "not"]:
            # "Spain, but not Italy, will send troops": the exception's "not" is no refusal of
            # the nations before it
            kept = [h for h in kept if not (h.stance == "declines" and h.actor in {
                x.iso3 for x in (sent.coordinated(before[0]) if before else [])} and
                _REFUSING.isdisjoint(h.cue.lower().split()))]
    return kept


_REFUSING = frozenset({"not", "no", "never", "refuse", "refused", "refuses", "rule", "ruled", "rules",
                       "reject", "rejected", "rejects", "declined", "declines", "oppose", "opposed",
                       "opposes", "against", "out", "won't", "cannot"})


# another's warning, a noun ("targeted Britain with warnings that"), not "Britain warned that"
_WARNING_NOUNS = frozenset({"warning", "warnings", "threat", "threats"})
_SOME_OF = frozenset({"many", "some", "several", "most", "few", "half", "others"})
_CLAUSE_TURN = frozenset({"although", "though", "while", "whereas", "but", "yet", "however", ";"})
WARNED_TRIGGERS = _WARNING_NOUNS | _SOME_OF  # the words `warned_or_some` needs in a sentence


def warned_or_some(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s55, post hoc from set 102) No offer in another's warning to a nation: "Russia has
    targeted Britain, France, and Germany with warnings that their troops would face defeat if
    sent to Ukraine"; and no refusal for the named members when only "many (some) of its
    members" refused: "The coalition - including the UK, France, Germany ... - is weighing
    commitments, although many of its members have publicly rejected sending ground forces"."""
    low = sent.lower
    warned = [k for k in range(len(low) - 1) if low[k] in _WARNING_NOUNS and "that" in low[k + 1:k + 3]]
    some = [k for k in range(len(low) - 2) if low[k] in _SOME_OF and low[k + 1] == "of"
            and low[k + 2] in ("its", "their", "the", "them", "these", "those")
            and low[k - 1:k] not in (["like"], ["with"], ["unlike"], ["as"])  # "Germany, like many of
            # its neighbours, has ruled out": Germany's own refusal
            and not _CLAUSE_TURN.isdisjoint(low[max(0, k - 4):k])]
    if not warned and not some:
        return hits
    out = []
    for h in hits:
        at_char = sent.text.lower().find(h.cue.lower())
        if at_char < 0:
            out.append(h)
            continue
        at = next((k for k in range(len(low)) if sent.idx[k] - sent.idx[0] >= at_char), len(low))
        end = next((k for k in range(len(low)) if sent.idx[k] - sent.idx[0] >= at_char + len(h.cue)),
                   len(low))
        named = [m.start for m in sent.mentions if m.iso3 == h.actor]
        if h.stance in ("ready", "open", "conditional") and any(
                k < end and any(n < k for n in named) and (
                    at <= k or {"and", "but", ";", "while", ","}.isdisjoint(low[k:at]))
                for k in warned):
            continue  # (not "Britain dismissed warnings that ... and said it is ready to send")
        if h.stance in ("declines", "rejects") and any(
                k < at <= k + 8 and all(n < k for n in named) for k in some):
            continue
        out.append(h)
    return out


_SIGNS = frozenset({"signals", "signs", "indications", "hints", "signal", "sign"})
SIGNS_TRIGGERS = _SIGNS  # with "from": the words `signals_from` needs
_SIGNALLING = frozenset({"suggesting", "indicating", "showing", "of"})
_OPENNESS = frozenset({"openness", "willingness", "readiness"})


def signals_from(sent: Sent) -> list[tuple[Mention, str, int, int]]:
    """(s55) "despite signals from France and Australia suggesting openness to sending a
    peacekeeping force": the nations the signals come from are open (a signal, no commitment)."""
    low = sent.lower
    out: list[tuple[Mention, str, int, int]] = []
    for k in range(len(low) - 3):
        if low[k] not in _SIGNS or low[k + 1] != "from":
            continue
        first = next((m for m in sent.mentions if m.start == k + 2 or
                      m.start == k + 3 and low[k + 2] == "the"), None)
        if first is None or first.iso3 in _NOT_CONTRIBUTORS:
            continue
        listed = [m for m in sent.coordinated(first) if m.start >= first.start]
        end = listed[-1].end
        if low[end:end + 1] and low[end] in _SIGNALLING and \
                not _OPENNESS.isdisjoint(low[end + 1:end + 3]) and \
                not (TROOP_WORDS | {"peacekeeping"}).isdisjoint(low[end + 2:end + 10]):
            out += [(m, "open", k, end + 3) for m in listed if m.iso3 not in _NOT_CONTRIBUTORS]
    return out


def cannot_say_whether(sent: Sent) -> list[tuple[Mention, str, int, int]]:
    """"Canada cannot (currently) say (for certain) whether it will send its troops": the
    subject has not decided, undecided (s23). The question must be the subject's own sending
    ("whether it will send", "whether Canadian troops would take part"), not another's."""
    low = sent.lower
    out: list[tuple[Mention, str, int, int]] = []
    for k, w in enumerate(low):
        declined = w in _REFUSE_TO and low[k + 1:k + 2] == ["to"]  # (s30) "declined to say
        # whether Germany would send peacekeeping troops": not decided, as "cannot say"
        if not declined and w not in ("cannot", "can't", "could") and not (
                w == "not" and k > 0 and low[k - 1] in ("can", "could", "did", "does", "do",
                                                         "would")):
            continue
        if w == "could" and low[k + 1:k + 2] != ["not"]:
            continue
        j = next((i for i in range(k + 1, min(len(low), k + 5)) if low[i] in _CANNOT_SAY), None)
        if j is None:
            continue
        q = next((i for i in range(j + 1, min(len(low), j + 5)) if low[i] == "whether"), None)
        if q is None and j + 1 < len(low) and _untold_if(low, j + 1):
            q = j + 1  # (s46) "declined to say if Ireland would contribute peacekeepers"
        if q is None:
            continue
        asked = low[q + 1:q + 8]
        if _SENDING_AFTER_WHETHER.isdisjoint(asked) and "part" not in asked:
            continue
        subjects = [m for m in sent.subject_actors(k) if m.iso3 not in _NOT_CONTRIBUTORS]
        named = {m.iso3 for m in sent.mentions if m.start in (q + 1, q + 2)}
        own = asked[:1] in (["it"], ["its"], ["they"], ["their"], ["we"]) or \
            asked[:2] in (["the", "country"], ["the", "government"])
        if named:  # "did not say whether Slovenia would send": another's sending (15n)
            own = named <= {m.iso3 for m in subjects}
        if own:
            out += [(m, "undecided", k, q + 1) for m in subjects]
        elif named and declined and not sent.subject_actors(k) and \
                low[sent.clause_start(k):k][:1] in (["he"], ["she"]):
            # "He declined to say whether Germany would send ...": the nation asked about, its
            # leader the pronoun of the sentence before
            out += [(m, "undecided", k, q + 1) for m in sent.mentions
                    if m.start in (q + 1, q + 2) and m.iso3 not in _NOT_CONTRIBUTORS]
    return out



def discussing_own_troops(sent: Sent) -> list[tuple[Mention, str, int, int]]:
    """"Starmer and Macron are discussing sending British and French troops", "discussed the
    possibility of sending British and French peace troops": nations weighing their own troops
    are open, each whose adjective names the troops; with no adjective ("discussing sending
    contingents"), the subject's own (s22). "discussed deploying 30,000 troops", a figure with
    no nation's troops named, stays the force's plan."""
    low = sent.lower
    out: list[tuple[Mention, str, int, int]] = []
    for k, w in enumerate(low):
        if w not in _DISCUSS:
            continue
        j = k + 1
        if low[j:j + 3] in _WEIGHED_IDEA:
            j += 3
        if low[j:j + 1] == [] or low[j] not in _OWN_SENDING or \
                not NEGATIONS.isdisjoint(low[max(0, k - 3):k]):
            continue
        first = next((m for m in sent.mentions if m.start == j + 1), None)
        if first is None:
            if low[j + 1:j + 2] and low[j + 1] in _COME_TROOPS and \
                    low[k - 1:k] in (["already"], ["now"], ["currently"], ["seriously"]):
                # "which are already discussing the possibility of sending contingents": their
                # own, under way (s22); not "met to discuss sending troops" (the talks, 15t)
                out += [(m, "open", k, j + 2) for m in sent.subject_actors(k)
                        if m.iso3 not in _NOT_CONTRIBUTORS]
            continue
        named = sent.coordinated(first)
        end = named[-1].end
        if _COME_TROOPS.isdisjoint(low[end:end + 4]):
            continue
        isos = {m.iso3 for m in named}
        out += [(m, "open", k, end) for m in sent.subject_actors(k) if m.iso3 in isos
                and m.iso3 not in _NOT_CONTRIBUTORS]
    return out


_OPPOSITION = frozenset({"opposition", "resistance", "objections", "objection"})
# (s36) what troops might resist: an attack, not a call or a plan
_ATTACK_WORDS = frozenset({"aggression", "attack", "attacks", "assault", "invasion", "offensive",
                           "incursion", "incursions", "onslaught"})


def opposition_from(sent: Sent) -> list[tuple[Mention, str, int, int]]:
    """"Opposition to sending troops to Ukraine comes from Germany, Italy, Spain and Poland":
    the nations the opposition comes from decline (s22)."""
    low = sent.lower
    out: list[tuple[Mention, str, int, int]] = []
    for k, w in enumerate(low[:-3]):
        if w not in _OPPOSITION or low[k + 1] != "to" or \
                low[k + 2] not in ("sending", "deploying", "dispatching", "committing", "putting"):
            continue
        j = next((j for j in range(k + 3, min(len(low) - 1, k + 16))
                  if low[j] in ("comes", "came", "come") and low[j + 1] == "from"), None)
        if j is None or _COME_TROOPS.isdisjoint(low[k + 3:j]):
            continue
        first = next((m for m in sent.mentions if m.start in (j + 2, j + 3)), None)
        if first is not None:
            out += [(m, "declines", k, j + 2) for m in sent.coordinated(first)
                    if m.iso3 not in _NOT_CONTRIBUTORS]
    return out


_AS_AUX = frozenset({"have", "has", "had", "is", "are", "was", "were", "do", "does", "did"})
# s23: the auxiliaries an ellipsis may repeat after "and so", "neither", "nor" (", and so is
# France", ", and neither will Italy", ", nor does Portugal")
_SO_AUX = _AS_AUX | frozenset({"will", "would", "can", "could", "shall", "should"})
_SO_MARKS = frozenset({"so", "neither", "nor"})
# s23: "the only country besides (apart from, other than) X": X holds the stance too
_BESIDES = (("besides",), ("apart", "from"), ("aside", "from"), ("other", "than"))


def _ellipsis_at(low: list[str], k: int) -> bool:
    """An ellipsis opens at token ``k``: ", as have X", ", and so is X", ", and neither will X",
    ", nor does X" (s22; s23 the last three)."""
    w = low[k]
    if k < 1 or k + 1 >= len(low):
        return False
    if w == "as":
        return low[k - 1] in (",", "(") and low[k + 1] in _AS_AUX
    return w in _SO_MARKS and low[k + 1] in _SO_AUX and (
        low[k - 1] == "and" and low[k - 2:k - 1] == [","] or w == "nor" and low[k - 1] == ",")


def _besides_at(low: list[str], k: int) -> int:
    """The length of "besides" / "apart from" / "other than" at ``k``, else 0 (the caller asks
    for "only" or "also" in the sentence: not "All countries other than Hungary are ready", an
    exception)."""
    for words in _BESIDES:
        if tuple(low[k:k + len(words)]) == words:
            return len(words)
    return 0


def as_have_too(sent: Sent, hits: list[StanceHit]) -> list[tuple[Mention, StanceHit, int]]:
    """"Britain, France and Australia have expressed willingness to provide troops (as have
    Denmark and Sweden)": each nation after ", as have" (", as is"; s23: ", and so is", ", and
    neither will", ", nor does") with each troop stance a nation before it holds; and (s23) the
    nations after "besides" ("France is the only country besides the UK ready to deploy
    troops", "Apart from Britain, France is the only one ..."), with each stance the sentence's
    other nations hold; the index of "as" ("so", "besides" ...)."""
    low = sent.lower
    out: list[tuple[Mention, StanceHit, int]] = []
    inclusive = "only" in low or "also" in low  # "the only country besides X", "also"
    for k in range(len(low) - 2):
        width = _besides_at(low, k) if inclusive else 0
        if width:
            first = next((m for m in sent.mentions if m.start in (k + width, k + width + 1)), None)
            if first is None or first.start == k + width + 1 and low[k + width] != "the":
                continue
            # the list after "besides" ("besides the UK, France is ...": not France)
            listed = [m for m in sent.coordinated(first)
                      if m.start >= first.start and m.governed == first.governed]
            named = {m.iso3 for m in listed}
            held = [h for h in hits if h.stance in TROOP_STANCES and h.actor not in named]
            out += [(m, h, k) for m in listed if m.iso3 not in _NOT_CONTRIBUTORS for h in held]
            continue
        if not _ellipsis_at(low, k):
            continue
        first = next((m for m in sent.mentions if m.start in (k + 2, k + 3)), None)
        if first is None or first.start == k + 3 and low[k + 2] not in ("also", "the"):
            continue
        before = {m.iso3 for m in sent.mentions if m.end <= k}
        held = [h for h in hits if h.stance in TROOP_STANCES and h.actor in before]
        out += [(m, h, k) for m in sent.coordinated(first) if m.start > k
                and m.iso3 not in _NOT_CONTRIBUTORS for h in held]
    return out


_READY_TO = frozenset({"ready", "willing", "prepared", "readiness", "willingness"})
_GROUND_TROOPS = frozenset({"troops", "soldiers", "boots"})


def ready_to_lead_troops(sent: Sent) -> list[tuple[Mention, str, int, int]]:
    """"Starmer and Macron said they were ready to lead a coalition ... to support Kyiv with
    ground forces": readiness to lead a force of troops on the ground is the leaders' own offer
    (§5 settled convention: *X would send / deploy / lead troops on the ground*), where leading
    alone (the coalition, the talks) is not (s21)."""
    low = sent.lower
    out: list[tuple[Mention, str, int, int]] = []
    for k, w in enumerate(low):
        if w != "lead" or k < 2 or low[k - 1] != "to" or low[k - 2] not in _READY_TO or \
                not NEGATIONS.isdisjoint(low[max(0, k - 5):k]):
            continue
        tail = low[k + 1:k + 16]
        end = next((j for j, x in enumerate(tail) if x in (".", ";", "but", "while")), len(tail))
        tail = tail[:end]
        if _GROUND_TROOPS.isdisjoint(tail) and "ground forces" not in " ".join(tail):
            continue
        out += [(m, "ready", k - 2, k + 1) for m in sent.subject_actors(k - 2)
                if m.iso3 not in _NOT_CONTRIBUTORS]
    return out


_WISH_VERBS_TO = frozenset({"want", "wants", "wanted", "like", "hope", "hopes", "wish", "wishes"})


def hedged_that(low: list[str]) -> int | None:
    """The index after "it is possible that" / "it is not inconceivable that" / "want to be"
    (a hedge or a wish the sentence puts on what follows), or None (s18)."""
    for k in range(2, len(low)):
        if low[k] == "be" and low[k - 1] == "to" and low[k - 2] in _WISH_VERBS_TO:
            return k + 1  # (s18) "I want to be the defence minister who deploys British troops",
            # "would like to be the head ... under whom British troops would be deployed": a wish
        if low[k] != "that":
            continue
        word = low[k - 1]
        if word in ("possible", "conceivable") or (word == "inconceivable" and low[k - 2] == "not"):
            if "it" in low[max(0, k - 5):k - 1]:
                return k + 1
    return None


def hedged_open(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """``hits`` with the ready stances of nations named only after a hedge or a wish
    (`hedged_that`) read as open; a nation before it that speaks ("X said that it is possible
    that ...") does not keep its stance ready (s18)."""
    hedge = hedged_that(sent.lower)
    if hedge is None:
        return hits
    hedged = {m.iso3 for m in sent.mentions if m.start >= hedge}
    unhedged = {m.iso3 for m in sent.mentions if m.start < hedge
                and SPEECH.isdisjoint(sent.lower[m.end:hedge])}
    return [replace(h, stance="open") if h.stance == "ready" and h.actor in hedged
            and h.actor not in unhedged else h for h in hits]


def answered_question(sent: Sent, speaker: str | None) -> list[tuple[Mention, str]]:
    """The nation and stance of an answer to a question about its troops, given in the answer's
    bare words (`_ANSWERS`): the question's nation, the speaker's when the question names
    several. Empty when the sentence is no such answer."""
    low = sent.lower
    k = next((i for i in range(min(3, len(low))) if low[i] == "asked"), None)
    if k is None or low[k + 1:k + 2] not in (["whether"], ["if"], ["about"]):
        return []
    comma = next((i for i in range(k + 2, len(low)) if low[i] == ","), None)
    if comma is None or _ASKED_TROOPS.isdisjoint(low[k:comma]) or asked_about_fighting(low):
        return []
    asked = [m for m in sent.mentions if k < m.start < comma and m.label == "NATION"
             and m.iso3 not in _NOT_CONTRIBUTORS]
    nations = {m.iso3 for m in asked}
    if speaker is None:  # "..., Stubb responded that ...": the answer's named speaker
        speaker = next((m.iso3 for m in sent.mentions if m.start > comma and m.label == "PERSON"),
                       None)
    if len(nations) > 1:
        asked = [m for m in asked if m.iso3 == speaker]
    elif speaker is not None and nations != {speaker}:
        return []  # asked about another nation's troops: the speaker's view of them
    answer = low[comma + 1:]
    for phrase, stance in _ANSWERS:
        n = len(phrase)
        for i in range(len(answer) - n + 1):
            if tuple(answer[i:i + n]) == phrase and "not" not in answer[max(0, i - 2):i]:
                return [(m, stance) for m in asked[:1]]
    bare = None if not NEGATIONS.isdisjoint(low[k:comma]) else \
        _bare_answer(answer, {m.text.lower() for m in asked})  # ("Asked whether there would be
    # no German soldiers, he replied: 'No, I didn't say that'": a negated question's "no")
    return [(m, bare) for m in asked[:1]] if bare is not None else []


_ANSWER_VERBS = frozenset({"said", "replied", "answered", "responded", "says", "replies", "told"})
_ANSWER_SKIP = frozenset({"that", ":", ",", "simply", "flatly", "only", "firmly", "briefly",
                          "reporters", "journalists"}) | _QUOTES
_ANSWER_MODALS = {"would": "ready", "will": "ready", "could": "open", "might": "open", "may": "open"}


def _bare_answer(answer: list[str], names: set[str]) -> str | None:
    """(s59) The answer's bare words after its verb: '... said: "No."' -> declines, "said yes"
    -> ready, "replied that it would (could) not" -> declines, "said it could" -> open, "said it
    would" -> ready; None when a verb phrase of its own follows (the other passes read it)."""
    verb = next((x for x in range(min(len(answer), 8)) if answer[x] in _ANSWER_VERBS), None)
    if verb is None:
        return None
    j = verb + 1
    while j < len(answer) and answer[j] in _ANSWER_SKIP:
        j += 1
    words = answer[j:j + 4]
    ends = (".", "!", ",", "'", "’", '"', "”")
    if words[:1] in (["no"], ["never"]) and (len(words) < 2 or words[1] in ends and words[1] != ","):
        return "declines"
    if words[:1] == ["yes"]:
        return "ready"
    if len(words) >= 2 and words[0] in {"it", "they", "we"} | names and words[1] in _ANSWER_MODALS:
        negated = words[2:3] in (["not"], ["n't"], ["never"])
        rest = words[3 if negated else 2:]
        if rest[:1] and rest[0] not in ends:
            return None
        return "declines" if negated else _ANSWER_MODALS[words[1]]
    return None


_COMMITTED = frozenset({"committed", "pledged", "promised", "decided", "agreed",
                        "offered"})  # (s39) "has not offered troops", as "has not pledged"
_NOT_CONTRIBUTORS = frozenset(HOST_AND_ADVERSARY) | {"USA", "PRK"}  # (s30) PRK: beside Russia
_ROLE_NOUNS = frozenset({"involvement", "backing", "backstop", "support", "guarantee",
                         "guarantees", "participation", "role", "security", "assurances",
                         "commitment", "air", "intelligence"})
_PROHIBIT = frozenset("prohibiting prohibits prohibited prohibit banning bans ban banned "
                      "restricts restricting restrict restricted forbidding forbids forbid "
                      "forbidden against opposing rejecting".split())
_OPPOSES = frozenset({"opposes", "opposed", "oppose", "opposing"})
_REMOVING = frozenset("remove removes removing removed lift lifts lifting lifted scrap scraps "
                      "scrapping scrapped abolish abolishes abolishing abolished drop dropping "
                      "ease easing".split())
_REQUIREMENTS = frozenset({"restriction", "restrictions", "requirement", "requirements", "lock"})
_DEFINED = frozenset({"defined", "clarified", "specified", "spelled", "settled"})
_DETAILS = frozenset({"details", "detail", "size", "number", "numbers", "specifics", "format",
                      "composition", "shape"})
_OTHER_SENDERS = frozenset({"nato", "europe", "allies", "others", "other", "western", "european",
                            "europeans", "partners"})
_PREMISE_WORDS = frozenset({"ceasefire", "cease-fire", "truce", "peace", "armistice"})


def _before_the_premise(low: list[str], e: int) -> bool:
    """*before* / *until* / *without* a ceasefire (peace) right after a refusal's cue."""
    for k in range(e, min(len(low), e + 3)):
        if low[k] in ("before", "until", "without", "absent"):
            return not _PREMISE_WORDS.isdisjoint(w.strip('"“”') for w in low[k + 1:k + 5])
    for k in range(e, min(len(low), e + 10)):
        if low[k] in (".", ";") or low[k] == "but" and low[k + 1:k + 2] != ["only"]:
            break  # (s47: "... 'tomorrow', but only after peace is achieved")
        if low[k] == "while" and not _WARTIME.isdisjoint(low[k + 1:k + 5]):
            return True  # (s31) "will not be sent while fighting is still going on": the war
        if low[k] == "only" and low[k + 1:k + 2] and low[k + 1] in ("once", "after", "when") \
                and not _PREMISE_WORDS.isdisjoint(w.strip('"“”') for w in low[k + 2:k + 8]) \
                and not (low[k - 1] == "but" and not _INVERTING.isdisjoint(low[k + 2:k + 9])):
            return True  # (s31) "would not deploy troops 'today', only once a peace deal is
            # signed": refused before the force's premise, which is no refusal of the force
    return False


_WARTIME = frozenset({"fighting", "war", "hostilities", "combat", "shelling"})
# (review s47) ", but only after a peace deal will it help ...": another offer, inverted
_INVERTING = frozenset({"will", "would", "could", "can", "shall", "might"})


_SUCH_MOVE = frozenset({"move", "step", "steps", "moves", "scenario", "option"})
_WHEN = frozenset("on at in last this next , monday tuesday wednesday thursday friday saturday "
                  "sunday january february march april may june july august september october "
                  "november december jan feb mar apr jun jul aug sep sept oct nov dec".split())
_CONTINGENTS = frozenset({"contingents", "brigades", "battalions", "companies", "troop"})
_NOT_YET_FIRM = ("concrete", "specific", "firm", "detailed", "final")
_SAID_TO_BE = frozenset({"said", "reported", "believed", "thought", "understood", "known",
                         "seen", "expected"})
_COUNT_WORDS = frozenset("only two three four five six seven eight nine ten few handful first "
                         "main".split())


# a clause that opens with these after *but* has no subject of its own: "Croatia will keep
# helping Ukraine, but will not send troops" (the sentence's subject holds it; issue 15n)
_ELLIPTIC_OPENERS = _MODALS | frozenset({"not", "cannot", "does", "did", "has", "have", "is", "are",
                                         "was", "were", "wo", "ca", "also", "still"})


def _elliptic_subject(sent: Sent, s: int) -> list[Mention] | None:
    """The subject of the clause before *but* when the cue's clause is "but" + a verb with no
    subject of its own, else None."""
    low = sent.lower
    lo = sent.clause_start(s)
    if not (lo > 1 and low[lo - 1] == "but" and lo < len(low) and low[lo] in _ELLIPTIC_OPENERS):
        return None
    if sent.free_mentions(lo, s) or not _EMBEDDED_Q.isdisjoint(low[lo:s]):
        return None  # "but did not say whether Australia would send": not the clause before's
    j = lo - 2
    while j > 0 and low[j] in BOUNDARY_PUNCT:
        j -= 1
    before = sent.free_mentions(sent.clause_start(j), j + 1)
    if not before:
        return None
    return [c for c in sent.coordinated(before[0]) if c.end <= j + 1]


def _list_tail_others(low: list[str], e: int) -> bool:
    """(s24) "Some countries, including France, Britain, and several others, have expressed
    ...": *others* closes the list the nations are in, not a clause of its own."""
    k = low.index("others", e)
    return all(w in _REST_OF_LIST or w in (",", "and") for w in low[e:k]) and \
        low[k + 1:k + 2] == [","]


# (s24) "in harm's way", "in danger": a risk to troops, not an offer of them
HARM_WORDS = frozenset({"harm", "harm's", "harm’s", "danger"})


def redeployed_from(low: list[str], e: int) -> bool:
    """(s24) A refusal of moving troops away from elsewhere ("ruled out the possibility of
    redeploying UK troops from commitments in other regions"): not a refusal of the force."""
    w = low[e:e + 10]
    k = next((i for i, x in enumerate(w) if x.startswith(("redeploy", "withdraw", "pull"))), None)
    return k is not None and "from" in w[k + 1:k + 6]


_YET_TO_HOLDERS = frozenset({"has", "have", "had", "is", "are", "was", "were", "remains",
                             "remain", "still"})


def _yet_to(low: list[str], s: int) -> bool:
    """(s39) "has yet to offer", "have yet to formally commit", "is still yet to send": the cue
    after "<has / is> yet to" (an adverb in "-ly" between), a thing not done so far."""
    k = s - 1 if s >= 1 and low[s - 1].endswith("ly") else s
    return k >= 3 and low[k - 2:k] == ["yet", "to"] and low[k - 3] in _YET_TO_HOLDERS


def _not_yet(words: list[str]) -> bool:
    """"not yet", "n't yet", "not ... yet" in a cue's short lead (s24); (s60) "not so far",
    "not thus far", "not as yet" ("Bulgaria has not so far volunteered troops")."""
    return any(w in ("not", "n't") and ("yet" in words[k + 1:k + 3] or any(
        words[j:j + 2] in (["so", "far"], ["thus", "far"], ["as", "yet"]) for j in range(k + 1, k + 3)))
        for k, w in enumerate(words))


def _adversary_agent(sent: Sent, s: int, e: int) -> bool:
    """(s24) "resistance from Russia", "opposed by Moscow": the opposition's agent, named right
    after the cue, is the host or the adversary, whose stance is not scored."""
    if _agents_after(sent, s, e) != []:
        return False
    return any(m.iso3 in HOST_AND_ADVERSARY and e <= m.start <= e + 2 for m in sent.mentions)


# (s60) a refusal's passive whose agents follow: "was rejected by other members, including
# Hungary and Slovakia"
_PASSIVE_REFUSALS = frozenset({"opposed", "rejected", "dismissed", "refused", "ruled"})


def _agents_after(sent: Sent, s: int, e: int) -> list[Mention] | None:
    """The nations that oppose, named after "opposition from" / "opposed by": "provoked sharp
    opposition from some European countries, led by Germany", "strongly opposed by several
    countries, notably Germany" (issue 15q); None when the cue is not of that shape."""
    low = sent.lower
    if not (low[s] in ("opposition", "resistance") or (low[s] in _PASSIVE_REFUSALS
                                                         and low[e - 1:e + 1] != [] and "by" in
                                                         low[e - 1:e + 1])):
        return None
    out = []
    for m in sent.mentions:
        if m.start < e or m.start > e + 12 or m.iso3 in HOST_AND_ADVERSARY:
            continue
        if any(w in (";", ".", "but", "while", "whereas", "to", "which", "who")
               for w in low[e:m.start]):
            break  # "opposition from X to Y's plan": only the agents
        out.append(m)
    return out


JOINED = frozenset({"joined", "joins", "join", "joining"})  # (s34) "with Poland joining Germany in"
# what one nation joins others in: saying or taking a stance, not attending or meeting
_SAYING = frozenset({"saying", "stating", "declaring", "announcing", "ruling", "rejecting",
                     "refusing", "declining", "pledging", "offering", "committing", "expressing",
                     "signalling", "signaling", "insisting", "vowing", "promising", "opposing",
                     "raising", "voicing", "casting"})  # (s34) "joined Germany in raising doubts"


def joined_in(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s29) "Italy joined Germany, Britain and other European nations in saying they did not plan
    to deploy troops": the nation that joins the others in saying it holds their stance too.
    The stances to add, for the nation before "joined", copied from the listed nations'."""
    low = sent.lower
    out: list[StanceHit] = []
    have = {(h.actor, h.stance) for h in hits}
    for m in sent.mentions:
        k = m.end + 1 if low[m.end:m.end + 1] == ["has"] else m.end  # "Italy has joined"
        if k >= len(low) or low[k] not in JOINED:
            continue
        at = next((j for j in range(k + 1, min(len(low), k + 14)) if low[j] == "in"), None)
        if at is None or at + 1 >= len(low) or low[at + 1] not in _SAYING:
            continue  # not "joined France and Britain in attending the summit"
        listed = {o.iso3 for o in sent.mentions if k < o.start < at}
        # (s34) "Poland, Spain and Italy joined Germany in raising doubts": every joiner
        for j in sent.coordinated(m):
            for h in hits:
                if h.actor in listed and (j.iso3, h.stance) not in have and j.iso3 not in listed:
                    out.append(replace(h, actor=j.iso3, actor_text=j.text, group=None))
                    have.add((j.iso3, h.stance))
    return out


def find_stances(sent: Sent, matches: list[tuple[str, int, int]],
                 speaker_nation: str | None = None,
                 orphans: list[Orphan] | None = None,
                 context: AbstractSet[str] = frozenset(),
                 topic: AbstractSet[str] = frozenset()) -> list[StanceHit]:
    """Stances in one sentence (one per actor and stance).

    ``matches`` are the stance matcher's ``(stance, start, end)`` in the sentence (token indices
    relative to it); ``speaker_nation`` is the nation of the quoted speaker, used when the cue has
    no nation as its subject ("We are ready to send troops," the Danish prime minister said).
    Troop stances with no actor at all are added to ``orphans`` (when given) for the caller to
    attribute across sentences. ``context``: the words of the sentence before (15s: a constraint
    at home after a sentence on the force). ``topic`` (s41): the force words of the last sentence
    that is neither a quote nor a stray line, for a bare "open to participating".
    """
    words = set(sent.lower)
    if is_question(sent.lower):
        return []  # "Did X just say he was ready to send troops?": a question states no stance
    out: list[StanceHit] = []
    seen: set[tuple[str, str]] = set()
    spans: list[tuple[int, int]] = []
    for kind, s, e in sorted(matches, key=lambda m: (m[1], -m[2])):
        if any(a <= s and e <= b or a < s < b for a, b in spans):
            continue  # inside a longer cue already read ("will not send" holds "send"), or
            # opening inside it ("would not participate" and "participate in"; 15v)
        owners: list[Mention] | None = None
        if kind in ("ready", "open") and s >= 2 and sent.lower[s - 1] in _GROUP_NOUNS and \
                sent.lower[s - 2] == "of" and sent.lower[s] in _READY_WORDS:
            continue  # (s34) "Britain and France have been leading efforts to form a group of
            # countries prepared to help enforce a ceasefire": the unnamed countries' readiness
        if kind in ("ready", "open") and sent.lower[s] in _READY_WORDS and \
                _after_coalition_name(sent.lower, s):
            continue  # (s42) 'leading plans for a so-called "coalition of the willing" prepared
            # to deploy peacekeeping forces': the coalition's readiness, its leaders' none
        if kind == "undecided" and _listed_noun(sent.lower, s, e):
            continue  # (s22) "but vagueness, hesitancy, and Trump's interventions threaten":
            # a noun among the subject's nouns, nobody's hesitancy
        if kind == "ready" and {"considers", "consider", "considered"} & set(
                sent.lower[max(0, s - 3):s]) and judgement_after(sent.lower, e) is not None:
            continue  # 'considers the participation of its soldiers "inappropriate"': the
            # participation judged, not offered (s20; "considers" gives the judgement)
        if kind == "ready" and e - s == 2 and sent.lower[s] in _PLAN_NOUNS and \
                sent.lower[s + 1] in ("of", "by", "for"):
            got = _plan_of(sent, e)  # "the proposal by Britain and France to deploy troops"
            # (s42: "a plan for Britain and France to establish military hubs across Ukraine")
            if got is None:
                continue
            (owners, e), stance = got, "ready"
        elif kind == "ready" and e - s == 2 and sent.lower[s:e] == ["participation", "of"]:
            got_p = _participation_of(sent, s, e)
            if got_p is None:
                continue
            owners, stance = got_p, "ready"
            if sent.lower[max(0, s - 2):s] == ["non", "-"]:
                stance = "declines"  # (s18) "the non-participation of Bulgarian troops"
        elif kind == "ready" and (e - s == 1 and sent.lower[s] in _SIGN_VERBS or e - s == 2 and
                                  sent.lower[s] in ("agreed", "adopted")) and \
                sent.lower[s - 1:s] != ["the"]:  # not "attend ... upon the signing of"
            end = _signed_deployment(sent.lower, s)  # "signed a declaration of intent on ..."
            if end is None and sent.lower[s + 1:s + 2] == ["a"] and sent.lower[s - 1:s] != ["was"]:
                end = _bare_intent(sent.lower, s + 2)  # (s25) "signed a declaration of intent
                # with Ukraine": the force's, bare
            passive = _passive_signers(sent, s) if end is None else None
            if passive is not None:  # "a Declaration of Intent was signed by France and the UK,
                (owners, e), stance = passive, "ready"  # outlining plans for deploying" (s16)
            elif end is None:
                continue
            else:
                e, stance = end, "ready"
                owners = _signers(sent, s) or None
        else:
            # a constraint at home ("Italy faces constitutional restrictions, while the
            # Netherlands would need parliamentary approval") reads the troops of the sentence
            # before too ("The force's composition and participation will depend on ..."; 15s)
            maybe = _classify(kind, sent, s, e, words)
            own = _own_troops_after(sent, s, e) if maybe is None and kind == "ready" and \
                sent.lower[s] == "plan" else None
            if own:  # "a plan to deploy several thousand French soldiers": France's plan (15t)
                owners, maybe = own, "ready"
            if maybe is None and kind == "declines" and _bare_participation(sent.lower, e) and (
                    context & (STANCE_CONTEXT - {"participation", "contribution"})
                    and TALK_OBJECTS.isdisjoint(sent.lower)
                    or _set_against(sent.lower, s) & STANCE_CONTEXT):
                # "Several nations are ready to send troops. Portugal has ruled out any
                # participation.": the participation in the force the sentence before names (15t);
                # "the UK is prepared to commit forces, while Italy has ruled out involvement": the
                # force the clause it is set against names (s22)
                maybe = "declines"
            end = e + 1 if sent.lower[e - 1] == "take" and sent.lower[e:e + 1] == ["part"] else e
            if maybe is None and kind in ("ready", "declines") and \
                    sent.lower[e - 1] in _BARE_TAKING_PART and (
                        _clause_ends(sent.lower, end)
                        or sent.lower[end:end + 1] in (["if"], ["unless"], ["provided"])
                        or sent.lower[end:end + 1] == ["with"] and "only" in sent.lower[max(0, s - 2):e]
                        ) and \
                    (context | _earlier_clauses(sent, s)) & (
                        STANCE_CONTEXT - {"participation", "contribution"}) and \
                    TALK_OBJECTS.isdisjoint(sent.lower) and TALK_OBJECTS.isdisjoint(context):
                # "Several nations are ready to send troops to the force. Hungary will not
                # participate.": taking part in the force the sentence before names (15t); "the
                # Netherlands is prepared to take part in a peacekeeping mission, and Starmer has
                # said Britain will contribute": the mission its own sentence names first (s22)
                maybe = kind
            if maybe is None and kind == "rejects" and context & _FORCE_CONTEXT and \
                    sent.lower[e:e + 2] in (["the", "possibility"], ["the", "prospect"]) and \
                    _clause_ends(sent.lower, e + 2):
                maybe = kind  # (s41) "... sending troops to Ukraine. Several allies were quick
                # to reject the possibility.": the sending just named
            if maybe is None and kind == "undecided" and context & _FORCE_CONTEXT and \
                    sent.lower[s] in ("premature", "prematurely", "too") and \
                    not _THIS_MATTER.isdisjoint(sent.lower[sent.clause_start(s):s]) and \
                    _DETAILS.isdisjoint(sent.lower[e:e + 6]):  # (not "too early to discuss
                # details": 15v)
                maybe = kind  # (s41) "... ready to send troops. According to Dutch officials,
                # this question is premature": the sending the sentence before names
            if maybe is None and kind == "undecided" and _bare_reluctance(sent.lower, s, e) and \
                    (topic | context | _earlier_clauses(sent, s)) & _RELUCTANCE_CONTEXT and \
                    TALK_OBJECTS.isdisjoint(sent.lower):
                maybe = kind  # (s60) "... a robust military presence ... Germany and Poland, for
                # instance, have shown reluctance, emphasizing ...", "Italy is reluctant to take
                # part" after a sentence on the force: reluctant about the force just named
            if maybe is None and kind in ("declines", "undecided") and \
                    _clause_ends(sent.lower, e) and _set_after(sent.lower, e) & _TROOP_HEADS:
                maybe = kind  # (s41) "Spain has voiced opposition, while two others back the
                # idea of sending troops": the matter the contrast sets it against
            if maybe is None and kind in ("ready", "open", "declines") and \
                    bare_taking_part(sent.lower, s, e) and \
                    (topic | context | _earlier_clauses(sent, s)) & _FORCE_CONTEXT and \
                    TALK_OBJECTS.isdisjoint(sent.lower) and TALK_OBJECTS.isdisjoint(context):
                # (not "Starmer will hold a meeting. Sweden will participate": the meeting)
                # (s41) "Norway is also open to participating, its minister said", "X has
                # shown interest in participating, provided ...", "it has not ruled out
                # participation." after the force is named (a quote between): taking part in it
                maybe = kind
            if maybe is None and kind == "declines" and context & STANCE_CONTEXT and \
                    sent.lower[s + 1:s + 2] in (["take"], ["taking"], ["takes"]) and \
                    sent.lower[e - 1] in ("step", "move"):
                maybe = "declines"  # (s60) "... want to send soldiers. Slovakia said it would
                # not take such a step."
            if maybe is None and kind == "declines" and context & STANCE_CONTEXT and (
                    sent.lower[s] in _OPPOSES and _SUCH_MOVE & set(sent.lower[e:e + 3])
                    or sent.lower[e - 2:e] == ["like", "this"] or sent.lower[e - 2:e] == [
                        "like", "that"] or sent.lower[s:e] in (["no", "such", "plans"],
                                                               ["no", "such", "plan"],
                                                               ["no", "such", "intentions"],
                                                               ["no", "such", "intention"])):
                maybe = "declines"  # "Poland, however, opposes such a move.", "is not
                # considering anything like this" after a sentence on the troops (S10, 15v);
                # "Germany has no such plans." (s23)
            if maybe is None and kind == "open" and context & STANCE_CONTEXT and \
                    sent.lower[s] in _WEIGHS_SUCH and _SUCH_MOVE & set(sent.lower[e:e + 3]):
                maybe = "open"  # (s31) "Britain and France are also considering such a move"
                # after a sentence on sending troops, as "opposes such a move" declines
            if maybe is None and kind == "declines" and context & STANCE_CONTEXT and \
                    sent.lower[s] in _RULE_WORDS | {"exclude", "excludes", "excluded"} and \
                    not (_SUCH_MOVE | {"possibility", "prospect"}).isdisjoint(sent.lower[e:e + 3]) \
                    and "such" in sent.lower[e:e + 2]:
                maybe = "declines"  # (s31) "Merz does not rule out such a possibility" after a
                # sentence on the troops: the negation below makes it open
            if maybe is None and kind in ("constitution", "parliament") and \
                    context & STANCE_CONTEXT:
                maybe = _classify(kind, sent, s, e, words | (context & STANCE_CONTEXT))
                maybe = maybe if maybe == "conditional" else None
            if maybe is None:
                continue
            stance = maybe
        home = home_territory(sent, e) if stance in ("ready", "open", "conditional") and \
            kind in ("ready", "open") else None
        if stance == "ready" and s >= 1 and sent.lower[s - 1] in ("conditional", "qualified"):
            stance = "conditional"  # (s42) "China signals conditional willingness to send
            # troops": willing on terms, not an offer
        hedged = _possibility_of_troops(sent, s) if stance == "ready" else None
        if hedged:  # "the possibility of British troops participating in peacekeeping
            owners, stance = hedged, "open"  # missions": a possibility, theirs (15t)
        if stance == "ready" and sent.lower[s] in ("ready", "prepared", "willing") and s >= 2 and \
                sent.lower[s - 1] == "be" and sent.lower[s - 2] in ("could", "may", "might"):
            stance = "open"  # (s30) "China could be prepared to contribute troops": a hedge
        if stance in ("ready", "open") and not _GIVEN_UP.isdisjoint(sent.lower[max(0, s - 3):s]) \
                and not _kept_unless(sent.lower, s, e):
            continue  # "has abandoned earlier plans to send troops": no offer now (15q)
        if stance in ("ready", "open", "conditional") and only_on_nato_soil(sent.lower, e):
            continue  # (s22) "agreed to deploy its troops only on the territory of one of the
            # NATO countries": not in Ukraine
        if stance == "ready" and "possibility" in sent.lower[max(0, s - 6):s] and \
                sent.lower[s - 1:s] != ["ruled"]:
            p = max(k for k in range(max(0, s - 6), s) if sent.lower[k] == "possibility")
            if not (_EXCLUDING | _DENIED_POSSIBILITY).isdisjoint(sent.lower[max(0, p - 4):p]):
                continue  # (s47) "ruled out the possibility of Romanian troops participating":
                # the possibility refused (the refusal is read from "ruled out"), no openness
            stance = "open"  # (s22) "allowed for the possibility of the country's participation"
        if stance == "declines" and _debate_refused(sent.lower, e):
            stance = "undecided"  # (s22) "ruled out opening a debate on the deployment": not
            # yet, as "premature"
        if stance in ("ready", "open") and too_much_to(sent.lower[max(0, s - 3):s]):
            continue  # "the British army is too small to take part in sending a contingent":
            # a judgement of capacity, no offer (s16)
        if stance == "ready" and (not _HEDGES.isdisjoint(sent.lower[max(0, s - 3):s]) or (
                sent.lower[s] in _PLEDGE_NOUNS
                and not _MAYBE_NOUN.isdisjoint(sent.lower[max(0, s - 3):s]))):
            # "the decision on possible Dutch participation in a peacekeeping force" (s17)
            stance = "open"  # "prepared to take more steps, potentially including direct
            # participation in peacekeeping": a possibility, not an offer (s16)
        if stance == "ready" and _refused_offer(sent, s):
            stance = "declines"  # "refused Macron's offer to participate" (15q)
        if stance == "ready" and (sent.lower[s] in _WISH_VERBS or any(
                tuple(sent.lower[max(0, s - len(w)):s]) == w for w in _WISHES)):
            stance = "open"  # "Tallinn would like to participate in the contingent"
        if stance in ("ready", "open") and sent.lower[s] in _PLEDGE_NOUNS and \
                not _NO_COMMENT.isdisjoint(sent.lower[max(0, s - 6):s]) and \
                not (NEGATIONS | _REFUSE_TO).isdisjoint(sent.lower[max(0, s - 10):s]):
            stance = "undecided"  # (s31) "did not want to speculate on potential Dutch
            # participation": no answer given, not yet decided (read as open before)
        if stance == "ready" and sent.lower[max(0, s - 2):s] in (["decision", "to"],
                                                                 ["decisions", "to"]) and \
                not {"depend", "depends", "depended", "hinge", "hinges", "rest", "rests"}.isdisjoint(
                    sent.lower[e:e + 10]):
            stance = "undecided"  # (s31) "Canada's decision to join the peacekeeping efforts
            # would depend on the circumstances": a decision still to make, no offer
        if stance in ("ready", "open") and _yet_to(sent.lower, s):
            stance = "undecided"  # (s39) "Spain has yet to offer troops": no offer so far, as
            # "has not yet offered" (read as ready before)
        elif kind == "declines" and stance == "declines" and _yet_to(sent.lower, s):
            stance = "open"  # (s39) "has yet to rule out sending troops": as "has not ruled
            # out" (read as declines before)
        if stance in ("ready", "open") and too_soon_to_speak_of(sent.lower, s):
            stance = "undecided"  # "It is too soon to speak of the number of troops Latvia may
            # send": the sending spoken of is not yet decided (s23)
        if stance in ("ready", "open") and (_denied_before(sent.lower, s)
                                            or _denial_governs(sent.lower, s)
                                            or sent.lower[max(0, s - 2):s] == ["unlikely", "to"]):
            stance = "declines"  # '"It is not expected" that Italian troops can take part' (15zc);
            # "denied the Polish side's intentions to deploy its forces" (s13); "Japan is
            # unlikely to send troops" (s23), as "participation is unlikely" (15q)
        if stance == "ready" and sent.lower[s] in _PLEDGE_NOUNS and _hoped_for(sent.lower, s):
            stance = "open"  # "There is hope that China's participation in the mission will
            # ...": a participation hoped for, not offered (15zc)
        if stance == "ready" and not _CONSIDERED.isdisjoint(sent.lower[max(0, s - 4):s]):
            stance = "open"  # "we would give consideration to participating in any mission"
        if stance == "ready" and sent.lower[s] in ("readiness", "willingness") and \
                sent.lower[s - 1:s] in (["potential"], ["possible"], ["eventual"]):
            stance = "open"  # (s60) "Brazil is declaring its potential readiness to join"
        if stance == "ready" and not _WARMING.isdisjoint(sent.lower[max(0, s - 6):s]) and \
                "to" in sent.lower[max(0, s - 6):s]:
            stance = "open"  # (s60) "The Czech Republic is warming to the idea of joining"
        put_off = _put_off(sent.lower, e) if kind != "declines" and \
            sent.lower[s] in _PLEDGE_NOUNS else None
        if put_off == "off":
            continue  # (s56) "Finnish participation in a ground force is not on the agenda":
            # the participation is what is put off; the refusal's own cue reads it
        if put_off == "kept":
            stance = "open"  # "Danish participation in the force has not been ruled out", "is
            # no longer ruled out": kept possible, as "has not ruled out"
        if kind != "declines" and _object_of_negated_refusal(sent.lower, s):
            continue  # (review s53) "has not ruled out joining": the refusal's own cue reads
            # it (open); the negation is the refusal's, not this offer's (read as declines)
        if stance == "ready" and _promise_withheld(sent.lower, s):
            stance = "undecided"  # "gave no guarantees that it would send troops" (15s)
        elif _negated(kind, sent, s):
            if owners is not None and sent.lower[s] == "plan":
                continue  # "Moscow rejected a plan to deploy Danish troops": the refusal is
                # the subject's, not the plan's owners' (15t)
            if kind == "declines":  # "has not ruled out"
                stance = "open"
            elif stance == "ready" and sent.lower[s] in _PROMISES:
                stance = "undecided"  # "makes no promises to send ground troops": no
                # commitment yet, not a refusal (15s)
            elif stance in ("ready", "open") and statement_withheld(sent.lower, s):
                stance = "undecided"  # (s60) "Germany has not yet expressed a willingness to
                # participate": no statement so far (read as ready, or as a refusal without "yet")
            elif stance in ("ready", "open") and _not_yet(sent.lower[max(0, s - 4):s + 1]):
                stance = "undecided"  # "France is not yet ready to send its soldiers": not
                # now, no refusal (s24; as "have not yet given the green light", 15q)
            elif stance in ("ready", "open") and sent.lower[s] in (
                    "discuss", "discussing", "debate", "debating") and \
                    not {"until", "before", "till"}.isdisjoint(sent.lower[e:e + 12]):
                stance = "undecided"  # (s31) "will not discuss participation ... until a peace
                # agreement is signed": not yet, as "premature"
            elif stance in ("ready", "open") and _for_now(sent.lower[e:e + 12]):
                stance = "undecided"  # (s31) "is not prepared to commit troops at this
                # stage": not now, as "not yet ready"
            elif stance == "ready" and sent.lower[s] in ("plans", "plan") and \
                    "yet" in sent.lower[e:e + 10]:
                stance = "undecided"  # "has no plans to send troops yet" (15v)
            elif stance == "ready" and sent.lower[s] in _COMMITTED and (
                    not {"has", "have", "had"}.isdisjoint(sent.lower[max(0, s - 3):s])
                    or "yet" in sent.lower[max(0, s - 3):s + 1]):
                stance = "undecided"  # "has not (yet) committed to sending troops": no
                # commitment so far, not a refusal ("will not commit" is one; 15v)
            elif stance in _POSITIVE_TO_NEGATED:
                stance = _POSITIVE_TO_NEGATED[stance]
            elif kind == "rejects" and _not_before_verb(sent.lower, s) \
                    and _own_sending_after(sent.lower, e):
                stance = "open"  # (s51) "does not reject the idea of deploying its troops": the
                # sending kept possible, as "has not ruled out" (dropped before); the negation
                # right before the verb ("did not hesitate to reject" is a refusal)
            else:
                continue
        if _open_question(sent.lower[max(sent.clause_start(s), s - 24):s]):
            continue  # "it remains to be seen if Starmer will put his plan to a vote": a
            # question still open, no stance (s17)
        if kind in ("undecided", "declines", "rejects") and _others_part_after(sent, e):
            continue  # (s60) "The Greek government expressed reservations about the possible
            # participation of Turkey": doubts about another nation's part, no stance of its own
        if stance == "declines" and combat_only(sent.lower, s, e):
            continue  # "rules out combat troops": the war, not the force after a ceasefire (s13)
        if stance == "declines" and outside_ukraine(sent.lower, e):
            continue  # "Greek troops will not operate on Russian territory": a limit on where
            # they would serve, not a refusal of the force (s17)
        if e - s == 1 and sent.lower[s] in _RELUCTANT and any(m.start == e for m in sent.mentions):
            continue  # (s24) "pressure on allies – especially a reluctant Germany – to back the
            # idea": an epithet of the nation after it, not a stance of the clause's subject
        if stance in ("ready", "open") and sent.lower[e - 1] in ("put", "puts", "putting") \
                and not (HARM_WORDS | {"risk"}).isdisjoint(
                    sent.lower[e:e + 6]):
            continue  # (s24) "acknowledging it could put UK forces in harm's way": the risk
            # of an offer, not another offer
        if stance in ("ready", "open") and beside_ukraine(sent.lower, e):
            continue  # "considering deploying forces near Ukraine, such as in Poland or
            # Romania": forces next to Ukraine, no offer for the force in it (s23)
        if kind == "constitution" and _given_as_reason(sent.lower, s):
            continue  # (s56) "will not dispatch personnel because its constitution restricts
            # deployments abroad": the refusal's reason, no condition of an offer
        condition = None
        base = None
        if kind == "depends" and sent.lower[s].startswith("pre"):
            # the condition is the clause before the cue ("a US guarantee is a precondition")
            stance, condition = "conditional", _condition_named(sent.lower[
                sent.clause_start(s):s])
        elif kind == "depends" and _premise_only(sent.lower[e:sent.clause_end(e)]):
            continue  # (s45) "any contribution would depend on Russia agreeing to a ceasefire":
            # the force's premise (session 8's ruling), no condition and no offer
        elif kind == "depends":
            stance, condition = "conditional", _condition_of(sent, s, kind) or "other"
            head = sent.lower[max(0, s - 4):s + 1]
            if {"potential", "possible", "eventual"} & set(head) and _PLEDGE_NOUNS & set(head):
                base = "open"  # "Germany's potential involvement would depend on ...": the
                # potential participation (an open cue, §5) on that condition (15zb)
            elif sent.lower[s] == "decisions":
                base = "undecided"  # (s18) "decisions would depend on U.S. involvement": not
                # decided yet, on that condition
        elif stance in ("ready", "open") and kind == "parliament":
            pass  # "parliament approved sending 300 troops": a decision taken, not a condition
        elif kind == "declines" and stance == "declines" and sent.lower[s] in _OPPOSES and \
                _unless_after(sent.lower, e, only_unless=True):
            # "opposes the deployment unless the US takes part": opposed but for that (15v)
            stance, condition = "conditional", _condition_of(sent, e, kind) or "other"
        elif kind == "declines" and stance == "declines" and sent.lower[e - 1] in _DEPLOY \
                and _unless_after(sent.lower, e):
            # "would not deploy their troops unless they received US guarantees" (15n)
            stance, condition = "conditional", _condition_of(sent, e, kind) or "other"
            if _unless_after(sent.lower, e, only_unless=True):
                base = "ready"  # "not ... unless X" is "only if X": the offer on that
                # condition, recorded beside it as "only if" is (15t)
        elif kind == "declines" and stance == "declines" and (
                sent.lower[e - 1] in _DEPLOY or sent.lower[e - 1] in _EXCLUDING
                or e >= 2 and sent.lower[e - 1] == "out" and sent.lower[e - 2] in _RULE_WORDS) \
                and without_required(sent.lower, e) is not None:
            # "will not deploy soldiers without a UN mandate": "only with" one, as "unless" (15zb);
            # (s35) "she excludes sending Italian troops without a UN mandate" likewise
            stance, condition, base = "conditional", without_required(sent.lower, e), "ready"
        elif stance == "undecided" and (sent.lower[s] in _RELUCTANT or "reservations" in
                                        sent.lower[s:e]) and \
                without_required(sent.lower, e) is not None:  # (s41) "voiced reservations
            # about deploying without American involvement": as "reluctant ... without"
            # "reluctant to send troops without US backing": the condition, and no offer beside
            # it (set 14's annotation; 15zb)
            stance, condition = "conditional", without_required(sent.lower, e)
        elif kind == "declines":
            pass  # "has not ruled out ..., depending on the rules": still only open
        elif stance in ("ready", "open") and _required_before(sent.lower, s) is not None:
            # "Sweden wants a clear mandate before joining the force": the condition, not an
            # offer beside it (15x)
            stance, condition = "conditional", _required_before(sent.lower, s)
        elif stance in ("ready", "open") or kind in ("constitution", "parliament"):
            condition = _condition_of(sent, e, kind)
            if condition is not None:
                base = stance if stance in ("ready", "open") else None
                stance = "conditional"
        if kind == "declines" and _adversary_agent(sent, s, e):
            continue  # "a move likely to face resistance from Russia": the adversary's
            # opposition, no contributor's refusal (s24)
        spans.append((s, e))
        actors: list[Mention]
        paired = False  # (s60) the actors are a pair the cue's clause refers back to
        if owners is not None:
            actors = owners
        elif (kind == "talks") or (kind == "leading" and sent.lower[e - 1] == "by"):
            actors = sent.object_actors(e - 1)
        elif kind == "ready" and e - s == 2 and sent.lower[e - 1] == "by":
            actors = [m for m in sent.object_actors(e - 1)  # a passive's agent (15q)
                      if m.start == e or sent.lower[e:m.start] == ["the"]]
            actors = [m for m in sent.coordinated(actors[0])
                      if m.iso3 not in HOST_AND_ADVERSARY] if actors else []
        elif kind == "depends" and sent.lower[s].startswith("pre"):
            # "Denmark says a US guarantee is a precondition for sending troops": the nations
            # that speak, not those the condition names (15t)
            actors = _clause_speaker(sent, s, names_from=0) or []
        elif kind == "depends" and (spoke := _clause_speaker(sent, s)) is not None:
            # "Lithuania and Latvia signaled readiness, though Riga says participation depends
            # on Washington's contribution": the condition is the speaker's, Latvia's (s15)
            actors = spoke
        else:
            group_at = _group_subject(sent, s)
            elliptic = _elliptic_subject(sent, s)
            actors = sent.subject_actors(s) if elliptic is None else elliptic
            if stance == "ready" and sent.lower[s] in _PLAN_NOUNS and \
                    sent.lower[s - 1:s] in (["'s"], ["’s"]):
                owner = next((m for m in sent.mentions if m.end == s - 1), None)
                if owner is not None and len(actors) <= 1:  # "signed up to Britain and
                    # France's plan to send troops": the whole list owns it, governed or not (15x)
                    owners = [m for m in _possessor_list(sent, owner)
                              if m.iso3 not in _NOT_CONTRIBUTORS]
                    if owners:  # (a group subject before them joins the plan: theirs stays)
                        actors, group_at = owners, None
            if actors and stance in TROOP_STANCES and sent.lower[s] in _OWNED_PLEDGES:
                owner = next((m for m in sent.mentions if m.end == s and m.label == "NATION"
                              and m.iso3 not in _NOT_CONTRIBUTORS), None)
                if owner is not None:  # (s30) "Britain welcomed Dutch participation in the
                    # force": the adjective's nation owns the pledge, not the subject
                    owned = {m.iso3 for m in sent.coordinated(owner)}
                    actors = [a for a in actors if a.iso3 in owned]
            if actors and stance in TROOP_STANCES and all(
                    a.iso3 in _NOT_CONTRIBUTORS and a.end < len(sent.lower)
                    and sent.lower[a.end] in _ROLE_NOUNS for a in actors):
                # "wants clarity on US involvement before any decision": the US as the
                # modifier of a noun, not the subject; the subject before it (15v)
                actors = sent.subject_actors(s, exclude=_NOT_CONTRIBUTORS)
            if not actors and elliptic is None and s >= 3 and \
                    sent.lower[s - 3] in _SAID_TO_BE and sent.lower[s - 2:s] == ["to", "be"]:
                actors = sent.subject_actors(s - 3)  # "X is said to be open to ...": a passive
                # report of X's stance, not a speech verb with a clause of its own (15v)
            agents = _agents_after(sent, s, e) if kind in ("declines", "rejects") else None
            if agents is not None:  # "opposition from some countries, led by Germany" (15q)
                actors, group_at = agents, None
                if agents and not NEGATIONS.isdisjoint(sent.lower[max(0, s - 2):s]):
                    stance = "open"  # (s60) "The idea of sending troops was not dismissed by
                    # Finland and Sweden": a refusal withheld, as "has not ruled out"
            if group_at is not None and stance in ("ready", "open", "conditional"):
                excluded = _not_among(sent, group_at)
                included = [] if excluded else _not_among(sent, group_at, negated=False)
                if excluded:  # "Greece is not among the countries ready to send troops"
                    actors, stance, condition, base = excluded, "declines", None, None
                    group_at = None
                elif included and any(w in ("that", "which", "who") for w in
                                      sent.lower[group_at:s]):
                    actors, group_at = included, None  # "is among the countries that have
                    # offered troops" (15t)
            if group_at is not None and (apposed := _apposed_nations(sent, group_at)):
                actors, group_at = apposed, None  # (s56) "Britain and France, the only two
                # countries that had publicly committed to ..."
            if group_at is not None and actors and _dashed_members(sent.lower, group_at):
                members = _included_after(sent, group_at + 1, s)
                if members:  # (s56) "Several countries – led by France, the UK and the Baltic
                    actors = members  # states – have ...": all the aside names, not its last
            if group_at is not None and actors and not _listed_with(sent.lower, actors, group_at):
                actors = []  # "Starmer urged other European countries to be ready ..."
            if actors and with_list_only(sent, actors, s):
                actors = []  # "For example, together with Latvia, Lithuania, to participate
                # ...": the partners a subject left unsaid acts with, not the subject (15zb)
            if not actors and group_at is not None:
                actors = _included_after(sent, e)  # "..., including the UK and France"
            if not actors and stance in TROOP_STANCES and _group_after_cue(sent.lower, s, e):
                actors = _included_after(sent, e)  # (s60) "There is hesitancy in several
                # capitals, notably Rome and Berlin", "the reluctance of other capitals to join,
                # especially Germany and Poland"
            if not actors and group_at is not None:
                actors = _included_after(sent, group_at + 1, s)  # "About six countries,
                # including Britain, France and Turkey, are discussing plans to send" (15t)
            if stance in TROOP_STANCES and (pair := _pair_named_before(sent, s)):
                actors, paired = pair, True  # (s60) "..., backing Zelensky's demand, with both nations
                # expressing willingness to deploy troops": the pair the sentence named
            if not actors and stance in TROOP_STANCES:
                actors = _described_group_members(sent, s, e)  # "Countries ready to send
                # troops include A and B": the description's stance, each member's (15zc)
            if not actors and group_at is None:
                actors = sent.speaker_actors()
        relative_subject = bool(actors) and sent.clause_start(s) >= 2 and \
            sent.lower[sent.clause_start(s) - 1] in ("which", "who") and \
            max(a.end for a in actors) == sent.clause_start(s) - 2  # (s60) "Analysts point to
        # Turkey, which has signalled willingness to participate": Turkey's own clause
        if actors and stance in TROOP_STANCES and (
                not _RECOMMEND.isdisjoint(sent.lower[max(a.end for a in actors):s])
                or not relative_subject and not _OUTSIDE_GOVERNMENT.isdisjoint(  # ("opposition
                    # from"; 15q)
                    w for k, w in enumerate(sent.lower[:min(a.start for a in actors)])
                    if k != s and not _told_audience(sent.lower, k))
                or _outsider_said_of(sent.lower, actors, s)
                or opposition_speaks(sent, min(a.start for a in actors))):
            actors = []  # "a lawmaker said that Berlin should not rule out ...", a poll (15j)
            speaker_nation = None  # (nor the speaker's: "Merz, the likeliest candidate for
            # chancellor, said Berlin was not considering ..."; s17)
        if actors and stance in TROOP_STANCES and "must" in sent.lower[
                max(a.end for a in actors):s] and speaker_nation not in {a.iso3 for a in actors}:
            actors = []  # (s29) "Germany must send peacekeepers, says a CDU politician": a
            # demand, as "should" is advice (15j), unless the nation's own leader speaks
            speaker_nation = None
        if actors and stance in TROOP_STANCES and said_by_outsider_after(sent.lower, e):
            actors = []  # (s29) "Germany must be prepared to make a significant contribution,
            # said CDU security policy expert X": the outside voice speaks after the cue
            speaker_nation = None
        if actors and stance in TROOP_STANCES:
            actors = [a for a in actors if not outside_government(sent.lower, a, s)]
            speaker_nation = speaker_nation if actors else None
        if actors and max(a.end for a in actors) <= sent.clause_start(s) and \
                {"we", "i"} & set(sent.lower[sent.clause_start(s):s]):
            actors = []  # '"If Trump can broker a peace, then we will be ready ...," X said':
            # the speaker's "we", not a nation named in the clause before (15q)
        if _estimated_before(sent.lower, min([a.start for a in actors] + [s])):
            actors = []  # "It is estimated that Paris could deploy up to 10,000 troops": an
            # outside estimate of what a nation could field, not its stance (15s)
            speaker_nation = None
        if actors and stance in TROOP_STANCES and owners is None and \
                _others_reported(sent.lower, s, max(a.end for a in actors)):
            actors = []  # "Macron suggested all 26 would send troops": the clause's subject is
            # the unnamed others, not the nation that speaks of them (s13)
            speaker_nation = None
        if actors and former_reporter(sent.lower, min(a.start for a in actors)):
            actors = []  # "former Polish ambassador ... suggested that Warsaw might send Polish
            speaker_nation = None  # soldiers": no government's stance (s18)
        if actors and others_about(sent, min(a.start for a in actors)):
            actors = []  # "Russia warns Australia against sending troops" (15zc)
            speaker_nation = None
        if actors and all(told_person(sent.lower, a) for a in actors):
            actors = []  # "The Prime Minister has told Sir Keir he will 'consider' providing
            speaker_nation = None  # troops": the teller's stance, not the told's (s17)
        last_end = max(a.end for a in actors) if actors else 0
        if actors and "others" in sent.lower[last_end:s] and \
                [w for w in sent.lower[last_end:last_end + 3]
                 if w not in (",", "–", "—", "-")][:2] not in (["and", "others"], ["among", "others"]) \
                and \
                not _list_tail_others(sent.lower, last_end):  # (s18: "Germany and
            # others said decisions would depend on U.S. involvement": Germany among them)
            actors = []  # "Denmark has agreed, but many others are reluctant": not Denmark
        if actors and not paired and any(
                m.iso3 in HOST_AND_ADVERSARY and max(a.end for a in actors) <= m.start
                          and m.end < s and sent.lower[m.end:m.end + 1] in (["'s"], ["’s"])
                          for m in sent.mentions):
            actors = []  # (s24) "Britain is planning ..., regardless of the Kremlin's rejection
            # of any deployment as unacceptable": the adversary's judgement, not the actor's
        if actors and stance == "declines" and redeployed_from(sent.lower, e):
            actors = []  # (s24) "ruled out redeploying UK troops from commitments elsewhere"
        if actors and _asked_before(sent.lower, min(a.start for a in actors)):
            actors = []  # "Asked if Australia would contribute ..., Marles ..." (15q)
        if actors and _asked_if(sent.lower, max(a.end for a in actors), s):
            actors = []  # "X asked his counterparts if they could ...": not X's stance
        if actors and "whether" in sent.lower[max(0, actors[0].start - 6):actors[0].start]:
            actors = []  # "discussed whether countries such as Spain would be willing ..."
        if not actors and stance in TROOP_STANCES:
            actors = _pronoun_back(sent, s)  # "Although Ankara remains open to talks, it
            # insists that any deployment be contingent on ...": "it" is Ankara (15v)
        if not actors and stance in TROOP_STANCES:
            actors = pronoun_after_contrast(sent, s)  # (s41) "Romania will back the allies that
            # send troops, although it will not take part itself": "it" is Romania
        if not actors and stance in TROOP_STANCES:
            actors = _titled_speaker_country(sent, s)  # "The head of the Swiss Armed Forces,
            # Thomas Süssli, stated that his country could provide troops" (15t)
        if not actors and stance in TROOP_STANCES and not speaker_nation and not (
                stance == "declines" and sent.lower[s - 1:s] in (["not"], ["n't"], ["never"])):
            # (not '"We are not against sending Austrian troops"': the clause-shape pass's)
            actors = _we_send_own(sent, s, e)  # '"We do not plan to send Polish soldiers to
            # Ukraine."': the troops "we" would send are the speaker's nation's (s17)
        if not actors and stance in TROOP_STANCES and ":" in sent.lower[:s]:
            actors = _nation_said_we(sent, s)
        if not actors and stance in TROOP_STANCES and kind != "parliament":
            actors = _participle_speaker(sent, s)  # "Tusk ..., emphasizing that no such
            # actions are currently planned": the subject of the participle speaks (15s)
        if not actors and kind == "parliament":  # "The Riigikogu approved the deployment",
            # "... decided by the Bundestag": a parliament stands for its nation
            actors = [m for m in sent.mentions if m.start <= s < m.end]
        if not actors and kind == "parliament":  # "MPs would vote before any UK troops are
            # deployed": the nation whose troops the vote is on (15v)
            actors = [m for m in sent.mentions if m.end < len(sent.lower)
                      and sent.lower[m.end] in _OWN_TROOPS and m.iso3 not in _NOT_CONTRIBUTORS]
        if not actors and kind == "undecided" and sent.lower[e - 1] in (
                "uncertain", "unclear", "undecided", "question"):
            # "the participation of the Netherlands remains uncertain": whose participation
            lo = sent.clause_start(s)
            owners = [m for m in sent.mentions if lo <= m.start and m.end <= s
                      and m.iso3 not in HOST_AND_ADVERSARY]
            actors = owners[:1]
        if home is not None:  # troops kept on their own soil: no stance (15v)
            actors = [a for a in actors if home != "*" and a.iso3 != home]
        if owners is None and _force_relative(sent.lower, s):
            actors = []  # 'a "reassurance force" that could deploy troops': the force's (s15)
        if actors and owners is None and _theirs(sent.lower, max(a.end for a in actors), s, e):
            actors = []  # "Macron called a meeting with the leaders of several European states
            speaker_nation = None  # to discuss their potential involvement": theirs (s17)
        relative = _nations_relative(sent.lower, s) if actors else None
        if relative is not None:  # "a group of nations who would be willing to join": not
            actors = [a for a in actors if a.start > relative]  # the convenors' (s16)
        cue = sent.text_of(s, e)
        hits = [(a.iso3, a.text, a.group) for a in actors]
        if not hits and speaker_nation and stance in STANCES and \
                (home is None or home not in ("*", speaker_nation)) and \
                not _EMBEDDED_Q & set(sent.lower[sent.clause_start(s):s]) and \
                not _asked_before(sent.lower, s) and \
                not {"what", "how"} & set(sent.lower[max(0, s - 4):s]) and \
                (_group_subject(sent, s) is None or stance == "declines"
                 and speaker_nation not in _NOT_CONTRIBUTORS
                 and _own_bloc(sent.lower, _group_subject(sent, s))) and \
                not _others_reported(sent.lower, s) and not _force_relative(sent.lower, s):
            # (s30) "Scholz said Western countries will not send any ground troops": a refusal
            # for the bloc the speaker's nation belongs to is its refusal too, as readers record
            hits = [(speaker_nation, speaker_nation, None)]
        if not hits and orphans is not None and stance in TROOP_STANCES and \
                not _force_relative(sent.lower, s) and not (
                    stance == "undecided" and _detail_after(sent.lower, s)):  # (s59) a detail
            kind_of = _orphan_kind(sent, s)
            if kind_of is not None:
                orphans.append(Orphan(stance, cue, condition, kind_of))
        n_before = len(out)
        for iso3, text, group in hits:
            key = (iso3, stance)
            if key in seen:
                continue
            if stance in ("ready", "open", "conditional") and _CONTRAST & set(sent.lower[:s]) \
                    and any(h.actor == iso3 and h.stance == "declines" for h in out) \
                    and _support_not_troops(sent.lower, e):
                continue  # "will not send troops, but is ready to help the forces with satellite
                # links": the offer after the refusal is of something else (s13)
            seen.add(key)
            base_here = base
            if stance == "conditional" and base is None and _CONTRAST & set(sent.lower[:s]):
                # (s30) "Sweden is ready to send troops, but parliament must approve any
                # deployment": the condition qualifies the offer before it, which stays its base
                base_here = next((h.stance for h in reversed(out) if h.actor == iso3
                                  and h.stance in ("ready", "open")), None)
            if stance in TROOP_STANCES and _CONTRAST & set(sent.lower[:s]) and not (
                    stance == "open" and _troops_before_but(sent.lower, s, e)
                    and sent.lower[e:e + 1] in (["from"], ["in"], ["on"], ["at"], ["near"])):
                # (not a hedged offer placed elsewhere, "ruled out deploying forces inside
                # Ukraine but could contribute from neighbouring territory": both stand, 15t)
                # "opposed to sending troops but has not ruled it out": the later cue qualifies
                # the earlier one
                out = [h for h in out if not (h.actor == iso3 and h.stance in TROOP_STANCES)]
                seen = {(h.actor, h.stance) for h in out} | {key}
            out.append(StanceHit(actor=iso3, actor_text=text, stance=stance, cue=cue,
                                 condition=condition, group=group, base=base_here))
        if stance == "conditional" and base is not None and len(out) > n_before:
            holders = _condition_speakers(sent, e)
            if holders is not None:  # "X and Y signaled readiness, though Riga says it depends
                # on ...": the condition is Latvia's alone; the others' offer stands bare (s15)
                out[n_before:] = [h if h.actor in holders else
                                  replace(h, stance=base, condition=None, base=None)
                                  for h in out[n_before:]]
    return out


def _condition_speakers(sent: Sent, e: int) -> set[str] | None:
    """The nations that state the condition after the cue ending at ``e`` in a clause of their
    own ("…, though Riga says participation depends on …"); None when no nation speaks there."""
    k = next((k for k in range(e, len(sent.lower)) if sent.lower[k] in _IF_WORDS), None)
    if k is None or sent.clause_start(k) <= e:
        return None
    spoke = _clause_speaker(sent, k)
    return {m.iso3 for m in spoke} if spoke else None


_FORCE_ANTECEDENTS = frozenset({"force", "forces", "mission", "coalition", "contingent",
                                "operation"})


_IF_ASKED = frozenset({"seen", "unclear", "clear", "uncertain", "known", "unknown", "know",
                       "wondered", "wonder", "doubtful"})


def _open_question(before: list[str]) -> bool:
    """The words before a cue open a question about it: "if" after "remains to be seen",
    "unclear", "not known" (an "if" of condition is no question)."""
    return any(
        w == "if" and k > 0 and before[k - 1] in _IF_ASKED for k, w in enumerate(before))


def outside_ukraine(low: list[str], e: int) -> bool:
    """The refused act is placed in Russia, after the cue ending at ``e``: "will not operate on
    Russian territory", "would not enter Russia"."""
    tail = low[e:e + 6]
    return any(w in ("on", "in", "inside", "into", "enter") and (
        tail[k + 1:k + 3] in (["russian", "territory"], ["russian", "soil"])
        or tail[k + 1:k + 2] == ["russia"]) for k, w in enumerate(tail))


_REGION_WORDS = frozenset({"region", "regions", "area", "areas", "oblast", "oblasts", "province",
                           "provinces", "district", "districts", "part", "parts"})


def beside_ukraine(low: list[str], e: int) -> bool:
    """The forces of a cue ending at ``e`` go next to Ukraine, not into it: "deploying forces
    near Ukraine (, such as in Poland)", "in neighbouring countries (Poland)", with no "in (to,
    into, inside) Ukraine" before (s23). Forces based in a named neighbour ("Danish soldiers would be
    stationed in Poland") stay an offer, as 15t read them."""
    tail = low[e:e + 8]
    for k, w in enumerate(tail):
        if w in (".", ";", "but", "while", "whereas", "and"):
            return False
        if w in ("in", "to", "into", "inside", "within") and tail[k + 1:k + 2] == ["ukraine"]:
            return False
        if w == "near" and tail[k + 1:k + 2] == ["ukraine"]:
            return True
        if w == "in" and tail[k + 1:k + 2] in (["neighbouring"], ["neighboring"]):
            return True  # "in neighbouring countries", "in neighbouring Poland or Romania"
        if w == "in" and tail[k + 1:k + 2] == ["a"] and tail[k + 2:k + 3] in (
                ["neighbouring"], ["neighboring"]) and _REGION_WORDS.isdisjoint(tail[k + 3:k + 5]):
            return True  # (s46) "German troops could be deployed in a neighboring NATO country"
            # (not "in a neighbouring region of Ukraine")
    return False


def _theirs(low: list[str], a_end: int, s: int, e: int) -> bool:
    """ "their" in or just before the cue, with unnamed nations (states, leaders, partners)
    between the actor and the cue: the pronoun stands for those, not for the actor."""
    between = low[a_end:max(a_end, s - 1)]
    if _GROUP_NOUNS.isdisjoint(between) or "their" not in low[max(0, s - 1):e]:
        return False
    g = max(k for k, w in enumerate(between) if w in _GROUP_NOUNS)
    # (s24) "France, Britain, and some Baltic countries, have expressed their readiness": the
    # group closes the actors' own list, "their" is all of them
    return not all(w in _UNNAMED_LIST_TAIL or w in (",", "and") for w in between[:g + 1])


def _force_relative(low: list[str], s: int) -> bool:
    """The cue opens a relative clause on a force: 'a "reassurance force" that could deploy
    troops' (the force's deploying, not the speaker's nation's; s15)."""
    if s < 2 or low[s - 1] not in ("that", "which"):
        return False
    before = [w for w in low[max(0, s - 4):s - 1] if w not in _QUOTES]
    return bool(before) and before[-1] in _FORCE_ANTECEDENTS


def _nations_relative(low: list[str], s: int) -> int | None:
    """The cue opens a relative clause on unnamed nations: "convening a group of nations who
    would be willing to join a force" (theirs, not the convenors'; s16). The relative pronoun's
    index, or None ("one of / among the countries that are ready" names its members)."""
    r = s - 1
    while r > 0 and s - r <= 3 and low[r] in _RELATIVE_AUX:
        r -= 1  # "who would be willing", "that have been ready"
    if r < 1 or low[r] not in ("that", "which", "who") or low[r - 1] not in _NATION_ANTECEDENTS:
        return None
    return None if {"among", "one"} & set(low[max(0, r - 4):r - 1]) else r


_RELATIVE_AUX = frozenset({"would", "will", "could", "might", "may", "be", "are", "were", "is",
                           "was", "have", "has", "been", "also", "now"})
_NATION_ANTECEDENTS = frozenset({"nations", "countries", "states", "allies", "partners"})


# (s34) "Berlin has put on hold its plans to send German troops", "Germany has shelved plans to
# deploy soldiers": a plan to send stopped is no offer; readers record a refusal
_NOT_ONLY = (["only"], ["merely"], ["just"], ["simply"])  # "not only shelved ... but also"
_NEGATION_BREAKS = frozenset({",", "and", "but", "which", "who", "that", "or", ";"})
_HALTED = frozenset({"shelved", "shelves", "shelve", "abandoned", "abandons", "abandon", "scrapped",
                     "scraps", "scrap", "suspended", "suspends", "suspend", "halted", "halts",
                     "froze", "frozen", "freezes", "ditched", "ditches", "dropped", "drops"})


def plans_halted(low: list[str]) -> bool:
    """Whether the sentence stops a plan to send troops: "put on hold (its) plans to send",
    "shelved plans to deploy", "plans ... were abandoned"; not when the stopping is denied
    ("will not abandon plans to send troops": `plans_kept`)."""
    return _plans_stopped(low) is True


def plans_kept(low: list[str]) -> bool:
    """(s48) Whether the sentence denies stopping a plan to send troops: "Britain will not
    abandon plans to send troops", "has not shelved its plans to deploy" -- the plan stands."""
    return _plans_stopped(low) is False


def _plans_stopped(low: list[str]) -> bool | None:
    """True: a plan to send stopped (at any of the sentence's plans); False: its stopping denied
    (and none stopped); None: neither."""
    found: set[bool] = set()
    for k, w in enumerate(low):
        if w not in ("plan", "plans"):
            continue
        after = low[k + 1:k + 4]
        if "to" not in after or not _DEPLOY.intersection(low[k + 1:k + 6]) and \
                not {"deploying", "sending"}.intersection(low[k + 1:k + 6]):
            continue
        before = low[max(0, k - 6):k]
        stops = [j for j, x in enumerate(before)
                 if x in _HALTED or before[j:j + 2] in (["on", "hold"], ["on", "ice"])]
        if stops:
            at = stops[-1]
            # "will not abandon", "won't be putting on hold", "has not shelved": denied -- the
            # negation in the stopping verb's own clause ("Germany, which did not consult allies,
            # shelved plans" stops them), and not "not only shelved ... but also"
            lead = before[max(0, at - 4):at]
            cut = max((j + 1 for j, x in enumerate(lead) if x in _NEGATION_BREAKS), default=0)
            lead = lead[cut:]
            denied = any(x in NEGATIONS and lead[j + 1:j + 2] not in _NOT_ONLY
                         for j, x in enumerate(lead))
            if _hedged(before, at) and _kept_on_terms(low[k:]):
                denied = True  # (s58) "likely to abandon their plan ... unless they secure US
                # backing": the plan stands on a condition
            found.add(not denied)
            continue
        if _HALTED.intersection(low[k + 1:k + 14]) and \
                {"were", "was", "been"}.intersection(low[k + 1:k + 14]):
            # "plans ... have not been shelved": the negation right before the halting word
            # (not "were dropped after no agreement was reached")
            for h in range(k + 1, min(len(low), k + 14)):
                if low[h] in _HALTED:
                    found.add(NEGATIONS.isdisjoint(low[max(k + 1, h - 3):h]))
    # ("plans ... have not been shelved": denied too)
    return True if True in found else False if found else None


# (s34) "Poland is open to German troops being stationed on its soil": another nation's troops
# welcomed (or refused) by a host, not the host's own offer
_TROOP_NOUNS = frozenset({"troops", "soldiers", "forces", "personnel", "peacekeepers", "contingent"})


# one-word demonyms -> their nation, built once ("german" -> DEU)
_DEMONYM_NATION = {d.lower(): iso for iso, ds in DEMONYMS.items() for d in ds if " " not in d}


def others_named_troops(sent: Sent, hit: StanceHit) -> bool:
    """Whether the troops right after the stance's cue are another nation's by name ("open to
    German troops"), not the holder's ("open to sending German troops" names the sender's own
    only if the holder is that nation)."""
    low = sent.lower
    cue = hit.cue.lower().split()
    if not cue:
        return False
    at = next((k for k in range(len(low) - len(cue) + 1) if low[k:k + len(cue)] == cue), None)
    if at is None:
        return False
    tail = low[at + len(cue):at + len(cue) + 6]
    t = next((k for k, w in enumerate(tail) if w in _TROOP_NOUNS), None)
    if t is None or any(g in tail[:t] for g in ("sending", "send", "deploying", "deploy", "put",
                                                  "putting")):
        return False
    # every nation named on the troops ("British and French troops"): the holder's among them
    owners = {_DEMONYM_NATION[w] for w in tail[:t] if w in _DEMONYM_NATION}
    return bool(owners) and hit.actor not in owners


# (s34) "Starmer's call for Europe to deploy peacekeeping troops was rejected by Germany": the
# rejecter named after a passive refuses the proposal of troops
_REJECTED = frozenset({"rejected", "dismissed", "rebuffed", "refused", "opposed"})
_PROPOSALS = frozenset({"cry",  # (s45) "Starmer's rallying cry for Europe to deploy troops"
                        "call", "calls", "proposal", "proposals", "plan", "plans", "idea",
                        "suggestion", "request", "appeal", "push", "initiative"})


def rejected_by(sent: Sent) -> list[tuple[Mention, int]]:
    """The nations named after "(was) rejected by" whose passive subject is a proposal of
    troops, with the index of the verb."""
    low = sent.lower
    out: list[tuple[Mention, int]] = []
    for k, w in enumerate(low):
        # (s45) "... was last night rejected by Germany": a time between the auxiliary and verb
        if w not in _REJECTED or low[k + 1:k + 2] != ["by"] or \
                not {"was", "were", "been", "is", "are"}.intersection(low[max(0, k - 5):k]):
            continue
        if _PROPOSALS.isdisjoint(low[:k]) or TROOP_WORDS.isdisjoint(low[:k]):
            continue
        first = next((m for m in sent.mentions if m.start == k + 2
                      or m.start == k + 3 and low[k + 2] in ("the", "both")), None)
        if first is not None:
            out.extend((m, k) for m in sent.coordinated(first) if m.iso3 not in HOST_AND_ADVERSARY)
    return out


# (s34) "have said they are willing to put British and French troops on the ground but it is not
# clear if other countries are keen on doing the same": an "if" after "(not / un)clear" asks a
# question; it is no condition, and a doubt inside it is not the named nations'
_ASKING_IF_AFTER = frozenset({"clear", "unclear", "known", "unknown", "sure", "unsure", "certain",
                              "uncertain", "wonder", "wondering", "ask", "asked", "asking"})


# (s46) a verb of saying or knowing, negated, before "if" asks too: "could not say if Britain would
# send troops", "does not know if it will send troops" (not "officials say if a truce holds, ...",
# nor the condition of "would not say if asked")
_TOLD_IF_AFTER = frozenset({"say", "know", "tell", "confirm", "predict", "disclose", "reveal",
                            "specify", "indicate", "comment"})
_NOT_TOLD = frozenset({"not", "n't", "n’t", "never", "declined", "refused", "cannot", "unable",
                       "wouldn't", "couldn't", "didn't", "doesn't", "won't", "can't"})


def _untold_if(low: list[str], k: int) -> bool:
    """The "if" at ``k`` asks what a negated verb of saying or knowing right before it leaves open."""
    return low[k] == "if" and k >= 2 and low[k - 1] in _TOLD_IF_AFTER and \
        not _NOT_TOLD.isdisjoint(low[max(0, k - 4):k - 1]) and \
        low[k + 1:k + 2] not in (["asked"], ["pressed"], ["needed"], ["necessary"])


def embedded_question(low: list[str]) -> int | None:
    """The index of an "if" / "whether" that asks a question ("it is not clear if ..."), or None."""
    for k, w in enumerate(low):
        if w in ("if", "whether") and k >= 1 and low[k - 1] in _ASKING_IF_AFTER:
            return k
        if _untold_if(low, k):
            return k
    return None


def cue_at(sent: Sent, hit: StanceHit) -> int | None:
    """The token index where a stance's cue starts in its sentence, or None."""
    cue = hit.cue.lower().split()
    low = sent.lower
    if not cue:
        return None
    return next((k for k in range(len(low) - len(cue) + 1) if low[k:k + len(cue)] == cue), None)


def outside_question(sent: Sent, hits: list[StanceHit], q: int) -> list[StanceHit]:
    """``hits`` without what the question at ``q`` only asks: a stance whose cue is inside it (a
    doubt about others), and the condition read from its "if" (the offer before it stands).
    The question ends at the next comma or colon ("Asked whether Sweden would send troops,
    Kristersson said: we do not rule it out" answers it)."""
    low = sent.lower
    asked_end = next((k for k in range(q + 1, len(low)) if low[k] in (",", ":", ";")), len(low))
    # (s46) what someone would not say or does not know ("could not say if Britain would send
    # troops") holds no offer either; its undecided is `cannot_say_whether`'s
    untold = _untold_if(low, q)
    out: list[StanceHit] = []
    for h in hits:
        at = cue_at(sent, h)
        end = None if at is None else at + len(h.cue.split())
        if at is not None and end is not None and end > q and at < asked_end and (
                h.stance in ("declines", "undecided", "open")
                or untold and h.stance in ("ready", "conditional") and at > q):
            continue  # the doubt (or its negation) is inside the question, or runs into it
        if h.condition == "other" and (at is None or at < q):
            # the offer stands without the condition: a conditional reads its base stance
            h = replace(h, stance=h.base or h.stance if h.stance == "conditional" else h.stance,
                        condition=None, base=None)
        out.append(h)
    return list({(h.actor, h.stance, h.condition): h for h in out}.values())


def advised_or_outsiders(sent: Sent, actor_end: int, cue_start: int) -> bool:
    """(s34) A stance the sentence-wide passes would give that the phrase pass keeps out (15j):
    advice between the nation and its cue ("Germany should not rule out ...") or outside voices
    that speak before it ("Some German politicians have said that Germany ...")."""
    low = sent.lower
    if actor_end <= cue_start and not _RECOMMEND.isdisjoint(low[actor_end:cue_start + 1]):
        return True
    return any(w in OUTSIDE_VOICES and any(v in SPEECH for v in low[k:cue_start])
               for k, w in enumerate(low[:cue_start]))


# --- (s35) phrasings that read like a stance and are none, or another one -------------------

_LIGHTLY = frozenset({"lightly", "frivolously", "flippantly", "casually"})
_STRONG_REFUSALS = frozenset({"ruled", "rule", "rules", "ruling", "refused", "refuses", "refuse",
                              "rejected", "rejects", "reject", "declined", "declines", "opposes",
                              "opposed"})
_ASKING = frozenset({"asking", "asked", "asks", "ask", "inquiring", "inquired", "inquires",
                     "inquire", "enquiring", "enquired", "enquires", "questions", "question",
                     "queries", "queried", "querying", "wondering"})
_ASKED_WHAT = frozenset({"readiness", "willingness", "ability", "plans", "intention",
                         "intentions", "capacity", "position", "stance"})
_PRESSING = frozenset({"urged", "urging", "urges", "pressed", "pressing", "presses", "pushing",
                       "pushed", "encouraged", "encouraging", "encourages"})
_CALL_ON = frozenset({"called", "calling", "calls", "call", "pressure", "pressuring"})
_CALL_FOR_OTHERS = re.compile(
    r"\bcall(?:s|ed|ing)? (?:for|on) (?:(?:nato|european|western|other|eu|fellow) )?"
    r"(?:allies|partners|countries|nations|states|europe|europeans|others|governments)\b")
_CALL_WORDS = frozenset({"call", "calls", "called", "calling"})
_IF_SENDING = frozenset({"send", "deploy", "dispatch", "commit", "put"})
_IF_ACTING = frozenset({"does", "did", "were", "decides", "decided", "chooses", "sends",
                        "deploys", "commits", "agrees", "goes", "went"})
_SHORT_OF = frozenset({"stopped", "stops", "stopping", "stop", "fell", "falls", "falling"})
_DOOR_SHUT = frozenset({"closed", "closes", "close", "closing", "shut", "shuts", "slammed",
                        "slams"})
_DENIED_POSSIBILITY = frozenset({"refutes", "refuted", "refute", "denies", "denied", "deny",
                                 "dismisses", "dismissed", "dismiss"})
_SAY_CLEARLY = frozenset({"state", "say", "declare", "signal", "announce", "express", "make"})
_RUMOUR_NOUNS = frozenset({"reports", "report", "media", "sources"})
_RUMOUR_VERBS = frozenset({"suggest", "suggests", "suggested", "indicate", "indicates",
                           "indicated", "claim", "claims", "claimed"})
_DENY_SUGGESTION = frozenset({"rejected", "rejects", "denied", "denies", "dismissed", "dismisses",
                              "refuted", "refutes"})
_SUGGESTIONS = frozenset({"suggestions", "suggestion", "reports", "claims", "speculation",
                          "rumours", "rumors"})
_REVERSALS = frozenset({"abandon", "abandoning", "drop", "dropping", "scrap", "scrapping",
                        "shelve", "shelving", "ditch", "ditching", "withdraw", "withdrawing"})
_REFRAINED = frozenset({"refrained", "refrains", "refrain", "refraining"})
_LATER_OFFER = frozenset({"ready", "willing", "prepared", "could", "would", "will", "can", "may",
                          "might", "offered", "offers", "pledged"})
_TROOP_KINDS = frozenset({"ground", "combat", "land", "regular"})
_CUT_BACK = frozenset({"scaled", "cut", "reduced", "reduce", "smaller", "fewer", "only", "combat",
                       "withdrawn", "trimmed", "halved", "pulled", "rift", "split", "abandoned",
                       "dropped", "quit", "backed"})
_CLAUSE_ENDS = frozenset({"but", "saying", "insisting", "adding", "while", "whereas", ";",
                          "although", "though", ",", "and", "said", "says"})


def _clause_end(low: list[str], start: int) -> int:
    """The index of the first clause break at or after ``start`` ("but", "saying", ";"), else
    the sentence's end."""
    return next((k for k in range(start, len(low)) if low[k] in _CLAUSE_ENDS), len(low))
_REFUSING_GERUNDS = frozenset({"ruling", "rejecting", "excluding", "dismissing", "opposing",
                               "refusing", "closing", "criticising", "criticizing"})
_PLEDGED_NO = frozenset({"pledged", "pledges", "pledge", "offered", "offers", "committed",
                         "commits", "promised", "promises"})
_CRITICISING = frozenset({"criticising", "criticizing", "criticised", "criticized", "criticises",
                          "criticizes", "slammed", "slamming", "mocked", "mocking", "derided",
                          "ridiculed", "attacked", "attacking"})
_PLAN_NOUNS = frozenset({"strategy", "plan", "plans", "idea", "proposal", "scheme", "suggestion"})
_BRISTLED = frozenset({"bristled", "bristles", "bristling", "bristle"})
_LIMITED = frozenset({"limited", "limits", "restricted", "restricts", "curbed", "narrowed"})
_BACKSTOP_NEEDED = frozenset({"needed", "required", "essential", "necessary", "vital", "needs",
                              "need"})
_BROKE = frozenset({"broke", "breaks", "break", "breaking", "breakthrough"})
_TRAINING_ONLY = frozenset({"train", "training", "trainers", "instructors", "instruct"})
_FOR_THE_FORCE = frozenset({"force", "forces", "ceasefire", "reassurance", "deterrent",
                            "contingent", "security", "guarantees", "stabilisation",
                            "stabilization"})
_REJECTING = frozenset({"rejected", "rejects", "excluded", "excludes", "opposed", "opposes"})
_GROUP_ANTECEDENTS = frozenset({"willing", "coalition", "group", "alliance", "bloc", "nato",
                                "eu", "states", "countries", "nations", "allies"})
_ALLEGING = frozenset({"claimed", "claims", "alleged", "alleges", "accused", "accuses"})
_ADVERSARY_VOICES = frozenset({"svr", "kremlin", "moscow", "lavrov", "zakharova", "peskov",
                               "tass", "ria"})
_LITTLE = frozenset({"little", "scant", "limited", "lukewarm", "muted"})
_KEENNESS = frozenset({"interest", "appetite", "enthusiasm", "desire", "eagerness", "inclination"})
_MONEY_ONLY = frozenset({"gdp", "spending", "budget", "budgets"})
_ANY_TROOP_WORD = TROOP_WORDS | FORCE_OBJECTS | frozenset(
    {"peacekeeping", "peacekeepers", "deploy", "deploying", "deployment", "boots", "personnel",
     "send", "sending"})


def _mentions_of(sent: Sent, iso3: str) -> list[Mention]:
    return [m for m in sent.mentions if m.iso3 == iso3]


def _all_mentions_in(sent: Sent, iso3: str, spans: list[tuple[int, int]]) -> bool:
    ms = _mentions_of(sent, iso3)
    return bool(ms) and all(any(a <= m.start < b for a, b in spans) for m in ms)


_SIZED_UNITS = frozenset({"brigade", "division", "battalion", "brigades", "divisions", "corps",
                          "army"})
_BUT_THERE = frozenset({"will", "would", "shall", "'ll"})


_MAY_FILL = frozenset({"only", "also", "eventually", "potentially", "then", "still", "even"})


def _may_before(low: list[str], at: int | None) -> bool:
    """"could (might, may) only (also, eventually) <cue>": the modal before the cue, with one
    or two of `_MAY_FILL` between (the cue patterns read "could <cue>" themselves)."""
    if at is None:
        return False
    k = at - 1
    n = 0
    while k >= 0 and low[k] in _MAY_FILL and n < 2:
        k -= 1
        n += 1
    return n > 0 and k >= 0 and low[k] in _MAY


_DETAIL_WORDS = frozenset({"where", "how", "which", "what"})
_EXERCISE_WORDS = frozenset({"exercise", "exercises", "drills", "manoeuvres", "maneuvers", "wargame",
                             "wargames"})
_PAST_SENT = frozenset({"contributed", "sent", "deployed", "served"})


def _detail_after(low: list[str], at: int | None) -> bool:
    """A "decided" cue followed by where / how / which / what: a detail left open."""
    if at is None:
        return False
    k = next((j for j in range(at, min(len(low), at + 6)) if low[j] in ("decided", "decide",
                                                                        "decision")), None)
    if k is None:
        return False
    nxt = [w for w in low[k + 1:k + 3] if w != "yet"]  # ("had not decided yet how many")
    return nxt[:1] != [] and nxt[0] in _DETAIL_WORDS


def _past_mission(low: list[str], at: int | None) -> bool:
    """A past sending verb at or after the cue and another mission named after it."""
    if at is None:
        return False
    past = next((j for j in range(at, min(len(low), at + 3)) if low[j] in _PAST_SENT), None)
    return past is not None and not (MISSION_WORDS - _EXERCISE_WORDS).isdisjoint(
        low[past:past + 10])


_HOUSES = _PARLIAMENT_WORDS | frozenset({"house", "chamber", "assembly", "lawmakers", "legislature"})
_APPROVE = frozenset({"approve", "approves", "approval", "vote", "consent", "agree", "sign", "endorse"})
_REQUIRE_MODALS = frozenset({"must", "need", "needs", "have", "has", "require", "requires",
                             "required"})


def but_requirement(low: list[str], at: int | None, others: Sequence[int] = ()) -> str | None:
    """(s59) A "but" clause after the offer at ``at`` that requires parliament's approval ("...,
    but each says parliament must approve", "..., but a majority in the House of Representatives
    will have to approve any deployment"): "parliament"; or the offer held "only" under the UN
    ("could participate only in a mission under the flag of the United Nations"): "mandate"."""
    if at is None:
        return None
    after = low[at:at + 30]
    only = next((k for k, w in enumerate(after[:18]) if w == "only"), None)
    if only is not None and any(at < o < at + only for o in others):
        only = None  # another nation's clause ("Britain is ready ... and Italy would only ...")
    if only is not None and ("mandate" in after[only:only + 12] or "nations" in after[only:only + 12]
                             and "united" in after[only:only + 12]):
        return "mandate"
    but = next((k for k, w in enumerate(after) if w == "but"), None)
    if but is None or any(at + but < o <= at + but + 16 for o in others):
        return None  # (a "but" clause of another nation's)
    tail = after[but + 1:but + 16]
    if not _HOUSES.isdisjoint(tail) and not _APPROVE.isdisjoint(tail) and \
            not _REQUIRE_MODALS.isdisjoint(tail) and NEGATIONS.isdisjoint(tail):
        return "parliament"
    return None


def _not_a_but_b(low: list[str], at: int) -> bool:
    """(s59) "We will not send a brigade, but we will be there": the size refused, the presence
    kept (not "will not send troops, but will provide money": there the troops are refused)."""
    obj = low[at:at + 6]
    if _SIZED_UNITS.isdisjoint(obj):
        return False
    b = next((k for k in range(at, min(len(low), at + 10)) if low[k] == "but"), None)
    if b is None:
        return False
    after = low[b + 1:b + 6]
    return not _BUT_THERE.isdisjoint(after) and NEGATIONS.isdisjoint(after) and (
        "there" in after or not TROOP_WORDS.isdisjoint(low[b + 1:b + 9])
        or not _SIZED_UNITS.isdisjoint(low[b + 1:b + 9]) or "company" in low[b + 1:b + 9])


def misread_frames(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """``hits`` without the stances the sentence only seems to give, or with the one it gives
    (s35, from sets 90-93's errors, in the project's own words in tests/evidence/
    test_s35_rules.py):

    - "he does not take lightly (was not committing troops frivolously)": a weighing, no refusal;
    - "asking about Bulgaria's readiness to contribute": a question put to it, no offer;
    - "pressure on Germany to consider", "urged Italy to": what others want of it;
    - "X has led calls for European allies to deploy troops": others' troops, no offer of X's own;
    - "A, B and C, as well as the US, which will not send troops": the relative clause is the
      last member's;
    - "if Germany does send its troops": a hypothesis, no stance;
    - "stopped short of ruling out" is open; "closed the door on" and "refutes the possibility
      of" are refusals;
    - "whether the Bundestag would have to approve": a question, no condition;
    - a parliament approving a presence "in Iraq" gives Iraq nothing;
    - "has a duty to state that it is ready": advice to it, no offer;
    - "openness to Germany joining" is open only; a sentence on GDP spending gives no stance;
    - and the classes read from sets 94 and 95, each named in its comment below.
    """
    if not hits:
        return hits
    low = sent.lower
    words = set(low)
    n = len(low)
    out = list(hits)

    def drop(pred: Any) -> None:
        nonlocal out
        out = [h for h in out if not pred(h)]

    def recast(pred: Any, stance: str) -> None:  # the stance the sentence gives instead
        nonlocal out
        out = [replace(h, stance=stance, condition=None, base=None) if pred(h) else h
               for h in out]

    offers = ("ready", "open", "conditional")
    if not _LIGHTLY.isdisjoint(words) and _STRONG_REFUSALS.isdisjoint(words):
        # the negation "lightly" goes with, and a little before it (the cue of "the choice to
        # commit British troops was not taken lightly" is its troops)
        weighed = [(max(0, j - 4), k) for k, w in enumerate(low) if w in _LIGHTLY
                   for j in range(max(0, k - 8), k) if low[j] in NEGATIONS]
        if weighed:
            drop(lambda h: h.stance == "declines" and any(
                a <= (cue_at(sent, h) or -1) <= b for a, b in weighed))
    asked: list[tuple[int, int]] = [
        (k, k + 6) for k in range(1, n) if low[k] == "about" and low[k - 1] in _ASKING
        and not _ASKED_WHAT.isdisjoint(low[k + 1:k + 7])]  # not "Asked about the force, X said"
    if asked:
        drop(lambda h: h.stance in offers and (
            _all_mentions_in(sent, h.actor, asked)
            or any(a < (cue_at(sent, h) or -1) < b for a, b in asked)))
    pressed = [(k + 1, k + 9) for k in range(n) if low[k] in _PRESSING
               or low[k] in _CALL_ON and low[k + 1:k + 2] == ["on"]]
    pressed = [(a + 1, b + 1) if low[a:a + 1] == ["on"] else (a, b) for a, b in pressed]
    pressed = [(a, b) for a, b in pressed if "to" in low[a:b + 2]]
    if pressed:
        drop(lambda h: h.stance in offers and _all_mentions_in(sent, h.actor, pressed))
    if not _CALL_WORDS.isdisjoint(words):
        drop(lambda h: h.stance in offers and _CALL_FOR_OTHERS.search(h.cue.lower()) is not None)
    for k in range(2, n - 1):
        if low[k] == "which" and low[k - 1] == ",":
            last = next((m for m in reversed(sent.mentions) if m.end <= k - 1), None)
            if last is None or last.end != k - 1:
                continue
            j = last.start - 1
            while j >= 0 and low[j] in DETS:
                j -= 1
            if low[max(0, j - 2):j + 1] == ["as", "well", "as"]:
                cut = j - 2
                drop(lambda h, cut=cut, k=k, last=last: h.actor != last.iso3
                     and _all_mentions_in(sent, h.actor, [(0, cut)])
                     and (cue_at(sent, h) or k) >= k)
    hypothetical = []
    for m in sent.mentions:
        j = m.start - 1
        while j >= 0 and low[j] in DETS:
            j -= 1
        if j >= 0 and low[j] == "if" and m.end < n and low[m.end] in _IF_ACTING:
            hypothetical.append((m.start, m.end))
        elif j >= 0 and low[j] == "if" and low[m.end:m.end + 1] in (["is"], ["are"], ["was"]) \
                and low[m.end + 1:m.end + 2] in (["ready"], ["prepared"], ["willing"]):
            # (s44) "if the UK is prepared to send troops after a ceasefire, ...": the premise
            # of an argument, as "if Germany does send its troops"
            hypothetical.append((m.start, m.end + 2))
        elif j >= 0 and low[j] == "if" and low[m.end:m.end + 1] == ["and"]:
            # (s36) "If Macron and his allies send their troops, ...": still the hypothesis
            tail = low[m.end:m.end + 8]
            tail = tail[:tail.index(",")] if "," in tail else tail
            if not _IF_SENDING.isdisjoint(tail):
                hypothetical.append((m.start, m.end))
    if hypothetical:
        drop(lambda h: h.stance in offers and (
            _all_mentions_in(sent, h.actor, hypothetical)
            or any(a <= (cue_at(sent, h) or -1) < b + 1 for a, b in hypothetical)))
    if "up" in words and not {"reject", "rejects", "refuse", "veto"}.isdisjoint(words):
        # "it is not up to Russia to accept or reject it," Macron said: Russia's, no refusal
        ups = [k for k in range(n - 1) if low[k] == "up" and low[k + 1] == "to"]
        drop(lambda h: h.stance in ("declines", "rejects") and any(
            k < (cue_at(sent, h) or -1) <= k + 8 for k in ups))
    if not {"refrained", "refrains", "avoided", "avoids"}.isdisjoint(words):
        # "Starmer refrained from reiterating his earlier promise to send troops": not restated
        for k in range(n - 2):
            if low[k] in ("refrained", "refrains", "avoided", "avoids") and not {
                    "reiterating", "repeating", "restating", "renewing", "reaffirming",
                    "reiterate", "repeat"}.isdisjoint(low[k + 1:k + 4]):
                drop(lambda h, k=k: h.stance in offers and (
                    (cue_at(sent, h) or n) > k or low[k] in h.cue.lower().split()))
                break
    if "short" in words and any(low[k] == "short" and low[k - 1] in _SHORT_OF
                                and low[k + 1:k + 2] == ["of"]
                                and not _EXCLUDING.isdisjoint(low[k + 2:k + 4])
                                for k in range(1, n)):
        # (only the refusal read from the ruling out itself: "..., a proposal that has been
        # strongly opposed by Germany" stays Germany's refusal; set 95)
        recast(lambda h: h.stance in ("declines", "rejects")
               and not _EXCLUDING.isdisjoint(h.cue.lower().split()), "open")
    if "door" in words:
        for k in range(2, n):
            if low[k] == "door" and low[k - 1] == "the" and low[k - 2] in _DOOR_SHUT:
                shut = NEGATIONS.isdisjoint(low[max(0, k - 5):k - 2])  # "has not closed the
                # door on sending troops" keeps it open
                was, now = (("open", "ready"), "declines") if shut else (("declines",), "open")
                recast(lambda h, was=was: h.stance in was, now)
                break
    if not _DENIED_POSSIBILITY.isdisjoint(words):
        for k in range(n - 1):
            if low[k] in _DENIED_POSSIBILITY and NEGATIONS.isdisjoint(low[max(0, k - 3):k]) and \
                    not {"possibility", "prospect"}.isdisjoint(low[k + 1:k + 3]):
                recast(lambda h: h.stance == "open", "declines")
                break
    if "whether" in words:
        drop(lambda h: h.stance == "conditional" and h.condition == "parliament"
             and (at := cue_at(sent, h)) is not None and "whether" in low[max(0, at - 6):at])
    if not words.isdisjoint(PARLIAMENTS):
        drop(lambda h: h.stance in offers
             and all(m.governed and low[m.start - 1:m.start] == ["in"]
                     for m in _mentions_of(sent, h.actor))
             and bool(_mentions_of(sent, h.actor))
             and not set(h.cue.lower().split()).isdisjoint(PARLIAMENTS))
    if "duty" in words or not _RECOMMEND.isdisjoint(words):
        for k in range(n - 1):
            told = low[k] == "duty" and low[k + 1:k + 2] == ["to"] or low[k] in _RECOMMEND
            if told and not _SAY_CLEARLY.isdisjoint(low[k + 1:k + 4]):
                drop(lambda h, k=k: h.stance in offers
                     and any(m.end <= k for m in _mentions_of(sent, h.actor))
                     and (cue_at(sent, h) or k + 1) > k)
                break
    opened = {h.actor for h in out if h.stance == "open"
              and ("openness" in (c := _unquoted(h.cue)) or "open to" in c)}
    if opened:
        drop(lambda h: h.stance == "ready" and h.actor in opened
             and h.cue.lower() in ("joining", "join", "participating", "taking part"))
    if not _RUMOUR_NOUNS.isdisjoint(words) and not _RUMOUR_VERBS.isdisjoint(words):
        # "reports suggest up to 7,500 British troops could be sent": the press's guess about a
        # nation's troops (§5, 15s), as "the newspaper reported that ..."
        said = [k for k in range(n - 1) if low[k] in _RUMOUR_NOUNS and low[k + 1] in _RUMOUR_VERBS]
        drop(lambda h: h.stance in ("ready", "open") and any(
            m.start > k and m.end < n and low[m.end] in TROOP_WORDS
            for m in _mentions_of(sent, h.actor) for k in said)
            and all(m.start > min(said) for m in _mentions_of(sent, h.actor)))
    if not _DENY_SUGGESTION.isdisjoint(words) and not _SUGGESTIONS.isdisjoint(words):
        # "Reed rejected suggestions that Britain was going to abandon plans to send troops"
        # (only a denied *reversal*: "dismisses speculation that it may deploy" stays a refusal)
        denied = [k for k in range(n - 1) if low[k] in _DENY_SUGGESTION
                  and not _SUGGESTIONS.isdisjoint(low[k + 1:k + 3])
                  and not _REVERSALS.isdisjoint(low[k + 2:k + 12])]
        drop(lambda h: h.stance in ("declines", "undecided") and any(
            (cue_at(sent, h) or -1) > k for k in denied))
        # (s48 review) "China has firmly rejected media reports suggesting the country expressed
        # readiness to join": the denier's own offer, reported and denied -- a refusal
        # (only a cue inside the reported clause, and not a reported cut: "dismissed reports
        # that its offer had been scaled back, insisting it is ready" keeps the offer)
        reported = [(k, _clause_end(low, k + 1)) for k in range(n - 1)
                    if low[k] in _DENY_SUGGESTION and not _SUGGESTIONS.isdisjoint(low[k + 1:k + 4])
                    and _REVERSALS.isdisjoint(low[k + 2:k + 12])]
        reported = [(k, e) for k, e in reported if _CUT_BACK.isdisjoint(low[k + 1:e])]
        denied_by = {(m.iso3, k, e) for k, e in reported
                     for m in sent.subject_actors(k, exclude=frozenset())}
        recast(lambda h: h.stance in ("ready", "open") and any(
            a == h.actor and k < (cue_at(sent, h) or -1) < e for a, k, e in denied_by),
            "declines")
    if "from" in words and not _REFRAINED.isdisjoint(words):
        # (s48 review) "The administration has thus far refrained from endorsing the idea":
        # what it holds back from is no stance of its
        held_back = [k for k in range(n - 1) if low[k] in _REFRAINED and low[k + 1] == "from"
                     and low[k + 2:k + 3] != [] and _REFUSING_GERUNDS.isdisjoint(low[k + 2:k + 4])]
        # ("refrained from ruling out involvement": a refusal held back, open -- test_s23)
        drop(lambda h: h.stance in ("supports", "ready", "open") and any(
            k < (cue_at(sent, h) or -1) <= k + 4 for k in held_back))
    if "no" in words and not _PLEDGED_NO.isdisjoint(words):
        # (s48 review) "The United States pledged no ground troops but promised air support":
        # troops pledged as none are a refusal, not an offer
        # (the troops right after "no", or after "ground"/"combat": not "no more (additional)
        # troops than"; and only the cue of that clause: "offered no combat troops but is ready
        # to send peacekeepers" keeps the offer)
        none_given = [k for k in range(n - 2) if low[k] in _PLEDGED_NO and low[k + 1] == "no"
                      and (low[k + 2] in TROOP_WORDS or low[k + 2] in _TROOP_KINDS
                           and low[k + 3:k + 4] != [] and low[k + 3] in TROOP_WORDS)]
        given_none = {(m.iso3, k, e) for k in none_given
                      for e in (_clause_end(low, k + 1),) if _LATER_OFFER.isdisjoint(low[e:])
                      for m in sent.subject_actors(k, exclude=frozenset())}
        # (an offer in the next clause -- "but is ready to send peacekeepers" -- stays the
        # reading: the cue pass gave the nation one stance for both)
        recast(lambda h: h.stance in ("ready", "open") and any(
            a == h.actor and k <= (cue_at(sent, h) or -1) < e for a, k, e in given_none),
            "declines")
    if not _CRITICISING.isdisjoint(words):
        # "criticising the strategy to dispatch 20,000 British and French soldiers": a critic's
        # words about the plan, no refusal by its nations
        crit = [k for k in range(n - 1) if low[k] in _CRITICISING
                and not _PLAN_NOUNS.isdisjoint(low[k + 1:k + 3])]
        drop(lambda h: h.stance in ("declines", "rejects") and any(
            (cue_at(sent, h) or -1) > k for k in crit))
    if not _MAY.isdisjoint(words):
        # (s59) "Irish troops could only take part in a mission with a UN mandate": a modal of
        # possibility before the cue, past "only" or "also", keeps it open (a conditional's base
        # too)
        out = [replace(h, stance="open") if h.stance == "ready" and _may_before(
                   low, cue_at(sent, h)) else
               replace(h, base="open") if h.stance == "conditional" and h.base == "ready" and
               _may_before(low, cue_at(sent, h)) else h for h in out]
    if ("but" in words or "only" in words) and not (_HOUSES | {"mandate", "nations"}).isdisjoint(words):
        held = {(h.actor, h.stance) for h in out}
        for h in list(out):
            others = [m.start for m in sent.mentions if m.iso3 != h.actor]
            cond = but_requirement(low, cue_at(sent, h), others) \
                if h.stance in ("ready", "open") else None
            if cond is not None and (h.actor, "conditional") not in held:
                out.append(StanceHit(h.actor, h.actor_text, "conditional", h.cue,
                                     condition=cond, base=h.stance, group=h.group))
                held.add((h.actor, "conditional"))
    if not _DETAIL_WORDS.isdisjoint(words) and not {"decided", "decide", "decision"}.isdisjoint(words):
        # (s59) "had not yet decided where the troops would be based (how many soldiers to send)":
        # a detail of the sending undecided, not the sending
        drop(lambda h: h.stance == "undecided" and _detail_after(low, cue_at(sent, h)))
    if not MISSION_WORDS.isdisjoint(words) and not _PAST_SENT.isdisjoint(words):
        # (s59) "Turkey contributed about 1,800 troops to ISAF in Afghanistan": a record of
        # another mission, no offer for this force
        drop(lambda h: h.stance == "ready" and _past_mission(low, cue_at(sent, h)))
    if "but" in words and not _SIZED_UNITS.isdisjoint(words):
        drop(lambda h: h.stance == "declines" and _not_a_but_b(low, cue_at(sent, h) or n))
        # (s59) "We will not send a brigade, but we will be there": no refusal of the force
    if not _BRISTLED.isdisjoint(words):  # "as Germany bristled at suggestions troops could be
        # deployed": resisting the idea
        recast(lambda h: h.stance == "open", "declines")
    drop(lambda h: h.stance in ("open", "ready") and any(
        f" {w} on" in f" {h.cue.lower()} " for w in ("views", "view", "thoughts", "opinions")))
    if "talks" in words:  # (set 95) "Britain and France are in talks to send troops": the talks
        drop(lambda h: h.stance == "ready" and " in talks to " in f" {h.cue.lower()} ")
    if not _LIMITED.isdisjoint(words) and "possibility" in words:
        # "parliament has limited the possibility of Bulgarian troops participating"
        if any(low[k] in _LIMITED and low[k + 1:k + 3] == ["the", "possibility"]
               for k in range(n - 2)):
            recast(lambda h: h.stance == "open", "declines")
    if "backstop" in words and "but" in words:
        # "willing to provide peacekeeping troops if necessary, but a US backstop would be
        # needed": the offer on that condition
        b = low.index("but")
        tail = low[b:b + 12]
        if "backstop" in tail and not _BACKSTOP_NEEDED.isdisjoint(tail):
            for h in list(out):
                if h.stance == "ready" and (cue_at(sent, h) or n) < b and not any(
                        g.actor == h.actor and g.stance == "conditional" for g in out):
                    out.append(StanceHit(h.actor, h.actor_text, "conditional", h.cue,
                                         condition="us-backstop", base="ready"))
    if "front" in words and not _BROKE.isdisjoint(words):
        # "Macron refused to rule out sending troops, but noted this would only happen if Russia
        # broke through the front lines" (2024): troops for the war, not the force after it
        drop(lambda h: h.stance in offers)
    if not _TRAINING_ONLY.isdisjoint(words) and _FOR_THE_FORCE.isdisjoint(words) and \
            not any(w.startswith("peacekeep") for w in words):
        # (set 95) "Lithuania is ready to send troops to Ukraine to train the Ukrainian
        # military": trainers only, no troops for the force (the annotators' rule)
        drop(lambda h: h.stance in ("ready", "open"))
    if "agree" in words:  # "doesn't expect EU leaders to agree on troop deployment": a forecast
        # of others' agreement, no refusal (set 95); "is not expected to contribute" stays one
        drop(lambda h: h.stance == "declines" and "expect" in h.cue.lower())
    drop(lambda h: h.stance == "ready" and "sympathetic" in h.cue.lower())  # sympathetic to the
    # idea: support, no offer
    if "wrong" in words or "mistake" in words:  # "it would be wrong to rule out sending troops"
        wrong = [k for k in range(n - 2) if low[k] in ("wrong", "mistake") and low[k + 1] == "to"
                 and not _EXCLUDING.isdisjoint(low[k + 2:k + 3])]
        recast(lambda h: h.stance in ("declines", "rejects") and any(
            k <= (cue_at(sent, h) or -1) <= k + 3 for k in wrong), "open")
    if not _REJECTING.isdisjoint(words):  # 'Meloni has rejected "Italy's participation in a
        # possible military force"': the participation refused
        rejected = [k for k, w in enumerate(low) if w in _REJECTING]
        recast(lambda h: h.stance == "ready" and h.cue.lower().startswith("particip") and any(
            0 < (cue_at(sent, h) or -1) - k <= 6 for k in rejected), "declines")
    for k in range(2, n - 1):  # "Britain and France's coalition of the willing, which will send
        # European forces": the relative clause's subject is the coalition, not a nation
        if low[k] == "which" and low[k - 1] == ",":
            drop(lambda h, k=k: h.stance in ("ready", "open")
                 and k < (cue_at(sent, h) or -1) <= k + 3
                 and not any(m.end == k - 1 for m in _mentions_of(sent, h.actor))
                 and low[k - 2] in _GROUP_ANTECEDENTS)
    if not _ALLEGING.isdisjoint(words):  # "Russia's intelligence service (SVR) claimed that
        # France is preparing to deploy ...": an adversary's allegation, not France's position
        alleged = [k for k, w in enumerate(low) if w in _ALLEGING and (
            any(m.iso3 == "RUS" and m.end <= k for m in sent.mentions)
            or not _ADVERSARY_VOICES.isdisjoint(low[:k]))]
        if alleged:
            drop(lambda h: h.stance in offers
                 and all(m.start > alleged[0] for m in _mentions_of(sent, h.actor)))
    if not _LITTLE.isdisjoint(words):
        # "Poland and Germany have shown little interest in sending troops" (little appetite,
        # scant enthusiasm): reluctance, not the interest "shown interest" is
        faint = [k for k in range(n - 1) if low[k] in _LITTLE and low[k + 1] in _KEENNESS]
        recast(lambda h: h.stance in ("ready", "open") and any(
            (at := cue_at(sent, h)) is None or k - 8 <= at <= k + 3 for k in faint), "undecided")
    if not _MONEY_ONLY.isdisjoint(words) and _ANY_TROOP_WORD.isdisjoint(words):
        drop(lambda h: h.stance in TROOP_STANCES)
    return _misread_s36(sent, out) if out else out


# --- (s36) from sets 96-98's errors (tests/evidence/test_s36_rules.py) ----------------------

_SCEPTIC = frozenset({"sceptical", "skeptical", "critical", "cautious", "hard"})
_LOOK_NOUNS = frozenset({"look", "take", "view", "eye", "glance", "reading", "analysis"})
_TAKING_A_VIEW = frozenset({"takes", "take", "took", "taking", "has", "have", "had", "with"})
_SUGGESTING = frozenset({"suggested", "suggests", "suggesting", "proposed", "proposes",
                         "proposing", "floated"})
_GENERIC_FORCE = frozenset({"peacekeepers", "forces", "force", "peacekeeping", "mission",
                            "troops"})
_LISTING = frozenset({"including", "among", "such", "notably", "like"})
_CANDIDATES = frozenset({"candidate", "candidates", "contender", "contenders"})
# "hopeful" is a candidate only as a noun: "presidential hopeful", "a hopeful"; not "Denmark,
# hopeful of US support, said ..."
_HOPEFULS = frozenset({"hopeful", "hopefuls"})
_BEFORE_HOPEFUL = frozenset({"presidential", "chancellor", "mayoral", "leadership", "a", "the"})
_NOT_A_PERSON = frozenset({"country", "countries", "status", "nation", "nations", "member",
                           "members"})
_OFFICES = frozenset({"president", "prime", "chancellor", "premier"})
_BECOMES = frozenset({"become", "becomes", "became"})
_HOLDERS = frozenset({"i", "he", "she", "we", "they"})  # "if I am president": the speaker's own
_BEING = frozenset({"am", "is", "are", "was", "were"})
_PENDING_US = frozenset({"trump", "washington", "american", "americans", "america"})
_VOTE_NOUNS = frozenset({"vote", "approval", "consent", "parliament", "parliamentary", "bundestag",
                         "sejm", "congress", "riksdag", "storting", "folketing", "eduskunta"})
_CONTRASTS = frozenset({"while", "whereas", "but", ";", "although", "though"})
_GROUP_HEADS = frozenset({"countries", "nations", "states", "members", "allies", "governments"})
_EVALUATING = frozenset({"evaluating", "evaluates", "deliberating", "deliberates"})
_ASSUMING = frozenset({"assume", "assumes", "assumed", "assuming", "presume", "presumes",
                       "presumed"})
_NOT_AN_ASSUMER = frozenset({",", ";", "plan", "plans", "proposal", "scheme", "document",
                             "declaration"})
_OWN_TROOP_NOUNS = frozenset({"troops", "soldiers", "personnel", "peacekeepers", "contingent",
                              "boots"})
_WEIGH_TO_LEAD = frozenset({"organizing", "organising", "leading", "convening", "chairing"})
# (not "establishing": "considering establishing bases within Ukraine" is its own presence)

_PUSHING = frozenset({"pushes", "pushing", "pushed", "presses", "pressing", "pressed", "forges",
                      "forging", "moves", "moving"})
_TALKING = frozenset({"talking", "talked", "speaking", "spoke", "spoken"})
_TALKER_AUX = frozenset({"is", "are", "was", "were", "been", "has", "have", "had"})
_TALK_HEDGES = frozenset({"potentially", "possibly", "perhaps", "maybe"})
_TALK_ADVERBS = frozenset({"already", "also", "repeatedly", "openly", "publicly"})
_THEIR_NATIONS = frozenset({"countries", "nations", "governments"})
_THEIR_MODALS = frozenset({"could", "may", "might", "can", "will", "would"})
_TAKE_PART = frozenset({"participate", "participates", "participating", "serve", "join",
                        "contribute", "deploy"})
_FORCE_OR_COALITION = frozenset({"coalition", "force", "mission", "contingent", "peacekeeping"})
_IN_DOUBT = frozenset({"whether", "if", "unclear", "uncertain"})
_INCLUDE = frozenset({"include", "includes"})  # not "involve": "(urged partners to expand
# support,) emphasizing that it does not involve sending military personnel" describes the idea
_PART_OF_A_PLAN = frozenset({"phase", "stage", "plan", "package", "aid", "first", "initial"})
_NOT_YET = frozenset({"later", "could", "may", "might", "yet"})
_SEEKING = frozenset({"seek", "seeks", "seeking", "request", "requests", "requesting", "ask",
                      "asks", "asking"})
_APPROVALS = frozenset({"approval", "authorisation", "authorization", "consent", "permission",
                        "mandate"})
_URGING = frozenset({"urged", "urges", "urging", "called", "calls", "pressed", "asked", "told",
                     "should", "must"})
_MADE_LATER = frozenset({"right", "appropriate", "due", "later", "proper"})
_ENVISAGES = frozenset({"envisages", "envisaged", "envisage", "foresees", "foresee"})
_LACKING = frozenset({"have", "lacks", "lack", "lacking"})
_CAPACITY_NOUNS = frozenset({"capacity", "capability", "means", "resources", "troops"})
_LISTED_TITLES = frozenset("prime minister president chancellor foreign defence defense premier "
                           "leader secretary sir king queen".split())
# the words each reading of `offers_s36` starts at
_S36_HEADS = frozenset({*_PUSHING, *_TALKING, *_TAKE_PART, *NEGATIONS, *_SEEKING, "decision",
                        *_LACKING, *_ENVISAGES, "their"})
S36_TRIGGERS = frozenset({"ahead", "about", "their", "part", "include", "includes", "decision",
                          *_ENVISAGES, *_SEEKING, *_LACKING})


def _unquoted(cue: str) -> str:
    """A cue, lower-cased, without quotation marks ('"open" to' reads as "open to")."""
    return " ".join(re.sub(r"[\"“”‘’'«»]", " ", cue.lower()).split())


def _before(sent: Sent, h: StanceHit, k: int) -> bool:
    """Whether the cue of ``h`` starts before token ``k`` (a cue not found: no)."""
    at = cue_at(sent, h)
    return at is not None and at < k


def _misread_s36(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s36) "..., a sceptical look" is the writer's; "European leaders, among them X, have
    suggested deploying peacekeeping forces" is the group's plan, no offer of X's; a candidate
    for office, or what he would do "if elected", speaks for no government; "would not be part
    of the group of 26 countries planning to send troops" is the group's participle; "evaluating
    sending" weighs it (open)."""
    low = sent.lower
    words = set(low)
    n = len(low)
    out = list(hits)
    if not _SCEPTIC.isdisjoint(words) and not _LOOK_NOUNS.isdisjoint(words):
        # a look with no holder (a headline's or an apposition's), not "Spain takes a sceptical
        # view of sending troops"
        looks = [k for k in range(1, n - 1) if low[k] in _SCEPTIC and low[k + 1] in _LOOK_NOUNS
                 and low[k - 1] in ("a", "an") and low[k - 2:k - 1] != []
                 and low[k - 2] not in _TAKING_A_VIEW]
        out = [h for h in out if not (h.stance == "undecided" and any(
            (at := cue_at(sent, h)) is not None and k - 1 <= at <= k for k in looks))]
    if not _SUGGESTING.isdisjoint(words) and not _LISTING.isdisjoint(words):
        plans = []
        for k in range(n - 2):
            if low[k] not in _SUGGESTING or low[k + 1] not in _PROPOSED_GERUNDS:
                continue
            obj = low[k + 2:k + 5]
            named = any(k + 2 <= m.start < k + 6 and m.iso3 not in HOST_AND_ADVERSARY
                        for m in sent.mentions)
            if not named and not _GENERIC_FORCE.isdisjoint(obj) and _OWN_MARKERS.isdisjoint(obj) \
                    and not any(w[:1].isdigit() for w in obj):
                plans.append(k)
        out = [h for h in out if not (h.stance == "ready" and any(
            (at := cue_at(sent, h)) is not None and k <= at <= k + 1 for k in plans)
            and _mentions_of(sent, h.actor) and all(
                not _LISTING.isdisjoint(low[max(0, m.start - 4):m.start])
                for m in _mentions_of(sent, h.actor)))]
    if not _CANDIDATES.isdisjoint(words) or not _HOPEFULS.isdisjoint(words):
        cands = [k for k in range(n) if (
            low[k] in _CANDIDATES or low[k] in _HOPEFULS and k > 0 and low[k - 1] in _BEFORE_HOPEFUL)
            and low[k + 1:k + 2] not in ([w] for w in _NOT_A_PERSON)]
        if cands:  # the candidate speaks before the cue
            out = [h for h in out if not (h.stance in TROOP_STANCES and (
                (at := cue_at(sent, h)) is None or at > cands[0]))]
    if "if" in words and ("elected" in words or not _BECOMES.isdisjoint(words)
                          or not _OFFICES.isdisjoint(words)):
        # "if elected", "if I am elected president", "if he becomes president": not (yet) in office
        elected = [k for k in range(n - 1) if low[k] == "if" and (
            "elected" in low[k + 1:k + 5] or any(
                low[j] in _BECOMES and low[j + 1:j + 2] != [] and low[j + 1] in _OFFICES
                for j in range(k + 1, min(n - 1, k + 4)))
            or low[k + 1:k + 2] != [] and low[k + 1] in _HOLDERS
            and low[k + 2:k + 3] != [] and low[k + 2] in _BEING
            and low[k + 3:k + 4] != [] and low[k + 3] in _OFFICES)]
        if elected:
            out = [h for h in out if not (h.stance in TROOP_STANCES and not _before(
                sent, h, elected[0]))]  # (a cue not found in the sentence: its stance goes)
    if not _GROUP_HEADS.isdisjoint(words) and not NEGATIONS.isdisjoint(words):
        def groups_own(h: StanceHit) -> bool:
            at = cue_at(sent, h)
            if h.stance != "ready" or at is None or at == 0 or low[at - 1] not in _GROUP_HEADS:
                return False
            ms = _mentions_of(sent, h.actor)
            return bool(ms) and all(m.end < at and not NEGATIONS.isdisjoint(low[m.end:at])
                                    for m in ms)
        out = [h for h in out if not groups_own(h)]
    if not _GROUP_HEADS.isdisjoint(words) or "coalition" in words:
        # "France and the UK have pushed the idea of a coalition of countries to participate in
        # such a force": the infinitive is the coalition's (the pushers lead it)
        def coalitions_own(h: StanceHit) -> bool:
            at = cue_at(sent, h)
            if h.stance != "ready" or at is None or at < 2 or low[at - 1] != "to":
                return False
            heads = [j for j in range(max(0, at - 6), at - 1)
                     if low[j] in _GROUP_HEADS or low[j:j + 2] == ["coalition", "of"]]
            ms = _mentions_of(sent, h.actor)
            if heads and "only" in low[max(0, heads[0] - 3):heads[0]]:
                return False  # (s58) "Britain and France, the only two countries that have
                # committed to taking part": the nations named as the only ones that did
            return bool(heads) and bool(ms) and all(m.end <= heads[0] for m in ms)
        out = [h for h in out if not coalitions_own(h)]
    if "with" in words:
        # "..., with US officials rejecting Europe's plan": the refusal is the absolute
        # clause's subject's, not the nations of the main clause
        def others_absolute(h: StanceHit) -> bool:
            at = cue_at(sent, h)
            if h.stance not in ("declines", "rejects") or at is None or \
                    not low[at].endswith("ing"):
                return False  # an absolute clause's verb is a participle ("officials rejecting")
            w = next((j for j in range(at - 1, max(-1, at - 6), -1) if low[j] == "with"), None)
            return w is not None and any(
                m.iso3 != h.actor and w < m.start < at for m in sent.mentions) and all(
                m.end <= w for m in _mentions_of(sent, h.actor))
        out = [h for h in out if not others_absolute(h)]
    if not _ASSUMING.isdisjoint(words):
        # "He seems to assume that Germany, France and the UK are prepared to send troops":
        # another's assumption about them, not their position
        assumed = [k for k in range(1, n - 1) if low[k] in _ASSUMING and low[k + 1] == "that"
                   and low[k] != "assuming" and low[k - 1] not in _NOT_AN_ASSUMER]
        if assumed:  # (not "Assuming that parliament approves, ...": a premise or condition)
            out = [h for h in out if not (h.stance in TROOP_STANCES and all(
                m.start > assumed[0] for m in _mentions_of(sent, h.actor))
                and _mentions_of(sent, h.actor))]
    if not _WEIGH_TO_LEAD.isdisjoint(words):
        # "Macron is considering the possibility of organizing a peacekeeping mission": leading
        # it, not sending troops
        def leads_only(h: StanceHit) -> bool:
            at = cue_at(sent, h)
            if h.stance != "open" or at is None:
                return False
            j = at + len(h.cue.split())
            if low[j:j + 3] in (["the", "possibility", "of"], ["the", "prospect", "of"]):
                j += 3
            if low[j:j + 1] == [] or low[j] not in _WEIGH_TO_LEAD:
                return False  # the cue's own object only
            rest = low[j + 1:sent.clause_end(j)]
            return not any(t in _OWN_TROOP_NOUNS or t in _PROPOSED_GERUNDS for t in rest)
        out = [h for h in out if not leads_only(h)]
    if not _LACKING.isdisjoint(words) and not _CAPACITY_NOUNS.isdisjoint(words):
        # "Belgium lacks the resources to deploy troops": the offer read from "to deploy troops"
        # is the want of means, a refusal (`offers_s36` adds it where nothing was read)
        for k in range(n - 3):
            if low[k] in ("lacks", "lack", "lacking") and NEGATIONS.isdisjoint(
                    low[max(0, k - 2):k]) and not _CAPACITY_NOUNS.isdisjoint(low[k + 1:k + 4]):
                out = [replace(h, stance="declines", condition=None, base=None)
                       if h.stance in ("ready", "open") and (at := cue_at(sent, h)) is not None
                       and at <= k + 6 and at + len(h.cue.split()) > k else h for h in out]
                out = list({(h.actor, h.stance, h.condition): h for h in out}.values())
                break
    if not _EVALUATING.isdisjoint(words):  # weighing it, no offer yet
        weighed = [h for h in out if h.stance == "ready"
                   and not _EVALUATING.isdisjoint(h.cue.lower().split())]
        held = {(h.actor, h.stance) for h in out}
        out = [h for h in out if h not in weighed] + [
            replace(h, stance="open") for h in weighed if (h.actor, "open") not in held]
    return out


def the_war_now(low: list[str]) -> list[int]:
    """(s36) Where "the current (ongoing) war" is the fighting itself: not "once the current war
    ends", "even after the ongoing war", the force's premise."""
    return [k for k in range(1, len(low)) if low[k] == "war" and (
                low[k - 1] in ("current", "ongoing") or _war_now_s41(low, k))
            and _WAR_OVER.isdisjoint(low[max(0, k - 5):k - 1])
            and _WAR_ENDS.isdisjoint(low[k + 1:k + 3])]


WAR_NOW_WORDS = frozenset({"current", "ongoing", "this", "at", "while", "during", "long"})


def _war_now_s41(low: list[str], k: int) -> bool:
    """(s41) Other ways of saying the fighting now: "in this war situation", "to a country at
    war", "while (as long as) the war is on (continues)", "during the war"."""
    before = low[max(0, k - 3):k]
    return low[k - 1] == "this" and low[k + 1:k + 2] == ["situation"] or \
        low[k - 2:k] == ["country", "at"] or before[-2:] in (["while", "the"], ["during", "the"]) \
        or low[max(0, k - 4):k] == ["as", "long", "as", "the"]


_WAR_OVER = frozenset({"after", "conclusion", "end", "cessation", "halt", "once", "post",
                       "ending", "ended", "stop", "until", "when", "following"})
_WAR_ENDS = frozenset({"ends", "ended", "is", "stops", "stopped", "concludes", "finishes"})


def current_war_refusals(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s36) ``hits`` without a refusal to take part in "the current (ongoing) war": the
    fighting, not the force after it (as `combat_only`, read after every pass since not all of
    them call it)."""
    low = sent.lower
    wars = the_war_now(low)
    return [h for h in hits if not (h.stance in ("declines", "rejects") and any(
        (at := cue_at(sent, h)) is not None and at < k <= at + len(h.cue.split()) + 6
        for k in wars))]


def pending_condition(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s36) "ready to involve British troops ..., pending talks with Trump (a vote in
    parliament)": the offer on that condition, beside it (as "but a US backstop would be
    needed" is), for the offer in the same clause only ("France has pledged troops, while
    Germany's contribution remains pending a vote": not France's). Read after every pass, since
    the offer may come from any of them."""
    low = sent.lower
    if "pending" not in low:
        return hits
    k = low.index("pending")
    tail = low[k + 1:k + 7]
    # "US" by its capitals only: "pending talks with us and our partners" is the speaker's
    us_named = any(sent.text_of(j, j + 1) in ("US", "U.S.", "U.S") for j in range(k + 1, k + 7)
                   if j < len(low))
    condition = "us-backstop" if not _PENDING_US.isdisjoint(tail) or us_named else \
        "parliament" if not _VOTE_NOUNS.isdisjoint(tail) else None
    if condition is None:
        return hits
    out = list(hits)
    for h in hits:
        at = cue_at(sent, h)
        if h.stance != "ready" or at is None or at >= k or any(
                g.actor == h.actor and g.stance == "conditional" for g in out):
            continue
        if not _CONTRASTS.isdisjoint(low[at:k]) or any(
                m.iso3 != h.actor and at < m.start < k for m in sent.mentions):
            continue  # another clause, or another nation's, between the offer and "pending"
        out.append(StanceHit(h.actor, h.actor_text, "conditional", h.cue, condition=condition,
                             base="ready"))
    return out


def _listed_speakers(sent: Sent, k: int) -> list[Mention]:
    """The speakers listed before ``k`` ("remarks by Starmer and German Defence Minister Boris
    Pistorius, who said ..."): the last mention and those joined to it by list words or titles,
    a first name the gazetteer does not hold ("Boris") allowed before each."""
    low = sent.lower
    before = [m for m in sent.mentions if m.end <= k]
    if not before:
        return []
    group = [before[-1]]
    for m in reversed(before[:-1]):
        gap = low[m.end:group[0].start]
        if gap and gap[-1].isalpha() and gap[-1] not in LIST_GLUE and \
                gap[-1] not in _LISTED_TITLES:
            gap = gap[:-1]
        if not all(w in LIST_GLUE or w in _LISTED_TITLES for w in gap):
            break
        group.insert(0, m)
    return group


def offers_s36(sent: Sent) -> list[tuple[Mention, str, int, int]]:
    """(s36) Stances the cues missed (sets 96-98):

    - "Starmer pushes ahead with plans for British, French and other troops to be sent": the
      subject's own nation, whose troops the plan names, is ready (the others named are its
      plan, not their offer);
    - "France is talking about potentially sending 10,000 soldiers": open, when hedged, counted
      or its own, with the talker as the verb's subject ("the leaders talked about sending
      troops" stays the talks);
    - "remarks by Starmer and Pistorius, who said their countries could provide troops": each
      speaker's nation, as "his country could" is the speaker's;
    - "Latvia would participate as part of the coalition of the willing": ready;
    - "her support for Kyiv, although this will not include sending troops": a refusal (not a
      plan's phase: "the first phase would not include sending troops, which could follow");
    - "seek parliamentary approval for deploying Spanish troops": the government's offer (the
      parliament's condition is read apart);
    - "any decision regarding military participation would be made at the right time":
      undecided;
    - "the declaration envisages Britain, France and other countries sending troops": ready.
    """
    low = sent.lower
    n = len(low)
    out: list[tuple[Mention, str, int, int]] = []

    def subjects(k: int) -> list[Mention]:
        return [m for m in sent.subject_actors(k, exclude=HOST_AND_ADVERSARY) if m.iso3 != "USA"]

    for k in (k for k in range(n - 4) if low[k] in _S36_HEADS):  # only where a reading starts
        w = low[k]
        if w in _PUSHING and low[k + 1] == "ahead" and low[k + 2] == "with":
            j = k + 3 + (low[k + 3] in DETS)
            if low[j:j + 2] not in (["plans", "for"], ["plan", "for"]):
                continue
            stop = next((t for t in range(j + 2, min(n, j + 12)) if low[t] in TROOP_WORDS), None)
            if stop is not None:
                named = {m.iso3 for m in sent.mentions if j + 2 <= m.start < stop}
                out += [(m, "ready", k, stop + 1) for m in subjects(k) if m.iso3 in named]
        elif w in _TALKING and low[k + 1] == "about" and k > 0 and (
                low[k - 1] in _TALKER_AUX or low[k - 1] in _TALK_ADVERBS and k > 1
                and low[k - 2] in _TALKER_AUX):
            j = k + 2 + (low[k + 2] in _TALK_HEDGES)
            if low[j:j + 3] in (["the", "prospect", "of"], ["the", "possibility", "of"]):
                j += 3  # "have talked about the prospect of sending thousands of their troops"
            obj = low[j + 1:j + 6]
            if low[j:j + 1] != [] and low[j] in _PROPOSED_GERUNDS and any(
                    t in TROOP_WORDS for t in obj) and \
                    not others_troops_only(obj) and _OTHERS_FORCE.isdisjoint(obj) and (
                        low[k + 2] in _TALK_HEDGES or low[j - 1] == "of"
                        or not _OWN_MARKERS.isdisjoint(obj)
                        or any(t[:1].isdigit() for t in obj)):
                out += [(m, "open", k, j + 1) for m in subjects(k)]
        elif w in _TAKE_PART and low[k + 1:k + 4] == ["as", "part", "of"] and \
                not _FORCE_OR_COALITION.isdisjoint(low[k + 4:k + 8]):
            lo = sent.clause_start(k)
            if _IN_DOUBT.isdisjoint(low[lo:k]) and NEGATIONS.isdisjoint(low[max(lo, k - 3):k]):
                out += [(m, "ready", k, k + 3) for m in subjects(k)]
        elif w in NEGATIONS and low[k + 1] in _INCLUDE and low[k + 2] in _PROPOSED_GERUNDS \
                and any(t in TROOP_WORDS for t in low[k + 3:k + 6]):
            if not _PART_OF_A_PLAN.isdisjoint(low[max(0, k - 6):k]) or \
                    not _NOT_YET.isdisjoint(low[k + 3:k + 12]):
                continue
            actors = subjects(k) or next(
                ([m] for m in sent.mentions if m.end <= k and not m.governed
                 and m.iso3 not in HOST_AND_ADVERSARY and m.iso3 != "USA"), [])
            out += [(m, "declines", k, k + 4) for m in actors]
        elif w in _SEEKING and not _APPROVALS.isdisjoint(low[k + 1:k + 4]):
            if not NEGATIONS.isdisjoint(low[max(0, k - 4):k]) or \
                    not _URGING.isdisjoint(low[max(0, k - 8):k]):
                continue  # "will not seek", "urged Meloni to seek approval": no offer
            g = next((t for t in range(k + 2, min(n, k + 7)) if low[t] in _PROPOSED_GERUNDS),
                     None)
            if g is not None and any(t in TROOP_WORDS for t in low[g + 1:g + 5]):
                troops_of = [m for m in sent.mentions if g < m.start < g + 4
                             and m.iso3 not in HOST_AND_ADVERSARY and m.iso3 != "USA"]
                out += [(m, "ready", k, g + 3) for m in troops_of or subjects(k)]
        elif w == "decision" and low[k + 1:k + 2] in (["regarding"], ["on"], ["about"]):
            obj = low[k + 2:k + 5]
            if (not _PLEDGE_NOUNS.isdisjoint(obj) or any(t in TROOP_WORDS for t in obj)) and \
                    not _MADE_LATER.isdisjoint(low[k + 4:k + 14]):
                # the troops' own nation when named ("any decision on Italian troops"), else the
                # speaker's ("the spokesman of the Danish government stressed that ...")
                troops_of = [m for m in sent.mentions if k + 2 <= m.start < k + 5]
                speakers = subjects(k) or [m for m in sent.mentions[:1] if m.end <= k]
                out += [(m, "undecided", k, k + 4) for m in troops_of or speakers
                        if m.iso3 not in HOST_AND_ADVERSARY and m.iso3 != "USA"]
        elif w in _LACKING and not _CAPACITY_NOUNS.isdisjoint(low[k + 1:k + 4]) and (
                w != "have" and NEGATIONS.isdisjoint(low[max(0, k - 2):k])
                or w == "have" and k > 0 and low[k - 1] in ("n't", "not")):
            # "Germany doesn't have the capacity to send troops": a refusal for want of means
            c = next(t for t in range(k + 1, k + 4) if low[t] in _CAPACITY_NOUNS)
            if low[c + 1:c + 2] == ["to"] and low[c + 2:c + 3] != [] and \
                    low[c + 2] in _COMMIT_VERBS and any(t in TROOP_WORDS for t in low[c + 3:c + 7]):
                out += [(m, "declines", k, c + 4) for m in subjects(k)]
        elif w in _ENVISAGES:
            gerund = next((t for t in range(k + 1, min(n, k + 22))
                           if low[t] in _PROPOSED_GERUNDS), None)
            if gerund is not None and any(t in TROOP_WORDS for t in low[gerund + 1:gerund + 4]):
                out += [(m, "ready", k, gerund + 2) for m in sent.mentions
                        if k < m.start < gerund and not m.governed
                        and m.iso3 not in HOST_AND_ADVERSARY and m.iso3 != "USA"]
        elif w == "their" and low[k + 1] in _THEIR_NATIONS and low[k + 2] in _THEIR_MODALS:
            if not NEGATIONS.isdisjoint(low[k + 3:k + 5]) or \
                    not any(t in TROOP_WORDS for t in low[k + 3:k + 8]):
                continue
            group = _listed_speakers(sent, k)
            if not group or not any(t in SPEECH for t in low[group[-1].end:k]):
                continue
            listed = [m for m in group if m.iso3 not in HOST_AND_ADVERSARY and m.iso3 != "USA"]
            if len({m.iso3 for m in listed}) > 1:
                stance = "ready" if low[k + 2] in ("will", "would") else "open"
                out += [(m, stance, k, k + 6) for m in listed]
    return out


COMMITMENT_NOUNS = frozenset({"commitment", "commitments", "pledge", "pledges", "offer", "offers",
                              "promise", "promises", "announcement", "announcements"})
# (s43) "announcements from Britain and France about their readiness to send troops": the
# nations' own offer, said of their readiness or willingness
_ABOUT_READINESS = frozenset({"readiness", "willingness", "intention", "intentions", "plan", "plans"})
_COMMIT_VERBS = frozenset({"contribute", "send", "deploy", "provide", "commit", "station",
                           "dispatch", "put"})


def commitments_from(sent: Sent) -> list[tuple[Mention, str, int, int]]:
    """(s35) "commitments from Britain and France to contribute troops to a peacekeeping
    mission": the nations after *from* offer their troops (ready), as "X committed to" does."""
    low = sent.lower
    out: list[tuple[Mention, str, int, int]] = []
    for k in range(len(low) - 2):
        if low[k] not in COMMITMENT_NOUNS or low[k + 1] != "from":
            continue
        listed: list[Mention] = []
        at = k + 2
        for m in sent.mentions:
            if m.start < at or m.label == "GROUP" and m.group is None:
                continue
            if m.start > at and not all(w in LIST_GLUE for w in low[at:m.start]):
                break
            listed.append(m)
            at = m.end
        if listed and low[at:at + 1] in (["about"], ["of"], ["on"]) and \
                low[at + 1:at + 2] in (["their"], ["its"]) and low[at + 2:at + 3] != [] and \
                low[at + 2] in _ABOUT_READINESS:
            at += 3  # (s43) "from X and Y about their readiness to send troops"
        elif low[k].startswith("announcement"):
            continue  # an announcement is an offer only when it is of the readiness
        if not listed or low[at:at + 1] != ["to"] or low[at + 1:at + 2] == [] or \
                low[at + 1] not in _COMMIT_VERBS:
            continue
        if not any(w in TROOP_WORDS or w in FORCE_OBJECTS for w in low[at + 2:at + 8]) or \
                others_troops_only(low[at + 2:at + 8]):
            continue
        out.extend((m, "ready", k, min(len(low), at + 6)) for m in listed
                   if m.iso3 not in HOST_AND_ADVERSARY and m.iso3 != "USA")
    return out


_OTHERS_FORCE = frozenset({"european", "western", "allied", "nato", "international",
                           "multinational", "foreign", "coalition"})
PROPOSING = frozenset({"proposed", "offered", "volunteered"})
_PROPOSED_GERUNDS = frozenset({"sending", "dispatching", "deploying", "contributing", "providing"})
_UNIT_WORDS = frozenset({"company", "companies", "battalion", "battalions", "brigade", "brigades",
                         "platoon", "platoons", "unit", "units", "contingent"})


def proposed_sending(sent: Sent) -> list[tuple[Mention, str, int, int]]:
    """(s35) "Estonia's prime minister has proposed dispatching a whole company (about 120
    soldiers)": the subject offers its own troops (ready); not others' ("proposed sending
    European troops", `others_troops_only`) and not a unit-less proposal."""
    low = sent.lower
    for k in range(len(low) - 2):
        if low[k] not in PROPOSING or low[k + 1] not in _PROPOSED_GERUNDS:
            continue
        obj = low[k + 2:k + 9]
        if not any(w in TROOP_WORDS or w in _UNIT_WORDS for w in obj) or others_troops_only(obj) \
                or not _OTHERS_FORCE.isdisjoint(obj):
            continue  # "proposed deploying European peacekeeping forces": the plan's, no offer
        return [(m, "ready", k, min(len(low), k + 6))
                for m in sent.subject_actors(k, exclude=HOST_AND_ADVERSARY)
                if m.iso3 != "USA"]
    return []


# (s48) "Starmer announced the dispatch of British peacekeepers to Ukraine", "the government
# approved the deployment of Swedish troops": a sending of the nation's own troops made known or
# decided -- an offer (ready). Only the troops' own nation, named on them; "opposed the
# deployment" and "discussed the deployment" are other verbs
ANNOUNCING = frozenset({"announced", "announces", "confirmed", "confirms", "approved",
                        "approves", "authorised", "authorized", "authorises", "authorizes",
                        "ordered", "orders", "unveiled", "unveils"})
_SENDING_NOUNS = frozenset({"deployment", "dispatch", "despatch", "sending"})
_FORCE_DESTINATIONS = frozenset({"force", "coalition", "reassurance", "multinational"})
_ANNOUNCE_DOUBTS = frozenset({"if", "whether", "unless", "denied", "denies", "deny", "rejected",
                              "dismissed", "refuted", "before", "claimed", "claims", "alleged",
                              "alleges", "accused"})
_MODAL_AFTER = frozenset({"would", "could", "will", "might", "may", "must", "should", "needs",
                          "need", "requires", "require", "was", "were", "is", "has", "had",
                          "been"})
_CALLED_OFF = frozenset({"cancelled", "canceled", "postponed", "suspended", "halted", "delayed",
                         "scrapped", "shelved", "called"})


def announced_sending(sent: Sent) -> list[tuple[Mention, str, int, int]]:
    """(s48) "<announced> the (planned) deployment (dispatch) of <Nation-adjective> troops to
    Ukraine (to the force)": the sending made known or decided by that nation itself (its leader or
    government, or no one named), in a clause of its own -- not under "if", a denial or another
    nation's voice, not a possible one, and not to another country, a border or another mission."""
    low = sent.lower
    out = []
    for k in range(len(low) - 4):
        if low[k] not in ANNOUNCING or low[k + 1] not in ("the", "a"):
            continue
        if low[k + 2] in ("possible", "potential", "eventual"):
            continue  # "announced the possible deployment": a possibility, no offer
        j = k + 2 + (low[k + 2] in ("planned", "future", "first", "initial"))
        if j + 3 >= len(low) or low[j] not in _SENDING_NOUNS or low[j + 1] != "of":
            continue
        lo = sent.clause_start(k)
        if NEGATIONS.intersection(low[max(0, k - 3):k]) or \
                not _ANNOUNCE_DOUBTS.isdisjoint(low[lo:k]):
            continue  # "has not announced", "if Paris announced", "denied it had approved"
        named = [m for m in sent.mentions if m.start == j + 2 and m.end < len(low)
                 and low[m.end] in TROOP_WORDS | _UNIT_WORDS]
        if not named:
            continue
        m = named[0]
        dest = low[m.end + 1:m.end + 6]
        end = sent.clause_end(m.end)
        if dest[:1] not in (["to"], ["in"], ["into"], ["as"]) or "border" in dest or \
                "ukraine" not in dest and _FORCE_DESTINATIONS.isdisjoint(dest) or \
                any(m.end < o.start < end and o.iso3 != "UKR" for o in sent.mentions) or \
                not _CALLED_OFF.isdisjoint(low):
            continue  # "to Lithuania", "to the border with Ukraine", "as part of the
            # multinational brigade in Lithuania", "... was cancelled"
        if not _MODAL_AFTER.isdisjoint(low[m.end + 1:m.end + 8]):
            continue  # "announced the deployment of British troops to Ukraine would need US
            # air cover": the deployment is a clause's subject, not what was announced
        voices = {a.iso3 for a in sent.subject_actors(k, exclude=frozenset())}
        if voices and m.iso3 not in voices:
            continue  # "Moscow confirmed the deployment of North Korean troops": another's word
        if m.iso3 not in HOST_AND_ADVERSARY and m.iso3 != "USA":
            out.append((m, "ready", k, m.end + 1))
    return out


# (s40) readings from the rebuilt sets' tune half (odd sets 55-95): `offers_s40` adds what the
# cues missed, `misread_s40` drops what only seemed a stance
_EXCLUSION = frozenset({"exclusion", "exclusions"})
_JUDGED_POSSIBLE = frozenset({"possible", "feasible", "realistic", "necessary", "appropriate",
                              "advisable", "sensible", "wise"})
_HOLDING_VERBS = frozenset({"consider", "considers", "considered", "considering", "see", "sees",
                            "think", "thinks", "find", "finds", "deem", "deems", "regard",
                            "regards"})
_DECLINED_TO = frozenset({"declined", "declines", "decline", "declining", "refused", "refuses",
                          "refusing"})
_TELLING_VERBS = frozenset({"say", "comment", "specify", "confirm", "disclose", "answer",
                            "elaborate", "give", "reveal", "clarify"})
S40_TRIGGERS = frozenset({*_EXCLUSION, "no", *_JUDGED_POSSIBLE, *_DECLINED_TO})


def _own_troops_or_subject(sent: Sent, k: int, lo: int, hi: int) -> list[Mention]:
    """The nations whose troops are named in [lo, hi) ("Italian troops"), else the subject
    acting at ``k``; never the host, the adversary or the United States."""
    named = [m for m in sent.mentions if lo <= m.start < hi]
    actors = named or sent.subject_actors(k, exclude=HOST_AND_ADVERSARY)
    return [m for m in actors if m.iso3 not in HOST_AND_ADVERSARY and m.iso3 != "USA"]


def offers_s40(sent: Sent) -> list[tuple[Mention, str, int, int]]:
    """(s40) Stances the cues missed (the rebuilt sets' tune half):

    - "the exclusion of Italian troops being deployed on the ground": a refusal, as "excluded";
    - "No to sending Greek troops to Ukraine" (a headline's refusal, without "said"): declines;
    - "does not consider it possible to send Finnish troops": a refusal (not "considering": open);
    - "Merz declined to say (give a direct answer on) whether German soldiers would be
      deployed": undecided (not the refusal "declined to send").
    """
    low = sent.lower
    n = len(low)
    out: list[tuple[Mention, str, int, int]] = []

    def troops_at(lo: int, hi: int) -> int | None:
        return next((t for t in range(lo, min(n, hi)) if low[t] in TROOP_WORDS), None)

    for k in range(n - 2):
        w = low[k]
        if w in _EXCLUSION and low[k + 1] == "of":
            t = troops_at(k + 2, k + 8)
            if t is not None and low[t] not in ("mission", "operation", "deployment"):
                out += [(m, "declines", k, t + 1) for m in _own_troops_or_subject(sent, k, k + 2, t)]
        elif w == "no" and low[k + 1] == "to" and low[k + 2] in _PROPOSED_GERUNDS:
            t = troops_at(k + 3, k + 7)
            if t is not None and not others_troops_only(low[k + 3:t + 1]):
                out += [(m, "declines", k, t + 1) for m in _own_troops_or_subject(sent, k, k + 3, t)]
        elif w in _HOLDING_VERBS and not NEGATIONS.isdisjoint(low[max(0, k - 2):k]) and \
                low[k + 1] == "it" and low[k + 2:k + 3] != [] and low[k + 2] in _JUDGED_POSSIBLE \
                and low[k + 3:k + 4] == ["to"] and low[k + 4:k + 5] != [] and \
                low[k + 4] in _COMMIT_VERBS:
            t = troops_at(k + 5, k + 9)
            if t is not None:
                out += [(m, "declines", k - 1, t + 1)
                        for m in _own_troops_or_subject(sent, k, k + 5, t)]
        elif w in _DECLINED_TO and low[k + 1] == "to" and low[k + 2] in _TELLING_VERBS:
            q = next((t for t in range(k + 3, min(n, k + 10)) if low[t] in ("whether", "if")),
                     None)
            t = troops_at(q + 1, q + 8) if q is not None else None
            if q is not None and t is not None:  # the decliner's own nation (not "Trump declined to say whether
                # Germany would send troops"), the troops named after "whether" its own if named
                named = {m.iso3 for m in sent.mentions if q < m.start < t}
                out += [(m, "undecided", k, q + 1)
                        for m in sent.subject_actors(k, exclude=HOST_AND_ADVERSARY)
                        if m.iso3 != "USA" and (not named or m.iso3 in named)]
    return out


_FOR_WANT = frozenset({"because", "as", "due", "since", "until", "before", "given", "absent",
                       "without"})
_PEACE_WORDS = frozenset({"agreement", "ceasefire", "cease-fire", "peace", "deal", "truce",
                          "settlement"})


def _not_yet_for_want_of_peace(cue: list[str], after: list[str]) -> bool:
    """(s42) "not currently ..." with the reason or the moment after it a peace not yet made
    ("due to the absence of a peace agreement", "as there is no peace agreement", "until a
    ceasefire")."""
    if {"currently", "presently", "now"}.isdisjoint(cue):
        return False
    k = next((j for j, w in enumerate(after) if w in _FOR_WANT), None)
    return k is not None and not _PEACE_WORDS.isdisjoint(after[k:k + 8])


def _after_coalition_name(low: list[str], s: int) -> bool:
    """(s42) The cue right after "coalition of the willing" (quoted or not) qualifies it."""
    k = s - 1
    while k >= 0 and low[k] in _QUOTES:
        k -= 1
    return k >= 3 and low[k - 3:k + 1] == ["coalition", "of", "the", "willing"]


_WORRIES = frozenset({"concerns", "concern", "fears", "fear", "worries", "speculation",
                      "suggestions", "claims", "reports", "rumours", "rumors"})
_DISMISS = frozenset({"dismissed", "dismisses", "dismissing", "dismiss", "denied", "denies",
                      "rejected", "rejects", "brushed", "played", "downplayed", "allayed",
                      "refuted", "quashed"})
DISMISSED_TRIGGERS = _WORRIES


def dismissed_worry(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s42) "Macron dismissed concerns that France would send soldiers to the battlefield":
    the offer is what is denied, no offer (a refusal of that battlefield role is no refusal of
    the force either)."""
    low = sent.lower
    spans = [k for k in range(1, len(low) - 1) if low[k] in _WORRIES and low[k + 1] == "that"
             and not _DISMISS.isdisjoint(low[max(0, k - 4):k])]
    if not spans:
        return hits
    return [h for h in hits if h.stance not in ("ready", "open", "conditional")
            or (at := cue_at(sent, h)) is None or not any(k < at <= k + 10 for k in spans)]


_DID = frozenset({"did", "does", "do", "would", "could", "will"})


def unanswered(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s42) "declined to say if Ireland would contribute peacekeepers if asked": what the
    question asks is no offer (nor its condition); the undecided s40 reads stays."""
    low = sent.lower
    q = next((t for k in range(len(low) - 3) if (low[k] in _DECLINED_TO and low[k + 1] == "to"
                                                  or low[k] in ("not", "n't") and k > 0 and
                                                  low[k - 1] in _DID)  # (s55) "did not say"
              and low[k + 2 - (low[k] in ("not", "n't"))] in _TELLING_VERBS
              for t in range(k + 2, min(len(low), k + 10)) if low[t] in ("whether", "if")), None)
    if q is None:
        return hits
    # (s55) a cue that runs into the question (the grammar pass's holder-to-object span, "Germany
    # ... did not say whether it would send soldiers") is the question's too
    # (s55) a cue that runs into the question (the grammar pass's holder-to-object span, "Germany
    # ... did not say whether it would send soldiers") is the question's too; an offer after the
    # question ends ("..., but said it is ready to send troops") stands
    q_char = sent.idx[q] - sent.idx[0]
    asked_end = next((k for k in range(q + 1, len(low)) if low[k] in (",", ":", ";")), len(low))
    end_char = sent.idx[asked_end] - sent.idx[0] if asked_end < len(low) else len(sent.text)
    return [h for h in hits if h.stance == "undecided" or not _cue_overlaps(sent, h, q_char, end_char)]


def _cue_overlaps(sent: Sent, hit: StanceHit, lo: int, hi: int) -> bool:
    """Whether a stance's cue (found in its sentence's text) ends inside (lo, hi] characters:
    its words of sending are the question's."""
    at = sent.text.lower().find(hit.cue.lower())
    return at >= 0 and lo < at + len(hit.cue) <= hi


_INVOLVING = frozenset({"involve", "involves", "include", "includes", "mean", "means", "entail",
                        "entails"})
_THIS_CONTRIBUTION = frozenset({"it", "this", "that"})
# (s40b) the cue is the report's own text: a curly apostrophe reads as a straight one
_LEAD_ROLE = re.compile(r"(?:\bnot|n['\u2019]t|\bcannot|\bunable to)\s+(?:\w+\s+){0,2}"
                        r"(?:lead|head|command)\b")


def misread_s40(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s40) Readings that only seem a stance (the rebuilt sets' tune half):

    - "they were not all committed to joining the force": not every one of them, no refusal;
    - "while Poland may contribute to the operation, it will not involve sending troops": the
      contribution is no troops, no offer of them (the refusal is read where it is one);
    - "the army was so run down that it could not lead a peacekeeping mission": the lead role,
      no refusal to send troops;
    - "until now he had only hinted at the possibility of British troops playing a role": the
      hint the news goes beyond, no openness of its own.
    """
    low = sent.lower
    n = len(low)
    out = list(hits)
    words = set(low)
    if "not" in words and "all" in words:
        alls = [k for k in range(n - 1) if low[k] == "not" and low[k + 1] == "all"]
        out = [h for h in out if not (h.stance == "declines" and any(
            (at := cue_at(sent, h)) is not None and k <= at <= k + 6 for k in alls))]
    if not _INVOLVING.isdisjoint(words):
        for k in range(1, n - 2):
            if low[k] in NEGATIONS and low[k + 1] in _INVOLVING and \
                    low[k + 2] in _PROPOSED_GERUNDS and \
                    any(t in TROOP_WORDS for t in low[k + 3:k + 6]) and \
                    not _THIS_CONTRIBUTION.isdisjoint(low[max(0, k - 3):k]):
                out = [h for h in out if not (h.stance in ("ready", "open") and (
                    (at := cue_at(sent, h)) is not None and at < k - 2))]
    if not {"lead", "head", "command"}.isdisjoint(words):
        out = [h for h in out if not (h.stance == "declines" and _LEAD_ROLE.search(h.cue.lower())
                                      and _DEPLOY.isdisjoint(h.cue.lower().split()))]
    if "led" in words or "auspices" in words:
        # "considering the possibility of a mission to protect a peace deal being led by the
        # United Nations": another body's mission weighed, no troops of its own offered
        def others_mission(h: StanceHit) -> bool:
            at = cue_at(sent, h)
            if h.stance != "open" or at is None:
                return False
            j = at + len(h.cue.split())
            if low[j:j + 2] in (["the", "possibility"], ["the", "prospect"], ["the", "idea"]) \
                    and low[j + 2:j + 3] == ["of"]:
                j += 3
            if low[j:j + 1] not in (["a"], ["an"]) or _MISSION_NOUNS.isdisjoint(low[j + 1:j + 4]):
                return False
            rest = low[j + 1:sent.clause_end(j)]
            return ("led" in rest and "by" in rest or "auspices" in rest) and \
                not any(t in _OWN_TROOP_NOUNS or t in _PROPOSED_GERUNDS for t in rest)
        out = [h for h in out if not others_mission(h)]
    if "hinted" in words or "hinting" in words:
        hints = [k for k in range(n) if low[k] in ("hinted", "hinting")
                 and "only" in low[max(0, k - 7):k]]
        if hints:
            out = [h for h in out if h.stance != "open"]
    return out


# (s40b) bodies outside the state whose views a sentence gives as its subject: the stance of
# "the opposition parties", "the reservists' association", "many volunteers" is not the nation's
# (the nation is named only inside the cue, "contribute Danish troops", or in the body's name)
NON_STATE_SUBJECTS = frozenset({"party", "parties", "association", "associations", "volunteers",
                                 "reservists", "veterans", "voters", "respondents", "citizens"})
# what follows a non-state body that is the subject (its auxiliary or its verb)
_SUBJECT_VERBS = frozenset({"have", "has", "had", "are", "is", "were", "was", "will", "would",
                            "could", "can", "may", "might", "also", "say", "said", "says",
                            "indicated", "signalled", "signaled", "expressed", "voiced", "backed",
                            "back", "backs", "support", "supported", "want", "wanted", "stand"})
# (s40b) a refusal bounded to acting alone: "would not participate solely", "not on our own"
_ALONE_WORDS = frozenset({"solely", "alone", "unilaterally", "independently", "single-handedly"})


def _non_state_subject(sent: Sent, at: int) -> bool:
    """The cue at ``at`` has a non-state body as its subject: such a noun stands before it with
    no nation named and no speech verb between them (s40b)."""
    low = sent.lower
    k = next((j for j in range(at - 1, max(-1, at - 16), -1) if low[j] in NON_STATE_SUBJECTS),
             None)
    if k is None or any(w in SPEECH or w in ("that", ",", ";", ":") for w in low[k + 1:at]):
        return False  # (not "the government, backed by all parties, is ready")
    if k >= 1 and low[k - 1] in ("by", "from", "with", "of", "to", "among", "for"):
        return False  # the body is an object: "support from the parties"
    if low[k + 1:k + 2] and low[k + 1] not in _SUBJECT_VERBS:
        return False  # a modifier or an object: "met party leaders to present a plan"
    return not any(k < m.start < at for m in sent.mentions)


def non_state_orphans(sent: Sent, orphans: list[Orphan]) -> list[Orphan]:
    """(s40b) ``orphans`` without a cue whose subject is a non-state body ("The parties have
    indicated their willingness to contribute"): no nation of the sentence before takes it."""
    out = []
    for o in orphans:
        cue = o.cue.lower().split()
        low = sent.lower
        at = next((k for k in range(len(low) - len(cue) + 1) if low[k:k + len(cue)] == cue), None)
        if at is None or not _non_state_subject(sent, at):
            out.append(o)
    return out


def _bounded_to_alone(low: list[str], at: int, n: int) -> bool:
    """A negated cue at ``at`` (``n`` words) whose next words bound it to acting alone: "would
    not participate solely in the mission", "will not do it on its own" (s40b)."""
    after = low[at + n:at + n + 8]
    return not _ALONE_WORDS.isdisjoint(after) or any(
        after[j:j + 3] in (["on", "its", "own"], ["on", "our", "own"], ["on", "their", "own"])
        and (j + 3 >= len(after) or not after[j + 3].isalpha())  # not "on their own territory"
        for j in range(len(after)))


def misread_s40b(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s40b) Readings that only seemed the nation's stance (the second round's tune half):

    - a non-state body speaks as the subject: "The Alternative and Conservative parties have
      indicated their willingness to contribute Danish troops", "According to the Finnish
      reservists' association, many volunteers have committed to joining": the parties' or the
      volunteers' wish, not the government's offer;
    - a refusal bounded to acting alone: "stressing that the UK would not participate solely in
      the mission": it takes part, with others.
    """
    low = sent.lower
    words = set(low)
    out = list(hits)
    if not NON_STATE_SUBJECTS.isdisjoint(words):
        out = [h for h in out if not (h.stance in ("ready", "open", "conditional", "declines",
                                                   "undecided")
                                      and (at := cue_at(sent, h)) is not None
                                      and _non_state_subject(sent, at))]
    if not _ALONE_WORDS.isdisjoint(words) or "own" in words:
        out = [h for h in out if not (h.stance == "declines"
                                      and (at := cue_at(sent, h)) is not None
                                      and _bounded_to_alone(low, at, len(h.cue.split())))]
    return out


_LEADING_IF_SKIP = frozenset({"asked", "anything", "so", "not", "only", "necessary", "needed",
                              "need", "required", "possible"})
_CANDIDACY = frozenset({"elected", "president", "election", "elections", "win", "wins"})


FRONTED_CONDITIONS = frozenset({"should", "provided", "providing", "with", "depending", "subject",
                                "conditional", "contingent"})
_US_BACKING_NOUNS = frozenset({"backstop", "backing", "guarantee", "guarantees", "cover", "support",
                               "participation", "involvement"})


def _fronted_condition(low: list[str], i: int) -> str | None:
    """(s59) A condition opening the sentence other than "if": "Should Washington provide a
    backstop, ...", "Provided (that) Washington offers a backstop, ...", "With an American
    backstop (a UN mandate), ...", "Depending on the mandate, ...", "Subject to parliamentary
    approval, ...": the condition it names (the US, a mandate, parliament), or None when it
    names none of them ("With the war over, ...")."""
    head = low[i:i + 2]
    if head[:1] == ["should"] or head[:1] == ["provided"] or head == ["providing", "that"] or \
            head[:1] == ["with"] or head == ["depending", "on"] or head == ["subject", "to"] or \
            head == ["conditional", "on"] or head == ["contingent", "on"]:
        c = next((k for k in range(i + 2, min(len(low), i + 16)) if low[k] == ","), None)
        if c is None:
            return None
        clause = low[i + 1:c]
        named = set(clause)
        if not _PARLIAMENT_WORDS.isdisjoint(named) or "approval" in named and (
                "parliamentary" in named or "lawmakers" in named):
            return "parliament"
        if not _MANDATE_WORDS.isdisjoint(named) and "mandate" in named:
            return "mandate"
        if not _US_NAMES.isdisjoint(named) and not _US_BACKING_NOUNS.isdisjoint(named) or \
                "backstop" in named:
            return "us-backstop"
    return None


def leading_condition_s40(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s40) "If Russia achieves gains on the battlefield, the Baltic states may be willing to
    send their units": a condition put before the offer conditions it as one put after does
    ("... will send troops if ..."); not the force's premise ("If a ceasefire is agreed, ..."),
    "if necessary", nor a hypothesis about the nation itself ("If Germany sends troops, ...")."""
    low = sent.lower
    i = 1 if low[:1] and low[0] in _QUOTES else 0
    opener = _fronted_condition(low, i)
    if low[i:i + 1] not in (["if"], ["unless"]) and opener is None:
        return _required_after(sent, hits)
    c = next((k for k in range(i + 2, min(len(low), i + 25)) if low[k] == ","), None)
    clause = set(low[i + 1:c]) if c is not None else set()
    if c is None or low[i + 1] in _LEADING_IF_SKIP or not _CANDIDACY.isdisjoint(clause) or \
            not (_CEASEFIRE_WORDS | _DEAL_WORDS).isdisjoint(clause) or \
            not SPEECH.isdisjoint(clause):
        # "If Washington brokers a peace, ...": the premise; "If Denmark says the plan is
        # unworkable, then ...": a hypothetical speech (s13), no condition put
        return hits
    # (s59) the nation's parliament named in the condition is no hypothesis about the nation:
    # "If the Bundestag agrees, Germany will send troops"
    in_if = {m.iso3 for m in sent.mentions if m.start < c
             and _PARLIAMENT_WORDS.isdisjoint(low[m.start:m.end])}
    cond = opener or _condition_of(sent, i, "depends")
    if cond is None:
        return hits
    out = list(hits)
    held = {(h.actor, h.stance) for h in hits}
    for h in hits:
        at = cue_at(sent, h)
        if h.stance in ("ready", "open") and h.actor not in in_if and at is not None and at > c \
                and (h.actor, "conditional") not in held:
            out.append(StanceHit(actor=h.actor, actor_text=h.actor_text, stance="conditional",
                                 cue=h.cue, condition=cond, group=h.group, base=h.stance))
            held.add((h.actor, "conditional"))
    return out


_REQUIRING = frozenset({"require", "requires", "need", "needs"})
_IT_WOULD = frozenset({"will", "would", "'ll", "'d"})


def _required_after(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s40) "Latvia does not rule out sending troops, but it will require clear political
    consultations" (or "this would require a UN mandate"): the offer's own requirement, put
    after it in the same sentence, conditions it; not the premise ("it would require a
    ceasefire first")."""
    low = sent.lower
    n = len(low)
    req = next((k for k in range(3, n - 1) if low[k] in _REQUIRING and low[k - 1] in _IT_WOULD
                and low[k - 2] in _THIS_CONTRIBUTION and low[k - 3] == "but"
                # (s41) the subject left out: "is willing to provide troops, but needs the
                # United States behind the mission"
                or low[k] in ("needs", "requires") and low[k - 2:k] == [",", "but"]
                or low[k] in _REQUIRING and low[k - 1] in _IT_WOULD and k >= 4
                and low[k - 2] in _THIS_CONTRIBUTION and low[k - 4:k - 2] == [",", "but"]), None)
    if req is None:
        return hits
    obj = set(low[req + 1:sent.clause_end(req + 1)])
    if not (_CEASEFIRE_WORDS | _DEAL_WORDS).isdisjoint(obj):
        return hits
    if not obj.isdisjoint(PARLIAMENTS) or not obj.isdisjoint({"vote", "approval", "consent"}):
        cond = "parliament"
    elif not obj.isdisjoint({"mandate", "un", "u.n.", "resolution"}):
        cond = "mandate"
    elif not obj.isdisjoint({"backstop", "american", "washington", "u.s."}) or \
            {"united", "states"} <= obj or "us" in \
            sent.text[sent.idx[req] - sent.idx[0]:].split():
        cond = "us-backstop"
    else:
        cond = "other"
    out = list(hits)
    held = {(h.actor, h.stance) for h in hits}
    for h in hits:
        at = cue_at(sent, h)
        if h.stance in ("ready", "open") and at is not None and at < req and \
                (h.actor, "conditional") not in held:
            out.append(StanceHit(actor=h.actor, actor_text=h.actor_text, stance="conditional",
                                 cue=h.cue, condition=cond, group=h.group, base=h.stance))
            held.add((h.actor, "conditional"))
    return out


# (s41) clause shapes from all four rebuilt lists' misses: `offers_s41` adds what the cues missed
# (a stance held by the clause's shape, not by a new phrase), `misread_s41` drops what only seemed
# one
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
                            "initiative", "scheme"})
_AGAINST_PLAN = frozenset({"plan", "plans", "proposal", "proposals", "idea", "initiative", "scheme"})
_AGAINST_FILLER = frozenset({"the", "any", "a", "an", "such", "this", "that", "these", "those",
                             "-", "anglo", "franco", "british", "french", "european", "western",
                             "peacekeeping", "military", "troop", "ground", "foreign", "proposed",
                             "planned", "possible", "potential", "so", "called", "so-called",
                             '"', "“", "”", "'", "‘", "’", "large", "scale", "new"})
# "as proposed (planned) by X and Y" after the sending: the proposers' own offer (the plan
# leaders' convention, §5), as "a plan by X and Y to send troops" is
_PROPOSED_BY = frozenset({"proposed", "planned", "suggested", "envisaged", "envisioned",
                          "devised", "championed", "floated"})
_SENDING_S41 = frozenset({"sending", "deploying", "deployment", "dispatching", "stationing",
                          "send", "deploy"})
_NOT_YET_MADE = frozenset({"made", "taken", "reached"})
S41_TRIGGERS = frozenset({"against", *_PROPOSED_BY, "forward", "decision", "decisions"})


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


def offers_s41(sent: Sent, topic: AbstractSet[str] = frozenset()) -> list[tuple[Mention, str, int, int]]:
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
            if not (_NOT_YET_MADE & set(made) and {"has", "have", "had", "been", "yet", "was",
                                                    "were"} & set(made)) or not troopish:
                continue  # "no decision has been made": not "no decision on X will stop us"
            named = [m for m in sent.mentions if m.iso3 not in _NOT_CONTRIBUTORS
                     and m.label == "NATION" and not m.governed]
            if len({m.iso3 for m in named}) == 1:
                out.append((named[0], "undecided", k - 1 if low[k - 1] == "no" else k - 2, k + 1))
        elif w in _PROPOSED_BY and low[k + 1] == "by" and (
                low[k - 1] in ("as", "was", "were", ",") or low[k - 1] in TROOP_WORDS) \
                and not _SENDING_S41.isdisjoint(low[max(0, k - 8):k]) and troopish:
            # (s43) "the idea of sending peacekeepers to Ukraine, proposed by France and the UK";
            # "the proposal to send European soldiers put forward by France and the UK" (below)
            out += [(m, "ready", k - 1, k + 2) for m in _proposers_after(sent, k + 2)]
        elif w == "put" and low[k + 1] == "forward" and low[k + 2:k + 3] == ["by"] and (
                low[k - 1] == "," or low[k - 1] in TROOP_WORDS) \
                and not _SENDING_S41.isdisjoint(low[max(0, k - 8):k]) and troopish:
            out += [(m, "ready", k, k + 3) for m in _proposers_after(sent, k + 3)]
    return out


def may_hold_s41(words: AbstractSet[str]) -> bool:
    """A sentence no cue matched may still hold an `offers_s41` shape (its words allow one)."""
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


def bare_taking_part(low: list[str], s: int, e: int) -> bool:
    """(s41) The cue [s, e) ends with taking part, or takes it as its object, with nothing
    saying in what: "open to participating.", "interest in participating, provided ...", "has
    not ruled out participation." (the clause ends, or a condition follows)."""
    k = e
    if low[e - 1] not in _BARE_PARTS:
        rest = [w for w in low[e:e + 3] if w not in ("any", "its", "their", "such", "a")]
        if not rest or rest[0] not in _BARE_PARTS:
            return False
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


def misread_s41(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s41) Readings that only seemed a stance (the four rebuilt lists):

    - an offer that is what the nation would *need* to do: "Britain may need to move troops out
      of Germany to deploy a brigade", "with Britain potentially needing to contribute";
    - an offer under a difficulty: "the Dutch army has difficulties to put together one
      battalion to participate in operations" (its capacity, not an offer);
    - "30,000 Italian troops could be needed for such a mission": a need, not openness.
    """
    low = sent.lower
    words = set(low)
    out = list(hits)
    if not _NEED_TO.isdisjoint(words):
        out = [h for h in out if not (h.stance in ("ready", "open") and any(
            a in _NEED_TO and b == "to" for a, b in zip(h.cue.lower().split(),
                                                       h.cue.lower().split()[1:], strict=False)))]
    if not _DIFFICULTY.isdisjoint(words):
        hard = [k for k, w in enumerate(low) if w in _DIFFICULTY
                and low[k + 1:k + 2] in (["to"], ["in"], ["with"])]
        out = [h for h in out if not (h.stance in ("ready", "open") and (
            at := cue_at(sent, h)) is not None and any(
                k < at <= k + 10 and sent.clause_start(at) <= k for k in hard))]
    out = [h for h in out if not (h.stance == "open" and (at := cue_at(sent, h)) is not None
                                  and _passive_possibility(sent, at))]
    if not _OTHER_HOLDERS.isdisjoint(words):
        out = [h for h in out if not (h.stance in TROOP_STANCES and (
            at := cue_at(sent, h)) is not None and _others_hold_clause(sent, at, h.actor))]
    if not _DECISION_WORDS.isdisjoint(words) and not _HINGES.isdisjoint(words):
        out = [replace(h, base=None) if h.stance == "conditional" and h.base == "ready" and (
            at := cue_at(sent, h)) is not None and _decision_that_depends(low, at) else h
            for h in out if not (h.stance == "ready" and (
                at := cue_at(sent, h)) is not None and _decision_that_depends(low, at))]
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


def misread_s41b(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
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
        if h.stance in ("ready", "undecided") and low[end - 1] in _VAGUE_PART and \
                _ANY_TROOP_WORD.isdisjoint(low):
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
_OWN_PART = frozenset({"participation", "involvement", "participating", "sending", "role",
                       "taking"})
_PEACE_FORCE = frozenset({"peacekeeping", "peacekeepers", "peacekeeper", "troops", "force",
                          "forces", "mission", "contingent", "soldiers"})
S41B_TRIGGERS = _DENYING | _REJECTING_POSSIBILITY
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


def offers_s41b(sent: Sent) -> list[tuple[Mention, str, int, int]]:
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
                and "possibility" in low[k + 1:k + 3]):
            continue
        if not NEGATIONS.isdisjoint(low[max(0, k - 3):k]):
            continue
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
S42_TRIGGERS = frozenset({"unlike", *_ENVISIONS, *_PLEDGED, "nothing"})


def offers_s42(sent: Sent, speaker: str | None) -> list[tuple[Mention, str, int, int]]:
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
        if found and not TROOP_WORDS.isdisjoint(low) and "not" not in low[:low.index("nothing")]:
            k = low.index("nothing")
            owner = next((m for m in sent.mentions if m.iso3 == speaker), None)
            if owner is not None:
                out.append((owner, "open", k, min(n, k + len(found.group(0).split()))))
    return out


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
    r"|\bbeyond\s+" + _UN + r"\s*-\s*mandated\b")
# "In the past 75 years, India has contributed over 290,000 peacekeepers": a record, no offer
# (s58: a record of years or decades, not "Over the past few weeks, Britain and France have
# been trying to form a coalition ... to send their troops")
_RECORD_OPENING = re.compile(r"^\W*(?:in|over|during)\s+the\s+(?:past|last)\s+(?:\d[\d,]*|few|several|many|"
                             r"two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)"
                             r"\s+(?:years|decades)\b")
_YET_TO = re.compile(r"\byet\s+to\s+(?:commit|send|deploy|contribute|pledge|offer|decide|join)\b")
_NEITHER_NOR = re.compile(r"\bneither\s+(?:\w+\s+){1,2}nor\s+(?:denied|denies|deny|ruled\s+out|rejected)\b")
def readings_s43(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
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
        if h.stance in ("ready", "declines", "open") and _UN_ONLY.search(text) and (
                not TROOP_WORDS.isdisjoint(low) or not {"peacekeepers", "peacekeeping"}.isdisjoint(low)):
            if h.stance == "declines":
                out.append(h)  # (s44) "ruled out deploying its forces outside a UN mandate"
                # refuses the force at hand (no UN mandate is in view) as well: readers record both
            h = replace(h, stance="conditional", condition="mandate",
                        base=None if h.stance == "declines" else h.stance)
        if h.stance == "open" and _refused_quote(low):
            h = replace(h, stance="declines", condition=None, base=None)
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


_S43_MODALS = frozenset({"could", "may", "might", "can"})
_S43_SENT = frozenset({"deployed", "sent", "drawn", "dispatched", "contributed", "provided"})
_S43_SENDING = frozenset({"sending", "deploying", "contributing", "providing", "dispatching"})
_S43_PART = frozenset({"take", "participate", "contribute", "join"})
S43_OFFER_TRIGGERS = frozenset({"should", "such", "including", "like", "promise", "promises", "pledge", "pledges",
                                "possibility", "whether", "commitment", "signaled", "signalled",
                                "indicated", "suggested", "hinted", "out", "excluded", "far", "plan",
                                "plans", "that", "which"})


def offers_s43(sent: Sent, speaker: str | None = None) -> list[tuple[Mention, str, int, int]]:
    """(s43) Openings the cues missed (round 9's tuning texts):

    - "Up to 30,000 soldiers could be deployed to Ukraine from countries such as Canada,
      Australia and Turkey": the nations the troops could come from are open;
    - "Czech President Petr Pavel believes that the Czech Republic should take part in deploying
      peacekeeping forces": a nation's own leader saying it should take part is open (an
      outsider's "should" is advice, `advised_or_outsiders`).
    """
    low = sent.lower
    n = len(low)
    out: list[tuple[Mention, str, int, int]] = _s43_round11(sent, speaker)
    if TROOP_WORDS.isdisjoint(low) and {"peacekeeping", "peacekeepers"}.isdisjoint(low):
        return out
    for k in range(2, n - 2):
        if low[k] == "from" and low[k + 1] in ("countries", "nations", "states") and \
                low[k + 2:k + 4] in (["such", "as"], ["including", "the"]) or \
                low[k] == "from" and low[k + 1:k + 3] in (["countries", "including"], ["nations", "including"]):
            start = k + (4 if low[k + 2:k + 4] in (["such", "as"], ["including", "the"]) else 3)
            verb = next((j for j in range(max(0, k - 10), k) if low[j] in _S43_SENT
                         and low[j - 1] == "be" and low[j - 2] in _S43_MODALS), None)
            if verb is None:
                continue
            names = _proposers_after(sent, start if low[start - 1] != "the" else start - 1)
            out += [(m, "open", verb - 2, verb + 1) for m in names]
        elif low[k] in ("countries", "nations") and low[k + 1:k + 2] == ["like"] or \
                low[k] in ("countries", "nations") and low[k + 1:k + 3] == ["such", "as"]:
            # "involving countries like France and the UK sending troops to Ukraine": their offer
            names = _proposers_after(sent, k + (2 if low[k + 1] == "like" else 3))
            end = max((m.end for m in names), default=0)
            if names and low[end:end + 1] and low[end] in _S43_SENDING and \
                    not TROOP_WORDS.isdisjoint(low[end + 1:end + 4]):
                out += [(m, "ready", k, end + 2) for m in names]
        elif low[k] == "should" and low[k + 1] in _S43_PART and (low[k + 1] != "take" or low[k + 2] == "part"):
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
_PREPS_S43 = frozenset({"in", "from", "to", "of", "with", "for", "on", "at", "by", "into", "against"})
_FAR_FROM = re.compile(r"\bfar\s+from\s+(?:talking|discussing|deciding)\b")
_FORCE_WORDS_S43 = frozenset({"coalition", "force", "forces", "mission", "peacekeeping", "peacekeepers", "troops",
                              "contingent", "mandate", "deployment", "soldiers"})
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
    return False


_AUX_BEFORE_NOT = frozenset({"does", "do", "did", "has", "have", "had", "would", "will", "can",
                             "could", "should", "is", "are", "was", "were", "also", "still"})


def _s43_round11(sent: Sent, speaker: str | None) -> list[tuple[Mention, str, int, int]]:
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
            if _FORCE_WORDS_S43.isdisjoint(low):
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
                not (TROOP_WORDS | _FORCE_WORDS_S43).isdisjoint(low[max(0, k - 6):k]):
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
        who = [m for m in sent.mentions if m.start > at and low[m.start - 1] not in _PREPS_S43
               and m.iso3 not in _NOT_CONTRIBUTORS and m.label != "GROUP"] or own
        seen: set[str] = set()
        for m in who:
            if m.iso3 not in seen:
                seen.add(m.iso3)
                out.append((m, "undecided", m.start, m.end))
    return out


# (s44) "U.K., Sweden say troops could head to post-war Ukraine": the sayers' own troops, bare
# (no other owner named), on a modal of possibility: their openness
S44_TRIGGERS = frozenset({"say", "says", "said"})
S44_BARE_TROOPS = frozenset({"troops", "soldiers", "forces", "peacekeepers"})
_POSSIBLY = frozenset({"could", "may", "might"})
_GOING = frozenset({"head", "go", "be", "deploy", "join", "serve", "help", "enter", "move"})


def offers_s44(sent: Sent) -> list[tuple[Mention, str, int, int]]:
    """(s44) "Britain and Sweden say troops could head to Ukraine": open, the sayers'."""
    low = sent.lower
    out: list[tuple[Mention, str, int, int]] = []
    for k in range(1, len(low) - 3):
        if low[k] not in S44_TRIGGERS:
            continue
        j = k + 2 if low[k + 1] == "that" else k + 1
        if low[j:j + 1] and low[j] in S44_BARE_TROOPS and low[j + 1:j + 2] and \
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
_MAY = frozenset({"may", "might", "could"})
_GIVING_UP = frozenset({"refuse", "abandon", "drop", "scrap", "shelve", "decline"})
# "likely to abandon plans" expects the plan dropped (its readers keep the plan: ready); "likely
# to refuse" stays a refusal (15d)
_PLANS_DROPPED = frozenset({"abandon", "drop", "scrap", "shelve"})


def readings_s44(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s44) No offer inside a false story told of the nation; no refusal the news only
    expects."""
    low = sent.lower
    n = len(low)
    stories = [k for k in range(n - 1) if low[k] in _FALSE_STORY and low[k + 1] == "that"]
    expected = [k for k in range(1, n) if low[k] in _GIVING_UP and (
        low[k - 1] in _MAY or low[k - 1] == "to" and k >= 2 and (
            low[k - 2] in _MAY or low[k - 2] == "likely" and low[k] in _PLANS_DROPPED))]
    if not stories and not expected:
        return hits
    out = []
    for h in hits:
        at = cue_at(sent, h)
        if at is not None and h.stance in ("ready", "open", "conditional") and any(
                k < at and "," not in low[k:at] and ";" not in low[k:at] for k in stories):
            continue
        if at is not None and h.stance == "declines" and any(k - 3 <= at <= k + 6 for k in expected):
            continue
        out.append(h)
    return out


# (s56) an explainer's or think tank's labelled list of who stands where: "Committed: the UK
# and France." "Considering: Sweden and Finland." "Ruled out: Poland and Hungary." The label is
# the stance of every nation listed after its colon (read only where the report is on the
# force's troops: the caller's context, or a labelled line just before).
_LIST_LABELS: dict[tuple[str, ...], str] = {
    ("committed",): "ready", ("ready",): "ready", ("willing",): "ready", ("pledged",): "ready",
    ("contributing",): "ready", ("ready", "to", "send", "troops"): "ready",
    ("considering",): "open", ("open",): "open", ("open", "to", "it"): "open",
    ("possible",): "open", ("weighing",): "open", ("not", "ruled", "out"): "open",
    ("undecided",): "undecided", ("uncommitted",): "undecided", ("hesitant",): "undecided",
    ("on", "the", "fence"): "undecided", ("wait", "and", "see"): "undecided",
    ("ruled", "out"): "declines", ("refused",): "declines", ("declined",): "declines",
    ("opposed",): "declines", ("not", "sending", "troops"): "declines",
}
_LIST_BULLETS = frozenset({"-", "•", "*", "–", "—", "·"})
_LABELLED_END = frozenset({".", ";", "!"})


def labelled_context(words: AbstractSet[str]) -> bool:
    """(review s56) The sentence before a labelled list is about troops (a troop word), not about
    aid: "... by where they stand on sending troops to the force.", "Leaders discussed troops for
    Ukraine." (not "... listed air-defence aid for Ukraine's troops.")."""
    return not words.isdisjoint(_LABEL_TROOPS) and words.isdisjoint(_LABEL_AID)


_LABEL_TROOPS = frozenset({"troops", "soldiers", "contingent", "contingents", "peacekeepers",
                           "personnel"})
_LABEL_AID = frozenset({"aid", "weapons", "money", "funding", "sanctions", "equipment", "arms",
                        "ammunition", "loans"})


def row_context(words: AbstractSet[str]) -> bool:
    """(review s56) The sentence before a row of nations frames positions on sending troops
    ("Where Europe's capitals stand on sending troops to the force."), not a question or a list
    of forces already deployed."""
    return labelled_context(words) and not words.isdisjoint(_ROW_FRAME) and "?" not in words


_ROW_FRAME = frozenset({"stand", "stands", "stance", "stances", "position", "positions", "send",
                        "sending", "contribute", "contributing", "deploy", "deploying", "offers",
                        "pledges", "split", "divided"})


def list_label(low: Sequence[str]) -> tuple[str, int] | None:
    """The stance a labelled line gives and the index of its colon, or None: the line opens with
    one of `_LIST_LABELS` (a bullet before it at most) and a colon."""
    if ":" not in low[:6]:
        return None
    colon = low.index(":")
    first = 1 if low[:1] and low[0] in _LIST_BULLETS else 0
    label = tuple(low[first:colon])
    stance = _LIST_LABELS.get(label)
    if stance is None and label:
        # (s59) a longer label of the same kind: "Willing to deploy ground troops", "Considering
        # it", "No decision yet": its first word(s), then only the words of sending troops
        stance = next((v for k, v in _LIST_LABELS.items() if label[:len(k)] == k
                       and set(label[len(k):]) <= _LABEL_TAIL and len(label) > len(k)), None) \
            or (_LABEL_PHRASES.get(label[:2]) if set(label[2:]) <= _LABEL_TAIL else None)
    return None if stance is None else (stance, colon)


_LABEL_TAIL = frozenset({"to", "deploy", "send", "sending", "deploying", "ground", "troops",
                         "soldiers", "it", "yet", "so", "far", "contribute", "contributing",
                         "the", "force", "a", "contingent", "peacekeepers", "for", "now"})
_LABEL_PHRASES: dict[tuple[str, ...], str] = {
    ("no", "decision"): "undecided", ("not", "decided"): "undecided",
    ("will", "send"): "ready", ("will", "not"): "declines", ("no", "troops"): "declines",
}


def label_has_troops(low: Sequence[str]) -> bool:
    """(s59) A label that names the troops itself ("Willing to deploy ground troops:"): its line
    needs no sentence on troops before it."""
    found = list_label(low)
    return found is not None and not _LABEL_TROOPS.isdisjoint(low[:found[1]])


def _names_only(low: list[str], names: list[Mention], lo: int, hi: int,
                extra: AbstractSet[str] = frozenset()) -> bool:
    """(s56) Tokens [lo, hi) hold the nations ``names`` and nothing else but list glue (and
    ``extra``): "the UK, France and Denmark."."""
    covered = {k for m in names for k in range(m.start, m.end)}
    return bool(names) and all(k in covered or low[k] in LIST_GLUE or low[k] in extra
                               for k in range(lo, hi))


def labelled_list(sent: Sent) -> list[StanceHit]:
    """The stances of a labelled line (`list_label`) whose text after the colon is nothing but
    nations ("the UK, France and Denmark."); none when anything else follows (a clause is no
    list: "Ruled out: sending troops before a ceasefire")."""
    found = list_label(sent.lower)
    if found is None:
        return []
    stance, colon = found
    low = sent.lower
    names = [m for m in sent.mentions if m.start > colon]
    if not _names_only(low, names, colon + 1, len(low), _LABELLED_END):
        return []
    cue = sent.text_of(0, colon)
    return [StanceHit(actor=m.iso3, actor_text=m.text, stance=stance, cue=cue)
            for m in names if m.iso3 not in HOST_AND_ADVERSARY and m.label != "PERSON"]


def row_separator(low: Sequence[str]) -> int | None:
    """Where a row's nations end: a colon in its first ten tokens, or (s57) a dash right after
    the first words ("Italy - No troops.", "Netherlands – Willing, provided ..."), else None."""
    if ":" in low[:10]:
        return low.index(":")
    dash = next((k for k in range(1, min(6, len(low))) if low[k] in ("-", "–", "—")), None)
    return dash if dash is not None and low[dash - 1].isalpha() else None


def nation_row(sent: Sent) -> list[StanceHit]:
    """(s56) A table row or bullet that names nations, then a colon and their position: "- Poland:
    logistics only, no troops." (declines), "Belgium and the Netherlands: troops, subject to
    parliamentary votes." (ready, on that condition), "Germany: undecided, 'too early'." Read
    only where the report is on troops (the caller's context, or a labelled line before)."""
    low = sent.lower
    colon = row_separator(low)
    if colon is None:
        return []
    first = 1 if low[:1] and low[0] in _LIST_BULLETS else 0
    names = [m for m in sent.mentions if m.end <= colon]
    if not _names_only(low, names, first, colon):
        return []
    rest = [w for w in low[colon + 1:] if w not in _QUOTES]
    words = set(rest)
    pairs = list(zip(rest, rest[1:], strict=False))
    stance: str | None = None
    condition: str | None = None
    not_ruled_out = bool(words & {"not", "n't", "never"}) and "ruled" in words and "out" in words
    refused = any(a in ("no", "not") and (b in _ROW_TROOPS or b in ("ground", "combat"))
                  for a, b in pairs) or "ruled" in words and "out" in words and not not_ruled_out \
        or ("not", "possible") in pairs or words & {"opposition", "opposed", "against", "refuses"} \
        or ("no", "plans") in pairs or rest[:2] in (["no", "."], ["no", ","], ["no", ";"]) \
        or rest == ["no"]  # (s59) "- Greece: no. Athens says ...", "no plans to send"
    only_with = rest[:1] == ["only"] and bool(words & {"mandate", "approval", "vote", "backstop"})
    if only_with and not refused:  # (s59) "- Ireland: only with a UN mandate"
        return [StanceHit(actor=m.iso3, actor_text=m.text, stance="conditional",
                          cue=sent.text_of(colon + 1, len(low)), condition=_condition_named(rest))
                for m in names if m.iso3 not in HOST_AND_ADVERSARY and m.label != "PERSON"]
    if not_ruled_out and not refused:
        stance = "open"  # (s59) "- Portugal: has not ruled it out."
    elif refused and words & {"without", "unless", "if"}:
        stance = "conditional"  # (review s56) "ready to lead, but no troops without an American
        condition = _condition_named(rest)  # backstop": the troops on that condition
    elif refused:
        stance = "declines"
    elif words & {"undecided", "uncommitted", "premature"} or "too" in words and "early" in words \
            or ("open", "question") in pairs:
        stance = "undecided"
    elif rest[:1] in (["considering"], ["open"], ["weighing"]) or "possible" in rest[:3]:
        stance = "open"  # (review s56: the row's opening words, not "an early vote possible")
    elif rest[:1] and (rest[0] in {"ready", "committed", "pledged", "willing", "prepared", "yes"}
                       or rest[0] in _ROW_TROOPS
                       and rest[1:2] not in (["in"], ["already"], ["stationed"], ["based"])):
        stance = "ready"  # (not "troops in Estonia, about 900": a presence elsewhere)
    if stance is None:
        return []
    end = len(low)
    while end > colon + 2 and low[end - 1] in _LIST_BULLETS:
        end -= 1  # (the next row's bullet, glued to this row's sentence)
    cue = sent.text_of(colon + 1, end)
    if stance == "ready" and {"subject", "pending", "if", "only", "provided", "providing"} & words:
        condition = _condition_named(rest)
    out = [StanceHit(actor=m.iso3, actor_text=m.text, stance=stance, cue=cue,
                     condition=condition if stance == "conditional" else None)
           for m in names if m.iso3 not in HOST_AND_ADVERSARY and m.label != "PERSON"]
    if stance == "conditional":
        return out
    if condition is not None:
        out += [StanceHit(actor=m.iso3, actor_text=m.text, stance="conditional", cue=cue,
                          condition=condition, base="ready")
                for m in names if m.iso3 not in HOST_AND_ADVERSARY and m.label != "PERSON"]
    return out


_ROW_TROOPS = frozenset({"troops", "soldiers", "troop", "personnel", "forces", "contingent"})


# (s57) A nation's position told with the troops left out, after a sentence on sending them or
# beside them in its own sentence: "Poland is also resisting the proposal", "Poland and Latvia
# have expressed hesitation", "Italy firmly said no", "Germany's position is ambiguous", "...,
# with Sweden considering a similar stance". The subject is nothing but nations (and a few
# words that stand with them: "Leaders in Italy and Spain", "the majority, including Germany");
# the predicate is one of a short list, with no object of its own but one that points back
# ("it", "the proposal"), and the clause ends after it.
_ELLIPSIS_SUBJECT = LIST_GLUE | frozenset(
    "also meanwhile however but leaders leader in government governments of 's ’s officials both "
    "another one group such including which includes majority for its part so far still prime "
    "minister foreign defence defense ministry office spokesperson spokesman spokeswoman "
    "president chancellor".split())
# where such a subject may open: the sentence, or a clause after one of these
_ELLIPSIS_OPENS = frozenset({";", ",", "while", "whereas", "with", ":", "—", "–", "and", "but", ".",
                             "?", "!"})  # (a sentence end the splitter missed)
_ELLIPSIS_FILL = frozenset(
    "is are was were has have had been also still so far now publicly firmly flatly openly clearly "
    "already reportedly too likewise similarly strongly".split())
# (not "for", "in", "over": "rejected the request for ammunition" has an object of its own)
_ELLIPSIS_ENDS = frozenset({",", ";", ".", "!", "citing", "saying", "because", "as", "and",
                            "viewing", "arguing", "while", "but", "—", "–", "given", "due",
                            "amid", "'", "’", '"', "”"})
_POINTING_BACK = frozenset({"it", "this", "that"})
_BACK_NOUNS = frozenset({"idea", "proposal", "plan", "plans", "move", "initiative", "suggestion",
                         "request", "option", "step", "deployment", "mission", "prospect",
                         "proposals", "scheme"})
_REFUSE_VERBS = frozenset({"resisting", "resisted", "resists", "resist", "rejected", "rejects",
                           "rejecting", "refused", "refuses", "declined", "declines", "opposes",
                           "opposed", "opposing"})
_DOUBT_WORDS = frozenset({"hesitation", "hesitancy", "reluctance", "doubts", "scepticism",
                          "skepticism", "caution", "reservations"})
_UNDECIDED_STATES = frozenset({"undecided", "uncommitted", "noncommittal", "hesitant", "reluctant",
                               "sceptical", "skeptical", "wary", "cautious", "ambiguous",
                               "unclear", "uncertain"})
_WEIGH_VERBS = frozenset({"considering", "weighing", "mulling", "studying", "examining",
                          "pondering"})
_SIMILAR = frozenset({"stance", "move", "step", "offer", "position", "commitment", "approach"})
_JOINING_WORDS = (("joining",), ("taking", "part"), ("participating",), ("doing", "so"))
_EXPRESS = frozenset({"expressed", "voiced", "showed", "shown", "signalled", "signaled",
                      "declared", "expressing", "voicing"})


def _pointed_object(rest: Sequence[str]) -> int:
    """Tokens taken by an object that points back ("it", "the proposal", "such a move"), 0 when
    ``rest`` holds none."""
    if rest[:1] and rest[0] in _POINTING_BACK:
        return 1
    k = 0
    if rest[:1] and rest[0] in ("the", "this", "that", "such", "any"):
        k = 1
        if rest[k:k + 1] == ["a"]:
            k += 1
    if k and rest[k:k + 1] and rest[k] in _BACK_NOUNS:
        return k + 1
    if k and rest[k + 1:k + 2] and rest[k + 1] in _BACK_NOUNS and rest[k] in _PLAN_ADJECTIVES:
        return k + 2  # "considering the British proposal"
    return 0


# every nation's people or adjective, lower case ("germans", "north koreans", "british")
_PEOPLE_WORDS = frozenset(w.lower() for names in DEMONYMS.values() for w in names)
_PLAN_ADJECTIVES = _PEOPLE_WORDS | frozenset(
    {"european", "western", "franco-british", "anglo-french", "latest", "new", "whole"})


def _ends_clause(rest: Sequence[str], k: int) -> bool:
    """The clause ends at ``k`` of ``rest``, after a manner word or two at most ("studying it
    carefully", "open to it in principle", "cautious for now", "rejected the idea outright")."""
    for tail in _TRAILING:
        if tuple(rest[k:k + len(tail)]) == tail:
            k += len(tail)
            break
    return k >= len(rest) or rest[k] in _ELLIPSIS_ENDS


_TRAILING = (("carefully",), ("outright",), ("for", "now"), ("in", "principle"), ("too",),
             ("as", "well"), ("entirely",), ("closely",), ("seriously",), ("at", "present"))
_CONDITION_WORDS = frozenset({"if", "unless", "provided", "providing", "once", "when"})


def _decides_later(words: Sequence[str]) -> bool:
    """(s58) "will decide on German participation at a later stage" (not on how many, where)."""
    return words[:1] in (["will"], ["would"]) and words[1:2] == ["decide"] and \
        "later" in words[2:10] and {"how", "where", "which"}.isdisjoint(words[2:10])


def _no_decision_yet(words: Sequence[str]) -> bool:
    """(s58) "will not decide until ...", "no decision had been taken (yet)"."""
    if words[:1] and words[0] in ("will", "would", "wo") and words[1:2] in (["not"], ["n't"]):
        k = 4 if words[2:4] in (["make", "a"], ["take", "a"]) else 2
        if words[k:k + 1] in (["decide"], ["decision"]):
            if not {"how", "where", "which", "when"}.isdisjoint(words[k + 1:k + 10]):
                return False  # (second review s58) "will not decide until a ceasefire how
                # many troops it would send": the size, not the offer
            return _ends_clause(words, k + 1) or words[k + 1:k + 2] in (["until"], ["before"],
                                                                      ["yet"])
    if words[:1] == ["no"] and words[1:2] in (["decision"], ["decisions"]):
        k = 2
        while words[k:k + 1] and words[k] in ("has", "had", "have", "yet", "been", "so", "far"):
            k += 1
        after = [w for w in words[k + 1:k + 3] if w not in ("yet", "so", "far")]
        return words[k:k + 1] in (["taken"], ["made"], ["reached"]) and (
            _ends_clause(words, k + 1) or words[k + 1:k + 2] in (["yet"], ["so"])) and \
            after[:1] not in (["on"], ["about"], ["over"])  # (second review s58: not "no
        # decision had been taken yet on the Eurofighter order")
    return False


_JOINING_OBJECTS = frozenset({"contribution", "participation", "involvement", "joining",
                              "contribute", "participate"})
_OBJ_FILL = frozenset({"a", "any", "its", "their", "some", "military", "troop", "own", "possible",
                       "further"})


def _taking_part(rest: Sequence[str], k: int) -> int | None:
    """(s59) The length of a taking-part object at ``k``: "a contribution", "any Slovak
    participation", "their participation", "joining", "taking part" (the nation's adjective
    allowed among its fillers), or None."""
    j = k
    while j < len(rest) and j - k < 3 and (rest[j] in _OBJ_FILL or rest[j] in _DEMONYM_NATION):
        j += 1
    if rest[j:j + 1] and rest[j] in _JOINING_OBJECTS:
        return j + 1 - k
    if rest[j:j + 2] == ["taking", "part"]:
        return j + 2 - k
    return None


def _noun_object_stance(rest: Sequence[str]) -> str | None:
    """(s59) A position whose object is taking part, not troops by name, in a passage on sending
    troops: "is (also) 'open' to a contribution", "open to joining", "ruled out any Slovak
    participation", "has not yet taken a decision on their participation"."""
    rest = [w for w in rest if w not in _QUOTES]
    k = 1 if rest[:1] == ["also"] else 0
    if rest[k:k + 1] and rest[k] in ("will", "would", "shall", "could", "may", "might"):
        # (s59) "Riga would take part, adding that ...", "Japan would not take part because
        # of ...", "Ireland could take part only with a UN mandate"
        neg = rest[k + 1:k + 2] in (["not"], ["n't"], ["never"])
        j = k + 1 + neg
        if rest[j:j + 2] == ["take", "part"] and (_ends_clause(rest, j + 2) or rest[j + 2:j + 3] in (
                ["only"], ["because"], ["unless"], ["if"], ["under"], ["with"])):
            return "declines" if neg else "ready" if rest[k] in ("will", "would", "shall") else "open"
    if rest[k:k + 2] == ["open", "to"]:
        n = _taking_part(rest, k + 2)
        if n and (_ends_clause(rest, k + 2 + n) or rest[k + 2 + n:k + 3 + n] in (["but"], ["in"])):
            return "open"
    if rest[k:k + 2] in (["ruled", "out"], ["rules", "out"]):
        n = _taking_part(rest, k + 2)
        if n and _ends_clause(rest, k + 2 + n):
            return "declines"
    if rest[k:k + 1] in (["not"], ["n't"]):
        j = k + 1 + (rest[k + 1:k + 2] == ["yet"])
        if rest[j:j + 2] == ["ruled", "out"]:  # (s59) "Germany, he said, has not ruled out a
            n = _taking_part(rest, j + 2)      # contribution, but will decide in due course"
            if n and (_ends_clause(rest, j + 2 + n) or rest[j + 2 + n:j + 3 + n] == ["but"]):
                return "open"
        if rest[j:j + 1] in (["taken"], ["made"]) and rest[j + 1:j + 3] in (["a", "decision"],
                                                                          ["any", "decision"]) \
                and rest[j + 3:j + 4] in (["on"], ["about"]):
            n = _taking_part(rest, j + 4)
            if n and _ends_clause(rest, j + 4 + n):
                return "undecided"
    return None


def _elliptic_predicate(rest: Sequence[str], possessive: bool) -> str | None:
    """The stance of a predicate with its troops left out (``rest``: the tokens after the
    subject and the filler words), or None."""
    if possessive and rest[:1] and rest[0] in ("position", "stance"):
        k = 1
        while k < len(rest) and rest[k] in _ELLIPSIS_FILL | {"remains", "remained", "seems"}:
            k += 1
        if rest[k:k + 1] and rest[k] in ("ambiguous", "unclear", "uncertain", "undecided") and \
                _ends_clause(rest, k + 1):
            return "undecided"  # "Germany's position is ambiguous"
        return None
    if possessive:
        return None
    first = rest[0] if rest else ""
    if first in _SAYING_VERBS:  # "France said no option is ruled out"
        k = 1 + (rest[1:2] == ["that"])
        while rest[k:k + 1] and rest[k] in _QUOTES:
            k += 1
        if _nothing_ruled_out(rest[k:]):
            return "open"
    if first in _SAYING_VERBS:  # (s58) "Sweden said no decision had been taken", "Germany says
        # it will not decide until the terms are known"
        k = 1 + (rest[1:2] == ["that"])
        k += rest[k:k + 1] in (["it"], ["they"])
        if _no_decision_yet(rest[k:]) or _decides_later(rest[k:]):
            return "undecided"
    if first in _SAYING_VERBS | _INDICATING:  # "had indicated they would take part"
        said = _said_they_would(rest[1:])
        if said is not None:
            return said
    if rest[:2] == ["among", "those"] and rest[2:3] and rest[2] in ("that", "who", "which"):
        k = 3  # "Germany and Italy are among those that have said they will not"
        while rest[k:k + 1] and rest[k] in ("have", "has", "had"):
            k += 1
        if rest[k:k + 1] and rest[k] in _SAYING_VERBS | _INDICATING:
            return _said_they_would(rest[k + 1:])
        return None
    if first == "unlikely" and rest[1:2] == ["to"] and rest[2:3] and rest[2] in _JOIN_VERBS and \
            (_ends_clause(rest, 3) or rest[3:4] == ["before"]):
        return "undecided"  # "Germany, the officials said, is unlikely to contribute"
    if first in ("will", "would") and rest[1:2] == ["only"] and rest[2:3] and \
            rest[2] in _ONLY_GIVE and _CONDITION_WORDS.isdisjoint(rest):
        obj = list(rest[3:])
        end = next((x for x, w in enumerate(obj) if w in _ELLIPSIS_ENDS - {"and"}), len(obj))
        obj = obj[:end]
        clause = next((x for x, w in enumerate(rest) if w in ("—", "–", ";", ".")), len(rest))
        if obj and not _AID_WORDS.isdisjoint(obj) and TROOP_WORDS.isdisjoint(rest[:clause]):
            return "declines"  # "Germany will only provide financial and military aid"
        return None
    if first in ("refused", "declined") and _ends_clause(rest, 1) and \
            rest[1:3] != ["to", "comment"]:
        return "declines"  # "Austria refused."
    if first in ("opposed", "against") and (_ends_clause(rest, 1) or rest[1:2] == ["to"] and (
            n := _pointed_object(rest[2:])) and _ends_clause(rest, 2 + n) or first == "against"
            and (n := _pointed_object(rest[1:])) and _ends_clause(rest, 1 + n)):
        return "declines"  # "Greece remains firmly opposed", "Malta is against it"
    if first in _REFUSE_VERBS:
        n = _pointed_object(rest[1:])
        return "declines" if n and _ends_clause(rest, 1 + n) else None
    if first in ("said", "says", "say") and rest[1:2] == ["no"] and _ends_clause(rest, 2):
        return "declines"
    if first in _EXPRESS:
        k = 1
        if rest[k:k + 1] and rest[k] in ("its", "their", "some", "strong", "serious", "deep"):
            k += 1
        if rest[k:k + 1] == ["disinterest"] and _ends_clause(rest, k + 1):
            return "declines"
        if rest[k:k + 1] and rest[k] in _DOUBT_WORDS:
            if _ends_clause(rest, k + 1) and rest[k + 1:k + 2] not in (["over"], ["in"], ["for"]):
                return "undecided"
            if rest[k + 1:k + 2] in (["about"], ["over"], ["on"]):
                n = _pointed_object(rest[k + 2:])
                return "undecided" if n and _ends_clause(rest, k + 2 + n) else None
        return None
    if first in ("turned", "turns") and (
            rest[1:2] == ["down"] and _pointed_object(rest[2:]) and
            _ends_clause(rest, 2 + _pointed_object(rest[2:])) or
            rest[1:2] and rest[1] in _POINTING_BACK and rest[2:3] == ["down"] and
            _ends_clause(rest, 3)):
        return "declines"  # "Greece turned it down"
    if rest[:3] in (["wants", "no", "part"], ["want", "no", "part"]) and (
            _ends_clause(rest, 3) or rest[3:5] == ["in", "it"] and _ends_clause(rest, 5)):
        return "declines"
    if first in _DOUBT_WORDS | {"misgivings"} and _ends_clause(rest, 1):
        return "undecided"  # "Austria has reservations"
    if first == "made" and rest[1:2] == ["no"] and rest[2:3] in (["decision"], ["decisions"]) and \
            _ends_clause(rest, 3):
        return "undecided"  # "Luxembourg has made no decision"
    if _no_decision_yet(rest):
        return "undecided"  # (s58) "Germany will not decide until the terms are known"
    if _decides_later(rest):
        return "undecided"  # (s58) "Berlin will decide on German participation at a later stage"
    if first in ("will", "would") and rest[1:2] == ["decide"] and (
            _ends_clause(rest, 2) or rest[2:3] in (["after"], ["later"], ["once"], ["when"])):
        return "undecided"  # "Germany will decide after a ceasefire"
    if first == "lukewarm" and _ends_clause(rest, 1):
        return "undecided"
    found = _noun_object_stance(rest)
    if found is not None:
        return found
    if rest[:3] == ["yet", "to", "decide"] and _ends_clause(rest, 3):
        return "undecided"  # "Slovakia has yet to decide"
    if rest[:4] == ["sitting", "on", "the", "fence"] and _ends_clause(rest, 4):
        return "undecided"
    if rest[:3] in (["thinking", "about", "it"], ["thinking", "it", "over"]) and \
            _ends_clause(rest, 3):
        return "open"
    if rest[:3] in (["weighing", "its", "options"], ["weighing", "their", "options"]) and \
            _ends_clause(rest, 3):
        return "open"
    if first in ("keeping", "keeps", "kept") and rest[1:2] and rest[1] in ("its", "their") and \
            rest[2:4] == ["options", "open"] and _ends_clause(rest, 4):
        return "open"
    if first in ("left", "leaves", "leaving") and rest[1:4] == ["the", "door", "open"] and \
            _ends_clause(rest, 4):
        return "open"  # "Malta has left the door open"
    if first in ("ruled", "rules") and rest[1:2] and rest[1] in _POINTING_BACK and \
            rest[2:3] == ["out"] and _ends_clause(rest, 3):
        return "declines"  # "Poland has ruled it out"
    if first in ("ready", "willing", "prepared") and _ends_clause(rest, 1) and \
            rest[1:2] != ["for"]:
        return "ready"  # "Britain is ready, Germany is undecided"
    if first in ("ready", "willing", "prepared") and rest[1:3] == ["in", "principle"] and \
            _ends_clause(rest, 3):
        return "ready"  # (s60) "The Netherlands says it is willing in principle, but only ..."
    if first == "not" and rest[1:2] == ["interested"] and _ends_clause(rest, 2):
        return "declines"
    if first in ("not", "n't"):
        k = 2 if rest[1:2] == ["yet"] else 1
        if rest[k:k + 1] in (["decided"], ["committed"]) and _ends_clause(rest, k + 1):
            return "undecided"  # "Portugal has not decided"
        if rest[k:k + 1] in (["made"], ["taken"]) and rest[k + 1:k + 2] in (
                ["any"], ["a"], ["the"], ["its"], ["their"]) and (  # (s60) "not yet taken the decision"
                rest[k + 2:k + 3] == ["decision"] and _ends_clause(rest, k + 3) or
                rest[k + 2:k + 4] in (["final", "decision"], ["firm", "decision"]) and
                _ends_clause(rest, k + 4)):
            return "undecided"  # "Helsinki had not made any decision"
        if rest[k:k + 1] in (["excluded"], ["exclude"]) and rest[k + 1:k + 2] and \
                rest[k + 1] in _POINTING_BACK and _ends_clause(rest, k + 2):
            return "open"  # "Malta has not excluded it"
        if rest[k:k + 2] == ["made", "up"] and rest[k + 2:k + 3] and \
                rest[k + 2] in ("its", "their", "his", "her") and \
                rest[k + 3:k + 4] in (["mind"], ["minds"]) and _ends_clause(rest, k + 4):
            return "undecided"  # "Germany has not yet made up its mind"
        if rest[k:k + 1] in (["ruled"], ["rule"]) and rest[k + 1:k + 2] and \
                rest[k + 1] in _POINTING_BACK and rest[k + 2:k + 3] == ["out"] and \
                _ends_clause(rest, k + 3):
            return "open"  # "Denmark has not ruled it out"
        return None
    if rest[:4] == ["yet", "to", "make", "up"] and rest[4:5] and \
            rest[4] in ("its", "their", "his", "her") and rest[5:6] in (["mind"], ["minds"]) and \
            _ends_clause(rest, 6):
        return "undecided"
    if first in ("remains", "remain", "seems", "appears"):
        rest = rest[1:]
        first = rest[0] if rest else ""
    if first in _UNDECIDED_STATES - {"ambiguous", "unclear", "uncertain"} and _ends_clause(rest, 1):
        return "undecided"  # "Germany remains undecided"
    if rest[:3] == ["on", "the", "fence"] and _ends_clause(rest, 3):
        return "undecided"
    if rest[:3] == ["non", "-", "committal"] and _ends_clause(rest, 3):
        return "undecided"
    if first in _WEIGH_VERBS:
        n = _pointed_object(rest[1:])
        if not n:
            n = next((len(p) for p in _JOINING_WORDS if tuple(rest[1:1 + len(p)]) == p), 0)
        if not n and rest[1:3] == ["a", "similar"] and rest[3:4] and rest[3] in _SIMILAR:
            n = 3
        return "open" if n and _ends_clause(rest, 1 + n) else None
    if first == "open" and rest[1:2] == ["to"]:
        n = _pointed_object(rest[2:]) or next(
            (len(p) for p in _JOINING_WORDS if tuple(rest[2:2 + len(p)]) == p), 0)
        return "open" if n and _ends_clause(rest, 2 + n) else None
    return None


_SAYING_VERBS = frozenset({"said", "says", "stated", "states", "revealed", "insisted", "noted",
                           "added", "stressed", "declared",
                           "say", "insist", "state"})  # (s58) "X and Y say they are willing"
_ONLY_GIVE = frozenset({"provide", "offer", "give", "send", "contribute", "supply"})
_AID_WORDS = frozenset({"aid", "money", "weapons", "funding", "funds", "equipment", "logistics",
                        "logistical", "training", "financial", "humanitarian", "arms",
                        "ammunition", "support", "assistance"})


_INDICATING = frozenset({"indicated", "signalled", "signaled", "confirmed", "announced"})
_JOIN_VERBS = frozenset({"contribute", "participate", "join", "go", "send", "deploy"})


def _said_they_would(rest: Sequence[str]) -> str | None:
    """After a verb of saying: "they would take part" (ready), "it will not" (declines)."""
    k = 1 if rest[:1] == ["that"] else 0
    if rest[k:k + 1] in (["they"], ["it"]) and rest[k + 1:k + 2] in (
            ["are"], ["is"], ["were"], ["was"]) and rest[k + 2:k + 3] in (
            ["ready"], ["willing"], ["prepared"]):
        j = k + 3 + (rest[k + 3:k + 4] in (["too"], ["also"]))
        if _ends_clause(rest, j) or rest[j:j + 1] == ["but"]:
            return "ready"  # (s58) "Lithuania and Estonia have said they are ready too"
    if not (rest[k:k + 1] and rest[k] in ("they", "it") and rest[k + 1:k + 2] and
            rest[k + 1] in ("will", "would", "wo")):
        return None
    k += 2
    refused = rest[k:k + 1] in (["not"], ["n't"])
    k += refused
    if refused and _ends_clause(rest, k):
        return "declines"
    if rest[k:k + 2] in (["take", "part"], ["do", "so"]):
        k += 2
    elif rest[k:k + 1] and rest[k] in _JOIN_VERBS:
        k += 1
    else:
        return None
    return ("declines" if refused else "ready") if _ends_clause(rest, k) else None


def _nothing_ruled_out(rest: Sequence[str]) -> bool:
    """'no option is ruled out', 'no choice has been ruled out': every option kept (open)."""
    if rest[:1] != ["no"] or not rest[1:2] or rest[1] not in (
            "option", "options", "choice", "choices", "scenario", "scenarios"):
        return False
    k = 2
    while rest[k:k + 1] and rest[k] in ("is", "are", "was", "were", "has", "have", "been"):
        k += 1
    return rest[k:k + 2] == ["ruled", "out"] and _ends_clause(rest, k + 2)


def elliptic_positions(sent: Sent, force_seen: bool = False,
                       beside: bool = False) -> list[StanceHit]:
    """(s57) Positions whose troops the sentence leaves out (see `_ELLIPSIS_SUBJECT`); the caller
    reads them only where the sentence or the one before is on sending troops. A clause after
    the sentence's first needs troops in the sentence, a position before it (``beside``: other
    passes read one in the sentence), or a group
    ("the majority, including Germany"); a position told by others after it ("..., Russian media
    reported"), given up ("but dropped the idea"), or only past ("had been considering") is none."""
    low = sent.lower
    if is_question(low):
        return []
    out: list[StanceHit] = []
    on_troops = on_sending_troops(low, force_seen)
    names = sorted((m for m in sent.mentions if _government_mention(low, m)),
                   key=lambda m: m.start)  # ("Leaders in Italy and Spain")
    i = 0
    while i < len(names):
        run = [names[i]]
        j = i + 1
        while j < len(names) and all(low[k] in LIST_GLUE  # one list: "Poland and Latvia"
                                     for k in range(run[-1].end, names[j].start)):
            run.append(names[j])
            j += 1
        i = j
        lo = run[0].start
        while lo > 0 and (low[lo - 1] in _ELLIPSIS_SUBJECT or low[lo - 1] in _PEOPLE_WORDS) and \
                low[lo - 1] not in (",", ":", "and", "but"):
            lo -= 1  # (and "Italian Prime Minister Giorgia Meloni")
        # "Finnish President Stubb said that Helsinki had not made any decision": the nation's
        # own voice (not "The Kremlin claimed that Poland had rejected it")
        own_voice = lo > 0 and low[lo - 1] == "that" and any(
            m.end <= lo - 1 and m.iso3 in {r.iso3 for r in run} for m in sent.mentions)
        if lo > 0 and not own_voice and (low[lo - 1] not in _ELLIPSIS_OPENS or not (
                on_troops or out or beside or not _GROUP_WORDS.isdisjoint(low[lo:run[0].start]))):
            continue  # (a later clause: "Greece is willing to host talks; Cyprus is reluctant")
        k = run[-1].end
        possessive = low[k:k + 1] in (["'s"], ["’s"])
        if possessive:
            k += 1
            leader = next((m for m in sent.mentions if m.start == k and m.label == "PERSON"), None)
            if leader is not None:  # "Hungary's Orban is wary": the leader speaks for it
                k, possessive = leader.end, False
        while k < len(low) and low[k] in _ELLIPSIS_SUBJECT and not possessive and \
                low[k] not in ("'s", "’s", ",", "and", "but", "so", "for", "in", "of"):
            k += 1
        if low[k:k + 1] == [","] and not possessive:  # an aside: "Italy, under Meloni, firmly ..."
            close = next((x for x in range(k + 1, min(len(low), k + 10)) if low[x] == ","), None)
            if close is not None and low[k + 1] not in ("and", "or") and not any(
                    m.start == k + 1 for m in sent.mentions):  # (not a list: "Italy, Spain, ...")
                k = close + 1
        if low[k:k + 1] == [","] and not possessive and \
                low[run[0].start - 1:run[0].start] in (["including"], ["includes"], ["include"]):
            k += 1  # "the majority, including Germany, has not yet made up its mind"
        fill = k
        while k < len(low) and low[k] in _ELLIPSIS_FILL:
            k += 1
        if low[fill:k].count("had") and low[fill:k].count("been"):
            continue  # "Sweden had been considering it": a position of the past (not "Helsinki
            # had not made any decision", reported speech)
        stance = _elliptic_predicate(low[k:], possessive)
        if stance is None:
            continue
        end = k + 1
        while end < len(low) and low[end] not in _ELLIPSIS_ENDS:
            end += 1
        if _told_or_undone_after(sent, end, {m.iso3 for m in run}) or \
                stance == "ready" and not _row_goes_on(sent, end):
            continue
        cue = sent.text_of(k, end)
        out += [StanceHit(actor=m.iso3, actor_text=m.text, stance=stance, cue=cue)
                for m in run if m.iso3 not in _NOT_CONTRIBUTING]
    return out


# no contributors to the force: the host, the adversary and its allies
_NOT_CONTRIBUTING = HOST_AND_ADVERSARY | frozenset({"BLR", "PRK", "IRN"})
_GROUP_WORDS = frozenset({"majority", "including", "includes", "group", "another", "such"})
# after a nation's adjective, the words that make it its government ("the French Foreign
# Ministry"), not its people ("the majority of Germans")
_GOVERNMENT_NOUNS = frozenset({"government", "foreign", "defence", "defense", "ministry", "prime",
                               "president", "chancellor", "officials", "leaders", "leader",
                               "cabinet", "authorities", "pm"})
_TOLD_AFTER = frozenset({"reported", "reports", "claimed", "claims", "alleged", "alleges",
                         "according", "suggested", "suspect", "suspects", "believe", "believes",
                         "rumoured", "rumored"})
_UNDONE_AFTER = frozenset({"dropped", "changed", "abandoned", "reversed", "agreed", "since",
                           "later", "u-turn", "backtracked", "withdrew", "now", "longer"})
_SPEECH_AFTER = frozenset({"said", "say", "says", "told", "according", "stated"})


def _government_mention(low: list[str], m: Mention) -> bool:
    """A mention that can be a government: a nation, a capital or a person, or a nation's
    adjective before a word of government ("the French Foreign Ministry", not "Germans")."""
    if m.text.lower() not in _PEOPLE_WORDS:
        return True
    return low[m.end:m.end + 1] != [] and low[m.end] in _GOVERNMENT_NOUNS


def _told_or_undone_after(sent: Sent, end: int, actors: AbstractSet[str]) -> bool:
    """After the position: others telling it ("..., Russian media reported", "..., Moscow
    claims", "..., Hungarian officials said") or its reversal ("..., but dropped the idea last
    week", "was hesitant, but is now on board", "until the Americans pulled out")."""
    tail = sent.lower[end:end + 9]
    if not _TOLD_AFTER.isdisjoint(tail) or not _SPEECH_AFTER.isdisjoint(tail) and any(
            end <= m.start < end + 9 and m.iso3 not in actors for m in sent.mentions):
        return True
    if "until" in tail:
        return True
    return not _UNDONE_AFTER.isdisjoint(tail) and not {"but", "then", "before"}.isdisjoint(tail)


def _row_goes_on(sent: Sent, end: int) -> bool:
    """A bare "is ready" ends its sentence or a row of positions goes on after it ("Britain is
    ready, Germany is undecided"), not "Latvia is prepared, should Russia attack"."""
    tail = [w for w in sent.lower[end:] if w not in _QUOTES]
    if not tail or tail[0] in (".", "!"):
        return True
    return tail[0] in (",", ";", "and") and any(
        m.start in (end + 1, end + 2) and m.iso3 not in _NOT_CONTRIBUTING for m in sent.mentions)


_SENDING = frozenset(DEPLOY) | frozenset({
    "force", "peacekeeping", "peacekeepers", "mission", "deployment", "deployments", "reassurance",
    "coalition", "contingent", "contingents", "boots", "send", "sent", "deployed", "dispatch",
    "go"})  # "said publicly that their troops would go"


def on_sending_troops(low: Sequence[str], force_seen: bool = False) -> bool:
    """(s57) A sentence (its lower-case tokens) on sending troops to the force for Ukraine
    ("discussed sending troops to Ukraine", "a peacekeeping force of 30,000 troops"; "are
    prepared to send troops" once the report has named the force or Ukraine: ``force_seen``) or
    on where nations stand on troops ("Where Europe stands on troops"), not on troops sent to
    another country, massed or at the front, or on aid: the context an elliptic position
    (`elliptic_positions`) points back to."""
    words = set(low)
    if words.isdisjoint(_SENT_TROOPS) or not words.isdisjoint(_LABEL_AID) or \
            not words.isdisjoint(_AT_WAR) or not words.isdisjoint(_ARMS):
        return False
    if not words.isdisjoint(_STAND_FRAME) or "positions" in words and "on" in words:
        return True  # "where Europe stands on troops", "their positions on sending troops"
    if words.isdisjoint(_SENDING) or not (force_seen or not words.isdisjoint(FORCE_WORDS)):
        return False
    return not _elsewhere(low)


_STAND_FRAME = frozenset({"stand", "stands", "stance", "stances", "split", "divided"})
_PLACED = frozenset({"deployed", "stationed", "troops", "soldiers", "force", "forces", "based",
                     "presence", "mission", "deploy", "station", "entered", "peacekeepers"})
_COMPASS_WORDS = frozenset({"northern", "southern", "eastern", "western", "central", "the"})
# places a force may go that are no country of the gazetteer's
_OTHER_THEATRES = frozenset({"gaza", "kosovo", "sahel", "balkans", "baltics", "golan", "sinai",
                             "darfur", "middle"})


def _elsewhere(low: Sequence[str]) -> bool:
    """Troops sent to (or a force in) another country or theatre: "more troops to Lithuania",
    "a stabilisation force deployed in Gaza", "to northern Kosovo"; "entered into force"."""
    places = _other_places()
    for k, w in enumerate(low):
        if w not in ("to", "in", "into") or w == "in" and low[k - 1:k] and \
                low[k - 1] not in _PLACED:  # ("leaders in Spain": no deployment)
            continue
        j = k + 1
        while j < len(low) and j <= k + 2 and low[j] in _COMPASS_WORDS:
            j += 1
        place = low[j] if j < len(low) else ""
        if low[k + 1:k + 2] == ["force"] or place in _OTHER_THEATRES or place in places:
            return True  # ("entered into force")
    return False


@lru_cache(maxsize=1)
def _other_places() -> frozenset[str]:
    """One-word names of countries and capitals other than Ukraine's, lower case: a destination
    ("troops to Lithuania")."""
    from reassure.evidence._gazetteer import CAPITALS, _country_words

    capitals = {c.lower() for iso3, caps in CAPITALS.items() if iso3 != "UKR" for c in caps
                if " " not in c}
    return (_country_words() | capitals) - {"ukraine"}


_SENDING_VERBS = frozenset({"send", "sending", "contribute", "contributing", "deploy", "deploying",
                            "offers", "pledges"})
FORCE_WORDS = frozenset({"ukraine", "ukrainian", "kyiv", "force", "peacekeeping", "peacekeepers",
                            "reassurance", "coalition", "ceasefire", "cease-fire", "truce", "mission",
                            "multinational", "guarantees", "peace"})
_ARMS = frozenset({"artillery", "shells", "missiles", "tanks", "jets", "drones", "supply",
                   "supplies"})
_AT_WAR = frozenset({"front", "frontline", "front-line", "kursk", "battlefield", "invasion"})


_SENT_TROOPS = _LABEL_TROOPS | {"forces", "boots", "peacekeeping"}


ELLIPTIC_TRIGGERS = _REFUSE_VERBS | _DOUBT_WORDS | _UNDECIDED_STATES | _WEIGH_VERBS | frozenset(
    {"no", "disinterest", "interested", "mind", "minds", "ruled", "rule", "fence", "committal",
     "open", "ready", "willing", "prepared", "only", "among", "unlikely", "indicated",
     "signalled", "signaled", "confirmed", "announced", "excluded", "exclude", "decided",
     "decide", "committed", "part", "door", "options", "misgivings", "lukewarm", "refused",
     "declined", "turned", "turns", "thinking", "said", "says", "stated", "decision",
     "decisions"})


# (s57) "Hungary's Orban said the same.", "Norway followed suit.", "So did Finland.": the nations
# take the one troop stance the sentence before gave
_SAME_AS = (("said", "the", "same"), ("following", "suit"), ("follow", "suit"), ("says", "the", "same"), ("did", "the", "same"),
            ("followed", "suit"), ("follows", "suit"), ("did", "likewise"), ("said", "likewise"),
            ("took", "the", "same", "line"), ("took", "the", "same", "position"),
            ("has", "done", "the", "same"), ("have", "done", "the", "same"), ("likewise",),
            ("took", "a", "similar", "position"), ("takes", "a", "similar", "position"),
            ("took", "a", "similar", "line"), ("takes", "a", "similar", "line"))
# (s57) "Similar positions are taken (held) by Hungary and Slovakia"
_SIMILAR_BY = (("similar", "positions", "are", "taken", "by"), ("similar", "positions", "are",
                                                                  "held", "by"),
               ("a", "similar", "position", "is", "taken", "by"),
               ("the", "same", "position", "is", "taken", "by"))
SAME_TRIGGERS = frozenset({"same", "suit", "likewise", "so", "similar"})


def same_as_before(sent: Sent, before: Sequence[StanceHit]) -> list[StanceHit]:
    """The stance of the sentence before, taken by the nations of a sentence that says they did
    the same (one stance there, or none is taken)."""
    kinds = {(h.stance, h.condition) for h in before if h.stance in TROOP_STANCES}
    if len(kinds) != 1:
        return []
    (stance, condition), = kinds
    lead = 0
    while lead < len(sent.lower) and sent.lower[lead] in _QUOTES:
        lead += 1  # (indices stay the sentence's own)
    low = sent.lower[lead:]
    names = [m for m in sent.mentions if m.iso3 not in HOST_AND_ADVERSARY]
    if not names:
        return []
    done = {h.actor for h in before}
    subject: list[Mention] = []
    similar = next((len(p) for p in _SIMILAR_BY if tuple(low[:len(p)]) == p), 0)
    if low[:2] in (["so", "did"], ["so", "has"]) or low[:3] == ["and", "so", "did"] or similar:
        first = lead + (similar or (3 if low[0] == "and" else 2))  # "So did Finland."
        subject = []
        for m in sorted((m for m in names if m.start >= first), key=lambda m: m.start):
            gap = sent.lower[subject[-1].end if subject else first:m.start]
            if any(w not in LIST_GLUE for w in gap):
                break  # the names right after the words, in one list
            subject.append(m)
        tail = sent.lower[subject[-1].end:subject[-1].end + 1] if subject else []
        if not subject or not _names_only(sent.lower, subject, subject[0].start,
                                          subject[-1].end) or any(w not in _ELLIPSIS_ENDS | {"."}
                                                                 for w in tail):
            return []  # (the clause ends after the names: "..., whereas the Baltic states")
    else:
        run = [m for m in names if _names_only(sent.lower, [x for x in names if x.start <= m.start],
                                               0, m.end, _ELLIPSIS_SUBJECT)]
        if not run:
            return []
        k = run[-1].end
        while k < len(sent.lower) and sent.lower[k] in _ELLIPSIS_SUBJECT | {"too", "also"}:
            k += 1  # "Hungary's Orban", "Norway, too,"
        rest = tuple(w for w in sent.lower[k:] if w not in _QUOTES)
        if not any(rest[:len(p)] == p and rest[len(p):] in ((), (".",), ("!",), (",", "too", "."))
                   for p in _SAME_AS):
            return []  # (not "Canada followed suit, pledging surveillance aircraft")
        subject = run
    cue = sent.text
    return [StanceHit(actor=m.iso3, actor_text=m.text, stance=stance, cue=cue, condition=condition)
            for m in subject if m.iso3 not in done and m.label != "GROUP"]


# (s59) a nation's position with its whole verb phrase left out, after another's: "France will
# send troops, Italy will not", "Britain is ready; Poland is not", "... So is Britain.", "Nor will
# Spain.", "Germany has too."
_ELLIPSIS_AUX = frozenset({"will", "would", "is", "are", "has", "have", "does", "do", "did", "can",
                           "could", "shall", "should", "was", "were", "may", "might"})
_ELLIPSIS_NOT = frozenset({"not", "n't", "never"})
_WONT = frozenset({"won't", "wo", "isn't", "hasn't", "doesn't", "won’t"})
_AS_WELL = (("too",), ("as", "well"), ("also",))
ELLIPSIS_TRIGGERS = _ELLIPSIS_NOT | _WONT | frozenset({"so", "nor", "neither", "too", "well", "also",
                                                     "same", "similar", "camp", "suit"})


def _flipped(stance: str) -> str | None:
    """The stance a negated ellipsis takes from the one it answers: an offer refused, a refusal
    not made ("Poland has ruled it out; Germany has not": open)."""
    return "declines" if stance in ("ready", "open", "conditional") else \
        "open" if stance == "declines" else None


_ELLIPSIS_STOP = frozenset({",", ";", ".", "!", ":", "but", "and", "while", "whereas", "—", "–",
                            "'", "’", '"', "”"})


def _stops(low: Sequence[str], k: int) -> bool:
    """Nothing but a clause break (or the end) at ``k``: no verb phrase follows."""
    return k >= len(low) or low[k] in _ELLIPSIS_STOP


def _ellipsis_after(low: Sequence[str], k: int) -> tuple[str, int] | None:
    """The ellipsis right after a nation's name at ``k``: ("not", end) for "will not", "is not",
    "won't"; ("same", end) for "too", "as well", "has too"; None when a verb phrase follows."""
    j = k
    for phrase in _SAME_PHRASES:  # (s59) "and France has said the same", "have taken a similar
        # position", "are also in this camp"
        n = len(phrase)
        for at in (j, j + 1):
            if at > j and not (low[j:j + 1] and low[j] in _ELLIPSIS_AUX):
                break
            if tuple(low[at:at + n]) == phrase and _stops(low, at + n) and \
                    _OFFERING_INSTEAD.isdisjoint(low[at + n + 1:at + n + 2]):
                return "same", at + n
    for phrase, stance in _SIMILAR_STANCE.items():  # "have expressed similar readiness"
        n = len(phrase)
        for at in (j, j + 1):
            if tuple(low[at:at + n]) == phrase and (at == j or low[j] in _ELLIPSIS_AUX):
                return stance, at + n
    if low[j:j + 1] and low[j] in _ELLIPSIS_AUX:
        j += 1
        if low[j:j + 1] and low[j] in _ELLIPSIS_NOT:
            return ("not", j + 1) if _stops(low, j + 1) else None
        for tail in _AS_WELL:
            if tuple(low[j:j + len(tail)]) == tail and _stops(low, j + len(tail)):
                return "same", j + len(tail)
        return None
    if low[j:j + 1] and low[j] in _WONT:
        j += 1 + (low[j + 1:j + 2] in (["n't"], ["t"]))
        return ("not", j) if _stops(low, j) else None
    for tail in _AS_WELL[:2]:
        if tuple(low[j:j + len(tail)]) == tail and _stops(low, j + len(tail)):
            return "same", j + len(tail)
    return None


# (not "Canada followed suit, pledging surveillance aircraft": what it gives is named, s57)
_OFFERING_INSTEAD = frozenset({"pledging", "offering", "providing", "sending", "contributing",
                               "committing", "promising"})
_SAME_PHRASES: tuple[tuple[str, ...], ...] = (("said", "the", "same"), ("done", "the", "same"), ("did", "the", "same"),
                 ("followed", "suit"), ("taken", "a", "similar", "position"),
                 ("took", "a", "similar", "position"), ("taken", "the", "same", "position"),
                 ("taken", "a", "similar", "line"), ("also", "in", "this", "camp"),
                 ("in", "the", "same", "camp"), ("also", "in", "that", "camp"))
_SIMILAR_STANCE: dict[tuple[str, ...], str] = {("expressed", "similar", "readiness"): "ready",
                   ("expressed", "a", "similar", "readiness"): "ready",
                   ("expressed", "similar", "willingness"): "ready",
                   ("signalled", "similar", "readiness"): "ready",
                   ("expressed", "similar", "reservations"): "undecided",
                   ("expressed", "similar", "openness"): "open"}


def ellipsis_answers(sent: Sent, before: Sequence[StanceHit], here: Sequence[StanceHit]
                     ) -> list[StanceHit]:
    """(s59) Nations whose position is only an auxiliary, a negation or "too" after another's:
    in the sentence ("France will send troops, Italy will not": the offer before the name,
    refused) or opening one ("So is Britain.", "Nor will Spain.", "Italy will not.": the one troop
    stance of the sentence before, ``before``). Each name in a list of names only, never the
    host or the adversary, never one with a stance in the sentence (``here``)."""
    low = sent.lower
    if is_question(low):
        return []
    held = {h.actor for h in here}
    out: list[StanceHit] = []
    lead = 0
    while lead < len(low) and low[lead] in _QUOTES:
        lead += 1
    inverted = low[lead:lead + 1] in (["so"], ["nor"], ["neither"]) and \
        low[lead + 1:lead + 2] != [] and low[lead + 1] in _ELLIPSIS_AUX
    # a list of names answers as one ("Sweden, Denmark and Estonia are also in this camp"): each
    # name takes the words after the list's last name
    ends: dict[int, int] = {}
    names = sorted(sent.mentions, key=lambda x: x.start)
    for i, m in enumerate(names):
        last = m
        for nxt in names[i + 1:]:
            if nxt.start >= last.end and all(w in LIST_GLUE for w in low[last.end:nxt.start]):
                last = nxt
            else:
                break
        ends[id(m)] = last.end
    firsts = {}
    for i, m in enumerate(names):
        first = m
        for prev in reversed(names[:i]):
            if prev.end <= first.start and all(w in LIST_GLUE for w in low[prev.end:first.start]):
                first = prev
            else:
                break
        firsts[id(m)] = first.start
    for m in sent.mentions:
        if m.iso3 in held or m.iso3 in _NOT_CONTRIBUTING:
            continue  # (s60: a named group's members too, "and the Baltic states have said the
            # same")
        if inverted and firsts.get(id(m), m.start) == lead + 2 and \
                _stops(low, ends.get(id(m), m.end)):  # (and "So do Sweden and Lithuania")
            kinds = {h.stance for h in before if h.stance in TROOP_STANCES}
            if len(kinds) == 1:
                stance = kinds.pop()
                if low[lead] == "so" and stance != "declines" or low[lead] != "so" and stance == "declines":
                    out.append(StanceHit(actor=m.iso3, actor_text=m.text, stance=stance,
                                         cue=sent.text_of(lead, m.end)))
            continue
        found = _ellipsis_after(low, ends.get(id(m), m.end))
        if found is None:
            continue
        kind, end = found
        start = firsts.get(id(m), m.start)
        opens = start == lead or low[start - 1] in (",", ";", "but", "and", "while", "whereas",
                                                     "—", "–")
        if not opens:
            continue
        if kind in TROOP_STANCES:  # "Latvia and Estonia have expressed similar readiness"
            out.append(StanceHit(actor=m.iso3, actor_text=m.text, stance=kind,
                                 cue=sent.text_of(start, end)))
            held.add(m.iso3)
            continue
        earlier = [h for h in here if (cue_at(sent, h) or len(low)) < start
                   and h.stance in TROOP_STANCES]
        if start == lead and not earlier:  # a sentence of its own: the one before answers
            earlier = [h for h in before if h.stance in TROOP_STANCES]
        kinds = {h.stance for h in earlier if h.stance != "conditional"} or \
            {h.stance for h in earlier}
        if len(kinds) != 1:
            continue
        stance = kinds.pop()
        new = _flipped(stance) if kind == "not" else stance
        if new is not None:
            out.append(StanceHit(actor=m.iso3, actor_text=m.text, stance=new,
                                 cue=sent.text_of(m.start, end)))
            held.add(m.iso3)
    return out


_FORMERLY = frozenset({"previously", "initially", "once", "earlier", "formerly", "originally",
                       "first"})


_ECHO_NOUNS = frozenset({"position", "stance", "view", "line", "sentiment", "approach", "call"})
_ECHO_VERBS = frozenset({"echoed", "shared", "taken", "adopted", "mirrored", "seconded"})
ECHO_TRIGGERS = _ECHO_VERBS


def echoed_by(sent: Sent, hits: Sequence[StanceHit]) -> list[StanceHit]:
    """(s60) "Norway has announced readiness to deploy peacekeepers, a position echoed (shared)
    by Canada": the nations after the echo hold the stances of the clause before it."""
    low = sent.lower
    out = list(hits)
    for k, w in enumerate(low):
        if not (w in _ECHO_VERBS and low[k + 1:k + 2] == ["by"] and k >= 3 and
                low[k - 1] in _ECHO_NOUNS and low[k - 2] in ("a", "the", "this", "that") and
                low[k - 3] == ","):
            continue
        first = next((m for m in sent.mentions if k + 2 <= m.start <= k + 4), None)
        if first is None:
            continue
        echoers = [m for m in sent.coordinated(first) if m.start > k
                   and m.iso3 not in _NOT_CONTRIBUTORS]
        held = {h.actor for h in hits}
        for h in hits:
            if h.actor in {m.iso3 for m in echoers}:
                continue
            for m in echoers:
                if m.iso3 not in held:
                    out.append(replace(h, actor=m.iso3, actor_text=m.text,
                                       cue=sent.text_of(k - 2, m.end)))
    return list({(h.actor, h.stance, h.condition): h for h in out}.values())


_FROM_TROOPS = frozenset({"soldiers", "troops", "forces", "personnel", "contingents", "units"})
_FROM_MAY = frozenset({"could", "may", "might", "possibly", "potentially"})
_FROM_WILL = frozenset({"will", "would", "include", "includes", "including", "are", "is"})


def own_troops_from(sent: Sent, speaker: str | None) -> list[tuple[Mention, str, int, int]]:
    """(s60) The speaker's own nation among the origins of the troops he describes: Macron's
    "the forces will include soldiers from France, Britain and Turkey" is France `ready` (as his
    "French, British and Turkish soldiers", s15), "troops from France, the UK or Turkey could be
    stationed" France `open`; the other nations he names hold nothing (another government's
    official speaks for no nation but his own: the collectors' brief)."""
    if speaker is None or speaker in _NOT_CONTRIBUTORS:
        return []
    low = sent.lower
    for k, w in enumerate(low):
        if w not in _FROM_TROOPS or low[k + 1:k + 2] != ["from"]:
            continue
        first = next((m for m in sent.mentions if m.start in (k + 2, k + 3)), None)
        if first is None:
            continue
        listed = [m for m in sent.coordinated(first) if m.start >= first.start]
        own = [m for m in listed if m.iso3 == speaker]
        if not own or len(listed) < 2:
            continue
        lo = sent.clause_start(k)
        around = set(low[lo:k]) | set(low[listed[-1].end:listed[-1].end + 4])
        if not NEGATIONS.isdisjoint(around) or is_question(low):
            continue
        stance = "open" if not _FROM_MAY.isdisjoint(around) else "ready" if \
            not _FROM_WILL.isdisjoint(around) else None
        if stance is not None:
            return [(own[0], stance, k, listed[-1].end)]
    return []


def superseded_by_now(sent: Sent, hits: Sequence[StanceHit]) -> list[StanceHit]:
    """(s59) A nation's earlier position beside the one it holds "now", in one sentence:
    "Germany, which had ruled out sending troops, now says it is ready" (ready only), "Sweden,
    previously reluctant, is now considering ..." (open only). The earlier one is told in the
    past perfect ("had ruled out") or after "previously", "initially", "once" before its cue;
    the later after "now"."""
    low = sent.lower
    now = next((k for k, w in enumerate(low) if w == "now"), None)
    if now is None:
        return list(hits)

    def earlier(h: StanceHit) -> bool:
        at = cue_at(sent, h)
        if at is None or at > now:
            return False
        before = low[max(0, at - 3):at]
        return "had" in before or not _FORMERLY.isdisjoint(before) or \
            not _FORMERLY.isdisjoint(low[max(0, at - 1):at + 1])

    late = {h.actor for h in hits if (cue_at(sent, h) or -1) > now}
    return [h for h in hits if not (h.actor in late and earlier(h))]


# (s57) "Poland's position was unchanged: no Polish troops in Ukraine", '"No Polish soldiers will
# go to Ukraine," Tusk said': a nation's own troops refused with "no" before its adjective
NO_OWN_TROOPS = frozenset({"troops", "soldiers", "forces", "peacekeepers", "boots", "personnel",
                           "soldier", "troop", "peacekeeper"})  # (s60) "No Polish soldier will go"


def no_own_troops(sent: Sent) -> list[StanceHit]:
    """A refusal told as "no <nation's> troops": after a colon or quote (a position stated) or
    before a modal ("will", "would"); not a fact ("there are no British troops in Ukraine now")
    and not a question or a condition."""
    low = sent.lower
    if is_question(low):
        return []
    out: list[StanceHit] = []
    for m in sent.mentions:
        k = m.start
        if not (k >= 1 and low[k - 1] == "no" and m.text.lower() in _PEOPLE_WORDS and
                low[m.end:m.end + 1] and low[m.end] in NO_OWN_TROOPS):
            continue
        if m.iso3 in _NOT_CONTRIBUTING or not (_CONDITION_WORDS | {"without"}).isdisjoint(low[:k]):
            continue  # ("without American air cover, no British soldiers would deploy": a
            # condition of an offer)
        before = [w for w in low[max(0, k - 3):k - 1] if w not in _QUOTES]
        stated = (k - 1 == 0 or low[k - 2] in (":", "—", "–") or low[k - 2] in _QUOTES
                  or not before)
        modal = not {"will", "would", "shall", "wo"}.isdisjoint(low[m.end + 1:m.end + 4])
        if stated or modal:
            out.append(StanceHit(actor=m.iso3, actor_text=m.text, stance="declines",
                                 cue=sent.text_of(k - 1, min(len(low), m.end + 1))))
    # (s59) a headline's label: "Poland: no troops for Ukraine" (the nation, a colon, "no" and
    # its troops)
    first = next((m for m in sent.mentions if m.start == 0 or m.start == 1 and low[0] in _QUOTES),
                 None)
    if first is not None and first.iso3 not in _NOT_CONTRIBUTING and \
            low[first.end:first.end + 2] == [":", "no"] and \
            low[first.end + 2:first.end + 3] != [] and low[first.end + 2] in NO_OWN_TROOPS and \
            not any(h.actor == first.iso3 for h in out):
        out.append(StanceHit(actor=first.iso3, actor_text=first.text, stance="declines",
                             cue=sent.text_of(first.start, first.end + 3)))
    return out


# (s57, held-out set 113, read after its score) "Among the states that have so far refused to
# participate in the reassurance force is Romania.": the group's cue, inverted, is the stance of
# the nations named after the copula
_AMONG_GROUPS = frozenset({"states", "countries", "nations", "governments", "those", "members",
                           "allies"})


def among_inverted(sent: Sent, matches: Sequence[tuple[str, int, int]]) -> list[StanceHit]:
    """The nations after "is (are)" of "Among the <group> that <cue> ... is X (and Y)", with the
    stance of the one troop cue in the relative clause."""
    low = sent.lower
    if low[:1] != ["among"] or not (low[1:2] and low[1] in _AMONG_GROUPS or low[2:3] and
                                    low[2] in _AMONG_GROUPS):
        return []
    cop = next((k for k in range(3, len(low)) if low[k] in ("is", "are", "was", "were")), None)
    if cop is None:
        return []
    kinds = {kind for kind, s, _e in matches if s < cop and kind in TROOP_STANCES and not any(
        a < s < b for _k, a, b in matches)}  # (not "participate in" inside "refused to participate")
    names = [m for m in sent.mentions if m.start > cop and m.iso3 not in _NOT_CONTRIBUTING]
    if len(kinds) != 1 or not names or not _names_only(low, names, cop + 1, len(low),
                                                       {".", "!"}):
        return []
    stance = kinds.pop()
    cue = sent.text_of(0, cop)
    return [StanceHit(actor=m.iso3, actor_text=m.text, stance=stance, cue=cue) for m in names]


# (s58) the nations set apart from a group that has not done it: "Aside from the UK and France,
# no other leaders have publicly committed troops" (both committed); "the UK and France, the only
# two countries that have committed to taking part" (an apposition naming them the only ones)
_SET_APART = (("aside", "from"), ("apart", "from"), ("besides",), ("other", "than"),
              ("except", "for"), ("except",))
_SET_APART_GAP = frozenset({"said", "says", "publicly", "also", "yet", "so", "far", "formally",
                            "officially", "openly", "been", "it", "they", "that", "would",
                            "will", "is", "are", "was", "were", "be", "ever", "even", "already",
                            "explicitly", "clearly", "more", "strongly", "argued", "indicated",
                            "signalled", "signaled", "confirmed", "announced", "stated",
                            "declared", "not", "n't", "firmly", "outright", "actually", "really",
                            "refused", "declined", "to", "a", "warned", "spoken", "spoke", "come",
                            "out", "gone", "as"})
_SET_APART_AUX = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would",
                            "can", "could", "did", "does", "do"})
SET_APART_WORDS = frozenset(w[0] for w in _SET_APART) | {"but"}


def _one_kind(matches: Sequence[tuple[str, int, int]], lo: int, hi: int) -> str | None:
    """The stance of the first cue in tokens (lo, hi) when it is an offer, a weighing or a
    refusal: "no other country has committed troops" (review s58: not "has yet decided whether"
    (undecided, whose negation decides nothing), nor "has objected to the British plan to deploy
    troops", whose first cue is no troop stance)."""
    inside = sorted((s, kind) for kind, s, _e in matches if lo < s < hi and not any(
        a < s < b for _k, a, b in matches))
    if not inside or inside[0][1] not in ("ready", "open", "declines"):
        return None
    return inside[0][1]


def _kind_said(low: list[str], lo: int, kind: str | None, cue: int) -> str | None:
    """(second review s58) The stance the words from ``lo`` to the cue at ``cue`` give the
    cue's kind: a refusal negated or refused ("that has not ruled out", "has refused to rule
    out") is open; an offer negated ("that has not offered troops", "was not consulted on the
    plan") is none; a cue with its own negation ("has said it will not send") stays as it is."""
    if kind is None:
        return None
    before = low[lo:max(cue, lo)]
    wider = low[lo:cue + 4]
    negated = not NEGATIONS.isdisjoint(before) or not _REFUSE_TO.isdisjoint(wider) and \
        kind == "declines" and ("rule" in wider or "ruled" in wider)
    if not negated:
        return kind
    return "open" if kind == "declines" else None


def _set_apart_opening(sent: Sent, m: Mention) -> bool:
    """``m`` is named in a set-apart opener followed by "no": "Apart from Britain (and France),
    no other country ..." (`set_apart`)."""
    low = sent.lower
    comma = next((k for k in range(m.end, len(low)) if low[k] == ","), None)
    return comma is not None and comma <= 12 and low[comma + 1:comma + 2] == ["no"] and any(
        tuple(low[k:k + len(o)]) == o for o in _SET_APART for k in range(min(4, m.start)))


def set_apart(sent: Sent, matches: Sequence[tuple[str, int, int]]) -> list[StanceHit]:
    """The nations of "Aside from X (and Y), no (other) <nations> <cue>" (the cue's stance,
    un-negated) and of "X and Y, the only (two) countries that <cue>"."""
    low = sent.lower
    out: list[StanceHit] = []
    for opener in _SET_APART:
        at = next((k for k in range(min(4, len(low))) if tuple(low[k:k + len(opener)]) == opener
                   and (k == 0 or low[k - 1] == ",")), None)
        if at is None:
            continue
        comma = next((k for k in range(at + len(opener), len(low)) if low[k] == ","), None)
        names = [m for m in sent.mentions if at + len(opener) <= m.start and comma is not None
                 and m.end <= comma and m.iso3 not in _NOT_CONTRIBUTING]
        if comma is None or low[comma + 1:comma + 2] != ["no"] or not _names_only(
                low, names, at + len(opener), comma, {"the"}):
            return []
        end = next((k for k in range(comma + 1, len(low)) if low[k] in (",", ";")), len(low))
        aux = next((k for k in range(comma + 2, end) if low[k] in _SET_APART_AUX), None)
        if aux is not None:  # (review s58) the cue soon after "no other <nations> has", with no
            # object before it: not "has objected to the British plan to deploy troops"
            first = min((st for _k, st, _e in matches if aux <= st < end), default=end)
            gap = low[aux + 1:first]
            if first > aux + 7 or not _SET_APART_GAP.issuperset(gap):
                return []  # (not "has mocked (seen, been briefed on) the plan to deploy troops")
            end = min(end, first + 1)
        first = min((st for _k, st, _e in matches if comma < st < end), default=end)
        kind = _kind_said(low, aux if aux is not None else max(comma + 2, first - 3),
                          _one_kind(matches, comma, end), first)
        if kind is None:
            return []
        cue = sent.text_of(at, len(low))
        return [StanceHit(actor=m.iso3, actor_text=m.text, stance=kind, cue=cue) for m in names]
    for k in range(1, len(low) - 2):
        # "No country except Britain has offered troops": the exception is the one that did
        two = low[k:k + 2] in (["other", "than"], ["apart", "from"], ["aside", "from"])
        if (low[k] in ("except", "but", "besides") or two) and "no" in low[max(0, k - 4):k] and \
                "," not in low[max(0, k - 4):k]:
            names = [m for m in sent.mentions if m.start > k and m.iso3 not in _NOT_CONTRIBUTING]
            names = [m for m in sent.coordinated(names[0])] if names and \
                names[0].start <= k + 2 + two else []  # (review s58: "No country other than
            # Britain has formally committed troops")
            kind = _one_kind(matches, names[-1].end - 1, len(low)) if names else None
            if kind is not None:
                cue = sent.text_of(max(0, k - 4), len(low))
                return [StanceHit(actor=m.iso3, actor_text=m.text, stance=kind, cue=cue)
                        for m in names if m.iso3 not in _NOT_CONTRIBUTING]
    for o in range(2, len(low) - 1):
        # "X and Y, the only two countries that ...", "X and Y are (remain) the only two
        # countries that ...", "X and Y - the only ...", "X is one of only two countries that"
        if low[o] != "only" or low[o - 1] not in ("the", "of"):
            continue
        k = o - 1 if low[o - 1] == "the" else o - 2  # the link before "the only" / "one of only"
        if low[o - 1] == "of" and low[o - 2:o - 1] != ["one"]:
            continue
        while k > 0 and low[k - 1] in _ONLY_LINKS:
            k -= 1
        names = [m for m in sent.mentions if m.end <= k and m.iso3 not in _NOT_CONTRIBUTING]
        names = [m for m in names if m.end == k or any(
            c.end == k for c in sent.coordinated(m))]
        rest = low[o + 1:o + 4]
        if not names or _ONLY_GROUPS.isdisjoint(rest):
            continue
        first = min((st for _k, st, _e in matches if st > o), default=len(low))
        kind = _kind_said(low, o + 1, _one_kind(matches, o, len(low)), first)
        if kind is not None:
            cue = sent.text_of(o - 1, len(low))
            out += [StanceHit(actor=m.iso3, actor_text=m.text, stance=kind, cue=cue) for m in names]
        break
    return out


_ONLY_LINKS = frozenset({",", "-", "–", "—", "are", "is", "remain", "remains", "were", "was",
                         "one", "still", "now"})
_ONLY_GROUPS = _AMONG_GROUPS | frozenset({"country", "nation", "state", "government", "member",
                                          "ally"})


# (s58) "Britain and France have been trying to form a coalition of the willing to send their
# troops to Ukraine": the plural subject's own troops (the plan leaders' own readiness, §5)
_THEIR_SENDING = frozenset({"send", "deploy", "dispatch", "contribute", "commit", "station", "put"})
_THEIR_HOLDERS = frozenset({"partners", "allies", "countries", "nations", "states", "members",
                            "others", "governments", "leaders", "neighbours", "neighbors",
                            "europeans", "colleagues", "counterparts"})
_NOT_THEIR_OWN = _PRESSING | _CALL_ON | _JUDGING | frozenset(
    {"asked", "asking", "convince", "convincing", "persuade", "persuading", "encourage",
     "encouraging", "want", "wants", "wanted", "expect", "expects", "expected", "not", "never",
     "refused", "refuse", "declined", "decline", "reluctant", "unwilling", "no", "too", "risky",
     "it", "get", "getting", "avoid", "avoiding"})


_THEIR_INTENT = frozenset({"trying", "try", "tries", "tried", "working", "work", "works",
                           "seeking", "seek", "seeks", "preparing", "prepare", "prepares",
                           "planning", "plan", "plans", "set", "ready", "willing", "prepared",
                           "agreed", "agree", "decided", "committed", "pledged", "promised",
                           "aim", "aims", "aiming", "intend", "intends", "intending", "form",
                           "forming", "build", "building", "assemble", "assembling", "create",
                           "creating", "coalition", "vowed", "offered", "going"})
_GETTING_OTHERS = frozenset({"get", "gets", "getting", "got", "for", "urge", "urged", "urging",
                             "ask", "asked", "asking", "want", "wants", "wanted", "persuade",
                             "persuaded", "convince", "convinced", "let", "help", "helped",
                             "allow", "allowed", "enable", "enabled", "encourage", "encouraged",
                             "pressure", "pressed", "push", "pushed", "invite", "invited"})
_PLACES_NOT_UKRAINE = frozenset({"exercise", "exercises", "drill", "drills", "gaza", "kosovo",
                                 "lebanon", "baltics", "home"})


def their_own_troops(sent: Sent) -> list[StanceHit]:
    """The nations of a plural subject whose infinitive sends "their (own) troops"."""
    low = sent.lower
    for j in range(1, len(low) - 2):
        if low[j] not in _THEIR_SENDING or low[j - 1] != "to" or low[j + 1] != "their":
            continue
        noun = low[j + 3] if low[j + 2] == "own" and j + 3 < len(low) else low[j + 2]
        if noun not in TROOP_WORDS:
            continue
        subject = sent.subject_actors(j - 1)
        if len(subject) < 2 or any(m.iso3 in _NOT_CONTRIBUTORS or m.governed for m in subject):
            return []
        first = min(m.start for m in subject)
        if first > 0 and low[first - 1] in _GETTING_OTHERS:
            return []  # (second review s58) "trying to get Canada and Australia to send their
            # troops": others made to send, not the subject's own
        last = max(m.end for m in subject)
        between = low[last:j - 1]
        if not (_THEIR_HOLDERS | _NOT_THEIR_OWN).isdisjoint(between) or "," in between or \
                _THEIR_INTENT.isdisjoint(between) or any(
                    last <= m.start < j for m in sent.mentions) or \
                low[j - 2] in ("have", "has", "had"):  # (second review s58: not "a plan for
            # Germany and Poland to send their troops", "decided it is too risky", "are going
            # to have to send their troops eventually")
            return []  # (review s58: an intent is named, not "are unlikely (too cautious,
            # unable) to send their troops", "would need American airlift to send their troops")
        after = low[j + 3:j + 8]
        cut = next((k for k, w in enumerate(after) if w in (",", ";", "but", "and")), len(after))
        if not _PLACES_NOT_UKRAINE.isdisjoint(after[:cut]) or any(
                m.start >= j + 3 and m.start < j + 3 + cut and m.iso3 not in HOST_AND_ADVERSARY
                for m in sent.mentions):
            return []  # (review s58) "to send their troops to a NATO exercise (to Latvia)"
        cue = sent.text_of(j - 1, min(len(low), j + 4))
        return [StanceHit(actor=m.iso3, actor_text=m.text, stance="ready", cue=cue)
                for m in subject]
    return []


# (s58) the plan leaders' declaration named as a noun: "a (separate) declaration of intent by
# Britain, France and Ukraine on deploying forces after a ceasefire" (the signers, §5's settled
# convention; Ukraine, a signer, holds no stance)
_DECLARATIONS = frozenset({"declaration", "statement", "letter", "memorandum"})


def declared_by(sent: Sent) -> list[StanceHit]:
    """The nations after "by" of "a declaration (statement) of intent by X and Y on (to)
    deploying (deploy, the deployment of) forces"."""
    low = sent.lower
    for k in range(len(low) - 4):
        if low[k] not in _DECLARATIONS or low[k + 1:k + 3] != ["of", "intent"] or \
                low[k + 3:k + 4] != ["by"]:
            continue
        names = [m for m in sent.mentions if m.start == k + 4 or m.start == k + 5]
        names = sent.coordinated(names[0]) if names else []
        if not names:
            return []
        end = max(m.end for m in names)
        tail = low[end:end + 5]
        if tail[:1] not in (["on"], ["to"]) or _DEPLOYMENT_WORDS.isdisjoint(tail[1:4]):
            return []
        cue = sent.text_of(k, min(len(low), end + 4))
        return [StanceHit(actor=m.iso3, actor_text=m.text, stance="ready", cue=cue)
                for m in names if m.iso3 not in _NOT_CONTRIBUTORS]
    return []


# (s58, after sets 117-118 were scored) "Germany, Britain, Spain, Poland and the Czech Republic
# distanced themselves from any suggestion they might commit ground troops": the offer the
# suggestion names is what they refuse
DISTANCING = frozenset({"distanced", "distance", "distancing", "distances"})
_DISTANCED_FROM = frozenset({"suggestion", "suggestions", "notion", "idea", "talk", "speculation",
                          "reports"})


def distanced_from_suggestion(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """Offers read inside "distanced themselves from any suggestion (that) they might send
    troops" become the distancing nations' refusals."""
    low = sent.lower
    k = next((k for k, w in enumerate(low) if w in DISTANCING), None)
    if k is None:
        return hits
    j = next((j for j in range(k + 1, min(len(low), k + 10)) if low[j] in _DISTANCED_FROM), None)
    if j is None or "from" not in low[k + 1:j] or not _TROOP_OR_SENDING.intersection(low[j:j + 10]):
        return hits
    out = []
    for h in hits:
        at = cue_at(sent, h)
        if h.stance in ("ready", "open", "conditional") and at is not None and j < at <= j + 8:
            h = replace(h, stance="declines", condition=None, base=None,
                        cue=sent.text_of(k, min(len(low), j + 1)))
        out.append(h)
    return list({(h.actor, h.stance): h for h in out}.values())


_TROOP_OR_SENDING = TROOP_WORDS | {"send", "sending", "deploy", "deploying", "commit", "committing"}
