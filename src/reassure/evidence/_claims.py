"""Quantified claims: number + unit + qualifier -> low/high bounds, about a known subject.

A spaCy Matcher finds number phrases that end in a unit word ("around 25,000 to 30,000 soldiers",
"tens of thousands of troops", "600-mile", "20 or 30 years", "60,000-plus troops", "several hundred
soldiers"); a second pass reads force sizes written without a unit word ("a force of 64,000",
"muster 25,000", "willing to send between 5,000 and 10,000"). Rules then read the qualifier before
the number, drop non-force numbers (ages, casualties, dates, another mission's size quoted as
history, a nation's whole army), and decide the subject. A number whose subject cannot be decided
is dropped: precision over recall. Numbers are normalised by `parse_number` ("10.000" is ten
thousand, "Twenty-six" goes through text2num).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from reassure.evidence._gazetteer import DEMONYMS, HOST_AND_ADVERSARY, actor_name
from reassure.evidence._nlp import expand_first
from reassure.evidence._text import Mention, Sent

__all__ = ["SUBJECTS", "QuantityHit", "could_hold_quantity", "find_quantities", "floor_after",
           "quantity_matcher", "quantity_windows"]

# subject id -> label. Contributions are "contribution:<ISO3>".
SUBJECTS: dict[str, str] = {
    "european_force": "size of the European force",
    "ukraine_request": "force Ukraine asks for",
    "russian_forces": "Russian forces in Ukraine",
    "ukrainian_forces": "Ukraine's armed forces",
    "front_line": "length of the front line",
    "buffer_zone": "width of a buffer zone",
    "distance_from_front": "distance of the force from the front line",
    "force_lifetime": "how long the force would last",
    "force_failure_time": "time within which an unsuccessful force could collapse",
    "coalition_size": "number of nations in the coalition or its talks",
    "countries_pledged": "number of nations ready to send troops",
    "air_component": "aircraft for the force",
    "force_cost": "cost of the force",
}

TROOP_UNITS = frozenset(
    "troops troop soldiers soldier personnel servicemen servicemembers peacekeepers forces "
    "strong man men people militaries daughters".split()  # "sons and daughters" (s45)
    + ["military"]  # (s63) "possibly up to 10 thousand military": troops, in translated copy
    + ["boots"]  # (s67, set 140) "several thousand boots on the ground" (`_span_unit`)
)
# unit words that only mean troops beside a force noun ("40,000-man force", "100-250 people",
# 15w: "a force of 10,000 men")
_WEAK_TROOP_UNITS = frozenset({"strong", "man", "men", "people", "militaries", "military"})
KM_UNITS = {"km": 1.0, "kms": 1.0, "kilometres": 1.0, "kilometers": 1.0, "kilometre": 1.0,
            "kilometer": 1.0, "miles": 1.609344, "mile": 1.609344}
COUNTRY_UNITS = frozenset({"countries", "nations", "states", "allies", "members", "participants",
                           "leaders",  # 15t: "25 leaders" of a coalition meeting
                           "partners"})  # s44: "a military backed by more than 30 partners"
# "a 26-nation coalition": the singular unit of a compound adjective (only after a hyphen)
_COUNTRY_SINGULAR = frozenset({"nation", "country", "member"})  # "a 33-member coalition" (15t)
AIRCRAFT_UNITS = frozenset({"aircraft", "jets", "fighters", "warplanes", "planes", "helicopters"})
TIME_UNITS = {"years": 1.0, "year": 1.0, "months": 1 / 12, "month": 1 / 12}
MONEY_WORDS = {"euros": "EUR", "euro": "EUR", "eur": "EUR", "dollars": "USD", "usd": "USD",
               "pounds": "GBP", "gbp": "GBP"}
MONEY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP"}
UNIT_WORDS = (TROOP_UNITS | set(KM_UNITS) | COUNTRY_UNITS | AIRCRAFT_UNITS | set(TIME_UNITS))
# (s56) "2 lakh (200,000) soldiers": the Indian hundred thousand, as Indian outlets write it
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9, "mn": 1e6, "k": 1e3,
          "lakh": 1e5, "lakhs": 1e5}
MODIFIERS = frozenset(
    "european western nato eu allied foreign international additional more extra ground combat "
    "military active armed peacekeeping fighter frontline front-line regular reserve elite "
    "multinational coalition own new heavily well-armed highly trained combat-ready battle-ready "
    "strong-willed military service uniformed other member partner participating contributing "
    "attending "  # (s58) "among the 18 attending countries"
    "mostly mainly primarily largely different "
    # s42: "a force of around 10,000 combined European soldiers"
    "combined joint "
    # s44: "about 20 largely European and Commonwealth countries", "34 NATO and European Union
    # states"
    "commonwealth union "
    # issue 15s: a country's short name used as an adjective ("up to 40,000 UK troops")
    "uk u.k.".split()
) | frozenset(d.lower() for names in DEMONYMS.values() for d in names)

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12,
}
# "several hundred soldiers": documented bounds (docs/evidence.md)
FEW = {("a", "few"): (2, 5), ("few",): (2, 5), ("several",): (3, 9), ("a", "couple", "of"): (2, 2)}
# qualifier phrases (lower-case token tuples) ending right before the number, longest first
QUALIFIERS: dict[tuple[str, ...], str] = {
    ("in", "excess", "of"): "more than", ("no", "more", "than"): "up to",
    # (s34) "could be in the region of a few tens of thousands strong"
    ("in", "the", "region", "of"): "about", ("on", "the", "order", "of"): "about",
    ("in", "the", "order", "of"): "about",
    ("not", "more", "than"): "up to", ("a", "maximum", "of"): "up to",
    # (review s44) "no fewer than 20,000", "not less than": a floor (read as "fewer than")
    ("no", "fewer", "than"): "at least", ("no", "less", "than"): "at least",
    ("not", "fewer", "than"): "at least", ("not", "less", "than"): "at least",
    ("a", "minimum", "of"): "at least", ("as", "many", "as"): "up to",
    # (s63) "needed minimum 200 thousand soldiers", "up to some 800 personnel"
    ("minimum",): "at least", ("maximum",): "up to", ("up", "to", "some"): "up to",
    ("up", "to", "about"): "up to", ("up", "to", "around"): "up to",
    # (s45) "the UK force could be as few as 7,500 troops" (it gave no figure at all): the size
    # said, the small one ("could be 7,500"), which a larger figure elsewhere contradicts; not a
    # floor, which 25,000 would satisfy (the annotators' reading too, round 13)
    ("as", "few", "as"): "exact", ("as", "little", "as"): "exact",
    ("as", "small", "as"): "exact", ("as", "low", "as"): "exact",
    ("as", "much", "as"): "up to",  # (s25) "as much as 40,000 UK troops could be wanted"
    ("as", "large", "as"): "up to", ("as", "big", "as"): "up to",  # (s26) "could be as large
    ("as", "high", "as"): "up to",  # as 15,000 personnel"
    ("at", "least"): "at least", ("more", "than"): "more than", ("upwards", "of"): "more than",
    ("fewer", "than"): "fewer than", ("less", "than"): "fewer than", ("up", "to"): "up to",
    ("at", "most"): "up to", ("close", "to"): "nearly", ("just", "under"): "nearly",
    ("an", "estimated"): "estimated", ("over",): "more than", ("above",): "more than",
    ("under",): "fewer than", ("below",): "fewer than", ("within",): "up to",
    ("about",): "about", ("around",): "about", ("approximately",): "about",
    ("roughly",): "about", ("some",): "about", ("circa",): "about", ("estimated",): "estimated",
    ("nearly",): "nearly", ("almost",): "nearly", ("at", "maximum"): "up to",
    ("a", "total", "of"): "exact", ("near",): "about", ("possibly", "around"): "about",
    ("well", "over"): "more than", ("just", "over"): "more than",
    # (s64) "put the British share at nearer 5,000", "closer to 25,000 to 30,000"; "the force
    # could top 20,000 troops"
    ("nearer",): "about", ("nearer", "to"): "about", ("closer", "to"): "about",
    # (s64) 'a credible force "cannot be smaller than 100,000"': a floor
    ("cannot", "be", "smaller", "than"): "at least", ("cannot", "be", "less", "than"): "at least",
    ("not", "be", "smaller", "than"): "at least", ("not", "be", "less", "than"): "at least",
    ("could", "top"): "more than", ("will", "top"): "more than", ("would", "top"): "more than",
    ("may", "top"): "more than", ("might", "top"): "more than", ("to", "top"): "more than",
    # (s64) "has spoken of a floor of 200,000 foreign troops", "a ceiling of 5,000"
    ("a", "floor", "of"): "at least", ("a", "ceiling", "of"): "up to",
    ("greater", "than"): "more than",  # (s44) "officers from greater than 30 nations"
    # "The minimum number is 40 thousand": a floor; "the maximum is": a ceiling
    ("minimum", "is"): "at least", ("minimum", "number", "is"): "at least",
    ("minimum", "would", "be"): "at least", ("maximum", "is"): "up to",
    # (s23) "even the minimum 10,000 soldiers are difficult to gather": a floor
    ("the", "minimum"): "at least", ("the", "maximum"): "up to",
    ("maximum", "number", "is"): "up to",
    # (15w) "the force, which is expected to exceed 10,000 troops": an open lower bound
    ("exceed",): "more than", ("exceeds",): "more than", ("exceeding",): "more than",
    ("surpass",): "more than",
    # ... and "should not exceed N" a ceiling
    ("not", "exceed"): "up to", ("n't", "exceed"): "up to", ("never", "exceed"): "up to",
    ("not", "to", "exceed"): "up to", ("not", "exceeding"): "up to",
    # (s55) "the force is unlikely to exceed 15,000": a ceiling, as "not exceed"
    ("unlikely", "to", "exceed"): "up to", ("not", "likely", "to", "exceed"): "up to",
    # (s30) "a force comfortably north of 10,000": above it; "south of" below
    ("north", "of"): "more than", ("south", "of"): "fewer than",
    # (s59) "no larger than 30,000 troops": a ceiling; "no smaller than": a floor
    ("no", "larger", "than"): "up to", ("no", "bigger", "than"): "up to",
    ("not", "larger", "than"): "up to", ("no", "greater", "than"): "up to",
    ("no", "smaller", "than"): "at least", ("not", "smaller", "than"): "at least",
    ("larger", "than"): "more than", ("bigger", "than"): "more than",  # (s59) "would need to be
    # larger than 30,000 troops"
}
_MAX_QUAL = max(len(k) for k in QUALIFIERS)
_LOWER_BOUND = frozenset({"more than", "at least"})
_UPPER_BOUND = frozenset({"fewer than", "up to"})
VAGUE = {  # "tens of thousands" -> bounds (documented in docs/evidence.md)
    "tens": (10_000.0, 100_000.0, "tens of thousands"),
    "hundreds": (100_000.0, 1_000_000.0, "hundreds of thousands"),
    "thousands": (1_000.0, 10_000.0, "thousands"),
}


def _word_lists(table: str) -> tuple[frozenset[str], ...]:
    """One frozenset per entry of ``table``: ``name: words`` on a line, indented lines go on."""
    entries: list[list[str]] = []
    for line in table.strip("\n").splitlines():
        if line[:1].isspace():
            entries[-1] += line.split()
        else:
            entries.append(line.partition(":")[2].split())
    return tuple(frozenset(words) for words in entries)


# The word lists of the trap and subject rules, written once in one table (same order):
# months (dates) and casualty words: a number near them is no force size; request: Ukraine's
# request; mission: another mission's size quoted as history ("ISAF counted 130,000 troops"),
# or an exercise's (s44: "90,000 NATO troops will take part in the Steadfast Defender exercise");
# army: a nation's whole army ("whose army numbers 160,000 soldiers"); own force and owner glue:
# "Germany's own armed forces"; force nouns, muster and contribution verbs: the unit-less sizes
# ("a force of 64,000", "muster 25,000", "send 5,000"); after ok: the tokens that may follow a
# unit-less size ("a force of 64,000, officials said"); contribution nouns: with the verbs,
# contribution words anywhere in the sentence; then the cues of the other subjects.
(MONTHS, CASUALTY, REQUEST_CUES, MISSION_WORDS, ARMY_WORDS, _OWN_FORCE_WORDS, _OWNER_GLUE,
 FORCE_NOUNS, MUSTER_VERBS, CONTRIB_VERBS, _AFTER_OK, _CONTRIB_MORE, FORCE_CUES, LIFETIME_CUES,
 FAILURE_CUES, COST_CUES, COALITION_CUES, PLEDGE_CUES, AIR_CUES) = _word_lists("""
months: january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
casualty: killed dead died wounded injured casualties casualty losses lost captured prisoners pows
  missing fatalities deaths
request: request requests requested requesting asks asked asking demand demands demanded wants want
  wanted seeks sought seeking call calls called urges urged needs need needed require requires
  required minimum necessity necessary calling demanding needing requiring wanting urging
  necessitate necessitates necessitated
mission: isaf kfor sfor ifor unifil unprofor minusma eufor althea afghanistan iraq kosovo bosnia
  lebanon mali korea dmz exercise exercises drills manoeuvres maneuvers wargame wargames
  barkhane serval sangaris takuba sahel minusca monusco unmiss
army: army armies bundeswehr levels total entire whole standing active-duty
own force: military armed army defence defense
owner glue: 's ’s ' own national current a an the whole
  potential planned proposed possible prospective envisaged
force nouns: force contingent deployment presence mission army corps
muster: muster mustering mustered field fielding raise raising assemble assembling gather
  gathering generate generating mobilise mobilize recruit number numbering
contribution verbs: send sending contribute contributing provide providing commit committing
  deploy deploying offer offering offered pledge pledged supply dispatch match allocate
  earmarked volunteered engage engaging sustain sustaining earmark give giving gives
after ok: to in into for if and or but by as at under with from on would will could could'nt
  should might may is was were are be being personnel
contribution nouns: mobilize mobilise mobilizing mobilising mobilization commits committed
  commitment contributes contributed contribution pledges offers sent provided deployed station
  stationing involvement participation put
force: force mission contingent deployment peacekeeping peacekeepers reassurance deterrent
  deterrence plan proposal coalition multinational stabilisation stabilization
lifetime: last lasts lasting lifetime duration endure remain stay
failure: collapse collapses fail fails unravel fall falls crumble disintegrate
cost: cost costs fund funding budget spend spending price pay financing
coalition: coalition willing join joined joining participate participating signed pledged
  involved attended met meeting talks summit representatives ministers present members part
  contingent troops force committed commit contribute
  meet meets convened convene convenes gathered gather gathers gathering
pledge: pledged pledge committed commit ready prepared readiness willingness contribute
  contributing providing provide send sending signalled signaled offering offered
air: air force deploy deployed patrol policing support
""")
# contribution words anywhere in the sentence: the verbs, their other forms and the nouns
CONTRIB_CUES = CONTRIB_VERBS - {"match", "allocate"} | _CONTRIB_MORE


_VAGUE_WORDS = frozenset({"tens", "hundreds", "thousands", "several", "few", "dozen"})
_UNIT_OR_MONEY = (frozenset(UNIT_WORDS) | frozenset(MONEY_WORDS) | frozenset(MONEY_SIGNS)
                  | _COUNTRY_SINGULAR)


_UNITLESS_TRIGGERS = FORCE_NOUNS | MUSTER_VERBS | CONTRIB_VERBS | {"deployments"}  # 15m: lists
_UNITLESS_TRIGGERS |= {"figure"}  # 15p: "a figure of 40,000" after a sentence on troops
# (s55) a size floated, talked of or put at a figure: "floated 30,000", "the talk was of 25,000",
# "in the region of 30,000", "experts put the force at 20,000"
_FLOATED = frozenset({"floated", "mooted", "touted"})
_SIZE_TALK = frozenset({"talk", "terms", "region", "order", "ballpark"})
_PUT_SIZE_AT = frozenset({"put", "puts", "putting", "estimate", "estimates", "estimated", "estimating",
                     "pegged", "pegs", "pegging", "sized", "placed"})
_UNITLESS_TRIGGERS |= _FLOATED | _SIZE_TALK | _PUT_SIZE_AT


def _put_at(low: list[str], at: int) -> bool:
    """(s55) "put the force at", "estimate its size at": a verb of putting or estimating, then
    the force, "it" or its size, then "at" (``low[at]``)."""
    sized = FORCE_NOUNS | {"it", "size", "number", "strength", "figure", "share", "contribution"}
    costs = {"cost", "costs", "price", "bill", "budget"}
    for k in range(max(0, at - 6), at):
        if low[k] in _PUT_SIZE_AT or low[k] in _STANDS and k == at - 1:
            between = set(low[k + 1:at])
            if not between:  # (s59) the passive, its subject before the verb: "The size of the
                # force is estimated at 20,000", "the number discussed stands at around 20,000"
                between = set(low[max(0, k - 7):k])
            return bool(between & sized) and not between & costs
    return False


_STANDS = frozenset({"stands", "stood", "standing"})


def _listed_before(sent: Sent, s: int) -> int:
    """(s55) How many nations a list names right before a count at ``s`` ("Germany, the UK,
    France, and eight other countries": 3), or 0."""
    low = sent.lower
    k = s - 1
    if k >= 0 and low[k] == "and":
        k -= 1
    if k >= 0 and low[k] == ",":
        k -= 1
    last = next((m for m in sent.mentions if m.end == k + 1 and m.label != "GROUP"), None)
    if last is None:
        return 0
    # Ukraine is the party the coalition backs, not one of its nations ("the leaders of Ukraine,
    # 25 other allied nations": 25)
    return len({m.iso3 for m in sent.coordinated(last) if m.end <= s and m.iso3 != "UKR"})


def could_hold_quantity(words: set[str], has_number: bool) -> bool:
    """Whether a sentence can match a quantity pattern: a number (or "tens of") and a unit, or a
    number after a force noun or a mustering verb."""
    if words.isdisjoint(_UNIT_OR_MONEY):
        if "thousands" in words and "in" in words and not words.isdisjoint(
                _DIGITS | _SENDING | _IS_VERBS):
            return True  # (15w) "not single digits, but in the thousands"; (s42) "a force could
            # number in the tens of thousands"
        return has_number and not words.isdisjoint(_UNITLESS_TRIGGERS)
    return has_number or not words.isdisjoint(_VAGUE_WORDS)


def quantity_windows(lower: list[str], number: list[int], lo: int, hi: int) -> list[tuple[int, int]]:
    """Token ranges in [lo, hi) that can hold a quantity match: a unit word and the tokens before
    it, or a currency sign and the tokens after it (merged where they overlap). The matcher runs
    on these windows only, not on whole sentences."""
    wins: list[tuple[int, int]] = []
    for k in range(lo, hi):
        w = lower[k]
        if w in _UNIT_OR_MONEY:
            if w in MONEY_SIGNS:
                wins.append((k, min(hi, k + 4)))
            elif any(number[max(lo, k - 10):k]) or any(  # (15t: a quoted name between)
                x in _VAGUE_WORDS for x in lower[max(lo, k - 8):k]
            ):
                wins.append((max(lo, k - 11), k + 1))
    return _merge(wins)


def _merge(wins: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(wins):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


@dataclass(frozen=True)
class QuantityHit:
    """A quantity found in a sentence, before it gets its id."""

    subject: str
    subject_label: str
    nation: str | None
    unit: str
    low: float | None
    high: float | None
    qualifier: str
    text: str
    number_text: str
    # (s59) read from the sentence's structure ("20,000 of which are British", "from 4,000
    # soldiers to as many as 60,000", the troops to deter Russia): the troop-size model keeps
    # the rules' subject (`_claim_model.revise`), as it does for a joint total
    structural: bool = False


# non-breaking and Unicode hyphens ("35‑country"): _nlp splits them after a number, as "-"
_UNICODE_HYPHENS = ("\u2010", "\u2011")


@lru_cache(maxsize=4)
def quantity_matcher(vocab: Any) -> Any:
    from spacy.matcher import Matcher

    num = {"LIKE_NUM": True}
    scale = {"LOWER": {"IN": list(SCALES)}, "OP": "?"}
    sep = {"LOWER": {"IN": ["to", "-", "–", "—", "or"]}}
    up = {"LOWER": "up", "OP": "?"}
    range_fill = {"LOWER": {"IN": ["a", "maximum", "of", "as", "many", "much", "up", "to",
                                   "possibly", "perhaps", "potentially", "even",
                                   # (s56) "from 4,000 to about 60,000 service members"
                                   "about", "around", "roughly", "approximately", "some"]},
                  "OP": "{0,3}"}
    dash = {"ORTH": {"IN": ["-", "–", *_UNICODE_HYPHENS]}, "OP": "?"}
    # (15s: "30,000 European-led troops": the hyphen and "led" of a leader's adjective)
    mods = {"LOWER": {"IN": sorted(MODIFIERS | {"-", "led"})}, "OP": "{0,3}"}
    mod = {"LOWER": {"IN": sorted(MODIFIERS)}}
    unit = {"LOWER": {"IN": sorted(UNIT_WORDS)}}
    money_word = {"LOWER": {"IN": sorted(MONEY_WORDS)}}
    matcher = Matcher(vocab)
    plus: list[dict[str, Any]] = [{"ORTH": {"IN": ["-", "–", *_UNICODE_HYPHENS]}, "OP": "?"},
                                  {"LOWER": {"IN": ["plus", "+"]}}]  # (15t: "30+ countries")
    few = {"LOWER": {"IN": ["several", "few"]}}
    # (s42) "several thousands of troops": the plural, as "several thousand"
    hundreds = {"LOWER": {"IN": ["hundred", "thousand", "hundreds", "thousands"]}}
    # (s45) "20,000 of our soldiers" (Prabowo at the UN): a speaker's own troops, as "of its"
    of_the: list[dict[str, Any]] = [{"LOWER": "of"},
                                    {"LOWER": {"IN": ["the", "its", "their", "those", "our",
                                                      "his", "her"]}}]
    # "25 000 soldiers" (a space, or a no-break space, between thousands), "30k troops"
    gap = {"ORTH": {"IN": ["\u00a0", "\u202f", "\u2009"]}, "OP": "?"}
    closing = {"ORTH": {"IN": ["”", '"', "’", "»", "'"]}}  # a quoted figure: '"25,000" troops'
    quote = {"ORTH": {"IN": ["“", '"', "‘", "«", "'"]}}

    ddd = {"SHAPE": "ddd"}
    # (shapes tested for equality, in C: a regular expression would call Python on every token)
    kilos: list[dict[str, Any]] = [{"SHAPE": shape}
                                   for shape in ("dx", "ddx", "dddx", "d.dx", "dd.dx")]
    # (s62) "between 20k and 30k troops", and "20k-30k troops" (one token)
    kilo_sep = {"LOWER": {"IN": ["to", "-", "–", "—", "or", "and"]}}
    kilo_ranges: list[dict[str, Any]] = [{"SHAPE": f"{a}-{b}"} for a in ("dx", "ddx", "dddx")
                                         for b in ("dx", "ddx", "dddx")]
    matcher.add("QTY", [[k, dash, mods, unit] for k in kilos + kilo_ranges]
                + [[k, kilo_sep, k2, dash, mods, unit] for k in kilos for k2 in kilos]
                # (s64) "25-30k troops": the "k" of the second figure is the first's too
                + [[num, kilo_sep, k, dash, mods, unit] for k in kilos])
    matcher.add("QTY", expand_first([
        [num, gap, ddd, dash, mods, unit],
        [num, gap, ddd, sep, num, gap, ddd, dash, mods, unit],
        # (s30) the upper end given its own bound: "15,000 to a maximum of 30,000 people",
        # "10,000 to as many as 20,000", "from 5,000 up to 8,000": one range
        [num, scale, up, sep, range_fill, num, scale, dash, mods, unit],
        [num, scale, dash, mods, unit],
        # (s56) a hedged upper end: "10,000, maybe 12,000 troops" is one range, not two sizes
        # (review s56: the first figure written with a thousands separator, not "By 2027,
        # maybe 10,000 troops" or "On March 3, perhaps 4,000 soldiers")
        [{"SHAPE": {"IN": ["d,ddd", "dd,ddd", "ddd,ddd"]}}, {"ORTH": ","}, {"LOWER": "or", "OP": "?"},
         {"LOWER": {"IN": ["maybe", "perhaps", "possibly"]}}, num, scale, dash, mods, unit],
        [num, {"LOWER": "hundred"}, scale, dash, mods, unit],  # (s30) "five hundred soldiers"
        # (s56) a figure with its conversion in brackets: "2 lakh (200,000) soldiers"
        [num, scale, {"ORTH": "("}, num, scale, {"ORTH": ")"}, mods, unit],
        # (15w) "whose 30 or so members": "or so" after the number
        [num, scale, {"LOWER": "or"}, {"LOWER": "so"}, mods, unit],
        # (s51) hyphenated: "leaders from the 30-or-so countries"
        [num, scale, {"ORTH": {"IN": ["-", "–", *_UNICODE_HYPHENS]}}, {"LOWER": "or"},
         {"ORTH": {"IN": ["-", "–", *_UNICODE_HYPHENS]}}, {"LOWER": "so"}, mods, unit],
        [num, scale, closing, mods, unit],
        # (15z, T14) the unit noun quoted or bracketed: 'up to 30,000 "peacekeepers"',
        # "about 10,000 [servicemen"
        [num, scale, {"ORTH": {"IN": ["“", '"', "‘", "«", "[", "("]}}, mods, unit],
        # (s22) 'a plan for 40,000 heavily armed European “peacekeepers”': quoted after its
        # modifiers
        [num, scale, {**mod, "OP": "{1,3}"}, {"ORTH": {"IN": ["“", '"', "‘", "«"]}}, unit],
        [num, scale, *plus, mods, unit],
        # (15t) '30-plus "Coalition of the Willing" states': the coalition's name, quoted, between
        # the number and its nations
        [num, scale, *plus, quote, {"IS_ALPHA": True, "OP": "{1,4}"}, closing, mods, unit],
        [num, scale, quote, {"IS_ALPHA": True, "OP": "{1,4}"}, closing, mods, unit],
        [num, scale, *of_the, mods, unit],
        # (s45) "prepared to deploy 20,000 or even more of our sons and daughters" (Prabowo at
        # the UN, in four reports of rounds 12-14): a nation's soldiers in a leader's words
        [num, scale, {"LOWER": "or"}, {"LOWER": "even", "OP": "?"}, {"LOWER": "more"}, *of_the,
         {"LOWER": "sons"}, {"LOWER": "and"}, {"LOWER": "daughters"}],
        [num, scale, *of_the, {"LOWER": "sons"}, {"LOWER": "and"}, {"LOWER": "daughters"}],
        [few, hundreds, {"LOWER": "of", "OP": "?"}, mods, unit],
        [few, hundreds, closing, {"LOWER": "of", "OP": "?"}, mods, unit],  # '"several thousand"
        # French soldiers', (s42) '"several thousands" of troops'
        [{"LOWER": "a"}, few, hundreds, {"LOWER": "of", "OP": "?"}, mods, unit],
        [{"LOWER": {"IN": ["a", "one", "two", "half"]}}, dash, {"LOWER": "dozen"}, mods, unit],
        # "30 Western and European countries": two modifiers joined by and/or
        # (15w: "around 30 mainly NATO and EU countries": a modifier or two before the pair)
        # (s45) "34 NATO and European Union states": two words on the second side
        [num, scale, {**mod, "OP": "{0,2}"}, mod, {"LOWER": {"IN": ["and", "or"]}},
         {**mod, "OP": "{1,2}"}, unit],
        # (15p) "6,000 military and civilian personnel": a mission's staff, counted as its size
        [num, scale, {"LOWER": "military"}, {"LOWER": "and"}, {"LOWER": "civilian"},
         {"LOWER": "personnel"}],
        # "a 26-nation coalition", "a 30-country alliance" (not "a 27-nation bloc", below)
        [num, {"ORTH": {"IN": ["-", "–", *_UNICODE_HYPHENS]}},
         {"LOWER": {"IN": sorted(_COUNTRY_SINGULAR)}}],
        # (s58) "the 30-plus nation coalition of the willing"
        [num, {"ORTH": {"IN": ["-", "–", *_UNICODE_HYPHENS]}}, {"LOWER": "plus"},
         {"ORTH": {"IN": ["-", "–", *_UNICODE_HYPHENS]}, "OP": "?"},
         {"LOWER": {"IN": sorted(_COUNTRY_SINGULAR)}}],
        # (s58) "a coalition of 35 pro-Ukraine nations": a "pro-" adjective before the nations
        [num, {"LOWER": {"IN": ["pro", "anti"]}}, {"ORTH": {"IN": ["-", "–", *_UNICODE_HYPHENS]}},
         {"IS_ALPHA": True}, {"LOWER": {"IN": ["nations", "countries", "states", "governments"]}}],
        [{"LOWER": "half"}, {"LOWER": "a"}, {"LOWER": "dozen"}, mods, unit],
        [{"LOWER": "hundreds"}, {"LOWER": "of"}, mods, unit],
        # (s18) "hundreds of British and French troops": two nations' adjectives joined
        [{"LOWER": {"IN": ["hundreds", "thousands"]}}, {"LOWER": "of"}, {**mod, "OP": "{0,2}"},
         mod, {"LOWER": {"IN": ["and", "or"]}}, mod, unit],
        [{"LOWER": "between"}, num, scale, {"LOWER": "and"}, range_fill, num, scale, mods, unit],
        # (s64) "between 5 000 and 10 000 soldiers": thousands set apart by a space
        [{"LOWER": "between"}, num, gap, ddd, {"LOWER": "and"}, range_fill, num, gap, ddd, dash,
         mods, unit],
        # (s56) "a force comprising between 20,000 to 30,000 personnel" (between ... to)
        [{"LOWER": "between"}, num, scale, {"LOWER": "to"}, range_fill, num, scale, mods, unit],
        [{"LOWER": {"IN": ["tens", "hundreds"]}}, {"LOWER": "of"}, {"LOWER": "thousands"},
         {"LOWER": "of", "OP": "?"}, mods, unit],
        [{"LOWER": "thousands"}, {"LOWER": "of"}, mods, unit],
        # (s42) "tens of thousands of their own troops": the owner between figure and unit
        [{"LOWER": {"IN": ["tens", "hundreds"]}}, {"LOWER": "of"}, {"LOWER": "thousands"},
         *of_the, mods, unit],
        [{"LOWER": "thousands"}, *of_the, mods, unit],
        # (15w) 'an agreement for "thousands" of troops'
        [quote, {"LOWER": "thousands"}, closing, {"LOWER": "of"}, mods, unit],
        # (15p) '"a few tens of thousands" of troops': a quoted vague figure, "a few" tens
        [{"LOWER": {"IN": ["a", "few"]}}, {"LOWER": "few", "OP": "?"}, {"LOWER": "tens"},
         {"LOWER": "of"}, {"LOWER": "thousands"}, {**closing, "OP": "?"},
         {"LOWER": "of", "OP": "?"}, mods, unit],
        [{"LOWER": {"IN": ["tens", "hundreds"]}}, {"LOWER": "of"}, {"LOWER": "thousands"},
         closing, {"LOWER": "of", "OP": "?"}, mods, unit],
        [{"ORTH": {"IN": list(MONEY_SIGNS)}}, num, scale],
        [num, scale, money_word],
    ]), greedy="LONGEST")
    return matcher


_KILO = re.compile(r"^\d+(?:\.\d+)?k$")
_KILO_RANGE = re.compile(r"^(\d+(?:\.\d+)?)k[-–](\d+(?:\.\d+)?)k$")
_DOT_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_COMMA_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")


@lru_cache(maxsize=4096)
def parse_number(text: str) -> float | None:
    """A number as written in a report: "25,000", "10.000" (dot thousands, as in much of
    continental Europe), "1.5", "ten", "Twenty-six" (number words through text2num)."""
    t = text.strip().lower()
    if not t:
        return None
    if _KILO.match(t):  # "30k"
        return float(t[:-1]) * 1000
    if t[0].isdigit():
        if _DOT_THOUSANDS.match(t):
            return float(t.replace(".", ""))
        if _COMMA_THOUSANDS.match(t) or "," not in t:
            try:
                return float(t.replace(",", ""))
            except ValueError:
                return None
        return None
    if t in WORD_NUMBERS:
        return float(WORD_NUMBERS[t])
    try:
        from text_to_num import text2num

        return float(text2num(t, "en"))
    except (ValueError, ImportError):
        return None


def _number(text: str) -> float | None:
    return parse_number(text)


_TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})


