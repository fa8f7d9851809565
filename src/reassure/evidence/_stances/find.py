"""The stances in one sentence (`find_stances`): each cue the matcher found is classified
in its clause (`_classify`, in `classify`), given its holders and its condition, and kept or
dropped; with the checks the caller runs beside it (outside Ukraine, plans halted, a question
embedded, rejected by others)."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import replace

from reassure.evidence._gazetteer import HOST_AND_ADVERSARY
from reassure.evidence._stances.classify import (
    TALKING_VERBS,
    WHEN_OR_WHERE,
    _classify,
    refused_to_commit_bare,
)
from reassure.evidence._stances.clause_shapes import (
    _FORCE_CONTEXT,
    _RELUCTANCE_CONTEXT,
    _THIS_MATTER,
    _TROOP_HEADS,
    REMARK_NOUNS,
    _bare_reluctance,
    _set_after,
    bare_taking_part,
    pronoun_after_contrast,
)
from reassure.evidence._stances.conditions import (
    _condition_named,
    _condition_of,
    _kept_on_terms,
    _premise_only,
    _required_before,
)
from reassure.evidence._stances.cue_clause import (
    _BARE_TAKING_PART,
    _EXCLUDING,
    _HEDGES,
    _MAYBE_NOUN,
    _NO_COMMENT,
    _RULE_WORDS,
    _bare_participation,
    _debate_refused,
    _denial_governs,
    _denied_before,
    _earlier_clauses,
    _estimated_before,
    _hoped_for,
    _listed_noun,
    _participle_speaker,
    _promise_withheld,
    _set_against,
    _support_not_troops,
    _told_audience,
    _troops_before_but,
    combat_only,
    former_reporter,
    home_territory,
    judgement_after,
    only_on_nato_soil,
    told_person,
)
from reassure.evidence._stances.frames import (
    _COMMITTED,
    _DETAILS,
    _OPPOSES,
    _ROLE_NOUNS,
    _SAID_TO_BE,
    _SUCH_MOVE,
    HARM_WORDS,
    _adversary_agent,
    _agents_after,
    _elliptic_subject,
    _list_tail_others,
    _not_yet,
    _untold_if,
    _yet_to,
    redeployed_from,
    too_soon_to_speak_of,
)
from reassure.evidence._stances.holders import (
    _EMBEDDED_Q,
    _GROUP_NOUNS,
    _OUTSIDE_GOVERNMENT,
    _PROMISES,
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
    _NOT_CONTRIBUTORS,
    _PLAN_NOUNS,
    _PLEDGE_NOUNS,
    _QUOTES,
    NEGATIONS,
    STANCES,
    TALK_OBJECTS,
    TROOP_STANCES,
    TROOP_WORDS,
    Orphan,
    StanceHit,
    cue_at,
)
from reassure.evidence._stances.negation import (
    _CONSIDERED,
    _CONTRAST,
    _GIVEN_UP,
    _POSITIVE_TO_NEGATED,
    _READY_WORDS,
    _REFUSE_TO,
    _RELUCTANT,
    _WARMING,
    TAKEN_BACK,
    _clause_ends,
    _clause_speaker,
    _for_now,
    _given_as_reason,
    _hedged,
    _kept_unless,
    _negated,
    _not_before_verb,
    _object_of_negated_refusal,
    _others_part_after,
    _own_sending_after,
    _put_off,
    _refused_offer,
    _unless_after,
    leaning_towards,
    statement_withheld,
    without_required,
)
from reassure.evidence._stances.owners import (
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
    _nation_said_we,
    _not_among,
    _own_troops_after,
    _participation_of,
    _passive_signers,
    _plan_of,
    _possessor_list,
    _possibility_of_troops,
    _pronoun_back,
    _signed_deployment,
    _signers,
    _titled_speaker_country,
    _we_send_own,
    others_about,
    too_much_to,
)
from reassure.evidence._stances.phrasings import (
    _after_coalition_name,
    _detail_after,
)
from reassure.evidence._text import SPEECH, Mention, Sent


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
        if _inside_longer_cue(spans, s, e) or _holds_no_stance(kind, sent, s, e):
            continue
        read = _cue_read(kind, sent, s, e, words, context, topic)
        if read is None:
            continue
        owners, e, stance = read
        if stance == "undecided" and sent.lower[e:e + 2] in (["for", "that"], ["for", "this"]) \
                and not _DETAILS_TALKED.isdisjoint(context):
            continue  # (s64) "I won't confirm numbers. It is too early for that": the
            # numbers are undecided, not the sending
        home = home_territory(sent, e) if stance in ("ready", "open", "conditional") and \
            kind in ("ready", "open") else None
        framed = _framed_stance(sent, s, e, stance, owners)
        if framed is None:
            continue
        owners, stance = framed
        hedged = _hedged_or_denied(kind, sent, s, e, stance)
        if hedged is None:
            continue
        stance = hedged
        negated = _after_negation(kind, sent, s, e, stance, owners)
        if negated is None or _no_stance_in_frame(kind, sent, s, e, negated):
            continue
        conditioned = _condition_read(kind, sent, s, e, negated)
        if conditioned is None:
            continue
        stance, condition, base = conditioned
        if kind == "declines" and _adversary_agent(sent, s, e):
            continue  # "a move likely to face resistance from Russia": the adversary's
            # opposition, no contributor's refusal (s24)
        spans.append((s, e))
        paired = False  # (s60) the actors are a pair the cue's clause refers back to
        actors = _named_by_the_cue(kind, sent, s, e, owners)
        if actors is None:
            actors, owners, stance, condition, base, paired = _subject_actors(
                kind, sent, s, e, stance, condition, base)
        if (teller := _teller_of_it(sent, s)) is not None:
            actors = [teller]  # (s67, a reviewer's probes) "Healey said Norway had told him it
            # would not contribute troops": Norway's, not the speaker's
        actors, speaker_nation = _outside_voices_dropped(sent, s, e, stance, actors, owners,
                                                         speaker_nation)
        actors = _others_or_asked_dropped(sent, s, e, stance, actors, paired)
        actors, owners = _actors_named_elsewhere(kind, sent, s, e, stance, actors, owners,
                                                 speaker_nation)
        actors, speaker_nation = _actors_of_this_clause(sent, s, e, actors, owners, home,
                                                        speaker_nation)
        cue = sent.text_of(s, e)
        hits = _holders_or_orphan(sent, s, stance, cue, condition, actors, home, speaker_nation,
                                  orphans)
        out, seen = _add_hits(out, seen, sent, s, e, hits, stance, cue, condition, base)
    return out


def _inside_longer_cue(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether the cue lies in (or opens inside) a cue already read."""
    if any(a <= s and e <= b or a < s < b for a, b in spans):
        return True  # inside a longer cue already read ("will not send" holds "send"), or
        # opening inside it ("would not participate" and "participate in"; 15v)
    return False


