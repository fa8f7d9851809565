r"""Monitoring a band, not a line: reported line lengths, buffer depth, attrition by class, detection by duration.

The cell model of :mod:`reassure.models.monitoring` watches a 1-D trace of the line. A ceasefire
would be watched over a *band*: a buffer zone of depth :math:`D` (10-15 km in the GCSP and RAND
proposals) along a line whose reported length :math:`L` (1,100-1,400 km) exceeds the trace. This
module sizes patrol fleets for the band in closed form:

.. math::

    \text{lanes} \quad k = \lceil D / w \rceil \qquad (w = \text{swath of the class})

    \text{stretch one orbit revisits within } R^* \quad s = v R^* / 2 \quad
    (\text{out and back at speed } v)

    \text{orbits} \quad n = \lceil k L / s \rceil

    \text{airframes} \quad N = \Big\lceil \sum_{i=1}^{n} r(d_i) \Big\rceil \qquad
    (r = \text{airframes one orbit keeps busy, } d_i = \text{its transit})

    \text{airframes lost a year} \quad n \cdot \alpha_c \qquad (\alpha_c = \text{attrition of
    class } c \text{ per orbit-year})

Each orbit watches its own stretch: the line is split into the ``n`` orbits' equal stretches
(at the low length and at the high one, each with its own ``n``) and orbit ``i`` flies from the
base to the middle of its stretch, ``d_i`` the distance from the base to the line's cell nearest
that middle, the rule of the fleet sizing (:mod:`reassure.models.monitoring.sizing`), with its
``r`` (:func:`~reassure.models.monitoring.airframes_per_orbit`); the orbits of a class share
airframes, so the sum is rounded up, not each orbit (review s53 4: one transit, to the line's
nearest point, for every orbit gave europe-2025's HALE class 12 airframes where the sizing gives
13). A class without the distances along the line (``transit_along_km`` empty) takes its
``airframes_per_orbit`` for every orbit: :math:`N = \lceil n a \rceil`.

The model also gives the chance that an event of duration :math:`T` is seen by a class with revisit
:math:`R` and mean per-pass detection :math:`p` (day/night and cloud mixed): with
:math:`n = T/R` passes during the event, :math:`P = 1 - (1-p)^{\lfloor n \rfloor}(1 - p\{n\})`,
which is :math:`p\,T/R` for an event shorter than the revisit. A patrol fleet sized to :math:`R^*` has :math:`R = R^*`; a
satellite has its own revisit (a day for a daily constellation, 5-6 days for Sentinel), so a
30-minute violation is credited to a satellite only with probability :math:`p \cdot 0.5/R`.

Plain floats in, frozen dataclasses out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reassure.errors import ModelError
from reassure.models._common import ItemResult, JsonRecord
from reassure.models.monitoring.detection import p_detect_event  # shared with the cell model

__all__ = ["BandClass", "BandClassResult", "BandInput", "BandResult", "assess_band", "orbit_transits_km",
           "p_detect_event"]


@dataclass(frozen=True)
class BandClass:
    """One sensor class as used over the band."""

    id: str
    kind: str  # "patrol", "stare" or "satellite"
    swath_km: float
    pd_pass: float  # mean detection per pass (day/night and cloud mixed)
    speed_kmh: float = 0.0  # patrol
    airframes_per_orbit: float = 0.0  # patrol: from the endurance, transit, turnaround, availability
    attrition_per_orbit_year: float = 0.0  # patrol: airframes lost a year per continuous orbit
    revisit_h: float = 0.0  # satellite: its revisit; stare: 0 (always watching)
    base: str = ""
    transit_km: float = 0.0  # base to the line's nearest point
    # patrol: the sortie, for each orbit's own airframes (see the module)
    endurance_h: float = 0.0
    turnaround_h: float = 0.0
    availability: float = 1.0
    # patrol from a base: (share of the line at a cell's middle, km from the base to that cell),
    # cell by cell along the line; empty: every orbit takes `airframes_per_orbit`
    transit_along_km: tuple[tuple[float, float], ...] = ()


@dataclass(frozen=True)
class BandInput:
    line_km_low: float
    line_km_high: float
    depth_km_low: float
    depth_km_high: float
    target_revisit_h: float
    event_durations_h: tuple[float, ...]
    horizon_years: float
    classes: tuple[BandClass, ...]


@dataclass(frozen=True)
class BandClassResult(ItemResult):
    base: str
    transit_km: float  # base to the line's nearest point
    lanes_low: int  # at the shallow end of the depth range
    lanes_high: int  # at the deep end
    orbits_low: int  # shortest line, shallowest band
    orbits_high: int  # longest line, deepest band
    airframes_low: int
    airframes_high: int
    lost_per_year_low: float
    lost_per_year_high: float
    lost_over_horizon_high: float
    revisit_h: float
    p_detect: dict[str, float]  # event duration (h, as text) -> probability
    # each orbit's transit, base to the middle of its own stretch (patrol; shortest line first)
    orbit_transits_km_low: tuple[float, ...] = ()
    orbit_transits_km_high: tuple[float, ...] = ()


@dataclass(frozen=True)
class BandResult(JsonRecord):
    line_km_low: float
    line_km_high: float
    depth_km_low: float
    depth_km_high: float
    area_km2_high: float
    classes: tuple[BandClassResult, ...]


def _orbits(line_km: float, lanes: int, speed_kmh: float, target_h: float) -> int:
    stretch = speed_kmh * target_h / 2.0
    return math.ceil(lanes * line_km / stretch - 1e-9)


def orbit_transits_km(along: tuple[tuple[float, float], ...], orbits: int) -> tuple[float, ...]:
    """Each of ``orbits`` orbits' transit when they split the line into equal stretches: the
    distance from the base to the cell nearest the middle of the orbit's own stretch, as the fleet
    sizing measures a candidate orbit's (``along``: (share of the line, km from the base) by cell).

    >>> orbit_transits_km(((0.125, 100.0), (0.375, 200.0), (0.625, 300.0), (0.875, 400.0)), 2)
    (100.0, 300.0)
    """
    if not along:
        return ()
    return tuple(min(along, key=lambda cell: abs(cell[0] - (i + 0.5) / orbits))[1] for i in range(orbits))


def _airframes(c: BandClass, orbits: int) -> tuple[int, tuple[float, ...]]:
    """A patrol class's airframes for ``orbits`` orbits (0 when one is out of reach) and each
    orbit's transit: the orbits' airframes summed, then rounded up (see the module)."""
    transits = orbit_transits_km(c.transit_along_km, orbits)
    if not transits:
        each = [c.airframes_per_orbit] * orbits
    else:
        from reassure.models.monitoring import airframes_per_orbit

        each = [float(airframes_per_orbit(c.endurance_h, d, c.speed_kmh, c.turnaround_h, c.availability))
                for d in transits]
    if not all(math.isfinite(r) for r in each):
        return 0, transits
    return math.ceil(sum(each) - 1e-9), transits


def assess_band(inp: BandInput) -> BandResult:
    """Size each patrol class for the band and give every class's detection by event duration."""
    if not 0 < inp.line_km_low <= inp.line_km_high:
        raise ModelError("band: line length must satisfy 0 < low <= high")
    if not 0 < inp.depth_km_low <= inp.depth_km_high:
        raise ModelError("band: depth must satisfy 0 < low <= high")
    if inp.target_revisit_h <= 0:
        raise ModelError("band: target revisit must be > 0")
    out = []
    for c in inp.classes:
        if c.swath_km <= 0 or not 0 <= c.pd_pass <= 1:
            raise ModelError(f"band class {c.id}: swath must be > 0 and pd_pass in [0, 1]")
        lanes_lo = math.ceil(inp.depth_km_low / c.swath_km - 1e-9)
        lanes_hi = math.ceil(inp.depth_km_high / c.swath_km - 1e-9)
        if c.kind == "patrol":
            if c.speed_kmh <= 0:
                raise ModelError(f"band class {c.id}: a patrol class needs speed_kmh > 0")
            o_lo = _orbits(inp.line_km_low, lanes_lo, c.speed_kmh, inp.target_revisit_h)
            o_hi = _orbits(inp.line_km_high, lanes_hi, c.speed_kmh, inp.target_revisit_h)
            a_lo, d_lo = _airframes(c, o_lo)
            a_hi, d_hi = _airframes(c, o_hi)
            revisit = inp.target_revisit_h
            lost_lo, lost_hi = o_lo * c.attrition_per_orbit_year, o_hi * c.attrition_per_orbit_year
        else:
            o_lo = o_hi = a_lo = a_hi = 0
            lost_lo = lost_hi = 0.0
            revisit = c.revisit_h
            d_lo = d_hi = ()
        out.append(BandClassResult(
            id=c.id, kind=c.kind, base=c.base, transit_km=c.transit_km, lanes_low=lanes_lo, lanes_high=lanes_hi,
            orbits_low=o_lo, orbits_high=o_hi, airframes_low=a_lo, airframes_high=a_hi,
            lost_per_year_low=lost_lo, lost_per_year_high=lost_hi,
            lost_over_horizon_high=lost_hi * inp.horizon_years, revisit_h=revisit,
            p_detect={f"{t:g}": p_detect_event(c.pd_pass, revisit, t) for t in inp.event_durations_h},
            orbit_transits_km_low=d_lo, orbit_transits_km_high=d_hi,
        ))
    return BandResult(inp.line_km_low, inp.line_km_high, inp.depth_km_low, inp.depth_km_high,
                      inp.line_km_high * inp.depth_km_high, tuple(out))
