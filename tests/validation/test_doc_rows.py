"""Every row of docs/validation.md names a test that exists (file and function)."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DOC = REPO / "docs" / "validation.md"


def _rows() -> list[str]:
    return [line for line in DOC.read_text(encoding="utf-8").splitlines()
            if line.startswith("| ") and not line.startswith("| figure") and not line.startswith("|---")]


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
