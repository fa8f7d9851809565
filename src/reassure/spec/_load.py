"""Reading scenario files: size and encoding checks, TOML, `extends`, and readable errors.

Every failure becomes a `ScenarioError` (or `InputFileError`) naming the file, the line where it
can be found, the dotted field path, the bad value and what was expected.
"""

from __future__ import annotations

import functools
import os
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from reassure.errors import (
    InputFileError,
    ReassureError,
    ScenarioError,
    ScenarioExtendsError,
    ScenarioFieldError,
    ScenarioSyntaxError,
    did_you_mean,
)
from reassure.spec._names import NAME_RULE, name_fault
from reassure.spec._problems import (
    Loc,
    _clean_loc,
    _dotted,
    _line_for,
    _translate,
)
from reassure.spec._quantity import FILE_CHECKED, STATUS_FIELDS, assumption_fault, source_file_fault
from reassure.spec._schema import Scenario

__all__ = [
    "ALLOW_EXTENDS_OUTSIDE_ENV",
    "MAX_DEPTH",
    "MAX_EXTENDS_CHAIN",
    "MAX_SCENARIO_BYTES",
    "NAME_MAX_BYTES",
    "PATH_MAX_BYTES",
    "list_scenarios",
    "load_scenario",
    "fs_limit",
    "parse_toml",
    "path_problem",
    "read_text_file",
    "resolve_scenario",
    "shadow_warning",
    "shadowed_shipped",
    "shipped_scenario_dir",
    "shown_path",
]

MAX_SCENARIO_BYTES = 5 * 1024 * 1024
#: Deepest nesting of tables and lists (the shipped scenarios use 8): checked right after
#: parsing, before anything walks the data recursively.
MAX_DEPTH = 16
#: Most entries of one table or list, and most characters of one string or key.
MAX_ENTRIES = 10_000
MAX_STRING_CHARS = 20_000
#: Most values (tables, lists, strings, numbers) in one file.
MAX_VALUES = 200_000
#: Longest chain of `extends` (the shipped ones are 2 deep).
MAX_EXTENDS_CHAIN = 16
#: Set to 1 to let `extends` name a file outside the child's folder and the shipped scenarios.
ALLOW_EXTENDS_OUTSIDE_ENV = "REASSURE_ALLOW_EXTENDS_OUTSIDE"

# Lists of tables merged item by item under `extends` (matched on this key); other lists are
# replaced whole by the child's.
_MERGE_KEYS = ("id", "nation", "site", "base")



# -- finding files ---------------------------------------------------------------------------
#: The longest name of one file or folder, and the longest path, when the file system does not
#: say (ext4, XFS, Btrfs, APFS and NTFS all allow 255 bytes a name; Linux 4,096 bytes a path).
NAME_MAX_BYTES = 255
PATH_MAX_BYTES = 4096


def fs_limit(text: str, name: str, default: int) -> int:
    """``os.pathconf`` of the nearest folder of ``text`` that exists (its file system's own
    limit), or ``default``."""
    here = Path(text).absolute() if text else Path.cwd()
    for folder in (here, *here.parents):
        try:
            if folder.is_dir():
                return int(os.pathconf(folder, name))
        except (OSError, ValueError):
            continue
    return default


def path_problem(path: str | os.PathLike[str]) -> str | None:
    """What makes ``path`` one no file system call can take, in words, or None: a part of it (a
    file or folder name) longer than the file system allows (255 bytes on the usual ones), or
    the whole path longer than its limit (4,096 bytes on Linux). Such a path used to end in
    "internal error: OSError: [Errno 36] File name too long" (exit 3)."""
    text = os.fspath(path)
    try:
        sizes = [len(os.fsencode(part)) for part in Path(text).parts]
        total = len(os.fsencode(text))
    except (UnicodeError, ValueError):
        return None  # not a path the file system could be asked about; its callers say so
    longest = max(sizes, default=0)
    limit = fs_limit(text, "PC_NAME_MAX", NAME_MAX_BYTES)
    if longest > limit:
        return (f"a part of the path is longer than the file system allows "
                f"({longest:,} bytes; at most {limit:,})")
    whole = fs_limit(text, "PC_PATH_MAX", PATH_MAX_BYTES)  # counts the closing NUL
    if total >= whole:
        return f"the path is longer than the file system allows ({total:,} bytes; at most {whole - 1:,})"
    return None


def shown_path(path: str | os.PathLike[str], part_chars: int = 40, chars: int = 120) -> str:
    """``path`` as a message about its length shows it: a part longer than ``part_chars`` is
    cut in the middle (``xxxxxxxxxxxxxxxxxxxxxxxx...xxxxxxx.toml``), then the whole if still
    longer than ``chars``, so a path of 300-character names still makes a one-line message.

    >>> shown_path("out/" + "x" * 300 + ".toml")
    'out/xxxxxxxxxxxxxxxxxxxxxxxx...xxxxxxx.toml'
    >>> len(shown_path("a/" * 3000))
    120
    """
    text = os.fspath(path)
    third = (part_chars - 3) // 3
    text = "/".join(p if len(p) <= part_chars else f"{p[:2 * third]}...{p[-third:]}"
                    for p in text.split("/"))
    if len(text) > chars:
        head = (chars - 3) // 2
        text = f"{text[:head]}...{text[-(chars - 3 - head):]}"
    return text


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
    if not text.strip():  # review s50: Path("") is ".", a folder: ": is not a file"
        raise InputFileError("no scenario given: name a shipped scenario (`reassure scenarios` lists them) "
                             "or give a path to a .toml file")
    problem = path_problem(text)
    if problem:  # every look-up below would raise "File name too long"
        raise InputFileError(f"{shown_path(text)}: {problem}")
    candidate = Path(text)
    looks_like_path = candidate.suffix == ".toml" or "/" in text or "\\" in text
    if relative_to is not None and not candidate.is_absolute():
        for guess in (relative_to / candidate, relative_to / f"{text}.toml"):
            if guess.is_file():
                return guess
    shipped = shipped_scenario_dir() / f"{text}.toml"
    if looks_like_path or candidate.exists():
        if not candidate.exists():
            raise InputFileError(f"{text}: no such file{_missing_hint(text)}")
        if candidate.is_dir():
            # review s51 10: `assess europe-2025 --out europe-2025`, run again, found the output
            # folder, never a scenario: a bare name a folder here shadows is the shipped scenario
            if not looks_like_path and shipped.is_file():
                return shipped
            raise InputFileError(_folder_message(text, candidate))
        if not candidate.is_file():
            raise InputFileError(f"{text}: is not a file (a device or a pipe); expected a scenario file (.toml)")
        return candidate
    if shipped.is_file():
        return shipped
    names = [p.stem for p in list_scenarios()]
    # review s34: `assess tripwire-2026` beside tripwire-2026.toml. A bare name is a shipped
    # scenario (it never picks up a file of the current folder, as `extends` never does), but
    # the file the user probably meant is named, with the spelling that reads it.
    local = Path(f"{text}.toml")
    try:
        here = local.is_file()
    except (OSError, ValueError):
        here = False
    if here:
        raise InputFileError(
            f"{text}: no such shipped scenario; did you mean ./{local.name} (a file in this "
            f"folder)? A bare name is a shipped scenario; give a file with its .toml or a path "
            f"(shipped: {', '.join(names)})"
        )
    raise InputFileError(
        f"{text}: no such scenario file or shipped scenario{did_you_mean(text, names)} "
        f"(shipped: {', '.join(names)})"
    )


def _missing_hint(text: str) -> str:
    """What a path that names no file probably meant (review s51 10): the same path with
    ``.toml`` (``scenarios/europe-2025``), or the shipped scenario its name is."""
    stem = Path(text.rstrip("/\\")).name
    try:
        with_suffix = not text.endswith(".toml") and Path(f"{text.rstrip('/')}.toml").is_file()
    except (OSError, ValueError):
        with_suffix = False
    if with_suffix:
        return f"; did you mean {text.rstrip('/')}.toml?"
    stem = stem.removesuffix(".toml")
    if stem and (shipped_scenario_dir() / f"{stem}.toml").is_file():
        return f"; for the shipped scenario, give its name alone: {stem}"
    return ""


def _folder_message(text: str, folder: Path) -> str:
    """Why a folder is no scenario, and what to give instead: the .toml beside it, the shipped
    scenario its name is, a .toml file inside it, or a shipped scenario's name."""
    import itertools

    bare = text.rstrip("/\\")
    stem = Path(bare).name.removesuffix(".toml")
    names = [p.stem for p in list_scenarios()]
    try:
        inside = sorted(itertools.islice(folder.glob("*.toml"), 200))
        output = any((folder / n).is_file() for n in ("results.json", "report.html"))
    except OSError:
        inside, output = [], False
    head = f"{text}: is a directory, not a scenario file"
    if output:
        head += " (the output folder of `reassure assess --out`?)"
    sibling = Path(f"{bare}.toml")
    try:
        beside = Path(bare).name not in ("", ".", "..") and sibling.is_file()
    except (OSError, ValueError):
        beside = False
    if beside:
        return f"{head}; did you mean {sibling}?"
    if stem in names:
        return f"{head}; for the shipped scenario, give its name alone: {stem}"
    if inside:
        shown = ", ".join(str(p) for p in inside[:2]) + (", ..." if len(inside) > 2 else "")
        return f"{head}; give a .toml file in it ({shown})"
    return (f"{head}; give a .toml file or a shipped scenario's name{did_you_mean(stem, names)} "
            f"(shipped: {', '.join(names)})")


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
        return raw.decode("utf-8").removeprefix("\ufeff")  # a byte-order mark is not content
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
    unsourced = data.pop(_UNSOURCED_KEY, [])
    faults = data.pop(_FAULTS_KEY, [])
    near = data.pop(_NEAR_KEY, {})
    links = data.pop(_EXTENDS_KEY, [])
    try:
        scenario = Scenario.model_validate(data, context=FILE_CHECKED)
    except ValidationError as exc:
        _say_a_slip(exc, near, data, where, path)
        from reassure.spec._theatre_check import raw_id_problems, raw_source_problems

        extra = (faults + raw_id_problems(data, path, where)
                 + raw_source_problems(data, path, where, shipped_scenario_dir()))
        raise _name_inherited(_translate(exc, path, where, data, Scenario, extra), data, where,
                              path) from None
    except RecursionError:  # cannot happen after _check_shape; never a traceback if it does
        raise ScenarioFieldError(path, "nests too deeply to check", line=1) from None
    problems = faults + unsourced
    if problems:  # a bad name, a redefined source, every changed statement without its own provenance, at once
        first = problems[0]
        err = ScenarioFieldError(first.file, first.detail, field=first.field, line=first.line,
                                 got=first.got, more=len(problems) - 1)
        err.problems = tuple(problems)
        raise err
    scenario._file = path
    scenario._load_warnings = tuple(warnings)
    scenario._extends_files = tuple(parent for parent, _ in links)
    scenario._extends_warnings = tuple(said for _, said in links if said)
    _check_against_theatre(scenario, path, where)
    # review s51 11: a value outside its usual span (a unit slip) is warned at a Python user's
    # call too, as `with_overrides` warns it: FILE:LINE: field message, as `validate` prints it;
    # so is a parent read from a copy named as a shipped plan (review s65 1)
    import itertools

    from reassure.spec._warn import warn_caller

    warn_caller(itertools.chain(scenario.extends_warnings, _unlikely_warnings(scenario)), depth=1)
    return scenario


#: Checks that a table's (or a list's) shares add up to 1, by a phrase of their message: a
#: child's shares merge with its parent's, so the sum holds shares the file does not show
#: (review s53 3). Each: the phrase, and where the shares stand (the container's location,
#: then for a list the field of each item).
_SUM_CHECKS: tuple[tuple[str, Loc, str | None], ...] = (
    ("shares must add up to 1", ("force", "role_mix"), None),
    ("`initial` must sum to 1", ("incidents", "regimes"), "initial"),
)


def _sum_parts(data: dict[str, Any]) -> Iterator[tuple[str, Loc, list[tuple[str, Loc, Any]]]]:
    """``(phrase, container, [(name, location, quantity as written)])`` for each sum check."""
    for phrase, loc, field in _SUM_CHECKS:
        node: Any = data
        for part in loc:
            node = node.get(part) if isinstance(node, dict) else None
        if isinstance(node, dict) and field is None:
            yield phrase, loc, [(k, (*loc, k), v) for k, v in node.items()]
        elif isinstance(node, list) and field is not None:
            yield phrase, loc, [(str(item.get("id", i)), (*loc, i, field), item.get(field))
                                for i, item in enumerate(node) if isinstance(item, dict)]
            if field == "initial":  # each regime's `next` sums to 1 too
                for i, item in enumerate(node):
                    if isinstance(item, dict) and isinstance(item.get("next"), dict):
                        at = (*loc, i, "next")
                        yield ("probabilities must sum to 1", at,
                               [(k, (*at, k), v) for k, v in item["next"].items()])


def _inherited_note(problem: ScenarioError, data: dict[str, Any], where: dict[Loc, tuple[Path, int]],
                    path: Path) -> str:
    """What of a sum the error names comes from a parent file, as words, or ``""``."""
    from reassure.spec.units import factor

    for phrase, loc, parts in _sum_parts(data):
        if phrase not in problem.detail or problem.field != _dotted(loc, data):
            continue
        mine: list[tuple[str, float]] = []
        theirs: dict[str, list[tuple[str, float]]] = {}
        for name, at, q in parts:
            number = q.get("value", q.get("low")) if isinstance(q, dict) else None
            if not isinstance(number, int | float) or isinstance(number, bool):
                return ""
            try:
                share = float(number) * factor(str(q.get("unit")))
            except (KeyError, ValueError, TypeError):
                return ""
            file = where.get(at, (path, 0))[0]
            if Path(file).resolve() == path.resolve():
                mine.append((name, share))
            else:
                theirs.setdefault(Path(file).stem, []).append((name, share))
        if not theirs:
            return ""

        told = "; ".join(f"{sum(v for _, v in items):.4g} inherited from {parent} "
                         f"({', '.join(n for n, _ in items)})" for parent, items in theirs.items())
        own = (f", {sum(v for _, v in mine):.4g} set here ({', '.join(n for n, _ in mine)})" if mine else "")
        return f": {told}{own}; restate any you do not mean"
    return ""


