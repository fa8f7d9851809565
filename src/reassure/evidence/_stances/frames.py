"""Sentence frames that give or take a stance around a cue: a question put and its
answer, taking part in a force named nearby, "too early" and "premature", a cabinet's approval,
exceptions ("every country but X"), warnings and signals from others, hedges, "as have X too",
an unsaid "if", and the agents of a passive refusal."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import replace

from reassure.evidence._gazetteer import HOST_AND_ADVERSARY
from reassure.evidence._stances.cue_clause import _CLAUSE_STOPS, _troops_near, asked_about_fighting
from reassure.evidence._stances.holders import (
    _DASHES,
    _DISCUSS,
    _EMBEDDED_Q,
    _REST_OF_LIST,
    STANCE_CONTEXT,
)
from reassure.evidence._stances.lexicon import (
    _MODALS,
    _NOT_CONTRIBUTORS,
    _PASSIVE_GOING,
    _PLAN_NOUNS,
    _QUOTES,
    DEPLOY,
    NEGATIONS,
    TROOP_STANCES,
    TROOP_WORDS,
    StanceHit,
    names_money,
)
from reassure.evidence._stances.negation import _REFUSE_TO, _for_now
from reassure.evidence._text import BOUNDARY_PUNCT, SPEECH, Mention, Sent

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



# (review s69) what the troops weighed are for: the force ("to monitor a ceasefire"), not another
# errand ("to evacuate their citizens from Sudan"); and nobody's claim about them ("the Kremlin
# said", "Russian state media claimed")
_FOR_THE_FORCE = frozenset({"ukraine", "ukrainian", "kyiv", "ceasefire", "cease-fire", "truce",
                            "peace", "force", "mission", "reassurance", "peacekeeping",
                            "coalition", "guarantee", "guarantees"})
_HEARSAY_WORDS = frozenset({"claimed", "claims", "claim", "alleged", "alleges", "allegedly",
                            "kremlin", "moscow"})


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
            elif low[j + 1:j + 2] and low[j + 1] in _COME_TROOPS and j > k + 1 and \
                    low[k - 1:k] in (["are"], ["is"], ["were"], ["was"]) and \
                    not _FOR_THE_FORCE.isdisjoint(low[j + 2:sent.clause_end(j + 1)]) and \
                    _HEARSAY_WORDS.isdisjoint(low) and not any(
                        m.iso3 in _NOT_CONTRIBUTORS and m.end <= k for m in sent.mentions):
                # (s69, set 138) "Britain and France are discussing the possibility of sending
                # troops": the nations themselves weighing it (not "met to discuss sending
                # troops", the talks; not "discussed deploying 30,000 troops", a plan's figure)
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
_BESIDES = (("besides",), ("apart", "from"), ("aside", "from"), ("other", "than"),
            ("in", "addition", "to"))
# (s71) what opens a sentence and adds its nations to the stance's ("Besides the United Kingdom
# and France, Australia ... have indicated they would be prepared to join": all of them)
_ADDING = (("besides",), ("in", "addition", "to"))


def _ellipsis_at(low: list[str], k: int) -> bool:
    """An ellipsis opens at token ``k``: ", as have X", ", and so is X", ", and neither will X",
    ", nor does X" (s22; s23 the last three), ", as will X", "; so is X" (s65)."""
    w = low[k]
    if k < 1 or k + 1 >= len(low):
        return False
    if w == "as":  # (s65) and the modals: ", as will Norway", ", as would Sweden"
        return low[k - 1] in (",", "(") and low[k + 1] in _SO_AUX
    return w in _SO_MARKS and low[k + 1] in _SO_AUX and (
        low[k - 1] == "and" and low[k - 2:k - 1] == [","] or w == "nor" and low[k - 1] == ","
        or low[k - 1] == ";")  # (s65) "Britain is ready to send troops; so is Norway"


_GAP_QUALIFIERS = frozenset({"about", "around", "some", "roughly", "nearly", "perhaps", "up",
                             "to", "another", "a", "further", "at", "least", "most"})


def _gapped_figure_at(sent: Sent, k: int) -> Mention | None:
    """(s65) The nation of a gapped clause opening at the comma (or the "and" after a figure)
    ``k`` ("..., Norway about 2,000." / ", Belgium 600 and the Netherlands some 1,000"): a nation,
    a few qualifiers, a figure, then the clause's end; only after a clause that gave a figure of
    its own (a parallel pair)."""
    low = sent.lower
    if not (low[k] == "," or low[k] == "and" and k >= 1 and sent.tok(k - 1).like_num) or \
            not any(sent.tok(j).like_num for j in range(k)):
        return None  # (", Belgium 600 and the Netherlands some 1,000": the next gap too)
    at = k + 2 if low[k + 1:k + 2] == ["the"] else k + 1  # ("the" inside the name or not)
    m = next((m for m in sent.mentions if m.start in (k + 1, at) and m.label == "NATION"), None)
    if m is None:
        return None
    j = m.end
    while j < len(low) and low[j] in _GAP_QUALIFIERS and j - m.end < 3:
        j += 1
    if j >= len(low) or not sent.tok(j).like_num:
        return None
    j += 1
    while j < len(low) and low[j] in ("troops", "soldiers", "personnel", "more"):
        j += 1
    return m if j >= len(low) or low[j] in (".", ",", ";", "and", "while", "but") else None


def _nation_then_aux_at(sent: Sent, k: int) -> Mention | None:
    """(s71) The nation of ", as Norway is." (", as Sweden has", ", as Finland does") at the "as"
    ``k``: an ellipsis closing its clause, the nation before its auxiliary."""
    low = sent.lower
    if low[k] != "as" or low[k - 1:k] != [","]:
        return None
    m = next((m for m in sent.mentions if m.start in (k + 1, k + 2) and m.label == "NATION"
              and (m.start == k + 1 or low[k + 1] == "the")), None)
    if m is None or low[m.end:m.end + 1] == [] or low[m.end] not in _SO_AUX:
        return None
    return m if low[m.end + 1:m.end + 2] in ([], ["."], [","], [";"], ["and"], ["but"]) else None


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
    other nations hold; (s65) the nation of a gapped clause ("Britain would send about 8,000
    troops, Norway about 2,000", `_gapped_figure_at`) with each troop stance a nation before it
    holds; the index of "as" ("so", "besides", the comma ...)."""
    low = sent.lower
    out: list[tuple[Mention, StanceHit, int]] = []
    inclusive = "only" in low or "also" in low  # "the only country besides X", "also"
    for k in range(len(low) - 2):
        width = _besides_at(low, k) if inclusive or k == 0 and any(
            tuple(low[:len(w)]) == w for w in _ADDING) else 0
        if width:
            first = next((m for m in sent.mentions if m.start in (k + width, k + width + 1)), None)
            if first is None or first.start == k + width + 1 and low[k + width] != "the":
                continue
            # the list after "besides" ("besides the UK, France is ...": not France)
            listed = [m for m in sent.coordinated(first)
                      if m.start >= first.start and m.governed == first.governed]
            end = max((m.end for m in listed), default=0)
            if listed and low[end:end + 2] in ([",", "which"], [",", "who"]):
                continue  # (review s71) "Besides Germany and Italy, which have refused, ...": a
                # clause of their own
            named = {m.iso3 for m in listed}
            held = [h for h in hits if h.stance in TROOP_STANCES and h.actor not in named]
            out += [(m, h, k) for m in listed if m.iso3 not in _NOT_CONTRIBUTORS for h in held]
            continue
        gapped = _gapped_figure_at(sent, k)
        if gapped is not None:  # (s65) "Britain would send about 8,000 troops, Norway about
            # 2,000": the verb and its stance gapped before the second nation's figure
            before = {m.iso3 for m in sent.mentions if m.end <= k}
            out += [(gapped, h, k) for h in hits if h.stance in TROOP_STANCES
                    and h.actor in before and gapped.iso3 not in _NOT_CONTRIBUTORS]
            continue
        after = _nation_then_aux_at(sent, k)
        if after is not None:  # (s71) "..., as Norway is.": the ellipsis with the nation first
            before = {m.iso3 for m in sent.mentions if m.end <= k}
            out += [(after, h, k) for h in hits if h.stance in TROOP_STANCES
                    and h.actor in before and after.iso3 not in _NOT_CONTRIBUTORS]
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
_ROLE_NOUNS = frozenset({"involvement", "backing", "backstop", "support", "guarantee",
                         "guarantees", "participation", "role", "security", "assurances",
                         "commitment", "air", "intelligence"})
