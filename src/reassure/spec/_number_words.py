"""How a bound or a value is written for a reader in the scenario's messages (its own module:
`_quantity` and `_bounds` both need it, and `_bounds` reads `_quantity`)."""

from __future__ import annotations

import math

__all__ = ["number_text"]


def number_text(x: float) -> str:
    """A bound or a value as people write it: ``1,000,000`` and ``0.5``, never ``1e+06``
    (review s34); a fraction of a unit to three significant figures (``0.00278``).

    >>> [number_text(x) for x in (1e6, 2e9, 1234.5, 0.5, 1 / 360, 0, 24, 1e-300)]
    ['1,000,000', '2,000,000,000', '1,234.5', '0.5', '0.00278', '0', '24', '1e-300']
    """
    if x == 0 or not math.isfinite(x):
        return f"{x:g}"
    if abs(x) >= 1000:
        if float(x).is_integer() and abs(x) < 1e18:
            return f"{int(x):,}"
        return f"{x:,.1f}".removesuffix(".0") if abs(x) < 1e18 else f"{x:.3g}"
    if abs(x) < 0.01:
        return f"{x:.3g}"  # a tiny value (1e-300 km) is a slip whichever way it is written
    return f"{x:.6g}"
