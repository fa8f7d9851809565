"""A bar's hover value reads in the unit of its axis: hours under one as whole minutes."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from reassure.present.svg import chart_svg
from reassure.run.results import Chart


def _titles(chart: Chart) -> list[str]:
    return re.findall(r"<title>([^<]*)</title>", chart_svg(chart))


def test_hours_under_one_read_as_minutes_and_longer_ones_as_hours() -> None:
    chart = Chart(id="r", title="Fastest response", kind="bar", labels=("Rivne", "Odesa"),
                  series={"with US backstop": (0.556, 2.25)}, x_label="hours")
    assert _titles(chart) == ["Rivne, with US backstop: 33 min", "Odesa, with US backstop: 2.2 h"]


def test_other_axes_keep_plain_numbers() -> None:
    chart = Chart(id="t", title="Troops", kind="bar", labels=("France",),
                  series={"with US backstop": (10000.0,)}, x_label="troops deployed")
    assert _titles(chart) == ["France, with US backstop: 10,000"]


@given(st.floats(min_value=0.0, max_value=0.99))
def test_minutes_never_exceed_an_hour(hours: float) -> None:
    chart = Chart(id="h", title="t", kind="bar", labels=("a",), series={"s": (hours,)}, x_label="hours")
    minutes = int(_titles(chart)[0].split(": ")[1].removesuffix(" min"))
    assert 0 <= minutes <= 60 and abs(minutes - hours * 60) <= 0.5
