"""Session 16: a report's date from a byline glued to its neighbours, below a long menu, and not
from a sidebar's list of other stories' dates (docs/evidence.md §6)."""

from __future__ import annotations

from pathlib import Path

from reassure.evidence import build_ledger

_MENU = "\n".join(f"  • Section {k}" for k in range(30))
_SIDEBAR = "\n\n".join(f"Another story number {k}\n\n20 May 2025" for k in range(3))
_BODY = ("Leaders from across Europe and beyond met by video this morning to discuss how a "
         "ceasefire in Ukraine could be kept. They agreed that their defence chiefs will meet "
         "again next week to work through the details, and that the planning will go on in "
         "London over the coming months.\n")


def _date_of(tmp_path: Path, text: str) -> str | None:
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    return build_ledger([tmp_path]).reports[0].date


def test_a_glued_byline_below_a_long_menu_dates_the_report(tmp_path: Path) -> None:
    text = (f"Example Times\n{_MENU}\nWhat's Hot\n\n{_SIDEBAR}\n\nHome » Statement on the coalition\n"
            "By example-times.com15 March 2025No Comments3 Mins Read\n\n"
            + _BODY)
    assert _date_of(tmp_path, text) == "2025-03-15"


def test_a_sidebars_repeated_date_is_not_the_reports(tmp_path: Path) -> None:
    text = (f"Example Times\n\nWhat's Hot\n\n{_SIDEBAR}\n\n"
            + _BODY)
    assert _date_of(tmp_path, text) is None


def test_one_bare_date_line_still_dates_the_report(tmp_path: Path) -> None:
    text = "Example Times\n\n20 May 2025\n\n" + _BODY
    assert _date_of(tmp_path, text) == "2025-05-20"
