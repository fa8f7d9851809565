"""Snapshot `results.json` of every shipped scenario, timing fields stripped.

Used to show that a re-shaping of the code leaves every number unchanged:

    PYTHONPATH=src python scripts/snapshot_results.py /tmp/before
    ... change the code ...
    PYTHONPATH=src python scripts/snapshot_results.py /tmp/after
    diff -r /tmp/before /tmp/after     # must print nothing

Each scenario is assessed with a fixed seed and the default run count, with the sensitivity
pass included, exactly as `reassure assess NAME --seed SEED --out DIR` would.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = 20250217
# Keys whose values depend on the clock or the machine, not on the model.
VOLATILE = {"timings_s", "seconds", "version"}


def strip_volatile(node: Any) -> Any:
    """``node`` with every timing/date field removed, recursively."""
    if isinstance(node, dict):
        return {k: strip_volatile(v) for k, v in node.items() if k not in VOLATILE}
    if isinstance(node, list):
        return [strip_volatile(v) for v in node]
    return node


def snapshot(name: str, runs: int | None = None, seed: int = SEED, workers: int = 2) -> dict[str, Any]:
    """The stripped `results.json` content of one shipped scenario."""
    from reassure.present.output import to_jsonable
    from reassure.run.assess import DEFAULT_RUNS, Settings, assess
    from reassure.spec import load_scenario

    settings = Settings(runs=DEFAULT_RUNS if runs is None else runs, seed=seed, workers=workers)
    assessment = assess(load_scenario(name), settings)
    return strip_volatile(json.loads(json.dumps(to_jsonable(assessment.to_dict()))))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write <scenario>/results.json into")
    parser.add_argument("--scenario", action="append", help="only these (default: every shipped one)")
    parser.add_argument("--runs", type=int, default=None, help="default: the `assess` default")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    names = args.scenario or sorted(p.stem for p in (ROOT / "scenarios").glob("*.toml"))
    for name in names:
        data = snapshot(name, args.runs, workers=args.workers)
        path = args.out / name / "results.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
        print(f"{name}: {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
