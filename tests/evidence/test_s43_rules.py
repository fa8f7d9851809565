"""(s43) Readings noticed in session 42's rounds and left then, written as clause shapes in the
project's own words. Each test fails on the code before; the guards keep each reading to its
shape."""

from __future__ import annotations

from pathlib import Path

from evidence_claim_helpers import countries_in, stance_pairs, troop_figures


def test_two_office_holders_of_named_nations_are_both_the_subject(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "The President of France and the Prime Minister of the United "
                                 "Kingdom said on Tuesday they were ready to send troops to Ukraine "
                                 "after a ceasefire.")
    assert {("FRA", "ready"), ("GBR", "ready")} <= got
    got = stance_pairs(tmp_path, "The Chancellor of Germany, the President of Finland and the Prime "
                                 "Minister of Denmark said they were prepared to deploy troops.")
    assert {("DEU", "ready"), ("FIN", "ready"), ("DNK", "ready")} <= got


def test_a_nation_after_another_preposition_is_not_listed_with_an_office_holder(tmp_path: Path) -> None:
    # "the ambassador to Poland" is posted there: Poland is no subject
    got = stance_pairs(tmp_path, "The President of France and the ambassador to Poland said France "
                                 "was ready to send troops.")
    assert ("FRA", "ready") in got
    assert not {a for a, _ in got} & {"POL"}
    # an office holder met in talks, not listed as a subject
    got = stance_pairs(tmp_path, "Germany, after talks with the Prime Minister of Italy, said it was "
                                 "ready to send troops.")
    assert ("DEU", "ready") in got and not {a for a, _ in got} & {"ITA"}
    # people of a nation in a group still act for it
    got = stance_pairs(tmp_path, "A group of ministers from Germany and Austria said they were ready "
                                 "to send troops.")
    assert {("DEU", "ready"), ("AUT", "ready")} <= got


def test_when_someone_spoke_is_the_time_of_another_speech_not_the_sentences_speaker(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Starmer and Macron have both pledged to send thousands of troops, so "
                                 "one might expect that when JD Vance spoke about the plan he would "
                                 "welcome it.")
    assert {("FRA", "ready"), ("GBR", "ready")} <= got
    # the time of a speech after the offer does not make the offer the speaker's to give
    got = stance_pairs(tmp_path, "Italy has pledged to send troops, officials said, before Vance spoke.")
    assert ("ITA", "ready") in got


# -- round 9's tuning texts (docs/evidence.md §10 "Session 43") ---------------------------------


def test_announcements_from_nations_about_their_readiness_are_their_offers(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "The vote came after announcements from Belgium and Portugal about "
                                 "their readiness to send troops to Ukraine once a truce holds.")
    assert {("BEL", "ready"), ("PRT", "ready")} <= got
    # an announcement of something else offers nothing
    assert stance_pairs(tmp_path, "The vote came after announcements from Belgium and Portugal about "
                                  "their budgets.") == set()


def test_a_proposal_to_send_troops_put_forward_or_proposed_by_nations_is_theirs(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Spain doubts the plan of sending peacekeepers, proposed by Belgium and "
                                 "Portugal, and will not send its own soldiers.")
    assert {("BEL", "ready"), ("PRT", "ready"), ("ESP", "declines")} <= got
    got = stance_pairs(tmp_path, '"The proposal to send European soldiers put forward by Belgium and '
                                 'Portugal is hard to carry out," the minister said.')
    assert {("BEL", "ready"), ("PRT", "ready")} <= got


def test_in_favour_of_sending_troops_is_an_offer(tmp_path: Path) -> None:
    assert ("BEL", "ready") in stance_pairs(tmp_path, "Belgium spoke in favor of sending troops to Ukraine.")
    assert {("BEL", "ready"), ("PRT", "ready")} <= stance_pairs(
        tmp_path, "The leaders of Belgium and Portugal have both spoken in favour of troop deployments "
                  "in a post-war settlement.")
    # the public's view stays the public's
    assert stance_pairs(tmp_path, "Most Belgians are in favour of sending troops, a poll found.") == set()


def test_an_offer_or_refusal_bound_to_a_un_mandate_is_conditional_on_it(tmp_path: Path) -> None:
    # (s44) the refusal of the force at hand stays beside the condition: readers record both
    assert stance_pairs(tmp_path, "Brazil has ruled out sending soldiers beyond United Nations-mandated "
                                  "operations.") == {("BRA", "conditional"), ("BRA", "declines")}
    got = stance_pairs(tmp_path, "Brazil will send peacekeeping troops only under a United Nations "
                                 "mandate, the ministry said.")
    assert ("BRA", "conditional") in got and ("BRA", "declines") not in got
    # no mandate named: the refusal stands
    assert stance_pairs(tmp_path, "Brazil has ruled out deploying troops to Ukraine.") == {("BRA", "declines")}


