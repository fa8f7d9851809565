"""Designs: which plan variants an experiment runs.

Every design is built in the unit hypercube ``[0, 1]^k`` (one column per factor) and then mapped
to factor values: a range by its distribution, a list of choices by equal slices of ``[0, 1)``.

- ``lhs``: Latin hypercube (scipy.stats.qmc.LatinHypercube), ``samples`` rows.
- ``monte-carlo``: independent uniform draws, ``samples`` rows.
- ``sobol``: Saltelli's scheme for Sobol indices (SALib.sample.sobol), ``N (k + 2)`` rows, or
  ``N (2k + 2)`` with second-order indices; ``samples`` is N (a power of 2).
- ``morris``: Morris trajectories (SALib.sample.morris) on a ``levels`` grid, ``samples (k + 1)`` rows.
- ``factorial``: every combination of ``levels`` evenly spaced values per range and every choice.
- ``nolh``: an orthogonal Latin hypercube by Ye's construction (K. Q. Ye, "Orthogonal column Latin
  hypercubes and their application in computer experiments", JASA 93 (1998) 1430-1439): 2^m + 1
  runs for up to 2m - 2 factors (17 runs for 6, 33 for 8, 65 for 10, 129 for 12, 257 for 14,
  513 for 16). It is the design Cioppa and Lucas (Technometrics 49 (2007) 45-55) extend to their
  nearly orthogonal tables, which fit more factors in the same runs; Ye's columns are exactly
  orthogonal, at the cost of more runs per factor. ``samples`` is ignored.
"""

from __future__ import annotations

import contextlib
import itertools
import math
from dataclasses import dataclass, field
from functools import reduce
from pathlib import Path
from typing import Any

import numpy as np

from reassure.errors import ReassureError
from reassure.spec._model_checks import target_minimum_paired

__all__ = [
    "ResolvedFactor",
    "Plan",
    "build_plan",
    "factor_path_problems",
    "not_a_figure",
    "outcome_problems",
    "with_problems",
    "default_column",
    "ishigami",
    "salib_problem",
    "unit_design",
    "ye_olh",
]

MAX_EXPERIMENTS = 2_000_000


@dataclass(frozen=True)
class ResolvedFactor:
    """A factor checked against the base scenario, with its unit and provenance."""

    name: str
    path: str
    role: str  # "uncertainty" or "lever"
    low: float | None = None
    high: float | None = None
    values: tuple[Any, ...] | None = None
    distribution: str = "uniform"
    mode: float | None = None
    integer: bool = False
    unit: str = ""
    base_text: str = ""
    source: tuple[str, ...] = ()
    assumption: str | None = None

    @property
    def is_choice(self) -> bool:
        return self.values is not None

    def value(self, u: float) -> Any:
        """Map a unit coordinate ``u`` in [0, 1] to this factor's value."""
        if self.values is not None:
            return self.values[min(int(u * len(self.values)), len(self.values) - 1)]
        assert self.low is not None and self.high is not None
        lo, hi = self.low, self.high
        whole = None
        if self.integer and math.floor(hi) >= math.ceil(lo):
            # (review s49) each whole value its own unit-wide share of the draw: rounding a draw
            # over [low, high] gave the two ends half the plans each value between them got
            whole = (math.ceil(lo), math.floor(hi))
            lo, hi = whole[0] - 0.5, whole[1] + 0.5
        if self.distribution == "triangular" and hi > lo:
            from scipy.stats import triang

            c = ((self.mode if self.mode is not None else lo) - lo) / (hi - lo)
            x = float(triang.ppf(u, c, loc=lo, scale=hi - lo))
        elif self.distribution == "normal" and hi > lo:
            from scipy.stats import truncnorm

            mid, sd = (lo + hi) / 2, (hi - lo) / 4
            x = float(truncnorm.ppf(u, -2.0, 2.0, loc=mid, scale=sd))
        else:
            x = lo + u * (hi - lo)
        x = min(max(x, lo), hi)
        if whole is not None:
            return float(min(max(math.floor(x + 0.5), whole[0]), whole[1]))
        return float(round(x)) if self.integer else x

    def to_dict(self) -> dict[str, Any]:
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.__dict__.items()}


@dataclass
class Plan:
    """The experiments to run: factors, the unit design and each experiment's overrides."""

    name: str
    title: str
    file: Path
    text: str
    scenarios: list[Any]
    factors: list[ResolvedFactor]
    unit: np.ndarray  # experiments x factors, in [0, 1]
    design: dict[str, Any]
    seed: int
    runs: int
    replications: int
    batch_size: int
    outcomes: tuple[str, ...]
    fail: str | None = None
    description: str = ""
    constants: dict[str, Any] = field(default_factory=dict)
    #: the constants of each base scenario (by index), each in that scenario's own unit
    scenario_constants: dict[int, dict[str, Any]] = field(default_factory=dict)
    #: each constant's unit, source ids and assumption (the file's `[constants]` tables)
    constant_provenance: dict[str, dict[str, Any]] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    #: the experiment file's old names read as new ones, one note each (`LoadedExperiment.notes`)
    notes: tuple[str, ...] = ()
    #: values the file sets that are likely unit slips (``FILE:LINE: constants."..." is 45 h,
    #: ...; did you mean 45 min?``), said before the run as a scenario file's are
    warnings: tuple[str, ...] = ()

    @property
    def n_experiments(self) -> int:
        return int(self.unit.shape[0])

    def inputs(self, experiment_id: int) -> dict[str, Any]:
        """Column name -> value of every factor for one experiment."""
        row = self.unit[experiment_id]
        return {f.name: f.value(float(u)) for f, u in zip(self.factors, row, strict=True)}

    def overrides(self, experiment_id: int) -> tuple[int, dict[str, Any]]:
        """(base scenario index, {scenario path: value}) for one experiment."""
        values = self.inputs(experiment_id)
        base = 0
        out: dict[str, Any] = {}
        for f in self.factors:
            if f.path == "scenario":
                base = [s.name for s in self.scenarios].index(values[f.name])
            else:
                out[f.path] = values[f.name]
        # the constants in the units of the experiment's own base scenario
        return base, {**self.scenario_constants.get(base, self.constants), **out}


