"""Session 71: readings found on the tuning sets' leftovers (real set 149, in-sample) and probes
in the project's own words. Each case marked "misread" failed on the session start (eeab40a)."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import undated_stances

from reassure.evidence import build_ledger

FORCE = "European leaders discussed sending troops to a reassurance force for Ukraine. "


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready (from "will"; the deployment is what the nation avoids)
    (FORCE + "Austria will keep to its neutrality, avoiding any deployment of soldiers to "
     "Ukraine.", {("AUT", "declines")}),
    # left alone: what is avoided is not the sending
    ("Britain will send troops to Ukraine to avoid a collapse of the ceasefire.",
     {("GBR", "ready")}),
])
def test_a_deployment_avoided(tmp_path: Path, body: str,
                              expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: conditional (the "if" belongs to the second verb, and a request awaited is no
    # condition on the answer, as "if asked")
    ("The Norwegian defence minister said Norway does not plan to send soldiers to Ukraine, and "
     "will consider this option if it receives a request from its allies.",
     {("NOR", "declines"), ("NOR", "open")}),
    # misread: declines alone (no plan now, and the option weighed: both, as set 149's readers)
    ("Norway's defence minister said his country has no plans to send personnel to Ukraine, "
     "but left open considering such options if it were proposed by the alliance.",
     {("NOR", "declines"), ("NOR", "open")}),
    # left alone: a named condition stays one
    ("Norway would consider sending troops if the proposal includes an American backstop.",
     {("NOR", "conditional"), ("NOR", "open")}),
    # left alone: "opposed ... but has not ruled it out" is the later cue alone (open)
    ("Denmark is opposed to sending troops now but has not ruled it out.", {("DNK", "open")}),
])
def test_no_plans_now_and_the_option_weighed(tmp_path: Path, body: str,
                                             expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: declines (the role of troops in a sending supposed, not a refusal to send)
    ("Macron said that if such a scenario came about, French soldiers would not go on the "
     "offensive against Russia.", set()),
    # left alone: a refusal after another premise
    ("If a ceasefire is signed, Polish troops will not be sent to Ukraine.", {("POL", "declines")}),
])
def test_the_role_under_a_supposed_sending(tmp_path: Path, body: str,
                                           expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


def test_a_wire_dateline_is_not_the_speaker(tmp_path: Path) -> None:
    # misread: the speaker shown was "OSLO"
    (tmp_path / "r.txt").write_text(
        "Title: Partners weigh the force\n\nOSLO — Tore Sandvik, Norway's defence minister, said "
        "his country has no plans to send personnel to Ukraine.\n", encoding="utf-8")
    ledger = build_ledger([tmp_path / "r.txt"], jobs=1)
    assert {(s.actor, s.stance, s.said_by) for s in ledger.stances} == {
        ("NOR", "declines", "Tore Sandvik")}


def test_a_bare_title_names_the_speaker_named_before(tmp_path: Path) -> None:
    # misread: nothing ("the minister" was left unnamed, and "she" with it)
    body = ('"Europe should keep every option open," Elina Valtonen said. The minister said '
            'support for Kyiv would go on. "However, our position is clear: we are not sending '
            'any troops now," she added.')
    assert undated_stances(tmp_path, body) == {("FIN", "declines")}
