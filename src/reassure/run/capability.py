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

__all__ = ["Capability", "Context", "Outcome", "Paired", "plain"]

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
        """JSON-ready data: the with-US figures at the top and the same keys under ``without_us``.

        Plain Python types only (dict, list, str, int, float, bool, None), so ``json.dumps``
        takes it as it is: a numpy scalar or array a model leaves in its result is converted.
        """
        return plain(self.capability.report(self))

    def to_frame(self) -> pd.DataFrame:
        """Every scalar figure with and without the US backstop, one row each (pandas).

        Nested figures get dotted keys (``cost_per_year.low``); a Monte Carlo estimate's 95%
        interval gives two rows (``detected_fraction.ci95.low``, ``.ci95.high``) beside its
        ``.value``; other lists are left out (they are tables: see ``to_dict()``). What describes the run rather than one side (the scenario's
        name, ``inputs``, ``settings``, ``defaults_used``: given once, at the top of
        ``to_dict()``) fills both columns; a nested table with its own ``without_us`` (force's
        ``target_low``) puts that in the without-US column, not in a row of its own.

        Values are the model's own: a share or chance as a fraction (0-1), not the percent an
        assessment's frame and the report write (docs/python-api.md, "Scale").
        """
        import pandas as pd

        with_side, without_side = _sides(self.to_dict())
        with_us, without = _flatten(with_side), _flatten(without_side)
        keys = [k for k in with_us if k in without] + [k for k in with_us if k not in without]
        frame = pd.DataFrame({"with_us": [with_us[k] for k in keys],
                              "without_us": [without.get(k) for k in keys]},
                             index=pd.Index(keys, name="figure"))
        return frame


# Keys of a report given once, at the top, because they are the same on both sides.
SHARED_KEYS = ("scenario", "inputs", "settings", "defaults_used")


def _sides(data: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """A report split into its with-US and without-US sides (see `Outcome.to_frame`).

    >>> _sides({"scenario": "s", "n": 1, "low": {"n": 2, "without_us": {"n": 3}},
    ...         "without_us": {"n": 4}})
    ({'scenario': 's', 'n': 1, 'low': {'n': 2}}, {'n': 4, 'scenario': 's', 'low': {'n': 3}})
    """
    with_us: dict[str, Any] = {}
    without: dict[str, Any] = dict(data.get("without_us") or {})
    for key, value in data.items():
        if key == "without_us":
            continue
        if isinstance(value, Mapping) and "without_us" in value:
            with_us[key], alone = _sides(value)
            without.setdefault(key, alone)
            continue
        with_us[key] = value
        if key in SHARED_KEYS:
            without.setdefault(key, value)
    return with_us, without


def plain(node: Any) -> Any:
    """``node`` with numpy scalars and arrays as Python numbers and lists, tuples as lists.

    >>> import numpy as np
    >>> plain({"a": np.bool_(True), "b": (np.int64(2), np.array([0.5]))})
    {'a': True, 'b': [2, [0.5]]}
    """
    kind = type(node)
    if kind in (str, int, float, bool) or node is None:
        return node
    if isinstance(node, Mapping):
        return {k: plain(v) for k, v in node.items()}
    if isinstance(node, list | tuple):
        return [plain(v) for v in node]
    if hasattr(node, "tolist"):  # a numpy scalar (tolist gives its Python value) or array
        return plain(node.tolist())
    return node


def _flatten(node: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Dotted keys for the scalars of ``node``; a 95% interval (``ci95``: ``[low, high]``)
    as two rows, ``.ci95.low`` and ``.ci95.high``; other lists (tables) are left out.

    >>> _flatten({"p": {"value": 0.5, "ci95": [0.4, 0.6]}, "rows": [1, 2], "unit": "%"})
    {'p.value': 0.5, 'p.ci95.low': 0.4, 'p.ci95.high': 0.6, 'unit': '%'}
    """
    out: dict[str, Any] = {}
    for key, value in node.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(_flatten(value, name + "."))
        elif key == "ci95" and isinstance(value, list | tuple) and len(value) == 2:
            out[f"{name}.low"], out[f"{name}.high"] = value
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
    #: What each setting must be, ``{setting: (what it must be, test)}``; checked when the
    #: capability is made (review s33: ``detail="some"`` was silently taken as "all").
    setting_rules: ClassVar[Mapping[str, tuple[str, Callable[[Any], bool]]]] = {}

    def __post_init__(self) -> None:
        from reassure.errors import ReassureError

        for f in fields(self):
            rule, value = self.setting_rules.get(f.name), getattr(self, f.name)
            if rule is not None and not rule[1](value):
                raise ReassureError(f"{self.name} setting {f.name!r} must be {rule[0]} (got {value!r})")

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
