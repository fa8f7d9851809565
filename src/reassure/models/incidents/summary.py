"""Summary statistics of an incident run: estimates with intervals, figures per sector,
type and unit, and the reduction of per-replication statistics into an
:class:`IncidentRunResult`.

A share of calls or incidents, and a mean time over them, is the ratio of the totals over all
replications (the share of all the calls simulated: review s52 A), with a delta-method
(ratio-estimator) 95 % interval over replications (`Estimate.of_ratio`); a rate a day or a share
of the horizon (whose denominators every replication shares) is the mean over replications, with
a Student-t interval. Intervals are cut to what is possible (a share to [0, 1], a time or a rate
to [0, inf)). The share of replications in which something happened
(a yes/no per replication) has a Wilson score interval. Percentiles come from integer histograms
(see :mod:`reassure.models.incidents.kernels`); their 95 % intervals are percentile-bootstrap
intervals over at most 20 batches of replications (replication ``r`` in batch ``r % 20``),
resampled with a fixed seed, so they stay within the times observed (docs/validation.md).
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, fields, replace

import numba
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
    _HIST_MAX_H,
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
    "HIST_TOP_H",
    "Estimate",
    "wilson_interval",
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


@functools.lru_cache(maxsize=64)
def _t_quantile(p: float, df: int) -> float:
    # scipy.special, not scipy.stats: the same quantile at a tenth of the import time.
    from scipy.special import stdtrit

    return float(stdtrit(df, p))


_Z95 = 1.959963984540054  # the standard normal's 97.5th percentile


def wilson_interval(share: float, n: int, z: float = _Z95) -> tuple[float, float]:
    """Wilson score interval of a binomial share observed over ``n`` trials.

    (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n), as statsmodels'
    ``proportion_confint(method="wilson")`` (Wilson 1927). Always within [0, 1].

    >>> [round(x, 3) for x in wilson_interval(0.9, 20)]
    [0.699, 0.972]
    >>> wilson_interval(0.0, 20)[0], wilson_interval(0.0, 12)[0], wilson_interval(1.0, 12)[1]
    (0.0, 0.0, 1.0)
    """
    z2 = z * z
    centre = (share + z2 / (2 * n)) / (1 + z2 / n)
    half = z / (1 + z2 / n) * math.sqrt(share * (1 - share) / n + z2 / (4 * n * n))
    # at a share of 0 or 1 the two terms cancel only to rounding (review s52 2: 2.8e-17 at n = 12,
    # a low end above its value of 0): the interval holds its share
    return (max(0.0, min(centre - half, share)), min(1.0, max(centre + half, share)))


@dataclass(frozen=True)
class Estimate:
    """A Monte Carlo estimate.

    Attributes
    ----------
    value : the estimate (a mean over replications, a pooled ratio of their totals, or a pooled
        percentile).
    ci95_low, ci95_high : 95 % confidence interval: Student-t cut to the possible range (on the
        delta-method standard error for a pooled ratio), Wilson score for a yes/no share,
        percentile bootstrap for a percentile.
    std_error : standard error of ``value``.
    n : replications (or batches, for percentiles) behind the interval.
    """

    value: float
    ci95_low: float
    ci95_high: float
    std_error: float
    n: int

    def ci(self, level: float = 0.95) -> tuple[float, float]:
        """Student-t confidence interval at ``level`` (e.g. 0.99), uncut (for comparison with
        a reference; ``ci95_low``/``ci95_high`` hold the reported, bounded interval)."""
        if self.n < 2 or not math.isfinite(self.std_error):
            return (math.nan, math.nan)
        half = _t_quantile(0.5 + level / 2, self.n - 1) * self.std_error
        return (self.value - half, self.value + half)

    def to_dict(self) -> dict[str, object]:
        """``{"value": v, "ci95": [low, high]}`` (non-finite numbers as null)."""
        return {"value": finite_or_none(self.value),
                "ci95": [finite_or_none(self.ci95_low), finite_or_none(self.ci95_high)]}

    @classmethod
    def of_share(cls, per_replication: np.ndarray) -> Estimate:
        """Mean of per-replication shares, its t interval cut to [0, 1]."""
        return cls.of_mean(per_replication).clipped(0.0, 1.0)

    @classmethod
    def of_ratio(cls, numerator: np.ndarray, denominator: np.ndarray, low: float = 0.0,
                 high: float = math.inf) -> Estimate:
        """The pooled ratio of two per-replication totals, ``sum(numerator) / sum(denominator)``
        (a share of all the calls of every run, or a mean time over all of them), with a
        delta-method 95 % interval over the replications, cut to [low, high] (review s52 A).

        The replications are the independent units: with ``R`` the pooled ratio, ``d_r = y_r -
        R x_r`` and ``x̄`` the mean denominator, the standard error is ``sqrt(var(d) / n) / x̄``
        (the ratio estimator's; Cochran, *Sampling Techniques*, 1977, §6.4), and the interval
        Student-t on ``n - 1`` degrees of freedom, as the means'. A replication with no calls
        counts in ``n`` (a run is a run) and adds nothing to either sum. A mean of each
        replication's own share (`of_share`) weighs a quiet run's few calls as much as a busy
        run's many, which is not the share of the calls: 13.6 % against a pooled 12.0 % on
        europe-2025's calls in time (docs/validation.md).

        >>> e = Estimate.of_ratio(np.array([1.0, 9.0]), np.array([2.0, 18.0]))
        >>> e.value, (e.ci95_low, e.ci95_high)  # both runs at a half: no spread
        (0.5, (0.5, 0.5))
        >>> round(Estimate.of_ratio(np.array([1.0, 2.0]), np.array([1.0, 8.0])).value, 4)  # 3/9, not (1 + 1/4)/2
        0.3333
        """
        y = np.asarray(numerator, dtype=np.float64)
        x = np.asarray(denominator, dtype=np.float64)
        n = int(x.size)
        total = float(np.sum(x))
        if n == 0 or not total > 0:
            return cls(math.nan, math.nan, math.nan, math.nan, n)
        ratio = float(np.sum(y)) / total
        if n < 2:
            return cls(ratio, math.nan, math.nan, math.nan, n)
        residual = y - ratio * x
        se = math.sqrt(float(np.sum(residual * residual)) / (n - 1) / n) / (total / n)
        half = _t_quantile(0.975, n - 1) * se
        return cls(ratio, ratio - half, ratio + half, se, n).clipped(low, high)

    @classmethod
    def of_yes_no(cls, per_replication: np.ndarray) -> Estimate:
        """Share of replications with a yes (1) rather than a no (0), with its Wilson score
        interval, which stays within [0, 1] however few the replications or extreme the share."""
        x = np.asarray(per_replication, dtype=np.float64)
        x = x[np.isfinite(x)]
        n = int(x.size)
        if n == 0:
            return cls(math.nan, math.nan, math.nan, math.nan, 0)
        share = float(np.mean(x))
        lo, hi = wilson_interval(share, n)
        se = math.sqrt(share * (1.0 - share) / n)
        return cls(share, lo, hi, se, n)

    def clipped(self, low: float, high: float = math.inf) -> Estimate:
        """The same estimate, its interval cut to [low, high] (what the quantity can take)."""
        if math.isnan(self.ci95_low):
            return self
        return replace(self, ci95_low=min(max(self.ci95_low, low), high),
                       ci95_high=max(min(self.ci95_high, high), low))

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


#: The top of the time histograms (hours): a time from here on falls in their last bin, so a
#: percentile that lands there has no value. Among times that were reached it is "beyond the
#: histogram's range", not "never reached" (review s37 6: a huge violation rate queued calls for
#: longer than this and the median read "more than half never reached" beside 0.7% never reached).
HIST_TOP_H = float(_HIST_MAX_H)


@dataclass(frozen=True)
class Percentiles:
    """Distribution of a time over incidents: mean, median and 90th percentile.

    ``beyond``: the percentiles (``"p50"``, ``"p90"``) that have no value because they lie beyond
    the histogram's range (times of at least `HIST_TOP_H` hours, reached but off its top), not
    because the incidents were never reached. Their dicts carry ``beyond_h`` (`HIST_TOP_H`).
    """

    mean: Estimate
    p50: Estimate
    p90: Estimate
    beyond: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        """Nested dict ``{"mean": ..., "p50": ..., "p90": ...}``; a percentile beyond the
        histogram's range has ``"value": null`` and ``"beyond_h"``, the range's top in hours.

        >>> nan = Estimate(math.nan, math.nan, math.nan, math.nan, 0)
        >>> Percentiles(nan, Estimate(math.inf, math.nan, math.nan, math.nan, 0), nan, ("p50",)).to_dict()["p50"]
        {'value': None, 'ci95': [None, None], 'beyond_h': 1048576.0}
        """
        out: dict[str, object] = {"mean": self.mean.to_dict()}
        for name in ("p50", "p90"):
            d = getattr(self, name).to_dict()
            if name in self.beyond:
                d["beyond_h"] = HIST_TOP_H
            out[name] = d
        return out


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
    (detected incidents needing a unit), pooled over the runs; the standard is counted from the
    report. ``calls_per_day``: those calls a day (what the sector asks of the units).
    """

    name: str
    incidents_per_day: Estimate
    detected_fraction: Estimate
    within_threshold_fraction: Estimate
    unanswered_fraction: Estimate
    calls_per_day: Estimate


@dataclass(frozen=True)
class TypeFigures(_FiguresDict):
    """Figures for one incident type."""

    name: str
    incidents_per_day: Estimate
    detected_fraction: Estimate


@dataclass(frozen=True)
class UnitFigures(_FiguresDict):
    """Figures for one response unit. ``utilisation`` is its committed time as a share of the
    horizon, in [0, 1]: a replication in which the unit is committed for longer than the horizon
    (its calls queue past the end of the run) counts as committed all of it (`_committed_share`)."""

    name: str
    kind: str
    us: bool
    escalation: bool
    utilisation: Estimate


@dataclass(frozen=True)
class IncidentRunResult:
    """What a Monte Carlo run of the incident model found.

    Fractions of incidents or calls are pooled: the replications' numerators summed over their
    denominators summed (the share of every call simulated, not a mean of each replication's
    share, which weighed a quiet run's few calls as much as a busy run's many: review s52 A), with
    a delta-method interval over replications; so are the mean times over calls or incidents.
    A *call* is a detected incident of a type that needs a unit; an *incident needing a response*
    may be undetected. Denominators:

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
    ``offered_load`` is the committed time the requests would need from their nearest
    in-theatre unit, per in-theatre unit and per hour of horizon; at 1 or more the in-theatre
    units cannot keep up.
    ``support_travel_max_h`` is the outside support force's longest travel to a cell it can reach
    (hours; NaN without one), from the inputs: with ``max_wait_h`` it bounds the time an escalated
    call takes when no other escalated call holds the support force up; ``travel_max_h`` the
    longest of any unit (in theatre or not): no call answered in theatre takes longer from its
    report than ``max_wait_h`` and that.
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
    #: Each regime and the chain's expected days from the ceasefire to its first day in it
    #: (RegimeChain.mean_days_to_first; inf: it may never come), from the inputs, not the runs.
    regime_first_day: tuple[tuple[str, float], ...] = ()
    #: Each regime and the share of the simulated days the plan's chain spends in it on average
    #: (RegimeChain.expected_day_fractions over the horizon): exact, from the inputs; what
    #: ``regime_day_fraction`` (the runs' days) estimates (review s52 B: a label called the runs'
    #: shares the plan's assumptions).
    regime_expected_day_fraction: tuple[tuple[str, float], ...] = ()
    support_travel_max_h: float = math.nan
    travel_max_h: float = math.nan

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
            "support_travel_max_h": finite_or_none(self.support_travel_max_h),
            "travel_max_h": finite_or_none(self.travel_max_h),
            "offered_load": self.offered_load.to_dict(),
            "units": [u.to_dict() for u in self.units],
            "sectors": [s.to_dict() for s in self.sectors],
            "types": [t.to_dict() for t in self.types],
            "regime_day_fraction": {name: e.to_dict() for name, e in self.regime_day_fraction},
            # JSON has no infinity: a regime the chain may never reach is null
            "regime_first_day_mean_days": {name: round(d, 3) if math.isfinite(d) else None
                                           for name, d in self.regime_first_day},
            "regime_day_fraction_expected": {name: x for name, x in self.regime_expected_day_fraction},
            "warnings": list(self.warnings),
            "run": {"replications": self.n_replications, "horizon_days": self.horizon_days,
                    "seed": self.seed, "contention": self.contention,
                    "incidents_simulated": self.n_incidents},
        }


_EDGES_H = _hist_lower_edges_h()


def _hist_quantile(counts: np.ndarray, q: float, first_bin: int = 0) -> float:
    # Linear interpolation inside the bin that holds rank q * total. ``counts`` are the bins
    # from ``first_bin`` on; for q > 0 the bins before it must be empty (the same result as
    # the whole histogram: empty bins before the rank move nothing but the index).
    total = int(counts.sum())
    if total == 0:
        return math.nan
    cum = np.cumsum(counts)
    rank = q * total
    b = int(np.searchsorted(cum, rank, side="left"))
    g = b + first_bin
    if g >= _HIST_BINS - 1:
        return math.inf
    before = cum[b - 1] if b > 0 else 0
    frac = (rank - before) / counts[b] if counts[b] else 0.0
    return float(_EDGES_H[g] + frac * (_EDGES_H[g + 1] - _EDGES_H[g]))


def _batch_quantiles(hist: np.ndarray, qs: tuple[float, ...],
                     first_bin: int = 0) -> list[np.ndarray]:
    """`_hist_quantile` of every row of ``hist`` for each of ``qs``, all rows at once (the same
    arithmetic, element by element, so the same numbers). ``hist`` holds the bins from
    ``first_bin`` on (as `_hist_quantile`)."""
    cum = np.cumsum(hist, axis=1)
    total = cum[:, -1]
    rows = np.arange(hist.shape[0])
    out = []
    for q in qs:
        rank = q * total.astype(np.float64)
        b = (cum < rank[:, None]).sum(axis=1) + first_bin
        b_in = np.minimum(b, _HIST_BINS - 2)
        # (a row whose bin is the last is infinite whatever is read here: index kept in range)
        local = np.maximum(b_in - first_bin, 0)
        before = np.where(local > 0, cum[rows, np.maximum(local - 1, 0)], 0)
        in_bin = hist[rows, local]
        frac = np.where(in_bin > 0, (rank - before) / np.where(in_bin > 0, in_bin, 1), 0.0)
        value = _EDGES_H[b_in] + frac * (_EDGES_H[b_in + 1] - _EDGES_H[b_in])
        value = np.where(b >= _HIST_BINS - 1, math.inf, value)
        out.append(np.where(total == 0, math.nan, value))
    return out


_BOOTSTRAP_RESAMPLES = 1000
_BOOTSTRAP_SEED = 20250217  # fixed: the same run gives the same intervals


@functools.lru_cache(maxsize=8)
def _bootstrap_weights(n_batches: int) -> np.ndarray:
    """How often each batch is drawn in each resample (resamples x batches); fixed by the seed,
    so the same for every call with this many batches (drawn once, read-only)."""
    rng = np.random.default_rng(_BOOTSTRAP_SEED)
    weights = rng.multinomial(n_batches, np.full(n_batches, 1.0 / n_batches),
                              size=_BOOTSTRAP_RESAMPLES).astype(np.float64)
    weights.setflags(write=False)
    return weights


def _weighted(weights: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """``weights @ counts`` without BLAS: a matrix product here would wake OpenBLAS's threads,
    which then spin on the other core (measured: +0.3 CPU s an explore evaluation, slower
    kernels in the other process). The terms are whole numbers below 2**53, so any order of
    summation gives the same, exact sums."""
    if counts.ndim == 1:
        return np.einsum("rb,b->r", weights, counts)
    return np.einsum("rb,bk->rk", weights, counts)


def _weighted_at(weights: np.ndarray, counts: np.ndarray, col: np.ndarray) -> np.ndarray:
    """Row r of ``weights @ counts`` at column ``col[r]``, for every resample r (exact, as
    `_weighted`)."""
    return np.einsum("rb,br->r", weights, counts[:, col])


def _first_reaching(weights: np.ndarray, counts: np.ndarray, rank: np.ndarray) -> np.ndarray:
    """For each resample r, the first column j with ``(weights @ counts)[r, j] >= rank[r]``
    (the column count when none): ``searchsorted(side="left")`` of each row, as the rows are
    non-decreasing."""
    lo = np.zeros(weights.shape[0], dtype=np.int64)
    hi = np.full(weights.shape[0], counts.shape[1], dtype=np.int64)
    while True:
        open_ = lo < hi
        if not open_.any():
            return lo
        mid = (lo + hi) // 2
        below = _weighted_at(weights, counts, np.minimum(mid, counts.shape[1] - 1)) < rank
        lo = np.where(open_ & below, mid + 1, lo)
        hi = np.where(open_ & ~below, mid, hi)


def _bootstrap_quantiles_numpy(weights: np.ndarray, window: np.ndarray, rank: np.ndarray,
                               prev: np.ndarray, first_bin: int) -> np.ndarray:
    """Each resample's quantile of rank ``rank[r]`` (the definition `_bootstrap_quantiles`
    computes compiled; kept for the tests): ``window`` the batches' running counts over the
    bins from ``first_bin`` on, ``prev`` each resample's running count before them."""
    b = _first_reaching(weights, window, rank)
    b = np.minimum(b, window.shape[1] - 1)
    at_b = _weighted_at(weights, window, b)
    before = np.where(b > 0, _weighted_at(weights, window, np.maximum(b - 1, 0)), prev)
    in_bin = at_b - before
    frac = np.where(in_bin > 0, (rank - before) / np.maximum(in_bin, 1), 0.0)
    g = b + first_bin
    upper_edge = _EDGES_H[np.minimum(g + 1, _HIST_BINS - 1)]
    return np.where(g >= _HIST_BINS - 1, math.inf, _EDGES_H[g] + frac * (upper_edge - _EDGES_H[g]))


