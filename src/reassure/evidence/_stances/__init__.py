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

The reader's modules, lowest first (each imports only modules above it in this list):

- ``lexicon``: the stances, conditions, cue words and the record of a reading;
- ``holders``: groups, lists, counted references, orphans, questions, voices outside the
  government;
- ``conditions``: the condition of a conditional stance (US backstop, parliament, ceasefire,
  mandate);
- ``cue_clause``: the clause around a cue: what makes it no offer of the nation's own troops;
- ``negation``: negation, refusals and hedges;
- ``owners``: signers, speakers' nations, proposers, others' troops, a group's members;
- ``frames``: sentence frames around a cue: questions answered, "too early", exceptions, warnings;
- ``phrasings``: readings run after `find_stances` that add or drop a stance, by the phrasing
  (written in sessions 35-40);
- ``clause_shapes``: the same, by the clause's shape, and polls (sessions 41-44);
- ``positions``: positions told without a cue of their own: labelled lists, ellipses, "the same";
- ``matcher``: the cue patterns (spaCy `Matcher`) and `CueMatcher`;
- ``classify``: `_classify`: the stance a cue stands for, by rules read in order;
- ``find``: `find_stances`: the stances in one sentence, and the checks beside it.

This package re-exports their public names; a private name is imported from its module.
"""

from __future__ import annotations

from reassure.evidence._stances.clause_shapes import (
    BARE_TROOPS,
    CLAUSE_SHAPE_TRIGGERS,
    DENYING_TRIGGERS,
    IDEA_NOUNS,
    INDIRECT_OFFER_TRIGGERS,
    POLL_WORDS,
    SAYING_TRIGGERS,
    UNLIKE_ENVISIONED_PLEDGED_TRIGGERS,
    boots_and_planes,
    clause_shape_stances,
    decisions_to_come,
    denied_own_part,
    expected_refusals,
    false_stories,
    idea_not_ruled_out,
    indirect_offers,
    may_hold_clause_shape,
    misread_by_clause_shape,
    misread_by_wording,
    needed_offers,
    offers_under_difficulty,
    offers_unlike_envisioned_pledged,
    other_holders_clause,
    others_hopes,
    others_infinitive,
    own_clause_after,
    plans_under_review,
    poll_findings,
    said_untrue_or_by_nobody,
    sayers_troops_could,
    sending_together_with,
    sent_elsewhere,
    troops_could_be_needed,
    unclear_whether,
    withdrawal_denied,
)
from reassure.evidence._stances.conditions import required_later
from reassure.evidence._stances.cue_clause import (
    WAR_NOW_WORDS,
    asked_about_fighting,
    capacity_only,
    combat_only,
    former_reporter,
    home_territory,
    judgement_after,
    nato_soil_not_inside,
    only_on_nato_soil,
    reported_by_others,
    told_person,
)
from reassure.evidence._stances.find import (
    advised_or_outsiders,
    beside_ukraine,
    embedded_question,
    find_stances,
    others_named_troops,
    outside_question,
    outside_ukraine,
    plans_halted,
    plans_kept,
    rejected_by,
)
from reassure.evidence._stances.frames import (
    CABINET_TRIGGERS,
    EXCEPT_TRIGGERS,
    FRAME_WORDS,
    HARM_WORDS,
    JOINED,
    PART_WORDS,
    SIGNS_TRIGGERS,
    WARNED_TRIGGERS,
    answered_question,
    as_have_too,
    cabinet_approved,
    cannot_say_whether,
    decide_or_without,
    discussing_own_troops,
    excepted,
    hedged_open,
    hedged_that,
    joined_in,
    opposition_from,
    participation_frame,
    plan_for_own_troops,
    premature_talk,
    ready_to_lead_troops,
    redeployed_from,
    relative_planners,
    signals_from,
    too_early_whether,
    troops_come_from,
    troops_from_deployed,
    warned_or_some,
    willing_for,
)
from reassure.evidence._stances.holders import (
    OUTSIDE_VOICES,
    STANCE_CONTEXT,
    counted_reference,
    is_question,
    opposition_speaks,
    outside_government,
    said_by_outsider_after,
    with_list_only,
)
from reassure.evidence._stances.lexicon import (
    CONDITIONS,
    POLARITY,
    STANCES,
    TROOP_STANCES,
    TROOP_WORDS,
    Orphan,
    StanceHit,
    could_hold_stance,
    cue_at,
    names_money,
)
from reassure.evidence._stances.matcher import CueMatcher, stance_matcher
from reassure.evidence._stances.negation import (
    SENT_PEOPLE,
    TAKEN_BACK,
    USE_DETERMINERS,
    deployment_without,
    money_offer,
    opting_out,
    plan_given_up,
    statement_withheld,
    until_contrast,
    without_required,
)
from reassure.evidence._stances.owners import (
    in_a_later_clause,
    others_about,
    others_troops_only,
    rules_for_sending,
    too_much_to,
    unsaid_if_among,
)
from reassure.evidence._stances.phrasings import (
    ANNOUNCING,
    COMMITMENT_NOUNS,
    DISMISSED_TRIGGERS,
    EXCLUSION_TRIGGERS,
    FRONTED_CONDITIONS,
    NON_STATE_SUBJECTS,
    PLAN_AND_TALK_TRIGGERS,
    PROPOSING,
    announced_sending,
    commitments_from,
    contribution_without_troops,
    current_war_refusals,
    dismissed_worry,
    exclusions_and_unsaid,
    fronted_condition,
    lead_role_only,
    misread_frames,
    non_state_orphans,
    non_state_subjects,
    not_all_committed,
    only_hinted,
    others_mission_weighed,
    pending_condition,
    plan_and_talk_stances,
    proposed_sending,
    refusals_to_act_alone,
    unanswered,
)
from reassure.evidence._stances.positions import (
    DISTANCING,
    ECHO_TRIGGERS,
    ELLIPSIS_TRIGGERS,
    ELLIPTIC_TRIGGERS,
    FORCE_WORDS,
    NO_OWN_TROOPS,
    PROPOSED_THAT,
    SAME_TRIGGERS,
    SET_APART_WORDS,
    among_inverted,
    bare_positions,
    declared_by,
    distanced_from_suggestion,
    echoed_by,
    ellipsis_answers,
    elliptic_positions,
    in_or_out,
    label_has_troops,
    labelled_context,
    labelled_list,
    list_label,
    nation_row,
    no_own_troops,
    on_sending_troops,
    own_troops_from,
    row_context,
    row_separator,
    same_as_before,
    set_apart,
    superseded_by_now,
    table_header,
    their_own_troops,
)

__all__ = [
    "TAKEN_BACK",
    "ANNOUNCING", "BARE_TROOPS", "CABINET_TRIGGERS", "CLAUSE_SHAPE_TRIGGERS", "COMMITMENT_NOUNS",
    "CONDITIONS", "CueMatcher", "DENYING_TRIGGERS", "DISMISSED_TRIGGERS", "DISTANCING",
    "ECHO_TRIGGERS", "ELLIPSIS_TRIGGERS", "ELLIPTIC_TRIGGERS", "EXCEPT_TRIGGERS",
    "EXCLUSION_TRIGGERS", "FORCE_WORDS", "FRAME_WORDS", "FRONTED_CONDITIONS", "HARM_WORDS",
    "INDIRECT_OFFER_TRIGGERS", "JOINED", "NON_STATE_SUBJECTS", "NO_OWN_TROOPS", "OUTSIDE_VOICES",
    "Orphan", "PART_WORDS", "PLAN_AND_TALK_TRIGGERS", "POLARITY", "POLL_WORDS", "PROPOSED_THAT",
    "PROPOSING", "SAME_TRIGGERS", "SAYING_TRIGGERS", "SENT_PEOPLE", "SET_APART_WORDS",
    "SIGNS_TRIGGERS", "STANCES", "STANCE_CONTEXT", "StanceHit", "TROOP_STANCES", "TROOP_WORDS",
    "UNLIKE_ENVISIONED_PLEDGED_TRIGGERS", "USE_DETERMINERS", "WARNED_TRIGGERS", "WAR_NOW_WORDS",
    "advised_or_outsiders", "among_inverted", "announced_sending", "answered_question",
    "as_have_too", "asked_about_fighting", "beside_ukraine", "cabinet_approved",
    "cannot_say_whether", "capacity_only", "clause_shape_stances", "combat_only",
    "commitments_from", "contribution_without_troops", "could_hold_stance", "counted_reference",
    "cue_at", "current_war_refusals", "decide_or_without", "decisions_to_come", "declared_by",
    "denied_own_part", "deployment_without", "discussing_own_troops", "dismissed_worry",
    "boots_and_planes", "sending_together_with", "idea_not_ruled_out", "IDEA_NOUNS",
    "distanced_from_suggestion", "echoed_by", "ellipsis_answers", "elliptic_positions",
    "embedded_question", "excepted", "exclusions_and_unsaid", "expected_refusals", "false_stories", "own_clause_after", "withdrawal_denied", "said_untrue_or_by_nobody", "sent_elsewhere",
    "find_stances", "former_reporter", "fronted_condition", "hedged_open", "hedged_that",
    "home_territory", "in_a_later_clause", "indirect_offers", "is_question", "joined_in",
    "judgement_after",
    "bare_positions", "in_or_out", "label_has_troops", "labelled_context", "labelled_list", "lead_role_only", "list_label", "table_header",
    "may_hold_clause_shape", "misread_by_clause_shape", "misread_by_wording", "misread_frames",
    "money_offer", "names_money", "nation_row", "needed_offers", "no_own_troops",
    "non_state_orphans", "non_state_subjects", "not_all_committed", "offers_under_difficulty",
    "offers_unlike_envisioned_pledged", "on_sending_troops", "only_hinted", "nato_soil_not_inside", "only_on_nato_soil",
    "opposition_from", "opposition_speaks", "opting_out", "other_holders_clause", "plan_given_up", "others_about", "others_hopes", "others_infinitive",
    "others_mission_weighed", "others_named_troops", "others_troops_only", "outside_government",
    "outside_question", "outside_ukraine", "own_troops_from", "participation_frame",
    "pending_condition", "plan_and_talk_stances", "plan_for_own_troops", "plans_halted",
    "plans_kept", "plans_under_review", "poll_findings", "premature_talk", "proposed_sending",
    "ready_to_lead_troops", "redeployed_from", "refusals_to_act_alone", "rejected_by",
    "relative_planners", "reported_by_others", "required_later", "row_context", "row_separator",
    "rules_for_sending", "said_by_outsider_after", "same_as_before", "sayers_troops_could",
    "set_apart", "signals_from", "stance_matcher", "statement_withheld", "superseded_by_now",
    "their_own_troops", "told_person", "too_early_whether", "too_much_to", "troops_come_from",
    "troops_could_be_needed", "troops_from_deployed", "unanswered", "unclear_whether",
    "unsaid_if_among", "until_contrast", "warned_or_some", "willing_for", "with_list_only",
    "without_required",
]
