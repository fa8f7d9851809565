"""Checks at `validate` time of numbers a model would otherwise read as something else (review r6
H1, M1): they need the theatre, so they run after the theatre references are checked.

Kept apart from `_load.py` so the error wording there can change without touching these.
Each check reports through ``fail(loc, message, got)`` (one line: file, line, field, what to
give instead) or returns warning lines that `validate` and `assess` print.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["check_model_inputs", "line_compression_warning", "trace_km"]

Fail = Callable[[tuple[Any, ...], str, object], None]


def trace_km(theatre: Any) -> float:
    """Length of the theatre's traced contact line, km (what the cells of the line cover)."""
    from reassure.geo import line_length_km

    return float(line_length_km(theatre.contact_line_lonlat))


def line_compression_warning(scenario: Any, trace: float) -> str | None:
    """A line when ``monitoring.band.line_length`` is shorter than the traced line.

    The band length is the reported length of the WHOLE line: the trace is scaled to it (a
    longer reported length for the same front, as the shipped scenarios use it). A shorter
    value therefore compresses the whole front rather than cutting a sector, which is not what
    a reader writing "only the southern sector" means; say so where the number is read.
    """
    band = scenario.monitoring.band
    if band is None:
        return None
    length = band.line_length.to("km")
    if length.nominal >= trace:
        return None
    return (
        f"monitoring.band.line_length {length.nominal:.0f} km ({length.low:.0f}-{length.high:.0f} km) "
        f"is shorter than the traced contact line ({trace:.0f} km): the whole {trace:.0f} km front "
        f"is compressed to {length.nominal:.0f} km, not cut (incidents and orbits still span the "
        "whole front, each km shorter). line_length is the reported length of the WHOLE line; to "
        "watch one sector, keep it the whole line and give each fleet `start`/`end` km along the "
        "line from its south-west end"
    )


def check_model_inputs(scenario: Any, theatre: Any, fail: Fail) -> list[str]:
    """Refuse inputs a model cannot read as written; return warning lines for the rest."""
    warnings: list[str] = []
    trace = trace_km(theatre)
    band = scenario.monitoring.band
    # Fleets' start/end are km along the line the model uses: the band's nominal length when
    # [monitoring.band] is given (the trace is scaled to it), else the trace itself.
    if band is not None:
        line_km = band.line_length.to("km").nominal
        what = f"the line is {line_km:.0f} km (monitoring.band.line_length, nominal)"
    else:
        line_km = trace
        what = f"the traced contact line of theatre {theatre.name} is {trace:.0f} km"
    sizing = scenario.monitoring.sizing
    stretches: list[tuple[tuple[Any, ...], Any]] = [(("monitoring", "fleets", i), f) for i, f in enumerate(scenario.monitoring.fleets)]
    if sizing is not None:
        stretches += [(("monitoring", "sizing", "candidates", i), c)
                      for i, c in enumerate(sizing.candidates)]
    for loc, f in stretches:
        for end in ("start", "end"):
            q = getattr(f, end)
            if q is None:
                continue
            km = q.in_("km")
            # A fleet's own `end` at the line's end (to rounding) is the whole line; beyond it
            # the fleet would silently watch less (or, compressed, more) than its text says.
            if km > line_km * 1.0005:
                fail((*loc, end),
                     f"lies beyond the line's end ({what}); give a km within 0-{line_km:.0f} "
                     "or leave `end` out for the rest of the line", f"{km:g} km")
    warning = line_compression_warning(scenario, trace)
    if warning:
        warnings.append(warning)
    # r6 M1: a contributor the force model cannot size (neither an army nor an active figure
    # in the theatre's table; it needs one of them for the army share, whatever its status or
    # pledge) is refused here, with what to do, not at `assess`.
    table = {n.iso3: n for n in theatre.nations}
    for i, c in enumerate(scenario.contributors):
        row = table.get(c.nation)
        if row is not None and row.army_personnel is None and not row.active_personnel:
            fail(("contributors", i, "nation"),
                 f"has neither an army nor an active personnel figure in the {theatre.name} "
                 "nations table, so the force model cannot size it; leave it out of "
                 "[[contributors]] (its troops cannot be counted without a national figure)",
                 c.nation)
    return warnings
