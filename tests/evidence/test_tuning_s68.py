"""Session 68: readings from the errors of sets 141 and 142 and own-words set rv68-own, after they
were scored once as held out (docs/evidence-heldout-record.md, "Session 68 record"). The cases are
in the project's own words; each "misread" one failed on the session start (665c299)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import build_ledger


def _stances(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    (tmp_path / "r.txt").write_text(f"Title: Allies weigh the force\n\n{body}\n", encoding="utf-8")
    return {(s.actor, s.stance) for s in build_ledger([tmp_path / "r.txt"], jobs=1).stances}


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the plan pointed back to, after sending troops was named)
    ("Sending troops to Ukraine has split the allies. Not every leader backed the plan, the "
     "president admitted. Spain and Greece refused to participate in this plan, while the "
     "president urged Europe to be ready to act alone.", {("ESP", "declines"), ("GRC", "declines")}),
    # left alone: a plan on something else
    ("The talks were about trade. Spain refused to participate in this plan.", set()),
])
def test_a_plan_pointed_back_to(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert _stances(tmp_path, body) == expected


@pytest.mark.parametrize("body", [
    # misread: open (the aircraft's model number read as a number of troops)
    "The president added that Paris could supply more Rafale 300 fighters to Kyiv.",
    # misread: declines (stopping aid, not sending troops, is what is not considered)
    "The Dutch premier said ending military aid to Kyiv was not under consideration.",
    # misread: open for both (a US envoy's idea, reported by a paper)
    "According to the paper, Trump's special representative suggested that British and French "
    "forces could take over zones in the west of Ukraine.",
    # misread: open for both (residents are no government; the peacekeepers judged vital, no
    # sending weighed)
    "Albanian and Serbian residents would like the peacekeepers to stay. While they consider the "
    "peacekeepers vital, people there think a similar mission could help in Ukraine.",
    "Croatian and Slovenian residents still back that mission. While they consider the "
    "peacekeepers vital, they doubt a copy would work in Ukraine.",
    # misread: undecided for France (the details of the US's part are uncertain)
    "Although the details of U.S. involvement are still uncertain, Macron said Washington would "
    "help.",
    # misread: open (Western "peacekeepers" in quote marks are others' troops)
    'The French leader has made a fresh statement about the possible deployment of Western '
    '"peacekeepers" on Ukrainian soil.',
])
def test_no_stance_of_the_nation_named(tmp_path: Path, body: str) -> None:
    assert _stances(tmp_path, body) == set()


def test_troops_not_under_consideration_still_refused(tmp_path: Path) -> None:
    # left alone (s35)
    assert _stances(tmp_path, "Sending German troops is not currently under consideration, the "
                              "chancellor said.") == {("DEU", "declines")}


def _claims(tmp_path: Path, body: str) -> set[tuple[str, float | None, float | None]]:
    # (a headline with no force in it: the claim model, which reads the sentence before, doubts
    # a request under a headline on the force; the rules' reading is tested here)
    (tmp_path / "r.txt").write_text(f"Title: Interview\n\n{body}\n", encoding="utf-8")
    return {(c.subject, c.low, c.high) for c in build_ledger([tmp_path / "r.txt"], jobs=1).claims
            if c.unit == "troops"}


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the force's size (the contingent he names, then its size: his ask)
    ("In a new interview Zelensky said a European contingent of 120,000 to 160,000 troops might "
     "be enough to hold a truce.", {("ukraine_request", 120000, 160000)}),
    # misread: nothing (a bare figure Kyiv wants, after the force is named)
    ("The mission would have fewer than 25,000 troops, well short of what Kyiv has asked. "
     "Ukraine has said it would want at least 90,000.",
     {("european_force", None, 25000), ("ukraine_request", 90000, None)}),
    # left alone: judged not enough, the figure is the force's
    ("Zelensky said a European force of 30,000 would not be enough.",
     {("european_force", 30000, 30000)}),
])
def test_what_kyiv_wants(tmp_path: Path, body: str,
                         expected: set[tuple[str, float | None, float | None]]) -> None:
    assert _claims(tmp_path, body) == expected


_FORCE = "European leaders discussed sending troops to a reassurance force for Ukraine. "


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a relative clause in the aside between the names and their verb)
    (_FORCE + "Spain and Portugal, the two neighbours that have steered the process, have both "
     "declared they are ready to send troops.", {("ESP", "ready"), ("PRT", "ready")}),
    # misread: nothing (the concession's "own border" read as troops kept at home)
    (_FORCE + "Estonia is prepared to take part in the force, although its first task is its own "
     "border with Russia.", {("EST", "ready")}),
    # misread: nothing ("open to taking part" after "signalled that they are")
    (_FORCE + "Ireland and Austria have signalled that they are open to taking part.",
     {("IRL", "open"), ("AUT", "open")}),
    # misread: ready (NATO soil, "but not inside the country": no troops for Ukraine)
    ("The chancellor said Germany was prepared to send forces to NATO territory next to Ukraine, "
     "but not inside the country.", {("DEU", "declines")}),
    # left alone: troops kept at home
    ('"Polish troops will guard our own border," Tusk said.', set()),
])
def test_rv68_leftovers(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert _stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing ("both of which" for the two nations before it)
    (_FORCE + "Planners spoke of a force built around Spain and Italy, both of which have said "
     "they are prepared to send troops.", {("ESP", "ready"), ("ITA", "ready")}),
    # misread: open alone (the neutrality law's mandate after "but")
    (_FORCE + "Ireland had not ruled out taking part in a peacekeeping mission, but its "
     "neutrality law required a UN mandate for any such deployment.",
     {("IRL", "open"), ("IRL", "conditional")}),
    # misread: nothing (weighing what it could offer)
    (_FORCE + 'Sweden\'s prime minister said Sweden was "considering" what it could offer.',
     {("SWE", "open")}),
    # misread: open for both (asked by others to consider)
    (_FORCE + "According to the minister, Portugal and Spain were asked to consider a "
     "contribution, but he would not speak for them.", set()),
])
def test_rv68b_leftovers(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert _stances(tmp_path, body) == expected


def test_a_passive_refusal_passes_the_check_unjudged() -> None:
    # misread: judged (and withheld in rv68b-own's round-up: "Italy: Giorgia Meloni says no
    # Italian troops will be deployed"); an outright refusal the rules read is not judged
    from reassure.evidence._model import StanceClaim
    from reassure.evidence._stance_check import _outright

    sentence = "Greece: Kyriakos Mitsotakis says no Greek troops will be deployed."
    claim = StanceClaim(id="r-s-1", report_id="r", actor="GRC", actor_name="Greece",
                        stance="declines", cue="will be deployed", sentence=sentence, start=0,
                        end=len(sentence))
    assert _outright(claim)


# --- a second reviewer's probes of the later changes (each guard failed on an earlier head) ---

@pytest.mark.parametrize(("body", "expected"), [
    (_FORCE + "Britain is ready to send troops to Ukraine and will also deploy jets over NATO "
     "territory in the Baltics, but not in a combat role.", {("GBR", "ready")}),
    (_FORCE + "Germany will station a brigade on NATO territory in Lithuania, but not in Ukraine, "
     "while France said it was ready to send troops.", {("DEU", "declines"), ("FRA", "ready")}),
    (_FORCE + "Switzerland had not ruled out taking part in the mission, but it said a UN mandate "
     "was not required.", {("CHE", "open")}),
    (_FORCE + "Finland is considering what it could do to tighten sanctions on Russia.", set()),
    (_FORCE + "Norway is considering what it could offer Ukraine in energy aid.", set()),
    (_FORCE + "Any German contribution beyond weapons and funding is not under consideration, "
     "Berlin said.", {("DEU", "declines")}),
    (_FORCE + "Trump's special envoy said the talks were constructive, while the British defence "
     "secretary said Britain would send troops.", {("GBR", "ready")}),
    ("The participation of the Netherlands and the US remains uncertain.", {("NLD", "undecided")}),
    ("Finnish observers could join the monitoring mission, Helsinki said.", {("FIN", "open")}),
])
def test_second_review(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert _stances(tmp_path, body) == expected


def test_a_year_wanted_is_no_troop_figure(tmp_path: Path) -> None:
    assert _claims(tmp_path, _FORCE + "Zelensky wants 2026 to be the year the war ends.") == set()
