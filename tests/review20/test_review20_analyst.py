"""Review 20 (analyst): each finding's fix, checked where the reviewer saw it (review-s20-analyst.md)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from reassure.spec import load_scenario

REPO = Path(__file__).resolve().parents[2]


def _section(name: str, scenario: Any) -> Any:
    from reassure.run.capabilities import registry
    from reassure.run.capability import Context
    from reassure.run.pipeline import run_capabilities

    caps = registry(runs=2, draws=300)
    done = run_capabilities(scenario, caps, [name])
    return caps[name].section(done[name], Context(scenario, {}, done))


def _as_assessment(scenario: Any, *sections: Any) -> Any:
    return SimpleNamespace(scenario=scenario, sections=sections, verdicts=())


def _variant(path: Path, body: str) -> Any:
    path.write_text('schema = 1\nextends = "europe-2025"\n' + body, encoding="utf-8")
    return load_scenario(str(path))


# -- 1. compare labels carry no plan's settings ----------------------------------------------------
@pytest.fixture(scope="module")
def two_plans(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any]:
    folder = tmp_path_factory.mktemp("r20")
    mt6 = _variant(folder / "mt6.toml",
                   'horizon = { value = 10, unit = "year", assumption = "a decade (for a test)" }\n[force]\n'
                   'max_tours = { value = 6, unit = "count", assumption = "six tours each" }\n')
    eu = load_scenario("europe-2025")
    return (_as_assessment(eu, _section("force", eu)), _as_assessment(mt6, _section("force", mt6)))


def _rows(assessments: list[Any]) -> dict[str, dict[str, Any]]:
    from reassure.present.compare import comparison_rows

    return {r["key"]: r for r in comparison_rows(assessments, ["eu", "mt6"][: len(assessments)])}


def test_compare_labels_name_no_plans_horizon_or_tours_and_each_plan_has_its_own(two_plans: Any) -> None:
    eu, mt6 = two_plans
    for order in ([eu, mt6], [mt6, eu]):
        rows = _rows(order)
        for key in ("force.cumulative_individuals_high", "force.cost_over_horizon_high_eur_bn"):
            label = rows[key]["label"]
            assert not re.search(r"\d", label), label  # no horizon, no tours: the same whatever the order
        people = rows["force.cumulative_individuals_high.setting"]
        texts = {"eu": "20-30 years; at most 2 tours per person", "mt6": "10 years; at most 6 tours per person"}
        want = [texts["eu"], texts["mt6"]] if order[0] is eu else [texts["mt6"], texts["eu"]]
        assert people["values"] == want and people["kind"] == "setting"
        assert rows["force.cost_over_horizon_high_eur_bn.setting"]["values"][order.index(mt6)] == "10 years"


def test_compare_settings_rows_in_csv_html_and_terminal(two_plans: Any, capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from reassure.present.compare import (
        compare_csv,
        compare_html,
        comparison_rows,
        print_comparison,
    )

    rows = comparison_rows(list(two_plans), ["eu", "mt6"])
    table = list(csv.reader(io.StringIO(compare_csv(["eu", "mt6"], rows))))
    line = next(r for r in table if r[0] == "force.cumulative_individuals_high.setting")
    assert line[3] == "20-30 years; at most 2 tours per person" and line[5] == "10 years; at most 6 tours per person"
    page = compare_html(["eu", "mt6"], ["eu", "mt6"], rows)
    assert "10 years; at most 6 tours per person" in page and "(20-30 years" not in page
    monkeypatch.setenv("COLUMNS", "250")
    print_comparison(["eu", "mt6"], rows, 2)
    out = capsys.readouterr().out
    assert "its horizon and tours per person" in out and "(10 years;" not in out


def test_the_cost_total_counts_its_own_parts_in_compare() -> None:
    mnf, ukr = load_scenario("mnf-u-2026"), load_scenario("ukraine-request")
    rows = _rows([_as_assessment(ukr, _section("costs", ukr)), _as_assessment(mnf, _section("costs", mnf))])
    total = rows["costs.total_per_year_low_eur_m"]
    assert total["label"] == "Operating cost of the plan a year, low"
    counts = rows["costs.total_per_year_low_eur_m.setting"]["values"]
    # s52: what each total leaves out, after what it counts, in each plan's own cell
    assert counts[0] == ("troops, air; not counted: ISR (the monitoring fleet, Europe's own drones and satellites "
                         "included), air defence, airlift, logistics beyond the troops' own units")
    assert counts[1] == ("troops, land enablers (air-defence), air, maritime; not counted: ISR (the monitoring "
                         "fleet, Europe's own drones and satellites included), airlift, logistics beyond the "
                         "troops' own units")


# -- 2. a target below the minimum contribution ----------------------------------------------------
def test_a_target_below_the_minimum_contribution_is_refused_naming_both_fields(tmp_path: Path, run_cli: Any) -> None:
    f = tmp_path / "obs80.toml"
    f.write_text('schema = 1\nextends = "europe-2025"\n[force]\n'
                 'target_troops = { value = 80, unit = "troops", assumption = "a small observer cell" }\n',
                 encoding="utf-8")
    r = run_cli("validate", f)
    assert r.exit_code == 2
    text = " ".join(r.stderr.split())
    assert "obs80.toml:4: force.target_troops is below force.min_contribution (100 troops" in text
    # the force command gives the same one answer, not "infeasible" beside "100% fielded"
    assert run_cli("force", f).exit_code == 2


# -- 3. explore: the headline names no lever the detail calls noise ---------------------------------
def test_the_explore_headline_names_no_lever_within_noise(tmp_path: Path, run_cli: Any) -> None:
    from reassure.run.explore.analyse import analyse

    out = tmp_path / "ex"
    r = run_cli("explore", "run", REPO / "experiments" / "what-drives-25000.toml", "--out", out,
                "--limit", "6", "--workers", "1")
    assert r.exit_code == 0, r.stderr
    a = analyse(out, "force.p_target_met_pct", case="with_us")
    assert "matters most" not in a.summary
    assert "can be told from noise" in a.summary
    judged = {m["factor"]: m["distinguishable"] for m in a.indices.get("main_effects", [])}
    for e in a.lever_effects:  # a lever the main effects call noise is marked noise here too
        if e["outcome"] == a.outcome and judged.get(e["lever"]) is False:
            assert e["with_us_noise"], e["lever"]


# -- 4. an enabler costed in [costs] is not "not costed" ---------------------------------------------
def test_the_force_note_names_the_costs_item_that_covers_air_defence() -> None:
    sec = _section("force", load_scenario("mnf-u-2026"))
    note = next(w for w in sec.warnings if "enablers not costed" in w)
    assert "not costed in the force section" in note
    assert "the plan's [costs] adds air defence as its item air-defence (EUR 83.3-103 million a year)" in note
    plain = _section("force", load_scenario("europe-2025"))  # no [costs]: the note as before
    assert any(w.startswith("enablers not costed (no cost given): ") for w in plain.warnings)


# -- 5, 6. monitor: the sector table's title, the airframes total -----------------------------------
def test_monitor_sector_title_and_airframes_label(run_cli: Any) -> None:
    r = run_cli("monitor", "europe-2025", env={"COLUMNS": "300"})
    assert r.exit_code == 0, r.stderr
    assert "By sector (with US backstop / without US backstop)" in r.stdout
    assert "airframes (aircraft and stations)" not in r.stdout
    assert "UAV airframes in the plan's fleet (satellites not counted)" in r.stdout
    assert "2 satellites" in r.stdout  # the fleet table marks a satellite group's airframes
    assert "simulated passes at the line's latitude" in r.stdout  # (s53) where a satellite class's revisit comes from


# -- 7, 9. validate warnings: file, line and field ---------------------------------------------------
def _validate_warnings(tmp_path: Path, run_cli: Any, name: str, table: str, line: str) -> str:
    """`reassure validate` on a plan extending europe-2025 with one field on its line 4: it
    passes, and its warnings come back on one line."""
    f = tmp_path / name
    f.write_text(f'schema = 1\nextends = "europe-2025"\n[{table}]\n{line}\n', encoding="utf-8")
    r = run_cli("validate", f)
    assert r.exit_code == 0, r.stderr
    return " ".join(r.stderr.split())


def test_the_short_line_warning_names_file_and_line(tmp_path: Path, run_cli: Any) -> None:
    text = _validate_warnings(tmp_path, run_cli, "short.toml", "monitoring.band",
                              'line_length = { value = 500, unit = "km", assumption = "short (for a test)" }')
    # review s40b 3: equal ends are one value ("500 km (500-500 km)" before)
    assert "short.toml:4: monitoring.band.line_length 500 km is shorter than the traced" in text


def test_a_zero_interval_between_tours_is_warned(tmp_path: Path, run_cli: Any) -> None:
    text = _validate_warnings(tmp_path, run_cli, "c4.toml", "force",
                              'interval = { value = 0, unit = "month", assumption = "x (for a test)" }')
    assert "c4.toml:4: force.interval is 0 month: no time at home between tours" in text


# -- 8. figures.csv: a value inside its own interval -------------------------------------------------
def test_figures_csv_rounds_a_value_as_its_interval() -> None:
    from reassure.present.output import figures_csv
    from reassure.run.results import Figure, SectionResult

    f = Figure("detect_h_p50", "Time from start to report, median", 0.4745, 0.5005, "hours", (), 2,
               ci_with_us=(0.4741, 0.4752), ci_without_us=(0.4999, 0.5021))
    row = list(csv.DictReader(io.StringIO(figures_csv([SectionResult("incidents", "I", figures=(f,))]))))[0]
    for side in ("with_us", "without_us"):
        value, low, high = (float(row[k]) for k in (side, f"{side}_ci95_low", f"{side}_ci95_high"))
        assert low <= value <= high, row
    assert row["with_us"] == "0.474"