_FEW_SCALES = {"hundred": 100.0, "hundreds": 100.0, "thousand": 1000.0, "thousands": 1000.0}


def _parse(tokens: list[Any], lower: list[str]) -> tuple[list[float], str | None, str, str] | None:
    """Numbers (scaled), the unit word or money code, and the first number as written."""
    if len(lower) > 1 and lower[0] in _OPENING_QUOTES:
        return _parse(tokens[1:], lower[1:])  # (s47) 'said "thousands" of soldiers could ...'
    compound = _compound_value(lower)
    if compound is not None and compound[1] < len(lower):  # (s66) "one hundred and fifty"
        written = "".join(t.text_with_ws for t in tokens[:compound[1]]).strip()
        return [compound[0]], lower[-1], written, ""
    if len(lower) > 2 and lower[0] in ("a", "one") and lower[1] in ("thousand", "hundred"):
        # (s59) "about a thousand soldiers": one thousand
        value = 1000.0 if lower[1] == "thousand" else 100.0
        return [value], lower[-1], tokens[0].text + " " + tokens[1].text, ""
    if lower[0] == "hundreds" and (len(lower) < 3 or lower[2] != "thousands"):
        return [100.0, 1000.0], lower[-1], tokens[0].text, "hundreds"
    if lower[:3] in (["a", "few", "tens"], ["few", "tens", "of"]):
        # (15p) "a few tens of thousands": a few (2-5) times ten thousand, as "a few thousand"
        upto = lower.index("thousands") + 1
        written = "".join(t.text_with_ws for t in tokens[:upto]).strip()
        return [20_000.0, 50_000.0], lower[-1], written, "a few tens of thousands"
    if lower[0] in VAGUE and not any(t.like_num for t in tokens):
        lo, hi, label = VAGUE[lower[0]]
        return [lo, hi], lower[-1], tokens[0].text, label
    for key, (lo_n, hi_n) in FEW.items():  # "several hundred", "a few thousand"
        n = len(key)
        if tuple(lower[:n]) == key and len(lower) > n and lower[n] in _FEW_SCALES:
            scale = _FEW_SCALES[lower[n]]
            return [lo_n * scale, hi_n * scale], lower[-1], tokens[0].text, " ".join(lower[:n + 1])
    if "dozen" in lower[:3]:
        count = {"a": 1, "one": 1, "two": 2, "half": 0.5}.get(lower[0], 1)
        return [12.0 * count], lower[-1], tokens[0].text, ""
    nums: list[float] = []
    first_text = ""
    i = 0
    money = None
    while i < len(tokens):
        t = tokens[i]
        kilo_range = _KILO_RANGE.match(lower[i])
        if t.text in MONEY_SIGNS:
            money = MONEY_SIGNS[t.text]
        elif kilo_range:  # (s62) "20k-30k": a range in one token
            first_text = first_text or t.text
            nums.extend(float(g) * 1000 for g in kilo_range.groups())
        elif (t.like_num or _KILO.match(lower[i])) and lower[i] not in SCALES:
            v = _number(t.text)
            if v is None:
                return None
            if not first_text:
                first_text = t.text
            if lower[i] in _TENS and i + 2 < len(tokens) and lower[i + 1] == "-" and \
                    tokens[i + 2].like_num:
                # "Twenty-six countries", "twenty-five to thirty thousand", "thirty-five
                # hundred": one number, not the range 20-26 (s30, s56)
                joined = _number(t.text + "-" + tokens[i + 2].text)
                if joined is not None:
                    v = joined
                    i += 2
            j = i + 1
            if j < len(tokens) and tokens[j].text.isspace():
                j += 1
            if t.text.isdigit() and len(t.text) <= 3 and j < len(tokens) and \
                    tokens[j].text.isdigit() and len(tokens[j].text) == 3 and \
                    (j > i + 1 or t.whitespace_):
                v = v * 1000 + float(tokens[j].text)  # "25 000": thousands set apart by a space
                i = j
            if i + 1 < len(tokens) and lower[i + 1] == "hundred" and v < 100:
                v *= 100  # (s30) "five hundred soldiers", not "hundred" alone (100)
                i += 1
            if i + 1 < len(tokens) and lower[i + 1] in SCALES:
                v *= SCALES[lower[i + 1]]
                i += 1
            nums.append(v)
        elif lower[i] in MONEY_WORDS:
            money = MONEY_WORDS[lower[i]]
        i += 1
    if not nums:
        return None
    if len(nums) == 2 and "(" in lower and abs(nums[0] - nums[1]) <= 0.01 * nums[0]:
        nums = nums[:1]  # (s56) "2 lakh (200,000)": one figure and its conversion
    if len(nums) == 2 and nums[1] > nums[0] * 50 and nums[0] < 1000:
        # "25 to 30 thousand": the scale of the second applies to the first
        for scale in (1e3, 1e6, 1e9):
            if nums[0] * scale <= nums[1] < nums[0] * scale * 50:
                nums[0] *= scale
                break
    unit = money if money else lower[-1]
    if "plus" in lower or "+" in lower:  # "60,000-plus troops", "30+ countries" (15t)
        return nums, unit, first_text, "plus"
    return nums, unit, first_text, ""


# (s25) and closing ones: Kyiv needs "at least" 200,000 soldiers (a qualifier quoted alone)
_OPENING_QUOTES = frozenset({"“", '"', "‘", "«", "'", "”", "’", "»"})


_CANNOT = frozenset({"cannot", "not", "n't", "unable", "never"})
_CAPPING = frozenset({"caps", "cap", "capped", "capping", "limits", "limit", "limited", "limiting",
                      "ceiling"})
_ASKED_WHETHER = frozenset({"whether", "if", "clear", "sure", "known", "that"})


def _qualifier(sent: Sent, start: int) -> tuple[str, int]:
    # (s18) read past an opening quote: a "“minimum of 200,000” soldiers"
    kept: list[int] = []
    k = start - 1
    while k >= 0 and len(kept) < _MAX_QUAL and k >= start - _MAX_QUAL - 3:
        if sent.lower[k] not in _OPENING_QUOTES:  # (s31) 'a "minimum" of 200,000': quotes
            kept.insert(0, k)  # on both sides of the word are skipped, not counted
        k -= 1
    for n in range(min(_MAX_QUAL, len(kept)), 0, -1):
        key = tuple(sent.lower[k] for k in kept[-n:])
        if key in QUALIFIERS:
            at = kept[-n]
            near = sent.lower[max(0, at - 3):at]
            if key in (("more", "than"), ("over",)) and not _CANNOT.isdisjoint(near) and \
                    _ASKED_WHETHER.isdisjoint(near):
                return QUALIFIERS[("up", "to")], at  # (s66) "cannot raise more than 15,000",
                # "could not send more than 5,000": at most (was "at least")
            return QUALIFIERS[key], at
    low = sent.lower
    if start >= 2 and low[start - 1] == "at" and not _CAPPING.isdisjoint(low[max(0, start - 8):start - 1]):
        return QUALIFIERS[("up", "to")], start  # (s66) "caps Ukraine's military at 800,000": a
        # ceiling, not a size
    if start >= 5 and low[start - 1] in ("of", "with") and low[start - 2] in _SIZED_UNITS and \
            low[start - 5:start - 2] in (["up", "to", "a"], ["up", "to", "one"]):
        return QUALIFIERS[("up", "to")], start  # (s64) "up to a brigade of 4,000", "up to
        # one brigade with 4.000 soldiers": the bound is the unit's
    return "", start


def find_quantities(
    sent: Sent, prev_lower: AbstractSet[str], spans: list[tuple[int, int]],
    prev_nations: Sequence[str] = (), offered: dict[str, str] | None = None,
    speaker_nation: str | None = None, columns: Sequence[AbstractSet[str]] | None = None,
) -> list[tuple[QuantityHit, int, int]]:
    """Quantities in one sentence with their token span ``(hit, start, end)``.

    ``spans`` are the quantity matcher's matches in the sentence (token indices relative to it,
    overlaps already resolved). Force sizes without a unit word are looked for around them.
    ``prev_nations``: the nations the sentence before opens with, for a contribution whose
    sentence names no nation ("Estonia pledged a company. The first 50 soldiers deployed ...").
    ``offered``: unit nouns a nation offered earlier in the report ("company" -> "EST"), for a
    sentence that explains that unit's size ("A company ranges from 50 to 250 soldiers").
    ``speaker_nation``: the nation of the sentence's speaker, for troops "we" send ('"We are
    ready to send 5,000 troops," Macron said'). ``columns``: the header words of the table the
    sentence is a row of (s64).
    """
    out: list[tuple[QuantityHit, int, int]] = []
    words = set(sent.lower)
    for s, e in spans:
        out.extend(_span_quantities(sent, s, e, words, prev_lower, prev_nations, offered,
                                    speaker_nation))
    found = _sentence_passes(sent, out, spans, words, prev_lower)
    if columns:
        found += table_cell_sizes(sent, columns, [(s, e) for _, s, e in found])
    return found


# what may follow "military" when it is the troops' noun ("up to 10 thousand military, but ...")
_AFTER_MILITARY_NOUN = frozenset({"", ",", ".", ";", ":", ")", "but", "to", "in", "for", "from",
                                  "would", "will", "could", "may", "might", "is", "are"})


def _span_quantities(
    sent: Sent, s: int, e: int, words: set[str], prev_lower: AbstractSet[str],
    prev_nations: Sequence[str], offered: dict[str, str] | None, speaker_nation: str | None,
) -> list[tuple[QuantityHit, int, int]]:
    """The quantities of one matched span: its figure read, filtered and given a subject."""
    s = _number_start(sent, s)
    tokens = [sent.tok(k) for k in range(s, e)]
    lower = sent.lower[s:e]
    parsed = _parse(tokens, lower)
    if parsed is None:
        return []
    nums, unit_word, first_text, vague = parsed
    if _no_force_number(sent, s, e, nums, unit_word, first_text, lower):
        return []
    qual, qstart = _qualifier(sent, s)
    low, high, qualifier = _bounds(nums, qual, vague)
    # "cut from 100,000 to 20,000 troops": a change, two figures; a range runs upward (s16)
    falling = len(nums) == 2 and not vague and nums[1] < nums[0] and "to" in lower
    unit, unit_word, factor = _span_unit(sent, e, unit_word, lower, low, high)
    after = sent.lower[e] if e < len(sent.lower) else ""
    if unit is None or _a_strong_army(sent, e, unit_word) or \
            unit_word == "military" and after not in _AFTER_MILITARY_NOUN:
        return []  # (s63) "7,000 military and civilian vehicles": an adjective, not the troops
    if unit == "troops" and low is not None and low == high and 2 * low <= MAX_FORCE and \
            _doubled_after(sent.lower, e):
        high = 2 * low  # (15w) "100,000 soldiers, but possibly double that number"
    if factor != 1.0:
        low = None if low is None else round(low * factor, 1)
        high = None if high is None else round(high * factor, 1)
    if unit == "troops" and (_not_this_force(sent, s, e) or after in _RATE_WORDS):
        return []  # "7 soldiers per kilometre": a density, not a size
    subject, nation, deterrers = _span_subject(sent, s, e, qstart, unit, unit_word, words,
                                               prev_lower, lower, prev_nations, offered,
                                               speaker_nation)
    if unit == "troops":
        low, high, qualifier = _short_of_credible(low, high, qualifier, sent.lower[e:e + 10])
    if unit == "troops":
        high, qualifier = _floor_read(sent, s, e, subject, low, high, qualifier)
    if _an_army_or_home_soil(sent, e, qstart, unit, subject, nation, low, high, qualifier):
        return []
    if subject == "european_force" and _from_each_nation(sent.lower, e):
        return []  # (s69, sets 103 and 141) "several thousand military personnel from each
        # participating country": each nation's share, no size of the whole force
    if subject is None or (subject == "european_force" and unit == "troops"
                           and ((high if high is not None else low or 0) < MIN_FORCE
                                or high == MIN_FORCE and low is not None and low < high)):
        # (15s: "hundreds of soldiers", 100-1,000, is no size of the whole force either)
        return []  # a multinational force of "up to 100 people": a sub-unit or a slip
    if falling:
        return _falling_pair(sent, s, e, nums, factor, qual, qstart, subject, nation, unit)
    if unit == "countries" and "other" in sent.lower[s + 1:e]:
        named = _listed_before(sent, s)
        if named:  # (s55) "Germany, the UK, France and eight other European countries": 11
            low = None if low is None else low + named
            high = None if high is None else high + named
    out = [(replace(_hit(sent, subject, nation, unit, low, high, qualifier, qstart, e,
                         first_text), structural=deterrers), qstart, e)]
    part = _part_of(sent, s, unit, low)
    if part is not None:  # (s18) "only six out of thirty countries agreed": both counts
        out.append((_hit(sent, subject, nation, unit, part, part, "", s - 3, s - 2,
                         sent.tok(s - 3).text), s - 3, s - 2))
    return out


_COMPOUND_WORDS = frozenset(WORD_NUMBERS) | {"hundred", "thousand", "and"}


def _compound_start(low: list[str], s: int) -> int:
    """(s66) Where a number written in several words starts, when the span holds only its last
    word: "one hundred and fifty soldiers", "two thousand five hundred troops" (the span was
    "fifty soldiers", "five hundred troops": 50, 500), else ``s``."""
    k = s
    while k > 0 and (low[k - 1] in _COMPOUND_WORDS or low[k - 1] in ("a", "-")
                     and low[k:k + 1] != [] and low[k] in ("hundred", "thousand", "-")):
        k -= 1
    while k < s and low[k] in ("and", "-"):
        k += 1
    return k if k < s and not {"hundred", "thousand"}.isdisjoint(low[k:s]) else s


def _compound_value(lower: list[str]) -> tuple[float, int] | None:
    """The value of a number written in several words at the start of ``lower`` and how many
    tokens it takes ("a hundred and fifty", "two thousand five hundred"), or None."""
    n = 0
    while n < len(lower) and (lower[n] in _COMPOUND_WORDS or lower[n] in ("a", "-")):
        n += 1
    words = [w for w in lower[:n] if w not in ("and",)]
    if len(words) < 3 or {"hundred", "thousand"}.isdisjoint(words[:-1]):
        return None
    if words[0] == "a":
        words[0] = "one"
    try:
        from text_to_num import text2num

        return float(text2num(" ".join(words).replace(" - ", "-"), "en")), n
    except (ValueError, ImportError):
        return None


def _number_start(sent: Sent, s: int) -> int:
    """Where the span's number starts: at its tens, or at the "a" of "a thousand"."""
    s = _compound_start(sent.lower, s)
    if s >= 2 and sent.lower[s - 1] == "-" and sent.lower[s - 2] in _TENS and \
            sent.lower[s].isalpha():
        # (s56) "Twenty-five to thirty thousand", "thirty-five hundred": the matcher's
        # longest match starts at "five"; the number starts at its tens
        s -= 2
    if s >= 1 and sent.lower[s] in ("thousand", "hundred") and sent.lower[s - 1] in ("a", "one") \
            and not (s >= 2 and sent.lower[s - 2] in ("few", "couple")):
        s -= 1  # (s59) "a thousand soldiers": the matcher's span starts at the scale word
    return s


def _no_force_number(sent: Sent, s: int, e: int, nums: list[float], unit_word: str | None,
                     first_text: str, lower: list[str]) -> bool:
    """Not a count, or not a force number: dates, ages, figures of speech, casualties."""
    if not first_text or (nums == [1.0] and "of" in lower):
        return True  # "one of the nations": not a count
    if _zero_led(first_text):
        return True  # "2026-01-06 British troops": a date's month and day, not a range
    # -- not force numbers: dates, ages, casualties ---------------------------------------
    before = sent.lower[s - 1] if s > 0 else ""
    after = sent.lower[e] if e < len(sent.lower) else ""
    if before in MONTHS or (s + 1 < len(sent.lower) and sent.lower[s + 1] in MONTHS):
        return True
    if _YEAR.match(first_text) and before == "," and s >= 2 and \
            (sent.lower[s - 2].isdigit() and len(sent.lower[s - 2]) <= 2):
        return True  # (15w) "Jan 06, 2026 German forces could join": a dateline's year

    if unit_word in TIME_UNITS and (after in ("old", "-") or before == "aged"):
        return True
    if nums == [1.0] and before in ("even", "single", "lone", "not"):
        return True  # (s45) "before sending even one British soldier": a figure of speech;
        # (s55) "'Not one Polish soldier will go'": a refusal, not a pledge of one
    if before == "than" and s >= 2 and sent.lower[s - 2] not in _COMPARATIVES:
        return True  # (s43) '"a greater ... impact than 10,000 European ground troops"': a
        # yardstick compared with, not a size (but "more than 10,000" qualifies one)
    return any(w in CASUALTY for w in sent.window(s, 6, e - s + 6))


def _boots_onto_soil(after: list[str]) -> bool:
    """(s69, set 140) "a few thousand boots will walk onto the Ukrainian soil": boots set on the
    ground by a verb between (not "boots from Canada", kit)."""
    at = next((k for k, w in enumerate(after) if w in ("on", "onto")), None)
    return at is not None and 0 < at <= 3 and not {"ground", "soil"}.isdisjoint(
        after[at + 1:at + 4]) and {"from", "of", "for", "in", "at", "with"}.isdisjoint(after[:at])


def _span_unit(sent: Sent, e: int, unit_word: str | None, lower: list[str], low: float | None,
               high: float | None) -> tuple[str | None, str | None, float]:
    """The span's unit (None: not one read), its unit word and the factor to its unit."""
    unit, factor = _unit(unit_word)
    if unit_word == "boots" and sent.lower[e:e + 3] not in (["on", "the", "ground"],
                                                            ["on", "ukrainian", "soil"]) and \
            not _boots_onto_soil(sent.lower[e:e + 8]):
        unit = None  # only "boots on the ground" are troops ("50,000 boots from Canada": kit)
    if unit_word == "members" and len(lower) >= 2 and lower[-2] == "service":
        unit = "troops"  # (s56) "4,000 to about 60,000 service members": troops, not nations
    if unit_word == "strong" and [w for w in sent.lower[e:e + 3] if w not in (
            '"', "“", "‘", "'")][:1] == ["coalition"] and (high or low or 0) < 1000:
        # (15w: "a 64,000-strong coalition contingent" is the force's size, not its nations)
        unit, unit_word = "countries", "nation"  # "a 31-strong coalition": its nations (15t)
    return unit, unit_word, factor


def _a_strong_army(sent: Sent, e: int, unit_word: str | None) -> bool:
    """A "-strong" figure before an army's noun: the army's size, not a contingent's."""
    army_after = [w for w in sent.lower[e:e + 4] if w not in (
        "professional", "standing", "active", "regular", "national")]
    if unit_word == "strong" and army_after[:1] in (
            ["military"], ["army"], ["armed"], ["bundeswehr"], ["defence"], ["defense"]) and \
            (army_after[0] == "armed" or army_after[1:2] != ["forces"]
             and not FORCE_NOUNS.intersection(army_after[1:3])):
        return True  # (s30) "contributing its 8,500-strong military to ... operations": an army,
        # not "a 5,000-strong military contingent"
    return False


def _span_subject(
    sent: Sent, s: int, e: int, qstart: int, unit: str, unit_word: str | None, words: set[str],
    prev_lower: AbstractSet[str], lower: list[str], prev_nations: Sequence[str],
    offered: dict[str, str] | None, speaker_nation: str | None,
) -> tuple[str | None, str | None, bool]:
    """The span's subject and nation, and whether the sentence's structure gave it (deterring
    Russia's need, a table's row): the troop-size model keeps those."""
    subject, nation = _subject(sent, s, e, unit, unit_word, words, prev_lower, lower)
    row = (_table_row_nation(sent, s) or _labelled_line_nation(sent, qstart)) \
        if unit == "troops" and subject in (None, "european_force") else None
    if row is not None:  # (s63) "France | 5,000 to 10,000 troops | ready": structural, as
        return f"contribution:{row}", row, True  # the troop-size model keeps it
    if subject is None and unit == "troops" and speaker_nation is not None and \
            speaker_nation not in HOST_AND_ADVERSARY and _we_send(sent.lower, qstart):
        subject, nation = f"contribution:{speaker_nation}", speaker_nation  # (s62)
    if nation and "+" not in nation and unit == "troops":
        other = _compared_with(sent, s, nation)
        if other is not None:  # (s56) "France will provide about the same number of
            subject, nation = f"contribution:{other}", other  # troops as the UK, from
            # 5,000 to 10,000": France's figure, the UK its yardstick
    deterrers = unit == "troops" and subject in (None, "european_force") and \
        _deterrers_need(sent, s)
    if deterrers:
        subject, nation = "european_force", None
    # (s64) structural too: an option a brief lists ('Option 1 - "Tripwire": 5,000-10,000
    # troops'); a share's own figure ("the German share, if it came, could be between 8,000
    # and 12,000 soldiers")
    structural = deterrers or unit == "troops" and (
        subject == "european_force" and _option_label(sent.lower, qstart)
        or (subject or "").startswith("contribution:") and qstart >= 3
        and _share_noun_before(sent.lower, qstart - 1) is not None)
    if subject is None and unit == "troops":
        subject, nation = _carried(sent, words, prev_nations)
    if subject is None and unit == "troops" and offered:
        subject, nation = _unit_size(sent, s, offered)
    if subject in (None, "european_force") and unit == "troops" and offered and \
            offered.get(OFFERING_NATION) and \
            _one_nations_share(sent, qstart, offered[OFFERING_NATION]):
        subject, nation = f"contribution:{offered[OFFERING_NATION]}", offered[OFFERING_NATION]
    return subject, nation, structural


#: (s71) the key under which `offered` keeps the one nation whose offer the report has told ("" when
#: more than one nation has offered)
OFFERING_NATION = "*"
_ONE_SHARE_NOUNS = frozenset({"contingent", "contribution"})
_SHARE_GLUE = frozenset({"of", "between", "up", "to", "about", "around", "some", "roughly",
                         "could", "would", "might", "may", "will", "reach", "number", "total",
                         "be", "comprise", "include", "at", "most", "least", "as", "many"})


def _one_nations_share(sent: Sent, qstart: int, nation: str) -> bool:
    """(s71) "a contingent of between 3,000 and 5,000 troops", "the contribution could reach up
    to 200 soldiers" in a sentence naming no contributing nation but ``nation`` (the report's
    one offering nation): its share, not the whole force."""
    low = sent.lower
    k = qstart - 1
    while k >= 0 and qstart - k <= 5 and low[k] in _SHARE_GLUE:
        k -= 1
    if k < 0 or low[k] not in _ONE_SHARE_NOUNS or k == qstart - 1:
        return False
    if not _WHOLE_FORCE_WORDS.isdisjoint(low[max(0, k - 3):k]) or low[k - 1:k] == ["the"] and \
            low[k + 1:k + 2] == ["of"]:
        return False  # "a European contingent of ...", "the contingent of 30,000" (named before)
    return not any(m.iso3 not in HOST_AND_ADVERSARY and m.iso3 != nation and not m.governed
                   for m in sent.mentions)


_ROW_ELSEWHERE = frozenset({"border", "already", "stationed", "army", "active", "home", "reserve",
                            "reservists", "total", "standing"})


def _table_row_nation(sent: Sent, s: int) -> str | None:
    """(s63) The one nation a table's row (as text, cells set apart by "|") opens with, when the
    figure at ``s`` is in a later cell: "United Kingdom | up to 10,000 troops | ready"."""
    low = sent.lower
    lead = 1 if low[:1] == ["|"] else 0  # (s64) a row with its leading bar: "| France | ..."
    if "|" not in low[lead + 1:lead + 8] or "|" not in low[lead:s]:
        return None
    bar = low.index("|", lead)
    names = [m for m in sent.mentions if lead <= m.start and m.end <= bar]
    if not _ROW_ELSEWHERE.isdisjoint(low) or len({m.iso3 for m in names}) != 1 or \
            names[0].iso3 in HOST_AND_ADVERSARY or any(
            not any(m.start <= k < m.end for m in names) and low[k] not in ("the", "-", "•", "*")
            for k in range(lead, bar)):
        return None
    return names[0].iso3


_LINE_LABEL_MARKS = frozenset({":", "-", "–", "—"})


def _labelled_line_nation(sent: Sent, qstart: int) -> str | None:
    """(s66) The one nation a verbless line opens with, its figure right after the label mark:
    "- United Kingdom: up to 10,000 troops", "Britain - up to 10,000 troops;" (a tracker's or
    a list's line, as a table's row)."""
    low = sent.lower
    lead = 1 if low[:1] and low[0] in ("-", "•", "*", "–") else 0
    names = [m for m in sent.mentions if m.start in (lead, lead + 1) and m.end < qstart]
    if len(names) != 1 or names[0].iso3 in HOST_AND_ADVERSARY or \
            low[lead:names[0].start] not in ([], ["the"]):
        return None
    mark = names[0].end
    return names[0].iso3 if mark == qstart - 1 and low[mark] in _LINE_LABEL_MARKS else None


# (s64) a table's column of troop figures, by its header's troop words ("Troops", "Troop
# offer", "Soldiers mentioned"), and not troops elsewhere, lost or needed ("Active troops",
# "Troops stationed in Poland", "Russian troops needed")
_TROOP_COLUMN = frozenset({"troops", "troop", "soldiers", "personnel"})
_NOT_TROOP_COLUMN = frozenset({"army", "active", "strength", "spending", "gdp", "budget", "already",
                               "current", "total", "reserve", "reservists", "aid", "eur", "euros",
                               "billion", "million", "%", "population", "stationed", "based",
                               "killed", "dead", "died", "casualties", "wounded", "lost",
                               "battlegroup", "battlegroups", "needed", "russian", "russia",
                               "ukrainian", "nato", "exercise", "exercises", "trained"})


def table_cells(low: Sequence[str]) -> list[tuple[int, int]] | None:
    """(s64) The token spans of a table row's cells, set apart by "|" (a leading and a trailing
    bar dropped), or None when the line is no row."""
    bars = [k for k, w in enumerate(low) if w == "|"]
    if len(bars) < 2 and not (bars and 0 < bars[0] < len(low) - 1):
        return None
    edges = [-1, *bars, len(low)]
    cells = [(a + 1, b) for a, b in zip(edges, edges[1:], strict=False)]
    if cells and cells[0][0] == cells[0][1]:
        cells = cells[1:]
    if cells and cells[-1][0] >= cells[-1][1] or cells and all(
            w in (".",) for w in low[cells[-1][0]:cells[-1][1]]):
        cells = cells[:-1]
    return cells if len(cells) >= 2 else None


def table_cell_sizes(sent: Sent, columns: Sequence[AbstractSet[str]],
                     spans: list[tuple[int, int]]) -> list[tuple[QuantityHit, int, int]]:
    """(s64) A figure alone in a troops column of a nation's row ("| France | Ready | 6,000-10,000
    |", under "| Country | Position | Troops |"): that nation's contribution."""
    low = sent.lower
    cells = table_cells(low)
    if cells is None or len(cells) != len(columns):
        return []
    a0, b0 = cells[0]
    names = {m.iso3 for m in sent.mentions if a0 <= m.start and m.end <= b0}
    nation: str | None = None
    if not _OPTION_LABELS.isdisjoint(columns[0]):
        subject = "european_force"  # an option's row: "A. Tripwire | ... | 5,000-10,000 |"
    elif len(names) != 1 or (nation := names.pop()) in HOST_AND_ADVERSARY or "+" in nation:
        return []
    else:
        subject = f"contribution:{nation}"
    out: list[tuple[QuantityHit, int, int]] = []
    for (a, b), header in zip(cells[1:], columns[1:], strict=False):
        if _TROOP_COLUMN.isdisjoint(header) or not _NOT_TROOP_COLUMN.isdisjoint(header) or \
                any(a <= x < b for x, _ in spans):
            continue
        k = next((x for x in range(a, b) if low[x][:1].isdigit()), None)
        if k is None:
            continue
        figure = _figure_without_unit(sent, k)
        qual, qstart = _qualifier(sent, k)
        if figure is None or qstart < a or any(low[x] not in _OPENING_QUOTES for x in range(a, qstart)):
            continue
        nums, end = figure
        tail = low[end:b]
        plus = tail[:1] in (["+"], ["plus"])
        if tail and not plus and tail[0] not in ("(", ",", ";") and tail[0] not in TROOP_UNITS:
            continue  # ("| 6,000 tanks |": no troops)
        lo_v, hi_v, qualifier = _bounds(nums, qual, "plus" if plus else "")
        out.append((replace(_hit(sent, subject, nation, "troops", lo_v, hi_v, qualifier, qstart,
                                 end + plus, sent.tok(k).text), structural=True),
                    qstart, end + plus))
    return out


def _floor_read(sent: Sent, s: int, e: int, subject: str | None, low: float | None,
                high: float | None, qualifier: str) -> tuple[float | None, str]:
    """A troop figure said to be a floor: its upper bound dropped, "at least" its qualifier."""
    if (subject in (None, "ukraine_request", "european_force")) and \
            low is not None and low == high and floor_after(sent.lower, e):
        high, qualifier = None, "at least"  # "100,000, which is the lower limit ..."; (s43)
        # the force's too, and one whose owner a later pass finds ("A contingent of 200,000
        # troops is the minimum required", Zelensky's after his sentence)
    if low is not None and low == high and \
            sent.lower[max(0, s - 2):s] in (["smaller", "than"], ["fewer", "than"], ["less", "than"]) \
            and _FALLS_SHORT.search(" ".join(sent.lower[e:e + 10])):
        high, qualifier = None, "at least"  # (s43) "A force smaller than 100,000 troops would
        # likely be insufficient": the floor of a sufficient force
    if low is not None and low == high and \
            sent.lower[e:e + 2] in (["or", "more"], ["or", "above"], ["or", "higher"]):
        high, qualifier = None, "at least"  # (s26) "100,000 soldiers or more"
    return high, qualifier


def _an_army_or_home_soil(sent: Sent, e: int, qstart: int, unit: str, subject: str | None,
                          nation: str | None, low: float | None, high: float | None,
                          qualifier: str) -> bool:
    """Troops kept at home, or a whole army (a part taken from it, a nation's, too large)."""
    if nation and "+" not in nation and _home_soil(sent.lower, e, nation):
        return True  # (15w) "thousands of Polish soldiers will be deployed on Polish territory"
    if unit == "troops" and _of_its_own(sent.lower, qstart):
        return True  # (s62) "Italy will not send any of its 165,000 soldiers", "10,000 of
        # their 70,000 troops": the whole army a part is taken from
    if unit == "troops" and (subject == "european_force" or (subject or "").startswith(
            "contribution:")) and _nation_has(sent, qstart):
        return True  # "Poland, with 200,000 soldiers, ...", "Britain has 70,000 soldiers": an army
    if unit == "troops" and subject is not None and implausible_force(subject, low, high,
                                                                      qualifier):
        return True  # "an 800,000-strong force", "Russia's 1.5 million personnel": an army
    return False


