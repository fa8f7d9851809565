"""The (nation, stance) pairs of one text as the scorer counts them: the passes' stances with the
check off, "rejects" (a plan refused) counted as "declines" as scripts/score_sets.py does (s31:
the grids used the test helper, which leaves "rejects" out, so "rejected sending" looked missed)."""
from pathlib import Path

from reassure.evidence import build_ledger

SCORED = ("ready", "open", "conditional", "undecided", "declines")


def stance_pairs(tmp: Path, text: str) -> set[tuple[str, str]]:
    (tmp / "r.txt").write_text("Europe weighs a force for Ukraine\nNorthwire, 3 March 2025\n\n"
                               + text + "\n", encoding="utf-8")
    ledger = build_ledger([tmp / "r.txt"], jobs=1, stance_check=False)
    return {(s.actor, "declines" if s.stance == "rejects" else s.stance) for s in ledger.stances
            if s.stance in SCORED or s.stance == "rejects"}


def print_failing(templates: list[tuple[str, set[str]]],
                  nations: list[tuple[str, str, str, str]]) -> int:
    """Fill each template with each (name, ISO3, adjective, leader) and print the templates whose
    reading differs for some nation; returns how many differ (grids 3 and 8)."""
    import tempfile
    d = Path(tempfile.mkdtemp())
    bad = 0
    for t, want in templates:
        res = []
        for n, iso, adj, lead in nations:
            got = {st for x, st in stance_pairs(d, t.format(N=n, A=adj, L=lead)) if x == iso}
            res.append((got == want, sorted(got)))
        ok = sum(r[0] for r in res)
        if ok < len(nations):
            bad += 1
            print(f"{ok}/{len(nations)} want {sorted(want)} {t}  got {[r[1] for r in res]}")
    print("templates failing:", bad, "of", len(templates))
    return bad
