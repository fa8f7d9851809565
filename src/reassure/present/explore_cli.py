"""What `reassure explore` shows: a run's progress and summary, a query's rows, an analysis.

`commands/explore.py` parses the options and calls one function here per subcommand; the work
itself is done by :mod:`reassure.run.explore` (design, execution, store, analysis). Progress
and warnings go to stderr, results to stdout.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["print_analysis", "query_text", "run_experiment"]


def _refuse_a_bad_fail(plan: Any, loaded: Any) -> None:
    """A `fail` condition the results cannot evaluate stops the run before it starts, reported
    together with any misspelt outcome (s13 review 9: the first run names every problem). The
    outcome ids are known only from the base plan's figures, so they are checked (one quiet
    evaluation) only when there is a problem to report anyway."""
    from reassure.errors import ReassureError
    from reassure.run.explore.execute import check_fail, check_outcomes

    try:
        check_fail(plan, loaded)
    except ReassureError as fail_error:
        try:
            check_outcomes(plan, loaded)
        except ReassureError as both:
            if str(getattr(both, "field", "") or "").startswith(("outcomes", "fail")):
                raise both from None
        raise fail_error from None


def run_experiment(
    file: Path, out: Path | None, *, workers: int, address: str | None, resume: bool, report: bool,
    limit: int | None = None,
) -> Path:
    """Run the experiment in ``file`` into ``out`` (default ``out/explore/NAME``) with a progress
    bar; print the summary (and write report.html when ``report``); return the results folder."""
    from reassure.run.explore.design import build_plan
    from reassure.spec.experiment import load_experiment

    loaded = load_experiment(file)
    plan = build_plan(loaded)
    _refuse_a_bad_fail(plan, loaded)  # before the run starts, with any misspelt outcome
    full = plan.n_experiments
    if limit is not None and limit < full:  # a trial: the first N design points, as planned
        plan.unit = plan.unit[:limit]
        plan.design = {**plan.design, "first": limit}
    out_dir = out if out is not None else Path("out") / "explore" / plan.name
    from reassure.run.explore.execute import hold

    with hold(out_dir):  # held over the run and its report: a second run is refused at once
        return _run_locked(plan, loaded, out_dir, full, file=file, workers=workers, address=address,
                           resume=resume, report=report, limit=limit)


def _run_locked(plan: Any, loaded: Any, out_dir: Path, full: int, *, file: Path, workers: int,
                address: str | None, resume: bool, report: bool, limit: int | None) -> Path:
    from reassure.present.output import console
    from reassure.run.explore.execute import check_outcomes, fail_scale_warnings
    from reassure.run.explore.store import MANIFEST

    if (out_dir / MANIFEST).exists() and not resume:
        from reassure.errors import ReassureError

        raise ReassureError(f"--out {out_dir}: already holds an explore run; pass --resume to continue it, or choose another folder")
    if (out_dir / MANIFEST).exists():
        from reassure.errors import ReassureError
        from reassure.run.explore.store import read_manifest

        stored = read_manifest(out_dir).get("n_experiments")
        if stored is not None and stored != plan.n_experiments:
            raise ReassureError(f"--out {out_dir}: holds a run of {stored:,} experiments; this one has "
                                f"{plan.n_experiments:,} (a different --limit): resume with the same --limit, or choose another folder")
    err = console(stderr=True)
    first = f" (the first {plan.n_experiments:,} of {full:,}: a trial)" if plan.n_experiments < full else ""
    err.print(f"{plan.name}: {plan.n_experiments:,} experiment{'s' if plan.n_experiments != 1 else ''}{first} x "
              f"{plan.replications} replication{'s' if plan.replications != 1 else ''}, "
              f"{len(plan.factors)} factors, design {plan.design['kind']}; checking outcomes ...")
    for warning in fail_scale_warnings(plan, check_outcomes(plan, loaded)):
        err.print(f"warning: {warning}")
    summary = _run_with_progress(plan, out_dir, err, file=file, workers=workers, address=address, resume=resume,
                                 limit=limit if plan.n_experiments < full else None)
    if summary["refused"]:
        err.print(f"the model refused {summary['refused']:,} of the {summary['ran']:,} variants run (outcomes NaN); "
                  f"see: reassure explore query {out_dir} \"SELECT experiment_id, error FROM results WHERE error <> ''\"")
    from reassure.run.explore.analyse import empty_outcomes
    from reassure.run.explore.store import read_manifest, results

    for line in empty_outcomes(read_manifest(out_dir), results(out_dir)):
        err.print(f"note: {line}")
    redone = [name for name in summary["corrupt_batches"] if name != "design.parquet"]
    if "design.parquet" in summary["corrupt_batches"]:
        err.print("rebuilt the unreadable design.parquet from the seed (the same rows)")
    if redone:
        err.print(f"redid {len(redone)} unreadable batch file(s): {', '.join(redone)}")
    console().print(f"{summary['ran']:,} evaluations run, {summary['already']:,} already stored, "
                    f"{summary['total']:,} in all; {summary['seconds']:.1f} s on {summary['engine']}; results in {out_dir}")
    if report:
        from reassure.present.explore_report import write_explore_report

        err.print("analysing and writing the report (sensitivity indices and boxes: this can take a minute) ...")
        from reassure.run.explore.analyse import fail_case

        # The report looks at the side its failure condition is about (with or without the US).
        written = write_explore_report(out_dir, None, fail_case(plan.fail) or "with_us", None)
        console().print(f"Report: {written}")
    return out_dir


def _run_with_progress(plan: Any, out_dir: Path, err: Any, *, file: Path, workers: int,
                       address: str | None, resume: bool, limit: int | None = None) -> dict[str, Any]:
    """:func:`run_plan` under a progress bar on ``err``; an interrupt says how to resume."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from reassure.run.explore.execute import run_plan

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("elapsed"),
                  TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=err, transient=False) as bar:
        task = bar.add_task(f"exploring {plan.name}", total=plan.n_experiments * plan.replications)
        try:
            return run_plan(plan, out_dir, workers=workers, address=address, resume=resume,
                            progress=lambda done, total: bar.update(task, completed=done, total=total))
        except KeyboardInterrupt:
            # the same --limit, or the resume is refused as a different run (review s20 explore #7)
            trial = f" --limit {limit}" if limit is not None else ""
            err.print(f"stopped; every finished batch is stored. Continue with: reassure explore {file} "
                      f"--out {out_dir}{trial} --resume")
            raise SystemExit(130) from None  # said what happened: no second message


