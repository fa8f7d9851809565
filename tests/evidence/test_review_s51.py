"""Session 51 (from the misses of the rebuilt real rounds 8-24): a joint Franco-British (Anglo-
French) force's size is the two nations' joint share, not Britain's alone; a nation that "does not
reject" sending its troops keeps it open, as one that "has not ruled it out". The reports below are
written for these tests, in the project's own words."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.evidence import build_ledger


def _ledger(tmp_path: Path, body: str, name: str = "r.txt"):  # type: ignore[no-untyped-def]
    (tmp_path / name).write_text(f"Lead nations set out their plan\n\nNorthwire, 4 March 2026\n\n{body}\n",
                                 encoding="utf-8")
    return build_ledger([tmp_path / name], jobs=1)


def _troops(ledger) -> set[tuple[str, float | None, float | None]]:  # type: ignore[no-untyped-def]
    return {(c.subject, c.low, c.high) for c in ledger.claims if c.unit == "troops"}


def _stances(ledger) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(s.actor, s.stance) for s in ledger.stances}


# --- a joint force of the two lead nations -----------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Paris and London said a joint Franco-British force of up to 40,000 troops could deploy "
     "to Ukraine once the guns fall silent.", ("contribution:FRA+GBR", None, 40000.0)),
    ("An Anglo-French contingent of about 12,000 troops would be based west of the Dnipro.",
     ("contribution:FRA+GBR", 12000.0, 12000.0)),
])
def test_a_franco_british_force_is_the_two_nations_joint_share(
        tmp_path: Path, body: str, expected: tuple[str, float | None, float | None]) -> None:
    found = _troops(_ledger(tmp_path, body))
    assert expected in found
    # not Britain's (or France's) figure alone, as the adjective's second half read before
    assert not {c for c in found if c[0] in ("contribution:GBR", "contribution:FRA")}


def test_a_plan_labelled_british_french_keeps_its_european_troops(tmp_path: Path) -> None:
    # the pair names the plan's authors; the figure is of European troops, the whole force
    body = ("The British-French plan foresees fewer than 20,000 European troops stationed far from "
            "the line of contact.")
    assert _troops(_ledger(tmp_path, body)) == {("european_force", None, 20000.0)}


def test_another_pair_of_nations_is_not_the_lead_nations(tmp_path: Path) -> None:
    body = "A Franco-German brigade of 4,000 soldiers would join the force, officials said."
    assert not {c for c in _troops(_ledger(tmp_path, body)) if c[0] == "contribution:FRA+GBR"}


# --- "does not reject" sending troops: open ----------------------------------------------------

@pytest.mark.parametrize("body", [
    "Ottawa's leader said Canada does not reject the idea of deploying Canadian soldiers to "
    "Ukraine under a coalition mandate.",
    "Sweden did not reject sending troops to the reassurance force, the minister said.",
])
def test_a_negated_refusal_of_sending_troops_is_open(tmp_path: Path, body: str) -> None:
    found = _stances(_ledger(tmp_path, body))
    nation = "CAN" if "Canada" in body else "SWE"
    assert (nation, "open") in found
    assert (nation, "rejects") not in found and (nation, "declines") not in found


@pytest.mark.parametrize("body", [
    "Canada did not reject the plan, saying it was for Europe to decide.",
    "Sweden does not reject the idea of talks with Moscow on the ceasefire line.",
])
def test_a_negated_refusal_of_anything_else_gives_no_stance(tmp_path: Path, body: str) -> None:
    found = _stances(_ledger(tmp_path, body))
    assert not {s for s in found if s[0] in ("CAN", "SWE")}


@settings(max_examples=12, deadline=None)
@given(verb=st.sampled_from(["does not reject", "did not reject", "has not rejected"]),
       idea=st.sampled_from(["the idea of deploying", "the possibility of sending",
                             "the prospect of deploying"]),
       nation=st.sampled_from([("Norway", "NOR", "Norwegian"), ("Finland", "FIN", "Finnish"),
                               ("Portugal", "PRT", "Portuguese")]))
def test_any_negated_refusal_of_own_troops_reads_open(
        tmp_path_factory: pytest.TempPathFactory, verb: str, idea: str,
        nation: tuple[str, str, str]) -> None:
    name, iso3, adj = nation
    body = f"{name} {verb} {idea} {adj} troops to Ukraine after a ceasefire, its minister said."
    found = _stances(_ledger(tmp_path_factory.mktemp("neg"), body))
    assert (iso3, "open") in found and (iso3, "rejects") not in found


# --- "a decision not to send": a refusal decided ------------------------------------------------

@pytest.mark.parametrize(("body", "nation"), [
    ("Rome's prime minister confirmed Italy's decision not to send its soldiers to the force.", "ITA"),
    ("Austria has taken the decision not to send Austrian soldiers to the force, its chancellor "
     "said.", "AUT"),
])
def test_a_decision_not_to_send_troops_declines(tmp_path: Path, body: str, nation: str) -> None:
    found = _stances(_ledger(tmp_path, body))
    assert (nation, "declines") in found
    assert (nation, "undecided") not in found  # read as a decision still to make before


@pytest.mark.parametrize("body", [
    "Germany has not decided whether to send troops to Ukraine, the chancellor said.",
    "Spain has made no decision yet on sending troops to Ukraine.",
])
def test_a_decision_not_yet_made_stays_undecided(tmp_path: Path, body: str) -> None:
    found = _stances(_ledger(tmp_path, body))
    nation = "DEU" if "Germany" in body else "ESP"
    assert (nation, "undecided") in found and (nation, "declines") not in found


# --- (post hoc, fresh set 101) the nations at a coalition meeting; "30-or-so" -------------------

def _counts(ledger) -> set[tuple[str, float | None, float | None]]:  # type: ignore[no-untyped-def]
    return {(c.subject, c.low, c.high) for c in ledger.claims if c.unit == "countries"}


@pytest.mark.parametrize(("body", "expected"), [
    ("Upwards of 28 leaders convened in Rome to settle how Ukraine would be protected after a "
     "ceasefire.", ("coalition_size", 28.0, None)),
    ("Some 33 leaders meet in Madrid to draw up post-ceasefire guarantees for Kyiv.",
     ("coalition_size", 33.0, 33.0)),
    ("Ministers from the 40-or-so countries backing the reassurance force will meet again in May.",
     ("coalition_size", 40.0, 40.0)),
])
def test_a_meeting_of_leaders_counts_the_nations_in_the_talks(
        tmp_path: Path, body: str, expected: tuple[str, float | None, float | None]) -> None:
    assert expected in _counts(_ledger(tmp_path, body))


def test_people_described_as_european_leaders_are_no_count_of_nations(tmp_path: Path) -> None:
    # (15w) EU and NATO heads among them: people, not the coalition's nations
    assert not _counts(_ledger(tmp_path, "About 20 European leaders met in Paris on Monday."))
