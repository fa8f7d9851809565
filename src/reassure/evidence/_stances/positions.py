"""A nation's position told without its own cue or its own sentence: labelled lists and
rows ("Ruled out: Poland and Hungary"), positions with the troops left out ("Poland is also
resisting the proposal"), the same as another ("So did Finland"), ellipses ("Italy will not"),
echoes, own troops refused with "no", nations set apart from a group, and distancing."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from reassure.evidence._gazetteer import DEMONYMS, HOST_AND_ADVERSARY
from reassure.evidence._stances.conditions import _condition_named
from reassure.evidence._stances.cue_clause import _JUDGING, _elsewhere
from reassure.evidence._stances.frames import _SET_APART
from reassure.evidence._stances.holders import is_question
from reassure.evidence._stances.lexicon import (
    _DEMONYM_NATION,
    _NOT_CONTRIBUTORS,
    _QUOTES,
    DEPLOY,
    NEGATIONS,
    TROOP_STANCES,
    TROOP_WORDS,
    StanceHit,
    cue_at,
)
from reassure.evidence._stances.negation import _REFUSE_TO, plan_given_up, without_required
from reassure.evidence._stances.owners import _DEPLOYMENT_WORDS
from reassure.evidence._stances.phrasings import _CALL_ON, _PRESSING
from reassure.evidence._text import LIST_GLUE, Mention, Sent

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


def table_header(words: AbstractSet[str]) -> bool:
    """(s63) A table's header row as text ("Country | Figure reported | Position"): its rows are
    nations' positions."""
    return "|" in words and not words.isdisjoint(_ROW_FRAME | {"status", "country", "nation"}) \
        and words.isdisjoint(_LABEL_AID | {"sanctions", "spending", "gdp", "conscription", "budget"})


_ROW_FRAME = frozenset({"stand", "stands", "stance", "stances", "position", "positions", "send",
                        "sending", "contribute", "contributing", "deploy", "deploying", "offers",
                        "pledges", "split", "divided"})


def list_label(low: Sequence[str]) -> tuple[str, int] | None:
    """The stance a labelled line gives and the index of its colon, or None: the line opens with
    one of `_LIST_LABELS` (a bullet before it at most) and a colon."""
    colon = next((k for k, w in enumerate(low[:10]) if w in (":", "):")), None)
    if colon is None:
        return None
    first = 1 if low[:1] and low[0] in _LIST_BULLETS else 0
    label = tuple(low[first:colon])
    if low[colon] == "):" and label[-2:-1] == ("(",) and label[-1].isdigit():
        label = label[:-2]  # (s63) a tracker's count: "Ruled out (6): Poland, Italy, ..."
    elif low[colon] == "):":
        return None
    if label[:1] and label[0] in _LABEL_ADVERBS:
        label = label[1:]  # (s63) "Publicly committed to ground troops:"
    if colon >= 6 and len(label) > 5:
        return None  # a long clause before the colon is no label
    stance = _LIST_LABELS.get(label)
    if stance is None and label:
        # (s59) a longer label of the same kind: "Willing to deploy ground troops", "Considering
        # it", "No decision yet": its first word(s), then only the words of sending troops
        stance = next((v for k, v in _LIST_LABELS.items() if label[:len(k)] == k
                       and set(label[len(k):]) <= _LABEL_TAIL and len(label) > len(k)), None) \
            or (_LABEL_PHRASES.get(label[:2]) if set(label[2:]) <= _LABEL_TAIL else None)
    return None if stance is None else (stance, colon)


_SMALL_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve".split())
_LABEL_ADVERBS = frozenset({"publicly", "formally", "officially", "firmly", "already"})
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


_IN_OR_OUT = {"in": "ready", "out": "declines"}
_CLAUSE_STOPS = frozenset({";", ".", ",", "!", "—", "–", "-", ":"})


