"""Later readings run after `find_stances` (written in sessions 35-40), by the phrasing they
read: phrasings that add a stance the cues missed (`plan_and_talk_stances`,
`exclusions_and_unsaid`, `commitments_from`, `proposed_sending`, `announced_sending`) and
phrasings that only seemed a stance, dropped or recast (`misread_frames`, `not_all_committed` ...
`only_hinted`, `non_state_subjects`, `refusals_to_act_alone`), with the conditions put before or
after an offer (`fronted_condition`, `pending_condition`). docs/evidence.md §5 "Where the code
is" maps the session-named names these had until s61 to these; the headers below keep each
session's rounds apart, as the rules were written."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from reassure.evidence._claims import MISSION_WORDS
from reassure.evidence._gazetteer import _PEOPLES, HOST_AND_ADVERSARY
from reassure.evidence._stances.conditions import (
    _BACKSTOP_NEEDED,
    _DEAL_WORDS,
    _US_BACKING_NOUNS,
    _US_NAMES,
    _condition_of,
    backing_not_needed,
)
from reassure.evidence._stances.cue_clause import (
    _EXCLUDING,
    _MISSION_NOUNS,
    placed_elsewhere,
    the_war_now,
)
from reassure.evidence._stances.holders import _RECOMMEND
from reassure.evidence._stances.lexicon import (
    _CEASEFIRE_WORDS,
    _DENIED_POSSIBILITY,
    _DEPLOY,
    _MANDATE_WORDS,
    _MAY,
    _PARLIAMENT_WORDS,
    _PLAN_NOUNS,
    _PLEDGE_NOUNS,
    _QUOTES,
    FORCE_OBJECTS,
    NEGATIONS,
    PARLIAMENTS,
    TROOP_STANCES,
    TROOP_WORDS,
    Orphan,
    StanceHit,
    cue_at,
)
from reassure.evidence._stances.owners import _OWN_MARKERS, others_troops_only
from reassure.evidence._text import DETS, LIST_GLUE, SPEECH, Mention, Sent

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
_BRISTLED = frozenset({"bristled", "bristles", "bristling", "bristle"})
_LIMITED = frozenset({"limited", "limits", "restricted", "restricts", "curbed", "narrowed"})
_BROKE = frozenset({"broke", "breaks", "break", "breaking", "breakthrough"})
_TRAINING_ONLY = frozenset({"train", "training", "trainers", "instructors", "instruct"})
# (s63) roles beside training ("most of them for training, logistics and air defence"): no
# trainers-only offer
_ROLES_BESIDE = frozenset({"logistics", "logistical", "medical", "monitoring", "headquarters"})
_FOR_THE_FORCE = frozenset({"force", "forces", "ceasefire", "reassurance", "deterrent",
                            "contingent", "security", "guarantees", "stabilisation",
                            "stabilization"})
# (s70, set 148) a contingent sent for training: "ready to send its military contingent to Ukraine
# to assist in troop training" is trainers only too (not "a contingent whose tasks will include
# training", review s70)
_FOR_TRAINING = re.compile(r"\bcontingent\b.{0,40}\b(?:to|for) (?:assist (?:in|with) |help "
                           r"(?:with |in )?)?(?:troop |the )?(?:train|training)\b")
_REJECTING = frozenset({"rejected", "rejects", "excluded", "excludes", "opposed", "opposes"})
_GROUP_ANTECEDENTS = frozenset({"willing", "coalition", "group", "alliance", "bloc", "nato",
                                "eu", "states", "countries", "nations", "allies"})
_ALLEGING = frozenset({"claimed", "claims", "alleged", "alleges", "accused", "accuses"})
_ADVERSARY_VOICES = frozenset({"svr", "kremlin", "moscow", "lavrov", "zakharova", "peskov",
                               "tass", "ria"})
_LITTLE = frozenset({"little", "scant", "limited", "lukewarm", "muted"})
_KEENNESS = frozenset({"interest", "appetite", "enthusiasm", "desire", "eagerness", "inclination"})
_MONEY_ONLY = frozenset({"gdp", "spending", "budget", "budgets", "%", "percent", "per"})  # (s66)
# "%": "cannot commit to the 5% target" (a spending target, no refusal of troops)
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
# (s66) and "too early to say how many soldiers would be involved": the number open, not the
# sending
_DECIDE_OR_SAY = frozenset({"decided", "decide", "decision", "say", "tell", "specify", "predict"})
_EXERCISE_WORDS = frozenset({"exercise", "exercises", "drills", "manoeuvres", "maneuvers", "wargame",
                             "wargames"})
_PAST_SENT = frozenset({"contributed", "sent", "deployed", "served"})


def _detail_after(low: list[str], at: int | None) -> bool:
    """A "decided" cue followed by where / how / which / what: a detail left open."""
    if at is None:
        return False
    k = next((j for j in range(at, min(len(low), at + 6)) if low[j] in _DECIDE_OR_SAY), None)
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


# a reading of `misread_frames` or `_misread_whose_stance`: ``hits`` as the sentence leaves them
_Step = Callable[[Sent, list[str], set[str], list[StanceHit]], list[StanceHit]]
_OFFERS = ("ready", "open", "conditional")


def _dropped(hits: list[StanceHit], pred: Callable[..., object]) -> list[StanceHit]:
    """``hits`` without those ``pred`` holds for."""
    return [h for h in hits if not pred(h)]


def _recast(hits: list[StanceHit], pred: Callable[..., object],
            stance: str) -> list[StanceHit]:  # the stance the sentence gives instead
    """``hits`` with those ``pred`` holds for given ``stance`` (no condition, no base)."""
    return [replace(h, stance=stance, condition=None, base=None) if pred(h) else h for h in hits]


def _weighed_not_refused(sent: Sent, low: list[str], words: set[str],
                         hits: list[StanceHit]) -> list[StanceHit]:
    """"does not take it lightly": a weighing, no refusal."""
    if not _LIGHTLY.isdisjoint(words) and _STRONG_REFUSALS.isdisjoint(words):
        # the negation "lightly" goes with, and a little before it (the cue of "the choice to
        # commit British troops was not taken lightly" is its troops)
        weighed = [(max(0, j - 4), k) for k, w in enumerate(low) if w in _LIGHTLY
                   for j in range(max(0, k - 8), k) if low[j] in NEGATIONS]
        if weighed:
            hits = _dropped(hits, lambda h: h.stance == "declines" and any(
                a <= (cue_at(sent, h) or -1) <= b for a, b in weighed))
    return hits


def _asked_not_offered(sent: Sent, low: list[str], words: set[str],
                       hits: list[StanceHit]) -> list[StanceHit]:
    """"asking about Bulgaria's readiness to contribute": a question put to it, no offer."""
    n = len(low)
    asked: list[tuple[int, int]] = [
        (k, k + 6) for k in range(1, n) if low[k] == "about" and low[k - 1] in _ASKING
        and not _ASKED_WHAT.isdisjoint(low[k + 1:k + 7])]  # not "Asked about the force, X said"
    if asked:
        hits = _dropped(hits, lambda h: h.stance in _OFFERS and (
            _all_mentions_in(sent, h.actor, asked)
            or any(a < (cue_at(sent, h) or -1) < b for a, b in asked)))
    return hits


def _pressed_not_offered(sent: Sent, low: list[str], words: set[str],
                         hits: list[StanceHit]) -> list[StanceHit]:
    """"pressure on Germany to consider", "urged Italy to": what others want of it."""
    n = len(low)
    pressed = [(k + 1, k + 9) for k in range(n) if low[k] in _PRESSING
               or low[k] in _CALL_ON and low[k + 1:k + 2] == ["on"]]
    pressed = [(a + 1, b + 1) if low[a:a + 1] == ["on"] else (a, b) for a, b in pressed]
    pressed = [(a, b) for a, b in pressed if "to" in low[a:b + 2]]
    if pressed:
        hits = _dropped(hits, lambda h: h.stance in _OFFERS
                        and _all_mentions_in(sent, h.actor, pressed))
    return hits


def _calls_for_others_not_offered(sent: Sent, low: list[str], words: set[str],
                                  hits: list[StanceHit]) -> list[StanceHit]:
    """"has led calls for European allies to deploy troops": others' troops, no offer."""
    if not _CALL_WORDS.isdisjoint(words):
        hits = _dropped(hits, lambda h: h.stance in _OFFERS
                        and _CALL_FOR_OTHERS.search(h.cue.lower()) is not None)
    return hits


