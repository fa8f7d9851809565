"""The air component answers incidents: the air-policing alert (QRA) stations as responders.

Issue 12: "incidents (responders from the posture and air component)" and "ukraine-request's
incident results differ from europe-2025's". ukraine-request now carries the air support Ukraine
asked for (seed 003) as coalition-2025-09's air-policing layout.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from reassure.models.incidents.engine import run_incidents
from reassure.run.pipeline import build_inputs
from reassure.spec import load_scenario

QRA_ROMANIA = "qra-romania@LRCK"


@pytest.fixture(scope="module")
def plans():
    """The incident inputs (both sides) of europe-2025, ukraine-request, and ukraine-request
    with its `[air_policing]` removed."""
    ask = load_scenario("ukraine-request")
    no_air = ask.model_copy(update={"air_policing": None})
    return {"europe-2025": build_inputs("incidents", load_scenario("europe-2025"), runs=5),
            "ukraine-request": build_inputs("incidents", ask, runs=5),
            "no-air": build_inputs("incidents", no_air, runs=5)}


def _figures(model) -> tuple[float, ...]:
    r = run_incidents(model, 6, seed=3)
    return (r.within_threshold_fraction.value, r.unanswered_fraction.value,
            r.report_to_scene_h.p50.value, r.escalated_fraction.value)


def test_incidents_need_the_air_component():
    from reassure.run.capabilities import Incidents

    assert "air_policing" in Incidents.needs


def test_the_alert_stations_answer_and_are_counted_once(plans):
    """qra-romania (European F-16s at LRCK) is a new responder; qra-poland's Typhoons at EPRZ are
    the `[air]` base typhoon@EPRZ already responding, so they are not added twice."""
    units = plans["ukraine-request"].with_us.model.units
    base = plans["europe-2025"].with_us.model.units
    added = [n for n in units.names if n not in base.names]
    assert added == [QRA_ROMANIA]
    assert units.kind[units.names.index(QRA_ROMANIA)] == "air"
    assert sum(n.endswith("@EPRZ") and k == "air" for n, k in zip(units.names, units.kind, strict=True)) == 1
    assert plans["ukraine-request"].with_us.air_responders == (QRA_ROMANIA,)
    notes = " ".join(plans["ukraine-request"].with_us.notes)
    assert "qra-poland" in notes and "not counted twice" in notes
    # European aircraft: they stay without the US backstop.
    assert QRA_ROMANIA in plans["ukraine-request"].without_us.model.units.names
    assert plans["europe-2025"].with_us.air_responders == ()


def test_the_alert_aircraft_answer_only_the_types_aircraft_answer(plans):
    model = plans["ukraine-request"].with_us.model
    u = model.units.names.index(QRA_ROMANIA)
    spec = {t.id: t for t in load_scenario("ukraine-request").incidents.types}
    for t, name in enumerate(model.types.names):
        assert bool(model.units.can_serve[u, t]) == ("air" in spec[name].responders)
    # the ceasefire violation (shooting across the line) calls no aircraft
    assert not model.units.can_serve[u, model.types.names.index("violation")]


def test_alert_response_time_is_readiness_plus_distance_over_speed(plans):
    """Hand calculation: 15 min QRA readiness + great-circle LRCK -> port-odesa / 900 km/h."""
    from reassure.theatres import load_theatre

    inp = plans["ukraine-request"].with_us
    u = inp.model.units.names.index(QRA_ROMANIA)
    cell = inp.n_line_cells + inp.sites.index("port-odesa")
    theatre = load_theatre("ukraine-2025")
    a, s = theatre.airbase("LRCK"), theatre.site("port-odesa")
    p1, p2, dl = math.radians(a.lat), math.radians(s.lat), math.radians(s.lon - a.lon)
    d_km = 2 * 6371.0088 * math.asin(math.sqrt(math.sin((p2 - p1) / 2) ** 2
                                               + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2))
    expected_h = 15 / 60 + d_km / 900.0
    assert 280 < d_km < 310
    # haversine on a sphere vs the model's geodesic: within 0.5 % of the transit
    assert inp.model.units.response_h[u, cell] == pytest.approx(expected_h, rel=0.005)
    # time on scene: the 1.5 h scramble less the two legs to its own site (Odesa, 294.5 km)
    assert inp.model.units.on_scene_h[u, inp.model.types.names.index("strike")] == pytest.approx(
        1.5 - 2 * d_km / 900.0, rel=0.01)


def test_tankers_extend_the_alert_aircrafts_reach():
    """Reach is one sortie's fuel (less the time on scene): tanked when this side has tankers
    (US tankers only with the US), internal fuel otherwise."""
    from dataclasses import replace

    from reassure.bridge.air import build_input
    from reassure.bridge.incidents import alert_responders
    from reassure.models.solve import solve_air_policing
    from reassure.theatres import load_theatre

    scn = load_scenario("ukraine-request")
    air = build_input(scn, {}, us_backstop=True).air
    assert air is not None and not air.tankers  # europe-2025's backstop counts on no US tanker
    theatre = load_theatre(scn.theatre)
    cells = np.array([[30.0 + 0.5 * k, 46.0 + 0.2 * k] for k in range(20)])

    def reach(tankers: bool) -> int:
        outcome = solve_air_policing(type(build_input(scn, {}))(replace(air, tankers=tankers)))
        rows = [r for r, _, _ in alert_responders(outcome, set(), theatre, cells, 0.25) if r]
        return int(sum(np.isfinite(r[4]).sum() for r in rows))

    assert reach(True) > reach(False) > 0


def test_ukraine_request_differs_from_europe_2025_through_the_air_responders(plans):
    """Different incident results, and the difference is the air component: with its
    `[air_policing]` removed, ukraine-request's incident results equal europe-2025's."""
    for side in ("with_us", "without_us"):
        europe = _figures(getattr(plans["europe-2025"], side).model)
        ask = _figures(getattr(plans["ukraine-request"], side).model)
        no_air = _figures(getattr(plans["no-air"], side).model)
        assert ask != europe, side
        assert no_air == europe, side


def test_the_report_names_the_air_responders_with_a_denominator():
    from reassure.run.pipeline import run_capability
    from reassure.run.section_incidents import incidents_section

    scn = load_scenario("ukraine-request")
    outcome = run_capability("incidents", scn, runs=3)
    section = incidents_section(scn, {"runs": 3, "seed": scn.seed}, outcome.to_dict())
    fig = next(f for f in section.figures if f.key == "air_policing_responders")
    assert (fig.with_us, fig.without_us) == (1.0, 1.0)
    assert "of the in-theatre response units" in fig.label and QRA_ROMANIA in fig.label
    units = next(t for t in section.tables if t.id == "units")
    assert any(row[0] == QRA_ROMANIA and row[1] == "air (air policing)" for row in units.rows)
    europe = load_scenario("europe-2025")
    plain = incidents_section(europe, {"runs": 3, "seed": europe.seed},
                              run_capability("incidents", europe, runs=3).to_dict())
    assert not any(f.key == "air_policing_responders" for f in plain.figures)