def test_a_record_of_past_years_a_question_and_a_non_denial_hold_no_stance(tmp_path: Path) -> None:
    assert stance_pairs(tmp_path, "In the past 75 years, Brazil has contributed over 50,000 peacekeepers "
                                  "to 40 missions.") == set()
    assert ("ITA", "ready") not in stance_pairs(
        tmp_path, "The vote settles the question of Italy's participation in a future "
                  "peacekeeping mission.")
    assert ("GBR", "declines") not in stance_pairs(
        tmp_path, "Starmer has neither confirmed nor denied whether British soldiers may fire "
                  "back.")


def test_a_quoted_no_after_being_part_of_the_force_is_a_refusal(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, '"To be part of a force that keeps the peace, no," the Romanian '
                                 "president said when asked about Bucharest's possible involvement "
                                 "in the mission.")
    assert ("ROU", "declines") in got and ("ROU", "open") not in got


def test_an_academics_claim_is_no_governments_stance(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Turkey could contribute peacekeeping forces, but only if Moscow "
                                 "agrees, claims Professor Ayla Demir of an Ankara university.")
    assert not {a for a, _ in got} & {"TUR"}


# -- sizes and counts -------------------------------------------------------------------------


def test_a_force_smaller_than_n_being_insufficient_puts_the_floor_at_n(tmp_path: Path) -> None:
    assert ("european_force", 80000.0, None) in troop_figures(
        tmp_path, "A force smaller than 80,000 troops would likely be insufficient for deterrence.")
    # a plan below a figure is a ceiling, as before
    assert ("european_force", None, 20000.0) in troop_figures(
        tmp_path, "A force of fewer than 20,000 troops is planned.")


def test_n_troops_is_the_minimum_after_the_speaker_is_a_floor(tmp_path: Path) -> None:
    got = troop_figures(tmp_path, "According to Zelenskyy, at least 200,000 peacekeepers would be "
                                  "required as part of broader security guarantees. A contingent of "
                                  "200,000 troops is the minimum required.")
    assert got == {("ukraine_request", 200000.0, None)}


def test_an_adversarys_intelligence_claim_is_the_nations_figure(tmp_path: Path) -> None:
    # (s71: session 43's trap is now the nation's figure, as the readers of four real sets since
    # record it; the stance stays none, test_probes_s70)
    assert troop_figures(tmp_path, "Russia's Foreign Intelligence Service (SVR) claimed that Belgium "
                                   "is preparing to deploy a contingent of up to 3,000 soldiers to "
                                   "Ukraine.") == {("contribution:BEL", None, 3000.0)}
    assert ("contribution:BEL", None, 3000.0) in troop_figures(
        tmp_path, "Belgium is preparing to deploy a contingent of up to 3,000 soldiers to Ukraine.")


def test_counts_of_natos_members_the_uns_contributors_and_a_hypothesis_are_not_the_coalitions(
        tmp_path: Path) -> None:
    assert countries_in(tmp_path, "The envoy said the force should lack Article Five cover, which might "
                                  "oblige the 31 other nations of the NATO alliance to defend it.") == set()
    assert countries_in(tmp_path, "The conclave brings together army chiefs from nearly 30 countries "
                                  "contributing troops to UN peacekeeping.") == set()
    assert countries_in(tmp_path, "He said he could support sending troops if at least eight other "
                                  "countries shared the load.") == set()
    # the coalition's own count stays
    assert countries_in(tmp_path, "Leaders from nearly 30 countries and NATO met in Paris to discuss "
                                  "deploying European troops.") == {(30.0, 30.0)}


def test_the_nations_troops_could_be_deployed_from_are_open(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Up to 20,000 soldiers could be deployed to Ukraine from countries such "
                                 "as Norway, Belgium and Portugal.")
    assert {("NOR", "open"), ("BEL", "open"), ("PRT", "open")} <= got
    # a plan that will deploy them is no hedge this rule reads
    assert not stance_pairs(tmp_path, "Up to 20,000 soldiers will be deployed to Ukraine from countries "
                                      "such as Norway and Belgium.") & {("NOR", "open"), ("BEL", "open")}


def test_a_leader_saying_their_own_nation_should_take_part_is_open(tmp_path: Path) -> None:
    assert ("CZE", "open") in stance_pairs(
        tmp_path, "The Czech president thinks the Czech Republic should take part in any "
                  "peacekeeping deployment in Ukraine.")
    # outsiders' "should" is advice
    assert ("DEU", "open") not in stance_pairs(
        tmp_path, "Analysts say Germany should take part in a peacekeeping force.")


