r"""The reinforcement build-up: how many troops, how soon.

Troops become ready by readiness tier; transport channels (airlift fleets, rail, road) move them
at a daily capacity and arrive after their transit time. Airlift capacity comes from sorties per
aircraft-day and the airfield's maximum on ground. See :func:`buildup_curve` for the day-by-day
recursion. Inputs are plain floats in canonical units (km, h, troops, days); results are frozen
dataclasses with ``to_dict()``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from reassure.errors import ModelError

__all__ = [
    "AirliftFleet",
    "BuildupResult",
    "ReadinessTier",
    "SurfaceChannel",
    "airfield_sorties_per_day",
    "buildup_curve",
    "fleet_troops_per_day",
    "sorties_per_aircraft_day",
]


@dataclass(frozen=True)
class AirliftFleet:
    """One aircraft type flying troops in.

    Parameters
    ----------
    name : type name, e.g. ``"A400M"``
    aircraft : aircraft committed (mission-capable, not just owned)
    troops_per_sortie : troops carried per sortie (seats, or payload ÷ tonnes per troop)
    cruise_kmh : cruise speed
    ground_time_h : time on the ground at *each* end (load at home, offload in theatre)
    is_us : True for US aircraft (dropped without the US backstop)
    """

    name: str
    aircraft: float
    troops_per_sortie: float
    cruise_kmh: float
    ground_time_h: float
    is_us: bool = False


def sorties_per_aircraft_day(
    distance_km: float, cruise_kmh: float, ground_time_h: float, operating_h_per_day: float
) -> float:
    r"""Round trips one aircraft flies per day.

    .. math::

        s = \frac{H}{2 D / v + 2 g}

    with :math:`H` operating hours per day (aircrew and airfield day), :math:`D` one-way distance,
    :math:`v` cruise speed and :math:`g` ground time at each end. Fractional: 2.5 sorties/day means
    five round trips in two days.
    """
    if distance_km < 0 or cruise_kmh <= 0 or ground_time_h < 0 or operating_h_per_day < 0:
        raise ModelError("sorties_per_aircraft_day needs distance_km >= 0, cruise_kmh > 0, "
                         f"ground_time_h >= 0, operating_h_per_day >= 0 (got {distance_km:g}, "
                         f"{cruise_kmh:g}, {ground_time_h:g}, {operating_h_per_day:g})")
    cycle_h = 2.0 * distance_km / cruise_kmh + 2.0 * ground_time_h
    return math.inf if cycle_h == 0 else operating_h_per_day / cycle_h


def airfield_sorties_per_day(
    max_on_ground: float, operating_h_per_day: float, ground_time_h: float,
    queuing_efficiency: float = 0.85,
) -> float:
    r"""Arrivals an airfield can offload per day (AFPAM 10-1403 formula 9.0, in sorties).

    .. math::

        n = \mathrm{MOG} \times H / g \times \eta

    with MOG the aircraft that fit on the ground at once, :math:`H` operating hours, :math:`g`
    ground time per aircraft and :math:`\eta` the queuing efficiency (0.85 in AFPAM, mobility.md §1b).
    """
    if ground_time_h <= 0:
        return math.inf
    return max_on_ground * operating_h_per_day / ground_time_h * queuing_efficiency


def fleet_troops_per_day(
    fleets: Sequence[AirliftFleet],
    distance_km: float,
    operating_h_per_day: float,
    *,
    max_on_ground: float = math.inf,
    queuing_efficiency: float = 0.85,
    include_us: bool = True,
) -> float:
    r"""Troops per day the fleets fly in, capped by the arrival airfield.

    Fleet *k* can fly :math:`s_k = N_k\,H/(2D/v_k + 2g_k)` sorties a day of :math:`c_k` troops,
    each holding the arrival airfield for :math:`g_k` hours. The airfield offers
    :math:`G = \mathrm{MOG}\cdot H\cdot\eta` aircraft-hours of ground time a day (AFPAM formula
    9.0 rewritten in hours). The troops landed per day solve

    .. math::

        \max \sum_k c_k n_k \quad \text{s.t.} \quad 0 \le n_k \le s_k, \qquad
        \sum_k g_k n_k \le G

    a fractional knapsack: ground time goes to the types that land the most troops per
    ground-hour (:math:`c_k / g_k`) first. Adding aircraft therefore never lowers throughput;
    once the airfield is saturated it does not raise it either.
    """
    used = [f for f in fleets if include_us or not f.is_us]
    if not used:
        return 0.0
    sorties = np.array([f.aircraft * sorties_per_aircraft_day(distance_km, f.cruise_kmh,
                                                               f.ground_time_h, operating_h_per_day)
                        for f in used])
    ground_h = np.array([f.ground_time_h for f in used])
    troops = np.array([f.troops_per_sortie for f in used])
    budget = max_on_ground * operating_h_per_day * queuing_efficiency
    if not math.isfinite(budget) or float(np.sum(sorties * ground_h)) <= budget:
        return float(np.sum(sorties * troops))
    per_hour = np.where(ground_h > 0, troops / np.where(ground_h > 0, ground_h, 1.0), np.inf)
    landed = 0.0
    for k in np.argsort(-per_hour, kind="stable"):
        if ground_h[k] == 0:
            landed += sorties[k] * troops[k]
            continue
        n = min(sorties[k], budget / ground_h[k])
        landed += n * troops[k]
        budget -= n * ground_h[k]
        if budget <= 0:
            break
    return float(landed)


@dataclass(frozen=True)
class SurfaceChannel:
    """A transport channel with a fixed daily capacity: rail, road, or a pre-computed airlift.

    Troops dispatched on day *d* arrive ``transit_days`` later; the channel opens ``start_day``
    days after the order (trains assembled, convoys formed, aircraft positioned).
    """

    name: str
    troops_per_day: float
    transit_days: float
    start_day: float = 0.0
    is_us: bool = False


@dataclass(frozen=True)
class ReadinessTier:
    """Troops that are ready to move ``ready_day`` days after the order (notice to move)."""

    name: str
    troops: float
    ready_day: float


@dataclass(frozen=True, eq=False)
class BuildupResult:
    """Troops in theatre at the end of each day, by channel, and the time to close targets."""

    days: NDArray[np.int64]
    troops: NDArray[np.float64]
    by_channel: dict[str, NDArray[np.float64]]
    ready: NDArray[np.float64]
    close_targets: tuple[float, ...] = ()
    close_day: tuple[int | None, ...] = ()
    notes: tuple[str, ...] = field(default=())

    def day_to_close(self, troops: float) -> int | None:
        """First day by whose end at least ``troops`` are in theatre; ``None`` if not within the horizon."""
        hit = np.nonzero(self.troops >= troops - 1e-9)[0]
        return int(self.days[hit[0]]) if hit.size else None

    def to_dict(self) -> dict[str, Any]:
        """``{"buildup": [{day, troops}], "by_channel": {...}, "close": [{troops, day}]}``, the
        troops as computed (the report rounds a figure read from them once, where it shows it)."""
        return {
            "buildup": [{"day": int(d), "troops": float(t)}
                        for d, t in zip(self.days, self.troops, strict=True)],
            "by_channel": {k: [float(x) for x in v] for k, v in self.by_channel.items()},
            "ready": [float(x) for x in self.ready],
            "close": [{"troops": t, "day": d}
                      for t, d in zip(self.close_targets, self.close_day, strict=True)],
            "notes": list(self.notes),
        }


def buildup_curve(
    channels: Sequence[SurfaceChannel],
    tiers: Sequence[ReadinessTier],
    horizon_days: int,
    *,
    include_us: bool = True,
    close_targets: Sequence[float] = (),
) -> BuildupResult:
    r"""The most troops that can be in theatre by the end of each day 1..``horizon_days``.

    Day *d* covers the interval :math:`(d-1, d]` after the order. Troops of tier *k* (size
    :math:`N_k`) are ready at :math:`\rho_k` days and move from day :math:`\lceil\rho_k\rceil + 1`:
    :math:`R(x) = \sum_{k:\,\rho_k \le x-1} N_k` may have left by the end of day *x*. Channel *c*
    opens after :math:`\sigma_c` days, moves at most :math:`C_c` troops a day and lands them
    :math:`L_c = \lceil \tau_c \rceil` days later (airlift: :math:`L = 0`, the flight is inside the
    day's sorties). With :math:`q_c(d)` the troops channel *c* sends on day *d*,

    .. math::

        \text{troops}(D) = \max \sum_{c,\,d:\ d + L_c \le D} q_c(d) \quad \text{s.t.} \quad
        0 \le q_c(d) \le C_c\,[d - 1 \ge \sigma_c], \qquad
        \sum_c \sum_{d \le x} q_c(d) \le R(x)\ \ \forall x

    The feasible dispatches form a polymatroid, so filling the (channel, day) slots greedily in
    order of *arrival* day, each with as many troops as the readiness constraint still allows
    (:math:`q = \min(C_c, \min_{x \ge d} R(x) - S(x))`, *S* the troops already sent by day *x*),
    maximises :math:`\text{troops}(D)` for every *D* at once (Edmonds 1970). A troop never takes a
    slow train when waiting a day for an aircraft lands it sooner.

    Parameters
    ----------
    channels : transport channels; US ones are dropped when ``include_us`` is false
    tiers : readiness tiers (the pool of troops that can be sent)
    horizon_days : last day reported
    include_us : keep channels with ``is_us``
    close_targets : troop numbers for which the day to close is reported

    Examples
    --------
    One airlift channel of 2,000 troops/day, 5,000 ready at once: 2,000, 4,000, 5,000.

    >>> r = buildup_curve([SurfaceChannel("air", 2000, 0)], [ReadinessTier("vjtf", 5000, 0)], 3)
    >>> [float(t) for t in r.troops]
    [2000.0, 4000.0, 5000.0]
    """
    if horizon_days < 1:
        raise ModelError(f"horizon_days must be >= 1 (got {horizon_days})")
    for c in channels:
        if c.troops_per_day < 0 or c.transit_days < 0 or c.start_day < 0:
            raise ModelError(f"channel {c.name!r} needs troops_per_day, transit_days and start_day "
                             f">= 0 (got {c.troops_per_day:g}, {c.transit_days:g}, {c.start_day:g})")
    for t in tiers:
        if t.troops < 0 or t.ready_day < 0:
            raise ModelError(f"readiness tier {t.name!r} needs troops and ready_day >= 0 "
                             f"(got {t.troops:g}, {t.ready_day:g})")
    used = [c for c in channels if include_us or not c.is_us]
    days = np.arange(1, horizon_days + 1)
    tier_size = np.array([t.troops for t in tiers], dtype=float)
    tier_ready = np.array([t.ready_day for t in tiers], dtype=float)
    # R(x): troops that may have left by the end of day x (ready at time x-1 or earlier)
    ready = np.array([tier_size[tier_ready <= d - 1].sum() for d in days])
    lag = [int(math.ceil(c.transit_days - 1e-9)) for c in used]
    sent_by = np.zeros(horizon_days)  # S(x), troops dispatched on days <= x
    arrived = np.zeros((len(used), horizon_days))
    for a_idx in range(horizon_days):  # arrival day a_idx + 1, earliest first
        for c_idx, c in enumerate(used):
            d_idx = a_idx - lag[c_idx]  # dispatch day index
            if d_idx < 0 or d_idx < c.start_day - 1e-9 or c.troops_per_day <= 0:
                continue
            # dispatch day d = d_idx + 1 opens once d - 1 >= start_day
            slack = float(np.min(ready[d_idx:] - sent_by[d_idx:]))
            q = min(c.troops_per_day, max(0.0, slack))
            if q <= 0:
                continue
            sent_by[d_idx:] += q
            arrived[c_idx, a_idx] += q
    by_channel: dict[str, NDArray[np.float64]] = {}
    for c_idx, c in enumerate(used):
        cum = np.cumsum(arrived[c_idx])
        by_channel[c.name] = by_channel.get(c.name, np.zeros(horizon_days)) + cum
    total = np.cumsum(arrived.sum(axis=0)) if used else np.zeros(horizon_days)
    notes = []
    if not used:
        notes.append("no transport channel is available" + ("" if include_us else " without US assets"))
    probe = BuildupResult(days=days, troops=total, by_channel=by_channel, ready=ready)
    return BuildupResult(days=days, troops=total, by_channel=by_channel, ready=ready,
                         close_targets=tuple(float(n) for n in close_targets),
                         close_day=tuple(probe.day_to_close(n) for n in close_targets),
                         notes=tuple(notes))
