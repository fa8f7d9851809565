"""Context probe: base clauses (nation, stance) inside wrappers; which wrappers lose the stance."""
import sys, tempfile, pathlib, itertools, collections
sys.path.insert(0, sys.argv[1] + "/tests/evidence"); sys.path.insert(0, sys.argv[1] + "/src")
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from scored import stance_pairs
BASE = [("{N} is ready to send troops to Ukraine", "ready"), ("{N} will send soldiers to Ukraine", "ready"),
        ("{N} could send troops to Ukraine", "open"), ("{N} is considering sending troops to Ukraine", "open"),
        ("{N} has ruled out sending troops to Ukraine", "declines"), ("{N} will not send troops to Ukraine", "declines"),
        ("it is too early for {N} to decide on sending troops to Ukraine", "undecided")]
NAT = [("Germany", "DEU", "German", "Chancellor Friedrich Merz"), ("Spain", "ESP", "Spanish", "Prime Minister Pedro Sanchez"),
       ("Finland", "FIN", "Finnish", "President Alexander Stubb")]
WRAP = ["{B}.", "On Tuesday, {B}.", "In an interview with a French newspaper, {L} said {B}.",
        "{L} said on Monday that {B}.", "{B}, {L} said.", "{B}, {L} told reporters in Brussels on Thursday.",
        "According to {L}, {B}.", "{L} told parliament that {B}, adding that talks would continue.",
        "{L}, speaking after a meeting of the coalition of the willing in Paris, said {B}.",
        "\"{Bq},\" {L} said.", "Speaking in Kyiv, {L} said {B} once a ceasefire was agreed.",
        "{B}, according to a government spokesperson.", "{L} confirmed on Friday that {B}.",
        "Officials in Berlin and Paris met on Tuesday, and {B}.",
        "While Poland has been cautious, {B}.", "{B}, while Hungary has refused to take part.",
        "The coalition met in London, where {B}.", "Asked about the plan, {L} said {B}.",
        "{L} stressed that {B}, but only as part of a European force.",
        "{L}, who leads a three-party coalition, said {B}."]
def base_for(b, n, first):
    s = b.format(N=n)
    return s[0].upper() + s[1:] if first else s
miss = collections.Counter(); tot = collections.Counter(); ex = {}; wrong = collections.Counter()
d = pathlib.Path(tempfile.mkdtemp())
for (b, want), (n, iso, adj, lead), w in itertools.product(BASE, NAT, WRAP):
    first = w.startswith("{B}")
    bb = base_for(b, n, first)
    bq = base_for(b.replace("{N} is", "we are").replace("{N} will", "we will").replace("{N} could", "we could")
                  .replace("{N} has", "we have").replace("for {N}", "for us"), n, True)
    text = w.format(B=bb, Bq=bq, L=lead)
    got = {st for x, st in stance_pairs(d, text) if x == iso}
    tot[w] += 1
    if want not in got:
        miss[w] += 1; ex.setdefault(w, []).append((text, sorted(got)))
    if got - {want, "conditional"}:
        wrong[w] += 1; ex.setdefault(("W", w), []).append((text, sorted(got)))
print("total", sum(tot.values()), "missed", sum(miss.values()), "other", sum(wrong.values()))
for w, n in miss.most_common(): print(n, "/", tot[w], w); [print("     ", e) for e in ex[w][:3]]
for w, n in wrong.most_common(): print("WRONG", n, w); [print("     ", e) for e in ex[("W", w)][:3]]
