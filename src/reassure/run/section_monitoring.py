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

__all__ = ["COVERAGE_LABEL", "SHARE_NOT_SET", "SHARE_QUESTION", "SECTOR_SATISFIED", "SIZING_REFS", "cell_and_window",
           "cells_geojson", "line_figures", "monitoring_section", "revisit_colour", "satisfied_words", "sensing_refs",
           "SIZING_KEPT", "SIZING_LOST", "jamming_note", "sizing_figures", "sizing_sides", "sizing_table"]

REFS = ("monitoring", "us_backstop.isr")
# What the plan's coverage, revisit and detection figures read (review r8 5: a figure's footnote
# lists what it reads): the monitoring section but its sizing table (the candidate fleets and the
# share the sizing aims at) and the band's event durations (the band section's satellite figure).
SENSING_REFS = ("us_backstop.isr", *(f"monitoring.{field}" for field in (
    "cell", "target_revisit", "fleets", "sector_length", "window", "step", "night_fraction", "cloud_fraction",
    "jamming_events", "jamming_outage", "attrition", "band.line_length", "band.depth", "band.attrition")))
#: What the fleet sizing reads (review s38 1): the sizing table and the conditions the sized fleets
#: are checked under, not the plan's own fleets.
SIZING_REFS = ("horizon", "us_backstop.isr", *(f"monitoring.{field}" for field in (
    "sizing.share", "cell", "target_revisit", "window", "step", "night_fraction", "cloud_fraction", "jamming_events",
    "jamming_outage", "attrition", "band.line_length", "band.depth", "band.attrition")))


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
            + f", against the target of {share:g}% of its length (monitoring.sizing.share, whose source or "
            "assumption says whose target it is); the share is "
            "length-weighted over the cells whose revisit meets the target revisit (monitoring.target_revisit), "
            "degraded by night, cloud, jamming and attrition"
            # review s38 2: with jamming a cell meets the target with a chance (outages at random times)
            + (", each cell counted with its chance of meeting it with jamming outages at random times"
               if _expected(d) else ""),
            refs))
    figures = line_figures(scenario, d, sensing)
    geo = d.get("geometry") or {}
    sized = sizing_sides(scenario)
    if sized is not None:
        figures += sizing_figures(scenario, sized, _sizing_refs(scenario, catalogue))
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
    tables: tuple[Table, ...] = (
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
    if sized is not None:
        tables += (sizing_table(sized[0], _sizing_refs(scenario, catalogue)),)
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
    jam = jamming_note(scenario, d)
    if jam is not None:
        notes += (jam,)
    if share is None:  # the verdict is left out: say why, not only by its absence (s13 review 11)
        notes += (f"No verdict on the planned share of the line: {SHARE_NOT_SET.removeprefix('not asked: ')}.",)
    return SectionResult("monitoring", "Remote monitoring of the contact line", tuple(verdicts), figures,
                         charts, layers, tables,
                         {"with_us": {**{k: v for k, v in d.items() if k != "without_us"},
                                      **({"sizing": sized[0].to_dict()} if sized is not None else {})},
                          "without_us": {**alone, **({"sizing": sized[1].to_dict()} if sized is not None else {})}},
                         tuple(d.get("notes", ()))
                         # a line compressed rather than cut (r6 H1), from loading the file
                         + scenario.load_warnings_about("monitoring"), notes=notes)


def line_figures(scenario: Any, d: dict[str, Any], refs: tuple[str, ...] = ()) -> tuple[Figure, ...]:
    """The line's figures of the section, with and without the US backstop, from the monitoring
    assessment's `to_dict()` ``d``: the labels and roundings `reassure monitor` prints too (review
    s38 3: it printed "Worst revisit (h) 2.93" where the report said "2.9 h", and its own label
    for the share revisited in time)."""
    alone = d["without_us"]
    target_h = float(d["settings"]["target_revisit_h"])
    cell, window = cell_and_window(scenario, d)
    # review: "Worst revisit 2.9 h" and "42.7% meeting the target" did not say the test is each
    # cell's longest gap over the window: the labels say it, and compare shows each plan's cell,
    # window and target under a label without them
    its_grid = Setting("its line cells, window and target revisit", f"{cell} cells; {window}; {target_h:g} h")
    satisfied = satisfied_words(d["settings"].get("satisfy_on", "revisit_max"))
    # review s38 2: with jamming the share is an expectation over the outages' timing (random
    # times), not one schedule's yes or no per cell: the label says so
    expected = "expected over jamming outages at random times, " if _expected(d) else ""
    pd1 = {row["duration_h"]: row["pd"] for row in d["pd_by_duration"]}
    pd1_alone = {row["duration_h"]: row["pd"] for row in alone["pd_by_duration"]}
    geo = d.get("geometry") or {}
    return (
        *((Figure("line_km", "Length of the line the monitoring figures are computed over, km",
                  geo["length_km"], (alone.get("geometry") or geo)["length_km"], "km", _line_refs(scenario)),)
          if geo.get("length_km") is not None else ()),
        # review s33: the share's denominator in the label (time, averaged along the line's length)
        Figure("coverage_percent", COVERAGE_LABEL, d["coverage_percent"],
               alone["coverage_percent"], "%", refs, 1),
        Figure("revisit_mean_h", f"Mean revisit: the gap between sensor passes, averaged over each {cell} cell's "
               f"gaps in {window} and along the line, hours", d["revisit_h"]["mean"],
               alone["revisit_h"]["mean"], "h", refs, 2,
               common_label="Mean revisit: the gap between sensor passes, averaged over each cell's gaps in the "
                            "window and along the line, hours", setting=its_grid),
        Figure("revisit_max_h", f"Worst revisit: the longest gap between sensor passes at any {cell} cell of the "
               f"line in {window}, hours", d["revisit_h"]["max"], alone["revisit_h"]["max"], "h", refs, 1,
               common_label="Worst revisit: the longest gap between sensor passes at any cell of the line in the "
                            "window, hours", setting=its_grid),
        Figure("response_mean_h", "Mean time from an event to its first sensor pass, hours",
               d["response_h"]["mean"], alone["response_h"]["mean"], "h", refs, 2),
        Figure("percent_satisfied", f"Share of the line whose {satisfied} in {window} is <= {target_h:g} h, "
               f"each {cell} cell's ({expected}% of its length)", d["percent_satisfied"],
               alone["percent_satisfied"], "%", refs, 1,
               common_label=f"Share of the line whose {satisfied} in the window is within the target revisit, "
                            f"each cell's ({expected}% of its length)", setting=its_grid),
        Figure("pd_1h_pct", "Chance an hour-long event is detected (% of such events, averaged along the line)",
               100 * pd1.get(1.0, float("nan")), 100 * pd1_alone.get(1.0, float("nan")), "%", refs, 1),
        Figure("airframes", airframes_label(d["fleet"]), d.get("airframes"), alone.get("airframes"),
               "airframes", refs),
    )


def jamming_note(scenario: Any, d: dict[str, Any]) -> str | None:
    """How the plan's jamming is shared (review s53 1): the events a day are the adversary's effort
    against the whole airborne fleet, shared by the jam-susceptible aircraft flying in each case
    (`models.monitoring.sampling._jam_active`), so on the side with fewer of them each loses more
    of its time. None without jamming or without a jam-susceptible aircraft.
    ``d``: the monitoring assessment's `to_dict()`."""
    st = d.get("settings") or {}
    events, outage = float(st.get("jamming_events_per_day") or 0), float(st.get("jamming_outage_h") or 0)
    if events <= 0 or outage <= 0:
        return None
    from reassure.bridge.monitoring import shipped_platforms

    catalogue = shipped_platforms()

    def exposed(side: dict[str, Any]) -> int:
        return sum(int(r.get("orbits") or 0) for r in side.get("fleet") or ()
                   if r.get("kind") != "satellite" and getattr(catalogue.get(r.get("type")), "jam_susceptible", False))

    m, m_alone = exposed(d), exposed(d["without_us"])
    if m == 0 and m_alone == 0:
        return None

    def each(n: int) -> str:
        if n == 0:
            return "none flies"
        return (f"{n} aircraft, each off task {100 * min(1.0, events * outage / (24.0 * n)):.1f}% of the time")

    head = (f"Jamming: the plan's {events:g} outages a day of {outage:g} h (monitoring.jamming_events, "
            "monitoring.jamming_outage) are read as the adversary's effort against the whole airborne fleet, "
            "shared by the jam-susceptible aircraft flying in each case")
    if not scenario.us_backstop.any or m == m_alone:
        return head + f": {each(m)}."
    return (head + f": with the US backstop {each(m)}; without it {each(m_alone)}. Fewer aircraft each lose "
            "more, so the same European orbits are under a sensor less of the time without the US than with "
            "it (a rate per aircraft would leave them unchanged); the coverage, revisit and detection figures "
            "carry this reading.")


def _expected(d: dict[str, Any]) -> bool:
    """Whether the share meeting the target is an expectation over jamming outages at random times
    (`models.monitoring.jamming`): the plan has jamming and judges each cell on its worst gap."""
    st = d["settings"]
    return ((st.get("jamming_events_per_day") or 0) > 0 and (st.get("jamming_outage_h") or 0) > 0
            and st.get("satisfy_on", "revisit_max") == "revisit_max")


def sizing_sides(scenario: Any) -> tuple[Any, Any] | None:
    """The fleet sizing of ``[monitoring.sizing]`` with and without the US backstop (one run when
    no candidate is a US sensor that counts); None without a sizing table."""
    from reassure.bridge.monitoring import build_input, sizing_inputs
    from reassure.bridge.monitoring_sizing import size_monitoring

    both = sizing_inputs(scenario), sizing_inputs(scenario, us_backstop=False)
    if both[0] is None or both[1] is None:
        return None
    inp = build_input(scenario)
    with_us = size_monitoring(scenario, inp)
    if [c.id for c in both[0][0]] == [c.id for c in both[1][0]]:
        return with_us, with_us
    return with_us, size_monitoring(scenario, inp, us_backstop=False)


def _sizing_refs(scenario: Any, catalogue: Any) -> tuple[str, ...]:
    """`SIZING_REFS` this plan has, each candidate's standoff (its `orbits` are not read: the
    sizing chooses them), and the sources of the candidate sensors."""
    candidates = scenario.monitoring.sizing.candidates if scenario.monitoring.sizing else ()
    used = {c.sensor for c in candidates}
    from reassure.spec import walk_provenanced

    sensors = tuple(sorted({f"data:sensors:{sid}" for t in catalogue.sensors if t.id in used
                            for _, item in walk_provenanced(t) for sid in item.source}))
    band = getattr(scenario.monitoring, "band", None) is not None
    standoffs = tuple(f"monitoring.sizing.candidates[{i}].standoff" for i, c in enumerate(candidates)
                      if c.standoff is not None)
    return tuple(r for r in SIZING_REFS if band or not r.startswith("monitoring.band.")) + standoffs + sensors


def _classes(plan: Any) -> str:
    return ", ".join(f"{g['type']}@{g['base']}" for g in plan.groups) or "none"


def sizing_figures(scenario: Any, sized: tuple[Any, Any], refs: tuple[str, ...] = ()) -> tuple[Figure, ...]:
    """The fleet sizing's figures (`bridge.monitoring_sizing.MonitoringSizing`, with and without
    the US backstop), as the report and `reassure monitor --size` give them (review s38 1: `assess`
    said 13 airframes, `monitor --size` 11 and 3 orbits "planned 100%", and neither label said
    that with the plan's jamming such a fleet keeps the target on a fraction of the line).

    The headline is the fleet sized for the plan's jamming; the fleet sized by geometry alone is
    beside it, with the share of the line it keeps once jamming takes airframes off task."""
    from reassure.run.section_monitoring_band import horizon_words
    from reassure.vocabulary import years_text

    w, a = sized
    share = f"{100 * w.plan.target_fraction:g}%"
    same = _classes(w.plan) == _classes(a.plan)
    cls = _classes(w.plan) if same else "classes in the sizing table"
    cls_geo = _classes(w.geometry) if _classes(w.geometry) == _classes(a.geometry) else "classes in the sizing table"
    jam = w.jamming_text
    with_jam = f"with the plan's jamming ({jam}; {cls})" if w.jamming else f"(the plan has no jamming; {cls})"
    years = scenario.horizon.to("year")
    mid = (years.low + years.high) / 2  # the plan's horizon as the monitoring model reads it
    not_plan = "sized from the candidates, not the plan's fleet"
    return (
        Figure("sized_airframes", f"Fewest UAV airframes that keep the target revisit on {share} of the line "
               f"{with_jam}: {not_plan}", w.plan.airframes, a.plan.airframes, "airframes", refs,
               common_label=f"Fewest UAV airframes that keep the target revisit on the planned share of the line "
                            f"with the plan's jamming ({not_plan})",
               setting=Setting("its share, jamming and UAV classes", f"{share}; {jam}; {cls}")),
        Figure("sized_orbits", "Continuous orbits of that fleet", w.plan.orbits, a.plan.orbits, "orbits", refs),
        Figure("sized_percent_satisfied", "Share of the line that fleet keeps within the target revisit in the "
               "sampled model, with the plan's jamming, night and cloud (expected, % of its length)",
               w.plan_sampled_pct, a.plan_sampled_pct, "%", refs, 1),
        Figure("sized_lost_over_horizon", f"Airframes that fleet loses at its classes' attrition over "
               f"{horizon_words(mid, years.low, years.high)}", w.plan.lost_over_horizon,
               a.plan.lost_over_horizon, "airframes", refs, 0,
               common_label="Airframes that fleet loses at its classes' attrition over the middle of the "
                            "plan's horizon",
               setting=Setting("its horizon's middle", years_text(mid))),
        Figure("sized_airframes_without_jamming", f"Fewest UAV airframes that keep the target revisit on {share} of "
               f"the line by geometry alone, without jamming ({cls_geo}"
               + ("; too few once jamming takes airframes off task: see the share under it)" if w.jamming else ")"),
               w.geometry.airframes, a.geometry.airframes, "airframes", refs,
               common_label="Fewest UAV airframes that keep the target revisit on the planned share of the line "
                            "by geometry alone, without jamming",
               setting=Setting("its share and UAV classes", f"{share}; {cls_geo}")),
        Figure("sized_without_jamming_percent_satisfied", "Share of the line that fleet (sized without jamming) "
               "keeps within the target revisit with the plan's jamming, night and cloud (expected, % of its length)",
               w.geometry_sampled_pct, a.geometry_sampled_pct, "%", refs, 1),
    )


#: The sizing table's columns for the airframes lost and the share kept (no number in a header:
#: the report footnotes every number; `reassure monitor` names the years).
SIZING_LOST = "Airframes lost over the middle of the plan's horizon"
SIZING_KEPT = "Share of the line kept within the target revisit with the plan's jamming (%)"


def sizing_table(sized: Any, refs: tuple[str, ...] = ()) -> Table:
    """The two sized fleets by class and base (with the US backstop): the one for the plan's
    jamming and the one by geometry alone, each with the share of the line it keeps."""
    rows: list[tuple[Any, ...]] = []
    fleets = [("for the plan's jamming" if sized.jamming else "the plan has no jamming", sized.plan,
               sized.plan_sampled_pct)]
    if sized.jamming:
        fleets.append(("by geometry alone, without jamming", sized.geometry, sized.geometry_sampled_pct))
    for what, plan, pct in fleets:
        for g in plan.groups:
            rows.append((what, g["type"], g["base"], g["orbits"], g["airframes"],
                         float(g.get("lost_over_horizon", 0.0)), float(pct)))
    what = (", with the plan's jamming and by geometry alone" if sized.jamming
            else " (the plan has no jamming)")
    return Table("sizing", f"Smallest fleet for the target revisit on the planned share of the line{what}: "
                 "sized from the candidates of the sizing table, not the plan's fleet",
                 ("Fleet sized", "type", "base", "orbits", "airframes", SIZING_LOST, SIZING_KEPT), tuple(rows), refs)


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
    revisit mean/max, response mean/p90, accesses, pd per pass, ``satisfied`` (the chance the
    cell meets the target revisit: 1 or 0, but with jamming a chance, outages coming at random
    times) and ``pd_<d>h`` for each event duration of the detection curve. Infinite or undefined
    figures are null.
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
                # the chance the cell meets the target (1 or 0 without jamming; review s38 2)
                "satisfied": float(c.satisfied[i]),
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
