"""Figure ids that were renamed, and the map that reads the old ones (review s41 and after).

The house rule is that a name says what a thing is, its unit included. Until s41 the incidents
section's shares were figures named ``*_fraction`` (``incidents.detected_fraction``) that held
percentages, 0–100, as did ``force.max_burden_share``; other sections already said ``_percent``
or ``_pct`` (``monitoring_band.p_satellite_shortest_event_pct``). They are now ``*_pct``
(``incidents.detected_pct``). The models' own fields keep their names where they hold a fraction
from 0 to 1 (the incidents model's ``detected_fraction``, the force model's ``max_burden_share``).

Session 43 named the unit of the figures that still held one unsaid: the chances the force's
target is fielded (``force.p_target_met`` -> ``force.p_target_met_pct``, ``force.p_target_low_met``
-> ``force.p_target_low_met_pct``), the chance an hour-long event is detected (``monitoring.pd_1h``
-> ``monitoring.pd_1h_pct``) and the busiest unit's utilisation (``incidents.utilisation_max`` ->
``incidents.utilisation_max_pct``), all percentages; and the force's costs, in EUR billion where
every other section's are ``*_eur_m`` (``force.cost_per_year_low`` ->
``force.cost_per_year_low_eur_bn``: `RENAMED_UNITS`).

A figure made once per site or per incident type is renamed by its prefix, over any site id or
type (`RENAMED_PREFIXES`): the fastest response to a site from notice, in minutes, was
``posture.air_response_<site>`` though its first unit is as often a ground unit or a helicopter as
a fighter; it is now ``posture.fastest_response_min_<site>``. The share of an incident type
detected, a percentage, was ``incidents.detected_<type>``; it is now ``incidents.detected_pct_<type>``
(s43). A new prefix may begin with its old one (``incidents.detected_`` is the start of
``incidents.detected_pct_``): a name under the new prefix (``incidents.detected_pct_strike``), or
the new prefix's own stem (``incidents.detected_pct``, a figure of its own), is never read as an
old one, so a type named ``pct`` (or ``pct_...``) has no old id to be read by.

Analysts have experiment files, commands and explore stores that use the old names. Everywhere an
id or a results column is typed (an experiment's ``outcomes`` and ``fail``, ``explore analyse
--outcome``, ``--fail`` and ``--where``, ``explore query``), and in a store written before the
rename, an old name is read as the new one with a one-line note naming both, never silently:

>>> current_id("incidents.detected_fraction")
('incidents.detected_pct', 'incidents.detected_fraction is now incidents.detected_pct (a percentage, 0–100)')
>>> current_id("force.strength_mean")
('force.strength_mean', None)
>>> current_sql("incidents_detected_fraction_without_us < 80 AND force_strength_mean_with_us > 5000")
('incidents_detected_pct_without_us < 80 AND force_strength_mean_with_us > 5000', ['incidents_detected_fraction_without_us is now incidents_detected_pct_without_us (a percentage, 0–100)'])
>>> current_id("posture.air_response_rivne-npp")[0]
'posture.fastest_response_min_rivne-npp'
>>> current_id("incidents.detected_strike")[0], current_id("incidents.detected_pct_strike")[0]
('incidents.detected_pct_strike', 'incidents.detected_pct_strike')

Code that asks whether an id or a column is an old one asks `new_id` and `new_column` (which
know the prefixes), never the dicts alone.
"""

from __future__ import annotations

import difflib
import re
import warnings
from collections.abc import Iterable
from typing import Any

__all__ = ["CASES", "RENAMED_COLUMNS", "RENAMED_FIGURES", "RENAMED_PREFIXES", "RENAMED_UNITS", "RenamedKeys", "column_holds",
           "column_note", "current_column", "current_id", "current_ids", "current_sql", "new_column", "new_id", "renamed_note"]

#: What each renamed figure holds, said in its note.
PERCENT = "a percentage, 0–100"

#: Old figure id -> new figure id (``section.key``). Only ids whose value is a percentage.
RENAMED_FIGURES: dict[str, str] = {
    "incidents.detected_fraction": "incidents.detected_pct",
    "incidents.within_threshold_incidents_fraction": "incidents.within_threshold_incidents_pct",
    "incidents.unreached_fraction": "incidents.unreached_pct",
    "incidents.within_threshold_fraction": "incidents.within_threshold_pct",
    "incidents.sites_within_threshold_fraction": "incidents.sites_within_threshold_pct",
    "incidents.unanswered_fraction": "incidents.unanswered_pct",
    "incidents.escalated_fraction": "incidents.escalated_pct",
    "incidents.activated_fraction": "incidents.activated_pct",
    "force.max_burden_share": "force.max_burden_pct",
    # s43: percentages whose names said no unit at all
    "force.p_target_met": "force.p_target_met_pct",
    "force.p_target_low_met": "force.p_target_low_met_pct",
    "monitoring.pd_1h": "monitoring.pd_1h_pct",
    "incidents.utilisation_max": "incidents.utilisation_max_pct",
}

