"""Table headers and cell words for a reader (the report's tables; the CSV keeps the keys).

A `Table`'s columns are machine keys (``share_of_army``, ``ground_h``): they head the CSV
files, whose readers join on them. The HTML report heads the same columns with words that say
what is counted, its unit, and what a share is a share *of*, and writes identifier cells
(``hq_signals``, ``army_share``, ``ground_qrf``) as words.
"""

from __future__ import annotations

import re

from reassure.vocabulary import in_words

__all__ = ["cell_words", "column_header", "column_scale"]

# {plan} is the "as planned" column's name (`plan_label`: "with US backstop", or "as planned (no
# US backstop)" for a plan without any US enabler).
_COLUMNS: dict[str, str] = {
    # force
    "nation": "Nation",
    "role": "Role",
    "deployed": "Troops deployed",
    "pool": "Troops in the rotation pool (the deployed ones included)",
    "share_of_army": "Share of the army in the rotation pool (% of the nation's army strength)",
    "limit": "Limit that binds",
    "in words": "What relaxing it is worth",
    "case": "Case",
    "relaxation": "Relaxation",
    "premise": "Premise",
    "closes_gap": "Closes the gap alone?",
    # posture and response
    "site": "Protected site",
    "ground_h": "Ground time, {plan}",
    "heli_h": "Helicopter time, {plan}",
    "air_h": "Air time, first fighter overhead, {plan}",
    "fastest_h": "Fastest, {plan}",
    "fastest_without_us_h": "Fastest, without US backstop",
    "garrison": "Garrison",
    "covers": "Protected sites it covers",
    # monitoring
    "group": "Sensor group",
    "type": "Type",
    "base": "Base",
    "orbits": "Continuous orbits",
    "airframes": "Airframes",
    "US asset": "US asset",
    "sector": "Sector of the line",
    "coverage_pct": "Time under a sensor (% of the time), {plan}",
    "revisit_mean_h": "Mean revisit (h), {plan}",
    "revisit_max_h": "Worst revisit (h), {plan}",
    "revisit_mean_without_us_h": "Mean revisit (h), without US backstop",
    # the band
    "class@base": "Sensor class at its base",
    "kind": "Kind",
    "transit_km": "Transit to the line (km)",
    "lanes": "Lanes across the band",
    "lost_per_year": "Airframes lost a year",
    "revisit_h": "Revisit (h)",
    # incidents
    "unit": "Response unit",
    "US": "US unit",
    # review s65 4: the days one incident run simulates ({simulated}: "the 90 days simulated"),
    # not "the horizon", which elsewhere is the mission's 20-30 years
    "utilisation_pct": "Utilisation (% of {simulated}), {plan}",
    "utilisation_without_us_pct": "Utilisation (% of {simulated}), without US backstop",
    "per_day": "Incidents a day",
    "detected_share": "Share detected (% of the incidents of this type)",
    # air
    "station": "Air station",
    "flown_by": "Flown by, {plan}",
    "on_station_h_per_sortie": "Time on station per sortie (h)",
    "sorties_per_day": "Sorties a day",
    "aircraft": "Aircraft, {plan}",
    "aircrews": "Aircrews",
    "flown_by_without_us": "Flown by, without US backstop",
    "aircraft_without_us": "Aircraft, without US backstop",
    # maritime
    "task": "Maritime task",
    "held_by": "Held by, {plan}",
    "held_by_without_us": "Held by, without US backstop",
    "transit_days": "Transit (days)",
    "deployment_days": "Deployment (days)",
    "montreux_capped": "Capped by the Montreux Convention?",
    "days_on_station": "Days on station per deployment",
    "ships_in_cycle": "Ships in the cycle",
    "ships_needed": "Ships needed",
    "existing_group_continuous_ships": "Existing group, continuous ships",
    # costs
    "component": "Component",
    "capital_eur_m": "Capital (EUR million)",
}

# Columns whose key means something else in one table.
_BY_TABLE: dict[tuple[str, str], str] = {
    ("plan-costs", "low"): "Low (EUR million a year), {plan}",
    ("plan-costs", "high"): "High (EUR million a year), {plan}",
    ("plan-costs", "low_without_us"): "Low (EUR million a year), without US backstop",
    ("plan-costs", "high_without_us"): "High (EUR million a year), without US backstop",
    ("units", "kind"): "Kind of unit",
    # review s34: an air station's transit is base to the station over its site, not to the line
    ("air-stations", "site"): "Site it covers (a QRA station: the site it must reach)",
    ("air-stations", "transit_km"): "Transit, base to the station (km)",
    ("band-classes", "orbits"): "Continuous orbits (short-shallow to long-deep)",
    ("band-classes", "airframes"): "Airframes (short-shallow to long-deep)",
}