def _last_member_relative_clause(sent: Sent, low: list[str], words: set[str],
                                 hits: list[StanceHit]) -> list[StanceHit]:
    """"A, B and C, as well as the US, which will not send troops": the last member's clause."""
    n = len(low)
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
                hits = _dropped(hits, lambda h, cut=cut, k=k, last=last: h.actor != last.iso3
                                and _all_mentions_in(sent, h.actor, [(0, cut)])
                                and (cue_at(sent, h) or k) >= k)
    return hits


def _hypothesis_not_offered(sent: Sent, low: list[str], words: set[str],
                            hits: list[StanceHit]) -> list[StanceHit]:
    """"if Germany does send its troops": a hypothesis, no stance."""
    n = len(low)
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
        hits = _dropped(hits, lambda h: h.stance in _OFFERS and (
            _all_mentions_in(sent, h.actor, hypothetical)
            or any(a <= (cue_at(sent, h) or -1) < b + 1 for a, b in hypothetical)))
    return hits


def _up_to_others_not_refused(sent: Sent, low: list[str], words: set[str],
                              hits: list[StanceHit]) -> list[StanceHit]:
    """"it is not up to Russia to ... reject it": a refusal that is another's to make."""
    n = len(low)
    if "up" in words and not {"reject", "rejects", "refuse", "veto"}.isdisjoint(words):
        # "it is not up to Russia to accept or reject it," Macron said: Russia's, no refusal
        ups = [k for k in range(n - 1) if low[k] == "up" and low[k + 1] == "to"]
        hits = _dropped(hits, lambda h: h.stance in ("declines", "rejects") and any(
            k < (cue_at(sent, h) or -1) <= k + 8 for k in ups))
    return hits


def _refrained_from_restating(sent: Sent, low: list[str], words: set[str],
                              hits: list[StanceHit]) -> list[StanceHit]:
    """"refrained from reiterating his earlier promise": the offer not restated."""
    n = len(low)
    if not {"refrained", "refrains", "avoided", "avoids"}.isdisjoint(words):
        # "Starmer refrained from reiterating his earlier promise to send troops": not restated
        for k in range(n - 2):
            if low[k] in ("refrained", "refrains", "avoided", "avoids") and not {
                    "reiterating", "repeating", "restating", "renewing", "reaffirming",
                    "reiterate", "repeat"}.isdisjoint(low[k + 1:k + 4]):
                hits = _dropped(hits, lambda h, k=k: h.stance in _OFFERS and (
                    (cue_at(sent, h) or n) > k or low[k] in h.cue.lower().split()))
                break
    return hits


def _short_of_ruling_out_open(sent: Sent, low: list[str], words: set[str],
                              hits: list[StanceHit]) -> list[StanceHit]:
    """"stopped short of ruling out": open, no refusal."""
    n = len(low)
    if "short" in words and any(low[k] == "short" and low[k - 1] in _SHORT_OF
                                and low[k + 1:k + 2] == ["of"]
                                and not _EXCLUDING.isdisjoint(low[k + 2:k + 4])
                                for k in range(1, n)):
        # (only the refusal read from the ruling out itself: "..., a proposal that has been
        # strongly opposed by Germany" stays Germany's refusal; set 95)
        hits = _recast(hits, lambda h: h.stance in ("declines", "rejects")
                       and not _EXCLUDING.isdisjoint(h.cue.lower().split()), "open")
    return hits


def _door_closed_or_open(sent: Sent, low: list[str], words: set[str],
                         hits: list[StanceHit]) -> list[StanceHit]:
    """"closed the door on" a refusal; "has not closed the door on" open."""
    n = len(low)
    if "door" in words:
        for k in range(2, n):
            if low[k] == "door" and low[k - 1] == "the" and low[k - 2] in _DOOR_SHUT:
                shut = NEGATIONS.isdisjoint(low[max(0, k - 5):k - 2])  # "has not closed the
                # door on sending troops" keeps it open
                was, now = (("open", "ready"), "declines") if shut else (("declines",), "open")
                hits = _recast(hits, lambda h, was=was: h.stance in was, now)
                break
    return hits


def _possibility_denied(sent: Sent, low: list[str], words: set[str],
                        hits: list[StanceHit]) -> list[StanceHit]:
    """"refutes the possibility of": a refusal, not an opening."""
    n = len(low)
    if not _DENIED_POSSIBILITY.isdisjoint(words):
        for k in range(n - 1):
            if low[k] in _DENIED_POSSIBILITY and NEGATIONS.isdisjoint(low[max(0, k - 3):k]) and \
                    not {"possibility", "prospect"}.isdisjoint(low[k + 1:k + 3]):
                hits = _recast(hits, lambda h: h.stance == "open", "declines")
                break
    return hits


def _whether_parliament_approves(sent: Sent, low: list[str], words: set[str],
                                 hits: list[StanceHit]) -> list[StanceHit]:
    """"whether the Bundestag would have to approve": a question, no condition."""
    if "whether" in words:
        hits = _dropped(hits, lambda h: h.stance == "conditional" and h.condition == "parliament"
                        and (at := cue_at(sent, h)) is not None
                        and "whether" in low[max(0, at - 6):at])
    return hits


def _presence_approved_there(sent: Sent, low: list[str], words: set[str],
                             hits: list[StanceHit]) -> list[StanceHit]:
    """A parliament approving a presence "in Iraq" gives Iraq nothing."""
    if not words.isdisjoint(PARLIAMENTS):
        hits = _dropped(hits, lambda h: h.stance in _OFFERS
                        and all(m.governed and low[m.start - 1:m.start] == ["in"]
                                for m in _mentions_of(sent, h.actor))
                        and bool(_mentions_of(sent, h.actor))
                        and not set(h.cue.lower().split()).isdisjoint(PARLIAMENTS))
    return hits


def _advised_to_offer(sent: Sent, low: list[str], words: set[str],
                      hits: list[StanceHit]) -> list[StanceHit]:
    """"has a duty to state that it is ready": advice to it, no offer."""
    n = len(low)
    if "duty" in words or not _RECOMMEND.isdisjoint(words):
        for k in range(n - 1):
            told = low[k] == "duty" and low[k + 1:k + 2] == ["to"] or low[k] in _RECOMMEND
            if told and not _SAY_CLEARLY.isdisjoint(low[k + 1:k + 4]):
                hits = _dropped(hits, lambda h, k=k: h.stance in _OFFERS
                                and any(m.end <= k for m in _mentions_of(sent, h.actor))
                                and (cue_at(sent, h) or k + 1) > k)
                break
    return hits