def _name_inherited(err: ScenarioError, data: dict[str, Any], where: dict[Loc, tuple[Path, int]],
                    path: Path) -> ScenarioError:
    """Review s53 3: "force.role_mix shares must add up to 1 (got 1.25)" did not say that 0.55 of
    it came from the parent's file: each such problem names the shares inherited, by parent."""
    problems = list(err.problems or (err,))
    changed = False
    for i, p in enumerate(problems):
        note = _inherited_note(p, data, where, path)
        if not note:
            continue
        detail = p.detail
        cut = detail.rfind(" (got ")
        detail = detail[:cut] + note + detail[cut:] if cut >= 0 else detail + note
        problems[i] = ScenarioFieldError(p.file, detail, field=p.field, line=p.line, got=p.got,
                                         show_got=p._show_got)
        changed = True
    if not changed:
        return err
    first = problems[0]
    out = ScenarioFieldError(first.file, first.detail, field=first.field, line=first.line, got=first.got,
                             show_got=first._show_got, more=len(problems) - 1)
    out.problems = tuple(problems) if len(problems) > 1 else ()
    return out


def _unlikely_warnings(scenario: Scenario) -> Iterator[str]:
    """The load warnings of values outside their usual span (`unlikely_values`), lazily."""
    from reassure.spec._bounds import unlikely_values

    messages = [f" {message}" for _, message in unlikely_values(scenario)]
    yield from (w for w in scenario.load_warnings if any(w.endswith(m) for m in messages))


def _say_a_slip(exc: ValidationError, near: dict[Loc, str], data: dict[str, Any],
                where: dict[Loc, tuple[Path, int]], path: Path) -> None:
    """Raise the one error of a child's new item whose key is a slip of a parent item's
    (`_near_miss`) when the validation refuses that item only for fields it lacks: the slip, not
    each missing field. Any other refusal of the item (a bad status, a wrong sensor) is left to
    the usual errors, which say it better (review of s50)."""
    errors = exc.errors()
    for key_loc, message in near.items():
        item_loc = key_loc[:-1]
        mine = [e for e in errors if _clean_loc(tuple(e["loc"]), data, e["type"] == "missing")[:len(item_loc)] == item_loc]
        if not mine or any(e["type"] != "missing" for e in mine):
            continue
        lacking = list(dict.fromkeys(str(e["loc"][-1]) for e in mine))
        key = str(key_loc[-1])
        file, line = _line_for(key_loc, where, path)
        got: Any = data
        for part in key_loc:
            got = got[part]
        raise ScenarioFieldError(
            file, f"{message} (an item with {'an' if key[0] in 'aeiou' else 'a'} {key} the parent lacks is added as "
            f"a new one, and lacks {', '.join(lacking[:4])}{' ...' if len(lacking) > 4 else ''})",
            field=_dotted(key_loc, data), line=line, got=got) from None


def parse_toml(text: str, path: Path) -> dict[str, Any]:
    """Parse the TOML ``text`` read from ``path``; any problem is one :class:`ScenarioSyntaxError`
    naming the file and line (never a traceback, whatever the text holds)."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = re.search(r"\(at line (\d+), column (\d+)\)", message)
        line = int(found.group(1)) if found else None
        if line is None and "(at end of document)" in message:
            line = max(text.count("\n") + (not text.endswith("\n")), 1)
        message = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", message)
        hint = toml_hint(message, text, line)
        if found and not hint:  # (s52 review) where on the line, and what stands just before it
            hint = _toml_column(text, line or 1, int(found.group(2)))
        raise ScenarioSyntaxError(
            path, f"is not valid TOML: {message[:1].lower()}{message[1:]}{hint}", line=line
        ) from None
    except RecursionError:  # the TOML parser recurses into nested arrays and inline tables
        raise ScenarioSyntaxError(
            path, f"nests arrays or inline tables too deeply (at most {MAX_DEPTH} levels)",
            line=_deepest_line(text),
        ) from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        long_number = re.compile(r"\d{1000}")
        line = next((n for n, t in enumerate(text.splitlines(), 1) if long_number.search(t)), 1)
        reason = str(exc).split(";")[0]
        raise ScenarioSyntaxError(path, f"is not valid TOML: {reason}", line=line) from None


#: Keys whose value is a list of tables (``[[contributors]]``, one header an item).
_TABLE_LISTS = ("contributors", "sources", "sites", "fleets", "bases", "stations", "tasks",
                "helicopters", "regimes", "items", "platforms", "event_durations")
_WORDS = ("true", "false", "inf", "nan")


def _toml_column(text: str, line: int, column: int) -> str:
    """Where on the line the parser stopped, and the words just before it (a line of a
    scenario is often 150 characters); for an inline table's missing comma, where to put it."""
    lines = text.splitlines()
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    before = here[:column - 1].rstrip()
    shown = before[-24:].lstrip()
    words = f", at column {column}" + (f", after `{shown}`" if shown else "")
    # `{ value = 200 unit = "km" }`: the parser stops at the second key, still inside the table
    item = before[before.rfind("{") + 1:].split(",")[-1].strip() if "{" in before else ""
    following = here[column - 1:].split("=")[0].strip()
    if item and "=" in item and "}" not in before[before.rfind("{"):] and following:
        words += f"; an inline table's items are separated by commas: `{item}, {following} = ...`"
    return words


def toml_hint(message: str, text: str, line: int | None) -> str:
    """What the usual mistake behind a TOML parser message is, for the line it names
    (``[x]`` for ``[[x]]``, an unquoted string, a key set twice, an impossible date)."""
    message = message[:1].lower() + message[1:]
    lines = text.splitlines()
    here = lines[line - 1] if line and 0 < line <= len(lines) else ""
    declared = re.match(r"cannot declare \((.*)\) twice", message)
    if declared:
        name = ".".join(re.findall(r"'([^']*)'", declared.group(1)))
        if name.rsplit(".", 1)[-1] in _TABLE_LISTS or f"[[{name}]]" in text.replace(" ", ""):
            return f"; [{name}] is a single table: write [[{name}]] for each item of the list"
        return f"; the table [{name}] appears twice in this file: put its keys under one [{name}]"
    if message.startswith("cannot overwrite a value"):
        key = re.match(r"\s*([A-Za-z0-9_\-.\"']+)\s*=", here)
        if key:
            name = key.group(1).strip()
            first = next((n for n in range((line or 1) - 1, 0, -1)
                          if re.match(rf"\s*{re.escape(name)}\s*=", lines[n - 1])), None)
            earlier = f" (first at line {first})" if first else ""
            return f"; the key {name!r} is set twice in the same table{earlier}: keep one"
        return "; a key is set twice in the same table: keep one"
    bare = re.match(r"\s*([A-Za-z0-9_\-.]+)\s*=\s*([A-Za-z][\w\-.]*)\s*(#.*)?$", here)
    if message.startswith("invalid value") and bare and bare.group(2) not in _WORDS:
        return f'; a text value needs quotes: {bare.group(1)} = "{bare.group(2)}"'
    grouped = re.search(r"=\s*(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?)(?![\d])", here)
    if grouped:  # review s50: `25,000` read as "expected '=' after a key"
        plain = grouped.group(1).replace(",", "")
        return f"; a number has no thousands commas in TOML: write {plain} (or {grouped.group(1).replace(',', '_')})"
    date = re.search(r"=\s*(\d{4}-\d{2}-\d{2})(?![\d:])", here)
    if date:
        import datetime as dt

        try:
            dt.date.fromisoformat(date.group(1))
        except ValueError:
            return f"; {date.group(1)} is not a date (YYYY-MM-DD, a month 01-12, a day that exists in it)"
    return ""


def _read_one(path: Path) -> tuple[dict[str, Any], dict[Loc, int]]:
    text = read_text_file(path, what="scenario file (TOML)")
    data = parse_toml(text, path)
    lines = _locate_keys(text)
    _check_shape(data, path, lines)
    _check_unique_keys(data, (), path, lines)
    return data, lines


