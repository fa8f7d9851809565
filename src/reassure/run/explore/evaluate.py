"""The one place `reassure explore` touches the model pipeline (an adapter).

Everything else in `reassure.run.explore` sees only three things: `resolve_path` (read a scenario
path), `apply_overrides` (a scenario with some paths set, through `Scenario.with_overrides`, so
every overridden number carries the experiment as its assumption) and `evaluate` (run the
capabilities an experiment's outcomes need through `reassure.run.pipeline` and return their
report figures with and without the US backstop).

Scenario paths are dotted field names with list items picked by index or by key::

    force.target_troops          contributors[ITA].p_join         us_backstop.isr
    monitoring.fleets[2].orbits  incidents.regimes[holding].rates.violation

A key matches an item's ``id``, ``nation``, ``site``, ``base``, ``type`` or ``sensor`` field.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

from reassure.errors import ModelError, ReassureError, ScenarioError
from reassure.spec import Quantity

__all__ = [
    "CASES",
    "ITEM_KEYS",
    "SECTION_CAPABILITY",
    "PathError",
    "apply_overrides",
    "canonical_path",
    "capabilities_for",
    "evaluate",
    "figure_ids",
    "parse_path",
    "report_sections",
    "resolve_path",
    "warm",
]

CASES = ("with_us", "without_us")
# The fields that name an item of a scenario list in a path (`contributors[FRA]`, `air.bases[EPRZ]`).
ITEM_KEYS = ("id", "nation", "site", "base", "type", "sensor")
# a table's own key may hold "-" (``monitoring.band.attrition.male-uav``: review of s50, the
# 2025-26 plans' sourced ranges could not be explored); a field name never does
_SEGMENT = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*)((?:\[[^\]]+\])*)")


class PathError(ReassureError):
    """A scenario path names nothing (the message says what exists there; ``note``, when set,
    what to do, on a line of its own)."""

    note: str = ""


def parse_path(path: str) -> tuple[str | int, ...]:
    """``contributors[ITA].p_join`` -> ``('contributors', 'ITA', 'p_join')`` (indices as int)."""
    parts: list[str | int] = []
    for segment in path.split("."):
        m = _SEGMENT.fullmatch(segment.strip())
        if not m:
            raise PathError(f"is not a scenario path such as force.target_troops (bad part {segment!r})")
        parts.append(m.group(1))
        for key in re.findall(r"\[([^\]]+)\]", m.group(2)):
            key = key.strip().strip("'\"")
            parts.append(int(key) if key.isdigit() else key)
    return tuple(parts)


def _child(node: Any, part: str | int) -> Any:
    if isinstance(node, tuple | list):
        if isinstance(part, int):
            if not 0 <= part < len(node):
                raise PathError(f"has no item [{part}] (the list has {len(node)})")
            return node[part]
        for item in node:
            if any(getattr(item, k, None) == part for k in ITEM_KEYS):
                return item
        keys = sorted({str(getattr(i, k)) for i in node for k in ITEM_KEYS if getattr(i, k, None) is not None})
        from reassure.errors import did_you_mean

        raise PathError(f"has no item [{part}]{did_you_mean(str(part), keys)} (items: {', '.join(keys)})")
    if isinstance(node, dict):
        if part not in node:
            from reassure.errors import did_you_mean

            keys = [str(k) for k in node]
            raise PathError(f"has no key {part!r}{did_you_mean(str(part), keys)} (keys: {', '.join(keys)})")
        return node[part]
    if isinstance(node, BaseModel) and isinstance(part, str):
        if part not in type(node).model_fields:
            from reassure.errors import did_you_mean

            fields = list(type(node).model_fields)
            raise PathError(f"has no field {part!r}{did_you_mean(part, fields)}")
        value = getattr(node, part)
        if value is None:
            default = shipped_default(node, part)
            if default is not None:
                return default
            error = PathError(f"field {part!r} is not set in the base scenario, so it cannot be varied")
            error.note = _unset_field_text(node, part)
            raise error
        return value
    raise PathError(f"cannot look up {part!r} inside a {type(node).__name__}")


def shipped_default(node: Any, part: str) -> Any:
    """The sourced shipped default the model uses for the field ``part`` of ``node`` that the
    scenario leaves out (``force.sustainable_share``, a contributor's ``p_join`` from its
    status ...), as a `Quantity` whose note names the file it comes from; None where no shipped
    default stands in (the field then cannot be varied before the scenario sets it).

    The same fallbacks as the force model (`reassure.bridge.force`): a lever on such a field
    varies the value in force, and the design shows the shipped default as its base (s13 8).
    """
    from reassure.bridge.force import force_defaults

    d = force_defaults()
    found: tuple[Any, str] | None = None
    if hasattr(node, "nation") and hasattr(node, "status"):  # a contributor
        if part == "p_join" and node.status != "willing":
            found = d["status_p_join"][node.status], f"data/participation.toml, status {node.status}"
        elif part == "delay" and node.status not in ("willing", "ruled-out"):
            found = d["status_delay"][node.status], f"data/participation.toml, status {node.status}"
        elif part == "cost_per_troop_year" and node.nation in d["nation_costs"]:
            found = d["nation_costs"][node.nation], "data/costs.toml, national cost"
    elif hasattr(node, "target_troops") and part in ("sustainable_share", "min_contribution",
                                                      "cost_per_troop_year"):  # [force]
        found = d[part], "data/costs.toml" if part == "cost_per_troop_year" else "data/roles.toml"
    if found is None:
        return None
    q, where = found
    note = f"shipped default ({where})" + (f"; {q.note}" if q.note else "")
    return q.model_copy(update={"note": note})


def _unset_field_text(node: Any, part: str) -> str:
    """What to do about a field the base scenario leaves out and no shipped default stands in
    for: where to set it, in the file's own words."""
    from reassure.spec._overrides import field_dimensions

    dims = field_dimensions(type(node).model_fields[part])
    if dims is None:
        return "set it in the base scenario's file first"
    from reassure.spec import units as _units

    unit = _units.CANONICAL[dims[0]]
    return (f"set it in the base scenario's file first (the model uses a built-in value with no "
            f"source while it is left out): {part} = {{ value = ..., unit = \"{unit}\", "
            f"assumption = \"...\" }} in its table")


