"""Issue 15v: stances from the error classes of set 11 (SET11-ERRORS, S1..S19), each written as
a general English pattern and shown on made-up sentences both ways: the phrasing that must give
the stance, and a near miss that must not. docs/evidence.md, "Issue 15v". The sentences are the
project's own words (no report text)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

STANCE_CASES = [
    # S2: the signers of a declaration of intent on deploying forces are ready; a signer may
    # stand after "alongside"/"with", as the antecedent of "who", or as "President of X"
    ("The Danish prime minister signed a declaration of intent on the future deployment of "
     "multinational forces alongside Norwegian Prime Minister Jonas Gahr Store.",
     {("DNK", "ready"), ("NOR", "ready")}),
    ("The plan builds on pledges by Belgium and the Netherlands, who have signed a declaration of "
     "intent outlining the possible deployment of soldiers after a truce.",
     {("BEL", "ready"), ("NLD", "ready")}),
    ("President of Finland Alexander Stubb and Prime Minister of Sweden Ulf Kristersson signed a "
     "declaration of intent, alongside the Danish leader, on deploying troops after a truce.",
     {("FIN", "ready"), ("SWE", "ready"), ("DNK", "ready")}),
    ("The leaders of Belgium and Portugal agreed a declaration of intent at the meeting, "
     "outlining a possible future deployment.", {("BEL", "ready"), ("PRT", "ready")}),
    # near misses: a declaration on guarantees or aid commits no troops
    ("Belgium signed a declaration of intent on security guarantees with Portugal.", set()),
    ("Belgium agreed a declaration on the future deployment of aid.", set()),
    # S1: the nations named as (among) the group of a relative clause hold its stance
    ("Belgium and Norway are the only two countries that have said they would send troops.",
     {("BEL", "ready"), ("NOR", "ready")}),
    ("Belgium, Norway and the Nordic states — Denmark and Sweden — are among the five countries "
     "that have pledged to send forces.",
     {("BEL", "ready"), ("NOR", "ready"), ("DNK", "ready"), ("SWE", "ready")}),
    # near misses: a group the nations are not said to belong to; a group they are not among
    ("Belgium and Norway asked the only two countries that have said they would send troops "
     "for details.", set()),
    ("Belgium is not among the countries that have pledged to send forces.",
     {("BEL", "declines")}),
    # S1: a passive report ("is said to be") keeps its subject; "open to being involved"
    # after troops in the sentence
    ("Norway would send troops, but Canada and Ireland are said to be open to being involved.",
     {("NOR", "ready"), ("CAN", "open"), ("IRL", "open")}),
    ("Canada and Ireland are said to be open to being involved in the talks.", set()),
    ("The Belgian parliament adopted a declaration prohibiting the sending of troops abroad.",
     {("BEL", "declines")}),
    # S3: a decision still to come is undecided, not a refusal
    ("Belgium would consider joining the force, its premier said, adding that talks must "
     "progress before any such decision is taken.", {("BEL", "open"), ("BEL", "undecided")}),
    ("Norway wants clarity on the mandate and US involvement before any troop decision.",
     {("NOR", "undecided")}),
    ("The Belgian premier said it was the wrong time to discuss sending troops.",
     {("BEL", "undecided")}),
    ("Norway is weighing the deployment of troops, but there are no concrete plans yet.",
     {("NOR", "undecided")}),
    ("Norway has no plans to send troops yet.", {("NOR", "undecided")}),
    ("He stressed that Oslo has not committed to sending troops.", {("NOR", "undecided")}),
    ("Norway will join the monitoring effort, but without committing to sending its troops.",
     {("NOR", "undecided")}),
    # near misses: a flat refusal stays one
    ("Norway has no plans to send troops.", {("NOR", "declines")}),
    ("Norway will not commit troops.", {("NOR", "declines")}),
    ("Norway made its choice before any decision on the budget.", set()),
    # S5: a condition as a modifier ("UN-mandated"), terms beside the ceasefire premise, an
    # opposition "unless", a vote of MPs, decisions of parliament; not a condition removed
    ("Austria has said it could send peacekeepers to any United Nations-mandated operation.",
     {("AUT", "conditional"), ("AUT", "open")}),
    ("Austria could send peacekeepers to any operation the United Nations leads.",
     {("AUT", "open")}),
    ("Greece is ready to send troops only if a truce holds and each nation's role is clearly "
     "defined.", {("GRC", "conditional"), ("GRC", "ready")}),
    ("Greece is ready to send troops once a truce holds.", {("GRC", "ready")}),
    ("Officials say Austria opposes the deployment of the mission unless the United States "
     "takes part in it.", {("AUT", "conditional")}),
    ("Officials say Austria opposes the deployment of the mission.", {("AUT", "declines")}),
    ("Austria would not participate in any mission unless it were consulted.",
     {("AUT", "conditional"), ("AUT", "ready")}),
    ("The chancellor confirmed that MPs would vote before any Austrian troops are deployed.",
     {("AUT", "conditional")}),
    ("Austria is changing legislative rules to remove a restriction that requires UN approval "
     "for deploying troops abroad.", set()),
    # S6/T6: troops kept on their own territory are no offer; troops sent elsewhere are
    ("Thousands of Slovak soldiers will be deployed on Slovak territory to protect allied "
     "convoys.", set()),
    ("Thousands of Slovak soldiers will be deployed to Ukraine to protect allied convoys.",
     {("SVK", "ready")}),
    # S7: infrastructure, mediation, assisting the initiative are not troops
    ("Slovakia is ready to provide infrastructure for the military mission.", set()),
    ("Slovakia is ready to provide troops for the military mission.", {("SVK", "ready")}),
    ("Ankara said it was willing to mediate, rather than send its forces.",
     {("TUR", "declines")}),
    ("The president confirmed Slovakia's commitment to assisting with the peacekeeping force "
     "initiative.", set()),
    # S9: persuading others, a concept explored, a force said to include soldiers of nations
    ("The Dutch premier is trying to convince European partners to commit soldiers.", set()),
    ("The Dutch premier will explore the concept of deploying a peacekeeping force.", set()),
    ("Rutte's plan is for a force, which would include Belgian and Danish soldiers.", set()),
    # S16: another actor's sending, a group's own pronoun, the number withheld, the debate
    # (s30) not ruling out NATO's sending is the premier's nation open, as readers record
    # Macron's not ruling out Western troops (docs/evidence.md §10 "Session 30")
    ("The Dutch premier did not rule out NATO sending troops.", {("NLD", "open")}),
    ("The Dutch premier welcomed NATO sending troops.", set()),
    ("The Dutch premier did not rule out sending troops.", {("NLD", "open")}),
    ("Belgium said it does not rule out deploying its contingent. Later, the coalition "
     "confirmed its readiness to deploy forces.", {("BEL", "open")}),
    ("Belgium has a small army. It is ready to send a company of troops.", {("BEL", "ready")}),
    ("The minister did not provide the number of Belgian troops that could be sent.", set()),
    ("Belgium is ready to send a company. The minister said it is too early to discuss the "
     "details of the mission.", {("BEL", "ready")}),
    ("The Belgian minister said it is too early to discuss sending troops.",
     {("BEL", "undecided")}),
    # S4: a debate rejected; a refusal only before the ceasefire (the force's premise)
    ("Belgian premier rejects premature debate on peacekeepers", {("BEL", "undecided")}),
    ("Belgian premier rejects debate on peacekeepers", set()),
    ("The Belgian premier said sending troops was out of the question before a real ceasefire.",
     set()),
    ("The Belgian premier said sending troops was out of the question.",
     {("BEL", "declines")}),
    # S10: a refusal in passive or anaphoric form, a disagreement with the plan
    ("The premier offered logistics, although Slovak troops are not expected to be deployed "
     "in Ukraine.", {("SVK", "declines")}),
    ("Slovak troops are expected to be deployed in Ukraine.", set()),
    ("Several nations said they would send troops. Slovakia, however, opposes such a move.",
     {("SVK", "declines")}),
    ("Trade talks went well. Slovakia, however, opposes such a move.", set()),
    ("Several allies plan to send troops to the mission. The Czech minister said the Czech Republic "
     "is not considering anything like this.", {("CZE", "declines")}),
    ("Portugal disagreed with the proposal to send ground troops to Ukraine.",
     {("PRT", "declines")}),
    ("Lisbon did not agree with the proposal to send troops to Ukraine.",
     {("PRT", "declines")}),
    ("Portugal disagreed with Spain on fishing quotas.", set()),
    # S14: readiness as a noun with its object; a commitment with a date before its object
    ("While the contributors are unspecified, Spain and Portugal have shown readiness for "
     "involvement in the troop deployment.", {("ESP", "ready"), ("PRT", "ready")}),
    ("Spain and Portugal have shown readiness for talks.", set()),
    ("The Spanish premier, along with other allies, committed on Thursday, May 4 to deploying "
     "troops.", {("ESP", "ready")}),
    ("The Spanish premier committed on Thursday to closer trade ties.", set()),
    # S13: a nation's contingent as the subject of "ready to act"
    ("The leaders confirmed that the Spanish and Portuguese contingents are ready to act "
     "after the fighting ends.", {("ESP", "ready"), ("PRT", "ready")}),
    ("The Spanish and Portuguese leaders said they are ready to act on trade.", set()),
    # S12: a stance implied by a contribution figure
    ("Spain has said it will contribute about the same amount as Italy - between 1,000 and "
     "2,000 troops.", {("ESP", "ready")}),
    ("Spain is expected to send 1,000 to 2,000 troops.", {("ESP", "ready")}),
    ("The Spanish premier is expected to mobilize about 2,000 soldiers.", {("ESP", "ready")}),
    ("Spain is expected to send a delegation to the talks.", set()),
    # S15: a cue word cut off at the excerpt's end
    ("Greece, Cyprus, and Malta declined to contribut",
     {("GRC", "declines"), ("CYP", "declines"), ("MLT", "declines")}),
    # S18: "in principle" after a bare participation
    ('"If a peace deal requires a European presence, Malta is prepared to participate in '
     'principle," the minister said.', {("MLT", "ready")}),
    ('"Malta is prepared to participate in principle in the talks," the minister said.', set()),
    ("Malta said it would only decide on sending troops once a truce holds, the minister told "
     "parliament.", {("MLT", "undecided")}),
    # S7: "use of force" is no force sent; "open to discussions" is the talks; claims reported
    ("Malta's constitution only permits the use of force for self-defence, putting "
     "restrictions on what the country can do abroad.", set()),
    ("Malta's constitution restricts the deployment of troops abroad.",
     {("MLT", "conditional")}),
    ("Although Athens remains open to discussions, it insists that the talks be short.", set()),
    ("Although Athens remains open to discussions, it insists that any deployment be "
     "contingent on clearly defined terms.", {("GRC", "conditional")}),
    ("The ministry commented on claims that Maltese troops could be sent abroad.", set()),
    # S17: bases in Ukraine weighed
    ("The premier added that Spain and Portugal are considering establishing bases within "
     "Ukraine once talks begin.", {("ESP", "open"), ("PRT", "open")}),
    ("Spain is considering establishing bases for its navy at home.", set()),
    ("Italy said Belgium and Portugal signed a declaration of intent on deploying troops.",
     {("BEL", "ready"), ("PRT", "ready")}),
]


@pytest.mark.parametrize(("text", "expected"), STANCE_CASES)
def test_issue15v_stances(scored_stances: Callable[[str], set[tuple[str, str]]], text: str,
                          expected: set[tuple[str, str]]) -> None:
    assert scored_stances("Title\n\n" + text) == expected
