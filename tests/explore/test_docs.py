"""docs/explore.md documents every field of the experiment format, and the shipped examples load."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reassure.spec.experiment import Design, Experiment, Factor, Uncertainties

REPO = Path(__file__).resolve().parents[2]
DOC = (REPO / "docs" / "explore.md").read_text()


@pytest.mark.parametrize("model", [Experiment, Design, Uncertainties, Factor])
def test_every_experiment_field_is_documented(model: type) -> None:
    missing = [f.alias or n for n, f in model.model_fields.items()
               if f"`{f.alias or n}`" not in DOC and f"`[{f.alias or n}]`" not in DOC
               and f"`[[{f.alias or n}]]`" not in DOC and f"`[[uncertainties.{n}]]`" not in DOC]
    assert not missing, f"undocumented in docs/explore.md: {missing}"


@pytest.mark.parametrize("path", sorted((REPO / "experiments").glob("*.toml")), ids=lambda p: p.stem)
def test_shipped_examples_build(path: Path) -> None:
    from reassure.run.explore import plan_from_file

    plan = plan_from_file(path)
    assert plan.n_experiments >= 16 and plan.fail
    assert all(f.source or f.assumption or f.role == "lever" for f in plan.factors)
    # Every shipped lever says why its range or choices (not only "planner choice").
    assert all(f.assumption for f in plan.factors if f.role == "lever"), [f.path for f in plan.factors if not f.assumption]


# Every SQL example of the query section: `reassure explore query DIR "..."` and Python `query(..., "...")`.
_QUERY_EXAMPLES = re.compile(r'reassure explore query \S+ "([^"]+)"|query\("[^"]+", "([^"]+)"\)')


def test_every_query_example_binds_on_the_drone_run_it_follows() -> None:
    """Review 19b 8: the docs' `explore query DIR "... avg(force_p_target_met_pct_with_us) ..."`
    followed the drone run, which writes no force outcome, and DuckDB refused it. Each example
    is run on an empty table of the columns that run writes (`result_columns`)."""
    import duckdb

    from reassure.run.explore import plan_from_file
    from reassure.run.explore.execute import result_columns

    assert "experiments/drone-orbits-80-full.toml --out out/drones" in DOC
    columns = result_columns(plan_from_file(REPO / "experiments" / "drone-orbits-80-full.toml"))
    examples = [a or b for a, b in _QUERY_EXAMPLES.findall(DOC)]
    assert len(examples) >= 4, examples
    con = duckdb.connect()
    con.execute("CREATE TABLE results (" + ", ".join(f'"{n}" {t}' for n, t in columns.items()) + ")")
    failed = []
    for sql in examples:
        try:
            con.execute(sql).fetchall()
        except duckdb.Error as exc:
            failed.append(f"{sql}: {str(exc).splitlines()[0]}")
    assert not failed, "\n".join(failed)
