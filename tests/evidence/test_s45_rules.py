"""(s45) Readings from the rebuilt rounds 13 and 14 (scored in session 44 while held out, tuning
material since), written as clause shapes in the project's own words. Each test fails on the code
before; the guards keep each reading to its shape."""

from __future__ import annotations

from pathlib import Path

from evidence_claim_helpers import (
    countries_in,
    ledger_from,
    stance_pairs,
    strictly_checked,
    troop_figures,
)


def _conditions(tmp_path: Path, text: str) -> set[tuple[str, str, str | None]]:
    return {(s.actor, s.stance, s.condition) for s in ledger_from(tmp_path, text).stances}


def test_a_figure_of_our_soldiers_is_a_size(tmp_path: Path) -> None:
    # "N of its troops" was read; "N of our soldiers", the speaker's own, was not
    assert ("contribution:NOR", 4000.0, 4000.0) in troop_figures(
        tmp_path, "Norway is ready to send 4,000 of our soldiers to Ukraine, the defence minister "
                  "told reporters.")


def test_as_few_as_gives_the_size_said(tmp_path: Path) -> None:
    # it gave no figure at all
    assert ("contribution:DNK", 400.0, 400.0) in troop_figures(
        tmp_path, "Officials say the Danish contingent could be as few as 400 troops.")


def test_a_condition_that_opens_the_sentence_is_read_in_its_own_clause(tmp_path: Path) -> None:
    # "peace" in the purpose after the offer made the UN's decision a ceasefire premise: no
    # condition at all
    got = _conditions(tmp_path, "If and when the UN Security Council decides, Brazil is prepared "
                                "to deploy 3,000 troops to help keep the peace in Ukraine.")
    assert ("BRA", "conditional", "mandate") in got
    # a ceasefire in the opening clause stays the force's premise (session 8's ruling)
    got = _conditions(tmp_path, "If a truce is agreed, Brazil is ready to send troops to Ukraine.")
    assert not any(st == "conditional" for _, st, _ in got)


def test_other_countries_refusing_are_not_the_speakers_bloc(tmp_path: Path) -> None:
    text = ("While most other EU countries have ruled out sending troops to Ukraine, the Latvian "
            "foreign minister said he welcomed the debate.")
    assert ("LVA", "declines") not in stance_pairs(tmp_path, text)
    # the bloc the speaker's nation is in still speaks for it (s30)
    assert ("AUT", "declines") in stance_pairs(
        tmp_path, "The Austrian chancellor said European countries will not send ground troops.")


def test_soldiers_put_in_harms_way_is_a_risk_not_an_offer(tmp_path: Path) -> None:
    text = ("The Swedish prime minister acknowledged Swedish soldiers could be put \u201cin harm\u2019s "
            "way\u201d if the truce breaks down.")
    assert not {p for p in stance_pairs(tmp_path, text) if p[0] == "SWE"}


def test_a_record_of_many_missions_is_no_offer(tmp_path: Path) -> None:
    assert not stance_pairs(tmp_path, "Austria has contributed to numerous peacekeeping missions "
                                      "over the decades.")
    assert ("AUT", "ready") in stance_pairs(
        tmp_path, "Austria is ready to contribute to a peacekeeping mission in Ukraine.")


def test_a_comment_on_a_deployment_is_no_stance(tmp_path: Path) -> None:
    assert not stance_pairs(tmp_path, "The Czech prime minister commented on the possible "
                                      "deployment of Czech troops to Ukraine.")


def test_arguing_for_a_force_is_not_an_offer_of_troops(tmp_path: Path) -> None:
    assert not stance_pairs(tmp_path, "Spain, Portugal and Belgium will argue in Brussels for "
                                      "the deployment of a peacekeeping or stabilisation force "
                                      "in Ukraine.")
    # their own troops argued for are an offer
    assert ("ESP", "ready") in stance_pairs(
        tmp_path, "Spain will push for the deployment of its own troops to Ukraine.")


