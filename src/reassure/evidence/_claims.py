"""Quantified claims: number + unit + qualifier -> low/high bounds, about a known subject.

A spaCy Matcher finds number phrases that end in a unit word ("around 25,000 to 30,000 soldiers",
"tens of thousands of troops", "600-mile", "20 or 30 years"); rules then read the qualifier before
the number, drop non-force numbers (ages, casualties, dates), and decide the subject. A number
whose subject cannot be decided is dropped: precision over recall.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reassure.evidence._gazetteer import DEMONYMS, actor_name
from reassure.evidence._nlp import expand_first
from reassure.evidence._text import Sent

__all__ = ["SUBJECTS", "QuantityHit", "could_hold_quantity", "find_quantities",
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
    "coalition_size": "number of nations in the coalition",
    "air_component": "aircraft for the force",
    "force_cost": "cost of the force",
}

TROOP_UNITS = frozenset(
    "troops troop soldiers soldier personnel servicemen servicemembers peacekeepers forces "
    "strong".split()
)
KM_UNITS = {"km": 1.0, "kms": 1.0, "kilometres": 1.0, "kilometers": 1.0, "kilometre": 1.0,
            "kilometer": 1.0, "miles": 1.609344, "mile": 1.609344}
COUNTRY_UNITS = frozenset({"countries", "nations", "states", "allies"})
AIRCRAFT_UNITS = frozenset({"aircraft", "jets", "fighters", "warplanes", "planes", "helicopters"})
TIME_UNITS = {"years": 1.0, "year": 1.0, "months": 1 / 12, "month": 1 / 12}
MONEY_WORDS = {"euros": "EUR", "euro": "EUR", "eur": "EUR", "dollars": "USD", "usd": "USD",
               "pounds": "GBP", "gbp": "GBP"}
MONEY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP"}
UNIT_WORDS = (TROOP_UNITS | set(KM_UNITS) | COUNTRY_UNITS | AIRCRAFT_UNITS | set(TIME_UNITS))
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9, "mn": 1e6}
MODIFIERS = frozenset(
    "european western nato eu allied foreign international additional more extra ground combat "
    "military active armed peacekeeping fighter frontline front-line regular reserve elite "
    "multinational coalition own new heavily well-armed highly trained combat-ready battle-ready "
    "strong-willed".split()
) | frozenset(d.lower() for names in DEMONYMS.values() for d in names)

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12,
}
# qualifier phrases (lower-case token tuples) ending right before the number, longest first
QUALIFIERS: dict[tuple[str, ...], str] = {
    ("in", "excess", "of"): "more than", ("no", "more", "than"): "up to",
    ("not", "more", "than"): "up to", ("a", "maximum", "of"): "up to",
    ("a", "minimum", "of"): "at least", ("as", "many", "as"): "up to",
    ("at", "least"): "at least", ("more", "than"): "more than", ("upwards", "of"): "more than",
    ("fewer", "than"): "fewer than", ("less", "than"): "fewer than", ("up", "to"): "up to",
    ("at", "most"): "up to", ("close", "to"): "nearly", ("just", "under"): "nearly",
    ("an", "estimated"): "estimated", ("over",): "more than", ("above",): "more than",
    ("under",): "fewer than", ("below",): "fewer than", ("within",): "up to",
    ("about",): "about", ("around",): "about", ("approximately",): "about",
    ("roughly",): "about", ("some",): "about", ("circa",): "about", ("estimated",): "estimated",
    ("nearly",): "nearly", ("almost",): "nearly",
}
_MAX_QUAL = max(len(k) for k in QUALIFIERS)
_LOWER_BOUND = frozenset({"more than", "at least"})
_UPPER_BOUND = frozenset({"fewer than", "up to"})
VAGUE = {  # "tens of thousands" -> bounds (documented in docs/evidence.md)
    "tens": (10_000.0, 100_000.0, "tens of thousands"),
    "hundreds": (100_000.0, 1_000_000.0, "hundreds of thousands"),
    "thousands": (1_000.0, 10_000.0, "thousands"),
}

MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
CASUALTY = frozenset(
    "killed dead died wounded injured casualties casualty losses lost captured prisoners pows "
    "missing fatalities deaths".split()
)
REQUEST_CUES = frozenset(
    "request requests requested requesting asks asked asking demand demands demanded wants "
    "wanted seeks sought seeking call calls called urges urged needs".split()
)
CONTRIB_CUES = frozenset(
    "mobilize mobilise mobilizing mobilising mobilization commit commits committed commitment "
    "contribute contributes contributed contribution pledge pledged pledges offer offered offers "
    "send sending sent provide providing provided deploy deploying deployed dispatch supply "
    "station stationing".split()
)
FORCE_CUES = frozenset(
    "force mission contingent deployment peacekeeping peacekeepers reassurance deterrent "
    "deterrence plan proposal coalition".split()
)
LIFETIME_CUES = frozenset("last lasts lasting lifetime duration endure remain stay".split())
FAILURE_CUES = frozenset("collapse collapses fail fails unravel fall falls crumble disintegrate".split())
COST_CUES = frozenset("cost costs fund funding budget spend spending price pay financing".split())
COALITION_CUES = frozenset(
    "coalition willing join joined joining participate participating signed pledged".split()
)
AIR_CUES = frozenset("air force deploy deployed patrol policing support".split())


_VAGUE_WORDS = frozenset({"tens", "hundreds", "thousands"})
_UNIT_OR_MONEY = frozenset(UNIT_WORDS) | frozenset(MONEY_WORDS) | frozenset(MONEY_SIGNS)


def could_hold_quantity(words: set[str], has_number: bool) -> bool:
    """Whether a sentence can match a quantity pattern: a number (or "tens of") and a unit."""
    if words.isdisjoint(_UNIT_OR_MONEY):
        return False
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
            elif any(number[max(lo, k - 8):k]) or any(
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


@lru_cache(maxsize=4)
def quantity_matcher(vocab: Any) -> Any:
    from spacy.matcher import Matcher

    num = {"LIKE_NUM": True}
    scale = {"LOWER": {"IN": list(SCALES)}, "OP": "?"}
    sep = {"LOWER": {"IN": ["to", "-", "–", "—", "or"]}}
    dash = {"ORTH": {"IN": ["-", "–"]}, "OP": "?"}
    mods = {"LOWER": {"IN": sorted(MODIFIERS)}, "OP": "{0,3}"}
    unit = {"LOWER": {"IN": sorted(UNIT_WORDS)}}
    money_word = {"LOWER": {"IN": sorted(MONEY_WORDS)}}
    matcher = Matcher(vocab)
    matcher.add("QTY", expand_first([
        [num, scale, sep, num, scale, dash, mods, unit],
        [num, scale, dash, mods, unit],
        [{"LOWER": "between"}, num, scale, {"LOWER": "and"}, num, scale, mods, unit],
        [{"LOWER": {"IN": ["tens", "hundreds"]}}, {"LOWER": "of"}, {"LOWER": "thousands"},
         {"LOWER": "of", "OP": "?"}, mods, unit],
        [{"LOWER": "thousands"}, {"LOWER": "of"}, mods, unit],
        [{"ORTH": {"IN": list(MONEY_SIGNS)}}, num, scale],
        [num, scale, money_word],
    ]), greedy="LONGEST")
    return matcher


def _number(text: str) -> float | None:
    t = text.lower().replace(",", "")
    if t in WORD_NUMBERS:
        return float(WORD_NUMBERS[t])
    try:
        return float(t)
    except ValueError:
        return None


def _parse(tokens: list[Any], lower: list[str]) -> tuple[list[float], str | None, str, str] | None:
    """Numbers (scaled), the unit word or money code, and the first number as written."""
    if lower[0] in VAGUE and not any(t.like_num for t in tokens):
        lo, hi, label = VAGUE[lower[0]]
        return [lo, hi], lower[-1], tokens[0].text, label
    nums: list[float] = []
    first_text = ""
    i = 0
    money = None
    while i < len(tokens):
        t = tokens[i]
        if t.text in MONEY_SIGNS:
            money = MONEY_SIGNS[t.text]
        elif t.like_num and lower[i] not in SCALES:
            v = _number(t.text)
            if v is None:
                return None
            if not first_text:
                first_text = t.text
            if i + 1 < len(tokens) and lower[i + 1] in SCALES:
                v *= SCALES[lower[i + 1]]
                i += 1
            nums.append(v)
        elif lower[i] in MONEY_WORDS:
            money = MONEY_WORDS[lower[i]]
        i += 1
    if not nums:
        return None
    if len(nums) == 2 and nums[1] > nums[0] * 50 and nums[0] < 1000:
        # "25 to 30 thousand": the scale of the second applies to the first
        for scale in (1e3, 1e6, 1e9):
            if nums[0] * scale <= nums[1] < nums[0] * scale * 50:
                nums[0] *= scale
                break
    unit = money if money else lower[-1]
    return nums, unit, first_text, ""


def _qualifier(sent: Sent, start: int) -> tuple[str, int]:
    for n in range(_MAX_QUAL, 0, -1):
        if start - n < 0:
            continue
        key = tuple(sent.lower[start - n:start])
        if key in QUALIFIERS:
            return QUALIFIERS[key], start - n
    return "", start


def find_quantities(
    sent: Sent, prev_lower: AbstractSet[str], spans: list[tuple[int, int]]
) -> list[tuple[QuantityHit, int, int]]:
    """Quantities in one sentence with their token span ``(hit, start, end)``.

    ``spans`` are the quantity matcher's matches in the sentence (token indices relative to it,
    overlaps already resolved).
    """
    out: list[tuple[QuantityHit, int, int]] = []
    words = set(sent.lower)
    for s, e in spans:
        tokens = [sent.tok(k) for k in range(s, e)]
        lower = sent.lower[s:e]
        parsed = _parse(tokens, lower)
        if parsed is None:
            continue
        nums, unit_word, first_text, vague = parsed
        if not first_text:
            continue
        # -- not force numbers: dates, ages, casualties ---------------------------------------
        before = sent.lower[s - 1] if s > 0 else ""
        after = sent.lower[e] if e < len(sent.lower) else ""
        if before in MONTHS or (s + 1 < len(sent.lower) and sent.lower[s + 1] in MONTHS):
            continue
        if unit_word in TIME_UNITS and (after in ("old", "-") or before == "aged"):
            continue
        if any(w in CASUALTY for w in sent.window(s, 6, e - s + 6)):
            continue
        qual, qstart = _qualifier(sent, s)
        if vague:
            low, high = nums
            qualifier = vague
        elif len(nums) >= 2:
            low, high = min(nums[:2]), max(nums[:2])
            qualifier = qual or "range"
        else:
            n = nums[0]
            if qual in _LOWER_BOUND:
                low, high = n, None
            elif qual in _UPPER_BOUND:
                low, high = None, n
            else:
                low = high = n
            qualifier = qual or "exact"
        unit, factor = _unit(unit_word)
        if unit is None:
            continue
        if factor != 1.0:
            low = None if low is None else round(low * factor, 1)
            high = None if high is None else round(high * factor, 1)
        subject, nation = _subject(sent, s, e, unit, unit_word, words, prev_lower, lower)
        if subject is None:
            continue
        label = SUBJECTS.get(subject) or (
            f"troops {actor_name(nation)} would contribute" if nation else subject)
        text_start = qstart
        hit = QuantityHit(
            subject=subject, subject_label=label, nation=nation, unit=unit, low=low, high=high,
            qualifier=qualifier, text=sent.text_of(text_start, e), number_text=first_text,
        )
        out.append((hit, text_start, e))
    return _merge_conversions(sent, out)


def _unit(word: str | None) -> tuple[str | None, float]:
    if word is None:
        return None, 1.0
    if word in ("EUR", "USD", "GBP"):
        return word, 1.0
    if word in TROOP_UNITS:
        return "troops", 1.0
    if word in KM_UNITS:
        return "km", KM_UNITS[word]
    if word in COUNTRY_UNITS:
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


def _subject(
    sent: Sent, s: int, e: int, unit: str, unit_word: str | None, words: set[str],
    prev_lower: AbstractSet[str], span_lower: list[str],
) -> tuple[str | None, str | None]:
    lower = sent.lower
    if unit == "troops":
        if unit_word == "strong" and not (set(lower[e:e + 2]) & {"force", "contingent", "mission",
                                                                  "army", "brigade", "division"}):
            return None, None
        inside = [m for m in sent.mentions if s <= m.start and m.end <= e]
        if "european" in span_lower:
            return "european_force", None
        for m in inside:
            if m.iso3 == "RUS":
                return "russian_forces", None
            if m.iso3 == "UKR":
                return "ukrainian_forces", None
            if words & CONTRIB_CUES:
                return f"contribution:{m.iso3}", m.iso3
            return None, None
        # Ukraine's request: a request verb with Ukraine (or Zelensky) acting before it
        for k in range(len(lower)):
            if k >= s:
                break
            if lower[k] in REQUEST_CUES:
                actors = sent.subject_actors(k)
                if any(a.iso3 == "UKR" for a in actors):
                    return "ukraine_request", None
        # "Russia has 600,000 troops" / "Russia's 600,000 troops"
        lo = sent.clause_start(s)
        near = [m for m in sent.free_mentions(max(lo, s - 4), s)]
        if near and near[-1].iso3 == "RUS":
            return "russian_forces", None
        if words & CONTRIB_CUES:
            actors = sent.subject_actors(s, exclude=frozenset({"RUS", "UKR"}))
            nations = {a.iso3 for a in actors}
            if len(nations) == 1:
                iso3 = nations.pop()
                return f"contribution:{iso3}", iso3
            if nations:
                return None, None  # several nations at once: whose troops is unclear
        if words & FORCE_CUES:
            return "european_force", None
        return None, None
    if unit == "km":
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
    if unit == "year":
        context = words | prev_lower
        if not context & FORCE_CUES:
            return None, None
        if words & FAILURE_CUES:
            return "force_failure_time", None
        if words & LIFETIME_CUES or (s > 0 and lower[s - 1] == "for" and words & FORCE_CUES):
            return "force_lifetime", None
        return None, None
    if unit == "countries":
        return ("coalition_size", None) if words & COALITION_CUES else (None, None)
    if unit == "aircraft":
        return ("air_component", None) if words & AIR_CUES else (None, None)
    if unit in ("EUR", "USD", "GBP"):
        return ("force_cost", None) if words & COST_CUES and words & FORCE_CUES else (None, None)
    return None, None
