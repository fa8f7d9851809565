"""The stance a cue stands for in its sentence (`_classify`), or none when it is not about troops:
rules read in order, the first that applies deciding; first those for a cue of any stance (money,
another mission, a name), then the stance's own (`_ready_stance`, `_open_stance`, ...)."""

from __future__ import annotations

from collections.abc import Callable

from reassure.evidence._stances.conditions import _FIGURE_WORDS
from reassure.evidence._stances.cue_clause import (
    _AWAITED,
    _CONSCRIPTION,
    _DENIED_THAT,
    _DEPLOY_BARE,
    _ENVISAGE,
    _GIVING,
    _GUESSING,
    _HOSTED,
    _KEPT_OPEN,
    _NOT_TROOPS,
    _ONLY_ON_TERMS,
    _OTHER_RULED_OUT,
    _PLANNED,
    _PRESENCE_OF_TROOPS,
    _PUT_FORWARD_FILL,
    _REPORTED_BY,
    _ROLE_IN,
    _RULE_WORDS,
    _RUMOURS,
    _SETTLEMENTS,
    _SUPPORT_ROLE,
    _TALK_TOPICS,
    _TRAINERS,
    _VOTE_WORDS,
    _WH_WORDS,
    _after_relative,
    _by_sending_troops,
    _complement_after,
    _denied_after,
    _elsewhere,
    _excluded_object,
    _judged_after,
    _onto_ukraine,
    _operations,
    _own_troops_refused,
    _owned_by_subject,
    _share_in_force,
    _talk_object,
    _training_mission,
    _troops_before_but,
    _troops_near,
    judged_out_before,
    judgement_after,
    predicate_stance,
    reported_by_others,
)
from reassure.evidence._stances.frames import (
    _ATTACK_WORDS,
    _CONTINGENTS,
    _DETAILS,
    _LATER,
    _OTHER_SENDERS,
    _PREMISE_WORDS,
    _REMOVING,
    _REQUIREMENTS,
    _SUCH_MOVE,
    _WHEN,
    _before_the_premise,
)
from reassure.evidence._stances.holders import (
    _DISCUSS,
    _QUESTIONS,
    _WISH_VERBS,
)
from reassure.evidence._stances.lexicon import (
    _DEPLOY,
    _NEEDS_TROOPS,
    _PASSIVE_GOING,
    _PLAN_NOUNS,
    _PLEDGE_NOUNS,
    _PROHIBIT,
    _QUOTES,
    APPROVAL_WORDS,
    FORCE_OBJECTS,
    LEAD_OBJECTS,
    LIMIT_WORDS,
    NEGATIONS,
    REJECT_OBJECTS,
    SUPPORT_OBJECTS,
    TAKING_A_STANCE,
    TALK_OBJECTS,
    TROOP_STANCES,
    TROOP_WORDS,
    WITHDRAWN,
    names_money,
)
from reassure.evidence._stances.negation import (
    _AGREE,
    _HOW_MUCH,
    _KEEP_PEACE,
    _MONEY_GIVING,
    _OFFERED,
    _PLEDGES,
    _READY_NOUNS_TOO,
    _REQUESTS,
    _WEIGHING,
    SENT_PEOPLE,
    TAKEN_BACK,
    _bare_object,
    _clause_ends,
    _object_of_weighing,
    _put_to_use,
    _some_of_them,
    _too_soon_before,
    money_offer,
    until_contrast,
)
from reassure.evidence._stances.owners import (
    _FORCE_NOUNS,
    _LABEL_FILLER,
    _OWN_TROOPS,
    _SIGN_VERBS,
    _including_by_sending,
    _others_force,
    _proposer_adjective,
)
from reassure.evidence._stances.phrasings import (
    _PROPOSED_GERUNDS,
    _TELLING_VERBS,
    _not_yet_for_want_of_peace,
)
from reassure.evidence._text import Sent


class _NextRule:
    """What a group of rules returns when none of them applies: the next group reads the cue."""


_NEXT = _NextRule()
_Verdict = str | None | _NextRule
_Rules = Callable[[list[str], Sent, int, int, set[str]], _Verdict]
_LastRules = Callable[[list[str], Sent, int, int, set[str]], str | None]


def _first_verdict(rules: tuple[_Rules, ...], last: _LastRules,
                   cue: list[str], sent: Sent, s: int, e: int, words: set[str]) -> str | None:
    """The verdict of the first group of ``rules`` that applies to the cue, else of ``last``
    (which always gives one)."""
    for rule in rules:
        verdict = rule(cue, sent, s, e, words)
        if not isinstance(verdict, _NextRule):
            return verdict
    return last(cue, sent, s, e, words)


