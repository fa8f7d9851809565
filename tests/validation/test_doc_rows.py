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
    for row in _rows():
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert len(cells) == 7, row[:80]
        assert re.search(r"consistent|disagrees|input", cells[5]), row[:80]
        assert "http" in cells[3] or "figures.md" in cells[3], row[:80]
