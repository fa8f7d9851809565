"""Checks at `validate` time of numbers a model would otherwise read as something else (review r6
H1, M1): they need the theatre, so they run after the theatre references are checked.

Kept apart from `_load.py` so the error wording there can change without touching these.
Each check reports through ``fail(loc, message, got)`` (one line: file, line, field, what to
give instead) or returns warning lines that `validate` and `assess` print.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable, Iterator
from typing import Any

__all__ = [
    "MODEL_NEEDS", "assess_time_checks", "check_model_inputs", "check_target_above_minimum", "default_min_contribution",
    "target_minimum_paired",
    "air_station_warnings", "line_compression_warning", "missing_model_fields", "trace_km",
    "unlikely_value_warnings", "zero_interval_warnings",
]

Fail = Callable[[tuple[Any, ...], str, object], None]
#: ``warn(loc, message)``: the warning line "FILE:LINE: field message" for ``loc``.
Warn = Callable[[tuple[Any, ...], str], str]


def trace_km(theatre: Any) -> float:
    """Length of the theatre's traced contact line, km (what the cells of the line cover)."""
    from reassure.geo import line_length_km

    return float(line_length_km(theatre.contact_line_lonlat))


def line_compression_warning(scenario: Any, trace: float) -> str | None:
    """A line when ``monitoring.band.line_length`` is shorter than the traced line.

    The band length is the reported length of the WHOLE line: the trace is scaled to it (a
    longer reported length for the same front, as the shipped scenarios use it). A shorter
    value therefore compresses the whole front rather than cutting a sector, which is not what
    a reader writing "only the southern sector" means; say so where the number is read.
    """
    band = scenario.monitoring.band
    if band is None:
        return None
    length = band.line_length.to("km")
    if length.nominal >= trace:
        return None
    # review s40b 3: one value where both ends read the same ("500 km", not "500 km (500-500 km)")
    low, high = f"{length.low:.0f}", f"{length.high:.0f}"
    ends = "" if low == high else f" ({low}-{high} km)"
    return (
        f"monitoring.band.line_length {length.nominal:.0f} km{ends} "
        f"is shorter than the traced contact line ({trace:.0f} km): the whole {trace:.0f} km front "
        f"is compressed to {length.nominal:.0f} km, not cut (incidents and orbits still span the "
        "whole front, each km shorter). line_length is the reported length of the WHOLE line; to "
        "watch one sector, keep it the whole line and give each fleet `start`/`end` km along the "
        "line from its south-west end"
    )


