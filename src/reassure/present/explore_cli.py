"""What `reassure explore` shows: a run's progress and summary, a query's rows, an analysis.

`commands/explore.py` parses the options and calls one function here per subcommand; the work
itself is done by :mod:`reassure.run.explore` (design, execution, store, analysis). Progress
and warnings go to stderr, results to stdout.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["estimate_text", "page_name", "print_analysis", "query_text", "run_experiment"]


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
    for note in loaded.notes:  # an old figure id read as its new one (`reassure.renamed_ids`): said, never silently
        _note(note)
    plan = build_plan(loaded)
    for line in plan.warnings:  # a likely unit slip in a value the file sets
        _note(line, "warning")
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
        from reassure.run.explore.execute import check_resume

        check_resume(plan, out_dir)  # what differs from the stored run, before anything is evaluated
    err = console(stderr=True)
    first = f" (the first {plan.n_experiments:,} of {full:,}: a trial)" if plan.n_experiments < full else ""
    evaluations = plan.n_experiments * plan.replications
    err.print(f"{plan.name}: {plan.n_experiments:,} experiment{'s' if plan.n_experiments != 1 else ''}{first} x "
              f"{plan.replications} replication{'s' if plan.replications != 1 else ''} = "
              f"{evaluations:,} evaluation{'s' if evaluations != 1 else ''}, "
              f"{len(plan.factors)} factor{'s' if len(plan.factors) != 1 else ''}, design {plan.design['kind']}.",
              soft_wrap=True)
    err.print("checking outcomes ...", soft_wrap=True)
    timing: dict[str, Any] = {}
    for warning in fail_scale_warnings(plan, check_outcomes(plan, loaded, timing=timing)):
        err.print(f"warning: {warning}", soft_wrap=True)
    estimate = estimate_text(evaluations, timing.get("seconds"), workers=workers, address=address,
                             runs_scaled=bool(timing.get("runs_scaled", True)))
    if estimate:
        err.print(estimate, soft_wrap=True)
    summary = _run_with_progress(plan, out_dir, err, file=file, workers=workers, address=address, resume=resume,
                                 limit=limit if plan.n_experiments < full else None)
    for note in summary.get("notes", ()):  # a store written before an outcome was renamed
        err.print(f"note: {note}", soft_wrap=True)
    if summary["refused"]:
        err.print(f"the model refused {summary['refused']:,} of the {summary['ran']:,} variants run (outcomes NaN); "
                  f"see: reassure explore query {out_dir} \"SELECT experiment_id, error FROM results WHERE error <> ''\"")
    if summary["ran"] and summary["refused"] == summary["ran"] and not summary["already"]:
        from reassure.errors import ReassureError

        # review s50: every variant refused exited 0 with a report of nothing
        first = _first_refusal(out_dir)
        raise ReassureError(f"the model refused every one of the {summary['ran']:,} variants run, so there is "
                            f"nothing to analyse{': ' + first if first else ''}; the results are kept in {out_dir}")
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
                    f"{summary['total']:,} in all; {summary['seconds']:.1f} s on {summary['engine']}; results in {out_dir}",
                    soft_wrap=True)
    if report:
        from reassure.present.explore_report import write_explore_report

        err.print("analysing and writing the report (sensitivity indices and boxes: this can take a minute) ...",
                  soft_wrap=True)
        from reassure.run.explore.analyse import fail_case

        # The report looks at the side its failure condition is about (with or without the US).
        written = write_explore_report(out_dir, None, fail_case(plan.fail) or "with_us", None)
        console().print(f"Report: {written}")
    return out_dir


def _first_refusal(out_dir: Path) -> str:
    """Why the model refused the first refused variant stored in ``out_dir`` ("" if none)."""
    from reassure.run.explore.store import results

    frame = results(out_dir)
    errors = [e for e in frame.get("error", []) if isinstance(e, str) and e]
    return errors[0] if errors else ""


#: An estimated run longer than this (seconds) is said to be long, with how to try a part first.
LONG_RUN_S = 3600.0


def duration_text(seconds: float) -> str:
    """``about 42 hours``, ``about 3 minutes``, ``under a minute``."""
    if seconds < 60:
        return "under a minute"
    for unit, size in (("day", 86400.0), ("hour", 3600.0), ("minute", 60.0)):
        if seconds >= size * (2 if unit != "minute" else 1):
            n = round(seconds / size)
            return f"about {n:,} {unit}{'s' if n != 1 else ''}"
    n = round(seconds / 60)
    return f"about {n:,} minute{'s' if n != 1 else ''}"


def estimate_text(evaluations: int, seconds: float | None, *, workers: int, address: str | None,
                  runs_scaled: bool = True) -> str:
    """What the run will take, said before it starts (review: a `samples` of a million started
    hours of work without a word): the evaluations, and the time from one evaluation of the
    design's first plan, timed while checking the outcomes, spread over the workers."""
    if seconds is None or evaluations <= 0:
        return ""
    each = f"one evaluation took {seconds:.2g} s" + ("" if runs_scaled else " with 1 incident run (a lower bound)")
    if address:
        total = duration_text(seconds * evaluations)
        text = f"estimate: {total} of work for one worker ({each}); the Ray cluster divides it by its free cores"
    else:
        import os

        from reassure.run.explore.execute import workers_words

        used = max(1, min(workers, evaluations))
        # review s53 9: more workers than cores run a core's worth at a time (64 on 2 cores: 2)
        wall = seconds * evaluations / min(used, os.cpu_count() or 1)
        total = duration_text(wall)
        text = f"estimate: {total} on {workers_words(used)} ({each})"
        if wall > LONG_RUN_S:
            text += ("; a long run: try the first experiments with --limit N first, and stop at any time with "
                     "Ctrl-C (every finished batch is kept; --resume continues)")
    return text


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

    sql = _current_query(sql, directory)
    frame = keep_integers(query(directory, sql), directory)
    if format == "csv":
        return str(frame.to_csv(index=False))
    if format == "json":
        return f"{frame.to_json(orient='records')}\n"
    import pandas as pd

    with pd.option_context("display.max_rows", 200, "display.max_columns", 50, "display.width", 200):
        return f"{frame.to_string(index=False)}\n"


