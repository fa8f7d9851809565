"""Scenario sections `[posture]`, `[air]` and `[support_force]`: where forces stand.

Also the shipped aircraft catalogue (``reassure/data/aircraft.toml``): the types that
``air.bases[].type``, ``air.helicopters[].type`` and ``support_force.airlift[].type`` name, each
number a sourced :class:`~reassure.spec.Quantity` like any scenario number.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, field_validator, model_validator

from reassure.spec._catalogue import Catalogue, read_catalogue
from reassure.spec._quantity import Dim, Model, Provenanced, Quantity

__all__ = [
    "AirBaseUse",
    "AircraftType",
    "AirSpec",
    "AircraftCatalogue",
    "AirfieldFactors",
    "AirliftType",
    "AirliftUse",
    "FighterType",
    "FollowOnTier",
    "HelicopterType",
    "HelicopterUse",
    "PostureSpec",
    "ProtectedSite",
    "QRAFactors",
    "SupportForceSpec",
    "SurfaceChannelSpec",
    "load_aircraft_catalogue",
]

CATALOGUE_FILE = Path(__file__).resolve().parents[2] / "data" / "aircraft.toml"

#: ``air.helicopters[].base`` value that stations a detachment at every garrison.
AT_GARRISONS = "garrisons"


# --------------------------------------------------------------------------- aircraft catalogue


class AircraftType(Model):
    """What every type of the catalogue gives: its id, its name and its cruise speed."""

    id: str = Field(description="short id, e.g. `a400m`, `nh90`, `typhoon`")
    name: str = Field(description="type name")
    cruise_speed: Annotated[Quantity, Dim("speed", gt=0)] = Field(description="cruise speed")


class AirliftType(AircraftType):
    """A transport aircraft type."""

    troops: Annotated[Quantity, Dim("troops", gt=0)] | None = Field(default=None, description="troops seated per sortie")
    max_payload: Annotated[Quantity, Dim("mass", gt=0)] = Field(description="maximum payload")
    planning_payload: Annotated[Quantity, Dim("mass", gt=0)] = Field(description="planning payload per sortie")
    ground_time: Annotated[Quantity, Dim("time", ge=0)] = Field(description="time on the ground per stop")
    range_with_payload: Annotated[Quantity, Dim("length", gt=0)] = Field(description="range with the stated payload")


class HelicopterType(AircraftType):
    """A helicopter type."""

    troops: Annotated[Quantity, Dim("troops", gt=0)] = Field(description="equipped troops carried")
    range: Annotated[Quantity, Dim("length", gt=0)] = Field(description="range (out and back)")


class FighterType(AircraftType):
    """A fighter type."""

    combat_radius: Annotated[Quantity, Dim("length", gt=0)] = Field(description="combat radius")


class QRAFactors(Model):
    """Quick reaction alert."""

    readiness: Annotated[Quantity, Dim("time", ge=0)] = Field(description="time from activation to airborne")


class AirfieldFactors(Model):
    """Airfield throughput planning factors (AFPAM 10-1403)."""

    queuing_efficiency: Annotated[Quantity, Dim("fraction", gt=0, le=1)] = Field(description="AFPAM queuing efficiency")
    kabul_peak_sorties: Annotated[Quantity, Dim("count", gt=0)] = Field(description="peak daily military sorties, one runway")


class AircraftCatalogue(Catalogue):
    """The shipped aircraft catalogue."""

    airlift: tuple[AirliftType, ...] = Field(description="transport aircraft")
    helicopters: tuple[HelicopterType, ...] = Field(description="helicopters")
    fighters: tuple[FighterType, ...] = Field(description="fighters")
    qra: QRAFactors = Field(description="quick reaction alert")
    airfield: AirfieldFactors = Field(description="airfield throughput factors")

    @model_validator(mode="after")
    def _unique_ids(self) -> AircraftCatalogue:
        for kind in ("airlift", "helicopters", "fighters"):
            seen = [t.id for t in getattr(self, kind)]
            if len(seen) != len(set(seen)):
                raise ValueError(f"{kind}: an id is used twice")
        return self

    def type_ids(self, kind: str) -> tuple[str, ...]:
        """Ids of one kind: ``airlift``, ``helicopters`` or ``fighters``."""
        return tuple(t.id for t in getattr(self, kind))

    def get(self, kind: str, type_id: str) -> Any:
        """The type ``type_id`` of one kind (``KeyError`` if absent)."""
        for t in getattr(self, kind):
            if t.id == type_id:
                return t
        raise KeyError(type_id)


@functools.lru_cache(maxsize=4)
def load_aircraft_catalogue(path: str | None = None) -> AircraftCatalogue:
    """Read and validate the aircraft catalogue (cached); errors name the file and field."""
    return read_catalogue(Path(path) if path else CATALOGUE_FILE, AircraftCatalogue)


_KIND_NAME = {"airlift": "an airlift", "helicopters": "a helicopter", "fighters": "a fighter"}


def _known_type(kind: str, value: str | None) -> str | None:
    if value is None:
        return value
    catalogue = load_aircraft_catalogue()
    ids = catalogue.type_ids(kind)
    if value not in ids:
        from reassure.errors import choice_list, did_you_mean

        # review s33: a list too long for the line names the closest and where all are listed
        raise ValueError(
            f"is not {_KIND_NAME[kind]} type of the aircraft catalogue{did_you_mean(value, ids)}"
            f"{choice_list(value, ids, see='docs/scenario-format.md §Catalogue ids')} (got {value!r})"
        )
    return value


# --------------------------------------------------------------------------- [posture]


class ProtectedSite(Model):
    """A theatre site the force is to protect, with its weight."""

    site: str = Field(description="site id from the theatre's sites table")
    weight: Annotated[Quantity, Dim("weight", ge=0)] = Field(description="relative importance of the site")


class GarrisonPlace(Provenanced):
    """A place outside the theatre's sites table that may host a garrison (a town, a base the
    plan names), with the source or assumption for where it is (review s52: a protected site
    inside the standoff was left uncovered for want of a theatre site in reach, and a plan
    could not name one)."""

    id: str = Field(description="a new id, not one of the theatre's sites or air bases")
    name: str = Field(description="its name in reports")
    lat: float = Field(ge=-90, le=90, description="latitude, decimal degrees (WGS84)")
    lon: float = Field(ge=-180, le=180, description="longitude, decimal degrees (WGS84)")


class PostureSpec(Model):
    """Where the force may stand and what it protects.

    A site counts as protected when a garrison's ground QRF reaches it within ``cover_time``:
    the cover radius in road km is ``(cover_time - qrf_readiness) * qrf_speed``, compared with
    the geodesic distance times ``detour_factor``.
    """

    standoff: Annotated[Quantity, Dim("length", ge=0)] = Field(description="minimum distance of garrisons from the line")
    sites: tuple[ProtectedSite, ...] = Field(default=(), description="sites to protect")
    garrisons: Annotated[Quantity, Dim("count", ge=0)] | None = Field(
        default=None, description="number of garrisons (default: manoeuvre troops / garrison_troops)"
    )
    garrison_troops: Annotated[Quantity, Dim("troops", gt=0, whole_in_file=True)] | None = Field(
        default=None, description="troops in one garrison, to derive the number of garrisons"
    )
    existing: tuple[str, ...] = Field(
        default=(), description="site or air-base ids of garrisons that must stay where they are"
    )
    neighbour_candidates: tuple[str, ...] = Field(
        default=(), description="air-base ids outside Ukraine that may also host a garrison"
    )
    garrison_places: tuple[GarrisonPlace, ...] = Field(
        default=(), description="places beyond the theatre's sites that may host a garrison "
        "(`{ id, name, lat, lon, source | assumption }`); one inside the standoff is left out, "
        "with a note"
    )
    cover_time: Annotated[Quantity, Dim("time", gt=0)] | None = Field(
        default=None, description="a site is protected if a ground QRF reaches it within this time"
    )
    qrf_readiness: Annotated[Quantity, Dim("time", ge=0)] | None = Field(
        default=None, description="ground QRF notice to move"
    )
    qrf_speed: Annotated[Quantity, Dim("speed", gt=0)] | None = Field(default=None, description="ground QRF road speed")
    detour_factor: Annotated[Quantity, Dim("ratio", ge=1)] | None = Field(
        default=None, description="road distance over geodesic distance (circuity)"
    )


# --------------------------------------------------------------------------- [air]


class AirBaseUse(Model):
    """Aircraft held at one air base for the force."""

    base: str = Field(description="ICAO id from the theatre's airbases table")
    type: str | None = Field(default=None, description="fighter type id from the aircraft catalogue")
    aircraft: Annotated[Quantity, Dim("aircraft", ge=0, whole=True)] = Field(description="aircraft held at the base")
    readiness: Annotated[Quantity, Dim("time", ge=0)] = Field(description="time from call to take-off")
    us: bool = Field(default=False, description="true if these are US assets")

    _check_type = field_validator("type")(lambda v: _known_type("fighters", v))


class HelicopterUse(Model):
    """A helicopter detachment for quick reaction inside Ukraine."""

    id: str = Field(description="short name of the detachment")
    type: str = Field(description="helicopter type id from the aircraft catalogue")
    base: str = Field(description="site id, air-base id, or `garrisons` for one at every garrison")
    aircraft: Annotated[Quantity, Dim("aircraft", ge=0, whole=True)] = Field(description="helicopters per detachment")
    readiness: Annotated[Quantity, Dim("time", ge=0)] = Field(description="time from call to lift-off")
    us: bool = Field(default=False, description="true if these are US assets")

    _check_type = field_validator("type")(lambda v: _known_type("helicopters", v))


class AirSpec(Model):
    """The air component, held outside Ukraine, and helicopters inside it."""

    bases: tuple[AirBaseUse, ...] = Field(default=(), description="air bases used")
    helicopters: tuple[HelicopterUse, ...] = Field(
        default=(), description="helicopter detachments"
    )


# --------------------------------------------------------------------------- [support_force]


class FollowOnTier(Model):
    """Further troops that become ready to move after the support force."""

    id: str = Field(description="short name of the tier")
    troops: Annotated[Quantity, Dim("troops", ge=0)] = Field(description="troops in the tier")
    ready: Annotated[Quantity, Dim("time", ge=0)] = Field(description="time from the order until they can move")


class AirliftUse(Model):
    """Transport aircraft committed to move the support force."""

    id: str = Field(description="short name of the group")
    type: str = Field(description="airlift type id from the aircraft catalogue")
    aircraft: Annotated[Quantity, Dim("aircraft", ge=0, whole=True)] = Field(description="aircraft committed")
    us: bool = Field(default=False, description="true if US aircraft (counted only with US airlift)")

    _check_type = field_validator("type")(lambda v: _known_type("airlift", v))


class SurfaceChannelSpec(Model):
    """A rail or road channel with a daily capacity."""

    id: str = Field(description="short name, e.g. `rail`, `road`")
    troops_per_day: Annotated[Quantity, Dim("throughput", ge=0)] = Field(description="troops the channel moves per day")
    transit: Annotated[Quantity, Dim("time", ge=0)] = Field(description="time from departure to arrival")
    start: Annotated[Quantity, Dim("time", ge=0)] = Field(description="time from the order until the channel opens")
    us: bool = Field(default=False, description="true if it rests on US logistics")


class SupportForceSpec(Model):
    """The outside support force, held in a neighbouring country, and how it reinforces."""

    base: str = Field(description="ICAO id of the base it is held at")
    troops: Annotated[Quantity, Dim("troops", ge=0)] = Field(description="strength of the support force")
    readiness: Annotated[Quantity, Dim("time", ge=0)] = Field(description="notice to move")
    arrival: str | None = Field(
        default=None, description="air-base id (or site id) where reinforcements land in Ukraine"
    )
    follow_on: tuple[FollowOnTier, ...] = Field(default=(), description="further readiness tiers")
    airlift: tuple[AirliftUse, ...] = Field(default=(), description="transport aircraft")
    surface: tuple[SurfaceChannelSpec, ...] = Field(default=(), description="rail and road channels")
    airlift_hours: Annotated[Quantity, Dim("time", gt=0, le=24)] | None = Field(
        default=None, description="airlift operating hours per day"
    )
    max_on_ground: Annotated[Quantity, Dim("aircraft", gt=0, whole=True)] | None = Field(
        default=None, description="aircraft the arrival airfield can work at once (MOG)"
    )
    tonnes_per_troop: Annotated[Quantity, Dim("mass", gt=0)] | None = Field(
        default=None, description="cargo per troop; when set, troops per sortie = planning payload / this"
    )
    buildup_days: Annotated[Quantity, Dim("time", gt=0)] | None = Field(
        default=None, description="length of the build-up curve (default 30 days)"
    )