def check_model_inputs(scenario: Any, theatre: Any, fail: Fail, warn: Warn,
                       changed_here: Callable[[tuple[Any, ...]], bool] | None = None) -> list[str]:
    """Refuse inputs a model cannot read as written; return warning lines for the rest.
    ``changed_here``: whether a value at a location is set by the file read, over the plan it
    extends (a variant's change), for the warnings said only of a change."""
    warnings: list[str] = []
    trace = trace_km(theatre)
    band = scenario.monitoring.band
    # Fleets' start/end are km along the line the model uses: the band's nominal length when
    # [monitoring.band] is given (the trace is scaled to it), else the trace itself.
    if band is not None:
        line_km = band.line_length.to("km").nominal
        what = f"the line is {line_km:.0f} km (monitoring.band.line_length, nominal)"
    else:
        line_km = trace
        what = f"the traced contact line of theatre {theatre.name} is {trace:.0f} km"
    sizing = scenario.monitoring.sizing
    stretches: list[tuple[tuple[Any, ...], Any]] = [(("monitoring", "fleets", i), f) for i, f in enumerate(scenario.monitoring.fleets)]
    if sizing is not None:
        stretches += [(("monitoring", "sizing", "candidates", i), c)
                      for i, c in enumerate(sizing.candidates)]
    for loc, f in stretches:
        for end in ("start", "end"):
            q = getattr(f, end)
            if q is None:
                continue
            km = q.in_("km")
            # A fleet's own `end` at the line's end (to rounding) is the whole line; beyond it
            # the fleet would silently watch less (or, compressed, more) than its text says.
            # review s44: an `end` beyond it is read as the line's end (as `explore` and
            # `with_overrides` read a design point's), so a warning, where a `start` beyond it
            # leaves the fleet nothing to watch (an error)
            if km > line_km * 1.0005 and end == "end":
                warnings.append(warn((*loc, end),
                                     f"is {km:g} km, beyond the line's end ({what}): the fleet's "
                                     f"stretch ends at the line's end ({line_km:.0f} km); give a km "
                                     f"within 0-{line_km:.0f} or leave `end` out for the rest of "
                                     "the line"))
            elif km > line_km * 1.0005:
                fail((*loc, end),
                     f"lies beyond the line's end ({what}); give a km within 0-{line_km:.0f} "
                     "or leave `end` out for the rest of the line", f"{km:g} km")
    warning = line_compression_warning(scenario, trace)
    if warning:
        # review 20 #7: where it is written, as every other warning (file, line, field)
        field = "monitoring.band.line_length "
        warnings.append(warn(("monitoring", "band", "line_length"), warning.removeprefix(field)))
    check_target_above_minimum(scenario, fail)
    # r6 M1: a contributor the force model cannot size (neither an army nor an active figure
    # in the theatre's table; it needs one of them for the army share, whatever its status or
    # pledge) is refused here, with what to do, not at `assess`.
    table = {n.iso3: n for n in theatre.nations}
    for i, c in enumerate(scenario.contributors):
        row = table.get(c.nation)
        if row is not None and row.army_personnel is None and not row.active_personnel:
            fail(("contributors", i, "nation"),
                 f"has neither an army nor an active personnel figure in the {theatre.name} "
                 "nations table, so the force model cannot size it; leave it out of "
                 "[[contributors]] (its troops cannot be counted without a national figure)",
                 c.nation)
    assess_time_checks(scenario, fail)
    warnings += contributor_warnings(scenario, table, warn, changed_here)
    warnings += support_force_warnings(scenario, warn)
    warnings += helicopter_responder_warnings(scenario, warn)
    warnings += air_responder_warnings(scenario, warn)
    warnings += qrf_warnings(scenario, warn)
    warnings += zero_interval_warnings(scenario, warn)
    warnings += small_percent_warnings(scenario, warn)
    warnings += unlikely_value_warnings(scenario, warn)
    warnings += air_station_warnings(scenario, warn)
    return warnings


def assess_time_checks(scenario: Any, fail: Fail) -> None:
    """Review s37 2: refusals the bridge makes when a model's input is built (`assess`, the
    capability commands), made at `validate` too, at the file's line and naming list items by
    their ids: a file `validate` passes is one `assess` reads.

    * a `sites` incident type with a rate above 0 while no protected site has a weight above 0
      (`bridge.incidents`: there is nowhere to place it);
    * an airlift type the catalogue gives no troop figure for (the C-5M) without
      `support_force.tonnes_per_troop` to load it by weight (`bridge.response`).

    (An air base holding fighters without a `type` is a missing field: `missing_model_fields`.)
    """
    inc = scenario.incidents
    if not any(s.weight.canonical > 0 for s in scenario.posture.sites):
        at_sites = {t.id for t in inc.types if t.where == "sites"}
        for r, regime in enumerate(inc.regimes):
            for tid, q in regime.rates.items():
                if tid in at_sites and q.canonical > 0:
                    fail(("incidents", "regimes", r, "rates", tid),
                         "is a rate at the protected sites, but no [[posture.sites]] entry has a "
                         "weight above 0, so these incidents have nowhere to happen: give a site "
                         "a weight, or this rate 0", q.text())
    sf = scenario.support_force
    if sf.airlift and sf.tonnes_per_troop is None:
        from reassure.spec.sections.posture import load_aircraft_catalogue

        catalogue = load_aircraft_catalogue()
        for i, a in enumerate(sf.airlift):
            if a.type in catalogue.type_ids("airlift") and catalogue.get("airlift", a.type).troops is None:
                fail(("support_force", "airlift", i, "type"),
                     "has no troop figure in the aircraft catalogue: set "
                     "support_force.tonnes_per_troop to load it by weight, or use a type with "
                     "seats (a400m, c17, c130j)", a.type)


