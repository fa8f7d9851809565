"""Geodesic distance, line densification and metric projection for the theatre.

Array functions over longitude/latitude in WGS84 degrees (always in that order, like GeoJSON).
Distances along the ellipsoid use :class:`pyproj.Geod` (Karney's algorithm, accurate to
nanometres). Point-to-line distances are computed in a conformal metric projection,
:data:`METRIC_CRS`, with shapely 2 vectorised geometry; see :func:`distance_to_line_km` for the
error that brings.

This module imports pyproj and shapely, so only models import it (never the CLI entry point).
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from reassure.errors import ModelError

__all__ = [
    "METRIC_CRS",
    "DensifiedLine",
    "densify_line",
    "distance_to_line_km",
    "from_metric",
    "geodesic_km",
    "line_length_km",
    "to_metric",
]

#: Lambert conformal conic fitted to Ukraine: standard parallels 45 N and 52 N, origin 48.5 N
#: 31 E, WGS84 ellipsoid, metres. Scale error is below about 0.3 % between 43 N and 54 N.
METRIC_CRS = (
    "+proj=lcc +lat_1=45 +lat_2=52 +lat_0=48.5 +lon_0=31 +x_0=0 +y_0=0 "
    "+ellps=WGS84 +units=m +no_defs"
)

FloatArray = NDArray[np.float64]


@functools.cache
def _geod():  # noqa: ANN202 - pyproj.Geod, imported lazily
    from pyproj import Geod

    return Geod(ellps="WGS84")


@functools.cache
def _transformer(inverse: bool):  # noqa: ANN202 - pyproj.Transformer
    from pyproj import CRS, Transformer

    wgs84, metric = CRS.from_epsg(4326), CRS.from_proj4(METRIC_CRS)
    src, dst = (metric, wgs84) if inverse else (wgs84, metric)
    return Transformer.from_crs(src, dst, always_xy=True)


def _readonly(arr: np.ndarray) -> np.ndarray:
    arr.flags.writeable = False
    return arr


def _out(arr: np.ndarray) -> FloatArray | float:
    """Return a Python float for 0-d results, else the array."""
    return float(arr) if arr.ndim == 0 else arr


def _as_lonlat(lonlat: ArrayLike, what: str = "lonlat") -> FloatArray:
    arr = np.asarray(lonlat, dtype=float)
    if arr.ndim != 2 or arr.shape[1] != 2 or arr.shape[0] < 2:
        raise ModelError(
            f"{what} must be an (n, 2) array of lon, lat with n >= 2 (got shape {arr.shape})"
        )
    if not np.all(np.isfinite(arr)):
        raise ModelError(f"{what} must hold finite lon, lat values")
    _check_range(arr[:, 0], arr[:, 1], what)
    return arr


def _check_range(lon: np.ndarray, lat: np.ndarray, what: str) -> None:
    with np.errstate(invalid="ignore"):
        if np.any(np.abs(lat) > 90) or np.any(np.abs(lon) > 180):
            raise ModelError(f"{what}: longitude must be in [-180, 180] and latitude in [-90, 90]")


def geodesic_km(
    lon1: ArrayLike, lat1: ArrayLike, lon2: ArrayLike, lat2: ArrayLike
) -> FloatArray | float:
    """Geodesic distance on the WGS84 ellipsoid, in km.

    Parameters
    ----------
    lon1, lat1 : array_like
        Start points, degrees.
    lon2, lat2 : array_like
        End points, degrees. All four inputs broadcast against each other.

    Returns
    -------
    ndarray or float
        Distances in km, in the broadcast shape (a float for scalar inputs). NaN inputs give NaN.

    Examples
    --------
    >>> round(geodesic_km(22.019, 50.10996, 30.5238, 50.45466))  # Rzeszow-Jasionka to Kyiv
    607
    """
    a, b, c, d = np.broadcast_arrays(
        *(np.asarray(v, dtype=float) for v in (lon1, lat1, lon2, lat2))
    )
    key = None
    if a.size >= _GEODESIC_MIN:  # the matrices (units or bases to every cell), remembered
        key = (a.shape, a.tobytes(), b.tobytes(), c.tobytes(), d.tobytes())
        if key in _GEODESIC:
            _GEODESIC.move_to_end(key)
            return _out(_GEODESIC[key].copy())
    _check_range(a, b, "geodesic_km start")
    _check_range(c, d, "geodesic_km end")
    _, _, dist = _geod().inv(a.ravel(), b.ravel(), c.ravel(), d.ravel())
    km = np.asarray(dist, dtype=float).reshape(a.shape) / 1000.0
    if key is not None:
        _GEODESIC[key] = km.copy()
        if len(_GEODESIC) > _GEODESIC_SIZE:
            _GEODESIC.popitem(last=False)
    return _out(km)


#: Distance matrices remembered by the whole of their input (every coordinate, as bytes):
#: explore varies a plan, but its units and the line's cells mostly stay where they were.
_GEODESIC: OrderedDict[tuple[Any, ...], FloatArray] = OrderedDict()
_GEODESIC_SIZE = 16
_GEODESIC_MIN = 256  # points; fewer cost less to compute than to look up


def line_length_km(lonlat: ArrayLike) -> float:
    """Length of a polyline whose hops are geodesics, in km.

    Parameters
    ----------
    lonlat : array_like of shape (n, 2)
        Vertices as lon, lat degrees, n >= 2.

    Returns
    -------
    float
        Sum of the geodesic hop lengths.

    Examples
    --------
    >>> round(line_length_km([[30.0, 50.0], [30.0, 51.0], [31.0, 51.0]]))
    181
    """
    arr = _as_lonlat(lonlat)
    hops = geodesic_km(arr[:-1, 0], arr[:-1, 1], arr[1:, 0], arr[1:, 1])
    return float(np.sum(hops))


@dataclass(frozen=True, eq=False)
class DensifiedLine:
    """A polyline cut into cells no longer than a step.

    Attributes
    ----------
    lon, lat : ndarray of shape (m,)
        Cell midpoints on the geodesic, degrees.
    start_km : ndarray of shape (m,)
        Distance along the whole line where each cell starts.
    length_km : ndarray of shape (m,)
        Geodesic length of each cell (equal within one hop).
    segment_index : ndarray of int, shape (m,)
        Index ``i`` of the original hop (vertex ``i`` to ``i + 1``) that the cell lies on.

    All arrays are read-only.
    """

    lon: FloatArray
    lat: FloatArray
    start_km: FloatArray
    length_km: FloatArray
    segment_index: NDArray[np.int64]

    @property
    def n(self) -> int:
        """Number of cells."""
        return int(self.lon.shape[0])

    @property
    def total_km(self) -> float:
        """Sum of the cell lengths (the line length)."""
        return float(self.length_km.sum())

    @property
    def lonlat(self) -> FloatArray:
        """Cell midpoints as an (m, 2) lon, lat array."""
        return _readonly(np.column_stack([self.lon, self.lat]))


def densify_line(lonlat: ArrayLike, step_km: float) -> DensifiedLine:
    """Cut a geodesic polyline into cells of at most ``step_km``.

    Each hop of length ``L`` is split into ``ceil(L / step_km)`` equal cells; midpoints are found
    with :meth:`pyproj.Geod.fwd` along the hop's geodesic from its start.

    Parameters
    ----------
    lonlat : array_like of shape (n, 2)
        Vertices as lon, lat degrees, n >= 2.
    step_km : float
        Largest cell length, km; must be > 0.

    Returns
    -------
    DensifiedLine
        Cells in order along the line; ``cells.total_km`` equals :func:`line_length_km`.

    Examples
    --------
    >>> cells = densify_line([[30.0, 50.0], [30.0, 51.0]], step_km=50)
    >>> cells.n, bool(cells.length_km.max() <= 50)
    (3, True)
    """
    arr = _as_lonlat(lonlat)
    step = float(step_km)
    if not np.isfinite(step) or step <= 0:
        raise ModelError(f"step_km must be a positive number (got {step_km!r})")
    geod = _geod()
    az, _, hop_m = geod.inv(arr[:-1, 0], arr[:-1, 1], arr[1:, 0], arr[1:, 1])
    hop_km = np.asarray(hop_m, dtype=float) / 1000.0
    per_hop = np.maximum(1, np.ceil(hop_km / step - 1e-9)).astype(np.int64)
    seg = np.repeat(np.arange(hop_km.size, dtype=np.int64), per_hop)
    k = np.arange(seg.size) - np.repeat(np.cumsum(per_hop) - per_hop, per_hop)  # cell in its hop
    cell_km = (hop_km / per_hop)[seg]
    along_hop_km = (k + 0.5) * cell_km
    lon, lat, _ = geod.fwd(
        arr[seg, 0], arr[seg, 1], np.asarray(az, dtype=float)[seg], along_hop_km * 1000.0
    )
    hop_start = np.concatenate([[0.0], np.cumsum(hop_km)[:-1]])
    start = hop_start[seg] + k * cell_km
    return DensifiedLine(
        lon=_readonly(np.asarray(lon, dtype=float)),
        lat=_readonly(np.asarray(lat, dtype=float)),
        start_km=_readonly(start),
        length_km=_readonly(cell_km),
        segment_index=_readonly(seg),
    )


def to_metric(lon: ArrayLike, lat: ArrayLike) -> tuple[FloatArray, FloatArray]:
    """Project lon, lat degrees to :data:`METRIC_CRS` x, y metres.

    Examples
    --------
    >>> x, y = to_metric(31.0, 48.5)
    >>> float(abs(x)) < 1e-6, float(abs(y)) < 1e-6
    (True, True)
    """
    lo, la = np.broadcast_arrays(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
    _check_range(lo, la, "to_metric")
    x, y = _transformer(False).transform(lo, la)
    return np.asarray(x, dtype=float), np.asarray(y, dtype=float)


def from_metric(x: ArrayLike, y: ArrayLike) -> tuple[FloatArray, FloatArray]:
    """Unproject :data:`METRIC_CRS` x, y metres to lon, lat degrees (inverse of :func:`to_metric`)."""
    xx, yy = np.broadcast_arrays(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
    lon, lat = _transformer(True).transform(xx, yy)
    return np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)


def distance_to_line_km(
    lon: ArrayLike, lat: ArrayLike, line_lonlat: ArrayLike
) -> FloatArray | float:
    """Shortest distance from points to a polyline, in km.

    Points and line are projected to :data:`METRIC_CRS` and measured with
    :func:`shapely.distance`. A row of NaN in ``line_lonlat`` splits the line into parts (for a
    line with gaps); the distance is then to the nearest part.

    The result differs from the true geodesic minimum through the projection's scale error
    (below about 0.3 % from 43 N to 54 N) and because a straight segment in the projection is not
    exactly the geodesic hop; over this theatre the total stays within 0.5 % (measured against a
    brute-force geodesic minimum over densified points in ``tests/theatres/test_geo.py``).

    Parameters
    ----------
    lon, lat : array_like
        Points, degrees; broadcast against each other.
    line_lonlat : array_like of shape (n, 2)
        Line vertices as lon, lat degrees; each part needs at least 2 vertices.

    Returns
    -------
    ndarray or float
        Distances in km, in the broadcast shape of ``lon`` and ``lat``.

    Examples
    --------
    >>> round(distance_to_line_km(31.0, 49.0, [[30.0, 48.0], [32.0, 48.0]]))
    111
    """
    import shapely

    lo, la = np.broadcast_arrays(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
    line = np.asarray(line_lonlat, dtype=float)
    if line.ndim != 2 or line.shape[1] != 2:
        raise ModelError(
            f"line_lonlat must be an (n, 2) array of lon, lat (got shape {line.shape})"
        )
    gap = np.isnan(line).any(axis=1)
    parts = [p for p in np.split(line, np.flatnonzero(gap)) if p.size]
    parts = [p[~np.isnan(p).any(axis=1)] for p in parts]
    parts = [p for p in parts if len(p)]
    if not parts or any(len(p) < 2 for p in parts):
        raise ModelError("line_lonlat: every part of the line needs at least 2 finite vertices")
    for p in parts:
        _as_lonlat(p, "line_lonlat")
    geoms = []
    for p in parts:
        x, y = to_metric(p[:, 0], p[:, 1])
        geoms.append(shapely.linestrings(np.column_stack([x, y])))
    target = geoms[0] if len(geoms) == 1 else shapely.multilinestrings(geoms)
    px, py = to_metric(lo, la)
    points = shapely.points(px, py)
    return _out(np.asarray(shapely.distance(points, target), dtype=float) / 1000.0)
