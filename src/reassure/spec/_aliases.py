"""What a scenario author means: nation names, demonyms and sports codes, and unit synonyms.

`did_you_mean` compares spellings, so ``GER`` suggested ``GRC`` and ``Germany`` nothing, and
``soldiers`` suggested ``sorties``. These tables map what people write to the ids the files use.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

__all__ = ["UNIT_SYNONYMS", "nation_suggestion", "short_list", "unit_suggestion"]

# Demonyms and the IOC/FIFA-style codes people type for ISO 3166 alpha-3 (only where they differ).
_DEMONYMS = {
    "british": "GBR", "english": "GBR", "scottish": "GBR", "welsh": "GBR", "french": "FRA",
    "german": "DEU", "italian": "ITA", "spanish": "ESP", "polish": "POL", "dutch": "NLD",
    "belgian": "BEL", "luxembourgish": "LUX", "danish": "DNK", "norwegian": "NOR", "swedish": "SWE",
    "finnish": "FIN", "estonian": "EST", "latvian": "LVA", "lithuanian": "LTU", "czech": "CZE",
    "slovak": "SVK", "hungarian": "HUN", "romanian": "ROU", "bulgarian": "BGR", "greek": "GRC",
    "portuguese": "PRT", "irish": "IRL", "austrian": "AUT", "croatian": "HRV", "slovenian": "SVN",
    "slovene": "SVN", "icelandic": "ISL", "canadian": "CAN", "australian": "AUS", "turkish": "TUR",
    "new zealander": "NZL", "kiwi": "NZL", "japanese": "JPN", "american": "USA", "us": "USA",
    "ukrainian": "UKR", "russian": "RUS", "uk": "GBR", "britain": "GBR", "great britain": "GBR",
    "england": "GBR", "holland": "NLD", "the netherlands": "NLD", "czech republic": "CZE",
    "turkiye": "TUR", "türkiye": "TUR", "america": "USA", "united states of america": "USA",
}
_SPORT_CODES = {
    "GER": "DEU", "NED": "NLD", "DEN": "DNK", "POR": "PRT", "CRO": "HRV", "BUL": "BGR",
    "LAT": "LVA", "SLO": "SVN", "GRE": "GRC", "SUI": "CHE", "ENG": "GBR", "UK": "GBR",
}

UNIT_SYNONYMS = {
    "soldiers": "troops", "soldier": "troops", "personnel": "troops", "men": "troops",
    "troop": "troops", "people": "troops", "hours": "h", "hour": "h", "hrs": "h", "hr": "h",
    "minutes": "min", "minute": "min", "mins": "min", "days": "day", "months": "month",
    "years": "year", "yr": "year", "yrs": "year", "kilometres": "km", "kilometers": "km",
    "kilometre": "km", "kilometer": "km", "euro": "EUR", "euros": "EUR", "eur": "EUR",
    # review s33: these pointed at "%", which is no unit, so "%" got no hint; and "knots" was
    # told "did you mean 'units'?" by spelling. Each maps to a unit of `units.UNITS`.
    "%": "percent", "pct": "percent", "per cent": "percent",
    "knots": "kn", "knot": "kn", "kts": "kn", "kt": "kn", "nautical miles": "nmi", "nm": "nmi",
    "miles": "mi", "mile": "mi", "metres": "m", "meters": "m", "weeks": "week", "seconds": "s",
    "sec": "s", "ship": "ships",
}


def nation_suggestion(text: str, nations: Mapping[str, str] | Iterable[str]) -> str:
    """``"; did you mean 'DEU' (Germany)?"`` for a name, demonym, alpha-2 or sports code."""
    from reassure.errors import did_you_mean

    names = dict(nations) if isinstance(nations, Mapping) else {n: n for n in nations}
    key = text.strip()
    guess = None
    by_name = {v.lower(): k for k, v in names.items()}
    if key.lower() in by_name:
        guess = by_name[key.lower()]
    elif key.lower() in _DEMONYMS:
        guess = _DEMONYMS[key.lower()]
    elif key.upper() in _SPORT_CODES:
        guess = _SPORT_CODES[key.upper()]
    elif key.upper() in names:
        guess = key.upper()
    elif len(key) == 2:
        try:
            import pycountry

            country = pycountry.countries.get(alpha_2=key.upper())
            guess = country.alpha_3 if country else None
        except Exception:  # pycountry missing or odd input: fall back to spelling
            guess = None
    if guess is None:
        import difflib

        close = difflib.get_close_matches(key.lower(), list(by_name), n=1, cutoff=0.75)
        guess = by_name[close[0]] if close else None
    if guess is not None and guess in names:
        label = names[guess]
        return f"; did you mean '{guess}'" + (f" ({label})?" if label != guess else "?")
    return did_you_mean(text, list(names))


def unit_suggestion(unit: str, units: Iterable[str]) -> str:
    """``"; did you mean 'troops'?"`` for ``soldiers``; spelling otherwise."""
    from reassure.errors import did_you_mean

    known = list(units)
    synonym = UNIT_SYNONYMS.get(unit.strip().lower()) or UNIT_SYNONYMS.get(unit.strip())
    if synonym and synonym in known:
        return f"; did you mean '{synonym}'?"
    return did_you_mean(unit, known)


def short_list(ids: Iterable[str], limit: int = 30, *, ids_command: str = "reassure ids",
               max_chars: int = 110) -> str:
    """`` (valid: A, B, C)`` when the list is short enough to read in an error; else the command
    that lists them (a long list was cut to a bare "..." by the message limit: s13 review 11)."""
    items = sorted(ids)
    listed = ", ".join(items)
    if len(items) <= limit and len(listed) <= max_chars:
        return f" (valid: {listed})"
    return f" (list them with `{ids_command}`)"
