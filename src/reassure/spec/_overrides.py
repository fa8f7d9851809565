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
from typing import Any, NoReturn

from pydantic import BaseModel, ValidationError

from reassure.spec._paths import QUANTITY_PARTS
from reassure.spec._problems import _model_in
from reassure.spec._quantity import CHECKED, STATUS_FIELDS, Quantity

__all__ = ["MODIFIED", "apply_overrides", "field_dimensions", "plain_data", "quantity_text", "with_overrides"]

#: Appended (once) to the title of a scenario changed in code (review s37 7).
MODIFIED = " (modified in code)"

# a table's own key may hold "-" (``monitoring.band.attrition.male-uav``, a sensor id: review of
# s50); a field name never does
_STEP = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_-]*)(?:\[(?P<index>-?\d+)\])?$")


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


def _new_quantity(old: dict[str, Any], value: Any, assumption: str, path: str,
                  trail: str | None = None) -> dict[str, Any]:
    """The override of the quantity ``old`` (plain data) by ``value``, with its provenance.
    ``trail``: what the note says was replaced, when ``old`` is not a value of the file (a field
    the file leaves out: `_new_default`)."""
    if trail is None:
        was = (f"{old['value']:g}" if "value" in old else f"{old['low']:g}-{old['high']:g}")
        trail = f"overrides {was} {old['unit']}"
        if old.get("source"):
            trail += f" (source: {', '.join(old['source'])})"
        elif old.get("assumption"):
            trail += f" (assumed: {old['assumption']})"
    new: dict[str, Any] = {"unit": old["unit"], "assumption": assumption, "note": trail}
    if isinstance(value, Quantity):
        value = plain_data(value)
    value = quantity_text(value)  # review s51 11: "45 min" is the table {"value": 45, "unit": "min"}
    if isinstance(value, Mapping):
        _check_table(value, path, old["unit"])
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

        unit = old["unit"]
        comma = isinstance(value, str) and re.search(r"\d,\d", value)  # "0,75 h": a decimal comma
        raise ReassureError(f"with_overrides: {path!r} is a quantity in {unit}: give a number (in "
                            f"{unit}), a (low, high) pair, a number and its unit as text "
                            f"({_text_example(unit)!r}{'; a decimal point, not a comma' if comma else ''}) "
                            f"or a Quantity (got {_short(value)})")
    else:
        new["value"] = value
    return new


# "45 min", "20,000 troops", "0.5 h", "30%": a number (thousands grouped by commas, never a
# decimal comma: "0,75" is refused, not read as 75), then a unit
# (review s51) a thousands group never starts a number with 0: "0,750 h" is a decimal comma,
# refused, not 750 h
_QUANTITY_TEXT = re.compile(r"^\s*(?P<number>[-+]?(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?"
                            r"|[-+]?\.\d+)\s*(?P<unit>[^\d\s.,+-].*?)\s*$")


def _is_quantity_text(value: Any) -> bool:
    return isinstance(value, str) and _QUANTITY_TEXT.match(value) is not None


def quantity_text(value: Any) -> Any:
    """``"45 min"`` as the table ``{"value": 45, "unit": "min"}`` a file writes (a unit as people
    write it, ``"45 minutes"``, ``"30 %"``, is the files' unit); the table then goes the way
    any table does (its unit checked against the field's dimension, kept as given: the report
    says 45 min). Anything else is returned as it is.

    >>> quantity_text("45 minutes"), quantity_text("20,000 troops"), quantity_text("0,75 h")
    ({'value': 45, 'unit': 'min'}, {'value': 20000, 'unit': 'troops'}, '0,75 h')
    """
    from reassure.spec import units as _units
    from reassure.spec._aliases import UNIT_SYNONYMS

    if not isinstance(value, str):
        return value
    found = _QUANTITY_TEXT.match(value)
    if found is None:
        return value
    unit = found["unit"]
    if unit not in _units.UNITS:  # an unknown one is left to the unit check, which suggests one
        unit = UNIT_SYNONYMS.get(unit.lower()) or UNIT_SYNONYMS.get(unit) or unit
    digits = found["number"].replace(",", "")
    number: float = float(digits)
    if number.is_integer() and not any(c in digits for c in ".eE"):
        number = int(digits)
    return {"value": number, "unit": unit}


