"""Session 32 review: presentation faults a reader found.

1. At 80 columns (and whenever output is piped) the model commands' tables split numbers over
   lines ("0.7" over "4" for 0.74 in `monitor`'s detection-by-class table).
2. The shipped `no-us-backstop` plan's incident labels read "19% ... with the US backstop, 19%
   without" under its "as planned (no US backstop)" column.
3. `monitor` and `assess` gave the same MALE fleet two "lost over the horizon" figures (20 and
   24) without saying that they count different years (the horizon's middle and its long end).
4. The troops' yearly cost did not say which strength it prices (the best case).
5. "EUR 6,616.0 million a year" beside "EUR 6,770 million a year": a whole float of a figure
   given decimals escaped the 3-significant-figure rule.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

# -- 1. a number is never split across lines ---------------------------------------------------


def _lines_fit(text: str, width: int) -> None:
    too_long = [ln for ln in text.splitlines() if len(ln.rstrip()) > width]
    assert not too_long, too_long[:3]


def _every_text_whole(out: str, texts: Counter[str]) -> None:
    """Each text appears on one line as often as the table holds it (a split cell is missing)."""
    missing = {t: n for t, n in texts.items() if out.count(t) < n}
    assert not missing, missing


def test_monitor_at_80_columns_keeps_every_number_of_the_fleet_and_detection_tables_whole(run_cli) -> None:  # noqa: ANN001
    from reassure.present.tables import _fmt, _pct

    data = json.loads(run_cli("monitor", "europe-2025", "--format", "json").stdout)
    out = run_cli("monitor", "europe-2025").stdout  # COLUMNS=80, as in a pipe
    _lines_fit(out, 80)
    cells: Counter[str] = Counter()
    for c in data["detection_by_class"]:  # the review's row: us-male 0.74, 23.5%, 100.0%
        cells.update([_fmt(c["revisit_h"]), _pct(c["pd_per_pass"]), *(_pct(p["p"]) for p in c["p_detect"])])
    for r in data["fleet"]:
        if r["kind"] == "patrol":
            cells.update([_fmt(r["transit_km"], 0), _fmt(r["time_on_station_h"], 1)])
    assert "0.74" in cells and "23.5%" in cells
    _every_text_whole(out, cells)
    assert "The terminal is too narrow for this table" in out  # said, as `compare` says it


def test_respond_and_force_at_80_columns_keep_times_and_costs_whole(run_cli) -> None:  # noqa: ANN001
    from reassure.present.output import hours_text
    from reassure.present.tables import _eur

    data = json.loads(run_cli("respond", "europe-2025", "--format", "json").stdout)
    out = run_cli("respond", "europe-2025").stdout
    _lines_fit(out, 80)
    times = Counter(hours_text(row[m]) for row in data["site_response_h"] for m in ("ground", "heli", "air", "fastest"))
    _every_text_whole(out, times)  # "7.8 h" was "7.8" over "h"

    data = json.loads(run_cli("force", "europe-2025", "--format", "json").stdout)
    out = run_cli("force", "europe-2025").stdout
    _lines_fit(out, 80)  # the table was 120 characters wide in an 80-column terminal
    _every_text_whole(out, Counter(_eur(n["cost_eur_per_year"]["low"]) for n in data["nations"] if n["deployed"]))


_NUMBER = st.one_of(st.floats(0, 1e7, allow_nan=False).map(lambda v: f"{v:,.2f}"),
                    st.integers(0, 10**6).map(lambda n: f"{n:,} troops"),
                    st.floats(0, 100).map(lambda v: f"{v:.1f}% / {v:.0f}%"))


@settings(max_examples=60, deadline=None)
@given(width=st.integers(30, 200), n_cols=st.integers(2, 9), data=st.data())
def test_a_table_shown_at_any_width_splits_no_cell_and_overflows_no_line(width: int, n_cols: int, data: Any) -> None:
    from rich.console import Console

    from reassure.present.tables import _show, _table

    headers = [f"column {i} of the figures (h)" if i else "group" for i in range(n_cols)]
    rows = data.draw(st.lists(st.tuples(st.sampled_from(["us-male", "eu-sentinel-2", "km 1000-1100"]),
                                        *(_NUMBER for _ in range(n_cols - 1))), min_size=1, max_size=4))
    table = _table("A table", headers, left=("group",))
    for row in rows:
        table.add_row(*row)
    buf = io.StringIO()
    _show(Console(file=buf, width=width, highlight=False, markup=False), table, "group")
    out = buf.getvalue()
    _lines_fit(out, width)
    lines = out.splitlines()
    for row in rows:
        for cell in row:
            assert any(cell in ln for ln in lines), (cell, out)


# -- 2. a plan with no US backstop is labelled as one --------------------------------------------

def test_a_plan_without_us_backstop_gives_each_subset_share_once(run_cli, tmp_path) -> None:  # noqa: ANN001
    out = run_cli("assess", "no-us-backstop", "--runs", "2", "--out", tmp_path, env={"COLUMNS": "400"})
    assert out.exit_code == 0, out.stderr
    rows = {r["key"]: r for r in csv.DictReader(io.StringIO((tmp_path / "figures.csv").read_text()))}
    for key, subset in (("incidents.detect_h_p50", "of detected incidents: [^ ]+% of all incidents"),
                        ("incidents.respond_h_p50", "of answered calls: [^ ]+% of incidents needing a response"),
                        ("incidents.reinforcement_h_p50", "of escalated calls: [^ ]+% of calls")):
        assert re.search(subset + r" \(hours", rows[key]["label"]), rows[key]["label"]
    labels = [r["label"] for r in rows.values()]
    assert not [lb for lb in labels if "with the US backstop" in lb]
    # (s35) each row says what its "with_us" columns hold for this plan
    assert {r["with_us_means"] for r in rows.values()} == {"as planned (no US backstop)"}
    assert "with the US backstop" not in out.stdout
    # the force verdicts' reasons are labelled as the plan's column, as `force` prints them
    assert "as planned (no US backstop): infeasible" in " ".join(out.stdout.split())
    assert "without the US backstop: infeasible" not in " ".join(out.stdout.split())
    # the report's footnotes too: "(with the US backstop as planned)" labelled its prose's figures
    assert "with the US backstop" not in (tmp_path / "report.html").read_text()

    # (s38) the `incidents` table labels each figure as the report does: the share once
    table = run_cli("incidents", "no-us-backstop", "--runs", "2", env={"COLUMNS": "400"}).stdout
    assert re.search(r"of detected incidents: [\d.<>]+% of all incidents", table), table
    assert "as planned, " not in table and not re.search(r"% without\b", table)
    assert "with the US backstop" not in table


def test_a_plan_with_us_backstop_keeps_both_shares() -> None:
    from reassure.run.section_incidents import Subset, of_subset

    assert Subset("detected incidents", "all incidents", (55.0, 19.0)).text == (
        "of detected incidents: 55% of all incidents with the US backstop, 19% without")
    assert of_subset("detected incidents", "all incidents", (19.0, 19.0), has_us=False) == (
        "of detected incidents: 19% of all incidents")


# -- 3. each "lost" figure states the years it counts ---------------------------------------------

def test_the_two_airframes_lost_figures_state_their_years_and_agree_on_the_rate(run_cli) -> None:  # noqa: ANN001
    from reassure.spec import load_scenario

    text = " ".join(run_cli("monitor", "europe-2025", env={"COLUMNS": "250"}).stdout.split())
    header = re.search(r"lost over (\d+) years", text)
    assert header, "the fleet table's losses name their years"
    assert "the middle of the plan's 20-30 year horizon" in text
    fleet = json.loads(run_cli("monitor", "europe-2025", "--format", "json").stdout)["fleet"]
    us_male = next(r for r in fleet if r["id"] == "us-male")

    plan = load_scenario("europe-2025")
    # review s38 1: the sized fleet's losses are the monitoring section's (that of `monitor --size`)
    from reassure.run.section_monitoring import sizing_figures, sizing_sides

    sized = sizing_sides(plan)
    assert sized is not None
    band = {f.key: f for f in sizing_figures(plan, sized)}
    lost, orbits = band["sized_lost_over_horizon"], band["sized_orbits"]
    # review: over the same years as `monitor` (the horizon's middle), no longer its long end
    years = re.search(r"over (\d+) years, the middle of the plan's 20-30 year horizon", lost.label)
    assert years and years.group(1) == header.group(1), lost.label
    assert years, lost.label
    # an analyst's check: each figure over its own stated years and orbits gives one loss rate
    rate_monitor = us_male["attrition_over_horizon"] / (us_male["orbits"] * float(header.group(1)))
    rate_band = lost.with_us / (orbits.with_us * float(years.group(1)))
    assert abs(rate_monitor - rate_band) < 1e-6, (rate_monitor, rate_band)


# -- 4. the troops' cost names the strength it prices ---------------------------------------------

def test_the_troop_cost_names_the_best_case_it_prices(run_cli) -> None:  # noqa: ANN001
    from reassure.run.pipeline import run_capability
    from reassure.run.section_force import force_section
    from reassure.spec import load_scenario

    plan = load_scenario("europe-2025")
    r = run_capability("force", plan).to_dict()
    figures = {f.key: f for f in force_section(plan, {}, r).figures}
    for key in ("cost_per_year_low_eur_bn", "cost_per_year_high_eur_bn", "cost_over_horizon_high_eur_bn"):
        assert "troops deployed in the best case" in figures[key].label, figures[key].label
    assert "(best case:" in figures["deployed_total"].label  # the strength it names, a row above
    out = " ".join(run_cli("force", "europe-2025").stdout.split())
    assert f"Cost of the {r['deployed_total']:,} troops deployed in the best case:" in out


# -- 5. three significant figures, no stray ".0" ----------------------------------------------------

def test_a_whole_cost_of_a_figure_with_decimals_reads_to_three_significant_figures() -> None:
    from reassure.present.output import csv_number
    from reassure.present.report import figure_text, value_text
    from reassure.run.results import Figure

    air = Figure("cost_per_year_low_eur_m", "Air operating cost a year, low", 6616.0, 6770.4,
                 "EUR million/year", (), 1)
    # review s33: a billion or more reads in billions, three significant figures still
    assert figure_text(air, "with_us") == "EUR 6.62 billion a year"
    assert figure_text(air, "without_us") == "EUR 6.77 billion a year"
    assert csv_number(6616.0, 1) == csv_number(6620.4, 1) == 6620
    assert value_text(28_264.0, "troops") == "28,264 troops"  # an exact count stays as it is


@given(st.integers(1_000, 10**9), st.integers(1, 3))
def test_no_whole_figure_given_decimals_shows_a_trailing_zero_decimal(n: int, digits: int) -> None:
    from reassure.present.report import value_text

    text = value_text(float(n), "", digits)
    assert "." not in text, text
    assert len(text.replace(",", "").rstrip("0")) <= 3, text
