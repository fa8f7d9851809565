"""Mechanisms added from the second real tuning set (issue 15d): each tested on made-up
sentences both ways (the phrasing that must give a result and a near miss that must not)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import build_ledger
from reassure.evidence._dedup import combined_similarity, sources
from reassure.evidence._gazetteer import nation_of
from reassure.evidence._stances import could_hold_stance, stance_matcher
from reassure.evidence._stances.lexicon import _MODALS

# words that open a cue but need a second word the prefilter tests for (modals, auxiliaries,
# negations): a sentence with only these cannot hold a stance by itself
_NEEDS_MORE = _MODALS | {"are", "is", "do", "does", "did", "has", "not", "n't", "no", "never", "cannot",
                         "too", "still", "off", "without", "deployment", "take", "takes", "remain", "remains",
                         "was", "out", "say", "says", "said", "wo", "ca", "keep", "keeps",
                         "keeping", "kept",
                         # (s31) "all (every) option(s) remain on the table": "option(s)" passes
                         "all", "every",
                         # (s58) "its troops won't go into Ukraine": with "go" / "enter" and a "not"
                         "troops", "soldiers",
                         # (s62) "left open whether": with "open"
                         "left", "leaves", "leave", "leaving",
                         # (s59) the door idioms pass with "door", "says no to" with "no"
                         "shuts", "shut", "shutting", "closes", "closed", "closing", "slams",
                         "slammed", "opened", "opens", "opening", "saying",
                         # (s64) "let alone send" passes with "alone"
                         "let"}


def test_prefilter_lets_every_cue_through() -> None:
    """Each word a cue pattern opens with passes the cheap sentence filter (a missing word form,
    "refuse", silently dropped "London is likely to refuse to send troops")."""
    firsts = set(stance_matcher().by_first)
    assert not [w for w in firsts - _NEEDS_MORE if not could_hold_stance({w})]


def test_speaker_nation_needs_a_whole_name() -> None:
    assert nation_of("The Prime Minister of the Republic") is None
    assert nation_of("the United States envoy") is None or nation_of("the United States envoy") == "USA"
    assert nation_of("Danish Prime Minister Mette Frederiksen") == "DNK"


def test_sources_named_in_a_report() -> None:
    assert sources("KYIV, Ukraine (AP) — The president said ...") == {"ap"}
    assert sources("ROME, Sept 9 (Eastline) - Leaders met.") == {"eastline"}
    assert sources("According to the agency Eastline, leaders met.") == {"eastline"}
    assert sources("The Dutch newspaper NOS writes that ...") == {"nos"}
    # a person quoted is no source
    assert sources("according to Franz Gadi, a planner, the force is too small") == set()


def test_two_agencies_on_one_event_are_kept_apart() -> None:
    a = {"src:eastline", "n:64000"}
    b = {"src:northwire", "n:64000"}
    assert combined_similarity(0.3, a, b) == pytest.approx(0.15)
    # the same source, or none named on one side: the words decide
    assert combined_similarity(0.3, a, {"src:eastline"}) == pytest.approx(0.3)
    assert combined_similarity(0.3, a, {"n:64000"}) == pytest.approx(0.3)


@pytest.mark.parametrize(("sentence", "expected"), [
    ('Latvia is "ready and willing" to deploy troops.', {("LVA", "ready")}),
    ('"We are ready to participate," the Norwegian foreign minister said.', {("NOR", "ready")}),
    ("Meloni said Italy is ready to participate in supervising the ceasefire.", set()),
    ('Finland would "favourably consider" requests to join such a mission.', {("FIN", "open")}),
    ("Romania would only decide on sending troops once a ceasefire is signed.",
     {("ROU", "undecided")}),
    ("Croatia would decide on the size of its contribution after the talks.", set()),
    ("The participation of Slovenia remains uncertain.", {("SVN", "undecided")}),
    ("It remains unclear how many Slovenian soldiers would go.", set()),
    ("Belgium has raised the prospect of a military contribution.", {("BEL", "open")}),
    ("A British general floated the idea of sending a 50,000-strong force.", set()),
    ("A Danish contribution will be decided by the Folketing.", {("DNK", "conditional")}),
    ("The Danish minister told the Folketing about the summit.", set()),
    ("London is likely to refuse to send troops.", {("GBR", "declines")}),
    ("The Prime Minister of the Republic said his country is ready to send troops.", set()),
])
def test_stance_classes(tmp_path: Path, sentence: str, expected: set[tuple[str, str]]) -> None:
    (tmp_path / "r.txt").write_text(sentence + "\n", encoding="utf-8")
    ledger = build_ledger([tmp_path])
    got = {(s.actor, s.stance) for s in ledger.stances if s.stance != "talks"}
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A force of 60,000 would put roughly 50 soldiers per kilometre on the line.",
     {("european_force", 60000.0, 60000.0)}),
    ("Such a mission could involve up to 300 people at its headquarters.", set()),
    ("With the army smaller than ever, it may be asked to provide 8,000 troops for the mission.",
     set()),
    ("The number of troops needed depends on the mission. The minimum number is 25 thousand "
     "soldiers.", {("european_force", 25000.0, None)}),
    ("The contingent would initially number 12,000.", {("european_force", 12000.0, 12000.0)}),
    ("Britain and Germany have signalled openness to deploying some 20,000 peacekeeping troops.",
     {("european_force", 20000.0, 20000.0)}),
    # "each": one contribution per nation (issue 15m, the convention of real set 6's gold)
    ("Britain and Germany would each send 5,000 peacekeeping troops.",
     {("contribution:GBR", 5000.0, 5000.0), ("contribution:DEU", 5000.0, 5000.0)}),
    ("Excluding Hungary and Slovakia, the armies count 1.3 million soldiers. In that light, "
     "60,000 soldiers would be 5% of what could be sent.", set()),
    ("Europe could send 30k troops to Ukraine.", {("european_force", 30000.0, 30000.0)}),
    ("The force would count 25 000 soldiers.", {("european_force", 25000.0, 25000.0)}),
    ("The force would count 25\u00a0000 soldiers.", {("european_force", 25000.0, 25000.0)}),
    ("The Czech army could provide a contingent of 1,200 troops.",
     {("contribution:CZE", 1200.0, 1200.0)}),
    ("Ukraine's army numbers 880,000 soldiers.", set()),
    ("The coalition as a whole plans a force of 20,000 soldiers.",
     {("european_force", 20000.0, 20000.0)}),
    ("According to Zelensky, at least 110,000 troops are necessary.",
     {("ukraine_request", 110000.0, None)}),
    ("Diplomats say the force would total no more than 25,000.",
     {("european_force", None, 25000.0)}),
    ("A total of 17,000 soldiers guard the border.", set()),
    ("About 5,000 British troops are already deployed in Estonia and Poland.", set()),
    ("Britain will send 5,000 troops, to be deployed in Ukraine after a ceasefire.",
     {("contribution:GBR", 5000.0, 5000.0)}),
    ("Latvia can contribute a battalion to the force. A battalion usually numbers 400 to 800 "
     "soldiers.", {("contribution:LVA", 400.0, 800.0)}),
    ("A battalion usually numbers 400 to 800 soldiers.", set()),
    ("Planners work from a force of 60,000 soldiers, which is the minimum proposed by President "
     "Zelensky.", {("ukraine_request", 60000.0, None)}),
    ("Kyiv says it needs 120,000 peacekeepers. Could Europe muster 120,000 troops?",
     {("ukraine_request", 120000.0, 120000.0), ("european_force", 120000.0, 120000.0)}),
])
def test_troop_classes(tmp_path: Path, text: str,
                       expected: set[tuple[str, float | None, float | None]]) -> None:
    (tmp_path / "r.txt").write_text(text + "\n", encoding="utf-8")
    ledger = build_ledger([tmp_path])
    got = {(c.subject, c.low, c.high) for c in ledger.claims if c.unit == "troops"}
    assert got == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Spain won't send troops to Ukraine.", {("ESP", "declines")}),
    ("Sending Spanish troops is out of the question, the Spanish prime minister said.",
     {("ESP", "declines")}),
    ("Spain has said no to sending troops.", {("ESP", "declines")}),
    ("There will be no Spanish troops in Ukraine, Madrid said.", {("ESP", "declines")}),
    ("There will be no ceasefire soon, Spain said.", set()),
    ("Spain is reluctant to send troops.", {("ESP", "undecided")}),
    ("Spain is reluctant to raise taxes.", set()),
    ("Spain would only deploy troops with a UN mandate.", {("ESP", "conditional"), ("ESP", "ready")}),
    ("The participation of Spain in the talks remains uncertain.", set()),
    ("Neither Spain nor Portugal will send troops.", {("ESP", "declines"), ("PRT", "declines")}),
    ("Neither Spain nor Portugal has ruled out sending troops.",
     {("ESP", "open"), ("PRT", "open")}),
    ("Spain is unwilling to send troops.", {("ESP", "declines")}),
    ("Spain will stay out of the mission.", {("ESP", "declines")}),
    ("Spain will stay out of the talks on the budget.", set()),
    ("Spain has declined to take part in the mission.", {("ESP", "declines")}),
    ("Spain could be among the countries sending troops.", {("ESP", "open")}),
    ("Spain could be among the first to recognise the deal.", set()),
    ("Spain is keeping its options open on sending troops.", {("ESP", "open")}),
    ("Spain said the question of troops would be decided later.", {("ESP", "undecided")}),
    ("The budget will be decided later, Spain said.", set()),
    ("Spanish troops will be deployed to Ukraine after a ceasefire, Madrid said.",
     {("ESP", "ready")}),
    ("Foreign troops would be deployed in Ukraine after a ceasefire, Macron said.", set()),
    ('"We will send troops to Ukraine," said Danish Prime Minister Mette Frederiksen.',
     {("DNK", "ready")}),
    ('"We will send troops to Ukraine," said one official.', set()),
    ('Frederiksen spoke in Copenhagen. "We are ready to contribute troops," she added.',
     {("DNK", "ready")}),
])
def test_common_phrasings(tmp_path: Path, sentence: str, expected: set[tuple[str, str]]) -> None:
    """Common phrasings checked beyond the tuning reports (each with a near miss)."""
    (tmp_path / "r.txt").write_text(sentence + "\n", encoding="utf-8")
    got = {(s.actor, s.stance) for s in build_ledger([tmp_path]).stances
           if s.stance not in ("talks", "supports", "leading")}
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The coalition of the willing now counts 31 members.", {(31.0, 31.0)}),
    ("Half a dozen countries are willing to send troops.", {(6.0, 6.0)}),
    ("Around two dozen countries are ready to contribute troops.", {(24.0, 24.0)}),
    ("Troops from 12 countries take part in the NATO exercise.", set()),
    ("The parliament has 200 members who back the coalition.", set()),
])
def test_country_counts(tmp_path: Path, text: str, expected: set[tuple[float, float]]) -> None:
    (tmp_path / "r.txt").write_text(text + "\nThe report covers the reassurance force.\n",
                                     encoding="utf-8")
    got = {(c.low, c.high) for c in build_ledger([tmp_path]).claims if c.unit == "countries"}
    assert got == expected


def test_a_near_copy_under_another_credit_stays_a_copy() -> None:
    assert combined_similarity(0.7, {"src:ap", "n:26"}, {"src:reuters", "n:26"}) == \
        pytest.approx(0.7)
