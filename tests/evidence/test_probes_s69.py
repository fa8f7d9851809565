"""Session 69: readings found on the tuning sets' leftovers (real sets 103-143 and the own-words
sets rv67-rv68b, in-sample) and probes in the project's own words. A sending ruled out by the
predicate before its *that* clause ("it was out of the question that Germany would send") is
refused, not offered; talk of the sending put off ("no point in speculating", "wrong to discuss
this publicly") after the force is named is undecided; nations "discussing the possibility of
sending troops" weigh it; "doing so" stands for the sending named before; the pronoun after a
speech verb is that verb's own subject; "his government had not made a decision" is the
speaker's nation undecided; contributions weighed are open. Each case marked "misread" failed on
the session start (46b1a82)."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import undated_stances

from reassure.evidence import build_ledger

FORCE = "European leaders discussed sending troops to a reassurance force for Ukraine. "
READY = "Denmark is ready to send troops to a reassurance force for Ukraine. "


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready ("would send")
    (FORCE + "The chancellor said it was out of the question that Germany would send soldiers "
     "to Ukraine.", {("DEU", "declines")}),
    (FORCE + "It is unthinkable that Italy would send troops, the minister said.",
     {("ITA", "declines")}),
    # left alone: a sending judged possible, or plainly reported
    (FORCE + "It is possible that Spain would send troops, the minister said.",
     {("ESP", "open")}),
    (FORCE + "He said that Spain would send troops.", {("ESP", "ready")}),
])
def test_a_sending_ruled_out_before_its_that_clause(tmp_path: Path, body: str,
                                                     expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing
    (FORCE + '"In this situation, sending ground troops is not considered," Scholz said. There '
     "is no point in speculating about what will happen after the fighting ends, Scholz added.",
     {("DEU", "undecided")}),
    (FORCE + "Pistorius said it was totally wrong to discuss this publicly at this stage.",
     {("DEU", "undecided")}),
    ("Britain and France are ready to send troops to a reassurance force for Ukraine. \"It was "
     "quite inappropriate for us to speculate on what might happen after a ceasefire,\" "
     "Chancellor Scholz said.", {("GBR", "ready"), ("FRA", "ready"), ("DEU", "undecided")}),
    # left alone: the force's details, and talk of something else
    (FORCE + "Pistorius said there was no point in discussing the size of the force.", set()),
    (FORCE + "The minister said there was no point in talking to Moscow.", set()),
])
def test_talk_of_the_sending_put_off(tmp_path: Path, body: str,
                                     expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing
    ("Britain and France are discussing the possibility of sending troops to monitor a "
     "ceasefire.", {("GBR", "open"), ("FRA", "open")}),
    ("It was reported this month that Britain and France were discussing the possibility of "
     "sending troops to the force.", {("GBR", "open"), ("FRA", "open")}),
    # left alone: the meeting, not the nations' own weighing
    ("European leaders met in Paris. Britain and France met to discuss the possibility of "
     "sending troops.", set()),
])
def test_nations_discussing_the_possibility(tmp_path: Path, body: str,
                                            expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing for Germany ("for now" read as a deployment now) and Italy
    ("Britain and France have offered to send troops to a reassurance force for Ukraine. Germany "
     "has ruled out doing so for now, and Italy has declined.",
     {("GBR", "ready"), ("FRA", "ready"), ("DEU", "declines"), ("ITA", "declines")}),
    # misread: Poland undecided, nothing for Germany
    ("Governments are split: Britain and France have said they are ready to send troops, while "
     "Poland has ruled out doing so and Germany says it is too early.",
     {("GBR", "ready"), ("FRA", "ready"), ("POL", "declines"), ("DEU", "undecided")}),
    ("Opinions differ: the United Kingdom and France have said they are ready to send troops, "
     "while Poland has dismissed it and Germany considers that it is too early.",
     {("GBR", "ready"), ("FRA", "ready"), ("POL", "rejects"), ("DEU", "undecided")}),
    # left alone: a list before the speech verb speaks together
    ("Britain and France say they are ready to send troops to Ukraine.",
     {("GBR", "ready"), ("FRA", "ready")}),
])
def test_doing_so_and_the_speech_verbs_own_subject(tmp_path: Path, body: str,
                                                   expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing for Norway, Croatia, Latvia and Lithuania
    (READY + "Norway's prime minister said his government had not made a decision.",
     {("DNK", "ready"), ("NOR", "undecided")}),
    (READY + "Croatia's defence minister said his government had not decided and would wait "
     "for the plan.", {("DNK", "ready"), ("HRV", "undecided")}),
    (READY + "Latvia and Lithuania have said they are considering contributions, though "
     "neither has named a figure.", {("DNK", "ready"), ("LVA", "open"), ("LTU", "open")}),
    # left alone: the speaker's own nation named after the speech verb (read before); a
    # decision on something else, no decision pending, others asked to weigh, another's report
    # of a nation
    (READY + "Norway's prime minister said Oslo had made no decision.",
     {("DNK", "ready"), ("NOR", "undecided")}),
    (READY + "The Kremlin said Poland had not taken any decision.", {("DNK", "ready")}),
    (READY + "Norway has not decided on the date of the summit.", {("DNK", "ready")}),
    (READY + 'A retired general said: "I do not decide, and I am glad of it."', {("DNK", "ready")}),
    (READY + "The minister said the Netherlands had also been asked to consider contributions.",
     {("DNK", "ready")}),
    (READY + "Latvia is considering contributions to the reconstruction fund.",
     {("DNK", "ready")}),
])
def test_a_decision_not_made_and_contributions_weighed(tmp_path: Path, body: str,
                                                       expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


def _sizes(tmp_path: Path, body: str) -> set[tuple[str, float, float]]:
    (tmp_path / "r.txt").write_text(f"Title: Partners weigh the force\n\n{body}\n",
                                    encoding="utf-8")
    return {(c.subject, c.low, c.high)
            for c in build_ledger([tmp_path / "r.txt"], jobs=1).claims}


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (boots set down by a verb, not "boots on the ground" word for word)
    (FORCE + "The aim is to decide whether a few thousand boots will walk onto Ukrainian soil in "
     "a peacekeeping mission.",
     {("european_force", 2000.0, 5000.0)}),
    # left alone: boots as kit
    (FORCE + "Canada sent 50,000 boots from its stocks on the ground floor of a depot.", set()),
])
def test_boots_set_on_the_soil(tmp_path: Path, body: str,
                               expected: set[tuple[str, float, float]]) -> None:
    assert _sizes(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: a refusal beside "premature" (readers record undecided alone)
    (FORCE + "Chancellor Scholz opposed any immediate deployment of troops and called such "
     "discussions premature before a peace deal.", {("DEU", "undecided")}),
    (FORCE + "Berlin firmly rejected the Commission's proposal on troops for Ukraine. \"It is "
     "premature,\" Defence Minister Pistorius said.", {("DEU", "undecided")}),
    # left alone: a refusal in so many words stays beside it
    (FORCE + "Spain has no plans to send troops to Ukraine at this stage, Prime Minister "
     "Sanchez said, calling the debate premature.", {("ESP", "declines"), ("ESP", "undecided")}),
    (FORCE + "Germany will not send troops to Ukraine, the chancellor said. It is premature to "
     "talk about a force, he added.", {("DEU", "declines"), ("DEU", "undecided")}),
])
def test_premature_over_a_refusal_for_now(tmp_path: Path, body: str,
                                          expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: declines (an answer withheld read as troops refused)
    (FORCE + "A lawmaker pressed him for a clear yes or no. Merz smiled and refused to commit, "
     "stating that the question was too complex.", {("DEU", "undecided")}),
    (FORCE + "Merz declined to commit.", {("DEU", "undecided")}),
    # misread: declines (a question put to him read as his denial)
    (FORCE + "A deputy asked Merz to confirm or deny Germany's involvement in sending troops, "
     "and the chancellor gave no direct answer.", set()),
    # misread: declines (a bare refusal with no force named is no stance on it)
    ("The trade talks went on. Merz declined to commit.", set()),
    # left alone: troops refused
    (FORCE + "Italy refused to commit troops.", {("ITA", "declines")}),
])
def test_an_answer_withheld(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing for Australia
    (FORCE + "Britain and France have supported the deployment of peacekeepers, while the "
     "Australian leader has signalled his country's openness to requests from Ukraine.",
     {("GBR", "supports"), ("FRA", "supports"), ("AUS", "open")}),
    # left alone: a request for something else
    (FORCE + "Albanese is open to requests from Ukraine for more wheat.", set()),
])
def test_openness_to_requests_from_ukraine(tmp_path: Path, body: str,
                                           expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: Britain declines (a party member's word)
    ("Britain is ready to send troops to a reassurance force for Ukraine. One Reform UK MP said "
     "his party opposed sending British troops at all.", {("GBR", "ready")}),
    # misread: Germany ready (the sending inside the question not yet decided)
    ("Germany has not decided whether its soldiers would take part in a European mission in "
     "Ukraine, Chancellor Merz said on Monday.", {("DEU", "undecided")}),
    # left alone: a party named in an earlier clause; a decision still to make
    (FORCE + "Despite protests from the AfD, Berlin said it is ready to send troops.",
     {("DEU", "ready")}),
    ("Norway has yet to decide whether to send troops, its prime minister said.",
     {("NOR", "undecided")}),
])
def test_a_party_members_word_and_a_sending_not_yet_decided(
        tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: Germany open (troops posted to other nations)
    (FORCE + "Merz said German soldiers will not be stationed on Ukrainian soil. Germany could "
     "instead post troops to neighbouring NATO countries, he says.", {("DEU", "declines")}),
    (FORCE + "Germany could send troops to Poland and Romania instead.", set()),
    # left alone: another nation as the force's base; Ukraine itself
    (FORCE + "Germany could deploy troops to Romania as part of the reassurance force.",
     {("DEU", "open")}),
    (FORCE + "Britain is ready to send troops to Ukraine.", {("GBR", "ready")}),
])
def test_troops_sent_elsewhere(tmp_path: Path, body: str,
                               expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready (an ability in the conditional read as an offer)
    (FORCE + "Sweden would be able to contribute up to 800 military personnel to the force.",
     {("SWE", "open")}),
    # left alone: an ability stated
    (FORCE + "Sweden is able to contribute 800 troops.", {("SWE", "ready")}),
])
def test_would_be_able_to(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: no condition (a UN resolution required is a mandate)
    (FORCE + "Ireland's deputy prime minister said Ireland would be open to sending "
     "peacekeepers, but the so-called triple lock requires a UN resolution.",
     {("IRL", "open"), ("IRL", "conditional")}),
    # misread: nothing (a request to join the force just named)
    (READY + "New Zealand's prime minister said Wellington would consider any request.",
     {("DNK", "ready"), ("NZL", "open")}),
    # left alone: a resolution of something else; a request for something else; no force named
    (FORCE + "Ireland would be open to sending peacekeepers, but the plan needs a resolution of "
     "the crisis.", {("IRL", "open")}),
    (READY + "Australia would consider any request for help with demining.", {("DNK", "ready")}),
    ("The trade talks went on. Australia would consider any request, Albanese said.", set()),
])
def test_a_un_resolution_and_a_request_weighed(tmp_path: Path, body: str,
                                               expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the force's size (each nation's share)
    (FORCE + "The mission's aim is to deploy several thousand military personnel from each "
     "participating country in Kyiv, Odesa and Lviv.", set()),
    (FORCE + 'The deployment would probably involve "a few thousand troops" from each country.',
     set()),
    # left alone: the whole force, drawn from several nations
    (FORCE + "The force would number 30,000 troops from across Europe.",
     {("european_force", 30000.0, 30000.0)}),
])
def test_a_figure_from_each_nation(tmp_path: Path, body: str,
                                   expected: set[tuple[str, float, float]]) -> None:
    assert _sizes(tmp_path, body) == expected


_LONG_REPORT = (
    "LONDON (Wire) - Countries in the coalition of the willing agreed a first phase of the "
    "force for Ukraine of up to 15,000 troops, officials said, with Britain and France "
    "providing the bulk. {pledge} Turkey has agreed to send ships to the force's maritime "
    "component. Leaders from nearly 30 countries joined a video call chaired by the two "
    "leaders. Japan also took part in the call. The first units could deploy within weeks of "
    "a ceasefire. The force would be based away from the front line. Its headquarters would "
    "be in Paris at first. Ukraine, which once asked for 200,000 foreign troops, welcomed the "
    "plan as a first step.")


@pytest.mark.parametrize(("pledge", "expected"), [
    # misread: nothing (the claim model doubted the nations' figures in a long report)
    ("Britain will contribute up to 7,500 soldiers and France around 6,000, officials said.",
     {("contribution:GBR", None, 7500.0), ("contribution:FRA", 6000.0, 6000.0)}),
    # left alone: a unit's size after the verb (kept here before too); an aside after the
    # verb's own object, another mission's figures
    ("Estonia is prepared to send a company-sized unit of around 150 soldiers.",
     {("contribution:EST", 150.0, 150.0)}),
    ("China had 1,792 personnel deployed to a UN force last year, including 1,711 troops.",
     set()),
])
def test_a_nations_pledge_in_a_long_report(tmp_path: Path, pledge: str,
                                           expected: set[tuple[str, float | None, float]]) -> None:
    sizes = _sizes(tmp_path, _LONG_REPORT.format(pledge=pledge))
    assert {s for s in sizes if s[0].startswith("contribution:")} == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready (hesitation read as an offer)
    (FORCE + "Germany and Italy have shown hesitation to provide troops.",
     {("DEU", "undecided"), ("ITA", "undecided")}),
    # misread: nothing (a group's examples, with what they have shown of themselves)
    (FORCE + "Still, nations such as Germany, Poland, Spain, and Italy have shown hesitation or "
     "outright refusal to contribute troops to the mission.",
     {("DEU", "declines"), ("POL", "declines"), ("ESP", "declines"), ("ITA", "declines")}),
    # left alone: examples guessed at; a doubt negated
    (FORCE + "Major European nations such as France, Germany and Britain could make up the bulk "
     "of the force.", set()),
    (FORCE + "Germany would not hesitate to send troops.", {("DEU", "ready")}),
])
def test_hesitation_and_examples_that_have_shown_it(tmp_path: Path, body: str,
                                                    expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: Czechia open and conditional (a view given as one's own)
    (READY + "A: Personally, I think the Czech Army could manage a battalion, some 600 to 800 "
     "soldiers, if the politicians ask us.", {("DNK", "ready")}),
    # misread: Germany declines (a party's speaker)
    (READY + 'For the AfD, a speaker said that "not a single German soldier" should be sent to '
     "Ukraine.", {("DNK", "ready")}),
    # misread: Japan ready (a sending its constitution bars)
    (READY + "Japan said its constitution did not allow it to join such a force.",
     {("DNK", "ready"), ("JPN", "declines")}),
    # misread: Portugal conditional (the force itself coming about is its premise)
    (READY + "Portugal's government said it was open to taking part in a peacekeeping force if "
     "one were set up.", {("DNK", "ready"), ("PRT", "open")}),
    # misread: nothing for Poland
    (READY + "Poland's defence minister said Warsaw would provide logistics from Polish soil but "
     "no soldiers in Ukraine.", {("DNK", "ready"), ("POL", "declines")}),
    # left alone: a former minister's own view (read as none before too); a leader's own word; a
    # nation's government, not a party; a constitution that allows
    ("Britain is ready to send troops to a reassurance force for Ukraine. A former defence "
     'secretary said: "Personally, without an American backstop I would not send a single '
     'British soldier."', {("GBR", "ready")}),
    (READY + "Macron said he personally was ready to send French troops.",
     {("DNK", "ready"), ("FRA", "ready")}),
    (READY + "For Germany, Merz said that not a single German soldier would be sent to Ukraine.",
     {("DNK", "ready"), ("DEU", "declines")}),
    (READY + "Japan said its constitution would allow it to join such a force.",
     {("DNK", "ready"), ("JPN", "ready")}),
])
def test_own_views_parties_bars_and_premises(tmp_path: Path, body: str,
                                             expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected



@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a decision put off, five words on; its own contribution weighed)
    (READY + "Merz said Germany would decide on its own military involvement only once the "
     "framework was clear.", {("DNK", "ready"), ("DEU", "undecided")}),
    (READY + "Belgium, for its part, has said it is considering its own contribution.",
     {("DNK", "ready"), ("BEL", "open")}),
    # left alone: its own contribution to something else
    (READY + "Belgium is considering its own contribution to the fund for reconstruction.",
     {("DNK", "ready")}),
])
def test_a_decision_put_off_and_its_own_contribution(tmp_path: Path, body: str,
                                                     expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: France and Britain ready (the speaker's expectation of them)
    (FORCE + "A: I would expect the French and British to provide the largest contingents.",
     set()),
    # left alone: a report of their plans in the passive
    (FORCE + "Britain is expected to provide the bulk of the force, officials said.",
     {("GBR", "ready")}),
])
def test_an_expectation_of_others(tmp_path: Path, body: str,
                                  expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the European force (what Kyiv's president says the mission would take is his ask)
    (FORCE + "Zelenskyy said that day the mission would be operational with the deployment of "
     "100,000-150,000 European troops.",
     {("ukraine_request", 100000.0, 150000.0)}),
    # left alone: another leader's figure
    (FORCE + "Macron stated that the mission would be operational with 30,000 European troops.",
     {("european_force", 30000.0, 30000.0)}),
])
def test_what_kyiv_says_the_mission_would_take(tmp_path: Path, body: str,
                                               expected: set[tuple[str, float, float]]) -> None:
    assert _sizes(tmp_path, body) == expected
