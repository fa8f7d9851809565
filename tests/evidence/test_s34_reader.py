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


def test_the_status_is_read_from_a_storys_first_report_not_its_later_copy(tmp_path: Path) -> None:
    story = ("Greece will not send troops to Ukraine, Prime Minister Kyriakos Mitsotakis said last "
             "week, calling the idea premature for a country of its size and position.")
    (tmp_path / "wire.txt").write_text(f"Title: Greece rules out troops\nSource: Northwire\n"
                                       f"Date: 2025-03-10\n\n{story}\n", encoding="utf-8")
    (tmp_path / "copy.txt").write_text(f"Title: Greece rules out troops\nSource: Southpost\n"
                                       f"Date: 2025-03-11\n\n{story}\n", encoding="utf-8")
    ledger = build_ledger([tmp_path], jobs=1, stance_check=False)
    assert len({g.id for g in ledger.duplicate_groups if len(g.report_ids) > 1}) == 1
    text = ledger.scenario_sources()
    line = next(ln for ln in text.splitlines() if "status from:" in ln and "Greece" in ln)
    assert "2025-03-10" in line and "wire" in line


def test_a_count_is_filed_by_its_own_clause_and_by_what_was_pledged(tmp_path: Path) -> None:
    # review s34 (journalist): the coalition's name is no pledge, nor is a later clause's; a pledge
    # "in some form, including with air and naval assets" is no count of troop contributors
    (tmp_path / "a.txt").write_text(
        "Title: Coalition of the willing grows to 33 nations, but fewer offer troops\n\n"
        "Twenty-four countries have pledged to contribute to the force in some form, including "
        "with air and naval assets, the president said. About ten countries are ready to send "
        "troops to Ukraine, an adviser said.\n", encoding="utf-8")
    ledger = build_ledger([tmp_path], jobs=1, stance_check=False)
    subjects = {c.low: c.subject for c in ledger.claims if c.unit == "countries"}
    assert subjects[33] == "coalition_size"
    assert subjects[24] != "countries_pledged"
    assert subjects[10] == "countries_pledged"


def test_a_stage_quotes_the_body_before_the_headline(tmp_path: Path) -> None:
    # review s34 (journalist): Estonia's "stated" stage quoted a headline that opens with
    # another nation's refusal, over the body's own sentence
    (tmp_path / "a.txt").write_text(
        "Title: Hungary rules out troops for Ukraine as Nordic states offer soldiers\n\n"
        "The Nordic states are ready to contribute troops once a ceasefire is agreed, their "
        "defence ministers said.\n", encoding="utf-8")
    ledger = build_ledger([tmp_path], jobs=1, stance_check=False)
    quotes = {p.nation: p.stages[0].quote for p in ledger.pledges}
    assert quotes["SWE"].startswith("The Nordic states are ready")
