"""Troop-size phrasing probe: formats x frames; expected (subject, low, high)."""
import sys, tempfile, pathlib, itertools
sys.path.insert(0, sys.argv[1] + "/tests/evidence"); sys.path.insert(0, sys.argv[1] + "/src")
from evidence_claim_helpers import troops_in
FMT = [("25,000", (25000, 25000)), ("25.000", (25000, 25000)), ("25 000", (25000, 25000)),
       ("25k", (25000, 25000)), ("25 thousand", (25000, 25000)), ("twenty-five thousand", (25000, 25000)),
       ("about 25,000", (25000, 25000)), ("some 25,000", (25000, 25000)), ("roughly 25,000", (25000, 25000)),
       ("up to 25,000", (None, 25000)), ("at least 25,000", (25000, None)), ("more than 25,000", (25000, None)),
       ("25,000-plus", (25000, None)), ("fewer than 25,000", (None, 25000)),
       ("20,000 to 30,000", (20000, 30000)), ("20,000-30,000", (20000, 30000)), ("20,000–30,000", (20000, 30000)),
       ("between 20,000 and 30,000", (20000, 30000)), ("20 to 30 thousand", (20000, 30000)),
       ("20.000 to 30.000", (20000, 30000)), ("20,000 or 30,000", (20000, 30000)),
       ("as many as 25,000", (None, 25000)), ("no more than 25,000", (None, 25000)),
       ("nearly 25,000", (25000, 25000)), ("an estimated 25,000", (25000, 25000)),
       ("tens of thousands of", (10000, 100000)), ("several thousand", (3000, 9000))]
FRAME = [("European leaders discussed a reassurance force of {F} troops for Ukraine.", "european_force"),
         ("The planned European force would number {F} soldiers.", "european_force"),
         ("Britain and France are drawing up plans for a force of {F} troops.", "european_force"),
         ("A European contingent of {F} troops could be deployed after a ceasefire.", "european_force"),
         ("The coalition of the willing could field {F} troops in Ukraine.", "european_force"),
         ("Zelensky said Ukraine would need {F} European troops.", "ukraine_request"),
         ("Sweden is ready to send {F} troops to Ukraine.", "contribution:SWE"),
         ("Sweden could contribute {F} soldiers to the force.", "contribution:SWE")]
d = pathlib.Path(tempfile.mkdtemp())
bad = {}
for (f, (lo, hi)), (fr, subj) in itertools.product(FMT, FRAME):
    if "{F} troops" in fr and f.endswith(" of"): text = fr.replace("{F} troops", f + " troops")
    text = fr.format(F=f)
    want = (subj, None if lo is None else float(lo), None if hi is None else float(hi))
    got = troops_in(d, text, "model")
    if want not in got:
        bad.setdefault(f, []).append((fr[:50], sorted(got, key=str)))
for f, rows in bad.items():
    print(f"{len(rows)}/{len(FRAME)} {f!r}: e.g. {rows[0]}")
print("formats failing somewhere:", len(bad), "of", len(FMT))