@numba.njit(cache=True)
def _bootstrap_quantiles(weights, window, rank, prev, first_bin, edges,
                         out):  # pragma: no cover - compiled
    # _bootstrap_quantiles_numpy into out, resample by resample (issue 13m: the numpy version
    # spent most of the summary's time in small array operations). The same binary search,
    # the same weighted sums (whole numbers below 2**53: exact in any order), the same
    # arithmetic after (no fast-math, no fused multiply-add): the same doubles.
    n_resamples, n_batches = weights.shape
    width = window.shape[1]
    n_bins = edges.size
    for r in range(n_resamples):
        lo = 0
        hi = width
        while lo < hi:
            mid = (lo + hi) // 2
            col = min(mid, width - 1)
            count = 0.0
            for j in range(n_batches):
                count += weights[r, j] * window[j, col]
            if count < rank[r]:
                lo = mid + 1
            else:
                hi = mid
        b = min(lo, width - 1)
        at_b = 0.0
        for j in range(n_batches):
            at_b += weights[r, j] * window[j, b]
        before = prev[r]
        if b > 0:
            before = 0.0
            for j in range(n_batches):
                before += weights[r, j] * window[j, b - 1]
        in_bin = at_b - before
        frac = (rank[r] - before) / max(in_bin, 1.0) if in_bin > 0 else 0.0
        g = b + first_bin
        if g >= n_bins - 1:
            out[r] = math.inf
        else:
            out[r] = edges[g] + frac * (edges[min(g + 1, n_bins - 1)] - edges[g])


