"""What force generation returns: allocation rows, nations, binding limits, relaxations,
enablers, participation, and :class:`ForceResult` / :class:`ForceAssessment`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

__all__ = ["AllocationRow", "NationRow", "Binding", "Relaxation", "EnablerStatus", "ParticipationResult", "ForceResult", "ForceAssessment"]


@dataclass(frozen=True)
class AllocationRow:
    """Deployed troops of one nation in one role."""

    nation: str
    role: str
    deployed: int
    pool: float
    share_of_army: float

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return {
            "nation": self.nation,
            "role": self.role,
            "deployed": self.deployed,
            "pool": self.pool,
            "share_of_army": self.share_of_army,
        }


@dataclass(frozen=True)
class NationRow:
    """One nation's part in the plan."""

    nation: str
    name: str
    status: str
    p_join: float
    in_plan: bool
    delay_months: float
    army_personnel: float
    army_from_fallback: bool
    units_per_deployed: float
    cap_troops: int
    limited_by: str | None
    deployed: int
    pool: float
    share_of_army: float
    sustainable_share: float
    cost_eur_per_year_low: float
    cost_eur_per_year_high: float
    #: The plan counts the nation only with a US backstop (its own `requires_us_backstop`, or US
    #: troops); without the backstop its chance of joining is 0.
    requires_us_backstop: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return {
            "nation": self.nation,
            "name": self.name,
            "status": self.status,
            "p_join": self.p_join,
            "in_plan": self.in_plan,
            "delay_months": self.delay_months,
            "army_personnel": self.army_personnel,
            "army_from_fallback": self.army_from_fallback,
            "units_per_deployed": self.units_per_deployed,
            "cap_troops": self.cap_troops,
            "limited_by": self.limited_by,
            "deployed": self.deployed,
            "pool": self.pool,
            "share_of_army": self.share_of_army,
            "sustainable_share": self.sustainable_share,
            "cost_eur_per_year": {
                "low": self.cost_eur_per_year_low,
                "high": self.cost_eur_per_year_high,
            },
            "requires_us_backstop": self.requires_us_backstop,
        }


@dataclass(frozen=True)
class Binding:
    """A limit with no slack in the plan, and what relaxing it is worth.

    ``shadow_price`` is the derivative of the deciding objective with respect to the limit, in
    ``shadow_unit`` (from the LP re-solve's marginals), or ``None`` where the limit has no price
    (a role short of its target, the nations at the largest burden).
    """

    kind: str
    nation: str | None
    role: str | None
    limit: float
    shadow_price: float | None
    shadow_unit: str | None
    text: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return {
            "kind": self.kind,
            "nation": self.nation,
            "role": self.role,
            "limit": self.limit,
            "shadow_price": self.shadow_price,
            "shadow_unit": self.shadow_unit,
            "text": self.text,
        }


@dataclass(frozen=True)
class Relaxation:
    """A change that would (help) close a shortfall on its own."""

    kind: str
    nation: str | None
    current: float | None
    required: float | None
    troops_gained: float
    closes_gap: bool
    text: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return {
            "kind": self.kind,
            "nation": self.nation,
            "current": self.current,
            "required": self.required,
            "troops_gained": round(self.troops_gained),
            "closes_gap": self.closes_gap,
            "text": self.text,
        }


@dataclass(frozen=True)
class EnablerStatus:
    """One enabler: who fills it and what is left uncovered."""

    name: str
    unit: str
    required_units: float
    europe_units: float
    us_units: float
    gap_units: float

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return {
            "name": self.name,
            "unit": self.unit,
            "required": self.required_units,
            "europe": self.europe_units,
            "us": self.us_units,
            "gap": self.gap_units,
        }


