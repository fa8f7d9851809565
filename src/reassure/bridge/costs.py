"""Scenario `[costs]` and the costed capabilities -> :class:`reassure.models.solve.CostsInput`.

The troops' cost comes from force generation, the air and maritime components' from their
capabilities (all already in euros); the `[costs]` items (land enablers and the like) are
converted here, USD or GBP at the scenario's exchange rates.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from reassure.bridge._common import eur_midpoint, eur_range, eur_rates

if TYPE_CHECKING:
    from reassure.models.solve import CostsInput

__all__ = ["LABELS", "CostRow", "build_input", "cost_rows"]

CostRow = tuple[str, str, float, float, float | None]
LABELS = {"force": "troops (force generation)", "air_policing": "air component",
          "maritime": "maritime component"}


def cost_rows(scenario: Any) -> list[CostRow]:
    """Each enabler item's yearly operating cost in EUR (low, high) and its capital cost (midpoint) or None."""
    spec = getattr(scenario, "costs", None)
    if spec is None:
        return []
    rates = eur_rates(spec)
    rows: list[CostRow] = []
    for item in spec.items:
        low, high = eur_range(item.per_year, rates, f"costs.items.{item.id}.per_year")
        capital = eur_midpoint(item.capital, rates, f"costs.items.{item.id}.capital")
        rows.append((item.id, item.what, low, high, capital))
    return rows


def build_input(scenario: Any, upstream: Mapping[str, Any], *, us_backstop: bool = True) -> CostsInput:
    """One side's cost parts: troops, air, maritime (from ``upstream``), then the `[costs]` items."""
    from reassure.models.solve import CostPart, CostsInput

    if scenario.costs is None and scenario.air_policing is None and scenario.maritime is None:
        return CostsInput(present=False)
    parts: list[CostPart] = []
    missing: list[str] = []
    force = upstream.get("force")
    if force is None:
        missing.append("force")
    else:
        r = force.result
        parts.append(CostPart(LABELS["force"], float(r.cost_eur_per_year_low),
                              float(r.cost_eur_per_year_high)))
    for name in ("air_policing", "maritime"):
        if getattr(scenario, name) is None:
            continue
        out = upstream.get(name)
        r = None if out is None else out.result
        if r is None:
            missing.append(name)
            continue
        parts.append(CostPart(LABELS[name], r.operating_cost_eur_per_year_low,
                              r.operating_cost_eur_per_year_high, r.capital_cost_eur))
    for item_id, what, low, high, capital in cost_rows(scenario):
        parts.append(CostPart(f"{item_id}: {what}", low, high, capital))
    return CostsInput(present=True, parts=tuple(parts), missing=tuple(missing))
