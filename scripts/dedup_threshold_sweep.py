"""Near-duplicate pairs found and wrongly joined at other pair-model thresholds (session 36).

The pair model (`reassure.evidence._dedup.DedupModel`, `dedup_model.json`) joins two reports at a
logit of ``threshold`` (0.8) or more. This reruns the ledger on annotated set folders (each with
``reports/`` and ``split.json``) at each threshold given and prints the pairs of the readers'
groups it finds and the pairs it joins that the readers keep apart:

    .venv/bin/python scripts/dedup_threshold_sweep.py /work/sealed/evidence-real9?? --thresholds 0.8 1.2 1.6 2.0
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from itertools import combinations
from pathlib import Path

import reassure.evidence._dedup as dedup
from reassure.evidence import build_ledger


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--thresholds", nargs="+", type=float, required=True)
    a = ap.parse_args()
    shipped = dedup.load_model()
    if shipped is None:
        raise SystemExit("no shipped pair model (src/reassure/evidence/dedup_model.json)")
    totals = {t: [0, 0, 0] for t in a.thresholds}
    for folder in a.folders:
        groups = json.loads((folder / "split.json").read_text(encoding="utf-8"))["groups"]
        ids = {p.stem for p in (folder / "reports").glob("*.txt")}
        wanted = {frozenset(p) for g in groups if set(g) <= ids for p in combinations(g, 2)}
        for t in a.thresholds:
            model = dataclasses.replace(shipped, threshold=t)
            dedup.load_model = lambda path=None, m=model: m  # type: ignore[assignment]
            ledger = build_ledger([folder / "reports"], stance_check=False)
            found = {frozenset(p) for g in ledger.duplicate_groups
                     for p in combinations(sorted(g.report_ids), 2)}
            totals[t][0] += len(wanted & found)
            totals[t][1] += len(wanted)
            totals[t][2] += len(found - wanted)
    for t, (hit, gold, wrong) in totals.items():
        print(f"logit threshold {t}: {hit} of {gold} pairs found, {wrong} wrongly joined")


if __name__ == "__main__":
    main()
