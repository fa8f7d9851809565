"""The annotated test corpus (tests/evidence/corpus): its shape, and the issue's goals on its
held-out part (the tune part was used to write the rules; the held-out part was not)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from reassure.evidence import Ledger, build_ledger

CORPUS = Path(__file__).resolve().parent / "corpus"
REPORTS = CORPUS / "reports"
GOLD: dict[str, Any] = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))


def _evaluate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_evaluate", CORPUS / "evaluate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus_ledger() -> Ledger:
    return build_ledger([REPORTS], stance_check=True)  # the shipped ledger


def _score(ledger: Ledger, part: str) -> dict[str, Any]:
    ids = [r.id for r in ledger.reports if GOLD["split"][r.id] == part]
    result: dict[str, Any] = _evaluate().score(ledger, GOLD["reports"], ids, GOLD["groups"])
    return result


def test_corpus_shape() -> None:
    files = {p.stem for p in REPORTS.iterdir() if p.is_file()}
    assert len(files) >= 40
    assert files == set(GOLD["reports"]) == set(GOLD["split"])
    parts = {p: sum(1 for v in GOLD["split"].values() if v == p) for p in ("tune", "heldout")}
    assert parts["tune"] >= 15 and parts["heldout"] >= 15
    # a duplicate group never straddles the split (the split is by story)
    for group in GOLD["groups"]:
        assert len({GOLD["split"][r] for r in group}) == 1, group
    # every miss class of the issue has an example
    text = " ".join(p.read_text(encoding="utf-8", errors="replace") for p in REPORTS.glob("*.txt"))
    for phrase in ("a force of 64,000", "muster 25,000", "10.000 to 30.000", "60,000-plus",
                   "40,000-man", "15 thousand", "several hundred", "soldiers from European states",
                   "The UK and France are ready to send a combined contingent",
                   "declined to contribute", "agreed to contribute forces",
                   "confirmed its readiness to join", "The Baltic states", "Nordic countries",
                   "ISAF", "whose army numbers", "Kyiv wants a European force",
                   "France and Germany say the United States backs the plan",
                   # phrasing classes learned from the real tuning reports (issue 15c)
                   "have indicated that they are prepared", "alongside their counterparts from",
                   "had suggested contributing", "would like to participate",
                   "have not ruled out their participation", "potential participation,",
                   "deploying military instructors", "before making any commitment",
                   "well short of the 40,000", "can provide only 400", "24 other countries",
                   "Sending 150,000 soldiers",
                   # common phrasings guarded beyond the real reports (issue 15c)
                   "no intention of sending", "not on the agenda", "is off the table",
                   "does not exclude sending", "interest in joining", "not yet made a decision",
                   "remains hesitant", "only with a UN mandate", "send a contingent of 200",
                   "but Europe is discussing a force of 30,000", "willing in principle to send",
                   "available to send", "ready to do its part", "wants to contribute but needs",
                   "any participation would require", "willing to consider a contribution",
                   "discussed whether countries such as Slovenia", "at high readiness",
                   "rapid deployment capacity of 5,000", "The 35 members of the coalition",
                   "the bulk of the 12,000 soldiers", "Poland, with 200,000 soldiers",
                   "never on the agenda", "no question of sending", "could be part of a mission",
                   "would consider taking part", 'it is "open" to sending',
                   '"Europe must be ready to send troops," the French president said',
                   "urged other European countries to be ready", "Canada may send some",
                   "one of the nations prepared to send", "Poland and other EU members",
                   # classes learned from the second real tuning set (issue 15d)
                   'is "ready and willing" to deploy', 'would "favourably consider" requests',
                   "will be decided by the government and the Storting", "per kilometre",
                   "would only decide on sending troops once", "would decide on the size of",
                   "The participation of Slovenia remains uncertain", "is still in question",
                   "in principle, prepared to contribute", "We are ready to participate",
                   "might consider the idea", "raised the possibility of its participation",
                   "raised the prospect of a military contribution", "floated the idea of",
                   'committed to "Dutch boots on the ground"', "likely to refuse to send",
                   "will decline to send", "is exploring sending", "The Prime Minister of the Republic",
                   "The minimum number is 25 thousand", "would be enough", "would initially number",
                   "will not be 5,000 or 10,000", "signalled openness to deploying some 20,000",
                   "it may soon be asked to provide", "Excluding Hungary and Slovakia",
                   "up to 300 people", "Could Europe muster 120,000", "According to the agency Eastline",
                   "send 30k troops", "count 25 000 soldiers", "The coalition as a whole plans",
                   "The Czech army could provide a contingent of", "Neither Spain nor Portugal",
                   "is unwilling to send", "will stay out of the mission",
                   "could be among the countries sending", "troops will be deployed to Ukraine",
                   "keeping its options open", "would be decided later",
                   "declined to take part in the mission", "Foreign troops would be deployed",
                   "According to Zelensky, at least 110,000", "would total no more than 25,000",
                   "already deployed in Estonia and Poland",
                   "A battalion usually numbers 400 to 800", "Such a company counts between",
                   "which is the minimum proposed by President Zelensky",
                   "the floor demanded by Zelensky", "now counts 31 members",
                   "half a dozen countries", "Troops from 12 countries took part in a spring exercise",
                   'fall silent," said Danish Prime Minister', "spoke in Helsinki",
                   # classes of set 10's tune half (issue 15s, c88-c90)
                   'not currently "planning any such steps"', "stressing that no such actions",
                   "signalled reluctance to deploy", "ruled out any debate on sending",
                   "We must consider who would lead", 'a "coalition of the willing" is preparing',
                   "came after Danish Prime Minister", "begun preparing for deployment",
                   "will receive new drones", "the best-prepared country",
                   "It is estimated that Copenhagen could deploy", "Ministers of the EU and Norway",
                   "European-led troops", "faces constitutional restrictions",
                   "discussed a substantial contribution", "also not ruled out the possibility",
                   "made no promises to send", "play its part in guaranteeing",
                   "sending hundreds of soldiers", "which would add about 120,000"):
        assert phrase in text, phrase


def test_every_report_is_read(corpus_ledger: Ledger) -> None:
    assert corpus_ledger.problems == ()
    assert {r.id for r in corpus_ledger.reports} == set(GOLD["reports"])


def test_heldout_goals(corpus_ledger: Ledger) -> None:
    """The issue's goals, on the corpus's held-out part (docs/evidence.md has the figures)."""
    res = _score(corpus_ledger, "heldout")
    assert res["reports"] >= 15
    assert res["troops"]["recall"] >= 0.85 and res["troops"]["precision"] >= 0.90, res["troops"]
    assert res["stances"]["recall"] >= 0.80, res["stances"]
    assert res["stances"]["precision"] >= 0.90, res["stances"]
    assert res["countries"]["recall"] >= 0.80, res["countries"]
    assert res["traps"]["emitted_as_force"] <= 1, res["trap_hits"]
    dup = res["duplicates"]
    assert dup["found"] == dup["gold_pairs"] and dup["false_pairs"] == 0, res["misses"]


def test_tune_part_no_trap_emitted(corpus_ledger: Ledger) -> None:
    res = _score(corpus_ledger, "tune")
    assert res["traps"]["gold"] >= 5 and res["traps"]["emitted_as_force"] == 0, res["trap_hits"]


def test_tune_part_stances_and_duplicates(corpus_ledger: Ledger) -> None:
    """The part the rules were written on: every stance, and the near-duplicates exactly."""
    res = _score(corpus_ledger, "tune")
    assert res["stances"]["recall"] >= 0.95 and res["stances"]["precision"] >= 0.95, \
        (res["stances"], res["misses"]["stances"], res["extras"]["stances"])
    dup = res["duplicates"]
    assert dup["found"] == dup["gold_pairs"] and dup["false_pairs"] == 0, res["extras"]


def test_unrelated_look_alikes_are_not_grouped(corpus_ledger: Ledger) -> None:
    for a, b in GOLD["not_duplicates"]:
        assert corpus_ledger.group_of(a).id != corpus_ledger.group_of(b).id, (a, b)


def test_metadata_from_headers(corpus_ledger: Ledger) -> None:
    for rid, entry in GOLD["reports"].items():
        for field, value in entry.get("meta", {}).items():
            assert getattr(corpus_ledger.report(rid), field) == value, (rid, field)
