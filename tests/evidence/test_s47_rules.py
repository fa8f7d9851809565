"""(s47) Readings from the rebuilt rounds 14-18 (tuning material), written as clause shapes in the
project's own words. Each test but the last fails on the session-start code (9a5971f); the
guards beside the new readings, and the last test (the second batch's review), keep each reading
to its shape and pass on both. The third batch (rounds 19 and 20, read after their held-out
scoring) also fails on the scored head 7d0592d."""

from __future__ import annotations

from pathlib import Path

from evidence_claim_helpers import stance_pairs, troop_figures


def _of(tmp_path: Path, text: str, nation: str) -> set[str]:
    return {st for actor, st in stance_pairs(tmp_path, text) if actor == nation}


def test_no_troops_of_the_nation_after_its_own_word_is_a_refusal(tmp_path: Path) -> None:
    # "no Latvian soldiers would head to Ukraine" after Latvia speaks was read as an offer
    assert _of(tmp_path, "Latvia confirmed that no Latvian soldiers would head to Ukraine this "
                         "year.", "LVA") == {"declines"}
    assert _of(tmp_path, "Latvia says no Latvian troops would go to Ukraine.", "LVA") == {
        "declines"}
    # a ceiling is still an offer; the troops without "no" stay one
    assert _of(tmp_path, "Latvia will send no more than 300 soldiers to the mission.",
               "LVA") == {"ready"}
    assert _of(tmp_path, "Latvian soldiers would go to Ukraine after a truce.", "LVA") == {"ready"}


def test_mobilising_civilians_or_paying_money_is_no_troop_offer(tmp_path: Path) -> None:
    assert not _of(tmp_path, "Latvia has signalled readiness to mobilise its civilians for civil "
                             "defence.", "LVA")
    assert not _of(tmp_path, "The minister expects that Latvia would contribute more than "
                             "\u20ac40 million to the mission.", "LVA")
    # soldiers mobilised, and money beside troops sent, are still offers
    assert _of(tmp_path, "Latvia is ready to mobilise 2,000 soldiers for the mission.",
               "LVA") == {"ready"}
    assert _of(tmp_path, "Latvia will spend 40 million euros on the mission and send 300 "
                         "troops.", "LVA") == {"ready"}


def test_ruling_out_the_draft_at_home_is_no_refusal(tmp_path: Path) -> None:
    assert not _of(tmp_path, "Latvia has ruled out bringing back compulsory military service for "
                             "now.", "LVA")
    assert _of(tmp_path, "Latvia has ruled out sending soldiers to Ukraine.", "LVA") == {
        "declines"}


def test_weighing_contributions_in_the_plural_is_open(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Countries such as Croatia and Slovenia are weighing contributions to "
                                 "the force.")
    assert {("HRV", "open"), ("SVN", "open")} <= got
    assert not _of(tmp_path, "Croatia is weighing contributions to the reconstruction fund.", "HRV")
    # (review s47) contributions named as something else, or with no troops or force in sight
    assert not _of(tmp_path, "Croatia is considering contributions, such as financial aid, to "
                             "support Ukraine.", "HRV")
    assert not _of(tmp_path, "Croatia is considering contributions.", "HRV")


def test_the_leaders_named_in_a_pledging_group_pledge(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Some thirty nations, led by Spain and Portugal, promised to "
                                 "send soldiers to the mission.")
    assert {("ESP", "ready"), ("PRT", "ready")} <= got


def test_examples_who_speak_for_themselves_hold_the_stance(tmp_path: Path) -> None:
    text = ("Spain is willing to send troops, but several nations like Croatia and Slovenia said they "
            "would not do so.")
    got = stance_pairs(tmp_path, text)
    assert {("HRV", "declines"), ("SVN", "declines")} <= got
    # examples nobody quotes stay someone's guess about them
    assert not _of(tmp_path, "Big nations such as Croatia and Slovenia could form the core of the "
                             "force.", "HRV")


