"""Assessment section: the standing air task (`[air_policing]`), with and without the US backstop."""

from __future__ import annotations

from typing import Any

from reassure.run._cost_figures import capital_note, cost_figures
from reassure.run.results import (
    Figure,
    Layer,
    SectionResult,
    Table,
    Verdict,
    both_sides,
    plan_case,
    spell_out,
)

__all__ = ["AIR_COMMITTED_QUESTION", "AT_MIDPOINTS", "COST_READS", "HELD_QUESTION", "LOST", "SIZING_READS", "air_section",
           "committed_verdict", "count_range", "lost_words", "own_warnings"]

HELD_QUESTION = "Can every air station be held around the clock from bases outside Ukraine?"
#: What the stations table says of a station no one flies on that side (as the maritime tasks').
LOST = "no one (lost)"

REFS = ("air_policing", "us_backstop.tanker", "us_backstop.isr")
# What each figure reads (review r8 5: a figure's footnote lists what it reads, not the whole
# section). Sorties a day: the patrols' flight time (tanked while tankers fly: us_backstop.tanker,
# european_tankers) less two transits, and the alert stations' scrambles; flying hours add the
# scrambles' length. The aircraft held add the turnaround, the sustained sortie rate and the
# mission-capable rate (and the alert ratio); aircrews the crews per aircraft. The yearly cost is
# flying hours x cost per hour, the capital the aircraft held x their price; neither reads the
# other. Which stations the US flies: us_backstop (its isr, and whether it counts on any enabler).
SORTIE_READS = ("us_backstop.tanker", "us_backstop.isr", "air_policing.european_tankers",
                "air_policing.stations[*].aircraft", "air_policing.stations[*].scrambles",
                *(f"air_policing.platforms[*].{f}" for f in ("cruise_speed", "sortie", "tanked_sortie")))
HOURS_READS = (*SORTIE_READS, "air_policing.stations[*].scramble_sortie")
SIZING_READS = (*SORTIE_READS, "air_policing.stations[*].alert_ratio", "air_policing.stations[*].scramble_sortie",
                *(f"air_policing.platforms[*].{f}" for f in ("ground_time", "max_sorties", "availability")))
RATES = ("air_policing.eur_per_usd", "air_policing.eur_per_gbp")
COST_READS = (*HOURS_READS, "air_policing.platforms[*].cost_per_flight_hour", *RATES)
CAPITAL_READS = (*SIZING_READS, "air_policing.platforms[*].capital_cost", *RATES)
#: Where an air plan gives its aircraft's purchase price (said where the capital cost is n/a).
PRICE_FIELDS = "air_policing.platforms[*].capital_cost"


#: The verdict on the fighters the plan counts as committed (`air_policing.committed_aircraft`).
AIR_COMMITTED_QUESTION = "Do the fighters the plan counts as committed cover the air stations' need?"

