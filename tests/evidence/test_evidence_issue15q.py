"""Stances of issue 15q, tested on made-up sentences both ways (the phrasing that must give the
stance, and the near miss that must not). Each is a class of error read in the fresh set 7 and
written as a mechanism (docs/evidence.md §5, "Clause openers, agents, refusals of offers"): a
nation list opening a clause after *after* / *as* / *with*, the agents of an opposition, an offer
refused or given up, doubt, *not yet*, *not against*, past-tense wishes, a question put to a
nation, money that is not troops, quantifiers as subjects, a parliament's prerogative, troops
kept at home, a denied participation, coalition building, and a condition kept to its clause.
The passes are tested alone (no stance model), so a failure points at the rule."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reassure.evidence._stances import could_hold_stance


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "expected"), [
    # a list after a word that is also a preposition opens a clause when a verb follows it
    ("The visit came after Norway and Denmark reaffirmed their commitment to deploy troops.",
     {("NOR", "ready"), ("DNK", "ready")}),
    ("Troops arrived after Norway and Denmark in the summer, officials said.", set()),
    ("Sending troops was discussed, with Norway and Denmark ready to station soldiers in the west.",
     {("NOR", "ready"), ("DNK", "ready")}),
    ("A coalition, with Norway and Denmark taking a leading role, is weighing a troop deployment.",
     set()),
    ("Countries such as Norway have sent troops before.", set()),
    # the agents of an opposition refuse
    ("The idea of sending troops met fierce opposition from several countries, led by Austria.",
     {("AUT", "declines")}),
    ("Plans to send soldiers were opposed by many capitals, notably Vienna.",
     {("AUT", "declines")}),
    ("Austria, Slovakia and Hungary are firmly opposed.",
     {("AUT", "declines"), ("SVK", "declines"), ("HUN", "declines")}),
    ("The report met opposition from Russia to the plan.", set()),
    # an offer refused, an offer given up
    ("Austria's chancellor refused the coalition's offer to participate in the mission.",
     {("AUT", "declines")}),
    ("Austria's chancellor welcomed the coalition's offer to participate in the mission.",
     {("AUT", "ready")}),
    # (s34) set 91's readers record a plan to send that is shelved or put on hold as a refusal
    # (15q had left it out): declines
    ("Norway has abandoned earlier plans to send 3,000 troops to the mission.", {("NOR", "declines")}),
    ("Norway has announced plans to send 3,000 troops to the mission.", {("NOR", "ready")}),
    # doubt, "not yet", "not against"
    ("Austria's chancellor doubts the wisdom of sending European troops to Ukraine.",
     {("AUT", "undecided")}),
    ("Member states have doubts about the Norwegian peacekeeping initiative.", set()),
    ("The Austrian government has not yet given the green light to sending troops.",
     {("AUT", "undecided")}),
    ("The Austrian government has not given the green light to sending troops.",
     {("AUT", "declines")}),
    ("We are not against sending Austrian troops, the chancellor said.", {("AUT", "open")}),
    ("Vienna is not against the presence of NATO troops in the region.", set()),
    ("Austria is against sending troops.", {("AUT", "declines")}),
    # a wish in the past tense is a wish
    ("Norway and Denmark signalled they wanted to participate in the peacekeeping mission.",
     {("NOR", "open"), ("DNK", "open")}),
    # a question put to a nation holds no stance
    ("Asked at a briefing if Austria would contribute to the mission, the minister changed "
     "the subject.", set()),
    ("When asked if and how many troops Norway would be prepared to send, the minister declined "
     "to answer.", set()),
    ("Austria would contribute to the mission, the minister said.", {("AUT", "ready")}),
    # money is not troops
    ("Norway plans to provide over $1 billion in military aid next year.", set()),
    ("Norway plans to provide 1,000 troops next year.", {("NOR", "ready")}),
    # a quantifier standing for unnamed nations is no speaker's stance
    ("Thirty countries joined the coalition, with some already expressing readiness to send "
     "troops, the spokesperson for the Norwegian prime minister said.", set()),
    # a parliament's prerogative is a condition on a decision to send
    ("The decision to send Austrian troops is the exclusive prerogative of parliament, the "
     "ministry said.", {("AUT", "conditional")}),
    # troops kept at home, a participation denied
    ("Austria and Hungary have said they will keep their troops on their own territory.",
     {("AUT", "declines"), ("HUN", "declines")}),
    ("Austria's participation in deploying multinational forces on Ukrainian soil is currently "
     "unexpected.", {("AUT", "declines")}),
    ("Austria's participation in the mission is expected.", {("AUT", "ready")}),
    # building the coalition or a brigade is not sending troops
    ("As Norway and Denmark draw together a coalition of the willing to deploy a force, doubts "
     "remain.", set()),
    ("The Nordic countries will also take responsibility for building up a joint brigade.", set()),
    ("Norway will also take 500 troops to the mission.", {("NOR", "ready")}),
    # a condition in another clause is not this cue's
    ("Norway could send several hundred personnel, while activation of the plan depends on a "
     "ceasefire.", {("NOR", "open")}),
    ("Norway could send several hundred personnel if the US offers a backstop.",
     {("NOR", "open"), ("NOR", "conditional")}),
    # "doesn't rule out" is open, whichever pass reads it
    ("The Norwegian minister doesn't rule out Norwegian peacekeepers in Ukraine.",
     {("NOR", "open")}),
    ("Sánchez has opened the door to sending Spanish troops to Ukraine.", {("ESP", "open")}),
    # another nation's possessive between holder and object owns what follows (from set 4)
    ("The move follows Ankara's recalibration after Moscow's firm opposition to NATO troop "
     "presence in Ukraine.", set()),
    ("Ankara's firm opposition to sending troops was repeated.", {("TUR", "declines")}),
    # an ambassador's host country is not his (from set 5)
    ("Russia's ambassador to the UK Andrei Kelin told reporters he rejected the idea of sending "
     "foreign troops.", set()),
    ("The UK defence secretary John Healey told reporters he was ready to send troops.",
     {("GBR", "ready")}),
    # preparing for a deployment is a concrete step: ready, whatever "possible" it carries
    ("Norway is intensifying preparations for the possible deployment of peacekeeping forces.",
     {("NOR", "ready")}),
    ("Norway and Denmark are preparing a plan to deploy peacekeepers.", set()),
    ("Units preparing for deployment could number 100,000 troops.", set()),
    # the agent of a passive sending of troops (or a share of them) holds it
    ("Europe could deploy 30,000 troops, of which about a third are ready to be sent by Norway.",
     {("NOR", "ready")}),
    ("The contingent would include 10,000 troops, mostly provided by Norway and Denmark.",
     {("NOR", "ready"), ("DNK", "ready")}),
    ("Weapons provided by Norway reached the troops.", set()),
    ("The force would rely on troops provided by European countries.", set()),
    # helping secure the peace is a peacekeeping offer; the speaker's "we" holds it, not a
    # nation named in the clause before
    ('"If Washington can broker a peace, then we will be ready to help secure that peace," the '
     "Norwegian defence minister said.", {("NOR", "ready")}),
    ("Norway is ready to help secure the border.", set()),
])
def test_issue15q_stances(scored_stances: Callable[[str], set[tuple[str, str]]], text: str,
                          expected: set[tuple[str, str]]) -> None:
    assert scored_stances(text) == expected


@pytest.mark.parametrize("words", ["opposition", "resistance", "opened", "opens"])
def test_new_cue_words_pass_the_sentence_filter(words: str) -> None:
    # the cheap filter must let each new cue's first word through (a missing one silently
    # drops the cue: 15d found "refuse" missing)
    assert could_hold_stance({words})
