"""`reassure respond SCENARIO`: how fast ground, helicopter and air responses reach each site,
the line and every point of Ukraine, with and without US assets; GeoJSON for maps."""

from __future__ import annotations

from typing import Annotated, Any

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
    from reassure.spec import load_scenario

    check_format(format, FORMATS)
    if not 5.0 <= grid_km <= 500.0:
        raise ReassureError(f"--grid-km must lie between 5 and 500 km (got {grid_km:g})")
    from reassure.run.respond import respond_report

    report, layers = respond_report(load_scenario(scenario), grid_km=grid_km)
    if format == "json":
        print_json(report)
    elif format == "geojson":
        print_json(layers)
    else:
        _print_table(report)


def _print_table(r: dict[str, Any]) -> None:
    from rich.table import Table

    from reassure.present.output import console
    from reassure.present.output import hours_text as _h

    out = console()
    out.print(f"[bold]{r['scenario']}[/bold]: {len(r['garrisons'])} garrisons, "
              f"{sum(1 for u in r['units'] if u['mode'] == 'air')} fighter bases "
              f"({sum(1 for u in r['without_us']['units'] if u['mode'] == 'air')} without US)")
    t = Table(title="Fastest response to each site (h)", title_justify="left")
    for col in ("site", "ground", "heli", "air", "fastest", "fastest without US"):
        t.add_column(col)
    alone = {x["site"]: x for x in r["without_us"]["site_response_h"]}
    for row in r["site_response_h"]:
        t.add_row(row["site"], _h(row["ground"]), _h(row["heli"]), _h(row["air"]),
                  _h(row["fastest"]), _h(alone[row["site"]]["fastest"]))
    out.print(t)
    g = Table(title=f"Share of Ukraine ({r['grid']['cells']} cells of {r['grid_km']:g} km) and of "
              f"the line ({r['line']['cells']} cells) reached within 1 h / 3 h", title_justify="left")
    for col in ("mode", "Ukraine 1 h", "Ukraine 3 h", "line 1 h", "line 3 h", "line 1 h without US"):
        g.add_column(col)
    for m in ("ground", "heli", "air", "fastest"):
        g.add_row(m, f"{r['grid'][m]['within_percent']['1h']:.0f} %",
                  f"{r['grid'][m]['within_percent']['3h']:.0f} %",
                  f"{r['line'][m]['within_percent']['1h']:.0f} %",
                  f"{r['line'][m]['within_percent']['3h']:.0f} %",
                  f"{r['without_us']['line'][m]['within_percent']['1h']:.0f} %")
    out.print(g)
    for s in r["skyshield"]:
        out.print(f"{s['type']} at {s['base']} ({s['country']}{', US' if s['us'] else ''}): combat "
                  f"radius {s['combat_radius_km']:,.0f} km reaches {len(s['sites_within'])} of "
                  f"{len(s['sites_within']) + len(s['sites_beyond'])} sites"
                  + (f"; not: {', '.join(s['sites_beyond'])}" if s["sites_beyond"] else ""))
