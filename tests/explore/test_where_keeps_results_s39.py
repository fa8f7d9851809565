"""s39 (an analyst's review): `analyse --where` restricts the page and its analysis, never the
store's results.csv, which keeps every evaluation (it shrank to the --where rows: 41 lines to 15)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from reassure.run.explore.design import unit_design

from .test_analysis import synthetic_store


def test_a_where_analysis_leaves_every_evaluation_in_results_csv(tmp_path: Path) -> None:
    from reassure.present.explore_report import write_explore_report

    out = tmp_path / "store"
    unit = unit_design("lhs", 2, samples=24, levels=4, second_order=False, seed=3)
    synthetic_store(out, "lhs", unit, ["a", "b"], 0.0, 1.0, lambda x: 3 * x[:, 0] + x[:, 1])
    write_explore_report(out, "test.y", "with_us", None)
    everything = pd.read_csv(out / "results.csv")
    write_explore_report(out, "test.y", "with_us", None, name="analysis-low-a.html", where="a < 0.5")
    after = pd.read_csv(out / "results.csv")
    assert len(after) == len(everything) == 24
    assert (after["a"] >= 0.5).any()  # rows outside the --where are still there
    page = (out / "analysis-low-a.html").read_text(encoding="utf-8")
    assert "a &lt; 0.5" in page or "a < 0.5" in page
