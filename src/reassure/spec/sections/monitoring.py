"""Scenario section `[monitoring]`: the sensors that watch the contact line."""

from __future__ import annotations

from pydantic import Field

from reassure.spec._quantity import Model, Q

__all__ = ["FleetEntry", "MonitoringSpec"]


class FleetEntry(Model):
    """One group of sensors of one type."""

    id: str = Field(description="short name of this group")
    sensor: str = Field(description="sensor type from the shipped sensor catalogue")
    base: str | None = Field(default=None, description="ICAO id of the base it flies from")
    orbits: Q("count", ge=0) = Field(description="continuous orbits (or satellites) wanted")
    us_asset: bool = Field(default=False, description="true if provided by the US backstop")


class MonitoringSpec(Model):
    """How the line is watched."""

    cell: Q("length", gt=0) = Field(description="length of one line cell")
    target_revisit: Q("time", gt=0) = Field(description="revisit time the plan aims for")
    fleets: tuple[FleetEntry, ...] = Field(default=(), description="sensor groups")
