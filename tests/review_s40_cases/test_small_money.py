"""Review s40 (new analyst cases): money under a billion kept in billions.

A plan whose land component is the smallest the format allows (100 troops, an air-and-sea plan)
read "EUR 0.02 billion a year" for its troops and "EUR 0–1 billion" over its horizon in the
terminal, the report and `compare`; `figures.csv` held 0.02 and 0-1; the report's headline said
"the troops deployed in the best case: EUR 0.0–0.0 billion a year". A cost of EUR 17-21 million
a year is said in millions, to three significant figures, everywhere.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

import pytest

import reassure


@pytest.fixture(scope="module")
def tiny() -> Any:
    return reassure.load_scenario("europe-2025").with_overrides(
        {"force.target_troops": 100},
        assumption="a land component of the smallest size the format allows (review s40 test)")


@pytest.fixture(scope="module")
def force_section(tiny: Any) -> Any:
    from reassure.run.pipeline import run_capability
    from reassure.run.section_force import force_section as build

    return build(tiny, {}, run_capability("force", tiny, draws=200).to_dict())


def test_the_troop_cost_of_a_tiny_force_reads_in_millions(force_section: Any) -> None:
    from reassure.present.report import figure_text, range_text, value_text

    figures = {f.key: f for f in force_section.figures}
    per_year = figure_text(figures["cost_per_year_low_eur_bn"], "with_us")
    over = figure_text(figures["cost_over_horizon_high_eur_bn"], "with_us")
    assert per_year == "EUR 17.2 million a year", per_year  # 100 troops x EUR 172,500
    assert re.fullmatch(r"EUR \d{3}–\d{3} million", over), over  # EUR 345–625 million, never "EUR 0–1 billion"
    assert "0.02 billion" not in per_year and "0–1 billion" not in over
    # a billion or more, and a zero, as before
    assert value_text(5.0612, "EUR billion/year", 2) == "EUR 5.06 billion a year"
    assert range_text(101.21, 183.92, "EUR billion", 0) == "EUR 101–184 billion"
    assert value_text(0.0, "EUR billion/year", 2) == "EUR 0.00 billion a year"


def test_the_figures_csv_keeps_three_significant_figures_under_a_billion(force_section: Any) -> None:
    from reassure.present.output import figures_csv

    rows = {r["key"]: r for r in csv.DictReader(io.StringIO(figures_csv([force_section])))}
    figures = {f.key: f for f in force_section.figures}
    low = rows["cost_per_year_low_eur_bn"]
    assert low["unit"] == "EUR billion/year"
    assert low["with_us"] == "0.0173", low  # 0.01725, not 0.02
    horizon, exact = rows["cost_over_horizon_high_eur_bn"], figures["cost_over_horizon_high_eur_bn"]
    assert 0.1 < exact.low_with_us < exact.with_us < 1  # EUR 0.3-0.7 billion
    # three significant figures, never 0 and 1
    assert float(horizon["with_us_range_low"]) == pytest.approx(exact.low_with_us, rel=0.005), horizon
    assert float(horizon["with_us"]) == pytest.approx(exact.with_us, rel=0.005), horizon


def test_the_headline_says_a_tiny_troop_cost_in_millions(tiny: Any, force_section: Any) -> None:
    from reassure.present.story import key_numbers

    def num(value: Any, refs: Any, unit: str = "", digits: int = 0, **kw: Any) -> str:
        from reassure.present.report import value_text

        return value_text(value, unit, digits, estimate=kw.get("estimate", False))

    text = key_numbers(tiny, [force_section], num, "as planned")
    assert "0.0–0.0 billion" not in text, text
    assert re.search(r"EUR 1\d–2\d million a year", text), text


def test_the_compare_csv_keeps_three_significant_figures_under_a_billion() -> None:
    """`reassure compare europe-2025 sea-air-only.toml --out DIR`: compare.csv held 0.02 and 1 / 0
    for the 100-troop plan beside 6.13 and 184 / 101 for europe-2025 (the row of the real run)."""
    from reassure.present.compare import compare_csv

    rows = [
        {"key": "force.cost_per_year_high_eur_bn", "label": "Cost per year", "unit": "EUR billion/year",
         "kind": "figure", "digits": 2, "values": [6.1286, 0.023277], "without_us": [3.2104, 0.023277]},
        {"key": "force.cost_over_horizon_high_eur_bn", "label": "Cost over the horizon", "unit": "EUR billion",
         "kind": "figure", "digits": 0, "estimate": True, "values": [183.86, 0.69831],
         "without_us": [96.31, 0.69831], "lows": [101.21, 0.345], "lows_without_us": [48.91, 0.345]},
    ]
    table = {r["key"]: r for r in csv.DictReader(io.StringIO(compare_csv(["europe-2025", "small"], rows)))}
    per_year, horizon = table["force.cost_per_year_high_eur_bn"], table["force.cost_over_horizon_high_eur_bn"]
    assert (per_year["europe-2025"], per_year["small"], per_year["small_without_us"]) == ("6.13", "0.0233", "0.0233")
    assert (horizon["europe-2025"], horizon["europe-2025_range_low"]) == ("184", "101")  # as before
    assert (horizon["small"], horizon["small_range_low"]) == ("0.698", "0.345"), horizon  # not 1 and 0


def test_the_force_command_says_a_tiny_cost_over_the_horizon_in_millions(tiny: Any, run_cli, tmp_path) -> None:  # noqa: ANN001
    """`reassure force` wrote the same cost "EUR 0.34 billion-EUR 0.70 billion over 20-30 years"
    where the report writes "EUR 345–698 million"; both now in millions."""
    path = tmp_path / "tiny.toml"
    path.write_text('schema = 1\nname = "tiny"\nextends = "europe-2025"\n[force]\ntarget_troops = { value = 100, '
                    'unit = "troops", assumption = "the smallest land component (review s40 test)" }\n',
                    encoding="utf-8")
    out = run_cli("force", str(path), env={"COLUMNS": "200"})
    assert out.exit_code == 0, out.stderr
    text = " ".join(out.stdout.split())
    line = text[text.index("Cost of the 100 troops"):]
    assert re.search(r"EUR \d{3} million-EUR \d{3} million over 20-30 years", line), line[:300]
    assert "billion" not in line[:200], line[:300]
