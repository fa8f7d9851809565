"""Review s49 (an analyst using `reassure explore`): values held by `[constants]` are in the
report, not in manifest.json alone; an integer factor gives each whole value an equal share of the
draw (the ends had half); a box is a failure condition only where more plans fail than in the
whole design; the best-case shortfall says it is the best case."""

from __future__ import annotations

import collections
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.run.explore.analyse import MIN_BOX_FAILING, _a_condition
from reassure.run.explore.design import ResolvedFactor

EXP = '''schema = 1
name = "held"
title = "constants shown"
scenarios = ["europe-2025"]
seed = 7
runs = 1
outcomes = ["force.strength_mean", "force.shortfall_total"]
[design]
kind = "factorial"
[uncertainties]
sourced_ranges = false
[constants]
"force.tour" = { value = 9, assumption = "nine-month tours (a test of the table)" }
[[levers]]
path = "force.target_troops"
note = "a choice for the test"
values = [20000, 30000]
'''


def test_the_report_lists_the_values_held_constant(tmp_path: Path, run_cli: Any) -> None:
    path = tmp_path / "held.toml"
    path.write_text(EXP, encoding="utf-8")
    out = run_cli("explore", path, "--out", tmp_path / "out")
    assert out.exit_code == 0, out.stderr
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "Held at one value in every experiment" in html and "<td>force.tour</td><td>9</td>" in html
    columns = (tmp_path / "out" / "columns.csv").read_text(encoding="utf-8")
    assert "Shortfall against the target in the best case (every uncertain nation joins)" in columns


@settings(max_examples=60, deadline=None)
@given(low=st.integers(-5, 20), width=st.integers(0, 12))
def test_each_whole_value_of_an_integer_factor_is_drawn_alike(low: int, width: int) -> None:
    f = ResolvedFactor(name="k", path="x", role="lever", low=float(low), high=float(low + width), integer=True)
    n = 200 * (width + 1)
    counts = collections.Counter(f.value((i + 0.5) / n) for i in range(n))
    assert sorted(counts) == [float(v) for v in range(low, low + width + 1)]
    assert max(counts.values()) - min(counts.values()) <= 1, counts  # the ends as often as the rest


def test_a_box_fails_more_than_the_whole_design_to_be_a_condition() -> None:
    def box(density: float, coverage: float, mass: float = 0.1) -> Any:
        return SimpleNamespace(density=density, coverage=coverage, mass=mass)

    # (the review's CART leaf: 2 failures of 3, 67%, beside 93% overall, 67 failures in all)
    assert not _a_condition(box(0.67, 2 / 67, 0.03), 0.93, 67)
    assert not _a_condition(box(0.67, 0.5), 0.93, 67)  # enough failures, but fewer than overall
    assert _a_condition(box(0.97, 0.5), 0.80, 67)
    assert not _a_condition(box(0.97, 0.5), 0.93, 67)  # 34 of 35 beside 93%: chance (s50, p 0.29)
    assert not _a_condition(box(0.45, 0.5), 0.30, 67)  # not a majority
    assert not _a_condition(box(1.0, (MIN_BOX_FAILING - 1) / 67), 0.5, 67)
