"""Session 17's stance rules, in the project's own words (docs/evidence.md §5, "Session 17").

Each case was read from the honest errors of a real report (sets 21-23) and is rewritten here;
each fails on the code before session 17.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import build_ledger
from reassure.evidence._stances import outside_ukraine
from reassure.evidence._stances.holders import _others_reported


def _stances_of(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    return [(s.actor, s.stance) for s in build_ledger([tmp_path]).stances]


def _conditions_of(tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    return [(s.actor, s.condition) for s in build_ledger([tmp_path]).stances
            if s.stance == "conditional"]


# --- premises and vague conditions are no condition -------------------------------------------

@pytest.mark.parametrize("text", [
    "Norway stands ready to contribute soldiers if a European peacekeeping force is needed in "
    "Ukraine, its defence minister said on Tuesday.",
    "Norway stands ready to contribute soldiers if a European mission is set up, the minister said.",
    'Estonia is ready to send a "peacekeeping unit" to Ukraine if the situation requires it, '
    "the foreign ministry said.",
    "The taoiseach spoke of Ireland's openness to contribute as a peacekeeping force under the "
    "right conditions.",
])
def test_the_force_coming_about_or_a_vague_condition_is_no_condition(tmp_path: Path,
                                                                     text: str) -> None:
    assert _conditions_of(tmp_path, text) == []
    assert any(st in ("ready", "open") for _, st in _stances_of(tmp_path, text))


def test_a_named_condition_stays_after_the_vague_ones(tmp_path: Path) -> None:
    text = "Norway stands ready to contribute soldiers if its parliament approves the mission."
    assert _conditions_of(tmp_path, text) == [("NOR", "parliament")]


# --- holders outside the government -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Canadian opposition doubtful about any troop deployment",
    "The Austrian chancellor was noncommittal ahead of national elections later this week, even "
    "though his party's main rival, the Greens, indicated they would be open to the idea.",
    "Jan Novak, the likeliest candidate for prime minister of the Czech Republic, told reporters "
    "that Prague was not considering sending any contingent to Ukraine.",
])
def test_parties_outside_the_government_hold_no_stance(tmp_path: Path, text: str) -> None:
    got = _stances_of(tmp_path, text)
    assert [st for st in got if st[1] in ("ready", "open", "declines")] == []
    assert ("CAN", "undecided") not in got  # (the Austrian chancellor's own "noncommittal" stays)


# --- what the cue is about --------------------------------------------------------------------

def test_taking_part_in_planning_is_talks(tmp_path: Path) -> None:
    text = "The Belgian prime minister committed to participating in military planning but made " \
           "no firm promises."
    assert ("BEL", "ready") not in _stances_of(tmp_path, text)


def test_peacekeeping_efforts_are_the_force(tmp_path: Path) -> None:
    text = "The taoiseach stressed Ireland's willingness to participate in peacekeeping efforts " \
           "in Ukraine once the guns fall silent."
    assert ("IRL", "ready") in _stances_of(tmp_path, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Czech officials voiced reservations about possible participation, with the defence minister "
     "questioning the idea.", ("CZE", "undecided")),
    ("Portugal is taking a cautious approach to sending peacekeeping troops to Ukraine, putting "
     "diplomacy first.", ("PRT", "undecided")),
])
def test_reservations_and_caution_are_undecided(tmp_path: Path, text: str,
                                                expected: tuple[str, str]) -> None:
    got = _stances_of(tmp_path, text)
    assert expected in got
    assert (expected[0], "ready") not in got and (expected[0], "open") not in got


def test_a_possible_participation_is_open(tmp_path: Path) -> None:
    text = "The minister said history weighs on the decision about possible Belgian participation " \
           "in a peacekeeping force in Ukraine."
    assert _stances_of(tmp_path, text) == [("BEL", "open")]


def test_unwise_not_to_discuss_is_no_refusal(tmp_path: Path) -> None:
    text = 'BRUSSELS - It would be "unwise" not to discuss participation in a possible ' \
           "military force in Ukraine after a peace deal, the Belgian prime minister said."
    got = _stances_of(tmp_path, text)
    assert ("BEL", "declines") not in got


def test_troops_kept_out_of_russia_is_no_refusal(tmp_path: Path) -> None:
    text = "- Croatian soldiers will not operate on Russian territory."
    assert _stances_of(tmp_path, text) == []


@pytest.mark.parametrize(("words", "expected"), [
    ("will not operate on russian territory .", True),
    ("would never enter russia .", True),
    ("will not go to ukraine .", False),
])
def test_outside_ukraine(words: str, expected: bool) -> None:
    assert outside_ukraine(words.split(), 0) is expected


def test_setting_conditions_to_join_is_conditional(tmp_path: Path) -> None:
    text = "Croatia lays out two conditions to join a peacekeeping mission in Ukraine"
    got = _stances_of(tmp_path, text)
    assert ("HRV", "conditional") in got
    assert ("HRV", "declines") not in got


def test_without_us_involvement_is_a_us_condition(tmp_path: Path) -> None:
    text = "Rome has made clear that it will not send soldiers to Ukraine without full American " \
           "involvement."
    assert ("ITA", "us-backstop") in _conditions_of(tmp_path, text)


# --- whose stance -----------------------------------------------------------------------------

def test_as_opens_a_clause_of_reason(tmp_path: Path) -> None:
    text = "A peacekeeping mission could still concern Switzerland, as Russia rejects the " \
           "deployment of troops from NATO members."
    assert [st for st in _stances_of(tmp_path, text) if st[0] == "CHE"] == []


def test_others_not_all_of_whom_agreed() -> None:
    # the reported clause's subject is "not all of the 30 delegations": others, not the speaker
    words = "macron also said that not all of the 30 delegations had agreed to take part".split()
    assert _others_reported(words, words.index("agreed"))


def test_their_involvement_is_the_invited_states(tmp_path: Path) -> None:
    text = "On Monday the British prime minister hosted the leaders of several European states " \
           "to discuss their potential involvement in ending the war."
    assert _stances_of(tmp_path, text) == []


def test_a_count_of_nations_is_the_subject_of_a_headline(tmp_path: Path) -> None:
    text = "Starmer counts on American support as 24 nations pledge troops for Ukraine"
    assert ("GBR", "ready") not in _stances_of(tmp_path, text)


def test_a_plan_named_for_two_nations_holds_no_stance_of_theirs(tmp_path: Path) -> None:
    text = "The Slovenian president backed the Anglo-French plan but thinks it premature to " \
           "discuss sending troops now."
    got = _stances_of(tmp_path, text)
    assert ("SVN", "undecided") in got
    assert [st for st in got if st[0] in ("GBR", "FRA")] == []


def test_a_question_still_open_is_no_condition(tmp_path: Path) -> None:
    text = "It remains to be seen if the prime minister will put his plan to deploy Dutch troops " \
           "to a vote in parliament."
    assert _conditions_of(tmp_path, text) == []


def test_we_and_the_nations_own_soldiers(tmp_path: Path) -> None:
    text = '"We do not plan to send Hungarian soldiers to Ukrainian territory.'
    assert ("HUN", "declines") in _stances_of(tmp_path, text)


@pytest.mark.parametrize("text", [
    "Two dozen allies have committed to sending troops once a ceasefire is signed, but it is not "
    "yet clear if Japan is among them.",
    "The prime minister has not said whether Japan is among the 26 nations that committed to "
    "deploying troops.",
])
def test_not_said_whether_among_them_is_undecided(tmp_path: Path, text: str) -> None:
    assert ("JPN", "undecided") in _stances_of(tmp_path, text)


def test_the_peoples_of_nations_in_the_plural(tmp_path: Path) -> None:
    text = "The Danes, Finns and Czechs have said they would be ready to send soldiers to Ukraine."
    got = _stances_of(tmp_path, text)
    assert {("DNK", "ready"), ("FIN", "ready"), ("CZE", "ready")} <= set(got)


def test_troops_in_a_hypothesis_are_no_offer(tmp_path: Path) -> None:
    text = '"It would be dangerous if Estonian soldiers ended up facing the army of a neighbour.'
    assert _stances_of(tmp_path, text) == []


def test_no_decision_just_before_the_troops(tmp_path: Path) -> None:
    text = "Minister says no decision taken on sending European, Swedish troops to Ukraine"
    got = _stances_of(tmp_path, text)
    assert ("SWE", "undecided") in got and ("SWE", "ready") not in got


# --- read from set 24 after its held-out score ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Finland's defence minister has not ruled out his country's participation in a possible "
    "peacekeeping mission in Ukraine.",
    '"We do not exclude participation in the mission," the Finnish minister said.',
])
def test_a_participation_not_excluded_is_open_only(tmp_path: Path, text: str) -> None:
    assert _stances_of(tmp_path, text) == [("FIN", "open")]


@pytest.mark.parametrize("text", [
    "Norway already has long experience participating in peacekeeping operations of the UN.",
    "'Norway is prepared to evaluate any proposals aimed at participating in a future "
    "peacekeeping mission,' the prime minister said.",
])
def test_experience_and_proposals_are_no_offer(tmp_path: Path, text: str) -> None:
    assert ("NOR", "ready") not in _stances_of(tmp_path, text)


def test_the_one_told_is_not_the_one_who_considers(tmp_path: Path) -> None:
    text = "The Prime Minister has told Sir Keir he will consider providing troops for the force."
    assert [st for st in _stances_of(tmp_path, text) if st[0] == "GBR"] == []