def _deepest_line(text: str) -> int:
    """Line of the first place where brackets nest deeper than MAX_DEPTH (for the message)."""
    depth = 0
    for number, line in enumerate(text.splitlines(), start=1):
        for char in line:
            depth += (char in "[{") - (char in "]}")
            if depth > MAX_DEPTH:
                return number
    return 1


def _check_shape(data: dict[str, Any], path: Path, lines: dict[Loc, int]) -> None:
    """Refuse structures no scenario has (very deep nesting, huge tables, lists or strings)
    before anything walks them recursively: an iterative walk, bounded by MAX_VALUES."""
    todo: list[tuple[Any, Loc]] = [(data, ())]
    seen = 0

    def fail(loc: Loc, message: str) -> None:
        file, line = _line_for(loc, {k: (path, n) for k, n in lines.items()}, path)
        raise ScenarioFieldError(file, message, field=_dotted(loc, data) or None, line=line)

    while todo:
        node, loc = todo.pop()
        seen += 1
        if seen > MAX_VALUES:
            fail((), f"holds more than {MAX_VALUES:,} values; a scenario has a few thousand")
        if len(loc) > MAX_DEPTH:
            fail(loc, f"nests {len(loc)} levels deep; at most {MAX_DEPTH} are allowed")
        if isinstance(node, dict):
            if len(node) > MAX_ENTRIES:
                fail(loc, f"has {len(node):,} keys; at most {MAX_ENTRIES:,} are allowed")
            for key, value in node.items():
                if len(key) > 200:
                    fail(loc, f"has a key of {len(key):,} characters; at most 200 are allowed")
                todo.append((value, (*loc, key)))
        elif isinstance(node, list):
            if len(node) > MAX_ENTRIES:
                fail(loc, f"has {len(node):,} items; at most {MAX_ENTRIES:,} are allowed")
            todo.extend((value, (*loc, i)) for i, value in enumerate(node))
        elif isinstance(node, str) and len(node) > MAX_STRING_CHARS:
            fail(loc, f"is a text of {len(node):,} characters; at most {MAX_STRING_CHARS:,} "
                 "are allowed")


def _nearest_line(loc: Loc, lines: dict[Loc, int]) -> int:
    for end in range(len(loc), 0, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return 1


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
                    line=_nearest_line((*loc, index, key), lines), got=item[key],
                )
        seen: set[Any] = set()
        for index, item in enumerate(node):
            if key is not None and item[key] in seen:
                raise ScenarioFieldError(
                    path, f"repeats {item[key]!r}; each {key} must be unique within a file", field=_dotted((*loc, index, key)),
                    line=_nearest_line((*loc, index, key), lines),
                )
            if key is not None:
                seen.add(item[key])
            _check_unique_keys(item, (*loc, index), path, lines)


def _read_merged(
    path: Path, stack: tuple[Path, ...]
) -> tuple[dict[str, Any], dict[Loc, tuple[Path, int]]]:
    data, lines = _read_one(path)
    where = {loc: (path, line) for loc, line in lines.items()}
    from reassure.spec._kinds import experiment_file_keys

    wrong_kind = experiment_file_keys(data)
    if wrong_kind:  # review s50: an experiment file here was a wall of "not a known field" lines
        raise ScenarioFieldError(path, f"is an experiment file (it has {wrong_kind}), not a scenario file: run it "
                                 f"with `reassure explore {path}` (docs/explore.md)", line=1)
    if "schema" not in data:
        raise ScenarioFieldError(path, 'needs `schema = 1` on its first line', field="schema",
                                 line=1)
    if data.get("schema") != 1 or isinstance(data.get("schema"), bool):
        raise ScenarioFieldError(
            path, "must be 1 (the only scenario format so far)", field="schema",
            line=lines.get(("schema",)), got=data.get("schema"),
        )
    faults = _name_faults(data, path, lines)
    parent_ref = data.get("extends")
    if parent_ref is None:
        data.setdefault("name", path.stem)
        missing = _missing_source_files(data, path, lines, {})
        if missing:
            data[_WARNINGS_KEY] = missing
        if faults:
            data[_FAULTS_KEY] = faults
        return data, where
    extends_line = lines.get(("extends",), 1)
    if not isinstance(parent_ref, str):
        raise ScenarioFieldError(
            path, "must be a scenario name or path", field="extends",
            line=extends_line, got=parent_ref,
        )
    chain = (*stack, path.resolve())
    if len(chain) >= MAX_EXTENDS_CHAIN:
        raise ScenarioExtendsError(
            path, f"makes a chain of more than {MAX_EXTENDS_CHAIN} files; at most "
            f"{MAX_EXTENDS_CHAIN} are allowed", field="extends", line=extends_line,
        )
    parent_path = resolve_parent(parent_ref, path, line=extends_line)
    if parent_path.resolve() in chain:
        loop = " -> ".join(p.name for p in (*chain, parent_path))
        raise ScenarioExtendsError(
            path, f"forms a cycle: {loop}", field="extends", line=extends_line
        )
    parent, parent_where = _read_merged(parent_path, chain)
    # the files read, the parent first, each with the warning when a shipped plan has its name
    shipped = shadowed_shipped(parent_ref, path, parent_path)
    links = [(parent_path, None if shipped is None else shadow_warning(parent_ref, path, extends_line,
                                                                         parent_path, shipped)),
             *parent.pop(_EXTENDS_KEY, [])]
    warnings = list(parent.pop(_WARNINGS_KEY, []))
    faults = list(parent.pop(_FAULTS_KEY, [])) + faults
    faults += _redefined_sources(parent, parent_where, data, lines, path)
    warnings += _missing_source_files(data, path, lines, parent)
    warnings += _reset_participation(parent, parent_where, data, lines, path)
    warnings += _us_flag_changes(parent, parent_where, data, lines, path)
    parent_title = parent.get("title", parent.get("name", parent_path.stem))
    for own in ("name", "title", "description", "description_source"):
        parent.pop(own, None)
    unsourced: Unsourced = []
    parent.pop(_NEAR_KEY, None)  # a grandparent's slips were the parent's to say
    near: Near = {}
    scopes: Scopes = []
    merged, remap, touched = _merge(parent, data, unsourced, near, scopes)
    merged.setdefault("name", path.stem)
    merged.setdefault("title", f"{parent_title} [variant: {merged['name']}]")
    child_where = {_remap(loc, remap, "child"): w for loc, w in where.items()}
    # What the child replaced whole is the child's: the parent's lines below it are dropped
    # (an error in `[force.target_troops.low]` of the child is not the parent's line).
    replaced = {loc for loc, whole in touched.items() if whole}
    combined = {
        ploc: w for ploc, w in ((_remap(loc, remap, "parent"), w) for loc, w in parent_where.items())
        if not any(ploc[:n] in replaced for n in range(1, len(ploc)))
    }
    combined.update(child_where)
    # Every place the child set a value (an item of an inline `fleets = [...]`, a key of an
    # inline table) points at the child's own nearest line.
    for loc in touched:
        if loc not in child_where:
            combined[loc] = _line_for(loc, child_where, path)
    # a switch given the child's table-level provenance is told at the lines that gave it
    for table, switches in scopes:
        for name in switches:
            for key in ("source", "assumption"):
                if (*table, key) in child_where:
                    combined[(*table, "switch_provenance", name, key)] = child_where[(*table, key)]
                    combined.setdefault((*table, "switch_provenance", name), child_where[(*table, key)])
    problems = list(parent.pop(_UNSOURCED_KEY, []))
    problems += [_unsourced_error(u, merged, combined, parent_where, path) for u in unsourced]
    if problems:
        merged[_UNSOURCED_KEY] = problems
    if warnings:
        merged[_WARNINGS_KEY] = warnings
    if faults:
        merged[_FAULTS_KEY] = faults
    if near:
        merged[_NEAR_KEY] = near
    merged[_EXTENDS_KEY] = links
    return merged, combined


