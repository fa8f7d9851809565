"""Stances by clause shape (issue 15e, `_grammar`) and the general troop-size guards: each class
tested on made-up sentences both ways (the phrasing that must give a result, a near miss that
must not)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import build_ledger
from reassure.evidence._grammar import _headline, _modality


def _stances(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    (tmp_path / "r.txt").write_text(text + "\n", encoding="utf-8")
    return {(s.actor, s.stance) for s in build_ledger([tmp_path]).stances
            if s.stance not in ("talks", "supports", "leading")}


def _troops(tmp_path: Path, text: str) -> set[tuple[str, float | None, float | None]]:
    (tmp_path / "r.txt").write_text(text + "\n", encoding="utf-8")
    return {(c.subject, c.low, c.high) for c in build_ledger([tmp_path]).claims
            if c.unit == "troops"}


@pytest.mark.parametrize(("text", "expected"), [
    # any verb: the modality decides, not a cue phrase
    ("Portugal, Greece and Romania made it clear that they would not give their soldiers.",
     {("PRT", "declines"), ("GRC", "declines"), ("ROU", "declines")}),
    ("Hungary's refusal to send troops surprised nobody.", {("HUN", "declines")}),
    ("Slovenian soldiers could be posted to Ukraine.", {("SVN", "open")}),
    # (s35) soldiers sent only to train are trainers, no troop stance (§5, the annotators' rule)
    ("Slovenian soldiers will help to train Ukrainian recruits.", set()),
    ("The Baltic and Central European countries will take part in it.",
     {("EST", "ready"), ("LVA", "ready"), ("LTU", "ready")}),
    ("Croatian troops would join the force only if parliament approves.",
     {("HRV", "conditional"), ("HRV", "ready")}),
    # ("not ... unless X" is "only if X": the offer on that condition is recorded too; 15t)
    ("Portugal would not be part of the mission unless it is consulted.",
     {("PRT", "conditional"), ("PRT", "ready")}),
    # near misses: planning, another deployment, a question, a headline, the talks, aid, the UN
    ("Sweden and Norway are developing a plan to send peacekeepers.", set()),
    ("About 800 Portuguese troops are already deployed in Romania.", set()),
    ("When asked whether Austria would send troops, the chancellor did not answer.", set()),
    ("Ireland will take part in the talks on the force.", set()),
    # the clause pass gives nothing from a Title Case headline; the model retrained in issue 15j
    # (threshold to add 0.65) adds nothing either (the 15f model added Slovenia open at p 0.25,
    # its threshold then; test_evidence_stance_model checks the passes alone)
    ("Slovenian Troops Could Be Posted To Ukraine After Ceasefire Deal", set()),
    ("Bangladesh will keep its UN peacekeepers in Africa.", set()),
    ("According to Slovenian President Pirc Musar, deploying peacekeeping troops needs a mandate.",
     set()),
    ("Macron said that members of such a force were not destined to be peacekeepers.", set()),
    # cue pass: "others" is not the nations named before; a UN mission is another mission
    ("While Denmark has agreed to send troops, many others are reluctant to commit troops.",
     {("DNK", "ready")}),
    ("Denmark is reluctant to commit troops.", {("DNK", "undecided")}),
    ("Fiji is proud of its participation in UN peacekeeping operations.", set()),
    ("Fiji confirmed its participation in the reassurance force.", {("FJI", "ready")}),
    # an attributive holder after a preposition; a decision put off; a size not specified
    ("Ottawa said the use of Canadian troops remains only a possibility.", {("CAN", "open")}),
    ("Ottawa said the use of Canadian troops remains a fact of life in Latvia.", set()),
    ("Slovakia said it would decide on military involvement only after the US clarifies its role.",
     {("SVK", "undecided")}),
    ("The exact number of Slovak forces was not specified.", set()),
    # "do this" stands for the troops of the sentence before, and only then
    ("European countries plan to deploy troops in Ukraine. Malta spoke of its readiness to do "
     "this, provided the US supports the initiative.", {("MLT", "conditional"), ("MLT", "ready")}),
    ("European leaders met in Paris. Malta spoke of its readiness to do this.", set()),
    # a pronoun after "but" takes the subject of the clause before on
    ("Austria is not ready to send its troops to Ukraine, but it may deploy them in a NATO "
     "country nearby.", {("AUT", "declines"), ("AUT", "open")}),
    ("Austria is not ready to send its troops to Ukraine, but it may host the meeting.",
     {("AUT", "declines")}),
])
def test_stance_by_clause_shape(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert _stances(tmp_path, text) == expected


def test_modality_order() -> None:
    """Undecided before negation, "not ruled out" open, possibility before commitment."""
    assert _modality(["has", "not", "yet", "decided", "on", "sending"], []) == "undecided"
    assert _modality(["has", "not", "ruled", "out", "sending"], []) == "open"
    assert _modality(["could", "send"], []) == "open"
    assert _modality(["will", "send"], []) == "ready"
    assert _modality(["refuses", "to", "send"], []) == "declines"
    assert _modality(["is", "developing", "a", "plan", "to", "send"], []) is None
    assert _modality([], ["are", "in", "estonia"]) is None


def test_headline() -> None:
    assert _headline("Slovenia Ready To Send Troops To Ukraine After Ceasefire Deal")
    assert not _headline("Slovenia is ready to send troops to Ukraine after a ceasefire deal.")


def test_conditional_records_its_base(tmp_path: Path) -> None:
    """A conditional offer is also the offer (the annotators record both)."""
    got = _stances(tmp_path, "Belgium will contribute soldiers only if the US provides a backstop.")
    assert got == {("BEL", "conditional"), ("BEL", "ready")}
    assert _stances(tmp_path, "Spain said any contribution depends on a UN mandate.") == {
        ("ESP", "conditional")}  # no offer stated: only the condition


@pytest.mark.parametrize(("text", "expected"), [
    ("Keeping a force of 40,000 in place for two years, with rotation, would take about "
     "120,000 soldiers in all.", {("european_force", 40000.0, 40000.0)}),
    ("The United Nations today has about 70,000 peacekeepers in a dozen conflict zones.", set()),
    ("President Volodymyr Zelensky spoke in Kyiv. He said at least 150,000 European soldiers "
     "would be needed.", {("ukraine_request", 150000.0, None)}),
    ("President Volodymyr Zelensky spoke in Kyiv. He said Ukraine wants peace, but Europe is "
     "discussing a force of 30,000 European soldiers.", {("european_force", 30000.0, 30000.0)}),
    ("European countries could send a total of 25,000 to 30,000 soldiers.",
     {("european_force", 25000.0, 30000.0)}),
    ("Germany has a total of 180,000 soldiers.", set()),
    ("The force is still being designed. Around 40,000 soldiers might be realistic.",
     {("european_force", 40000.0, 40000.0)}),
    ("The force is still being designed. Around 40,000 soldiers took part in the exercise.", set()),
    ("A force of that size would require 200,000 soldiers over two years, subject to rotation.",
     set()),
    ("A force of that size would require 200,000 soldiers over two years.",
     {("european_force", 200000.0, 200000.0)}),
    ("Norway and its allies are considering sending up to 20,000 soldiers.",
     {("european_force", None, 20000.0)}),
    ("Norway is considering sending up to 2,000 soldiers.", {("contribution:NOR", None, 2000.0)}),
    ("Norway was ready to send up to 2,000 people to Ukraine.", {("contribution:NOR", None, 2000.0)}),
    ("Norway will send 2,000 people to the games.", set()),
    ("About 30,000 soldiers could be sent by participating nations.",
     {("european_force", 30000.0, 30000.0)}),
    ("Macron said “several thousand” French soldiers could be deployed to Ukraine.",
     {("contribution:FRA", 3000.0, 9000.0)}),
    ("Macron said “several thousand” times that the war must end.", set()),
    ("By estimates voiced by Volodymyr Zelensky, about 100,000 peacekeepers would be needed.",
     {("ukraine_request", 100000.0, 100000.0)}),
    ("Troops trained by Ukraine number 10,000 soldiers, officials said they needed more.", set()),
])
def test_troop_size_guards(tmp_path: Path, text: str,
                           expected: set[tuple[str, float | None, float | None]],
                           monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules' guards, on the rules alone; the troop-size model over them (issue 15g) is held
    # to these cases in test_evidence_claim_model.py
    from reassure.evidence import _claim_model

    monkeypatch.setattr(_claim_model, "MODE", "rules")
    assert _troops(tmp_path, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The 35 member countries of the coalition adopted the declaration.", {(35.0, 35.0)}),
    ("The meeting in Paris gathered 35 mostly European nations of the coalition.", {(35.0, 35.0)}),
    ("The coalition has 34 countries: 28 NATO member states and six others.", {(34.0, 34.0)}),
])
def test_country_counts(tmp_path: Path, text: str, expected: set[tuple[float, float]]) -> None:
    (tmp_path / "r.txt").write_text(text + "\n", encoding="utf-8")
    got = {(c.low, c.high) for c in build_ledger([tmp_path]).claims if c.unit == "countries"}
    assert got == expected
