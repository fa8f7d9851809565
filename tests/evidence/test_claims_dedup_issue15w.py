"""Issue 15w: troop sizes, country counts and near-duplicates from the error classes of set 11
(T*, C*, D* of the set's error analysis; docs/evidence.md, "Issue 15w"). Each class is written as
a mechanism and tested on made-up sentences both ways (the phrasing that must give the item, and
the near miss that must not). The sentences and reports are the project's own words."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import countries_in, troops_in

from reassure.evidence import _dedup
from reassure.evidence._clean import clean, without_related
from reassure.evidence._dedup import PairScorer, claim_keys, load_model, signatures
from reassure.evidence._ingest import RawReport

TROOP_CASES = [
    # T10: a nation's adjective inside the figure's own noun phrase makes it that nation's, also
    # under a force noun ("the deployment of ...") and after a quoted vague figure
    ("The prime minister met party leaders on the possible deployment of several thousand "
     "Spanish troops to Ukraine after a peace deal.", {("contribution:ESP", 3000.0, 9000.0)}),
    ("The president said that 'several thousand' Spanish soldiers could be deployed to keep the "
     "peace after a truce.", {("contribution:ESP", 3000.0, 9000.0)}),
    ("A force of 40,000 Dutch troops is planned.", {("contribution:NLD", 40000.0, 40000.0)}),
    # near miss: no adjective, the force noun decides (the European force)
    ("Leaders discussed the possible deployment of several thousand troops to Ukraine after a "
     "peace deal.", {("european_force", 3000.0, 9000.0)}),
    # T1: "men" beside a force noun
    ("There has been talk of a force of 10,000 men, mostly troops from Spain and Italy.",
     {("european_force", 10000.0, 10000.0)}),
    ("The allies could muster a force of between 10,000 and 25,000 men, together with air power.",
     {("european_force", 10000.0, 25000.0)}),
    ("Some 10,000 men and women marched through the capital on Sunday.", set()),
    # T12: "expected to exceed N" is an open lower bound
    ("The minister will host commanders to finalise the peacekeeping force, which is expected "
     "to exceed 12,000 troops.", {("european_force", 12000.0, None)}),
    ("The peacekeeping force should not exceed 12,000 troops.", {("european_force", None, 12000.0)}),
    # T13: "N, but possibly double that number"
    ("Such a force would not only require 80,000 soldiers, but possibly double that number.",
     {("european_force", 80000.0, 160000.0)}),
    ("Such a force would require 80,000 soldiers, double the number Europe can field.",
     {("european_force", 80000.0, 80000.0)}),
    # (twice a figure above the 200,000 ceiling is no bound: the figure stays as named)
    ("Kyiv wants 200,000 soldiers, or possibly double that number.",
     {("ukraine_request", 200000.0, 200000.0)}),
    # T11: "would together send" is several nations offering one force (the European force);
    # "combined" keeps their joint contribution
    ("Spain and Italy would together send up to 12,000 troops to Ukraine if a deal is reached.",
     {("european_force", None, 12000.0)}),
    ("Spain and Italy could send a combined contingent of up to 12,000 troops to Ukraine.",
     {("contribution:ESP+ITA", None, 12000.0)}),
    # T7: a dateline's year is no figure
    ("Rome, Italy, Feb 3 (Eastline) Feb 03, 2026 Spanish forces could join a future force to "
     "monitor a ceasefire.", set()),
    # T2: a European force a leader deploys is the whole force, not the leader's nation's
    ("The Spanish president is reportedly leading efforts to deploy a European force of up to "
     "90,000 troops to Ukraine as peacekeepers.", {("european_force", None, 90000.0)}),
    ("Spain will deploy a contingent of 2,000 troops to Ukraine.",
     {("contribution:ESP", 2000.0, 2000.0)}),
    # T3: the singular "troop" before a noun names a whole plan's size
    ("Madrid's 30,000 Troop Solution to Secure Ukraine Revealed",
     {("european_force", 30000.0, 30000.0)}),
    ("Spain's 5,000 troop contribution will be ready by spring.",
     {("contribution:ESP", 5000.0, 5000.0)}),
    ("A 5,000 troop rotation is planned.", set()),
    # T4: "a military contingent of N" is one contingent, not a nation's military
    ("A research institute is developing a plan for this mission, which could involve a "
     "military contingent of up to 30,000 troops, organized into five brigades.",
     {("european_force", None, 30000.0)}),
    ("Russia has a military force of 800,000 troops.", set()),
    ("Estonia has a military force of 7,000 troops.", set()),
    # T6: a nation's troops on its own territory are no offer
    ("Thousands of Spanish soldiers will be deployed on Spanish territory to protect allied "
     "troops that may be deployed in Ukraine.", set()),
    ("Thousands of Spanish soldiers will be deployed in Ukraine.",
     {("contribution:ESP", 1000.0, 10000.0)}),
    # T9: "an N-strong coalition contingent" of 1,000 or more is the force's size
    ("Planners drew up a 64,000-strong coalition contingent for Ukraine.",
     {("european_force", 64000.0, 64000.0)}),
    # T8: the figure a troop number is raised to; the raiser's nation gives it
    ("The paper reports that the Spanish military command proposed to increase the number of "
     "troops to 10,000, but the ministry rejected the proposal.",
     {("contribution:ESP", 10000.0, 10000.0)}),
    ("Planners want to raise the number of soldiers to 20,000.",
     {("european_force", 20000.0, 20000.0)}),
    ("Spain wants to increase the number of its soldiers in Latvia to 2,000.", set()),
    # T5: "not single digits, but in the thousands" after a sentence on troops
    ("The president said there was an agreement on troops. It will definitely not be single "
     "digits, but in the thousands.", {("european_force", 1000.0, 10000.0)}),
    ("Officials spoke about the troops. Donations came in the thousands.", set()),
    ("Losses ran in the thousands, officials said of the troops.", set()),
    # "tells allies it may send": the allies are told, the speaking nation sends (10h1's class)
    ("Spain tells allies it may send 10,000 troops to Ukraine, the newspaper says.",
     {("contribution:ESP", 10000.0, 10000.0)}),
    ("Spain and its allies may send 10,000 troops to Ukraine.",
     {("european_force", 10000.0, 10000.0)}),
    ("The ministry said it could be required to provide 15,000 ground troops.", set()),
]


@pytest.mark.parametrize(("text", "expected"), TROOP_CASES)
def test_troop_sizes_15w(tmp_path: Path, text: str, expected: set[tuple[str, float | None, float | None]]) -> None:
    assert troops_in(tmp_path, text, "model") == expected


COUNT_CASES = [
    # C2: "N of them" after a noun of nations in the sentence
    ("Which countries are ready to send their troops has not been said, but there are already "
     "about 30 of them.", {(30.0, 30.0)}),
    ("The plan names 30 of them, the minister said of the brigades.", set()),
    # C4: "N European leaders" are people, not the coalition's nations; bare leaders of a
    # coalition meeting still count (15t)
    ("On Monday a meeting of about 20 European leaders took place in Rome.", set()),
    ("Some 30 coalition leaders joined the call on the peacekeeping mission.", {(30.0, 30.0)}),
    ("Around 25 leaders are expected to join to discuss the coalition's peacekeeping mission.",
     {(25.0, 25.0)}),
    # C5: "N coalition members" (the coalition inside the figure's phrase)
    ("Twenty-six coalition members have signaled readiness to contribute personnel.",
     {(26.0, 26.0)}),
    ("Twenty-six members of parliament signed the letter.", set()),
    # C1: "from five to six different European countries"
    ("They are putting together a force of up to 50,000 troops from five to six different "
     "European countries.", {(5.0, 6.0)}),
    # C7: modifiers before a pair joined by "and"
    ("Ministers met in Brussels with around 30 mainly NATO and EU countries.", {(30.0, 30.0)}),
    ("The 27 EU countries approved the budget.", set()),
    # C3: "N or so", and the members of a force or coalition named right before "whose"
    ("The force, whose 30 or so members were not identified, will train Ukraine's army.",
     {(30.0, 30.0)}),
    ("About 30 or so countries attended the talks in Paris.", {(30.0, 30.0)}),
    ("The party, whose 200 members voted on Sunday, backed the plan.", set()),
    # T9's other side: "a 31-strong coalition" still counts nations
    ("The meeting of the 31-strong coalition was held in Paris.", {(31.0, 31.0)}),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_CASES)
def test_country_counts_15w(tmp_path: Path, text: str, expected: set[tuple[float, float]]) -> None:
    assert countries_in(tmp_path, text) == expected


# -- near-duplicates ----------------------------------------------------------------------------

def test_related_stories_lists_are_left_out_of_the_compared_text() -> None:
    text = ("Minister says Spain could send a battalion\n"
            "The minister said on Tuesday that Spain could send a battalion to Ukraine once a "
            "ceasefire holds.\n"
            "MORE ABOUT\n"
            "Leaders meet in Rome to plan a force of 20,000 troops for Ukraine\n"
            "14:05, 10.01.2026\n"
            "Italy names a general to lead the reassurance mission headquarters\n"
            "He added that parliament would vote on the deployment before the summer recess.")
    out = without_related(text)
    assert "Leaders meet in Rome" not in out and "Italy names a general" not in out
    assert "14:05" not in out and "MORE ABOUT" not in out
    # the article's own lines before and after the list stay
    assert "could send a battalion to Ukraine" in out and "parliament would vote" in out
    # no header, nothing removed (a headline-like line in the body stays)
    plain = "Spain could send a battalion\nLeaders meet in Rome to plan a force"
    assert without_related(plain) == plain


AGENCY_STORY = (
    "Only five Nordic and Baltic states ready to send troops, Eastline reports\n"
    "Published: 2025-04-10\n"
    "Only five Nordic and Baltic nations have pledged soldiers for a reassurance force in "
    "Ukraine after the fighting ends, AFP reported on Thursday, citing unnamed officials in "
    "Brussels.\n"
    "Most partners of Kyiv remain reluctant to promise anything before a ceasefire, the agency "
    "said after defence ministers met at the alliance headquarters.\n"
    "Norway, Finland, Estonia, Latvia and Lithuania are among the five that have pledged to "
    "send troops, while Sweden and Denmark want a detailed mandate before committing.\n"
    "The officials said the mission's headquarters would sit in Vilnius for its first year.\n"
)
AGENCY_SPUN = (
    "Merely a handful of northern countries willing to give soldiers to Kyiv\n"
    "Published: 2025-04-11\n"
    "Just five Nordic and Baltic countries have thus far pledged personnel for the proposed "
    "reassurance force, AFP said, quoting unnamed officials in Brussels.\n"
    "The vast majority of backers stay hesitant to commit ahead of any ceasefire, according to "
    "the wire service, following a gathering of defence chiefs at the alliance headquarters.\n"
    "Per the French agency, Norway, Finland and the three Baltic republics are the ones "
    "willing to give forces; Sweden and Denmark seek a precise mandate first.\n"
    "Command of the operation would initially be located in Vilnius, it added.\n"
)


def _scorer(texts: list[str]) -> PairScorer:
    reports = [clean(RawReport(path=f"p{k}.txt", fmt="text", text=t)) for k, t in enumerate(texts)]
    sigs = signatures([r.clean_text for r in reports])
    keys = claim_keys(reports, [], [], None)
    return PairScorer(reports, [s for s, _ in sigs], keys, load_model())


def test_one_wire_story_spun_twice_joins() -> None:
    pair = _scorer([AGENCY_STORY, AGENCY_SPUN])
    assert pair.same_wire(0, 1)
    assert pair.features(0, 1)[1] >= _dedup.WIRE_COSINE  # type: ignore[operator]
    assert pair.score(0, 1) >= _dedup._COPY_LOGIT
    # without the rule the model alone would leave them apart
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_dedup, "WIRE_COSINE", None)
        alone = _scorer([AGENCY_STORY, AGENCY_SPUN])
        assert alone.score(0, 1) < load_model().threshold  # type: ignore[union-attr]


def test_a_wire_agencys_stories_days_apart_or_a_national_agency_do_not_join() -> None:
    later = _scorer([AGENCY_STORY, AGENCY_SPUN.replace("2025-04-11", "2025-04-16")])
    assert not later.same_wire(0, 1)
    assert later.score(0, 1) < _dedup._COPY_LOGIT
    # a national agency writes many stories of its own: no wire
    national = _scorer([AGENCY_STORY.replace("AFP", "Ukrinform"),
                        AGENCY_SPUN.replace("AFP", "Ukrinform")])
    assert not national.same_wire(0, 1)


AGENCY_ABSTRACT = (
    "Five Nordic and Baltic states pledge troops\n"
    "Published: 2025-04-10\n"
    "Only five Nordic and Baltic nations have pledged soldiers for a reassurance force in "
    "Ukraine, AFP reported, citing unnamed officials in Brussels; Sweden and Denmark want a "
    "mandate first.\n"
)


def test_a_short_abstract_of_a_wire_story_joins_its_long_rewrite() -> None:
    with pytest.MonkeyPatch.context() as mp:
        # the cosine branch out of the way: the containment alone joins them
        mp.setattr(_dedup, "WIRE_COSINE", 1.01)
        pair = _scorer([AGENCY_ABSTRACT, AGENCY_STORY + AGENCY_LATER_PARAGRAPHS])
        assert pair.same_wire(0, 1)
        assert pair.contained(0, 1) >= _dedup._WIRE_CONTAINED
        assert pair.contained(0, 1) > pair.features(0, 1)[1]  # the long one's other words
        assert pair.score(0, 1) >= _dedup._COPY_LOGIT
        # the same abstract beside another story of the agency shares too little
        other = _scorer([AGENCY_ABSTRACT, AGENCY_OTHER])
        assert other.same_wire(0, 1)
        assert other.contained(0, 1) < _dedup._WIRE_CONTAINED
        assert other.score(0, 1) < _dedup._COPY_LOGIT


AGENCY_LATER_PARAGRAPHS = (
    "Diplomats said the talks on air cover had stalled over who would pay for the patrols and "
    "how long the aircraft would stay over western regions.\n"
    "A second meeting of chiefs of staff is planned in London next month, when planners hope to "
    "present a first list of units, field hospitals and engineering teams.\n"
    "Several governments said their parliaments would have to vote before any deployment, and "
    "two coalition partners asked for a review of the rules of engagement.\n"
    "Analysts in Warsaw and Prague questioned whether the pledges could be sustained through "
    "winter rotations, pointing to shortages of armoured vehicles, drones and spare parts.\n"
    "Opposition lawmakers in Oslo demanded a full costing of the mission, while the finance "
    "ministry published estimates covering fuel, housing, medical evacuation and insurance.\n"
    "Commentators recalled earlier peacekeeping deployments in the Balkans and the Sinai, "
    "noting that mandates, exit strategies and command chains were settled in advance there.\n"
    "Veterans' associations welcomed the debate but urged ministers to publish casualty "
    "planning assumptions, rotation lengths and family support measures before any vote.\n"
)
AGENCY_OTHER = (
    "Coalition chiefs to meet in London on air cover\n"
    "Published: 2025-04-10\n"
    "Military chiefs of the coalition will meet in London next month to discuss air cover for "
    "Ukraine, AFP reported, citing a defence ministry spokesman.\n"
    "The meeting will look at field hospitals, engineering teams and the rules of engagement, "
    "the spokesman said.\n"
)
