"""Review s32 #2: the Python API's ``to_frame()`` gives what ``figures.csv`` gives.

``assess(...).to_frame()`` had the columns label, with_us, without_us, unit: the row
"Cost over the horizon, low-high ..." held only the high end, and the incident figures lost
their 95% intervals. It now has figures.csv's columns (`FIGURE_COLUMNS`, from one function,
`figure_cells`), unrounded; rounded as figures.csv rounds, each cell is figures.csv's cell.
A capability's ``Outcome.to_frame()`` gives each 95% interval as two rows (``.ci95.low``,
``.ci95.high``) beside the value, where it used to drop the list.
"""

from __future__ import annotations

import csv
import io
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reassure
from reassure.present.output import csv_number, figures_csv, sub_billion_digits
from reassure.present.units import money_digits
from reassure.run.assess import FIGURE_COLUMNS, Assessment, figure_cells
from reassure.run.results import Figure, SectionResult


def _csv_rows(sections: Any) -> list[list[str]]:
    return list(csv.reader(io.StringIO(figures_csv(sections))))


def _rounded(f: Figure, frame_row: Any) -> list[str]:
    """A frame row rounded as `figures_csv` rounds each column (the report's digits)."""
    # review (analyst): money in billions to 3 significant figures, a billion or more too
    digits = money_digits(f.unit, f.digits)
    d = digits + 1 if (f.ci_with_us or f.ci_without_us) else digits
    # review s40: money kept in billions but all under a billion keeps 3 significant figures
    small = sub_billion_digits(f.unit, (f.with_us, f.without_us, f.low_with_us, f.low_without_us))
    if small is not None:
        d = digits = max(d, small)
    est = f.is_estimate

    def cell(v: Any, digits: int, estimate: bool) -> str:
        if isinstance(v, float) and math.isnan(v):
            v = None
        return str(csv_number(v, digits, estimate))

    r = frame_row
    return [r["label"], r["unit"],
            cell(r["with_us"], d, est), cell(r["with_us_ci95_low"], d, True),
            cell(r["with_us_ci95_high"], d, True),
            cell(r["without_us"], d, est), cell(r["without_us_ci95_low"], d, True),
            cell(r["without_us_ci95_high"], d, True),
            cell(r["with_us_range_low"], digits, True), cell(r["without_us_range_low"], digits, True)]


def _agrees_with_figures_csv(a: Assessment) -> None:
    frame = a.to_frame()
    rows = _csv_rows(a.sections)
    assert list(frame.columns) == rows[0][2:] == list(FIGURE_COLUMNS)
    assert list(frame.index.names) == ["section", "figure"]
    assert [tuple(r[:2]) for r in rows[1:]] == list(frame.index)
    figures = [f for s in a.sections for f in s.figures]
    for f, (i, row), written in zip(figures, frame.iterrows(), rows[1:], strict=True):
        assert _rounded(f, row) == written[2:], i


@pytest.fixture(scope="module", params=["europe-2025", "mnf-u-2026"])
def assessment(request: pytest.FixtureRequest) -> Assessment:
    return reassure.assess(request.param, runs=2, seed=1, sensitivity=False, workers=1)


def test_the_frame_has_figures_csv_columns_rows_and_cells(assessment: Assessment) -> None:
    _agrees_with_figures_csv(assessment)


def test_a_range_keeps_its_low_end(assessment: Assessment) -> None:
    """The reviewer's row: the cost over the horizon, low-high, is EUR billion with both ends."""
    row = assessment.to_frame().loc[("force", "cost_over_horizon_high_eur_bn")]
    force = assessment["force"].to_dict()
    assert row["unit"] == "EUR billion"
    for side, data in (("with_us", force), ("without_us", force["without_us"])):
        low, high = data["cost_over_horizon"]["low"] / 1e9, data["cost_over_horizon"]["high"] / 1e9
        assert row[f"{side}_range_low"] == pytest.approx(low)
        assert row[side] == pytest.approx(high)
        assert row[f"{side}_range_low"] < row[side]


