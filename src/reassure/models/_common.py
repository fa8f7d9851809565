"""Small helpers the models share."""

from __future__ import annotations

import math
from typing import Any

__all__ = ["finite_or_none"]


def finite_or_none(value: Any) -> float | None:
    """``value`` as a float, or None when it is infinite or NaN (JSON has neither).

    >>> finite_or_none(2), finite_or_none(float("inf")), finite_or_none(float("nan"))
    (2.0, None, None)
    """
    x = float(value)
    return x if math.isfinite(x) else None
