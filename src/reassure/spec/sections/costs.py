"""Scenario section `[costs]` (optional): costs of the land force's enablers, and exchange rates.

The troops' operating cost comes from force generation, the air and maritime components cost
themselves; this section adds what neither covers (ground-based air defence, logistics, ...),
each a yearly operating cost (a range) with an optional purchase cost, labelled capital.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from reassure.spec._quantity import Dim, Model, Quantity

__all__ = ["CostItemSpec", "CostsSpec"]

YEARLY = ("money_eur_per_year", "money_usd_per_year")
CAPITAL = ("money_eur", "money_usd", "money_gbp")


class CostItemSpec(Model):
    """One enabler's cost."""

    id: str = Field(description="short name, e.g. `air-defence`")
    what: str = Field(description="what is bought or run, and how much of it")
    per_year: Annotated[Quantity, Dim(YEARLY, ge=0)] = Field(description="yearly operating cost (EUR or USD per year)")
    capital: Annotated[Quantity, Dim(CAPITAL, ge=0)] | None = Field(
        default=None, description="optional purchase cost (reported apart, labelled capital)"
    )


class CostsSpec(Model):
    """Enabler costs outside the troop, air and maritime models."""

    items: tuple[CostItemSpec, ...] = Field(default=(), description="enablers costed")
    eur_per_usd: Annotated[Quantity, Dim("ratio", gt=0)] | None = Field(
        default=None, description="exchange rate for costs given in USD (needed if any is)"
    )
    eur_per_gbp: Annotated[Quantity, Dim("ratio", gt=0)] | None = Field(
        default=None, description="exchange rate for costs given in GBP (needed if any is)"
    )

    @model_validator(mode="after")
    def _rates(self) -> CostsSpec:
        ids = [i.id for i in self.items]
        if len(set(ids)) != len(ids):
            raise ValueError("cost item ids must be unique")
        # Messages lead with the item's path so the error points at its line, not the section's.
        for j, i in enumerate(self.items):
            for name, q in (("per_year", i.per_year), ("capital", i.capital)):
                if q is None:
                    continue
                if "usd" in q.dimension and self.eur_per_usd is None:
                    raise ValueError(f"items[{j}].{name}: a USD cost needs `eur_per_usd`")
                if "gbp" in q.dimension and self.eur_per_gbp is None:
                    raise ValueError(f"items[{j}].{name}: a GBP cost needs `eur_per_gbp`")
        return self
