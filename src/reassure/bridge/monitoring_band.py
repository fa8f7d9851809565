"""Scenario `[monitoring.band]` -> :class:`reassure.models.monitoring_band.BandInput` (plain floats)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reassure.bridge._common import q_or, us_sensor_counts
from reassure.models.monitoring_band import BandClass, BandInput

if TYPE_CHECKING:
    from reassure.models.solve import MonitoringBandInput

__all__ = ["band_input", "build_input", "class_id", "pd_pass"]


def pd_pass(sensor: Any, night: float, cloud: float) -> float:
    """Mean per-pass detection of a catalogue sensor: day/night mixed, then cloud mixed in.

    Satellites pass in daylight, so night does not apply to them.
    """
    p_day, p_night, p_cloud = (q.in_("fraction") for q in (sensor.pd_day, sensor.pd_night, sensor.pd_cloud))
    clear = p_day if sensor.kind == "satellite" else (1 - night) * p_day + night * p_night
    return (1 - cloud) * clear + cloud * p_cloud


def band_input(scenario: Any, *, us: bool = True) -> BandInput | None:
    """The band model's input (None when the scenario has no `[monitoring.band]`).

    Patrol classes are sized from the `monitoring.sizing.candidates` (else the fleets), each from
    its own base; every class of the fleets is listed for detection. US fleets and candidates
    count only when ``us`` and the plan's own backstop provides ISR (``us_backstop.isr``), the
    rule of :func:`reassure.bridge._common.us_sensor_counts` that the cell model follows too.

    A patrol class from a base carries its distance to every cell of the monitoring model's line
    (``transit_along_km``: the band's trace, as the fleet sizing measures it, ``base_distance_km``),
    so the band model gives each orbit the transit to the middle of its own stretch (review s53
    4). A satellite class's revisit is the one the monitoring model simulates for the plan's first
    group of that sensor over the line's cells, at their latitude
    (:func:`~reassure.models.monitoring.class_detection` with the window), as the band section's
    verdict and table read it (review s53 2), not the published one at the equator.
    """
    m = scenario.monitoring
    band = m.band
    if band is None:
        return None
    from reassure.bridge.monitoring import monitoring_inputs, platform_type
    from reassure.geo import distance_to_line_km
    from reassure.models.monitoring import airframes_per_orbit
    from reassure.spec.sections.monitoring import load_sensor_catalogue

    catalogue = load_sensor_catalogue()
    model = monitoring_inputs(scenario)
    theatre = model["theatre"]
    line = theatre.contact_line_lonlat
    simulated = _simulated_revisits(model, us=us)
    night = q_or(m.night_fraction, "fraction", 0.5)
    cloud = q_or(m.cloud_fraction, "fraction", 0.0)
    entries = list(m.sizing.candidates) if m.sizing is not None else []
    entries += m.fleets
    entries = [f for f in entries if us_sensor_counts(f, scenario, us_backstop=us)]
    classes: list[BandClass] = []
    seen: set[tuple[str, str]] = set()
    for f in entries:
        key = (f.sensor, f.base or "")
        if key in seen:
            continue
        seen.add(key)
        sensor = catalogue.get(f.sensor)
        p = platform_type(sensor)
        transit = 0.0
        along: tuple[tuple[float, float], ...] = ()
        if f.base is not None:
            b = theatre.airbase(f.base)
            transit = float(distance_to_line_km(b.lon, b.lat, line))
            if sensor.kind == "patrol":
                along = _distances_along(model["grid"], b.lon, b.lat)
        revisit = 0.0
        if sensor.kind == "satellite":
            q = sensor.revisit or sensor.published_revisit
            revisit = simulated.get(f.sensor) or (q.in_("h") if q is not None
                                                  else 24.0 / max(p.revs_per_day, 1e-9))
        attrition = band.attrition.get(f.sensor)
        classes.append(BandClass(
            id=class_id(f), kind=sensor.kind, swath_km=p.swath_km,
            pd_pass=pd_pass(sensor, night, cloud), speed_kmh=p.speed_kmh,
            airframes_per_orbit=float(airframes_per_orbit(p.endurance_h, transit, p.speed_kmh, p.turnaround_h,
                                                          p.availability)) if sensor.kind == "patrol" else 0.0,
            # the scenario's rate for the class, else the catalogue's (one source of truth)
            attrition_per_orbit_year=(attrition.in_("1/year") if attrition is not None
                                      else p.attrition_per_orbit_year or 0.0),
            revisit_h=revisit, base=f.base or "", transit_km=transit,
            endurance_h=p.endurance_h, turnaround_h=p.turnaround_h, availability=p.availability,
            transit_along_km=along,
        ))
    horizon = scenario.horizon.to("year")
    return BandInput(
        line_km_low=band.line_length.to("km").low, line_km_high=band.line_length.to("km").high,
        depth_km_low=band.depth.to("km").low, depth_km_high=band.depth.to("km").high,
        target_revisit_h=m.target_revisit.in_("h"),
        event_durations_h=tuple(q.in_("h") for q in band.event_durations),
        horizon_years=horizon.high, classes=tuple(classes),
    )


def _distances_along(grid: Any, lon: float, lat: float) -> tuple[tuple[float, float], ...]:
    """(share of the line at the cell's middle, km from the base) for every cell of the monitoring
    model's line: the distances the fleet sizing takes its orbits' transits from."""
    from reassure.models.monitoring import base_distance_km

    start = float(grid.start_km[0])
    total = float(grid.start_km[-1] + grid.length_km[-1]) - start
    dist = base_distance_km(grid, lon, lat)[0]
    return tuple((float((c - start) / total), float(d)) for c, d in zip(grid.centre_km, dist, strict=True))


def _simulated_revisits(model: dict[str, Any], *, us: bool) -> dict[str, float]:
    """Each satellite sensor's revisit as the monitoring model simulates the passes of the plan's
    first group of it over the line's cells in its window (the band section's reading)."""
    from reassure.models.monitoring import class_detection

    catalogue = model["catalogue"]
    sats = [e for e in model["fleet"]
            if getattr(catalogue.get(e.type), "kind", "") == "satellite" and (us or not e.us_asset)]
    out: dict[str, float] = {}
    for row in class_detection(model["grid"], sats, catalogue, model["conditions"], (),
                               window_h=model["analysis"].window_h):
        out.setdefault(row["type"], float(row["revisit_h"]))
    return out


def class_id(fleet: Any) -> str:
    """A sensor class at its base: ``sensor@base`` (the sensor alone when it has no base)."""
    return f"{fleet.sensor}@{fleet.base}" if fleet.base else fleet.sensor


def build_input(scenario: Any, upstream: Any = None, *,
                us_backstop: bool = True) -> MonitoringBandInput:
    """The band capability's input for one side (without the US: US sensors left out)."""
    from reassure.geo import line_length_km
    from reassure.models.solve import MonitoringBandInput
    from reassure.theatres import load_theatre

    side = scenario if us_backstop else scenario.without_us()
    band = band_input(side, us=us_backstop)
    if band is None:
        return MonitoringBandInput(None)
    # the plan's own backstop decides whether its US sensors count (us_backstop.isr)
    fleet = tuple(class_id(f) for f in side.monitoring.fleets
                  if us_sensor_counts(f, scenario, us_backstop=us_backstop))
    trace_km = float(line_length_km(load_theatre(scenario.theatre).contact_line_lonlat))
    return MonitoringBandInput(band, fleet, trace_km)
