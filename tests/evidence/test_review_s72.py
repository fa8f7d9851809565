"""Session 72: a reviewer's probes of the session's readings (written for the review, in the
project's own words). Each case misread on 7aef1e0, the head before the mends; the session
start (286a35d) read each as here."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import undated_stances

FORCE = "European leaders discussed sending troops to a reassurance force for Ukraine. "
PARIS = ("The French president met European leaders in Paris on Monday to discuss sending "
         "Western troops to Ukraine. ")


@pytest.mark.parametrize(("body", "expected"), [
    # a quotation with words after it goes on no earlier speaker's quotation
    ("\u201cPoland will not send troops,\u201d Tusk said. \u201cNothing can be ruled out\u201d "
     "became Macron's motto in February.", {("POL", "declines")}),
    ('"We are ready to send troops to Ukraine," Starmer said on Sunday.\n\n"Nothing can be ruled '
     'out," is how one Dutch diplomat put it when asked about the Netherlands.',
     {("GBR", "ready")}),
    # "For <name>," names no speaker when the sentence names its own
    (PARIS + "For Russian President Vladimir Putin, \u201cWestern troops in Ukraine are a red "
     "line\u201d, while Macron says nothing can be ruled out.", {("FRA", "open")}),
])
def test_a_quotation_and_its_speaker(tmp_path: Path, body: str,
                                     expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the press, not Russia, tells of the offer
    ("To deter Russia, reports say Germany is preparing to send troops to Ukraine.",
     {("DEU", "ready")}),
    ("Amid tensions with Russia, reports suggest Sweden is ready to send troops to Ukraine.",
     {("SWE", "ready")}),
])
def test_the_press_telling(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a spaced hyphen between clauses lists no group's members
    ("Many European countries are wary of the plan - Italy said on Monday it was ready to send "
     "troops.", {("ITA", "ready")}),
    ("Several nations are ready to send troops - Spain, however, has ruled it out.",
     {("ESP", "declines")}),
    ("Some allies remain undecided - Portugal, for example, has pledged troops.",
     {("PRT", "ready")}),
])
def test_a_hyphen_between_clauses(tmp_path: Path, body: str,
                                  expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # another ceasefire, civilian monitors, talks on monitoring: no troops offered or weighed
    ("Austria stands ready to undertake the task of observing the ceasefire between Israel and "
     "Hamas.", set()),
    ("Switzerland is ready to undertake the task of observing the ceasefire with civilian "
     "monitors.", set()),
    ("Kazakhstan stands ready to undertake the task of observing the ceasefire in "
     "Nagorno-Karabakh, its foreign minister said; Hungary will not send troops to Ukraine.",
     {("HUN", "declines")}),
    ("Ireland is considering the possibility of joining talks on monitoring a ceasefire.", set()),
    ("Denmark is considering the possibility of joining a conference on monitoring the "
     "ceasefire.", set()),
])
def test_other_monitoring(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "such a decision" and "the proposal" on another matter than the sending before
    (PARIS + "Separately, the Italian finance minister ruled out such a decision on pension "
     "reform.", set()),
    (FORCE + "The Dutch court ruled out such a decision by the Netherlands on asylum.", set()),
    (PARIS + "Hungary does not agree with the proposal of the European Commission on migration "
     "quotas.", set()),
    # remarks judged premature that are about another matter
    (FORCE + "Berlin dismissed as premature talk of lifting sanctions on Russia.", set()),
    (FORCE + "Madrid sees the statements by Russian officials on a ceasefire as premature.",
     set()),
    (FORCE + "Slovakia rejected as premature comments about EU enlargement.", set()),
    (FORCE + "The Lithuanian president said the remarks of Hungarian officials about a peace deal "
     "were premature.", set()),
])
def test_another_matter(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a nation asked about is not the holder whose own part is weighed
    ("Asked about Sweden, the Danish premier said it is premature to discuss Sweden's "
     "participation in the force.", {("SWE", "undecided")}),
    ("Asked about Norway, the Finnish president said it is premature to discuss Norway's "
     "participation in the force.", {("NOR", "undecided")}),
])
def test_a_nation_asked_about(tmp_path: Path, body: str,
                              expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected
