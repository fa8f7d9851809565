"""Scenario table `[monitoring.band]` (optional): the line as a band of reported length and depth.

The reported length of the line (a range), the depth of the buffer zone to watch (a range), the
event durations to report detection for, and the attrition of each sensor class (airframes lost
a year per continuous orbit), so that small-drone losses are not applied to MQ-9-class orbits.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, field_validator

from reassure.spec._quantity import Dim, Model, Quantity

__all__ = ["BandSpec"]


class BandSpec(Model):
    """The band the monitoring must cover, and class-by-class attrition."""

    line_length: Annotated[Quantity, Dim("length", gt=0)] = Field(
        description="reported length of the line to watch (a range; the theatre trace is reported beside it)"
    )
    depth: Annotated[Quantity, Dim("length", gt=0)] = Field(description="depth of the band (buffer zone) to watch")
    event_durations: tuple[Annotated[Quantity, Dim("time", gt=0)], ...] = Field(
        description="durations of events for which detection is reported (e.g. 30 min, 2 h, 1 day)"
    )
    attrition: dict[str, Annotated[Quantity, Dim("rate", ge=0)]] = Field(
        default_factory=dict,
        description="per sensor class id: airframes lost a year per continuous orbit (classes not listed: 0)",
    )

    @field_validator("attrition")
    @classmethod
    def _known(cls, v: dict[str, Quantity]) -> dict[str, Quantity]:
        from reassure.spec.sections.monitoring import load_sensor_catalogue

        ids = load_sensor_catalogue().ids()
        for key in v:
            if key not in ids:
                raise ValueError(f"{key!r} is not a sensor class of the catalogue (known: {', '.join(ids)})")
        return v

    @field_validator("event_durations")
    @classmethod
    def _some(cls, v: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
        if not v:
            raise ValueError("give at least one event duration")
        return v
