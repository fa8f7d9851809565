"""Session 33 (speaker, follow-up): who said it, as the ledger shows it. An empty speaker is
refilled only with someone who can speak the stance's clause (its own nation's leader, or one
speaking in that clause), never another nation's leader in another clause; capitalised
"Officials" / "Diplomats" / "Sources" opening a sentence are unnamed sources, not the place
after them; "<Nation>'s <office>" is the speaker wherever it stands, with its nation; "a
spokesman" is an unnamed one. Empty is better than wrong. Made-up sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import build_ledger
from reassure.evidence._ledger import _unnamed, reader_speaker

# one report per sentence, one ledger for the module (the stance check off: these are about the
# speaker shown, not which stances the check keeps)
TEXTS = {
    # 1. the refill
    "other_clause": "Frederiksen said Denmark needed more time, while Sweden said it was ready to "
                    "send a battalion to Ukraine.",
    "other_clause_rev": "Sweden said it was ready to send a battalion to Ukraine, while "
                        "Frederiksen said Denmark needed more time.",
    "own_leader": "Sweden will send a battalion to Ukraine; the details come later, Kristersson "
                  "told reporters.",
    "same_clause": "Sweden and Finland are ready to send troops to Ukraine, Kristersson said on "
                   "Friday.",
    "figure": "The force could number 18,000 troops, Macron said, while Frederiksen said Denmark "
              "needed more time.",
    # 2. unnamed sources opening a sentence
    "officials": "Officials in Helsinki said Finland is ready to send troops to Ukraine.",
    "diplomats": "Diplomats in Riga and Tallinn say Latvia is ready to send troops to Ukraine.",
    "sources": "Sources close to the government said Finland is ready to send troops to Ukraine.",
    # 3. a nation's office
    "secretary": "Britain is ready to send troops to Ukraine, Britain's defence secretary said on "
                 "Monday.",
    "deputy": "Speaking in Tartu, Estonia's deputy defence minister said Estonia is ready to send "
              "troops to Ukraine.",
    "minister": "Norway's foreign minister said Norway is ready to send troops to Ukraine.",
    "size": "The force could number 18,000 troops, Britain's defence secretary said.",
    # 4. spokesmen
    "spokesman": "Finland is ready to send troops to Ukraine, a spokesman said.",
    "spokeswoman": "A government spokeswoman said Finland is ready to send troops to Ukraine.",
    "kremlin": "Finland is ready to send troops to Ukraine, the Kremlin spokesman said.",
    "named": "Finland is ready to send troops to Ukraine, Finnish government spokesman Kari "
             "Lund said.",
    "spokesman_size": "The force could number 18,000 troops, a spokesman said.",
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory):
    folder: Path = tmp_path_factory.mktemp("s33_speaker")
    for name, text in TEXTS.items():
        (folder / f"{name}.txt").write_text(f"Title {name}\n\n{text}\n", encoding="utf-8")
    return build_ledger([folder], jobs=1, stance_check=False)


@pytest.fixture(scope="module")
def said(ledger) -> dict[str, dict[str, tuple[str | None, str | None]]]:
    """report -> actor -> (said_by, said_by_nation) of its stances."""
    ids = {r.id: Path(r.path).stem for r in ledger.reports}
    out: dict[str, dict[str, tuple[str | None, str | None]]] = {n: {} for n in TEXTS}
    for s in ledger.stances:
        out[ids[s.report_id]][s.actor] = (s.said_by, s.said_by_nation)
    return out


@pytest.fixture(scope="module")
def figure_said(ledger) -> dict[str, tuple[str | None, str | None]]:
    """report -> (said_by, said_by_nation) of its (one) figure."""
    ids = {r.id: Path(r.path).stem for r in ledger.reports}
    return {ids[c.report_id]: (c.said_by, c.said_by_nation) for c in ledger.claims}


# --- 1. an empty speaker is refilled only with one who can speak the stance's clause --------

def test_another_nations_leader_in_another_clause_is_not_the_speaker(said) -> None:
    assert said["other_clause"]["SWE"] == (None, None)  # not Frederiksen
    assert said["other_clause_rev"]["SWE"] == ("Sweden", "SWE")  # not Frederiksen either


def test_the_nations_own_leader_or_the_clauses_speaker_is_kept(said) -> None:
    assert said["own_leader"]["SWE"] == ("Kristersson", "SWE")  # another clause, own leader
    assert said["same_clause"]["FIN"] == ("Kristersson", "SWE")  # he said it of Finland too


def test_a_figures_speaker_is_the_one_of_its_clause(figure_said) -> None:
    assert figure_said["figure"] == ("Macron", "FRA")


@pytest.mark.parametrize(("sentence", "actor", "anchor", "expected"), [
    ("Norway would wait, according to Jonas Gahr Støre, while Denmark is ready to send troops.",
     "DNK", "ready", (None, None)),
    ("Frederiksen said Denmark needed more time, while Sweden was ready to send troops.",
     "SWE", "ready", (None, None)),
    ("Frederiksen said Denmark needed more time, while Sweden was ready to send troops.",
     "DNK", "needed more time", ("Frederiksen", "DNK")),
    # a claim whose words are not found: only its own nation's leader stands in
    ("Frederiksen said Denmark needed more time, while Sweden was ready to send troops.",
     "SWE", "absent words", (None, None)),
])
def test_reader_speaker_refill(sentence: str, actor: str, anchor: str,
                               expected: tuple[str | None, str | None]) -> None:
    assert reader_speaker(sentence, None, actor, anchor) == expected


def test_reader_speaker_without_a_claim_refills_as_before() -> None:
    # (callers that give no claim: the first leader speaking, as before s33)
    sentence = "Frederiksen said Denmark needed more time, while Sweden was ready to send troops."
    assert reader_speaker(sentence, None) == ("Frederiksen", "DNK")


# --- 2. "Officials in Oslo said": an unnamed source ------------------------------------------

@pytest.mark.parametrize(("name", "actor", "expected"), [
    ("officials", "FIN", "unnamed officials"),  # not "Helsinki"
    ("diplomats", "LVA", "unnamed diplomats"),  # not "Riga and Tallinn"
    ("sources", "FIN", "unnamed sources"),  # not "government"
])
def test_capitalised_unnamed_sources_opening_a_sentence(said, name: str, actor: str,
                                                        expected: str) -> None:
    assert said[name][actor] == (expected, None)


@pytest.mark.parametrize("sentence", [
    "Officials met in Paris and Finland said it is ready to send troops.",  # Finland speaks
    "Sources of funding were discussed, and Finland said it is ready.",  # no source speaking
])
def test_an_opening_head_before_another_speaker_is_not_the_source(sentence: str) -> None:
    assert _unnamed(sentence) is None


# --- 3. "<Nation>'s <office>" is the speaker, with its nation --------------------------------

@pytest.mark.parametrize(("name", "actor", "expected"), [
    ("secretary", "GBR", ("Britain's defence secretary", "GBR")),  # after the stance
    ("deputy", "EST", ("Estonia's deputy defence minister", "EST")),  # after an opening phrase
    ("minister", "NOR", ("Norway's foreign minister", "NOR")),  # a nation's own name as owner
])
def test_a_nations_office_is_the_speaker(said, name: str, actor: str,
                                         expected: tuple[str, str]) -> None:
    assert said[name][actor] == expected


def test_a_nations_office_speaks_for_a_figure(figure_said) -> None:
    assert figure_said["size"] == ("Britain's defence secretary", "GBR")


# --- 4. "a spokesman": an unnamed one; a named or owned one stays ----------------------------

@pytest.mark.parametrize(("name", "expected"), [
    ("spokesman", ("an unnamed spokesman", None)),
    ("spokeswoman", ("an unnamed government spokeswoman", None)),
    ("named", ("Finnish government spokesman Kari Lund", "FIN")),
])
def test_a_spokesman_is_shown_as_the_unnamed_are(said, name: str,
                                                 expected: tuple[str | None, str | None]) -> None:
    assert said[name]["FIN"] == expected


def test_the_kremlin_spokesman_speaks_for_no_other_nation(said) -> None:
    # (s59) an outsider's unnamed official states no stance of another nation (it read Finland
    # ready, shown as the Kremlin spokesman's words, until session 59)
    assert "FIN" not in said["kremlin"]


def test_a_figures_spokesman_is_unnamed(figure_said) -> None:
    assert figure_said["spokesman_size"] == ("an unnamed spokesman", None)
