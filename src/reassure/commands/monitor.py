"""`reassure monitor`: how much of the line a fleet watches, how often, and what it takes.

Runs the monitoring capability (`reassure.run.capabilities.Monitoring`) and, with ``--size``,
the fleet sizing (`reassure.run.sizing`); prints tables, JSON or the cells as GeoJSON.
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
    from reassure.present.tables import print_monitor
    from reassure.run.capabilities import assessment
    from reassure.run.pipeline import run_capability
    from reassure.run.section_monitoring import cells_geojson
    from reassure.spec import load_scenario

    check_format(format, FORMATS)
    s = load_scenario(scenario)
    outcome = run_capability("monitoring", s)
    result = assessment(outcome)
    if format == "geojson":
        print_json(cells_geojson(result, outcome.inputs.with_us.grid))
        return
    sizing = None
    if size:
        from reassure.run.sizing import size_monitoring

        sizing = size_monitoring(s, outcome.inputs.with_us)
        if sizing is None:
            from reassure.errors import ReassureError

            raise ReassureError(f"--size needs a [monitoring.sizing] table in {s.name}")
    out = {"scenario": s.name, **result.to_dict()}
    plan = None
    if sizing is not None:
        plan, out["sizing"] = sizing
    if format == "json":
        print_json(out)
        return
    from reassure.run.results import plan_label

    years = s.horizon.to("year")
    print_monitor(out, plan, s.title, plan_label(s), horizon=(years.low, years.high))