def _sentence_passes(sent: Sent, out: list[tuple[QuantityHit, int, int]],
                     spans: list[tuple[int, int]], words: set[str],
                     prev_lower: AbstractSet[str]) -> list[tuple[QuantityHit, int, int]]:
    """The sentence-level passes over the spans' quantities: more figures, bounds, merges."""
    out.extend(_share_counts(sent, out, words, prev_lower))
    out.extend(_unitless(sent, prev_lower, [(s, e) for s, e in spans]))
    out.sort(key=lambda h: h[1])
    out.extend(_compared(sent, out, spans))
    out.extend(bare_troop_figures(sent, out, spans, prev_lower))  # "initially 60,000, then 40,000" (15m)
    out = [h for h in out if not (h[0].unit == "troops" and implausible_force(
        h[0].subject, h[0].low, h[0].high, h[0].qualifier))]
    out = [h for h in out if not (h[0].unit == "troops" and _yardstick(sent.lower, h[1]))]
    out = [(replace(h, high=None, qualifier="at least"), a, b)
           if h.unit == "troops" and h.low is not None and h.low == h.high
           and (_or_more_after(sent.lower, b) or _or_more_after(sent.lower, a + 1))
           else (h, a, b) for h, a, b in out]  # (s45) or inside the figure's span
    out = [(replace(h, low=None, qualifier="up to"), a, b)
           if h.unit == "troops" and h.low is not None and h.low == h.high
           and _at_most_after(sent.lower, b) else (h, a, b) for h, a, b in out]
    out = _from_to(sent, [_of_which(sent, h, a, b) for h, a, b in out])
    out = [_bound_after(sent, h, a, b) for h, a, b in out]
    return _merge_conversions(sent, _without_range_ends(out))


def _without_range_ends(out: list[tuple[QuantityHit, int, int]]) -> list[tuple[QuantityHit, int, int]]:
    """(s63) A range's upper end read again on its own ('"around 10 to 12 thousand" troops': the
    quote split the range from its unit, so 12,000 was read beside 10,000-12,000): dropped."""
    ranges = [(h, a, b) for h, a, b in out
              if h.unit == "troops" and h.low is not None and h.high is not None and h.low < h.high]
    return [(h, a, b) for h, a, b in out if not (
        h.unit == "troops" and h.low is not None and h.low == h.high and any(
            r.subject == h.subject and r.high == h.high and ra <= a < rb for r, ra, rb in ranges))]


def _of_its_own(low: list[str], qs: int) -> bool:
    """(s62) The figure is the whole a part is taken from: "any (none, 10,000) of its (their,
    our) 165,000 soldiers"."""
    return qs >= 2 and low[qs - 1] in ("its", "their", "our") and low[qs - 2] == "of"


_WE = frozenset({"we", "i"})


def _we_send(low: list[str], qs: int) -> bool:
    """(s62) The speaker's own nation sends the figure: "we" (or "I") the subject of a sending
    verb right before it ("We are ready to send 5,000 troops", "we could send up to 10,000
    soldiers", "we will contribute a unit of 150"), within its clause."""
    verb = next((k for k in range(qs - 1, max(-1, qs - 6), -1) if low[k] in _SEND_VERBS), None)
    if verb is None:
        return False
    for k in range(verb - 1, max(-1, verb - 7), -1):
        if low[k] in _WE:
            return True
        if low[k] in (",", ";", ":", "but", "and", "that", "which", "who") or low[k] in MONEY_SIGNS:
            return False
    return False


def _bound_after(sent: Sent, h: QuantityHit, a: int, b: int) -> tuple[QuantityHit, int, int]:
    """(s59) A bound said after a figure with no unit word: '"200,000 is the minimum"' (a
    floor), "a force of 25,000 at most" (a ceiling)."""
    if h.unit != "troops" or h.low is None or h.low != h.high:
        return h, a, b
    low = sent.lower
    nxt = low[b + 2:b + 3]
    if nxt and (nxt[0][:1].isdigit() or nxt[0] in WORD_NUMBERS or nxt[0] in ("a", "an", "one")):
        return h, a, b  # "30,000 soldiers at least 100 kilometres from the front": the next's
    if low[b:b + 2] in (["at", "most"], ["at", "maximum"], ["maximum"]):
        return replace(h, low=None, qualifier="up to"), a, b
    if low[b:b + 2] in (["at", "least"], ["minimum"], ["at", "minimum"]) or floor_after(low, b):
        return replace(h, high=None, qualifier="at least"), a, b
    return h, a, b


_TO_FILL = frozenset({"as", "many", "much", "up", "about", "around", "some", "possibly",
                      "perhaps", "even", "maybe", "roughly", "nearly", "almost"})
_FROM_FILL = frozenset({"a", "an", "modest", "mere", "just", "only", "as", "few", "low", "little",
                        "small", "minimum", "of", "around", "about", "some", "roughly"})


def _from_to(sent: Sent, hits: list[tuple[QuantityHit, int, int]]) -> list[tuple[QuantityHit, int, int]]:
    """(s59) "vary from a modest 4,000 soldiers to as many as 60,000": one range, 4,000 to
    60,000, not "up to 60,000" (the lower figure's unit word keeps it out of the later one's
    span)."""
    low = sent.lower
    out = list(hits)
    for i, (h, a, b) in enumerate(hits):
        if h.unit != "troops" or h.subject not in ("european_force", "ukraine_request") and \
                not h.subject.startswith("contribution:"):
            continue
        k = a - 1
        while k >= 0 and low[k] in _TO_FILL:
            k -= 1
        if k < 2 or low[k] != "to":
            continue
        k -= 1
        if low[k] in TROOP_UNITS:
            k -= 1
        if k < 1 or not low[k][:1].isdigit():
            continue
        first = parse_number(sent.tok(k).text)
        j = k - 1
        while j >= 0 and low[j] in _FROM_FILL:
            j -= 1
        top = h.high if h.high is not None else h.low
        if j < 0 or low[j] != "from" or first is None or top is None or not first < top:
            continue
        out[i] = (replace(_hit(sent, h.subject, h.nation, h.unit, first, top, "", k, b,
                               sent.tok(k).text), structural=True), k, b)
        out = [o for o in out if not (o[0].unit == "troops" and k <= o[1] < a and o is not out[i])]
    return out


_OF_WHICH = (["of", "which"], ["of", "whom"], ["of", "them"])
_SHARE_VERBS = frozenset({"are", "were", "would", "will", "could", "be", "come", "coming",
                          "from", "is", "being", "to"})


def _of_which(sent: Sent, h: QuantityHit, a: int, b: int) -> tuple[QuantityHit, int, int]:
    """(s59) "a 30,000-strong corps, of which 20,000 would be British (come from Britain)": the
    share is that nation's contribution, not a second size of the force."""
    if h.unit != "troops" or h.subject != "european_force":
        return h, a, b
    owner = _share_owner(sent, a, b)
    if owner is None:
        return h, a, b
    return replace(_hit(sent, f"contribution:{owner}", owner, h.unit, h.low, h.high, h.qualifier,
                        a, b, h.number_text), structural=True), a, b


def _share_owner(sent: Sent, a: int, b: int) -> str | None:
    """The nation of "of which <figure> are British (come from Britain)", or None."""
    if sent.lower[max(0, a - 2):a] not in _OF_WHICH:
        return None
    for m in sent.mentions:
        if b <= m.start <= b + 4 and m.iso3 not in HOST_AND_ADVERSARY and \
                set(sent.lower[b:m.start]) <= _SHARE_VERBS:
            return m.iso3
    return None


def _compared_with(sent: Sent, s: int, nation: str) -> str | None:
    """(s56) The nation ``nation`` a figure at ``s`` was given to stands after "the same
    number (as many troops) ... as": the yardstick; the figure is the clause subject's, returned
    when exactly one nation is that subject."""
    low = sent.lower
    m = next((m for m in sent.mentions if m.iso3 == nation and m.end <= s and s - m.end <= 4
              and m.start >= 1 and (low[m.start - 1] == "as" or low[m.start - 2:m.start] ==
                                    ["as", "the"])), None)  # (s57) "as the UK"

    lead = low[max(0, m.start - 6):m.start] if m is not None else []
    if m is None or "same" not in low[max(0, m.start - 7):m.start] or not {"number", "many"} & set(lead):
        return None  # (review s56: "the same number (as many troops) as", not "the same role as")
    if not set(low[m.end:s]) <= {",", "from", "about", "around", "some", "roughly", "-", "–"}:
        return None  # (review s56) "... as Britain, which has offered 10,000": Britain's own
    subj = {a.iso3 for a in sent.subject_actors(m.start - 1, exclude=HOST_AND_ADVERSARY)} - {nation}
    return subj.pop() if len(subj) == 1 else None


def _yardstick(low: list[str], s: int) -> bool:
    """(s44) A figure after "than" that no comparative of size qualifies: "a better security
    guarantee than (the) 20,000 troops from some random country" compares with it (as the s43
    reading of a matched span, for every path that finds a troop figure); "more than 20,000"
    and "a force larger than 20,000" keep it"""
    j = s - 1
    if j >= 0 and low[j] in ("the", "a", "some", "those", "these"):
        j -= 1
    return j >= 1 and low[j] == "than" and low[j - 1] not in _COMPARATIVES \
        and _SIZE_COMPARED.isdisjoint(low[max(0, j - 6):j])


# "far fewer soldiers are needed than the 120,000 called for by Kyiv", "a smaller force would do
# than the 90,000 requested": sizes compared with sizes, the figure another claim's
_SIZE_COMPARED = frozenset({"fewer", "more", "less", "smaller", "larger", "bigger"})


def _or_more_after(low: list[str], e: int) -> bool:
    """(s44) "could send 10,000 or even more troops", "20,000 or more of our soldiers": the
    figure is a floor (as "100,000 soldiers or more", s26), the unit word after the "or more"
    """
    tail = [w for w in low[e:e + 4] if w not in ("even", "possibly", "perhaps", "maybe")]
    return tail[:2] in (["or", "more"], ["or", "above"], ["or", "higher"])


def _at_most_after(low: list[str], e: int) -> bool:
    """(s62) "the talk in Whitehall is of 25,000 at most", "20,000 troops at the most": the
    figure is a ceiling."""
    return low[e:e + 2] == ["at", "most"] or low[e:e + 3] == ["at", "the", "most"]


_ARMS = frozenset({"arms", "weapons", "ammunition", "munitions", "artillery"})
_FOR_THE_FORCE = frozenset({"mission", "force", "contingent", "operation"})


def _arms_for_the_force(lower: list[str], e: int) -> bool:
    """(s41) The arms a count of nations offers go to the force: "28 states have signalled
    readiness to provide weapons, logistics and intelligence to the peacekeeping mission" (the
    nations back the force), not "supplying arms to Kyiv"."""
    for k in range(e, min(len(lower), e + 16)):
        if lower[k] in (".", ";"):
            return False
        if lower[k] == "to" and not _FOR_THE_FORCE.isdisjoint(lower[k + 1:k + 4]):
            return True
    return False


# unnamed nations as the senders ("spoke of participating nations each deploying ..."; s18)
OTHER_NATION_NOUNS = frozenset({"nations", "countries", "states", "members", "partners"})


def _part_of(sent: Sent, s: int, unit: str, whole: float | None) -> float | None:
    """The smaller count in "six out of thirty countries" (the nations that did what the
    sentence says), or None."""
    if unit != "countries" or s < 3 or sent.lower[s - 2:s] != ["out", "of"]:
        return None
    part = _number(sent.tok(s - 3).text)
    return part if part is not None and whole is not None and 0 < part < whole else None


def _falling_pair(sent: Sent, s: int, e: int, nums: list[float], factor: float, qual: str,
                  qstart: int, subject: str, nation: str | None, unit: str,
                  ) -> list[tuple[QuantityHit, int, int]]:
    """"from over 100,000 to about 20,000 troops": the earlier figure (with the qualifier before
    the span) and the later one (with the qualifier after "to"), each its own claim."""
    to = s + sent.lower[s:e].index("to")
    second = next((k for k in range(to + 1, e) if sent.tok(k).like_num), to + 1)
    qual2, qs2 = _qualifier(sent, second)
    if qs2 <= to:
        qual2 = ""  # the qualifier found runs back past "to": the later figure has none
    out = []
    for value, q, a, b, k in ((nums[0], qual, qstart, to, s), (nums[1], qual2, to + 1, e, second)):
        lo, hi, q = _bounds([round(value * factor, 1)], q, "")
        out.append((_hit(sent, subject, nation, unit, lo, hi, q, a, b, sent.tok(k).text), a, b))
    return out


_SOIL = frozenset({"territory", "soil"})


def _home_soil(low: list[str], e: int, nation: str) -> bool:
    """(15w) A nation's troops placed on its own territory (rear support at home, its border):
    *territory* or *soil* within twelve words after the figure, right after *own* or the
    nation's own adjective."""
    for k in range(e, min(len(low), e + 12)):
        if low[k] in _SOIL and k >= 1 and (low[k - 1] == "own"
                                           or _DEMONYM_OF.get(low[k - 1]) == nation):
            return True
    return False


_DOUBLE = frozenset({"double", "twice"})
_THAT = frozenset({"that", "this"})
_AMOUNT = frozenset({"number", "figure", "amount", "size"})


def _doubled_after(low: list[str], e: int) -> bool:
    """(15w) "would require 100,000 soldiers, but possibly double that number": the figure
    named, then twice it as the upper end, within the next ten words."""
    for k in range(e, min(len(low) - 2, e + 10)):
        if low[k] in _DOUBLE and low[k + 1] in _THAT and low[k + 2] in _AMOUNT:
            return True
    return False


# the largest figure anyone has named for the force is Ukraine's request of 200,000 (docs/
# evidence.md §4; no gold size of the five real sets is above it, while every larger troop figure
# there is an army, a mobilisation or a population): a larger one is no force size, except
# "hundreds of thousands" (a vague range that starts at 100,000)
MAX_FORCE = 200_000.0


def implausible_force(subject: str, low: float | None, high: float | None,
                      qualifier: str) -> bool:
    """A force size larger than any named for the force (MAX_FORCE): an army's size; or (s44) a
    request of Ukraine's below MIN_FORCE ("at least 200 soldiers are needed", a figure that lost
    its thousands: Ukraine has asked for tens of thousands and more)."""
    if not (subject in ("european_force", "ukraine_request") or subject.startswith(
            "contribution:")) or qualifier == "hundreds of thousands":
        return False
    top = max((x for x in (low, high) if x is not None), default=0.0)
    return top > MAX_FORCE or (subject == "ukraine_request" and 0 < top < MIN_FORCE)


def _zero_led(text: str) -> bool:
    """A number written with a leading zero ("01", "06"): part of a date or a code."""
    return len(text) > 1 and text[0] == "0" and text[1].isdigit()


# several nations, each with its own figure: not one force
_EACH = frozenset({"each", "apiece", "respectively", "per"})
_YEAR = re.compile(r"^(19|20)\d\d$")
# an estimate of a size, in a sentence following one about the force
# a size put as a possibility, with no nation named ("around 40,000 troops might be realistic"):
# the force the sentence before speaks of
_HEDGES = frozenset({"might", "could", "may", "realistic", "feasible", "possible"})
_ESTIMATE_WORDS = frozenset({"enough", "sufficient", "suffice", "minimum", "maximum", "estimate",
                             "estimates", "estimated", "needed", "required", "necessary"})


def _pronoun_gives(sent: Sent, s: int) -> bool:
    """"it" is the subject of a contribution verb before the figure at ``s`` ("..., it could
    soon be required to provide 15,000 ground troops"): one nation's (or army's) troops, named
    in another sentence, not the European force."""
    low = sent.lower
    lo = sent.clause_start(s)
    for k in range(lo, s):
        if low[k] == "it" and any(w in CONTRIB_VERBS for w in low[k + 1:min(s, k + 8)]):
            return True
    return False


def _it_told(sent: Sent, s: int) -> str | None:
    """(15w) "The UK tells allies it may send 10,000 troops": "it", the subject of a
    contribution verb before the figure, stands for the one nation that speaks (tells, says)
    right before it in the sentence."""
    low = sent.lower
    for k in range(max(1, s - 10), s):
        if low[k] == "it" and any(w in CONTRIB_VERBS for w in low[k + 1:min(s, k + 8)]):
            speakers = [m for m in sent.mentions if m.end <= k and m.end < len(low)
                        and low[m.end] in (_TELL | _SAYS) and k - m.end <= 4
                        and m.iso3 not in HOST_AND_ADVERSARY]
            return speakers[-1].iso3 if len(speakers) == 1 else None
    return None


# after a troop figure: a density or a rate ("7 soldiers per kilometre"), not a size
_RATE_WORDS = frozenset({"per", "for every", "a day", "each"})
# the smallest figure read as the size of the whole European force: a multinational force of
# fewer than 1,000 is a unit of it, a rate or a slip of translation ("up to 100 people")
MIN_FORCE = 1000.0


# words before a second figure compared with a first one ("25,000 troops, far short of the 64,000
# proposed", "down from 30,000", "rather than 10,000"): the unit and subject carry over
_COMPARED = (("short", "of"), ("instead", "of"), ("rather", "than"), ("down", "from"),
             ("up", "from"), ("compared", "with"), ("compared", "to"), ("not",))
_FORCE_SUBJECTS = frozenset({"european_force", "ukraine_request"})


def _compared(sent: Sent, hits: list[tuple[QuantityHit, int, int]],
              spans: list[tuple[int, int]]) -> list[tuple[QuantityHit, int, int]]:
    """A unit-less figure compared with a troop figure before it in the sentence: the same
    subject and unit ("would struggle to muster 25,000 troops — far short of the 64,000
    originally proposed")."""
    low = sent.lower
    out: list[tuple[QuantityHit, int, int]] = []
    taken = [(a, b) for _, a, b in hits] + list(spans)
    for hit, _a, b in hits:
        if hit.unit == "countries":
            out.extend(_out_of(sent, b, taken))
            out.extend(_elliptic_count(sent, b, taken))
            continue
        if hit.unit != "troops" or not (hit.subject in _FORCE_SUBJECTS
                                        or hit.subject.startswith("contribution:")):
            continue
        for k in range(b, min(len(low), b + 12)):
            if not low[k][:1].isdigit() or any(x <= k < y for x, y in taken):
                continue
            value = parse_number(sent.tok(k).text)
            nxt = low[k + 1] if k + 1 < len(low) else ""
            if value is None or value < 1000 or 1900 <= value <= 2100 or (
                    nxt[:1].isalpha() and nxt not in _AFTER_OK
                    and not nxt.endswith(("ly", "ed"))):
                break  # "64,000 tanks": another thing
            j = k - 1 if low[k - 1] in ("the", "a") else k
            if not any(tuple(low[j - len(c):j]) == c for c in _COMPARED) or \
                    _not_this_force(sent, k, k + 1) or \
                    any(w in CASUALTY for w in sent.window(k, 6, 7)):
                break
            end, high = k + 1, value
            if low[k + 1:k + 2] in (["to"], ["-"], ["–"]) and k + 2 < len(low) and \
                    low[k + 2][:1].isdigit():
                second = parse_number(sent.tok(k + 2).text)
                if second is not None and second > value:
                    end, high = k + 3, second  # (s62) "well short of the 25,000 to 30,000 that
                    # British planners have described as the minimum": the range, whole
            out.append((QuantityHit(subject=hit.subject, subject_label=hit.subject_label,
                                    nation=hit.nation, unit="troops", low=value, high=high,
                                    qualifier="exact" if high == value else "range",
                                    text=sent.text_of(k, end),
                                    number_text=sent.tok(k).text), k, end))
            break
    return out


def _carried(sent: Sent, words: set[str],
             prev_nations: Sequence[str]) -> tuple[str | None, str | None]:
    """A contribution whose sentence names no acting nation: the one nation the sentence before
    opens with ("Estonia pledged a company ... . The first 50 soldiers deployed on 16 June")."""
    nations = [n for n in dict.fromkeys(prev_nations) if n not in HOST_AND_ADVERSARY]
    if len(nations) != 1 or not words & CONTRIB_CUES or each_of_many(sent.lower) or any(
            not m.governed and m.iso3 not in HOST_AND_ADVERSARY for m in sent.mentions):
        return None, None
    return f"contribution:{nations[0]}", nations[0]


_EACH_OF_MANY = frozenset({"contributing", "participating", "member", "ally", "partner",
                           "troop-contributing", "nato"})


def each_of_many(low: list[str]) -> bool:
    """(review s64) "each (every) contributing nation would be expected to send at least
    1,000": a figure per nation, no one nation's."""
    return any(w in ("each", "every") and low[k + 1:k + 2] != [] and low[k + 1] in _EACH_OF_MANY
               for k, w in enumerate(low))


_COMPARATIVES = frozenset({"more", "less", "fewer", "greater", "larger", "bigger", "higher", "lower",
                          "smaller", "rather", "other", "no", "'", '"', "“", "‘"})
_FALLS_SHORT = re.compile(r"\b(?:insufficient|inadequate|not (?:be )?enough|too (?:small|few|weak)|"
                          r"not (?:be )?credible)\b")  # (s64) "fewer than 100,000 would not be credible"
_FLOOR_FILLER = frozenset({"the", "a", "bare", "absolute"}) | _OPENING_QUOTES


def _short_of_credible(low: float | None, high: float | None, qualifier: str,
                       after: list[str]) -> tuple[float | None, float | None, str]:
    """(s64) "fewer than N" that the words after it call too few ("a contingent of fewer than
    100,000 troops would not be credible"): N is the floor of a credible force."""
    if low is None and qualifier == "fewer than" and _FALLS_SHORT.search(" ".join(after)):
        return high, None, "at least"
    return low, high, qualifier


def floor_after(low: list[str], e: int) -> bool:
    """A figure called a floor after it: "100,000 soldiers ..., which is the lower limit"."""
    after = low[e:e + 12]
    if [w for w in after[:6] if w not in _FLOOR_FILLER][:2] in (  # (s31) 'is the "minimum"'
            ["are", "minimum"], ["is", "minimum"], ["was", "minimum"], ["were", "minimum"]):
        return True  # (s30) "200,000 soldiers are the minimum required"
    if "which" not in after and "," not in after and \
            not {'"', "“", "‘", "'"} & set(after[:1]):  # (s22) '200,000 troops "at a minimum"'
        return False
    return any(tuple(after[k:k + len(f)]) == f for f in _FLOOR for k in range(len(after)))


UNIT_NOUNS = frozenset({"company", "battalion", "brigade", "platoon", "regiment", "division",
                        "battlegroup", "unit"})


def _unit_size(sent: Sent, s: int, offered: dict[str, str]) -> tuple[str | None, str | None]:
    """The size of a unit a nation offered earlier in the report, explained in a sentence of
    its own ("Estonia can contribute a company-sized unit. ... A company ranges from 50 to 250
    soldiers"): that nation's contribution."""
    low = sent.lower
    lo = sent.clause_start(s)
    head = [w for w in low[lo:s] if w not in ("a", "an", "the", "such", "each", "one")]
    for w in head[:2]:
        if w in offered and not sent.free_mentions(lo, s):
            return f"contribution:{offered[w]}", offered[w]
    return None, None


def _out_of(sent: Sent, b: int, taken: list[tuple[int, int]]) -> list[tuple[QuantityHit, int, int]]:
    """The whole after a count of nations ("eight countries are ready ..., out of 31 in the
    coalition"): the coalition's size, written without a unit."""
    low = sent.lower
    for k in range(b, min(len(low) - 1, b + 20)):
        if low[k] == "out" and low[k + 1] == "of" and k + 2 < len(low) and \
                low[k + 2][:1].isdigit() and not any(x <= k + 2 < y for x, y in taken):
            value = parse_number(sent.tok(k + 2).text)
            if value is not None and 2 <= value < 200 and (
                    "coalition" in low[k + 3:k + 7] or set(low[k + 3:k + 5]) & COUNTRY_UNITS):
                return [(_hit(sent, "coalition_size", None, "countries", value, value, "exact",
                              k + 2, k + 3, sent.tok(k + 2).text), k + 2, k + 3)]
    return []


_ELLIPTIC_APPROX = frozenset({"about", "around", "some", "roughly", "nearly", "almost",
                              "approximately", "only", "just"})
_ELLIPTIC_VERBS = frozenset({"are", "have", "were", "had", "would", "will", "could", "may",
                             "might", "said", "say", "signalled", "signaled", "indicated",
                             "assumed", "made", "pledged", "committed", "offered"})  # (s66)
_ELLIPTIC_JOINS = frozenset({"and", "while", "whereas", "but", "of", "with"})
_REFUSING = frozenset({"ruled", "refused", "declined", "rejected", "not", "no", "never",
                       "undecided", "opposed", "against", "n't"})
_HEARSAY = frozenset({"reportedly", "already", "now", "reported", "said", "apparently",
                      "thought", "believed"})


# (s42) "35 members, with 26 expressing willingness to deploy": "with", a count, a participle
_WITH_PARTICIPLES = frozenset({"expressing", "ready", "willing", "prepared", "pledging", "offering",
                               "agreeing", "committing", "signalling", "signaling", "saying",
                               "promising", "volunteering"})


def _elliptic_count(sent: Sent, b: int, taken: list[tuple[int, int]]
                    ) -> list[tuple[QuantityHit, int, int]]:
    """(s41) A second count of nations whose noun is left out, as the subject of the next clause:
    "some 40 nations are negotiating the guarantees, and about 12 are discussing troop
    contributions" (the 12 are nations too). Only after a comma and a joining word, a whole
    number, then a verb."""
    low = sent.lower
    for k in range(b, min(len(low) - 3, b + 25)):
        if low[k] in (".", ";"):
            return []
        # (s66) "Of the 35 countries in the coalition, 26 have committed ...": the count after
        # the comma closing an opening "Of the N ..."
        opening_of = low[:2] == ["of", "the"] and low[k + 1:k + 2] != [] and \
            (low[k + 1][:1].isdigit() or low[k + 1] in _ELLIPTIC_APPROX or low[k + 1:k + 3] == _A_DOZEN)
        if low[k] != "," or low[k + 1] not in _ELLIPTIC_JOINS and not opening_of:
            continue
        j = k + 1 if opening_of else k + 2
        if low[k + 1] == "of":  # ", of which about 10 are ..."
            if low[j:j + 1] not in (["which"], ["whom"]):
                continue
            j += 1
        approx = low[j] in _ELLIPTIC_APPROX
        j += 1 if approx else 0
        first = j
        dozen = low[j:j + 2] == _A_DOZEN  # (s74) "Of the 30 countries, about a dozen have said"
        j += 1 if dozen else 0
        # (s45) "..., with 15 reportedly ready to contribute their troops": an adverb between
        after = j + 2 if low[j + 1:j + 2] and low[j + 1] in _HEARSAY else j + 1
        if low[j + 1:j + 3] == ["of", "them"]:
            after = j + 3  # (s56) "31 countries took part, and 26 of them have committed troops"
        if after >= len(low) or not (low[j][:1].isdigit() or dozen) or any(x <= j < y for x, y in taken) or \
                low[after] not in _ELLIPTIC_VERBS and not (
                    low[k + 1] == "with" and low[after] in _WITH_PARTICIPLES):
            continue
        value = 12.0 if dozen else parse_number(sent.tok(j).text)
        if value is None or value != int(value) or not 2 <= value < 200:
            continue
        rest = set(low[j + 1:sent.clause_end(j + 1)])
        if not _REFUSING.isdisjoint(rest):
            continue  # (review s56) "..., and 5 (of them) have ruled out sending troops": the
            # nations that refuse, no count of the coalition's
        subject = "countries_pledged" if rest & (TROOP_UNITS | {"troop", "contributions",
                                                                "contribution"}) \
            else "coalition_size"
        return [(_hit(sent, subject, None, "countries", value, value,
                      "about" if approx or dozen else "exact", first - (1 if approx else 0), j + 1,
                      sent.text_of(first, j + 1)), first, j + 1)]
    return []


_A_DOZEN = ["a", "dozen"]


_COUNTRY_NOUNS = frozenset({"countries", "nations", "states"})


def _from_many(sent: Sent, e: int) -> bool:
    """(s56) "personnel from the UK and various European nations": "from" at ``e``, nations
    named, then "and" and unnamed others in the same phrase (not "from Britain, with several
    other countries adding ...")."""
    low = sent.lower
    named = {k for m in sent.mentions for k in range(m.start, m.end)}
    k = e + 1
    while k < min(len(low), e + 8) and (k in named or low[k] in ("the", ",")):
        k += 1
    return k > e + 1 and low[k:k + 1] == ["and"] and low[k + 1:k + 2] != [] and \
        low[k + 1] in _MANY_AFTER and not _COUNTRY_NOUNS.isdisjoint(low[k + 2:k + 5])


_MANY_AFTER = frozenset({"various", "other", "several", "many", "allied", "partner"})
_SHARE_NOUNS = frozenset({"countries", "nations", "states", "allies", "members"})


def _share_counts(sent: Sent, found: list[tuple[QuantityHit, int, int]], words: set[str],
                  prev_lower: AbstractSet[str]) -> list[tuple[QuantityHit, int, int]]:
    """A count given as a share of a group: "26 of the 35 countries had pledged to contribute",
    "26 of Ukraine's allies committed to deploying troops" (the number before *of* counts
    nations too; 15t). Only a whole number, *of*, then within five tokens a noun of nations with
    nothing but a determiner, a possessor, a number or a modifier between."""
    low = sent.lower
    taken = {k for _h, a, b in found for k in range(a, b)}
    out: list[tuple[QuantityHit, int, int]] = []
    for k in range(len(low) - 2):
        if k in taken or low[k + 1] != "of" or not sent.tok(k).like_num:
            continue
        n = _number(sent.tok(k).text)
        head = _number_start(sent, k)
        if head < k:  # (s65) "Twenty-six of the 35 countries": the number starts at its tens
            n = _number(f"{sent.tok(head).text}-{sent.tok(k).text}")
        if n is None or n != int(n) or not 5 <= n <= 60:
            continue
        if low[k + 2] == "them" and not any(h.unit == "countries" for h, _a, _b in found) and \
                _COUNTRY_NOUNS & set(low[:k]):
            # (15w) "Which countries are ready to send troops is not known, but there are about
            # 30 of them": the pronoun carries the nations named before it in the sentence
            subject, _nation = _subject(sent, k, k + 1, "countries", "countries", words,
                                        prev_lower, [low[k], "countries"])
            if subject is not None:
                qual, qstart = _qualifier(sent, k)
                lo_v, hi_v, qualifier = _bounds([n], qual, "")
                out.append((_hit(sent, subject, None, "countries", lo_v, hi_v, qualifier, qstart,
                                 k + 3, sent.tok(k).text), qstart, k + 1))
            continue
        end = None
        for j in range(k + 2, min(len(low), k + 8)):
            w = low[j]
            if w in _SHARE_NOUNS:
                end = j + 1
                break
            if not (w in ("the", "its", "their", "'s", "’s", "these", "those") or w in MODIFIERS
                    or sent.tok(j).like_num or any(m.start <= j < m.end for m in sent.mentions)):
                break
        if end is None:
            continue
        subject, _nation = _subject(sent, k, end, "countries", low[end - 1], words, prev_lower,
                                    low[k:end])
        if subject is None:
            continue
        qual, qstart = _qualifier(sent, head)
        lo_v, hi_v, qualifier = _bounds([n], qual, "")
        out.append((_hit(sent, subject, None, "countries", lo_v, hi_v, qualifier, qstart, end,
                         sent.tok(head).text), qstart, k + 1))
    return out


def _hit(sent: Sent, subject: str, nation: str | None, unit: str, low: float | None,
         high: float | None, qualifier: str, a: int, b: int, number_text: str) -> QuantityHit:
    label = SUBJECTS.get(subject) or _contribution_label(nation)
    return QuantityHit(subject=subject, subject_label=label, nation=nation, unit=unit, low=low,
                       high=high, qualifier=qualifier, text=sent.text_of(a, b),
                       number_text=number_text)


def _contribution_label(nation: str | None) -> str:
    if not nation:
        return "troops a nation would contribute"
    names = [actor_name(n) for n in nation.split("+")]
    if len(names) > 1:
        return f"troops {' and '.join(names)} would contribute together"
    return f"troops {names[0]} would contribute"


