"""Monitoring: the scenario's `[monitoring]` table, the theatre's contact line and the shipped
sensor catalogue as the plain inputs of :mod:`reassure.models.monitoring` (km, h, fractions).

US fleets (``us_asset = true``) count only if the scenario counts on US ISR
(``us_backstop.isr``), and never on the side without the US backstop.
"""

from __future__ import annotations

import functools
import math
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from reassure.bridge._common import q_or, us_sensor_counts

if TYPE_CHECKING:
    from reassure.models.solve import MonitoringInput

__all__ = ["DEFAULT_SECTOR_KM", "band_grid", "border_km", "build_input", "fleet_entry", "monitoring_inputs",
           "platform_type", "platforms", "shipped_platforms", "sizing_inputs", "targets"]

DEFAULT_SECTOR_KM = 100.0


def monitoring_inputs(scenario: Any) -> dict[str, Any]:
    """Model inputs from a scenario: ``grid``, ``fleet``, ``catalogue``, ``conditions``, ``analysis``.

    US fleets (``us_asset = true``) are kept only if the scenario counts on US ISR
    (``us_backstop.isr``); :func:`build_input` drops them on the side without the US.
    """
    from reassure.geo import densify_line
    from reassure.models.monitoring import (
        Analysis,
        Conditions,
        FleetEntry,
    )
    from reassure.theatres import load_theatre

    m = scenario.monitoring
    theatre = load_theatre(scenario.theatre)
    line = densify_line(theatre.contact_line_lonlat, m.cell.in_("km"))
    sector_km = q_or(m.sector_length, "km", DEFAULT_SECTOR_KM)
    grid = band_grid(line, m.band, sector_km, border_km=border_km(theatre))
    catalogue = dict(shipped_platforms())  # a copy: the caller may replace entries
    if m.band is not None:  # the scenario's per-class rates replace the catalogue's
        catalogue = {k: replace(p, attrition_per_orbit_year=m.band.attrition[k].in_("1/year"))
                     if k in m.band.attrition else p for k, p in catalogue.items()}
    fleet = [fleet_entry(f, theatre, FleetEntry) for f in m.fleets if us_sensor_counts(f, scenario)]

    conditions = Conditions(
        night_fraction=q_or(m.night_fraction, "fraction", 0.5),
        cloud_fraction=q_or(m.cloud_fraction, "fraction", 0.0),
        jamming_events_per_day=q_or(m.jamming_events, "1/day", 0.0),
        jamming_outage_h=q_or(m.jamming_outage, "h", 0.0),
        attrition_per_orbit_year=q_or(m.attrition, "1/year", 0.0),
        horizon_years=scenario.horizon.in_("year"),
    )
    analysis = Analysis(
        window_h=q_or(m.window, "h", 24.0), step_min=q_or(m.step, "min", 1.0),
        gap_rule=m.gap_rule, target_revisit_h=m.target_revisit.in_("h"),
        satisfy_on=m.satisfy_on,
    )
    return {"grid": grid, "fleet": fleet, "catalogue": catalogue, "conditions": conditions,
            "analysis": analysis, "theatre": theatre}


def border_km(theatre: Any) -> float:
    """Length of the trace's hops along the state border (``hop_to_next = border``), km: the
    monitoring trace watches them, posture's distances leave them out (review s53 5: Ukraine's 977 km
    trace holds 76 km from Topoli to Vovchansk; the active line alone is about 900 km)."""
    from reassure.geo import line_length_km

    pts = theatre.contact_line
    return float(sum(line_length_km([pts[i].lonlat, pts[i + 1].lonlat]) for i in range(len(pts) - 1)
                     if pts[i].hop_to_next == "border"))


def band_grid(line: Any, band: Any, sector_km: float, *, border_km: float = 0.0) -> Any:
    """The cells of the line: the theatre trace, or with ``[monitoring.band]`` the trace
    scaled to the band's reported length (nominal of the sourced range) with its depth.

    The band's length is the reported length of the WHOLE line; a value shorter than the
    trace compresses the whole front (the loader warns), it never cuts a sector: fleets'
    ``start``/``end`` do that.

    Stretching keeps the trace's shape and bases (transit is measured to the cell midpoints) and
    scales the length every orbit must cover, which is what the sizing needs.
    """
    from reassure.models.monitoring import MonitoringGrid

    trace_km = float(line.start_km[-1] + line.length_km[-1] - line.start_km[0])
    # the hops along the state border are in the trace (review s53 5): said with its length
    border = f", of which {border_km:,.0f} km along the state border," if border_km >= 0.5 else ""
    if band is None:
        return replace(MonitoringGrid.from_arrays(line.start_km, line.length_km, line.lon, line.lat,
                                                  sector_km=sector_km),
                       geometry=f"trace of the contact line, {trace_km:.0f} km{border.rstrip(',')} "
                                "(no [monitoring.band])")
    length = band.line_length.to("km")
    depth = band.depth.to("km")
    k = length.canonical / trace_km
    # A shorter length compresses the whole front, it does not cut a sector (r6 H1): say so.
    scaled = "stretched" if k >= 1 else "compressed, not cut: the whole front is watched"
    grid = MonitoringGrid.from_arrays(line.start_km * k, line.length_km * k, line.lon, line.lat,
                                      sector_km=sector_km)
    return replace(grid, depth_km=depth.canonical, length_range_km=(length.low, length.high),
                   geometry=(f"band of the reported length {length.canonical:,.0f} km "
                             f"({_span(length.low, length.high, ',.0f')}trace {trace_km:,.0f} km{border} "
                             f"{scaled}) and depth {depth.canonical:g} km"
                             + (f" ({depth.low:g}-{depth.high:g} km)" if depth.low != depth.high else "")))


def _span(low: float, high: float, spec: str) -> str:
    """``"1,000-1,200 km; "`` for a range, nothing for one value (review s40: "600-600 km").

    >>> _span(1000, 1200, ",.0f"), _span(600, 600, ",.0f")
    ('1,000-1,200 km; ', '')
    """
    return "" if low == high else f"{low:{spec}}-{high:{spec}} km; "


def fleet_entry(f: Any, theatre: Any, cls: Any) -> Any:
    lon = lat = math.nan
    if f.base is not None:
        base = theatre.airbase(f.base)
        lon, lat = base.lon, base.lat
    segment = None
    if f.start is not None or f.end is not None:
        segment = (q_or(f.start, "km", 0.0), q_or(f.end, "km", math.inf))
    return cls(type=f.sensor, orbits=int(f.orbits.canonical), base=f.base or "space",
               base_lon=lon, base_lat=lat, segment_km=segment,
               standoff_km=q_or(f.standoff, "km", 0.0),
               us_asset=f.us_asset, id=f.id)


def build_input(scenario: Any, upstream: Any = None, *, us_backstop: bool = True) -> MonitoringInput:
    """The monitoring input of one side: without the US backstop no US fleet flies."""
    from reassure.models.solve import MonitoringInput

    inp = monitoring_inputs(scenario)
    fleet = tuple(e for e in inp["fleet"] if us_backstop or not e.us_asset)
    return MonitoringInput(inp["grid"], fleet, inp["catalogue"], inp["conditions"], inp["analysis"])


def sizing_inputs(scenario: Any, *, us_backstop: bool = True) -> tuple[list[Any], float] | None:
    """``[monitoring.sizing]`` as (candidate fleet entries, target share of the line as a
    fraction); US candidates only with US ISR, and never without the US backstop. None without a
    sizing table."""
    from reassure.models.monitoring import FleetEntry
    from reassure.theatres import load_theatre

    m = scenario.monitoring
    if m.sizing is None:
        return None
    theatre = load_theatre(scenario.theatre)
    candidates = [fleet_entry(c, theatre, FleetEntry) for c in m.sizing.candidates
                  if us_sensor_counts(c, scenario, us_backstop=us_backstop)]
    return candidates, m.sizing.share.in_("fraction")


def platform_type(sensor: Any) -> Any:
    """A catalogue sensor as the model's :class:`~reassure.models.monitoring.PlatformType`
    (canonical units: km, h, km/h, fractions)."""
    from reassure.models.monitoring import PlatformType

    self = sensor

    return PlatformType(
        name=self.id, label=self.name, kind=self.kind,
        swath_km=q_or(self.swath, "km", math.nan),
        pd_day=q_or(self.pd_day, "fraction", 0.0), pd_night=q_or(self.pd_night, "fraction", 0.0),
        pd_cloud=q_or(self.pd_cloud, "fraction", 0.0),
        endurance_h=q_or(self.endurance, "h", math.inf), speed_kmh=q_or(self.speed, "km/h", 0.0),
        turnaround_h=q_or(self.turnaround, "h", 0.0),
        availability=q_or(self.availability, "fraction", 1.0),
        datalink_range_km=q_or(self.datalink_range, "km", math.inf),
        jam_susceptible=self.jam_susceptible,
        revs_per_day=q_or(self.revs_per_day, "1/day", 0.0),
        passes_per_rev=int(round(q_or(self.passes_per_rev, "count", 1.0))),
        local_time_h=q_or(self.local_time, "h", 10.5), revisit_h=q_or(self.revisit, "h", 0.0),
        attrition_per_orbit_year=self.attrition.in_("1/year") if self.attrition is not None else None,
        published_revisit_h=q_or(self.published_revisit, "h", 0.0),
    )


@functools.lru_cache(maxsize=1)
def shipped_platforms() -> dict[str, Any]:
    """`platforms` of the shipped catalogue, converted once (the catalogue is read once too)."""
    from reassure.spec.sections.monitoring import load_sensor_catalogue

    return platforms(load_sensor_catalogue())


def platforms(catalogue: Any) -> dict[str, Any]:
    """Every sensor of the catalogue as a model ``PlatformType``, by id."""
    return {t.id: platform_type(t) for t in catalogue.sensors}


def targets(scenario: Any) -> tuple[float, float | None]:
    """The monitoring targets the report judges against: the revisit (h) and, with a
    ``[monitoring.sizing]`` table, the share of the line that must meet it (per cent)."""
    m = scenario.monitoring
    sizing = getattr(m, "sizing", None)
    share = None if sizing is None else 100 * sizing.share.in_("fraction")
    return m.target_revisit.in_("h"), share
