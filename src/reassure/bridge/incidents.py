"""Incidents: the scenario and the typed results of monitoring and posture as the incident model.

The scenario is turned into the plain arrays of :mod:`reassure.models.incidents` by
:func:`build_input`, from the other models' outputs:

* **cells**: the monitoring grid of ``reassure.bridge.monitoring.monitoring_inputs`` (the line cut
  into ``monitoring.cell`` cells, sectors of ``monitoring.sector_length``), plus one cell per
  site of ``[posture]`` in an extra sector ``protected sites`` (where ``sites`` types such as
  strikes happen, chosen in proportion to the site weights); a site the force cannot protect
  (the posture's rule: held by the other side, or destroyed) goes in a sector of its own,
  ``sites the force cannot protect``, whose incidents call for no unit (``LineCells.answerable``);
* **detection**: per line cell, ``CellFigures.detection_inputs()`` of the monitoring result of
  the same side (with or without US assets); site cells have no sensor, so only self-reported types are seen
  there; ``incidents.report_latency`` is added;
* **units**: the ground QRFs (``incidents.qrf_per_garrison`` at each garrison of the posture
  plan), helicopter detachments and QRA air bases of ``reassure.bridge.response.response_units``,
  with their response-time matrix to every cell, plus ``incidents.support_force_responses``
  escalation units from the outside support force of ``[support_force]``: a reinforcement,
  asked only for calls no in-theatre unit takes up within ``incidents.max_wait``; its readiness
  is paid once, when the first such call activates it (``activation_h``), and each element then
  needs only the road transit from its base at ``posture.qrf_speed`` and
  ``posture.detour_factor`` (out and back);
* **air-policing alert**: each quick-reaction-alert (``kind = "qra"``) station of the air-policing
  result (:class:`reassure.models.solve.AirPolicingOutcome` of the same side) fields one
  ``kind = "air"`` responder per alert pair (a scramble launches a pair), answering only the
  types whose ``responders`` list ``air``. Its time to a cell is the QRA readiness of the
  aircraft catalogue (``qra.readiness``, 15 min) plus the great-circle distance from its base
  at the platform's ``cruise_speed``; its time on scene is the station's time on station, the
  scramble sortie less the two transits to its own site; a cell is out of reach when one sortie
  (tanked if this side has tankers) cannot fly there, stay that long and come back. A station already a
  responder through ``[air]`` (same platform at the same base, same US flag) is not counted twice;
* **rates**: ``incidents.regimes[].rates`` (per km of line per day, or per day at the sites)
  times each sector's line length, the regime chain from ``mean_duration`` and ``next``.

The run with and without the US uses the same seed, so both face the same incidents.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, NamedTuple

from reassure.bridge._common import q_or as _q
from reassure.vocabulary import duration_text

if TYPE_CHECKING:
    from reassure.models.incidents import (
        CellDetection,
        IncidentRates,
        IncidentTypes,
        LineCells,
        RegimeChain,
        ResponseUnits,
    )
    from reassure.models.solve import IncidentsInput

__all__ = ["DEFAULT_HORIZON_DAYS", "DEFAULT_HORIZON_WHY", "DEFAULT_RUNS", "SITES_SECTOR", "UNPROTECTABLE_SECTOR",
           "alert_responders", "build_input", "line_on_scene_h"]

#: Replications by default: the 95 % intervals of the headline fractions come out at a few
#: percentage points on the shipped scenarios, in well under a minute.
DEFAULT_RUNS = 100
DEFAULT_HORIZON_DAYS = 90
#: Why, for `show` and the web editor, which list the default a plan leaves out (review s37 5).
DEFAULT_HORIZON_WHY = ("one truce cycle of the Donbas calibration (12 ceasefire commitments in three years, one "
                       "every ~91 days, as in the incident model's documentation): the days each incident run "
                       "simulates")
SITES_SECTOR = "protected sites"
#: The plan's sites the force cannot protect (the posture's rule: held by the other side, or
#: destroyed): their incidents are counted, and self-reported ones seen, but no unit is sent.
UNPROTECTABLE_SECTOR = "sites the force cannot protect"
# A unit drives or flies back the way it came: the return leg takes as long as the outward
# transit (readiness included for in-theatre units, which slightly overstates it; the support
# force's readiness is paid once, on activation, never on a leg). Planning assumption.
RETURN_FACTOR = 1.0
_KIND = {"ground": "ground_qrf", "heli": "helicopter", "air": "air"}


def line_on_scene_h(scenario: Any, kind: str = "ground_qrf") -> dict[str, float]:
    """Each incident type on the line that calls for a unit, and how long a unit of ``kind`` stays
    on scene for it (hours, the plan's ``incidents.types[*].on_scene``): what the incidents notes
    say a line call holds a unit for (review s52 C). Types ``kind`` may not answer are left out."""
    out: dict[str, float] = {}
    for spec in getattr(getattr(scenario, "incidents", None), "types", ()) or ():
        if getattr(spec, "where", "line") != "line" or not getattr(spec, "response", False):
            continue
        q = (getattr(spec, "on_scene", None) or {}).get(kind)
        if q is not None:
            out[spec.id] = float(q.in_("h"))
    return out


def build_input(scenario: Any, monitoring: Any, garrisons: list[dict[str, Any]], *,
                us_backstop: bool = True, runs: int = DEFAULT_RUNS, workers: int = 1,
                n_garrisons: int | None = None, air: Any = None,
                support_force_buildup: Any = None) -> IncidentsInput:
    """The incident model of one side, built from the scenario and the upstream results.

    Parameters
    ----------
    scenario : Scenario
    monitoring : MonitoringFigures
        The monitoring result of the same side (its per-cell revisit and detection).
    garrisons : list of dict
        The posture plan's garrisons (``id``, ``lon``, ``lat``, ...).
    n_garrisons : int, optional
        Garrisons the force mans (the posture's count); those beyond ``garrisons`` add no site
        cover but still field QRFs, co-located with the placed garrisons in turn. Default:
        ``len(garrisons)``.
    us_backstop : bool
        False: the model without US units (and ``monitoring`` is the fleet without US ISR).
    air : AirPolicingOutcome, optional
        The air-policing result of the same side; its alert (QRA) stations become responders.
    support_force_buildup : BuildupResult, optional
        The same side's build-up (the response capability): the support force answers
        escalated calls from the day it has ``support_force.troops`` in theatre. None, or a
        build-up that does not bring them within its horizon: its readiness plus the move to
        its arrival airfield, read here.
    """
    from reassure.bridge.monitoring import monitoring_inputs
    from reassure.bridge.response import response_units
    from reassure.models.incidents import IncidentModel
    from reassure.models.solve import IncidentsInput

    inc = scenario.incidents
    where = scenario.file or scenario.name
    notes: list[str] = []

    # -- cells: the monitoring grid, then the protected sites
    mon = monitoring_inputs(scenario)
    grid = mon["grid"]
    theatre = mon["theatre"]
    site_rows = [(s.site, s.weight.canonical) for s in scenario.posture.sites if s.weight.canonical > 0]
    n_line = grid.n
    layout = _cell_layout(grid, theatre, site_rows)
    cells = layout.cells
    n_cells = cells.n_cells

    # -- detection by this side's sensors
    latency = _q(inc.report_latency, "h", 0.0)

    # -- incident types
    types = _incident_types(inc)
    notes.extend(_site_notes(inc, theatre, site_rows, layout))

    # -- rates and regimes
    rates = _incident_rates(inc, grid, cells, types, site_rows, layout, where)

    # -- units: QRFs, helicopters and air from the posture; the support force escalates
    resp = response_units(scenario, theatre, garrisons)
    rows = _posture_rows(inc, resp, garrisons, n_garrisons, layout.lonlat, notes)
    alert_rows, scene_override = _alert_rows(air, resp, theatre, layout.lonlat, notes)
    sf_rows, activation_h, in_theatre_day, sf_from, n_sf = _support_force_rows(
        scenario, theatre, layout.lonlat, support_force_buildup, notes)
    rows = rows + alert_rows + sf_rows
    units = _response_units(inc, rows, scene_override, types, n_cells, activation_h)
    horizon_days = max(1, round(_q(inc.horizon, "day", DEFAULT_HORIZON_DAYS)))
    max_wait = _q(inc.max_wait, "h", math.inf)
    threshold = inc.response_threshold.in_("h")
    model = IncidentModel(cells, _cell_detection(monitoring, n_cells, n_line, latency), types, rates, units,
                          horizon_days, threshold, max_wait, triage=inc.dispatch == "in_time")
    if not us_backstop:
        model = model.without_us()
    notes.extend(_dispatch_notes(inc, model, layout.sector_names))
    notes.extend(_reinforcement_notes(scenario.support_force, model.triage, max_wait, activation_h,
                                      in_theatre_day, sf_from, n_sf))
    return IncidentsInput(model, runs, float(grid.total_km), n_line,
                          tuple(layout.site_order), tuple(notes), workers,
                          tuple(n for n in scene_override if n in model.units.names),
                          tuple(layout.beyond_reach), tuple(theatre.site(sid).name for sid in layout.beyond_reach))


_Row = tuple[str, str, bool, bool, Any]  # (name, kind, us, escalation, response_h per cell)
_SiteGroup = tuple[str, list[tuple[str, float]]]  # (sector name, [(site id, weight)])


class _CellLayout(NamedTuple):
    """The incident model's cells (the monitoring grid, then the protected sites) and their layout."""

    cells: LineCells
    sector_names: list[str]
    lonlat: Any  # (cells, 2) lon, lat
    total_weight: float  # the weights of the plan's sites, summed
    site_groups: list[_SiteGroup]
    site_order: list[str]
    beyond_reach: list[str]  # the sites the force cannot protect


def _cell_layout(grid: Any, theatre: Any, site_rows: list[tuple[str, float]]) -> _CellLayout:
    """The line cells of the monitoring grid, then one cell per weighted site, in its sector."""
    import numpy as np

    from reassure.bridge.posture import NOT_PROTECTABLE
    from reassure.models.incidents import LineCells

    sector_names = list(grid.sector_names)
    sector = list(grid.sector)
    lengths = list(grid.length_km)
    positions = list(grid.centre_km)
    lonlat = np.column_stack([grid.lon, grid.lat])
    total_weight = sum(w for _, w in site_rows)
    # Strikes land on the plan's sites by weight, the ones the force cannot protect (held by the
    # other side, or destroyed: the posture's rule) included; but no unit is sent there (s40:
    # 38% of europe-2025's strikes fell on occupied Zaporizhzhia NPP and drew QRFs across the
    # line), so those sites are a sector of their own whose incidents call for no unit.
    site_groups = [(name, [(sid, w) for sid, w in site_rows
                           if (theatre.site(sid).status in NOT_PROTECTABLE) == beyond])
                   for name, beyond in ((SITES_SECTOR, False), (UNPROTECTABLE_SECTOR, True))]
    site_groups = [(name, group) for name, group in site_groups if group]
    for name, group in site_groups:
        sector_names.append(name)
        sector += [len(sector_names) - 1] * len(group)
        # Within a sites "sector" a strike picks a site in proportion to its weight; the
        # model reads that share from length_km.
        lengths += [w / total_weight for _, w in group]
        positions += [math.nan] * len(group)
        lonlat = np.vstack([lonlat, [[theatre.site(sid).lon, theatre.site(sid).lat] for sid, _ in group]])
    site_order = [sid for _, group in site_groups for sid, _ in group]
    beyond_reach = [sid for sid, _ in dict(site_groups).get(UNPROTECTABLE_SECTOR, [])]
    cells = LineCells(np.asarray(positions), np.asarray(lengths), np.asarray(sector),
                      tuple(sector_names),
                      answerable=np.array([name != UNPROTECTABLE_SECTOR for name in sector_names]))
    return _CellLayout(cells, sector_names, lonlat, total_weight, site_groups, site_order, beyond_reach)


def _cell_detection(figures: Any, n_cells: int, n_line: int, latency_h: float) -> CellDetection:
    """Revisit and detection per cell from the monitoring result; the site cells have no sensor."""
    import numpy as np

    from reassure.models.incidents import CellDetection

    revisit, pd = figures.cells.detection_inputs()
    revisit = np.concatenate([revisit, np.full(n_cells - n_line, np.inf)])
    pd = np.concatenate([pd, np.zeros(n_cells - n_line)])
    return CellDetection(revisit, pd, latency_h)


def _incident_types(inc: Any) -> IncidentTypes:
    """The plan's incident types: names, durations (h), and whether they need a response or self-report."""
    import numpy as np

    from reassure.models.incidents import IncidentTypes

    return IncidentTypes(
        names=tuple(t.id for t in inc.types),
        duration_h=np.array([t.duration.in_("h") for t in inc.types]),
        response_required=np.array([t.response for t in inc.types]),
        self_reported=np.array([t.self_reported for t in inc.types]),
    )


def _site_notes(inc: Any, theatre: Any, site_rows: list[tuple[str, float]], layout: _CellLayout) -> list[str]:
    """Notes on the site incidents no unit answers (unprotectable sites) and none sees (no sensor)."""
    from reassure.bridge.posture import NOT_PROTECTABLE

    notes: list[str] = []
    beyond_reach, total_weight = layout.beyond_reach, layout.total_weight
    if beyond_reach and any(t.where == "sites" and t.response for t in inc.types):
        share = sum(w for sid, w in site_rows if sid in beyond_reach) / total_weight
        names = "; ".join(f"{theatre.site(sid).name}, {NOT_PROTECTABLE[theatre.site(sid).status].split(' (')[0]}"
                          for sid in beyond_reach)
        notes.append(f"{share:.0%} of the incidents at the plan's sites (by its site weights) fall on "
                     f"sites the force cannot protect: {names}; they are counted, and seen where "
                     "self-reported, but no unit is sent, so they are left out of the calls and of "
                     "the incidents needing a response (the posture's rule: no garrison there)")
    if site_rows:
        unseen = [t.id for t in inc.types if t.where == "sites" and not t.self_reported]
        if unseen:
            notes.append(f"no sensor watches the protected sites: {', '.join(unseen)} there "
                         "are never detected (make them self_reported)")
    return notes


def _incident_rates(inc: Any, grid: Any, cells: LineCells, types: IncidentTypes,
                    site_rows: list[tuple[str, float]], layout: _CellLayout, where: str) -> IncidentRates:
    """The rates per regime, type and sector (per day), the regime chain and the dispersion."""
    from reassure.models.incidents import IncidentRates

    rate = _rate_per_day(inc, grid, cells, types, site_rows, layout, where)
    chain = _regime_chain(inc)
    k = _q(inc.dispersion, "ratio", math.inf)
    return IncidentRates(rate, chain, k)


def _rate_per_day(inc: Any, grid: Any, cells: LineCells, types: IncidentTypes,
                  site_rows: list[tuple[str, float]], layout: _CellLayout, where: str) -> Any:
    """Incidents per day, (regimes, types, sectors): per km of line times each sector's line length,
    or at the sites, shared between the sites' sectors by weight."""
    import numpy as np

    from reassure.errors import ScenarioFieldError

    sector_names, total_weight = layout.sector_names, layout.total_weight
    n_sectors = cells.n_sectors
    line_km_per_sector = np.array([float(np.sum(grid.length_km[grid.sector == s]))
                                   for s in range(len(grid.sector_names))])
    rate = np.zeros((len(inc.regimes), types.n_types, n_sectors))
    for r, regime in enumerate(inc.regimes):
        for t, kind in enumerate(inc.types):
            q = regime.rates.get(kind.id)
            if q is None:
                continue
            if kind.where == "line":
                rate[r, t, : len(grid.sector_names)] = q.in_("1/km/day") * line_km_per_sector
            elif site_rows:
                # the rate at the sites, shared between the sites' sectors by weight
                for name, group in layout.site_groups:
                    rate[r, t, sector_names.index(name)] = (q.in_("1/day") * sum(w for _, w in group)
                                                            / total_weight)
            elif q.canonical > 0:
                raise ScenarioFieldError(where, "has a rate at the protected sites but "
                                         "[posture] lists no site with a weight > 0",
                                         field=f"incidents.regimes[{r}].rates.{kind.id}")
    return rate


def _regime_chain(inc: Any) -> RegimeChain:
    """The daily Markov chain of regimes, from each regime's mean duration and ``next``."""
    import numpy as np

    from reassure.models.incidents import RegimeChain

    ids = [g.id for g in inc.regimes]
    stay = np.array([g.mean_duration.in_("day") for g in inc.regimes])
    trans = np.zeros((len(ids), len(ids)))
    for i, g in enumerate(inc.regimes):
        if len(ids) == 1:
            trans[i, i] = 1.0
            continue
        # Daily chain: leave with probability 1 / mean stay, then go where `next` says.
        trans[i, i] = 1.0 - 1.0 / stay[i]
        for j_id, q in g.next.items():
            trans[i, ids.index(j_id)] += q.in_("fraction") / stay[i]
    return RegimeChain(tuple(ids), np.array([g.initial.in_("fraction") for g in inc.regimes]),
                       trans)


def _posture_rows(inc: Any, resp: Any, garrisons: list[dict[str, Any]], n_garrisons: int | None,
                  lonlat: Any, notes: list[str]) -> list[_Row]:
    """The posture's responders (ground QRFs per garrison, helicopters, [air] bases) as unit rows."""
    times = resp.time_matrix_h(lonlat)
    per_garrison = int(round(_q(inc.qrf_per_garrison, "count", 1.0)))
    at_garrison = _manned_per_placed_garrison(garrisons, n_garrisons, per_garrison, notes)
    rows: list[_Row] = []
    for u, uid in enumerate(resp.ids):
        kind = _KIND[resp.mode[u]]
        copies = per_garrison * at_garrison.get(uid, 1) if kind == "ground_qrf" else 1
        for c in range(copies):
            name = uid if copies == 1 else f"{uid}#{c + 1}"
            rows.append((name, kind, bool(resp.is_us[u]), False, times[u]))
    return rows


def _manned_per_placed_garrison(garrisons: list[dict[str, Any]], n_garrisons: int | None,
                                per_garrison: int, notes: list[str]) -> dict[str, int]:
    """Manned garrisons at each placed garrison's QRF (``qrf@id``), the extra ones spread in turn."""
    # Garrisons the force mans beyond those the posture places (they add no site cover) still
    # field QRFs: they are co-located with the placed garrisons in turn, so a larger force
    # answers more calls.
    manned = len(garrisons) if n_garrisons is None else int(n_garrisons)
    extra = max(0, manned - len(garrisons))
    at_garrison = {f"qrf@{g['id']}": 1 + extra // len(garrisons) + (k < extra % len(garrisons))
                   for k, g in enumerate(garrisons)} if garrisons else {}
    if per_garrison <= 0:
        # review 19 #5: no QRF anywhere, so none to co-locate; say what answers instead.
        notes.append("incidents.qrf_per_garrison is 0: the garrisons field no ground QRF, so "
                     "incident calls go only to the other responders the incident types name "
                     "(helicopters, air, the outside support force)")
    elif extra and garrisons:
        notes.append(f"{extra} of the {manned} manned garrisons add no site cover; "
                     f"their QRFs are co-located with the {len(garrisons)} placed garrisons in "
                     "turn")
    return at_garrison


def _alert_rows(air: Any, resp: Any, theatre: Any, lonlat: Any,
                notes: list[str]) -> tuple[list[_Row], dict[str, float]]:
    """The air-policing alert (QRA) responders not already in ``[air]``, and their time on scene (h)."""
    from reassure.bridge.air import qra_readiness_h

    rows: list[_Row] = []
    scene_override: dict[str, float] = {}
    taken = {(uid, bool(resp.is_us[u])) for u, uid in enumerate(resp.ids) if resp.mode[u] == "air"}
    fielded: list[str] = []
    for row, on_scene_h, note in alert_responders(air, taken, theatre, lonlat, qra_readiness_h()):
        if row is None:
            notes.append(note)
            continue
        rows.append(row)
        scene_override[row[0]] = on_scene_h
        fielded.append(note)
    if fielded:
        notes.append("air-policing alert (QRA) responders, answering only the types that list "
                     "'air' among their responders: " + "; ".join(fielded))
    return rows, scene_override


def _support_force_rows(scenario: Any, theatre: Any, lonlat: Any, support_force_buildup: Any,
                        notes: list[str]) -> tuple[list[_Row], float, int | None, str, int]:
    """The outside support force's escalation rows, its activation (h), the build-up day it is in
    theatre (None without a build-up), the base it answers from and its number of elements."""
    import numpy as np

    from reassure.bridge.response import support_force_arrival
    from reassure.models.response import response_time_matrix_h

    inc = scenario.incidents
    rows: list[_Row] = []
    sf = scenario.support_force
    base = theatre.airbase(sf.base)
    post = scenario.posture
    speed = _q(post.qrf_speed, "km/h", math.nan)
    detour = _q(post.detour_factor, "ratio", 1.0)
    n_sf = int(round(_q(inc.support_force_responses, "count", 1.0)))
    activation_h = 0.0
    sf_from = sf.base
    # the day the same side's build-up has the support force in theatre: one rule, in posture
    # and here (reassure.bridge.response.support_force_arrival); a force the build-up never
    # brings in (no airlift or surface channel) is not sent (s13 review 6). Only without a
    # build-up (a caller that gives none) its readiness and the road move stand in.
    in_theatre_day: int | None = None
    stranded = ""
    if support_force_buildup is not None:
        in_theatre_day, stranded = support_force_arrival(support_force_buildup,
                                                         sf.troops.in_("troops"))
    if stranded and sf.troops.canonical > 0 and n_sf > 0:
        notes.append(f"{stranded} (the posture section's build-up of the same side)")
    elif math.isfinite(speed) and sf.troops.canonical > 0 and n_sf > 0:
        # A reinforcement: activated once, it answers escalated calls from its arrival airfield
        # in theatre (if the scenario names one); the activation is paid once
        # (ResponseUnits.activation_h), never on a call's legs.
        forward = base
        if sf.arrival is not None:
            forward = theatre.airbase(sf.arrival)
            sf_from = sf.arrival
        if in_theatre_day is not None:  # by its tiers, airlift, road and rail, as the side
            activation_h = 24.0 * in_theatre_day
        else:  # its readiness, then the move to its arrival airfield
            activation_h = sf.readiness.in_("h")
            if sf.arrival is not None:
                activation_h += float(response_time_matrix_h(
                    [[base.lon, base.lat]], 0.0, speed, detour,
                    np.array([[forward.lon, forward.lat]]))[0, 0])
        sf_times = response_time_matrix_h([[forward.lon, forward.lat]], 0.0, speed, detour,
                                          lonlat)[0]
        for c in range(n_sf):
            name = f"support-force@{sf_from}" + (f"#{c + 1}" if n_sf > 1 else "")
            rows.append((name, "outside_support", False, True, sf_times))
    return rows, activation_h, in_theatre_day, sf_from, n_sf


def _response_units(inc: Any, rows: list[_Row], scene_override: dict[str, float], types: IncidentTypes,
                    n_cells: int, activation_h: float) -> ResponseUnits:
    """The unit rows as the model's units: response (h) per cell, time on scene (h) and types served."""
    import numpy as np

    from reassure.models.incidents import ResponseUnits

    scene = np.zeros((len(rows), types.n_types))
    serve = np.zeros((len(rows), types.n_types), dtype=bool)
    for i, (_, kind, _, _, _) in enumerate(rows):
        for t, spec in enumerate(inc.types):
            if kind in spec.responders:
                serve[i, t] = True
                name = rows[i][0]
                scene[i, t] = (scene_override[name] if name in scene_override
                               else spec.on_scene[kind].in_("h"))
    return ResponseUnits(
        names=tuple(r[0] for r in rows), kind=tuple(r[1] for r in rows),
        response_h=np.array([r[4] for r in rows]).reshape(len(rows), n_cells),
        on_scene_h=scene, can_serve=serve, escalation=np.array([r[3] for r in rows], dtype=bool),
        return_factor=np.full(len(rows), RETURN_FACTOR),
        us=np.array([r[2] for r in rows], dtype=bool), activation_h=activation_h,
    )


def _dispatch_notes(inc: Any, model: Any, sector_names: list[str]) -> list[str]:
    """Notes on the sites' margin to the threshold, the return leg, triage and escalation for waiting."""
    notes: list[str] = []
    edge = site_threshold_edge(model, [t.where == "sites" for t in inc.types],
                               sector_names.index(SITES_SECTOR) if SITES_SECTOR in sector_names else None)
    if edge:
        notes.append(edge)
    notes.append(f"return leg assumed as long as the outward response (factor {RETURN_FACTOR:g})")
    if model.triage:
        # s54: the default since session 54; said as other defaults are (never a silent default)
        default = "" if "dispatch" in inc.model_fields_set else "shipped default used: "
        notes.append(default + "the plan dispatches by triage (incidents.dispatch = \"in_time\"): an in-theatre "
                     "unit is sent only to a call it can reach within the response threshold (the unit on "
                     "scene first, free now or later); a call none reaches in time is passed at once to the "
                     "outside support force (unanswered without one), and incidents.max_wait plays no part")
    if inc.max_wait is None and not model.triage:
        # Not a number of data/*.toml, but a default all the same (s13 review 11): say so, as
        # force.max_tours left out is said.
        notes.append("shipped default used: incidents.max_wait = none (no escalation for waiting: a call "
                     "waits for a free in-theatre unit however long it takes, and is passed to the "
                     "outside support force only when no in-theatre unit can answer it at all); set "
                     "incidents.max_wait to escalate calls that wait longer")
    return notes


def _reinforcement_notes(sf: Any, triage: bool, max_wait: float, activation_h: float,
                         in_theatre_day: int | None, sf_from: str, n_sf: int) -> list[str]:
    """The note saying how the outside support force is called and activated (none if it is not)."""
    notes: list[str] = []
    # with no max_wait a call is escalated only when no in-theatre unit can take it up at all
    wait_words = ("in time (triage: within the response threshold)" if triage
                  else f"within {max_wait:g} h" if math.isfinite(max_wait)
                  else "at all (incidents.max_wait not set: no call is escalated for waiting)")
    if activation_h > 0:
        notes.append(
            f"the outside support force is a reinforcement, not a per-call responder: a call no "
            f"in-theatre unit takes up {wait_words} is escalated "
            f"to it; the first escalation activates it: "
            # review s51: as many as its first echelon (the posture figure after one week counts
            # the follow-on forces too)
            + (f"the build-up has {sf.troops.in_('troops'):,.0f} troops, as many as its first echelon, "
               f"in theatre on day "
               f"{in_theatre_day:g} ({activation_h:.0f} h; the posture section's "
               "build-up, with or without US airlift as this side)"
               if in_theatre_day is not None else
               f"{sf.readiness.in_('h'):g} h readiness"
               + (f" and the road move {sf.base} -> {sf_from}" if sf_from != sf.base else "")
               + f", {activation_h:.0f} h in all")
            + f", paid once per replication; then each of its "
            f"{n_sf} elements needs only the road transit from {sf_from} (out and back)")
    return notes


EDGE_FRACTION = 0.1  # "close to the threshold": within a tenth of it either way


def site_threshold_edge(model: Any, at_sites: list[bool], sites_sector: int | None) -> str:
    """A note when some in-theatre units are on scene at a protected site within a tenth of the
    response threshold either way, else "" (not only the fastest: a site's few fast units, a
    fighter pair, are often busy, and its garrison's QRF then decides).

    The threshold is both the yardstick and, under triage, the dispatch rule: a site's own QRF
    on scene at exactly the threshold counts in time, and a threshold a few minutes shorter
    leaves it late (and, under triage, unsent). Review s54: europe-2025's garrisons at one
    hour's notice against the 1 h threshold; 55 min took the sites' share in time from 95 %
    to 70 %. Said so the reader does not take the sites' figure for a margin it does not have.
    """
    import numpy as np

    if sites_sector is None:
        return ""
    units, thr = model.units, model.threshold_h
    cells = np.flatnonzero(np.asarray(model.cells.sector) == sites_sector)
    kinds = [t for t, here in enumerate(at_sites) if here and model.types.response_required[t]]
    if not kinds or not len(cells):
        return ""
    able = ~np.asarray(units.escalation, dtype=bool) & np.any(units.can_serve[:, kinds], axis=1)
    near = able[:, None] & (np.abs(units.response_h[:, cells] - thr) <= EDGE_FRACTION * thr)
    if not near.any():
        return ""
    times = units.response_h[:, cells][near]
    lo, hi = duration_text(float(times.min())), duration_text(float(times.max()))
    kinds_near = sorted({units.kind[u].replace("_", " ") for u in np.flatnonzero(near.any(axis=1))})
    return (f"at {int(near.any(axis=0).sum())} of the {len(cells)} protected sites, some in-theatre units "
            f"({', '.join(kinds_near)}) are on scene {lo if lo == hi else f'{lo} to {hi}'} after a "
            f"call, within a tenth of the response threshold ({duration_text(thr)}): when the faster "
            "units are busy, the sites' share in time turns on those minutes (a unit on scene after "
            "the threshold counts late and, under triage, is not sent); read it beside a variant of "
            "incidents.response_threshold or of the units' readiness")


def alert_responders(air: Any, taken: set[tuple[str, bool]], theatre: Any, lonlat: Any,
                     readiness_h: float) -> list[tuple[tuple[str, str, bool, bool, Any] | None,
                                                       float, str]]:
    """The alert (QRA) stations of an air-policing outcome as incident responders.

    Returns one ``(row, on_scene_h, note)`` per responder, ``row`` being ``(name, "air", us,
    False, response_h per cell)``; a station not fielded (already an ``[air]`` responder, or with
    no time on station) gives ``(None, 0, why)``. ``taken`` holds the ``(type@base, us)`` of the
    ``[air]`` fighter bases already responding. The stations are `bridge.air.alert_stations`, the
    ones the response times read too; each alert pair is a responder (a scramble launches a pair).
    """
    import numpy as np

    from reassure.bridge.air import alert_stations
    from reassure.models.response import response_time_matrix_h

    out: list[tuple[tuple[str, str, bool, bool, Any] | None, float, str]] = []
    for st, note in alert_stations(air, taken, theatre, readiness_h):
        if st is None:
            out.append((None, 0.0, note))
            continue
        times = response_time_matrix_h([[st.lon, st.lat]], readiness_h, st.speed_kmh, 1.0,
                                       np.asarray(lonlat), st.reach_km)[0]
        for c in range(st.pairs):
            name = st.name + (f"#{c + 1}" if st.pairs > 1 else "")
            out.append(((name, "air", st.us, False, times), st.on_scene_h,
                        name + note[len(st.name):]))
    return out
