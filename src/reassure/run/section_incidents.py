"""Assessment section: ceasefire incidents, their detection and the response (Monte Carlo)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from reassure.run.results import (
    Chart,
    Denominator,
    Figure,
    SectionResult,
    Setting,
    Table,
    Verdict,
    both_sides,
    plan_case,
    plan_label,
)
from reassure.run.section_monitoring import SENSING_REFS, sensing_refs

__all__ = ["COUNTED_FROM", "denominator_note", "denominators", "incidents_section", "of_subset", "queueing_note",
           "share_pct", "threshold_assumed", "threshold_setting", "threshold_words"]

REFS = ("incidents", "monitoring", "posture", "air", "support_force", "us_backstop")
# What the detection figures read (review r8 5: a figure's footnote lists what it reads): this
# side's sensors (the monitoring figures' own reads, `SENSING_REFS`), where, when and how long the
# incidents are (their types and regimes, counts and horizon; strikes at the protected sites by
# their weights) and the delay to report. Not the garrisons, aircraft or support force that answer.
DETECTION_REFS = (*SENSING_REFS, "incidents.types", "incidents.regimes", "incidents.dispersion",
                  "incidents.horizon", "incidents.report_latency", "posture.sites")


#: When the clock of the response threshold starts (review s20 8: "of the report" read as "the
#: report's standard").
COUNTED_FROM = "counted from when the incident is reported"


def threshold_assumed(scenario: Any) -> bool:
    """Whether the plan's response threshold (``incidents.response_threshold``) is an assumption
    with no source: the reader is told so wherever the threshold is named."""
    q = getattr(getattr(scenario, "incidents", None), "response_threshold", None)
    return q is not None and bool(getattr(q, "assumption", None)) and not getattr(q, "source", ())


def threshold_words(scenario: Any) -> str:
    """``response threshold (assumed), counted from when the incident is reported``: what the
    threshold is, after its value (``the 1 h ...``) or ``the``."""
    return f"response threshold{' (assumed)' if threshold_assumed(scenario) else ''}, {COUNTED_FROM}"


def threshold_setting(scenario: Any) -> Setting:
    """The plan's response threshold as a `Setting` of the figures counted within it: the labels
    name no value (every plan's read the same), so a table of several plans (`reassure compare`)
    gives each plan's threshold in its own cell of the row under them, in minutes below an hour.

    >>> from types import SimpleNamespace as N
    >>> from reassure.spec._quantity import Quantity
    >>> threshold_setting(N(incidents=N(response_threshold=Quantity(value=45, unit="min", assumption="a test")))).text
    '45 min'
    >>> threshold_setting(N(incidents=N(response_threshold=Quantity(value=60, unit="min", assumption="a test")))).text
    '1 h'
    """
    from reassure.bridge.response import response_threshold_h

    h = response_threshold_h(scenario)
    return Setting("its response threshold", f"{h * 60:g} min" if h < 1 else f"{h:g} h")


def _v(e: dict[str, Any] | None, scale: float = 1.0) -> float | None:
    if not e or e.get("value") is None:
        return None
    return float(e["value"]) * scale


def _ci(e: dict[str, Any] | None, scale: float = 1.0) -> tuple[float, float] | None:
    if not e or not e.get("ci95") or None in e["ci95"]:
        return None
    return (float(e["ci95"][0]) * scale, float(e["ci95"][1]) * scale)


def _fig(key: str, label: str, r: dict[str, Any], alone: dict[str, Any], path: tuple[str, ...],
         unit: str, refs: tuple[str, ...], digits: int, scale: float = 1.0,
         over: Subset | None = None, setting: Setting | None = None) -> Figure:
    """A figure from the estimate at ``path`` in both results, with its 95% intervals.

    ``over``: the subset the figure is taken over; ``label`` then holds ``{over}`` where the
    subset goes, filled with its shares on both sides for the plan's report (``of detected
    incidents: 55% of all incidents with the US backstop, 19% without``) and with its name alone
    in ``common_label`` (``of detected incidents``), the label a table across plans shows.
    ``setting``: the plan's own parameter the label names without its value (the response
    threshold), for that table's row under the figure.
    """
    def at(d: dict[str, Any]) -> dict[str, Any] | None:
        node: Any = d
        for p in path:
            node = node.get(p) if isinstance(node, dict) else None
        return node

    common, denominator = "", None
    if over is not None:
        label, common = label.format(over=over.text), label.format(over=f"of {over.subset}")
        denominator = over.denominator
    return Figure(key, label, _v(at(r), scale), _v(at(alone), scale), unit, refs, digits,
                  _ci(at(r), scale), _ci(at(alone), scale), common_label=common,
                  denominator=denominator, setting=setting)


@dataclass(frozen=True)
class Subset:
    """The subset a figure is taken over (``detected incidents``), a share of its ``whole``
    (``all incidents``) on each side."""

    subset: str
    whole: str
    shares: tuple[float | None, float | None]
    #: whether the plan has a US backstop: without one its two sides are one plan, and the
    #: label gives its share once (s32 review 2)
    has_us: bool = True

    @property
    def text(self) -> str:
        """The words a plan's own report puts in the label: the subset and its shares."""
        return of_subset(self.subset, self.whole, self.shares, self.has_us)

    @property
    def denominator(self) -> Denominator:
        """The shares on their own, for a cell of their own beside each plan's value (to a
        tenth of a point, as the shares' own figures: "Share of all incidents detected")."""
        return Denominator(f"{self.subset}, share of {self.whole}", *self.shares, digits=1)


