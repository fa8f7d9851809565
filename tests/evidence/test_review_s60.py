"""Session 60: stances read from a sentence's structure — a commitment withheld ("has given no
indication that", "stopped short of offering", "has not yet expressed a willingness"), a group's
members named after a comma ("..., notably France and Britain"), a pair referred back to ("with
both nations expressing willingness"), a bare reluctance after a sentence on the force. In the
project's own words (a probe review written without the rules in view, and the session's own);
each case marked "misread" failed on the session start (a8030a9); the others pin what the new
readings must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import figures_in_nine
from evidence_claim_helpers import scored_stances_in as scored

ON_FORCE = ("European leaders met in Paris to discuss a reassurance force of about 30,000 troops "
            "for Ukraine after a ceasefire. ")


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready (the negation four words back, past "yet")
    ("Germany has not yet expressed a willingness to send troops to the force.",
     {("DEU", "undecided")}),
    # misread: declines (no statement is no refusal)
    ("Spain has not signalled any intention to deploy soldiers to Ukraine.", {("ESP", "undecided")}),
    ("Sweden has not made any pledge of troops for the reassurance force, officials said.",
     {("SWE", "undecided")}),
    ("Poland has shown no readiness to send soldiers to Ukraine as part of the force.",
     {("POL", "undecided")}),
    # misread: ready (the offer inside the withholding)
    ("Warsaw has given no indication that Polish soldiers would join a post-ceasefire force.",
     {("POL", "undecided")}),
    ("Luxembourg has given no signal that it would commit personnel to the force.",
     {("LUX", "undecided")}),
    ("There has been no commitment from Germany to send soldiers to the force.",
     {("DEU", "undecided")}),
    ("Germany has stopped short of offering troops to the force.", {("DEU", "undecided")}),
    # misread: nothing
    ("Portugal has so far stopped short of committing troops to the force.", {("PRT", "undecided")}),
    ("Italy has refrained from committing troops to the force.", {("ITA", "undecided")}),
    ("There is still no sign that Poland will put troops into the reassurance force.",
     {("POL", "undecided")}),
    # misread: declines ("not so far" is "not yet")
    ("Bulgaria has not so far volunteered troops for the proposed force.", {("BGR", "undecided")}),
    # misread: ready beside undecided (no answer is given)
    ("Austria, which is militarily neutral, has yet to say whether it would contribute to the force.",
     {("AUT", "undecided")}),
    # misread: ready ("yet" after "has" read as "but", cutting "Neither" off the verb)
    ("Neither Germany nor Italy has yet committed troops to the force.",
     {("DEU", "undecided"), ("ITA", "undecided")}),
    # left alone: an offer before "but", a refusal chosen, a refusal held back (open), others'
    # claims, an endorsement held back
    ("France has pledged troops for the force, but Germany has not yet expressed willingness to do "
     "the same.", {("FRA", "ready"), ("DEU", "undecided")}),
    # misread: ready (a decision to refrain is a refusal)
    ("Finland's decision to refrain from sending peacekeepers to Ukraine surprised its allies.",
     {("FIN", "declines")}),
    ("Germany has stopped short of ruling out sending troops to a peacekeeping mission.",
     {("DEU", "open")}),
    ("The senator spoke on Friday, claiming Norway and Denmark showed no commitment to sending "
     "soldiers.", set()),
    ("Estonia has pledged a company of troops to the force.", {("EST", "ready")}),
])
def test_a_commitment_withheld_is_undecided(tmp_path: Path, body: str,
                                            expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (only "including" opened the members after the clause)
    ("Several countries have said they would send troops, notably France and Britain.",
     {("FRA", "ready"), ("GBR", "ready")}),
    ("A handful of governments have offered soldiers, in particular Denmark and Estonia.",
     {("DNK", "ready"), ("EST", "ready")}),
    ("Several leaders have raised the possibility of sending soldiers, such as France and Britain.",
     {("FRA", "open"), ("GBR", "open")}),
    ("Some years ago, several leaders admitted the possibility of sending soldiers to Ukraine to "
     "keep a peace, particularly France, Britain and the Baltic states.",
     {("FRA", "open"), ("GBR", "open"), ("EST", "open"), ("LVA", "open"), ("LTU", "open")}),
    # left alone: the members before the cue
    ("Several countries, notably France and Britain, have said they would send troops.",
     {("FRA", "ready"), ("GBR", "ready")}),
])
def test_a_groups_members_after_a_comma(tmp_path: Path, body: str,
                                        expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing
    ("The UK and France back the plan, with both nations expressing willingness to deploy troops.",
     {("GBR", "ready"), ("FRA", "ready")}),
    ("Britain and France are backing Kyiv's demand, with the two countries expressing readiness "
     "to send troops.", {("GBR", "ready"), ("FRA", "ready")}),
    # left alone: three nations are no pair; the pair's own names in the clause
    ("Britain, France and Italy back the plan, with both nations expressing willingness to deploy "
     "troops.", set()),
])
def test_a_pair_referred_back_to(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (no object after the reluctance)
    ("Some leaders want a robust military presence in Ukraine. Germany and Poland, for example, have "
     "shown reluctance, stressing support without combat.", {("DEU", "undecided"), ("POL", "undecided")}),
    (ON_FORCE + "Italy is reluctant to take part.", {("ITA", "undecided")}),
    # left alone: no force named; reversed by "but"; a refusal beside it reads it
    ("The talks will continue next week. Germany and Poland have shown reluctance.", set()),
    (ON_FORCE + "Denmark was hesitant, but is now on board.", set()),
    ("European leaders discussed a peacekeeping force for Ukraine. Since then, Spain and Italy "
     "have declined or shown reluctance to take part.", {("ESP", "declines"), ("ITA", "declines")}),
])
def test_a_bare_reluctance_after_the_force(tmp_path: Path, body: str,
                                          expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready (staying out read as an offer; money read as troops; warming as ready)
    ("Ireland will sit out the reassurance force, the government said.", {("IRL", "declines")}),
    ("Norway pledged 1 billion euros to fund the reassurance force.", set()),
    ("Sweden will contribute financially to the force rather than send soldiers.", set()),
    ("The Czech Republic is warming to the idea of joining the reassurance force.",
     {("CZE", "open")}),
    # left alone: money for troops, money beside troops
    ("Britain has committed 200 million pounds to prepare its troops for deployment to Ukraine.",
     {("GBR", "ready")}),
    ("Latvia will spend 40 million euros on the mission and send 300 troops.", {("LVA", "ready")}),
])
def test_staying_out_and_money_are_no_offer(tmp_path: Path, body: str,
                                           expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing ("since" pushed "both" out of a six-word window; three, the pair and a
    # bare "neither" were no reference)
    ("Sweden and Finland joined NATO recently. Both nations have since said they are willing to "
     "send troops to Ukraine.", {("SWE", "ready"), ("FIN", "ready")}),
    ("Estonia, Latvia and Lithuania met in Riga on Monday. All three have offered troops to the "
     "force.", {("EST", "ready"), ("LVA", "ready"), ("LTU", "ready")}),
    ("Starmer and Macron held talks. The pair said they were ready to deploy troops to Ukraine.",
     {("GBR", "ready"), ("FRA", "ready")}),
    ("Spain and Italy sent observers to the meeting. Neither will send troops.",
     {("ESP", "declines"), ("ITA", "declines")}),
    # left alone: a count that does not match the nations before
    ("Estonia and Latvia met in Riga on Monday. All three have offered troops to the force.",
     set()),
])
def test_a_counted_reference_to_the_nations_before(tmp_path: Path, body: str,
                                                  expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready for Italy ("apart from" read as an exception; the relative clause's "they"
    # carried from the subject before it)
    ("Italy stands apart from France and Britain, which have both said they are prepared to "
     "deploy ground troops.", {("FRA", "ready"), ("GBR", "ready")}),
    # left alone: a real exception; the subject's own relative clause
    ("Apart from Britain, no other country has committed troops to the force.", {("GBR", "ready")}),
    ("Poland, which has one of Europe's largest armies, has said flatly that it will not send "
     "troops.", {("POL", "declines")}),
])
def test_a_relative_clause_after_nations_set_apart(tmp_path: Path, body: str,
                                                  expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the tag in commas cut the subject off its verb)
    ("France and Britain, he said, are ready to send troops to Ukraine.",
     {("FRA", "ready"), ("GBR", "ready")}),
    ("Poland, the prime minister added, has no plans to deploy soldiers.", {("POL", "declines")}),
    # misread: ready for Italy (a verb setting it apart from the nations after it)
    ("Meloni's position sets Italy apart from France and Britain, which have both said they are "
     "prepared to deploy ground troops.", {("FRA", "ready"), ("GBR", "ready")}),
    # left alone: a reason cited is no condition (the tag no longer cutting the clause, it was
    # read as one)
    ("Japan will not send its forces to a multinational force in Ukraine, the spokesman said, "
     "citing constitutional limits.", {("JPN", "declines")}),
    # left alone: a reported clause with its own subject
    ("Tusk said Germany would not send troops to Ukraine.", {("DEU", "declines")}),
])
def test_a_speech_tag_in_commas(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the audience told read as the source: "lawmakers")
    ("Healey told lawmakers that Britain would commit troops to the force.", {("GBR", "ready")}),
    # misread: nothing (an adverb between the auxiliary and the speech verb)
    ("Estonia and Lithuania have earlier declared readiness to send troops.",
     {("EST", "ready"), ("LTU", "ready")}),
    # misread: nothing (a demonym the gazetteer lacked; a singular soldier)
    ("The Cypriot government said it will not send troops.", {("CYP", "declines")}),
    ('"No Polish soldier will go to Ukraine," Tusk said.', {("POL", "declines")}),
    # misread: undecided for Greece (doubts about another nation's part)
    ("The Greek government expressed reservations about the possible participation of Turkey.",
     set()),
    # misread: ready (an offer told only as possible)
    ("It is not excluded that Italy will send soldiers to Ukraine.", {("ITA", "open")}),
    ("It cannot be ruled out that Germany will deploy troops to the force.", {("DEU", "open")}),
    # left alone: one's own part in doubt, a plain offer, a refusal
    ("The participation of Slovenia remains uncertain, and Greece's involvement is still in "
     "question.", {("SVN", "undecided"), ("GRC", "undecided")}),
    ("Italy will send soldiers to Ukraine.", {("ITA", "ready")}),
])
def test_translated_and_reported_phrasings(tmp_path: Path, body: str,
                                           expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


figures_of = figures_in_nine  # (the nine-sentence frame of evidence_claim_helpers)


@pytest.mark.parametrize(("sentence", "expected"), [
    # misread: 200-500 (the ceiling lost on a vague amount)
    ("Italy could send up to a few hundred soldiers to the force.",
     {("contribution:ITA", None, 500.0)}),
    # misread: nothing ("give" was no contribution verb)
    ("Turkey could give a contingent of around 2,000 soldiers to the force.",
     {("contribution:TUR", 2000.0, 2000.0)}),
    # misread: the force's (a hedge between the verb and the figure)
    ("The force would need 30,000 troops, of which Germany would have to provide perhaps 8,000 to "
     "10,000.", {("european_force", 30000.0, 30000.0), ("contribution:DEU", 8000.0, 10000.0)}),
    # misread: nothing ("men" after a verb of sending, in a report on the force)
    ("Italy could send a few hundred men to Ukraine.", {("contribution:ITA", 200.0, 500.0)}),
    # left alone: a plain vague amount
    ("Italy could send a few hundred soldiers to the force.", {("contribution:ITA", 200.0, 500.0)}),
])
def test_troop_figures_hedged_and_vague(tmp_path: Path, sentence: str,
                                        expected: set[tuple[str, float | None, float | None]]) -> None:
    assert figures_of(tmp_path, sentence) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing
    ("Norway and Finland have given their assurances for troop deployment in Ukraine.",
     {("NOR", "ready"), ("FIN", "ready")}),
    ("The Belgian prime minister said last week that he opened the door for sending peacekeepers "
     "to Ukraine.", {("BEL", "open")}),
    # misread: ready (a likelihood, a potential readiness)
    ("Already under discussion is the likelihood that Spain and Portugal will deploy thousands of "
     "troops to Ukraine.", {("ESP", "open"), ("PRT", "open")}),
    ("Brazil is declaring its potential readiness to join the peacekeeping mission in Ukraine.",
     {("BRA", "open")}),
])
def test_assurances_doors_and_likelihoods(tmp_path: Path, body: str,
                                          expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: Norway only (the echo's nation left out)
    ("Norway has announced readiness to deploy peacekeepers to Ukraine, a position echoed by "
     "Canada.", {("NOR", "ready"), ("CAN", "ready")}),
    ("Belgium said it could send troops to the force, a view shared by Luxembourg.",
     {("BEL", "open"), ("LUX", "open")}),
    # misread: open for Sweden (a retired general's suggestion)
    ("Sweden could send peacekeepers to Ukraine, a retired Swedish general has suggested.", set()),
    # left alone: no echo
    ("Norway has announced readiness to deploy peacekeepers to Ukraine, Canada said.",
     {("NOR", "ready")}),
])
def test_a_position_echoed_and_a_retired_voice(tmp_path: Path, body: str,
                                               expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing
    (ON_FORCE + "Latvia has not yet taken the decision.", {("LVA", "undecided")}),
    (ON_FORCE + "The Netherlands is willing in principle.", {("NLD", "ready")}),
    # left alone
    (ON_FORCE + "Latvia has not yet made a decision.", {("LVA", "undecided")}),
])
def test_bare_positions_after_the_force(tmp_path: Path, body: str,
                                        expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: declines (a condition said as an impossibility)
    ("A German contribution of troops would be impossible without the United States, Merz said.",
     {("DEU", "conditional")}),
    ("A German contribution of troops would be unthinkable without the US, Merz said.",
     {("DEU", "conditional")}),
    # left alone: a refusal with no condition
    ("A German contribution of troops would be impossible, Merz said.", {("DEU", "declines")}),
])
def test_impossible_without_the_us_is_a_condition(tmp_path: Path, body: str,
                                                  expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: Denmark only (a second speaker between the contrast and the bare refusal withheld)
    ("Frederiksen said Denmark was willing to deploy troops, while Haekkinen said Finland was not "
     "excluding a contribution.", {("DNK", "ready"), ("FIN", "open")}),
])
def test_a_contrast_past_a_second_speaker(tmp_path: Path, body: str,
                                          expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the analysts before the relative clause read as the stance's source)
    ("Analysts point to Turkey, which has signalled willingness to participate in the force.",
     {("TUR", "ready")}),
    # left alone: the analysts' own claim about a nation
    ("Analysts say Turkey has signalled willingness to participate in the force.", set()),
])
def test_a_relative_clause_is_its_antecedents_own(tmp_path: Path, body: str,
                                                  expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready for both (the troops' adjectives of a plan nobody in the sentence owns)
    ("The senator was reacting to plans to send a force of 12,000 Dutch and Belgian troops to "
     "Ukraine.", set()),
    # left alone: an owned plan, a speaker's own troops
    ("Britain's plan to send British troops to Ukraine was approved.", {("GBR", "ready")}),
    ("Starmer said he was ready to send British troops.", {("GBR", "ready")}),
])
def test_an_unowned_plans_troops(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: the Baltic states undecided too (a list closed by "and" ran on past the comma)
    ("While the idea has won favour, notably among Spain, Portugal and the Baltic states, Norway "
     "remains hesitant about sending troops.", {("NOR", "undecided")}),
    # left alone: an open list, a list with a serial comma
    ("Spain, Portugal, Norway are hesitant about sending troops.",
     {("ESP", "undecided"), ("PRT", "undecided"), ("NOR", "undecided")}),
    ("Spain, Portugal, and Norway are hesitant about sending troops.",
     {("ESP", "undecided"), ("PRT", "undecided"), ("NOR", "undecided")}),
])
def test_a_list_closed_by_and(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (a refusal of "such a step" after a sentence on sending troops)
    ("Several allies want to send soldiers to Ukraine. Slovakia said it would not take such a "
     "step.", {("SVK", "declines")}),
    # left alone: no sending before it
    ("The talks went on late into the night. Slovakia said it would not take such a step.", set()),
])
def test_such_a_step_refused(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: ready only (a house the deployment must go before, said after the offer)
    ("Sanchez said Spain is ready to send troops to the force. Any deployment would have to be "
     "approved by parliament, he added.", {("ESP", "ready"), ("ESP", "conditional")}),
    ("Spain is ready to send troops to the force, Sanchez said. Any deployment must be approved by "
     "parliament, he added.", {("ESP", "ready"), ("ESP", "conditional")}),
])
def test_a_house_named_after_the_offer(tmp_path: Path, body: str,
                                       expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (the stance check withheld a house's approval of the sending)
    ("Estonia's Riigikogu approved the mandate for sending troops in December.", {("EST", "ready")}),
    # left alone
    ("Estonia's parliament approved sending troops to the force.", {("EST", "ready")}),
])
def test_a_houses_approval_is_kept(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: France only (a named group's "have said the same")
    ("France has said it would send troops, and the Baltic states have said the same.",
     {("FRA", "ready"), ("EST", "ready"), ("LVA", "ready"), ("LTU", "ready")}),
    # left alone: one nation
    ("France has said it would send troops, and Estonia has said the same.",
     {("FRA", "ready"), ("EST", "ready")}),
])
def test_a_named_group_says_the_same(tmp_path: Path, body: str,
                                     expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # misread: nothing (after scoring set 123, which repeats it: written once the set was tuning
    # material; the speaker's own nation among the troops' origins he lists)
    ("Macron said the reassurance forces will include soldiers from France, Britain and Turkey.",
     {("FRA", "ready")}),
    ("Macron said troops from France, the UK or Turkey could be stationed in Ukraine.",
     {("FRA", "open")}),
    # left alone: the demonym form (s15), and a speaker whose nation is not in the list
    ("Macron said the reassurance forces would include French, British and Turkish soldiers.",
     {("FRA", "ready")}),
    ("Macron said the reassurance forces will include soldiers from Britain and Turkey.", set()),
])
def test_the_speakers_own_troops_among_those_he_lists(tmp_path: Path, body: str,
                                                      expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected
