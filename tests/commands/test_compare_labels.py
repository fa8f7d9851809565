"""`reassure compare` of plans that share a `name` (a copied file whose name was not changed):
each column is labelled so the plans can be told apart, and a warning says the names clash
(review s12 #2: two columns read "europe-2025" and compare.csv repeated its headers)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from reassure.present.compare import (
    compare_csv,
    compare_html,
    comparison_rows,
    plan_folders,
    plan_labels,
)
from reassure.run.results import Figure, SectionResult

SCENARIOS = Path(__file__).parents[2] / "scenarios"


def test_a_copy_with_the_same_name_is_labelled_by_its_file() -> None:
    labels, warnings = plan_labels(["europe-2025", "europe-2025", "iiss-small"],
                                   ["europe-2025", "my-plan", "iiss-small"])
    assert labels == ["europe-2025", "europe-2025 (my-plan)", "iiss-small"]
    assert len(warnings) == 1
    assert "2 plans share the name 'europe-2025'" in warnings[0]
    assert "europe-2025.toml, my-plan.toml" in warnings[0]


def test_distinct_names_keep_their_names_and_give_no_warning() -> None:
    assert plan_labels(["a", "b"], ["x", "y"]) == (["a", "b"], [])


@given(st.lists(st.tuples(st.sampled_from(["a", "b", "a (x)"]), st.sampled_from(["a", "x", "y"])),
                min_size=1, max_size=6))
def test_labels_are_always_distinct_and_start_with_the_name(plans: list[tuple[str, str]]) -> None:
    names, stems = [n for n, _ in plans], [s for _, s in plans]
    labels, warnings = plan_labels(names, stems)
    assert len(set(labels)) == len(labels)
    assert all(label.startswith(name) for label, name in zip(labels, names, strict=True))
    assert len(warnings) == len({n for n in names if names.count(n) > 1})


def _assessment(name: str, value: float) -> Any:
    figure = Figure("garrisons", "Garrisons", value, value, "garrisons")
    return SimpleNamespace(scenario=SimpleNamespace(name=name, us_backstop=SimpleNamespace(any=True)),
                           sections=(SectionResult("force", "Force", figures=(figure,)),), verdicts=())


def test_the_csv_and_html_columns_are_distinct() -> None:
    labels, _ = plan_labels(["europe-2025", "europe-2025"], ["europe-2025", "my-plan"])
    rows = comparison_rows([_assessment("europe-2025", 4), _assessment("europe-2025", 5)])
    header = next(csv.reader(io.StringIO(compare_csv(labels, rows))))
    assert len(header) == len(set(header))
    assert "europe-2025 (my-plan)_without_us" in header
    page = compare_html(labels, plan_folders(labels), rows)
    assert ">europe-2025 (my-plan)</a>" in page and 'href="europe-2025-my-plan/report.html"' in page


def test_the_command_warns_and_labels_the_columns(tmp_path: Path, run_cli, monkeypatch) -> None:
    import reassure.run.assess as assess_module

    copy = tmp_path / "my-plan.toml"
    copy.write_text((SCENARIOS / "europe-2025.toml").read_text(encoding="utf-8"), encoding="utf-8")
    # The figures do not matter here, only the labels: a stand-in assessment, no model run.
    monkeypatch.setattr(assess_module, "assess", lambda s, settings: _assessment(s.name, 4))
    proc = run_cli("compare", "europe-2025", copy, "--format", "json")
    assert proc.exit_code == 0, proc.stderr
    assert json.loads(proc.stdout)["plans"] == ["europe-2025", "europe-2025 (my-plan)"]
    assert "warning: 2 plans share the name 'europe-2025'" in proc.stderr
    table = run_cli("compare", "europe-2025", copy, env={"COLUMNS": "200"})
    assert table.exit_code == 0, table.stderr
    assert "europe-2025 (my-plan)" in table.stdout
