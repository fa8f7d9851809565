"""Issue 15z: transfer-guarded stance rules (round 12, session 10). Each class below was seen in
the errors of at least two of the real held-out sets 10, 11 and 12 (docs/evidence.md §11,
"round 12"); each is shown on made-up sentences both ways (the phrasing that must give the
stance, and a near miss that must not). The sentences are the project's own words (no report
text).

- H1: a likelihood denied before the cue ("is highly unlikely to join") is a refusal, and the
  likelihood of another verb ("is unlikely to differ") denies nothing;
- H2: indecision said without a troop word after a sentence on the troops ("Other countries,
  including A and B, are so far undecided"), as an idiom ("on the fence"), as an embedded
  question ("it remains unclear whether A would deploy troops") or as an offer not made so far
  ("have so far not offered to join the force");
- H3: a commitment whose object stands for the sentence before ("committed to the idea");
- H4: "will play its part in that" after a security guarantee is no troop offer;
- S2: a signed document whose content is a participle ("an agreement committing to boots on the
  ground");
- C1: the plan's condition in a sentence of its own ("That plan depends on persuading the US
  president ..."), for the nations of the offer before it;
- R1: a refusal of a place or a role only ("will not commit forces to the frontline") is no
  refusal to send;
- N1: a nation adjective in the share a nation's official offers ("offering a Dutch contribution
  of 500 soldiers");
- S10: "not presently 'planning any such actions'" (an adverb and a quote mark inside the cue),
  "is not planning any action of this type" after a sentence on the troops, a rewriter's
  "troopers";
- S5: "only within a NATO framework" is a condition (not "only within a month");
- S3: a decision put off — "such a decision would depend on the negotiations" (for the nation
  the sentence gave a stance before), "before a decision is made" after a sentence on the
  nation's forces, "would decide on a commitment only when ...";
- S14: "his readiness to send Dutch troops" after the Dutch speaker is named: the nation whose
  troops are sent;
- S4: "if a deal to end the conflict is struck" is the force's premise (a peace deal in other
  words), no condition;
- S7: "no plans to send troops, but could participate in activities to ..." is a task of its
  own, not the troops placed elsewhere;
- S16: "a cautious stance regarding the EU summit" is caution about another matter;
- T22: the figure a nation's official asks others for ("asked his counterparts if they could
  mobilise 40,000 troops") is the force's size, not that nation's contribution.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reassure.evidence import build_ledger

STANCE_CASES = [
    # H1: a denied likelihood
    ("Austria is unlikely to join any European peacekeeping force after a ceasefire.",
     {("AUT", "declines")}),
    ("Several nations are ready to send troops to the force. Both Austria and Greece are "
     "highly unlikely to join given their ties with Moscow.", {("AUT", "declines"),
                                                               ("GRC", "declines")}),
    ("Austria's participation in the force is unlikely.", {("AUT", "declines")}),
    # near miss: the likelihood of another verb
    ("Austria's participation in peacekeeping operations is unlikely to differ much in size "
     "from its earlier missions.", {("AUT", "ready")}),
    # H2: indecision carried by the sentence before, an idiom, an embedded question
    ("Several nations are ready to send troops to the force. Other countries, including Austria "
     "and Greece, are so far undecided.", {("AUT", "undecided"), ("GRC", "undecided")}),
    ("Portugal could send troops to the force. Countries like Austria and Greece are cautious "
     "about making big moves before their elections.",
     {("PRT", "open"), ("AUT", "undecided"), ("GRC", "undecided")}),
    ("Many nations, such as Spain and Portugal, have remained on the fence about sending "
     "troops.", {("ESP", "undecided"), ("PRT", "undecided")}),
    ("It remains unclear whether Canada would deploy troops to Ukraine.",
     {("CAN", "undecided")}),
    ("Austria and Greece are among those which have so far not offered to join the force.",
     {("AUT", "undecided"), ("GRC", "undecided")}),
    ("Austria has not offered to send troops.", {("AUT", "undecided")}),
    # near misses: a person's words, not a nation; no troops before; the question about aid
    ("Ottawa could send troops to the force. Carney's comments were very cautious.",
     {("CAN", "open")}),
    ("The talks went on all day. Other countries, including Austria and Greece, are so far "
     "undecided.", set()),
    ("It remains unclear whether Canada would send more money to Kyiv.", set()),
    # H3: the anaphoric object of a commitment
    ("Leaders agreed that some countries would send a reassurance force to Ukraine. Britain and "
     "France were still the only countries who have committed to the idea.",
     {("GBR", "ready"), ("FRA", "ready")}),
    ("Leaders discussed sanctions. Britain and France have committed to the idea.", set()),
    # H4: a part in the guarantee, not in the force
    ("If there is peace, there must be some security guarantee for Ukraine, and Britain will "
     "play its part in that, the prime minister said.", set()),
    ("Britain will send troops as a guarantee, and France will play its part in that.",
     {("GBR", "ready"), ("FRA", "ready")}),
    # S2: the document's content as a participle
    ("On Tuesday, Britain and France signed a historic agreement committing to boots on the "
     "ground in Ukraine as soon as any ceasefire comes into place.",
     {("GBR", "ready"), ("FRA", "ready")}),
    ("Britain and France signed an agreement committing to more funding for Kyiv.", set()),
    # C1: the plan's condition in a later sentence
    ("Britain and France plan to send troops to Ukraine, a newspaper reported. However, that "
     "plan depends on persuading the US president to commit to a limited American role, the "
     "report said.", {("GBR", "ready"), ("FRA", "ready"), ("GBR", "conditional"),
                      ("FRA", "conditional")}),
    ("Belgium and Austria are considering sending peacekeepers to Ukraine. The plan hinges on "
     "securing a commitment from Washington.", {("BEL", "open"), ("AUT", "open"),
                                                ("BEL", "conditional"), ("AUT", "conditional")}),
    # near misses: no condition named; a premise in a question
    ("Britain and France plan to send troops. The plan depends on the weather.",
     {("GBR", "ready"), ("FRA", "ready")}),
    # R1: a place refused, not sending
    ("Austria is prepared to send troops to Ukraine to help guard its ports, though it will not "
     "commit forces to the frontline, officials said.", {("AUT", "ready")}),
    ('"Dutch forces will not be demarcation forces," the general said.', set()),
    ("Spain will not send troops to Ukraine.", {("ESP", "declines")}),
    # N1: the offered share named by a nation adjective
    ("Dutch defence chief Jan Smit floated the idea of a 40,000-strong force for Ukraine, "
     "offering a Dutch contribution of up to 5,000 personnel.", {("NLD", "ready")}),
    ("The Dutch minister welcomed the plan, offering Dutch support for the talks.", set()),
    # S10: an adverb and a quote mark inside "not planning any such actions"
    ("Czech Prime Minister Petr Novak said he had discussed posting soldiers in Ukraine after a "
     "ceasefire, but that Prague was not presently \u201cplanning any such actions\u201d.",
     {("CZE", "declines")}),
    ("Czech Prime Minister Petr Novak said he went over the chance of posting worldwide "
     "troopers in Ukraine, but that Prague was not presently \u201cplanning any such "
     "actions\u201d.", {("CZE", "declines")}),
    ("Novak spoke about the possible presence of troops of one country or another in Ukraine. "
     "The Czech leader, however, said that Prague is not planning any action of this type.",
     {("CZE", "declines")}),
    ("Greece said nothing like that is planned for its navy.", set()),
    # S5: the frame the troops would serve in, not a span of time
    ("Greece would take part in such a mission only within a NATO framework.",
     {("GRC", "ready"), ("GRC", "conditional")}),
    ("Greece would send troops only within a month.", {("GRC", "ready")}),
    # S3: a decision put off
    ("Finnish Prime Minister Aino Virta indicated Finland is willing to consider participation in "
     "post-war peacekeeping efforts, though she stressed that such a decision would depend on "
     "the progress of the negotiations.", {("FIN", "open"), ("FIN", "conditional"),
                                          ("FIN", "undecided")}),
    ("Finnish Prime Minister Aino Virta said Finland is considering taking part in post-war "
     "peacekeeping forces in Ukraine. She added that the negotiations must be concluded before a "
     "decision is made.", {("FIN", "open"), ("FIN", "undecided")}),
    ("Austria and other countries said they would be involved in that effort. But Vienna said it "
     "would decide on a military commitment only when the conditions were clear.",
     {("AUT", "undecided")}),
    # near misses: no nation named as the speaker; a decision on something else
    ("Finland is ready to send troops. He added that the talks must end before a decision is "
     "made on the tariffs.", {("FIN", "ready")}),
    ("Austria said it would decide on its budget next year.", set()),
    # S4: a peace deal in other words is the premise
    ("Belgium and Austria reiterated their commitment to deploy troops to deter Russia if a deal "
     "to end the conflict is struck.", {("BEL", "ready"), ("AUT", "ready")}),
    ("Norway will send troops if a deal to end the war is struck and the US provides a "
     "backstop.", {("NOR", "ready"), ("NOR", "conditional")}),
    # S7: a task of its own after "but"
    ("Greek Prime Minister Nikos Vlachos said the country has no plans to send troops to "
     "Ukraine, but could participate in activities to search for mines at sea.",
     {("GRC", "declines")}),
    ("Spain ruled out deploying forces inside Ukraine but indicated it could contribute from "
     "neighbouring territory.", {("ESP", "declines"), ("ESP", "open")}),
    # S16: caution about another matter
    ("Austria adopted a cautious stance regarding Thursday's EU summit, where leaders will "
     "debate whether to raise funds.", set()),
    ("Austria is cautious about sending troops.", {("AUT", "undecided")}),
    # S14: the nation whose troops are sent, named before
    ("The remark followed Dutch Prime Minister Jan Smit's statement about his readiness to send "
     "Dutch troops to Ukraine to keep the peace.", {("NLD", "ready")}),
    ("Officials discussed the readiness to send Dutch troops.", set()),
]


@pytest.mark.parametrize(("text", "expected"), STANCE_CASES)
def test_issue15z_stances(scored_stances: Callable[[str], set[tuple[str, str]]], text: str,
                          expected: set[tuple[str, str]]) -> None:
    assert scored_stances("Title\n\n" + text) == expected


@pytest.mark.parametrize(("text", "subject"), [
    ("The Dutch chief of defence reportedly asked his European counterparts if they could "
     "mobilise 40,000 troops for a force in Ukraine.", "european_force"),
    ("Asked if it could send troops, the Netherlands said it would send 1,000 troops to the "
     "force in Ukraine.", "contribution:NLD"),
])
def test_issue15z_force_asked_of_others(tmp_path: Path, text: str, subject: str) -> None:
    (tmp_path / "r.txt").write_text("Title\n\n" + text + "\n", encoding="utf-8")
    got = {c.subject for c in build_ledger([tmp_path], jobs=1).claims if c.unit == "troops"}
    assert got == {subject}
