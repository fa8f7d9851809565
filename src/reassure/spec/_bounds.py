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

from reassure.spec._number_words import number_text

__all__ = ["BY_DIMENSION", "BY_FIELD", "LIKELY", "MAX_TRACK_SAMPLES", "Likely", "Span", "bound_in", "bound_text",
           "bound_unit", "check_bounds",
           "number_text", "one_bound", "span_for", "unlikely_values"]

YEAR_H = 8766.0
DAY_H = 24.0


@dataclass(frozen=True)
class Span:
    """A closed plausible range ``[lo, hi]`` in canonical units (None: that side open).

    ``reason`` says why the whole span (docs/reliability.md lists it); ``below`` and ``above``,
    when given, say why for one side only, and an error prints the one for the bound that was
    broken (review s34: 15,000,000 troops was told "a force needs at least one troop")."""

    lo: float | None
    hi: float | None
    reason: str
    below: str | None = None
    above: str | None = None

    def why(self, side: str) -> str:
        """The reason for breaking the ``"lo"`` or the ``"hi"`` bound."""
        own = self.below if side == "lo" else self.above
        return own or self.reason


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
                                "is beyond any reassurance force discussed",
                                below="a force needs at least one troop",
                                above="a million troops is beyond any reassurance force discussed "
                                "(the largest asks are 100,000-150,000)"),
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
                            "time: 0.1 km takes ~50 s for one assessment)",
                            above="cells of 500 m to 500 km (a cell longer than 500 km is a "
                            "third of the whole line)"),
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
                                 "intensities underflow to zero; above 10^6 it is Poisson",
                                 below="a gamma shape below 0.01 makes daily intensities "
                                 "underflow to zero",
                                 above="a gamma shape above a million is Poisson: leave "
                                 "dispersion out for Poisson counts"),
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
                                 "= 0)", above="a support force of one troop to 2 million, "
                                 "more than all European armies together field"),
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


_SCHEMA_BOUND = re.compile(r"^must be (?P<op>>=|>|<=) (?P<bound>-?[\d.,eE+]+) (?P<canon>\S+?)(?P<rest>[;: (].*)$")


def one_bound(path: str, message: str) -> str:
    """``message`` (a field annotation's bound, "must be >= 0 troops (got -5 troops)") restated
    with the field's plausible span when that is stricter ("must be >= 1 troop: a force needs at
    least one troop ..."), so a field states one lower and one upper bound whichever check
    refuses the value first (r8 12: -20,000 troops said ">= 0", 0 troops said ">= 1")."""
    m = _SCHEMA_BOUND.match(message)
    span = BY_FIELD.get(_pattern(path))
    if m is None:
        return message
    from reassure.spec import units as _units
    from reassure.spec.units import SINGULAR

    bound, op = float(m["bound"].replace(",", "")), m["op"]
    canon = {one: unit for unit, one in SINGULAR.items()}.get(m["canon"], m["canon"])  # "1 troop": troops
    if canon in _units.UNITS:  # a bound `check_bounds` said in the unit written ("<= 60 month"): in canon
        own = _units.CANONICAL.get(_units.dimension_of(canon) or "", canon)
        bound, canon = bound * _units.factor(canon) / _units.factor(own), own
    got = re.search(r"\(got [^)]*\)$", m["rest"])
    # review s44 #4: a value written in another unit than the canonical one ("(got -1 month =
    # -730.5 h)") is told its bound in that unit when the bound is a plain number there
    converted = _GOT_CONVERTED.match(got.group(0)) if got else None
    written = converted["unit"] if converted else canon

    def said(x: float, side: str) -> str:
        assert span is not None
        text, unit = bound_in(x, canon, written)
        shown = f"(got {converted['value']} {written})" if converted and unit == written else (got.group(0) if got else "")
        return f"must be {'>=' if side == 'lo' else '<='} {text}: {span.why(side)}{f' {shown}' if shown else ''}"

    same = span is not None and span.lo is not None and math.isclose(span.lo, bound, rel_tol=1e-9, abs_tol=1e-12)
    if span is not None and op in (">=", ">") and span.lo is not None and (span.lo > bound or same):
        if not (same and op == ">="):
            return said(span.lo, "lo")
    elif span is not None and op == "<=" and span.hi is not None and span.hi < bound and not math.isclose(
            span.hi, bound, rel_tol=1e-9):
        return said(span.hi, "hi")
    if converted is not None:  # the annotation's own bound, in the unit written
        text, unit = bound_in(bound, canon, written)
        if unit == written:
            return (f"must be {op} {text}{m['rest'][:got.start()] if got else m['rest']}"
                    f"(got {converted['value']} {written})")
    return message


