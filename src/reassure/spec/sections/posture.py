"""Scenario sections `[posture]`, `[air]` and `[support_force]`: where forces stand."""

from __future__ import annotations

from pydantic import Field

from reassure.spec._quantity import Model, Q

__all__ = ["AirBaseUse", "AirSpec", "PostureSpec", "ProtectedSite", "SupportForceSpec"]


class ProtectedSite(Model):
    """A theatre site the force is to protect, with its weight."""

    site: str = Field(description="site id from the theatre's sites table")
    weight: Q("weight", ge=0) = Field(description="relative importance of the site")


class PostureSpec(Model):
    """Where the force may stand and what it protects."""

    standoff: Q("length", ge=0) = Field(description="minimum distance of garrisons from the line")
    sites: tuple[ProtectedSite, ...] = Field(default=(), description="sites to protect")


class AirBaseUse(Model):
    """Aircraft held at one air base for the force."""

    base: str = Field(description="ICAO id from the theatre's airbases table")
    aircraft: Q("aircraft", ge=0) = Field(description="aircraft held at the base")
    readiness: Q("time", ge=0) = Field(description="time from call to take-off")
    us: bool = Field(default=False, description="true if these are US assets")


class AirSpec(Model):
    """The air component, held outside Ukraine."""

    bases: tuple[AirBaseUse, ...] = Field(default=(), description="air bases used")


class SupportForceSpec(Model):
    """The outside support force, held in a neighbouring country."""

    base: str = Field(description="ICAO id of the base it is held at")
    troops: Q("troops", ge=0) = Field(description="strength of the support force")
    readiness: Q("time", ge=0) = Field(description="notice to move")
