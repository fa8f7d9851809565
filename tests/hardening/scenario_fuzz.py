"""A structural fuzzer of scenario files, shared by tests/hardening and benchmarks/bench_fuzz.py.

`mutate(rng)` takes a shipped scenario, applies one or a few structural mutations (a deleted or
renamed key, a changed type, 0, -1, +-1e308, nan, inf, a huge integer, a long or unicode string,
deep nesting, a duplicated id, low > high, a unit of the wrong dimension, an unknown source id,
an odd key, a hostile `extends`, or a text-level change such as thousands of spaces or a
byte-order mark) and returns the TOML text to write. `validate_in_process(path)` runs what
`reassure validate` runs, without a subprocess, and returns ``(exit status, message)``.

Everything is driven by one ``random.Random``: hypothesis passes its own (``st.randoms``), the
benchmark a seeded one, so every case can be replayed from its seed.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import random
import re
import signal
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "scenarios"
BASES = ("europe-2025", "iiss-small", "no-us-backstop", "ukraine-request")

_BARE = re.compile(r"^[A-Za-z0-9_\-]+$")
_BASE_DATA: dict[str, dict[str, Any]] = {}

Path_ = tuple[str | int, ...]


# -- a small TOML writer (tables as headers, quantities and small values inline) -----------------
def _key(k: str) -> str:
    return k if _BARE.match(k) else json.dumps(k)


class Deep:
    """A value nested ``depth`` levels deep, written as text directly (building it as Python
    lists would make the fuzzer itself, not reassure, hit the recursion limit)."""

    def __init__(self, depth: int, kinds: str, leaf: str) -> None:
        self.depth, self.kinds, self.leaf = depth, kinds, leaf

    def text(self) -> str:
        opens = "".join("[" if k == "l" else "{ a = " for k in self.kinds)
        closes = "".join("]" if k == "l" else " }" for k in reversed(self.kinds))
        return opens + self.leaf + closes


def _scalar(v: Any) -> str:
    if isinstance(v, Deep):
        return v.text()
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v)
    if isinstance(v, dt.datetime | dt.date):
        return v.isoformat()
    if isinstance(v, list):
        return "[" + ", ".join(_scalar(i) for i in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{_key(k)} = {_scalar(i)}" for k, i in v.items()) + " }"
    raise TypeError(type(v))


def _is_table_list(v: Any) -> bool:
    return isinstance(v, list) and bool(v) and all(isinstance(i, dict) for i in v)


def _inline(v: Any) -> bool:
    """Written on the key's line: anything but a (non-quantity) table or a list of tables."""
    if isinstance(v, dict):
        return "unit" in v or not v
    return not _is_table_list(v)


def to_toml(data: dict[str, Any]) -> str:
    """TOML text for ``data`` (tables as headers, so errors have lines to point at)."""
    out: list[str] = []

    def emit(table: dict[str, Any], header: str) -> None:
        for k, v in table.items():
            if _inline(v):
                out.append(f"{_key(k)} = {_scalar(v)}")
        for k, v in table.items():
            if _inline(v):
                continue
            name = f"{header}.{_key(k)}" if header else _key(k)
            if isinstance(v, dict):
                out.append(f"\n[{name}]")
                emit(v, name)
            else:
                for item in v:
                    out.append(f"\n[[{name}]]")
                    emit(item, name)

    emit(data, "")
    return "\n".join(out) + "\n"


# -- walking the data ---------------------------------------------------------------------------
def base_data(name: str) -> dict[str, Any]:
    if name not in _BASE_DATA:
        _BASE_DATA[name] = tomllib.loads((SHIPPED / f"{name}.toml").read_text(encoding="utf-8"))
    return _copy(_BASE_DATA[name])


def _copy(v: Any) -> Any:
    """A deep copy with dates as text (the shipped data is shallow; Deep values are shared)."""
    if isinstance(v, dict):
        return {k: _copy(i) for k, i in v.items()}
    if isinstance(v, list):
        return [_copy(i) for i in v]
    return v.isoformat() if isinstance(v, dt.date) else v


