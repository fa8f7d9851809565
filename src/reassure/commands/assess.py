"""`reassure assess`: the main job — one plan, end to end, with and without the US backstop."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reassure.present.options import (
    DEFAULT_WORKERS,
    MAX_WORKERS,
    MIN_WORKERS,
    check_runs,
    runs_help,
    workers_help,
)
from reassure.run.assess import DEFAULT_RUNS, MAX_SEED, SEED_RANGE

#: The processes an assessment can use (`run.assess.Settings`: one, or a second for monitoring
#: and incidents): `--workers` takes the range every command takes (review s44 4) and assess
#: uses up to this many of them; the numbers are the same whichever.
ASSESS_PROCESSES = 2

__all__ = ["command"]


def command(
    scenario: Annotated[str, typer.Argument(help="shipped scenario name or TOML path")] = "europe-2025",
    runs: Annotated[int, typer.Option("--runs", help=runs_help("Monte Carlo replications of the incident model (each a 90-day run; CIs are reported); the same default as compare"))] = DEFAULT_RUNS,
    seed: Annotated[int | None, typer.Option("--seed", help=f"random seed, 0 to {MAX_SEED} (default: the scenario's)")] = None,
    out: Annotated[str | None, typer.Option("--out", help="write report.html, results.json, layers.geojson, CSVs here")] = None,
    format: Annotated[str, typer.Option("--format", help="table or json (text: same as table)")] = "table",
    sensitivity: Annotated[bool, typer.Option("--sensitivity/--no-sensitivity", help="run the one-at-a-time sensitivity pass")] = True,
    workers: Annotated[int, typer.Option("--workers", min=MIN_WORKERS, max=MAX_WORKERS, help=workers_help(
        f"the assessment: it uses at most {ASSESS_PROCESSES} (monitoring and incidents in the second)"))] = DEFAULT_WORKERS,
) -> None:
    """Assess a plan: force generation, posture and response, monitoring, incidents."""
    from reassure.run.workers import gc_paused

    # One bounded run in a process that ends with it: the cyclic collector is paused
    # throughout (start-up loads a few hundred thousand long-lived objects and the run makes
    # next to no reference cycles; memory is still freed as it is dropped).
    with gc_paused():
        _assess(scenario, runs, seed, out, format, sensitivity, workers)


def _assess(scenario: str, runs: int, seed: int | None, out: str | None, format: str,
            sensitivity: bool, workers: int) -> None:
    from reassure.present.output import check_format
    from reassure.present.scenarios import load_plan
    from reassure.run.assess import Settings, assess
    from reassure.run.lean_imports import lean_scipy

    format = check_format(format)
    check_runs(runs)  # s53: one line, before the plan is loaded
    if seed is not None and not 0 <= seed <= MAX_SEED:  # review s33: the range named, before loading
        from reassure.errors import ReassureError

        raise ReassureError(f"--seed must be {SEED_RANGE} (got {seed})")
    lean_scipy()  # a one-shot process: scipy without the start-up it never uses here
    s = load_plan(scenario)
    if out is not None:
        from reassure.run.outputs import check_destination

        # a str: "" is refused by name (a Path would turn it into "."); `swap`: what a folder
        # holds beyond the set it was (notes.txt, figs/) is refused now, before any work
        check_destination(out, swap=True)
    settings = Settings(runs=runs, seed=seed, sensitivity=sensitivity, workers=min(workers, ASSESS_PROCESSES))
    if format == "json":
        result = assess(s, settings)
    else:
        from reassure.present.output import LazySpinner

        # The spinner starts with the first step, after `assess` has forked its worker.
        with LazySpinner(s.name) as progress:
            result = assess(s, settings, progress=progress)
    written: dict[str, Path] = {}
    if out is not None:
        from reassure.present.files import write_outputs

        written = write_outputs(result, Path(out))
    from reassure.present.output import console, print_json

    if format == "json":
        print_json(result.to_dict())
        return
    from reassure.present.terminal import print_summary

    print_summary(result, console(), written.get("report.html"))
    if written:
        console().print(f"\nReport: {written['report.html']}  (and {', '.join(sorted(n for n in written if n != 'report.html'))})")
