"""Session 62: readings from the own-words tuning sets' troop-size misses and two errors left
from session 61 — a nation's contingent that "may consist of" a size; a bare figure that would
be needed, talked of ("the 64,000 floated by"), asked for, or compared as a range; Ukraine's
request spoken of or put in a headline; a range compared with Ukraine's figure (his is the other
one); a force that "could number several thousand"; "N at most"; troops "we" send, the
speaker's nation's; the US's backing said NOT to be needed (no condition); a spokesman for a
named leader speaking for that leader's nation. In the project's
own words; each case marked "misread" failed on the session start (656df4f); the others pin
what the new readings must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import figures_in_nine, troop_figures
from evidence_claim_helpers import scored_stances_in as scored


@pytest.mark.parametrize(("sentence", "expected"), [
    # misread: the whole force's (the nation's adjective before "contingent", then "consist of")
    ("Paris said the French contingent may consist of several thousand soldiers.",
     {("contribution:FRA", 3000.0, 9000.0)}),
    # misread: the force's (the place after the contingent, "for Ukraine", hid the nation)
    ("Analysts in Berlin estimate that a German contingent for Ukraine could comprise between "
     "3,000 and 5,000 soldiers.", {("contribution:DEU", 3000.0, 5000.0)}),
    # left alone: the whole force consisting of a size stays the force's
    ("The reassurance force would consist of 25,000 troops, officials said.",
     {("european_force", 25000.0, 25000.0)}),
])
def test_a_nations_contingent_consisting_of(tmp_path: Path, sentence: str,
                                            expected: set[tuple[str, float, float]]) -> None:
    assert troop_figures(tmp_path, sentence) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a bare figure talked of, after "the")
    ("Planners sized the reassurance force many times. Estimates of it ranged from the 64,000 "
     "floated by British staff officers to fewer than 10,000.",
     {("european_force", 64000.0, 64000.0), ("european_force", None, 10000.0)}),
    ("Ministers now expect about 15,000 troops for the reassurance force, far below the 25,000 "
     "to 30,000 first discussed in 2025.",
     {("european_force", 15000.0, 15000.0), ("european_force", 25000.0, 30000.0)}),
    # misread: nothing (a bare figure that would be needed, the force's words around it)
    ("The reassurance force would have to be large. At least 100,000 would be needed to deter "
     "Russia, several generals argue.", {("european_force", 100000.0, None)}),
    # misread: the force's (Ukraine's leader speaking of his figure)
    ("The reassurance force on the table is small. Volodymyr Zelensky has spoken of 200,000.",
     {("ukraine_request", 200000.0, 200000.0)}),
    # misread: the compared figure read alone, without the rest of its range
    ("Pledges to the force add up to fewer than 15,000 troops, well short of the 25,000 to 30,000 "
     "that planners call the minimum.",
     {("european_force", None, 15000.0), ("european_force", 25000.0, 30000.0)}),
    # misread: Ukraine's request (his speech is about the other figure, after it)
    ("Diplomats have spoken of a force of between 10,000 and 30,000 troops, well below the "
     "200,000 foreign soldiers that President Volodymyr Zelensky once said would be needed.",
     {("european_force", 10000.0, 30000.0), ("ukraine_request", 200000.0, 200000.0)}),
    # misread: nothing (several thousand after the verb of being, no unit word)
    ("French officials said the force could number several thousand at first.",
     {("european_force", 3000.0, 9000.0)}),
    # misread: an exact figure ("at most" after it: a ceiling)
    ("The talk in Whitehall about the reassurance force is of 25,000 at most, and even that looks "
     "ambitious.", {("european_force", None, 25000.0)}),
    ("Britain could send 10,000 troops at the most to the reassurance force.",
     {("contribution:GBR", None, 10000.0)}),
    # misread: France's (another mission's size, in the Sahel)
    ("France is ready to send troops to the reassurance force. France deployed some 5,100 troops "
     "at the height of its Barkhane operation in the Sahel.", set()),
    # left alone: money that would be needed, a figure reported of something else
    ("The reassurance force will be expensive: $100,000 would be needed for each base.", set()),
    ("The force will cost more than the 2,000 reported last year.", set()),
    ("The committee would number several thousand members.", set()),
])
def test_bare_figures_of_the_force(tmp_path: Path, body: str,
                                   expected: set[tuple[str, float | None, float | None]]) -> None:
    assert troop_figures(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing ("we" sending, the speaker named after or before the quote)
    ('"We are ready to send 5,000 troops," Macron said.', {("contribution:FRA", 5000.0, 5000.0)}),
    ('Macron said: "We are ready to send 5,000 troops to Ukraine."',
     {("contribution:FRA", 5000.0, 5000.0)}),
    ('"We could send up to 10,000 soldiers," said British Prime Minister Keir Starmer.',
     {("contribution:GBR", None, 10000.0)}),
    ('"We are ready to send a unit of 120 to 150 troops, and more if needed," Nausėda said.',
     {("contribution:LTU", 120.0, 150.0)}),
    # misread: nothing (Ukraine named before "with" is the place, not an army's owner)
    ("France is preparing to provide the largest contingent of a future multinational force for "
     "Ukraine, with between 5,000 and 10,000 soldiers, officials said.",
     {("contribution:FRA", 5000.0, 10000.0)}),
    # misread: nothing (a nation's contribution sized by a verb of being, no unit word)
    ("The British contribution could reach 10,000.", {("contribution:GBR", 10000.0, 10000.0)}),
    # misread: the nation's (its whole army, which a part is taken from, or "which has")
    ("Italy will not send any of its 165,000 soldiers.", set()),
    ("Poland, which has 200,000 soldiers, will not send any of them to Ukraine.", set()),
    # left alone: the part taken from the whole
    ("Britain could send 10,000 of its 73,000 soldiers.", {("contribution:GBR", 10000.0, 10000.0)}),
    # left alone: a Ukrainian speaker's "we" (no contribution), a nation's army "with" its size
    ('"We need at least 200,000 troops," Zelensky said.', {("ukraine_request", 200000.0, None)}),
    ("Poland, with 200,000 soldiers, has the strongest army in the region.", set()),
])
def test_the_speakers_own_troops(tmp_path: Path, body: str,
                                 expected: set[tuple[str, float | None, float | None]]) -> None:
    assert troop_figures(tmp_path, body) == expected


def test_a_headline_of_ukraines_request(tmp_path: Path) -> None:
    """misread: the force's ("Zelensky: ..." is his own figure, a request)."""
    (tmp_path / "r.txt").write_text(
        "Zelensky: foreign contingent must number at least 100,000-150,000\n"
        "Northwire, 3 March 2025\n\nKYIV - The president spoke on Saturday.\n", encoding="utf-8")
    from reassure.evidence import build_ledger
    got = {(c.subject, c.low, c.high) for c in build_ledger([tmp_path / "r.txt"], jobs=1).claims
           if c.unit == "troops"}
    assert got == {("ukraine_request", 100000.0, 150000.0)}


