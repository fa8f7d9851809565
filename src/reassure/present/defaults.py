"""The shipped defaults a plan leaves to `reassure/data/`, as parameter rows, and how a row's
value is written for a reader: shared by `show` (`present.scenarios`) and the report's "What
changed" table (`present.report`), which read them the same way (s53: moved here from
`present.scenarios`, which imports the report, so that the report need not import it back)."""

from __future__ import annotations

from typing import Any

from reassure.present.units import quantity_text as _unit_text

__all__ = ["quantity_text", "reader_text", "shipped_default_rows", "written_text"]


def shipped_default_rows(s: Any) -> list[dict[str, Any]]:
    """The parameters the scenario leaves out and the model fills from the shipped, sourced
    defaults in ``reassure/data/`` (those `reassure force` lists as "shipped default used", and
    the ones it does not name because they change nothing visible: a willing nation's p_join of
    100%, a delay of none), as parameter rows with ``shipped_default`` naming the file. They
    decide the result as much as the scenario's own parameters, so `show` lists every one the
    model uses (review s12 3), whatever the nation's status."""
    from reassure.bridge.force import force_defaults

    defaults = force_defaults()
    rows: list[dict[str, Any]] = []

    def add(path: str, q: Any, where: str) -> None:
        rows.append({"path": path, "value": q.value, "low": q.low, "high": q.high, "unit": q.unit,
                     "text": q.text(), "source": list(q.source), "assumption": q.assumption,
                     "note": q.note, "shipped_default": where})

    for name, where in (("sustainable_share", "data/roles.toml"),
                        ("min_contribution", "data/roles.toml"),
                        ("cost_per_troop_year", "data/costs.toml")):
        if getattr(s.force, name) is None:
            add(f"force.{name}", defaults[name], where)
    for c in s.contributors:
        # The same fallbacks as the force bridge: status sets p_join and delay, a nation's own
        # cost in data/costs.toml sets its cost. A willing nation's p_join is a default too: the
        # model counts it in for certain, the value and source of its status in
        # data/participation.toml (review: `show` left it out, so the 100% the model used for
        # every willing nation had no source on screen); so is its delay, none. Only a ruled-out
        # nation's delay is not listed: it never joins, so no delay is used.
        if c.p_join is None:
            add(f"contributors[{c.nation}].p_join", defaults["status_p_join"][c.status],
                f"data/participation.toml, status {c.status}")
        if c.delay is None and c.status != "ruled-out":
            add(f"contributors[{c.nation}].delay", defaults["status_delay"][c.status],
                f"data/participation.toml, status {c.status}")
        if c.cost_per_troop_year is None and c.nation in defaults["nation_costs"]:
            add(f"contributors[{c.nation}].cost_per_troop_year", defaults["nation_costs"][c.nation],
                "data/costs.toml, national cost")
    # review s37 5: the incident horizon a plan leaves out defaulted to 90 days without a word
    incidents = getattr(s, "incidents", None)
    if incidents is not None and incidents.horizon is None:
        from reassure.bridge.incidents import DEFAULT_HORIZON_DAYS, DEFAULT_HORIZON_WHY
        from reassure.spec import Quantity

        add("incidents.horizon", Quantity(value=DEFAULT_HORIZON_DAYS, unit="day", assumption=DEFAULT_HORIZON_WHY),
            "reassure.bridge.incidents.DEFAULT_HORIZON_DAYS")
    return rows


def quantity_text(row: dict[str, Any]) -> str:
    """A parameter row's value as `show` prints it: a share or probability in per cent as the
    report writes it, with the value as written (`written_text`) when that is not in percent, for
    whoever edits the file (review s33: ``p_join = 0.6 probability``); any other value as written.

    >>> quantity_text({"value": 0.6, "low": 0.6, "high": 0.6, "unit": "probability", "text": "0.6 probability"})
    '60% (0.6 probability in the file)'
    >>> quantity_text({"value": 30, "low": 30, "high": 30, "unit": "percent", "text": "30 percent"})
    '30%'
    """
    written = written_text(row)
    return f"{reader_text(row)} ({written})" if written else reader_text(row)


def reader_text(row: dict[str, Any]) -> str:
    """The value alone: ``60%`` for a share or probability, as written for any other number (a
    correlation too: a coefficient, 0.3, not "30%")."""
    from reassure.spec import Quantity

    if not _is_share(row):
        return _unit_text(row)
    keys = ("value", "low", "high", "unit")
    return Quantity.model_construct(**{k: row[k] for k in keys}).reader_text()  # checked when loaded


def written_text(row: dict[str, Any]) -> str:
    """A share not written in percent, as written: ``0.25 fraction as shipped`` (a shipped
    default) or ``0.6 probability in the file``; "" otherwise.

    >>> written_text({"value": 0.25, "low": 0.25, "high": 0.25, "unit": "fraction", "text": "0.25 fraction",
    ...               "shipped_default": "data/roles.toml"})
    '0.25 fraction as shipped'
    """
    if not _is_share(row) or row["unit"] == "percent":
        return ""
    return f"{row['text']} {'as shipped' if row.get('shipped_default') else 'in the file'}"


def _is_share(row: dict[str, Any]) -> bool:
    from reassure.spec.units import dimension_of

    return dimension_of(str(row.get("unit"))) == "fraction" and not str(row.get("path", "")).endswith("correlation")