# -- unit designs -------------------------------------------------------------------------------
def _kron(mats: list[np.ndarray]) -> np.ndarray:
    return reduce(np.kron, mats)


def ye_olh(m: int) -> np.ndarray:
    """Ye's (1998) orthogonal Latin hypercube: 2^m + 1 runs, 2m - 2 columns, levels -2^(m-1)..2^(m-1)."""
    if m < 2:
        raise ValueError("m must be >= 2")
    h = 2 ** (m - 1)
    e = np.arange(1, h + 1)
    eye, rev = np.eye(2, dtype=np.int64), np.array([[0, 1], [1, 0]])
    perm = {k: _kron([eye] * (m - 1 - k) + [rev] * k) for k in range(1, m)}
    cols = [e] + [perm[k] @ e for k in range(1, m)] + [perm[m - 1] @ perm[k] @ e for k in range(1, m - 1)]

    def sign(k: int) -> np.ndarray:
        parts = [np.array([1, 1])] * (m - 1)
        parts[m - 1 - k] = np.array([-1, 1])
        return _kron(parts)

    signs = [np.ones(h, dtype=np.int64)] + [sign(k) for k in range(1, m)] + [
        sign(1) * sign(k + 1) for k in range(1, m - 1)]
    t = np.column_stack([c * s for c, s in zip(cols, signs, strict=True)])
    return np.vstack([t, np.zeros((1, t.shape[1]), dtype=np.int64), -t])


def salib_problem(names: list[str]) -> dict[str, Any]:
    """A SALib problem over the unit hypercube (factor values are mapped afterwards)."""
    return {"num_vars": len(names), "names": list(names), "bounds": [[0.0, 1.0]] * len(names)}


def unit_design(kind: str, k: int, *, samples: int, levels: int, second_order: bool, seed: int,
                choices: list[int | None] | None = None) -> np.ndarray:
    """The design in [0, 1]^k. ``choices[i]`` is the number of choices of a discrete factor."""
    choices = choices or [None] * k
    if kind == "lhs":
        from scipy.stats import qmc

        return qmc.LatinHypercube(d=k, rng=np.random.default_rng(seed)).random(samples)
    if kind == "monte-carlo":
        return np.random.default_rng(seed).random((samples, k))
    if kind == "sobol":
        from SALib.sample import sobol

        return np.asarray(sobol.sample(salib_problem([f"x{i}" for i in range(k)]), samples,
                                       calc_second_order=second_order, scramble=True, seed=seed))
    if kind == "morris":
        from SALib.sample import morris

        return np.asarray(morris.sample(salib_problem([f"x{i}" for i in range(k)]), samples,
                                        num_levels=levels, seed=seed))
    if kind == "factorial":
        axes = [np.linspace(0.0, 1.0, levels) if c is None else (np.arange(c) + 0.5) / c for c in choices]
        total = math.prod(len(a) for a in axes)
        if total > MAX_EXPERIMENTS:
            raise ReassureError(f"a full factorial of these factors has {total:,} experiments; "
                                f"at most {MAX_EXPERIMENTS:,} (use fewer levels or another design)")
        return np.array(list(itertools.product(*axes)), dtype=float).reshape(total, k)
    if kind == "nolh":
        m = max(3, math.ceil((k + 2) / 2))
        table = ye_olh(m)[:, :k].astype(float)
        h = 2 ** (m - 1)
        return (table + h) / (2 * h)
    raise ReassureError(f"unknown design kind {kind!r}")


def ishigami(x: np.ndarray, a: float = 7.0, b: float = 0.1) -> np.ndarray:
    """The Ishigami function on [-pi, pi]^3, the usual closed-form check of Sobol indices."""
    return np.sin(x[:, 0]) + a * np.sin(x[:, 1]) ** 2 + b * x[:, 2] ** 4 * np.sin(x[:, 0])


# -- from an experiment file to a plan -----------------------------------------------------------
def default_column(path: str) -> str:
    """The results column of an input the experiment file gives no ``name``: its scenario path
    with every run of characters outside ``[A-Za-z0-9_]`` made one underscore.

    >>> default_column("monitoring.fleets[european-male].orbits")
    'monitoring_fleets_european_male_orbits'
    """
    import re

    return re.sub(r"_+", "_", re.sub(r"[^A-Za-z0-9_]", "_", path)).strip("_")


