"""Review ev-s12 §5: a quote shown to a reader does not open with a scraper's date header."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reassure.evidence import trim_quote_marks


def test_run_in_date_header_is_not_quoted() -> None:
    got = trim_quote_marks("date 2025-08-19 US President Donald Trump has claimed that the UK "
                           "is prepared to put troops on the ground.")
    assert got.startswith("US President Donald Trump")


def test_date_words_inside_a_sentence_stay() -> None:
    s = "The date 2025-08-19 was set for the summit of the coalition."
    assert trim_quote_marks(s) == s
    s2 = "Date of the summit is not set."
    assert trim_quote_marks(s2) == s2


@given(st.dates(), st.text(alphabet="abcdefghij KLMNOP", min_size=1, max_size=40))
def test_any_header_goes_and_the_words_stay(day: object, rest: str) -> None:
    words = " ".join(rest.split())
    if not words:
        return
    assert trim_quote_marks(f"date {day} {words}") == words