def _text_example(unit: str) -> str:
    """``'45 min'`` for a quantity in h: a number and a unit of the same dimension, as text."""
    from reassure.spec import units as _units

    if _units.dimension_of(unit) == "time":
        return "45 min" if unit != "min" else "2 h"
    return f"2 {unit}"


def apply_overrides(data: dict[str, Any], overrides: Mapping[str, Any], assumption: str,
                    model: Any = None) -> list[Any]:
    """Apply ``{dotted.path: value}`` to the plain scenario ``data`` in place; return the paths
    that changed something, in order.

    A list item is named by index (``contributors[0]``) or by its key as the tool's own messages
    name it (``contributors[FRA]``). With ``model`` (the scenario class), a field the data
    leaves out because it takes a shipped default (``force.sustainable_share``) can be set too.
    An override that sets a value to what it already is (a switch ``true -> true``, a status
    ``'willing' -> 'willing'``, a number to the number it holds) changes nothing: the data, its
    provenance included, is left as it was, and the path is not returned.
    """
    statements = _Statements(assumption)
    changed: list[Any] = []
    for path, given in overrides.items():
        value = plain_numbers(given)  # review s38 2: np.int64(20000), from a DataFrame, is 20000
        if _apply_one(data, path, value, assumption, model, statements):
            changed.append(path)
    statements.record()
    return changed


def _apply_one(data: dict[str, Any], path: Any, value: Any, assumption: str, model: Any,
               statements: _Statements) -> bool:
    """Set ``path`` in ``data`` to ``value`` (`apply_overrides`, one override); whether that
    changed anything. Walks the path one step at a time, refusing a step that leads nowhere."""
    from reassure.spec._paths import index_path, item_names, parse_path

    _check_path(path)
    node: Any = data
    indexed = index_path(data, path) if isinstance(path, str) and "[" in path else path
    if indexed is None:  # a key in brackets that names no item
        _no_such_item(data, path, parse_path, item_names)
    steps = str(indexed).split(".")
    for k, step in enumerate(steps):
        if k and isinstance(node, dict) and "unit" in node:
            # review s53 1: a new number under the old sources, the call's reason dropped
            _refuse_quantity_part(str(path), steps, k, node)
        m = _STEP.match(step)
        if m is None or not isinstance(node, dict):
            raise _not_a_path(path)
        name, index = m["name"], m["index"]
        last = k == len(steps) - 1 and index is None
        if name not in node:
            return _set_left_out(data, path, steps, k, node, value, assumption, model, statements)
        if last:
            return _replace(node, name, path, value, assumption, statements)
        node = node[name]
        if index is not None:
            _check_index(path, steps, k, name, node, index)
            if k == len(steps) - 1:
                return _replace(node, int(index), path, value, assumption, statements)
            node = node[int(index)]
    return False  # pragma: no cover - the path's last step sets or refuses, above


def _not_a_path(path: Any) -> Exception:
    from reassure.errors import ReassureError

    return ReassureError(f"with_overrides: {path!r} is not a dotted path such as "
                         "'force.target_troops', 'contributors[0].pledge_troops' or "
                         "'contributors[FRA].pledge_troops'")


def _replace(container: Any, key: str | int, path: Any, value: Any, assumption: str,
             statements: _Statements) -> bool:
    """Set ``container[key]`` (a table's field or a list's item) to ``value``; whether that
    changed anything. A quantity keeps its provenance trail (`_new_quantity`); any other value of
    a sourced table is noted for the table's own provenance (a list is no such table)."""
    old = container[key]
    _check_container(path, old, value)
    if _unchanged(old, value):
        return False
    if isinstance(old, dict) and "unit" in old:
        container[key] = _new_quantity(old, value, assumption, path)
    else:
        container[key] = plain_data(value)
        statements.note(container, key, old, container[key])
    return True


def _set_left_out(data: dict[str, Any], path: Any, steps: list[str], k: int, node: dict[str, Any],
                  value: Any, assumption: str, model: Any, statements: _Statements) -> bool:
    """Set ``steps[k]``, which ``node`` leaves out, when it is the path's last step and a field
    that takes a shipped default (``force.sustainable_share``); whether that changed anything.
    Anything else the scenario has no such thing, and the error names what it has."""
    from reassure.spec._defaults import fallback_for

    step = _STEP.match(steps[k])  # a step the caller matched already
    name, last = step["name"], k == len(steps) - 1 and step["index"] is None  # type: ignore[index]
    field = _defaulted_field(model, steps[:k + 1]) if last else None
    if field is None:
        _refuse_missing(path, steps, k, node, model, last)
    table = _STEP.match(steps[k - 1])["name"] if k else ""  # type: ignore[index]
    new = _new_default(field, value, assumption, path, fallback_for(data, table, node, name))
    if not (isinstance(new, dict) and "unit" in new):
        if _same(field.default, new):  # the shipped default, set to itself
            return False
        statements.note(node, name, field.default, new)
    node[name] = new
    return True


