"""Review s40: a sensitivity chart no assumption moves.

A plan every nation can field whatever the odds (100 troops) has a flat tornado: every bar at
100%. Its axis ran from 100 to 101 ticked "100, 100, 100, 101, 101": duplicate labels, and a
chance of 101%. The axis now spans the base, capped at 100 for a share.
"""

from __future__ import annotations

import re

from reassure.present.svg import chart_svg
from reassure.run.results import Chart


def _ticks(chart: Chart) -> list[float]:
    svg = chart_svg(chart)
    return [float(t) for t in re.findall(r'text-anchor="middle">([-\d.,]+)</text>', svg)]


def test_a_flat_share_has_distinct_ticks_within_100() -> None:
    chart = Chart("tornado-p", "Sensitivity: Chance the target is fielded, given who may not join, %",
                  "tornado", labels=("odds x0.5 / x1.5", "tour x0.5 / x1.5"),
                  series={"low": (100.0, 100.0), "high": (100.0, 100.0)},
                  x_label="chance the target is fielded, %", base=100.0)
    ticks = _ticks(chart)
    assert len(ticks) == len(set(ticks)) >= 3, ticks
    assert max(ticks) <= 100 and 100 in ticks, ticks


def test_a_flat_count_has_distinct_ticks_and_no_negative_troops() -> None:
    for base in (100.0, 0.0):
        chart = Chart("tornado-d", "Sensitivity: Deployed strength, troops", "tornado", labels=("a",),
                      series={"low": (base,), "high": (base,)}, x_label="troops deployed", base=base)
        ticks = _ticks(chart)
        assert len(ticks) == len(set(ticks)) >= 3, ticks
        assert min(ticks) >= 0 and base in ticks, ticks
