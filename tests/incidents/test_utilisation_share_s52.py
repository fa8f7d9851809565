"""Review s52 2 (an analyst, nordic-baltic): the busiest unit's utilisation read "99.5 (CI 91.1-108)"
in figures.csv and "100% (91-108)" in the terminal. It is committed time as a share of the days
simulated, and a share cannot exceed all of them: a unit whose calls queue past the end of the run
was committed for longer than the run (its legs are counted whole), so each replication's share is
capped at 1 and the estimate and its interval stay within [0, 1]. The uncapped load still warns
that the unit cannot keep up. Every other share the incidents model reports is bounded too.
"""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st
from reference_scenarios import erlang_pool, tiers_and_regimes

from reassure.models.incidents.engine import run_incidents
from reassure.models.incidents.summary import Estimate, IncidentRunResult


def _bounded(e: Estimate, what: str) -> None:
    """A share and its 95% interval within [0, 1], the value inside its interval."""
    if math.isnan(e.value):
        return
    assert 0.0 <= e.value <= 1.0, (what, e)
    if not math.isnan(e.ci95_low):
        assert 0.0 <= e.ci95_low <= e.value <= e.ci95_high <= 1.0, (what, e)


def _shares(r: IncidentRunResult) -> dict[str, Estimate]:
    """Every share the run reports: the fractions, per sector and type, the regimes' days, each
    unit's utilisation and the busiest one's."""
    out = {name: e for name, e in vars(r).items() if name.endswith("_fraction") and isinstance(e, Estimate)}
    out.update({f"sector {s.name} {f}": getattr(s, f) for s in r.sectors
                for f in ("detected_fraction", "within_threshold_fraction", "unanswered_fraction")})
    out.update({f"type {t.name}": t.detected_fraction for t in r.types})
    out.update({f"regime {name}": e for name, e in r.regime_day_fraction})
    out.update({f"unit {u.name}": u.utilisation for u in r.units})
    out["utilisation_max"] = r.utilisation_max
    return out


@settings(max_examples=15, deadline=None)
@given(servers=st.integers(1, 3), load=st.floats(1.3, 4.0), service_h=st.floats(1.0, 6.0),
       seed=st.integers(0, 2**31 - 1))
def test_an_overloaded_unit_is_busy_at_most_all_of_the_days_simulated(servers: int, load: float,
                                                                     service_h: float, seed: int) -> None:
    # an M/M/c queue offered more work than its units have time: with no max wait the calls queue
    # past the end of the run, so each unit is committed for longer than the run (before: > 100%)
    model = erlang_pool(servers, load * servers / service_h, service_h, horizon_days=3)
    r = run_incidents(model, 12, seed=seed)
    for what, e in _shares(r).items():
        _bounded(e, what)
    # the load behind it is still said: the units cannot keep up
    assert any(w.startswith("demand exceeds capacity: unit") for w in r.warnings), r.warnings


def test_the_busiest_unit_of_an_overloaded_pool_reads_no_more_than_100_percent() -> None:
    """The figure the reviewer read: a queue offered three times its units' time."""
    model = erlang_pool(2, 1.5, 4.0, horizon_days=5)
    r = run_incidents(model, 20, seed=53)
    e = r.utilisation_max
    assert e.value <= 1.0 and e.ci95_high <= 1.0, e
    assert e.value > 0.9  # nearly always busy: capped, not made small
    assert r.to_dict()["utilisation_max"]["ci95"][1] <= 1.0


@settings(max_examples=5, deadline=None)
@given(seed=st.integers(0, 2**31 - 1))
def test_every_share_of_a_run_with_regimes_and_escalation_is_bounded(seed: int) -> None:
    for what, e in _shares(run_incidents(tiers_and_regimes(), 8, seed=seed)).items():
        _bounded(e, what)
