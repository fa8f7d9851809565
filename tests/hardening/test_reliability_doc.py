"""docs/reliability.md stays true: every test it names exists, and its span table lists every
field row of spec/_bounds.py."""

from __future__ import annotations

import ast
import re

from scenario_fuzz import REPO

from reassure.spec._bounds import BY_FIELD

DOC = (REPO / "docs" / "reliability.md").read_text(encoding="utf-8")


def test_every_named_test_exists() -> None:
    named = re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", DOC)
    assert len(named) >= 15
    for file, name in named:
        tree = ast.parse((REPO / file).read_text(encoding="utf-8"))
        functions = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
        assert name in functions, f"{file}::{name} is named in docs/reliability.md but does not exist"


def test_every_field_span_is_documented() -> None:
    missing = [field for field in BY_FIELD if f"`{field}`" not in DOC]
    assert not missing, f"spans not in docs/reliability.md: {missing}"
