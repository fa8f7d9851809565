"""Units a scenario may use, grouped by dimension, with factors to each dimension's canonical unit.

A field declares the dimension it accepts; a value in another dimension is an error, and a value
in another unit of the same dimension is converted with ``Quantity.to``. Currencies are separate
dimensions on purpose: converting EUR to USD needs an exchange rate, which is a sourced number,
not a unit factor.

To add a unit, add one row to ``UNITS``; the docs and the error messages pick it up.
"""

from __future__ import annotations

__all__ = ["CANONICAL", "SINGULAR", "UNITS", "amount", "dimension_label", "dimension_of", "factor", "units_of"]

# unit -> (dimension, factor to the dimension's canonical unit)
UNITS: dict[str, tuple[str, float]] = {
    # people
    "troops": ("troops", 1.0),
    "people": ("people", 1.0),
    # things counted
    "aircraft": ("aircraft", 1.0),
    "airframes": ("aircraft", 1.0),
    "count": ("count", 1.0),
    "orbits": ("count", 1.0),
    "satellites": ("count", 1.0),
    "units": ("count", 1.0),
    "sorties": ("count", 1.0),
    # shares and probabilities
    "fraction": ("fraction", 1.0),
    "percent": ("fraction", 0.01),
    "probability": ("fraction", 1.0),
    # plain ratios (rotation multipliers, weights, detour factors)
    "ratio": ("ratio", 1.0),
    "weight": ("weight", 1.0),
    # length
    "km": ("length", 1.0),
    "m": ("length", 0.001),
    "mi": ("length", 1.609344),
    "nmi": ("length", 1.852),
    # time (a month is a twelfth of a Julian year)
    "s": ("time", 1.0 / 3600.0),
    "min": ("time", 1.0 / 60.0),
    "h": ("time", 1.0),
    "day": ("time", 24.0),
    "week": ("time", 168.0),
    "month": ("time", 8766.0 / 12.0),
    "year": ("time", 8766.0),
    # speed
    "km/h": ("speed", 1.0),
    "kn": ("speed", 1.852),
    "m/s": ("speed", 3.6),
    "mph": ("speed", 1.609344),
    # rates of events
    "1/day": ("rate", 1.0),
    "1/h": ("rate", 24.0),
    "1/week": ("rate", 1.0 / 7.0),
    "1/year": ("rate", 1.0 / 365.25),
    "1/km/day": ("rate_per_km", 1.0),
    # power, mass, capacity
    "MW": ("power", 1.0),
    "GW": ("power", 1000.0),
    "t": ("mass", 1.0),
    "kg": ("mass", 0.001),
    "troops/day": ("throughput", 1.0),
    "t/day": ("mass_throughput", 1.0),
    # money per deployed troop-year, per currency
    "USD/troop-year": ("cost_usd_per_troop_year", 1.0),
    "EUR/troop-year": ("cost_eur_per_troop_year", 1.0),
    "GBP/troop-year": ("cost_gbp_per_troop_year", 1.0),
    # money, per currency
    "USD": ("money_usd", 1.0),
    "USD million": ("money_usd", 1e6),
    "USD billion": ("money_usd", 1e9),
    "EUR": ("money_eur", 1.0),
    "EUR million": ("money_eur", 1e6),
    "EUR billion": ("money_eur", 1e9),
    "USD/year": ("money_usd_per_year", 1.0),
    "USD million/year": ("money_usd_per_year", 1e6),
    "USD billion/year": ("money_usd_per_year", 1e9),
    "EUR/year": ("money_eur_per_year", 1.0),
    "EUR million/year": ("money_eur_per_year", 1e6),
    "EUR billion/year": ("money_eur_per_year", 1e9),
    "GBP": ("money_gbp", 1.0),
    "GBP million": ("money_gbp", 1e6),
    # money per flying hour and per ship-year (air and maritime components), per currency
    "EUR/flight-hour": ("cost_eur_per_flight_hour", 1.0),
    "USD/flight-hour": ("cost_usd_per_flight_hour", 1.0),
    "GBP/flight-hour": ("cost_gbp_per_flight_hour", 1.0),
    "EUR/ship-year": ("cost_eur_per_ship_year", 1.0),
    "EUR million/ship-year": ("cost_eur_per_ship_year", 1e6),
    "USD/ship-year": ("cost_usd_per_ship_year", 1.0),
    "USD million/ship-year": ("cost_usd_per_ship_year", 1e6),
    # ships
    "ships": ("count", 1.0),
}

CANONICAL: dict[str, str] = {}
for _unit, (_dim, _factor) in UNITS.items():
    if _factor == 1.0:
        CANONICAL.setdefault(_dim, _unit)


#: A unit that counts things, as it reads after exactly one ("must be >= 1 troop", not "1 troops").
SINGULAR: dict[str, str] = {
    "troops": "troop", "people": "person", "airframes": "airframe", "orbits": "orbit",
    "satellites": "satellite", "units": "unit", "sorties": "sortie",
}


def amount(number: str, unit: str) -> str:
    """``number`` (as written) and ``unit``, the unit in the singular after exactly one.

    >>> amount("1", "troops"), amount("0", "troops"), amount("1", "aircraft"), amount("1", "h")
    ('1 troop', '0 troops', '1 aircraft', '1 h')
    """
    return f"{number} {SINGULAR.get(unit, unit) if number == '1' else unit}"


def dimension_of(unit: str) -> str | None:
    """Return the dimension of ``unit``, or None if the unit is unknown."""
    entry = UNITS.get(unit)
    return entry[0] if entry else None


def factor(unit: str) -> float:
    """Return the factor that converts ``unit`` to its dimension's canonical unit."""
    return UNITS[unit][1]


def units_of(dimension: str) -> list[str]:
    """Return the units of one dimension, canonical first."""
    found = [u for u, (d, _) in UNITS.items() if d == dimension]
    canonical = CANONICAL.get(dimension)
    return sorted(found, key=lambda u: (u != canonical, u))


# review s33: "a unit of cost_eur_per_ship_year" named an internal dimension; a message says what
# the number is in a reader's words, then the units a file may write (as docs/scenario-format.md).
#: Dimensions whose own name reads as plain words ("a unit of time").
PLAIN_DIMENSIONS = ("aircraft", "count", "length", "mass", "people", "power", "ratio", "speed",
                    "time", "troops", "weight")
_LABELS = {
    "fraction": "a share or probability", "rate": "a rate", "rate_per_km": "a rate per km",
    "throughput": "troops moved per day", "mass_throughput": "cargo moved per day",
    "troop_year": "a cost per troop-year", "flight_hour": "a cost per flight-hour",
    "ship_year": "a cost per ship-year", "money": "an amount of money",
    "money_per_year": "an amount of money per year",
}


def dimension_label(dimension: str) -> str:
    """A dimension in a reader's words: ``a cost per ship-year`` for ``cost_eur_per_ship_year``
    (each currency is its own dimension, but one kind of number), ``time`` for ``time``."""
    if dimension in PLAIN_DIMENSIONS:
        return dimension
    if dimension.startswith("cost_"):
        return _LABELS[dimension.split("_per_", 1)[1]]
    if dimension.startswith("money_"):
        return _LABELS["money_per_year" if dimension.endswith("_per_year") else "money"]
    return _LABELS.get(dimension, dimension.replace("_", " "))
