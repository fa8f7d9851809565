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
    ("cost_per_year_low_eur_bn", ALLOCATION | {"data:costs:fds-conv", "data:costs:sz-lit"}),
    ("p_target_met_pct", ALLOCATION | {"data:participation:afp-six-willing", "data:participation:nations-md"}),
    ("cumulative_individuals_high", ALLOCATION | {"fg-nato-sfor"}),  # force.max_tours
])
def test_a_force_figure_cites_exactly_what_it_reads(key: str, expected: set[str]) -> None:
    assert _footnotes()[0][key] == expected


def test_the_best_case_cites_no_cost_participation_or_tour_limit_source() -> None:
    sources: Any = _footnotes()[0]["deployed_total"]
    assert not {s for s in sources if s.startswith(("data:costs:", "data:participation:"))}
    assert "fg-nato-sfor" not in sources  # force.max_tours: only the head count over the horizon
    assert _footnotes()[1]["deployed_total"] < _footnotes()[1]["p_target_met_pct"]  # fewer assumptions


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
    for key in ("detect_h_p50", "detected_pct"):
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
        if f.key != "line_km" and not f.key.startswith("sized_"):
            assert not {p for p in assumed(f.refs, f.key) if p.startswith(not_read)}, f.key
    # review s38 1: the fleet sizing (that of `monitor --size`) reads the sizing table's share and
    # candidates, not the orbits it chooses for them, nor the plan's own fleets
    for f in (f for f in section.figures if f.key.startswith("sized_")):
        read = assumed(f.refs, f.key)
        assert "monitoring.sizing.share" in read and not any(p.endswith(".orbits") for p in read), f.key
        assert not any(p.startswith("monitoring.fleets") for p in read), f.key
    verdict = next(v for v in section.verdicts if "planned share" in v.question)
    assert any(p.startswith("monitoring.sizing") for p in assumed(verdict.refs, "verdict"))


# Review r8 5, the remaining sections: the posture, response, air, maritime and costs figures
# cited whole sections ("posture", "air_policing", "maritime", "force" and "contributors"); each
# now cites what it reads.

@cache
def _cited(scenario_name: str) -> tuple[dict[str, dict[str, set[str]]], dict[str, set[str]]]:
    """Each section's figures (by section name, then figure key): the source ids its footnote
    lists; and each figure's assumption paths ("section/key" -> parameter paths)."""
    from reassure.present.report import Footnotes
    from reassure.run.capabilities import posture_report, registry
    from reassure.run.pipeline import run_capabilities
    from reassure.run.section_air import air_section
    from reassure.run.section_costs import costs_section
    from reassure.run.section_maritime import maritime_section
    from reassure.run.section_posture import posture_section
    from reassure.spec import load_scenario

    scn = load_scenario(scenario_name)
    names = ["response", *(["costs"] if scn.air_policing is not None else [])]
    done = run_capabilities(scn, registry(), names)
    sections = [posture_section(scn, {"runs": 2, "seed": scn.seed}, posture_report(done["posture"], done["response"]))]
    if scn.air_policing is not None:
        sections += [air_section(scn, done["air_policing"]), maritime_section(scn, done["maritime"]),
                     costs_section(scn, done["costs"])]
    fn = Footnotes(scn)
    sources: dict[str, dict[str, set[str]]] = {}
    assumed: dict[str, set[str]] = {}
    for section in sections:
        assert section is not None
        sources[section.name] = {}
        for f in section.figures:
            ids, asms = fn.notes[fn.mark(f.refs, label=f"{section.name}/{f.key}") - 1]
            sources[section.name][f.key] = set(ids)
            assumed[f"{section.name}/{f.key}"] = {fn.assumptions[i - 1][0] for i in asms}
    return sources, assumed


def test_the_garrison_figures_cite_the_fielded_force_not_its_chances_or_costs() -> None:
    """The garrison count is the force's manoeuvre share over the garrison size, capped by what
    the contributors can field at best (in europe-2025 the cap binds on both sides): it reads the
    best-case allocation (a nation's status and pledge), not the chance it joins, nor costs."""
    sources, assumed = _cited("europe-2025")
    for key in ("garrisons", "covered_weight_percent", "uncovered_sites"):
        cited = sources["posture"][key]
        assert {"pr-sfor-2004", "seed-004", "fg-rbc-latvia"} <= cited, key  # garrison size, sites, a pledge
        assert not {s for s in cited if s.startswith(("data:participation:", "data:costs:"))}, key
        assert not cited & {"shape-vjtf", "pr-eda-battlegroups", "mobility"}, key  # support force, air bases
        assert "force.participation_correlation" not in assumed[f"posture/{key}"]