def _classify(stance: str, sent: Sent, s: int, e: int, words: set[str]) -> str | None:
    """The stance a cue stands for in this sentence, or None when it is not about troops."""
    low = sent.lower
    cue = low[s:e]
    if _money_not_troops(stance, sent, s, e) or _too_soon_to_discuss(stance, cue, low, s) \
            or _another_mission(stance, low, e) or _coalition_name(cue, low, s) \
            or _others_force_possible(cue, low, e):
        return None
    if cue[0] == "before" and stance == "undecided" and cue[1:2] and cue[1] in TAKING_A_STANCE:
        return _stance_taken_later(low, e)
    if cue[-1] == "forward":  # (s58) "have put forward troops (a battalion of 500 soldiers)",
        # not "put forward a plan for a force", "put forward proposals on air defence"
        return _troops_put_forward(low, e)
    if _how_the_force_engages(cue, low, e):
        return None
    if stance in ("ready", "open") and (judged := judged_out_before(low, s)) is not None:
        return judged
    if stance in ("ready", "open") and _not_allowed_to(low, s):
        return "declines"  # (s69, rv69-own) "Japan said its constitution did not allow it to
        # join such a force": a sending barred, not offered
    if stance == "ready":
        return _ready_stance(cue, sent, s, e, words)
    if stance == "open":
        return _open_stance(cue, sent, s, e, words)
    if stance == "depends":  # "any contribution depends on a UN mandate"
        return _depends_stance(cue, sent, e, words)
    if stance == "undecided":
        return _undecided_stance(cue, sent, s, e, words)
    if stance == "declines":
        return _declines_stance(cue, sent, s, e, words)
    if stance == "leading":
        if cue[-1] == "by":
            return "leading" if any(w in LEAD_OBJECTS for w in low[max(0, s - 4):s]) else None
        return "leading" if any(w in LEAD_OBJECTS for w in low[e:e + 3]) else None
    if stance == "talks":  # "the talks ... involve Poland"
        return "talks" if any(w in TALK_OBJECTS for w in low[:s]) else None
    if stance == "constitution":
        return _constitution_stance(sent, words)
    if stance == "parliament":
        return _parliament_stance(sent, s, e, words)
    if stance == "rejects":
        return _rejects_stance(cue, sent, s, e, words)
    if stance == "supports":
        return "supports" if any(w in SUPPORT_OBJECTS for w in low[e:e + 4]) else None
    return None


def _money_not_troops(stance: str, sent: Sent, s: int, e: int) -> bool:
    """Money given to the force, not troops."""
    low = sent.lower
    cue = low[s:e]
    if stance in ("ready", "open") and cue[-1] in _MONEY_GIVING and money_offer(low[e:e + 4]) \
            and SENT_PEOPLE.isdisjoint(until_contrast(low[e:sent.clause_end(e)])):
        return True  # (s60) "will contribute financially to the force", "pledged 1 billion
        # euros": money, not troops
    return False


def _too_soon_to_discuss(stance: str, cue: list[str], low: list[str], s: int) -> bool:
    """A sending "too soon" to discuss: undecided only, read by its own cue."""
    if stance == "open" and cue[0] in _DISCUSS and _too_soon_before(low, s):
        return True  # 'was "too soon" to discuss sending its troops': undecided only (s15)
    return False


def _another_mission(stance: str, low: list[str], e: int) -> bool:
    """A part in another mission than the force: a UN one, or training soldiers."""
    if stance in TROOP_STANCES and {"un", "u.n."} & set(low[e:e + 3]):
        return True  # "participation in UN peacekeeping operations": another mission
    if stance in TROOP_STANCES and _training_mission(low, e):
        return True  # "takes part in an EU mission that trains Ukrainian soldiers" (s13)
    return False


def _coalition_name(cue: list[str], low: list[str], s: int) -> bool:
    """The name "coalition of the willing": no one's willingness."""
    if cue[0] == "willing" and low[max(0, s - 2):s] == ["of", "the"]:
        return True  # 'leading a "coalition of the willing" to send troops': a name (15j)
    return False


def _others_force_possible(cue: list[str], low: list[str], e: int) -> bool:
    """The possibility of sending a force of others, not the speakers' own troops."""
    if "possibility" in cue and cue[-1] in ("sending", "deploying", "dispatching", "stationing") \
            and _others_force(low, e):
        return True  # (s61) "mentioned the possibility of sending a multinational force": a
        # force of others, not the speakers' own troops (§5, as for a plan; 15x)
    return False


def _stance_taken_later(low: list[str], e: int) -> str | None:
    """A stance still to take ("before taking a stance on"): undecided on the troops named
    after it."""
    # (s61) "before taking a stance on Danish soldiers in Ukraine": undecided on the troops
    # named after it, not on "the peace plan"
    after = low[e:e + 8]
    return "undecided" if after[:1] in (["on"], ["about"], ["regarding"]) and (
        not (TROOP_WORDS | _OFFERED | {"sending", "deploying", "deployment", "participation",
                                       "contingent", "force", "mission"}).isdisjoint(after)) \
        else None


def _troops_put_forward(low: list[str], e: int) -> str | None:
    """Troops "put forward": ready when troops (or a unit) follow and none serve elsewhere."""
    troops = TROOP_WORDS | {"battalion", "brigade", "company", "contingent", "contingents"}
    k = e
    while k < len(low) and k < e + 4 and (low[k] in _PUT_FORWARD_FILL or low[k][:1].isdigit()):
        k += 1  # "a (mechanised) battalion of 500", "about 2,000 troops", "its own troops"
    if k >= len(low) or low[k] not in troops or _elsewhere(low):
        return None  # (second review s58) not "a model without troops", "guarantees, not
        # troops", "no troops so far", "requirements for troops", "troops for the NATO
        # mission in Romania"
    return "ready"


def _how_the_force_engages(cue: list[str], low: list[str], e: int) -> bool:
    """How the force would act ("engage directly", "in combat", "with Russian troops"), not who
    sends it."""
    if cue[-1] == "engage" and (low[e:e + 1] in (["directly"], ["with"])
                                or low[e:e + 2] in (["in", "combat"], ["in", "fighting"],
                                                    ["in", "direct"], ["in", "hostilities"])
                                or not {"russian", "russia", "enemy"}.isdisjoint(low[e:e + 3])):
        return True  # (s58) "these forces would not engage directly with Russian troops": how
        # the force would act, not who sends it
    return False


