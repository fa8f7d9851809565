"""Assessment section: remote monitoring of the contact line (coverage, revisit, detection, fleet)."""

from __future__ import annotations

from typing import Any

from reassure.run.results import (
    Chart,
    Figure,
    Layer,
    SectionResult,
    Setting,
    Table,
    Verdict,
    both_sides,
    plan_case,
    plan_label,
)

__all__ = ["COVERAGE_LABEL", "SHARE_NOT_SET", "SHARE_QUESTION", "SECTOR_SATISFIED", "cell_and_window", "cells_geojson",
           "monitoring_section", "revisit_colour", "satisfied_words", "sensing_refs"]

REFS = ("monitoring", "us_backstop.isr")
# What the plan's coverage, revisit and detection figures read (review r8 5: a figure's footnote
# lists what it reads): the monitoring section but its sizing table (the candidate fleets and the
# share the sizing aims at) and the band's event durations (the band section's satellite figure).
SENSING_REFS = ("us_backstop.isr", *(f"monitoring.{field}" for field in (
    "cell", "target_revisit", "fleets", "sector_length", "window", "step", "night_fraction", "cloud_fraction",
    "jamming_events", "jamming_outage", "attrition", "band.line_length", "band.depth", "band.attrition")))


def sensing_refs(scenario: Any) -> tuple[str, ...]:
    """`SENSING_REFS` this plan has: the band's fields only where it gives a `[monitoring.band]`
    (review s15: a plan without one had its figures footnoted with band fields it does not set)."""
    if getattr(scenario.monitoring, "band", None) is not None:
        return SENSING_REFS
    return tuple(r for r in SENSING_REFS if not r.startswith("monitoring.band."))


def revisit_colour(revisit_max_h: float | None, target_h: float) -> str:
    """Green within the target revisit, amber within three times it, red beyond or never seen."""
    if revisit_max_h is None or revisit_max_h != revisit_max_h:
        return "#a32020"
    if revisit_max_h <= target_h:
        return "#2e8b57"
    if revisit_max_h <= 3 * target_h:
        return "#e0a526"
    return "#a32020"


#: The coverage figure's label: a share of time, averaged over the line's length (review s33: "Time
#: the line is under a sensor (coverage)" gave a % without saying of what).
COVERAGE_LABEL = ("Share of time each point of the line is under a sensor, averaged along the line "
                  "(% of time)")

#: The sector table's columns for the share of each sector revisited within the target revisit
#: (as `monitor` prints it: "length revisited in time"), as planned and without the US backstop.
SECTOR_SATISFIED = ("Length revisited in time as planned (% of the sector's length within the target revisit)",
                    "Length revisited in time without US backstop (% of the sector's length within the target "
                    "revisit)")

#: The verdict asked only of a plan that sets the share of the line to watch (monitoring.sizing.share).
SHARE_QUESTION = "Is the line watched to the target revisit along the planned share of its length?"
#: Why a plan is not asked `SHARE_QUESTION`: said in its report and beside its n/a in `compare`.
SHARE_NOT_SET = ("not asked: the plan names no share of the line that must meet the target revisit "
                 "(monitoring.sizing.share is not set); the figure 'Share of the line whose longest gap "
                 "between sensor passes in the window is within the target revisit' gives the share that does")


