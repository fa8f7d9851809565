"""Assessment section: the line as a band (`[monitoring.band]`): reported length, depth, sizing, detection."""

from __future__ import annotations

import math
from typing import Any

from reassure.run.results import Figure, SectionResult, Table, Value, Verdict, both_sides
from reassure.vocabulary import years_span, years_text

__all__ = ["BAND_NOT_SET", "LOST_A_YEAR", "SATELLITE_QUESTION", "TRANSIT_ORBITS", "horizon_words",
           "monitoring_band_section", "satellite_detection", "span", "together"]

SATELLITE_QUESTION = ("Is a violation of the shortest duration considered more likely than not to be seen by the "
                      "plan's satellites?")
#: Why a plan is not asked `SATELLITE_QUESTION`: said beside its n/a in `compare`.
BAND_NOT_SET = "not asked: no [monitoring.band] in this plan (the band's event durations are not given)"

#: The band table's yearly losses: the class's attrition per orbit times the sized fleet's
#: orbits at the long-deep end (review: "Airframes lost a year 0.800" read as the catalogue's
#: per-orbit rate, 0.2, for a 4-orbit fleet).
LOST_A_YEAR = "Airframes lost a year by the whole sized fleet (all its long-deep orbits, not one orbit)"

#: The band table's transit (review s53 4): each orbit flies from its base to the middle of its own
#: stretch, as the fleet sizing measures it, so the band's airframes are the sizing's (europe-2025's
#: HALE class: 13 for its four orbits in both; one transit to the line's nearest point gave 12).
TRANSIT_ORBITS = "transit (km), base to the middle of each orbit's stretch (long-deep orbits, nearest to farthest)"

REFS = ("monitoring.band", "monitoring.target_revisit", "monitoring.sizing", "monitoring.fleets",
        "monitoring.night_fraction", "monitoring.cloud_fraction")



def span(low: float, high: float) -> str:
    """A low-high count as a table cell: ``10-13``, and one number when both ends agree (``1``,
    not ``1-1``).

    >>> span(10, 13), span(1, 1)
    ('10-13', '1')
    """
    return f"{low:,g}" if low == high else f"{low:,g}-{high:,g}"


def horizon_words(years: float, low: float, high: float) -> str:
    """The years losses are counted over, and which part of the plan's ``low``-``high`` year
    horizon they are (s32 review 3: `monitor` counts the plan's fleet over the horizon's middle,
    this section the sized fleet over its long end, and neither label said so).

    >>> horizon_words(25, 20, 30)
    "25 years, the middle of the plan's 20-30 year horizon"
    >>> horizon_words(30, 20, 30)
    "30 years, the long end of the plan's 20-30 year horizon"
    >>> horizon_words(10, 10, 10)
    "10 years, the plan's horizon"

    A horizon under a year in months, as an analyst writes it (review s38 3: "0.333333 years"):

    >>> horizon_words(1 / 3, 1 / 3, 1 / 3), horizon_words(5 / 12, 1 / 3, 0.5)
    ("4 months, the plan's horizon", "5 months, the middle of the plan's 4-6 month horizon")
    >>> horizon_words(1.5, 0.5, 2.5)
    "1.5 years, the middle of the plan's horizon of 6 months to 2.5 years"
    """
    if low == high:
        return f"{years_text(years)}, the plan's horizon"
    part = ("the long end" if math.isclose(years, high) else "the short end" if math.isclose(years, low)
            else "the middle" if math.isclose(years, (low + high) / 2) else "a point")
    whole = years_span(low, high)  # "20-30 years", "4-6 months" or "6 months to 2.5 years"
    horizon = f"horizon of {whole}" if " to " in whole else f"{whole.removesuffix('s')} horizon"
    return f"{years_text(years)}, {part} of the plan's {horizon}"


def together(chances: list[float]) -> float:
    """The chance at least one of independent sensor groups sees an event, each with its chance.

    >>> round(together([0.002, 0.001]), 6), together([])
    (0.002998, 0.0)
    """
    miss = 1.0
    for p in chances:
        miss *= 1.0 - p
    return 1.0 - miss


