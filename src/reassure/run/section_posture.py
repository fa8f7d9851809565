"""Assessment section: posture (garrisons and site cover) and response (time to each site, build-up)."""

from __future__ import annotations

from typing import Any, NamedTuple

from reassure.run.results import (
    Chart,
    Denominator,
    Figure,
    Layer,
    SectionResult,
    Table,
    Verdict,
    both_sides,
    plan_label,
)
from reassure.run.section_response import FASTEST_RESPONSE
from reassure.vocabulary import duration_text

__all__ = ["COVERED_IN_MW", "OPERATING_PLANTS", "PLANTS_COVERED_QUESTION", "PLANTS_NOT_ASKED", "PLANTS_WITHIN_QUESTION", "WHOSE_BUILDUP", "compared_covered_label", "covered_label", "excluded_sites", "on_the_ground", "plan_excluded_sites",
           "places_limit", "posture_section", "readiness_range", "theatre_plants", "weights_in_mw"]

OPERATING_PLANTS = ("rivne-npp", "khmelnytskyi-npp", "south-ukraine-npp")
POSTURE_REFS = ("posture", "force.target_troops", "force.role_mix.manoeuvre")
RESPONSE_REFS = ("posture", "air", "us_backstop")
BUILDUP_REFS = ("support_force", "us_backstop.airlift")
#: How the note on the support force's build-up starts (`reassure.run.capabilities.us_airlift_note`):
#: it names the build-up, as the chart heads it, so it reads alone among the notes (review s33).
WHOSE_BUILDUP = ("The outside support force's build-up (troops in theatre by day) brings in "
                 "reinforcements from outside Ukraine, not the reassurance force itself")


#: What the troops-in-theatre figure counts where the plan has follow-on forces (review s51 4).
FOLLOW_ON_INCLUDED = " (its first echelon and follow-on forces together)"

MANNED_FROM = ("The garrisons are manned from the force's target capped by the most the contributors "
               "can field, the best case (every nation that may join does)")


#: The label of the support force's arrival day; `readiness_range` adds the readiness it reads.
BUILDUP_CLOSE = "Days from the call until the support force's first tranche is in theatre"
#: What the arrival day reads where the readiness is a range, for a label shared by several plans.
READINESS_MID = " (its readiness taken at the midpoint of its range, support_force.readiness)"


def readiness_range(scenario: Any, r: dict[str, Any], alone: dict[str, Any]) -> str:
    """What the support force's arrival day reads of its readiness (review s53 4: "7 days" was
    printed without the range of the plan's 2-7 day readiness, whose ends give day 4 to day 9):
    the midpoint the build-up uses, the range, its source, and the arrival day at the range's ends
    (`reassure.bridge.response.buildup_inputs`), each side's where they differ; "" for a readiness
    given as one number.

    >>> from types import SimpleNamespace as N
    >>> q = N(source=["shape-vjtf"], assumption=None)
    >>> plan = N(support_force=N(readiness=q))
    >>> d = {"buildup_detail": {"readiness_days": {"low": 2.0, "mid": 4.5, "high": 7.0},
    ...                         "close_day_at_readiness_ends": [4, 9]}}
    >>> readiness_range(plan, d, d).split("; ")[-1]
    "at the range's ends: day 4 to day 9)"
    """
    detail = (r.get("buildup_detail") or {})
    days = detail.get("readiness_days")
    if not days:
        return ""
    q = getattr(getattr(scenario, "support_force", None), "readiness", None)
    src = list(getattr(q, "source", None) or ())
    said = getattr(q, "assumption", None)
    basis = f"source: {', '.join(src)}" if src else f"assumed: {said}" if said else "no source given"

    def ends(d: dict[str, Any]) -> str:
        lo, hi = (d.get("close_day_at_readiness_ends") or [None, None])[:2]
        return "day " + " to day ".join(">horizon" if x is None else f"{x:g}" for x in (lo, hi))

    at = ends(detail)
    other = ends(alone.get("buildup_detail") or {}) if (alone.get("buildup_detail") or {}).get(
        "close_day_at_readiness_ends") else at
    if other != at:
        at = f"{at}, without the US backstop {other}"
    return (f" (its readiness taken at {days['mid']:g} days, the midpoint of {days['low']:g}–{days['high']:g} "
            f"days, support_force.readiness, {basis}; at the range's ends: {at})")


def _day_to_close(close: list[dict[str, Any]], troops: float | None) -> Any:
    return next((c["day"] for c in close if c["troops"] == troops), None)


def _troops_by_day(curve: list[dict[str, Any]], day: int) -> float | None:
    return next((c["troops"] for c in curve if c["day"] == day), None)


PLANTS_COVERED_QUESTION = "Are the operating nuclear plants covered by a garrison?"
#: (review: "travel time only" while the time runs from notice, readiness included: at a plant with
#: a garrison it is all notice to move; review s38 3: "yes" beside "not covered by a garrison" came
#: from a fighter overhead while the ground took 4.4 h; review s49: counting that pass, every plan
#: answered "yes", a force of 1,000 troops and no garrison too, the fighters in Poland and Romania
#: being the same in all: the question now asks for a unit that can act at the plant)
PLANTS_WITHIN_QUESTION = ("Is an idle ground unit or helicopter within the threshold of every operating "
                          "plant (notice and travel; fighters do not count)?")
#: Why a plan is not asked the two plant questions: said in its report and beside its n/a.
PLANTS_NOT_ASKED = ("not asked: the plan protects no operating nuclear plant (each has weight 0 "
                    "or is not among its sites)")


