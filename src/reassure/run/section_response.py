"""The response figures of the "posture" section: what each reads, and what its first unit is.

`reassure.run.section_posture.posture_section` draws the posture and response section and ends
with `narrow_response`, which gives each response figure the footnote of the inputs that time it
(review s37 8: the fighter's time to South Ukraine NPP cited 80 entries, the force generation's
political statements and assumptions among them) and says in the plants verdict when the first
unit there is a fighter pass overhead (review s37 1).

A unit's time is its readiness plus its distance over its speed (`reassure.models.response`):

* a fighter (``typhoon@EPRZ``): the base's ``readiness`` (``air.bases[i].readiness``), the type's
  cruise speed and combat radius (the aircraft catalogue's sources), where its base is (the
  theatre's air-base table) and, for a US base, the US backstop's ``air_support``;
* a helicopter detachment (``heli-qrf@rivne-npp``): its ``readiness``, the type's cruise speed and
  range, where it stands (a garrison's or its base's place);
* a ground QRF (``qrf@rivne-npp``): ``posture.qrf_readiness``, ``qrf_speed`` and
  ``detour_factor``, and where its garrison stands (the theatre's place, placed beyond
  ``posture.standoff`` with ``posture.garrison_troops`` each);

and the site it goes to (the theatre's sites table). How many garrisons the force can man (the
force's allocation) is the garrison figures' footnote, not the travel time's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from reassure.run.results import SectionResult

__all__ = ["FASTEST_RESPONSE", "MODES", "first_mode", "mode_refs", "narrow_response", "site_refs", "unit_refs"]

#: The key of the posture figure of the fastest response to a site from notice, in minutes, by
#: any unit (ground, helicopter or air): ``fastest_response_min_<site>``. It was
#: ``air_response_<site>``, an old id still read where one is typed
#: (`reassure.renamed_ids.RENAMED_PREFIXES`).
FASTEST_RESPONSE = "fastest_response_min_"

#: The kinds of responder of the site rows, in the order a tie is read (a fighter first: the
#: figures' "first fighter overhead").
MODES = ("air", "heli", "ground")
_GROUND = ("posture.qrf_readiness", "posture.qrf_speed", "posture.detour_factor")
_GARRISON = ("posture.standoff", "posture.garrison_troops")


def _theatre(scenario: Any) -> Any:
    from reassure.theatres import load_theatre

    return load_theatre(scenario.theatre)


def _place_refs(theatre: Any, place: str) -> tuple[str, ...]:
    """The theatre's sources for where ``place`` (a site or an air base) is."""
    for look in (theatre.site, theatre.airbase):
        try:
            return tuple(f"theatre:{s}" for s in look(place).source)
        except Exception:  # noqa: BLE001  # not that kind of place
            continue
    return ()


def site_refs(scenario: Any, site: str) -> tuple[str, ...]:
    """Where the site a response goes to is (the theatre's sites table)."""
    return _place_refs(_theatre(scenario), site)


def _catalogue(kind: str, type_id: str | None, fields: Iterable[str]) -> tuple[str, ...]:
    from reassure.spec.sections.posture import load_aircraft_catalogue

    try:
        t = load_aircraft_catalogue().get(kind, type_id or "")
    except KeyError:
        return ()
    return tuple(f"data:aircraft:{sid}" for f in fields for sid in getattr(t, f).source)


def unit_refs(scenario: Any, unit: str | None, mode: str) -> tuple[str, ...]:
    """The inputs that time ``unit`` (a site row's ``air_unit``, ``heli_unit`` or ``ground_unit``,
    ``kind@place``) of ``mode``: its readiness, speed and reach, and where it stands.

    >>> from reassure.spec import load_scenario
    >>> unit_refs(load_scenario("europe-2025"), "qrf@rivne-npp", "ground")[:3]
    ('posture.qrf_readiness', 'posture.qrf_speed', 'posture.detour_factor')
    """
    if not unit:
        return ()
    kind, _, place = unit.partition("@")
    place = place.split("#", 1)[0]
    theatre = _theatre(scenario)
    refs: list[str] = []
    if mode == "ground":
        refs += [*_GROUND, *_GARRISON, *_place_refs(theatre, place)]
    elif mode == "heli":
        for i, h in enumerate(getattr(scenario.air, "helicopters", ())):
            if h.id == kind:
                refs += [f"air.helicopters[{i}].readiness",
                         *_catalogue("helicopters", h.type, ("cruise_speed", "range"))]
                refs += [*_GARRISON] if getattr(h, "base", "") == "garrisons" else []
                refs += ["us_backstop.air_support"] if h.us else []
                break
        refs += _place_refs(theatre, place)
    elif mode == "air":
        for i, b in enumerate(scenario.air.bases):
            if b.base == place and (b.type or "") == kind:
                refs += [f"air.bases[{i}].readiness",
                         *_catalogue("fighters", b.type, ("cruise_speed", "combat_radius"))]
                refs += ["us_backstop.air_support"] if b.us else []
                break
        else:  # an air-policing alert (QRA) station (s40): its scramble's readiness, speed and sortie
            from reassure.spec.sections.posture import load_aircraft_catalogue

            spec: Any = getattr(scenario, "air_policing", None)
            for st in getattr(spec, "stations", ()):
                if st.id == kind and st.base == place:
                    k = next((k for k, p in enumerate(spec.platforms) if p.id == st.platform), None)
                    refs += [f"data:aircraft:{sid}" for sid in load_aircraft_catalogue().qra.readiness.source]
                    refs += ([f"air_policing.platforms[{k}].{f}" for f in ("cruise_speed", "sortie", "tanked_sortie")]
                             if k is not None else [])
                    break
        refs += _place_refs(theatre, place)
    return tuple(dict.fromkeys(refs))