def _holds_no_stance(kind: str, sent: Sent, s: int, e: int) -> bool:
    """Whether the cue is no one's stance here: unnamed countries' readiness, a coalition's, a
    noun among nouns, a participation judged."""
    low = sent.lower
    if kind in ("ready", "open") and any(
            low[k] == "what" and low[k + 1:k + 2] != [] and
            low[k + 1] in ("they", "they're", "countries", "nations", "partners", "allies", "each")
            for k in range(max(0, s - 4), s)):
        return True  # (s64) "asked ... what they're willing to contribute": a question put to
        # others, nobody's offer
    if kind == "ready" and e - s == 1 and low[s] in ("joining", "participating", "contributing") \
            and low[s - 1:s] != [] and low[s - 1] in _WEIGHS_SUCH:
        return True  # (s71) "Sweden would consider joining": the weighing cue reads it (open)
    if kind == "declines" and ("position" in low[s:e] or "talking" in low[s:e]) and (
            low[e:e + 1] in (["more"], ["additional"], ["further"], ["extra"])
            or "yet" in low[e:e + 6]):
        return True  # (review s73) "not in a position to send more troops than the 5,000
        # already pledged" (a ceiling), "not talking about sending troops yet" (not now)
    if kind == "declines" and low[s] == "let" and not _REFUSAL_BEFORE.intersection(low[:s]):
        return True  # (review s64) "..., let alone send troops" refuses only after a refusal
        # ("will not even allow weapons to transit"), not after "has yet to decide", "is
        # struggling to fill its brigade"
    if kind in ("ready", "open") and s >= 2 and sent.lower[s - 1] in _GROUP_NOUNS and \
            sent.lower[s - 2] == "of" and sent.lower[s] in _READY_WORDS:
        return True  # (s34) "Britain and France have been leading efforts to form a group of
        # countries prepared to help enforce a ceasefire": the unnamed countries' readiness
    if kind in ("ready", "open") and sent.lower[s] in _READY_WORDS and \
            _after_coalition_name(sent.lower, s):
        return True  # (s42) 'leading plans for a so-called "coalition of the willing" prepared
        # to deploy peacekeeping forces': the coalition's readiness, its leaders' none
    if kind == "undecided" and _listed_noun(sent.lower, s, e):
        return True  # (s22) "but vagueness, hesitancy, and Trump's interventions threaten":
        # a noun among the subject's nouns, nobody's hesitancy
    if kind == "ready" and {"considers", "consider", "considered"} & set(
            sent.lower[max(0, s - 3):s]) and judgement_after(sent.lower, e) is not None:
        return True  # 'considers the participation of its soldiers "inappropriate"': the
        # participation judged, not offered (s20; "considers" gives the judgement)
    return False


_HEDGED_ADVERBS = frozenset({"potentially", "possibly"})


def _cue_read(kind: str, sent: Sent, s: int, e: int, words: set[str],
              context: AbstractSet[str], topic: AbstractSet[str],
              ) -> tuple[list[Mention] | None, int, str] | None:
    """The cue's owners when it names them (a plan's, a participation's, signers), its end and
    its stance; None when it holds none. A cue that `_classify` leaves without one may still hold
    one by the force or move the sentence (or the one before) names."""
    owners: list[Mention] | None = None
    if kind == "ready" and e - s == 2 and sent.lower[s] in _PLAN_NOUNS and \
            sent.lower[s + 1] in ("of", "by", "for"):
        got = _plan_of(sent, e)  # "the proposal by Britain and France to deploy troops"
        # (s42: "a plan for Britain and France to establish military hubs across Ukraine")
        if got is None:
            return None
        (owners, e), stance = got, "ready"
    elif kind == "ready" and e - s == 2 and sent.lower[s:e] == ["participation", "of"]:
        got_p = _participation_of(sent, s, e)
        if got_p is None:
            return None
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
            return None
        else:
            e, stance = end, "ready"
            owners = _signers(sent, s) or None
    else:
        maybe = _classify(kind, sent, s, e, words)
        own = _own_troops_after(sent, s, e) if maybe is None and kind == "ready" and \
            sent.lower[s] == "plan" else None
        if own:  # "a plan to deploy several thousand French soldiers": France's plan (15t)
            owners, maybe = own, "ready"
        if maybe is None:
            maybe = _force_named_before(kind, sent, s, e, context, topic)
        if maybe is None:
            maybe = _move_named_before(kind, sent, s, e, words, context)
        if maybe is None:
            return None
        stance = maybe
    if stance == "ready" and (sent.lower[s] in ("plan", "plans", "planning") and
                              not _HEDGED_ADVERBS.isdisjoint(sent.lower[s:e]) or any(
            sent.lower[k:k + 2] in (["suggestion", "of"], ["prospect", "of"])
            for k in range(max(0, s - 6), s))):
        stance = "open"  # (s72, set 158) "plans to potentially send Australian peacekeepers",
        # "Albanese's suggestion of Australian troops joining": a sending weighed, not offered
    return owners, e, stance


def _in_this_plan(low: list[str], e: int) -> bool:
    """(s68) The refusal's object points back to a plan or mission: "(refused to participate) in
    this plan", "in the mission", "in such an initiative"."""
    rest = low[e:e + 4]
    return rest[:1] == ["in"] and rest[1:2] in (["this"], ["the"], ["that"], ["such"]) and \
        any(w in ("plan", "mission", "initiative", "proposal", "operation") for w in rest[2:4])


_PUT_OFF_CUES = frozenset({"inappropriate", "no", "wrong"})


_SAID_WORDS = frozenset({"said", "says", "told", "added", "stated", "explained", "insisted"})
_OWN_VOICE_OPENERS = frozenset({"his", "her", "its", "their", "our", "it", "he", "she", "they",
                                "we"})


def _own_voice_reported(sent: Sent, s: int) -> bool:
    """(s69) The clause before ``s`` is no one's report of another nation: no speech verb, or one
    whose reported clause opens with the speaker's own pronoun ("said his government had not
    ...") or the speaker's own nation ("Norway's Store said Oslo had made no decision"); not
    "The Kremlin said Poland had not taken any decision"."""
    low = sent.lower
    j = next((k for k in range(s - 1, -1, -1) if low[k] in _SAID_WORDS), None)
    if j is None:
        return True
    k = j + 2 if low[j + 1:j + 2] == ["that"] else j + 1
    if low[k:k + 1] != [] and low[k] in _OWN_VOICE_OPENERS:
        return True
    speakers = {m.iso3 for m in sent.mentions if m.end <= j}
    reported = [m for m in sent.mentions if k <= m.start <= k + 1]
    return bool(reported) and all(m.iso3 in speakers for m in reported)


_ASKED_OPENERS = frozenset({"asked", "questioned", "pressed"})
_FORCE_TOPIC = _FORCE_CONTEXT | {"ukraine", "ukrainian", "sending", "deploying", "peacekeeping",
                                 "reassurance", "ceasefire", "germany's", "participation"}


def _asked_about_other(low: list[str]) -> bool:
    """(review s69) The sentence opens with what its speaker was asked about, something other than
    the force ("Asked about the tariff threat from Washington, Macron said there was no point in
    speculating"): a bare cue after it answers that."""
    if low[:1] == [] or low[0] not in _ASKED_OPENERS:
        return False
    comma = next((k for k in range(len(low)) if low[k] == ","), len(low))
    return _FORCE_TOPIC.isdisjoint(low[1:comma])