def _bounds(nums: list[float], qual: str, vague: str) -> tuple[float | None, float | None, str]:
    if vague == "plus":
        return nums[0], None, "at least"
    if vague and qual in _UPPER_BOUND:
        return None, nums[1], qual  # (s60) "up to a few hundred soldiers": at most 500
    if vague and qual in _LOWER_BOUND:
        return nums[0], None, qual  # "at least several thousand"
    if vague:
        return nums[0], nums[1], vague
    if len(nums) >= 2:
        return min(nums[:2]), max(nums[:2]), qual or "range"
    n = nums[0]
    if qual in _LOWER_BOUND:
        return n, None, qual
    if qual in _UPPER_BOUND:
        return None, n, qual
    return n, n, qual or "exact"


_GROWTH = frozenset({"increase", "increases", "increasing", "expand", "expands", "expanding",
                     "enlarge", "enlarges", "add", "adds", "adding", "grow", "grows", "boost",
                     "boosts"})


def army_growth(low: list[str], s: int) -> bool:
    """A figure at ``s`` after a verb of growth and an army word: what an army grows by."""
    if _GROWTH.isdisjoint(low[:s]):
        return False  # no verb of growth before it (most figures: tested in C; 15za)
    for k in range(s):
        if low[k] in _GROWTH:  # the army is what grows: "increase its armed forces by ..."
            obj = low[k + 1:min(s, k + 5)]
            if any(w in ("army", "armies", "military") for w in obj) or " ".join(obj).find(
                    "armed forces") >= 0:
                return True
    return False


_ARMY_TOTALS = frozenset({"number", "numbers", "numbered", "total", "totals", "totalled",
                          "totaled", "comprise", "comprises"})
_FORCE_BETWEEN = frozenset({"contingent", "force", "forces", "mission", "deployment", "troops",
                            "brigade", "chief", "chiefs"})
_PUT_AT = frozenset({"reported", "stands", "stood", "put", "estimated", "standing", "assessed"})
_ABOUT_WORDS = frozenset({"approximately", "about", "around", "roughly", "some", "nearly",
                          "almost", "just", "over", "under", "more", "less", "than", "fewer",
                          "only", "an", "estimated"})


def army_size(low: list[str], s: int) -> bool:
    """A figure at ``s`` that an army states as its size: "the UK's total armed forces number
    approximately 147,000 personnel", "the army numbers about 71,000" (s23: the claim model had
    kept it as the force's size)."""
    k = s - 1
    while k >= 0 and low[k] in _ABOUT_WORDS:
        k -= 1
    if k >= 1 and low[k] == "at" and low[k - 1] in _PUT_AT:
        # (s29) "the overall strength of the British army, which was recently reported at 71,347
        # personnel": the army named up to ten words before
        lo = max(0, k - 11)
        army = next((j for j in range(k - 2, lo - 1, -1) if low[j] in ("army", "armies",
                     "bundeswehr") or low[j:j + 2] == ["armed", "forces"]), None)
        # the army is what was reported at the figure: no force noun in between ("The army chief
        # said the European contingent, put at around 25,000 troops, ...")
        return army is not None and _FORCE_BETWEEN.isdisjoint(low[army + 1:k - 1])
    if k < 1 or low[k] not in _ARMY_TOTALS:
        return False
    subject = low[max(0, k - 3):k]
    return bool({"army", "armies", "military", "bundeswehr"} & set(subject)) or \
        subject[-2:] == ["armed", "forces"]


# a clause that opens with its verb: its subject stands before it, set apart by commas
_SUBJECTLESS = frozenset({"has", "had", "have", "is", "was", "were", "are", "numbers", "numbered",
                          "counts", "counted", "comprises", "comprised", "fielded", "fields"})
_THIS_FORCE = frozenset({"european", "coalition", "reassurance", "multinational", "ukraine"})


_ARMY_VOICES = frozenset({"sources", "source", "officials", "official", "officers", "chiefs",
                          "chief", "spokesman", "spokeswoman", "spokesperson", "commanders",
                          "commander", "planners", "insiders", "leadership"})


def _rotations_behind(low: list[str], e: int) -> bool:
    """(s63) The rotations come after the figure ending at ``e`` and stand behind (beside) it."""
    k = next((j for j in range(e, len(low)) if low[j] in _ROTATION), None)
    return k is not None and not {"behind", "beside", "besides", "plus"}.isdisjoint(low[k:k + 4])


# (s66) an office named for the armed forces, not the army's size: "Armed Forces Minister
# Catherine Vautrin said France could provide up to 10,000 soldiers"
_ARMED_FORCES_OFFICE = re.compile(r"armed forces (?:minister|ministry|secretary|committee|chiefs?|"
                                  r"commander|spokesman|spokeswoman)")


_EACH_NATION = frozenset({"country", "nation", "state", "participant", "member", "ally",
                          "partner", "participating", "contributing", "member-state"})


def _from_each_nation(low: list[str], e: int) -> bool:
    """The figure ending at ``e`` is given per nation: "from each (participating) country", "per
    country", "from every nation"."""
    after = [w for w in low[e:e + 7] if w not in ('"', "“", "”", "'")]
    for k, w in enumerate(after[:4]):
        if (w in ("each", "every") and k >= 1 and after[k - 1] in ("from", "for", "by")
                or w == "per") and not _EACH_NATION.isdisjoint(after[k + 1:k + 3]):
            return True
    return False


def _not_this_force(sent: Sent, s: int, e: int) -> bool:
    """Another mission's size quoted as history, or a nation's whole army: not a force size."""
    lo, hi = sent.clause_start(s), sent.clause_end(e - 1)
    clause = sent.lower[lo:hi]
    if any(w in MISSION_WORDS for w in clause):
        return True
    if clause[:1] and clause[0] in _SUBJECTLESS and any(w in MISSION_WORDS for w in sent.lower[:lo]) \
            and _THIS_FORCE.isdisjoint(sent.lower[:lo]):
        return True  # (s30) "The UN mission in Lebanon, UNIFIL, has 10,000 peacekeepers": the
        # clause's subject is the apposition before it
    if sent.lower[e:e + 1] in (["overseas"], ["abroad"]) and "ukraine" not in sent.lower:
        return True  # (s18) "approval ... to deploy more than 12 Irish troops overseas": a law's
        # threshold for any mission abroad
    text = " ".join(clause)
    if any(p in text for p in _OTHER_FORCES):
        return True  # "NATO plans to have 300,000 troops at high readiness": another force
    if any(len(w) == 4 and w.isdigit() and (w.startswith("19") or w[:3] in ("200", "201"))
           for w in clause):
        return True  # "In 1999 KFOR deployed 50,000 troops"
    before = sent.lower[lo:s]
    if any(w in ARMY_WORDS and not (w == "whole" and before[max(0, k - 2):k] == ["as", "a"])
           and not (w == "total" and before[k - 1:k] and before[k - 1] in _MODAL_TO)
           and not (w == "total" and CONTRIB_VERBS & set(before[max(0, k - 3):k]))
           and not (w == "total" and before[k + 1:k + 2] == ["of"] and k + 2 >= len(before) - 3)
           and not _GIVES & set(before[k + 1:])
           # (s63) "Army sources said the UK contribution could be ...": the army's voices
           and not (before[k + 1:k + 2] and before[k + 1] in _ARMY_VOICES)
           and not (w in ("whole", "entire", "total") and not FORCE_NOUNS.isdisjoint(
               set(before[k + 1:k + 4]) - {"army"}))  # (s59) "the whole multinational force"
           for k, w in enumerate(before)) or "armed forces" in _ARMED_FORCES_OFFICE.sub(
               "", " ".join(before)):
        # not "the coalition as a whole plans a force of 20,000", nor "the Czech army could
        # provide a contingent of 1,200": a force the army gives, not the army's size
        return True
    if _already_there(sent, lo, hi) or _still_there(sent, lo, e) or _army_holds(sent, lo, s, e) \
            or standing_presence(sent, s, e):
        return True
    low = sent.lower
    if _served_before(low, e, hi) or _serving_elsewhere(low, e, hi):
        return True
    if not MISSION_WORDS.isdisjoint(low) and _PLAN_WORDS.isdisjoint(low) and _told_as_past(clause):
        return True  # (s29) "The number of forces deployed was 50,000 - even though Kosovo is
        # a tiny piece of territory": another mission's size told in the past (not "Under the
        # plan, the number of troops involved was 25,000, far fewer than ... Bosnia")
    if army_size(low, s):
        return True  # (s29) "the British army, which was recently reported at 71,347 personnel"
    if (not _EXERCISE.isdisjoint(clause) or not _EXERCISE.isdisjoint(low)
            and not _ukraine_itself(low) and _MODAL.isdisjoint(low)
            and CONTRIB_VERBS.isdisjoint(low)) and \
            _MODAL.isdisjoint(clause) and "ukraine" not in clause:
        return True  # (s29) "During exercises in Brittany, more than 600 soldiers from the UK's
        # 16 Air Assault Brigade conducted a simulated airborne raid": a drill, not the force;
        # (s57, held-out set 114, read after its score) "The exercise, involving over 10,000
        # military personnel from eight nations, ...": the drill named before the clause
    if army_growth(low, s):
        return True  # "Russia intends to increase its Armed Forces by 12-15 divisions, which
        # would add approximately 150,000 soldiers": an army's growth (15s)
    if _ROTATION & set(low) and not _rotation_of_later(low, e) and not _at_a_time(low, e) and (
            any(any(c.isdigit() for c in w) for w in low[:s])
            # (s63) not "would need at least 50,000 troops on the ground, with rotations behind
            # them": the rotation after the size needed is beside it, not in it
            or _NEEDS & set(low[max(0, s - 4):s]) and not _rotations_behind(low, e)
            or _with_rotation(low[max(0, s - 5):s]) and _NEEDS & set(low[max(0, s - 8):s])):
        return True  # "to keep 64,000 in place, including rotation, it takes 256,000": a total;
        # (s55) "would need, with rotation, about 10,000 soldiers": the rotation between
    joined = " ".join(low)  # (joined once, not once per phrase tested)
    if any(p in joined for p in _WORLDWIDE):
        return True  # "the UN today has 72,000 peacekeepers in 11 conflict zones"
    if _peacekeeping_anywhere(low, joined) or _benchmark_deployment(low, s):
        return True
    return False


def _at_a_time(low: list[str], e: int) -> bool:
    """(s58) "would require 100,000 soldiers at a time and a force of 300,000 to allow for
    rotations": the figure in place at any time is the force's size, the later one the total."""
    after = low[e:e + 6]
    return any(after[k:k + 3] == ["at", "a", "time"] or after[k:k + 4] in (
        ["at", "any", "one", "time"], ["at", "any", "given", "time"]) for k in range(3))


# (s41b) a pledge to UN peacekeeping in many theatres, Ukraine one of them
_ANYWHERE = ("anywhere else", "anywhere in the world", "regions facing conflict",
             "regions in need", "regions affected by")
_UN_NAMES = ("un ", "u.n. ", "united nations ")


def _peacekeeping_anywhere(low: list[str], joined: str) -> bool:
    """(s41b) Troops pledged to UN peacekeeping wherever it is asked for ("a nation ready to put
    5,000 soldiers at the disposal of United Nations peacekeeping missions, in Ukraine, the
    Middle East or elsewhere"): another (or no) mission's size, not the European force's."""
    if any(p in joined for p in _ANYWHERE) and ("peace" in joined or "peacekeeping" in low):
        return True
    return any(f"{u}peacekeeping {w}" in joined for u in _UN_NAMES
               for w in ("operations", "missions", "efforts"))


_ACT_NOUNS = frozenset({"deployment", "deploying", "sending", "dispatch", "dispatching",
                        "stationing", "presence"})
_COMPARATIVE = frozenset({"more", "fewer", "less", "greater", "larger", "bigger", "higher",
                          "lower", "smaller", "rather", "other"})


def _benchmark_deployment(low: list[str], s: int) -> bool:
    """(s41b) A figure another option is weighed against ("air cover could do more good than
    the deployment of 8,000 ground troops"): a yardstick, not a size anyone plans; not "more
    than 8,000 troops", a bound."""
    k = s - 1
    while k >= 0 and low[k] in _ACT_NOUNS | {"the", "a", "of", "an"}:
        k -= 1
    return k >= 1 and low[k] == "than" and k < s - 1 and \
        _ACT_NOUNS & set(low[k + 1:s]) != set() and low[k - 1] not in _COMPARATIVE


# verbs by which an army gives troops ("European armies could field 25,000 troops"): after them
# the figure is what is given, not the army's size
_GIVES = CONTRIB_VERBS | MUSTER_VERBS - {"number", "numbering"}
# (15p) verbs that give the figure right after them ("plans to ship 10,000 troops"): the
# contribution verbs and their plain synonyms, read only right before the number
_SEND_VERBS = CONTRIB_VERBS | {"ship", "shipping", "post", "posting", "station", "put", "putting"}
_NEEDS = frozenset({"require", "requires", "required", "take", "takes", "need", "needs", "needed"})
_ROTATION = frozenset({"rotation", "rotations", "rotating", "rotate", "rotated"})


def _with_rotation(words: list[str]) -> bool:
    """(s55) "with (including) rotation" among ``words``: a total counting the rotation (not
    "for its first rotation, 10,000 soldiers": the first rotation's size)."""
    return any(w in _ROTATION and words[k - 1:k] in (["with"], ["including"], ["counting"])
               for k, w in enumerate(words))


def _rotation_of_later(low: list[str], e: int) -> bool:
    """(s24) Rotation is spoken of only after the figure ending at ``e``, and a later figure
    follows it: "a force would require 150,000 soldiers, and with rotation this means 450,000"
    (the rotation makes the later figure a total; the first stays the force's)."""
    if not _ROTATION.isdisjoint(low[:e]):
        return False
    r = next(k for k in range(e, len(low)) if low[k] in _ROTATION)
    return any(w[:1].isdigit() for w in low[r + 1:])
_WORLDWIDE = ("conflict zones", "missions worldwide", "around the world", "across the world",
              "peacekeeping operations worldwide", "un missions", "u.n. missions")


_MODAL_TO = frozenset({"will", "would", "could", "may", "might", "should", "to", "can"})
_THERE = frozenset({"stationed", "based", "deployed", "present", "serving"})
_NOW = frozenset({"already", "currently", "presently", "now",
                  "constantly", "permanently", "continuously"})  # s21: "... border, where 5,000-6,000
# soldiers are constantly deployed": a standing presence at home


_GIVING = CONTRIB_VERBS | _CONTRIB_MORE
_STANDING = frozenset({"troops", "soldiers", "personnel", "forces", "servicemembers",
                       "servicemen"})
_MODAL = _MODAL_TO - {"to"}
_PRESENT = frozenset({"already", "currently", "now", "are", "is"})


_HAVE = frozenset({"have", "has", "had"})
_SERVED = frozenset({"served", "participated", "taken", "took", "deployed", "been"})
_MISSIONS = frozenset({"missions", "operations", "deployments"})


def _served_before(low: list[str], e: int, hi: int) -> bool:
    """(s29) Troops who "have participated in peacekeeping missions abroad" (a nation's record:
    "Over the past 50-60 years, hundreds of thousands of Austrian soldiers have participated in
    peacekeeping missions abroad"): a perfect tense right after the figure and missions in the
    plural, not an offer for Ukraine."""
    tail = low[e:hi]
    if not _MODAL.isdisjoint(tail) or "ukraine" in tail:
        return False
    return any(w in _HAVE and tail[k + 1:k + 2] and tail[k + 1] in _SERVED
               for k, w in enumerate(tail[:3])) and not _MISSIONS.isdisjoint(tail)


def _ukraine_itself(low: Sequence[str]) -> bool:
    """Ukraine named as a place the troops are for, not as a border near a drill ("16 miles from
    Ukraine's border")."""
    return any(w == "ukraine" and low[k + 1:k + 2] != ["border"] and
               low[k + 1:k + 3] not in (["'s", "border"], ["’s", "border"])
               for k, w in enumerate(low))


_PAST_BE = frozenset({"was", "were"})
_PLAN_WORDS = frozenset({"plan", "plans", "planned", "proposal", "proposed", "envisaged"})
_EXERCISE = frozenset({"exercise", "exercises", "drill", "drills", "wargame", "wargames",
                       "simulated"})
_WENT = frozenset({"deployed", "sent", "stationed", "numbered", "counted", "involved"})


def _told_as_past(clause: list[str]) -> bool:
    """A clause that tells a deployment in the past ("the number of forces deployed was"), not
    of Ukraine, with no modal and no "was to" (a plan then)."""
    if _WENT.isdisjoint(clause) or not _MODAL.isdisjoint(clause) or "ukraine" in clause:
        return False
    return any(w in _PAST_BE and clause[k + 1:k + 2] != ["to"] for k, w in enumerate(clause))


def _serving_elsewhere(low: list[str], e: int, hi: int) -> bool:
    """(s29) Troops "deployed in international operations", "serving in missions abroad" right
    after the figure: what a nation has out now in other missions, not an offer for Ukraine."""
    tail = low[e:min(hi, e + 8)]
    if not _MODAL.isdisjoint(low[:hi]) or "ukraine" in tail:
        return False  # not "Britain could keep 5,000 troops deployed on operations in Ukraine"
    return any(w in _THERE and tail[k + 1:k + 2] in (["in"], ["on"], ["abroad"], ["overseas"])
               and (not _MISSIONS.isdisjoint(tail[k + 1:k + 5])
                    or {"abroad", "overseas"} & set(tail[k + 1:k + 3]))
               for k, w in enumerate(tail[:4]))


def _already_there(sent: Sent, lo: int, hi: int) -> bool:
    """Troops already deployed elsewhere ("About 5,000 British troops are already deployed in
    Estonia and Poland"): a standing presence, not an offer for Ukraine. Not with a modal ("will
    be deployed in Ukraine"), nor when the place is Ukraine."""
    low = sent.lower
    clause = low[lo:hi]
    words = set(clause)  # (the set and the unions below built once, not per test)
    if "already" in clause and not _GIVING.isdisjoint(words) and _MODAL.isdisjoint(words):
        # "Sweden already contributes 600 soldiers ... to a NATO mission in Latvia" (15m): what
        # a nation gives now elsewhere, not an offer for Ukraine
        places = [m for m in sent.mentions if lo <= m.start < hi and m.governed
                  and low[m.start - 1] in ("in", "to")]
        if places and all(m.iso3 != "UKR" for m in places):
            return True
    for k in range(max(lo, 1), hi - 2):
        if low[k] in ("already", "currently") and low[k - 1] in _STANDING and \
                low[k + 1] in _THERE and low[k + 2] in ("in", "across", "throughout") and \
                not any(m.iso3 == "UKR" and k + 2 < m.start <= k + 5 for m in sent.mentions):
            return True  # (s31) "to reinforce the 100,000 American personnel already stationed
            # in Europe": the troops named are the standing presence, whatever modal governs
            # the verb before them
    if not _MODAL.isdisjoint(words) or _PRESENT.isdisjoint(words) or "to" in words and any(
            low[k] == "to" and low[k + 1:k + 2] and low[k + 1] not in _PURPOSE
            for k in range(lo, hi - 1)):
        return False  # (s29) "a mission to deter Russia", "in order to" are no modal "to"
    for k in range(lo, hi - 1):
        # (15p) "where about 6,000 Polish troops are currently deployed", "hundreds of Canadian
        # servicemembers are currently in Latvia": a standing presence told in the present, its
        # place before the figure, after it or not named, not in Ukraine
        if low[k] in _NOW and (low[k + 1] in _THERE or low[k + 1] == "in" and any(
                m.start == k + 2 for m in sent.mentions)) and low[k - 1:k] != ["not"] and \
                not any(m.iso3 == "UKR" and m.start >= k for m in sent.mentions):
            return True
    if "stationing" in words or "basing" in words:
        # (s30) "Germany is stationing a 5,000-strong brigade in Lithuania": a standing presence
        # being built now elsewhere, its place after the troops
        places = [m for m in sent.mentions if lo <= m.start < hi and m.start >= 1
                  and low[m.start - 1] == "in"]
        if places and all(m.iso3 != "UKR" for m in places):
            return True
    for k in range(lo, hi - 1):
        if low[k] in _THERE and low[k + 1] in ("in", "on", "at"):
            places = [m for m in sent.mentions if k + 1 < m.start <= k + 4]
            return bool(places) and all(m.iso3 not in ("UKR",) for m in places)
    if low[lo:lo + 2] in (["there", "are"], ["there", "is"]) and _TALK_OR_PLAN.isdisjoint(
            low[lo:hi]):
        if any(w in _THERE and low[k + 1:k + 2] == ["there"] for k, w in enumerate(low[lo:hi], lo)):
            return True  # (s29) "there are still approximately 4,500 peacekeepers stationed
            # there": a presence told in the present, its place named before
        # (s29) "There are almost 1,000 UK troops in Estonia and Poland": a presence told in
        # the present, its place right after the troops
        for k in range(lo + 2, hi - 1):
            if low[k] == "in" and low[k - 1] in _TROOP_NOUNS_HERE:
                places = [m for m in sent.mentions if k < m.start <= k + 2]
                return bool(places) and all(m.iso3 != "UKR" for m in places)
    return False


_TROOP_NOUNS_HERE = frozenset({"troops", "soldiers", "personnel", "servicemembers",
                               "servicemen", "forces", "peacekeepers", "members"})
# "There is talk of 10,000 European troops in Poland as a backstop": a plan, not a presence
_TALK_OR_PLAN = frozenset({"talk", "talks", "plan", "plans", "proposal", "proposals", "idea"})
# "to" that opens a purpose ("a mission to deter Russia"), not a plan ("are to be deployed")
_PURPOSE = frozenset({"deter", "protect", "defend", "reassure", "support", "train", "guard",
                      "counter", "bolster", "strengthen", "secure", "help"})


_GO_ON = frozenset({"continue", "continues", "remain", "remains"})
_KEEPS = frozenset({"keeps", "keep", "kept", "maintains", "maintain", "maintained"})


def standing_presence(sent: Sent, s: int, e: int) -> bool:
    """(s56) "the United States keeps roughly 80,000 troops in Europe", "80,000 American troops
    still stationed across Europe": a presence kept elsewhere (a keeping verb within three words
    before the figure, or "still stationed" right after it, then "in", "across" or "throughout"
    Europe or a nation not Ukraine), not an offer; no size of this force, whoever reads it (the
    claim model too)."""
    low = sent.lower
    stop = e + 4
    while e < min(len(low), stop) and (low[e] in TROOP_UNITS or low[e] in MODIFIERS):
        e += 1  # (the claim model's span ends at the figure, before its words and unit)
    if low[e:e + 1] == ["still"] and low[e + 1:e + 2] != [] and low[e + 1] in _THERE:
        e += 2  # "the eighty thousand American troops still stationed across Europe" (the
        # words right after the figure only: review s56)
    elif _KEEPS.isdisjoint(low[max(0, s - 3):s]):
        return False
    if low[e:e + 1] not in (["in"], ["across"], ["throughout"]):
        return False
    place = low[e + 1:e + 3]
    return "europe" in place or any(m.start in (e + 1, e + 2) and m.iso3 != "UKR"
                                    for m in sent.mentions)


def _still_there(sent: Sent, lo: int, e: int) -> bool:
    """(15p) Troops that "will continue to be deployed across Europe" or "remain stationed in
    Estonia": a presence extended, not an offer for Ukraine (whatever modal stands before it).
    Read from the clause's start to 15 tokens after the figure (past a bracket: "(NZDF)")."""
    low = sent.lower
    for k in range(lo, min(len(low), e + 15) - 1):
        if low[k] not in _GO_ON:  # (tested first: the search below is wanted only after one)
            continue
        there = next((j for j in range(k + 1, min(len(low), k + 4)) if low[j] in _THERE), None)
        if there is not None and not any(
                m.iso3 == "UKR" and there < m.start <= there + 4 for m in sent.mentions):
            return True  # (the place is read right after the verb: not "remain in Ukraine")
    return False


# verbs of saying and thinking: the nation before them speaks, it does not own the figure after
_SAYS = frozenset("says said say believes believe thinks think claims claimed suggests suggested "
                  "suggesting responded told warned stated argued insists insisted noted added "
                  "reported reports expects expected".split())
def _relative_giver(sent: Sent, s: int) -> str | None:
    """The nation a relative clause hangs on, when that clause gives the troops ("planning was
    conducted by France, which is estimated to be able to provide about 10,000 troops")."""
    low = sent.lower
    lo = sent.clause_start(s)
    if lo < 2 or low[lo - 1] not in ("which", "who") or low[lo - 2] != "," or \
            not CONTRIB_CUES & set(low[lo:s]):
        return None
    owner = [m for m in sent.mentions if m.end == lo - 2 and m.iso3 not in HOST_AND_ADVERSARY]
    return owner[-1].iso3 if owner and "+" not in owner[-1].iso3 else None


_PASSIVE_SENT = frozenset({"deployed", "sent", "stationed", "dispatched", "posted"})
_BE = frozenset({"be", "been", "being", "are", "is", "were", "was"})


def _sent_by_nobody(sent: Sent, e: int, s: int | None = None) -> bool:
    """Troops that "would be deployed / could be stationed" right after the figure, with no
    contributing nation named in the sentence and no "by" agent. When the figure stands in a
    reported clause ("Macron announced that thousands of troops would be deployed"), only the
    nations of that clause count: the speaker and the clauses before it give nothing (15m)."""
    low = sent.lower
    tail = low[e:min(len(low), e + 6)]
    lo = 0
    if s is not None:
        lo = next((k + 1 for k in range(s - 1, -1, -1) if low[k] == "that"), 0)
    for k, w in enumerate(tail):
        if w in _PASSIVE_SENT and _BE & set(tail[max(0, k - 3):k]):
            return tail[k + 1:k + 2] != ["by"] and not any(
                m.iso3 not in HOST_AND_ADVERSARY and m.start >= lo for m in sent.mentions)
    return False


_HOLDS = frozenset({"has", "have", "had", "number", "numbers", "numbering", "counts", "totals"})
_ARMY_NOUNS = frozenset({"army", "armies", "bundeswehr", "military"})


def _army_holds(sent: Sent, lo: int, s: int, e: int) -> bool:
    """What an army holds: "Britain, which has only about 71,000 trained troops in the regular
    army", "the country's armed forces, which number about 71,000 servicemen"."""
    low = sent.lower
    if not _HOLDS & set(low[lo:s]):
        return False
    tail = low[e:min(e + 5, sent.clause_end(e - 1))]
    if (any(w in ("in", "of") and _ARMY_NOUNS & set(tail[k + 1:k + 4]) for k, w in enumerate(tail))
            or {"has", "have", "had"} & set(low[lo:s]) and {"army", "armies"} & set(low[s:e + 2])) \
            and not CONTRIB_VERBS & set(low[lo:e + 5]) and not FORCE_NOUNS & set(low[lo:s]):
        return True  # (the second: "It has only about 71,000 trained regular army soldiers")
    k = lo - 1
    while k >= 0 and low[k] in (",", "which", "that", "who"):
        k -= 1
    return k >= 0 and (low[k] in _ARMY_NOUNS or low[k] == "forces" and low[k - 1:k] == ["armed"])


_WHOLE_ADJ = frozenset({"larger", "wider", "broader", "bigger", "overall", "whole", "total"})


def _part_of_whole(low: list[str], qs: int) -> bool:
    """The figure is the size of a whole that a contribution is "part of a larger/wider ..."
    ("proposed sending 10,000 soldiers as part of a larger coalition of 64,000 personnel")."""
    for k in range(max(0, qs - 14), qs - 3):
        if low[k] == "part" and low[k + 1] == "of" and low[k + 2] in ("a", "an", "the") and \
                low[k + 3] in _WHOLE_ADJ and not any(w[:1].isdigit() for w in low[k:qs]):
            return True
    return False


# standing NATO and EU forces quoted beside the Ukraine force: their sizes are not its size
_OTHER_FORCES = ("high readiness", "force model", "forward presence", "rapid deployment",
                 "battlegroup", "response force", "rapid reaction")


# "the bulk of the 30,000 soldiers": a share of the whole force
_PART_OF = frozenset({"bulk", "most", "half", "part", "share", "majority", "rest", "core",
                      "backbone", "third", "quarter"})
# "Poland, with 200,000 soldiers", "Britain has 70,000 soldiers": what a nation has
_HAS = frozenset({"with", "has", "have", "had", "fields", "maintains", "possesses"})


# what may stand between "of the" and a share's whole: "a third of the potential 30,000 troops"
_WHOLE_MODIFIERS = frozenset({"potential", "planned", "proposed", "envisaged", "expected",
                              "estimated", "total", "projected", "possible", "overall", "entire",
                              "whole", "future", "eventual", "intended"})


def _share_of_the(low: list[str], qs: int) -> bool:
    """The figure is the whole of which a nation gives a share ("the bulk of the 30,000
    soldiers", "about a third of the potential 30,000 troops"): the force's size, not the
    nation's contribution."""
    k = qs - 1
    while k >= 0 and qs - k <= 2 and low[k] in _WHOLE_MODIFIERS:
        k -= 1
    if not (k >= 1 and low[k] == "the" and low[k - 1] == "of"):
        return False
    if k == 1 or low[k - 2] in (",", ";", "and", "but"):
        # (s59) "Of the 25,000 troops, Britain would send 8,000": the whole, when a share's
        # figure follows (not "of the 70,000 troops available, a fifth are excused boots")
        return any(w[:1].isdigit() for w in low[qs + 1:])
    part = low[k - 2]
    if part in SCALES and k >= 3:
        part = low[k - 3]  # "20 thousand of the 30,000"
    # (s59) "would provide 20,000 of the 30,000 troops": a figure before "of the" is a part too
    return part in _PART_OF or (part[:1].isdigit() and part not in ("1", "one"))


_REQUEST_NOUNS = frozenset({"request", "demand", "call", "appeal", "plea", "ask"})
_UNITLESS_TRIGGERS |= _REQUEST_NOUNS | _STANDS  # (s59) "Ukraine's request for 200,000"


def _ukraine_puts(sent: Sent, j: int) -> bool:
    """(s59) Ukraine, or its president by name, within the six words before ``j`` and no other
    nation between: the figure there is Ukraine's request."""
    near = [m for m in sent.mentions if max(0, j - 7) <= m.start < j]
    return bool(near) and near[-1].iso3 == "UKR" or any(
        w.startswith("zelensk") for w in sent.lower[max(0, j - 7):j])


def _of_the_figure(low: list[str], end: int) -> bool:
    """(s59) "of the (planned) 30,000 troops" follows: the figure before is a share of that
    whole ("Britain would provide 20,000 of the 30,000 troops")."""
    if low[end:end + 2] != ["of", "the"]:
        return False
    k = end + 2
    while k < len(low) and low[k] in _WHOLE_MODIFIERS:
        k += 1
    return k < len(low) and low[k][:1].isdigit()


def _of_them(low: list[str], end: int, context: set[str]) -> bool:
    """(s63) "of them (those)" follows and troops were just spoken of: a share of those troops
    ("The first rotation would number up to 15,000 troops. Britain would contribute around
    7,500 of them")."""
    return low[end:end + 2] in (["of", "them"], ["of", "those"]) and bool(context & TROOP_UNITS) \
        and context.isdisjoint(_THINGS_COUNTED)  # (review: not "1,500 armoured vehicles")


_THINGS_COUNTED = frozenset(AIRCRAFT_UNITS | {"vehicles", "tanks", "drones", "missiles", "weapons",
                                              "ships", "shells", "guns", "systems"})


