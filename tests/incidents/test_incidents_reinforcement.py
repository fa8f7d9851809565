"""The outside support force as a reinforcement, and the denominators of the incident metrics.

Issue 12: the support force's readiness was charged on every call it took and again on the way
back; the response standard was counted from the incident's start and divided by every incident
while labelled "answered". These tests pin the new definitions on small hand-checkable models.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from reassure.models.incidents import (
    CellDetection,
    IncidentModel,
    IncidentRates,
    IncidentTypes,
    LineCells,
    ResponseUnits,
)
from reassure.models.incidents.engine import run_incidents, simulate_replication

TRANSIT_H = 2.0
ACTIVATION_H = 50.0


def _cells() -> LineCells:
    return LineCells(np.array([5.0]), np.array([10.0]), np.array([0]), ("line",))


def _support_only(activation_h: float = ACTIVATION_H, on_scene_h: float = 0.0) -> IncidentModel:
    """Calls known at once, no in-theatre unit, two support-force elements 2 h away."""
    types = IncidentTypes(("strike",), [0.0], [True], [True])
    units = ResponseUnits(("sf#1", "sf#2"), ("outside_support",) * 2, np.full((2, 1), TRANSIT_H),
                          np.full((2, 1), on_scene_h), np.ones((2, 1), bool), np.ones(2, bool),
                          np.ones(2), np.zeros(2, bool), activation_h=activation_h)
    return IncidentModel(_cells(), CellDetection(np.ones(1), np.ones(1), 0.0), types,
                         IncidentRates.poisson(np.array([[0.5]])), units, horizon_days=60,
                         threshold_h=1.0)


def test_readiness_is_paid_once_per_replication_and_never_on_a_leg():
    model = _support_only()
    out = simulate_replication(model, seed=3)
    calls = np.flatnonzero(out.requested)
    assert calls.size >= 10 and out.answered[calls].all() and out.escalated[calls].all()
    first = calls[np.argmin(out.time_h[calls] + out.detect_h[calls])]
    from_report = out.respond_h - out.detect_h
    # The first call waits for the activation; it is the only one that pays it.
    assert from_report[first] == pytest.approx(ACTIVATION_H + TRANSIT_H)
    later = calls[out.time_h[calls] > out.time_h[first] + ACTIVATION_H + 2 * TRANSIT_H]
    assert later.size > 0
    assert np.all(from_report[later] < ACTIVATION_H)
    # With no time on scene a unit is busy for the transit out and back only.
    assert out.busy_h.sum() == pytest.approx(calls.size * 2 * TRANSIT_H)


def test_reinforcement_figures_are_reported():
    result = run_incidents(_support_only(), 40, seed=5)
    assert result.escalated_fraction.value == pytest.approx(1.0)
    assert result.activated_fraction.value == pytest.approx(1.0)
    assert result.activation_h == ACTIVATION_H
    # About 30 calls a run; only the first pays the 50 h readiness, so 90 % of the escalated
    # calls are answered in the transit time (charged per call it would be 52 h).
    assert result.reinforcement_h.p90.value == pytest.approx(TRANSIT_H, abs=0.1)
    calls_per_run = 0.5 * 60
    one_off = ACTIVATION_H / calls_per_run
    assert result.report_to_scene_h.mean.value == pytest.approx(TRANSIT_H + one_off, rel=0.5)
    slower = run_incidents(_support_only(activation_h=200.0), 40, seed=5)
    assert slower.report_to_scene_h.mean.value > result.report_to_scene_h.mean.value + 2.0
    # Calls made while it gets ready all wait for it; the median call still does not.
    assert slower.reinforcement_h.p50.value == pytest.approx(TRANSIT_H, abs=0.1)


def _late_report(detect_latency_h: float = 2.0, pd: float = 1.0) -> IncidentModel:
    """One QRF 0.5 h away; incidents reported 2 h after they start; some never seen."""
    types = IncidentTypes(("incursion",), [5.0], [True], [False])
    units = ResponseUnits(("qrf",), ("ground_qrf",), np.full((1, 1), 0.5), np.zeros((1, 1)),
                          np.ones((1, 1), bool), np.zeros(1, bool), np.zeros(1),
                          np.zeros(1, bool))
    return IncidentModel(_cells(), CellDetection(np.full(1, 1.0), np.full(1, pd),
                                                 detect_latency_h), types,
                         IncidentRates.poisson(np.array([[0.2]])), units, horizon_days=200,
                         threshold_h=1.0)


def test_standard_is_counted_from_the_report():
    """A unit 0.5 h away meets a 1 h standard counted from the report, though the report
    itself comes more than 1 h after the start (from the start, nobody would be in time)."""
    result = run_incidents(_late_report(), 20, seed=1, contention=False)
    assert result.within_threshold_fraction.value == pytest.approx(1.0)
    assert result.respond_h.p50.value > 2.0  # from the start: latency + phase + travel


def test_denominators_calls_versus_all_incidents():
    """With half the passes missing, the per-incident figures count the unseen incidents."""
    result = run_incidents(_late_report(pd=0.05), 40, seed=2, contention=False)
    calls = result.within_threshold_fraction.value
    incidents = result.within_threshold_incidents_fraction.value
    assert calls == pytest.approx(1.0)
    detected = result.detected_fraction.value
    assert detected < 0.5
    assert incidents == pytest.approx(detected, abs=0.05)
    assert result.unanswered_fraction.value == 0.0
    assert result.unreached_fraction.value == pytest.approx(1 - detected, abs=0.05)
    # The unconditional median is "never" when most incidents are never reached.
    assert math.isinf(result.incident_respond_h.p50.value)
    assert result.to_dict()["incident_respond_h"]["p50"]["value"] is None


# -- the shipped plans ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def plans():
    from reassure.run.pipeline import build_inputs
    from reassure.spec import load_scenario

    def incident_models(scn):
        inputs = build_inputs("incidents", scn)
        return {"with_us": inputs.with_us.model, "without_us": inputs.without_us.model}

    return {name: incident_models(load_scenario(name))
            for name in ("europe-2025", "ukraine-request", "iiss-small")}


def test_support_force_is_not_in_the_per_call_pool(plans):
    """Its readiness is the one-off activation; its per-call times are transit only."""
    from reassure.spec import load_scenario

    units = plans["europe-2025"]["with_us"].units
    readiness_h = load_scenario("europe-2025").support_force.readiness.in_("h")
    assert units.activation_h >= readiness_h
    sf = units.escalation
    assert sf.any()
    assert np.nanmax(np.where(np.isfinite(units.response_h[sf]), units.response_h[sf], np.nan)) \
        < readiness_h


def _qrfs(plans, name):
    return sum(k == "ground_qrf" for k in plans[name]["with_us"].units.kind)


def test_plans_of_different_fieldable_size_field_different_qrfs(plans):
    """Every manned garrison fields a QRF: iiss-small's 10,000 man 2 garrisons, europe-2025's
    best case (28,264 of the 30,000 asked) 7."""
    assert _qrfs(plans, "iiss-small") == 2
    assert _qrfs(plans, "europe-2025") == 7
    small = run_incidents(plans["iiss-small"]["with_us"], 5, seed=1)
    large = run_incidents(plans["europe-2025"]["with_us"], 5, seed=1)
    assert small.escalated_fraction.value > large.escalated_fraction.value


def test_a_request_beyond_the_fieldable_force_fields_no_more_qrfs(plans):
    """ukraine-request asks for 100,000-150,000 from europe-2025's contributors, who can field
    28,264 at best: its posture, and so its QRFs, are capped there (its incident results differ
    from europe-2025's through the air support it asked for: test_incidents_air_policing.py)."""
    from reassure.run.pipeline import run_capability
    from reassure.spec import load_scenario

    rule = run_capability("posture", load_scenario("ukraine-request")).to_dict()["n_garrisons_rule"]
    assert "fieldable" in rule
    assert _qrfs(plans, "ukraine-request") == _qrfs(plans, "europe-2025")


def test_europe_2025_response_tail_is_hours_not_days_and_explained():
    from reassure.run.pipeline import run_capability
    from reassure.run.section_incidents import _p90_explained
    from reassure.spec import load_scenario

    # docs/validation.md measures this p90 at 100 runs with the scenario's seed: 103 h, 95 % CI
    # 80-127 h since session 40 (no unit sent to occupied ZNPP; 135 h, CI 101-162 h, from session
    # 11, when the support force answers from the day its build-up has it in theatre, day 7;
    # before, 117 h, CI 88-137 h, from its readiness's midpoint plus a road move)
    # (the tail is the escalated calls waiting out the support force's arrival, so it
    # moves with the seed). At 20 runs, as this test once ran, the estimate's own CI is about
    # 48-138 h and a fixed "< 120 h" sat inside it: a new stream alone could fail it, while only a
    # large real shift would show. So the test runs what the validation measured (same runs, same
    # seed, ~4 s) and asserts the documented CI. It fails if the tail leaves it: beyond 127 h
    # (as with the per-call readiness charge issue 12 removed), or under 80 h. A change
    # to the random stream alone moves the estimate by its sampling error (about 25 h either
    # way): if that takes it out, re-measure and update the validation row with the new CI.
    documented_runs, documented_ci_h = 100, (80.0, 127.0)
    # (s54) measured under first come, first served, the rule until session 54 (triage, the
    # default since, sends most calls to the support force: the tail is then its queue)
    r = run_capability("incidents", load_scenario("europe-2025").with_overrides({"incidents.dispatch": "first_come"}, assumption="s54: the first-come-first-served dispatch these figures and words are about"),
                       runs=documented_runs).to_dict()
    in_theatre = r["in_theatre_report_to_scene_h"]["p90"]["value"]
    overall = r["report_to_scene_h"]["p90"]["value"]
    assert in_theatre < 24.0  # in-theatre units: hours (22 h, 95 % CI about 21.8-22.4 h)
    assert documented_ci_h[0] <= overall <= documented_ci_h[1], overall
    assert 0 < r["escalated_fraction"]["value"] < 0.5
    text = _p90_explained(r)
    assert "escalated" in text and "paid once" in text


def test_the_p90_label_names_the_input_that_sets_the_tail():
    """Issue 12: "a few tens of hours at most, not days, unless a stated input makes it so":
    europe-2025's p90 is days because escalated calls wait for the support force's readiness;
    the figure's label names that input and footnotes it."""
    from reassure.run.pipeline import run_capability
    from reassure.run.section_incidents import incidents_section
    from reassure.spec import load_scenario

    scn = load_scenario("europe-2025")
    outcome = run_capability("incidents", scn, runs=10)
    section = incidents_section(scn, {"runs": 10, "seed": scn.seed}, outcome.to_dict())
    fig = next(f for f in section.figures if f.key == "respond_h_p90")
    assert "support_force.readiness" in fig.label
    assert "support_force.readiness" in fig.refs
    assert any("support_force.readiness" in w for w in section.warnings)
