"""Posture benchmark: reassure's sparse MCLP against spopt's, same instances, same run.

Instance (shared/reference/style.md §2.2): a 1,000 km x 150 km strip; demand points uniform
within 0-30 km of the line, candidate sites uniform at 30-150 km, integer weights 1-11,
Euclidean cost, service radius 40 km. Each side builds its model from the points and solves it:

* reassure: ``coverage_from_xy_km`` (k-d tree, sparse) + ``solve_mclp`` (scipy.optimize.milp,
  HiGHS, proven optimum);
* spopt: ``cdist`` + ``MCLP.from_cost_matrix`` + ``solve(PULP_CBC_CMD)`` (its bundled CBC); the
  one-off ``import spopt.locate`` is timed separately and left out of the ratio.

Both must reach the same objective; the speed is reported as the ratio spopt / reassure.
Targets: >= 20x at 100 x 1,000; <= 1 s for reassure at 1,000 x 10,000.

Usage::

    .venv/bin/python benchmarks/bench_posture.py [--quick] [--json]

``--quick`` skips spopt at 1,000 x 10,000 (about 45 s) and says so; ``--json`` ends the report
with one line of JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from reassure.models.posture import (  # noqa: E402
    coverage_from_xy_km,
    greedy_mclp,
    solve_lscp,
    solve_mclp,
)

RADIUS_KM = 40.0
SIZES = {"small": (100, 1_000, 10), "large": (1_000, 10_000, 40)}


def instance(n_sites: int, n_demand: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The §2.2 strip: demand near the line, candidates behind it."""
    rng = np.random.default_rng(seed)
    demand = np.column_stack([rng.uniform(0, 1000, n_demand), rng.uniform(0, 30, n_demand)])
    sites = np.column_stack([rng.uniform(0, 1000, n_sites), rng.uniform(30, 150, n_sites)])
    weights = rng.integers(1, 12, n_demand).astype(float)
    return demand, sites, weights


def best_of(fn, repeats: int) -> tuple[float, object]:  # noqa: ANN001
    """Fastest wall time of ``repeats`` calls, and the last result."""
    best, out = float("inf"), None
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def ours_mclp(demand: np.ndarray, sites: np.ndarray, w: np.ndarray, p: int) -> float:
    return solve_mclp(coverage_from_xy_km(demand, sites, RADIUS_KM), w, p).objective


def ours_greedy(demand: np.ndarray, sites: np.ndarray, w: np.ndarray, p: int) -> object:
    return greedy_mclp(coverage_from_xy_km(demand, sites, RADIUS_KM), w, p)


def spopt_mclp(demand: np.ndarray, sites: np.ndarray, w: np.ndarray, p: int) -> float:
    import pulp
    from scipy.spatial.distance import cdist
    from spopt.locate import MCLP

    cost = cdist(demand, sites)
    model = MCLP.from_cost_matrix(cost, w, RADIUS_KM, p)
    model.solve(pulp.PULP_CBC_CMD(msg=False))
    return float(model.problem.objective.value())


def ours_lscp(demand: np.ndarray, sites: np.ndarray, radius: float) -> float:
    return solve_lscp(coverage_from_xy_km(demand, sites, radius)).objective


def spopt_lscp(demand: np.ndarray, sites: np.ndarray, radius: float) -> float:
    import pulp
    from scipy.spatial.distance import cdist
    from spopt.locate import LSCP

    model = LSCP.from_cost_matrix(cdist(demand, sites), radius)
    model.solve(pulp.PULP_CBC_CMD(msg=False))
    return float(model.problem.objective.value())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip spopt at 1,000 x 10,000")
    parser.add_argument("--json", action="store_true", help="end with one line of JSON")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")  # PuLP's CBC deprecation notice, geopandas chatter

    t0 = time.perf_counter()
    import spopt.locate  # noqa: F401

    import_s = time.perf_counter() - t0
    results: dict[str, object] = {"spopt_import_s": round(import_s, 3), "radius_km": RADIUS_KM}
    lines = [f"posture MCLP: reassure (sparse + HiGHS) vs spopt {spopt_version()} (PuLP + CBC), "
             f"radius {RADIUS_KM:g} km; spopt import {import_s:.2f} s (not in the ratios)"]
    ok = True

    # warm both paths once (first-call imports of scipy.optimize, pulp) outside the timing
    d, s, w = instance(20, 200, seed=99)
    ours_mclp(d, s, w, 3)
    spopt_mclp(d, s, w, 3)

    for label, (n_sites, n_demand, p) in SIZES.items():
        demand, sites, w = instance(n_sites, n_demand)
        reps = 5 if label == "small" else 3
        t_ours, obj_ours = best_of(lambda: ours_mclp(demand, sites, w, p), reps)  # noqa: B023
        t_greedy, g = best_of(lambda: ours_greedy(demand, sites, w, p), reps)  # noqa: B023
        row: dict[str, object] = {
            "sites": n_sites, "demand": n_demand, "p": p,
            "reassure_s": round(t_ours, 4), "objective": obj_ours,
            "greedy_s": round(t_greedy, 4), "greedy_objective": g.objective,
            "greedy_gap_bound_percent": round(g.gap_percent, 3),
        }
        text = (f"{n_sites:>5,} x {n_demand:>6,} (p={p}): reassure {t_ours:.3f} s, objective "
                f"{obj_ours:,.0f}; greedy preview {t_greedy * 1000:.1f} ms, {g.objective:,.0f} "
                f"(within {g.gap_percent:.2f} % by its bound)")
        if label == "large" and args.quick:
            row["spopt_s"] = None
            text += "; spopt skipped (--quick): run without --quick for the ratio"
        else:
            t_spopt, obj_spopt = best_of(lambda: spopt_mclp(demand, sites, w, p),  # noqa: B023
                                         3 if label == "small" else 1)
            same = abs(obj_spopt - obj_ours) < 1e-6
            ok &= same
            row.update({"spopt_s": round(t_spopt, 3), "spopt_objective": obj_spopt,
                        "same_objective": same, "ratio": round(t_spopt / t_ours, 1)})
            text += (f"; spopt {t_spopt:.3f} s, objective {obj_spopt:,.0f} "
                     f"({'same' if same else 'DIFFERENT'}): {t_spopt / t_ours:.1f}x faster")
        results[label] = row
        lines.append(text)

    # set covering at the small size, radius just large enough for a full cover
    demand, sites, _ = instance(*SIZES["small"][:2], seed=1)
    from scipy.spatial import cKDTree

    radius = float(cKDTree(sites).query(demand)[0].max()) + 1.0
    t_l, obj_l = best_of(lambda: ours_lscp(demand, sites, radius), 5)
    t_ls, obj_ls = best_of(lambda: spopt_lscp(demand, sites, radius), 3)
    same = abs(obj_l - obj_ls) < 1e-6
    ok &= same
    results["lscp_small"] = {"radius_km": round(radius, 2), "reassure_s": round(t_l, 4),
                             "spopt_s": round(t_ls, 3), "objective": obj_l, "same_objective": same,
                             "ratio": round(t_ls / t_l, 1)}
    lines.append(f"  100 x  1,000 LSCP (R={radius:.1f} km): reassure {t_l:.3f} s, spopt {t_ls:.3f} s, "
                 f"{obj_l:.0f} sites ({'same' if same else 'DIFFERENT'}): {t_ls / t_l:.1f}x faster")

    small, large = results["small"], results["large"]
    small_ok = small.get("ratio") is not None and small["ratio"] >= 20  # type: ignore[union-attr]
    large_ok = large["reassure_s"] <= 1.0  # type: ignore[index]
    results["targets"] = {"small_ratio_ge_20": small_ok, "large_le_1s": large_ok}
    lines.append(f"targets: >= 20x at 100 x 1,000: {'met' if small_ok else 'MISSED'}; "
                 f"<= 1 s at 1,000 x 10,000: {'met' if large_ok else 'MISSED'} "
                 f"({large['reassure_s']:.3f} s)")  # type: ignore[index]
    print("\n".join(lines))
    if args.json:
        print(json.dumps({"bench": "posture", **results}))
    return 0 if ok else 1


def spopt_version() -> str:
    from importlib.metadata import version

    return version("spopt")


if __name__ == "__main__":
    sys.exit(main())
