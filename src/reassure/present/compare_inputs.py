"""The inputs that differ between the plans `reassure compare` sets side by side (review s38 2:
the comparison never said where the plans' inputs differ, so a reader could not tell a result
that follows from a larger target or a longer line from one that follows from noise).

One row an input whose value is not the same in every plan, each plan's value in its own cell
with its source ids or assumption (what `reassure show` lists for the parameter): first the
troops target, the nations considered as contributors, the contact line length the models use
and the US backstop elements counted on as planned; then every other scenario parameter (the
shipped defaults a plan falls back on included) and sourced statement whose value differs. A
table a plan does not have at all (no ``[air_policing]``), whose inputs are the same in every
plan that has it, is one row ("given" / "not in this plan"), not one row per input of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["INPUTS_LEGEND", "input_rows"]

#: How the inputs table is read, said beside it (terminal and compare.html).
INPUTS_LEGEND = ("Only the inputs whose value is not the same in every plan are listed, each plan's "
                 "value with its source ids or the assumption it rests on (every input of a plan: "
                 "`reassure show PLAN`); a cell that differs from the first plan's is highlighted.")

#: The inputs named first, in words, whatever their place in the file.
TARGET = "force.target_troops"
LINE = "monitoring.band.line_length"
NOT_IN_PLAN = "not in this plan"
NOT_SET = "not set"


def input_rows(scenarios: Sequence[Any], line_km: Sequence[float | None] | None = None) -> list[dict[str, Any]]:
    """Rows of kind ``input`` (key ``input:<path>``): ``values`` each plan's value as planned
    (``without_us`` the same, but every US element off), ``provenance`` each plan's source ids
    and assumption in full, ``short`` the same in brief (source ids; "assumption"), ``differs``
    whether it differs from the first plan's. Only inputs whose value differs are listed; none
    where a plan is not a loaded scenario (a test's stand-in). ``line_km``: the length of line
    each plan's monitoring figures are computed over (its `monitoring.line_km` figure), where
    it was assessed."""
    from reassure.spec import Scenario

    if len(scenarios) < 2 or not all(isinstance(s, Scenario) for s in scenarios):
        return []
    tables = [_entries(s) for s in scenarios]
    km = list(line_km or [None] * len(scenarios))
    rows = [*_target_rows(tables), *_nations_rows(scenarios), *_line_rows(scenarios, tables, km),
            *_us_rows(scenarios), *_other_rows(tables)]
    for r in rows:
        keys = r.pop("keys")
        r["differs"] = [k != keys[0] for k in keys]
        r["differs_without_us"] = ([v != r["without_us"][0] for v in r["without_us"]] if r.get("us")
                                   else list(r["differs"]))
    return rows


# -- each plan's inputs: path -> value, comparable key and provenance ---------------------------
def _entries(s: Any) -> dict[str, dict[str, Any]]:
    """Every parameter (with the shipped defaults the plan falls back on) and sourced statement
    of ``s`` by its path as `reassure show` names it."""
    from reassure.present.scenarios import (
        default_provenance_text,
        provenance_text,
        reader_text,
        shipped_default_rows,
    )
    from reassure.spec import scenario_summary

    summary = scenario_summary(s)
    out: dict[str, dict[str, Any]] = {}
    for p in summary["parameters"]:
        out[p["path"]] = {"text": reader_text(p), "key": _quantity_key(p), "provenance": provenance_text(p),
                          "short": _short(p), "source": list(p["source"]), "assumption": p.get("assumption")}
    for p in shipped_default_rows(s):
        out.setdefault(p["path"], {"text": reader_text(p), "key": _quantity_key(p),
                                   "provenance": default_provenance_text(p),
                                   "short": f"shipped default ({p['shipped_default']})",
                                   "source": list(p["source"]), "assumption": p.get("assumption")})
    # review s53 2: whose an item's assets are (`[[air.bases]] us`) moves the results without
    # the US backstop; a flag has no provenance of its own (the item's numbers carry it)
    for flag in summary.get("us_flags", []):
        value = "true" if flag["value"] else "false"
        out.setdefault(f"{flag['path']}.{flag['flag']}", {
            "text": value, "key": ("flag", flag["value"]), "provenance": "", "short": "",
            "source": [], "assumption": None})
    for st in summary["statements"]:
        text = _statement_text(st["path"], st["statement"])
        out.setdefault(st["path"], {"text": text, "key": ("statement", text), "provenance": provenance_text(st),
                                    "short": _short(st), "source": list(st["source"]),
                                    "assumption": st.get("assumption"), "statement": True})
    return out


def _quantity_key(p: dict[str, Any]) -> tuple[Any, ...]:
    """A parameter's value as the model reads it: ``0.3 probability`` and ``30 percent`` alike."""
    from reassure.spec.units import dimension_of, factor

    unit = str(p.get("unit") or "")
    k = factor(unit) if dimension_of(unit) else 1.0
    low = p["low"] if p.get("low") is not None else p.get("value")
    high = p["high"] if p.get("high") is not None else p.get("value")
    ends = tuple(None if x is None else round(float(x) * k, 9) for x in (low, high))
    return (dimension_of(unit) or unit, *ends)


def _statement_text(path: str, statement: str) -> str:
    """A sourced statement without the key its path already names: ``status=willing, ...``."""
    if path.endswith("]"):
        key = path[path.rindex("[") + 1:-1]
        parts = [x for x in statement.split(", ") if x.split("=", 1)[-1] != key]
        return ", ".join(parts) or statement
    return statement


def _short(p: dict[str, Any]) -> str:
    """Source ids (the first three of more: compare.html lists them all), then "assumption"
    where one is given: a terminal cell's provenance."""
    parts = []
    if p.get("source"):
        parts.append(_ids(list(p["source"])))
    if p.get("assumption"):
        parts.append("assumption")
    return "; ".join(parts)


def _ids(sources: list[str], most: int = 3) -> str:
    """``source: a, b, c`` (``+ 4 more`` past ``most``)."""
    more = f" + {len(sources) - most} more" if len(sources) > most else ""
    return "source: " + ", ".join(sources[:most]) + more


def _row(path: str, label: str, values: list[str], keys: list[Any], provenance: list[str],
         short: list[str], without_us: list[str] | None = None, **more: Any) -> dict[str, Any]:
    return {"key": f"input:{path}", "label": label, "kind": "input", "path": path, "unit": "", "digits": 0,
            "values": values, "without_us": list(values) if without_us is None else without_us,
            "provenance": provenance, "short": short, "keys": keys, **more}


# -- the inputs named first ---------------------------------------------------------------------
def _target_rows(tables: list[dict[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """The troops target, where the plans' differ."""
    entries = [t.get(TARGET) for t in tables]
    keys = [None if e is None else e["key"] for e in entries]
    if len(set(keys)) == 1:
        return []
    return [_row(TARGET, f"Troops target ({TARGET})", [NOT_SET if e is None else e["text"] for e in entries],
                 keys, [e["provenance"] if e else "" for e in entries], [e["short"] if e else "" for e in entries])]


def _nations_rows(scenarios: Sequence[Any]) -> list[dict[str, Any]]:
    """How many nations each plan considers as contributors, and which not every plan does."""
    nations = [[c.nation for c in s.contributors] for s in scenarios]
    keys = [tuple(sorted(n)) for n in nations]
    if len(set(keys)) == 1:
        return []
    common = set.intersection(*(set(n) for n in nations))
    values, provenance, short = [], [], []
    for s, ns in zip(scenarios, nations, strict=True):
        able = sum(c.status != "ruled-out" for c in s.contributors)
        extra = [c for c in s.contributors if c.nation not in common]
        text = f"{len(ns)} nations ({able} not ruled out)"
        if extra:
            text += "; not in every plan: " + ", ".join(c.nation for c in extra)
        values.append(text)
        sources = list(dict.fromkeys(i for c in extra for i in c.source))
        provenance.append("one [[contributors]] entry a nation, each with its source or assumption"
                          + (f"; those not in every plan: source: {', '.join(sources)}" if sources else ""))
        short.append("[[contributors]]" + (f"; {_ids(sources)}" if sources else ""))
    return [_row("contributors", "Nations considered as contributors ([[contributors]])", values, keys,
                 provenance, short)]


def _line_rows(scenarios: Sequence[Any], tables: list[dict[str, dict[str, Any]]],
               line_km: Sequence[float | None]) -> list[dict[str, Any]]:
    """The length of contact line the monitoring and incident models use (``line_km``: each
    plan's `monitoring.line_km` figure, the band's reported length the theatre trace is scaled
    to, else the trace), beside the length the plan reports; the reported length alone where
    the plan was not assessed."""
    from reassure.present.report import value_text

    values, keys, provenance, short = [], [], [], []
    for s, t, km in zip(scenarios, tables, line_km, strict=True):
        entry = t.get(LINE)
        reported = f"{entry['text']} reported" if entry else "the theatre's traced line; no [monitoring.band]"
        values.append(reported if km is None else f"{value_text(km, 'km')} used ({reported})")
        keys.append(entry["key"] if km is None and entry else None if km is None else round(km))
        provenance.append(entry["provenance"] if entry else f"theatre {s.theatre}: its traced contact line")
        short.append(entry["short"] if entry else f"theatre {s.theatre}")
    if len(set(keys)) == 1:
        return []
    return [_row(LINE, f"Contact line length used by the monitoring and incident models, km ({LINE})",
                 values, keys, provenance, short)]


def _us_rows(scenarios: Sequence[Any]) -> list[dict[str, Any]]:
    """One row a US backstop element (ISR, air defence, air support, logistics ...) that is on
    as planned in some plans and off in others; without the US, every one is off."""
    from reassure.present.scenarios import provenance_text
    from reassure.vocabulary import ENABLERS, in_words

    rows = []
    for e in ("ground_troops", *ENABLERS):
        on = [bool(getattr(s.us_backstop, e, False)) for s in scenarios]
        if len(set(on)) == 1:
            continue
        # each switch's own provenance where it has one (review 41 12: a switch turned off showed
        # the sources that had backed it on), else its table's
        whys = [s.us_backstop.provenance_of(e) for s in scenarios]
        prov = [provenance_text({"source": list(w.source), "assumption": w.assumption}) for w in whys]
        short = [_short({"source": list(w.source), "assumption": w.assumption}) for w in whys]
        words = "ISR" if e == "isr" else in_words(e) if e != "ground_troops" else "ground troops"
        rows.append(_row(f"us_backstop.{e}", f"US {words} counted on as planned (us_backstop.{e})",
                         ["on" if x else "off" for x in on], on, prov, short,
                         without_us=["off"] * len(scenarios), us=True))
    return rows


# -- every other input whose value differs -----------------------------------------------------
def _other_rows(tables: list[dict[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """A row each other parameter or statement whose value differs; a table some plans do not
    have at all, the same wherever it is given, as one row (see the module's doc)."""
    paths = _ordered(tables)
    have = [set(t) for t in tables]
    rows: list[dict[str, Any]] = []
    groups: dict[str, dict[str, Any]] = {}
    for path in paths:
        if path in (TARGET, LINE, "us_backstop") or path.startswith("us_backstop."):
            continue  # the US rows say each switch
        entries = [t.get(path) for t in tables]
        keys = [None if e is None else e["key"] for e in entries]
        if len(set(keys)) == 1:
            continue
        missing = [i for i, e in enumerate(entries) if e is None]
        roots = {_absent_root(path, have[i]) for i in missing}
        root = next(iter(roots)) if len(roots) == 1 else path
        # a whole table or item the plan does not have (a statement is an item: `[[contributors]]`
        # of one nation), not one input left unset
        whole = bool(missing) and (root != path or any(e is not None and e.get("statement") for e in entries))
        if whole and root.startswith("contributors["):
            continue  # a nation not every plan considers: the nations row names it
        if whole and len({k for k in keys if k is not None}) == 1:
            group = groups.get(root)
            if group is None:
                group = groups[root] = {"at": len(rows), "paths": []}
                rows.append({})  # its place, filled below
            group["paths"].append(path)
            continue
        values = [e["text"] if e else (NOT_IN_PLAN if whole else NOT_SET) for e in entries]
        rows.append(_row(path, path, values, keys, [e["provenance"] if e else "" for e in entries],
                         [e["short"] if e else "" for e in entries]))
    for root, group in groups.items():
        rows[group["at"]] = _group_row(root, group["paths"], tables)
    # each row beside the others of its table or item (a nation's shipped default beside its entry)
    heads = list(dict.fromkeys(_item(p) for p in paths))
    return sorted(rows, key=lambda r: heads.index(_item(r["path"])) if _item(r["path"]) in heads else len(heads))


def _item(path: str) -> str:
    """The table or list item a path is in: ``contributors[GBR]``, ``monitoring.band``."""
    if "]" in path:
        return path[: path.index("]") + 1]
    return path.rsplit(".", 1)[0] if "." in path else path


def _group_row(root: str, paths: list[str], tables: list[dict[str, dict[str, Any]]]) -> dict[str, Any]:
    """One row for a table some plans do not have: "given" or "not in this plan"."""
    from reassure.vocabulary import plural

    values, keys, provenance, short = [], [], [], []
    for t in tables:
        given = [t[p] for p in paths if p in t]
        keys.append(bool(given))
        values.append("given" if given else NOT_IN_PLAN)
        sources = list(dict.fromkeys(i for e in given for i in e["source"]))
        assumed = sum(bool(e.get("assumption")) for e in given)
        parts = ([f"source: {', '.join(sources)}"] if sources else []) + (
            [plural(assumed, "assumption")] if assumed else [])
        provenance.append("; ".join(parts))
        short.append("; ".join(([_ids(sources)] if sources else []) + parts[1 if sources else 0:]))
    label = f"{root} ({plural(len(paths), 'input')}, the same in every plan that gives them)"
    return _row(root, label, values, keys, provenance, short)


def _ordered(tables: list[dict[str, dict[str, Any]]]) -> list[str]:
    """Every path in the order the plans list them, a statement before its own parameters."""
    params = list(dict.fromkeys(p for t in tables for p, e in t.items() if not e.get("statement")))
    out = list(params)
    for st in dict.fromkeys(p for t in tables for p, e in t.items() if e.get("statement")):
        at = next((i for i, p in enumerate(out) if p.startswith((st + ".", st + "["))), len(out))
        out.insert(at, st)
    return out


def _absent_root(path: str, have: set[str]) -> str:
    """The shortest head of ``path`` (``air_policing``, ``contributors[BEL]``) that no path of
    the plan starts with: the table or item the plan does not have; ``path`` itself when the
    plan has the table and only this input is not set."""
    for i, ch in enumerate(path):
        if ch in ".[" and i:
            head = path[:i]
            if not any(p == head or p.startswith((head + ".", head + "[")) for p in have):
                return head
    return path
