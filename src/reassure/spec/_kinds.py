"""Which kind of input file a parsed TOML file is: a scenario or an experiment, from the tables
only one kind has, so that a file given to the wrong command is told so in one line (review s50:
it was a wall of "not a known field" lines)."""

from __future__ import annotations

from typing import Any

__all__ = ["EXPERIMENT_ONLY", "SCENARIO_ONLY", "experiment_file_keys", "scenario_file_keys"]

#: Tables only a scenario file has, and keys only an experiment file has: a file of the one kind
#: given where the other is expected is told so, not listed field by field.
SCENARIO_ONLY = ("theatre", "force", "contributors", "monitoring", "posture", "incidents", "extends")
EXPERIMENT_ONLY = ("design", "outcomes", "levers", "uncertainties")


def scenario_file_keys(data: dict[str, Any]) -> str:
    """``[force], [[contributors]]`` when ``data`` (a parsed TOML file) is a scenario file's and
    no experiment file's, else ""."""
    if any(k in data for k in EXPERIMENT_ONLY):
        return ""
    found = [k for k in SCENARIO_ONLY if k in data]
    shown = [f"[[{k}]]" if isinstance(data[k], list) else (f"{k} = ..." if not isinstance(data[k], dict) else f"[{k}]")
             for k in found[:2]]
    return ", ".join(shown)


def experiment_file_keys(data: dict[str, Any]) -> str:
    """``[design], outcomes = [...]`` when ``data`` is an experiment file's and no scenario
    file's, else ""."""
    if any(k in data for k in SCENARIO_ONLY):
        return ""
    found = [k for k in EXPERIMENT_ONLY if k in data]
    shown = [f"[[{k}]]" if k == "levers" else (f"[{k}]" if isinstance(data[k], dict) else f"{k} = [...]") for k in found[:2]]
    return ", ".join(shown)