def on_the_ground(row: dict[str, Any]) -> float | None:
    """Hours from notice until the first unit that can act at a site arrives there, a ground unit
    or a helicopter (a fighter pass overhead is not one); None when neither reaches it.

    >>> on_the_ground({"ground": 2.5, "heli": 1.0, "air": 0.4}), on_the_ground({"air": 0.4})
    (1.0, None)
    """
    times = [row[m] for m in ("ground", "heli") if row.get(m) is not None]
    return min(times) if times else None


def theatre_plants(theatre: Any) -> list[str]:
    """The theatre's operating nuclear plants (kind ``nuclear``, status ``operating``), in its
    order; :data:`OPERATING_PLANTS` where the theatre lists none with a status."""
    found = [s.id for s in getattr(theatre, "sites", ())
             if s.kind == "nuclear" and getattr(s, "status", None) == "operating"]
    return found or [p for p in OPERATING_PLANTS if p in {s.id for s in getattr(theatre, "sites", ())}]


def _times_to(scenario: Any, theatre: Any, garrisons: list[dict[str, Any]], site_ids: list[str], *,
              us_backstop: bool) -> dict[str, dict[str, Any]]:
    """The fastest ground, helicopter and air response to sites the plan does not protect, from
    the same side's units (the response capability times the plan's own sites only)."""
    import numpy as np

    from reassure.bridge.response import response_units
    from reassure.models.response import site_response

    side = scenario if us_backstop else scenario.without_us()
    by_id = {s.id: s for s in theatre.sites}
    lonlat = np.array([[by_id[i].lon, by_id[i].lat] for i in site_ids]).reshape(-1, 2)
    rows = site_response(response_units(side, theatre, garrisons), list(site_ids), lonlat).records(with_us=True)
    return {row["site"]: row for row in rows}


#: The site-response table's column that says why a time is missing ("-" in the report).
MISSING_COLUMN = "Why a time is missing"

_MODE_WORDS = {"ground": "ground", "heli": "helicopter", "air": "air"}
#: Why a mode has no time to a site: the side has no unit of it, or none within its reach.
_NO_UNIT = {"ground": "no garrison", "heli": "no helicopter in the plan",
            "air": "no fighter base in the plan"}
_OUT_OF_REACH = {"ground": "beyond every garrison's road reach",
                 "heli": "out of range: beyond every helicopter's reach (half its range, to fly back)",
                 "air": "out of range: beyond every fighter base's combat radius"}


def missing_reason(mode: str, has_unit: bool) -> str:
    """Why a response time by ``mode`` is missing ("-"): no unit of that kind, or out of range.

    >>> missing_reason("heli", False), missing_reason("air", True)
    ('helicopter: no helicopter in the plan', "air: out of range: beyond every fighter base's combat radius")
    """
    return f"{_MODE_WORDS[mode]}: {(_OUT_OF_REACH if has_unit else _NO_UNIT)[mode]}"


def _missing_times(scenario: Any, theatre: Any, r: dict[str, Any], alone: dict[str, Any]) -> dict[str, str]:
    """Per protected site, why its missing response times are missing (``{}`` when none is): the
    ground, helicopter and air columns are the plan's as planned; the last, without the US."""
    rows = r["site_response_h"]
    alone_rows = {row["site"]: row for row in alone["site_response_h"]}
    if not any(row.get(m) is None for row in rows for m in ("ground", "heli", "air")) and not any(
            (alone_rows.get(row["site"]) or {}).get("fastest") is None for row in rows):
        return {}
    from reassure.bridge.response import response_units

    modes = set(response_units(scenario, theatre, r["garrisons"]).mode)
    modes_alone = set(response_units(scenario.without_us(), theatre, alone["garrisons"]).mode)
    out = {}
    for row in rows:
        why = [missing_reason(m, m in modes) for m in ("ground", "heli", "air") if row.get(m) is None]
        if (alone_rows.get(row["site"]) or {}).get("fastest") is None and row.get("fastest") is not None:
            why.append("without the US backstop, no unit reaches it ("
                       + ", ".join(missing_reason(m, m in modes_alone) for m in ("ground", "heli", "air")) + ")")
        out[row["site"]] = "; ".join(why)
    return out


def idle_air_bases(scenario: Any, theatre: Any) -> list[str]:
    """The fighter bases named as incident responders (an incident type lists ``air``) whose
    combat radius reaches none of the places those incidents happen (the contact line, or the
    plan's protected sites): their unit is never used, utilisation 0% (review: only `respond`
    said why)."""
    import numpy as np

    from reassure.bridge._common import locate
    from reassure.bridge.response import combat_radius_km
    from reassure.geo import distance_to_line_km, geodesic_km
    from reassure.spec.sections.posture import load_aircraft_catalogue

    incidents = getattr(scenario, "incidents", None)
    types = [t for t in getattr(incidents, "types", ()) if "air" in t.responders]
    if not types:
        return []
    where = {t.where for t in types}
    sites = [theatre.site(s.site) for s in scenario.posture.sites if s.weight.canonical > 0]
    fighters = {f.id: f for f in load_aircraft_catalogue().fighters}
    kinds = ", ".join(t.id for t in types)
    places = " and ".join(p for p in (("the contact line" if "line" in where else ""),
                                      ("the protected sites" if "sites" in where and sites else "")) if p)
    out = []
    for i, b in enumerate(scenario.air.bases):
        fighter = fighters.get(b.type or "")
        if fighter is None or b.aircraft.canonical <= 0 or (b.us and not scenario.us_backstop.air_support):
            continue
        _, lon, lat = locate(theatre, b.base, f"air.bases[{i}].base", scenario)
        radius = combat_radius_km(fighter)
        nearest = []
        if "line" in where:
            nearest.append(float(distance_to_line_km(lon, lat, theatre.contact_line_lonlat)))
        if "sites" in where and sites:
            nearest.append(float(np.min(geodesic_km(lon, lat, [s.lon for s in sites], [s.lat for s in sites]))))
        if not nearest or min(nearest) <= radius:
            continue
        out.append(f"{fighter.id} at {b.base} (air.bases[{i}]) is named as a responder (incident types that list "
                   f"air: {kinds}) but is out of its {radius:,.0f} km combat radius of every place they happen "
                   f"({places}; the nearest {min(nearest):,.0f} km away): named but never used, its utilisation "
                   "0% in the incidents section")
    return out


