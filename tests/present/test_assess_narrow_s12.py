"""`assess` in an 80-column terminal prints the verdicts as a list, not a table whose "why"
column wraps to a dozen characters (review s12 12); a wide terminal keeps the table."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reassure.present.terminal import verdict_table_fits


def _verdict_part(text: str) -> str:
    return text.split("Force generation")[0]


def test_eighty_columns_lists_the_verdicts_with_both_answers_and_the_reason(run_cli) -> None:  # type: ignore[no-untyped-def]
    out = run_cli("assess", "europe-2025", "--runs", "2", env={"COLUMNS": "80"})
    assert out.exit_code == 0, out.stderr
    part = _verdict_part(out.stdout)
    assert "┏" not in part  # no table
    lines = part.splitlines()
    assert sum(ln.startswith("- ") for ln in lines) >= 9
    assert sum("without US backstop: " in ln for ln in lines) >= 9
    assert sum(ln.lstrip().startswith("why: ") for ln in lines) >= 9
    assert len(lines) < 100  # the table took ~150 lines
    # every line of the list fits the terminal
    assert max(len(ln.rstrip()) for ln in lines) <= 80


def test_a_wide_terminal_keeps_the_verdict_table(run_cli) -> None:  # type: ignore[no-untyped-def]
    out = run_cli("assess", "europe-2025", "--runs", "2", env={"COLUMNS": "200"})
    part = _verdict_part(out.stdout)
    assert "┏" in part and "why" in part


@given(st.integers(min_value=20, max_value=400), st.sampled_from(["with US backstop",
                                                                   "as planned (no US backstop)"]))
def test_the_table_is_used_only_when_question_and_reason_get_forty_characters(width: int, plan: str) -> None:
    room = width - len(plan) - len("without US backstop") - 13
    assert verdict_table_fits(width, plan) == (room >= 80)
