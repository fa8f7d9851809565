"""Scenario `[costs]` -> plain (id, what, low, high, capital) rows in euros."""

from __future__ import annotations

from typing import Any

from reassure.bridge._convert import eur_range

__all__ = ["CostRow", "cost_rows"]

CostRow = tuple[str, str, float, float, float | None]


def cost_rows(scenario: Any) -> list[CostRow]:
    """Each enabler item's yearly operating cost in EUR (low, high) and its capital cost (midpoint) or None."""
    spec = getattr(scenario, "costs", None)
    if spec is None:
        return []
    rates = {k: v.to("ratio") for k, v in (("usd", spec.eur_per_usd), ("gbp", spec.eur_per_gbp)) if v is not None}
    rows: list[CostRow] = []
    for item in spec.items:
        low, high = eur_range(item.per_year, rates, f"costs.items.{item.id}.per_year")
        capital = None
        if item.capital is not None:
            c_low, c_high = eur_range(item.capital, rates, f"costs.items.{item.id}.capital")
            capital = (c_low + c_high) / 2
        rows.append((item.id, item.what, low, high, capital))
    return rows
