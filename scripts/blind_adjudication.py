"""A blind adjudication of the ledger's stance disagreements with a set's gold (session 61).

Which side is wrong when the ledger and the gold disagree? ``items`` lists every stance the
ledger gave that the gold does not hold (its extras) and every one the gold holds that it missed,
with a few agreed items mixed in as a control, shuffled, one row per item: the report file, the
nation and the stance, nothing saying which side gave it. Readers (people or helpers, given
docs/evidence-collecting.md's stance rules) write a verdict per item: YES (the text supports it),
NO, or BORDERLINE. ``tally`` joins the verdicts to the hidden key:

    .venv/bin/python scripts/score_sets.py --tag h --out /tmp/sc SET_FOLDERS...
    .venv/bin/python scripts/blind_adjudication.py items /tmp/sc --out /tmp/adj
    # readers write /tmp/adj/verdicts*.tsv: item <TAB> YES|NO|BORDERLINE <TAB> sentence <TAB> reason
    .venv/bin/python scripts/blind_adjudication.py tally /tmp/adj

``items`` reads each set's gold from the folder named in the scoring file's name
(``TAG-evidence-realNNNx.json`` -> ``--sets-root``/evidence-realNNNx/gold.json). The key stays in
OUT/key.json, beside the items; readers must not open it. Texts stay outside the repository.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path

NOT_SCORED = frozenset({"RUS", "UKR", "USA"})
CONTROLS_PER_SET = 3


def items(scored: Path, sets_root: Path, out: Path, seed: int) -> None:
    rng = random.Random(seed)
    rows: list[tuple[str, str, str, str, str]] = []
    for f in sorted(scored.glob("*.json")):
        set_name = f.stem.split("-", 1)[1]
        result = json.loads(f.read_text(encoding="utf-8"))
        missed = {(r, n, s) for r, (n, s) in result["misses"]["stances"]}
        rows += [(set_name, r, n, s, "extra") for r, (n, s) in result["extras"]["stances"]]
        rows += [(set_name, r, n, s, "miss") for r, n, s in sorted(missed)]
        gold = json.loads((sets_root / set_name / "gold.json").read_text(encoding="utf-8"))
        agreed = [(set_name, r, n, s, "agreed") for r, entry in sorted(gold.items())
                  for n, s in entry.get("stances", [])
                  if (r, n, s) not in missed and n not in NOT_SCORED]
        rows += rng.sample(agreed, min(CONTROLS_PER_SET, len(agreed)))
    rng.shuffle(rows)
    out.mkdir(parents=True, exist_ok=True)
    key = {}
    lines = ["item\treport_file\tnation\tstance"]
    for k, (set_name, report, nation, stance, kind) in enumerate(rows, 1):
        item = f"A{k:03d}"
        lines.append(f"{item}\t{sets_root / set_name / 'reports' / (report + '.txt')}\t{nation}\t{stance}")
        key[item] = kind
    (out / "items.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / "key.json").write_text(json.dumps(key, indent=1) + "\n", encoding="utf-8")
    print(f"{len(rows)} items: {dict(collections.Counter(key.values()))} -> {out / 'items.tsv'}")


def tally(out: Path) -> None:
    key = json.loads((out / "key.json").read_text(encoding="utf-8"))
    verdicts: dict[str, str] = {}
    for f in sorted(out.glob("verdicts*.tsv")):
        for line in f.read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if len(cells) > 1 and cells[0] in key:
                verdicts[cells[0]] = cells[1].strip().upper()
    missing = sorted(set(key) - set(verdicts))
    if missing:
        sys.exit(f"{len(missing)} items have no verdict (first: {missing[0]})")
    counts = collections.Counter((key[k], verdicts[k]) for k in key)
    print("| items | YES | BORDERLINE | NO |\n|---|---|---|---|")
    for kind in ("agreed", "extra", "miss"):
        print(f"| {kind} | " + " | ".join(str(counts[(kind, v)]) for v in ("YES", "BORDERLINE", "NO"))
              + " |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("items", help="list the disagreements and controls, shuffled, key apart")
    a.add_argument("scored", type=Path, help="a score_sets.py --out folder")
    a.add_argument("--sets-root", type=Path, default=Path("/work/sealed"))
    a.add_argument("--out", type=Path, required=True)
    a.add_argument("--seed", type=int, default=61)
    t = sub.add_parser("tally", help="join the readers' verdicts to the key")
    t.add_argument("out", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "items":
        items(args.scored, args.sets_root, args.out, args.seed)
    else:
        tally(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
