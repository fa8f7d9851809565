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
  ground").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

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
]


@pytest.mark.parametrize(("text", "expected"), STANCE_CASES)
def test_issue15z_stances(scored_stances: Callable[[str], set[tuple[str, str]]], text: str,
                          expected: set[tuple[str, str]]) -> None:
    assert scored_stances("Title\n\n" + text) == expected
