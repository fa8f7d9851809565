"""Session 52 review of the incident model.

A. "Share of calls" is the share of all the calls simulated: the runs' numerators summed over
   their denominators summed, with a delta-method interval over runs, not a mean of each run's
   share (which weighed a quiet run's few calls as much as a busy run's many: europe-2025's calls
   in time read 13.6 % where the SimPy reference pooled 12.0 %).
B. The regime shares the label calls the plan's assumptions are the plan's chain's exact
   expectation over the days simulated, not the runs' Monte Carlo estimate of it.
C. Where a share reached in time is lower with the US backstop than without (mnf-u-2026), the
   incidents notes say why in the plan's terms: more detected calls on the line take the units
   first, as the dispatch is first come, first served, with no triage between call types.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reference_scenarios import overloaded, tiers_and_regimes

import reassure
from reassure.models.incidents.engine import run_incidents, simulate_replication
from reassure.models.incidents.summary import Estimate
from reassure.run.section_incidents import queueing_note, regime_shares, worse_with_us

# -- A: pooled shares ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def regimes_run() -> tuple[Any, list[Any], Any]:
    model = tiers_and_regimes()
    outs = [simulate_replication(model, 3, r) for r in range(40)]
    return model, outs, run_incidents(model, 40, seed=3)


def test_the_share_of_calls_in_time_is_that_of_every_call_of_the_runs(regimes_run: Any) -> None:
    model, outs, result = regimes_run
    within = sum(int(o.within_threshold.sum()) for o in outs)
    calls = sum(int(o.requested.sum()) for o in outs)
    assert result.within_threshold_fraction.value == pytest.approx(within / calls, rel=1e-12)
    # the runs differ (three regimes, over-dispersion): a mean of each run's share is another number,
    # and the figure is not it
    per_run = np.mean([o.within_threshold.sum() / o.requested.sum() for o in outs if o.requested.sum()])
    assert abs(per_run - within / calls) > 0.02
    required = sum(int(_needs(model, o).sum()) for o in outs)
    assert result.within_threshold_incidents_fraction.value == pytest.approx(within / required, rel=1e-12)
    escalated = sum(int(o.escalated[o.requested].sum()) for o in outs)
    assert result.escalated_fraction.value == pytest.approx(escalated / calls, rel=1e-12)
    detected = sum(int(o.detected.sum()) for o in outs) / sum(o.detected.size for o in outs)
    assert result.detected_fraction.value == pytest.approx(detected, rel=1e-12)
    waited = sum(int((o.answered & (o.wait_h > 0)).sum()) for o in outs)
    answered = sum(int(o.answered.sum()) for o in outs)
    assert result.wait_probability.value == pytest.approx(waited / answered, rel=1e-12)
    # the mean time over answered calls is over all of them too
    respond = sum(float(o.respond_h[o.answered].sum()) for o in outs)
    assert result.respond_h.mean.value == pytest.approx(respond / answered, rel=1e-9)


def _needs(model: Any, o: Any) -> np.ndarray:
    """Whether each incident of a replication needs a response (its type in its sector)."""
    return model.kernel_inputs()["response_required"][o.type, o.sector]


def test_each_sectors_and_types_shares_are_pooled_too(regimes_run: Any) -> None:
    model, outs, result = regimes_run
    for s, figures in enumerate(result.sectors):
        calls = sum(int((o.requested & (o.sector == s)).sum()) for o in outs)
        within = sum(int((o.within_threshold & (o.sector == s)).sum()) for o in outs)
        assert figures.within_threshold_fraction.value == pytest.approx(within / calls, rel=1e-12)
        assert figures.calls_per_day.value == pytest.approx(calls / len(outs) / model.horizon_days, rel=1e-12)
    for t, figures in enumerate(result.types):
        n = sum(int((o.type == t).sum()) for o in outs)
        seen = sum(int((o.detected & (o.type == t)).sum()) for o in outs)
        assert figures.detected_fraction.value == pytest.approx(seen / n, rel=1e-12)


def test_one_worker_or_two_give_the_same_pooled_shares() -> None:
    model = overloaded()
    one, two = run_incidents(model, 24, seed=9, workers=1), run_incidents(model, 24, seed=9, workers=2)
    assert one.to_dict() == two.to_dict()


counts = st.lists(st.tuples(st.integers(0, 400), st.integers(0, 400)), min_size=2, max_size=60)


@settings(max_examples=200, deadline=None)
@given(counts, st.randoms(use_true_random=False))
def test_a_pooled_share_is_the_totals_ratio_within_its_interval_in_any_run_order(pairs: list[tuple[int, int]],
                                                                                 rnd: Any) -> None:
    calls = np.array([max(a, b) for a, b in pairs], dtype=float)
    within = np.array([min(a, b) for a, b in pairs], dtype=float)
    e = Estimate.of_ratio(within, calls, 0.0, 1.0)
    if calls.sum() == 0:
        assert math.isnan(e.value)
        return
    assert e.value == within.sum() / calls.sum()
    assert 0.0 <= e.ci95_low <= e.value <= e.ci95_high <= 1.0
    assert e.n == len(pairs)
    # the runs are exchangeable: the same numbers whichever order they come in (whole counts sum exactly)
    order = list(range(len(pairs)))
    rnd.shuffle(order)
    again = Estimate.of_ratio(within[order], calls[order], 0.0, 1.0)
    assert (again.value, again.ci95_low, again.ci95_high) == pytest.approx((e.value, e.ci95_low, e.ci95_high),
                                                                           rel=1e-12, abs=1e-15)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(1, 500), min_size=2, max_size=40), st.integers(0, 10))
def test_runs_that_all_share_one_ratio_have_no_spread(calls: list[int], tenths: int) -> None:
    x = np.array(calls, dtype=float) * 10
    e = Estimate.of_ratio(x * tenths / 10, x)
    assert e.value == pytest.approx(tenths / 10, abs=1e-12)
    assert e.ci95_high - e.ci95_low == pytest.approx(0.0, abs=1e-9)


def test_the_delta_method_interval_covers_the_pooled_share_95_times_in_100() -> None:
    """Runs of very different sizes whose share falls as they grow (busy runs queue): the
    interval of `Estimate.of_ratio` covers the share of all calls, E[within] / E[calls], about 95 %
    of the time; the old mean of per-run shares, with its t interval, almost never does."""
    rng = np.random.default_rng(53)

    def runs(n: int) -> tuple[np.ndarray, np.ndarray]:
        load = rng.gamma(0.9, 1 / 0.9, n) * 40.0  # a line-wide multiplier, as the plans' dispersion
        calls = rng.poisson(load)
        return rng.binomial(calls, 0.6 / (1.0 + load / 40.0)).astype(float), calls.astype(float)

    load = rng.gamma(0.9, 1 / 0.9, 4_000_000) * 40.0
    truth = float(np.mean(load * 0.6 / (1.0 + load / 40.0)) / np.mean(load))
    pooled_hits = mean_hits = 0
    trials = 500
    for _ in range(trials):
        within, calls = runs(100)
        e = Estimate.of_ratio(within, calls, 0.0, 1.0)
        pooled_hits += e.ci95_low <= truth <= e.ci95_high
        share = Estimate.of_share(np.where(calls > 0, within / np.maximum(calls, 1), np.nan))
        mean_hits += share.ci95_low <= truth <= share.ci95_high
    assert 0.92 <= pooled_hits / trials <= 0.975, pooled_hits / trials
    assert mean_hits / trials < 0.5, mean_hits / trials


# -- B: the plan's regime shares -----------------------------------------------------------------


def test_the_regime_shares_named_the_plans_assumptions_are_its_chains_expectation() -> None:
    from reassure.models.incidents.model import RegimeChain

    d = reassure.run_capability("incidents", "europe-2025", runs=4).with_us.to_dict()
    expected = d["regime_day_fraction_expected"]
    # the chain written out here: holding 14 days, then eroding 14 days (0.7 to breaking down,
    # 0.3 back), breaking down 63 days then holding; 90 days from holding (docs/models/incidents.md)
    p = np.array([[1 - 1 / 14, 1 / 14, 0], [0.3 / 14, 1 - 1 / 14, 0.7 / 14], [1 / 63, 0, 1 - 1 / 63]])
    dist, total = np.array([1.0, 0.0, 0.0]), np.zeros(3)
    for _ in range(90):
        total, dist = total + dist, dist @ p
    assert [expected[k] for k in ("holding", "eroding", "breaking_down")] == pytest.approx(total / 90, abs=1e-12)
    assert [round(100 * x, 1) for x in total / 90] == [30.1, 27.0, 42.8]
    # the label's whole per cent are these, not the 4 runs' days
    assert [x for _, x in regime_shares(d)] == [30.0, 27.0, 43.0]
    runs_days = [d["regime_day_fraction"][k]["value"] for k in ("holding", "eroding", "breaking_down")]
    assert runs_days != pytest.approx(list(total / 90), abs=1e-3)  # 4 runs do not give the expectation
    # the model's own method gives the same
    chain = RegimeChain(("holding", "eroding", "breaking_down"), np.array([1.0, 0, 0]), p)
    assert list(chain.expected_day_fractions(90)) == pytest.approx(list(total / 90), abs=1e-12)


# -- C: a response worse with the US backstop is said to be queueing, in the plan's terms --------


def _assessed(name: str) -> Any:
    # (s54) triage is the default; these notes are those of the first-come-first-served rule
    return reassure.assess(reassure.load_scenario(name).with_overrides({"incidents.dispatch": "first_come"}, assumption="s54: the first-come-first-served dispatch these figures and words are about"), runs=20, sensitivity=False)


def _incidents(name: str) -> Any:
    return next(s for s in _assessed(name).sections if s.name == "incidents")


def _num(value: Any, refs: Any, unit: str = "", digits: int = 0, **kw: Any) -> str:
    return str(kw.get("text")) if value is None else f"{value:,.{max(digits, 0)}f} {unit}".strip()


def test_mnf_u_2026_says_why_its_response_reads_worse_with_the_us_backstop() -> None:
    from reassure.present.story import headline

    result = _assessed("mnf-u-2026")
    section = next(s for s in result.sections if s.name == "incidents")
    # the headline states the share of incidents in time, lower with the US: its clause says why,
    # in the plan's terms
    lead = headline(result.scenario, result.sections, _num, True)
    assert "the more detected calls on the line take the units first, as the model answers calls first come, " \
           "first served, with no triage between call types, so a call at a protected site waits behind them " \
           "(the plan's dispatch setting, incidents.dispatch = \"first_come\"; see the incidents section)" in lead
    r, alone = section.data["with_us"], section.data["without_us"]
    assert set(worse_with_us(r, alone)) == {"incidents", "calls", "sites"}
    note = next(n for n in section.notes if "This is queueing" in n)
    assert "and so are the calls at the protected sites (" in note
    assert "calls a day from the line against" in note
    assert "a ground QRF's 4 h for an incursion, incidents.types[*].on_scene" in note
    assert "wait behind more of the line's calls" in note
    assert "of calls escalated to the outside support force" in note
    assert "the busiest unit committed" in note
    assert "The plan's dispatch setting (incidents.dispatch = \"first_come\"; docs/models/incidents.md), not a " \
           "finding: it serves calls first come, " \
           "first served, with no priority for the protected sites and no triage" in note
    # its numbers are the figures'
    sites = next(f for f in section.figures if f.key == "sites_within_threshold_pct")
    assert sites.with_us < sites.without_us
    assert f"({sites.with_us:.1f}% against {sites.without_us:.1f}% of the calls there)" in note


def test_europe_2025_whose_shares_in_time_do_not_reverse_gets_no_such_note() -> None:
    from reassure.present.story import headline

    result = _assessed("europe-2025")
    section = next(s for s in result.sections if s.name == "incidents")
    assert worse_with_us(section.data["with_us"], section.data["without_us"]) == []
    assert not [n for n in section.notes if "This is queueing" in n]
    assert "take the units first" not in headline(result.scenario, result.sections, _num, True)


def test_only_the_sites_share_lower_gets_the_note_with_its_own_opening() -> None:
    def side(all_: float, calls: float, sites: float, line: float) -> dict[str, Any]:
        return {"within_threshold_incidents_fraction": {"value": all_}, "within_threshold_fraction": {"value": calls},
                "unreached_fraction": {"value": 0.1}, "escalated_fraction": {"value": 0.1},
                "detected_fraction": {"value": 0.5 if line > 6 else 0.2},
                "sectors": [{"name": "km 0-100", "calls_per_day": {"value": line}},
                            {"name": "protected sites", "within_threshold_fraction": {"value": sites},
                             "calls_per_day": {"value": 1.2}}]}

    note = queueing_note(side(0.30, 0.35, 0.50, 15.0), side(0.20, 0.30, 0.70, 5.0))
    assert note is not None and note.startswith("A smaller share of the calls at the protected sites")
    assert "(50.0% against 70.0% of the calls there)" in note
    assert "15.0 calls a day from the line against 5.0 without" in note
    assert "the protected sites' 1.2 calls a day with and without the US backstop alike wait" in note
    # a tie as the report writes it (one decimal) is no reversal
    assert queueing_note(side(0.30, 0.35, 0.70001, 15.0), side(0.20, 0.30, 0.70004, 5.0)) is None


def test_zaporizhzhias_strikes_a_day_hold_the_closed_form_from_the_chains_expectation() -> None:
    """docs/validation.md (session 40's row, corrected in session 52): 5,700 of the sites' 15,095
    weight fall on occupied ZNPP, and the chain's exact regime-weighted strike rate is
    0.05 x 30.1 % + 0.5 x 27.0 % + 4 x 42.8 % = 1.863 a day: 0.703 a day, not the 0.74 the row
    called a closed form (the Monte Carlo figure, over the runs' own days in each regime)."""
    from reassure.bridge.incidents import UNPROTECTABLE_SECTOR

    p = np.array([[1 - 1 / 14, 1 / 14, 0], [0.3 / 14, 1 - 1 / 14, 0.7 / 14], [1 / 63, 0, 1 - 1 / 63]])
    dist, total = np.array([1.0, 0.0, 0.0]), np.zeros(3)
    for _ in range(90):
        total, dist = total + dist, dist @ p
    closed = 5_700 / 15_095 * float(np.dot([0.05, 0.5, 4.0], total / 90))
    assert closed == pytest.approx(0.703, abs=0.0005)
    r = reassure.run_capability("incidents", "europe-2025", runs=100).with_us.to_dict()
    znpp = next(s for s in r["sectors"] if s["name"] == UNPROTECTABLE_SECTOR)["incidents_per_day"]
    assert znpp["ci95"][0] <= closed <= znpp["ci95"][1]
    assert znpp["value"] == pytest.approx(0.744, abs=0.0005)  # the runs' figure the row gives beside it