def _protectable_weight(r: dict[str, Any]) -> float:
    """The covered share's denominator: the summed weight of the sites the force can protect."""
    return float(sum(s.get("weight") or 0.0 for s in r.get("sites", ()) if s.get("protectable")))


def excluded_sites(not_protected: Any) -> list[str]:
    """The sites of some weight the force cannot protect, as a reader names them
    (``occupied Zaporizhzhia NPP (Enerhodar)``): left out of the covered share's denominator."""
    names = []
    for row in not_protected or ():
        if not isinstance(row, dict) or (row.get("weight") or 0) <= 0:
            continue
        reason = str(row.get("reason", ""))
        why = ("occupied " if "occupied" in reason or "held by" in reason
               else "destroyed " if "destroyed" in reason else "")
        names.append(why + str(row.get("name") or row.get("id")))
    return names


def plan_excluded_sites(sections: Any) -> list[str]:
    """`excluded_sites` of a plan's posture section as planned (none without a posture section)."""
    data = next((s.data.get("with_us") for s in sections if s.name == "posture"), None)
    return excluded_sites(data.get("not_protected") if isinstance(data, dict) else None)


#: The covered share's label where every protected site's weight is stated in MW (review s50: the
#: label did not say what the share is weighted by); `covered_label` with ``mw``.
COVERED_IN_MW = ("Protectable sites covered by weight in MW (a plant's net capacity; another site an "
                 "assumed MW equivalent)")
_COVERED = "Weight of protectable sites covered"


def weights_in_mw(scenario: Any) -> bool:
    """Whether every protected site's weight is stated in MW: its provenance says so (a plant's net
    capacity in MW, another site's set equal to a plant of so many MW), in its assumption or note.

    >>> from types import SimpleNamespace as N
    >>> mw = N(assumption="weight = net capacity in MW", note=None)
    >>> weights_in_mw(N(posture=N(sites=[N(weight=mw)]))), weights_in_mw(N(posture=N(sites=[])))
    (True, False)
    """
    sites = getattr(getattr(scenario, "posture", None), "sites", ()) or ()
    texts = [" ".join(str(getattr(getattr(s, "weight", None), k, "") or "") for k in ("assumption", "note"))
             for s in sites]
    return bool(texts) and all("MW" in t for t in texts)


def covered_label(excluded: list[str], total: float | None = None, mw: bool = False) -> str:
    """The covered share's label, its denominator in words: the weighty sites it leaves out
    (`excluded_sites`), and in a plan's own report (``total``) the total weight it is a share of
    (review: "89.4%" of a weight no row gave; each site's weight is in the note under the figures);
    with ``mw`` (`weights_in_mw`), what it is weighted by (`COVERED_IN_MW`) and the total in MW.

    >>> covered_label(["occupied Zaporizhzhia NPP (Enerhodar)"])
    'Weight of protectable sites covered (occupied Zaporizhzhia NPP (Enerhodar) excluded; so are sites on the line or destroyed)'
    >>> covered_label([])
    'Weight of protectable sites covered (sites on the line or destroyed excluded)'
    >>> covered_label([], 9395)
    "Weight of protectable sites covered (% of their total weight, 9,395, each site's weight in the note below; sites on the line or destroyed excluded)"
    >>> covered_label([], 9395, mw=True).removeprefix(COVERED_IN_MW)
    " (% of their total weight, 9,395 MW, each site's weight in the note below; sites on the line or destroyed excluded)"
    """
    head = COVERED_IN_MW if mw else _COVERED
    of = "" if total is None else f"% of their total weight, {total:,.0f}{' MW' if mw else ''}, each site's weight in the note below; "
    if not excluded:
        return f"{head} ({of}sites on the line or destroyed excluded)"
    return (f"{head} ({of}{', '.join(excluded)} excluded; so are sites on the line "
            "or destroyed)")


def places_limit(r: dict[str, Any], alone: dict[str, Any], names: dict[str, str]) -> str:
    """``; limited by the candidate garrison places: ...`` where a protectable site is left
    uncovered because no candidate place beyond the standoff lies within the cover radius of it
    (the full cover's ``unreachable``, either side), not for want of garrisons; else "" (review
    s53 6: Odesa read "uncovered", 89.4%, while 3 of 7 garrisons stood idle).

    >>> r = {"uncovered_sites": ["port-odesa"], "cover_radius_road_km": 90.0,
    ...      "full_cover": {"feasible": False, "unreachable": ["port-odesa"]}}
    >>> places_limit(r, {}, {"port-odesa": "Port of Odesa"})[:90]
    '; the share is limited by the candidate garrison places: Port of Odesa has none beyond the'
    >>> places_limit({"uncovered_sites": ["kyiv"], "full_cover": {"feasible": True}}, {}, {})
    ''
    """
    left: list[str] = []
    for side in (r, alone):
        cover = side.get("full_cover") or {}
        for site in cover.get("unreachable") or ():
            if site in (side.get("uncovered_sites") or ()) and site not in left:
                left.append(site)
    if not left:
        return ""
    who = ", ".join(names.get(x, x) for x in left)
    radius = r.get("cover_radius_road_km")
    within = f" within {radius:,.0f} road km" if radius is not None else " within reach"
    return (f"; the share is limited by the candidate garrison places: {who} "
            f"{'has' if len(left) == 1 else 'have'} none beyond the standoff{within}, whatever the "
            "garrisons manned; posture.garrison_places can add a place (a town, a base) in reach")


