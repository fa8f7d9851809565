"""How far two independent readings of one real set agree, class by class.

Each set folder (outside the repository: third-party text stays out) holds ``gold.json`` and
``split.json`` as `docs/evidence-collecting.md` describes; the first reader is the set's
collector, the second a reader who annotated the same report files blind to the first gold
("Second readers, blind" in that brief). Pairs of folders are given in order, first reader
then second:

    .venv/bin/python scripts/agree_golds.py /work/sealed/evidence-real55a /work/sealed/blind55a

Prints, per class, the items both readers gave, those only the first gave and those only the
second gave, and the second reader measured against the first (recall, precision); writes each
second folder's disagreements to ``diffs.json`` beside its gold, for a third reader to settle.
"""

from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path
from typing import Any

# the actors the ledger's scorer leaves out (tests/evidence/corpus/evaluate.py)
NOT_SCORED = frozenset({"RUS", "UKR", "USA"})
CLASSES = ("troops", "stances", "countries", "traps")


def items(entry: dict[str, Any]) -> dict[str, set[tuple[Any, ...]]]:
    """One report's gold as sets of comparable tuples, class by class."""
    return {
        "troops": {tuple(t) for t in entry.get("troops", [])},
        "stances": {(a, s) for a, s in entry.get("stances", []) if a not in NOT_SCORED},
        "countries": {tuple(c) for c in entry.get("countries", [])},
        "traps": {(float(t), None) if not isinstance(t, dict) else (float(t["value"]), t.get("not"))
                  for t in entry.get("traps", [])},
    }


def pairs(split: dict[str, Any]) -> set[tuple[str, str]]:
    """Every pair of reports the readers grouped as one story."""
    return {tuple(sorted(p)) for g in split.get("groups", [])  # type: ignore[misc]
            for p in itertools.combinations(g, 2)}


def compare(first: Path, second: Path) -> tuple[dict[str, list[int]], dict[str, Any]]:
    """Counts [both, first only, second only] per class (and near-duplicate pairs), and the
    disagreements report by report."""
    a = json.loads((first / "gold.json").read_text(encoding="utf-8"))
    b = json.loads((second / "gold.json").read_text(encoding="utf-8"))
    counts = {k: [0, 0, 0] for k in CLASSES}
    diffs: dict[str, Any] = {}
    for rid in sorted(set(a) | set(b)):
        ia, ib = items(a.get(rid, {})), items(b.get(rid, {}))
        for k in CLASSES:
            counts[k][0] += len(ia[k] & ib[k])
            counts[k][1] += len(ia[k] - ib[k])
            counts[k][2] += len(ib[k] - ia[k])
            if ia[k] ^ ib[k]:
                diffs.setdefault(rid, {})[k] = {"first_only": sorted(map(list, ia[k] - ib[k]), key=str),
                                                "second_only": sorted(map(list, ib[k] - ia[k]), key=str)}
    pa = pairs(json.loads((first / "split.json").read_text(encoding="utf-8")))
    pb = pairs(json.loads((second / "split.json").read_text(encoding="utf-8")))
    counts["pairs"] = [len(pa & pb), len(pa - pb), len(pb - pa)]
    diffs["pairs"] = {"first_only": sorted(pa - pb), "second_only": sorted(pb - pa)}
    return counts, diffs


def agreement(both: int, first_only: int, second_only: int) -> tuple[float | None, float | None]:
    """The second reader against the first: (recall, precision); None where undefined."""
    r = both / (both + first_only) if both + first_only else None
    p = both / (both + second_only) if both + second_only else None
    return r, p


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+", type=Path, help="first-reader and second-reader folders, in pairs")
    args = ap.parse_args(argv)
    if len(args.folders) % 2:
        ap.error("give the folders in pairs: first reader, then second reader")
    total: dict[str, list[int]] = {}
    for first, second in zip(args.folders[::2], args.folders[1::2], strict=True):
        counts, diffs = compare(first, second)
        (second / "diffs.json").write_text(json.dumps(diffs, indent=1), encoding="utf-8")
        for k, v in counts.items():
            total[k] = [x + y for x, y in zip(total.get(k, [0, 0, 0]), v, strict=True)]
    for k, (both, fo, so) in total.items():
        r, p = agreement(both, fo, so)
        rs = "-" if r is None else f"{r:.2f}"
        ps = "-" if p is None else f"{p:.2f}"
        print(f"{k:10s} both {both:4d}  first only {fo:4d}  second only {so:4d}  "
              f"| second against first: R {rs} P {ps}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
