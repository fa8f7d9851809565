"""Reference implementation of the incident process in SimPy, written independently of the engine.

It follows the process described in :mod:`reassure.models.incidents` event by event, the way an
analyst would write it in SimPy: arrivals as a Poisson process (exponential gaps, not counts),
sensor passes as timeouts, the dispatcher as idle flags plus a first-come-first-served queue,
and units released by a process. With ``model.triage`` the in-theatre dispatcher instead books
units ahead: each unit's booked-until time, a call taking the unit on scene first if within the
threshold (its time on scene drawn when booked), else passed at once to the support force. It reads only the public input fields of an
``IncidentModel`` and draws from Python's ``random`` module, so it shares no code and no random
stream with the engine. Tests and ``benchmarks/bench_incidents.py`` import it.
"""

from __future__ import annotations

import itertools
import math
import random
from dataclasses import dataclass, field

import simpy

__all__ = ["ReferenceReplication", "run_reference", "simulate_reference_replication"]


@dataclass
class ReferenceReplication:
    """What one SimPy replication produced (plain Python numbers)."""

    n_incidents: int = 0
    n_detected: int = 0
    detect_sum_h: float = 0.0
    n_required: int = 0
    n_requested: int = 0
    n_answered: int = 0
    n_unanswered: int = 0
    n_within: int = 0
    n_waited: int = 0
    n_escalated: int = 0
    n_activated: int = 0
    respond_sum_h: float = 0.0
    report_sum_h: float = 0.0
    wait_sum_h: float = 0.0
    respond_h: list[float] = field(default_factory=list)
    busy_h: list[float] = field(default_factory=list)
    events: int = 0
    #: calls, and calls answered within the threshold, by sector index (review s52: the share at
    #: the protected sites beside the engine's; counted only, no draw changes)
    sector_requested: dict[int, int] = field(default_factory=dict)
    sector_within: dict[int, int] = field(default_factory=dict)


