"""`reassure incidents SCENARIO`: how a ceasefire is tested, what is seen, what is answered in time.

The scenario is turned into the plain arrays of :mod:`reassure.models.incidents` by
:func:`incident_models`, from the other models' outputs:

* **cells**: the monitoring grid of ``reassure.commands.monitor.monitoring_inputs`` (the line cut
  into ``monitoring.cell`` cells, sectors of ``monitoring.sector_length``), plus one cell per
  protected site of ``[posture]`` in an extra sector ``protected sites`` (where ``sites`` types
  such as strikes happen, chosen in proportion to the site weights);
* **detection**: per line cell, ``CellFigures.detection_inputs()`` of the monitoring assessment
  (with and without US assets); site cells have no sensor, so only self-reported types are seen
  there; ``incidents.report_latency`` is added;
* **units**: the ground QRFs (``incidents.qrf_per_garrison`` at each garrison of the posture
  plan), helicopter detachments and QRA air bases of ``reassure.commands.posture.response_units``,
  with their response-time matrix to every cell, plus ``incidents.support_force_responses``
  escalation units from the outside support force of ``[support_force]``: a reinforcement,
  asked only for calls no in-theatre unit takes up within ``incidents.max_wait``; its readiness
  is paid once, when the first such call activates it (``activation_h``), and each element then
  needs only the road transit from its base at ``posture.qrf_speed`` and
  ``posture.detour_factor`` (out and back);
* **rates**: ``incidents.regimes[].rates`` (per km of line per day, or per day at the sites)
  times each sector's line length, the regime chain from ``mean_duration`` and ``next``.

The run with and without the US uses the same seed, so both face the same incidents.
"""

from __future__ import annotations

import math
from typing import Annotated, Any

import typer

__all__ = ["DEFAULT_HORIZON_DAYS", "DEFAULT_RUNS", "command", "incident_models",
           "incidents_report"]

FORMATS = ("table", "json")
#: Replications by default: the 95 % intervals of the headline fractions come out at a few
#: percentage points on the shipped scenarios, in well under a minute.
DEFAULT_RUNS = 100
DEFAULT_HORIZON_DAYS = 90
SITES_SECTOR = "protected sites"
# A unit drives or flies back the way it came: the return leg takes as long as the outward
# transit (readiness included for in-theatre units, which slightly overstates it; the support
# force's readiness is paid once, on activation, never on a leg). Planning assumption.
RETURN_FACTOR = 1.0
_KIND = {"ground": "ground_qrf", "heli": "helicopter", "air": "air"}


def _q(q: Any, unit: str, default: float) -> float:
    return q.in_(unit) if q is not None else default