def air_section(scenario: Any, outcome: Any) -> SectionResult | None:
    """Size and cost the air-policing stations from the air capability's outcome (both sides);
    None when the scenario has no `[air_policing]`."""
    w, wo = outcome.with_us, outcome.without_us
    if w.result is None or wo.result is None:
        return None
    r, a, rt, at = w.result, wo.result, w.other_tanker_case, wo.other_tanker_case
    inp = outcome.inputs.with_us
    lost = r.lost or a.lost
    verdicts = [Verdict(
        HELD_QUESTION,
        not r.unreachable and not r.lost, not a.unreachable and not a.lost,
        "a patrol is held if a sortie's flight time exceeds the two transits base-station "
        # each platform's fields in the footnotes' notation, kept whole by the report's plain words
        "(air_policing.platforms[*].sortie, or air_policing.platforms[*].tanked_sortie while tankers fly: "
        "us_backstop.tanker or "
        f"air_policing.european_tankers); unreachable as planned: {', '.join(r.unreachable) or 'none'}; "
        f"without US: {', '.join(a.unreachable) or 'none'}" + lost_words(r, a),
        (*REFS, "us_backstop") if lost else REFS)]
    if inp.committed_aircraft_max is not None:
        verdicts.append(committed_verdict(scenario, r, a, inp.committed_aircraft_max, inp.committed_aircraft_text))
    sizing = spell_out(scenario, SIZING_READS)
    hours = spell_out(scenario, HOURS_READS)
    aircraft_label = "Aircraft Europe must field for the air stations (mission-capable rate applied)"
    fighters_label = ("Fighters Europe must field for the patrol and alert stations (early-warning "
                      "aircraft not counted)")
    ends = _ends(scenario)
    figures = (
        Figure("aircraft_needed", aircraft_label + count_range(scenario, ends, "aircraft_needed"),
               r.aircraft_needed, a.aircraft_needed, "aircraft", sizing,
               common_label=aircraft_label + (AT_MIDPOINTS if ends else "")),
        # review s51: the fighters alone, what a count of fighters (committed_aircraft) is held against
        Figure("fighters_needed", fighters_label + count_range(scenario, ends, "fighters_needed"),
               r.fighters_needed, a.fighters_needed, "aircraft", sizing,
               common_label=fighters_label + (AT_MIDPOINTS if ends else "")),
        Figure("aircrew_needed", "Aircrews Europe must hold for them", r.aircrew_needed, a.aircrew_needed, "aircrews",
               spell_out(scenario, (*SIZING_READS, "air_policing.platforms[*].crews_per_aircraft"))),
        Figure("aircraft_needed_other_tanker_case",
               "Aircraft Europe must field if tankers " + ("did not refuel" if r.tankers else "refuelled") + " the patrols",
               rt.aircraft_needed, at.aircraft_needed, "aircraft", sizing),
        Figure("us_aircraft", "Aircraft the US flies on the air stations", r.us_aircraft, a.us_aircraft,
               "aircraft", sizing),
        Figure("sorties_per_day", "European sorties a day", r.sorties_per_day, a.sorties_per_day, "sorties/day",
               spell_out(scenario, SORTIE_READS), 1),
        Figure("flight_hours_per_year", "European flying hours a year", r.flight_hours_per_year,
               a.flight_hours_per_year, "h/year", hours),
        *cost_figures("Air", "flying hours x cost per hour", "aircraft", r, a,
                      spell_out(scenario, COST_READS), spell_out(scenario, CAPITAL_READS)),
    )
    by_id = {s.id: s for s in a.stations}
    # review s34: which site each station covers (a station moved to another site changed the
    # aircraft needed, and no table said where it flies)
    site_of = {st.id: st.site or "" for st in scenario.air_policing.stations}
    rows = []
    for s in r.stations:
        w = by_id.get(s.id)
        rows.append((
            # unrounded: the CSV and the report round each cell once (`Figure`'s rule; review:
            # 3.1545 sorties a day stored as 3.2 read "3.20")
            s.id, s.kind, s.platform, s.base, site_of.get(s.id, ""), s.transit_km,
            "US" if s.us else "Europe",
            None if s.on_station_h_per_sortie == float("inf") else s.on_station_h_per_sortie,
            s.sorties_per_day, s.aircraft_needed, s.aircrew_needed,
            LOST if w is None else ("US" if w.us else "Europe"),
            None if w is None else w.aircraft_needed,
        ))
    # a station lost as planned too (US aircraft only, in a plan that counts on no US backstop)
    rows += [(s.id, s.kind, s.platform, s.base, site_of.get(s.id, ""), s.transit_km, LOST, None, None,
              None, None, LOST, None)
             for s in r.lost]
    tables = (Table(
        "air-stations", "Air stations: what each needs and who flies it "
        + ("(as planned / without the US backstop)" if scenario.us_backstop.any else f"({plan_case(scenario)})"),
        ("station", "kind", "type", "base", "site", "transit_km", "flown_by", "on_station_h_per_sortie",
         "sorties_per_day", "aircraft", "aircrews", "flown_by_without_us", "aircraft_without_us"),
        tuple(rows), (*REFS, "us_backstop") if lost else REFS),)
    layers = (_stations_layer(scenario, r),)
    warnings = own_warnings(scenario)
    if not r.tankers:
        warnings.append("air patrols flown without air-to-air refuelling: every sortie's time on station is "
                        "its internal-fuel endurance less two transits")
    return SectionResult("air", "Air policing and patrols", tuple(verdicts), figures, (), layers, tables,
                         {"with_us": r.to_dict(), "without_us": a.to_dict()}, tuple(warnings),
                         # review s33: why its capital figure is n/a, where it is
                         notes=capital_note("aircraft", PRICE_FIELDS, r.capital_cost_eur, a.capital_cost_eur))


