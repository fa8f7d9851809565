"""Trap probe: sentences whose figures are no force size (each should give none)."""
import sys, tempfile, pathlib
sys.path.insert(0, sys.argv[1] + "/tests/evidence"); sys.path.insert(0, sys.argv[1] + "/src")
from evidence_claim_helpers import troops_in
T = ["Ukraine's army numbers about 880,000 troops.",
     "Russia has massed 600,000 troops in occupied Ukraine.",
     "The British army has 73,000 regular soldiers.",
     "Germany's Bundeswehr has about 180,000 active personnel.",
     "There are about 100,000 US troops stationed in Europe.",
     "NATO's KFOR mission in Kosovo once had 50,000 soldiers.",
     "At its height ISAF had 130,000 troops in Afghanistan.",
     "The UN mission in Lebanon, UNIFIL, has 10,000 peacekeepers.",
     "The war has killed more than 50,000 Ukrainian soldiers.",
     "Some 10,000 North Korean troops were sent to Russia.",
     "Poland will expand its army to 300,000 soldiers.",
     "France has 1,500 soldiers stationed in Romania as part of NATO's battlegroup.",
     "About 20,000 troops took part in the Steadfast Defender exercise.",
     "Britain deployed 45,000 troops to the Gulf in 1991.",
     "The front line runs for 1,000 km.",
     "Europe pledged 30,000 artillery shells to Ukraine.",
     "Ukraine trained 40,000 soldiers in Britain under Operation Interflex.",
     "The EU mission trained 75,000 Ukrainian soldiers.",
     "Russia lost 1,000 soldiers a day in the offensive.",
     "Estonia's defence forces number 7,000 professional soldiers.",
     "In Bosnia, IFOR deployed 60,000 troops in 1995.",
     "The UK has 900 troops in Estonia as part of NATO's forward presence.",
     "Germany is stationing a 5,000-strong brigade in Lithuania.",
     "Ukraine plans to mobilise 160,000 more soldiers.",
     "The peace plan caps Ukraine's army at 600,000 troops.",
     "Sweden's armed forces have 24,000 full-time personnel.",
     "Some 4,000 US troops are stationed in Poland.",
     "The Korean DMZ has been guarded by 28,500 US troops for decades.",
     ]
d = pathlib.Path(tempfile.mkdtemp()); bad = 0
for t in T:
    got = troops_in(d, t, "model")
    if got:
        bad += 1; print("EMITS", sorted(got, key=str), "<-", t)
print("traps emitted:", bad, "of", len(T))
