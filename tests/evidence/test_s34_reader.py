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


def test_a_quote_never_starts_inside_a_dateline() -> None:
    from reassure.present.evidence import _quote

    text = ("PARIS, March 27 (Continental Press Agency) - Leaders from 31 countries attended a summit "
            "in Paris on Thursday on security guarantees for Ukraine, French officials said, and "
            "many more words follow here to make the sentence long enough to cut.")
    got = _quote(text, "31 countries")
    assert got.startswith("“…Leaders from 31 countries") and "27 (" not in got


def test_a_conditional_rows_quote_keeps_its_condition_in_view() -> None:
    from types import SimpleNamespace

    from reassure.present.evidence import _condition_focus, _quote

    sentence = ("BERLIN, Sept 5 - Chancellor Friedrich Merz said on Friday it was premature to "
                "discuss sending German soldiers to Ukraine, and that any deployment would require a "
                "mandate from the Bundestag.")
    s = SimpleNamespace(stance="conditional", condition="parliament", sentence=sentence)
    focus = _condition_focus(s)
    assert focus is not None
    assert "Bundestag" in _quote(sentence, "deployment would require", focus)
    assert _condition_focus(SimpleNamespace(stance="ready", condition=None, sentence=sentence)) is None
