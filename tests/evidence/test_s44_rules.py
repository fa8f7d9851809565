"""(s44) Readings from the rebuilt rounds 8 and 12 (scored in session 43 while held out, tuning
material since), written as clause shapes in the project's own words. Each test fails on the code
before; the guards keep each reading to its shape."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import stance_pairs, strictly_checked, troop_figures


@pytest.mark.parametrize(("text", "actor", "stance"), [
    ("Switzerland is ready to participate in a peacekeeping mission in Ukraine, the army chief "
     "said.", "CHE", "ready"),
    ("Ireland will participate in a peacekeeping operation in Ukraine if the war ends in a deal, "
     "the Taoiseach said.", "IRL", "ready"),
    ("Chinese officials have confirmed their readiness to take part in the peacekeeping "
     "contingent for Ukraine, a German paper reported.", "CHN", "ready"),
])
def test_an_outright_offer_is_not_judged_by_the_check(tmp_path: Path, text: str, actor: str,
                                                      stance: str) -> None:
    ledger = strictly_checked(tmp_path, text)
    offers = [s for s in ledger.stances if s.actor == actor and s.stance == stance]
    assert offers and all(s.check is None for s in offers)


@pytest.mark.parametrize("text", [
    # negated, asked or supposed: the check still weighs them
    "Nobody knows whether Switzerland is ready to participate in a peacekeeping mission.",
    "Is Switzerland ready to participate in a peacekeeping mission in Ukraine?",
    # an offer's words about something else than a force are no outright offer
    "Switzerland is ready to host talks on a peacekeeping mission in Ukraine.",
])
def test_an_offer_that_is_not_outright_is_still_judged(tmp_path: Path, text: str) -> None:
    ledger = strictly_checked(tmp_path, text)
    assert not [s for s in ledger.stances if s.actor == "CHE" and s.stance == "ready"]


def test_if_a_nation_is_ready_to_send_troops_is_a_premise_not_its_offer(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "He argued that if the UK is prepared to send troops after a "
                                 "ceasefire, nothing stops it from sending them today.")
    assert not {a for a, _ in got} & {"GBR"}
    got = stance_pairs(tmp_path, "If Belgium is willing to deploy soldiers, it should say so now.")
    assert not {a for a, _ in got} & {"BEL"}
    # the nation's own offer with a condition after it stays its offer
    got = stance_pairs(tmp_path, "Belgium is ready to deploy troops if the US provides a backstop.")
    assert ("BEL", "conditional") in got
    # another nation's readiness as the condition leaves the offer with its owner
    got = stance_pairs(tmp_path, "Portugal will send troops if Spain is willing to contribute "
                                 "too.")
    assert ("PRT", "ready") in got and not {a for a, _ in got} & {"ESP"}


def test_a_figure_or_even_more_is_a_floor(tmp_path: Path) -> None:
    assert troop_figures(tmp_path, "Britain could send 10,000 or even more troops to "
                                   "Ukraine.") == {("contribution:GBR", 10000.0, None)}
    assert troop_figures(tmp_path, "Belgium could send 800 or more soldiers to the "
                                   "mission.") == {("contribution:BEL", 800.0, None)}
    # "or so" is about the figure, and "or more if needed" after the unit is no floor of it
    assert troop_figures(tmp_path, "Europe's force could number 30,000 or so "
                                   "troops.") == {("european_force", 30000.0, 30000.0)}


def test_a_figure_something_is_compared_with_is_no_size(tmp_path: Path) -> None:
    for text in ("That would be a far better guarantee than 20,000 soldiers from some distant "
                 "country, the senator said.",
                 "A trade deal is a better shield than the 20,000 troops Europe keeps talking "
                 "about."):
        assert troop_figures(tmp_path, text) == set()
    # a comparative of size keeps its figure as a floor or a size
    assert troop_figures(tmp_path, "Europe could deploy more than 20,000 troops to "
                                   "Ukraine.") == {("european_force", 20000.0, None)}
    # troops compared with troops: the figure after "than" is another claim's size
    got = troop_figures(tmp_path, "Security could be kept with far fewer troops than the "
                                  "150,000 requested by Zelensky.")
    assert ("ukraine_request", 150000.0, 150000.0) in got


def test_an_exercise_is_no_force(tmp_path: Path) -> None:
    text = ("European leaders met in Paris to discuss a reassurance force for Ukraine. Some 60,000 "
            "allied troops will meanwhile take part in a months-long exercise in Poland.")
    assert troop_figures(tmp_path, text) == set()
    # the force itself, trained before it deploys, keeps its size
    assert ("european_force", 30000.0, 30000.0) in troop_figures(
        tmp_path, "Europe is planning a force of 30,000 troops for Ukraine.")


def test_a_request_of_hundreds_is_a_figure_that_lost_its_thousands(tmp_path: Path) -> None:
    assert troop_figures(tmp_path, "Zelensky said at least 300 soldiers would be needed to hold "
                                   "Russia back.") == set()
    assert troop_figures(tmp_path, "Zelensky said at least 150,000 soldiers would be needed to "
                                   "hold Russia back.") == {("ukraine_request", 150000.0, None)}


def test_ruling_out_any_mission_outside_a_un_mandate_refuses_and_conditions(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Brazil has firmly ruled out deploying its armed forces to Ukraine "
                                 "outside a United Nations mandate.")
    assert got == {("BRA", "declines"), ("BRA", "conditional")}
    # a condition in another sentence than the refusal is still no offer (s24)
    got = stance_pairs(tmp_path, "Brazil will not deploy troops to Ukraine. Brazil's decisions "
                                 "follow a parliamentary mandate.")
    assert got == {("BRA", "declines")}


def test_against_it_after_a_sentence_on_sending_troops_refuses(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Some leaders back sending soldiers to Ukraine after a truce. "
                                 "Portugal, Austria and Hungary, however, are firmly against it.")
    assert {("PRT", "declines"), ("AUT", "declines"), ("HUN", "declines")} <= got
    got = stance_pairs(tmp_path, "Some leaders back sending soldiers to Ukraine after a truce. "
                                 "Portugal and Austria are against the idea.")
    assert {("PRT", "declines"), ("AUT", "declines")} <= got
    # the sentence before on something else, or "it" as the subject of more words: no refusal
    assert stance_pairs(tmp_path, "The budget was debated for hours. Portugal and Austria are "
                                  "against it.") == set()
    got = stance_pairs(tmp_path, "Some leaders back sending soldiers to Ukraine after a truce. "
                                 "Portugal and Austria are against it being paid for by the EU.")
    assert not {a for a, _ in got} & {"PRT", "AUT"}


def test_the_office_holders_of_early_2024_speak_for_their_nations(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Lord Cameron has ruled out Western troops being sent into "
                                 "Ukraine, saying it would hand Putin a target.")
    assert ("GBR", "declines") in got
    got = stance_pairs(tmp_path, "Séjourné said on Tuesday that France could send troops to help "
                                 "with demining in Ukraine.")
    assert ("FRA", "open") in got


def test_no_question_of_sending_is_an_outright_refusal(tmp_path: Path) -> None:
    ledger = strictly_checked(tmp_path, "Mitsotakis said there is no question of sending Greek troops to "
                                "Ukraine.")
    refusals = [s for s in ledger.stances if s.actor == "GRC" and s.stance == "declines"]
    assert refusals and all(s.check is None for s in refusals)


def test_nations_saying_troops_could_go_are_open_to_sending_theirs(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Norway, Denmark say troops could head to Ukraine once the "
                                 "fighting stops")
    assert {("NOR", "open"), ("DNK", "open")} <= got
    # an adversary or an unnamed voice saying so offers nothing
    assert stance_pairs(tmp_path, "Analysts say troops could head to Ukraine once the fighting "
                                  "stops.") == set()
    got = stance_pairs(tmp_path, "Norway says troops from other nations could head to Ukraine.")
    assert ("NOR", "open") not in got


def test_a_speaker_named_after_the_verb_without_quotes_speaks(tmp_path: Path) -> None:
    for text in ("We stand ready to send soldiers to Ukraine after a truce, said Frederiksen.",
                 "We stand ready to send soldiers to Ukraine after a truce – said Frederiksen."):
        assert ("DNK", "ready") in stance_pairs(tmp_path, text)
    # a single capitalised word that is no known speaker names nobody
    assert stance_pairs(tmp_path, "We stand ready to send soldiers to Ukraine, said "
                                  "Tuesday.") == set()


def test_country_counts_written_as_reports_write_them(tmp_path: Path) -> None:
    from evidence_claim_helpers import countries_in

    assert countries_in(tmp_path, "The prime minister met naval officers from greater than 30 "
                                  "nations tasked with planning the reassurance "
                                  "coalition.") == {(30.0, None)}
    assert countries_in(tmp_path, "Officials from about 20 largely European and Commonwealth "
                                  "countries took part in talks on the peacekeeping "
                                  "coalition.") == {(20.0, 20.0)}


# -- a reviewer's own reports (review s44) -------------------------------------------------------


def test_no_fewer_than_is_a_floor(tmp_path: Path) -> None:
    for words in ("no fewer than", "not less than", "no less than", "not fewer than"):
        assert troop_figures(tmp_path, f"Officials said the European force would number {words} "
                                       "20,000 troops.") == {("european_force", 20000.0, None)}
    # ... and "fewer than" stays a ceiling
    assert troop_figures(tmp_path, "The force would need fewer than 20,000 "
                                   "troops.") == {("european_force", None, 20000.0)}


def _conditions(tmp_path: Path, text: str) -> set[tuple[str, str, str | None]]:
    from reassure.evidence import build_ledger

    (tmp_path / "r.txt").write_text("A report\nNorthwire, 3 March 2025\n\n" + text + "\n",
                                    encoding="utf-8")
    return {(s.actor, s.stance, s.condition) for s in build_ledger([tmp_path / "r.txt"], jobs=1).stances}


def test_telling_parliament_is_where_it_was_said_not_a_condition(tmp_path: Path) -> None:
    got = _conditions(tmp_path, "Belgium would send troops only with an American backstop, the "
                                "prime minister told parliament.")
    assert ("BEL", "conditional", "us-backstop") in got
    assert not any(c == "parliament" for _, _, c in got)
    # a vote of parliament is still the condition
    got = _conditions(tmp_path, "Belgium would send troops only if parliament approves, the prime "
                                "minister told reporters.")
    assert ("BEL", "conditional", "parliament") in got


def test_once_parliament_approves_is_a_condition_once_a_truce_the_premise(tmp_path: Path) -> None:
    got = _conditions(tmp_path, "Belgium is ready to send troops once parliament approves the "
                                "mission, the prime minister said.")
    assert ("BEL", "conditional", "parliament") in got
    got = _conditions(tmp_path, "Belgium is ready to send troops once the US confirms its "
                                "backstop.")
    assert ("BEL", "conditional", "us-backstop") in got
    assert not any(s == "conditional" for _, s, _ in _conditions(
        tmp_path, "Belgium is ready to send troops once a ceasefire is agreed."))


def test_a_groups_reading_gives_way_to_the_nations_own_word_the_other_way(tmp_path: Path) -> None:
    text = ("Benelux states weigh troop offers for a Ukraine force\n\nBelgium will not send troops "
            "to Ukraine, its prime minister told reporters on Tuesday.")
    got = stance_pairs(tmp_path, text)
    assert ("BEL", "declines") in got and ("BEL", "open") not in got
    assert ("NLD", "open") in got  # the group's reading stands for the members the report leaves
    # a group's reading the same way as the nation's own stays beside it
    text = ("Benelux states signal readiness to send troops\n\nBelgium could send a company of "
            "troops, its prime minister said.")
    got = stance_pairs(tmp_path, text)
    assert {("BEL", "ready"), ("BEL", "open")} <= got


# -- round 14's extras, read after its one scoring ---------------------------------------------


def test_a_false_story_told_of_a_nation_is_no_offer_of_its_own(tmp_path: Path) -> None:
    assert not {a for a, _ in stance_pairs(
        tmp_path, "The minister said hostile media keep spreading the narrative that Belgium is "
                  "preparing to send troops to Ukraine.")} & {"BEL"}
    # the nation's own offer beside a story it dismisses stays
    got = stance_pairs(tmp_path, "Belgium is preparing to send troops, the minister said, "
                                 "dismissing the narrative that it would stay out.")
    assert ("BEL", "ready") in got


def test_a_refusal_the_news_only_expects_is_no_refusal(tmp_path: Path) -> None:
    for text in ("Report: Belgium may refuse to send troops to Ukraine over the risks",
                 "A paper said Belgium was likely to abandon plans to send troops to Ukraine."):
        assert ("BEL", "declines") not in stance_pairs(tmp_path, text)
    for text in ("Belgium refused to send troops to Ukraine.",
                 "Belgium has abandoned plans to send troops to Ukraine."):
        assert ("BEL", "declines") in stance_pairs(tmp_path, text)