def _quantile_estimates(hist: np.ndarray, qs: tuple[float, ...]) -> list[Estimate]:
    """The pooled ``qs`` quantiles of the batch histograms ``hist`` (batches x bins), each with a
    95 % percentile-bootstrap interval: the batches resampled with replacement and the pooled
    quantile taken again, so the interval stays within the times observed (never below 0)."""
    total = hist.sum(axis=0)
    n_batches = hist.shape[0]
    occupied = np.flatnonzero(total)
    # Only the occupied bins are searched (the same numbers: the empty bins before them move
    # the index only, when every q > 0); the whole histogram is 7,682 bins.
    first = int(occupied[0]) if occupied.size and min(qs) > 0 else 0
    stop = int(occupied[-1]) + 1 if occupied.size else 0
    values = [_hist_quantile(total[first:max(stop, first + 1)], q, first) for q in qs]
    # The batch-means standard error (kept for ``Estimate.ci`` and for reference checks).
    per_batch = _batch_quantiles(hist[:, first:max(stop, first + 1)], qs, first)
    out = []
    if occupied.size == 0 or n_batches < 2:
        return [Estimate(v, math.nan, math.nan, math.nan, 0) for v in values]
    lo_bin, hi_bin = int(occupied[0]), int(occupied[-1]) + 1
    # Counts as float64: weighted sums of whole numbers below 2**53 are exact in any order.
    sub_hist = hist[:, lo_bin:hi_bin].astype(np.float64)
    weights = _bootstrap_weights(n_batches)
    # Running counts of the batches; a resample's running counts are their weighted sum.
    batch_cum = np.cumsum(sub_hist, axis=1)
    tot = _weighted(weights, batch_cum[:, -1])
    width = batch_cum.shape[1]
    for q, value, pb in zip(qs, values, per_batch, strict=True):
        pb = pb[np.isfinite(pb)]
        n = int(pb.size)
        if n < 2 or not math.isfinite(value):
            out.append(Estimate(value, math.nan, math.nan, math.nan, n))
            continue
        se = float(np.std(pb, ddof=1)) / math.sqrt(n)
        # A mixture's quantile lies between its components' quantiles, so each resample's bin
        # lies between the batches' bins: only those columns are summed (a bin of margin).
        filled = batch_cum[:, -1] > 0
        batch_bins = [int(np.searchsorted(c, q * c[-1])) for c in batch_cum[filled]]
        start, stop = max(min(batch_bins) - 1, 0), min(max(batch_bins) + 2, width)
        window = batch_cum[:, start:stop]
        prev = _weighted(weights, batch_cum[:, start - 1]) if start > 0 else np.zeros(_BOOTSTRAP_RESAMPLES)
        rank = q * tot
        # First bin whose running count reaches the rank: a binary search of all resamples at
        # once (a resample's running counts never fall), reading only the ~log2(width) columns
        # it visits instead of forming every resample's running counts.
        boot = np.empty(weights.shape[0])
        _bootstrap_quantiles(weights, window, rank, prev, start + lo_bin, _EDGES_H, boot)
        boot = np.sort(np.where(tot > 0, boot, math.nan))
        boot = boot[~np.isnan(boot)]
        if boot.size < 2:
            out.append(Estimate(value, math.nan, math.nan, se, n))
            continue
        lo = float(boot[int(math.floor(0.025 * (boot.size - 1)))])
        hi = float(boot[int(math.ceil(0.975 * (boot.size - 1)))])
        out.append(Estimate(value, min(lo, value), max(hi, value), se, n))
    return out


