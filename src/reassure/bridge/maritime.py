"""Scenario `[maritime]` -> :class:`reassure.models.maritime.MaritimeInput` (plain floats)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reassure.bridge._common import eur_midpoint, eur_range, eur_rates, km_between, nominal, q_or
from reassure.models.maritime import MaritimeInput, MaritimeTask

if TYPE_CHECKING:
    from reassure.models.solve import MaritimeCapabilityInput

__all__ = ["build_input", "maritime_input"]


def maritime_input(scenario: Any) -> MaritimeInput | None:
    """The maritime component's model input, or None when the scenario has no `[maritime]`.

    US tasks (`us = true`) are left out when the plan counts on no US enabler at all (the
    "without US" side): US ships only, so no one holds them; they are named in ``lost``, for the
    report to say so rather than let them vanish.
    """
    spec = scenario.maritime
    if spec is None:
        return None
    theatre = None
    rates = eur_rates(spec)
    tasks = []
    lost = []
    for t in spec.tasks:
        if t.us and not scenario.us_backstop.any:
            lost.append(t.id)
            continue
        if t.transit is not None:
            transit = nominal(t.transit, "km")
        else:
            if theatre is None:
                from reassure.theatres import load_theatre

                theatre = load_theatre(scenario.theatre)
            assert t.home is not None and t.station is not None  # checked by the spec
            transit = km_between(theatre, t.home, t.station, f"maritime.tasks.{t.id}")
        low, high = eur_range(t.cost_per_ship_year, rates, f"maritime.tasks.{t.id}.cost_per_ship_year")
        capital = eur_midpoint(t.capital_cost, rates, f"maritime.tasks.{t.id}.capital_cost")
        tasks.append(MaritimeTask(
            id=t.id, kind=t.kind, ships_on_station=nominal(t.ships, "count"), transit_km=transit,
            speed_kmh=nominal(t.speed, "km/h"), deployment_days=nominal(t.deployment, "day"),
            readiness_ratio=nominal(t.readiness_ratio, "ratio"), crew_per_ship=nominal(t.crew_per_ship, "people"),
            cost_per_ship_year_eur_low=low, cost_per_ship_year_eur_high=high, non_littoral=t.non_littoral,
            existing_ships=q_or(t.existing_ships, "count", 0.0),
            existing_days_per_year=q_or(t.existing_days, "day", 0.0),
            capital_cost_eur_per_ship=capital, us=t.us,
        ))
    return MaritimeInput(tasks=tuple(tasks), lost=tuple(lost))


def build_input(scenario: Any, upstream: Any = None, *,
                us_backstop: bool = True) -> MaritimeCapabilityInput:
    """The maritime capability's input for one side (without the US: US tasks left out, named lost)."""
    from reassure.models.solve import MaritimeCapabilityInput

    return MaritimeCapabilityInput(maritime_input(scenario if us_backstop else scenario.without_us()))