def _nation_has(sent: Sent, qstart: int) -> bool:
    """The number is what a nation has ("Poland, with 200,000 soldiers, ...", "Britain already
    has about 70,000 soldiers"), not a force ("a force with 30,000 troops")."""
    low = sent.lower
    k = qstart - 1
    if k < 1 or low[k] not in _HAS:
        return False
    j = k - 1
    while j >= 0 and low[j] in (",", "already", "currently", "now", "still", "only", "which"):
        j -= 1  # (s62) "Poland, which has 200,000 soldiers, ..."
    # (s62) not a place after a preposition: "a multinational force for Ukraine, with between
    # 5,000 and 10,000 soldiers" is the force's (France's) figure, not Ukraine's army
    owners = {m.iso3 for m in sent.mentions if m.end == j + 1 and m.label != "PERSON"
              and not (low[k] == "with" and m.governed)}
    if any(qstart < m.start <= qstart + 5 and m.iso3 not in owners and m.label == "NATION"
           for m in sent.mentions):
        return False  # (s41b) "a commitment in Ukraine, with thousands of British troops ...":
        # another nation's troops, not what the one before "with" has
    return bool(owners)


# the number words from two to ninety ("fifteen to twenty thousand"; not "one", "dozen")
_SMALL_NUMBER_WORDS = frozenset(w for w, v in WORD_NUMBERS.items() if 2 <= v <= 90 and w != "dozen")


def _unitless(sent: Sent, prev_lower: AbstractSet[str],
              taken: list[tuple[int, int]]) -> list[tuple[QuantityHit, int, int]]:
    """Force sizes written without a unit word: "a force of 64,000", "muster 25,000",
    "France is willing to send between 5,000 and 10,000"."""
    low = sent.lower
    out: list[tuple[QuantityHit, int, int]] = []
    context = set(low) | set(prev_lower)
    # the tokens opening with a digit, left to right; ``skip``: a figure read ends there
    skip = 0
    starts = sent.digits
    if "thousand" in low:  # (s57) "a force of fifteen to twenty thousand"
        starts = sorted({*starts, *(k for k, w in enumerate(low) if w in _SMALL_NUMBER_WORDS)})
    for k in starts:
        if k < skip or any(a <= k < b for a, b in taken):
            continue
        figure = _figure_without_unit(sent, k)
        if figure is None:
            continue
        nums, end = figure
        out.extend(_unitless_size(sent, k, nums, end, context))
        skip = end
    out.extend(_vague_size(sent, context, taken))
    return out


def _figure_without_unit(sent: Sent, k: int) -> tuple[list[float], int] | None:
    """The figure (one number or a range, 100 or more) opening at token k, and where it ends."""
    low = sent.lower
    tok = sent.tok(k)
    first = parse_number(tok.text)
    end = k + 1
    if first is not None and _space_thousands(sent, k):
        first, end = first * 1000 + float(low[k + 1]), k + 2  # (s63) "around 7 500 of them"
    if first is None or first < 100 and not low[k + 1:k + 4].count("thousand"):
        return None
    nums = [first]
    if end + 1 < len(low) and low[end] in ("to", "and", "-", "–", "or") and \
            sent.tok(end + 1).like_num and (low[end + 1][0].isdigit() or first < 100):
        second = parse_number(sent.tok(end + 1).text)
        if second is not None and _space_thousands(sent, end + 1):
            second, end = second * 1000 + float(low[end + 2]), end + 1  # (s64) "5 000 and 10 000"
        if second is not None:
            nums.append(second)
            end += 2
    if end < len(low) and low[end] == "thousand" and max(nums) < 1000:
        nums = [v * 1000 for v in nums]  # (s57) "between 10 and 20 thousand"
        end += 1
    if nums[0] < 100:
        return None
    return nums, end


def _space_thousands(sent: Sent, k: int) -> bool:
    """Tokens k and k+1 are one number whose thousands a space sets apart ("7 500", "15 000")."""
    tok = sent.tok(k)
    return tok.text.isdigit() and len(tok.text) <= 3 and bool(tok.whitespace_) and \
        k + 1 < len(sent.lower) and sent.lower[k + 1].isdigit() and len(sent.lower[k + 1]) == 3


def _unitless_size(sent: Sent, k: int, nums: list[float], end: int,
                   context: set[str]) -> list[tuple[QuantityHit, int, int]]:
    """The troop size a figure without a unit word gives (none when no rule gives it one)."""
    low = sent.lower
    nxt = low[end] if end < len(low) else ""
    start = k - 1 if k > 0 and low[k - 1] == "between" else k
    asked_or_talked = _asked_or_talked_of_size(sent, k, start, nums, end, context)
    if asked_or_talked is not None:
        return asked_or_talked
    if nxt and (nxt[0].isalpha() and nxt not in _AFTER_OK and not _of_the_figure(low, end)
                and not _of_them(low, end, context)
                or nxt in SCALES or nxt == "%"):
        return []  # "send 100 tanks", "2 billion": not troops
    qual, qstart = _qualifier(sent, start)
    j = _word_before_bare_figure(low, qstart, qual)
    share = _share_owner(sent, qstart, end)
    subject, nation = _bare_figure_owner(sent, k, j, qstart, share, context)
    if subject is None and _needed(sent, qstart, end) and context & (FORCE_CUES | TROOP_UNITS) \
            and low[qstart - 1:qstart] not in ([s] for s in MONEY_SIGNS):
        subject = "european_force"  # (s62) "at least 100,000 would be needed to deter
        # Russia": the size a force would need, nobody's army (as with a unit word)
    if subject == "ukraine_request" and _of_them(low, end, context):
        return []  # (review) "Ukraine wants 200,000; Europe can muster perhaps 25,000 of them"
    asked = subject == "european_force" and _is_request(sent, k)
    if asked:
        subject = "ukraine_request"  # (s62) "Zelensky: foreign contingent must number at
        # least 100,000-150,000", "Zelensky has spoken of 200,000": his request, read from
        # who speaks (structural: the troop-size model keeps it)
    if subject is None or _not_this_force(sent, k, end):
        return []
    lo_v, hi_v, qualifier = _short_of_credible(*_bounds(nums, qual, ""), low[end:end + 10])
    return [(replace(_hit(sent, subject, nation, "troops", lo_v, hi_v, qualifier, qstart,
                          end, sent.tok(k).text), structural=share is not None or asked),
             qstart, end)]


def _asked_or_talked_of_size(
    sent: Sent, k: int, start: int, nums: list[float], end: int, context: set[str],
) -> list[tuple[QuantityHit, int, int]] | None:
    """A figure asked for by Ukraine, or a size talked of (None: neither)."""
    low = sent.lower
    more = low[end:end + 2] == ["or", "more"]  # "the 100,000 – 150,000 or more suggested by"
    ask = end + 2 if more else end
    if ask < len(low) and low[ask] in _ASKED_BY and _asked_by_ukraine(sent, ask) and \
            context & (TROOP_UNITS | FORCE_CUES):
        # (s34) "fewer troops than the 100,000 to 150,000 called for by President Zelensky"
        qual, qstart = _qualifier(sent, start)
        lo_v, hi_v, qualifier = _bounds(nums, qual, "")
        if more:
            hi_v, qualifier = None, "at least"
        return [(_hit(sent, "ukraine_request", None, "troops", lo_v, hi_v, qualifier,
                      qstart, end, sent.tok(k).text), qstart, end)]
    talked = _figure_talked_of(low, start, end)
    if talked and context & (FORCE_CUES | TROOP_UNITS | _ESTIMATE_WORDS):
        # (s62) "the 64,000 floated by British planners", "far below the 25,000 to 30,000
        # first discussed": a size talked of, the force's (or Ukraine's request, when it is
        # his)
        qual, qstart = _qualifier(sent, start)
        lo_v, hi_v, qualifier = _bounds(nums, qual, "")
        talked_of = "ukraine_request" if _is_request(sent, k) else "european_force"
        if not _not_this_force(sent, k, end):
            return [(_hit(sent, talked_of, None, "troops", lo_v, hi_v, qualifier, qstart,
                          end, sent.tok(k).text), qstart, end)]
        return []
    return None


def _word_before_bare_figure(low: list[str], qstart: int, qual: str) -> int:
    """The index of the word that governs a bare figure: before a quote, "only", "perhaps"."""
    j = qstart - 1
    if j >= 1 and low[j] in _OPEN_QUOTES:
        j -= 1  # (s62) "the contingent must be 'no less than 100,000'": the quote's verb
    if j >= 0 and low[j] in ("only", "just", "merely") and not qual:
        j -= 1  # "Estonia can allocate only 100"
    if j >= 0 and low[j] in ("perhaps", "possibly", "probably", "maybe"):
        j -= 1  # (s60) "of which Germany would have to provide perhaps 8,000 to 10,000"
    return j


def _bare_figure_owner(sent: Sent, k: int, j: int, qstart: int, share: str | None,
                       context: set[str]) -> tuple[str | None, str | None]:
    """Whose a bare figure is, read from the word ``j`` before it: the first rule decides."""
    low = sent.lower
    if j >= 1 and low[j] == "of" and low[j - 1] in FORCE_NOUNS:
        return _owner(sent, j - 1, context)
    if j >= 1 and low[j] == "of" and low[j - 1] in _SIZED_UNITS:
        # (s64) "Germany would contribute a brigade of some 5,000", "a German contribution
        # could amount to up to a brigade of 4,000": a brigade is one nation's, never the force
        subject, nation = _owner(sent, j - 1, context)
        if subject in (None, "european_force") and not _MULTINATIONAL & set(low[max(0, j - 4):j]):
            nation = _share_phrase_nation(sent, j - 1) or _sender(sent, j - 2)
            subject = f"contribution:{nation}" if nation else None
        return subject, nation
    f = j
    while f >= 0 and (low[f] in _OPEN_QUOTES or low[f] in _MODALS_BEFORE_NOT):
        f -= 1
    if f >= 0 and f < j and low[f] in FORCE_NOUNS and low[qstart] in ("not", "no", "cannot"):
        return _owner(sent, f, context)  # (s64) 'a credible force "cannot be smaller than
        # 100,000"': the force's floor
    if j >= 0 and _force_is(low, j) is not None:
        # "the contingent will not be 5,000 to 7,000", "the force would number 30,000"
        return _owner(sent, _force_is(low, j) or 0, context)
    if j >= 2 and low[j] == "for" and low[j - 1] in _REQUEST_NOUNS and \
            _ukraine_puts(sent, j - 1):
        return "ukraine_request", None  # (s59) "Ukraine's request for 200,000"
    if j >= 1 and low[j] == "for" and low[j - 1] in _ASKED_BY and \
            context & (FORCE_CUES | TROOP_UNITS) and _is_request(sent, k):
        return "ukraine_request", None  # (s62) "Kyiv asked for 200,000"
    if j >= 0 and low[j] in _WANTS and context & (FORCE_CUES | TROOP_UNITS) and _is_request(sent, k) \
            and not _a_year_or_verb_after(low, qstart):
        return "ukraine_request", None  # (s68, rv68-own) "... far below what Kyiv has sought.
        # Ukraine has said it would want at least 100,000."
    if j >= 2 and low[j] == "to" and any(
            low[x] in _REQUEST_NOUNS and _ukraine_puts(sent, x) for x in range(max(0, j - 5), j)):
        return "ukraine_request", None  # (s59) "Kyiv had scaled its demand back to about 100,000"
    if j >= 0 and low[j] in _IS_VERBS and (owner := _nation_force_is(sent, qstart)):
        return f"contribution:{owner}", owner  # (s62) "The British
        # contribution could reach 10,000"
    if share is not None:
        # (s59) "a 30,000-strong corps (of which 20 thousand are British)"
        return f"contribution:{share}", share
    if j >= 0 and _part_of_whole(low, qstart):
        return "european_force", None  # "as part of a wider coalition of 64,000, but ..."
    if j >= 0 and low[j] in MUSTER_VERBS:
        if context & (FORCE_CUES | TROOP_UNITS):
            return "european_force", None
        return None, None
    if j >= 1 and low[j] in _FLOATED | _SUGGESTED and (
            owner := _share_phrase_nation(sent, j)) is not None:
        return f"contribution:{owner}", owner  # (s64) "a figure for the British contribution;
        # reports last year suggested up to 10,000"
    if j >= 0 and (low[j] in _FLOATED or j >= 1 and low[j] == "of" and (
            low[j - 1] in _SIZE_TALK or low[j - 1] in _TALKED  # (s62) "has spoken of 200,000"
            or low[j - 2:j] in (["talk", "was"], ["talk", "is"]))
                   or low[j] == "at" and _put_at(low, j)):
        # (s55) "officials have floated 30,000 to 40,000", "the talk was of 25,000", "in the
        # region of 30,000", "experts put the force at 20,000": the force's size, where the
        # sentence (or the one before) names the force
        if low[j] == "at" and _ukraine_puts(sent, j):
            return "ukraine_request", None  # (s59) "Zelensky has put the number at 200,000"
        if low[j] == "at" and (owner := _share_phrase_nation(sent, j)) is not None:
            return f"contribution:{owner}", owner  # (s64) "put the British share at 5,000"
        if context & FORCE_CUES:
            return "european_force", None
        return None, None
    if j >= 0 and low[j] in CONTRIB_VERBS and context & (TROOP_UNITS | FORCE_CUES | {"willing"}):
        actors = sent.subject_actors(j, exclude=HOST_AND_ADVERSARY)
        nations = sorted({a.iso3 for a in actors})
        if len(nations) == 1:
            return f"contribution:{nations[0]}", nations[0]
    return None, None


_OPEN_QUOTES = frozenset({"'", '"', "‘", "“", "«"})
_MODALS_BEFORE_NOT = frozenset({"can", "could", "would", "should", "must", "will", "may"})
# (s62) what is said of a size talked of, after it: "the 64,000 floated by", "the 30,000 first
# discussed"
_TALKED_OF_AFTER = _FLOATED | frozenset({"discussed", "mentioned", "envisaged", "envisioned",
                                         "cited", "quoted", "reported"})


def _figure_talked_of(low: list[str], start: int, end: int) -> bool:
    """(s62) A bare figure after "the" that a talk verb follows ("the 64,000 floated by",
    "the 25,000 to 30,000 first discussed in early 2025")."""
    if start < 1 or low[start - 1] != "the" or end >= len(low):
        return False
    if low[end] in ("once", "previously", "earlier"):  # (s63) "the 64,000 once floated", not
        return low[end + 1:end + 2] != [] and low[end + 1] in _FLOATED | {"discussed", "envisaged"}
        # "the 50,000 once reported by Kyiv" (a count, not a size talked of)
    k = end + 1 if low[end] in ("first", "initially", "originally", "widely", "often") else end
    return k < len(low) and low[k] in _TALKED_OF_AFTER


_IN_THE_VAGUE = {("tens", "of", "thousands"): "tens", ("hundreds", "of", "thousands"): "hundreds",
                 ("thousands",): "thousands"}


def _vague_size(sent: Sent, context: AbstractSet[str],
                taken: list[tuple[int, int]]) -> list[tuple[QuantityHit, int, int]]:
    """(s42) "Such a force could number in the tens of thousands": a force's size said as an
    order of magnitude after a verb of being, with no unit word."""
    low = sent.lower
    out: list[tuple[QuantityHit, int, int]] = []
    for k in range(1, len(low) - 2):
        if low[k:k + 2] != ["in", "the"] or any(a <= k < b for a, b in taken):
            continue
        for words, key in _IN_THE_VAGUE.items():
            end = k + 2 + len(words)
            if tuple(low[k + 2:end]) != words or low[end:end + 1] and low[end][:1].isalpha() \
                    and low[end] not in _AFTER_OK:
                continue
            lo_v, hi_v, label = VAGUE[key]
            out.extend(_sized_by_being(sent, k - 1, context, lo_v, hi_v, label, k + 2, end))
    for k in range(1, len(low) - 1):
        # (s62) "the force could number several thousand at first", "... would be a few
        # thousand": a few, several thousand right after the verb of being
        few = next((f for f in FEW if tuple(low[k:k + len(f)]) == f and
                    low[k + len(f):k + len(f) + 1] == ["thousand"]), None)
        if few is None or any(a <= k < b for a, b in taken):
            continue
        end = k + len(few) + 1
        if low[end:end + 1] and low[end][:1].isalpha() and low[end] not in _AFTER_OK | {"at"}:
            continue  # "several thousand soldiers": the unit word's reading
        a, b = FEW[few]
        out.extend(_sized_by_being(sent, k - 1, context, a * 1000.0, b * 1000.0,
                                   " ".join(few) + " thousand", k, end))
    return out


def _sized_by_being(sent: Sent, verb: int, context: AbstractSet[str], low_v: float, high_v: float,
                    label: str, start: int, end: int) -> list[tuple[QuantityHit, int, int]]:
    """The vague size at ``start:end`` of the force (or a nation's contingent) whose verb of
    being is at ``verb`` ("such a force could number in the tens of thousands"), or nothing."""
    noun = _force_is(sent.lower, verb)
    if noun is None:
        return []
    subject, nation = _owner(sent, noun, context)
    if subject is None or subject != "european_force" and not subject.startswith("contribution:"):
        return []
    return [(_hit(sent, subject, nation, "troops", low_v, high_v, label, start, end,
                  sent.tok(start).text), start, end)]


# a figure someone asked for, named after it: "the 100,000 called for by Zelensky"
_ASKED_BY = frozenset({"called", "requested", "sought", "demanded", "suggested", "proposed",
                       "asked", "urged", "wanted"})
_WANTS = frozenset({"want", "wants", "wanted", "seeks", "sought", "demands", "demanded"})


def _a_year_or_verb_after(low: list[str], qstart: int) -> bool:
    """(s68 review) What is wanted is a year ("Zelensky wants 2026 to be the year ...") or a
    figure with a verb after it ("wants 20 to be sent"), not a number of troops."""
    k = qstart
    while k < len(low) and not low[k][:1].isdigit():
        k += 1
    if k >= len(low):
        return False
    year = low[k].isdigit() and len(low[k]) == 4 and low[k][:2] in ("19", "20")
    return year or low[k + 1:k + 2] == ["to"]


def _asked_by_ukraine(sent: Sent, end: int) -> bool:
    """Whether the words from ``end`` read "called for by" / "requested by" ... Ukraine's
    president or Kyiv (a Ukrainian asker named within the next eight words)."""
    low = sent.lower
    k = end + 1 + (low[end + 1:end + 2] == ["for"])
    if low[k:k + 1] != ["by"]:
        return False
    return any(m.iso3 == "UKR" and k < m.start <= k + 8 for m in sent.mentions) or any(
        w.startswith(("zelensk", "zelensky")) or w in ("kyiv", "ukrainian") for w in low[k + 1:k + 9])


_FIGURE_HEDGES = frozenset({"perhaps", "possibly", "probably", "maybe"})
_IS_VERBS = frozenset({"be", "number", "numbers", "total", "totals", "reach", "comprise"})
_UNITLESS_TRIGGERS |= _IS_VERBS - {"be"}  # (s62) "The British contribution could reach 10,000"
_IS_GLUE = frozenset({"not", "n't", "will", "would", "could", "should", "might", "may", "is",
                      "was", "are", "be", "expected", "to", "likely", "only", "then", "initially"})


def _force_noun_before(low: list[str], j: int, reach: int = 5,
                       glue: AbstractSet[str] = _IS_GLUE) -> int | None:
    """The force noun (not "army") the verb of being at ``j`` states the size of, back over
    ``glue`` words at most ``reach`` tokens away ("the contingent will not be N"), or None."""
    if low[j] == "of" and j >= 1 and low[j - 1] in ("consist", "consists", "consisting"):
        j -= 1  # (s62) "the French contingent may consist of several thousand soldiers"
    elif low[j] not in _IS_VERBS:
        return None
    k = j - 1
    while k >= 0 and j - k <= reach and low[k] in glue:
        k -= 1
    return k if k >= 1 and low[k] in FORCE_NOUNS and low[k] != "army" else None


def _force_is(low: list[str], j: int) -> int | None:
    """The force noun whose size the verb at ``j`` states ("the contingent will not be N"), or
    None."""
    k = _force_noun_before(low, j)
    if k is None:
        return None
    det = k - 1
    while det >= 1 and k - det <= 2 and low[det] in _FORCE_MODIFIERS:
        det -= 1  # (s59) "the planned force", "the whole multinational force"
    return k if low[det] in ("the", "a", "this", "such", "that") else None


_FORCE_MODIFIERS = _WHOLE_MODIFIERS | frozenset({"multinational", "european", "reassurance",
                                                 "peacekeeping", "international", "coalition"})


_GLUE_OR_PLACE = _IS_GLUE | {"in", "ukraine", "for"}  # "the British force in Ukraine could be
# ...", (s62) "a German contingent for Ukraine could comprise ..."


_SHARE_NOUNS_OWN = frozenset({"share", "element", "part", "contribution", "component", "portion",
                              "commitment", "pledge", "offer"})
_UNITLESS_TRIGGERS |= {"share", "contribution"}  # (s64) "The UK's share would be about 7,000"


def _share_noun_before(low: list[str], j: int) -> int | None:
    """(s59) The share noun whose size the verb of being at ``j`` states, past "of the force":
    "The British share of the force would be up to 10,000", "France's part in the mission would
    be roughly 10,000"."""
    if low[j] not in _IS_VERBS:
        return None
    k = j - 1
    while k >= 0 and j - k <= 7 and low[k] in _GLUE_OR_PLACE:
        k -= 1
    if k >= 2 and low[k] == ",":  # (s64) "the German share, if it came, could be 8,000"
        k = next((x - 1 for x in range(k - 2, max(0, k - 7), -1) if low[x] == ","), k)
    if k >= 3 and low[k] in FORCE_NOUNS | {"coalition", "operation"} and \
            low[k - 2] in ("of", "in", "to") and low[k - 1] in ("the", "this", "a"):
        k -= 3  # "... of the force"
    elif k >= 2 and low[k] in ("it", "that", "them", "this") and low[k - 1] == "of":
        k -= 2  # (s63) "Britain's share of it would be roughly 5,000"
    return k if k >= 1 and low[k] in _SHARE_NOUNS_OWN else None


# (s64) units whose size a bare figure after "of" gives: "a brigade of 4,000"
_SIZED_UNITS = frozenset({"brigade", "battalion", "battlegroup", "division", "regiment", "company",
                          "platoon"})
_SUGGESTED = frozenset({"suggested", "suggest", "suggests", "reported", "mentioned", "cited"})
_UNITLESS_TRIGGERS |= _SIZED_UNITS


_UNIT_KINDS = frozenset({"infantry", "mechanised", "mechanized", "armoured", "armored", "engineer",
                         "logistics", "medical", "airborne", "light", "heavy", "combat", "reinforced",
                         "full", "single", "one", "a", "an"})


def _sender(sent: Sent, k: int) -> str | None:
    """(s64) The one nation that sends the unit whose words end at ``k``: "Estonia is ready to
    send an infantry company of about 150"."""
    low = sent.lower
    while k >= 0 and low[k] in _UNIT_KINDS:
        k -= 1
    if k < 0 or low[k] not in CONTRIB_CUES:
        return None
    nations = {a.iso3 for a in sent.subject_actors(k, exclude=HOST_AND_ADVERSARY)}
    return nations.pop() if len(nations) == 1 else None


def _share_phrase_nation(sent: Sent, before: int) -> str | None:
    """(s64) The one nation whose share a phrase before ``before`` names: "a German
    contribution", "Britain's share"."""
    low = sent.lower
    found = {m.iso3 for m in sent.mentions if m.end < before and m.iso3 not in HOST_AND_ADVERSARY
             and "+" not in m.iso3 and low[m.end + (low[m.end] == "'s")] in _SHARE_NOUNS_OWN}
    return found.pop() if len(found) == 1 else None


def _nation_force_is(sent: Sent, qs: int) -> str | None:
    """(s26) The nation whose own force the figure sizes: "the British force could be (as large
    as) N", "the French contingent would number N" (a nation's adjective right before the force
    noun that the verb before the figure sizes)."""
    low = sent.lower
    if qs >= 4 and low[qs - 1] in _FIGURE_HEDGES:
        qs -= 1  # (s64) "The UK share would be perhaps 7,000"
    k = _force_noun_before(low, qs - 1, 7, _GLUE_OR_PLACE) if qs >= 3 else None
    if k is None and qs >= 3:
        k = _share_noun_before(low, qs - 1)
    if k is None:
        return None
    possessive = k >= 2 and low[k - 1] == "'s"  # (s64) "Britain's share of it would be 5,000"
    own = [m for m in sent.mentions if m.end == k - possessive and
           m.iso3 not in HOST_AND_ADVERSARY and "+" not in m.iso3 and
           (m.start >= 1 and low[m.start - 1] in ("the", "a", "its") or m.start == 0)]
    return own[0].iso3 if own else None


def _force_whose(low: list[str], s: int) -> bool:
    """(15w) "The force, whose 30 or so members weren't identified": the members of a force
    or coalition named right before *whose* are its nations."""
    return s >= 3 and low[s - 1] == "whose" and bool(
        (FORCE_NOUNS | {"coalition"}) & set(low[max(0, s - 4):s - 1]))


# (15w) "about 20 European leaders": people; "25 coalition leaders" still the coalition's nations
_PEOPLE_MODIFIERS = MODIFIERS - {"coalition", "member", "partner", "participating", "contributing",
                                 "allied", "multinational"}
_PLAN_NOUNS = frozenset({"solution", "plan", "proposal", "option", "scheme", "operation",
                         "peacekeeping"})
_TELL = frozenset({"tells", "told", "tell", "telling", "assures", "assured", "informs", "informed",
                   "reassures", "reassured", "warns", "warned", "urges", "urged"})
_MULTINATIONAL = frozenset({"european", "multinational", "international", "coalition", "allied"})
# (s71) the words that make a contingent the whole force's, not one nation's share
_WHOLE_FORCE_WORDS = _MULTINATIONAL | frozenset({"whole", "total", "combined", "joint", "foreign",
                                                 "western", "overall", "entire"})


# (s34) "a 30,000-strong European army protecting Ukraine's key cities": an army of many nations
# is the force (a nation's own army is not: "its 8,500-strong military")
_MANY_NATIONS_ARMY = frozenset({"european", "multinational", "international", "coalition", "joint",
                                "allied", "western"})


def _many_nations_army(after: list[str]) -> bool:
    """Whether the words after "N-strong" name an army of many nations ("European army")."""
    return any(w == "army" and k >= 1 and after[k - 1] in _MANY_NATIONS_ARMY
               for k, w in enumerate(after))


_APPROVED = frozenset({"approved", "approves", "approve", "authorised", "authorized", "authorises",
                       "authorizes", "announced", "announces", "ordered", "orders"})
_SENDING_NOUNS = frozenset({"deployment", "dispatch", "sending"})


def _bound_for_the_force(low: list[str], noun: int) -> bool:
    """(review s56) The deployment at ``noun`` goes to Ukraine or to the force: "to (in) Ukraine",
    "to the reassurance force" within ten words (not "to Poland", "to the border")."""
    for k in range(noun + 1, min(len(low) - 1, noun + 10)):
        if low[k] == "to" and low[k - 1] in ("up", "close", "equal"):
            continue  # (s73, a reviewer's probes) "the deployment of up to 300 soldiers to Ukraine"
        if low[k] in ("to", "in", "for"):
            ahead = low[k + 1:k + 4]
            return "ukraine" in ahead or not _FORCE_OR_MISSION.isdisjoint(ahead)
    return False


_FORCE_OR_MISSION = frozenset({"force", "mission", "coalition", "contingent", "operation"})


_SIZE_ADJECTIVES = frozenset({"small", "modest", "large", "sizeable", "sizable", "token",
                              "limited", "substantial", "significant"})


def _owner(sent: Sent, noun: int, context: AbstractSet[str]) -> tuple[str | None, str | None]:
    """Whose force is "a force of N": Russia's, Ukraine's, one nation's, Ukraine's request or the
    European force."""
    low = sent.lower
    window = low[max(0, noun - 4):noun]
    if low[noun] == "army":
        return None, None
    # the owner stands right before the noun: "Britain's contingent", "a British contingent"
    owners = [m for m in sent.mentions if noun - 4 <= m.start and m.end <= noun and all(
        w in _OWNER_GLUE or w in MODIFIERS for w in low[m.end:noun])]
    if owners:
        iso3 = owners[-1].iso3
        if iso3 == "RUS":
            return "russian_forces", None
        if iso3 == "UKR":
            if _OWN_FORCE_WORDS & set(window):
                return "ukrainian_forces", None
            return "ukraine_request", None
        return f"contribution:{iso3}", iso3
    first = noun - len(window)
    if any(w in _OWN_FORCE_WORDS and all(x in _OWNER_GLUE or x in MODIFIERS
                                         for x in low[first + k + 1:noun])
           and not (first + k > 0 and low[first + k - 1] in ("a", "an")
                    and low[noun] in ("contingent", "mission", "deployment", "presence"))
           for k, w in enumerate(window)):
        # (15w: "a military contingent of up to N" is one contingent sent, not a nation's
        # military; "a military force of N" stays an army)
        return None, None  # "its military force of 800,000": an army, not this force
    if _is_request(sent, noun):
        return "ukraine_request", None
    verb = _verb_before(low, noun - 1)
    if _MULTINATIONAL & set(low[verb + 1:noun]):
        # (15w) "Macron is leading efforts to deploy a European force of up to N": the force
        # is everyone's, whoever leads it
        return "european_force", None
    if low[verb] in CONTRIB_CUES or low[verb] in _APPROVED and low[noun] in _SENDING_NOUNS and \
            _bound_for_the_force(low, noun):
        # "Latvia will send a contingent of 200 soldiers"; (s56) "Spain's cabinet approved the
        # deployment of 400 soldiers": a government's approval of its own contingent
        if (sender := _sole_subject_nation(sent, verb)) is not None:
            return f"contribution:{sender}", sender
    if context & (FORCE_CUES | TROOP_UNITS | {"european", "europe"}):
        return "european_force", None
    return None, None


def _verb_before(low: list[str], k: int) -> int:
    """The verb a noun phrase ending at ``k`` is the object of, past its articles, modifiers and
    size words: "send a small contingent of", (s57) "a brigade-sized force of"."""
    while k > 0 and (low[k] in _OWNER_GLUE or low[k] in MODIFIERS or low[k] in _SIZE_ADJECTIVES
                     or k >= 3 and low[k] in ("sized", "size") and low[k - 1] == "-"):
        k -= 3 if low[k] in ("sized", "size") else 1
    return k


def _sole_subject_nation(sent: Sent, verb: int) -> str | None:
    """The one nation (not the host nor the adversary) whose verb at ``verb`` it is, else None."""
    nations = {a.iso3 for a in sent.subject_actors(verb, exclude=HOST_AND_ADVERSARY)}
    return nations.pop() if len(nations) == 1 else None


_ASKED_VERBS = frozenset({"sought", "requested", "wanted", "demanded", "asked", "proposed"})


def _names_the_force(low: list[str], a: int, b: int) -> bool:
    """Ukraine as the name a force bears, not as the one who asks: "a Ukraine peacekeeping
    implementation force would require tens of thousands of troops" (s20; set 36's four copies
    of one story)."""
    if a >= 1 and low[a - 1] in ("force", "mission") and not (
            low[b:b + 1] != [] and (low[b] in _ASKED_VERBS or low[b] in ("had", "has", "originally")
                                    and low[b + 1:b + 2] != [] and low[b + 1] in _ASKED_VERBS)):
        return True  # (s59) "the Multinational Force Ukraine", "Mission Ukraine": the force's name
        # (s74, a reviewer's probes: not "the 100,000-strong force Ukraine sought")
    if a == 0 or low[a - 1] not in ("a", "an", "the", "any"):
        return False
    for w in low[b:b + 4]:
        if w in FORCE_NOUNS:
            return True
        if not w.isalpha():
            return False
    return False


_LEADER_OF = (["president", "of"], ["leader", "of"], ["government", "of"])