def incident_models(scenario: Any) -> dict[str, Any]:
    """The scenario as incident models with and without the US, and what they were built from.

    Returns
    -------
    dict with ``with_us`` and ``without_us`` (:class:`~reassure.models.incidents.IncidentModel`),
    ``line_km``, ``n_line_cells``, ``sites`` (ids), ``notes`` (list of str).
    """
    import numpy as np

    from reassure.commands.monitor import assess_scenario, monitoring_inputs
    from reassure.commands.posture import posture_report, response_units
    from reassure.errors import ScenarioFieldError
    from reassure.models.incidents import (
        CellDetection,
        IncidentModel,
        IncidentRates,
        IncidentTypes,
        LineCells,
        RegimeChain,
        ResponseUnits,
    )
    from reassure.models.response import response_time_matrix_h

    inc = scenario.incidents
    where = scenario.file or scenario.name
    notes: list[str] = []

    # -- cells: the monitoring grid, then the protected sites
    mon = monitoring_inputs(scenario)
    grid = mon["grid"]
    theatre = mon["theatre"]
    site_rows = [(s.site, s.weight.nominal) for s in scenario.posture.sites if s.weight.nominal > 0]
    n_line = grid.n
    sector_names = list(grid.sector_names)
    sector = list(grid.sector)
    lengths = list(grid.length_km)
    positions = list(grid.centre_km)
    lonlat = np.column_stack([grid.lon, grid.lat])
    if site_rows:
        total_weight = sum(w for _, w in site_rows)
        sites = [theatre.site(sid) for sid, _ in site_rows]
        sector_names.append(SITES_SECTOR)
        sector += [len(sector_names) - 1] * len(sites)
        # Within the sites "sector" a strike picks a site in proportion to its weight; the
        # model reads that share from length_km.
        lengths += [w / total_weight for _, w in site_rows]
        positions += [math.nan] * len(sites)
        lonlat = np.vstack([lonlat, [[s.lon, s.lat] for s in sites]])
    cells = LineCells(np.asarray(positions), np.asarray(lengths), np.asarray(sector),
                      tuple(sector_names))
    n_cells = cells.n_cells

    # -- detection, with and without US sensors
    assessment = assess_scenario(scenario)  # memoised: `assess` has already run it
    latency = _q(inc.report_latency, "h", 0.0)

    def detection(figures: Any) -> CellDetection:
        revisit, pd = figures.cells.detection_inputs()
        revisit = np.concatenate([revisit, np.full(n_cells - n_line, np.inf)])
        pd = np.concatenate([pd, np.zeros(n_cells - n_line)])
        return CellDetection(revisit, pd, latency)

    det_with, det_without = detection(assessment.with_us), detection(assessment.without_us)

    # -- incident types
    types = IncidentTypes(
        names=tuple(t.id for t in inc.types),
        duration_h=np.array([t.duration.in_("h") for t in inc.types]),
        response_required=np.array([t.response for t in inc.types]),
        self_reported=np.array([t.self_reported for t in inc.types]),
    )
    if site_rows:
        unseen = [t.id for t in inc.types if t.where == "sites" and not t.self_reported]
        if unseen:
            notes.append(f"no sensor watches the protected sites: {', '.join(unseen)} there "
                         "are never detected (make them self_reported)")

    # -- rates and regimes
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
                rate[r, t, n_sectors - 1] = q.in_("1/day")
            elif q.nominal > 0:
                raise ScenarioFieldError(where, "has a rate at the protected sites but "
                                         "[posture] lists no site with a weight > 0",
                                         field=f"incidents.regimes[{r}].rates.{kind.id}")
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
    chain = RegimeChain(tuple(ids), np.array([g.initial.in_("fraction") for g in inc.regimes]),
                        trans)
    k = inc.dispersion.in_("ratio") if inc.dispersion is not None else math.inf
    rates = IncidentRates(rate, chain, k)

    # -- units: QRFs, helicopters and air from the posture; the support force escalates
    plan = posture_report(scenario)
    garrisons = plan["garrisons"]
    resp = response_units(scenario, theatre, garrisons)
    times = resp.time_matrix_h(lonlat)
    per_garrison = int(round(_q(inc.qrf_per_garrison, "count", 1.0)))
    # Garrisons the force mans beyond those the posture places (they add no site cover) still
    # field QRFs: they are co-located with the placed garrisons in turn, so a larger force
    # answers more calls.
    extra = max(0, int(plan["n_garrisons"]) - len(garrisons))
    at_garrison = {f"qrf@{g['id']}": 1 + extra // len(garrisons) + (k < extra % len(garrisons))
                   for k, g in enumerate(garrisons)} if garrisons else {}
    if extra and garrisons:
        notes.append(f"{extra} of the {plan['n_garrisons']} manned garrisons add no site cover; "
                     f"their QRFs are co-located with the {len(garrisons)} placed garrisons in "
                     "turn")
    rows: list[tuple[str, str, bool, bool, Any]] = []
    for u, uid in enumerate(resp.ids):
        kind = _KIND[resp.mode[u]]
        copies = per_garrison * at_garrison.get(uid, 1) if kind == "ground_qrf" else 1
        for c in range(copies):
            name = uid if copies == 1 else f"{uid}#{c + 1}"
            rows.append((name, kind, bool(resp.is_us[u]), False, times[u]))
    sf = scenario.support_force
    base = theatre.airbase(sf.base)
    post = scenario.posture
    speed = _q(post.qrf_speed, "km/h", math.nan)
    detour = post.detour_factor.nominal if post.detour_factor is not None else 1.0
    n_sf = int(round(_q(inc.support_force_responses, "count", 1.0)))
    activation_h = 0.0
    sf_from = sf.base
    if math.isfinite(speed) and sf.troops.nominal > 0 and n_sf > 0:
        # A reinforcement: activated once (readiness), it moves once to its arrival airfield in
        # theatre (if the scenario names one) and answers escalated calls from there; both are
        # paid once per activation (ResponseUnits.activation_h), never on a call's legs.
        activation_h = sf.readiness.in_("h")
        forward = base
        if sf.arrival is not None:
            forward = theatre.airbase(sf.arrival)
            sf_from = sf.arrival
            activation_h += float(response_time_matrix_h(
                [[base.lon, base.lat]], 0.0, speed, detour,
                np.array([[forward.lon, forward.lat]]))[0, 0])
        sf_times = response_time_matrix_h([[forward.lon, forward.lat]], 0.0, speed, detour,
                                          lonlat)[0]
        for c in range(n_sf):
            name = f"support-force@{sf_from}" + (f"#{c + 1}" if n_sf > 1 else "")
            rows.append((name, "outside_support", False, True, sf_times))
    scene = np.zeros((len(rows), types.n_types))
    serve = np.zeros((len(rows), types.n_types), dtype=bool)
    for i, (_, kind, _, _, _) in enumerate(rows):
        for t, spec in enumerate(inc.types):
            if kind in spec.responders:
                serve[i, t] = True
                scene[i, t] = spec.on_scene[kind].in_("h")
    units = ResponseUnits(
        names=tuple(r[0] for r in rows), kind=tuple(r[1] for r in rows),
        response_h=np.array([r[4] for r in rows]).reshape(len(rows), n_cells),
        on_scene_h=scene, can_serve=serve, escalation=np.array([r[3] for r in rows], dtype=bool),
        return_factor=np.full(len(rows), RETURN_FACTOR),
        us=np.array([r[2] for r in rows], dtype=bool), activation_h=activation_h,
    )
    horizon_days = max(1, round(_q(inc.horizon, "day", DEFAULT_HORIZON_DAYS)))
    max_wait = _q(inc.max_wait, "h", math.inf)
    threshold = inc.response_threshold.in_("h")
    with_us = IncidentModel(cells, det_with, types, rates, units, horizon_days, threshold,
                            max_wait)
    without_us = with_us.without_us(detection=det_without)
    notes.append(f"return leg assumed as long as the outward response (factor {RETURN_FACTOR:g})")
    if activation_h > 0:
        notes.append(
            f"the outside support force is a reinforcement, not a per-call responder: a call no "
            f"in-theatre unit takes up within {_q(inc.max_wait, 'h', math.inf):g} h is escalated "
            f"to it; the first escalation activates it: {sf.readiness.in_('h'):g} h readiness"
            + (f" and the road move {sf.base} -> {sf_from}" if sf_from != sf.base else "")
            + f", {activation_h:.0f} h in all, paid once per replication; then each of its "
            f"{n_sf} elements needs only the road transit from {sf_from} (out and back)")
    return {"with_us": with_us, "without_us": without_us, "line_km": float(grid.total_km),
            "n_line_cells": n_line, "sites": [sid for sid, _ in site_rows], "notes": notes}


