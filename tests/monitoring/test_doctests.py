"""Run the docstring examples of the monitoring model."""

from __future__ import annotations

import doctest

import pytest

import reassure.models.monitoring.figures
import reassure.models.monitoring.inputs


@pytest.mark.parametrize(
    "module",
    [reassure.models.monitoring.figures, reassure.models.monitoring.inputs],
    ids=lambda m: m.__name__,
)
def test_doctests(module) -> None:  # noqa: ANN001
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