def _ready_stance(cue: list[str], sent: Sent, s: int, e: int, words: set[str]) -> str | None:
    """A "ready" cue: the offer it names, or None when what it gives is no troops, or when it is
    the object of another cue (which reads it)."""
    return _first_verdict((_ready_what_is_given, _ready_acts_and_agents, _ready_proposals_and_plans,
                           _ready_object_of_another_cue, _ready_taking_part_or_pledging),
                          _ready_sending_verbs, cue, sent, s, e, words)


def _ready_what_is_given(cue: list[str], sent: Sent, s: int, e: int, words: set[str]) -> _Verdict:
    """What the offer gives: bases, planning, a part played, a peace brought or helped."""
    low = sent.lower
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
    return _NEXT


def _ready_acts_and_agents(cue: list[str], sent: Sent, s: int, e: int, words: set[str]) -> _Verdict:
    """Readiness for involvement, for operations, to act; a passive's agent."""
    low = sent.lower
    last = cue[-1]
    if last == "for":  # "have shown readiness for involvement" (S14, 15v)
        obj = [w for w in low[e:e + 4] if w not in _QUOTES and w not in ("a", "the", "any")]
        return "ready" if obj[:1] and (obj[0] in FORCE_OBJECTS - {"plan"} or (
            obj[0] in _PLEDGE_NOUNS and words & TROOP_WORDS)) else None
    if last in ("conduct", "carry", "undertake", "out", "in") and cue[0] in ("will", "would") and \
            not any(m.end == s or m.end < s and low[m.end] in _OWN_TROOPS | _CONTINGENTS
                    for m in sent.free_mentions(sent.clause_start(s), s)):
        return None  # (s62) "British troops would engage in ...", "the UK will carry out ...":
        # a nation or its troops the subject
    if last in ("conduct", "carry", "undertake", "out", "in") and (
            cue[1:2] == ["to"] or cue[0] in ("will", "would")):
        # (s61) "ready to carry out reassurance (stabilising) operations": the force's own
        # operations, their kind named before "operations"; not "conduct talks", "carry out
        # strikes", "carry out reforms"
        obj = [w for w in low[e:e + 5] if w not in ("the", "a", "any", "such")]
        at = next((k for k, w in enumerate(obj) if w in ("operations", "operation", "missions",
                                                          "mission", "patrols")), None)
        if at is None and obj[:1] and obj[0] in ("duty", "task", "role") and \
                not {"observing", "monitoring"}.isdisjoint(obj[1:3]) and \
                not {"ceasefire", "cease-fire", "truce"}.isdisjoint(low[e + 2:e + 7]) and \
                _ukraines_ceasefire(sent, e):
            return "ready"  # (s72) "ready to undertake the duty for observing the ceasefire in
            # Ukraine": the monitoring a force (or its observers) would do
        if at is None:
            return None
        # (the kind may come after a contrast: "ready to carry out operations, not at the
        # frontline, not provocatively, but reassurance operations")
        kinds = obj[:at] + [w for k, w in enumerate(low[e + at + 1:e + at + 14])
                            if low[e + at + 2 + k:e + at + 3 + k] == ["operations"]]
        return "ready" if not _FORCE_OPERATIONS.isdisjoint(kinds) else None
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
    return _NEXT


def _ready_proposals_and_plans(
        cue: list[str], sent: Sent, s: int, e: int, words: set[str],
) -> _Verdict:
    """Sending proposed, plans to deploy, troops that "will be deployed"."""
    low = sent.lower
    first, last = cue[0], cue[-1]
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
    return _NEXT


def _ready_object_of_another_cue(
        cue: list[str], sent: Sent, s: int, e: int, words: set[str],
) -> _Verdict:
    """The offer as the object of another cue: plans discussed, weighed, not ruled out or
    excluded; past experience; proposals."""
    low = sent.lower
    first = cue[0]
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
    return _NEXT


def _ready_taking_part_or_pledging(
        cue: list[str], sent: Sent, s: int, e: int, words: set[str],
) -> _Verdict:
    """Taking part, joining, pledging or committing: what the object is."""
    low = sent.lower
    first = cue[0]
    if first.startswith("particip") or first in ("take", "taking", "takes", "took", "taken"):
        if (first == "participation" or first in ("taking", "joining") and s > 0
                and low[s - 1] in TROOP_WORDS) and \
                any(w in FORCE_OBJECTS for w in low[e:e + 5]) and not _talk_object(low[e:e + 3]):
            said = predicate_stance(low, e)  # (s30) "... in the force was out of the question";
            if said is not None:  # (s66) "Finnish troops taking part in the force is not
                return said  # excluded": the predicate of the troops' taking part, too
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
            at = next((j for j in range(e + 1, e + 4) if low[j:j + 1] in (["force"], ["forces"])),
                      None)
            if at is not None and low[at + 1:at + 2] not in (["planning"], ["cell"], ["staff"],
                                                               ["headquarters"], ["talks"]):
                return "ready"  # (s63) "join the coalition's force in Ukraine": the force
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
    return _NEXT


