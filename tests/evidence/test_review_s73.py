"""Session 73: a reviewer's probes and a journalist's reading of the ledger (written for the
review, in the project's own words). Each "misread" case fails on the session start c614fab;
the guards beside them read the same on both."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import strictly_checked, troop_figures, undated_stances

from reassure.evidence import build_ledger
from reassure.evidence._ledger import figure_denied
from reassure.evidence._scenario import scenario_sources


@pytest.mark.parametrize(("body", "expected"), [
    # misread: "until" a named condition is "only once" it holds, as "unless" (15t)
    ("Lithuania will not send troops to Ukraine until the United States spells out its "
     "backstop, the president said.", {("LTU", "conditional"), ("LTU", "ready")}),
    ("Spain will not send troops to Ukraine until parliament has voted.",
     {("ESP", "conditional"), ("ESP", "ready")}),
    # misread: "until a ceasefire" after the destination is the force's premise, no refusal
    ("France will not send troops to Ukraine until a ceasefire is in place, Macron said.",
     set()),
    # guards: a date or "further notice" is no condition
    ("Spain will not send troops to Ukraine until 2027.", {("ESP", "declines")}),
    ("Italy will not send troops to Ukraine until further notice.", {("ITA", "declines")}),
])
def test_a_refusal_until(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: a ceiling on the offer is no refusal
    ("Officials in Berlin said a German contribution would be no more than 5,000 soldiers.",
     set()),
    ("Britain's contribution to the force in Ukraine will be no larger than a brigade.", set()),
    # misread: the subject's "no" three words or more before the verb
    ("No German ground troops would be stationed inside Ukraine, Merz said.",
     {("DEU", "declines")}),
    ("Merz said no German combat troops would be sent to Ukraine.", {("DEU", "declines")}),
    # guards
    ("There would be no British soldiers in Ukraine, Starmer said.", {("GBR", "declines")}),
    ("No French soldiers will be deployed to Ukraine, Macron said.", {("FRA", "declines")}),
])
def test_no_and_no_more_than(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the "whether" before a carried subject's pronoun is its clause's
    ("Denmark joined the coalition but has not said whether it will send troops to Ukraine.",
     {("DNK", "undecided")}),
    # misread: critics' forecast is not the government's word
    ("Critics claim Britain will not be able to send troops to Ukraine.", set()),
    ("Critics in London claim Britain will not be able to send troops to Ukraine.", set()),
    # misread: a rumour said to be false is the nation's refusal, not its offer
    ("Rumours that Poland would send troops to Ukraine were denied by the ministry.",
     {("POL", "declines")}),
    # guards
    ("Starmer brushed aside critics and said Britain was ready to send troops to Ukraine.",
     {("GBR", "ready")}),
    ("Reports that Spain would send troops to Ukraine were confirmed by the ministry.",
     {("ESP", "ready")}),
])
def test_whose_word_and_rumours(tmp_path: Path, body: str,
                                expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("sentence", "figure", "denied"), [
    ("Military planners have dismissed reports that Europe would send 60,000 troops to Ukraine, "
     "saying the force will not exceed 12,000 in its first year.", "60,000 troops", True),
    ("Military planners have dismissed reports that Europe would send 60,000 troops to Ukraine, "
     "saying the force will not exceed 12,000 in its first year.", "12,000", False),
    ("Reports that Spain would send 2,000 troops to Ukraine are false, the ministry said.",
     "2,000 troops", True),
    ("The contingent will not be 5,000 or 10,000, the minister said.", "5,000 or 10,000", True),
    ('"Nobody is talking about 60,000."', "about 60,000", True),
    ("The government denied a report that France would commit 20,000 troops.", "20,000 troops",
     True),
    # guards: a ceiling, a request to confirm or deny, a report confirmed
    ("A German contribution would be no more than 5,000 soldiers.", "no more than 5,000 soldiers",
     False),
    ("She asked the minister to confirm or deny reports that Britain could send up to 10,000 "
     "troops.", "up to 10,000 troops", False),
    ("The ministry confirmed reports that Spain would send 2,000 troops.", "2,000 troops", False),
])
def test_a_figure_its_report_rejects(sentence: str, figure: str, denied: bool) -> None:
    assert figure_denied(sentence, figure) is denied


def test_a_rejected_figure_is_shown_so_and_never_suggested(tmp_path: Path) -> None:
    """(a journalist's reading) a denied figure stays a claim (readers record it) but is shown as
    rejected, kept out of the entry's conflict and out of the suggested scenario sizes."""
    (tmp_path / "a.txt").write_text(
        "Title: Planners dismiss talk of a larger force\nDate: 2025-11-20\n\n"
        "Military planners have dismissed reports that Europe would send 60,000 troops to "
        "Ukraine. Officials put the force at about 15,000 troops.\n", encoding="utf-8")
    ledger = build_ledger([tmp_path], jobs=1)
    entry = next(e for e in ledger.quantities if e.subject == "european_force")
    stages = {(v.low, v.high): v.stage for v in entry.values}
    assert stages == {(60000.0, 60000.0): "denied", (15000.0, 15000.0): None}
    assert entry.status != "conflict"
    toml = scenario_sources(ledger)
    assert "value = 15000" in toml and "value = 60000" not in toml
    assert "rejected in its report" in toml


@pytest.mark.parametrize(("body", "expected"), [
    # misread: a nation sending "a N-strong unit" sends its own, not the whole force
    ("Denmark will contribute a 150-strong unit to the force in Ukraine.",
     {("contribution:DNK", 150.0, 150.0)}),
    ("France will provide a 5,000-strong contingent to the force in Ukraine.",
     {("contribution:FRA", 5000.0, 5000.0)}),
    # misread: "up to" before the figure is no destination ("the deployment of up to 300 ...
    # to Ukraine")
    ("Denmark's parliament approved the deployment of up to 300 soldiers to Ukraine.",
     {("contribution:DNK", None, 300.0)}),
    # misread: a figure changed from one number to another is two figures, not a range
    ("The Netherlands raised its offer from 1,000 to 2,000 troops for the force in Ukraine.",
     {("contribution:NLD", 1000.0, 1000.0), ("contribution:NLD", 2000.0, 2000.0)}),
    # misread: a gapped clause after "and" whose nation the parse put under the "in" before it
    ("Britain would send 8,000 troops to the force in Ukraine and France 6,000.",
     {("contribution:GBR", 8000.0, 8000.0), ("contribution:FRA", 6000.0, 6000.0)}),
    # guards: everyone's force, a plan's idea, a range that is one
    ("Britain and France plan to deploy a 30,000-strong European force to Ukraine.",
     {("european_force", 30000.0, 30000.0)}),
    ("A British general floated the idea of sending a 50,000-strong force to Ukraine.",
     {("european_force", 50000.0, 50000.0)}),
    ("The force in Ukraine would number from 10,000 to 30,000 troops.",
     {("european_force", 10000.0, 30000.0)}),
])
def test_whose_unit_and_which_figure(tmp_path: Path, body: str,
                                     expected: set[tuple[str, float | None, float | None]]) -> None:
    assert troop_figures(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the whole a share is taken from is the coalition, not the nations pledging
    ("Of the 35 countries, 26 have committed to send troops to Ukraine.",
     {("coalition_size", 35.0), ("countries_pledged", 26.0)}),
    ("Twenty-six of the 35 countries committed to deploy forces to Ukraine.",
     {("coalition_size", 35.0), ("countries_pledged", 26.0)}),
    # guard
    ("Twenty-six countries committed to deploy forces to Ukraine.", {("countries_pledged", 26.0)}),
])
def test_the_whole_and_its_share(tmp_path: Path, body: str,
                                 expected: set[tuple[str, float]]) -> None:
    (tmp_path / "r.txt").write_text("Title\n\n" + body + "\n", encoding="utf-8")
    claims = build_ledger([tmp_path], jobs=1).claims
    assert {(c.subject, c.low) for c in claims if c.unit == "countries"} == expected