def incidents_report(scenario: Any, runs: int = DEFAULT_RUNS, seed: int | None = None, *,
                     workers: int = 1) -> dict[str, Any]:
    """Everything `reassure incidents` prints, as plain data (with-US figures at the top level
    and the same keys under ``without_us``)."""
    from reassure.run.engine import run_incidents

    built = incident_models(scenario)
    seed = scenario.seed if seed is None else seed
    with_us = run_incidents(built["with_us"], runs, seed, workers=workers)
    without = run_incidents(built["without_us"], runs, seed, workers=workers)
    report: dict[str, Any] = {"scenario": scenario.name, **with_us.to_dict()}
    report["without_us"] = without.to_dict()
    model = built["with_us"]
    report["inputs"] = {
        "line_km": round(built["line_km"], 1), "line_cells": built["n_line_cells"],
        "protected_sites": built["sites"], "regimes": list(model.rates.regimes.names),
        "types": list(model.types.names), "horizon_days": model.horizon_days,
        "max_wait_h": model.max_wait_h if math.isfinite(model.max_wait_h) else None,
        "notes": built["notes"],
    }
    return report


def _est(e: dict[str, Any], digits: int = 2, pct: bool = False) -> str:
    v = e.get("value")
    if v is None:
        return "-"
    lo, hi = e.get("ci95", [None, None])
    k = 100.0 if pct else 1.0
    text = f"{v * k:.{digits}f}"
    if lo is not None and hi is not None:
        text += f" [{lo * k:.{digits}f}, {hi * k:.{digits}f}]"
    return text + ("%" if pct else "")


