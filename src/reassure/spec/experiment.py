"""Experiment files: what `reassure explore` runs (a designed set of plan variants).

An experiment names one or more base scenarios, the **uncertainties** (scenario paths whose
value is not known: by default the sourced ``low``/``high`` of every ranged quantity), the
**levers** (the planner's choices), the **outcomes** (figure ids such as
``force.p_target_met_pct``), the **design** that samples them, and the replications and seed.
The format is documented field by field in docs/explore.md.

Errors follow the scenario template (file, line, dotted field, what was expected, the bad
value), and reuse the scenario loader's key-to-line lookup::

    drivers.toml:12: design.kind must be one of 'lhs', 'sobol', ... (got 'sobel'); did you mean 'sobol'?
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import Field, ValidationError, field_validator, model_validator

from reassure.errors import ScenarioFieldError
from reassure.spec._kinds import scenario_file_keys
from reassure.spec._load import _locate_keys, parse_toml, read_text_file
from reassure.spec._problems import _clean_loc, _dotted, _line_for, explain_error
from reassure.spec._quantity import Model

__all__ = [
    "Constant",
    "DESIGN_KINDS",
    "Design",
    "Experiment",
    "Factor",
    "OUTCOME_ID",
    "Lever",
    "LoadedExperiment",
    "Uncertainties",
    "current_names",
    "key_lines",
    "load_experiment",
]

DESIGN_KINDS = ("lhs", "sobol", "morris", "factorial", "nolh", "monte-carlo")
Loc = tuple[str | int, ...]
#: Outcome ids an error message offers as an example.
EXAMPLE_OUTCOMES = '["force.p_target_met_pct", "incidents.detected_pct"]'
OUTCOME_ID = re.compile(r"^[a-z][a-z0-9_]*\.[A-Za-z0-9_\-]+$")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class _ExperimentModel(Model):
    """A table of an experiment file: a number is a number (``low = "20000"`` is refused, as
    ``seed = "1"`` is; review s20 explore #5)."""

    strict_numbers: ClassVar[bool] = True


def _source_ids(cls: type, value: Any) -> Any:
    """``source = "id"`` is ``source = ["id"]``."""
    return (value,) if isinstance(value, str) else value


def _a_reason(cls: type, text: str | None) -> str | None:
    """The scenario files' rule for an assumption (`assumption = "x"` is no reason: review s37 3)."""
    from reassure.spec._quantity import assumption_fault

    fault = assumption_fault(text)
    if fault:
        raise ValueError(fault)
    return text


def _needs_source_or_assumption(item: Any) -> None:
    if not item.source and not (item.assumption and item.assumption.strip()):
        raise ValueError('needs provenance: give `source = ["id", ...]` or `assumption = "why"`')


class Factor(_ExperimentModel):
    """One input the design varies: a scenario path and the values it may take."""

    path: str = Field(description="scenario path, e.g. `force.target_troops` or `contributors[ITA].p_join`")
    name: str | None = Field(default=None, description="column name in the results (default: from the path)")
    low: float | None = Field(default=None, description="lowest value, in the unit of the scenario's quantity")
    high: float | None = Field(default=None, description="highest value, same unit")
    values: tuple[bool | int | float | str, ...] | None = Field(
        default=None, description="discrete choices instead of a range (e.g. [true, false])"
    )
    distribution: Literal["uniform", "triangular", "normal"] = Field(
        default="uniform", description="how a range is sampled (normal: mean mid-range, sd = range/4, cut at low/high)"
    )
    mode: float | None = Field(default=None, description="peak of a triangular distribution")
    integer: bool = Field(default=False, description="round sampled values to whole numbers")
    source: tuple[str, ...] = Field(default=(), description="ids of the base scenario's `[[sources]]` for this range")
    assumption: str | None = Field(default=None, description="why this range, when no source gives it")
    note: str | None = Field(default=None, description="why this range or these choices (shown beside the lever in the report)")
    unit: str | None = Field(
        default=None, description="unit of low/high or values; checked against the scenario quantity's unit"
    )

    _as_ids = field_validator("source", mode="before")(_source_ids)
    _says_why = field_validator("assumption")(_a_reason)

    @field_validator("name")
    @classmethod
    def _column_name(cls, value: str | None) -> str | None:
        if value is not None and not _NAME.match(value):
            raise ValueError(f"must be letters, digits and _ (a column name) (got {value!r})")
        return value

    @model_validator(mode="after")
    def _range_or_values(self) -> Factor:
        ranged = self.low is not None or self.high is not None
        if self.values is not None and ranged:
            raise ValueError("gives both `values` and `low`/`high`; give one or the other")
        if self.values is None and not ranged:
            raise ValueError("needs `low` and `high`, or `values`")
        if self.values is not None:
            if len(self.values) < 1:
                raise ValueError("values must list at least one choice")
            return self
        if self.low is None or self.high is None:
            raise ValueError(f"gives a range without `{'low' if self.low is None else 'high'}`")
        if self.low > self.high:
            raise ValueError(f"low must be <= high (got low={self.low:g}, high={self.high:g})")
        if self.distribution == "triangular":
            if self.mode is None or not self.low <= self.mode <= self.high:
                raise ValueError(
                    f"a triangular distribution needs `mode` between low and high (got mode={self.mode})"
                )
        return self


class Uncertainty(Factor):
    """A factor nobody controls: its range needs a source or a stated assumption."""

    @model_validator(mode="after")
    def _needs_provenance(self) -> Uncertainty:
        _needs_source_or_assumption(self)
        return self


def toml_value(value: Any) -> str:
    """``value`` as TOML writes it (``true``, ``6``, ``"willing"``), for an example to copy.

    >>> toml_value(False), toml_value(6), toml_value("willing")
    ('false', '6', '"willing"')
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


class Constant(_ExperimentModel):
    """A scenario path held at one value in every experiment, with why (every number is
    sourced: a constant is a value the file sets, as a scenario file's is)."""

    value: bool | int | float | str = Field(description="the value, in the unit of the scenario's quantity")
    unit: str | None = Field(default=None, description="unit of the value; checked against the scenario quantity's unit")
    source: tuple[str, ...] = Field(default=(), description="ids of the base scenario's `[[sources]]` for this value")
    assumption: str | None = Field(default=None, description="why this value, when no source gives it")

    @model_validator(mode="before")
    @classmethod
    def _a_table(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            # review s49/s50: a bare `"force.tour" = 6` held a number with no reason
            shown = toml_value(data)
            raise ValueError(
                f"needs its provenance, as every number does: write {{ value = {shown}, assumption = \"why\" }} "
                f"or {{ value = {shown}, source = [\"id\"] }} (got the bare value {shown})")
        return data

    _as_ids = field_validator("source", mode="before")(_source_ids)
    _says_why = field_validator("assumption")(_a_reason)

    @model_validator(mode="after")
    def _needs_provenance(self) -> Constant:
        _needs_source_or_assumption(self)
        return self


class Lever(Factor):
    """A planner's choice: its range or choices are numbers the file sets, so they say why
    (review s50: a lever with no reason read "planner choice (no reason given)" in the report)."""

    @model_validator(mode="after")
    def _says_why_these(self) -> Lever:
        if not self.source and not any(t and t.strip() for t in (self.assumption, self.note)):
            raise ValueError('needs a reason for these values: give `note = "why these choices"`, '
                             '`assumption = "why"` or `source = ["id", ...]`')
        if not self.source and not (self.assumption and self.assumption.strip()):
            from reassure.spec._quantity import assumption_fault

            fault = assumption_fault(self.note)
            if fault:  # the note is the lever's only reason: the assumption's rule holds
                raise ValueError("note " + fault.replace("give `source", "give `source", 1))
        return self


class Uncertainties(_ExperimentModel):
    """What is not known, and explored."""

    sourced_ranges: bool = Field(
        default=True,
        description="explore the sourced low/high of every ranged quantity of the (first) base scenario",
    )
    exclude: tuple[str, ...] = Field(default=(), description="scenario paths left at their base value")
    factor: tuple[Uncertainty, ...] = Field(default=(), description="further uncertainties, each a `[[uncertainties.factor]]`")


class Design(_ExperimentModel):
    """How the factors are sampled."""

    kind: Literal["lhs", "sobol", "morris", "factorial", "nolh", "monte-carlo"] = Field(
        description="lhs (Latin hypercube), sobol (Saltelli), morris, factorial, nolh, monte-carlo"
    )
    samples: int = Field(
        default=64, ge=1, le=1_000_000,
        description="lhs/monte-carlo: experiments; sobol: base sample N (power of 2); morris: trajectories",
    )
    levels: int = Field(default=4, ge=2, le=50, description="factorial: levels of each range; morris: grid levels")
    second_order: bool = Field(default=False, description="sobol: also estimate second-order indices")


class Experiment(_ExperimentModel):
    """A designed set of plan variants to run with `reassure explore`."""

    schema_version: Literal[1] = Field(alias="schema", description="experiment format version: 1")
    name: str = Field(description="short name (default: the file name)")
    title: str = Field(description="the question, in one line, shown in the report")
    description: str = Field(default="", description="why the experiment is run, what it answers")
    scenarios: tuple[str, ...] = Field(description="base scenario names or paths (relative to this file)")
    seed: int = Field(ge=0, le=2**63 - 1, description="design seed: sampling and every evaluation's seed derive from it")
    runs: int = Field(default=5, ge=1, le=10_000, description="incident Monte Carlo runs per evaluation")
    replications: int = Field(default=1, ge=1, le=1000, description="evaluations of each design point, each with its own seed")
    batch_size: int = Field(default=4, ge=1, le=100_000, description="evaluations per task and per Parquet file")
    outcomes: tuple[str, ...] = Field(description="figure ids, `section.key`, e.g. `force.p_target_met_pct`")
    fail: str | None = Field(default=None, description="default failure condition for `explore analyse`, a SQL expression")
    design: Design = Field(description="the sampling design")
    uncertainties: Uncertainties = Field(default_factory=Uncertainties, description="what is not known")
    levers: tuple[Lever, ...] = Field(default=(), description="the planner's choices, each a `[[levers]]` with why")
    constants: dict[str, Constant] = Field(
        default_factory=dict,
        description='scenario paths set to one value in every experiment, each with why, e.g. '
                    '`"force.tour" = { value = 6, assumption = "six-month tours, as the UK plans" }`')

    @field_validator("scenarios")
    @classmethod
    def _some_scenario(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:  # review s53 7: said as what to write, not as the length of a tuple
            raise ValueError('must name at least one base scenario, e.g. scenarios = ["europe-2025"] '
                             "(`reassure scenarios` lists the shipped ones; a scenario file's path is read "
                             "relative to this file)")
        return value

    @field_validator("outcomes")
    @classmethod
    def _outcome_ids(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:  # said as what to write, not as the length of a tuple
            raise ValueError(f"must name at least one outcome id, e.g. outcomes = {EXAMPLE_OUTCOMES} "
                             "(`reassure assess --format json` lists them under sections.*.figures)")
        for item in value:
            if not OUTCOME_ID.match(item):
                raise ValueError(f"must be figure ids `section.key` such as 'force.p_target_met_pct' (got {item!r})")
        if len(set(value)) != len(value):
            raise ValueError("lists an outcome twice")
        return value


class LoadedExperiment:
    """A validated experiment with where each key stands in its file (for later errors)."""

    def __init__(self, experiment: Experiment, path: Path, text: str, where: dict[Loc, int],
                 notes: tuple[str, ...] = (), typed_outcomes: tuple[Any, ...] = ()) -> None:
        self.experiment = experiment
        self.path = path
        self.text = text
        self.where = where
        #: what the loader read differently from the file, one line each: an outcome id or a
        #: results column renamed since the file was written (`reassure.renamed_ids`)
        self.notes = notes
        #: the outcomes as the file writes them, before an old id is read as its new one: a
        #: refusal names and matches what was typed (``incidents.detected_fractoin``, read by the
        #: per-type rule as ``incidents.detected_pct_fractoin``)
        self.typed_outcomes = typed_outcomes

    def typed_outcome(self, i: int, outcome: str) -> str:
        """The ``i``-th outcome as the file writes it (``outcome``, as read, when unknown)."""
        typed = self.typed_outcomes[i] if 0 <= i < len(self.typed_outcomes) else outcome
        return typed if isinstance(typed, str) else outcome

    def error(self, loc: Loc, message: str, got: object = None, note: str = "") -> ScenarioFieldError:
        """A one-line error pointing at ``loc`` in the experiment file (``note``: what the field
        may hold, on the next line, when that is a list too long for the one line)."""
        _, line = _line_for(loc, {k: (self.path, v) for k, v in self.where.items()}, self.path)
        return ScenarioFieldError(self.path, message + ordinal_hint(loc, echoed=got is not None), field=_dotted(loc) or None,
                                  line=line, got=got, note=note)


#: The lists of an experiment file written as arrays of tables (``[[levers]]``); the others
#: (``scenarios``, ``outcomes``, ``exclude``) are lists of strings, ``outcomes = ["a", "b"]``.
TABLE_LISTS = ("levers", "uncertainties.factor")


def key_lines(text: str) -> dict[Loc, int]:
    """Where each key of an experiment file's text stands: ``{("levers", 0, "low"): 18}``
    (1-based lines; best effort, for error messages), as `load_experiment` finds them."""
    return _locate_keys(text)


def ordinal_hint(loc: Loc, *, echoed: bool = False) -> str:
    """`` (levers[1] is the 2nd [[levers]]; indexes count from 0)`` for a location inside an
    array of tables; `` (outcomes[0] is the 1st entry of outcomes = [...]; ...)`` inside a list
    of strings (r8 12: there is no [[outcomes]] table), or nothing there when the message echoes
    the entry itself (``echoed``: "(got 'europe-2052')" already says which one)."""
    for i, part in enumerate(loc):
        if isinstance(part, int) and i > 0 and isinstance(loc[i - 1], str):
            n = part + 1
            suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            table = _dotted(loc[:i])
            if table not in TABLE_LISTS and echoed:
                return ""
            what = f"[[{table}]]" if table in TABLE_LISTS else f"entry of {table} = [...]"
            return f" ({_dotted(loc[:i + 1])} is the {n}{suffix} {what}; indexes count from 0)"
    return ""


def load_experiment(path: str | Path) -> LoadedExperiment:
    """Read and validate an experiment file.

    Raises
    ------
    InputFileError, ScenarioError
        one line naming the file, line, field and what was expected.
    """
    from reassure.errors import InputFileError

    path = Path(path)
    if not path.exists():
        raise InputFileError(f"{path}: no such experiment file")
    if not path.is_file():
        raise InputFileError(f"{path}: is not a file")
    try:
        text = read_text_file(path, what="experiment file (TOML)")
    except InputFileError as exc:  # the loader writes "expected a {what}": "an experiment file"
        raise InputFileError(str(exc).replace("expected a experiment", "expected an experiment")) from None
    data = parse_toml(text, path)
    where = _locate_keys(text)
    wrong_kind = scenario_file_keys(data)
    if wrong_kind:  # review s50: a scenario file here was a wall of "not a known field" lines
        raise ScenarioFieldError(path, f"is a scenario file (it has {wrong_kind}), not an experiment file: assess it "
                                 f"with `reassure assess {path}`, or name it in an experiment file's `scenarios = [...]` "
                                 "(docs/explore.md)", line=1)
    if "schema" not in data:
        raise ScenarioFieldError(path, "needs `schema = 1` on its first line", field="schema")
    data.setdefault("name", path.stem)
    typed = tuple(data["outcomes"]) if isinstance(data.get("outcomes"), list) else ()
    data, renamed = current_names(data)
    try:
        experiment = Experiment.model_validate(data)
    except ValidationError as exc:
        raise _translate(exc, path, where, data) from None
    lines = [where.get(loc) or where.get(loc[:1]) for loc, _ in renamed]
    notes = tuple(f"{path}{f':{line}' if line else ''}: {note}" for line, (_, note) in zip(lines, renamed, strict=True))
    loaded = LoadedExperiment(experiment, path, text, where, notes, typed)
    names = [f.name for f in (*experiment.uncertainties.factor, *experiment.levers) if f.name]
    for i, f in enumerate(experiment.levers):
        if f.name and names.count(f.name) > 1:
            raise loaded.error(("levers", i, "name"), "repeats a column name used by another factor", f.name)
    return loaded


def current_names(data: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[Loc, str]]]:
    """Parsed experiment ``data`` with the figure ids and results columns renamed since it was
    written read as their new names (`reassure.renamed_ids`: ``incidents.detected_fraction`` is
    ``incidents.detected_pct``), in ``outcomes`` and ``fail``; and a note naming both for each,
    with where it stands in the file. ``data`` itself is not changed.

    >>> data, notes = current_names({"outcomes": ["incidents.detected_fraction"],
    ...                              "fail": "incidents_detected_fraction_with_us < 50"})
    >>> data
    {'outcomes': ['incidents.detected_pct'], 'fail': 'incidents_detected_pct_with_us < 50'}
    >>> notes[0]
    (('outcomes', 0), 'incidents.detected_fraction is now incidents.detected_pct (a percentage, 0–100)')
    """
    from reassure.renamed_ids import current_id, current_sql

    data = dict(data)
    notes: list[tuple[Loc, str]] = []
    outcomes = data.get("outcomes")
    if isinstance(outcomes, list):
        renamed = []
        for i, o in enumerate(outcomes):
            new, note = current_id(o) if isinstance(o, str) else (o, None)
            renamed.append(new)
            if note:
                notes.append((("outcomes", i), note))
        data["outcomes"] = renamed
    if isinstance(data.get("fail"), str):
        data["fail"], said = current_sql(data["fail"])
        notes += [(("fail",), note) for note in said]
    return data, notes


def _translate(exc: ValidationError, path: Path, where: dict[Loc, int], data: Any) -> ScenarioFieldError:
    """The first problem as the error (its message says how many more there are); every problem,
    each at its own line, in its ``problems`` (the CLI prints them all, r8 12)."""
    errors = exc.errors()
    useful = [e for e in errors if e["type"] != "none_required"] or errors
    # A misspelt key also makes the real one "missing": report the unknown key first.
    useful.sort(key=lambda e: e["type"] != "extra_forbidden")
    problems: list[ScenarioFieldError] = []
    for e in useful:
        p = _one_problem(e, path, where, data)
        if not any(str(q) == str(p) for q in problems):
            problems.append(p)
    first = problems[0]
    if len(problems) > 1:
        first = ScenarioFieldError(first.file, first.detail, field=first.field, line=first.line,
                                   got=first.got, show_got=first._show_got, more=len(problems) - 1)
    first.problems = tuple(problems)
    return first


def _one_problem(error: Any, path: Path, where: dict[Loc, int], data: Any) -> ScenarioFieldError:
    loc = _clean_loc(error["loc"], data, missing=error["type"] == "missing")
    # Union members add their type names (`bool`, `int` ...) to the location; drop them.
    loc = tuple(p for p in loc if p not in ("bool", "int", "float", "str"))
    message = error["msg"]
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    message, got = explain_error(error, message, Experiment, loc, field=_dotted(loc),
                                 doc="docs/explore.md §The experiment file")
    # A table-level check may start with the key it is about ("low must be <= high", or the
    # strict-scalar check's "runs: must be a whole number", which pydantic places on the table,
    # the file's top for a top-level key: review 19 #3): point there.
    lead = re.match(r"([A-Za-z_]\w*):? ", message)
    if lead and (*loc, lead.group(1)) in where:
        loc = (*loc, lead.group(1))
        message = message[lead.end():]
    _, line = _line_for(loc, {k: (path, v) for k, v in where.items()}, path)
    return ScenarioFieldError(path, message + ordinal_hint(loc, echoed=got is not None), field=_dotted(loc) or None,
                              line=line, got=got)
