"""Session 59: troop figures read from the sentence's structure (a share of a whole, "of which",
"from ... to ...", the troops to deter Russia, "and other countries"), and a US backing the
speaker requires for "this". From the errors of the real tuning sets 107-120. In the project's
own words; each case marked "misread" failed on the session start (9e60a42); the others pin
what the new readings must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import figures_in_nine, stances_in

from reassure.evidence import build_ledger

Troop = tuple[str, float | None, float | None]
figures_of = figures_in_nine


@pytest.mark.parametrize(("sentence", "expected"), [
    # misread: the whole given to the nation (contribution:GBR 30,000), the share lost
    ("London could provide 20,000 of the 30,000 troops, according to the paper.",
     {("contribution:GBR", 20000.0, 20000.0), ("european_force", 30000.0, 30000.0)}),
    # misread: the whole as France's too
    ("France would supply about 10,000 of the planned 30,000 soldiers.",
     {("contribution:FRA", 10000.0, 10000.0), ("european_force", 30000.0, 30000.0)}),
    # misread: the whole lost
    ("Of the 25,000 troops, Britain would send 8,000.",
     {("contribution:GBR", 8000.0, 8000.0), ("european_force", 25000.0, 25000.0)}),
    # left alone: an army's strength, a share of it with no figure
    ("Moreover, of the 70,000 soldiers on its books, a fifth cannot be deployed.", set()),
])
def test_a_share_of_the_whole(tmp_path: Path, sentence: str, expected: set[Troop]) -> None:
    assert figures_of(tmp_path, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # misread: the share as a second size of the force
    ("The force of 30,000 troops, of which 10,000 would be French, would stay far from the front.",
     {("contribution:FRA", 10000.0, 10000.0), ("european_force", 30000.0, 30000.0)}),
    ("The force would be 30,000-strong, of which 20,000 would come from Britain.",
     {("contribution:GBR", 20000.0, 20000.0), ("european_force", 30000.0, 30000.0)}),
    # misread: the share lost (no unit word after it)
    ("Planners want to land a 30,000-strong corps (of which 20 thousand are British) with air "
     "cover.", {("contribution:GBR", 20000.0, 20000.0), ("european_force", 30000.0, 30000.0)}),
])
def test_of_which_a_nation(tmp_path: Path, sentence: str, expected: set[Troop]) -> None:
    assert figures_of(tmp_path, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # misread: "up to 60,000" (the lower end lost)
    ("Estimates for the force vary from 4,000 soldiers to as many as 60,000.",
     {("european_force", 4000.0, 60000.0)}),
    # left alone: a range written once, a cut from one figure to another
    ("The force could number anywhere from 10,000 to 30,000 troops.",
     {("european_force", 10000.0, 30000.0)}),
    ("Troop numbers for the force were cut from 100,000 soldiers to about 20,000.",
     {("european_force", 100000.0, 100000.0), ("european_force", 20000.0, 20000.0)}),
])
def test_from_one_figure_to_another(tmp_path: Path, sentence: str, expected: set[Troop]) -> None:
    assert figures_of(tmp_path, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # misread: Russia's own forces
    ("Deterring Russia could require 150,000 troops, experts say.",
     {("european_force", 150000.0, 150000.0)}),
    ("Deterring Russia from attacking again, once the war ends, could require 120,000 troops and "
     "American air cover, analysts say.", {("european_force", 120000.0, 120000.0)}),
    ("Holding Russia back would need 100,000 troops.", {("european_force", 100000.0, 100000.0)}),
    # left alone: Russia's own troops
    ("Russia plans to mobilise 160,000 soldiers this autumn.",
     {("russian_forces", 160000.0, 160000.0)}),
])
def test_the_troops_to_deter_russia(tmp_path: Path, sentence: str, expected: set[Troop]) -> None:
    assert figures_of(tmp_path, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # misread: nothing (the nations named and "other countries" together)
    ("Britain, France and other European countries could deploy tens of thousands of troops.",
     {("european_force", 10000.0, 100000.0)}),
    ("Already under discussion is whether Britain, France, Germany, and other countries will "
     "deploy tens of thousands of troops as peacekeepers.",
     {("european_force", 10000.0, 100000.0)}),
    # misread: nothing (what a deployment would involve)
    ("Macron stressed the value of deploying foreign troops, noting that this could involve "
     "several thousand soldiers.", {("european_force", 3000.0, 9000.0)}),
    # misread: nothing ("a thousand")
    ("Belgium could send a thousand soldiers to the force.", {("contribution:BEL", 1000.0, 1000.0)}),
    # misread: an exact size ("no larger than" is its ceiling)
    ("The force would be no larger than 30,000 troops.", {("european_force", None, 30000.0)}),
    # left alone: unnamed nations each sending a figure
    ("Macron spoke of participating nations each deploying several thousand troops.", set()),
])
def test_others_involve_and_bounds(tmp_path: Path, sentence: str, expected: set[Troop]) -> None:
    assert figures_of(tmp_path, sentence) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: open only (the US requirement after the speaker's name and a time)
    ("The UK and Sweden could consider taking part in the force, officials said. But American "
     "security guarantees are required for this, said British Prime Minister Keir Starmer after "
     "the meeting.", {("GBR", "open"), ("SWE", "open"), ("GBR", "conditional")}),
    ("Britain could consider sending troops to the force, officials said. But American security "
     "guarantees are needed for it, clarified Prime Minister Keir Starmer on Monday.",
     {("GBR", "open"), ("GBR", "conditional")}),
    # misread: open only (the speaker's "we need this American backing")
    ("Macron was open to French troops acting as peacekeepers. \"Many of my European colleagues "
     "are ready to be engaged, but we do need this American backing,\" Macron said.",
     {("FRA", "open"), ("FRA", "conditional")}),
    # left alone: the US backing not needed; another nation's speaker
    ("Britain could consider sending troops to the force, officials said. American backing is "
     "not needed for this, said a Polish minister on Monday.", {("GBR", "open")}),
])
def test_us_backing_required_for_this(tmp_path: Path, body: str,
                                      expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready (the negative adverbial opens the clause, its auxiliary before the nation)
    ("Under no circumstances will Greece send troops, its prime minister said.",
     {("GRC", "declines")}),
    ("At no point would Portugal deploy soldiers to Ukraine, Lisbon said.", {("PRT", "declines")}),
    # misread: declines (two negations)
    ("It is not impossible that Irish soldiers will take part, the Taoiseach said.",
     {("IRL", "open")}),
    # left alone: "under" naming the plan, a plain refusal
    ("Under the plan, Greece will send troops.", {("GRC", "ready")}),
    ("Greece will never send troops to Ukraine.", {("GRC", "declines")}),
])
def test_negations_inverted_and_doubled(tmp_path: Path, body: str,
                                        expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the second nation lost (its verb phrase left out)
    ("France will send troops to the force, Italy will not.",
     {("FRA", "ready"), ("ITA", "declines")}),
    ("Britain is willing to send troops, but Germany isn't.",
     {("GBR", "ready"), ("DEU", "declines")}),
    ("Denmark is ready to send troops to Ukraine, whereas Norway is not.",
     {("DNK", "ready"), ("NOR", "declines")}),
    ("Poland has ruled out sending troops; Germany has not.",
     {("POL", "declines"), ("DEU", "open")}),
    ("France will send troops to the force. Italy will not.",
     {("FRA", "ready"), ("ITA", "declines")}),
    ("Poland will not send troops to Ukraine. Nor will Spain.",
     {("POL", "declines"), ("ESP", "declines")}),
    ("Poland has ruled out sending troops. Hungary has too.",
     {("POL", "declines"), ("HUN", "declines")}),
    # left alone: a verb phrase of its own follows; no nation; the adversary
    ("Britain has spoken of sending up to 10,000 troops. France has not given a number.",
     {("GBR", "ready")}),
    ("France will send troops to the force, and it is not alone.", {("FRA", "ready")}),
    ("Britain is ready to send troops. Russia is not.", {("GBR", "ready")}),
])
def test_a_position_told_by_its_auxiliary(tmp_path: Path, body: str,
                                          expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the condition before the offer lost
    ("If the Bundestag agrees, Germany will send troops.",
     {("DEU", "ready"), ("DEU", "conditional")}),
    ("Should Washington provide a security backstop, Britain would deploy troops.",
     {("GBR", "ready"), ("GBR", "conditional")}),
    ("Provided Washington offers a backstop, Britain would send troops.",
     {("GBR", "ready"), ("GBR", "conditional")}),
    ("With a UN mandate, Ireland could send peacekeepers.", {("IRL", "open"), ("IRL", "conditional")}),
    ("Subject to parliamentary approval, the Netherlands could contribute troops.",
     {("NLD", "open"), ("NLD", "conditional")}),
    # left alone: an opening phrase that names no condition
    ("With the war winding down, Britain would send troops.", {("GBR", "ready")}),
    ("With its army stretched, France would still send troops.", {("FRA", "ready")}),
])
def test_a_condition_opening_the_sentence(tmp_path: Path, body: str,
                                          expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the answer's bare words)
    ("Asked whether Poland would send troops, Tusk said: \"No.\"", {("POL", "declines")}),
    ("Asked whether Poland would send troops, Tusk replied that it would not.",
     {("POL", "declines")}),
    ("Asked whether France would send troops, Macron said yes.", {("FRA", "ready")}),
    # left alone: a negated question's "no"; a question about the talks
    ("Asked whether there would be no German soldiers in Ukraine, he replied: \"No, I did not "
     "say that.\"", set()),
    ("Asked whether Poland would host the talks, Tusk said yes.", set()),
])
def test_an_answer_in_bare_words(tmp_path: Path, body: str,
                                 expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the "he" of the quote is the leader the sentence before opens with)
    ("Store visited Kyiv on Tuesday. \"We will not send soldiers,\" he told reporters.",
     {("NOR", "declines")}),
    ("Kristersson met Starmer in London. \"We could contribute troops,\" he said.",
     {("SWE", "open")}),
    ("Norway's prime minister spoke in Kyiv on Tuesday. \"We will not send soldiers,\" he said.",
     {("NOR", "declines")}),
    ("Belgium's defence minister visited Kyiv last week. He said his country was ready to "
     "contribute a few hundred soldiers.", {("BEL", "ready")}),
    ("Tusk met Macron in Nancy on Friday. His government will not send soldiers to Ukraine.",
     {("POL", "declines")}),
    # left alone: a capital opening the sentence before is nobody's "he"
    ("Moscow has warned against any deployment. \"We will not send soldiers,\" he said.", set()),
    # misread: declines (a unit's size refused, the presence kept)
    ("Belgium is ready to send several hundred soldiers, Francken said on Tuesday. Francken "
     "spoke to broadcaster VRT. \"We will not send a brigade, but we will be there,\" he said.",
     {("BEL", "ready")}),
])
def test_the_speaker_the_sentence_before_opens_with(tmp_path: Path, body: str,
                                                    expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, body) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # misread: the whole force's (a nation's share noun before the verb of being)
    ("The British share of the force would be up to 10,000 troops.",
     {("contribution:GBR", None, 10000.0)}),
    ("France's part in the force would be roughly 10,000 troops.",
     {("contribution:FRA", 10000.0, 10000.0)}),
    # misread: exactly 10,000 each (the matcher's span opened with "up to")
    ("Britain and France, which would each contribute up to 10,000 troops, lead the coalition.",
     {("contribution:GBR", None, 10000.0), ("contribution:FRA", None, 10000.0)}),
    # misread: exactly 30,000
    ("The force would need to be larger than 30,000 troops to be credible.",
     {("european_force", 30000.0, None)}),
    # misread: Ukraine's own forces
    ("Ukrainian officials want between 100,000 and 150,000 soldiers from the coalition.",
     {("ukraine_request", 100000.0, 150000.0)}),
    # misread: nothing (the passive's subject names the size; "the planned force")
    ("The size of the force is estimated at 20,000.", {("european_force", 20000.0, 20000.0)}),
    ("The planned force is expected to total 20,000.", {("european_force", 20000.0, 20000.0)}),
    # left alone: a cost estimated at a figure; a nation's contribution noun
    ("The cost of the force is estimated at 20,000 per soldier a year.", set()),
    ("The British contribution would be about 10,000 troops.",
     {("contribution:GBR", 10000.0, 10000.0)}),
])
def test_shares_bounds_and_passive_sizes(tmp_path: Path, sentence: str,
                                          expected: set[Troop]) -> None:
    assert figures_of(tmp_path, sentence) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the nation's stance (an outsider's unnamed official speaks of it)
    ("A US official said France was ready to send troops to Ukraine.", set()),
    ("A senior American official told reporters that Britain and France were prepared to deploy "
     "forces.", set()),
    ("Ukrainian officials said they hoped Italy would send troops.", set()),
    # left alone: the nation's own official; an alliance's official reporting what nations
    # signalled (the annotators keep it)
    ("A French official said France was ready to send troops to Ukraine.", {("FRA", "ready")}),
    ("Eleven countries, among them Norway and Belgium, have signalled they are open to sending "
     "troops, a NATO official told reporters.", {("NOR", "open"), ("BEL", "open")}),
])
def test_an_outsiders_official_speaks_of_a_nation(tmp_path: Path, body: str,
                                                  expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a headline's idioms)
    ("Merz opens door to German troops in Ukraine", {("DEU", "open")}),
    ("Merz shuts door on German troops in Ukraine", {("DEU", "declines")}),
    ("Poland says no to troops for Ukraine", {("POL", "declines")}),
    ("Poland: no troops for Ukraine", {("POL", "declines")}),
    # left alone: a door kept open; "says no" to something else
    ("Germany has not closed the door on sending troops.", {("DEU", "open")}),
    ("Poland says no to the EU budget plan.", set()),
])
def test_headline_idioms(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a bare title for the leader the sentence before opens with)
    ("Merz was asked about the force in Berlin. The chancellor said it was too early to talk "
     "about sending soldiers.", {("DEU", "undecided")}),
    ("Starmer hosted the meeting at Lancaster House. The prime minister said he was ready to put "
     "troops on the ground.", {("GBR", "ready")}),
])
def test_a_bare_title_after_its_leader(tmp_path: Path, body: str,
                                       expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the earlier position kept beside the one held now
    ("Germany, which had ruled out sending troops, now says it is ready to contribute.",
     {("DEU", "ready")}),
    ("Italy, which had initially signalled it could send troops, has now ruled out a deployment.",
     {("ITA", "declines")}),
    ("Sweden, previously reluctant, is now considering sending troops.", {("SWE", "open")}),
    # left alone: two nations, one before "now"
    ("Poland has ruled out sending troops, while Germany is now considering it.",
     {("POL", "declines"), ("DEU", "open")}),
])
def test_the_position_held_now(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, body) == expected


def test_a_table_written_as_labelled_sentences(tmp_path: Path) -> None:
    # misread: nothing (a label longer than one word, with no sentence on troops before it)
    body = ("This is where each country stands on the force, as far as their governments have "
            "said in public. Willing to deploy ground troops: Sweden, Denmark, Belgium. "
            "Considering it: Norway, Finland. No decision yet: Germany, Ireland. Ruled out: "
            "Poland, Hungary. The list will be updated as the positions of governments change.")
    assert stances_in(tmp_path, body) == {
        ("SWE", "ready"), ("DNK", "ready"), ("BEL", "ready"), ("NOR", "open"), ("FIN", "open"),
        ("DEU", "undecided"), ("IRL", "undecided"), ("POL", "declines"), ("HUN", "declines")}


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the second nation lost (its position told as "the same", "similar", "this camp")
    ("Britain has said it would contribute troops, and France has said the same.",
     {("GBR", "ready"), ("FRA", "ready")}),
    ("Lithuania is ready to send troops. Latvia and Estonia have expressed similar readiness.",
     {("LTU", "ready"), ("LVA", "ready"), ("EST", "ready")}),
    ("Greece and Cyprus have ruled out sending troops. Bulgaria and Romania have taken a similar "
     "position, citing their own defence needs.",
     {("GRC", "declines"), ("CYP", "declines"), ("BGR", "declines"), ("ROU", "declines")}),
    ("Britain and France are ready to send troops. Sweden, Denmark and Estonia are also in this "
     "camp.", {("GBR", "ready"), ("FRA", "ready"), ("SWE", "ready"), ("DNK", "ready"),
              ("EST", "ready")}),
    # left alone: what the follower gives is named
    ("Denmark will send troops to Ukraine. Canada followed suit, pledging surveillance aircraft.",
     {("DNK", "ready")}),
])
def test_a_position_told_as_the_same(tmp_path: Path, body: str,
                                     expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready for each (a negative quantifier as the subject)
    ("Germany, Poland and Italy are the notable holdouts: none plans to send soldiers into "
     "Ukraine itself.", {("DEU", "declines"), ("POL", "declines"), ("ITA", "declines")}),
    # misread: ready (a modal of possibility before "only")
    ("Ireland's Tanaiste said Irish troops could only take part in a mission with a UN mandate.",
     {("IRL", "open"), ("IRL", "conditional")}),
    # misread: Sweden only (a list after "So do")
    ("Denmark says it is willing to send troops. So do Sweden and Lithuania, with caveats.",
     {("DNK", "ready"), ("SWE", "ready"), ("LTU", "ready")}),
    # misread: the nation's stance (a party's or an embassy's voice)
    ("The opposition ANO party of Andrej Babis, which leads in the polls, has said it would not "
     "send Czech soldiers.", set()),
    ("Sumar, the junior coalition partner, said it would oppose any deployment of Spanish "
     "soldiers.", set()),
    ("Reform UK leader Nigel Farage said he opposed sending troops.", set()),
    ("Russia's embassy in Canberra said such a deployment would be unacceptable.", set()),
    # left alone: the government's own party; the prime minister
    ("Prime Minister Tusk, whose party won the vote, said Poland would not send troops.",
     {("POL", "declines")}),
])
def test_quantifiers_modals_lists_and_party_voices(tmp_path: Path, body: str,
                                                   expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, body) == expected


def test_the_multinational_force_ukraine_is_the_force(tmp_path: Path) -> None:
    from reassure.evidence._claims import _names_the_force

    # misread in a full wire report (64,000 as Ukraine's own forces): "Ukraine" after the force
    # noun is the force's name; the rule itself failed on the start
    assert _names_the_force("the proposed multinational force ukraine from".split(), 4, 5)
    assert not _names_the_force("the army of ukraine has".split(), 3, 4)
    sentence = ("LONDON, Sept 2 (Reuters) - European planners have scaled back the proposed "
                "Multinational Force Ukraine from an initial 64,000 troops to around 25,000.")
    assert figures_of(tmp_path, sentence) >= {("european_force", 64000.0, 64000.0)}


@pytest.mark.parametrize(("sentence", "expected"), [
    # misread: nothing
    ("Volodymyr Zelensky has put the number at 200,000.", {("ukraine_request", 200000.0, 200000.0)}),
    ("Ukraine's request for 200,000, meanwhile, has been quietly dropped.",
     {("ukraine_request", 200000.0, 200000.0)}),
    ("Defence analysts estimate the whole multinational force would number 15,000 to 25,000.",
     {("european_force", 15000.0, 25000.0)}),
    # left alone: a whole army's size
    ("The whole army numbers 180,000 soldiers.", set()),
])
def test_requests_and_the_whole_force(tmp_path: Path, sentence: str, expected: set[Troop]) -> None:
    assert figures_of(tmp_path, sentence) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the condition lost
    ("Belgium, Denmark and Sweden have signalled willingness to send troops, but each says "
     "parliament must approve.", {("BEL", "ready"), ("DNK", "ready"), ("SWE", "ready"),
                                  ("BEL", "conditional"), ("DNK", "conditional"),
                                  ("SWE", "conditional")}),
    ("The Dutch cabinet intends to contribute troops, Prime Minister Dick Schoof said, but a "
     "majority in the House of Representatives will have to approve any deployment.",
     {("NLD", "ready"), ("NLD", "conditional")}),
    ("Starmer said he was ready to consider putting British troops on the ground in Ukraine, but "
     "that a U.S. security guarantee would be essential to deter Russia.",
     {("GBR", "open"), ("GBR", "conditional")}),
    ("Tajani said that Italy could participate only in a mission under the flag of the United "
     "Nations.", {("ITA", "open"), ("ITA", "conditional")}),
    ("Portugal is ready to send troops. The participation of Portuguese military will depend, "
     "however, on the approval of the Assembly of the Republic.",
     {("PRT", "ready"), ("PRT", "conditional")}),
])
def test_requirements_after_the_offer(tmp_path: Path, body: str,
                                      expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, body) == expected


def test_another_nations_only_clause_is_not_the_first_ones(tmp_path: Path) -> None:
    found = stances_in(tmp_path, "Britain is ready, Germany is undecided, Poland has ruled it out "
                                 "and Italy would only take part under a United Nations mandate - "
                                 "that, in short, is where the big players stood on troops.")
    assert ("GBR", "ready") in found and ("GBR", "conditional") not in found


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the object is taking part, in a passage on sending troops)
    ("European leaders discussed sending troops to Ukraine after a ceasefire. Finnish President "
     "Alexander Stubb told reporters that Helsinki was \"open\" to a contribution, but that it had "
     "a long border with Russia to defend.", {("FIN", "open")}),
    ("European leaders discussed sending troops to Ukraine after a ceasefire. Slovakia's Robert "
     "Fico, however, ruled out any Slovak participation.", {("SVK", "declines")}),
    ("European leaders discussed sending troops to Ukraine after a ceasefire. The Netherlands and "
     "Luxembourg have not yet taken a decision on their participation.",
     {("NLD", "undecided"), ("LUX", "undecided")}),
    # left alone: a record of other missions
    ("Neutral Austria participates in several peacekeeping missions, the largest in Bosnia.",
     set()),
])
def test_taking_part_as_the_object(tmp_path: Path, body: str,
                                   expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: undecided beside the offer (a detail of the sending left open)
    ("Latvia is ready to send troops. Defence Minister Andris Spruds said the government had not "
     "yet decided where the troops would be based.", {("LVA", "ready")}),
    ("Lithuania is ready to send troops. The defence minister said the government had not decided "
     "yet how many soldiers to send.", {("LTU", "ready")}),
    # misread: ready (a record of another mission)
    ("Turkey contributed about 1,800 troops to ISAF in Afghanistan.", set()),
    # left alone: the sending itself undecided; an exercise beside an offer
    ("Germany has not yet decided whether to send troops.", {("DEU", "undecided")}),
    ("Norway is ready to send troops and provided the trucks for the exercise.", {("NOR", "ready")}),
])
def test_details_and_records(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, body) == expected


def test_a_fact_checks_claim_line_is_no_claim(tmp_path: Path) -> None:
    # misread: Italy ready and 5,000 Italian troops (the claim the check calls false)
    (tmp_path / "r.txt").write_text(
        "Fact check: did Italy commit troops?\nNorthwire, 3 March 2025\n\nClaim: A viral post says "
        "Italy has committed 5,000 troops to the force in Ukraine.\n\nVerdict: False. Italy has "
        "ruled out sending troops to Ukraine, its government said.\n", encoding="utf-8")
    ledger = build_ledger([tmp_path / "r.txt"], jobs=1)
    assert {(s.actor, s.stance) for s in ledger.stances} == {("ITA", "declines")}
    assert not [c for c in ledger.claims if c.unit == "troops"]


def test_rows_of_a_newsletter(tmp_path: Path) -> None:
    # misread: Portugal declines ("has not ruled it out"); Greece nothing ("no.")
    body = ("Good morning. A quick round-up of where the capitals stand on sending troops:\n"
            "- Austria: neutral; Vienna says it has no plans to send soldiers.\n"
            "- Portugal: has not ruled it out.\n"
            "- Greece: no. Athens says its forces are needed at home.\n")
    found = stances_in(tmp_path, body)
    assert {("PRT", "open"), ("GRC", "declines"), ("AUT", "declines")} <= found
    assert ("PRT", "declines") not in found


def test_an_interviews_we_is_the_nation_its_questions_name(tmp_path: Path) -> None:
    # misread: nothing (the answer's "we" tied to no one)
    (tmp_path / "r.txt").write_text(
        "The defence minister on the reassurance force\nRadio Noord, 14 March 2025\n\n"
        "Q: Minister, will the Netherlands send soldiers to Ukraine after a ceasefire?\n"
        "A: We are prepared to contribute, yes. But we need an American backstop.\n"
        "Q: And Germany?\nA: Berlin has told us it is too early to talk about German troops.\n",
        encoding="utf-8")
    found = {(s.actor, s.stance) for s in build_ledger([tmp_path / "r.txt"], jobs=1,
                                                       stance_check=False).stances}
    assert {("NLD", "ready"), ("NLD", "conditional"), ("DEU", "undecided")} <= found


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing ("take part" with no object, in a passage on sending troops)
    ("European leaders discussed sending troops to Ukraine after a ceasefire. Japanese officials "
     "said Japan would not take part because of constitutional limits.", {("JPN", "declines")}),
    ("European leaders discussed sending troops to Ukraine after a ceasefire. Ireland could take "
     "part only with a UN mandate.", {("IRL", "open"), ("IRL", "conditional")}),
    # left alone: taking part in the talks
    ("The summit took place in Paris. Italy would take part in the talks.", {("ITA", "talks")}),
])
def test_taking_part_with_no_object(tmp_path: Path, body: str,
                                    expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, body) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # read after the held-out own-words sets were scored (the head's two new errors there):
    # the nation's own contingent before "comprise"; a request scaled back
    ("He said the French contingent would comprise up to 6,000 soldiers.",
     {("contribution:FRA", None, 6000.0)}),
    ("By the spring, Kyiv had scaled its demand back to about 100,000, officials said.",
     {("ukraine_request", 100000.0, 100000.0)}),
    # "at least" before another figure is that figure's
    ("The coalition would station 30,000 soldiers at least 100 kilometres from the front.",
     {("european_force", 30000.0, 30000.0)}),
    ("Planning assumes a force of 25,000 at most.", {("european_force", None, 25000.0)}),
])
def test_after_the_held_out_sets(tmp_path: Path, sentence: str, expected: set[Troop]) -> None:
    assert figures_of(tmp_path, sentence) == expected


def test_a_leader_at_a_party_congress_speaks_for_the_government(tmp_path: Path) -> None:
    assert stances_in(tmp_path, "At his party's congress on Saturday, Tusk said Poland would not "
                                "send troops.") == {("POL", "declines")}


def test_a_speech_tag_between_the_nation_and_its_verb(tmp_path: Path) -> None:
    # misread: nothing (", he said," between the nation and "has not ruled out a contribution")
    assert ("DEU", "open") in stances_in(
        tmp_path, "European leaders discussed sending troops to Ukraine after a ceasefire. "
                  "Germany, he said, has not ruled out a contribution, but will decide in due course.")
