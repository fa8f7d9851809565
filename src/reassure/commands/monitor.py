"""`reassure monitor`: how much of the line a fleet watches, how often, and what it takes.

Runs the monitoring capability (`reassure.run.capabilities.Monitoring`) and, with ``--size``,
the fleet sizing (`reassure.run.sizing`); prints tables, JSON or the cells as GeoJSON.
"""

from __future__ import annotations

import math
from typing import Annotated, Any

import typer

__all__ = ["command"]

FORMATS = ("table", "json", "geojson")
def _fmt(x: Any, digits: int = 2) -> str:
    if x is None:
        return "never"
    x = float(x)
    if math.isnan(x):
        return "n/a"
    if math.isinf(x):
        return "never"
    return f"{x:.{digits}f}"


def _print_tables(result: dict[str, Any], plan: Any, title: str) -> None:
    from rich.table import Table

    from reassure.present.output import console

    con = console()
    w, wo = result, result["without_us"]
    q = next(k for k in w["response_h"] if k.startswith("p"))
    t = Table(title=f"Monitoring: {title}", title_justify="left")
    t.add_column("figure")
    t.add_column("with US", justify="right")
    t.add_column("without US", justify="right")
    rows = [
        ("coverage (% of time, line-weighted)", "coverage_percent", None, 1),
        ("revisit mean (h)", "revisit_h", "mean", 2),
        ("revisit max (h)", "revisit_h", "max", 2),
        ("response mean (h)", "response_h", "mean", 2),
        (f"response {q} (h)", "response_h", q, 2),
        (f"line satisfied (%, revisit <= {w['settings']['target_revisit_h']:g} h)",
         "percent_satisfied", None, 1),
        ("pd per pass (mean)", "pd_per_pass", None, 2),
        ("airframes (aircraft and stations)", "airframes", None, 0),
    ]
    for label, key, sub, digits in rows:
        a = w[key][sub] if sub else w[key]
        b = wo[key][sub] if sub else wo[key]
        t.add_row(label, _fmt(a, digits), _fmt(b, digits))
    for i, point in enumerate(w["pd_by_duration"]):
        t.add_row(f"P(detect) event of {point['duration_h']:g} h", _fmt(point["pd"], 2),
                  _fmt(wo["pd_by_duration"][i]["pd"], 2))
    con.print(t)

    s = Table(title="By sector (with US / without US)", title_justify="left")
    for col in ("sector", "coverage %", "revisit max h", f"response {q} h", "satisfied %"):
        s.add_column(col, justify="left" if col == "sector" else "right")
    for a, b in zip(w["sectors"], wo["sectors"], strict=True):
        s.add_row(a["sector"],
                  f"{_fmt(a['coverage_percent'], 0)} / {_fmt(b['coverage_percent'], 0)}",
                  f"{_fmt(a['revisit_h']['max'])} / {_fmt(b['revisit_h']['max'])}",
                  f"{_fmt(a['response_h'][q])} / {_fmt(b['response_h'][q])}",
                  f"{_fmt(a['percent_satisfied'], 0)} / {_fmt(b['percent_satisfied'], 0)}")
    con.print(s)

    f = Table(title="Fleet (orbits: satellites for a constellation; lost and procure over "
              "the horizon)", title_justify="left")
    for col in ("group", "type", "base", "orbits", "airframes", "transit km", "on stn h",
                "lost", "procure", "US"):
        f.add_column(col, justify="left" if col in ("group", "type", "base") else "right")
    for r in w["fleet"]:
        air = r["kind"] == "patrol"
        f.add_row(r["id"], r["type"], r["base"], str(r["orbits"]), str(r["airframes"]),
                  _fmt(r["transit_km"], 0) if air else "",
                  _fmt(r["time_on_station_h"], 1) if air else "",
                  _fmt(r["attrition_over_horizon"], 0) if air else "",
                  str(r["airframes_to_procure"]), "yes" if r["us_asset"] else "")
    con.print(f)
    for note in w["notes"]:
        con.print(f"note: {note}")
    if plan is not None:
        p = Table(title=f"Smallest fleet for revisit <= {plan.target_revisit_h:g} h on "
                  f"{100 * plan.target_fraction:g}% of the line", title_justify="left")
        for col in ("type", "base", "orbits", "airframes"):
            p.add_column(col, justify="left" if col in ("type", "base") else "right")
        for g in plan.groups:
            p.add_row(g["type"], g["base"], str(g["orbits"]), str(g["airframes"]))
        p.add_row("total", "", str(sum(g["orbits"] for g in plan.groups)), str(plan.airframes))
        con.print(p)
        con.print(f"planned: {plan.planned_percent_satisfied:.1f}% of the line within the "
                  f"target (closed form, no jamming); sampled with jamming: "
                  f"{_fmt(result['sizing']['evaluated_percent_satisfied'], 1)}%")
    con.print(f"gap rule: {w['settings']['gap_rule']}, window {w['settings']['window_h']:g} h, "
              f"step {w['settings']['step_min']:g} min")


def command(
    scenario: Annotated[str, typer.Argument(help="shipped scenario name or TOML path")],
    format: Annotated[str, typer.Option("--format", help="table, json or geojson (cells)")] = "table",
    size: Annotated[bool, typer.Option(
        "--size", help="also find the fewest airframes that meet the target ([monitoring.sizing])"
    )] = False,
) -> None:
    """Coverage, revisit, response and detection along the line; the fleet it takes."""
    from reassure.present.output import check_format, print_json
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
    _print_tables(out, plan, s.title)
