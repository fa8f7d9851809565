"""Cost ranges and the enabler ledger, by hand calculation."""

from __future__ import annotations

import pytest

from reassure.models.forcegen import EnablerNeed, NationForce, assess_force, solve_allocation

from .helpers import problem


def test_cost_is_troops_times_cost_per_troop_year_per_nation() -> None:
    nations = [
        NationForce(
            "FRA",
            "France",
            120_000,
            pledge_troops=4_000,
            cost_eur_per_troop_year_low=172_500,
            cost_eur_per_troop_year_high=232_558,
        ),
        NationForce("DNK", "Denmark", 10_000),  # default 100-200 EUR from the helper
    ]
    res = solve_allocation(problem(nations, 4_500, horizon_years=20, horizon_years_high=30))
    deployed = {n.nation: n.deployed for n in res.nations}
    assert deployed == {"FRA": 4_000, "DNK": 500}
    low = 4_000 * 172_500 + 500 * 100
    high = 4_000 * 232_558 + 500 * 200
    assert res.cost_eur_per_year_low == pytest.approx(low)
    assert res.cost_eur_per_year_high == pytest.approx(high)
    assert res.cost_eur_over_horizon_low == pytest.approx(20 * low)
    assert res.cost_eur_over_horizon_high == pytest.approx(30 * high)


def test_bloomberg_40000_for_ten_years_at_75k_is_30bn() -> None:
    # figures.md §1.8: "A 40,000-man peacekeeping force would cost about $30 billion over
    # [10 years]": the cost arithmetic reproduces it at $75k per troop-year.
    nations = [
        NationForce(
            f"N{i}",
            f"N{i}",
            200_000,
            cost_eur_per_troop_year_low=75_000,
            cost_eur_per_troop_year_high=75_000,
        )
        for i in range(3)
    ]
    res = solve_allocation(problem(nations, 40_000, horizon_years=10))
    assert res.deployed_total == 40_000
    assert res.cost_eur_over_horizon_low == pytest.approx(30e9)


def test_enablers_europe_us_and_gap() -> None:
    enablers = (
        EnablerNeed(
            "isr",
            "share of need",
            1.0,
            europe_units=0.5,
            us_units=1.0,
            cost_eur_per_unit_year_low=1e9,
            cost_eur_per_unit_year_high=2e9,
        ),
        EnablerNeed("tanker", "share of need", 1.0, europe_units=0.4, us_units=0.0),
        EnablerNeed("airlift", "share of need", 1.0, europe_units=1.0, us_units=1.0),
    )
    nations = [NationForce("FRA", "France", 120_000)]
    a = assess_force(problem(nations, 1_000, enablers=enablers), draws=100, seed=0)
    w = {e.name: e for e in a.with_us.enablers}
    n = {e.name: e for e in a.without_us.enablers}
    assert (w["isr"].europe_units, w["isr"].us_units, w["isr"].gap_units) == (0.5, 0.5, 0.0)
    assert n["isr"].gap_units == 0.5
    assert w["tanker"].gap_units == pytest.approx(0.6)  # the US does not fill what it lacks
    assert w["airlift"].us_units == 0.0  # Europe covers it; the US adds nothing
    assert a.with_us.enabler_gaps == ("tanker",)
    assert set(a.without_us.enabler_gaps) == {"isr", "tanker"}
    # Europe pays for the half of ISR it fields, not for the US half.
    troops = 1_000 * 100
    assert a.with_us.cost_eur_per_year_low == pytest.approx(troops + 0.5 * 1e9)
    assert "tanker" in a.with_us.verdict and "ISR" in a.without_us.verdict  # in words (s10)
