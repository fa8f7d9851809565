"""The force verdict's words (review s15): "feasible ... if United Kingdom join" read as a
plural verb after one nation."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reassure.models.forcegen.explanation import _if_they_join

_ISO3 = st.from_regex(r"[A-Z]{3}", fullmatch=True)


@given(st.lists(_ISO3, min_size=1, max_size=8, unique=True))
def test_the_nations_needed_are_listed_in_order_with_a_verb_that_agrees(nations: list[str]) -> None:
    text = _if_they_join(nations)
    assert text.startswith("if ")
    assert text.endswith(" joins" if len(nations) == 1 else " join")
    named = text.removeprefix("if ").rsplit(" ", 1)[0]
    assert named.replace(" and ", ", ").split(", ") == nations
    assert named.count(" and ") == (len(nations) > 1)


def test_one_two_and_three_nations() -> None:
    assert _if_they_join(["GBR"]) == "if GBR joins"
    assert _if_they_join(["GBR", "NLD"]) == "if GBR and NLD join"
    assert _if_they_join(["GBR", "NLD", "SWE"]) == "if GBR, NLD and SWE join"
