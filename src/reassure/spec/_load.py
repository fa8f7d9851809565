"""Reading scenario files: size and encoding checks, TOML, `extends`, and readable errors.

Every failure becomes a `ScenarioError` (or `InputFileError`) naming the file, the line where it
can be found, the dotted field path, the bad value and what was expected.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from reassure.errors import (
    InputFileError,
    ScenarioExtendsError,
    ScenarioFieldError,
    ScenarioSyntaxError,
    did_you_mean,
)
from reassure.spec._schema import Scenario

__all__ = [
    "MAX_SCENARIO_BYTES",
    "list_scenarios",
    "load_scenario",
    "read_text_file",
    "resolve_scenario",
    "shipped_scenario_dir",
]

MAX_SCENARIO_BYTES = 5 * 1024 * 1024

# Lists of tables merged item by item under `extends` (matched on this key); other lists are
# replaced whole by the child's.
_MERGE_KEYS = ("id", "nation", "site", "base")

Loc = tuple[str | int, ...]


# -- finding files ---------------------------------------------------------------------------
def shipped_scenario_dir() -> Path:
    """The folder of shipped scenarios (inside the wheel, or the repo's `scenarios/`)."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "_scenarios"
    return packaged if packaged.is_dir() else here.parents[1] / "scenarios"


def list_scenarios() -> list[Path]:
    """Paths of the shipped scenario files, sorted by name."""
    return sorted(shipped_scenario_dir().glob("*.toml"))


def resolve_scenario(name_or_path: str | Path, relative_to: Path | None = None) -> Path:
    """Turn a scenario name (``europe-2025``) or a path into an existing file path."""
    text = str(name_or_path)
    candidate = Path(text)
    looks_like_path = candidate.suffix == ".toml" or "/" in text or "\\" in text
    if relative_to is not None and not candidate.is_absolute():
        for guess in (relative_to / candidate, relative_to / f"{text}.toml"):
            if guess.is_file():
                return guess
    if looks_like_path or candidate.exists():
        if not candidate.exists():
            raise InputFileError(f"{text}: no such file")
        if not candidate.is_file():
            raise InputFileError(f"{text}: is not a file")
        return candidate
    shipped = shipped_scenario_dir() / f"{text}.toml"
    if shipped.is_file():
        return shipped
    names = [p.stem for p in list_scenarios()]
    raise InputFileError(
        f"{text}: no such scenario file or shipped scenario{did_you_mean(text, names)} "
        f"(shipped: {', '.join(names)})"
    )


def read_text_file(path: Path, *, max_bytes: int = MAX_SCENARIO_BYTES, what: str = "file") -> str:
    """Read a UTF-8 text file, refusing empty, binary and oversized files with a clear message."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputFileError(f"{path}: cannot be read ({exc.strerror})") from None
    if size > max_bytes:
        raise InputFileError(
            f"{path}: is {size / 1e6:.1f} MB; a {what} must be at most {max_bytes / 1e6:.0f} MB"
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputFileError(f"{path}: cannot be read ({exc.strerror})") from None
    if not raw.strip():
        raise InputFileError(f"{path}: is empty; expected a {what}")
    if b"\x00" in raw:
        raise InputFileError(f"{path}: is a binary file; expected a UTF-8 text {what}")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputFileError(
            f"{path}: is not UTF-8 text (bad byte at offset {exc.start}); expected a {what}"
        ) from None


# -- loading ---------------------------------------------------------------------------------
def load_scenario(name_or_path: str | Path) -> Scenario:
    """Load, merge (`extends`) and validate a scenario; return an immutable `Scenario`.

    Parameters
    ----------
    name_or_path : a shipped scenario name such as ``"europe-2025"``, or a path to a TOML file.

    Raises
    ------
    InputFileError, ScenarioError
        with a one-line message naming the file, line, field and what was expected.
    """
    path = resolve_scenario(name_or_path)
    data, where = _read_merged(path, stack=())
    warnings = data.pop(_WARNINGS_KEY, [])
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        raise _translate(exc, path, where) from None
    scenario._file = path
    scenario._load_warnings = tuple(warnings)
    _check_against_theatre(scenario, path, where)
    return scenario


def _read_one(path: Path) -> tuple[dict[str, Any], dict[Loc, int]]:
    text = read_text_file(path, what="scenario file (TOML)")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = re.search(r"\(at line (\d+), column (\d+)\)", message)
        line = int(found.group(1)) if found else None
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", message)
        raise ScenarioSyntaxError(
            path, f"is not valid TOML: {message[:1].lower()}{message[1:]}", line=line
        ) from None
    lines = _locate_keys(text)
    _check_unique_keys(data, (), path, lines)
    return data, lines


def _check_unique_keys(node: Any, loc: Loc, path: Path, lines: dict[Loc, int]) -> None:
    """Within one file, two entries of a keyed list with the same key are an error
    (across files, under `extends`, the same key means "override")."""
    if isinstance(node, dict):
        for key, value in node.items():
            _check_unique_keys(value, (*loc, key), path, lines)
    elif isinstance(node, list) and node and all(isinstance(i, dict) for i in node):
        key = next((k for k in _MERGE_KEYS if all(k in i for i in node)), None)
        for index, item in enumerate(node):
            if key is not None and not isinstance(item[key], str):
                raise ScenarioFieldError(
                    path, "must be a string naming the entry", field=_dotted((*loc, index, key)),
                    line=lines.get((*loc, index, key), lines.get((*loc, index))), got=item[key],
                )
        seen: set[Any] = set()
        for index, item in enumerate(node):
            if key is not None and item[key] in seen:
                raise ScenarioFieldError(
                    path, f"repeats {item[key]!r}; each {key} must be unique within a file", field=_dotted((*loc, index, key)),
                    line=lines.get((*loc, index, key), lines.get((*loc, index))),
                )
            if key is not None:
                seen.add(item[key])
            _check_unique_keys(item, (*loc, index), path, lines)


def _read_merged(
    path: Path, stack: tuple[Path, ...]
) -> tuple[dict[str, Any], dict[Loc, tuple[Path, int]]]:
    data, lines = _read_one(path)
    where = {loc: (path, line) for loc, line in lines.items()}
    if "schema" not in data:
        raise ScenarioFieldError(path, 'needs `schema = 1` on its first line', field="schema")
    if data.get("schema") != 1:
        raise ScenarioFieldError(
            path, "must be 1 (the only scenario format so far)", field="schema",
            line=lines.get(("schema",)), got=data.get("schema"),
        )
    parent_ref = data.get("extends")
    if parent_ref is None:
        data.setdefault("name", path.stem)
        return data, where
    if not isinstance(parent_ref, str):
        raise ScenarioFieldError(
            path, "must be a scenario name or path", field="extends",
            line=lines.get(("extends",)), got=parent_ref,
        )
    try:
        parent_path = resolve_scenario(parent_ref, relative_to=path.parent)
    except InputFileError as exc:
        raise ScenarioExtendsError(
            path, f"names no scenario: {exc}", field="extends", line=lines.get(("extends",))
        ) from None
    chain = (*stack, path.resolve())
    if parent_path.resolve() in chain:
        loop = " -> ".join(p.name for p in (*chain, parent_path))
        raise ScenarioExtendsError(
            path, f"forms a cycle: {loop}", field="extends", line=lines.get(("extends",))
        )
    parent, parent_where = _read_merged(parent_path, chain)
    warnings = list(parent.pop(_WARNINGS_KEY, []))
    warnings += _reset_participation(parent, parent_where, data, lines, path)
    parent_title = parent.get("title", parent.get("name", parent_path.stem))
    for own in ("name", "title", "description"):
        parent.pop(own, None)
    merged, remap = _merge(parent, data)
    merged.setdefault("name", path.stem)
    merged.setdefault("title", f"{parent_title} [variant: {merged['name']}]")
    combined = {_remap(loc, remap, "parent"): w for loc, w in parent_where.items()}
    combined.update({_remap(loc, remap, "child"): w for loc, w in where.items()})
    if warnings:
        merged[_WARNINGS_KEY] = warnings
    return merged, combined


# Warnings travel with the merged data under this key until the scenario is built.
_WARNINGS_KEY = "__load_warnings__"
#: Participation fields a contributor's status sets by default (data/participation.toml).
_STATUS_DRIVEN = ("p_join", "delay")


def _reset_participation(parent: dict[str, Any], parent_where: dict[Loc, tuple[Path, int]],
                         child: dict[str, Any], lines: dict[Loc, int], path: Path) -> list[str]:
    """Drop a parent's ``p_join``/``delay`` where the child gives the nation a new status.

    The status drives those values unless the file says otherwise: a child that changes a
    nation's status without restating them gets the new status's defaults, not the old
    status's numbers. Each drop is reported as a named ``participation-reset`` warning.
    """
    out: list[str] = []
    kids = child.get("contributors")
    olds = parent.get("contributors")
    if not isinstance(kids, list) or not isinstance(olds, list):
        return out
    by_nation = {c.get("nation"): i for i, c in enumerate(olds) if isinstance(c, dict)}
    for j, kid in enumerate(kids):
        if not isinstance(kid, dict) or "status" not in kid or kid.get("nation") not in by_nation:
            continue
        i = by_nation[kid["nation"]]
        old = olds[i]
        if old.get("status") == kid["status"]:
            continue
        dropped = [k for k in _STATUS_DRIVEN if k in old and k not in kid]
        if not dropped:
            continue
        olds[i] = {k: v for k, v in old.items() if k not in dropped}
        line = lines.get(("contributors", j, "status"), lines.get(("contributors", j)))
        here = f"{path}:{line}" if line else str(path)
        was = []
        for k in dropped:
            file, at = parent_where.get(("contributors", i, k), (None, None))
            was.append(f"{k} from {file.name}:{at}" if file else k)
        out.append(f"participation-reset: {here}: contributors {kid['nation']} status "
                   f"{old.get('status')!r} -> {kid['status']!r}; inherited {', '.join(was)} "
                   "dropped, the new status's defaults apply (data/participation.toml); "
                   "restate them here to keep them")
    return out


# -- merging under `extends` ---------------------------------------------------------------------
Remap = dict[tuple[str, Loc], dict[int, int]]


def _merge(parent: dict[str, Any], child: dict[str, Any]) -> tuple[dict[str, Any], Remap]:
    remap: Remap = {}
    return _merge_tables(parent, child, (), remap), remap


def _merge_tables(parent: dict[str, Any], child: dict[str, Any], loc: Loc, remap: Remap) -> dict:
    out = dict(parent)
    for key, value in child.items():
        here = (*loc, key)
        parent_value = out.get(key)
        if isinstance(value, dict) and ("unit" in value or (isinstance(parent_value, dict) and "unit" in parent_value)):
            # A quantity is replaced whole: never mix a child's value with the parent's range,
            # unit or provenance (a child quantity without `unit` is then reported as such).
            out[key] = value
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge_tables(out[key], value, here, remap)
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = _merge_lists(out[key], value, here, remap)
        else:
            out[key] = value
    return out


def _merge_lists(parent: list[Any], child: list[Any], loc: Loc, remap: Remap) -> list[Any]:
    if not child:
        remap[("parent", loc)] = {}
        return []  # an empty list in the child empties the parent's
    items = parent + child
    key = next(
        (k for k in _MERGE_KEYS if items and all(isinstance(i, dict) and k in i for i in items)),
        None,
    )
    if key is None:
        remap[("parent", loc)] = {}  # the parent's items are gone
        return list(child)
    merged = list(parent)
    position = {item[key]: i for i, item in enumerate(parent)}
    child_map: dict[int, int] = {}
    for j, item in enumerate(child):
        if item[key] in position:
            i = position[item[key]]
            merged[i] = _merge_tables(merged[i], item, (*loc, i), remap)
            child_map[j] = i
        else:
            position[item[key]] = len(merged)
            child_map[j] = len(merged)
            merged.append(item)
    remap[("child", loc)] = child_map
    return merged


def _remap(loc: Loc, remap: Remap, side: str) -> Loc:
    out: list[str | int] = []
    for part in loc:
        if isinstance(part, int):
            table = remap.get((side, tuple(out)))
            if table is not None:
                part = table.get(part, -1)  # -1: an item that did not survive the merge
        out.append(part)
    return tuple(out)


# -- where a key stands in the file ---------------------------------------------------------------
_ARRAY_HEADER = re.compile(r"^\s*\[\[\s*([^\]]+?)\s*\]\]")
_TABLE_HEADER = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]")
_KEY_LINE = re.compile(r"^\s*([A-Za-z0-9_\-.\"' ]+?)\s*=\s*(.*)$")
_INLINE_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_\-]*)\s*=")


def _locate_keys(text: str) -> dict[Loc, int]:
    """Map each key path to its 1-based line (best effort, for error messages)."""
    found: dict[Loc, int] = {}
    array_count: dict[tuple[str, ...], int] = {}
    table: Loc = ()

    def resolve(parts: list[str]) -> Loc:
        out: list[str | int] = []
        for i, part in enumerate(parts):
            out.append(part)
            name = tuple(parts[: i + 1])
            if name in array_count and i < len(parts) - 1:
                out.append(array_count[name])
        return tuple(out)

    in_string: str | None = None  # the delimiter of a multi-line string we are inside
    for number, line in enumerate(text.splitlines(), start=1):
        if in_string is not None:
            if line.count(in_string) % 2 == 1:
                in_string = None
            continue
        for delim in ('"""', "'''"):
            if line.count(delim) % 2 == 1:
                in_string = delim
        stripped = line.split("#", 1)[0] if '"' not in line else line
        if m := _ARRAY_HEADER.match(stripped):
            parts = [p.strip().strip('"') for p in m.group(1).split(".")]
            name = tuple(parts)
            array_count[name] = array_count.get(name, -1) + 1
            table = (*resolve(parts), array_count[name])
            found.setdefault(table, number)
        elif m := _TABLE_HEADER.match(stripped):
            parts = [p.strip().strip('"') for p in m.group(1).split(".")]
            table = resolve(parts)
            found.setdefault(table, number)
        elif m := _KEY_LINE.match(stripped):
            keys = tuple(k.strip().strip("\"'") for k in m.group(1).split("."))
            here = (*table, *keys)
            found.setdefault(here, number)
            rest = m.group(2)
            if rest.lstrip().startswith("{"):
                for sub in _INLINE_KEY.findall(rest):
                    found.setdefault((*here, sub), number)
    return found


def _line_for(loc: Loc, where: dict[Loc, tuple[Path, int]], default: Path) -> tuple[Path, int | None]:
    for end in range(len(loc), 0, -1):
        hit = where.get(tuple(loc[:end]))
        if hit:
            return hit
    return default, None


# -- turning pydantic errors into one readable line ---------------------------------------------------
def _clean_loc(loc: tuple[Any, ...]) -> Loc:
    # Unions and validators add tags like "function-after[check(), Quantity]" to locations.
    return tuple(p for p in loc if isinstance(p, int) or re.fullmatch(r"[A-Za-z_][\w\-]*", p))


def _dotted(loc: Loc) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _translate(exc: ValidationError, path: Path, where: dict[Loc, tuple[Path, int]]) -> ScenarioFieldError:
    errors = exc.errors()
    # A `None` alternative in an optional field adds a second, useless error; drop it.
    useful = [e for e in errors if e["type"] != "none_required"] or errors
    first = useful[0]
    loc = _clean_loc(first["loc"])
    message = first["msg"]
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    field = _dotted(loc)
    if not loc and re.match(r"^[\w.\[\]]+(\.source)?: ", message):
        field, message = message.split(": ", 1)
        loc = _parse_dotted(field)
    got: object = first.get("input")
    if first["type"] == "extra_forbidden":
        choices = _fields_at(Scenario, loc[:-1])
        message = f"is not a known field{did_you_mean(str(loc[-1]), choices)}"
        if choices:
            message += f" (known here: {', '.join(sorted(choices))})"
        got = None
    elif first["type"] == "missing":
        message = "is required"
        got = None
    elif first["type"] == "literal_error":
        expected = first.get("ctx", {}).get("expected", "")
        options = re.findall(r"'([^']+)'", expected)
        message = f"must be one of {expected}{did_you_mean(str(got), options)}"
    else:
        message = re.sub(r"^Input should be", "must be", message)
    if "(got" in message or isinstance(got, dict | list):
        got = None
    # A section-level check may name a sub-path at the start of its message ("regimes[1].next
    # ..."); when that path is a key of the files, point at it rather than at the section.
    lead = re.match(r"([A-Za-z_][\w\-]*(?:\[\d+\])*(?:\.[A-Za-z_][\w\-]*(?:\[\d+\])*)*):? ", message)
    if loc and lead and (*loc, *_parse_dotted(lead.group(1))) in where:
        loc = (*loc, *_parse_dotted(lead.group(1)))
        field = _dotted(loc)
        message = message[lead.end():]
    file, line = _line_for(loc, where, path)
    more = len(useful) - 1
    if more:
        message += f" [and {more} more problem{'s' if more > 1 else ''}]"
    return ScenarioFieldError(file, message, field=field or None, line=line, got=got)


def _parse_dotted(text: str) -> Loc:
    out: list[str | int] = []
    for name, index in re.findall(r"([A-Za-z_][\w\-]*)|\[(\d+)\]", text):
        out.append(int(index) if index else name)
    return tuple(out)


def _fields_at(model: type[BaseModel], loc: Loc) -> list[str]:
    """Field names of the model found by walking ``loc`` down from ``model``."""
    import typing

    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return []
        field = current.model_fields.get(str(part))
        if field is None:
            field = next((f for f in current.model_fields.values() if f.alias == part), None)
        if field is None:
            return []
        current = _model_in(field.annotation, typing)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return [f.alias or n for n, f in current.model_fields.items()]
    return []


def _model_in(annotation: Any, typing: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg, typing)
        if found is not None:
            return found
    return None


# -- checks that need the theatre ---------------------------------------------------------------
def _check_against_theatre(
    scenario: Scenario, path: Path, where: dict[Loc, tuple[Path, int]]
) -> None:
    from reassure.errors import TheatreError
    from reassure.theatres import available_theatres, load_theatre

    def fail(loc: Loc, message: str, got: object) -> None:
        file, line = _line_for(loc, where, path)
        raise ScenarioFieldError(file, message, field=_dotted(loc), line=line, got=got)

    try:
        theatre = load_theatre(scenario.theatre)
    except TheatreError:
        names = available_theatres()
        fail(
            ("theatre",),
            f"is not a known theatre{did_you_mean(scenario.theatre, names)} "
            f"(known: {', '.join(names)})",
            scenario.theatre,
        )
        raise  # unreachable; keeps type checkers calm
    nations = {n.iso3 for n in theatre.nations}
    sites = {s.id for s in theatre.sites}
    bases = {b.id for b in theatre.airbases}
    seen_nations: set[str] = set()
    for i, c in enumerate(scenario.contributors):
        if c.nation not in nations:
            fail(
                ("contributors", i, "nation"),
                f"is not a nation of theatre {theatre.name}{did_you_mean(c.nation, nations)} "
                "(use ISO 3166 alpha-3 codes such as FRA, GBR)",
                c.nation,
            )
        if c.nation in seen_nations:
            fail(("contributors", i, "nation"), "is listed twice", c.nation)
        seen_nations.add(c.nation)
    for i, s in enumerate(scenario.posture.sites):
        if s.site not in sites:
            fail(("posture", "sites", i, "site"),
                 f"is not a site of theatre {theatre.name}{did_you_mean(s.site, sites)}", s.site)
    refs: list[tuple[Loc, str | None]] = [
        (("air", "bases", i, "base"), b.base) for i, b in enumerate(scenario.air.bases)
    ]
    refs.append((("support_force", "base"), scenario.support_force.base))
    refs += [
        (("monitoring", "fleets", i, "base"), f.base) for i, f in enumerate(scenario.monitoring.fleets)
    ]
    for loc, base in refs:
        if base is not None and base not in bases:
            fail(loc, f"is not an air base of theatre {theatre.name}{did_you_mean(base, bases)}", base)
    places = sites | bases
    either: list[tuple[Loc, str | None]] = [
        (("posture", "existing", i), ref) for i, ref in enumerate(scenario.posture.existing)
    ]
    either.append((("support_force", "arrival"), scenario.support_force.arrival))
    either += [(("air", "helicopters", i, "base"), h.base) for i, h in enumerate(scenario.air.helicopters)
               if h.base != "garrisons"]
    for loc, ref in either:
        if ref is not None and ref not in places:
            fail(loc, f"is not a site or air base of theatre {theatre.name}{did_you_mean(ref, places)}", ref)
    for i, ref in enumerate(scenario.posture.neighbour_candidates):
        if ref not in bases:
            fail(("posture", "neighbour_candidates", i),
                 f"is not an air base of theatre {theatre.name}{did_you_mean(ref, bases)}", ref)
