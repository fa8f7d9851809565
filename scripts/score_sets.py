"""Score the evidence ledger on annotated real sets, one row per set and the pool.

Each set is a folder outside the repository (third-party text stays out) holding
``reports/*.txt``, ``gold.json`` ({id: {"troops", "stances", "countries", "traps"}}) and
``split.json`` ({"split": {id: part}, "groups": [[id, ...], ...]}); the collectors' brief is
``docs/evidence-collecting.md``. A snapshot (a folder with ``src/`` and ``tests/``, e.g. a copy
of a declared state) is scored with its own ``evaluate.py``, so a state is scored as it was:

    .venv/bin/python scripts/score_sets.py --snapshot /work/sealed/stateJ --tag J \\
        /work/sealed/evidence-real48a /work/sealed/evidence-real48b

Writes each set's full result (misses and extras too) to ``OUT/TAG-SET.json`` (``--out``,
default /tmp/sc). Score a fresh set once, with the state declared before it was collected.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLASSES = ("troops", "stances", "countries")


def score_one(snapshot: Path, folder: Path, threshold: float | None = None) -> dict:
    extra = [] if threshold is None else ["--stance-check-threshold", str(threshold)]
    out = subprocess.run(
        [sys.executable, str(snapshot / "tests/evidence/corpus/evaluate.py"), str(folder / "reports"),
         str(folder / "gold.json"), "--split", str(folder / "split.json"), "--part", "all", "-v",
         *extra],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(snapshot / "src")})
    if out.returncode:
        sys.exit(f"{folder}: evaluate.py failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout)


def _r(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "-"


def row(name: str, d: dict) -> str:
    t, s, c = (d[k] for k in CLASSES)
    tr, du = d["traps"], d.get("duplicates", {})
    return (f"{name:24s} {d['reports']:4d} | troops R {_r(t['found'], t['gold'])} ({t['found']}/{t['gold']})"
            f" P {_r(t['found'], t['emitted'])} ({t['found']}/{t['emitted']})"
            f" | stances R {_r(s['found'], s['gold'])} ({s['found']}/{s['gold']})"
            f" P {_r(s['found'], s['emitted'])} ({s['found']}/{s['emitted']})"
            f" | countries {c['found']}/{c['gold']} | traps {tr['emitted_as_force']} of {tr['gold']}"
            f" | duplicates {du.get('found', 0)}/{du.get('gold_pairs', 0)}, {du.get('false_pairs', 0)} wrong")


def pooled(results: list[dict]) -> dict:
    pool: dict = {"reports": sum(d["reports"] for d in results)}
    for cls in CLASSES:
        pool[cls] = {k: sum(d[cls][k] for d in results) for k in ("found", "gold", "emitted")}
    pool["traps"] = {k: sum(d["traps"][k] for d in results) for k in ("gold", "emitted_as_force")}
    pool["duplicates"] = {k: sum(d.get("duplicates", {}).get(k, 0) for d in results)
                          for k in ("found", "gold_pairs", "false_pairs")}
    return pool


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--snapshot", type=Path, default=ROOT, help="folder with src/ and tests/ (default: this tree)")
    ap.add_argument("--tag", default="here")
    ap.add_argument("--out", type=Path, default=Path("/tmp/sc"))
    ap.add_argument("--stance-check-threshold", type=float, default=None,
                    help="the stance check's threshold (0: the rules alone; default: the snapshot's "
                         "shipped one; the snapshot's evaluate.py must know the flag)")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    results = []
    for folder in args.sets:
        d = score_one(args.snapshot, folder, args.stance_check_threshold)
        (args.out / f"{args.tag}-{folder.name}.json").write_text(json.dumps(d, indent=1, default=str))
        results.append(d)
        print(row(folder.name, d))
    if len(results) > 1:
        print(row("pooled", pooled(results)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