def _committed_share(busy_h: np.ndarray, horizon_h: float) -> np.ndarray:
    """Each replication's committed time as a share of the horizon, at most 1 (review s52 2: the
    busiest unit read "100% (91-108)"). The busy time counts each call's whole leg, also past the
    end of the run where calls queue beyond it; a share of the days simulated cannot exceed all of
    them, so such a replication counts as 1, and the mean and its interval stay within [0, 1].

    >>> _committed_share(np.array([[12.0, 30.0], [0.0, 24.0]]), 24.0).tolist()
    [[0.5, 1.0], [0.0, 1.0]]
    """
    return np.minimum(busy_h / horizon_h, 1.0)


def _travel_max_h(model: IncidentModel, support_only: bool = False) -> float:
    """The longest travel of a unit to a cell it can reach (NaN without one): of the outside
    support force's elements alone with ``support_only``."""
    units = model.units
    travel = units.response_h[np.asarray(units.escalation, bool)] if support_only else units.response_h
    travel = travel[np.isfinite(travel)]
    return float(travel.max()) if travel.size else math.nan


@dataclass(frozen=True)
class _Runs:
    """Every replication's statistics, joined in replication order (rows of the `_Partial`s)."""

    stats: np.ndarray  # (replications, _N_STATS)
    busy_h: np.ndarray  # (replications, units)
    sector_stats: np.ndarray  # (replications, sectors, _S_*)
    type_stats: np.ndarray  # (replications, types, 2): incidents, detected
    regime_days: np.ndarray  # (replications, regimes)
    hist: np.ndarray  # (batches, _H_*, _HIST_BINS), never-reached and answered in _H_INCIDENT
    n_incidents: int


