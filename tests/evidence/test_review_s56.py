"""Session 56: the leftovers of the session-55 reviews, in the project's own words. Each case
named "misread" failed on the session start (68cd6da); the others pin what the new readings must
leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import FORCE_BEFORE as FORCE
from evidence_claim_helpers import stances_in, troop_figures

# -- troop figures -------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    # misread: 5,000-30,000 (the match began at "five")
    ("Twenty-five to thirty thousand troops would be needed for the reassurance force, planners "
     "said.", ("european_force", 25000.0, 30000.0)),
    # misread: 500 ("five hundred")
    ("Portugal would send thirty-five hundred troops to the reassurance force.",
     ("contribution:PRT", 3500.0, 3500.0)),
    ("Twenty-five thousand troops would be needed for the reassurance force.",
     ("european_force", 25000.0, 25000.0)),
])
def test_number_words_with_a_hyphenated_tens(tmp_path: Path, body: str, expected: tuple) -> None:
    assert expected in troop_figures(tmp_path, body)


@pytest.mark.parametrize("body", [
    "The European force could number 10,000, maybe 12,000 troops, officials said.",
    "The European force could number 10,000, or perhaps 12,000 troops, officials said.",
])
def test_a_hedged_upper_end_is_one_range(tmp_path: Path, body: str) -> None:
    # misread: two sizes, 10,000 and 12,000
    assert troop_figures(tmp_path, body) == {("european_force", 10000.0, 12000.0)}


def test_two_nations_figures_in_a_row_stay_two(tmp_path: Path) -> None:
    found = troop_figures(tmp_path, "France would send 2,000, Britain 5,000 troops to the force.")
    assert found == {("contribution:FRA", 2000.0, 2000.0), ("contribution:GBR", 5000.0, 5000.0)}


@pytest.mark.parametrize(("body", "expected"), [
    # misread: no figure at all
    ("Spain's cabinet approved the deployment of 400 soldiers to the reassurance force in Ukraine.",
     ("contribution:ESP", 400.0, 400.0)),
    ("The Dutch government announced the deployment of 300 soldiers to the force.",
     ("contribution:NLD", 300.0, 300.0)),
])
def test_a_government_approving_its_deployment_gives_its_figure(tmp_path: Path, body: str,
                                                                expected: tuple) -> None:
    assert expected in troop_figures(tmp_path, body)


def test_backing_a_deployment_is_not_giving_it(tmp_path: Path) -> None:
    found = troop_figures(tmp_path, "Germany backed the deployment of 10,000 European troops to Ukraine.")
    assert not any(s.startswith("contribution:") for s, _lo, _hi in found), found


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the share read as the whole force's ceiling (rules) or dropped (model)
    ("Britain and France would provide 20,000 troops for the force between them, with Belgium up "
     "to 1,000.", ("contribution:BEL", None, 1000.0)),
    ("Britain would send 8,000 troops, with Belgium about 500.", ("contribution:BEL", 500.0, 500.0)),
])
def test_a_share_after_with_is_that_nations(tmp_path: Path, body: str, expected: tuple) -> None:
    assert expected in troop_figures(tmp_path, body)


@pytest.mark.parametrize("body", [
    "Britain would send 8,000 troops to the force, with Poland 500 km away.",
    "Britain would send 8,000 troops to the force, with Poland in 2025.",
])
def test_with_a_nation_and_no_share_gives_it_no_figure(tmp_path: Path, body: str) -> None:
    assert not any(s == "contribution:POL" for s, _lo, _hi in troop_figures(tmp_path, body))


# -- stances -------------------------------------------------------------------------------------


def test_an_offer_before_another_nations_open_question_stays_an_offer(tmp_path: Path) -> None:
    # misread: Britain undecided (the first word of its cue, "will", matched after "decide whether")
    found = stances_in(tmp_path, "Britain says it will send troops to the force; Italy has yet to "
                                 "decide whether it will take part.")
    assert ("GBR", "ready") in found and ("GBR", "undecided") not in found, found
    assert ("ITA", "undecided") in found, found


@pytest.mark.parametrize("body", [
    "France has offered troops to the force, while Italy has yet to decide.",
    "France has offered troops to the force, but Italy has yet to decide.",
])
def test_yet_to_decide_ending_its_clause_is_undecided(tmp_path: Path, body: str) -> None:
    found = stances_in(tmp_path, body)  # misread: nothing for Italy
    assert {("FRA", "ready"), ("ITA", "undecided")} <= found, found


def test_deciding_how_many_is_no_doubt_about_sending(tmp_path: Path) -> None:
    found = stances_in(tmp_path, FORCE + "Italy will send troops but has yet to decide on the size of "
                                         "its contribution.")
    assert ("ITA", "undecided") not in found, found


@pytest.mark.parametrize("body", [
    "Unlike Spain and Portugal, Denmark has offered troops to the reassurance force.",
    "In contrast to Spain and Portugal, Denmark has offered troops to the reassurance force.",
])
def test_a_list_set_beside_the_subject_leaves_it_the_subject(tmp_path: Path, body: str) -> None:
    found = stances_in(tmp_path, body)  # misread: no stance at all (Denmark read into the list)
    assert found == {("DNK", "ready")}, found


def test_a_list_set_beside_with_its_own_clause_keeps_both(tmp_path: Path) -> None:
    found = stances_in(tmp_path, "Unlike Poland and Hungary, which have ruled out sending troops, "
                                 "Sweden said it was ready to contribute soldiers to the force.")
    assert {("POL", "declines"), ("HUN", "declines"), ("SWE", "ready")} <= found, found


LABELLED = ("The institute sorted Europe's governments by where they stand on sending troops to the "
            "force. Committed: the UK and France. Considering: Sweden and Finland. Undecided: "
            "Germany. Ruled out: Poland and Hungary.")


def test_a_labelled_list_gives_each_nation_its_label(tmp_path: Path) -> None:
    found = stances_in(tmp_path, LABELLED)  # misread: nothing
    assert found == {("GBR", "ready"), ("FRA", "ready"), ("SWE", "open"), ("FIN", "open"),
                     ("DEU", "undecided"), ("POL", "declines"), ("HUN", "declines")}, found


@pytest.mark.parametrize("body", [
    # no word of troops or the force before the labels
    "Committed: the UK and France. Ruled out: Poland and Hungary.",
    # a clause after the colon is no list of nations
    FORCE + "Ruled out: sending troops to Poland before a ceasefire.",
])
def test_labels_without_the_force_or_without_a_list_give_nothing(tmp_path: Path, body: str) -> None:
    assert not {s for s in stances_in(tmp_path, body) if s[0] in ("GBR", "FRA", "POL", "HUN")}


@pytest.mark.parametrize(("body", "nations"), [
    # misread: ready (a bare "send" after "opened to", a non-native "been open to sending")
    ("Earlier this year Macron and Starmer had broadly opened to send ground troops to Ukraine once "
     "the guns fall silent.", ("FRA", "GBR")),
    ("Spain has opened to sending soldiers to the reassurance force.", ("ESP",)),
])
def test_opened_to_sending_is_open(tmp_path: Path, body: str, nations: tuple) -> None:
    found = stances_in(tmp_path, body)
    assert {(n, "open") for n in nations} <= found and not {(n, "ready") for n in nations} & found, found


# -- two own-words reviews (stances; sizes and counts) ------------------------------------------


@pytest.mark.parametrize(("body", "expected", "absent"), [
    # misread: a refusal beside the openness (the negation read as the offer's)
    ("Portugal does not exclude to participate in the reassurance force, the minister said.",
     {("PRT", "open")}, {("PRT", "declines"), ("PRT", "ready")}),
    # misread: an offer beside the refusal
    ("The government said Finnish participation in a ground force is not on the agenda at present.",
     {("FIN", "declines")}, {("FIN", "ready")}),
    # misread: a refusal
    ("Norway will not say no to contributing troops to the force, Støre said.",
     {("NOR", "open")}, {("NOR", "declines")}),
    # misread: a refusal; "not without parliament" is "only with parliament"
    ('"We will not send a single soldier to the force without parliament," Merz said.',
     {("DEU", "conditional")}, {("DEU", "declines")}),
    # misread: a condition beside the refusal
    ("Japan will not dispatch personnel to the force because its constitution restricts "
     "deployments abroad.", {("JPN", "declines")}, {("JPN", "conditional")}),
])
def test_negations_read_as_their_own(tmp_path: Path, body: str, expected: set, absent: set) -> None:
    found = stances_in(tmp_path, body)
    assert expected <= found and not absent & found, found


@pytest.mark.parametrize(("body", "nation"), [
    # misread: no condition (the chamber's own name)
    ("The Netherlands is ready to send troops to the force, once the Kamer has had its say.", "NLD"),
    # (these two already held at the session start; the reviewer's misses were in longer reports)
    ("Lithuania is ready to send troops to the force, but only with the approval of the Seimas.", "LTU"),
    ("Spain could take part in the force, but only with the approval of the Cortes.", "ESP"),
])
def test_a_chamber_named_in_its_own_language_is_parliament(tmp_path: Path, body: str, nation: str) -> None:
    assert (nation, "conditional") in stances_in(tmp_path, body)


def test_an_opposition_party_speaks_for_itself(tmp_path: Path) -> None:
    # misread: Germany declines
    found = stances_in(tmp_path, FORCE + "The Left party says it is opposed to sending German troops "
                                         "to Ukraine at all.")
    assert ("DEU", "declines") not in found, found


def test_the_rest_of_a_list_of_shares_after_and(tmp_path: Path) -> None:
    # misread: France's figure alone ("and" was read as a range's)
    found = troop_figures(tmp_path, "France would send 10,000 troops to the force, Britain up to "
                                    "8,000 and Belgium around 600.")
    assert {("contribution:FRA", 10000.0, 10000.0), ("contribution:GBR", None, 8000.0),
            ("contribution:BEL", 600.0, 600.0)} <= found, found


def test_a_share_range_after_a_comma_stays_a_range(tmp_path: Path) -> None:
    found = troop_figures(tmp_path, "Britain would send 8,000 troops, France between 5,000 and 6,000.")
    assert ("contribution:FRA", 5000.0, 6000.0) in found, found


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the force's floor
    (FORCE + "Zelensky said no fewer than 100,000 troops would be enough to keep the peace.",
     ("ukraine_request", 100000.0, None)),
    # misread: nothing (the Indian hundred thousand, its conversion in brackets)
    (FORCE + "Kyiv has sought a force of at least 2 lakh (200,000) European soldiers.",
     ("ukraine_request", 200000.0, None)),
])
def test_ukraines_request_in_other_words(tmp_path: Path, body: str, expected: tuple) -> None:
    assert expected in troop_figures(tmp_path, body)


def test_a_figure_judged_not_enough_is_no_request(tmp_path: Path) -> None:
    found = troop_figures(tmp_path, FORCE + "Zelensky said 10,000 troops would not be enough.")
    assert not any(s == "ukraine_request" and lo == 10000.0 for s, lo, _hi in found), found


@pytest.mark.parametrize("body", [
    # misread: the force's size, a US contribution
    FORCE + "Not the force: the United States keeps roughly 80,000 troops in Europe.",
    FORCE + "That is far below the eighty thousand American troops still stationed across Europe.",
])
def test_a_presence_kept_in_europe_is_no_size(tmp_path: Path, body: str) -> None:
    found = troop_figures(tmp_path, body)
    assert not any(lo == 80000.0 for _s, lo, _hi in found), found


def test_a_count_of_them_after_a_count_of_countries(tmp_path: Path) -> None:
    from evidence_claim_helpers import countries_in
    # misread: 31 alone
    found = countries_in(tmp_path, "Thirty-one countries have taken part in the coalition talks, and "
                                   "26 of them have committed troops.")
    assert {(26.0, 26.0), (31.0, 31.0)} <= found, found


# -- sets 107 and 109 after their held-out scoring (the project's own words) ---------------------


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the aside between dashes, "and others" after it)
    ("Several European countries – led by Spain, Portugal and the Baltic states – and others have "
     "signalled a readiness to take part in the force.",
     {("ESP", "ready"), ("PRT", "ready"), ("EST", "ready"), ("LVA", "ready"), ("LTU", "ready")}),
    ("Several European countries – including Spain and Portugal – have signalled a readiness to take "
     "part in the force.", {("ESP", "ready"), ("PRT", "ready")}),  # (held before; pinned)
    # misread: nothing (the group's members named after "including", the cue in the clause pass)
    ("Some European countries, including the Nordic states, as well as Spain and Portugal, have "
     "raised the possibility of sending troops to a force in Ukraine.",
     {("DNK", "open"), ("FIN", "open"), ("NOR", "open"), ("SWE", "open"), ("ESP", "open"),
      ("PRT", "open")}),
    # misread: nothing (the group's members after "which includes")
    ("The majority, which includes Austria, is still undecided about sending troops.",
     {("AUT", "undecided")}),
    # misread: nothing (an apposition of the nations before it)
    ("The remarks angered Spain and Portugal, the only two countries that had publicly committed to "
     "sending troops to the force.", {("ESP", "ready"), ("PRT", "ready")}),
])
def test_groups_and_their_named_members(tmp_path: Path, body: str, expected: set) -> None:
    assert expected <= stances_in(tmp_path, body)


def test_raising_the_possibility_of_others_troops_is_no_stance(tmp_path: Path) -> None:
    found = stances_in(tmp_path, "Macron raised the possibility of sending Western troops to Ukraine.")
    assert ("FRA", "open") not in found and ("FRA", "ready") not in found, found


def test_a_forecast_of_contributors_is_open(tmp_path: Path) -> None:
    # misread: ready
    found = stances_in(tmp_path, "Spain and Portugal would likely be central contributors to the "
                                 "European force.")
    assert {("ESP", "open"), ("PRT", "open")} <= found and ("ESP", "ready") not in found, found


def test_the_same_number_as_another_nation_is_the_subjects_figure(tmp_path: Path) -> None:
    # misread: Portugal's
    found = troop_figures(tmp_path, "Spain has announced that it will provide about the same number "
                                    "of troops as Portugal, from 5,000 to 10,000 people.")
    assert ("contribution:ESP", 5000.0, 10000.0) in found and not any(
        s == "contribution:PRT" for s, _lo, _hi in found), found


def test_a_range_with_its_upper_bound_hedged(tmp_path: Path) -> None:
    # misread: 60,000 alone (and "service members" counted as nations by the rules)
    found = troop_figures(tmp_path, FORCE + "Officials are discussing figures ranging from 4,000 to "
                                            "about 60,000 service members.")
    assert ("european_force", 4000.0, 60000.0) in found, found


# -- a maintainer's review of the session's rules: what they must leave alone -------------------


@pytest.mark.parametrize(("body", "expected", "absent"), [
    ("Germany will not send troops to Ukraine, with or without the Bundestag.",
     {("DEU", "declines")}, {("DEU", "conditional"), ("DEU", "ready")}),
    ("Poland will not hesitate to say no to sending troops to Ukraine, Tusk said.",
     {("POL", "declines")}, {("POL", "open")}),
    ("Hungary's ruling nationalist party said Hungary would never send troops to Ukraine.",
     {("HUN", "declines")}, set()),
    ("Britain will likely send 5,000 troops to the force, officials said.", {("GBR", "ready")}, set()),
])
def test_the_new_stance_rules_leave_these_alone(tmp_path: Path, body: str, expected: set,
                                                absent: set) -> None:
    found = stances_in(tmp_path, body)
    assert expected <= found and not absent & found, found


def test_an_aid_list_is_no_labelled_list_of_troop_stances(tmp_path: Path) -> None:
    found = stances_in(tmp_path, "The force's backers also listed air-defence aid for Ukraine's troops. "
                                 "Pledged: Germany and Norway.")
    assert not {("DEU", "ready"), ("NOR", "ready")} & found, found


@pytest.mark.parametrize(("body", "expected"), [
    ("By 2027, maybe 10,000 troops will be on the ground in Ukraine as part of the force.",
     {("european_force", 10000.0, 10000.0)}),
    ("On March 3, perhaps 4,000 soldiers from France had been earmarked for the reassurance force.",
     {("contribution:FRA", 4000.0, 4000.0)}),
    ("Britain would send 10,000 troops to the force even as 900 British soldiers are still based in "
     "Estonia.", {("contribution:GBR", 10000.0, 10000.0)}),
    ("Germany is expected to play the same role as Britain, which has offered 10,000 troops to the "
     "force.", {("contribution:GBR", 10000.0, 10000.0)}),
    ("Europe could deploy between 10,000 and roughly 30,000 troops to Ukraine.",
     {("european_force", 10000.0, 30000.0)}),
])
def test_the_new_figure_rules_leave_these_alone(tmp_path: Path, body: str, expected: set) -> None:
    found = troop_figures(tmp_path, body)
    assert expected <= found and not any(lo is not None and lo < 2100 and hi and hi > 5000
                                         for _s, lo, hi in found), found


@pytest.mark.parametrize("body", [
    "Zelensky said the 10,000 troops Britain offered would be enough for the Black Sea mission.",
    "Zelensky said he doubted 30,000 troops would be enough to deter Russia.",
])
def test_enough_is_a_request_only_said_of_the_figure_itself(tmp_path: Path, body: str) -> None:
    assert not any(s == "ukraine_request" for s, _lo, _hi in troop_figures(tmp_path, body))


def test_a_refusing_share_is_no_count_of_the_coalition(tmp_path: Path) -> None:
    from evidence_claim_helpers import countries_in
    found = countries_in(tmp_path, "Thirty countries met in Paris, and 5 of them have ruled out "
                                   "sending troops.")
    assert (5.0, 5.0) not in found, found


def test_military_members_of_an_alliance_are_nations(tmp_path: Path) -> None:
    from evidence_claim_helpers import countries_in
    found = countries_in(tmp_path, "The coalition's 31 military members met in Paris to discuss the "
                                   "reassurance force.")
    assert (31.0, 31.0) in found, found


@pytest.mark.parametrize(("body", "expected", "absent"), [
    # misread: nothing
    ("Danish participation in the force has not been ruled out, the minister said.",
     {("DNK", "open")}, {("DNK", "declines")}),
    # misread: a refusal
    ("A German contribution to the reassurance force is no longer ruled out in Berlin.",
     {("DEU", "open")}, {("DEU", "declines")}),
    ("Italy could hardly say no to contributing troops to the force.",
     {("ITA", "open")}, {("ITA", "declines")}),
    # misread: nothing
    ("Germany keeps 5,000 troops in Lithuania and will not send any to Ukraine.",
     {("DEU", "declines")}, set()),
])
def test_refusals_kept_open_and_refusals_of_any(tmp_path: Path, body: str, expected: set,
                                                absent: set) -> None:
    found = stances_in(tmp_path, body)
    assert expected <= found and not absent & found, found


def test_between_one_figure_to_another_from_many_nations(tmp_path: Path) -> None:
    # misread: nothing ("between ... to"); then the UK's share ("from the UK and various ...")
    found = troop_figures(tmp_path, "The proposed mission envisions a force comprising between 20,000 "
                                    "to 30,000 personnel from the UK and various European nations.")
    assert found == {("european_force", 20000.0, 30000.0)}, found


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing ("European Troops:" read as others' troops, the sentence's only troops)
    ("European Troops: Nations such as Spain and Portugal have already signaled their willingness to "
     "deploy forces in western Ukraine.", {("ESP", "ready"), ("PRT", "ready")}),
    # misread: nothing ("against" read as refusing the cue after it)
    ("The summit drew a mixed response, especially from leaders like Austria's Chancellor Karl "
     "Nehammer, who cautioned against premature discussions regarding troop deployments.",
     {("AUT", "undecided")}),
])
def test_a_heading_and_a_caution(tmp_path: Path, body: str, expected: set) -> None:
    assert expected <= stances_in(tmp_path, body)


def test_against_sending_is_still_a_refusal(tmp_path: Path) -> None:
    found = stances_in(tmp_path, "Austria is against sending troops to the force.")
    assert ("AUT", "declines") in found and ("AUT", "ready") not in found, found


@pytest.mark.parametrize("body", [
    # misread: nothing
    "Spain and Portugal signed the declaration in Paris. The two countries would send troops to "
    "Ukraine after a ceasefire.",
    "Spain and Portugal signed the declaration in Paris. Both nations have said they would deploy "
    "troops after a ceasefire.",
])
def test_the_two_countries_are_those_of_the_sentence_before(tmp_path: Path, body: str) -> None:
    assert {("ESP", "ready"), ("PRT", "ready")} <= stances_in(tmp_path, body)


# -- a second round of own-words reviews (2026 phrasings; lists and groups) --------------------


def test_signers_who_will_not_send_troops_decline(tmp_path: Path) -> None:
    # misread: the signers' readiness (the declaration's convention) and France's refusal ("Paris")
    found = stances_in(tmp_path, "Several countries that signed the Paris declaration have said they "
                                 "will not send troops. Among them are Poland, Greece and Bulgaria.")
    assert {("POL", "declines"), ("GRC", "declines"), ("BGR", "declines")} <= found, found
    assert not {("POL", "ready"), ("FRA", "declines")} & found, found


def test_signing_a_declaration_to_deploy_is_still_an_offer(tmp_path: Path) -> None:
    found = stances_in(tmp_path, "Spain and Portugal signed a declaration of intent to deploy forces "
                                 "to Ukraine after a ceasefire.")
    assert {("ESP", "ready"), ("PRT", "ready")} <= found, found


def test_portugals_prime_minister_by_title_and_surname(tmp_path: Path) -> None:
    # misread: the country Montenegro
    found = stances_in(tmp_path, "Prime Minister Montenegro said any Portuguese participation would "
                                 "depend on a UN Security Council resolution.")
    assert ("PRT", "conditional") in found and not any(a == "MNE" for a, _s in found), found


ROWS = ("Where Europe's capitals stand on sending troops to the force. - Poland: logistics only, no "
        "troops. - Belgium and the Netherlands: troops, subject to parliamentary votes. - Germany: "
        "undecided, \"too early\".")


def test_rows_of_nations_and_their_positions(tmp_path: Path) -> None:
    found = stances_in(tmp_path, ROWS)  # misread: nothing (Poland, Belgium, the Netherlands, Germany)
    assert {("POL", "declines"), ("BEL", "ready"), ("NLD", "ready"), ("BEL", "conditional"),
            ("NLD", "conditional"), ("DEU", "undecided")} <= found, found


def test_a_row_of_aid_is_no_stance(tmp_path: Path) -> None:
    found = stances_in(tmp_path, "The backers listed air-defence aid for Ukraine's troops. Poland: 20 "
                                 "launchers.")
    assert not any(a == "POL" for a, _s in found), found


@pytest.mark.parametrize(("body", "expected", "absent"), [
    # misread: nothing ("every ... country" was no group)
    ("Every Baltic state has offered troops to the force.",
     {("EST", "ready"), ("LVA", "ready"), ("LTU", "ready")}, set()),
    # misread: nothing (", among others," read as unnamed others holding it)
    ("Spain, Portugal and Greece, among others, have offered troops to the force.",
     {("ESP", "ready"), ("PRT", "ready"), ("GRC", "ready")}, set()),
    # misread: Spain's and Portugal's doubt beside their offer
    ("Spain and Portugal offered troops to the force; the rest said it was too early.",
     {("ESP", "ready"), ("PRT", "ready")}, {("ESP", "undecided"), ("PRT", "undecided")}),
    # misread: Bulgaria's offer
    ("Romania, not Bulgaria, has offered troops to the force.", {("ROU", "ready")}, {("BGR", "ready")}),
    # misread: no condition
    ("Norway is ready to send troops, provided Washington offers a backstop.",
     {("NOR", "ready"), ("NOR", "conditional")}, set()),
])
def test_lists_groups_and_their_asides(tmp_path: Path, body: str, expected: set, absent: set) -> None:
    found = stances_in(tmp_path, body)
    assert expected <= found and not absent & found, found


# -- a second maintainer's review (92 probes of its own): what the later rules must leave alone ---


@pytest.mark.parametrize(("body", "expected", "absent"), [
    ("The force would take orders from Paris, not Washington, and Britain is ready to send troops.",
     {("GBR", "ready")}, {("FRA", "ready")}),
    ("The decision lies with Kyiv, not Moscow, and France is ready to send troops.",
     {("FRA", "ready")}, set()),
    ("Not every Nordic country has ruled out sending troops to Ukraine.", set(),
     {("DNK", "declines"), ("FIN", "declines"), ("NOR", "declines"), ("SWE", "declines")}),
    ("Almost every Baltic state has offered troops to the force.", set(),
     {("EST", "ready"), ("LVA", "ready"), ("LTU", "ready")}),
    ("Sweden's defence minister spoke after talks with Britain and France. The two countries have "
     "offered troops for the force.", set(), {("SWE", "ready")}),
    ("Norway is ready to send troops and has provided American-made air defences to Kyiv.",
     {("NOR", "ready")}, {("NOR", "conditional")}),
    ("Britain is ready to send troops, as it has provided Washington with intelligence for years.",
     {("GBR", "ready")}, {("GBR", "conditional")}),
    ("Britain will not send any to Ukraine until there is a ceasefire, the minister said of its troops.",
     set(), {("GBR", "declines")}),
])
def test_the_later_rules_leave_these_alone(tmp_path: Path, body: str, expected: set, absent: set) -> None:
    found = stances_in(tmp_path, body)
    assert expected <= found and not absent & found, found


@pytest.mark.parametrize(("body", "expected", "absent"), [
    ("NATO's forward troops on the eastern flank today. - Germany: troops in Lithuania, a brigade of "
     "about 5,000. - Britain: troops in Estonia, about 900.", set(), {("GBR", "ready"), ("DEU", "ready")}),
    ("Which nations have troops on the ground in the Baltics? Britain: yes, in Estonia.", set(),
     {("GBR", "ready")}),
    ("Leaders will meet to discuss troops for Ukraine. Germany: Merz faces a coalition crisis over "
     "pensions, with an early vote possible.", set(), {("DEU", "open")}),
    ('Where the allies stand on troops for the force. - Italy: Meloni says sending troops is "not '
     'possible".', {("ITA", "declines")}, {("ITA", "open")}),
    ("Where the allies stand on troops for the force. - Britain: ready to lead, but no troops without "
     "an American backstop.", {("GBR", "conditional")}, {("GBR", "declines")}),
    ("Where the allies stand on troops for the force. - Hungary: open opposition to any mission.",
     {("HUN", "declines")}, {("HUN", "open")}),
])
def test_rows_need_a_frame_of_positions_and_read_their_words(tmp_path: Path, body: str,
                                                             expected: set, absent: set) -> None:
    found = stances_in(tmp_path, body)
    assert expected <= found and not absent & found, found


def test_a_nations_figure_before_others_adding_units_stays_its_own(tmp_path: Path) -> None:
    found = troop_figures(tmp_path, "The force would include 10,000 troops from Britain, with several "
                                    "other countries adding smaller units.")
    assert ("contribution:GBR", 10000.0, 10000.0) in found, found
