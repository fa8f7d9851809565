"""reassure: build, test and compare plans for a multinational ceasefire reassurance force.

Every number in a scenario carries its source or a stated assumption; models are pure
functions over typed inputs; every analysis runs with and without the US backstop.

>>> import reassure
>>> plan = reassure.load_scenario("europe-2025")
>>> smaller = plan.with_overrides({"force.target_troops": 20000},
...                               assumption="a smaller ask")
>>> smaller.force.target_troops.nominal, smaller.force.target_troops.assumption
(20000.0, 'a smaller ask')

Assessing takes a few seconds, so it is shown, not run here::

    result = reassure.assess(smaller, runs=10, seed=1)
    result.to_frame()                                    # one row a figure, with and without the US
    reassure.run_capability("force", plan).to_frame()

Everything here is imported lazily, so ``import reassure`` (and ``reassure --help``) stays light.
See ``docs/python-api.md``.
"""

from __future__ import annotations

from reassure._startup import hold_ctrl_c_if_launched as _hold

# `python -m reassure.cli` imports this package before cli.py's first line: a Ctrl-C now must
# not print a traceback from inside `typing` (s28, CI). `main()` restores the usual handler.
_hold()

from typing import TYPE_CHECKING as _TYPE_CHECKING  # noqa: E402
from typing import Any as _Any  # noqa: E402

__all__ = [
    "Assessment",
    "CAPABILITIES",
    "Outcome",
    "Paired",
    "ReassureError",
    "Scenario",
    "__version__",
    "assess",
    "compare",
    "load_scenario",
    "run_capability",
]
from reassure._version import __version__  # noqa: E402

#: The capabilities `run_capability` knows, in pipeline order.
CAPABILITIES: tuple[str, ...] = ("force", "posture", "air_policing", "response", "monitoring",
                                 "monitoring_band", "incidents", "maritime", "costs")

if _TYPE_CHECKING:
    from reassure.errors import ReassureError
    from reassure.run.assess import Assessment
    from reassure.run.capability import Outcome, Paired
    from reassure.spec import Scenario, load_scenario

#: `reassure.run.assess.DEFAULT_RUNS`, written out so that importing the package stays light (a test
#: checks the two agree).
_DEFAULT_RUNS = 100

_LAZY = {
    "load_scenario": "reassure.spec",
    "Scenario": "reassure.spec",
    "ReassureError": "reassure.errors",
    "Assessment": "reassure.run.assess",
    "Outcome": "reassure.run.capability",
    "Paired": "reassure.run.capability",
}


def __getattr__(name: str) -> _Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'reassure' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    # The curated names only (and the module's dunders): what `from reassure import *` gives.
    return sorted({*__all__, *(n for n in globals() if n.startswith("__"))})


def _scenario(scenario: _Any) -> Scenario:
    from reassure.spec import Scenario, load_scenario

    return scenario if isinstance(scenario, Scenario) else load_scenario(scenario)


def assess(
    scenario: Scenario | str,
    *,
    runs: int = _DEFAULT_RUNS,
    seed: int | None = None,
    sensitivity: bool = True,
    workers: int = 1,
) -> Assessment:
    """Assess a plan end to end, with and without the US backstop (as `reassure assess`).

    Parameters
    ----------
    scenario : Scenario or str
        A scenario (e.g. from `load_scenario` or `Scenario.with_overrides`), or the name or
        path of one.
    runs : int
        Monte Carlo replications of the incident model.
    seed : int, optional
        Random seed; default the scenario's. Same scenario and seed, same numbers.
    sensitivity : bool
        Also run the one-at-a-time sensitivity pass (tornado charts).
    workers : int
        1 or 2 processes; the numbers do not depend on it.

    Returns
    -------
    Assessment
        ``.to_frame()`` for the key figures, ``["force"]`` (etc.) for one capability's typed
        outcome, ``.to_dict()`` for the ``results.json`` form.
    """
    from reassure.run.assess import Settings
    from reassure.run.assess import assess as _assess

    # Settings refuses a bad value, naming it (review s33: sensitivity="no" ran as True)
    settings = Settings(runs=runs, seed=seed, sensitivity=sensitivity, workers=workers)
    return _assess(_scenario(scenario), settings)


