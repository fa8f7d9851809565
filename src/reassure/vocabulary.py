"""The shared vocabulary: roles, national positions and enablers, defined once.

The scenario schema (`reassure.spec`) validates against these names and the models
(`reassure.models.forcegen`) allocate by them; both import them from here.
"""

from __future__ import annotations

import math
from typing import Literal, get_args

__all__ = ["CONDITIONAL_STATUSES", "ENABLERS", "ROLES", "STATUSES", "Status", "duration_text", "in_words", "plural",
           "status_key", "years_span", "years_text"]

#: The eight roles a land force is allocated by (issue 3).
ROLES: tuple[str, ...] = (
    "manoeuvre",
    "reconnaissance",
    "engineers",
    "medical",
    "logistics",
    "aviation",
    "air_defence",
    "hq_signals",
)

#: National positions (nations.md §3 codes, spelt out), as scenarios write them. ``willing``
#: joins for certain unless a ``p_join`` below 1 is given; ``ruled-out`` never joins; every
#: other status joins with the probability ``p_join`` the scenario states, or else its status's
#: default (``data/participation.toml``, each sourced or an assumption). ``open``: has not
#: ruled it out and has made no offer.
Status = Literal[
    "willing",
    "conditional-parliament",
    "conditional-mandate",
    "constitutional-limit",
    "premature",
    "open",
    "ruled-out",
    "unknown",
]
STATUSES: tuple[str, ...] = get_args(Status)

#: Statuses under which a nation may or may not take part: ``p_join`` and ``delay`` are the
#: scenario's, or the status defaults of ``data/participation.toml``.
CONDITIONAL_STATUSES: tuple[str, ...] = (
    "conditional-parliament",
    "conditional-mandate",
    "constitutional-limit",
    "premature",
    "open",
    "unknown",
)

#: Enablers a US backstop can fill (the ``[us_backstop]`` switches of the same names).
ENABLERS: tuple[str, ...] = ("isr", "air_defence", "air_support", "airlift", "tanker", "logistics")


#: Role and enabler ids as a reader writes them (the others: underscores become spaces).
_WORDS = {"isr": "ISR", "hq_signals": "HQ and signals"}


def in_words(name: str) -> str:
    """A role or enabler id in a sentence: ``air_defence`` -> ``air defence``, ``isr`` -> ``ISR``.

    >>> in_words("air_defence"), in_words("isr"), in_words("hq_signals")
    ('air defence', 'ISR', 'HQ and signals')
    """
    return _WORDS.get(name, name.replace("_", " "))


def status_key(status: str) -> str:
    """A status as an identifier (``ruled-out`` -> ``ruled_out``), either spelling accepted.

    >>> status_key("conditional-parliament")
    'conditional_parliament'
    """
    return status.strip().lower().replace("-", "_")


def plural(count: float, noun: str, many: str | None = None) -> str:
    """A count and its noun, singular for exactly one: ``plural(1, "run")`` is ``1 run``,
    ``plural(2_000, "draw")`` ``2,000 draws``; ``many`` gives an irregular plural.

    >>> plural(1, "run"), plural(2_000, "draw"), plural(0, "garrison")
    ('1 run', '2,000 draws', '0 garrisons')
    >>> plural(2, "activity", "activities"), plural(1.5, "day")
    ('2 activities', '1.5 days')
    """
    text = f"{int(count):,}" if float(count).is_integer() else f"{count:,g}"
    return f"{text} {noun if count == 1 else (many or noun + 's')}"


def _tenth(x: float) -> float:
    """``x`` to one decimal, halves up (2.25 -> 2.3; Python's round gives 2.2)."""
    return math.floor(x * 10 + 0.5) / 10


def duration_text(hours: float) -> str:
    """Hours as a reader reads a response time: minutes below an hour, else hours and minutes
    (the report's cells and the posture verdict's words alike).

    >>> duration_text(0.556), duration_text(1.0), duration_text(7.81), duration_text(1.999)
    ('33 min', '1 h', '7 h 49 min', '2 h')
    """
    minutes = round(hours * 60)
    if minutes < 60:
        return f"{minutes} min"
    h, m = divmod(minutes, 60)
    return f"{h:,} h" + (f" {m} min" if m else "")


def years_text(years: float) -> str:
    """A duration held in years, as an analyst writes it (review s38 3: a four-month horizon read
    "over 0.333333 years"): months under a year, days under a month, else years to a tenth at
    most; no more digits than the reader can use.

    >>> years_text(1 / 3), years_text(0.5), years_text(1 / 12), years_text(0.1), years_text(14 / 365.25)
    ('4 months', '6 months', '1 month', '1.2 months', '14 days')
    >>> years_text(1), years_text(2.5), years_text(20), years_text(25.0001), years_text(1.25), years_text(7 / 3)
    ('1 year', '2.5 years', '20 years', '25 years', '1.3 years', '2.3 years')
    """
    if not math.isfinite(years):
        return f"{years} years"
    if years * 12 < 0.95:  # under a month: whole days
        return plural(max(round(years * 365.25), 0), "day")
    if years < 0.995:  # under a year: months, whole where within a tenth of one
        return plural(_tenth(years * 12), "month")
    return plural(_tenth(years), "year")


def years_span(low: float, high: float) -> str:
    """A range of durations held in years: one value where both ends read the same, the unit
    once where both ends share it, else each end with its own.

    >>> years_span(20, 30), years_span(25, 25), years_span(1 / 3, 0.5), years_span(0.5, 2.5)
    ('20-30 years', '25 years', '4-6 months', '6 months to 2.5 years')
    """
    a, b = years_text(low), years_text(high)
    if a == b:
        return a
    (num_a, unit_a), (num_b, unit_b) = a.split(" ", 1), b.split(" ", 1)
    if unit_a.removesuffix("s") == unit_b.removesuffix("s"):
        return f"{num_a}-{num_b} {unit_b}"
    return f"{a} to {b}"