def _joined(parts: list[_Partial]) -> _Runs:
    """The workers' parts (in any order) as one run, their replications in order."""
    parts = sorted(parts, key=lambda p: p.start)
    return _Runs(
        stats=np.concatenate([p.stats for p in parts]),
        busy_h=np.concatenate([p.busy_h for p in parts]),
        sector_stats=np.concatenate([p.sector_stats for p in parts]),
        type_stats=np.concatenate([p.type_stats for p in parts]),
        regime_days=np.concatenate([p.regime_days for p in parts]),
        hist=_full_hist(parts),
        n_incidents=int(sum(p.n_incidents for p in parts)),
    )


def _no_estimate() -> Estimate:
    """An estimate of nothing (no mean kept, no unit): NaN, from 0 replications."""
    return Estimate(math.nan, math.nan, math.nan, math.nan, 0)


def _mean_of(per_replication: np.ndarray) -> Estimate:
    """The mean over replications of a time, a rate or a utilisation: never below 0."""
    return Estimate.of_mean(per_replication).clipped(0.0)


def _pooled(num: np.ndarray, den: np.ndarray, high: float = 1.0) -> Estimate:
    """A share of calls (or incidents): the share of all the runs' calls (review s52 A), the
    ratio of the totals, not a mean of each run's ratio (which weighs a quiet run's few calls
    as much as a busy run's many); cut to [0, ``high``]."""
    return Estimate.of_ratio(num, den, 0.0, high)