def default_min_contribution() -> Any:
    """The shipped minimum contribution (``data/roles.toml``), a `Quantity` in troops."""
    import tomllib
    from importlib import resources

    from reassure.spec._quantity import Quantity

    roles = tomllib.loads((resources.files("reassure") / "data" / "roles.toml").read_text(encoding="utf-8"))
    return Quantity.model_validate(roles["defaults"]["min_contribution"])


#: Set while an explore experiment tries the ends of a target or minimum lever alone: the other
#: field is then varied too, so the base's value is not the one the end meets (review s20
#: explore #2); `build_plan` compares the two ranges itself.
_PAIRED: contextvars.ContextVar[bool] = contextvars.ContextVar("target_minimum_paired", default=False)


@contextlib.contextmanager
def target_minimum_paired() -> Iterator[None]:
    """Leave the target/minimum cross-check out while ``with`` lasts (see `_PAIRED`)."""
    token = _PAIRED.set(True)
    try:
        yield
    finally:
        _PAIRED.reset(token)


def check_target_above_minimum(scenario: Any, fail: Fail) -> None:
    """Review 20 #2: a target below the minimum contribution cannot be fielded by any nation (each
    that takes part sends at least the minimum, and the force is not sent above its target), yet
    the participation Monte Carlo, whose max flow leaves the minimum out, would count it met. One
    answer: refuse the file, naming both fields."""
    if _PAIRED.get():
        return
    force = scenario.force
    own = force.min_contribution
    minimum = own if own is not None else default_min_contribution()
    m = minimum.canonical  # what the force model reads (`bridge.force`)
    target = force.target_troops.to("troops")
    if 0 < target.low < m:
        where = "" if own is not None else ", shipped default"
        end = "(low end) " if target.is_range else ""
        fail(("force", "target_troops"),
             f"{end}is below force.min_contribution ({m:,.0f} troops{where}), the fewest a nation sends: "
             f"no allocation can field it; raise it to {m:,.0f} or lower force.min_contribution", target.text())


def zero_interval_warnings(scenario: Any, warn: Warn) -> list[str]:
    """Review 20 #9: an interval of 0 between tours leaves no time at home: the same troops
    deploy again at once, for the whole horizon (1 unit per deployed unit). Readable, so a
    warning where it is written, as for a share below 1 percent."""
    out: list[str] = []
    spots: list[tuple[tuple[Any, ...], Any]] = [(("force", "interval"), scenario.force.interval)]
    spots += [(("contributors", i, "interval"), c.interval) for i, c in enumerate(scenario.contributors)]
    for loc, q in spots:
        if q is not None and q.low <= 0:
            out.append(warn(loc, f"is {q.text()}: no time at home between tours, so the troops deployed "
                                 "go straight back for every tour of the horizon (a rotation ratio of 1, "
                                 "no pool to rotate); give the time at home between two tours (e.g. "
                                 "the UK's 24 months, or 12 for a 1:2 rhythm)"))
    return out