def _ready_sending_verbs(cue: list[str], sent: Sent, s: int, e: int, words: set[str]) -> str | None:
    """Matching a pledge, joining, taking part, sending or contributing: the troops or the force
    named near; else ready."""
    low = sent.lower
    first, last = cue[0], cue[-1]
    if last in ("match", "equal"):  # matching a pledge: its object, or troops, follow
        return "ready" if set(low[e:e + 3]) & (_OFFERED | _PLEDGES) or \
            _troops_near(sent, e, 6) or _matched_pledge(low[e:e + 5]) else None
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
        if low[e:e + 1] == ["neither"]:  # (s72) "will send neither weapons nor soldiers"
            return "declines" if _neither_nor_troops(low, e + 1) else None
        if (first in _AGREE or first in _WISH_VERBS) and _bare_object(low, e, words):
            return "ready"  # "agreed to contribute." (to the force the report is about)
        if first in _READY_NOUNS_TOO and (_clause_ends(low, e) or low[e:e + 2] == [
                "in", "principle"] and _clause_ends(low, e + 2)) and not any(
                w in _NOT_TROOPS for w in low[e:e + 4]):
            return "ready"  # '"We are, in principle, ready to participate," ... said'

        if "same" in low[e:e + 4] and _troops_near(sent, e, 14):
            return "ready"  # "will contribute about the same amount as the UK - between
            # 5,000 and 10,000 troops" (S12, 15v)
        return "ready" if _troops_near(sent, e, 7) or _some_of_them(low, e, words) or \
            _more_of_the_troops(low, s, e) or (
            last in _DEPLOY_BARE and _onto_ukraine(low, e) and s > 0 and
            low[s - 1] not in ("which", "that", "who")) else None  # (s55) "will deploy on
        # Ukrainian soil" (not "a contingent ... which would deploy in Ukraine": a plan's)
    return "ready"


_MORE = frozenset({"more", "additional", "further", "extra"})


def _more_of_the_troops(low: list[str], s: int, e: int) -> bool:
    """(s74) "has 900 troops in Estonia and is ready to send more to Ukraine": "more" with its
    noun left out, a figure of troops the clause before names (not "trained thousands of
    Ukrainian soldiers", "sent 100 troops to Lithuania and will send more if needed")."""
    return low[e:e + 1] != [] and low[e] in _MORE and low[e + 1:e + 3] in (
        ["to", "ukraine"], ["into", "ukraine"]) and any(
            w in TROOP_WORDS and any(x[:1].isdigit() for x in low[max(0, k - 3):k])
            and "ukrainian" not in low[max(0, k - 2):k] for k, w in enumerate(low[:s]))


def _open_stance(cue: list[str], sent: Sent, s: int, e: int, words: set[str]) -> str | None:
    """An "open" cue: a sending weighed, kept possible or hedged; None when what is weighed is not
    troops."""
    return _first_verdict((_open_hedged_or_judged, _open_what_is_weighed), _open_to_what,
                          cue, sent, s, e, words)


def _open_hedged_or_judged(cue: list[str], sent: Sent, s: int, e: int, words: set[str]) -> _Verdict:
    """A presence, such a move, every option kept, a judgement, a discussion, a hedge ("could")."""
    low = sent.lower
    if cue[-1] in ("involvement", "participation") and low[e:e + 1] == ["of"] and \
            "in" in low[e + 2:e + 4] and not _SUPPORT_ROLE.isdisjoint(low[e + 3:e + 7]) and \
            FORCE_OBJECTS.isdisjoint(low[e + 3:e + 8]):
        return None  # (s72) "the possible involvement of troops in some "support" activities":
        # a support role weighed, not a sending
    if "presence" in cue:  # (s58) "could have a military presence in
        # Ukraine": not a presence elsewhere
        return "open" if low[e:e + 1] in (["ukraine"], ["ukrainian"]) else None
    if "such" in cue and cue[-1] in ("move", "step", "deployment"):
        return "open" if words & TROOP_WORDS else None  # (s55) "indicated the possibility
        # of such a move" after the sending its sentence names
    if cue[-1] in ("out", "option", "options", "scenario", "scenarios", "table", "open",
                   "available", "possible") and (cue[0] in _KEPT_OPEN or cue[1:2] != [] and
                                                 cue[1].startswith("discard")):
        return "open" if words & TROOP_WORDS else None  # (s31) every option kept
    if cue[0] in ("considers", "consider", "considered", "considering") and \
            low[e:e + 1] == ["it"] and low[e + 1:e + 2] in (["possible"], ["conceivable"]) and \
            _troops_near(sent, e + 2, 9):
        return "open"  # (s72, set 159) "considers it possible to "send experts or even troops"":
        # the sending weighed possible
    if cue[0] in ("considers", "consider", "considered", "considering") and \
            low[e:e + 1] == ["it"] and "to" in low[e + 2:e + 8]:
        return None  # "considers it too risky to send ground forces": a judgement of the
        # sending, not weighing it (15zb)
    if cue[0] in ("considers", "consider", "considered") and _complement_after(low, e):
        return None  # (s42) "he considers a strong Ukrainian army the best guarantee": a
        # judgement of something else, no weighing of a sending
    if cue[0] in ("considers", "consider", "considered"):
        judged = judgement_after(low, e)
        if judged == "none":
            return None
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
    return _NEXT


_AID_AFTER = frozenset({"aid", "sanctions", "energy", "weapons", "arms", "money", "funding",
                        "jets", "aircraft", "equipment", "ammunition", "support", "policing"})


def _what_it_could_offer(words: list[str]) -> bool:
    """(s68) "what it could offer", "what they might contribute": the nation weighing its own
    part (not "what the mission is")."""
    if not (words[1:2] in (["it"], ["they"], ["we"]) and words[2:3] in (
            ["could"], ["can"], ["might"], ["would"], ["will"]) and words[3:4] in (
            ["offer"], ["contribute"], ["send"], ["provide"])):
        return False
    end = next((k for k in range(4, len(words)) if words[k] in (".", ",", ";", "but", "and")), len(words))
    after = set(words[4:end])
    # (s68 review) the offer's own clause ends there or names the force or troops, and names no
    # aid, hardware or condition ("what it could offer Ukraine in energy aid", "... if ...")
    return not after & (_AID_AFTER | {"if", "unless"}) and (
        end == 4 or not after.isdisjoint(TROOP_WORDS | {"force", "coalition", "mission"})
        and "air" not in after)