def test_an_opposition_leader_speaking_is_not_the_government(tmp_path: Path) -> None:
    assert not stance_pairs(tmp_path, "Alice Weidel, co-leader of the AfD, said Germany could "
                                      "send up to 5,000 soldiers to Ukraine.")
    # the name as a topic, with the nations speaking for themselves after it
    got = stance_pairs(tmp_path, "Weidel's remarks came after Germany and Poland announced their "
                                 "willingness to send troops to Ukraine.")
    assert {("DEU", "ready"), ("POL", "ready")} <= got


def test_depending_on_a_ceasefire_alone_is_the_premise(tmp_path: Path) -> None:
    # it was a conditional stance with an unnamed condition; session 8's ruling makes a ceasefire
    # the force's premise, so no stance is given
    assert not stance_pairs(tmp_path, "Latvia's defence minister stressed that any contribution "
                                      "would depend on Moscow agreeing to a truce.")
    # the deal's form, a backer or a parliament is still a condition
    assert ("SVK", "conditional") in stance_pairs(
        tmp_path, "Slovak participation will depend on the format of the peace deal.")
    assert ("LVA", "conditional") in stance_pairs(
        tmp_path, "Latvia said any contribution would depend on US backing.")


def test_nations_naming_an_initiative_do_not_offer_their_troops(tmp_path: Path) -> None:
    text = "Estonia is ready to join the Danish and Dutch initiatives to send troops to Ukraine."
    assert not {p for p in stance_pairs(tmp_path, text) if p[0] in ("DNK", "NLD")}


def test_a_party_leader_noting_a_figure_is_not_the_government(tmp_path: Path) -> None:
    text = ("The president's office briefed the parties on the plan, with one party leader noting "
            "that Spain could contribute as many as 3,000 troops.")
    assert ("ESP", "open") not in stance_pairs(tmp_path, text)
    # the government's own word stays
    assert ("ESP", "open") in stance_pairs(
        tmp_path, "The defence minister said that Spain could contribute as many as 3,000 troops.")


def test_two_nations_voters_are_the_public_not_the_governments(tmp_path: Path) -> None:
    # "French voters" was the public already; the first of two adjectives was read as the nation
    assert not stance_pairs(tmp_path, "Dutch and Belgian voters balk at sending peacekeepers to "
                                      "Ukraine.")


def test_a_polls_opposition_is_the_publics(tmp_path: Path) -> None:
    text = ("Spain and Portugal are the most strongly opposed to deployments, with more than half "
            "of those in Spain — 56 percent — saying No to sending peacekeeping troops.")
    assert not stance_pairs(tmp_path, text)
    # a share of an army is no poll
    assert ("ESP", "ready") in stance_pairs(
        tmp_path, "Spain is ready to send 5,000 troops, some 10 percent of its army.")



def test_sons_and_daughters_are_a_leaders_soldiers(tmp_path: Path) -> None:
    got = troop_figures(tmp_path, "If the Security Council decides, Brazil is prepared to deploy "
                                  "8,000 or even more of our sons and daughters to keep the peace "
                                  "in Ukraine, the president said.")
    assert ("contribution:BRA", 8000.0, None) in got  # "or even more": a floor
    assert ("contribution:BRA", 8000.0, 8000.0) in troop_figures(
        tmp_path, "Brazil is ready to send 8,000 of our sons and daughters to Ukraine.")


def test_a_named_condition_is_not_judged_by_the_check(tmp_path: Path) -> None:
    ledger = strictly_checked(tmp_path, "The prime minister maintains Norway will only commit armed forces "
                                "if the US provides a security guarantee.")
    got = [s for s in ledger.stances if s.actor == "NOR" and s.stance == "conditional"]
    assert got and all(s.condition == "us-backstop" and s.check is None for s in got)
    # an unnamed condition is still judged
    ledger = strictly_checked(tmp_path, "Norway will send troops if certain things happen first, the "
                                "minister said.")
    assert not [s for s in ledger.stances if s.actor == "NOR" and s.stance == "conditional"]


def test_indonesia_and_its_president_are_named(tmp_path: Path) -> None:
    assert ("IDN", "ready") in stance_pairs(
        tmp_path, "Indonesian troops are ready to deploy to Ukraine, the army said.")
    assert ("IDN", "ready") in stance_pairs(
        tmp_path, "Prabowo said he is ready to send peacekeepers to Ukraine.")


