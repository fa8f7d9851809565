"""The cue matcher: the spaCy `Matcher` patterns for every stance (`stance_matcher`, built
once) and `CueMatcher`, which runs them only on sentences that hold a key word."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reassure.evidence._stances.conditions import _told_to
from reassure.evidence._stances.cue_clause import _DEPLOYMENT_ADJ, _SUCH_STEPS
from reassure.evidence._stances.frames import _NOT_YET_FIRM
from reassure.evidence._stances.holders import _DISCUSS, _OWN_SHARE
from reassure.evidence._stances.lexicon import (
    _DEMONYM_WORDS,
    _DEPLOY,
    _PASSIVE_GOING,
    _QUOTES,
    PARLIAMENTS,
    TAKING_A_STANCE,
)
from reassure.evidence._stances.negation import _KEEP_PEACE, _PASSIVE_SENT


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


@lru_cache(maxsize=1)
def stance_matcher() -> CueMatcher:
    """The stance cue matcher."""
    deploy = {"DEPLOY": True}
    m = CueMatcher()
    add = m.add
    add("ready", [
        # (s62) "British troops would engage in (carry out) deterrent operations": a nation's
        # troops doing the force's operations (`_classify` checks the subject and the kind)
        [_w("will", "would"), _w("engage"), {"LOWER": "in"}],
        [_w("will", "would"), _w("carry"), {"LOWER": "out"}],
        [_w("will", "would"), _w("conduct", "undertake")],
        # (s66) translated copy's "is disposed to send", "its disposition (availability) to"
        [_w("ready", "prepared", "willing", "available", "happy", "disposed"),
         {"LOWER": "and", "OP": "?"},
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
            "declaration", "disposition", "availability"), {"LOWER": "to"}, deploy],
        [_w("agreed", "agrees", "agree", "pledged", "pledges", "pledge", "promised", "promises",
            "vowed", "vows", "decided", "intends", "plans", "committed", "commits",
            "pledging", "promising", "vowing"),  # (s18) "takes lead in pledging to deploy"
         {"LOWER": "to"}, deploy],
        # (s67) "but would instead contribute naval assets as part of the force"
        [_w("will", "would", "shall"),
         {"LOWER": {"IN": ["also", "still", "only", "instead"]}, "OP": "?"}, deploy],
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
        # (s61) the Multinational Force's own words: "ready to carry out (conduct) reassurance
        # operations in the air, at sea and on land" (read by `_classify`: the operations named)
        [_w("ready", "prepared", "willing"), {"LOWER": "to"}, _w("conduct", "carry", "undertake"),
         {"LOWER": "out", "OP": "?"}],
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
        # (s70) "German political leaders are discussing whether to send troops": the nation's
        # own sending weighed, as "considering whether" (§5: a nation discussing its own sending)
        [_w("discussing", "discusses", "debating", "debates"), {"LOWER": "whether"},
         {"LOWER": "to"}, deploy],
        [_w("discussing", "discusses", "debating", "debates"), {"LOWER": "whether"},
         _w("it", "they"), _w("should", "would", "will", "could"), deploy],  # (review s70)
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
            "signalling", "signaling",
            # (s64) "Carney reiterated the possibility of providing Canadian troops"
            "reiterated", "reiterates", "reiterating", "restated", "restates", "reaffirmed",
            "reaffirms"), _w("the", "a"),
         {"LOWER": "possibility"}, {"LOWER": "of"},
         _w("sending", "deploying", "contributing", "dispatching", "stationing", "providing",
            "committing")],
        # (s64) "reiterates possibly providing Canadian troops": a possibility told again
        [_w("reiterated", "reiterates", "reiterating", "mentioned", "mentions", "raised",
            "raises", "discussed", "discusses", "floated", "floats"), {"LOWER": "possibly"},
         _w("sending", "deploying", "contributing", "providing", "committing")],
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
        # (s72) "it is still early to talk about the deployment of troops"
        [{"LOWER": "still"}, {"LOWER": "early"}, {"LOWER": "to"}],
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
        # (s62) "left open whether German soldiers would go into Ukraine itself"
        [_w("left", "leaves", "leaving", "leave"), {"LOWER": "open"}, _w("whether", "if")],
        [_w("declined", "declines", "refused", "refuses"), {"LOWER": "to"}, _w("say", "state"),
         _w("whether", "if")],
        [_w("need", "needs", "needed", "want", "wants", "wanted"), {"LOWER": "more"},
         {"LOWER": "time"}, {"LOWER": "before"}],
        # (s61) "wants clarifications before taking a stance on Danish soldiers in Ukraine",
        # "will wait for the plan before making a decision on sending troops" (the troops after
        # it: `_classify`)
        [{"LOWER": "before"}, _w(*TAKING_A_STANCE),
         _w("a", "any", "its", "their", "her", "his") | {"OP": "?"},
         _w("final", "firm", "formal", "clear") | {"OP": "?"},
         _w("stance", "position", "decision")],
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
        [{"LOWER": "inappropriate"}, {"LOWER": "for", "OP": "?"},
         _w("us", "me") | {"OP": "?"}, {"LOWER": "to"},  # (review s69: not "for him to comment")
         _w("discuss", "speculate", "talk", "debate", "comment")],
        # (s69, sets 103 and 127) "there is no point in speculating about what will happen
        # after the fighting ends", "it is totally wrong to discuss this publicly at this
        # stage": talk of the sending put off (read on the force named: `_force_named_before`)
        [{"LOWER": "no"}, {"LOWER": "point"}, {"LOWER": "in", "OP": "?"},
         _w("speculating", "discussing", "talking", "debating")],
        [{"LOWER": "wrong"}, {"LOWER": "to"}, _w("discuss", "speculate", "debate")],
        [_w("not", "n't"), {"LOWER": "appropriate"}, {"LOWER": "to"},
         _w("discuss", "speculate", "talk", "debate", "comment")],
        [{"LOWER": "not"}, {"LOWER": "the"}, _w("right", "time"), {"LOWER": "time", "OP": "?"},
         {"LOWER": "to"}],
        [{"LOWER": "without"}, _w("committing", "pledging", "promising"), {"LOWER": "to"}],
        [_w("will", "would"), {"LOWER": "be"}, _w("decided", "determined")],
        # a decision put off: "would only decide on military commitments when ...", "will
        # decide later"
        [_w("will", "would"), {"LOWER": "only", "OP": "?"}, _w("decide", "determine")],
        # (s62) "will take a decision about its contribution when ..." (put off: `_classify`)
        [_w("will", "would"), _w("take", "make"), _w("a", "its", "the") | {"OP": "?"},
         _w("final", "formal") | {"OP": "?"}, {"LOWER": "decision"}],
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
        # (s73, a reviewer's probes) translated copy: "has no objection to sending soldiers"
        [{"LOWER": "no"}, _w("objection", "objections"), {"LOWER": "to"}, deploy],
        # (s31) "ready to think about deploying Irish troops": weighing it, as "consider"
        [_w("think", "thinking", "reflect", "reflecting"), _w("about", "of", "on"),
         _w("sending", "deploying", "committing", "contributing", "putting", "dispatching")],
        # (s31, recurring in 4 fresh sets) every option kept: "does not want to rule anything
        # out", "excludes no option", "all options, including troops, remain on the table"
        [_w("rule", "rules", "ruled", "ruling"), _w("anything", "nothing"), {"LOWER": "out"}],
        [_w("excludes", "exclude", "excluded", "discard", "discards"), {"LOWER": "no"},
         _w("option", "options", "scenario", "scenarios")],
        # (s71) "the country does not discard any option", "Merz did not discard sending troops"
        [_w("not", "n't", "never"), _w("discard", "discards", "discarded", "discarding"),
         _w("any", "the") | {"OP": "?"}, _w("option", "options", "sending", "deploying")],
        # (s62) 'her government "excludes nothing"', "does not exclude anything"
        [_w("excludes", "exclude", "excluded", "excluding"), _w("nothing", "anything")],
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
        # (s67) "Slovakia will not be part of any coalition of the willing which intends to send
        # soldiers" (the coalition's sending is its relative clause's, `_force_relative`)
        [_w("will", "would"), _w("not", "never"), {"LOWER": "be"}, {"LOWER": "part"},
         {"LOWER": "of"}, _w("any", "the", "a"), _w("coalition", "force", "mission")],
        # (s67, a reviewer's probes) "Sending Italian troops to Ukraine is not an option"
        [{"LOWER": "not"}, {"LOWER": "an"}, {"LOWER": "option"}],
        # (s67, a reviewer's probes) an offer taken back: "withdrew the offer", "has since backed
        # away from the pledge", "dropped its offer"
        [_w("withdrew", "withdraws", "withdrawn", "withdrawing", "withdraw", "retracted",
            "retracts", "rescinded", "dropped", "drops", "scrapped", "revoked"),
         _w("the", "its", "their", "this", "that"), _w("offer", "pledge", "commitment")],
        [_w("backed", "backs", "backing", "back", "walked", "walks", "walking", "walk"),
         {"LOWER": "away"}, {"LOWER": "from"}],
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
        # (s69, rv69-own) "... logistics from Polish soil but no soldiers in Ukraine"
        [_w("not", "no"), _w("troops", "soldiers", "forces", "personnel", "peacekeepers")],
        # (s31) "will help the force without sending soldiers", "ready to assist, though without
        # deploying troops" (read as an offer before: "will help", "contribute")
        [{"LOWER": "without"}, _w("sending", "deploying", "committing", "stationing", "putting",
                                  "contributing", "providing", "dispatching"),
         _w("its", "their", "any", "own", "ground") | {"OP": "?"}, {"LOWER": "own", "OP": "?"},
         _w("troops", "soldiers", "forces", "personnel", "peacekeepers", "boots")],
        [_w("ruled", "rules", "rule", "ruling"), {"LOWER": "out"}],
        # (s64) "will not provide weapons, let alone send Slovak troops"
        [{"LOWER": "let"}, {"LOWER": "alone"}, _w("send", "sending", "deploy", "deploying",
                                                  "commit", "committing", "contribute")],
        # (s59) a headline's "Merz shuts door on German troops", "closes door to"
        [_w("shuts", "shut", "shutting", "closes", "closed", "closing", "slams", "slammed"),
         {"LOWER": "the", "OP": "?"}, {"LOWER": "door"}, _w("on", "to")],
        # (s59) "Poland says no to (sending) troops for Ukraine"
        [_w("says", "said", "say", "saying"), {"LOWER": "no"}, {"LOWER": "to"},
         _w("sending", "deploying", "troops", "soldiers", "peacekeepers", "boots")],
        # (s65) a refusal told as a lack of means, in the nation's own words: "said it has no
        # soldiers to spare for the force" (the bare "Spain has no troops to spare" stays a
        # judgment on its means, as "does not have enough troops" since s41b)
        [{"LOWER": "no"}, _w("troops", "soldiers", "forces", "personnel"), {"LOWER": "to"},
         {"LOWER": "spare"}],
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
        # (s70, set 149) "the country will not currently send its troops to Ukraine"
        [_w("will", "would", "does", "do", "is", "are", "wo"), _w("not", "n't"),
         _w("currently", "presently", "now"), deploy],
        [{"LOWER": "cannot"}, deploy],
        # "we are not planning any such actions", "no such actions are currently planned": the
        # troops named before in the sentence (issue 15s)
        [_w("not", "n't"), {"LOWER": {"IN": ["currently", "yet", "now"]}, "OP": "?"},
         _w("planning", "preparing", "considering", "envisaging"), {"LOWER": "any", "OP": "?"},
         {"LOWER": "such"}],
        [{"LOWER": "no"}, {"LOWER": "such"}, _w(*_SUCH_STEPS)],
        [{"LOWER": "unwilling"}, {"LOWER": "to"}, deploy],
        # (s72) "we are sending neither weapons nor soldiers" (a plain "are sending" is no cue)
        [_w("is", "are"), {"LOWER": "sending"}, {"LOWER": "neither"}],
        # (s72) "there are countries saying 'never', including Slovakia"
        [_w("saying", "say", "says"), {"LOWER": "never"}],
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
        # (s73, a reviewer's probes) '"We are not talking about sending Italian troops to
        # Ukraine"', "is not in a position to send troops" (translated copy)
        [_w("not", "n't"), {"LOWER": "talking"}, _w("about", "of"), deploy],
        [_w("not", "n't"), {"LOWER": "in"}, {"LOWER": "a"}, {"LOWER": "position"}, {"LOWER": "to"},
         deploy],
        # (s68) '"We are not going to send our soldiers to Ukraine," the minister said'
        [_w("not", "n't"), _w("intend", "plan", "planning", "want", "going"), {"LOWER": "to"}, deploy],
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
