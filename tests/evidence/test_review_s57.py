"""Session 57: positions told with the troops left out ("Poland is resisting the proposal."),
read where the sentence itself or the one before is on sending troops. In the project's own
words; each case named "misread" failed on the session start (ceb7a7d); the others pin what the
new reading must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import countries_in, stances_in, troop_figures

from reassure.evidence._stances import on_sending_troops

ON_TROOPS = "Defence ministers argued in Brussels about sending troops to Ukraine after a truce. "


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a refusal of "the proposal" the sentence before made)
    ("Slovakia is also resisting the proposal, calling it reckless.", {("SVK", "declines")}),
    ("Greece declined the request.", {("GRC", "declines")}),
    ("Portugal firmly said no.", {("PRT", "declines")}),
    ("Leaders in Croatia and Slovenia have publicly declared their disinterest, pointing to "
     "public opinion.", {("HRV", "declines"), ("SVN", "declines")}),
    # misread: nothing (doubt voiced with the object left out)
    ("Austria and Ireland have expressed hesitation, citing neutrality.",
     {("AUT", "undecided"), ("IRL", "undecided")}),
    ("Belgium's position is ambiguous.", {("BEL", "undecided")}),
    ("The Czech Republic has not yet made up its mind.", {("CZE", "undecided")}),
    ("Bulgaria remains non-committal.", {("BGR", "undecided")}),
    ("Romania, which borders Ukraine, has expressed reluctance.", {("ROU", "undecided")}),
    # misread: nothing (a weighing that points back)
    ("Finland is considering it, officials said.", {("FIN", "open")}),
    ("Estonia has not ruled it out.", {("EST", "open")}),
    ("Norway is open to the idea.", {("NOR", "open")}),
    # misread: nothing (a row of positions with the troops in the sentence before)
    ("Lithuania is ready, Belgium is undecided and Slovakia has ruled it out.",
     {("LTU", "ready"), ("BEL", "undecided"), ("SVK", "declines")}),
    ("Austria would only offer humanitarian aid.", {("AUT", "declines")}),
    ("The Dutch Foreign Ministry said that \"no option is ruled out.\"", {("NLD", "open")}),
    ("Slovenia wants no part in it.", {("SVN", "declines")}),
    ("The Czech Republic has reservations.", {("CZE", "undecided")}),
    ("Luxembourg is sitting on the fence.", {("LUX", "undecided")}),
    ("Malta has not excluded it.", {("MLT", "open")}),
    ("Iceland has left the door open.", {("ISL", "open")}),
    ("Cyprus is keeping its options open.", {("CYP", "open")}),
    ("Ireland is considering the British proposal.", {("IRL", "open")}),
    ("Several countries, including Austria and Malta, have expressed hesitation.",
     {("AUT", "undecided"), ("MLT", "undecided")}),
])
def test_a_position_after_a_sentence_on_troops(tmp_path: Path, body: str,
                                               expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, ON_TROOPS + body) == expected


def test_forces_sent_are_troops_too(tmp_path: Path) -> None:
    # misread: nothing ("ground forces" named the troops the position points back to)
    found = stances_in(tmp_path, "Paris and London discussed sending ground forces to Ukraine. "
                                 "Belgium said no option is ruled out.")
    assert found == {("BEL", "open")}


def test_a_group_of_nations_named_after_it(tmp_path: Path) -> None:
    # misread: nothing ("one group ... including X"; the majority "which includes" Y)
    found = stances_in(tmp_path, "The partners fall into camps. One group is ready to deploy "
                                 "troops to Ukraine, including Denmark. Another is against it, "
                                 "and the majority, which includes Austria, is still undecided.")
    assert {("DNK", "ready"), ("AUT", "undecided")} <= found


@pytest.mark.parametrize(("body", "expected"), [
    # misread: Sweden had nothing (a clause after "with", pointing to the offer before it)
    ("Denmark said it is ready to send troops to Ukraine if asked, with Sweden considering a "
     "similar stance.", {("DNK", "ready"), ("SWE", "open")}),
    # misread: nothing for Germany (a group's member between commas)
    ("Some capitals will send troops to Ukraine; the majority, including Germany, has not yet "
     "made up its mind.", {("DEU", "undecided")}),
    # misread: nothing (the troops come after the position, in a participle clause)
    ("Leaders in Spain have declared their disinterest, citing the cost of sending troops to "
     "Ukraine.", {("ESP", "declines")}),
])
def test_a_position_beside_troops_in_its_sentence(tmp_path: Path, body: str,
                                                  expected: set[tuple[str, str]]) -> None:
    assert expected <= stances_in(tmp_path, body)


@pytest.mark.parametrize("body", [
    "Hungary rejected the EU's sanctions package.",  # an object of its own
    "Germany said no to more debt.",
    "Slovakia is not resisting the proposal.",  # negated
    "Austria has expressed caution over the cost.",
    "Ireland has expressed hesitation about Ukraine's NATO membership.",
    "Latvia remains wary of Russia.",
    "Is Finland considering it?",  # a question
    "Analysts say Slovakia is resisting the proposal.",  # what others say it does
    "Voters in Portugal have expressed hesitation.",  # the public, not the government
    "Belgium's economy remains uncertain.",
    "Moscow is resisting the proposal.",  # the adversary
    "Belgium is ready for talks.",
    # (review s57) the object's own complement: "the request for X" is X's request
    "Slovakia rejected the request for more shells.",
    "Latvia is studying the proposal for a new naval base.",
    "Estonia declined the request for an interview.",
    # others' words: a clause after "that", or told after the position
    "The Kremlin claimed that Poland had rejected the proposal.",
    "Diplomats suspect that Greece is resisting the plan.",
    "Finland is considering it, Russian media reported.",
    "Hungary is ready, Moscow claims.",
    # the people, not the government
    "The majority of Germans have expressed scepticism.",
    # a state with an object of its own
    "Finland remains wary over Russia's plans in the Arctic.",
    "Croatia is cautious in its dealings with Serbia.",
    # a bare "ready" that is not an offer
    "Denmark is prepared in case of a Russian attack.",
    "Latvia is prepared, should Russia attack.",
    # a position given up, or only past
    "Sweden had been considering it, but dropped the idea last week.",
    "Portugal declined the request, then agreed a day later.",
    # the adversary's allies
    "Belarus has not ruled it out.",
    # aid only, with troops later
    "Norway will only provide aid at first, and troops later.",
])
def test_no_position_without_one_pointing_back(tmp_path: Path, body: str) -> None:
    assert stances_in(tmp_path, ON_TROOPS + body) == set()


def test_the_same_position_as_the_sentence_before(tmp_path: Path) -> None:
    # misread: nothing for Hungary and Norway
    assert ("HUN", "declines") in stances_in(
        tmp_path, "Spain has ruled out sending troops to Ukraine. Hungary's Orban said the same.")
    assert ("NOR", "ready") in stances_in(
        tmp_path, "Denmark will send troops to the force in Ukraine. Norway followed suit.")
    # two stances before: which one is the same is not said
    assert ("NOR", "ready") not in stances_in(
        tmp_path, "Denmark will send troops to Ukraine, but Poland has ruled it out. Norway "
                  "followed suit.")


def test_a_later_clause_needs_troops_or_a_position_before_it(tmp_path: Path) -> None:
    # "reluctant" to host talks, not to send troops
    found = stances_in(tmp_path, ON_TROOPS + "Greece is willing to host talks; Cyprus is "
                                             "reluctant.")
    assert ("CYP", "undecided") not in found


@pytest.mark.parametrize("before", [
    "Russia has massed 100,000 troops on the border. ",  # troops, none sent to the force
    "Allies discussed sending more troops to Lithuania. ",  # a deployment elsewhere
    "Ukraine's troops need more artillery, and allies discussed how to supply it. ",
    "Ministers discussed air-defence aid for Ukraine's troops. ",  # aid
    "Ministers met in Brussels on Tuesday. ",  # nothing on troops
])
def test_no_position_without_a_sentence_on_sending_troops(tmp_path: Path, before: str) -> None:
    assert stances_in(tmp_path, before + "Finland remains cautious.") == set()


def test_only_troops_offered_is_no_refusal(tmp_path: Path) -> None:
    assert ("AUT", "declines") not in stances_in(tmp_path, ON_TROOPS + "Austria would only offer "
                                                                      "troops.")


def test_the_context_is_sending_troops_not_troops_alone() -> None:
    assert on_sending_troops("leaders discussed sending troops to ukraine .".split())
    assert on_sending_troops("a peacekeeping force of 30,000 troops".split())
    assert not on_sending_troops("russia massed troops on the border".split())
    assert not on_sending_troops("aid for troops and sending weapons to ukraine".split())
    # sending troops once the report has named the force, but not to another country
    assert not on_sending_troops("they are prepared to send troops .".split())
    assert on_sending_troops("they are prepared to send troops .".split(), force_seen=True)
    assert not on_sending_troops("allies will send more troops to lithuania .".split(),
                                 force_seen=True)


# -- troop figures -------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "value"), [
    # misread: 100,000 ("hundred thousand" read alone after "Two")
    ("Two hundred thousand soldiers would be needed for the force, the plan says.", 200000.0),
    ("The plan talks of four hundred thousand troops.", None),  # no force that size: none
])
def test_a_number_word_before_hundred_thousand(tmp_path: Path, body: str, value: float | None) -> None:
    found = {low for _, low, _ in troop_figures(tmp_path, body)}
    assert 100000.0 not in found
    if value is not None:
        assert value in found


def test_the_same_number_as_the_named_nation(tmp_path: Path) -> None:
    # misread: the UK's ("as the UK": the article hid the yardstick)
    found = troop_figures(tmp_path, "Belgium said it would send about the same number of troops "
                                    "as the Netherlands, from 500 to 1,000 soldiers.")
    assert ("contribution:BEL", 500.0, 1000.0) in found
    assert not any(s == "contribution:NLD" for s, _, _ in found)


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a force's size in words, or its thousands said once, with no unit word)
    ("Diplomats in Brussels speak of a European force of twelve to fifteen thousand in all.",
     ("european_force", 12000.0, 15000.0)),
    ("Under the plan, the force would number between 8 and 12 thousand.",
     ("european_force", 8000.0, 12000.0)),
])
def test_a_unitless_size_in_thousands(tmp_path: Path, body: str, expected: tuple) -> None:
    assert expected in troop_figures(tmp_path, body)


def test_a_unitless_small_number_is_no_size(tmp_path: Path) -> None:
    assert troop_figures(tmp_path, "The force would number between 8 and 12 battalions.") == set()


def test_nations_figures_listed_after_a_colon(tmp_path: Path) -> None:
    # misread: nothing (no unit word anywhere in the list)
    found = troop_figures(tmp_path, "What each capital could contribute runs roughly as follows: "
                                    "Spain 3,000, Portugal up to 1,500, and Greece 2,000.")
    assert {("contribution:ESP", 3000.0, 3000.0), ("contribution:PRT", None, 1500.0),
            ("contribution:GRC", 2000.0, 2000.0)} <= found


@pytest.mark.parametrize("body", [
    "Troops stationed abroad today: Spain 3,000, Portugal 1,500.",  # no offer framed
    "Defence budgets this year: Spain 3,000, Portugal 1,500.",
])
def test_a_list_after_a_colon_needs_offers(tmp_path: Path, body: str) -> None:
    assert not any(s.startswith("contribution:") for s, _, _ in troop_figures(tmp_path, body))


# -- the second review (s57) ---------------------------------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a leader speaks for the nation named before)
    ("Slovakia's Fico is wary.", {("SVK", "undecided")}),
    ("Czech Prime Minister Petr Fiala is sceptical.", {("CZE", "undecided")}),
    # misread: nothing (no object, or a manner word after it)
    ("Croatia refused.", {("HRV", "declines")}),
    ("Greece remains firmly opposed.", {("GRC", "declines")}),
    ("Malta is against it.", {("MLT", "declines")}),
    ("Finland is studying it carefully.", {("FIN", "open")}),
])
def test_more_positions_after_a_sentence_on_troops(tmp_path: Path, body: str,
                                                   expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, ON_TROOPS + body) == expected


@pytest.mark.parametrize("text", [
    ON_TROOPS + "Croatia declined to comment.",
    ON_TROOPS + "Denmark was hesitant, but is now on board.",  # reversed
    ON_TROOPS + "Sweden was considering it, until the Americans pulled out.",
    ON_TROOPS + "Slovakia is resisting it, Hungarian officials said.",  # another's words
    ON_TROOPS + "Italy will only offer its support if Washington provides a backstop.",
    "The EU's new migration pact entered into force on Monday. Hungary is resisting it.",
    "A stabilisation force is being deployed in Gaza. Italy is considering it.",
    "NATO is sending extra troops to northern Kosovo. Serbia is resisting the move.",
    "Ukrainian troops held their positions near Pokrovsk. Germany remains cautious.",
])
def test_no_position_from_another_context_or_voice(tmp_path: Path, text: str) -> None:
    assert not {s for s in stances_in(tmp_path, text) if s[0] not in ("UKR", "RUS")} - {
        ("ITA", "conditional")}


def test_following_suit_needs_the_troops_and_nothing_else(tmp_path: Path) -> None:
    assert ("CAN", "ready") not in stances_in(
        tmp_path, "Denmark will send troops to Ukraine. Canada followed suit, pledging "
                  "surveillance aircraft.")
    assert ("POL", "ready") not in stances_in(
        tmp_path, "Germany will send a brigade to Lithuania. Poland followed suit.")


def test_a_sentence_on_else_breaks_the_thread(tmp_path: Path) -> None:
    found = stances_in(tmp_path, "Sweden said it is prepared to send troops to Ukraine. The "
                                 "weather in Oslo was cold. Norway has not ruled it out.")
    assert ("NOR", "open") not in found
    found = stances_in(tmp_path, "Sweden said it is prepared to send troops to Ukraine. Stockholm "
                                 "has talked of a battalion-sized contribution. Norway has not "
                                 "ruled it out.")
    assert ("NOR", "open") in found


def test_a_cue_read_as_the_next_clauses_nation(tmp_path: Path) -> None:
    # misread: Germany declines too ("ruled it out" is Poland's)
    found = stances_in(tmp_path, "The allies are split: France is ready to send troops, Germany "
                                 "is hesitant and Poland has ruled it out.")
    assert ("DEU", "declines") not in found
    assert {("DEU", "undecided"), ("POL", "declines")} <= found


def test_rows_with_a_dash_read_through_their_explanations(tmp_path: Path) -> None:
    # misread: nothing for Greece and Portugal (a dash, not a colon; a sentence between rows)
    found = stances_in(tmp_path, "Where Europe's capitals stand on sending troops to Ukraine.\n\n"
                                 "Greece - No troops. Athens offers a frigate instead.\n"
                                 "Portugal - Willing, provided there is a US backstop.\n"
                                 "Austria - \"Premature\", says Vienna.")
    assert {("GRC", "declines"), ("PRT", "ready"), ("PRT", "conditional"),
            ("AUT", "undecided")} <= found


def test_a_dash_row_needs_a_frame_of_positions(tmp_path: Path) -> None:
    found = stances_in(tmp_path, "Talks resumed in Geneva on Monday.\n\nGreece - No troops "
                                 "there yet, officials said.")
    assert ("GRC", "declines") not in found


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a decision still to come, said without "undecided")
    ("Rome has yet to say whether it would send soldiers to Ukraine.", ("ITA", "undecided")),
    ("Denmark and Iceland said they needed more time before committing forces to the mission "
     "in Ukraine.", ("DNK", "undecided")),
    ("The Irish government has avoided saying whether Irish soldiers would be part of the force "
     "in Ukraine.", ("IRL", "undecided")),
])
def test_a_decision_still_to_come(tmp_path: Path, body: str, expected: tuple[str, str]) -> None:
    assert expected in stances_in(tmp_path, body)


def test_more_time_for_something_else_is_no_doubt(tmp_path: Path) -> None:
    assert stances_in(tmp_path, "Germany needs more time to train its own brigade in "
                                "Lithuania.") == set()


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a nation's own troops refused with "no" before its adjective)
    ("Orban said Hungary's position had not changed: no Hungarian troops in Ukraine.",
     {("HUN", "declines")}),
    ("\"No Slovak soldiers will go to Ukraine,\" Fico told reporters.", {("SVK", "declines")}),
    # a fact, a condition, a question: no refusal
    ("There are no British troops in Ukraine now.", set()),
    ("If there are no Polish troops in the force, it will be weak.", set()),
    ("Are there no Polish troops in the plan?", set()),
])
def test_no_own_troops(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert {s for s in stances_in(tmp_path, body) if s[0] != "UKR"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # misread: nothing for the nations after (a second own-words review)
    ("Slovenia has said it will not send troops to Ukraine. Croatia likewise.",
     {("SVN", "declines"), ("HRV", "declines")}),
    ("\"Romania will not send troops to Ukraine,\" the minister said. Similar positions are taken "
     "by Bulgaria and Greece, whereas the Nordic states want to help.",
     {("ROU", "declines"), ("BGR", "declines"), ("GRC", "declines")}),
    ("A dozen governments have signalled a willingness to put troops on the ground in Ukraine. "
     "Denmark and Norway have said they will deploy.", {("DNK", "ready"), ("NOR", "ready")}),
])
def test_positions_by_reference(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= stances_in(tmp_path, text)


@pytest.mark.parametrize(("text", "expected"), [
    # misread: nothing (a decision not yet made, told by the nation's own voice or after troops)
    ("Sweden said it would consider a contribution of troops to the force. Estonian Prime "
     "Minister Kristen Michal said on Monday that Tallinn had not made any decision.",
     ("EST", "undecided")),
    (ON_TROOPS + "Austria will decide after a ceasefire.", ("AUT", "undecided")),
    (ON_TROOPS + "Ireland has made no decision.", ("IRL", "undecided")),
])
def test_a_decision_not_yet_made(tmp_path: Path, text: str, expected: tuple[str, str]) -> None:
    assert expected in stances_in(tmp_path, text)


def test_another_nations_voice_after_that(tmp_path: Path) -> None:
    assert ("POL", "undecided") not in stances_in(
        tmp_path, ON_TROOPS + "The Kremlin claimed that Poland had not made any decision.")


@pytest.mark.parametrize("body", [
    # misread: 10,000 and 2,500 as sizes of the force (a NATO drill near Ukraine's border)
    "The exercise, involving over 10,000 military personnel from eight European nations, "
    "showed NATO's reach.",
    "This week 2,500 Dutch troops have been taking part in a NATO exercise in Poland, some 50 km "
    "from Ukraine's border.",
])
def test_troops_in_a_drill_are_no_force(tmp_path: Path, body: str) -> None:
    assert troop_figures(tmp_path, body) == set()


def test_a_drill_for_the_force_in_ukraine_keeps_its_size(tmp_path: Path) -> None:
    found = troop_figures(tmp_path, "After an exercise in Poland, ministers said a force of "
                                    "20,000 troops would deploy to Ukraine.")
    assert ("european_force", 20000.0, 20000.0) in found


def test_a_wiki_mirrors_citation_marks_hide_no_unit(tmp_path: Path) -> None:
    # misread: nothing ("countries[1][2][3]" was one word)
    assert (31.0, 31.0) in countries_in(tmp_path, "The coalition of the willing is a group of 31 "
                                                  "countries[1][2][3] which have pledged support.")


def test_among_the_group_is_the_nation(tmp_path: Path) -> None:
    # misread: nothing (the group's refusal, inverted)
    assert ("BGR", "declines") in stances_in(
        tmp_path, "Among the states that have so far refused to participate in the reassurance "
                  "force is Bulgaria.")
    assert stances_in(tmp_path, "Among the states that attended the talks is Bulgaria.") == set()


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the force's (a contribution given with "engage", "sustain")
    ("Spain would engage between 1,000 and 2,000 soldiers in the force, a defence source said.",
     ("contribution:ESP", 1000.0, 2000.0)),
    ("Italy could sustain a deployment of up to 3,000 troops, the committee concluded.",
     ("contribution:ITA", None, 3000.0)),
    # misread: the force's ("a brigade-sized force of": the giving verb before the size word)
    ("Norway has earmarked a brigade-sized force of around 4,000 for the mission.",
     ("contribution:NOR", 4000.0, 4000.0)),
])
def test_a_contribution_engaged_or_sustained(tmp_path: Path, body: str, expected: tuple) -> None:
    assert expected in troop_figures(tmp_path, body)


def test_the_same_after_a_position_told_elliptically(tmp_path: Path) -> None:
    # misread: nothing for Hungary (the sentence before had no troop word of its own)
    found = stances_in(tmp_path, "European leaders discussed sending troops to Ukraine. Slovakia "
                                 "is resisting the proposal. Hungary said the same.")
    assert {("SVK", "declines"), ("HUN", "declines")} <= found
