"""Who holds a stance (issue 15j): each holder class of docs/evidence.md §5 ("Holders, issue
15j"), tested on made-up sentences both ways -- the phrasing whose holder must get the stance, and
the near miss whose named nation must not. The passes are tested alone (no stance model), so a
failure points at the rule; the shipped model is checked by the other stance tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "expected"), [
    # a "that" clause with a subject of its own is that subject's, whatever the verb before it
    ("The Dutch premier revealed that 20 countries have promised to deploy soldiers.", set()),
    ("The Dutch premier revealed that the Netherlands will deploy soldiers.",
     {("NLD", "ready")}),
    ("The Dutch premier said that it was ready to send troops.", {("NLD", "ready")}),
    ("Sweden's minister voiced her wish that a group of nations, old and new partners alike, "
     "would be willing to contribute.", set()),
    # (15n: a nation excluded from the group of volunteers refuses, as sets 4 and 6 annotate it)
    ("Austria is not among the 20 countries that promised to deploy forces.",
     {("AUT", "declines")}),
    # a leader after a preposition (with the title before the name) holds nothing
    ("Merz said after talks with the Spanish Prime Minister Pedro Sanchez that Europe was not "
     "discussing sending troops.", set()),
    ("The French president met with the Polish Prime Minister Donald Tusk to discuss the "
     "deployment of a peacekeeping force.", set()),
    ("With the British Prime Minister Keir Starmer declaring he would put British troops on the "
     "ground, the summit ended.", {("GBR", "ready")}),
    # a refusal of the offer just before it
    ("Hungary has firmly rejected any plans to send its soldiers to Ukraine.",
     {("HUN", "declines")}),
    ("Budapest repeated its unwillingness to send its military personnel.",
     {("HUN", "declines")}),
    # examples of a group, advice, outsiders: nobody's stance
    ("Large countries such as Spain, Italy and Poland could form the core of the force, "
     "analysts say.", set()),
    ("A poll found that 60% of respondents said Norway should take part in the mission.",
     set()),
    ("An opposition lawmaker said Vienna should not rule out deploying its soldiers.", set()),
    ("Opposition leader Anna Berg dismissed the idea of sending Finnish troops.", set()),
    # the coalition's name, leading, a topic or a procedure are no troop offer
    ('Spain and Italy are leading a "coalition of the willing" to send troops.', set()),
    ("Belgium raised the issue of deploying a peacekeeping mission.", set()),
    ("Ireland will change its procedures for deploying troops abroad.", set()),
    ("Romania has distanced itself from talk of sending troops.", set()),
    ("Greece committed to training Ukrainian troops.", set()),
    ("Portugal intends to contribute through logistical support for any future mission.",
     set()),
    # the modality of the holder's own clause
    ('Norway remains "open-minded" about deploying Norwegian soldiers as part of a force.',
     {("NOR", "open")}),  # (s23: "open-minded" is open; before, no cue and so no stance)
    ("Malta could participate in an EU mission.", {("MLT", "open")}),
    ("Croatia is considering the possibility of participating in the mission.",
     {("HRV", "open")}),
    ("Latvia has raised the likelihood of including its own troops in the force.",
     {("LVA", "open")}),
    ("Slovakian soldiers would not serve as combat forces.", set()),
    ("Slovakian soldiers would not be sent.", {("SVK", "declines")}),
    ("She is ready to make an open-ended commitment to deploy Belgian troops.",
     {("BEL", "ready")}),
    ("The Czech government would have to approve the deployment of the contingent.",
     {("CZE", "conditional")}),
    ("Lithuania, Estonia and Ukraine signed an agreement to deploy troops.",
     {("LTU", "ready"), ("EST", "ready")}),
    ("It is too soon to talk about sending Irish peacekeepers, Ireland said.",
     {("IRL", "undecided")}),
    # a condition: "provided the …" after a comma, "with a … mandate"
    ("Both Greece and Cyprus said they are willing to deploy troops, provided the US offers a "
     "backstop.", {("GRC", "conditional"), ("GRC", "ready"), ("CYP", "conditional"),
                   ("CYP", "ready")}),
    ("Slovenia is ready to join the force with an appropriate mandate.",
     {("SVN", "conditional"), ("SVN", "ready")}),
    ("Norway is ready to send troops and provided the trucks for the exercise.",
     {("NOR", "ready")}),
    # a possessor right before the cue holds it; the nearest nation before the object does
    ("Starmer welcomed Sweden's readiness to contribute troops.", {("SWE", "ready")}),
    ("The Norwegian Prime Minister Jonas Gahr Store and the Danish Prime Minister Mette "
     "Frederiksen have spoken about their readiness to send troops.",
     {("NOR", "ready"), ("DNK", "ready")}),
    # "contingent on" is a condition; "a contingent to Ukraine" is the troops
    ("Poland is ready to send troops, contingent on a US backstop.",
     {("POL", "conditional"), ("POL", "ready")}),
    ("Denmark announced its readiness to send a military contingent to Ukraine to protect a "
     "future peace agreement.", {("DNK", "ready")}),
])
def test_holder(scored_stances: Callable[[str], set[tuple[str, str]]], text: str,
                expected: set[tuple[str, str]]) -> None:
    assert scored_stances(text) == expected
