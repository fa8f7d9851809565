"""Writing results: JSON to stdout, and a shared rich console."""

from __future__ import annotations

import json
import math
import sys
from typing import Any

__all__ = ["FORMATS", "check_format", "console", "hours_text", "print_json", "to_jsonable"]

FORMATS = ("table", "json")


def check_format(value: str, allowed: tuple[str, ...] = FORMATS) -> str:
    """Refuse an unknown ``--format`` with the standard one-line error."""
    from reassure.errors import ReassureError, did_you_mean

    if value not in allowed:
        raise ReassureError(
            f"--format must be one of {', '.join(allowed)}{did_you_mean(value, allowed)} "
            f"(got {value!r})"
        )
    return value


def hours_text(value: float | None) -> str:
    """A duration for a table: minutes under an hour, else hours; ``-`` when there is none."""
    if value is None:
        return "-"
    return f"{value * 60:.0f} min" if value < 1 else f"{value:.1f} h"


def console(stderr: bool = False) -> Any:
    """A rich console (imported lazily)."""
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def to_jsonable(obj: Any) -> Any:
    """Plain JSON types; NaN and infinity become None (JSON has neither)."""
    if hasattr(obj, "to_dict"):
        obj = obj.to_dict()
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if hasattr(obj, "item") and callable(obj.item):  # numpy scalars
        return to_jsonable(obj.item())
    if hasattr(obj, "tolist"):
        return to_jsonable(obj.tolist())
    if hasattr(obj, "isoformat"):
        return obj.isoformat()
    return obj


def print_json(obj: Any) -> None:
    """Print ``obj`` as indented JSON on stdout."""
    json.dump(to_jsonable(obj), sys.stdout, indent=2, ensure_ascii=False, allow_nan=False)
    sys.stdout.write("\n")
