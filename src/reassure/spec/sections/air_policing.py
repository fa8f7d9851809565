"""Scenario section `[air_policing]` (optional): continuous air patrols and alert over Ukraine.

The MNF-U air-policing task: combat air patrols (CAP) and airborne early warning (AEW) held
around the clock over sites in Ukraine, and quick-reaction alert (QRA) from bases in Poland or
Romania. Each aircraft type flown is a `platforms` entry with sourced planning factors; each
station names its platform, its base (an air base of the theatre) and, for airborne stations,
the site of the theatre it covers. (The older `[air]` section is the response model's list of
fighters at bases; this one sizes and costs a standing air task.)
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from reassure.errors import did_you_mean
from reassure.spec._quantity import Dim, Model, Quantity

__all__ = ["AirPlatformSpec", "AirPolicingSpec", "AirStationSpec", "CURRENCY_DIMS", "us_overrides_enabler"]

# A cost may be given in any of these currencies; the section's exchange rates convert it to EUR.
CURRENCY_DIMS = ("cost_eur_per_flight_hour", "cost_usd_per_flight_hour", "cost_gbp_per_flight_hour")
CAPITAL_DIMS = ("money_eur", "money_usd", "money_gbp")


class AirPlatformSpec(Model):
    """One aircraft type as flown on the air-policing task."""

    id: str = Field(description="short id cited by `stations[].platform`, e.g. `typhoon`")
    name: str = Field(description="type name")
    cruise_speed: Annotated[Quantity, Dim("speed", gt=0)] = Field(description="transit speed, base to station")
    sortie: Annotated[Quantity, Dim("time", gt=0)] = Field(description="flight time per sortie on internal fuel")
    tanked_sortie: Annotated[Quantity, Dim("time", gt=0)] = Field(
        description="flight time per sortie when air-to-air refuelling is available (crew-limited)"
    )
    ground_time: Annotated[Quantity, Dim("time", ge=0)] = Field(
        description="turnaround plus maintenance between sorties (RAND sortie-rate model)"
    )
    max_sorties: Annotated[Quantity, Dim("rate", gt=0)] | None = Field(
        default=None, description="sustained sorties per aircraft a day, a cap on the sortie-rate model"
    )
    availability: Annotated[Quantity, Dim("fraction", gt=0, le=1)] = Field(
        description="mission-capable rate: share of aircraft able to fly a mission"
    )
    crews_per_aircraft: Annotated[Quantity, Dim("ratio", gt=0)] = Field(description="aircrews held per aircraft")
    cost_per_flight_hour: Annotated[Quantity, Dim(CURRENCY_DIMS, ge=0)] = Field(
        description="operating cost per flying hour (EUR, USD or GBP per flight-hour)"
    )
    capital_cost: Annotated[Quantity, Dim(CAPITAL_DIMS, ge=0)] | None = Field(
        default=None, description="optional purchase cost per aircraft (reported apart, labelled capital)"
    )


class AirStationSpec(Model):
    """One task held around the clock."""

    id: str = Field(description="short name of the station")
    kind: Literal["cap", "aew", "qra"] = Field(
        description="`cap` (fighters airborne over a site), `aew` (radar aircraft airborne) or `qra` (on alert at the base)"
    )
    platform: str = Field(description="aircraft type id from `air_policing.platforms`")
    base: str = Field(description="ICAO id from the theatre's airbases table")
    site: str | None = Field(
        default=None, description="site id the station covers (required for cap and aew; for qra, the site it must reach)"
    )
    aircraft: Annotated[Quantity, Dim("aircraft", ge=0, whole=True)] = Field(
        description="aircraft kept airborne (cap, aew) or on alert (qra)"
    )
    alert_ratio: Annotated[Quantity, Dim("ratio", ge=1)] | None = Field(
        default=None, description="qra: aircraft held per aircraft on alert"
    )
    scrambles: Annotated[Quantity, Dim("rate", ge=0)] | None = Field(default=None, description="qra: real scrambles a day")
    scramble_sortie: Annotated[Quantity, Dim("time", gt=0)] | None = Field(
        default=None, description="qra: flight time per scramble"
    )
    us: bool = Field(
        default=False,
        description="US aircraft only: not Europe's to field; without the US backstop no one flies the station "
        "(reported lost, with what Europe would need to keep it). Wins over `us_enabler` (validate warns)",
    )
    us_enabler: Literal["isr", "air_defence", "air_support", "tanker"] | None = Field(
        default=None,
        description="flown by the US while this `us_backstop` enabler is on; otherwise Europe takes it over "
        "and must fly it (ignored with `us = true`, which wins; validate warns)",
    )

    @model_validator(mode="after")
    def _shape(self) -> AirStationSpec:
        if self.kind == "qra":
            missing = [f for f in ("alert_ratio", "scrambles", "scramble_sortie") if getattr(self, f) is None]
            if missing:
                raise ValueError(f"a qra station needs {', '.join(missing)}")
        elif self.site is None:
            raise ValueError(f"a {self.kind} station needs `site` (the site it covers)")
        return self


def us_overrides_enabler(station: AirStationSpec) -> str | None:
    """What a station flagged both `us = true` and `us_enabler` is read as, after its field name
    (``air_policing.stations[ID].us``); None when it is not flagged both. `us` wins
    (`bridge.air.air_input`): the author may have meant the other, often a `us_enabler` inherited
    from the parent plan. Said once a run: `validate` and `assess` print it where it is written
    (spec/_model_checks.py), and the air section shows it (`run.section_air`).

    >>> from types import SimpleNamespace as N
    >>> us_overrides_enabler(N(us=True, us_enabler="isr"))[:60]
    "= true (US aircraft only) overrides its us_enabler = 'isr': "
    >>> us_overrides_enabler(N(us=False, us_enabler="isr")) is None
    True
    """
    if not (station.us and station.us_enabler):
        return None
    return (f"= true (US aircraft only) overrides its us_enabler = {station.us_enabler!r}: without the US "
            "backstop no one flies it, rather than Europe (set `us = false` for Europe to take it over)")


class AirPolicingSpec(Model):
    """The standing air task: platforms, stations, tankers and the exchange rates for costs."""

    platforms: tuple[AirPlatformSpec, ...] = Field(description="aircraft types flown")
    stations: tuple[AirStationSpec, ...] = Field(description="tasks held around the clock")
    committed_aircraft: Annotated[Quantity, Dim("aircraft", ge=0, whole=True)] | None = Field(
        default=None, description="fighters the plan counts as committed to the task (checked against the need): an offer where one is public, else say what stands in for it"
    )
    european_tankers: bool = Field(
        default=False, description="Europe's own tankers refuel the patrols when US tankers are off"
    )
    eur_per_usd: Annotated[Quantity, Dim("ratio", gt=0)] | None = Field(
        default=None, description="exchange rate for costs given in USD (needed if any is)"
    )
    eur_per_gbp: Annotated[Quantity, Dim("ratio", gt=0)] | None = Field(
        default=None, description="exchange rate for costs given in GBP (needed if any is)"
    )

    @model_validator(mode="after")
    def _refs(self) -> AirPolicingSpec:
        ids = [p.id for p in self.platforms]
        if len(set(ids)) != len(ids):
            raise ValueError("platform ids must be unique")
        # Messages lead with the item's path so the error points at its line, not the section's.
        for i, s in enumerate(self.stations):
            if s.platform not in ids:
                raise ValueError(f"stations[{i}].platform: must name one of air_policing.platforms "
                                 f"({', '.join(ids)}){did_you_mean(s.platform, ids)} (got {s.platform!r})")
        for j, p in enumerate(self.platforms):
            for name, q in (("cost_per_flight_hour", p.cost_per_flight_hour), ("capital_cost", p.capital_cost)):
                if q is None:
                    continue
                if "usd" in q.dimension and self.eur_per_usd is None:
                    raise ValueError(f"platforms[{j}].{name}: a USD cost needs `eur_per_usd`")
                if "gbp" in q.dimension and self.eur_per_gbp is None:
                    raise ValueError(f"platforms[{j}].{name}: a GBP cost needs `eur_per_gbp`")
        return self