def contributor_warnings(scenario: Any, table: dict[str, Any], warn: Warn,
                         changed_here: Callable[[tuple[Any, ...]], bool] | None = None) -> list[str]:
    """Warnings for contributors whose numbers the force model reads otherwise than written.

    Warnings, not errors: each file is well defined (the model resolves it the way the warning
    says, and `force` shows the result), it only says something its author probably did not
    mean; an error would refuse files a study may want on purpose (a "what if the US sends
    troops after all" variant). Errors are for what a model cannot read at all.
    """
    out: list[str] = []
    backstop = scenario.us_backstop
    for i, c in enumerate(scenario.contributors):
        ruled_out = c.status == "ruled-out"
        # r12 1: the US is the backstop, not one of the European contributors the "without
        # the US backstop" case counts on.
        if c.nation == "USA" and not ruled_out and not backstop.ground_troops:
            out.append(warn(("contributors", i, "nation"),
                            "USA is the US backstop, not a European contributor, and "
                            "us_backstop.ground_troops = false says the plan counts on no US "
                            "ground troops: its troops count in neither run; set ground_troops = "
                            "true if the plan counts on them (they then count with the US "
                            "backstop only), or leave USA out of [[contributors]]"))
        # r12 6: a ruled-out nation takes part with probability 0 whatever p_join says.
        if ruled_out and c.p_join is not None and c.p_join.high > 0:
            out.append(warn(("contributors", i, "p_join"),
                            # review s33: "50%" as the report shows p_join, not "0.5 probability"
                            f"is {c.p_join.reader_text()} but {c.nation}'s status is ruled-out, which "
                            "takes part with probability 0: p_join has no effect unless status "
                            "is changed (e.g. status = \"open\")"))
        # r12 5: a pledge above the whole army is a slip (an extra digit); the model caps
        # every nation at a share of its army, so the pledge would be ignored without a word.
        row = table.get(c.nation)
        army = None if row is None else (row.army_personnel or row.active_personnel)
        if row is not None and army and c.pledge_troops is not None and c.pledge_troops.high > army:
            what = "army" if row.army_personnel else "active armed forces"
            out.append(warn(("contributors", i, "pledge_troops"),
                            f"is {c.pledge_troops.text()}, more than {c.nation}'s whole {what} "
                            f"({army:,} troops, {row.name} in the theatre's nations table): the "
                            "force model caps it at a share of the army, so the pledge as "
                            "written is not used; check for an extra digit"))
        # review 41 13: a nation's own plan (sustainable_troops) caps what it provides: a pledge
        # changed (by a variant) to above its high end cannot change what the nation fields
        # (GBR's pledge 10,000 -> 20,000 changed nothing, with no word). Said of a change only: a
        # plan's own pledge above its nation's plan is the reported pledge, kept on purpose
        elif (not ruled_out and c.pledge_troops is not None and c.sustainable_troops is not None
                and c.pledge_troops.low > c.sustainable_troops.high and changed_here is not None
                and changed_here(("contributors", i, "pledge_troops"))):
            out.append(warn(("contributors", i, "pledge_troops"),
                            f"is {c.pledge_troops.text()}: pledge {c.pledge_troops.text()} is above "
                            f"{c.nation}'s sustainable {c.sustainable_troops.text()} "
                            "(sustainable_troops), which caps what it provides: the pledge above "
                            "that changes nothing; change sustainable_troops to change what it fields"))
    # review s44: the switch on with no US troops in the plan adds none (it changed nothing
    # while `compare` listed it among the inputs that differ)
    if backstop.ground_troops and not any(c.nation == "USA" and c.status != "ruled-out"
                                          for c in scenario.contributors):
        out.append(warn(("us_backstop", "ground_troops"),
                        "is true, but no [[contributors]] entry gives US troops (nation = "
                        "\"USA\"): the switch adds no troops to either run; add a USA "
                        "contributor with its pledge"))
    return out


def small_percent_warnings(scenario: Any, warn: Warn) -> list[str]:
    """r12 4: a share written in percent below 1 (``0.3 percent`` meant as 30 %), wherever it
    stands; the mirror of the "did you mean 0.30, or unit = \"percent\"?" error."""
    from reassure.spec._paths import parse_path
    from reassure.spec._quantity import Quantity, small_percent_hint, walk_provenanced

    out: list[str] = []
    for path, item in walk_provenanced(scenario):
        if isinstance(item, Quantity):
            hint = small_percent_hint(item)
            if hint:
                out.append(warn(parse_path(path), hint))
    return out


def unlikely_value_warnings(scenario: Any, warn: Warn) -> list[str]:
    """Review s34: a time within its plausible span but outside its usual one, where a unit slip
    is likely (``force.tour = 6 day`` meant months, ``incidents.response_threshold = 60 h``
    meant minutes): a warning where it is written, with the value in the unit probably meant,
    as for a share below 1 percent. The usual spans are `spec._bounds.LIKELY`."""
    from reassure.spec._bounds import unlikely_values
    from reassure.spec._paths import parse_path

    return [warn(parse_path(path), message) for path, message in unlikely_values(scenario)]


