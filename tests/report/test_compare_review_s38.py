"""Review s38 (a parliamentary researcher on `reassure compare`):

1. compare dropped the 95% Monte Carlo intervals `assess` prints, so noise read as a difference:
   13.4% (iiss-medium) and 13.9% (iiss-large) were highlighted against europe-2025's 13.5%
   although europe-2025's own interval is 11.3-15.6%. Every cell with an interval now shows it,
   and is marked only where its interval and the first plan's do not overlap (said in the
   legend); a figure without one keeps the exact comparison.
2. compare never said where the plans' inputs differ: a table "Inputs that differ" now lists,
   per plan, each input whose value is not the same in every plan (troops target, nations
   considered, the contact line length used, the US backstop elements, any other parameter)
   with its value and source ids or assumption.
3. ukraine-request's "Capital: purchase costs given" read "EUR 0 million" beside the aircraft's
   n/a, because none of its assets has a purchase price: it reads "n/a (no purchase price given)".
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from reassure.present.compare import (
    cell_text,
    compare_csv,
    compare_html,
    comparison_rows,
    print_comparison,
)
from reassure.run.results import Figure, SectionResult, Table
from reassure.spec import load_scenario

KEY = "sim.within_threshold_incidents_pct"  # a stand-in section (no incidents data to explain)
LABEL = "Incidents needing a response with a unit on scene within the response threshold"

# europe-2025, iiss-medium, iiss-large and ukraine-request as `compare --runs 20` gives them
REACHED = {
    "europe-2025": (13.453, (11.328, 15.579), 3.825, (3.31, 4.34)),
    "iiss-medium": (13.361, (11.30, 15.42), 5.0, (4.5, 5.5)),
    "iiss-large": (13.871, (11.80, 15.94), 3.70, (3.30, 4.10)),
    "ukraine-request": (23.317, (19.316, 27.319), 19.6, (16.3, 22.9)),
}


def _assessment(name: str, figures: tuple[Figure, ...] = (), sections: tuple[SectionResult, ...] = (),
                scenario: Any = None) -> Any:
    scenario = scenario or SimpleNamespace(name=name, us_backstop=SimpleNamespace(any=True))
    return SimpleNamespace(scenario=scenario, verdicts=(),
                           sections=(SectionResult("sim", "Monte Carlo", figures=figures), *sections))


def _reached() -> list[Any]:
    return [_assessment(name, (Figure("within_threshold_incidents_pct", LABEL, v, alone, "%", digits=1,
                                      ci_with_us=ci, ci_without_us=ci_alone),
                               Figure("percent_satisfied", "Share of the line watched", 42.7 + 0.1 * (i == 1),
                                      31.6, "%", digits=1)))
            for i, (name, (v, ci, alone, ci_alone)) in enumerate(REACHED.items())]


def _row(rows: list[dict[str, Any]], key: str) -> dict[str, Any]:
    return next(r for r in rows if r["key"] == key)


# -- 1. the 95% intervals ----------------------------------------------------------------------
def test_every_cell_with_an_interval_shows_it_as_assess_prints_it() -> None:
    from reassure.present.report import figure_text

    assessments = _reached()
    row = _row(comparison_rows(assessments), KEY)
    assert cell_text(row, 0) == "13.5% (11.3–15.6)"
    assert cell_text(row, 0, "without_us") == "3.8% (3.3–4.3)"
    for i, a in enumerate(assessments):
        own = a.sections[0].figures[0]
        assert cell_text(row, i) == figure_text(own, "with_us", ci_words=False)
        assert cell_text(row, i, "without_us") == figure_text(own, "without_us", ci_words=False)


def test_a_difference_within_the_noise_is_not_marked_and_one_beyond_it_is() -> None:
    row = _row(comparison_rows(_reached()), KEY)
    # 13.4% and 13.9% lie within europe-2025's 11.3-15.6%; ukraine-request's 19.3-27.3% does not
    assert row["differs"] == [False, False, False, True]
    # without the US: iiss-medium's 4.5-5.5% does not overlap europe-2025's 3.3-4.3%, iiss-large's does
    assert row["differs_without_us"] == [False, True, False, True]


def test_a_figure_without_an_interval_keeps_the_exact_comparison() -> None:
    row = _row(comparison_rows(_reached()), "sim.percent_satisfied")
    assert row["differs"] == [False, True, False, False]


def test_a_value_without_an_interval_against_one_with_it_counts_as_a_point() -> None:
    def plan(name: str, value: float, ci: tuple[float, float] | None) -> Any:
        return _assessment(name, (Figure("within_threshold_incidents_pct", LABEL, value, value, "%", digits=1,
                                         ci_with_us=ci, ci_without_us=ci),))

    rows = comparison_rows([plan("a", 13.5, (11.3, 15.6)), plan("b", 15.0, None), plan("c", 16.0, None)])
    assert _row(rows, KEY)["differs"] == [False, False, True]


def test_html_and_terminal_show_the_intervals_and_say_the_rule(monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    from reassure.present.compare import DIFF_RULE

    plans = list(REACHED)
    rows = comparison_rows(_reached())
    page = compare_html(plans, plans, rows)
    cells = re.search(re.escape(LABEL) + r"</td>(.*?)</tr>", page)
    assert cells is not None
    marked = re.findall(r'<td class="([^"]*)">([^<]*)</td>', cells[1])
    assert marked[::2] == [("", "13.5% (11.3–15.6)"), ("", "13.4% (11.3–15.4)"), ("", "13.9% (11.8–15.9)"),
                           ("diff", "23.3% (19.3–27.3)")]
    assert "do not overlap" in DIFF_RULE and DIFF_RULE in page.replace("&#x27;", "'")
    monkeypatch.setenv("COLUMNS", "250")
    print_comparison(plans, rows, 20)
    out = re.sub(r"[│\s]+", " ", capsys.readouterr().out)
    assert "13.5% (11.3–15.6)" in out and "23.3% (19.3–27.3)" in out
    assert "only where its interval and the first plan's do not overlap" in out


# -- 2. the inputs that differ -----------------------------------------------------------------
PLANS = ["europe-2025", "iiss-medium", "mnf-u-2026", "no-us-backstop"]


LINE_KM = {"europe-2025": 1100.0, "iiss-medium": 1100.0, "mnf-u-2026": 1309.0, "no-us-backstop": 1100.0}


@pytest.fixture(scope="module")
def inputs() -> Any:
    """The plans' inputs, each with the length of line its monitoring figures used."""
    def line(p: str) -> SectionResult:
        return SectionResult("monitoring", "Monitoring", figures=(
            Figure("line_km", "Length of the line the monitoring figures are computed over, km", LINE_KM[p],
                   LINE_KM[p], "km"),))

    return comparison_rows([_assessment(p, sections=(line(p),), scenario=load_scenario(p)) for p in PLANS], PLANS)


