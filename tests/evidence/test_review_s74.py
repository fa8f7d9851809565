"""Session 74: the readings session 73 left (its closing note), in the project's own words. Each
"misread" case fails on the session start 9df2b3a5; the guards beside them read the same on both."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import strictly_checked, troop_figures, undated_stances

from reassure.evidence import build_ledger


@pytest.mark.parametrize(("body", "expected"), [
    # misread: a list of gapped figures after the first nation's ("..., France 3,000 and Germany
    # 2,000"): the troop-size model doubted the lead figure among several and dropped them all
    ("Britain will provide 4,000 troops, France 3,000 and Germany 2,000 to the reassurance force "
     "in Ukraine.", {("contribution:GBR", 4000.0, 4000.0), ("contribution:FRA", 3000.0, 3000.0),
                     ("contribution:DEU", 2000.0, 2000.0)}),
    # guards: a gapped figure before the list's shared object; another unit after it is no troop
    # figure; one nation alone
    ("Britain would send 8,000 troops, France 6,000 for the mission.",
     {("contribution:GBR", 8000.0, 8000.0), ("contribution:FRA", 6000.0, 6000.0)}),
    ("Britain would send 8,000 troops, France 6,000 tanks.", {("contribution:GBR", 8000.0, 8000.0)}),
    ("Britain will provide 4,000 troops to the reassurance force in Ukraine.",
     {("contribution:GBR", 4000.0, 4000.0)}),
])
def test_a_list_of_gapped_contributions(tmp_path: Path, body: str,
                                        expected: set[tuple[str, float, float]]) -> None:
    assert troop_figures(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: a withdrawal denied, then the nation's own clause ("and said it remains ready")
    ("Sweden denied rumours that it had withdrawn from the coalition and said it remains ready "
     "to send troops to Ukraine.", {("SWE", "ready")}),
    # guards: an offer denied is a refusal; a false story's offer is none
    ("Norway denied reports that it was ready to send troops to Ukraine.", {("NOR", "declines")}),
    ("Russian propaganda is pushing the narrative that Poland is preparing to send troops.", set()),
    # misread: "until a ceasefire, and not even then" outlasts the premise: a refusal
    ("Poland will not send troops to Ukraine until there is a ceasefire, and not even then, Tusk "
     "said.", {("POL", "declines")}),
    # guard: "until a ceasefire" alone is the force's premise (s73)
    ("Poland will not send troops to Ukraine until there is a ceasefire, Tusk said.", set()),
])
def test_denials_and_premises(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: an option the nation's own leader refused (an object gap) is no openness
    ("The deployment of Italian soldiers is an option Meloni has ruled out.", {("ITA", "declines")}),
    ("Sending Italian troops to Ukraine is an option that Meloni has rejected.",
     {("ITA", "declines")}),
    # misread: another leader's refusal of a nation's troops is neither nation's stance
    ("Sending Italian troops is an option Macron has ruled out.", set()),
    # guards: an option or a possibility said plainly stays open
    ("Sending Canadian troops to Ukraine is an option, Carney said.", {("CAN", "open")}),
    ("Sending Canadian troops to Ukraine is not excluded.", {("CAN", "open")}),
])
def test_an_option_refused(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: a past-perfect aside's offer beside the main clause's later word (no "now")
    ("Belgium, which had pledged troops to the reassurance force, says it will not send them.",
     {("BEL", "declines")}),
    # misread: the aside's offer now under review
    ("Belgium, which had pledged troops to the force in 2025, said it was reconsidering.",
     {("BEL", "undecided")}),
    # guards: with "now" (s59); an aside that agrees with its main clause
    ("Germany, which had ruled out sending troops, now says it is ready to contribute to the "
     "force.", {("DEU", "ready")}),
    ("Estonia, which had pledged a company, said it would send troops to Ukraine.",
     {("EST", "ready")}),
])
def test_an_aside_superseded(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: a fronted phrase before troops as the subject ("In his vision, ..."): another's
    # picture of their troops, as without it
    ("In his vision, British and French troops could control western Ukraine, the US envoy said.",
     set()),
    ("British and French troops could control western Ukraine, the US envoy said.", set()),
    # guard: troops that go, after a fronted phrase, are still the nation's openness
    ("In his view, British troops could deploy to Ukraine after a ceasefire.", {("GBR", "open")}),
])
def test_a_fronted_phrase_before_troops(tmp_path: Path, body: str,
                                        expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: "a dozen" as the count after an opening "Of the N countries,"
    ("Of the 30 countries in the coalition, about a dozen have said they are ready to send troops "
     "to Ukraine.", {("coalition_size", 30.0), ("countries_pledged", 12.0)}),
    # guards: a figure there (s66)
    ("Of the 35 countries, 26 have pledged to send troops.",
     {("coalition_size", 35.0), ("countries_pledged", 26.0)}),
    ("Of the 35 countries in the coalition, some 26 have committed to sending troops.",
     {("coalition_size", 35.0), ("countries_pledged", 26.0)}),
])
def test_a_dozen_of_the_whole(tmp_path: Path, body: str, expected: set[tuple[str, float]]) -> None:
    (tmp_path / "r.txt").write_text("Title\n\n" + body + "\n", encoding="utf-8")
    assert {(c.subject, c.low) for c in build_ledger([tmp_path], jobs=1).claims
            if c.unit == "countries"} == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: a report of a pledge abandoned, dismissed, then the ministry's own clause
    ("The Dutch defence ministry dismissed reports that the Netherlands had abandoned its pledge, "
     "and insisted it remains committed to sending troops to Ukraine.", {("NLD", "ready")}),
    # misread: a withdrawal denied leaves the offer standing (read as a refusal)
    ("Belgium denied that it had withdrawn its offer of troops for Ukraine.", {("BEL", "ready")}),
    # misread: the aside told in the past perfect three words before the cue
    ("Lithuania, which had said it was ready to send troops to Ukraine, is now rethinking its "
     "offer after the election.", {("LTU", "undecided")}),
    # misread: an offer said untrue is a refusal; a refusal nobody made is no refusal
    ('"It is not true that Austria will send soldiers to Ukraine," the Austrian chancellor said.',
     {("AUT", "declines")}),
    ('"No one in this government has ruled out sending troops to Ukraine," Belgian Prime Minister '
     "Bart De Wever said.", {("BEL", "open")}),
    # misread: vehicles are no troops; troops sent to another nation, Ukraine and the force
    # unnamed, are NATO's flank
    ("Sweden will send 18 CV90 infantry fighting vehicles to Ukraine.", set()),
    ("Portugal will send a detachment of 200 troops to Romania under NATO's forward presence.",
     set()),
    # misread: "more" with the troops of the clause before left out
    ("Britain has 900 troops in Estonia and is ready to send more to Ukraine after a ceasefire, "
     "Healey said.", {("GBR", "ready")}),
    # guards
    ("Belgium has withdrawn its offer of troops for Ukraine.", {("BEL", "declines")}),
    ("Kosiniak-Kamysz denied the Polish side's intentions to deploy troops to Ukraine.",
     {("POL", "declines")}),
    ("It is true that Austria will send soldiers to Ukraine.", {("AUT", "ready")}),
    ("Sweden will send 180 soldiers to Ukraine.", {("SWE", "ready")}),
    ("Germany could deploy troops to Romania as part of the reassurance force.",
     {("DEU", "open")}),
    ("Britain has sent weapons and is ready to send more to Ukraine.", set()),
])
def test_a_reviewers_probes(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: a group as the sentence's frame ("Of the Nordic countries, ...") gave every member
    # the stance, or governed the members named after its comma
    ("Of the Nordic countries, Sweden and Denmark have said they would contribute troops.",
     {("SWE", "ready"), ("DNK", "ready")}),
    ("Of the Nordic countries, Sweden and Denmark have said they would contribute troops, Norway "
     "is still considering, and Finland says it will focus on its own border.",
     {("SWE", "ready"), ("DNK", "ready")}),
    # guards: a fronted place (s68); the group as the subject
    ("In Paris, Britain and France said they would send troops.", {("GBR", "ready"), ("FRA", "ready")}),
    ("Of the Baltic states, only Estonia has pledged troops.", {("EST", "ready")}),
])
def test_a_group_as_the_frame(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: another nation's condition after "and <nation> says" went to the first nation too
    ("While France is ready to send troops and Britain says it would do so with a US backstop, "
     "Germany has said it is premature to discuss sending troops.",
     {("FRA", "ready"), ("GBR", "ready"), ("GBR", "conditional"), ("DEU", "undecided")}),
    # guard: the nation's own speaker after "but" (s68)
    ("Britain is ready to send troops, but Starmer said there must be a US backstop.",
     {("GBR", "ready"), ("GBR", "conditional")}),
])
def test_a_condition_in_another_nations_clause(tmp_path: Path, body: str,
                                               expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: "force Ukraine" read as the Multinational Force Ukraine's name before "sought"
    ("The force would be much smaller than the 100,000-strong force Ukraine originally sought.",
     {("ukraine_request", 100000.0, 100000.0)}),
    # guard: the name
    ("The Multinational Force Ukraine would number 25,000 troops.",
     {("european_force", 25000.0, 25000.0)}),
])
def test_the_force_ukraine_sought(tmp_path: Path, body: str,
                                  expected: set[tuple[str, float, float]]) -> None:
    assert troop_figures(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread (set 162, read after scoring): a bare question on a nation's troops answered with a
    # bare no
    ('"Italian troops in Ukraine? Absolutely not. Let those who want it go there themselves," '
     "Italy's deputy prime minister told a rally.", {("ITA", "declines")}),
    ("Italian soldiers in Ukraine? No, Meloni said.", {("ITA", "declines")}),
    # guards: a question with its own negation; an answer that is no bare no; a no with no
    # question before it
    ("No Italian soldiers in Ukraine? No, Meloni said.", set()),
    ("Italian soldiers in Ukraine? Why not, Crosetto said.", set()),
    ("Rutte said there was no sign of that. No, he said.", set()),
])
def test_a_bare_question_answered(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


def test_a_bare_no_passes_the_check_unjudged(tmp_path: Path) -> None:
    ledger = strictly_checked(tmp_path, "Italian soldiers in Ukraine? No, Meloni said.")
    assert {(s.actor, s.stance) for s in ledger.stances} == {("ITA", "declines")}


@pytest.mark.parametrize(("body", "expected"), [
    # a second reviewer's probes of this session's rules: each read right at the start, wrong
    # after the rule's first version, right now
    ("Sending British troops remains an option that Starmer has not ruled out.", {("GBR", "open")}),
    ("Sending Spanish troops is an option Sanchez has refused to rule out.", {("ESP", "open")}),
    ("Deploying Dutch troops is a possibility the cabinet has not excluded.", {("NLD", "open")}),
    ("No one was surprised when Hungary ruled out sending troops.", {("HUN", "declines")}),
    ("Nobody in Warsaw disputes that Poland rules out sending troops.", {("POL", "declines")}),
    ("Britain, which had offered up to 10,000 troops, is reviewing the size of its contribution.",
     {("GBR", "ready")}),
    ("France, which had offered troops, is reviewing its defence budget.", {("FRA", "ready")}),
    ("The Netherlands sent 100 troops to Lithuania last year and is prepared to send more if "
     "needed.", set()),
    ("Denmark has trained thousands of Ukrainian soldiers and is willing to send more to Ukraine "
     "in the spring.", set()),
    ("Of the Baltic states, all have offered troops.",
     {("EST", "ready"), ("LVA", "ready"), ("LTU", "ready")}),
    ("Belgium has not denied that it withdrew its offer of troops.", {("BEL", "declines")}),
    # one read wrong at both, now right; and a report's own "and said" (not the denier's):
    # a figure denied is neither offered nor refused (s64)
    ("The Italian government dismissed reports that it had abandoned its pledge, and insisted it "
     "remains committed to sending troops.", {("ITA", "ready")}),
    ("Bucharest denied a Politico report that quoted two officials and said Romania would send "
     "2,000 troops.", set()),
])
def test_a_second_reviewers_probes(tmp_path: Path, body: str,
                                   expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread (a reviewer's probes): the Paris Declaration's "committed to establishing military
    # hubs" is the two leaders' offer
    ("Britain and France committed to establishing military hubs across Ukraine.",
     {("GBR", "ready"), ("FRA", "ready")}),
    # misread: a US security guarantee required is the US backstop, after the destination too
    ("A deployment of Polish troops would require a US security guarantee.",
     {("POL", "conditional"), ("POL", "ready")}),
    ("Poland's president said any deployment of Polish troops to Ukraine would need a US security "
     "guarantee first.", {("POL", "conditional"), ("POL", "ready")}),
    # guards: Ukraine's own need of guarantees is no condition on the offer (s61); a coalition
    # established is no troops
    ("Britain is ready to send troops, but Ukraine needs US security guarantees too.",
     {("GBR", "ready")}),
    ("France and Britain are committed to establishing a coalition of the willing.", set()),
])
def test_hubs_and_us_guarantees(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert undated_stances(tmp_path, body) == expected