#: ``(got -1 month = -730.5 h)``: a value as written, then in the bound's unit (`got_text`)
_GOT_CONVERTED = re.compile(r"^\(got (?P<value>-?[\d.,eE+]+) (?P<unit>[^\s=]+) = [^)]*\)$")


def bound_in(x: float, canon: str, written: str | None) -> tuple[str, str]:
    """A bound ``x`` (in the canonical ``canon``) as text and the unit it is said in: the unit
    the value was ``written`` in when the bound is a plain number there, exactly as printed
    (review s44 #4: "must be <= 60 month", not "<= 43,830 h" for a tour written in months; never
    "59.99999"), else as `bound_text` says it (the canonical unit); a time under an hour is said
    in minutes or seconds as `bound_unit` picks them, whatever the unit written.

    >>> bound_in(43830, "h", "month"), bound_in(24, "h", "month"), bound_in(1, "fraction", "percent")
    (('60 month', 'month'), ('24 h', 'h'), ('100 percent', 'percent'))
    >>> bound_in(500, "km", "mi"), bound_in(500, "km", "m")
    (('500 km', 'km'), ('500,000 m', 'm'))
    """
    from reassure.spec import units as _units

    if bound_unit(x, canon) != canon:  # a time under an hour: in minutes or seconds (review s37 8)
        return bound_text(x, canon), bound_unit(x, canon)
    if written and written != canon and written in _units.UNITS and canon in _units.UNITS \
            and _units.dimension_of(written) == _units.dimension_of(canon):
        value = x * _units.factor(canon) / _units.factor(written)
        text = _num(round(value, 9))
        try:
            exact = math.isclose(float(text.replace(",", "")), value, rel_tol=1e-9, abs_tol=1e-12)
        except ValueError:
            exact = False
        if exact:
            return _units.amount(text, written), written
    return bound_text(x, canon), bound_unit(x, canon)


_num = number_text


def bound_unit(x: float, canon: str) -> str:
    """The unit a bound of ``x`` (in the canonical ``canon``) is written in: a time of under an
    hour that is a whole number of minutes or seconds in those (review s37 8: "must be >= 1 min",
    not ">= 0.0166667 h"); any other bound in ``canon``.

    >>> [bound_unit(x, "h") for x in (1 / 60, 1 / 360, 0.5, 24, 0)]
    ['min', 's', 'min', 'h', 'h']
    """
    if canon != "h" or not 0 < x < 1:
        return canon
    for unit, per_hour in (("min", 60), ("s", 3600)):
        n = x * per_hour
        if abs(n - round(n)) < 1e-6 * max(1.0, n):
            return unit
    return canon


def bound_text(x: float, canon: str) -> str:
    """A bound as people write it, with its unit: ``1 min``, ``10 s``, ``0.5 km``, ``24 h``, and
    one counted thing in the singular, ``1 troop`` (web review: "must be >= 1 troops").

    >>> [bound_text(x, u) for x in (1 / 60, 1 / 360) for u in ("h",)] + [bound_text(0.5, "km"), bound_text(1, "troops")]
    ['1 min', '10 s', '0.5 km', '1 troop']
    """
    from reassure.spec import units as _units

    unit = bound_unit(x, canon)
    value = x if unit == canon else x * _units.factor(canon) / _units.factor(unit)
    return _units.amount(_num(round(value, 9)), unit)


def _got(item: Any, lo: float, hi: float, canon: str, unit: str) -> str:
    """The value as written and, in another unit than the bound's, in the bound's (r12 11)."""
    from reassure.spec import units as _units

    if item.unit == unit:
        return item.text()
    k = _units.factor(canon) / _units.factor(unit)
    return (f"{item.text()} = {_num(lo * k)} {unit}" if lo == hi
            else f"{item.text()} = {_num(lo * k)}-{_num(hi * k)} {unit}")


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
        # The bound in the unit written when it is a plain number there (review s44 #4).
        if span.lo is not None and lo < span.lo * (1 - slack) - slack:
            text, unit = bound_in(span.lo, canon, item.unit)
            got = _got(item, lo, hi, canon, unit)
            raise ValueError(f"{path}: must be >= {text}: {span.why('lo')} (got {got})")
        if span.hi is not None and hi > span.hi * (1 + slack) + slack:
            text, unit = bound_in(span.hi, canon, item.unit)
            got = _got(item, lo, hi, canon, unit)
            raise ValueError(f"{path}: must be <= {text}: {span.why('hi')}{percent_hint(item)} (got {got})")
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