def _note(line: str, kind: str = "note") -> None:
    from reassure.present.output import console

    console(stderr=True).print(f"{kind}: {line}", soft_wrap=True, markup=False, highlight=False)


def _current_query(sql: str, directory: Path) -> str:
    """A query with the results columns renamed since it was typed under their new names, a
    note naming both for each, and the notes of a store written before the rename (its columns
    are read under the new names)."""
    from reassure.errors import ReassureError
    from reassure.renamed_ids import current_sql
    from reassure.run.explore.store import RENAMED, read_manifest

    sql, notes = current_sql(sql)
    for note in notes:
        _note(f"query: {note}")
    try:
        for note in read_manifest(directory).get(RENAMED, ()):
            _note(note)
    except ReassureError:
        pass  # the query says what is wrong with the folder
    return sql


def page_name(directory: Path, out: Path | None, outcome: str, case: str, where: str | None) -> str:
    """The name of the page ``analyse`` writes into ``directory``, checked before any work: the
    default ``analysis-OUTCOME-CASE[-where-...].html``, or ``--out``: a bare name (``mine.html``)
    is a name inside the run's folder, as is a path into it; never a store file (`check_page_name`)."""
    import re

    from reassure.errors import ReassureError
    from reassure.present.explore_report import check_page_name

    if out is None:
        # a page restricted by --where is not written over the whole analysis' page
        restricted = f"-where-{re.sub(r'[^A-Za-z0-9_.-]+', '_', where).strip('_')}" if where else ""
        return f"analysis-{re.sub(r'[^A-Za-z0-9_.-]', '_', outcome)}-{case}{restricted}.html"
    if out.parent != Path(".") and out.parent.resolve() != directory.resolve():
        raise ReassureError(f"--out {out}: the page is written beside the run's data, in {directory}; "
                            f"give its name (--out {out.name}) or a path into {directory}")
    check_page_name(directory, out.name, given=out)
    return out.name


def print_analysis(directory: Path, outcome: str, *, case: str, fail: str | None, report: bool,
                   out: Path | None = None, where: str | None = None) -> None:
    """Print the sensitivity and scenario-discovery analysis of one outcome; with ``report``,
    write its page as ``analysis-OUTCOME-CASE.html`` in the run's folder (never over the run's
    report.html) or as ``out``, a name in that folder. Every argument that can be checked
    without the analysis (the folder, the page's name, the outcome) is checked first."""
    from reassure.present.explore_report import analysis_lines, write_explore_report
    from reassure.present.output import console
    from reassure.run.explore.analyse import analyse, current_names, resolve_outcome
    from reassure.run.explore.store import read_manifest

    manifest = read_manifest(directory)  # the folder exists and holds a run
    outcome, fail, where, renamed = current_names(outcome, fail, where)
    for note in renamed:  # said here, before the checks below quote the new names
        _note(note)
    resolve_outcome(manifest, outcome, case)
    name = page_name(directory, out, outcome, case, where) if report else None
    text = console()
    for line in analysis_lines(analyse(directory, outcome, case=case, fail=fail, where=where)):
        text.print(line)  # factor paths hold [brackets]: console() reads no markup
    if name is not None:
        console(stderr=True).print("writing the report page ...")
        text.print(f"\nReport: {write_explore_report(directory, outcome, case, fail, name=name, where=where)}")
