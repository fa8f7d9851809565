"""Session 58: the plan leaders' own readiness told indirectly, and a condition told after the
premise. On real tuning sets 107-114, 39 of 52 stance misses and 21 of 28 wrong stances were
Britain's, France's or Germany's. In the project's own words; each case named "misread" failed
on the session start (f52765d); the others pin what the new readings must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import countries_in, stances_in, troop_figures

ON_TROOPS = "Defence ministers argued in Brussels about sending troops to Ukraine after a truce. "


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the nations set apart from those who have not)
    ("Apart from Britain and France, no other government has publicly committed troops.",
     {("GBR", "ready"), ("FRA", "ready")}),
    ("Besides Denmark, no Nordic country has pledged soldiers for the force.",
     {("DNK", "ready")}),
    ("Other than Estonia, no nation has offered troops for the mission so far.",
     {("EST", "ready")}),
    ("Aside from Hungary, no other member state has ruled out sending troops.",
     {("HUN", "declines")}),
    ("No country except Sweden has offered troops.", {("SWE", "ready")}),
    # left alone (read before too)
    ("No European government but France has pledged troops so far.", {("FRA", "ready")}),
    # misread: nothing (an apposition naming them the only ones)
    ("The remarks upset Britain and France, the only two countries that have publicly "
     "committed to taking part in the force.", {("GBR", "ready"), ("FRA", "ready")}),
    # left alone: an exception from those who did
    ("All the Baltic states except Lithuania have offered troops.",
     {("EST", "ready"), ("LVA", "ready")}),
    # left alone: one clause's stance, another clause's own
    ("Apart from Britain and France, no other leaders have committed troops, and Germany said "
     "it was premature.", {("GBR", "ready"), ("FRA", "ready"), ("DEU", "undecided")}),
    ("Nobody but the press asked Poland whether it would send troops.", set()),
])
def test_the_ones_set_apart(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, ON_TROOPS + body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a plural subject's infinitive sends "their troops")
    ("For weeks Britain and France have been trying to build a \"coalition of the willing\" to "
     "send their troops to Ukraine.", {("GBR", "ready"), ("FRA", "ready")}),
    ("Over the past few weeks, Denmark and Norway have worked on a joint plan to deploy their "
     "own soldiers to Ukraine.", {("DNK", "ready"), ("NOR", "ready")}),
    # left alone: others' troops, a refusal, a call on others
    ("Britain and France urged their partners to send their troops to Ukraine.", set()),
    ("Britain and France want Germany to send their troops to Ukraine.", set()),
    ("Spain and Italy have refused to send their troops to Ukraine.",
     {("ESP", "declines"), ("ITA", "declines")}),
    ("Britain and France are trying to convince others to send their troops to Ukraine.", set()),
])
def test_their_own_troops(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, ON_TROOPS + body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (their plan, with the hedge of giving it up unless ...)
    ("Officials say Britain and France are likely to drop their plan to deploy troops after a "
     "ceasefire unless Washington offers explicit backing.",
     {("GBR", "ready"), ("GBR", "conditional"), ("FRA", "ready"), ("FRA", "conditional")}),
    ("Sweden and Finland may shelve plans to send troops unless the US provides a backstop.",
     {("SWE", "ready"), ("SWE", "conditional"), ("FIN", "ready"), ("FIN", "conditional")}),
    # misread: declines (a rejection of Macron's plan is the rejecter's, not France's refusal)
    ("The Kremlin dismissed Macron's plan to deploy troops to Ukraine.",
     {("FRA", "ready"), ("RUS", "rejects")}),
    # left alone
    ("Britain and France have abandoned their plan to deploy troops to Ukraine.",
     {("GBR", "declines"), ("FRA", "declines")}),
    ("Britain and France are likely to abandon their plans to deploy troops to Ukraine.", set()),
    ("Germany criticised their plan to deploy troops to Ukraine.", set()),
    ("Italy and Spain criticised their plan to deploy troops to Ukraine.", set()),
    ("Poland rejected Macron's plan to deploy Polish troops to Ukraine.", {("POL", "rejects")}),
])
def test_their_plan(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, ON_TROOPS + body) == expected


def test_a_proposal_stays_no_offer(tmp_path: Path) -> None:
    # s46's convention (tests/evidence/test_s46_rules.py): "X's proposal to deploy" is no offer
    found = stances_in(tmp_path, ON_TROOPS + "Warsaw rejected Macron's proposal to deploy troops.")
    assert ("FRA", "ready") not in found


@pytest.mark.parametrize(("body", "expected"), [
    # misread: open only (the premise "if there is a peace agreement", then the condition)
    ("\"I am prepared to consider putting Danish troops on the ground if there is a lasting "
     "peace agreement, but there must be an American backstop,\" Frederiksen said.",
     {("DNK", "open"), ("DNK", "conditional")}),
    # misread: ready only (the offer made on an expectation of US backup)
    ("Belgium, Spain and Portugal are prepared to send troops to secure a ceasefire, with the "
     "expectation that the United States will provide backup, a minister said.",
     {(n, s) for n in ("BEL", "ESP", "PRT") for s in ("ready", "conditional")}),
    # left alone: the condition beside the premise (read before), the premise alone
    ("Norway is ready to send troops if a peace deal is signed, but a US backstop is essential.",
     {("NOR", "ready"), ("NOR", "conditional")}),
    ("Norway is ready to send troops if a peace deal is signed.", {("NOR", "ready")}),
])
def test_a_condition_after_the_premise(tmp_path: Path, body: str,
                                       expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, ON_TROOPS + body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: FRA declines (how the force would act, not who sends it)
    ("Speaking after the summit, Macron stressed that these forces would not engage directly "
     "with Russian troops.", set()),
    # misread: GBR open (another nation's "does not rule out", the speaker's location named)
    ("A source with knowledge of the talks in the UK said Finland is opposed to sending ground "
     "troops, although Berlin does not rule out such a step.",
     {("FIN", "declines"), ("DEU", "open")}),
    # left alone: troops that would engage in the force's operations; the force in combat
    ("Merz said the force would not engage in combat.", set()),
    ("Starmer said British troops would engage in deterrence operations in Ukraine.",
     {("GBR", "ready")}),
])
def test_others_words_and_the_forces_conduct(tmp_path: Path, body: str,
                                             expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, ON_TROOPS + body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready only (the condition told in the next sentence, in other words than "must")
    ("Estonia is ready to send troops to Ukraine. The minister added that the final decision on "
     "the deployment would rest with the Riigikogu.", {("EST", "ready"), ("EST", "conditional")}),
    ("The Netherlands is open to sending troops. Brekelmans said any deployment would only "
     "happen if Washington provides security guarantees.",
     {("NLD", "open"), ("NLD", "conditional")}),
    ("Portugal is ready to send troops. Its prime minister said Portugal would not go in "
     "\"without American cover\".", {("PRT", "ready"), ("PRT", "conditional")}),
    # misread: ready only (a parliament's say after "only after")
    ("Sweden is ready to take part with its own soldiers, but only after the Riksdag has "
     "considered the matter.", {("SWE", "ready"), ("SWE", "conditional")}),
    # left alone: another decision, a sentence with no offer before it
    ("Estonia is ready to send troops to Ukraine. The final decision on the budget rests with "
     "parliament.", {("EST", "ready")}),
    ("Portugal is ready to help Ukraine. Its prime minister said Portugal would not go in "
     "\"without American cover\".", set()),
])
def test_a_condition_told_later(tmp_path: Path, body: str,
                                expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (no decision yet, told after a sentence on sending troops)
    ("Germany says it will not decide until the terms of a peace deal are known.",
     {("DEU", "undecided")}),
    ("Austria said no decision had been taken.", {("AUT", "undecided")}),
    ("Norway said that no decision has been made yet.", {("NOR", "undecided")}),
    # misread: nothing (a refusal told with "never been")
    ("\"Sending Spanish troops has never been on the agenda,\" Sánchez told Congress.",
     {("ESP", "declines")}),
    # left alone
    ("Germany will decide after a ceasefire.", {("DEU", "undecided")}),
    ("Austria said a decision had been taken.", set()),
])
def test_no_decision_yet(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, ON_TROOPS + body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing ("put forward" troops, as "offered")
    ("Britain and France have put forward troops for a reassurance force.",
     {("GBR", "ready"), ("FRA", "ready")}),
    ("Finland put forward a battalion of 400 soldiers for the mission.", {("FIN", "ready")}),
    # left alone: a plan, an idea, proposals
    ("Macron put forward a plan for a European force.", set()),
    ("Italy put forward the idea of a UN mission instead.", set()),
    ("Germany put forward proposals on air defence.", set()),
])
def test_put_forward(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, ON_TROOPS + body) == expected


@pytest.mark.parametrize("body", [
    # misread: a force size (an army's standing size, the US's troops in Europe)
    "Critics asked whether the Army, with fewer than 73,000 regular soldiers, could sustain the "
    "deployment in Ukraine.",
    "The Pentagon has about 100,000 troops in Europe, a level it has been reviewing.",
    # (read before too) an army's size, troops massed elsewhere
    "Some 80,000 US troops are stationed in Europe.",
    "The British Army has about 70,000 soldiers, its smallest size in centuries.",
    "NATO had massed some 30,000 troops in the Baltic states and Poland.",
])
def test_standing_armies_are_no_force_size(tmp_path: Path, body: str) -> None:
    assert troop_figures(tmp_path, ON_TROOPS + body) == set()


@pytest.mark.parametrize(("body", "size"), [
    ("Europe could field a force of 25,000 troops in Ukraine.", 25000),
    ("A European army, with 25,000 troops, would deploy to Ukraine.", 25000),
])
def test_the_force_stays_a_force(tmp_path: Path, body: str, size: int) -> None:
    assert {low for _, low, _ in troop_figures(tmp_path, ON_TROOPS + body)} == {size}


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a pair of leaders before "the two countries")
    ("Starmer and Macron met Zelensky in Paris on Tuesday. The two countries would establish "
     "military hubs across Ukraine after a ceasefire.", {("GBR", "ready"), ("FRA", "ready")}),
    ("Frederiksen and Kristersson met in Copenhagen. Both countries are ready to send troops to "
     "Ukraine.", {("DNK", "ready"), ("SWE", "ready")}),
    # left alone: two nations before (read before too); a pronoun for two leaders stays unread
    ("Britain and France signed the declaration. The two nations are ready to send troops.",
     {("GBR", "ready"), ("FRA", "ready")}),
    ("Starmer and Macron met in Paris. They are ready to send troops.", set()),
])
def test_a_pair_of_leaders_before_the_two_countries(tmp_path: Path, body: str,
                                                     expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, body) == expected


def test_the_force_in_place_at_a_time_beside_its_rotation_total(tmp_path: Path) -> None:
    # misread: nothing (the rotation total made both figures a total)
    body = ("Guarding the line would require 100,000 soldiers at a time and a force of 300,000 "
            "to allow for rotations.")
    assert ("european_force", 100000.0, 100000.0) in troop_figures(tmp_path, ON_TROOPS + body)


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing
    ("Ministers met at a summit of a coalition of 33 pro-Kyiv nations in Rome.", (33.0, 33.0)),
    ("Starmer has been assembling the 30-plus nation \"coalition of the willing\".",
     (30.0, None)),
    ("Leaders of the 18 attending countries agreed to spend more on defence.", (18.0, 18.0)),
    # read before too
    ("Starmer is building a 30-nation coalition of the willing.", (30.0, 30.0)),
])
def test_counts_of_nations(tmp_path: Path, body: str,
                           expected: tuple[float | None, float | None]) -> None:
    assert countries_in(tmp_path, body) == {expected}


@pytest.mark.parametrize(("body", "expected"), [
    # misread: leading only (the plan after the nations' relative clause)
    ("Denmark and Norway, which chair the Nordic group, plan to send troops to Ukraine once the "
     "fighting stops.", {("DNK", "ready"), ("NOR", "ready")}),
    # misread: nothing ("say they are willing", "have said they are ready too")
    ("Croatia and Slovenia say they are willing.", {("HRV", "ready"), ("SVN", "ready")}),
    ("Latvia and Lithuania have said they are ready too.", {("LVA", "ready"), ("LTU", "ready")}),
    # left alone: no nation before the relative clause; said they would not
    ("The talks, which began in London, plan to send troops.", set()),
    ("Austria and Ireland said they would not.", {("AUT", "declines"), ("IRL", "declines")}),
])
def test_said_they_are_ready_and_plans_after_a_relative(tmp_path: Path, body: str,
                                                        expected: set[tuple[str, str]]) -> None:
    found = stances_in(tmp_path, ON_TROOPS + body)
    assert {f for f in found if f[1] != "leading"} == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the review's guards (each read wrongly by the session's first rules)
    ("Apart from Britain and France, no other nation has yet decided whether to send troops.",
     set()),
    ("Except for Hungary, no EU country has objected to the British plan to deploy troops.",
     set()),
    ("Britain and France are unlikely to send their troops before a ceasefire.", set()),
    ("Britain and France have been too cautious to send their troops to Ukraine.", set()),
    ("Britain and France would need American airlift to send their troops to Ukraine.", set()),
    ("Germany and Italy have been briefed on their plan to deploy troops.", set()),
    ("Spain and Portugal asked for details of their plan to deploy troops.", set()),
    ("Germany and Italy have distanced themselves from their plan to deploy troops.",
     {("DEU", "declines"), ("ITA", "declines")}),
    ("Britain and France have put their plan to deploy troops on hold.", set()),
    ("Britain and France were forced to postpone their plan to deploy troops.", set()),
    ("Britain and France are likely to abandon their plan to deploy troops, unless you believe "
     "the briefings from Paris.", set()),
    ("Germany is ready to send troops, with the expectation that the US will eventually pull "
     "back from Europe.", {("DEU", "ready")}),
    ("Britain is ready to send troops, with the expectation that the US will not support the "
     "mission.", {("GBR", "ready")}),
    ("Sweden is ready to send soldiers, but only after the Riksdag elections.", {("SWE", "ready")}),
    ("Poland will not engage militarily in Ukraine, Tusk said.", {("POL", "declines")}),
    ("Spain put forward arguments against sending troops.", {("ESP", "declines")}),
    ("Over the past two decades, Ireland has contributed thousands of peacekeepers.", set()),
    # the review's misses, now read
    ("No country other than Britain has formally committed troops.", {("GBR", "ready")}),
    ("Britain and France are the only two countries that have committed troops.",
     {("GBR", "ready"), ("FRA", "ready")}),
    ("Britain is one of only two countries that have committed troops.", {("GBR", "ready")}),
    ("Estonia, the only Baltic state that has offered a company of soldiers, is preparing.",
     {("EST", "ready")}),
    ("Britain is likely to abandon its plan to deploy troops if Washington refuses a backstop.",
     {("GBR", "ready"), ("GBR", "conditional")}),
    ("Finland is ready to send troops, but only after the Eduskunta has approved it.",
     {("FIN", "ready"), ("FIN", "conditional")}),
    ("Lithuania is ready to send troops if a truce is agreed, but Washington must be involved.",
     {("LTU", "ready"), ("LTU", "conditional")}),
    ("Germany won't decide until after the election, a spokesman said.", {("DEU", "undecided")}),
    ("Spain will not make a decision until the terms are clear.", {("ESP", "undecided")}),
])
def test_the_reviews_cases(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, ON_TROOPS + body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Latvia is willing to send troops to Ukraine. The defence minister said the final decision "
     "would rest with the Saeima.", {("LVA", "ready"), ("LVA", "conditional")}),
    ("Italy could contribute troops to Ukraine. Meloni said a deployment would only happen under "
     "a UN mandate.", {("ITA", "open"), ("ITA", "conditional")}),
    # a cabinet's vote, another decision
    ("Italy is open to sending troops to Ukraine. Meloni said she would hold a cabinet vote "
     "before any deployment.", {("ITA", "open")}),
    ("Estonia is ready to send troops to Ukraine. The final decision on Ukraine's NATO "
     "membership rests with the alliance.", {("EST", "ready")}),
])
def test_the_reviews_later_conditions(tmp_path: Path, body: str,
                                      expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "size"), [
    ("A force of 64,000 troops across Europe and Ukraine was discussed.", 64000),
    ("Europe would need to deploy about 40,000 troops in Europe's east and in Ukraine.", 40000),
    ("France would deploy 5,000 professional soldiers to Ukraine.", 5000),
])
def test_the_reviews_force_sizes(tmp_path: Path, body: str, size: int) -> None:
    assert {low for _, low, _ in troop_figures(tmp_path, ON_TROOPS + body)} == {size}


@pytest.mark.parametrize(("body", "expected"), [
    # the second review's guards (each read wrongly by the rules after the first review)
    ("Aside from Britain, no other government has refused to rule out sending troops.",
     {("GBR", "open")}),
    ("Estonia, the only Baltic state that has not yet offered troops, is expected to decide "
     "next week.", set()),
    ("Germany is the only big European country that has not ruled out sending troops.",
     {("DEU", "open")}),
    ("Belgium is the only Benelux state that was not consulted on the plan to send troops.",
     set()),
    ("Except for Italy, no large EU state has said it will not send troops.", {("ITA", "declines")}),
    ("Aside from Slovakia, no member state has mocked the British-French plan to deploy troops.",
     set()),
    ("Britain and France have decided it is too risky to send their troops to Ukraine.", set()),
    ("Germany and Italy called their plan to deploy troops reckless.", set()),
    ("Hungary and Slovakia have vowed to block their plan to deploy troops.", set()),
    ("Britain and France have paused their plan to deploy troops to Ukraine.", set()),
    ("Italy has put forward guarantees, not troops.", {("ITA", "declines")}),
    ("Germany has put forward no troops so far.", set()),
    ("Belgium put forward troops for the NATO mission in Romania.", set()),
    ("Norway is ready to send troops if a peace deal is signed, but Washington has played no "
     "part in the planning.", {("NOR", "ready")}),
    ("Finland is ready to send troops if a truce holds, but the US must not be part of it.",
     {("FIN", "ready")}),
    ("Germany is ready to send troops, with the expectation that the United States will provide "
     "support for Ukraine's reconstruction.", {("DEU", "ready")}),
    ("Estonia is ready to send troops, but only after Kyiv gives its consent.", {("EST", "ready")}),
    ("Germany could send troops, but only after the new Bundestag is sworn in.", {("DEU", "open")}),
    ("Britain will not decide until a ceasefire how many troops it would send.", set()),
    ("Germany said no decision had been taken yet on the Eurofighter order.", set()),
    ("Germany and Poland, which border each other, plan to send troops to Lithuania.", set()),
    ("Troop deployments have not been on the agenda of the talks so far, a German spokesman "
     "said.", set()),
    # read now: kept to their plan; a refusal or an offer after "no other <nations> has said"
    ("Britain and France are pushing ahead with their plan to deploy troops to Ukraine.",
     {("GBR", "ready"), ("FRA", "ready")}),
    ("Aside from Britain, no country has said it is ready to send troops.", {("GBR", "ready")}),
    ("Aside from Poland, no other country has warned against sending troops.",
     {("POL", "declines")}),
])
def test_the_second_reviews_cases(tmp_path: Path, body: str,
                                  expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, ON_TROOPS + body) == expected


@pytest.mark.parametrize(("body", "size"), [
    ("The coalition plans to have 20,000 troops standing ready to deploy to Ukraine.", 20000),
    ("A coalition army, with 30,000 troops, would be stationed in western Ukraine.", 30000),
])
def test_the_second_reviews_force_sizes(tmp_path: Path, body: str, size: int) -> None:
    assert {low for _, low, _ in troop_figures(tmp_path, ON_TROOPS + body)} == {size}


def test_critics_in_a_nation_set_no_condition(tmp_path: Path) -> None:
    body = ("Lithuania is ready to send troops to Ukraine. Critics in Lithuania say any deployment "
            "must have a UN mandate.")
    assert stances_in(tmp_path, body) == {("LTU", "ready")}


STORY = ("Moscow brands Kyiv's backers an 'axis of war'\n\nRussian foreign ministry spokeswoman "
         "Maria Zakharova on Thursday called Ukraine and its European supporters an \"axis of "
         "war\", saying the agreements reached at the Paris summit amounted to \"destructive "
         "militarism\". Zakharova said any Western contingent on Ukrainian soil would be a "
         "legitimate target.\n")
RETOLD = ("Kremlin spokeswoman lashes out at Paris declaration\n\nIn a sharp escalation, "
          "Zakharova, who speaks for Russia's foreign ministry, described Kyiv and its allies in "
          "Europe as an \"axis of war\" and denounced the summit's agreements as \"destructive "
          "militarism\"; a Western contingent on Ukrainian soil would be a legitimate target.\n")
UNRELATED = ("Estonia weighs a company for the mission\n\nTallinn is considering sending an "
             "infantry company to the reassurance force, the defence minister told the "
             "Riigikogu on Tuesday, pending a parliamentary vote in the spring.\n")


def test_one_story_retold_joins_on_its_rare_words(tmp_path: Path) -> None:
    """(s58) `SAME_STORY_COSINE`: a pair whose TF-IDF cosine reaches 0.5 joins whatever the
    model's logit; below it the model decides (here a stub model that scores every pair low)."""
    from dataclasses import replace

    from evidence_claim_helpers import dedup_inputs

    from reassure.evidence import _dedup

    _, reports, sigs, keys = dedup_inputs(tmp_path, {"a": STORY, "b": RETOLD, "c": UNRELATED})
    low = replace(_dedup.load_model(), intercept=-30.0)
    scorer = _dedup.PairScorer(reports, [s for s, _ in sigs], keys, low)
    cosine = _dedup.FEATURES.index("cosine")
    assert scorer.features(0, 1)[cosine] >= _dedup.SAME_STORY_COSINE == 0.5
    assert scorer.features(0, 2)[cosine] < 0.5
    assert scorer.score(0, 1) == _dedup._COPY_LOGIT
    assert scorer.score(0, 2) < 0
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_dedup, "SAME_STORY_COSINE", None)
        again = _dedup.PairScorer(reports, [s for s, _ in sigs], keys, low)
        assert again.score(0, 1) < 0


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a fact box's capitals; read after sets 115-116 were scored)
    ("Where Europe stands on troops. POLAND - Will not send troops, but offers to act as a "
     "logistics hub.", {("POL", "declines")}),
    ("Where Europe stands on troops. ITALY - Has ruled out sending troops.", {("ITA", "declines")}),
    ("BREAKING: FRANCE AND BRITAIN READY TO SEND TROOPS TO UKRAINE", {("FRA", "ready"),
                                                                    ("GBR", "ready")}),
    # misread: Belgium and the Baltic states only (a count word and a hedge in the list)
    ("Britain, France, the three Baltic states and perhaps Belgium have said they are willing to "
     "deploy ground troops.", {(n, "ready") for n in ("GBR", "FRA", "EST", "LVA", "LTU", "BEL")}),
    # misread: nothing (the declaration named as a noun; Ukraine a signer, no stance)
    ("The summit produced a separate declaration of intent by Britain, France and Ukraine on "
     "deploying forces after a ceasefire.", {("GBR", "ready"), ("FRA", "ready")}),
    # misread: nothing ("will be part of whatever deploys")
    ("A Downing Street spokesman said British personnel \"will be part of whatever deploys\".",
     {("GBR", "ready")}),
    # left alone: a declaration of intent on other matters
    ("The summit produced a declaration of intent by Britain and France on defence industry "
     "cooperation.", set()),
])
def test_fact_boxes_lists_and_declarations(tmp_path: Path, body: str,
                                           expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, ON_TROOPS + body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (read after sets 115-116 were scored)
    ("Carney hinted that Canada could have a military presence in Ukraine as part of a "
     "coalition.", {("CAN", "open")}),
    ("However, Portugal announced that it did not plan to involve its troops.",
     {("PRT", "declines")}),
    # left alone: a presence elsewhere
    ("Germany could have a military presence in Lithuania.", set()),
])
def test_a_presence_and_troops_not_involved(tmp_path: Path, body: str,
                                            expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, ON_TROOPS + body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (read after sets 115-116 were scored)
    ("Presenter: Austria has said its troops won't go into Ukraine itself.", {("AUT", "declines")}),
    ("Vienna says it will decide on Austrian participation at a later stage.",
     {("AUT", "undecided")}),
    # left alone: troops not going elsewhere
    ("Austria has said its troops won't go to the front.", set()),
])
def test_own_troops_not_going_and_decided_later(tmp_path: Path, body: str,
                                                expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, ON_TROOPS + body) == expected


def test_a_substantive_vote_before_any_deployment(tmp_path: Path) -> None:
    body = ("Britain is ready to send troops. Healey confirms the government will hold a "
            "substantive vote before any deployment.")
    assert stances_in(tmp_path, body) == {("GBR", "ready"), ("GBR", "conditional")}


@pytest.mark.parametrize(("body", "expected"), [
    # misread: open (read after sets 117-118 were scored)
    ("However, Hungary, Slovakia and Austria distanced themselves on Monday from any suggestion "
     "they might commit ground troops.", {("HUN", "declines"), ("SVK", "declines"),
                                          ("AUT", "declines")}),
    # left alone: talk of another thing
    ("Spain has distanced itself from talk of a European army.", set()),
])
def test_distanced_from_a_suggestion(tmp_path: Path, body: str,
                                     expected: set[tuple[str, str]]) -> None:
    assert stances_in(tmp_path, ON_TROOPS + body) == expected


def test_a_corps_is_a_force(tmp_path: Path) -> None:
    # misread: nothing (read after sets 117-118 were scored)
    body = "Starmer wants to lead a 30,000-strong corps in Ukraine after a ceasefire."
    assert ("european_force", 30000.0, 30000.0) in troop_figures(tmp_path, ON_TROOPS + body)
