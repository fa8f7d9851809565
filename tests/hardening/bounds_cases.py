"""Every number of a shipped scenario set to the edges of its plausible span (spec/_bounds.py).

`bound_cases(name)` yields ``(path, "lo"|"hi", TOML text)``: the scenario with one quantity
set to the low or high end of its span, in the dimension's canonical unit (a range collapses to
the point). A field that a cross-field rule ties to it moves along (`_keep_cross_field_rules`).
The models must run on each (or validation must refuse it, e.g. shares that must add up to 1):
no internal error, no run without end.
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
    # what the loader carries beside the file's data (the parent files read, warnings: "__...__")
    return {k: v for k, v in data.items() if not (k.startswith("__") and k.endswith("__"))}


def _set(data: dict[str, Any], path: str, table: dict[str, Any]) -> None:
    parts: list[str | int] = [int(i) if i else k for k, i in re.findall(r"([^.\[\]]+)|\[(\d+)\]", path)]
    node: Any = data
    for p in parts[:-1]:
        node = node[p]
    node[parts[-1]] = table


def _keep_cross_field_rules(data: dict[str, Any], scenario: Any, path: str, bound: float, which: str) -> None:
    """Move the field a cross-field rule ties to ``path`` along with it, so that the case tests
    the bound, not the rule.

    Review 20 #2: a target below the minimum contribution is refused at validation (no nation
    could field it). The target at its low bound comes with the minimum lowered to it, and a
    minimum at its high bound with the target raised to it.
    """
    from reassure.spec._model_checks import default_min_contribution

    force = data.setdefault("force", {})
    if path == "force.target_troops":
        minimum = scenario.force.min_contribution or default_min_contribution()
        if 0 < bound < minimum.canonical:
            force["min_contribution"] = {"value": float(bound), "unit": "troops",
                                         "assumption": f"lowered to force.target_troops at its {which} bound"}
    elif path == "force.min_contribution" and bound > scenario.force.target_troops.to("troops").low:
        force["target_troops"] = {"value": float(bound), "unit": "troops",
                                  "assumption": f"raised to force.min_contribution at its {which} bound"}


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
            _keep_cross_field_rules(data, scenario, parameter.path, float(bound), which)
            yield parameter.path, which, to_toml(data)


def write_case(folder: Path, path: str, which: str, text: str) -> Path:
    safe = re.sub(r"[^\w]+", "_", path)
    file = folder / f"{safe}-{which}.toml"
    file.write_text(text, encoding="utf-8")
    return file