def _bare_request_weighed(low: list[str], e: int) -> bool:
    """(s69) "would consider any request", "will consider a request", the clause ending there."""
    if low[e - 1] not in ("consider", "considers", "considering", "weigh", "examine", "study"):
        return False
    k = e + 1 if low[e:e + 1] in (["any"], ["a"], ["such"]) else e
    return low[k:k + 1] in (["request"], ["requests"]) and _clause_ends(low, k + 1)


def _bare_no_decision(low: list[str], e: int) -> bool:
    """(s69) A decision not made, with no object: "had not made a decision.", "had not decided
    and would wait for the plan" (not "has not decided on the date of the summit")."""
    if low[e - 1] not in ("decision", "decided") and low[e - 3:e] != ["yet", "to", "decide"]:
        return False  # (not "I do not decide, and I am glad of it": no decision pending)
    k = e + 1 if low[e:e + 1] == ["yet"] else e
    if low[k:k + 2] == ["whether", "to"]:  # (s71) "had not yet decided whether to take part
        # and would wait for the coalition's planning": taking part in the force just named
        if low[k + 2:k + 4] == ["take", "part"]:
            k += 4
        elif low[k + 2:k + 3] in (["participate"], ["join"], ["contribute"]):
            k += 3
    return _clause_ends(low, k) or low[k:k + 1] == ["and"] and low[k + 1:k + 2] in (
        ["would"], ["will"], ["was"], ["is"], ["wanted"], ["wants"])


def _talk_put_off(low: list[str], s: int, e: int) -> bool:
    """(s69) "no point in speculating", "inappropriate for us to speculate", "wrong to discuss
    this publicly": about the matter named before (this, it) or what follows a ceasefire, not
    details ("to discuss the size")."""
    if low[s] not in _PUT_OFF_CUES or low[e - 1] not in TALKING_VERBS:
        return False
    after = [w for w in low[e:e + 5] if w not in ("about", "on", "of", "publicly", "openly")]
    if not (_DETAILS | WHEN_OR_WHERE).isdisjoint(low[e:e + 6]):
        return False  # (review s69) "wrong to discuss the timing of a deployment"
    if after[:1] in (["this"], ["it"], ["that"], ["such"]):
        # (review s69: not "no point in discussing this with Moscow", "... this further")
        return {"with", "further", "again", "anymore"}.isdisjoint(after[1:3])
    return _clause_ends(low, e) or (
        after[:1] == ["what"] and ("after" in low[e:e + 14] or "post-war" in low[e:e + 14]))


