"""The typed input and the pure, seeded solve of each capability.

Each capability of the pipeline (`reassure.run.capabilities`) has one frozen input type here,
built from a scenario by `reassure.bridge` (the only place a ``Quantity`` becomes a float), and
one ``solve_*(input, seed)`` function that runs the model on it and returns a frozen result.
An input describes ONE side: the plan with the US backstop, or without it; the pipeline builds
and solves both. Nothing here reads a scenario, a file or the clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

    from reassure.models.air import AirInput, AirResult
    from reassure.models.buildup import BuildupResult, ReadinessTier, SurfaceChannel
    from reassure.models.forcegen import ForceProblem, ForceResult
    from reassure.models.incidents import IncidentModel
    from reassure.models.incidents.engine import IncidentRunResult, MapTasks
    from reassure.models.maritime import MaritimeInput, MaritimeResult
    from reassure.models.monitoring import (
        Analysis,
        Conditions,
        FleetEntry,
        MonitoringFigures,
        MonitoringGrid,
        PlatformType,
    )
    from reassure.models.monitoring_band import BandInput, BandResult
    from reassure.models.posture import PostureResult
    from reassure.models.response import Responders, SiteResponse

__all__ = [
    "AirPolicingInput",
    "AirPolicingOutcome",
    "BuildupInput",
    "CostPart",
    "CostsInput",
    "CostsOutcome",
    "CostsResult",
    "ForceInput",
    "ForceOutcome",
    "IncidentsInput",
    "MaritimeCapabilityInput",
    "MaritimeOutcome",
    "MonitoringBandInput",
    "MonitoringBandOutcome",
    "MonitoringInput",
    "PostureInput",
    "ResponseInput",
    "ResponseOutcome",
    "solve_air_policing",
    "solve_costs",
    "solve_force",
    "solve_incidents",
    "solve_maritime",
    "solve_monitoring",
    "solve_monitoring_band",
    "solve_posture",
    "solve_response",
]


# -- force generation ----------------------------------------------------------------------------
@dataclass(frozen=True)
class ForceInput:
    """The force problem for one side; ``low_problem`` plans for the low end of a target range."""

    problem: ForceProblem
    us_backstop: bool  # whether this side counts on the US backstop
    draws: int  # Monte Carlo draws over who takes part (0: none)
    low_problem: ForceProblem | None = None
    defaults_used: tuple[str, ...] = ()  # shipped defaults filled in, with their provenance


@dataclass(frozen=True)
class ForceOutcome:
    """The plan for the full target and, for a target range, for its low end."""

    result: ForceResult
    low: ForceResult | None = None


def solve_force(inp: ForceInput, seed: int) -> ForceOutcome:
    """Allocation, sustainment, politics, enablers and cost of one side."""
    from reassure.models.forcegen import assess_force_case

    result = assess_force_case(inp.problem, us_backstop=inp.us_backstop, draws=inp.draws, seed=seed)
    low = None
    if inp.low_problem is not None:
        low = assess_force_case(inp.low_problem, us_backstop=inp.us_backstop, draws=inp.draws,
                                seed=seed)
    return ForceOutcome(result, low)


# -- posture (garrison placement) ----------------------------------------------------------------
@dataclass(frozen=True)
class PostureInput:
    """Sites, candidates and cover rule of the garrison plan (canonical units: km, h)."""

    site_ids: tuple[str, ...]
    site_names: tuple[str, ...]
    site_lonlat: np.ndarray
    site_line_km: np.ndarray
    site_weight: tuple[float, ...]
    site_protectable: tuple[bool, ...]
    site_reason: tuple[str, ...]
    extra_ids: tuple[str, ...]
    extra_names: tuple[str, ...]
    extra_lonlat: np.ndarray
    standoff_km: float
    cover_radius_km: float
    detour_factor: float
    n_garrisons: int
    n_garrisons_rule: str  # how the count was reached, for the report
    existing: tuple[str, ...] = ()
    fieldable_troops: float | None = None  # best case the force can field, where it caps the count
    extra_line_km: np.ndarray | None = None  # each extra's distance to the line (None: not checked)


def solve_posture(inp: PostureInput, seed: int = 0) -> PostureResult:
    """Place the garrisons (deterministic: ``seed`` is unused)."""
    from reassure.models.posture import plan_posture

    return plan_posture(
        site_ids=list(inp.site_ids), site_names=list(inp.site_names), site_lonlat=inp.site_lonlat,
        site_line_km=inp.site_line_km, site_weight=list(inp.site_weight),
        site_protectable=list(inp.site_protectable), site_reason=list(inp.site_reason),
        extra_ids=list(inp.extra_ids), extra_names=list(inp.extra_names),
        extra_lonlat=inp.extra_lonlat, extra_line_km=inp.extra_line_km, standoff_km=inp.standoff_km,
        cover_radius_km=inp.cover_radius_km, detour_factor=inp.detour_factor,
        n_garrisons=inp.n_garrisons, existing=list(inp.existing),
    )


# -- response (time to each site) and build-up ---------------------------------------------------
@dataclass(frozen=True)
class BuildupInput:
    """Readiness tiers and transport channels of the outside support force (days, troops/day)."""

    channels: tuple[SurfaceChannel, ...]
    tiers: tuple[ReadinessTier, ...]
    horizon_days: int
    close_targets: tuple[float, ...]
    detail: Mapping[str, Any] = field(default_factory=dict)  # airlift distance and rate, reported


@dataclass(frozen=True)
class ResponseInput:
    """Response units of one side, the sites they are timed to, and the build-up."""

    units: Responders
    site_ids: tuple[str, ...]
    site_lonlat: np.ndarray
    buildup: BuildupInput
    # With the US backstop but US airlift off: what the listed US aircraft would add.
    buildup_if_us_airlift: BuildupInput | None = None


@dataclass(frozen=True)
class ResponseOutcome:
    sites: SiteResponse
    buildup: BuildupResult
    buildup_if_us_airlift: BuildupResult | None = None


def _buildup(inp: BuildupInput) -> BuildupResult:
    from reassure.models.buildup import buildup_curve

    return buildup_curve(list(inp.channels), list(inp.tiers), inp.horizon_days,
                         close_targets=list(inp.close_targets))


def solve_response(inp: ResponseInput, seed: int = 0) -> ResponseOutcome:
    """Fastest response to each site and the build-up curve (deterministic)."""
    from reassure.models.response import site_response

    lifted = None if inp.buildup_if_us_airlift is None else _buildup(inp.buildup_if_us_airlift)
    return ResponseOutcome(site_response(inp.units, list(inp.site_ids), inp.site_lonlat),
                           _buildup(inp.buildup), lifted)


# -- monitoring ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class MonitoringInput:
    """The line as cells, one side's fleet, the sensor catalogue, conditions and analysis."""

    grid: MonitoringGrid
    fleet: tuple[FleetEntry, ...]
    catalogue: Mapping[str, PlatformType]
    conditions: Conditions
    analysis: Analysis


