"""Session 67: classes from the errors of set 138 and own-words rv67-own (tuning material once
scored), in the project's own words. A leader's words speak for the nation only while in office
(`OFFICE_TERMS`: Merz before 6 May 2025 led the opposition); a refusal "in the current situation"
is of the war now, not of the force; nations named only in an opening concession ("While A backed
the idea, B were reluctant") take no stance from the main clause or the sentence after; the
signers of a declaration to deploy pass the stance check unjudged; "could participate only with a
mandate" after the force is named; minehunters "to the maritime component" of the force; "if
asked" is no condition; a junior coalition partner's or an opposition party's refusal is no
government's; "did not say how many" refuses nothing. Each case marked "misread" failed on the
session start (affd5f4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import TROOP_STANCES, strictly_checked
from evidence_claim_helpers import scored_stances_in as scored

from reassure.evidence import build_ledger


def _dated(tmp_path: Path, date: str, body: str) -> set[tuple[str, str]]:
    (tmp_path / "r.txt").write_text(f"Title: Partners weigh the force\nDate: {date}\n\n{body}\n",
                                    encoding="utf-8")
    return {(s.actor, s.stance) for s in build_ledger([tmp_path / "r.txt"], jobs=1).stances}


@pytest.mark.parametrize(("date", "expected"), [
    ("2024-12-20", set()),  # misread: DEU ready (the opposition leader's words)
    ("2025-06-10", {("DEU", "ready")}),  # left alone: the chancellor's
])
def test_a_leader_speaks_for_the_nation_only_in_office(tmp_path: Path, date: str,
                                                      expected: set[tuple[str, str]]) -> None:
    body = ("Friedrich Merz said Germany was ready to take part in a peacekeeping operation in "
            "Ukraine.")
    assert _dated(tmp_path, date, body) == expected


def test_office_terms_are_dated_and_sourced() -> None:
    from reassure.evidence._gazetteer import OFFICE_TERMS, out_of_office

    for surname, (iso3, start, until, source) in OFFICE_TERMS.items():
        assert len(iso3) == 3 and (start or until) and source, surname
        assert not (start and until) or start < until, surname
    assert out_of_office("Chancellor Olaf Scholz", "DEU", "2025-09-01")
    assert not out_of_office("Chancellor Olaf Scholz", "DEU", "2025-02-01")
    assert not out_of_office("Olaf Scholz", "DEU", None)  # undated: kept
    assert not out_of_office("Friedrich Merz", "FRA", "2024-12-01")  # another nation's stance


def test_a_refusal_of_the_war_now_is_none_of_the_force(tmp_path: Path) -> None:
    # misread: declines ("in the current situation": the fighting, readers record none)
    assert _dated(tmp_path, "2024-12-16", "Chancellor Olaf Scholz told reporters that Berlin "
                                          "would not send any soldiers to Ukraine in the current "
                                          "situation.") == set()
    # left alone: a refusal with no such words
    assert _dated(tmp_path, "2024-12-16", "Chancellor Olaf Scholz told reporters that Berlin "
                                          "would not send any soldiers to Ukraine.") == {
        ("DEU", "declines")}


def test_an_opening_concession_s_nations_take_no_stance_after_it(tmp_path: Path) -> None:
    # misread: Denmark, Norway and Finland undecided (the quote after the main clause)
    got = scored(tmp_path, "While Denmark, Norway and Finland backed the idea of a reassurance "
                           "force, Hungary, Slovakia and Austria were reluctant about it. \u201cIt is "
                           "far too early for this debate.\u201d")
    assert {p for p in got if p[1] in TROOP_STANCES} == {
        ("HUN", "undecided"), ("SVK", "undecided"), ("AUT", "undecided")}
    # left alone: "it" in the main clause stands for the nation of the concession
    assert scored(tmp_path, "Although Athens remains open to talks, it insists that any "
                            "deployment be contingent on clearly defined terms.") == {
        ("GRC", "conditional")}


def test_declaration_signers_pass_the_check_unjudged(tmp_path: Path) -> None:
    # misread: withheld (the check's words weigh the declaration)
    ledger = strictly_checked(tmp_path, "Ukraine, Britain and France signed a declaration on "
                                        "deploying multinational forces in Ukraine after the war.")
    assert {(s.actor, s.stance) for s in ledger.stances} >= {("GBR", "ready"), ("FRA", "ready")}


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a bare "participate" with its terms, after the force is named)
    ("Europe is weighing a reassurance force for Ukraine. Austria could participate only with a "
     "mandate of the United Nations, said Chancellor Christian Stocker.",
     {("AUT", "conditional"), ("AUT", "open")}),
    # misread: nothing (ships to the force's maritime component)
    ("Romania is, however, ready to contribute minehunters to the maritime component of the "
     "reassurance force in the Black Sea, the president said.", {("ROU", "ready")}),
    # misread: NZL conditional ("if asked" names no condition)
    ("New Zealand's prime minister said his government would consider sending troops if asked.",
     {("NZL", "open")}),
    # misread: ESP declines (a junior coalition partner's view)
    ("Sumar, the junior partner in Prime Minister Pedro Sanchez's coalition government, said it "
     "was opposed to deploying Spanish soldiers abroad without a UN mandate.", set()),
    # misread: FRA declines (a party outside government, no speech verb)
    ("The Rassemblement National, through Jordan Bardella, opposes any sending of French "
     "soldiers to Ukraine.", set()),
    # misread: GBR declines (a detail left unsaid)
    ("Starmer did not say how many countries would join the coalition.", set()),
])
def test_readings(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


def _sources_block(tmp_path: Path, nation: str, *texts: tuple[str, str]) -> str:
    for i, (date, body) in enumerate(texts, 1):
        (tmp_path / f"r{i}.txt").write_text(f"By A. Writer | {outlet(i)} | {date}\n\n{body}\n",
                                            encoding="utf-8")
    ledger = build_ledger([str(tmp_path)], jobs=1)
    return ledger.scenario_sources().split(f"# {nation}:")[1].split("\n\n")[0]


def outlet(i: int) -> str:
    return ("The Ledger", "Harbour Courier", "Tagus Review", "Fjord Post")[i - 1]


def test_a_status_most_sources_give_beats_one_refusal(tmp_path: Path) -> None:
    # misread: "ruled-out" on one source against three saying open (a journalist's reading)
    block = _sources_block(
        tmp_path, "Norway",
        ("2 July 2025", "Norway has not ruled out sending troops to the reassurance force, "
                        "Prime Minister Jonas Gahr Store said in Oslo."),
        ("3 July 2025", "Norway is open to contributing soldiers to the reassurance force, "
                        "its foreign minister told a parliamentary hearing."),
        ("4 July 2025", "Oslo is considering sending troops to the force in Ukraine, officials "
                        "in the Norwegian capital said on Friday."),
        ("5 July 2025", "Norway will not send troops to Ukraine, its defence ministry said."))
    assert '# status = "unknown"' in block
    assert "other statuses (independent sources): ruled-out (1)" in block.splitlines()[0]


@pytest.mark.parametrize(("body", "expected"), [
    # misread: GBR ready alone (the backing "only" with it, after "but")
    ("The prime minister said the Netherlands would play its part in any mission, but could only "
     "do so with firm guarantees from Washington.", {("NLD", "ready"), ("NLD", "conditional")}),
    # misread: nothing (nations with the verb left out, in a sentence on sending troops)
    ("Views differ on deploying troops to Ukraine, with Belgium open but Hungary opposed.",
     {("BEL", "open"), ("HUN", "declines")}),
    ("Capitals still split on troop deployments: several governments, Denmark included, stand "
     "ready to do so, with Slovakia opposed.", {("DNK", "ready"), ("SVK", "declines")}),
    # misread: nothing (the group's members after "These being")
    ("Europe weighs a force for Ukraine. Four governments have so far agreed to participate in "
     "the reassurance force. These being Britain, France, Estonia and Latvia.",
     {("GBR", "ready"), ("FRA", "ready"), ("EST", "ready"), ("LVA", "ready")}),
    # misread: CZE declines (the apposition's owner)
    ("Slovakia, Prague's neighbour, has said it will not send troops.", {("SVK", "declines")}),
    # misread: HRV conditional (the speaker before carried over "Bulgaria's caretaker
    # government said")
    ("Croatia's defence minister Ivan Anusic said Zagreb was ready. Bulgaria's caretaker "
     "government said any deployment would require a vote in the National Assembly.",
     {("BGR", "conditional")}),
])
def test_readings_second_round(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert {p for p in scored(tmp_path, body) if p[1] in TROOP_STANCES} == expected


def test_he_after_a_time_phrase_is_the_leader_it_names(tmp_path: Path) -> None:
    # misread (round 3's own-words set, by the office terms): "he" given to Scholz, named as the
    # last speaker, so Germany's readiness in December 2025 was dropped as an ex-chancellor's
    body = ("Ten months ago, the German government called the debate premature. Olaf Scholz, then "
            "still chancellor, said he was irritated by it. This week Friedrich Merz went further "
            "than any German leader. Germany, he said, is ready to station soldiers in Ukraine "
            "as part of the multinational force.")
    (tmp_path / "r.txt").write_text(f"Title: Berlin moves\nDate: 2025-12-04\n\n{body}\n",
                                    encoding="utf-8")
    said = {(s.actor, s.stance): s.said_by
            for s in build_ledger([tmp_path / "r.txt"], jobs=1).stances}
    assert said.get(("DEU", "ready")) == "Merz"


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing ("boots on the ground" with a number is troops)
    ("Europe could deploy several thousand boots on the ground to the reassurance force.",
     {("european_force", 3000.0, 9000.0)}),
    # left alone: boots as kit
    ("The army received 50,000 pairs of boots from Canada for the reassurance force.", set()),
])
def test_boots_on_the_ground_are_troops(tmp_path: Path, body: str,
                                        expected: set[tuple[str, float, float]]) -> None:
    (tmp_path / "r.txt").write_text(f"Title: Partners weigh the force\n\n{body}\n",
                                    encoding="utf-8")
    got = {(c.subject, c.low, c.high) for c in build_ledger([tmp_path / "r.txt"], jobs=1).claims
           if c.unit == "troops"}
    assert got == expected