def weights_note(scenario: Any, theatre: Any, r: dict[str, Any]) -> str | None:
    """The covered share's denominator spelt out: each protectable site's weight and what it
    stands for (a plant's net capacity in MW, or the plan's own words for a city or a port), and
    their total (review: what Kyiv and Odesa are weighted as, beside 89.4%)."""
    given = {s.site: s.weight for s in getattr(scenario.posture, "sites", ())}
    by_id = {s.id: s for s in theatre.sites}
    parts = []
    for row in r.get("sites", ()):
        w = row.get("weight") or 0.0
        if not row.get("protectable") or w <= 0:
            continue
        site = by_id.get(row["id"])
        q = given.get(row["id"])
        if site is not None and site.kind == "nuclear" and site.capacity_mw and abs(site.capacity_mw - w) < 0.5:
            basis = "its net capacity in MW"
        else:
            basis = (getattr(q, "assumption", None) or "weight as the plan gives it").rstrip(".")
        parts.append(f"{row.get('name') or row['id']} {w:,.0f} ({basis})")
    if not parts:
        return None
    return (f"The covered share is of the total weight of the protectable sites, {_protectable_weight(r):,.0f} "
            f"(posture.sites[*].weight): {'; '.join(parts)}")


def compared_covered_label(plans: list[str], excluded: list[list[str]], mw: bool = False) -> str:
    """The covered share's label for plans side by side: a site left out of one plan's
    denominator is named with the plans it is left out of, so a plan that does not protect it
    is not told it was excluded (s13 review 11); plans that leave out the same sites share the
    one-plan label. ``mw``: every plan's weights are in MW (`covered_label`).

    >>> compared_covered_label(["a", "b"], [["occupied Zaporizhzhia NPP (Enerhodar)"], []])
    'Weight of protectable sites covered (excluded: occupied Zaporizhzhia NPP (Enerhodar) in a; no site in b; in every plan, sites on the line or destroyed)'
    >>> compared_covered_label(["a", "b"], [["X"], ["X"]])
    'Weight of protectable sites covered (X excluded; so are sites on the line or destroyed)'
    """
    groups: dict[tuple[str, ...], list[str]] = {}
    for plan, names in zip(plans, excluded, strict=True):
        groups.setdefault(tuple(names), []).append(plan)
    if len(groups) == 1:
        return covered_label(list(next(iter(groups))), mw=mw)
    parts = [f"{', '.join(names) or 'no site'} in {', '.join(who)}" for names, who in groups.items()]
    return (f"{COVERED_IN_MW if mw else _COVERED} (excluded: {'; '.join(parts)}; in every plan, sites on "
            "the line or destroyed)")


_RESPONDERS = {"air": "first fighter overhead", "heli": "helicopter", "ground": "ground unit"}


def _first_responder(*rows: dict[str, Any] | None) -> str:
    """``: first fighter overhead`` when the same kind of unit is first at a site with and without
    the US backstop (the figure is the fastest of ground, helicopter and air), else ``: fighter,
    helicopter or ground unit, whichever is first``.

    >>> _first_responder({"ground": 1.0, "heli": 1.0, "air": 0.56, "fastest": 0.56}, None)
    ': first fighter overhead'
    """
    kinds = set()
    for row in rows:
        if not row or row.get("fastest") is None:
            continue
        kinds.add(next((k for k in ("air", "heli", "ground") if row.get(k) == row["fastest"]), ""))
    if len(kinds) == 1 and "" not in kinds:
        return ": " + _RESPONDERS[kinds.pop()]
    return ": fighter, helicopter or ground unit, whichever is first"


def _garrison_on_site(row: dict[str, Any] | None, site: str, threshold: str) -> str:
    """`` (garrison on site: the notice time alone, 1 h, against the 1 h threshold)`` where the
    first ground unit or helicopter at ``site`` (its row of ``site_response_h``, as planned) is
    stationed there (``<kind>@<site>``): its time is then the notice time alone, no travel in it
    (review s50: "Rivne NPP 60 min" read as a journey); else "".

    >>> _garrison_on_site({"ground": 1.0, "ground_unit": "garrison@rivne-npp", "heli": 2.0}, "rivne-npp", "1 h")
    ' (garrison on site: the notice time alone, 1 h, against the 1 h threshold)'
    >>> _garrison_on_site({"ground": 1.5, "ground_unit": "garrison@khm-npp"}, "rivne-npp", "1 h")
    ''
    """
    h = on_the_ground(row or {})
    if row is None or h is None:
        return ""
    units = [row.get(f"{mode}_unit") for mode in ("ground", "heli") if row.get(mode) == h]
    if not any(u and str(u).split("@", 1)[-1] == site for u in units):
        return ""
    return f" (garrison on site: the notice time alone, {duration_text(h)}, against the {threshold} threshold)"


class _OperatingPlants(NamedTuple):
    """The theatre's operating plants, those the plan protects, and those it leaves out."""

    operating: list[str]
    protected: list[str]
    outside: list[str]


