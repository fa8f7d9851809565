"""Assessment section: the line as a band (`[monitoring.band]`): reported length, depth, sizing, detection."""

from __future__ import annotations

import math
from typing import Any

from reassure.run.results import Figure, SectionResult, Table, Value, Verdict, both_sides
from reassure.vocabulary import years_span, years_text

__all__ = ["BAND_NOT_SET", "LOST_A_YEAR", "SATELLITE_QUESTION", "horizon_words", "monitoring_band_section", "span"]

SATELLITE_QUESTION = ("Is a violation of the shortest duration considered more likely than not to be seen by the "
                      "plan's satellites?")
#: Why a plan is not asked `SATELLITE_QUESTION`: said beside its n/a in `compare`.
BAND_NOT_SET = "not asked: no [monitoring.band] in this plan (the band's event durations are not given)"

#: The band table's yearly losses: the class's attrition per orbit times the sized fleet's
#: orbits at the long-deep end (review: "Airframes lost a year 0.800" read as the catalogue's
#: per-orbit rate, 0.2, for a 4-orbit fleet).
LOST_A_YEAR = "Airframes lost a year by the whole sized fleet (all its long-deep orbits, not one orbit)"

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


def monitoring_band_section(scenario: Any, outcome: Any) -> SectionResult | None:
    """Size patrol classes for the band and report detection by event duration, with and without
    US sensors, from the band capability's outcome; None when there is no `[monitoring.band]`."""
    r, a = outcome.with_us.result, outcome.without_us.result
    inp, inp_alone = outcome.inputs.with_us, outcome.inputs.without_us
    if r is None or a is None:
        return None
    plan = inp.band
    trace_km = inp.trace_km
    shortest = min(plan.event_durations_h)
    key = f"{shortest:g}"
    fleet_ids = set(inp.fleet_ids)

    def best_satellite(res: Any, fleet: set[str]) -> float:
        ps = [c.p_detect[key] for c in res.classes if c.kind == "satellite" and c.id in fleet]
        return 100 * max(ps) if ps else 0.0

    alone_fleet = set(inp_alone.fleet_ids)
    from reassure.theatres import load_theatre

    # the trace's length rests on the theatre's contact-line sources, not on the sensors' (r8 5)
    theatre = load_theatre(scenario.theatre)
    line_refs = tuple(sorted({f"theatre:{s}" for p in theatre.contact_line for s in p.source})) or ("monitoring",)
    figures = [
        Figure("trace_km", "Length of the line in the theatre trace (stretched or compressed to the reported "
               "length for the monitoring figures), km", trace_km, trace_km, "km",
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
               "Chance the plan's best satellite sees an event of the shortest duration considered "
               "(% of such events)",
               best_satellite(r, fleet_ids), best_satellite(a, alone_fleet), "%", REFS, 2),
    ]
    # review s38 1: the fewest airframes are the monitoring section's sizing (that of `monitor
    # --size`, with the plan's jamming, the one without beside it); the band's closed form by
    # class is the table below, by geometry alone, and no longer a headline of its own (its 13
    # airframes over the longest line read as "13 drones suffice" beside `monitor --size`'s 11)
    verdicts = (Verdict(
        SATELLITE_QUESTION,
        best_satellite(r, fleet_ids) > 50, best_satellite(a, alone_fleet) > 50,
        # review s33: the chance itself, against the "more likely than not" it must exceed
        f"share of the events of the shortest duration considered ({shortest:g} h) the plan's best satellite sees: "
        + both_sides(scenario, f"{best_satellite(r, fleet_ids):.2f}%", f"{best_satellite(a, alone_fleet):.2f}%")
        + ", against more than 50% for more likely than not"
        + ("" if any(c.kind == "satellite" and c.id in fleet_ids for c in r.classes) else " (the plan has no satellite)")
        + "; P = per-pass detection x min(1, duration / revisit): a satellite revisiting daily or every 5-6 days "
        "sees a short event only if it passes during it; persistent monitoring rests on patrols and staring sensors",
        REFS),)
    durations = [f"{t:g}" for t in plan.event_durations_h]
    order = ("shortest", "second", "third", "fourth", "fifth", "sixth")
    rows: tuple[tuple[Value, ...], ...] = tuple(
        (c.id, c.kind, c.transit_km, span(c.lanes_low, c.lanes_high), span(c.orbits_low, c.orbits_high),
         span(c.airframes_low, c.airframes_high), c.lost_per_year_high, c.revisit_h,
         *(c.p_detect[d] for d in durations))
        for c in r.classes
    )
    table = Table(
        "band-classes", "Sensor classes over the band: lanes, orbits, airframes (short-shallow to long-deep, "
        "closed form by geometry alone: no jamming, the whole line; the fleet to plan on is the monitoring "
        "section's sizing), "
        # words, not the scenario path: the durations and their sources are in the footnote
        "losses a year, and the chance an event of each duration the plan considers is seen "
        "(shortest first)",
        ("class@base", "kind", "transit_km", "lanes", "orbits", "airframes", LOST_A_YEAR, "revisit_h",
         *(f"p_seen_{order[i] if i < len(order) else 'next'}" for i in range(len(durations)))), rows, REFS)
    return SectionResult("monitoring_band", "Monitoring the buffer zone as a band", verdicts, tuple(figures), (), (),
                         (table,), {"with_us": r.to_dict(), "without_us": a.to_dict(), "trace_km": trace_km})
