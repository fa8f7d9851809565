"""Small helpers the models share."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

__all__ = ["ItemResult", "JsonRecord", "finite_or_none"]


def finite_or_none(value: Any) -> float | None:
    """``value`` as a float, or None when it is infinite or NaN (JSON has neither).

    >>> finite_or_none(2), finite_or_none(float("inf")), finite_or_none(float("nan"))
    (2.0, None, None)
    """
    x = float(value)
    return x if math.isfinite(x) else None


def _lists(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_lists(v) for v in value]
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    return value


class JsonRecord:
    """``to_dict`` for a result dataclass: its fields in order, nested records as dicts and
    tuples as lists (what ``json`` writes).

    >>> from dataclasses import dataclass
    >>> @dataclass(frozen=True)
    ... class Row(JsonRecord):
    ...     id: str
    ...     parts: tuple[str, ...]
    >>> Row("a", ("x", "y")).to_dict()
    {'id': 'a', 'parts': ['x', 'y']}
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return _lists(asdict(self))  # type: ignore[call-overload]  # subclasses are dataclasses


@dataclass(frozen=True)
class ItemResult(JsonRecord):
    """The result for one item of a component's input (an air station, a maritime task, a sensor
    class), named by the item's ``id`` and ``kind``: the first two keys of its ``to_dict``."""

    id: str
    kind: str