def _pooled_mean(num: np.ndarray, den: np.ndarray) -> Estimate:
    """A mean time over all the runs' calls (or incidents): the ratio of the totals."""
    return _pooled(num, den, math.inf)


def _percentiles(counts: np.ndarray, mean: Estimate, never: int = 0) -> Percentiles:
    """A time's mean (given) and median and 90th percentile from its batches' histograms
    ``counts``. ``never``: how many of the counts in the last bin are incidents never reached
    (the rest there are times beyond the histogram's range)."""
    p50, p90 = _quantile_estimates(counts, (0.5, 0.9))
    total = int(counts.sum())
    # infinite where the rank falls in the last bin: beyond the range when the never
    # reached alone do not fill the ranks from there up
    beyond = tuple(name for name, q, e in (("p50", 0.5, p50), ("p90", 0.9, p90))
                   if math.isinf(e.value) and never <= (1.0 - q) * total)
    return Percentiles(mean, p50, p90, beyond)


def _never_reached(hist: np.ndarray) -> int:
    """Incidents never reached: the kernel counts them in _H_INCIDENT's last bin, and
    `_full_hist` adds the answered (_H_RESPOND) to that histogram."""
    return int(hist[:, _H_INCIDENT].sum() - hist[:, _H_RESPOND].sum())


