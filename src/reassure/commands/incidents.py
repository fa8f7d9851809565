"""`reassure incidents SCENARIO`: how a ceasefire is tested, what is seen, what is answered in time.

Runs the incidents capability (`reassure.run.capabilities.Incidents`, which needs monitoring and
posture; the model is built in `reassure.bridge.incidents`) and prints a table or JSON.
"""

from __future__ import annotations

from typing import Annotated

import typer

from reassure.bridge.incidents import DEFAULT_RUNS
from reassure.present.options import (
    DEFAULT_WORKERS,
    MAX_WORKERS,
    MIN_WORKERS,
    check_runs,
    runs_help,
    workers_help,
)

__all__ = ["command"]

FORMATS = ("table", "json")


def command(
    scenario: Annotated[str, typer.Argument(help="shipped scenario name or TOML path")],
    runs: Annotated[int, typer.Option("--runs", help=runs_help("Monte Carlo replications"))] = DEFAULT_RUNS,
    seed: Annotated[int | None, typer.Option(
        "--seed", help="random seed (default: the scenario's seed)")] = None,
    format: Annotated[str, typer.Option("--format", help="table or json")] = "table",
    workers: Annotated[int, typer.Option("--workers", min=MIN_WORKERS, max=MAX_WORKERS,
                                         help=workers_help("the replications"))] = DEFAULT_WORKERS,
) -> None:
    """Incidents along the line, how many are seen, how soon, how many answered in time."""
    from reassure.errors import ReassureError
    from reassure.present.output import check_format, print_json
    from reassure.present.scenarios import load_plan
    from reassure.present.tables import print_incidents

    check_format(format, FORMATS)
    check_runs(runs)
    from reassure.run.assess import MAX_SEED, SEED_RANGE

    if seed is not None and not 0 <= seed <= MAX_SEED:  # review s33: the upper end too
        raise ReassureError(f"--seed must be {SEED_RANGE} (got {seed})")
    from reassure.run.capabilities import check_settings, registry
    from reassure.run.pipeline import run_capabilities
    from reassure.run.results import plan_label

    loaded = load_plan(scenario)
    settings = {"runs": runs, "workers": workers}
    check_settings(settings, "incidents")
    capabilities = registry(**settings)
    # every outcome, what incidents needs included: the section reads the monitoring model's
    # detection chances for its note, as `assess` does
    if format == "json":
        done = run_capabilities(loaded, capabilities, ["incidents"], seed=seed)
    else:  # s53: a long run said nothing until its table (a million runs: minutes)
        from reassure.present.output import LazySpinner

        with LazySpinner(f"{loaded.name} ({runs:,} runs)") as progress:
            done = run_capabilities(loaded, capabilities, ["incidents"], seed=seed,
                                    progress=progress)
    report = done["incidents"].to_dict()
    if format == "json":
        print_json(report)
    else:
        from reassure.run.capability import Context
        from reassure.run.section_incidents import threshold_assumed, threshold_setting

        label = plan_label(loaded)
        # review s38 2: the table is the report's incidents section, its labels and roundings
        section = capabilities["incidents"].section(
            done["incidents"], Context(loaded, {"runs": runs, "seed": report["run"]["seed"]}, done))
        assert section is not None  # the incidents capability always gives its section
        print_incidents(report, section, "with US" if label == "with US backstop" else label,
                        threshold=threshold_setting(loaded), assumed=threshold_assumed(loaded))