_OPPOSES = frozenset({"opposes", "opposed", "oppose", "opposing"})
_REMOVING = frozenset("remove removes removing removed lift lifts lifting lifted scrap scraps "
                      "scrapping scrapped abolish abolishes abolishing abolished drop dropping "
                      "ease easing".split())
_REQUIREMENTS = frozenset({"restriction", "restrictions", "requirement", "requirements", "lock"})
_DETAILS = frozenset({"details", "detail", "size", "number", "numbers", "specifics", "format",
                      "composition", "shape"})
_OTHER_SENDERS = frozenset({"nato", "europe", "allies", "others", "other", "western", "european",
                            "europeans", "partners"})
_PREMISE_WORDS = frozenset({"ceasefire", "cease-fire", "truce", "peace", "armistice"})


def _before_the_premise(low: list[str], e: int) -> bool:
    """*before* / *until* / *without* a ceasefire (peace) right after a refusal's cue."""
    for k in range(e, min(len(low), e + 6)):
        if low[k] in ("before", "until", "without", "absent") and (
                k < e + 3 or low[e:k] in _SENT_WHERE):
            # (s73, a reviewer's probes) "will not send troops to Ukraine until a ceasefire is in
            # place": the object and its destination between the cue and "until"
            return not _PREMISE_WORDS.isdisjoint(w.strip('"“”') for w in low[k + 1:k + 5]) \
                and not _not_even_then(low[k + 1:k + 14])

    for k in range(e, min(len(low), e + 10)):
        if low[k] in (".", ";") or low[k] == "but" and low[k + 1:k + 2] != ["only"]:
            break  # (s47: "... 'tomorrow', but only after peace is achieved")
        if low[k] == "while" and not _WARTIME.isdisjoint(low[k + 1:k + 5]):
            return True  # (s31) "will not be sent while fighting is still going on": the war
        if low[k] in ("in", "under") and low[k + 1:k + 3] == ["the", "current"] \
                and low[k + 3:k + 4] in (["situation"], ["circumstances"]) or \
                low[k:k + 3] in (["in", "present", "circumstances"], ["under", "present", "conditions"]):
            return True  # (s67, set 138) Scholz's "out of the question that we would send troops
            # ... in the current situation" (the fighting): readers record no refusal of the force
        if low[k] == "only" and low[k + 1:k + 2] and low[k + 1] in ("once", "after", "when") \
                and not _PREMISE_WORDS.isdisjoint(w.strip('"“”') for w in low[k + 2:k + 8]) \
                and not (low[k - 1] == "but" and not _INVERTING.isdisjoint(low[k + 2:k + 9])):
            return True  # (s31) "would not deploy troops 'today', only once a peace deal is
            # signed": refused before the force's premise, which is no refusal of the force
    return False