def test_the_leaders_own_troops_in_an_idea_he_floats_are_open(tmp_path: Path) -> None:
    assert _of(tmp_path, "The Croatian president has floated the idea of sending Croatian troops "
                         "to Ukraine.", "HRV") == {"open"}
    # a whole force floated is the plan; another nation's troops are not his
    assert not _of(tmp_path, "Croatia has floated the idea of sending a 20,000-strong force to "
                             "Ukraine.", "HRV")
    assert not _of(tmp_path, "The Croatian president has floated the idea of sending Slovenian "
                             "troops to Ukraine.", "HRV")
    # (review s47) without "the idea of", the same; another leader's idea is not the nation's
    assert _of(tmp_path, "The Croatian president has floated sending Croatian troops to Ukraine.",
               "HRV") == {"open"}
    assert not _of(tmp_path, "The Slovenian president floated the idea of sending Croatian troops "
                             "to Ukraine.", "HRV")


def test_ukraine_naming_the_force_is_no_subject_between(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Spain and Portugal are firmly committed to a possible Ukraine "
                                 "peacekeeping force.")
    assert {("ESP", "ready"), ("PRT", "ready")} <= got
    # (review s47) the US named before its guarantee, and Ukraine's own forces, still block
    assert "ready" not in _of(tmp_path, "Spain would need US security guarantees before "
                                        "deploying troops.", "ESP")
    assert not _of(tmp_path, "Spain will equip Ukraine security forces.", "ESP")


def test_a_size_said_by_a_spokesperson_is_the_forces(tmp_path: Path) -> None:
    # the speaker before "said" owns none of the troops that "would be needed"
    got = troop_figures(tmp_path, "The Spanish prime minister's spokesman said thousands of "
                                  "troops would be needed to back Ukraine after a ceasefire.")
    assert ("european_force", 1000.0, 10000.0) in got
    # a quoted "thousands" is still the figure
    got = troop_figures(tmp_path, 'Officials said "thousands" of soldiers would be sent to '
                                  'Ukraine once the fighting stops.')
    assert ("european_force", 1000.0, 10000.0) in got


# (s47, second batch: the extras of rounds 14-18)

def test_troops_once_sent_to_serve_in_another_war_are_no_refusal(tmp_path: Path) -> None:
    assert not _of(tmp_path, "Slovenia did not send soldiers to serve in Iraq, as that war had no "
                             "UN mandate.", "SVN")
    assert _of(tmp_path, "Slovenia will not send soldiers to serve in Ukraine.", "SVN") == {
        "declines"}


def test_what_reports_suggest_about_troops_is_nobodys_stance(tmp_path: Path) -> None:
    assert not _of(tmp_path, "His remarks addressed reports in the foreign press suggesting "
                             "Slovenian and Croatian forces could be deployed following a peace "
                             "deal.", "SVN")
    # the nation's own leader suggesting it still speaks for it
    assert _of(tmp_path, "Slovenia's prime minister suggested Slovenian troops could be deployed "
                         "after a truce.", "SVN") == {"open"}


def test_a_mission_put_to_use_is_no_sending(tmp_path: Path) -> None:
    assert not _of(tmp_path, "Fears persist that Slovenia might use such a mission to gather "
                             "intelligence in Ukraine.", "SVN")


def test_a_warning_against_speculating_is_no_decision_put_off(tmp_path: Path) -> None:
    got = _of(tmp_path, "The Slovenian prime minister said Slovenia will play its part, including by "
                        "sending troops if needed, but warned against speculating on the outcome "
                        "prematurely.", "SVN")
    assert "undecided" not in got
    assert _of(tmp_path, "Slovenia said it would be premature to send troops.", "SVN") == {
        "undecided"}


def test_not_now_but_only_after_peace_is_no_refusal(tmp_path: Path) -> None:
    assert "declines" not in _of(
        tmp_path, 'The president said Slovenia does not plan to send troops "now", but only after '
                  'peace is reached.', "SVN")


