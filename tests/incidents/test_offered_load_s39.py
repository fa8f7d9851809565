"""s39 hand check: the offered load is the demand on each call's nearest in-theatre unit per
in-theatre unit; the outside support force's elements (33 of europe-2025's 46 units) were in the
denominator, so the load read about 3.5 times too low for its ">= 1 cannot keep up" warning."""

from __future__ import annotations

import numpy as np
from reference_scenarios import overloaded

from reassure.models.incidents.engine import run_incidents
from reassure.models.incidents.model import ResponseUnits


def _with_support_force(n_support: int) -> object:
    m = overloaded()
    u = m.units
    n_types = u.on_scene_h.shape[1]
    far = np.full((n_support, u.response_h.shape[1]), 500.0)  # days away: never the nearest
    units = ResponseUnits(
        u.names + tuple(f"support-{k}" for k in range(n_support)),
        u.kind + ("outside_support",) * n_support,
        np.vstack([u.response_h, far]),
        np.vstack([u.on_scene_h, np.full((n_support, n_types), 2.5)]),
        np.vstack([u.can_serve, np.ones((n_support, n_types), bool)]),
        np.concatenate([u.escalation, np.ones(n_support, bool)]),
        np.concatenate([u.return_factor, np.full(n_support, 0.5)]),
        np.concatenate([u.us, np.zeros(n_support, bool)]),
        activation_h=168.0,
    )
    return m.with_units(units)


def test_the_outside_support_force_is_not_in_the_offered_loads_denominator() -> None:
    alone = run_incidents(overloaded(), 20, seed=4)
    with_support = run_incidents(_with_support_force(6), 20, seed=4)
    assert alone.offered_load.value >= 1.0
    # the same demand on the same two in-theatre units: not divided by eight
    assert with_support.offered_load.value == alone.offered_load.value
    assert any("per in-theatre unit" in w for w in with_support.warnings)