def _garrison_refs(scenario: Any, r: dict[str, Any], alone: dict[str, Any]) -> tuple[str, ...]:
    """What the garrison count reads: the posture, and the best-case allocation where it caps it."""
    # The garrison count reads the force's target and manoeuvre share, capped by the strength
    # the contributors can field at best on that side: where that cap binds (either side), the
    # garrisons, and the responses from them, read the best-case allocation too.
    posture_refs: tuple[str, ...] = POSTURE_REFS
    if r.get("fieldable_troops") is not None or alone.get("fieldable_troops") is not None:
        from reassure.run.section_force import allocation_refs

        posture_refs = tuple(dict.fromkeys((*POSTURE_REFS, *allocation_refs(scenario))))
    return posture_refs


def _response_refs(scenario: Any, aircraft: Any, posture_refs: tuple[str, ...]) -> tuple[str, ...]:
    """What the response times read: the garrisons' reads and the sources of the aircraft used."""
    from reassure.spec import walk_provenanced

    types = {b.type for b in scenario.air.bases} | {h.type for h in getattr(scenario.air, "helicopters", ())}
    # the responses start from the garrisons: they read what the garrisons read
    return tuple(dict.fromkeys((*RESPONSE_REFS, *posture_refs))) + tuple(sorted(
        {f"data:aircraft:{sid}" for kind in ("fighters", "helicopters") for t in getattr(aircraft, kind)
         if t.id in types for _, item in walk_provenanced(t) for sid in item.source}
        | {f"data:aircraft:{sid}" for _, item in walk_provenanced(aircraft.qra) for sid in item.source}))


def _operating_plants(theatre: Any, r: dict[str, Any]) -> _OperatingPlants:
    """The theatre's operating plants, split into those the plan protects and those it leaves out."""
    # the theatre's operating plants, the plan's or not (review: a plan protecting Rivne alone was
    # told "operating plants not covered: none" with two more plants operating)
    operating = theatre_plants(theatre)
    # (review s34) the operating plants the plan protects: a plant given weight 0 ("not
    # protected in this variant") is neither asked about nor headlined as protected
    plants = [p for p in operating
              if p in {s["id"] for s in r["sites"] if (s.get("weight") or 0) > 0}]
    outside = [p for p in operating if p not in plants]
    return _OperatingPlants(operating, plants, outside)


def _site_names(r: dict[str, Any], theatre: Any) -> dict[str, str]:
    """Each site's name by id, the plan's sites first, then the theatre's."""
    site_name = {s["id"]: s.get("name") or s["id"] for s in r["sites"]}  # labels use names
    site_name.update({s.id: s.name for s in theatre.sites if s.id not in site_name})
    return site_name


def _plant_response_rows(scenario: Any, theatre: Any, r: dict[str, Any], alone: dict[str, Any],
                         op: _OperatingPlants) -> tuple[dict[str, Any], dict[str, Any], float]:
    """Each site's response row by id on both sides (plants outside the plan too), and the threshold in hours."""
    _, plants, outside = op
    resp = {row["site"]: row for row in r["site_response_h"]}
    resp_alone = {row["site"]: row for row in alone["site_response_h"]}
    from reassure.bridge.response import response_threshold_h

    threshold_h = response_threshold_h(scenario)

    if outside and plants:
        # the plants the plan leaves out, timed from the same units: the second question is
        # asked of every operating plant, as the first
        resp = {**_times_to(scenario, theatre, r["garrisons"], outside, us_backstop=True), **resp}
        resp_alone = {**_times_to(scenario, theatre, alone["garrisons"], outside, us_backstop=False),
                      **resp_alone}
    return resp, resp_alone, threshold_h


def _all_within(rows: dict[str, Any], asked_of: list[str], threshold_h: float) -> bool:
    """Whether an idle ground unit or helicopter reaches every plant asked of within the threshold."""
    return all((on_the_ground(rows.get(p, {})) or 1e9) <= threshold_h for p in asked_of)


def _site_list(ids: Any, site_name: dict[str, str]) -> str:
    """The sites' names, in the order of their ids, or "none"."""
    return ", ".join(site_name[i] for i in sorted(ids)) or "none"


def _plants_covered_words(cover: set[str], op: _OperatingPlants, site_name: dict[str, str]) -> str:
    """Which operating plants ``cover`` holds, which it leaves, and which the plan leaves out."""
    operating, plants, outside = op
    if not outside:
        return (f"operating plants covered: {_site_list(cover & set(plants), site_name)}; "
                f"operating plants not covered: {_site_list(set(plants) - cover, site_name)}")
    held = cover & set(plants)
    text = (f"{len(held)} of the theatre's {len(operating)} operating plants "
            f"{'is' if len(held) == 1 else 'are'} in the plan and covered: {_site_list(held, site_name)}")
    if set(plants) - cover:
        text += f"; in the plan but not covered: {_site_list(set(plants) - cover, site_name)}"
    return text + f"; not in the plan (not among its sites, or weight 0), so not covered: {_site_list(outside, site_name)}"


def _slowest_plant(rows: dict[str, Any], plants: list[str], asked_of: list[str]) -> tuple[str, str]:
    """The operating plant an idle unit reaches last, and in how long (review s33: the
    verdict's why named no time and no threshold)."""
    if not plants:
        return "", ""
    p = max(asked_of, key=lambda p: on_the_ground(rows.get(p, {})) or float("inf"))
    h = on_the_ground(rows.get(p, {}))
    return p, "no ground unit or helicopter reaches it" if h is None else f"{60 * h:,.0f} min"


