"""`reassure force SCENARIO`: who provides the force, can it be kept up, and what it costs.

Runs the force capability (`reassure.run.capabilities.Force`: bridge, model, with and without
the US backstop) and prints a table or JSON. Heavy imports happen inside the functions, so
`reassure --help` stays fast.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

__all__ = ["command"]


def _eur(v: float) -> str:
    return f"EUR {v / 1e9:,.2f}bn" if abs(v) >= 1e8 else f"EUR {v / 1e6:,.0f}m"


def _print_table(report: dict[str, Any]) -> None:
    from rich.table import Table

    from reassure.present.output import console

    con = console()
    # The tables have ten columns: give them room even when stdout is not a terminal.
    con.width = max(con.width, 120)
    wus, nus = report, report["without_us"]
    con.print(
        f"[bold]reassure force {report['scenario']}[/bold]: target {wus['target_troops']:,} "
        f"deployed troops"
    )
    con.print(f"  {wus['verdict']}")
    con.print(f"  {nus['verdict']}")
    if "target_low" in report:
        lo = report["target_low"]
        con.print(
            f"  low end of the target ({lo['target_troops']:,}): deployed {lo['deployed_total']:,}, "
            f"P(met) {lo['p_target_met']:.0%} with the US, "
            f"{lo['without_us']['deployed_total']:,} and {lo['without_us']['p_target_met']:.0%} without"
        )

    nations = Table(
        title="Contributors (plan: every nation that may take part joins)", title_justify="left"
    )
    for col in (
        "nation",
        "status",
        "P(join)",
        "cap",
        "deployed",
        "pool",
        "share of army",
        "limit",
        "no US",
        "cost/yr",
    ):
        nations.add_column(col, justify="left" if col in ("nation", "status", "limit") else "right")
    nus_by = {n["nation"]: n for n in nus["nations"]}
    for n in wus["nations"]:
        nations.add_row(
            n["nation"],
            n["status"].replace("_", "-"),
            f"{n['p_join']:.0%}",
            f"{n['cap_troops']:,}",
            f"{n['deployed']:,}",
            f"{n['pool']:,.0f}",
            f"{n['share_of_army']:.1%} / {n['sustainable_share']:.0%}",
            n["limited_by"] or "",
            f"{nus_by[n['nation']]['deployed']:,}",
            _eur(n["cost_eur_per_year"]["low"]) if n["deployed"] else "",
        )
    nations.add_row(
        "total",
        "",
        "",
        "",
        f"{wus['deployed_total']:,}",
        f"{wus['pool_total']:,.0f}",
        "",
        "",
        f"{nus['deployed_total']:,}",
        "",
    )
    con.print(nations)

    roles = Table(title="Roles", title_justify="left")
    for col in ("role", "target", "deployed", "short", "short without US"):
        roles.add_column(col, justify="left" if col == "role" else "right")
    for role, target in wus["role_targets"].items():
        roles.add_row(
            role,
            f"{target:,}",
            f"{wus['deployed_by_role'][role]:,}",
            f"{wus['shortfall_by_role'][role]:,}",
            f"{nus['shortfall_by_role'][role]:,}",
        )
    con.print(roles)

    con.print(
        f"Units per deployed: {wus['units_per_deployed']:.2f}; rotation pool "
        f"{wus['pool_total']:,.0f}; capacity within the stated limits "
        f"{wus['capacity_troops']:,} ({nus['capacity_troops']:,} without the US)"
    )
    con.print("[bold]Binding limits[/bold] (largest shadow price first)")
    binding = sorted(wus["binding"], key=lambda b: -abs(b["shadow_price"] or 0.0))
    for b in binding[:8] or [{"text": "none"}]:
        con.print(f"  - {b['text']}")
    if len(binding) > 8:
        con.print(f"  ... and {len(binding) - 8} more (--format json lists them all)")
    if wus["relaxations"]:
        con.print("[bold]Smallest relaxations that close the gap[/bold]")
        for r in wus["relaxations"][:6]:
            con.print(f"  - {r['text']}")
    p, q = wus["participation"], nus["participation"]
    con.print(
        f"[bold]Politics[/bold] ({p['draws']:,} draws, seed {p['seed']}): P(target met) "
        f"{p['p_target_met']:.1%} ({p['p_target_met_at_start']:.1%} at the ceasefire, before "
        f"delayed nations arrive); without the US {q['p_target_met']:.1%}. Strength 5-50-95 %: "
        f"{p['strength_quantiles']['p05']:,.0f} / {p['strength_quantiles']['p50']:,.0f} / "
        f"{p['strength_quantiles']['p95']:,.0f}"
    )
    if wus["enablers"]:
        en = Table(title="Enablers (share of need)", title_justify="left")
        for col in ("enabler", "Europe", "US", "gap", "gap without US"):
            en.add_column(col, justify="left" if col == "enabler" else "right")
        nus_en = {e["name"]: e for e in nus["enablers"]}
        for e in wus["enablers"]:
            en.add_row(
                e["name"],
                f"{e['europe']:.0%}",
                f"{e['us']:.0%}",
                f"{e['gap']:.0%}",
                f"{nus_en[e['name']]['gap']:.0%}",
            )
        con.print(en)
    c, h = wus["cost_per_year"], wus["cost_over_horizon"]
    yrs = wus["horizon_years"]
    ppl = wus["cumulative_individuals"]
    con.print(
        f"[bold]Cost[/bold]: {_eur(c['low'])}-{_eur(c['high'])} a year; "
        f"{_eur(h['low'])}-{_eur(h['high'])} over {yrs['low']:g}-{yrs['high']:g} years "
        f"({_eur(nus['cost_per_year']['low'])}-{_eur(nus['cost_per_year']['high'])} a year "
        f"without the US). People who serve over the horizon: {ppl['low']:,}-{ppl['high']:,}"
    )
    for text in wus["conflicts"]:
        con.print(f"[bold]conflict[/bold]: {text}")
    for text in wus["notes"] + report["defaults_used"]:
        con.print(f"note: {text}")


def command(
    scenario: Annotated[str, typer.Argument(help="scenario name (e.g. europe-2025) or file")],
    format: Annotated[str, typer.Option("--format", help="table or json")] = "table",
) -> None:
    """Who provides the force, whether it can be kept up, and what it costs (with/without US)."""
    from reassure.present.output import check_format, print_json
    from reassure.run.pipeline import run_capability
    from reassure.spec import load_scenario

    check_format(format)
    report = run_capability("force", load_scenario(scenario)).to_dict()
    if format == "json":
        print_json(report)
    else:
        _print_table(report)
