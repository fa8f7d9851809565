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
from reassure.spec._quantity import CHECKED, STATUS_FIELDS, Quantity

__all__ = ["MODIFIED", "apply_overrides", "field_dimensions", "plain_data", "with_overrides"]

#: Appended (once) to the title of a scenario changed in code (review s37 7).
MODIFIED = " (modified in code)"

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
            trail = f"{trail}; changed in code: {assumption}"
        # review s37 7: the caller's own note ("RUSI p.3") is kept, first; the trail follows it
        given = value.get("note")
        new["note"] = f"{given} ({trail})" if isinstance(given, str) and given.strip() else trail
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

    statements: dict[int, tuple[dict[str, Any], dict[str, Any], list[str]]] = {}

    def statement(container: Any, name: str, old: Any, new: Any) -> None:
        """Note a non-quantity value set in ``container`` (review s37 6): a contributor's
        status, a `us_backstop` switch rests on the item's provenance, rewritten below."""
        if not _is_statement(container) or name in ("source", "assumption", "note"):
            return
        entry = statements.setdefault(id(container), (container, {
            k: container.get(k) for k in ("source", "assumption")}, []))
        entry[2].append(f"{name} {_said(old)} -> {_said(new)}")

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
                if not (isinstance(node[name], dict) and "unit" in node[name]):
                    statement(node, name, field.default, node[name])
                break
            if last:
                old = node[name]
                if isinstance(old, dict) and "unit" in old:
                    node[name] = _new_quantity(old, value, assumption, path)
                else:
                    node[name] = plain_data(value)
                    statement(node, name, old, node[name])
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
    for container, was, changes in statements.values():
        # A new status voids the sources that said what the status was; a table of switches keeps
        # its sources, which back the switches left alone (as a child file keeps them: _load).
        # Either way the call's reason is the item's assumption, saying what changed and what
        # the item rested on before.
        if any(change.split(" ", 1)[0] in STATUS_FIELDS for change in changes):
            container.pop("source", None)
        container["assumption"] = (f"{assumption} (changed in code: {', '.join(changes)}; before, "
                                   f"it rested on {_provenance_text(was)})")


def _is_statement(node: Any) -> bool:
    """A table of plain data that is a sourced statement (a contributor, `us_backstop`): it has
    a `source` or an `assumption` of its own and is not a quantity."""
    return isinstance(node, dict) and "unit" not in node and ("source" in node or "assumption" in node)


def _said(value: Any) -> str:
    """A statement's value as a file writes it: ``true``, ``'willing'``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return _short(value)


def _provenance_text(was: Mapping[str, Any]) -> str:
    """What a statement rested on before the change: ``source rusi-test; the assumption '...'``."""
    parts = []
    if was.get("source"):
        ids = was["source"] if isinstance(was["source"], list | tuple) else [was["source"]]
        parts.append(f"source {', '.join(map(str, ids))}")
    if was.get("assumption"):
        parts.append(f"the assumption {was['assumption']!r}")
    return "; ".join(parts) or "nothing"


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
    from reassure.spec._quantity import assumption_fault

    if not isinstance(overrides, Mapping):
        # review s37 5: a str (the path alone) raised AttributeError: 'str' has no 'items'
        raise ReassureError("with_overrides: give a dict of path -> value, e.g. "
                            "{'force.target_troops': 20000} (got "
                            f"{_short(overrides)}, a {type(overrides).__name__})")
    if not isinstance(assumption, str) or not assumption.strip():
        raise ReassureError("with_overrides: give the reason for the change: "
                            "assumption=\"why these numbers\"")
    fault = assumption_fault(assumption)
    if fault:  # review s37 3: the files' rule, and the web editor's
        raise ReassureError(f"with_overrides: assumption={assumption.strip()!r} {fault}".replace(
            'give `source = ["id", ...]`', "pass a Quantity with its own source"))
    data = plain_data(scenario)
    apply_overrides(data, overrides, assumption.strip(), model=type(scenario))
    if overrides:
        # review s37 7: a plan changed in code does not claim to be its file's: its title says
        # so (the report, results.json), and `Scenario.overrides` lists each change
        title = str(data.get("title", scenario.title))
        if not title.endswith(MODIFIED):
            data["title"] = title + MODIFIED
    try:
        new = type(scenario).model_validate(data, context=CHECKED)
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
    new._overrides = tuple(scenario.overrides) + tuple(
        {"path": _keyed(new, data, str(p)), "value": v.text() if isinstance(v, Quantity) else _said(v),
         "assumption": assumption.strip()} for p, v in overrides.items())
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
    from reassure.spec._model_checks import assess_time_checks, check_target_above_minimum

    check_target_above_minimum(new, fail)
    assess_time_checks(new, fail)  # review s37 2: what `assess` would refuse, refused here


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


def _keyed(scenario: Any, data: Any, path: str) -> str:
    """``path`` naming list items by key, however the call named them (``contributors[0]`` and
    ``contributors[FRA]`` are one change, recorded once as ``contributors[FRA]``)."""
    from reassure.spec._paths import keyed_path

    try:
        return keyed_path(scenario, _plain(path, data))
    except Exception:  # noqa: BLE001 - a record of the call, never a reason to refuse it
        return path


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
