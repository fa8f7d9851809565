"""Review s34: the terminal `compare` never folds a number inside itself ("783,000–1,170,00" over
"0 people", read as another figure): a value column is at least as wide as its longest number,
and a range too wide for its column breaks after its dash."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reassure.present.compare import _floors, _unbroken

_N = st.integers(min_value=0, max_value=10**9).map(lambda n: f"{n:,}")


@given(_N, _N, st.integers(min_value=4, max_value=40))
def test_a_range_breaks_only_after_its_dash(low: str, high: str, width: int) -> None:
    text = f"{low}–{high} people"
    out = _unbroken(text, width)
    assert out.replace("–\n", "–") == text  # nothing but a line break after the dash added
    for line in out.split("\n"):
        for word in line.split():
            # a number is whole on its line: the terminal folds a word only if wider than the column
            assert len(word) <= width or word in (f"{low}–{high}", f"{low}–", high, "people")


def test_a_column_is_as_wide_as_its_longest_number_piece() -> None:
    rows = [{"label": "Distinct individuals", "kind": "figure"},
            {"label": "its horizon", "kind": "setting"}]
    texts = [["783,000–1,170,000,000,000 people", "12 people"],
             ["20–30 years; a very-long-setting-word-that-may-fold", "x"]]
    label, floors = _floors(["plan", "plan without US"], rows, texts)
    # words wrap between them; a setting's long compound breaks after its hyphens (review s65 6:
    # a word, unit or id shorter than that is never split, and widens the column to its length)
    assert floors == [len("1,170,000,000,000"), 12] and label == len("Distinct individuals")


def test_compare_csv_writes_a_verdict_as_yes_no_or_n_a() -> None:
    import csv
    import io

    from reassure.present.compare import compare_csv

    rows = [{"key": "verdict:Q?", "label": "Q?", "kind": "verdict", "unit": "", "digits": 0,
             "values": [True, None], "without_us": [False, None]}]
    got = list(csv.DictReader(io.StringIO(compare_csv(["a", "b"], rows))))
    assert got[0]["unit"] == "yes/no"
    assert (got[0]["a"], got[0]["a_without_us"], got[0]["b"], got[0]["b_without_us"]) == (
        "yes", "no", "n/a", "n/a")


def test_a_stopped_server_is_not_said_to_have_cut_a_run_short(monkeypatch) -> None:
    import sys

    from reassure.cli import _interrupted_words

    monkeypatch.setattr(sys, "argv", ["reassure", "serve", "--port", "8765"])
    assert _interrupted_words() == "stopped: the server is closed"
    monkeypatch.setattr(sys, "argv", ["reassure", "assess", "europe-2025"])
    assert _interrupted_words().startswith("interrupted: the run stopped")
