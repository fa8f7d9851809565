"""Pydantic's errors in a scenario's words: one line per problem, at its file, line and field.

Apart from `_load` so that `with_overrides` (`_overrides`) words its errors the same way without
importing the loader, which imports the schema, which offers `with_overrides`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from reassure.errors import ScenarioFieldError, did_you_mean
from reassure.spec._bounds import one_bound
from reassure.spec._quantity import register_python_error

Loc = tuple[str | int, ...]


def _line_for(loc: Loc, where: dict[Loc, tuple[Path, int]], default: Path) -> tuple[Path, int]:
    """The file and line of ``loc`` or of its nearest located parent (line 1 of ``default``,
    the file read, when nothing is located: a table missing at the top level)."""
    for end in range(len(loc), 0, -1):
        hit = where.get(tuple(loc[:end]))
        if hit:
            return hit
    return default, 1


# -- turning pydantic errors into one readable line ---------------------------------------------------
def _clean_loc(loc: tuple[Any, ...], data: Any, missing: bool = False) -> Loc:
    """Keep the parts of a pydantic location that are keys or indices of the data.

    Unions and validators add tags ("function-after[check(), Quantity]", "str", "[key]") to
    locations; a key may be spelt any way ("9lives", "é", a key with a space or an RTL mark),
    so tags are told apart by walking the data, not by their spelling. The last part of a
    ``missing`` error is the name of the absent key and is kept.
    """
    out: list[str | int] = []
    node = data
    for index, part in enumerate(loc):
        if isinstance(node, dict) and part in node:
            out.append(part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            out.append(part)
            node = node[part]
        elif missing and index == len(loc) - 1 and isinstance(node, dict) and isinstance(part, str):
            out.append(part)
    return tuple(out)


_IDENTIFIER = re.compile(r"[A-Za-z_][\w\-]*")


def _quoted(part: str) -> str:
    """A key that is not an identifier is quoted (invisible characters such as a right-to-left
    mark are shown escaped)."""
    import json

    return part if _IDENTIFIER.fullmatch(part) and part.isascii() else json.dumps(part)


def _dotted(loc: Loc, root: Any = None) -> str:
    """``force.target_troops.low``; with ``root`` (the data or scenario ``loc`` is in) a list
    item is named by its key, ``contributors[SWE].pledge_troops``, not by its place in the
    merged list, which a reader of a child file cannot know."""
    from reassure.spec._paths import keyed_loc

    return keyed_loc(root, loc, render=_quoted)


#: Where the fields of a scenario's tables are listed, for an unknown field (review s33).
SCENARIO_FIELDS_DOC = "docs/scenario-format.md"


def explain_error(first: Any, message: str, model: Any, loc: tuple[Any, ...], *,
                  field: str | None = None, doc: str = SCENARIO_FIELDS_DOC,
                  data: Any = None) -> tuple[str, object]:
    """The template's wording of one pydantic error ``first`` and the value to echo (None when
    the message already says it or the value is a table): shared by scenarios and experiments.
    ``field``: the dotted path the message will follow (its length sets how long a list of
    known fields fits on the line); ``doc``: where the fields are documented; ``data``: the
    plain scenario (a field it leaves out is shown in the unit of the value it falls back to)."""
    got: object = first.get("input")
    if first["type"] == "extra_forbidden" and loc:
        choices = _fields_at(model, loc[:-1])
        message = f"is not a known field{did_you_mean(str(loc[-1]), choices)}"
        if choices:
            message += _known_fields(str(loc[-1]), choices, model, loc[:-1], message,
                                     field if field is not None else _dotted(loc), doc)
        got = None
    elif first["type"] == "missing":
        message = "is required"
        got = None
    elif first["type"] in ("model_type", "model_attributes_type", "dict_type") and loc:
        # review 19 #4: "must be a valid dictionary or instance of ForceSpec" named a class.
        message = table_expected(loc, got)
        got = None
    elif first["type"] in ("tuple_type", "list_type") and isinstance(got, dict) and loc:
        name = _dotted(loc)
        message = (f"must be an array of tables ([[{name}]], one per entry), "
                   f"not a single table ([{name}])")
        got = None
    elif first["type"] == "literal_error":
        expected = first.get("ctx", {}).get("expected", "")
        options = re.findall(r"'([^']+)'", expected)
        hint = did_you_mean(str(got), options)  # first: a long list must not cut it off
        message = _allowed_values(hint, expected, options, got, field if field is not None
                                  else _dotted(loc))
    else:
        message = re.sub(r"^Input should be", "must be", message)
        if 'unit = "km"' in message:  # the field's own unit, not always km (s13 review 11)
            unit = _example_unit(model, loc, data)
            if unit is not None:
                message = message.replace('unit = "km"', f'unit = "{unit}"')
            if "{ value = 10," in message and isinstance(got, int | float) and not isinstance(got, bool):
                # review s38 1: `delay = 2` is shown the table it means, { value = 2, unit = "month" ...
                message = message.replace("{ value = 10,", f"{{ value = {got:g},")
    if "(got" in message or isinstance(got, dict | list):
        got = None
    return message, got


def _allowed_values(hint: str, expected: str, options: list[str], got: object, field: str) -> str:
    """``must be one of the allowed values; did you mean 'x'? ('a', 'b' or 'c')``, the values
    listed whole on the error's line: ``must be one of a, b or c; did you mean 'x'?`` when the
    quoted list would not fit, else the closest few and where all are listed (review s38 5: a status typo was told "did you mean
    'willing'? ..." and never which values are allowed, the list cut by the line's limit)."""
    from reassure.errors import MAX_MESSAGE_CHARS, PATH_ALLOWANCE, _short, _short_field, choice_list

    lead = f"must be one of the allowed values{hint}" if hint else "must be one of"
    # the line's room: "FILE:LINE: field " (the file counts as PATH_ALLOWANCE), " (got ...)" and
    # a "(after the override ...)" or "[and 12 more problems]" after it
    room = (MAX_MESSAGE_CHARS - PATH_ALLOWANCE - len(_short_field(field) or "") - 2
            - len(f" (got {_short(got)})") - len(" [and 99 more problems]"))
    quoted = f"{lead} ({expected})" if hint else f"{lead} {expected}"
    if len(quoted) <= room or not options:
        return quoted
    plain = ", ".join(options[:-1]) + f" or {options[-1]}" if len(options) > 1 else options[0]
    bare = f"must be one of {plain}{hint}"
    if len(bare) <= room:
        return bare
    return lead + choice_list(str(got), options, see=SCENARIO_FIELDS_DOC, label="allowed",
                              room=room - len(lead))


def _known_fields(word: str, choices: list[str], model: Any, table: Loc, message: str,
                  field: str, doc: str) -> str:
    """`` (known here: ...)`` when the whole list fits on the error's line, else the closest few
    and where all are listed (review s33: the list was cut to a bare "...")."""
    from reassure.errors import MAX_MESSAGE_CHARS, PATH_ALLOWANCE, _short_field, choice_list
    from reassure.spec._quantity import Quantity

    # the line's room, less "FILE:LINE: field ", the message so far and a "[and 12 more problems]"
    room = (MAX_MESSAGE_CHARS - PATH_ALLOWANCE - len(_short_field(field) or "") - 2
            - len(message) - len(" [and 99 more problems]"))
    short = doc
    if doc == SCENARIO_FIELDS_DOC:
        generic = ".".join(f"{p}[]" if i + 1 < len(table) and isinstance(table[i + 1], int) else str(p)
                           for i, p in enumerate(table) if not isinstance(p, int))
        if _model_at(model, table) is Quantity:
            doc = short = f"{doc} §Fields of every quantity"
        else:
            short = f"{doc} §Field reference"
            doc = short + (f", {generic}.*" if generic else "")
    return choice_list(word, choices, see=doc, label="known here", room=room, short_see=short)


def table_expected(loc: tuple[Any, ...], got: object) -> str:
    """The words for a table field given something else: ``[[force]]`` (an array of tables) or
    ``force = 5`` where ``[force]`` is expected, without pydantic's class names.

    >>> table_expected(("force",), [{}])
    'must be a table ([force]), not an array of tables ([[force]])'
    >>> table_expected(("us_backstop",), 5)
    'must be a table ([us_backstop] or us_backstop = { ... }) (got a number)'
    """
    name = _dotted(loc)
    kind = ("true/false" if isinstance(got, bool) else "a number" if isinstance(got, int | float)
            else "a string" if isinstance(got, str) else "a list" if isinstance(got, list | tuple)
            else type(got).__name__)
    if isinstance(loc[-1], int):  # an entry of an array of tables
        return f"must be a table {{ key = value, ... }} (got {kind})"
    if isinstance(got, list | tuple):
        return f"must be a table ([{name}]), not an array of tables ([[{name}]])"
    return f"must be a table ([{name}] or {loc[-1]} = {{ ... }}) (got {kind})"


def _translate(exc: ValidationError, path: Path, where: dict[Loc, tuple[Path, int]],
               data: Any, model: Any, extra: list[ScenarioFieldError] | None = None) -> ScenarioFieldError:
    """The first problem as the error (its message says how many more there are); every
    problem, each with its own file, line and field, in its ``problems``. ``extra``: problems
    found apart from pydantic's (a bad theatre id), each put before the first problem of its row."""
    errors = exc.errors()
    # A `None` alternative in an optional field adds a second, useless error; drop it.
    useful = [e for e in errors if e["type"] != "none_required"] or errors
    # A misspelt field is the cause of the "is required" beside it: name the cause first.
    useful = sorted(useful, key=lambda e: e["type"] != "extra_forbidden")
    problems = _distinct([_one_problem(e, path, where, data, model) for e in useful])
    for fault in extra or ():
        # review s33: a row's wrong id is more fundamental than its missing provenance: first.
        row = (fault.field or "").rsplit(".", 1)[0]
        at = next((i for i, p in enumerate(problems)
                   if p.field and (p.field == row or p.field.startswith((row + ".", row + "[")))),
                  len(problems))
        if not any(str(p) == str(fault) for p in problems):
            problems.insert(at, fault)
    first = problems[0]
    more = len(problems) - 1
    if more:
        first = ScenarioFieldError(first.file, first.detail, field=first.field, line=first.line,
                                   got=first.got, more=more)
    first.problems = tuple(problems)
    return first


def _distinct(problems: list[ScenarioFieldError]) -> list[ScenarioFieldError]:
    """Each problem once; where the alternatives of one value each complain (a number, or a
    table with a value), only the most specific field at that line is kept."""
    out: list[ScenarioFieldError] = []
    for p in problems:
        if any(str(q) == str(p) for q in out):
            continue
        if any(q.line == p.line and q.field and p.field and q.field.startswith(p.field + ".")
               for q in problems):
            continue
        out.append(p)
    return out or problems[:1]


def _one_problem(error: Any, path: Path, where: dict[Loc, tuple[Path, int]],
                 data: Any, model: Any) -> ScenarioFieldError:
    """One pydantic error in the scenario's words, at its file and line."""
    loc = _clean_loc(error["loc"], data, missing=error["type"] == "missing")
    message = str(error["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    field = _dotted(loc, data)
    if not loc and re.match(r"^[\w.\[\]]+(\.source)?: ", message):
        field, message = message.split(": ", 1)
        loc = _parse_dotted(field)
        field = _dotted(loc, data)
    message, got = explain_error(error, message, model, loc, field=field, data=data)
    # A section-level check may name a sub-path at the start of its message ("regimes[1].next
    # ..."); when that path is in the data, point at it rather than at the section.
    lead = re.match(r"([A-Za-z_][\w\-]*(?:\[\d+\])*(?:\.[A-Za-z_][\w\-]*(?:\[\d+\])*)*):? ", message)
    if loc and lead:
        longer = (*loc, *_parse_dotted(lead.group(1)))
        if longer in where or _clean_loc(longer, data) == longer:
            loc = longer
            field = _dotted(loc, data)
            message = message[lead.end():]
    # One bound per field: the annotation's ">= 0" gives way to a stricter plausible span.
    message = one_bound(_dotted(loc), message)
    file, line = _line_for(loc, where, path)
    return ScenarioFieldError(file, message, field=field or None, line=line, got=got)


def _parse_dotted(text: str) -> Loc:
    out: list[str | int] = []
    for name, index in re.findall(r"([A-Za-z_][\w\-]*)|\[(\d+)\]", text):
        out.append(int(index) if index else name)
    return tuple(out)


def _fields_at(model: type[BaseModel], loc: Loc) -> list[str]:
    """Field names of the model found by walking ``loc`` down from ``model``."""
    current = _model_at(model, loc)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return [f.alias or n for n, f in current.model_fields.items()]
    return []


def _model_at(model: type[BaseModel], loc: Loc) -> Any:
    """The model class found by walking ``loc`` down from ``model`` (None when there is none)."""
    import typing

    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        field = current.model_fields.get(str(part))
        if field is None:
            field = next((f for f in current.model_fields.values() if f.alias == part), None)
        if field is None:
            return None
        current = _model_in(field.annotation, typing)
    return current


def _unit_for(model: type[BaseModel], loc: Loc) -> str | None:
    """The canonical unit of the quantity field at ``loc`` (``aircraft`` for an orbit count,
    ``h`` for a time), or None when ``loc`` is not a quantity field with one dimension."""
    import typing

    from reassure.spec import units as _units
    from reassure.spec._quantity import DIMENSIONS_OF

    current: Any = model
    field = None
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        field = current.model_fields.get(str(part)) or next(
            (f for f in current.model_fields.values() if f.alias == part), None)
        if field is None:
            return None
        current = _model_in(field.annotation, typing)
    if field is None:
        return None
    dims = _field_dims([*field.metadata], field.annotation, DIMENSIONS_OF, typing)
    if not dims:
        return None
    name = str(loc[-1]) if loc else ""
    if name in _units.units_of(dims[0]):  # `orbits` in "orbits", `ships` in "ships"
        return name
    return _units.CANONICAL.get(dims[0])


def _example_unit(model: type[BaseModel], loc: Loc, data: Any) -> str | None:
    """The unit to show in an example for the quantity field at ``loc``: for a field the file
    leaves out, the unit of the value it falls back to (a contributor's ``delay`` in month, as
    its shipped default and `reassure show` give it; its ``tour`` in the force's unit); else
    the field's canonical unit (`_unit_for`)."""
    unit = _unit_for(model, loc)
    if unit is None or data is None or not loc or not isinstance(loc[-1], str):
        return unit
    from reassure.spec import units as _units
    from reassure.spec._defaults import fallback_for

    table = loc[-3] if len(loc) >= 3 and isinstance(loc[-2], int) else loc[-2] if len(loc) >= 2 else ""
    try:
        node: Any = data
        for part in loc[:-1]:
            node = node[part]
        if not isinstance(node, dict) or not isinstance(table, str):
            return unit
        fallback = fallback_for(data, table, node, loc[-1])
    except (KeyError, TypeError, IndexError):  # a malformed table: the field's own unit
        return unit
    given = fallback.quantity.get("unit") if fallback is not None else None
    if isinstance(given, str) and _units.dimension_of(given) == _units.dimension_of(unit):
        return given
    return unit


def _field_dims(metadata: list[Any], annotation: Any, known: dict[Any, Any], typing: Any) -> Any:
    """The dimensions of the `Dim` check among ``metadata`` or inside ``annotation`` (as
    `_overrides._dimensions`, kept here so the two modules do not import each other)."""
    for m in [*metadata, *getattr(annotation, "__metadata__", ())]:
        if getattr(m, "func", None) in known:
            return known[m.func]
    for arg in typing.get_args(annotation):
        found = _field_dims([], arg, known, typing)
        if found is not None:
            return found
    return None


def _model_in(annotation: Any, typing: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg, typing)
        if found is not None:
            return found
    return None


def python_error(model: type[BaseModel], data: dict[str, Any], exc: Any) -> Exception:
    """A `ScenarioFieldError` for a model built in Python, named by the call
    (``Quantity(value=2, unit='month')``), each problem worded as in a scenario file."""
    from pathlib import Path

    from reassure.errors import _short

    call = f"{model.__name__}({', '.join(f'{k}={_short(v, 24)}' for k, v in data.items())})"
    seen: dict[tuple[str, str], ScenarioFieldError] = {}
    for p in _translate(exc, Path(call), {}, data, model).problems:
        # a point's `value` is also its `low` and `high`: one bad value, said once
        seen.setdefault((p.detail, repr(p.got)), ScenarioFieldError(call, p.detail, field=p.field, got=p.got))
    problems = list(seen.values())
    first = problems[0]
    err = ScenarioFieldError(call, first.detail, field=first.field, got=first.got, more=len(problems) - 1)
    err.problems = tuple(problems)
    return err


register_python_error(python_error)