def _unit_figures(model: IncidentModel, busy_h: np.ndarray) -> tuple[UnitFigures, ...]:
    """Each unit's committed time, a share of the horizon (review s52 2), its interval cut
    to [0, 1]."""
    units = model.units
    util = _committed_share(busy_h, model.horizon_h)
    return tuple(
        UnitFigures(units.names[u], units.kind[u], bool(units.us[u]), bool(units.escalation[u]),
                    Estimate.of_share(util[:, u]))
        for u in range(units.n_units)
    )


def _busiest(unit_figs: tuple[UnitFigures, ...]) -> tuple[Estimate, str | None]:
    """The highest utilisation and its unit (the first of equals); none without units."""
    if not unit_figs:
        return _no_estimate(), None
    busiest = int(np.argmax([f.utilisation.value for f in unit_figs]))
    return unit_figs[busiest].utilisation, unit_figs[busiest].name


def _offered_load(model: IncidentModel, stats: np.ndarray) -> Estimate:
    """The demand (time committed by each call's nearest in-theatre unit) per in-theatre unit
    and hour of horizon: the outside support force's elements (33 of 46 units in europe-2025)
    are not in the denominator (s39 hand check: with them the load read ~3.5x too low to ever
    warn)."""
    n_in_theatre = max(int(np.count_nonzero(~np.asarray(model.units.escalation, bool))), 1)
    return _mean_of(stats[:, _DEMAND_H] / (n_in_theatre * model.horizon_h))


def _sector_figures(model: IncidentModel, sec: np.ndarray) -> tuple[SectorFigures, ...]:
    days = model.horizon_days
    return tuple(
        SectorFigures(
            name,
            _mean_of(sec[:, s, _S_N] / days),
            _pooled(sec[:, s, _S_DET], sec[:, s, _S_N]),
            _pooled(sec[:, s, _S_WITHIN], sec[:, s, _S_REQUESTED]),
            _pooled(sec[:, s, _S_UNANSWERED], sec[:, s, _S_REQUESTED]),
            _mean_of(sec[:, s, _S_REQUESTED] / days),
        )
        for s, name in enumerate(model.cells.sector_names)
    )


def _type_figures(model: IncidentModel, typ: np.ndarray) -> tuple[TypeFigures, ...]:
    days = model.horizon_days
    return tuple(
        TypeFigures(name, _mean_of(typ[:, t, 0] / days), _pooled(typ[:, t, 1], typ[:, t, 0]))
        for t, name in enumerate(model.types.names)
    )


def _regime_day_shares(model: IncidentModel,
                       regime_days: np.ndarray) -> tuple[tuple[str, Estimate], ...]:
    return tuple((name, Estimate.of_share(regime_days[:, i] / model.horizon_days))
                 for i, name in enumerate(model.rates.regimes.names))


def _regime_first_days(model: IncidentModel) -> tuple[tuple[str, float], ...]:
    """The chain's mean first day in each regime (0.0 where it starts there)."""
    chain = model.rates.regimes
    return tuple((name, float(chain.mean_days_to_first(name) or 0.0)) for name in chain.names)


def _regime_expected_day_shares(model: IncidentModel) -> tuple[tuple[str, float], ...]:
    """The chain's expected share of the horizon's days in each regime."""
    chain = model.rates.regimes
    return tuple((name, float(x)) for name, x in
                 zip(chain.names, chain.expected_day_fractions(model.horizon_days), strict=True))


