"""Per stance kind, how the ledger read annotated real sets: gold, found (right) and given.

Reads the per-set results ``score_sets.py`` wrote (``OUT/TAG-SET.json``, misses and extras
included) beside each set's ``gold.json``. A set scored with several states takes the first
tag listed that has a result for it, so that each set is counted with the state declared
before it was collected:

    .venv/bin/python scripts/stance_kinds.py --results /tmp/fresh --tags s67,s68,s69 \\
        /work/sealed/evidence-real138a /work/sealed/evidence-real139a ...

A (nation, stance) pair is right only with its kind: gold `conditional` read as `ready` is a
miss of `conditional` and a wrong `ready`. Prints a table and the TOML lines of
``data/evidence_accuracy.toml``'s ``[measured_by_kind]``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from reassure.evidence._stances import TROOP_STANCES as KINDS


def count_kinds(gold: dict, result: dict) -> dict[str, Counter]:
    """Gold, found and given per kind for one set (``result``: score_sets' JSON for it)."""
    c = {k: Counter() for k in ("gold", "missed", "wrong")}
    for entry in gold.values():
        for _nation, kind in entry.get("stances", []):
            c["gold"][kind] += 1
    for _rid, (_nation, kind) in result["misses"]["stances"]:
        c["missed"][kind] += 1
    for _rid, (_nation, kind) in result["extras"]["stances"]:
        c["wrong"][kind] += 1
    found = Counter({k: c["gold"][k] - c["missed"][k] for k in KINDS})
    given = Counter({k: found[k] + c["wrong"][k] for k in KINDS})
    return {"gold": c["gold"], "found": found, "given": given}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--results", type=Path, required=True, help="score_sets.py's --out folder")
    ap.add_argument("--tags", required=True, help="comma-separated tags, first match wins")
    args = ap.parse_args(argv)
    total = {k: Counter() for k in ("gold", "found", "given")}
    reports = 0
    for folder in args.sets:
        hit = next((args.results / f"{t}-{folder.name}.json" for t in args.tags.split(",")
                    if (args.results / f"{t}-{folder.name}.json").exists()), None)
        if hit is None:
            raise SystemExit(f"{folder}: no result for tags {args.tags} in {args.results}")
        result = json.loads(hit.read_text())
        gold = json.loads((folder / "gold.json").read_text())
        reports += result["reports"]
        for k, v in count_kinds(gold, result).items():
            total[k].update(v)
    print(f"{len(args.sets)} sets, {reports} reports")
    print(f"{'kind':12s} {'gold':>5s} {'found':>6s} {'given':>6s}  recall  precision")
    for k in KINDS:
        g, f, n = (total[x][k] for x in ("gold", "found", "given"))
        print(f"{k:12s} {g:5d} {f:6d} {n:6d}  {f / g if g else 0:6.2f}  {f / n if n else 0:9.2f}")
    print()
    for k in KINDS:
        print(f'{k} = {{ gold = {total["gold"][k]}, found = {total["found"][k]}, '
              f'given = {total["given"][k]} }}')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