def _request_to_join(low: list[str], at: int) -> bool:
    """(s68) A request from the force or to join it right after "request": "any request to join
    the force", "a request from the coalition" -- not "any request for financial support for the
    coalition"."""
    nxt = low[at:at + 3]
    return nxt[:2] in (["to", "join"], ["to", "participate"], ["to", "contribute"]) or \
        nxt[:2] == ["to", "take"] and low[at + 2:at + 3] == ["part"] or \
        nxt[:1] == ["from"] and not {"coalition", "force", "mission"}.isdisjoint(nxt[1:])


def _open_what_is_weighed(cue: list[str], sent: Sent, s: int, e: int, words: set[str]) -> _Verdict:
    """A bare weighing verb ("considering"): what it weighs."""
    low = sent.lower
    if low[max(0, s - 2):s] in (["asked", "to"], ["invited", "to"], ["urged", "to"], ["pressed", "to"]):
        return None  # (s68, rv68b-own) "the Netherlands and Luxembourg were asked to consider a
        # contribution": others' request, not their weighing
    if len(cue) == 1:  # "considering sending troops", "weighing a contribution"
        k = e
        while low[k:k + 1] in (["its"], ["their"], ["our"], ["own"]):
            k += 1
        if k > e and low[k:k + 1] in (["contribution"], ["participation"]) and (
                _clause_ends(low, k + 1) or low[k + 1:k + 3] == ["to", "the"]
                and low[k + 3:k + 4] != [] and low[k + 3] in FORCE_OBJECTS):
            return "open"  # (s69, rv69-own) "Belgium has said it is considering its own
            # contribution"
        obj = [w for w in low[e:e + 4] if w not in _QUOTES][:2]
        if obj[:1] == ["what"] and _what_it_could_offer([w for w in low[e:e + 14] if w not in _QUOTES]):
            return "open"  # (s68, rv68b-own) 'Finland was "considering" what it could offer'
        if obj[:1] and obj[0] in _WH_WORDS:
            return None  # "we have to consider what the mission is" (15s)
        asked = obj[1:2] if obj[:1] in (["a"], ["any"], ["the"], ["such"]) else obj[:1]
        if asked and asked[0] in _REQUESTS:  # "would consider requests to participate", (s68)
            # "would consider a request from the coalition", "any request to join the force"
            at = e + (obj[:1] != asked) + 1  # the words after the request
            return "open" if _troops_near(sent, e, 10) or _request_to_join(low, at) else None
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
    return _NEXT


def _open_to_what(cue: list[str], sent: Sent, s: int, e: int, words: set[str]) -> str | None:
    """Potential participation, "open to", "part of": the troops or the force named."""
    low = sent.lower
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
        bare = 2 if low[e:e + 2] == ["taking", "part"] else 1
        if low[e:e + 1] and low[e] in ("participating", "contributing", "taking") and \
                _clause_ends(low, e + bare) and not words.isdisjoint(
                    TROOP_WORDS | {"deployment", "deploying", "force", "mission"}):
            return "open"  # (s72) "has said it is open to participating, but any Dutch
            # deployment would need ...": taking part in the sending the sentence names
        req = [w for w in low[e:e + 3] if w not in ("a", "any", "the")]
        if req[:1] in (["request"], ["requests"]):
            at = low.index(req[0], e) + 1
            return "open" if _request_to_join(low, at) or (
                low[at:at + 2] in (["from", "ukraine"], ["from", "kyiv"])
                and low[at + 2:at + 3] != ["for"]  # (review s69: "for drones and ammunition")
                and not words.isdisjoint(TROOP_WORDS | {"peacekeepers", "peacekeeping"})
            ) else None  # (s69, set 141) "signaled his country's openness to requests from
            # Ukraine", the peacekeepers named in the sentence
        return "open" if _troops_near(sent, e, 8) or {"idea", "sending"} & set(low[e:e + 4]) \
            or (_PLEDGE_NOUNS & set(low[e:e + 8]) and _troops_near(sent, e, 12)
                and TALK_OBJECTS.isdisjoint(low[e:e + 3])) else None
        # ('"open to consideration" of the country's involvement in any peacekeeping
        # process': a pledge noun, then the troops; 15t)
    if cue[-1] == "of":  # "Czech soldiers could be part of a mission"
        return "open" if set(low[e:e + 4]) & FORCE_OBJECTS else None
    return "open" if _troops_near(sent, e, 6) or _joining_ceasefire_monitoring(low, e) else None


def _neither_nor_troops(low: list[str], k: int) -> bool:
    """(s72) After "neither" (at ``k``), a "nor" within five words and troops named by then or
    just after it ("neither weapons nor soldiers")."""
    nor = next((j for j in range(k, min(len(low), k + 5)) if low[j] == "nor"), None)
    return nor is not None and not TROOP_WORDS.isdisjoint(low[k:nor + 4])


_JOINING = frozenset({"joining", "join", "participating", "participate", "taking"})


def _ukraines_ceasefire(sent: Sent, e: int) -> bool:
    """(review s72) The ceasefire after ``e`` is Ukraine's (no other place or party named
    after the cue, the sentence names Ukraine) and monitored by troops (not "with civilian
    monitors")."""
    low = sent.lower
    clause = low[e:next((k for k in range(e, len(low)) if low[k] in (";", ".")), len(low))]
    return "ukraine" in clause and "between" not in clause and "civilian" not in clause and \
        not any(m.start >= e and m.iso3 not in ("UKR", "RUS") and m.start < e + len(clause)
                for m in sent.mentions)


