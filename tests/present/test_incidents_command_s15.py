"""The `incidents` command's tables as a reader sees them (review s15)."""

from __future__ import annotations

import pytest


def _header(text: str, title: str) -> list[str]:
    """The column names of the rich table whose title is ``title`` (one header line: COLUMNS=200)."""
    lines = text[text.index(title):].splitlines()
    top = next(i for i, line in enumerate(lines) if line.startswith("┏"))
    return [cell.strip() for cell in lines[top + 1].strip("┃").split("┃")]


@pytest.mark.parametrize(("scenario", "as_planned"), [
    ("europe-2025", "with US"),
    ("no-us-backstop", "as planned (no US backstop)"),
])
def test_the_by_type_table_heads_its_columns_with_the_sides(run_cli, scenario: str,  # noqa: ANN001
                                                            as_planned: str) -> None:
    """s15 review: the table of incidents by type and regime was headed "busiest unit's
    utilisation, % of the horizon committed" over its as-planned column (the last figure's label
    of the table above, a loop variable shadowing the column's name)."""
    out = run_cli("incidents", scenario, "--runs", "2", env={"COLUMNS": "200"})
    assert out.exit_code == 0, out.stderr
    assert _header(out.stdout, "ceasefire incidents over")[1:] == [as_planned, "without US"]
    assert _header(out.stdout, "Incidents a day by type and regime days")[1:] == [as_planned,
                                                                                 "without US"]
