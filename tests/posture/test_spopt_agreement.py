"""MCLP and LSCP objectives equal spopt's (its bundled CBC via PuLP) on random small instances.

spopt is the independent reference: it builds the textbook models with PuLP from a dense cost
matrix and solves them with CBC; reassure builds sparse models and solves them with HiGHS.
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy.spatial.distance import cdist

from reassure.errors import InfeasibleError
from reassure.models.posture import coverage_from_distances, greedy_mclp, solve_lscp, solve_mclp

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::FutureWarning")


@pytest.fixture(scope="module")
def spopt_locate():  # noqa: ANN201
    """spopt.locate, imported on first use (about 1.5 s), so collection stays fast."""
    return pytest.importorskip("spopt.locate")


@pytest.fixture(scope="module")
def pulp():  # noqa: ANN201
    return pytest.importorskip("pulp")

SEEDS = range(12)


def _instance(seed: int) -> tuple[np.ndarray, np.ndarray, float, int]:
    """Up to 30 sites x 300 demand points on a 100 km square, integer weights 1-11."""
    rng = np.random.default_rng(seed)
    n_sites = int(rng.integers(5, 31))
    n_demand = int(rng.integers(50, 301))
    sites = rng.uniform(0, 100, (n_sites, 2))
    demand = rng.uniform(0, 100, (n_demand, 2))
    weights = rng.integers(1, 12, n_demand).astype(float)
    radius = float(rng.uniform(8, 30))
    p = int(rng.integers(1, min(n_sites, 10) + 1))
    return cdist(demand, sites), weights, radius, p


def _cbc(pulp) -> object:  # noqa: ANN001
    return pulp.PULP_CBC_CMD(msg=False)


@pytest.mark.parametrize("seed", SEEDS)
def test_mclp_objective_equals_spopt(seed: int, spopt_locate, pulp) -> None:  # noqa: ANN001
    cost, weights, radius, p = _instance(seed)
    ours = solve_mclp(coverage_from_distances(cost, radius), weights, p)
    ref = spopt_locate.MCLP.from_cost_matrix(cost, weights, radius, p).solve(_cbc(pulp))
    assert ours.objective == pytest.approx(ref.problem.objective.value(), abs=1e-6)
    assert ours.selected.size <= p
    # the reported objective is the weight the chosen sites really cover
    covered = (cost[:, ours.selected] <= radius).any(axis=1)
    assert ours.objective == pytest.approx(weights[covered].sum())


@pytest.mark.parametrize("seed", SEEDS[:6])
def test_mclp_with_fixed_sites_equals_spopt(seed: int, spopt_locate, pulp) -> None:  # noqa: ANN001
    cost, weights, radius, p = _instance(100 + seed)
    rng = np.random.default_rng(seed)
    fixed = rng.choice(cost.shape[1], size=min(p, 2), replace=False)
    mask = np.zeros(cost.shape[1], dtype=int)
    mask[fixed] = 1
    ours = solve_mclp(coverage_from_distances(cost, radius), weights, p, fixed=fixed)
    ref = spopt_locate.MCLP.from_cost_matrix(
        cost, weights, radius, p, predefined_facilities_arr=mask).solve(_cbc(pulp))
    assert ours.objective == pytest.approx(ref.problem.objective.value(), abs=1e-6)
    assert set(fixed) <= set(ours.selected.tolist())


@pytest.mark.parametrize("seed", SEEDS)
def test_lscp_objective_equals_spopt(seed: int, spopt_locate, pulp) -> None:  # noqa: ANN001
    cost, _, _, _ = _instance(200 + seed)
    # the smallest radius at which every demand point has a site, plus a margin
    radius = float(cost.min(axis=1).max()) * 1.05
    ours = solve_lscp(coverage_from_distances(cost, radius))
    ref = spopt_locate.LSCP.from_cost_matrix(cost, radius).solve(_cbc(pulp))
    assert ours.objective == pytest.approx(ref.problem.objective.value(), abs=1e-6)
    assert ((cost[:, ours.selected] <= radius).any(axis=1)).all()


def test_lscp_infeasible_where_spopt_fails_and_names_the_culprits(spopt_locate, pulp) -> None:  # noqa: ANN001
    cost, _, _, _ = _instance(7)
    needed = cost.min(axis=1)
    radius = float(np.sort(needed)[-3]) - 1e-6  # the three worst points cannot be reached
    culprits = {f"demand{i}" for i in np.argsort(needed)[-3:]}
    with pytest.raises(RuntimeError):
        spopt_locate.LSCP.from_cost_matrix(cost, radius).solve(_cbc(pulp))
    with pytest.raises(InfeasibleError) as err:
        solve_lscp(coverage_from_distances(cost, radius))
    assert set(err.value.demand_ids) == culprits
    assert err.value.needed_km == pytest.approx(needed.max())
    text = str(err.value)
    assert all(c in text for c in culprits)
    assert f"at least {int(np.ceil(needed.max()))} km" in text


@pytest.mark.parametrize("seed", SEEDS)
def test_greedy_is_feasible_and_its_bound_holds(seed: int) -> None:
    cost, weights, radius, p = _instance(seed)
    cov = coverage_from_distances(cost, radius)
    opt = solve_mclp(cov, weights, p).objective
    g = greedy_mclp(cov, weights, p)
    assert g.selected.size <= p
    assert g.objective <= opt + 1e-9
    assert g.bound >= opt - 1e-9  # a valid upper bound on the optimum
    assert g.objective >= (1 - 1 / np.e) * opt - 1e-9  # the classic worst case
    assert g.gap_percent == pytest.approx(100 * (g.bound - g.objective) / g.bound)
