"""Rotation arithmetic: units per deployed unit, the rotation pool, tours per individual and
distinct individuals over a horizon."""

from __future__ import annotations

import math
from typing import Any, Literal

import numpy as np

from reassure.errors import ModelError
from reassure.models._checks import check_finite_positive

__all__ = ["PLAUSIBLE_POOL_SHARE", "PLAUSIBLE_TOURS_PER_PERSON", "units_per_deployed", "rotation_pool_troops", "tours_per_individual",
           "cumulative_individuals", "tours_per_person", "rotations_in_horizon", "units_per_deployed_over"]

#: Most tours per person over the horizon the force section accepts without a warning. A planning
#: judgement, not a sourced limit: the UK Harmony rhythm of the model docs (6-month tour,
#: 24-month interval, figures.md section 2.8) allows six tours in 15 years, longer than many soldiers
#: serve; more means the same people redeploy for most of their careers (s13 review 4).
PLAUSIBLE_TOURS_PER_PERSON = 6

#: Largest share of a nation's army its rotation pool for this one force (the troops deployed
#: times its units per deployed unit) may tie up without a warning. A planning judgement, not a
#: sourced limit: no source in figures.md or nations.md bounds it. A third leaves two thirds of
#: the army for its standing commitments (eFP, NRF), its training base and its home tasks; it is
#: above the common sustainable share of 25% (France's offer re-read, data/roles.toml) and near
#: the 34.7% the UK's 6,500 would tie up on Radakin's 4-per-deployed reading (docs/validation.md).
#: Review s53: 43.3% of the British Army in the pool passed with a note only.
PLAUSIBLE_POOL_SHARE = 1.0 / 3.0


def units_per_deployed(
    tour_months: Any,
    interval_months: Any,
    *,
    interval_measured: Literal["end_to_start", "start_to_start"] = "end_to_start",
) -> Any:
    """Units (or people) needed for each one deployed, in steady rotation.

    Parameters
    ----------
    tour_months : float or array_like
        Length of one deployment, months (> 0).
    interval_months : float or array_like
        Time between tours, months (>= 0).
    interval_measured : {"end_to_start", "start_to_start"}
        ``end_to_start`` (default): the interval runs from the end of one tour to the start of the
        next, so one cycle lasts ``tour + interval``. ``start_to_start``: the interval is the whole
        cycle (the UK Harmony text does not say which; figures.md §2.8 gives both readings).

    Returns
    -------
    float or ndarray
        ``(tour + interval) / tour`` (end-to-start) or ``interval / tour`` (start-to-start).

    Examples
    --------
    >>> units_per_deployed(6, 24)        # UK Harmony, 6-month tour, 24-month interval
    5.0
    >>> units_per_deployed(6, 24, interval_measured="start_to_start")
    4.0
    """
    tour = np.asarray(tour_months, dtype=float)
    interval = np.asarray(interval_months, dtype=float)
    if np.any(~np.isfinite(tour)) or np.any(tour <= 0):
        raise ModelError(f"tour_months must be > 0 (got {tour_months})")
    if np.any(~np.isfinite(interval)) or np.any(interval < 0):
        raise ModelError(f"interval_months must be >= 0 (got {interval_months})")
    if interval_measured == "end_to_start":
        ratio = (tour + interval) / tour
    elif interval_measured == "start_to_start":
        if np.any(interval < tour):
            raise ModelError(
                f"a start-to-start interval must be >= the tour (got interval {interval_months}, "
                f"tour {tour_months})"
            )
        ratio = interval / tour
    else:
        raise ModelError(
            f"interval_measured must be 'end_to_start' or 'start_to_start' (got {interval_measured!r})"
        )
    return float(ratio) if ratio.ndim == 0 else ratio


def rotation_pool_troops(deployed_troops: Any, tour_months: Any, interval_months: Any) -> Any:
    """Troops tied up by a deployment in steady rotation: ``deployed * units_per_deployed``.

    Examples
    --------
    >>> rotation_pool_troops(40_000, 6, 9)   # Gady/IISS 2.5:1 (figures.md §1.4)
    100000.0
    """
    deployed = np.asarray(deployed_troops, dtype=float)
    if np.any(deployed < 0):
        raise ModelError(f"deployed_troops must be >= 0 (got {deployed_troops})")
    pool = deployed * units_per_deployed(tour_months, interval_months)
    return float(pool) if np.ndim(pool) == 0 else pool


def rotations_in_horizon(horizon_months: Any, tour_months: Any) -> Any:
    """Successive tours ("rotations") a horizon needs: ``ceil(H / T)``, at least 1.

    >>> rotations_in_horizon(4, 6), rotations_in_horizon(6, 6), rotations_in_horizon(7, 6)
    (1, 1, 2)
    """
    h = np.asarray(horizon_months, dtype=float)
    t = np.asarray(tour_months, dtype=float)
    if np.any(~np.isfinite(h)) or np.any(h <= 0):
        raise ModelError(f"horizon_months must be > 0 (got {horizon_months})")
    if np.any(~np.isfinite(t)) or np.any(t <= 0):
        raise ModelError(f"tour_months must be > 0 (got {tour_months})")
    # a tolerance for a horizon given in years and read back in months (4/12 * 12 != 4 exactly)
    n = np.maximum(1, np.ceil(h / t - 1e-6)).astype(np.int64)
    return int(n) if n.ndim == 0 else n


