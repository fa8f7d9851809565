"""Review r8 items 1 and 4: `reassure compare` put the first plan's denominators in the label
heading every plan's column ("of detected incidents: 55% of all incidents with the US backstop,
19% without" over iiss-large's 70.8 % / 41.0 %), and compare.csv had no without-US values and no
units. Now every figure over a subset has a label without any plan's numbers and, in the row
under it, each plan's own denominator (terminal, HTML, CSV alike); compare.csv has a
``<plan>_without_us`` column beside each plan and a ``unit`` column."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from reassure.present.compare import compare_csv, compare_html, comparison_rows, print_comparison
from reassure.run.results import Denominator, Figure, SectionResult

GENERIC = "Time from start to report, median, of detected incidents (hours)"


def _plan(name: str, detected: tuple[float, float], times: tuple[float, float], has_us: bool = True) -> Any:
    """A plan whose incidents section has one figure over the detected incidents, labelled as
    its own report labels it (its shares in the label)."""
    own = (f"Time from start to report, median, of detected incidents: {detected[0]:.0f}% of all incidents "
           f"with the US backstop, {detected[1]:.0f}% without (hours)")
    figure = Figure("detect_h_p50", own, times[0], times[1], "h", digits=2, common_label=GENERIC,
                    denominator=Denominator("detected incidents, share of all incidents", *detected))
    cost = Figure("cost_per_year_low_eur_bn", "Cost per year of the troops, low (enablers not costed)", 5.06, 2.45,
                  "EUR billion/year", digits=2)
    # no queueing note (`section_incidents.queueing_note`): the shares in time are not estimated
    side = {k: {"value": None} for k in ("within_threshold_incidents_fraction", "within_threshold_fraction")}
    sections = (SectionResult("force", "Force", figures=(cost,)),
                SectionResult("incidents", "Incidents", figures=(figure,),
                              data={"with_us": side, "without_us": side}))
    return SimpleNamespace(scenario=SimpleNamespace(name=name, us_backstop=SimpleNamespace(any=has_us)),
                           sections=sections, verdicts=())


# europe-2025 and iiss-large as the reviewer read them (detected: 55/19 % and 70.8/41.0 %)
PLANS = ["europe-2025", "iiss-large"]
ASSESSMENTS = [_plan("europe-2025", (54.9, 19.1), (0.47, 0.50)), _plan("iiss-large", (70.8, 41.0), (0.47, 0.50))]


def test_the_shared_label_names_no_plans_share_and_each_plan_has_its_own_denominator() -> None:
    rows = comparison_rows(ASSESSMENTS)
    keys = [r["key"] for r in rows]
    assert keys == ["force.cost_per_year_low_eur_bn", "incidents.detect_h_p50", "incidents.detect_h_p50.denominator"]
    figure, denominator = rows[1], rows[2]
    assert figure["label"] == GENERIC and not re.search(r"\d+%", figure["label"])
    assert denominator["kind"] == "denominator" and denominator["of"] == "incidents.detect_h_p50"
    assert denominator["label"] == "its denominator: detected incidents, share of all incidents"
    assert denominator["values"] == [54.9, 70.8] and denominator["without_us"] == [19.1, 41.0]
    assert denominator["unit"] == "%" and denominator["differs"] == [False, True]


def test_a_plan_without_the_us_backstop_shows_its_without_us_denominator_as_planned() -> None:
    rows = comparison_rows([ASSESSMENTS[0], _plan("no-us", (19.1, 19.1), (0.5, 0.5), has_us=False)])
    denominator = next(r for r in rows if r["kind"] == "denominator")
    assert denominator["values"] == [54.9, 19.1]


def _csv(rows: list[dict[str, Any]]) -> dict[str, dict[str, str]]:
    reader = csv.DictReader(io.StringIO(compare_csv(PLANS, rows)))
    assert reader.fieldnames == ["key", "label", "unit", "europe-2025", "europe-2025_without_us",
                                 "iiss-large", "iiss-large_without_us",
                                 "europe-2025_range_low", "europe-2025_without_us_range_low",
                                 "iiss-large_range_low", "iiss-large_without_us_range_low"]
    return {r["key"]: r for r in reader}


def test_compare_csv_has_each_plans_without_us_column_and_a_unit() -> None:
    by_key = _csv(comparison_rows(ASSESSMENTS))
    d = by_key["incidents.detect_h_p50.denominator"]
    assert (d["europe-2025"], d["europe-2025_without_us"], d["iiss-large"], d["iiss-large_without_us"]) == (
        "55", "19", "71", "41")
    assert d["unit"] == "%"
    assert by_key["incidents.detect_h_p50"]["label"] == GENERIC
    assert by_key["incidents.detect_h_p50"]["unit"] == "h"
    cost = by_key["force.cost_per_year_low_eur_bn"]
    assert cost["unit"] == "EUR billion/year"
    assert (cost["europe-2025"], cost["europe-2025_without_us"]) == ("5.06", "2.45")


def test_compare_html_puts_each_plans_share_in_its_own_cell() -> None:
    html = compare_html(PLANS, PLANS, comparison_rows(ASSESSMENTS))
    assert "55% of all incidents" not in html and "71% of all incidents" not in html
    row = re.search(r'<tr class="denominator"><td>its denominator: detected incidents, share of all '
                    r"incidents</td>(.*?)</tr>", html)
    assert row is not None
    assert re.findall(r"<td[^>]*>([^<]*)</td>", row[1]) == ["55%", "19%", "71%", "41%"]


@pytest.mark.parametrize("width", [200, 60])
def test_the_terminal_shows_each_plans_denominator(width: int, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Wide: a sub-row under the figure; narrow (one block per plan): a line under a key figure."""
    import reassure.present.compare as compare

    monkeypatch.setenv("COLUMNS", str(width))
    # the narrow layout lists key figures only: make this one key
    monkeypatch.setattr(compare, "KEY_FIGURES", ("incidents.detect_h_p50",))
    print_comparison(PLANS, comparison_rows(ASSESSMENTS), runs=3)
    out = re.sub(r"[│\s]+", " ", capsys.readouterr().out)
    assert "55% of all incidents" not in out and "71% of all incidents" not in out
    assert "its denominator" in out
    if width == 200:
        assert "↳ its denominator: detected incidents, share of all incidents 55% 19% 71% 41%" in out, out
    else:
        assert re.search(r"↳ its denominator: detected incidents, share of all incidents: 55% "
                         r"\(without the US: 19%\)", out), out
        assert "share of all incidents: 71% (without the US: 41%)" in out


def test_compare_command_writes_each_plans_own_denominators_and_without_us_values(tmp_path: Path,
                                                                                  run_cli) -> None:  # noqa: ANN001
    """End to end through the shipped plans whose detected shares differ (europe-2025 about
    55 % / 19 %, mnf-u-2026 about 47 % / 16 %): every cell matches the plan's own results.json."""
    from reassure.present.output import csv_number
    from reassure.run.section_incidents import share_pct

    plans = ["europe-2025", "mnf-u-2026"]
    result = run_cli("compare", *plans, "--runs", "3", "--out", tmp_path, env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.stderr
    results = {p: json.loads((tmp_path / p / "results.json").read_text()) for p in plans}
    figures = {p: {f"{s['name']}.{f['key']}": f for s in r["sections"].values() for f in s["figures"]}
               for p, r in results.items()}
    detected = {p: (100 * r["sections"]["incidents"]["data"]["with_us"]["detected_fraction"]["value"],
                    100 * r["sections"]["incidents"]["data"]["without_us"]["detected_fraction"]["value"])
                for p, r in results.items()}
    assert round(detected["europe-2025"][0]) != round(detected["mnf-u-2026"][0])

    table = list(csv.DictReader(io.StringIO((tmp_path / "compare.csv").read_text())))
    by_key = {r["key"]: r for r in table}
    assert list(table[0]) == ["key", "label", "unit", "europe-2025", "europe-2025_without_us",
                              "mnf-u-2026", "mnf-u-2026_without_us",
                              "europe-2025_range_low", "europe-2025_without_us_range_low",
                              "mnf-u-2026_range_low", "mnf-u-2026_without_us_range_low"]
    for p in plans:
        d = by_key["incidents.detect_h_p50.denominator"]
        assert (d[p], d[f"{p}_without_us"]) == tuple(str(csv_number(x, 1)) for x in detected[p])
        for key in ("force.deployed_total", "force.cost_per_year_high_eur_bn", "incidents.incidents_per_day",
                    "incidents.detect_h_p50"):
            f = figures[p][key]
            # written as an estimate when any plan's figure is one (the report's own rule)
            est = any(q[key].get("estimate") or q[key].get("ci_with_us") or q[key].get("ci_without_us")
                      or q[key].get("low_with_us") is not None for q in figures.values())
            assert by_key[key][f"{p}_without_us"] == str(csv_number(f["without_us"], f["digits"], est)), key
            assert by_key[key][p] == str(csv_number(f["with_us"], f["digits"], est)), key
    units = {k: by_key[k]["unit"] for k in ("force.deployed_total", "force.cost_per_year_high_eur_bn",
                                              "force.cost_over_horizon_high_eur_bn", "incidents.incidents_per_day",
                                              "incidents.detect_h_p50", "incidents.detect_h_p50.denominator")}
    assert units == {"force.deployed_total": "troops", "force.cost_per_year_high_eur_bn": "EUR billion/year",
                     "force.cost_over_horizon_high_eur_bn": "EUR billion", "incidents.incidents_per_day": "incidents/day",
                     "incidents.detect_h_p50": "h", "incidents.detect_h_p50.denominator": "%"}
    assert all(r["unit"] == "yes/no" for r in table if r["key"].startswith("verdict:"))
    # no label shared by the plans carries a share: "of detected incidents: 55% of all incidents..."
    for text in ((tmp_path / "compare.csv").read_text(), (tmp_path / "compare.html").read_text(), result.stdout):
        assert not re.search(r"of (detected incidents|answered calls|escalated calls): \d", text)
        assert "of all incidents with the US backstop" not in text
    html = (tmp_path / "compare.html").read_text()
    row = re.search(r'<tr class="denominator"><td>its denominator: detected incidents, share of all '
                    r"incidents</td>(.*?)</tr>", html)
    assert row is not None
    # each share as the plan's own report writes it in its label (`share_pct`, review 19b 7)
    assert re.findall(r"<td[^>]*>([^<]*)</td>", row[1]) == [
        share_pct(x) for p in plans for x in detected[p]]
    assert "its denominator: detected incidents, share of all incidents" in result.stdout
    # a plan's settings (words) wrap in their own cells; they do not squeeze the labels (review 20 #1)
    assert "↳ its horizon and tours per person " in result.stdout
    # each plan's own report keeps its shares in the label: one plan, no other to mislead
    for p in plans:
        own = figures[p]["incidents.detect_h_p50"]["label"]
        assert f"of detected incidents: {detected[p][0]:.0f}% of all incidents" in own


def test_figures_csv_gives_cost_and_incident_rate_figures_a_unit(report_dir: Path) -> None:
    rows = {r["key"]: r for r in csv.DictReader((report_dir / "figures.csv").open(encoding="utf-8"))}
    assert rows["force.cost_per_year_low_eur_bn"]["unit"] == rows["force.cost_per_year_high_eur_bn"]["unit"] == "EUR billion/year"
    assert rows["force.cost_over_horizon_high_eur_bn"]["unit"] == "EUR billion"
    assert rows["incidents.incidents_per_day"]["unit"] == "incidents/day"
    assert all("EUR billion" not in r["label"] for r in rows.values())
