"""Changing a loaded scenario in code, with the reason on record: `Scenario.with_overrides`.

A scenario is immutable; `with_overrides` returns a new one, validated from scratch as a file
would be (units, dimensions, bounds; ids of sites and bases are checked when the models look
them up). Each overridden number carries the
``assumption`` given, and its ``note`` keeps what it replaced and the sources that stood behind
that, so a report footnotes the change and the trail back to the file stays visible.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ValidationError

from reassure.spec._quantity import Quantity

__all__ = ["apply_overrides", "plain_data", "with_overrides"]

_STEP = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:\[(?P<index>-?\d+)\])?$")


def plain_data(node: Any) -> Any:
    """A model as the plain data a scenario file would hold (so it validates back to itself)."""
    if isinstance(node, Quantity):
        out: dict[str, Any] = {"unit": node.unit}
        if node.value is not None:
            out["value"] = node.value
        else:
            out.update(low=node.low, high=node.high)
        for key in ("source", "assumption", "note"):
            value = getattr(node, key)
            if value:
                out[key] = list(value) if key == "source" else value
        return out
    if isinstance(node, BaseModel):
        out = {}
        for name, info in type(node).model_fields.items():
            value = getattr(node, name)
            if value is None:
                continue
            out[info.alias or name] = plain_data(value)
        return out
    if isinstance(node, tuple | list):
        return [plain_data(v) for v in node]
    if isinstance(node, Mapping):
        return {k: plain_data(v) for k, v in node.items()}
    return node


def _new_quantity(old: dict[str, Any], value: Any, assumption: str, path: str) -> dict[str, Any]:
    """The override of the quantity ``old`` (plain data) by ``value``, with its provenance."""
    was = (f"{old['value']:g}" if "value" in old else f"{old['low']:g}-{old['high']:g}")
    trail = f"overrides {was} {old['unit']}"
    if old.get("source"):
        trail += f" (source: {', '.join(old['source'])})"
    elif old.get("assumption"):
        trail += f" (assumed: {old['assumption']})"
    new: dict[str, Any] = {"unit": old["unit"], "assumption": assumption, "note": trail}
    if isinstance(value, Quantity):
        value = plain_data(value)
    if isinstance(value, Mapping):
        new.update({k: v for k, v in value.items() if k not in ("value", "low", "high")})
        new["assumption"] = assumption
        if "value" in value:
            new["value"] = value["value"]
        else:
            new.update(low=value.get("low"), high=value.get("high"))
    elif isinstance(value, tuple | list) and len(value) == 2:
        new.update(low=value[0], high=value[1])
    elif isinstance(value, bool) or not isinstance(value, int | float):
        from reassure.errors import ReassureError

        raise ReassureError(f"with_overrides: {path!r} is a quantity in {old['unit']}: give a "
                            f"number, a (low, high) pair or a Quantity (got {value!r})")
    else:
        new["value"] = value
    return new


def apply_overrides(data: dict[str, Any], overrides: Mapping[str, Any], assumption: str) -> None:
    """Apply ``{dotted.path: value}`` to the plain scenario ``data`` in place."""
    from reassure.errors import ReassureError, did_you_mean

    for path, value in overrides.items():
        node: Any = data
        steps = path.split(".")
        for k, step in enumerate(steps):
            m = _STEP.match(step)
            if m is None or not isinstance(node, dict):
                raise ReassureError(f"with_overrides: {path!r} is not a dotted path such as "
                                    "'force.target_troops' or 'contributors[0].pledge_troops'")
            name, index = m["name"], m["index"]
            last = k == len(steps) - 1 and index is None
            if name not in node:
                raise ReassureError(f"with_overrides: {path!r}: the scenario has no "
                                    f"{'.'.join(steps[:k + 1])!r}{did_you_mean(name, list(node))}")
            if last:
                old = node[name]
                if isinstance(old, dict) and "unit" in old:
                    node[name] = _new_quantity(old, value, assumption, path)
                else:
                    node[name] = plain_data(value)
                break
            node = node[name]
            if index is not None:
                if not isinstance(node, list) or not -len(node) <= int(index) < len(node):
                    raise ReassureError(f"with_overrides: {path!r}: no item [{index}] in "
                                        f"{'.'.join(steps[:k]) + '.' if k else ''}{name}")
                if k == len(steps) - 1:
                    old = node[int(index)]
                    node[int(index)] = (_new_quantity(old, value, assumption, path)
                                        if isinstance(old, dict) and "unit" in old
                                        else plain_data(value))
                    break
                node = node[int(index)]


def with_overrides(scenario: Any, overrides: Mapping[str, Any], assumption: str) -> Any:
    """See `Scenario.with_overrides`."""
    from pathlib import Path

    from reassure.errors import ReassureError, ScenarioFieldError

    if not isinstance(assumption, str) or not assumption.strip():
        raise ReassureError("with_overrides: give the reason for the change: "
                            "assumption=\"why these numbers\"")
    data = plain_data(scenario)
    apply_overrides(data, overrides, assumption.strip())
    path = scenario.file or Path(f"{scenario.name} (overridden in code)")
    try:
        new = type(scenario).model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = "".join(f"[{p}]" if isinstance(p, int) else (f".{p}" if i else str(p))
                        for i, p in enumerate(err["loc"]))
        message = re.sub(r"^(Value|Assertion) error, ", "", err["msg"])
        from reassure.spec._bounds import one_bound

        raise ScenarioFieldError(path, one_bound(field, message), field=field) from None
    new._file = scenario.file
    new._load_warnings = scenario.load_warnings  # warnings from loading still apply
    return new
