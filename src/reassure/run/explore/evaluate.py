"""The one place `reassure explore` touches the model pipeline (an adapter).

Everything else in `reassure.run.explore` sees only three things: `resolve_path` (read a scenario
path), `apply_overrides` (a scenario with some paths set) and `evaluate` (run the pipeline on one
plan variant and return its figures with and without the US backstop). Today they are built on
`reassure.run.assess` and on rebuilding the frozen pydantic scenario; when the pipeline gains its
own override and assess API, only this module changes.

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

from pydantic import BaseModel, ValidationError

from reassure.errors import ModelError, ReassureError

__all__ = [
    "CASES",
    "PathError",
    "apply_overrides",
    "evaluate",
    "figure_ids",
    "parse_path",
    "resolve_path",
    "warm",
]

CASES = ("with_us", "without_us")
_KEYS = ("id", "nation", "site", "base", "type", "sensor")
_SEGMENT = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)((?:\[[^\]]+\])*)")


class PathError(ReassureError):
    """A scenario path names nothing (the message says what exists there)."""


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
            if any(getattr(item, k, None) == part for k in _KEYS):
                return item
        keys = sorted({str(getattr(i, k)) for i in node for k in _KEYS if getattr(i, k, None) is not None})
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
            raise PathError(f"field {part!r} is not set in the base scenario, so it cannot be varied")
        return value
    raise PathError(f"cannot look up {part!r} inside a {type(node).__name__}")


def resolve_path(scenario: Any, path: str) -> Any:
    """The value at ``path`` (a `Quantity`, a bool, a string ...); `PathError` if none."""
    node = scenario
    for part in parse_path(path):
        node = _child(node, part)
    return node


def _set(node: Any, parts: tuple[str | int, ...], value: Any) -> Any:
    """A copy of ``node`` with ``parts`` set to ``value``; every rebuilt model is validated."""
    from reassure.spec import Quantity

    if not parts:
        if isinstance(node, Quantity):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise PathError(f"is a quantity; needs a number (got {value!r})")
            return Quantity.model_validate({
                "value": float(value), "unit": node.unit, "source": node.source,
                "assumption": node.assumption, "note": f"set by an explore experiment (base {node.text()})",
            })
        if isinstance(node, BaseModel | tuple | list | dict):
            raise PathError("names a table, not a value; add the field to set")
        return value
    part, rest = parts[0], parts[1:]
    child = _child(node, part)
    new_child = _set(child, rest, value)
    if isinstance(node, dict):
        return {**node, part: new_child}
    if isinstance(node, tuple | list):
        index = part if isinstance(part, int) else next(
            i for i, item in enumerate(node) if item is child)
        items = list(node)
        items[index] = new_child
        return tuple(items)
    data = {f: getattr(node, f) for f in type(node).model_fields}
    data[str(part)] = new_child
    rebuilt = type(node).model_validate(data)
    if getattr(node, "_file", None) is not None:
        rebuilt._file = node._file
    return rebuilt


def apply_overrides(scenario: Any, overrides: dict[str, Any]) -> Any:
    """``scenario`` with each path set to its value (a number sets a quantity to that point).

    Raises `PathError` for a path that names nothing and `ModelError` for a value the scenario
    schema refuses (out of bounds, wrong type), naming the path.
    """
    for path, value in overrides.items():
        try:
            scenario = _set(scenario, parse_path(path), value)
        except PathError as exc:
            raise PathError(f"{path}: {exc}") from None
        except ValidationError as exc:
            first = exc.errors()[0]
            message = str(first["msg"]).removeprefix("Value error, ")
            raise ModelError(f"{path} = {value!r}: {message}") from None
    return scenario


def _number(value: Any) -> float:
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float):
        return float(value)
    return math.nan


def evaluate(scenario: Any, overrides: dict[str, Any], seed: int, runs: int,
             sections: Iterable[str] | None = None) -> dict[str, float]:
    """Run the pipeline on one plan variant.

    Returns ``{"section.key/with_us": x, "section.key/without_us": y, ...}`` for every figure
    of the sections run (NaN where a figure is not a number). ``sections`` (e.g. ``{"force"}``)
    runs only those sections: each is seeded on its own, so its figures are the same as in a
    full assessment. The result depends only on the scenario, the overrides, ``seed`` and ``runs``.
    """
    from reassure.run.assess import Settings, assess

    variant = apply_overrides(scenario, overrides)
    if sections is None:
        results = assess(variant, Settings(runs=runs, seed=seed, sensitivity=False, workers=1)).sections
    else:
        from reassure import __version__
        from reassure.run.sections import SECTIONS

        wanted = set(sections)
        if seed != variant.seed:
            variant = variant.model_copy(update={"seed": seed})
        settings = {"runs": runs, "seed": seed, "version": __version__}
        done: list[Any] = []
        for name, adapter in SECTIONS:
            if name in wanted:
                done.append(adapter(variant, settings, list(done)))
        results = tuple(done)
    _warm[0] = True
    out: dict[str, float] = {}
    for section in results:
        for f in section.figures:
            out[f"{section.name}.{f.key}/with_us"] = _number(f.with_us)
            out[f"{section.name}.{f.key}/without_us"] = _number(f.without_us)
    return out


def figure_ids(outcomes: dict[str, float]) -> list[str]:
    """The figure ids present in an `evaluate` result."""
    return sorted({k.rsplit("/", 1)[0] for k in outcomes})


_warm = [False]  # a forked worker inherits its parent's loaded kernels, and this flag


def warm(scenario: Any) -> None:
    """Load the pipeline's modules and compiled (numba) kernels in this process, once.

    Worker processes (local pool or Ray) live for the whole run and call this before their
    first batch; numba loads each kernel from its on-disk cache on first use, so one small
    evaluation here keeps compile and cache-load time out of the first real batch.
    """
    if _warm[0]:
        return
    evaluate(scenario, {}, seed=0, runs=1)
    _warm[0] = True
