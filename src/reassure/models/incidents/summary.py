"""Summary statistics of an incident run: estimates with intervals, figures per sector,
type and unit, and the reduction of per-replication statistics into an
:class:`IncidentRunResult`.

Means are over replications, with Student-t 95 % intervals. Percentiles come from integer
histograms (see :mod:`reassure.models.incidents.kernels`), their confidence intervals from
batch means over at most 20 batches of replications (replication ``r`` in batch ``r % 20``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace

import numpy as np

from reassure.models._common import finite_or_none
from reassure.models.incidents.kernels import (
    _ACTIVATED,
    _ANSWERED,
    _DEMAND_H,
    _DET,
    _DET_SUM,
    _ESCALATED,
    _H_DETECT,
    _H_INCIDENT,
    _H_REINFORCE,
    _H_REPORT,
    _H_RESPOND,
    _HIST_BINS,
    _N,
    _REPORT_SUM,
    _REQUESTED,
    _REQUIRED,
    _RESP_SUM,
    _S_DET,
    _S_N,
    _S_REQUESTED,
    _S_UNANSWERED,
    _S_WITHIN,
    _UNANSWERED,
    _UNREACHABLE,
    _WAIT_SUM,
    _WAITED,
    _WITHIN,
    _hist_lower_edges_h,
)
from reassure.models.incidents.model import IncidentModel

__all__ = [
    "Estimate",
    "IncidentRunResult",
    "Percentiles",
    "SectorFigures",
    "TypeFigures",
    "UnitFigures",
]


@dataclass
class _Partial:
    """Per-replication statistics for a contiguous range of replications."""

    start: int
    stats: np.ndarray
    busy_h: np.ndarray
    sector_stats: np.ndarray
    type_stats: np.ndarray
    regime_days: np.ndarray
    hist: np.ndarray
    n_incidents: int
    hist_first_bin: int = 0  # ``hist`` holds the bins from this one on

    def trimmed(self) -> _Partial:
        """The same statistics with ``hist`` cut to its occupied bins (a worker ships a
        few kB instead of 20 batches x 5 histograms x 7,682 bins)."""
        occupied = np.flatnonzero(self.hist.any(axis=(0, 1)))
        if occupied.size == 0:
            lo, hi = 0, 0
        else:
            lo, hi = int(occupied[0]), int(occupied[-1]) + 1
        return replace(self, hist=np.ascontiguousarray(self.hist[:, :, lo:hi]),
                       hist_first_bin=self.hist_first_bin + lo)


def _full_hist(parts: list[_Partial]) -> np.ndarray:
    # Integer counts: the sum is exact in any order.
    first = parts[0].hist
    hist = np.zeros((first.shape[0], first.shape[1], _HIST_BINS), dtype=np.int64)
    for p in parts:
        hist[:, :, p.hist_first_bin:p.hist_first_bin + p.hist.shape[2]] += p.hist
    # The kernel counts in _H_INCIDENT only the incidents never reached; the answered ones
    # are those of _H_RESPOND (the same time, start to first unit on scene).
    hist[:, _H_INCIDENT] += hist[:, _H_RESPOND]
    return hist


def _t_quantile(p: float, df: int) -> float:
    # scipy.special, not scipy.stats: the same quantile at a tenth of the import time.
    from scipy.special import stdtrit

    return float(stdtrit(df, p))


@dataclass(frozen=True)
class Estimate:
    """A Monte Carlo estimate.

    Attributes
    ----------
    value : the estimate (a mean over replications, or a pooled percentile).
    ci95_low, ci95_high : Student-t 95 % confidence interval.
    std_error : standard error of ``value``.
    n : replications (or batches, for percentiles) behind the interval.
    """

    value: float
    ci95_low: float
    ci95_high: float
    std_error: float
    n: int

    def ci(self, level: float = 0.95) -> tuple[float, float]:
        """Student-t confidence interval at ``level`` (e.g. 0.99)."""
        if self.n < 2 or not math.isfinite(self.std_error):
            return (math.nan, math.nan)
        half = _t_quantile(0.5 + level / 2, self.n - 1) * self.std_error
        return (self.value - half, self.value + half)

    def to_dict(self) -> dict[str, object]:
        """``{"value": v, "ci95": [low, high]}`` (non-finite numbers as null)."""
        return {"value": finite_or_none(self.value),
                "ci95": [finite_or_none(self.ci95_low), finite_or_none(self.ci95_high)]}

    @classmethod
    def of_mean(cls, per_replication: np.ndarray) -> Estimate:
        """Mean of the finite per-replication values, with its t interval."""
        x = np.asarray(per_replication, dtype=np.float64)
        x = x[np.isfinite(x)]
        n = int(x.size)
        if n == 0:
            return cls(math.nan, math.nan, math.nan, math.nan, 0)
        mean = float(np.mean(x))
        if n < 2:
            return cls(mean, math.nan, math.nan, math.nan, n)
        se = float(np.std(x, ddof=1)) / math.sqrt(n)
        half = _t_quantile(0.975, n - 1) * se
        return cls(mean, mean - half, mean + half, se, n)


@dataclass(frozen=True)
class Percentiles:
    """Distribution of a time over incidents: mean, median and 90th percentile."""

    mean: Estimate
    p50: Estimate
    p90: Estimate

    def to_dict(self) -> dict[str, object]:
        """Nested dict ``{"mean": ..., "p50": ..., "p90": ...}``."""
        return {"mean": self.mean.to_dict(), "p50": self.p50.to_dict(), "p90": self.p90.to_dict()}


class _FiguresDict:
    """``to_dict`` for a record of figures: its fields in order, estimates as their dicts."""

    __slots__ = ()

    def to_dict(self) -> dict[str, object]:
        """JSON-ready dict."""
        return {f.name: (v.to_dict() if isinstance(v := getattr(self, f.name), Estimate) else v)
                for f in fields(self)}  # type: ignore[arg-type]  # subclasses are dataclasses


@dataclass(frozen=True)
class SectorFigures(_FiguresDict):
    """Figures for one sector of the line.

    ``within_threshold_fraction`` and ``unanswered_fraction`` are shares of the sector's calls
    (detected incidents needing a unit); the standard is counted from the report.
    """

    name: str
    incidents_per_day: Estimate
    detected_fraction: Estimate
    within_threshold_fraction: Estimate
    unanswered_fraction: Estimate


@dataclass(frozen=True)
class TypeFigures(_FiguresDict):
    """Figures for one incident type."""

    name: str
    incidents_per_day: Estimate
    detected_fraction: Estimate


@dataclass(frozen=True)
class UnitFigures(_FiguresDict):
    """Figures for one response unit. ``utilisation`` is committed time / horizon."""

    name: str
    kind: str
    us: bool
    escalation: bool
    utilisation: Estimate


@dataclass(frozen=True)
class IncidentRunResult:
    """What a Monte Carlo run of the incident model found.

    Fractions are means over replications of the per-replication fraction. A *call* is a
    detected incident of a type that needs a unit; an *incident needing a response* may be
    undetected. Denominators:

    * ``detected_fraction``: all incidents;
    * ``within_threshold_fraction``: calls (first unit on scene within ``threshold_h`` of the
      report; unanswered calls count as not in time);
      ``within_threshold_incidents_fraction``: incidents needing a response (undetected ones
      count as not in time);
    * ``unanswered_fraction``, ``unreachable_fraction``, ``escalated_fraction``: calls;
      ``unreached_fraction``: incidents needing a response that no unit reached (undetected or
      unanswered) - the unconditional counterpart;
    * ``wait_probability``: answered calls; ``activated_fraction``: replications in which the
      outside support force was activated.

    Times: ``detect_h`` start → report, over detected incidents; ``respond_h`` start → first
    unit on scene and ``report_to_scene_h`` report → first unit on scene, over answered calls
    (reinforcements included); ``in_theatre_report_to_scene_h`` the same over the calls
    in-theatre units answered (no mean); ``reinforcement_h`` report → support force on scene, over the
    escalated calls it answered (its readiness, paid once per activation, included);
    ``incident_respond_h`` start → first unit on scene over every incident needing a response,
    those never reached counted as infinitely late (its median is ``None`` - not reached - when
    half are never reached; no mean).
    ``offered_load`` is the committed time the requests would need from their nearest unit,
    per unit and per hour of horizon; at 1 or more the units cannot keep up.
    """

    n_replications: int
    horizon_days: int
    seed: int
    contention: bool
    n_incidents: int
    incidents_per_day: Estimate
    detected_fraction: Estimate
    detect_h: Percentiles
    respond_h: Percentiles
    report_to_scene_h: Percentiles
    in_theatre_report_to_scene_h: Percentiles
    reinforcement_h: Percentiles
    incident_respond_h: Percentiles
    wait_h_mean: Estimate
    wait_probability: Estimate
    within_threshold_fraction: Estimate
    within_threshold_incidents_fraction: Estimate
    unanswered_fraction: Estimate
    unreached_fraction: Estimate
    unreachable_fraction: Estimate
    escalated_fraction: Estimate
    activated_fraction: Estimate
    activation_h: float
    offered_load: Estimate
    utilisation_max: Estimate
    utilisation_max_unit: str | None
    threshold_h: float
    units: tuple[UnitFigures, ...]
    sectors: tuple[SectorFigures, ...]
    types: tuple[TypeFigures, ...]
    regime_day_fraction: tuple[tuple[str, Estimate], ...]
    warnings: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        """JSON-ready dict; the headline keys first."""
        return {
            "incidents_per_day": self.incidents_per_day.to_dict(),
            "detected_fraction": self.detected_fraction.to_dict(),
            "detect_h": self.detect_h.to_dict(),
            "respond_h": self.respond_h.to_dict(),
            "report_to_scene_h": self.report_to_scene_h.to_dict(),
            "in_theatre_report_to_scene_h": self.in_theatre_report_to_scene_h.to_dict(),
            "incident_respond_h": self.incident_respond_h.to_dict(),
            "within_threshold_fraction": self.within_threshold_fraction.to_dict(),
            "within_threshold_incidents_fraction":
                self.within_threshold_incidents_fraction.to_dict(),
            "unanswered_fraction": self.unanswered_fraction.to_dict(),
            "unreached_fraction": self.unreached_fraction.to_dict(),
            "utilisation_max": {**self.utilisation_max.to_dict(),
                                "unit": self.utilisation_max_unit},
            "threshold_h": self.threshold_h,
            "wait_h_mean": self.wait_h_mean.to_dict(),
            "wait_probability": self.wait_probability.to_dict(),
            "unreachable_fraction": self.unreachable_fraction.to_dict(),
            "escalated_fraction": self.escalated_fraction.to_dict(),
            "activated_fraction": self.activated_fraction.to_dict(),
            "reinforcement_h": self.reinforcement_h.to_dict(),
            "activation_h": self.activation_h,
            "offered_load": self.offered_load.to_dict(),
            "units": [u.to_dict() for u in self.units],
            "sectors": [s.to_dict() for s in self.sectors],
            "types": [t.to_dict() for t in self.types],
            "regime_day_fraction": {name: e.to_dict() for name, e in self.regime_day_fraction},
            "warnings": list(self.warnings),
            "run": {"replications": self.n_replications, "horizon_days": self.horizon_days,
                    "seed": self.seed, "contention": self.contention,
                    "incidents_simulated": self.n_incidents},
        }


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)


_EDGES_H = _hist_lower_edges_h()


def _hist_quantile(counts: np.ndarray, q: float) -> float:
    # Linear interpolation inside the bin that holds rank q * total.
    total = int(counts.sum())
    if total == 0:
        return math.nan
    cum = np.cumsum(counts)
    rank = q * total
    b = int(np.searchsorted(cum, rank, side="left"))
    if b >= _HIST_BINS - 1:
        return math.inf
    before = cum[b - 1] if b > 0 else 0
    frac = (rank - before) / counts[b] if counts[b] else 0.0
    return float(_EDGES_H[b] + frac * (_EDGES_H[b + 1] - _EDGES_H[b]))


def _quantile_estimate(hist: np.ndarray, q: float) -> Estimate:
    value = _hist_quantile(hist.sum(axis=0), q)
    per_batch = np.array([_hist_quantile(h, q) for h in hist])
    per_batch = per_batch[np.isfinite(per_batch)]
    n = int(per_batch.size)
    if n < 2 or not math.isfinite(value):
        return Estimate(value, math.nan, math.nan, math.nan, n)
    se = float(np.std(per_batch, ddof=1)) / math.sqrt(n)
    half = _t_quantile(0.975, n - 1) * se
    return Estimate(value, value - half, value + half, se, n)


def _summarise(model: IncidentModel, parts: list[_Partial], n_reps: int, seed: int,
               contention: bool) -> IncidentRunResult:
    parts = sorted(parts, key=lambda p: p.start)
    stats = np.concatenate([p.stats for p in parts])
    busy = np.concatenate([p.busy_h for p in parts])
    sec = np.concatenate([p.sector_stats for p in parts])
    typ = np.concatenate([p.type_stats for p in parts])
    reg = np.concatenate([p.regime_days for p in parts])
    hist = _full_hist(parts)
    n_incidents = int(sum(p.n_incidents for p in parts))
    days, horizon_h = model.horizon_days, model.horizon_h
    units = model.units

    def mean_of(x: np.ndarray) -> Estimate:
        return Estimate.of_mean(x)

    detect_mean = mean_of(_ratio(stats[:, _DET_SUM], stats[:, _DET]))
    respond_mean = mean_of(_ratio(stats[:, _RESP_SUM], stats[:, _ANSWERED]))
    report_mean = mean_of(_ratio(stats[:, _REPORT_SUM], stats[:, _ANSWERED]))
    no_mean = Estimate(math.nan, math.nan, math.nan, math.nan, 0)

    def percentiles(h: int | np.ndarray, mean: Estimate) -> Percentiles:
        counts = hist[:, h] if isinstance(h, int) else h
        return Percentiles(mean, _quantile_estimate(counts, 0.5), _quantile_estimate(counts, 0.9))

    # Calls answered in theatre: every answered call less those the support force answered.
    in_theatre_hist = hist[:, _H_REPORT] - hist[:, _H_REINFORCE]
    util = busy / horizon_h
    unit_figs = tuple(
        UnitFigures(units.names[u], units.kind[u], bool(units.us[u]), bool(units.escalation[u]),
                    mean_of(util[:, u]))
        for u in range(units.n_units)
    )
    if unit_figs:
        busiest = int(np.argmax([f.utilisation.value for f in unit_figs]))
        util_max, util_max_unit = unit_figs[busiest].utilisation, unit_figs[busiest].name
    else:
        util_max, util_max_unit = Estimate(math.nan, math.nan, math.nan, math.nan, 0), None
    n_units = max(units.n_units, 1)
    offered = mean_of(stats[:, _DEMAND_H] / (n_units * horizon_h))
    sectors = tuple(
        SectorFigures(
            name,
            mean_of(sec[:, s, _S_N] / days),
            mean_of(_ratio(sec[:, s, _S_DET], sec[:, s, _S_N])),
            mean_of(_ratio(sec[:, s, _S_WITHIN], sec[:, s, _S_REQUESTED])),
            mean_of(_ratio(sec[:, s, _S_UNANSWERED], sec[:, s, _S_REQUESTED])),
        )
        for s, name in enumerate(model.cells.sector_names)
    )
    types = tuple(
        TypeFigures(name, mean_of(typ[:, t, 0] / days), mean_of(_ratio(typ[:, t, 1], typ[:, t, 0])))
        for t, name in enumerate(model.types.names)
    )
    regimes = tuple((name, mean_of(reg[:, i] / days))
                    for i, name in enumerate(model.rates.regimes.names))
    unanswered = mean_of(_ratio(stats[:, _UNANSWERED], stats[:, _REQUESTED]))
    unreachable = mean_of(_ratio(stats[:, _UNREACHABLE], stats[:, _REQUESTED]))

    warnings: list[str] = []
    overloaded = [f for f in unit_figs if f.utilisation.value >= 1.0]
    if overloaded:
        worst = max(overloaded, key=lambda f: f.utilisation.value)
        warnings.append(
            f"demand exceeds capacity: unit '{worst.name}' utilisation "
            f"{worst.utilisation.value:.2f} (committed time per hour of horizon); calls queue "
            f"without bound - add units or set max_wait_h")
    if contention and math.isfinite(offered.value) and offered.value >= 1.0:
        warnings.append(
            f"demand exceeds capacity: offered load {offered.value:.2f} per unit "
            f"(>= 1 means the units cannot keep up)")
    if math.isfinite(unreachable.value) and unreachable.value > 0:
        warnings.append(
            f"{unreachable.value:.1%} of calls have no unit able to reach the cell or answer "
            f"the type")
    return IncidentRunResult(
        n_replications=n_reps,
        horizon_days=days,
        seed=seed,
        contention=contention,
        n_incidents=n_incidents,
        incidents_per_day=mean_of(stats[:, _N] / days),
        detected_fraction=mean_of(_ratio(stats[:, _DET], stats[:, _N])),
        detect_h=percentiles(_H_DETECT, detect_mean),
        respond_h=percentiles(_H_RESPOND, respond_mean),
        report_to_scene_h=percentiles(_H_REPORT, report_mean),
        in_theatre_report_to_scene_h=percentiles(in_theatre_hist, no_mean),
        reinforcement_h=percentiles(_H_REINFORCE, no_mean),
        incident_respond_h=percentiles(_H_INCIDENT, no_mean),
        wait_h_mean=mean_of(_ratio(stats[:, _WAIT_SUM], stats[:, _ANSWERED])),
        wait_probability=mean_of(_ratio(stats[:, _WAITED], stats[:, _ANSWERED])),
        within_threshold_fraction=mean_of(_ratio(stats[:, _WITHIN], stats[:, _REQUESTED])),
        within_threshold_incidents_fraction=mean_of(_ratio(stats[:, _WITHIN],
                                                           stats[:, _REQUIRED])),
        unanswered_fraction=unanswered,
        unreached_fraction=mean_of(_ratio(stats[:, _REQUIRED] - stats[:, _ANSWERED],
                                          stats[:, _REQUIRED])),
        unreachable_fraction=unreachable,
        escalated_fraction=mean_of(_ratio(stats[:, _ESCALATED], stats[:, _REQUESTED])),
        activated_fraction=mean_of(stats[:, _ACTIVATED]),
        activation_h=model.units.activation_h,
        offered_load=offered,
        utilisation_max=util_max,
        utilisation_max_unit=util_max_unit,
        threshold_h=model.threshold_h,
        units=unit_figs,
        sectors=sectors,
        types=types,
        regime_day_fraction=regimes,
        warnings=tuple(warnings),
    )