def in_or_out(sent: Sent) -> list[StanceHit]:
    """(s67, a reviewer's probes) A round-up's elliptic line, read where the report is on the
    force (the caller's context): "Britain and France are in; Poland is out." -- each clause
    holding nations only, then "is"/"are" and "in" (ready) or "out" (declines), then its end."""
    low = sent.lower
    hits: list[StanceHit] = []
    start = 0
    for k, w in enumerate(low):
        if w not in _IN_OR_OUT or k < 2 or low[k - 1] not in ("is", "are") or \
                (k + 1 < len(low) and low[k + 1] not in _CLAUSE_STOPS):
            start = k + 1 if w in _CLAUSE_STOPS else start
            continue
        names = [m for m in sent.mentions if start <= m.start and m.end <= k - 1]
        if _names_only(low, names, start, k - 1, frozenset({"the", "so", "far", "now"})):
            hits += [StanceHit(actor=m.iso3, actor_text=m.text, stance=_IN_OR_OUT[w],
                               cue=sent.text_of(k - 1, k + 1))
                     for m in names if m.iso3 not in HOST_AND_ADVERSARY and m.label != "PERSON"]
        start = k + 1
    return hits


_BARE_POSITION = {"ready": "ready", "willing": "ready", "prepared": "ready", "open": "open",
                  "opposed": "declines", "against": "declines", "reluctant": "undecided",
                  "hesitant": "undecided", "undecided": "undecided"}
_BARE_BEFORE = frozenset({"with", "but", "including", "while", "whereas"})
_BARE_AFTER = frozenset({",", ".", ";", "but", "while", "whereas", "and", "to", ")", "—", "–"})
_DEPLOYING = frozenset({"troops", "troop", "soldiers", "deployment", "deployments", "deploying",
                        "peacekeepers", "peacekeeping", "contingent", "boots"})


def bare_positions(sent: Sent) -> list[StanceHit]:
    """(s67, set 139) A nation and its position with the verb left out, in a sentence on sending
    troops: "Diverging views exist in Europe on deploying troops, with France open but Poland
    opposed", "with some European nations including France ready to do so"."""
    low = sent.lower
    if _DEPLOYING.isdisjoint(low):
        return []
    hits = []
    for m in sent.mentions:
        if m.label == "PERSON" or m.iso3 in HOST_AND_ADVERSARY or m.start == 0:
            continue
        word = low[m.end] if m.end < len(low) else ""
        after = low[m.end + 1] if m.end + 1 < len(low) else "."
        if word in _BARE_POSITION and low[m.start - 1] in _BARE_BEFORE and after in _BARE_AFTER \
                and (after != "to" or low[m.end + 2:m.end + 4] == ["do", "so"]):
            hits.append(StanceHit(actor=m.iso3, actor_text=m.text, stance=_BARE_POSITION[word],
                                  cue=sent.text_of(m.start, m.end + 1)))
    return hits


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
    opens = colon + 1
    if names and low[opens:opens + 1] and (low[opens].isdigit() or low[opens] in _SMALL_COUNTS) \
            and low[opens + 1:opens + 2] in (["countries"], ["nations"], ["states"]) and \
            low[opens + 2:opens + 3] in (["-"], ["–"], ["—"], [":"], [","]):
        opens += 3  # (s63) "...: five countries - Britain, France, Belgium ..."
    if not _names_only(low, names, opens, len(low), _LABELLED_END):
        return []
    cue = sent.text_of(0, colon - 2 if low[colon] == "):" else colon)  # (without a count)
    return [StanceHit(actor=m.iso3, actor_text=m.text, stance=stance, cue=cue)
            for m in names if m.iso3 not in HOST_AND_ADVERSARY and m.label != "PERSON"]


def row_separator(low: Sequence[str]) -> int | None:
    """Where a row's nations end: a colon in its first ten tokens, or (s57) a dash right after
    the first words ("Italy - No troops.", "Netherlands – Willing, provided ..."), else None."""
    if ":" in low[:10]:
        return low.index(":")
    if low[:1] == ["|"] and "|" in low[2:9]:  # (s64) a row with its leading bar: "| France |"
        return low.index("|", 1)
    if "|" in low[1:8]:  # (s63) a table's row as text: "United Kingdom | up to 10,000 | ready"
        return low.index("|")
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
    first = 1 if low[:1] and (low[0] in _LIST_BULLETS or low[0] == "|") else 0
    names = [m for m in sent.mentions if m.end <= colon]
    if not _names_only(low, names, first, colon):
        return []
    # a table's row: the position is its last cell that gives one ("France | 5,000 to 10,000
    # troops | ready"; "| Belgium | Open to it | no figure |", s64)
    spans = [(colon, len(low))]
    if low[colon] == "|":
        bars = [k for k, w in enumerate(low) if w == "|"]
        spans = [(a, b) for a, b in zip(bars, [*bars[1:], len(low)], strict=False)
                 if a >= colon and any(w.isalnum() for w in low[a + 1:b])][::-1]
    for cell, end in spans:
        rest = [w for w in low[cell + 1:end] if w not in _QUOTES and w != "|"]
        hits = _cell_hits(sent, names, colon, rest)
        if hits is not None:
            return hits
    return []


def _cell_hits(sent: Sent, names: list[Mention], colon: int,
               rest: list[str]) -> list[StanceHit] | None:
    """The stances a row's cell (``rest``, its words) gives its nations, or None for none."""
    low = sent.lower
    words = set(rest)
    pairs = list(zip(rest, rest[1:], strict=False))
    not_ruled_out = bool(words & {"not", "n't", "never"}) and "ruled" in words and "out" in words
    refused = _row_refuses(rest, words, pairs, not_ruled_out)
    only_with = rest[:1] == ["only"] and bool(words & {"mandate", "approval", "vote", "backstop"})
    if only_with and not refused:  # (s59) "- Ireland: only with a UN mandate"
        return [StanceHit(actor=m.iso3, actor_text=m.text, stance="conditional",
                          cue=sent.text_of(colon + 1, len(low)), condition=_condition_named(rest))
                for m in names if m.iso3 not in HOST_AND_ADVERSARY and m.label != "PERSON"]
    stance, condition = _row_stance(rest, words, pairs, not_ruled_out, refused)
    if stance is None:
        return None
    if stance in ("ready", "open") and not words.isdisjoint(
            {"host", "hosting", "hosts"}) and words.isdisjoint(_ROW_TROOPS):
        return []  # (review) "Poland | 0 | ready to host a logistics hub": hosting, no troops
    return _row_hits(sent, names, colon, stance, condition)


def _row_refuses(rest: list[str], words: set[str], pairs: list[tuple[str, str]],
                 not_ruled_out: bool) -> bool:
    """A row's words refuse troops: "no troops", "ruled out", "not possible", "opposed", "no."."""
    return bool(
        any(a in ("no", "not") and (b in _ROW_TROOPS or b in ("ground", "combat"))
            for a, b in pairs) or "ruled" in words and "out" in words and not not_ruled_out
        or ("not", "possible") in pairs or words & {"opposition", "opposed", "against", "refuses",
                                                     "declines", "declined", "refused"}
        or ("no", "plans") in pairs or rest[:2] in (["no", "."], ["no", ","], ["no", ";"])
        or rest == ["no"])  # (s59) "- Greece: no. Athens says ...", "no plans to send"


def _row_stance(rest: list[str], words: set[str], pairs: list[tuple[str, str]],
                not_ruled_out: bool, refused: bool) -> tuple[str | None, str | None]:
    """The stance a row's words give (or None), and its condition: by rules read in order."""
    stance: str | None = None
    condition: str | None = None
    if not_ruled_out and not refused:
        stance = "open"  # (s59) "- Portugal: has not ruled it out."
    elif refused and words & {"without", "unless", "if"}:
        stance = "conditional"  # (review s56) "ready to lead, but no troops without an American
        condition = _condition_named(rest)  # backstop": the troops on that condition
    elif refused:
        stance = "declines"
    elif words & {"undecided", "uncommitted", "premature"} or "too" in words and "early" in words \
            or ("open", "question") in pairs or ("no", "decision") in pairs \
            or ("not", "decided") in pairs:  # (s64) "| Germany | No decision yet | - |"
        stance = "undecided"
    elif rest[:1] in (["considering"], ["open"], ["weighing"]) or "possible" in rest[:3]:
        stance = "open"  # (review s56: the row's opening words, not "an early vote possible")
    elif rest[:2] in (["will", "send"], ["will", "contribute"], ["will", "deploy"],
                      ["would", "send"], ["would", "contribute"], ["will", "participate"]):
        stance = "ready"  # (s64) "| United Kingdom | Will send | ..."
    elif rest[:1] and (rest[0] in {"ready", "committed", "pledged", "willing", "prepared", "yes"}
                       or rest[0] in _ROW_TROOPS
                       and rest[1:2] not in (["in"], ["already"], ["stationed"], ["based"])):
        stance = "ready"  # (not "troops in Estonia, about 900": a presence elsewhere)
    if stance in ("ready", "open") and {"subject", "pending", "if", "only", "provided", "providing",
                                        # (s64) "Ready, Seimas vote needed"
                                        "needed", "needs", "requires", "required"} & words:
        condition = _condition_named(rest)
    return stance, condition


def _row_hits(sent: Sent, names: list[Mention], colon: int, stance: str,
              condition: str | None) -> list[StanceHit]:
    """The row's nations with its stance (and a ready one's condition beside it), cue its text."""
    low = sent.lower
    end = len(low)
    while end > colon + 2 and low[end - 1] in _LIST_BULLETS:
        end -= 1  # (the next row's bullet, glued to this row's sentence)
    cue = sent.text_of(colon + 1, end)
    nations = [m for m in names if m.iso3 not in HOST_AND_ADVERSARY and m.label != "PERSON"]
    out = [StanceHit(actor=m.iso3, actor_text=m.text, stance=stance, cue=cue,
                     condition=condition if stance == "conditional" else None)
           for m in nations]
    if stance == "conditional":
        return out
    if condition is not None:
        out += [StanceHit(actor=m.iso3, actor_text=m.text, stance="conditional", cue=cue,
                          condition=condition, base=stance)
                for m in nations]
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
             ("as", "well"), ("entirely",), ("closely",), ("seriously",), ("at", "present"),
             ("either",), ("yet",))  # (s68) "Norway hasn't ruled out a contribution either"
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


class _NextRule:
    """What a group of rules returns when none of them applies: the next group reads the words."""


_NEXT = _NextRule()
_Verdict = str | None | _NextRule


def _elliptic_predicate(rest: Sequence[str], possessive: bool) -> str | None:
    """The stance of a predicate with its troops left out (``rest``: the tokens after the
    subject and the filler words), or None."""
    if possessive:
        return _position_described(rest)
    first = rest[0] if rest else ""
    for rules in (_said_or_indicated, _refused_or_doubted, _decision_put_off):
        verdict = rules(rest, first)
        if not isinstance(verdict, _NextRule):
            return verdict
    found = _noun_object_stance(rest)
    if found is not None:
        return found
    verdict = _set_phrase_position(rest, first)
    if not isinstance(verdict, _NextRule):
        return verdict
    if first in ("not", "n't"):
        return _not_yet_decided(rest)
    return _state_or_weighing(rest, first)


def _position_described(rest: Sequence[str]) -> str | None:
    """After a nation's "'s": its position called ambiguous, unclear or undecided (undecided)."""
    if not (rest[:1] and rest[0] in ("position", "stance")):
        return None
    k = 1
    while k < len(rest) and rest[k] in _ELLIPSIS_FILL | {"remains", "remained", "seems"}:
        k += 1
    if rest[k:k + 1] and rest[k] in ("ambiguous", "unclear", "uncertain", "undecided") and \
            _ends_clause(rest, k + 1):
        return "undecided"  # "Germany's position is ambiguous"
    return None


def _said_or_indicated(rest: Sequence[str], first: str) -> _Verdict:
    """A position told after a verb of saying or indicating, or "among those that have said"."""
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
    return _NEXT


def _refused_or_doubted(rest: Sequence[str], first: str) -> _Verdict:
    """Refusals ("Austria refused."), aid only, doubts expressed, "unlikely to contribute"."""
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
        return _doubts_expressed(rest)
    if first in ("turned", "turns") and (
            rest[1:2] == ["down"] and _pointed_object(rest[2:]) and
            _ends_clause(rest, 2 + _pointed_object(rest[2:])) or
            rest[1:2] and rest[1] in _POINTING_BACK and rest[2:3] == ["down"] and
            _ends_clause(rest, 3)):
        return "declines"  # "Greece turned it down"
    if rest[:3] in (["wants", "no", "part"], ["want", "no", "part"]) and (
            _ends_clause(rest, 3) or rest[3:5] == ["in", "it"] and _ends_clause(rest, 5)):
        return "declines"
    return _NEXT