def paths(node: Any, here: Path_ = ()) -> Iterator[Path_]:
    if isinstance(node, dict):
        for k, v in node.items():
            yield (*here, k)
            yield from paths(v, (*here, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield (*here, i)
            yield from paths(v, (*here, i))


def _get(node: Any, path: Path_) -> Any:
    for p in path:
        node = node[p]
    return node


def _quantities(data: dict[str, Any]) -> list[Path_]:
    return [p for p in paths(data) if isinstance(_get(data, p), dict) and "unit" in _get(data, p)]


# -- values a fuzzer tries ------------------------------------------------------------------------
ODD_KEYS = ("9lives", "héllo", "a key", "ab\u200f", "", "x.y", "__class__", "schema ", "ÄÖÜ",
            "\u202ekey", "0", "-", "very_" * 20 + "long")
UNICODE = ("é", "漢字", "🙂", "\u200f", "\u202e", "\x7f", "Ω", "\t", "\\", '"', "'")


def _deep(rng: random.Random) -> Deep:
    depth = rng.choice((17, 20, 50, 300, 1000))
    mix = rng.choice(("l", "t", "lt"))
    kinds = "".join(rng.choice(mix) for _ in range(depth))
    return Deep(depth, kinds, rng.choice(("1", '"x"', "[]", "{}")))


def odd_value(rng: random.Random) -> Any:
    kind = rng.randrange(16)
    if kind == 0:
        return rng.choice((0, -1, 1, 0.0, -0.0))
    if kind == 1:
        return rng.choice((1e308, -1e308, 1e-300, -1e-300, 5e-324))
    if kind == 2:
        return rng.choice((math.nan, math.inf, -math.inf))
    if kind == 3:
        return rng.choice((10**18, -(10**18), 2**63 - 1, -(2**63)))
    if kind == 4:
        return "x" * rng.choice((100, 5_000, 30_000))
    if kind == 5:
        return "".join(rng.choice(UNICODE) for _ in range(rng.randint(1, 40)))
    if kind == 6:
        return rng.choice((True, False))
    if kind == 7:
        return rng.choice(([], {}, [1, "a"], [[]], {"": 1}))
    if kind == 8:
        return _deep(rng)
    if kind == 9:
        return rng.choice(("1", "yes", "off", "true", "1e308", "nan", ""))
    if kind == 10:
        return {"value": odd_number(rng), "unit": rng.choice(("km", "h", "troops", "fraction")),
                "assumption": "fuzz"}
    if kind == 11:
        return dt.date(2025, 1, 1).isoformat()
    if kind == 12:
        return [odd_number(rng) for _ in range(rng.randint(0, 5))]
    if kind == 13:
        return {k: 1 for k in rng.sample(ODD_KEYS, 3)}
    if kind == 14:
        return rng.randint(-5, 5)
    return rng.uniform(-1e6, 1e6)


def odd_number(rng: random.Random) -> Any:
    return rng.choice((0, -1, 1, 0.5, 1e308, -1e308, 1e-300, math.nan, math.inf, -math.inf,
                       10**18, 2**62, 1e15, 1e16, -0.0, 1e9, 3.0, 100000))


# -- mutations ------------------------------------------------------------------------------------
def _mutate_data(data: dict[str, Any], rng: random.Random) -> str:
    """Apply one structural mutation in place; return its short description."""
    all_paths = list(paths(data))
    quantities = _quantities(data)
    op = rng.randrange(14)
    if op <= 1 and quantities:  # a number of a quantity
        q = rng.choice(quantities)
        table = _get(data, q)
        field = rng.choice([k for k in ("value", "low", "high") if k in table] or ["value"])
        table[field] = odd_number(rng)
        return f"number {q}.{field}"
    if op == 2 and quantities:  # low > high
        q = _get(data, rng.choice(quantities))
        v = q.pop("value", q.get("low", 1))
        v = v if isinstance(v, int | float) and not isinstance(v, bool) else 1
        q["low"], q["high"] = v + 1, v
        return "low > high"
    if op == 3 and quantities:  # wrong-dimension or unknown unit
        q = _get(data, rng.choice(quantities))
        q["unit"] = rng.choice(("km", "h", "troops", "fraction", "EUR", "furlongs", "", "KM", "1/day"))
        return "unit"
    if op == 4 and quantities:  # unknown or odd source id
        q = _get(data, rng.choice(quantities))
        q["source"] = rng.choice((["no-such-source"], "seed-999", [1], [], [""], [["x"]]))
        q.pop("assumption", None) if rng.random() < 0.5 else None
        return "source"
    if op == 5:  # delete a key
        p = rng.choice(all_paths)
        parent = _get(data, p[:-1])
        del parent[p[-1]]
        return f"delete {p}"
    if op == 6:  # rename a key
        dict_paths = [p for p in all_paths if isinstance(p[-1], str)]
        p = rng.choice(dict_paths)
        parent = _get(data, p[:-1])
        new = rng.choice(ODD_KEYS + (p[-1] + "s", p[-1][:-1], p[-1].upper()))
        if new and new not in parent:
            parent[new] = parent.pop(p[-1])
        return f"rename {p}"
    if op in (7, 8):  # change a value's type or value
        p = rng.choice(all_paths)
        parent = _get(data, p[:-1])
        parent[p[-1]] = odd_value(rng)
        return f"value {p}"
    if op == 9:  # duplicate an item of a list of tables (a duplicate id)
        lists = [p for p in all_paths if _is_table_list(_get(data, p))]
        if lists:
            items = _get(data, rng.choice(lists))
            items.append(_copy(rng.choice(items)))
        return "duplicate"
    if op == 10:  # an odd key somewhere
        tables = [()] + [p for p in all_paths if isinstance(_get(data, p), dict)]
        table = _get(data, rng.choice(tables))
        table[rng.choice(ODD_KEYS)] = odd_value(rng) if rng.random() < 0.5 else 1
        return "odd key"
    if op == 11:  # deep nesting under a real field
        p = rng.choice(all_paths)
        _get(data, p[:-1])[p[-1]] = _deep(rng)
        return "deep"
    if op == 12:  # extends
        data["extends"] = rng.choice(("../../../../etc/passwd", "/etc/hostname", "no-such", "",
                                      "europe-2025", 1, ["x"], "./self", "." * 300, "a\x00b"))
        return "extends"
    # a hostile seed / schema / theatre
    key = rng.choice(("seed", "schema", "theatre", "horizon", "name", "title"))
    data[key] = odd_value(rng)
    return f"top {key}"


def _mutate_text(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    kind = rng.randrange(7)
    at = rng.randrange(len(lines) + 1)
    if kind == 0:
        lines.insert(at, " " * rng.choice((2_000, 5_000, 20_000)))
    elif kind == 1:
        return "\ufeff" + text
    elif kind == 2:
        depth = rng.choice((17, 300, 1_000))
        lines.insert(at, "[" + ".".join(["a"] * depth) + "]")
    elif kind == 3:
        depth = rng.choice((300, 1_000))
        lines.append("deep = " + "[" * depth + "]" * depth)
    elif kind == 4:
        lines.insert(at, "[" + " " * rng.choice((2_000, 5_000)))
    elif kind == 5:
        lines.append(f"{rng.choice(('seed', 'n'))} = {'9' * rng.choice((30, 5_000))}")
    else:
        lines.insert(at, "x = " + "{a = " * 300 + "1" + " }" * 300)
    return "\n".join(lines)


def mutate(rng: random.Random) -> tuple[str, str]:
    """One fuzzed scenario: ``(description, TOML text)``."""
    base = rng.choice(BASES)
    data = base_data(base)
    if "extends" in data and rng.random() < 0.3:  # a standalone copy of europe-2025 instead
        data = base_data("europe-2025")
    done = [_mutate_data(data, rng) for _ in range(rng.choice((1, 1, 1, 2, 3)))]
    text = to_toml(data)
    if rng.random() < 0.15:
        text = _mutate_text(text, rng)
        done.append("text")
    return f"{base}: {'; '.join(done)}", text


# -- running `validate` in process ------------------------------------------------------------------
class HangError(Exception):
    """A case took longer than the guard allows."""


def validate_in_process(path: Path, guard_s: int = 60) -> tuple[int, str]:
    """What `reassure validate PATH` does: exit 0, or 2 with ``error: ...`` lines (user errors),
    or 3 with ``internal error: ...`` (a bug); a case past ``guard_s`` raises `HangError`."""
    from reassure.errors import ReassureError
    from reassure.spec import load_scenario

    def alarm(signum: int, frame: Any) -> None:
        raise HangError(str(path))

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(guard_s)
    try:
        load_scenario(path)
        return 0, ""
    except ReassureError as err:
        # one line a problem, as `validate` prints them (the first alone says how many follow)
        problems = getattr(err, "problems", ()) or (err,)
        return 2, "\n".join(f"error: {p}" for p in problems)
    except HangError:
        raise
    except BaseException as err:  # noqa: BLE001 - any other exception is a bug to report
        return 3, f"internal error: {type(err).__name__}: {str(err)[:200]}"
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def problems(path: Path, status: int, message: str) -> list[str]:
    """What is wrong with one outcome (empty when it follows the rules)."""
    found = []
    if status not in (0, 2):
        found.append(f"exit {status}")
    if status == 2:
        # one line a problem: each names the file, has its line number, and is short
        for line in message.strip().split("\n"):
            if path.name not in line:
                found.append("no file name")
            # short past the file's own path: the path is the user's (pytest-xdist's tmp
            # folders add "popen-gw1/" to it), the rest is the message's
            if len(line.replace(str(path.parent), "")) > 300:
                found.append("over 300 characters")
            if not re.match(r"^error: \S.*?:\d+: ", line) and "scenario file" not in line:
                found.append("no line")
        if "Traceback" in message:
            found.append("traceback")
    return sorted(set(found))
