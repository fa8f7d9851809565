"""Scenario sections `[force]` and `[[contributors]]`: what is asked, and who offers what."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from reassure.spec._quantity import Model, Provenanced, Q

__all__ = ["ROLES", "STATUSES", "Contributor", "ForceSpec", "RoleMix"]

ROLES = (
    "manoeuvre",
    "reconnaissance",
    "engineers",
    "medical",
    "logistics",
    "aviation",
    "air_defence",
    "hq_signals",
)

STATUSES = (
    "willing",
    "conditional-parliament",
    "constitutional-limit",
    "premature",
    "ruled-out",
    "unknown",
)

Fraction = Q("fraction", ge=0.0, le=1.0)


class RoleMix(Model):
    """Share of deployed troops by role; the shares given must add up to 1."""

    manoeuvre: Fraction | None = Field(default=None, description="infantry/armour units")
    reconnaissance: Fraction | None = Field(default=None, description="reconnaissance units")
    engineers: Fraction | None = Field(default=None, description="engineer units")
    medical: Fraction | None = Field(default=None, description="medical units")
    logistics: Fraction | None = Field(default=None, description="logistics units")
    aviation: Fraction | None = Field(default=None, description="army aviation (helicopters)")
    air_defence: Fraction | None = Field(default=None, description="ground-based air defence")
    hq_signals: Fraction | None = Field(default=None, description="headquarters and signals")


class ForceSpec(Model):
    """The force asked for and how it is kept up."""

    target_troops: Q("troops", ge=0) = Field(description="deployed strength asked for")
    tour: Q("time", gt=0) = Field(description="length of one deployment tour")
    interval: Q("time", ge=0) = Field(description="time at home between two tours")
    role_mix: RoleMix = Field(description="share of deployed troops by role")


class Contributor(Provenanced):
    """A nation that may contribute, its pledge and its political status."""

    nation: str = Field(description="ISO 3166 alpha-3 code, e.g. `FRA`")
    status: Literal[
        "willing",
        "conditional-parliament",
        "constitutional-limit",
        "premature",
        "ruled-out",
        "unknown",
    ] = Field(description="reported position on sending troops")
    pledge_troops: Q("troops", ge=0) | None = Field(
        default=None, description="troops the nation says it could deploy"
    )
