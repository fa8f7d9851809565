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

    \text{airframes} \quad N = \lceil n \cdot a \rceil \qquad (a = \text{airframes per orbit,
    } \texttt{airframes\_per\_orbit})

    \text{airframes lost a year} \quad n \cdot \alpha_c \qquad (\alpha_c = \text{attrition of
    class } c \text{ per orbit-year})

and gives the chance that an event of duration :math:`T` is seen by a class with revisit
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

__all__ = ["BandClass", "BandClassResult", "BandInput", "BandResult", "assess_band", "p_detect_event"]


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
    transit_km: float = 0.0


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
    transit_km: float
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
            finite = math.isfinite(c.airframes_per_orbit)
            a_lo = math.ceil(o_lo * c.airframes_per_orbit - 1e-9) if finite else 0
            a_hi = math.ceil(o_hi * c.airframes_per_orbit - 1e-9) if finite else 0
            revisit = inp.target_revisit_h
            lost_lo, lost_hi = o_lo * c.attrition_per_orbit_year, o_hi * c.attrition_per_orbit_year
        else:
            o_lo = o_hi = a_lo = a_hi = 0
            lost_lo = lost_hi = 0.0
            revisit = c.revisit_h
        out.append(BandClassResult(
            id=c.id, kind=c.kind, base=c.base, transit_km=c.transit_km, lanes_low=lanes_lo, lanes_high=lanes_hi,
            orbits_low=o_lo, orbits_high=o_hi, airframes_low=a_lo, airframes_high=a_hi,
            lost_per_year_low=lost_lo, lost_per_year_high=lost_hi,
            lost_over_horizon_high=lost_hi * inp.horizon_years, revisit_h=revisit,
            p_detect={f"{t:g}": p_detect_event(c.pd_pass, revisit, t) for t in inp.event_durations_h},
        ))
    return BandResult(inp.line_km_low, inp.line_km_high, inp.depth_km_low, inp.depth_km_high,
                      inp.line_km_high * inp.depth_km_high, tuple(out))