def test_the_response_figures_cite_garrisons_and_aircraft_the_buildup_the_support_force() -> None:
    sources, _ = _cited("europe-2025")
    response = next(k for k in sources["posture"] if k.startswith("fastest_response_min_"))
    assert {"pr-sfor-2004", "pr-st100-3", "mobility"} <= sources["posture"][response]  # garrisons, QRF, bases
    assert "shape-vjtf" not in sources["posture"][response]  # the support force does not answer a call
    for key in ("buildup_day_close", "buildup_day_7"):
        assert {"shape-vjtf", "pr-eda-battlegroups", "pr-esut-a400m"} <= sources["posture"][key], key
        assert not sources["posture"][key] & {"pr-sfor-2004", "pr-st100-3", "fg-rbc-latvia"}, key


def test_the_air_figures_cite_only_the_platform_fields_they_read() -> None:
    """Flying hours and their cost read no mission-capable rate (usaf-mc-*); the aircraft held
    read it and no cost per flying hour; aircrews read the crews per aircraft, nothing else does."""
    sources, assumed = _cited("coalition-2025-09")
    air = sources["air"]
    availability = {"usaf-mc-2021", "usaf-mc-2023"}
    cost_per_hour = {"janes-cpfh-2012", "factually-cpfh"}  # s50: the Typhoon on the F-16s basis
    assert availability <= air["aircraft_needed"] and not air["aircraft_needed"] & cost_per_hour
    assert not air["flight_hours_per_year"] & (availability | cost_per_hour)
    assert cost_per_hour <= air["cost_per_year_low_eur_m"] and not air["cost_per_year_low_eur_m"] & availability
    rates = {"air_policing.eur_per_usd", "air_policing.eur_per_gbp"}  # assumed exchange rates
    assert rates <= assumed["air/cost_per_year_low_eur_m"] and not rates & assumed["air/aircraft_needed"]
    crews = {p for p in assumed["air/aircrew_needed"] if p.endswith(".crews_per_aircraft")}
    assert crews and not {p for p in assumed["air/aircraft_needed"] if p.endswith(".crews_per_aircraft")}
    assert not rates & assumed["air/sorties_per_day"]


def test_the_maritime_figures_cite_only_the_task_fields_they_read() -> None:
    """The existing MCM group (mcm-defensenews: its days on task) is read by its verdict alone;
    the ships in the cycle read no readiness ratio (rn-rule-of-three), the ships held do; only
    the capital reads the frigate's price (cbo-ffgx)."""
    sea = _cited("coalition-2025-09")[0]["maritime"]
    assert not any("mcm-defensenews" in cited for cited in sea.values())
    assert "rn-rule-of-three" in sea["ships_needed"] and "rn-rule-of-three" not in sea["ships_in_cycle"]
    assert "cbo-ffgx" in sea["capital_cost_eur_m"]
    assert not {k for k, cited in sea.items() if "cbo-ffgx" in cited} - {"capital_cost_eur_m"}


def test_the_plan_costs_cite_the_costs_they_add_not_the_chances_or_the_crews() -> None:
    """The yearly total adds the troops' cost (allocation and cost per troop-year), the air and
    maritime yearly costs and the [costs] items; the capital adds purchase prices, no troop cost."""
    sources, assumed = _cited("coalition-2025-09")
    costs = sources["costs"]
    total = costs["total_per_year_high_eur_m"]
    assert {"lexington-patriot", "janes-cpfh-2012", "fg-rbc-latvia"} <= total
    assert {s for s in total if s.startswith("data:costs:")}
    assert not {s for s in total if s.startswith("data:participation:")}
    assert not total & {"usaf-mc-2021", "mcm-defensenews", "cbo-ffgx"}  # availability, MCM group, capital
    assert "force.participation_correlation" not in assumed["costs/total_per_year_high_eur_m"]
    capital = costs["capital_eur_m"]
    assert "cbo-ffgx" in capital
    assert not capital & {"fg-rbc-latvia", "lexington-patriot", "janes-cpfh-2012"}
    assert not {s for s in capital if s.startswith("data:")}
