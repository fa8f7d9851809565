"""Session 16's stance rules, in the project's own words (docs/evidence.md §5, "Session 16")."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import build_ledger
from reassure.evidence._gazetteer import nation_of
from reassure.evidence._stances import others_troops_only


def _stances_of(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    return [(s.actor, s.stance) for s in build_ledger([tmp_path]).stances]


@pytest.mark.parametrize("text", [
    "Last spring the Spanish prime minister openly raised the prospect of sending Western troops "
    "to Ukraine, to a cool reception in Berlin.",
    "Pedro Sanchez voiced Spain's readiness to provide security guarantees and push for European "
    "peacekeeping troops on Ukrainian soil, urging closer defence ties with the U.S.",
])
def test_raising_others_troops_is_no_offer_of_ones_own(tmp_path: Path, text: str) -> None:
    # the troops weighed are "Western" or "European" ones: the plan's talk, not Spain's troops
    assert [st for st in _stances_of(tmp_path, text) if st[1] in ("ready", "open")] == []


def test_not_ruling_out_others_troops_is_the_leaders_own_openness(tmp_path: Path) -> None:
    """(s30) Session 16 read a leader's "we cannot rule out the deployment of Western troops" as
    the plan's talk; the four readers of sets 76a and 82a (two collectors, two blind readers)
    record Macron's not ruling it out as France open in every report where he says it himself,
    and so does the ledger now; raising the prospect of Western troops stays no stance
    (above)."""
    text = ('Last year the Spanish prime minister said that "we cannot rule out" the possible '
            "deployment of Western troops to Ukraine.")
    got = _stances_of(tmp_path, text)
    assert ("ESP", "open") in got and ("ESP", "ready") not in got


@pytest.mark.parametrize(("text", "expected"), [
    ("Spain does not rule out sending its troops to Ukraine as part of a European force.",
     ("ESP", "open")),
    ("Spain is ready to send Spanish troops alongside other European troops.",
     ("ESP", "ready")),
    ("Spain is ready to send troops to Ukraine.", ("ESP", "ready")),
])
def test_own_troops_beside_others_stay_a_stance(tmp_path: Path, text: str,
                                                expected: tuple[str, str]) -> None:
    assert expected in _stances_of(tmp_path, text)


def test_a_refusal_of_others_troops_is_still_read(tmp_path: Path) -> None:
    # the filter drops offers only: refusing "European troops" is a nation's own no (set 15)
    text = "Hungary will not take part in the deployment of European troops to Ukraine."
    assert _stances_of(tmp_path, text) == [("HUN", "declines")]


@pytest.mark.parametrize(("words", "expected"), [
    ("sending western troops to ukraine", True),
    ("sending european peacekeeping troops", True),
    ("sending its own troops", False),
    ("sending french troops and european troops", False),
    ("a european force", False),  # no troop noun: a force is not a plural of soldiers
])
def test_others_troops_only(words: str, expected: bool) -> None:
    assert others_troops_only(words.split()) is expected


def test_calling_on_others_to_prepare_is_their_stance_not_the_callers(tmp_path: Path) -> None:
    text = ("Speaking in Tallinn, Estonia's foreign minister Margus Tsahkna called on fellow EU "
            "members to get ready for sending military forces to Ukraine once talks produce a deal.")
    assert _stances_of(tmp_path, text) == []


def test_asking_parliament_to_approve_keeps_the_governments_condition(tmp_path: Path) -> None:
    # the holder asks for approval of its own sending: the object is no other nation
    text = ("Latvian Prime Minister Evika Silina has asked parliament to approve sending troops to "
            "Ukraine.")
    assert ("LVA", "conditional") in _stances_of(tmp_path, text)


@pytest.mark.parametrize(("speaker", "iso3"), [
    ("Interim President Ilie Bolojan", "ROU"),
    ("Defence Minister Jana Chernokhova", "CZE"),
    ("Christopher Luxon", "NZL"),
    ("Taoiseach Micheál Martin", "IRL"),
    ("Prime Minister Bart De Wever", "BEL"),
])
def test_officials_of_the_debate_name_their_nation(speaker: str, iso3: str) -> None:
    assert nation_of(speaker) == iso3


@pytest.mark.parametrize("surname", ["Martin", "Harris", "Cooper", "Blair", "Tanner"])
def test_a_common_surname_alone_names_no_nation(surname: str) -> None:
    # "Harris said" is as likely Kamala Harris as Ireland's Simon Harris: full names only
    assert nation_of(surname) is None


def test_a_named_interim_president_holds_his_nations_stance(tmp_path: Path) -> None:
    text = ("Regarding sending troops to Ukraine, the discussion is premature, said Acting "
            "President Ilie Bolojan.")
    assert ("ROU", "undecided") in _stances_of(tmp_path, text)


def test_an_editors_bracket_does_not_push_the_holder_out_of_reach(tmp_path: Path) -> None:
    text = ('"Denmark is ready, alongside its partners, to back this [deal] with soldiers on the '
            'ground and jets overhead," Frederiksen said.')
    assert _stances_of(tmp_path, text) == [("DNK", "ready")]


@pytest.mark.parametrize("text", [
    "Norway now wants to do more, potentially including direct participation in peacekeeping "
    "operations after a settlement.",
    "Norway could perhaps send troops.",
])
def test_a_hedged_offer_is_open(tmp_path: Path, text: str) -> None:
    assert _stances_of(tmp_path, text) == [("NOR", "open")]


def test_convening_nations_who_would_join_is_not_the_convenors_offer(tmp_path: Path) -> None:
    text = ("Denmark and Norway have been central to discussions gathering a group of nations who "
            "would be willing to join a force that deters Russia.")
    assert _stances_of(tmp_path, text) == []


@pytest.mark.parametrize("text", [
    "Denmark is among the countries that are ready to send troops.",
    "Denmark is one of the nations that would be willing to send troops.",
])
def test_a_nation_among_the_willing_is_still_willing(tmp_path: Path, text: str) -> None:
    assert _stances_of(tmp_path, text) == [("DNK", "ready")]


def test_the_nations_named_after_the_willing_are_still_willing(tmp_path: Path) -> None:
    text = "Six countries that are ready to send troops include Denmark, Norway and Sweden."
    assert _stances_of(tmp_path, text) == [("DNK", "ready"), ("NOR", "ready"), ("SWE", "ready")]


def test_committing_to_a_military_presence_is_an_offer(tmp_path: Path) -> None:
    text = ("With the declaration they signed, Denmark and Norway have committed to a lasting "
            "military presence on Ukrainian soil, provided the ceasefire holds.")
    assert _stances_of(tmp_path, text) == [("DNK", "ready"), ("NOR", "ready")]


def test_committing_to_a_presence_at_the_talks_is_no_offer(tmp_path: Path) -> None:
    assert _stances_of(tmp_path, "Denmark has committed to a presence at the talks.") == []


def test_a_declaration_on_deploying_signed_in_the_passive_is_its_signers_offer(
        tmp_path: Path) -> None:
    text = ("A declaration of intent was signed on 6 January by Ukraine, Denmark and Norway, "
            "setting out plans for deploying multinational forces after a ceasefire.")
    # Ukraine signs as the host: no contributor's stance
    assert _stances_of(tmp_path, text) == [("DNK", "ready"), ("NOR", "ready")]


def test_a_declaration_on_guarantees_signed_in_the_passive_is_no_offer(tmp_path: Path) -> None:
    text = "A declaration on security guarantees was signed by Denmark and Norway."
    assert _stances_of(tmp_path, text) == []


@pytest.mark.parametrize("text", [
    "Austria's government will propose changes to its rules for sending troops abroad, as the "
    "country steps up help for Ukraine.",
    "It wants to reform the mechanism for sending Austrian peacekeeping forces abroad, which needs "
    "a United Nations resolution and the approval of parliament.",
])
def test_a_nations_rules_for_sending_troops_abroad_are_no_stance(tmp_path: Path,
                                                                 text: str) -> None:
    assert _stances_of(tmp_path, text) == []


def test_too_small_to_take_part_is_no_offer(tmp_path: Path) -> None:
    text = ("Norway's army is too small to take part in sending a peacekeeping contingent, a "
            "retired general argued.")
    assert _stances_of(tmp_path, text) == []


def test_too_early_to_send_stays_undecided(tmp_path: Path) -> None:
    assert _stances_of(tmp_path, "Norway said it was too early to send troops.") == [
        ("NOR", "undecided")]


def test_anothers_plan_that_would_see_a_nations_troops_is_not_its_offer(tmp_path: Path) -> None:
    text = ("Keith Kellogg, special envoy for Donald Trump, has floated a plan to end the fighting "
            "in Ukraine — one that would see Danish and Norwegian troops operating in zones west of "
            "the Dnipro.")
    assert _stances_of(tmp_path, text) == []


def test_a_coalition_that_could_see_a_nations_soldiers_deployed_stays_open(tmp_path: Path) -> None:
    text = ('The meeting will discuss the "coalition of the willing" for Ukraine, which could see '
            "Danish soldiers sent to the country.")
    assert _stances_of(tmp_path, text) == [("DNK", "open")]


def test_a_possible_force_does_not_hedge_the_commitment(tmp_path: Path) -> None:
    text = 'In Ottawa, Carney told reporters Canada would be part of a possible "multilateral force".'
    assert _stances_of(tmp_path, text) == [("CAN", "ready")]


@pytest.mark.parametrize("text", ["Canada could be part of a possible force.",
                                  "Canada is considering joining a possible force."])
def test_a_hedged_commitment_to_a_possible_force_stays_open(tmp_path: Path, text: str) -> None:
    assert _stances_of(tmp_path, text) == [("CAN", "open")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sending Canadian troops to Ukraine is on the table, Carney said.", [("CAN", "open")]),
    ("Sending Canadian troops to Ukraine is an option.", [("CAN", "open")]),
    ("Sending Canadian troops to Ukraine is not excluded.", [("CAN", "open")]),
    # (s67, a reviewer's probes: "Sending Italian troops to Ukraine is not an option, Meloni
    # said" is a refusal, as "out of the question" is; none before)
    ("Sending Canadian troops to Ukraine is not an option.", [("CAN", "declines")]),
    ("Sending Canadian troops to Ukraine is out of the question.", [("CAN", "declines")]),
])
def test_a_gerund_subjects_predicate_gives_the_stance(tmp_path: Path, text: str,
                                                      expected: list[tuple[str, str]]) -> None:
    assert _stances_of(tmp_path, text) == expected