def _doubts_expressed(rest: Sequence[str]) -> str | None:
    """After "expressed", "voiced": doubts (undecided) or disinterest (declines)."""
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


def _decision_put_off(rest: Sequence[str], first: str) -> _Verdict:
    """No decision yet: reservations, "made no decision", "will decide later", lukewarm."""
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
    return _NEXT


def _set_phrase_position(rest: Sequence[str], first: str) -> _Verdict:
    """Set phrases: "yet to decide", "left the door open", "ruled it out", "ready"."""
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
    if first in ("stands", "stand", "remains", "remain") and rest[1:2] == ["ready"] and \
            _ends_clause(rest, 2):
        return "ready"  # (s66) "Estonia stands ready", "Latvia remains ready"
    if first in ("ready", "willing", "prepared") and rest[1:3] == ["in", "principle"] and \
            _ends_clause(rest, 3):
        return "ready"  # (s60) "The Netherlands says it is willing in principle, but only ..."
    if first == "not" and rest[1:2] == ["interested"] and _ends_clause(rest, 2):
        return "declines"
    return _NEXT


_ITS_PART = frozenset({"participation", "contribution", "involvement", "role", "part"})
_TAKING_PART_VERBS = frozenset({"take", "participate", "join", "contribute", "send", "deploy",
                                "commit"})


def _not_yet_decided(rest: Sequence[str]) -> str | None:
    """After "not": (yet) decided or made up its mind (undecided); excluded, ruled out (open)."""
    k = 2 if rest[1:2] == ["yet"] else 1
    if rest[k:k + 1] in (["decided"], ["committed"]) and _ends_clause(rest, k + 1):
        return "undecided"  # "Portugal has not decided"
    if rest[k:k + 1] == ["decided"] and rest[k + 1:k + 2] == ["on"] and rest[k + 2:k + 3] and \
            rest[k + 2] in ("its", "their") and rest[k + 3:k + 4] and \
            rest[k + 3] in _ITS_PART and _ends_clause(rest, k + 4):
        return "undecided"  # (s66) "Germany has not yet decided on its participation"
    if rest[k:k + 1] == ["decided"] and rest[k + 1:k + 3] == ["whether", "to"] and \
            rest[k + 3:k + 4] and rest[k + 3] in _TAKING_PART_VERBS:
        return "undecided"  # (s66) "Spain has not yet decided whether to take part"
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


def _state_or_weighing(rest: Sequence[str], first: str) -> str | None:
    """The last rules: "yet to make up its mind", "remains undecided", "considering it"."""
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
    # (s68) "they were also ready": the adverb's width before the adjective
    adv = 1 if rest[k + 2:k + 3] in (["also"], ["likewise"], ["equally"]) else 0
    if rest[k:k + 1] in (["they"], ["it"]) and rest[k + 1:k + 2] in (
            ["are"], ["is"], ["were"], ["was"]) and rest[k + 2 + adv:k + 3 + adv] in (
            ["ready"], ["willing"], ["prepared"]):
        j = k + 3 + adv + (rest[k + 3 + adv:k + 4 + adv] in (["too"], ["also"]))
        if _ends_clause(rest, j) or rest[j:j + 1] == ["but"]:
            return "ready"  # (s58) "Lithuania and Estonia have said they are ready too"
    if rest[k:k + 1] in (["they"], ["it"]) and rest[k + 1:k + 2] in (
            ["are"], ["is"], ["were"], ["was"]) and rest[k + 2 + adv:k + 4 + adv] == ["open", "to"]:
        n = _taking_part(rest, k + 4 + adv)  # (s68, rv68-own) "have signalled that they are
        if n and _ends_clause(rest, k + 4 + adv + n):  # open to taking part"
            return "open"
    if not (rest[k:k + 1] and rest[k] in ("they", "it") and rest[k + 1:k + 2] and
            rest[k + 1] in ("will", "would", "wo", "could", "might", "may")):
        return None
    # (s68) "Estonia, Denmark and Australia have said they could take part": a possibility
    maybe = rest[k + 1] in ("could", "might", "may")
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
    stance = "declines" if refused else "open" if maybe else "ready"
    return stance if _ends_clause(rest, k) else None


def _nothing_ruled_out(rest: Sequence[str]) -> bool:
    """'no option is ruled out', 'no choice has been ruled out': every option kept (open)."""
    if rest[:1] != ["no"] or not rest[1:2] or rest[1] not in (
            "option", "options", "choice", "choices", "scenario", "scenarios"):
        return False
    k = 2
    while rest[k:k + 1] and rest[k] in ("is", "are", "was", "were", "has", "have", "been"):
        k += 1
    return rest[k:k + 2] == ["ruled", "out"] and _ends_clause(rest, k + 2)


_ITS_GOVERNMENT = frozenset({"government", "cabinet", "prime", "minister", "president",
                             "chancellor", "leader", "leadership", "defence", "defense", "foreign",
                             "ministry", "coalition"})


# (s66) and with "that" left out: "Robles said Madrid had not taken any decision"
_THAT_OR_SAID = frozenset({"that", "said", "says", "stated", "added", "told"})


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
    on_troops = on_sending_troops(low, force_seen) or force_seen and any(
        low[k] in ("do", "doing") and low[k + 1:k + 2] == ["so"] for k in range(len(low) - 1))
    # (s69) "Germany has ruled out doing so for now, and Italy has declined": the pro-form
    # stands for the sending the report has named
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
        own_voice = lo > 0 and low[lo - 1] in _THAT_OR_SAID and any(
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
            elif low[k:k + 1] and low[k] in _ITS_GOVERNMENT:
                while k < len(low) and low[k] in _ITS_GOVERNMENT:
                    k += 1  # (s64) "Hungary's government (prime minister) has refused"
                possessive = False
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
            ("took", "a", "similar", "line"), ("takes", "a", "similar", "line"),
            # (s69, set 144) "French President Emmanuel Macron echoed similar intentions."
            ("echoed", "similar", "intentions"), ("echoed", "similar", "sentiments"),
            ("echoed", "the", "same", "intentions"), ("expressed", "similar", "intentions"))
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
    official speaks for no nation but his own: the collectors' brief). (s61) With no speaker,
    a leader who proposed it: "Macron has proposed that military forces from France, the United
    Kingdom, and Turkey could be deployed"."""
    speaker = speaker or _proposer_that(sent)
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


PROPOSED_THAT = frozenset({"proposed", "proposes", "suggested", "suggests", "envisaged",
                            "envisages"})


def _proposer_that(sent: Sent) -> str | None:
    """(s61) The nation of the one person who "proposed (suggested) that ..." right before it
    ("Macron has proposed that"), or None."""
    low = sent.lower
    k = next((k for k, w in enumerate(low) if w in PROPOSED_THAT and low[k + 1:k + 2] == ["that"]),
             None)
    if k is None:
        return None
    at = k - 1 if low[k - 1:k] in (["has"], ["had"]) else k
    who = [m for m in sent.mentions if m.end == at and m.label == "PERSON"]
    return who[0].iso3 if len(who) == 1 else None


_PAST_SPANS = frozenset({"week", "month", "year", "spring", "summer", "autumn", "winter"})


def _past_aside(before: list[str]) -> bool:
    """(s65) The words before an earlier position's cue date it or set it in a relative clause:
    "Norway, which last month ruled out sending soldiers, is now considering ...", "Belgium,
    which was hesitant in March, has now pledged ..."."""
    return any(a == "last" and b in _PAST_SPANS for a, b in zip(before, before[1:], strict=False)) \
        or any(w in ("which", "who") for w in before)


