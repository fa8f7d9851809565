"""Score the evidence ledger against hand-annotated gold, per class: recall and precision.

    python tests/evidence/corpus/evaluate.py tests/evidence/corpus/reports \\
        tests/evidence/corpus/gold.json --part heldout
    python tests/evidence/corpus/evaluate.py /work/evidence-real/reports \\
        /work/evidence-real/gold.json --split /work/evidence-real/split.json --part all

(Since issue 15c all the real reports of /work/evidence-real are tuning material: score them
with ``--part all``; a fresh held-out set is scored once, the same way, on its own folder.)

Classes (docs/evidence.md, "Measuring"):
- troops: troop-size claims about the European force, a nation's contribution or Ukraine's
  request, matched on (subject, low, high) per report;
- stances: (nation, stance) per report over ready / conditional / open / undecided / declines
  (Russia, Ukraine and the United States are not contributors to the European force and are not
  scored -- the US is its backstop, and neither real annotation records a US stance; "rejects"
  counts as "declines");
- countries: number-of-countries claims, matched on (low, high) per report (recall only);
- traps: gold numbers that must not come out as a force size (counted when emitted; the bounds
  of a size written as an order of magnitude, "tens of thousands", are no written number, s42);
- duplicates: gold near-duplicate groups against the ledger's groups (pairs found, false pairs).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import Any

FORCE_SUBJECTS = ("european_force", "ukraine_request")
SCORED_STANCES = frozenset({"ready", "conditional", "open", "undecided", "declines"})
NOT_SCORED_ACTORS = frozenset({"RUS", "UKR", "USA"})


def _is_force(subject: str) -> bool:
    return subject in FORCE_SUBJECTS or subject.startswith("contribution:")


def _num(x: Any) -> float | None:
    return None if x is None else float(x)


def _vague(claim: Any) -> bool:
    """A size said as an order of magnitude ("tens of thousands", "several thousand"): its bounds
    (10,000 and 100,000) are no number the report wrote, so they emit no trap number (s42)."""
    return not any(ch.isdigit() for ch in claim.text) and claim.qualifier.endswith(
        ("thousand", "thousands", "hundred", "hundreds"))


def predicted(ledger: Any) -> dict[str, dict[str, set[Any]]]:
    """What the ledger says per report, in the gold's terms."""
    out: dict[str, dict[str, set[Any]]] = {
        r.id: {"troops": set(), "stances": set(), "countries": set(), "force_numbers": set()}
        for r in ledger.reports
    }
    for c in ledger.claims:
        o = out[c.report_id]
        if c.unit == "troops" and _is_force(c.subject):
            o["troops"].add((c.subject, _num(c.low), _num(c.high)))
            if not _vague(c):
                o["force_numbers"].update((c.subject, x) for x in (c.low, c.high) if x is not None)
        if c.unit == "countries":
            o["countries"].add((_num(c.low), _num(c.high)))
    for s in ledger.stances:
        stance = "declines" if s.stance == "rejects" else s.stance
        if stance in SCORED_STANCES and s.actor not in NOT_SCORED_ACTORS:
            out[s.report_id]["stances"].add((s.actor, stance))
    return out


def gold_sets(entry: dict[str, Any]) -> dict[str, set[Any]]:
    return {
        "troops": {(t[0], _num(t[1]), _num(t[2])) for t in entry.get("troops", [])},
        "stances": {(a, s) for a, s in entry.get("stances", []) if a not in NOT_SCORED_ACTORS},
        "countries": {(_num(c[0]), _num(c[1])) for c in entry.get("countries", [])},
        # a number: never a force size; {"value": v, "not": subject}: never that subject's size
        "traps": {(float(t), None) if not isinstance(t, dict) else (float(t["value"]), t["not"])
                  for t in entry.get("traps", [])},
    }


def _ratio(a: int, b: int) -> float | None:
    return None if b == 0 else round(a / b, 3)


