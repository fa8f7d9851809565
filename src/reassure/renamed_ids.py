"""Figure ids that were renamed, and the map that reads the old ones (review s41 and after).

The house rule is that a name says what a thing is, its unit included. Until s41 the incidents
section's shares were figures named ``*_fraction`` (``incidents.detected_fraction``) that held
percentages, 0–100, as did ``force.max_burden_share``; other sections already said ``_percent``
or ``_pct`` (``monitoring_band.p_satellite_shortest_event_pct``). They are now ``*_pct``
(``incidents.detected_pct``). The models' own fields keep their names where they hold a fraction
from 0 to 1 (the incidents model's ``detected_fraction``, the force model's ``max_burden_share``).

A figure made once per site is renamed by its prefix, over any site id (`RENAMED_PREFIXES`): the
fastest response to a site from notice, in minutes, was ``posture.air_response_<site>`` though its
first unit is as often a ground unit or a helicopter as a fighter; it is now
``posture.fastest_response_min_<site>``.

Analysts have experiment files, commands and explore stores that use the old names. Everywhere an
id or a results column is typed (an experiment's ``outcomes`` and ``fail``, ``explore analyse
--outcome``, ``--fail`` and ``--where``, ``explore query``), and in a store written before the
rename, an old name is read as the new one with a one-line note naming both, never silently:

>>> current_id("incidents.detected_fraction")
('incidents.detected_pct', 'incidents.detected_fraction is now incidents.detected_pct (a percentage, 0–100)')
>>> current_id("force.p_target_met")
('force.p_target_met', None)
>>> current_sql("incidents_detected_fraction_without_us < 80 AND force_p_target_met_with_us > 50")
('incidents_detected_pct_without_us < 80 AND force_p_target_met_with_us > 50', ['incidents_detected_fraction_without_us is now incidents_detected_pct_without_us (a percentage, 0–100)'])
>>> current_id("posture.air_response_rivne-npp")[0]
'posture.fastest_response_min_rivne-npp'

Code that asks whether an id or a column is an old one asks `new_id` and `new_column` (which
know the prefixes), never the dicts alone.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from typing import Any

__all__ = ["CASES", "RENAMED_COLUMNS", "RENAMED_FIGURES", "RENAMED_PREFIXES", "RenamedKeys", "column_holds",
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
}

#: Old id prefix -> (new prefix, what the figure holds): a figure made once per site
#: (``section.prefix<site id>``), renamed for every site id, one not shipped included.
RENAMED_PREFIXES: dict[str, tuple[str, str]] = {
    "posture.air_response_": ("posture.fastest_response_min_",
                              "the fastest response from notice, by any unit, in minutes"),
}

#: The two sides an explore store keeps each outcome for (`reassure.run.explore.store`).
CASES = ("with_us", "without_us")


def _column(figure_id: str, case: str) -> str:
    # as `reassure.run.explore.store.outcome_column` writes it (that module imports this one)
    return f"{figure_id.replace('.', '_').replace('-', '_')}_{case}"


#: Old explore results column -> new (``incidents_detected_fraction_with_us`` ->
#: ``incidents_detected_pct_with_us``).
RENAMED_COLUMNS: dict[str, str] = {_column(old, case): _column(new, case)
                                   for old, new in RENAMED_FIGURES.items() for case in CASES}

#: Old results column prefix -> (new prefix, what it holds): ``posture_air_response_`` ->
#: ``posture_fastest_response_min_`` (a column is the prefix, the site id and ``_with_us`` or
#: ``_without_us``).
_COLUMN_PREFIXES: dict[str, tuple[str, str]] = {
    _column(old, "")[:-1]: (_column(new, "")[:-1], what) for old, (new, what) in RENAMED_PREFIXES.items()}

_CASE = "|".join(CASES)
_OLD_COLUMN = re.compile(r"\b(" + "|".join(
    [*sorted(map(re.escape, RENAMED_COLUMNS), key=len, reverse=True),
     *(re.escape(p) + r"\w+?_(?:" + _CASE + ")" for p in _COLUMN_PREFIXES)]) + r")\b")


def _renamed(name: str, exact: dict[str, str], prefixes: dict[str, tuple[str, str]],
             suffix: re.Pattern[str] | None = None) -> tuple[str, str] | None:
    """The new name of an old ``name`` and what it holds, or None when it is no old name."""
    if name in exact:
        return exact[name], PERCENT
    for old, (new, what) in prefixes.items():
        rest = name[len(old):]
        if name.startswith(old) and rest and (suffix is None or suffix.fullmatch(rest)):
            return new + rest, what
    return None


_SITE_AND_CASE = re.compile(r"\w+_(?:" + _CASE + ")")


def new_id(figure_id: str) -> str | None:
    """The new id of an old ``figure_id`` (``incidents.detected_fraction``,
    ``posture.air_response_<site>``), or None when it is no old id."""
    found = _renamed(figure_id, RENAMED_FIGURES, RENAMED_PREFIXES)
    return found[0] if found else None


def new_column(column: str) -> str | None:
    """The new name of an old results ``column`` (``incidents_detected_fraction_with_us``,
    ``posture_air_response_<site>_without_us``), or None when it is no old column."""
    found = _renamed(column, RENAMED_COLUMNS, _COLUMN_PREFIXES, _SITE_AND_CASE)
    return found[0] if found else None


def renamed_note(old: str) -> str:
    """``incidents.detected_fraction is now incidents.detected_pct (a percentage, 0–100)``."""
    found = _renamed(old, RENAMED_FIGURES, RENAMED_PREFIXES)
    if found is None:
        raise KeyError(old)
    return f"{old} is now {found[0]} ({found[1]})"


def column_note(old: str) -> str:
    """``incidents_detected_fraction_with_us is now incidents_detected_pct_with_us (a percentage, 0–100)``."""
    found = _renamed(old, RENAMED_COLUMNS, _COLUMN_PREFIXES, _SITE_AND_CASE)
    if found is None:
        raise KeyError(old)
    return f"{old} is now {found[0]} ({found[1]})"


def column_holds(old: str) -> str:
    """What an old results column ``old`` holds, as its note says it (``a percentage, 0–100``)."""
    found = _renamed(old, RENAMED_COLUMNS, _COLUMN_PREFIXES, _SITE_AND_CASE)
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
            for old, new in RENAMED_FIGURES.items():
                if key == old or key.startswith(old + "."):
                    warnings.warn(renamed_note(old), FutureWarning, stacklevel=2)
                    return self[new + key[len(old):]]
            for prefix, (new_prefix, _) in RENAMED_PREFIXES.items():
                # a site id holds no dot: ``posture.air_response_rivne-npp.setting`` is a row under
                # ``posture.air_response_rivne-npp``
                site, dot, row = key[len(prefix):].partition(".")
                new = f"{new_prefix}{site}{dot}{row}"
                if key.startswith(prefix) and site and new in self:
                    warnings.warn(renamed_note(prefix + site), FutureWarning, stacklevel=2)
                    return self[new]
        raise KeyError(key)
