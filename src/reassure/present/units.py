"""Units written for a reader (a leaf module: the scenario listing and the report both use it)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

__all__ = ["count_digits", "label_beside_value", "money_digits", "money_unit", "quantity_text", "under_a_billion",
           "unit_after"]

# Units read as a count of things, written plural unless the value is exactly 1.
_COUNTED_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})


def quantity_text(row: dict[str, Any]) -> str:
    """A parameter's value for a reader: ``20–30 years``, ``2–7 days``, ``1 day``, ``0.5 fraction``.

    >>> quantity_text({"value": None, "low": 20, "high": 30, "unit": "year", "text": "20–30 year"})
    '20–30 years'
    >>> quantity_text({"value": 1, "low": None, "high": None, "unit": "day", "text": "1 day"})
    '1 day'
    """
    text = str(row["text"])
    unit = row.get("unit") or ""
    if unit not in _COUNTED_UNITS or not text.endswith(" " + unit):
        return text
    one = row.get("value") == 1 and row.get("low") is None
    return text if one else text + "s"


# The words a figure's label uses for the unit its value already carries ("33 min", "0.58 h").
_UNIT_WORDS = {"h": "hours", "min": "minutes", "km": "km", "d": "days", "days": "days"}


def label_beside_value(label: str, unit: str | None) -> str:
    """A figure's label for a table whose values carry their unit: the label's own unit words
    dropped, so a row does not say it twice ("Mean revisit, hours | 0.58 h"). The CSV keeps the
    full label beside its unit column.

    >>> label_beside_value("Mean revisit, hours", "h")
    'Mean revisit'
    >>> label_beside_value("Start to first unit on scene, median (hours; n/a = never)", "h")
    'Start to first unit on scene, median (n/a = never)'
    >>> label_beside_value("Time from start to report, median (hours)", "h")
    'Time from start to report, median'
    >>> label_beside_value("Cost per year (EUR billion)", "EUR billion")
    'Cost per year (EUR billion)'
    """
    word = _UNIT_WORDS.get(unit or "")
    if word is None:
        return label
    w = re.escape(word)
    out = re.sub(rf",\s*{w}$", "", label)
    out = re.sub(rf"\s*\({w}\)$", "", out)
    out = re.sub(rf"\({w};\s*", "(", out)
    return out


# A figure's unit that counts things, written as its plural (the `Figure.unit` of every shipped
# figure that counts: garrisons, sites, airframes...), and how it reads after exactly one.
_SINGULAR = {
    "troops": "troop", "people": "person", "garrisons": "garrison", "sites": "site",
    "airframes": "airframe", "orbits": "orbit", "aircrews": "aircrew", "ships": "ship",
    "days": "day", "units": "unit", "response units": "response unit",
    "units per deployed unit": "unit per deployed unit", "sorties/day": "sortie/day",
    "incidents/day": "incident/day",
}


def unit_after(number: str, unit: str) -> str:
    """The unit as written after ``number`` (the number as shown): singular after exactly one.

    >>> unit_after("1", "garrisons"), unit_after("3", "garrisons"), unit_after("1", "h")
    ('garrison', 'garrisons', 'h')
    """
    return _SINGULAR.get(unit, unit) if number == "1" else unit


# Units that count whole things: a mean of them from 10 up is written without a decimal.
_WHOLE_THINGS = frozenset({"troops", "people", "garrisons", "sites", "airframes", "orbits",
                           "aircrews", "ships", "units", "response units"})


def count_digits(unit: str, digits: int, values: Sequence[float | None]) -> int:
    """Decimals for a figure of ``unit``: none for a count of whole things (airframes, troops)
    when every value shown is 10 or more, where a tenth of an airframe is noise ("24 airframes",
    not "24.0 airframes", review s12 10); ``digits`` otherwise, so 0.8 airframes stays 0.8.

    >>> count_digits("airframes", 1, [24.0, 23.5]), count_digits("airframes", 1, [0.8])
    (0, 1)
    >>> count_digits("h", 1, [24.0])
    1

    Money kept in billions is written to three significant figures (`money_digits`):

    >>> count_digits("EUR billion", 0, [2.79, 5.89])
    2
    """
    if unit in _WHOLE_THINGS and all(v is None or abs(v) >= 10 for v in values):
        return 0
    return money_digits(unit, digits)


def money_digits(unit: str, digits: int) -> int:
    """Decimals for a figure of ``unit``: at least two for money kept in billions, the most three
    significant figures of a billion or more take (EUR 2.79 billion; 18.4 and 184 are trimmed to
    theirs where written), so that a figure given none does not read in whole billions (review:
    a horizon cost of EUR 2.79-5.89 billion read "EUR 3-6 billion" and 3, 6 in figures.csv and
    compare.csv, beside its cost per year of 0.930-1.18); ``digits`` for any other unit. The
    report, the terminal, `figures.csv` and `compare.csv` all ask here.

    >>> money_digits("EUR billion", 0), money_digits("EUR billion/year", 2), money_digits("troops", 0)
    (2, 2, 0)
    """
    money = money_unit(unit)
    return max(digits, 2) if money is not None and money[1].startswith("billion") else digits


def money_unit(unit: str) -> tuple[str, str] | None:
    """A money unit split around its number, as a reader writes it: ``EUR billion/year`` ->
    ``("EUR", "billion a year")``, so a figure reads "EUR 5.06 billion a year" as the prose does
    ("EUR 5.1 billion a year"); None for any other unit.

    >>> money_unit("EUR billion/year"), money_unit("EUR million"), money_unit("troops")
    (('EUR', 'billion a year'), ('EUR', 'million'), None)
    """
    m = re.fullmatch(r"(EUR|USD|GBP) (thousand|million|billion)(?:/(year|day))?", unit)
    if m is None:
        return None
    return m.group(1), m.group(2) + (f" a {m.group(3)}" if m.group(3) else "")


def under_a_billion(unit: str, values: Sequence[Any]) -> bool:
    """Whether money kept in billions (``EUR billion/year``) is written in millions: where every
    one of ``values`` is under EUR 1 billion and one is not 0, the mirror of the report's rule for
    millions of a billion or more (review s40: a 100-troop land component's cost read "EUR 0.02
    billion a year", its cost over the horizon "EUR 0–1 billion"; now "EUR 17.3 million a year",
    "EUR 345–625 million"). The report, the story, `figures.csv` and `compare.csv` all ask here.

    >>> under_a_billion("EUR billion/year", [0.0173, None]), under_a_billion("EUR billion", [0.0, 0.0])
    (True, False)
    >>> under_a_billion("EUR billion", [0.345, 1.2]), under_a_billion("EUR million", [0.5])
    (False, False)
    """
    money = money_unit(unit)
    numbers = [v for v in values if isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)]
    return (money is not None and money[1].startswith("billion") and bool(numbers)
            and all(abs(v) < 1 for v in numbers) and any(v != 0 for v in numbers))