def _joining_ceasefire_monitoring(low: list[str], e: int) -> bool:
    """(s72) "are considering the possibility of joining the monitoring of a ceasefire regime":
    a part in monitoring the ceasefire weighed (the force's or its observers' task)."""
    near = low[e:e + 10]
    j = next((k for k, w in enumerate(near) if w in _JOINING), None)
    if j is None:
        return False
    m = next((k for k in range(j + 1, min(len(near), j + 5)) if near[k] in (
        "monitoring", "observing", "observation")), None)
    return m is not None and not {"ceasefire", "cease-fire", "truce"}.isdisjoint(near[m + 1:m + 5]) \
        and all(w in ("the", "a", "in", "of") for w in near[j + 1:m])  # (review s72: not
    # "joining talks on monitoring a ceasefire")


def _depends_stance(cue: list[str], sent: Sent, e: int, words: set[str]) -> str | None:
    """A "depends" cue: open when about troops (the condition is read after)."""
    low = sent.lower
    if cue[-2] in ("conditions", "preconditions"):  # "sets three conditions to join"
        return "open" if _troops_near(sent, e, 4) or not {
            "join", "joining", "sending", "send", "deploying", "deploy", "participate",
            "participating", "participation", "deployment"}.isdisjoint(low[e:e + 2]) else None
    if cue[0].startswith("pre"):  # "a precondition for sending troops" (15t)
        return "open" if _troops_near(sent, e, 4) or {"sending", "deploying", "deployment",
                                                      "participation", "participating"} \
            & set(low[e:e + 3]) else None
    return "open" if words & TROOP_WORDS | {"contribution", "participation"} else None


_WHEN_LATER = _LATER - {"only"} | {"appropriate", "due", "right"}  # "at the appropriate time"


def _decision_put_off(low: list[str], e: int) -> bool:
    """(s62) "would decide on its military contribution at the appropriate time", "will take a
    decision about its contribution when the conditions of the ceasefire are known": a decision
    on its own part (a pledge noun within four words after the cue), then put off (a word of
    later within ten)."""
    return not _PLEDGE_NOUNS.isdisjoint(low[e:e + 5]) and not _WHEN_LATER.isdisjoint(low[e:e + 10])
    # (s69, rv69-own: five words, "would decide on its own military involvement only once ...")


def _or_whether_troops(low: list[str], e: int) -> bool:
    """(s64) "too early to discuss numbers or even whether German troops would be on the
    ground": the sending itself is put off, beside its details."""
    k = next((j for j in range(e, min(len(low), e + 10)) if low[j] == "whether"), None)
    return k is not None and low[k - 1] in ("or", "even", "about") and "or" in low[e:k] and \
        not TROOP_WORDS.isdisjoint(low[k + 1:k + 6])


def _undecided_stance(cue: list[str], sent: Sent, s: int, e: int, words: set[str]) -> str | None:
    """An "undecided" cue: a decision put off on the troops or a pledge."""
    low = sent.lower
    if cue[0] == "prematurely" and _GUESSING & set(low[max(0, s - 6):s]):
        return None  # (s47) "cautioning against speculating on outcomes prematurely": a
        # warning about guesses, not the nation's decision put off
    if cue[0] in ("no", "wrong", "inappropriate") and cue[-1] in TALKING_VERBS and \
            not (_DETAILS | WHEN_OR_WHERE).isdisjoint(low[e:e + 6]):
        return None  # (s69) "no point in discussing the size of the force", (review s69) "wrong
        # to discuss the timing of a deployment": its details
    if cue[0] == "without" or cue[-1] == "to":  # "without committing to sending its
        # troops", "an unsuitable time to discuss sending troops" (15v)
        return "undecided" if _troops_near(sent, e, 6) else None
    if cue[0] == "too" and not _DETAILS.isdisjoint(low[e:e + 6]) and not _or_whether_troops(low, e):
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
        if not _HOW_MUCH.isdisjoint(low[sent.clause_start(s):s]):
            return None  # (s66) "the size of Canada's contribution would be decided later":
            # how much, not whether (as "decided on the size", 15d)
        return "undecided" if words & (TROOP_WORDS | _PLEDGE_NOUNS) else None
    if cue[-1] in ("decide", "determine") or cue[-1] == "decision" and cue[0] in ("will", "would"):
        # a decision put off until later (s62: "will take a decision about its contribution
        # when ...")
        if "yet" in cue and _clause_ends(low, e):
            # (s56) "France has offered troops, while Italy has yet to decide": the
            # clause's whole answer, on the troops the sentence names
            return "undecided" if words & TROOP_WORDS else None
        if _HOW_MUCH & set(low[e:e + 5]):
            return None  # "would decide on the size of its contribution": it will send
        if not (cue[1:2] == ["only"] or low[e:e + 1] == ["whether"]) and \
                not _decision_put_off(low, e):
            return None
        return "undecided" if words & (TROOP_WORDS | _PLEDGE_NOUNS) else None
    if cue[-1] in ("uncertain", "unclear", "question"):
        # "the participation of the Netherlands remains uncertain"
        lo = sent.clause_start(s)
        before = set(low[lo:s])
        if before & {"specifics", "details", "shape", "scope", "form", "nature"} or any(
                low[k] in _PLEDGE_NOUNS and (low[k - 1] in ("u.s.", "american", "washington's",
                                                        "america's")
                                            or sent.tok(k - 1).text == "US")
                for k in range(max(lo, 1), s)):
            return None  # (s68, set 141) "While the specifics of U.S. involvement ... remain
            # uncertain, Macron and Zelenskyy confirmed ...": details, and the US's own part
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