def _slowest_plant_words(scenario: Any, resp: dict[str, Any], resp_alone: dict[str, Any], op: _OperatingPlants,
                         asked_of: list[str], site_name: dict[str, str]) -> str:
    """The slowest operating plant to reach on each side, and how long it takes, for the verdict's why."""
    from reassure.run.section_incidents import threshold_setting

    _, plants, outside = op
    (far_id, far_t), (far_alone_id, far_t_alone) = (_slowest_plant(resp, plants, asked_of),
                                                    _slowest_plant(resp_alone, plants, asked_of))
    far, far_alone = site_name.get(far_id, ""), site_name.get(far_alone_id, "")
    if not plants:
        reached = "no operating plant to reach; "
    elif far == far_alone or not scenario.us_backstop.any:
        reached = (f"slowest operating plant for a ground unit or helicopter to reach, {far}: "
                   f"{both_sides(scenario, far_t, far_t_alone)}"
                   f"{_garrison_on_site(resp.get(far_id), far_id, threshold_setting(scenario).text)}; ")
    else:
        reached = (f"slowest operating plant for a ground unit or helicopter to reach: "
                   f"{both_sides(scenario, f'{far_t} ({far})', f'{far_t_alone} ({far_alone})')}; ")
    if outside and plants:
        reached += (f"the theatre's operating plants outside the plan ({_site_list(outside, site_name)}) "
                    "timed from the same units; ")
    return reached


def _plant_verdicts(scenario: Any, op: _OperatingPlants, site_name: dict[str, str], *, covered: set[str],
                    covered_alone: set[str], resp: dict[str, Any], resp_alone: dict[str, Any], threshold_h: float,
                    posture_refs: tuple[str, ...], response_refs: tuple[str, ...]) -> tuple[Verdict, ...]:
    """The verdicts on the operating plants: covered by a garrison, and reached within the threshold."""
    from reassure.run.section_incidents import threshold_setting

    _, plants, outside = op
    asked_of = plants + outside if plants else []
    why_cover = _plants_covered_words(covered, op, site_name)
    if covered_alone & set(plants) != covered & set(plants):
        # Without the US backstop the force mans fewer garrisons, placed afresh.
        why_cover += f"; without the US backstop: {_plants_covered_words(covered_alone, op, site_name)}"
    reached = _slowest_plant_words(scenario, resp, resp_alone, op, asked_of, site_name)
    asked = bool(plants)  # a plan that protects no operating plant is not asked about them
    if not asked:
        why_cover = PLANTS_NOT_ASKED
    return (
        # about the theatre's operating plants: one the plan leaves out is not covered
        Verdict(PLANTS_COVERED_QUESTION,
                all(p in covered for p in plants) and not outside if asked else None,
                all(p in covered_alone for p in plants) and not outside if asked else None,
                why_cover, posture_refs),
        Verdict(PLANTS_WITHIN_QUESTION,
                _all_within(resp, asked_of, threshold_h) if asked else None,
                _all_within(resp_alone, asked_of, threshold_h) if asked else None,
                (f"{reached}the faster of ground and helicopter response from notice to arrival, compared with "
                 f"the response threshold of {threshold_setting(scenario).text} (incidents.response_threshold); "
                 "before detection delay and queueing (see the incidents section)") if asked else PLANTS_NOT_ASKED,
                (*response_refs, "incidents.response_threshold"),
                setting=threshold_setting(scenario)),  # compare: each plan's threshold under it
    )


def _posture_figures(scenario: Any, r: dict[str, Any], alone: dict[str, Any], plants: list[str],
                     site_name: dict[str, str], resp: dict[str, Any], resp_alone: dict[str, Any],
                     posture_refs: tuple[str, ...], response_refs: tuple[str, ...]) -> tuple[Figure, ...]:
    """The figures: garrisons, the weight covered, sites left out, the response to each plant, the build-up."""
    mw = weights_in_mw(scenario)  # review s50: what the covered share is weighted by, in its label
    close_n = r["buildup_close"][0]["troops"] if r["buildup_close"] else None
    return (
        Figure("garrisons", "Garrisons that cover a protected site", len(r["garrisons"]), len(alone["garrisons"]), "garrisons",
               posture_refs),
        Figure("covered_weight_percent",
               covered_label(excluded_sites(r.get("not_protected", ())), _protectable_weight(r), mw)
               + places_limit(r, alone, site_name),
               r["covered_weight_percent"], alone["covered_weight_percent"], "%", posture_refs, 1,
               # review s34: 50% of Kyiv and Odesa beside 89% of five sites read as "half as much"
               denominator=Denominator("total weight of the protectable sites",
                                       _protectable_weight(r), _protectable_weight(alone),
                                       "MW" if mw else "weight"),  # review s49: "9,395 weight"
               # compare: each plan's total in its own cell of the denominator row
               common_label=covered_label(excluded_sites(r.get("not_protected", ())), mw=mw)),
        Figure("uncovered_sites", "Protectable sites left uncovered", len(r["uncovered_sites"]),
               len(alone["uncovered_sites"]), "sites", posture_refs),
        *(
            Figure(f"{FASTEST_RESPONSE}{p}", f"Fastest response to {site_name[p]} from notice"
                   f"{_first_responder(resp.get(p), resp_alone.get(p))}, minutes",
                   None if resp.get(p, {}).get("fastest") is None else 60 * resp[p]["fastest"],
                   None if resp_alone.get(p, {}).get("fastest") is None else 60 * resp_alone[p]["fastest"],
                   "min", response_refs)
            for p in plants
        ),
        Figure("buildup_day_close", BUILDUP_CLOSE + readiness_range(scenario, r, alone),
               _day_to_close(r["buildup_close"], close_n), _day_to_close(alone["buildup_close"], close_n),
               "days", BUILDUP_REFS, common_label=BUILDUP_CLOSE + READINESS_MID),
        # review s51 4: 6,310 here beside "its first echelon of 5,000 troops arrives by day 7": the
        # count is of every support-force troop landed, the follow-on forces' too, and says so
        Figure("buildup_day_7", "Support-force troops in theatre after one week"
               + (FOLLOW_ON_INCLUDED if getattr(getattr(scenario, "support_force", None), "follow_on", None) else ""),
               _troops_by_day(r["buildup"], 7), _troops_by_day(alone["buildup"], 7), "troops", BUILDUP_REFS),
    )