def _unsourced_error(change: tuple[Loc, Any, Any, dict[str, Any]], merged: dict[str, Any],
                     combined: dict[Loc, tuple[Path, int]],
                     parent_where: dict[Loc, tuple[Path, int]], path: Path) -> ScenarioFieldError:
    """Review s37 6: the error for a statement a child changed without its own provenance, at
    the child's line (the parent's source or assumption was for the parent's value, so it
    cannot stand behind the child's, as a quantity's is never mixed with a child's number).
    Raised once the file validates (`load_scenario`): a bad value is told first."""
    loc, before, after, was = change
    file, line = _line_for(loc, combined, path)
    rested = "; ".join(f"{k} {', '.join(v) if isinstance(v, list) else repr(v)}" for k, v in was.items())
    parent_file = next((w[0].name for n in range(len(loc) - 1, 0, -1) if (w := parent_where.get(loc[:n]))), "")

    def shown(v: Any) -> str:
        return "true" if v is True else "false" if v is False else repr(v)

    return ScenarioFieldError(
        file, f"changes {shown(before)}{' (' + parent_file + ')' if parent_file else ''} to "
        f"{shown(after)} without a provenance of its own: give this entry `source = [\"id\", ...]` "
        f"or `assumption = \"why\"` (the parent's, {rested}, was for {shown(before)})",
        field=_dotted(loc, merged), line=line)


def extends_chain(path: Path, limit: int = 32) -> list[tuple[Path, bytes | None]]:
    """Each file of ``path``'s `extends` chain, itself first, then its parent and up, with its
    bytes (None: it cannot be read, which ends the chain). A file that does not parse, names no
    parent or one already in the chain ends it too; loading the scenario says why. What a cache
    or a store keys a plan on: a change in any of these files changes the plan."""
    out: list[tuple[Path, bytes | None]] = []
    seen: set[Path] = set()
    current: Path | None = Path(path)
    while current is not None and len(out) < limit:
        try:
            real, data = current.resolve(), current.read_bytes()
        except OSError:
            out.append((current, None))
            break
        if real in seen:
            break
        seen.add(real)
        out.append((current, data))
        try:
            ref = tomllib.loads(data.decode("utf-8")).get("extends")
            current = resolve_parent(ref, current) if isinstance(ref, str) else None
        except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError, ReassureError, OSError):
            current = None
    return out


def resolve_parent(ref: str, child: Path, *, line: int | None = None) -> Path:
    """The file an `extends = "ref"` in ``child`` names, under the one rule for `extends`.

    ``ref`` is looked up relative to the child's folder, then among the shipped scenarios;
    never in the current directory. The file found must lie in the child's folder (or below)
    or in the shipped scenarios folder, unless REASSURE_ALLOW_EXTENDS_OUTSIDE=1 is set: a
    scenario read from a served page must not open ``../../etc/passwd``.
    """
    folder = child.resolve().parent
    shipped = shipped_scenario_dir().resolve()
    text = ref.strip()
    candidates: list[Path] = []
    if text and "\x00" not in text:
        given = Path(text)
        if given.is_absolute():
            candidates += [given, given.with_name(given.name + ".toml")]
        else:
            candidates += [folder / given, folder / f"{text}.toml"]
            if "/" not in text and "\\" not in text:
                candidates += [shipped / given, shipped / f"{text}.toml"]
    found = None
    for guess in candidates:
        try:
            if guess.is_file():
                found = guess
                break
        except (OSError, ValueError):
            continue
    if found is None:
        from reassure.errors import MAX_MESSAGE_CHARS, PATH_ALLOWANCE, _short, choice_list

        names = [p.stem for p in list_scenarios()]
        message = f"names no scenario file next to this one or shipped{did_you_mean(text, names)}"
        # review s33: with a "did you mean" the shipped names overran the line, cut to "..."
        room = (MAX_MESSAGE_CHARS - PATH_ALLOWANCE - len("extends ") - len(message)
                - len(f" (got {_short(ref)})"))
        message += choice_list(text, names, see="`reassure scenarios`", label="shipped", room=room)
        raise ScenarioExtendsError(child, message, field="extends", line=line, got=ref)
    real = found.resolve()
    inside = real.is_relative_to(folder) or real.is_relative_to(shipped)
    if not inside and os.environ.get(ALLOW_EXTENDS_OUTSIDE_ENV) != "1":
        raise ScenarioExtendsError(
            child, "names a file outside this scenario's folder and the shipped scenarios; "
            f"set {ALLOW_EXTENDS_OUTSIDE_ENV}=1 to allow it", field="extends", line=line, got=ref,
        )
    return found


def shadowed_shipped(ref: str, child: Path, found: Path) -> Path | None:
    """The shipped scenario an `extends = "ref"` in ``child`` also names, where the file the
    rule found, ``found``, is another one: a file of that name next to ``child`` (read first,
    `resolve_parent`). None when ``ref`` is a path (``./europe-2025.toml`` names the file next to
    the child on purpose) or no shipped scenario has its name.

    The web page opens the shipped plan by that name and lists no copy of it, so a parent read
    from the copy is said (review s65 1: a variant saved from the page ran on a hidden copy).
    """
    text = ref.strip()
    if not text or "\x00" in text or "/" in text or "\\" in text or Path(text).is_absolute():
        return None
    shipped = shipped_scenario_dir().resolve()
    for guess in (shipped / text, shipped / f"{text}.toml"):  # as `resolve_parent` looks there
        try:
            if guess.is_file():
                return None if guess.resolve() == found.resolve() else guess
        except (OSError, ValueError):
            continue
    return None


def shadow_warning(ref: str, child: Path, line: int | None, found: Path, shipped: Path) -> str:
    """The one line said when ``child``'s `extends = "ref"` reads ``found`` (next to it) rather
    than the shipped plan ``shipped`` of the same name (`shadowed_shipped`): both files, and what
    to write for either."""
    where = f"{child}:{line}" if line else str(child)
    return (f'{where}: extends = "{ref}" reads the file next to it, {found}, not the shipped plan '
            f'{Path(shipped).stem} ({shipped}); to extend the shipped plan, rename that file; to keep '
            f'it, write extends = "./{found.name}"')


# Warnings travel with the merged data under this key until the scenario is built.
_WARNINGS_KEY = "__load_warnings__"
# ... and the files the `extends` chain was read from, the parent first, each with the
# `shadow_warning` when a shipped plan has its name (else None).
_EXTENDS_KEY = "__extends_files__"
# ... and statements a child changed without a provenance of its own (review s37 6).
_UNSOURCED_KEY = "__unsourced_changes__"
# ... and problems found on the files as written (a bad `name`, a parent's source redefined):
# told with pydantic's when the merged data does not validate, on their own when it does.
_FAULTS_KEY = "__file_faults__"
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


