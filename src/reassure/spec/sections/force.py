"""Scenario sections `[force]` and `[[contributors]]`: what is asked, and who offers what.

Every number is a sourced ``Quantity``. Optional force-generation parameters that a scenario
leaves out fall back to the shipped, sourced defaults in ``reassure/data/roles.toml`` and
``reassure/data/costs.toml`` (``reassure force`` says which were used).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from reassure.spec._quantity import Dim, Model, Quantity, Switches
from reassure.vocabulary import CONDITIONAL_STATUSES, ENABLERS, ROLES, STATUSES, Status

__all__ = [
    "CONDITIONAL_STATUSES",
    "ENABLER_NAMES",
    "ROLES",
    "STATUSES",
    "Contributor",
    "EnablerNeedSpec",
    "EnablersSpec",
    "ForceSpec",
    "RoleCaps",
    "RoleMix",
]

#: Enablers a US backstop can fill (the `[us_backstop]` switches of the same names).
ENABLER_NAMES = ENABLERS

Fraction = Annotated[Quantity, Dim("fraction", ge=0.0, le=1.0)]
#: A number of troops: whole people where an author writes it in a file (review s37 8 and s38 4:
#: `pledge_troops = 300.5` and `target_troops = 20000.5` passed), not where a design samples a
#: sourced range in code (`with_overrides`: `reassure explore` draws 9,339.85 from 9,000-10,000).
Troops = Annotated[Quantity, Dim("troops", ge=0, whole_in_file=True)]


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

    @model_validator(mode="after")
    def _adds_up(self) -> RoleMix:
        total = sum(q.canonical for q in self.shares().values())  # 60 percent + 0.4 adds up
        if abs(total - 1.0) > 1e-6:
            raise ValueError(f"shares must add up to 1 (got {total:.4g})")
        return self

    def shares(self) -> dict:
        """The roles given, as ``{role: Quantity}``."""
        return {r: getattr(self, r) for r in ROLES if getattr(self, r) is not None}


class RoleCaps(Model):
    """Most troops a nation can provide in each role (roles left out are not limited)."""

    manoeuvre: Troops | None = Field(default=None, description="most manoeuvre troops")
    reconnaissance: Troops | None = Field(default=None, description="most reconnaissance troops")
    engineers: Troops | None = Field(default=None, description="most engineer troops")
    medical: Troops | None = Field(default=None, description="most medical troops")
    logistics: Troops | None = Field(default=None, description="most logistics troops")
    aviation: Troops | None = Field(default=None, description="most army aviation troops")
    air_defence: Troops | None = Field(default=None, description="most air defence troops")
    hq_signals: Troops | None = Field(default=None, description="most HQ and signals troops")

    def caps(self) -> dict:
        """The roles given, as ``{role: Quantity}``."""
        return {r: getattr(self, r) for r in ROLES if getattr(self, r) is not None}


class EnablerNeedSpec(Model):
    """How much of one enabler the force needs that the European contributors can field."""

    europe_share: Fraction = Field(
        description="share of the force's need for this enabler that Europe can field itself "
        "(the rest is a gap unless the US backstop fills it)"
    )


class EnablersSpec(Model):
    """The enablers the force needs, each with the share Europe covers; a US backstop fills the rest."""

    isr: EnablerNeedSpec | None = Field(
        default=None, description="intelligence, surveillance and reconnaissance"
    )
    air_defence: EnablerNeedSpec | None = Field(default=None, description="air and missile defence")
    air_support: EnablerNeedSpec | None = Field(default=None, description="combat air support")
    airlift: EnablerNeedSpec | None = Field(default=None, description="strategic airlift")
    tanker: EnablerNeedSpec | None = Field(default=None, description="air-to-air refuelling")
    logistics: EnablerNeedSpec | None = Field(default=None, description="logistics support")

    def needs(self) -> dict:
        """The enablers given, as ``{name: EnablerNeedSpec}``."""
        return {e: getattr(self, e) for e in ENABLER_NAMES if getattr(self, e) is not None}


class ForceSpec(Model):
    """The force asked for and how it is kept up."""

    target_troops: Troops = Field(description="deployed strength asked for")
    tour: Annotated[Quantity, Dim("time", gt=0)] = Field(description="length of one deployment tour")
    interval: Annotated[Quantity, Dim("time", ge=0)] = Field(description="time at home between two tours")
    role_mix: RoleMix = Field(description="share of deployed troops by role")
    sustainable_share: Annotated[Quantity, Dim("fraction", gt=0.0, le=1.0)] | None = Field(
        default=None,
        description="most of its army a nation can hold in this mission's rotation pool, for "
        "contributors without their own (default: data/roles.toml)",
    )
    min_contribution: Troops | None = Field(
        default=None,
        description="fewest troops a nation sends if it takes part (default: data/roles.toml)",
    )
    cost_per_troop_year: Annotated[Quantity, Dim("cost_eur_per_troop_year", ge=0)] | None = Field(
        default=None,
        description="cost of one deployed troop for a year, for contributors without their own "
        "(default: data/costs.toml); in EUR only: a figure published in GBP or USD is converted "
        "at a sourced exchange rate first (the rate and its source in `note` and `source`)",
    )
    max_tours: Annotated[Quantity, Dim("count", ge=1)] | None = Field(
        default=None,
        description="most tours one person serves over the horizon (re-deployment limit; "
        "default: only the interval limits re-use)",
    )
    participation_correlation: Annotated[Quantity, Dim("fraction", ge=0.0, le=0.99)] | None = Field(
        default=None,
        description="correlation of nations' decisions to take part (default 0: independent)",
    )
    enablers: EnablersSpec | None = Field(
        default=None, description="enablers the force needs and the share Europe covers"
    )


class Contributor(Switches):
    """A nation that may contribute, its pledge, its political status and its national limits."""

    nation: str = Field(description="ISO 3166 alpha-3 code, e.g. `FRA`; not a party to the ceasefire "
                        "(the theatre's `parties`: UKR, RUS in ukraine-2025)")
    status: Status = Field(description="reported position on sending troops; sets the default "
                           "`p_join` and `delay` (data/participation.toml)")
    # review s37 8: troops are whole people (`pledge_troops = 300.5` passed)
    pledge_troops: Troops | None = Field(
        default=None, description="troops the nation says it could deploy (the high end is the cap)"
    )
    p_join: Fraction | None = Field(
        default=None,
        description="probability the nation takes part (default: by `status`, "
        "data/participation.toml; `ruled-out` is always 0)",
    )
    delay: Annotated[Quantity, Dim("time", ge=0)] | None = Field(
        default=None, description="time after the ceasefire before it can deploy, e.g. a vote "
        "(default: by `status`, data/participation.toml)"
    )
    sustainable_share: Fraction | None = Field(
        default=None, description="most of its army it can hold in this mission's rotation pool"
    )
    sustainable_troops: Troops | None = Field(
        default=None,
        description="troops the nation's own published plans say it can keep deployed in "
        "rotation; when given it sets the national cap in place of the army share (the "
        "nominal value; the range is swung in the sensitivity pass)",
    )
    standing_commitments: Troops | None = Field(
        default=None,
        description="troops deployed on standing NATO tasks (eFP, NRF ...), held with their own "
        "rotation and deducted from the army before the sustainable share is applied",
    )
    tour: Annotated[Quantity, Dim("time", gt=0)] | None = Field(default=None, description="national tour length")
    interval: Annotated[Quantity, Dim("time", ge=0)] | None = Field(
        default=None, description="national time at home between two tours"
    )
    requires_us_backstop: bool = Field(
        default=False, description="takes part only with a US backstop: by default any US enabler "
        "the plan switches on (`us_backstop`) counts as one; `requires_us_enablers` names the ones "
        "its condition needs"
    )
    # review s34: "with a US backstop" was "any one enabler on": a US tanker alone brought in
    # every nation whose condition was the backstop, though their leaders named ISR, air defence
    requires_us_enablers: tuple[Literal[ENABLERS], ...] | None = Field(  # type: ignore[valid-type]
        default=None, description="with `requires_us_backstop`: the US enablers its condition "
        f"names ({', '.join(ENABLERS)}); the nation takes part only when every one of them is on. "
        "Left out: any US enabler on counts"
    )
    cost_per_troop_year: Annotated[Quantity, Dim("cost_eur_per_troop_year", ge=0)] | None = Field(
        default=None, description="national cost of one deployed troop for a year; in EUR only: "
        "a figure published in GBP or USD is converted at a sourced exchange rate first (the rate "
        "and its source in `note` and `source`)"
    )
    role_caps: RoleCaps | None = Field(
        default=None, description="most troops the nation can provide in each role"
    )

    @model_validator(mode="after")
    def _enablers_need_the_condition(self) -> Contributor:
        if self.requires_us_enablers is not None and not self.requires_us_backstop:
            raise ValueError("requires_us_enablers names the US enablers a condition needs: "
                             "set requires_us_backstop = true too, or leave them out")
        if self.requires_us_enablers is not None and not self.requires_us_enablers:
            raise ValueError("requires_us_enablers is empty: name at least one enabler, or leave "
                             "it out (any US enabler on counts)")
        return self
