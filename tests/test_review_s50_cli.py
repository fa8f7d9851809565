"""Review s50 (a newcomer): a successful `assess` leaves stderr empty when it is redirected (a
spinner's blank line was left there); an empty scenario name is said to be one."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reassure.errors import ReassureError
from reassure.spec import load_scenario


def test_assess_redirected_writes_nothing_to_stderr() -> None:
    proc = subprocess.run([sys.executable, "-m", "reassure", "assess", "europe-2025", "--runs", "2"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == "" and "Verdicts" in proc.stdout


@pytest.mark.parametrize("name", ["", "  "])
def test_an_empty_scenario_name_is_said_to_be_one(name: str) -> None:
    with pytest.raises(ReassureError, match=r"^no scenario given: name a shipped scenario"):
        load_scenario(name)


def test_a_plan_changed_in_code_is_labelled_modified_in_compare() -> None:
    import reassure

    base = load_scenario("europe-2025")
    changed = base.with_overrides({"force.tour": 9}, assumption="nine-month tours, a test")
    table = reassure.compare(base, changed, runs=2)
    assert "europe-2025" in table.columns and "europe-2025 (modified)" in table.columns
    assert "europe-2025-2" not in table.columns


def test_the_incidents_by_type_table_writes_every_interval_alike() -> None:
    """review s49: some cells read "(95% CI a–b)", their neighbours "(a–b)"; the note under the
    table says what the intervals are."""
    proc = subprocess.run([sys.executable, "-m", "reassure", "incidents", "europe-2025", "--runs", "3"],
                          capture_output=True, text=True, timeout=300, env={**__import__("os").environ, "COLUMNS": "200"})
    assert proc.returncode == 0, proc.stderr
    table = proc.stdout.split("Incidents a day by type and regime days", 1)[1]
    assert "Share of incursion incidents detected" in table and "(95% CI" not in table


def test_compare_says_whose_army_share_is_the_largest() -> None:
    """review s49: `compare` kept the largest share of a nation's army (43.3%) and dropped whose it
    is (the label's "United Kingdom, by its own national plan") for its shorter shared label."""
    import reassure

    table = reassure.compare("europe-2025", "mnf-u-2026", runs=2)
    row = table.loc["force.max_burden_pct.setting"]
    assert row["label"] == "whose share, over the common one"
    # review s51 3: "by the figure the plan gives for it", not "its own national plan"
    assert "United Kingdom" in row["europe-2025"] and "by the figure the plan gives for it" in row["europe-2025"]


def test_compare_gives_the_covered_shares_denominator_in_mw() -> None:
    """review s49: the denominator row read "9,395 weight" under a share weighted by MW."""
    import reassure

    table = reassure.compare("europe-2025", "mnf-u-2026", runs=2)
    row = table.loc["posture.covered_weight_percent.denominator"]
    assert row["unit"] == "MW" and row["europe-2025"] == 9395, row.to_dict()
