"""What a field a scenario file leaves out stands for, as `with_overrides` needs to say it.

A field the file leaves out takes a value the model falls back to: a shipped, sourced default in
``reassure/data/`` (``force.sustainable_share``; a contributor's ``p_join`` and ``delay`` by its
status), or the plan's own force-wide value (a contributor's ``tour`` is ``force.tour``). An
override of such a field replaces that value, so its note says which value and on what it
rested (review s38 1: the note read only "overrides the shipped default (given in h)"), and a
bare number for it is refused where the value's unit is not the only sensible one: the file
fixes no unit for a field it leaves out.

The fallbacks are the force bridge's (`reassure.bridge.force`, whose `force_defaults` reads the
same files); this module reads them itself, as `_model_checks.default_min_contribution` does,
because the scenario layer may not import the bridge.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from reassure.spec import units as _units

__all__ = ["Fallback", "bare_number_unit", "fallback_for"]


@dataclass(frozen=True)
class Fallback:
    """The value a field left out stands for: ``quantity`` as plain data (``value`` or
    ``low``/``high``, ``unit``, ``source``, ``assumption``, ``note``) and ``where`` it comes from
    (``data/participation.toml, status conditional-mandate``; ``the plan's force.tour``).
    ``shipped``: a default of ``reassure/data/`` (which `reassure show` lists), not a value of
    the plan."""

    quantity: dict[str, Any]
    where: str
    shipped: bool

    def text(self) -> str:
        """``0 month`` or ``25,000-30,000 troops``: the value as the note and messages give it."""
        q = self.quantity
        if q.get("value") is not None:
            return f"{_num(q['value'])} {q['unit']}"
        return f"{_num(q['low'])}-{_num(q['high'])} {q['unit']}"

    def provenance(self) -> str:
        """``data/roles.toml; source: emat-2024`` or ``...; assumed: why``: where the value comes
        from and what it rested on there."""
        q = self.quantity
        parts = [self.where]
        if q.get("source"):
            ids = q["source"] if isinstance(q["source"], list | tuple) else [q["source"]]
            parts.append(f"source: {', '.join(map(str, ids))}")
        elif q.get("assumption"):
            parts.append(f"assumed: {q['assumption']}")
        return "; ".join(parts)


def _num(x: Any) -> str:
    return f"{int(x):,}" if float(x).is_integer() and abs(x) >= 1000 else f"{x:g}"


@functools.cache
def _data(name: str) -> dict[str, Any]:
    import tomllib
    from importlib import resources

    return tomllib.loads((resources.files("reassure") / "data" / name).read_text(encoding="utf-8"))


def _shipped(table: dict[str, Any], where: str) -> Fallback:
    return Fallback(dict(table), where, shipped=True)


def fallback_for(data: dict[str, Any], table: str, item: dict[str, Any], name: str) -> Fallback | None:
    """The value the field ``name`` of ``item`` (a table of the plain scenario ``data``; ``table``
    is its field name: ``force``, ``contributors``) stands for while the file leaves it out, or
    None when it is not one of the force model's fallbacks (the model then does without it: no
    re-deployment limit for ``force.max_tours``)."""
    force: dict[str, Any] = data["force"] if isinstance(data.get("force"), dict) else {}
    if table == "force":
        if name in ("sustainable_share", "min_contribution"):
            return _shipped(_data("roles.toml")["defaults"][name], "data/roles.toml")
        if name == "cost_per_troop_year":
            return _shipped(_data("costs.toml")["default"][name], "data/costs.toml")
        return None
    if table != "contributors":
        return None
    status = item.get("status")
    if name in ("p_join", "delay"):
        row = next((r for r in _data("participation.toml")["statuses"] if r["id"] == status), None)
        return None if row is None else _shipped(row[name], f"data/participation.toml, status {status}")
    if name == "cost_per_troop_year":
        own = next((r for r in _data("costs.toml").get("nations", []) if r["nation"] == item.get("nation")), None)
        if own is not None:
            return _shipped(own[name], "data/costs.toml, national cost")
    if name in ("cost_per_troop_year", "sustainable_share", "tour", "interval"):
        if isinstance(force.get(name), dict) and "unit" in force[name]:
            return Fallback(force[name], f"the plan's force.{name}", shipped=False)
        return fallback_for(data, "force", force, name)
    return None


def bare_number_unit(dims: tuple[str, ...]) -> str | None:
    """The unit a bare number is read in for a field of ``dims`` whose unit no file fixes, or None
    when it has more than one sensible unit and the number needs one: a share or probability is
    a fraction (a percentage, 30, is refused by its bounds, with a hint), a count of troops,
    aircraft or orbits has one unit; a time (h or month?), a length, an amount of money (EUR or
    EUR million?) has several.

    >>> [bare_number_unit((d,)) for d in ("fraction", "troops", "count", "time", "money_eur")]
    ['fraction', 'troops', 'count', None, None]
    """
    if len(dims) != 1:
        return None
    dim = dims[0]
    if dim == "fraction" or all(_units.factor(u) == 1.0 for u in _units.units_of(dim)):
        return _units.CANONICAL[dim]
    return None