def _refuse_missing(path: Any, steps: list[str], k: int, node: dict[str, Any], model: Any,
                    last: bool) -> NoReturn:
    """Raise the error for ``steps[k]``, which the scenario does not have (nor takes as a
    shipped default there), naming the full paths it has instead."""
    from reassure.errors import ReassureError, did_you_mean

    if (not last and k + 1 < len(steps) and steps[k + 1] in QUANTITY_PARTS
            and _defaulted_field(model, steps[:k + 1]) is not None
            and field_dimensions(_defaulted_field(model, steps[:k + 1])) is not None):
        _refuse_quantity_part(str(path), steps, k + 1, None)  # a shipped default's part
    # review s53: the full path to type, not the last step alone ('target_troops')
    prefix = ".".join(steps[:k])
    paths = [f"{prefix}.{n}" if prefix else n for n in node]
    raise ReassureError(f"with_overrides: {path!r}: the scenario has no "
                        f"{'.'.join(steps[:k + 1])!r}"
                        f"{did_you_mean('.'.join(steps[:k + 1]), paths)}")


def _check_index(path: Any, steps: list[str], k: int, name: str, node: Any, index: str) -> None:
    """Refuse ``[index]`` at ``steps[k]`` unless ``node`` is a list holding that item."""
    from reassure.errors import ReassureError
    from reassure.spec._paths import item_names

    if isinstance(node, list) and 0 <= int(index) < len(node):
        return
    # review s53 6: no counting from the end (the web editor and explore do not):
    # a file that reorders its items would move the change to another one
    keys = item_names(node) if isinstance(node, list) else None
    counted = (f" (items count from 0 to {len(node) - 1}, or name one by its key"
               f"{', e.g. [' + keys[0] + ']' if keys else ''})"
               if isinstance(node, list) and node else "")
    raise ReassureError(f"with_overrides: {path!r}: no item [{index}] in "
                        f"{'.'.join(steps[:k]) + '.' if k else ''}{name}{counted}")


class _Statements:
    """The non-quantity values an override sets in a sourced table (review s37 6): a
    contributor's status, a `us_backstop` switch. Each rests on its table's provenance, which
    `record` rewrites once every override is in."""

    def __init__(self, assumption: str) -> None:
        self.assumption = assumption
        # per table (by id): the table, its provenance before, the changes in order
        self._tables: dict[int, tuple[dict[str, Any], dict[str, Any], list[str]]] = {}

    def note(self, container: Any, name: Any, old: Any, new: Any) -> None:
        """Note ``name`` set from ``old`` to ``new`` in ``container``, when that is a sourced
        table and ``name`` none of its provenance fields."""
        if not _is_statement(container) or name in ("source", "assumption", "note"):
            return
        if isinstance(new, bool) and name != "switch_provenance":
            # review 41 12: a switch has its own provenance, the call's reason; the table's
            # sources back the switches left alone, and its assumption is not rewritten
            own = container.get("switch_provenance")
            own = dict(own) if isinstance(own, dict) else {}
            own[name] = {"assumption": f"{self.assumption} (changed in code: {name} {_said(old)} -> {_said(new)})"}
            container["switch_provenance"] = own
            return
        entry = self._tables.setdefault(id(container), (container, {
            k: container.get(k) for k in ("source", "assumption")}, []))
        entry[2].append(f"{name} {_said(old)} -> {_said(new)}")

    def record(self) -> None:
        """Rewrite each noted table's provenance to say what changed and what it rested on."""
        for container, was, changes in self._tables.values():
            # A new status voids the sources that said what the status was; a table of switches
            # keeps its sources, which back the switches left alone (as a child file keeps them:
            # _load). Either way the call's reason is the item's assumption, saying what changed
            # and what the item rested on before.
            if any(change.split(" ", 1)[0] in STATUS_FIELDS for change in changes):
                container.pop("source", None)
            container["assumption"] = (f"{self.assumption} (changed in code: {', '.join(changes)}; "
                                       f"before, it rested on {_provenance_text(was)})")


#: A path as `with_overrides` takes it: dotted names, each with at most one ``[index]`` or ``[key]``.
_PATH = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*(?:\[[^\[\]]+\])?(?:\.[A-Za-z_][A-Za-z0-9_-]*(?:\[[^\[\]]+\])?)*$")
#: What names where a plan came from, not what it holds (docs/python-api.md: `name` and `file`
#: stay the file's; runs and output folders key on the name): never overridden (review s53 3).
_NOT_OVERRIDDEN = ("schema", "name", "file", "extends")


def _check_path(path: Any) -> None:
    """Refuse a path that is not one: not a dotted path (``contributors[``: review s53 6 blamed
    the value), or one naming where the plan came from (``name``: review s53 3)."""
    from reassure.errors import ReassureError

    if not isinstance(path, str) or not _PATH.match(path):
        raise _not_a_path(path)
    if path in _NOT_OVERRIDDEN:
        raise ReassureError(f"with_overrides: {path!r} cannot be overridden: it says where the plan comes "
                            "from, and stays the file's (the title of a plan changed in code says so); "
                            "to save a plan under another name, write a child file with "
                            "`extends` (docs/scenario-format.md)")


def _check_container(path: Any, old: Any, value: Any) -> None:
    """Refuse a value that is not a table for ``path`` naming a table or a list of them
    (``contributors``, ``contributors[0]``: review s53 6, "contributors must be a valid tuple
    (got 5)" blamed the value where the path was short of its field)."""
    from reassure.errors import ReassureError

    table = isinstance(old, dict) and "unit" not in old
    if not (table or isinstance(old, list)) or isinstance(value, Mapping | list | tuple | Quantity):
        return
    from reassure.spec._paths import item_names

    def a_field(table: Any) -> str | None:  # its first quantity, else its first switch or value
        keys = [k for k in table if isinstance(k, str) and k not in ("source", "assumption", "note",
                                                                     "switch_provenance")] if isinstance(table, dict) else []
        return next((k for k in keys if isinstance(table[k], dict) and "unit" in table[k]),
                    next((k for k in keys if isinstance(table[k], bool)), keys[0] if keys else None))

    if table:
        field = a_field(old)
        example = f"{path}.{field}" if field else None
    else:
        names = item_names(old)
        field = a_field(old[0]) if old else None
        example = f"{path}[{names[0] if names else 0}].{field}" if field else None
    raise ReassureError(f"with_overrides: {path!r} names {'a table' if table else 'a list'}, not a value: "
                        f"add the {'field' if table else 'item and the field'} to set"
                        f"{f', e.g. {example!r}' if example else ''} (got {_short(value)})")


def _refuse_quantity_part(path: str, steps: list[str], k: int, old: Any) -> None:
    """Raise the error for ``path``, whose ``steps[k:]`` lead into the quantity ``old`` (plain
    data; None for a shipped default the file leaves out): ``force.tour.value``. The web editor's
    rule (review s53 1), with the quantity named as the call named it."""
    from reassure.errors import ReassureError
    from reassure.spec._paths import quantity_part_fault

    rest = ".".join(steps[k:])
    quantity = path[:-len(rest) - 1] if path.endswith("." + rest) else ".".join(steps[:k])
    example = ""
    if isinstance(old, dict) and isinstance(old.get("unit"), str):
        said = ", ".join(f"{k!r}: {old[k]:g}" for k in (("value",) if "value" in old else ("low", "high"))
                         if isinstance(old.get(k), int | float))
        example = f", e.g. {{{quantity!r}: {{{said}, 'unit': {old['unit']!r}}}}}"
    raise ReassureError(f"with_overrides: {path!r} is {quantity_part_fault(quantity, path)}{example}")


def _same(old: Any, new: Any) -> bool:
    """Whether plain values ``old`` and ``new`` are the same value: a switch is not a number
    (``True`` is not ``1``), and ``1`` and ``1.0`` are one number."""
    if isinstance(old, bool) or isinstance(new, bool):
        return isinstance(old, bool) and isinstance(new, bool) and old == new
    if isinstance(old, dict) and isinstance(new, dict):
        return old.keys() == new.keys() and all(_same(old[k], new[k]) for k in old)
    if isinstance(old, list | tuple) and isinstance(new, list | tuple):
        return len(old) == len(new) and all(_same(a, b) for a, b in zip(old, new, strict=True))
    if isinstance(old, int | float) and isinstance(new, int | float):
        return old == new
    return type(old) is type(new) and old == new