def _posture_charts(plan: str, r: dict[str, Any], alone: dict[str, Any], resp_alone: dict[str, Any],
                    response_refs: tuple[str, ...]) -> tuple[Chart, ...]:
    """The charts: the support force's build-up by day, and the fastest response to each site."""
    days = tuple(float(c["day"]) for c in r["buildup"])
    return (
        Chart("buildup", "Outside support force: troops in theatre by day", "line", x=days,
              series={plan: tuple(c["troops"] for c in r["buildup"]),
                      "without": tuple(c["troops"] for c in alone["buildup"])},
              x_label="day after the call", y_label="troops", refs=BUILDUP_REFS),
        Chart("site-response", "Fastest response to each protected site, hours", "bar",
              labels=tuple(row["site"] for row in r["site_response_h"]),
              series={plan: tuple(row["fastest"] or 0.0 for row in r["site_response_h"]),
                      "without": tuple((resp_alone.get(row["site"], {}).get("fastest") or 0.0)
                                       for row in r["site_response_h"])},
              x_label="hours", refs=response_refs),
    )


def _garrison_features(r: dict[str, Any], alone: dict[str, Any]) -> tuple[dict[str, Any], ...]:
    """A map point for each garrison as planned, saying whether it is manned without the US backstop."""
    alone_ids = {g["id"] for g in alone["garrisons"]}
    return tuple(
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [g["lon"], g["lat"]]},
         "properties": {"id": g["id"], "name": f"garrison {g['name']}",
                        "label": f"garrison at {g['name']}"
                                 + ("" if g["id"] in alone_ids else ", not manned without the US backstop"),
                        "without_us": g["id"] in alone_ids,
                        "covers": ", ".join(g.get("covers", [])), "colour": "#1c6b3a", "size": 7}}
        for g in r["garrisons"]
    )


def _air_rings(scenario: Any, theatre: Any, aircraft: Any) -> tuple[list[dict[str, Any]], set[str]]:
    """A combat-radius ring for each air base that times a response, and what the rings read."""
    from reassure.bridge.response import combat_radius_km

    fighters = {f.id: f for f in aircraft.fighters}
    rings = []
    ring_refs: set[str] = {"air.bases"}
    for b in scenario.air.bases:
        fighter = fighters.get(b.type or "")
        if fighter is None or b.aircraft.canonical <= 0 or (b.us and not scenario.us_backstop.air_support):
            continue  # (review s49) a base that times no response (no aircraft, US switched off): no ring
        base = theatre.airbase(b.base)
        radius = combat_radius_km(fighter)
        ring_refs.update(f"data:aircraft:{s}" for s in fighter.combat_radius.source)
        rings.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [base.lon, base.lat]},
                      "properties": {"base": b.base, "type": fighter.id, "radius_km": radius, "us": b.us,
                                     "name": f"{fighter.name} combat radius from {b.base}",
                                     "label": f"{fighter.name} from {b.base}: {radius:,.0f} km",
                                     "colour": "#a33b3b" if b.us else "#1f5fa8"}})
    return rings, ring_refs


def _garrison_features_without_us(r: dict[str, Any], alone: dict[str, Any]) -> tuple[dict[str, Any], ...]:
    """A map point for each garrison placed only without the US backstop."""
    planned_ids = {g["id"] for g in r["garrisons"]}
    return tuple(
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [g["lon"], g["lat"]]},
         "properties": {"id": g["id"], "name": f"garrison {g['name']} (without the US backstop)",
                        "label": f"garrison at {g['name']}, placed only without the US backstop",
                        "covers": ", ".join(g.get("covers", [])), "colour": "#8a6d1c", "size": 7}}
        for g in alone["garrisons"] if g["id"] not in planned_ids
    )


def _posture_layers(scenario: Any, theatre: Any, aircraft: Any, r: dict[str, Any], alone: dict[str, Any],
                    posture_refs: tuple[str, ...]) -> tuple[Layer, ...]:
    """The map layers: the garrisons, those placed only without the US backstop, the fighter rings."""
    garrison_feats = _garrison_features(r, alone)
    rings, ring_refs = _air_rings(scenario, theatre, aircraft)
    alone_feats = _garrison_features_without_us(r, alone)
    return (
        Layer("layer-garrisons", "Garrisons", "point", garrison_feats, posture_refs),
        *((Layer("layer-garrisons-without-us", "Garrisons placed only without the US backstop",
                 "point", alone_feats, posture_refs),) if alone_feats else ()),
        Layer("layer-air-rings", "Fighter combat radius from each air base", "circle", tuple(rings),
              tuple(sorted(ring_refs))),
    )