def solve_monitoring(inp: MonitoringInput, seed: int = 0) -> MonitoringFigures:
    """Coverage, revisit, response and detection of the fleet (deterministic sampling)."""
    from reassure.models.monitoring import evaluate_fleet

    return evaluate_fleet(inp.grid, list(inp.fleet), inp.catalogue, conditions=inp.conditions,
                          analysis=inp.analysis)


# -- incidents -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class IncidentsInput:
    """The incident model of one side, the Monte Carlo size, and what it was built from."""

    model: IncidentModel
    runs: int
    line_km: float
    n_line_cells: int
    sites: tuple[str, ...]
    notes: tuple[str, ...] = ()
    workers: int = 1  # processes; the numbers do not depend on it
    air_responders: tuple[str, ...] = ()  # units fielded by the air-policing alert stations
    # sites the force cannot protect (posture): their incidents call for no unit
    beyond_reach_sites: tuple[str, ...] = ()
    beyond_reach_names: tuple[str, ...] = ()  # the same, as a reader names them


def solve_incidents(inp: IncidentsInput, seed: int, map_tasks: MapTasks | None = None) -> IncidentRunResult:
    """Run the incident Monte Carlo (both sides use the same seed, so face the same incidents);
    ``map_tasks``: the caller's process pool for ``inp.workers > 1`` (`run_incidents`)."""
    from reassure.models.incidents.engine import run_incidents

    return run_incidents(inp.model, inp.runs, seed, workers=inp.workers, map_tasks=map_tasks)


# -- air policing (the standing air task) --------------------------------------------------------
@dataclass(frozen=True)
class AirPolicingInput:
    """The air stations of one side; ``air`` is None when the scenario has no `[air_policing]`."""

    air: AirInput | None
    committed_aircraft_max: float | None = None  # the fighters Europe has offered (high end)
    committed_aircraft_text: str = ""  # how the scenario gives that offer, for the report


@dataclass(frozen=True)
class AirPolicingOutcome:
    """The stations sized as planned, and with air-to-air refuelling the other way round."""

    result: AirResult | None
    other_tanker_case: AirResult | None = None
    # The stations and platforms as sized (plain floats): the incident model times the alert
    # (QRA) stations' scrambles from them without reading the scenario again.
    air: AirInput | None = None

    def to_dict(self) -> dict[str, Any]:
        if self.result is None or self.other_tanker_case is None:
            return {"present": False}
        return {"present": True, **self.result.to_dict(),
                "aircraft_needed_other_tanker_case": self.other_tanker_case.aircraft_needed}


