"""The shared vocabulary: roles, national positions and enablers, defined once.

The scenario schema (`reassure.spec`) validates against these names and the models
(`reassure.models.forcegen`) allocate by them; both import them from here.
"""

from __future__ import annotations

from typing import Literal, get_args

__all__ = ["CONDITIONAL_STATUSES", "ENABLERS", "ROLES", "STATUSES", "Status", "in_words", "plural", "status_key"]

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
