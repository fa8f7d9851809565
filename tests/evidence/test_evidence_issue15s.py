"""Issue 15s (session 7): the error classes of set 10's tune half, each written as a mechanism
and tested on made-up sentences both ways (the phrasing that must give the item, and the near
miss that must not). docs/evidence.md §5, "Talk, capacity and reported clauses (issue 15s)", and
§4's 15s paragraph. The sentences are the project's own words (no report text).

Stances (precision first): a discussion, a speculation or a mention of troops is talk; a
capacity judged (*best-prepared*) or estimated (*it is estimated that X could*) is nobody's
offer; troops as the subject of a clause need a verb that sends them; a part played *in
ensuring security*; *consider what / who*; a discussion ruled out; the coalition as an unnamed
subject; the speaker's pronoun after a clause opener. Then the readings and holders that were
missed: reluctance is hesitation, *no promises* is no decision yet, *not planning any such
actions*, preparing for deployment, a nation discussing its own sending or involvement, *has not
ruled out the possibility* after a sentence on troops, a constraint at home after a sentence on
the force, a clause reported by a participle. Troop sizes: a floated idea and the EU with a
nation are the whole force, *hundreds of soldiers* is no force size, an army's growth is no force
size, *European-led troops*, *UK troops*. Country counts: another forum's (a *separate* meeting,
the Contact Group) is not the coalition's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from evidence_claim_helpers import Troop, countries_in, troops_in

STANCE_CASES = [
    # talk about the troops is not an offer: a discussion, a speculation, a mention
    ("The Danish premier responded to speculation about a possible peacekeeping deployment.",
     set()),
    ("The Danish premier said Denmark could send a peacekeeping contingent.", {("DNK", "open")}),
    ("Norway's prime minister did not mention the possibility of Norwegian peacekeepers in her "
     "remarks.", set()),
    ("Norway will not send Norwegian peacekeepers.", {("NOR", "declines")}),
    ("Ministers of the EU and Norway have discussed the possibility of deploying up to 20,000 "
     "troops to Ukraine.", set()),
    ("Austria's chancellor criticised discussions about sending soldiers to Ukraine.", set()),
    ("Austria could turn into a transit hub for multinational forces, the chancellor said.",
     set()),
    # a capacity judged or estimated by others is no stance
    ("According to a think tank, Denmark is the best-prepared nation for such a mission.", set()),
    ("Denmark is prepared to send troops to such a mission.", {("DNK", "ready")}),
    ("It is estimated that Copenhagen could deploy up to 2,000 troops.", set()),
    ("Copenhagen could deploy up to 2,000 troops, the Danish minister said.", {("DNK", "open")}),
    # troops as the subject of a clause need a verb that sends them
    ("The minister announced that Danish soldiers will receive new rifles next year.", set()),
    ("Analysts think that up to 20,000 Austrian troops would be needed for the task.", set()),
    ("The minister announced that Danish soldiers will join the mission.", {("DNK", "ready")}),
    ("Slovak soldiers could be posted to Ukraine.", {("SVK", "open")}),
    ("The minister said that Danish troops would be ready to deploy within weeks.",
     {("DNK", "ready")}),
    ("The minister said that Danish troops will never be sent to Ukraine.",
     {("DNK", "declines")}),
    # a part played in something other than sending
    ("The chancellor said Austria would play its part in guaranteeing Ukraine's security.",
     set()),
    ("The chancellor said Austria would play its part in the peacekeeping mission.",
     {("AUT", "ready")}),
    # a deliberation is no hedge
    ('"We must consider who would lead the mission and under what flag," the Austrian minister '
     "said.", set()),
    ("Austria is considering sending troops.", {("AUT", "open")}),
    # ruling out a discussion is not ruling out troops
    ("Austria has ruled out any debate on sending troops for now.", set()),
    ("Austria has ruled out sending troops.", {("AUT", "declines")}),
    # the coalition as the subject stands for unnamed nations
    ('The Norwegian prime minister said that a "coalition of the willing" is preparing to send '
     "forces to Ukraine.", set()),
    ("The Norwegian prime minister said that Norway is preparing to send forces to Ukraine.",
     {("NOR", "ready")}),
    ("The coalition could send up to 20,000 troops, the Norwegian prime minister said.", set()),
    ("Norway, which leads the coalition, could send 500 troops.", {("NOR", "open")}),
    # the speaker's pronoun after a clause opener, not the sentence's first subject
    ("The remarks from Austria and Hungary came after Danish Prime Minister Mette Frederiksen "
     "said that she was ready to send troops.", {("DNK", "ready")}),
    ("Austria and Hungary said they were ready to send troops.",
     {("AUT", "ready"), ("HUN", "ready")}),
    # a list governed by a preposition is governed whole, commas included; troops from a nation
    # are its own
    ("The statements from Austria, Hungary, and Slovakia show that Europe is divided over "
     "sending troops.", set()),
    ("Troops from Austria, Hungary and Slovakia will be ready to deploy.",
     {("AUT", "ready"), ("HUN", "ready"), ("SVK", "ready")}),
    # reluctance is hesitation; no promise is no decision yet
    ("Austria has signalled reluctance to deploy soldiers.", {("AUT", "undecided")}),
    ("Austria expressed readiness to deploy soldiers.", {("AUT", "ready")}),
    ("Norway's prime minister made no promises to send ground troops.", {("NOR", "undecided")}),
    ("Norway's prime minister promised to send ground troops.", {("NOR", "ready")}),
    ("Norway will not send ground troops.", {("NOR", "declines")}),
    ("Portugal gave no guarantees that it would send troops.", {("PRT", "undecided")}),
    ("Portugal gave guarantees that it would send troops.", {("PRT", "ready")}),
    # the class in other words
    ("Asked about sending troops to Ukraine, Sweden said it was not considering any such step.",
     {("SWE", "declines")}),
    ("Greece showed some hesitancy about sending troops.", {("GRC", "undecided")}),
    # "not planning any such actions": the troops named before in the sentence
    ("The Danish premier said he had discussed stationing foreign troops in Ukraine, but that "
     'Copenhagen was not "planning any such actions".', {("DNK", "declines")}),
    ("The Danish premier said Copenhagen was not planning any such actions on taxes.", set()),
    # preparing for a deployment
    ("The Danish army has begun preparing for deployment in Ukraine.", {("DNK", "ready")}),
    ("The Danish army has begun preparing for an exercise.", set()),
    ("Work on the force for Ukraine is under way and preparations for Danish forces are funded "
     "by the government.", {("DNK", "ready")}),
    # a nation discussing its own sending or involvement weighs it
    ("Norway has discussed a substantial contribution, with some options involving 2,000 "
     "troops.", {("NOR", "open")}),
    ("Reports about Denmark and Norway also discussing sending their soldiers appeared on "
     "Monday.", {("DNK", "open"), ("NOR", "open")}),
    ("Reports about Denmark sending troops were denied.", set()),
    ("Norway discussed the possibility of sending its own soldiers.", {("NOR", "open")}),
    ("Leaders discussed the possibility of sending troops.", set()),
    ("Norway and the EU discussed deploying 20,000 troops.", set()),
    # "has not ruled out the possibility" after a sentence on troops
    ("Sweden is considering sending peacekeepers. Austria has also not ruled out the "
     "possibility.", {("SWE", "open"), ("AUT", "open")}),
    ("Sweden raised its taxes. Austria has not ruled out the possibility.", set()),
    # a constraint at home after a sentence on the force
    ("The force's make-up will depend on a settlement. Austria faces constitutional "
     "restrictions, while Denmark would need parliamentary approval.",
     {("AUT", "conditional"), ("DNK", "conditional")}),
    ("The budget is unclear. Austria faces constitutional restrictions on debt.", set()),
    ("The force's size is unclear. The Danish parliament approved the budget.", set()),
    # a clause reported by a participle is the sentence subject's
    ("The Austrian chancellor addressed speculation about a peacekeeping mission, stressing "
     "that no such steps are currently planned.", {("AUT", "declines")}),
    ("The Austrian chancellor spoke about the mission, stressing that Hungary would send "
     "troops.", {("HUN", "ready")}),
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "expected"), STANCE_CASES)
def test_issue15s_stances(scored_stances: Callable[[str], set[tuple[str, str]]], text: str,
                          expected: set[tuple[str, str]]) -> None:
    assert scored_stances(text) == expected


TROOP_CASES: list[tuple[str, set[Troop]]] = [
    # a floated idea is the plan's size, nobody's offer; being open to it is one's own
    ("Danish officials have floated the idea of sending between 5,000 and 20,000 troops to "
     "Ukraine.", {("european_force", 5000.0, 20000.0)}),
    ("Denmark is open to the idea of sending 2,000 soldiers to Ukraine.",
     {("contribution:DNK", 2000.0, 2000.0)}),
    # the EU with a nation speaks for the whole force
    ("Ministers of the EU and Norway have discussed deploying up to 20,000 troops to Ukraine.",
     {("european_force", None, 20000.0)}),
    ("Norway has discussed deploying up to 2,000 troops to Ukraine.",
     {("contribution:NOR", None, 2000.0)}),
    # "hundreds of soldiers" from several nations: no size of the whole force
    ("Officials have discussed contributions from several nations, with Denmark and Norway "
     "sending hundreds of soldiers.", set()),
    # an army's growth is no force size
    ("Russia plans to expand its army by ten divisions, which would add about 120,000 soldiers.",
     set()),
    ("Britain will increase its pledge to the force by sending 2,000 more troops to Ukraine.",
     {("contribution:GBR", 2000.0, 2000.0)}),
    # a country's short name as an adjective ("UK troops"), as a demonym is
    ("Analysts think that up to 6,000 UK troops would be needed for the mission.",
     {("contribution:GBR", None, 6000.0)}),
    # a leader's adjective with a hyphen between the number and the troops
    ("Under the plan, fewer than 20,000 European-led troops would be deployed in Ukraine.",
     {("european_force", None, 20000.0)}),
]


@pytest.mark.parametrize("mode", ["rules", "model"])
@pytest.mark.parametrize(("text", "expected"), TROOP_CASES)
def test_issue15s_troops(tmp_path: Path, text: str, expected: set[Troop], mode: str) -> None:
    assert troops_in(tmp_path, text, mode) == expected


@pytest.mark.parametrize("word", ["reluctance", "discussed", "actions", "steps"])
def test_new_cue_words_pass_the_sentence_filter(word: str) -> None:
    from reassure.evidence._stances import could_hold_stance

    assert could_hold_stance({word})


@pytest.mark.parametrize(("text", "expected"), [
    # another forum's size, set apart from the coalition, is no count of its nations
    ("On Friday, a separate NATO meeting of about 50 countries will focus on arms for Ukraine.",
     set()),
    ("The Ukraine Defence Contact Group of some 50 countries met in Brussels.", set()),
    ("Leaders of about 30 countries met to discuss the reassurance force.", {(30.0, 30.0)}),
])
def test_issue15s_country_counts(tmp_path: Path, text: str,
                                 expected: set[tuple[float, float]]) -> None:
    assert countries_in(tmp_path, text) == expected
