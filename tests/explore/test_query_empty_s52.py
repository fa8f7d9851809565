"""Session 52 (a robustness review): an empty query (";", blanks, a comment) was an internal
error ('NoneType' object has no attribute 'df'); it is a one-line error asking for a SELECT."""
from __future__ import annotations

from pathlib import Path

import pytest

from reassure.errors import ReassureError
from reassure.run.explore.store import query


@pytest.mark.parametrize("sql", [";", "   ", "-- only a comment", "; ;"])
def test_a_query_with_no_statement_asks_for_a_select(reference_run: Path, sql: str) -> None:
    with pytest.raises(ReassureError, match=r'query: give a SELECT statement, e\.g\. "SELECT count\(\*\) FROM results"'):
        query(reference_run, sql)


def test_a_real_select_still_reads(reference_run: Path) -> None:
    assert int(query(reference_run, "SELECT count(*) AS n FROM results")["n"][0]) > 0


def test_a_fail_condition_reading_a_file_is_refused_before_any_evaluation(tmp_path: Path) -> None:
    from reassure.run.explore.analyse import fail_problem

    other = tmp_path / "other.csv"
    other.write_text("x\n1\n", encoding="utf-8")
    columns = {"force_deployed_with_us": "DOUBLE"}
    problem = fail_problem(f"(SELECT count(*) FROM read_csv('{other}')) > 0", columns)
    assert problem is not None and problem[0].startswith("reads something other than the results' columns")
    assert fail_problem("force_deployed_with_us < 25000", columns) is None
