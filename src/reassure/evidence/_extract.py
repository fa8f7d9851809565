"""Running the extractors over cleaned reports: one spaCy Doc per report.

A report's kept paragraphs are joined with blank lines into one Doc (a sentence never spans two
paragraphs: see `_nlp`); the quantity and stance matchers run once per Doc and their matches are
handed to the sentence they fall in. Offsets are mapped back to ``Report.text``.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from typing import Any

from reassure.evidence import _stance_model
from reassure.evidence._claim_model import revise
from reassure.evidence._claims import (
    _DEONTIC,
    _KILO_RANGE,
    _OPTION_LABELS,
    MONTHS,
    OFFERING_NATION,
    REQUEST_CUES,
    SUBJECTS,
    UNIT_NOUNS,
    QuantityHit,
    _compared_with_what,
    _contribution_label,
    _other_figure_between,
    changed_from_to,
    combined_total,
    could_hold_quantity,
    distribute_each,
    find_quantities,
    floor_after,
    gapped_contributions,
    listed_contributions,
    quantity_matcher,
    quantity_windows,
    table_cells,
    the_two,
)
from reassure.evidence._gazetteer import (
    DEMONYMS,
    HOST_AND_ADVERSARY,
    PARLIAMENTS,
    actor_name,
    country_named,
    nation_of,
)
from reassure.evidence._grammar import (
    GRAMMAR_OBJECTS,
    PREPARE_WORDS,
    REGION_WORDS,
    grammar_stances,
)
from reassure.evidence._model import QuantityClaim, Report, StanceClaim
from reassure.evidence._nlp import annotate, get_nlp
from reassure.evidence._stances import (
    ANNOUNCING,
    BARE_TROOPS,
    CABINET_TRIGGERS,
    CLAUSE_SHAPE_TRIGGERS,
    COMMITMENT_NOUNS,
    DENYING_TRIGGERS,
    DISMISSED_TRIGGERS,
    DISTANCING,
    ECHO_TRIGGERS,
    ELLIPSIS_TRIGGERS,
    ELLIPTIC_TRIGGERS,
    EXCEPT_TRIGGERS,
    EXCLUSION_TRIGGERS,
    FORCE_WORDS,
    FRAME_WORDS,
    FRONTED_CONDITIONS,
    IDEA_NOUNS,
    INDIRECT_OFFER_TRIGGERS,
    JOINED,
    NO_OWN_TROOPS,
    NON_STATE_SUBJECTS,
    OUTSIDE_VOICES,
    PART_WORDS,
    PLAN_AND_TALK_TRIGGERS,
    POLL_WORDS,
    PROPOSED_THAT,
    PROPOSING,
    SAME_TRIGGERS,
    SAYING_TRIGGERS,
    SET_APART_WORDS,
    SIGNS_TRIGGERS,
    STANCE_CONTEXT,
    TAKEN_BACK,
    TROOP_STANCES,
    UNLIKE_ENVISIONED_PLEDGED_TRIGGERS,
    WAR_NOW_WORDS,
    WARNED_TRIGGERS,
    Orphan,
    StanceHit,
    advised_or_outsiders,
    among_inverted,
    announced_sending,
    answered_question,
    as_have_too,
    asked_about_fighting,
    bare_positions,
    boots_and_planes,
    cabinet_approved,
    cannot_say_whether,
    capacity_only,
    clause_shape_stances,
    commitments_from,
    contribution_without_troops,
    could_hold_stance,
    counted_reference,
    cue_at,
    current_war_refusals,
    decide_or_without,
    decisions_to_come,
    declared_by,
    denied_own_part,
    deployment_without,
    discussing_own_troops,
    dismissed_worry,
    distanced_from_suggestion,
    echoed_by,
    ellipsis_answers,
    elliptic_positions,
    embedded_question,
    excepted,
    exclusions_and_unsaid,
    expected_refusals,
    false_stories,
    find_stances,
    fronted_condition,
    hedged_open,
    home_territory,
    idea_not_ruled_out,
    in_a_later_clause,
    in_or_out,
    indirect_offers,
    joined_in,
    label_has_troops,
    labelled_context,
    labelled_list,
    lead_role_only,
    list_label,
    may_hold_clause_shape,
    misread_by_clause_shape,
    misread_by_wording,
    misread_frames,
    nation_row,
    nato_soil_not_inside,
    needed_offers,
    no_own_troops,
    non_state_orphans,
    non_state_subjects,
    not_all_committed,
    offers_under_difficulty,
    offers_unlike_envisioned_pledged,
    on_sending_troops,
    only_hinted,
    only_on_nato_soil,
    opposition_from,
    other_holders_clause,
    others_hopes,
    others_infinitive,
    others_mission_weighed,
    others_named_troops,
    others_troops_only,
    outside_question,
    own_clause_after,
    own_troops_from,
    participation_frame,
    pending_condition,
    plan_and_talk_stances,
    plan_for_own_troops,
    plans_halted,
    plans_kept,
    plans_under_review,
    poll_findings,
    premature_talk,
    proposed_sending,
    ready_to_lead_troops,
    refusals_to_act_alone,
    rejected_by,
    relative_planners,
    required_later,
    row_context,
    row_separator,
    rules_for_sending,
    said_untrue_or_by_nobody,
    same_as_before,
    sayers_troops_could,
    sending_together_with,
    sent_elsewhere,
    set_apart,
    signals_from,
    stance_matcher,
    superseded_by_now,
    table_header,
    their_own_troops,
    too_early_whether,
    troops_come_from,
    troops_could_be_needed,
    troops_from_deployed,
    unanswered,
    unclear_whether,
    unsaid_if_among,
    warned_or_some,
    willing_for,
    withdrawal_denied,
)
from reassure.evidence._stances.conditions import INSISTING
from reassure.evidence._stances.cue_clause import (
    _DENIED_THAT,
    _EXCLUDING,
    _RUMOURS,
    placed_elsewhere,
)
from reassure.evidence._stances.lexicon import NEGATIONS, WITHDRAWN
from reassure.evidence._text import (
    LIST_GLUE,
    OPENING_CONCESSION,
    SPEECH,
    Mention,
    Sent,
    claim_hash,
    could_name_speaker,
    find_speaker,
)
from reassure.evidence._withheld import POSSIBLE_TRIGGERS, only_possible, withheld_commitments
from reassure.evidence._withheld import TRIGGERS as WITHHOLDING_TRIGGERS

__all__ = ["extract", "extract_all"]

SEP = "\n\n"


# never one of "the two nations" a sentence refers back to (the host, the adversary, the backstop)
_NOT_PAIRED = HOST_AND_ADVERSARY | {"USA"}


# a token's lower-case form by its LOWER hash, and the hashes of forms like "30k" (a number
# the tokenizer's LIKE_NUM misses). A word's form depends on its hash alone, so this is the
# StringStore lookup and the two string tests done once per distinct word in the process rather
# than once per token (they were about 5 % of the ledger's time: issue 15za). Bounded by the
# vocabulary, as spaCy's own StringStore is.
_LOWER_OF: dict[int, str] = {}
_K_NUMBERS: set[int] = set()


def _lower_forms(hashes: list[int], strings: Any) -> list[str]:
    """The tokens' lower-case forms, adding the words not seen before to `_LOWER_OF`."""
    for h in hashes:
        if h not in _LOWER_OF:
            w = strings[h]
            # a curly apostrophe inside a token reads as a straight one ("won’t" was read
            # "won", no negation: issue 15n); a lone "’" stays a closing quote
            if len(w) > 1 and "’" in w:
                w = w.replace("’", "'")
            # (tested on the form with the apostrophe replaced, as before)
            if w[:1].isdigit() and w[-1:] == "k" and (
                    w[:-1].replace(".", "", 1).isdigit() or _KILO_RANGE.match(w)):
                _K_NUMBERS.add(h)  # "30k", (s62) "20k-30k"
            _LOWER_OF[h] = _READ_AS.get(w, w)
    return list(map(_LOWER_OF.__getitem__, hashes))


# (s34) words read as their common synonym by every rule: "have voiced their willingness to
# partake in such a mission" (set 90) is "to participate"
_READ_AS = {"partake": "participate", "partakes": "participates", "partaking": "participating",
            "partook": "participated"}


def extract(reports: Sequence[Report]) -> dict[str, tuple[list[QuantityClaim], list[StanceClaim]]]:
    """Quantity claims and stances of each report, keyed by report id."""
    return {rid: (qs, ss) for rid, (qs, ss, _) in extract_all(reports).items()}



def _he_of(low: list[str]) -> bool:
    """The sentence opens with "he" or "she" as its subject ("He has also ...", "Later, she
    said ..."): the last speaker, when nothing in it names another."""
    return low[:1] in (["he"], ["she"]) or len(low) > 2 and low[1] == "," and low[2] in ("he", "she")


@dataclass(slots=True, eq=False)
class _Tools:
    """The matchers and the stance model, shared by every report of one `extract_all` call."""

    qmatcher: Any
    smatcher: Any
    filter_spans: Any
    strings: Any
    collect: list[Any] | None
    model: Any
    wide: bool
    per_report: bool


def _load_tools() -> _Tools:
    """The quantity and stance matchers and the stance model (or the candidates' collector)."""
    from spacy.util import filter_spans

    nlp = get_nlp()
    qmatcher = quantity_matcher(nlp.vocab)
    smatcher = stance_matcher()
    collect = _stance_model.COLLECT
    model = None if collect is not None else _stance_model.load_model()
    wide = collect is not None or (model is not None and model.mode != "filter")
    per_report = model is not None and model.mode == "report"
    strings = nlp.vocab.strings
    return _Tools(qmatcher, smatcher, filter_spans, strings, collect, model, wide, per_report)


@dataclass(slots=True, eq=False)
class _ReportState:
    """One report as its sentences are read: its token arrays, the claims read so far, and what
    each sentence leaves for the ones after it."""

    report: Report
    joined: str
    doc: Any
    sentences: list[tuple[int, int]]
    joined_starts: list[int]  # each paragraph's offset in `joined`
    src_starts: list[int]  # ... and in Report.text
    lower: list[str]  # the token arrays (`_report_state`)
    idx: list[int]
    space: list[int]
    number: list[int]
    lens: list[int]
    ents: list[Any]  # the nation, person and group mentions
    quantities: list[QuantityClaim] = field(default_factory=list)
    stances: list[StanceClaim] = field(default_factory=list)
    # each id given -> the next "-n" a repeat of it takes
    used: dict[str, int] = field(default_factory=dict)
    last: str | None = None
    prev: set[str] = field(default_factory=set)
    # the force named two sentences back, carried through a sentence that read stances of
    # its own ("... contribute to the force. X and Y have indicated readiness to participate.
    # Z has not ruled out involvement."; s25)
    carried: frozenset[str] = frozenset()
    # (s57) the stances of the sentence before
    last_hits: list[StanceHit] = field(default_factory=list)
    interviewee: str | None = None  # (s59) the nation an interview's questions name
    # (s72) who the sentence before quotes: a quotation opening the next sentence continues it
    said_before: str | None = None
    # (s64) every nation named so far but the host, the adversary and the US: a report on one
    # nation lets "the government" stand for it
    nations_named: set[str] = field(default_factory=set)
    # (s64) each paragraph's closing "?" when the report reads as an interview (two or more
    # short paragraphs that are questions), else empty: the answers are the interviewee's
    asked_paragraphs: list[bool] = field(default_factory=list)
    # (s64) the nations that deny reports (claims, rumours) in the report: "China denies
    # reports that Beijing plans to send troops"
    denied: dict[str, set[int]] = field(default_factory=dict)  # nation -> its denials' offsets
    # (s64) the header cells' words of the table whose rows are being read, or None
    table_columns: list[frozenset[str]] | None = None
    in_answer: bool = False
    # (s74) the one nation a bare question on its troops named, for a bare answer after it
    # ("Italian soldiers in Ukraine? Absolutely not.")
    asked: str | None = None
    # (s57) sentences since the last on sending troops (1: the sentence before), for a
    # position told with the troops left out ("... send troops. Stockholm has talked of a
    # battalion. Norway has not ruled it out.")
    since_sending: int = 99
    force_seen: bool = False  # (s57) the report has named the force or Ukraine
    since_rows: int = 99
    labelled_run: bool = False  # (s56) the sentence before was a labelled list line
    # (s41) the force words of the last sentence that is neither a quote nor a stray line
    # ("Advertisement"): what a bare "open to participating" takes part in
    topic: frozenset[str] = frozenset()
    # the sentence before: its token span, entities and text offset (cross-sentence stances)
    before: tuple[int, int, list[Any], int] | None = None
    before_sent: Sent | None = None  # its Sent, when one was built
    # group-subject stances waiting for the nations' names
    pending: list[Orphan] = field(default_factory=list)
    # unit noun -> the one nation that offered it
    offered: dict[str, str] = field(default_factory=dict)
    # stances decided at the report's end (model)
    held: list[_stance_model.Span] = field(default_factory=list)
    # (s42) the clause-shape pass's "open" readings, by (nation, sentence start)
    shape_open: set[tuple[str, int]] = field(default_factory=set)
    ei: int = 0  # the first mention not before the sentence
    last_named: list[str] = field(default_factory=list)
    # a titled speaker's surname -> nation ("Ozola": 15x)
    people: dict[str, str] = field(default_factory=dict)
    offered_before: set[str] = field(default_factory=set)
    n_read: int = 0  # the stances read into offered_before


@dataclass(slots=True, eq=False)
class _Cues:
    """What one sentence's words hold before it is read: its span and entities, the matchers'
    hits, and which of the passes can find anything in it."""

    s0: int
    s1: int
    sent_ents: list[Any]
    named_before: list[str]
    words: set[str]
    qs: list[tuple[int, int]]
    ss: list[tuple[str, int, int]]
    may_quantity: bool
    char0: int
    offset: int
    listing: bool
    labelled: bool
    after_troops: bool
    shaped: bool
    offered_last: set[str]
    framed: bool
    same: bool
    sending_here: bool
    no_own: bool
    apart: bool
    elliptic: bool
    theirs: bool
    answering: bool
    checked: bool


def extract_all(
    reports: Sequence[Report],
) -> dict[str, tuple[list[QuantityClaim], list[StanceClaim], frozenset[str]]]:
    """Quantity claims, stances and the nations named, of each report, keyed by report id."""
    tools = _load_tools()
    out: dict[str, tuple[list[QuantityClaim], list[StanceClaim], frozenset[str]]] = {}
    texts = [SEP.join(r.text[a:b] for a, b in r.paragraphs) for r in reports]
    for report, joined, (doc, sentences, doc_ents) in zip(reports, texts, annotate(texts),
                                                          strict=True):
        state = _report_state(report, joined, doc, sentences, doc_ents, tools.strings)
        for s0, s1 in sentences:
            _read_sentence(state, tools, s0, s1)
        out[report.id] = _finish_report(state, tools.model)
    return out


def _report_state(report: Report, joined: str, doc: Any, sentences: list[tuple[int, int]],
                  doc_ents: list[Any], strings: Any) -> _ReportState:
    """A report's paragraph offsets, token arrays and mentions, before any sentence is read."""
    from spacy.attrs import IDX, IS_SPACE, LENGTH, LIKE_NUM, LOWER

    # joined-text offset of each paragraph, and its offset in Report.text
    joined_starts: list[int] = []
    pos = 0
    for a, b in report.paragraphs:
        joined_starts.append(pos)
        pos += (b - a) + len(SEP)
    src_starts = [a for a, _ in report.paragraphs]

    arr = doc.to_array([LOWER, IDX, IS_SPACE, LIKE_NUM, LENGTH]).T.tolist()
    if not arr:
        arr = [[], [], [], [], []]
    hashes = arr[0]
    # each token's lower-case form by its LOWER hash (`_lower_forms`: computed once per
    # distinct word in the process, not once per token; speed, issue 15za)
    try:
        lower = list(map(_LOWER_OF.__getitem__, hashes))
    except KeyError:
        lower = _lower_forms(hashes, strings)
    idx, space, number, lens = arr[1], arr[2], arr[3], arr[4]
    if not _K_NUMBERS.isdisjoint(hashes):  # "30k troops": a number too
        for k, h in enumerate(hashes):
            if h in _K_NUMBERS:
                number[k] = 1
    # (start, end, iso3, label, text) of every nation or person mention
    ents = [e for e in doc_ents if e[3] in ("NATION", "PERSON", "GROUP")]
    state = _ReportState(report, joined, doc, sentences, joined_starts, src_starts, lower, idx,
                         space, number, lens, ents)
    asked = [report.text[a:b].rstrip().endswith("?") and b - a < 300 for a, b in report.paragraphs]
    if sum(asked) >= 2:
        state.asked_paragraphs = asked
    return state


def _read_sentence(state: _ReportState, tools: _Tools, s0: int, s1: int) -> None:
    """Read one sentence's quantities and stances into the report, pass by pass, and leave what
    the sentences after it read."""
    cues = _sentence_cues(state, tools, s0, s1)
    if cues is None:
        return
    answered = _answered_no(state, cues)  # (nation, the answer's end) or None
    if _nothing_to_read(state, cues) and answered is None:
        _pass_over(state, cues)
        return  # nothing to extract, and no speaker to remember
    sent, said_by, speaker = _sentence_and_speaker(state, cues)
    shown = _shown_speaker(sent.text, said_by)  # what the claims record (s33)
    start, end = cues.offset, cues.offset + len(sent.text)
    if cues.may_quantity:
        _read_quantities(state, cues, sent, said_by, shown, start, end)
    orphans: list[Orphan] = []
    hits = _cue_stances(state, cues, sent, speaker, orphans)
    if answered is not None and not hits:
        hits = [StanceHit(actor=answered[0], actor_text=answered[0], stance="declines",
                          cue=sent.text_of(0, answered[1]))]
    hits, from_grammar = _add_grammar_stances(state, cues, sent, speaker, hits, start)
    hits = _offers_in_context(cues.words, sent, hits)
    hits = _sending_phrasings(cues.words, sent, speaker, hits, state.topic)
    hits = _undecided_and_framed(cues, sent, hits, state.prev)
    hits, orphans = _qualified(cues.words, sent, speaker, hits, orphans)
    if hits:
        hits = _not_the_holders_word(cues.words, sent, hits)
    hits = _conditions_and_history(state, cues, sent, said_by, speaker, hits)
    spans = _spans_with_sentence_before(state, cues, sent, hits, orphans, start, end)
    _record_stances(state, tools, cues, sent, spans, from_grammar, said_by, shown)
    _remember_sentence(state, cues, sent, hits, orphans)


def _sentence_entities(state: _ReportState, s0: int, s1: int) -> list[Any]:
    """The mentions inside the sentence's span, moving the report's entity cursor up to it."""
    ents, ei = state.ents, state.ei
    # matches and entities inside this sentence (all lists are sorted by start)
    while ei < len(ents) and ents[ei][0] < s0:
        ei += 1
    state.ei = ei
    sent_ents = []
    k = ei
    while k < len(ents) and ents[k][1] <= s1:
        sent_ents.append(ents[k])
        k += 1
    return sent_ents


