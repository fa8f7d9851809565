"""Session 67: a journalist's reading of the committed corpus and a reviewer's probes (108
short reports written for the review), rewritten here in the project's own words. Who said it:
unnamed critics, planners and newspapers are named as such; a figure or refusal in a clause the
speaker does not say ("..., but Europe is discussing a force of 25,000"; "While the US has ruled
out ..., diplomats said ...") has no speaker; a nation does not report another's readiness after
", and"; "a government spokesman" is someone new, not the leader named before; a deed ("is leading
efforts") names no speaker. What is read: an analyst's voice carried by "he", an offer taken back,
a hope for another nation, another clause's condition, "not an option", a leader's colon
headline, a round-up's "are in / is out", "X had told him it would not". Each case marked
"misread" failed on the session start (affd5f4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import scored_stances_in as scored

from reassure.evidence import build_ledger


def _ledger(tmp_path: Path, body: str, title: str = "Partners weigh the force"):  # type: ignore[no-untyped-def]
    (tmp_path / "r.txt").write_text(f"Title: {title}\n\n{body}\n", encoding="utf-8")
    return build_ledger([tmp_path / "r.txt"], jobs=1)


def _stance_speakers(tmp_path: Path, body: str, title: str = "Partners weigh the force",
                     ) -> dict[tuple[str, str], str | None]:
    return {(s.actor, s.stance): s.said_by for s in _ledger(tmp_path, body, title).stances}


def _figure_speakers(tmp_path: Path, body: str) -> dict[float | None, str | None]:
    return {c.low if c.low is not None else c.high: c.said_by
            for c in _ledger(tmp_path, body).claims}


# --- who said it -----------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "figure", "speaker"), [
    # misread: no speaker
    ("A European force of 20,000 troops would be far too small, critics say.", 20000,
     "unnamed critics"),
    ("The European force would need at least 40 thousand soldiers, one planner argues.", 40000,
     "an unnamed planner"),
    ("Germany could send 12 thousand soldiers to the force if the Bundestag agrees, wrote the "
     "newspaper.", 12000, "the newspaper"),
    ("According to a Nordic think tank, Copenhagen could deploy up to 1,500 troops to the "
     "force.", 1500, "a Nordic think tank"),
    # misread: Zelensky's (he asked for 150,000; the 25,000 is what Europe weighs)
    ("President Volodymyr Zelensky has said Ukraine needs 150,000 peacekeepers, but Europe is "
     "weighing a force of 25,000.", 25000, None),
    # left alone: his own figure
    ("President Volodymyr Zelensky has said Ukraine needs 150,000 peacekeepers, but Europe is "
     "weighing a force of 25,000.", 150000, "President Volodymyr Zelensky"),
])
def test_whose_figure(tmp_path: Path, body: str, figure: float, speaker: str | None) -> None:
    assert _figure_speakers(tmp_path, body)[figure] == speaker


def test_a_clause_the_speaker_does_not_say(tmp_path: Path) -> None:
    # misread: the US refusal given to the diplomats who speak after it
    said = _stance_speakers(tmp_path, "While the US has ruled out sending its own soldiers to "
                                      "Ukraine, European diplomats said Washington might still "
                                      "offer air cover.")
    assert said[("USA", "declines")] is None
    # misread: Canada's readiness given to Portugal
    said = _stance_speakers(tmp_path, "Portugal says it is ready to send a small unit, and "
                                      "Canada is ready to play its part.")
    assert said[("CAN", "ready")] is None
    assert said[("PRT", "ready")] == "Portugal"


def test_an_unnamed_spokesman_is_no_leader_named_before(tmp_path: Path) -> None:
    # misread: "Slovak premier visited Brussels and" as the first speaker, and the premier as the
    # speaker of the spokesman's words
    said = _stance_speakers(tmp_path, "The Slovak premier visited Brussels and said no such "
                                      "deployment was planned. Hungary has signalled reluctance "
                                      "to deploy soldiers, a government spokesman said.")
    assert said[("HUN", "undecided")] == "an unnamed government spokesman"
    assert "Brussels" not in (said.get(("SVK", "declines")) or "")


def test_a_deed_names_no_speaker(tmp_path: Path) -> None:
    # guard (session 67's first change read "is leading efforts" as Macron's statement)
    said = _stance_speakers(tmp_path, "French President Emmanuel Macron is leading efforts to "
                                      "rally support for a reassurance force.")
    assert said.get(("FRA", "leading")) is None


def test_a_leaders_colon_headline_names_the_speaker(tmp_path: Path) -> None:
    # misread: no speaker ("Fico:" speaks in the third person)
    said = _stance_speakers(tmp_path, "Slovakia's prime minister spoke after a cabinet meeting.",
                            title="Fico: no Slovak soldiers for Ukraine")
    assert said == {("SVK", "declines"): "Fico"}


# --- what is read ----------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    # misread: DEU ready (the analyst's voice, carried by "he")
    ("Analyst Jan Kowalski said the mission would be risky. He added that Germany would "
     "probably send troops.", set()),
    # misread: DEU conditional, said by the analysts
    ("Analysts say Germany could only send troops with the approval of the Bundestag.", set()),
    # left alone: the chancellor, carried by "he"
    ("Chancellor Friedrich Merz spoke in Berlin. He said Germany was ready to send troops.",
     {("DEU", "ready")}),
    # misread: Estonia given Latvia's condition
    ("Estonia is ready to contribute a company of troops, but Latvia says it needs "
     "parliament's approval first.", {("EST", "ready"), ("LVA", "conditional")}),
    # misread: Croatia given Greece's mandate
    ("Croatia has said no to sending soldiers, while Greece says it would take part only under "
     "a UN mandate.", {("HRV", "declines"), ("GRC", "conditional"), ("GRC", "ready")}),
    # misread: DEU ready and ITA ready (a hope for another nation)
    ("German Chancellor Friedrich Merz said he would like Italy to take part in the force.",
     set()),
    # misread: CZE ready (the offer it took back)
    ("The Czech government, which had offered a unit of 200 soldiers, withdrew the offer after "
     "the election.", {("CZE", "declines")}),
    # misread: none (the pledge it backed away from)
    ("Sweden pledged a battalion to the force in March. It has since backed away from the "
     "pledge.", {("SWE", "ready"), ("SWE", "declines")}),
    # left alone: not backing away keeps the pledge
    ("Sweden has not backed away from its pledge to send a battalion.", {("SWE", "ready")}),
    # misread: none
    ("Sending Italian troops to Ukraine is not an option, Meloni said.", {("ITA", "declines")}),
    # misread: none (a round-up's elliptic line after a question on the force)
    ("Who would send troops to the reassurance force? Britain and France are in; Poland is "
     "out.", {("GBR", "ready"), ("FRA", "ready"), ("POL", "declines")}),
    # left alone: no force in view
    ("The vote is in. Germany is out of the tournament.", set()),
    # misread: GBR declines (Norway told him)
    ("Healey said Norway had told him it would not contribute troops.", {("NOR", "declines")}),
])
def test_readings(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


def test_the_other_clauses_nation_is_no_speaker(tmp_path: Path) -> None:
    # misread: Italy's refusal said by Britain
    said = _stance_speakers(tmp_path, "Britain said it would deploy troops while Italy said its "
                                      "soldiers would stay at home.")
    assert said[("GBR", "ready")] == "Britain"
    assert said[("ITA", "declines")] is None


@pytest.mark.parametrize(("body", "expected"), [
    # guards from a reviewer's reading of this session's rules (each misread by an earlier
    # version of them)
    ("Germany backed away from plans to cut its defence budget, and Berlin said it is ready to "
     "send troops.", {("DEU", "ready")}),
    ("Despite protests from the AfD, Berlin is ready to send troops to the force.",
     {("DEU", "ready")}),
    ("While the plan is backed by France, Germany said on Monday, after a cabinet meeting, that "
     "it would not send troops.", {("DEU", "declines")}),
    ("Former president Andrzej Duda said in 2024 that Poland would never send troops; President "
     "Karol Nawrocki said on Monday Poland will not send troops either.", {("POL", "declines")}),
    ("For Italy, a UN mission is not an option, but sending troops under the coalition is "
     "possible.", set()),
    ("Talks between Britain and France open, with deployment of troops on the agenda.", set()),
])
def test_guards(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert {p for p in scored(tmp_path, body) if p[1] != "supports"} == expected


def test_a_closing_speaker_after_a_semicolon_and_an_office_s_owner(tmp_path: Path) -> None:
    said = _stance_speakers(tmp_path, "Former president Andrzej Duda said in 2024 that Poland "
                                      "would never send troops; President Karol Nawrocki said on "
                                      "Monday Poland will not send troops either.")
    assert said == {("POL", "declines"): "President Karol Nawrocki"}
    said = _stance_speakers(tmp_path, "The Czech armed forces said Czechia could send 500 troops.")
    assert said == {("CZE", "open"): "Czech armed forces"}


def test_the_nations_after_according_to_a_leader(tmp_path: Path) -> None:
    # misread: France ready (the source's nation), nothing for the two named
    said = _stance_speakers(tmp_path, "According to Macron, Belgium and the Netherlands are ready "
                                      "to deploy soldiers.")
    assert said == {("BEL", "ready"): "Macron", ("NLD", "ready"): "Macron"}


def test_a_national_unit_is_that_nation_s_share(tmp_path: Path) -> None:
    # misread: the whole force's size
    body = "A British brigade of roughly 5,000 soldiers would form the core of the reassurance force."
    assert {(c.subject, c.low) for c in _ledger(tmp_path, body).claims} == {
        ("contribution:GBR", 5000.0)}
    # left alone: a unit of no nation
    body = "A brigade of 5,000 soldiers would form the core of the reassurance force."
    assert {(c.subject, c.low) for c in _ledger(tmp_path, body).claims} == {
        ("european_force", 5000.0)}


def test_ready_to_take_part_before_a_comma_and_its_terms(tmp_path: Path) -> None:
    # guard: read after the force is named (the probe that missed it named no force)
    assert scored(tmp_path, "Europe discussed the reassurance force on Monday. Denmark is ready "
                            "to take part, provided a ceasefire holds, Frederiksen said.") == {
        ("DNK", "ready")}
    # left alone: no force in view
    assert scored(tmp_path, "Leaders will meet in Rome next week. Denmark is ready to take part, "
                            "provided the weather holds.") == set()