def test_the_incident_figures_keep_their_intervals(assessment: Assessment) -> None:
    frame = assessment.to_frame()
    with_ci = [(s.name, f) for s in assessment.sections for f in s.figures if f.ci_with_us]
    assert any(name == "incidents" for name, _ in with_ci)
    for name, f in with_ci:
        row = frame.loc[(name, f.key)]
        assert (row["with_us_ci95_low"], row["with_us_ci95_high"]) == f.ci_with_us
        assert row["with_us_ci95_low"] <= row["with_us"] <= row["with_us_ci95_high"], f.key
    row = frame.loc[("incidents", "detected_pct")]
    assert row["without_us_ci95_low"] <= row["without_us"] <= row["without_us_ci95_high"]


def test_a_capability_frame_gives_each_interval_as_two_rows(assessment: Assessment) -> None:
    outcome = assessment["incidents"]
    frame, data = outcome.to_frame(), outcome.to_dict()
    assert list(frame.columns) == ["with_us", "without_us"]
    for side, d in (("with_us", data), ("without_us", data["without_us"])):
        low, high = d["detected_fraction"]["ci95"]
        assert frame.loc["detected_fraction.ci95.low", side] == low
        assert frame.loc["detected_fraction.ci95.high", side] == high
        assert low <= frame.loc["detected_fraction.value", side] <= high


# -- the same for any figure -----------------------------------------------------------------------

_number = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False) | st.integers(-10**6, 10**6)
_maybe = st.none() | _number


@st.composite
def _interval(draw: st.DrawFn) -> tuple[float, float] | None:
    if draw(st.booleans()):
        return None
    a, b = draw(_number), draw(_number)
    return (float(min(a, b)), float(max(a, b)))


@st.composite
def _figure(draw: st.DrawFn) -> Figure:
    return Figure(draw(st.from_regex(r"[a-z_]{1,8}", fullmatch=True)), "a figure", draw(_maybe), draw(_maybe),
                  draw(st.sampled_from(["%", "troops", "EUR billion", "h"])), digits=draw(st.integers(0, 3)),
                  ci_with_us=draw(_interval()), ci_without_us=draw(_interval()),
                  estimate=draw(st.booleans()), low_with_us=draw(st.none() | st.floats(-1e9, 1e9)),
                  low_without_us=draw(st.none() | st.floats(-1e9, 1e9)))


@settings(max_examples=60, deadline=None)
@given(figures=st.lists(_figure(), min_size=1, max_size=6, unique_by=lambda f: f.key))
def test_any_figure_gives_the_same_cells_in_the_frame_and_figures_csv(figures: list[Figure]) -> None:
    a = Assessment(scenario=None, settings={}, sections=(SectionResult("s", "S", figures=tuple(figures)),),
                   verdicts=())
    _agrees_with_figures_csv(a)


@settings(max_examples=60, deadline=None)
@given(f=_figure())
def test_figure_cells_hold_every_number_of_the_figure_unrounded(f: Figure) -> None:
    cells = dict(zip(FIGURE_COLUMNS, figure_cells(f), strict=True))
    nan = float("nan")
    lo_w, hi_w = f.ci_with_us or (nan, nan)
    lo_n, hi_n = f.ci_without_us or (nan, nan)
    expected = {"label": f.label, "unit": f.unit, "with_us": f.with_us, "without_us": f.without_us,
                "with_us_ci95_low": lo_w, "with_us_ci95_high": hi_w,
                "without_us_ci95_low": lo_n, "without_us_ci95_high": hi_n,
                "with_us_range_low": nan if f.low_with_us is None else f.low_with_us,
                "without_us_range_low": nan if f.low_without_us is None else f.low_without_us}
    for key, want in expected.items():
        got = cells[key]
        if isinstance(want, float) and math.isnan(want):
            assert isinstance(got, float) and math.isnan(got), key
        else:
            assert got == want, key
