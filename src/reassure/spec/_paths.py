"""Parameter paths as a reader names them: list items by their key, not by their place.

Inside, a path counts list items by position in the MERGED scenario (``contributors[13]``: the
parent's 13 contributors come first), which a reader of the child file cannot know. Every path
a user reads names the item by the key `extends` merges it on instead: ``contributors[SWE]``,
``posture.sites[zaporizhzhia-npp]``, ``monitoring.fleets[eu-male]``, ``sources[my-id]``. The
index form stays accepted wherever it was (overrides, explore paths); `index_path` turns a
keyed path back into it.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "ITEM_KEYS",
    "QUANTITY_PARTS",
    "index_path",
    "item_names",
    "keyed_loc",
    "keyed_path",
    "parse_path",
    "quantity_part_fault",
    "warning_field",
]

#: Keys that name an item of a list of tables, in the order `extends` tries them
#: (the same as spec._load._MERGE_KEYS).
ITEM_KEYS = ("id", "nation", "site", "base")

#: The parts of a quantity (its table's keys, as a file writes them). A path into one
#: (``force.tour.value``) is no parameter: the number, its unit and what it rests on go together
#: (review s53: `with_overrides({"force.tour.value": 5})` kept the old sources for a new number).
QUANTITY_PARTS = ("value", "low", "high", "unit", "source", "assumption", "note")

_TOKEN = re.compile(r"\[([^\[\]]*)\]|([^.\[\]]+)")
_NAMEABLE = re.compile(r"^(?!\d+$)[^\[\]\s]{1,80}$")  # never all digits: that reads as an index


def _get(node: Any, name: str) -> Any:
    if isinstance(node, dict):
        return node.get(name)
    return getattr(node, name, None)


def item_names(items: Any) -> list[str] | None:
    """The key naming each item of a list of tables (``['FRA', 'GBR', ...]``), or None when the
    items do not all carry one of `ITEM_KEYS` as a distinct, printable string."""
    if not isinstance(items, list | tuple) or not items:
        return None
    for key in ITEM_KEYS:
        names = [_get(i, key) for i in items]
        if all(isinstance(n, str) and _NAMEABLE.match(n) for n in names):
            return names if len(set(names)) == len(names) else None
    return None


def parse_path(path: str) -> tuple[str | int, ...]:
    """``contributors[3].pledge_troops`` -> ``('contributors', 3, 'pledge_troops')``; a key in
    brackets stays a string (``contributors[SWE]`` -> ``('contributors', '[SWE]')``)."""
    out: list[str | int] = []
    for key, name in _TOKEN.findall(path):
        if name:
            out.append(name)
        elif key.strip().lstrip("-").isdigit():
            out.append(int(key))
        else:
            out.append(f"[{key}]")
    return tuple(out)


def keyed_loc(root: Any, loc: tuple[Any, ...], render: Any = None) -> str:
    """The dotted name of ``loc`` (names and indices) in ``root`` (a scenario model or its plain
    data), each list index replaced by the item's key where the list's items have keys.
    ``render(name)`` spells a field name (the loader quotes odd keys); the default keeps it."""
    text = ""
    node = root
    for part in loc:
        if isinstance(part, int):
            names = item_names(node)
            shown = names[part] if names is not None and 0 <= part < len(names) else str(part)
            text += f"[{shown}]"
            node = node[part] if isinstance(node, list | tuple) and -len(node) <= part < len(node) else None
            continue
        name = render(part) if render is not None else str(part)
        text += f".{name}" if text else name
        node = _get(node, str(part)) if node is not None else None
    return text


def keyed_path(root: Any, path: str) -> str:
    """``contributors[8].pledge_troops`` -> ``contributors[SWE].pledge_troops`` in ``root``."""
    return keyed_loc(root, parse_path(path))


def index_path(root: Any, path: str) -> str | None:
    """``contributors[SWE].pledge_troops`` -> ``contributors[8].pledge_troops`` (an index path
    is returned as it is); None when a key names no item of ``root``."""
    text = ""
    node = root
    for part in parse_path(path):
        if isinstance(part, str) and part.startswith("["):
            names = item_names(node)
            if names is None or part[1:-1] not in names:
                return None
            part = names.index(part[1:-1])
        if isinstance(part, int):
            text += f"[{part}]"
            ok = isinstance(node, list | tuple) and -len(node) <= part < len(node)
            node = node[part] if ok else None
            continue
        text += f".{part}" if text else part
        node = _get(node, part) if node is not None else None
    return text


def warning_field(warning: str) -> str:
    """The dotted field a load warning is about: ``FILE:LINE: contributors[2].p_join is ...``
    gives ``contributors[2].p_join``; a warning without ``FILE:LINE:`` starts with its field."""
    head, sep, rest = warning.partition(": ")
    if sep and ":" in head and head.rsplit(":", 1)[1].isdigit():
        warning = rest
    return warning.split(" ", 1)[0]


def quantity_part_fault(quantity: str, path: str) -> str:
    """Why ``path``, a path into the quantity at ``quantity`` (``force.tour.value``), is not a
    parameter: the one rule of the web editor, `with_overrides` and explore's factors and
    constants (review s53 1), worded as the web editor words it.

    >>> quantity_part_fault("force.tour", "force.tour.value")[:58]
    "not an editable parameter; did you mean 'force.tour'? ('va"
    """
    part = path[len(quantity):].lstrip(".") if path.startswith(quantity) else path.rsplit(".", 1)[-1]
    return (f"not an editable parameter; did you mean {quantity!r}? ({part!r} is part of the quantity "
            f"{quantity}, whose number, unit and sources go together: set {quantity} as a whole, and the "
            "new value carries its own source or assumption, not the old one's)")
