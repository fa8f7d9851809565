"""Run the docstring examples of reassure.geo and reassure.theatres."""

from __future__ import annotations

import doctest

import pytest

import reassure.geo
import reassure.theatres
import reassure.theatres._theatre


@pytest.mark.parametrize(
    "module",
    [reassure.geo, reassure.theatres, reassure.theatres._theatre],
    ids=lambda m: m.__name__,
)
def test_doctests(module):
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    if module is reassure.geo:
        assert result.attempted >= 6
