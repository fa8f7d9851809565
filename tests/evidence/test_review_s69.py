"""Session 69, a reviewer's probes of the session's new readings (test_probes_s69.py): near
misses that must stay as they were (another topic asked about, details, others urged, another
errand, a claim by Moscow, "premature" about something else, a refusal for good), and three
cases read wrong before the session too (marked "misread": they failed on 46b1a82)."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import undated_stances

from reassure.evidence import build_ledger

FORCE = "European leaders discussed sending troops to a reassurance force for Ukraine. "
READY = "Denmark is ready to send troops to a reassurance force for Ukraine. "
OFFERED = "Britain and France have offered to send troops to a reassurance force for Ukraine. "


@pytest.mark.parametrize(("body", "expected"), [
    # "premature" about the size or sanctions; a refusal for good; a refusal to send
    (FORCE + "Germany has refused to send troops at the moment. It is premature to talk about "
     "the size of the force, Pistorius said.", {("DEU", "declines"), ("DEU", "undecided")}),
    (FORCE + "Germany ruled out sending troops at this stage, Scholz said. He called it "
     "premature to lift sanctions on Russia.", {("DEU", "declines"), ("DEU", "undecided")}),
    (FORCE + "Italy is opposed to sending troops, now and in the future, Meloni said, calling "
     "the debate premature.", {("ITA", "declines"), ("ITA", "undecided")}),
    (FORCE + "Scholz refused to send troops at this point, calling the debate premature.",
     {("DEU", "declines"), ("DEU", "undecided")}),
])
def test_premature_leaves_these_refusals(tmp_path: Path, body: str,
                                         expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # another topic asked about, or talked of with someone, or further; details
    (FORCE + "Asked about the tariff threat from Washington, Macron said there was no point in "
     "speculating.", set()),
    (FORCE + "Macron said there was no point in discussing this with Moscow.", set()),
    (FORCE + "The Polish president said it was inappropriate for him to comment on the German "
     "debate.", set()),
    (FORCE + "Pistorius said it was wrong to discuss the timing of a deployment.", set()),
    ("Britain is ready to send troops to a reassurance force for Ukraine. Starmer said there "
     "was no point in discussing this further.", {("GBR", "ready")}),
    (READY + "Asked about the new fighter jets, Norway's defence minister said his government "
     "had not made a decision.", {("DNK", "ready")}),
    (READY + "Asked about a Chinese request for a trade deal, New Zealand's prime minister said "
     "Wellington would consider any request.", {("DNK", "ready")}),
    # misread: declines (an answer withheld on another topic)
    (FORCE + "Asked about new EU tariffs on Chinese cars, Merz refused to commit.", set()),
])
def test_talk_put_off_and_bare_cues_on_another_topic(tmp_path: Path, body: str,
                                                     expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    (FORCE + "Britain and France are discussing the possibility of sending troops to evacuate "
     "their citizens from Sudan.", set()),
    (FORCE + "The Kremlin said Britain and France were discussing the possibility of sending "
     "troops.", set()),
    (OFFERED + "Poland buys American weapons and Germany has ruled out doing so for now.",
     {("GBR", "ready"), ("FRA", "ready")}),
    (OFFERED + "Spain, Italy and Germany have ruled out doing so.",
     {("GBR", "ready"), ("FRA", "ready"), ("ESP", "declines"), ("ITA", "declines"),
      ("DEU", "declines")}),
    (READY + "Britain has urged Latvia to consider contributions.", {("DNK", "ready")}),
    (READY + "Macron called on Latvia and Estonia to consider contributions.", {("DNK", "ready")}),
    (READY + "Latvia is considering contributions, its defence minister said, but only money and "
     "equipment.", {("DNK", "ready")}),
    (FORCE + "Spain declined to commit publicly to a date for the summit.", set()),
    (FORCE + "Merz refused to commit, saying Germany would not send soldiers under any "
     "circumstances.", {("DEU", "declines")}),
    (FORCE + "While Britain is sending troops, Canada remains open to requests from Ukraine for "
     "drones and ammunition.", {("GBR", "ready")}),
])
def test_near_misses_of_the_new_readings(tmp_path: Path, body: str,
                                         expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Germany has decided whether its soldiers would take part in a European mission in "
     "Ukraine, Chancellor Merz said, and the answer is yes.", {("DEU", "ready")}),
    (FORCE + "Britain is ready to send troops to the allied contingent, the defence secretary "
     "said.", {("GBR", "ready")}),
    (FORCE + "Portugal could send troops to Romania instead of keeping them in reserve, to serve "
     "with the European deployment.", {("PRT", "open")}),
    (FORCE + "Ireland would be open to sending peacekeepers, though it does not require a UN "
     "resolution, the minister said.", {("IRL", "open")}),
    (FORCE + "Ireland would be open to sending peacekeepers, but the UN needs a resolution of its "
     "budget crisis.", {("IRL", "open")}),
    # misread: ready (a ruling-out negated: the sending kept possible)
    (FORCE + "It is no longer out of the question that Germany would send soldiers, the "
     "chancellor said.", {("DEU", "open")}),
    (FORCE + "It is not out of the question that Germany would send soldiers, the chancellor "
     "said.", {("DEU", "open")}),
])
def test_decided_elsewhere_resolution_and_negated_judgement(
        tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # (a second reviewer) a nation's own expectation of itself stays its stance
    (FORCE + "Danish Prime Minister Mette Frederiksen said Denmark expects to be ready to send "
     "soldiers to Ukraine.", {("DNK", "ready")}),
    (FORCE + "Lithuania, as many expect, is ready to send troops, President Gitanas Nauseda "
     "said.", {("LTU", "ready")}),
    # a refusal for good ("never") stays beside "premature"
    (FORCE + "Slovak Prime Minister Robert Fico said it was premature to talk about sending "
     "soldiers. Slovakia rejects the proposal and will never take part in such a mission, he "
     "said.", {("SVK", "undecided"), ("SVK", "rejects"), ("SVK", "declines")}),
])
def test_second_review_expectations_and_refusals_for_good(
        tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


def test_second_review_operational_only_with_the_figure(tmp_path: Path) -> None:
    # what British planners say, told by Zelensky, stays the force's size
    (tmp_path / "r.txt").write_text(
        "Title: Partners weigh the force\n\n" + FORCE + "Zelensky said that a force of 20,000 "
        "European troops would be operational within weeks of a ceasefire, according to British "
        "planners.\n", encoding="utf-8")
    claims = build_ledger([tmp_path / "r.txt"], jobs=1).claims
    assert {(c.subject, c.low) for c in claims} == {("european_force", 20000.0)}