def _force_named_before(kind: str, sent: Sent, s: int, e: int, context: AbstractSet[str],
                        topic: AbstractSet[str]) -> str | None:
    """A bare participation, taking part, reluctance or premature question about the force the
    sentence before (or an earlier clause) names."""
    maybe: str | None = None
    if kind == "declines" and _bare_participation(sent.lower, e) and (
            context & (STANCE_CONTEXT - {"participation", "contribution"})
            and TALK_OBJECTS.isdisjoint(sent.lower)
            or _set_against(sent.lower, s) & STANCE_CONTEXT):
        # "Several nations are ready to send troops. Portugal has ruled out any
        # participation.": the participation in the force the sentence before names (15t);
        # "the UK is prepared to commit forces, while Italy has ruled out involvement": the
        # force the clause it is set against names (s22)
        maybe = "declines"
    if maybe is None and kind == "declines" and _in_this_plan(sent.lower, e) and \
            (context | topic) & _FORCE_CONTEXT:
        maybe = "declines"  # (s68, set 141) "... sending troops ... Italy and Poland refused to
        # participate in this plan": the plan for the force the report has named
    end = e + 1 if sent.lower[e - 1] == "take" and sent.lower[e:e + 1] == ["part"] else e
    weighed = kind == "open" and (sent.lower[e - 1] in _WEIGHS_SUCH or sent.lower[e - 2:e] == [
        "open", "to"]) and (
        sent.lower[e:e + 2] == ["taking", "part"] or sent.lower[e:e + 1] in (
            ["participating"], ["joining"], ["contributing"]))
    if weighed:  # (s71) "would consider taking part, but only with an American role", "was
        # open to taking part": taking part weighed, as "consider sending"
        end = e + (2 if sent.lower[e] == "taking" else 1)
    if maybe is None and kind in ("ready", "declines", "open") and \
            (sent.lower[e - 1] in _BARE_TAKING_PART or weighed) and (
                _clause_ends(sent.lower, end)
                or sent.lower[end:end + 3] == [",", "but", "only"]
                or sent.lower[end:end + 1] in (["if"], ["unless"], ["provided"])
                or sent.lower[end:end + 1] == ["with"] and "only" in sent.lower[max(0, s - 2):e]
                # (s67) "Austria could participate only with a mandate of the United Nations"
                or sent.lower[end:end + 2] in (["only", "with"], ["only", "under"], ["only", "if"])
                ) and \
            (context | topic | _earlier_clauses(sent, s)) & (
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
            (not _THIS_MATTER.isdisjoint(sent.lower[sent.clause_start(s):s]) or
             _remarks_on_the_sending(sent.lower, sent.clause_start(s), s, e)) and \
            _DETAILS.isdisjoint(sent.lower[e:e + 6]):  # (not "too early to discuss
        # details": 15v)
        maybe = kind  # (s41) "... ready to send troops. According to Dutch officials,
        # this question is premature": the sending the sentence before names
    other_topic = _asked_about_other(sent.lower)
    if maybe is None and kind == "open" and context & _FORCE_CONTEXT and not other_topic and \
            _bare_request_weighed(sent.lower, e):
        maybe = kind  # (s69, rv67b-own) "Britain is ready to send troops. ... Wellington would
        # consider any request": a request to join the force just named
    if maybe is None and kind == "declines" and (context | topic) & _FORCE_CONTEXT and \
            not other_topic and refused_to_commit_bare(sent.lower, s, e):
        maybe = "undecided"  # (s69, set 103) "Asked whether Germany would deploy troops, Merz
        # refused to commit": an answer withheld on the force just named
    if maybe is None and kind == "undecided" and context & _FORCE_CONTEXT and not other_topic \
            and _bare_no_decision(sent.lower, e) and _own_voice_reported(sent, s):
        maybe = kind  # (s69, own-words sets) "Denmark is ready to send troops. Norway's prime
        # minister said his government had not made a decision": on the force just named
    if maybe is None and kind == "undecided" and (context | topic) & _FORCE_CONTEXT and \
            not other_topic and _talk_put_off(sent.lower, s, e):
        maybe = kind  # (s69, sets 103 and 127) "... sending ground troops is not considered.
        # There is no point in speculating about what will happen after the fighting ends":
        # talk of the sending just named put off, undecided
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
    return maybe


# (s72) "dismissed as premature remarks by von der Leyen", "view the proposal as premature":
# the remarks on the sending the sentence before names
_TALK_JUDGED = frozenset({"remarks", "comments", "proposal", "suggestion", "talk", "statements"})
_ABOUT_ANOTHER = frozenset({"on", "about", "regarding", "concerning", "of"})


def _remarks_on_the_sending(low: list[str], a: int, s: int, e: int) -> bool:
    """(s72) Remarks judged "premature" in the clause (before the cue, or right after "as
    premature"), when nothing says they are about another matter (review s72: not "talk of
    lifting sanctions", "the statements by Russian officials on a ceasefire")."""
    words = low[a:s] + (low[e:e + 2] if low[s - 1:s] == ["as"] else [])
    k = next((a + i for i, w in enumerate(low[a:s]) if w in _TALK_JUDGED), None)
    if k is None and low[s - 1:s] == ["as"] and low[e:e + 1] and low[e] in _TALK_JUDGED:
        k = e
    if k is None or _TALK_JUDGED.isdisjoint(words):
        return False
    after = low[k + 1:k + 8]
    return _ABOUT_ANOTHER.isdisjoint(after) or not TROOP_WORDS.isdisjoint(after)


def _move_named_before(kind: str, sent: Sent, s: int, e: int, words: set[str],
                       context: AbstractSet[str]) -> str | None:
    """Such a step or move, "anything like this", "no such plans", a constraint at home: about
    the sending the sentence before names."""
    maybe: str | None = None
    if kind == "declines" and context & STANCE_CONTEXT and \
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
    if maybe is None and kind == "declines" and context & STANCE_CONTEXT and \
            sent.lower[e - 1] == "with" and sent.lower[s] != "with" and \
            sent.lower[e:e + 2] in (["the", "idea"], ["the", "proposal"], ["this", "idea"],
                                    ["this", "proposal"], ["that", "idea"]) and \
            sent.lower[e + 2:e + 3] in ([], ["."], [","], ["launched"], ["put"], ["floated"],
                                        ["by"], ["proposed"], ["voiced"]) and \
            _ABOUT_ANOTHER.isdisjoint(sent.lower[e + 2:e + 12]):  # (review s72: not "the
        # proposal by the Commission on migration quotas")
        maybe = "declines"  # (s72) 'Spain "does not agree" with the idea launched by Mr
        # Macron' after a sentence on sending troops
    if maybe is None and kind == "open" and context & STANCE_CONTEXT and \
            sent.lower[s] in _WEIGHS_SUCH and _SUCH_MOVE & set(sent.lower[e:e + 3]):
        maybe = "open"  # (s31) "Britain and France are also considering such a move"
        # after a sentence on sending troops, as "opposes such a move" declines
    if maybe is None and kind == "open" and sent.lower[s] in _WEIGHS_SUCH and \
            sent.lower[e:e + 1] in (["this"], ["that"], ["such"]) and \
            not (_SUCH_MOVE | {"options"}).isdisjoint(sent.lower[e + 1:e + 3]) and \
            not (STANCE_CONTEXT | {"personnel"}).isdisjoint(sent.lower[:s]):
        maybe = "open"  # (s71) "does not plan to send any soldiers, and will consider this
        # option if it receives proposals": the sending named earlier in the sentence
    if maybe is None and kind == "declines" and context & STANCE_CONTEXT and \
            sent.lower[s] in _RULE_WORDS | {"exclude", "excludes", "excluded"} and \
            not (_SUCH_MOVE | {"possibility", "prospect", "decision"}).isdisjoint(
                sent.lower[e:e + 3]) and "such" in sent.lower[e:e + 2] and not (
                "decision" in sent.lower[e:e + 3] and not _clause_ends(
                    sent.lower, sent.lower.index("decision", e) + 1)):  # (s72) "did not rule
        # out such a decision" (review s72: not "such a decision on pension reform")
        maybe = "declines"  # (s31) "Merz does not rule out such a possibility" after a
        # sentence on the troops: the negation below makes it open
    if maybe is None and kind == "open" and context & STANCE_CONTEXT and \
            sent.lower[s] in ("open", "openness") and \
            sent.lower[e:e + 1] in (["it"], ["this"], ["that"]) and \
            sent.lower[e + 1:e + 2] in ([], ["."], [","], [";"], ['"'], ["”"], ["’"]):
        maybe = "open"  # (s66) "Sweden and Denmark have said they are open to it" after a
        # sentence on sending troops: the sending named before (not "is considering it": s57's
        # guards, a force elsewhere or another's voice)
    if maybe is None and kind in ("constitution", "parliament") and \
            context & STANCE_CONTEXT:
        # a constraint at home ("Italy faces constitutional restrictions, while the
        # Netherlands would need parliamentary approval") reads the troops of the sentence
        # before too ("The force's composition and participation will depend on ..."; 15s)
        maybe = _classify(kind, sent, s, e, words | (context & STANCE_CONTEXT))
        maybe = maybe if maybe == "conditional" else None
    return maybe


def _framed_stance(sent: Sent, s: int, e: int, stance: str, owners: list[Mention] | None,
                   ) -> tuple[list[Mention] | None, str] | None:
    """The stance (and owners) as the words just before the cue frame it: conditional, a
    possibility, a hedge; None when the offer is given up, only on NATO soil, a possibility
    refused or beyond the nation's capacity."""
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
            and not _kept_unless(sent.lower, s, e) and not _plan_not_dropped(sent.lower, s):
        return None  # "has abandoned earlier plans to send troops": no offer now (15q)
    if stance in ("ready", "open", "conditional") and only_on_nato_soil(sent.lower, e):
        return None  # (s22) "agreed to deploy its troops only on the territory of one of the
        # NATO countries": not in Ukraine
    if stance == "ready" and "possibility" in sent.lower[max(0, s - 6):s] and \
            sent.lower[s - 1:s] != ["ruled"]:
        p = max(k for k in range(max(0, s - 6), s) if sent.lower[k] == "possibility")
        if not (_EXCLUDING | _DENIED_POSSIBILITY).isdisjoint(sent.lower[max(0, p - 4):p]):
            return None  # (s47) "ruled out the possibility of Romanian troops participating":
            # the possibility refused (the refusal is read from "ruled out"), no openness
        stance = "open"  # (s22) "allowed for the possibility of the country's participation"
    if stance == "declines" and _debate_refused(sent.lower, e):
        stance = "undecided"  # (s22) "ruled out opening a debate on the deployment": not
        # yet, as "premature"
    if stance in ("ready", "open") and too_much_to(sent.lower[max(0, s - 3):s]):
        return None  # "the British army is too small to take part in sending a contingent":
        # a judgement of capacity, no offer (s16)
    return owners, stance


def _hedged_or_denied(kind: str, sent: Sent, s: int, e: int, stance: str) -> str | None:
    """The stance as hedges, wishes, refusals, decisions still to make and denials around the cue
    make it."""
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
    if stance in ("ready", "open") and _denial_governs(sent.lower, s) and \
            any(w[:1].isdigit() for w in sent.lower[e:e + 4]):
        return None  # (s64) "denied a report that France would commit 20,000 troops": the
        # figure denied, neither offered nor refused
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
    if stance == "ready" and leaning_towards(sent.lower[max(0, s - 6):e]):
        stance = "open"  # (s65) "Norway is leaning towards taking part", "inclined to take
        # part", "edging closer to joining": a way towards an offer, not the offer
    return stance


def _plan_not_dropped(low: list[str], s: int) -> bool:
    """(s71) A plan's cue at ``s`` after a negated verb of dropping it ("are not abandoning
    plans to deploy", "has not shelved its plan to send")."""
    k = s - 1
    while k >= 0 and low[k] in ("its", "their", "the", "his", "her"):
        k -= 1
    return k >= 1 and low[s] in ("plans", "plan") and low[k] in _GIVEN_UP and \
        not NEGATIONS.isdisjoint(low[max(0, k - 3):k])


def _after_negation(kind: str, sent: Sent, s: int, e: int, stance: str,
                    owners: list[Mention] | None) -> str | None:
    """The stance once a participation put off, a promise withheld or a negation is read; None
    when the negation leaves no stance of this cue's."""
    put_off = _put_off(sent.lower, e) if kind != "declines" and \
        sent.lower[s] in _PLEDGE_NOUNS else None
    if put_off == "off":
        return None  # (s56) "Finnish participation in a ground force is not on the agenda":
        # the participation is what is put off; the refusal's own cue reads it
    if put_off == "kept":
        stance = "open"  # "Danish participation in the force has not been ruled out", "is
        # no longer ruled out": kept possible, as "has not ruled out"
    if kind != "declines" and _object_of_negated_refusal(sent.lower, s):
        return None  # (review s53) "has not ruled out joining": the refusal's own cue reads
        # it (open); the negation is the refusal's, not this offer's (read as declines)
    if stance == "ready" and _plan_not_dropped(sent.lower, s):
        return stance  # (s71) "Paris and London are not abandoning plans to deploy their
        # troops": the plan stands
    if stance == "ready" and _promise_withheld(sent.lower, s):
        stance = "undecided"  # "gave no guarantees that it would send troops" (15s)
    elif stance == "undecided" and sent.lower[s - 1:s] == ["as"] and sent.lower[s - 2:s - 1] in (
            ["dismissed"], ["dismisses"], ["rejected"], ["rejects"], ["criticised"],
            ["criticized"]):
        return stance  # (s72) "dismissed as premature remarks by von der Leyen": the
        # dismissal is the judgement, not a negation of it
    elif _negated(kind, sent, s):
        if owners is not None and sent.lower[s] == "plan":
            return None  # "Moscow rejected a plan to deploy Danish troops": the refusal is
            # the subject's, not the plan's owners' (15t)
        if kind == "declines" and sent.lower[s] in TAKEN_BACK:
            stance = "ready"  # (s67) "has not backed away from its pledge": the pledge stands
        elif kind == "declines":  # "has not ruled out"
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
            return None
    return stance


def _no_stance_in_frame(kind: str, sent: Sent, s: int, e: int, stance: str) -> bool:
    """Whether the cue's frame leaves no stance: an open question, another's part, combat only,
    Russian soil, an epithet, a risk, forces beside Ukraine, a reason for a refusal."""
    if _open_question(sent.lower[max(sent.clause_start(s), s - 24):s]):
        return True  # "it remains to be seen if Starmer will put his plan to a vote": a
        # question still open, no stance (s17)
    if kind in ("undecided", "declines", "rejects") and _others_part_after(sent, e):
        return True  # (s60) "The Greek government expressed reservations about the possible
        # participation of Turkey": doubts about another nation's part, no stance of its own
    if stance == "declines" and combat_only(sent.lower, s, e):
        return True  # "rules out combat troops": the war, not the force after a ceasefire (s13)
    if stance == "declines" and outside_ukraine(sent.lower, e):
        return True  # "Greek troops will not operate on Russian territory": a limit on where
        # they would serve, not a refusal of the force (s17)
    if e - s == 1 and sent.lower[s] in _RELUCTANT and any(m.start == e for m in sent.mentions):
        return True  # (s24) "pressure on allies – especially a reluctant Germany – to back the
        # idea": an epithet of the nation after it, not a stance of the clause's subject
    if stance in ("ready", "open") and sent.lower[e - 1] in ("put", "puts", "putting") \
            and not (HARM_WORDS | {"risk"}).isdisjoint(
                sent.lower[e:e + 6]):
        return True  # (s24) "acknowledging it could put UK forces in harm's way": the risk
        # of an offer, not another offer
    if stance in ("ready", "open") and beside_ukraine(sent.lower, e):
        return True  # "considering deploying forces near Ukraine, such as in Poland or
        # Romania": forces next to Ukraine, no offer for the force in it (s23)
    if kind == "constitution" and _given_as_reason(sent.lower, s):
        return True  # (s56) "will not dispatch personnel because its constitution restricts
        # deployments abroad": the refusal's reason, no condition of an offer
    return False


def _condition_read(kind: str, sent: Sent, s: int, e: int, stance: str,
                    ) -> tuple[str, str | None, str | None] | None:
    """The stance, its condition and the stance it qualifies (``base``); None when a "depends"
    cue names only the force's premise."""
    condition = None
    base = None
    if kind == "depends" and sent.lower[s].startswith("pre"):
        # the condition is the clause before the cue ("a US guarantee is a precondition")
        stance, condition = "conditional", _condition_named(sent.lower[
            sent.clause_start(s):s])
    elif kind == "depends" and _premise_only(sent.lower[e:sent.clause_end(e)]):
        return None  # (s45) "any contribution would depend on Russia agreeing to a ceasefire":
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
        stance, condition = "conditional", _condition_of(sent, e, kind) or _until_named(
            sent.lower, e) or "other"
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
    elif kind == "declines" and stance == "declines" and sent.lower[s] in ("no", "not") and \
            sent.lower[e - 1] in TROOP_WORDS and without_required(sent.lower, e) is not None:
        # (s64) "no French soldier will leave without this Assembly having voted": "only with"
        stance, condition, base = "conditional", without_required(sent.lower, e), "ready"
    elif kind == "declines" and stance == "declines" and (
            sent.lower[e - 1] in _DEPLOY or sent.lower[e - 1] == "no" and not {
                "deployment", "troops", "soldiers", "contribution"}.isdisjoint(sent.lower[e:e + 3])) \
            and (fronted := _without_fronted(sent.lower, s)) is not None:
        # (s64) "Without a US backstop, the Netherlands will not send troops": as "will not
        # send troops without a US backstop"
        stance, condition, base = "conditional", fronted, "ready"
    elif stance in ("ready", "open") and (fronted := _but_not_without(sent.lower, e)) is not None:
        # (s64) "is prepared to send troops, but not without an American backstop"
        stance, condition, base = "conditional", fronted, stance
    elif stance == "undecided" and (sent.lower[s] in _RELUCTANT or "reservations" in
                                    sent.lower[s:e]) and \
            without_required(sent.lower, e) is not None:  # (s41) "voiced reservations
        # about deploying without American involvement": as "reluctant ... without"
        # "reluctant to send troops without US backing": the condition, and no offer beside
        # it (set 14's annotation; 15zb)
        stance, condition = "conditional", without_required(sent.lower, e)
    elif kind == "declines" and stance == "open" and _its_own_but(sent.lower, e) and \
            _condition_of(sent, e, kind) in _NAMED_TERMS:
        # (s68, rv68b-own) "had not ruled out taking part ..., but its neutrality law required a
        # UN mandate": open on that named condition
        stance, condition, base = "conditional", _condition_of(sent, e, kind), "open"
    elif kind == "declines" and stance == "open" and sent.lower[s] in ("against", "opposed") \
            and _unless_after(sent.lower, e) and _condition_of(sent, e, kind) in _NAMED_TERMS:
        # (s73, a reviewer's probes) "would not be against sending troops if there were a UN
        # mandate": open on that named condition, as "if" after an offer
        stance, condition, base = "conditional", _condition_of(sent, e, kind), "open"
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
    return stance, condition, base


_REFUSAL_BEFORE = frozenset({"not", "n't", "never", "no", "cannot", "refuses", "refused",
                             "refuse", "won't", "wo"})


def _without_fronted(low: list[str], s: int) -> str | None:
    """(s64) The condition "Without X," names at the head of the clause whose cue opens at
    ``s`` ("Without a US backstop, the Netherlands will not send troops")."""
    for k in range(max(0, s - 14), s):
        if low[k] == "without" and (k == 0 or low[k - 1] in (",", ":", ";", "but", "that", "and")) \
                and ("," in low[k + 1:s] or "there" in low[k + 1:s]):
            stop = next(j for j in range(k + 1, s + 1) if j == s or low[j] in (",", "there"))
            if s - stop > 6 or not {";", ":", ".", "said", "says"}.isdisjoint(low[stop:s]) or \
                    low[stop:s].count(",") > 1:
                return None  # (review s64) "Without US support, Ukraine cannot win, Macron
                # said; France will not send troops": the condition is another clause's
            return without_required(low[:stop], k)  # (", there would be no deployment")
    return None


def _but_not_without(low: list[str], e: int) -> str | None:
    """(s64) "..., but not without an American backstop" right after an offer's cue."""
    for k in range(e, min(len(low), e + 14)):
        if low[k:k + 3] == ["but", "not", "without"]:
            return without_required(low, k + 2)
        if low[k] == "but" and (only := _only_with_after(low, k + 1)) is not None:
            return only  # (s67, set 139) "Britain would play its part, but could only do so
            # with some kind of backup from the United States"
        if low[k] in (";", ".", "which", "who"):
            return None
    return None


_ONLY_WITH_FILL = frozenset({"could", "would", "will", "can", "only", "do", "so", "it", "this",
                             "that", "be", "done", "happen"})


def _only_with_after(low: list[str], k: int) -> str | None:
    """The condition of "(could) only do so with (if, under) ..." opening at ``k``: named when
    it is a US backing, a parliament or a mandate, else None."""
    j = k
    while j < len(low) and j < k + 6 and low[j] in _ONLY_WITH_FILL:
        j += 1
    if "only" not in low[k:j] or low[j:j + 1] not in (["with"], ["if"], ["under"]):
        return None
    named = _condition_named(low[j + 1:j + 12])
    return named if named != "other" else None


def _until_named(low: list[str], e: int) -> str | None:
    """(review s73) The condition an "until" after a refusal's cue names ("will not send troops
    until the United States spells out its backstop": a US backstop)."""
    k = next((j for j in range(e, min(len(low), e + 8)) if low[j] in ("until", "till")), None)
    named = _condition_named(low[k + 1:k + 10]) if k is not None else "other"
    return named if named != "other" else None


def _named_by_the_cue(kind: str, sent: Sent, s: int, e: int,
                      owners: list[Mention] | None) -> list[Mention] | None:
    """The actors the cue itself names: its owners, the object of talks or of "led by", a
    passive's agent, a condition's speaker; None when they are its subject's
    (`_subject_actors`)."""
    actors: list[Mention] | None = None
    if owners is not None:
        actors = owners
    elif (kind == "talks") or (kind == "leading" and sent.lower[e - 1] == "by"):
        actors = sent.object_actors(e - 1)
    elif kind == "ready" and e - s == 2 and sent.lower[e - 1] == "by":
        actors = [m for m in sent.object_actors(e - 1)  # a passive's agent (15q)
                  if m.start == e or sent.lower[e:m.start] == ["the"]]
        actors = [m for m in sent.coordinated(actors[0])
                  if m.iso3 not in HOST_AND_ADVERSARY] if actors else []
    elif kind == "parliament" and (own := [m for m in sent.mentions if m.start <= s < m.end
                                           and m.label == "NATION"]) and any(
            m.iso3 == own[0].iso3 and m.end <= s and m.label == "NATION" for m in sent.mentions):
        # (s73, a journalist's reading) "Germany could contribute ..., unless the United States
        # provides a backstop and the Bundestag gives its approval": the parliament named is its
        # nation's, whose offer is conditioned (not the nearer "United States")
        actors = [next(m for m in sent.mentions if m.iso3 == own[0].iso3 and m.end <= s)]
    elif kind == "depends" and sent.lower[s].startswith("pre"):
        # "Denmark says a US guarantee is a precondition for sending troops": the nations
        # that speak, not those the condition names (15t)
        actors = _clause_speaker(sent, s, names_from=0) or []
    elif kind == "depends" and (spoke := _clause_speaker(sent, s)) is not None:
        # "Lithuania and Latvia signaled readiness, though Riga says participation depends
        # on Washington's contribution": the condition is the speaker's, Latvia's (s15)
        actors = spoke
    return actors


def _after_the_source(sent: Sent, s: int) -> list[Mention]:
    """The nations listed right after an opening "According to X," and before the cue at ``s``."""
    low = sent.lower
    k = low.index(",") + 1
    out: list[Mention] = []
    for m in sorted(sent.mentions, key=lambda m: m.start):
        if m.start < k or m.end > s:
            continue
        if m.start != k and not all(w in (",", "and", "the") for w in low[k:m.start]):
            break
        if m.label != "PERSON":
            out.append(m)
        k = m.end
    return out if out and k < s and low[k] in ("are", "is", "have", "has", "will", "would",
                                               "were", "was") else []


def _subject_actors(kind: str, sent: Sent, s: int, e: int, stance: str, condition: str | None,
                    base: str | None) -> tuple[list[Mention], list[Mention] | None, str,
                                               str | None, str | None, bool]:
    """The actors standing as the cue's subject (a plan's possessors, a pledge's nation, agents
    after the cue, a group's members), the plan's owners when the subject owns it, and the stance,
    condition and base as "not among the countries" or "not dismissed by" change them; with
    whether the actors are a pair named before."""
    owners: list[Mention] | None = None
    group_at = _group_subject(sent, s)
    elliptic = _elliptic_subject(sent, s)
    actors = sent.subject_actors(s) if elliptic is None else elliptic
    if not actors and elliptic is None:
        actors = _government_in_the_capital(sent, s) or _among_those_is(sent, s, e)
    if (whose := _remarks_owner(sent, s)) is not None:
        actors = [whose]  # (s72) "responded to Macron's comments that he does not rule out
        # sending troops": the pronoun is the remarks' owner, not the sentence's subject
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
    if not actors and elliptic is None and sent.lower[:2] == ["according", "to"] and \
            "," in sent.lower[:s]:
        actors = _after_the_source(sent, s)  # (s67, a reviewer's probes) "According to
        # Macron, Belgium and the Netherlands are ready ...": the list after the source's comma
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
    actors, paired = _group_and_list_actors(sent, s, e, stance, actors, group_at)
    if not actors:
        actors = _the_only_ones(sent, s)
    return actors, owners, stance, condition, base, paired


_GOVERNMENT_WORDS = frozenset({"government", "ministry", "cabinet", "chancellery", "officials",
                               "spokesperson", "spokesman", "spokeswoman"})


def _government_in_the_capital(sent: Sent, s: int) -> list[Mention]:
    """(s72) "In Madrid, the government judged it premature ...": the government of the place
    the sentence opens with, when nothing else before the cue names a nation."""
    low = sent.lower
    if low[:1] != ["in"]:
        return []
    place = next((m for m in sent.mentions if m.start == 1 and low[m.end:m.end + 1] == [","]
                  and m.label == "NATION" and m.iso3 not in _NOT_CONTRIBUTORS), None)
    if place is None or _GOVERNMENT_WORDS.isdisjoint(low[place.end:s]) or any(
            place.end < m.start < s for m in sent.mentions):
        return []
    return [place]


def _the_only_ones(sent: Sent, s: int) -> list[Mention]:
    """(s72) "Britain and France are so far the only countries to have said publicly that they
    are ready to send troops": "they" before the cue are the subject the sentence opens with."""
    low = sent.lower
    they = next((k for k in range(s - 1, max(0, s - 4), -1) if low[k] == "they"), None)
    only = next((k for k in range(1, they or 0) if low[k - 1:k + 1] == ["the", "only"]), None)
    if they is None or only is None or low[only + 1:only + 2] not in (
            ["countries"], ["nations"], ["ones"], ["states"], ["allies"]):
        return []
    first = next((m for m in sent.mentions if m.start <= 1), None)
    return [] if first is None else [m for m in sent.coordinated(first) if m.end <= only
                                     and m.iso3 not in _NOT_CONTRIBUTORS]


def _among_those_is(sent: Sent, s: int, e: int) -> list[Mention]:
    """(s72, set 157) "Among those considering involvement is Australia": the nations after the
    inverted "is" / "are"."""
    low = sent.lower
    if low[max(0, s - 2):s] != ["among", "those"]:
        return []
    k = next((j for j in range(e, min(len(low), e + 6)) if low[j] in ("is", "are")), None)
    first = next((m for m in sent.mentions if k is not None and m.start in (k + 1, k + 2)), None)
    return [] if first is None else [m for m in sent.coordinated(first)
                                     if m.iso3 not in _NOT_CONTRIBUTORS]


def _remarks_owner(sent: Sent, s: int) -> Mention | None:
    """(s72) The owner of the remarks a "he" / "she" before the cue at ``s`` reports: "Macron's
    comments that he does not rule out ...", "remarks by Macron in which he said he did not rule
    out ...": the mention ending at the possessive, or named after "by"."""
    low = sent.lower
    he = next((k for k in range(s - 1, max(0, s - 5), -1) if low[k] in ("he", "she")), None)
    if he is None:
        return None
    noun = next((k for k in range(he - 1, max(0, he - 14), -1) if low[k] in REMARK_NOUNS), None)
    if noun is None or any(w in (".", ";") for w in low[noun:he]):
        return None
    if low[noun + 1:noun + 2] == ["that"] and noun + 2 == he and \
            low[noun - 1:noun] in (["'s"], ["’s"]):
        return next((m for m in sent.mentions if m.end == noun - 1 and m.iso3 not in
                     _NOT_CONTRIBUTORS), None)
    if low[noun + 1:noun + 2] == ["by"] and not {"which", "that"}.isdisjoint(low[noun:he]):
        return next((m for m in sent.mentions if noun + 1 < m.start <= noun + 6
                     and m.iso3 not in _NOT_CONTRIBUTORS), None)
    return None


def _group_and_list_actors(sent: Sent, s: int, e: int, stance: str, actors: list[Mention],
                           group_at: int | None) -> tuple[list[Mention], bool]:
    """The actors when the subject is a group or a list: the nations apposed, dashed or included,
    a pair named before, a description's members, else the speaker's; with whether they are that
    pair."""
    paired = False
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
        if actors and actors[0].start > e and not SPEECH.isdisjoint(sent.lower[:s]):
            actors = []  # (s70, set 146) 'NATO said it had "no plans" to send combat troops,
            # a day after French President Macron said ...': the cue is told by the speech
            # verb before it, whose subject names no nation, not by the speaker after it
    return actors, paired


def _outside_voices_dropped(sent: Sent, s: int, e: int, stance: str, actors: list[Mention],
                            owners: list[Mention] | None, speaker_nation: str | None,
                            ) -> tuple[list[Mention], str | None]:
    """The actors (and the speaker's nation) without those whose stance only an outside voice
    gives: advice, a demand, an estimate, a report of others, a former official, a warning, a
    teller."""
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
    return actors, speaker_nation


def _others_or_asked_dropped(sent: Sent, s: int, e: int, stance: str, actors: list[Mention],
                             paired: bool) -> list[Mention]:
    """The actors without those the stance is not of: "many others", the adversary's judgement,
    troops redeployed, a question asked."""
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
    return actors


def _actors_named_elsewhere(kind: str, sent: Sent, s: int, e: int, stance: str,
                            actors: list[Mention], owners: list[Mention] | None,
                            speaker_nation: str | None,
                            ) -> tuple[list[Mention], list[Mention] | None]:
    """With no actors yet: a pronoun's nation, a titled speaker's, "we", a parliament's, the
    owner of an uncertain participation (who then owns the cue)."""
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
    return actors, owners


def _actors_of_this_clause(sent: Sent, s: int, e: int, actors: list[Mention],
                           owners: list[Mention] | None, home: str | None,
                           speaker_nation: str | None) -> tuple[list[Mention], str | None]:
    """The actors without troops kept at home, a force's or unnamed nations' relative clause,
    or "their" for others."""
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
    return actors, speaker_nation


def _holders_or_orphan(sent: Sent, s: int, stance: str, cue: str, condition: str | None,
                       actors: list[Mention], home: str | None, speaker_nation: str | None,
                       orphans: list[Orphan] | None) -> list[tuple[str, str, str | None]]:
    """The holders (nation, its text, its group): the actors, else the speaker's nation; with
    none, a troop stance is added to ``orphans`` for the caller."""
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
    return hits


_TOLD_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "reporters", "journalists"})


