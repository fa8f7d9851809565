"""Quantities and stances on short texts: qualifiers, bounds, subjects, and what is not a claim."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reassure.evidence import Ledger

Make = Callable[..., Ledger]


def _claims(make: Make, text: str) -> list[tuple[str, str, float | None, float | None, str]]:
    ledger = make(r=text)
    return [(c.subject, c.unit, c.low, c.high, c.qualifier) for c in ledger.claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan is for a European force of about 20,000 troops.",
         ("european_force", "troops", 20000.0, 20000.0, "about")),
        ("The force would number more than 40,000 soldiers.",
         ("european_force", "troops", 40000.0, None, "more than")),
        ("The mission would need at least 5,000 troops.",
         ("european_force", "troops", 5000.0, None, "at least")),
        ("The coalition force could reach up to 64,000 personnel.",
         ("european_force", "troops", None, 64000.0, "up to")),
        ("The plan envisions 25,000–30,000 troops for the force.",
         ("european_force", "troops", 25000.0, 30000.0, "range")),
        ("The force would count between 15,000 and 20,000 troops.",
         ("european_force", "troops", 15000.0, 20000.0, "range")),
        ("A force of 25 to 30 thousand troops is planned.",
         ("european_force", "troops", 25000.0, 30000.0, "range")),
        ("The mission could need hundreds of thousands of troops.",
         ("european_force", "troops", 100000.0, 1000000.0, "hundreds of thousands")),
        ("Ukraine is asking for 200,000 foreign troops.",
         ("ukraine_request", "troops", 200000.0, 200000.0, "exact")),
        ("Russia has 700,000 troops in the occupied areas.",
         ("russian_forces", "troops", 700000.0, 700000.0, "exact")),
        ("Germany could send 5,000 soldiers to the mission.",
         ("contribution:DEU", "troops", 5000.0, 5000.0, "exact")),
        ("A 30-kilometre buffer zone would separate the armies.",
         ("buffer_zone", "km", 30.0, 30.0, "exact")),
        ("The force would stay 100 km from the front line.",
         ("distance_from_front", "km", 100.0, 100.0, "exact")),
        ("The contact line runs for about 1,200 km.",
         ("front_line", "km", 1200.0, 1200.0, "about")),
        ("The mission could last five years, officials said of the force.",
         ("force_lifetime", "year", 5.0, 5.0, "exact")),
        ("Some 30 countries have joined the coalition of the willing.",
         ("coalition_size", "countries", 30.0, 30.0, "about")),
        ("The 600-mile front line would be watched by drones.",
         ("front_line", "km", 965.6, 965.6, "exact")),
    ],
)
def test_quantities(ledger_of: Make, text: str, expected: tuple) -> None:
    assert _claims(ledger_of, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Twelve soldiers were killed and 40 troops wounded in the attack on Tuesday.",
        "A 45-year-old soldier died; the colonel, aged 52, was hurt.",
        "Talks began on February 17, 2025, and resumed on 3 March 2025 in Paris.",
        "Leaders met for two days in 2024 to discuss the war.",
        "Article 5 of the treaty covers 32 allies, officials said.",
        "The war has lasted three years.",  # years, but nothing about the force
        "Europe's only two nuclear powers lead the talks.",
        "Analysts counted 5,000 drones fired by Russia.",
    ],
)
def test_not_claims(ledger_of: Make, text: str) -> None:
    assert _claims(ledger_of, text) == []


def test_precision_each_sentence_holds_its_number(ledger_of: Make) -> None:
    ledger = ledger_of(r=(
        "Leaders discussed the plan on Monday.\n"
        "The force would have about 30,000 troops. Britain could provide 8,000 soldiers.\n"
        "A second line.\n"
    ))
    assert len(ledger.claims) == 2
    report = ledger.reports[0]
    for c in ledger.claims:
        assert report.text[c.start:c.end] == c.sentence
        assert c.number_text in c.sentence
    assert ledger.claims[1].subject == "contribution:GBR"


def _stances(make: Make, text: str) -> set[tuple[str, str]]:
    return {(s.actor, s.stance) for s in make(r=text).stances}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spain ruled out sending troops to Ukraine.", {("ESP", "declines")}),
        ("Romania will not send troops to Ukraine, the prime minister said.",
         {("ROU", "declines")}),
        ("Sweden is ready to deploy troops as part of a peace deal.", {("SWE", "ready")}),
        # changed (issue #15): "has not ruled out" is a stance of its own, "open"
        ("Belgium has not ruled out sending troops.", {("BEL", "open")}),
        ("The U.S. has ruled out NATO membership for Kyiv.", set()),
        ("Norway said it was too early to discuss sending soldiers.", {("NOR", "undecided")}),
        ("Any deployment would need the approval of the Bundestag, Germany said.",
         {("DEU", "conditional")}),
        ("Estonia and Latvia are leading the planning for the force.",
         {("EST", "leading"), ("LVA", "leading")}),
        ("Troops would be based in Poland and Romania.", set()),
        ("Moscow rejected the proposal outright.", {("RUS", "rejects")}),
        ("French President Emmanuel Macron, who met Polish leaders, is leading efforts to "
         "build the coalition.", {("FRA", "leading")}),
    ],
)
def test_stances(ledger_of: Make, text: str, expected: set[tuple[str, str]]) -> None:
    assert _stances(ledger_of, text) == expected


def test_conflict_needs_opposite_stances_from_reports(ledger_of: Make) -> None:
    ledger = ledger_of(
        a="Spain is ready to deploy troops to the reassurance force, ministers said today.",
        b="Spanish Prime Minister Pedro Sanchez ruled out sending Spanish troops to Ukraine.",
    )
    spain = ledger.position("ESP")
    assert spain.status == "conflict"
    assert spain.conflict == "ready vs declines"
    assert spain.independent_sources == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plans and proposals are offers
        ("The Netherlands is preparing to contribute a company of 150 soldiers.",
         {("NLD", "ready")}),
        ("Sweden is set to deploy a battalion after the ceasefire.", {("SWE", "ready")}),
        ("Britain had suggested contributing up to 10,000 soldiers.", {("GBR", "ready")}),
        ("Britain pledged 10,000 troops, with France expressing willingness to match that "
         "commitment.", {("GBR", "ready"), ("FRA", "ready")}),
        ("Other nations, including Poland, Spain and Italy, have resisted sending troops.",
         {("POL", "declines"), ("ESP", "declines"), ("ITA", "declines")}),
        # drawing up a plan is not an offer; weighing a move is not making it
        ("Britain and France are developing a plan to deploy 30,000 peacekeepers.", set()),
        ("Norway is considering joining the mission, officials said.", {("NOR", "open")}),
        # an indirect question is nobody's stance
        ("The British defence chief asked his counterparts if they could put together a "
         "64,000-strong force.", set()),
        # refusing support or cover is not refusing troops
        ("Washington has refused to provide military cover or other support to the mission.",
         set()),
    ],
)
def test_stances_plans_and_guards(ledger_of: Make, text: str,
                                  expected: set[tuple[str, str]]) -> None:
    assert _stances(ledger_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group subject, its members listed in the next sentence
        ("Six European countries are ready to send troops to Ukraine, officials said. Among the "
         "countries named are the United Kingdom, France, and Denmark.",
         {("GBR", "ready"), ("FRA", "ready"), ("DNK", "ready")}),
        ("Several countries have ruled out sending troops. They include Poland and Hungary.",
         {("POL", "declines"), ("HUN", "declines")}),
        # a pronoun standing for the nation the sentence before opens with
        ("Estonia has a small army of 7,000 regulars. It is preparing to contribute a company "
         "of 150 soldiers.", {("EST", "ready")}),
        # only the next sentence: a list two sentences later is another matter
        ("Six European countries are ready to send troops. The talks went on late. Among "
         "those at the summit were Poland and Italy.", set()),
        # the list after a stance that has its own actor adds nothing
        ("Britain is ready to send troops. Among the guests were Poland and Italy.",
         {("GBR", "ready")}),
    ],
)
def test_stances_across_sentences(ledger_of: Make, text: str,
                                  expected: set[tuple[str, str]]) -> None:
    assert _stances(ledger_of, text) == expected


def test_cross_sentence_stance_quotes_both_sentences(ledger_of: Make) -> None:
    """The quoted evidence of a stance read across two sentences is both, at their offsets."""
    text = "Estonia has a small army. It is preparing to contribute a company of soldiers."
    ledger = ledger_of(r=text)
    (st,) = ledger.stances
    assert (st.actor, st.stance, st.sentence) == ("EST", "ready", text)
    assert ledger.reports[0].text[st.start:st.end] == st.sentence
