"""Session 65: a reviewer's probes of common news constructions (written for the review, none
from a real report), rewritten here in the project's own words: a count spelled out before "of
the", a government's seat as its voice ("a Downing Street spokesman", "Number 10", "the
government in Vienna"), a parliament after a bare "provided", "if that is what it takes" and
"once the conditions allow" (no condition), Ukraine's own call-up, an alliance's size, "leaning
towards" an offer, a refusal negated ("has not declined"), an earlier position in a relative
clause beside the one held now. Each case marked "misread" failed on the session start
(6336c9e); the others pin what the new readings must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import countries_in, troop_figures
from evidence_claim_helpers import scored_stances_in as scored


@pytest.mark.parametrize(("body", "expected"), [
    # misread: 6 (the tens lost before "of the"); 2 was dropped as too small a count
    ("Twenty-eight of the 34 nations at the summit have promised soldiers for the force.",
     {(28.0, 28.0), (34.0, 34.0)}),
    ("Forty-one of the 45 nations at the talks backed the coalition's plan for a force.",
     {(41.0, 41.0), (45.0, 45.0)}),
    # left alone: written in digits, and spelled out with no "of the"
    ("28 of the 34 nations at the summit have promised soldiers for the force.",
     {(28.0, 28.0), (34.0, 34.0)}),
    ("Twenty-eight nations have promised soldiers for the force.", {(28.0, 28.0)}),
    # misread: the EU's 27 as a count of the coalition
    ("The EU has 27 member states, while the coalition for the force now counts 33 countries.",
     {(33.0, 33.0)}),
])
def test_counts_of_nations(tmp_path: Path, body: str,
                           expected: set[tuple[float, float]]) -> None:
    assert countries_in(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: no speaker (a seat of government before the speaker's noun; a numbered seat)
    ('"We are ready to commit soldiers to the force," a Downing Street spokesman said.',
     {("GBR", "ready")}),
    ('"We are ready to deploy soldiers to the force," an Elysee official said on Tuesday.',
     {("FRA", "ready")}),
    ('"We are prepared to send troops to the force," Number 10 said in a statement.',
     {("GBR", "ready")}),
    # misread: nothing (a capital after "the government in" was governed by its preposition)
    ("The government in Lisbon has decided to commit soldiers to the force.", {("PRT", "ready")}),
    ("The government in Budapest will not send any soldiers to Ukraine.", {("HUN", "declines")}),
    # left alone: a place where something happens, not a government
    ("Talks in Lisbon ended without a decision on the force.", set()),
])
def test_a_governments_seat_as_its_voice(tmp_path: Path, body: str,
                                          expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready alone (a parliament after a bare "provided")
    ("Slovenia would commit soldiers to the force provided its parliament approves.",
     {("SVN", "ready"), ("SVN", "conditional")}),
    # left alone: read before ("agrees" after the parliament); "provided parliament with" is
    # what was given, no condition
    ("The Dutch cabinet would send troops to the force, provided parliament agrees.",
     {("NLD", "ready"), ("NLD", "conditional")}),
    ("The ministry provided parliament with a paper, and Latvia is ready to send soldiers to "
     "the force.", {("LVA", "ready")}),
    # misread: conditional (the timing of a deployment, or "if need be", is no condition)
    ('"We will send soldiers to the force if that is what it takes," Finland\'s defence minister '
     "said.", {("FIN", "ready")}),
    ("Croatia is ready to send troops to the force once the conditions on the ground allow.",
     {("HRV", "ready")}),
    # left alone: a condition named stays one
    ("Croatia is ready to send troops to the force if its parliament approves.",
     {("HRV", "ready"), ("HRV", "conditional")}),
])
def test_conditions_and_what_is_none(tmp_path: Path, body: str,
                                     expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready (a way towards an offer)
    ("Diplomats say Greece is leaning towards sending soldiers to the force.", {("GRC", "open")}),
    ("Greece is inclined to take part in the reassurance force.", {("GRC", "open")}),
    ("Ireland is edging closer to joining the force, officials said.", {("IRL", "open")}),
    ("Belgium is moving towards a decision to send soldiers to Ukraine.", {("BEL", "open")}),
    # left alone: an offer made
    ("Belgium has decided to send soldiers to Ukraine.", {("BEL", "ready")}),
    # misread: declines (a refusal's word negated)
    ("Croatia has not declined to send soldiers to the force.", {("HRV", "open")}),
    ("Slovenia is not unwilling to commit a platoon of soldiers to the force.", {("SVN", "open")}),
    # left alone: refusals
    ("Slovenia is unwilling to send soldiers to Ukraine.", {("SVN", "declines")}),
    ("Croatia declined to send soldiers to the force.", {("HRV", "declines")}),
])
def test_leanings_and_negated_refusals(tmp_path: Path, body: str,
                                       expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: declines beside open (the earlier position in a dated relative clause)
    ("Denmark, which last year ruled out sending soldiers, is now considering a role in the "
     "force.", {("DNK", "open")}),
    # left alone: a refusal held now, beside something else done now
    ("Denmark, which has ruled out sending soldiers, now says it will fund the force.",
     {("DNK", "declines")}),
])
def test_an_earlier_position_beside_the_one_held_now(tmp_path: Path, body: str,
                                                     expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the force's 120,000 (Ukraine's own call-up)
    ("Ukraine plans to mobilise another 120,000 soldiers, while its partners discuss a force.",
     {("ukrainian_forces", 120000.0, 120000.0)}),
    # left alone: Russia's call-up, and Ukraine's request of others
    ("Russia plans to mobilise 120,000 soldiers, while Europe discusses a force of 30,000 troops.",
     {("russian_forces", 120000.0, 120000.0), ("european_force", 30000.0, 30000.0)}),
    ("Ukraine wants its partners to provide 150,000 soldiers for the force.",
     {("ukraine_request", 150000.0, 150000.0)}),
])
def test_ukraines_own_call_up(tmp_path: Path, body: str,
                              expected: set[tuple[str, float, float]]) -> None:
    assert troop_figures(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the second nation had none (an ellipsis with a modal; after a semicolon)
    ("Finland will send soldiers to the force, as will Estonia.",
     {("FIN", "ready"), ("EST", "ready")}),
    ("Finland is ready to send soldiers to the force; so is Estonia.",
     {("FIN", "ready"), ("EST", "ready")}),
    # misread: the second and third nations had none (the verb gapped before their figures)
    ("Finland would send about 3,000 soldiers to the force, Estonia about 400.",
     {("FIN", "ready"), ("EST", "ready")}),
    ("Finland will deploy 3,000 soldiers, Estonia 400 and the Netherlands some 900.",
     {("FIN", "ready"), ("EST", "ready"), ("NLD", "ready")}),
    # left alone: a nation's army beside another's, with no stance to carry
    ("Finland has 24,000 soldiers in its army, Estonia about 7,000.", set()),
    # misread: nothing (a lack of means in the nation's own words)
    ("Greece said it has no soldiers to spare for the force in Ukraine.", {("GRC", "declines")}),
])
def test_ellipses_gaps_and_means(tmp_path: Path, body: str,
                                 expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the quotation opens the headline; its speaker follows a colon or dash)
    ("'We will not put soldiers on the ground': Orban on the force\n\nThe Hungarian leader spoke "
     "in Budapest.", {("HUN", "declines")}),
    ('"We are prepared to send troops" – Estonian Prime Minister Kristen Michal\n\nHe spoke in '
     "Tallinn.", {("EST", "ready")}),
    # left alone: a headline quoting no one in the first person
    ("'A force for peace': leaders meet in Paris\n\nTalks on a force went on.", set()),
])
def test_a_headline_that_quotes_first(tmp_path: Path, body: str,
                                      expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected
