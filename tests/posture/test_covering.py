"""Backup covering, capacities, fixed sites and coverage builders, against brute force.

Every instance here is small enough to enumerate all site subsets, which is the reference.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from scipy.spatial.distance import cdist

from reassure.errors import InfeasibleError, ModelError
from reassure.models.posture import (
    coverage_from_distances,
    coverage_from_lonlat,
    coverage_from_xy_km,
    greedy_mclp,
    solve_backup_cover,
    solve_lscp,
    solve_mclp,
)


def _tiny(seed: int, n_sites: int = 7, n_demand: int = 25) -> tuple[np.ndarray, np.ndarray, float]:
    rng = np.random.default_rng(seed)
    cost = cdist(rng.uniform(0, 50, (n_demand, 2)), rng.uniform(0, 50, (n_sites, 2)))
    weights = rng.integers(1, 9, n_demand).astype(float)
    return cost, weights, float(rng.uniform(10, 22))


def _subsets(n: int, k: int) -> list[tuple[int, ...]]:
    return [s for r in range(k + 1) for s in itertools.combinations(range(n), r)]


def _assign_best(a: np.ndarray, w: np.ndarray, load: np.ndarray, cap: np.ndarray,
                 sites: tuple[int, ...]) -> float:
    """Most weight assignable to ``sites`` under capacities: exhaustive over assignments."""
    rows = [i for i in range(a.shape[0]) if a[i, list(sites)].any()] if sites else []
    best = 0.0

    def rec(k: int, used: np.ndarray, value: float) -> None:
        nonlocal best
        best = max(best, value)
        if k == len(rows):
            return
        # an upper bound prune keeps the enumeration fast
        if value + sum(w[i] for i in rows[k:]) <= best:
            return
        i = rows[k]
        for j in sites:
            if a[i, j] and used[j] + load[i] <= cap[j] + 1e-9:
                used[j] += load[i]
                rec(k + 1, used, value + w[i])
                used[j] -= load[i]
        rec(k + 1, used, value)

    rec(0, np.zeros(a.shape[1]), 0.0)
    return best


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("theta", [0.3, 0.5, 0.8])
def test_backup_cover_matches_enumeration(seed: int, theta: float) -> None:
    cost, w, radius = _tiny(seed)
    a = cost <= radius
    p = 3
    best = max(theta * w[(a[:, list(s)].sum(1) >= 1)].sum()
               + (1 - theta) * w[(a[:, list(s)].sum(1) >= 2)].sum() for s in _subsets(a.shape[1], p))
    got = solve_backup_cover(coverage_from_distances(cost, radius), w, p, primary_weight=theta)
    assert got.objective == pytest.approx(best)


@pytest.mark.parametrize("seed", range(6))
def test_backup_cover_with_full_cover_matches_enumeration(seed: int) -> None:
    cost, w, _ = _tiny(seed)
    radius = float(cost.min(axis=1).max()) + 1.0
    a = cost <= radius
    p = solve_lscp(coverage_from_distances(cost, radius)).selected.size + 1
    best = max(w[(a[:, list(s)].sum(1) >= 2)].sum() for s in _subsets(a.shape[1], p)
               if (a[:, list(s)].sum(1) >= 1).all())
    got = solve_backup_cover(coverage_from_distances(cost, radius), w, p, require_cover=True)
    assert got.objective == pytest.approx(best)
    assert got.covered.all()


def test_backup_cover_full_cover_needs_enough_sites() -> None:
    cost, w, _ = _tiny(3)
    radius = float(cost.min(axis=1).max()) + 1.0
    need = solve_lscp(coverage_from_distances(cost, radius)).selected.size
    with pytest.raises(InfeasibleError, match=f"needs {need} sites"):
        solve_backup_cover(coverage_from_distances(cost, radius), w, need - 1, require_cover=True)


@pytest.mark.parametrize("seed", range(6))
def test_capacitated_mclp_matches_enumeration(seed: int) -> None:
    cost, w, radius = _tiny(seed, n_sites=5, n_demand=12)
    rng = np.random.default_rng(seed)
    load = rng.integers(1, 4, cost.shape[0]).astype(float)
    cap = rng.integers(3, 9, cost.shape[1]).astype(float)
    a = cost <= radius
    p = 2
    best = max(_assign_best(a, w, load, cap, s) for s in _subsets(a.shape[1], p))
    got = solve_mclp(coverage_from_distances(cost, radius), w, p, capacity=cap, demand_load=load)
    assert got.objective == pytest.approx(best)
    # every assignment respects the radius and the capacities
    assigned = got.assigned_site
    for j in range(cost.shape[1]):
        assert load[assigned == j].sum() <= cap[j] + 1e-9
    ok = assigned >= 0
    assert (cost[np.nonzero(ok)[0], assigned[ok]] <= radius).all()


@pytest.mark.parametrize("seed", range(6))
def test_capacitated_lscp_matches_enumeration(seed: int) -> None:
    cost, _, _ = _tiny(seed, n_sites=6, n_demand=10)
    radius = float(cost.min(axis=1).max()) + 5.0
    a = cost <= radius
    load = np.ones(cost.shape[0])
    cap = np.full(cost.shape[1], 3.0)
    n_all = a.shape[0]
    best = min((len(s) for s in _subsets(a.shape[1], a.shape[1])
                if _assign_best(a, np.ones(n_all), load, cap, s) == n_all), default=None)
    cov = coverage_from_distances(cost, radius)
    if best is None:
        with pytest.raises(InfeasibleError):
            solve_lscp(cov, capacity=cap, demand_load=load)
    else:
        assert solve_lscp(cov, capacity=cap, demand_load=load).objective == best


def test_capacitated_lscp_names_a_point_too_heavy_for_any_site() -> None:
    cost = np.array([[1.0, 2.0], [1.0, 9.0]])
    cov = coverage_from_distances(cost, 5.0, demand_ids=["plant", "city"], site_ids=["a", "b"])
    with pytest.raises(InfeasibleError, match="plant"):
        solve_lscp(cov, capacity=[2.0, 2.0], demand_load=[3.0, 1.0])


def test_fixed_sites_stay_and_too_many_are_refused() -> None:
    cost, w, radius = _tiny(1)
    cov = coverage_from_distances(cost, radius)
    got = solve_mclp(cov, w, 3, fixed=["site0", "site4"])
    assert {0, 4} <= set(got.selected.tolist())
    with pytest.raises(InfeasibleError, match="site0, site1, site2"):
        solve_mclp(cov, w, 2, fixed=[0, 1, 2])
    with pytest.raises(ModelError, match="not a candidate"):
        solve_mclp(cov, w, 2, fixed=["nowhere"])
    g = greedy_mclp(cov, w, 3, fixed=[4])
    assert 4 in g.selected.tolist()


def test_tie_break_prefers_the_given_sites() -> None:
    # both sites cover the single demand point equally; the preference decides
    cost = np.array([[1.0, 1.0]])
    cov = coverage_from_distances(cost, 2.0)
    assert solve_mclp(cov, [1.0], 1, tie_break=[0.0, 5.0]).selected.tolist() == [1]
    assert solve_mclp(cov, [1.0], 1, tie_break=[5.0, 0.0]).selected.tolist() == [0]
    # a site that adds nothing and has no preference is not placed
    assert solve_mclp(cov, [1.0], 2, tie_break=[5.0, 0.0]).selected.tolist() == [0]


def test_coverage_builders_agree() -> None:
    rng = np.random.default_rng(5)
    demand = rng.uniform(0, 300, (400, 2))
    sites = rng.uniform(0, 300, (40, 2))
    dense = coverage_from_distances(cdist(demand, sites), 35.0)
    tree = coverage_from_xy_km(demand, sites, 35.0)
    assert (dense.matrix != tree.matrix).nnz == 0
    np.testing.assert_allclose(dense.nearest_km, tree.nearest_km)
    np.testing.assert_array_equal(dense.nearest_site, tree.nearest_site)


def test_coverage_from_lonlat_uses_road_distance() -> None:
    # 1 degree of longitude on the equator is a * pi / 180 = 111.32 km on WGS84
    one_degree_km = 6378.137 * np.pi / 180
    demand = [[1.0, 0.0]]
    sites = [[0.0, 0.0]]
    assert coverage_from_lonlat(demand, sites, one_degree_km * 1.2 + 0.01,
                                detour_factor=1.2).matrix.nnz == 1
    assert coverage_from_lonlat(demand, sites, one_degree_km * 1.2 - 0.01,
                                detour_factor=1.2).matrix.nnz == 0


def test_identical_rows_are_merged_without_changing_the_optimum() -> None:
    # many demand points share coverage sets on a coarse instance; compare with unmerged LSCP count
    rng = np.random.default_rng(11)
    demand = np.repeat(rng.uniform(0, 100, (30, 2)), 10, axis=0)
    sites = rng.uniform(0, 100, (20, 2))
    w = rng.integers(1, 5, demand.shape[0]).astype(float)
    cov = coverage_from_xy_km(demand, sites, 25.0)
    got = solve_mclp(cov, w, 4)
    a = cdist(demand, sites) <= 25.0
    best = max(w[a[:, list(s)].any(1)].sum() for s in itertools.combinations(range(20), 4))
    assert got.objective == pytest.approx(best)
