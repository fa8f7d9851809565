"""Issue 15zc: structural stance shapes from sets 14 and 15 (session 12). Each shape is shown on
made-up sentences both ways (the phrasing that must give the stance, and a near miss).
docs/evidence.md, "Issue 15zc". The sentences are the project's own words (no report text)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

STANCE_CASES = [
    # 1. a group described by the cue (a relative clause or a reduced one), its members listed
    # by the main verb after it: the description's stance goes to every member
    ("Nations that say they are weighing sending soldiers include Ireland, Belgium and Norway.",
     {("IRL", "open"), ("BEL", "open"), ("NOR", "open")}),
    ("Among the governments ready to send troops are Norway and Denmark.",
     {("NOR", "ready"), ("DNK", "ready")}),
    ("The states that refused to send troops included Norway.", {("NOR", "declines")}),
    # near miss: the list is not the group's members (a verb of its own in between)
    ("Nations that are ready to send troops met Norway and Denmark on Monday.", set()),
    # 4. the nation as the object of another actor's warning, urging or claim, or the subject
    # of what unnamed others say: not its stance
    ("Moscow cautioned and warned Norway against sending troops to Ukraine.", set()),
    ("The senator spoke on Friday, claiming Norway and Denmark showed no commitment to sending "
     "soldiers.", set()),
    ("Some say Norway could hardly be absent from such a force.", set()),
    # (s12) with an article before the first named nation
    ("The envoy has claimed that the UK and Norway are prepared to put their troops on "
     "the ground.", set()),
    # near miss: the nation's own claim stands
    ("Norway claims it is ready to send troops.", {("NOR", "ready")}),
    ("Norway warned that it would not send troops to Ukraine.", {("NOR", "declines")}),
    # 5. objects that are not the force: "the forces of" an abstract noun, a share in a military presence not envisaged, an
    # impersonal "it is not expected that" over the cue
    ("Oslo will have a role in pushing back on the forces of disorder that threaten Europe.", set()),
    ("Norway will send the forces of its army to Ukraine.", {("NOR", "ready")}),
    ("The Norwegian premier does not envisage Norway's participation in any military presence there.",
     {("NOR", "declines")}),
    ("The premier does not envisage Norway's participation in the summit.", set()),
    ("The minister repeated that 'it is not planned' that Norwegian soldiers can join a force "
     "on the ground.", {("NOR", "declines")}),
    ("It is expected that Norwegian soldiers can join a force on the ground.", {("NOR", "open")}),
    # 6. an adverb splitting the infinitive of a cue keeps the cue; the possessive list owns it
    ("The talks follow Norway and Denmark's renewed commitment to possibly deploy troops.",
     {("NOR", "ready"), ("DNK", "ready")}),
    ("The talks follow Norway and Denmark's renewed commitment to Italy.", set()),
    # 7. a means clause ("by" + a sending gerund + troops) after a cue whose object is not the
    # force names the troops
    ("The minister says Norway needs to be 'ready to contribute to guarantees for Ukraine by "
     "putting our own troops on the ground'.", {("NOR", "ready")}),
    ("Norway is ready to contribute to guarantees for Ukraine by sending money.", set()),
    # 8. a participation hoped for ("hope that X's participation ...") is open, not an offer
    ("There is hope that Norway's participation in the mission will calm the region, the paper "
     "writes.", {("NOR", "open")}),
    ("Norway's participation in the mission was confirmed on Monday.", {("NOR", "ready")}),
]


@pytest.mark.parametrize(("text", "expected"), STANCE_CASES)
def test_issue15zc_stances(scored_stances: Callable[[str], set[tuple[str, str]]], text: str,
                           expected: set[tuple[str, str]]) -> None:
    assert scored_stances(text) == expected
