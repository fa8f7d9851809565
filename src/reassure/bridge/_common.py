"""Helpers shared by the bridge modules: required fields, quantities to floats, costs to euros,
theatre look-ups and distances."""

from __future__ import annotations

from typing import Any

__all__ = ["eur_midpoint", "eur_range", "eur_rates", "km_between", "locate", "need", "nominal", "q_or",
           "us_sensor_counts"]


def need(value: Any, path: str, scn: Any) -> Any:
    """``value``, or a one-line scenario error naming the missing field ``path``."""
    from reassure.errors import ScenarioFieldError

    if value is None:
        raise ScenarioFieldError(scn.file or scn.name, "is needed by the posture model; add it to "
                                 "the scenario with its source or assumption", field=path)
    return value


def us_sensor_counts(entry: Any, scenario: Any, *, us_backstop: bool = True) -> bool:
    """Whether one fleet or sizing candidate counts on a side.

    The one rule every monitoring model follows (the cell model, its sizing and the band): a US
    sensor (``us_asset = true``) counts only on the side with the US backstop, and there only if
    the plan's own backstop provides ISR (``us_backstop.isr``). A plan whose ``us_backstop.isr``
    is false therefore gets the same monitoring figures on both sides.
    """
    return not entry.us_asset or bool(us_backstop and scenario.us_backstop.isr)


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


def nominal(q: Any, unit: str) -> float:
    """The quantity's nominal value (midpoint of a range) in ``unit``."""
    return float(q.in_(unit))


def eur_range(q: Any, rates: dict[str, Any], what: str) -> tuple[float, float]:
    """(low, high) of a cost in euros (in its dimension's canonical unit: per flight-hour, per
    ship-year, or a plain sum), converting USD or GBP with the given rate quantities.

    A rate given as a range widens the cost range (low cost at the low rate, high at the high).
    """
    from reassure.spec import units

    k = units.factor(q.unit)
    low, high = q.low * k, q.high * k
    dim = q.dimension
    currency = next((c for c in ("usd", "gbp", "eur") if c in dim.split("_")), "eur")
    if currency == "eur":
        return low, high
    rate = rates.get(currency)
    if rate is None:
        from reassure.errors import ModelError

        raise ModelError(f"{what}: a cost in {currency.upper()} needs the exchange rate eur_per_{currency}")
    return low * rate.low, high * rate.high


def eur_rates(spec: Any) -> dict[str, Any]:
    """The section's exchange rates (``eur_per_usd``, ``eur_per_gbp`` where it has them) as ratio
    quantities keyed by currency; absent rates are left out."""
    given = (("usd", getattr(spec, "eur_per_usd", None)), ("gbp", getattr(spec, "eur_per_gbp", None)))
    return {k: v.to("ratio") for k, v in given if v is not None}


def eur_midpoint(q: Any, rates: dict[str, Any], what: str) -> float | None:
    """Midpoint in euros of an optional cost (a capital cost), or None when it is absent."""
    if q is None:
        return None
    low, high = eur_range(q, rates, what)
    return (low + high) / 2


def km_between(theatre: Any, a: str, b: str, what: str) -> float:
    """Geodesic distance in km between two theatre places (air-base or site ids)."""
    from reassure.geo import geodesic_km

    def place(pid: str) -> tuple[float, float]:
        for table in (theatre.airbases, theatre.sites):
            for p in table:
                if p.id == pid:
                    return float(p.lon), float(p.lat)
        known = ", ".join(sorted([b.id for b in theatre.airbases] + [s.id for s in theatre.sites]))
        from reassure.errors import ModelError

        raise ModelError(f"{what}: {pid!r} is not an air base or site of theatre {theatre.name} (known: {known})")

    (lon1, lat1), (lon2, lat2) = place(a), place(b)
    return float(geodesic_km(lon1, lat1, lon2, lat2))
