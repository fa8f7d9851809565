"""A figure is stored as computed and rounded once, where it is shown (validator, s52: the
maritime yearly cost's high end, EUR 241.48 million, was stored as 241.5 in results.json and
shown "242" in figures.csv, a rounding of the rounded value; an early-warning orbit's 3.1545
sorties a day was stored as 3.2 and shown "3.20" in air-stations.csv, as if known to the
hundredth). The README says results.json is unrounded: now it is, and the CSVs, the terminal and
the report each round once from the unrounded value (`reassure.present.report.meaningful`)."""

from __future__ import annotations

import ast
import csv
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reassure.present.output import csv_number, figure_csv_cells
from reassure.present.report import figure_text, value_text
from reassure.present.units import count_digits
from reassure.run._cost_figures import cost_figures

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def mnf(tmp_path_factory: pytest.TempPathFactory, run_cli: Any) -> Path:
    out = tmp_path_factory.mktemp("mnf")
    done = run_cli("assess", "mnf-u-2026", "--runs", "4", "--out", out)
    assert done.exit_code == 0, done.stderr
    return out


def _figure(results: dict[str, Any], key: str) -> dict[str, Any]:
    section, name = key.split(".", 1)
    return next(f for f in results["sections"][section]["figures"] if f["key"] == name)


def test_the_maritime_cost_is_stored_unrounded_and_shown_once(mnf: Path) -> None:
    results = json.loads((mnf / "results.json").read_text(encoding="utf-8"))
    high = _figure(results, "maritime.cost_per_year_high_eur_m")
    model = results["sections"]["maritime"]["data"]["with_us"]["operating_cost_eur_per_year_high"]
    assert high["with_us"] == model / 1e6  # not 241.5
    assert 241.4 < high["with_us"] < 241.5
    with (mnf / "figures.csv").open(encoding="utf-8") as f:
        row = next(r for r in csv.DictReader(f) if r["key"] == "maritime.cost_per_year_high_eur_m")
    assert row["with_us"] == "241"  # was 242: 241.48 -> 241.5 -> 242
    assert "EUR 241 million a year" in (mnf / "report.html").read_text(encoding="utf-8")


def test_an_air_station_is_shown_from_its_unrounded_sorties(mnf: Path) -> None:
    with (mnf / "air-stations.csv").open(encoding="utf-8") as f:
        row = next(r for r in csv.DictReader(f) if r["station"] == "aew-west")
    assert row["sorties_per_day"] == "3.15"  # 3.1545 a day; was "3.20", from a stored 3.2
    results = json.loads((mnf / "results.json").read_text(encoding="utf-8"))
    table = next(t for t in results["sections"]["air"]["tables"] if t["id"] == "air-stations")
    at = table["columns"].index("sorties_per_day")
    stored = next(r for r in table["rows"] if r[0] == "aew-west")[at]
    assert 3.154 < stored < 3.155


def _cost(euros: float) -> Any:
    side = SimpleNamespace(operating_cost_eur_per_year_low=euros / 2, operating_cost_eur_per_year_high=euros,
                           capital_cost_eur=None)
    return cost_figures("Maritime", "ships deployed x cost per ship-year", "ships", side, side, ())[1]


@given(st.floats(1e5, 5e11, allow_nan=False))
def test_a_cost_figure_is_rounded_once_from_the_euros(euros: float) -> None:
    """Whatever the euros, figures.csv and the report write the figure as they write the
    unrounded millions: no rounding happens on the way (a stored 241.5 read "242" for 241.48)."""
    fig = _cost(euros)
    millions = euros / 1e6
    assert fig.with_us == millions
    digits = count_digits(fig.unit, fig.digits, [millions])
    assert figure_text(fig, "with_us") == value_text(millions, fig.unit, digits)
    assert figure_csv_cells(fig)[2] == csv_number(millions, fig.digits)


# -- one place: nothing in the run layer rounds a figure or a table cell before it is stored -----

#: The run layer's modules that build figures and tables (section_incidents.py is checked by
#: whoever owns it: it rounds only dictionary keys, to 6 decimals), the `respond` command's
#: summaries, and the model results whose `to_dict` the force and build-up figures read.
BUILDERS = [*sorted(p for p in (REPO / "src/reassure/run").glob("section_*.py") if p.name != "section_incidents.py"),
            REPO / "src/reassure/run/_cost_figures.py", REPO / "src/reassure/run/respond.py",
            REPO / "src/reassure/models/forcegen/results.py", REPO / "src/reassure/models/buildup.py"]

#: The calls of round() allowed there, none of them a figure's value or a table's cell.
ALLOWED = {
    ("section_monitoring.py", "round(c.quantile * 100)"),  # a key's name: response_p90_h
    # the map layer's geometry (layers.geojson), not a figure
    ("section_monitoring.py", "round(float(grid.lon[i]), 6)"),
    ("section_monitoring.py", "round(float(grid.lat[i]), 6)"),
    ("section_monitoring.py", "round(float(grid.start_km[i]), 3)"),
    ("section_monitoring.py", "round(float(grid.length_km[i]), 3)"),
    ("respond.py", "round(float(x), 3)"),  # the `respond` map layer's grid points (GeoJSON), not a table
    # whole troops already (the LP's and the caps' sums), in a relaxation's and a side's data
    ("results.py", "round(self.troops_gained)"),
    ("results.py", "round(self.capacity_troops)"),
}


@pytest.mark.parametrize("path", BUILDERS, ids=lambda p: p.name)
def test_no_figure_or_table_value_is_rounded_before_it_is_stored(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    calls = {(path.name, ast.unparse(node)) for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "round"}
    assert calls <= ALLOWED, (f"{path.name} rounds before storing: {sorted(calls - ALLOWED)}; store the value "
                              "as computed and let the presentation round it once (results.Figure)")
