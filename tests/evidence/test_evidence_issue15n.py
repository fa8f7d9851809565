"""Stances of issue 15n, tested on made-up sentences both ways (the phrasing that must give the
stance, and the near miss that must not): the plan leaders' own readiness under the settled
convention (docs/evidence.md §5), a group's members named after the cue, a nation excluded from
a group of volunteers, a refusal with *unless*, and a subject left out after *but*. The passes
are tested alone (no stance model), so a failure points at the rule."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reassure.evidence._stances import could_hold_stance


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "expected"), [
    # its own troops would go: ready
    ("Norway and Denmark plan to send up to 4,000 soldiers to the mission.",
     {("NOR", "ready"), ("DNK", "ready")}),
    ("Norway and Denmark's plan to send soldiers to the mission drew criticism.",
     {("NOR", "ready"), ("DNK", "ready")}),
    ("Officials discussed the proposal by Norway and Denmark to deploy troops after the truce.",
     {("NOR", "ready"), ("DNK", "ready")}),
    ("Norway, Denmark and Ukraine signed a letter of intent on the future deployment of "
     "multinational forces.", {("NOR", "ready"), ("DNK", "ready")}),
    ("Norway and Denmark signed a declaration of intent on deploying troops if their parliaments agree.",
     {("NOR", "ready"), ("DNK", "ready"), ("NOR", "conditional"), ("DNK", "conditional")}),
    # a plan for "a force", leading, a declaration on guarantees: nobody's stance
    ("Norway and Denmark are drawing up a plan to deploy a Nordic force.", set()),
    ("The plan to deploy troops was discussed by Norway and Denmark.", set()),
    ("Norway and Denmark signed a declaration on security guarantees for the mission.", set()),
    ("Ministers attended a dinner upon the signing of the declaration on deploying the force "
     "with Norway's prime minister.", set()),
    ("The mission, led by Norway and Denmark, met in Oslo.", set()),
    # a group's members named after the cue ("..., including ...")
    ("Around five countries have signalled readiness to send troops, including Norway, Denmark "
     "and the Baltic States.",
     {("NOR", "ready"), ("DNK", "ready"), ("EST", "ready"), ("LVA", "ready"), ("LTU", "ready")}),
    ("Around five countries have signalled readiness to send troops, although Norway and "
     "Denmark, including their ministers, were absent.", set()),
    # a nation excluded from the group of volunteers refuses
    ("Portugal is not among the countries ready to send troops.", {("PRT", "declines")}),
    ("Portugal is not one of the nations that are willing to deploy soldiers.",
     {("PRT", "declines")}),
    ("Portugal is among the countries ready to send troops.", {("PRT", "ready")}),
    # a refusal with "unless" is a condition ("only if": its offer recorded beside it, 15t);
    # "even if" keeps the refusal
    ("Austria said it would not deploy its troops unless the UN gave a mandate.",
     {("AUT", "conditional"), ("AUT", "ready")}),
    ("Austria would not deploy its troops even if asked.", {("AUT", "declines")}),
    # the subject left out after "but" is the clause before's
    ("Slovenia will keep helping Ukraine, but will not send troops.", {("SVN", "declines")}),
    ("Slovenia would provide logistics, but not troops.", {("SVN", "declines")}),
    ("Slovenia would provide logistics, but not money.", set()),
    ("Austria backed the statement, but did not say whether Slovenia would send any forces.",
     set()),
    # a curly apostrophe is a negation as a straight one is
    ("Slovakia said it won’t send troops.", {("SVK", "declines")}),
    ("Slovakia doesn’t plan to send troops.", {("SVK", "declines")}),
    ("Slovakia’s minister said participation wasn’t off the table.", {("SVK", "open")}),
    ("Slovakia’s minister said participation in the talks was off the table.", set()),
])
def test_issue15n_stances(scored_stances: Callable[[str], set[tuple[str, str]]], text: str,
                          expected: set[tuple[str, str]]) -> None:
    assert scored_stances(text) == expected


def test_prefilter_lets_but_not_troops_through() -> None:
    """The cheap sentence filter passes "..., but not troops" (no modal, no other cue word)."""
    assert could_hold_stance({"poland", "provides", "logistics", "but", "not", "troops"})
    assert not could_hold_stance({"poland", "provides", "logistics", "but", "not", "money"})
