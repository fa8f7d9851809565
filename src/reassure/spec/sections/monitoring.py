"""Scenario section `[monitoring]`: the sensors that watch the contact line.

Also the shipped sensor catalogue (``reassure/data/sensors.toml``): the platform classes that
``monitoring.fleets[].sensor`` names, each number a sourced :class:`~reassure.spec.Quantity`
like any scenario number. `reassure.bridge.monitoring` (``platform_type``, ``platforms``) turns
them into the plain floats of :mod:`reassure.models.monitoring`.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from reassure.spec._catalogue import Catalogue, read_catalogue
from reassure.spec._quantity import Dim, Model, Quantity

__all__ = [
    "CATALOGUE_FILE",
    "BandSpec",
    "FleetSpec",
    "MonitoringSpec",
    "SensorCatalogue",
    "SensorType",
    "SizingSpec",
    "load_sensor_catalogue",
]

CATALOGUE_FILE = Path(__file__).resolve().parents[2] / "data" / "sensors.toml"


# --------------------------------------------------------------------------- sensor catalogue


class SensorType(Model):
    """One platform class of the sensor catalogue."""

    id: str = Field(description="short id, e.g. `male-uav`")
    name: str = Field(description="class name, e.g. `MALE UAV (MQ-9 Reaper class)`")
    kind: Literal["patrol", "stare", "satellite"] = Field(
        description="patrol (flies back and forth), stare (fixed) or satellite"
    )
    swath: Annotated[Quantity, Dim("length", gt=0)] = Field(description="width of the ground strip watched")
    pd_day: Annotated[Quantity, Dim("fraction", ge=0, le=1)] = Field(description="detection probability per pass, day")
    pd_night: Annotated[Quantity, Dim("fraction", ge=0, le=1)] = Field(description="detection probability per pass, night")
    pd_cloud: Annotated[Quantity, Dim("fraction", ge=0, le=1)] = Field(description="detection probability under overcast")
    availability: Annotated[Quantity, Dim("fraction", gt=0, le=1)] | None = Field(
        default=None, description="share of airframes or stations mission-capable (default 1)"
    )
    endurance: Annotated[Quantity, Dim("time", gt=0)] | None = Field(default=None, description="sortie flight time")
    speed: Annotated[Quantity, Dim("speed", gt=0)] | None = Field(default=None, description="cruise speed")
    turnaround: Annotated[Quantity, Dim("time", ge=0)] | None = Field(default=None, description="ground time between sorties")
    datalink_range: Annotated[Quantity, Dim("length", gt=0)] | None = Field(
        default=None, description="farthest from its base it can be controlled (default unlimited)"
    )
    revs_per_day: Annotated[Quantity, Dim("rate", gt=0)] | None = Field(
        default=None, description="satellites: orbital revolutions a day (orbit model)"
    )
    passes_per_rev: Annotated[Quantity, Dim("count", ge=1, le=2)] | None = Field(
        default=None, description="satellites: 1 (daylight pass) or 2 (also the night pass)"
    )
    local_time: Annotated[Quantity, Dim("time", ge=0, le=24)] | None = Field(
        default=None, description="satellites: local solar time of the descending pass"
    )
    revisit: Annotated[Quantity, Dim("time", gt=0)] | None = Field(
        default=None, description="satellites: revisit of the fixed-revisit model"
    )
    published_revisit: Annotated[Quantity, Dim("time", gt=0)] | None = Field(
        default=None, description="a published revisit that checks the orbit model (not an input)"
    )
    attrition: Annotated[Quantity, Dim("rate", ge=0)] | None = Field(
        default=None, description="patrol: airframes of this class lost a year per continuous orbit"
    )
    jam_susceptible: bool = Field(default=False, description="jamming takes it off task")
    note: str | None = Field(default=None, description="why, for the flags; free text")

    @model_validator(mode="after")
    def _complete(self) -> SensorType:
        if self.kind == "patrol":
            missing = [f for f in ("endurance", "speed", "turnaround") if getattr(self, f) is None]
            if missing:
                raise ValueError(f"a patrol sensor needs {', '.join(missing)}")
        if self.kind == "satellite" and (self.revs_per_day is None) == (self.revisit is None):
            raise ValueError("a satellite needs either revs_per_day (orbit model) or revisit")
        return self


class SensorCatalogue(Catalogue):
    """The shipped sensor catalogue."""

    sensors: tuple[SensorType, ...] = Field(description="platform classes")

    @model_validator(mode="after")
    def _unique_ids(self) -> SensorCatalogue:
        seen = [t.id for t in self.sensors]
        if len(seen) != len(set(seen)):
            raise ValueError("sensors: an id is used twice")
        return self

    def ids(self) -> tuple[str, ...]:
        """The sensor ids, in file order."""
        return tuple(t.id for t in self.sensors)

    def get(self, sensor_id: str) -> SensorType:
        """The sensor ``sensor_id`` (``KeyError`` if absent)."""
        for t in self.sensors:
            if t.id == sensor_id:
                return t
        raise KeyError(sensor_id)


@functools.lru_cache(maxsize=4)
def load_sensor_catalogue(path: str | None = None) -> SensorCatalogue:
    """Read and validate the sensor catalogue (cached); errors name the file and field."""
    return read_catalogue(Path(path) if path else CATALOGUE_FILE, SensorCatalogue)


def _known_sensor(value: str) -> str:
    ids = load_sensor_catalogue().ids()
    if value not in ids:
        from reassure.errors import choice_list, did_you_mean

        # review s33: the whole list overran the line and was cut to a bare "..."
        raise ValueError(
            f"is not a sensor of the sensor catalogue{did_you_mean(value, ids)}"
            f"{choice_list(value, ids, see='docs/scenario-format.md §Catalogue ids')} (got {value!r})"
        )
    return value


# --------------------------------------------------------------------------- [monitoring]


class FleetSpec(Model):
    """One group of sensors of one type."""

    id: str = Field(description="short name of this group")
    sensor: str = Field(description="sensor type from the shipped sensor catalogue")
    base: str | None = Field(default=None, description="ICAO id of the base it flies from")
    orbits: Annotated[Quantity, Dim("count", ge=0)] = Field(description="continuous orbits (or satellites) wanted")
    us_asset: bool = Field(default=False, description="true if provided by the US backstop")
    start: Annotated[Quantity, Dim("length", ge=0)] | None = Field(
        default=None, description="start of the stretch it watches, along the line from its "
        "south-west end (default: the line's start)"
    )
    end: Annotated[Quantity, Dim("length", gt=0)] | None = Field(
        default=None, description="end of the stretch it watches (default: the line's end); "
        "start and end are km within the line's length (the band's nominal line_length, else "
        "the trace): one beyond it is cut to the line's end, with a warning"
    )
    standoff: Annotated[Quantity, Dim("length", ge=0)] | None = Field(
        default=None, description="how far behind the line it flies or stands (default: over it)"
    )

    _check_sensor = field_validator("sensor")(lambda v: _known_sensor(v))

    @model_validator(mode="after")
    def _whole_orbits(self) -> FleetSpec:
        if self.orbits.low != self.orbits.high:
            raise ValueError(f"orbits must be a whole number, not a range "
                             f"(got {self.orbits.text()})")
        if not float(self.orbits.low).is_integer():  # review s38 4: 2.5 is not a range
            raise ValueError(f"orbits must be a whole number (got {self.orbits.text()})")
        if self.start is not None and self.end is not None and \
                self.end.in_("km") <= self.start.in_("km"):
            raise ValueError("end must be beyond start")
        kind = load_sensor_catalogue().get(self.sensor).kind
        if kind != "satellite" and self.base is None:
            raise ValueError(f"a {kind} sensor needs a base (an ICAO id of the theatre)")
        return self


class SizingSpec(Model):
    """What `reassure monitor --size` may use to meet the target with the fewest airframes."""

    share: Annotated[Quantity, Dim("fraction", gt=0, le=1)] = Field(
        description="share of the line length that must meet the target revisit"
    )
    candidates: tuple[FleetSpec, ...] = Field(
        description="sensor types and bases allowed (their `orbits` are ignored)"
    )


class BandSpec(Model):
    """`[monitoring.band]` (optional): the line as a band of reported length and depth.

    The reported length of the line (a range), the depth of the buffer zone to watch (a range),
    the event durations to report detection for, and the attrition of each sensor class
    (airframes lost a year per continuous orbit), so that small-drone losses are not applied to
    MQ-9-class orbits.
    """

    line_length: Annotated[Quantity, Dim("length", gt=0)] = Field(
        description=(
            "reported length of the WHOLE line to watch (a range; the theatre trace is scaled to "
            "it and reported beside it). A value shorter than the trace compresses the whole "
            "front, it does not cut a sector (validate warns); to watch a sector give fleets "
            "`start`/`end` within this length (one beyond it is cut to the line's end; validate warns)"
        )
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
        ids = load_sensor_catalogue().ids()
        for key in v:
            if key not in ids:
                from reassure.errors import choice_list, did_you_mean

                raise ValueError(f"{key!r} is not a sensor class of the catalogue"
                                 f"{did_you_mean(key, ids)}"
                                 f"{choice_list(key, ids, see='docs/scenario-format.md §Catalogue ids')}")
        return v

    @field_validator("event_durations")
    @classmethod
    def _some(cls, v: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
        if not v:
            raise ValueError("give at least one event duration")
        return v


class MonitoringSpec(Model):
    """How the line is watched, and how the coverage is judged."""

    cell: Annotated[Quantity, Dim("length", gt=0)] = Field(description="length of one line cell")
    target_revisit: Annotated[Quantity, Dim("time", gt=0)] = Field(description="revisit time the plan aims for")
    fleets: tuple[FleetSpec, ...] = Field(default=(), description="sensor groups")
    sector_length: Annotated[Quantity, Dim("length", gt=0)] | None = Field(
        default=None, description="length of a reporting sector along the line (default 100 km)"
    )
    window: Annotated[Quantity, Dim("time", gt=0)] | None = Field(
        default=None, description="analysis window (default 24 h; cover a satellite repeat "
        "cycle when satellites fly)"
    )
    step: Annotated[Quantity, Dim("time", gt=0)] | None = Field(
        default=None, description="time step of the coverage samples (default 1 min)"
    )
    gap_rule: Literal["optimistic", "pessimistic", "exclude"] = Field(
        default="optimistic",
        description="gaps at the window's ends: optimistic (STK's rule: cut at the window), "
        "pessimistic (the end gap joins the start gap: exact only for a schedule that repeats "
        "with the window), exclude (dropped)",
    )
    satisfy_on: Literal["revisit_max", "revisit_mean", "response_mean"] = Field(
        default="revisit_max", description="figure compared with target_revisit for `satisfied`"
    )
    night_fraction: Annotated[Quantity, Dim("fraction", ge=0, le=1)] | None = Field(
        default=None, description="share of the day that is dark (default 0.5)"
    )
    cloud_fraction: Annotated[Quantity, Dim("fraction", ge=0, le=1)] | None = Field(
        default=None, description="probability of overcast on a pass (default 0)"
    )
    jamming_events: Annotated[Quantity, Dim("rate", ge=0)] | None = Field(
        default=None, description="jamming events a day against the airborne fleet (default 0)"
    )
    jamming_outage: Annotated[Quantity, Dim("time", ge=0)] | None = Field(
        default=None, description="time a jammed platform is off task per event (default 0)"
    )
    attrition: Annotated[Quantity, Dim("rate", ge=0)] | None = Field(
        default=None, description="airframes lost a year per continuous patrol orbit (default 0)"
    )
    sizing: SizingSpec | None = Field(
        default=None, description="candidates and share for fleet sizing (`monitor --size`)"
    )
    band: BandSpec | None = Field(
        default=None, description="the line as a band: reported length, buffer depth, attrition by class"
    )
