"""More news-style phrasings (headlines, quotes, nominal stances, relative clauses, pronouns)."""
import sys, tempfile, pathlib
sys.path.insert(0, sys.argv[1] + "/tests/evidence"); sys.path.insert(0, sys.argv[1] + "/src")
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from scored import stance_pairs
T = [("{N} ready to send troops to Ukraine", {"ready"}),
     ("{N} rules out troops for Ukraine", {"declines"}),
     ("{N} says no to troops in Ukraine", {"declines"}),
     ("{N} open to sending troops to Ukraine", {"open"}),
     ("\"We are ready to send troops to Ukraine,\" {A} {T} {P} said.", {"ready"}),
     ("\"We will not send soldiers to Ukraine,\" {P} told reporters.", {"declines"}),
     ("{N}'s willingness to deploy troops to Ukraine was noted in Paris.", {"ready"}),
     ("{N}'s opposition to sending troops to Ukraine is well known.", {"declines"}),
     ("{A} reluctance to commit troops to Ukraine has frustrated London.", {"undecided"}),
     ("{N} is one of the countries that have offered troops for Ukraine.", {"ready"}),
     ("{N} was among those that pledged troops for the force.", {"ready"}),
     ("{N}, which has offered troops for the force, hosted the meeting.", {"ready"}),
     ("{N} has signalled it could contribute troops to the force.", {"open"}),
     ("{N} declined to commit troops to the force.", {"declines"}),
     ("{N} stopped short of committing troops to the force.", {"undecided"}),
     ("{N} would not commit troops to the force, {P} said.", {"declines"}),
     ("{A} {T} {P} spoke on Monday. {S} said {POS} country was ready to send troops to Ukraine.", {"ready"}),
     ("Troops from {N} could be deployed to Ukraine, {P} said.", {"open"}),
     ("{P} said {N} stood ready to deploy troops to Ukraine.", {"ready"}),
     ("{P} said {N} would \"not hesitate\" to send troops to Ukraine.", {"ready"}),
     ("{N} has said it will consider sending troops to Ukraine.", {"open"}),
     ("{N} has not committed to sending troops.", {"undecided"}),
     ("{N} is reluctant to send troops to Ukraine.", {"undecided"}),
     ("{N} has refused to commit troops to the force.", {"declines"}),
     ("{N} has volunteered troops for the force.", {"ready"}),
     ("{N} is poised to send troops to Ukraine.", {"ready"}),
     ("{N} has said it is willing, in principle, to send troops.", {"ready"}),
     ("{N}, along with Portugal, is ready to send troops to Ukraine.", {"ready"}),
     ("Both Portugal and {N} are ready to send troops to Ukraine.", {"ready"}),
     ("Neither Portugal nor {N} will send troops to Ukraine.", {"declines"}),
     ("{N} would send troops only under a UN mandate.", {"ready", "conditional"}),
     ("{N} said any deployment would require a vote in parliament.", {"conditional"}),
     ("{N} intends to take part in the Multinational Force Ukraine.", {"ready"}),
     ("{N} has confirmed it will contribute to the Multinational Force Ukraine.", {"ready"}),
     ("{N} will not be part of the reassurance force.", {"declines"}),
     ("{N} will be part of the reassurance force.", {"ready"}),
     ]
NAT = [("Denmark", "DNK", "Danish", "Prime Minister", "Mette Frederiksen", "She", "her"),
       ("Spain", "ESP", "Spanish", "Prime Minister", "Pedro Sanchez", "He", "his"),
       ("Finland", "FIN", "Finnish", "President", "Alexander Stubb", "He", "his")]
d = pathlib.Path(tempfile.mkdtemp()); bad = 0
for t, want in T:
    res = []
    for n, iso, adj, title, person, pro, pos in NAT:
        text = t.format(N=n, A=adj, T=title, P=person, S=pro, POS=pos)
        got = {st for x, st in stance_pairs(d, text) if x == iso}
        res.append((got == want, sorted(got)))
    ok = sum(r[0] for r in res)
    if ok < len(NAT):
        bad += 1; print(f"{ok}/{len(NAT)} want {sorted(want)} {t}  got {[r[1] for r in res]}")
print("templates failing:", bad, "of", len(T))
