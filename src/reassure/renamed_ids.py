"""Figure ids that were renamed, and the map that reads the old ones (review s41).

The house rule is that a name says what a thing is, its unit included. Until s41 the incidents
section's shares were figures named ``*_fraction`` (``incidents.detected_fraction``) that held
percentages, 0–100, as did ``force.max_burden_share``; other sections already said ``_percent``
or ``_pct`` (``monitoring_band.p_satellite_shortest_event_pct``). They are now ``*_pct``
(``incidents.detected_pct``). The models' own fields keep their names where they hold a fraction
from 0 to 1 (the incidents model's ``detected_fraction``, the force model's ``max_burden_share``).

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
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from typing import Any

__all__ = ["CASES", "RENAMED_COLUMNS", "RENAMED_FIGURES", "RenamedKeys", "column_note", "current_column",
           "current_id", "current_ids", "current_sql", "renamed_note"]

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

#: The two sides an explore store keeps each outcome for (`reassure.run.explore.store`).
CASES = ("with_us", "without_us")


def _column(figure_id: str, case: str) -> str:
    # as `reassure.run.explore.store.outcome_column` writes it (that module imports this one)
    return f"{figure_id.replace('.', '_').replace('-', '_')}_{case}"


#: Old explore results column -> new (``incidents_detected_fraction_with_us`` ->
#: ``incidents_detected_pct_with_us``).
RENAMED_COLUMNS: dict[str, str] = {_column(old, case): _column(new, case)
                                   for old, new in RENAMED_FIGURES.items() for case in CASES}

_OLD_COLUMN = re.compile(r"\b(" + "|".join(sorted(map(re.escape, RENAMED_COLUMNS), key=len, reverse=True)) + r")\b")


def renamed_note(old: str) -> str:
    """``incidents.detected_fraction is now incidents.detected_pct (a percentage, 0–100)``."""
    return f"{old} is now {RENAMED_FIGURES[old]} ({PERCENT})"


def column_note(old: str) -> str:
    """``incidents_detected_fraction_with_us is now incidents_detected_pct_with_us (a percentage, 0–100)``."""
    return f"{old} is now {RENAMED_COLUMNS[old]} ({PERCENT})"


def current_id(figure_id: str) -> tuple[str, str | None]:
    """The id ``figure_id`` now has, and the note to print when it was an old one (else None)."""
    if figure_id in RENAMED_FIGURES:
        return RENAMED_FIGURES[figure_id], renamed_note(figure_id)
    return figure_id, None


def current_column(column: str) -> tuple[str, str | None]:
    """The results column ``column`` now is, and the note when it was an old one (else None)."""
    if column in RENAMED_COLUMNS:
        return RENAMED_COLUMNS[column], column_note(column)
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
        notes[column_note(m[1])] = None
        return RENAMED_COLUMNS[m[1]]

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
        for old, new in RENAMED_FIGURES.items():
            if isinstance(key, str) and (key == old or key.startswith(old + ".")):
                warnings.warn(renamed_note(old), FutureWarning, stacklevel=2)
                return self[new + key[len(old):]]
        raise KeyError(key)
