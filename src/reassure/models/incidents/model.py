"""Ceasefire incidents: generation, detection and response, as pure array functions.

The process (one replication; the Monte Carlo engine in :mod:`reassure.models.incidents.engine` repeats it)::

    regime path     a Markov chain over days: holding / eroding / breaking down (any number)
    arrivals        for each day d, sector s and incident type t, a Poisson count with mean
                    rate_per_day[regime[d], t, s] * G[d], G ~ Gamma(k, 1/k) shared by the
                    types and sectors of a day (or G[d, s], one per sector-day)
                    (over-dispersion: gamma-Poisson = negative binomial);
                    start times uniform in the day; the cell drawn in the sector by length
    detection       passes over the cell every ``revisit_h`` with a random phase, so the first
                    pass after the start is U(0, R) later; each pass detects with ``pd_per_pass``
                    while the incident lasts (``duration_h``); then ``report_latency_h``.
                    Self-reported types (a strike on a protected site is reported by the site)
                    are known after the latency alone.
    response        each detected incident of a type that needs one asks for a unit at the time
                    it is reported (a call). Dispatch in order of those times: the free
                    in-theatre unit that arrives first; if none is free, the call waits for the
                    in-theatre unit that becomes free first (first come, first served).
                    With ``triage`` the dispatcher sends an in-theatre unit only to a call it can
                    reach within the threshold: the unit on scene first (free now or later), and
                    a call none reaches in time is passed at once to the support force, so units
                    are not tied up by calls they would reach late.
    escalation      a call no in-theatre unit takes up within ``max_wait_h`` (or that none can
                    reach) is passed to the outside support force, a reinforcement: the first
                    escalated call of a replication activates it, and its elements can leave
                    ``activation_h`` (its readiness) after that, once per replication. An
                    escalated call takes the support-force element free first after that and
                    waits for it however long it takes; it is unanswered only if no
                    support-force element can reach the cell or serve the type.
                    A unit is busy for travel + on-scene (exponential, mean ``on_scene_h``) +
                    return (``return_factor`` × travel); readiness is never part of a leg.

Outcomes per incident: detected, time to detect, time to first response (from the start of the
incident to the first unit on scene; and from the report), within the threshold (counted from
the report), escalated, unanswered. No combat outcomes.

This module holds the inputs (frozen dataclasses of arrays, independent of other models), the
fixed order in which one replication draws its random numbers (:func:`draw_replication`), and
the compiled per-incident generation and detection kernel. The contention pass, the chunking
and the aggregation live in :mod:`reassure.models.incidents.engine`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

import numba
import numpy as np

from reassure.errors import ModelError
from reassure.models._checks import require

__all__ = [
    "RAW_DRAWS_PER_INCIDENT",
    "UNIFORMS_PER_INCIDENT",
    "CellDetection",
    "IncidentModel",
    "IncidentOutcomes",
    "IncidentRates",
    "IncidentTypes",
    "LineCells",
    "RegimeChain",
    "ReplicationDraws",
    "ResponseUnits",
    "draw_counts",
    "draw_incident_uniforms",
    "draw_replication",
    "expected_detected_fraction",
    "generate_and_detect",
    "generate_and_detect_kernel",
    "incident_uniforms",
    "poisson_cdf_table",
]

#: Uniform numbers drawn per incident, in this column order: time in the day, position in the
#: sector, phase of the first pass, pass successes (geometric), on-scene time (exponential).
UNIFORMS_PER_INCIDENT = 5
#: Raw 64-bit draws of the replication's generator per incident, from which its uniforms come
#: (:func:`incident_uniforms`): the first four are 32-bit halves, the on-scene time's keeps 53
#: bits. (Until issue 13l each uniform was one ``Generator.random`` double, 5 draws an incident.)
RAW_DRAWS_PER_INCIDENT = 3

UNIT_KINDS = ("ground_qrf", "helicopter", "air", "outside_support")


def _frozen_array(value: object, dtype: type, name: str, ndim: int | None = None) -> np.ndarray:
    try:
        arr: np.ndarray = np.array(value, dtype=dtype, copy=True)
    except (TypeError, ValueError) as exc:
        raise ModelError(f"{name} must be numeric (got {value!r})") from exc
    if ndim is not None and arr.ndim != ndim:
        raise ModelError(f"{name} must have {ndim} dimension(s) (got shape {arr.shape})")
    arr.setflags(write=False)
    return arr


def _set_fields(record: object, **values: object) -> None:
    # A frozen dataclass's __post_init__ stores its validated, normalised fields this way.
    for name, value in values.items():
        object.__setattr__(record, name, value)


def _count() -> int:
    # A count derived from a record's fields in __post_init__, not an argument.
    return field(init=False, repr=False, compare=False)  # type: ignore[no-any-return]


def _names(value: object, empty_message: str) -> tuple[str, ...]:
    # The names of a record's entries as strings; a record needs at least one.
    names = tuple(str(n) for n in value)  # type: ignore[attr-defined]  # an iterable
    require(len(names) > 0, empty_message)
    return names


@dataclass(frozen=True)
class LineCells:
    """Cells of the contact line: where incidents happen.

    Parameters
    ----------
    position_km : (n_cells,) along-line position of each cell's centre, from the south-west end.
    length_km : (n_cells,) length of line in each cell; incidents in a sector fall on its cells
        in proportion to length.
    sector : (n_cells,) integer sector of each cell, ``0 .. len(sector_names) - 1``.
    sector_names : names of the sectors; every sector must own at least one cell.
    answerable : (n_sectors,) whether a unit may be sent to a sector's incidents (default: every
        sector). False for a place the force cannot go, such as a site held by the other side:
        its incidents are counted and may be detected, but call for no unit, so they are left
        out of the calls and of the incidents needing a response.
    """

    position_km: np.ndarray
    length_km: np.ndarray
    sector: np.ndarray
    sector_names: tuple[str, ...]
    answerable: np.ndarray | None = None
    n_cells: int = _count()  # of cells
    n_sectors: int = _count()  # of sectors

    def __post_init__(self) -> None:
        pos = _frozen_array(self.position_km, np.float64, "position_km", 1)
        length = _frozen_array(self.length_km, np.float64, "length_km", 1)
        sector = _frozen_array(self.sector, np.int64, "sector", 1)
        names = _names(self.sector_names, "sector_names must name at least one sector")
        require(pos.size > 0, "LineCells needs at least one cell")
        require(
            pos.shape == length.shape == sector.shape,
            f"position_km, length_km and sector must have one value per cell "
            f"(got {pos.size}, {length.size}, {sector.size})",
        )
        require(bool(np.all(length > 0) and np.all(np.isfinite(length))),
               f"length_km must be positive and finite (got min {length.min()})")
        require(bool(sector.min() >= 0 and sector.max() < len(names)),
               f"sector values must lie in 0..{len(names) - 1} (got {sector.min()}..{sector.max()})")
        empty = [names[s] for s in range(len(names)) if not np.any(sector == s)]
        require(not empty, f"every sector needs at least one cell (empty: {', '.join(empty)})")
        answerable = _frozen_array(np.ones(len(names), dtype=bool) if self.answerable is None
                                   else self.answerable, np.bool_, "answerable", 1)
        require(answerable.size == len(names),
                f"answerable needs one value per sector (got {answerable.size} for {len(names)})")
        _set_fields(self, position_km=pos, length_km=length, sector=sector, sector_names=names,
                    answerable=answerable, n_cells=int(pos.size), n_sectors=len(names))


@dataclass(frozen=True)
class CellDetection:
    """How each cell is watched (from the monitoring model).

    Parameters
    ----------
    revisit_h : (n_cells,) interval between sensor passes over the cell, > 0; ``inf`` = unwatched.
    pd_per_pass : (n_cells,) probability that one pass over an ongoing incident detects it.
    report_latency_h : scalar or (n_cells,) delay from detection to a report that can trigger a
        response.
    """

    revisit_h: np.ndarray
    pd_per_pass: np.ndarray
    report_latency_h: np.ndarray | float = 0.0

    def __post_init__(self) -> None:
        revisit = _frozen_array(self.revisit_h, np.float64, "revisit_h", 1)
        pd = _frozen_array(self.pd_per_pass, np.float64, "pd_per_pass", 1)
        latency = _frozen_array(self.report_latency_h, np.float64, "report_latency_h")
        require(revisit.shape == pd.shape, "revisit_h and pd_per_pass need one value per cell")
        require(bool(np.all(revisit > 0)), "revisit_h must be > 0 (use inf for an unwatched cell)")
        require(bool(np.all((pd >= 0) & (pd <= 1))), "pd_per_pass must lie in [0, 1]")
        require(latency.ndim == 0 or latency.shape == revisit.shape,
               "report_latency_h must be a scalar or one value per cell")
        require(bool(np.all((latency >= 0) & np.isfinite(latency))),
               "report_latency_h must be finite and >= 0")
        _set_fields(self, revisit_h=revisit, pd_per_pass=pd, report_latency_h=latency)

    def latency_per_cell_h(self) -> np.ndarray:
        """The reporting latency broadcast to one value per cell."""
        return np.broadcast_to(self.report_latency_h, self.revisit_h.shape).astype(np.float64)


@dataclass(frozen=True)
class IncidentTypes:
    """The kinds of incident.

    Parameters
    ----------
    names : e.g. ``("violation", "strike", "incursion")``.
    duration_h : (n_types,) how long an incident stays observable by a pass (an incursion's
        duration; the visible aftermath of a strike).
    response_required : (n_types,) whether a detected incident of this type calls for a unit.
    self_reported : (n_types,) known without a sensor pass (after the reporting latency), e.g.
        a strike on a protected site reported by the site itself.
    """

    names: tuple[str, ...]
    duration_h: np.ndarray
    response_required: np.ndarray
    self_reported: np.ndarray
    n_types: int = _count()  # of types

    def __post_init__(self) -> None:
        names = _names(self.names, "IncidentTypes needs at least one type")
        duration = _frozen_array(self.duration_h, np.float64, "duration_h", 1)
        required = _frozen_array(self.response_required, np.bool_, "response_required", 1)
        self_rep = _frozen_array(self.self_reported, np.bool_, "self_reported", 1)
        require(len(set(names)) == len(names), f"incident type names must be unique (got {names})")
        require(duration.size == required.size == self_rep.size == len(names),
               "duration_h, response_required and self_reported need one value per type")
        require(bool(np.all((duration >= 0) & np.isfinite(duration))),
               "duration_h must be finite and >= 0")
        _set_fields(self, names=names, duration_h=duration, response_required=required,
                    self_reported=self_rep, n_types=len(names))


@dataclass(frozen=True)
class RegimeChain:
    """Ceasefire regimes as a Markov chain over days.

    Parameters
    ----------
    names : e.g. ``("holding", "eroding", "breaking_down")``.
    initial_probability : (n_regimes,) distribution of the regime on day 0.
    transition_per_day : (n_regimes, n_regimes) row-stochastic; ``[i, j]`` is the probability
        that a day in regime ``i`` is followed by a day in regime ``j``. The mean stay in
        regime ``i`` is ``1 / (1 - transition_per_day[i, i])`` days.
    """

    names: tuple[str, ...]
    initial_probability: np.ndarray
    transition_per_day: np.ndarray
    n_regimes: int = _count()  # of regimes

    def __post_init__(self) -> None:
        names = _names(self.names, "RegimeChain needs at least one regime")
        init = _frozen_array(self.initial_probability, np.float64, "initial_probability", 1)
        trans = _frozen_array(self.transition_per_day, np.float64, "transition_per_day", 2)
        n = len(names)
        require(init.size == n and trans.shape == (n, n),
               f"initial_probability must be ({n},) and transition_per_day ({n}, {n})")
        for what, rows in (("initial_probability", init[None, :]), ("transition_per_day", trans)):
            require(bool(np.all(rows >= 0)), f"{what} must be >= 0")
            require(bool(np.allclose(rows.sum(axis=1), 1.0, atol=1e-9)),
                   f"{what} rows must sum to 1 (got {rows.sum(axis=1)})")
        _set_fields(self, names=names, initial_probability=init, transition_per_day=trans,
                    n_regimes=n)

    @classmethod
    def single(cls, name: str = "holding") -> RegimeChain:
        """A chain with one regime that never changes."""
        return cls((name,), np.ones(1), np.ones((1, 1)))

    def mean_days_to_first(self, name: str) -> float | None:
        """Expected days from day 0 (drawn from ``initial_probability``) to the first day in regime
        ``name``: 0 where the chain starts in it, ``inf`` where it may never be reached, None for
        a regime the chain does not have. The mean first passage of the daily chain, from
        ``(I - Q) t = 1`` over the other regimes (Q: the chain with ``name`` made absorbing).

        >>> stay = 14.0
        >>> chain = RegimeChain(("holding", "eroding", "breaking_down"), np.array([1.0, 0, 0]),
        ...     np.array([[1 - 1 / stay, 1 / stay, 0], [0.3 / stay, 1 - 1 / stay, 0.7 / stay], [0, 0, 1]]))
        >>> round(chain.mean_days_to_first("breaking_down"), 6)  # (14 + 14) / 0.7
        40.0
        """
        if name not in self.names:
            return None
        j = self.names.index(name)
        p = self.transition_per_day
        n = self.n_regimes
        # regimes from which `name` can be reached at all (a path of positive steps)
        reach = {j}
        grew = True
        while grew:
            grew = False
            for i in range(n):
                if i not in reach and any(p[i, k] > 0 for k in reach):
                    reach.add(i)
                    grew = True
        # of those, the ones that reach it for sure: the chance of ever reaching it is 1
        cand = [i for i in sorted(reach) if i != j]
        sure: list[int] = []
        if cand:
            h = np.linalg.solve(np.eye(len(cand)) - p[np.ix_(cand, cand)], p[cand, j])
            sure = [i for i, hi in zip(cand, h, strict=True) if hi > 1 - 1e-9]
        start = self.initial_probability
        if any(start[i] > 0 for i in range(n) if i != j and i not in sure):
            return math.inf
        if not sure:
            return 0.0
        # from a sure regime the chain stays among sure regimes until it reaches `name`
        t = np.linalg.solve(np.eye(len(sure)) - p[np.ix_(sure, sure)], np.ones(len(sure)))
        return float(start[sure] @ t)

    def expected_day_fractions(self, days: int) -> np.ndarray:
        """The expected share of ``days`` days (day 0 drawn from ``initial_probability``) spent
        in each regime: the mean of the day-by-day distributions, exact, where a run's shares
        are a Monte Carlo estimate of it (review s52: the shares a label called the plan's
        assumptions were the runs' estimate).

        >>> chain = RegimeChain(("a", "b"), np.array([1.0, 0.0]), np.array([[0.5, 0.5], [0.0, 1.0]]))
        >>> [round(float(x), 6) for x in chain.expected_day_fractions(2)]  # day 0 in a; day 1 half
        [0.75, 0.25]
        """
        require(days >= 1, "expected_day_fractions needs at least one day")
        dist = self.initial_probability.copy()
        total = np.zeros(self.n_regimes)
        for _ in range(int(days)):
            total += dist
            dist = dist @ self.transition_per_day
        return total / int(days)

    def stationary(self) -> np.ndarray:
        """Long-run fraction of days in each regime (left eigenvector for eigenvalue 1)."""
        vals, vecs = np.linalg.eig(self.transition_per_day.T)
        v = np.real(vecs[:, int(np.argmin(np.abs(vals - 1.0)))])
        return v / v.sum()


@dataclass(frozen=True)
class IncidentRates:
    """How often incidents happen.

    Parameters
    ----------
    rate_per_day : (n_regimes, n_types, n_sectors) mean incidents per day of each type in each
        sector while the ceasefire is in each regime.
    regimes : the regime chain.
    dispersion_shape : gamma shape ``k`` of the daily rate multiplier (mean 1, variance
        ``1/k``); daily counts are then negative binomial with variance ``m + m**2 / k``.
        ``inf`` gives plain Poisson counts.
    dispersion_by_sector : False (default): one multiplier a day for the whole line, shared by
        every sector and type (a bad day is bad everywhere; calibrated on line-wide daily
        totals); True: an independent multiplier for each sector-day.
    """

    rate_per_day: np.ndarray
    regimes: RegimeChain
    dispersion_shape: float = math.inf
    dispersion_by_sector: bool = False

    def __post_init__(self) -> None:
        rate = _frozen_array(self.rate_per_day, np.float64, "rate_per_day", 3)
        require(rate.shape[0] == self.regimes.n_regimes,
               f"rate_per_day needs one slice per regime ({self.regimes.n_regimes}) "
               f"(got shape {rate.shape})")
        require(bool(np.all((rate >= 0) & np.isfinite(rate))), "rate_per_day must be finite and >= 0")
        k = float(self.dispersion_shape)
        require(k > 0, f"dispersion_shape must be > 0 (got {k})")
        _set_fields(self, rate_per_day=rate, dispersion_shape=k)

    @classmethod
    def poisson(cls, rate_per_day: np.ndarray) -> IncidentRates:
        """Constant Poisson rates, ``rate_per_day`` of shape (n_types, n_sectors)."""
        rate = np.asarray(rate_per_day, dtype=np.float64)
        return cls(rate[None, :, :], RegimeChain.single(), math.inf)


@dataclass(frozen=True)
class ResponseUnits:
    """Units that can answer an incident.

    Parameters
    ----------
    names : one per unit.
    kind : one per unit, one of ``ground_qrf``, ``helicopter``, ``air``, ``outside_support``.
    response_h : (n_units, n_cells) time from dispatch to the first element on scene
        (readiness + travel); ``inf`` where the unit cannot reach the cell.
    on_scene_h : (n_units, n_types) mean time on scene (exponentially distributed).
    can_serve : (n_units, n_types) whether the unit may answer the type.
    escalation : (n_units,) True for the outside support force, a reinforcement: a call goes to
        it only when no in-theatre unit can take it up within ``max_wait_h`` (or none can reach
        the cell); its ``response_h`` is the transit alone.
    return_factor : (n_units,) the return trip as a multiple of ``response_h`` (1 = same time
        back; 0 = free as soon as it leaves the scene).
    us : (n_units,) True for US units (dropped by :meth:`without_us`).
    activation_h : readiness of the escalation units, paid once per replication: the first
        escalated call activates them, and none can leave before ``activation_h`` later.
    """

    names: tuple[str, ...]
    kind: tuple[str, ...]
    response_h: np.ndarray
    on_scene_h: np.ndarray
    can_serve: np.ndarray
    escalation: np.ndarray
    return_factor: np.ndarray
    us: np.ndarray
    activation_h: float = 0.0
    n_units: int = _count()  # of units

    def __post_init__(self) -> None:
        names = tuple(str(n) for n in self.names)
        kind = tuple(str(k) for k in self.kind)
        activation = float(self.activation_h)
        require(math.isfinite(activation) and activation >= 0,
               f"activation_h must be finite and >= 0 (got {self.activation_h})")
        resp = _frozen_array(self.response_h, np.float64, "response_h", 2)
        scene = _frozen_array(self.on_scene_h, np.float64, "on_scene_h", 2)
        serve = _frozen_array(self.can_serve, np.bool_, "can_serve", 2)
        esc = _frozen_array(self.escalation, np.bool_, "escalation", 1)
        ret = _frozen_array(self.return_factor, np.float64, "return_factor", 1)
        us = _frozen_array(self.us, np.bool_, "us", 1)
        n = len(names)
        require(len(kind) == n and resp.shape[0] == n and scene.shape[0] == n
               and serve.shape[0] == n and esc.size == n and ret.size == n and us.size == n,
               f"every ResponseUnits field needs one entry per unit ({n})")
        require(scene.shape == serve.shape, "on_scene_h and can_serve must be (n_units, n_types)")
        bad = sorted(set(kind) - set(UNIT_KINDS))
        require(not bad, f"unit kind must be one of {', '.join(UNIT_KINDS)} (got {bad})")
        require(bool(np.all(resp >= 0)) and not np.any(np.isnan(resp)),
               "response_h must be >= 0 (inf where the unit cannot reach the cell)")
        require(bool(np.all((scene >= 0) & np.isfinite(scene))), "on_scene_h must be finite and >= 0")
        require(bool(np.all((ret >= 0) & np.isfinite(ret))), "return_factor must be finite and >= 0")
        _set_fields(self, names=names, kind=kind, activation_h=activation, response_h=resp,
                    on_scene_h=scene, can_serve=serve, escalation=esc, return_factor=ret, us=us,
                    n_units=n)

    def subset(self, keep: np.ndarray) -> ResponseUnits:
        """The units where ``keep`` (a boolean mask or index array) selects them."""
        idx = np.arange(self.n_units)[np.asarray(keep)]
        return ResponseUnits(
            names=tuple(self.names[i] for i in idx),
            kind=tuple(self.kind[i] for i in idx),
            response_h=self.response_h[idx],
            on_scene_h=self.on_scene_h[idx],
            can_serve=self.can_serve[idx],
            escalation=self.escalation[idx],
            return_factor=self.return_factor[idx],
            us=self.us[idx],
            activation_h=self.activation_h,
        )

    def without_us(self) -> ResponseUnits:
        """The same units with every US unit removed."""
        return self.subset(~self.us)


@dataclass(frozen=True)
class IncidentModel:
    """Everything one replication needs; validated once.

    Parameters
    ----------
    cells, detection, types, rates, units : the inputs above; their shapes must agree.
    horizon_days : days simulated per replication.
    threshold_h : the response threshold: a call counts as answered in time if the first unit
        is on scene within this many hours of the report (the force cannot act before it
        knows).
    max_wait_h : a call that would wait longer than this for a free in-theatre unit is
        escalated to the outside support force, or unanswered if there is none (``inf``: it
        waits however long it takes).
    triage : dispatch only in time: an in-theatre unit is sent only to a call it can reach
        within ``threshold_h`` of the report (the unit on scene first, free now or later); a
        call no in-theatre unit reaches in time is passed at once to the outside support force
        (unanswered without one). ``False``: first come, first served (every call waits for a
        unit, however late it arrives).
    """

    cells: LineCells
    detection: CellDetection
    types: IncidentTypes
    rates: IncidentRates
    units: ResponseUnits
    horizon_days: int
    threshold_h: float
    max_wait_h: float = math.inf
    triage: bool = False
    _derived: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        nc, ns, nt = self.cells.n_cells, self.cells.n_sectors, self.types.n_types
        require(self.detection.revisit_h.size == nc,
               f"detection needs one value per cell ({nc}) (got {self.detection.revisit_h.size})")
        require(self.rates.rate_per_day.shape[1:] == (nt, ns),
               f"rate_per_day must be (n_regimes, {nt} types, {ns} sectors) "
               f"(got {self.rates.rate_per_day.shape})")
        require(self.units.response_h.shape[1] == nc,
               f"response_h must be (n_units, {nc} cells) (got {self.units.response_h.shape})")
        require(self.units.on_scene_h.shape[1] == nt,
               f"on_scene_h and can_serve must be (n_units, {nt} types) "
               f"(got {self.units.on_scene_h.shape})")
        require(int(self.horizon_days) == self.horizon_days and self.horizon_days >= 1,
               f"horizon_days must be a whole number >= 1 (got {self.horizon_days})")
        require(self.threshold_h > 0, f"threshold_h must be > 0 (got {self.threshold_h})")
        require(self.max_wait_h >= 0, f"max_wait_h must be >= 0 (got {self.max_wait_h})")
        _set_fields(self, horizon_days=int(self.horizon_days), threshold_h=float(self.threshold_h),
                    max_wait_h=float(self.max_wait_h), triage=bool(self.triage))

    @property
    def horizon_h(self) -> float:
        """The horizon in hours."""
        return 24.0 * self.horizon_days

    def with_units(self, units: ResponseUnits) -> IncidentModel:
        """The same model with another set of response units (e.g. without the US)."""
        return replace(self, units=units)

    def without_us(self, detection: CellDetection | None = None) -> IncidentModel:
        """The model with US units removed and, if given, the detection without US sensors."""
        return replace(self, units=self.units.without_us(),
                       detection=detection if detection is not None else self.detection)

    def expected_incidents_per_replication(self) -> float:
        """Mean number of incidents in one replication, using the stationary regime mix."""
        mix = self.rates.regimes.stationary()
        per_day = float(np.einsum("r,rts->", mix, self.rates.rate_per_day))
        return per_day * self.horizon_days

    def kernel_inputs(self) -> dict[str, np.ndarray]:
        """Plain arrays for the compiled kernels, cells re-ordered so each sector is contiguous.

        Returns a dict (cached on the model) with ``order`` (sorted position → original cell),
        ``cell_cum_km`` (n_cells + 1), ``sector_lo``/``sector_hi`` (cell ranges per sector),
        and the per-cell arrays in sorted order.
        """
        if not self._derived:
            order = np.argsort(self.cells.sector, kind="stable")
            sector_sorted = self.cells.sector[order]
            cum = np.concatenate(([0.0], np.cumsum(self.cells.length_km[order])))
            ns = self.cells.n_sectors
            lo = np.searchsorted(sector_sorted, np.arange(ns), side="left").astype(np.int64)
            hi = np.searchsorted(sector_sorted, np.arange(ns), side="right").astype(np.int64)
            self._derived.update(
                order=order.astype(np.int64),
                cell_cum_km=cum,
                sector_lo=lo,
                sector_hi=hi,
                revisit_h=np.ascontiguousarray(self.detection.revisit_h[order]),
                pd_per_pass=np.ascontiguousarray(self.detection.pd_per_pass[order]),
                latency_h=np.ascontiguousarray(self.detection.latency_per_cell_h()[order]),
                sector_of_cell=np.ascontiguousarray(sector_sorted),
                initial_cdf=np.cumsum(self.rates.regimes.initial_probability),
                transition_cdf=np.cumsum(self.rates.regimes.transition_per_day, axis=1),
                rate_dst=np.ascontiguousarray(self.rates.rate_per_day.transpose(0, 2, 1)),
                duration_h=np.ascontiguousarray(self.types.duration_h),
                self_reported=np.ascontiguousarray(self.types.self_reported),
                # (n_types, n_sectors): a type's call needs a unit unless its sector is one
                # the force cannot go to
                response_required=np.ascontiguousarray(
                    self.types.response_required[:, None] & np.asarray(self.cells.answerable)[None, :]),
                response_h=np.ascontiguousarray(self.units.response_h[:, order]),
                on_scene_h=np.ascontiguousarray(self.units.on_scene_h),
                can_serve=np.ascontiguousarray(self.units.can_serve),
                escalation=np.ascontiguousarray(self.units.escalation),
                return_factor=np.ascontiguousarray(self.units.return_factor),
            )
            # Writable copies, every one: a record's own arrays are read-only here, but arrive
            # writable in a worker process (a pickle does not keep the flag), and numba compiles
            # a kernel once per signature, read-only arrays apart: one signature wherever it runs.
            for key, arr in self._derived.items():
                if not arr.flags.writeable:
                    self._derived[key] = arr.copy()
        return self._derived


@dataclass(frozen=True)
class ReplicationDraws:
    """Every random number one replication uses, drawn in a fixed order.

    Attributes
    ----------
    regime : (horizon_days,) regime index of each day.
    counts : (horizon_days, n_sectors, n_types) incidents per day, sector and type.
    uniforms : (n_incidents, UNIFORMS_PER_INCIDENT) in [0, 1), see ``UNIFORMS_PER_INCIDENT``.
    """

    regime: np.ndarray
    counts: np.ndarray
    uniforms: np.ndarray


@numba.njit(cache=True)
def _markov_path(u: np.ndarray, initial_cdf: np.ndarray, transition_cdf: np.ndarray) -> np.ndarray:
    # Inverse-CDF step per day: sequential by nature, hence compiled.
    out = np.empty(u.size, dtype=np.int64)
    state = np.searchsorted(initial_cdf, u[0], side="right")
    state = min(state, initial_cdf.size - 1)
    out[0] = state
    for d in range(1, u.size):
        row = transition_cdf[state]
        state = min(np.searchsorted(row, u[d], side="right"), row.size - 1)
        out[d] = state
    return out


#: Fixed-mean counts come from per-run tables of the Poisson CDF (one per regime, sector and
#: type) when these hold at most this many entries in all (means up to about 10**5 a day).
POISSON_TABLE_MAX_ENTRIES = 1 << 20


def poisson_cdf_table(mean: float) -> np.ndarray:
    """P(N <= k) for k = 0, 1, ... of N ~ Poisson(``mean``), up to the first k where it is 1.0
    in float64 (that entry set to exactly 1.0, so a search for a uniform in [0, 1) ends).

    scipy's ``pdtr`` (the regularised incomplete gamma function) gives each entry to a few
    ulp; the law is exact to the precision of a float64 uniform, as any inversion is.
    """
    from scipy.special import pdtr

    if mean <= 0.0:
        return np.ones(1)
    k_max = int(mean + 60.0 * math.sqrt(mean) + 60.0)
    cdf = pdtr(np.arange(k_max + 1, dtype=np.float64), mean)
    last = int(np.argmax(cdf >= 1.0)) if cdf[-1] >= 1.0 else k_max
    cdf = np.ascontiguousarray(cdf[: last + 1])
    cdf[-1] = 1.0
    return cdf


def _poisson_tables(model: IncidentModel) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """The concatenated CDF tables of the fixed-mean counts, where each starts (table
    ``(regime * n_sectors + s) * n_types + t``) and a guide of the same layout (entry g of a
    table of length L: the first k with P(N <= k) > g / L, where a search for u in
    [g / L, (g + 1) / L) may start), cached on the model; None when the means vary
    (over-dispersion) or the tables would be too long."""
    k = model.kernel_inputs()
    cache = model._derived  # the same dict, untyped: it holds a tuple here
    if "poisson_tables" not in cache:
        tables = None
        if math.isinf(model.rates.dispersion_shape):
            means = k["rate_dst"].reshape(-1)
            # A cheap bound on each table's length before building any.
            if float(np.sum(means + 60.0 * np.sqrt(means) + 61.0)) <= POISSON_TABLE_MAX_ENTRIES:
                cdfs = [poisson_cdf_table(float(mean)) for mean in means.tolist()]
                start = np.concatenate(([0], np.cumsum([c.size for c in cdfs]))).astype(np.int64)
                guide = [np.searchsorted(c, np.arange(c.size) / c.size, side="right")
                         for c in cdfs]
                tables = (np.concatenate(cdfs), start, np.concatenate(guide).astype(np.int64))
        cache["poisson_tables"] = tables
    return cache["poisson_tables"]


@numba.njit(cache=True)
def _poisson_by_inversion(u, regime, cdf, start, guide, n_sectors, n_types):  # pragma: no cover
    # counts[d, s, t] = the smallest k with u < P(N <= k), N ~ Poisson(mean of the block),
    # one uniform per block in (day, sector, type) order (_poisson_into).
    out = np.empty((regime.size, n_sectors, n_types), dtype=np.int64)
    _poisson_into(u, regime, cdf, start, guide, out)
    return out


@numba.njit(cache=True)
def _poisson_into(u, regime, cdf, start, guide, out):  # pragma: no cover - compiled
    # _poisson_by_inversion into out (days, sectors, types); returns the total count. The
    # search starts at the guide's entry and walks down then up: exact whatever the rounding
    # of u * L.
    n_days, n_sectors, n_types = out.shape
    total = 0
    q = 0
    for d in range(n_days):
        base = regime[d] * n_sectors
        for s in range(n_sectors):
            for t in range(n_types):
                j = (base + s) * n_types + t
                first = start[j]
                size = start[j + 1] - first
                x = u[q]
                k = first + guide[first + min(int(x * size), size - 1)]
                while k > first and cdf[k - 1] > x:
                    k -= 1
                while cdf[k] <= x:
                    k += 1
                out[d, s, t] = k - first
                total += k - first
                q += 1
    return total


def draw_counts(model: IncidentModel, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Draw the regime path and the incident counts of one replication (the first draws).

    With fixed means (no over-dispersion) each count is drawn by inversion: one uniform per
    (day, sector, type), in that order, searched in the Poisson CDF of its mean
    (:func:`poisson_cdf_table`, tabulated once per model). Over-dispersed means vary day by
    day: those counts come from ``Generator.poisson`` after the gamma multipliers.

    Parameters
    ----------
    model : the incident model.
    rng : the replication's own generator.

    Returns
    -------
    regime : (horizon_days,) regime index of each day.
    counts : (horizon_days, n_sectors, n_types) int64 incidents per day, sector and type.
    """
    k = model.kernel_inputs()
    days, ns, nt = model.horizon_days, model.cells.n_sectors, model.types.n_types
    regime = _markov_path(rng.random(days), k["initial_cdf"], k["transition_cdf"])
    tables = _poisson_tables(model)
    if tables is not None:
        cdf, start, guide = tables
        return regime, _poisson_by_inversion(rng.random(days * ns * nt), regime, cdf, start,
                                             guide, ns, nt)
    lam = k["rate_dst"][regime]  # (days, sectors, types)
    shape = model.rates.dispersion_shape
    if not math.isinf(shape):
        # Gamma multiplier with mean 1, shared by the types (and, unless by sector, by the
        # sectors) of a day: a bad day is bad for every kind of incident.
        if model.rates.dispersion_by_sector:
            lam = lam * (rng.standard_gamma(shape, size=(days, ns)) / shape)[:, :, None]
        else:
            lam = lam * (rng.standard_gamma(shape, size=days) / shape)[:, None, None]
    counts = rng.poisson(lam).astype(np.int64, copy=False)
    return regime, counts


def draw_replication(model: IncidentModel, rng: np.random.Generator) -> ReplicationDraws:
    """Draw all random numbers of one replication, in a fixed order.

    The order (regime uniforms, gamma multipliers, Poisson counts, then
    ``RAW_DRAWS_PER_INCIDENT`` raw draws per incident) is part of the contract: it makes a
    replication's outcome depend only on its own generator, whatever the chunking or the worker
    that runs it.

    Parameters
    ----------
    model : the incident model.
    rng : the replication's own generator.

    Returns
    -------
    ReplicationDraws
    """
    regime, counts = draw_counts(model, rng)
    uniforms = draw_incident_uniforms(rng, int(counts.sum()))
    return ReplicationDraws(regime=regime, counts=counts, uniforms=uniforms)


def incident_uniforms(raw: np.ndarray) -> np.ndarray:
    """The ``UNIFORMS_PER_INCIDENT`` uniforms of each incident from its
    ``RAW_DRAWS_PER_INCIDENT`` raw 64-bit draws (``raw``: (n, 3) uint64).

    Draw 0 gives the time in the day (its high 32 bits) and the position in the sector (its low
    32 bits); draw 1 the phase of the first pass (high) and the pass successes (low); draw 2 the
    on-scene time, as ``Generator.random`` makes a double of it (its top 53 bits). 32 bits are
    a resolution of 2**-32: 2e-5 s of a day, 0.3 mm of a 1,400 km sector; the geometric
    count's uniform can reach 1 - 2**-32 (at p = 0.01 over 2,200 missed passes, each revisit
    long). All exact in a double: ``k * 2**-32`` with ``k < 2**32``.
    """
    raw = np.asarray(raw, dtype=np.uint64).reshape(-1, RAW_DRAWS_PER_INCIDENT)
    out = np.empty((raw.shape[0], UNIFORMS_PER_INCIDENT))
    half = np.float64(2.0**-32)
    low = np.uint64(0xFFFFFFFF)
    for j in (0, 1):
        out[:, 2 * j] = (raw[:, j] >> np.uint64(32)).astype(np.float64) * half
        out[:, 2 * j + 1] = (raw[:, j] & low).astype(np.float64) * half
    out[:, 4] = (raw[:, 2] >> np.uint64(11)).astype(np.float64) * (1.0 / 9007199254740992.0)
    return out


def draw_incident_uniforms(rng: np.random.Generator, n_incidents: int) -> np.ndarray:
    """The uniforms of ``n_incidents`` incidents, next in ``rng``'s stream
    (``RAW_DRAWS_PER_INCIDENT`` raw draws each, see :func:`incident_uniforms`)."""
    raw = rng.bit_generator.random_raw(n_incidents * RAW_DRAWS_PER_INCIDENT)
    return incident_uniforms(np.asarray(raw, dtype=np.uint64))


def _generation_tables(cell_cum_km: np.ndarray,
                       pd_per_pass: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """Per-model tables of the generation kernel, built once (in Python: compiling
    ``searchsorted`` would cost numba seconds).

    ``log_miss``: log(1 - p) per cell, for drawing the number of missed passes by inversion
    (``math.log1p``, the C library's, as the kernel's own logs). For the cell lookup in O(1):
    ``bucket_cell``, equal-width buckets over the line, each holding the cell where it starts,
    and ``per_km``, buckets per km.
    """
    log_miss = np.array([math.log1p(-p) if 0.0 < p < 1.0 else 0.0 for p in pd_per_pass.tolist()])
    n_buckets = 4 * cell_cum_km.size
    first_km = float(cell_cum_km[0])
    width_km = (float(cell_cum_km[-1]) - first_km) / n_buckets
    bucket_cell = np.searchsorted(
        cell_cum_km, first_km + width_km * np.arange(n_buckets), side="right") - 1
    return log_miss, bucket_cell.astype(np.int64), 1.0 / width_km if width_km > 0.0 else 0.0


@numba.njit(cache=True, inline="always")
def _cell_at(x: float, cell_cum_km: np.ndarray, bucket_cell: np.ndarray, first_km: float,
             per_km: float, lo: int, hi: int) -> int:  # pragma: no cover - compiled
    """The cell holding line position ``x`` (km), kept inside the sector's cells [lo, hi).

    A draw starts from its bucket's cell and steps to the last cell starting at or before it:
    exactly ``searchsorted(cell_cum_km, x, side="right") - 1``, without a binary search."""
    n_buckets = bucket_cell.size
    n_edges = cell_cum_km.size
    c = min(max(int((x - first_km) * per_km), 0), n_buckets - 1)
    c = max(bucket_cell[c], 0)
    while c > 0 and cell_cum_km[c] > x:
        c -= 1
    if cell_cum_km[c] > x:
        c = -1
    while c + 1 < n_edges and cell_cum_km[c + 1] <= x:
        c += 1
    return min(max(c, lo), hi - 1)


@numba.njit(cache=True)
def _generate_replication(
    counts, uniforms, first, cell_cum_km, sector_lo, sector_hi, revisit_h, pd_per_pass,
    latency_h, duration_h, self_reported, log_miss, bucket_cell, per_km,
    time_h, cell, itype, detect_h,
):  # pragma: no cover - compiled
    # The incidents of one replication (counts: days x sectors x types), from row ``first``.
    n_days, n_sectors, n_types = counts.shape
    first_km = cell_cum_km[0]
    i = first
    for d in range(n_days):
        for s in range(n_sectors):
            lo = sector_lo[s]
            hi = sector_hi[s]
            base = cell_cum_km[lo]
            span = cell_cum_km[hi] - base
            for t in range(n_types):
                dur = duration_h[t]
                self_rep = self_reported[t]
                for _ in range(counts[d, s, t]):
                    time_h[i] = 24.0 * (d + uniforms[i, 0])
                    # A draw starts from its bucket's cell and steps to the last cell starting
                    # at or before it: exactly ``searchsorted(side="right") - 1``, no search.
                    x = base + uniforms[i, 1] * span
                    c = _cell_at(x, cell_cum_km, bucket_cell, first_km, per_km, lo, hi)
                    cell[i] = c
                    itype[i] = t
                    rev = revisit_h[c]
                    p = pd_per_pass[c]
                    if self_rep:
                        detect_h[i] = latency_h[c]
                    elif p <= 0.0 or not np.isfinite(rev):
                        detect_h[i] = np.nan
                    else:
                        # First pass after the start: a random phase within the revisit.
                        offset = uniforms[i, 2] * rev
                        if p < 1.0:
                            # Geometric number of missed passes by inversion; 1 - u keeps
                            # the log's argument in (0, 1].
                            missed = np.floor(np.log(1.0 - uniforms[i, 3]) / log_miss[c])
                            offset += missed * rev
                        if offset <= dur:
                            detect_h[i] = offset + latency_h[c]
                        else:
                            detect_h[i] = np.nan
                    i += 1


@numba.njit(cache=True)
def generate_and_detect_kernel(
    counts, uniforms, offsets, cell_cum_km, sector_lo, sector_hi,
    revisit_h, pd_per_pass, latency_h, duration_h, self_reported, log_miss, bucket_cell, per_km,
    time_h, cell, itype, detect_h,
):  # pragma: no cover - compiled
    # log_miss, bucket_cell, per_km: from _generation_tables(cell_cum_km, pd_per_pass).
    for r in range(counts.shape[0]):
        _generate_replication(
            counts[r], uniforms, offsets[r], cell_cum_km, sector_lo, sector_hi, revisit_h,
            pd_per_pass, latency_h, duration_h, self_reported, log_miss, bucket_cell, per_km,
            time_h, cell, itype, detect_h,
        )


def generate_and_detect(model: IncidentModel, draws: ReplicationDraws) -> dict[str, np.ndarray]:
    """Turn one replication's draws into incidents with their detection.

    Parameters
    ----------
    model : the incident model.
    draws : from :func:`draw_replication` with the same model.

    Returns
    -------
    dict of arrays, one entry per incident: ``time_h`` (start, hours from the start of the
    horizon), ``cell`` (original cell index), ``sector``, ``type``, ``detect_h`` (start to report;
    NaN when undetected).
    """
    k = model.kernel_inputs()
    n = draws.uniforms.shape[0]
    time_h = np.empty(n)
    cell = np.empty(n, dtype=np.int64)
    itype = np.empty(n, dtype=np.int64)
    detect_h = np.empty(n)
    generate_and_detect_kernel(
        draws.counts[None].astype(np.int64), np.ascontiguousarray(draws.uniforms),
        np.array([0, n], dtype=np.int64), k["cell_cum_km"], k["sector_lo"], k["sector_hi"],
        k["revisit_h"], k["pd_per_pass"], k["latency_h"], k["duration_h"], k["self_reported"],
        *_generation_tables(k["cell_cum_km"], k["pd_per_pass"]), time_h, cell, itype, detect_h,
    )
    original = k["order"][cell]
    return {
        "time_h": time_h,
        "cell": original,
        "sector": model.cells.sector[original],
        "type": itype,
        "detect_h": detect_h,
    }


def expected_detected_fraction(revisit_h: np.ndarray | float, pd_per_pass: np.ndarray | float,
                               duration_h: np.ndarray | float) -> np.ndarray:
    """Probability that an incident lasting ``duration_h`` is seen by passes every ``revisit_h``.

    With a uniform phase ``U ~ U(0, R)`` the passes during the incident are at ``U + jR <= d``;
    averaging ``1 - (1 - p)**n_passes`` over the phase gives, with ``m = floor(d / R)`` and
    ``f = d / R - m``::

        P = f * (1 - (1 - p)**(m + 1)) + (1 - f) * (1 - (1 - p)**m)

    which is ``min(1, d / R)`` when ``p = 1``.

    Parameters
    ----------
    revisit_h, pd_per_pass, duration_h : broadcastable arrays.

    Returns
    -------
    numpy.ndarray of probabilities.
    """
    r = np.asarray(revisit_h, dtype=np.float64)
    p = np.asarray(pd_per_pass, dtype=np.float64)
    d = np.asarray(duration_h, dtype=np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = np.where(np.isinf(r), 0.0, d / r)
    m = np.floor(ratio)
    f = ratio - m
    miss = 1.0 - p
    return f * (1.0 - miss ** (m + 1)) + (1.0 - f) * (1.0 - miss**m)


@dataclass(frozen=True)
class IncidentOutcomes:
    """Per-incident outcomes of one replication (for inspection and tests; the engine streams).

    Attributes
    ----------
    time_h, cell, sector, type, detect_h : as from :func:`generate_and_detect`.
    detected : detect_h is not NaN.
    requested : detected and of a type that needs a response.
    answered : requested and a unit came.
    unit : index of the unit that came (-1 if none).
    wait_h : report to dispatch (0 when a unit was free; for an escalated call, from the report
        to the support-force element leaving, ``max_wait_h`` and the activation included).
    respond_h : start of the incident to the first unit on scene (NaN if not answered).
    within_threshold : answered and the first unit on scene within ``threshold_h`` of the
        report (``respond_h - detect_h <= threshold_h``).
    escalated : passed to the outside support force (answered by it or not).
    busy_h : (n_units,) total time each unit was committed (travel, on scene, return).
    """

    time_h: np.ndarray
    cell: np.ndarray
    sector: np.ndarray
    type: np.ndarray
    detect_h: np.ndarray
    detected: np.ndarray
    requested: np.ndarray
    answered: np.ndarray
    unit: np.ndarray
    wait_h: np.ndarray
    respond_h: np.ndarray
    within_threshold: np.ndarray
    escalated: np.ndarray
    busy_h: np.ndarray

    def to_dict(self) -> dict[str, list]:
        """Plain lists, JSON-ready (NaN as None)."""
        out: dict[str, list] = {}
        for name in self.__dataclass_fields__:
            arr = getattr(self, name)
            if arr.dtype.kind == "f":
                out[name] = [None if not math.isfinite(v) else float(v) for v in arr.tolist()]
            else:
                out[name] = arr.tolist()
        return out
