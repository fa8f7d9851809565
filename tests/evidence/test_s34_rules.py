"""(s34) Readings from set 90's errors, written as classes in the project's own words
(docs/evidence.md §10 "Session 34"): a figure asked for by Ukraine and named after it without a
unit ("the 100,000 called for by Kyiv"), a predicative "N strong" of a force named far back,
"in the region of" as "about", an army of many nations, a nation bracketed into a paper's name;
"partake" as "participate", a "we" after a nation's "has said ...:", "with X ready to",
a share "of that number", a nation and its own leader as one member of a list ("the pair"),
"a group of countries prepared to" as the unnamed countries' readiness, and the host given the
stance a nation takes on its own named troops."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import stance_pairs, troop_figures


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials think far fewer soldiers are needed than the 120,000 to 160,000 called for by "
     "Kyiv's president last month.", ("ukraine_request", 120_000, 160_000)),
    ("The planned mission would not sit on the line, officials said, and could be in the region "
     "of a few tens of thousands strong – or smaller.", ("european_force", 20_000, 50_000)),
    ("Norway could join a 40,000-strong multinational army guarding Ukraine's ports.",
     ("european_force", 40_000, 40_000)),
    ("According to a report in The (UK) Telegraph, Europe could struggle to deploy 20,000 troops "
     "in Ukraine.", ("european_force", 20_000, 20_000)),
])
def test_a_force_size_written_as_reports_write_it(tmp_path: Path, text: str,
                                                 expected: tuple) -> None:
    assert expected in troop_figures(tmp_path, text)


def test_a_floor_asked_for_is_read_by_the_rules(tmp_path: Path) -> None:
    # (the troop-size model may still withhold it: the rules' reading is what this tests)
    from evidence_claim_helpers import troops_in

    got = troops_in(tmp_path, "A smaller force would do than the 90,000 or more requested by "
                              "President Zelensky.", "rules")
    assert got == {("ukraine_request", 90_000, None)}


def test_a_figure_not_asked_by_ukraine_is_no_request(tmp_path: Path) -> None:
    got = troop_figures(tmp_path, "Fewer troops are needed than the 120,000 called for by the "
                                  "think tank last month.")
    assert not any(s == "ukraine_request" for s, _, _ in got)


def test_a_papers_bracketed_nation_is_not_the_figures_owner(tmp_path: Path) -> None:
    got = troop_figures(tmp_path, "According to a report in The (UK) Telegraph, Europe could "
                                  "struggle to deploy 20,000 troops in Ukraine.")
    assert not any(s.startswith("contribution:") for s, _, _ in got)


@pytest.mark.parametrize(("text", "pair"), [
    ("Several countries including Portugal have voiced their willingness to partake in such a "
     "mission.", ("PRT", "ready")),
    ('"Slovakia has said two things plainly: we will not send soldiers, and we will not join any '
     'deployment on Ukrainian soil," the minister said.', ("SVK", "declines")),
    ("Europe could send up to 20,000 soldiers to Ukraine, with Spain ready to contribute about "
     "a quarter of that number.", ("ESP", "ready")),
    ("Germany's Friedrich Merz and Poland's Donald Tusk met in Berlin. The pair said they are "
     "ready to deploy troops to Ukraine.", ("DEU", "ready")),
    ("Germany's Friedrich Merz and Poland's Donald Tusk met in Berlin. The pair said they are "
     "ready to deploy troops to Ukraine.", ("POL", "ready")),
])
def test_stances_read_as_readers_read_them(tmp_path: Path, text: str, pair: tuple) -> None:
    assert pair in stance_pairs(tmp_path, text)


def test_the_unnamed_countries_readiness_is_not_the_leaders(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Spain and Italy have been leading efforts to form a group of "
                                 "countries prepared to help enforce a ceasefire.")
    assert not {p for p in got if p[1] == "ready"}


def test_the_host_is_not_given_a_nations_refusal_of_its_own_troops(tmp_path: Path) -> None:
    from evidence_claim_helpers import ledger_from

    ledger = ledger_from(tmp_path, "The Dutch minister spoke on Monday. He said Ukraine needs "
                                   "security guarantees but ruled out deploying Dutch forces to "
                                   "Ukraine.")
    got = {(s.actor, s.stance) for s in ledger.stances}
    assert ("NLD", "declines") in got and ("UKR", "declines") not in got


@pytest.mark.parametrize(("text", "expected"), [
    # set 91's classes, in the project's own words
    ("Vienna has put on hold its plans to send Austrian troops to Ukraine.", {("AUT", "declines")}),
    ("Belgium has shelved plans to deploy soldiers to Ukraine.", {("BEL", "declines")}),
    ("The proposal to send peacekeeping troops to Ukraine was rejected by Hungary and Slovakia.",
     {("HUN", "declines"), ("SVK", "declines")}),
    ("Greece, Portugal and Ireland joined Austria in raising doubts about the plan to deploy "
     "troops.", {("AUT", "undecided"), ("GRC", "undecided"), ("PRT", "undecided"),
                 ("IRL", "undecided")}),
    ("Slovakia is open to Czech troops being stationed on its soil to help secure a ceasefire.",
     set()),
    ("Czechia and Slovakia said they are willing to put Czech and Slovak troops on the ground.",
     {("CZE", "ready"), ("SVK", "ready")}),
])
def test_set_91_classes(tmp_path: Path, text: str, expected: set) -> None:
    assert stance_pairs(tmp_path, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # set 92's classes, in the project's own words
    ("Spain and Portugal have said they are willing to put Spanish and Portuguese troops on the "
     "ground in Ukraine but it is not clear if other countries are keen on doing the same.",
     {("ESP", "ready"), ("PRT", "ready")}),
    ("Some Dutch politicians, including senior liberals, have said that the Netherlands should "
     "not rule out the participation of its armed forces in a mission in Ukraine.", set()),
    ("Asked whether Finland would send troops, Orpo said: we do not rule it out.",
     {("FIN", "open")}),
])
def test_set_92_classes(tmp_path: Path, text: str, expected: set) -> None:
    assert stance_pairs(tmp_path, text) == expected


# -- the journalist's review (s34): made-up reports in the project's own words ----------------
@pytest.mark.parametrize(("text", "expected"), [
    ("In 1995 Spain declined to send combat troops, and its parliament approved only a medical "
     "unit.", set()),
    ("Belgium was ready to send 2,000 troops to Kosovo then, and it did.", set()),
    ('"Slovak troops will guard our own border," Fico said.', set()),
    ("Latvia has not yet decided on the size of its contribution, its defence minister said.",
     set()),
    ("Latvia's parliament voted to approve sending up to 100 troops. The Saeima's mandate runs "
     "for one year and can be extended.", {("LVA", "ready")}),
])
def test_history_home_and_settled_matters_give_no_new_stance(tmp_path: Path, text: str,
                                                             expected: set) -> None:
    assert stance_pairs(tmp_path, text) == expected


def test_history_gives_no_force_size(tmp_path: Path) -> None:
    got = troop_figures(tmp_path, "When NATO sent its stabilisation force into Kosovo in June "
                                  "1999, it took 50,000 troops to keep the peace.")
    assert not got


def test_a_figure_in_another_clause_is_that_clauses_nations(tmp_path: Path) -> None:
    got = troop_figures(tmp_path, "Sweden has pledged up to 3,000 soldiers, according to two "
                                  "officials, while Finland is ready to send a brigade of "
                                  "around 1,500.")
    assert ("contribution:FIN", 1500, 1500) in got and ("contribution:SWE", 1500, 1500) not in got


def test_a_speaker_who_opens_a_later_clause_says_only_that_clause(tmp_path: Path) -> None:
    from evidence_claim_helpers import ledger_from

    ledger = ledger_from(tmp_path, "Lithuania has pledged a company of about 120 soldiers, and "
                                   "Latvia said it could send a smaller unit.")
    said = {s.actor: s.said_by for s in ledger.stances}
    assert said.get("LTU") is None and said.get("LVA") == "Latvia"
    assert all(c.said_by is None for c in ledger.claims if c.nation == "LTU")


# -- set 93's classes (after its one scoring), in the project's own words ----------------------
def test_what_ukraines_president_says_would_do_is_his_request(tmp_path: Path) -> None:
    got = troop_figures(tmp_path, "Zelenskyy said at least 180,000 peacekeepers would be needed. "
                                  "A day later he stated that the mission could work if 90,000 to "
                                  "120,000 European troops were deployed. Analysts noted that "
                                  "Europe does not have 180,000 peacekeepers to send.")
    assert ("ukraine_request", 90_000, 120_000) in got
    assert not any(s == "european_force" and lo == 180_000 for s, lo, _ in got)


def test_troops_a_nation_already_keeps_elsewhere_are_no_contribution(tmp_path: Path) -> None:
    got = troop_figures(tmp_path, "The mission would complement Canadian forces already in Europe "
                                  "under Operation Reassurance, where around 2,000 Canadian troops "
                                  "are deployed in Latvia.")
    assert not any(s.startswith("contribution:") for s, _, _ in got)
