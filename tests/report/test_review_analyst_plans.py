"""An analyst's review of two plans of their own (a Nordic-Baltic force protecting Kyiv, Lviv,
Rivne NPP, a dam and Odesa, weighted by the analyst; a 100,000-troop stress test), against
europe-2025:

1. the sensitivity chart of the fastest response timed South Ukraine NPP, a plant outside the
   Nordic plan: "as planned n/a", every swing n/a, ``x1="nan"`` and "(dark line: as planned, nan)"
   in the SVG, ``base: null`` in results.json, while the report had a figure for Rivne NPP only.
   Now the chart is of a site the plan's report gives a figure for, or there is none and one line
   says why; never NaN in the SVG.
2. `compare` gave every plan's total site weight in the first plan's unit, MW: the analyst's own
   weightings are not MW. Now each plan's cell has its own unit.
3. the cost over the horizon was written to whole billions ("EUR 3–6 billion", 3 and 6 in
   figures.csv and compare.csv, for EUR 2.79–5.89 billion) beside its cost per year to three
   significant figures. Now money in billions is written to three significant figures everywhere.
4. layers.geojson's sites had no ``protected`` flag, which the report's map draws by.
5. results.json and ``to_dict()`` asked "Could the full target be fielded…" where the terminal
   and the report asked about "the high end of the target range": now one question, worded once.
6. the sources the plan lists but nothing cites (a copy of europe-2025's UK-only sources) were in
   the report's bibliography among the cited ones: now apart, under their own heading.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import reassure

PLANTS = ("rivne-npp", "khmelnytskyi-npp", "south-ukraine-npp")
RESPONSE_METRICS = ("response_south_ukraine", "response_south_ukraine_without_us")


def _protecting(keep: set[str]) -> Any:
    """europe-2025 protecting, of its operating plants, only ``keep`` (its other sites as they are)."""
    plan = reassure.load_scenario("europe-2025")
    sites = tuple(s for s in plan.posture.sites if s.site not in PLANTS or s.site in keep)
    return plan.model_copy(update={"posture": plan.posture.model_copy(update={"sites": sites})})


@pytest.fixture(scope="module")
def rivne(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The Nordic plan's case: of the operating plants, Rivne NPP alone; assessed and written out."""
    from reassure.present.files import write_outputs

    a = reassure.assess(_protecting({"rivne-npp"}), runs=2, seed=1, workers=1)
    out = tmp_path_factory.mktemp("rivne")
    write_outputs(a, out)
    return {"a": a, "out": out, "html": (out / "report.html").read_text(encoding="utf-8"),
            "json": json.loads((out / "results.json").read_text(encoding="utf-8")),
            "geojson": json.loads((out / "layers.geojson").read_text(encoding="utf-8"))}


# -- 1. the response chart is of a site the plan has a figure for --------------------------------


def test_the_response_chart_of_a_plan_protecting_rivne_alone_swings_its_rivne_figure(rivne: dict[str, Any]) -> None:
    a = rivne["a"]
    charts = {c.id: c for c in a.extra_charts}
    assert "tornado-response_south_ukraine" not in charts
    chart = charts["tornado-response_rivne_npp"]
    assert chart.title == "Sensitivity: Fastest response to Rivne NPP, minutes (with US backstop)"
    figure = next(f for s in a.sections if s.name == "posture" for f in s.figures
                  if f.key == "fastest_response_min_rivne-npp")
    # its "as planned" is the report's own figure, and every swing has a value
    assert chart.base == pytest.approx(figure.with_us)
    assert all(math.isfinite(v) for v in (*chart.series["low"], *chart.series["high"]))
    saved = next(c for c in rivne["json"]["sensitivity"] if c["id"] == "tornado-response_rivne_npp")
    assert saved["base"] is not None and None not in saved["series"]["low"]
    # the report's chart: no NaN, and its footnote names the figure it swings
    svg = rivne["html"].split('id="chart-tornado-response_rivne_npp"', 1)[1].split("</svg>", 1)[0]
    assert "nan" not in svg and "(dark line: as planned, 3" in svg
    assert "it swings the figure Fastest response to Rivne NPP (Varash)" in rivne["html"]


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sets(st.sampled_from(PLANTS)))
def test_the_response_chart_is_of_a_plant_the_plan_protects_or_there_is_none(keep: set[str]) -> None:
    from reassure.run.sensitivity import (
        RESPONSE_SITE,
        no_response_chart,
        response_site,
        run_sensitivity,
    )

    plan = _protecting(keep)
    charts = run_sensitivity(plan, only=RESPONSE_METRICS)
    site = response_site(plan)
    if not keep:
        assert site is None and charts == ()
        assert no_response_chart(plan).startswith("No sensitivity chart of the fastest response: the plan "
                                                  "protects no operating nuclear plant")
        return
    # South Ukraine NPP where the plan protects it (the shipped plans' chart), else its first plant
    assert site == (RESPONSE_SITE if RESPONSE_SITE in keep else next(p for p in PLANTS if p in keep))
    assert no_response_chart(plan) == ""
    assert len(charts) == 2 and all(math.isfinite(c.base or math.nan) for c in charts)
    assert all(site.split("-npp")[0].replace("-", " ") in c.title.lower() for c in charts)


