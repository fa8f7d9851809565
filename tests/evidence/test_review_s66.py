"""Session 66: readings left alone in session 65's note, and a reviewer's probes of whole reports
(written for the review, none from a real report), rewritten here in the project's own words:
"there is no question of <nation> taking part" (ruled out, not an offer), an interview's bare
"A: Yes." before the answer, NATO's membership beside the coalition's count in one sentence,
Ukraine's own call-up told with "call up". Each case marked "misread" failed on the session
start (cb02309); the others pin what the new readings must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import TROOP_STANCES, countries_in, stances_in, troop_figures
from evidence_claim_helpers import scored_stances_in as scored


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready (the offer "taking part" with its negation before the nation)
    ("There is no question of Hungary taking part in the force in Ukraine, Prime Minister "
     "Viktor Orban said.", {("HUN", "declines")}),
    ("Chancellor Christian Stocker said there was no question of Austrian soldiers joining the "
     "force.", {("AUT", "declines")}),
    # left alone: "no question that" is certainty
    ("There is no question that Sweden will send troops to the force, its minister said.",
     {("SWE", "ready")}),
])
def test_no_question_of_taking_part(tmp_path: Path, body: str,
                                     expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the bare "A: Yes." had nothing to read and never opened the answer)
    ("Q: Will Belgium send soldiers to Ukraine once a ceasefire is signed?\n"
     "A: Yes. We are prepared to commit a unit to the reassurance force.",
     {("BEL", "ready")}),
    # left alone: the answer in one sentence; and a new question closes the answer
    ("Q: Will Belgium send soldiers to Ukraine once a ceasefire is signed?\n"
     "A: Yes, we are prepared to commit a unit to the reassurance force.",
     {("BEL", "ready")}),
    ("Q: Will Belgium send soldiers to Ukraine once a ceasefire is signed?\n"
     "A: Yes.\nQ: Thank you.\nWe are prepared to commit a unit to the reassurance force, "
     "the next guest said.", set()),
])
def test_a_bare_yes_opens_the_answer(tmp_path: Path, body: str,
                                     expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (NATO's 32 in the sentence dropped the coalition's 30)
    ("All 32 allies support Kyiv, but about 30 countries have joined the coalition of the "
     "willing.", {(30.0, 30.0)}),
    # left alone: NATO's own membership
    ("All 32 allies must agree before a country can join NATO.", set()),
    ("The 31 other nations of the NATO alliance were told of the plan.", set()),
])
def test_natos_members_beside_the_coalitions_count(
        tmp_path: Path, body: str, expected: set[tuple[float, float]]) -> None:
    assert countries_in(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: Ukraine's request ("call" read as asking)
    ("Kyiv will call up 120,000 more soldiers this year, officials said.",
     {("ukrainian_forces", 120000.0, 120000.0)}),
    # left alone: a call for others' troops
    ("Kyiv has called for at least 120,000 foreign troops for the force.",
     {("ukraine_request", 120000.0, None)}),
])
def test_ukraines_call_up(tmp_path: Path, body: str,
                          expected: set[tuple[str, float, float | None]]) -> None:
    assert troop_figures(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: Russia's own troops (the adjective of the attack read as the troops' owner)
    ("A force meant to deter a renewed Russian offensive would need between 90,000 and "
     "120,000 troops.", {("european_force", 90000.0, 120000.0)}),
    ("Deterring a renewed Russian invasion would need between 80,000 and 100,000 troops.",
     {("european_force", 80000.0, 100000.0)}),
    # left alone: Russia's own muster and massing
    ("Russia has massed 90,000 troops near the border.", {("russian_forces", 90000.0, 90000.0)}),
])
def test_a_nations_attack_is_not_its_troops(
        tmp_path: Path, body: str, expected: set[tuple[str, float, float | None]]) -> None:
    assert troop_figures(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: declines ("not ... participation" read as a refusal)
    ("Leaders discussed sending troops to a force for Ukraine. Belgium has not yet decided on "
     "its participation.", {("BEL", "undecided")}),
    # misread: nothing
    ("Leaders discussed sending troops to a force for Ukraine. Portugal has not yet decided "
     "whether to take part.", {("PRT", "undecided")}),
    # misread: ready (what it sends is something else)
    ("Malta said it would send medical staff but no soldiers.", {("MLT", "declines")}),
    # left alone: the troops sent, something else not
    ("Britain will send troops to the force but not tanks.", {("GBR", "ready")}),
    ("France will send soldiers to the force, but no combat aircraft.", {("FRA", "ready")}),
    # misread: ready (troops placed in another ally now)
    ("Germany is stationing a brigade of 5,000 soldiers in Lithuania.", set()),
    # left alone: an offer to place them there (the support force outside Ukraine)
    ("Danish soldiers would be stationed in Poland.", {("DNK", "ready")}),
    # misread: declines (a spending target)
    ("Spain says it cannot commit to the 5% target.", set()),
    # misread: undecided (only the number is open)
    ("Kristersson said it was too early to say how many Swedish soldiers would be involved.",
     set()),
    # left alone: whether they go at all
    ("Kristersson said it was too early to say whether Swedish soldiers would be involved.",
     {("SWE", "undecided")}),
])
def test_decisions_objects_and_places(tmp_path: Path, body: str,
                                      expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the force named two sentences before, a sentence on aid between)
    ("European leaders met to discuss a reassurance force for Ukraine. Ministers also agreed "
     "new aid for Kyiv's energy grid. Greece has said it will not take part.",
     {("GRC", "declines")}),
    # left alone: taking part in talks
    ("European leaders met to discuss a reassurance force for Ukraine. A second meeting on "
     "the talks is planned. Greece will take part in the talks.", {("GRC", "talks")}),
])
def test_a_reports_topic_carries(tmp_path: Path, body: str,
                                 expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: 30 to 25,000 (the upper end's space-set thousands)
    ("The planners are working with a figure of 20 000 to 35 000 soldiers.",
     {("european_force", 20000.0, 35000.0)}),
    # misread: at least ("cannot ... more than" is at most)
    ("We cannot raise more than 12,000 troops for the force, the general said.",
     {("european_force", None, 12000.0)}),
    # left alone: a question of whether more go
    ("It is not clear whether more than 12,000 troops will be sent to the force.",
     {("european_force", 12000.0, None)}),
    # misread: Canada's and Australia's contributions (troops in another ally now)
    ("Canada leads a NATO brigade in Latvia with about 2,100 Canadian troops.", set()),
    ("Australia sent about 250 troops to the UK in 2023 to help train recruits.", set()),
])
def test_figures_read_whole(tmp_path: Path, body: str,
                            expected: set[tuple[str, float | None, float | None]]) -> None:
    assert troop_figures(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: 47 (another forum's members)
    ("At the European Political Community summit in Tirana, where leaders from 47 countries "
     "gathered, the force was discussed.", set()),
    # left alone: the coalition meeting at that forum's summit
    ("At the European Political Community summit, 30 countries of the coalition of the willing "
     "met to discuss the force.", {(30.0, 30.0)}),
])
def test_another_forums_members(tmp_path: Path, body: str,
                                expected: set[tuple[float, float]]) -> None:
    assert countries_in(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready alone (the mandate went with the ceasefire, the force's premise)
    ("Pal Jonson said Sweden was ready to contribute troops, provided there was a ceasefire "
     "and a clear mandate.", {("SWE", "ready"), ("SWE", "conditional")}),
    # left alone: the premise alone is no condition
    ("Pal Jonson said Sweden was ready to contribute troops, provided there was a ceasefire.",
     {("SWE", "ready")}),
    # misread: nothing (an aside in commas between the speaker and "says")
    ("Ireland, constitutionally neutral, says any participation would require a UN mandate.",
     {("IRL", "conditional")}),
])
def test_conditions_kept(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: a crash (IndexError: the cue's end counted past the sentence's last word)
    ("Leaders discussed the force for Ukraine. Bulgaria said it would decide later.",
     {("BGR", "undecided")}),
    # left alone: the offer beside a "small contingent" (its figure is read below)
    ("Latvia said it could send a small contingent of about 120 soldiers to the force.",
     {("LVA", "open")}),
])
def test_read_without_failing(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the title "Armed Forces Minister" read as an army's size)
    ("Armed Forces Minister Catherine Vautrin said France could provide up to 9,000 soldiers.",
     {("contribution:FRA", None, 9000.0)}),
    # left alone: the armed forces' own size
    ("The UK's armed forces number about 140,000 personnel.", set()),
    # misread: the European force's (or nothing): "small" before the contingent
    ("Latvia will send a small contingent of 200 soldiers.", {("contribution:LVA", 200.0, 200.0)}),
    # misread: nothing (a verbless line of a list: the nation, its mark, its figure)
    ("Pledges so far:\n- United Kingdom: up to 9,000 troops.\n- France: between 5,000 and 9,000 "
     "troops.", {("contribution:GBR", None, 9000.0), ("contribution:FRA", 5000.0, 9000.0)}),
    # misread: 1,000-10,000 ("thousands" read out of "tens of thousands")
    ("France was ready to deploy soldiers and the force could number several tens of thousands.",
     set()),
])
def test_figures_around_their_words(tmp_path: Path, body: str,
                                    expected: set[tuple[str, float | None, float | None]]) -> None:
    assert troop_figures(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the 26 lost (an opening "Of the 35 countries ..., 26 have")
    ("Of the 35 countries in the coalition, 26 have committed to contributing in some way.",
     {(35.0, 35.0), (26.0, 26.0)}),
    ("The coalition counts 35 states, of which 26 assumed commitments.",
     {(35.0, 35.0), (26.0, 26.0)}),
])
def test_a_count_within_a_count(tmp_path: Path, body: str,
                                expected: set[tuple[float, float]]) -> None:
    assert countries_in(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: Britain declines (a party's view)
    ("Reform UK said it would oppose any deployment of British troops.", set()),
    # left alone: the government's own, in another clause
    ("Reform UK opposes the deployment, while Britain is ready to send troops.",
     {("GBR", "ready")}),
    # misread: declines ("troops taking part ... is not excluded")
    ("Finnish troops taking part in a future security force in Ukraine is not excluded, "
     "Defence Minister Antti Hakkanen said.", {("FIN", "open")}),
    # misread: open ("considers X complex" judges it)
    ("The premier said Italy considers the European proposal of a reassurance force complex and "
     "risky.", set()),
    # left alone: weighing it
    ("Italy is considering sending troops to the force.", {("ITA", "open")}),
    # misread: undecided (only the size is to be decided)
    ("Carney said the size of Canada's contribution would be decided later.", set()),
])
def test_whose_view_and_what_of(tmp_path: Path, body: str,
                                expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: declines alone ("except in the framework of" a mission: "unless")
    ("Italy will not send soldiers to Ukraine, except in the framework of a United Nations "
     "mission, the minister said.", {("ITA", "conditional"), ("ITA", "ready")}),
    # left alone: an exception that is no condition
    ("Italy will not send soldiers to Ukraine, except perhaps trainers.", {("ITA", "declines")}),
    # left alone: translated copy's "disposition", "disposed" (now in the cue patterns too)
    ("Leaders discussed the force for Ukraine. Portugal announced its disposition to "
     "participate with a contingent.", {("PRT", "ready")}),
    ("Belgium is disposed to send troops to the force.", {("BEL", "ready")}),
    # misread: ready alone ("would be submitted to parliament")
    ("The Dutch cabinet was prepared in principle to contribute troops, but any deployment would "
     "be submitted to parliament.", {("NLD", "ready"), ("NLD", "conditional")}),
    # misread: nothing ("open to it", "would consider it" after the troops are named)
    ("Britain and France have offered to send troops. Sweden and Denmark have said they are "
     "open to it.", {("GBR", "ready"), ("FRA", "ready"), ("SWE", "open"), ("DNK", "open")}),
    # left alone: "it" with nothing on troops before
    ("Leaders met on trade. Sweden said it was open to it.", set()),
])
def test_translated_and_pointing_back(tmp_path: Path, body: str,
                                      expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready (a ban on the sending read as the offer)
    ("Parliament voted for a ban on sending Slovak soldiers to Ukraine.", {("SVK", "declines")}),
    ("Leaders discussed the force.\n- Prohibition of sending Slovak soldiers to Ukraine,",
     {("SVK", "declines")}),
])
def test_a_ban_on_sending(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the European force (a service's own strength, a standing posture)
    ("The Royal Navy has about 30,000 personnel.", set()),
    ("The Pentagon's current European posture is about 90,000 troops.", set()),
    # left alone: the force's size
    ("The force would have about 32,000 personnel.", {("european_force", 32000.0, 32000.0)}),
])
def test_a_services_strength(tmp_path: Path, body: str,
                             expected: set[tuple[str, float, float]]) -> None:
    assert troop_figures(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing ("stands ready" ends the clause)
    ("Leaders discussed sending troops to the force for Ukraine. Latvia stands ready.",
     {("LVA", "ready")}),
    # misread: nothing (the nation's own voice with "that" left out)
    ("Leaders discussed sending troops to the force for Ukraine. Finland's Antti Hakkanen said "
     "Helsinki had not made a decision.", {("FIN", "undecided")}),
    # left alone: another nation's voice
    ("Leaders discussed sending troops to the force for Ukraine. The Kremlin said Poland had not "
     "taken any decision.", set()),
])
def test_bare_positions_in_a_passage_on_troops(tmp_path: Path, body: str,
                                               expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: 50 and 500 (only the last number word read)
    ("Estonia would send a hundred and fifty soldiers to the force.",
     {("contribution:EST", 150.0, 150.0)}),
    ("Estonia would send two thousand five hundred soldiers to the force.",
     {("contribution:EST", 2500.0, 2500.0)}),
    # left alone: one number word, and a hyphenated one
    ("Estonia would send fifty soldiers to the force.", {("contribution:EST", 50.0, 50.0)}),
    ("The force would have twenty-five thousand troops.", {("european_force", 25000.0, 25000.0)}),
])
def test_numbers_in_several_words(tmp_path: Path, body: str,
                                  expected: set[tuple[str, float, float]]) -> None:
    assert troop_figures(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: Germany declines (a poll of the people)
    ("Poll: Germans oppose sending troops to Ukraine", set()),
    # left alone: a share of the people (s24)
    ("Most of the Austrians asked oppose sending troops, a survey found.", set()),
    # left alone: the people standing for their nation's word (s17)
    ("The Dutch, Brits and Swedes have said they were ready to send soldiers to the force.",
     {("NLD", "ready"), ("GBR", "ready"), ("SWE", "ready")}),
])
def test_a_peoples_opinion(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready alone ("parliament would have the final say")
    ("Denmark is ready to send troops to the force, but parliament would have the final say.",
     {("DNK", "ready"), ("DNK", "conditional")}),
    # left alone: "final" of something else
    ("Denmark is ready to send troops to the force, the final step in a long debate.",
     {("DNK", "ready")}),
    # left alone: a party's view (read as none before too; now also by the party opening)
    ("Die Linke said it would oppose any deployment of German troops.", set()),
    ("Sinn Féin said Ireland must never send soldiers to Ukraine.", set()),
])
def test_final_say_and_more_parties(tmp_path: Path, body: str,
                                    expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


def stances_with_ours(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    """(nation, stance) of every troop stance, the United States' too (scored() leaves it out)."""
    return {s for s in stances_in(tmp_path, body) if s[1] in TROOP_STANCES}


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready ("promised no ... troops will serve")
    ("Trump has promised no American soldiers will be based in Ukraine.", {("USA", "declines")}),
    # left alone: a vow of none read before; a promise of troops
    ("Fico vowed that no Slovak soldier would go to Ukraine.", {("SVK", "declines")}),
    ("Britain has promised troops to the force.", {("GBR", "ready")}),
    # misread: both declined (others' forecast of them)
    ("Spain and Portugal are unlikely to send soldiers to Ukraine this year, a weekly reports, "
     "citing EU diplomats.", set()),
    # misread: Britain undecided (the West's hesitancy, in its speakers' words)
    ("Johnson and Radakin argued that the West has too often been hesitant, taking weeks to sign "
     "off military assistance for Kyiv.", set()),
    # misread: both ready (what sending would cost)
    ("Paris and London would meet serious obstacles if they decide to deploy soldiers to "
     "Ukraine.", set()),
])
def test_a_journalists_reading(tmp_path: Path, body: str,
                               expected: set[tuple[str, str]]) -> None:
    assert stances_with_ours(tmp_path, body) == expected


