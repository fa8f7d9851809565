"""Harder phrasings probe (nominalisations, passives, lists, participation verbs)."""
import sys, tempfile, pathlib, itertools, collections
sys.path.insert(0, sys.argv[1] + "/tests/evidence"); sys.path.insert(0, sys.argv[1] + "/src")
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from scored import stance_pairs
T = [("{N}'s readiness to send troops to Ukraine was welcomed by Kyiv.", {"ready"}),
     ("{N}'s offer to send troops to Ukraine was welcomed by Kyiv.", {"ready"}),
     ("{N}'s refusal to send troops to Ukraine angered Kyiv.", {"declines"}),
     ("The {A} government's decision to send troops to Ukraine was approved.", {"ready"}),
     ("{A} troops will be deployed to Ukraine after a ceasefire, {L} said.", {"ready"}),
     ("{A} soldiers could be part of the reassurance force, {L} said.", {"open"}),
     ("No {A} soldiers will be sent to Ukraine, {L} said.", {"declines"}),
     ("{N} and Portugal are ready to send troops to Ukraine.", {"ready"}),
     ("Portugal, Belgium and {N} have said they would send troops to Ukraine.", {"ready"}),
     ("{N} said it was ready to send troops, but only with US backing.", {"ready"}),
     ("{L} has offered troops for the reassurance force.", {"ready"}),
     ("{N} is among the countries ready to send troops to Ukraine.", {"ready"}),
     ("Countries ready to send troops include Portugal and {N}.", {"ready"}),
     ("{N} signalled it would take part in the reassurance force.", {"ready"}),
     ("{N} said it would participate in the reassurance force in Ukraine.", {"ready"}),
     ("{N} will not take part in the reassurance mission in Ukraine.", {"declines"}),
     ("{N} will contribute personnel to the Multinational Force Ukraine.", {"ready"}),
     ("{N} announced it will join the Multinational Force Ukraine.", {"ready"}),
     ("{N} is sceptical about sending troops to Ukraine.", {"undecided"}),
     ("{N} has expressed reservations about deploying troops to Ukraine.", {"undecided"}),
     ("{N} will stay out of the reassurance force.", {"declines"}),
     ("{N} wants to send troops to Ukraine.", {"open"}),
     ("{L} said {A} participation in the force was out of the question.", {"declines"}),
     ("{L} did not rule out a {A} contribution to the force.", {"open"}),
     ("A {A} contribution to the force is possible, {L} said.", {"open"}),
     ("{N} has yet to decide whether it will send troops to Ukraine.", {"undecided"}),
     ("{N} has not decided whether to join the force.", {"undecided"}),
     ("{N} is prepared to put boots on the ground in Ukraine.", {"ready"}),
     ("{N} would be willing to deploy troops if the US provides a backstop.", {"ready", "conditional"}),
     ("Any deployment of {A} troops would need the approval of parliament, {L} said.", {"conditional"}),
     ("{N} could send troops, provided there is a UN mandate.", {"open", "conditional"}),
     ("{L} pledged that {N} would send a battalion to Ukraine.", {"ready"}),
     ("{L} promised troops for the force in Ukraine.", {"ready"}),
     ("{N} has earmarked 1,000 soldiers for the force in Ukraine.", {"ready"}),
     ("{N} is expected to send troops to Ukraine.", set()),
     ("{N} is likely to contribute troops to the force.", set()),
     ("{N} remains undecided on sending troops.", {"undecided"}),
     ("{N} said it was premature to discuss sending troops.", {"undecided"}),
     ("{N} has said it will not deploy ground forces to Ukraine.", {"declines"}),
     ("{N} is ready to contribute to a reassurance force for Ukraine.", {"ready"}),
     ]
NAT = [("Germany", "DEU", "German", "Chancellor Friedrich Merz"), ("Spain", "ESP", "Spanish", "Prime Minister Pedro Sanchez"),
       ("Finland", "FIN", "Finnish", "President Alexander Stubb"), ("Sweden", "SWE", "Swedish", "Prime Minister Ulf Kristersson")]
d = pathlib.Path(tempfile.mkdtemp())
bad = 0
for t, want in T:
    res = []
    for n, iso, adj, lead in NAT:
        text = t.format(N=n, A=adj, L=lead)
        got = {st for x, st in stance_pairs(d, text) if x == iso}
        res.append((got == want, sorted(got)))
    ok = sum(r[0] for r in res)
    if ok < len(NAT):
        bad += 1
        print(f"{ok}/{len(NAT)} want {sorted(want)} {t}  got {[r[1] for r in res]}")
print("templates failing:", bad, "of", len(T))
