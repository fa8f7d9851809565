"""Every number of a shipped scenario set to the edges of its plausible span (spec/_bounds.py).

`bound_cases(name)` yields ``(path, "lo"|"hi", TOML text)``: the scenario with one quantity
set to the low or high end of its span, in the dimension's canonical unit (a range collapses to
the point). The models must run on each (or validation must refuse it, e.g. shares that must
add up to 1): no internal error, no run without end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from scenario_fuzz import SHIPPED, _copy, to_toml


def merged_data(name: str) -> dict[str, Any]:
    from reassure.spec._load import _read_merged

    data, _ = _read_merged(SHIPPED / f"{name}.toml", ())
    data.pop("extends", None)
    return data


def _set(data: dict[str, Any], path: str, table: dict[str, Any]) -> None:
    parts: list[str | int] = [int(i) if i else k for k, i in re.findall(r"([^.\[\]]+)|\[(\d+)\]", path)]
    node: Any = data
    for p in parts[:-1]:
        node = node[p]
    node[parts[-1]] = table


def bound_cases(name: str, paths: set[str] | None = None) -> Iterator[tuple[str, str, str]]:
    from reassure.spec import load_scenario
    from reassure.spec import units as u
    from reassure.spec._bounds import span_for

    scenario = load_scenario(name)
    base = merged_data(name)
    for parameter in scenario.parameters():
        if paths is not None and parameter.path not in paths:
            continue
        q = parameter.quantity
        span = span_for(parameter.path, q.dimension)
        if span is None:
            continue
        canon = u.CANONICAL[q.dimension]
        for which, bound in (("lo", span.lo), ("hi", span.hi)):
            if bound is None:
                continue
            data = _copy(base)
            table = {"value": float(bound), "unit": canon, "assumption": f"at the {which} bound"}
            _set(data, parameter.path, table)
            yield parameter.path, which, to_toml(data)


def write_case(folder: Path, path: str, which: str, text: str) -> Path:
    safe = re.sub(r"[^\w]+", "_", path)
    file = folder / f"{safe}-{which}.toml"
    file.write_text(text, encoding="utf-8")
    return file
