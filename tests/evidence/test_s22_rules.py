"""Session 22's rules, each written from a class of misses in the real tuning sets (27-45) and
each beside the reading it must not break. The sentences are the project's own words.

Stances:
- a relative clause's nations: "a statement by A and B, who agreed to send troops";
- a copula before a relative "that": "A and B are the only members that are ready to send";
- ", as have C and D" after a stance: C and D hold it too;
- "troops from A and B would (could) be deployed": ready (open);
- "opposition to sending troops comes from A and B": declines;
- "ready to send troops, with US backing": conditional on the US, beside ready;
- "A is prepared to commit forces, while B has ruled out involvement": B declines;
- "among them" and "such as" list a group's nations;
- "discussing sending A's and B's troops": open, for the nations whose troops are named;
- "happy to send", "keen on despatching": ready, open;
- a declaration "signed by A and B, which outlines plans for deploying troops": ready;
- "But there must be a US backstop" after the speaker's offer: conditional;
- "Royal Air Force" jets are aircraft, not troops;
- (after set 46) "turning down" refuses; "allowed for the possibility of participation" is open;
  "ruled out opening a debate on the deployment" is undecided; troops "only on NATO territory"
  are no offer for Ukraine; a bare "will contribute" after ", and" reads the mission its
  sentence names first; a doubt noun listed among nouns ("vagueness, hesitancy, and ...") is
  nobody's; "could feasibly deploy" is a capacity.
Sizes and counts:
- a figure officials "discussed deploying" or "talked about" is the force's, not their nation's;
- '40,000 heavily armed European "peacekeepers"'; "10,000, 20,000, or even 30,000";
- a count of the EU's members or of the Contact Group is no count of the coalition;
- "so-called" is no request word; '200,000 troops "at a minimum"' is a floor."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import countries_in, stance_pairs, troop_figures


@pytest.mark.parametrize(("sentence", "expected"), [
    # a relative clause after nations governed by a preposition
    ("The call followed a statement by the Norwegian prime minister Jonas Gahr Store and the "
     "Danish prime minister Mette Frederiksen, who agreed to send troops to Ukraine.",
     {("NOR", "ready"), ("DNK", "ready")}),
    ("Officials met Sweden's envoy, who said Sweden was ready to send troops.",
     {("SWE", "ready")}),
    # a copula before the relative "that"
    ("So far Norway and Finland are the only members of the group that are ready to send "
     "their soldiers to Ukraine.", {("NOR", "ready"), ("FIN", "ready")}),
    ("Belgium is among the nations that have pledged to deploy troops.", {("BEL", "ready")}),
    # ", as have ..."
    ("Norway and Portugal have offered to provide troops for the mission (as have Belgium and "
     "Croatia).", {("NOR", "ready"), ("PRT", "ready"), ("BEL", "ready"), ("HRV", "ready")}),
    ("Austria will not send soldiers, as has Ireland.",
     {("AUT", "declines"), ("IRL", "declines")}),
    # troops from ... would / could be deployed
    ("The talks ended. Troops from several member states, as well as Norway and Iceland, "
     "would be deployed under the plan.", {("NOR", "ready"), ("ISL", "ready")}),
    ("The talks ended. Troops from Belgium and Portugal could be sent to Kyiv.",
     {("BEL", "open"), ("PRT", "open")}),
    # opposition comes from
    ("Opposition to sending troops to Ukraine comes from Austria, Hungary and Slovakia.",
     {("AUT", "declines"), ("HUN", "declines"), ("SVK", "declines")}),
    # the clause a refusal is set against names the force
    ("Norway is among the countries prepared to commit forces, while Austria has ruled out "
     "involvement.", {("NOR", "ready"), ("AUT", "declines")}),
    # among them / such as
    ("Several countries, such as Latvia and Croatia, have said they are ready to send troops.",
     {("LVA", "ready"), ("HRV", "ready")}),
    # discussing sending their own troops
    ("The Norwegian and Danish prime ministers are discussing sending Norwegian and Danish "
     "troops to Ukraine after a peace deal.", {("NOR", "open"), ("DNK", "open")}),
    ("Norway and Denmark discussed the possibility of sending Norwegian and Danish peace troops "
     "to Ukraine.", {("NOR", "open"), ("DNK", "open")}),
    # happy to send, keen on despatching
    ("The Dutch premier is happy to send Dutch troops into harm's way.", {("NLD", "ready")}),
    ("The Belgian prime minister is equally keen on despatching his own nation's forces to "
     "Ukraine.", {("BEL", "open")}),
    # a declaration signed by ..., which outlines plans
    ("The step follows a declaration of intent signed by Norway, Denmark and Ukraine, which "
     "outlines plans for deploying troops on Ukrainian soil after a ceasefire.",
     {("NOR", "ready"), ("DNK", "ready")}),
    # (after set 46) refusing by "turning down"; a possibility is no offer; refusing a debate is
    # "not yet"; ", and" with the mission named first; a relative "which" under way
    ("Austria is turning down the possibility of deploying soldiers as part of a peacekeeping "
     "force in Ukraine.", {("AUT", "declines")}),
    ("The Irish premier for the first time allowed for the possibility of the country\u2019s "
     "participation in an international mission in Ukraine.", {("IRL", "open")}),
    ("The Austrian minister again ruled out the possibility of opening a debate on the "
     "deployment of a peace force.", {("AUT", "undecided")}),
    ("Belgium said it is prepared to consider taking part in a peacekeeping mission, and the "
     "Norwegian prime minister has already said Norway will contribute.",
     {("BEL", "open"), ("NOR", "ready")}),
    ("Vienna is in no hurry, unlike Norway and Denmark, which are already discussing the "
     "possibility of sending contingents.", {("NOR", "open"), ("DNK", "open")}),
    ("Belgium has expressed hesitancy about sending troops.", {("BEL", "undecided")}),
    # (after set 47) interest in putting troops
    ("Leaders from Norway, Denmark and Belgium have expressed interest in putting troops on the "
     "ground in Ukraine.", {("NOR", "open"), ("DNK", "open"), ("BEL", "open")}),
    ("Oslo dismisses speculation that it may deploy peacekeeping troops to Ukraine.",
     {("NOR", "declines")}),
])
def test_session_22_stance_rules(tmp_path: Path, sentence: str,
                                 expected: set[tuple[str, str]]) -> None:
    assert stance_pairs(tmp_path, sentence) == expected


def test_with_us_backing_is_a_condition_beside_the_offer(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "The Danish prime minister said she is ready and willing to put "
                                 "Danish troops on the ground in Ukraine, with U.S. backing, as a "
                                 "security guarantee.")
    assert got == {("DNK", "conditional"), ("DNK", "ready")}


def test_with_us_support_for_the_plan_is_no_condition(tmp_path: Path) -> None:
    # "support" names the plan's help, not a condition (the sets' readers, 15 and 33)
    got = stance_pairs(tmp_path, "Norway and Denmark have said they are ready to deploy troops to "
                                 "Ukraine to ensure that a ceasefire is preserved, with US "
                                 "support.")
    assert got == {("NOR", "ready"), ("DNK", "ready")}


def test_a_later_us_backstop_sentence_makes_the_speakers_offer_conditional(
        tmp_path: Path) -> None:
    text = ("At a summit in Paris, the Danish prime minister Mette Frederiksen said she is open to "
            "deploying Danish forces to Ukraine. \u201cBut there must be a US backstop because a "
            "US guarantee is the only way to deter Russia,\u201d Frederiksen said.")
    assert ("DNK", "conditional") in stance_pairs(tmp_path, text)


@pytest.mark.parametrize(("sentence", "expected"), [
    # the guards: what each rule must leave alone
    ("Japan is not among the countries that pledged to deploy troops.", None),
    ("The talks ended. Troops from Belgium were deployed in Estonia last year.", set()),
    ("Norway is ready to lead the talks, while Austria has ruled out involvement.", set()),
    ("Austria is ready to send troops, as is the case with many allies.", {("AUT", "ready")}),
    ("The Belgian premier discussed sending German troops.", set()),
    ("Denmark may send Royal Air Force Typhoon fighter jets to patrol the skies over Ukraine.",
     set()),
    ("The declaration signed by Norway and Denmark covers sanctions.", set()),
    ("Norway would be happy to join the talks on Ukraine.", set()),
    ("Denmark agreed to deploy its troops to support Kyiv only on the territory of one of the "
     "NATO countries.", set()),
    ("Norway and Belgium met in Oslo to discuss sending troops.", set()),
    ("Austria turned down the invitation to the talks.", set()),
    # a doubt noun among the subject's nouns; a capacity, not an offer
    ("Norway and Denmark have unveiled plans for a force, but vagueness, hesitancy, and the "
     "interventions of others threaten their efforts.", set()),
    ("Norway could feasibly deploy at most a battalion, between 500 and 800 troops.", set()),
    ("Denmark expressed interest in providing funding for the mission.", set()),
])
def test_session_22_guards(tmp_path: Path, sentence: str,
                           expected: set[tuple[str, str]] | None) -> None:
    got = stance_pairs(tmp_path, sentence)
    if expected is None:  # (a negated copula: no offer, whatever else is read)
        assert ("JPN", "ready") not in got
    else:
        assert got == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Danish officials have discussed deploying 10,000 to 30,000 troops to Ukraine.",
     ("european_force", 10000.0, 30000.0)),
    ("Danish officials have talked about possibly 10,000 to 30,000 troops for Ukraine.",
     ("european_force", 10000.0, 30000.0)),
    ("Macron travelled to Warsaw to discuss a plan for 40,000 heavily armed European "
     "\u201cpeacekeepers\u201d for Ukraine.", ("european_force", 40000.0, 40000.0)),
])
def test_session_22_size_rules(tmp_path: Path, sentence: str,
                               expected: tuple[str, float, float]) -> None:
    assert expected in troop_figures(tmp_path, sentence)


def test_a_so_called_force_in_a_russian_source_is_no_request(tmp_path: Path) -> None:
    # "so-called" is no "called for": the figure is the force's (Russia's claim of it)
    got = troop_figures(tmp_path, "Russia's intelligence service said the West was planning to "
                                  "deploy a so-called peacekeeping contingent of about 100,000 "
                                  "people in the country to restore Ukraine's combat capability.")
    assert ("european_force", 100000.0, 100000.0) in got
    assert not any(subject == "ukraine_request" for subject, _lo, _hi in got)


def test_a_quoted_at_a_minimum_makes_the_request_a_floor(tmp_path: Path) -> None:
    got = troop_figures(tmp_path, "Zelensky says that if Europe is serious about deterrence, it "
                                  "will need 200,000 troops \u201cat a minimum\u201d.")
    assert got == {("ukraine_request", 200000.0, None)}


def test_a_discussed_figure_of_its_own_troops_stays_the_nations(tmp_path: Path) -> None:
    got = troop_figures(tmp_path, "Denmark discussed sending 5,000 of its troops to Ukraine.")
    assert ("contribution:DNK", 5000.0, 5000.0) in got
    assert not any(subject == "european_force" for subject, _lo, _hi in got)


@pytest.mark.parametrize("sentence", [
    "The ministers will chair a meeting of about 50 nations in the Ukraine Defence Contact Group.",
    "The meeting will hear from the head of the council that represents the EU\u2019s 27 nations.",
])
def test_counts_of_other_groups_are_not_the_coalitions(tmp_path: Path, sentence: str) -> None:
    assert countries_in(tmp_path, sentence) == set()


def test_a_coalition_count_is_still_read(tmp_path: Path) -> None:
    got = countries_in(tmp_path, "Leaders from 30 nations met in Paris to discuss the "
                                 "reassurance force for Ukraine.")
    assert got == {(30.0, 30.0)}


@pytest.mark.parametrize(("text", "kept"), [
    ("Greece rules out sending troops to Ukraine\n\nGreece on Wednesday ruled out deploying "
     "peacekeeping troops in Ukraine as part of a potential peace deal.", True),
    ("Portugal will not send peacekeeping troops to Ukraine, defence officials said on Thursday.",
     True),
    # qualified: a condition, a time, a concession stay the check's to weigh
    ("Portugal will not send troops without security guarantees from the United States.", False),
    ("Portugal will not send troops to Ukraine at this time, the minister said.", False),
])
def test_an_outright_refusal_is_not_judged_by_the_check(tmp_path: Path, text: str,
                                                        kept: bool) -> None:
    from reassure.evidence import build_ledger

    (tmp_path / "r.txt").write_text("A report\nNorthwire, 3 March 2025\n\n" + text + "\n",
                                    encoding="utf-8")
    ledger = build_ledger([tmp_path / "r.txt"], jobs=1, stance_check=True,
                          stance_check_threshold=1.0)  # the strictest check withholds the rest
    refusals = [s for s in ledger.stances if s.stance == "declines"]
    assert bool(refusals) == kept
    assert all(s.check is None for s in refusals)