@dataclass(frozen=True)
class ParticipationResult:
    """Monte Carlo over who joins: probability the target is met and the strength distribution."""

    draws: int
    seed: int
    target_troops: float
    p_target_met: float
    p_target_met_at_start: float
    strength_mean: float
    strength_quantiles: Mapping[str, float]
    p_join_by_nation: Mapping[str, float]
    strength_samples: np.ndarray = field(repr=False, compare=False)
    #: ``strength_mean`` is exact (each uncertain nation adds the same troops whoever else joins:
    #: the best case less each one's troops times its chance of staying out), not the draws' mean
    strength_mean_exact: bool = False
    #: 95% interval of ``strength_mean`` where it is the draws' mean (None where exact)
    strength_mean_ci: tuple[float, float] | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (the samples are summarised, not listed)."""
        return {
            "draws": self.draws,
            "seed": self.seed,
            "p_target_met": self.p_target_met,
            "p_target_met_at_start": self.p_target_met_at_start,
            "strength_mean": self.strength_mean,
            "strength_mean_exact": self.strength_mean_exact,
            "strength_mean_ci95": None if self.strength_mean_ci is None else list(self.strength_mean_ci),
            "strength_quantiles": dict(self.strength_quantiles),
        }


@dataclass(frozen=True)
class ForceResult:
    """Force generation, sustainment and cost for one case (with or without the US backstop)."""

    us_backstop: bool
    target_troops: int
    role_targets: Mapping[str, int]
    deployed_total: int
    deployed_by_role: Mapping[str, int]
    shortfall_total: int
    shortfall_by_role: Mapping[str, int]
    target_met: bool
    pool_total: float
    units_per_deployed: float
    max_burden_share: float
    capacity_troops: float
    allocation: tuple[AllocationRow, ...]
    nations: tuple[NationRow, ...]
    binding: tuple[Binding, ...]
    relaxations: tuple[Relaxation, ...]
    participation: ParticipationResult
    enablers: tuple[EnablerStatus, ...]
    cost_eur_per_year_low: float
    cost_eur_per_year_high: float
    horizon_years_low: float
    horizon_years_high: float
    cost_eur_over_horizon_low: float
    cost_eur_over_horizon_high: float
    cumulative_individuals_low: float
    cumulative_individuals_high: float
    conflicts: tuple[str, ...]
    notes: tuple[str, ...]
    verdict: str
    #: mean tours each person serves over the longest horizon in the most re-used nation (the
    #: premise of ``cumulative_individuals_*``: rotations over the cohorts that fill them)
    tours_per_person_high: float = 0.0

    @property
    def p_target_met(self) -> float:
        """Probability (over participation) that the target is met."""
        return self.participation.p_target_met

    @property
    def enabler_gaps(self) -> tuple[str, ...]:
        """Enablers left (partly) uncovered."""
        return tuple(e.name for e in self.enablers if e.gap_units > 0)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict with the keys the CLI promises (see ``docs/models/forcegen.md``)."""
        return {
            "us_backstop": self.us_backstop,
            "target_troops": self.target_troops,
            "role_targets": dict(self.role_targets),
            "deployed_total": self.deployed_total,
            "deployed_by_role": dict(self.deployed_by_role),
            "target_met": self.target_met,
            "shortfall_total": self.shortfall_total,
            "shortfall_by_role": dict(self.shortfall_by_role),
            "pool_total": self.pool_total,
            "units_per_deployed": self.units_per_deployed,
            "max_burden_share": self.max_burden_share,
            "capacity_troops": round(self.capacity_troops),
            "allocation": [row.to_dict() for row in self.allocation],
            "nations": [row.to_dict() for row in self.nations],
            "binding": [b.to_dict() for b in self.binding],
            "relaxations": [r.to_dict() for r in self.relaxations],
            "p_target_met": self.p_target_met,
            "participation": self.participation.to_dict(),
            "enablers": [e.to_dict() for e in self.enablers],
            "enabler_gaps": list(self.enabler_gaps),
            "cost_per_year": {
                "low": self.cost_eur_per_year_low,
                "high": self.cost_eur_per_year_high,
                "unit": "EUR/year",
            },
            "horizon_years": {"low": self.horizon_years_low, "high": self.horizon_years_high},
            "cost_over_horizon": {
                "low": self.cost_eur_over_horizon_low,
                "high": self.cost_eur_over_horizon_high,
                "unit": "EUR",
            },
            "cumulative_individuals": {
                "low": self.cumulative_individuals_low,
                "high": self.cumulative_individuals_high,
                "tours_per_person_high": self.tours_per_person_high,
            },
            "conflicts": list(self.conflicts),
            "notes": list(self.notes),
            "verdict": self.verdict,
        }


@dataclass(frozen=True)
class ForceAssessment:
    """The same problem with and without the US backstop."""

    with_us: ForceResult
    without_us: ForceResult

    def to_dict(self) -> dict[str, Any]:
        """The with-US result at top level and the without-US one under ``without_us``."""
        out = self.with_us.to_dict()
        out["without_us"] = self.without_us.to_dict()
        return out
