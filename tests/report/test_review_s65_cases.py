"""Review s65 (a newcomer analyst's test run), items 2 and 4, in the report and its CSV files.

2. The "smallest relaxations that close the gap" of the plan as planned, with its US backstop,
   were in results.json alone: report.html and relaxations.csv gave the case without the US
   (France 64.4%), never the plan's own (France 29.3%, a 2.8-point rise in every army's share);
   the "Limits that bind" table beside it named no case.
4. units.csv's utilisation had no unit (0.859 beside figures.csv's 85.9 %), and the report's
   column called the 90 days simulated "the horizon", which elsewhere is the 20-30-year mission.
"""

from __future__ import annotations

import csv
import html
import json
import re
from pathlib import Path


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _table(page: str, table_id: str) -> str:
    body = page.split(f'id="table-{table_id}"')[1].split("</figure>")[0]
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<sup.*?</sup>", "", body))))


# -- 2. both cases of the relaxations, each labelled; the binding limits' case -----------------
def test_relaxations_csv_carries_both_cases_as_results_json_does(report_dir: Path) -> None:
    rows = _rows(report_dir / "relaxations.csv")
    force = json.loads((report_dir / "results.json").read_text(encoding="utf-8"))["sections"]["force"]["data"]
    by_case = {case: [r["relaxation"] for r in rows if r["case"] == case]
               for case in ("with the US backstop", "without the US backstop")}
    assert by_case["with the US backstop"] == [x["text"] for x in force["with_us"]["relaxations"]]
    assert by_case["without the US backstop"] == [x["text"] for x in force["without_us"]["relaxations"]]
    assert {r["case"] for r in rows} == set(by_case)
    # the plan as planned: France at 29.3% closes the 1,736-troop gap, as the terminal says
    assert any(r.startswith("FRA alone: let it hold 29.3%") for r in by_case["with the US backstop"])
    assert any("every contributor's army share" in r for r in by_case["with the US backstop"])


def test_report_lists_both_cases_of_the_relaxations_each_labelled(report_dir: Path) -> None:
    page = (report_dir / "report.html").read_text(encoding="utf-8")
    text = _table(page, "relaxations")
    assert "with the US backstop and without it" in text.split("Case")[0]  # the caption
    assert "France alone: let it hold 29.3% of its army" in text  # with the US backstop
    assert "France alone: let it hold 64.4% of its army" in text  # without it
    cells = re.findall(r"<td>(with(?:out)? the US backstop)</td>",
                       page.split('id="table-relaxations"')[1].split("</figure>")[0])
    assert cells.index("without the US backstop") > 0 and cells[0] == "with the US backstop"


def test_binding_limits_name_their_case(report_dir: Path) -> None:
    rows = _rows(report_dir / "binding.csv")
    assert list(rows[0])[0] == "case" and {r["case"] for r in rows} == {"with the US backstop"}
    page = (report_dir / "report.html").read_text(encoding="utf-8")
    caption = page.split('id="table-binding"')[1].split("</figcaption>")[0]
    assert "Limits that bind, and what relaxing them is worth (with the US backstop)" in caption
    # the caption says the case once: no column repeating it on every row
    assert "<td>with the US backstop</td>" not in page.split('id="table-binding"')[1].split("</figure>")[0]


# -- 4. utilisation in per cent, as figures.csv has it; "the 90 days simulated", not "the horizon"
def test_units_csv_utilisation_is_in_percent_as_figures_csv(report_dir: Path) -> None:
    units = _rows(report_dir / "units.csv")
    assert list(units[0]) == ["unit", "kind", "US", "utilisation_pct", "utilisation_without_us_pct"]
    figures = {r["key"]: r for r in _rows(report_dir / "figures.csv")}
    busiest = figures["incidents.utilisation_max_pct"]
    assert busiest["unit"] == "%"
    highest = max(float(u["utilisation_pct"]) for u in units)
    assert abs(highest - float(busiest["with_us"])) <= 0.15, (highest, busiest["with_us"])


def test_report_utilisation_column_names_the_days_simulated(report_dir: Path) -> None:
    page = (report_dir / "report.html").read_text(encoding="utf-8")
    body = page.split('id="table-units"')[1].split("</figure>")[0]
    heads = [html.unescape(h) for h in re.findall(r"<th[^>]*>([^<]*)</th>", body)]
    assert "Utilisation (% of the 90 days simulated), with US backstop" in heads, heads
    assert "Utilisation (% of the 90 days simulated), without US backstop" in heads, heads
    assert not any("horizon" in h for h in heads), heads
    # cells in per cent, scaled once: the busiest unit's 85.9 (figures.csv) reads 86%-ish, not 8,590%
    cells = [float(c) for c in re.findall(r'<span class="num"[^>]*>([\d.]+)%</span>', body)]
    assert cells and max(cells) <= 100
