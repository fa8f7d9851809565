"""Incident response figures: the common-denominator figures come first, each time over a
subset names the subset's size on both sides, and a note says so when the sides' subsets differ."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reassure.run.section_incidents import (
    DENOMINATOR_GAP_POINTS,
    denominator_note,
    denominators,
    share_pct,
)


def _est(v: float | None) -> dict[str, Any]:
    return {"value": v, "ci95": [None, None]}


def _side(unreached: float, detected: float = 0.5, escalated: float = 0.1) -> dict[str, Any]:
    return {"unreached_fraction": _est(unreached), "detected_fraction": _est(detected),
            "escalated_fraction": _est(escalated)}


@given(st.floats(0, 1), st.floats(0, 1))
def test_the_note_appears_exactly_when_the_answered_shares_differ_by_more_than_the_gap(a: float, b: float) -> None:
    note = denominator_note(_side(a), _side(b))
    gap = abs((100 - 100 * a) - (100 - 100 * b))
    assert (note is not None) == (gap > DENOMINATOR_GAP_POINTS)
    if note:
        assert share_pct(100 - 100 * a) in note and share_pct(100 - 100 * b) in note


def test_denominators_are_the_complements_and_shares_the_model_gives() -> None:
    d = denominators(_side(0.0004, 0.549, 0.223), _side(0.534, 0.19, 0.064))
    assert d["answered"] == pytest.approx((99.96, 46.6))
    assert d["detected"] == pytest.approx((54.9, 19.0))
    assert d["escalated"] == pytest.approx((22.3, 6.4))
    assert denominators(_side(None), _side(0.5))["answered"] == (None, 50.0)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def europe_incidents() -> tuple[Any, dict[str, Any]]:
    from reassure.run.pipeline import run_capability
    from reassure.run.section_incidents import incidents_section
    from reassure.spec import load_scenario

    scn = load_scenario("europe-2025").with_overrides({"incidents.dispatch": "first_come"}, assumption="s54: the first-come-first-served dispatch these figures and words are about")  # (s54) the rule these labels are about
    r = run_capability("incidents", scn, runs=10).to_dict()
    return incidents_section(scn, {"runs": 10, "seed": scn.seed}, r), r


def test_common_denominator_figures_come_before_the_answered_call_times(europe_incidents) -> None:  # noqa: ANN001
    section, _ = europe_incidents
    keys = [f.key for f in section.figures]
    common = ("within_threshold_incidents_pct", "unreached_pct", "incident_respond_h_p50",
              "incident_respond_h_p90")
    subset = ("detect_h_p50", "report_to_scene_h_p50", "report_to_scene_h_p90", "respond_h_p50", "respond_h_p90")
    assert max(keys.index(k) for k in common) < min(keys.index(k) for k in subset)


def test_answered_call_times_name_their_denominator_on_both_sides(europe_incidents) -> None:  # noqa: ANN001
    section, r = europe_incidents
    with_us = 100 - 100 * r["unreached_fraction"]["value"]
    without = 100 - 100 * r["without_us"]["unreached_fraction"]["value"]
    assert with_us - without > 30  # europe-2025: about 100% against 47%
    expected = (f"of answered calls: {share_pct(with_us)} of incidents needing a response with the US backstop, "
                f"{share_pct(without)} without")
    for key in ("report_to_scene_h_p50", "report_to_scene_h_p90", "respond_h_p50", "respond_h_p90"):
        fig = next(f for f in section.figures if f.key == key)
        assert expected in fig.label, fig.label
        # the numbers themselves are unchanged: the model's answered-call percentiles
        q = key.rsplit("_", 1)[1]
        assert fig.with_us == r[key.removesuffix(f"_{q}")][q]["value"]
    detect = next(f for f in section.figures if f.key == "detect_h_p50")
    assert "of detected incidents: " in detect.label and "% of all incidents with the US backstop" in detect.label
    notes = [n for n in section.notes if n.startswith("The times over answered calls compare")]
    assert len(notes) == 1
    assert share_pct(with_us) in notes[0] and share_pct(without) in notes[0]
    p90 = next(f for f in section.figures if f.key == "incident_respond_h_p90")
    assert p90.without_us is None  # more than a tenth are never reached without the US


def test_each_subset_figure_carries_a_label_without_shares_and_its_denominator(europe_incidents) -> None:  # noqa: ANN001
    """For `compare` (review r8 item 1): a table of several plans heads their values with
    ``common_label`` and shows each plan's ``denominator`` in its own cells."""
    section, r = europe_incidents
    alone = r["without_us"]
    subsets = {"detect_h_p50": ("detected incidents", "all incidents", "detected_fraction"),
               "detect_h_p90": ("detected incidents", "all incidents", "detected_fraction"),
               "report_to_scene_h_p50": ("answered calls", "incidents needing a response", None),
               "report_to_scene_h_p90": ("answered calls", "incidents needing a response", None),
               "respond_h_p50": ("answered calls", "incidents needing a response", None),
               "respond_h_p90": ("answered calls", "incidents needing a response", None),
               "reinforcement_h_p50": ("escalated calls", "calls", "escalated_fraction")}
    figures = {f.key: f for f in section.figures}
    for key, (subset, whole, share) in subsets.items():
        f = figures[key]
        assert f.denominator is not None, key
        assert f.denominator.label == f"{subset}, share of {whole}" and f.denominator.unit == "%" and f.denominator.digits == 1
        if share is None:  # answered: the complement of the share no unit reached
            want = (100 - 100 * r["unreached_fraction"]["value"], 100 - 100 * alone["unreached_fraction"]["value"])
        else:
            want = (100 * r[share]["value"], 100 * alone[share]["value"])
        assert (f.denominator.with_us, f.denominator.without_us) == pytest.approx(want)
        assert f"of {subset} (hours" in f.common_label or f"of {subset}, " in f.common_label, f.common_label
        assert not re.search(r"\d%", f.common_label), f.common_label
        # the plan's own label is the common one with the shares filled in (and, review s37 2, what
        # this run's values need said beside them inside its "(hours ...)": set by the max wait)
        own = f.label.replace(f": {share_pct(f.denominator.with_us)} of {whole} with the US backstop, "
                              f"{share_pct(f.denominator.without_us)} without", "")
        assert own == f.common_label or (own.startswith(f.common_label.removesuffix(")") + "; set by ")
                                         and own.endswith(")")), (own, f.common_label)
    # a figure over every incident needs no denominator of its own
    assert figures["incident_respond_h_p50"].denominator is None
    # its common label is "" (the label names no plan's numbers) unless this run's label says the
    # median is set by the max wait (review s37 2): then the label without it
    common = figures["incident_respond_h_p50"].common_label
    assert common == "" or ("set by" not in common and "set by incidents.max_wait" in figures["incident_respond_h_p50"].label)


