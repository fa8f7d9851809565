"""`reassure monitor`: how much of the line a fleet watches, how often, and what it takes.

Runs the monitoring capability (`reassure.run.capabilities.Monitoring`) and, with ``--size``,
the fleet sizing the report gives too (`reassure.run.section_monitoring.sizing_sides`: for the
plan's jamming, and by geometry alone beside it); prints tables, JSON or the cells as GeoJSON, the
figures with the monitoring section's labels and rounding (review s38 1 and 3).
"""

from __future__ import annotations

from typing import Annotated

import typer

__all__ = ["command"]

FORMATS = ("table", "json", "geojson")
def command(
    scenario: Annotated[str, typer.Argument(help="shipped scenario name or TOML path")],
    format: Annotated[str, typer.Option("--format", help="table, json or geojson (cells)")] = "table",
    size: Annotated[bool, typer.Option(
        "--size", help="also find the fewest airframes that meet the target ([monitoring.sizing])"
    )] = False,
) -> None:
    """Coverage, revisit, response and detection along the line; the fleet it takes."""
    from reassure.present.output import check_format, print_json
    from reassure.present.scenarios import load_plan
    from reassure.present.tables import print_monitor
    from reassure.run.capabilities import assessment
    from reassure.run.pipeline import run_capability
    from reassure.run.section_monitoring import (
        cells_geojson,
        jamming_note,
        line_figures,
        sizing_figures,
        sizing_sides,
        sizing_table,
    )

    check_format(format, FORMATS)
    s = load_plan(scenario)
    outcome = run_capability("monitoring", s)
    result = assessment(outcome)
    if format == "geojson":
        print_json(cells_geojson(result, outcome.inputs.with_us.grid))
        return
    sized = None
    if size:
        sized = sizing_sides(s)
        if sized is None:
            from reassure.errors import ReassureError

            raise ReassureError(f"--size needs a [monitoring.sizing] table in {s.name}")
    out = {"scenario": s.name, **result.to_dict()}
    if sized is not None:
        out["sizing"] = sized[0].to_dict()
        out["without_us"]["sizing"] = sized[1].to_dict()
    if format == "json":
        print_json(out)
        return
    from reassure.run.results import plan_label

    years = s.horizon.to("year")
    d = result.to_dict()
    print_monitor(out, s.title, plan_label(s), horizon=(years.low, years.high), figures=line_figures(s, d),
                  sizing=None if sized is None else (sizing_figures(s, sized), sizing_table(sized[0])),
                  # review s53 6: US fleets the plan does not count are said, not silently absent
                  left_out=tuple(f.id or f.sensor for f in s.monitoring.fleets
                                 if f.us_asset and not s.us_backstop.isr),
                  notes=tuple(n for n in (jamming_note(s, d),) if n is not None))
