"""Review r8 item 5: a figure's footnote lists the sources of the parameters it reads, not every
parameter of its section. Before, every force figure cited the whole force section, every
contributor and every shipped default: "Deployed strength if every uncertain nation joins"
cited 34 sources and 33 assumptions, the costs' (data:costs:*) and the chances of joining
(data:participation:*, force.participation_correlation) among them. Each force figure now
declares the scenario paths it reads (`reassure.run.section_force`), and a field the scenario
leaves out cites neither its section nor its siblings (`Footnotes`)."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

# Every contributor's entry (its status: whether it may join at all), the rotation, role mix,
# target and enablers, and the sustainable shares of roles.toml the scenario leaves to defaults.
ALLOCATION = {
    "data:roles:cia-wfb-fra", "data:roles:emat-2024", "data:roles:seed-000", "data:roles:times-eepr",
    "emat-2024", "fg-antiwar-pollard", "fg-chigi-italy", "fg-chilcot-harmony", "fg-dutchnews-schoof",
    "fg-eir-iiss", "fg-express-fighters", "fg-forcesnews-iiss", "fg-interfax-denmark", "fg-interfax-stubb",
    "fg-kyivind-lithuania", "fg-nrk-norway", "fg-pravda-sweden", "fg-quotidiano-meloni", "fg-rbc-latvia",
    "fg-scholz-us", "fg-spectator-brigade", "fg-times-eepr", "fg-tvc-typhoons", "fg-worldnewsera-arrc",
    "fg-yle-finland", "seed-000", "seed-001", "seed-004", "times-radakin",
}


@cache
def _footnotes() -> tuple[dict[str, set[str]], dict[str, int]]:
    """europe-2025's force figures: the source ids and the number of assumptions each footnote lists."""
    from reassure.present.report import Footnotes
    from reassure.run.pipeline import run_capability
    from reassure.run.section_force import force_section
    from reassure.spec import load_scenario

    scenario = load_scenario("europe-2025")
    section = force_section(scenario, {"runs": 2, "seed": scenario.seed},
                            run_capability("force", scenario).to_dict())
    fn = Footnotes(scenario)
    sources: dict[str, set[str]] = {}
    assumptions: dict[str, int] = {}
    for f in section.figures:
        ids, asms = fn.notes[fn.mark(f.refs, label=f.key) - 1]
        sources[f.key], assumptions[f.key] = set(ids), len(asms)
    return sources, assumptions


@pytest.mark.parametrize(("key", "expected"), [
    ("target_troops", {"seed-000", "seed-001"}),
    ("deployed_total", ALLOCATION),
    ("cost_per_year_low", ALLOCATION | {"data:costs:fds-conv", "data:costs:sz-lit"}),
    ("p_target_met", ALLOCATION | {"data:participation:afp-six-willing", "data:participation:nations-md"}),
    ("cumulative_individuals_high", ALLOCATION | {"fg-nato-sfor"}),  # force.max_tours
])
def test_a_force_figure_cites_exactly_what_it_reads(key: str, expected: set[str]) -> None:
    assert _footnotes()[0][key] == expected


def test_the_best_case_cites_no_cost_participation_or_tour_limit_source() -> None:
    sources: Any = _footnotes()[0]["deployed_total"]
    assert not {s for s in sources if s.startswith(("data:costs:", "data:participation:"))}
    assert "fg-nato-sfor" not in sources  # force.max_tours: only the head count over the horizon
    assert _footnotes()[1]["deployed_total"] < _footnotes()[1]["p_target_met"]  # fewer assumptions


def test_a_field_left_out_cites_no_sibling() -> None:
    """``force.sustainable_share`` is not in europe-2025 (roles.toml's default is cited instead):
    before, the ref walked up to ``force`` and cited every force parameter, tour limit included.
    Alone (refs naming nothing the scenario gives) it still cites its section: never no footnote."""
    from reassure.present.report import Footnotes
    from reassure.spec import load_scenario

    fn = Footnotes(load_scenario("europe-2025"))
    with_given = set(fn.notes[fn.mark(("force.sustainable_share", "force.tour"), label="a") - 1][0])
    assert with_given == set(fn.notes[fn.mark(("force.tour",), label="b") - 1][0]) == {"emat-2024"}
    alone = set(fn.notes[fn.mark(("force.sustainable_share",), label="c") - 1][0])
    assert "fg-nato-sfor" in alone  # the whole force section, as before


def test_the_detection_figures_cite_the_sensors_not_the_responders() -> None:
    """Every incident figure cited the whole incidents, monitoring, posture, air and support-force
    sections and every US switch; the time to report and the detected share read the sensors and
    the incidents, not the garrisons, aircraft or support force that answer the calls."""
    from reassure.present.report import Footnotes
    from reassure.run.pipeline import run_capability
    from reassure.run.section_incidents import incidents_section
    from reassure.spec import load_scenario

    scn = load_scenario("europe-2025")
    section = incidents_section(scn, {"runs": 2, "seed": scn.seed},
                                run_capability("incidents", scn, runs=2).to_dict())
    fn = Footnotes(scn)
    figures = {f.key: f for f in section.figures}

    def cited(key: str) -> set[str]:
        return set(fn.notes[fn.mark(figures[key].refs, label=key) - 1][0])

    responders = {"shape-vjtf", "pr-eda-battlegroups", "pr-sfor-2004", "pr-st100-3", "mobility"}
    for key in ("detect_h_p50", "detected_fraction"):
        assert cited(key) & responders == set(), key
        assert {"mon-esa-s1", "mon-esa-s2", "inc-osce-daily-2021"} <= cited(key), key
    assert responders <= cited("respond_h_p50")  # the response times read them all


def test_the_coverage_figures_cite_no_sizing_table_or_event_durations() -> None:
    """The plan's coverage and revisit read its fleets, not the sizing table's candidate fleets
    and target share, nor the band's event durations (the band section's satellite figure)."""
    import reassure
    from reassure.present.report import Footnotes

    a = reassure.assess("europe-2025", runs=2, sensitivity=False)
    fn = Footnotes(a.scenario)
    section = next(s for s in a.sections if s.name == "monitoring")

    def assumed(refs: tuple[str, ...], label: str) -> set[str]:
        asms = fn.notes[fn.mark(refs, label=label) - 1][1]
        return {fn.assumptions[i - 1][0] for i in asms}

    not_read = ("monitoring.sizing", "monitoring.band.event_durations")
    for f in section.figures:
        if f.key != "line_km":
            assert not {p for p in assumed(f.refs, f.key) if p.startswith(not_read)}, f.key
    verdict = next(v for v in section.verdicts if "planned share" in v.question)
    assert any(p.startswith("monitoring.sizing") for p in assumed(verdict.refs, "verdict"))
