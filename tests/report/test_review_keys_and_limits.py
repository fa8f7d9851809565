"""Review (a journalist and a scenario author):

5. figures.csv's `key` column was not unique: `cost_per_year_low_eur_m`, `cost_per_year_high_eur_m`
   and `capital_cost_eur_m` were the keys of both the air and the maritime figures. It is now
   ``section.figure``, as compare.csv and the report's rows key them.
4. The UK's "Limit that binds" cell said "army-share cap" while its text said "national plan".
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from reassure.present.files import section_keyed
from reassure.present.output import figures_csv
from reassure.run._cost_figures import cost_figures
from reassure.run.results import SectionResult


class _Costs:
    operating_cost_eur_per_year_low = 1e8
    operating_cost_eur_per_year_high = 2e8
    capital_cost_eur = 3e9


def test_air_and_maritime_cost_figures_get_keys_of_their_own() -> None:
    sections = [SectionResult(name, name.title(), figures=cost_figures(name.title(), "basis", "assets",
                                                                       _Costs(), _Costs(), ()))
                for name in ("air", "maritime")]
    keys = [r["key"] for r in csv.DictReader(io.StringIO(figures_csv(section_keyed(sections))))]
    assert len(keys) == len(set(keys)) == 6
    assert "air.capital_cost_eur_m" in keys and "maritime.capital_cost_eur_m" in keys


def test_the_written_figures_csv_has_unique_section_keys(report_dir: Path) -> None:
    rows = list(csv.DictReader((report_dir / "figures.csv").open(encoding="utf-8")))
    keys = [r["key"] for r in rows]
    assert len(keys) == len(set(keys))
    assert all(r["key"].startswith(r["section"] + ".") for r in rows)
    assert "force.deployed_total" in keys


def test_a_national_plan_binds_as_a_national_plan(report_dir: Path) -> None:
    from reassure.run.section_force import binding_kind

    with (report_dir / "binding.csv").open(encoding="utf-8") as f:
        rows = {r["nation"]: r for r in csv.DictReader(f)}
    assert rows["GBR"]["limit"] == "national_plan"
    # review s51 3: the plan's figure for the UK, not a "national plan" (its sources are press reports)
    assert "the figure the plan gives for GBR (6,500 troops deployed" in rows["GBR"]["in words"]
    assert rows["DEU"]["limit"] == "army_share"
    assert binding_kind({"nation": "FRA", "kind": "pledge_and_army_share"}, {"nations": []}) == "pledge_and_army_share"
    page = (report_dir / "report.html").read_text(encoding="utf-8")
    body = page.split('id="table-binding"')[1].split("</figure>")[0]
    assert "<td>figure the plan gives for it</td>" in body