def with_problems(problems: list[Any]) -> Any:
    """Every problem of one file as one error: the first, saying how many more there are, with
    all of them in its ``problems`` (the CLI prints each on its own line)."""
    from reassure.errors import ScenarioError

    first = problems[0]
    if len(problems) > 1:
        first = type(first)(first.file, first.detail, field=first.field, line=first.line, got=first.got,
                            show_got=first._show_got, more=len(problems) - 1, note=first.note)
    first.problems = tuple(p for p in problems if isinstance(p, ScenarioError))
    return first


def _load_scenarios(refs: list[Any], relative_to: Path, error: Any, problems: list[Any]) -> list[Any]:
    """The scenarios ``refs`` names (``None`` for one that does not load: its problem is added
    to ``problems``, pointing at its entry through ``error(loc, message, got)``)."""
    from reassure.errors import InputFileError, ScenarioError
    from reassure.spec import load_scenario, resolve_scenario

    out: list[Any] = []
    for i, ref in enumerate(refs):
        try:
            out.append(load_scenario(resolve_scenario(ref, relative_to=relative_to)))
        except InputFileError as exc:
            # The loader's message repeats the name; keep its hint and list, echo the name once.
            detail = str(exc).removeprefix(f"{ref}: ").removeprefix("no such scenario file or shipped scenario")
            problems.append(error(("scenarios", i), f"names no scenario file or shipped scenario{detail}", ref))
            out.append(None)
        except ScenarioError as exc:
            problems.append(error(("scenarios", i), f"is not a valid scenario: {exc}"))
            out.append(None)
    return out


def _path_problem(scenarios: list[Any], loc: tuple[str | int, ...], path: str, error: Any) -> Any:
    """The problem of a factor's ``path`` that names nothing in one of ``scenarios``, or None."""
    from reassure.run.explore.evaluate import PathError, resolve_path

    for s in scenarios:
        try:
            resolve_path(s, path)
        except PathError as exc:
            note = getattr(exc, "note", "")
            if note:
                return error((*loc, "path"), f"{exc} in scenario {s.name}", path, note=note)
            return error((*loc, "path"), f"{exc} in scenario {s.name}", path)
    return None


def _held_value(current: Any, path: str, constant: Any) -> tuple[Any, str]:
    """A constant's value in the unit of ``current`` (the base scenario's value at ``path``):
    ``{ value = 45, unit = "min" }`` on a threshold in hours is 0.75; and why its unit cannot be,
    or ""."""
    from reassure.spec import Quantity
    from reassure.spec import units as _units

    value = constant.value
    if constant.unit is None:
        return value, ""
    if not isinstance(current, Quantity) or not current.unit:
        return value, f"{path} has no unit in the base scenario: leave `unit` out"
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value, f"is for a number; {path} is a quantity in {current.unit}"
    given, wanted = _units.dimension_of(constant.unit), _units.dimension_of(current.unit)
    if given is None or given != wanted:
        known = ", ".join(_units.units_of(wanted)) if wanted else current.unit
        from reassure.errors import did_you_mean

        return value, (f"must be a unit of {_units.dimension_label(wanted or '')} as {path} is ({known})"
                       + did_you_mean(constant.unit, _units.units_of(wanted) if wanted else []))
    if constant.unit == current.unit:
        return value, ""
    converted = value * _units.factor(constant.unit) / _units.factor(current.unit)
    return (round(converted) if float(converted).is_integer() and isinstance(value, int) else converted), ""


def _unknown_sources(scenarios: list[Any], loc: tuple[str | int, ...], ids: tuple[str, ...], error: Any) -> list[Any]:
    """A problem for each of ``ids`` that no one of ``scenarios`` cites in its `[[sources]]`: a
    range or a constant rests on a source the report can name (review s50: an unknown id was
    stored, and the report linked to nothing). The report lists every base scenario's sources."""
    from reassure.errors import did_you_mean

    known = list(dict.fromkeys(src.id for s in scenarios for src in s.sources))
    which = scenarios[0].name if len(scenarios) == 1 else "any base scenario"
    return [error((*loc, "source", j), f"names no source of {'scenario ' if len(scenarios) == 1 else ''}{which}"
                  f"{did_you_mean(source_id, known)}: a range or a value rests on a source a base scenario "
                  "cites in its [[sources]]", source_id)
            for j, source_id in enumerate(ids) if source_id not in known]


def _factor_path_lines(text: str) -> dict[tuple[str | int, ...], int]:
    """Where each ``path = ...`` of a ``[[uncertainties.factor]]`` or ``[[levers]]`` table stands:
    ``{("levers", 0, "path"): line}`` (1-based), read line by line from the raw TOML.

    >>> _factor_path_lines('[[levers]]\\npath = "a"\\n[[levers]]\\nlow = 1\\npath = "b"\\n')
    {('levers', 0, 'path'): 2, ('levers', 1, 'path'): 5}
    """
    import re

    counts = {"levers": -1, "uncertainties.factor": -1}
    where: dict[tuple[str | int, ...], int] = {}
    table: str | None = None
    for n, line in enumerate(text.splitlines(), 1):
        header = re.match(r"\s*\[\[\s*([\w.\s-]+?)\s*\]\]", line)
        if header or re.match(r"\s*\[", line):
            name = re.sub(r"\s", "", header.group(1)) if header else ""
            table = name if name in counts else None
            if table is not None:
                counts[table] += 1
        elif table is not None and re.match(r"\s*path\s*=", line):
            where[(*table.split("."), counts[table], "path")] = n
    return where