def test_a_plan_protecting_no_plant_gets_a_line_saying_why_not_a_chart() -> None:
    from rich.console import Console

    from reassure.present.tables import print_sensitivity
    from reassure.run.results import Chart
    from reassure.run.sensitivity import no_response_chart

    plan = _protecting(set())
    other = Chart("tornado-p_target_met", "Sensitivity: Chance", "tornado", labels=("a",),
                  series={"low": (1.0,), "high": (2.0,)}, base=1.5, x_label="chance the target is fielded, %")
    out = Console(record=True, width=200)
    print_sensitivity((other,), plan, out)
    text = out.export_text()
    assert no_response_chart(plan) in text and "Fastest response" not in text


# a chart's values: minutes, troops or shares, or none at all (no unit reaches the site)
_value = st.one_of(st.floats(-1e5, 1e6), st.sampled_from([math.nan, math.inf, -math.inf]))


@settings(max_examples=60, deadline=None)
@given(base=st.one_of(_value, st.none()), lows=st.lists(_value, min_size=1, max_size=3),
       highs=st.lists(_value, min_size=3, max_size=3))
def test_a_tornado_never_writes_nan_into_its_svg(base: float | None, lows: list[float], highs: list[float]) -> None:
    from reassure.present.svg import chart_svg
    from reassure.run.results import Chart

    n = len(lows)
    chart = Chart("tornado-x", "Sensitivity: Fastest response to X, minutes", "tornado",
                  labels=tuple(f"swing {i}" for i in range(n)),
                  series={"low": tuple(lows), "high": tuple(highs[:n])}, base=base, x_label="minutes")
    svg = chart_svg(chart)
    assert not re.search(r"\bnan\b|\binf\b", svg, re.IGNORECASE), svg
    known = base is not None and math.isfinite(base)
    assert ("(as planned: n/a)" in svg) != known


# -- 2. compare: each plan's site weights in its own unit ----------------------------------------


def _weighted(name: str, total: float, unit: str) -> Any:
    from reassure.run.results import Denominator, Figure, SectionResult

    label = "Weight of protectable sites covered (sites on the line or destroyed excluded)"
    figure = Figure("covered_weight_percent", label, 70.0, 60.0, "%", digits=1, common_label=label,
                    denominator=Denominator("total weight of the protectable sites", total, total, unit))
    return SimpleNamespace(scenario=SimpleNamespace(name=name, us_backstop=SimpleNamespace(any=True)),
                           sections=(SectionResult("posture", "Posture", figures=(figure,)),), verdicts=())