def units_per_deployed_over(tour_months: Any, interval_months: Any, horizon_months: Any) -> Any:
    """Units per deployed unit over a horizon: the steady-rotation ratio
    :func:`units_per_deployed`, capped by the rotations the horizon needs.

    A horizon of ``n = ceil(H / T)`` tours is served by at most ``n`` sets of troops, each
    deployed once: no set is needed beyond the last tour. So the pool is
    ``min((T + I) / T, n)`` times the troops deployed: a horizon no longer than one tour needs no
    rotation at all (ratio 1), and a horizon longer than a full cycle the steady ratio.

    >>> units_per_deployed_over(6, 12, 4)     # 4 months, 6-month tours: nobody rotates
    1.0
    >>> units_per_deployed_over(6, 12, 12)    # two tours: two sets of troops, not three
    2.0
    >>> units_per_deployed_over(6, 12, 240)   # 20 years: the steady 1:2 rotation
    3.0
    """
    ratio = np.minimum(np.asarray(units_per_deployed(tour_months, interval_months), dtype=float),
                       np.asarray(rotations_in_horizon(horizon_months, tour_months), dtype=float))
    return float(ratio) if ratio.ndim == 0 else ratio


def tours_per_individual(
    horizon_months: float,
    tour_months: float,
    interval_months: float,
    max_tours_per_individual: int | None = None,
) -> int:
    """Most tours one person can serve within the horizon.

    The interval between tours fits ``floor((H + I) / (T + I))`` tours in ``H`` months; a
    re-deployment limit ``max_tours_per_individual`` caps that further. Always at least 1.
    """
    check_finite_positive("horizon_months", horizon_months)
    check_finite_positive("tour_months", tour_months)
    if interval_months < 0:
        raise ModelError(f"interval_months must be >= 0 (got {interval_months})")
    fit = math.floor((horizon_months + interval_months) / (tour_months + interval_months) + 1e-9)
    if max_tours_per_individual is not None:
        if max_tours_per_individual < 1:
            raise ModelError(
                f"max_tours_per_individual must be >= 1 (got {max_tours_per_individual})"
            )
        fit = min(fit, int(max_tours_per_individual))
    return max(1, fit)


def cumulative_individuals(
    deployed_troops: float,
    tour_months: float,
    interval_months: float,
    horizon_months: float,
    max_tours_per_individual: int | None = None,
) -> float:
    """Distinct people who serve at least one tour while ``deployed_troops`` are held for a horizon.

    The horizon needs ``n = ceil(H / T)`` successive tours ("rotations"), each filled by a cohort
    of ``deployed_troops`` people. A cohort that serves rotation ``i`` can serve again at rotation
    ``i + g`` with ``g = ceil((T + I) / T)`` (it must sit out the interval), and at most ``k``
    times in all (the re-deployment limit). The fewest cohorts is then
    ``max(min(g, n), ceil(n / k))`` (round-robin over that many cohorts respects both limits;
    fewer breaks one of them).

    Parameters
    ----------
    deployed_troops : float
        Troops held deployed throughout.
    tour_months, interval_months : float
        Tour length and the end-to-start interval between an individual's tours.
    horizon_months : float
        How long the force is held.
    max_tours_per_individual : int, optional
        Re-deployment limit; ``None`` means only the interval limits re-use.

    Returns
    -------
    float
        Distinct individuals over the horizon.

    Examples
    --------
    >>> cumulative_individuals(64_000, 6, 24, 24, max_tours_per_individual=1)  # Times/Radakin
    256000.0
    """
    if deployed_troops < 0:
        raise ModelError(f"deployed_troops must be >= 0 (got {deployed_troops})")
    return float(deployed_troops * _cohorts(tour_months, interval_months, horizon_months,
                                            max_tours_per_individual)[0])


def tours_per_person(tour_months: float, interval_months: float, horizon_months: float,
                     max_tours_per_individual: int | None = None) -> float:
    """Mean tours each person serves over the horizon in :func:`cumulative_individuals`: the
    rotations ``n`` over the cohorts that fill them.

    >>> tours_per_person(4, 8, 240)  # no limit: three cohorts share 60 rotations
    20.0
    >>> tours_per_person(4, 8, 240, max_tours_per_individual=2)
    2.0
    """
    cohorts, rotations = _cohorts(tour_months, interval_months, horizon_months, max_tours_per_individual)
    return rotations / cohorts


def _cohorts(tour_months: float, interval_months: float, horizon_months: float,
             max_tours_per_individual: int | None) -> tuple[int, int]:
    """(fewest cohorts, rotations) of :func:`cumulative_individuals`."""
    check_finite_positive("tour_months", tour_months)
    check_finite_positive("horizon_months", horizon_months)
    if interval_months < 0:
        raise ModelError(f"interval_months must be >= 0 (got {interval_months})")
    n_rotations = math.ceil(horizon_months / tour_months - 1e-9)
    reuse_gap = math.ceil((tour_months + interval_months) / tour_months - 1e-9)
    cohorts = min(reuse_gap, n_rotations)
    if max_tours_per_individual is not None:
        if max_tours_per_individual < 1:
            raise ModelError(
                f"max_tours_per_individual must be >= 1 (got {max_tours_per_individual})"
            )
        cohorts = max(cohorts, math.ceil(n_rotations / max_tours_per_individual))
    return cohorts, n_rotations