def _is_request(sent: Sent, s: int) -> bool:
    """Ukraine (or its leader) asking for the force: a request word and Ukraine acting, unless
    the number stands in a clause set against the request ("Ukraine needs 200,000, but Europe
    is discussing a force of 30,000") that has neither."""
    if not any(m.iso3 == "UKR" for m in sent.mentions):
        return False  # every test below needs Ukraine named (most sentences; speed, 15za)
    low = sent.lower
    if any(low[k] in _PROPOSED and low[k + 1] == "by" and any(
            m.iso3 == "UKR" and k + 1 < m.start <= k + 5 for m in sent.mentions)
           for k in range(len(low) - 1)):
        return True  # "..., which is the lower limit suggested by President Zelensky"
    if any(low[k:k + 3] in (["called", "for", "by"], ["asked", "for", "by"]) and any(
            m.iso3 == "UKR" and k + 2 < m.start <= k + 6 for m in sent.mentions)
           for k in range(len(low) - 2)):
        return True  # (s29) "fewer troops than the 100,000 to 150,000 soldiers called for by
        # President Volodymyr Zelenskyy"
    speaks = [m for m in sent.mentions if m.iso3 == "UKR" and (
        not m.governed or m.start >= 2 and low[m.start - 2:m.start] in _LEADER_OF)
        and m.end <= s and sent.lower[m.end:m.end + 1] not in (["'s"], ["’s"])]
    # (s71, set 153) "the President of Ukraine insists on the need to establish a contingent of
    # at least 100,000": the leader of Ukraine speaks, as "Zelensky" does
    if speaks and any(low[k] in _TALKED and low[k + 1] in ("of", "about")
                      and k + 2 <= s <= k + 5 for k in range(len(low) - 1)):
        return True  # "Zelensky has spoken of more than 200,000 foreign troops"
    if speaks and _DEONTIC & set(low[speaks[0].end:s + 8]):
        return True  # "Zelensky said at least 200,000 European peacekeepers should be deployed"
    if speaks and _ENOUGH & set(low[s:s + 8]) and _NOT_WORDS.isdisjoint(low[s:s + 8]) and \
            _said_right_before(low, speaks[0].end, s):
        return True  # (s56) "Zelensky said no fewer than 100,000 troops would be enough": the
        # size he asks for (not "... would not be enough", a judgement of another's figure)
    if speaks and s - speaks[-1].end <= 8 and _PROPOSED & set(low[speaks[-1].end:speaks[-1].end + 3]):
        return True  # "Zelensky later suggested that a force of 100,000 to 150,000 could do": his
    comma = low.index(",") if low[:1] == ["as"] and "," in low[:s] else -1
    if comma > 0 and any(m.iso3 == "UKR" and m.end <= comma and _SPEAKS & set(low[m.end:comma])
                         for m in sent.mentions):
        return True  # (s26) "As Zelensky has articulated, a force of about 200,000 troops would
        # be essential": the figure is his
    if speaks and _foreign_size(sent, s, speaks[0].end):
        return True  # (s21) "Zelensky said that the mission could proceed with the deployment
        # of 100,000-150,000 European troops": Ukraine giving foreign troops' number asks for it
    if not has_request_word(low):
        return False
    lo = sent.clause_start(s)
    if lo > 0 and low[lo - 1] in _CONTRAST_WORDS:
        hi = sent.clause_end(s)
        if not has_request_word(low[lo:hi]) and not any(
                m.iso3 == "UKR" and lo <= m.start < hi for m in sent.mentions):
            return False
    # (s26) a word of need alone ("require", "necessary") asks only when Ukraine says or needs
    # it: "an effective force would require 100,000 peacekeepers given Ukraine's front line",
    # "a 100,000-strong Ukraine peacekeeping force" are the force's sizes, nobody's request
    need_only = not any(w in REQUEST_CUES and w not in _NEED_WORDS for w in low)
    # "According to Zelensky, at least 110,000 troops are necessary": the speaker asks
    # "estimates voiced by Zelenskyy", "Zelensky's demand for 200,000": his too
    return any(m.iso3 == "UKR" and not (m.start > s and _CONTRAST_WORDS & set(low[s:m.start]))
               and not (need_only and not _ukraine_acts(low, m, s))
               and not (m.start > s and _other_figure_between(sent, s, m.start))  # (s62)
               # "a force of between 10,000 and 30,000 troops, well below the 200,000 foreign
               # soldiers that Zelensky said would be needed": his is the other figure
               and not (m.start > s and _compared_with_what(low, s, m.start))  # (s64) "20,000
               # to 30,000 troops have been floated, well below what Kyiv says it needs"
               and not (m.start > s and "alone" in low[s:m.start])  # (s26) "send even 40,000
               # soldiers, ..., let alone the 200,000 Zelensky wants": his is the other ("...
               # requested by Zelensky" is read as his by the rule of _PROPOSED above first)
               and not _names_the_force(low, m.start, m.end)
               and (not m.governed or sent.lower[max(0, m.start - 2):m.start]
                                    == ["according", "to"]
                                    or _an_office_of(sent.lower, m.start)
                                    or sent.lower[m.start - 1] == "by" and m.start >= 2
                                    and sent.lower[m.start - 2] in _VOICED
                                    or sent.lower[m.end:m.end + 1] in (["'s"], ["’s"])
                                    and (m.start < s or sent.lower[m.end + 1:m.end + 2] and
                                         sent.lower[m.end + 1] in _ASKING_NOUNS))
               and not _ukraines_own(sent.lower, m.end)
               # (s66) "Kyiv will call up 160,000 more soldiers": its own muster, no request
               and not (m.end <= s and _musters(low[m.end:s]))
               for m in sent.mentions)


# (s68) "UN Ambassador of Ukraine Andriy Melnyk called for ...": an office of Ukraine speaks
_OFFICES_OF = frozenset("ambassador envoy president minister spokesman spokeswoman spokesperson "
                        "representative commander".split())


def _an_office_of(low: list[str], start: int) -> bool:
    """(s68) The nation at ``start`` owns an office right before it ("the Ambassador of Ukraine
    called for ..."), an office that is no preposition's object ("In a call with the President of
    Ukraine, Macron said ...")."""
    if not (start >= 2 and low[start - 1] == "of" and low[start - 2] in _OFFICES_OF):
        return False
    k = start - 3
    while k >= 0 and (low[k] in ("the", "a", "un", "designated", "special", "deputy", "former")
                      or low[k] in _OFFICES_OF):
        k -= 1
    return k < 0 or low[k] not in _OBJECT_MARKERS


# (s68) what makes the office a phrase's object, not the clause's subject: a preposition, or a
# verb whose object it is ("met the President of Ukraine")
_OBJECT_MARKERS = frozenset({"with", "to", "for", "by", "from", "in", "on", "at", "of", "about",
                            "against", "between", "told", "met", "meets", "meeting", "called",
                            "urged", "asked"})


def _compared_with_what(low: list[str], s: int, end: int) -> bool:
    """(s64) "below (short of, less than) what" between the figure at ``s`` and ``end``: the
    figure is set against what another wants, not that wish."""
    return any(low[k] == "what" and (low[k - 1] in ("below", "under", "than", "of", "from")
                                    or low[k - 2:k] == ["far", "from"])
               for k in range(s + 1, end))


def _other_figure_between(sent: Sent, s: int, end: int) -> bool:
    """(s62) Another figure between the one at ``s`` (its range and unit words passed) and
    token ``end``."""
    low = sent.lower
    k = s
    while k < end and (low[k][:1].isdigit() or low[k] in ("and", "to", "-", "–", "or", "thousand")
                       or low[k] in TROOP_UNITS):
        k += 1
    return any(low[x][:1].isdigit() and sent.tok(x).like_num for x in range(k, end))


# (s25) what "Ukraine's" owns without asking for anything: "the UK's role in ensuring Ukraine's
# security, with suggestions that a force of up to 100,000 may be needed" is no request of Kyiv's
_UKRAINES_OWN = frozenset({"security", "defence", "defense", "sovereignty", "territory", "borders",
                           "border", "future", "reconstruction", "territorial", "independence",
                           "survival", "airspace", "skies"})


_NEED_WORDS = frozenset({"need", "needs", "needed", "needing", "require", "requires",
                         "required", "requiring", "necessary", "necessity", "minimum",
                         "necessitate", "necessitates", "necessitated"})


def _said_right_before(low: list[str], a: int, s: int) -> bool:
    """(review s56) A verb of saying between ``a`` and the figure at ``s`` with nothing after it
    but "that" and the figure's qualifier ("Zelensky said no fewer than 100,000 troops would be
    enough"; not "said he doubted 30,000 ...", "said the 10,000 troops Britain offered ...")."""
    verb = next((k for k in range(s - 1, a - 1, -1) if low[k] in _SPEAKS), None)
    return verb is not None and set(low[verb + 1:s]) <= _SAID_FILL


_SAID_FILL = frozenset({"that", "no", "fewer", "less", "than", "at", "least", "some", "about",
                        "around", "only", "just", "a", "minimum", "of",
                        # (s68, rv68-own) "Zelensky said a European contingent of 100,000 to
                        # 150,000 troops could be enough": the force he names, then its size
                        "european", "foreign", "western", "international", "contingent", "force",
                        "mission", "peacekeeping"})


def _ukraine_acts(low: list[str], m: Any, s: int) -> bool:
    """Ukraine (its mention ``m``) speaks or needs: a word of need, saying or pressing within
    five words after it, or a word of saying between it and the figure at ``s`` ("Zelenskyy has
    indicated that securing the front line would require around 100,000 troops"), or
    "according to" / "by" before it."""
    free = not m.governed and not _PLACE_PREPS & set(low[max(0, m.start - 3):m.start])
    return free and bool(_ACTS_AFTER & set(low[m.end:m.end + 5])
                         or m.end <= s and _SPEAKS & set(low[m.end:s])) or \
        low[max(0, m.start - 2):m.start] == ["according", "to"] or low[m.start - 1:m.start] == ["by"]


# "a mission in a warring Ukraine will require ...": a place, not the one who needs
_PLACE_PREPS = frozenset({"in", "to", "for", "of", "into", "across", "on", "inside", "within"})
_PRESSED = frozenset({"pressed", "pushed", "urged", "agrees", "agreed", "concurs", "insisted"})
_AS_SAID = frozenset({"articulated", "stressed", "emphasised", "emphasized", "put", "explained",
                      "proposed", "demanded", "requested", "asked", "estimated", "estimates",
                      "estimate", "reckons", "reckoned", "calculated", "wrote", "writes",
                      "indicated", "indicates", "signalled", "signaled", "acknowledged",
                      "announced", "mentioned", "hinted"})
_SPEAKS = _SAYS | _AS_SAID
_ACTS_AFTER = _NEED_WORDS | _SPEAKS | _PRESSED


def _ukraines_own(low: list[str], end: int) -> bool:
    """The mention ending at ``end`` owns one of `_UKRAINES_OWN` ("Ukraine's security")."""
    return low[end:end + 1] in (["'s"], ["’s"]) and end + 1 < len(low) and \
        low[end + 1] in _UKRAINES_OWN


def has_request_word(low: Sequence[str]) -> bool:
    """A request word among ``low``, "so-called" not one ("the so-called peacekeeping
    contingent": a Russian source's scare quotes, not a call for troops; s22)."""
    return any(w in REQUEST_CUES and not (w == "called" and k >= 1 and (
        low[k - 1] == "so" or low[k - 1] in ("-", "‐", "–") and k >= 2 and low[k - 2] == "so"))
               for k, w in enumerate(low))


_FOREIGN = frozenset({"foreign", "western", "european", "international", "allied"})
_DISCUSSING = frozenset({"discussing", "discussed", "discuss", "planning", "planned", "plans"})
_TOO_FEW = frozenset({"enough", "few", "insufficient", "inadequate", "small", "smaller", "only"})


def _foreign_size(sent: Sent, s: int, after: int) -> bool:
    """Ukraine, the subject before the figure, gives the number of foreign troops: a foreign
    (Western, European ...) word between it and the figure or in the figure's noun phrase, and no
    other nation in the sentence, nor a word judging the number too small ("Zelensky said the
    30,000 European troops planned were not enough": the others' plan)."""
    low = sent.lower
    if any(m.iso3 not in ("UKR", "RUS") for m in sent.mentions) or not _TOO_FEW.isdisjoint(low):
        return False
    if _CONTRAST_WORDS & set(low[after:s]) or _DISCUSSING & set(low[after:s]):
        return False  # "Ukraine wants peace, but Europe is discussing a force of 30,000"
    if not any(c.isdigit() for c in "".join(low[s:s + 3])):
        return False  # "Zelensky said thousands of Western troops could be deployed": a vague
        # size he reports, not a number he asks for (set 15)
    return not _FOREIGN.isdisjoint(low[after:s + 4])


# (s20) "Zelensky's demand for 200,000" asks; "... tens of thousands of troops ... to sit between
# Ukraine's standing army and Russia's": a possessive after the figure asks only with these nouns
_ASKING_NOUNS = frozenset({"demand", "demands", "request", "requests", "call", "calls", "plea",
                           "appeal", "estimate", "estimates", "proposal", "figure", "ask",
                           "wish", "insistence"})


_ASIDE_OPENERS = frozenset({"as", "according", "he", "she", "they", "officials", "sources"})


def _before_aside(sent: Sent, s: int) -> list[Any]:
    """(15p) The subject before an aside set off by commas ("The UK itself, as he said at a
    meeting in April, is ready to send up to 10,000 people"): the clause of the figure opens
    right after the aside, so its subject is the nation that opens the clause before it."""
    low = sent.lower
    lo = sent.clause_start(s)
    if lo < 3 or low[lo - 1] != ",":
        return []
    j = next((k for k in range(lo - 2, max(-1, lo - 16), -1) if low[k] == ","), None)
    if j is None or low[j + 1] not in _ASIDE_OPENERS:
        return []
    first = sent.clause_start(j)
    return [m for m in sent.free_mentions(first, j) if m.iso3 not in HOST_AND_ADVERSARY][:1]


_DISCUSSED = frozenset({"discussed", "discussion", "debated", "mooted"})

# between a nation and its verb: "the Danish prime minister has spoken about ..."
_TITLE_WORDS = frozenset({"prime", "minister", "president", "chancellor", "premier", "leader",
                          "defence", "defense", "foreign", "secretary", "government", "has",
                          "had", "have", "also", "repeatedly", "recently", "already"})


def _talked_of(sent: Sent, s: int) -> list[Any]:
    """(15p) The nation (or its leader) that "spoke about / talked of plans to send" the figure:
    *talk of* takes an object, not a reported clause, so its subject is the sender ("Starmer
    spoke about plans to send 10,000 peacekeepers"). Ukraine's leader asks instead (_is_request,
    read before)."""
    low = sent.lower
    for k in range(max(1, s - 8), s - 1):
        if low[k] in _TALKED and low[k + 1] in ("about", "of") and \
                _SEND_VERBS & set(low[k + 2:s]):
            owner = [m for m in sent.mentions if not m.governed and m.end <= k
                     and all(w in _TITLE_WORDS for w in low[m.end:k])
                     and m.iso3 not in HOST_AND_ADVERSARY]
            return owner[-1:]
    return []


# Ukraine's leader speaking of a figure, or saying it must be met: his ask
_TALKED = frozenset({"talks", "talked", "talking", "spoke", "spoken", "speaks", "speaking"})
_DISCUSS_VERBS = frozenset({"discussed", "discussing", "discusses", "discuss", "talked",
                            "talking", "talks"})
_OWN_MARKS = frozenset({"its", "their", "own", "his", "her", "our"})


_DISCUSSANTS = frozenset({"officials", "planners", "ministers", "diplomats", "leaders",
                          "sources", "commanders"})


def _discussed_size(low: list[str], lo: int, qs: int) -> bool:
    """(s22) "UK officials have discussed deploying 10,000 to 30,000 troops": a figure a nation's
    officials discuss, with no own troops said ("its", "their own"), is the plan's size, as a
    floated idea is (§4); "Norway has discussed deploying up to 2,000 troops" (the nation itself,
    15s) and "Britain discussed sending 5,000 of its troops" stay the nation's."""
    between = low[lo:qs]
    return low[lo:lo + 1] != [] and low[lo] in _DISCUSSANTS and \
        not _DISCUSS_VERBS.isdisjoint(between) and _OWN_MARKS.isdisjoint(low[lo:qs + 6])


def _talked_about(low: list[str], qs: int) -> bool:
    """(s22) "have talked about (possibly) 10,000 to 30,000 troops": the figure is the object of a
    verb of discussion."""
    if qs >= 1 and low[qs - 1] in _DISCUSS_VERBS and low[qs:qs + 1] in (["about"], ["of"]):
        return True  # the qualifier opens the figure: "talked about 10,000 troops"
    k = qs - 1
    while k >= 0 and low[k] in ("possibly", "perhaps", "some", "around", "about", "up", "to",
                                "a", "possible", "potential"):
        if low[k] == "about" and k >= 1 and low[k - 1] in _DISCUSS_VERBS:
            return True
        k -= 1
    # (s26) "have spoken of a possible 10.000 to 30.000 troops"
    return k >= 1 and low[k] in ("about", "of") and low[k - 1] in _DISCUSS_VERBS | {
        "spoken", "spoke", "speak", "speaks", "speaking", "talk"}
_DEONTIC = frozenset({"should", "must"})
_ENOUGH = frozenset({"enough", "sufficient", "suffice"})
_NOT_WORDS = frozenset({"not", "n't", "never"})
_VOICED = frozenset({"voiced", "proposed", "suggested", "demanded", "requested", "cited", "named",
                     "mentioned", "floated", "given", "made", "put", "set"})
_PROPOSED = frozenset({"suggested", "proposed", "floated", "sought", "demanded", "requested"})
_FLOOR = (("lower", "limit"), ("minimum",), ("floor",), ("at", "least"))
_CONTRAST_WORDS = frozenset({"but", "while", "whereas", "although", "though", "albeit"})


def _unit(word: str | None) -> tuple[str | None, float]:
    if word is None:
        return None, 1.0
    if word in ("EUR", "USD", "GBP"):
        return word, 1.0
    if word in TROOP_UNITS:
        return "troops", 1.0
    if word in KM_UNITS:
        return "km", KM_UNITS[word]
    if word in COUNTRY_UNITS or word in _COUNTRY_SINGULAR:
        return "countries", 1.0
    if word in AIRCRAFT_UNITS:
        return "aircraft", 1.0
    if word in TIME_UNITS:
        return "year", TIME_UNITS[word]
    return None, 1.0


def _merge_conversions(sent: Sent, hits: list[tuple[QuantityHit, int, int]]) -> list[tuple[QuantityHit, int, int]]:
    """'600-mile (1,000-kilometer)': keep the metric figure, drop the converted twin."""
    drop: set[int] = set()
    for k in range(len(hits) - 1):
        (a, _, ae), (b, bs, _) = hits[k], hits[k + 1]
        if a.unit == b.unit == "km" and bs - ae <= 2 and "(" in sent.lower[ae:bs + 1]:
            a_metric = "mile" not in a.text.lower()
            drop.add(k + 1 if a_metric else k)
    return [h for k, h in enumerate(hits) if k not in drop]


_IDEA = frozenset({"floated", "floats", "floating", "mooted", "touted"})  # not "open to the idea"
_EU = (["eu"], ["european", "union"], ["e.u."])


def _with_eu(lower: list[str], a: int, b: int) -> bool:
    """The EU stands in the list of the nation at ``a:b`` ("the EU and the UK", "the United
    Kingdom and the European Union")."""
    before = [w for w in lower[max(0, a - 5):a] if w not in ("the", "and", ",")]
    after = [w for w in lower[b:b + 5] if w not in ("the", "and", ",")]
    glue_b = "and" in lower[max(0, a - 3):a]
    glue_a = lower[b:b + 1] == ["and"]
    return any(glue_b and before[-len(e):] == e for e in _EU) or \
        any(glue_a and after[:len(e)] == e for e in _EU)


def _nations_attended(lower: list[str], e: int, unit_word: str | None, words: set[str]) -> bool:
    """'35 participants attended the meeting' in a sentence on the nations taking part ("several
    other countries are still considering their position, ... 35 participants attended the
    meeting"): the participants are the nations (15t); not "200 participants attended" alone."""
    return unit_word == "participants" and bool(
        {"attended", "joined", "took", "attend", "join"} & set(lower[e:e + 2])) and \
        bool(words & {"countries", "nations", "states"})


def _sourcing(after: list[str]) -> bool:
    """The words after a count of people make them the report's sources, not troops: "five
    people with knowledge of the meeting told", "two people briefed on the talks" (set 17, s12)."""
    head = " ".join(after)
    return (head.startswith(("with knowledge", "familiar with", "briefed on", "close to",
                             "who spoke", "who asked", "speaking on"))
            or after[:1] in (["told"], ["said"]))


_LASTING = frozenset({"force", "forces", "mission", "deployment", "troops", "soldiers", "presence",
                      "contingent", "peacekeepers", "peacekeeping", "operation"})
_CLAUSE_OPENERS = frozenset({"that", ",", ";", ":", "but", "while", "whereas", "“", "”", '"', "—"})
_THE_LAST = frozenset({"the", "over", "past", "in", "for"})


_PAIR_DETERMINERS = frozenset({"no", "our", "these", "those", "both", "their"})
_SEATS = frozenset({"headquarters", "hq", "presidency", "secretariat"})
_LASTING_VERBS = frozenset({"last", "lasts", "remain", "remains", "stay", "stays", "operate",
                            "operates", "serve", "serves"})


_WAR_NOUNS = frozenset({"war", "wars", "conflict", "invasion", "fighting", "occupation",
                        "aggression", "offensive"})
_AGE_GLUE = frozenset({"-", "–", "year", "years", "old", "long", "of", "full", "scale",
                       "full-scale"})
_TIME_NOUNS = frozenset({"week", "month", "year", "weekend", "time", "night", "summer", "winter",
                         "spring", "autumn", "fall", "decade", "minute", "moment"})


def _the_wars_age(lower: list[str], s: int) -> bool:
    """(s68) The years at ``s`` are the war's age: "the three-year conflict", "three years of war",
    "the nearly four-year-old invasion"."""
    j = s + 1
    while j < len(lower) and j <= s + 5 and lower[j] in _AGE_GLUE:
        j += 1
    return j > s + 1 and j < len(lower) and lower[j] in _WAR_NOUNS and \
        lower[j + 1:j + 3] != ["-", "free"]  # (not "five years of war-free monitoring")


def _force_lasts(lower: list[str], s: int, prev_lower: AbstractSet[str]) -> bool:
    """The figure of years at ``s`` is how long the force lasts (the sentence or the one before
    speaks of the force): a lifetime verb ("the mission would last 20 years", "a well-run one
    could last 20 years"; not "over the last 20 years", "last" as an adjective), or "for" with
    the force (a mission, a deployment, the troops) in the figure's own clause before it, or
    "it" / "they" there for the force of the sentence before ("troops deployed for 3 years";
    not "Moscow will comply with a treaty ... for 3 years"; s13)."""
    if s > 0 and lower[s - 1] == "for":
        lo = next((k + 1 for k in range(s - 1, -1, -1) if lower[k] in _CLAUSE_OPENERS), 0)
        clause = lower[lo:s]
        seat = max((j for j, x in enumerate(clause) if x in _SEATS), default=None)
        if seat is not None and _LASTING_VERBS.isdisjoint(clause[seat:]):
            return False  # (s48 review) "the headquarters of the force will be in Paris for one
            # year": where its command sits for a time, not how long the force lasts
        return not _LASTING.isdisjoint(clause) or (
            not {"it", "they"}.isdisjoint(clause) and not _LASTING.isdisjoint(prev_lower))
    return any(w in LIFETIME_CUES and not (w == "last" and k > 0 and lower[k - 1] in _THE_LAST)
               and not (w == "last" and lower[k + 1:k + 2] and lower[k + 1] in _TIME_NOUNS)
               for k, w in enumerate(lower))  # (s68: not "branded him a dictator last week")


# (s21) adjectives of a figure that make it the whole force's, as "European" does
_MANY_NATIONS_ADJ = frozenset({"international", "multinational", "multi-national", "allied"})
_ASK_VERBS = frozenset({"asked", "asks", "urged", "urges", "called", "calls", "requested",
                        "pressed", "pressing", "asking", "urging"})
_ASKED_GROUPS = frozenset({"colleagues", "counterparts", "allies", "partners", "europeans",
                           "countries", "nations", "governments", "states", "members"})


_NEEDED = frozenset({"needed", "required", "necessary", "essential", "needs"})
_BE_NEEDED = frozenset({"be", "are", "is", "was", "were", "being", "been"})
_UNITLESS_TRIGGERS |= _NEEDED | _TALKED | _ASKED_BY | _WANTS  # (s62) "100,000 would be needed", "spoken of
# 200,000", "asked for 200,000"
_NEED_VERBS = _NEED_WORDS - {"needed", "necessary", "necessity", "minimum", "necessitate",
                            "necessitates", "necessitated"}
_THEATRE = frozenset({"ukraine", "ukrainian", "ceasefire", "truce", "front", "peace"})
_ALLIED = frozenset({"allied", "western", "partner", "foreign", "international", "nato"})


_SAID = frozenset({"said", "says", "say", "stated", "announced", "told", "warned", "added"})


def _reported_from(low: list[str], qs: int) -> int:
    """(s47) Where the reported clause holding the figure at ``qs`` starts: after the last verb
    of saying in the three words before the figure's noun phrase ("Starmer's spokesperson said
    thousands of troops would be needed": the speaker owns none of them), else 0."""
    k = qs
    while k > 0 and low[k - 1] in _FIGURE_LEAD:
        k -= 1
    k -= low[k - 1:k] == ["that"]
    return k if k > 0 and low[k - 1] in _SAID else 0


_FIGURE_LEAD = frozenset({"some", "about", "around", "up", "to", "nearly", "roughly", "perhaps",
                          "as", "many", "more", "than", "at", "least", "over", '"', "“"})


def _needed(sent: Sent, qs: int, e: int) -> bool:
    """(s26) The figure is what something would need, with no nation owning it: "N troops would
    be needed / are required", or "would need / require (at least) N troops" with no nation
    before it in its clause ("Ukraine needs ..." and "Britain would need ..." are theirs)."""
    low = sent.lower
    after = low[e:e + 5]
    if any(w in _NEEDED and k >= 1 and after[k - 1] in _BE_NEEDED for k, w in enumerate(after)):
        return not sent.free_mentions(max(sent.clause_start(qs), _reported_from(low, qs)), qs)
    if qs >= 1 and low[qs - 1] in _NEED_VERBS or qs >= 2 and low[qs - 2] in _NEED_VERBS and \
            low[qs - 1] in ("some", "about", "around", "roughly", "approximately", "perhaps"):
        lo = sent.clause_start(qs)
        return not sent.free_mentions(lo, qs) and not ARMY_WORDS & set(low[lo:qs])
    return False


_EUROPES = frozenset({"commitments", "commitment", "plans", "plan", "proposal", "proposals",
                      "countries", "nations", "allies", "partners", "governments", "capitals",
                      "leaders", "pledges", "offers"})


_DEFEND = frozenset({"defend", "defends", "defending", "protect", "protects", "protecting",
                     "secure", "securing", "guard", "guarding", "reassure", "reassuring", "help",
                     "helping", "support", "supporting", "shield", "back", "backing"})
_WITH_GLUE = frozenset({"with", "up", "to", "as", "many", "some", "about", "around", "nearly"})


def _defended_with(low: list[str], ukraine: Mention, s: int) -> bool:
    """(s42) "to defend Ukraine with 30,000 troops": Ukraine the object of a verb of protecting,
    the figure after "with" the protectors'."""
    return ukraine.start >= 1 and low[ukraine.start - 1] in _DEFEND and \
        low[ukraine.end:ukraine.end + 1] == ["with"] and \
        all(w in _WITH_GLUE for w in low[ukraine.end:s])


def _europes_between(low: list[str], a: int, b: int) -> bool:
    """(s26) "European commitments", "Europe's plan" between a nation and its figure: the
    figure is what Europe commits, the nation only backs or speaks of it."""
    return any(w in ("european", "europe", "europe's", "europe’s") and low[k + 1:k + 2]
               and low[k + 1] in _EUROPES for k, w in enumerate(low[a:b], start=a)) or any(
        # (s42) "Macron ... came up with a common position: the Europeans were willing to put
        # tens of thousands of their own troops in Ukraine": Europe the subject after a colon
        w in (":", ";", "—") and low[k + 1:k + 3] in (["the", "europeans"], ["europeans", "were"],
                                                     ["europeans", "are"], ["europeans", "would"],
                                                     ["europe", "would"], ["europe", "will"],
                                                     ["europe", "is"], ["europe", "was"])
        for k, w in enumerate(low[a:b], start=a))


def _asked_others(low: list[str], qs: int) -> bool:
    """Whether the figure at ``qs`` is what a speaker asks of others: an asking verb, then a
    group of others (*colleagues*, *allies*, *countries* ...) within six words, before it."""
    lo = max(0, qs - 16)
    if "'s" in low[max(0, qs - 5):qs] or "’s" in low[max(0, qs - 5):qs]:
        return False  # "urged allies to match Britain's offer of 10,000 troops": Britain's
    for k in range(lo, qs):
        if low[k] in _ASK_VERBS and not _ASKED_GROUPS.isdisjoint(low[k + 1:min(qs, k + 7)]):
            return True
    return False


def _not_matched(sent: Sent, actors: list[Any]) -> list[Any]:
    """Leave out a nation whose contribution another offers to match ("France has indicated a
    willingness to match the UK's contribution, offering to send between 5,000 and 10,000
    troops": France's figure, s21), when a nation before it is the subject."""
    low = sent.lower
    if len(actors) != 1:
        return actors
    a = actors[0]
    if not ({"match", "matching", "equal", "equalling", "equaling"} & set(
            low[max(0, a.start - 3):a.start]) and low[a.end:a.end + 1] in (["'s"], ["’s"])):
        return actors
    before = [m for m in sent.mentions if m.end <= a.start - 1 and not m.governed
              and m.iso3 not in HOST_AND_ADVERSARY]
    return sent.coordinated(before[-1]) if before else actors


_POLLED = frozenset({"surveyed", "survey", "polled", "poll", "respondents", "questioned",
                     "interviewed", "sample"})
_RUSSIA_MUSTERS = frozenset({"mobilize", "mobilise", "mobilizing", "mobilising", "mobilized",
                             "mobilised", "recruit", "recruiting", "recruited", "amass", "amassed",
                             "massed", "concentrated", "conscript", "conscripted", "draft",
                             "drafted"})
_AGAINST = frozenset({"against", "warned", "warns", "oppose", "opposes", "opposed", "not", "n't"})


def _musters(between: list[str]) -> bool:
    """A nation's own muster verb between its name and the figure ("plans to mobilise", "will
    call up")."""
    return bool(_RUSSIA_MUSTERS & set(between)) or any(
        a in ("call", "calls", "calling", "called") and b == "up"
        for a, b in zip(between, between[1:], strict=False))


_HAS_MEMBERS = frozenset({"includes", "include", "included", "including", "has", "have", "had",
                          "comprises", "comprised", "counts", "counted", "numbers", "grew", "grown",
                          "totals", "boasts"})
_COUNT_GLUE = frozenset({"now", "already", "about", "around", "some", "nearly", "almost", "over",
                         "more", "than", "roughly", "at", "least", "a", "total", "of"})


def _coalition_has(lower: list[str], s: int) -> bool:
    """(s42) "The Coalition of the Willing, which convened in Paris this week, now includes 35
    members": the coalition, the subject of a verb of having however long the aside before it,
    counts its members (not "parliament has 200 members")."""
    k = s - 1
    while k >= 0 and lower[k] in _COUNT_GLUE:
        k -= 1
    if k < 1 or lower[k] not in _HAS_MEMBERS:
        return False
    before = lower[max(0, k - 20):k]
    return "coalition" in before and not {"parliament", "council", "committee", "delegation",
                                           "board", "party"} & set(before)