def first_mode(row: Mapping[str, Any] | None) -> str | None:
    """The kind of unit first at a site (``air``, ``heli``, ``ground``; a tie reads as the
    first of `MODES`), None when no unit reaches it."""
    if not row or row.get("fastest") is None:
        return None
    return next((m for m in MODES if row.get(m) is not None and row[m] == row["fastest"]), None)


def mode_refs(scenario: Any, rows: Iterable[Mapping[str, Any]], mode: str | None = None) -> tuple[str, ...]:
    """What the response times of ``rows`` (site rows, one side or both) read: the unit of
    ``mode`` at each site, or (``None``) the unit first there, and the site itself."""
    refs: list[str] = []
    for row in rows:
        m = mode or first_mode(row)
        if m is None or row.get(f"{m}_unit") is None:
            continue
        refs += [*unit_refs(scenario, row[f"{m}_unit"], m), *site_refs(scenario, str(row["site"]))]
    return tuple(dict.fromkeys(refs))


def _rows(section: SectionResult, side: str) -> dict[str, Mapping[str, Any]]:
    data = section.data.get(side) or {}
    return {r["site"]: r for r in data.get("site_response_h") or () if isinstance(r, dict) and "site" in r}


def narrow_response(scenario: Any, section: SectionResult, plants_question: str) -> SectionResult:
    """``section`` (the posture and response section) with each response figure, the plants
    verdict, the site-response chart and table footnoted to the inputs that time them
    (`unit_refs`); the plants verdict (``plants_question``) to the ground units' and helicopters'
    inputs at the plants (review s49: it counts no fighter pass)."""

    rows, rows_alone = _rows(section, "with_us"), _rows(section, "without_us")
    if not rows:
        return section
    figures = []
    plants = []
    for f in section.figures:
        if f.key.startswith(FASTEST_RESPONSE):
            site = f.key.removeprefix(FASTEST_RESPONSE)
            plants.append(site)
            # the fastest of the modes: each mode's unit there could be the first, so each is read
            at_site = [r for r in (rows.get(site), rows_alone.get(site)) if r]
            refs = tuple(dict.fromkeys(x for m in MODES for x in mode_refs(scenario, at_site, m)))
            f = replace(f, refs=refs or f.refs)
        figures.append(f)
    both = [*rows.values(), *rows_alone.values()]
    everything = mode_refs(scenario, both)
    every_mode = tuple(dict.fromkeys(x for m in MODES for x in mode_refs(scenario, both, m)))
    verdicts = []
    for v in section.verdicts:
        if v.question == plants_question and plants:
            # (review s49) the question counts ground units and helicopters, not a fighter pass:
            # it reads their inputs at the plants
            first = [r for p in plants for r in (rows.get(p), rows_alone.get(p)) if r]
            refs = (*mode_refs(scenario, first, "ground"), *mode_refs(scenario, first, "heli"),
                    "incidents.response_threshold")
            v = replace(v, refs=tuple(dict.fromkeys(refs)))
        verdicts.append(v)
    charts = tuple(replace(c, refs=everything or c.refs) if c.id == "site-response" else c for c in section.charts)
    tables = tuple(replace(t, refs=every_mode or t.refs) if t.id == "site_response" else t for t in section.tables)
    return replace(section, figures=tuple(figures), verdicts=tuple(verdicts), charts=charts, tables=tables)