def _openness_to_joining(sent: Sent, low: list[str], words: set[str],
                         hits: list[StanceHit]) -> list[StanceHit]:
    """"openness to Germany joining": open only, no offer beside it."""
    opened = {h.actor for h in hits if h.stance == "open"
              and ("openness" in (c := _unquoted(h.cue)) or "open to" in c)}
    if opened:
        hits = _dropped(hits, lambda h: h.stance == "ready" and h.actor in opened
                        and h.cue.lower() in ("joining", "join", "participating", "taking part"))
    return hits


def _press_guess(sent: Sent, low: list[str], words: set[str],
                 hits: list[StanceHit]) -> list[StanceHit]:
    """"reports suggest up to 7,500 British troops could be sent": the press's guess."""
    n = len(low)
    if not _RUMOUR_NOUNS.isdisjoint(words) and not _RUMOUR_VERBS.isdisjoint(words):
        # "reports suggest up to 7,500 British troops could be sent": the press's guess about a
        # nation's troops (§5, 15s), as "the newspaper reported that ..."
        said = [k for k in range(n - 1) if low[k] in _RUMOUR_NOUNS and low[k + 1] in _RUMOUR_VERBS]
        hits = _dropped(hits, lambda h: h.stance in ("ready", "open") and any(
            m.start > k and m.end < n and low[m.end] in TROOP_WORDS
            for m in _mentions_of(sent, h.actor) for k in said)
            and all(m.start > min(said) for m in _mentions_of(sent, h.actor)))
    return hits