def factor_path_problems(file: Path) -> list[Any]:
    """The factors' paths of the experiment ``file`` that name nothing in its scenarios, and the
    ends or choices of the others that its first scenario refuses, read from the raw TOML: for a
    file the experiment schema refuses, so that a misspelt path or a refused bound is reported
    with the schema's problems, not only once they are fixed (review s12 #8, review s33). Empty
    when the file cannot be read or parsed, or its scenarios do not load (reported already)."""
    import tomllib
    from typing import cast

    from reassure.spec.experiment import LoadedExperiment, key_lines

    try:
        text = file.read_text(encoding="utf-8")
        data = tomllib.loads(text)
        where = key_lines(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError, ValueError):
        return []  # the loader has reported it already
    loaded = LoadedExperiment(cast(Any, None), file, text, _factor_path_lines(text))
    refs = data.get("scenarios")
    if not isinstance(refs, list) or not refs or not all(isinstance(r, str) for r in refs):
        return []
    ignored: list[Any] = []
    scenarios = _load_scenarios(refs, file.parent, loaded.error, ignored)
    if ignored:
        return []
    uncertainties = data.get("uncertainties")
    lists: list[tuple[tuple[str | int, ...], Any]] = [
        (("uncertainties", "factor"), uncertainties.get("factor") if isinstance(uncertainties, dict) else None),
        (("levers",), data.get("levers"))]
    # review s33: a bound the scenario refuses is listed here too, at its own line
    bounds = LoadedExperiment(cast(Any, None), file, text, {**where, **loaded.where})
    problems = []
    for top, items in lists:
        for i, item in enumerate(items if isinstance(items, list) else []):
            path = item.get("path") if isinstance(item, dict) else None
            if isinstance(path, str):
                problem = _path_problem(scenarios, (*top, i), path, loaded.error)
                if problem is not None:
                    problems.append(problem)
                else:
                    problems += _bound_problems(scenarios[0], (*top, i), item, bounds.error)
    return problems


def _bound_problems(base: Any, loc: tuple[str | int, ...], item: dict[str, Any], error: Any) -> list[Any]:
    """The ends or choices of the raw factor table ``item`` that the scenario ``base`` refuses,
    with `build_plan`'s own messages (review s33); none for a table the schema refuses or whose
    values `build_plan` refuses for their kind (that is said instead) before it tries them."""
    from pydantic import ValidationError

    from reassure.run.explore.evaluate import resolve_path
    from reassure.spec.experiment import Factor, Uncertainty

    try:
        f = (Uncertainty if loc[0] == "uncertainties" else Factor).model_validate(item)
    except ValidationError:
        return []  # the schema reports it
    current = resolve_path(base, f.path)
    unit_name, text = _base_unit_text(current)
    kind = _kind_problem(current, unit_name, text, f, loc, error)
    if kind is not None:  # review s44 #1: said with the schema's problems (a wrong `unit`), not after them
        return [kind]
    return _trial(base, f, loc, error)[1]


def _base_unit_text(current: Any) -> tuple[str, str]:
    """The unit of the base scenario's value ``current`` at a factor's path ("" when it is not a
    quantity) and the value as the report writes it (a shipped default names its file)."""
    from reassure.spec import Quantity

    if not isinstance(current, Quantity):
        return "", str(current)
    text = current.text()
    note = current.note or ""
    if note.startswith("shipped default"):  # the file leaves it out
        text += f" ({note.split(';')[0]})"
    return current.unit, text


def _kind_problem(current: Any, unit_name: str, text: str, f: Any, loc: tuple[str | int, ...],
                  error: Any) -> Any:
    """Why factor ``f``'s values are not of the kind its path takes (``current``, the base
    scenario's value: numbers for a quantity in ``unit_name``, true/false for a switch, choices
    for anything else), or None."""
    from reassure.spec import Quantity

    if isinstance(current, Quantity):
        if f.values is not None and any(isinstance(v, bool) or not isinstance(v, int | float) for v in f.values):
            return error((*loc, "values"), f"must be numbers: {f.path} is a quantity in {unit_name}")
    elif isinstance(current, bool):
        if f.values is None or any(not isinstance(v, bool) for v in f.values):
            return error((*loc, "values"), f"must be [true, false] choices: {f.path} is on/off")
    elif f.values is None:
        return error((*loc, "values"), f"is needed: {f.path} is not a number ({text!r}), so list its choices")
    if f.unit is not None and f.unit != unit_name:
        if not unit_name:
            return error((*loc, "unit"), f"{f.path} has no unit in the base scenario: leave `unit` out "
                         f"(got {f.unit!r})")
        return error(
            (*loc, "unit"), f"must be the unit of {f.path} in the base scenario: write unit = \"{unit_name}\" "
            f"(low/high or values in it) (got {f.unit!r})")
    return None