#: What the force's costs hold, said in their notes.
EUR_BN_A_YEAR, EUR_BN = "EUR billion a year", "EUR billion"

#: Old figure id -> (new figure id, what it holds): the ids renamed to say a unit other than a
#: percentage (s43: the force's costs, in EUR billion, beside every other section's ``*_eur_m``).
RENAMED_UNITS: dict[str, tuple[str, str]] = {
    "force.cost_per_year_low": ("force.cost_per_year_low_eur_bn", EUR_BN_A_YEAR),
    "force.cost_per_year_high": ("force.cost_per_year_high_eur_bn", EUR_BN_A_YEAR),
    "force.cost_over_horizon_high": ("force.cost_over_horizon_high_eur_bn", EUR_BN),
}

#: Old id prefix -> (new prefix, what the figure holds): a figure made once per site or per
#: incident type (``section.prefix<site id>``), renamed for every site id or type, one not
#: shipped included. A name under the new prefix, or its stem, is never an old one (`_renamed`).
RENAMED_PREFIXES: dict[str, tuple[str, str]] = {
    "posture.air_response_": ("posture.fastest_response_min_",
                              "the fastest response from notice, by any unit, in minutes"),
    "incidents.detected_": ("incidents.detected_pct_", f"the share of that type's incidents detected, {PERCENT}"),
}

#: The two sides an explore store keeps each outcome for (`reassure.run.explore.store`).
CASES = ("with_us", "without_us")


def _column(figure_id: str, case: str) -> str:
    # as `reassure.run.explore.store.outcome_column` writes it (that module imports this one)
    return f"{figure_id.replace('.', '_').replace('-', '_')}_{case}"


#: Every id renamed whole: old -> (new, what it holds).
_EXACT: dict[str, tuple[str, str]] = {**{old: (new, PERCENT) for old, new in RENAMED_FIGURES.items()}, **RENAMED_UNITS}

#: Old explore results column -> (new, what it holds).
_EXACT_COLUMNS: dict[str, tuple[str, str]] = {_column(old, case): (_column(new, case), what)
                                               for old, (new, what) in _EXACT.items() for case in CASES}

#: Old explore results column -> new (``incidents_detected_fraction_with_us`` ->
#: ``incidents_detected_pct_with_us``), of every id renamed whole (`RENAMED_FIGURES`, `RENAMED_UNITS`).
RENAMED_COLUMNS: dict[str, str] = {old: new for old, (new, _) in _EXACT_COLUMNS.items()}

#: Old results column prefix -> (new prefix, what it holds): ``posture_air_response_`` ->
#: ``posture_fastest_response_min_`` (a column is the prefix, the site id and ``_with_us`` or
#: ``_without_us``).
_COLUMN_PREFIXES: dict[str, tuple[str, str]] = {
    _column(old, "")[:-1]: (_column(new, "")[:-1], what) for old, (new, what) in RENAMED_PREFIXES.items()}

_CASE = "|".join(CASES)
_OLD_COLUMN = re.compile(r"\b(" + "|".join(
    [*sorted(map(re.escape, RENAMED_COLUMNS), key=len, reverse=True),
     *(re.escape(p) + r"\w+?_(?:" + _CASE + ")" for p in _COLUMN_PREFIXES)]) + r")\b")


#: Old prefix (of an id or a column) -> the rests after it that name a figure of its own
#: (``incidents.detected_`` -> ``fraction``, ``pct``): a near miss of one is a typo of that
#: figure, not a site or a type, and is left for the caller's "did you mean".
_OWN_RESTS: dict[str, set[str]] = {
    form(old): {form(n)[len(form(old)):] for n in (*_EXACT, *(v[0] for v in _EXACT.values()), new.rstrip("_"))
                if form(n).startswith(form(old))}
    for old, (new, _) in RENAMED_PREFIXES.items()
    for form in (lambda x: x, lambda x: _column(x, "")[:-1])}
_CASE_END = re.compile(r"_(?:" + "|".join(CASES) + ")$")