def _teller_of_it(sent: Sent, s: int) -> Mention | None:
    """The nation that "told" someone "it" would (not) ...: "Norway had told him it would not
    contribute troops" -- "it" is the teller, not the one told nor the speaker."""
    low = sent.lower
    k = s - 1
    while k >= 0 and low[k] in ("would", "will", "could", "was", "is", "had", "has", "not",
                                "n't", "might", "may", "can", "cannot"):
        k -= 1
    if k < 3 or low[k] != "it":
        return None
    j = k - 1 if low[k - 1] == "that" else k
    if low[j - 1] not in _TOLD_PRONOUNS or low[j - 2] not in ("told", "tells", "assured", "informed"):
        return None
    end = j - 2
    while end > 0 and low[end - 1] in ("had", "has", "have", "also", "privately"):
        end -= 1
    return next((m for m in sent.mentions if m.end == end and m.label != "PERSON"), None)


_DETAILS_TALKED = _DETAILS | {"form", "forms", "figures", "modalities", "scale"}


def _details_too_early(low: list[str], e: int) -> bool:
    """(s63) The undecided cue ending at ``e`` is about talking of the details ("too soon to talk
    about the form", "too early to discuss numbers")."""
    window = low[e:e + 8]
    return not _DETAILS_TALKED.isdisjoint(window) and not {"talk", "discuss", "speak", "speculate",
                                                   "say"}.isdisjoint(window)


