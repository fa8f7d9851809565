"""(s35) Readings from sets 90-93's errors, written as classes in the project's own words
(docs/evidence.md §10 "Session 35"): phrasings that read like a stance and give none, or give
another one, and two refusals the cues missed."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import stance_pairs


@pytest.mark.parametrize(("text", "absent"), [
    # a weighing, no refusal
    ("Prime Minister Arne Vik said he did not take lightly the duty of putting Norwegian soldiers "
     "in danger.", ("NOR", "declines")),
    ("The minister wrote that he was not committing Dutch troops frivolously.", ("NLD", "declines")),
    # a question put to a nation, no offer
    ("The embassy sent a list of questions inquiring about Bulgaria's readiness to take part in "
     "the mission and contribute troops.", ("BGR", "ready")),
    # what others want of a nation
    ("The British offer puts pressure on other capitals, notably Germany, to consider a bigger "
     "role in a European peacekeeping force.", ("DEU", "open")),
    # others' troops, no offer of the caller's own
    ("President Macron has been leading calls for European allies to deploy troops to Ukraine "
     "after a ceasefire.", ("FRA", "ready")),
    # the relative clause is the last member's
    ("The partners include Australia, Canada and Japan, as well as the United States, which will "
     "not send troops but will back the mission.", ("CAN", "declines")),
    # a hypothesis
    ("The ombudsman warned the army would be stretched thin if Germany does send its troops to "
     "Ukraine.", ("DEU", "ready")),
    # Russia's refusal in a nation's leader's words
    ('"If Kyiv asks for allied troops on its soil, it is not up to Moscow to accept or reject '
     'them," President Macron said.', ("FRA", "declines")),
    # the earlier promise not restated
    ("Prime Minister Starmer refrained from repeating his earlier promise to send British troops, "
     "speaking instead of air and sea support.", ("GBR", "ready")),
    # advice to a nation
    ("Marie-Agnes Strack-Zimmermann, who chairs the European Parliament's defence committee, said "
     "Germany has a duty to state clearly that it is ready to contribute to a peacekeeping force.",
     ("DEU", "ready")),
    # a question, no condition
    ("Chancellor Merz said he would discuss with the coalition whether the Bundestag would have to "
     "approve a deployment.", ("DEU", "conditional")),
    # a parliament's approval of a presence in another country
    ("The report also mentioned the extension of the German troop presence in Iraq, which the "
     "Bundestag approved last week.", ("IRQ", "ready")),
    # openness to joining is open only
    ("Chancellor Friedrich Merz had earlier signalled openness to Berlin joining a peacekeeping "
     "mission in Ukraine.", ("DEU", "ready")),
    # a sentence on defence spending
    ("The UK government has committed to spending 2.5 per cent of GDP on defence, but it has not "
     "yet set out a timeline.", ("GBR", "undecided")),
])
def test_a_phrasing_that_only_seems_a_stance_gives_none(tmp_path: Path, text: str,
                                                        absent: tuple[str, str]) -> None:
    assert absent not in stance_pairs(tmp_path, text)


@pytest.mark.parametrize(("text", "pair"), [
    ("Germany has stopped short of ruling out sending troops to a peacekeeping mission.",
     ("DEU", "open")),
    ('The German government has reportedly "closed the door" on the possibility of sending German '
     "troops to Ukraine to monitor a ceasefire.", ("DEU", "declines")),
    ("The Dutch government has not closed the door on sending Dutch troops to Ukraine.",
     ("NLD", "open")),
    ("China refutes possibility of participation in potential peacekeeping contingent in Ukraine.",
     ("CHN", "declines")),
    ("Italian Prime Minister Giorgia Meloni said she excludes sending Italian troops to Ukraine "
     "without a UN mandate.", ("ITA", "conditional")),
    ("Warsaw has firmly rejected calls to deploy its military forces to Ukraine even after the "
     "conclusion of hostilities.", ("POL", "declines")),
    ("German Chancellor Friedrich Merz said sending German troops to Ukraine is not currently "
     "under consideration.", ("DEU", "declines")),
    ("Portugal and Greece have shown little interest in sending troops.", ("PRT", "undecided")),
    ("Belgium has shown little appetite for sending troops to Ukraine.", ("BEL", "undecided")),
    ("If a peacekeeping mission in Ukraine becomes reality, Latvia would certainly participate, "
     "the minister added.", ("LVA", "ready")),
])
def test_a_phrasing_read_as_the_stance_it_gives(tmp_path: Path, text: str,
                                                pair: tuple[str, str]) -> None:
    assert pair in stance_pairs(tmp_path, text)


@pytest.mark.parametrize(("text", "pair"), [
    # near misses: the same words where they do give the stance
    ("Prime Minister Arne Vik said Norway will not send soldiers to Ukraine, a decision not taken "
     "lightly.", ("NOR", "declines")),
    ("Italian Prime Minister Giorgia Meloni said she excludes sending Italian troops to Ukraine.",
     ("ITA", "declines")),
    ("Poland has rejected calls to deploy its troops to Ukraine while the fighting continues.",
     None),
    ("Asked about the force, Danish Prime Minister Lise Holm said Denmark could contribute "
     "troops.", ("DNK", "open")),
    ("Germany's chancellor said the deployment of German troops is under consideration.",
     ("DEU", "open")),
    ("Belgium has shown interest in sending troops to Ukraine.", ("BEL", "open")),
])

def test_near_misses_keep_their_reading(tmp_path: Path, text: str,
                                        pair: tuple[str, str] | None) -> None:
    got = stance_pairs(tmp_path, text)
    if pair is None:  # troops in the fighting: about the war, no stance on the force (s13)
        assert not any(s == "declines" for _, s in got)
    else:
        assert pair in got


@pytest.mark.parametrize("text", [
    "Latvia would certainly participate, the minister added.",  # in what, unsaid
    "Latvia would participate in the talks on the force, the minister added.",
])
def test_taking_part_in_nothing_named_or_in_talks_is_no_offer(tmp_path: Path, text: str) -> None:
    assert ("LVA", "ready") not in stance_pairs(tmp_path, text)


@pytest.mark.parametrize(("text", "absent"), [
    # (set 94's errors) the press's guess about a nation's troops
    ("The size has not been confirmed, though reports suggest up to 4,000 Danish troops could be "
     "sent.", ("DNK", "open")),
    # a denied reversal is no refusal
    ("The minister rejected suggestions that Norway was going to abandon plans to send Norwegian "
     "troops to Ukraine.", ("NOR", "declines")),
    # a critic's words about the nations' plan
    ("The senator slammed the strategy to dispatch 20,000 Dutch and Belgian soldiers as part of a "
     "peacekeeping mission.", ("NLD", "declines")),
    # views on it, no openness
    ("Sweden and Finland expressed their views on the possibility of sending peacekeeping forces "
     "to Ukraine.", ("SWE", "open")),
])
def test_set_94_phrasings_that_give_no_such_stance(tmp_path: Path, text: str,
                                                   absent: tuple[str, str]) -> None:
    assert absent not in stance_pairs(tmp_path, text)


@pytest.mark.parametrize(("text", "pair"), [
    ("European ministers met in Brussels, as Austria bristled at suggestions troops could be "
     "deployed.", ("AUT", "declines")),
    ("The Slovak parliament has limited the possibility of Slovak troops participating in "
     "operations in Ukraine.", ("SVK", "declines")),
    ("The prime minister said Belgium was willing to provide peacekeeping troops if necessary, but "
     "a US backstop would be needed.", ("BEL", "conditional")),
    ("The envoy welcomed commitments from Sweden and Finland to contribute troops to a "
     "peacekeeping mission.", ("FIN", "ready")),
    # a denial of readiness stays a refusal (s13)
    ("Oslo dismisses speculation that it may deploy peacekeeping troops to Ukraine.",
     ("NOR", "declines")),
])
def test_set_94_phrasings_read_as_the_stance_they_give(tmp_path: Path, text: str,
                                                       pair: tuple[str, str]) -> None:
    assert pair in stance_pairs(tmp_path, text)


def test_commitments_from_others_troops_are_no_offer(tmp_path: Path) -> None:
    got = stance_pairs(tmp_path, "The envoy welcomed commitments from Sweden and Finland to "
                                 "contribute European troops to a peacekeeping mission.")
    assert ("SWE", "ready") not in got


@pytest.mark.parametrize(("text", "pair", "present"), [
    ("Latvian Prime Minister Evika Silina has proposed dispatching a whole company of about 120 "
     "soldiers.", ("LVA", "ready"), True),
    ("Latvian Prime Minister Evika Silina proposed sending European troops to Ukraine.",
     ("LVA", "ready"), False),
    # the 2024 idea of troops for the war, told as background
    ("In May, Macron refused to rule out sending troops there, but noted that this would only "
     "happen if Russia broke through the Ukrainian front lines.", ("FRA", "open"), False),
    ("Macron has not ruled out sending French troops to Ukraine after a ceasefire.",
     ("FRA", "open"), True),
])
def test_a_proposal_of_own_troops_and_wartime_background(tmp_path: Path, text: str,
                                                         pair: tuple[str, str],
                                                         present: bool) -> None:
    assert (pair in stance_pairs(tmp_path, text)) is present


@pytest.mark.parametrize(("text", "pair", "present"), [
    # (set 95's errors) the refusal opposed by another nation in a "stopped short" sentence
    ('In February the French president stopped short of ruling out sending "troops" to Ukraine, '
     "a proposal that has been strongly opposed by Germany.", ("DEU", "declines"), True),
    ("Russia has cautioned Britain and France against deploying soldiers to Ukraine.",
     ("GBR", "declines"), False),
    ("The Kremlin has rejected reports suggesting that Britain and France are in talks to send "
     "troops to Ukraine.", ("GBR", "ready"), False),
    ("Lithuania is ready to send troops to Ukraine to train the Ukrainian military.",
     ("LTU", "ready"), False),
    ("Lithuania is ready to send troops to Ukraine as part of a reassurance force.",
     ("LTU", "ready"), True),
    ("Lithuania's minister does not expect EU leaders to agree on troop deployment in Ukraine.",
     ("LTU", "declines"), False),
    ("Poland is not expected to contribute soldiers to the force.", ("POL", "declines"), True),
    ("Latvia's foreign minister said it would be wrong to rule out sending troops into Ukraine.",
     ("LVA", "open"), True),
    ("Meloni has already rejected \"Italy's participation in a possible military force on the "
     "ground\" in Ukraine.", ("ITA", "declines"), True),
    ("Meloni will not take part in Britain and France's coalition of the willing, which will send "
     "European peacekeeping forces to Ukraine.", ("ITA", "ready"), False),
    ("Russia's intelligence service claimed that France is preparing to deploy a contingent of up "
     "to 2,000 soldiers to Ukraine.", ("FRA", "ready"), False),
])
def test_set_95_phrasings(tmp_path: Path, text: str, pair: tuple[str, str], present: bool) -> None:
    assert (pair in stance_pairs(tmp_path, text)) is present


def test_a_standing_presence_in_europe_is_no_force_size(tmp_path: Path) -> None:
    from evidence_claim_helpers import troop_figures

    got = troop_figures(tmp_path, "The plan involves fewer than 30,000 troops on the ground. The "
                                  "US might reduce its 70,000-strong troop presence in Europe.")
    assert ("european_force", None, 30_000) in got
    assert not any(low == 70_000 or high == 70_000 for _, low, high in got)