def test_a_pronoun_after_a_bare_name_in_its_own_sentence(tmp_path: Path) -> None:
    # misread: the speaker of the sentence before ("While Trump has promised ..., he has
    # suggested ...": Trump, not Merz)
    from reassure.evidence import build_ledger

    (tmp_path / "r.txt").write_text(
        "Europe weighs a force\n\nGerman Chancellor Friedrich Merz said Europe must do more. "
        "While Trump has promised no American soldiers will be based in Ukraine, he has "
        "suggested a blend of European forces.\n", encoding="utf-8")
    said = {s.said_by for s in build_ledger([tmp_path / "r.txt"], jobs=1).stances
            if s.actor == "USA"}
    assert said == {"Trump"}


def test_the_trust_note_says_where_the_wrong_stances_gather() -> None:
    # a journalist's reading: the overall rates did not say which rows to check first
    from reassure.present.evidence import accuracy_line

    line = accuracy_line()
    assert "someone else's voice given to a nation" in line
    assert "the United States, Russia and Ukraine" in line


@pytest.mark.parametrize(("body", "expected"), [
    # misread: a coalition of 4 (the four leaders travelling together)
    ("On Monday the leaders of the four countries travel to Kyiv together.", set()),
    # left alone: the coalition's leaders
    ("The leaders of the 26 countries that pledged troops met in Paris.", {(26.0, 26.0)}),
])
def test_a_delegation_is_not_the_coalition(tmp_path: Path, body: str,
                                           expected: set[tuple[float, float]]) -> None:
    assert countries_in(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: exactly 800,000 (a ceiling read as a size)
    ("The plan caps Ukraine's military at 800,000 personnel during peacetime.",
     {("ukrainian_forces", None, 800000.0)}),
    # left alone: a size kept at a figure
    ("The force would be kept at 30,000 troops.", {("european_force", 30000.0, 30000.0)}),
])
def test_a_cap_is_a_ceiling(tmp_path: Path, body: str,
                            expected: set[tuple[str, float | None, float]]) -> None:
    assert troop_figures(tmp_path, body) == expected
