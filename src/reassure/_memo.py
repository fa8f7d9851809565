"""Memoising work per scenario within one process.

Scenarios are immutable, so a result computed from one scenario object stays valid for as long
as that object lives. The cache keys on the object's identity and keeps the object itself, so an
id cannot be reused by another scenario while its entry is held; it keeps the last few only.
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["per_scenario"]

R = TypeVar("R")


def per_scenario(fn: Callable[..., R], size: int = 8) -> Callable[..., R]:
    """Cache ``fn(scenario)`` (called without keyword arguments) by the scenario's identity."""
    cache: OrderedDict[int, tuple[Any, R]] = OrderedDict()

    @functools.wraps(fn)
    def wrapper(scenario: Any, **kwargs: Any) -> R:
        if kwargs:
            return fn(scenario, **kwargs)
        hit = cache.get(id(scenario))
        if hit is not None and hit[0] is scenario:
            cache.move_to_end(id(scenario))
            return hit[1]
        result = fn(scenario)
        cache[id(scenario)] = (scenario, result)
        while len(cache) > size:
            cache.popitem(last=False)
        return result

    wrapper.cache_clear = cache.clear  # type: ignore[attr-defined]
    return wrapper
