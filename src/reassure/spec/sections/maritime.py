"""Scenario section `[maritime]` (optional): Black Sea escort and mine-countermeasures tasks.

Each task keeps ships of one class on station without a break, from a home port (a theatre air
base or site id, for the distance) or over a stated transit (e.g. from the Bosporus for ships of
states outside the Black Sea, whose stay the Montreux Convention caps at 21 days).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from reassure.spec._quantity import Dim, Model, Quantity

__all__ = ["MaritimeSpec", "MaritimeTaskSpec"]

SHIP_YEAR_DIMS = ("cost_eur_per_ship_year", "cost_usd_per_ship_year")
CAPITAL_DIMS = ("money_eur", "money_usd", "money_gbp")


class MaritimeTaskSpec(Model):
    """One continuous maritime task."""

    id: str = Field(description="short name of the task")
    kind: Literal["escort", "mcm", "patrol"] = Field(
        description="`escort`, `mcm` (mine countermeasures) or `patrol`"
    )
    ship_class: str = Field(description="ship class, e.g. `frigate`, `minehunter`")
    ships: Annotated[Quantity, Dim("count", ge=0)] = Field(description="ships kept on station")
    home: str | None = Field(default=None, description="home port as a theatre air-base or site id (for the distance)")
    station: str | None = Field(default=None, description="site id of the station (for the distance)")
    transit: Annotated[Quantity, Dim("length", ge=0)] | None = Field(
        default=None, description="one-way transit distance (instead of home and station)"
    )
    speed: Annotated[Quantity, Dim("speed", gt=0)] = Field(description="transit speed")
    deployment: Annotated[Quantity, Dim("time", gt=0)] = Field(description="time away from port per deployment")
    readiness_ratio: Annotated[Quantity, Dim("ratio", ge=1)] = Field(
        description="ships in the fleet per ship in the deployment cycle (rule of three: 3)"
    )
    crew_per_ship: Annotated[Quantity, Dim("people", ge=0)] = Field(description="crew of one ship")
    cost_per_ship_year: Annotated[Quantity, Dim(SHIP_YEAR_DIMS, ge=0)] = Field(
        description="operating cost of one ship deployed for a year"
    )
    capital_cost: Annotated[Quantity, Dim(CAPITAL_DIMS, ge=0)] | None = Field(
        default=None, description="optional purchase cost per ship (reported apart, labelled capital)"
    )
    non_littoral: bool = Field(default=False, description="ships of a state outside the Black Sea (Montreux cap)")
    existing_ships: Annotated[Quantity, Dim("count", ge=0)] | None = Field(
        default=None, description="ships an existing group (e.g. MCM Black Sea) holds on task"
    )
    existing_days: Annotated[Quantity, Dim("time", ge=0)] | None = Field(
        default=None, description="days a year the existing group is on task"
    )
    us: bool = Field(
        default=False,
        description="US ships only: not Europe's to hold; without the US backstop no one holds the task (reported lost)",
    )

    @model_validator(mode="after")
    def _where(self) -> MaritimeTaskSpec:
        if self.transit is None and (self.home is None or self.station is None):
            raise ValueError("needs `transit`, or both `home` and `station`")
        if (self.existing_ships is None) != (self.existing_days is None):
            raise ValueError("give both `existing_ships` and `existing_days`, or neither")
        return self


class MaritimeSpec(Model):
    """The maritime component."""

    tasks: tuple[MaritimeTaskSpec, ...] = Field(description="continuous tasks")
    eur_per_usd: Annotated[Quantity, Dim("ratio", gt=0)] | None = Field(
        default=None, description="exchange rate for costs given in USD (needed if any is)"
    )

    @model_validator(mode="after")
    def _rates(self) -> MaritimeSpec:
        ids = [t.id for t in self.tasks]
        if len(set(ids)) != len(ids):
            raise ValueError("task ids must be unique")
        # Messages lead with the task's path so the error points at its line, not the section's.
        for j, t in enumerate(self.tasks):
            for name, q in (("cost_per_ship_year", t.cost_per_ship_year), ("capital_cost", t.capital_cost)):
                if q is not None and "usd" in q.dimension and self.eur_per_usd is None:
                    raise ValueError(f"tasks[{j}].{name}: a USD cost needs `eur_per_usd`")
                if q is not None and "gbp" in q.dimension:
                    raise ValueError(f"tasks[{j}].{name}: give ship costs in EUR or USD")
        return self
