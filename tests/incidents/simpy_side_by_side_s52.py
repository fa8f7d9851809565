"""The SimPy reference beside the engine on a shipped plan, shares pooled over the runs (review s52).

Not a test (about 4 minutes a side of europe-2025 or mnf-u-2026 at 100 runs); the figures it
printed are docs/validation.md's session 52 table. Run from the repository:

    .venv/bin/python tests/incidents/simpy_side_by_side_s52.py europe-2025 100 11

It prints, for each side, each share pooled over the SimPy runs (sum over sum) with its
delta-method 95 % interval, written here from the formula, and the mean of the runs' own shares
beside it (what the engine reported before session 52); compare with `reassure assess PLAN`.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path


def pooled(pairs: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Sum over sum, with the ratio estimator's delta-method 95 % interval over runs."""
    import numpy as np
    from scipy import stats

    y = np.array([a for a, _ in pairs], float)
    x = np.array([b for _, b in pairs], float)
    ratio = float(y.sum() / x.sum())
    d = y - ratio * x
    se = math.sqrt(float((d * d).sum()) / (x.size - 1) / x.size) / float(x.mean())
    half = float(stats.t.ppf(0.975, x.size - 1)) * se
    return ratio, max(ratio - half, 0.0), min(ratio + half, 1.0)


def main(plan: str, runs: int, seed: int) -> dict[str, object]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from simpy_reference import run_reference

    from reassure.bridge.incidents import SITES_SECTOR
    from reassure.run.pipeline import build_inputs
    from reassure.spec import load_scenario

    inputs = build_inputs("incidents", load_scenario(plan))
    out: dict[str, object] = {}
    for side, model in (("with_us", inputs.with_us), ("without_us", inputs.without_us)):
        model = getattr(model, "model", model)
        sites = list(model.cells.sector_names).index(SITES_SECTOR)
        ref = run_reference(model, runs, seed, keep_times=False)
        shares = {
            "within_threshold_incidents": [(r.n_within, r.n_required) for r in ref],
            "within_threshold_calls": [(r.n_within, r.n_requested) for r in ref],
            "sites_within_threshold": [(r.sector_within.get(sites, 0), r.sector_requested.get(sites, 0))
                                       for r in ref],
            "escalated": [(r.n_escalated, r.n_requested) for r in ref],
            "waited": [(r.n_waited, r.n_answered) for r in ref],
            "detected": [(r.n_detected, r.n_incidents) for r in ref],
        }
        out[side] = {k: {"pooled": pooled(v),
                         "per_run_mean": sum(a / b for a, b in v if b) / sum(1 for _, b in v if b)}
                     for k, v in shares.items()}
        print(side, json.dumps(out[side]), flush=True)
    return out


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
