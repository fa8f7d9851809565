"""Units written for a reader (a leaf module: the scenario listing and the report both use it)."""

from __future__ import annotations

from typing import Any

__all__ = ["quantity_text"]

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