# (s51) a hyphenated pair of the two lead nations as one force's owner ("a joint Franco-British
# force of up to 50,000 troops", "an Anglo-French corps of 50,000 soldiers"): their joint share,
# not Britain's alone (the tokenizer splits "Franco-British", and only "British" is a mention)
_LEAD_PAIR_HALVES = {"franco": "FRA", "french": "FRA", "france": "FRA", "anglo": "GBR",
                "british": "GBR", "britain": "GBR", "uk": "GBR", "u.k.": "GBR"}
_LEAD_PAIR_NOUNS = frozenset({"force", "forces", "contingent", "corps", "mission", "deployment",
                         "brigade", "division", "troops", "soldiers", "personnel", "units"})
_LEAD_PAIR_FILLER = frozenset({"joint", "combined", "military", "expeditionary", "multinational",
                          "peacekeeping", "reassurance", "of", "up", "to", "about", "around",
                          "some", "nearly", "almost", "roughly", "approximately", "as", "many",
                          "numbering", "totalling", "totaling", "with"})


def _lead_pair(low: list[str], qs: int) -> str | None:
    """``FRA+GBR`` when "Franco-British" (or "Anglo-French", "British-French", "UK-French") stands
    before the figure with only a force noun and its glue between; else None."""
    for k in range(max(0, qs - 8), qs - 2):
        a, dash, b = low[k], low[k + 1], low[k + 2]
        pair = {_LEAD_PAIR_HALVES.get(a), _LEAD_PAIR_HALVES.get(b)}
        if dash != "-" or pair != {"FRA", "GBR"}:
            continue
        between = low[k + 3:qs]
        if between and between[0] in _LEAD_PAIR_NOUNS - {"troops", "soldiers", "personnel", "units"} \
                and all(w in _LEAD_PAIR_NOUNS or w in _LEAD_PAIR_FILLER for w in between):
            return "FRA+GBR"
    return None


# a count of leaders is the coalition's nations at its meeting ("around 25 leaders are expected to
# join the coalition's call", 15t; s51: "more than 27 leaders convened in Paris", "35 leaders ...
# meet in Paris to craft post-ceasefire security")
_LEADERS_MEET = frozenset({"coalition", "summit", "meeting", "call", "meet", "meets", "met",
                           "convened", "convene", "convenes", "gathered", "gather", "gathers"})


_DETERRING = frozenset({"deter", "deters", "deterring", "deterred", "hold", "holding", "contain",
                        "containing", "stop", "stopping", "keep", "keeping", "counter",
                        "countering", "dissuade", "dissuading", "restrain", "restraining",
                        "against", "confront", "confronting", "resist", "resisting"})


def _not_deterred(low: list[str], mentions: list[Any]) -> list[Any]:
    """(s59) The nations named as the object of deterring ("Deterring Russia ... could require
    150,000 troops", "holding Russia back would need 100,000"): the troops are the deterrers',
    not that nation's own."""
    return [m for m in mentions if not (m.start >= 1 and low[m.start - 1] in _DETERRING)
            and low[m.end:m.end + 1] not in _AN_ATTACK]


# (s66) a nation's attack, not its troops: "A force meant to deter a renewed Russian offensive
# would need 100,000 troops" (read as Russia's own before)
_AN_ATTACK = [[w] for w in ("attack", "attacks", "offensive", "offensives", "invasion",
                            "aggression", "advance", "assault", "incursion", "incursions",
                            "onslaught", "threat")]


_INVOLVE = frozenset({"involve", "involves", "involving", "encompass", "encompasses", "comprise",
                     "comprises", "comprising", "entail", "entails"})
_DEPLOYING = frozenset({"deploy", "deploying", "deployed", "send", "sending", "dispatch",
                        "dispatching", "peacekeepers", "peacekeeping"})


def _and_others(between: list[str]) -> bool:
    """(s59) "..., France, Germany, and other countries": the nations listed and the rest."""
    for k, w in enumerate(between):
        if w == "other" and k >= 1 and between[k - 1] == "and" and \
                not OTHER_NATION_NOUNS.isdisjoint(between[k + 1:k + 4]):
            return True
    return False


def _deterrers_need(sent: Sent, s: int) -> bool:
    """(s59) "Deterring Russia ... could require 150,000 troops": Russia, the object of
    deterring, in the twenty words before the figure, and a verb of needing between them."""
    low = sent.lower
    for m in sent.mentions:  # (the clause's start would fall at "once this war ends,")
        if m.iso3 == "RUS" and s - 20 <= m.start and m.end <= s and m.start >= 1 and \
                low[m.start - 1] in _DETERRING and not _NEEDS.isdisjoint(low[m.end:s]):
            return True
    return False


class _NoRule:
    """What a group of subject rules returns when none applies: the next group reads the figure."""


_NO_RULE = _NoRule()
_Whose = tuple[str | None, str | None]  # (subject, nation); (None, None): nobody's figure
_Ruled = _Whose | _NoRule


def _subject(
    sent: Sent, s: int, e: int, unit: str, unit_word: str | None, words: set[str],
    prev_lower: AbstractSet[str], span_lower: list[str],
) -> tuple[str | None, str | None]:
    """Whose figure the quantity at tokens [s, e) is, read by its unit: (subject, nation)."""
    if unit == "troops":
        return _troop_subject(sent, s, e, unit_word, words, prev_lower, span_lower)
    if unit == "km":
        return _km_subject(sent.lower, e, words)
    if unit == "year":
        return _year_subject(sent.lower, s, words, prev_lower)
    if unit == "countries":
        return _country_subject(sent, s, e, unit_word, words, span_lower)
    if unit == "aircraft":
        return ("air_component", None) if words & AIR_CUES else (None, None)
    if unit in ("EUR", "USD", "GBP"):
        return ("force_cost", None) if words & COST_CUES and words & FORCE_CUES else (None, None)
    return None, None


def _troop_subject(
    sent: Sent, s: int, e: int, unit_word: str | None, words: set[str],
    prev_lower: AbstractSet[str], span_lower: list[str],
) -> _Whose:
    """Whose troop figure it is: groups of rules in order, the first to answer decides."""
    if _not_a_force_size(sent, s, e, unit_word, words, prev_lower):
        return None, None
    inside = [m for m in sent.mentions if s <= m.start and m.end <= e]
    ruled = _russia_request_or_europe(sent, s, inside, span_lower)
    if not isinstance(ruled, _NoRule):
        return ruled
    qs = _qualifier(sent, s)[1]
    ruled = _pair_or_share_before(sent, qs)
    if isinstance(ruled, _NoRule):
        ruled = _nation_adjectives_inside(inside, unit_word, span_lower)
    if isinstance(ruled, _NoRule):
        ruled = _whose_force_noun(sent, s, e, qs, unit_word, words, prev_lower, inside)
    if isinstance(ruled, _NoRule):
        ruled = _from_nation_or_its_contribution(sent, e, qs)
    if isinstance(ruled, _NoRule):
        ruled = _russia_or_ukraine_before(sent, s, span_lower)
    if isinstance(ruled, _NoRule):
        ruled = _senders_figure(sent, s, qs, unit_word, words)
    if isinstance(ruled, _NoRule):
        ruled = _sent_discussed_or_needed_by_a_deployment(sent, s, e, qs, words, prev_lower)
    if isinstance(ruled, _NoRule):
        return _force_by_context(sent, e, qs, words, prev_lower)
    return ruled


def _not_a_force_size(sent: Sent, s: int, e: int, unit_word: str | None, words: set[str],
                      prev_lower: AbstractSet[str]) -> bool:
    """A weak unit word's figure that is no troops': sources, a poll's sample, far from a force."""
    lower = sent.lower
    if unit_word in _WEAK_TROOP_UNITS and _sourcing(lower[e:e + 3]):
        return True  # "five people with knowledge of the meeting told POLITICO"
    if unit_word in ("people", "men") and not _POLLED.isdisjoint(lower[max(0, s - 4):e + 4]):
        return True  # (s30) "Savanta surveyed 2,296 people": a poll's sample
    if unit_word not in _WEAK_TROOP_UNITS:
        return False
    # "a 10,000-strong Western peacekeeping force": a compound modifier may put two
    # adjectives between "-strong" and its noun (s20)
    ahead = 4 if unit_word in ("strong", "man") else 2
    q0 = _qualifier(sent, s)[1]
    # (s34) the five words before the qualifier too: "a force ... could be in the region
    # of a few tens of thousands strong"
    near = set(lower[e:e + ahead]) | set(lower[max(0, min(s, q0) - 5):s])
    if unit_word == "people" or unit_word == "militaries" or unit_word == "strong" and (
            e >= len(lower) or not lower[e][:1].isalpha() or lower[e] in ("or", "and")):
        near = words  # (s34) "the force ... could be a few tens of thousands strong – or
        # even less": a size said of the sentence's subject, however far back
    sent_by = unit_word in ("people", "men") and q0 > 0 and lower[q0 - 1] in CONTRIB_VERBS and \
        any(not m.governed for m in sent.mentions if m.end <= q0) and \
        bool((words | set(prev_lower)) & (FORCE_CUES | {"ukraine", "troops", "soldiers"}))
    # "the UK was ready to send up to 10,000 people" (in a report on the force)
    # (s30) "deploy peacekeepers in the number of 15,000 to ... 30,000 people"
    return not sent_by and not near & {"force", "contingent", "mission", "brigade", "division",
                                       "company", "battalion", "deployment", "presence",
                                       "troops", "soldiers", "unit", "corps", "peacekeepers",
                                       "peacekeeping", "servicemen"} \
        and not _many_nations_army(lower[e:e + ahead])


def _russia_request_or_europe(sent: Sent, s: int, inside: list[Mention],
                              span_lower: list[str]) -> _Ruled:
    """Russia (or North Korea) named in the figure, Ukraine's request, or a European figure."""
    for m in inside:
        if m.iso3 in ("RUS", "PRK"):  # (s30) North Korea's troops fight beside Russia's
            return "russian_forces", None
    if _is_request(sent, s):
        return "ukraine_request", None
    if "european" in span_lower or not _MANY_NATIONS_ADJ.isdisjoint(span_lower):
        return "european_force", None  # (s21) "deploying 30,000 international troops"
    return _NO_RULE


def _pair_or_share_before(sent: Sent, qs: int) -> _Ruled:
    """The words before the figure: a pair of nations leading, others asked, a part or share."""
    lower = sent.lower
    pair = _lead_pair(lower, qs)
    if pair is not None:
        return f"contribution:{pair}", pair
    if _asked_others(lower, qs):
        return "european_force", None  # (s21) "Radakin asked his European colleagues if
        # they could prepare 64,000 troops": what the asker asks of others, not his own
    if _part_of_whole(lower, qs):
        return "european_force", None  # "10,000 soldiers as part of a larger force of 64,000"

    if _share_of_the(lower, qs):
        return "european_force", None  # "would provide the bulk of the 30,000 soldiers"
    share = _share_noun_before(lower, qs - 1) if qs >= 3 else None
    if share is not None:  # (s59) "The British share of the force would be up to 10,000"
        own = [m for m in sent.mentions if (m.end == share or m.end == share - 1 and lower[
            share - 1] in ("'s", "’s")) and m.iso3 not in HOST_AND_ADVERSARY and "+" not in m.iso3]
        if own:
            return f"contribution:{own[0].iso3}", own[0].iso3
    return _NO_RULE


def _nation_adjectives_inside(inside: list[Mention], unit_word: str | None,
                              span_lower: list[str]) -> _Ruled:
    """A nation's adjective (or two joined) inside the figure's noun phrase: that nation's."""
    own_adj = [m for m in inside if m.iso3 not in HOST_AND_ADVERSARY]
    if len(own_adj) == 1 and len(inside) == 1 and unit_word not in _WEAK_TROOP_UNITS:
        # (15w) "the deployment of several thousand French troops": the nation's adjective
        # inside the figure's own noun phrase makes the figure that nation's, whatever
        # force noun governs it
        return f"contribution:{own_adj[0].iso3}", own_adj[0].iso3
    joint = sorted({m.iso3 for m in own_adj})
    if len(joint) >= 2 and len(own_adj) == len(inside) and "and" in span_lower and \
            unit_word not in _WEAK_TROOP_UNITS:
        # (s18) "hundreds of British and French troops": the two nations' troops together
        return "contribution:" + "+".join(joint), "+".join(joint)
    return _NO_RULE


def _whose_force_noun(sent: Sent, s: int, e: int, qs: int, unit_word: str | None,
                      words: set[str], prev_lower: AbstractSet[str],
                      inside: list[Mention]) -> _Ruled:
    """The force noun the figure sizes (its owner's, or the whole force), or a nation inside."""
    lower = sent.lower
    if qs >= 2 and lower[qs - 1] == "of" and lower[qs - 2] in FORCE_NOUNS and not (
            qs >= 3 and lower[qs - 3] in ("combined", "joint")):
        # "a contingent of 64,000 troops": whose force it is decides the subject
        return _owner(sent, qs - 2, words | set(prev_lower))
    # "a 64,000-strong force", "a 25,000-troop deployment": the size of a whole force
    # (15w: "Macron's 40,000 Troop Solution": the singular "troop" before a plan's noun, a
    # compound modifier, names a whole plan's size; "Britain's 5,000 troop contribution"
    # stays Britain's)
    whole = (unit_word in ("strong", "man") or (e < len(lower) and lower[e] in FORCE_NOUNS)
             or (unit_word == "troop" and lower[e:e + 1] and lower[e] in _PLAN_NOUNS))
    if whole and not inside:
        lo = sent.clause_start(s)
        near_m = _not_deterred(lower, sent.free_mentions(max(lo, s - 8), s))
        if near_m and near_m[-1].iso3 == "RUS" and s - near_m[-1].end <= 3:
            return "russian_forces", None
        if (sender := _sender_of_strong_unit(sent, qs, e)) is not None:
            return f"contribution:{sender}", sender
        return "european_force", None
    for m in inside:
        if m.iso3 == "UKR":
            return "ukrainian_forces", None
        return f"contribution:{m.iso3}", m.iso3
    return _NO_RULE


def _sender_of_strong_unit(sent: Sent, qs: int, e: int) -> str | None:
    """(s73, a reviewer's probes) The one nation whose sending verb governs "a N-strong unit":
    "Denmark will contribute a 150-strong unit", "France will provide a 5,000-strong
    contingent", "Britain is prepared to send a 10,000-strong force" (not "a 30,000-strong
    European force", everyone's; not "Macron is leading efforts to deploy ...", s15w)."""
    low = sent.lower
    if not _MULTINATIONAL.isdisjoint(low[e:e + 3]) or "coalition" in low[e:e + 3]:
        return None
    verb = _verb_before(low, qs - 1)
    if verb < 0 or low[verb] not in CONTRIB_CUES or "efforts" in low[max(0, verb - 3):verb] \
            or low[verb - 1:verb] in (["of"], ["about"], ["for"]):
        return None  # (not "floated the idea of sending a 50,000-strong force": the plan's)
    if not _NOT_WORDS.isdisjoint(low[sent.clause_start(verb):verb]) or any(
            low[k] in ("to", "in") and any(m.start == k + 1 and m.iso3 != "UKR"
                                           for m in sent.mentions)
            for k in range(e, min(len(low), e + 4))):
        return None  # (review s73) "will not send a 5,000-strong brigade" (no offer), "a
        # 5,000-strong brigade to Lithuania" (another ally's ground, not the force)
    return _sole_subject_nation(sent, verb)


def _from_nation_or_its_contribution(sent: Sent, e: int, qs: int) -> _Ruled:
    """Troops from a nation (or from Europe) after the figure; a nation's contribution of it."""
    lower = sent.lower
    # "troops from Sweden", "soldiers from European states"
    tail = lower[e:e + 4]
    if tail[:1] == ["from"]:
        if "european" in tail or "europe" in tail or _from_many(sent, e):
            # (s56) "personnel from the UK and various European nations": the whole force
            return "european_force", None
        following = [m for m in sent.mentions if e < m.start <= e + 3]
        if following and following[0].iso3 not in HOST_AND_ADVERSARY:
            return f"contribution:{following[0].iso3}", following[0].iso3
    # "a British contribution of up to 10,000 personnel"
    if qs >= 2 and lower[qs - 1] == "of" and lower[qs - 2] in ("contribution", "contingent", "share"):
        own = [m for m in sent.mentions if qs - 5 <= m.start and m.end <= qs - 2]
        if own and own[-1].iso3 not in HOST_AND_ADVERSARY:
            return f"contribution:{own[-1].iso3}", own[-1].iso3
    return _NO_RULE


def _russia_or_ukraine_before(sent: Sent, s: int, span_lower: list[str]) -> _Ruled:
    """Russia or Ukraine named just before the figure in its clause: their own forces."""
    lower = sent.lower
    # "Russia has 600,000 troops" / "Russia's 600,000 troops"
    lo = sent.clause_start(s)
    near_m = _not_deterred(lower, sent.free_mentions(max(lo, s - 8), s))
    if near_m and near_m[-1].iso3 in ("RUS", "UKR") and _musters(lower[near_m[-1].end:s]) \
            and not (_SAYS | _AGAINST) & set(lower[near_m[-1].end:s]):
        # (s30) "Russia plans to mobilize at least 126,000 soldiers": Russia's own troops,
        # whatever verb it musters them with; (s65) "Ukraine plans to mobilise 160,000 more
        # soldiers", "Kyiv will call up 160,000": Ukraine's own army, no request of others
        return ("russian_forces" if near_m[-1].iso3 == "RUS" else "ukrainian_forces"), None
    if near_m and ((CONTRIB_CUES | _SAYS) & set(lower[near_m[-1].end:s])
                   or "foreign" in span_lower):
        # "Kiev believes that the West can send 40,000", "Zelensky says thousands of
        # foreign troops may be deployed": a speaker or a sender, not the troops' owner
        near_m = []
    if near_m and near_m[-1].iso3 == "RUS":
        return "russian_forces", None
    if near_m and near_m[-1].iso3 == "UKR" and _defended_with(lower, near_m[-1], s):
        return "european_force", None  # (s42) "EU Forms Coalition to Defend Ukraine with
        # 30,000 Troops": the defenders' troops, not Ukraine's army
    if near_m and near_m[-1].iso3 == "UKR" and not _names_the_force(
            lower, near_m[-1].start, near_m[-1].end):
        return "ukrainian_forces", None
    return _NO_RULE


def _senders_figure(sent: Sent, s: int, qs: int, unit_word: str | None,
                    words: set[str]) -> _Ruled:
    """A figure sent or given: its giver's, the force's when several give it, or no one's."""
    lower = sent.lower
    # (15p) "ready to allocate up to 10,000 personnel": the verb right before the figure
    # gives it, whatever verb the cue list leaves out for other sentences
    if not (words & CONTRIB_CUES or (qs > 0 and lower[qs - 1] in _SEND_VERBS)):
        return _NO_RULE
    rel = _relative_giver(sent, s)
    if rel is not None:  # "... by France, which could provide about 10,000 troops"
        return f"contribution:{rel}", rel
    actors = sent.subject_actors(s, exclude=HOST_AND_ADVERSARY) or _talked_of(
        sent, s) or _before_aside(sent, s)
    actors = _not_matched(sent, actors)
    ruled = _named_senders_figure(lower, actors, qs, unit_word, words)
    if not isinstance(ruled, _NoRule):
        return ruled
    if the_two(lower[:s]):
        # (15p) "the two nations could provide 10,000": several nations offering one
        # figure, as when named; combined_total makes a "total" theirs jointly
        return "european_force", None
    told = _it_told(sent, s)
    if told is not None:  # (15w) "the UK tells allies it may send N troops"
        return f"contribution:{told}", told
    if _pronoun_gives(sent, s):
        return None, None  # "it could be required to provide 15,000": whose army?
    return _NO_RULE


def _named_senders_figure(lower: list[str], actors: list[Mention], qs: int,
                          unit_word: str | None, words: set[str]) -> _Ruled:
    """The nations named as sending the figure: one nation's offer, or the whole force's size."""
    if actors and _and_others(lower[max(a.end for a in actors):qs]):
        return "european_force", None  # (s59) "Britain, France and other countries
        # could deploy tens of thousands of troops": the named and the rest, the force
    if actors and not OTHER_NATION_NOUNS.isdisjoint(lower[max(a.end for a in actors):qs]):
        return None, None  # (s18) "the French president spoke of participating nations
        # each deploying several thousand troops": unnamed nations' figure, no one's
    nations = sorted({a.iso3 for a in actors})
    if nations and (_IDEA & set(lower[max(a.end for a in actors):qs])
                    or _discussed_size(lower, max(a.end for a in actors), qs)
                    or any(_with_eu(lower, a.start, a.end) for a in actors)):
        # "British officials have floated the idea of sending between 10,000 and 30,000
        # troops": the plan's size, nobody's offer (§4, 15d); "Leaders from the European
        # Union and the United Kingdom have discussed deploying up to 30,000 troops":
        # the EU with a nation speaks for the whole force (15s)
        return "european_force", None
    if len(nations) == 1 and _europes_between(lower, max(a.end for a in actors), qs):
        return "european_force", None  # (s26) "The US has backed European commitments
        # to deploy tens of thousands of troops": Europe's figure, not the backer's
    if len(nations) == 1 and not any(
            low_a in ("allies", "partners") and lower[a.end] not in _TELL
            for a in actors for low_a in lower[a.end:a.end + 3]):
        # (15w: "the UK tells allies it may send N troops": the allies are told, the
        # nation sends)
        return f"contribution:{nations[0]}", nations[0]
    if len(nations) == 1:
        return "european_force", None  # "Britain and its allies are considering ..."
    if nations:
        # (15w) "would together send up to N" is several nations offering one force (the
        # European force, below); only *combined* / *joint* make it their joint share
        if words & {"combined", "joint", "jointly"}:
            return "contribution:" + "+".join(nations), "+".join(nations)
        if not words & _EACH and (words & (FORCE_CUES | {"plans"})
                                  or unit_word not in _WEAK_TROOP_UNITS):
            # several nations offering one force ("The UK and France have voiced
            # openness to deploying some 30,000 peacekeeping troops", "Britain and
            # France could send up to 15,000 troops")
            return "european_force", None
        return None, None  # several nations at once: whose troops is unclear
    return _NO_RULE


def _sent_discussed_or_needed_by_a_deployment(
    sent: Sent, s: int, e: int, qs: int, words: set[str], prev_lower: AbstractSet[str],
) -> _Ruled:
    """Troops sent by no one named, a figure under discussion, a nation's force, a deployment's."""
    lower = sent.lower
    if _sent_by_nobody(sent, e, s) and (words | set(prev_lower)) & (
            FORCE_CUES | {"ukraine", "ukrainian"}):
        # "Thousands of troops would be deployed away from the front lines": troops sent with
        # no nation named, in a report on Ukraine's force
        return "european_force", None
    if _talked_about(lower, qs):
        # (s22) "UK officials have talked about possibly 10,000 to 30,000 troops": a figure
        # under discussion, as below
        return "european_force", None
    if _DISCUSSED & set(lower[e:e + 4]) and "not" not in lower[e:e + 4]:
        # (15p) "Thousands of foreign troops being discussed", "the 25,000 personnel currently
        # being discussed": a figure under discussion is the planned force's size
        return "european_force", None
    owner = _nation_force_is(sent, qs)
    if owner is not None:
        return f"contribution:{owner}", owner  # (s26) "the British force could be as
        # large as 15,000 personnel", "the French contingent would number 5,000 troops"
    if qs > 0 and lower[qs - 1] in _INVOLVE and (words | set(prev_lower)) & (
            FORCE_CUES | _DEPLOYING):
        # (s59) "deploying foreign troops ... could involve several thousand soldiers": what
        # a deployment would take, nobody's own army (after a
        # nation's own force: "the French contingent would comprise up to 6,000")
        return "european_force", None
    return _NO_RULE


def _force_by_context(sent: Sent, e: int, qs: int, words: set[str],
                      prev_lower: AbstractSet[str]) -> _Whose:
    """The force's size when the sentence (or the one before) speaks of it; else no one's."""
    lower = sent.lower
    if words & FORCE_CUES or {"participating", "contributing"} & set(lower[e:e + 8]) and \
            {"nations", "countries", "states"} & set(lower[e:e + 8]):
        # "30,000 troops could be sent by participating nations"
        return "european_force", None
    # "European capitals could hardly gather 25,000 troops", "Europe may need to deploy ..."
    if words & {"europe", "european", "europeans", "west"} and (
        (qs > 0 and lower[qs - 1] in MUSTER_VERBS) or words & CONTRIB_CUES
    ):
        return "european_force", None
    if qs > 0 and lower[qs - 1] in MUSTER_VERBS and set(prev_lower) & FORCE_CUES:
        return "european_force", None
    if (words & _ESTIMATE_WORDS and set(prev_lower) & (FORCE_CUES | TROOP_UNITS)
            or words & _HEDGES and set(prev_lower) & FORCE_CUES and "%" not in words
            and not sent.mentions) and not sent.free_mentions(0, len(lower)):
        # the size the sentence before speaks of, estimated: "The exact number of European
        # forces deployed depends on their mission. The minimum number is 40 thousand"
        return "european_force", None
    if _needed(sent, qs, e) and (words | set(prev_lower)) & (FORCE_CUES | _THEATRE):
        # (s26) "Up to 150,000 soldiers may be needed to deter Russia", "the operation will
        # require at least 150,000 troops": the size a force would need, nobody's army
        return "european_force", None
    if lower[e:e + 1] == ["from"] and _ALLIED & set(lower[e + 1:e + 3]) and \
            OTHER_NATION_NOUNS & set(lower[e + 1:e + 4]):
        return "european_force", None  # (s26) "20,000 troops from allied nations"
    if not _FLOATED.isdisjoint(lower[e:e + 4]) and not sent.free_mentions(0, qs) and \
            lower[max(0, qs - 2):qs] in (["figures", "of"], ["numbers", "of"], ["figure", "of"]):
        return "european_force", None  # (s64) "Figures of 20,000 to 30,000 troops have been
        # floated": the sizes talked of for the force
    if _option_label(lower, qs) and not sent.free_mentions(0, qs):
        return "european_force", None  # (s64) 'Option 1 - "Tripwire": 5,000-10,000 troops
        # based around Kyiv': one size a brief sets out for the force
    return None, None


_OPTION_LABELS = frozenset({"option", "scenario", "variant"})


def _option_label(low: list[str], qs: int) -> bool:
    """(s64) The figure at ``qs`` opens the text after a line's option label and its colon
    ('Option 1 - "Tripwire": 5,000 ...', "Scenario B: 40,000 ...")."""
    if not low or low[0] not in _OPTION_LABELS or ":" not in low[1:qs]:
        return False
    colon = low.index(":", 1)
    return colon <= 7 and all(w in _OPENING_QUOTES for w in low[colon + 1:qs])


def _km_subject(lower: list[str], e: int, words: set[str]) -> _Whose:
    """A distance: from the front, along the front line, or a buffer zone's."""
    after = lower[e:e + 2]
    if after and after[0] in ("from", "away", "behind", "back"):
        return "distance_from_front", None
    text = " ".join(lower)
    if "front line" in text or "frontline" in words or "front-line" in words or \
            "contact line" in text or "line of contact" in text or "line of control" in text:
        return "front_line", None
    if words & {"buffer", "demilitarized", "demilitarised"}:
        return "buffer_zone", None
    return None, None


def _year_subject(lower: list[str], s: int, words: set[str],
                  prev_lower: AbstractSet[str]) -> _Whose:
    """Years in a report on the force: how soon it would fail, or how long it would last."""
    context = words | prev_lower
    if not context & FORCE_CUES:
        return None, None
    if _the_wars_age(lower, s):
        return None, None  # (s68) "to help Putin end the three-year conflict": the war's age
    if words & FAILURE_CUES:
        return "force_failure_time", None
    if _force_lasts(lower, s, prev_lower):
        return "force_lifetime", None
    return None, None


def _country_subject(sent: Sent, s: int, e: int, unit_word: str | None, words: set[str],
                     span_lower: list[str]) -> _Whose:
    """A count of nations: the coalition's size or the nations pledged, unless another's count."""
    if _people_or_another_forums_count(sent, s, e, unit_word, words, span_lower) or \
            _an_alliance_or_nations_named_again(sent, s, e, span_lower):
        return None, None
    lower = sent.lower
    if unit_word in ("members", "participants") and _coalition_has(lower, s):
        return "coalition_size", None  # (s42) "the coalition ... now includes 35 members"
    if words & PLEDGE_CUES:
        return "countries_pledged", None
    # any other count of nations in these reports counts those in the coalition or its talks
    # ("leaders of about 30 countries", "planners from 38-plus nations"): issue 15m; "32
    # allies" (NATO's) and "members" still need a coalition word
    if words & COALITION_CUES or unit_word in ("countries", "nations", "states") or \
            unit_word in _COUNTRY_SINGULAR:
        return "coalition_size", None
    return None, None


def _people_or_another_forums_count(sent: Sent, s: int, e: int, unit_word: str | None,
                                    words: set[str], span_lower: list[str]) -> bool:
    """Leaders or members who are people, a pair, a bloc, an exercise, arms, another forum."""
    lower = sent.lower
    if unit_word == "leaders" and (not (_LEADERS_MEET & set(lower[max(0, s - 8):e + 10]))
                                   or set(span_lower) & _PEOPLE_MODIFIERS):
        # (15w) "about 20 European leaders": people (EU and NATO heads among them), not the
        # nations of the coalition
        return True  # "around 25 leaders are expected to join to discuss the
        # coalition" counts the coalition's nations (15t); other leaders do not
    if unit_word in ("members", "participants") and not (
            lower[e:e + 1] in (["of"], ["in"]) and "coalition" in lower[e:e + 4]) and \
            "coalition" not in lower[max(0, s - 8):s] and "coalition" not in span_lower and \
            not _force_whose(lower, s) and not _nations_attended(
                lower, e, unit_word, words) and not _coalition_has(lower, s):
        return True  # "35 members of the coalition", not "200 members of parliament"
    if s > 0 and lower[s - 1] in _PAIR_DETERMINERS and lower[s] in ("two", "2"):
        return True  # (s48 review) "no two countries are so closely linked", "our
        # two countries": a pair named, not a count of the coalition
    if unit_word in _COUNTRY_SINGULAR and set(lower[e:e + 3]) & {"bloc", "union", "eu", "nato"}:
        return True  # "the 27-nation bloc": the EU's size, not the coalition's
    if unit_word == "member" and "coalition" not in lower[e:e + 3]:
        return True  # "the 33-member coalition" (15t), not "a 15-member council"
    if words & {"exercise", "exercises", "drills", "drill"}:
        return True  # "troops from 12 countries take part in the exercise"
    if _ARMS & set(lower[e:e + 8]) and not (TROOP_UNITS | FORCE_NOUNS) & set(lower[e:e + 8]) \
            and not _arms_for_the_force(lower, e):
        return True  # (s18) "a 30-nation coalition committed to supplying arms to
        # Kyiv": a coalition for weapons, not the force's
    lo_c = sent.clause_start(s)
    if "separate" in lower[lo_c:s] or ("contact" in lower[lo_c:s + 12]
                                       and "group" in lower[lo_c:s + 14]) or "ramstein" in words:
        return True  # "a separate NATO meeting in about 50 countries", the Ukraine
        # Defence Contact Group: another forum's size, not the coalition's (15s)
    if _another_forum_named(lower, lo_c, sent.clause_end(s)):
        return True  # (s68) "leaders from ten countries that belong to the JEF"
    if s >= 2 and lower[s - 1] in ("'s", "’s") and lower[s - 2] in ("eu", "union", "bloc"):
        return True  # (s22) "the EU's 27 nations": the Union's size
    return False


