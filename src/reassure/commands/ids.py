"""`reassure ids`: the ids a scenario author needs — air bases, sites and nations of a theatre."""

from __future__ import annotations

from typing import Annotated

import typer

__all__ = ["command"]


def command(
    theatre: Annotated[str, typer.Argument(help="theatre (e.g. ukraine-2025) or a shipped scenario name")] = "ukraine-2025",
    kind: Annotated[str | None, typer.Argument(help="bases, sites or nations (default: all three)")] = None,
    format: Annotated[str, typer.Option("--format", help="table or json")] = "table",
) -> None:
    """List the ids a scenario can use: air bases, sites and nations."""
    from reassure.errors import ReassureError, did_you_mean
    from reassure.present.ids import KINDS, print_ids, theatre_ids
    from reassure.present.output import check_format, print_json

    format = check_format(format)
    if kind is not None and kind not in KINDS:
        raise ReassureError(f"{kind}: must be one of {', '.join(KINDS)}{did_you_mean(kind, KINDS)}")
    data = theatre_ids(theatre)
    kinds = (kind,) if kind else KINDS
    if format == "json":
        print_json({"theatre": data["theatre"], **{k: data[k] for k in kinds}})
        return
    print_ids(data, kinds)