def test_compare_gives_each_plans_total_weight_in_its_own_unit() -> None:
    from reassure.present.compare import cell_text, compare_csv, comparison_rows

    plans = ["europe-2025", "nordic-baltic", "stress"]
    rows = comparison_rows([_weighted("europe-2025", 9395, "MW"), _weighted("nordic-baltic", 8845, "weight"),
                            _weighted("stress", 9395, "MW")], plans)
    row = next(r for r in rows if r["kind"] == "denominator")
    assert [cell_text(row, i) for i in range(3)] == ["9,395 MW", "8,845 weight", "9,395 MW"]
    got = {r["key"]: r for r in csv.DictReader(io.StringIO(compare_csv(plans, rows)))}
    assert got[row["key"]]["unit"] == "MW (europe-2025, stress); weight (nordic-baltic)"
    # plans that share a unit keep it as the row's one unit
    same = comparison_rows([_weighted("a", 9395, "MW"), _weighted("b", 7000, "MW")])
    assert next(r for r in same if r["kind"] == "denominator")["unit"] == "MW"


# -- 3. money in billions to three significant figures -------------------------------------------


def _sig3(text: str) -> list[float]:
    return [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)]


@settings(max_examples=80, deadline=None)
@given(low=st.floats(1.0, 999.0), span=st.floats(1.0, 3.0))
def test_a_horizon_cost_keeps_three_significant_figures_in_every_output(low: float, span: float) -> None:
    from reassure.present.compare import cell_text, compare_csv, comparison_rows
    from reassure.present.output import figure_csv_cells
    from reassure.present.report import figure_text
    from reassure.run.results import Figure, SectionResult

    high = low * span
    # as `section_force` makes it: kept in EUR billion, no decimals of its own
    f = Figure("cost_over_horizon_high_eur_bn", "Cost over the horizon, low-high", high, high, "EUR billion",
               digits=0, low_with_us=low, low_without_us=low)

    def close(shown: float, true: float) -> bool:  # 3 significant figures: within half a unit of the third
        return abs(shown - true) <= 0.5 * 10 ** (math.floor(math.log10(true)) - 2) * (1 + 1e-9)

    shown = _sig3(figure_text(f, "with_us"))  # the report and the terminal (one number if both ends round alike)
    assert close(shown[0], low) and close(shown[-1], high), figure_text(f, "with_us")
    cells = figure_csv_cells(f)  # figures.csv: value columns, then the range's low ends
    assert close(float(cells[2]), high) and close(float(cells[-2]), low), cells
    a = SimpleNamespace(scenario=SimpleNamespace(name="p", us_backstop=SimpleNamespace(any=True)),
                        sections=(SectionResult("force", "Force", figures=(f,)),), verdicts=())
    rows = comparison_rows([a])
    compared = next(csv.DictReader(io.StringIO(compare_csv(["p"], rows))))
    assert close(float(compared["p"]), high) and close(float(compared["p_range_low"]), low), compared
    assert cell_text(rows[0], 0) == figure_text(f, "with_us")


def test_the_nordic_horizon_cost_reads_as_its_cost_per_year_does() -> None:
    from reassure.present.output import figure_csv_cells
    from reassure.present.report import figure_text
    from reassure.run.results import Figure

    f = Figure("cost_over_horizon_high_eur_bn", "Cost over the horizon", 5.8881, 5.8881, "EUR billion", digits=0,
               low_with_us=2.7917, low_without_us=2.7917)
    assert figure_text(f, "with_us") == "EUR 2.79–5.89 billion"
    assert figure_csv_cells(f)[2] == "5.89" and figure_csv_cells(f)[-2] == "2.79"
    # europe-2025's reads as before where its three figures are whole
    europe = Figure("c", "Cost", 183.917, 96.167, "EUR billion", digits=0, low_with_us=101.2, low_without_us=49.4)
    assert (figure_text(europe, "with_us"), figure_text(europe, "without_us")) == (
        "EUR 101–184 billion", "EUR 49.4–96.2 billion")


# -- 4. layers.geojson says which sites the plan protects ----------------------------------------


