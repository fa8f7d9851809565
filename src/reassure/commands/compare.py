"""`reassure compare`: plans side by side — verdicts and key figures, differences highlighted."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reassure.present.options import check_runs, runs_help
from reassure.run.assess import DEFAULT_RUNS
from reassure.vocabulary import plural

__all__ = ["DEFAULT_COMPARISON", "compare"]

DEFAULT_COMPARISON = (
    "europe-2025", "ukraine-request", "iiss-small", "iiss-medium", "iiss-large", "no-us-backstop",
    "coalition-2025-09", "mnf-u-2026",
)


def compare(
    scenarios: Annotated[list[str] | None, typer.Argument(help="scenario names or TOML paths")] = None,
    runs: Annotated[int, typer.Option("--runs", help=runs_help("Monte Carlo replications per plan; the same default as assess"))] = DEFAULT_RUNS,
    out: Annotated[str | None, typer.Option("--out", help="write compare.html/json/csv and each plan's report here")] = None,
    format: Annotated[str, typer.Option("--format", help="table or json")] = "table",
) -> None:
    """Compare plans side by side (default: the shipped plans)."""
    import contextlib
    import json

    from reassure.present.compare import (
        compare_csv,
        compare_html,
        comparison_rows,
        plan_folders,
        plan_labels,
        print_comparison,
    )
    from reassure.present.files import write_outputs
    from reassure.present.output import check_format, console, print_json, to_jsonable
    from reassure.present.scenarios import load_plan
    from reassure.run.assess import Settings, assess
    from reassure.run.outputs import check_destination, staged_set, write_files

    format = check_format(format)
    check_runs(runs)  # s53: one line, before any plan is loaded
    names = list(scenarios or DEFAULT_COMPARISON)
    loaded = [load_plan(n) for n in names]  # every file checked before any work starts
    if out is not None:
        check_destination(out, swap=True)  # a str: "" is refused by name (a Path would be ".")
    labels, clashes = plan_labels([s.name for s in loaded],
                                  [s.file.stem if s.file is not None else n for s, n in zip(loaded, names, strict=True)])
    for line in clashes:
        console(stderr=True).print(line)
    folders = plan_folders(labels)
    assessments = []
    # The whole comparison (compare.* and one report a plan) is written into a staging folder
    # and swapped in at the end, as `assess` writes its set: an interrupted run leaves the
    # previous comparison whole, and a finished one leaves no plan of the last behind.
    with staged_set(Path(out)) if out is not None else contextlib.nullcontext() as staging:
        with console(stderr=True).status("comparing") as status:
            for i, (s, folder) in enumerate(zip(loaded, folders, strict=True)):
                status.update(f"plans done: {i} of {len(loaded)} · assessing {s.name} ({plural(runs, 'run')})")
                a = assess(s, Settings(runs=runs, sensitivity=False))
                assessments.append(a)
                if staging is not None:
                    write_outputs(a, staging / folder)
        plans = labels  # the plans' names, made distinct where two share one
        rows = comparison_rows(assessments, plans)
        payload = {"schema_version": 1, "plans": plans, "runs": runs, "rows": list(rows), "inputs": rows.inputs}
        if staging is not None:
            write_files(staging, {
                "compare.json": json.dumps(to_jsonable(payload), indent=2),
                "compare.csv": compare_csv(plans, rows),
                "compare.html": compare_html(plans, folders, rows),
            })
    if format == "json":
        print_json(payload)
        return
    print_comparison(plans, rows, runs)
    if out is not None:
        console().print(f"Comparison: {Path(out) / 'compare.html'}")