def simulate_reference_replication(model, seed: int, *, contention: bool = True,
                                   keep_times: bool = True) -> ReferenceReplication:
    """Simulate one replication of ``model`` (an ``IncidentModel``) in SimPy."""
    rnd = random.Random(seed)
    env = simpy.Environment()
    out = ReferenceReplication()
    cells, det, types, rates, units = (model.cells, model.detection, model.types, model.rates,
                                       model.units)
    n_units = units.n_units
    out.busy_h = [0.0] * n_units
    latency = det.latency_per_cell_h().tolist()
    revisit = det.revisit_h.tolist()
    pd = det.pd_per_pass.tolist()
    resp = units.response_h.tolist()
    scene = units.on_scene_h.tolist()
    serve = units.can_serve.tolist()
    esc = units.escalation.tolist()
    ret = units.return_factor.tolist()
    duration = types.duration_h.tolist()
    # a type's call needs a unit unless its sector is one the force cannot go to
    required = (types.response_required[:, None] & cells.answerable[None, :]).tolist()
    self_reported = types.self_reported.tolist()
    sector_cells = [[c for c in range(cells.n_cells) if cells.sector[c] == s]
                    for s in range(cells.n_sectors)]
    sector_cum_km = [list(itertools.accumulate(float(cells.length_km[c]) for c in cs))
                     for cs in sector_cells]
    idle = [True] * n_units
    booked_until = [0.0] * n_units  # triage: when each in-theatre unit is next free
    # Two dispatchers, two queues: the in-theatre units, and the outside support force that
    # takes only the calls passed on to it.
    queues: dict[bool, list[tuple[int, int, simpy.Event]]] = {False: [], True: []}
    support = {"ready_at": math.inf}

    def eligible(u: int, t: int, c: int) -> bool:
        return serve[u][t] and math.isfinite(resp[u][c])

    # The call sheets: for each (type, cell), the eligible units of each dispatcher, fastest
    # to arrive first.
    preference = {tier: [[sorted((u for u in range(n_units) if esc[u] == tier and eligible(u, t, c)),
                                 key=lambda u, c=c: (resp[u][c], u))
                          for c in range(cells.n_cells)] for t in range(types.n_types)]
                  for tier in (False, True)}

    def pick_free(units_in_order: list[int]) -> int | None:
        for u in units_in_order:
            if idle[u] or not contention:
                return u
        return None

    def release(u: int) -> None:
        queue = queues[esc[u]]
        for k, (t, c, ev) in enumerate(queue):
            if eligible(u, t, c):
                del queue[k]
                ev.succeed(u)
                return
        idle[u] = True

    def take(units_in_order: list[int], t: int, c: int, patience: float):
        # A free unit at once, else wait in the tier's queue up to ``patience`` hours;
        # returns the unit, or None if the wait ran out.
        u = pick_free(units_in_order)
        if u is not None:
            if contention:
                idle[u] = False
            return u
        queue = queues[esc[units_in_order[0]]]
        ev = env.event()
        entry = (t, c, ev)
        queue.append(entry)
        if math.isfinite(patience):
            yield ev | env.timeout(patience)
            if not ev.triggered:
                queue.remove(entry)
                return None
        else:
            yield ev
        return ev.value

    def incident(start: float, sector: int, t: int):
        yield env.timeout(start - env.now)
        c = rnd.choices(sector_cells[sector], cum_weights=sector_cum_km[sector])[0]
        out.n_incidents += 1
        if required[t][sector]:
            out.n_required += 1
        if self_reported[t]:
            yield env.timeout(latency[c])
        else:
            if not math.isfinite(revisit[c]):
                return
            end = start + duration[t]
            yield env.timeout(rnd.random() * revisit[c])
            while True:
                if env.now > end:
                    return  # the incident is over before a pass saw it
                if rnd.random() < pd[c]:
                    break
                yield env.timeout(revisit[c])
            yield env.timeout(latency[c])
        detect = env.now - start
        out.n_detected += 1
        out.detect_sum_h += detect
        if not required[t][sector]:
            return
        out.n_requested += 1
        out.sector_requested[sector] = out.sector_requested.get(sector, 0) + 1
        asked = env.now
        in_theatre, reinforcement = preference[False][t][c], preference[True][t][c]
        u = None
        on_scene = None
        if in_theatre and model.triage:
            # Book the unit on scene first if it is there within the threshold; else pass it on.
            if contention:
                u = min(in_theatre, key=lambda v: (max(env.now, booked_until[v]) + resp[v][c],
                                                   in_theatre.index(v)))
            else:
                u = in_theatre[0]
            begin = max(env.now, booked_until[u]) if contention else env.now
            if begin + resp[u][c] - asked > model.threshold_h:
                u = None
            else:
                on_scene = rnd.expovariate(1.0 / scene[u][t]) if scene[u][t] > 0 else 0.0
                booked_until[u] = begin + resp[u][c] * (1 + ret[u]) + on_scene
                if begin > env.now:
                    yield env.timeout(begin - env.now)
        elif in_theatre:
            u = yield from take(in_theatre, t, c, model.max_wait_h)
        if u is None:
            # Not taken up in theatre within max_wait (with triage: none there in time; or none
            # can reach it): escalated.
            if not reinforcement:
                out.n_unanswered += 1
                return
            out.n_escalated += 1
            if not math.isfinite(support["ready_at"]):
                support["ready_at"] = env.now + units.activation_h  # readiness, paid once
                out.n_activated = 1
            if env.now < support["ready_at"]:
                yield env.timeout(support["ready_at"] - env.now)
            u = yield from take(reinforcement, t, c, math.inf)
        wait = env.now - asked
        committed = env.now
        yield env.timeout(resp[u][c])
        respond = env.now - start
        out.n_answered += 1
        out.respond_sum_h += respond
        out.report_sum_h += env.now - asked
        out.wait_sum_h += wait
        out.n_waited += wait > 0
        out.n_within += env.now - asked <= model.threshold_h
        if env.now - asked <= model.threshold_h:
            out.sector_within[sector] = out.sector_within.get(sector, 0) + 1
        if keep_times:
            out.respond_h.append(respond)
        if on_scene is None:
            on_scene = rnd.expovariate(1.0 / scene[u][t]) if scene[u][t] > 0 else 0.0
        yield env.timeout(on_scene)
        yield env.timeout(resp[u][c] * ret[u])
        out.busy_h[u] += env.now - committed
        if contention and not (model.triage and not esc[u]):
            release(u)

    def arrivals():
        chain = rates.regimes
        regime = rnd.choices(range(chain.n_regimes), weights=chain.initial_probability)[0]
        k = rates.dispersion_shape
        for day in range(model.horizon_days):
            if day > 0:
                regime = rnd.choices(range(chain.n_regimes),
                                     weights=chain.transition_per_day[regime])[0]
            line_g = rnd.gammavariate(k, 1.0 / k) if math.isfinite(k) else 1.0
            for s in range(cells.n_sectors):
                g = line_g
                if rates.dispersion_by_sector and math.isfinite(k):
                    g = rnd.gammavariate(k, 1.0 / k)
                for t in range(types.n_types):
                    per_h = float(rates.rate_per_day[regime, t, s]) * g / 24.0
                    if per_h <= 0:
                        continue
                    when = day * 24.0 + rnd.expovariate(per_h)
                    while when < (day + 1) * 24.0:
                        env.process(incident(when, s, t))
                        when += rnd.expovariate(per_h)
            yield env.timeout(24.0)

    env.process(arrivals())
    env.run()
    out.events = next(env._eid)  # events ever scheduled, as counted in style.md §2.1
    return out


def run_reference(model, n_replications: int, seed: int, *, contention: bool = True,
                  keep_times: bool = True) -> list[ReferenceReplication]:
    """Run ``n_replications`` independent SimPy replications (seeds ``seed*1_000_003 + r``)."""
    return [simulate_reference_replication(model, seed * 1_000_003 + r, contention=contention,
                                           keep_times=keep_times)
            for r in range(n_replications)]
