"""(s46) Readings from the rebuilt rounds 14-16 (rounds 15 and 16 scored in session 45 while held
out, tuning material since), written as clause shapes in the project's own words. Each test fails
on the code before; the guards keep each reading to its shape."""

from __future__ import annotations

from pathlib import Path

from evidence_claim_helpers import stance_pairs


def _of(tmp_path: Path, text: str, nation: str) -> set[str]:
    return {st for actor, st in stance_pairs(tmp_path, text) if actor == nation}


def test_the_holder_after_of_a_will_to_send_is_the_sender(tmp_path: Path) -> None:
    # "France's willingness to deploy" was read; "the willingness of France to deploy" was not
    assert _of(tmp_path, "The willingness of Portugal to deploy troops to Ukraine was welcomed in "
                         "Kyiv on Monday.", "PRT") == {"ready"}
    assert _of(tmp_path, "Ministers praised the readiness of Belgium to send soldiers to "
                         "Ukraine after a ceasefire.", "BEL") == {"ready"}
    # (review s46) the nation after "of" holds it, not the clause's subject; no will, no offer
    assert _of(tmp_path, "Hungary opposed the offer of Portugal to send troops to Ukraine.",
               "HUN") != {"ready"}
    assert not _of(tmp_path, "There is no willingness of Portugal to send troops to Ukraine.",
                   "PRT")
    assert not _of(tmp_path, "The lack of willingness of Portugal to send troops to Ukraine was "
                             "noted.", "PRT")
    # "of" after a noun that is no will of the holder's is not its offer
    assert not _of(tmp_path, "Officials debated the cost of Portugal's troops and the idea of "
                             "Portugal to send troops.", "PRT")


def test_a_proposal_to_deploy_stays_no_offer(tmp_path: Path) -> None:
    # (s46, after the held-out scoring) "X's proposal to deploy" was read as X ready for a while:
    # one right on rounds 8-16, one wrong on round 18 (France's February 2024 proposal, which the
    # annotators record as open); the convention of 15n/15x stands: a proposal is no offer
    assert "ready" not in _of(tmp_path, "Madrid rejects Portugal's proposal to send soldiers "
                                        "into Ukraine.", "PRT")
    assert not _of(tmp_path, "Portugal and Spain still back the proposal to send troops so that "
                             "Europe keeps a seat at the table.", "PRT")


def test_bringing_what_is_not_troops_is_no_offer(tmp_path: Path) -> None:
    assert not _of(tmp_path, "The Portuguese minister warned that an opposition win would bring "
                             "higher fuel prices.", "PRT")
    assert not _of(tmp_path, "\u201cPortugal will bring a whole range of capabilities to the "
                             "coalition,\u201d the minister said.", "PRT")
    # troops brought are still an offer
    assert _of(tmp_path, "Portugal will bring its own troops to the mission in Ukraine.",
               "PRT") == {"ready"}


def test_troops_placed_at_risk_are_a_risk_not_an_offer(tmp_path: Path) -> None:
    assert not _of(tmp_path, "A deployment like this could place Portuguese troops at risk "
                             "against a nuclear power.", "PRT")
    assert _of(tmp_path, "Portugal could send troops to Ukraine, the minister said.",
               "PRT") == {"open"}


def test_troops_in_a_neighbouring_country_are_not_sent_into_ukraine(tmp_path: Path) -> None:
    assert not _of(tmp_path, "Lisbon said Portuguese troops could be posted in a neighboring "
                             "allied state, staying out of Ukraine.", "PRT")
    # troops said to go into Ukraine stay an offer, a neighbouring region of it too
    assert _of(tmp_path, "Portugal will deploy troops in a neighbouring region of Ukraine.",
               "PRT") == {"ready"}
    assert _of(tmp_path, "Portuguese troops could be deployed in Ukraine after a ceasefire, the "
                         "minister said.", "PRT") == {"open"}


def test_declining_to_say_if_a_nation_would_send_is_undecided(tmp_path: Path) -> None:
    # "whether" was read; "if" asking the same question was not
    assert _of(tmp_path, "Portugal's foreign minister declined to say if Portugal would send "
                         "soldiers to the mission.", "PRT") == {"undecided"}
    assert _of(tmp_path, "Portugal cannot say if it will send troops to Ukraine.",
               "PRT") == {"undecided"}
    # an "if" of condition stays a condition's, and another nation's sending is not the speaker's
    assert "undecided" not in _of(tmp_path, "Portugal will send troops if a ceasefire is agreed, "
                                            "the minister said.", "PRT")
    assert not _of(tmp_path, "Portugal declined to say if the United States would send troops.",
                   "PRT")
    # (review s46) "whether" later in the question still counts; an "if" after a break is a
    # condition, not a question
    assert _of(tmp_path, "Portugal would not say if asked whether it would send troops to "
                         "Ukraine.", "PRT") == {"undecided"}
    assert "undecided" not in _of(tmp_path, "Portugal cannot confirm, but if we send troops to "
                                            "Ukraine, parliament will vote first.", "PRT")


def test_what_a_speaker_would_not_say_or_does_not_know_is_a_question(tmp_path: Path) -> None:
    # (review s46) "if" after a negated verb of saying or knowing asks, as "whether" does: it
    # gave Britain an offer and Denmark a refusal
    assert not _of(tmp_path, "Spain could not say if Portugal would send troops.", "PRT")
    assert not _of(tmp_path, "The minister did not say if Portugal would send troops to Ukraine.",
                   "PRT")
    assert _of(tmp_path, "Portugal does not know if it will send troops.", "PRT") == {"undecided"}
    # an "if" of condition in reported speech, and an offer before the question, stand
    assert _of(tmp_path, "Officials say if a truce holds, Portugal will send troops.",
               "PRT") == {"ready"}
    assert _of(tmp_path, "Portugal will send troops, but the minister did not say if Spain "
                         "would.", "PRT") == {"ready"}