def _unchanged(old: Any, value: Any) -> bool:
    """Whether setting ``old`` (plain data) to ``value`` (as given to `with_overrides`) changes
    nothing. A quantity is unchanged by a bare number (or a pair) equal to what it holds, in its
    own unit, and by a `Quantity` (or table) identical to it, provenance included: one that
    brings a source, an assumption or a note of its own changes what the number rests on."""
    if isinstance(old, dict) and "unit" in old:
        if isinstance(value, bool):
            return False
        if isinstance(value, str):  # "1 h" for 1 h holds what the number 1 would
            said = quantity_text(value)
            return (isinstance(said, dict) and said["unit"] == old["unit"] and "value" in old
                    and _same(old["value"], said["value"]))
        if isinstance(value, int | float):
            return "value" in old and _same(old["value"], value)
        if isinstance(value, tuple | list) and len(value) == 2:
            return "value" not in old and _same([old.get("low"), old.get("high")], list(value))
        if isinstance(value, Quantity | Mapping):
            return _same(old, plain_data(value))
        return False
    if isinstance(value, Quantity):
        return False
    return _same(old, plain_data(value))


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


def _new_default(field: Any, value: Any, assumption: str, path: str, fallback: Any) -> Any:
    """The value for a field the file leaves out (``fallback``: what it stands for meanwhile, a
    `_defaults.Fallback`, or None): a quantity in the unit given, its note naming the value it
    replaces and what that rested on. A bare number (or pair, or a table without a unit) is
    read in the field's unit only where that is the one sensible unit (a fraction, troops, a
    count: `_defaults.bare_number_unit`); for any other (a time: hours or months?) the file
    fixes none, so it is refused, saying which unit to give (review s38 1: ``delay: 2`` was
    read as 2 h, where `reassure show` prints the default in months)."""
    from reassure.spec import units as _units
    from reassure.spec._defaults import bare_number_unit
    from reassure.spec._quantity import DIMENSIONS_OF

    dims = _dimensions(list(field.metadata), field.annotation, DIMENSIONS_OF)
    if dims is None:  # not a quantity: a switch, a name, a table
        return plain_data(value)
    if isinstance(value, Quantity):
        value = plain_data(value)
    value = quantity_text(value)  # "2 month": its unit given (review s51 11)
    if isinstance(value, Mapping):
        _check_table(value, path, fallback.quantity["unit"] if fallback else _units.CANONICAL[dims[0]])
    unit = value.get("unit") if isinstance(value, Mapping) else None
    if not isinstance(unit, str):
        unit = bare_number_unit(tuple(dims))
        if unit is None:
            _refuse_without_unit(path, value, tuple(dims), fallback)
    if fallback is None:
        trail = "overrides the model's default for a field the file leaves out"
    else:
        what = "the shipped default" if fallback.shipped else "its fallback,"
        trail = f"overrides {what} {fallback.text()} ({fallback.provenance()})"
    return _new_quantity({"unit": unit}, value, assumption, path, trail=trail)


def _refuse_without_unit(path: str, value: Any, dims: tuple[str, ...], fallback: Any) -> None:
    """Raise the error for a bare number (or pair, or a table without a unit) given for a field
    the file leaves out, whose unit is not the only sensible one."""
    from reassure.errors import ReassureError
    from reassure.spec import units as _units
    from reassure.spec._quantity import expected_units

    unit = fallback.quantity["unit"] if fallback is not None else _units.CANONICAL[dims[0]]
    if isinstance(value, Mapping):
        example = {**{k: v for k, v in value.items() if k in ("value", "low", "high")}, "unit": unit}
    elif isinstance(value, tuple | list) and len(value) == 2:
        example = {"low": value[0], "high": value[1], "unit": unit}
    else:
        example = {"value": value, "unit": unit}
    if fallback is None:
        left, why = "the file leaves this field out, so it fixes no unit", ""
    elif fallback.shipped:
        left = (f"the file leaves this field to its shipped default, {fallback.text()} from "
                f"{fallback.where}, so it fixes no unit")
        why = ", the unit `reassure show` prints the default in"
    else:
        left = (f"the file leaves this field out, so it fixes no unit; it falls back to "
                f"{fallback.where}, {fallback.text()}")
        why = f", the unit of {fallback.where}"
    raise ReassureError(f"with_overrides: {path!r} = {_short(value)} has no unit ({left}): give "
                        f"one, e.g. {example!r}{why}, or a Quantity; it must be "
                        f"{expected_units(dims)}")


