"""The fastest response to a site, from notice, is `posture.fastest_response_min_<site>` (minutes),
not `posture.air_response_<site>`: the first unit there is a ground unit or a helicopter as often
as a fighter. The old ids, of any site, are read wherever an analyst types one, with a note
(`reassure.renamed_ids`; the explore store side is tests/explore/test_renamed_prefix_ids.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from reassure.renamed_ids import (
    RENAMED_PREFIXES,
    RenamedKeys,
    current_column,
    current_id,
    current_ids,
    current_sql,
    new_column,
    new_id,
)

REPO = Path(__file__).resolve().parents[1]
OLD, NEW = "posture.air_response_", "posture.fastest_response_min_"
WHAT = "the fastest response from notice, by any unit, in minutes"


@pytest.fixture(scope="module")
def europe() -> Any:
    import reassure

    return reassure.assess("europe-2025", runs=2, sensitivity=False)


def test_the_response_figures_say_fastest_and_minutes(europe: Any) -> None:
    posture = next(s for s in europe.sections if s.name == "posture")
    response = [f for f in posture.figures if f.key.startswith("fastest_response_min_")]
    assert {f.key.removeprefix("fastest_response_min_") for f in response} == {
        "rivne-npp", "khmelnytskyi-npp", "south-ukraine-npp"}
    assert {f.unit for f in response} == {"min"}
    assert all("Fastest response to" in f.label and f.label.endswith("minutes") for f in response)
    keys = [f"{s.name}.{f.key}" for s in europe.sections for f in s.figures]
    assert not [k for k in keys if "air_response" in k]


def test_the_prefix_rule_reads_an_old_id_of_any_site() -> None:
    assert RENAMED_PREFIXES[OLD] == (NEW, WHAT)
    assert current_id("posture.air_response_south-ukraine-npp") == (
        "posture.fastest_response_min_south-ukraine-npp",
        f"posture.air_response_south-ukraine-npp is now posture.fastest_response_min_south-ukraine-npp ({WHAT})")
    assert new_id("posture.air_response_my-own-site") == "posture.fastest_response_min_my-own-site"
    # the new id, the bare prefix and an id that only contains it are no old ids
    for same in ("posture.fastest_response_min_rivne-npp", "posture.air_response_", "xposture.air_response_a"):
        assert current_id(same) == (same, None)
        assert new_id(same) is None
    assert current_ids(["posture.air_response_rivne-npp", "incidents.detected_fraction"])[0] == [
        "posture.fastest_response_min_rivne-npp", "incidents.detected_pct"]
    # the s41 renames keep their own notes
    assert current_id("incidents.detected_fraction")[1] == (
        "incidents.detected_fraction is now incidents.detected_pct (a percentage, 0–100)")


def test_the_prefix_rule_reads_an_old_results_column() -> None:
    assert current_column("posture_air_response_south_ukraine_npp_without_us") == (
        "posture_fastest_response_min_south_ukraine_npp_without_us",
        "posture_air_response_south_ukraine_npp_without_us is now "
        f"posture_fastest_response_min_south_ukraine_npp_without_us ({WHAT})")
    assert new_column("posture_air_response_rivne_npp_with_us") == "posture_fastest_response_min_rivne_npp_with_us"
    for same in ("posture_air_response_rivne_npp", "posture_air_response_with_us",
                 "posture_fastest_response_min_rivne_npp_with_us"):
        assert current_column(same) == (same, None)
    sql = ("posture_air_response_rivne_npp_with_us < 60 AND my_posture_air_response_x_with_us = 1 "
           "AND posture_air_response_south_ukraine_npp_without_us > posture_air_response_rivne_npp_with_us "
           "AND incidents_detected_fraction_with_us > 5 AND 'posture_air_response_' <> ''")
    renamed, notes = current_sql(sql)
    assert renamed == (
        "posture_fastest_response_min_rivne_npp_with_us < 60 AND my_posture_air_response_x_with_us = 1 "
        "AND posture_fastest_response_min_south_ukraine_npp_without_us > posture_fastest_response_min_rivne_npp_with_us "
        "AND incidents_detected_pct_with_us > 5 AND 'posture_air_response_' <> ''")
    assert len(notes) == 3 and notes[0].startswith("posture_air_response_rivne_npp_with_us is now")


def test_a_compare_tables_rows_are_found_by_an_old_response_id() -> None:
    rows = RenamedKeys({"posture.fastest_response_min_rivne-npp": "row",
                        "posture.fastest_response_min_rivne-npp.setting": "1 h"})
    with pytest.warns(FutureWarning, match="posture.air_response_rivne-npp is now posture.fastest_response_min_rivne-npp"):
        assert rows["posture.air_response_rivne-npp.setting"] == "1 h"
    with pytest.raises(KeyError):
        rows["posture.air_response_no-such-site"]


def test_an_old_response_id_in_an_experiment_file_is_noted_at_its_line(tmp_path: Path) -> None:
    from reassure.spec.experiment import load_experiment

    path = tmp_path / "old.toml"
    path.write_text('schema = 1\ntitle = "t"\nscenarios = ["europe-2025"]\nseed = 1\n'
                    'outcomes = ["posture.air_response_south-ukraine-npp"]\n'
                    'fail = "posture_air_response_south_ukraine_npp_without_us > 60"\n[design]\nkind = "lhs"\n')
    loaded = load_experiment(path)
    assert loaded.experiment.outcomes == ("posture.fastest_response_min_south-ukraine-npp",)
    assert loaded.experiment.fail == "posture_fastest_response_min_south_ukraine_npp_without_us > 60"
    assert loaded.notes == (
        f"{path}:5: posture.air_response_south-ukraine-npp is now posture.fastest_response_min_south-ukraine-npp "
        f"({WHAT})",
        f"{path}:6: posture_air_response_south_ukraine_npp_without_us is now "
        f"posture_fastest_response_min_south_ukraine_npp_without_us ({WHAT})")


def test_the_golden_file_holds_the_new_ids() -> None:
    golden = json.loads((REPO / "tests" / "golden" / "figures.json").read_text(encoding="utf-8"))
    for name, g in golden.items():
        assert not [k for k in g["figures"] if k.startswith(OLD)], name
    assert "posture.fastest_response_min_south-ukraine-npp" in golden["europe-2025"]["figures"]


def test_no_old_response_id_is_left_outside_the_rename_note() -> None:
    """Named only where the rename is explained (docs/explore.md's "Renamed outcome ids")."""
    pattern = re.compile(r"\bposture[._]air_response_")
    files = [REPO / "README.md", *sorted((REPO / "experiments").glob("*.toml")),
             *sorted((REPO / "benchmarks").glob("*.py")),
             *sorted(p for p in (REPO / "docs").rglob("*.md") if not p.name.startswith("evidence"))]
    found = []
    for p in files:
        text = p.read_text(encoding="utf-8")
        if p.name == "explore.md":
            head = text.index("### Renamed outcome ids")
            text = text[:head] + text[text.index("\n## ", head):]
        found += [f"{p.relative_to(REPO)}: {m[0]}" for m in pattern.finditer(text)]
    assert found == []
    explained = (REPO / "docs" / "explore.md").read_text(encoding="utf-8")
    assert "`posture.air_response_<site>`" in explained and "`posture.fastest_response_min_<site>`" in explained