def _sentence_cues(state: _ReportState, tools: _Tools, s0: int, s1: int) -> _Cues | None:
    """The sentence's span without its spaces, its matchers' hits and the cues the passes test
    (None for a blank one); keeps up the report's running counts as the sentence is reached."""
    space, lower, number = state.space, state.lower, state.number
    while s0 < s1 and space[s0]:
        s0 += 1
    while s1 > s0 and space[s1 - 1]:
        s1 -= 1
    if s0 >= s1:
        return None
    sent_ents = _sentence_entities(state, s0, s1)
    # the nations the last sentence naming any named, for "the two nations" (15p)
    named_before = state.last_named
    here = [x[2] for x in sent_ents if x[3] != "GROUP" and x[2] not in _NOT_PAIRED]
    if here:
        state.last_named = list(dict.fromkeys(here))
        state.nations_named.update(here)
    words = set(lower[s0:s1])
    qs: list[tuple[int, int]] = []
    may_quantity = could_hold_quantity(words, any(number[s0:s1]))
    if "|" in words:
        _table_line(state, lower[s0:s1])
        may_quantity = may_quantity or state.table_columns is not None and any(number[s0:s1])
    elif state.table_columns is not None and not any("|" in w for w in words) and s1 - s0 > 4:
        state.table_columns = None  # (the table ended; "|---|---|", or a header's end split off
        # at an abbreviation, "Est. | annual cost", keeps it)
    if may_quantity:
        found = [m for a, b in quantity_windows(lower, number, s0, s1)
                 for m in tools.qmatcher(state.doc[a:b], as_spans=True)]
        qs = [(m.start - s0, m.end - s0) for m in tools.filter_spans(found)]
    ss: list[tuple[str, int, int]] = []
    if could_hold_stance(words):
        ss = tools.smatcher(lower, s0, s1)
    char0 = state.idx[s0]
    joined_starts = state.joined_starts
    p = bisect_right(joined_starts, char0) - 1
    offset = state.src_starts[p] + (char0 - joined_starts[p])
    if here and not (_DENYING.isdisjoint(words) and "true" not in words and "false" not in words):
        nations, own_clause = _denier(lower, s0, s1, sent_ents, words | state.prev)
        for nation in nations:
            state.denied.setdefault(nation, set()).add(offset if own_clause else -1)
    prev, labelled_run, since_rows = state.prev, state.labelled_run, state.since_rows
    listing = bool(state.pending) and bool(sent_ents) and _enumerates(lower[s0:s1])
    # (s56) a labelled line ("Ruled out: Poland and Hungary.") after a sentence on troops,
    # or a row of nations ("- Poland: no troops.") after a frame of positions; either
    # right after another such line
    labelled = bool(sent_ents) and (
        (":" in words or "):" in words) and list_label(lower[s0:s1]) is not None and (
            labelled_run or labelled_context(prev) or label_has_troops(lower[s0:s1])
            or since_rows <= 2)  # (s63) a tracker's lines with a note between them
        or sent_ents[0][0] - s0 <= 1 and row_separator(lower[s0:s1]) is not None
        and (labelled_run or row_context(prev) or since_rows <= 3 or table_header(prev)
            or state.table_columns is not None))
    after_troops = not prev.isdisjoint(GRAMMAR_OBJECTS)
    shaped = (bool(sent_ents) or not words.isdisjoint(REGION_WORDS)) and (
        not words.isdisjoint(GRAMMAR_OBJECTS)
        or after_troops and not words.isdisjoint(("do", "doing", "possibility"))
        or "deployment" in words and not words.isdisjoint(PREPARE_WORDS))
    # the nations that offered troops in the sentences before: kept up as stances are
    # added (was rebuilt from all the report's stances at every sentence; 15za)
    # (s61) and those of the sentence just read, for "it" / "they" in a requirement
    offered_last = {c.actor for c in state.stances[state.n_read:] if c.stance in _OFFERS}
    state.offered_before |= offered_last
    state.n_read = len(state.stances)
    framed = bool(sent_ents) and (not words.isdisjoint(PART_WORDS) and not
                                  words.isdisjoint(FRAME_WORDS)
                                  or not words.isdisjoint(_RELATIVE_OR_LATER))
    state.labelled_run = labelled
    # (s57) sentences since a frame of positions or a row: rows read through the
    # sentences that explain them ("Italy - No troops. Rome offers training.")
    state.since_rows = 0 if labelled or row_context(words) else since_rows + 1
    last_hits, since_sending = state.last_hits, state.since_sending
    # (s57) "Norway followed suit.": the stance of the sentence before, in a passage on
    # sending troops
    same = bool(sent_ents) and bool(last_hits) and since_sending <= 2 and \
        not words.isdisjoint(SAME_TRIGGERS)
    state.force_seen = state.force_seen or not words.isdisjoint(FORCE_WORDS)
    sending_here = on_sending_troops(lower[s0:s1], state.force_seen)
    no_own = "no" in words and bool(sent_ents) and not words.isdisjoint(NO_OWN_TROOPS)
    apart = bool(sent_ents) and (
        "only" in words or "no" in words and not words.isdisjoint(SET_APART_WORDS))
    # (s57) a position with its troops left out ("Poland is resisting the proposal.")
    # where this sentence or one of the two before is on sending troops
    elliptic = bool(sent_ents) and not words.isdisjoint(ELLIPTIC_TRIGGERS) and (
        sending_here or since_sending <= 2)
    # (s58) "... have been trying to form a coalition to send their troops"
    theirs = bool(sent_ents) and "their" in words and sending_here
    # (s59) "Italy will not.", "So is Britain.": the sentence before's stance answered
    answering = bool(sent_ents) and bool(last_hits) and since_sending <= 2 and \
        not words.isdisjoint(ELLIPSIS_TRIGGERS)
    # (s59) a fact-check's "Claim: ..." line: what is checked, not what a source says
    checked = lower[s0:s0 + 2] == ["claim", ":"]
    return _Cues(s0, s1, sent_ents, named_before, words, qs, ss, may_quantity, char0, offset,
                 listing, labelled, after_troops, shaped, offered_last, framed, same,
                 sending_here, no_own, apart, elliptic, theirs, answering, checked)


def _nothing_to_read(state: _ReportState, cues: _Cues) -> bool:
    """No pass can find a claim in the sentence, nor a speaker to remember (or it is a
    fact-check's "Claim: ..." line)."""
    return cues.checked or not cues.may_quantity and not cues.ss and not cues.listing \
        and not cues.labelled and not cues.shaped and not cues.framed and not cues.elliptic \
        and not cues.same and not cues.no_own and not cues.theirs and not cues.answering \
        and not could_name_speaker(cues.words) and not (
            state.offered_before and required_later(state.lower[cues.s0:cues.s1]) is not None) \
        and not may_hold_clause_shape(cues.words) and not _in_or_out_line(state, cues)


def _in_or_out_line(state: _ReportState, cues: _Cues) -> bool:
    """(s67) Whether the sentence may be a round-up's "X and Y are in; Z is out." line."""
    if not cues.sent_ents or cues.words.isdisjoint(("in", "out")):
        return False
    low = state.lower[cues.s0:cues.s1]
    return any(a in ("is", "are") and b in ("in", "out") and c in (";", ".", ",", "!", ":")
               for a, b, c in zip(low, low[1:], [*low[2:], "."], strict=False))


_BARE_NOS = (["no"], ["absolutely", "not"], ["certainly", "not"], ["definitely", "not"],
             ["of", "course", "not"], ["never"], ["not", "at", "all"], ["out", "of", "the", "question"])
_OPENING_MARKS = frozenset({'"', "“", "'", "‘", "«"})


def _bare_no_end(low: list[str]) -> int | None:
    """(s74) The end of a bare negative answer opening the sentence ("Absolutely not.", '"No,"'),
    or None."""
    k = 1 if low[:1] and low[0] in _OPENING_MARKS else 0
    for no in _BARE_NOS:
        end = k + len(no)
        if low[k:end] == no and low[end:end + 1] != [] and low[end] in (".", ",", "!", ";", '"', "”"):
            return end
    return None


def _asked_of(low: list[str], sent_ents: list[Any]) -> str | None:
    """(s74) The one nation a bare question on its troops names ("Italian soldiers in
    Ukraine?", "British troops on the ground?"), with no negation of its own; or None."""
    if "?" not in low[-3:] or len(low) > 12 or _ASKED_TROOPS.isdisjoint(low) or \
            not {"not", "no", "n't", "never"}.isdisjoint(low):
        return None  # (the cheap tests first: every sentence is tried)
    named = {x[2] for x in sent_ents if x[3] != "GROUP" and x[2] not in _NOT_PAIRED}
    return named.pop() if len(named) == 1 else None


_ASKED_TROOPS = BARE_TROOPS | {"boots"}


def _answered_no(state: _ReportState, cues: _Cues) -> tuple[str, int] | None:
    """(s74) The nation a bare question right before asked about, and where the answer ends, when
    this sentence answers it with a bare no ("Italian soldiers in Ukraine? Absolutely not."): its
    refusal."""
    if state.asked is None:
        return None
    end = _bare_no_end(state.lower[cues.s0:cues.s1])
    return None if end is None else (state.asked, end)


def _pass_over(state: _ReportState, cues: _Cues) -> None:
    """A sentence with nothing to read: it ends the thread of stances, but is still the sentence
    before the next one."""
    s0, s1, words = cues.s0, cues.s1, cues.words
    if state.lower[s0:s0 + 2] in (["a", ":"], ["answer", ":"]):
        state.in_answer = True  # (s66) "A: Yes." alone: the answer's next sentences are the
        # interviewee's ("A: Yes. We are prepared to contribute")
    elif state.lower[s0:s0 + 2] in (["q", ":"], ["question", ":"]):
        state.in_answer = False  # a question with nothing to read still ends the answer
    state.asked = _asked_of(state.lower[s0:s1], cues.sent_ents)
    state.carried, state.prev, state.pending, state.last_hits = frozenset(), words, [], []
    state.since_sending = _thread(state.since_sending, cues.sending_here,
                                  not words.isdisjoint(STANCE_CONTEXT))
    state.topic = _topic_after(state.topic, words, _in_headline(state, cues))
    state.before = (s0, s1, cues.sent_ents, cues.offset)
    state.before_sent = None


_CLOSING_MARKS = re.compile(r'["”]')


def _all_quoted(text: str) -> bool:
    """(review s72) Nothing but the quotation itself: no words after a closing mark ('"Nothing
    can be ruled out" became his motto', '"...," a diplomat replied': not a quotation going on)."""
    closing = [m.end() for m in _CLOSING_MARKS.finditer(text) if m.start() > 0]
    return not closing or not any(c.isalpha() for c in text[closing[-1]:])


def _sentence_and_speaker(state: _ReportState,
                          cues: _Cues) -> tuple[Sent, str | None, str | None]:
    """The sentence, who says it (as written) and the speaker's nation, remembering the last
    speaker, a titled speaker's nation and an interview's interviewee for the sentences after."""
    lower, idx, lens = state.lower, state.idx, state.lens
    s0, s1 = cues.s0, cues.s1
    text = state.joined[cues.char0:idx[s1 - 1] + lens[s1 - 1]]
    sent = Sent(state.doc, s0, lower[s0:s1], idx[s0:s1], lens[s0:s1], cues.offset,
                cues.sent_ents, text)
    said_by = find_speaker(sent, state.last)
    if said_by is not None:
        state.last = said_by or None  # "" = someone unnamed spoke: forget the last speaker
    said_by = said_by or None
    opening = state.joined[max(0, idx[s0] - 2):idx[s0]]  # (the mark may close the sentence
    # before as a token)
    if said_by is None and (text[:1] in ('"', "“") or opening[-1:] in ('"', "“")
                            and opening[:1].isspace()) and state.said_before and \
            not SPEECH.intersection(lower[s0:s1]) and _all_quoted(text):
        said_by = state.said_before  # (s72) '"There is no consensus," Macron told reporters.
        # "But nothing can be ruled out."': the quotation goes on
    state.said_before = said_by
    speaker = nation_of(said_by)
    if speaker is not None and said_by is not None:
        _remember_person(said_by, speaker, state.people)
    elif said_by is None:
        speaker = _named_before(sent, state.people)  # "Ozola also dismissed ..." (15x)
    # (s59) an interview: "Q: ... will the Netherlands send soldiers?" names the nation
    # whose minister answers "A: We are prepared to contribute"
    qa = lower[s0:s0 + 2]
    if qa in (["q", ":"], ["question", ":"]):
        asked = {x[2] for x in cues.sent_ents if x[3] != "GROUP" and x[2] not in _NOT_PAIRED
                 and x[2] not in HOST_AND_ADVERSARY and x[2] != "USA"}
        state.interviewee = asked.pop() if len(asked) == 1 else state.interviewee
        state.in_answer = False
    elif qa in (["a", ":"], ["answer", ":"]):
        state.in_answer = True  # (the answer's later sentences too, until the next question)
    elif state.asked_paragraphs:
        _unlabelled_interview(state, cues)
    if state.in_answer and speaker is None and state.interviewee:
        speaker = state.interviewee
    return sent, said_by, speaker


_GOVERNMENT_NOUNS = frozenset({"government", "cabinet"})
# (review s64) others' shares: "each contributing nation", "the country's partners", "from each
# ally", "a larger ally"
_OTHERS_SHARE = frozenset({"each", "every", "partners", "partner", "ally", "allies", "nations",
                           "countries", "others", "total"})


def _the_government(low: list[str]) -> bool:
    """(s64) The sentence speaks of "the government" (cabinet) without naming it, and of no
    other nations' shares."""
    return _OTHERS_SHARE.isdisjoint(low) and any(
        w in _GOVERNMENT_NOUNS and k >= 1 and low[k - 1] == "the" for k, w in enumerate(low))


_COLUMN_OF_NATIONS = frozenset({"country", "countries", "nation", "nations", "state", "member"})


def _table_line(state: _ReportState, low: list[str]) -> None:
    """(s64) Keep a table's header cells (its first cell names the nations' column: "| Country |
    Position | Troops |") for the rows after it."""
    cells = table_cells(low)
    if cells is not None and not (_COLUMN_OF_NATIONS | _OPTION_LABELS).isdisjoint(
            low[cells[0][0]:cells[0][1]]) and _OFF_TOPIC_TABLE.isdisjoint(low):
        state.table_columns = [frozenset(low[a:b]) for a, b in cells]


# (s63, s64) a table on something else than troops ("Position on the EU's sanctions package")
_OFF_TOPIC_TABLE = frozenset({"sanctions", "spending", "gdp", "conscription", "budget", "aid",
                              "tariffs", "energy", "gas", "oil", "election", "elections"})


def _unlabelled_interview(state: _ReportState, cues: _Cues) -> None:
    """(s64) An interview printed without "Q:" and "A:": a paragraph ending with a question is
    the interviewer's (the one nation it names is the interviewee's, "Will the Netherlands send
    troops?"); the paragraphs between questions are the answers."""
    p = bisect_right(state.joined_starts, cues.char0) - 1
    if not state.asked_paragraphs[p]:
        state.in_answer = state.interviewee is not None
        return
    state.in_answer = False
    low = state.lower[cues.s0:cues.s1]
    if "?" not in low[-3:]:
        return  # (review s64) the question's lead-in ("Macron says France will send troops.
        # Will you follow?") names another nation
    asked = {x[2] for x in cues.sent_ents if x[3] != "GROUP" and x[2] not in _NOT_PAIRED}
    first = min((x[0] - cues.s0 for x in cues.sent_ents), default=99)
    if len(asked) == 1 and first <= 4:  # the question's subject: "Will the Netherlands send ...?"
        state.interviewee = asked.pop()


def _read_quantities(state: _ReportState, cues: _Cues, sent: Sent, said_by: str | None,
                     shown: str | None, start: int, end: int) -> None:
    """The sentence's quantity claims, added to the report's: the rules' figures, read with the
    sentence before's subject, and kept or revised as the sentence tells them."""
    lower, idx, lens = state.lower, state.idx, state.lens
    before, words, s0, s1, prev = state.before, cues.words, cues.s0, cues.s1, state.prev
    prev_nations: list[str] = []
    if before is not None:
        b0, b1, b_ents, b_offset = before
        # the sentence before's Sent when it was built (its mentions are what a new one
        # would find: the same tokens and entities; speed, 15za)
        b_sent = state.before_sent or Sent(
            state.doc, b0, lower[b0:b1], idx[b0:b1], lens[b0:b1], b_offset, b_ents, "")
        prev_nations = [m.iso3 for m in _opening_subject(b_sent)]
    if not prev_nations and len(state.nations_named) == 1 and _the_government(lower[s0:s1]):
        prev_nations = list(state.nations_named)  # (s64) a report on Denmark: "The minister
        # said the government was planning a contribution of up to 500 soldiers"
    prev_named = cues.named_before if not words.isdisjoint(
        ("two", "both")) and the_two(lower[s0:s1]) else []
    # the rules' quantities, their troop sizes decided by the model (_claim_model, 15g)
    # a figure given per nation ("5,000 troops each"): one contribution each (15m)
    # a nation's figure with its verb left out after another's ("..., France 6,000"): 15p
    for found, _s, _e in gapped_contributions(sent, combined_total(sent, distribute_each(
            sent, revise(sent, listed_contributions(sent, find_quantities(
                sent, prev, cues.qs, prev_nations, state.offered,
                nation_of(said_by) if said_by else None, state.table_columns)),
                         prev, prev_nations, len(state.sentences)), cues.qs), prev_named)):
        for told in changed_from_to(sent, _s, found) if found.unit == "troops" else [found]:
            hit = _quantity_as_told(told, _s, _e, sent, words, said_by, state.last)
            if hit is not None:
                _add_quantity(state, hit, sent, shown, start, end)


def _add_quantity(state: _ReportState, hit: QuantityHit, sent: Sent, shown: str | None,
                  start: int, end: int) -> None:
    """The claim of one quantity the sentence tells, with its id."""
    cid = _unique(f"{state.report.id}-q-", claim_hash("q", sent.text, hit.text), state.used)
    state.quantities.append(QuantityClaim(
        id=cid, report_id=state.report.id, subject=hit.subject,
        subject_label=hit.subject_label, unit=hit.unit, low=hit.low, high=hit.high,
        qualifier=hit.qualifier, text=hit.text, number_text=hit.number_text,
        sentence=sent.text, start=start, end=end,
        said_by=None if _speaks_later(sent.text, shown, sent.text.find(hit.text))
        or _outside_speech(sent.text, shown, sent.text.find(hit.text)) else shown,
        nation=hit.nation,
    ))


def _operational_with(low: list[str], s: int) -> bool:
    """(s69, set 144) What a Ukrainian speaker says a force would take to work: "the mission would
    be operational with the deployment of 100,000-150,000 European troops" (Zelensky) is his ask;
    the figure right after "operational with", the sentence neither negated nor told by others
    (review s69: not "would be operational within weeks", "partners told him", "not operational
    without"; "enough" judges a figure, no ask)."""
    k = next((j for j in range(max(0, s - 7), s) if low[j] == "operational"), None)
    return k is not None and low[k + 1:k + 2] == ["with"] and \
        NEGATIONS.isdisjoint(low) and {"told", "according", "pledged", "plan"}.isdisjoint(low)


