"""Assessment section: yearly operating cost of the whole plan — troops, land enablers, air, maritime.

Gathers the cost figures of the force, air and maritime sections and the `[costs]` items; capital
(purchase) costs are shown apart and labelled, never added to the yearly cost. Empty for a plan
with neither `[costs]`, `[air_policing]` nor `[maritime]`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reassure.run.results import Figure, SectionResult, Table, Value

__all__ = ["costs_section"]

# (section, low key, high key, factor to EUR million, capital key)
PARTS = (
    ("force", "cost_per_year_low", "cost_per_year_high", 1000.0, None),  # force reports EUR billion
    ("air", "cost_per_year_low_eur_m", "cost_per_year_high_eur_m", 1.0, "capital_cost_eur_m"),
    ("maritime", "cost_per_year_low_eur_m", "cost_per_year_high_eur_m", 1.0, "capital_cost_eur_m"),
)
LABELS = {"force": "troops (force generation)", "air": "air component", "maritime": "maritime component"}


def _num(x: Any) -> float | None:
    return float(x) if isinstance(x, int | float) else None


def costs_section(scenario: Any, settings: dict[str, Any], earlier: Sequence[SectionResult]) -> SectionResult:
    """Total the yearly operating costs, with and without the US backstop."""
    from reassure.bridge.costs import cost_rows

    if scenario.costs is None and scenario.air_policing is None and scenario.maritime is None:
        return SectionResult("costs", "Cost of the whole plan")
    by_name = {s.name: {f.key: f for f in s.figures} for s in earlier}
    rows: list[tuple[Value, ...]] = []
    refs: list[str] = []
    totals = {"with": [0.0, 0.0], "without": [0.0, 0.0]}
    capital = {"with": 0.0, "without": 0.0}
    missing: list[str] = []
    for name, lo_key, hi_key, k, cap_key in PARTS:
        figs = by_name.get(name, {})
        lo, hi = figs.get(lo_key), figs.get(hi_key)
        if lo is None or hi is None:
            if name == "force" or getattr(scenario, {"air": "air_policing"}.get(name, name), None) is not None:
                missing.append(name)
            continue
        vals = [_num(lo.with_us), _num(hi.with_us), _num(lo.without_us), _num(hi.without_us)]
        if any(v is None for v in vals):
            missing.append(name)
            continue
        w_lo, w_hi, a_lo, a_hi = (float(v) * k for v in vals if v is not None)
        cap = figs.get(cap_key) if cap_key else None
        cap_w = _num(cap.with_us) if cap is not None else None
        cap_a = _num(cap.without_us) if cap is not None else None
        rows.append((LABELS[name], round(w_lo, 1), round(w_hi, 1), round(a_lo, 1), round(a_hi, 1),
                     None if cap_w is None else round(cap_w, 1)))
        totals["with"][0] += w_lo
        totals["with"][1] += w_hi
        totals["without"][0] += a_lo
        totals["without"][1] += a_hi
        capital["with"] += cap_w or 0.0
        capital["without"] += cap_a or 0.0
        refs += list(lo.refs) + list(hi.refs)
    for item_id, what, low, high, cap_eur in cost_rows(scenario):
        rows.append((f"{item_id}: {what}", round(low / 1e6, 1), round(high / 1e6, 1), round(low / 1e6, 1),
                     round(high / 1e6, 1), None if cap_eur is None else round(cap_eur / 1e6, 1)))
        for case in ("with", "without"):
            totals[case][0] += low / 1e6
            totals[case][1] += high / 1e6
            capital[case] += (cap_eur or 0.0) / 1e6
    if scenario.costs is not None:
        refs.append("costs")
    refs_t = tuple(dict.fromkeys(refs)) or ("costs",)
    figures = (
        Figure("total_per_year_low_eur_m", "Operating cost of the plan a year, low (EUR million: troops, land enablers, "
               "air, maritime)", round(totals["with"][0], 1), round(totals["without"][0], 1), "", refs_t, 1),
        Figure("total_per_year_high_eur_m", "Operating cost of the plan a year, high (EUR million: troops, land "
               "enablers, air, maritime)", round(totals["with"][1], 1), round(totals["without"][1], 1), "", refs_t, 1),
        Figure("capital_eur_m", "Capital: purchase costs given (EUR million; not in the yearly cost)",
               round(capital["with"], 1), round(capital["without"], 1), "", refs_t, 0),
    )
    table = Table("plan-costs", "Operating cost a year by component (EUR million; capital apart)",
                  ("component", "low", "high", "low_without_us", "high_without_us", "capital_eur_m"),
                  tuple(rows), refs_t)
    warnings = tuple(f"costs: no cost figures from the {m} section; left out of the total" for m in missing)
    return SectionResult("costs", "Cost of the whole plan", (), figures, (), (), (table,),
                         {"totals_eur_m": totals, "capital_eur_m": capital}, warnings)