def _add_hits(out: list[StanceHit], seen: set[tuple[str, str]], sent: Sent, s: int, e: int,
              hits: list[tuple[str, str, str | None]], stance: str, cue: str,
              condition: str | None, base: str | None,
              ) -> tuple[list[StanceHit], set[tuple[str, str]]]:
    """``out`` and ``seen`` with the cue's stance for each holder: an offer of something else
    after a refusal left out, a later cue qualifying an earlier one, a condition only its
    speakers state."""
    n_before = len(out)
    for iso3, text, group in hits:
        key = (iso3, stance)
        if key in seen:
            continue
        if stance == "undecided" and _details_too_early(sent.lower, e) and any(
                h.actor == iso3 and h.stance in ("ready", "open", "conditional") for h in out):
            continue  # (s63) "open to contributing troops, but too soon to talk about the
            # form": the details are undecided, not the offer
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
            # (s68) weighing it and not yet deciding stand together ("would consider any
            # request, but it was too early to make a decision": open and undecided, as the
            # annotators record both)
            out = [h for h in out if not (h.actor == iso3 and h.stance in TROOP_STANCES
                                          and not _both_stand(h, stance, cue))]
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
    return out, seen


_NAMED_TERMS = frozenset({"mandate", "us-backstop", "parliament", "constitution"})


