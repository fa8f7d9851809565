"""`reassure explore`: designed experiments over plan variants, stored in Parquet, queried
with DuckDB, analysed with SALib and scenario discovery (PRIM, CART).

Python use::

    from reassure.run.explore import plan_from_file, run_plan, results, query
    plan = plan_from_file("experiments/what-drives-25000.toml")
    run_plan(plan, Path("out/drivers"), workers=2)
    df = results("out/drivers")                      # pandas DataFrame, one row per evaluation
    query("out/drivers", "SELECT avg(force_p_target_met_pct_with_us) FROM results")
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reassure.run.explore.store import query, results

__all__ = ["plan_from_file", "query", "results", "run_plan"]


def plan_from_file(path: str | Path) -> Any:
    """Load an experiment file and build its plan (factors checked, design sampled). An outcome
    id or results column renamed since the file was written is read as its new name, with a
    ``FutureWarning`` naming both (`reassure.renamed_ids`)."""
    import warnings

    from reassure.run.explore.design import build_plan
    from reassure.spec.experiment import load_experiment

    plan = build_plan(load_experiment(path))
    for note in plan.notes:  # an old figure id read as its new one: said, never silently
        warnings.warn(note, FutureWarning, stacklevel=2)
    for line in plan.warnings:  # a likely unit slip in a value the file sets
        warnings.warn(line, UserWarning, stacklevel=2)
    return plan


def run_plan(*args: Any, **kwargs: Any) -> Any:
    """See `reassure.run.explore.execute.run_plan`."""
    from reassure.run.explore.execute import run_plan as run

    return run(*args, **kwargs)
