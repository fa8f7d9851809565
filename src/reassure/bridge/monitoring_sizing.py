"""Fleet sizing from `[monitoring.sizing]`: the one sizing `reassure monitor --size` prints and the
monitoring section of `assess` reports (review s38 1: `assess` gave 13 airframes from the band's
closed form over the longest line, `monitor --size` 11 from this sizing without jamming, and
neither said that jamming leaves such a fleet far short).

The headline fleet is sized for the plan's jamming (`size_fleet(..., jamming=True)`: every cell it
counts is held within the target by two orbits a jammer takes off task, or one it cannot, so one
outage leaves it within the target) whenever the plan has jamming; the fleet sized by geometry
alone is given beside it, with the share of the line each keeps within the target in the sampled
model with the plan's jamming (outages at random times, `reassure.models.monitoring.jamming`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["MonitoringSizing", "jamming_words", "size_monitoring"]


@dataclass(frozen=True)
class MonitoringSizing:
    """The fleet to plan on and the fleet by geometry alone, each checked by the sampled model.

    Attributes
    ----------
    plan : FleetPlan
        The headline: sized for the plan's jamming when it has any, else by geometry alone.
    geometry : FleetPlan
        Sized by geometry alone (no jamming): ``plan`` itself when the plan has no jamming.
    plan_sampled_pct, geometry_sampled_pct : float
        Share of the line (%) each fleet keeps within the target revisit in the sampled model, with
        the plan's jamming, night and cloud.
    jamming : bool
        The plan has jamming (events a day and an outage, both above 0).
    jamming_text : str
        The plan's jamming in words ("4.5 outages a day of 1 h, at random times").
    """

    plan: Any
    geometry: Any
    plan_sampled_pct: float
    geometry_sampled_pct: float
    jamming: bool
    jamming_text: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: the headline fleet's `FleetPlan.to_dict` (as `monitor --size` gave it) with
        its sampled share, and the fleet by geometry alone under ``without_jamming``."""
        out = {**self.plan.to_dict(), "evaluated_percent_satisfied": self.plan_sampled_pct,
               "jamming_assumed": self.jamming_text}
        out["without_jamming"] = {**self.geometry.to_dict(),
                                  "evaluated_percent_satisfied": self.geometry_sampled_pct}
        return out


def jamming_words(events_per_day: float, outage_h: float) -> str:
    """The plan's jamming as the sizing assumes it.

    >>> jamming_words(4.5, 1.0), jamming_words(0.0, 1.0)
    ('4.5 outages a day of 1 h each, at random times', 'no jamming')
    """
    if events_per_day <= 0 or outage_h <= 0:
        return "no jamming"
    return f"{events_per_day:g} outages a day of {outage_h:g} h each, at random times"


def size_monitoring(scenario: Any, inp: Any = None, *, us_backstop: bool = True) -> MonitoringSizing | None:
    """Size the fleet of ``[monitoring.sizing]`` on one side (without the US backstop: no US
    candidate), with and without the plan's jamming; None without a sizing table.

    ``inp``: the monitoring input (grid, catalogue, conditions, analysis: the same on both sides),
    built from the scenario when not given.
    """
    from reassure.bridge.monitoring import build_input, sizing_inputs
    from reassure.models.monitoring import share_within_target, size_fleet

    sizing = sizing_inputs(scenario, us_backstop=us_backstop)
    if sizing is None:
        return None
    if inp is None:
        inp = build_input(scenario, us_backstop=us_backstop)
    candidates, share = sizing
    cond, an = inp.conditions, inp.analysis
    jammed = cond.jamming_events_per_day > 0 and cond.jamming_outage_h > 0

    def size(jamming: bool) -> Any:
        return size_fleet(inp.grid, inp.catalogue, candidates, target_revisit_h=an.target_revisit_h,
                          target_fraction=share, margin_h=an.step_h,
                          attrition_per_orbit_year=cond.attrition_per_orbit_year,
                          horizon_years=cond.horizon_years, jamming=jamming)

    def sampled(plan: Any) -> float:
        return share_within_target(inp.grid, plan.entries, inp.catalogue, conditions=cond, analysis=an)

    geometry = size(False)
    geometry_pct = sampled(geometry)
    plan, plan_pct = geometry, geometry_pct
    if jammed:
        plan = size(True)
        plan_pct = sampled(plan)
    return MonitoringSizing(plan, geometry, plan_pct, geometry_pct, jammed,
                            jamming_words(cond.jamming_events_per_day, cond.jamming_outage_h))
