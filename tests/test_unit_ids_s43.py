"""Session 43: the figures whose ids said no unit now say it; the old ids still read, with a note.

``force.p_target_met`` (a percentage) is ``force.p_target_met_pct``; the force's costs, in EUR
billion where every other section's are ``*_eur_m``, are ``*_eur_bn``; the share of an incident
type detected, ``incidents.detected_<type>``, is ``incidents.detected_pct_<type>``. Each test here
fails on the tree before the rename (the old ids were current, or unknown).
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reassure.renamed_ids import (
    RenamedKeys,
    column_note,
    current_column,
    current_id,
    current_sql,
    new_id,
)

RENAMED_S43 = {
    "force.p_target_met": ("force.p_target_met_pct", "a percentage, 0–100"),
    "force.p_target_low_met": ("force.p_target_low_met_pct", "a percentage, 0–100"),
    "monitoring.pd_1h": ("monitoring.pd_1h_pct", "a percentage, 0–100"),
    "incidents.utilisation_max": ("incidents.utilisation_max_pct", "a percentage, 0–100"),
    "force.cost_per_year_low": ("force.cost_per_year_low_eur_bn", "EUR billion a year"),
    "force.cost_per_year_high": ("force.cost_per_year_high_eur_bn", "EUR billion a year"),
    "force.cost_over_horizon_high": ("force.cost_over_horizon_high_eur_bn", "EUR billion"),
}


@pytest.mark.parametrize("old", sorted(RENAMED_S43))
def test_each_old_id_reads_as_the_new_one_with_a_note_naming_both_and_the_unit(old: str) -> None:
    new, holds = RENAMED_S43[old]
    assert current_id(old) == (new, f"{old} is now {new} ({holds})")
    assert current_id(new) == (new, None)
    column = old.replace(".", "_") + "_without_us"
    assert current_column(column)[0] == new.replace(".", "_") + "_without_us"
    assert column_note(column).endswith(f"({holds})")


@pytest.mark.parametrize("kind", ["incursion", "strike", "drone-overflight", "a_b"])
def test_a_type_detected_share_is_renamed_by_its_prefix_for_any_type(kind: str) -> None:
    assert new_id(f"incidents.detected_{kind}") == f"incidents.detected_pct_{kind}"
    assert new_id(f"incidents.detected_pct_{kind}") is None  # already new: never renamed twice
    assert "a percentage" in current_id(f"incidents.detected_{kind}")[1]


def test_the_new_stems_and_the_other_detected_figures_are_not_old_ids() -> None:
    # incidents.detected_pct (all incidents) begins with the old prefix but is a figure of its own
    assert current_id("incidents.detect_h_p50") == ("incidents.detect_h_p50", None)
    assert current_id("incidents.detected_pct") == ("incidents.detected_pct", None)
    assert current_id("incidents.detected_fraction")[0] == "incidents.detected_pct"


@given(st.from_regex(r"[a-z][a-z0-9-]{0,12}", fullmatch=True))
def test_renaming_is_idempotent(kind: str) -> None:
    for figure in (f"incidents.detected_{kind}", *RENAMED_S43):
        once = current_id(figure)[0]
        assert current_id(once) == (once, None)


def test_a_query_on_old_columns_is_renamed_whole_columns_only() -> None:
    sql, notes = current_sql("force_p_target_met_with_us > 50 AND incidents_detected_strike_without_us < 80"
                             " AND force_p_target_met_pct_with_us > 1")
    assert sql == ("force_p_target_met_pct_with_us > 50 AND incidents_detected_pct_strike_without_us < 80"
                   " AND force_p_target_met_pct_with_us > 1")
    assert len(notes) == 2


def test_rows_by_id_find_an_old_id_with_a_future_warning() -> None:
    rows = RenamedKeys({"force.cost_per_year_low_eur_bn": 12.5, "incidents.detected_pct_strike.setting": "x"})
    with pytest.warns(FutureWarning, match="force.cost_per_year_low is now force.cost_per_year_low_eur_bn"):
        assert rows["force.cost_per_year_low"] == 12.5
    with pytest.warns(FutureWarning, match="incidents.detected_strike is now incidents.detected_pct_strike"):
        assert rows["incidents.detected_strike.setting"] == "x"
    with pytest.raises(KeyError):
        rows["force.cost_per_year_mid"]


def test_the_golden_plans_report_only_the_new_ids() -> None:
    from pathlib import Path

    golden = json.loads((Path(__file__).parent / "golden" / "figures.json").read_text(encoding="utf-8"))
    text = json.dumps(golden)
    for old, (new, _) in RENAMED_S43.items():
        assert f'"{old}"' not in text and f'"{new}"' in text, old
    assert '"incidents.detected_strike"' not in text and '"incidents.detected_pct_strike"' in text


@pytest.mark.parametrize("typo", ["incidents.detected_fractoin", "incidents.detected_fracton", "incidents.detected_pc"])
def test_a_typo_of_a_figure_under_the_old_prefix_is_no_incident_type(typo: str) -> None:
    # left as typed, so the caller's "did you mean" names what the analyst wrote
    assert current_id(typo) == (typo, None)
    column = typo.replace(".", "_") + "_with_us"
    assert current_column(column) == (column, None)
    assert current_sql(f"{column} > 1") == (f"{column} > 1", [])
