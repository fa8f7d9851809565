"""`reassure respond SCENARIO`: how fast ground, helicopter and air responses reach each site,
the line and every point of Ukraine, with and without US assets; GeoJSON for maps."""

from __future__ import annotations

from typing import Annotated

import typer

__all__ = ["command"]

FORMATS = ("table", "json", "geojson")


def command(
    scenario: Annotated[str, typer.Argument(help="shipped scenario name or TOML path")],
    format: Annotated[str, typer.Option("--format", help="table, json or geojson")] = "table",
    grid_km: Annotated[float, typer.Option("--grid-km", help="grid spacing over Ukraine, km")] = 50.0,
) -> None:
    """Response times by mode to every site, the contact line and a grid over Ukraine."""
    from reassure.errors import ReassureError
    from reassure.present.output import check_format, print_json
    from reassure.present.scenarios import load_plan
    from reassure.present.tables import print_respond

    check_format(format, FORMATS)
    if not 5.0 <= grid_km <= 500.0:
        raise ReassureError(f"--grid-km must lie between 5 and 500 km (got {grid_km:g})")
    from reassure.run.respond import respond_report

    loaded = load_plan(scenario)
    report, layers = respond_report(loaded, grid_km=grid_km)
    if format == "json":
        print_json(report)
    elif format == "geojson":
        print_json(layers)
    else:
        # a plan with no US enabler is "as planned", never "with US" (s13 review 10)
        print_respond(report, "with US" if loaded.us_backstop.any else "as planned")