def _posture_tables(scenario: Any, theatre: Any, r: dict[str, Any], alone: dict[str, Any],
                    resp_alone: dict[str, Any], posture_refs: tuple[str, ...],
                    response_refs: tuple[str, ...]) -> tuple[Table, ...]:
    """The tables: the response time to each site, and the garrisons (on each side where they differ)."""
    why_missing = _missing_times(scenario, theatre, r, alone)
    rows = tuple(
        (row["site"], row["ground"], row["heli"], row["air"], row["fastest"],
         resp_alone.get(row["site"], {}).get("fastest"), *((why_missing[row["site"]],) if why_missing else ()))
        for row in r["site_response_h"]
    )
    tables: tuple[Table, ...] = (
        Table("site_response", "Response time to each protected site, hours (ground, helicopter, air; fastest with and without US)",
              ("site", "ground_h", "heli_h", "air_h", "fastest_h", "fastest_without_us_h",
               # review: a "-" said nothing of why; the reason, where a time is missing
               *((MISSING_COLUMN,) if why_missing else ())), rows, response_refs),
        Table("garrisons", "Garrisons and the sites each covers",
              ("garrison", "covers"), tuple((g["name"], ", ".join(g.get("covers", []))) for g in r["garrisons"]),
              posture_refs),
    )
    if alone["garrisons"] != r["garrisons"]:
        # The force fielded without the US backstop (contributors that require it stay out) mans
        # its own plan: shown in full, not only counted.
        tables += (
            Table("garrisons_without_us", "Garrisons and the sites each covers without the US backstop "
                  "(the force fielded without it mans its own plan; see the garrison figures)",
                  ("garrison", "covers"),
                  tuple((g["name"], ", ".join(g.get("covers", []))) for g in alone["garrisons"]),
                  (*posture_refs, "contributors", "us_backstop")),
        )
    return tables


def _posture_notes(scenario: Any, theatre: Any, r: dict[str, Any],
                   alone: dict[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The section's notes (build-up, garrison manning, site weights), and the model's build-up notes."""
    # review s33: whose build-up it is reads beside the figures as a note, not among the warnings
    buildup_notes = tuple(n for n in r.get("notes", ()) if n.startswith(WHOSE_BUILDUP))
    whose = buildup_notes  # (review s51 4: with that day's count, where more: `us_airlift_note`)
    # review s34 (analyst): the garrisons (and every response and incident figure from them) are
    # manned from the force in its best case; the label said nothing of it
    if r.get("fieldable_troops") is not None and r.get("n_garrisons_rule"):
        whose += (f"{MANNED_FROM}: {r['n_garrisons_rule']}"
                  + (f" with the US backstop; without it {alone['n_garrisons_rule']}"
                     if scenario.us_backstop.any and alone.get("n_garrisons_rule") != r["n_garrisons_rule"]
                     else "")
                  + ". With fewer nations the force mans fewer garrisons; the responses and incidents "
                    "below are read from these",)
    weights = weights_note(scenario, theatre, r)
    if weights:
        whose += (weights,)
    return whose, buildup_notes


def _posture_warnings(scenario: Any, theatre: Any, r: dict[str, Any], whose: tuple[str, ...],
                      buildup_notes: tuple[str, ...]) -> tuple[str, ...]:
    """The warnings: the model's notes not shown as notes, the support force's, idle air bases."""
    # review s33: a support force the file gives no way to move is this section's build-up
    return (tuple(n for n in r.get("notes", ()) if n not in whose and n not in buildup_notes)
            + tuple(scenario.load_warnings_about("support_force"))
            # review: a fighter base out of reach of every incident it is named for
            + tuple(idle_air_bases(scenario, theatre)))


def posture_section(scenario: Any, settings: dict[str, Any], r: dict[str, Any]) -> SectionResult:
    """Shape the posture and response report (`reassure.run.capabilities.posture_report`)."""
    plan = plan_label(scenario)
    from reassure.spec.sections.posture import load_aircraft_catalogue

    aircraft = load_aircraft_catalogue()
    alone = r["without_us"]
    posture_refs = _garrison_refs(scenario, r, alone)
    response_refs = _response_refs(scenario, aircraft, posture_refs)
    covered = set(r["covered_sites"])
    covered_alone = set(alone.get("covered_sites", r["covered_sites"]))
    from reassure.theatres import load_theatre

    theatre = load_theatre(scenario.theatre)
    op = _operating_plants(theatre, r)
    site_name = _site_names(r, theatre)
    resp, resp_alone, threshold_h = _plant_response_rows(scenario, theatre, r, alone, op)
    verdicts = _plant_verdicts(scenario, op, site_name, covered=covered, covered_alone=covered_alone, resp=resp,
                               resp_alone=resp_alone, threshold_h=threshold_h, posture_refs=posture_refs,
                               response_refs=response_refs)
    figures = _posture_figures(scenario, r, alone, op.protected, site_name, resp, resp_alone, posture_refs,
                               response_refs)
    charts = _posture_charts(plan, r, alone, resp_alone, response_refs)
    layers = _posture_layers(scenario, theatre, aircraft, r, alone, posture_refs)
    tables = _posture_tables(scenario, theatre, r, alone, resp_alone, posture_refs, response_refs)
    whose, buildup_notes = _posture_notes(scenario, theatre, r, alone)
    warnings = _posture_warnings(scenario, theatre, r, whose, buildup_notes)
    data = {k: v for k, v in r.items() if k != "without_us"}
    # review s37 8: each response figure footnoted to the inputs that time it, not the model's all
    from reassure.run.section_response import narrow_response

    return narrow_response(scenario, SectionResult(
        "posture", "Posture and response", verdicts, figures, charts, layers, tables,
        {"with_us": data, "without_us": alone}, warnings, notes=whose), PLANTS_WITHIN_QUESTION)
