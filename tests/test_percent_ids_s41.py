"""s41: a figure id says what its value is. The incidents section's shares, and the force's largest
burden, hold percentages (0-100) and are now `*_pct`, not `*_fraction` / `*_share`; the models'
own fields that hold fractions from 0 to 1 keep their names. The old ids are read everywhere an
analyst types one, with a note (`reassure.renamed_ids`; the explore side is
tests/explore/test_renamed_ids_s41.py)."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest

from reassure.renamed_ids import (
    RENAMED_COLUMNS,
    RENAMED_FIGURES,
    RENAMED_UNITS,
    current_column,
    current_id,
    current_ids,
    current_sql,
)

REPO = Path(__file__).resolve().parents[1]
NEW = set(RENAMED_FIGURES.values())


@pytest.fixture(scope="module")
def europe(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Path]:
    import reassure
    from reassure.present.files import write_outputs

    a = reassure.assess("europe-2025", runs=2, sensitivity=False)
    out = tmp_path_factory.mktemp("s41") / "out"
    write_outputs(a, out)
    return a, out


def test_figures_csv_and_results_json_hold_the_new_ids(europe: tuple[Any, Path]) -> None:
    _, out = europe
    with open(out / "figures.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    ids = {r["key"]: r for r in rows}  # the key column holds the figure id, `section.key`
    assert NEW <= set(ids), NEW - set(ids)
    assert not set(RENAMED_FIGURES) & set(ids)
    assert {ids[i]["unit"] for i in NEW} == {"%"}
    data = json.loads((out / "results.json").read_text(encoding="utf-8"))
    in_json = {f"{name}.{f['key']}" for name, s in data["sections"].items() for f in s["figures"]}
    assert NEW <= in_json and not set(RENAMED_FIGURES) & in_json


def test_no_percent_figure_is_named_a_fraction_or_a_share(europe: tuple[Any, Path]) -> None:
    a, _ = europe
    wrong = [f"{s.name}.{f.key}" for s in a.sections for f in s.figures
             if f.unit == "%" and re.search(r"(fraction|share)", f.key)]
    assert wrong == []


def test_the_pct_figures_are_the_models_fractions_times_100(europe: tuple[Any, Path]) -> None:
    """Only the names changed: each `*_pct` figure is 100 x the model's 0-1 field, which keeps its name."""
    a, _ = europe
    incidents = next(s for s in a.sections if s.name == "incidents")
    figures = {f.key: f for f in incidents.figures}
    for side, d in (("with_us", incidents.data["with_us"]), ("without_us", incidents.data["without_us"])):
        for key in ("detected", "within_threshold", "within_threshold_incidents", "unreached", "unanswered",
                    "escalated", "activated"):
            model = d[f"{key}_fraction"]["value"]  # the model's own field: a fraction, 0-1
            assert 0.0 <= model <= 1.0
            assert getattr(figures[f"{key}_pct"], side) == pytest.approx(100 * model), (key, side)
    force = next(s for s in a.sections if s.name == "force")
    burden = next(f for f in force.figures if f.key == "max_burden_pct")
    assert burden.with_us == pytest.approx(100 * force.data["with_us"]["max_burden_share"])


def test_the_capability_keeps_the_models_fraction_names() -> None:
    import reassure

    incidents = reassure.run_capability("incidents", "europe-2025", runs=2)
    assert 0.0 <= incidents.with_us.detected_fraction.value <= 1.0


def test_the_map_names_both_ids_in_one_line() -> None:
    assert current_id("incidents.detected_fraction") == (
        "incidents.detected_pct", "incidents.detected_fraction is now incidents.detected_pct (a percentage, 0–100)")
    assert current_id("incidents.detected_pct") == ("incidents.detected_pct", None)
    assert current_id("monitoring.coverage_percent") == ("monitoring.coverage_percent", None)
    assert current_ids(["force.max_burden_share", "force.strength_mean"]) == (
        ["force.max_burden_pct", "force.strength_mean"],
        ["force.max_burden_share is now force.max_burden_pct (a percentage, 0–100)"])
    assert current_column("incidents_unreached_fraction_without_us")[0] == "incidents_unreached_pct_without_us"
    for old, new in RENAMED_FIGURES.items():
        assert old.split(".")[0] == new.split(".")[0] and new.endswith("_pct"), (old, new)
    assert len(RENAMED_COLUMNS) == 2 * (len(RENAMED_FIGURES) + len(RENAMED_UNITS))  # s43: the costs too


