"""Review s33 (a newcomer's reading of docs/python-api.md): a `Quantity` given to
`with_overrides` with its own assumption or source lost them to the call's ``assumption``
without a word. Its own provenance is now kept, and the call's reason is recorded in its note."""

from __future__ import annotations

import reassure
from reassure.spec import Quantity


def _delay(value: object, why: str = "a vote first") -> Quantity:
    plan = reassure.load_scenario("europe-2025")
    changed = plan.with_overrides({"contributors[SWE].delay": value}, assumption=why)
    return next(c for c in changed.contributors if c.nation == "SWE").delay


def test_a_quantitys_own_assumption_is_kept_and_the_calls_reason_noted() -> None:
    q = _delay(Quantity(value=2, unit="month", assumption="the Riksdag votes in spring"),
               why="a sweep of delays")
    assert q.assumption == "the Riksdag votes in spring"
    assert q.note.endswith("changed in code: a sweep of delays")
    assert q.note.startswith("overrides ")  # what it replaced, as before


def test_a_quantitys_own_source_is_kept_without_the_calls_assumption() -> None:
    plan = reassure.load_scenario("europe-2025")
    source = plan.sources[0].id
    q = _delay(Quantity(value=3, unit="month", source=[source]), why="a sweep of delays")
    assert list(q.source) == [source] and not q.assumption
    assert "changed in code: a sweep of delays" in q.note


def test_a_bare_number_takes_the_calls_assumption() -> None:
    # review s38 1: a bare 2 for the delay the file leaves out is refused (no unit); a table
    # with the unit and nothing else takes the call's assumption as a bare number does
    q = _delay({"value": 2, "unit": "month"}, why="a sweep of delays")
    assert q.assumption == "a sweep of delays"
    assert "changed in code" not in (q.note or "")


def test_a_quantity_in_the_file_keeps_its_own_provenance_too() -> None:
    """The same for a number the file gives (not a shipped default): force.tour."""
    plan = reassure.load_scenario("europe-2025")
    changed = plan.with_overrides(
        {"force.tour": Quantity(value=4, unit="month", assumption="a shorter tour")},
        assumption="a sweep of tours")
    tour = changed.force.tour
    assert tour.assumption == "a shorter tour"
    assert tour.note.startswith("overrides ") and "(source: " in tour.note and tour.note.endswith(
        "changed in code: a sweep of tours")
