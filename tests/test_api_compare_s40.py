"""s40: `reassure.compare` gives in Python what `reassure compare` writes (review s38: the
docs' Python recipe, a concat of two frames, had no intervals, no inputs that differ and other
numbers' rounding than the command's table)."""

from __future__ import annotations

import csv
import math

import pytest

import reassure


def test_compare_is_the_commands_compare_csv(run_cli, tmp_path) -> None:  # noqa: ANN001
    out = tmp_path / "cmp"
    done = run_cli("compare", "europe-2025", "no-us-backstop", "--runs", "2", "--out", out)
    assert done.exit_code == 0, done.stderr
    with (out / "compare.csv").open(encoding="utf-8") as f:
        written = list(csv.DictReader(f))
    table = reassure.compare("europe-2025", "no-us-backstop", runs=2)
    assert list(table.index) == [r["key"] for r in written]
    assert any(k.startswith("input:") for k in table.index)  # the inputs that differ, too
    for row in written:
        got = table.loc[row["key"]]
        assert got["label"] == row["label"]
        for column in ("europe-2025", "europe-2025_without_us", "no-us-backstop", "no-us-backstop_without_us"):
            cell, value = row[column], got[column]
            if cell == "":
                assert value is None or (isinstance(value, float) and math.isnan(value))
            elif isinstance(value, float):
                assert value == float(cell.replace(",", "")), (row["key"], column)
            else:
                assert value == cell, (row["key"], column)
    # the rows behind it carry each cell's interval and whether it differs, as compare.json does
    within = table.attrs["rows"]["incidents.within_threshold_pct"]
    assert len(within["ci"]) == 2 and len(within["differs"]) == 2


def test_compare_refuses_nothing_to_compare_and_a_bad_name() -> None:
    with pytest.raises(reassure.ReassureError, match="at least one scenario"):
        reassure.compare()
    with pytest.raises(reassure.ReassureError):
        reassure.compare("europe-2025", "no-such-plan")


def test_the_docs_compare_example_runs_as_written() -> None:
    import re
    from pathlib import Path

    doc = (Path(__file__).parent.parent / "docs" / "python-api.md").read_text(encoding="utf-8")
    block = re.search(r"## Compare two plans\n\n```python\n(.*?)```", doc, re.S)
    assert block, "docs/python-api.md no longer opens its compare section with an example"
    plan = reassure.load_scenario("europe-2025")
    smaller = plan.with_overrides({"force.target_troops": 20_000}, assumption="a test of the docs' example")
    scope = {"reassure": reassure, "plan": plan, "smaller": smaller}
    exec(block.group(1).replace("runs=20", "runs=2"), scope)  # noqa: S102 - the docs' own example
    table = scope["table"]
    assert "input:force.target_troops" in table.index
    assert table.loc["input:force.target_troops", "europe-2025"] != table.loc["input:force.target_troops",
                                                                            "europe-2025 (modified)"]