def test_the_exported_sites_say_which_the_plan_protects_as_the_map_does(rivne: dict[str, Any]) -> None:
    from reassure.present.maplibre import map_data

    a = rivne["a"]
    sites = {f["properties"]["id"]: f["properties"] for f in rivne["geojson"]["features"]
             if f["properties"]["layer"] == "layer-sites"}
    assert all(isinstance(p.get("protected"), bool) for p in sites.values())
    weighted = {s.site for s in a.scenario.posture.sites if s.weight.canonical > 0}
    assert {i for i, p in sites.items() if p["protected"]} == weighted
    assert sites["rivne-npp"]["protected"] and not sites["south-ukraine-npp"]["protected"]
    # the report's map draws the same flag
    drawn = json.dumps(map_data(a.layers, a.scenario, a.sections))
    for name in ("Rivne NPP (Varash)", "South Ukraine NPP (Pivdennoukrainsk)"):
        flag = re.search(rf'"name": "{re.escape(name)}", "kind": "nuclear", "protected": (true|false)', drawn)
        assert flag is not None and (flag.group(1) == "true") == (name.startswith("Rivne"))


# -- 5. one wording of each verdict --------------------------------------------------------------


@pytest.mark.parametrize("plan", ["europe-2025", "iiss-small"])
def test_results_json_asks_each_verdict_as_the_reports_do(plan: str) -> None:
    from reassure.present.story import reader_wording

    a = reassure.assess(plan, runs=2, seed=1, workers=1, sensitivity=False)
    asked = [v["question"] for v in a.to_dict()["verdicts"]]
    assert asked == [v.question for v in reader_wording(a.scenario, a.sections, a.verdicts)[1]]
    target = a.scenario.force.target_troops
    words = "the high end of the target range" if target.is_range else "the full target"
    assert f"Could {words} be fielded if every uncertain nation joined (best case)?" in asked
    assert f"Is {words} fielded with better-than-even odds, given who may not join?" in asked


def test_compare_keeps_one_row_for_a_range_and_a_target_of_one_number() -> None:
    from reassure.present.compare import comparison_rows
    from reassure.run.results import Verdict

    def plan(name: str, is_range: bool) -> Any:
        words = "the high end of the target range" if is_range else "the full target"
        v = Verdict(f"Could {words} be fielded if every uncertain nation joined (best case)?", True, False, "")
        scenario = SimpleNamespace(name=name, us_backstop=SimpleNamespace(any=True),
                                   force=SimpleNamespace(target_troops=SimpleNamespace(is_range=is_range)))
        return SimpleNamespace(scenario=scenario, sections=(), verdicts=(v,))

    rows = comparison_rows([plan("europe-2025", True), plan("iiss-small", False)])
    assert [r["key"] for r in rows] == ["verdict:Could the full target be fielded if every uncertain nation "
                                        "joined (best case)?"]
    # (review s53 3) beside a plan with one target number, words that fit both kinds
    assert rows[0]["label"].startswith("Could the target (its high end where a range) be fielded")


# -- 6. sources nothing cites: apart, under their own heading ------------------------------------


def test_the_sources_no_input_cites_are_listed_apart(rivne: dict[str, Any]) -> None:
    from reassure.spec import walk_provenanced

    plan = rivne["a"].scenario
    html = rivne["html"]
    cited = ({sid for _, item in walk_provenanced(plan) for sid in item.source}
             | {s.id for s in plan.description_sources()})

    def listed(ul: str) -> set[str]:
        block = html.split(f'<ul id="{ul}">', 1)[1].split("</ul>", 1)[0] if f'<ul id="{ul}">' in html else ""
        return set(re.findall(r'<li id="src-([^"]+)"', block))

    main, apart = listed("sources"), listed("sources-uncited")
    assert main and main <= cited
    assert apart and not apart & cited  # europe-2025 lists rand-cadre, cited by none of its inputs
    assert main | apart == {s.id for s in plan.sources}
    assert '<h3 id="uncited-sources">Listed in the plan, cited by no input</h3>' in html


def test_a_plan_citing_every_source_has_no_such_heading(tmp_path: Path) -> None:
    from reassure.present.report import UNCITED_HEADING, uncited_sources

    plan = _protecting(set(PLANTS))
    used = plan.model_copy(update={"sources": tuple(s for s in plan.sources if s.id not in uncited_sources(plan))})
    assert uncited_sources(used) == ()
    assert "rand-cadre" in uncited_sources(plan)
    assert UNCITED_HEADING == "Listed in the plan, cited by no input"