def _capacity_warnings(model: IncidentModel, busy_h: np.ndarray, offered: Estimate,
                       unreachable: Estimate, contention: bool) -> tuple[str, ...]:
    """A unit loaded beyond the horizon, an offered load the in-theatre units cannot keep up
    with, calls no unit can answer."""
    units = model.units
    warnings: list[str] = []
    # the load, uncapped (unlike the utilisation), for the warning that a unit cannot keep up
    load = busy_h / model.horizon_h
    unit_load = load.mean(axis=0) if load.size else np.zeros(units.n_units)
    overloaded = [u for u in range(units.n_units) if unit_load[u] >= 1.0]
    if overloaded:
        worst = max(overloaded, key=lambda u: unit_load[u])
        warnings.append(
            f"demand exceeds capacity: unit '{units.names[worst]}' utilisation "
            f"{unit_load[worst]:.2f} (committed time per hour of horizon); calls queue "
            f"without bound - add units or set max_wait_h")
    if contention and math.isfinite(offered.value) and offered.value >= 1.0:
        warnings.append(
            f"demand exceeds capacity: offered load {offered.value:.2f} per in-theatre unit "
            f"(>= 1 means the in-theatre units cannot keep up)")
    if math.isfinite(unreachable.value) and unreachable.value > 0:
        warnings.append(
            f"{unreachable.value:.1%} of calls have no unit able to reach the cell or answer "
            f"the type")
    return tuple(warnings)


def _summarise(model: IncidentModel, parts: list[_Partial], n_reps: int, seed: int,
               contention: bool) -> IncidentRunResult:
    """The run's figures from the workers' per-replication statistics ``parts``."""
    runs = _joined(parts)
    stats, hist, days = runs.stats, runs.hist, model.horizon_days
    n_all, detected, required = stats[:, _N], stats[:, _DET], stats[:, _REQUIRED]
    requested, answered = stats[:, _REQUESTED], stats[:, _ANSWERED]
    unit_figs = _unit_figures(model, runs.busy_h)
    util_max, util_max_unit = _busiest(unit_figs)
    offered = _offered_load(model, stats)
    unreachable = _pooled(stats[:, _UNREACHABLE], requested)
    return IncidentRunResult(
        n_replications=n_reps,
        horizon_days=days,
        seed=seed,
        contention=contention,
        n_incidents=runs.n_incidents,
        incidents_per_day=_mean_of(n_all / days),
        detected_fraction=_pooled(detected, n_all),
        detect_h=_percentiles(hist[:, _H_DETECT], _pooled_mean(stats[:, _DET_SUM], detected)),
        respond_h=_percentiles(hist[:, _H_RESPOND], _pooled_mean(stats[:, _RESP_SUM], answered)),
        report_to_scene_h=_percentiles(hist[:, _H_REPORT],
                                       _pooled_mean(stats[:, _REPORT_SUM], answered)),
        # calls answered in theatre: every answered call less those the support force answered
        in_theatre_report_to_scene_h=_percentiles(hist[:, _H_REPORT] - hist[:, _H_REINFORCE],
                                                  _no_estimate()),
        reinforcement_h=_percentiles(hist[:, _H_REINFORCE], _no_estimate()),
        incident_respond_h=_percentiles(hist[:, _H_INCIDENT], _no_estimate(),
                                        _never_reached(hist)),
        wait_h_mean=_pooled_mean(stats[:, _WAIT_SUM], answered),
        wait_probability=_pooled(stats[:, _WAITED], answered),
        within_threshold_fraction=_pooled(stats[:, _WITHIN], requested),
        within_threshold_incidents_fraction=_pooled(stats[:, _WITHIN], required),
        unanswered_fraction=_pooled(stats[:, _UNANSWERED], requested),
        unreached_fraction=_pooled(required - answered, required),
        unreachable_fraction=unreachable,
        escalated_fraction=_pooled(stats[:, _ESCALATED], requested),
        activated_fraction=Estimate.of_yes_no(stats[:, _ACTIVATED]),
        activation_h=model.units.activation_h,
        offered_load=offered,
        utilisation_max=util_max,
        utilisation_max_unit=util_max_unit,
        threshold_h=model.threshold_h,
        units=unit_figs,
        sectors=_sector_figures(model, runs.sector_stats),
        types=_type_figures(model, runs.type_stats),
        regime_day_fraction=_regime_day_shares(model, runs.regime_days),
        warnings=_capacity_warnings(model, runs.busy_h, offered, unreachable, contention),
        regime_first_day=_regime_first_days(model),
        regime_expected_day_fraction=_regime_expected_day_shares(model),
        support_travel_max_h=_travel_max_h(model, support_only=True),
        travel_max_h=_travel_max_h(model),
    )