def _trial(base: Any, f: Any, loc: tuple[str | int, ...], error: Any) -> tuple[list[tuple[str, Any]], list[Any]]:
    """Factor ``f``'s extremes (its ends, or every choice) and those the scenario ``base``
    refuses: every value must be one the scenario accepts, tried now, not mid-run."""
    from reassure.run.explore.evaluate import apply_overrides

    trial = [("values", v) for v in f.values] if f.values is not None else [("low", f.low), ("high", f.high)]
    refused = []
    # The target and the minimum contribution are checked against each other's range (in
    # `build_plan`), not each end against the base's value of the other (review s20 explore #2).
    with target_minimum_paired() if f.path in _TARGET_MINIMUM else contextlib.nullcontext():
        for key, v in trial:
            try:
                apply_overrides(base, {f.path: v})
            except ReassureError as exc:
                # an experiment's range is in the scenario quantity's own unit (`unit` must be
                # it): the scenario files' "or unit = \"percent\"" would be refused (review s50)
                refused.append(error((*loc, key), str(exc).replace(', or unit = "percent"?', "?")))
        inner = None if f.values is not None or f.integer else _a_fraction_inside(f.low, f.high)
        if inner is not None and not refused:
            # review s50: ends of 2 and 10 pass, and every draw between (6.92 orbits) was refused
            # mid-run: a whole-number field needs `integer = true`, said before the run
            try:
                apply_overrides(base, {f.path: inner})
            except ReassureError as exc:
                if "whole number" not in str(exc):
                    refused.append(error(loc, f"{f.path} = {inner:g} inside the range is refused: {exc}"))
                    return trial, refused
                refused.append(error((*loc, "integer"), f"is needed: {f.path} takes whole numbers, and a range "
                                     f"draws fractions ({inner:g}); add `integer = true`"))
    return trial, refused


def _whole_only(base: Any, path: str, low: float, high: float) -> bool:
    """Whether the scenario ``base`` takes only whole numbers at ``path`` (a value with a fraction
    between ``low`` and ``high`` is refused as not whole)."""
    from reassure.run.explore.evaluate import apply_overrides

    inner = _a_fraction_inside(low, high)
    if inner is None:
        return False
    try:
        apply_overrides(base, {path: inner})
    except ReassureError as exc:
        return "whole number" in str(exc)
    return False


def _a_fraction_inside(low: float | None, high: float | None) -> float | None:
    """A value with a fraction between ``low`` and ``high``, which draws over that range will
    include, or None (no range, or one too narrow to hold one)."""
    if low is None or high is None or high - low <= 0:
        return None
    inner = low + (high - low) / 2
    if float(inner).is_integer():
        inner += min(0.5, (high - low) / 4)
    return None if float(inner).is_integer() else inner


def not_a_figure(outcome: str, ids: list[str]) -> str:
    """Why ``outcome`` is refused when it is not among the figure ids ``ids``."""
    from reassure.errors import did_you_mean

    return f"is not a figure the assessment reports{did_you_mean(outcome, ids)}"


def outcome_problems(file: Path) -> list[Any]:
    """The outcomes of the experiment ``file`` that are not figures the assessment reports, read
    from the raw TOML: for a file refused for another mistake, so that a misspelt outcome is
    listed with the others, not only once they are fixed (review s20 explore #4). The figure ids
    are known from one quiet evaluation of the first base scenario. Empty when the file cannot be
    read, lists no outcome ids, or its first scenario does not load (each reported already)."""
    import tomllib
    from typing import cast

    from reassure.run.explore.evaluate import evaluate, figure_ids, report_sections
    from reassure.spec.experiment import OUTCOME_ID, LoadedExperiment, key_lines

    try:
        text = file.read_text(encoding="utf-8")
        data = tomllib.loads(text)
        where = key_lines(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError, ValueError):
        return []  # the loader has reported it already
    outcomes, refs = data.get("outcomes"), data.get("scenarios")
    if not isinstance(outcomes, list) or not isinstance(refs, list) or not refs or not isinstance(refs[0], str):
        return []
    from reassure.renamed_ids import current_id

    # an old id (incidents.detected_fraction) is its new one; the loader notes it
    ids_given = {i: current_id(o)[0] for i, o in enumerate(outcomes) if isinstance(o, str) and OUTCOME_ID.match(o)}
    typed = {i: outcomes[i] for i in ids_given}  # a refusal names and matches what the file says
    if not ids_given:
        return []  # the schema says what an outcome id looks like
    loaded = LoadedExperiment(cast(Any, None), file, text, where)
    ignored: list[Any] = []
    scenario = _load_scenarios(refs[:1], file.parent, loaded.error, ignored)[0]
    if scenario is None:
        return []
    sections: set[str] | None = {o.split(".", 1)[0] for o in ids_given.values()}
    if sections is not None and not sections <= report_sections():
        sections = None
    try:
        ids = figure_ids(evaluate(scenario, {}, seed=0, runs=1, sections=sections))
    except ReassureError:
        return []  # the base scenario itself is refused: the run says so once the rest is fixed
    return [loaded.error(("outcomes", i), not_a_figure(typed[i], ids), typed[i])
            for i, o in ids_given.items() if o not in ids]