def _quantity_as_told(hit: QuantityHit, s: int, e: int, sent: Sent, words: set[str],
                      said_by: str | None, last: str | None) -> QuantityHit | None:
    """The rules' quantity as the sentence tells it (a coalition's force, a nation's commitment,
    Ukraine's request), or None where it is no claim on the force (an army's size, troops
    already elsewhere or kept at home, history, NATO's members, the adversary's allegation)."""
    if hit.unit == "troops" and _standing_army(sent.lower, s, e):
        return None  # (s58) "the Army, with fewer than 73,000 regular soldiers", "the
        # Pentagon has about 100,000 troops in Europe": an army's size, not the force
    if hit.subject.startswith("contribution:") and _ALREADY_THERE.search(sent.text):
        return None  # (s34, set 93) "U.S. forces already in Europe under Operation
        # Atlantic Resolve, where around 6,000 American troops ... are deployed"
    if hit.unit == "troops" and hit.subject.startswith("contribution:") and \
            _COALITION_WHICH.search(" ".join(sent.lower[max(0, s - 9):s])):
        # (s43) "talks on forming the coalition, which could station around 10,000
        # peacekeeping troops": the coalition's force, not the nation named before
        hit = replace(hit, subject="european_force", nation=None,
                      subject_label=SUBJECTS["european_force"])
    if hit.unit == "troops" and hit.subject == "european_force":
        owner = _TROOP_COMMITMENTS.search(" ".join(sent.lower[max(0, s - 8):s]))
        nation = _DEMONYM_NATION.get(owner.group(1)) if owner else None
        if nation is not None:  # (s43) "possible French troop commitments numbering
            # up to 6,000": that nation's
            hit = replace(hit, subject=f"contribution:{nation}", nation=nation,
                          subject_label=_contribution_label(nation))
    if hit.unit == "countries" and hit.high is not None and hit.high < 10 and \
            sent.lower[max(0, s - 3):s] in (["leaders", "of", "the"], ["heads", "of", "the"],
                                            ["ministers", "of", "the"]):
        return None  # (s66, a journalist's reading) "the leaders of the four countries go
        # together to Kyiv": a delegation named before, not the coalition's count (not "the
        # leaders of the 26 countries that pledged troops")
    if hit.unit == "countries" and (_not_the_coalitions_count(sent, hit) or "if" in sent.lower[max(0, s - 6):s]):
        return None  # (s43) "the 31 other nations of the NATO alliance", "All 32 allies must
        # agree for a country to join NATO"; "if at least eight other countries were
        # able to share the burden": NATO's members, a hypothesis, not the coalition
    # (s71) an adversary's intelligence claim of a nation's deployment ("Naryshkin claimed that
    # Paris is gearing up to send as many as 2,000 troops") stays that nation's figure, as the
    # readers of sets 127, 147, 148 and 151 record it (s43's gold had it as a trap); the nation's
    # stance is still none (`_told_by_the_adversary`)
    if hit.unit == "troops" and _ARMY_CAPABILITY.search(sent.text) and \
            _FOR_UKRAINE.isdisjoint(sent.lower):
        return None  # (s71) "France could engage a division of 20,000 troops within 30 days",
        # "would be able to command a force of around 60,000": what an army can do, no force
        # for Ukraine (the readers of sets 148 and 151 record both as traps)
    if hit.unit == "troops" and _already_in_another(sent.lower, e):
        return None  # (s64) "alongside the 900 British troops already in Estonia": troops in
        # another ally now, not offered (the figure's own phrase, not its sentence's)
    if hit.unit == "troops" and hit.subject != "ukraine_request" and \
            _placed_in_another_now(sent.lower, words):
        return None  # (s66) "Canada leads a NATO brigade in Latvia with about 2,200 Canadian
        # troops", "Australia sent about 200 troops to the UK to help train recruits": troops
        # in another country now (no offer, no Ukraine, no force named), as the stance's
    if hit.unit == "troops" and _presence_elsewhere(sent.lower, s, e):
        return None  # (s35, set 95) "the U.S. might reduce its 70,000-strong troop
        # presence in Europe": troops kept in Europe, not the force for Ukraine
    if hit.unit == "troops" and (_in_the_past(sent, (s, e))
                                 or _sent_elsewhere(sent, (s, e))):
        return None  # (review s34) "it took 60,000 troops in December 1995": history
    if hit.subject.startswith("contribution:") and hit.nation is not None and \
            home_territory(sent, e) in (hit.nation, "*"):
        # "thousands of Polish soldiers will be involved on the territory of Poland":
        # troops kept at home are no contribution to the force (s11; as the stance)
        return None
    if hit.subject == "european_force" and (
            said_by and nation_of(said_by) == "UKR"
            or said_by is None and _he_of(sent.lower) and nation_of(last) == "UKR") \
            and (not words.isdisjoint(REQUEST_CUES | _IF | _DEONTIC) or _operational_with(sent.lower, s)
                 or hit.qualifier == "at least"
                 and all(m.iso3 == "UKR" for m in sent.mentions)) \
            and words.isdisjoint(_CONTRAST) and not _compared_with_what(sent.lower, s, len(sent.lower)) \
            and not _ukrainian_after_other_figure(sent, s):
        # "He said at least 200,000 European soldiers would be needed" (Zelensky);
        # (s25) "He has also supported the deployment of 200,000 foreign troops, the
        # 'minimum' necessary": the pronoun stands for the last speaker, Zelensky
        hit = replace(hit, subject="ukraine_request",
                      subject_label=SUBJECTS["ukraine_request"])
        if hit.low is not None and hit.low == hit.high and floor_after(sent.lower, e):
            hit = replace(hit, high=None, qualifier="at least")  # as _claims does
    if hit.subject == "european_force" and (unit_of := _national_unit_before(sent, s)):
        # (s67, a reviewer's probes) "A British brigade of roughly 5,000 soldiers would form the
        # core of the force": the brigade's nation's share, not the whole force
        hit = replace(hit, subject=f"contribution:{unit_of}", nation=unit_of,
                      subject_label=_contribution_label(unit_of))
    return hit


_NATIONAL_UNITS = frozenset({"brigade", "battalion", "contingent", "division", "company",
                             "regiment", "battlegroup", "unit"})


def _national_unit_before(sent: Sent, s: int) -> str | None:
    """The nation of "<demonym> <unit> of (about) <number>" ending at the number at ``s``."""
    low = sent.lower
    k = s - 1
    while k > 0 and low[k] in ("about", "around", "roughly", "some", "up", "to", "nearly",
                               "approximately", "almost"):
        k -= 1
    if k < 2 or low[k] != "of" or low[k - 1] not in _NATIONAL_UNITS:
        return None
    return next((m.iso3 for m in sent.mentions if m.end == k - 1 and m.label == "NATION"
                 and sent.text_of(m.start, m.end)[:1].isupper()
                 and m.iso3 not in HOST_AND_ADVERSARY), None)


def _cue_stances(state: _ReportState, cues: _Cues, sent: Sent, speaker: str | None,
                 orphans: list[Orphan]) -> list[StanceHit]:
    """The stances the cues read (adding the group-subject ones to `orphans`), then those of a
    labelled line, of a position told with the troops left out or answering the sentence
    before, and of the sentence's own shapes ("Among the states ...", "Aside from ...")."""
    ss, words, sent_ents, s0 = cues.ss, cues.words, cues.sent_ents, cues.s0
    labelled, elliptic, same, answering = cues.labelled, cues.elliptic, cues.same, cues.answering
    apart, theirs, no_own = cues.apart, cues.theirs, cues.no_own
    prev, carried, topic, lower = state.prev, state.carried, state.topic, state.lower
    force_seen, last_hits = state.force_seen, state.last_hits
    # (s66) the force words of every sentence so far, not only the last one's: "Italy has said
    # it will not take part." after a sentence on aid, in a report on the force (on the fresh
    # sets 115-134 and rv59-rv65, each read by its declared state: 9 more right, 1 more wrong)
    hits = find_stances(sent, ss, speaker, orphans, prev | carried | topic,
                        topic=topic) if ss else []
    if labelled and not hits:
        hits = labelled_list(sent) or nation_row(sent)
    elif labelled and state.table_columns is not None and all(
            h.stance == "conditional" for h in hits):
        # (s66) a table's row whose cells the cues read only as a condition ("| Netherlands |
        # Considering; needs parliament's approval |"): the row's own reading, the stance the
        # condition qualifies
        have = {(h.actor, h.stance) for h in hits}
        hits = hits + [h for h in nation_row(sent) if (h.actor, h.stance) not in have]
    if not hits and sent_ents and not words.isdisjoint(("in", "out")) and \
            not words.isdisjoint(("is", "are")) and \
            not (prev | carried | topic | words).isdisjoint(STANCE_CONTEXT):
        hits = in_or_out(sent)  # (s67) "Britain and France are in; Poland is out."
    if sent_ents and not words.isdisjoint(("with", "including", "but")):
        held = {h.actor for h in hits}  # (s67) "with France open but Poland opposed"
        hits = hits + [h for h in bare_positions(sent) if h.actor not in held]
    if elliptic:
        clauses = elliptic_positions(sent, force_seen, bool(hits))
        clause_cues = {(h.actor, h.cue) for h in clauses}
        # (s57) "Germany is hesitant and Poland has ruled it out": a cue the clauses
        # read as another nation's is not the nation's whose own clause says otherwise
        kept = [h for h in hits if not (
            (h.actor, h.cue) not in clause_cues and any(c.actor == h.actor for c in clauses)
            and any(c.cue == h.cue and c.actor != h.actor for c in clauses))]
        hits = kept + _new_actors(hits, clauses)
    if same and not hits:
        hits = same_as_before(sent, last_hits)  # (s57) "Norway followed suit."
    if sent_ents and not words.isdisjoint(ELLIPSIS_TRIGGERS) and (hits or answering):
        # (s59) "France will send troops, Italy will not", "Nor will Spain." (the sentence
        # before answered only in a passage on sending troops, as "followed suit")
        hits = hits + _new_actors(hits, ellipsis_answers(
            sent, last_hits if answering else [], hits))
    if ss and lower[s0] == "among":  # (s57) "Among the states that refused ... is X"
        hits = hits + _new_actors(hits, among_inverted(sent, ss))
    if ss and apart:  # (s58) "Aside from the UK and France, no other leaders have ..."
        hits = hits + _new_actors(hits, set_apart(sent, ss))
    if "intent" in words and "by" in words:  # (s58) "a declaration of intent by
        # Britain, France and Ukraine on deploying forces"
        hits = hits + _new_actors(hits, declared_by(sent))
    if theirs:  # (s58) "... to send their troops"
        hits = hits + _new_actors(hits, their_own_troops(sent))
    if no_own:  # (s57) "no Polish troops in Ukraine"
        given = {(h.actor, h.stance) for h in hits}
        hits = hits + [h for h in no_own_troops(sent) if (h.actor, h.stance) not in given]
    return hits


def _add_grammar_stances(state: _ReportState, cues: _Cues, sent: Sent, speaker: str | None,
                         hits: list[StanceHit],
                         start: int) -> tuple[list[StanceHit], set[tuple[str, str]]]:
    """The grammar pass's stances of the nations and stances the cues did not read, and which
    those are; notes its "open" readings for `_open_beside_ready`."""
    shaped, after_troops = cues.shaped, cues.after_troops
    from_grammar: set[tuple[str, str]] = set()
    if shaped:  # the second pass: troop object + holder + modality (_grammar)
        pairs = {(h.actor, h.stance) for h in hits}
        extra = [h for h in grammar_stances(sent, {h.actor for h in hits},
                                            after_troops=after_troops, speaker=speaker)
                 if (h.actor, h.stance) not in pairs]
        from_grammar = {(h.actor, h.stance) for h in extra}
        state.shape_open.update((h.actor, start) for h in extra if h.stance == "open")
        hits = hits + extra
    return hits, from_grammar