def monitoring_section(scenario: Any, settings: dict[str, Any], assessment: Any, grid: Any) -> SectionResult:
    """Shape the monitoring assessment (the fleet with and without US assets) of ``grid``."""
    plan = plan_label(scenario)
    from reassure.spec import walk_provenanced
    from reassure.spec.sections.monitoring import load_sensor_catalogue

    catalogue = load_sensor_catalogue()
    used = {f.sensor for f in scenario.monitoring.fleets}
    sensors = tuple(sorted({f"data:sensors:{sid}" for t in catalogue.sensors if t.id in used
                            for _, item in walk_provenanced(t) for sid in item.source}))
    refs = REFS + sensors
    sensing = sensing_refs(scenario) + sensors
    d = assessment.to_dict()
    alone = d["without_us"]
    from reassure.bridge.monitoring import targets

    target_h, share = targets(scenario)
    cell, window = cell_and_window(scenario, d)
    # review: "Worst revisit 2.9 h" and "42.7% meeting the target" did not say the test is each
    # cell's longest gap over the window: the labels say it, and compare shows each plan's cell,
    # window and target under a label without them
    its_grid = Setting("its line cells, window and target revisit", f"{cell} cells; {window}; {target_h:g} h")
    satisfied = satisfied_words(d["settings"].get("satisfy_on", "revisit_max"))
    verdicts = []
    if share is not None:
        verdicts.append(Verdict(
            SHARE_QUESTION,
            d["percent_satisfied"] >= share, alone["percent_satisfied"] >= share,
            # review s33: the achieved share and the planned one, not only how they are compared
            f"share of the line's length whose {satisfied} in {window} is within the target revisit of "
            f"{target_h:g} h (each {cell} cell's): "
            + both_sides(scenario, f"{d['percent_satisfied']:.1f}%", f"{alone['percent_satisfied']:.1f}%")
            + f", against the planned {share:g}% of its length (monitoring.sizing.share); the share is "
            "length-weighted over the cells whose revisit meets the target revisit (monitoring.target_revisit), "
            "degraded by night, cloud, jamming and attrition",
            refs))
    pd1 = {row["duration_h"]: row["pd"] for row in d["pd_by_duration"]}
    pd1_alone = {row["duration_h"]: row["pd"] for row in alone["pd_by_duration"]}
    geo = d.get("geometry") or {}
    figures = (
        *((Figure("line_km", "Length of the line the monitoring figures are computed over, km",
                  geo["length_km"], (alone.get("geometry") or geo)["length_km"], "km", _line_refs(scenario)),)
          if geo.get("length_km") is not None else ()),
        # review s33: the share's denominator in the label (time, averaged along the line's length)
        Figure("coverage_percent", COVERAGE_LABEL, d["coverage_percent"],
               alone["coverage_percent"], "%", sensing, 1),
        Figure("revisit_mean_h", f"Mean revisit: the gap between sensor passes, averaged over each {cell} cell's "
               f"gaps in {window} and along the line, hours", d["revisit_h"]["mean"],
               alone["revisit_h"]["mean"], "h", sensing, 2,
               common_label="Mean revisit: the gap between sensor passes, averaged over each cell's gaps in the "
                            "window and along the line, hours", setting=its_grid),
        Figure("revisit_max_h", f"Worst revisit: the longest gap between sensor passes at any {cell} cell of the "
               f"line in {window}, hours", d["revisit_h"]["max"], alone["revisit_h"]["max"], "h", sensing, 1,
               common_label="Worst revisit: the longest gap between sensor passes at any cell of the line in the "
                            "window, hours", setting=its_grid),
        Figure("response_mean_h", "Mean time from an event to its first sensor pass, hours",
               d["response_h"]["mean"], alone["response_h"]["mean"], "h", sensing, 2),
        Figure("percent_satisfied", f"Share of the line whose {satisfied} in {window} is <= {target_h:g} h, "
               f"each {cell} cell's (% of its length)", d["percent_satisfied"],
               alone["percent_satisfied"], "%", sensing, 1,
               common_label=f"Share of the line whose {satisfied} in the window is within the target revisit, "
                            "each cell's (% of its length)", setting=its_grid),
        Figure("pd_1h", "Chance an hour-long event is detected (% of such events, averaged along the line)", 100 * pd1.get(1.0, float("nan")),
               100 * pd1_alone.get(1.0, float("nan")), "%", sensing, 1),
        Figure("airframes", airframes_label(d["fleet"]), d.get("airframes"), alone.get("airframes"),
               "airframes", sensing),
    )
    charts = (
        Chart("pd-by-duration", "Probability of detecting an event, by its duration", "line",
              x=tuple(row["duration_h"] for row in d["pd_by_duration"]),
              series={plan: tuple(row["pd"] for row in d["pd_by_duration"]),
                      "without": tuple(row["pd"] for row in alone["pd_by_duration"])},
              x_label="event duration, hours", y_label="probability detected", refs=refs),
        Chart("sector-revisit", "Mean revisit by sector of the line, hours", "bar",
              labels=tuple(s["sector"] for s in d["sectors"]),
              series={plan: tuple(s["revisit_h"]["mean"] for s in d["sectors"]),
                      "without": tuple(s["revisit_h"]["mean"] for s in alone["sectors"])},
              x_label="hours", refs=refs),
    )
    fleet_rows = tuple(
        (f.get("id"), f.get("label", f.get("type")), f.get("base") or "", f.get("orbits"), f.get("airframes"),
         bool(f.get("us_asset", False)))
        for f in d["fleet"]
    )
    tables = (
        Table("fleet", f"Sensor fleet ({plan_case(scenario)})", ("group", "type", "base", "orbits", "airframes", "US asset"),
              fleet_rows, refs),
        # a plan without the backstop is one plan on both sides: its caption must not say "with"
        Table("sectors", "Monitoring by sector " + ("(with / without the US backstop)" if scenario.us_backstop.any
                                                    else f"({plan_case(scenario)})"),
              # review: `monitor` printed each sector's length revisited in time, the report did not
              ("sector", "coverage_pct", "revisit_mean_h", "revisit_max_h", "revisit_mean_without_us_h",
               *SECTOR_SATISFIED),
              tuple((s["sector"], s["coverage_percent"], s["revisit_h"]["mean"], s["revisit_h"]["max"],
                     a["revisit_h"]["mean"], s["percent_satisfied"], a["percent_satisfied"])
                    for s, a in zip(d["sectors"], alone["sectors"], strict=True)),
              refs),
    )
    layers: tuple[Layer, ...] = ()
    if not settings.get("figures_only"):  # `explore` reads the figures only: no map layer to draw
        cells = cells_geojson(assessment, grid)
        cell_feats = []
        for f in cells["features"]:
            p = f["properties"]
            cell_feats.append({"type": "Feature", "geometry": f["geometry"],
                               "properties": {**{k: v for k, v in p.items()},
                                              "label": f"km {p['start_km']:.0f}: worst revisit {p['revisit_max_h']} h",
                                              "colour": revisit_colour(p.get("revisit_max_h"), target_h), "size": 2.2}})
        layers = (Layer("layer-monitored-cells", f"Line cells coloured by worst revisit ({plan_case(scenario, article=False)})",
                        "point", tuple(cell_feats), refs),)
    # The geometry beside the figures (r8 6): a band stretched to the reported length is not
    # the trace's length the band section gives, and the sector table runs along the band.
    notes: tuple[str, ...] = ((f"Geometry: the figures above and the sector table are computed over the {geo['description']}.",)
             if geo.get("description") else ())
    if share is None:  # the verdict is left out: say why, not only by its absence (s13 review 11)
        notes += (f"No verdict on the planned share of the line: {SHARE_NOT_SET.removeprefix('not asked: ')}.",)
    return SectionResult("monitoring", "Remote monitoring of the contact line", tuple(verdicts), figures,
                         charts, layers, tables, {"with_us": {k: v for k, v in d.items() if k != "without_us"},
                                                  "without_us": alone},
                         tuple(d.get("notes", ()))
                         # a line compressed rather than cut (r6 H1), from loading the file
                         + scenario.load_warnings_about("monitoring"), notes=notes)


