"""Plausible spans for every number of a scenario, checked in one place.

Each field's own annotation (``Dim("time", gt=0)``) says what is *meaningful*; this table says
what is *plausible* for a planning study of a ceasefire force, so that ``horizon = inf``,
``orbits = 1e308`` or ``cell = 1e-300 km`` are refused with the usual one-line error instead of
feeding the models a value they would spend minutes (or gigabytes) on. Every span has a reason,
printed in the error and listed in docs/reliability.md.

Lookup order for a quantity at a dotted path: the field's own row in ``BY_FIELD`` (list
indices written ``[]``, dictionary keys ``*``), else its dimension's row in ``BY_DIMENSION``;
a dimension without a row is only checked to be finite (``Quantity`` does that for every value).
Bounds are in the dimension's canonical unit (h, km, km/h, troops, fraction ...).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

__all__ = ["BY_DIMENSION", "BY_FIELD", "MAX_TRACK_SAMPLES", "Span", "check_bounds", "one_bound", "span_for"]

YEAR_H = 8766.0
DAY_H = 24.0


@dataclass(frozen=True)
class Span:
    """A closed plausible range ``[lo, hi]`` in canonical units (None: that side open)."""

    lo: float | None
    hi: float | None
    reason: str


BY_DIMENSION: dict[str, Span] = {
    "troops": Span(0, 2_000_000, "more than all European armies together field"),
    "people": Span(0, 100_000_000, "more than a large country's population"),
    "aircraft": Span(0, 2_000, "more aircraft than any European air force holds"),
    "count": Span(0, 1_000, "a planning count (orbits, garrisons, units) in the hundreds at most"),
    "fraction": Span(0, 1, "a share or probability"),
    "ratio": Span(0, 1_000, "a multiplier beyond 1,000 is not a planning figure"),
    "weight": Span(0, 1_000_000, "a relative weight; beyond a million it is a typing slip"),
    "length": Span(0, 10_000, "farther than any distance in a European theatre (10,000 km)"),
    "time": Span(0, 100 * YEAR_H, "longer than 100 years is not a plan"),
    "speed": Span(0, 5_000, "faster than any aircraft in service (5,000 km/h)"),
    "rate": Span(0, 10_000, "more than 10,000 events a day is not a planning rate"),
    "rate_per_km": Span(0, 1_000, "more than 1,000 events per km a day is not a planning rate"),
    "mass": Span(0, 1_000_000, "a million tonnes is beyond any airlift or sealift figure"),
    "throughput": Span(0, 1_000_000, "a million troops a day is beyond any movement figure"),
    "mass_throughput": Span(0, 10_000_000, "beyond any movement figure"),
    "power": Span(0, 1_000_000, "beyond any grid figure (1,000 GW)"),
    # r12 5: EUR 200 a troop-year (a thousandfold slip) passed. The low end is below the UN's
    # reimbursement of USD 1,428 a person-month (USD 17,136 a year, contributors' common
    # additional costs only: data/costs.toml anchor un-reimbursement), the least any deployment
    # figure shipped costs; the high end is about five times the dearest anchor (UK Afghanistan,
    # GBP 390k excluding pay). An assumption on those anchors, not a source.
    "cost_eur_per_troop_year": Span(10_000, 2_000_000, "a deployed troop-year costs EUR "
                                    "10,000 to 2 million (the UN reimburses about USD 17,000 a "
                                    "year for common costs alone; national figures are EUR "
                                    "170,000-230,000: data/costs.toml)"),
    "cost_usd_per_troop_year": Span(10_000, 2_000_000, "a deployed troop-year costs 10,000 to "
                                    "2 million (data/costs.toml anchors: USD 17,136-140,000)"),
    "cost_gbp_per_troop_year": Span(10_000, 2_000_000, "a deployed troop-year costs 10,000 to "
                                    "2 million (data/costs.toml anchor: GBP 390,000)"),
}

BY_FIELD: dict[str, Span] = {
    "horizon": Span(DAY_H, 100 * YEAR_H, "a commitment of a day to 100 years"),
    "force.target_troops": Span(1, 1_000_000, "a force needs at least one troop; a million "
                                "is beyond any reassurance force discussed"),
    "force.tour": Span(DAY_H, 5 * YEAR_H, "a tour of a day to five years"),
    "force.interval": Span(0, 20 * YEAR_H, "time at home of at most 20 years"),
    "force.max_tours": Span(1, 100, "one to 100 tours per person over the horizon"),
    "contributors[].tour": Span(DAY_H, 5 * YEAR_H, "a tour of a day to five years"),
    "contributors[].interval": Span(0, 20 * YEAR_H, "time at home of at most 20 years"),
    "contributors[].delay": Span(0, 20 * YEAR_H, "a delay of at most 20 years"),
    "contributors[].pledge_troops": Span(0, 1_000_000, "no nation pledges more than a million"),
    "posture.standoff": Span(0, 500, "garrisons within 500 km of the line (Ukraine is ~1,300 km "
                             "wide)"),
    "posture.garrisons": Span(0, 200, "at most 200 garrisons (the covering model grows with it)"),
    "posture.garrison_troops": Span(10, 100_000, "a garrison of 10 to 100,000 troops"),
    "posture.detour_factor": Span(1, 5, "road over straight-line distance of 1 to 5"),
    "posture.qrf_speed": Span(1, 1_000, "a ground QRF moving at 1 to 1,000 km/h"),
    "posture.cover_time": Span(0, 30 * DAY_H, "a ground response within 30 days"),
    "monitoring.cell": Span(0.5, 500, "cells of 500 m to 500 km (finer cells only add run "
                            "time: 0.1 km takes ~50 s for one assessment)"),
    "monitoring.sector_length": Span(1, 5_000, "sectors of 1 to 5,000 km"),
    "monitoring.window": Span(1, 90 * DAY_H, "a window of 1 hour to 90 days"),
    "monitoring.step": Span(1 / 360, DAY_H, "a time step of 10 s to a day"),
    "monitoring.target_revisit": Span(1 / 60, 365 * DAY_H, "a revisit of a minute to a year"),
    "monitoring.fleets[].orbits": Span(0, 200, "at most 200 orbits or satellites in one group"),
    "monitoring.fleets[].standoff": Span(0, 500, "within 500 km of the line"),
    "monitoring.sizing.candidates[].orbits": Span(0, 200, "ignored by sizing; at most 200"),
    "monitoring.sizing.candidates[].standoff": Span(0, 500, "within 500 km of the line"),
    "monitoring.jamming_events": Span(0, 1_000, "at most 1,000 jamming events a day"),
    "monitoring.attrition": Span(0, 1_000, "at most 1,000 airframes lost a year per orbit"),
    "incidents.horizon": Span(DAY_H, 10 * YEAR_H, "a replication of a day to 10 years"),
    "incidents.dispersion": Span(0.01, 1_000_000, "gamma shape below 0.01 makes daily "
                                 "intensities underflow to zero; above 10^6 it is Poisson"),
    "incidents.qrf_per_garrison": Span(0, 100, "at most 100 QRFs on call at one garrison"),
    "incidents.support_force_responses": Span(0, 1_000, "at most 1,000 responses at once"),
    "incidents.regimes[].mean_duration": Span(DAY_H, 100 * YEAR_H, "a regime lasts a day to "
                                              "100 years (the chain steps daily)"),
    "incidents.regimes[].rates.*": Span(0, 1_000, "at most 1,000 incidents a day (per km for "
                                        "line types) in one regime"),
    "incidents.types[].on_scene.*": Span(0, 365 * DAY_H, "on scene for at most a year"),
    "incidents.types[].duration": Span(0, 365 * DAY_H, "observable for at most a year"),
    # review 19 #1: 0 troops passed, and the build-up then reported a "first echelon of 0
    # troops" on day 1 while the incident model had no one to escalate to. The support force is
    # the first echelon of the build-up; a plan that never escalates calls says so with
    # incidents.support_force_responses = 0.
    "support_force.troops": Span(1, 2_000_000, "a support force of one troop to 2 million "
                                 "(to escalate no call to it: incidents.support_force_responses "
                                 "= 0)"),
    "support_force.buildup_days": Span(DAY_H, 365 * DAY_H, "a build-up of a day to a year"),
    "support_force.airlift[].aircraft": Span(0, 1_000, "at most 1,000 aircraft in one group"),
    "air.bases[].aircraft": Span(0, 1_000, "at most 1,000 aircraft at one base"),
    "air.helicopters[].aircraft": Span(0, 500, "at most 500 helicopters in one detachment"),
}

#: Most time samples of one platform track in the monitoring window (window / step): each
#: sample is a row of the coverage arrays; 50,000 is 10 days at 17 s or 69 days at 2 min.
MAX_TRACK_SAMPLES = 50_000


def _pattern(path: str) -> str:
    return re.sub(r"\[\d+\]", "[]", path)


def span_for(path: str, dimension: str) -> Span | None:
    """The span that applies at ``path`` (a dotted path with list indices) for ``dimension``."""
    pattern = _pattern(path)
    hit = BY_FIELD.get(pattern)
    if hit is None and "." in pattern:
        hit = BY_FIELD.get(pattern.rsplit(".", 1)[0] + ".*")
    return hit if hit is not None else BY_DIMENSION.get(dimension)


_SCHEMA_BOUND = re.compile(r"^must be (?P<op>>=|>|<=) (?P<bound>-?[\d.eE+]+) (?P<canon>\S+?)(?P<rest>[;: (].*)$")


def one_bound(path: str, message: str) -> str:
    """``message`` (a field annotation's bound, "must be >= 0 troops (got -5 troops)") restated
    with the field's plausible span when that is stricter ("must be >= 1 troops: a force needs at
    least one troop ..."), so a field states one lower and one upper bound whichever check
    refuses the value first (r8 12: -20,000 troops said ">= 0", 0 troops said ">= 1")."""
    m = _SCHEMA_BOUND.match(message)
    span = BY_FIELD.get(_pattern(path))
    if m is None or span is None:
        return message
    bound, op = float(m["bound"]), m["op"]
    got = re.search(r"\(got [^)]*\)$", m["rest"])
    tail = f" {got.group(0)}" if got else ""
    if op in (">=", ">") and span.lo is not None and (span.lo > bound or (span.lo == bound and op == ">=")):
        if span.lo == bound and op == ">=":
            return message
        return f"must be >= {_num(span.lo)} {m['canon']}: {span.reason}{tail}"
    if op == "<=" and span.hi is not None and span.hi < bound:
        return f"must be <= {_num(span.hi)} {m['canon']}: {span.reason}{tail}"
    return message


def _num(x: float) -> str:
    if x != 0 and (abs(x) < 0.01 or abs(x) >= 1e7):
        return f"{x:.3g}"
    return f"{x:,.6g}" if abs(x) >= 1000 else f"{x:.6g}"


def check_bounds(model: Any) -> None:
    """Raise ``ValueError("dotted.path: must be ... (got ...)")`` for the first number of
    ``model`` (a scenario) outside its plausible span."""
    from reassure.spec import units as _units
    from reassure.spec._quantity import Quantity, percent_hint, walk_provenanced

    for path, item in walk_provenanced(model):
        if not isinstance(item, Quantity):
            continue
        if not all(math.isfinite(x) for x in (item.low, item.high)):
            raise ValueError(f"{path}: must be a finite number (got {item.text()})")
        span = span_for(path, item.dimension)
        if span is None:
            continue
        k = _units.factor(item.unit)
        canon = _units.CANONICAL.get(item.dimension, item.unit)
        lo, hi = item.low * k, item.high * k
        slack = 1e-9  # unit conversions (month -> h) must not refuse a bound given exactly
        # The value as written and, in another unit than the bound's, in the bound's (r12 11).
        got = item.text() if item.unit == canon else (
            f"{item.text()} = {_num(lo)} {canon}" if lo == hi else f"{item.text()} = {_num(lo)}-{_num(hi)} {canon}")
        if span.lo is not None and lo < span.lo * (1 - slack) - slack:
            raise ValueError(f"{path}: must be >= {_num(span.lo)} {canon}: {span.reason} "
                             f"(got {got})")
        if span.hi is not None and hi > span.hi * (1 + slack) + slack:
            raise ValueError(f"{path}: must be <= {_num(span.hi)} {canon}: {span.reason}"
                             f"{percent_hint(item)} (got {got})")
    _check_monitoring_samples(model)


def _check_monitoring_samples(model: Any) -> None:
    monitoring = getattr(model, "monitoring", None)
    if monitoring is None:
        return
    window_h = monitoring.window.in_("h") if monitoring.window is not None else 24.0
    step_h = monitoring.step.in_("h") if monitoring.step is not None else 1 / 60
    if step_h > 0 and window_h / step_h > MAX_TRACK_SAMPLES:
        raise ValueError(
            f"monitoring.step: window / step must be at most {MAX_TRACK_SAMPLES:,} samples "
            f"(a longer step or a shorter window) (got {window_h / step_h:,.0f} samples)"
        )