# -- likely spans: warnings, not errors (review s34) ----------------------------------------------
# A value inside its plausible span (above) can still be a unit slip: `tour = 6 day` meant six
# months, `response_threshold = 60 h` meant an hour. Both are valid (a study may mean them), so
# `validate` warns, naming what is usual and the value in the unit the author probably meant, as
# it does for `0.3 percent` (spec/_model_checks.py). Checked only for time fields, where the
# units (min, h, day, week, month) are easily swapped.
MONTH_H = YEAR_H / 12


@dataclass(frozen=True)
class Likely:
    """The usual span ``[lo, hi]`` of a field (canonical unit; None: that side open), what it is
    in words, and the units a slip most probably meant, most probable first."""

    lo: float | None
    hi: float | None
    usual: str
    meant: tuple[str, ...]


_STANDOFF = Likely(1.0, None, "a standoff from the line is usually tens to hundreds of km (the "
                   "force is stationed away from the front line)", ("km",))
_TOUR = Likely(MONTH_H, 2 * YEAR_H, "a tour usually lasts a month to two years (national tours "
               "run 4 to 12 months)", ("month", "week"))
_INTERVAL = Likely(MONTH_H, 10 * YEAR_H, "time at home between tours is usually a month to ten "
                   "years (national rules give 8 to 36 months)", ("month", "year"))
_QUICK = ("min", "h")  # a response measured in minutes or hours

LIKELY: dict[str, Likely] = {
    # (s52 review) `horizon = 3-5 month` meant years: it passed, and nothing rotated
    "horizon": Likely(YEAR_H, None, "a force's horizon is usually a year or more (the plans speak "
                      "of 20 to 30 years; rotation starts after the first tour)", ("year",)),
    "force.tour": _TOUR,
    "contributors[].tour": _TOUR,
    "force.interval": _INTERVAL,
    "contributors[].interval": _INTERVAL,
    "contributors[].delay": Likely(None, 3 * YEAR_H, "a delay is usually under three years (a vote or a "
                                   "mandate takes weeks to months)", ("month", "week", "day")),
    "incidents.response_threshold": Likely(5 / 60, DAY_H, "a response threshold is usually 5 "
                                           "minutes to a day (on scene within the hour is the "
                                           "usual aim)",
                                           _QUICK),
    "incidents.report_latency": Likely(None, DAY_H, "a reporting latency is usually under a day", _QUICK),
    "incidents.max_wait": Likely(5 / 60, 7 * DAY_H, "a call usually waits 5 minutes to a week "
                                 "before it is escalated", ("h", "min")),
    "incidents.types[].on_scene.*": Likely(None, 7 * DAY_H, "a unit usually stays on scene under a week",
                                           ("h", "min")),
    "posture.cover_time": Likely(5 / 60, 2 * DAY_H, "a cover time is usually 5 minutes to two "
                                 "days (a ground QRF reaches a site within hours)", ("h", "min")),
    "posture.qrf_readiness": Likely(None, 2 * DAY_H, "a ground QRF's notice to move is under two "
                                    "days (usually minutes to hours)", ("h", "min")),
    "air.bases[].readiness": Likely(None, DAY_H, "aircraft usually take off within a day of "
                                    "the call (quick-reaction alert: 15 minutes)", _QUICK),
    "air.helicopters[].readiness": Likely(None, DAY_H, "helicopters usually lift off within a day "
                                          "of the call (most within an hour)", _QUICK),
    "air_policing.platforms[].sortie": Likely(0.5, DAY_H, "a sortie usually lasts half an hour to a "
                                              "day", ("h",)),
    "air_policing.platforms[].tanked_sortie": Likely(0.5, DAY_H, "a sortie usually lasts half an hour "
                                                     "to a day", ("h",)),
    "air_policing.platforms[].ground_time": Likely(None, 2 * DAY_H, "a turnaround usually takes under two "
                                                   "days", ("h", "min")),
    "air_policing.stations[].scramble_sortie": Likely(0.25, DAY_H, "a scramble usually flies a quarter "
                                                      "of an hour to a day", ("h", "min")),
    "maritime.tasks[].deployment": Likely(7 * DAY_H, YEAR_H, "a ship's deployment usually lasts a week "
                                          "to a year (navies deploy for 2 to 9 months)",
                                          ("day", "week", "month")),
    # (s48 review) a standoff of 100 m passed without a word: every garrison then "beyond" it.
    # Lengths in km; 0 (no standoff) is left alone, as for times
    # (s48 review) a million troops passed without a word (the plausible bound is inclusive)
    "force.target_troops": Likely(100, 200_000, "a reassurance force is usually hundreds to "
                                  "about 150,000 troops (the European plans: 25,000-64,000; "
                                  "Ukraine asked for 100,000-150,000)", ()),
    "posture.standoff": _STANDOFF,
    "monitoring.fleets[].standoff": _STANDOFF,
    "monitoring.sizing.candidates[].standoff": _STANDOFF,
}