def _line_refs(scenario: Any) -> tuple[str, ...]:
    """What the length the cells stand for rests on: the band's reported length, else the
    theatre's contact-line sources (not the whole monitoring section's, r8 5)."""
    band = getattr(scenario.monitoring, "band", None)
    if band is not None:
        return ("monitoring.band.line_length",)
    from reassure.theatres import load_theatre

    theatre = load_theatre(scenario.theatre)
    return tuple(sorted({f"theatre:{s}" for p in theatre.contact_line for s in p.source})) or ("monitoring",)


def airframes_label(fleet: Any) -> str:
    """What the fleet's airframe count counts: patrols (UAVs) and staring stations of the plan's
    own fleet (review: "the fleet needs" read as a requirement beside the band section's "Fewest
    UAV airframes to hold the target revisit"), never the satellites the fleet table also lists.

    >>> airframes_label([{"kind": "patrol"}, {"kind": "satellite"}])
    "UAV airframes in the plan's fleet (satellites not counted)"
    >>> airframes_label([{"kind": "patrol"}, {"kind": "stare"}])
    "UAV airframes and staring stations (aerostats, cameras) in the plan's fleet"
    """
    kinds = {str(row.get("kind")) for row in fleet or () if isinstance(row, dict)}
    what = {frozenset({"patrol"}): "UAV airframes", frozenset({"stare"}): "Staring stations (aerostats, cameras)"}.get(
        frozenset(kinds - {"satellite"}), "UAV airframes and staring stations (aerostats, cameras)")
    return f"{what} in the plan's fleet" + (" (satellites not counted)" if "satellite" in kinds else "")


