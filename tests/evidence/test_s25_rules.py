"""Session 25's readings, each written from a fresh set's misses after it was scored
(docs/evidence.md §10 "Session 25"); the sentences are the project's own.

- the force a list of stances is about is carried one sentence further: a sentence of stances on
  "participation" names no troops of its own, and when the sentence before is itself a sentence
  of stances ("X and Y have indicated readiness to participate"), the force is named one further
  back (set 55's round-up of who would take part);
- the force's declaration of intent named bare makes its signers ready, in the passive too
  (sets 54, 57);
- "he" after Zelensky spoke asks for the force; a qualifier quoted alone; "as much as"; Ukraine's
  security owned, not asked (sets 58, 59);
- a "Title:" header is read as the report's first line; "join forces" is an idiom; a deal that
  holds is the premise; a headline that asks states nothing (sets 58, 60)."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import stance_pairs, troop_figures

from reassure.evidence import Ledger, build_ledger

STANCE_CASES = [
    # the force carried through a sentence of stances
    ("Several nations said they would contribute to the peacekeeping force. Ireland and Belgium "
     "have indicated readiness to participate. Canada and Norway have not ruled out involvement.",
     {("IRL", "ready"), ("BEL", "ready"), ("CAN", "open"), ("NOR", "open")}),
    ("Ministers discussed the size of the peacekeeping force. Finland and Sweden have indicated "
     "readiness to participate. Austria has ruled out any participation.",
     {("FIN", "ready"), ("SWE", "ready"), ("AUT", "declines")}),
    # (s66) ... and past one without any: the report's topic carries (was: nothing)
    ("Several nations said they would contribute to the peacekeeping force. The weather in "
     "Brussels was cold. Canada has not ruled out involvement.", {("CAN", "open")}),
    ("Poland will not participate.", set()),
    # the force's declaration of intent named bare, its signers in the passive
    ("Beyond the talks, a landmark declaration of intent was signed with the French President "
     "Emmanuel Macron and the British Prime Minister Keir Starmer.",
     {("FRA", "ready"), ("GBR", "ready")}),
    ("The pledge was formalised in Paris in a declaration of intent signed by France, the "
     "United Kingdom and Ukraine.", {("FRA", "ready"), ("GBR", "ready")}),
    ("Britain and France signed a declaration of intent with Ukraine on Tuesday.",
     {("FRA", "ready"), ("GBR", "ready")}),
    # ... must not break: a declaration of intent on something else names its object
    ("Denmark and Ukraine signed a declaration of intent on joint drone production.", set()),
    ("A declaration of intent on drone production was signed by Denmark and Ukraine.", set()),
    ("France and Britain signed a declaration of intent on the deployment of troops.",
     {("FRA", "ready"), ("GBR", "ready")}),
    # an idiom, and a deal in force as the premise (set 58's titles)
    ("UK and European leaders join forces to draft a Ukraine peace plan to take to the US.",
     set()),
    ("UK to deploy troops if deal holds", {("GBR", "ready")}),
    # ... must not break
    ("Canada will join the force in Ukraine.", {("CAN", "ready")}),
    ("Britain will deploy troops if Congress holds a vote.",
     {("GBR", "ready"), ("GBR", "conditional")}),
    # a headline that asks, cut before its question mark (set 60)
    ("Could Irish peacekeepers end up in Ukraine if the EU is drawn in", set()),
    ("Will Britain send troops to Ukraine", set()),
    # ... must not break: an inverted condition, and a statement
    ("Should a deal be reached, Britain will send troops.", {("GBR", "ready")}),
    ("Britain will send troops to Ukraine", {("GBR", "ready")}),
]

SIZE_CASES = [
    # "he" after Zelensky spoke: his figure is Ukraine's request, a floor when called the minimum
    ("Zelensky said on Sunday that Ukraine needs guarantees. He has also backed the deployment of "
     "200,000 foreign troops, stressing that this figure is the minimum necessary.",
     {("ukraine_request", 200000.0, None)}),
    ("Zelensky spoke in Kyiv on Monday, officials said. Later, he said a force of 150,000 troops "
     "would be needed.", {("ukraine_request", 150000.0, 150000.0)}),
    # ... must not break: another leader's "he"
    ("Macron said on Sunday that Europe is ready. He said a force of 30,000 troops is needed.",
     {("european_force", 30000.0, 30000.0)}),
    # a qualifier quoted alone, "as much as", and Ukraine's security owned, not asked
    ("Zelensky said in January that Kyiv needs “at least” 200,000 European soldiers as "
     "peacekeepers.", {("ukraine_request", 200000.0, None)}),
    ("A retired general said as much as 40,000 UK troops could be needed for such a mission.",
     {("contribution:GBR", None, 40000.0)}),
    ("Ministers discussed the UK's role in ensuring Ukraine's security, with suggestions that a "
     "force of up to 100,000 troops led by Britain and France may be needed.",
     {("european_force", None, 100000.0)}),
    # ... must not break: Ukraine's own asking
    ("Ukraine's president has demanded that 200,000 troops be sent.",
     {("ukraine_request", 200000.0, 200000.0)}),
    ("Zelensky's demand for 200,000 troops was turned down.",
     {("ukraine_request", 200000.0, 200000.0)}),
]


@pytest.mark.parametrize(("text", "expected"), STANCE_CASES)
def test_stances(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert stance_pairs(tmp_path, text) == expected


@pytest.mark.parametrize(("text", "expected"), SIZE_CASES)
def test_troop_sizes(tmp_path: Path, text: str,
                     expected: set[tuple[str, float | None, float | None]]) -> None:
    assert troop_figures(tmp_path, text) == expected


def _ledger_of_file(tmp_path: Path, text: str, stance_check: bool = True) -> Ledger:
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    return build_ledger([tmp_path / "r.txt"], jobs=1, stance_check=stance_check)


def test_a_title_header_is_read_as_the_reports_first_line(tmp_path: Path) -> None:
    # (set 58) the headline said what the body did not repeat
    text = ("Title: France, UK ready to send troops to Ukraine, US to provide guarantees\n"
            "Source link: https://example.org/a\n\nLeaders met in Paris on Tuesday.\n")
    ledger = _ledger_of_file(tmp_path, text, stance_check=False)
    assert {(s.actor, s.stance) for s in ledger.stances} == {("FRA", "ready"), ("GBR", "ready")}
    report = _ledger_of_file(tmp_path, text).reports[0]
    assert report.title == "France, UK ready to send troops to Ukraine, US to provide guarantees"


def test_a_title_the_body_repeats_gives_its_stance_once(tmp_path: Path) -> None:
    text = ("Title: Italy will not send troops to Ukraine\n\nItaly will not send troops to "
            "Ukraine\n\nMeloni said so in Rome on Monday.\n")
    ledger = _ledger_of_file(tmp_path, text, stance_check=False)
    assert [(s.actor, s.stance) for s in ledger.stances] == [("ITA", "declines")]