def _input(rows: Any, path: str) -> dict[str, Any]:
    return next(r for r in rows.inputs if r["path"] == path)


def test_the_named_inputs_are_listed_with_their_values_and_sources(inputs: Any) -> None:
    target = _input(inputs, "force.target_troops")
    assert target["values"] == ["25,000–30,000 troops", "25,000 troops", "15,000–30,000 troops",
                                "25,000–30,000 troops"]
    assert target["short"][1] == "source: iiss-2025" and "paris-2026-size" in target["provenance"][2]
    assert target["differs"] == [False, True, True, False]
    nations = _input(inputs, "contributors")
    assert nations["values"][0] == "13 nations (10 not ruled out)"
    assert nations["values"][1].startswith("24 nations (21 not ruled out); not in every plan: BEL, CAN")
    assert nations["values"][2] == "13 nations (9 not ruled out)"  # Germany ruled out in 2026
    assert "fg-menafn-belgium" in nations["provenance"][1]
    line = _input(inputs, "monitoring.band.line_length")
    assert line["values"][0] == "1,100 km used (1,000–1,200 km reported)"
    assert line["values"][2] == "1,309 km used (1,218–1,400 km reported)"
    assert "mon-ap-1000km" in line["short"][0] and "liga-syrskyi-1218" in line["short"][2]
    assert line["differs"] == [False, False, True, False]


def test_the_us_backstop_elements_each_on_or_off_with_the_plans_source(inputs: Any) -> None:
    for element, on in (("isr", ["on", "on", "on", "off"]), ("air_defence", ["on", "on", "off", "off"]),
                        ("air_support", ["on", "on", "off", "off"]), ("logistics", ["on", "on", "off", "off"])):
        row = _input(inputs, f"us_backstop.{element}")
        assert row["values"] == on, element
        assert row["without_us"] == ["off"] * len(PLANS)
        assert row["short"][0] == "source: seed-000, seed-001, seed-004"
        assert "assumption: the case the reports' European officials fear" in row["provenance"][3]
    assert not [r for r in inputs.inputs if r["path"] == "us_backstop.airlift"]  # off in every plan


def test_any_other_input_that_differs_and_only_those(inputs: Any) -> None:
    pledge = _input(inputs, "contributors[FRA].pledge_troops")
    assert pledge["values"] == ["9,000–10,000 troops"] * 2 + ["6,000 troops", "9,000–10,000 troops"]
    assert pledge["short"][2] == "source: menafn-fra-6000, unn-fra-6000"
    p_join = _input(inputs, "contributors[GBR].p_join")  # a shipped default against a sourced value
    assert p_join["values"][0] == "100%" and p_join["short"][0].startswith("shipped default (data/participation.toml")
    assert p_join["values"][2] == "80%"
    # a table only some plans have, the same in each: one row, not one per input
    air = _input(inputs, "air_policing")
    assert air["values"] == ["not in this plan", "not in this plan", "given", "not in this plan"]
    assert not [r for r in inputs.inputs if r["path"].startswith("air_policing.")]
    # a nation not every plan considers is in the nations row, not a row of its own
    assert not [r for r in inputs.inputs if r["path"].startswith("contributors[BEL]")]
    paths = {r["path"] for r in inputs.inputs}
    assert "force.tour" not in paths and "horizon" not in paths  # the same in every plan


def test_a_changed_number_is_listed_with_its_assumption() -> None:
    base = load_scenario("europe-2025")
    variant = base.with_overrides({"incidents.response_threshold": 0.75}, assumption="a faster answer asked for")
    rows = comparison_rows([_assessment("a", scenario=base), _assessment("b", scenario=variant)])
    assert [r["path"] for r in rows.inputs] == ["incidents.response_threshold"]
    row = rows.inputs[0]
    assert row["values"] == ["1 h", "0.75 h"] and row["differs"] == [False, True]
    assert "assumption: a faster answer asked for" in row["provenance"][1]


def test_plans_whose_inputs_are_the_same_have_no_inputs_table() -> None:
    s = load_scenario("europe-2025")
    rows = comparison_rows([_assessment("a", scenario=s), _assessment("b", scenario=s)])
    assert rows.inputs == []
    assert "Inputs that differ" not in compare_html(["a", "b"], ["a", "b"], rows)


def test_html_terminal_and_csv_carry_the_inputs(inputs: Any, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    page = compare_html(PLANS, PLANS, inputs)
    assert "<h2>Inputs that differ</h2>" in page
    row = re.search(r"<tr><td>Troops target \(force\.target_troops\)</td>(.*?)</tr>", page)
    assert row is not None
    assert '<td class="diff">15,000–30,000 troops<div class="src">source: paris-2026-size' in row[1]
    table = {r["key"]: r for r in csv.DictReader(io.StringIO(compare_csv(PLANS, inputs)))}
    assert table["input:force.target_troops"]["iiss-medium"] == "25,000 troops"
    assert table["input:us_backstop.isr"]["no-us-backstop"] == "off"
    for width, pattern in ((300, r"Inputs that differ between the plans.*Troops target \(force\.target_troops\) "
                                 r"25,000–30,000 troops 25,000 troops 15,000–30,000 troops"),
                           (80, r"mnf-u-2026 Inputs that differ between the plans: Troops target "
                                r"\(force\.target_troops\): 15,000–30,000 troops — source: paris-2026-size")):
        monkeypatch.setenv("COLUMNS", str(width))
        print_comparison(PLANS, inputs, 2)
        out = re.sub(r"[│\s]+", " ", capsys.readouterr().out)
        assert re.search(pattern, out), (width, out[:3000])


# -- 3. a capital cost with no price given -----------------------------------------------------
def _costs(capitals: tuple[float | None, ...], total: float | None) -> SectionResult:
    table = Table("plan-costs", "Operating cost a year by component",
                  ("component", "low", "high", "low_without_us", "high_without_us", "capital_eur_m"),
                  tuple((f"part {i}", 1.0, 2.0, 1.0, 2.0, c) for i, c in enumerate(capitals)))
    capital = Figure("capital_eur_m", "Capital: purchase costs given, the midpoint of each price range (not in the "
                     "yearly cost)", total, total, "EUR million")
    return SectionResult("costs", "Cost of the whole plan", figures=(capital,), tables=(table,))


def test_a_capital_with_no_price_given_reads_na_never_zero() -> None:
    priced = _assessment("coalition-2025-09", sections=(_costs((None, 6578.2), 6578.2),))
    unpriced = _assessment("ukraine-request", sections=(_costs((None,), 0.0),))  # what solve_costs gives
    rows = comparison_rows([priced, unpriced])
    row = _row(rows, "costs.capital_eur_m")
    assert cell_text(row, 0) == "EUR 6.58 billion"
    assert cell_text(row, 1) == cell_text(row, 1, "without_us") == "n/a (no purchase price given)"
    assert "EUR 0 million" not in compare_html(["c", "u"], ["c", "u"], rows)
    assert row["values"][1] is None
    assert row["notes"][1].startswith("no purchase price is given for the plan's assets")


def test_an_aircraft_capital_with_no_price_says_so_in_its_cell() -> None:
    air = SectionResult("air", "Air", figures=(Figure("capital_cost_eur_m", "Capital: aircraft", None, None,
                                                      "EUR million"),))
    rows = comparison_rows([_assessment("a"), _assessment("b", sections=(air,))])
    row = _row(rows, "air.capital_cost_eur_m")
    assert cell_text(row, 1) == "n/a (no purchase price given)"
    assert cell_text(row, 0) == "n/a"  # no [air_policing]: its note says so, not a price


def _value_cells(page: str, label: str) -> list[str]:
    """The value cells of compare.html's results row whose label starts with ``label``."""
    import html

    row = page[page.index("<tr><td>" + label):]
    row = row[: row.index("</tr>")]
    return [html.unescape(c) for c in re.findall(r'<td class="[^"]*">([^<]*)</td>', row)]


def test_compare_command_end_to_end(tmp_path: Path, run_cli: Any) -> None:
    """The three fixes through the command, as the reviewer ran it."""
    plans = ["europe-2025", "ukraine-request", "mnf-u-2026"]
    result = run_cli("compare", *plans, "--runs", "3", "--out", tmp_path, env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.stderr
    page = (tmp_path / "compare.html").read_text(encoding="utf-8")
    out = re.sub(r"[│\s]+", " ", result.stdout)
    capital = _value_cells(page, "Capital: purchase costs given")
    assert capital[2:4] == ["n/a (no purchase price given)"] * 2 and "EUR 0 million" not in capital
    assert "n/a (no purchase price given)" in out
    reached = _value_cells(page, "Incidents needing a response with a unit on scene")
    assert len(reached) == 6 and all(re.fullmatch(r"\d+(\.\d)?% \(\d+(\.\d)?–\d+(\.\d)?\)", c) for c in reached)
    assert "<h2>Inputs that differ</h2>" in page and "Inputs that differ between the plans" in out
    for words in ("Troops target (force.target_troops)", "us_backstop.air_defence",
                  "monitoring.band.line_length", "air_policing"):
        assert words in page and words in out, words