def superseded_by_now(sent: Sent, hits: Sequence[StanceHit]) -> list[StanceHit]:
    """(s59) A nation's earlier position beside the one it holds "now", in one sentence:
    "Germany, which had ruled out sending troops, now says it is ready" (ready only), "Sweden,
    previously reluctant, is now considering ..." (open only). The earlier one is told in the
    past perfect ("had ruled out") or after "previously", "initially", "once" before its cue;
    the later after "now"."""
    low = sent.lower
    aside = _past_perfect_aside(low)  # (s74) "Belgium, which had pledged troops in 2025, says
    # it will not send them": the main clause is the later position
    now = next((k for k, w in enumerate(low) if w == "now"), aside[1] if aside else None)
    if now is None:
        return list(hits)

    def earlier(h: StanceHit) -> bool:
        at = cue_at(sent, h)
        if at is None or at > now:
            return False
        before = low[max(0, at - 3):at]
        return "had" in before or aside is not None and aside[0] < at < aside[1] or \
            not _FORMERLY.isdisjoint(before) or \
            not _FORMERLY.isdisjoint(low[max(0, at - 1):at + 1]) or \
            _past_aside(low[max(0, at - 4):at])

    late = {h.actor for h in hits if _cue_last(sent, h) > now}
    kept = [h for h in hits if not (h.actor in late and earlier(h))]
    if not _own_offer_under_review(low, now):
        return kept
    # (s74) "Belgium, which had pledged troops in 2025, said it was reconsidering": the earlier
    # offer now under review, undecided
    return [replace(h, stance="undecided", condition=None, base=None)
            if h.stance == "ready" and earlier(h) else h for h in kept]


_UNDER_REVIEW_NOW = frozenset({"reconsidering", "rethinking", "reviewing", "reassessing"})
_TO_REVIEW = frozenset({"is", "was", "now", "said", "says", "it", "has", "been", "currently", "are",
                        "were", "on", "monday", "tuesday", "wednesday", "thursday", "friday"})
_REVIEWED = frozenset({"offer", "pledge", "participation", "decision", "position", "commitment",
                       "plans", "plan", "part"})


def _own_offer_under_review(low: list[str], now: int) -> bool:
    """(s74) The main clause right after "now" (or the aside) says its subject is reviewing its
    offer: "..., said it was reconsidering", "is now rethinking its offer" (not "is reviewing its
    defence budget", "said Norway was reconsidering")."""
    r = next((k for k in range(now + 1, min(len(low), now + 7)) if low[k] in _UNDER_REVIEW_NOW), None)
    if r is None or not all(w in _TO_REVIEW for w in low[now + 1:r] if w != ","):
        return False
    obj = [w for w in low[r + 1:r + 4] if w not in ("its", "their", "the", "this")]
    return not obj or obj[0] in (".", ",", ";", "after", "in", "following", "amid") or obj[0] in _REVIEWED


def _cue_last(sent: Sent, h: StanceHit) -> int:
    """The index of a cue's last token (-1 if not found): a grammar pass's cue runs from its
    holder to its verb ("Belgium, which had pledged ..., says it will not send")."""
    at = cue_at(sent, h)
    if at is None:
        return -1
    letters, joined = len("".join(h.cue.lower().split())), 0
    for k in range(at, len(sent.lower)):
        joined += len(sent.lower[k])
        if joined >= letters:
            return k
    return len(sent.lower) - 1


def _past_perfect_aside(low: list[str]) -> tuple[int, int] | None:
    """(s74) The commas around a past-perfect aside after its subject (", which had pledged
    troops in 2025,"), or None."""
    for k in range(len(low) - 3):
        if low[k] == "," and low[k + 1] in ("which", "who") and low[k + 2] == "had":
            end = next((j for j in range(k + 3, len(low)) if low[j] == ","), None)
            return None if end is None else (k, end)
    return None


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
        needed = without_required(low, m.end + 1) if modal else None
        if needed is not None:  # (s64) "no French soldier will leave without this Assembly
            # having voted": ready, on that condition (as "will not send troops without")
            cue = sent.text_of(k - 1, min(len(low), m.end + 1))
            out += [StanceHit(actor=m.iso3, actor_text=m.text, stance="conditional", cue=cue,
                              condition=needed, base="ready"),
                    StanceHit(actor=m.iso3, actor_text=m.text, stance="ready", cue=cue)]
        elif stated or modal:
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
                _THEIR_INTENT.isdisjoint(between) or plan_given_up(between) or any(
                    last <= m.start < j for m in sent.mentions) or \
                low[j - 2] in ("have", "has", "had"):  # (second review s58: not "a plan for
            # Germany and Poland to send their troops", "decided it is too risky", "are going
            # to have to send their troops eventually")
            return []  # (s71: nor "are abandoning plans to deploy their troops")
            # (review s58: an intent is named, not "are unlikely (too cautious,
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
