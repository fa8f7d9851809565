"""Checks on the plain numbers a model is given: one wording for every :class:`ModelError`.

``what`` names the number as the message should show it, owner first when there is one
(``"air platform f35: sortie_h"``, ``"FRA pledge_troops"``). A NaN fails every check.

>>> check_positive("sortie_h", 0.0)
Traceback (most recent call last):
reassure.errors.ModelError: sortie_h must be > 0 (got 0.0)
>>> check_unit_interval("availability_fraction", 1.2, open_low=True)
Traceback (most recent call last):
reassure.errors.ModelError: availability_fraction must be in (0, 1] (got 1.2)
"""

from __future__ import annotations

import math

from reassure.errors import ModelError

__all__ = [
    "check_finite_positive", "check_low_high", "check_non_negative", "check_positive", "check_unit_interval", "require",
]


def require(ok: bool, message: str) -> None:
    """Raise :class:`ModelError` with ``message`` unless ``ok``."""
    if not ok:
        raise ModelError(message)


def check_positive(what: str, value: float) -> None:
    """``value > 0``."""
    if not value > 0:
        raise ModelError(f"{what} must be > 0 (got {value})")


def check_finite_positive(what: str, value: float) -> None:
    """``value`` a finite ``int`` or ``float`` > 0 (a bool counts as an ``int``)."""
    if not (isinstance(value, int | float) and math.isfinite(value) and value > 0):
        raise ModelError(f"{what} must be a finite number > 0 (got {value!r})")


def check_non_negative(what: str, value: float) -> None:
    """``value >= 0``."""
    if not value >= 0:
        raise ModelError(f"{what} must be >= 0 (got {value})")


def check_unit_interval(what: str, value: float, *, open_low: bool = False, open_high: bool = False) -> None:
    """``value`` in [0, 1], with 0 (``open_low``) or 1 (``open_high``) left out when asked."""
    above = value > 0 if open_low else value >= 0
    below = value < 1 if open_high else value <= 1
    if not (above and below):
        interval = f"{'(' if open_low else '['}0, 1{')' if open_high else ']'}"
        raise ModelError(f"{what} must be in {interval} (got {value})")


def check_low_high(what: str, low: float, high: float) -> None:
    """A range of two numbers: ``0 <= low <= high``."""
    if not 0 <= low <= high:
        raise ModelError(f"{what} must satisfy 0 <= low <= high (got low={low}, high={high})")
