"""(s48) Readings from the rebuilt rounds 17-20 (tuning material) and session 47's note, written as
clause shapes in the project's own words. Each test's first assertions fail on the session-start
code (e9c3521); the guards beside them keep each reading to its shape and pass on both."""

from __future__ import annotations

from pathlib import Path

from evidence_claim_helpers import stance_pairs


def _of(tmp_path: Path, text: str, nation: str) -> set[str]:
    return {st for actor, st in stance_pairs(tmp_path, text) if actor == nation}


def test_a_plan_to_send_not_given_up_stands(tmp_path: Path) -> None:
    # the stopping word was read without its negation: a refusal
    assert _of(tmp_path, "Norway will not abandon its plans to send soldiers to the mission.",
               "NOR") == {"ready"}
    assert _of(tmp_path, "Norway has not shelved plans to deploy troops to Ukraine.",
               "NOR") == {"ready"}
    # a plan given up is still a refusal
    assert _of(tmp_path, "Norway has shelved plans to deploy troops to Ukraine.",
               "NOR") == {"declines"}
    assert _of(tmp_path, "Norway put on hold its plans to send troops to Ukraine.",
               "NOR") == {"declines"}
    # (review) a negation in another clause, or "not merely", denies no stopping
    assert _of(tmp_path, "Norway, which did not ask its allies, shelved plans to send troops to "
                         "Ukraine.", "NOR") == {"declines"}
    assert _of(tmp_path, "Norway has not merely shelved plans to send troops to Ukraine; it has "
                         "ruled out any role.", "NOR") == {"declines"}
    assert _of(tmp_path, "Norway's plans to send troops to Ukraine were dropped after no deal "
                         "was reached.", "NOR") == {"declines"}


def test_the_nations_troops_preparing_to_go_to_ukraine_are_its_offer(tmp_path: Path) -> None:
    assert _of(tmp_path, "Norwegian peacekeepers prepare to head to Ukraine.", "NOR") == {
        "ready"}
    assert _of(tmp_path, "Norwegian soldiers will head to Ukraine once the guns fall silent.",
               "NOR") == {"ready"}
    # preparing for something else, or elsewhere, is no offer
    assert not _of(tmp_path, "Norwegian soldiers prepare to take part in drills in Finland.",
                   "NOR")
    assert not _of(tmp_path, "Norwegian soldiers prepare to help with logistics at home.",
                   "NOR")
    assert not _of(tmp_path, "Norwegian soldiers will head north for winter drills.", "NOR")
    assert not _of(tmp_path, "Norwegian troops will move to the Ukraine border to watch it.",
                   "NOR")
    assert _of(tmp_path, "Norwegian soldiers are preparing to head to Ukraine.", "NOR") == {
        "ready"}


def test_a_sending_announced_or_approved_is_an_offer(tmp_path: Path) -> None:
    # (a named leader or government before the verb left the sending unread)
    assert _of(tmp_path, "Jonas Gahr Store announced the dispatch of Norwegian peacekeepers to "
                         "Ukraine.", "NOR") == {"ready"}
    assert _of(tmp_path, "The Norwegian government approved the deployment of Norwegian troops "
                         "to the reassurance force.", "NOR") == {"ready"}
    # not announced, or opposed, is no offer; another nation's troops are not the speaker's
    assert "ready" not in _of(tmp_path, "The prime minister has not announced the deployment "
                                        "of Norwegian troops to Ukraine.", "NOR")
    assert _of(tmp_path, "Oslo opposed the deployment of Norwegian troops to Ukraine.",
               "NOR") == {"declines"}
    assert not _of(tmp_path, "Norway's minister announced the deployment of Danish troops to "
                             "Ukraine.", "NOR")
    # (review) not a possible, cancelled or claimed sending, nor one to another country
    for text in ("Jonas Gahr Store announced the possible deployment of Norwegian troops to "
                 "Ukraine.",
                 "Jonas Gahr Store announced the deployment of Norwegian troops to Ukraine was "
                 "cancelled.",
                 "Moscow claimed Oslo had approved the deployment of Norwegian troops to Ukraine.",
                 "Oslo confirmed the deployment of Norwegian troops as part of the multinational "
                 "brigade in Lithuania."):
        assert "ready" not in _of(tmp_path, text, "NOR"), text
