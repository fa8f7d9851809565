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


def test_s39_nations_each_needed_are_named_apart_from_the_rest_of_the_allocation() -> None:
    """s39 hand check: europe-2025's 25,000 listed five nations as if each had to join, while
    only Germany is in every combination that reaches it."""
    assert _if_they_join(["DEU"], ["NLD", "NOR"]) == (
        "if DEU joins, with enough others (the allocation found: DEU, NLD and NOR)")
    assert _if_they_join([], ["NLD", "SWE"]) == "if enough nations join (the allocation found: NLD and SWE)"


def test_s39_europe_2025_at_25000_needs_germany_alone_of_the_hesitant_nations() -> None:
    from tests.forcegen.test_scenarios import report

    verdict = report("europe-2025")["target_low"]["verdict"]
    # (review s53) the nations certain to join are named apart, after the uncertain ones
    assert ("if DEU joins, with enough others (uncertain nations in the allocation found: DEU, NLD, NOR, SWE "
            "and LVA; also in it, certain to join: FRA, GBR, DNK, EST and LTU)") in verdict