#: The flags that make an item a US asset (an air base's fighters, a fleet, an airlift type):
#: which side fields it moves the results without the US backstop (review s53 2).
_US_FLAGS = ("us", "us_asset")


def _provenance_said(node: dict[str, Any]) -> str:
    """``source seed-004; assumption '12 US fighters assumed'`` for a quantity as written."""
    parts = []
    if node.get("source"):
        src = node["source"]
        parts.append("source " + (", ".join(map(str, src)) if isinstance(src, list) else str(src)))
    if isinstance(node.get("assumption"), str):
        text = node["assumption"].strip()
        parts.append(f"assumption {text[:60] + '...' if len(text) > 60 else text!r}")
    return "; ".join(parts) or "none"


def _us_flag_changes(parent: dict[str, Any], parent_where: dict[Loc, tuple[Path, int]],
                     child: dict[str, Any], lines: dict[Loc, int], path: Path) -> list[str]:
    """Review s53 2: a child's ``[[air.bases]] us = false`` (a fleet's `us_asset`, an airlift
    type's `us`) changed whose the parent's aircraft were, and so the results without the US
    backstop, with no word: the item's numbers kept the parent's provenance ("12 US fighters
    assumed"). A changed flag is a statement like a nation's `requires_us_backstop`; these items
    carry their provenance on their numbers, so the child restates one of them (with a `source`
    or an `assumption` that says whose the assets are), or is warned at the flag's line."""
    out: list[str] = []

    def walk(old: dict[str, Any], new: dict[str, Any], ploc: Loc, cloc: Loc) -> None:
        for key, value in new.items():
            before = old.get(key)
            if isinstance(value, dict) and isinstance(before, dict) and "unit" not in value:
                walk(before, value, (*ploc, key), (*cloc, key))
            elif isinstance(value, list) and isinstance(before, list):
                items = [i for i in before + value if isinstance(i, dict)]
                mkey = next((k for k in _MERGE_KEYS if items and len(items) == len(before) + len(value)
                             and all(k in i for i in items)), None)
                if mkey is None:
                    continue
                where = {item[mkey]: i for i, item in enumerate(before)}
                for j, item in enumerate(value):
                    if item[mkey] in where:
                        i = where[item[mkey]]
                        check(before[i], item, (*ploc, key, i), (*cloc, key, j))
                        walk(before[i], item, (*ploc, key, i), (*cloc, key, j))

    def check(old: dict[str, Any], new: dict[str, Any], ploc: Loc, cloc: Loc) -> None:
        for flag in _US_FLAGS:
            if flag not in new or not isinstance(new[flag], bool) or new[flag] == bool(old.get(flag, False)):
                continue
            if any(isinstance(v, dict) and "unit" in v for v in new.values()):
                continue  # a number restated with its provenance says whose the assets are
            numbers = [(k, v) for k, v in old.items() if isinstance(v, dict) and "unit" in v]
            line = lines.get((*cloc, flag), lines.get(cloc))
            here = f"{path}:{line}" if line else str(path)
            file, _ = parent_where.get((*ploc, flag), parent_where.get(ploc, (None, None)))
            was = f" ({file.name})" if file else ""
            shown = "true" if new[flag] else "false"
            owner = "US" if old.get(flag) else "European"
            told = (f"; its numbers keep the parent's provenance, which was for {owner} assets ("
                    + "; ".join(f"{k}: {_provenance_said(v)}" for k, v in numbers[:2])
                    + f"): restate {numbers[0][0]} here with a `source` or `assumption` that says whose "
                    "they are") if numbers else ""
            out.append(f"us-flag: {here}: {_dotted((*cloc, flag), child)} changes "
                       f"{'false' if new[flag] else 'true'}{was} to {shown} with no provenance of its "
                       f"own, which moves the results without the US backstop{told}")

    walk(parent, child, (), ())
    return out


def _name_faults(data: dict[str, Any], path: Path, lines: dict[Loc, int]) -> list[ScenarioFieldError]:
    """Review s44 3: a `name` the web editor would refuse (``../../escaped-plan``, ``Bad Name!``)
    was taken, and went into CSV headers and file names. The same rule (`_names`), at its line.
    A name left out defaults to the file's name, which is not checked."""
    name = data.get("name")
    if not isinstance(name, str):
        return []  # no name (the file's name stands for it), or not a string: pydantic says so
    fault = name_fault(name)
    if fault is None:
        return []
    return [ScenarioFieldError(path, f"{fault}: a scenario name is {NAME_RULE}", field="name",
                               line=lines.get(("name",), 1), got=name)]


#: The fields of a `[[sources]]` entry that say which document (and which sentence of it) it is.
_SOURCE_DOCUMENT = ("title", "outlet", "date", "url", "file", "quote")


def _said(value: Any) -> str:
    """A source field as text, so that ``date = 2025-02-18`` and ``date = "2025-02-18"`` agree."""
    return value.isoformat() if hasattr(value, "isoformat") else str(value).strip()


def _redefined_sources(parent: dict[str, Any], parent_where: dict[Loc, tuple[Path, int]],
                       child: dict[str, Any], lines: dict[Loc, int], path: Path) -> list[ScenarioFieldError]:
    """Review s44 1: a child's `[[sources]]` entry with a parent's id merged field by field, so
    that the parent's figures cited one document's quote and date under another's title and url.
    An id names one document: a child's entry may repeat the parent's fields and fill those the
    parent left out (a `url` it lacked), or change its `note` and `claims`; a different title,
    outlet, date, url, file or quote is an error at the child's line, one per entry."""
    kids, olds = child.get("sources"), parent.get("sources")
    if not isinstance(kids, list) or not isinstance(olds, list):
        return []
    by_id = {s["id"]: (i, s) for i, s in enumerate(olds) if isinstance(s, dict) and isinstance(s.get("id"), str)}
    out: list[ScenarioFieldError] = []
    for j, kid in enumerate(kids):
        if not isinstance(kid, dict) or not isinstance(kid.get("id"), str) or kid["id"] not in by_id:
            continue
        i, old = by_id[kid["id"]]
        changed = [k for k in _SOURCE_DOCUMENT if k in kid and old.get(k) not in (None, "")
                   and _said(kid[k]) != _said(old[k])]
        if not changed:
            continue
        first = changed[0]
        file, at = parent_where.get(("sources", i, first), parent_where.get(("sources", i), (None, None)))
        where_then = f" ({file.name}:{at})" if file else ""
        said = " and ".join([", ".join(changed[:-1]), changed[-1]] if changed[1:] else changed)
        out.append(ScenarioFieldError(
            path, f"changes the parent's source{where_then}: give your document a new id, or repeat "
            f"the parent's {said} unchanged (its figures cite this id)",
            field=_dotted(("sources", j, first), child),
            line=lines.get(("sources", j, first), lines.get(("sources", j))), got=kid[first]))
    return out


@functools.lru_cache(maxsize=1)
def _shipped_source_files() -> frozenset[str]:
    """The `file` names the shipped scenarios' `[[sources]]` give (``000_e2a977955cc9bd59.txt``,
    ``figures.md``): the seed reports and reference notes, kept outside the repository."""
    names: set[str] = set()
    for shipped in list_scenarios():
        try:
            sources = tomllib.loads(shipped.read_text(encoding="utf-8")).get("sources")
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue
        if isinstance(sources, list):
            names.update(s["file"] for s in sources if isinstance(s, dict) and isinstance(s.get("file"), str))
    return frozenset(names)


