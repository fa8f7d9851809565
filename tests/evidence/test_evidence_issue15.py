"""Issue #15 behaviours on short texts: number formats, unit-less sizes, traps, stance vocabulary,
groups, talks, pledge stages, agreement, UTF-16 and plain-text metadata."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.evidence import Ledger, build_ledger
from reassure.evidence._claims import parse_number

Make = Callable[..., Ledger]


@pytest.mark.parametrize(("text", "value"), [
    ("25,000", 25000.0), ("10.000", 10000.0), ("1.5", 1.5), ("64.000", 64000.0), ("ten", 10.0),
    ("Twenty-six", 26.0), ("fifteen", 15.0), ("1,2", None), ("", None),
])
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@given(st.integers(min_value=1000, max_value=9_999_999))
@settings(max_examples=200, deadline=None)
def test_thousands_separators_agree(n: int) -> None:
    comma = f"{n:,}"
    assert parse_number(comma) == n
    assert parse_number(comma.replace(",", ".")) == n  # continental style


def _q(make: Make, text: str) -> list[tuple[str, float | None, float | None]]:
    return [(c.subject, c.low, c.high) for c in make(r=text).claims]


@pytest.mark.parametrize(("text", "expected"), [
    ("Planners drew up a force of 64,000 to deploy after a ceasefire.",
     [("european_force", 64000.0, 64000.0)]),
    ("The coalition would struggle to muster 25,000 for the force.",
     [("european_force", 25000.0, 25000.0)]),
    ("Ministers weighed a force of between 10.000 to 30.000 soldiers.",
     [("european_force", 10000.0, 30000.0)]),
    ("The mission would need 60,000-plus troops.", [("european_force", 60000.0, None)]),
    ("The plan envisages a 40,000-man force.", [("european_force", 40000.0, 40000.0)]),
    ("Estimates range from 15 thousand to 20 thousand troops for the mission.",
     [("european_force", 15000.0, 20000.0)]),
    ("Estonia would send several hundred soldiers.", [("contribution:EST", 300.0, 900.0)]),
    ("Around 25,000 to 30,000 soldiers from European states could be stationed there.",
     [("european_force", 25000.0, 30000.0)]),
    ("Some 5,000 troops from Sweden would join.", [("contribution:SWE", 5000.0, 5000.0)]),
    ("The UK and France are ready to send a combined contingent of 20,000 troops.",
     [("contribution:FRA+GBR", 20000.0, 20000.0)]),
    ("France is willing to send between 5,000 and 10,000, officials said.",
     [("contribution:FRA", 5000.0, 10000.0)]),
    ("Twenty-six countries have pledged to contribute.", [("countries_pledged", 26.0, 26.0)]),
])
def test_force_sizes(ledger_of: Make, text: str, expected: list[tuple]) -> None:
    assert _q(ledger_of, text) == expected


@pytest.mark.parametrize(("text", "kept"), [
    # another mission's size quoted as history
    ("At its peak, NATO's ISAF mission in Afghanistan counted 130,000 troops.", []),
    ("In 1999 KFOR deployed 50,000 troops to Kosovo.", []),
    # a nation's whole army
    ("Italy, whose army numbers 160,000 soldiers, has ruled out sending troops.", []),
    ("France has an army of about 200,000 troops but would commit 10,000 soldiers.",
     [("contribution:FRA", 10000.0, 10000.0)]),
    # Ukraine's request is not the European force
    ("Kyiv wants a European force of 200,000 troops, President Zelensky said.",
     [("ukraine_request", 200000.0, 200000.0)]),
    ("At least 200,000 European soldiers would be required, Zelensky said.",
     [("ukraine_request", 200000.0, None)]),
])
def test_traps(ledger_of: Make, text: str, kept: list[tuple]) -> None:
    assert _q(ledger_of, text) == kept


def _s(make: Make, text: str) -> set[tuple[str, str]]:
    return {(s.actor, s.stance) for s in make(r=text).stances}


@pytest.mark.parametrize(("text", "expected"), [
    ("Spain declined to contribute troops.", {("ESP", "declines")}),
    ("Poland, Spain and Italy declined to contribute.",
     {("POL", "declines"), ("ESP", "declines"), ("ITA", "declines")}),
    ("Portugal agreed to contribute forces to the mission.", {("PRT", "ready")}),
    ("Romania confirmed its readiness to join the reassurance force.", {("ROU", "ready")}),
    ("Ireland has not ruled out sending troops.", {("IRL", "open")}),
    ("Austria is considering sending troops to the mission.", {("AUT", "open")}),
    ("Finland has not yet decided whether to send soldiers.", {("FIN", "undecided")}),
    ("Italy said it would send no troops to the force.", {("ITA", "declines")}),
    ("The UK and France are ready to send troops.", {("GBR", "ready"), ("FRA", "ready")}),
    # the speaker is not the subject of what is reported
    ("France and Germany say the United States backs the plan.", {("USA", "supports")}),
    # the talks are not a troop offer
    ("Poland is participating in the planning talks.", {("POL", "talks")}),
    ("Poland is participating in the planning talks but will not send soldiers.",
     {("POL", "talks"), ("POL", "declines")}),
    ("Croatia said its soldiers would not take part in the mission.", {("HRV", "declines")}),
])
def test_stance_vocabulary(ledger_of: Make, text: str, expected: set[tuple[str, str]]) -> None:
    assert _s(ledger_of, text) == expected


@pytest.mark.parametrize(("text", "condition"), [
    ("Germany would only take part in the force if the United States provided a backstop.",
     "us-backstop"),
    ("The Netherlands said any deployment of Dutch troops needs approval from parliament.",
     "parliament"),
    ("Belgium will contribute soldiers only if the terms of a ceasefire allow it.", "ceasefire"),
    ("Spain said any contribution depends on a UN mandate.", "mandate"),
    ("Italy's constitution limits its ability to deploy troops abroad.", "constitution"),
])
def test_conditions(ledger_of: Make, text: str, condition: str) -> None:
    stances = ledger_of(r=text).stances
    conditional = [s for s in stances if s.stance == "conditional"]
    assert [s.condition for s in conditional] == [condition]
    assert conditional[0].cue in conditional[0].sentence
    # the stance the condition qualifies is recorded too, without a condition (§5)
    assert all(s.stance in ("ready", "open") and s.condition is None
               for s in stances if s.stance != "conditional")


def test_groups_expanded_with_the_group_shown(ledger_of: Make) -> None:
    ledger = ledger_of(r="The Baltic states said they were ready to send troops.\n"
                         "Nordic countries are open to contributing soldiers.")
    got = {(s.actor, s.stance, s.group) for s in ledger.stances}
    assert got == {("EST", "ready", "Baltic states"), ("LVA", "ready", "Baltic states"),
                   ("LTU", "ready", "Baltic states")} | {
        # changed (review r10): Iceland has no armed forces, so no group offer of troops
        # includes it (docs/evidence.md, "Review r10")
        (n, "open", "Nordic countries") for n in ("DNK", "FIN", "NOR", "SWE")}


def test_speaker_nation(ledger_of: Make) -> None:
    ledger = ledger_of(r='"We are ready to send troops," Danish Prime Minister Mette Frederiksen '
                         "told reporters.")
    (s,) = ledger.stances
    assert (s.actor, s.stance) == ("DNK", "ready")
    assert s.said_by == "Danish Prime Minister Mette Frederiksen"


def test_pledge_stages(ledger_of: Make) -> None:
    ledger = ledger_of(r=(
        "Estonia said on 2 April 2025 it was ready to send troops to the mission.\n"
        "Estonia pledged a company of 150 troops on 12 April 2025.\n"
        "The Riigikogu approved the deployment on 20 May 2025.\n"
        "The first 50 Estonian soldiers deployed to western Ukraine on 16 June 2025.\n"))
    pledge = ledger.pledge("EST")
    assert [(s.stage, s.date) for s in pledge.stages] == [
        ("stated", "2025-04-02"), ("pledged", "2025-04-12"), ("approved", "2025-05-20"),
        ("deployed", "2025-06-16")]
    assert pledge.stage == "deployed"
    assert (pledge.stages[1].low, pledge.stages[3].low) == (150.0, 50.0)
    for stage in pledge.stages:
        assert ledger.claim(stage.claim_id).sentence == stage.quote


def test_agreement_needs_two_independent_sources(tmp_path: Path) -> None:
    body = "The reassurance force would number about 30,000 troops, officials said on Monday.\n"
    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "a.txt").write_text("Outlet: Wire One\n\n" + body, encoding="utf-8")
    (folder / "a_copy.txt").write_text("Outlet: Syndicate\n\n" + body, encoding="utf-8")
    one_story = build_ledger([folder])
    assert one_story.entry("european_force").independent_sources == 1
    assert one_story.entry("european_force").status == "single source"
    (folder / "b.txt").write_text(
        "Diplomats in Brussels put the size of the planned mission at about 30,000 troops, "
        "a figure first floated in London last month.\n", encoding="utf-8")
    two = build_ledger([folder])
    assert two.entry("european_force").independent_sources == 2
    assert two.entry("european_force").status == "corroborated"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_reports_are_read(tmp_path: Path, codec: str) -> None:
    text = "Denmark is ready to send 300 soldiers to a reassurance force in Ukraine.\n"
    path = tmp_path / "wide.txt"
    path.write_bytes(text.encode(codec))  # "utf-16" writes a byte-order mark
    ledger = build_ledger([path])
    assert ledger.problems == ()
    assert [(c.subject, c.low) for c in ledger.claims] == [("contribution:DNK", 300.0)]


def test_plain_text_header_metadata(ledger_of: Make) -> None:
    ledger = ledger_of(r=(
        "Title: Denmark offers soldiers\nOutlet: Nordic Wire\nDate: 2025-05-06\n\n"
        "Denmark is ready to send 300 soldiers to a reassurance force in Ukraine.\n"))
    r = ledger.reports[0]
    assert (r.title, r.outlet, r.date) == ("Denmark offers soldiers", "Nordic Wire", "2025-05-06")
    assert "Title:" not in r.clean_text
    wire = ledger_of(r="By Anna Keller | The Evening Ledger | 6 March 2025\n\n"
                       "LONDON, March 3 (Northwire) - Britain would send troops, officials said.\n")
    w = wire.reports[0]
    assert (w.outlet, w.date, w.author) == ("The Evening Ledger", "2025-03-06", "Anna Keller")


@pytest.mark.parametrize("text", [
    "Belgium will contribute soldiers only if a ceasefire is agreed first.",
    "Sweden would join the mission if a peace deal is reached, its minister said.",
    "Norway is ready to send troops once a ceasefire is in place.",
    "Poland is ready to send troops, contingent on a ceasefire.",
    "Norway and Denmark signed a declaration of intent on deploying troops if a truce holds.",
])
def test_the_forces_premise_is_no_condition(ledger_of: Make, text: str) -> None:
    """A ceasefire or peace deal is the force's premise, not a nation's condition (§5)."""
    stances = {s.stance for s in ledger_of(r=text).stances}
    assert "conditional" not in stances
    assert stances & {"ready", "open"}
