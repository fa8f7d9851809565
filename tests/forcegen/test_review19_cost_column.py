"""Review 19 #7: the contributors table's cost column is the low end of each nation's cost per
troop-year; its header says so, and a line under the table says where the cost comes from and
that the Cost line gives the range."""

from __future__ import annotations

import json


def _header(text: str, title: str) -> list[str]:
    lines = text[text.index(title):].splitlines()
    top = next(i for i, line in enumerate(lines) if line.startswith("┏"))
    return [cell.strip() for cell in lines[top + 1].strip("┃").split("┃")]


def test_the_cost_column_is_labelled_the_low_end(run_cli) -> None:  # noqa: ANN001
    out = run_cli("force", "europe-2025", env={"COLUMNS": "250"})
    assert out.exit_code == 0, out.stderr
    header = _header(out.stdout, "Contributors (plan")
    assert header[-1] == "cost/yr (low)", header
    assert ("cost/yr (low): deployed troops x the low end of the nation's cost per troop-year (its own "
            "cost_per_troop_year, else its row of data/costs.toml") in " ".join(out.stdout.split())
    # the cells are the low ends: France's 10,000 troops at the low end of its cost per troop-year
    report = json.loads(run_cli("force", "europe-2025", "--format", "json").stdout)
    fra = next(n for n in report["nations"] if n["nation"] == "FRA")
    low = fra["cost_eur_per_year"]["low"]
    assert low < fra["cost_eur_per_year"]["high"]
    row = next(line for line in out.stdout.splitlines() if line.startswith("│ FRA"))
    assert f"EUR {low / 1e9:,.2f} billion" in row
