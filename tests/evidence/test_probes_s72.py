"""Session 72: readings found on the tuning sets' leftovers (real sets 147-154, in-sample) and
probes in the project's own words. Each case marked "misread" failed on the session start
(286a35d)."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import strictly_checked, undated_stances

FORCE = "European leaders discussed sending troops to a reassurance force for Ukraine. "
PARIS = ("The French president met European leaders in Paris on Monday to discuss sending "
         "Western troops to Ukraine. ")


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the speaker "according to him" stands for was not read)
    ("French President Emmanuel Macron spoke in Paris on Monday. According to him, the allies "
     "talked about sending soldiers to Ukraine and, though no agreement was reached, nothing "
     "could be ruled out.", {("FRA", "open")}),
    # misread: nothing (a leader's words after "For <name>," and a quotation)
    (PARIS + "For Macron, \u201cnothing should be excluded\u201d.", {("FRA", "open")}),
    # left alone: "For <nation>," is no speaker
    (PARIS + "For Germany, \u201cnothing should be excluded\u201d.", set()),
    # misread: nothing (a quotation going on in the next sentence, its speaker named before)
    ("\u201cThere is no agreement yet on sending troops,\u201d French President Emmanuel Macron "
     "told journalists. \u201cBut as things move, nothing can be ruled out.\u201d",
     {("FRA", "open")}),
    # misread: ready (the lack of agreement read as an offer) and the speaker not found (the
    # office after "Although the", his "he" later)
    ("Although the French president conceded the lack of consensus on sending ground troops to "
     "Ukraine, he suggested that nothing could be ruled out.", {("FRA", "open")}),
])
def test_a_leaders_nothing_ruled_out_and_its_speaker(tmp_path: Path, body: str,
                                                     expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the duty of observing a ceasefire offered)
    ("The foreign minister added that Turkey stands ready to undertake the task of observing the "
     "truce in Ukraine once it holds.", {("TUR", "ready")}),
    # a part in monitoring the ceasefire weighed (misread in set 150's report, where nothing
    # named the force before; this report's title names it, so it held at the start too)
    ("Rome and Madrid are considering the possibility of joining the monitoring of a future "
     "ceasefire in Ukraine.", {("ITA", "open"), ("ESP", "open")}),
    # left alone: a task that is no monitoring of the ceasefire
    ("Turkey stands ready to undertake the task of rebuilding Ukrainian ports.", set()),
])
def test_monitoring_the_ceasefire(tmp_path: Path, body: str,
                                  expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready (an option weighed, not an offer)
    ("According to an official, one possible option that might be put to both sides is deploying "
     "Dutch and Belgian troops along the contact line.", {("NLD", "open"), ("BEL", "open")}),
    # left alone: a plan stated
    ("The Netherlands will deploy Dutch troops along the contact line.", {("NLD", "ready")}),
])
def test_an_option_is_no_offer(tmp_path: Path, body: str,
                               expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the idea the sentence before names, disagreed with; the quotation marks
    # inside the cue)
    (PARIS + "Portugal \u201cdoes not agree\u201d with the idea put forward by the French "
     "president.", {("PRT", "declines")}),
    # misread: nothing (dismissed as premature: the dismissal is the judgement)
    (FORCE + "The Austrian defence minister also sharply dismissed as premature remarks by the "
     "Commission president.", {("AUT", "undecided")}),
    (FORCE + "Both Moscow and Vienna regard the proposal as premature.", {("AUT", "undecided")}),
])
def test_the_idea_named_before(tmp_path: Path, body: str,
                               expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # guard: Russia's intelligence chief telling of France's plan, the comma between (alone it
    # gave nothing at the start too; in set 147's report it gave France ready)
    ("Sergey Naryshkin, head of the Foreign Intelligence Service of the Russian Federation, "
     "claimed that France is getting ready to send about 1,500 soldiers to Ukraine.", set()),
    # left alone: France's own words
    ("France is getting ready to send about 1,500 soldiers to Ukraine, the French defence "
     "minister said.", {("FRA", "ready")}),
])
def test_the_adversary_telling(tmp_path: Path, body: str,
                               expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # guard: a support role weighed by the speaker "according to him" now finds, not a sending
    # (open with the new speaker before the support role was read)
    ("Czech President Petr Pavel spoke on Monday. According to him, one must tell apart the "
     "deployment of combat troops and the possible involvement of troops in some \u201csupport"
     "\u201d activities.", set()),
])
def test_a_support_role_weighed(tmp_path: Path, body: str,
                                expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the nations after "including such major players as")
    ("Most NATO members have ruled out sending their soldiers to Ukraine, including such big "
     "contributors as Spain, Italy and the US.", {("ESP", "declines"), ("ITA", "declines")}),
    # misread: ready (the first group's readiness given to the nation the second group includes)
    # and the refusal missed ("saying never")
    ("The prime minister said some countries are ready to send their troops and there are "
     "countries saying never, including Bulgaria.", {("BGR", "declines")}),
    ("\"There are countries that want to send soldiers, there are countries that say never \u2013 "
     "Bulgaria is among them \u2013 and there are countries that say the idea deserves thought,\" he "
     "said.", {("BGR", "declines")}),
    # left alone: the readiness of the group the nation is included in
    ("Some countries are ready to send their troops, including Bulgaria.", {("BGR", "ready")}),
])
def test_groups_and_their_members(tmp_path: Path, body: str,
                                  expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing ("neither ... nor soldiers")
    ("Slovakia will send neither ammunition nor soldiers to Ukraine.", {("SVK", "declines")}),
    ("The Slovak prime minister said that \"as far as Slovakia is concerned, we are sending neither "
     "ammunition nor soldiers\".", {("SVK", "declines")}),
    # left alone: neither of them troops
    ("Slovakia will send neither money nor ammunition to Ukraine.", set()),
])
def test_neither_weapons_nor_soldiers(tmp_path: Path, body: str,
                                      expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: open for the responding minister's nation (the pronoun is the remarks' owner)
    ("The Irish foreign minister replied to French President Emmanuel Macron's remarks that he "
     "would not exclude sending Western soldiers to Ukraine.", {("FRA", "open")}),
    # misread: open for the speaker's nation (the remarks are another's)
    ("Asked to comment on remarks by French President Emmanuel Macron in which he said he did "
     "not rule out Western soldiers going to Ukraine, the Slovak minister warned against "
     "escalation.", set()),
    # misread: nothing ("such a decision" after a sentence on the sending)
    ("Macron said the leaders had discussed sending ground troops to Ukraine. The French "
     "president did not rule out such a decision.", {("FRA", "open")}),
])
def test_whose_remarks(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing ("still early to")
    ("The Danish prime minister said it is still early to talk about deploying troops in "
     "Ukraine.", {("DNK", "undecided")}),
    # misread: ready (weaponry offered; the promise to send troops shied away from)
    ("Vienna would also offer weaponry and training but has so far shied away from promising to "
     "send peacekeeping troops.", {("AUT", "undecided")}),
    # misread: open alone (the holder's own troops are no other nation's part)
    ("Danish Prime Minister Mette Frederiksen said it is premature to discuss the deployment of "
     "Danish peacekeeping troops to Ukraine, while not entirely ruling it out.",
     {("DNK", "undecided"), ("DNK", "open")}),
])
def test_germany_leftovers_in_other_words(tmp_path: Path, body: str,
                                          expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Poland is not considering sending troops to Ukraine.", ("POL", "declines")),
    ("Portugal \u201cdoes not agree\u201d with the idea of sending soldiers to Ukraine.",
     ("PRT", "declines")),
    ("Spain disagrees with the idea of sending troops to Ukraine.", ("ESP", "declines")),
    ("Meloni said sending Italian troops is not on the agenda.", ("ITA", "declines")),
])
def test_plain_refusals_pass_the_check_unjudged(tmp_path: Path, sentence: str,
                                                expected: tuple[str, str]) -> None:
    # misread: withheld by the stance check (0.36-0.48 on the tuning sets)
    ledger = strictly_checked(tmp_path, FORCE + sentence)
    assert expected in {(s.actor, s.stance) for s in ledger.stances}


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the government of the capital the sentence opens with)
    ("In Lisbon, the government said it would not send troops to Ukraine.",
     {("PRT", "declines")}),
    (FORCE + "In Madrid, the government judged it premature to talk about sending Spanish "
     "soldiers.", {("ESP", "undecided")}),
    # left alone: another nation named before the cue
    ("In Paris, officials said Germany was ready to send troops.", {("DEU", "ready")}),
])
def test_the_government_in_the_capital(tmp_path: Path, body: str,
                                       expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the offer lost in the asides before its object)
    ("\u201cThe UK will take a leading part in keeping the peace in Ukraine with, where needed, "
     "and alongside partners, boots on the ground and planes in the air,\u201d the prime "
     "minister told MPs.", {("GBR", "ready")}),
    ("The prime minister set out a coalition to guard the peace, backed by British \u201cboots "
     "on the ground and planes in the air\u201d.", {("GBR", "ready")}),
    # left alone: the phrase refused
    ("The opposition leader said Britain should not commit boots on the ground and planes in the "
     "air.", set()),
])
def test_boots_on_the_ground_and_planes_in_the_air(tmp_path: Path, body: str,
                                                    expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the partners left out (they send the troops too)
    ("According to the newspaper, Britain has agreed to send soldiers together with Norway and "
     "Denmark.", {("GBR", "ready"), ("NOR", "ready"), ("DNK", "ready")}),
    # left alone: a refusal gives the partners nothing
    ("Germany will not send troops, together with Poland.", {("DEU", "declines")}),
])
def test_sending_together_with(tmp_path: Path, body: str,
                               expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing ("they" are the subject "the only countries" describes)
    ("Spain and Portugal are so far the only nations to have said openly that they are ready "
     "to send soldiers; the rest are waiting.", {("ESP", "ready"), ("PRT", "ready")}),
    # misread: nothing (the training is the others' part, in a clause of its own)
    ("A core group, including Norway and Denmark, said they would put soldiers on the ground, "
     "while others would offer ships, training or funds.", {("NOR", "ready"), ("DNK", "ready")}),
    # left alone: trainers only, with "but only"
    ("Latvia is ready to send soldiers to Ukraine, but only to train the Ukrainian army.", set()),
    # open to taking part in the deployment the sentence names (two rv72c-own reports read the
    # condition alone; this wording held at the start too)
    ("Belgium has said it is open to taking part, though any Belgian deployment would need a "
     "vote in parliament.", {("BEL", "open"), ("BEL", "conditional")}),
])
def test_own_words_leftovers(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready (a plan to "potentially" send, a leader's suggestion: weighed, not offered)
    ("Canada's defence minister attacked the Conservatives for politicising plans to potentially "
     "send Canadian peacekeepers to Ukraine.", {("CAN", "open")}),
    ("After Prime Minister Mark Carney's suggestion of Canadian troops joining a Ukraine "
     "peacekeeping coalition, the Russian embassy in Ottawa issued a warning.", {("CAN", "open")}),
    # misread: rejects (Russia's judgement of the nation's part, not the nation's)
    ("The Russian embassy in Ottawa has made it clear that any Canadian involvement in a "
     "peacekeeping mission in Ukraine would be deemed unacceptable.", set()),
    # left alone: a commitment to "possibly" deploy stays an offer (15zc)
    ("The talks follow Canada's renewed commitment to possibly deploy troops.",
     {("CAN", "ready")}),
])
def test_weighed_not_offered(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: declines (troops for the front or for fighting, not the force after a peace)
    ("Spain is not preparing to send ground troops to the front in Ukraine.", set()),
    ("The president said that \u201cSpain is not preparing to send in belligerent ground "
     "troops.\u201d", set()),
    # misread: nothing (a sending weighed possible)
    ("Among the options, the Spanish prime minister considers it possible to \u201csend experts "
     "or even troops for a limited time\u201d to Ukraine.", {("ESP", "open")}),
    # left alone: a plain refusal, and "to the front of" no front
    ("Spain will not send troops to Ukraine.", {("ESP", "declines")}),
    ("Spain will not send troops to the front of the queue for the mission.", {("ESP", "declines")}),
])
def test_set_159_leftovers(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the clause pass now reads the "neither ... nor" of its subject (a report with no force in
    # its title read "Neither the UK nor France intends to send units" as both ready at the
    # start; under this title the cue pass read it right already)
    ("Neither Belgium nor the Netherlands intends to send units to Ukraine.",
     {("BEL", "declines"), ("NLD", "declines")}),
    # left alone: the same without the negation
    ("Belgium and the Netherlands intend to send units to Ukraine.",
     {("BEL", "ready"), ("NLD", "ready")}),
])
def test_neither_nor_subjects(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected
