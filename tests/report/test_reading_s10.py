"""The assessment report read as a parliamentary researcher reads it (session 10's pass over
europe-2025's report.html): each sentence or label that read wrong, checked where it is printed.

* The sensitivity charts said "Chance the target is met": which target (the high end; the low
  end's chance differs) and over what (who may not join) went unsaid, while the force table
  names both; "Deployed strength without the US backstop" left out that it is the
  best case (every uncertain nation joins), which the force table says.
* The monitoring geometry note printed "1100 km (1000-1200 km ...)" beside the figure's
  "1,100 km" (checked in test_review8_report).
* The band's sensor-class table wrote equal ends as a range ("1-1" lanes, "0-0" orbits).
* The verdicts, binding limits and caveats wrote enablers and roles as identifiers ("enablers
  uncovered: isr, air_defence, logistics"; "hq_signals short by ...").
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from types import SimpleNamespace

import pytest


def _text(page: str) -> str:
    page = re.sub(r"<sup.*?</sup>", "", page)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


@pytest.fixture(scope="module")
def text(report_dir: Path) -> str:
    return _text((report_dir / "report.html").read_text(encoding="utf-8"))


def test_the_sensitivity_charts_name_the_target_and_the_best_case(text: str) -> None:
    assert ("Sensitivity: Chance the high end of the target is fielded, given who may not join, "
            "% (with US backstop)") in text
    assert ("Sensitivity: Deployed strength without the US backstop if every uncertain nation joins (best case), "
            "troops") in text
    assert "Chance the target is met" not in text


def test_a_single_target_is_named_without_an_end() -> None:
    from reassure.run.sensitivity import METRICS, metric_title

    point = SimpleNamespace(force=SimpleNamespace(target_troops=SimpleNamespace(low=5_000.0, high=5_000.0)),
                            us_backstop=SimpleNamespace(any=True))
    assert metric_title(METRICS["p_target_met"][0], point).startswith("Chance the target is fielded")
    assert metric_title(METRICS["p_target_met"][1], point) == "chance the target is fielded, %"


def test_enablers_and_roles_are_written_in_words(text: str) -> None:
    assert "enablers uncovered: ISR, air defence, logistics" in text
    assert "enablers not costed (no cost given): ISR, air defence, air support, airlift, logistics" in text
    assert "HQ and signals short by" in text and "air defence short by" in text
    for ident in ("air_defence", "hq_signals", "air_support"):
        # identifiers stay only in the allocation table's role column (the CSV's values)
        assert not re.search(rf"(uncovered|costed|short by)[^|.]*\b{ident}\b|\b{ident} short by", text), ident


def test_a_range_whose_ends_agree_is_one_number(report_dir: Path) -> None:
    """The band's sensor-class table printed "1-1" lanes and "0-0" orbits."""
    import csv

    with open(report_dir / "band-classes.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    cells = [r[k] for r in rows for k in ("lanes", "orbits", "airframes")]
    assert cells and not [c for c in cells if re.fullmatch(r"(\d+)-\1", c)], cells
    assert any(re.fullmatch(r"\d+-\d+", c) for c in cells)  # a true range stays one