_ORDINALS = ("shortest", "second", "third", "fourth", "fifth", "sixth", "next")
_P_SEEN = re.compile(r"p_seen_(" + "|".join(_ORDINALS) + r")")


def column_header(table_id: str, column: str, plan: str = "with US backstop",
                  days: float | None = None) -> str:
    """The header a reader sees for ``column`` of the table ``table_id``: words, the unit, and
    the denominator of a share; a key with no words of its own is shown as it is. ``days``: the
    days one incident run simulates, which a response unit's utilisation is a share of.

    >>> column_header("allocation", "share_of_army")
    "Share of the army in the rotation pool (% of the nation's army strength)"
    >>> column_header("site_response", "ground_h")
    'Ground time, with US backstop'
    >>> column_header("band-classes", "p_seen_shortest")
    'Chance an event of the shortest duration is seen (% of such events)'
    >>> column_header("units", "utilisation_pct", days=90)
    'Utilisation (% of the 90 days simulated), with US backstop'
    """
    text = _BY_TABLE.get((table_id, column)) or _COLUMNS.get(column)
    if text is None:
        m = _P_SEEN.fullmatch(column)
        if m is None:
            return column
        nth = m.group(1)
        what = "the shortest duration" if nth == "shortest" else (
            "the next duration" if nth == "next" else f"the {nth} shortest duration")
        text = f"Chance an event of {what} is seen (% of such events)"
    simulated = "the days simulated" if days is None else f"the {days:g} days simulated"
    return text.format(plan=plan, simulated=simulated)


# Columns a reader sees on another scale than the CSV's (the CSV keeps the model's value in full):
# shares as percentages, as the figures above the tables write them, and the hours to a site as
# minutes, or hours and minutes, as the headline writes the first fighter's "33 min" (review s12 10).
_PERCENT = frozenset({"share_of_army", "detected_share"})
# Columns kept in per cent in the CSV too (``_pct``: as figures.csv's figures of the same kind,
# review s65 4), written with their "%" and one decimal as the shares are.
_PCT = frozenset({"utilisation_pct", "utilisation_without_us_pct"})
_DURATION = frozenset({("site_response", c) for c in
                       ("ground_h", "heli_h", "air_h", "fastest_h", "fastest_without_us_h")})


def column_scale(table_id: str, column: str) -> str | None:
    """How the report writes the cells of ``column`` of ``table_id``: ``"percent"`` (a share
    stored as a fraction), ``"pct"`` (stored in per cent), ``"duration"`` (hours written as
    minutes or hours and minutes), or None (as stored).

    >>> column_scale("allocation", "share_of_army"), column_scale("band-classes", "p_seen_second")
    ('percent', 'percent')
    >>> column_scale("site_response", "air_h"), column_scale("sectors", "revisit_mean_h")
    ('duration', None)
    """
    if column in _PERCENT or _P_SEEN.fullmatch(column):
        return "percent"
    if column in _PCT:
        return "pct"
    if (table_id, column) in _DURATION:
        return "duration"
    return None


# Identifier values a table cell may hold (a role, a binding limit's kind, a unit's kind).
_CELL_WORDS: dict[str, str] = {
    "pledge": "pledge",
    "army_share": "army-share cap",
    "pledge_and_army_share": "pledge and army-share cap",
    # review s51 3: the plan's own figure for the nation (its sources say what it rests on), not
    # an official "national plan"
    "national_plan": "figure the plan gives for it",
    "pledge_and_national_plan": "pledge and the figure the plan gives for it",
    "role_cap": "role cap",
    "target": "target by role",
    "ground_qrf": "ground QRF",
    "outside_support": "outside support force",
}
_IDENTIFIER = re.compile(r"[a-z]+(?:_[a-z]+)+")


def cell_words(text: str) -> str:
    """An identifier cell as words (``hq_signals`` -> ``HQ and signals``, ``army_share`` ->
    ``army-share cap``); any other text as it is.

    >>> cell_words("hq_signals"), cell_words("air_defence"), cell_words("ground_qrf")
    ('HQ and signals', 'air defence', 'ground QRF')
    >>> cell_words("pledge_and_army_share"), cell_words("France")
    ('pledge and army-share cap', 'France')
    """
    if text in _CELL_WORDS:
        return _CELL_WORDS[text]
    if _IDENTIFIER.fullmatch(text):
        return in_words(text)
    return text
