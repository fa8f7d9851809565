"""Small helpers the models share."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any, Protocol, TypedDict

__all__ = [
    "DAYS_PER_YEAR", "CostTotals", "Costed", "ItemResult", "JsonRecord", "finite_or_none", "item_costs",
    "largest_remainder", "summed_costs",
]

#: Days in a mean (Julian) year, for turning per-day rates into per-year ones.
DAYS_PER_YEAR = 365.25


def finite_or_none(value: Any) -> float | None:
    """``value`` as a float, or None when it is infinite or NaN (JSON has neither).

    >>> finite_or_none(2), finite_or_none(float("inf")), finite_or_none(float("nan"))
    (2.0, None, None)
    """
    x = float(value)
    return x if math.isfinite(x) else None


def largest_remainder(exact: Iterable[float], total: int) -> list[int]:
    """Whole numbers near ``exact`` that add up to ``total``: each rounded down, and the units
    left over given to the largest remainders (ties to the earlier, so the split is deterministic).

    >>> largest_remainder([27.45, 27.41, 45.14], 100), largest_remainder([0.5, 0.5], 1)
    ([28, 27, 45], [1, 0])
    """
    values = [float(x) for x in exact]
    whole = [math.floor(x) for x in values]
    order = sorted(range(len(values)), key=lambda i: (whole[i] - values[i], i))
    for i in order[:max(0, total - sum(whole))]:
        whole[i] += 1
    return whole


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


class Costed(Protocol):
    """A costed result: running cost a year (low, high) and capital cost (None when unknown)."""

    @property
    def operating_cost_eur_per_year_low(self) -> float: ...
    @property
    def operating_cost_eur_per_year_high(self) -> float: ...
    @property
    def capital_cost_eur(self) -> float | None: ...


class CostTotals(TypedDict):
    """The cost fields of a component's totals, as keyword arguments of its result."""

    operating_cost_eur_per_year_low: float
    operating_cost_eur_per_year_high: float
    capital_cost_eur: float | None


def summed_costs(rows: Iterable[Costed]) -> CostTotals:
    """The costs of ``rows`` added up; capital over the rows that have one, None when none has.

    >>> from types import SimpleNamespace as Row
    >>> summed_costs([Row(operating_cost_eur_per_year_low=1.0, operating_cost_eur_per_year_high=2.0,
    ...                   capital_cost_eur=None)])
    {'operating_cost_eur_per_year_low': 1.0, 'operating_cost_eur_per_year_high': 2.0, 'capital_cost_eur': None}
    """
    rows = list(rows)
    capitals = [r.capital_cost_eur for r in rows if r.capital_cost_eur is not None]
    return CostTotals(
        operating_cost_eur_per_year_low=sum(r.operating_cost_eur_per_year_low for r in rows),
        operating_cost_eur_per_year_high=sum(r.operating_cost_eur_per_year_high for r in rows),
        capital_cost_eur=sum(capitals) if capitals else None,
    )


def item_costs(paid: float, rate_low: float, rate_high: float, held: float, price: float | None) -> CostTotals:
    """The costs of one item: ``paid`` units a year (flight hours, ships in the deployment cycle)
    at a running rate (low, high), and the purchase of ``held`` assets at ``price`` each (None
    when no price is given).

    >>> item_costs(100.0, 2.0, 3.0, 4, None)
    {'operating_cost_eur_per_year_low': 200.0, 'operating_cost_eur_per_year_high': 300.0, 'capital_cost_eur': None}
    """
    return CostTotals(
        operating_cost_eur_per_year_low=paid * rate_low,
        operating_cost_eur_per_year_high=paid * rate_high,
        capital_cost_eur=None if price is None else held * price,
    )