#: Said of an aircraft count read at every input's midpoint, in a label shared by several plans.
AT_MIDPOINTS = " (each ranged input at its midpoint)"


def _ends(scenario: Any) -> tuple[tuple[Any, Any], tuple[Any, Any]] | None:
    """The stations sized at the inputs' ends that give the fewest and the most aircraft, as
    planned and without the US backstop (`reassure.bridge.air.sizing_at_ends`); None when no
    sizing input is a range (the count is then exact) or the plan has no air stations."""
    from reassure.bridge.air import sizing_at_ends

    w, wo = sizing_at_ends(scenario), sizing_at_ends(scenario, us_backstop=False)
    if w is None or wo is None:
        return None
    if all(x.aircraft_needed == w[0].aircraft_needed for x in (*w, *wo)) and \
            w[0].aircraft_needed == wo[0].aircraft_needed:
        return None
    return w, wo


def count_range(scenario: Any, ends: tuple[tuple[Any, Any], tuple[Any, Any]] | None, what: str) -> str:
    """`` (each ranged input at its midpoint; over the inputs' ends 63–116, without the US
    backstop 63–116)`` for the aircraft count ``what`` (an `AirResult` field) (review s53 5: 82
    fighters were one value at the midpoint of every range, while the cost rows give low and high);
    "" when ``ends`` is None.

    >>> from types import SimpleNamespace as N
    >>> ends = ((N(n=63), N(n=116)), (N(n=70), N(n=124)))
    >>> count_range(N(us_backstop=N(any=True)), ends, "n")
    " (each ranged input at its midpoint; at the inputs' ends that give the fewest and the most: 63–116 with the US backstop, 70–124 without)"
    """
    if ends is None:
        return ""
    (lo, hi), (lo_a, hi_a) = ends
    span = f"{getattr(lo, what):,}–{getattr(hi, what):,}"
    span_a = f"{getattr(lo_a, what):,}–{getattr(hi_a, what):,}"
    return (f"{AT_MIDPOINTS[:-1]}; at the inputs' ends that give the fewest and the most: "
            f"{both_sides(scenario, span, span_a)})")


def committed_verdict(scenario: Any, r: Any, a: Any, top: float, text: str) -> Verdict:
    """Do the fighters the plan counts as committed (``air_policing.committed_aircraft``, at most
    ``top``, given as ``text``) cover the fighters Europe must field on each side (``r`` as
    planned, ``a`` without the US; `AirResult`)?

    Review s51: fighters against fighters. The committed figure counts fighters (the shipped one
    is Northwood's estimate of the fighters needed), so it is held against the patrol and alert
    stations' aircraft (`AirResult.fighters_needed`), not against every aircraft Europe must field:
    the early-warning orbits' radar aircraft are named as left out.

    >>> from types import SimpleNamespace as N
    >>> plan = N(us_backstop=N(any=True))
    >>> v = committed_verdict(plan, N(aircraft_needed=82, fighters_needed=82),
    ...                       N(aircraft_needed=90, fighters_needed=82), 85.0, "18–85 aircraft")
    >>> v.with_us, v.without_us
    (True, True)
    >>> v.detail[:91]
    'fighters Europe must field for the patrol and alert stations (cap, qra; those the US flies '
    >>> v.detail[v.detail.index("; early"):]
    '; early-warning aircraft not counted (the committed figure counts fighters): 0 aircraft with the US backstop, 8 aircraft without'
    """
    def aew(x: Any) -> str:
        n = x.aircraft_needed - x.fighters_needed
        # (review s51) none of Europe's where the US flies the orbits, not none needed
        us_flies = any(s.kind == "aew" and s.us for s in getattr(x, "stations", ()))
        return f"{n:,} aircraft" if n or not us_flies else "none of Europe's (the US flies the orbits)"

    return Verdict(
        # review s50: the shipped figure is a published estimate of need standing in for an
        # offer (no offer is public); the question names the field, not a pledge
        AIR_COMMITTED_QUESTION,
        r.fighters_needed <= top, a.fighters_needed <= top,
        # review s33: the aircraft needed and the most offered, not only what is compared
        "fighters Europe must field for the patrol and alert stations (cap, qra; those the US flies "
        "excluded): " + both_sides(scenario, f"{r.fighters_needed:,} fighters", f"{a.fighters_needed:,} fighters")
        + f", against at most {top:,.0f} the plan counts as committed (air_policing.committed_aircraft: "
        f"{text}, a figure whose source or assumption says what it counts); early-warning aircraft not "
        "counted (the committed figure counts fighters): "
        + both_sides(scenario, aew(r), aew(a)),
        (*REFS, "air_policing.committed_aircraft"))


def own_warnings(scenario: Any) -> list[str]:
    """The warnings from loading the file on an air-policing field (``FILE:LINE: field ...``, as
    `validate` prints them; the force section leaves them to this one), then, for a scenario not
    read from a file as it stands (``with_overrides`` keeps the file's warnings), each station
    flagged both ``us = true`` and ``us_enabler`` that they do not name: `us` wins
    (`bridge.air.air_input`), said once, in the spec's words (`us_overrides_enabler`)."""
    from reassure.spec._schema import warning_field
    from reassure.spec.sections.air_policing import us_overrides_enabler

    loaded = list(scenario.load_warnings_about("air_policing"))
    named = {warning_field(w) for w in loaded}
    for st in scenario.air_policing.stations:
        field, message = f"air_policing.stations[{st.id}].us", us_overrides_enabler(st)
        if message is not None and field not in named:
            loaded.append(f"{field} {message}")
    return loaded


def lost_words(r: Any, a: Any) -> str:
    """The verdict's words for the stations no one flies (`AirResult.lost`), each side's, with
    what Europe would have to field to keep each on that side (its tankers); "" if none.

    >>> from types import SimpleNamespace as N
    >>> aew = N(id="aew-west", platform="e3", aircraft_needed=8, aircrew_needed=12, reachable=True)
    >>> words = lost_words(N(lost=()), N(lost=(aew,)))
    >>> words.startswith("; lost without the US backstop: aew-west (US aircraft only")
    True
    >>> words.endswith("Europe would have to field 8 e3 aircraft and 12 aircrews to keep it)")
    True
    """
    if not r.lost and not a.lost:
        return ""

    def named(stations: tuple[Any, ...]) -> str:
        return ", ".join(
            f"{s.id} (US aircraft only, air_policing.stations[{s.id}].us = true; "
            + (f"Europe would have to field {s.aircraft_needed} {s.platform} aircraft and {s.aircrew_needed} "
               "aircrews to keep it)" if s.reachable else f"Europe could not hold it from {s.base} either: unreachable)")
            for s in stations)

    if [s.id for s in r.lost] == [s.id for s in a.lost] and r.lost == a.lost:
        return f"; lost as planned and without the US backstop: {named(a.lost)}"
    return "".join(f"; lost {side}: {named(stations)}"
                   for side, stations in (("as planned", r.lost), ("without the US backstop", a.lost)) if stations)


def _stations_layer(scenario: Any, result: Any) -> Layer:
    """A point at each station's site (or base, for alert), labelled with its base and fleet."""
    from reassure.theatres import load_theatre

    theatre = load_theatre(scenario.theatre)
    where: dict[str, tuple[float, float]] = {b.id: (b.lon, b.lat) for b in theatre.airbases}
    where.update({x.id: (x.lon, x.lat) for x in theatre.sites})
    spec = {s.id: s for s in scenario.air_policing.stations}
    feats = []
    for st in result.stations:
        place = spec[st.id].site if st.kind != "qra" else st.base
        lon, lat = where[place or st.base]
        who = "US" if st.us else "Europe"
        feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                      "properties": {"id": st.id, "label": f"{st.id}: {st.kind} from {st.base}, {st.aircraft_needed} "
                                                          f"aircraft ({who})",
                                     "colour": "#1f5fa8" if st.kind == "cap" else "#6b4fa1", "size": 4,
                                     "show_label": False}})
    return Layer("layer-air-stations", "Air-policing stations (as planned)", "point", tuple(feats), REFS)
