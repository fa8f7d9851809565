"""Fleet sizing for `reassure monitor --size`: the fewest airframes that meet the target."""

from __future__ import annotations

from typing import Any

__all__ = ["size_monitoring"]


def size_monitoring(scenario: Any, inp: Any) -> tuple[Any, dict[str, Any]] | None:
    """The :class:`~reassure.models.monitoring.FleetPlan` for ``[monitoring.sizing]`` and its
    JSON form, checked by the sampled model (jamming included); None without a sizing table.

    ``inp`` is the monitoring input with the US backstop (grid, catalogue, conditions, analysis).
    """
    from reassure.bridge.monitoring import sizing_inputs
    from reassure.models.monitoring import evaluate_fleet, size_fleet

    sizing = sizing_inputs(scenario)
    if sizing is None:
        return None
    candidates, target_fraction = sizing
    plan = size_fleet(inp.grid, inp.catalogue, candidates,
                      target_revisit_h=inp.analysis.target_revisit_h,
                      target_fraction=target_fraction, margin_h=inp.analysis.step_h,
                      attrition_per_orbit_year=inp.conditions.attrition_per_orbit_year,
                      horizon_years=inp.conditions.horizon_years)
    # The plan rests on closed-form revisits without jamming; report what the sampled model,
    # jamming included, makes of it.
    check = evaluate_fleet(inp.grid, plan.entries, inp.catalogue, conditions=inp.conditions,
                           analysis=inp.analysis)
    return plan, {**plan.to_dict(), "evaluated_percent_satisfied": check.summary["percent_satisfied"]}
