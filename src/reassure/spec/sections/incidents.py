"""Scenario section `[incidents]`: how the ceasefire is tested, and what counts as in time."""

from __future__ import annotations

from pydantic import Field

from reassure.spec._quantity import Model, Q

__all__ = ["IncidentSpec"]


class IncidentSpec(Model):
    """Ceasefire violations along the line and the response standard."""

    violations_per_day: Q("rate", ge=0) = Field(description="mean violations a day, whole line")
    response_threshold: Q("time", gt=0) = Field(description="response counted as in time if within")
