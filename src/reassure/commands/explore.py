"""`reassure explore`: run a designed experiment over plan variants, query and analyse it.

    reassure explore FILE [--workers N] [--address auto|ADDR|local] [--resume] [--out DIR]
    reassure explore query DIR "SQL"
    reassure explore analyse DIR --outcome ID [--case with_us|without_us] [--fail "expr"]
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

__all__ = ["app"]


class _DefaultRun(TyperGroup):
    """`reassure explore FILE` means `reassure explore run FILE`."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(cls=_DefaultRun, no_args_is_help=True, add_completion=False, rich_markup_mode=None,
                  pretty_exceptions_enable=False,
                  help="Designed experiments over plan variants: run (FILE), query, analyse.")


@app.command("run")
def run(
    file: Annotated[Path, typer.Argument(help="experiment file (TOML); see docs/explore.md")],
    out: Annotated[Path | None, typer.Option("--out", help="results folder (default: out/explore/NAME)")] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, max=64, help="local worker processes (numbers do not depend on it)")] = 2,
    address: Annotated[str | None, typer.Option("--address", help="run on Ray: 'auto', HOST:PORT, or 'local' for a new local cluster")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="continue a killed or interrupted run in --out")] = False,
    report: Annotated[bool, typer.Option("--report/--no-report", help="analyse the first outcome and write report.html at the end")] = True,
) -> None:
    """Run an experiment: every design point, with and without the US backstop, into Parquet."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from reassure.present.output import console
    from reassure.run.explore.design import build_plan
    from reassure.run.explore.execute import check_outcomes, run_plan
    from reassure.run.explore.store import MANIFEST
    from reassure.spec.experiment import load_experiment

    loaded = load_experiment(file)
    plan = build_plan(loaded)
    out_dir = out if out is not None else Path("out") / "explore" / plan.name
    if (out_dir / MANIFEST).exists() and not resume:
        from reassure.errors import ReassureError

        raise ReassureError(f"--out {out_dir}: already holds an explore run; pass --resume to continue it, or choose another folder")
    err = console(stderr=True)
    err.print(f"{plan.name}: {plan.n_experiments:,} experiments x {plan.replications} replication(s), "
              f"{len(plan.factors)} factors, design {plan.design['kind']}; checking outcomes ...")
    check_outcomes(plan, loaded)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("elapsed"),
                  TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=err, transient=False) as bar:
        task = bar.add_task(f"exploring {plan.name}", total=plan.n_experiments * plan.replications)
        try:
            summary = run_plan(plan, out_dir, workers=workers, address=address, resume=resume,
                               progress=lambda done, total: bar.update(task, completed=done, total=total))
        except KeyboardInterrupt:
            err.print(f"stopped; every finished batch is stored. Continue with: reassure explore {file} "
                      f"--out {out_dir} --resume")
            raise
    if summary["refused"]:
        err.print(f"the model refused {summary['refused']:,} of the {summary['ran']:,} variants run (outcomes NaN); "
                  f"see: reassure explore query {out_dir} \"SELECT experiment_id, error FROM results WHERE error <> ''\"")
    if summary["corrupt_batches"]:
        err.print(f"redid {len(summary['corrupt_batches'])} unreadable batch file(s): {', '.join(summary['corrupt_batches'])}")
    console().print(f"{summary['ran']:,} evaluations run, {summary['already']:,} already stored, "
                    f"{summary['total']:,} in all; {summary['seconds']:.1f} s on {summary['engine']}; results in {out_dir}")
    if report:
        from reassure.present.explore_report import write_explore_report

        written = write_explore_report(out_dir, plan.outcomes[0], "with_us", None)
        console().print(f"Report: {written}")


@app.command("query")
def query_command(
    directory: Annotated[Path, typer.Argument(help="results folder of an explore run")],
    sql: Annotated[str, typer.Argument(help="DuckDB SQL over the views `results` and `design`")],
    format: Annotated[str, typer.Option("--format", help="text, csv or json")] = "text",
) -> None:
    """Query an explore store with SQL (views: results, one row per evaluation; design)."""
    from reassure.present.output import check_format
    from reassure.run.explore.store import query

    check_format(format, ("text", "csv", "json"))
    frame = query(directory, sql)
    if format == "csv":
        typer.echo(frame.to_csv(index=False), nl=False)
    elif format == "json":
        typer.echo(frame.to_json(orient="records"))
    else:
        import pandas as pd

        with pd.option_context("display.max_rows", 200, "display.max_columns", 50, "display.width", 200):
            typer.echo(frame.to_string(index=False))


@app.command("analyse")
def analyse_command(
    directory: Annotated[Path, typer.Argument(help="results folder of an explore run")],
    outcome: Annotated[str, typer.Option("--outcome", help="figure id (e.g. force.p_target_met) or results column")],
    case: Annotated[str, typer.Option("--case", help="with_us or without_us")] = "with_us",
    fail: Annotated[str | None, typer.Option("--fail", help="failure condition, SQL on results columns, e.g. 'force_p_target_met_with_us < 50'")] = None,
    report: Annotated[bool, typer.Option("--report/--no-report", help="also write report.html into DIR")] = True,
) -> None:
    """Sensitivity indices, feature scores, and PRIM/CART boxes of a failure condition."""
    from reassure.present.explore_report import analysis_lines, write_explore_report
    from reassure.present.output import console
    from reassure.run.explore.analyse import analyse

    out = console()
    for line in analysis_lines(analyse(directory, outcome, case=case, fail=fail)):
        out.print(line, markup=False, highlight=False)  # factor paths hold [brackets], not markup
    if report:
        out.print(f"\nReport: {write_explore_report(directory, outcome, case, fail)}", markup=False)