def test_the_incidents_command_leads_with_shares_of_all_incidents(run_cli) -> None:  # noqa: ANN001
    # (s38) labelled as the report labels them: each label on one line at 400 columns
    out = run_cli("incidents", "europe-2025", "--runs", "10", env={"COLUMNS": "400"})
    assert out.exit_code == 0, out.stderr
    text = out.stdout
    assert text.index("Incidents needing a response that no unit reached") < text.index(
        "Report to first unit on scene, median")
    # a share near all of them keeps a decimal (review 19 #6: "99.9%" beside 0.1% never reached)
    assert re.search(r"of answered calls: [<>]?\d+(\.\d)?% of incidents needing a response with the US backstop, "
                     r"[<>]?\d+(\.\d)?% without", text)
    assert "note: The times over answered calls compare different sets of incidents" in text


def test_key_numbers_quote_the_median_over_all_incidents() -> None:
    from reassure.present.story import key_numbers
    from reassure.run.results import Figure, SectionResult

    def num(value: Any, refs: Any, unit: str = "", digits: int = 0, **_: Any) -> str:
        return f"{value:.{digits}f} {unit}".strip()

    section = SectionResult("incidents", "Incidents", figures=(
        Figure("respond_h_p50", "answered calls", 12.0, 3.1, "h", digits=1),
        Figure("incident_respond_h_p50", "all incidents", 12.5, None, "h", digits=1),
    ))
    text = key_numbers(None, [section], num, "as planned")
    assert "12.5 h" in text and "3.1" not in text
    assert "more than half are never reached" in text


def test_report_shows_the_note_under_the_incident_figures(report_dir: Path) -> None:
    html = (report_dir / "report.html").read_text()
    section = html[html.index('<section id="section-incidents">'):]
    section = section[:section.index("</section>")]
    assert section.index('data-key="incidents.unreached_pct"') < section.index(
        'data-key="incidents.report_to_scene_h_p50"')
    assert '<p class="figure-note" data-fn="' in section
    assert "of answered calls: " in section
