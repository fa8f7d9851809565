"""Session 16's troop-size rules, in the project's own words (docs/evidence.md §4, "Session 16")."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import build_ledger


def _troops_of(tmp_path: Path, text: str) -> list[tuple[str, float | None, float | None]]:
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    return sorted(((c.subject, c.low, c.high) for c in build_ledger([tmp_path]).claims
                   if c.unit == "troops"), key=lambda t: -(t[1] or t[2] or 0))


@pytest.mark.parametrize(("text", "expected"), [
    ("Since the talks began, the number of soldiers under discussion has been cut from more "
     "than 60,000 to about 15,000.",
     [("european_force", 60000.0, None), ("european_force", 15000.0, 15000.0)]),
    ("The size of the planned European force has been scaled back from 64,000 to 25,000 troops.",
     [("european_force", 64000.0, 64000.0), ("european_force", 25000.0, 25000.0)]),
])
def test_a_number_changed_from_one_figure_to_another_is_two_figures(
        tmp_path: Path, text: str, expected: list[tuple[str, float | None, float | None]]) -> None:
    # a change runs from the earlier figure to the later: two claims, never the range between
    assert _troops_of(tmp_path, text) == expected


def test_an_upward_range_stays_a_range(tmp_path: Path) -> None:
    text = "The European force would number from 25,000 to 30,000 troops."
    assert _troops_of(tmp_path, text) == [("european_force", 25000.0, 30000.0)]