def _missing_source_files(data: dict[str, Any], path: Path, lines: dict[Loc, int],
                          parent: dict[str, Any]) -> list[str]:
    """Review s44 2: a source's `file` that is not there passed without a word. A warning (the
    source still reads, and may have a `url`) for each `file` this scenario file sets that names
    no file: a name is looked for in the scenario's folder. The shipped scenarios are not
    checked, nor is a name they give (a copy of one of their entries): their seed reports and
    reference notes are kept outside the repository, absent from a fresh clone; nor is a
    `file` a child repeats from its parent's entry."""
    sources = data.get("sources")
    if not isinstance(sources, list):
        return []
    try:
        if path.resolve().is_relative_to(shipped_scenario_dir().resolve()):
            return []
    except (OSError, ValueError):
        return []
    olds = parent.get("sources")
    inherited = {s["id"]: s.get("file") for s in olds if isinstance(s, dict) and isinstance(s.get("id"), str)} \
        if isinstance(olds, list) else {}
    out: list[str] = []
    for j, src in enumerate(sources):
        name = src.get("file") if isinstance(src, dict) else None
        if not isinstance(name, str) or source_file_fault(name) is not None:
            continue  # no file, or one the schema refuses with its own message
        sid = src.get("id")
        if (isinstance(sid, str) and inherited.get(sid) == name) or name in _shipped_source_files():
            continue  # the parent's own pointer, repeated; a shipped seed report or reference note
        given = Path(name)
        looked = given if given.is_absolute() else path.parent / given
        try:
            if looked.is_file():
                continue
        except (OSError, ValueError):
            pass
        line = lines.get(("sources", j, "file"), lines.get(("sources", j), 1))
        relative = "" if given.is_absolute() else " (a name is read from this scenario's folder)"
        out.append(f"{path}:{line}: {_dotted(('sources', j, 'file'), data)} names no file: looked "
                   f"for {looked}{relative}")
    return out


# -- merging under `extends` ---------------------------------------------------------------------
Remap = dict[tuple[str, Loc], dict[int, int]]
#: Places (in merged coordinates) the child set: True when the child's value replaced the
#: parent's whole, False when it was merged into it.
Touched = dict[Loc, bool]


#: A statement the child changed without a provenance of its own: (place in merged coordinates,
#: the parent's value, the child's, the parent's provenance).
Unsourced = list[tuple[Loc, Any, Any, dict[str, Any]]]

#: Where `_merge_lists` notes a child's new item whose key is a slip of a parent item's: merged
#: location of the key -> the message (`_near_miss`).
Near = dict[Loc, str]
_NEAR_KEY = "__near_misses__"

#: Tables whose changed switches were given the child's table-level provenance as their own
#: (`_scope_provenance`): merged location of the table, the switches.
Scopes = list[tuple[Loc, list[str]]]


def _merge(parent: dict[str, Any], child: dict[str, Any], unsourced: Unsourced | None = None,
           near: Near | None = None, scopes: Scopes | None = None) -> tuple[dict[str, Any], Remap, Touched]:
    remap: Remap = {}
    touched: Touched = {}
    return _merge_tables(parent, child, (), remap, touched, unsourced, near, scopes), remap, touched


def _is_statement(node: Any) -> bool:
    """A table that states something with its own provenance (a contributor, `us_backstop`):
    it has a `source` or an `assumption` and is not a quantity (which has a `unit`)."""
    return isinstance(node, dict) and "unit" not in node and ("source" in node or "assumption" in node)


def _restate_provenance(parent: dict[str, Any], child: dict[str, Any], out: dict[str, Any],
                        loc: Loc, unsourced: Unsourced | None) -> dict[str, Any] | None:
    """Review s37 6: a child's entry that changes a contributor's `status` and gives a `source`
    or an `assumption` replaces the parent's provenance whole (the parent's `source` was for the
    old status and never stays behind the child's reason for the new one); one that changes a
    statement (a `status`, a switch) without either is noted in ``unsourced``: the parent's
    provenance was for the parent's value.

    Review s53 1: a child that changes a switch (``isr = false``) with a table-level `source` or
    `assumption` no longer keeps the parent's `source` beside its own `assumption` (which cited
    the parent's sources for the opposite value). Either the child restates the whole table (every
    statement the parent's provenance backed, or another statement than a switch changes): its
    provenance replaces the parent's whole; or the child's provenance is scoped to the switches it
    changes (``switch_provenance``, as the web editor writes it) and the table keeps the parent's,
    which backs the switches left alone. Returns that scoping, for `_merge_tables` to apply once
    the child's keys are merged."""
    if not _is_statement(parent):
        return None
    # review 41 12: a switch the child changes has its own provenance in `switch_provenance`;
    # the parent's own entry for it was for the parent's value and never stays behind the new one
    given = child.get("switch_provenance")
    own: dict[str, Any] = given if isinstance(given, dict) else {}
    kept = parent.get("switch_provenance")
    changed = {k for k, v in child.items() if isinstance(v, bool) and parent.get(k) != v}
    if isinstance(kept, dict):
        if changed & set(kept):
            out["switch_provenance"] = {k: v for k, v in kept.items() if k not in changed}
    if "source" in child or "assumption" in child:
        if any(k in child and child[k] != parent.get(k) for k in STATUS_FIELDS):
            out.pop("source", None)
            out.pop("assumption", None)
            return None
        bare = changed - set(own)  # changed switches the child's table-level provenance is for
        if not bare:
            return None
        stated = {k for k, v in parent.items() if _is_stated(k, v)}
        other = any(_is_stated(k, v) and not isinstance(v, bool) and parent.get(k) != v
                    for k, v in child.items())
        why = {k: child[k] for k in ("source", "assumption") if k in child}
        if other or stated <= set(child) or assumption_fault(
                child.get("assumption") if isinstance(child.get("assumption"), str) else None):
            # the child says the whole table again (or its assumption is refused at its own line)
            out.pop("source", None)
            out.pop("assumption", None)
            return None
        return {"switches": sorted(bare), "why": why,
                "parent": {k: parent[k] for k in ("source", "assumption") if k in parent}}
    if unsourced is None:
        return None
    for key, value in child.items():
        if key == "note" or key in own or isinstance(value, dict) or (
                isinstance(value, list) and any(isinstance(v, dict) for v in value)):
            continue  # a quantity or a table has its own provenance, and so has a switch given one
        before = parent.get(key)
        if before != value and (key in parent or value not in (False, [], None)):
            unsourced.append(((*loc, key), before, value,
                              {k: parent[k] for k in ("source", "assumption") if k in parent}))
    return None


def _is_stated(key: str, value: Any) -> bool:
    """Whether ``key = value`` of a sourced table is a statement its provenance backs (a switch,
    a `status`, the nations a condition names), not the provenance itself, a note, a quantity or
    a table of items."""
    return key not in ("source", "assumption", "note", "switch_provenance") and not isinstance(
        value, dict) and not (isinstance(value, list) and any(isinstance(v, dict) for v in value))


def _scope_provenance(out: dict[str, Any], scoped: dict[str, Any], loc: Loc, touched: Touched,
                      scopes: Scopes | None) -> None:
    """Give each switch in ``scoped`` the child's table-level provenance as its own, and the
    table back the parent's (`_restate_provenance`, review s53 1)."""
    table = out.get("switch_provenance", {})
    if not isinstance(table, dict):
        return  # not a table: pydantic says so
    for key in ("source", "assumption"):
        if key in scoped["parent"]:
            out[key] = scoped["parent"][key]
        else:
            out.pop(key, None)
    table = dict(table)
    for name in scoped["switches"]:
        table[name] = dict(scoped["why"])
        touched[(*loc, "switch_provenance", name)] = True
    out["switch_provenance"] = table
    if scopes is not None:
        scopes.append((loc, list(scoped["switches"])))