def run_capability(name: str, scenario: Scenario | str, *, seed: int | None = None,
                   **settings: _Any) -> Outcome[_Any, _Any]:
    """Run one capability (and what it needs) with and without the US backstop.

    ``name`` is one of `CAPABILITIES`; ``settings`` go to the capabilities that take them
    (``draws`` for force, ``runs`` and ``workers`` for incidents, ``detail`` for response).
    A setting neither ``name`` nor what it needs takes, or a bad value, raises `ReassureError`.
    The outcome has ``.with_us`` / ``.without_us`` (typed results), ``.to_frame()`` and
    ``.to_dict()`` (the command's ``--format json``).
    """
    from reassure.errors import ReassureError
    from reassure.run.pipeline import run_capability as _run

    if name not in CAPABILITIES:
        from reassure.errors import did_you_mean

        raise ReassureError(f"no capability {name!r}{did_you_mean(name, CAPABILITIES)} "
                            f"(known: {', '.join(CAPABILITIES)})")
    # review s33: an unknown setting, or a bad value, is refused by the pipeline; the seed here
    from numbers import Integral

    from reassure.run.assess import MAX_SEED, SEED_RANGE

    if seed is not None and (not isinstance(seed, Integral) or isinstance(seed, bool)
                             or not 0 <= int(seed) <= MAX_SEED):
        raise ReassureError(f"run_capability setting 'seed' must be {SEED_RANGE}, or None "
                            f"for the scenario's (got {seed!r})")
    return _run(name, _scenario(scenario), seed=seed, **settings)


def compare(*scenarios: Scenario | str, runs: int = _DEFAULT_RUNS, seed: int | None = None,
            workers: int = 1) -> _Any:
    """Plans side by side, as `reassure compare` does: its ``compare.csv`` as a pandas table.

    Each plan is assessed (no sensitivity pass) with its own seed unless ``seed`` is given.
    One row a verdict, figure, denominator or setting, then the inputs that differ (keys
    ``input:<path>``); columns ``label``, ``unit``, then per plan ``<plan>`` (as planned) and
    ``<plan>_without_us``, with a range figure's low end in ``<plan>_range_low``. Plans are named
    as the command names them (two plans sharing a ``name`` get distinct columns; one changed in
    code, `Scenario.with_overrides`, is ``<name> (modified)``).
    ``.attrs["rows"]`` holds the comparison rows behind it by key, as ``compare.json`` has them:
    a figure's 95% intervals (``ci``) and whether each cell differs from the first plan's (``differs``).
    """
    import io

    import pandas as pd

    from reassure.present.compare import compare_csv, comparison_rows, plan_labels

    if not scenarios:
        from reassure.errors import ReassureError

        raise ReassureError("compare needs at least one scenario (a name, path or Scenario)")
    loaded = [_scenario(s) for s in scenarios]  # every plan checked before any is assessed
    # a plan changed in code beside its file's is "europe-2025 (modified)", not "europe-2025-2"
    # (review s50)
    plans, _ = plan_labels([s.name for s in loaded],
                           ["modified" if s.overrides else s.file.stem if s.file is not None else s.name
                            for s in loaded])
    assessed = [assess(s, runs=runs, seed=seed, sensitivity=False, workers=workers) for s in loaded]
    rows = comparison_rows(assessed, plans)
    table = pd.read_csv(io.StringIO(compare_csv(plans, rows)), index_col="key", dtype=str,
                        keep_default_na=False)
    # numbers as numbers where a column holds only numbers (a verdict row's "yes"/"no" stays text)
    for column in table.columns[2:]:
        table[column] = [_number_or_text(v) for v in table[column]]
    from reassure.renamed_ids import RenamedKeys

    # an old figure id (incidents.within_threshold_fraction) finds its row, with a FutureWarning
    table.attrs["rows"] = RenamedKeys({r["key"]: r for r in (*rows, *rows.inputs)})
    return table


def _number_or_text(cell: str) -> _Any:
    try:
        return float(cell.replace(",", "")) if cell else None
    except ValueError:
        return cell


del annotations  # the `from __future__` flag; not part of the API