#: The keys a quantity's table takes, as a file writes them (review s38 6).
QUANTITY_KEYS = ("value", "low", "high", "unit", "source", "assumption", "note")


def _check_table(value: Mapping[str, Any], path: str, unit: str) -> None:
    """Refuse a table given for a quantity with a key it does not take (``{"valu": 30}``), or
    with no value: named, with the keys it takes (review s38 6: "low must be a valid number")."""
    from reassure.errors import ReassureError, did_you_mean

    takes = f"a quantity takes {', '.join(QUANTITY_KEYS)}"
    unknown = [k for k in value if k not in QUANTITY_KEYS]
    if unknown:
        word = str(unknown[0])
        raise ReassureError(f"with_overrides: {path!r} = {_short(dict(value))}: {word!r} is not a key "
                            f"of a quantity{did_you_mean(word, QUANTITY_KEYS)} ({takes})")
    if "value" not in value and not ("low" in value and "high" in value):
        unit = value["unit"] if isinstance(value.get("unit"), str) else unit
        raise ReassureError(f"with_overrides: {path!r} = {_short(dict(value))} needs 'value', or "
                            f"'low' and 'high', e.g. {{'value': 2, 'unit': {unit!r}}} ({takes})")


def plain_numbers(value: Any) -> Any:
    """``value`` with numpy's (or any library's) number scalars as Python's own: ``np.int64(2)``
    as ``2``, ``np.float32(0.5)`` as ``0.5``, ``np.True_`` as ``True``, inside a pair or a table
    too (review s38 2: a number read from a DataFrame was refused as not a number). A bool stays
    a bool, never a number; a `Quantity` checks its own.

    >>> from fractions import Fraction
    >>> plain_numbers((Fraction(1, 2), True, "x"))
    (0.5, True, 'x')
    """
    import numbers

    if isinstance(value, bool) or value is None or isinstance(value, str | Quantity):
        return value
    if type(value).__name__ in ("bool_", "bool") and hasattr(value, "item"):  # numpy's bool
        return bool(value)
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        return float(value)
    if isinstance(value, tuple | list):
        return type(value)(plain_numbers(v) for v in value)
    if isinstance(value, Mapping):
        return {k: plain_numbers(v) for k, v in value.items()}
    return value


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


#: How a call names its reason, in the messages that ask for it (review s38 3).
_REASON_EXAMPLE = ("e.g. plan.with_overrides({'force.target_troops': 20000}, "
                   "assumption=\"what if the coalition plans for 20,000 troops?\")")