def likely_for(path: str) -> Likely | None:
    """The usual span at ``path`` (a dotted path with list indices), or None."""
    pattern = _pattern(path)
    hit = LIKELY.get(pattern)
    if hit is None and "." in pattern:
        hit = LIKELY.get(pattern.rsplit(".", 1)[0] + ".*")
    return hit


def unlikely_values(model: Any) -> list[tuple[str, str]]:
    """``(dotted.path, message)`` for each time field of ``model`` (a scenario) outside its usual
    span: ``is 6 day, less than a month: a tour of a month to two years ... is usual; did you
    mean 6 month?``. A value of 0 is left to its own checks (an interval of 0 is warned
    apart, `zero_interval_warnings`)."""
    from reassure.spec import units as _units
    from reassure.spec._quantity import Quantity, walk_provenanced

    out: list[tuple[str, str]] = []
    for path, item in walk_provenanced(model):
        if not isinstance(item, Quantity) or item.dimension not in ("time", "length", "troops"):
            continue
        likely = likely_for(path)
        if likely is None:
            continue
        k = _units.factor(item.unit)
        lo, hi = item.low * k, item.high * k
        bound = {"time": _duration, "length": _distance}.get(item.dimension, _count)
        if likely.lo is not None and 0 < lo < likely.lo:
            side = f"less than {bound(likely.lo)}"
        elif likely.hi is not None and hi > likely.hi:
            side = f"more than {bound(likely.hi)}"
        else:
            continue
        if hi <= 0:
            continue
        out.append((path, f"is {item.text()}, {side}: {likely.usual}"
                          f"{_meant(item, likely)}"))
    return out


def _meant(item: Any, likely: Likely) -> str:
    """``; did you mean 6 month?``: the value as written in the first of the units a slip
    probably meant that puts it within the usual span; else where the usual span is said."""
    from reassure.spec import units as _units

    for unit in likely.meant:
        if unit == item.unit:
            continue
        k = _units.factor(unit)
        if (likely.lo is None or item.low * k >= likely.lo) and (likely.hi is None or item.high * k <= likely.hi):
            shown = (f"{number_text(item.value)} {unit}" if item.value is not None
                     else f"{number_text(item.low)}-{number_text(item.high)} {unit}")
            return f"; did you mean {shown}?"
    return "; check the number and its unit" if likely.meant else "; check the number"


def _count(n: float) -> str:
    """``200,000`` for a bound of the usual spans of counts."""
    return f"{n:,.0f}"


def _distance(km: float) -> str:
    """``1 km`` for a bound of the usual spans of lengths."""
    return f"{number_text(km)} km"


def _duration(hours: float) -> str:
    """``a month``, ``two days``, ``5 min`` for a bound of the usual spans."""
    named = {MONTH_H: "a month", YEAR_H: "a year", 2 * YEAR_H: "two years", 3 * YEAR_H: "three years",
             10 * YEAR_H: "ten years", DAY_H: "a day", 2 * DAY_H: "two days", 7 * DAY_H: "a week",
             0.25: "15 min", 0.5: "half an hour", 5 / 60: "5 min"}
    for value, text in named.items():
        if abs(value - hours) < 1e-9:
            return text
    return f"{number_text(hours)} h"