def query_text(directory: Path, sql: str, format: str) -> str:
    """The rows of ``sql`` over an explore store as text, CSV or JSON records, ready to print."""
    from reassure.present.output import check_format
    from reassure.run.explore.store import query

    check_format(format, ("text", "csv", "json"))
    from reassure.present.explore_report import keep_integers

    frame = keep_integers(query(directory, sql), directory)
    if format == "csv":
        return str(frame.to_csv(index=False))
    if format == "json":
        return f"{frame.to_json(orient='records')}\n"
    import pandas as pd

    with pd.option_context("display.max_rows", 200, "display.max_columns", 50, "display.width", 200):
        return f"{frame.to_string(index=False)}\n"


def print_analysis(directory: Path, outcome: str, *, case: str, fail: str | None, report: bool,
                   out: Path | None = None, where: str | None = None) -> None:
    """Print the sensitivity and scenario-discovery analysis of one outcome; with ``report``,
    write its page as ``analysis-OUTCOME-CASE.html`` in the run's folder (never over the run's
    report.html) or as ``out``."""
    import re

    from reassure.present.explore_report import analysis_lines, write_explore_report
    from reassure.present.output import console
    from reassure.run.explore.analyse import analyse

    text = console()
    for line in analysis_lines(analyse(directory, outcome, case=case, fail=fail, where=where)):
        text.print(line)  # factor paths hold [brackets]: console() reads no markup
    if report:
        if out is not None and out.name == "report.html" and out.parent.resolve() == directory.resolve():
            from reassure.errors import ReassureError

            raise ReassureError(f"--out {out}: is the run's own report; choose another name")
        # a page restricted by --where is not written over the whole analysis' page
        restricted = f"-where-{re.sub(r'[^A-Za-z0-9_.-]+', '_', where).strip('_')}" if where else ""
        name = (out.name if out is not None
                else f"analysis-{re.sub(r'[^A-Za-z0-9_.-]', '_', outcome)}-{case}{restricted}.html")
        target_dir = out.parent if out is not None else directory
        if target_dir.resolve() != directory.resolve():
            from reassure.errors import ReassureError

            raise ReassureError(f"--out {out}: the page is written beside the run's data, in {directory}")
        console(stderr=True).print("writing the report page ...")
        text.print(f"\nReport: {write_explore_report(directory, outcome, case, fail, name=name, where=where)}")