def _collapse_escalation(units: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every ordinary unit, and of the many outside-support-force units only the busiest."""
    ordinary = [u for u in units if not u.get("escalation")]
    escalation = [u for u in units if u.get("escalation")]
    if escalation:
        ordinary.append(max(escalation, key=lambda u: _v(u["utilisation"]) or 0.0))
    return ordinary


def _utilisation_without_us(name: str, by_name: dict[str, dict[str, Any]]) -> float | str | None:
    """The same unit's utilisation without the US backstop. Without it the force may man fewer
    garrisons, so a site's two QRFs (``qrf@site#1``, ``#2``) become one (``qrf@site``): the first
    is that one, the others are not fielded (review s11: every such row read "n/a").
    ``by_name``: the units without the US, by name."""
    if name in by_name:
        return _v(by_name[name]["utilisation"])
    base, _, k = name.rpartition("#")
    if base and k == "1" and base in by_name:
        return _v(by_name[base]["utilisation"])
    return "not fielded" if not name.startswith("support-force@") else None


def _in_theatre(r: dict[str, Any]) -> int:
    """In-theatre response units (the outside support force's escalation elements left out)."""
    return sum(not u.get("escalation") for u in r["units"])


def _busiest(r: dict[str, Any], alone: dict[str, Any], has_us: bool) -> str:
    """The busiest unit with the US backstop, and without it where another unit is busiest
    (without the US the force may man fewer garrisons, and fewer calls are detected)."""
    unit, unit_alone = (d["utilisation_max"].get("unit", "n/a") for d in (r, alone))
    return unit if unit_alone == unit or not has_us else f"{unit} (without the US backstop: {unit_alone})"


def share_pct(x: float | None, digits: int = 0) -> str:
    """A share in per cent to ``digits`` decimals (0 or 1), except where that would read as none
    or all of it (review 19 #6: 0.1 % never reached beside "a unit reached 100 %"): one decimal
    more there, and "<0.1%" / ">99.9%" where even one decimal rounds to 0 or 100. The report's
    tables write every share with one decimal (``digits=1``, review 19b #9).

    >>> [share_pct(x) for x in (None, 46.4, 100.0, 99.94, 99.99, 0.0, 0.3, 0.01)]
    ['n/a', '46%', '100%', '99.9%', '>99.9%', '0%', '0.3%', '<0.1%']
    >>> [share_pct(x, 1) for x in (25.0, 100.0, 0.0, 0.01, 99.999, float("nan"))]
    ['25.0%', '100.0%', '0.0%', '<0.1%', '>99.9%', 'n/a']
    """
    if x is None or not math.isfinite(x):
        return "n/a"
    for d in range(digits, 2):
        text = f"{x:,.{d}f}"
        shown = float(text.replace(",", ""))
        text = text.removeprefix("-") if shown == 0 else text  # no "-0.0%"
        if not (shown == 0 and x > 0 or shown == 100 and x < 100):
            return f"{text}%"
    return ">99.9%" if x > 50 else "<0.1%"


def denominators(r: dict[str, Any], alone: dict[str, Any]) -> dict[str, tuple[float | None, float | None]]:
    """The subsets the conditional figures are taken over, as per cent of their whole, with the
    US backstop and without: ``answered`` (answered calls, of incidents needing a response),
    ``detected`` (of all incidents), ``escalated`` (escalated calls, of calls)."""
    def answered(d: dict[str, Any]) -> float | None:
        unreached = _v(d["unreached_fraction"], 100)
        return None if unreached is None else 100 - unreached

    return {"answered": (answered(r), answered(alone)),
            "detected": (_v(r["detected_fraction"], 100), _v(alone["detected_fraction"], 100)),
            "escalated": (_v(r["escalated_fraction"], 100), _v(alone["escalated_fraction"], 100))}


def of_subset(subset: str, whole: str, shares: tuple[float | None, float | None], has_us: bool = True) -> str:
    """``of answered calls: 100% of incidents needing a response with the US backstop, 47% without``;
    for a plan with no US backstop (``has_us`` false) its own share once: it has no "with the
    US backstop" case (s32 review 2: "19% ... with the US backstop, 19% without").

    >>> of_subset("detected incidents", "all incidents", (19.0, 19.0), has_us=False)
    'of detected incidents: 19% of all incidents'
    """
    if not has_us:
        return f"of {subset}: {share_pct(shares[0])} of {whole}"
    return f"of {subset}: {share_pct(shares[0])} of {whole} with the US backstop, {share_pct(shares[1])} without"


# Points by which the two sides' subsets may differ before the times over them stop comparing.
DENOMINATOR_GAP_POINTS = 10.0


def denominator_note(r: dict[str, Any], alone: dict[str, Any]) -> str | None:
    """One line when the answered calls are a much smaller share of the incidents on one side:
    the times over answered calls then compare different sets of incidents."""
    with_us, without = denominators(r, alone)["answered"]
    if with_us is None or without is None or abs(with_us - without) <= DENOMINATOR_GAP_POINTS:
        return None
    return (f"The times over answered calls compare different sets of incidents: a unit reached "
            f"{share_pct(with_us)} of the incidents needing a response with the US backstop and {share_pct(without)} "
            "without (the rest undetected or unanswered), and fewer calls also queue less, so a shorter "
            "time over answered calls is not a faster response; compare the shares and times over all "
            "incidents needing a response")


def queueing_note(r: dict[str, Any], alone: dict[str, Any]) -> str | None:
    """One line when fewer incidents are reached within the response threshold with the US
    backstop than without it: not a slower unit, but more detected incidents queueing for the
    same units. None otherwise."""
    within, within_alone = _v(r["within_threshold_incidents_fraction"], 100), _v(
        alone["within_threshold_incidents_fraction"], 100)
    calls, calls_alone = _v(r["within_threshold_fraction"], 100), _v(alone["within_threshold_fraction"], 100)
    lower_all = within is not None and within_alone is not None and within < within_alone
    lower_calls = calls is not None and calls_alone is not None and calls < calls_alone
    if not (lower_all or lower_calls):
        return None
    reached, reached_alone = denominators(r, alone)["answered"]
    esc, esc_alone = _v(r["escalated_fraction"], 100), _v(alone["escalated_fraction"], 100)
    seen, seen_alone = _v(r["detected_fraction"], 100), _v(alone["detected_fraction"], 100)

    def pct(x: float | None) -> str:
        return "n/a" if x is None else f"{x:.1f}%"

    if lower_all:
        text = (f"Fewer incidents are reached within the response threshold with the US backstop than "
                f"without it ({pct(within)} against {pct(within_alone)} of all incidents needing a unit; "
                f"of calls, the detected ones: {pct(calls)} against {pct(calls_alone)})")
    else:
        text = (f"A smaller share of calls (detected incidents needing a unit) is reached within the "
                f"response threshold with the US backstop than without it ({pct(calls)} against "
                f"{pct(calls_alone)}), though of all incidents needing a unit more are reached in time "
                f"with it ({pct(within)} against {pct(within_alone)})")
    text += (f"; in the end a unit reaches {share_pct(reached)} of the incidents needing one with the US "
             f"backstop and {share_pct(reached_alone)} without. This is queueing, not a slower unit: ")
    if seen is not None and seen_alone is not None and seen > seen_alone:
        text += (f"the US sensors detect more incidents ({share_pct(seen)} of all incidents against "
                 f"{share_pct(seen_alone)}), each a call on the same response units, so calls wait for a free unit")
    else:
        text += "more calls fall on the same response units, so calls wait for a free unit"
    if esc is not None and esc_alone is not None:
        text += (f" ({share_pct(esc)} of calls escalated to the outside support force after incidents.max_wait, "
                 f"against {share_pct(esc_alone)} without)")
    return (text + "; without the US fewer incidents are seen, and the few calls find a unit free "
            "sooner")


def _p90_explained(r: dict[str, Any]) -> str:
    """Why the 90th percentile of the response time is what it is, in one sentence."""
    p90, in_theatre = _v(r["report_to_scene_h"]["p90"]), _v(r["in_theatre_report_to_scene_h"]["p90"])
    esc, reinforce = _v(r["escalated_fraction"]), _v(r["reinforcement_h"]["p50"])
    if p90 is None:
        return "no call was answered: no response-time percentile"
    answered = _v(r["unreached_fraction"], 100)
    share = "" if answered is None else f" ({share_pct(100 - answered)} of the incidents needing a response)"
    text = (f"90th percentile from report to first unit on scene: {p90:.0f} h over all answered calls{share}; "
            f"{in_theatre or 0:.0f} h over the calls in-theatre units answered")
    if esc:
        text += (f". {esc:.0%} of calls found no in-theatre unit within incidents.max_wait and were escalated "
                 f"to the outside support force, a reinforcement whose arrival in theatre "
                 f"({r['activation_h']:.0f} h after the call, as its build-up gives it) is paid once, on the first "
                 f"escalation of a run; escalated calls reach a unit a median {reinforce or 0:.0f} h after the "
                 "report, which sets the tail: the inputs that make it days rather than hours are "
                 "support_force.readiness and the support force's transport into theatre (its airlift, road "
                 "and rail; with incidents.max_wait, which decides which calls escalate)")
    return text


def incidents_section(scenario: Any, settings: dict[str, Any], r: dict[str, Any]) -> SectionResult:
    """Shape the incidents report (both sides ran with the same seed, so faced the same incidents)."""
    plan = plan_label(scenario)
    alone = r["without_us"]
    within, within_alone = _v(r["within_threshold_fraction"]), _v(alone["within_threshold_fraction"])
    util, util_alone = _v(r["utilisation_max"]), _v(alone["utilisation_max"])
    # The threshold's value is a footnoted figure of the scenario; labels name it, not its number.
    # Labels and the verdict's question read the same in every plan (compare matches rows by
    # them); whether the threshold is assumed is said in the verdict's why and the headline.
    threshold = f"the response threshold, {COUNTED_FROM},"
    assumed = (" (an assumption of the plan, not a sourced standard)"
               if threshold_assumed(scenario) else "")
    # Where calls are escalated, the support force's readiness (a stated input) sets the tail of
    # the response time: the label says so and the figure is footnoted to that input.
    escalated = any(_v(x["escalated_fraction"]) for x in (r, alone))
    tail = ("; its tail is set by the support force's readiness (support_force.readiness), for "
            "calls escalated to it after waiting longer than the allowed wait (incidents.max_wait)"
            ) if escalated else ""
    tail_refs: tuple[str, ...] = REFS
    if escalated:
        tail_refs += ("support_force.readiness",)
        if scenario.incidents.max_wait is not None:
            tail_refs += ("incidents.max_wait",)
    # compare: each plan's threshold in its own cell under the figures counted within it (s32),
    # and under the verdict asked of it, which names no value either (s32 follow-up)
    its_threshold = threshold_setting(scenario)
    verdicts = (
        Verdict(f"Are most calls answered within the response threshold, {COUNTED_FROM}?",
                None if within is None else within > 0.5,
                None if within_alone is None else within_alone > 0.5,
                # review s33: the share itself and the threshold, against the half it must exceed
                "share of calls (detected incidents needing a unit) whose first unit is on scene within "
                f"the response threshold of {its_threshold.text} (incidents.response_threshold"
                f"{assumed.replace(' (', ', ').removesuffix(')')}), {COUNTED_FROM}: "
                + both_sides(scenario, share_pct(None if within is None else 100 * within, 1),
                             share_pct(None if within_alone is None else 100 * within_alone, 1))
                + ", against more than 50% for most; unanswered calls count as late",
                REFS, setting=its_threshold),
        Verdict("Is every response unit busy less than all of the time (utilisation below one)?",
                None if util is None else util < 1.0, None if util_alone is None else util_alone < 1.0,
                f"busiest unit: {_busiest(r, alone, scenario.us_backstop.any)}; its committed share of the horizon: "
                + both_sides(scenario, share_pct(None if util is None else 100 * util),
                             share_pct(None if util_alone is None else 100 * util_alone))
                + ", against 100% (all of the time); a unit below full "
                "utilisation can still leave incidents waiting or unanswered (see the figures)", REFS),
    )
    # this plan's detection reads: the band's fields only where it has a band (review s15)
    detection_refs = (*sensing_refs(scenario), *DETECTION_REFS[len(SENSING_REFS):])
    shares = denominators(r, alone)
    has_us = scenario.us_backstop.any
    detected = Subset("detected incidents", "all incidents", shares["detected"], has_us)
    answered = Subset("answered calls", "incidents needing a response", shares["answered"], has_us)
    escalated_calls = Subset("escalated calls", "calls", shares["escalated"], has_us)
    figures = (
        _fig("incidents_per_day", "Incidents a day, mostly violations that call for no unit", r, alone,
             ("incidents_per_day",), "incidents/day", ("incidents.types", "incidents.regimes", "incidents.dispersion",
                                           "incidents.horizon"), 0),
        # each type's share with its 95% interval, as every other share (review s15b 3)
        *(
            Figure(f"detected_{t['name']}", f"Share of {t['name']} incidents detected (of all {t['name']} incidents)",
                   _v(t["detected_fraction"], 100), _v(a, 100), "%", detection_refs, 1,
                   _ci(t["detected_fraction"], 100), _ci(a, 100))
            for t in r["types"] if t["name"] != "violation"
            for a in (next((x["detected_fraction"] for x in alone["types"] if x["name"] == t["name"]), None),)
        ),
        _fig("detected_fraction", "Share of all incidents detected", r, alone, ("detected_fraction",), "%", detection_refs, 1,
             100),
        # Over all incidents needing a response first: the one denominator both sides share.
        _fig("within_threshold_incidents_fraction", f"Incidents needing a response with a unit on scene within "
             f"{threshold} share of all such incidents (undetected and unanswered count as late)",
             r, alone, ("within_threshold_incidents_fraction",), "%", REFS, 1, 100, setting=its_threshold),
        _fig("unreached_fraction", "Incidents needing a response that no unit reached (undetected or unanswered), "
             "share of all such incidents", r, alone, ("unreached_fraction",), "%", REFS, 1, 100),
        _fig("incident_respond_h_p50", "Start to first unit on scene, median, of all incidents needing a response, "
             "undetected and unanswered counted as never (hours; n/a = more than half never reached)", r, alone,
             ("incident_respond_h", "p50"), "h", REFS, 1),
        _fig("incident_respond_h_p90", "Start to first unit on scene, 90th percentile, of all incidents needing a "
             "response, undetected and unanswered counted as never (hours; n/a = more than a tenth never "
             "reached)", r, alone, ("incident_respond_h", "p90"), "h", REFS, 1),
        # Then the times over subsets, each labelled with its subset's share on both sides.
        _fig("detect_h_p50", "Time from start to report, median, {over} (hours)", r, alone,
             ("detect_h", "p50"), "h", detection_refs, 2, over=detected),
        _fig("detect_h_p90", "Time from start to report, 90th percentile, {over} (hours)", r, alone,
             ("detect_h", "p90"), "h", detection_refs, 2, over=detected),
        _fig("report_to_scene_h_p50", "Report to first unit on scene, median, {over} (hours)", r, alone,
             ("report_to_scene_h", "p50"), "h", REFS, 1, over=answered),
        _fig("report_to_scene_h_p90", "Report to first unit on scene, 90th percentile, {over}, "
             f"support-force reinforcements included{tail} (hours)", r, alone, ("report_to_scene_h", "p90"), "h",
             tail_refs, 1, over=answered),
        _fig("in_theatre_report_to_scene_h_p90", "Report to first unit on scene, 90th percentile, of calls "
             "answered by in-theatre units (hours)", r, alone, ("in_theatre_report_to_scene_h", "p90"), "h", REFS, 1),
        _fig("respond_h_p50", "Start to first unit on scene, median, {over} (hours)", r, alone,
             ("respond_h", "p50"), "h", REFS, 1, over=answered),
        _fig("respond_h_p90", "Start to first unit on scene, 90th percentile, {over}, support-force "
             f"reinforcements included{tail} (hours)", r, alone, ("respond_h", "p90"), "h", tail_refs, 1,
             over=answered),
        _fig("within_threshold_fraction", f"Calls with a unit on scene within {threshold} "
             "share of calls (detected incidents needing a unit)", r, alone,
             ("within_threshold_fraction",), "%", REFS, 1, 100, setting=its_threshold),
        _fig("unanswered_fraction", "Calls no unit answered, share of calls", r, alone,
             ("unanswered_fraction",), "%", REFS, 1, 100),
        _fig("escalated_fraction", "Calls escalated to the outside support force (no in-theatre unit within "
             "incidents.max_wait), share of calls", r, alone, ("escalated_fraction",), "%", REFS, 1, 100),
        _fig("activated_fraction", "Runs in which the outside support force was activated, share of runs", r, alone,
             ("activated_fraction",), "%", REFS, 0, 100),
        _fig("reinforcement_h_p50", "Report to support force on scene, median, {over} (hours; its "
             "readiness paid once per activation)", r, alone, ("reinforcement_h", "p50"), "h", REFS, 1,
             over=escalated_calls),
        _fig("utilisation_max", "Busiest unit's utilisation (committed time, share of the horizon)", r, alone,
             ("utilisation_max",), "%", REFS, 0, 100),
    )
    # Which responders the air component fields (air-policing alert stations), out of all units.
    air_units = tuple(r["inputs"].get("air_policing_responders", ()))
    air_units_alone = tuple(r["inputs"].get("air_policing_responders_without_us", ()))
    if scenario.air_policing is not None:
        what = "Response units fielded by the air-policing alert (QRA) stations, of the in-theatre response units"
        figures += (
            Figure("air_policing_responders",
                   (f"{what} ({_in_theatre(r)} with the US backstop, {_in_theatre(alone)} without)" if has_us
                    else f"{what} ({_in_theatre(r)})")
                   + (f": {', '.join(air_units)}" if air_units else ""),
                   float(len(air_units)), float(len(air_units_alone)), "response units", REFS + ("air_policing",), 0,
                   common_label=what,
                   denominator=Denominator("in-theatre response units", float(_in_theatre(r)),
                                           float(_in_theatre(alone)), "units")),
        )
    quantiles = ("p50", "mean", "p90")
    charts = (
        Chart("response-times", f"Time to detect ({detected.text}) and to respond ({answered.text}): median, mean and "
              "90th percentile, hours", "bar",
              labels=tuple(f"detect {q}" for q in quantiles) + tuple(f"respond {q}" for q in quantiles),
              series={plan: tuple(_v(r[k][q]) or 0.0 for k in ("detect_h", "respond_h") for q in quantiles),
                      "without": tuple(_v(alone[k][q]) or 0.0 for k in ("detect_h", "respond_h") for q in quantiles)},
              x_label="hours", refs=REFS),
        Chart("sector-within", f"Calls with a unit on scene within the response threshold, {COUNTED_FROM}, "
              "share of the sector's calls", "bar",
              labels=tuple(s["name"] for s in r["sectors"]),
              series={plan: tuple(_v(s["within_threshold_fraction"], 100) or 0.0 for s in r["sectors"]),
                      "without": tuple(_v(s["within_threshold_fraction"], 100) or 0.0 for s in alone["sectors"])},
              x_label="per cent of calls within the threshold", refs=REFS),
    )
    units_alone = {a["name"]: a for a in alone["units"]}
    tables = (
        Table("units", "Response units and their utilisation "
              + ("(with / without the US backstop)" if has_us else f"({plan_case(scenario)})"),
              ("unit", "kind", "US", "utilisation", "utilisation_without_us"),
              tuple((u["name"], f"{u['kind']} (air policing)" if u["name"] in air_units else u["kind"],
                     u["us"], _v(u["utilisation"]),
                     _utilisation_without_us(u["name"], units_alone))
                    for u in _collapse_escalation(r["units"])), REFS),
        Table("incident_types", f"Incidents by type ({plan_case(scenario)})",
              ("type", "per_day", "detected_share"),
              tuple((t["name"], _v(t["incidents_per_day"]), _v(t["detected_fraction"])) for t in r["types"]),
              REFS),
    )
    # a plan with no US backstop is one plan on both sides: its warnings once
    warnings = tuple(r.get("warnings", ())) + tuple(f"without the US backstop: {w}" for w in alone.get("warnings", ())
                                                    if has_us)
    warnings += tuple(r["inputs"].get("notes", ()))
    warnings += scenario.load_warnings_about("incidents")  # e.g. a responder the plan has no unit of
    warnings += (_p90_explained(r),)
    notes = tuple(n for n in (denominator_note(r, alone),
                              queueing_note(r, alone) if scenario.us_backstop.any else None) if n)
    data = {k: v for k, v in r.items() if k != "without_us"}
    return SectionResult("incidents", "Ceasefire incidents, detection and response", verdicts, figures, charts,
                         (), tables, {"with_us": data, "without_us": alone}, warnings, notes=notes)
