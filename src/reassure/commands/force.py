"""`reassure force SCENARIO`: who provides the force, can it be kept up, and what it costs.

Converts the scenario's `[force]` and `[[contributors]]` (plus the theatre's nations table and
the shipped defaults in ``reassure/data/roles.toml`` and ``costs.toml``) into plain numbers for
:mod:`reassure.models.forcegen`, runs it with and without the US backstop, and prints a table or
JSON. Heavy imports (numpy, scipy) happen inside the functions, so `reassure --help` stays fast.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from reassure.models.forcegen import ForceAssessment, ForceProblem
    from reassure.spec import Quantity, Scenario

__all__ = ["build_force_problem", "command", "force_defaults", "force_report"]

#: Monte Carlo draws over who takes part (the benchmark shows 10,000 take well under a second).
DRAWS = 10_000


@lru_cache(maxsize=1)
def force_defaults() -> dict[str, Any]:
    """The shipped, sourced defaults: ``sustainable_share``, ``min_contribution``,
    ``cost_per_troop_year`` (each a ``Quantity``), ``nation_costs`` ({iso3: Quantity}),
    ``status_p_join`` and ``status_delay`` ({status: Quantity}) and ``sources`` ({id: table})
    from ``data/roles.toml``, ``data/costs.toml`` and ``data/participation.toml``."""
    import tomllib
    from importlib import resources

    from reassure.spec import Quantity

    data = resources.files("reassure") / "data"
    roles = tomllib.loads((data / "roles.toml").read_text(encoding="utf-8"))
    costs = tomllib.loads((data / "costs.toml").read_text(encoding="utf-8"))
    participation = tomllib.loads((data / "participation.toml").read_text(encoding="utf-8"))
    d = roles["defaults"]
    return {
        "status_p_join": {row["id"]: Quantity.model_validate(row["p_join"])
                          for row in participation["statuses"]},
        "status_delay": {row["id"]: Quantity.model_validate(row["delay"])
                         for row in participation["statuses"]},
        "sustainable_share": Quantity.model_validate(d["sustainable_share"]),
        "min_contribution": Quantity.model_validate(d["min_contribution"]),
        "cost_per_troop_year": Quantity.model_validate(costs["default"]["cost_per_troop_year"]),
        "nation_costs": {
            row["nation"]: Quantity.model_validate(row["cost_per_troop_year"])
            for row in costs.get("nations", [])
        },
        "sources": {s["id"]: s for s in
                    roles["sources"] + costs["sources"] + participation["sources"]},
    }


def _months(q: Quantity | None) -> float | None:
    return None if q is None else q.in_("month")


def build_force_problem(
    scenario: Scenario, *, target_troops: float | None = None
) -> tuple[ForceProblem, list[str]]:
    """The scenario as a :class:`~reassure.models.forcegen.ForceProblem`, and what defaults it used.

    Parameters
    ----------
    scenario : Scenario
        A loaded scenario.
    target_troops : float, optional
        Target to plan for; default the high end of ``force.target_troops`` (the full ask).

    Returns
    -------
    (ForceProblem, list of str)
        The problem, and one line per shipped default used (with its provenance).
    """
    from reassure.models.forcegen import EnablerNeed, ForceProblem, NationForce
    from reassure.theatres import load_theatre

    defaults = force_defaults()
    force = scenario.force
    used: list[str] = []

    def pick(own: Quantity | None, name: str) -> Quantity:
        if own is not None:
            return own
        q = defaults[name]
        why = q.assumption or q.note or ""
        used.append(f"{name} = {q.text()} (shipped default; {', '.join(q.source)}: {why})")
        return q

    share = pick(force.sustainable_share, "sustainable_share")
    minimum = pick(force.min_contribution, "min_contribution")
    cost = pick(force.cost_per_troop_year, "cost_per_troop_year")
    nation_costs = defaults["nation_costs"]

    theatre = load_theatre(scenario.theatre)
    table = {n.iso3: n for n in theatre.nations}
    nations: list[NationForce] = []
    for c in scenario.contributors:
        row = table[c.nation]  # the loader has checked the code against the theatre
        # Status drives participation unless the scenario says otherwise.
        p_join = c.p_join
        if p_join is None and c.status != "willing":
            p_join = defaults["status_p_join"][c.status]
            if c.status != "ruled-out":
                used.append(f"{c.nation} p_join = {p_join.text()} (status {c.status}, "
                            f"data/participation.toml: {p_join.assumption or p_join.note or ''})")
        delay = c.delay
        if delay is None and c.status not in ("willing", "ruled-out"):
            delay = defaults["status_delay"][c.status]
            if delay.nominal > 0:
                used.append(f"{c.nation} delay = {delay.text()} (status {c.status}, "
                            f"data/participation.toml: {delay.assumption or delay.note or ''})")
        own_cost = c.cost_per_troop_year or nation_costs.get(c.nation)
        caps = {} if c.role_caps is None else {r: q.high for r, q in c.role_caps.caps().items()}
        nations.append(
            NationForce(
                iso3=c.nation,
                name=row.name,
                army_personnel=None if row.army_personnel is None else float(row.army_personnel),
                active_personnel=(
                    None if row.active_personnel is None else float(row.active_personnel)
                ),
                status=c.status,
                p_join=None if p_join is None else p_join.nominal,
                delay_months=_months(delay) or 0.0,
                # A pledge is a ceiling ("up to ..."), so its high end is the cap.
                pledge_troops=None if c.pledge_troops is None else c.pledge_troops.high,
                sustainable_share=None
                if c.sustainable_share is None
                else c.sustainable_share.nominal,
                sustainable_troops=None
                if c.sustainable_troops is None
                else c.sustainable_troops.nominal,
                standing_troops=0.0
                if c.standing_commitments is None
                else c.standing_commitments.nominal,
                tour_months=_months(c.tour),
                interval_months=_months(c.interval),
                requires_us_backstop=c.requires_us_backstop,
                cost_eur_per_troop_year_low=None if own_cost is None else own_cost.low,
                cost_eur_per_troop_year_high=None if own_cost is None else own_cost.high,
                role_caps_troops=caps,
            )
        )

    fallback = [c.nation for c in scenario.contributors
                if c.status != "ruled-out" and c.sustainable_share is None
                and c.sustainable_troops is None and c.pledge_troops is None]
    if fallback:
        used.append(f"common sustainable share {share.text()} caps {', '.join(fallback)}: no "
                    "national plan, offer or share given (a stated fallback, not national data)")
    used.extend(f"{w}" for w in getattr(scenario, "load_warnings", ()))

    backstop = scenario.us_backstop
    enablers = []
    if force.enablers is not None:
        for name, need in force.enablers.needs().items():
            enablers.append(
                EnablerNeed(
                    name=name,
                    unit="share of need",
                    required_units=1.0,
                    europe_units=need.europe_share.nominal,
                    us_units=1.0 if getattr(backstop, name, False) else 0.0,
                )
            )
    horizon = scenario.horizon.to("year")
    problem = ForceProblem(
        nations=tuple(nations),
        target_troops=force.target_troops.high if target_troops is None else target_troops,
        role_mix={r: q.nominal for r, q in force.role_mix.shares().items()},
        tour_months=force.tour.in_("month"),
        interval_months=force.interval.in_("month"),
        default_sustainable_share=share.nominal,
        cost_eur_per_troop_year_low=cost.low,
        cost_eur_per_troop_year_high=cost.high,
        horizon_years=horizon.low,
        horizon_years_high=horizon.high,
        min_contribution_troops=minimum.nominal,
        max_tours_per_individual=None if force.max_tours is None else int(force.max_tours.nominal),
        enablers=tuple(enablers),
        participation_correlation=(
            0.0
            if force.participation_correlation is None
            else force.participation_correlation.nominal
        ),
        us_backstop_available=backstop.any,
    )
    return problem, used


def _summary(result: Any) -> dict[str, Any]:
    return {
        "target_troops": result.target_troops,
        "deployed_total": result.deployed_total,
        "target_met": result.target_met,
        "shortfall_total": result.shortfall_total,
        "p_target_met": round(result.p_target_met, 6),
        "cost_per_year": {
            "low": round(result.cost_eur_per_year_low),
            "high": round(result.cost_eur_per_year_high),
            "unit": "EUR/year",
        },
        "verdict": result.verdict,
        "relaxations": [r.text for r in result.relaxations],
    }


def force_report(scenario: Scenario, *, draws: int = DRAWS) -> dict[str, Any]:
    """Everything `reassure force` shows, as JSON-ready data.

    The top level is the plan for the high end of the target (the full ask) with the US backstop
    the scenario has; ``without_us`` is the same without it; ``target_low`` summarises the low end
    of a target range (with and without the US).
    """
    from reassure.models.forcegen import assess_force

    problem, used = build_force_problem(scenario)
    assessment: ForceAssessment = assess_force(problem, draws=draws, seed=scenario.seed)
    out: dict[str, Any] = {"scenario": scenario.name}
    out.update(assessment.to_dict())
    target = scenario.force.target_troops
    if target.is_range:
        low_problem, _ = build_force_problem(scenario, target_troops=target.low)
        low = assess_force(low_problem, draws=draws, seed=scenario.seed)
        out["target_low"] = _summary(low.with_us) | {"without_us": _summary(low.without_us)}
    out["defaults_used"] = used
    out["inputs"] = {
        "tour_months": problem.tour_months,
        "interval_months": problem.interval_months,
        "default_sustainable_share": problem.default_sustainable_share,
        "min_contribution_troops": problem.min_contribution_troops,
        "cost_per_troop_year": {
            "low": problem.cost_eur_per_troop_year_low,
            "high": problem.cost_eur_per_troop_year_high,
            "unit": "EUR/troop-year",
        },
        "draws": draws,
        "seed": scenario.seed,
    }
    return out


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
    from reassure.spec import load_scenario

    check_format(format)
    report = force_report(load_scenario(scenario))
    if format == "json":
        print_json(report)
    else:
        _print_table(report)
