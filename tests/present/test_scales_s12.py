"""Shares as percentages, counts whole, times to a site as the headline writes them (review s12
10): the reader sees one scale for one kind of figure; the CSV keeps the model's values."""

from __future__ import annotations

import math
import re

from hypothesis import given
from hypothesis import strategies as st

from reassure.present.headers import column_header, column_scale
from reassure.present.report import duration_text, scaled_cell_text


@given(st.floats(min_value=0, max_value=1, allow_nan=False))
def test_a_share_cell_is_a_percentage_within_half_a_tenth(share: float) -> None:
    text = scaled_cell_text(share, "percent")
    # one decimal in every cell (review 19b 9); a share rounding to none or all of it, not
    # being so, reads "<0.1%" / ">99.9%"
    if text == "<0.1%":
        assert 0 < 100 * share < 0.05 + 1e-9
        return
    if text == ">99.9%":
        assert 99.95 - 1e-9 <= 100 * share < 100
        return
    assert text.endswith("%") and len(text.rstrip("%").partition(".")[2]) == 1
    assert abs(float(text.rstrip("%").replace(",", "")) - 100 * share) <= 0.05 + 1e-9


@given(st.floats(min_value=0, max_value=200, allow_nan=False))
def test_a_duration_reads_back_to_the_minute(hours: float) -> None:
    text = duration_text(hours)
    parts = text.split()
    minutes = 0
    for number, unit in zip(parts[::2], parts[1::2], strict=True):
        minutes += int(number.replace(",", "")) * (60 if unit == "h" else 1)
        assert unit in ("h", "min")
    assert minutes == round(hours * 60)
    assert "." not in text


def test_every_share_column_says_percent_and_no_fraction_remains() -> None:
    for table, column in (("allocation", "share_of_army"), ("incident_types", "detected_share"),
                          ("band-classes", "p_seen_shortest"), ("band-classes", "p_seen_third")):
        assert column_scale(table, column) == "percent"
        header = column_header(table, column)
        assert "%" in header and "fraction" not in header, header
    # (review s65 4) a unit's utilisation is kept in per cent in units.csv, as in figures.csv
    for column in ("utilisation_pct", "utilisation_without_us_pct"):
        assert column_scale("units", column) == "pct"
        header = column_header("units", column, days=90)
        assert "% of the 90 days simulated" in header and "horizon" not in header, header
    # the times to a site: minutes under an hour; revisits stay in the hours their header says
    assert column_scale("site_response", "fastest_h") == "duration"
    assert column_scale("sectors", "revisit_mean_h") is None
    assert not math.isnan(float(scaled_cell_text(0.36, None)))


def test_incidents_terminal_writes_shares_in_percent_and_whole_incidents(run_cli) -> None:  # type: ignore[no-untyped-def]
    # (s38) labelled as the report labels them ("..., share of calls"): each on one line at 400
    out = run_cli("incidents", "europe-2025", "--runs", "10", "--seed", "1", env={"COLUMNS": "400"})
    assert out.exit_code == 0, out.stderr
    line = next(ln for ln in out.stdout.splitlines() if "Incidents a day over" in ln)
    assert "." not in line.split("│")[2], line  # 1,230 incidents/day (1,110–1,360), not 1,232.0
    util = next(ln for ln in out.stdout.splitlines() if "Busiest unit's utilisation" in ln)
    assert "share of the 90 days simulated" in util
    assert "%" in util.split("│")[2] and "0." not in util.split("│")[2]
    rows = [ln.split("│") for ln in out.stdout.split("note:")[0].splitlines() if ln.startswith("│")]
    shares = [cells for cells in rows if "share of" in cells[1]]
    assert len(shares) >= 8
    for cells in shares:  # every share in per cent, never a fraction
        assert all(re.fullmatch(r"\s*[<>]?[\d.]+% \([\d.]+–[\d.]+\)\s*", c) for c in cells[2:4]), cells


def test_report_figure_counts_whole_things_from_ten_up() -> None:
    from reassure.present.report import figure_text
    from reassure.run.results import Figure

    f = Figure("lost", "Airframes lost", 24.0, 23.5, "airframes", digits=1)
    assert figure_text(f, "with_us") == "24 airframes"
    small = Figure("lost", "Airframes lost", 0.8, 0.8, "airframes", digits=1)
    assert figure_text(small, "with_us") == "0.8 airframes"