def build_plan(loaded: Any) -> Plan:
    """Check every factor against the base scenario(s) and build the design.

    ``loaded`` is a `reassure.spec.experiment.LoadedExperiment`; errors point at its lines.
    Every problem found is reported at once (one error, all of them in its ``problems``),
    before any evaluation; a factor whose path names nothing is not checked further.
    """
    exp, error = loaded.experiment, loaded.error
    problems: list[Any] = []
    scenarios = _load_scenarios(list(exp.scenarios), loaded.path.parent, error, problems)
    if problems:  # the factors are checked against every scenario: all must load first
        raise with_problems(problems)
    declared = _declared(exp)
    problems += _exclude_problems(scenarios[0], exp.uncertainties.exclude, error)
    factors: list[ResolvedFactor] = []
    if exp.uncertainties.sourced_ranges:
        factors += _sourced_range_factors(exp, scenarios, {f.path for *_, f in declared}, error, problems)
    varied: dict[str, tuple[str | int, ...]] = {}  # each path's first factor
    factors += _declared_factors(declared, scenarios, varied, error, problems)
    for top, sub, i, f in declared:
        problems += _unknown_sources(scenarios, _declared_loc(top, sub, i), f.source, error)
    held_values, scenario_constants, warned = _held_constants(exp, scenarios, factors, varied, error, problems)
    if len(scenarios) > 1:
        factors.append(_scenario_factor(scenarios))
    if not factors and not problems:  # (a factor refused above is not "nothing to vary")
        problems.append(error(("uncertainties",), "leave nothing to vary: the base scenario has no ranged "
                              "quantity left; add [[uncertainties.factor]] or [[levers]]"))
    problems += _column_and_design_problems(factors, exp.design, error)
    if problems:
        raise with_problems(problems)
    unit = _unit_design_of(exp, factors, error)
    d = exp.design
    design = {"kind": d.kind, "samples": d.samples, "levels": d.levels, "second_order": d.second_order,
              "rows": int(unit.shape[0])}
    return Plan(name=exp.name, title=exp.title, file=loaded.path, text=loaded.text, scenarios=scenarios,
                factors=factors, unit=unit, design=design, seed=exp.seed, runs=exp.runs,
                replications=exp.replications, batch_size=exp.batch_size, outcomes=exp.outcomes,
                fail=exp.fail, description=exp.description.strip(),
                constants=held_values, scenario_constants=scenario_constants,
                constant_provenance=_constant_provenance(exp.constants),
                notes=tuple(getattr(loaded, "notes", ())),
                # review s65 1: a scenario's parent read from a copy named as a shipped plan
                warnings=tuple(dict.fromkeys([*(w for s in scenarios for w in s.extends_warnings), *warned])))


def _declared(exp: Any) -> list[tuple[str, str | None, int, Any]]:
    """The factors the experiment file declares, uncertainties first then levers, each as
    (table, sub-table or None, index in it, factor)."""
    declared: list[tuple[str, str | None, int, Any]] = [
        ("uncertainties", "factor", i, f) for i, f in enumerate(exp.uncertainties.factor)]
    declared += [("levers", None, i, f) for i, f in enumerate(exp.levers)]
    return declared


def _declared_loc(top: str, sub: str | None, i: int) -> tuple[str | int, ...]:
    """Where a declared factor stands in the file: ``("levers", 0)``, ``("uncertainties", "factor", 1)``."""
    return (top, sub, i) if sub else (top, i)


def _exclude_problems(base: Any, exclude: Any, error: Any) -> list[Any]:
    """A problem for each path of ``[uncertainties] exclude`` that names nothing in ``base``."""
    from reassure.run.explore.evaluate import PathError, resolve_path

    problems = []
    for j, path in enumerate(exclude):
        try:
            resolve_path(base, path)
        except PathError as exc:
            problems.append(error(("uncertainties", "exclude", j), str(exc), path))
    return problems


def _sourced_range_factors(exp: Any, scenarios: list[Any], declared_paths: set[str], error: Any,
                           problems: list[Any]) -> list[ResolvedFactor]:
    """An uncertainty for every ranged quantity of the base scenario the file neither excludes,
    declares nor holds constant (``sourced_ranges = true``); a range whose ends the scenario
    refuses is added to ``problems`` instead."""
    base = scenarios[0]
    # a path the file holds constant is not also explored (review s50: "is also a factor",
    # of a factor the file never declared)
    excluded = set(exp.uncertainties.exclude) | declared_paths | set(exp.constants)
    ruled_out = _ruled_out_prefixes(scenarios)
    factors = []
    for p in base.parameters():
        q = p.quantity
        path = _keyed(base, p.path)
        if path.startswith(ruled_out) or not q.is_range or path in excluded or p.path in excluded:
            continue
        refused = _refused_end(base, path, (q.low, q.high))
        if refused is not None:
            problems.append(error(("uncertainties", "sourced_ranges"),
                                  f"cannot vary {path} ({refused}); add it to `exclude`"))
            continue
        factors.append(ResolvedFactor(
            name=default_column(path), path=path, role="uncertainty", low=q.low, high=q.high,
            unit=q.unit, base_text=q.text(), source=q.source, assumption=q.assumption,
            # a count the scenario takes whole (18-35 aircraft) is drawn whole (review of
            # s50: every draw of mnf-u-2026's fighters was refused as 20.15 aircraft)
            integer=_whole_only(base, path, q.low, q.high)))
    return factors


def _ruled_out_prefixes(scenarios: list[Any]) -> tuple[str, ...]:
    """``contributors[NATION].`` for each nation ruled out in every one of ``scenarios``.

    A ruled-out nation never takes part (p_join 0 whatever is written): its ranges cannot move
    any outcome, so they are not explored (r6 L5)."""
    out_everywhere = set.intersection(*({c.nation for c in s.contributors if c.status == "ruled-out"}
                                        for s in scenarios))
    return tuple(f"contributors[{n}]." for n in sorted(out_everywhere))


