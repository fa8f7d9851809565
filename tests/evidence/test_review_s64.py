"""Session 64: readings from the own-words tuning sets' misses — a nation's share said with a
hedge or a possessive, a unit's size after "a brigade of", a figure suggested for a named
contribution, "the government" of a report on one nation, an option a brief lists; "too early
to discuss numbers or even whether" troops go, an interview printed without "Q:" and "A:", a
condition fronted with "Without", "let alone send", a refusal said as a noun. In the project's
own words; each case marked "misread" failed on the session start (e29023f); the others pin
what the new readings must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import scored_stances_in as scored
from evidence_claim_helpers import troop_figures


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a hedge between the verb and the figure; a possessive nation)
    ("The UK share would be perhaps 7,000.", {("contribution:GBR", 7000.0, 7000.0)}),
    ("The land component would number 12,000 troops. Britain's share of it would be roughly "
     "5,000.", {("european_force", 12000.0, 12000.0), ("contribution:GBR", 5000.0, 5000.0)}),
    # misread: nothing (a unit's size after "a brigade of", "a company of")
    ("Analysts in Berlin think a German contribution could amount to up to a brigade of 4,000.",
     {("contribution:DEU", None, 4000.0)}),
    ("Latvia will contribute a reinforced company of 200 to 250.",
     {("contribution:LVA", 200.0, 250.0)}),
    ("Estonia is ready to send an infantry company of about 150.",
     {("contribution:EST", 150.0, 150.0)}),
    # misread: exactly 4,000 ("up to" stands before the unit, not the figure)
    ("The German contribution could be up to one brigade with 4.000 soldiers.",
     {("contribution:DEU", None, 4000.0)}),
    # misread: nothing (a figure suggested for the contribution the clause before names)
    ("Copenhagen gave no figure for the Danish contribution; reports suggested up to 800.",
     {("contribution:DNK", None, 800.0)}),
    # left alone: no troops (a firm's staff, another nation's division)
    ("The company of 1,200 employees makes drones for the army.", set()),
    ("Russia has massed a division of 10,000 near the border.", set()),
    # misread: Britain's 900 (troops already in another ally)
    ("MPs asked how the army could sustain a force in Ukraine beside the 900 British troops "
     "already in Estonia.", set()),
])
def test_shares_units_and_suggested_figures(tmp_path: Path, body: str,
                                            expected: set[tuple[str, float, float]]) -> None:
    assert troop_figures(tmp_path, body) == expected


def test_the_government_of_a_report_on_one_nation(tmp_path: Path) -> None:
    # misread: nothing (no nation in the sentence nor in the one before)
    body = ("Denmark's defence minister told the Folketing that the country is prepared to send "
            "soldiers to a force in Ukraine. Any deployment needs a parliamentary resolution.\n\n"
            "The minister said the government was planning a contribution of up to 400 soldiers.")
    assert ("contribution:DNK", None, 400.0) in troop_figures(tmp_path, body)
    # left alone: a report naming two nations gives "the government" to neither
    two = body.replace("soldiers to a force in Ukraine.",
                       "soldiers to a force in Ukraine, as Norway is.")
    assert not any(s.startswith("contribution:") for s, _, _ in troop_figures(tmp_path, two))


def test_an_option_a_brief_lists(tmp_path: Path) -> None:
    # misread: nothing (the figure opens the text after an option's label)
    body = ("European governments are planning a force to reassure Ukraine after a ceasefire, "
            "but have not agreed what it is for. This brief sets out three models for the land "
            'component.\n\nOption 1 - "Guard": 5,000-10,000 troops based around Kyiv and Odesa, '
            "guarding power plants and signalling commitment. Cheap, but with little weight.\n\n"
            'Option 2 - "Shield": 25,000-30,000 troops in brigade-sized formations west of the '
            "Dnipro. The most plausible model.")
    assert troop_figures(tmp_path, body) == {("european_force", 5000.0, 10000.0),
                                            ("european_force", 25000.0, 30000.0)}


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (numbers named first: read as the details alone)
    ("Pistorius called it too early to discuss numbers or even whether German troops would be "
     "on the ground.", {("DEU", "undecided")}),
    ('Merz said it is "too early" to discuss about numbers or even about whether German '
     "soldiers will be on the ground.", {("DEU", "undecided")}),
    # misread: a refusal only (the condition fronted with "Without"; "but not without")
    ("Without a US backstop, the Netherlands will not send troops, Brekelmans said.",
     {("NLD", "conditional"), ("NLD", "ready")}),
    ("The Netherlands is prepared to send troops, but not without an American backstop.",
     {("NLD", "conditional"), ("NLD", "ready")}),
    ("Brekelmans said the Netherlands was prepared to contribute troops, but without an "
     "American backstop there would be no Dutch deployment.",
     {("NLD", "conditional"), ("NLD", "ready")}),
    # misread: nothing ("let alone send")
    ("Hungary will not even allow weapons to transit its territory, let alone send troops to "
     "Ukraine.", {("HUN", "declines")}),
    # misread: ready (a refusal said as a noun)
    ("Orban issued a firm rejection of any notion of sending troops to Ukraine.",
     {("HUN", "declines")}),
    # left alone: the details alone, and a refusal kept without a condition
    ("Pistorius said it was too early to discuss the numbers of the German contribution.", set()),
    ("The Netherlands will not send troops, with or without a US backstop.", {("NLD", "declines")}),
    # misread: France ready (the author of a message holds no stance in its echo)
    ("Fico echoed Macron's message by issuing a firm rejection of any notion of sending troops "
     "to Ukraine.", set()),
])
def test_details_conditions_and_refusals(tmp_path: Path, body: str,
                                         expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


def test_an_interview_printed_without_labels(tmp_path: Path) -> None:
    # misread: nothing ("we" in an answer is the nation the question names); the "too early for
    # that" after "numbers" is the numbers', not the sending's
    body = ("The Dutch defence minister spoke to us before the summit.\n\n"
            "Will the Netherlands send troops to a force in Ukraine?\n\n"
            "We are prepared to contribute soldiers, yes.\n\n"
            "Reports say up to 1,000 Dutch soldiers could go. Is that right?\n\n"
            "I won't confirm numbers. It is too early for that.")
    assert scored(tmp_path, body) == {("NLD", "ready")}
    # left alone: one question in an article is no interview
    one = ("Will the Netherlands send troops to a force in Ukraine?\n\n"
           "We are prepared to contribute soldiers, the columnist argues.")
    assert ("NLD", "ready") not in scored(tmp_path, one)


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a possibility told again)
    ("Carney reiterated the possibility of providing Canadian troops.", {("CAN", "open")}),
    ("Carney mentioned possibly providing Canadian troops.", {("CAN", "open")}),
    # misread: Turkey ready (the offer is the report's, which Ankara denies)
    ("A Berlin weekly wrote, citing diplomats, that Turkey had expressed readiness to send "
     "troops to Ukraine. The Turkish foreign ministry denied the reports on Monday.", set()),
    ('A Berlin weekly wrote that Turkey might take part in a peacekeeping mission for Ukraine. '
     'Turkish foreign ministry spokesman Oncu Keceli said "such information is not true."', set()),
    # left alone: a figure denied, the offer kept
    ("The Elysee denied a report that France would commit 20,000 troops to the force, adding "
     "that France remained ready to contribute troops.", {("FRA", "ready")}),
])
def test_possibilities_told_again_and_reports_denied(tmp_path: Path, body: str,
                                                     expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: 10 to 5,000 and an exact 10,000 (thousands set apart by a space in a range)
    ("Paris said France could deploy between 4 000 and 8 000 soldiers.",
     {("contribution:FRA", 4000.0, 8000.0)}),
    # misread: 20 to 30,000 (the "k" of the second figure is the first's too)
    ("Europe plans 20-30k troops for Ukraine, officials say.",
     {("european_force", 20000.0, 30000.0)}),
    # misread: the force's (a share named before an aside)
    ("Analysts in Berlin think the German share, should it come, could be between 6.000 and "
     "9.000 soldiers.", {("contribution:DEU", 6000.0, 9000.0)}),
    # misread: nothing (a share "put at" a figure with a hedge)
    ("European planners are still debating the force. Some estimates put the likely Dutch share "
     "at nearer 1,500.", {("contribution:NLD", 1500.0, 1500.0)}),
    # misread: exactly 20,000 ("top" is a floor)
    ("Officials say the force could top 20,000 troops in its first year.",
     {("european_force", 20000.0, None)}),
    # misread: exactly 100,000, the force's (a floor Ukraine's leader sets)
    ('Zelensky told reporters that a credible force "cannot be smaller than 120,000".',
     {("ukraine_request", 120000.0, None)}),
    # misread: at most 100,000 (fewer than that would not be credible: a floor)
    ("A European contingent of fewer than 90,000 troops would not be credible.",
     {("european_force", 90000.0, None)}),
])
def test_ranges_shares_and_floors(tmp_path: Path, body: str,
                                  expected: set[tuple[str, float, float]]) -> None:
    assert troop_figures(tmp_path, body) == expected


def test_a_tables_troops_column(tmp_path: Path) -> None:
    # misread: nothing (a figure alone in the troops column of a nation's row, a leading bar)
    body = ("Where the coalition's members stand, as of March:\n\n"
            "| Country | Position | Troops |\n|---|---|---|\n"
            "| Britain | Ready to deploy; would lead the land force | up to 9,000 (unconfirmed) |\n"
            "| France | Ready; offers the headquarters | 5,000-8,000 |\n"
            "| Latvia | Ready, Saeima vote needed | up to 120 |\n"
            "| Poland | No troops; logistics hub | 0 |\n\n"
            "The table will be updated as governments decide.")
    assert troop_figures(tmp_path, body) == {("contribution:GBR", None, 9000.0),
                                            ("contribution:FRA", 5000.0, 8000.0),
                                            ("contribution:LVA", None, 120.0)}
    assert {("FRA", "ready"), ("POL", "declines")} <= scored(tmp_path, body)
    # left alone: an army's column is no contribution
    army = body.replace("| Country | Position | Troops |", "| Country | Position | Active army |")
    assert troop_figures(tmp_path, army) == set()


def test_an_options_table(tmp_path: Path) -> None:
    # misread: nothing (each option's troops, the force's)
    body = ("A think tank sets out what a force for Ukraine could look like.\n\n"
            "Option | Role | Troops | Est. annual cost\n"
            'A. "Guard" | Presence in Kyiv and Odesa | 6,000-9,000 | EUR 3 bn\n'
            'B. "Shield" | Key sites and air defence | 20,000-25,000 | EUR 9 bn\n'
            'C. "Deterrent" | Brigades able to fight | 50,000+ | EUR 18 bn')
    assert troop_figures(tmp_path, body) == {("european_force", 6000.0, 9000.0),
                                            ("european_force", 20000.0, 25000.0),
                                            ("european_force", 50000.0, None)}


def test_a_tables_position_cell_before_its_figure(tmp_path: Path) -> None:
    # misread: nothing (the last cell, "no figure", gives no position: the cell before does);
    # "No decision yet" is undecided; "needs parliament's approval" a condition on an opening
    body = ("Where Europe's governments stand on sending troops to a force in Ukraine.\n\n"
            "| Country | Position (as stated) | Troops mentioned |\n|---|---|---|\n"
            "| Belgium | Open to it, awaiting cabinet | no figure |\n"
            "| Netherlands | Considering; needs parliament's approval | no figure |\n"
            "| Germany | No decision yet | - |\n"
            "| Sweden | Has not ruled it out | no figure |\n\n"
            "Figures are as reported.")
    assert scored(tmp_path, body) == {("BEL", "open"), ("NLD", "open"), ("NLD", "conditional"),
                                      ("DEU", "undecided"), ("SWE", "open")}


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready ("not a single" before the nation's soldier; "stay at home")
    ("In Bratislava, Fico has said not a single Slovak soldier will set foot in Ukraine.",
     {("SVK", "declines")}),
    ("The Poles, understandably, say their soldiers will stay at home, facing Belarus.",
     {("POL", "declines")}),
    # misread: nothing (the same in quotes)
    ('Fico said in a video that "not one Slovak soldier" would be sent to Ukraine.',
     {("SVK", "declines")}),
    # misread: a refusal ("will not be found wanting": an offer, negated twice)
    ('The Hague "will not be found wanting" when troops are needed, the minister said.',
     {("NLD", "ready")}),
    # misread: a refusal (none leave without the house's vote: ready, on that condition)
    ('"No French soldier will leave without this Assembly having debated and voted," the '
     "minister added.", {("FRA", "conditional"), ("FRA", "ready")}),
    # misread: nothing (the holder's troops, then a quoted hedge)
    ('Kristersson said Swedish troops "could well be part of it".', {("SWE", "open")}),
    # misread: ready (the troops stay in their own country)
    ("Tusk said Polish soldiers would stay in Poland to guard the border.", {("POL", "declines")}),
    # left alone: a refusal stays one
    ("No Polish soldier will go to Ukraine, Tusk said.", {("POL", "declines")}),
])
def test_refusals_and_offers_said_in_idioms(tmp_path: Path, body: str,
                                             expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


def test_a_trackers_will_send_and_no_cells(tmp_path: Path) -> None:
    # misread: Italy open ("No | Has ruled out": the bar ends the negation's reach); nothing
    # for "Will send"
    body = ("Where Europe's governments stand on sending troops to a force in Ukraine.\n\n"
            "| Country | Position on own troops | What has been said |\n|---|---|---|\n"
            "| United Kingdom | Will send | Signed a declaration of intent in January |\n"
            "| Italy | No | Has ruled out troops on Ukrainian soil |\n\n"
            "The tracker is updated weekly.")
    assert scored(tmp_path, body) == {("GBR", "ready"), ("ITA", "declines")}


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a nation's government or leader named by its possessive, the troops
    # left out after a sentence on them)
    ("European leaders discussed sending troops to Ukraine. Hungary's government has flatly "
     "refused.", {("HUN", "declines")}),
    ("European leaders discussed sending troops to Ukraine. Hungary's prime minister has "
     "refused.", {("HUN", "declines")}),
])
def test_a_governments_refusal_by_its_possessive(tmp_path: Path, body: str,
                                                 expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # (review) troops already in an ally are left out only in the figure's own phrase
    ("Germany, with a brigade already in Lithuania, says it could send 5,000 troops to Ukraine.",
     {("contribution:DEU", 5000.0, 5000.0)}),
    # (review) "the government" of a one-nation report is not others' shares
    ("Denmark's defence minister told the Folketing the country is prepared to send soldiers. "
     "The minister said each contributing nation would be expected to send at least 1,000 "
     "soldiers.", set()),
    # (review) a figure Ukraine's leader relays is not his request
    ("Zelensky said Britain and France were planning a force of at least 30,000 troops.",
     {("european_force", 30000.0, None)}),
    # (review) tables of troops elsewhere, of losses, of money: no contributions
    ("Allied troops on NATO's eastern flank.\n\n| Country | Troops stationed in Poland |\n"
     "|---|---|\n| Britain | 1,200 |\n| Germany | 900 |\n\nFigures from NATO.", set()),
    ("What allies have pledged so far.\n\n| Country | Contribution | Position |\n|---|---|---|\n"
     "| Germany | 8,000 | ready |\n| Norway | 3,000 | open |\n\nFigures in millions of euros.",
     set()),
    ("Tanks in Europe's armies.\n\nModel | Country | Troops\nLeopard 2 | Germany | 180,000\n"
     "Challenger 3 | Britain | 75,000\n\nSource: national ministries.", set()),
    # (review) "top" is a floor only after a verb
    ("The top 20,000 troops of the French army are being readied for exercises.", set()),
    # (review) a figure floated, set against what Kyiv wants, is not Kyiv's request
    ("A European-led force would deploy after a ceasefire. Figures of 20,000 to 30,000 troops "
     "have been floated, well below what Kyiv says it needs.",
     {("european_force", 20000.0, 30000.0)}),
])
def test_what_the_reviewed_troop_readings_leave_alone(tmp_path: Path, body: str,
                                                      expected: set[tuple[str, float, float]]) -> None:
    assert troop_figures(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # (review) a denial of something else, or of a refusal, keeps the offer
    ("Spain dismissed reports of a split in the cabinet over troops. Madrid said it was willing "
     "to send soldiers to Ukraine.", {("ESP", "ready")}),
    ("Norway denied reports of a rift with Denmark over troops. Oslo is prepared to send troops "
     "to Ukraine.", {("NOR", "ready")}),
    ("Britain is prepared to send troops to Ukraine. Downing Street denied a report that the "
     "army lacked the soldiers.", {("GBR", "ready")}),
    # (review) a fronted "Without" of another clause
    ("Without US support, Ukraine cannot win, Macron said; France will not send troops.",
     {("FRA", "declines")}),
    ("Without Washington, Europe lacks air power; Italy will not send troops.",
     {("ITA", "declines")}),
    # (review) "let alone" after no refusal
    ("Germany is struggling to fill its Lithuania brigade, let alone send troops to Ukraine, "
     "analysts say.", set()),
    ("Italy has yet to decide on a contribution, let alone commit troops.", {("ITA", "undecided")}),
    # (review) "stay at home until ..." is no plain refusal
    ("Fico says Slovak soldiers will stay at home until there is a ceasefire and a UN mandate.",
     {("SVK", "ready")}),
])
def test_what_the_reviewed_stance_readings_leave_alone(tmp_path: Path, body: str,
                                                       expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


def test_an_interview_question_led_by_another_nation(tmp_path: Path) -> None:
    # (review) "we" in the answer is not the nation the question's lead-in names
    body = ("The Dutch defence minister spoke to us before the summit.\n\n"
            "Macron says France will send troops. Will you follow?\n\n"
            "We are prepared to contribute soldiers, yes.\n\n"
            "Will Britain send more than you?\n\nThat is for London to say.")
    assert scored(tmp_path, body) == {("FRA", "ready")}


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the Netherlands' refusal (a parliamentary group, "it" standing for the group)
    ("The PVV group said it opposes any sending of Dutch soldiers.", set()),
    # left alone: the government's own refusal, and a party's told by "he"
    ("The Dutch government said it opposes any sending of Dutch soldiers.", {("NLD", "declines")}),
])
def test_a_parliamentary_group_is_no_government(tmp_path: Path, body: str,
                                                expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: Poland ready (a decision still to be made; the shape of a set-132 miss)
    ("Poland's decision to deploy its soldiers to Ukraine would be taken in Warsaw alone.",
     {("POL", "undecided")}),
    # left alone: a question put to the coalition's members (the shape of a set-131 miss)
    ("Members of the coalition have been asked to say in writing what they're willing to "
     "contribute, Lecornu said.", set()),
    # left alone: a decision taken, and a size still to be talked of
    ("Poland's decision to send its troops was taken last week, Tusk said.", {("POL", "ready")}),
])
def test_decisions_to_make_and_questions_put_to_others(tmp_path: Path, body: str,
                                                      expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: no condition (a US backing required of any deployment; from set 131's misses)
    ("Starmer is willing to send peacekeepers, but any deployment must be backed by a US "
     "security guarantee.", {("GBR", "ready"), ("GBR", "conditional")}),
    ("The prime minister said Britain was willing to send peacekeepers but insisted that any "
     "deployment should be backed by a U.S. security guarantee.",
     {("GBR", "ready"), ("GBR", "conditional")}),
    # left alone: backing named without a requirement
    ("Starmer is willing to send peacekeepers; the deployment would be supported by French "
     "aircraft.", {("GBR", "ready")}),
])
def test_a_us_backing_required_of_any_deployment(tmp_path: Path, body: str,
                                                 expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected
