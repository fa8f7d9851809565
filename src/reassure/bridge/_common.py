"""Helpers shared by the bridge modules: required fields and theatre look-ups."""

from __future__ import annotations

from typing import Any

__all__ = ["locate", "need", "q_or"]


def need(value: Any, path: str, scn: Any, model: str = "posture") -> Any:
    """``value``, or a one-line scenario error naming the missing field ``path``."""
    from reassure.errors import ScenarioFieldError

    if value is None:
        raise ScenarioFieldError(scn.file or scn.name, f"is needed by the {model} model; add it to "
                                 "the scenario with its source or assumption", field=path)
    return value


def q_or(q: Any, unit: str, default: float) -> float:
    """A quantity in ``unit``, or ``default`` when the optional field is absent."""
    return q.in_(unit) if q is not None else default


def locate(theatre: Any, ref: str, path: str, scn: Any) -> tuple[str, float, float]:
    """``(name, lon, lat)`` of a site id or air-base id."""
    from reassure.errors import ScenarioFieldError, did_you_mean

    sites = {s.id: s for s in theatre.sites}
    bases = {b.id: b for b in theatre.airbases}
    if ref in sites:
        return sites[ref].name, sites[ref].lon, sites[ref].lat
    if ref in bases:
        return bases[ref].name, bases[ref].lon, bases[ref].lat
    raise ScenarioFieldError(scn.file or scn.name, f"is not a site or air base of theatre "
                             f"{theatre.name}{did_you_mean(ref, [*sites, *bases])}",
                             field=path, got=ref)
