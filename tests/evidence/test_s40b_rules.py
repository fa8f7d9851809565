"""(s40b) Readings from the second round of rebuilt sets (the tune half of the reports rebuilt
from stored pages, odd sets; docs/evidence.md §10 "Session 40, second round"), written as
classes in the project's own words. Each test fails on the code before this round; the guards
beside them keep each new reading to its class."""

from __future__ import annotations

from pathlib import Path

from evidence_claim_helpers import stance_pairs, troops_in


def test_a_speakers_career_years_do_not_date_the_figure(tmp_path: Path) -> None:
    # the years belong to the aside on the speaker's past office, not to the force size
    for text in (
            "General Hale, who commanded the Dutch army from 2011 to 2015, warned that such a "
            "mission would require roughly 90,000 troops.",
            "General Hale \u2013 head of the army from 2011 to 2015 \u2013 argued that a stabilising "
            "force would need between 45,000 and 90,000 troops."):
        got = troops_in(tmp_path, text, "model")
        assert any(s == "european_force" and hi == 90000.0 for s, _lo, hi in got), text
    # a figure inside the dated aside, or a sentence told of the past, stays history
    assert not troops_in(tmp_path, "General Hale, who commanded 60,000 troops in Bosnia from "
                                   "1995 to 1996, said Europe should act.", "model")
    assert not troops_in(tmp_path, "It took 60,000 troops in December 1995 to hold the line, the "
                                   "general recalled.", "model")


def test_a_party_or_an_association_as_subject_is_not_the_nations_stance(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "The Green and Liberal parties have signalled their readiness "
                                 "to contribute Norwegian troops to the mission.")
    assert ("NOR", "ready") not in got
    got = stance_pairs(tmp_path, "According to the Swedish officers' association, many "
                                 "volunteers have committed to joining a mission in Ukraine.")
    assert ("SWE", "ready") not in got
    # the government named as the subject keeps its offer, whoever backs it or meets it
    assert ("NOR", "ready") in stance_pairs(
        tmp_path, "The Norwegian prime minister met party leaders to present a plan to deploy "
                  "several hundred Norwegian soldiers in Ukraine.")
    assert ("NOR", "ready") in stance_pairs(
        tmp_path, "The Norwegian government, backed by most parties, is ready to send troops to "
                  "Ukraine.")


def test_a_refusal_to_act_alone_is_no_refusal(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "The minister stressed that Norway would not participate solely "
                                 "in the mission.")
    assert ("NOR", "declines") not in got
    got = stance_pairs(tmp_path, "The minister said Norway would not take part in the mission on "
                                 "its own.")
    assert ("NOR", "declines") not in got
    assert ("NOR", "declines") in stance_pairs(
        tmp_path, "The minister stressed that Norway would not participate in the mission.")
    assert ("NOR", "declines") in stance_pairs(
        tmp_path, "Norway has said it will keep its troops on its own territory.")


def test_the_force_expected_to_come_from_nations_is_their_offer(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Most of the stabilisation force in Ukraine is still likely to "
                                 "come from Norway and Denmark, officials said.")
    assert {("NOR", "ready"), ("DNK", "ready")} <= got
    # not where the sentence says it will not
    got = stance_pairs(tmp_path, "The stabilisation force in Ukraine is not likely to come from "
                                 "Norway.")
    assert ("NOR", "ready") not in got


def test_a_lead_role_denied_with_a_curly_apostrophe_is_no_refusal(tmp_path: Path) -> None:
    # the report's own typography: "couldn\u2019t lead" is the lead role denied, as "could not
    # lead" already was, not a refusal to send troops
    for text in ("The Dutch army is so stretched it couldn\u2019t lead any future stabilisation "
                 "mission in Ukraine, a former commander has said.",
                 "The Dutch army is so stretched it couldn't lead any future stabilisation "
                 "mission in Ukraine, a former commander has said."):
        assert ("NLD", "declines") not in stance_pairs(tmp_path, text), text
    assert ("NLD", "declines") in stance_pairs(
        tmp_path, "The Netherlands couldn\u2019t send troops to Ukraine, the minister said.")
