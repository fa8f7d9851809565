"""Every row of docs/validation.md names a test that exists (file and function)."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DOC = REPO / "docs" / "validation.md"


def _rows() -> list[str]:
    """Rows of the side-by-side tables (header ``| figure | reassure | published ...``); the
    "figures that moved" tables (``| figure | before | after | why |``) are a changelog."""
    rows: list[str] = []
    side_by_side = False
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("| figure"):
            side_by_side = not line.startswith("| figure | before |")
        elif line.startswith("| ") and side_by_side:
            rows.append(line)
    return rows


def _cells(row: str) -> list[str]:
    """The cells of a table row (an escaped ``\\|`` stays inside its cell)."""
    return [c.strip() for c in re.split(r"(?<!\\)\|", row.strip().strip("|"))]


def test_every_row_names_an_existing_test() -> None:
    rows = _rows()
    assert len(rows) >= 15
    for row in rows:
        refs = re.findall(r"`(tests/[\w/]+\.py)::(test_\w+)`", row)
        assert refs, f"row names no test: {row[:80]}"
        for path, name in refs:
            text = (REPO / path).read_text(encoding="utf-8")
            assert re.search(rf"^def {name}\(", text, re.M), f"{path}::{name} not found"


def test_every_row_has_a_verdict_and_an_address() -> None:
    """Rows beside a published figure have 7 cells and an address; rows beside an independent
    reference (closed form, hand calculation, second implementation) have 5 and name it."""
    for row in _rows():
        cells = _cells(row)
        assert len(cells) in (5, 7), row[:80]
        if len(cells) == 7:
            assert re.search(r"consistent|disagrees|input", cells[5]), row[:80]
            assert "http" in cells[3] or "figures.md" in cells[3], row[:80]
        else:
            assert re.search(r"agrees|consistent|coherent|explained|disagrees", cells[3]), row[:80]
            assert cells[2], row[:80]
