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
    # a unit word or a setting's words do not widen the column; they may wrap
    assert floors == [len("1,170,000,000,000"), 12] and label == len("Distinct individuals")
