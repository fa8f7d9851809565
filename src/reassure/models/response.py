r"""Time–distance and reinforcement: how fast help reaches a site or a point of the line.

Two questions, each a pure function over arrays:

* **How far?**  Geodesic distances on the WGS84 ellipsoid (pyproj ``Geod``), stretched for ground
  movement by a road-detour (circuity) factor :math:`\kappa \ge 1`.
* **How fast?**  A responder *u* at :math:`(\lambda_u, \varphi_u)` with readiness :math:`r_u` (h),
  speed :math:`v_u` (km/h), detour :math:`\kappa_u` and reach :math:`R_u` (km) answers a call at
  target *t* after

  .. math::

      T_{ut} = \begin{cases} r_u + \kappa_u\, d_{ut} / v_u & \kappa_u d_{ut} \le R_u \\
                             \infty & \text{otherwise} \end{cases}

  where :math:`d_{ut}` is the geodesic distance. The response time to *t* by a set of responders
  is :math:`\min_u T_{ut}`; "without US" takes the minimum over non-US responders only.

The reinforcement build-up (how many troops, how soon) is `reassure.models.buildup`.

Nothing here reads files or prints; inputs are plain floats in canonical units (km, h, km/h,
troops, days) whose names carry the unit, results are frozen dataclasses with ``to_dict()``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from reassure.errors import ModelError
from reassure.models._common import finite_or_none

__all__ = [
    "Responders",
    "SiteResponse",
    "fastest_response_h",
    "geodesic_km_matrix",
    "grid_in_polygon",
    "response_time_matrix_h",
    "site_response",
    "within_radius",
]

#: Modes of response, in the order they are reported.
MODES: tuple[str, ...] = ("ground", "heli", "air")

# Pairs computed per pyproj call when filling a distance matrix; bounds memory at ~50 MB.
_GEOD_CHUNK_PAIRS = 2_000_000


def _as_lonlat(points: ArrayLike, name: str) -> NDArray[np.float64]:
    arr = np.asarray(points, dtype=float)
    if arr.ndim == 1 and arr.size == 2:
        arr = arr.reshape(1, 2)
    if arr.ndim != 2 or arr.shape[1] != 2:
        raise ModelError(f"{name} must be an array of (lon, lat) pairs (got shape {arr.shape})")
    if arr.size and (np.nanmax(np.abs(arr[:, 1])) > 90 or np.nanmax(np.abs(arr[:, 0])) > 360):
        raise ModelError(f"{name} holds a latitude beyond ±90° or a longitude beyond ±360°; "
                         "points must be (lon, lat) in degrees")
    return arr


def geodesic_km_matrix(a_lonlat: ArrayLike, b_lonlat: ArrayLike) -> NDArray[np.float64]:
    r"""Geodesic distances between every point of ``a`` and every point of ``b``.

    Parameters
    ----------
    a_lonlat : array_like of shape (n, 2)
        Longitude, latitude in degrees (WGS84).
    b_lonlat : array_like of shape (m, 2)
        Longitude, latitude in degrees (WGS84).

    Returns
    -------
    ndarray of shape (n, m)
        :math:`d_{ij}` in km, the shortest path on the WGS84 ellipsoid
        (:func:`reassure.geo.geodesic_km`: Karney's algorithm in ``pyproj.Geod.inv``); a sphere
        (haversine) is off by up to 0.5 % against it.

    Examples
    --------
    >>> d = geodesic_km_matrix([[22.019, 50.10996]], [[30.5238, 50.45466]])  # Rzeszów → Kyiv
    >>> round(float(d[0, 0]))
    607
    """
    from reassure.geo import geodesic_km  # pyproj: imported only when distances are needed

    a = _as_lonlat(a_lonlat, "a_lonlat")
    b = _as_lonlat(b_lonlat, "b_lonlat")
    out = np.empty((a.shape[0], b.shape[0]))
    if out.size == 0:
        return out
    rows_per_chunk = max(1, _GEOD_CHUNK_PAIRS // max(1, b.shape[0]))
    for start in range(0, a.shape[0], rows_per_chunk):
        block = a[start : start + rows_per_chunk]
        out[start : start + block.shape[0]] = geodesic_km(
            block[:, None, 0], block[:, None, 1], b[None, :, 0], b[None, :, 1])
    return out


def _per_unit(value: ArrayLike, n: int, name: str, *, positive: bool = False) -> NDArray[np.float64]:
    arr = np.broadcast_to(np.asarray(value, dtype=float), (n,)).copy() if np.ndim(value) == 0 \
        else np.asarray(value, dtype=float)
    if arr.shape != (n,):
        raise ModelError(f"{name} must be a scalar or one value per unit ({n}) (got shape {arr.shape})")
    if np.any(np.isnan(arr)):
        raise ModelError(f"{name} must not be NaN")
    if positive and np.any(arr <= 0):
        raise ModelError(f"{name} must be > 0 (got {arr[arr <= 0][0]:g})")
    if not positive and np.any(arr < 0):
        raise ModelError(f"{name} must be >= 0 (got {arr[arr < 0][0]:g})")
    return arr


def response_time_matrix_h(
    unit_lonlat: ArrayLike,
    unit_readiness_h: ArrayLike,
    unit_speed_kmh: ArrayLike,
    detour_factor: ArrayLike,
    target_lonlat: ArrayLike,
    unit_range_km: ArrayLike = np.inf,
) -> NDArray[np.float64]:
    r"""Time for each responder to reach each target: readiness plus transit.

    .. math::

        T_{ut} = r_u + \kappa_u\, d_{ut} / v_u, \qquad T_{ut} = \infty \text{ if } \kappa_u d_{ut} > R_u

    Parameters
    ----------
    unit_lonlat : array_like of shape (n, 2)
        Where each responder waits (lon, lat in degrees).
    unit_readiness_h : float or array_like of shape (n,)
        :math:`r_u`, hours from the call until the responder moves (notice to move, QRA scramble).
    unit_speed_kmh : float or array_like of shape (n,)
        :math:`v_u`, mean speed along the path in km/h (road march speed, cruise speed).
    detour_factor : float or array_like of shape (n,)
        :math:`\kappa_u \ge 1`, path length over geodesic length (about 1.2 on roads, 1 in the air).
    target_lonlat : array_like of shape (m, 2)
        Sites or line cells (lon, lat in degrees).
    unit_range_km : float or array_like of shape (n,), default inf
        :math:`R_u`, the farthest path length the responder can fly or drive to (a fighter's combat
        radius, a helicopter's radius of action); beyond it the time is ``inf``.

    Returns
    -------
    ndarray of shape (n, m)
        Hours; ``inf`` where the target is out of reach.

    Examples
    --------
    A QRA pair 500 km away at 1,000 km/h after a 15 min scramble arrives in 45 min:

    >>> t = response_time_matrix_h([[0.0, 0.0]], 0.25, 1000.0, 1.0, [[4.4916, 0.0]])
    >>> round(float(t[0, 0]), 3)
    0.75
    """
    units = _as_lonlat(unit_lonlat, "unit_lonlat")
    n = units.shape[0]
    readiness = _per_unit(unit_readiness_h, n, "unit_readiness_h")
    speed = _per_unit(unit_speed_kmh, n, "unit_speed_kmh", positive=True)
    detour = _per_unit(detour_factor, n, "detour_factor", positive=True)
    reach = _per_unit(unit_range_km, n, "unit_range_km")
    if np.any(detour < 1.0):
        raise ModelError(f"detour_factor must be >= 1 (got {detour[detour < 1][0]:g}): "
                         "no path is shorter than the geodesic")
    path_km = geodesic_km_matrix(units, target_lonlat) * detour[:, None]
    hours = readiness[:, None] + path_km / speed[:, None]
    hours[path_km > reach[:, None]] = np.inf
    return hours


def within_radius(
    base_lonlat: ArrayLike, radius_km: ArrayLike, target_lonlat: ArrayLike
) -> NDArray[np.bool_]:
    r"""Which targets lie within each base's radius (geodesic): :math:`d_{bt} \le R_b`.

    The "SkyShield" question (figures.md §1.7): which sites can fighters based in Poland or Romania
    reach within their combat radius.

    Returns
    -------
    ndarray of bool, shape (n_bases, n_targets)
    """
    bases = _as_lonlat(base_lonlat, "base_lonlat")
    radius = _per_unit(radius_km, bases.shape[0], "radius_km")
    return geodesic_km_matrix(bases, target_lonlat) <= radius[:, None]


def fastest_response_h(
    time_matrix_h: NDArray[np.float64], mask: ArrayLike | None = None
) -> tuple[NDArray[np.float64], NDArray[np.int64]]:
    r"""Fastest responder per target, :math:`\min_u T_{ut}` over the units selected by ``mask``.

    Returns
    -------
    hours : ndarray of shape (m,)
        ``inf`` where no selected unit reaches the target.
    unit : ndarray of int, shape (m,)
        Index of the fastest unit, ``-1`` where none reaches.
    """
    times = np.asarray(time_matrix_h, dtype=float)
    if mask is not None:
        keep = np.asarray(mask, dtype=bool)
        times = np.where(keep[:, None], times, np.inf)
    if times.shape[0] == 0:
        m = times.shape[1] if times.ndim == 2 else 0
        return np.full(m, np.inf), np.full(m, -1, dtype=np.int64)
    best = np.argmin(times, axis=0)
    hours = times[best, np.arange(times.shape[1])]
    best = np.where(np.isfinite(hours), best, -1).astype(np.int64)
    return hours, best


@dataclass(frozen=True, eq=False)
class Responders:
    """The responders: ground QRFs at garrisons, helicopter detachments, air bases.

    Every field is one value per unit. ``mode`` is ``"ground"``, ``"heli"`` or ``"air"``;
    ``is_us`` marks units that exist only with the US backstop.
    """

    ids: tuple[str, ...]
    mode: tuple[str, ...]
    lonlat: NDArray[np.float64]
    readiness_h: NDArray[np.float64]
    speed_kmh: NDArray[np.float64]
    detour_factor: NDArray[np.float64]
    range_km: NDArray[np.float64]
    is_us: NDArray[np.bool_]

    def __post_init__(self) -> None:
        n = len(self.ids)
        object.__setattr__(self, "lonlat", _as_lonlat(self.lonlat, "lonlat") if n else
                           np.empty((0, 2)))
        for name in ("readiness_h", "speed_kmh", "detour_factor", "range_km"):
            object.__setattr__(self, name, _per_unit(getattr(self, name), n, name,
                                                     positive=name in ("speed_kmh", "detour_factor")))
        object.__setattr__(self, "is_us", np.broadcast_to(np.asarray(self.is_us, bool), (n,)).copy())
        if len(self.mode) != n or self.lonlat.shape[0] != n:
            raise ModelError(f"Responders needs one mode and one location per unit ({n} ids)")
        bad = sorted(set(self.mode) - set(MODES))
        if bad:
            raise ModelError(f"unit mode must be one of {', '.join(MODES)} (got {bad[0]!r})")

    def time_matrix_h(self, target_lonlat: ArrayLike) -> NDArray[np.float64]:
        """:func:`response_time_matrix_h` for these units."""
        if not self.ids:
            return np.empty((0, _as_lonlat(target_lonlat, "target_lonlat").shape[0]))
        return response_time_matrix_h(self.lonlat, self.readiness_h, self.speed_kmh,
                                      self.detour_factor, target_lonlat, self.range_km)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready types, one record per unit."""
        return {"units": [
            {"id": self.ids[k], "mode": self.mode[k], "lon": float(self.lonlat[k, 0]),
             "lat": float(self.lonlat[k, 1]), "readiness_h": float(self.readiness_h[k]),
             "speed_kmh": float(self.speed_kmh[k]), "detour_factor": float(self.detour_factor[k]),
             "range_km": finite_or_none(self.range_km[k]), "is_us": bool(self.is_us[k])}
            for k in range(len(self.ids))]}


@dataclass(frozen=True, eq=False)
class SiteResponse:
    """Fastest response per site and mode, with and without US units.

    ``hours[mode]`` and ``hours_without_us[mode]`` are arrays over sites (``inf`` = no responder
    of that mode reaches); ``unit[mode]`` names the fastest unit (``""`` if none).
    """

    site_ids: tuple[str, ...]
    hours: dict[str, NDArray[np.float64]]
    unit: dict[str, tuple[str, ...]]
    hours_without_us: dict[str, NDArray[np.float64]]
    unit_without_us: dict[str, tuple[str, ...]]

    def fastest_h(self, *, with_us: bool = True) -> NDArray[np.float64]:
        """Fastest response per site over all modes."""
        table = self.hours if with_us else self.hours_without_us
        return np.min(np.vstack([table[m] for m in MODES]), axis=0)

    def records(self, *, with_us: bool = True) -> list[dict[str, Any]]:
        """``[{site, ground, heli, air, fastest, ground_unit, heli_unit, air_unit}, ...]`` in h."""
        table = self.hours if with_us else self.hours_without_us
        units = self.unit if with_us else self.unit_without_us
        fastest = self.fastest_h(with_us=with_us)
        out = []
        for k, site in enumerate(self.site_ids):
            rec: dict[str, Any] = {"site": site}
            rec.update({m: finite_or_none(table[m][k]) for m in MODES})
            rec["fastest"] = finite_or_none(fastest[k])
            rec.update({f"{m}_unit": units[m][k] or None for m in MODES})
            out.append(rec)
        return out

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready types; unreachable times are ``None``."""
        return {"site_response_h": self.records(with_us=True),
                "without_us": {"site_response_h": self.records(with_us=False)}}


def site_response(units: Responders, site_ids: Sequence[str], site_lonlat: ArrayLike) -> SiteResponse:
    r"""Fastest ground, helicopter and air response to each site, with and without US units.

    For mode *m*: :math:`T^m_t = \min_{u:\,\mathrm{mode}(u)=m} T_{ut}`; without US the minimum runs
    over units with ``is_us`` false only.
    """
    sites = _as_lonlat(site_lonlat, "site_lonlat")
    if len(site_ids) != sites.shape[0]:
        raise ModelError(f"site_ids ({len(site_ids)}) and site_lonlat ({sites.shape[0]}) differ in length")
    times = units.time_matrix_h(sites)
    modes = np.asarray(units.mode)
    hours: dict[str, NDArray[np.float64]] = {}
    hours_no_us: dict[str, NDArray[np.float64]] = {}
    unit: dict[str, tuple[str, ...]] = {}
    unit_no_us: dict[str, tuple[str, ...]] = {}
    for m in MODES:
        for with_us, h_out, u_out in ((True, hours, unit), (False, hours_no_us, unit_no_us)):
            mask = modes == m if with_us else (modes == m) & ~units.is_us
            h, best = fastest_response_h(times, mask) if times.shape[0] else (
                np.full(sites.shape[0], np.inf), np.full(sites.shape[0], -1))
            h_out[m] = h
            u_out[m] = tuple(units.ids[b] if b >= 0 else "" for b in best)
    return SiteResponse(tuple(site_ids), hours, unit, hours_no_us, unit_no_us)


def grid_in_polygon(polygon: Any, spacing_km: float) -> NDArray[np.float64]:
    r"""Regular lon/lat grid points inside a shapely polygon, about ``spacing_km`` apart.

    Latitude steps are :math:`\Delta\varphi = s / 111.2` degrees; longitude steps are widened by
    :math:`1/\cos\varphi_0` at the polygon's mean latitude so cells are roughly square.

    Returns
    -------
    ndarray of shape (k, 2), lon/lat of the points inside (boundary excluded).
    """
    import shapely  # heavy import kept local; only the grid needs it

    if spacing_km <= 0:
        raise ModelError(f"spacing_km must be > 0 (got {spacing_km:g})")
    lon0, lat0, lon1, lat1 = polygon.bounds
    dlat = spacing_km / 111.2
    dlon = dlat / max(math.cos(math.radians(0.5 * (lat0 + lat1))), 1e-6)
    lons = np.arange(lon0 + dlon / 2, lon1, dlon)
    lats = np.arange(lat0 + dlat / 2, lat1, dlat)
    glon, glat = np.meshgrid(lons, lats)
    pts = np.column_stack([glon.ravel(), glat.ravel()])
    inside = shapely.contains_xy(polygon, pts[:, 0], pts[:, 1])
    return pts[inside]
