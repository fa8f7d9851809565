"""Run the docstring examples of the monitoring model."""

from __future__ import annotations

import doctest

import pytest

import reassure.models.monitoring.evaluate
import reassure.models.monitoring.types


@pytest.mark.parametrize(
    "module",
    [reassure.models.monitoring.evaluate, reassure.models.monitoring.types],
    ids=lambda m: m.__name__,
)
def test_doctests(module) -> None:  # noqa: ANN001
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
