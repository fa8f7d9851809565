"""A duration held in years is written as an analyst reads it (review s38 3): a four-month
horizon read "over 0.333333 years" in `reassure force`'s cost line, in `monitor`'s fleet tables
and in the report's labels; now "over 4 months", and "2.5 years", never spurious digits."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reassure.vocabulary import years_span, years_text

# a number with more than one decimal, or a year count with a long tail: "0.333333", "0.41"
SPURIOUS = re.compile(r"\d\.\d{2,}\s*(years?|months?)\b|\b0\.\d+ years?\b")


def _variant(tmp_path: Path, name: str, horizon: str) -> Path:
    f = tmp_path / f"{name}.toml"
    f.write_text(f'schema = 1\nname = "{name}"\ntitle = "europe-2025 over a shorter horizon"\n'
                 f'extends = "europe-2025"\nhorizon = {horizon}\n', encoding="utf-8")
    return f


@pytest.mark.parametrize(("years", "text"), [
    (1 / 3, "4 months"), (0.5, "6 months"), (1 / 12, "1 month"), (0.25, "3 months"), (11 / 12, "11 months"),
    (14 / 365.25, "14 days"), (1.0, "1 year"), (2.5, "2.5 years"), (20.0, "20 years"), (25.0, "25 years"),
    (7 / 3, "2.3 years"), (1.25, "1.3 years"),
])
def test_years_text(years: float, text: str) -> None:
    assert years_text(years) == text


@pytest.mark.parametrize(("low", "high", "text"), [
    (20, 30, "20-30 years"), (25, 25, "25 years"), (1 / 3, 0.5, "4-6 months"), (0.5, 2.5, "6 months to 2.5 years"),
    (1, 2, "1-2 years"), (1 / 3, 1 / 3 + 1e-9, "4 months"),
])
def test_years_span(low: float, high: float, text: str) -> None:
    assert years_span(low, high) == text


@given(st.floats(min_value=1 / 365.25, max_value=200, allow_nan=False))
def test_no_duration_has_spurious_digits(years: float) -> None:
    text = years_text(years)
    number, unit = text.split(" ")
    assert unit in {"day", "days", "month", "months", "year", "years"}, text
    assert not re.search(r"\.\d{2}", number), text  # a tenth at most
    assert not text.startswith("0"), text  # never "0.3 years" nor "0 months"
    if unit.startswith("month"):
        assert 0.95 <= float(number) <= 12, text
    if unit.startswith("year"):
        assert float(number) >= 1, text


def test_force_cost_line_reads_months_under_a_year(tmp_path: Path, run_cli) -> None:  # noqa: ANN001
    f = _variant(tmp_path, "four-months", '{ value = 4, unit = "month", assumption = "a short mission (for a test)" }')
    out = run_cli("force", f, env={"COLUMNS": "400"})
    assert out.exit_code == 0, out.stderr
    cost = next(line for line in out.stdout.splitlines() if line.startswith("Cost of"))
    assert " billion over 4 months " in cost, cost
    assert not SPURIOUS.search(out.stdout), SPURIOUS.search(out.stdout)


def test_force_cost_line_reads_a_mixed_horizon_with_each_unit(tmp_path: Path, run_cli) -> None:  # noqa: ANN001
    f = _variant(tmp_path, "mixed", '{ low = 6, high = 30, unit = "month", assumption = "a mixed horizon (for a test)" }')
    out = run_cli("force", f, env={"COLUMNS": "400"})
    assert out.exit_code == 0, out.stderr
    assert " over 6 months to 2.5 years " in out.stdout
    assert "0.5-2.5" not in out.stdout


def test_the_shipped_plans_read_as_before(run_cli) -> None:  # noqa: ANN001
    out = run_cli("force", "europe-2025", env={"COLUMNS": "400"})
    assert " billion over 20-30 years " in out.stdout


def test_monitor_tables_read_months_under_a_year(tmp_path: Path, run_cli) -> None:  # noqa: ANN001
    f = _variant(tmp_path, "four-months", '{ value = 4, unit = "month", assumption = "a short mission (for a test)" }')
    out = run_cli("monitor", f, "--size", env={"COLUMNS": "400"})
    assert out.exit_code == 0, out.stderr
    assert "lost and to procure over 4 months, the plan's horizon" in " ".join(out.stdout.split())  # a wrapped title
    assert out.stdout.count("lost over 4 months") == 2  # the fleet table and the sized fleet's
    assert not SPURIOUS.search(out.stdout), SPURIOUS.search(out.stdout)


def test_the_reports_horizon_labels_read_months_under_a_year(tmp_path: Path) -> None:
    """What `assess` prints and the report writes: the force section's cost and people labels,
    the band section's losses (`horizon_words`)."""
    from reassure.run.pipeline import run_capability
    from reassure.run.section_force import force_section
    from reassure.run.section_monitoring_band import horizon_words
    from reassure.spec import load_scenario

    scn = load_scenario(_variant(tmp_path, "four-months",
                                 '{ value = 4, unit = "month", assumption = "a short mission (for a test)" }'))
    section = force_section(scn, {}, run_capability("force", scn, draws=200).to_dict())
    labels = {f.key: f.label for f in section.figures}
    # review s40b 3: one horizon is named once ("over the shortest horizon, 4 months, to ... the
    # longest, 4 months" before)
    assert "low-high (low to high cost per year over the horizon, 4 months" in labels["cost_over_horizon_high_eur_bn"]
    # review s51 6: each end with its horizon, one horizon once
    assert "allowed): over the horizon, 4 months (" in labels["cumulative_individuals_high"]
    for f in section.figures:
        assert not SPURIOUS.search(f.label), f.label
        assert f.setting is None or not SPURIOUS.search(f.setting.text), f.setting
    assert horizon_words(1 / 3, 1 / 3, 1 / 3) == "4 months, the plan's horizon"
    assert horizon_words(25, 20, 30) == "25 years, the middle of the plan's 20-30 year horizon"  # as before