def score(ledger: Any, gold: dict[str, Any], reports: Iterable[str],
          groups: list[list[str]] | None = None) -> dict[str, Any]:
    """Per-class counts, recall and precision over the given report ids."""
    pred = predicted(ledger)
    ids = [r for r in reports if r in gold]
    result: dict[str, Any] = {"reports": len(ids)}
    misses: dict[str, list[Any]] = {"troops": [], "stances": [], "countries": []}
    extras: dict[str, list[Any]] = {"troops": [], "stances": [], "countries": []}
    for cls in ("troops", "stances", "countries"):
        tp = fp = fn = 0
        for rid in ids:
            g = gold_sets(gold[rid])[cls]
            p = pred.get(rid, {}).get(cls, set())
            tp += len(g & p)
            fn += len(g - p)
            fp += len(p - g)
            misses[cls].extend((rid, x) for x in sorted(g - p, key=str))
            extras[cls].extend((rid, x) for x in sorted(p - g, key=str))
        result[cls] = {"gold": tp + fn, "found": tp, "emitted": tp + fp,
                       "recall": _ratio(tp, tp + fn), "precision": _ratio(tp, tp + fp)}
    traps = emitted = 0
    trap_hits = []
    for rid in ids:
        g = gold_sets(gold[rid])["traps"]
        traps += len(g)
        numbers = pred.get(rid, {}).get("force_numbers", set())
        hit = [(v, only) for v, only in g
               if any(x == v and (only is None or subject == only) for subject, x in numbers)]
        emitted += len(hit)
        trap_hits.extend((rid, x) for x in sorted(hit, key=str))
    result["traps"] = {"gold": traps, "emitted_as_force": emitted}
    if groups is not None:
        # A group's pairs among the reports present: a real-report folder may hold only some of a
        # gold group's copies (pages rebuilt one by one), and two copies present are still a pair.
        wanted = {frozenset(p) for g in groups for p in combinations(sorted(set(g) & set(ids)), 2)}
        found_groups = [set(g.report_ids) & set(ids) for g in ledger.duplicate_groups]
        found = {frozenset(p) for g in found_groups for p in combinations(sorted(g), 2)}
        result["duplicates"] = {"gold_pairs": len(wanted), "found": len(wanted & found),
                                "false_pairs": len(found - wanted)}
        extras["duplicates"] = sorted(tuple(sorted(p)) for p in found - wanted)
        misses["duplicates"] = sorted(tuple(sorted(p)) for p in wanted - found)
    result["misses"] = misses
    result["extras"] = extras
    result["trap_hits"] = trap_hits
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("reports")
    ap.add_argument("gold")
    ap.add_argument("--split", help="JSON with 'split' (id -> part) and 'groups'; default: the gold's")
    ap.add_argument("--part", default="all", help="tune, heldout or all")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--no-stance-model", action="store_true",
                    help="score the cue and clause passes' stances alone (issue 15j)")
    ap.add_argument("--stance-check-threshold", type=float, default=None,
                    help="withhold stances the check scores below this (0: the rules alone); "
                         "default: the shipped threshold")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "src"))
    from reassure.evidence import build_ledger

    if args.no_stance_model:
        import reassure.evidence._stance_model as stance_model

        stance_model.load_model = lambda *a, **k: None  # type: ignore[assignment]

    gold_doc = json.loads(Path(args.gold).read_text(encoding="utf-8"))
    if "reports" in gold_doc:  # the own corpus: {"reports": {...}, "split": {...}, "groups": [...]}
        gold, split, groups = gold_doc["reports"], gold_doc["split"], gold_doc["groups"]
    else:
        gold, split, groups = gold_doc, {}, None
    if args.split:
        s = json.loads(Path(args.split).read_text(encoding="utf-8"))
        split, groups = s["split"], s["groups"]
    ledger = build_ledger([args.reports], stance_check_threshold=args.stance_check_threshold)
    ids = [r.id for r in ledger.reports
           if args.part == "all" or split.get(r.id) == args.part]
    res = score(ledger, gold, ids, groups)
    if not args.verbose:
        res = {k: v for k, v in res.items() if k not in ("misses", "extras", "trap_hits")}
    print(json.dumps(res, indent=1, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