def _denied_suggestions(sent: Sent, low: list[str], words: set[str],
                        hits: list[StanceHit]) -> list[StanceHit]:
    """A denied reversal keeps the offer; the denier's own offer, reported and denied, refused."""
    n = len(low)
    if not _DENY_SUGGESTION.isdisjoint(words) and not _SUGGESTIONS.isdisjoint(words):
        # "Reed rejected suggestions that Britain was going to abandon plans to send troops"
        # (only a denied *reversal*: "dismisses speculation that it may deploy" stays a refusal)
        denied = [k for k in range(n - 1) if low[k] in _DENY_SUGGESTION
                  and not _SUGGESTIONS.isdisjoint(low[k + 1:k + 3])
                  and not _REVERSALS.isdisjoint(low[k + 2:k + 12])]
        hits = _dropped(hits, lambda h: h.stance in ("declines", "undecided") and any(
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
        hits = _recast(hits, lambda h: h.stance in ("ready", "open") and any(
            a == h.actor and k < (cue_at(sent, h) or -1) < e for a, k, e in denied_by),
            "declines")
    return hits


def _refrained_from_endorsing(sent: Sent, low: list[str], words: set[str],
                              hits: list[StanceHit]) -> list[StanceHit]:
    """"has thus far refrained from endorsing the idea": no stance of its."""
    n = len(low)
    if "from" in words and not _REFRAINED.isdisjoint(words):
        # (s48 review) "The administration has thus far refrained from endorsing the idea":
        # what it holds back from is no stance of its
        held_back = [k for k in range(n - 1) if low[k] in _REFRAINED and low[k + 1] == "from"
                     and low[k + 2:k + 3] != [] and _REFUSING_GERUNDS.isdisjoint(low[k + 2:k + 4])]
        # ("refrained from ruling out involvement": a refusal held back, open -- test_s23)
        hits = _dropped(hits, lambda h: h.stance in ("supports", "ready", "open") and any(
            k < (cue_at(sent, h) or -1) <= k + 4 for k in held_back))
    return hits


def _pledged_no_troops(sent: Sent, low: list[str], words: set[str],
                       hits: list[StanceHit]) -> list[StanceHit]:
    """"pledged no ground troops": a refusal, not an offer."""
    n = len(low)
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
        hits = _recast(hits, lambda h: h.stance in ("ready", "open") and any(
            a == h.actor and k <= (cue_at(sent, h) or -1) < e for a, k, e in given_none),
            "declines")
    return hits


def _plan_criticised(sent: Sent, low: list[str], words: set[str],
                     hits: list[StanceHit]) -> list[StanceHit]:
    """"criticising the strategy to dispatch ... soldiers": a critic's words, no refusal."""
    n = len(low)
    if not _CRITICISING.isdisjoint(words):
        # "criticising the strategy to dispatch 20,000 British and French soldiers": a critic's
        # words about the plan, no refusal by its nations
        crit = [k for k in range(n - 1) if low[k] in _CRITICISING
                and not _PLAN_NOUNS.isdisjoint(low[k + 1:k + 3])]
        hits = _dropped(hits, lambda h: h.stance in ("declines", "rejects") and any(
            (cue_at(sent, h) or -1) > k for k in crit))
    return hits


def _could_only_open(sent: Sent, low: list[str], words: set[str],
                     hits: list[StanceHit]) -> list[StanceHit]:
    """"could only take part": a modal of possibility before the cue keeps it open."""
    if not _MAY.isdisjoint(words):
        # (s59) "Irish troops could only take part in a mission with a UN mandate": a modal of
        # possibility before the cue, past "only" or "also", keeps it open (a conditional's base
        # too)
        hits = [replace(h, stance="open") if h.stance == "ready" and _may_before(
                    low, cue_at(sent, h)) else
                replace(h, base="open") if h.stance == "conditional" and h.base == "ready" and
                _may_before(low, cue_at(sent, h)) else h for h in hits]
    return hits


def _requirement_after_but(sent: Sent, low: list[str], words: set[str],
                           hits: list[StanceHit]) -> list[StanceHit]:
    """"..., but parliament must approve" (or "only" under the UN): the offer's condition too."""
    if ("but" in words or "only" in words) and not (_HOUSES | {"mandate", "nations"}).isdisjoint(words):
        out = list(hits)
        held = {(h.actor, h.stance) for h in out}
        for h in list(out):
            others = [m.start for m in sent.mentions if m.iso3 != h.actor]
            cond = but_requirement(low, cue_at(sent, h), others) \
                if h.stance in ("ready", "open") else None
            if cond is not None and (h.actor, "conditional") not in held:
                out.append(StanceHit(h.actor, h.actor_text, "conditional", h.cue,
                                     condition=cond, base=h.stance, group=h.group))
                held.add((h.actor, "conditional"))
        hits = out
    return hits


def _detail_undecided(sent: Sent, low: list[str], words: set[str],
                      hits: list[StanceHit]) -> list[StanceHit]:
    """"had not yet decided where the troops would be based": a detail undecided, not sending."""
    if not _DETAIL_WORDS.isdisjoint(words) and not _DECIDE_OR_SAY.isdisjoint(words):
        # (s59) "had not yet decided where the troops would be based (how many soldiers to send)":
        # a detail of the sending undecided, not the sending
        hits = _dropped(hits, lambda h: h.stance == "undecided"
                        and _detail_after(low, cue_at(sent, h)))
    return hits


def _past_mission_record(sent: Sent, low: list[str], words: set[str],
                         hits: list[StanceHit]) -> list[StanceHit]:
    """"contributed about 1,800 troops to ISAF": a record of another mission, no offer."""
    if not MISSION_WORDS.isdisjoint(words) and not _PAST_SENT.isdisjoint(words):
        # (s59) "Turkey contributed about 1,800 troops to ISAF in Afghanistan": a record of
        # another mission, no offer for this force
        hits = _dropped(hits, lambda h: h.stance == "ready"
                        and _past_mission(low, cue_at(sent, h)))
    return hits


def _size_refused_presence_kept(sent: Sent, low: list[str], words: set[str],
                                hits: list[StanceHit]) -> list[StanceHit]:
    """"We will not send a brigade, but we will be there": no refusal of the force."""
    n = len(low)
    if "but" in words and not _SIZED_UNITS.isdisjoint(words):
        # (s59) "We will not send a brigade, but we will be there": no refusal of the force
        hits = _dropped(hits, lambda h: h.stance == "declines"
                        and _not_a_but_b(low, cue_at(sent, h) or n))
    return hits


def _bristled_at(sent: Sent, low: list[str], words: set[str],
                 hits: list[StanceHit]) -> list[StanceHit]:
    """"bristled at suggestions troops could be deployed": resisting the idea, a refusal."""
    if not _BRISTLED.isdisjoint(words):  # "as Germany bristled at suggestions troops could be
        # deployed": resisting the idea
        hits = _recast(hits, lambda h: h.stance == "open", "declines")
    return hits


def _views_on(sent: Sent, low: list[str], words: set[str],
              hits: list[StanceHit]) -> list[StanceHit]:
    """"views (thoughts, opinions) on" sending: no offer."""
    return _dropped(hits, lambda h: h.stance in ("open", "ready") and any(
        f" {w} on" in f" {h.cue.lower()} " for w in ("views", "view", "thoughts", "opinions")))


def _in_talks_to_send(sent: Sent, low: list[str], words: set[str],
                      hits: list[StanceHit]) -> list[StanceHit]:
    """"are in talks to send troops": the talks, no offer."""
    if "talks" in words:  # (set 95) "Britain and France are in talks to send troops": the talks
        hits = _dropped(hits, lambda h: h.stance == "ready"
                        and " in talks to " in f" {h.cue.lower()} ")
    return hits


def _possibility_limited(sent: Sent, low: list[str], words: set[str],
                         hits: list[StanceHit]) -> list[StanceHit]:
    """"parliament has limited the possibility of ... participating": a refusal."""
    n = len(low)
    if not _LIMITED.isdisjoint(words) and "possibility" in words:
        # "parliament has limited the possibility of Bulgarian troops participating"
        if any(low[k] in _LIMITED and low[k + 1:k + 3] == ["the", "possibility"]
               for k in range(n - 2)):
            hits = _recast(hits, lambda h: h.stance == "open", "declines")
    return hits


def _backstop_needed(sent: Sent, low: list[str], words: set[str],
                     hits: list[StanceHit]) -> list[StanceHit]:
    """"..., but a US backstop would be needed": the offer on that condition too."""
    n = len(low)
    if "backstop" in words and "but" in words:
        # "willing to provide peacekeeping troops if necessary, but a US backstop would be
        # needed": the offer on that condition
        b = low.index("but")
        tail = low[b:b + 12]
        if "backstop" in tail and not _BACKSTOP_NEEDED.isdisjoint(tail) and \
                not backing_not_needed(tail):  # (s62) "but no US backstop would be needed"
            out = list(hits)
            for h in list(out):
                if h.stance == "ready" and (cue_at(sent, h) or n) < b and not any(
                        g.actor == h.actor and g.stance == "conditional" for g in out):
                    out.append(StanceHit(h.actor, h.actor_text, "conditional", h.cue,
                                         condition="us-backstop", base="ready"))
            hits = out
    return hits


def _front_broken_through(sent: Sent, low: list[str], words: set[str],
                          hits: list[StanceHit]) -> list[StanceHit]:
    """"if Russia broke through the front lines": troops for the war, not the force after it."""
    if "front" in words and not _BROKE.isdisjoint(words):
        # "Macron refused to rule out sending troops, but noted this would only happen if Russia
        # broke through the front lines" (2024): troops for the war, not the force after it
        hits = _dropped(hits, lambda h: h.stance in _OFFERS)
    return hits


def _trainers_only(sent: Sent, low: list[str], words: set[str],
                   hits: list[StanceHit]) -> list[StanceHit]:
    """"ready to send troops ... to train the Ukrainian military": trainers only, no offer."""
    if _TRAINING_ONLY.isdisjoint(words):
        return hits
    force_words = _FOR_THE_FORCE - {"contingent"} if "contingent" in words and \
        _FOR_TRAINING.search(" ".join(low)) else _FOR_THE_FORCE  # (joined only when it can tell)
    if force_words.isdisjoint(words) and \
            not any(w.startswith("peacekeep") for w in words) and _ROLES_BESIDE.isdisjoint(words) \
            and not ("air" in words and ("defence" in words or "defense" in words)):
        # (set 95) "Lithuania is ready to send troops to Ukraine to train the Ukrainian
        # military": trainers only, no troops for the force (the annotators' rule)
        hits = _dropped(hits, lambda h: h.stance in ("ready", "open")
                        and not _training_in_another_clause(sent, h))
    return hits


_OTHER_CLAUSE = frozenset({"while", "whereas", ";"})  # (not "but only to train")


def _training_in_another_clause(sent: Sent, h: StanceHit) -> bool:
    """(s72) The training words stand only in a clause after the offer's ("had said they would
    send soldiers, while others would contribute training or money"): others' part."""
    low = sent.lower
    at = cue_at(sent, h)
    if at is None:
        return False
    end = next((k for k in range(at, len(low)) if low[k] in _OTHER_CLAUSE), None)
    return end is not None and _TRAINING_ONLY.isdisjoint(low[:end])


_NOT_IN_UKRAINE = re.compile(r"\bbut not (?:on|in|inside|into) (?:ukrainian (?:soil|territory)|"
                             r"ukraine(?: itself)?)(?: [,.;]| *$)")


def _elsewhere_not_in_ukraine(sent: Sent, low: list[str], words: set[str],
                              hits: list[StanceHit]) -> list[StanceHit]:
    """(s63) "Germany would contribute forces to neighbouring Nato territory after a ceasefire,
    but not on Ukrainian soil": the troops in Ukraine refused, the offer is for elsewhere."""
    text = " ".join(low) if "but" in words else ""
    found = _NOT_IN_UKRAINE.search(text)
    before = text[:found.start()].split() if found is not None else []
    if found is None or len({h.actor for h in hits}) != 1 or "ukraine" in before or \
            not {"mission", "force", "reassurance", "coalition"}.isdisjoint(before):
        return hits  # (one nation's offer for elsewhere: not another's in a clause of its own,
        # nor "send troops to Ukraine, but not in Ukraine's east")
    return [replace(h, stance="declines", condition=None, base=None)
            if h.stance in ("ready", "open") else h for h in hits]


def _others_agreement_forecast(sent: Sent, low: list[str], words: set[str],
                               hits: list[StanceHit]) -> list[StanceHit]:
    """"doesn't expect EU leaders to agree on troop deployment": a forecast, no refusal."""
    if "agree" in words:  # "doesn't expect EU leaders to agree on troop deployment": a forecast
        # of others' agreement, no refusal (set 95); "is not expected to contribute" stays one
        hits = _dropped(hits, lambda h: h.stance == "declines" and "expect" in h.cue.lower())
    return hits


def _sympathetic_not_offered(sent: Sent, low: list[str], words: set[str],
                             hits: list[StanceHit]) -> list[StanceHit]:
    """"sympathetic to the idea": support, no offer."""
    # sympathetic to the idea: support, no offer
    return _dropped(hits, lambda h: h.stance == "ready" and "sympathetic" in h.cue.lower())


def _wrong_to_rule_out(sent: Sent, low: list[str], words: set[str],
                       hits: list[StanceHit]) -> list[StanceHit]:
    """"it would be wrong to rule out sending troops": open, no refusal."""
    n = len(low)
    if "wrong" in words or "mistake" in words:  # "it would be wrong to rule out sending troops"
        wrong = [k for k in range(n - 2) if low[k] in ("wrong", "mistake") and low[k + 1] == "to"
                 and not _EXCLUDING.isdisjoint(low[k + 2:k + 3])]
        hits = _recast(hits, lambda h: h.stance in ("declines", "rejects") and any(
            k <= (cue_at(sent, h) or -1) <= k + 3 for k in wrong), "open")
    return hits


def _participation_rejected(sent: Sent, low: list[str], words: set[str],
                            hits: list[StanceHit]) -> list[StanceHit]:
    """'has rejected "Italy's participation in a possible military force"': a refusal."""
    if not _REJECTING.isdisjoint(words):  # 'Meloni has rejected "Italy's participation in a
        # possible military force"': the participation refused
        rejected = [k for k, w in enumerate(low) if w in _REJECTING]
        hits = _recast(hits, lambda h: h.stance == "ready" and h.cue.lower().startswith("particip")
                       and any(0 < (cue_at(sent, h) or -1) - k <= 6 for k in rejected), "declines")
    return hits


def _coalition_relative_clause(sent: Sent, low: list[str], words: set[str],
                               hits: list[StanceHit]) -> list[StanceHit]:
    """"the coalition of the willing, which will send European forces": the coalition's clause."""
    n = len(low)
    for k in range(2, n - 1):  # "Britain and France's coalition of the willing, which will send
        # European forces": the relative clause's subject is the coalition, not a nation
        if low[k] == "which" and low[k - 1] == ",":
            hits = _dropped(hits, lambda h, k=k: h.stance in ("ready", "open")
                            and k < (cue_at(sent, h) or -1) <= k + 3
                            and not any(m.end == k - 1 for m in _mentions_of(sent, h.actor))
                            and low[k - 2] in _GROUP_ANTECEDENTS)
    return hits


def _adversary_allegation(sent: Sent, low: list[str], words: set[str],
                          hits: list[StanceHit]) -> list[StanceHit]:
    """"(SVR) claimed that France is preparing to deploy": an allegation, not France's position."""
    if not _ALLEGING.isdisjoint(words):  # "Russia's intelligence service (SVR) claimed that
        # France is preparing to deploy ...": an adversary's allegation, not France's position
        alleged = [k for k, w in enumerate(low) if w in _ALLEGING and (
            any(m.iso3 == "RUS" and m.end <= k for m in sent.mentions)
            or not _ADVERSARY_VOICES.isdisjoint(low[:k]))]
        if alleged:
            hits = _dropped(hits, lambda h: h.stance in _OFFERS
                            and all(m.start > alleged[0] for m in _mentions_of(sent, h.actor)))
    return hits


def _little_interest(sent: Sent, low: list[str], words: set[str],
                     hits: list[StanceHit]) -> list[StanceHit]:
    """"have shown little interest in sending troops": reluctance, undecided."""
    n = len(low)
    if not _LITTLE.isdisjoint(words):
        # "Poland and Germany have shown little interest in sending troops" (little appetite,
        # scant enthusiasm): reluctance, not the interest "shown interest" is
        faint = [k for k in range(n - 1) if low[k] in _LITTLE and low[k + 1] in _KEENNESS]
        hits = _recast(hits, lambda h: h.stance in ("ready", "open") and any(
            (at := cue_at(sent, h)) is None or k - 8 <= at <= k + 3 for k in faint), "undecided")
    return hits


def _spending_not_troops(sent: Sent, low: list[str], words: set[str],
                         hits: list[StanceHit]) -> list[StanceHit]:
    """A sentence on GDP spending with no troop word gives no troop stance."""
    if not _MONEY_ONLY.isdisjoint(words) and _ANY_TROOP_WORD.isdisjoint(words):
        hits = _dropped(hits, lambda h: h.stance in TROOP_STANCES)
    return hits


_OFFERING = frozenset({"would", "will", "could", "may", "might", "ready", "prepared", "willing",
                       "plans", "plan", "offer", "offered", "offers", "pledged", "pledge",
                       "promised", "intends", "can", "'ll", "wants", "want", "shall"})
_THIS_FORCE = frozenset({"ukraine", "ukrainian", "kyiv", "kiev", "ceasefire", "truce", "force",
                         "mission", "reassurance", "coalition", "peacekeepers", "peacekeeping"})


def _stationed_in_another_ally(sent: Sent, low: list[str], words: set[str],
                               hits: list[StanceHit]) -> list[StanceHit]:
    """(s66) "Germany is stationing a brigade of 5,000 soldiers in Lithuania": troops placed in
    another country now, in a sentence that names neither Ukraine nor the force, offer none to
    it (an offer to place them there stays: "Danish soldiers would be stationed in Poland", the
    support force outside Ukraine, 15t)."""
    if hits and _THIS_FORCE.isdisjoint(words) and _OFFERING.isdisjoint(words) and \
            placed_elsewhere(low):
        hits = _dropped(hits, lambda h: h.stance in ("ready", "open", "conditional"))
    return hits


# (s66) parties: a party's view is not its nation's ("Reform UK said it would oppose any
# deployment of British troops", "The PVV said it opposed sending troops")
_PARTY_WORDS = frozenset({"afd", "pvv", "ptb", "lfi", "pis", "spd", "cdu", "csu", "fdp", "bsw",
                          "fpö", "fpo", "svp", "vox", "podemos", "sumar", "m5s", "lega", "fidesz",
                          "smer", "snp", "psoe", "chega", "bbb", "nsa", "vvd", "linke",
                          "sinn"})  # ("Die Linke", "Sinn Féin")
_PARTY_NAMES = (("reform", "uk"), ("alternative", "for", "germany"), ("sweden", "democrats"),
                ("finns", "party"), ("denmark", "democrats"), ("freedom", "party"),
                ("rassemblement", "national"), ("national", "rally"), ("la", "france", "insoumise"),
                ("brothers", "of", "italy"), ("five", "star"))
_PARTY_LEAD = frozenset({"the", "opposition", "far-right", "populist", "nationalist", "main",
                         "left-wing", "right-wing", "party", "-", "die"})


def _a_partys_view(sent: Sent, low: list[str], words: set[str],
                   hits: list[StanceHit]) -> list[StanceHit]:
    """(s66) A sentence that opens with a party ("Reform UK said it would oppose ...", "The
    opposition PTB said it was against sending troops"): its first clause's stances are the
    party's, no nation's (as a party's vote, s23)."""
    k = 0
    if low[:1] == ["for"]:
        k = 1  # (s69, rv69-own) "For the AfD, a speaker said that ..."
    while k < min(len(low), 4) and low[k] in _PARTY_LEAD:
        k += 1
    n = 1 if k < len(low) and low[k] in _PARTY_WORDS else next(
        (len(name) for name in _PARTY_NAMES if tuple(low[k:k + len(name)]) == name), 0)
    if not n:
        return hits
    # ("For the AfD, a speaker said ...": the whole sentence is the party's)
    end = len(low) if low[:1] == ["for"] else sent.clause_end(k + n)
    return _dropped(hits, lambda h: h.stance in TROOP_STANCES and (cue_at(sent, h) or 0) < end)


_PERSONAL = (("in", "a", "personal", "capacity"), ("in", "his", "personal", "capacity"),
             ("in", "her", "personal", "capacity"), ("in", "my", "personal", "view"),
             ("in", "his", "personal", "view"), ("in", "her", "personal", "view"),
             ("my", "personal", "opinion"), ("in", "my", "personal", "opinion"))
_OPENERS_SKIPPED = frozenset({'"', "“", "‘", "'", "a", ":", "-", "—"})


def _a_personal_view(sent: Sent, low: list[str], words: set[str],
                     hits: list[StanceHit]) -> list[StanceHit]:
    """(s69, own-words sets rv67-rv69) A view given as the speaker's own, not the government's:
    "Personally, I think the Czech Army could manage a battalion", "said in a personal capacity
    that a credible force would need ...": no nation's stance."""
    if "personally" not in words and "personal" not in words:
        return hits
    k = 0
    while k < len(low) and low[k] in _OPENERS_SKIPPED:
        k += 1  # (a transcript's "A: Personally, ...")
    own = low[k:k + 2] == ["personally", ","] or any(
        tuple(low[j:j + len(p)]) == p for p in _PERSONAL for j in range(len(low)))
    return _dropped(hits, lambda h: h.stance in TROOP_STANCES) if own else hits


_BANS = (("ban", "on"), ("bans", "on"), ("prohibition", "of"), ("prohibition", "on"),
         ("ban", "of"))
_BANNED_SENDING = frozenset({"sending", "deploying", "deployment", "dispatching", "dispatch"})


def _sending_banned(sent: Sent, low: list[str], words: set[str],
                    hits: list[StanceHit]) -> list[StanceHit]:
    """(s66) "a ban on sending Polish soldiers to Ukraine", "Prohibition of sending Polish
    soldiers" (a programme's line): the sending barred, not offered."""
    if "ban" not in words and "bans" not in words and "prohibition" not in words:
        return hits
    at = next((k for k in range(len(low) - 2) if (low[k], low[k + 1]) in _BANS
               and low[k + 2] in _BANNED_SENDING), None)
    if at is None:
        return hits
    return _recast(hits, lambda h: h.stance in ("ready", "open")
                   and (cue_at(sent, h) or -1) > at, "declines")


_PEOPLES_WORDS = frozenset(w.lower() for ws in _PEOPLES.values() for w in ws)
_OPINION_VERBS = frozenset({"oppose", "opposes", "opposed", "support", "supports", "supported",
                            "favour", "favours", "favor", "favors", "back", "backs", "reject",
                            "rejects", "want", "wants", "fear", "fears", "distrust"})
_POLLED = frozenset({"poll", "polls", "survey", "surveys", "polled", "surveyed", "respondents",
                     "%", "percent", "per"})


def _peoples_opinion(sent: Sent, low: list[str], words: set[str],
                     hits: list[StanceHit]) -> list[StanceHit]:
    """(s66) "Poll: Germans oppose sending troops to Ukraine": a people's opinion (an opinion
    verb, or a poll named), not its government's stance ("The Dutch, Brits and Swedes have said
    they were ready to send soldiers" stays the nations', s17)."""
    polled = not _POLLED.isdisjoint(words)
    return _dropped(hits, lambda h: h.stance in TROOP_STANCES
                    and h.actor_text.lower() in _PEOPLES_WORDS
                    and (polled or not _OPINION_VERBS.isdisjoint(h.cue.lower().split())))


_PROMISING = frozenset({"promised", "promises", "promise", "vowed", "vows", "guaranteed",
                        "guarantees", "assured", "assures"})


def _promised_none(sent: Sent, low: list[str], words: set[str],
                   hits: list[StanceHit]) -> list[StanceHit]:
    """(s66) "Trump has promised no US troops will serve in Ukraine", "vowed that no Polish
    soldier would go": a promise of none, a refusal (read as ready)."""
    if _PROMISING.isdisjoint(words) or "no" not in words:
        return hits

    def none_promised(h: StanceHit) -> bool:
        at = cue_at(sent, h)
        return at is not None and low[at] in _PROMISING and (
            low[at + 1:at + 2] == ["no"] or low[at + 1:at + 3] == ["that", "no"])
    return _recast(hits, lambda h: h.stance in ("ready", "open") and none_promised(h),
                   "declines")


_OTHERS_FORECAST = frozenset({"citing", "diplomats", "analysts", "observers", "experts"})
_GROUP_SUBJECTS = frozenset({"west"})  # (not "Among the governments ready ... are Norway")


def _if_they_decide(cue: list[str]) -> bool:
    """The cue holds "if <they> decide(s) to" before its sending."""
    return any(w == "if" and {"decide", "decides", "choose", "chooses"} & set(cue[k + 1:k + 4])
               for k, w in enumerate(cue))


def _others_forecast_or_group(sent: Sent, low: list[str], words: set[str],
                              hits: list[StanceHit]) -> list[StanceHit]:
    """(s66, a journalist's reading) "France and Britain are unlikely to send peacekeepers,
    Politico reports, citing EU diplomats": others' forecast of it, no stance; "Johnson and
    Radakin noted that the West has often been hesitant": the West's, not the speakers' nation's
    (a group noun the subject right before the cue)."""
    if "unlikely" in words and not _OTHERS_FORECAST.isdisjoint(words):
        hits = _dropped(hits, lambda h: "unlikely" in h.cue.lower().split())

    # (s66, a journalist's reading) "French and British authorities will face significant
    # challenges if they decide to send troops": what sending would cost, no offer
    hits = _dropped(hits, lambda h: h.stance in ("ready", "open") and _if_they_decide(
        h.cue.lower().split()))

    def expected_by_someone(h: StanceHit) -> bool:
        # (s69, rv69b-own) "I would expect the French and British to provide the largest
        # contingents": the speaker's expectation of them, no stance of theirs (the passive "are
        # expected to provide the bulk", a report of their plans, stays)
        at = cue_at(sent, h)
        return at is not None and any(
            w in ("expect", "expects") and low[k + 1:k + 2] not in (["to"], [","])
            and [x for x in low[max(0, k - 3):k] if x not in ("would", "also", "do", "fully")][-1:]
            in (["i"], ["analysts"], ["experts"], ["observers"], ["diplomats"], ["many"])
            for k, w in enumerate(low[:at]) if k >= at - 4)  # (review s69: not "Denmark expects
        # to be ready", "as many expect, is ready", "We expect Estonia to ...")
    hits = _dropped(hits, lambda h: h.stance in ("ready", "open") and expected_by_someone(h))

    def group_subject(h: StanceHit) -> bool:
        at = cue_at(sent, h)
        if at is None:
            return False
        lo = sent.clause_start(at)
        before = low[max(lo, at - 5):at]
        return not _GROUP_SUBJECTS.isdisjoint(before) and not any(
            m.iso3 == h.actor and max(lo, at - 5) <= m.start < at for m in sent.mentions)
    return _dropped(hits, lambda h: h.stance in TROOP_STANCES and group_subject(h))


# the readings of `misread_frames`, in the order they apply (each sees what the last left)
_MISREAD_FRAME_STEPS: tuple[_Step, ...] = (
    _weighed_not_refused, _asked_not_offered, _pressed_not_offered,
    _calls_for_others_not_offered, _last_member_relative_clause, _hypothesis_not_offered,
    _up_to_others_not_refused, _refrained_from_restating, _short_of_ruling_out_open,
    _door_closed_or_open, _possibility_denied, _whether_parliament_approves,
    _presence_approved_there, _advised_to_offer, _openness_to_joining, _press_guess,
    _denied_suggestions, _refrained_from_endorsing, _pledged_no_troops, _plan_criticised,
    _could_only_open, _requirement_after_but, _detail_undecided, _past_mission_record,
    _size_refused_presence_kept, _bristled_at, _views_on, _in_talks_to_send,
    _possibility_limited, _backstop_needed, _front_broken_through, _trainers_only,
    _others_agreement_forecast, _sympathetic_not_offered, _wrong_to_rule_out,
    _participation_rejected, _coalition_relative_clause, _adversary_allegation,
    _little_interest, _spending_not_troops, _elsewhere_not_in_ukraine,
    _stationed_in_another_ally, _a_partys_view, _sending_banned, _peoples_opinion,
    _promised_none, _others_forecast_or_group, _a_personal_view)


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
    - and the classes read from sets 94 and 95, each named in its step's comment above.
    """
    if not hits:
        return hits
    low = sent.lower
    words = set(low)
    out = list(hits)
    for step in _MISREAD_FRAME_STEPS:
        out = step(sent, low, words, out)
    return _misread_whose_stance(sent, out) if out else out


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
# the words each reading of `plan_and_talk_stances` starts at
_PLAN_AND_TALK_HEADS = frozenset({*_PUSHING, *_TALKING, *_TAKE_PART, *NEGATIONS, *_SEEKING,
                                  "decision", *_LACKING, *_ENVISAGES, "their"})
PLAN_AND_TALK_TRIGGERS = frozenset({"ahead", "about", "their", "part", "include", "includes",
                                    "decision", *_ENVISAGES, *_SEEKING, *_LACKING})


def _unquoted(cue: str) -> str:
    """A cue, lower-cased, without quotation marks ('"open" to' reads as "open to")."""
    return " ".join(re.sub(r"[\"“”‘’'«»]", " ", cue.lower()).split())


def _before(sent: Sent, h: StanceHit, k: int) -> bool:
    """Whether the cue of ``h`` starts before token ``k`` (a cue not found: no)."""
    at = cue_at(sent, h)
    return at is not None and at < k


def _sceptical_look(sent: Sent, low: list[str], words: set[str],
                    hits: list[StanceHit]) -> list[StanceHit]:
    """"..., a sceptical look" with no holder is the writer's, no undecided nation's."""
    n = len(low)
    if not _SCEPTIC.isdisjoint(words) and not _LOOK_NOUNS.isdisjoint(words):
        # a look with no holder (a headline's or an apposition's), not "Spain takes a sceptical
        # view of sending troops"
        looks = [k for k in range(1, n - 1) if low[k] in _SCEPTIC and low[k + 1] in _LOOK_NOUNS
                 and low[k - 1] in ("a", "an") and low[k - 2:k - 1] != []
                 and low[k - 2] not in _TAKING_A_VIEW]
        hits = [h for h in hits if not (h.stance == "undecided" and any(
            (at := cue_at(sent, h)) is not None and k - 1 <= at <= k for k in looks))]
    return hits


def _listed_in_groups_plan(sent: Sent, low: list[str], words: set[str],
                           hits: list[StanceHit]) -> list[StanceHit]:
    """"European leaders, among them X, have suggested deploying ...": the group's plan."""
    n = len(low)
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
        hits = [h for h in hits if not (h.stance == "ready" and any(
            (at := cue_at(sent, h)) is not None and k <= at <= k + 1 for k in plans)
            and _mentions_of(sent, h.actor) and all(
                not _LISTING.isdisjoint(low[max(0, m.start - 4):m.start])
                for m in _mentions_of(sent, h.actor)))]
    return hits


def _candidate_speaks(sent: Sent, low: list[str], words: set[str],
                      hits: list[StanceHit]) -> list[StanceHit]:
    """A candidate for office, speaking before the cue, speaks for no government."""
    n = len(low)
    if not _CANDIDATES.isdisjoint(words) or not _HOPEFULS.isdisjoint(words):
        cands = [k for k in range(n) if (
            low[k] in _CANDIDATES or low[k] in _HOPEFULS and k > 0 and low[k - 1] in _BEFORE_HOPEFUL)
            and low[k + 1:k + 2] not in ([w] for w in _NOT_A_PERSON)]
        if cands:  # the candidate speaks before the cue
            hits = [h for h in hits if not (h.stance in TROOP_STANCES and (
                (at := cue_at(sent, h)) is None or at > cands[0]))]
    return hits


def _if_elected(sent: Sent, low: list[str], words: set[str],
                hits: list[StanceHit]) -> list[StanceHit]:
    """What he would do "if elected" ("if he becomes president"): not (yet) in office."""
    n = len(low)
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
            hits = [h for h in hits if not (h.stance in TROOP_STANCES and not _before(
                sent, h, elected[0]))]  # (a cue not found in the sentence: its stance goes)
    return hits


def _group_participle(sent: Sent, low: list[str], words: set[str],
                      hits: list[StanceHit]) -> list[StanceHit]:
    """"would not be part of the group of 26 countries planning to send troops": the group's."""
    if not _GROUP_HEADS.isdisjoint(words) and not NEGATIONS.isdisjoint(words):
        def groups_own(h: StanceHit) -> bool:
            at = cue_at(sent, h)
            if h.stance != "ready" or at is None or at == 0 or low[at - 1] not in _GROUP_HEADS:
                return False
            ms = _mentions_of(sent, h.actor)
            return bool(ms) and all(m.end < at and not NEGATIONS.isdisjoint(low[m.end:at])
                                    for m in ms)
        hits = [h for h in hits if not groups_own(h)]
    return hits


def _coalition_infinitive(sent: Sent, low: list[str], words: set[str],
                          hits: list[StanceHit]) -> list[StanceHit]:
    """"pushed the idea of a coalition of countries to participate": the coalition's infinitive."""
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
        hits = [h for h in hits if not coalitions_own(h)]
    return hits


def _absolute_clause_refusal(sent: Sent, low: list[str], words: set[str],
                             hits: list[StanceHit]) -> list[StanceHit]:
    """"..., with US officials rejecting Europe's plan": the absolute clause's subject's refusal."""
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
        hits = [h for h in hits if not others_absolute(h)]
    return hits


def _assumed_by_another(sent: Sent, low: list[str], words: set[str],
                        hits: list[StanceHit]) -> list[StanceHit]:
    """"He seems to assume that Germany ... are prepared": another's assumption, no position."""
    n = len(low)
    if not _ASSUMING.isdisjoint(words):
        # "He seems to assume that Germany, France and the UK are prepared to send troops":
        # another's assumption about them, not their position
        assumed = [k for k in range(1, n - 1) if low[k] in _ASSUMING and low[k + 1] == "that"
                   and low[k] != "assuming" and low[k - 1] not in _NOT_AN_ASSUMER]
        if assumed:  # (not "Assuming that parliament approves, ...": a premise or condition)
            hits = [h for h in hits if not (h.stance in TROOP_STANCES and all(
                m.start > assumed[0] for m in _mentions_of(sent, h.actor))
                and _mentions_of(sent, h.actor))]
    return hits


def _leading_not_sending(sent: Sent, low: list[str], words: set[str],
                         hits: list[StanceHit]) -> list[StanceHit]:
    """"considering the possibility of organizing a mission": leading it, no troops weighed."""
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
        hits = [h for h in hits if not leads_only(h)]
    return hits


def _lacking_means_refused(sent: Sent, low: list[str], words: set[str],
                           hits: list[StanceHit]) -> list[StanceHit]:
    """"Belgium lacks the resources to deploy troops": a refusal, not an offer."""
    n = len(low)
    if not _LACKING.isdisjoint(words) and not _CAPACITY_NOUNS.isdisjoint(words):
        # "Belgium lacks the resources to deploy troops": the offer read from "to deploy troops"
        # is the want of means, a refusal (`plan_and_talk_stances` adds it where nothing was read)
        for k in range(n - 3):
            if low[k] in ("lacks", "lack", "lacking") and NEGATIONS.isdisjoint(
                    low[max(0, k - 2):k]) and not _CAPACITY_NOUNS.isdisjoint(low[k + 1:k + 4]):
                hits = [replace(h, stance="declines", condition=None, base=None)
                        if h.stance in ("ready", "open") and (at := cue_at(sent, h)) is not None
                        and at <= k + 6 and at + len(h.cue.split()) > k else h for h in hits]
                hits = list({(h.actor, h.stance, h.condition): h for h in hits}.values())
                break
    return hits


def _evaluating_open(sent: Sent, low: list[str], words: set[str],
                     hits: list[StanceHit]) -> list[StanceHit]:
    """"evaluating sending" weighs it: open, no offer yet."""
    if not _EVALUATING.isdisjoint(words):  # weighing it, no offer yet
        weighed = [h for h in hits if h.stance == "ready"
                   and not _EVALUATING.isdisjoint(h.cue.lower().split())]
        held = {(h.actor, h.stance) for h in hits}
        hits = [h for h in hits if h not in weighed] + [
            replace(h, stance="open") for h in weighed if (h.actor, "open") not in held]
    return hits


# the readings of `_misread_whose_stance`, in the order they apply
_WHOSE_STANCE_STEPS: tuple[_Step, ...] = (
    _sceptical_look, _listed_in_groups_plan, _candidate_speaks, _if_elected, _group_participle,
    _coalition_infinitive, _absolute_clause_refusal, _assumed_by_another, _leading_not_sending,
    _lacking_means_refused, _evaluating_open)


def _misread_whose_stance(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s36) "..., a sceptical look" is the writer's; "European leaders, among them X, have
    suggested deploying peacekeeping forces" is the group's plan, no offer of X's; a candidate
    for office, or what he would do "if elected", speaks for no government; "would not be part
    of the group of 26 countries planning to send troops" is the group's participle; "evaluating
    sending" weighs it (open)."""
    low = sent.lower
    words = set(low)
    out = list(hits)
    for step in _WHOSE_STANCE_STEPS:
        out = step(sent, low, words, out)
    return out


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


def plan_and_talk_stances(sent: Sent) -> list[tuple[Mention, str, int, int]]:
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

    for k in (k for k in range(n - 4) if low[k] in _PLAN_AND_TALK_HEADS):  # only where a reading starts
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


# (s40) readings from the rebuilt sets' tune half (odd sets 55-95): `exclusions_and_unsaid` adds
# what the cues missed, `not_all_committed` ... `only_hinted` drop what only seemed a stance
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
EXCLUSION_TRIGGERS = frozenset({*_EXCLUSION, "no", *_JUDGED_POSSIBLE, *_DECLINED_TO})


def _own_troops_or_subject(sent: Sent, k: int, lo: int, hi: int) -> list[Mention]:
    """The nations whose troops are named in [lo, hi) ("Italian troops"), else the subject
    acting at ``k``; never the host, the adversary or the United States."""
    named = [m for m in sent.mentions if lo <= m.start < hi]
    actors = named or sent.subject_actors(k, exclude=HOST_AND_ADVERSARY)
    return [m for m in actors if m.iso3 not in HOST_AND_ADVERSARY and m.iso3 != "USA"]


def exclusions_and_unsaid(sent: Sent) -> list[tuple[Mention, str, int, int]]:
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


# (s40) readings that only seem a stance (the rebuilt sets' tune half), one function each;
# `_extract` calls them in this order (one function until s61)
def not_all_committed(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s40) "they were not all committed to joining the force": not every one of
    them, no refusal."""
    low = sent.lower
    n = len(low)
    out = list(hits)
    words = set(low)
    if "not" in words and "all" in words:
        alls = [k for k in range(n - 1) if low[k] == "not" and low[k + 1] == "all"]
        out = [h for h in out if not (h.stance == "declines" and any(
            (at := cue_at(sent, h)) is not None and k <= at <= k + 6 for k in alls))]
    return out


def contribution_without_troops(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s40) "while Poland may contribute to the operation, it will not involve
    sending troops": the contribution is no troops, no offer of them (the refusal is read
    where it is one)."""
    low = sent.lower
    n = len(low)
    out = list(hits)
    words = set(low)
    if not _INVOLVING.isdisjoint(words):
        for k in range(1, n - 2):
            if low[k] in NEGATIONS and low[k + 1] in _INVOLVING and \
                    low[k + 2] in _PROPOSED_GERUNDS and \
                    any(t in TROOP_WORDS for t in low[k + 3:k + 6]) and \
                    not _THIS_CONTRIBUTION.isdisjoint(low[max(0, k - 3):k]):
                out = [h for h in out if not (h.stance in ("ready", "open") and (
                    (at := cue_at(sent, h)) is not None and at < k - 2))]
    return out


def lead_role_only(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s40) "the army was so run down that it could not lead a peacekeeping mission":
    the lead role, no refusal to send troops."""
    low = sent.lower
    out = list(hits)
    words = set(low)
    if not {"lead", "head", "command"}.isdisjoint(words):
        out = [h for h in out if not (h.stance == "declines" and _LEAD_ROLE.search(h.cue.lower())
                                      and _DEPLOY.isdisjoint(h.cue.lower().split()))]
    return out


def others_mission_weighed(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s40) "considering the possibility of a mission ... being led by the United
    Nations": another body's mission weighed, no offer of its own troops."""
    low = sent.lower
    out = list(hits)
    words = set(low)
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
    return out


def only_hinted(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s40) "until now he had only hinted at the possibility of British troops playing a
    role": the hint the news goes beyond, no openness of its own."""
    low = sent.lower
    n = len(low)
    out = list(hits)
    words = set(low)
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


# (s40b) readings that only seemed the nation's stance (the second round's tune half), one
# function each, called in this order (one function until s61)
def non_state_subjects(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s40b) A non-state body speaks as the subject: "The Alternative and
    Conservative parties have indicated their willingness to contribute Danish troops",
    "According to the Finnish reservists' association, many volunteers have committed to
    joining": the parties' or the volunteers' wish, not the government's offer."""
    low = sent.lower
    words = set(low)
    out = list(hits)
    if not NON_STATE_SUBJECTS.isdisjoint(words):
        out = [h for h in out if not (h.stance in ("ready", "open", "conditional", "declines",
                                                   "undecided")
                                      and (at := cue_at(sent, h)) is not None
                                      and _non_state_subject(sent, at))]
    return out


def refusals_to_act_alone(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s40b) A refusal bounded to acting alone: "stressing that the UK would not
    participate solely in the mission": it takes part, with others."""
    low = sent.lower
    words = set(low)
    out = list(hits)
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


def _opening_condition(low: list[str], i: int) -> str | None:
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


def fronted_condition(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s40) "If Russia achieves gains on the battlefield, the Baltic states may be willing to
    send their units": a condition put before the offer conditions it as one put after does
    ("... will send troops if ..."); not the force's premise ("If a ceasefire is agreed, ..."),
    "if necessary", nor a hypothesis about the nation itself ("If Germany sends troops, ...")."""
    low = sent.lower
    i = 1 if low[:1] and low[0] in _QUOTES else 0
    opener = _opening_condition(low, i)
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
