"""Snapshot `results.json` of every shipped scenario, timing fields stripped.

Used to show that a re-shaping of the code leaves every number unchanged:

    PYTHONPATH=src python scripts/snapshot_results.py /tmp/before
    ... change the code ...
    PYTHONPATH=src python scripts/snapshot_results.py /tmp/after
    diff -r /tmp/before /tmp/after     # must print nothing

`--golden tests/golden/figures.json` rewrites the small subset that `tests/test_golden.py`
checks on every test run (do that only when a change is meant to move the numbers).

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


#: The small golden subset `tests/test_golden.py` checks: cheap settings, key figures only.
GOLDEN_SCENARIOS = ("europe-2025", "iiss-small", "no-us-backstop")  # europe-2025: the default, both sides differ
GOLDEN_RUNS = 2


def _round(value: Any) -> Any:
    # 12 significant digits: far below any figure's meaning, above floating-point noise.
    return float(f"{value:.12g}") if isinstance(value, float) else value


def golden(names: tuple[str, ...] = GOLDEN_SCENARIOS) -> dict[str, Any]:
    """Verdicts and key figures (with and without the US backstop) of a few scenarios."""
    from reassure.run.assess import Settings, assess
    from reassure.spec import load_scenario

    out: dict[str, Any] = {}
    for name in names:
        a = assess(load_scenario(name),
                   Settings(runs=GOLDEN_RUNS, seed=SEED, sensitivity=False, workers=1))
        out[name] = {
            "verdicts": [[v.question, v.with_us, v.without_us] for v in a.verdicts],
            "figures": {f"{s.name}.{f.key}": [_round(f.with_us), _round(f.without_us)]
                        for s in a.sections for f in s.figures},
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write <scenario>/results.json into")
    parser.add_argument("--scenario", action="append", help="only these (default: every shipped one)")
    parser.add_argument("--runs", type=int, default=None, help="default: the `assess` default")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--golden", action="store_true",
                        help="write the small golden subset (tests/golden/figures.json) to OUT")
    args = parser.parse_args(argv)
    if args.golden:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(golden(), indent=1, ensure_ascii=False) + "\n")
        print(f"golden: {args.out}", file=sys.stderr)
        return 0
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
