"""reassure: build, test and compare plans for a multinational ceasefire reassurance force.

Every number in a scenario carries its source or a stated assumption; models are pure
functions over typed inputs; every analysis runs with and without the US backstop.

>>> import reassure
>>> scenario = reassure.load_scenario("europe-2025")   # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["ReassureError", "Scenario", "__version__", "load_scenario"]
__version__ = "0.1.0"

if TYPE_CHECKING:
    from reassure.errors import ReassureError
    from reassure.spec import Scenario, load_scenario


def __getattr__(name: str) -> Any:
    # Lazy, so that `import reassure` (and `reassure --help`) stays light.
    if name in ("load_scenario", "Scenario"):
        from reassure import spec

        return getattr(spec, name)
    if name == "ReassureError":
        from reassure.errors import ReassureError

        return ReassureError
    raise AttributeError(f"module 'reassure' has no attribute {name!r}")
