"""A small TOML writer for scenario variants (the standard library reads TOML but cannot write it).

It writes what a variant needs: top-level keys, tables, arrays of tables, and quantities as
inline tables (``pledge_troops = { value = 5000, unit = "troops", assumption = "..." }``).
Every written file is read back with `tomllib` by the caller and validated with `reassure.spec`.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from typing import Any

__all__ = ["dumps", "variant_document"]

_BARE = re.compile(r"^[A-Za-z0-9_-]+$")

# Lists of tables are merged item by item under `extends`, matched on one of these keys
# (the same as reassure.spec._load._MERGE_KEYS).
MERGE_KEYS = ("id", "nation", "site", "base")


def _key(k: str) -> str:
    return k if _BARE.match(k) else json.dumps(k)


def _scalar(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if not math.isfinite(v):
            raise ValueError("TOML numbers must be finite")
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)  # a JSON string is a valid TOML basic string
    if isinstance(v, dt.date | dt.datetime):
        return v.isoformat()
    if isinstance(v, list | tuple):
        return "[" + ", ".join(_scalar(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{_key(k)} = {_scalar(x)}" for k, x in v.items()) + " }"
    raise TypeError(f"cannot write {type(v).__name__} to TOML")


def _is_table_list(v: Any) -> bool:
    return isinstance(v, list) and bool(v) and all(isinstance(x, dict) for x in v)


def _inline(v: Any) -> bool:
    """Quantities (tables with a unit) and plain values stay on one line."""
    return not isinstance(v, dict) or "unit" in v


def _emit(table: dict[str, Any], prefix: str, out: list[str], header: str | None) -> None:
    simple = [(k, v) for k, v in table.items() if _inline(v) and not _is_table_list(v)]
    nested = [(k, v) for k, v in table.items() if not _inline(v)]
    arrays = [(k, v) for k, v in table.items() if _is_table_list(v)]
    if header is not None and (simple or not (nested or arrays)):
        out.append(header)
    for k, v in simple:
        out.append(f"{_key(k)} = {_scalar(v)}")
    for k, v in nested:
        name = f"{prefix}.{_key(k)}" if prefix else _key(k)
        out.append("")
        _emit(v, name, out, f"[{name}]")
    for k, items in arrays:
        name = f"{prefix}.{_key(k)}" if prefix else _key(k)
        for item in items:
            out.append("")
            _emit(item, name, out, f"[[{name}]]")


def dumps(data: dict[str, Any]) -> str:
    """``data`` (plain dicts, lists, scalars) as TOML text."""
    out: list[str] = []
    _emit(data, "", out, None)
    return "\n".join(out).strip() + "\n"


def _set(doc: dict[str, Any], parent: dict[str, Any], path: str, value: Any) -> None:
    """Put ``value`` at dotted ``path`` (``contributors[3].pledge_troops``) in the variant
    ``doc``, turning list indices into items keyed like the parent's (so `extends` merges them)."""
    parts = re.findall(r"([A-Za-z_][A-Za-z0-9_]*)(?:\[(\d+)\])?", path)
    node, pnode = doc, parent
    for i, (name, index) in enumerate(parts):
        last = i == len(parts) - 1
        if index == "":
            if last:
                node[name] = value
                return
            node = node.setdefault(name, {})
            pnode = (pnode or {}).get(name) or {}
            continue
        items = (pnode or {}).get(name) or []
        k = int(index)
        if k >= len(items):
            raise KeyError(f"{path}: no item {k} in the parent plan")
        item = items[k]
        key = next((m for m in MERGE_KEYS if m in item), None)
        if key is None:
            raise KeyError(f"{path}: items of {name} cannot be changed one by one")
        lst = node.setdefault(name, [])
        mine = next((x for x in lst if x.get(key) == item[key]), None)
        if mine is None:
            mine = {key: item[key]}
            lst.append(mine)
        if last:
            raise KeyError(f"{path}: names a whole item, not a parameter")
        node, pnode = mine, item


def variant_document(parent_name: str, parent_data: dict[str, Any], name: str, title: str,
                     description: str, changes: list[tuple[str, Any]]) -> dict[str, Any]:
    """The TOML document of a variant: header keys, `extends`, then each changed parameter."""
    doc: dict[str, Any] = {"schema": 1, "name": name, "title": title, "description": description,
                           "extends": parent_name}
    for path, value in changes:
        _set(doc, parent_data, path, value)
    return doc