def test_medvedev_speaking_of_their_plans_is_no_offer(tmp_path: Path) -> None:
    # Medvedev unnamed, the "willingness" was the Dutch and Belgian leaders' own
    text = ("Medvedev criticised the Dutch and Belgian prime ministers, saying they ignore "
            "Moscow's warnings. He argued that their plans indicate a willingness to provide "
            "substantial military resources to Ukraine.")
    assert not {p for p in stance_pairs(tmp_path, text) if p[0] in ("NLD", "BEL")}


def test_if_it_is_necessary_names_no_condition(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Portugal will be ready to deploy forces if it is necessary for "
                                 "the good of Ukraine, the minister said.")
    assert ("PRT", "ready") in got and ("PRT", "conditional") not in got


def test_two_words_on_the_second_side_of_a_country_count(tmp_path: Path) -> None:
    assert (29.0, 29.0) in countries_in(
        tmp_path, "The defence chiefs of 29 NATO and European Union states met in Paris to plan "
                  "the coalition of the willing's force.")


def test_a_second_count_with_an_adverb_before_its_verb(tmp_path: Path) -> None:
    got = countries_in(tmp_path, "Some 33 countries have joined the coalition's talks, with 11 "
                                 "reportedly ready to contribute troops.")
    assert (11.0, 11.0) in got


def test_even_one_soldier_is_a_figure_of_speech(tmp_path: Path) -> None:
    assert not troop_figures(tmp_path, "We must think very carefully before sending even one "
                                       "Danish soldier into Ukraine, the MP wrote.")
    assert ("contribution:ISL", 1.0, 1.0) in troop_figures(
        tmp_path, "Iceland will send one soldier to the headquarters of the force in Kyiv.")


def test_he_after_a_titled_name_in_the_same_sentence_is_that_person(tmp_path: Path) -> None:
    # "she" was read as the last speaker before (Norway's minister), or as nobody
    text = ("Norway's foreign minister Espen Barth Eide said on Monday that peace must come first. "
            "Danish Prime Minister Mette Frederiksen drew criticism in March after she said that "
            "sending soldiers to Ukraine could not be ruled out.")
    got = stance_pairs(tmp_path, text)
    assert ("DNK", "open") in got and ("NOR", "open") not in got


def test_a_rallying_cry_rejected_by_a_nation_last_night(tmp_path: Path) -> None:
    text = ("The Dutch prime minister's rallying cry for Europe to deploy peacekeeping troops to "
            "Ukraine was last night rejected by Austria at a summit in Paris.")
    assert ("AUT", "declines") in stance_pairs(tmp_path, text)


def test_paragraph_tags_in_a_text_report_end_paragraphs(tmp_path: Path) -> None:
    text = ("<p>Moscow: the Russian foreign ministry's spokeswoman said on Thursday that any "
            "deployment would prolong the war.</p><p>Norway and Denmark have said they intend to "
            "send troops to Ukraine once a ceasefire is reached.</p>")
    got = stance_pairs(tmp_path, text)
    assert {("NOR", "ready"), ("DNK", "ready")} <= got
    led = ledger_from(tmp_path, text)
    assert not any("<p>" in s.sentence or "</p>" in s.sentence for s in led.stances)
    # a lone "<" in prose, or a single tag, leaves the text as it is
    from reassure.evidence._ingest import _without_markup

    for prose in ("Norway could send <5,000 troops <b>soon</b>.", "A <p> alone stays."):
        assert _without_markup(prose) == prose


def test_even_if_is_a_concession_not_a_condition(tmp_path: Path) -> None:
    got = _conditions(tmp_path, "Finland will send troops to Ukraine even if the US does not "
                                "provide a backstop.")
    assert ("FIN", "ready", None) in got and not any(st == "conditional" for _, st, _ in got)
    got = _conditions(tmp_path, "Finland will send troops to Ukraine if the US provides a backstop.")
    assert ("FIN", "conditional", "us-backstop") in got
