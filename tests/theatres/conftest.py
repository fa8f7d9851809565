"""Shared fixtures for the theatre and geo tests."""

from __future__ import annotations

import pytest

from reassure.theatres import Theatre, load_theatre


@pytest.fixture(scope="session")
def theatre() -> Theatre:
    """The shipped ukraine-2025 theatre (loaded once)."""
    return load_theatre("ukraine-2025")
