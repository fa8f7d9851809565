"""Session 63: readings from the own-words tuning sets' misses and one error left from session
62 — a serving leader's past trade ("Starmer, a former lawyer, said") is no former office; a bare
"minimum" before a figure is a floor and "up to some" a ceiling; "N thousand military" in
translated copy are troops when a force noun stands beside them. In the project's own words;
each case marked "misread" failed on the session start (70d0a6f); the others pin what the new
readings must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import scored_stances_in as scored
from evidence_claim_helpers import troop_figures


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing ("former" read as a former office holder speaking)
    ("Keir Starmer, a former lawyer, said Britain is ready to send troops to Ukraine.",
     {("GBR", "ready")}),
    ("Mark Carney, a former central banker, said Canada was open to sending troops.",
     {("CAN", "open")}),
    # left alone: a former ambassador is an outside voice, not the government
    ("Jan Nowak, a former Polish ambassador, said Poland would send troops.", set()),
    ("Former Polish ambassador Jan Nowak suggested in an interview that Warsaw might send "
     "Polish soldiers.", set()),
])
def test_a_leaders_past_trade_is_no_former_office(tmp_path: Path, body: str,
                                                 expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # misread: an exact 200,000 ("minimum" alone before the figure)
    ("Zelensky said Ukraine needs minimum 200 thousand European soldiers.",
     {("ukraine_request", 200000.0, None)}),
    # misread: exactly 800 ("up to some")
    ("Sweden could send up to some 800 personnel to the reassurance force.",
     {("contribution:SWE", None, 800.0)}),
    # misread: nothing ("military" as the troops' noun, a force noun beside it)
    ("Paris will give a significant part of the contingent, possibly up to 10 thousand "
     "military, but the number will depend on the final format of the mission.",
     {("contribution:FRA", None, 10000.0)}),
    # left alone: a whole army's size, and "military" before another noun
    ("The Bundeswehr has 180,000 military.", set()),
    ("Ukraine has lost 10,000 military vehicles since 2022.", set()),
    ("Paris will send up to 10,000 military personnel.", {("contribution:FRA", None, 10000.0)}),
])
def test_floors_ceilings_and_military_as_troops(tmp_path: Path, sentence: str,
                                                expected: set[tuple[str, float, float]]) -> None:
    assert troop_figures(tmp_path, sentence) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: only the whole ("of them": a share of the troops just spoken of; a space
    # between the thousands of a figure without a unit word)
    ("The first rotation of the reassurance force would need 25,000 troops. Britain would "
     "contribute around 7 500 of them, mainly in air defence.",
     {("european_force", 25000.0, 25000.0), ("contribution:GBR", 7500.0, 7500.0)}),
    # misread: the initial force only (the older figure "once floated")
    ("Planners have spoken of an initial force of about 10,000 troops, far smaller than the "
     "64,000 once floated in early staff work.",
     {("european_force", 10000.0, 10000.0), ("european_force", 64000.0, 64000.0)}),
    # left alone: "of them" after no troops, and two figures that are not one range
    ("The coalition has 30 members. Britain leads 10 of them.", set()),
    ("The force would number 20,000 troops, of whom 5,000 would be British.",
     {("european_force", 20000.0, 20000.0), ("contribution:GBR", 5000.0, 5000.0)}),
])
def test_shares_parts_and_figures_talked_of(tmp_path: Path, body: str,
                                            expected: set[tuple[str, float, float]]) -> None:
    assert troop_figures(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the offer alone ("provided" with no comma before it, the US offering after it)
    ("Latvia was ready to send soldiers provided the United States offers a security backstop.",
     {("LVA", "ready"), ("LVA", "conditional")}),
    # left alone: "provided" as a verb of what was given
    ("France is ready to send troops and has provided the US with a plan.", {("FRA", "ready")}),
    # misread: an offer ("participation of" read as the nation's troops taking part)
    ("Hungary refused any participation of Hungarian soldiers in the force.",
     {("HUN", "declines")}),
    # misread: nothing (a live blog's speaker line before a first-person quote)
    ('14:30 - Danish Prime Minister Mette Frederiksen: "We are ready to contribute, also with '
     'soldiers, when the time comes."', {("DNK", "ready")}),
    ("Frederiksen: We are ready to send soldiers to Ukraine.", {("DNK", "ready")}),
    # left alone: a heading's colon names no speaker
    ("Update: the talks in Paris ended without a statement on troops.", set()),
])
def test_conditions_refusals_and_speaker_lines(tmp_path: Path, body: str,
                                               expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a tracker's labels carry a count: "(6):" is one token)
    ("Governments were asked whether they would send troops to Ukraine.\nReady to send ground "
     "troops (3): the United Kingdom, France and Estonia.\nRuled out (2): Poland and Italy.",
     {("GBR", "ready"), ("FRA", "ready"), ("EST", "ready"), ("POL", "declines"),
      ("ITA", "declines")}),
    # misread: the second list lost (a note between the tracker's lines)
    ("Governments were asked whether they would send troops to Ukraine.\nReady to send ground "
     "troops (2): Sweden and Denmark. For Sweden, parliamentary approval is required before "
     "deployment.\nRuled out (1): Hungary.",
     {("SWE", "ready"), ("SWE", "conditional"), ("DNK", "ready"), ("HUN", "declines")}),
    # misread: the offer alone (the requirement named before its verb; the nation opening the
    # sentence after "In")
    ("The Netherlands is ready to send troops. In the Netherlands, parliament must approve any "
     "deployment.", {("NLD", "ready"), ("NLD", "conditional")}),
    # left alone: a requirement said not to be needed, and a clause that is no label
    ("The Netherlands is ready to send troops. No vote is needed for the deployment.",
     {("NLD", "ready")}),
])
def test_tracker_lines_and_requirements_named_first(tmp_path: Path, body: str,
                                                    expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


_TABLE = ("Our tracker gathers what governments have said about their part in the Multinational "
          "Force Ukraine.\n\nCountry | Figure reported | Position\n"
          "United Kingdom | up to 10,000 troops | ready, subject to a US backstop\n"
          "France | 5,000 to 10,000 troops | ready\nLithuania | no figure | ready\n"
          "Poland | none | declines\n")


def test_a_tables_rows_as_text(tmp_path: Path) -> None:
    # misread: nothing (cells set apart by "|"; the position is the row's last cell, the
    # figure in a middle cell the row's nation's)
    assert scored(tmp_path, _TABLE) == {("GBR", "ready"), ("GBR", "conditional"),
                                        ("FRA", "ready"), ("LTU", "ready"), ("POL", "declines")}
    assert troop_figures(tmp_path, _TABLE) == {("contribution:GBR", None, 10000.0),
                                               ("contribution:FRA", 5000.0, 10000.0)}


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (an adverb before the label, a count before the names)
    ("Our weekly tally after the Paris summit on troops for Ukraine:\n- Publicly committed to "
     "ground troops: five countries - Britain, France and Estonia.\n- Ruled out: Poland.",
     {("GBR", "ready"), ("FRA", "ready"), ("EST", "ready"), ("POL", "declines")}),
    # left alone: attendance is no stance
    ("Our weekly tally after the Paris summit on troops for Ukraine:\n- Attending the summit: "
     "31 countries, plus the EU and NATO.", set()),
])
def test_a_tallys_lines(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (trainers only, though other roles stand beside the training; then the
    # stance check withheld the offer of a figure)
    ('According to British officials, the United Kingdom will provide "several thousand" '
     "servicemen, mostly for training, logistics and air defence, not for the front line.",
     {("GBR", "ready")}),
    # left alone: trainers only stay no offer
    ("The UK will send troops to train Ukrainian soldiers.", set()),
])
def test_training_among_other_roles(tmp_path: Path, body: str,
                                    expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: talks (joining "the coalition's force" is joining the force)
    ("Norway will join the coalition's force in Ukraine.", {("NOR", "ready")}),
    # left alone: joining the coalition is the talks
    ("Norway confirmed its readiness to join the coalition.", {("NOR", "talks")}),
])
def test_joining_the_coalitions_force(tmp_path: Path, body: str,
                                      expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the offer alone (a majority needed in a house, its nation's by the house's name)
    ('The Dutch minister said: "We are willing to contribute troops, yes. But let me be clear: '
     'I need a majority in the Tweede Kamer."', {("NLD", "ready"), ("NLD", "conditional")}),
    # left alone: a majority that is no requirement
    ("The Netherlands is willing to contribute troops. The coalition has a majority in the "
     "Tweede Kamer.", {("NLD", "ready")}),
])
def test_a_majority_needed_in_a_house(tmp_path: Path, body: str,
                                      expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # misread: nothing (the army's voices are no army's size)
    ("Army sources said the UK contribution could be between 5,000 and 10,000 troops, built "
     "around an armoured brigade.", {("contribution:GBR", 5000.0, 10000.0)}),
    # misread: nothing (rotations behind the troops needed are beside them, not in the figure)
    ("A force that hopes to deter another invasion would need at least 50,000 troops on the "
     "ground, with rotations behind them.", {("european_force", 50000.0, None)}),
    # misread: nothing (a land component is no force noun of its own: the offer's nation)
    ("Belgium stands ready to contribute a land component of up to 600 military personnel to "
     "the Multinational Force Ukraine.", {("contribution:BEL", None, 600.0)}),
    # left alone: an army's size
    ("The British army has 73,000 soldiers.", set()),
])
def test_army_voices_rotations_behind_and_components(tmp_path: Path, sentence: str,
                                                     expected: set[tuple[str, float, float]]) -> None:
    assert troop_figures(tmp_path, sentence) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: undecided in place of the offer (the details are too early, not the offer)
    ("Kristersson said Sweden was open to contributing troops to a peacekeeping mission, but "
     "that it was too soon to talk about the form.", {("SWE", "open")}),
    # misread: the offer alone (a deployment submitted to a house, a parliamentary
    # resolution required: the one nation that offered in the sentence before)
    ("Belgium is ready to send troops. In line with Belgian practice, any deployment will be "
     "submitted to the Federal Parliament for approval.",
     {("BEL", "ready"), ("BEL", "conditional")}),
    ("Denmark is ready to send troops. Any deployment will require a parliamentary resolution, "
     "as is usual for Danish contributions abroad.", {("DNK", "ready"), ("DNK", "conditional")}),
    # left alone: critics' requirement is not the government's, and a decision too early stays
    ("Denmark is ready to send troops. Critics say any deployment will need parliamentary "
     "approval.", {("DNK", "ready")}),
    ("Spain said it was too early to decide on sending troops.", {("ESP", "undecided")}),
])
def test_details_too_early_and_deployments_put_to_a_house(tmp_path: Path, body: str,
                                                          expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # (review) an echelon, a vanguard, a tripwire or an option is no force noun of its own:
    # Russia's echelon stays Russia's, a battlegroup's vanguard no force size
    ("Russia massed a second echelon of 40,000 troops near Kharkiv.",
     {("russian_forces", 40000.0, 40000.0)}),
    ("NATO keeps a British-led battlegroup in Estonia, with a vanguard of 300.", set()),
    # (review) "of them" after things counted is no share of troops
    ("The force would need 20,000 troops and 1,500 armoured vehicles; Britain would supply 500 "
     "of them.", {("european_force", 20000.0, 20000.0)}),
    # (review) a count once reported is no size talked of
    ("Russia now has more troops near Kharkiv than the 50,000 once reported by Kyiv.", set()),
])
def test_what_the_new_readings_leave_alone(tmp_path: Path, sentence: str,
                                           expected: set[tuple[str, float, float]]) -> None:
    assert troop_figures(tmp_path, sentence) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: Britain's refusal (a party's opposition, the troops' adjective its only nation)
    ('For Reform UK, a member said the party opposed sending British troops into Ukraine '
     '"under any circumstances".', set()),
    # misread: an offer (the press reporting, "here" between it and its verb)
    ("Newspapers here have reported that up to 1,000 Dutch soldiers could go.", set()),
    # misread: an offer (forces for neighbouring territory, "but not on Ukrainian soil")
    ("Friedrich Merz said Germany would contribute forces to neighbouring Nato territory after "
     "a ceasefire, but not on Ukrainian soil.", {("DEU", "declines")}),
    # left alone: the nation's own subject before its troops' adjective
    ("Britain supports sending British troops into Ukraine.", {("GBR", "ready")}),
])
def test_parties_the_press_and_troops_elsewhere(tmp_path: Path, body: str,
                                                expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


def test_troops_elsewhere_leave_another_nations_offer(tmp_path: Path) -> None:
    # (review) the refusal of troops in Ukraine is one nation's: another's offer in its own
    # clause stays
    body = ("France will deploy troops in Romania, but not in Ukraine itself, while Britain is "
            "ready to send troops to Ukraine.")
    assert ("GBR", "ready") in scored(tmp_path, body)


@pytest.mark.parametrize(("body", "expected"), [
    # (review) what the session's stance readings must leave alone
    ("The prime minister told his party he would deploy Swedish troops to Ukraine.",
     {("SWE", "ready")}),
    ("Jan Kowalski, a former economist at the Polish central bank, said Poland would send "
     "troops.", set()),
    ("Slovakia declined to comment on the participation of Slovak troops in the force.",
     {("SVK", "undecided")}),
    ("Britain will lead the force and send troops to Ukraine, but not in Ukraine's east.",
     {("GBR", "ready")}),
    ("Italy will send troops to the reassurance mission but not on Ukrainian territory, and its "
     "soldiers will patrol the Black Sea instead.", {("ITA", "ready")}),
    ("Country | Position on the EU's Russia sanctions package\nHungary | declines\n"
     "Slovakia | ready to sign", set()),
    ("Country | Troops in Ukraine today | Position\nPoland | 0 | ready to host a logistics hub",
     set()),
    ('14:30 - Former Danish Prime Minister Anders Fogh Rasmussen: "We are ready to send '
     'soldiers."', set()),
    ("Sweden will join the coalition's force planning cell in Paris.", {("SWE", "talks")}),
])
def test_what_the_new_stance_readings_leave_alone(tmp_path: Path, body: str,
                                                  expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected
