"""(s36) A module-level name bound twice in one module: the later binding silently replaces the
earlier for every function that reads it, wherever each was written (session 36's review found
three new constants that had changed older rules this way, and four older ones left dead)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "reassure"


def _bound_twice(path: Path) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        for t in targets:
            if isinstance(t, ast.Name):
                names[t.id] += 1
    return sorted(n for n, k in names.items() if k > 1)


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    assert _bound_twice(path) == []


def test_the_check_sees_a_name_bound_twice(tmp_path: Path) -> None:
    f = tmp_path / "m.py"
    f.write_text("A = 1\ndef f():\n    return A\nA = 2\nB = 3\n", encoding="utf-8")
    assert _bound_twice(f) == ["A"]