def _refused_end(base: Any, path: str, ends: tuple[Any, ...]) -> ReassureError | None:
    """The error of the first of ``ends`` the scenario ``base`` refuses at ``path``, or None:
    reachable and accepted, before any run starts."""
    from reassure.run.explore.evaluate import apply_overrides

    for v in ends:
        try:
            apply_overrides(base, {path: v})
        except ReassureError as exc:
            return exc
    return None


def _declared_factors(declared: list[tuple[str, str | None, int, Any]], scenarios: list[Any],
                      varied: dict[str, tuple[str | int, ...]], error: Any,
                      problems: list[Any]) -> list[ResolvedFactor]:
    """The file's own factors checked against the scenarios (each refused one's problems added to
    ``problems``, each path's first factor to ``varied``), then the target against the minimum
    contribution across their ranges."""
    factors = []
    cross: dict[str, tuple[tuple[str | int, ...], float, float]] = {}
    for top, sub, i, f in declared:
        loc = _declared_loc(top, sub, i)
        factor, trial, refused = _declared_factor(scenarios, top, loc, f, varied, error)
        problems += refused
        if factor is None:
            continue
        if f.path in _TARGET_MINIMUM:
            ends = [float(v) for _, v in trial]
            cross[f.path] = (loc, min(ends), max(ends))
        factors.append(factor)
    if cross:
        problem = _target_below_minimum(scenarios[0], cross, error)
        if problem is not None:
            problems.append(problem)
    return factors


def _declared_factor(scenarios: list[Any], top: str, loc: tuple[str | int, ...], f: Any,
                     varied: dict[str, tuple[str | int, ...]], error: Any
                     ) -> tuple[ResolvedFactor | None, list[tuple[str, Any]], list[Any]]:
    """Factor ``f`` of the file (at ``loc``) resolved against the base scenario, with the
    extremes it was tried at; or None and the first kind of problem it has: a path that names
    nothing, a path another factor varies already, values of the wrong kind, values refused."""
    from reassure.run.explore.evaluate import resolve_path

    base = scenarios[0]
    missing = _path_problem(scenarios, loc, f.path, error)
    if missing is not None:
        return None, [], [missing]
    # review s39 #2: two factors on one path, the second given its own `name`, ran every plan
    # with the later override and stored the earlier one's value as an input it never had
    first = varied.setdefault(_keyed(base, f.path), loc)
    if first != loc:
        return None, [], [error((*loc, "path"), f"is already varied by {_dotted_loc(first)}: a path is "
                                "varied by one factor only; remove one of them", f.path)]
    current = resolve_path(base, f.path)
    unit_name, text = _base_unit_text(current)
    kind = _kind_problem(current, unit_name, text, f, loc, error)
    if kind is not None:
        return None, [], [kind]
    trial, bad_values = _trial(base, f, loc, error)
    if bad_values:
        return None, trial, bad_values
    return ResolvedFactor(
        name=f.name or default_column(f.path), path=f.path, role="uncertainty" if top == "uncertainties" else "lever",
        low=f.low, high=f.high, values=tuple(f.values) if f.values is not None else None,
        distribution=f.distribution, mode=f.mode, integer=f.integer, unit=unit_name, base_text=text,
        source=f.source, assumption=" · ".join(t for t in (f.assumption, f.note) if t) or None), trial, []


def _held_constants(exp: Any, scenarios: list[Any], factors: list[ResolvedFactor],
                    varied: dict[str, tuple[str | int, ...]], error: Any, problems: list[Any]
                    ) -> tuple[dict[str, Any], dict[int, dict[str, Any]], list[str]]:
    """The file's `[constants]`: each value in the first base scenario's unit (for the report and
    the manifest), each base scenario's (by index) in its own unit, and the likely unit slips to
    warn of; each constant refused adds its problems to ``problems`` instead."""
    base = scenarios[0]
    warned: list[str] = []
    held_values: dict[str, Any] = {}
    scenario_constants: dict[int, dict[str, Any]] = {}  # base scenario index -> path -> its value
    for path, constant in exp.constants.items():
        if path in {f.path for f in factors}:
            by = next((_dotted_loc(varied[k]) for k in varied if k == _keyed(base, path) or k == path), "a factor")
            problems.append(error(("constants", path), f"is also varied by {by}; a path is either varied or constant"))
            continue
        problems += _unknown_sources(scenarios, ("constants", path), constant.source, error)
        per_scenario, refused, slips = _constant_per_scenario(scenarios, path, constant, error)
        problems += refused
        warned += slips
        if per_scenario is None:
            continue
        held_values[path] = per_scenario[0]
        for i, value in enumerate(per_scenario):
            scenario_constants.setdefault(i, {})[path] = value
    return held_values, scenario_constants, warned


def _constant_per_scenario(scenarios: list[Any], path: str, constant: Any, error: Any
                           ) -> tuple[list[Any] | None, list[Any], list[str]]:
    """A constant's value in each base scenario's own unit (review of s50: converted to the first
    scenario's unit and applied to all, 45 min was 0.75 min in a plan counting minutes), or None
    and the problem of the first scenario that refuses it; and the likely unit slips (45 for a
    threshold in hours) of the scenarios tried, said as in a file."""
    from reassure.run.explore.evaluate import PathError, apply_overrides, resolve_path

    per_scenario: list[Any] = []
    warned: list[str] = []
    for s in scenarios:
        try:
            current = resolve_path(s, path)
        except PathError as exc:
            return None, [error(("constants", path), f"{exc} (scenario {s.name})")], warned
        value, unit_problem = _held_value(current, path, constant)
        if unit_problem:
            return None, [error(("constants", path, "unit"), unit_problem, constant.unit)], warned
        try:
            held = apply_overrides(s, {path: value})
        except ReassureError as exc:
            return None, [error(("constants", path), f"{exc} (scenario {s.name})")], warned
        per_scenario.append(value)
        if constant.unit is None:
            warned += [str(error(("constants", path), w.split(" ", 1)[1].removesuffix(
                " (set in code, with_overrides)"))) for w in held.load_warnings
                if w not in s.load_warnings and w.split(" ", 1)[0] == path]
    return per_scenario, [], warned