def _its_own_but(low: list[str], e: int) -> bool:
    """(s68) A "but" clause after the cue that is the same nation's ("but its neutrality law
    required ...", "but it said ...") and negates nothing ("but it said a UN mandate was not
    required" names no condition)."""
    at = next((k for k in range(e, len(low)) if low[k] == "but"), None)
    if at is not None and low[at + 1:at + 2] == ["that"]:
        at += 1  # "..., but that its neutrality law required ..." (reported)
    if at is None or low[at + 1:at + 2] not in (["its"], ["it"], ["their"], ["they"]):
        return False
    end = next((k for k in range(at + 1, len(low)) if low[k] in (";", "while", "whereas")), len(low))
    return NEGATIONS.isdisjoint(low[at + 1:end]) and "no" not in low[at + 1:end]
_WEIGHING = frozenset({"consider", "considers", "considering", "weigh", "weighs", "weighing",
                       "ruled", "rule"})
_NO_DECISION_YET = frozenset({"decision", "decide", "decided", "early", "soon", "premature"})


def _both_stand(earlier: StanceHit, stance: str, cue: str) -> bool:
    """Whether a later cue stands beside an earlier one of the same nation rather than
    qualifying it: (s71) no plan now and the option weighed (below); (s68) an open weighing
    ("would consider any request", "has not ruled it out") and then no decision yet ("but it was
    too early to make a decision"), both as the annotators record them; not a possibility set
    against a question left open ("could station forces ..., but left open whether ...", which
    stays undecided alone)."""
    if earlier.stance == "declines" and stance == "open" and \
            not {"plans", "plan"}.isdisjoint(earlier.cue.lower().split()) and \
            not _WEIGHING.isdisjoint(cue.lower().split()):
        return True  # (s71) "has no plans to send personnel, but left open considering such
        # options": no plan now and the option weighed, both as set 149's readers record them
    return earlier.stance == "open" and stance == "undecided" and \
        not _WEIGHING.isdisjoint(earlier.cue.lower().split()) and \
        not _NO_DECISION_YET.isdisjoint(cue.lower().split())


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
    # (s67) "any coalition of the willing which intends to send soldiers": the coalition's
    return bool(before) and (before[-1] in _FORCE_ANTECEDENTS
                             or before[-3:] == ["of", "the", "willing"])


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


