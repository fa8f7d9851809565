"""The allocation MILP against independent computations: brute force, closed forms, re-solves."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from reassure.errors import ModelError
from reassure.models.forcegen import (
    ROLES,
    NationForce,
    max_flow_strength,
    solve_allocation,
)

from .helpers import (
    EIGHT_ROLES,
    TWO_ROLES,
    brute_force_fill,
    brute_force_one_role,
    caps,
    lp_burden_reference,
    problem,
    random_small,
)


@pytest.mark.parametrize("seed", range(12))
def test_lexicographic_optimum_matches_brute_force(seed: int) -> None:
    rng = np.random.default_rng(1000 + seed)
    nations, target, minimum = random_small(rng)
    fill, expected = brute_force_one_role(nations, target, minimum)
    res = solve_allocation(problem(nations, target, minimum=minimum))
    deployed = np.array([n.deployed for n in res.nations], dtype=float)
    p = np.array([n.p_join for n in res.nations])
    cap = caps(nations)
    rho = np.array([n.units_per_deployed for n in res.nations])
    army = np.array([n.army_personnel for n in res.nations])
    # Fill and expected strength: exact against enumerating every integer plan.
    assert res.deployed_total == fill
    assert res.shortfall_total == target - fill
    # Burden and pool are optimised with troops continuous, then rounded to whole troops: each
    # nation moves by less than one troop from a second, dense-LP formulation's optimum.
    burden, pool = lp_burden_reference(nations, fill, expected, minimum)
    one_troop = float(np.max(rho / army))
    assert abs(res.max_burden_share - burden) <= one_troop + 1e-9
    assert abs(res.pool_total - pool) <= float(np.sum(rho)) + 1e-6
    assert deployed @ p == pytest.approx(expected, abs=float(np.sum(p)))
    # Every plan respects each nation's limits, computed here from the definitions.
    assert np.all(deployed <= cap)
    assert np.all((deployed == 0) | (deployed >= minimum))


@pytest.mark.parametrize("seed", range(8))
def test_expected_stage_is_exact_with_whole_troops(seed: int) -> None:
    # With participation fixed, the expected-strength stage is a network LP: its optimum is
    # integral, so the rounded plan keeps the brute-force expected strength exactly when the
    # later stages do not move troops between nations of different reliability.
    rng = np.random.default_rng(3000 + seed)
    nations, target, minimum = random_small(rng)
    fill, expected = brute_force_one_role(nations, target, minimum)
    prob = problem(nations, target, minimum=minimum)
    from reassure.models.forcegen.milp import _solve_milp
    from reassure.models.forcegen.problem import _prepare

    prep = _prepare(prob, us_backstop=True)
    sol = _solve_milp(prep)
    got = float(prep.p_join @ sol.x.sum(axis=1))
    assert got == pytest.approx(expected, abs=float(np.sum(prep.p_join)))
    assert sol.fill == fill


@pytest.mark.parametrize("seed", range(6))
def test_fill_with_role_caps_matches_brute_force_and_max_flow(seed: int) -> None:
    rng = np.random.default_rng(2000 + seed)
    nations = []
    role_caps = np.full((3, 2), np.inf)
    for i in range(3):
        rc = {}
        for j, role in enumerate(("manoeuvre", "logistics")):
            if rng.random() < 0.6:
                rc[role] = float(rng.integers(0, 5))
                role_caps[i, j] = rc[role]
        nations.append(
            NationForce(
                f"N{i}", f"N{i}", army_personnel=float(rng.integers(12, 40)), role_caps_troops=rc
            )
        )
    target = int(rng.integers(4, 17)) * 2
    cap = caps(nations)
    targets = np.array([target // 2, target // 2])
    expected = brute_force_fill(cap, np.minimum(role_caps, cap[:, None]), targets)
    res = solve_allocation(problem(nations, target, mix=TWO_ROLES))
    assert res.deployed_total == expected
    assert max_flow_strength(np.ones(3), cap, targets, role_caps) == expected


def test_closed_form_max_flow_agrees_with_milp_on_random_availability() -> None:
    # The Monte Carlo scores each draw with the cut-enumeration max flow; check it against the
    # MILP on 40 random draws of a 12-nation, 8-role instance with role caps.
    rng = np.random.default_rng(7)
    base = []
    for i in range(12):
        rc = {r: float(rng.integers(0, 600)) for r in ROLES if rng.random() < 0.3}
        base.append(
            NationForce(f"N{i:02d}", f"N{i}", float(rng.integers(3000, 40000)), role_caps_troops=rc)
        )
    target = 12_000
    prob = problem(base, target, mix=EIGHT_ROLES)
    full = solve_allocation(prob)
    cap = np.array([n.cap_troops for n in full.nations], dtype=float)
    rc = np.array([[n.role_caps_troops.get(r, np.inf) for r in ROLES] for n in base])
    targets = np.array(list(full.role_targets.values()), dtype=float)
    for _ in range(40):
        mask = rng.random(12) < 0.6
        if not mask.any():
            continue
        sub = [n for n, m in zip(base, mask, strict=True) if m]
        milp_fill = solve_allocation(problem(sub, target, mix=EIGHT_ROLES)).deployed_total
        assert max_flow_strength(mask.astype(float), cap, targets, rc) == milp_fill


def test_shortfall_is_spread_over_roles_by_the_best_common_fraction() -> None:
    nations = [NationForce("AAA", "A", 40_000), NationForce("BBB", "B", 20_000)]
    # caps: 0.25 * army / 3 -> 3,333 and 1,666 = 4,999 of 10,000 asked.
    res = solve_allocation(problem(nations, 10_000, mix=EIGHT_ROLES))
    assert res.deployed_total == 4_999
    lam = 4_999 / 10_000
    for role, target in res.role_targets.items():
        assert res.deployed_by_role[role] >= np.floor(lam * target)
        assert res.shortfall_by_role[role] == target - res.deployed_by_role[role]
    assert sum(res.shortfall_by_role.values()) == 10_000 - 4_999


def test_shadow_price_of_an_army_share_cap_is_army_over_rho_per_point() -> None:
    # Short of target, a binding share cap is worth army * 1% / rho deployable troops per point
    # (closed form); a binding pledge is worth one troop per troop.
    gbr = NationForce("GBR", "United Kingdom", 75_000, tour_months=6, interval_months=24)
    fra = NationForce(
        "FRA", "France", 120_000, pledge_troops=5_000, tour_months=4, interval_months=8
    )
    res = solve_allocation(problem([gbr, fra], 20_000))
    assert not res.target_met
    by_nation = {b.nation: b for b in res.binding if b.nation}
    assert by_nation["GBR"].kind == "army_share"
    assert by_nation["GBR"].shadow_price == pytest.approx(75_000 * 0.01 / 5)
    assert "each extra 1% of GBR army adds 150 deployable troops" in by_nation["GBR"].text
    assert by_nation["FRA"].kind == "pledge"
    assert by_nation["FRA"].shadow_price == pytest.approx(1000.0)


def test_relaxations_close_the_gap_when_applied() -> None:
    nations = [
        NationForce("AAA", "A", 60_000, pledge_troops=4_000),
        NationForce("BBB", "B", 30_000),
        NationForce("CCC", "C", 12_000),
        NationForce("DDD", "D", 50_000, status="ruled_out"),
    ]
    prob = problem(nations, 12_000)
    res = solve_allocation(prob)
    assert not res.target_met
    assert res.relaxations, "an infeasible target must come with relaxations"
    closing = [r for r in res.relaxations if r.closes_gap]
    assert closing
    for r in closing:
        if r.kind == "pledge":
            fixed = [
                dataclasses.replace(n, pledge_troops=r.required) if n.iso3 == r.nation else n
                for n in nations
            ]
            again = problem(fixed, 12_000)
        elif r.kind in ("army_share", "army_share_and_pledge"):
            fixed = [
                dataclasses.replace(n, sustainable_share=r.required + 1e-9, pledge_troops=None)
                if n.iso3 == r.nation
                else n
                for n in nations
            ]
            again = problem(fixed, 12_000)
        elif r.kind == "all_army_shares":
            extra = r.required - 0.25
            again = problem(nations, 12_000, share=0.25 + extra + 1e-9)
        elif r.kind == "intervals":
            again = problem(nations, 12_000, interval=12.0 * r.required)
        else:
            continue
        assert solve_allocation(again).target_met, r.text
    # Adding the ruled-out nation is offered as information, not as a plan change.
    assert any(r.kind == "add_nation" and r.nation == "DDD" for r in res.relaxations)


def test_ruled_out_nation_with_a_pledge_is_a_conflict_not_silently_zeroed() -> None:
    nations = [
        NationForce("FRA", "France", 120_000),
        NationForce("POL", "Poland", 65_000, status="ruled_out", pledge_troops=5_000),
    ]
    res = solve_allocation(problem(nations, 5_000))
    pol = next(n for n in res.nations if n.nation == "POL")
    assert pol.deployed == 0
    assert any("POL" in c and "5,000" in c for c in res.conflicts)
    assert res.to_dict()["conflicts"] == list(res.conflicts)


def test_reliable_nations_are_used_before_uncertain_ones() -> None:
    nations = [
        NationForce("AAA", "A", 30_000, status="premature", p_join=0.2),
        NationForce("BBB", "B", 30_000),
    ]
    res = solve_allocation(problem(nations, 2_000))
    got = {n.nation: n.deployed for n in res.nations}
    assert got == {"AAA": 0, "BBB": 2_000}


def test_without_us_drops_nations_that_need_the_backstop() -> None:
    from reassure.models.forcegen import assess_force

    nations = [
        NationForce("GBR", "UK", 75_000, requires_us_backstop=True),
        NationForce("FRA", "France", 120_000),
    ]
    a = assess_force(problem(nations, 12_000), draws=200, seed=1)
    assert {n.nation: n.deployed > 0 for n in a.with_us.nations}["GBR"]
    assert {n.nation: n.deployed for n in a.without_us.nations}["GBR"] == 0
    assert a.without_us.deployed_total < a.with_us.deployed_total
    # A scenario with no backstop at all: the "with US" case is the same as without.
    b = assess_force(problem(nations, 12_000, us_backstop_available=False), draws=200, seed=1)
    assert b.with_us.deployed_total == b.without_us.deployed_total


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"pledge_troops": -1.0}, "pledge_troops must be >= 0"),
        ({"sustainable_share": 1.5}, "sustainable_share must be in [0, 1]"),
        ({"tour_months": 0.0}, "tour_months must be > 0"),
        ({"status": "maybe"}, "status must be one of"),
        ({"status": "premature"}, "needs p_join"),
        ({"role_caps_troops": {"cavalry": 10.0}}, "unknown role"),
        ({"p_join": 1.2}, "p_join must be in [0, 1]"),
    ],
)
def test_bad_nation_inputs_raise_model_errors(change: dict, message: str) -> None:
    n = dataclasses.replace(NationForce("FRA", "France", 120_000), **change)
    with pytest.raises(ModelError, match=message.replace("[", r"\[").replace("]", r"\]")):
        solve_allocation(problem([n], 1_000))


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"mix": {"cavalry": 1.0}}, "unknown role"),
        ({"mix": {"manoeuvre": 0.5}}, "sum to 1"),
        ({"tour": 0.0}, "tour_months"),
        ({"share": 1.5}, "default_sustainable_share"),
    ],
)
def test_bad_problem_inputs_raise_model_errors(kw: dict, message: str) -> None:
    with pytest.raises(ModelError, match=message):
        solve_allocation(problem([NationForce("FRA", "France", 120_000)], 1_000, **kw))


def test_nation_without_army_figure_uses_the_stated_median_fallback() -> None:
    nations = [
        NationForce("AAA", "A", 50_000, active_personnel=100_000),
        NationForce("BBB", "B", 30_000, active_personnel=50_000),
        NationForce("CCC", "C", 20_000, active_personnel=25_000),
        NationForce("DDD", "D", None, active_personnel=10_000),
    ]
    res = solve_allocation(problem(nations, 100))
    ddd = next(n for n in res.nations if n.nation == "DDD")
    assert ddd.army_from_fallback
    assert ddd.army_personnel == pytest.approx(0.6 * 10_000)  # median of 0.5, 0.6, 0.8
    assert any("DDD" in note and "60%" in note for note in res.notes)


def test_results_are_frozen_and_json_ready() -> None:
    import json

    res = solve_allocation(problem([NationForce("FRA", "France", 120_000)], 1_000))
    with pytest.raises(dataclasses.FrozenInstanceError):
        res.deployed_total = 0  # type: ignore[misc]
    text = json.dumps(res.to_dict())
    for key in (
        "deployed_total",
        "pool_total",
        "units_per_deployed",
        "allocation",
        "binding",
        "shortfall_by_role",
        "p_target_met",
        "cost_per_year",
    ):
        assert f'"{key}"' in text
