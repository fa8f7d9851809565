"""Session 52: how soon the regime chain has the truce break down, beside CSIS's record.

The mean first passage is checked against a second implementation (the sum over days of the
chance the regime has not yet come, from the chain's powers), on random chains."""
from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reassure
from reassure.models.incidents.model import RegimeChain
from reassure.run.section_incidents import breakdown_timing_note


def _by_survival(chain: RegimeChain, target: int, days: int = 20_000) -> float:
    """E[T] = sum over n >= 0 of P(T > n): the chain's mass outside ``target`` after n steps,
    with ``target`` made absorbing."""
    p = chain.transition_per_day.copy()
    p[target] = 0.0
    p[target, target] = 1.0
    mass = chain.initial_probability.copy()
    total = 0.0
    for _ in range(days):
        outside = 1.0 - mass[target]
        if outside < 1e-13:
            break
        total += outside
        mass = mass @ p
    return total


@st.composite
def chains(draw: st.DrawFn) -> RegimeChain:
    n = draw(st.integers(2, 4))
    stay = [draw(st.floats(1.5, 40.0)) for _ in range(n)]
    trans = np.zeros((n, n))
    for i in range(n):
        weights = np.array([draw(st.floats(0.05, 1.0)) if j != i else 0.0 for j in range(n)])
        trans[i] = weights / weights.sum() / stay[i]
        trans[i, i] = 1.0 - 1.0 / stay[i]
    init = np.array([draw(st.floats(0.0, 1.0)) for _ in range(n)]) + 1e-3
    return RegimeChain(tuple(f"r{i}" for i in range(n)), init / init.sum(), trans)


@settings(max_examples=40, deadline=None)
@given(chains(), st.integers(0, 3))
def test_the_mean_first_passage_matches_the_sum_of_survival_chances(chain: RegimeChain, k: int) -> None:
    target = k % chain.n_regimes
    assert chain.mean_days_to_first(f"r{target}") == pytest.approx(_by_survival(chain, target), rel=1e-6, abs=1e-6)


def test_a_regime_never_reached_is_infinite_and_an_absent_one_none() -> None:
    chain = RegimeChain(("a", "b", "c"), np.array([1.0, 0, 0]),
                        np.array([[0.9, 0.1, 0], [0.1, 0.9, 0], [0, 0, 1]]))
    assert math.isinf(chain.mean_days_to_first("c"))
    assert chain.mean_days_to_first("nowhere") is None
    assert chain.mean_days_to_first("a") == 0.0


def _incidents(plan: reassure.Scenario) -> Any:
    result = reassure.assess(plan, runs=2, sensitivity=False)
    return next(s for s in result.sections if s.name == "incidents")


def test_europe_2025_breaks_down_sooner_than_the_csis_record_and_the_report_says_so() -> None:
    section = _incidents(reassure.load_scenario("europe-2025"))
    first = section.data["with_us"]["regime_first_day_mean_days"]
    assert first["holding"] == 0 and first["breaking_down"] == pytest.approx(40.0, abs=0.01)
    note = next(n for n in section.notes if "regime chain" in n)
    assert "40 days after the ceasefire" in note and "65-193 days" in note and "sooner than" in note
    assert "strategicstudyindia.com/2025/08/what-would-ceasefire-in-ukraine-look.html" in note


def test_a_truce_that_holds_longer_falls_within_the_record() -> None:
    plan = reassure.load_scenario("europe-2025")
    regimes = [g.model_copy(update={"mean_duration": g.mean_duration.model_copy(update={"value": 56.0})})
               if g.id == "holding" else g for g in plan.incidents.regimes]
    variant = plan.model_copy(update={"incidents": plan.incidents.model_copy(update={"regimes": regimes})})
    note = next(n for n in _incidents(variant).notes if "regime chain" in n)
    assert "100 days after the ceasefire" in note and "within that record" in note  # (56 + 14) / 0.7


def test_no_note_for_a_chain_without_a_breakdown_regime() -> None:
    assert breakdown_timing_note({"regime_first_day_mean_days": {"holding": 0.0}}) is None
    assert breakdown_timing_note({}) is None


@settings(max_examples=60, deadline=None)
@given(st.floats(0.001, 0.999), st.floats(0.001, 0.999), st.integers(1, 400))
def test_expected_day_shares_match_the_two_regime_closed_form(p: float, q: float, days: int) -> None:
    # two regimes, a -> b with p a day, b -> a with q; from a: P(a on day t) = q/(p+q) + p/(p+q) (1-p-q)^t
    chain = RegimeChain(("a", "b"), np.array([1.0, 0.0]), np.array([[1 - p, p], [q, 1 - q]]))
    t = np.arange(days)
    closed = float(np.mean(q / (p + q) + p / (p + q) * (1 - p - q) ** t))
    shares = chain.expected_day_fractions(days)
    assert shares[0] == pytest.approx(closed, rel=1e-9, abs=1e-12)
    assert shares.sum() == pytest.approx(1.0)
