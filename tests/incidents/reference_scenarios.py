"""Small incident models with contention, shared by the tests and the benchmark.

Numbers here are test fixtures, not calibrated values: they are chosen to exercise queueing,
escalation, abandonment, over-dispersion and regime switching at small sizes.
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np

from reassure.models.incidents import (
    CellDetection,
    IncidentModel,
    IncidentRates,
    IncidentTypes,
    LineCells,
    RegimeChain,
    ResponseUnits,
)

__all__ = ["SCENARIOS", "erlang_pool", "overloaded", "single_pool", "style_benchmark",
           "tiers_and_regimes"]


def _line(n_cells: int, cell_km: float, sectors: int) -> LineCells:
    sector = np.repeat(np.arange(sectors), math.ceil(n_cells / sectors))[:n_cells]
    return LineCells(np.arange(n_cells) * cell_km + cell_km / 2, np.full(n_cells, cell_km),
                     sector, tuple(f"sector-{s}" for s in range(sectors)))


def _ground_response_h(cells: LineCells, garrison_km: list[float], speed_kmh: float,
                       readiness_h: float) -> np.ndarray:
    dist = np.abs(cells.position_km[None, :] - np.asarray(garrison_km)[:, None])
    return readiness_h + dist / speed_kmh


def single_pool(horizon_days: int = 5) -> IncidentModel:
    """One sector, one incident type, three ground QRFs at different garrisons (rho ~ 0.75)."""
    cells = _line(10, 10.0, 1)
    det = CellDetection(np.full(10, 3.0), np.full(10, 0.7), 0.2)
    types = IncidentTypes(("incursion",), [4.0], [True], [False])
    rates = IncidentRates.poisson(np.array([[17.0]]))
    resp = _ground_response_h(cells, [10.0, 50.0, 90.0], 60.0, 0.25)
    units = ResponseUnits(("qrf-a", "qrf-b", "qrf-c"), ("ground_qrf",) * 3, resp,
                          np.full((3, 1), 2.0), np.ones((3, 1), bool), np.zeros(3, bool),
                          np.ones(3), np.zeros(3, bool))
    return IncidentModel(cells, det, types, rates, units, horizon_days, threshold_h=2.0)


def tiers_and_regimes(horizon_days: int = 10) -> IncidentModel:
    """Two sectors, three types, regimes, over-dispersion, a helicopter and an escalation force."""
    cells = _line(16, 12.5, 2)
    revisit = np.where(np.arange(16) < 8, 2.0, 6.0)
    det = CellDetection(revisit, np.where(np.arange(16) % 3 == 0, 1.0, 0.6), 0.25)
    types = IncidentTypes(("violation", "strike", "incursion"), [0.5, 0.0, 5.0],
                          [False, True, True], [False, True, False])
    chain = RegimeChain(("holding", "eroding", "breaking_down"), [0.7, 0.3, 0.0],
                        [[0.9, 0.1, 0.0], [0.15, 0.75, 0.1], [0.0, 0.3, 0.7]])
    rate = np.zeros((3, 3, 2))
    rate[:, 0, :] = [[5.0, 2.5], [15.0, 7.5], [40.0, 20.0]]
    rate[:, 1, :] = [[0.5, 0.2], [1.0, 0.5], [3.0, 2.0]]
    rate[:, 2, :] = [[2.0, 1.0], [4.0, 2.0], [8.0, 5.0]]
    rates = IncidentRates(rate, chain, dispersion_shape=1.5, dispersion_by_sector=True)
    resp = np.vstack([
        _ground_response_h(cells, [40.0, 150.0], 50.0, 0.5),
        0.75 + np.abs(cells.position_km - 100.0) / 200.0,  # helicopter, central base
        np.full(16, 6.0),  # outside support force: transit; its readiness is activation_h
    ])
    serve = np.array([[True, True, True], [True, True, True], [True, True, False],
                      [True, True, True]])
    scene = np.array([[1.0, 3.0, 4.0], [1.0, 3.0, 4.0], [0.5, 1.0, 1.0], [1.0, 2.0, 6.0]])
    units = ResponseUnits(("qrf-north", "qrf-south", "heli", "support"),
                          ("ground_qrf", "ground_qrf", "helicopter", "outside_support"),
                          resp, scene, serve, [False, False, False, True], [1.0, 1.0, 1.0, 0.0],
                          [False, False, True, False], activation_h=10.0)
    return IncidentModel(cells, det, types, rates, units, horizon_days, threshold_h=3.0,
                         max_wait_h=6.0)


def overloaded(horizon_days: int = 4) -> IncidentModel:
    """Demand above capacity, calls abandoned after 3 h, one cell unreachable, line-wide bad days."""
    cells = _line(12, 10.0, 2)
    det = CellDetection(np.full(12, 1.5), np.full(12, 0.9), 0.1)
    types = IncidentTypes(("incursion", "strike"), [3.0, 0.0], [True, True], [False, True])
    rates = IncidentRates(np.array([[[12.0, 12.0], [3.0, 3.0]]]), RegimeChain.single(),
                          dispersion_shape=3.0)  # one multiplier a day for the whole line
    resp = _ground_response_h(cells, [20.0, 90.0], 40.0, 0.3)
    resp[0, 6:] = np.inf  # the northern QRF does not cross into the southern sector
    resp[:, 11] = np.inf  # nobody reaches the last cell
    units = ResponseUnits(("qrf-1", "qrf-2"), ("ground_qrf",) * 2, resp, np.full((2, 2), 2.5),
                          np.ones((2, 2), bool), np.zeros(2, bool), np.full(2, 0.5),
                          np.zeros(2, bool))
    return IncidentModel(cells, det, types, rates, units, horizon_days, threshold_h=1.5,
                         max_wait_h=3.0)


def erlang_pool(servers: int, arrivals_per_h: float, service_h: float,
                horizon_days: int) -> IncidentModel:
    """An M/M/c queue: Poisson calls known at once, c identical units, no travel, exp. service."""
    cells = _line(1, 1.0, 1)
    det = CellDetection(np.full(1, 1.0), np.ones(1), 0.0)
    types = IncidentTypes(("call",), [0.0], [True], [True])
    rates = IncidentRates.poisson(np.array([[arrivals_per_h * 24.0]]))
    units = ResponseUnits(tuple(f"qrf-{i}" for i in range(servers)), ("ground_qrf",) * servers,
                          np.zeros((servers, 1)), np.full((servers, 1), service_h),
                          np.ones((servers, 1), bool), np.zeros(servers, bool),
                          np.zeros(servers), np.zeros(servers, bool))
    return IncidentModel(cells, det, types, rates, units, horizon_days, threshold_h=1.0)


def style_benchmark(n_units: int = 12, incidents_per_rep: int = 10_000) -> IncidentModel:
    """A contended model the size of style.md §2.1's SimPy measurement.

    Incidents every 0.4 h on average, all needing a unit; detection about 0.5 h (revisit 1 h,
    pd 1, latency 0); travel 1.5 h from every garrison, no return leg, 2 h on scene: with 12
    units the load is (1.5 + 2) / 0.4 / 12 = 0.73, as in §2.1's stable row. Differences from
    §2.1: detection and travel are deterministic given phase and cell, not exponential.
    """
    days = max(1, round(incidents_per_rep * 0.4 / 24))
    cells = _line(50, 10.0, 5)
    det = CellDetection(np.full(50, 1.0), np.ones(50), 0.0)
    types = IncidentTypes(("incursion",), [2.0], [True], [False])
    rates = IncidentRates.poisson(np.full((1, 5), 24.0 / 0.4 / 5))
    units = ResponseUnits(tuple(f"qrf-{i}" for i in range(n_units)), ("ground_qrf",) * n_units,
                          np.full((n_units, 50), 1.5), np.full((n_units, 1), 2.0),
                          np.ones((n_units, 1), bool), np.zeros(n_units, bool),
                          np.zeros(n_units), np.zeros(n_units, bool))
    return IncidentModel(cells, det, types, rates, units, days, threshold_h=3.0)


SCENARIOS = {"single_pool": single_pool, "tiers_and_regimes": tiers_and_regimes,
             "overloaded": overloaded,
             # s54: the same two dispatched by triage (a unit only to calls it reaches in time)
             "tiers_and_regimes_triage": lambda: replace(tiers_and_regimes(), triage=True),
             "overloaded_triage": lambda: replace(overloaded(), triage=True)}