def air_station_warnings(scenario: Any, warn: Warn) -> list[str]:
    """s32 follow-up: an air station flagged both ``us = true`` and ``us_enabler`` (one inherited
    from the parent plan, say) is flown by no one without the US backstop, not taken over by
    Europe: `us` wins. Readable, perhaps meant, so a warning on its ``us`` line, which `validate`
    and `assess` print (the air section shows it: `run.section_air`)."""
    from reassure.spec.sections.air_policing import us_overrides_enabler

    ap = scenario.air_policing
    if ap is None:
        return []
    return [warn(("air_policing", "stations", i, "us"), message)
            for i, st in enumerate(ap.stations) if (message := us_overrides_enabler(st)) is not None]


def support_force_warnings(scenario: Any, warn: Warn) -> list[str]:
    """s13 review 6: a support force with troops but neither an airlift nor a surface channel
    has no way to move to Ukraine; the file is readable, so a warning, where it is written."""
    sf = scenario.support_force
    if sf.airlift or sf.surface or sf.troops.high <= 0:
        return []
    return [warn(("support_force",),
                 f"lists no `airlift` and no `surface` channel: the support force has no way to "
                 f"move its {sf.troops.text()} from {sf.base} into Ukraine, so the response model "
                 "never lands a tranche; add [[support_force.airlift]] or "
                 "[[support_force.surface]] (e.g. a road channel with troops_per_day, transit "
                 "and start)")]


def qrf_warnings(scenario: Any, warn: Warn) -> list[str]:
    """review 19 #5: ``incidents.qrf_per_garrison = 0`` (or below one half, which the incident
    model rounds to 0) leaves the plan with no ground QRF. Readable, perhaps meant (a plan that
    answers by air alone), so a warning where it is written."""
    q = scenario.incidents.qrf_per_garrison
    if q is None or round(q.canonical) >= 1:
        return []
    return [warn(("incidents", "qrf_per_garrison"),
                 f"is {q.text()}: the garrisons field no ground QRF (the incident model rounds to "
                 "whole QRFs), so incident calls go only to the other responders the incident "
                 "types name (helicopters, air, the outside support force); give 1 or more for "
                 "a QRF at each garrison")]


def _has_helicopters(scenario: Any) -> bool:
    """Whether any [[air.helicopters]] detachment holds aircraft (one of 0 fields no unit)."""
    return any(h.aircraft.high > 0 for h in getattr(scenario.air, "helicopters", ()))


def _has_fighters(scenario: Any) -> bool:
    """Whether any [[air.bases]] entry holds aircraft or an air-policing alert (QRA) station
    stands: a plan whose only fighters are US ones has air as planned."""
    if any(b.aircraft.high > 0 for b in scenario.air.bases):
        return True
    policing = getattr(scenario, "air_policing", None)
    return policing is not None and any(st.kind == "qra" for st in policing.stations)


def fielded_responders(scenario: Any) -> set[str]:
    """The responder kinds the plan has a unit of, as the incident model fields them
    (`bridge.incidents`): a ground QRF at the garrisons unless ``incidents.qrf_per_garrison``
    rounds to 0; a helicopter or a fighter where a detachment or base holds aircraft (or an alert
    station stands); the outside support force where it has troops, a way into Ukraine and at
    least one response (``incidents.support_force_responses`` rounded)."""
    inc, sf = scenario.incidents, scenario.support_force
    kinds = set()
    if inc.qrf_per_garrison is None or round(inc.qrf_per_garrison.canonical) >= 1:
        kinds.add("ground_qrf")
    if _has_helicopters(scenario):
        kinds.add("helicopter")
    if _has_fighters(scenario):
        kinds.add("air")
    responses = inc.support_force_responses
    if sf.troops.high > 0 and (sf.airlift or sf.surface) \
            and (responses is None or round(responses.canonical) >= 1):
        kinds.add("outside_support")
    return kinds


def _missing_responder_warnings(scenario: Any, warn: Warn, responder: str, lacks: str, add: str) -> list[str]:
    """A warning on the ``responders`` of each incident type that names ``responder`` when the
    plan has no unit of it: its calls go to the other responders named that the plan has a unit
    of (review s52 3: "answered by ground_qrf, helicopter, outside_support only" in a plan of
    0 helicopters), or to none."""
    fielded = fielded_responders(scenario)
    out = []
    for i, kind in enumerate(scenario.incidents.types):
        if responder not in kind.responders:
            continue
        others = [r for r in kind.responders if r != responder and r in fielded]
        then = (f"its calls are answered by {', '.join(others)} only" if others
                else "no unit can answer its calls, so every one goes unanswered")
        out.append(warn(("incidents", "types", i, "responders"),
                        f"names `{responder}`, but the plan has {lacks}: {then}; add one ({add}) or "
                        f"take `{responder}` out of the responders"))
    return out


