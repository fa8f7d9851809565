"""Session 23's rules, each beside the reading it must not break. The sentences are the project's
own words: probes of common news shapes, and classes of misses from set 48 (scored first, then
read), never a real report's sentence.

Stances:
- "X is unlikely to send troops", "It is unlikely that X will send troops": declines, as "X's
  participation is unlikely" (15q) already was; "expected to" stays an offer;
- an ellipsis after a stance: ", and so is X", ", and neither will X", ", nor does X" (as s22's
  ", as have X");
- "the only country besides (apart from, other than) X" and "besides X, Y has also ...": X
  holds the stance too; "all countries except X" does not give it to X;
- a bare "will not participate" after troops named earlier in its sentence (after ":", "but",
  ";"): declines;
- "against the participation of Bulgarian soldiers", "against Bulgarian participation":
  declines, where a pledge noun after "against" had read as ready;
- "Germany has no such plans." after a sentence on troops: declines;
- forces "near Ukraine" or "in neighbouring countries (Poland)": no offer (forces based in a named
  neighbour stay an offer, as 15t read them);
- "X cannot say whether it will send its troops": undecided (not when the question is another
  nation's sending);
- "too soon to speak of the number of troops X may send": undecided, not open;
- a condition after a dash ("...—provided the US offers backing"): conditional;
- "British troops would be needed": a requirement, no offer;
- "ruled out any peace deal" after a troop cue: the deal refused, not the troops;
- (after set 49) a party's vote ("Reform UK will vote against the deployment of British
  troops"), a writer's doubt ("it seems unlikely that any troops will be sent") and another's
  dismissal of a nation's plan ("the US envoy dismissed Starmer's plan to send troops") give the
  named nation no refusal; "refrained from ruling out" is open, as "refuses to rule out" (15t); "nor will Slovakia ever send"
  refuses; a poll's share ("54% believe that Britain will have to send") is no stance.
Sizes:
- an army's own size ("the UK's total armed forces number approximately 147,000 personnel") is
  no force size, which the claim model had emitted;
- "the minimum 10,000 soldiers": a floor."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_claim_helpers import stance_pairs, troop_figures


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Japan is unlikely to send troops, given its constitution.", {("JPN", "declines")}),
    ("It is unlikely that Spain will send troops to Ukraine, officials in Madrid said.",
     {("ESP", "declines")}),
    ("It seems highly unlikely that Portugal would deploy soldiers to Ukraine.",
     {("PRT", "declines")}),
    ("Spain unlikely to commit troops to a Ukraine peacekeeping force.", {("ESP", "declines")}),
    # must not break
    ("Germany is expected to contribute troops to the reassurance force.", {("DEU", "ready")}),
    ("Poland is not expected to contribute soldiers to the force.", {("POL", "declines")}),
    ("Italy will not deploy soldiers to Ukraine, Prime Minister Giorgia Meloni said.",
     {("ITA", "declines")}),
    ("Britain is ready to send troops, though a deployment is unlikely before a ceasefire.",
     {("GBR", "ready")}),
])
def test_unlikely_is_a_refusal(tmp_path: Path, sentence: str, expected: set[tuple[str, str]]) -> None:
    assert stance_pairs(tmp_path, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Britain is ready to send troops, and so is France.", {("GBR", "ready"), ("FRA", "ready")}),
    ("Germany will not send troops, and neither will Italy.",
     {("DEU", "declines"), ("ITA", "declines")}),
    ("Poland has ruled out sending soldiers, and so has Hungary.",
     {("POL", "declines"), ("HUN", "declines")}),
    ("Spain does not plan to send troops, nor does Portugal.",
     {("ESP", "declines"), ("PRT", "declines")}),
    ("Besides the UK, France is the only country ready to deploy troops.",
     {("FRA", "ready"), ("GBR", "ready")}),
    ("Denmark remains the only nation besides Norway to publicly declare its readiness to deploy "
     "troops to Ukraine.", {("DNK", "ready"), ("NOR", "ready")}),
    ("France is the only country other than Britain willing to send troops to Ukraine.",
     {("FRA", "ready"), ("GBR", "ready")}),
    ("Besides Poland, Hungary has also ruled out sending troops.",
     {("HUN", "declines"), ("POL", "declines")}),
    # must not break
    ("Britain is ready to send troops, as is France.", {("GBR", "ready"), ("FRA", "ready")}),
    ("Britain is ready to send troops, and France is hosting the talks.", {("GBR", "ready")}),
    ("All countries except Hungary are ready to send troops.", set()),
])
def test_ellipsis_and_besides_share_the_stance(tmp_path: Path, sentence: str,
                                               expected: set[tuple[str, str]]) -> None:
    assert stance_pairs(tmp_path, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A force of 12,000 troops looks hard to raise: Germany, Italy, Spain and Poland will not "
     "participate.",
     {("DEU", "declines"), ("ITA", "declines"), ("ESP", "declines"), ("POL", "declines")}),
    ("Europe wants to send troops to Ukraine, but Poland will not participate.",
     {("POL", "declines")}),
    ("Radev spoke out against the participation of Bulgarian soldiers in the operation.",
     {("BGR", "declines")}),
    ("Bulgaria is against participation in the mission.", {("BGR", "declines")}),
    ("France and Britain are ready to send troops. Germany has no such plans.",
     {("FRA", "ready"), ("GBR", "ready"), ("DEU", "declines")}),
    # must not break: no troops named, no refusal of them
    ("Poland will not participate.", set()),
    ("Poland will not participate in the talks.", set()),
    ("Germany has no such plans.", set()),
    ("Radev is against sending troops.", {("BGR", "declines")}),
])
def test_bare_and_nominal_refusals(tmp_path: Path, sentence: str,
                                   expected: set[tuple[str, str]]) -> None:
    assert stance_pairs(tmp_path, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Germany is considering deploying forces near Ukraine, such as in Poland or Romania.", set()),
    ("Germany is ready to deploy troops in neighbouring countries.", set()),
    ("Berlin could base its forces in neighboring Poland or Slovakia, officials said.", set()),
    ("Luxon said New Zealand is weighing joining a peacekeeping mission in Ukraine but ruled "
     "out any peace deal imposed by Russia.", {("NZL", "open")}),
    ("Belgium cannot yet say whether it will send its soldiers to the force.",
     {("BEL", "undecided")}),
    ("It is too soon to talk about how many soldiers Latvia may send to Ukraine for a "
     "peacekeeping mission, the prime minister said.",
     {("LVA", "undecided")}),
    ("Britain and France say they are willing to station troops in Ukraine after a truce—"
     "provided the US gives its backing to the mission.",
     {("FRA", "ready"), ("FRA", "conditional"), ("GBR", "ready"), ("GBR", "conditional")}),
    ("Former army chiefs believe between 5,000 and 10,000 British troops would be needed.", set()),
    # must not break
    ("Germany could station troops in Poland to support the mission.", {("DEU", "open")}),
    ("Germany is considering deploying troops to Ukraine and Poland.", {("DEU", "open")}),
    ("Austria backed the statement, but did not say whether Slovenia would send any forces.",
     set()),
    ("Sweden has not decided whether to send troops to Ukraine.", {("SWE", "undecided")}),
    ("Latvia may send troops to Ukraine.", {("LVA", "open")}),
    ("British troops would be deployed to Ukraine after a ceasefire.", {("GBR", "ready")}),
])
def test_where_when_and_whether(tmp_path: Path, sentence: str,
                                expected: set[tuple[str, str]]) -> None:
    assert stance_pairs(tmp_path, sentence) == expected


@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Italy's armed forces number roughly 165,000 personnel in all, a third of them in the "
     "navy.", set(), {("european_force", 165000.0, 165000.0)}),
    ("The mission's weak point: even the minimum 12,000 soldiers will be hard to assemble.",
     {("european_force", 12000.0, None)}, {("european_force", 12000.0, 12000.0)}),
    # must not break
    ("A minimum of 10,000 soldiers would be needed for the mission.",
     {("european_force", 10000.0, None)}, set()),
    ("Britain could send up to 10,000 troops to the reassurance force.",
     {("contribution:GBR", None, 10000.0)}, set()),
])
def test_army_sizes_and_floors(tmp_path: Path, text: str, expected: set, absent: set) -> None:
    got = troop_figures(tmp_path, text)
    assert expected <= got
    assert not (absent & got)


@pytest.mark.parametrize(("sentence", "expected"), [
    # after set 49: each reading below had been given by a rule of sets 48 or 22
    ("The opposition party Reform UK says it would vote against any deployment of British "
     "soldiers to Ukraine.", set()),
    ("Latvia promised to send a platoon of Latvian soldiers to the force, but it now looks "
     "unlikely that any troops will be sent.", {("LVA", "ready")}),
    ("A Kremlin adviser dismissed Prime Minister Mette Frederiksen's plan to send troops to "
     "police a truce.", {("DNK", "ready")}),
    ("German officials have cautiously refrained from ruling out involvement in the force.",
     {("DEU", "open")}),
    ("Orban will not back Ukraine's accession, nor will Hungary ever send its soldiers to "
     "Ukraine, his spokesman said.", {("HUN", "declines")}),
    ("Some 61% think that France will have to send a contingent to Ukraine, while 22% "
     "disagree.", set()),
    ("A poll found 43 percent of Britons support sending troops to Ukraine.", set()),
    # must not break
    ("Britain is ready to send 10% of its army to Ukraine.", {("GBR", "ready")}),
    ("The Bulgarian parliament voted against the deployment of Bulgarian troops.",
     {("BGR", "declines")}),
    ("Ankara dismisses speculation that it may deploy troops to Ukraine.", {("TUR", "declines")}),
    ("Japan is unlikely to send troops, given its constitution.", {("JPN", "declines")}),
])
def test_parties_writers_and_envoys_hold_no_nation_stance(tmp_path: Path, sentence: str,
                                                         expected: set[tuple[str, str]]) -> None:
    assert stance_pairs(tmp_path, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # after sets 50 and 51 (state O, weighed on set 52 before it ships)
    ("Starmer said he was prepared to consider committing British forces to Ukraine.",
     {("GBR", "open")}),
    ('Finland\'s president said Finland was "open-minded" on the peacekeeping idea.',
     {("FIN", "open")}),
    ("Any troop deployment is still disputed, with countries like Austria expressing "
     "reservations.", {("AUT", "undecided")}),
    ("Sweden backs a deployment of peacekeepers, while countries like Germany, Spain, Italy "
     "and Poland have distanced themselves from the idea.",
     {("DEU", "declines"), ("ESP", "declines"), ("ITA", "declines"), ("POL", "declines")}),
    # must not break
    ("Britain will consider providing air cover.", set()),
    ("Sweden is open-minded about the talks.", set()),
    ("Germany expressed reservations.", set()),
    ("Germany distanced itself from the comments.", set()),
    ("Romania has distanced itself from talk of sending troops.", set()),
])
def test_weighing_doubting_and_distancing(tmp_path: Path, sentence: str,
                                          expected: set[tuple[str, str]]) -> None:
    assert stance_pairs(tmp_path, sentence) == expected
