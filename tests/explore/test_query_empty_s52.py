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