def _scenario_factor(scenarios: list[Any]) -> ResolvedFactor:
    """The lever that picks the base scenario, when the file names more than one."""
    return ResolvedFactor(name="scenario", path="scenario", role="lever",
                          values=tuple(s.name for s in scenarios), base_text=scenarios[0].name)


def _column_and_design_problems(factors: list[ResolvedFactor], d: Any, error: Any) -> list[Any]:
    """Two factors with one results column, and a design the factors do not fit."""
    problems = []
    names = [f.name for f in factors]
    dup = next((n for n in names if names.count(n) > 1), None)
    if dup:
        problems.append(error(("levers",), f"two factors share the column name {dup!r}; give one a `name`"))
    k = len(factors)
    if d.kind == "nolh" and k > 16:
        problems.append(error(("design", "kind"), f"nolh tables here take at most 16 factors (got {k}); use lhs"))
    if d.kind == "sobol" and d.samples & (d.samples - 1):
        problems.append(error(("design", "samples"), "must be a power of 2 for a Sobol (Saltelli) design",
                              d.samples))
    return problems


def _unit_design_of(exp: Any, factors: list[ResolvedFactor], error: Any) -> np.ndarray:
    """The experiment's design in the unit hypercube, refused when it gives more than
    `MAX_EXPERIMENTS` evaluations."""
    d = exp.design
    unit = unit_design(d.kind, len(factors), samples=d.samples, levels=d.levels, second_order=d.second_order,
                       seed=exp.seed, choices=[len(f.values) if f.values else None for f in factors])
    if unit.shape[0] * exp.replications > MAX_EXPERIMENTS:
        raise error(("design", "samples"), f"gives {unit.shape[0] * exp.replications:,} evaluations; "
                    f"at most {MAX_EXPERIMENTS:,}")
    return unit


def _constant_provenance(constants: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each constant's value as written, its unit, source ids and assumption (for the manifest)."""
    return {path: {"value": c.value, "unit": c.unit, "source": list(c.source), "assumption": c.assumption}
            for path, c in constants.items()}


_TARGET = "force.target_troops"
_MINIMUM = "force.min_contribution"
_TARGET_MINIMUM = (_TARGET, _MINIMUM)


def _target_below_minimum(base: Any, cross: dict[str, tuple[tuple[str | int, ...], float, float]],
                          error: Any) -> Any:
    """The error when no combination of the target and the minimum contribution the design can
    draw can be fielded (the highest target below the lowest minimum), or None. Combinations
    that cannot be fielded among others that can are the model's to refuse, one error row each.

    The base's target counts at its low end, as the model's own check reads it."""
    from reassure.spec._model_checks import default_min_contribution

    if _TARGET in cross:
        t_loc, _, t_high = cross[_TARGET]
        t_text = f"up to {t_high:,.0f}"
    else:
        t_loc, t_high = (), float(base.force.target_troops.to("troops").low)
        t_text = f"{t_high:,.0f} (the base's low end)"
    if _MINIMUM in cross:
        m_loc, m_low, _ = cross[_MINIMUM]
        m_text = f"from {m_low:,.0f} troops" + (f" ({_dotted_loc(m_loc)})" if _TARGET in cross else "")
    else:
        own = base.force.min_contribution
        m_loc, m_low = (), float((own if own is not None else default_min_contribution()).canonical)
        m_text = f"{m_low:,.0f} troops ({'the base' if own is not None else 'shipped default'})"
    if not 0 < t_high < m_low:
        return None
    # kept short: the one-line error has room for about 220 characters after the file name
    return error(t_loc or m_loc, f"{_TARGET} {t_text} is below {_MINIMUM} {m_text}: no plan can be "
                 "fielded; raise the target or lower the minimum")


def _dotted_loc(loc: tuple[str | int, ...]) -> str:
    """``("levers", 0)`` -> ``levers[0]``; ``("uncertainties", "factor", 1)`` -> ``uncertainties.factor[1]``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _keyed(scenario: Any, path: str) -> str:
    """``contributors[0].pledge_troops`` -> ``contributors[FRA].pledge_troops`` where items have keys."""
    import re

    from reassure.run.explore.evaluate import ITEM_KEYS, resolve_path

    out = ""
    for part in re.split(r"(\[\d+\])", path):
        m = re.fullmatch(r"\[(\d+)\]", part)
        if m:
            items = resolve_path(scenario, out) if out else scenario
            item = items[int(m.group(1))]
            key = next((getattr(item, k) for k in ITEM_KEYS if isinstance(getattr(item, k, None), str)), None)
            if key is not None and sum(any(getattr(i, kk, None) == key for kk in ITEM_KEYS) for i in items) == 1:
                part = f"[{key}]"
        out += part
    return out
