"""Review s65 item 8: compare.csv's caveat rows (``caveat:<question>``, ``<figure key>.caveat``)
were in no doc, and repeated a plan's ~1,000-character note in six cells (under the verdict and
two figures, as planned and without the US). Each plan's note is now written once, in its
``<plan>`` column of the first row it explains, the other cells saying where it is; README's
compare.csv description names the rows."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from reassure.present.compare import CAVEAT_LABEL, compare_csv

README = Path(__file__).resolve().parents[2] / "README.md"
PLANS = ["a", "b", "c"]
NOTE_A = "A smaller share of calls is reached in time with the US backstop than without it. " * 12
NOTE_C = "Fewer incidents are reached in time with the US backstop: queueing, not a slower unit. " * 12


def _rows() -> list[dict[str, Any]]:
    def row(key: str, kind: str, **more: Any) -> dict[str, Any]:
        return {"key": key, "label": key, "kind": kind, "unit": "%", "digits": 1,
                "values": [40.0, 50.0, 60.0], "without_us": [45.0, 50.0, 65.0], **more}

    notes = [NOTE_A, None, NOTE_C]
    return [
        row("verdict:Is it reached?", "verdict", values=[False, True, False], without_us=[True, True, True],
            unit="", notes=notes),
        row("incidents.within_threshold_incidents_pct", "figure", notes=notes),
        row("force.deployed_total", "figure"),
        row("incidents.within_threshold_pct", "figure", notes=notes),
    ]


def test_a_plans_caveat_is_written_once_and_pointed_to_elsewhere() -> None:
    text = compare_csv(PLANS, _rows())
    assert text.count(NOTE_A) == 1 and text.count(NOTE_C) == 1
    rows = {r["key"]: r for r in csv.DictReader(io.StringIO(text))}
    first = rows["caveat:Is it reached?"]
    assert first["label"] == CAVEAT_LABEL and first["unit"] == ""
    assert (first["a"], first["a_without_us"]) == (NOTE_A, "see column a")
    assert (first["c"], first["c_without_us"]) == (NOTE_C, "see column c")
    assert first["b"] == first["b_without_us"] == ""  # no caveat on plan b: nothing said
    for key in ("incidents.within_threshold_incidents_pct.caveat", "incidents.within_threshold_pct.caveat"):
        for plan in ("a", "c"):
            where = f"see row caveat:Is it reached?, column {plan}"
            assert rows[key][plan] == rows[key][f"{plan}_without_us"] == where
        assert rows[key]["b"] == ""
    assert "force.deployed_total.caveat" not in rows
    # each caveat row right under the row it explains
    keys = list(rows)
    for key in ("incidents.within_threshold_incidents_pct", "incidents.within_threshold_pct"):
        assert keys[keys.index(key) + 1] == f"{key}.caveat"


def test_readme_documents_the_caveat_rows_of_compare_csv() -> None:
    text = " ".join(README.read_text(encoding="utf-8").replace("#", " ").split())
    described = text.split("out/compare/compare.csv", 1)[1].split("out/compare/compare.json", 1)[0]
    assert "<figure key>.caveat" in described and "caveat:<question>" in described
    assert re.search(r"note in full once", described)
    assert '"see row <key>, column <plan>"' in described
