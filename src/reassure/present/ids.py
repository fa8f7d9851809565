"""The ids a scenario author needs — air bases, sites and nations of a theatre (`reassure ids`,
and the serve page's `/api/ids`).

A nation's ``role`` says whether a plan may name it in ``[[contributors]]``: the theatre's parties
to the ceasefire (`Theatre.parties`, e.g. UKR and RUS) are the sides the force stands between and
are refused there (`reassure validate`), so they are listed as such, not as contributors.
"""

from __future__ import annotations

from typing import Any

__all__ = ["CONTRIBUTOR", "KINDS", "PARTY", "print_ids", "theatre_ids"]

KINDS = ("bases", "sites", "nations")

#: A nation's ``role``: one a plan may name in ``[[contributors]]``, or a party to the ceasefire.
CONTRIBUTOR = "contributor"
PARTY = "party to the ceasefire"


def theatre_ids(name: str) -> dict[str, Any]:
    """Ids of a theatre (or of a scenario's theatre), with names and kinds."""
    from reassure.errors import ReassureError, did_you_mean
    from reassure.theatres import available_theatres, load_theatre

    theatres = available_theatres()
    if name not in theatres:
        from reassure.spec import list_scenarios, load_scenario

        scenarios = {p.stem for p in list_scenarios()}
        if name in scenarios:  # a scenario name: its theatre
            name = load_scenario(name).theatre
        else:
            raise ReassureError(
                f"{name}: no such theatre{did_you_mean(name, [*theatres, *scenarios])} "
                f"(theatres: {', '.join(theatres)}; a shipped scenario name works too)")
    t = load_theatre(name)
    return {
        "theatre": name,
        "bases": [{"id": b.id, "name": b.name, "country": b.country, "role": b.role} for b in t.airbases],
        "sites": [{"id": s.id, "name": s.name, "kind": s.kind, "status": s.status or ""} for s in t.sites],
        "nations": [{"id": n.iso3, "name": n.name, "region": n.region,
                     "role": PARTY if n.iso3 in t.parties else CONTRIBUTOR} for n in t.nations],
        "parties": list(t.parties),
    }


def print_ids(data: dict[str, Any], kinds: tuple[str, ...]) -> None:
    """One terminal table per kind of id."""
    from rich.table import Table

    from reassure.present.output import console

    out = console()
    for k in kinds:
        rows = data[k]
        title = f"{k} of {data['theatre']} ({len(rows)})"
        parties = data.get("parties") or []
        if k == "nations" and parties:  # the ids a contributor may not take, said before the rows
            title = (f"{k} of {data['theatre']} ({len(rows)}; {', '.join(parties)}: "
                     f"{'parties' if len(parties) > 1 else 'a party'} to the ceasefire, not contributors)")
        table = Table(title=title, title_justify="left")
        columns = list(rows[0]) if rows else ["id"]
        for c in columns:
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(*(str(r[c]) for c in columns))
        out.print(table)