def test_us_promises_called_vital_after_an_offer_make_it_conditional(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "The Belgian prime minister has said he is prepared to commit Belgian "
                                 "troops to a peacekeeping mission but believes that US guarantees are "
                                 "vital to deter another invasion.")
    assert ("BEL", "conditional") in got
    assert ("BEL", "conditional") not in stance_pairs(
        tmp_path, "Belgium is ready to send troops but said the weather is vital.")


# -- round 10's tuning texts (read after its one scoring) --------------------------------------


def test_a_headlines_yet_to_commit_troops_is_undecided(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Belgium, Portugal, Austria yet to commit troops")
    assert {("BEL", "undecided"), ("PRT", "undecided"), ("AUT", "undecided")} <= got
    assert not {s for _, s in got} & {"ready"}


def test_the_promise_of_a_nations_troops_is_its_offer(tmp_path: Path) -> None:
    assert ("BEL", "ready") in stance_pairs(
        tmp_path, "De Wever is offering Ukraine loans and the promise of Belgian peacekeeping troops "
                  "once a deal is reached.")
    assert stance_pairs(tmp_path, "The promise of European troops was welcomed by Kyiv.") == set()


def test_acknowledging_the_possibility_of_a_nations_participation_is_open(tmp_path: Path) -> None:
    assert ("BEL", "open") in stance_pairs(
        tmp_path, "The Belgian prime minister has cautiously acknowledged the possibility of Belgium's "
                  "participation in a potential allied contingent.")


def test_not_yet_deciding_whether_a_nations_peacekeepers_have_a_role_is_undecided(tmp_path: Path) -> None:
    assert ("IRL", "undecided") in stance_pairs(
        tmp_path, 'Ireland\'s deputy leader said ministers were "not at the point yet" of deciding '
                  "whether Irish peacekeepers would join a mission there.")


def test_countries_like_x_and_y_sending_troops_are_ready(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, 'A "coalition of the willing" has been proposed, involving countries '
                                 "like Belgium and Portugal sending troops to Ukraine as peacekeepers.")
    assert {("BEL", "ready"), ("PRT", "ready")} <= got
    assert not {("BEL", "ready"), ("PRT", "ready")} & stance_pairs(
        tmp_path, "Countries like Belgium and Portugal sending weapons to Ukraine is no news.")


def test_framing_not_as_others_caution_a_former_officers_warning_and_voters_are_no_stances(
        tmp_path: Path) -> None:
    assert stance_pairs(tmp_path, "Belgian and Dutch officials frame these hubs not as occupation "
                                  "forces.") == set()
    assert stance_pairs(tmp_path, "Belgium lacks the soldiers to keep a big peacekeeping force in "
                                  "Ukraine for years, warns ex-army chief") == set()
    assert not {s for a, s in stance_pairs(
        tmp_path, "While Belgium and Portugal have backed the deployment of peacekeepers, other "
                  "countries stay cautious about sending their own soldiers.")} & {"undecided"}
    assert stance_pairs(tmp_path, "Also voters of other political groups are opposed to sending "
                                  "Polish troops to Ukraine.") == set()
    # a nation's own caution and refusal stay
    assert ("DEU", "undecided") in stance_pairs(tmp_path, "Germany remains cautious about sending troops.")
    assert ("POL", "declines") in stance_pairs(tmp_path, "Poland is opposed to sending Polish troops to "
                                                         "Ukraine.")


# -- round 11's tuning texts (read after its one scoring) --------------------------------------


def test_a_figure_compared_with_is_no_size(tmp_path: Path) -> None:
    assert troop_figures(tmp_path, 'The paper says air patrols could have "a greater military and '
                                   'political impact than 10,000 European ground troops."') == set()
    assert ("european_force", 10000.0, None) in troop_figures(
        tmp_path, "Europe will send more than 10,000 troops.")


def test_the_coalition_which_could_station_n_troops_is_the_forces_size(tmp_path: Path) -> None:
    got = troop_figures(tmp_path, "The Belgian government is unhappy with slow talks on forming the "
                                  "coalition, which could station around 12,000 peacekeeping troops "
                                  "in Ukraine.")
    assert got == {("european_force", 12000.0, 12000.0)}


def test_a_nations_troop_commitments_numbering_n_are_its_contribution(tmp_path: Path) -> None:
    assert troop_figures(tmp_path, "One leader present spoke of possible Belgian troop commitments "
                                   "numbering up to 3,000.") == {("contribution:BEL", None, 3000.0)}


def test_double_negations_others_wishes_and_critics_are_read_as_such(tmp_path: Path) -> None:
    assert stance_pairs(tmp_path, 'In his view, Belgium is obliged to act in Ukraine "at the right time '
                                  'with well-equipped troops," and it would be reckless to rule out this '
                                  "option.") == {("BEL", "open")}
    assert ("BEL", "ready") in stance_pairs(
        tmp_path, 'Belgium said it "will not shy away" from contributing ground troops.')
    assert stance_pairs(tmp_path, "The Belgian premier has met resistance from a range of political "
                                  "parties over his proposal to station Belgian forces in Ukraine.") == set()
    assert stance_pairs(tmp_path, "The EU's foreign policy chief wants Austria and Portugal to send "
                                  "troops to Ukraine.") == set()
    assert stance_pairs(tmp_path, "The minister said proposals had been raised which would see Austrian "
                                  "and Portuguese soldiers sent to Ukraine.") == set()
    assert stance_pairs(tmp_path, "Austria's foreign minister has criticised European plans to set up "
                                  "army bases in Ukraine.") == set()
    # a nation's own wish stays
    assert ("AUT", "open") in stance_pairs(tmp_path, "Austria wants to send troops.")


def test_round_11_openings(tmp_path: Path) -> None:
    assert ("NZL", "open") in stance_pairs(
        tmp_path, 'The premier welcomed a commitment from New Zealand to "consider contributing to a '
                  'coalition of the willing for Ukraine", his office said.')
    assert ("BEL", "open") in stance_pairs(
        tmp_path, 'Earlier, the Belgian prime minister stated that "it should not be ruled out" that '
                  "Western troops might be sent to Ukraine.")
    got = stance_pairs(tmp_path, 'Prime Minister Jonas Gahr Store said there was "absolutely a '
                                 'possibility" of sending Norwegian peacekeepers, if and when there was '
                                 "a clear mandate.")
    assert {("NOR", "open"), ("NOR", "conditional")} <= got
    assert ("BEL", "conditional") in stance_pairs(
        tmp_path, "The Belgian cabinet signalled it could contribute, given a clear mandate and US "
                  "guarantees.")
    assert stance_pairs(tmp_path, "The Belgian government signalled it could contribute money to the "
                                  "fund.") == set()
    got = stance_pairs(tmp_path, "Europe is still far from discussing troop deployments, Austrian and "
                                 "Portuguese leaders said.")
    assert {("AUT", "undecided"), ("PRT", "undecided")} <= got


def test_without_taking_part_is_the_subjects_refusal_not_the_hosts(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Bulgaria will keep helping Ukraine, but without taking part in any "
                                 "peacekeeping force, the Bulgarian president said.")
    assert ("BGR", "declines") in got and ("UKR", "declines") not in got


# -- rounds 8 and 12, read after their one held-out scoring ------------------------------------


def test_plans_for_a_nations_troops_are_its_offer_but_not_a_plan_under_discussion(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "The declaration set out plans for Belgian and Dutch troops to deploy to "
                                 "Ukraine if a peace deal is reached.")
    assert {("BEL", "ready"), ("NLD", "ready")} <= got
    got = stance_pairs(tmp_path, "The envoy was seemingly referencing plans to send Belgian and Dutch "
                                 "troops to Ukraine as a peacekeeping force.")
    assert {("BEL", "ready"), ("NLD", "ready")} <= got
    assert ("BEL", "ready") not in stance_pairs(
        tmp_path, '"We do not plan to send Belgian military personnel to Ukraine," the premier said.')


def test_forces_that_nations_plan_to_create_are_their_offer(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, 'Washington refuses to support the "forces of pacification" that Belgium '
                                 "and the Netherlands plan to create in post-war Ukraine.")
    assert {("BEL", "ready"), ("NLD", "ready")} <= got


def test_an_if_after_another_speakers_verb_is_not_the_refusals_condition(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Italy will not send soldiers to Ukraine after the French president said "
                                 "NATO should send ground troops if Russia breaks through the lines and "
                                 "Kyiv asks for help, the foreign minister said.")
    assert ("ITA", "declines") in got and ("ITA", "conditional") not in got


def test_a_leader_named_with_their_nations_possessive_and_titles_is_one_list_member(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "Danish Prime Minister Mette Frederiksen and Sweden's Prime Minister Ulf "
                                 "Kristersson have both publicly supported sending troops to Ukraine.")
    assert {("DNK", "ready"), ("SWE", "ready")} <= got
