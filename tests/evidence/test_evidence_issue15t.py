"""Issue 15t (session 8): stances and country counts from the errors of set 10, each class
written as a mechanism and tested on made-up sentences both ways (the phrasing that must give
the item, and the near miss that must not). docs/evidence.md §5 and §11, "Issue 15t". The
sentences are the project's own words (no report text).

Stances: a refusal with *unless* is "only if" (its offer recorded beside the condition); a
nation after *, and* that opens a clause of its own after a place preposition's list; a leader
named by nationality, title and name stays in the list; troops *placed* or *based* somewhere
are sent; a leader's plan to send the nation's own soldiers; taking part in operations; a group
subject before a dash-enclosed aside; a share of a group (*a majority*) as a group subject; a
figure judged unacceptable; a hedged offer placed elsewhere after *but*; a pro-form for the
sending (*do the same*, *doing so*, *considering it*); a refusal of a bare participation, or a
bare *will (not) take part*, after a sentence on the force; *with the participation of the X
Armed Forces*; *refuses to rule out*; *holding back*; a condition named before the sending
(*would need a UN mandate before sending*, *a precondition for sending*); *is among the countries
that have offered troops*.

Country counts: *the 33-member coalition*, *30-plus "Coalition of the Willing" states* (a
quoted name between the number and its nations), *35 participants attended the meeting* in a
sentence on the nations, *a 31-strong coalition*, *30+ countries*, *26 of the 35 countries*.

From set 10h1 (the leave-out check, fixed only after it was scored): the possibility of a
nation's troops taking part; *open to consideration of* a nation's involvement; *his country*
after a speaker titled over a nation's institution; *as long as necessary*; *tells allies it
may*; a group's members listed before the cue, *discussing plans to send*; *30 European and
NATO countries*; *25 leaders* of a coalition meeting."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from evidence_claim_helpers import countries_in

STANCE_CASES = [
    # "not ... unless X" is "only if X": the conditional offer and the offer it qualifies
    ("Earlier, Austria and Norway said they would not deploy their troops unless they received "
     "American guarantees.",
     {("AUT", "conditional"), ("AUT", "ready"), ("NOR", "conditional"), ("NOR", "ready")}),
    ("Portugal would not join the mission unless parliament agreed.",
     {("PRT", "conditional"), ("PRT", "ready")}),
    # near misses: "if" alone is no "only if"; "even if" keeps the refusal
    ("Austria would not deploy its troops if Russia objected.", {("AUT", "conditional")}),
    ("Austria would not deploy its troops even if asked.", {("AUT", "declines")}),
    # a nation after ", and" that opens its own clause is not governed by the place preposition
    # of the list before it
    ("The coalition shows mixed pledges, with Norway ready to station troops, Austria "
     "participating without basing forces in Ukraine, and Portugal ruling out ground "
     "deployments.", {("NOR", "ready"), ("AUT", "declines"), ("PRT", "declines")}),
    ("Danish soldiers would be stationed in Poland, and Norway would send a company.",
     {("DNK", "ready"), ("NOR", "ready")}),
    # near misses: a list of places stays governed; so does a list after "of" with its verb
    ("Danish soldiers would be stationed in Poland, Romania, and Hungary.", {("DNK", "ready")}),
    # (s74) and troops sent to other nations, Ukraine and the force unnamed, are no offer for
    # the force (NATO's flank; s69's "Germany could send troops to Poland and Romania")
    ("Norway will send troops to Estonia, Latvia, and Lithuania starting in May.", set()),
    ("The leaders of Norway, Denmark, and Austria said they would send troops.",
     {("NOR", "ready"), ("DNK", "ready"), ("AUT", "ready")}),
    # a leader named by nationality, title and name stays in the list of signers
    ("On Monday, after a meeting of the coalition, Danish Prime Minister Mette Frederiksen, "
     "Norwegian Prime Minister Jonas Gahr Store, and the Dutch premier signed a declaration of "
     "intent to deploy a multinational contingent.",
     {("DNK", "ready"), ("NOR", "ready"), ("NLD", "ready")}),
    # near miss: a leader governed by "with" is still not a signer
    ("After talks with Danish Prime Minister Mette Frederiksen, Norwegian Prime Minister Jonas "
     "Gahr Store said Norway would send troops.", {("NOR", "ready")}),
    # troops placed or based somewhere are sent
    ("Under the plans, troops from Norway and Denmark would be placed in Ukraine, while other "
     "countries would provide logistics.", {("NOR", "ready"), ("DNK", "ready")}),
    ("Norwegian troops would be based in Poland.", {("NOR", "ready")}),
    # near misses: a headquarters based somewhere; troops placed by someone else's plan as a
    # question
    ("The headquarters would be based in Paris, the Norwegian minister said.", set()),
    ("Officials asked whether Norwegian troops would be placed in Ukraine.", set()),
    # a nation's leader presenting a plan to send the nation's own soldiers: its plan
    ("Austrian Chancellor Karl Nehammer met party leaders to present them with a plan to deploy "
     "several thousand Austrian soldiers in Ukraine.", {("AUT", "ready")}),
    # near misses: a plan others discuss, a plan refused by another, no owner named
    ("European officials are discussing a plan to send Danish and Norwegian troops to Ukraine.",
     set()),
    ("Moscow rejected a plan to deploy 5,000 Austrian and Danish troops.", set()),
    ("The chancellor met party leaders to present a plan to deploy several thousand Austrian "
     "soldiers.", set()),
    # taking part in operations is sending forces; humanitarian or training ones are not
    ("In an interview, the chancellor said Austria “will take part in operations” to "
     "monitor the border after a ceasefire.", {("AUT", "ready")}),
    ("Austria will take part in humanitarian operations in the region.", set()),
    ("Austria will take part in training missions for Ukrainian recruits.", set()),
    # the group subject before a dash-enclosed aside holds the cue, not the speaker's nation
    ("French President Emmanuel Macron announced that 26 of the allies — part of a broader "
     "coalition — have committed to deploying troops.", set()),
    ("Denmark — one of the smaller allies — has committed to deploying troops.",
     {("DNK", "ready")}),
    # a share of a group ("a majority") is a group subject: its members named after the cue
    ("The allies are split on sending troops: a majority are still undecided, including "
     "Austria.",
     {("AUT", "undecided")}),
    ("A majority of the allies are ready to send troops, including Norway and Denmark.",
     {("NOR", "ready"), ("DNK", "ready")}),
    ("Portugal opposes any deployment, and a majority are still undecided.",
     {("PRT", "declines")}),
    # a figure judged unacceptable is no refusal of the force
    ("However, the Danish Ministry of Defence recognised this figure as unacceptable given the "
     "size of its army.", set()),
    ("Denmark called the deployment of foreign troops unacceptable.", {("DNK", "declines")}),
    # a hedged offer with no object after "but", placed elsewhere: the same forces; both stand
    ("Denmark ruled out deploying forces inside Ukraine but indicated it could contribute from "
     "neighbouring NATO territory.", {("DNK", "declines"), ("DNK", "open")}),
    ("Denmark ruled out deploying forces inside Ukraine but said it could contribute money.",
     {("DNK", "declines")}),
    ("Denmark opposed sending troops, though it has not ruled it out.", {("DNK", "open")}),
    # a pro-form for the sending of the clause (or sentence) before: "do the same", "doing so",
    # "considering it"
    ("Norway will send troops; Denmark may do the same.", {("NOR", "ready"), ("DNK", "open")}),
    ("Norway has committed to sending troops, and Denmark is considering doing so.",
     {("NOR", "ready"), ("DNK", "open")}),
    ("Title\n\nNorway will send troops. Denmark is considering doing the same.",
     {("NOR", "ready"), ("DNK", "open")}),
    ("So far, only Norway has committed to sending troops, while Denmark has said it is "
     "considering it.", {("NOR", "ready"), ("DNK", "open")}),
    ("Norway will send troops, but Denmark will not do the same.",
     {("NOR", "ready"), ("DNK", "declines")}),
    # near misses: the same done with something else, "it" as something else
    ("Norway will send troops, and Denmark said it would do the same with its air force.",
     {("NOR", "ready")}),
    ("Norway will send troops to Ukraine, and Denmark is considering it as a transit point.",
     {("NOR", "ready")}),
    # a refusal of a bare participation after a sentence on the force's troops
    ("Title\n\nSeveral countries are ready to send troops to the force. Portugal has ruled out "
     "any participation.", {("PRT", "declines")}),
    ("Title\n\nSeveral countries are ready to send troops to the force. Portugal has ruled out "
     "taking part.", {("PRT", "declines")}),
    # near misses: after a sentence on talks; participation in the talks
    ("Title\n\nSeveral countries met for talks. Portugal has ruled out any participation.",
     set()),
    ("Title\n\nSeveral countries are ready to send troops. Portugal has ruled out any "
     "participation in the talks.", set()),
    # a bare taking part (nothing after the verb) after a sentence on the force's troops
    ("Title\n\nSeveral countries are ready to send troops to the force. Hungary and Slovakia "
     "have said they will not participate.", {("HUN", "declines"), ("SVK", "declines")}),
    ("Title\n\nSeveral countries are ready to send troops to the force. Hungary will not take "
     "part.", {("HUN", "declines")}),
    ("Title\n\nSeveral countries are ready to send troops to the force. Hungary will take "
     "part, the minister said.", {("HUN", "ready")}),
    # near misses: after a sentence on the talks; alone; something else taken
    ("Title\n\nSeveral countries met for talks on the force. Hungary will not take part.",
     set()),
    ("Title\n\nHungary will not take part.", set()),
    ("Title\n\nSeveral countries are ready to send troops to the force. Hungary will take "
     "responsibility.", set()),
    # ... and with its condition after it
    ("Title\n\nSeveral countries are ready to send troops to the force. Germany would only "
     "participate with a US backstop.", {("DEU", "conditional"), ("DEU", "ready")}),
    ("Title\n\nSeveral countries are ready to send troops to the force. Germany will "
     "participate with enthusiasm.", set()),
    # the participation of a nation's troops, stated as a fact of the force
    ("They spoke of a contingent of 10,000 people with the participation of the Danish Armed "
     "Forces.", {("DNK", "ready")}),
    ("The participation of Danish troops in the force has been confirmed.", {("DNK", "ready")}),
    # near misses: a working group's members, a warning against it, talk, a hedge
    ("A working group led by Norway with the participation of the US and Turkey was created.",
     set()),
    ("Moscow warned against the participation of Danish troops.", set()),
    ("Officials discussed the participation of Danish troops.", set()),
    ("The possible participation of Danish troops was mentioned.", set()),
    # refusing to rule out is not ruling out
    ("Denmark refuses to rule out sending troops.", {("DNK", "open")}),
    ("Denmark refused to send troops.", {("DNK", "declines")}),
    # holding back, caution and a non-committal stance are hesitation, not a commitment
    ("Denmark is holding back on any commitment of troops.", {("DNK", "undecided")}),
    ("Germany has remained non-committal on sending troops.", {("DEU", "undecided")}),
    ("Spain has been cautious about committing troops.", {("ESP", "undecided")}),
    ("Spain has been cautious about the economy.", set()),
    # dismissing the idea of sending troops refuses it; an opposition leader's is nobody's
    ("Italy has dismissed the idea of sending troops.", {("ITA", "declines")}),
    ("Opposition leader Peter Dutton dismissed the idea of sending Australian troops.", set()),
    ("Italy dismissed the criticism from Moscow.", set()),
    # a condition named before the sending: "need X before sending", "a precondition for"
    ("Denmark would need a UN mandate before sending troops.",
     {("DNK", "conditional"), ("DNK", "ready")}),
    ("Denmark says a US security guarantee is a precondition for sending troops.",
     {("DNK", "conditional")}),
    ("A UN mandate is a prerequisite for any deployment of troops, the Danish premier said.",
     {("DNK", "conditional")}),
    # near misses: a precondition for something else; a delay, not a condition
    ("The Danish minister said a ceasefire was a precondition for peace talks.", set()),
    ("Denmark would need several weeks before sending troops.", {("DNK", "ready")}),
    # the subject wanting (insisting on) a US guarantee or a mandate after its offer
    ("Denmark is willing to deploy troops, but wants a US security guarantee first.",
     {("DNK", "conditional"), ("DNK", "ready")}),
    ("Denmark is willing to deploy troops, and insists on a UN mandate.",
     {("DNK", "conditional"), ("DNK", "ready")}),
    # near misses: Ukraine wanting guarantees is no condition on the offer
    ("Denmark will send troops to Ukraine, which wants US security guarantees.",
     {("DNK", "ready")}),
    ("Denmark will send troops, but Zelensky wants US guarantees.", {("DNK", "ready")}),
    # "among the countries that ..." names the nation one of them (a relative clause after it)
    ("Denmark is among the countries that have offered troops.", {("DNK", "ready")}),
    ("Denmark and Norway are among the nations that could send soldiers.",
     {("DNK", "open"), ("NOR", "open")}),
    ("Denmark is not among the countries that have offered troops.", {("DNK", "declines")}),
    # near miss: meeting those countries is not being one of them
    ("Denmark met representatives of the countries that have offered troops.", set()),
    # --- classes from set 10h1 (the leave-out check, fixed after it was scored) ---
    # the possibility of a nation's troops taking part: open, theirs
    ("The minister will discuss the possibility of Danish troops participating in peacekeeping "
     "missions.", {("DNK", "open")}),
    ("Danish troops will participate in the peacekeeping mission.", {("DNK", "ready")}),
    # open to considering a pledge noun, the troops further on
    ('The Danish premier said her government is "open to consideration" of the country\'s '
     "involvement in any peacekeeping process.", {("DNK", "open")}),
    ("Denmark is open to talks on its involvement in the reconstruction of Ukraine's army.",
     set()),
    # "his country" after a speaker titled over a nation's institution
    ("The head of the Swiss Armed Forces, Thomas Sussli, stated that his country could provide "
     "troops for a future peacekeeping mission.", {("CHE", "open")}),
    ("The Russian ambassador to Denmark said his country would never accept Danish troops.",
     set()),
    # "as long as necessary" is how long, not whether
    ('The premier is ready to make an indefinite commitment to deploy Danish troops "as long as '
     'necessary" together with allies.', {("DNK", "ready")}),
    ("Denmark would deploy troops as long as the United States provides a backstop.",
     {("DNK", "conditional"), ("DNK", "ready")}),
    # allies told something are not the subject of what the teller says of itself
    ("Denmark tells allies it may send 10,000 troops to Ukraine, the newspaper says.",
     {("DNK", "open")}),
    ("Denmark urged allies to send troops.", set()),
    # a group's members listed right after it, before the cue; weighing plans to send is open
    ("About six countries, including Norway, Denmark, Austria and Portugal, are discussing "
     "plans to send up to 30,000 troops to Ukraine.",
     {("NOR", "open"), ("DNK", "open"), ("AUT", "open"), ("PRT", "open")}),
    ("Several countries, including Norway and Denmark, are ready to send troops.",
     {("NOR", "ready"), ("DNK", "ready")}),
    ("Several countries, including Norway and Denmark, met in Paris to discuss sending troops.",
     set()),
    ("Officials are discussing plans to send troops to Ukraine.", set()),
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "expected"), STANCE_CASES)
def test_issue15t_stances(scored_stances: Callable[[str], set[tuple[str, str]]], text: str,
                          expected: set[tuple[str, str]]) -> None:
    assert scored_stances(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The talks fulfil the promises of the 33-member coalition of the willing.", {(33.0, 33.0)}),
    ("The talks fulfil the promises of the 33-member \u201ccoalition of the willing\u201d.",
     {(33.0, 33.0)}),
    ("A 15-member council met in Vienna.", set()),
    ("On Monday, 30-plus \u2018Coalition of the Willing\u2019 states signed a statement.",
     {(30.0, None)}),
    ("On Monday, 30 \u201cCoalition of the Willing\u201d countries signed a statement.",
     {(30.0, 30.0)}),
    ("He noted that several other countries were still considering their position and that a "
     "total of 35 participants attended the meeting.", {(35.0, 35.0)}),
    ("A total of 200 participants attended the conference.", set()),
    # "a 31-strong coalition" counts nations; "a 10,000-strong force" stays troops
    ("A 31-strong coalition met in London to discuss the reassurance force.", {(31.0, 31.0)}),
    ("A 10,000-strong force would be deployed.", set()),
    # "30+" as "30-plus"
    ("The coalition, which includes 30+ countries, met in Paris.", {(30.0, None)}),
    # a count as a share of a group: both numbers count nations
    ("Macron said 26 of the 35 countries had pledged to contribute.",
     {(26.0, 26.0), (35.0, 35.0)}),
    ("The French president said 26 of Ukraine's allies committed to deploying troops.",
     {(26.0, 26.0)}),
    # near miss: soldiers of a nation are no count of nations
    ("Britain sent 5,000 of its soldiers.", set()),
    # (10h1) NATO or the EU with another modifier is a mixed set, not the alliance's size
    ("Military chiefs from 30 European and NATO countries met in Paris.", {(30.0, 30.0)}),
    ("The 32 NATO allies met in The Hague.", set()),
    # (10h1) leaders of a coalition meeting count its nations
    ("Around 25 leaders are expected to join to discuss the coalition's peacekeeping mission.",
     {(25.0, 25.0)}),
    ("Some 200 business leaders attended the forum.", set()),
])
def test_issue15t_country_counts(tmp_path: Path, text: str,
                                 expected: set[tuple[float | None, float | None]]) -> None:
    assert countries_in(tmp_path, text) == expected
