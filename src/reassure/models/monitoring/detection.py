r"""Detection by sensor class and event duration, and the lanes a band's depth takes (closed forms).

One function serves the cell model (:mod:`reassure.models.monitoring`) and the band model
(:mod:`reassure.models.monitoring_band`):

* :func:`p_detect_event`: an event of duration :math:`T` watched by a class with revisit
  :math:`R` and mean per-pass detection :math:`p` is seen with
  :math:`P = 1 - (1-p)^{\lfloor n \rfloor}(1 - p\{n\})`, :math:`n = T/R`, which is
  :math:`\min(1, T/R)\,p` for an event shorter than the revisit: a satellite passing once a day
  sees a 30-minute violation only if it passes during it.
* :func:`mean_pd_pass`: one pass's detection with day/night and cloud mixed in.
* :func:`lanes`: a patrol whose swath :math:`w` is narrower than the band depth :math:`D` must
  fly :math:`k = \lceil D / w \rceil` lanes to see all of it, so it advances along the line at
  :math:`v / k` and one orbit holds :math:`1/k` of the stretch within a revisit target.
"""

from __future__ import annotations

import math

__all__ = ["lanes", "mean_pd_pass", "p_detect_event"]


def p_detect_event(pd_pass: float, revisit_h: float, duration_h: float) -> float:
    r"""Chance an event of ``duration_h`` is seen by a sensor revisiting every ``revisit_h``.

    With :math:`n = T / R` passes expected during the event, each seeing it with ``pd_pass``:
    :math:`P = 1 - (1 - p)^{\lfloor n \rfloor} (1 - p \{n\})` (so :math:`P = p\,T/R` for an
    event shorter than the revisit). A staring sensor (``revisit_h`` 0) sees it with ``pd_pass``;
    a sensor that never passes (``revisit_h`` inf) never sees it.

    >>> round(p_detect_event(0.9, 24.0, 0.5), 5)   # a daily satellite and a 30-minute violation
    0.01875
    >>> p_detect_event(0.9, 0.0, 0.5)    # a staring sensor
    0.9
    >>> round(p_detect_event(0.5, 2.0, 4.0), 3)   # two passes of a patrol
    0.75
    """
    if revisit_h <= 0:
        return pd_pass
    if math.isinf(revisit_h):
        return 0.0
    n = duration_h / revisit_h
    whole = math.floor(n)
    return 1.0 - (1.0 - pd_pass) ** whole * (1.0 - pd_pass * (n - whole))


def mean_pd_pass(kind: str, pd_day: float, pd_night: float, pd_cloud: float, *,
                 night_fraction: float, cloud_fraction: float) -> float:
    """Mean detection of one pass: day/night mixed, then cloud mixed in.

    Satellites pass in daylight (the sun-synchronous descending pass), so night does not apply.

    >>> mean_pd_pass("patrol", 0.9, 0.5, 0.5, night_fraction=0.5, cloud_fraction=0.0)
    0.7
    >>> mean_pd_pass("satellite", 0.9, 0.0, 0.1, night_fraction=0.5, cloud_fraction=0.5)
    0.5
    """
    clear = pd_day if kind == "satellite" else (1 - night_fraction) * pd_day + night_fraction * pd_night
    return (1 - cloud_fraction) * clear + cloud_fraction * pd_cloud


def lanes(depth_km: float, swath_km: float) -> int:
    """Parallel lanes a sensor of ``swath_km`` flies to see a band ``depth_km`` deep (1 for a line).

    >>> lanes(12.5, 7.5), lanes(12.5, 30.0), lanes(0.0, 7.5)
    (2, 1, 1)
    """
    if depth_km <= 0 or not math.isfinite(swath_km) or swath_km <= 0:
        return 1
    return max(1, math.ceil(depth_km / swath_km - 1e-9))
