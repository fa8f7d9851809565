"""(s43) Readings noticed in session 42's rounds and left then, written as clause shapes in the
project's own words. Each test fails on the code before; the guards keep each reading to its
shape."""

from __future__ import annotations

from pathlib import Path

from evidence_claim_helpers import stance_pairs


def test_two_office_holders_of_named_nations_are_both_the_subject(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "The President of France and the Prime Minister of the United "
                                 "Kingdom said on Tuesday they were ready to send troops to Ukraine "
                                 "after a ceasefire.")
    assert {("FRA", "ready"), ("GBR", "ready")} <= got
    got = stance_pairs(tmp_path, "The Chancellor of Germany, the President of Finland and the Prime "
                                 "Minister of Denmark said they were prepared to deploy troops.")
    assert {("DEU", "ready"), ("FIN", "ready"), ("DNK", "ready")} <= got


def test_a_nation_after_another_preposition_is_not_listed_with_an_office_holder(tmp_path: Path) -> None:
    # "the ambassador to Poland" is posted there: Poland is no subject
    got = stance_pairs(tmp_path, "The President of France and the ambassador to Poland said France "
                                 "was ready to send troops.")
    assert ("FRA", "ready") in got
    assert not {a for a, _ in got} & {"POL"}
    # an office holder met in talks, not listed as a subject
    got = stance_pairs(tmp_path, "Germany, after talks with the Prime Minister of Italy, said it was "
                                 "ready to send troops.")
    assert ("DEU", "ready") in got and not {a for a, _ in got} & {"ITA"}
    # people of a nation in a group still act for it
    got = stance_pairs(tmp_path, "A group of ministers from Germany and Austria said they were ready "
                                 "to send troops.")
    assert {("DEU", "ready"), ("AUT", "ready")} <= got


def test_when_someone_spoke_is_the_time_of_another_speech_not_the_sentences_speaker(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Starmer and Macron have both pledged to send thousands of troops, so "
                                 "one might expect that when JD Vance spoke about the plan he would "
                                 "welcome it.")
    assert {("FRA", "ready"), ("GBR", "ready")} <= got
    # the time of a speech after the offer does not make the offer the speaker's to give
    got = stance_pairs(tmp_path, "Italy has pledged to send troops, officials said, before Vance spoke.")
    assert ("ITA", "ready") in got