def test_sql_is_renamed_by_whole_column_names_only() -> None:
    sql = ("incidents_within_threshold_incidents_fraction_with_us > 10 AND incidents_within_threshold_fraction_with_us"
           " > 5 AND my_incidents_detected_fraction_with_us_x = 1 AND 'incidents_detected_fraction' <> ''")
    renamed, notes = current_sql(sql)
    assert renamed == ("incidents_within_threshold_incidents_pct_with_us > 10 AND incidents_within_threshold_pct_with_us"
                       " > 5 AND my_incidents_detected_fraction_with_us_x = 1 AND 'incidents_detected_fraction' <> ''")
    assert len(notes) == 2
    assert current_sql("force_strength_mean_with_us < 5000") == ("force_strength_mean_with_us < 5000", [])


def test_an_old_id_in_an_experiment_file_is_noted_at_its_line(tmp_path: Path) -> None:
    from reassure.spec.experiment import load_experiment

    path = tmp_path / "old.toml"
    path.write_text('schema = 1\ntitle = "t"\nscenarios = ["europe-2025"]\nseed = 1\n'
                    'outcomes = ["force.max_burden_share", "incidents.escalated_fraction"]\n'
                    'fail = "incidents_escalated_fraction_without_us > 20"\n[design]\nkind = "lhs"\n')
    loaded = load_experiment(path)
    assert loaded.experiment.outcomes == ("force.max_burden_pct", "incidents.escalated_pct")
    assert loaded.experiment.fail == "incidents_escalated_pct_without_us > 20"
    assert loaded.notes == (
        f"{path}:5: force.max_burden_share is now force.max_burden_pct (a percentage, 0–100)",
        f"{path}:5: incidents.escalated_fraction is now incidents.escalated_pct (a percentage, 0–100)",
        f"{path}:6: incidents_escalated_fraction_without_us is now incidents_escalated_pct_without_us "
        "(a percentage, 0–100)")


def test_the_golden_file_holds_the_new_ids() -> None:
    golden = json.loads((REPO / "tests" / "golden" / "figures.json").read_text(encoding="utf-8"))
    for name, g in golden.items():
        assert not set(RENAMED_FIGURES) & set(g["figures"]), name
        assert {i for i in NEW if i.startswith("incidents.")} - {"incidents.sites_within_threshold_pct"} \
            <= set(g["figures"]), name


def test_no_old_id_is_left_in_the_docs_experiments_or_readme() -> None:
    """The old ids are named only where the rename is explained (docs/explore.md's "Renamed
    outcome ids"); the models' own 0-1 fields (`detected_fraction`) are no figure ids."""
    pattern = re.compile(r"\b(" + "|".join(re.escape(o) for o in (*RENAMED_FIGURES, *RENAMED_COLUMNS)) + r")\b")
    files = [REPO / "README.md", *sorted((REPO / "experiments").glob("*.toml")),
             *sorted(p for p in (REPO / "docs").rglob("*.md") if p.name != "evidence.md")]
    found = []
    for p in files:
        text = p.read_text(encoding="utf-8")
        if p.name == "explore.md":  # the section that explains the rename names both
            head = text.index("### Renamed outcome ids")
            text = text[:head] + text[text.index("\n## ", head):]
        found += [f"{p.relative_to(REPO)}: {m[0]}" for m in pattern.finditer(text)]
    assert found == []


def test_a_compare_tables_rows_are_found_by_an_old_id_with_a_warning() -> None:
    from reassure.renamed_ids import RenamedKeys

    rows = RenamedKeys({"incidents.within_threshold_pct": "calls", "incidents.within_threshold_pct.setting": "6 h"})
    with pytest.warns(FutureWarning, match="incidents.within_threshold_fraction is now incidents.within_threshold_pct"):
        assert rows["incidents.within_threshold_fraction.setting"] == "6 h"
    with pytest.raises(KeyError):
        rows["incidents.no_such_fraction"]
