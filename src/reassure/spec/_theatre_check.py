"""Checks of a scenario against its theatre: the ids it names (nations, sites, bases) exist, and
numbers a model would misread are caught (spec/_model_checks.py).

Apart from the loader so that `Scenario.with_overrides` runs the same id checks without
importing the loader (which imports the schema, which offers `with_overrides`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reassure.errors import ScenarioFieldError, did_you_mean
from reassure.spec._aliases import nation_suggestion, short_list
from reassure.spec._problems import Loc, _dotted, _line_for

__all__ = ["_check_against_theatre", "nation_fault", "raw_id_problems", "raw_source_problems"]


def nation_fault(nation: str, theatre: Any) -> str | None:
    """What is wrong with ``nation`` as a contributor of ``theatre`` (not one of its nations, or
    a party to the ceasefire), or None."""
    if nation not in {n.iso3 for n in theatre.nations}:
        return (f"is not a nation of theatre {theatre.name}"
                f"{nation_suggestion(nation, {n.iso3: n.name for n in theatre.nations})} "
                "(use ISO 3166 alpha-3 codes such as FRA, GBR)")
    if nation in theatre.parties:
        # A party to the ceasefire is one of the sides the force stands between: its troops
        # cannot be counted in the force that reassures against them (the parties are the
        # theatre's own `[theatre] parties`, not a list kept here).
        name = next(n.name for n in theatre.nations if n.iso3 == nation)
        return (f"is {name}, a party to the ceasefire (theatre {theatre.name}: "
                f"{', '.join(theatre.parties)}), which cannot contribute troops to the "
                "reassurance force; leave it out of [[contributors]]")
    return None


def raw_id_problems(data: Any, path: Path, where: dict[Loc, tuple[Path, int]]) -> list[ScenarioFieldError]:
    """The theatre ids of a file that failed validation, checked on its raw data (review s33:
    `nation = "Germany"` without a source was told only "needs provenance", and the wrong code
    came to light once that was fixed): each bad nation, site or base, at its line."""
    from reassure.errors import TheatreError
    from reassure.theatres import load_theatre

    name = data.get("theatre") if isinstance(data, dict) else None
    if not isinstance(name, str):
        return []
    try:
        theatre = load_theatre(name)
    except (TheatreError, OSError, ValueError):
        return []  # the theatre's own error is reported once the file reads
    sites = {s.id for s in theatre.sites}
    bases = {b.id for b in theatre.airbases}

    def items(*keys: str) -> list[tuple[Loc, Any]]:
        node: Any = data
        for key in keys:
            node = node.get(key) if isinstance(node, dict) else None
        return [((*keys, i), x) for i, x in enumerate(node)] if isinstance(node, list) else []

    out: list[ScenarioFieldError] = []

    def add(loc: Loc, message: str, got: str) -> None:
        file, line = _line_for(loc, where, path)
        out.append(ScenarioFieldError(file, message, field=_dotted(loc, data), line=line, got=got))

    for loc, row in items("contributors"):
        nation = row.get("nation") if isinstance(row, dict) else None
        if isinstance(nation, str) and (fault := nation_fault(nation, theatre)):
            add((*loc, "nation"), fault, nation)
    for loc, row in items("posture", "sites"):
        site = row.get("site") if isinstance(row, dict) else None
        if isinstance(site, str) and site not in sites:
            add((*loc, "site"), f"is not a site of theatre {theatre.name}{did_you_mean(site, sites)}"
                f"{short_list(sites, ids_command=f'reassure ids {theatre.name} sites')}", site)
    rows = [*items("air", "bases"), *items("monitoring", "fleets"), *items("air_policing", "stations")]
    sf = data.get("support_force")
    refs = [((*loc, "base"), row.get("base")) for loc, row in rows if isinstance(row, dict)]
    if isinstance(sf, dict):
        refs.append((("support_force", "base"), sf.get("base")))
    for loc, base in refs:
        if isinstance(base, str) and base not in bases:
            add(loc, f"is not an air base of theatre {theatre.name}{did_you_mean(base, bases)}"
                f"{short_list(bases, ids_command=f'reassure ids {theatre.name} bases')}", base)
    return out


def raw_source_problems(data: Any, path: Path, where: dict[Loc, tuple[Path, int]],
                        shipped_dir: Path) -> list[ScenarioFieldError]:
    """The `source = [...]` ids of a file that failed validation, checked on its raw data (review
    s34: a bad unit and a misspelt field hid an unknown source id, which came to light only once
    they were fixed, since the ids are checked after the whole file reads). Each unknown id at
    its line, worded as the check on a file that reads (`_catalogue.check_sources`)."""
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        return []
    if not all(isinstance(s, dict) and isinstance(s.get("id"), str) for s in data["sources"]):
        return []  # a broken [[sources]] is the problem; every id would read as unknown
    known = {s["id"] for s in data["sources"]}
    shipped = shipped_dir.resolve()  # (the shipped scenarios' folder, given by the loader)
    out: list[ScenarioFieldError] = []

    def ids(value: Any) -> list[str]:
        if isinstance(value, str):
            return [value]
        return [x for x in value if isinstance(x, str)] if isinstance(value, list) else []

    def add(loc: Loc, sid: str) -> None:
        file, line = _line_for(loc, where, path)
        if Path(file).resolve().is_relative_to(shipped) and Path(path).resolve() != Path(file).resolve():
            return  # a shipped parent's ids resolve there: the child changed its [[sources]]
        out.append(ScenarioFieldError(
            file, f"names unknown source {sid!r}{did_you_mean(sid, known)}; add it to [[sources]]",
            field=_dotted(loc, data), line=line))

    todo: list[tuple[Any, Loc]] = [(v, (k,)) for k, v in data.items() if k != "sources"]
    while todo:  # iterative, file order kept by reversing what is pushed
        node, loc = todo.pop()
        if isinstance(node, dict):
            for sid in ids(node.get("source")):
                if sid not in known:
                    add((*loc, "source"), sid)
            todo.extend(reversed([(v, (*loc, k)) for k, v in node.items() if k != "source"]))
        elif isinstance(node, list):
            todo.extend(reversed([(v, (*loc, i)) for i, v in enumerate(node)]))
    for sid in ids(data.get("description_source")):
        if sid not in known:
            file, line = _line_for(("description_source",), where, path)
            out.append(ScenarioFieldError(
                file, f"names unknown source {sid!r}{did_you_mean(sid, known)}; add it to [[sources]]",
                field="description_source", line=line))
    return out


def _check_against_theatre(
    scenario: Any, path: Path, where: dict[Loc, tuple[Path, int]],
    on_fail: Callable[[Loc, str, object], None] | None = None, ids_only: bool = False,
) -> None:
    """The ids a scenario names (nations, sites, bases) exist in its theatre, and numbers the
    models would misread are caught. ``on_fail`` raises the error instead of the file's own
    (`Scenario.with_overrides` names the override, not the file: s13 review 2); ``ids_only``
    stops after the ids (an override's numbers keep the checks they had: explore varies a
    fleet's `end` past the line's end, which the model clips)."""
    from reassure.errors import TheatreError
    from reassure.theatres import available_theatres, load_theatre

    def fail(loc: Loc, message: str, got: object) -> None:
        if on_fail is not None:
            on_fail(loc, message, got)
        file, line = _line_for(loc, where, path)
        raise ScenarioFieldError(file, message, field=_dotted(loc, scenario), line=line, got=got)

    try:
        theatre = load_theatre(scenario.theatre)
    except TheatreError:
        names = available_theatres()
        fail(
            ("theatre",),
            f"is not a known theatre{did_you_mean(scenario.theatre, names)} "
            f"(known: {', '.join(names)})",
            scenario.theatre,
        )
        raise  # unreachable; keeps type checkers calm
    sites = {s.id for s in theatre.sites}
    bases = {b.id for b in theatre.airbases}
    if not scenario.contributors:  # (review s52) passed validate, then failed in the force model
        fail(("contributors",), "lists no nation: the force model needs at least one contributor; add a "
             '[[contributors]] table (nation = "FRA", status = "willing", ...) with its source or assumption',
             [])
    seen_nations: set[str] = set()
    for i, c in enumerate(scenario.contributors):
        fault = nation_fault(c.nation, theatre)
        if fault:
            fail(("contributors", i, "nation"), fault, c.nation)
        if c.nation in seen_nations:
            fail(("contributors", i, "nation"), "is listed twice", c.nation)
        seen_nations.add(c.nation)
    for i, s in enumerate(scenario.posture.sites):
        if s.site not in sites:
            fail(("posture", "sites", i, "site"),
                 f"is not a site of theatre {theatre.name}{did_you_mean(s.site, sites)}"
                 f"{short_list(sites, ids_command=f'reassure ids {theatre.name} sites')}",
                 s.site)
    refs: list[tuple[Loc, str | None]] = [
        (("air", "bases", i, "base"), b.base) for i, b in enumerate(scenario.air.bases)
    ]
    refs.append((("support_force", "base"), scenario.support_force.base))
    refs += [
        (("monitoring", "fleets", i, "base"), f.base) for i, f in enumerate(scenario.monitoring.fleets)
    ]
    if scenario.air_policing is not None:
        refs += [(("air_policing", "stations", i, "base"), st.base)
                 for i, st in enumerate(scenario.air_policing.stations)]
    for loc, base in refs:
        if base is not None and base not in bases:
            fail(loc, f"is not an air base of theatre {theatre.name}{did_you_mean(base, bases)}"
                      f"{short_list(bases, ids_command=f'reassure ids {theatre.name} bases')}", base)
    places = sites | bases
    either: list[tuple[Loc, str | None]] = [
        (("posture", "existing", i), ref) for i, ref in enumerate(scenario.posture.existing)
    ]
    either.append((("support_force", "arrival"), scenario.support_force.arrival))
    either += [(("air", "helicopters", i, "base"), h.base) for i, h in enumerate(scenario.air.helicopters)
               if h.base != "garrisons"]
    if scenario.air_policing is not None:
        either += [(("air_policing", "stations", i, "site"), st.site)
                   for i, st in enumerate(scenario.air_policing.stations)]
    if scenario.maritime is not None:
        for i, t in enumerate(scenario.maritime.tasks):
            either += [(("maritime", "tasks", i, "home"), t.home), (("maritime", "tasks", i, "station"), t.station)]
    own_places = {p.id for p in scenario.posture.garrison_places}
    for loc, ref in either:
        if loc[:2] == ("posture", "existing") and ref in own_places:
            continue  # a garrison that stays at one of the plan's own places
        if ref is not None and ref not in places:
            fail(loc, f"is not a site or air base of theatre {theatre.name}{did_you_mean(ref, places)}", ref)
    for i, place in enumerate(scenario.posture.garrison_places):  # a repeated id: spec/_load's rule
        if place.id in places:
            fail(("posture", "garrison_places", i, "id"),
                 f"is a site or air base of theatre {theatre.name}: a garrison place needs an id of its own",
                 place.id)
    for i, ref in enumerate(scenario.posture.neighbour_candidates):
        if ref not in bases:
            fail(("posture", "neighbour_candidates", i),
                 f"is not an air base of theatre {theatre.name}{did_you_mean(ref, bases)}", ref)
    if ids_only:
        return
    # Numbers a model would read as something else (r6 H1, M1): spec/_model_checks.py.
    from reassure.spec._model_checks import check_model_inputs

    def warn(loc: Loc, message: str) -> str:
        file, line = _line_for(loc, where, path)
        return f"{file}:{line}: {_dotted(loc, scenario)} {message}"

    def changed_here(loc: Loc) -> bool:
        # set by the file read (its own line for it), over the plan it extends: a variant's change
        hit = where.get(tuple(loc))
        return scenario.extends is not None and hit is not None and Path(hit[0]).resolve() == Path(path).resolve()

    scenario._load_warnings += tuple(check_model_inputs(scenario, theatre, fail, warn, changed_here))
    from reassure.spec._model_checks import missing_model_fields

    needs = []
    for loc, message in missing_model_fields(scenario):
        file, line = _line_for(loc, where, path)
        needs.append(ScenarioFieldError(file, message, field=_dotted(loc, scenario), line=line))
    scenario._model_needs = tuple(needs)