def test_a_needed_figure_in_a_long_report(tmp_path: Path) -> None:
    """The new bare readings inside a nine-sentence report, as the troop-size model sees them."""
    got = figures_in_nine(tmp_path, "Estimates of the reassurance force ranged from the 64,000 "
                                    "floated by British planners to fewer than 10,000.")
    assert ("european_force", 64000.0, 64000.0) in got


@pytest.mark.parametrize(("body", "expected"), [
    # misread: conditional beside ready (the backing said NOT to be needed)
    ("Denmark is ready to send troops to Ukraine, but no US backstop would be needed, "
     "Frederiksen said.", {("DNK", "ready")}),
    ("Macron said France was ready to deploy troops, adding that no American backstop was "
     "needed.", {("FRA", "ready")}),
    ("The Netherlands is prepared to contribute troops, and does not need a US backstop to do "
     "so, Schoof said.", {("NLD", "ready")}),
    # left alone: the backing needed stays a condition
    ("Denmark is ready to send troops to Ukraine, but a US backstop would be needed.",
     {("DNK", "ready"), ("DNK", "conditional")}),
    ("Sweden is willing to send soldiers to the force, but security guarantees from the US would "
     "be needed.", {("SWE", "ready"), ("SWE", "conditional")}),
])
def test_us_backing_said_not_needed(tmp_path: Path, body: str,
                                    expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the spokesman's principal, a named leader, speaks for the nation)
    ('"We are ready to send troops," said a spokesman for President Macron.', {("FRA", "ready")}),
    ("It is too early to talk about sending troops, said a spokesman for President Emmanuel "
     "Macron.", {("FRA", "undecided")}),
    # left alone: the nation named in the quote; a spokesman for an opposition party, for an
    # office of no nation named
    ('"Poland will not send soldiers to Ukraine," said a spokeswoman for Prime Minister Donald '
     'Tusk.', {("POL", "declines")}),
    ("It is too early to talk about sending troops, said a spokesman for the opposition Labour "
     "party.", set()),
    ('"We are ready to send troops," said a spokesman for the alliance.', set()),
])
def test_a_spokesman_for_a_leader(tmp_path: Path, body: str,
                                  expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the hoped-for nation ready, and the hoper's nation too (another's hope or
    # expectation is neither's position)
    ("French Finance Minister Eric Lombard said he hoped Germany would join a European force.",
     set()),
    ("Zelensky said he hoped France would send troops.", set()),
    ("Warsaw expects Berlin to send troops to Ukraine.", set()),
    # left alone: a nation's own hope (open), the nation's own answer after the other's hope
    ("Germany hopes to send troops to Ukraine.", {("DEU", "open")}),
    ("Poland hopes that Germany will send troops, but Germany said it was too early.",
     {("DEU", "undecided")}),
])
def test_another_nations_hope(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready alone (the US's backing needed "for the force", in the sentence after)
    ("Britain is ready to send troops. Starmer insisted that US backing is needed for the force.",
     {("GBR", "ready"), ("GBR", "conditional")}),
    # left alone: no nation's offer before it
    ("European leaders insist that US backing is needed for any reassurance force.", set()),
])
def test_us_backing_needed_for_the_force(tmp_path: Path, body: str,
                                         expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (aircraft offered as part of the force: a contribution to it, §5's
    # ruling on air and naval offers)
    ("Sweden will contribute fighter jets to air policing over Ukraine as part of the "
     "Multinational Force Ukraine.", {("SWE", "ready")}),
    # left alone: aircraft for Ukraine's own forces or aid, an air patrol with no frame
    ("Denmark will send F-16 jets to Ukraine as part of its military aid package.", set()),
    ("Britain is considering sending Typhoon fighter jets to Ukraine to carry out an air patrol "
     "mission.", set()),
])
def test_air_and_naval_offers_as_part_of_the_force(tmp_path: Path, body: str,
                                                   expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a decision on its own part put off until later)
    ("German Chancellor Friedrich Merz said Germany would decide on its military contribution "
     '"at the appropriate time".', {("DEU", "undecided")}),
    ("Merz said that Berlin will take a decision about its contribution when the conditions of "
     "the ceasefire are known.", {("DEU", "undecided")}),
    # misread: open (the question left open is no openness)
    ("Merz said Germany could station forces on neighbouring NATO territory, but left open "
     "whether German soldiers would go into Ukraine itself.", {("DEU", "undecided")}),
    # misread: a refusal ("excludes nothing" keeps every option)
    ("Sweden excludes nothing when it comes to sending troops.", {("SWE", "open")}),
    # left alone: how much is decided later (it will send), another topic's decision
    ("France will make a final decision on the size of its contribution next week.", set()),
    ("The government will take a decision on tax reform when parliament returns.", set()),
    ("The minister left open whether taxes would rise.", set()),
])
def test_decisions_put_off_and_questions_left_open(tmp_path: Path, body: str,
                                                   expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the speaker's offer (another nation is to offer: "for Washington to offer")
    ('Macron said Trump had "good reason" to re-engage with Russian President Vladimir Putin, '
     'but said it was critical for Washington to offer "backup" for any European peacekeeping '
     "force.", set()),
    # misread: open (a former officer speaks for no government)
    ("China could send peacekeeping troops to Ukraine, a former Chinese colonel has suggested.",
     set()),
    # left alone: the speaker's own offer beside another's; a serving leader described as former
    # something
    ("Britain is ready to send troops, and it is important for France to do the same, Starmer "
     "said.", {("GBR", "ready")}),
    ("Britain is ready to send troops, said Starmer, the former director of public prosecutions.",
     {("GBR", "ready")}),
])
def test_others_acts_and_former_officials(tmp_path: Path, body: str,
                                          expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a nation or its troops the subject of the force's own operations)
    ("British troops would engage in deterrent operations in Ukraine.", {("GBR", "ready")}),
    ("French troops will carry out reassurance operations in Ukraine, Macron said.",
     {("FRA", "ready")}),
    ("The UK will carry out reassurance operations in Ukraine.", {("GBR", "ready")}),
    # left alone: talks, strikes, reforms
    ("Britain will conduct talks with France next week.", set()),
    ("Britain will carry out reforms to its army.", set()),
])
def test_the_forces_operations_carried_out(tmp_path: Path, body: str,
                                           expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the report's offer beside the denial (a report the government denies offers
    # nothing; the denial is its refusal, as sessions 13 and 48 read it)
    ("China rejects report claiming it is willing to participate in peacekeeping force in "
     "Ukraine.", {("CHN", "rejects")}),
    # left alone: the denial governing the offer is a refusal
    ("Norway denied reports that it was ready to send troops to Ukraine.", {("NOR", "declines")}),
])
def test_a_report_the_government_denies(tmp_path: Path, body: str,
                                        expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: two single figures, or nothing ("20k-30k" is one token)
    ("The coalition discussed a force of between 20k and 30k troops.",
     {("european_force", 20000.0, 30000.0)}),
    ("The coalition discussed a force of 20k-30k troops.", {("european_force", 20000.0, 30000.0)}),
    # misread: the force's (Ukraine's leader saying what the force should be: his request)
    ("Zelensky spoke in Kyiv. Later he said the force should be at least 110,000, a figure he "
     "described as a floor.", {("ukraine_request", 110000.0, None)}),
    # left alone: another leader's "should" stays the force's size
    ("Macron spoke in Paris. Later he said the force should be at least 30,000.",
     {("european_force", 30000.0, None)}),
])
def test_kilo_ranges_and_what_the_force_should_be(tmp_path: Path, body: str,
                                                  expected: set[tuple[str, float | None, float | None]]
                                                  ) -> None:
    assert troop_figures(tmp_path, body) == expected