def test_no_duty_to_send_is_no_refusal(tmp_path: Path) -> None:
    assert not _of(tmp_path, "Slovenia, as a small country, is surely not obliged to send troops "
                             "on a large scale.", "SVN")


def test_an_if_in_a_clause_of_its_own_leaves_the_refusal(tmp_path: Path) -> None:
    text = ("The premier said that while Slovenia would not deploy troops in Ukraine, it stays "
            "committed to providing logistics, even more if there is such a need.")
    assert _of(tmp_path, text, "SVN") == {"declines"}
    assert "conditional" in _of(tmp_path, "Slovenia would not deploy troops unless the US takes "
                                          "part.", "SVN")


def test_a_capacity_to_send_is_open(tmp_path: Path) -> None:
    assert _of(tmp_path, "The minister says Slovenia has the capacity to send troops to Ukraine "
                         "after the war.", "SVN") == {"open"}
    assert _of(tmp_path, "Slovenia does not have the capacity to send troops.", "SVN") == {
        "declines"}


# (s47, third batch: rounds 19 and 20, after their held-out scoring; measured on nothing unseen)

def test_a_possibility_ruled_out_is_no_openness(tmp_path: Path) -> None:
    assert _of(tmp_path, "Slovenia has ruled out the possibility of Slovenian troops taking part "
                         "in a mission in Ukraine.", "SVN") == {"declines"}
    assert _of(tmp_path, "Slovenia raised the possibility of Slovenian troops taking part in a "
                         "mission in Ukraine.", "SVN") == {"open"}


def test_shooting_down_the_idea_refuses_it(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Spain has offered troops, but other nations, notably Croatia and "
                                 "Slovenia, have so far shot down the idea.")
    assert {("HRV", "declines"), ("SVN", "declines")} <= got
    assert not _of(tmp_path, "Slovenia shot down the idea of a new trade deal.", "SVN")
    # (review s47) the idea's own object decides: a sending, or troops named before it ends the
    # sentence; not a plan to pay, nor a ceasefire the speaker wants troops for
    assert not _of(tmp_path, "Spain has offered troops, but Slovenia shot down the plan to fund it "
                             "from EU budgets.", "SVN")
    assert not _of(tmp_path, "The Slovenian president shot down the idea of a ceasefire without "
                             "European troops on the ground.", "SVN")
    assert _of(tmp_path, "Slovenia's prime minister shot down the idea of sending Slovenian "
                         "troops.", "SVN") == {"declines"}


def test_the_second_batchs_guards_from_its_review(tmp_path: Path) -> None:
    # (review s47) each of the second batch's shapes kept to itself: a speech tag is no clause of
    # its own; a participle after a comma is the main clause's subject's; "premature" speculation
    # about the troops stays undecided; an inverted offer after "but only after"; a force of
    # troops put to use; a refusal after "not obliged"; an offer after a capacity
    assert "conditional" in _of(tmp_path, "Slovenia will not send troops to Ukraine, it said, "
                                          "unless NATO agrees to a mission.", "SVN")
    assert _of(tmp_path, "The Slovenian defence minister spoke on Tuesday, suggesting Slovenian "
                         "troops would be deployed after a ceasefire.", "SVN") == {"ready"}
    assert _of(tmp_path, "Slovenia's defence minister called speculation about sending Slovenian "
                         "troops premature.", "SVN") == {"undecided"}
    assert _of(tmp_path, "Slovenia will not send troops to Ukraine, but only after a peace deal "
                         "will it help guard the border from its own soil.", "SVN") == {"declines"}
    assert _of(tmp_path, "Slovenia could use a force of up to 1,000 troops to guard Ukrainian "
                         "ports.", "SVN") == {"open"}
    assert _of(tmp_path, "Slovenia is not obliged to send troops to Ukraine and will not do so.",
               "SVN") == {"declines"}
    assert _of(tmp_path, "Slovenia has the means to deploy 1,000 troops and will do so.",
               "SVN") == {"ready"}