_OFFER_NOUNS = frozenset({"offer", "pledge", "commitment", "promise", "plan", "plans"})
_SENT_NOUNS = frozenset({"troops", "soldiers", "forces", "peacekeepers", "sending", "deploying",
                         "deployment", "contingent", "boots"})
_SENDING_VERBS = frozenset({"send", "deploy", "contribute", "commit", "dispatch", "provide",
                            "station", "join", "participate"})


def _offer_taken_back(low: list[str], e: int, cue: list[str]) -> str | None:
    """An offer taken back ("declines") when what is taken back is an offer of troops: the offer
    noun, then nothing, "to" and a sending verb, or "of" and troops."""
    k = next((j for j in range(e - 1, min(len(low), e + 4)) if low[j] in _OFFER_NOUNS), None)
    if k is None:
        return None
    nxt = low[k + 1:k + 2]
    if nxt == ["to"]:
        return "declines" if low[k + 2:k + 3] and low[k + 2] in _SENDING_VERBS else None
    if nxt == ["of"]:
        after = low[k + 2:k + 7]
        return "declines" if not _SENT_NOUNS.isdisjoint(after) and not names_money(after) \
            else None
    return "declines"


def _declines_stance(cue: list[str], sent: Sent, s: int, e: int, words: set[str]) -> str | None:
    """A "declines" cue: a refusal of troops, or None when what is refused is something else."""
    return _first_verdict((_declines_what_is_refused, _declines_opposed_or_out),
                          _declines_off_the_table, cue, sent, s, e, words)


# (s69) talk of the sending put off ("no point in speculating", "wrong to discuss"), and the
# details of it that are no whether ("the timing of a deployment"); `find._talk_put_off` too
TALKING_VERBS = frozenset({"speculate", "speculating", "discuss", "discussing", "talk", "talking",
                           "debate", "debating", "comment"})
WHEN_OR_WHERE = frozenset({"timing", "timeline", "date", "dates", "where", "when", "location",
                           "locations", "how"})


_ALLOWING = frozenset({"allow", "allows", "allowed", "permit", "permits", "permitted"})


def _not_allowed_to(low: list[str], s: int) -> bool:
    """The cue at ``s`` is what a negated "allow" (permit) bars: "did not allow it to join"."""
    if low[s - 1:s] != ["to"]:
        return False
    return any(low[k] in _ALLOWING and not NEGATIONS.isdisjoint(low[max(0, k - 3):k])
               for k in range(max(0, s - 5), s - 1))


def refused_to_commit_bare(low: list[str], s: int, e: int) -> bool:
    """(s69) "refused (declined) to commit", with nothing committed: the clause ends, or a
    saying follows ("refused to commit, stating ...")."""
    if low[e - 1] != "commit" or low[s] not in ("refused", "declined", "refuses", "declines"):
        return False
    if low[e:e + 2] in ([",", "saying"], [",", "stating"]):
        # (review s69: not "refused to commit, saying Germany would not send soldiers")
        return NEGATIONS.isdisjoint(low[e + 2:]) and "never" not in low[e + 2:]
    return _clause_ends(low, e)


def _declines_what_is_refused(
        cue: list[str], sent: Sent, s: int, e: int, words: set[str],
) -> _Verdict:
    """What the refusal is of: an idea, a sending, a vote, a premise, a number, the draft, a deal,
    a share in the force."""
    low = sent.lower
    if cue[-2:] == ["sending", "neither"]:  # (s72) "we are sending neither weapons nor soldiers"
        return "declines" if _neither_nor_troops(low, e) else None
    if cue[-1] == "never" and cue[0] in ("saying", "say", "says"):
        return "declines" if words & TROOP_WORDS and low[e:e + 1] in (
            [","], ["'"], ["’"], ["”"], ['"'], ["–"], ["—"], ["-"], ["."]) else None  # (s72)
        # "countries saying 'never'": a bare refusal of the sending the sentence names
    if cue == ["not", "an", "option"]:  # (s67, a reviewer's probes) "Sending Italian troops to
        # Ukraine is not an option": the troops (or their sending) the clause opens with; not a
        # mission ("a UN mission is not an option") nor a sending on terms ("without a US
        # backstop": the condition's rules read it)
        head = low[sent.clause_start(s):s]
        return "declines" if not _SENT_NOUNS.isdisjoint(head) and "without" not in head \
            else None
    if refused_to_commit_bare(low, s, e):
        return None  # (s69, set 103) "Merz refused to commit, stating that some issues are
        # too complex": an answer withheld, not troops refused ("refused to commit troops");
        # undecided on the force named before (`_force_named_before`)
    if cue[0] in ("deny", "denied", "denies", "denying") and low[s - 2:s] == ["confirm", "or"]:
        return None  # (s69, set 103) "asked Merz to confirm or deny Germany's involvement": a
        # question put to him, no denial
    if cue[0] in TAKEN_BACK:  # (s67, a reviewer's probes) "withdrew the offer", "backed away
        # from the pledge": an offer taken back, unless what was offered is money, kit or
        # anything but troops ("backed away from plans to cut its defence budget")
        return _offer_taken_back(low, e, cue)
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
    if cue[0] in ("not", "no") and len(cue) == 2:  # "would provide logistics, but not (no) troops"
        return "declines" if low[s - 1:s] == ["but"] and not words.isdisjoint(
            _DEPLOY | {"providing", "sending", "offer", "offered"}) else None
    return _NEXT


def _declines_opposed_or_out(
        cue: list[str], sent: Sent, s: int, e: int, words: set[str],
) -> _Verdict:
    """Opposed, resisted, staying out, out of the question, not under consideration."""
    low = sent.lower
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
        if cue[-1] == "no" and low[e:e + 1] != [] and low[e] in _COMPARED:
            return None  # (s73, a journalist's reading) "a German contribution would be no more
            # than 5,000 soldiers": a ceiling on the offer, no refusal
        return "declines" if _troops_near(sent, e, 4) else None
    if cue[-1] in ("consideration", "considered", "contemplated", "discussed", "planned") \
            and cue[0] in ("not", "n't"):
        # (s35) "sending German troops is not currently under consideration": as "not on
        # the table", the topic's troops or pledge noun before it
        topic = set(low[sent.clause_start(s):s])
        refused = words & TROOP_WORDS or (
            _PLEDGE_NOUNS & topic and not TALK_OBJECTS & topic) or \
            {"decision", "deployment"} & topic
        if topic & _AID_NOT_TROOPS and not topic & (TROOP_WORDS - {"military"}) and \
                not topic & (_PLEDGE_NOUNS | {"beyond", "besides", "except", "apart", "other"}):
            return None  # (s68, set 142) "halting military aid to Ukraine is not under
            # consideration": the aid, not a sending of troops
        if refused and _not_yet_for_want_of_peace(cue, low[e:e + 14]):
            return "undecided"  # (s42) "is not currently under consideration due to the
            # absence of a peace agreement": not before a peace, no refusal (two stories)
        return "declines" if refused else None
    return _NEXT


_COMPARED = frozenset({"more", "less", "fewer", "larger", "bigger", "greater", "higher",
                       "smaller", "lower", "longer", "later", "earlier", "sooner"})
_AID_NOT_TROOPS = frozenset({"aid", "assistance", "weapons", "arms", "funding", "sanctions",
                             "supplies", "ammunition"})


def _declines_off_the_table(
        cue: list[str], sent: Sent, s: int, e: int, words: set[str],
) -> str | None:
    """Off the table or agenda, no plans, not envisaged, ruled out: the troops named near."""
    low = sent.lower
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


def _constitution_stance(sent: Sent, words: set[str]) -> str | None:
    """A constitution's limit: conditional when troops are named."""
    low = sent.lower
    troopish = words & (TROOP_WORDS | {"deploy"})
    if troopish == {"force"} and "use of force" in " ".join(low):
        return None  # "only permits the use of force for self-defence": force as violence,
        # not a force sent (S7, 15v)
    if words & LIMIT_WORDS and troopish:
        return "conditional"
    return None


def _parliament_stance(sent: Sent, s: int, e: int, words: set[str]) -> str | None:
    """A parliament's approval or decision: conditional, or ready when taken."""
    low = sent.lower
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


_NO_OFFER_REPORTED = WITHDRAWN | {"not", "no", "ruled", "refused", "backed"}


def _rejects_stance(cue: list[str], sent: Sent, s: int, e: int, words: set[str]) -> str | None:
    """A rejection: of the force or plan, or of a nation's own troops."""
    low = sent.lower
    if _own_troops_refused(sent, e):
        return "declines"  # (s55) "Tusk outright rejected the idea of sending Polish
        # troops": a nation's own troops refused, not the force rejected
    if not _TALK_TOPICS.isdisjoint(low[e:e + 3]):
        return None  # "rejects premature debate on peacekeepers": the debate (S4, 15v)
    if cue[0] == "unacceptable":
        if any(m.iso3 == "RUS" and m.start < s for m in sent.mentions):
            return None  # (s72, set 158) "The Russian embassy in Canberra has made it clear that
            # any Australian involvement ... would be deemed unacceptable": Russia's judgement
        if low[e:e + 1] == ["to"] and any(e < m.start <= e + 3 for m in sent.mentions):
            return None  # (s42) "Starmer's proposed coalition ... is unacceptable to Vladimir
            # Putin": the refusal is the one named after "to", not the plan's proposers'
        if not _FIGURE_WORDS.isdisjoint(low[max(0, s - 5):s]):
            return None  # "recognised this figure as unacceptable": a number judged too
            # high for its army, not a refusal of the force (15t)
        return "rejects" if words & (TROOP_WORDS | {"presence"}) else None
    if (low[e:e + 1] != [] and low[e] in _RUMOURS or low[e:e + 1] in (["the"], ["a"]) and
            low[e + 1:e + 2] != [] and low[e + 1] in _RUMOURS) and \
            not _NO_OFFER_REPORTED.isdisjoint(low[e:e + 10]):
        return None  # (second review s74) "dismissed reports that it had abandoned its pledge":
        # reports of no offer denied, no plan rejected (not "rejects report claiming it is
        # willing to participate": the offer denied, a refusal)
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


# (s61) the kinds of operation that are the force's: reassurance, stabilisation, peacekeeping
_FORCE_OPERATIONS = frozenset({"reassurance", "stabilisation", "stabilization", "stabilising",
                               "stabilizing", "peacekeeping", "peace-keeping",
                               "monitoring", "deterrence", "deterrent"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def _matched_pledge(after: list[str]) -> bool:
    """(s61) Another nation's pledge as the thing matched: "a willingness to match the UK's
    contribution" is the matcher's own offer (the pledge's owner keeps what its noun gives it)."""
    at = next((k for k, w in enumerate(after) if w in _POSSESSIVE), None)
    return at is not None and at + 1 < len(after) and after[at + 1] in _PLEDGES
