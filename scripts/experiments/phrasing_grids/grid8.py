"""(s31) Nested and context phrasings seen as classes in sets 74-83's misses, in the project's own words."""
import sys, tempfile, pathlib
sys.path.insert(0, sys.argv[1] + "/tests/evidence"); sys.path.insert(0, sys.argv[1] + "/src")
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from scored import stance_pairs
T = [("{N} has expressed willingness to consider sending troops to Ukraine.", {"open"}),
     ("Support reaches beyond Europe, with {N} and Portugal expressing willingness to consider troop deployment.", {"open"}),
     ("{N} has expressed an interest in joining the reassurance force.", {"open"}),
     ("{N} has voiced interest in contributing troops to the force.", {"open"}),
     ("{N} has signalled openness to sending troops to Ukraine.", {"open"}),
     ("{N}'s position on sending troops remains uncertain.", {"undecided"}),
     ("{N}'s stance on deploying troops remains unclear.", {"undecided"}),
     ("{N} said it is not considering sending its troops to Ukraine.", {"declines"}),
     ("{N} said it was not considering the idea of sending troops to Ukraine.", {"declines"}),
     ("{N} has expressed a wish to send troops to Ukraine.", {"open"}),
     ("{L} said {N} could play a part in the reassurance force.", {"open"}),
     ("{L} said {N} would consider contributing troops.", {"open"}),
     ("{N} is weighing whether to send troops to Ukraine.", {"open"}),
     ("{N} is mulling sending troops to Ukraine.", {"open"}),
     ("{N} is exploring options to contribute troops to the force.", {"open"}),
     ("{N} has signalled it is ready to deploy troops to Ukraine.", {"ready"}),
     ("{N} stands ready to deploy troops to Ukraine.", {"ready"}),
     ("{N} has refused to commit troops to the force.", {"declines"}),
     ("{N} has ruled out sending troops for now.", {"declines"}),
     ("{N} is reluctant to send troops to Ukraine.", {"undecided"}),
     ("{N} has been hesitant to commit troops.", {"undecided"}),
     ("{N} remains cautious about sending troops to Ukraine.", {"undecided"}),
     ("{N} will not rule out a troop deployment to Ukraine.", {"open"}),
     ("{N} is ready to send troops once a ceasefire is agreed.", {"ready"}),
     ("{N} is ready to contribute troops if parliament approves.", {"ready", "conditional"}),
     ("Troops from {N} could be deployed to Ukraine, {L} said.", {"open"}),
     ("{L} said he was open to the idea of {A} troops in Ukraine.", {"open"}),
     ("{N} has indicated that it will consider a troop contribution.", {"open"}),
     ("{N} is among the nations considering sending troops to Ukraine.", {"open"}),
     ("{N} said it would not be sending troops to Ukraine.", {"declines"}),
     ("{N} has no intention of sending troops to Ukraine.", {"declines"}),
     ("{N} is not planning to send soldiers to Ukraine.", {"declines"}),
     ("{N} said sending troops was not on the table.", {"declines"}),
     ("{N} said sending troops to Ukraine was not on the agenda.", {"declines"}),
     ("{N} has not yet taken a decision on sending troops.", {"undecided"}),
     ("{N} said a decision on sending troops would come later.", {"undecided"}),
     ("{L} said a decision on sending {A} troops would not be made immediately.", {"undecided"}),
     ("{N} said it would give consideration to sending troops.", {"open"}),
     ("{N} is open to contributing to the force.", {"open"}),
     ("{L} confirmed {N} is willing to send peacekeepers.", {"ready"}),
     ("{N} has indicated its readiness to deploy troops.", {"ready"}),
     ("{N} has expressed its readiness to send a contingent.", {"ready"}),
     ("{N} has said it is willing in principle to send troops.", {"ready"}),
     ("{N} would be prepared to consider sending troops.", {"open"}),
     ("{N} may send troops to Ukraine, {L} said.", {"open"}),
     ("{N} might contribute troops to the reassurance force.", {"open"}),
     ("{N} is considering a contribution of troops to the force.", {"open"}),
     ("{N} rejected calls to send troops to Ukraine.", {"declines"}),
     ("{N} rejected the idea of sending troops to Ukraine.", {"declines"}),
     ("{N} dismissed the idea of sending troops to Ukraine.", {"declines"}),
     ("{N} is against sending troops to Ukraine.", {"declines"}),
     ("{N} opposes sending troops to Ukraine.", {"declines"}),
     ("{N} has backed away from sending troops.", set()),
     ("{N} has not excluded sending troops to Ukraine.", {"open"}),
     ("{N} is open to the possibility of deploying troops.", {"open"}),
     ("{N} has said it is too soon to talk about sending troops.", {"undecided"}),
     ("{L} said it was too early to say whether {N} would send troops.", {"undecided"}),
     ]
NAT = [("Germany", "DEU", "German", "Chancellor Friedrich Merz"), ("Spain", "ESP", "Spanish", "Prime Minister Pedro Sanchez"),
       ("Finland", "FIN", "Finnish", "President Alexander Stubb"), ("Canada", "CAN", "Canadian", "Prime Minister Mark Carney")]
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