def _merge_tables(parent: dict[str, Any], child: dict[str, Any], loc: Loc, remap: Remap,
                  touched: Touched, unsourced: Unsourced | None = None, near: Near | None = None,
                  scopes: Scopes | None = None) -> dict:
    out = dict(parent)
    scoped = _restate_provenance(parent, child, out, loc, unsourced)
    for key, value in child.items():
        here = (*loc, key)
        parent_value = out.get(key)
        if isinstance(value, dict) and ("unit" in value or (isinstance(parent_value, dict) and "unit" in parent_value)):
            # A quantity is replaced whole: never mix a child's value with the parent's range,
            # unit or provenance (a child quantity without `unit` is then reported as such).
            out[key] = value
            touched[here] = True
        elif key == "switch_provenance" and isinstance(value, dict) and isinstance(out.get(key), dict):
            # each switch's provenance is replaced whole, as a quantity is (review 41 12)
            touched[here] = False
            out[key] = {**out[key], **value}
            for name in value:
                touched[(*here, name)] = True
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            touched[here] = False
            out[key] = _merge_tables(out[key], value, here, remap, touched, unsourced, near, scopes)
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = _merge_lists(out[key], value, here, remap, touched, unsourced, near, scopes)
        else:
            out[key] = value
            touched[here] = True
    if scoped is not None:
        _scope_provenance(out, scoped, loc, touched, scopes)
    return out


def _merge_lists(parent: list[Any], child: list[Any], loc: Loc, remap: Remap,
                 touched: Touched, unsourced: Unsourced | None = None, near: Near | None = None,
                 scopes: Scopes | None = None) -> list[Any]:
    if not child:
        remap[("parent", loc)] = {}
        touched[loc] = True
        return []  # an empty list in the child empties the parent's
    items = parent + child
    key = next(
        (k for k in _MERGE_KEYS if items and all(isinstance(i, dict) and k in i for i in items)),
        None,
    )
    if key is None:
        remap[("parent", loc)] = {}  # the parent's items are gone
        touched[loc] = True
        for j in range(len(child)):
            touched[(*loc, j)] = True
        return list(child)
    touched[loc] = False
    merged = list(parent)
    position = {item[key]: i for i, item in enumerate(parent)}
    child_map: dict[int, int] = {}
    for j, item in enumerate(child):
        if item[key] in position:
            i = position[item[key]]
            touched[(*loc, i)] = False
            merged[i] = _merge_tables(merged[i], item, (*loc, i), remap, touched, unsourced, near, scopes)
            child_map[j] = i
        else:
            slip = _near_miss(parent, item, key)
            if slip and near is not None:  # said only if the new item is refused (`load_scenario`)
                near[(*loc, len(merged), key)] = slip
            position[item[key]] = len(merged)
            child_map[j] = len(merged)
            touched[(*loc, len(merged))] = True
            merged.append(item)
    remap[("child", loc)] = child_map
    return merged


def _near_miss(parent: list[Any], item: dict[str, Any], key: str) -> str:
    """``names no item of the parent plan; did you mean 'eu-male'?`` when a child's new item
    (``id = "eu-mal"``) is probably a slip of a parent item's key, or "". Said only when the new
    item is refused for fields it lacks and nothing else (`_say_a_slip`): meant as an edit, it was
    read as a new item (review s50: "fleets[eu-mal].sensor is required", not the slip)."""
    from reassure.errors import did_you_mean

    value = item.get(key)
    if not isinstance(value, str):
        return ""
    keys = [p[key] for p in parent if isinstance(p, dict) and isinstance(p.get(key), str)]
    hint = did_you_mean(value, keys)
    return f"names no item of the parent plan{hint}" if hint else ""


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
_BARE_KEY = re.compile(r"[A-Za-z0-9_\-]+")
# A key inside an inline table: a bare or quoted key not preceded by a key character, then `=`
# (the look-behind keeps the scan linear on long runs of letters or spaces).
_INLINE_KEY = re.compile(r"(?<![A-Za-z0-9_\-])([A-Za-z0-9_\-]+|\"[^\"\n]*\")[ \t]*=")


def _key_path(text: str, i: int) -> tuple[list[str], int] | None:
    """Parse a dotted TOML key (bare, "basic" or 'literal' parts) from ``text[i:]``; return the
    parts and the index after it, or None. Linear in the length of the line."""
    parts: list[str] = []
    n = len(text)
    while True:
        while i < n and text[i] in " \t":
            i += 1
        if i >= n:
            return None
        if text[i] == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            if j >= n:
                return None
            raw = text[i : j + 1]
            try:
                parts.append(tomllib.loads(f"k = {raw}")["k"])
            except (tomllib.TOMLDecodeError, ValueError):
                parts.append(raw[1:-1])
            i = j + 1
        elif text[i] == "'":
            j = text.find("'", i + 1)
            if j < 0:
                return None
            parts.append(text[i + 1 : j])
            i = j + 1
        else:
            m = _BARE_KEY.match(text, i)
            if not m:
                return None
            parts.append(m.group(0))
            i = m.end()
        while i < n and text[i] in " \t":
            i += 1
        if i < n and text[i] == ".":
            i += 1
            continue
        return parts, i


def _locate_keys(text: str) -> dict[Loc, int]:
    """Map each key path to its 1-based line (best effort, for error messages).

    A table header or a dotted key also claims each of its prefixes (``[force.target_troops.low]``
    stands for ``force.target_troops`` too), so an error there is blamed on the file that set it.
    """
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

    def claim(loc: Loc, number: int) -> None:
        for end in range(1, len(loc) + 1):
            found.setdefault(loc[:end], number)

    in_string: str | None = None  # the delimiter of a multi-line string we are inside
    for number, line in enumerate(text.splitlines(), start=1):
        if in_string is not None:
            if line.count(in_string) % 2 == 1:
                in_string = None
            continue
        for delim in ('"""', "'''"):
            if line.count(delim) % 2 == 1:
                in_string = delim
        stripped = line.lstrip()
        if stripped.startswith("[["):
            parsed = _key_path(stripped, 2)
            if parsed is None or not stripped[parsed[1] :].startswith("]]"):
                continue
            name = tuple(parsed[0])
            array_count[name] = array_count.get(name, -1) + 1
            table = (*resolve(parsed[0]), array_count[name])
            claim(table, number)
        elif stripped.startswith("["):
            parsed = _key_path(stripped, 1)
            if parsed is None or not stripped[parsed[1] :].startswith("]"):
                continue
            table = resolve(parsed[0])
            claim(table, number)
        else:
            parsed = _key_path(stripped, 0)
            if parsed is None or not stripped[parsed[1] :].startswith("="):
                continue
            here = (*table, *parsed[0])
            claim(here, number)
            rest = stripped[parsed[1] + 1 :].lstrip()
            if rest.startswith("{"):
                for sub in _INLINE_KEY.findall(rest):
                    key = sub[1:-1] if sub.startswith('"') else sub
                    found.setdefault((*here, key), number)
    return found


# -- checks that need the theatre: spec/_theatre_check.py (with_overrides uses them too) ----------
from reassure.spec._theatre_check import _check_against_theatre  # noqa: E402 - kept apart
