"""`reassure posture SCENARIO`: garrisons, protected sites, response times and build-up.

Runs the posture and response capabilities (`reassure.run.capabilities`) and prints a table or
JSON (`reassure.run.capabilities.posture_report`).
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

__all__ = ["command"]

FormatOption = Annotated[str, typer.Option("--format", help="table or json")]


def command(
    scenario: Annotated[str, typer.Argument(help="shipped scenario name or TOML path")],
    format: FormatOption = "table",
) -> None:
    """Garrisons that best protect the sites beyond the standoff, response times, build-up."""
    from reassure.present.output import check_format, print_json
    from reassure.run.capabilities import posture_report, registry
    from reassure.run.pipeline import run_capabilities
    from reassure.spec import load_scenario

    check_format(format)
    done = run_capabilities(load_scenario(scenario), registry(detail="sites"), ["response"])
    report = posture_report(done["posture"], done["response"])
    if format == "json":
        print_json(report)
        return
    _print_table(report)


def _print_table(r: dict[str, Any]) -> None:
    from rich.table import Table

    from reassure.present.output import console
    from reassure.present.output import hours_text as _h

    out = console()
    out.print(f"[bold]{r['scenario']}[/bold]: {r['n_garrisons']} garrisons "
              f"({r['n_garrisons_rule']}), standoff {r['standoff_km']:g} km, cover radius "
              f"{r['cover_radius_road_km']:g} road km (detour x{r['detour_factor']:g})")
    out.print(f"covered weight: [bold]{r['covered_weight_percent']:.1f} %[/bold]; uncovered: "
              f"{', '.join(r['uncovered_sites']) or 'none'}")
    g = Table(title="Garrisons", title_justify="left")
    for col in ("garrison", "lat", "lon", "covers"):
        g.add_column(col)
    for row in r["garrisons"]:
        g.add_row(row["name"], f"{row['lat']:.2f}", f"{row['lon']:.2f}", ", ".join(row["covers"]))
    out.print(g)
    t = Table(title="Response to protected sites (with US / without US)", title_justify="left")
    for col in ("site", "ground", "heli", "air", "air without US"):
        t.add_column(col)
    alone = {x["site"]: x for x in r["without_us"]["site_response_h"]}
    for row in r["site_response_h"]:
        t.add_row(row["site"], _h(row["ground"]), _h(row["heli"]), _h(row["air"]),
                  _h(alone[row["site"]]["air"]))
    out.print(t)
    close = ", ".join(f"{c['troops']:,.0f} troops by day {c['day'] if c['day'] else '>horizon'}"
                      for c in r["buildup_close"])
    out.print(f"build-up: {close}")
    days = {1, 3, 7, 14, 30}
    out.print("troops in theatre: " + ", ".join(
        f"D{b['day']} {b['troops']:,.0f}" for b in r["buildup"] if b["day"] in days))
    for note in r["notes"]:
        out.print(f"- {note}")
