"""Combinatorial probe: holder x predicate x object x tail -> which expected stances are missed."""
import sys, tempfile, pathlib, itertools, collections, json
sys.path.insert(0, sys.argv[1] + "/tests/evidence"); sys.path.insert(0, sys.argv[1] + "/src")
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from scored import stance_pairs
SUBJ = [("Germany", "DEU"), ("Merz", "DEU"), ("Berlin", "DEU"), ("The German government", "DEU"),
        ("German Chancellor Friedrich Merz", "DEU"), ("Sweden", "SWE"), ("The Netherlands", "NLD")]
PRED = [("is ready to send", "ready"), ("is prepared to deploy", "ready"), ("has pledged to send", "ready"),
        ("has offered to send", "ready"), ("plans to send", "ready"), ("intends to deploy", "ready"),
        ("supports sending", "ready"), ("is willing to contribute", "ready"), ("has agreed to send", "ready"),
        ("will send", "ready"), ("has committed to sending", "ready"), ("is in favour of deploying", "ready"),
        ("could send", "open"), ("may send", "open"), ("is considering sending", "open"),
        ("is open to sending", "open"), ("has not ruled out sending", "open"), ("is weighing sending", "open"),
        ("would consider sending", "open"), ("has not excluded sending", "open"),
        ("has ruled out sending", "declines"), ("will not send", "declines"), ("refuses to send", "declines"),
        ("has no plans to send", "declines"), ("opposes sending", "declines"), ("rejected sending", "declines"),
        ("is against sending", "declines"), ("does not intend to send", "declines"),
        ("says it is too early to talk about sending", "undecided"), ("has not yet decided whether to send", "undecided"),
        ("is hesitant about sending", "undecided")]
OWN = {"DEU": "German", "SWE": "Swedish", "NLD": "Dutch"}
OBJ = ["troops", "{own} troops", "its troops", "soldiers", "peacekeepers", "its own soldiers",
       "a contingent", "forces", "{own} soldiers", "thousands of {own} troops", "up to 5,000 troops"]
TAIL = [" to Ukraine.", " to Ukraine after a ceasefire.", " to a reassurance force for Ukraine."]
miss = collections.Counter(); tot = collections.Counter(); wrong = collections.Counter(); ex = {}
d = pathlib.Path(tempfile.mkdtemp())
for (s, iso), (p, want), o, t in itertools.product(SUBJ, PRED, OBJ, TAIL):
    if s == "The Netherlands" and p.startswith("is "): p = p.replace("is ", "is ", 1)
    text = f"{s} {p} {o.format(own=OWN[iso])}{t}"
    got = {st for n, st in stance_pairs(d, text) if n == iso}
    key = (p, o)
    tot[key] += 1
    if want not in got:
        miss[key] += 1; ex.setdefault(key, (text, sorted(got)))
    if got - {want, "conditional"}:
        wrong[key] += 1; ex.setdefault(("W",) + key, (text, sorted(got)))
print("total", sum(tot.values()), "missed", sum(miss.values()), "other-kind", sum(wrong.values()))
bypred = collections.Counter(); byobj = collections.Counter()
for (p, o), n in miss.items(): bypred[p] += n; byobj[o] += n
print("by predicate", bypred.most_common()); print("by object", byobj.most_common())
for k, n in sorted(miss.items(), key=lambda x: -x[1])[:40]: print(n, k, ex[k])
for k, n in sorted(wrong.items(), key=lambda x: -x[1])[:20]: print("WRONG", n, k, ex[("W",) + k])