def helicopter_responder_warnings(scenario: Any, warn: Warn) -> list[str]:
    """s13 review 11: an incident type answered by a ``helicopter`` when the plan lists no
    [[air.helicopters]]: no helicopter unit exists, so its calls go to the other responders
    named (or to none). The incidents model still runs, so a warning on the type's
    ``responders``, which `validate` and `assess` print and the incidents section shows."""
    if _has_helicopters(scenario):
        return []
    # review s52 3: a detachment of 0 aircraft fields no helicopter either
    lacks = ("no helicopter (its air.helicopters hold 0 aircraft)" if getattr(scenario.air, "helicopters", ())
             else "no helicopter detachment (air.helicopters)")
    return _missing_responder_warnings(scenario, warn, "helicopter", lacks,
                                       "air.helicopters: id, type, base, aircraft, readiness")


def air_responder_warnings(scenario: Any, warn: Warn) -> list[str]:
    """review s40: an incident type answered by ``air`` when the plan holds no fighter at all (no
    [[air.bases]] entry with aircraft, no air-policing alert (QRA) station): its calls go to the
    other responders named, as for a `helicopter` responder with no [[air.helicopters]]
    (`helicopter_responder_warnings`), and were silently so. A plan whose only fighters are US
    ones has air as planned; its without-US side is the comparison."""
    if _has_fighters(scenario):
        return []
    return _missing_responder_warnings(scenario, warn, "air", "no fighter (air.bases, air_policing QRA)",
                                       "air.bases: base, type, aircraft, readiness")


#: Fields a model reads with no default: (path, model, condition on the scenario). Left out,
#: `assess` (and the capability command) refuses the file with "is needed by the posture model"
#: (bridge/_common.need); `validate` reports every one of them at once (s13 review 5).
MODEL_NEEDS: tuple[tuple[str, str, Callable[[Any], bool]], ...] = (
    ("posture.garrison_troops", "posture", lambda s: s.posture.garrisons is None),
    ("force.role_mix.manoeuvre", "posture", lambda s: s.posture.garrisons is None),
    ("posture.cover_time", "posture", lambda s: True),
    ("posture.qrf_readiness", "posture", lambda s: True),
    ("posture.qrf_speed", "posture", lambda s: True),
    ("posture.detour_factor", "posture", lambda s: True),
    ("support_force.arrival", "response", lambda s: bool(s.support_force.airlift)),
    ("support_force.airlift_hours", "response", lambda s: bool(s.support_force.airlift)),
)


def missing_model_fields(scenario: Any) -> list[tuple[tuple[Any, ...], str]]:
    """``(loc, message)`` for each field of `MODEL_NEEDS` the scenario leaves out, and (review
    s37 2) the fighter `type` of each air base that holds aircraft without one, which the
    response model needs to time air response (`bridge.response`)."""
    out: list[tuple[tuple[Any, ...], str]] = []
    for i, b in enumerate(scenario.air.bases):
        flown = not (b.us and not scenario.us_backstop.air_support)  # the bridge's own skip
        if b.type is None and b.aircraft.canonical > 0 and flown:
            out.append((("air", "bases", i, "type"),
                        "is needed by the response model (`assess`, `respond`) to time air "
                        "response: the fighter type id from the aircraft catalogue (e.g. f16); add "
                        "it, or give the base 0 aircraft"))
    for path, model, applies in MODEL_NEEDS:
        if not applies(scenario):
            continue
        node: Any = scenario
        for part in path.split("."):
            node = getattr(node, part, None)
        if node is None:
            out.append((tuple(path.split(".")),
                        f"is needed by the {model} model (`assess`, `{model}`); add it to the "
                        "scenario with its source or assumption"))
    return out
