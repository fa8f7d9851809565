"""Changing a loaded scenario in code, with the reason on record: `Scenario.with_overrides`.

A scenario is immutable; `with_overrides` returns a new one, validated from scratch as a file
would be (units, dimensions, bounds, and the theatre's ids of nations, sites and bases, each
error naming the override). Each overridden number carries the
``assumption`` given, and its ``note`` keeps what it replaced and the sources that stood behind
that, so a report footnotes the change and the trail back to the file stays visible.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ValidationError

from reassure.spec._problems import _model_in
from reassure.spec._quantity import Quantity

__all__ = ["apply_overrides", "field_dimensions", "plain_data", "with_overrides"]

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
        # review s33: a Quantity's own provenance (its source, its assumption) is its own: kept,
        # with the call's reason on record in its note (the call's replaced it without a word)
        own = value.get("assumption") or value.get("source")
        new["assumption"] = value.get("assumption") or (None if own else assumption)
        if own and assumption not in (value.get("assumption"), None):
            new["note"] = f"{trail}; changed in code: {assumption}"
        if new["assumption"] is None:
            del new["assumption"]
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


def apply_overrides(data: dict[str, Any], overrides: Mapping[str, Any], assumption: str,
                    model: Any = None) -> None:
    """Apply ``{dotted.path: value}`` to the plain scenario ``data`` in place.

    A list item is named by index (``contributors[0]``) or by its key as the tool's own messages
    name it (``contributors[FRA]``). With ``model`` (the scenario class), a field the data
    leaves out because it takes a shipped default (``force.sustainable_share``) can be set too.
    """
    from reassure.errors import ReassureError, did_you_mean
    from reassure.spec._paths import index_path, item_names, parse_path

    for path, value in overrides.items():
        node: Any = data
        indexed = index_path(data, path) if isinstance(path, str) and "[" in path else path
        if indexed is None:  # a key in brackets that names no item
            _no_such_item(data, path, parse_path, item_names)
        steps = str(indexed).split(".")
        for k, step in enumerate(steps):
            m = _STEP.match(step)
            if m is None or not isinstance(node, dict):
                raise ReassureError(f"with_overrides: {path!r} is not a dotted path such as "
                                    "'force.target_troops', 'contributors[0].pledge_troops' or "
                                    "'contributors[FRA].pledge_troops'")
            name, index = m["name"], m["index"]
            last = k == len(steps) - 1 and index is None
            if name not in node:
                field = _defaulted_field(model, steps[:k + 1]) if last else None
                if field is None:
                    raise ReassureError(f"with_overrides: {path!r}: the scenario has no "
                                        f"{'.'.join(steps[:k + 1])!r}{did_you_mean(name, list(node))}")
                node[name] = _new_default(field, value, assumption, path)
                break
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


def _no_such_item(data: Any, path: str, parse_path: Any, item_names: Any) -> None:
    """Raise the error for a key in brackets that names no item (``contributors[XXX]``)."""
    from reassure.errors import ReassureError, did_you_mean

    node: Any = data
    for part in parse_path(path):
        if isinstance(part, str) and part.startswith("["):
            names = item_names(node) or []
            raise ReassureError(f"with_overrides: {path!r}: no item {part} in this list"
                                f"{did_you_mean(part[1:-1], names)}"
                                f"{' (items: ' + ', '.join(names) + ')' if names else ''}")
        if isinstance(part, int):
            node = node[part] if isinstance(node, list) and -len(node) <= part < len(node) else None
        else:
            node = node.get(part) if isinstance(node, dict) else None
    raise ReassureError(f"with_overrides: {path!r} is not a dotted path")  # pragma: no cover


def _defaulted_field(model: Any, names: list[str]) -> Any:
    """The pydantic field at ``names`` (plain field names, list indices stripped) of ``model``,
    or None: a field the scenario may hold but the file left to its default."""
    import typing

    from pydantic import BaseModel as _Base

    current: Any = model
    field = None
    for step in names:
        name = _STEP.match(step)
        if name is None or not (isinstance(current, type) and issubclass(current, _Base)):
            return None
        key = name["name"]
        field = current.model_fields.get(key) or next(
            (f for f in current.model_fields.values() if f.alias == key), None)
        if field is None:
            return None
        current = _model_in(field.annotation, typing)
    return field


def _new_default(field: Any, value: Any, assumption: str, path: str) -> Any:
    """The value for a field the file left to its shipped default: a quantity in the unit
    given, or (a bare number or pair) in the field's canonical unit (fraction, troops ...)."""
    from reassure.spec import units as _units
    from reassure.spec._quantity import DIMENSIONS_OF

    dims = _dimensions(list(field.metadata), field.annotation, DIMENSIONS_OF)
    if dims is None:  # not a quantity: a switch, a name, a table
        return plain_data(value)
    unit = _units.CANONICAL[dims[0]]
    if isinstance(value, Quantity):
        value = plain_data(value)
    if isinstance(value, Mapping) and "unit" in value:
        unit = value["unit"]
    old = {"value": float("nan"), "unit": unit}
    new = _new_quantity(old, value, assumption, path)
    # (the call's reason, where the quantity kept its own provenance: see `_new_quantity`)
    _, _, reason = new["note"].partition("; changed in code: ")
    new["note"] = f"overrides the shipped default (given in {unit})" + (
        f"; changed in code: {reason}" if reason else "")
    return new


def field_dimensions(field: Any) -> tuple[str, ...] | None:
    """The dimensions a quantity field (a pydantic ``FieldInfo``) accepts, or None when it is
    not a quantity: ``("rate",)`` for ``monitoring.jamming_events``."""
    from reassure.spec._quantity import DIMENSIONS_OF

    dims = _dimensions(list(field.metadata), field.annotation, DIMENSIONS_OF)
    return None if dims is None else tuple(dims)


def _dimensions(metadata: list[Any], annotation: Any, known: dict[Any, tuple[str, ...]]) -> Any:
    """The dimensions of the `Dim` check among ``metadata`` or inside ``annotation`` (an
    ``Annotated[Quantity, Dim(...)] | None`` keeps it in the union's first argument)."""
    import typing

    for m in [*metadata, *getattr(annotation, "__metadata__", ())]:
        if getattr(m, "func", None) in known:
            return known[m.func]
    for arg in typing.get_args(annotation):
        found = _dimensions([], arg, known)
        if found is not None:
            return found
    return None


def with_overrides(scenario: Any, overrides: Mapping[str, Any], assumption: str) -> Any:
    """See `Scenario.with_overrides`."""
    from reassure.errors import ReassureError

    if not isinstance(assumption, str) or not assumption.strip():
        raise ReassureError("with_overrides: give the reason for the change: "
                            "assumption=\"why these numbers\"")
    data = plain_data(scenario)
    apply_overrides(data, overrides, assumption.strip(), model=type(scenario))
    try:
        new = type(scenario).model_validate(data)
    except ValidationError as exc:
        # The bad value came from the override, not from the scenario's file: the error names
        # the call and the override (r12 7), worded as a file's error is (same field path,
        # same bounds).
        from pathlib import Path

        from reassure.spec._problems import _one_problem

        problem = _one_problem(exc.errors()[0], Path(_origin(scenario)), {}, data, type(scenario))
        raise _override_error(scenario, overrides, data, problem.field or "", problem.detail,
                              problem.got) from None
    new._file = scenario.file
    _check_ids(new, scenario, overrides, data)
    new._load_warnings = scenario.load_warnings  # warnings from loading still apply
    return new


def _check_ids(new: Any, scenario: Any, overrides: Mapping[str, Any], data: Any) -> None:
    """The theatre's ids (sites, bases, nations) checked exactly as loading a file checks them,
    the error naming the override rather than the file, which never held the value."""
    from pathlib import Path

    from reassure.spec._problems import _dotted
    from reassure.spec._theatre_check import _check_against_theatre

    def fail(loc: Any, message: str, got: object) -> None:
        raise _override_error(scenario, overrides, data, _dotted(loc, new), message, got)

    _check_against_theatre(new, Path(_origin(scenario)), {}, on_fail=fail, ids_only=True)
    # (s20) the cross-field refusal a file gets (review 20 #2), an override gets too
    from reassure.spec._model_checks import check_target_above_minimum

    check_target_above_minimum(new, fail)


def _origin(scenario: Any) -> str:
    return f"with_overrides on {scenario.name}"


def _override_error(scenario: Any, overrides: Mapping[str, Any], data: Any, field: str,
                    message: str, got: object) -> Exception:
    """The error for a bad value an override brought in, naming the call, not the file (which
    never held it), and the override unless the field named is the overridden path itself (r12 7)."""
    from reassure.errors import ScenarioFieldError

    culprits = [p for p in overrides if _same_place(p, field, data)]
    if not culprits or _plain(culprits[0], data) != _plain(field, data):
        given = ", ".join(f"{p!r} = {_short(overrides[p])}" for p in (culprits or overrides))
        message += f" (after the override {given})"
    return ScenarioFieldError(_origin(scenario), message, field=field or None, got=got)


def _plain(path: str, data: Any) -> str:
    """``path`` with list items by index, for comparing paths however they name items."""
    from reassure.spec._paths import index_path

    return (index_path(data, path) or path) if "[" in path else path


def _same_place(override: str, field: str, data: Any) -> bool:
    """True when the override at ``override`` and the error at ``field`` concern one value
    (the same path, or one inside the other)."""
    a, b = _plain(override, data), _plain(field, data)
    return a == b or a.startswith(b + ".") or b.startswith(a + ".") or a.startswith(b + "[")


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