def resolve_path(scenario: Any, path: str) -> Any:
    """The value at ``path`` (a `Quantity`, a bool, a string ...); `PathError` if none, or if
    it leads into a quantity's parts (``force.tour.value``: a number is set with its unit and
    its own provenance, the rule of `with_overrides` and the web editor; review s53 1)."""
    from reassure.spec._paths import quantity_part_fault

    parse_path(path)  # the whole path's syntax first
    node = scenario
    segments = path.split(".")
    for i, segment in enumerate(segments):
        if isinstance(node, Quantity):
            raise PathError(f"is {quantity_part_fault('.'.join(segments[:i]).strip(), path.strip())}")
        for part in parse_path(segment):
            node = _child(node, part)
    return node


def canonical_path(scenario: Any, path: str) -> str:
    """``contributors[ITA].p_join`` -> ``contributors[3].p_join``: the index form
    `Scenario.with_overrides` takes (keys looked up in ``scenario``; dict keys as fields)."""
    resolve_path(scenario, path)  # a path into a quantity's parts is refused (review s53 1)
    node: Any = scenario
    out = ""
    for part in parse_path(path):
        child = _child(node, part)
        if isinstance(node, tuple | list):
            index = part if isinstance(part, int) else next(
                i for i, item in enumerate(node) if item is child)
            out += f"[{index}]"
        else:
            out += f".{part}" if out else str(part)
        node = child
    if isinstance(node, BaseModel | tuple | list | dict) and not isinstance(node, Quantity):
        raise PathError("names a table, not a value; add the field to set")
    return out


def apply_overrides(scenario: Any, overrides: dict[str, Any], reason: str = "") -> Any:
    """``scenario`` with each path set to its value, through `Scenario.with_overrides`: every
    overridden number carries ``reason`` as its assumption (and a note of what it replaced).

    A number sets a quantity to that point. Raises `PathError` for a path that names nothing
    and `ModelError` for a value the scenario schema refuses (out of bounds, wrong type).
    """
    if not overrides:
        return scenario
    canonical: dict[str, Any] = {}
    for path, value in overrides.items():
        try:
            target = canonical_path(scenario, path)
            if isinstance(resolve_path(scenario, path), Quantity) and (
                    isinstance(value, bool) or not isinstance(value, int | float)):
                raise PathError(f"is a quantity; needs a number (got {value!r})")
        except PathError as exc:
            raise PathError(f"{path}: {exc}") from None
        if isinstance(value, int | float) and not isinstance(value, bool) and _defaulted(scenario, path):
            # a shipped default varied: the value is in the default's unit, as the design shows it
            value = {"value": value, "unit": resolve_path(scenario, path).unit}
        canonical[target] = value
    try:
        return scenario.with_overrides(canonical, assumption=reason or "set by an explore experiment")
    except ReassureError as exc:
        shown = ", ".join(f"{p} = {v!r}" for p, v in overrides.items())
        # The file named would be the base scenario's, which is not where the value came from.
        message = exc.detail if isinstance(exc, ScenarioError) else str(exc)
        field = getattr(exc, "field", None)
        if field and len(overrides) > 1 and not message.startswith(field):
            message = f"{field} {message}"  # which of the values the model refused
        raise ModelError(f"{shown}: {message}") from None


