"""Session 26's readings, written from misses that recur across several in-sample sets (54a, 55c,
58c, 59b, 60a: analysis pieces heavy with numbers) before set 61 was scored (docs/evidence.md §10
"Session 26"); the sentences are the project's own.

- a troop figure something "would need" with no nation owning it is the force's size ("N troops
  would be needed", "the operation will require N troops"); "N troops from allied nations" too;
- "As Zelensky has said, a force of N ..." is Ukraine's request;
- a nation that backs "European commitments" to deploy N does not own N;
- an offer cue inside the same nation's doubt ("expressed reluctance to participate in the
  force") is no offer, and one after a decision word ("will decide on its participation") is
  undecided.

Then, after set 61 was scored (its misses, and the same phrasings in sets 57-60):
- a word of need alone ("require", "necessary") is Ukraine's request only when Ukraine says or
  needs it ("given Ukraine's front line, a force would require 100,000" is the force's size);
- "N troops or more" is at least N; "spoken of a possible N to M troops" is a size discussed;
- a nation's word on taking part, with the force named in the sentence or the one before:
  declined / will not take part (declines), reluctance / doubts (undecided), interest / spoken
  about (open), for every nation of the list, across an aside set off by commas.

And after set 62 was scored:
- "the forces that the UK and France plan to deploy" makes the planners ready;
- "Germany would decide later once ..." is undecided; nations active "without committing any of
  their own forces" decline (the force named);
- "the British force could be as large as N" is Britain's contribution, at most N; "a mission
  in a warring Ukraine will require ..." is no request of Ukraine's.

And after set 63: "Zelenskyy has indicated that ... would require N" is Ukraine's request (a
word of saying between Ukraine and the figure)."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import stance_pairs, troop_figures

_FORCE = "European leaders discussed a peacekeeping force for Ukraine."

SIZE_CASES = [
    # a figure something would need, nobody's army
    ("To keep Moscow from attacking again, up to 150,000 soldiers may be needed in Ukraine, "
     "with American planes overhead.", {("european_force", None, 150000.0)}),
    ("Analysts discussed the ceasefire. With a front that long, a minimum of 150,000-180,000 "
     "troops will be needed to keep the peace.",
     {("european_force", 150000.0, 180000.0)}),
    ("Some 20,000 troops from allied nations are expected to be deployed to Ukraine, which "
     "critics call too few.", {("european_force", 20000.0, 20000.0)}),
    # ... must not break: an army's own need, a nation's need
    ("Russia would need 300,000 troops to take Kyiv.", {("russian_forces", 300000.0, 300000.0)}),
    ("Ukraine's army needs 100,000 more soldiers to hold the front.", set()),
    # the figure Zelensky gave, opened by "As"
    ("As Zelensky has stressed, a force of about 200,000 troops would be essential to hold any "
     "truce.",
     {("ukraine_request", 200000.0, 200000.0)}),
    # ... must not break: another speaker's "As ... said"
    ("As Britain has said, a force of 30,000 troops would be enough.",
     {("european_force", 30000.0, 30000.0)}),
    # European commitments a nation backs
    ("The US has welcomed European commitments to send tens of thousands of troops to Ukraine.",
     {("european_force", 10000.0, 100000.0)}),
    # ... must not break: the nation's own figure
    ("Britain will send 10,000 troops to Ukraine.", {("contribution:GBR", 10000.0, 10000.0)}),
    # a word of need is Ukraine's request only when Ukraine says or needs it
    ("Because of Ukraine's long front line, a credible force would probably require at least "
     "100,000 peacekeepers.", {("european_force", 100000.0, None)}),
    # ... must not break: Ukraine's own need or word (read as its request before the rule too)
    ("Zelensky estimates that 200,000 troops would be needed to police a truce.",
     {("ukraine_request", 200000.0, 200000.0)}),
    ("Ukraine needs at least 200,000 troops, Zelensky said.", {("ukraine_request", 200000.0, None)}),
    ("According to Zelensky, at least 110,000 troops are necessary.",
     {("ukraine_request", 110000.0, None)}),
    # "or more"; a size spoken of
    ("Experts say a force of 200,000 troops or more would be needed.",
     {("european_force", 200000.0, None)}),
    ("British officials have spoken of a possible 10.000 to 30.000 troops in all.",
     {("european_force", 10000.0, 30000.0)}),
    # a nation's own force sized; a place is not who needs
    ("Defence analysts think the British force in Ukraine could be as large as 15,000 "
     "personnel.", {("contribution:GBR", None, 15000.0)}),
    ("The French contingent would number about 5,000 troops.",
     {("contribution:FRA", 5000.0, 5000.0)}),
    ("Keeping a 30,000-strong mission in a warring Ukraine will require money the EU lacks.",
     {("european_force", 30000.0, 30000.0)}),
    # (set 63) Zelensky's word of saying before the figure: his request before the need rule,
    # lost to it on set 63, kept again
    ("Zelensky has indicated that guarding the contact line would require around 100,000 "
     "troops.", {("ukraine_request", 100000.0, 100000.0)}),
    # ... must not break
    ("The European force would number about 30,000 troops.",
     {("european_force", 30000.0, 30000.0)}),
]

STANCE_CASES = [
    ("Poland and Greece have expressed reluctance to participate in the force.",
     {("POL", "undecided"), ("GRC", "undecided")}),
    ("Germany will decide on its participation in the force only after a ceasefire.",
     {("DEU", "undecided")}),
    # ... must not break
    ("Germany is ready to participate in the force.", {("DEU", "ready")}),
    ("Poland has refused to send troops, but Sweden is ready to participate in the force.",
     {("POL", "declines"), ("SWE", "ready")}),
    # a word on taking part, the force named in the sentence before
    (_FORCE + " Since then, Germany, Poland, Spain, and Italy have declined or shown "
     "reluctance to take part.",
     {("DEU", "declines"), ("POL", "declines"), ("ESP", "declines"), ("ITA", "declines")}),
    (_FORCE + " Countries such as Italy or Croatia have voiced doubts about participation in "
     "such a venture.", {("ITA", "undecided"), ("HRV", "undecided")}),
    (_FORCE + " Countries such as the Czech Republic and Slovenia have spoken openly about "
     "participating.", {("CZE", "open"), ("SVN", "open")}),
    ("Several European nations, including Germany, Spain, and Italy, have so far declined troop "
     "commitments, preferring to give money and training.",
     {("DEU", "declines"), ("ESP", "declines"), ("ITA", "declines")}),
    # ... must not break: no force named; a "whether"; an adjective; an aside between dashes
    ("Germany and Italy have expressed doubts about participating in the summit.", set()),
    (_FORCE + " Germany said it was not yet clear whether it would take part.", set()),
    (_FORCE + " The French president talked about participating nations sending troops each.",
     set()),
    ("Defence chiefs say the UK cannot meet its present tasks – even before any involvement in a "
     "Ukraine peacekeeping force – on this budget.", set()),
    # the planners of a relative clause; a decision put off; "without committing"
    ("Washington will not back the forces that the United Kingdom and France plan to deploy "
     "once the war ends.", {("GBR", "ready"), ("FRA", "ready")}),
    (_FORCE + " The chancellor said Germany would decide later once the details were known.",
     {("DEU", "undecided")}),
    ("Finland and Poland have backed a peacekeeping presence without committing any of their "
     "own forces.", {("FIN", "declines"), ("POL", "declines")}),
    # ... must not break: a negated relative clause; no force named
    ("Analysts doubt the forces that Britain will not deploy matter.", set()),
    ("Germany would decide later once details of the trade deal are clearer.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SIZE_CASES)
def test_troop_sizes(tmp_path: Path, text: str,
                     expected: set[tuple[str, float | None, float | None]]) -> None:
    assert troop_figures(tmp_path, text) == expected


@pytest.mark.parametrize(("text", "expected"), STANCE_CASES)
def test_stances(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert stance_pairs(tmp_path, text) == expected