def cell_and_window(scenario: Any, d: dict[str, Any]) -> tuple[str, str]:
    """The line cell and the analysis window the revisit figures are taken over, in words
    (``1 km``, ``10 days``).

    The cell as the plan writes it (``monitoring.cell``), the window as the model ran it.

    >>> from types import SimpleNamespace as N
    >>> cell_and_window(N(monitoring=N(cell=N(text=lambda: "1 km"))), {"settings": {"window_h": 240.0}})
    ('1 km', '10 days')
    >>> cell_and_window(N(monitoring=N(cell=N(text=lambda: "2.5 km"))), {"settings": {"window_h": 36.0}})
    ('2.5 km', '36 h')
    """
    hours = float(d.get("settings", {}).get("window_h") or 24.0)
    days = hours / 24.0
    window = (f"{days:g} day{'s' if days != 1 else ''}" if days == int(days) else f"{hours:g} h")
    return str(scenario.monitoring.cell.text()), window


def satisfied_words(satisfy_on: str) -> str:
    """What each cell is judged on against the target revisit (``monitoring.satisfy_on``).

    >>> satisfied_words("revisit_max"), satisfied_words("response_mean")
    ('longest gap between sensor passes', 'mean wait from an event to the next sensor pass')
    """
    return {"revisit_max": "longest gap between sensor passes",
            "revisit_mean": "mean gap between sensor passes",
            "response_mean": "mean wait from an event to the next sensor pass"}.get(
        satisfy_on, "longest gap between sensor passes")


def cells_geojson(assessment: Any, grid: Any) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of the cells (points at their midpoints) for QGIS.

    Properties per cell, with US assets and (prefixed ``no_us_``) without: coverage percent,
    revisit mean/max, response mean/p90, accesses, pd per pass, and ``pd_<d>h`` for each event
    duration of the detection curve. Infinite or undefined figures are null.
    """
    def props(figs: Any, prefix: str) -> list[dict[str, Any]]:
        c = figs.cells
        q = f"response_p{round(c.quantile * 100)}_h"
        rows = []
        for i in range(c.n):
            row = {
                "coverage_percent": 100.0 * float(c.coverage_fraction[i]),
                "revisit_mean_h": float(c.revisit_mean_h[i]),
                "revisit_max_h": float(c.revisit_max_h[i]),
                "response_mean_h": float(c.response_mean_h[i]),
                q: float(c.response_pq_h[i]),
                "n_access": int(c.n_access[i]),
                "pd_per_pass": float(c.pd_per_pass[i]),
                "satisfied": bool(c.satisfied[i]),
            }
            for j, d in enumerate(c.durations_h):
                row[f"pd_{d:g}h"] = float(c.pd_by_duration[i, j])
            rows.append({prefix + k: v for k, v in row.items()})
        return rows

    with_us = props(assessment.with_us, "")
    without = props(assessment.without_us, "no_us_")
    features = []
    for i in range(grid.n):
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point",
                         "coordinates": [round(float(grid.lon[i]), 6), round(float(grid.lat[i]), 6)]},
            "properties": {
                "cell": i, "start_km": round(float(grid.start_km[i]), 3),
                "length_km": round(float(grid.length_km[i]), 3),
                "sector": grid.sector_names[int(grid.sector[i])],
                **with_us[i], **without[i],
            },
        })
    return {"type": "FeatureCollection", "features": features}
