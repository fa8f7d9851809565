"""Shared helpers: one capability run through the pipeline and its report section rendered."""

from __future__ import annotations

from typing import Any

import pytest


def section_of(name: str, scenario: Any) -> Any:
    """The report section of capability ``name`` on ``scenario`` (None: the plan has no such table),
    its needs run first, both sides solved by the pipeline."""
    from reassure.run.capabilities import registry
    from reassure.run.capability import Context
    from reassure.run.pipeline import run_capabilities

    caps = registry(runs=2, draws=300)
    done = run_capabilities(scenario, caps, [name])
    return caps[name].section(done[name], Context(scenario, {}, done))


@pytest.fixture(name="section_of")
def _section_of() -> Any:
    return section_of
