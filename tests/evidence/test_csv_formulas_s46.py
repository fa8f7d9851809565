"""(s46) The CSV of `reassure evidence` opens in a spreadsheet without running the reports' words
as formulas: a third-party page whose outlet or sentence opens with "=", "+", "-" or "@" gets a
leading apostrophe (the spreadsheets' mark for text) in the CSV; JSON keeps the words exact and
numbers stay numbers."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from reassure.present.evidence import spreadsheet_safe

REPORT = ('Title: Troops\nOutlet: =HYPERLINK("http://x.example","open")\n\n'
          "=1+1 Spain rules out sending troops to Ukraine, the minister said on Monday.\n\n"
          "@SUM(A1) Portugal is ready to send 2,000 troops to Ukraine.\n")


def test_report_words_that_look_like_formulas_are_text_in_the_csv(tmp_path: Path, run_cli) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    out = run_cli("evidence", str(tmp_path), "--format", "csv")
    assert out.exit_code == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert rows
    for row in rows:
        for column in ("outlet", "sentence", "text", "said_by"):
            assert not row[column].startswith(("=", "+", "-", "@")), (column, row[column])
    assert {r["outlet"] for r in rows} == {"'=HYPERLINK(\"http://x.example\",\"open\")"}
    assert any(r["sentence"].startswith("'=1+1 Spain rules out") for r in rows)
    assert {r["low"] for r in rows if r["kind"] == "quantity"} == {"2000"}
    # JSON keeps the words as the report has them
    data = json.loads(run_cli("evidence", str(tmp_path), "--format", "json").stdout)
    assert any(c["sentence"].startswith("=1+1 Spain") for c in data["stances"])


def test_numbers_and_plain_words_are_unchanged() -> None:
    assert spreadsheet_safe("-5") == "-5"
    assert spreadsheet_safe("+1.5e3") == "+1.5e3"
    assert spreadsheet_safe(-5.0) == -5.0
    assert spreadsheet_safe("Spain rules out troops") == "Spain rules out troops"
    assert spreadsheet_safe("-Spain") == "'-Spain"
    assert spreadsheet_safe("\t=1") == "'\t=1"


@given(st.text(max_size=40))
def test_no_cell_opens_with_a_formula_mark_unless_it_is_a_number(text: str) -> None:
    cell = spreadsheet_safe(text)
    if cell.startswith(("=", "+", "-", "@", "\t", "\r")):
        float(cell)  # a number, left as it was
    else:
        assert cell in (text, "'" + text)


def test_full_width_formula_marks_are_guarded_too() -> None:
    # (s47) "＝1+1" and "＠SUM(A1)" open as formulas in some East Asian spreadsheet locales
    assert spreadsheet_safe("\uff1d1+1") == "'\uff1d1+1"
    assert spreadsheet_safe("\uff20SUM(A1)") == "'\uff20SUM(A1)"
    assert spreadsheet_safe("\uff0d5") == "'\uff0d5"  # not a number to a spreadsheet either
    assert spreadsheet_safe("Spain\uff1dyes") == "Spain\uff1dyes"