def _renamed(name: str, exact: dict[str, tuple[str, str]], prefixes: dict[str, tuple[str, str]],
             suffix: re.Pattern[str] | None = None) -> tuple[str, str] | None:
    """The new name of an old ``name`` and what it holds, or None when it is no old name.

    A name under a rule's new prefix (``incidents.detected_pct_strike``), or equal to its stem
    (``incidents.detected_pct``), is a new name, though it begins with the old prefix
    (``incidents.detected_``): never renamed again. Nor is a near miss of a figure of its own
    under the old prefix (``incidents.detected_fractoin``): a typo, not an incident type."""
    if name in exact:
        return exact[name]
    for old, (new, what) in prefixes.items():
        rest = name[len(old):]
        if name.startswith(new) or name == new.rstrip("_"):
            continue
        if name.startswith(old) and rest and (suffix is None or suffix.fullmatch(rest)):
            core = _CASE_END.sub("", rest) if suffix is not None else rest
            if difflib.get_close_matches(core, _OWN_RESTS.get(old, ()), n=1, cutoff=0.75):
                return None
            return new + rest, what
    return None


_SITE_AND_CASE = re.compile(r"\w+_(?:" + _CASE + ")")


def new_id(figure_id: str) -> str | None:
    """The new id of an old ``figure_id`` (``incidents.detected_fraction``,
    ``posture.air_response_<site>``), or None when it is no old id."""
    found = _renamed(figure_id, _EXACT, RENAMED_PREFIXES)
    return found[0] if found else None


def new_column(column: str) -> str | None:
    """The new name of an old results ``column`` (``incidents_detected_fraction_with_us``,
    ``posture_air_response_<site>_without_us``), or None when it is no old column."""
    found = _renamed(column, _EXACT_COLUMNS, _COLUMN_PREFIXES, _SITE_AND_CASE)
    return found[0] if found else None


def renamed_note(old: str) -> str:
    """``incidents.detected_fraction is now incidents.detected_pct (a percentage, 0–100)``."""
    found = _renamed(old, _EXACT, RENAMED_PREFIXES)
    if found is None:
        raise KeyError(old)
    return f"{old} is now {found[0]} ({found[1]})"


def column_note(old: str) -> str:
    """``incidents_detected_fraction_with_us is now incidents_detected_pct_with_us (a percentage, 0–100)``."""
    found = _renamed(old, _EXACT_COLUMNS, _COLUMN_PREFIXES, _SITE_AND_CASE)
    if found is None:
        raise KeyError(old)
    return f"{old} is now {found[0]} ({found[1]})"


def column_holds(old: str) -> str:
    """What an old results column ``old`` holds, as its note says it (``a percentage, 0–100``)."""
    found = _renamed(old, _EXACT_COLUMNS, _COLUMN_PREFIXES, _SITE_AND_CASE)
    if found is None:
        raise KeyError(old)
    return found[1]


def current_id(figure_id: str) -> tuple[str, str | None]:
    """The id ``figure_id`` now has, and the note to print when it was an old one (else None)."""
    new = new_id(figure_id)
    if new is not None:
        return new, renamed_note(figure_id)
    return figure_id, None


def current_column(column: str) -> tuple[str, str | None]:
    """The results column ``column`` now is, and the note when it was an old one (else None)."""
    new = new_column(column)
    if new is not None:
        return new, column_note(column)
    return column, None


def current_ids(ids: Iterable[str]) -> tuple[list[str], list[str]]:
    """``ids`` with every old id replaced by its new one (order kept), and a note for each."""
    out, notes = [], []
    for figure_id in ids:
        new, note = current_id(figure_id)
        out.append(new)
        if note:
            notes.append(note)
    return out, notes


def current_sql(text: str) -> tuple[str, list[str]]:
    """A SQL condition or query ``text`` with the old results columns it names replaced by the
    new ones, and a note for each (once, in the order they first appear)."""
    notes: dict[str, None] = {}

    def swap(m: re.Match[str]) -> str:
        new = new_column(m[1])
        if new is None:  # the prefix's pattern matched a name that is no old column
            return m[1]
        notes[column_note(m[1])] = None
        return new

    return _OLD_COLUMN.sub(swap, text), list(notes)


class RenamedKeys(dict[str, Any]):
    """A dict by figure id (``reassure.compare(...).attrs["rows"]``) that finds an entry by its
    old id too (or a row under it, ``incidents.within_threshold_fraction.setting``), with a
    ``FutureWarning`` naming both.

    >>> import warnings
    >>> rows = RenamedKeys({"incidents.detected_pct": 1})
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     rows["incidents.detected_fraction"], str(caught[0].message)
    (1, 'incidents.detected_fraction is now incidents.detected_pct (a percentage, 0–100)')
    """

    def __missing__(self, key: str) -> Any:
        if isinstance(key, str):
            # a figure id (``section.key``; neither its key nor a site id or incident type holds
            # a dot) or a row under one (``posture.air_response_rivne-npp.setting``)
            section, _, rest = key.partition(".")
            figure, dot, row = rest.partition(".")
            new = new_id(f"{section}.{figure}")
            if new is not None and new + dot + row in self:
                warnings.warn(renamed_note(f"{section}.{figure}"), FutureWarning, stacklevel=2)
                return self[new + dot + row]
        raise KeyError(key)