_ALLIANCES = frozenset({"nato", "eu", "union", "alliance", "bloc"})
# (s68) other forums: the Joint Expeditionary Force (JEF), the Nordic-Baltic Eight (NB8), the
# Weimar triangle, the Bucharest Nine (B9)
_OTHER_FORUMS = frozenset({"jef", "nb8", "weimar", "b9"})


def _another_forum_named(lower: list[str], lo: int, hi: int) -> bool:
    """(s68) Another forum named in the count's clause ``lo:hi`` or as the sentence's subject (its
    first words): "ten countries that belong to the JEF", "The JEF is a UK-led framework, formed
    by ten countries" -- not a forum met in passing in another clause ("After meeting Weimar
    partners, Macron said 26 countries had pledged ...")."""
    clause = lower[lo:hi]
    if not _OTHER_FORUMS.isdisjoint(clause) or "joint" in clause and "expeditionary" in clause:
        return True
    first = 1 if lower[:1] == ["the"] else 0
    return lower[first:first + 1] != [] and lower[first] in _OTHER_FORUMS or \
        lower[first:first + 2] == ["joint", "expeditionary"]


def _an_alliance_or_nations_named_again(sent: Sent, s: int, e: int,
                                        span_lower: list[str]) -> bool:
    """NATO's or the EU's members, the nations just named counted again, a past coalition."""
    lower = sent.lower
    if {"nato", "eu"} & set(span_lower) and "member" in span_lower:
        return True  # "34 countries: 28 NATO member states and ...": an alliance's
    if lower[s - 1:s] in (["has"], ["have"], ["had"], ["counts"], ["comprises"], ["numbers"]) and \
            _ALLIANCES & set(lower[max(0, s - 4):s - 1]):
        return True  # (s65) "The EU has 27 member states", "NATO has 32 members": its size
    mixed = "and" in span_lower or "or" in span_lower  # "30 European and NATO countries":
    # NATO's or the EU's size only when it alone qualifies the nations (15t)
    if {"nato", "eu"} & set(span_lower) and not mixed or (
            s > 0 and lower[s - 1] in ("these", "those")):
        # "the 27 EU countries": an alliance's size; "these three countries": the nations
        # just listed, counted again, not a count of a coalition
        return True

    the = s - 1 if lower[s - 1:s] != ["only"] else s - 2  # (s18) "the only two countries"
    if the >= 0 and lower[the] in ("the", "both") and span_lower[-1] in COUNTRY_UNITS and \
            (_number(sent.tok(s).text) or 99) <= 3 and \
            lower[e:e + 1] not in (["that"], ["which"], ["who"]):
        # (15p) "between the two countries", "the two nations could provide": the nations just
        # named, counted again; "the three countries that offered troops" stays a count
        return True
    if any(len(w) == 4 and w.isdigit() and (w.startswith("19") or w[:3] in ("200", "201"))
           and lower[k - 1:k] not in (["since"], ["from"]) for k, w in enumerate(lower)):
        # (15p) "the 30 nations who backed the invasion of Iraq in 2003": another, past
        # coalition (the troop rules' past-year trap, for counts of nations)
        return True
    return False


# -- "each": one figure for every nation of a coordinated subject (issue 15m) ---------------------
_EACH_AFTER = frozenset({"each", "apiece"})
_EACH_NOUNS = frozenset({"country", "nation", "state", "government", "of"})


def _each_cue(low: list[str], qs: int, e: int) -> bool:
    """'5,000 troops each', '5,000 each', 'with each country contributing 5,000': the figure is
    given per nation (not 'allocate a brigade each': the word must follow the figure itself, or
    open a noun phrase before it in its clause)."""
    if low[e:e + 1] and low[e] in _EACH_AFTER:
        return True
    for k in range(max(0, qs - 6), qs - 1):
        if low[k] == "each" and (low[k + 1] in _EACH_NOUNS or low[k + 1] in CONTRIB_VERBS
                                 or low[k + 2:k + 3] and low[k + 2] in CONTRIB_VERBS):
            return True  # "with each country contributing N", "would each send (up to) N"
    return False


_EXAMPLES = frozenset({"such", "including", "like", "namely"})


def _each_listed(sent: Sent, qs: int) -> list[str]:
    """(s42) "each of the big countries in the coalition, such as Britain, France and Germany,
    would need to deploy at least 10,000 troops": the nations listed after "each of", before the
    figure."""
    low = sent.lower
    k = next((j for j in range(qs - 1, max(-1, qs - 25), -1) if low[j] == "each"), None)
    if k is None or low[k + 1:k + 2] != ["of"]:
        return []
    listed = [m for m in sent.mentions if k < m.start < qs and m.iso3 not in HOST_AND_ADVERSARY]
    if len(listed) < 2 or _EXAMPLES.isdisjoint(low[k:listed[0].start]) or \
            CONTRIB_VERBS.isdisjoint(low[listed[-1].end:qs]):
        return []  # (a verb of giving between the list and the figure: not "has 10,000 troops")
    return list(dict.fromkeys(m.iso3 for m in listed))


def distribute_each(sent: Sent, hits: list[tuple[QuantityHit, int, int]],
                    spans: Sequence[tuple[int, int]]) -> list[tuple[QuantityHit, int, int]]:
    """A troop figure given per nation of a coordinated subject ("the UK and France had committed
    to sending a force of about 5,000 troops each", "UK and France to send 5,000 troops each"):
    one contribution per nation, whatever subject the rules or the model gave the figure (or
    none). The other hits are returned unchanged."""
    low = sent.lower
    out = list(hits)
    if _EACH_AFTER.isdisjoint(low):
        # no per-nation cue anywhere (`_each_cue` needs "each" or "apiece"): nothing to
        # distribute, and no span to parse (most sentences; speed, issue 15za)
        out.sort(key=lambda h: h[1])
        return out
    seen: set[int] = set()
    for s, e in list(spans) + [(a, b) for _, a, b in hits]:  # the matcher's spans end on the unit
        if s in seen:
            continue
        seen.add(s)
        tokens = [sent.tok(k) for k in range(s, e)]
        parsed = _parse(tokens, low[s:e])
        if parsed is None or _unit(parsed[1])[0] != "troops":
            continue
        nums, _unit_word, first_text, vague = parsed
        qual, qs = _qualifier(sent, s)
        qs = min(qs, s)
        inner = next((QUALIFIERS[key] for n in range(_MAX_QUAL, 0, -1)
                      for key in [tuple(low[s:s + n])] if key in QUALIFIERS), None)
        if not qual and inner is not None:
            qual = inner  # (s59) "would each contribute up to 10,000 troops": the matcher's span
            # opens with its qualifier
        listed = _each_listed(sent, qs)
        if not _each_cue(low, qs, e) and not listed:
            continue
        actors = [m.iso3 for m in sent.subject_actors(qs, exclude=HOST_AND_ADVERSARY)]
        actors = list(dict.fromkeys(actors))
        if len(actors) < 2:
            actors = listed
        if len(actors) < 2:
            continue
        lo, hi, q = _bounds(nums, qual, vague)
        out = [h for h in out if not (h[0].unit == "troops" and h[1] < e and h[2] > qs)]
        out.extend((_hit(sent, f"contribution:{iso3}", iso3, "troops", lo, hi, q, qs, e,
                         first_text), qs, e) for iso3 in actors)
    out.sort(key=lambda h: h[1])
    return out


# -- bare figures that stand for troops by their place in the sentence (issue 15m) -------------
# a figure without a noun is a troop figure when the grammar ties it to one: listed with a troop
# figure or after a force noun ("larger deployments - initially up to 60,000, then 40,000, and
# later 20,000"), a troop figure revised to it ("sought 200,000 peacekeepers, later revising that
# demand to 100,000"), or the predicate of "the number of troops" ("the number of troops remains
# confidential, but numbers up to 25,000-30,000 are discussed")
_LIST_GLUE = frozenset({",", "then", "and", "later", "initially", "first", "finally", "eventually",
                        "—", "–", "-", "or", "subsequently", "afterwards", "before", "to"})
_LIST_OPEN = frozenset({"—", "–", "-", ":", "initially", "first", "originally"})
_REVISED = frozenset({"revising", "revised", "revise", "revises", "reducing", "reduced", "reduce",
                      "cutting", "cut", "lowering", "lowered", "lower", "raising", "raised",
                      "increasing", "increased", "scaling", "scaled", "trimmed", "trimming"})
_NUMBER_NOUNS = frozenset({"number", "numbers", "figure", "figures", "size", "headcount"})
_TROOP_NOUNS = frozenset({"troops", "soldiers", "peacekeepers", "personnel", "servicemen"})
_BARE_TROOP_NOUNS = frozenset({"troops", "soldiers", "forces", "peacekeepers", "personnel",
                               "servicemen", "deployments", "deployment", "contingent", "force"})


def _bare_figure(sent: Sent, k: int) -> tuple[list[float], str, str, int, int] | None:
    """The figure at token k with no noun after it: (numbers, qualifier, text, qstart, end)."""
    low = sent.lower
    value = parse_number(sent.tok(k).text)
    if value is None or value < 1000 or (1900 <= value <= 2100 and "," not in low[k]):
        return None
    nums, e = [value], k + 1
    if e + 1 < len(low) and low[e] in ("-", "–", "to") and low[e + 1][:1].isdigit():
        v2 = parse_number(sent.tok(e + 1).text)
        if v2 is not None and v2 > value:
            nums, e = [value, v2], e + 2
    nxt = low[e] if e < len(low) else ""
    if nxt[:1].isalpha() and nxt not in _AFTER_OK and nxt not in _LIST_GLUE and \
            not nxt.endswith(("ly", "ed")):
        return None  # "64,000 tanks": another thing
    if k > 0 and low[k - 1] in MONEY_SIGNS or nxt in MONEY_WORDS or nxt in ("%", "percent"):
        return None
    qual, qs = _qualifier(sent, k)
    return nums, qual, sent.tok(k).text, min(qs, k), e


_RAISE = frozenset({"increase", "increasing", "increased", "raise", "raising", "raised", "boost",
                    "boosting", "boosted", "lift", "lifting", "bring", "bringing"})


def _changed_from(low: list[str], qs: int) -> bool:
    """"reduced from 100,000", "scaled back from 30,000": the figure a number was changed from."""
    if qs < 2 or low[qs - 1] != "from":
        return False
    verb = low[qs - 2] if low[qs - 2] not in ("back", "down", "up") else low[qs - 3] if qs >= 3 else ""
    return verb in _REVISED or verb in _CHANGED


_CHANGED = frozenset({"fallen", "fell", "dropped", "shrunk", "shrank", "shrunken", "grown", "grew",
                      "risen", "rose", "slashed", "halved", "downsized", "decreased", "expanded",
                      "boosted", "lifted",
                      "dwindled", "declined", "narrowed", "trimmed"})  # (s24) "has dwindled from"
# the verbs by which "the number of troops" states its figure: "could be over N", (s24) "could
# exceed N"
_NUMBER_IS = frozenset({"be", "is", "are", "was", "were", "exceed", "exceeds", "surpass",
                        "surpasses", "top", "tops", "reach", "reaches", "total", "totals"})


_RANGE_WORDS = frozenset({"range", "ranges", "ranging", "ranged", "estimate", "estimates",
                          "between", "anywhere", "vary", "varies", "varying"})


def changed_from_to(sent: Sent, s: int, hit: QuantityHit) -> list[QuantityHit]:
    """(s73, a reviewer's probes) "The Netherlands raised its offer from 1,000 to 2,000 troops": a
    figure changed from one number to another is two figures, as "cut from 10,000 to 5,000" and
    "increased to 2,000 from 1,000" are read, not a range of both."""
    low = sent.lower
    k = s - 1 if low[s - 1:s] == ["from"] else s if low[s:s + 1] == ["from"] else None
    if hit.qualifier != "range" or hit.low is None or hit.high is None or k is None:
        return [hit]
    verb = next((j for j in range(k - 1, max(-1, k - 5), -1)
                 if low[j] in _REVISED or low[j] in _CHANGED or low[j] in _RAISE), None)
    if verb is None or low[verb - 1:verb] in (["a"], ["an"], ["the"]) or \
            not _RANGE_WORDS.isdisjoint(low[max(0, k - 6):k]):
        return [hit]  # (review s73) not "after a cut ... from 5,000 to 8,000", "a lower estimate
        # of from 5,000 to 10,000", "now ranges from 5,000 to 8,000": a range
    at = hit.text.lower().rfind(" to ")
    if at < 0:
        return [hit]
    first, second = hit.text[:at].removeprefix("from ").strip(), hit.text[at + 4:]
    return [replace(hit, high=hit.low, qualifier="exact", text=first,
                    number_text=first.split()[0]),
            replace(hit, low=hit.high, qualifier="exact", text=second,
                    number_text=second.split()[0])]


def _number_raised_to(sent: Sent, qs: int) -> tuple[str, str | None] | None:
    """(15w) "the British command proposed to increase the number of troops to 10,000": the
    figure a troop number is raised to is a size; the raiser's nation (one, named or by its
    adjective before the verb) gives it, else it is the force's."""
    low = sent.lower
    if qs < 5 or low[qs - 1] != "to" or low[qs - 2] not in _BARE_TROOP_NOUNS or \
            low[qs - 3] != "of" or low[qs - 4] not in _NUMBER_NOUNS:
        return None
    verb = qs - 5 if low[qs - 5] in _RAISE else qs - 6 if qs >= 6 and low[qs - 5] == "the" \
        and low[qs - 6] in _RAISE else None
    if verb is None:
        return None
    nations = {a.iso3 for a in sent.subject_actors(verb, exclude=HOST_AND_ADVERSARY)}
    lo = sent.clause_start(verb)
    nations |= {_DEMONYM_OF[w] for w in low[lo:verb] if w in _DEMONYM_OF} - HOST_AND_ADVERSARY
    if len(nations) == 1:
        iso3 = nations.pop()
        return f"contribution:{iso3}", iso3
    return ("european_force", None) if not nations else None


_DIGITS = frozenset({"digits", "digit", "figures", "units"})
_SENDING = frozenset({"send", "sent", "sending", "deploy", "deployed", "deploying", "deployment",
                      "contribute", "provide", "involve"})


def _in_thousands(low: list[str], k: int, prev_lower: AbstractSet[str]) -> bool:
    """(15w) "partners will not send them in single digits, but in the thousands", "It will not
    be single digits, but in the thousands" after a sentence on troops: *in (the) thousands* set
    against single digits, or after a verb of sending, in a passage on troops."""
    if not (k >= 1 and low[k - 1] == "in" or k >= 2 and low[k - 2:k] == ["in", "the"]):
        return False
    if not (_TROOP_NOUNS | {"forces", "servicemembers", "servicemen"}) & (set(low) | prev_lower):
        return False
    return bool(_DIGITS & set(low) and "single" in low or _SENDING & set(low[:k]))


def _vague_number(sent: Sent, troop: Sequence[tuple[QuantityHit, int, int]],
                  taken: Sequence[tuple[int, int]], prev_lower: AbstractSet[str] = frozenset(),
                  ) -> tuple[QuantityHit, int, int] | None:
    """(15p) "There is no figure yet on the number of troops ..., but it will be 'not in units,
    but in thousands'": a bare *thousands* (no noun after it) in a sentence on the number of
    troops, with no troop figure of its own, is that number: 1,000-10,000."""
    low = sent.lower
    if troop or "thousands" not in low or not CASUALTY.isdisjoint(low):
        return None  # (not "the number of troops killed runs into the thousands")
    k = low.index("thousands")
    if k >= 2 and low[k - 2:k] in (["tens", "of"], ["hundreds", "of"]):
        return None  # (s66) "could number several tens of thousands": not "thousands"
    if low[k + 1:k + 2] == ["of"] or any(a <= k < b for a, b in taken) or not (
            _NUMBER_NOUNS & set(low[:k]) and _TROOP_NOUNS & set(low[:k])
            or _in_thousands(low, k, prev_lower)):
        return None
    subject = "ukraine_request" if _is_request(sent, k) else "european_force"
    return (_hit(sent, subject, None, "troops", 1000.0, 10000.0, "thousands", k, k + 1,
                 sent.tok(k).text), k, k + 1)


_BareFigure = tuple[tuple[list[float], str, str, int, int], int, int, int]  # (figure, qs, e, k)
_Anchor = tuple[str, str | None]  # (subject, nation) a bare figure takes


def bare_troop_figures(sent: Sent, hits: list[tuple[QuantityHit, int, int]],
                       spans: Sequence[tuple[int, int]], prev_lower: AbstractSet[str] = frozenset(),
                       ) -> list[tuple[QuantityHit, int, int]]:
    """Troop figures without a unit word that the sentence anchors: a demand revised, the number
    of troops, a list glued to a troop figure ("initially 60,000, then 40,000", 15m)."""
    taken = [(a, b) for _, a, b in hits] + list(spans)
    troop = [(h, a, b) for h, a, b in hits if h.unit == "troops"
             and (h.subject in _FORCE_SUBJECTS or h.subject.startswith("contribution:"))]
    vague = _vague_number(sent, troop, taken, prev_lower)
    if vague is not None:
        return [vague]
    figures = _bare_figures(sent, taken)
    if not figures:
        return []
    # each figure's anchor: (subject, nation) or None
    anchors: dict[int, _Anchor] = {}
    for _fig, qs, _e, k in figures:
        subject = _bare_figure_anchor(sent, qs, k, troop, prev_lower)
        if subject is not None:
            anchors[k] = subject
    # lists: a figure glued to an anchored figure or troop figure, or right after a force noun
    _anchor_lists(sent, figures, troop, anchors)
    return _anchored_hits(sent, figures, anchors)


def _bare_figures(sent: Sent, taken: list[tuple[int, int]]) -> list[_BareFigure]:
    """The figures opening with a digit outside the spans taken: no casualties, this force's."""
    figures: list[_BareFigure] = []
    for k in sent.digits:  # the tokens opening with a digit
        if any(a <= k < b for a, b in taken) or any(a <= k < b for _, a, b, _x in figures):
            continue
        fig = _bare_figure(sent, k)
        if fig is None or _not_this_force(sent, k, fig[4]) or \
                any(w in CASUALTY for w in sent.window(k, 6, 7)):
            continue
        figures.append((fig, fig[3], fig[4], k))
    return figures


def _glued(low: list[str], a: int, b: int) -> bool:  # tokens [a, b) only list glue and qualifiers
    """Whether the words between two figures only join them in a list."""
    return all(w in _LIST_GLUE or w in ("up", "about", "around", "some", "over", "nearly",
                                        "almost", "roughly", "than", "more", "at", "least",
                                        "even", "possibly", "perhaps")  # (s22) "10,000,
               for w in low[a:b])  # 20,000, or even 30,000 troops"


def _bare_figure_anchor(sent: Sent, qs: int, k: int, troop: list[tuple[QuantityHit, int, int]],
                        prev_lower: AbstractSet[str]) -> _Anchor | None:
    """A bare figure's own anchor: a demand revised, the number of troops, a figure named."""
    low = sent.lower
    subject: _Anchor | None = None
    # revised to: "later revising that demand to 100,000"
    for j in range(max(0, qs - 5), qs):
        if low[j] in _REVISED and "to" in low[j + 1:qs + 1] and troop:
            prior = [h for h in troop if h[2] <= j]
            if prior:
                subject = (prior[-1][0].subject, prior[-1][0].nation)
    # the number of troops: "numbers up to 25,000-30,000", "the number ... could be over N"
    # (the figure is the number noun's own predicate: right after it, or after its verb)
    if subject is None and qs >= 1 and (low[qs - 1] in _NUMBER_NOUNS or (
            low[qs - 1] in _NUMBER_IS or low[qs] in _NUMBER_IS)  # ("exceed" qualifies)
            and "," not in low[max(0, qs - 3):qs]) and \
            set(low[:qs]) & _NUMBER_NOUNS and set(low[:qs]) & (TROOP_UNITS | {"forces"}) \
            and not any(a < qs for _, a, _b in troop):
        subject = (("ukraine_request", None) if _is_request(sent, k)
                   else ("european_force", None))
    if subject is None and _changed_from(low, qs) and set(low[:qs]) & _NUMBER_NOUNS and \
            set(low[:qs]) & (TROOP_UNITS | {"forces"}) and not any(a < qs for _, a, _b in troop):
        # "the number of troops discussed has been reduced from over 100,000 to about
        # 20,000": the earlier figure and (glued by "to") the later one (s16)
        subject = (("ukraine_request", None) if _is_request(sent, k)
                   else ("european_force", None))
    if subject is None:
        subject = _number_raised_to(sent, qs)
    # (15p) "Even a figure of 40,000 is considered difficult to achieve", after a sentence
    # on 200,000 peacekeepers: a figure named as such, in a passage on troops, is a size
    if subject is None and qs >= 2 and low[qs - 1] == "of" and low[qs - 2] in (
            "figure", "number") and not troop and (set(low) | set(prev_lower)) & (
            FORCE_CUES | _TROOP_NOUNS):
        subject = (("ukraine_request", None) if _is_request(sent, k)
                   else ("european_force", None))
    if subject is None:
        subject = _listed_after_colon(sent, qs)
    return subject


def _anchor_lists(sent: Sent, figures: list[_BareFigure],
                  troop: list[tuple[QuantityHit, int, int]], anchors: dict[int, _Anchor]) -> None:
    """The anchors the figures of lists take from their neighbours (added to ``anchors``)."""
    low = sent.lower
    changed = True
    while changed:
        changed = False
        for _fig, qs, e, k in figures:
            if k in anchors:
                continue
            for h, a, b in troop:
                if _glued(low, b, qs) or _glued(low, e, a):
                    anchors[k] = (h.subject, h.nation)
            for _f2, qs2, e2, k2 in figures:
                if k2 in anchors and (_glued(low, e2, qs) or _glued(low, e, qs2)):
                    anchors[k] = anchors[k2]
            if k not in anchors and qs >= 1 and low[qs - 1] in _LIST_OPEN and any(
                    low[j] in _BARE_TROOP_NOUNS for j in range(max(0, qs - 4), qs)):
                anchors[k] = (("ukraine_request", None) if _is_request(sent, k)
                              else ("european_force", None))
            changed = changed or k in anchors


def _anchored_hits(sent: Sent, figures: list[_BareFigure],
                   anchors: dict[int, _Anchor]) -> list[tuple[QuantityHit, int, int]]:
    """The anchored figures' hits, each given to the nation its own clause names."""
    out: list[tuple[QuantityHit, int, int]] = []
    for fig, qs, e, k in figures:
        if k not in anchors:
            continue
        nums, qual, text, _qs, _e = fig
        lo, hi, q = _bounds(nums, qual, "")
        subj, nation = anchors[k]
        if nation is not None and "+" not in nation:
            # (review s34) "Britain has pledged up to 10,000 soldiers, ..., while France is ready
            # to send a brigade of around 5,000": the figure's own clause names its nation
            own = {m.iso3 for m in sent.subject_actors(qs, exclude=HOST_AND_ADVERSARY)}
            if len(own) == 1 and nation not in own and sent.clause_start(qs) > 0:
                nation = own.pop()
                subj = f"contribution:{nation}"
        out.append((_hit(sent, subj, nation, "troops", lo, hi, q, qs, e, text), qs, e))
    return out


# (s57) what a list of nations' figures after a colon is about: "what each nation could put
# forward runs as follows: France 10,000, Britain up to 8,000, and Belgium around 600"
_LIST_FRAME = frozenset({"contribution", "contributions", "offers", "offered", "pledges",
                         "pledged", "forward", "contribute", "contingent", "contingents", "send",
                         "sending", "deploy", "force"})


def _listed_after_colon(sent: Sent, qs: int) -> tuple[str, str | None] | None:
    """A figure right after one nation in a list that follows a colon framing troop offers: that
    nation's contribution."""
    low = sent.lower
    if ":" not in low[:qs]:
        return None
    colon = qs - 1 - low[:qs][::-1].index(":")
    if _LIST_FRAME.isdisjoint(low[:colon]):
        return None
    sep = max((j for j in range(colon, qs) if low[j] in (":", ",", ";", "and")), default=colon)
    names = [m for m in sent.mentions if sep < m.start and m.end <= qs and m.label == "NATION"]
    if len(names) != 1 or any(w not in ("the",) for w in low[sep + 1:names[0].start]) or \
            names[0].end != qs or names[0].iso3 in HOST_AND_ADVERSARY:
        return None
    return f"contribution:{names[0].iso3}", names[0].iso3


_GAP_GLUE = frozenset({"-", "–", "—", ":", "from", "up", "to", "about", "around", "some",
                       "between", "and", "roughly", "nearly", "almost", "at", "least", "most"})
_GAP_NUMBER = frozenset({"to", "-", "–", "and"}) | frozenset(SCALES)
# what may follow a gapped clause's figure: its end, or (s74) the list's shared object ("...,
# France 3,000 and Germany 2,000 to the force")
_GAP_ENDS = frozenset({".", ",", ";", "!", "?", "and", "to", "for"})


def gapped_contributions(sent: Sent, hits: list[tuple[QuantityHit, int, int]]) -> list[
        tuple[QuantityHit, int, int]]:
    """(15p) A nation's figure with its verb and noun left out after another nation's
    contribution ("London is ready to allocate up to 10,000 military personnel, Paris – from five
    to ten thousand", "Britain would send 8,000 troops, France 6,000"): the second nation's
    contribution, in the same unit. Only after a comma, the nation right after it, and nothing
    but a dash, a qualifier and the figure before the clause ends. Run after the model (it has
    no candidate for a figure in words); a hit on that figure gets the second nation."""
    out = list(hits)
    for new, first, k in _gapped_figures(sent, hits):
        out = [h for h in out if not (h[0].unit == "troops" and h[2] > first and h[1] < k)]
        out.append((new, first, k))
    out.sort(key=lambda h: h[1])
    return out


def listed_contributions(sent: Sent, hits: list[tuple[QuantityHit, int, int]]) -> list[
        tuple[QuantityHit, int, int]]:
    """(s74) A contribution that opens a list of others' gapped figures ("Britain will provide
    4,000 troops, France 3,000 and Germany 2,000") is a contribution by the sentence's shape:
    structural, so the troop-size model (which doubts a figure among several) keeps it, and the
    gapped figures after it (`gapped_contributions`, run after the model) still have their
    lead."""
    gaps = [first for _new, first, _k in _gapped_figures(sent, hits)]
    if not gaps:
        return hits
    return [(replace(h, structural=True), a, b) if _contribution_of_one(h) and any(
        b <= first for first in gaps) else (h, a, b) for h, a, b in hits]


def _contribution_of_one(h: QuantityHit) -> bool:
    return h.unit == "troops" and h.subject.startswith("contribution:") and "+" not in h.subject


def _gapped_figures(sent: Sent, hits: list[tuple[QuantityHit, int, int]]) -> list[
        tuple[QuantityHit, int, int]]:
    """The gapped clauses' contributions (`gapped_contributions`), each with its span."""
    if not hits or not sent.mentions:
        return []
    low = sent.lower
    found: list[tuple[QuantityHit, int, int]] = []
    given = [(h, a, b) for h, a, b in hits if _contribution_of_one(h)]
    # (s56) "... would provide 20,000 troops between them, with Belgium up to 1,000": a share
    # after "with" follows any figure of the force or of its contributors
    shared = [(h, a, b) for h, a, b in hits if h.unit == "troops" and (
        h.subject == "european_force" or h.subject.startswith("contribution:"))]
    if not given and not shared:
        return found
    for m in sent.mentions:
        after_with = m.start >= 2 and low[m.start - 2:m.start] == [",", "with"]
        # (s56) the list's last member after "and": "..., Britain up to 8,000 and Belgium
        # around 600"
        # (s73) "... to the force in Ukraine and France 6,000": a nation the parse puts under the
        # "in" before it, its figure right after it, is a gapped clause all the same
        figure_next = m.end < len(low) and sent.tok(m.end).like_num and low[m.start - 1] == "and"
        if m.start < 1 or low[m.start - 1] not in (",", "and") and not after_with or m.governed and \
                not after_with and not figure_next or m.iso3 in HOST_AND_ADVERSARY or not any(
                    b < m.start and h.nation != m.iso3 for h, _a, b in (shared if after_with
                                                                         else given)):
            continue
        k = m.end
        while k < len(low) and low[k] in _GAP_GLUE and not low[k][:1].isdigit():
            k += 1
        first = k
        while k < len(low) and (sent.tok(k).like_num or low[k] in _GAP_NUMBER and (
                low[k] in SCALES or k + 1 < len(low) and sent.tok(k + 1).like_num)):
            k += 1  # (s56: "and" or "to" only before the range's second figure)
        if first == k or k < len(low) and low[k] not in _GAP_ENDS:
            continue
        parsed = _parse([sent.tok(j) for j in range(first, k)], low[first:k])
        if parsed is None:
            continue
        nums, _unit_word, text, _vague = parsed
        if low[first].isdigit() and 1900 <= nums[0] <= 2100:
            continue  # "France 2025": a year
        qual, qs = _qualifier(sent, first)
        if low[m.end:first][-1:] == ["from"] and len(nums) < 2:
            continue
        lo, hi, q = _bounds(nums, qual, "")
        if (hi if hi is not None else lo or 0) < 10:
            continue  # "France 2": not a troop figure
        found.append((_hit(sent, f"contribution:{m.iso3}", m.iso3, "troops", lo, hi, q,
                           min(qs, first), k, text), min(qs, first), k))
    return found


_COMBINED_WORDS = frozenset({"combined", "joint", "jointly"})
_DEMONYM_OF = {d.lower(): iso3 for iso3, names in DEMONYMS.items() for d in names}


def the_two(low: Sequence[str]) -> bool:
    """(15p) "the two nations", "both countries": the two nations named just before."""
    return any(low[k] in ("two", "both") and low[k + 1] in _PAIR_NOUNS
               and (low[k] == "both" or low[k - 1:k] in (["the"], ["these"]))
               for k in range(len(low) - 1))


_PAIR_NOUNS = frozenset({"nations", "countries", "states", "governments", "allies"})


def combined_total(sent: Sent, hits: list[tuple[QuantityHit, int, int]],
                   prev_named: Sequence[str] = ()) -> list[tuple[QuantityHit, int, int]]:
    """A European-force figure that is the *combined* contingent of the nations the sentence
    names, by name or by adjective ("French forces are expected to operate alongside British
    units, with the combined contingent possibly totalling up to 15,000 troops"): their joint
    contribution (15m; the rules' own "combined" rule needs the nations as the subject).
    ``prev_named``: the nations the sentence before names, for "the two nations could provide a
    total of about 10,000 troops" (15p: "the two nations" stands for them, and "total" then
    combines as "combined" does)."""
    low = sent.lower
    if not prev_named and _COMBINED_WORDS.isdisjoint(low):
        return hits
    nations = {m.iso3 for m in sent.mentions if m.iso3 not in HOST_AND_ADVERSARY}
    nations |= {_DEMONYM_OF[w] for w in low if w in _DEMONYM_OF} - HOST_AND_ADVERSARY
    nations.discard("USA")  # the backstop, never a contributor (evaluate.py)
    words = _COMBINED_WORDS
    if not nations and len(set(prev_named) - HOST_AND_ADVERSARY - {"USA"}) == 2 and \
            the_two(low):
        nations = set(prev_named) - HOST_AND_ADVERSARY - {"USA"}
        words = _COMBINED_WORDS | {"total", "together"}
    if not words & set(low) or len(nations) < 2:
        return hits
    key = "+".join(sorted(nations))
    out = []
    for h, a, b in hits:
        if h.unit == "troops" and h.subject == "european_force" and \
                words & set(low[max(0, a - 8):a]):
            h = QuantityHit(subject=f"contribution:{key}", subject_label=_contribution_label(key),
                            nation=key, unit=h.unit, low=h.low, high=h.high,
                            qualifier=h.qualifier, text=h.text, number_text=h.number_text)
        out.append((h, a, b))
    return out