def test_a_document_not_read_in_a_folder_is_named(tmp_path: Path) -> None:
    """(a journalist's reading) a .docx or an extension-less file beside the reports is named as
    not read, with what to do; a data file (gold.json) is no report and is passed over."""
    from reassure.evidence._ingest import expand_paths

    (tmp_path / "a.txt").write_text("Title: A\n\nFrance will send troops.\n", encoding="utf-8")
    (tmp_path / "B.TXT").write_text("Title: B\n\nSpain will not.\n", encoding="utf-8")
    (tmp_path / "c.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "germany_report").write_text("Germany will not.\n", encoding="utf-8")
    (tmp_path / "gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / "README").write_text("The set's readme.\n", encoding="utf-8")
    files, problems = expand_paths([tmp_path])
    assert sorted(f.name for f in files) == ["B.TXT", "a.txt"]
    named = {Path(p).name: why for p, why in problems}
    assert set(named) == {"c.docx", "germany_report"}
    assert "a .docx file" in named["c.docx"] and "save it as text" in named["c.docx"]
    assert "no extension" in named["germany_report"]


def test_a_named_parliament_conditions_its_own_nation(tmp_path: Path) -> None:
    """(a journalist's reading) misread: "... unless the United States provides a backstop and
    the Bundestag gives its approval" gave the United States the parliament's condition."""
    body = ("Germany could contribute troops to the force, but not inside Ukraine, unless the "
            "United States provides a backstop and the Bundestag gives its approval, Chancellor "
            "Friedrich Merz said on Thursday.")
    assert undated_stances(tmp_path, body) == {("DEU", "conditional"), ("DEU", "open")}


def test_an_outside_voice_figure_is_no_stage_of_a_pledge(tmp_path: Path) -> None:
    """(a journalist's reading) misread: a former prime minister's figure for his nation was the
    nation's "stated" pledge; the government's own figure stays one."""
    (tmp_path / "r.txt").write_text(
        "Title: Italy's part\nDate: 2026-01-09\n\nFormer prime minister Matteo Renzi argued "
        "that Italy could send 2,000 soldiers without straining its army. Spain will send up to "
        "3,000 soldiers to the force in Ukraine, Prime Minister Pedro Sanchez said.\n",
        encoding="utf-8")
    ledger = build_ledger([tmp_path], jobs=1)
    assert {p.nation for p in ledger.pledges} == {"ESP"}
    italy = next(e for e in ledger.quantities if e.subject == "contribution:ITA")
    assert [v.stage for v in italy.values] == [None]


@pytest.mark.parametrize(("body", "expected"), [
    # misread: translated copy's refusals and openness with no cue before
    ("'We are not talking about sending Italian troops to Ukraine,' Meloni told reporters in "
     "Rome.", {("ITA", "declines")}),
    ("Greece is not in a position to send troops to Ukraine, Prime Minister Mitsotakis said.",
     {("GRC", "declines")}),
    ("Belgium has no objection to sending soldiers to Ukraine, Defence Minister Francken said.",
     {("BEL", "open")}),
    # misread: the force allowed to use a port is no troops offered
    ("Bulgaria will not send soldiers to Ukraine, but it will let the force use its ports.",
     {("BGR", "declines")}),
    # misread: a named condition after a refusal negated
    ("Bulgaria would not be against sending troops to Ukraine if there were a UN mandate.",
     {("BGR", "open"), ("BGR", "conditional")}),
    # misread: the nation's "it" puts a condition on its offer of the sentence before
    ("Belgium said it would send troops to Ukraine. It added that this would depend on a US "
     "backstop.", {("BEL", "ready"), ("BEL", "conditional")}),
    # guards
    ("Norway will help the force with maritime patrols.", {("NOR", "ready")}),
    ("Bulgaria would not be against sending troops to Ukraine if asked.", {("BGR", "open")}),
    ("Belgium said it would send troops to Ukraine. Trump said this would depend on a US "
     "backstop.", {("BEL", "ready")}),
])
def test_translated_refusals_ports_and_later_conditions(
        tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize("body", [
    "'We are not talking about sending Italian troops to Ukraine,' Meloni told reporters in Rome.",
    "Italy is not in a position to send troops to Ukraine, Meloni said.",
])
def test_new_refusal_cues_are_not_withheld_by_the_check(tmp_path: Path, body: str) -> None:
    """The stance check had never seen these cues and withheld them (0.44-0.48): outright
    refusals are kept unjudged, as the others of `_REFUSAL_CUE`."""
    ledger = strictly_checked(tmp_path, body)
    assert ("ITA", "declines") in {(s.actor, s.stance) for s in ledger.stances}


@pytest.mark.parametrize(("line", "outlet"), [
    # misread: a short note after the name, an elided article
    ("La Tribune de l'Est (translated)", True),
    ("Kyiv Post (English edition)", True),
    # guards
    ("Starmer says (translated)", False),
    ("France (translated)", False),
    ("The Harbour Gazette", True),
])
def test_an_outlet_line_with_a_note(line: str, outlet: bool) -> None:
    from reassure.evidence._ingest import looks_like_outlet

    assert looks_like_outlet(line) is outlet


# A reviewer of the session's changes found these read right at the start and wrong after the
# first mends (each passes on c614fab and on the head): the guards of the rules above.
@pytest.mark.parametrize(("body", "expected"), [
    ("Reports that Spain would send troops to Ukraine have not been denied by Madrid.",
     {("ESP", "ready")}),
    ("Reports that Italy would send troops to Ukraine alarmed Moscow and were rejected by the "
     "Kremlin as provocation.", {("ITA", "ready")}),
    ("Italy will not send troops to Ukraine until parliament returns from its summer recess in "
     "September.", {("ITA", "declines")}),
    ("Belgium is ready to send troops to Ukraine. For Kyiv, any deployment must come with a US "
     "backstop.", {("BEL", "ready")}),
    ("Estonia joined the coalition; regardless of whether others follow, it will send soldiers.",
     {("EST", "ready")}),
    ("Britain is not in a position to send more troops than the 5,000 already pledged.", set()),
])
def test_the_reviewers_guards_on_stances(tmp_path: Path, body: str,
                                          expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Poland will not send a 5,000-strong brigade to Ukraine, the minister said.",
     {("european_force", 5000.0, 5000.0)}),
    ("Germany will send a 5,000-strong brigade to Lithuania.",
     {("european_force", 5000.0, 5000.0)}),
    ("Britain's offer has grown and now ranges from 5,000 to 8,000 troops.",
     {("contribution:GBR", 5000.0, 8000.0)}),
    ("Even after a cut Britain would send from 5,000 to 8,000 troops to Ukraine.",
     {("contribution:GBR", 5000.0, 8000.0)}),
])
def test_the_reviewers_guards_on_figures(tmp_path: Path, body: str,
                                          expected: set[tuple[str, float, float]]) -> None:
    assert troop_figures(tmp_path, body) == expected


@pytest.mark.parametrize(("sentence", "figure"), [
    ("The ministry would neither confirm nor deny reports that Spain would send 2,000 troops.",
     "2,000 troops"),
    ("Spain has not denied reports that it would send 2,000 troops.", "2,000 troops"),
    ("Warsaw denied reports that it was wavering and said Poland will send 2,000 troops.",
     "2,000 troops"),
    ("Britain's contingent will not be more than 5,000 troops.", "more than 5,000 troops"),
])
def test_the_reviewers_guards_on_denied_figures(sentence: str, figure: str) -> None:
    assert figure_denied(sentence, figure) is False


def test_the_whole_that_pledged_is_the_nations_pledging(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text("Title\n\nBritain is one of the 26 countries that have pledged "
                                    "troops.\n", encoding="utf-8")
    claims = build_ledger([tmp_path], jobs=1).claims
    assert {(c.subject, c.low) for c in claims if c.unit == "countries"} == {
        ("countries_pledged", 26.0)}


@pytest.mark.parametrize(("body", "expected"), [
    # misread: 2026 coverage's air policing and maritime roles under the coalition's plan are part
    # of the force (§5's ruling on air and naval offers)
    ("Sweden will contribute four Gripen jets to air policing over western Ukraine under the "
     "coalition plan.", {("SWE", "ready")}),
    ("Canada said it would send two CF-18 jets to help police Ukrainian airspace under the "
     "coalition's plan.", {("CAN", "ready")}),
    # guard: aircraft with no word of the force stay no troops
    ("Britain is considering sending Typhoon fighter jets to Ukraine to carry out an air patrol "
     "mission.", set()),
])
def test_air_policing_under_the_coalitions_plan(tmp_path: Path, body: str,
                                                expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected
