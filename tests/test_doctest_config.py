"""The docstring examples under src/reassure run with the suite (they replaced per-module tests)."""

from __future__ import annotations

import doctest
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_pytest_collects_the_docstring_examples_of_the_package() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]
    assert "src/reassure" in config["testpaths"]
    assert "--doctest-modules" in config["addopts"].split()
    # models/ and run/ have no __init__.py: without this they would be imported as top-level
    # `monitoring`, `response` ... and clash with tests/monitoring.
    assert config["consider_namespace_packages"] is True


def test_there_are_examples_to_run() -> None:
    """Dropping the examples would make the doctest run pass vacuously."""
    parser = doctest.DocTestParser()
    examples = sum(len(parser.get_examples(path.read_text(encoding="utf-8")))
                   for path in (REPO / "src" / "reassure").rglob("*.py"))
    assert examples >= 20
