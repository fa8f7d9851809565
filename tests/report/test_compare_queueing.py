"""Review r5 (MEDIUM 10): where a plan reaches fewer incidents in time with the US backstop than
without it (mnf-u-2026: 14.0 % against 18.4 % of all incidents needing a unit; 14.0 % against
45.8 % of calls), the reason (more detected incidents queueing for the same units) is given with
the figure, in `compare` too, not only in the plan's own report."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from reassure.present.compare import compare_html, comparison_rows
from reassure.run.results import Figure, SectionResult
from reassure.run.section_incidents import queueing_note


def _side(in_time_all: float, in_time_calls: float, unreached: float, escalated: float,
          detected: float) -> dict[str, Any]:
    return {"within_threshold_incidents_fraction": {"value": in_time_all},
            "within_threshold_fraction": {"value": in_time_calls},
            "unreached_fraction": {"value": unreached}, "escalated_fraction": {"value": escalated},
            "detected_fraction": {"value": detected}}


# mnf-u-2026's figures (before review r5; its garrison plan is the same on both sides)
MNF = (_side(0.140, 0.140, 0.0015, 0.258, 0.473), _side(0.184, 0.458, 0.593, 0.026, 0.160))


def test_the_note_explains_queueing_with_both_denominators() -> None:
    note = queueing_note(*MNF)
    assert note is not None
    assert note.startswith("Fewer incidents are reached within the response threshold with the US backstop")
    assert "14.0% against 18.4% of all incidents needing a unit" in note
    assert "of calls, the detected ones: 14.0% against 45.8%" in note
    # review 19: 99.85 % reached is not rounded up to 100 % beside a non-zero unreached share
    assert "99.8% of the incidents needing one with the US backstop and 41% without" in note
    assert "queueing, not a slower unit" in note and "26% of calls escalated" in note
    assert "(47% of all incidents against 16%)" in note
    # (s48 review) the shortcut behind it is named, so that no reader takes it for a finding
    assert "with no priority for the protected sites and no triage of the calls seen" in note
    # (review s53) one note says it, with the counterfactual a triage would give
    assert ("a dispatcher who sent units to the most urgent calls first might not reach fewer "
            "incidents in time with the US backstop than without it: read detection and "
            "response apart") in note
    # (s54) and the setting that dispatches so
    assert note.endswith('set incidents.dispatch = "in_time"')


def test_only_the_share_of_calls_lower_is_not_read_as_fewer_incidents() -> None:
    """coalition-2025-09: of calls 22.6 % against 42.9 %, but of all incidents more in time
    with the US: the note must not say fewer incidents are reached."""
    calls_only = (_side(0.25, 0.226, 0.0, 0.16, 0.47), _side(0.18, 0.429, 0.57, 0.04, 0.16))
    note = queueing_note(*calls_only)
    assert note is not None and "Fewer incidents" not in note
    assert note.startswith("A smaller share of calls")
    assert "more are reached in time with it (25.0% against 18.0%)" in note


def test_no_note_where_the_us_backstop_reaches_more_in_time() -> None:
    better = (_side(0.30, 0.35, 0.1, 0.1, 0.5), _side(0.20, 0.30, 0.5, 0.1, 0.2))
    assert queueing_note(*better) is None


def _assessment(name: str, sides: tuple[dict[str, Any], dict[str, Any]], has_us: bool = True) -> Any:
    figures = (Figure("within_threshold_incidents_pct", "all incidents",
                      100 * sides[0]["within_threshold_incidents_fraction"]["value"],
                      100 * sides[1]["within_threshold_incidents_fraction"]["value"], "%", digits=1),
               Figure("within_threshold_pct", "calls", 100 * sides[0]["within_threshold_fraction"]["value"],
                      100 * sides[1]["within_threshold_fraction"]["value"], "%", digits=1))
    section = SectionResult("incidents", "Incidents", figures=figures,
                            data={"with_us": sides[0], "without_us": sides[1]})
    scenario = SimpleNamespace(name=name, us_backstop=SimpleNamespace(any=has_us))
    return SimpleNamespace(scenario=scenario, sections=(section,), verdicts=())


def test_compare_shows_the_note_beside_the_figures_it_explains() -> None:
    better = (_side(0.30, 0.35, 0.1, 0.1, 0.5), _side(0.20, 0.30, 0.5, 0.1, 0.2))
    plans = ["europe-like", "mnf-u-2026"]
    rows = comparison_rows([_assessment(plans[0], better), _assessment(plans[1], MNF)])
    by_key = {r["key"]: r for r in rows}
    for key in ("incidents.within_threshold_incidents_pct", "incidents.within_threshold_pct"):
        assert by_key[key]["notes"][0] is None
        assert "queueing, not a slower unit" in by_key[key]["notes"][1]
    html = compare_html(plans, plans, rows)
    assert html.count('<div class="note">mnf-u-2026: Fewer incidents are reached') == 2
    assert "europe-like: " not in html


def test_the_busiest_unit_is_named_for_both_sides_where_it_differs() -> None:
    from reassure.run.section_incidents import _busiest

    w = {"utilisation_max": {"unit": "qrf@south-ukraine-npp#1"}}
    a = {"utilisation_max": {"unit": "qrf@rivne-npp#2"}}
    assert _busiest(w, a, True) == "qrf@south-ukraine-npp#1 (without the US backstop: qrf@rivne-npp#2)"
    assert _busiest(w, w, True) == "qrf@south-ukraine-npp#1"
    assert _busiest(w, a, False) == "qrf@south-ukraine-npp#1"  # no backstop: one plan