def _not_even_then(low: list[str]) -> bool:
    """(s74) "..., and not even then" (after): the refusal outlasts the premise, a refusal."""
    return any(low[k:k + 3] == ["not", "even", "then"] or low[k:k + 4] == ["not", "even", "after", "that"]
               for k in range(len(low)))


_SENT_WHERE = (["troops", "to", "ukraine"], ["soldiers", "to", "ukraine"], ["forces", "to", "ukraine"],
               ["troops", "there"], ["soldiers", "there"], ["any", "troops"], ["its", "troops"],
               ["their", "troops"], ["ground", "troops"])
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


# (s58) the nations set apart from a group that has not done it: "Aside from the UK and France,
# no other leaders have publicly committed troops" (both committed); "the UK and France, the only
# two countries that have committed to taking part" (an apposition naming them the only ones)
_SET_APART = (("aside", "from"), ("apart", "from"), ("besides",), ("other", "than"),
              ("except", "for"), ("except",))


def _set_apart_opening(sent: Sent, m: Mention) -> bool:
    """``m`` is named in a set-apart opener followed by "no": "Apart from Britain (and France),
    no other country ..." (`set_apart`)."""
    low = sent.lower
    comma = next((k for k in range(m.end, len(low)) if low[k] == ","), None)
    return comma is not None and comma <= 12 and low[comma + 1:comma + 2] == ["no"] and any(
        tuple(low[k:k + len(o)]) == o for o in _SET_APART for k in range(min(4, m.start)))
