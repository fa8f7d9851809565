"""The stances in one sentence (`find_stances`): each cue the matcher found is classified
in its clause (`_classify`), given its holders and its condition, and kept or dropped; with the
checks the caller runs beside it (outside Ukraine, plans halted, a question embedded, rejected
by others)."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import replace

from reassure.evidence._gazetteer import HOST_AND_ADVERSARY
from reassure.evidence._stances.clause_shapes import (
    _FORCE_CONTEXT,
    _RELUCTANCE_CONTEXT,
    _THIS_MATTER,
    _TROOP_HEADS,
    _bare_reluctance,
    _set_after,
    bare_taking_part,
    pronoun_after_contrast,
)
from reassure.evidence._stances.conditions import (
    _FIGURE_WORDS,
    _condition_named,
    _condition_of,
    _kept_on_terms,
    _premise_only,
    _required_before,
)
from reassure.evidence._stances.cue_clause import (
    _AWAITED,
    _BARE_TAKING_PART,
    _CONSCRIPTION,
    _DENIED_THAT,
    _DEPLOY_BARE,
    _ENVISAGE,
    _EXCLUDING,
    _GIVING,
    _GUESSING,
    _HEDGES,
    _HOSTED,
    _KEPT_OPEN,
    _MAYBE_NOUN,
    _NO_COMMENT,
    _NOT_TROOPS,
    _ONLY_ON_TERMS,
    _OTHER_RULED_OUT,
    _PLANNED,
    _PRESENCE_OF_TROOPS,
    _PUT_FORWARD_FILL,
    _REPORTED_BY,
    _ROLE_IN,
    _RULE_WORDS,
    _SETTLEMENTS,
    _TALK_TOPICS,
    _TRAINERS,
    _VOTE_WORDS,
    _WH_WORDS,
    _after_relative,
    _bare_participation,
    _by_sending_troops,
    _complement_after,
    _debate_refused,
    _denial_governs,
    _denied_after,
    _denied_before,
    _earlier_clauses,
    _elsewhere,
    _estimated_before,
    _excluded_object,
    _hoped_for,
    _judged_after,
    _listed_noun,
    _onto_ukraine,
    _operations,
    _own_troops_refused,
    _owned_by_subject,
    _participle_speaker,
    _promise_withheld,
    _set_against,
    _share_in_force,
    _support_not_troops,
    _talk_object,
    _told_audience,
    _training_mission,
    _troops_before_but,
    _troops_near,
    combat_only,
    former_reporter,
    home_territory,
    judgement_after,
    only_on_nato_soil,
    predicate_stance,
    reported_by_others,
    told_person,
)
from reassure.evidence._stances.frames import (
    _ATTACK_WORDS,
    _COMMITTED,
    _CONTINGENTS,
    _DETAILS,
    _LATER,
    _OPPOSES,
    _OTHER_SENDERS,
    _PREMISE_WORDS,
    _REMOVING,
    _REQUIREMENTS,
    _ROLE_NOUNS,
    _SAID_TO_BE,
    _SUCH_MOVE,
    _WHEN,
    HARM_WORDS,
    _adversary_agent,
    _agents_after,
    _before_the_premise,
    _elliptic_subject,
    _list_tail_others,
    _not_yet,
    _untold_if,
    _yet_to,
    redeployed_from,
    too_soon_to_speak_of,
)
from reassure.evidence._stances.holders import (
    _DISCUSS,
    _EMBEDDED_Q,
    _GROUP_NOUNS,
    _OUTSIDE_GOVERNMENT,
    _PROMISES,
    _QUESTIONS,
    _RECOMMEND,
    _UNNAMED_LIST_TAIL,
    _WISH_VERBS,
    _WISHES,
    OUTSIDE_VOICES,
    STANCE_CONTEXT,
    _asked_before,
    _asked_if,
    _group_subject,
    _listed_with,
    _orphan_kind,
    _others_reported,
    _outsider_said_of,
    _own_bloc,
    _pair_named_before,
    is_question,
    opposition_speaks,
    outside_government,
    said_by_outsider_after,
    with_list_only,
)
from reassure.evidence._stances.lexicon import (
    _DEMONYM_NATION,
    _DENIED_POSSIBILITY,
    _DEPLOY,
    _IF_WORDS,
    _NEEDS_TROOPS,
    _NOT_CONTRIBUTORS,
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
    STANCES,
    SUPPORT_OBJECTS,
    TAKING_A_STANCE,
    TALK_OBJECTS,
    TROOP_STANCES,
    TROOP_WORDS,
    Orphan,
    StanceHit,
    cue_at,
    names_money,
)
from reassure.evidence._stances.negation import (
    _AGREE,
    _CONSIDERED,
    _CONTRAST,
    _GIVEN_UP,
    _HOW_MUCH,
    _KEEP_PEACE,
    _MONEY_GIVING,
    _OFFERED,
    _PLEDGES,
    _POSITIVE_TO_NEGATED,
    _READY_NOUNS_TOO,
    _READY_WORDS,
    _REFUSE_TO,
    _RELUCTANT,
    _REQUESTS,
    _WARMING,
    _WEIGHING,
    SENT_PEOPLE,
    _bare_object,
    _clause_ends,
    _clause_speaker,
    _for_now,
    _given_as_reason,
    _hedged,
    _kept_unless,
    _negated,
    _not_before_verb,
    _object_of_negated_refusal,
    _object_of_weighing,
    _others_part_after,
    _own_sending_after,
    _put_off,
    _put_to_use,
    _refused_offer,
    _some_of_them,
    _too_soon_before,
    _unless_after,
    money_offer,
    statement_withheld,
    until_contrast,
    without_required,
)
from reassure.evidence._stances.owners import (
    _FORCE_NOUNS,
    _LABEL_FILLER,
    _OWN_TROOPS,
    _OWNED_PLEDGES,
    _SIGN_VERBS,
    _WEIGHS_SUCH,
    _apposed_nations,
    _bare_intent,
    _dashed_members,
    _described_group_members,
    _group_after_cue,
    _included_after,
    _including_by_sending,
    _nation_said_we,
    _not_among,
    _others_force,
    _own_troops_after,
    _participation_of,
    _passive_signers,
    _plan_of,
    _possessor_list,
    _possibility_of_troops,
    _pronoun_back,
    _proposer_adjective,
    _signed_deployment,
    _signers,
    _titled_speaker_country,
    _we_send_own,
    others_about,
    too_much_to,
)
from reassure.evidence._stances.phrasings import (
    _PROPOSED_GERUNDS,
    _TELLING_VERBS,
    _after_coalition_name,
    _detail_after,
    _not_yet_for_want_of_peace,
)
from reassure.evidence._text import SPEECH, Mention, Sent


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
    if "possibility" in cue and cue[-1] in ("sending", "deploying", "dispatching", "stationing") \
            and _others_force(low, e):
        return None  # (s61) "mentioned the possibility of sending a multinational force": a
        # force of others, not the speakers' own troops (§5, as for a plan; 15x)
    if cue[0] == "before" and stance == "undecided" and cue[1:2] and cue[1] in TAKING_A_STANCE:
        # (s61) "before taking a stance on Danish soldiers in Ukraine": undecided on the troops
        # named after it, not on "the peace plan"
        after = low[e:e + 8]
        return "undecided" if after[:1] in (["on"], ["about"], ["regarding"]) and (
            not (TROOP_WORDS | _OFFERED | {"sending", "deploying", "deployment", "participation",
                                           "contingent", "force", "mission"}).isdisjoint(after)) \
            else None
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
        if last in ("conduct", "carry", "undertake", "out") and cue[1:2] == ["to"]:
            # (s61) "ready to carry out reassurance (stabilising) operations": the force's own
            # operations, their kind named before "operations"; not "conduct talks", "carry out
            # strikes", "carry out reforms"
            obj = [w for w in low[e:e + 5] if w not in ("the", "a", "any", "such")]
            at = next((k for k, w in enumerate(obj) if w in ("operations", "operation", "missions",
                                                              "mission", "patrols")), None)
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


def embedded_question(low: list[str]) -> int | None:
    """The index of an "if" / "whether" that asks a question ("it is not clear if ..."), or None."""
    for k, w in enumerate(low):
        if w in ("if", "whether") and k >= 1 and low[k - 1] in _ASKING_IF_AFTER:
            return k
        if _untold_if(low, k):
            return k
    return None


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
