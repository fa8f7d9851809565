"""Session 34: a speaker named by "according to X" speaks only in its own clause ("Poland will
not send troops, according to Tusk, while Norway is ready" -- Norway's readiness was shown as
Tusk's), and a pledge stage of a report dated without its year shows that date as the stance
rows do, not "undated". Made-up sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import build_ledger
from reassure.present.evidence import print_evidence

TEXT = ("Title: Coalition leaders meet\n\nPARIS, Jan 6 (AFP) - Poland will not send troops, "
        "according to Tusk, while Norway is ready to send soldiers to Ukraine.\n")


def _ledger(tmp_path: Path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    return build_ledger([tmp_path], jobs=1, stance_check=False)


def test_according_to_speaks_only_in_its_own_clause(tmp_path: Path) -> None:
    said = {s.actor: s.said_by for s in _ledger(tmp_path).stances}
    assert said == {"POL": "Tusk", "NOR": None}


def test_a_stage_without_a_year_shows_the_date_as_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    print_evidence(_ledger(tmp_path), "table")
    text = capsys.readouterr().out
    assert "Pledges by stage" in text
    stages = text[text.index("Pledges by stage"):]
    assert "undated" not in stages
    assert "Jan 6 (year not stated)" in stages
