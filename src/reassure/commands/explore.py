"""`reassure explore`: run a designed experiment over plan variants, query and analyse it.

    reassure explore FILE [--workers N] [--address auto|ADDR|local] [--resume] [--out DIR] [--limit N]
    reassure explore query DIR "SQL"
    reassure explore analyse DIR --outcome ID [--case with_us|without_us] [--fail "expr"]
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from reassure.present.options import DEFAULT_WORKERS, MAX_WORKERS, MIN_WORKERS, workers_help

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
    workers: Annotated[int, typer.Option("--workers", min=MIN_WORKERS, max=MAX_WORKERS, help=workers_help(
        "the evaluations on this machine (with --address local: the new Ray cluster's CPUs)"))] = DEFAULT_WORKERS,
    address: Annotated[str | None, typer.Option("--address", help="run on Ray: 'auto', HOST:PORT, or 'local' for a new local cluster")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="continue a killed or interrupted run in --out")] = False,
    report: Annotated[bool, typer.Option("--report/--no-report", help="analyse the first outcome that varies and write report.html at the end")] = True,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="run only the first N experiments of the design (a trial)")] = None,
) -> None:
    """Run an experiment: every design point, with and without the US backstop, into Parquet."""
    from reassure.errors import ScenarioError
    from reassure.present.explore_cli import run_experiment

    _check_paths((file, ""), (out, "--out "))
    try:
        run_experiment(file, out, workers=workers, address=address, resume=resume, report=report, limit=limit)
    except ScenarioError as exc:
        raise _with_path_problems(exc, file) from None
    except (KeyboardInterrupt, Exception) as exc:
        if _interrupted(exc):
            _say_how_to_continue(file, out, limit)
        raise


def _interrupted(exc: BaseException) -> bool:
    """Whether ``exc`` is the user's Ctrl-C or SIGTERM (DuckDB, querying the store for the
    report, answers it with an error of its own; `reassure.cli` reads it the same way)."""
    from reassure.errors import raised_by_interrupt

    return raised_by_interrupt(exc)


def _say_how_to_continue(file: Path, out: Path | None, limit: int | None) -> None:
    """Once a run is stopped outside its evaluations (while it writes its report, which the
    progress bar's own message does not cover: review s53 4), say how to continue when the
    results folder holds the run, and exit 130; else return (the usual "interrupted" follows)."""
    from reassure.present.output import console
    from reassure.run.explore.store import MANIFEST

    out_dir = out
    if out_dir is None:
        try:
            from reassure.spec.experiment import load_experiment

            out_dir = Path("out") / "explore" / load_experiment(file).experiment.name
        except Exception:  # noqa: BLE001 - only for the hint: without it, the usual message
            return
    if not (out_dir / MANIFEST).is_file():
        return
    trial = f" --limit {limit}" if limit is not None else ""
    console(stderr=True).print(
        f"stopped; every finished batch is stored. Continue with: reassure explore {file} --out {out_dir}"
        f"{trial} --resume (it runs what is missing and writes the report)", soft_wrap=True, markup=False, highlight=False)
    raise SystemExit(130) from None


def _check_paths(*given: tuple[Path | None, str]) -> None:
    """Refuse a path no file system call can take (a name over 255 bytes), named by its
    argument, before any work: each used to end in "internal error: OSError: [Errno 36] File
    name too long" (exit 3)."""
    from reassure.errors import ReassureError
    from reassure.spec._load import path_problem, shown_path

    for path, option in given:
        problem = path_problem(path) if path is not None else None
        if problem:
            raise ReassureError(f"{option}{shown_path(path or '')}: {problem}")


def _with_path_problems(exc: Any, file: Path) -> Any:
    """``exc`` with the factor paths of ``file`` that name nothing and its misspelt outcomes
    added, when it is a problem of that file: the schema's checks stop before the paths are
    checked against the scenarios and the outcomes against the assessment's figures, and every
    mistake is reported at once (docs/explore.md), not one stage at a time (review s12 #8,
    review s20 explore #4)."""
    from reassure.run.explore.design import factor_path_problems, outcome_problems, with_problems

    if exc.file != str(file):
        return exc
    problems = list(exc.problems or (exc,))
    known = {str(p) for p in problems}
    extra = [p for p in factor_path_problems(file) if str(p) not in known]
    # The outcomes were checked already when the error is theirs (or `fail`'s, checked with them).
    checked = any(str(getattr(p, "field", "") or "").startswith("fail")
                  or "is not a figure the assessment reports" in str(p) for p in problems)
    if not checked:
        extra += [p for p in outcome_problems(file) if str(p) not in known]
    if not extra:
        return exc
    return with_problems(sorted([*problems, *extra], key=lambda p: p.line or 0))


@app.command("query")
def query_command(
    directory: Annotated[Path, typer.Argument(help="results folder of an explore run")],
    sql: Annotated[str, typer.Argument(help="DuckDB SQL over the views `results` and `design`")],
    format: Annotated[str, typer.Option("--format", help="text, csv or json")] = "text",
) -> None:
    """Query an explore store with SQL (views: results, one row per evaluation; design)."""
    from reassure.present.explore_cli import query_text

    _check_paths((directory, ""))
    typer.echo(query_text(directory, sql, format), nl=False)


@app.command("analyse")
def analyse_command(
    directory: Annotated[Path, typer.Argument(help="results folder of an explore run")],
    outcome: Annotated[str, typer.Option("--outcome", help="one of the run's outcome ids (e.g. incidents.detected_pct); --case picks the side")],
    case: Annotated[str, typer.Option("--case", help="with_us or without_us")] = "with_us",
    fail: Annotated[str | None, typer.Option("--fail", help="failure condition, SQL on results columns, e.g. 'force_p_target_met_pct_with_us < 50'")] = None,
    report: Annotated[bool, typer.Option("--report/--no-report", help="also write the page analysis-OUTCOME-CASE.html into DIR")] = True,
    out: Annotated[Path | None, typer.Option("--out", help="NAME.html: the page's name in DIR (NAME.json beside it); never a file of the store")] = None,
    where: Annotated[str | None, typer.Option("--where", help="analyse only the evaluations where this SQL condition holds, e.g. 'force_target_troops = 25000'")] = None,
) -> None:
    """Sensitivity indices, feature scores, and PRIM/CART boxes of a failure condition."""
    from reassure.present.explore_cli import print_analysis

    _check_paths((directory, ""), (out, "--out "))
    print_analysis(directory, outcome, case=case, fail=fail, report=report, out=out, where=where)