def with_overrides(scenario: Any, overrides: Mapping[str, Any], assumption: str | None,
                   given: tuple[Any, ...] = ()) -> Any:
    """See `Scenario.with_overrides` (``given``: what the call passed by position after the
    overrides, which is refused: the reason is a keyword)."""
    from reassure.errors import ReassureError
    from reassure.spec._quantity import assumption_fault

    if given:
        # review s38 3: Python's own TypeError ("takes 2 positional arguments") is not a
        # ReassureError, and does not say what the second argument is for
        raise ReassureError("with_overrides: give the reason for the change by keyword, "
                            f"assumption=\"...\" (got {len(given)} more argument"
                            f"{'s' if len(given) > 1 else ''} by position: {_short(given[0])}); "
                            f"{_REASON_EXAMPLE}")
    if isinstance(overrides, Mapping):
        for path, value in overrides.items():
            own = value if isinstance(value, dict) else None
            if own is not None and isinstance(own.get("assumption"), str) and not own["assumption"].strip():
                # review s50: a blank reason was silently replaced by the call's
                raise ReassureError(f"with_overrides: {path!r} gives an empty assumption: say why the value is "
                                    "believed, or leave `assumption` out of the value to use the call's")
        if assumption is None and overrides and all(_own_provenance(v) for v in overrides.values()):
            # review s50: each value carries its own source or reason, so the call needs none
            assumption = "each value gives its own source or assumption"
    if assumption is None:
        # review s38 3: leaving it out raised Python's TypeError ("missing 1 required
        # keyword-only argument"), not the ReassureError the docs promise
        raise ReassureError("with_overrides: every number needs a source or an assumption: say "
                            "why the plan changes with the keyword assumption=\"...\" (the "
                            "report footnotes it next to each number changed); "
                            f"{_REASON_EXAMPLE}")
    if not isinstance(overrides, Mapping):
        # review s37 5: a str (the path alone) raised AttributeError: 'str' has no 'items'
        raise ReassureError("with_overrides: give a dict of path -> value, e.g. "
                            "{'force.target_troops': 20000} (got "
                            f"{_short(overrides)}, a {type(overrides).__name__})")
    if not isinstance(assumption, str) or not assumption.strip():
        raise ReassureError("with_overrides: every number needs a source or an assumption: give "
                            "the reason for the change, assumption=\"why these numbers\" (got "
                            f"{_short(assumption)}); {_REASON_EXAMPLE}")
    fault = assumption_fault(assumption)
    if fault:  # review s37 3: the files' rule, and the web editor's
        raise ReassureError(f"with_overrides: assumption={assumption.strip()!r} {fault}".replace(
            'give `source = ["id", ...]`', "pass a Quantity with its own source"))
    overrides = {path: plain_numbers(value) for path, value in overrides.items()}
    data = plain_data(scenario)
    changed = apply_overrides(data, overrides, assumption.strip(), model=type(scenario))
    if not changed:
        # every value set to what it already was (or no override at all): the plan is its
        # file's still; no change recorded, no "(modified in code)" (review: `isr` true -> true)
        return scenario
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
    # the parent files it was read from are still those it rests on (review s65 1)
    new._extends_files, new._extends_warnings = scenario.extends_files, scenario.extends_warnings
    _check_ids(new, scenario, overrides, data)
    # warnings from loading still apply; a value set here outside its usual span (45 for a
    # threshold in hours, meant as minutes) is warned as in a file (review s50)
    # (review of s50) an earlier warning on a value this call replaces no longer holds
    from reassure.spec._paths import index_path, warning_field

    replaced = {form for p in changed for form in (str(p), _keyed(new, data, str(p)), index_path(data, str(p)))
                if form}
    kept = tuple(w for w in scenario.load_warnings if warning_field(w) not in replaced)
    unlikely = _unlikely_now(scenario, new)
    new._load_warnings = kept + unlikely
    # review s51 11: a Python user reads no load_warnings at the call; each is a ScenarioWarning
    # at the caller's line too (frames: warn_caller, this, Scenario.with_overrides, the caller)
    from reassure.spec._warn import warn_caller

    said = (w.removesuffix(_IN_CODE).split(" ", 1) for w in unlikely)
    warn_caller((f"{_origin(scenario)}: {_keyed(new, data, path)} {rest}" for path, rest in said), depth=2)
    new._overrides = tuple(scenario.overrides) + tuple(
        {"path": _keyed(new, data, str(p)),
         # (review s51) a quantity given as text ("45 min") is recorded as written, not quoted
         "value": v.text() if isinstance(v, Quantity) else v.strip() if _is_quantity_text(v) else _said(v),
         "assumption": assumption.strip()} for p, v in overrides.items() if p in changed)
    return new


def _own_provenance(value: Any) -> bool:
    """Whether an override ``value`` (a dict or a `Quantity`) carries its own source or reason."""
    source = value.get("source") if isinstance(value, dict) else getattr(value, "source", None)
    reason = value.get("assumption") if isinstance(value, dict) else getattr(value, "assumption", None)
    return bool(source) or (isinstance(reason, str) and bool(reason.strip()))


def _unlikely_now(old: Any, new: Any) -> tuple[str, ...]:
    """``incidents.response_threshold is 45 h, more than ...; did you mean 45 min? (set in code,
    with_overrides)`` for each time, length or count of ``new`` outside its usual span that ``old`` had
    within it (or at another value): the file loader's unit-slip warning, for a change in code."""
    from reassure.spec._bounds import unlikely_values

    before = set(unlikely_values(old))
    return tuple(f"{path} {message}{_IN_CODE}" for path, message in unlikely_values(new)
                 if (path, message) not in before)


_IN_CODE = " (set in code, with_overrides)"


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