def _print_table(r: dict[str, Any]) -> None:
    from rich.table import Table

    from reassure.present.output import console

    con = console()
    w, o = r, r["without_us"]
    run = r["run"]
    t = Table(title=f"{r['scenario']}: ceasefire incidents over {run['horizon_days']} days "
              f"({run['replications']} runs, seed {run['seed']}; mean [95% CI])",
              title_justify="left")
    for col in ("figure", "with US", "without US"):
        t.add_column(col, justify="left" if col == "figure" else "right")
    th = f"{r['threshold_h']:g} h"
    rows = [
        ("incidents a day", "incidents_per_day", None, 1, False),
        ("detected, share of all incidents", "detected_fraction", None, 1, True),
        ("start to report, median h (detected)", "detect_h", "p50", 2, False),
        ("start to report, p90 h (detected)", "detect_h", "p90", 2, False),
        ("report to first unit on scene, median h (answered calls)", "report_to_scene_h", "p50", 1,
         False),
        ("report to first unit on scene, p90 h (answered calls)", "report_to_scene_h", "p90", 1,
         False),
        ("  p90 h of calls answered in theatre", "in_theatre_report_to_scene_h", "p90", 1, False),
        ("start to first unit on scene, median h (answered calls)", "respond_h", "p50", 1, False),
        ("start to first unit on scene, p90 h (answered calls)", "respond_h", "p90", 1, False),
        ("start to first unit on scene, median h (all incidents needing a response; - = never)",
         "incident_respond_h", "p50", 1, False),
        (f"within {th} of the report, share of calls", "within_threshold_fraction", None, 1, True),
        (f"within {th} of the report, share of incidents needing a response",
         "within_threshold_incidents_fraction", None, 1, True),
        ("unanswered, share of calls", "unanswered_fraction", None, 1, True),
        ("never reached, share of incidents needing a response", "unreached_fraction", None, 1,
         True),
        ("escalated to the support force, share of calls", "escalated_fraction", None, 1, True),
        ("support force activated, share of runs", "activated_fraction", None, 0, True),
        ("report to support force on scene, median h (escalated calls)", "reinforcement_h", "p50",
         1, False),
        ("busiest unit's utilisation", "utilisation_max", None, 2, False),
    ]
    for label, key, sub, digits, pct in rows:
        a, b = (w[key][sub], o[key][sub]) if sub else (w[key], o[key])
        t.add_row(label, _est(a, digits, pct), _est(b, digits, pct))
    con.print(t)
    by = Table(title="Incidents a day by type and regime days", title_justify="left")
    for col in ("", "with US", "without US"):
        by.add_column(col, justify="left" if not col else "right")
    for ta, tb in zip(w["types"], o["types"], strict=True):
        by.add_row(f"{ta['name']} a day", _est(ta["incidents_per_day"], 1),
                   _est(tb["incidents_per_day"], 1))
        by.add_row(f"{ta['name']} detected", _est(ta["detected_fraction"], 1, True),
                   _est(tb["detected_fraction"], 1, True))
    for name, e in w["regime_day_fraction"].items():
        by.add_row(f"days {name}", _est(e, 1, True), _est(o["regime_day_fraction"][name], 1, True))
    con.print(by)
    for label, data in (("with US", w), ("without US", o)):
        unit = data["utilisation_max"].get("unit")
        if unit:
            con.print(f"{label}: busiest unit {unit}")
        for warning in data["warnings"]:
            con.print(f"warning ({label}): {warning}")
    for note in r["inputs"]["notes"]:
        con.print(f"note: {note}")


def command(
    scenario: Annotated[str, typer.Argument(help="shipped scenario name or TOML path")],
    runs: Annotated[int, typer.Option("--runs", help="Monte Carlo replications")] = DEFAULT_RUNS,
    seed: Annotated[int | None, typer.Option(
        "--seed", help="random seed (default: the scenario's seed)")] = None,
    format: Annotated[str, typer.Option("--format", help="table or json")] = "table",
    workers: Annotated[int, typer.Option(
        "--workers", help="worker processes (the numbers do not depend on it)")] = 1,
) -> None:
    """Incidents along the line, how many are seen, how soon, how many answered in time."""
    from reassure.errors import ReassureError
    from reassure.present.output import check_format, print_json
    from reassure.spec import load_scenario

    check_format(format, FORMATS)
    if not 1 <= runs <= 1_000_000:
        raise ReassureError(f"--runs must lie between 1 and 1,000,000 (got {runs})")
    if seed is not None and seed < 0:
        raise ReassureError(f"--seed must be >= 0 (got {seed})")
    if not 1 <= workers <= 64:
        raise ReassureError(f"--workers must lie between 1 and 64 (got {workers})")
    report = incidents_report(load_scenario(scenario), runs, seed, workers=workers)
    if format == "json":
        print_json(report)
    else:
        _print_table(report)