def _offers_in_context(words: set[str], sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """The readings checked against the rest of the sentence: warnings, exceptions, questions
    left open, offers only on NATO soil, of capacity alone or of others' troops, doubts, the
    host beside its helpers, plans halted or kept, and frames misread."""
    if hits and not words.isdisjoint(WARNED_TRIGGERS):
        hits = warned_or_some(sent, hits)  # (s55) "warnings that their troops would ...",
        # "many of its members have rejected"
    if hits and not words.isdisjoint(EXCEPT_TRIGGERS):
        hits = excepted(sent, hits)  # (s55) "all the Nordic countries except Finland"
    if hits and ("whether" in words or "if" in words) and not words.isdisjoint(("not", "n't")):
        hits = unanswered(sent, hits)  # (s55) "support the plan but did not say whether
        # they would send soldiers": the question is no offer, from either pass
    if hits and "in" in words and not JOINED.isdisjoint(words):
        hits = hits + joined_in(sent, hits)  # (s29) "Italy joined X in saying ..."
    if hits and "only" in words and "nato" in words and only_on_nato_soil(sent.lower):
        # (s22) "agreed to deploy its troops only on the territory of one of the NATO
        # countries": no offer of troops for Ukraine, from either pass
        hits = [h for h in hits if h.stance not in ("ready", "open", "conditional")]
    if hits and "nato" in words and "but" in words and nato_soil_not_inside(sent.lower):
        # (s68, rv68-own) "prepared to deploy forces to NATO territory bordering Ukraine, but
        # not inside the country": no troops for Ukraine, said so
        hits = [replace(h, stance="declines", condition=None, base=None)
                if h.stance in ("ready", "open") and _before_other_clause(sent, h) else h
                for h in hits]
    if hits and not words.isdisjoint(_CAPACITY_WORDS) and capacity_only(sent.lower):
        hits = [h for h in hits if h.stance not in ("ready", "open")]  # (s22) "could
        # feasibly deploy at most a brigade": what it can, not what it offers
    if hits and others_troops_only(sent.lower):
        # "Macron raised the prospect of sending Western troops": others' troops, no
        # offer of the speaker's own (s16); but (s30) "Macron has not ruled out sending
        # Western troops", the nation's leader not ruling it out himself, is its own
        # openness as readers record it (not "this cannot be ruled out", impersonal)
        active = _rules_out_actively(sent.lower)
        if _but_not_ruled_out(sent.lower):  # "there are no plans to send Western
            # troops, but this cannot be ruled out": open, as the readers of sets 76a
            # and 82a record it, not the refusal the first clause alone reads
            hits = [replace(h, stance="open") if h.stance == "declines" else h
                    for h in hits]
            active = True
        hits = [h for h in hits if h.stance not in ("ready", "open", "conditional")
                or h.stance == "open" and (active or not _OPENNESS.isdisjoint(h.cue.lower().split()))
                or (at := cue_at(sent, h)) is not None and in_a_later_clause(sent, h.actor, at)]
    if len(hits) > 1 and not words.isdisjoint(("premature", "early")):
        hits = _dismissed_as_premature(hits)
    if hits:
        hits = _offer_inside_doubt(sent.lower, hits)
    if len(hits) > 1 and any(h.actor in HOST_AND_ADVERSARY for h in hits):
        hits = _host_beside_own_troops(hits)
    hits = _plans_halted_or_kept(words, sent, hits)
    hits = _offers_taken_back(hits)
    hits = _conceded_nations(sent, hits)
    hits = _appositive_owners(sent, hits)
    if hits:
        hits = [h for h in hits if h.stance not in ("ready", "open")
                or not others_named_troops(sent, h)]
        hits = misread_frames(sent, hits)  # (s35) "does not take it lightly", ...
    return hits


def _before_other_clause(sent: Sent, h: StanceHit) -> bool:
    """(s68 review) The hit's cue comes before any clause of another subject ("..., while France
    said it was ready": France's own)."""
    at = cue_at(sent, h)
    other = next((k for k, w in enumerate(sent.lower) if w in ("while", "whereas", ";")), None)
    return at is not None and (other is None or at < other)


def _plans_halted_or_kept(words: set[str], sent: Sent,
                          hits: list[StanceHit]) -> list[StanceHit]:
    """A nation's plans to send troops shelved (its refusal) or not abandoned (its offer)."""
    if not words.isdisjoint(("plan", "plans")) and could_hold_stance(words) and \
            plans_halted(sent.lower):
        hits = [replace(h, stance="declines", condition=None, base=None)
                if h.stance in ("ready", "open", "conditional") else h for h in hits]
        if not hits:  # "Germany has shelved plans to deploy soldiers": its refusal
            k = next(k for k, w in enumerate(sent.lower) if w in ("plan", "plans"))
            hits = [StanceHit(a.iso3, a.text, "declines", sent.text_of(k, k + 1))
                    for a in sent.subject_actors(k, exclude=HOST_AND_ADVERSARY)]
        hits = list({(h.actor, h.stance): h for h in hits}.values())
    elif not words.isdisjoint(("plan", "plans")) and could_hold_stance(words) and \
            plans_kept(sent.lower):
        # (s48) "Britain will not abandon plans to send troops": the plan stands; read
        # as a refusal before (the stopping word without its negation)
        k = next(k for k, w in enumerate(sent.lower) if w in ("plan", "plans"))
        keepers = {a.iso3: a for a in sent.subject_actors(k, exclude=HOST_AND_ADVERSARY)}
        # (a nation with another reading there keeps that one: "will not shelve its
        # plans ..., but will not send soldiers without a US backstop" is conditional)
        other = {h.actor for h in hits if h.stance not in ("declines", "ready")}
        hits = [h for h in hits if not (h.actor in other and h.stance == "declines"
                                        and h.actor in keepers)]
        keepers = {iso: a for iso, a in keepers.items() if iso not in other}
        hits = [replace(h, stance="ready", condition=None, base=None)
                if h.stance == "declines" and h.actor in keepers else h for h in hits]
        hits = list({(h.actor, h.stance): h for h in hits}.values())
        hits += [StanceHit(a.iso3, a.text, "ready", sent.text_of(k, k + 1))
                 for iso, a in keepers.items() if not any(h.actor == iso for h in hits)]
    return hits


def _sending_phrasings(words: set[str], sent: Sent, speaker: str | None, hits: list[StanceHit],
                       topic: frozenset[str]) -> list[StanceHit]:
    """The readings of sending phrased as a proposal, an announcement, a commitment, a plan or
    talk, an exclusion, a denial or a rejection, and the readings such wording shows misread
    (a false story, a poll's finding, a distancing, a worry dismissed, an embedded question)."""
    if not words.isdisjoint(PROPOSING):  # (s35) "has proposed dispatching a company"
        hits = _added(sent, hits, proposed_sending(sent))
    if not words.isdisjoint(ANNOUNCING):  # (s48) "announced the dispatch of British
        hits = _added(sent, hits, announced_sending(sent))  # peacekeepers"
    if "from" in words and not words.isdisjoint(COMMITMENT_NOUNS):
        hits = _added(sent, hits, commitments_from(sent))  # (s35) "commitments from
        # Britain and France to contribute troops"
    if not words.isdisjoint(PLAN_AND_TALK_TRIGGERS):  # (s36) "pushes ahead with plans for
        # British troops", "talking about potentially sending", "their countries could"
        hits = _added(sent, hits, plan_and_talk_stances(sent), beside=True)
    if not words.isdisjoint(EXCLUSION_TRIGGERS):  # (s40) "the exclusion of Italian troops",
        # "No to sending Greek troops", "declined to say whether German troops ..."
        hits = unanswered(sent, _added(sent, hits, exclusions_and_unsaid(sent)))

    if not words.isdisjoint(UNLIKE_ENVISIONED_PLEDGED_TRIGGERS):  # (s42) "without sending
        # troops, unlike France", "the declaration envisions X deploying forces", "the contingent that
        # X and Y have pledged", a leader's "nothing can be ruled out"
        hits = _added(sent, hits, offers_unlike_envisioned_pledged(sent, speaker, topic))
    if not words.isdisjoint(("ruled", "excluded")) and not words.isdisjoint(IDEA_NOUNS):
        hits = _added(sent, hits, idea_not_ruled_out(sent, topic, speaker))  # (s70) "Macron said
        # that the idea could not be ruled out"
    if "together" in words and hits:  # (s72) "agreed to send troops together with X and Y"
        hits = _added(sent, hits, sending_together_with(sent, hits))
    if "planes" in words and "boots" in words:  # (s72) Starmer's "boots on the ground and
        hits = _added(sent, hits, boots_and_planes(sent, speaker))  # planes in the air"
    if "from" in words and (speaker is not None or not words.isdisjoint(
            PROPOSED_THAT)):  # (s60) Macron's "soldiers from
        hits = _added(sent, hits, own_troops_from(sent, speaker))  # France, Britain"
    if not words.isdisjoint(INDIRECT_OFFER_TRIGGERS):  # (s43) "could be deployed ... from
        # countries such as X and Y", a leader's "X should take part"
        hits = _added(sent, hits, indirect_offers(sent, speaker), beside=True)
    if not words.isdisjoint(SAYING_TRIGGERS) and not words.isdisjoint(BARE_TROOPS):
        hits = _added(sent, hits, sayers_troops_could(sent))  # (s44) "X and Y say troops
        # could head to Ukraine"
    if hits:  # (s43) a UN mandate's condition,
        # a record of past years, "the question of X's participation", "neither
        # confirmed nor denied", a quoted "..., no", an academic's claim
        hits = misread_by_wording(sent, hits)
        hits = sent_elsewhere(sent, said_untrue_or_by_nobody(sent, withdrawal_denied(
            sent, false_stories(sent, hits))))  # (s44) a false story told of a nation, a
        hits = expected_refusals(sent, hits)
        hits = others_hopes(sent, hits)  # (s62) "he hoped Germany would join": another's hope
        hits = others_infinitive(sent, hits)  # (s62) "critical for Washington to offer backup"
        # refusal only expected ("may refuse to send")
    if hits and (not words.isdisjoint(POLL_WORDS) or "those" in words):
        hits = poll_findings(sent, hits)  # (s42) a poll's percentages: the public's view
    if hits and not words.isdisjoint(DISTANCING):  # (s58) "distanced themselves from
        # any suggestion they might commit ground troops"
        hits = distanced_from_suggestion(sent, hits)
    if hits and not words.isdisjoint(DISMISSED_TRIGGERS):
        hits = dismissed_worry(sent, hits)  # (s42) "dismissed concerns that France
        # would send soldiers"
    if not words.isdisjoint(CLAUSE_SHAPE_TRIGGERS):  # (s41) "are against deployments", "as
        # proposed by X and Y"
        hits = _added(sent, hits, clause_shape_stances(sent, topic), beside=True)
    if not words.isdisjoint(DENYING_TRIGGERS):  # (s41b) "denies participation in the
        # force", "rejects the possibility of participation"
        found = denied_own_part(sent)  # (its cue, the denial's shape, stands for the
        # refusal another reading found in the same words)
        denying = {m.iso3 for m, _, _, _ in found}
        spans = [sent.text_of(a, min(len(sent.lower), b + 2)) for _, _, a, b in found]
        hits = _added(sent, [h for h in hits if not (
            h.actor in denying and (h.stance == "declines" or h.stance in ("ready", "open")
                                    and any(h.cue in t for t in spans)))], found)
        # (s71) "Hungary refuses any participation in the mission": the offer read from
        # "participation in" inside the refusal's words goes with it
    if hits and not words.isdisjoint(("if", "whether")):
        q = embedded_question(sent.lower)
        if q is not None:
            hits = outside_question(sent, hits, q)
    if "by" in words and not words.isdisjoint(("rejected", "dismissed", "rebuffed",
                                                "refused", "opposed")):
        hits = _added(sent, hits, ((m, "declines", k, k + 2)
                                   for m, k in rejected_by(sent, topic)))
    return hits


def _undecided_and_framed(cues: _Cues, sent: Sent, hits: list[StanceHit],
                          prev: set[str]) -> list[StanceHit]:
    """Readings dropped as the public's, a question's or a law's; then the stances left
    undecided or hedged, told in a participation frame, or read from whose troops come, who
    discusses them, who cannot yet say, and who approved, signalled or dismissed them."""
    words, framed = cues.words, cues.framed
    if hits and public_opinion(sent.lower):
        hits = []  # (s23) "54% believe that Britain will have to send a contingent": a
        # poll's respondents, not the government
    if hits and asked_about_fighting(sent.lower):
        hits = []  # "Asked if that could mean French troops in combat, he said ..." (s21)
    if hits and rules_for_sending(sent.lower):
        hits = []  # "a mechanism for sending Irish peacekeeping forces abroad that
        # requires a UN resolution": the nation's law, not its stance on this force (s16)
    if not words.isdisjoint(("whether", "if")):  # ("not yet clear if New Zealand is
        # among them": undecided, s17)
        hits = _added(sent, hits, ((m, "undecided", m.start - 2, m.end + 3)
                                   for m in unsaid_if_among(sent)))
        if not words.isdisjoint(("unclear", "uncertain", "unknown")):  # (s41b) "it
            # remains unclear whether Norway would deploy troops"
            hits = _added(sent, hits, unclear_whether(sent))
    if not words.isdisjoint(("possible", "conceivable", "inconceivable", "be")):
        hits = hedged_open(sent, hits)  # "it is not inconceivable that Sweden would
        # also participate": open, not ready (s18)
    if "for" in words and not words.isdisjoint(("willingness", "readiness")):
        hits = _added(sent, hits, ((m, "ready", m.start - 2, m.end + 4)
                                   for m in willing_for(sent)))
    if framed:
        hits = _added(sent, hits, participation_frame(sent, words | prev))
        hits = _added(sent, hits, relative_planners(sent))
        hits = _added(sent, hits, decide_or_without(sent, words | prev))
    if "for" in words and not words.isdisjoint(("plan", "plans", "proposal")):
        hits = _added(sent, hits, plan_for_own_troops(sent))  # (s31)
    if "from" in words and not words.isdisjoint(("come", "drawn")):
        hits = _added(sent, hits, troops_come_from(sent))
    if "from" in words and "be" in words:  # "Troops from A and B would be deployed"
        hits = _added(sent, hits, troops_from_deployed(sent))
    if "from" in words and not words.isdisjoint(_OPPOSITION_WORDS):
        hits = _added(sent, hits, opposition_from(sent))  # "Opposition to sending
        # troops comes from A and B" (s22)
    if not words.isdisjoint(_DISCUSSING):  # "are discussing sending British and French
        # troops": weighing their own (s22)
        hits = _added(sent, hits, discussing_own_troops(sent))
    if "without" in words:  # (s30) "a British deployment would not happen without a
        # US security guarantee": that nation's offer, on the condition
        holding = {h.actor for h in hits}
        hits = hits + [h for h in deployment_without(sent) if h.actor not in holding]
    if "whether" in words or "if" in words:  # "Canada cannot say for certain whether it
        # will send its troops": not decided (s23); (s46) "declined to say if Ireland would
        # contribute peacekeepers"
        hits = _added(sent, hits, cannot_say_whether(sent))
    if "whether" in words:
        hits = _added(sent, hits, too_early_whether(sent))  # (s24) "too early to say
        # whether Germany will send soldiers"
    elif "for" in words and ("early" in words or "premature" in words or "soon" in words):
        hits = _added(sent, hits, too_early_whether(sent))  # (s30) "too early for
        # Germany to decide on sending troops"
    if all(not words.isdisjoint(group) for group in CABINET_TRIGGERS):
        hits = _added(sent, hits, cabinet_approved(sent))  # (s55) "Spain's cabinet
        # approved the deployment of 400 soldiers"
    if "from" in words and not words.isdisjoint(SIGNS_TRIGGERS):
        hits = _added(sent, hits, signals_from(sent))  # (s55) "signals from France and
        # Australia suggesting openness to sending"
    if "premature" in words and "as" in words:
        hits = _added(sent, hits, premature_talk(sent))  # (s55) "dismissed as premature
        # remarks on plans to send European troops"
    return hits


def _qualified(words: set[str], sent: Sent, speaker: str | None, hits: list[StanceHit],
               orphans: list[Orphan]) -> tuple[list[StanceHit], list[Orphan]]:
    """The readings qualified by the rest of the sentence ("as have ...", leading, an answered
    question, a group's names, pending talks, the current war, a part held back, a condition
    put first, "now", an echo, a commitment withheld or only possible), and the orphans kept."""
    if hits and not words.isdisjoint(_ELLIPSIS_WORDS):  # "(as have Denmark and
        # Sweden)": the stance before (s22); "and so is France", "besides the UK" (s23)
        hits = _as_too(sent, hits)
    if "lead" in words and not words.isdisjoint(("ready", "willing", "prepared",
                                                 "readiness", "willingness")):
        troop_held = {h.actor for h in hits if h.stance in TROOP_STANCES}
        hits = hits + [h for h in _added(sent, [], ready_to_lead_troops(sent))
                       if h.actor not in troop_held]  # beside "leading", not instead
    if "asked" in words:  # ("Asked whether New Zealand would send troops, Luxon said
        # he would consider it", s18)
        hits = _added(sent, hits, ((m, stance, m.start, len(sent.lower))
                                   for m, stance in answered_question(sent, speaker)))
    if orphans or hits:  # "six countries have committed troops – the UK, France and
        # the Baltic states": the group named in its own sentence (s21)
        hits, orphans = _listed_inline(sent, hits, orphans)
    if hits and "pending" in words:  # (s36) "..., pending talks with Trump"
        hits = pending_condition(sent, hits)
    if hits and "war" in words and not words.isdisjoint(WAR_NOW_WORDS):  # (s41: "this
        # war situation", "a country at war", "while the war is on")
        hits = current_war_refusals(sent, hits)  # (s36) "... in the current war"
    if hits:  # (s40) "not all committed", "it will not involve sending troops",
        # "could not lead a mission", "had only hinted at"
        hits = not_all_committed(sent, hits)
        hits = contribution_without_troops(sent, hits)
        hits = lead_role_only(sent, hits)
        hits = others_mission_weighed(sent, hits)
        hits = only_hinted(sent, hits)
    if hits:  # (s40b) a non-state body as the subject; "would not participate solely"
        hits = non_state_subjects(sent, hits)
        hits = refusals_to_act_alone(sent, hits)
    if hits:  # (s41) "may need to deploy", "has difficulties to ...", "UK troops
        # could be wanted"
        hits = needed_offers(sent, hits)
        hits = offers_under_difficulty(sent, hits)
        hits = troops_could_be_needed(sent, hits)
        hits = other_holders_clause(sent, hits)
        hits = decisions_to_come(sent, hits)
        hits = plans_under_review(sent, hits)
    if hits:  # (s41b) "does not have enough soldiers to send", "allegedly ready",
        # "the West's reluctance", "provide Kyiv's forces with equipment"
        hits = misread_by_clause_shape(sent, hits)
    if orphans and not NON_STATE_SUBJECTS.isdisjoint(words):
        orphans = non_state_orphans(sent, orphans)  # (s40b) "the parties ... their"
    if hits and ("if" in words or "unless" in words or "but" in words and not
                 words.isdisjoint(("require", "requires", "need", "needs"))
                 or not words.isdisjoint(FRONTED_CONDITIONS)):
        # (s40) "If Russia gains ground, the Baltic states may be willing to send units":
        # the condition before the offer; "..., but it will require consultations"
        hits = fronted_condition(sent, hits)
    if hits and ("now" in words or "had" in words):  # (s59) "Germany, which had ruled out sending troops,
        hits = superseded_by_now(sent, hits)  # now says it is ready"
    if hits and not words.isdisjoint(ECHO_TRIGGERS):  # (s60) "..., a position echoed
        hits = echoed_by(sent, hits)  # by Canada"
    if not words.isdisjoint(WITHHOLDING_TRIGGERS):  # (s60) "has given no indication
        hits = withheld_commitments(sent, hits)  # that", "stopped short of offering"
    if hits and not words.isdisjoint(POSSIBLE_TRIGGERS):  # (s60) "It is not excluded
        hits = only_possible(sent, hits)  # that Italy will send soldiers"
    return hits, orphans


def _conditions_and_history(state: _ReportState, cues: _Cues, sent: Sent, said_by: str | None,
                            speaker: str | None, hits: list[StanceHit]) -> list[StanceHit]:
    """A condition the offering nation states after its offer; then a mandate's term read as no
    condition, and no stances in history or another country's mission."""
    words = cues.words
    # a condition the same nation states after its offer (15x)
    hits = hits + _later_condition(sent, said_by, state.last, speaker, hits,
                                   state.offered_before, cues.offered_last)
    if hits and "mandate" in words and not words.isdisjoint(_MANDATE_TERM) and \
            words.isdisjoint(_APPROVAL_NEEDED):
        # (review s34) "The Riigikogu's mandate runs for one year and can be extended": the
        # term of an approval given, no condition on an offer
        hits = [h for h in hits if h.condition != "parliament"]
    if hits and (_in_the_past(sent) or _sent_elsewhere(sent)):
        hits = []  # (review s34) "In 1995 Germany declined to send combat troops": history;
        # "France was ready to send 7,500 troops to Bosnia then": another country's mission
    return hits


def _spans_with_sentence_before(state: _ReportState, cues: _Cues, sent: Sent,
                                hits: list[StanceHit], orphans: list[Orphan], start: int,
                                end: int) -> list[tuple[str, int, int, list[StanceHit]]]:
    """The sentence's text, offsets and stances, then the sentence before and this one read
    together where a stance's actor is named across them."""
    before, pending, listing, words = state.before, state.pending, cues.listing, cues.words
    doc, lower, idx, lens, joined = state.doc, state.lower, state.idx, state.lens, state.joined
    # a stance whose actor is in the sentence before ("It will send ...") or, for a group
    # ("Six countries are ready ..."), in this one ("Among them are A, B and C")
    spans = [(sent.text, start, end, hits)]
    if before is not None and (pending and listing and not hits
                               or any(o.anaphoric for o in orphans)):
        b0, b1, b_ents, b_offset = before
        b_text = joined[idx[b0]:idx[b1 - 1] + lens[b1 - 1]]
        both = (b_text + " " + sent.text, b_offset, end)
        if pending and listing and not hits:
            if not _OPPONENTS.isdisjoint(words):  # (s24) "Not all countries have
                # expressed willingness ... Among the opponents is Poland": it declines
                pending = [replace(o, stance="declines", condition=None) for o in pending
                           if o.stance in _OFFERS]
            spans.append((*both, _listed(sent.mentions, pending)))
        anaphoric = [o for o in orphans if o.anaphoric]
        if anaphoric:
            b_sent = Sent(doc, b0, lower[b0:b1], idx[b0:b1], lens[b0:b1], b_offset,
                          b_ents, b_text)
            subjects = _opening_subject(b_sent)
            if b_sent.lower[:1] and b_sent.lower[0] in _CONCEDING and "," in b_sent.lower:
                subjects = _main_clause_subject(b_sent)  # (s67, set 138) "While A favoured the
                # idea, B were reluctant. 'It is premature ...'": B's, not A's
            count = counted_reference(sent.lower)
            pair = count is not None
            if pair and len({m.iso3 for m in subjects if m.iso3 not in
                             HOST_AND_ADVERSARY}) != count:
                subjects = []  # (review s56) "the two countries" stand for two nations
                # opening the sentence before, or for none; (s60) "all three" for three
            # (s58) "Starmer and Macron met Zelensky. The two countries would establish
            # military hubs": a pair of leaders stands for their two nations
            spans.append((*both, _listed(subjects, anaphoric, persons=pair)))
    return spans


def _record_stances(state: _ReportState, tools: _Tools, cues: _Cues, sent: Sent,
                    spans: list[tuple[str, int, int, list[StanceHit]]],
                    from_grammar: set[tuple[str, str]], said_by: str | None,
                    shown: str | None) -> None:
    """Each span's stances as the report's claims, once the stance model has chosen (or held
    them for the report's end, or collected its candidates)."""
    collect, model, per_report, wide = tools.collect, tools.model, tools.per_report, tools.wide
    ss, shaped = cues.ss, cues.shaped
    report, held, stances, used = state.report, state.held, state.stances, state.used
    for k, (text, a, b, found) in enumerate(spans):
        chosen = _with_bases(found)
        if collect is not None or model is not None:  # the stance model (15f)
            own = k == 0 and (bool(ss) or shaped)  # wide candidates: stance-ish sentences
            cands = _stance_model.candidates(
                sent, text, a, b, chosen, len(found), from_grammar, nation_of(said_by),
                cross=k > 0, wide=wide and own)
            if collect is not None:
                collect.append((report.id, cands))
            elif per_report:
                held.append(_stance_model.Span(sent, text, a, b, shown, chosen, cands))
                continue
            elif model is not None:
                chosen = model.apply(sent, chosen, cands, wide=own)
        for st in chosen:
            _add_stance(stances, used, report.id, st, text, a, b, shown)


def _remember_sentence(state: _ReportState, cues: _Cues, sent: Sent, hits: list[StanceHit],
                       orphans: list[Orphan]) -> None:
    """What the sentence leaves the ones after it: orphans waiting for names, units offered,
    itself as the sentence before, the force words and the thread of stances."""
    words = cues.words
    state.asked = _asked_of(state.lower[cues.s0:cues.s1], cues.sent_ents)
    state.pending = [o for o in orphans if not o.anaphoric]
    _remember_units(sent.lower, hits, state.offered)
    state.before = (cues.s0, cues.s1, cues.sent_ents, cues.offset)
    state.before_sent = sent
    state.carried = frozenset(state.prev & STANCE_CONTEXT) if hits else frozenset()
    state.last_hits = hits
    state.since_sending = _thread(state.since_sending, cues.sending_here,
                                  bool(hits) or not words.isdisjoint(STANCE_CONTEXT))
    state.prev = words
    state.topic = _topic_after(state.topic, words, _in_headline(state, cues))


def _finish_report(state: _ReportState,
                   model: Any) -> tuple[list[QuantityClaim], list[StanceClaim], frozenset[str]]:
    """The report's claims once all its sentences are read: the stances the model decides at
    the report's end, "open" beside "ready", a nation's own word over its group's, quantities
    referring back, and the nations named."""
    stances, report = state.stances, state.report
    if model is not None and state.held:
        for sp, st in model.decide_report(state.held):
            _add_stance(stances, state.used, report.id, st, sp.text, sp.start, sp.end, sp.said_by)
    if state.shape_open:
        stances = _open_beside_ready(stances, state.shape_open)
    stances = _own_word_over_group(stances)
    stances = _premature_over_refusal(stances)
    if state.denied:
        stances = _denied_offers(stances, state.denied)
    named = frozenset(n for e in state.ents if e[3] != "PERSON" for n in e[2].split("+"))
    return (_refer_back(state.quantities), stances, named)


def _denier(lower: list[str], s0: int, s1: int, sent_ents: list[Any],
            near: AbstractSet[str]) -> tuple[set[str], bool]:
    """(s64) The one nation a sentence says denies reports of it sending troops (``near``: the
    words of the sentence and the one before, which must speak of troops): "Chinese Foreign
    Ministry denies reports that Beijing plans to send troops"; not "dismissed press reports of
    a quarrel with Sweden". Also whether an offer in the same sentence is its own clause's
    (after "denied reports ...") rather than the report denied ("that China might participate
    ..., the spokesperson responded that the report is not true")."""
    if _SENDING_TALK.isdisjoint(near):
        return set(), False
    span = lower[s0:s1]
    # (review s64) "... is not true" denies only an offer this sentence or the one before tells
    offer_told = not _OFFER_TOLD.isdisjoint(near) and (_NOT_AN_OFFER - {"not", "no"}).isdisjoint(near)
    if offer_told and not _REPORTED_THING.isdisjoint(span) and any(
            span[j:j + 2] in (["not", "true"], ["is", "false"], ["is", "untrue"], ["is", "groundless"])
            for j in range(len(span) - 1)):
        # (s64) 'Foreign Ministry spokesperson Guo Jiakun said "such information is not true"'
        named = {x[2] for x in sent_ents if x[3] != "GROUP" and "+" not in x[2]
                 and x[2] not in ("UKR", "USA")}
        return (named if len(named) == 1 else set()), False
    for k in range(s0, s1):
        if lower[k] in _DENYING and not _REPORTED_THING.isdisjoint(lower[k + 1:min(s1, k + 5)]):
            told = _up_to_own_clause(lower[k + 1:min(s1, k + 18)])
            if _TOLD_HERE.isdisjoint(told[:5]):
                told = [*near]  # "... denied the reports on Monday": the report the sentence
                # before told
            if _OFFER_TOLD.isdisjoint(told) or not _NOT_AN_OFFER.isdisjoint(told):
                return set(), True  # (review s64) a denial of something else ("reports of a
                # rift", "that the army lacked the soldiers") or of a refusal ("reports that
                # Stockholm had ruled out sending troops")
            if any(w[:1].isdigit() for w in lower[k:s1]):
                return set(), True  # "denied a report that France would commit 20,000
                # troops": the figure denied, not the offer
            before = {x[2] for x in sent_ents if x[0] < k and x[3] != "GROUP"
                      and "+" not in x[2] and x[2] not in ("UKR", "USA")}
            return (before if len(before) == 1 else set()), True
    return set(), True


_REPORTED_THING = _RUMOURS | frozenset({"information", "claim", "allegation", "rumour", "rumor"})
# (review s64) what an offer reported and denied is told with, and what makes it no offer
_OFFER_TOLD = frozenset({"send", "sending", "deploy", "deploying", "participate", "participation",
                         "readiness", "willingness", "ready", "willing", "contribute",
                         "contributing", "join", "joining", "peacekeeping", "peacekeepers",
                         "part", "prepared", "plans", "preparing"})
_TOLD_HERE = frozenset({"that", "of", "about", "suggesting", "claiming", "saying"})
_DENYING = _DENIED_THAT | frozenset({"rejected", "rejects", "rebuffed", "rebuffs"})
_NOT_AN_OFFER = frozenset({"not", "no", "never", "ruled", "refused", "lacked", "lacks",
                           "rift", "split", "quarrel", "dispute", "row", "tension", "tensions"}) \
    | WITHDRAWN  # (s74) a withdrawal denied: "denied rumours that it had withdrawn"


def _up_to_own_clause(told: list[str]) -> list[str]:
    """(s74) The words a denial tells, up to the denier's own next clause ("denied rumours that
    it had withdrawn from the coalition and said it remains ready"): what follows is the
    nation's word, not the report denied."""
    end = own_clause_after(told)
    return told if end is None else told[:end]


_SENDING_TALK = frozenset({"troops", "soldiers", "send", "sending", "deploy", "deploying",
                           "peacekeepers", "peacekeeping", "contingent", "participate", "readiness",
                           "willingness", "force"})


def _denied_offers(stances: list[StanceClaim], denied: dict[str, set[int]]) -> list[StanceClaim]:
    """(s64) A nation's offers dropped from a report that has it deny the reports of them
    ("Welt wrote that China had expressed readiness to send troops ... China denies the
    report"): the report tells the offer as a claim the nation rejects, not its position. An
    offer in the denial's own sentence is that sentence's to judge ("dismissed reports ...,
    insisting it is ready to send 800")."""
    return [s for s in stances if not (s.actor in denied and s.stance in _OFFERS
                                       and s.start not in denied[s.actor])]


def _own_word_over_group(stances: list[StanceClaim]) -> list[StanceClaim]:
    """(review s44) A nation's stance read from a group ("Nordic states weigh troop offers") is
    dropped where the same report gives the nation a stance of its own the other way ("Finland
    will not send troops, Stubb said"): the report says where the nation stands, and the group's
    reading would only contradict it. A group reading the same way stays ("Baltic states signal
    readiness" beside "Estonia could send a company": readers record both)."""
    own = {(s.actor, _SIDE[s.stance]) for s in stances if s.group is None and s.stance in _SIDE}
    return [s for s in stances if s.group is None or s.stance not in _SIDE
            or (s.actor, _OTHER_SIDE[_SIDE[s.stance]]) not in own]


#: Which side of sending troops a stance is on (the others, "undecided" among them, are neither).
_SIDE = {"ready": "offer", "open": "offer", "conditional": "offer", "declines": "refusal",
         "rejects": "refusal"}
_OTHER_SIDE = {"offer": "refusal", "refusal": "offer"}

_OPPOSITION_WORDS = ("opposition", "resistance", "objections", "objection")
_QUOTE_MARKS = frozenset({'"', "“", "‘", "'", "«"})


def _quoted_then_said(low: list[str]) -> bool:
    """A quotation then its attribution ('This matters," the minister wrote.'): the opening
    mark may be left with the sentence before."""
    k = next((j for j, w in enumerate(low) if w in ("”", '"')), None)
    return k is not None and k > 2 and not SPEECH.isdisjoint(low[k + 1:k + 5])


def _topic_after(topic: frozenset[str], words: set[str], headline: bool) -> frozenset[str]:
    """(s41) The force words a bare "open to participating" may take after this sentence: (s66)
    those of every sentence of the body read so far, a report's topic (was the last sentence's
    own). The headline's do not count: "Poland will not participate." under "Europe weighs a
    force" alone names nothing it would take part in."""
    return topic if headline else topic | frozenset(words & STANCE_CONTEXT)


def _in_headline(state: _ReportState, cues: _Cues) -> bool:
    """The sentence is in the report's first paragraph, its headline (a one-paragraph text has
    none)."""
    return len(state.joined_starts) > 1 and cues.char0 < state.joined_starts[1]

# (review s34) a year before the war this force is planned after, named as when the sentence's
# events happened ("In 1995", "in December 1995", "during 1999"): an op-ed's history, not a stance,
# a pledge or a size of this force
_PAST_YEAR = re.compile(r"(19\d\d|20[01]\d|202[01])")
_WHEN_WORDS = frozenset({"in", "during", "by", "until", "since", "from"})


_MANDATE_TERM = frozenset({"runs", "run", "lasts", "last", "expires", "expire", "extended",
                           "renewed", "valid", "until"})
_APPROVAL_NEEDED = frozenset({"needs", "need", "requires", "require", "required", "approval",
                              "approve", "vote", "if", "unless", "only", "must", "would"})
_SEND_TO = frozenset({"send", "sent", "sending", "sends", "deploy", "deployed", "deploying",
                      "deploys", "dispatch", "dispatched", "station", "stationed"})
_UKRAINE_WORDS = frozenset({"ukraine", "ukrainian", "kyiv", "kiev"})


def _sent_elsewhere(sent: Sent, span: tuple[int, int] | None = None) -> bool:
    """(review s34) Troops sent "to" the place of an earlier mission ("ready to send 7,500 troops
    to Bosnia"), in a sentence that names no Ukraine: another mission, not this force. With
    ``span`` (a figure's tokens), only when that figure is what was sent ("the 60,000 sent to
    Bosnia", not "30,000 troops, unlike the force once sent to Kosovo")."""
    low = sent.lower
    if not _UKRAINE_WORDS.isdisjoint(low) or _SEND_TO.isdisjoint(low):
        return False
    for k, w in enumerate(low):
        if w not in _MISSION_PLACES or k < 2 or low[k + 1:k + 2] == ["-"] or not (
                low[k - 1] == "to" or low[k - 1] == "in" and low[k - 2] in _SERVE_IN
                and _FORCE_SAID.isdisjoint(low)):
            continue  # (s47) "did not send troops to serve in Iraq", as "to Iraq" (review s47:
            # not beside "the force", nor "Kosovo-style")
        if span is None:
            if not _SEND_TO.isdisjoint(low[max(0, k - 8):k - 1]):
                return True
        elif span[1] <= k - 1 <= span[1] + 6 and "," not in low[span[1]:k - 1] and (
                not _SEND_TO.isdisjoint(low[span[1]:k - 1])
                or not _SEND_TO.isdisjoint(low[max(0, span[0] - 3):span[0]])):
            return True  # (not "30,000 troops, unlike the force once sent to Kosovo")
    return False


_SERVE_IN = frozenset({"serve", "fight", "operate"})
_FORCE_SAID = frozenset({"force", "mission", "peacekeeping", "peacekeepers", "coalition"})
# where earlier peace and stabilisation missions went (the gazetteer holds the contributors)
_MISSION_PLACES = frozenset({"bosnia", "kosovo", "afghanistan", "iraq", "mali", "lebanon", "libya",
                             "syria", "somalia", "sudan", "chad", "cyprus", "congo", "haiti",
                             "timor", "sahel", "macedonia", "croatia", "serbia", "kuwait"})


# (s40b) an aside on a person's past office, opened by a comma, a dash or a bracket and closed by
# one before the figure: "Lord X, who led the army from 2006 to 2009, said ...", "General Y -
# head of the army from 2006 to 2009 - said ...": the years date the speaker's career
_ASIDE_MARKS = frozenset({",", "\u2013", "\u2014", "-", "(", ")", ";"})
_OFFICE_WORDS = frozenset({"who", "head", "chief", "commander", "minister", "secretary",
                           "president", "ambassador", "adviser", "advisor", "general", "admiral"})


def _career_aside(low: list[str], k: int, span: tuple[int, int]) -> bool:
    """(s40b) Whether the year at ``k`` sits in an aside on someone's office that the figure at
    ``span`` lies outside: the aside opens with "who" or an office word after its mark."""
    b = next((j for j in range(k - 1, max(-1, k - 14), -1) if low[j] in _ASIDE_MARKS), None)
    c = next((j for j in range(k + 1, min(len(low), k + 8)) if low[j] in _ASIDE_MARKS), None)
    if b is None or c is None or b < 1 or b <= span[0] < c:
        return False
    return not _OFFICE_WORDS.isdisjoint(low[b + 1:b + 4])


def _in_the_past(sent: Sent, span: tuple[int, int] | None = None) -> bool:
    """Whether the sentence's events are dated to a past year and to no year of the war. With
    ``span`` (a figure's tokens), a year in an aside on a speaker's past office does not date
    the figure (s40b)."""
    low = sent.lower
    past = False
    for k in sent.digits:  # (the tokens opening with a digit, found once a sentence)
        w = low[k]
        if len(w) != 4 or not w.isdigit():
            continue
        if w >= "2022":
            return False
        if _PAST_YEAR.fullmatch(w) and (k >= 1 and low[k - 1] in _WHEN_WORDS or k >= 2 and low[k - 2]
                                        in _WHEN_WORDS and low[k - 1] in MONTHS):
            if span is not None and _career_aside(low, k, span):
                continue
            past = True
    return past
_DISCUSSING = ("discussed", "discussing", "discusses", "discuss")
_CAPACITY_WORDS = ("feasibly", "realistically", "theoretically", "physically")
_ELLIPSIS_WORDS = ("as", "so", "neither", "nor", "besides", "apart", "aside", "other",
                   ",")  # (s65) a gapped clause: "..., Norway about 2,000"


_OPINION_VERBS = frozenset({"believe", "believed", "think", "thought", "say", "said", "support",
                            "supported", "oppose", "opposed", "back", "backed", "want", "wanted",
                            "favour", "favor", "agree", "agreed", "expect", "expected"})


_RULE_OUT = _EXCLUDING - {"off", "turning", "turned", "turns", "turn"}  # "rule out", "exclude"


_WOULD_NOT = frozenset({"refused", "refuses", "refusing", "declined", "declines", "declining"})


# (s71) "refused to rule out the dispatch of Western ground troops"
_THE_SENDING = (["the", "dispatch"], ["the", "deployment"], ["the", "sending"],
                ["the", "possibility"])


def _rules_out_actively(low: list[str]) -> bool:
    """(s30) A negated "rule out" (exclude) whose subject acts, "has not ruled out", "did not
    rule out", "was not ruling out", not a passive "cannot be ruled out"."""
    for k, w in enumerate(low):
        if w in _RULE_OUT and k >= 2 and low[k - 1] == "to" and low[k - 2] in _WOULD_NOT and \
                low[k + 1:k + 2] == ["out"] and (low[k + 2:k + 3] in (["sending"], ["deploying"])
                                                 or low[k + 2:k + 4] in _THE_SENDING):
            return True  # (s68) "Macron refused (declined) to rule out sending Western troops",
            # not "the Kremlin refused to rule out retaliation"
        if w in _RULE_OUT and k >= 1 and (low[k - 1] in ("not", "n't", "never") or
                                          k >= 2 and low[k - 2] in ("not", "n't", "never")):
            between = low[max(0, k - 3):k]
            if not {"be", "been", "being", "is", "are", "was", "were"} & set(between) or \
                    between[-1:] == ["not"] and low[k - 2:k - 1] in (["was"], ["is"], ["were"],
                                                                     ["are"]) and w == "ruling":
                return True
    return False


def _but_not_ruled_out(low: list[str]) -> bool:
    """(s30) A contrast, then "cannot (could not) be ruled out" later in the sentence."""
    for k, w in enumerate(low):
        if w in ("but", "however", "although", "though") and any(
                (low[j:j + 3] == ["be", "ruled", "out"] or low[j:j + 2] == ["be", "excluded"])
                and low[j - 1] in ("not", "cannot", "n't") for j in range(k + 1, len(low) - 1)):
            return True
    return False


def _dismissed_as_premature(hits: list[StanceHit]) -> list[StanceHit]:
    """(s24) "German officials dismissed this idea as premature": the dismissal's stated
    judgement (undecided) is the stance, not a refusal beside it."""
    put_off = {h.actor for h in hits if h.stance == "undecided"}
    return [h for h in hits if not (h.actor in put_off and h.stance in ("rejects", "declines")
                                    and h.cue.lower().startswith("dismiss"))]


# (s26) the words of the sentence-wide readings `relative_planners` and `decide_or_without`
_RELATIVE_OR_LATER = frozenset({"that", "which", "decide", "decides", "without"})
_DECIDE = frozenset({"decide", "decides", "deciding", "decided", "decision", "decisions"})


_DESCRIBING = frozenset({"say", "said", "saying", "describe", "described", "describing", "specify",
                         "specified", "specifying", "explain", "explained", "detail", "disclose",
                         "disclosed", "reveal", "revealed", "elaborate", "spell", "spelled"})
# (s70) "Macron's openness to sending Western troops", "an alliance of countries open to sending
# Western troops": openness is the holder's own, whoever's troops (set 146's readers; not
# "raised the possibility of sending Western troops", which sets 117 and 141 record as no stance)
_OPENNESS = frozenset({"open", "openness"})
_OPEN_QUESTION = frozenset({"when", "which", "what", "how", "where"})
_CLAUSE_BREAKS = frozenset({",", ":", ";", "—", "–", "(", '"', "“", "”"})


_ADVERSARY_TELLS = SPEECH | {"determined", "claims", "claimed", "alleged", "alleges", "believes",
                            "reported", "reports", "asserted", "asserts", "accused", "accuses"}


# (review s70) "Moscow warned against the plan, but Britain said it is ready": Britain's own clause
_TELLING_ENDS = frozenset({",", ";", "but", "while", "whereas", "and"})


def _not_the_holders_word(words: set[str], sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s70) After every pass: offers inside a question left unanswered, told by the adversary or
    as alleged, and refusals inside an assurance others demand (or the holder refused)."""
    hits = _inside_a_question_left_open(sent, hits)
    hits = _told_by_the_adversary(sent, hits)
    if "that" in words and not words.isdisjoint(_ASSURANCES):
        hits = _inside_a_demanded_assurance(sent, hits)
    return hits


_ASSURANCES = frozenset({"guarantees", "guarantee", "assurances", "assurance", "promise",
                         "promises", "pledge"})
_REFUSED_TO = frozenset({"refused", "refuses", "refusing", "declined", "declines", "declining"})
_DEMANDED = frozenset({"demanded", "demand", "demands", "demanding", "sought", "seek", "seeks",
                       "wanted", "want", "wants", "requested", "asked", "called", "calls", "urged",
                       "pressed", "insisted"})


def _inside_a_demanded_assurance(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s70, set 147) A refusal inside an assurance others demand: "opposition MPs again asked for
    guarantees that Estonian soldiers would not go to Ukraine" — the demand is the
    opposition's, the government gave no refusal; the assurance refused ("Kallas refused to
    guarantee that ... would not be sent") leaves the sending open (set 147's readers)."""
    low = sent.lower
    out: list[StanceHit] = []
    for h in hits:
        at = cue_at(sent, h) if h.stance == "declines" else None
        if at is not None:
            that = next((k for k in range(at - 1, max(-1, at - 11), -1) if low[k] == "that"), None)
            if that is not None and that >= 2 and low[that - 1] in _ASSURANCES:
                asked = low[max(0, that - 5):that - 1]
                if not _DEMANDED.isdisjoint(asked):
                    continue
                if not _REFUSED_TO.isdisjoint(asked) or not {"not", "n't", "never"}.isdisjoint(asked):
                    # "Kallas refused to guarantee (to provide any guarantees, would not
                    # promise) that the country's forces would not be sent": a refusal refused
                    out.append(replace(h, stance="open", condition=None, base=None))
                    continue
        out.append(h)
    return out


def _offer_and_holder(sent: Sent, h: StanceHit) -> tuple[int | None, Mention | None]:
    """Where an offer's (ready, open, conditional) cue starts, and the last mention of its holder
    up to there (None, None for another stance)."""
    at = cue_at(sent, h) if h.stance in ("ready", "open", "conditional") else None
    if at is None:
        return None, None
    return at, max((m for m in sent.mentions if m.iso3 == h.actor and m.start <= at),
                   key=lambda m: m.start, default=None)


def _told_by_the_adversary(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s70, set 147) A nation's offer as Russia tells it: "Russian intelligence says it has
    found that France is readying a contingent of 2,000 troops",
    "Moscow said Latvia was considering contributions" — the adversary's claim, no stance of the
    nation (readers record none; as `_ledger._outsider_claim` for a named official); and an offer
    told as alleged ("Paris allegedly seeks to send 2,000 troops")."""
    low = sent.lower
    out: list[StanceHit] = []
    for h in hits:
        at, holder = _offer_and_holder(sent, h)
        teller = max((m for m in sent.mentions if m.iso3 == "RUS" and holder is not None
                      and m.end <= holder.start), key=lambda m: m.start, default=None)
        if holder is not None and at is not None and "allegedly" in low[holder.start:at + 3]:
            continue  # (set 148) "Paris allegedly seeks to send as many as 2,000 troops, he said"
        told = low[teller.end:holder.start] if teller is not None and holder is not None else []
        if told[:1] == [","] and told[1:2] and told[1] in _ADVERSARY_TELLS and \
                told[1] not in ("reports", "claims", "reported"):  # (review s72: "To deter
            # Russia, reports say Germany is preparing ...": the press, not Russia)
            told = told[1:]  # (s72) "Sergey Naryshkin, director of the Foreign Intelligence
            # Service of the Russian Federation, stated that France is preparing to send ..."
        if teller is not None and holder is not None and holder.start - teller.end <= 12 and \
                not _ADVERSARY_TELLS.isdisjoint(told) and _TELLING_ENDS.isdisjoint(told) and \
                not any(m.iso3 not in HOST_AND_ADVERSARY and teller.end <= m.start < holder.start
                        for m in sent.mentions):
            continue
        out.append(h)
    return out


def _inside_a_question_left_open(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s70) An offer inside a question someone would not answer: "Macron declined to describe
    in which situation France would be ready to send troops", "would not say when Italy could
    contribute" — the nation's readiness is the question's topic, no stance it states (as
    "declined to say whether", read undecided elsewhere)."""
    low = sent.lower
    out: list[StanceHit] = []
    for h in hits:
        holder = _offer_and_holder(sent, h)[1]
        if holder is not None:
            before = low[max(0, holder.start - 5):holder.start]
            wh = next((k for k in range(len(before) - 1, -1, -1) if before[k] in _OPEN_QUESTION),
                      None)
            if wh is not None and not _DESCRIBING.isdisjoint(before[:wh]) and \
                    _CLAUSE_BREAKS.isdisjoint(before[wh:]) and "asked" not in before[wh:] and \
                    not any(m.iso3 == h.actor and m.start > holder.end for m in sent.mentions):
                # (not "said when asked about Bucharest's possible involvement": a time clause;
                # nor "did not say where Danish troops would be deployed, but confirmed Denmark
                # is ready": the nation's own offer after the question, review s70)
                continue
        out.append(h)
    return out


def _offer_inside_doubt(low: list[str], hits: list[StanceHit]) -> list[StanceHit]:
    """(s26) An offer cue that is the object of the same nation's doubt or refusal ("expressed
    reluctance to participate in the force", "refused to take part in"): the doubt is the
    stance, the offer inside it none. Likewise an offer cue right after a decision word ("will
    decide on its participation in the force only after ..."): undecided."""
    def at(cue: str) -> list[int]:
        # (s56) where the whole cue stands, not its first word alone: "it will send troops;
        # Italy has yet to decide whether it will take part" put Britain's "will send" after
        # Italy's "decide" (the first word "will" matched there too)
        words = cue.lower().split()
        whole = [k for k in range(len(low) - len(words) + 1) if words and low[k:k + len(words)] == words]
        return whole or [k for k, w in enumerate(low) if words and w == words[0]]

    doubts = {h.actor: h for h in hits if h.stance in ("undecided", "declines", "rejects")}
    out: list[StanceHit] = []
    for h in hits:
        if h.stance == "ready" and not h.condition:
            d = doubts.get(h.actor)
            ks = at(h.cue)
            doubt_len = len(d.cue.split()) if d is not None else 0
            if d is not None and any(0 < k - j <= 3 + max(0, doubt_len - 1)
                                     for k in ks for j in at(d.cue)):
                continue  # (s62) counted from the doubt's last word: "will take a decision
                # about its contribution", "will decide on its participation in the force"
            if d is None and any(_DECIDE & set(low[max(0, k - 3):k]) for k in ks):
                out.append(replace(h, stance="undecided", base=None))
                continue
        out.append(h)
    return out


def public_opinion(low: list[str]) -> bool:
    """A share of the public holds the view: "54% believe that ...", "43 percent of Britons
    support sending troops" (a percentage, then within four words a verb of opinion; s23)."""
    for k, w in enumerate(low):
        if w == "%" or w.endswith("%") or w in ("percent", "per") and low[k - 1:k] and \
                low[k - 1][:1].isdigit():
            if not _OPINION_VERBS.isdisjoint(low[k + 1:k + 5]):
                return True
    return False


def _as_too(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """``hits`` and, for each nation after ", as have" that holds none, the stances of the
    nations before it (`as_have_too`; s22)."""
    held = {h.actor for h in hits}  # a nation with a stance of its own in the sentence
    out = list(hits)
    for m, h, k in as_have_too(sent, hits):
        if m.iso3 in held or any(o.actor == m.iso3 and o.stance == h.stance for o in out):
            continue
        out.append(replace(h, actor=m.iso3, actor_text=m.text, cue=sent.text_of(k, m.end)))
    return out


def _added(sent: Sent, hits: list[StanceHit], found: Iterable[tuple[Mention, str, int, int]],
           beside: bool = False) -> list[StanceHit]:
    """``hits`` and a stance for each ``(mention, stance, cue start, cue end)`` found whose
    nation no hit holds yet (the sentence-wide readings after the two passes). ``beside`` (s36):
    a nation that holds another stance gets this one beside it unless the two contradict ("seek
    parliamentary approval for deploying Danish troops": the offer beside the parliament
    condition read from the same words)."""
    out = list(hits)
    for m, stance, a, b in found:
        if stance in TROOP_STANCES and advised_or_outsiders(sent, m.end, a):
            continue  # (s34) advice or outside voices, as the phrase pass reads them (15j)
        held = {h.stance for h in out if h.actor == m.iso3}  # once a nation (its name and its
        # leader may both be found), or once a stance beside the others
        if held and not beside or stance in held or held & _CONTRARY.get(stance, set()):
            continue
        out.append(StanceHit(actor=m.iso3, actor_text=m.text, stance=stance,
                             cue=sent.text_of(a, b)))
    return out


# what a stance added beside others may not stand with: a refusal and an offer, and (one
# reading a sentence) ready excludes open and undecided
# (s68) but weighing it and no decision yet stand together ("was considering taking part and
# that no decision had been made": the annotators record open and undecided)
_CONTRARY = {"ready": {"declines", "rejects", "open", "undecided"},
             "open": {"declines", "rejects", "ready"},
             "undecided": {"ready", "declines"},
             "declines": {"ready", "open", "conditional", "undecided"}}


def _open_beside_ready(stances: list[StanceClaim],
                       shape_open: set[tuple[str, int]]) -> list[StanceClaim]:
    """(s42) A nation the report shows ready (a cue: "is ready to send") keeps no "open" that only
    the clause-shape pass read from a description of the plan ("British troops could be
    stationed alongside other European forces"): readers record the offer, not the plan's
    possibilities as a second, weaker stance (rebuilt sets 54-100: 7 such opens of 9 not in
    the gold). A hedge the cue pass read ("could contribute") stays."""
    ready = {s.actor for s in stances if s.stance == "ready"}
    return [s for s in stances
            if not (s.stance == "open" and s.actor in ready and (s.actor, s.start) in shape_open)]


_PREMATURE_CUES = ("premature", "too early", "too soon", "speculat", "inappropriate",
                   "wrong to discuss", "no point")
_FOR_THE_TIME_BEING = ("immediate", "for now", "current situation", "this situation",
                       "at this stage", "at the moment", "at present", "currently", "right now",
                       "at this point", "this time")


# a refusal in so many words, kept beside "premature" ("Spain has no plans to send troops at
# this stage, calling the debate premature": readers record both)
_WILL_NOT_SEND = ("will not", "won't", "would not", "wouldn't", "no plans", "not send",
                  "not deploy", "not contribute", "not participate", "never", "refused to send",
                  "refuses to send", "refused to deploy", "declined to send")
_FOR_GOOD = re.compile(r"\b(?:future|outright|any circumstances|ever|never|forever|under no)\b")
# (review s69) "premature" about the sending or its talk, not the size, a date, sanctions or
# the war's end ("premature to talk about the size of the force", "premature to lift sanctions")
_ON_THE_SENDING = ("troop", "soldier", "force", "deploy", "debate", "discussion", "peacekeep",
                   "mission", "contingent", "sending", "speculat", "boots", "statements",
                   "remarks", "proposal", "idea", "it is premature", "it was premature",
                   "this is premature")
_NOT_THE_SENDING = re.compile(r"\b(?:size|numbers?|timing|dates?|sanctions?|details)\b|the war would")


def _on_the_sending(sentence: str) -> bool:
    low = sentence.lower()
    return any(w in low for w in _ON_THE_SENDING) and _NOT_THE_SENDING.search(low) is None


def _premature_over_refusal(stances: list[StanceClaim]) -> list[StanceClaim]:
    """(s69, real sets 103, 131, 138) A nation that calls the sending premature ("too early",
    "inappropriate to speculate") and in the same report refuses it only for the time being
    ("opposed immediate troop deployment", "out of the question ... in the current situation")
    or rejects others' talk of it ("rejects the EU proposal", "dismisses remarks") has not
    decided: readers record undecided, not a refusal. A refusal with no such limit, or one in so
    many words ("Germany will not send troops", "has no plans to send troops at this stage"),
    stays beside it."""
    premature = {(s.actor, s.sentence) for s in stances if s.stance == "undecided" and any(
        c in s.cue.lower() for c in _PREMATURE_CUES) and _on_the_sending(s.sentence)}
    if not premature:
        return stances
    actors = {a for a, _ in premature}

    def for_now(s: StanceClaim) -> bool:
        low = s.sentence.lower()
        if _FOR_GOOD.search(low):
            return False  # (review s69) "opposed to sending troops, now and in the future"
        return s.stance == "rejects" or (s.actor, s.sentence) in premature or any(
            w in low for w in _FOR_THE_TIME_BEING)

    def says_it_will_not(s: StanceClaim) -> bool:
        cue = s.cue.lower()
        return any(w in cue for w in _WILL_NOT_SEND)

    return [s for s in stances if not (
        s.actor in actors and s.stance in ("declines", "rejects") and for_now(s)
        and not says_it_will_not(s))]


def _thread(since: int, sending_here: bool, keeps: bool) -> int:
    """(s57) Sentences since the last on sending troops (1: the sentence before): reset by one
    on sending, counted on through one that keeps the passage (stances, contribution words),
    broken by one on anything else."""
    return 1 if sending_here else since + 1 if keeps else 99


def _new_actors(hits: Sequence[StanceHit], extra: Iterable[StanceHit]) -> list[StanceHit]:
    """The stances of ``extra`` whose nation ``hits`` gives none (the other passes come first)."""
    have = {h.actor for h in hits}
    return [h for h in extra if h.actor not in have]


# (s48 review) the host and the adversary send no troops to this force: a troop stance read for
# them comes from another clause ("Kyiv rejects territorial concessions and Moscow opposes foreign
# troops"), the talks ("readiness to participate"), or their own army ("Russia plans to mobilise
# 3 million soldiers"). Russia's refusal of the force is its rejection of it.
_NO_TROOP_STANCE = {"RUS": frozenset({"ready", "open", "conditional", "undecided"}),
                    "UKR": frozenset({"ready", "open", "conditional", "undecided", "declines"})}


_OWN_SENDING_CUE = frozenset({"send", "sending", "deploy", "deploying", "contribute"})


def _add_stance(stances: list[StanceClaim], used: dict[str, int], report_id: str, st: StanceHit,
                text: str, a: int, b: int, said_by: str | None) -> None:
    if st.stance in _NO_TROOP_STANCE.get(st.actor, ()):
        return
    if st.actor == "RUS" and st.stance == "declines":
        if not _OWN_SENDING_CUE.isdisjoint(st.cue.lower().split()):
            return  # "Russia said it would not send troops to take part": its own troops,
            # which this force never counts on -- no stance
        st = replace(st, stance="rejects", condition=None)
    if _DETAIL_UNSAID.search(st.cue.lower()):
        return  # (s67, rv67-own) "Starmer did not say how many countries would join": no refusal
    if st.stance == "declines" and _ceiling_only(text, st.cue):
        st = replace(st, stance="ready", condition=None)  # (s67) "would not send more than a
        # battalion": a ceiling on an offer, not a refusal
    said = _clause_speaker(text, said_by, st)
    if said and st.stance in TROOP_STANCES and _outsider_speaker(said):
        return  # (s67, a reviewer's probes) "Analyst Michael Clarke said the mission would be
        # risky. He added that Germany would probably send troops.": the analyst's voice,
        # carried by the pronoun, as it is dropped when named in the sentence ("Analysts say
        # Germany could only send troops with the Bundestag's approval")
    if said and said != said_by and _other_nations_clause(text, said, st):
        return  # (s67) "Merz said ..., and the Dutch prime minister said any deployment would
        # need parliament": the condition is the Dutch clause's, not Germany's
    cid = _unique(f"{report_id}-s-", claim_hash(
        "s", text, st.actor, _id_name(st.stance, st.condition)), used)
    stances.append(StanceClaim(
        id=cid, report_id=report_id, actor=st.actor, actor_name=actor_name(st.actor),
        stance=st.stance, cue=st.cue, sentence=text, start=a, end=b,
        said_by=said,
        condition=st.condition, group=st.group,
    ))


# a negated sending whose object is "more than" an amount: "would not (be able to) send more
# than a battalion", "cannot contribute more than 300 soldiers" (s67)
_NOT_MORE_THAN = re.compile(
    r"(?i)\b(?:not|cannot|can't|won't|unable)\b(?:\s+\w+){0,4}?\s+(?:send|deploy|contribute|"
    r"provide|commit|supply|offer|field|raise|dispatch)\s+(?:(?:any|a)\s+)?(?:more\s+than|"
    r"beyond|in\s+excess\s+of)\s+(?:a|an|one|two|three|four|five|some|about|around|\d)")


def _ceiling_only(text: str, cue: str) -> bool:
    """Whether the refusal read at ``cue`` is a negated sending of "more than" an amount."""
    at = text.find(cue)
    return at >= 0 and _NOT_MORE_THAN.search(text, max(0, at - 40), at + len(cue) + 60) is not None


_OUTSIDER_WORDS = OUTSIDE_VOICES | frozenset({"former", "retired", "ex", "opposition", "candidate",
                                             "professor", "researcher", "columnist"})


def _outsider_speaker(said: str) -> bool:
    """Whether a speaker is described as no government voice: an analyst, a former or retired
    official, the opposition, a candidate."""
    return not _OUTSIDER_WORDS.isdisjoint(re.findall(r"[a-z]+", said.lower()))


def _other_nations_clause(text: str, speaker: str, st: StanceHit) -> bool:
    """Whether ``speaker``, of another nation than the stance's, opens the later clause the
    stance's cue is in while the stance's nation is named only before it."""
    nation = nation_of(speaker)
    if nation is None or nation == st.actor:
        return False
    opens = text.find(speaker)
    return opens >= 0 and st.actor_text not in text[opens:]


# "Ukraine needs 200,000, but Europe is discussing 30,000": the figure set against the request
_CONTRAST = frozenset({"but", "while", "whereas", "although", "though"})


def _with_bases(hits: Sequence[StanceHit]) -> list[StanceHit]:
    """Each hit, and for a conditional one the stance its condition qualifies (ready or open)."""
    out = list(hits)
    have = {(h.actor, h.stance) for h in hits}
    for h in hits:
        if h.base is not None and (h.actor, h.base) not in have:
            have.add((h.actor, h.base))
            out.append(replace(h, stance=h.base, condition=None, base=None))
    return out


def _remember_units(lower: list[str], hits: Sequence[StanceHit], offered: dict[str, str]) -> None:
    """Unit nouns ("a company-sized unit", "a battalion") in a sentence where one nation offers
    troops: a later sentence may give that unit's size."""
    actors = {h.actor for h in hits if h.stance in ("ready", "open", "conditional")}
    if len(actors) != 1:
        return
    actor = actors.pop()
    if offered.get(OFFERING_NATION, actor) == actor:
        offered[OFFERING_NATION] = actor  # (s71) the one nation whose offer the report tells
    else:
        offered[OFFERING_NATION] = ""  # a second nation's offer: no share is carried
    for w in lower:
        for part in w.split("-"):
            if part in UNIT_NOUNS:
                offered[part] = actor


def _refer_back(claims: list[QuantityClaim]) -> list[QuantityClaim]:
    """A figure of Ukraine's request repeated later in the report without its request words
    ("Zelensky asked for at least 200,000 peacekeepers. ... The deployment of 200,000
    peacekeepers raises questions") is that request again, not the European force's size."""
    asked: dict[float, QuantityClaim] = {}
    named: dict[float, QuantityClaim] = {}  # the first force figure with each bound (15p)
    out: list[QuantityClaim] = []
    for c in claims:
        if c.unit == "troops" and c.subject == "european_force" and c.low == c.high and \
                c.low in named and _THE_FIGURE.search(c.sentence[:c.sentence.find(
                    c.number_text) + 1 if c.number_text in c.sentence else 0]):
            # "Even the figure of 15,000 troops appears optimistic", after "up to 15,000": the
            # figure named before, with its bounds (15p)
            before = named[c.low]
            c = replace(c, subject=before.subject, subject_label=before.subject_label,
                        low=before.low, high=before.high, qualifier=before.qualifier)
        if c.unit == "troops" and c.subject in ("european_force", "ukraine_request"):
            for v in (c.low, c.high):
                if v is not None:
                    named.setdefault(v, c)
        if c.subject == "ukraine_request" and c.unit == "troops":
            asked.update((v, c) for v in (c.low, c.high) if v is not None)
        first = asked.get(c.low) if c.low is not None else None
        if first is not None and c.subject == "european_force" and c.unit == "troops" and \
                (c.low == c.high or (c.low, c.high) == (first.low, first.high)) and \
                (not _EUROPE_ACTS.search(c.sentence) or _EUROPE_LACKS.search(c.sentence)):
            # (15k: "at least 200,000" repeated too)
            c = replace(c, subject=first.subject, subject_label=first.subject_label,
                        low=first.low, high=first.high, qualifier=first.qualifier)
        out.append(c)
    return out


# "the figure of 15,000": a figure named before (the search ends on the number's first character)
_THE_FIGURE = re.compile(r"\b(?:the|this|that) (?:figure|number) of (?:about |some |around )?\S$",
                         re.IGNORECASE)

# "Can Europe, on its own, muster a 100,000-strong force?": Europe's force of that size, not
# the request repeated
_EUROPE_ACTS = re.compile(r"\b(?:Europe|Europeans)\b")
# (s34, set 93) "Europe does not have 200,000 peacekeepers available": the request again, which
# Europe cannot meet; and what Ukraine's president says would do ("the mission could operate if
# 100,000-150,000 European troops were deployed") is his request
_EUROPE_LACKS = re.compile(r"\b(?:Europe|Europeans)\b[^.;]{0,30}\b(?:does not have|doesn't have|"
                           r"do not have|don't have|lacks?|cannot|can't|could not|couldn't|"
                           r"would struggle|struggles? to)\b")
_IF = frozenset({"if"})  # (not "enough": "the 25,000 now planned were not enough" is the plan's, s21)
# troops a nation already keeps elsewhere in Europe (NATO's standing tasks): no contribution
_NATO_MEMBERS = re.compile(r"\b(\d+)\s+(?:other\s+|different\s+)?(?:nations|members|allies|countries|states)"
                           r"\s+of\s+(?:the\s+)?nato\b|\ball\s+(\d+)\s+(?:nato\s+)?(?:allies|members)\b")


def _not_the_coalitions_count(sent: Sent, hit: Any) -> bool:
    """A count of NATO's own members ("the 31 other nations of the NATO alliance", "all 32
    allies"), 29 to 32 of them, or of the UN's troop contributors."""
    text = " ".join(sent.lower)
    if "political community" in text and hit.low is not None and hit.low >= 40:
        return True  # (s66) "the European Political Community summit in Tirana, where leaders
        # from 47 countries gathered": that forum's members (the coalition met at its summits,
        # with some 30)
    if _UN_CONTRIBUTORS.search(text):
        return True  # (s43) "senior military from almost 30 countries contributing troops to UN
        # peacekeeping": the UN's contributors, not the coalition
    # the count NATO's phrase gives, not another in its sentence (s66: "All 32 allies back
    # Ukraine, but about 30 countries have joined the coalition": the 30 is the coalition's)
    return hit.low is not None and 29 <= hit.low <= 32 and any(
        float(m.group(1) or m.group(2)) == hit.low for m in _NATO_MEMBERS.finditer(text))


_COALITION_WHICH = re.compile(r"\b(?:coalition|force|mission)\s*,?\s+(?:which|that)\s+(?:could|would|will|might|"
                              r"may)\s+(?:station|deploy|send|field|number|include|comprise)"
                              r"(?:\s+(?:around|about|some|up\s+to|roughly|approximately))?\s*$")
_DEMONYM_NATION = {d.lower(): iso3 for iso3, ds in DEMONYMS.items() for d in ds if " " not in d}
_TROOP_COMMITMENTS = re.compile(r"\b([a-z]+)\s+troop\s+(?:commitments?|contributions?|contingents?)\s+"
                                r"(?:numbering|totalling|totaling|of)(?:\s+(?:up\s+to|around|about|some))?\s*$")
_UN = r"(?:un|u\.n\.|united nations)"
_UN_CONTRIBUTORS = re.compile(r"\b" + _UN + r"\b[^.]{0,80}\btroop\s*-?\s*contributing\b|\bcontributing\s+troops\s+to\s+"
                              + _UN + r"\b|\btroop\s*-?\s*contributing\s+countries\b[^.]{0,30}\b" + _UN + r"\b"
                              r"|\bcontribut\w*\b[^.]{0,25}\b" + _UN + r"\s+peacekeeping\b")


_ARMY_CAPABILITY = re.compile(
    r"\b(?:could|can|able to|capable of)\b[^.;]{0,60}\bwithin (?:\d+|a few|two|three|four) "
    r"(?:days|weeks)\b|\b(?:could|can|able to|capable of) (?:command|commanding|lead|leading) "
    r"(?:a|an) (?:[\w-]+ )?(?:force|corps|division)\b", re.I)
_FOR_UKRAINE = frozenset({"ukraine", "kyiv", "kiev", "ukrainian", "peacekeeping", "peacekeepers",
                          "reassurance", "ceasefire"})
_STANDING_ADJ = frozenset({"regular", "active-duty", "full-time", "standing"})


def _standing_army(low: list[str], s: int, e: int) -> bool:
    """(s58) A troop figure that is an army's standing size: "regular soldiers", "the Army, with
    fewer than 73,000 soldiers", "100,000 troops in Europe" (the US's, NATO's: not in Ukraine)."""
    while e < len(low) and low[e] in _STANDING_ADJ:
        if low[e + 1:e + 2] and low[e + 1] in _UNIT_WORDS:
            return True  # "73,000 regular soldiers" (not "20,000 troops standing ready")
        e += 1
    while e < len(low) and low[e] in _UNIT_WORDS:
        e += 1
    if low[max(0, s - 2):s] in (["with", "its"], ["with", "their"]) and low[s - 3:s - 2] != [] \
            and country_named(low[s - 3]) is not None or any(
            low[k:k + 2] in (["troop", "numbers"], ["troop", "levels"], ["army", "numbers"])
            and low[k - 1:k] in (["'s"], ["’s"], ["its"], ["their"])
            for k in range(max(0, s - 6), s)):
        return True  # (s71, set 153) "France with its 125-150,000 troops", "The UK's troop
        # numbers, estimated around 100,000": the nation's whole army
    army = next((k for k in range(max(0, s - 5), s) if low[k] == "army"), None)
    if army is not None and "with" in low[max(0, s - 3):s] and army > 0 and \
            low[army - 1] in ("the", "its", "their", "'s", "’s"):
        return True  # "the Army (its army), with N soldiers": not "a coalition army, with"
    after = [w for w in low[e:e + 5] if w not in ("stationed", "based", "deployed", "permanently")]
    # (review s58: not "across Europe and Ukraine", "in Europe's east and in Ukraine", nor "in
    # Europe, outside Ukraine" as an option for the force)
    return after[:2] in (["in", "europe"], ["across", "europe"]) and \
        after[2:3] not in (["'s"], ["’s"], ["and"]) and "ukraine" not in low


_ALLIES_HOSTING = frozenset({"europe", "poland", "germany", "romania", "baltics", "baltic",
                             "estonia", "latvia", "lithuania", "finland", "slovakia", "hungary",
                             "bulgaria", "norway", "cyprus"})


def _already_in_another(low: list[str], e: int) -> bool:
    """(s64) "already in <an ally>" right after the figure's words: "the 900 British troops
    already in Estonia" (not a clause further on: "with a brigade already in Lithuania, says it
    could send 5,000 troops")."""
    k = e
    while k < min(len(low), e + 3) and low[k] in _UNIT_WORDS:
        k += 1
    return low[k:k + 2] == ["already", "in"] and (
        low[k + 2:k + 3] != [] and low[k + 2] in _ALLIES_HOSTING
        or low[k + 2:k + 4] != [] and low[k + 2] == "the" and low[k + 3] in _ALLIES_HOSTING)


# (s66) words that tie a sentence to this force, or make its troops an offer
_THIS_FORCE_OR_OFFER = frozenset({
    "ukraine", "kyiv", "kiev", "ceasefire", "truce", "force", "reassurance", "coalition",
    "peacekeepers", "peacekeeping", "would", "will", "could", "may", "might", "ready", "prepared",
    "willing", "plans", "plan", "offer", "offered", "offers", "pledged", "pledge", "promised",
    "intends", "can", "'ll", "wants", "want", "shall", "proposed", "envisaged", "needed", "need"})


def _placed_in_another_now(low: list[str], words: set[str]) -> bool:
    """(s66) The sentence places troops in another country now (`placed_elsewhere`) and names
    neither Ukraine nor the force, nor offers anything."""
    return _THIS_FORCE_OR_OFFER.isdisjoint(words) and placed_elsewhere(low)


_UNIT_WORDS = frozenset({"troops", "soldiers", "personnel", "servicemembers", "servicemen",
                         "military", "service", "members", "forces"})


_ALREADY_THERE = re.compile(r"\balready (?:in Europe|(?:deployed|stationed|based|present)(?! in Ukraine))\b|"
                            r"\bOperation Atlantic Resolve\b|\benhanced Forward Presence\b",
                            re.IGNORECASE)

# ("the": "a presence in the Baltics"; "in Ukraine" is checked after it)
_PRESENCE_PLACES = frozenset({"europe", "poland", "germany", "romania", "the", "baltics",
                              "baltic", "italy", "spain", "lithuania", "estonia", "latvia"})


def _presence_elsewhere(low: list[str], s: int, e: int) -> bool:
    """A figure's troops are a (standing) presence in Europe or a NATO state, not in Ukraine:
    "its 70,000-strong troop presence in Europe" (the figure, then "presence in <place>")."""
    window = low[s:e + 5]
    if "presence" not in window:
        return False
    k = window.index("presence")
    return window[k + 1:k + 2] == ["in"] and bool(window[k + 2:k + 3]) and \
        window[k + 2] in _PRESENCE_PLACES and "ukraine" not in window[k + 2:k + 4]


_LISTING_OPENERS = frozenset({"among", "they", "these", "those"})
_LISTING_WORDS = frozenset({"include", "includes", "included", "including", "namely"})


def _enumerates(lower: list[str]) -> bool:
    """Whether a sentence lists the members of a group named before it ("Among the countries
    named are ...", "They include ...", "These are ...")."""
    return (lower[0] == "among" or not _LISTING_WORDS.isdisjoint(lower)
            or (lower[0] in _LISTING_OPENERS and len(lower) > 1 and lower[1] in ("are", "were",
                                                                                 "being"))
            # (s61) "Slovakia is one of them." (not a group of its own before: "There also are
            # countries that say 'never' to that, and Slovakia is one of them" names another)
            or _one_of_them(lower) and _GROUP_WORDS.isdisjoint(lower) and "that" not in lower)


_ONE_OF = frozenset({"one", "two", "three", "four"})


def _one_of_them(lower: list[str]) -> bool:
    """(s61) "Slovakia is one of them.", "Hungary and Slovakia are among them.": the group
    before, its members named at the end of the sentence."""
    tail = [w for w in lower[-5:] if w not in (".", "!", '"', "”", "’")]
    return tail[-1:] in (["them"], ["those"], ["these"]) and (
        tail[-2:-1] == ["among"] or len(tail) >= 3 and tail[-3] in _ONE_OF and tail[-2] == "of")


_OFFERS = ("ready", "open", "conditional")
_OPPONENTS = frozenset({"opponents", "opponent", "sceptics", "skeptics", "holdouts", "holdout",
                        "exceptions", "exception", "refusers"})
_TITLES = frozenset({"prime", "president", "defence", "defense", "foreign", "chancellor",
                     "minister", "premier", "leader", "head"})
_OPEN_QUOTES = frozenset({'"', "“", "‘", "«"})


def _remember_person(said_by: str, nation: str, people: dict[str, str]) -> None:
    """A speaker named with a title of his nation ("Latvian Defence Minister Ilze Ozola"):
    his surname stands for that nation later in the report."""
    parts = said_by.split()
    if len(parts) >= 3 and parts[-1][:1].isupper() and parts[-1].isalpha() and \
            parts[-2][:1].isupper():
        people[parts[-1].lower()] = nation


def _named_before(sent: Sent, people: dict[str, str]) -> str | None:
    """The nation of a sentence that opens with the surname of a speaker titled before ("Ozola
    also dismissed ..."), when nothing in the sentence names a nation before its verb."""
    low = sent.lower
    k = 0
    while k < len(low) and low[k] in ("but", "however", ",", "and"):
        k += 1
    nation = people.get(low[k]) if k < len(low) else None
    if nation is None or not sent.tok(k).is_title or any(m.start <= k + 1 for m in sent.mentions):
        return None
    return nation


_HOUSE_NATION = {name.lower(): iso3 for iso3, names in PARLIAMENTS.items() for name in names
                 if " " not in name} | {"kamer": "NLD"}  # (s63) "the Tweede Kamer"


_OWNED_ACTS = frozenset({"participation", "contribution", "deployment", "involvement", "presence"})


def _ukrainian_after_other_figure(sent: Sent, s: int) -> bool:
    """(s62) Ukraine's speaker comes after another figure that follows this one: "a force of
    between 10,000 and 30,000 troops, well below the 200,000 foreign soldiers that Zelensky
    once said would be needed" (his is the 200,000)."""
    ukr = [m for m in sent.mentions if m.iso3 == "UKR" and m.start > s]
    return bool(ukr) and _other_figure_between(sent, s, ukr[0].start)


def _later_condition(sent: Sent, said_by: str | None, last: str | None, speaker: str | None,
                     hits: Sequence[StanceHit], offered: set[str],
                     offered_last: AbstractSet[str] = frozenset()) -> list[StanceHit]:
    """A condition a nation's speaker puts on the force after its offer, in a later sentence
    with no stance of its own for that nation: "Britain's prime minister insisted the plan must
    have United States backing", a quote continued ('"There needs to be a very clear mandate for
    those forces ..."') (SET11-ERRORS S5, 15x); (s61) "it" / "they" insisting on it, for the
    nations that offered in the sentence before (``offered_last``: "The UK and France have
    indicated their openness to sending troops. However, they insist on US involvement")."""
    required = required_later(sent.lower)
    if required is None:
        return []
    condition, a, b = required
    low = sent.lower
    if speaker is None and a > 0 and low[a - 1] in ("it", "they") and \
            (said_by is None or said_by.lower() == low[a - 1]) and \
            low[a] in INSISTING:
        nations = sorted(offered_last - _NOT_PAIRED)
        if low[a - 1] == "it" and len(nations) != 1:
            nations = []
        return [StanceHit(actor=n, actor_text=n, stance="conditional", cue=sent.text_of(a, b),
                          condition=condition) for n in nations
                if not any(h.actor == n and h.stance in TROOP_STANCES for h in hits)]
    nation = speaker
    if nation is None and said_by is not None:  # "the United Kingdom's prime minister insisted"
        low = sent.lower
        nation = next((m.iso3 for m in sent.mentions if m.end + 1 < len(low)
                       and low[m.end] in ("'s", "’s") and low[m.end + 1] in _TITLES), None)
    if nation is None and said_by is None and sent.lower[0] in _OPEN_QUOTES:
        nation = nation_of(last)  # a quote continued in a new paragraph: the last speaker's
    if nation is None and condition == "parliament":  # (s58) "He added that the final
        # decision would belong to the Seimas": the parliament's nation, its offer made before
        houses = {_HOUSE_NATION[w] for w in sent.lower[a:b] if w in _HOUSE_NATION}
        nation = houses.pop() if len(houses) == 1 else None
    if nation is None:  # (s58) "De Wever repeated that Belgium would not go in 'without American
        # cover'": the one nation named before the requirement, its offer made before
        low = sent.lower
        named = {m.iso3 for m in sent.mentions if m.end <= a and m.iso3 not in _NOT_PAIRED
                 and (not m.governed or m.start >= 2 and low[m.start - 1] == "of"
                      and low[m.start - 2] in _OWNED_ACTS)}
        # (second review s58: not "Critics in Lithuania say"; s59: "The participation of
        # Portuguese military will depend on ...": the participation's owner)
        nation = named.pop() if len(named) == 1 else None
    if nation is None:  # (s63) "For the Netherlands and Sweden, parliamentary approval is
        # required before deployment": the nations the sentence opens for, their offers before
        return [StanceHit(actor=n, actor_text=n, stance="conditional", cue=sent.text_of(a, b),
                          condition=condition)
                for n in _fronted_for(sent, a) or (
                    _sole_offer_before(sent, offered_last)
                    if said_by is None or nation_of(said_by) in offered_last
                    or said_by.lower() in _STAND_IN_SAYERS else [])
                if n in offered and not any(h.actor == n and h.stance in TROOP_STANCES for h in hits)]
    if nation not in offered or nation in _NOT_PAIRED or any(
            h.actor == nation and h.stance in TROOP_STANCES for h in hits):
        return []
    return [StanceHit(actor=nation, actor_text=nation, stance="conditional",
                      cue=sent.text_of(a, b), condition=condition)]



# (s73, a reviewer's probes) "Belgium said it would send troops. It added that this would
# depend on a US backstop": the pronoun or the government speaking for the nation before
_STAND_IN_SAYERS = frozenset({"it", "they", "the government", "the ministry", "the minister",
                              "the prime minister", "the spokesman", "the spokeswoman"})
_OUTSIDE_SAYERS = frozenset({"opposition", "backbenchers", "backbencher", "critics", "argue",
                             "argues", "campaigners", "analysts", "experts", "commentators"})


def _sole_offer_before(sent: Sent, offered_last: AbstractSet[str]) -> list[str]:
    """(s63) The one nation that offered in the sentence before, when this sentence names no
    other ("Denmark is ready to send troops. Any deployment will require a parliamentary
    resolution, as is usual for Danish contributions abroad")."""
    if len(offered_last) != 1 or not _OUTSIDE_SAYERS.isdisjoint(sent.lower):
        return []  # (review) "..., Labour backbenchers argue", "the opposition insists"
    (only,) = offered_last
    # (s73) the backstop's nation is the condition's object, not another speaker ("It added that
    # this would depend on a US backstop")
    named = {m.iso3 for m in sent.mentions} - {"USA"}
    return [only] if named <= {only} and only not in _NOT_PAIRED else []


def _fronted_for(sent: Sent, a: int) -> list[str]:
    """The nations of an opening "For (In) X and Y," before token ``a``, in order."""
    low = sent.lower
    if low[:1] not in (["for"], ["in"]) or "," not in low[1:a]:
        return []
    comma = low.index(",", 1)
    names = [m for m in sent.mentions if m.end <= comma and m.iso3 not in _NOT_PAIRED]
    covered = {k for m in names for k in range(m.start, m.end)}
    if not names or any(k not in covered and low[k] not in ("and", ",", "the", "both")
                        for k in range(1, comma)):
        return []
    return list(dict.fromkeys(m.iso3 for m in names))


def _listed(mentions: Sequence[Mention], orphans: Sequence[Orphan],
            persons: bool = False) -> list[StanceHit]:
    """Each orphan stance for each nation mentioned (not after a preposition; a leader only for
    "the two countries", ``persons``); never the host, the adversary or the US ("Kyiv and Moscow
    must both accept the terms ... it is premature": not theirs, 15x)."""
    nations = list(dict.fromkeys((m.iso3, m.text, m.group) for m in mentions
                                 if not m.governed and (persons or m.label != "PERSON")
                                 and m.iso3 not in _NOT_PAIRED))
    return [StanceHit(actor=iso3, actor_text=text, stance=o.stance, cue=o.cue,
                      condition=o.condition, group=group)
            for o in dict.fromkeys(orphans) for iso3, text, group in nations]


# what may stand between the names of an inline list ("the UK, France, and the Baltic states
# (Estonia, Latvia, and Lithuania)")
_LIST_FILLER = frozenset({",", "and", "the", "(", ")", "–", "—", "-", "as", "well", "plus", "also"})
_LIST_MARKS = frozenset({"–", "—", ":", "including", "namely"})
_GROUP_WORDS = frozenset({"countries", "nations", "states", "allies", "members", "governments"})
# two-word marks, by their second word (s22): "some countries, among them the Baltic states and
# France, have raised ...", "countries such as Germany and Poland are unwilling ..."
_PAIRED_MARKS = {"them": ["among"], "as": ["such"]}


def _inline_list(sent: Sent) -> list[Mention]:
    """The nations a group noun is named by in its own sentence, after a dash, a colon,
    *including* or *namely* ("only six countries have committed to sending troops – the UK,
    France and the Baltic states"; "six nations, including the UK and France, have pledged
    ..."): the listed mentions, when the names after the mark form a list (nothing but commas,
    *and*, brackets and dashes between them); empty when there is none."""
    low = sent.lower
    for k, w in enumerate(low):
        such_as = w == "as" and "such" in low[max(0, k - 4):k - 1] and \
            "including" in low[max(0, k - 6):k]  # (s72) "..., including such major players
        # as Germany, the UK and the US": the group noun may stand further back
        if not (w in _LIST_MARKS or _PAIRED_MARKS.get(w) == low[k - 1:k] or such_as
                # (s23) "countries like Germany expressing reservations"
                or w == "like" and low[k - 1:k] and low[k - 1] in _GROUP_WORDS) or \
                _GROUP_WORDS.isdisjoint(low[max(0, k - (20 if such_as else 12)):k]):
            continue
        after = [m for m in sent.mentions if m.start > k]
        if not after or after[0].start > k + 2:
            continue
        listed: list[Mention] = []
        pos = k + 1
        for m in after:
            if any(x not in _LIST_FILLER for x in low[pos:m.start]):
                break
            listed.append(m)
            pos = max(pos, m.end)
        listed = [m for m in listed if m.label != "PERSON" and m.iso3 not in _NOT_PAIRED]
        if listed:
            return listed
    return _listed_as_one_of(sent)


def _listed_as_one_of(sent: Sent) -> list[Mention]:
    """(s61) "Some countries say they will never send troops, and Slovakia is one of them": the
    nations between the last "and" and "is (are) one of (among) them", when the sentence ends
    there and a group noun stands before."""
    low = sent.lower
    if not _one_of_them(low):
        return []
    verb = max((k for k, w in enumerate(low) if w in ("is", "are")), default=None)
    joint = max((k for k in range(verb or 0) if low[k] in ("and", ",", ";")), default=None)
    if verb is None or joint is None or _GROUP_WORDS.isdisjoint(low[:joint]):
        return []
    named = [m for m in sent.mentions if joint < m.start and m.end <= verb]
    if not named or any(x not in _LIST_FILLER for x in low[joint + 1:named[0].start]) or \
            any(x not in _LIST_FILLER for x in low[named[-1].end:verb]):
        return []
    return [m for m in named if m.label != "PERSON" and m.iso3 not in _NOT_PAIRED]


def _of_the_group_named_last(sent: Sent, first: int, orphans: list[Orphan]) -> list[Orphan]:
    """(s71) The orphans a nation "among them" joins: those of the last group named before it
    ("There are countries that are ready to send ..., there are countries that say never -
    Slovakia is among them": not the readiness of the first group); all when the mark is
    another."""
    low = sent.lower
    if low[first + 1:first + 4] not in (["is", "among", "them"], ["are", "among", "them"]) and \
            "including" not in low[max(0, first - 2):first]:  # (s72) "there are countries
        # saying 'never', including Slovakia": the group named last, too
        return orphans
    group = max((k for k in range(first) if low[k] in _GROUP_WORDS), default=None)
    if group is None:
        return orphans
    start = max((k for k in range(group) if low[k] in (",", ";", "and")), default=-1)
    clause_at = sent.idx[start + 1] - sent.idx[0] if start + 1 < len(low) else 0
    list_at = sent.idx[first] - sent.idx[0]
    # the orphans whose cue stands in the group's clause, before the nation ("... - Bulgaria is
    # among them - and there are the undecided": not the group after it)
    return [o for o in orphans if 0 <= sent.text.find(o.cue, clause_at) < list_at]


def _listed_inline(sent: Sent, hits: list[StanceHit], orphans: list[Orphan]
                   ) -> tuple[list[StanceHit], list[Orphan]]:
    """A group's stance for the nations its own sentence lists (`_inline_list`): the cue with no
    actor (an orphan) goes to each listed nation; a cue given to some of the list ("six nations,
    including the UK, France and the Baltic states – Estonia, Latvia and Lithuania – have
    pledged") goes to the rest of it too."""
    listed = _inline_list(sent)
    if not listed:
        return hits, orphans
    isos = {m.iso3 for m in listed}
    extra: list[StanceHit] = []
    if orphans:
        extra = _listed(listed, _of_the_group_named_last(sent, listed[0].start, orphans))
        orphans = []
    end = max(m.end for m in listed)
    later = {m.iso3 for m in sent.mentions if m.start >= end}  # named again after the list:
    for h in hits:  # its own subject there ("..., where Britain said it was ready")
        if h.actor in isos and h.actor not in later and h.stance in TROOP_STANCES:
            extra += [replace(h, actor=m.iso3, actor_text=m.text, group=m.group)
                      for m in listed if m.iso3 != h.actor]
    have = {(h.actor, h.stance) for h in hits}
    for h in extra:
        if (h.actor, h.stance) not in have:
            have.add((h.actor, h.stance))
            hits = [*hits, h]
    return hits, orphans


def _opening_subject(sent: Sent) -> list[Mention]:
    """The nations a sentence opens with as its subject ("Estonia has ...", "In March, Britain
    and France ..."): the first free mention within its first eight tokens, with those listed
    with it."""
    for m in sent.mentions:
        if m.start >= 8:
            break
        if not m.governed:
            return sent.coordinated(m)
    return []


# Stance ids hash the stance name; the names of the first vocabulary are kept for the hash so that
# ids already cited by scenarios stay valid (docs/evidence.md, "Stable ids").
_ID_NAMES = {"declines": "ruled-out", "undecided": "premature", "talks": "participating"}
_ID_CONDITIONS = {"parliament": "conditional-parliament", "constitution": "constitutional-limit"}


def _id_name(stance: str, condition: str | None) -> str:
    if stance == "conditional" and condition in _ID_CONDITIONS:
        return _ID_CONDITIONS[condition]
    return _ID_NAMES.get(stance, stance)


def _unique(prefix: str, digest: str, used: dict[str, int]) -> str:
    """An id not given yet in the report: the digest's, then "-2", "-3", ... for the same
    sentence and figure again. The next suffix is kept per id (review s45: counting up from 2
    each time made a report of 30,000 repeated sentences take minutes)."""
    cid = prefix + digest
    n = used.get(cid)
    if n is None:
        used[cid] = 2
        return cid
    while f"{cid}-{n}" in used:
        n += 1
    used[cid] = n + 1
    used[f"{cid}-{n}"] = 2
    return f"{cid}-{n}"


# --- s33: who said it, as shown ---------------------------------------------------------------
# `find_speaker` gives the speaker the extraction reads with: its nation steers the passes and
# a later "he" reaches back to it, so it stays as it is. What a claim records as `said_by` is
# cleaned here (the ledger's `reader_speaker` then names unnamed sources and the leader
# speaking): a word that names nobody is dropped, a dateline's city or the sentence's subject
# is not the speaker an inverted "..., wrote the newspaper" names, a name cut short is given
# whole ("Britain and France", "the government in Oslo", "Sweden's government"), and a speaker
# whose speech is another clause's ("X said ..., while Norway is ready") is no speaker of the
# stance. Empty is better than wrong.
_SPEECH_RE = "|".join(sorted(SPEECH, key=len, reverse=True))
_CAP = r"[A-Z][\w'’.-]*"
_CAP_RUN = rf"{_CAP}(?:\s+{_CAP})*"
# "ROME, March 6 (Northwire) - ", "KYIV (Eastline) — ": the place a report was filed from
_DATELINE = re.compile(r"\s*([A-Z][A-Z .'’-]*[A-Z])(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
                       r"(?:,\s+\d{4})?)?\s*\([^()]{1,40}\)\s*[-–—]+\s*")
# "..., wrote the newspaper", "..., declared the minister of defence at the press conference",
# "..., said Prime Minister Jonas Gahr Store on Monday": the speaker after a closing verb
_WORD = r"[\w'’ʼ-]+(?:\.[\w'’ʼ-]+)*"  # a word; "U.S" keeps its dots, a full stop is not its
_NP_END = (r"(?:at|on|in|during|after|before|to|when|while|as|who|which|that|because|citing|"
           r"adding|saying|translated|and|but|with|from)\b")
_INVERTED = re.compile(
    rf",\s+(?:{_SPEECH_RE})(?:\s+on\s+\w+)?\s+(?P<np>(?:(?:the|a|an|its|their|his|her|one)"
    rf"\s+{_WORD}|{_CAP})(?:\s+(?!{_NP_END}|(?:would|will|could|can|is|are|was|were|has|have|"
    rf"had|not|should|may|might|must|did|does|do)\b){_WORD}){{0,5}}?)"
    rf"(?=\s*(?:[,.;:!?\"“”()]|$)|\s+{_NP_END})")
# the heads of the unnamed sources the ledger names itself ("..., said one source")
_UNNAMED_HEADS = frozenset("official officials source sources diplomat diplomats aide aides "
                           "insider insiders people person persons analyst analysts officer "
                           "officers".split())
# "Britain and France said", "Sir Keir and Mr Macron have said": the names before "and"
_COORDINATED = re.compile(rf"({_CAP_RUN}(?:,\s+{_CAP_RUN})*),?\s+and\s+$")
_SAID_NEXT = re.compile(rf"\s+(?:(?:have|has|had|also|both|jointly|all)\s+)*(?:{_SPEECH_RE})\b")
# "the government in Oslo", "the spokesman for the ministry": the head a place or body follows
_HEAD_BEFORE = re.compile(r"(?i:\b(?:the|a|an)\s+)?((?i:(?:[a-z]+\s+)?(?:government|"
                          r"spokesman|spokeswoman|spokesperson|ministry|minister|embassy|office|"
                          r"head|chief|ambassador|envoy|leader|leaders))\s+(?:in|for|of|at)\s+"
                          r"(?:the\s+)?)$")
# "Norway's prime minister", "Sweden's government": the office's owner, in the same phrase
_OWNER_BEFORE = re.compile(rf"({_CAP_RUN}['’ʼ]s(?:\s+(?:caretaker|interim|new|coalition))?)\s+$")
_OFFICES = frozenset("prime minister president chancellor foreign defence defense premier "
                     "secretary deputy spokesman spokeswoman spokesperson government ministry "
                     "interior finance economy armed forces chief head leader office cabinet "
                     "of".split())
# words that never name a speaker on their own: pronouns and quantifiers, and nouns that name a
# document, an outlet, a side or an office without saying whose ("The statement said",
# "Everyone said", "The two leaders said", "The minister said", "..., wrote the paper")
_NOBODY = frozenset(
    "everyone everybody nobody someone somebody anyone anybody no each either neither none all "
    "both few many most several others another other this that these those which who whom what "
    "it its they them we us i you he she him her one ones here there such same two three four "
    "five six seven eight nine ten dozen some any statement statements report reports document "
    "documents paper papers newspaper newspapers article articles text letter communique release "
    "story stories country countries nation nations side sides state states party parties leader "
    "leaders minister ministers figure figures member members participant participants media "
    "press survey poll study analysis draft plan proposal memo note notes agency outlet "
    "broadcaster daily weekly magazine channel website journal tabloid".split())
_DET_WORDS = frozenset({"the", "a", "an"})
# "..., the Romanian foreign minister told parliament": the office that speaks after a nation's
# speech, and "..., its foreign minister said": the office of the nation the sentence opens with
_TITLE_RUN = (r"(?:[A-Z][\w-]*\s+)?(?:(?:prime|foreign|defence|defense|interior|deputy|"
              r"government|ministry|minister|president|chancellor|premier|spokesman|"
              r"spokeswoman|spokesperson)\s+)*(?:minister|ministry|president|chancellor|premier|"
              r"government|spokesman|spokeswoman|spokesperson)")
_CLOSING_OFFICE = re.compile(rf",\s+(?:the|its|a|an)\s+(?P<np>{_TITLE_RUN})\s+(?:{_SPEECH_RE})\b")
_OPENING_NATION = re.compile(rf"(?:The\s+)?({_CAP_RUN})\s+(?!and\b|or\b|nor\b)[a-z\"“]")
# a clause of its own after the speaker's: "..., while Norway is ready", "..., but Norway is
# ready", "...; Norway is ready"
# (not "..., and Canada is ready": a reported speech runs on over "and" as often as not)
_OTHER_CLAUSE = re.compile(r",\s*(?:while|whereas|but)\s+|;\s+")
_QUOTES = re.compile(r"[\"“”«»]")


def _shown_speaker(text: str, raw: str | None) -> str | None:
    """The speaker a claim of ``text`` records, from the one the extraction read with."""
    if not raw:
        return raw
    rest, cut = text, 0
    dateline = _DATELINE.match(text)
    if dateline:
        cut = dateline.end()
        rest = text[cut:]
        if raw.upper() in dateline.group(1).upper() and raw not in rest:
            # the city it was filed from: the subject after the dateline, when it is the
            # apposition's ("ROME ... - Italy, which has ..., said"), else nobody
            subject = re.match(rf"(?:The\s+)?({_CAP_RUN}),", rest)
            raw = subject.group(1) if subject and raw not in subject.group(1) else None
            if raw is None:
                return None
    opening = 4 if rest.startswith("The ") else 0
    if rest.startswith(raw, opening):
        inverted = next((m for m in _INVERTED.finditer(rest) if m.start() > opening + len(raw)),
                        None)
        if inverted is not None and not _SAID_NEXT.match(rest, opening + len(raw)) and \
                rest[opening + len(raw):].lstrip()[:1] not in (",", "("):
            np = inverted.group("np")  # (not "Croatia, by contrast, said its soldiers ...")
            if _UNNAMED_HEADS.intersection(w.lower() for w in np.split()):
                return raw  # "..., said one source": the ledger names the unnamed source
            return _named(np)
    nation = _opening_nation(rest)
    if nation is not None and nation == raw and _SAID_NEXT.match(rest, rest.find(raw) + len(raw)):
        office = _CLOSING_OFFICE.search(rest)  # "Romania said ..., the Romanian foreign
        if office is not None:  # minister told parliament": the office is who spoke
            return _owned(office.group("np"), rest[office.start():office.start("np")], nation)
    at = text.find(raw, cut)
    if at > cut:
        before, after = text[cut:at], text[at + len(raw):]
        if _SAID_NEXT.match(after) and (names := _COORDINATED.search(before)) and \
                _GOVERNED_BY.isdisjoint(before[:names.start()].split()[-1:]):
            first = names.group(1).split()
            while first and first[0].lower() in _NOBODY | _DET_WORDS | {"and", "but"}:
                first = first[1:]
            if first:
                raw = " ".join(first) + names.group(0)[len(names.group(1)):] + raw
        elif head := _HEAD_BEFORE.search(before):
            raw = head.group(1) + raw
        elif (owner := _OWNER_BEFORE.search(before)) and not any(c.isupper() for c in raw) and \
                set(raw.lower().split()) <= _OFFICES:
            raw = owner.group(1) + " " + raw
        elif not any(c.isupper() for c in raw) and set(raw.lower().split()) <= _OFFICES:
            raw = _owned(raw, before[-8:], nation)
    return _named(raw)


# (s68) a preposition before the names: "talks with Kyiv, and Britain has said ...": Kyiv is no
# speaker listed with Britain
_GOVERNED_BY = frozenset({"with", "to", "in", "of", "for", "from", "by", "on", "at", "against",
                          "between", "about"})


def _opening_nation(rest: str) -> str | None:
    """The nation a sentence opens with as its subject ("Belgium will ...", "The Netherlands
    said ..."), as written; None when it opens otherwise or with two ("Britain and France")."""
    m = _OPENING_NATION.match(rest)
    return m.group(1) if m and m.group(1) in _nation_names() else None


@functools.lru_cache(maxsize=1)
def _nation_names() -> frozenset[str]:
    """The names, aliases and capitals of the gazetteer's nations, as written (no demonyms:
    "Norwegian troops will ..." opens with no nation)."""
    from reassure.evidence._gazetteer import DEMONYMS, entity_patterns

    demonyms = {d for names in DEMONYMS.values() for d in names}
    return frozenset(str(p["pattern"]) for p in entity_patterns() if p["label"] == "NATION"
                     and isinstance(p["pattern"], str) and p["pattern"] not in demonyms)


def _owned(office: str, before: str, nation: str | None) -> str:
    """An office as shown: "its foreign minister" is the sentence's opening nation's
    ("Belgium's foreign minister"); any other office stays as written."""
    if nation is not None and re.search(r"\bits\s+$", before):
        return f"{nation}' {office}" if nation.endswith("s") else f"{nation}'s {office}"
    return office


def _named(name: str) -> str | None:
    """``name`` unless it names nobody: only pronouns, quantifiers and common nouns of
    `_NOBODY` (after an article)."""
    words = [w.strip(",.;:").lower() for w in name.split()]
    words = [w for w in words if w and w not in _DET_WORDS]
    if not words or all(w in _NOBODY for w in words):
        return None
    return name


def _speaks_later(text: str, raw: str | None, at: int) -> bool:
    """(review s34) "Estonia has pledged a company of about 150 soldiers, and Latvia said it could
    send a smaller unit": a speaker who opens a later clause after ", and" says only that clause,
    not what comes before it (at ``at``)."""
    if not raw or at < 0:
        return False
    m = re.search(r",\s*and\s+(?:the\s+)?" + re.escape(raw) + r"\b", text[at:])
    return m is not None and _SAID_NEXT.match(text, at + m.end()) is not None


# (s50 review) as `_SAID_NEXT`, also past a time adverb: ", and Lithuania had earlier announced"
_SAID_LATER = re.compile(rf"\s+(?:(?:have|has|had|also|both|jointly|all|previously|earlier|"
                         rf"already|since|recently|once|again|first)\s+)*(?:{_SPEECH_RE})\b")


def _own_clause_speaker(text: str, raw: str, st: StanceHit) -> str | None:
    """(s50 review) "So far, Estonia has said it was ready ..., and Lithuania had earlier
    announced it was ready to send troops": the stance's nation opens a later clause with its own
    speech verb, and says it itself (not the speaker before, Estonia): its name, else None."""
    m = re.search(r",\s*and\s+(?:the\s+)?" + re.escape(st.actor_text) + r"\b", text)
    if m is None or raw == st.actor_text or not 0 <= text.find(raw) <= m.start() - len(raw) or \
            _SAID_LATER.match(text, m.end()) is None or text.find(st.cue, m.end()) < 0:
        return None
    return st.actor_text


# (s67, rv67-own) "Starmer did not say how many countries would join the coalition": a detail
# left unsaid, no refusal
_DETAIL_UNSAID = re.compile(r"\b(?:not|n't|declined to|refused to) (?:say|specify|disclose|reveal|"
                            r"give|name) (?:how many|which|when|what)\b")
_CONCEDING = frozenset({"while", "whilst", "although", "though", "whereas"})


def _concession_end(sent: Sent) -> int | None:
    """The comma that closes a sentence's opening concession ("While Britain, France and Sweden
    favoured the idea, ..."): the first one not inside a list of nations."""
    low = sent.lower
    starts = {m.start for m in sent.mentions}
    # a comma inside a list of nations ("While Britain, France and Sweden ...") has a nation or
    # "and" after it; "While the plan is backed by France, Germany said ...": the clause's end
    return next((k for k, w in enumerate(low) if w == "," and not (
        k + 1 in starts and any(m.end == k for m in sent.mentions)
        and any(m.start > k + 1 and low[m.start - 1] in ("and", ",") for m in sent.mentions))),
        None)


def _main_clause_subject(sent: Sent) -> list[Mention]:
    """The nations opening the main clause after a sentence's opening concession ("While ...,
    Germany, Poland and Spain were reluctant"): the list right after its first comma."""
    low = sent.lower
    k = _concession_end(sent)
    if k is None:
        return []
    k += 1
    out: list[Mention] = []
    for m in sorted(sent.mentions, key=lambda m: m.start):
        if m.start < k:
            continue
        if m.start != k and not all(w in LIST_GLUE or w == "the" for w in low[k:m.start]):
            break
        out.append(m)
        k = m.end
    return out


def _conceded_nations(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s67, set 138) "While Britain, France and Sweden favoured the idea ..., Germany, Poland
    and Spain were seemingly reluctant. 'It is completely premature ...'": a cue after the main
    clause opens is not the stance of the nations named only in the opening concession."""
    low = sent.lower
    if not hits or low[:1] == [] or low[0] not in _CONCEDING or "," not in low:
        return hits
    comma = _concession_end(sent)
    if comma is None or low[comma + 1:comma + 2] and low[comma + 1] in ("it", "they", "he", "she"):
        return hits  # "Although Athens remains open to discussions, it insists ...": Athens
    inside = {m.iso3 for m in sent.mentions if m.end <= comma}
    outside = {m.iso3 for m in sent.mentions if m.start > comma}
    out = []
    for h in hits:
        at = cue_at(sent, h)
        if at is not None and at > comma and h.actor in inside - outside:
            continue
        out.append(h)
    return out


_RELATIONS = frozenset({"neighbour", "neighbor", "neighbours", "neighbors", "ally", "allies",
                        "partner", "partners", "rival", "friend"})


def _appositive_owners(sent: Sent, hits: list[StanceHit]) -> list[StanceHit]:
    """(s67, rv67b-own) "Slovakia, Prague's neighbour, has said it will not send troops": the
    nation that owns an apposition's relation takes no stance of the subject's."""
    low = sent.lower
    owners = {m.iso3 for m in sent.mentions if m.start > 0 and low[m.start - 1] == ","
              and low[m.end:m.end + 1] in (["'s"], ["’s"]) and low[m.end + 1:m.end + 2] != []
              and low[m.end + 1] in _RELATIONS}
    if not owners:
        return hits
    named = {m.iso3 for m in sent.mentions if m.iso3 in owners
             and low[m.end:m.end + 1] not in (["'s"], ["’s"])}
    return [h for h in hits if h.actor not in owners - named]


def _offers_taken_back(hits: list[StanceHit]) -> list[StanceHit]:
    """(s67, a reviewer's probes) "The Czech government, which had offered a unit of 200
    soldiers, withdrew the offer": the offer a nation takes back in the same sentence is no
    offer of it now."""
    back = {h.actor for h in hits if h.stance == "declines"
            and h.cue.split()[0].lower() in TAKEN_BACK}
    return [h for h in hits if h.actor not in back or h.stance not in ("ready", "open")]


def _host_beside_own_troops(hits: list[StanceHit]) -> list[StanceHit]:
    """(s34) "He noted that Ukraine needs security guarantees but ruled out deploying German
    forces to Ukraine": the stance is Germany's, read from its own troops ("German forces");
    Ukraine or Russia, named in the sentence, is no holder of the same stance from a bare verb."""
    own = {h.stance for h in hits if h.actor not in HOST_AND_ADVERSARY and _own_troops_named(h)}
    return [h for h in hits if h.actor not in HOST_AND_ADVERSARY or h.stance not in own]


def _own_troops_named(hit: StanceHit) -> bool:
    """Whether a stance's cue names its nation's troops by demonym ("German forces")."""
    words = hit.cue.lower().split()
    return any(d.lower() in words for d in DEMONYMS.get(hit.actor, ()))


# (s67, a journalist's reading) a later clause with a speaker of its own: ", and the Dutch prime
# minister said ...", ", while Italy's Giorgia Meloni told ..." (a capitalised word among them)
_LATER_SPEAKER = re.compile(
    r"(?:,\s*(?:and|while|whereas|but)|\s+(?:while|whereas)|;)\s+"
    # (s68) "..., and in Canberra the government of Australia said"
    r"(?:in\s+[A-Z][\w'’-]*\s+)?(?:the\s+)?((?:(?:[A-Z][\w'’.-]*|prime|foreign|defen[cs]e|"
    r"deputy|minister|president|chancellor|premier|secretary|spokes(?:man|woman|person)|"
    r"government|ministry|'s|’s|of(?=\s+[A-Z]))\s+){1,7}?)(?:(?:has|had|also|earlier|later)\s+)*"
    rf"(?:{_SPEECH_RE})\b")


_OWN_SUBJECT = re.compile(r"(?:the\s+|The\s+)?[A-Z][\w'’-]*\s+(?:[a-z]+\s+)?(?:is|are|was|were|"
                          r"has|have|had|will|would|could|can|may|might|says|said|plans|wants)\b")


def _is_nation_word(name: str) -> bool:
    """A nation's name as a speaker ("Portugal", "the United Kingdom"), not a person's."""
    return country_named(name.removeprefix("the ")) is not None


def _outside_speech(text: str, raw: str | None, at: int) -> bool:
    """(s67, a journalist's reading) Whether the words at ``at`` lie outside what ``raw`` says:
    in an opening "While (Although) ..." clause before "<raw> said ..." ("While the US has ruled
    out deploying its troops, European officials said ...": the US refusal is not theirs), or
    in a later ", but (while, whereas) <subject> <verb>" clause after it ("Zelensky has said
    Ukraine needs 200,000, but Europe is discussing a force of 30,000": not Zelensky's 30,000)."""
    if not raw or at < 0:
        return False
    said = re.search(re.escape(raw) + _SAID_NEXT.pattern, text)
    if said is None:
        return False
    opening = OPENING_CONCESSION.match(text)
    if opening and at < opening.end() <= said.start() and \
            len(text.rstrip(" .\"”'’")) - said.end() > 10:
        return True  # (a speech closing the sentence says all of it: "While ..., X said.")
    return any(b.end() <= at and _OWN_SUBJECT.match(text, b.end())
               and len(_QUOTES.findall(text, 0, b.start())) % 2 == 0
               for b in _OTHER_CLAUSE.finditer(text, said.end()))


def _later_speaker(text: str, raw: str, cue_at: int) -> str | None:
    """The speaker of a clause after ``raw``'s that says the words at ``cue_at`` ("Merz said a
    decision would come later, and the Dutch prime minister said any deployment would need
    parliament": the Dutch prime minister's, not Merz's), else None."""
    said_at = text.find(raw)
    found = None
    for m in _LATER_SPEAKER.finditer(text, max(said_at, 0) + len(raw), max(cue_at, 0)):
        if m.end() <= cue_at and any(w[:1].isupper() for w in m.group(1).split()):
            found = m.group(1).strip()
    return found


def _clause_speaker(text: str, raw: str | None, st: StanceHit) -> str | None:
    """The speaker of a stance, unless the speech and the stance are in clauses of their own:
    "Sweden said it would not send troops, while Norway is ready to" -- Norway's readiness is not
    Sweden's to say; "Norway is ready to ..., while Sweden said it would not" -- nor the reverse.
    """
    if raw and st.cue and (_speaks_later(text, raw, text.find(st.cue))
                           or _outside_speech(text, raw, text.find(st.cue))):
        return None  # (review s34) "..., and Latvia said it could send ...": Latvia's own clause
    if raw and st.cue and st.actor_text and _is_nation_word(raw) and \
            country_named(raw) != st.actor and re.search(
                r",\s*and\s+(?:the\s+)?" + re.escape(st.actor_text) + r"\s+(?:is|are|will)\b",
                text):
        return None  # (s67) "Portugal says it is available ..., and Canada is ready to do its
        # part": a nation does not report another's readiness; the outlet does
    if raw and st.cue and st.actor_text and (own := _own_clause_speaker(text, raw, st)):
        return own
    if raw and st.cue and (its_own := _later_speaker(text, raw, text.find(st.cue) + len(st.cue))):
        # (the nation speaking for itself in its own clause names no speaker, as below)
        return None if its_own == st.actor_text else its_own
    if not raw or not _OTHER_CLAUSE.search(text):
        return raw
    # (a boundary inside a quotation is the quoted speaker's own: never a new clause's)
    bounds = [0] + [m.end() for m in _OTHER_CLAUSE.finditer(text)
                    if len(_QUOTES.findall(text, 0, m.start())) % 2 == 0] + [len(text) + 1]
    # its verb, after the name's last word ("Norway's prime minister" was "its prime minister")
    said = re.search(r"\b" + re.escape(raw.split()[-1]) + _SAID_NEXT.pattern, text) or \
        re.search(r"\baccording to (?:the )?" + re.escape(raw) + r"\b", text)
    # (s34: "Poland will not send troops, according to Tusk, while Norway is ready" -- Norway's
    # readiness was given as Tusk's)
    cue = text.find(st.cue)
    if said is None or cue < 0:
        return raw
    # (a boundary inside the speaker's own name is none: "Britain, France, and Germany said")
    bounds = [k for k in bounds if not said.start() < k <= said.end()]

    def clause(pos: int) -> int:
        return bisect_right(bounds, pos) - 1

    k_said, k_cue = clause(said.start()), clause(cue)
    if k_said == k_cue:
        return raw
    # the later clause opens with its own subject: the stance's nation, or the speaker
    later, subject = (k_cue, st.actor_text) if k_cue > k_said else (k_said, raw)
    return None if _opens_clause(text[bounds[later]:], subject) else raw


# (s68) the names a clause opens with, in a list: "Latvia and Estonia", "the UK, France"
_OPENING_NAMES = re.compile(r"\s*(?:the\s+)?[A-Z][\w'’-]*(?:(?:\s+|,\s*|\s+(?:and|or)\s+)"
                            r"(?:the\s+)?[A-Z][\w'’-]*)*")


def _opens_clause(clause: str, subject: str) -> bool:
    """Whether ``subject`` opens ``clause``, alone or in the list of names it opens with
    ("..., while Latvia and Estonia said they were also ready": Estonia's own clause)."""
    opening = clause[:len(subject) + 4]
    if subject in opening or subject.split()[-1] in opening:
        return True
    names = _OPENING_NAMES.match(clause)
    return names is not None and subject in names.group(0)