def rejected_by(sent: Sent, topic: AbstractSet[str] = frozenset()) -> list[tuple[Mention, int]]:
    """The nations named after "(was) rejected by" whose passive subject is a proposal of
    troops (or, s71, "the suggestion" of the troops the report is about: ``topic``), with the
    index of the verb."""
    low = sent.lower
    out: list[tuple[Mention, int]] = []
    for k, w in enumerate(low):
        # (s45) "... was last night rejected by Germany": a time between the auxiliary and verb
        if w not in _REJECTED or low[k + 1:k + 2] != ["by"] or \
                not {"was", "were", "been", "is", "are"}.intersection(low[max(0, k - 5):k]):
            continue
        if _PROPOSALS.isdisjoint(low[:k]) or TROOP_WORDS.isdisjoint(low[:k]) and not (
                low[:1] == ["the"] and low[1:2] != [] and low[1] in _PROPOSALS
                and not TROOP_WORDS.isdisjoint(topic)):
            continue
        at = k + 2
        if "including" in low[k + 2:k + 8]:  # (s71) "by several NATO members, including
            at = low.index("including", k + 2) + 1  # Germany, the UK, Spain, Poland"
        first = next((m for m in sent.mentions if m.start == at
                      or m.start == at + 1 and low[at] in ("the", "both")), None)
        if first is not None:
            out.extend((m, k) for m in sent.coordinated(first) if m.iso3 not in HOST_AND_ADVERSARY)
    return out


# (s34) "have said they are willing to put British and French troops on the ground but it is not
# clear if other countries are keen on doing the same": an "if" after "(not / un)clear" asks a
# question; it is no condition, and a doubt inside it is not the named nations'
_ASKING_IF_AFTER = frozenset({"clear", "unclear", "known", "unknown", "sure", "unsure", "certain",
                              "uncertain", "wonder", "wondering", "ask", "asked", "asking",
                              # (s69) "has not decided whether its soldiers would take part"
                              "decided", "decide", "undecided"})


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
    undecided_q = low[q - 1] == "undecided" or low[q - 1] in ("decided", "decide") and not (
        NEGATIONS | {"yet", "never"}).isdisjoint(low[max(0, q - 4):q - 1])  # (its undecided
    # stands; review s69: not "has decided whether ..., and the answer is yes")
    untold = _untold_if(low, q) or undecided_q
    out: list[StanceHit] = []
    for h in hits:
        at = cue_at(sent, h)
        end = None if at is None else at + len(h.cue.split())
        if at is not None and end is not None and end > q and at < asked_end and (
                h.stance in ("declines", "undecided", "open")
                and not (undecided_q and h.stance == "undecided")
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
