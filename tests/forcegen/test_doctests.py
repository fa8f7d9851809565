"""The examples in the forcegen docstrings run and print what they say."""

from __future__ import annotations

import doctest

from reassure.models.forcegen import rotation


def test_docstring_examples() -> None:
    result = doctest.testmod(rotation, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 4
    assert result.failed == 0
