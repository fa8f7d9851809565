"""The capability protocol: one shape for every model area of an assessment.

In the spirit of scikit-learn's estimator API, a capability is a small frozen object whose
constructor arguments are its settings (``Force(draws=2000)``, ``Incidents(runs=20)``) and
which declares:

``name``
    its key in the pipeline (``"force"``);
``needs``
    the names of the capabilities whose typed results it reads;
``reads``
    the scenario paths it reads (the report footnotes them to their sources);
``build_input(scenario, upstream, *, us_backstop) -> input``
    the frozen model input of one side (delegates to `reassure.bridge`); ``upstream`` maps each
    needed capability to its result on the same side;
``solve(input, seed) -> result``
    the pure, seeded model run (`reassure.models.solve`); same input and seed, same result;
``section(outcome, context) -> SectionResult | None``
    the report section rendered from the outcome;
``report(outcome) -> dict``
    the JSON-ready data of ``results.json`` and of the command's ``--format json``.

"With and without the US backstop" is done once, by the pipeline (`reassure.run.pipeline`),
for every capability: it builds and solves both sides and hands back a `Paired` result. A
capability whose input does not depend on US assets says so (``us_dependent = False``) and is
solved once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

if TYPE_CHECKING:
    import pandas as pd

    from reassure.run.results import SectionResult

__all__ = ["Capability", "Context", "Outcome", "Paired"]

T = TypeVar("T")
U = TypeVar("U")


@dataclass(frozen=True)
class Paired(Generic[T]):
    """The same thing with and without the US backstop."""

    with_us: T
    without_us: T

    def map(self, fn: Callable[[T], U]) -> Paired[U]:
        """``fn`` applied to each side (once only when both sides are the same object)."""
        first = fn(self.with_us)
        return Paired(first, first if self.without_us is self.with_us else fn(self.without_us))

    def side(self, us_backstop: bool) -> T:
        return self.with_us if us_backstop else self.without_us


@dataclass(frozen=True)
class Outcome(Generic[T, U]):
    """One capability's run on one scenario: its inputs and results, both sides."""

    name: str
    capability: Capability
    scenario_name: str
    inputs: Paired[T]
    results: Paired[U]
    seed: int
    seconds: float = 0.0

    @property
    def with_us(self) -> U:
        return self.results.with_us

    @property
    def without_us(self) -> U:
        return self.results.without_us

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: the with-US figures at the top and the same keys under ``without_us``."""
        return self.capability.report(self)

    def to_frame(self) -> pd.DataFrame:
        """Every scalar figure with and without the US backstop, one row each (pandas).

        Nested figures get dotted keys (``cost_per_year.low``); lists are left out (they are
        tables: see ``to_dict()``).
        """
        import pandas as pd

        data = self.to_dict()
        with_us = _flatten({k: v for k, v in data.items() if k != "without_us"})
        without = _flatten(data.get("without_us", {}))
        keys = [k for k in with_us if k in without] + [k for k in with_us if k not in without]
        frame = pd.DataFrame({"with_us": [with_us[k] for k in keys],
                              "without_us": [without.get(k) for k in keys]},
                             index=pd.Index(keys, name="figure"))
        return frame


def _flatten(node: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in node.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(_flatten(value, name + "."))
        elif isinstance(value, bool | int | float | str) or value is None:
            out[name] = value
    return out


@dataclass(frozen=True)
class Context:
    """What a section is rendered with: the scenario, run settings and every outcome so far."""

    scenario: Any
    settings: Mapping[str, Any]
    outcomes: Mapping[str, Outcome[Any, Any]]


@dataclass(frozen=True)
class Capability:
    """Base of every capability (see the module docstring for the protocol)."""

    name: ClassVar[str] = ""
    needs: ClassVar[tuple[str, ...]] = ()
    reads: ClassVar[tuple[str, ...]] = ()
    us_dependent: ClassVar[bool] = True  # False: one input serves both sides
    heavy: ClassVar[bool] = False  # worth a second process when two workers are allowed
    uses_seed: ClassVar[bool] = True  # False: ``solve`` ignores the seed (a deterministic model)

    def get_params(self) -> dict[str, Any]:
        """The settings this capability was made with (scikit-learn's ``get_params``)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def build_input(self, scenario: Any, upstream: Mapping[str, Any], *, us_backstop: bool) -> Any:
        raise NotImplementedError

    def solve(self, inp: Any, seed: int) -> Any:
        raise NotImplementedError

    def report(self, outcome: Outcome[Any, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def section(self, outcome: Outcome[Any, Any], context: Context) -> SectionResult | None:
        return None