def _defaulted(scenario: Any, path: str) -> bool:
    """True when the last field of ``path`` is left out of ``scenario`` (a shipped default)."""
    parts = parse_path(path)
    node = scenario
    for part in parts[:-1]:
        node = _child(node, part)
    return isinstance(node, BaseModel) and isinstance(parts[-1], str) and getattr(node, parts[-1], 0) is None


def _number(value: Any) -> float:
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float):
        return float(value)
    return math.nan


#: Report sections rendered by a capability of another name; every other section is rendered
#: by the capability it is named after (`tests/explore` checks this against a full assessment).
SECTION_CAPABILITY = {"posture": "response", "air": "air_policing"}


def capabilities_for(sections: Iterable[str]) -> list[str]:
    """The capabilities whose sections hold ``sections``' figures (their needs not included)."""
    return [SECTION_CAPABILITY.get(s, s) for s in sections]


def report_sections() -> set[str]:
    """The names of the report sections the capabilities may render."""
    from reassure.run.capabilities import CAPABILITIES

    rendered_by = {c: s for s, c in SECTION_CAPABILITY.items()}
    return {rendered_by.get(cls.name, cls.name) for cls in CAPABILITIES}


def evaluate(scenario: Any, overrides: dict[str, Any], seed: int, runs: int,
             sections: Iterable[str] | None = None, reason: str = "") -> dict[str, float]:
    """Run the pipeline on one plan variant.

    Returns ``{"section.key/with_us": x, "section.key/without_us": y, ...}`` for every figure
    of the sections run (NaN where a figure is not a number). ``sections`` (e.g. ``{"force"}``)
    runs only the capabilities that render them and what those need (`run.pipeline.order`);
    each capability is seeded on its own, so its figures are the same as in a full assessment.
    ``reason`` is the assumption every overridden number carries. The result depends only on
    the scenario, the overrides, ``seed`` and ``runs``.
    """
    from reassure._version import __version__
    from reassure.run.capabilities import registry
    from reassure.run.capability import Context
    from reassure.run.pipeline import run_capabilities

    variant = apply_overrides(scenario, overrides, reason)
    if seed != variant.seed:  # as `run.assess.assess` does: every capability then uses it
        variant = variant.model_copy(update={"seed": seed})
    caps = registry(runs=runs, workers=1)
    wanted = list(caps) if sections is None else capabilities_for(sections)
    unknown = [n for n in wanted if n not in caps]
    if unknown:
        raise ModelError(f"no capability renders a report section {unknown[0]!r}")
    outcomes = run_capabilities(variant, caps, wanted, seed=seed, memo=_memo())
    # figures_only: a section may skip what only the report draws (map layers); same figures.
    context = Context(variant, {"runs": runs, "seed": seed, "version": __version__, "figures_only": True},
                      outcomes)
    _warm[0] = True
    out: dict[str, float] = {}
    for name in wanted:
        outcome = outcomes[name]
        section = outcome.capability.section(outcome, context)
        if section is None:
            continue
        for f in section.figures:
            out[f"{section.name}.{f.key}/with_us"] = _number(f.with_us)
            out[f"{section.name}.{f.key}/without_us"] = _number(f.without_us)
    return out


def figure_ids(outcomes: dict[str, float]) -> list[str]:
    """The figure ids present in an `evaluate` result."""
    return sorted({k.rsplit("/", 1)[0] for k in outcomes})


_warm = [False]  # a forked worker inherits its parent's loaded kernels, and this flag
_MEMO: list[Any] = []


def _memo() -> Any:
    """This process's `SolveMemo`: a variant that leaves a deterministic model's input as it was
    (most experiments leave the monitoring fleet alone) reuses its solve. Worker processes keep
    theirs for the whole run; a forked one starts with its parent's."""
    if not _MEMO:
        from reassure.run.pipeline import SolveMemo

        _MEMO.append(SolveMemo())
    return _MEMO[0]


def warm(scenario: Any, sections: Iterable[str] | None = None) -> None:
    """Load the pipeline's modules and compiled (numba) kernels in this process, once.

    Worker processes (local pool or Ray) live for the whole run and call this before their
    first batch; numba loads each kernel from its on-disk cache on first use, so one small
    evaluation here keeps compile and cache-load time out of the first real batch.
    """
    if _warm[0]:
        return
    evaluate(scenario, {}, seed=0, runs=1, sections=sections)
    _warm[0] = True
