"""Session 68: readings found on the tuning sets' leftovers (sets 138-140, in-sample) and probes in
the project's own words. A nation after ", and" with a verb of its own opens its clause, whatever
preposition governed the member before ("talks with Kyiv, and Britain is ready"); "are said to be
against the move" refuses (the passive of report is no speech: its subject is the clause's, and
nobody speaks); an office of Ukraine ("the Ambassador of Ukraine") asks for troops as Ukraine
does. Each case marked "misread" failed on the session start (665c299)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import build_ledger


def _ledger(tmp_path: Path, body: str, title: str = "Partners weigh the force"):  # type: ignore[no-untyped-def]
    (tmp_path / "r.txt").write_text(f"Title: {title}\n\n{body}\n", encoding="utf-8")
    return build_ledger([tmp_path / "r.txt"], jobs=1)


def _stances(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    return {(s.actor, s.stance) for s in _ledger(tmp_path, body).stances}


@pytest.mark.parametrize(("body", "expected"), [
    # misread: Hungary's readiness (the list "Kyiv, and Britain" read as governed by "with")
    ("Hungary held talks with Kyiv, and Britain is ready to send troops.", {("GBR", "ready")}),
    ("Hungary blocked accession talks with Ukraine, and the UK is ready to send troops.",
     {("GBR", "ready")}),
    # left alone: an absolute clause after "with" is read whole
    ("The plan moves ahead, with France, Britain and Canada ready to station troops.",
     {("FRA", "ready"), ("GBR", "ready"), ("CAN", "ready")}),
])
def test_a_nation_after_and_opens_its_clause(tmp_path: Path, body: str,
                                              expected: set[tuple[str, str]]) -> None:
    assert _stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing for Germany and Poland
    ("Paris and London plan to put forward a troop deployment after any truce, but Rome and "
     "Madrid are said to be against the move.",
     {("GBR", "ready"), ("FRA", "ready"), ("ITA", "declines"), ("ESP", "declines")}),
    ("Britain and France want to deploy soldiers. Germany and Poland, though, are against the "
     "move.", {("GBR", "open"), ("FRA", "open"), ("DEU", "declines"), ("POL", "declines")}),
    # left alone: "the move to" something else is no sending
    ("Hungary is against the move to open accession talks, and the UK is ready to send troops.",
     {("GBR", "ready")}),
])
def test_against_the_move(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert _stances(tmp_path, body) == expected


def test_said_to_be_names_no_speaker(tmp_path: Path) -> None:
    # misread: "said by Italy"
    stances = _ledger(tmp_path, "Italy is said to be ready to send troops to the force.").stances
    assert [(s.actor, s.stance, s.said_by) for s in stances] == [("ITA", "ready", None)]


def test_said_to_be_then_the_real_speaker(tmp_path: Path) -> None:
    # left alone: the speech verb after it names the speaker
    stances = _ledger(tmp_path, "Spain was said to be against sending troops, officials "
                                "said.").stances
    assert [(s.actor, s.stance, s.said_by) for s in stances] == [
        ("ESP", "declines", "unnamed officials")]


@pytest.mark.parametrize(("body", "subject"), [
    # misread: no figure (the office "of Ukraine" was read as a place the verb governs)
    ("The UN envoy of Ukraine called for hundreds of thousands of allied soldiers to deter any "
     "new attack.", "ukraine_request"),
    ("The envoy of Ukraine called for hundreds of thousands of soldiers.", "ukraine_request"),
    # left alone: Ukraine as a place is no asker
    ("A force of 40,000 troops would patrol the east of Ukraine, planners said.",
     "european_force"),
])
def test_an_office_of_ukraine_asks(tmp_path: Path, body: str, subject: str) -> None:
    # (a neutral headline: the claim model, which reads the sentence before, doubts a vague
    # request under a headline on the force and drops it; the rules' reading is tested here)
    assert {c.subject for c in _ledger(tmp_path, body, "Envoy speaks").claims} == {subject}


# --- a second probe round: quotes, their speakers, "also ready" -------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (no cue "not going to send")
    ('"We are not going to send our soldiers to Ukraine," the Danish prime minister said.',
     {("DNK", "declines", "Danish prime minister")}),
    # misread: nothing (the speaker taken to be "We": the office and its holder set off by commas)
    ('"We will not send soldiers to Ukraine," the Hungarian foreign minister, Peter Szijjarto, '
     'said.', {("HUN", "declines", "Hungarian foreign minister, Peter Szijjarto")}),
    ('"We are ready to send troops," Jonas Gahr Store, Norway\'s prime minister, told the '
     'broadcaster NRK.', {("NOR", "ready", "Jonas Gahr Store, Norway's prime minister")}),
    # left alone: the speaker after the verb
    ('"We will not send soldiers to Ukraine," said the Danish foreign minister, Lars Lokke '
     'Rasmussen.', {("DNK", "declines", "Danish foreign minister")}),
])
def test_a_quote_and_its_speaker(tmp_path: Path, body: str,
                                 expected: set[tuple[str, str, str | None]]) -> None:
    assert {(s.actor, s.stance, s.said_by) for s in _ledger(tmp_path, body).stances} == expected


def test_also_ready_in_a_later_clause(tmp_path: Path) -> None:
    # misread: Latvia and Estonia gave nothing ("were also ready"), then Estonia's readiness was
    # shown as Lithuania's word
    body = ("Lithuania said it could send a contingent of up to 300 troops to the force, while "
            "Latvia and Estonia said they were also ready.")
    assert {(s.actor, s.stance, s.said_by) for s in _ledger(tmp_path, body).stances} == {
        ("LTU", "open", "Lithuania"), ("LVA", "ready", None), ("EST", "ready", None)}


def test_the_position_held_now(tmp_path: Path) -> None:
    # left alone (sessions 59 and 62): in one sentence the later position stands, the earlier
    # given up ("initially ..., but has since"), as the real sets' annotators read it
    body = ("Croatia initially said it was open to sending soldiers to the force, but it has "
            "since ruled this out.")
    assert _stances(tmp_path, body) == {("HRV", "declines")}


# --- the reader's side: what set 140's report showed a reader -----------------------------------

def test_a_headline_on_joining_is_no_boilerplate(tmp_path: Path) -> None:
    # misread: the line was dropped as a newsletter's "sign up"; then its count was given to the
    # one warned ("Number 10 warns Putin"), not the one warning
    ledger = _ledger(tmp_path, "Number 10 warns Putin as 31 nations sign up to the coalition of "
                               "the willing.\n\nSign up for the daily briefing")
    assert [(c.low, c.said_by) for c in ledger.claims] == [(31, "Number 10")]
    # the newsletter's line still goes
    assert [r.reason for r in ledger.reports[0].removed].count("boilerplate") == 1


@pytest.mark.parametrize(("body", "expected"), [
    # misread: 3 years as the force's lifetime ("last week" read as a verb of lasting)
    ("Trump, who called Zelensky a dictator last week, wants a deal to end the three-year "
     "conflict, and he said he would accept European peacekeeping forces.", []),
    # left alone
    ("The peacekeeping force could last 20 years, officials said.", [(20, 20)]),
    ("The peacekeeping mission might have to stay in Ukraine for up to 30 years.", [(None, 30)]),
])
def test_the_wars_age_is_no_lifetime(tmp_path: Path, body: str,
                                     expected: list[tuple[float | None, float | None]]) -> None:
    claims = [c for c in _ledger(tmp_path, body).claims if c.subject == "force_lifetime"]
    assert [(c.low, c.high) for c in claims] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the JEF's ten members counted as the coalition's
    ("Stubb was in Riga for a gathering of leaders from the ten countries that make up the JEF.",
     []),
    ("The Joint Expeditionary Force, a British-led grouping, brings together ten countries.", []),
    # left alone
    ("Leaders of 26 countries pledged to join the reassurance force in Paris.", [26]),
])
def test_another_forums_count(tmp_path: Path, body: str, expected: list[float]) -> None:
    assert [c.low for c in _ledger(tmp_path, body).claims if c.unit == "countries"] == expected


# --- rebuilt real reports of sets 122-134 (tuning): readings missed there ----------------------

@pytest.mark.parametrize("body", [
    # misread: no condition (the leader's own "but ... said" clause cut off as another nation's)
    "Britain is willing to send troops, but Starmer said there must be a US backstop.",
    # misread: no condition ("a U.S. security commitment" was no backing)
    "Britain is willing to send troops, but Starmer said there must be a U.S. security "
    "commitment.",
    "Keir Starmer, who had earlier offered peacekeeping troops, said later there must be a U.S. "
    "security commitment before Europeans put boots on the ground.",
])
def test_a_leaders_own_us_condition(tmp_path: Path, body: str) -> None:
    assert {(s.actor, s.stance, s.condition) for s in _ledger(tmp_path, body).stances} == {
        ("GBR", "ready", None), ("GBR", "conditional", "us-backstop")}


def test_another_nations_condition_stays_its_own(tmp_path: Path) -> None:
    # left alone (s67): Latvia's condition is not Estonia's
    body = "Estonia is ready to contribute a company, but Latvia says it needs parliament's approval."
    assert {(s.actor, s.stance) for s in _ledger(tmp_path, body).stances} == {
        ("EST", "ready"), ("LVA", "conditional")}


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (Western troops are others' unless the leader does not rule them out)
    ("Last month, Macron refused to rule out sending Western troops to Ukraine.",
     {("FRA", "open")}),
    # left alone
    ("Macron raised the prospect of sending Western troops to Ukraine.", set()),
])
def test_refused_to_rule_out_western_troops(tmp_path: Path, body: str,
                                            expected: set[tuple[str, str]]) -> None:
    assert _stances(tmp_path, body) == expected


def test_a_later_clause_of_its_own_after_others_troops(tmp_path: Path) -> None:
    # misread: nothing (every troop noun was others' "European troops", read as the plan's talk)
    body = ("London and Paris have been discussing a force of up to 30,000 European troops, and "
            "Estonia, Denmark and Australia have said they could take part.")
    assert _stances(tmp_path, body) == {("EST", "open"), ("DNK", "open"), ("AUS", "open")}


def test_others_troops_raised_stay_no_offer(tmp_path: Path) -> None:
    # left alone (s16): raising others' troops offers none of one's own
    assert _stances(tmp_path, "Macron raised the prospect of sending Western troops, and Italy "
                              "is not keen.") == set()


def test_the_coalitions_size_before_a_handful(tmp_path: Path) -> None:
    # misread: "number of nations ready to send troops" (33 is the coalition, a handful pledged)
    claims = _ledger(tmp_path, "Of the 33 countries in the coalition, only a handful have said "
                               "they would send troops.").claims
    assert [(c.subject, c.low) for c in claims] == [("coalition_size", 33)]


# --- own-words set rv67b-own's leftovers (tuning) ----------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing for Norway ("either" ended no clause)
    ("Denmark is open to sending troops to the force. Norway has not ruled out a contribution "
     "either.", {("DNK", "open"), ("NOR", "open")}),
    # misread: nothing for Australia (a request weighed), then South Korea's ministry its speaker
    ("South Korea's defence ministry said it has no plans to send troops to Ukraine, and in "
     "Canberra the government of Australia said it would consider a request from the coalition.",
     {("KOR", "declines", "South Korea's defence ministry"),
      ("AUS", "open", "government of Australia")}),
])
def test_weighed_and_its_speaker(tmp_path: Path, body: str, expected: set[tuple[str, ...]]) -> None:
    ledger = _ledger(tmp_path, body)
    width = len(next(iter(expected)))
    assert {(s.actor, s.stance, s.said_by)[:width] for s in ledger.stances} == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: undecided alone (the weighing dropped for the later "too early")
    ("New Zealand's Prime Minister said Wellington would consider any request to join the force, "
     "but it was too early to make a decision.", {("NZL", "open"), ("NZL", "undecided")}),
    # misread: open alone ("no decision had been made" beside the weighing)
    ("A government spokesman said Germany was considering taking part in the force and that no "
     "decision had been made.", {("DEU", "open"), ("DEU", "undecided")}),
    # left alone (s62, 15v): a possibility elsewhere, then a question left open; plans not yet
    ("Merz said Germany could station forces on neighbouring NATO territory, but left open "
     "whether German soldiers would go into Ukraine itself.", {("DEU", "undecided")}),
    ("Norway is weighing the deployment of troops, but there are no concrete plans yet.",
     {("NOR", "undecided")}),
])
def test_weighing_and_no_decision_yet(tmp_path: Path, body: str,
                                      expected: set[tuple[str, str]]) -> None:
    assert _stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing
    ("Estonia has confirmed its contribution to the reassurance force.", {("EST", "ready")}),
    # left alone: a refusal confirmed; challenges outlined are no offer; a proposal is no offer
    # (s46: "X's proposal to deploy", which annotators read as open or nothing)
    ("Germany confirmed its opposition to sending troops.", {("DEU", "declines")}),
    ("Scholz outlines the hurdles facing a peacekeeping mission.", set()),
])
def test_a_contribution_confirmed(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert _stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: open alone ("only" after the mandate)
    ("Ireland has said it is open to contributing peacekeepers under a UN mandate only, in keeping "
     "with its triple lock.", {("IRL", "open"), ("IRL", "conditional")}),
    # left alone: a mandate named, no "only"
    ("Ireland is open to contributing peacekeepers under the current mandate of the mission.",
     {("IRL", "open")}),
])
def test_a_mandate_only(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert _stances(tmp_path, body) == expected


# --- a reviewer's probes of this session's changes (each guard failed on an earlier head of the
# session; "misread" cases failed on the start too) -------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    # the last member of a list after "with" is no subject of its own
    ("Talks with France, Germany, and Italy have focused on sending troops to Ukraine.", set()),
    # a refusal to rule out something else
    ("Macron said he could consider sending Western troops, but the Kremlin refused to rule out "
     "retaliation.", set()),
    # a request for something else than joining
    ("Japan would consider any request for financial support for the coalition.", set()),
    # "the move" after training troops, not sending them
    ("European leaders agreed to train Ukrainian troops in Poland, but Hungary was against the "
     "move.", set()),
    # no decision on a detail is no undecided
    ("Britain could take part in the force, although no decision has been made on its size.",
     {("GBR", "open")}),
    # misread: nothing (the place that opens the sentence listed with its subject)
    ("In Paris, Britain and France said they would send troops.", {("GBR", "ready"), ("FRA", "ready")}),
    # left alone: a list of places
    ("In Poland, Romania and Hungary, officials oppose sending troops.", set()),
])
def test_reviewed_readings(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert _stances(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # another leader's US condition is not his partner's
    ("Britain and France are ready to send troops, but Macron said there must be a US backstop.",
     {("GBR", "ready", None), ("FRA", "ready", None)}),
    # acting alone if US support fades is no US condition
    ("Britain is ready to send troops, but Starmer said Europe must be ready to act alone if US "
     "support fades.", {("GBR", "ready", None)}),
])
def test_reviewed_conditions(tmp_path: Path, body: str,
                             expected: set[tuple[str, str, str | None]]) -> None:
    assert {(s.actor, s.stance, s.condition) for s in _ledger(tmp_path, body).stances} == expected


def test_reviewed_counts_and_speakers(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path, "After meeting Weimar partners in Berlin, Macron said 26 countries "
                               "had pledged to join the reassurance force.")
    assert [(c.subject, c.low) for c in ledger.claims] == [("countries_pledged", 26)]
    (tmp_path / "r.txt").unlink()
    ledger = _ledger(tmp_path, "At least ten countries in the coalition have pledged to send "
                               "troops to Ukraine.")
    assert [c.subject for c in ledger.claims] == ["countries_pledged"]
    (tmp_path / "r.txt").unlink()
    ledger = _ledger(tmp_path, "In a call with the President of Ukraine, Macron said 20,000 "
                               "troops would be needed.", "Envoy speaks")
    assert [c.subject for c in ledger.claims] == ["european_force"]
    (tmp_path / "r.txt").unlink()
    # misread: "Kyiv, and Britain" as the speaker
    ledger = _ledger(tmp_path, "Hungary held talks with Kyiv, and Britain has said it will send "
                               "troops.")
    assert [(s.actor, s.said_by) for s in ledger.stances] == [("GBR", "Britain")]