def satellite_detection(scenario: Any, durations_h: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The plan's satellite groups' chance of seeing an event of each of ``durations_h``, with and
    without the US backstop: `models.monitoring.class_detection` over the monitoring model's own
    cells and window, so each group's revisit is the mean gap between the passes it simulates at
    the line's latitude (review s53 2). US groups count as in the monitoring model
    (``us_backstop.isr``; never without the backstop)."""
    from reassure.bridge.monitoring import monitoring_inputs
    from reassure.models.monitoring import class_detection

    inp = monitoring_inputs(scenario)
    catalogue = inp["catalogue"]
    sats = [e for e in inp["fleet"] if getattr(catalogue.get(e.type), "kind", "") == "satellite"]

    def rows(fleet: list[Any]) -> list[dict[str, Any]]:
        return list(class_detection(inp["grid"], fleet, catalogue, inp["conditions"], tuple(durations_h),
                                    window_h=inp["analysis"].window_h))

    return rows(sats), rows([e for e in sats if not e.us_asset])


def monitoring_band_section(scenario: Any, outcome: Any) -> SectionResult | None:
    """Size patrol classes for the band and report detection by event duration, with and without
    US sensors, from the band capability's outcome; None when there is no `[monitoring.band]`."""
    r, a = outcome.with_us.result, outcome.without_us.result
    inp = outcome.inputs.with_us
    if r is None or a is None:
        return None
    plan = inp.band
    trace_km = inp.trace_km
    shortest = min(plan.event_durations_h)
    first = list(plan.event_durations_h).index(shortest)

    # review s53 2: the satellites' chance from the passes the monitoring model simulates at the
    # line's latitude (`class_detection` with the window), as `monitor` gives it, not the band
    # model's published revisit at the equator (0.07% here against 0.3% there for Sentinel alone)
    sats = satellite_detection(scenario, plan.event_durations_h)

    def satellites_see(side: int) -> float:
        return 100 * together([row["p_detect"][first]["p"] for row in sats[side]])

    has_satellite = bool(sats[0])
    from reassure.theatres import load_theatre

    # the trace's length rests on the theatre's contact-line sources, not on the sensors' (r8 5)
    theatre = load_theatre(scenario.theatre)
    line_refs = tuple(sorted({f"theatre:{s}" for p in theatre.contact_line for s in p.source})) or ("monitoring",)
    figures = [
        Figure("trace_km", "Length of the line in the theatre trace, its hops along the state border included "
               "(stretched or compressed to the reported length for the monitoring figures), km", trace_km, trace_km, "km",
               line_refs),
        Figure("reported_km_low", "Reported length of the line to watch, low, km", r.line_km_low, r.line_km_low,
               "km", ("monitoring.band.line_length",)),
        Figure("reported_km_high", "Reported length of the line to watch, high, km", r.line_km_high,
               r.line_km_high, "km", ("monitoring.band.line_length",)),
        Figure("depth_km_high", "Depth of the band watched (deep end), km", r.depth_km_high, r.depth_km_high,
               "km", ("monitoring.band.depth",)),
        Figure("p_satellite_shortest_event_pct",
               # No digits in labels: every number of the report is a footnoted figure; the
               # durations are in the footnote (monitoring.band.event_durations).
               "Chance the plan's satellites together see an event of the shortest duration considered "
               "(each group's passes as simulated at the line's latitude; % of such events)",
               satellites_see(0), satellites_see(1), "%", REFS, 2),
    ]
    # review s38 1: the fewest airframes are the monitoring section's sizing (that of `monitor
    # --size`, with the plan's jamming, the one without beside it); the band's closed form by
    # class is the table below, by geometry alone, and no longer a headline of its own (its 13
    # airframes over the longest line read as "13 drones suffice" beside `monitor --size`'s 11)
    verdicts = (Verdict(
        SATELLITE_QUESTION,
        satellites_see(0) > 50, satellites_see(1) > 50,
        # review s33: the chance itself, against the "more likely than not" it must exceed
        f"share of the events of the shortest duration considered ({shortest:g} h) the plan's satellites together "
        "see: " + both_sides(scenario, f"{satellites_see(0):.2f}%", f"{satellites_see(1):.2f}%")
        + ", against more than 50% for more likely than not"
        + ("" if has_satellite else " (the plan has no satellite)")
        + "; each satellite group's P = per-pass detection x min(1, duration / revisit), its revisit the mean gap "
        "between its passes as simulated over the line's cells at their latitude (as the monitoring section's "
        "detection figures; the published revisits, at the equator, are longer), the groups independent: a "
        "satellite revisiting daily or every few days sees a short event only if it passes during it; persistent "
        "monitoring rests on patrols and staring sensors",
        REFS),)
    durations = [f"{t:g}" for t in plan.event_durations_h]
    order = ("shortest", "second", "third", "fourth", "fifth", "sixth")

    def transit(c: Any) -> Value:
        # review s53 4: each orbit's own transit, the long-deep orbits' nearest to farthest
        d = c.orbit_transits_km_high
        if not d:
            return c.transit_km
        low, high = f"{min(d):,.0f}", f"{max(d):,.0f}"  # a cell's text: the figures stay unrounded
        return low if low == high else f"{low}-{high}"

    # a satellite class's revisit and chances are those the monitoring model simulates for its passes
    # (review s53 2): the bridge gives the band model that revisit, so this table and results.json agree
    rows: tuple[tuple[Value, ...], ...] = tuple(
        (c.id, c.kind, transit(c), span(c.lanes_low, c.lanes_high), span(c.orbits_low, c.orbits_high),
         span(c.airframes_low, c.airframes_high), c.lost_per_year_high, c.revisit_h,
         *(c.p_detect[d] for d in durations))
        for c in r.classes
    )
    table = Table(
        "band-classes", "Sensor classes over the band: lanes, orbits, airframes (short-shallow to long-deep, "
        "closed form by geometry alone: no jamming, the whole line split into the orbits' equal stretches, each "
        "orbit flying from its base to the middle of its own stretch as the monitoring section's sizing measures "
        "it; the fleet to plan on is that sizing, which also allows for jamming), "
        # words, not the scenario path: the durations and their sources are in the footnote
        "losses a year, and the chance an event of each duration the plan considers is seen "
        "(shortest first; a satellite's from its passes simulated at the line's latitude)",
        ("class@base", "kind", TRANSIT_ORBITS, "lanes", "orbits", "airframes", LOST_A_YEAR, "revisit_h",
         *(f"p_seen_{order[i] if i < len(order) else 'next'}" for i in range(len(durations)))), rows, REFS)
    return SectionResult("monitoring_band", "Monitoring the buffer zone as a band", verdicts, tuple(figures), (), (),
                         (table,), {"with_us": r.to_dict(), "without_us": a.to_dict(), "trace_km": trace_km})