def solve_air_policing(inp: AirPolicingInput, seed: int = 0) -> AirPolicingOutcome:
    """Size and cost every air station, with tankers as planned and flipped (deterministic)."""
    from dataclasses import replace

    from reassure.models.air import assess_air

    if inp.air is None:
        return AirPolicingOutcome(None)
    return AirPolicingOutcome(assess_air(inp.air),
                              assess_air(replace(inp.air, tankers=not inp.air.tankers)), inp.air)


# -- maritime tasks ------------------------------------------------------------------------------
@dataclass(frozen=True)
class MaritimeCapabilityInput:
    """The maritime tasks of one side; ``maritime`` is None when the scenario has no `[maritime]`."""

    maritime: MaritimeInput | None


@dataclass(frozen=True)
class MaritimeOutcome:
    result: MaritimeResult | None

    def to_dict(self) -> dict[str, Any]:
        return {"present": False} if self.result is None else {"present": True,
                                                                **self.result.to_dict()}


def solve_maritime(inp: MaritimeCapabilityInput, seed: int = 0) -> MaritimeOutcome:
    """Size and cost every maritime task (deterministic)."""
    from reassure.models.maritime import assess_maritime

    return MaritimeOutcome(None if inp.maritime is None else assess_maritime(inp.maritime))


# -- the line watched as a band ------------------------------------------------------------------
@dataclass(frozen=True)
class MonitoringBandInput:
    """The band of one side; ``band`` is None when the scenario has no `[monitoring.band]`.

    ``fleet_ids`` are the classes (``sensor@base``) the plan flies on this side; ``trace_km``
    the length of the theatre's contact-line trace (reported beside the published length).
    """

    band: BandInput | None
    fleet_ids: tuple[str, ...] = ()
    trace_km: float = 0.0


@dataclass(frozen=True)
class MonitoringBandOutcome:
    result: BandResult | None

    def to_dict(self) -> dict[str, Any]:
        return {"present": False} if self.result is None else {"present": True,
                                                                **self.result.to_dict()}


def solve_monitoring_band(inp: MonitoringBandInput, seed: int = 0) -> MonitoringBandOutcome:
    """Lanes, orbits, airframes and detection by event duration of each class (deterministic)."""
    from reassure.models.monitoring_band import assess_band

    return MonitoringBandOutcome(None if inp.band is None else assess_band(inp.band))


# -- cost of the whole plan ----------------------------------------------------------------------
@dataclass(frozen=True)
class CostPart:
    """One component's yearly operating cost (EUR, low and high) and capital cost (EUR) apart."""

    label: str
    low_eur_per_year: float
    high_eur_per_year: float
    capital_eur: float | None = None


@dataclass(frozen=True)
class CostsInput:
    """The components costed by the other capabilities and the `[costs]` items, one side.

    ``present`` is False for a plan with neither `[costs]`, `[air_policing]` nor `[maritime]`;
    ``missing`` names components the plan has but that gave no cost.
    """

    present: bool
    parts: tuple[CostPart, ...] = ()
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class CostsResult:
    parts: tuple[CostPart, ...]
    total_eur_per_year_low: float
    total_eur_per_year_high: float
    capital_eur: float | None  # None: no part gives a purchase price (review s38: never 0)
    missing: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "total_per_year": {"low": self.total_eur_per_year_low,
                               "high": self.total_eur_per_year_high, "unit": "EUR/year"},
            "capital": {"value": self.capital_eur, "unit": "EUR"},
            "parts": [{"label": p.label, "low_eur_per_year": p.low_eur_per_year,
                       "high_eur_per_year": p.high_eur_per_year, "capital_eur": p.capital_eur}
                      for p in self.parts],
            "missing": list(self.missing),
        }


@dataclass(frozen=True)
class CostsOutcome:
    result: CostsResult | None

    def to_dict(self) -> dict[str, Any]:
        return {"present": False} if self.result is None else {"present": True,
                                                                **self.result.to_dict()}


def solve_costs(inp: CostsInput, seed: int = 0) -> CostsOutcome:
    """Total the yearly operating costs; capital is summed apart, never into the yearly cost."""
    if not inp.present:
        return CostsOutcome(None)
    priced = [p.capital_eur for p in inp.parts if p.capital_eur is not None]
    return CostsOutcome(CostsResult(
        parts=inp.parts,
        total_eur_per_year_low=sum(p.low_eur_per_year for p in inp.parts),
        total_eur_per_year_high=sum(p.high_eur_per_year for p in inp.parts),
        capital_eur=sum(priced) if priced else None,
        missing=inp.missing,
    ))
