"""From a fleet to sampled footprints along the line: orbits, airframes, light, and the samples.

The line is cut into cells (:class:`MonitoringGrid`). A fleet (:class:`FleetEntry` rows of
:class:`PlatformType`) is turned into sensor footprints along the line over an analysis window
sampled every ``step_min``; the samples give, per cell, the figures of merit that STK's coverage
module names (coverage percent, revisit min/mean/max, response mean/max/percent-below, percent
satisfied, probability of detection against event duration). Orbits and airframes come from
endurance, transit, turnaround and availability; degradation from night, cloud, jamming and
attrition. :func:`assess_monitoring` runs everything with and without US assets;
:func:`size_fleet` finds the smallest fleet that meets a revisit target (``scipy.optimize.milp``).

All functions are pure: arrays and small frozen dataclasses in, frozen results with
``to_dict()`` out. The formulas are in ``docs/models/monitoring.md``.
The figures of merit computed from the samples are in `reassure.models.monitoring.figures`.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from reassure.errors import InfeasibleError, ModelError
from reassure.models._common import finite_or_none
from reassure.models.monitoring import kernel as _k
from reassure.models.monitoring.detection import lanes
from reassure.models.monitoring.inputs import (
    Analysis,
    Conditions,
    FleetEntry,
    MonitoringGrid,
    PlatformType,
)
from reassure.models.monitoring.kernel import Samples

__all__ = [
    "FleetRow",
    "airframes_per_orbit",
    "airframes_required",
    "base_distance_km",
    "fleet_rows",
    "is_night",
    "night_fraction",
    "patrol_max_revisit_h",
    "sample_fleet",
    "satellite_passes",
    "time_on_station_h",
]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]

_EARTH_KM = 6371.0088
_PD_MAX = 1.0 - 1e-12


# ---------------------------------------------------------------------------------------------
# Orbits, airframes, light


def time_on_station_h(
    endurance_h: ArrayLike, transit_km: ArrayLike, speed_kmh: ArrayLike
) -> FloatArray | float:
    """Time a sortie spends on station: endurance minus the transit out and back.

    ``tos = endurance - 2 * transit / speed``; negative means the station is out of reach.

    Examples
    --------
    >>> time_on_station_h(27.0, 500.0, 300.0)   # figures.md 4.1: ~23.6 h
    23.666666666666668
    """
    e, d, v = (np.asarray(x, dtype=float) for x in (endurance_h, transit_km, speed_kmh))
    out = e - 2.0 * d / v
    return float(out) if out.ndim == 0 else out


def airframes_per_orbit(
    endurance_h: ArrayLike,
    transit_km: ArrayLike,
    speed_kmh: ArrayLike,
    turnaround_h: ArrayLike,
    availability: ArrayLike,
) -> FloatArray | float:
    """Airframes one continuous (24/7) orbit keeps busy, maintenance included (fractional).

    A continuous orbit needs ``24 / tos`` sorties a day; each sortie holds an airframe for
    ``endurance + turnaround`` hours, so ``(endurance + turnaround) / tos`` airframes are in the
    cycle on average, and dividing by the availability adds those down for maintenance::

        airframes = (endurance + turnaround) / (tos * availability)

    ``inf`` when the station is out of reach (``tos <= 0``). Orbits flown from one base share
    airframes, so round up the sum, not each orbit (:func:`airframes_required`).

    Examples
    --------
    >>> round(airframes_per_orbit(24.0, 0.0, 100.0, 0.0, 1.0), 6)   # on station all the time
    1.0
    """
    e, g, a = (np.asarray(x, dtype=float) for x in (endurance_h, turnaround_h, availability))
    tos = np.asarray(time_on_station_h(e, transit_km, speed_kmh), dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(tos > 0, (e + g) / (tos * a), np.inf)
    return float(out) if out.ndim == 0 else out


def airframes_required(per_orbit: ArrayLike) -> int:
    """Whole airframes for a set of orbits sharing a pool: ``ceil(sum(per_orbit))``.

    Examples
    --------
    >>> airframes_required([1.4, 1.4])   # two orbits of 1.4 share 3 airframes, not 4
    3
    """
    total = float(np.sum(np.asarray(per_orbit, dtype=float)))
    if not math.isfinite(total):
        return 0 if total != total else 2**31 - 1
    # The tolerance keeps 2.0000000001 (round-off) from becoming 3.
    return int(math.ceil(total - 1e-9))


def night_fraction(lat_deg: ArrayLike, day_of_year: ArrayLike) -> FloatArray | float:
    """Share of the day with the sun's centre below the horizon (sunrise equation).

    Declination ``delta = -23.44 deg cos(2 pi (d + 10) / 365)``; half day length ``w0`` from
    ``cos w0 = -tan(lat) tan(delta)``; night fraction ``1 - w0 / pi``. Refraction and twilight
    are ignored (a few minutes). Averaged over a year the result is 0.5 at every latitude outside
    the polar circles, since the declination is (nearly) symmetric.

    Examples
    --------
    >>> round(night_fraction(48.0, 172), 2)   # 48 N at the June solstice: ~15.9 h of day
    0.34
    """
    lat = np.radians(np.asarray(lat_deg, dtype=float))
    d = np.asarray(day_of_year, dtype=float)
    dec = np.radians(-23.44) * np.cos(2 * np.pi * (d + 10) / 365.0)
    cos_w0 = np.clip(-np.tan(lat) * np.tan(dec), -1.0, 1.0)
    out = 1.0 - np.arccos(cos_w0) / np.pi
    return float(out) if out.ndim == 0 else out


def is_night(local_hour: ArrayLike, night_fraction: float) -> NDArray[np.bool_]:
    """Whether a local solar hour is dark, with a day of ``24 (1 - night_fraction)`` h about noon."""
    h = np.mod(np.asarray(local_hour, dtype=float), 24.0)
    half_day = 12.0 * (1.0 - night_fraction)
    return np.asarray(np.abs(h - 12.0) >= half_day)


def _pd(ptype: PlatformType, night: NDArray[np.bool_], cloud: float) -> FloatArray:
    # Cloud in expectation: overcast with probability `cloud`, when the pass gets pd_cloud.
    clear = np.where(night, ptype.pd_night, ptype.pd_day)
    return (1.0 - cloud) * clear + cloud * ptype.pd_cloud


def _logmiss(pd: ArrayLike) -> FloatArray:
    return np.log1p(-np.minimum(np.asarray(pd, dtype=float), _PD_MAX))


def patrol_max_revisit_h(
    x_km: ArrayLike, a_km: float, b_km: float, speed_kmh: float, half_footprint_km: float
) -> FloatArray:
    """Closed-form worst gap at ``x`` under one platform patrolling ``[a, b]`` back and forth.

    The point is seen while the platform is within ``h`` of it; the longest time away is the
    round trip to the far end: ``(2 max(x - a, b - x) - 2 h) / v`` (0 if the footprint always
    covers it; ``inf`` farther than ``h`` outside the stretch). Over the stretch the maximum is
    ``2 L / v`` at the ends (``h -> 0``).
    """
    x = np.asarray(x_km, dtype=float)
    h = half_footprint_km
    far = np.maximum(x - a_km, b_km - x)
    gap = np.maximum(0.0, (2.0 * far - 2.0 * h) / speed_kmh)
    return np.where((x >= a_km - h) & (x <= b_km + h), gap, np.inf)


#: Solves of the line's geography remembered across calls (explore stretches the line and
#: changes its depth from one experiment to the next, but its cells keep their lon/lat, so the
#: distances to the bases and the satellite passes are the same). Keyed by every input the
#: function reads, compared in full (the cells' coordinates as bytes); least recently used first out.
_GEOGRAPHY: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
_GEOGRAPHY_SIZE = 64


def _remembered(key: tuple[Any, ...], compute: Any) -> Any:
    if key in _GEOGRAPHY:
        _GEOGRAPHY.move_to_end(key)
        return _GEOGRAPHY[key]
    value = compute()
    for a in value if isinstance(value, tuple) else (value,):
        a.flags.writeable = False  # shared by every caller: nobody may change it
    _GEOGRAPHY[key] = value
    if len(_GEOGRAPHY) > _GEOGRAPHY_SIZE:
        _GEOGRAPHY.popitem(last=False)
    return value


def _cells_key(grid: MonitoringGrid) -> tuple[Any, ...]:
    lon, lat = np.ascontiguousarray(grid.lon, dtype=float), np.ascontiguousarray(grid.lat, dtype=float)
    return (lon.shape, lon.tobytes(), lat.shape, lat.tobytes())


def base_distance_km(grid: MonitoringGrid, base_lon: ArrayLike, base_lat: ArrayLike) -> FloatArray:
    """Geodesic distance from each base to each cell, km, shape ``(n_bases, n_cells)``
    (read-only: remembered for the next call with the same cells and bases)."""
    lon = np.atleast_1d(np.asarray(base_lon, dtype=float))
    lat = np.atleast_1d(np.asarray(base_lat, dtype=float))

    def compute() -> FloatArray:
        from reassure.geo import geodesic_km

        out = geodesic_km(lon[:, None], lat[:, None], grid.lon[None, :], grid.lat[None, :])
        return np.array(out, dtype=float).reshape(lon.size, grid.n)

    key = ("base_distance_km", *_cells_key(grid), lon.shape, lon.tobytes(), lat.shape, lat.tobytes())
    result: FloatArray = _remembered(key, compute)
    return result


# ---------------------------------------------------------------------------------------------
# From a fleet to footprints


@dataclass(frozen=True)
class FleetRow:
    """What one fleet entry takes and gives (a row of the fleet table)."""

    id: str
    type: str
    label: str
    kind: str
    base: str
    orbits: int
    airframes: int
    airframes_per_orbit: float
    transit_km: float
    time_on_station_h: float
    segment_km: tuple[float, float]
    us_asset: bool
    attrition_over_horizon: float
    airframes_to_procure: int
    orbits_at_horizon_without_replacement: int
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready plain types."""
        return {
            "id": self.id, "type": self.type, "label": self.label, "kind": self.kind,
            "base": self.base, "orbits": self.orbits, "airframes": self.airframes,
            "airframes_per_orbit": finite_or_none(self.airframes_per_orbit),
            "transit_km": finite_or_none(self.transit_km),
            "time_on_station_h": finite_or_none(self.time_on_station_h),
            "segment_km": list(self.segment_km), "us_asset": self.us_asset,
            "attrition_over_horizon": finite_or_none(self.attrition_over_horizon),
            "airframes_to_procure": self.airframes_to_procure,
            "orbits_at_horizon_without_replacement": self.orbits_at_horizon_without_replacement,
            "notes": list(self.notes),
        }


@dataclass(frozen=True, eq=False)
class _Tracks:
    """Patrol and stare platforms as arrays (a stare is a patrol of zero length)."""

    a_km: FloatArray
    b_km: FloatArray
    speed_kmh: FloatArray
    half_km: FloatArray
    lon: FloatArray
    type_name: tuple[str, ...]
    jam: NDArray[np.bool_]
    sats: tuple[tuple[str, int], ...]  # (type name, satellites) per satellite entry


def _entry_segment(entry: FleetEntry, grid: MonitoringGrid) -> tuple[float, float]:
    lo, hi = float(grid.start_km[0]), float(grid.start_km[-1] + grid.length_km[-1])
    if entry.segment_km is None:
        return lo, hi
    a, b = max(entry.segment_km[0], lo), min(entry.segment_km[1], hi)
    if b <= a:
        raise ModelError(f"fleet entry {entry.id or entry.type!r}: segment_km "
                         f"{entry.segment_km} lies outside the line ({lo:g}-{hi:g} km)")
    return a, b


def _half_footprint(ptype: PlatformType, standoff_km: float) -> float:
    # The swath is centred on the track; flying `standoff` behind the line leaves a chord of the
    # sensor's reach along the line.
    r = 0.5 * ptype.swath_km
    return math.sqrt(r * r - standoff_km * standoff_km) if standoff_km < r else 0.0


def _plan(
    grid: MonitoringGrid,
    fleet: Sequence[FleetEntry],
    catalogue: Mapping[str, PlatformType],
    conditions: Conditions,
) -> tuple[_Tracks, tuple[FleetRow, ...]]:
    """Expand fleet entries into platform tracks and fleet-table rows."""
    centre = grid.centre_km
    a_l: list[float] = []
    b_l: list[float] = []
    v_l: list[float] = []
    h_l: list[float] = []
    lon_l: list[float] = []
    t_l: list[str] = []
    jam_l: list[bool] = []
    sats: list[tuple[str, int]] = []
    rows: list[FleetRow] = []
    for i, e in enumerate(fleet):
        who = e.id or f"fleet[{i}]"
        if e.type not in catalogue:
            from reassure.errors import did_you_mean

            raise ModelError(f"{who}: unknown platform type {e.type!r}"
                             f"{did_you_mean(e.type, catalogue)}")
        pt = catalogue[e.type]
        seg = _entry_segment(e, grid)
        notes: list[str] = []
        per_orbit: list[float] = []
        transit: list[float] = []
        tos_l: list[float] = []
        if pt.kind == "satellite":
            if e.orbits:
                sats.append((e.type, e.orbits))
            rows.append(FleetRow(
                id=who, type=e.type, label=pt.label, kind=pt.kind, base=e.base or "space",
                orbits=e.orbits, airframes=e.orbits, airframes_per_orbit=1.0,
                transit_km=math.nan, time_on_station_h=math.inf, segment_km=seg,
                us_asset=e.us_asset, attrition_over_horizon=0.0, airframes_to_procure=e.orbits,
                orbits_at_horizon_without_replacement=e.orbits))
            continue
        if not (math.isfinite(e.base_lon) and math.isfinite(e.base_lat)):
            raise ModelError(f"{who}: {pt.kind} platforms need base_lon and base_lat")
        dist = base_distance_km(grid, e.base_lon, e.base_lat)[0]
        h = _half_footprint(pt, e.standoff_km)
        if h <= 0:
            notes.append(f"standoff {e.standoff_km:g} km is beyond the sensor's reach "
                         f"(swath {pt.swath_km:g} km): it sees nothing of the line")
        n = e.orbits
        width = (seg[1] - seg[0]) / n if n else 0.0
        for q in range(n):
            if pt.kind == "patrol":
                a, b = seg[0] + q * width, seg[0] + (q + 1) * width
            else:  # stare stations spread evenly, each in the middle of its share
                a = b = seg[0] + (q + 0.5) * width
            inside = (centre >= a - 1e-9) & (centre <= b + 1e-9)
            if not inside.any():
                inside = np.abs(centre - 0.5 * (a + b)) == np.min(np.abs(centre - 0.5 * (a + b)))
            reach = inside & (dist <= pt.datalink_range_km)
            if not reach.any():
                notes.append(f"orbit {q + 1}: km {a:.0f}-{b:.0f} is beyond the "
                             f"{pt.datalink_range_km:g} km datalink range from {e.base}")
                continue
            if reach.sum() < inside.sum():
                a2, b2 = float(centre[reach].min()), float(centre[reach].max())
                if pt.kind == "patrol":
                    notes.append(f"orbit {q + 1}: cut to km {a2:.0f}-{b2:.0f} by the "
                                 f"{pt.datalink_range_km:g} km datalink range")
                    a, b = a2, b2
            mid = 0.5 * (a + b)
            c_mid = int(np.argmin(np.abs(centre - mid)))
            d_mid = float(dist[c_mid])
            if pt.kind == "patrol":
                tos = float(time_on_station_h(pt.endurance_h, d_mid, pt.speed_kmh))
                if tos <= 0:
                    raise InfeasibleError(
                        f"{who}: a {pt.name} from {e.base} cannot reach km {mid:.0f} of the line "
                        f"({d_mid:.0f} km away; endurance {pt.endurance_h:g} h at "
                        f"{pt.speed_kmh:g} km/h gives no time on station)")
                per_orbit.append(float(airframes_per_orbit(
                    pt.endurance_h, d_mid, pt.speed_kmh, pt.turnaround_h, pt.availability)))
                tos_l.append(tos)
            else:
                per_orbit.append(1.0 / pt.availability)
                tos_l.append(math.inf)
            transit.append(d_mid)
            a_l.append(a)
            b_l.append(b)
            # Over a band deeper than the swath a patrol flies k lanes: it advances along the
            # line at v / k (transit stays at v).
            v_l.append(pt.speed_kmh / lanes(grid.depth_km, pt.swath_km) if pt.kind == "patrol" else 0.0)
            h_l.append(h)
            lon_l.append(float(grid.lon[c_mid]))
            t_l.append(e.type)
            jam_l.append(pt.jam_susceptible)
        airframes = airframes_required(per_orbit) if per_orbit else 0
        flown = len(per_orbit)
        # Each class its own loss rate (MQ-9-class mishaps are not small-drone losses); the
        # scenario's rate only for a class the catalogue gives none.
        rate = (pt.attrition_per_orbit_year if pt.attrition_per_orbit_year is not None
                else conditions.attrition_per_orbit_year)
        losses = rate * flown * conditions.horizon_years if pt.kind == "patrol" else 0.0
        mean_need = float(np.mean(per_orbit)) if per_orbit else math.nan
        left = airframes - losses
        at_horizon = (min(flown, int(math.floor(left / mean_need + 1e-9)))
                      if per_orbit and left > 0 else 0)
        rows.append(FleetRow(
            id=who, type=e.type, label=pt.label, kind=pt.kind, base=e.base, orbits=e.orbits,
            airframes=airframes, airframes_per_orbit=mean_need,
            transit_km=float(np.mean(transit)) if transit else math.nan,
            time_on_station_h=float(np.min(tos_l)) if tos_l else math.nan,
            segment_km=seg, us_asset=e.us_asset, attrition_over_horizon=losses,
            airframes_to_procure=airframes + int(math.ceil(losses - 1e-9)),
            orbits_at_horizon_without_replacement=at_horizon, notes=tuple(notes)))
    tracks = _Tracks(
        a_km=np.array(a_l, dtype=float), b_km=np.array(b_l, dtype=float),
        speed_kmh=np.array(v_l, dtype=float), half_km=np.array(h_l, dtype=float),
        lon=np.array(lon_l, dtype=float), type_name=tuple(t_l),
        jam=np.array(jam_l, dtype=bool), sats=tuple(sats))
    return tracks, tuple(rows)


def fleet_rows(
    grid: MonitoringGrid,
    fleet: Sequence[FleetEntry],
    catalogue: Mapping[str, PlatformType],
    conditions: Conditions | None = None,
) -> tuple[FleetRow, ...]:
    """The fleet table: orbits, transit, time on station, airframes and attrition per entry."""
    return _plan(grid, fleet, catalogue, conditions or Conditions())[1]


def _patrol_extent(
    a: FloatArray, b: FloatArray, v: FloatArray, t: FloatArray, dt: float
) -> tuple[FloatArray, FloatArray]:
    """Extent ``[lo, hi]`` swept over ``[t, t + dt)`` by platforms patrolling ``[a, b]``.

    Each platform starts at ``a`` at ``t = 0`` heading for ``b``; its path coordinate is
    ``u = v t`` folded on ``[0, 2L)``: position ``a + u`` on the way out, ``a + 2L - u`` back.
    Shapes: ``a, b, v`` (P, 1); ``t`` (1, N); result (P, N).
    """
    length = b - a
    two = 2.0 * length
    moving = (length > 0) & (v > 0)
    safe_two = np.where(moving, two, 1.0)
    u0 = np.mod(v * t, safe_two)
    u1 = u0 + v * dt

    def pos(u: FloatArray) -> FloatArray:
        w = np.mod(u, safe_two)
        return a + np.where(w <= length, w, safe_two - w)

    p0, p1 = pos(u0), pos(u1)
    lo, hi = np.minimum(p0, p1), np.maximum(p0, p1)
    # Turning points inside the step: b at u = L and 3L, a at u = 2L.
    hi = np.where(((u0 < length) & (u1 >= length)) | ((u0 < 3 * length) & (u1 >= 3 * length)),
                  b, hi)
    lo = np.where((u0 < two) & (u1 >= two), a, lo)
    full = v * dt >= two
    lo = np.where(full, a, lo)
    hi = np.where(full, b, hi)
    lo = np.where(moving, lo, a)
    hi = np.where(moving, hi, a)
    return lo, hi


def _jam_active(n_exp: int, q: IntArray, t: FloatArray, cond: Conditions) -> NDArray[np.bool_]:
    """True where an exposed platform is on task (not in a jamming outage).

    The fleet-wide rate ``E`` events a day is shared by the ``n_exp`` exposed platforms, so each
    loses ``jamming_outage_h`` every ``I = 24 n_exp / E`` hours, outages staggered by ``I / n_exp``
    (deterministic: the effect in expectation, placed evenly).
    """
    e, o = cond.jamming_events_per_day, cond.jamming_outage_h
    if e <= 0 or o <= 0 or n_exp == 0:
        return np.ones((q.size, t.size), dtype=bool)
    interval = 24.0 * n_exp / e
    offset = (q + 0.5) / n_exp * interval
    return np.mod(t[None, :] - offset[:, None], interval) >= o


def satellite_passes(
    grid: MonitoringGrid,
    ptype: PlatformType,
    satellites: int,
    window_h: float,
) -> tuple[IntArray, FloatArray]:
    """See `_satellite_passes`; the arrays are read-only, remembered for the next call with the
    same cells (lon/lat), platform type, satellites and window."""
    key = ("satellite_passes", *_cells_key(grid), ptype, int(satellites), float(window_h))
    result: tuple[IntArray, FloatArray] = _remembered(
        key, lambda: _satellite_passes(grid, ptype, int(satellites), float(window_h)))
    return result


def _satellite_passes(
    grid: MonitoringGrid,
    ptype: PlatformType,
    satellites: int,
    window_h: float,
) -> tuple[IntArray, FloatArray]:
    """Instants at which a constellation images each cell: ``(cell, time_h)`` pairs.

    Orbit model (``revs_per_day = N > 0``): the satellites share one sun-synchronous plane,
    evenly spaced, so together they cross a given latitude every ``24 / (N k)`` hours (``k``
    satellites), each crossing at the same local solar time ``T``: the track is at longitude
    ``15 (T - t)`` degrees at UTC hour ``t``. With ``passes_per_rev = 2`` the ascending crossing
    half a revolution later (local time ``T + 12``) images too. A cell is imaged when its
    east-west distance to the track, ``R cos(lat) |dlon|``, is within half the swath (tracks are
    taken as meridians at the cell, ignoring their ~8 degree tilt). The repeat cycle and the
    revisit follow from ``N``, ``k`` and the swath; they are not inputs.

    Fixed-revisit model (``revisit_h > 0``): each cell is imaged every ``revisit_h / k`` hours
    at local time ``T``.
    """
    out_c: list[IntArray] = []
    out_t: list[FloatArray] = []
    if satellites <= 0:
        return np.zeros(0, np.int64), np.zeros(0)
    if ptype.revs_per_day > 0:
        spacing = 24.0 / (ptype.revs_per_day * satellites)
        m = np.arange(int(math.floor(window_h / spacing)) + 1, dtype=np.float64)
        times = [m * spacing]
        locals_ = [ptype.local_time_h]
        if ptype.passes_per_rev == 2:
            times.append(m * spacing + 12.0 / ptype.revs_per_day)
            locals_.append(ptype.local_time_h + 12.0)
        km_per_deg = np.radians(1.0) * _EARTH_KM * np.cos(np.radians(grid.lat))
        half = 0.5 * ptype.swath_km
        for t_arr, local in zip(times, locals_, strict=True):
            t_arr = t_arr[t_arr <= window_h]
            track = 15.0 * (local - t_arr)
            chunk = max(1, 2_000_000 // max(grid.n, 1))
            for s in range(0, t_arr.size, chunk):
                tt, tr = t_arr[s:s + chunk], track[s:s + chunk]
                dlon = np.mod(grid.lon[None, :] - tr[:, None] + 180.0, 360.0) - 180.0
                hit = np.abs(dlon) * km_per_deg[None, :] <= half
                pi, ci = np.nonzero(hit)
                out_c.append(ci.astype(np.int64))
                out_t.append(tt[pi])
    else:
        period = ptype.revisit_h / satellites
        phase = np.mod(ptype.local_time_h - grid.lon / 15.0, period)
        n_max = int(math.floor(window_h / period)) + 1
        k_pass = np.arange(n_max)
        t = phase[:, None] + k_pass[None, :] * period
        ci, mi = np.nonzero(t <= window_h)
        out_c.append(ci.astype(np.int64))
        out_t.append(t[ci, mi])
    cells = np.concatenate(out_c) if out_c else np.zeros(0, np.int64)
    times_h = np.concatenate(out_t) if out_t else np.zeros(0)
    order = np.lexsort((times_h, cells))
    return cells[order], times_h[order]


@dataclass(frozen=True, eq=False)
class _Footprints:
    """A fleet's footprints over the window before any jamming: each platform's swept extent
    ``lo``/``hi`` (NaN where it sees nothing) and log-miss per step, and the satellites' passes."""

    tracks: _Tracks
    rows: tuple[FleetRow, ...]
    t: FloatArray
    step_h: float
    lo: FloatArray
    hi: FloatArray
    logmiss: FloatArray
    point_cell: IntArray | None
    point_step: IntArray | None
    point_logmiss: FloatArray | None

    def covered(self, grid: MonitoringGrid, off: NDArray[np.bool_] | None = None,
                cells: IntArray | None = None) -> Samples:
        """The samples with the platform steps ``off`` (shape of ``lo``) seeing nothing, of every
        cell or of ``cells`` (ascending indices) only."""
        lo, hi = self.lo, self.hi
        if off is not None and off.any():
            lo, hi = np.where(off, np.nan, lo), np.where(off, np.nan, hi)
        centre = grid.centre_km
        pc, ps, pl = self.point_cell, self.point_step, self.point_logmiss
        if cells is not None:
            centre = centre[cells]
            if pc is not None:
                where = np.searchsorted(cells, pc)
                keep = (where < cells.size) & (cells[np.minimum(where, cells.size - 1)] == pc)
                pc, ps, pl = where[keep], ps[keep] if ps is not None else None, \
                    pl[keep] if pl is not None else None
        return _k.sample_coverage(
            centre, n_steps=self.t.size - 1, step_h=self.step_h, lo_km=lo, hi_km=hi, logmiss=self.logmiss,
            point_cell=pc, point_step=ps, point_logmiss=pl, keep_scratch=cells is None)

    def covered_only(self, grid: MonitoringGrid, off: NDArray[np.bool_] | None = None,
                     cells: IntArray | None = None) -> NDArray[np.bool_]:
        """`covered`'s samples, whether each is covered only (no detection: lighter)."""
        lo, hi = self.lo, self.hi
        if off is not None and off.any():
            lo, hi = np.where(off, np.nan, lo), np.where(off, np.nan, hi)
        centre = grid.centre_km
        pc, ps = self.point_cell, self.point_step
        if cells is not None:
            centre = centre[cells]
            if pc is not None:
                where = np.searchsorted(cells, pc)
                keep = (where < cells.size) & (cells[np.minimum(where, cells.size - 1)] == pc)
                pc, ps = where[keep], ps[keep] if ps is not None else None
        return _k.sample_covered(centre, n_steps=self.t.size - 1, lo_km=lo, hi_km=hi, point_cell=pc,
                                 point_step=ps, keep_scratch=cells is None)


def footprints(
    grid: MonitoringGrid,
    fleet: Sequence[FleetEntry],
    catalogue: Mapping[str, PlatformType],
    conditions: Conditions,
    analysis: Analysis,
) -> _Footprints:
    """Every platform's footprint in every step and every satellite pass, before jamming."""
    cond, an = conditions, analysis
    tracks, rows = _plan(grid, fleet, catalogue, cond)
    n, dt = an.n_steps, an.step_h
    t = np.arange(n + 1, dtype=np.float64) * dt
    p = tracks.a_km.size
    if p:
        lo, hi = _patrol_extent(tracks.a_km[:, None], tracks.b_km[:, None],
                                tracks.speed_kmh[:, None], t[None, :], dt)
        lo = lo - tracks.half_km[:, None]
        hi = hi + tracks.half_km[:, None]
        blind = tracks.half_km <= 0
        lo[blind] = np.nan
        hi[blind] = np.nan
        local = t[None, :] + tracks.lon[:, None] / 15.0
        night = is_night(local, cond.night_fraction)
        lm = np.empty((p, n + 1), dtype=float)
        for name in set(tracks.type_name):
            rows_of = np.array([tn == name for tn in tracks.type_name])
            lm[rows_of] = _logmiss(_pd(catalogue[name], night[rows_of], cond.cloud_fraction))
    else:
        lo = hi = np.zeros((0, n + 1))
        lm = np.zeros((0, n + 1))
    pc: list[IntArray] = []
    ps: list[IntArray] = []
    pl: list[FloatArray] = []
    for name, k in tracks.sats:
        pt = catalogue[name]
        cells, times = satellite_passes(grid, pt, k, n * dt)
        step = np.minimum(np.floor(times / dt + 1e-9).astype(np.int64), n)
        local_s = times + grid.lon[cells] / 15.0
        pd = _pd(pt, is_night(local_s, cond.night_fraction), cond.cloud_fraction)
        pc.append(cells)
        ps.append(step)
        pl.append(_logmiss(pd))
    return _Footprints(tracks=tracks, rows=rows, t=t, step_h=dt, lo=lo, hi=hi, logmiss=lm,
                       point_cell=np.concatenate(pc) if pc else None,
                       point_step=np.concatenate(ps) if ps else None,
                       point_logmiss=np.concatenate(pl) if pl else None)


def sample_fleet(
    grid: MonitoringGrid,
    fleet: Sequence[FleetEntry],
    catalogue: Mapping[str, PlatformType],
    *,
    conditions: Conditions | None = None,
    analysis: Analysis | None = None,
) -> tuple[Samples, tuple[FleetRow, ...]]:
    """Coverage samples of a fleet over the analysis window (jamming outages on the evenly
    spaced schedule of `_jam_active`), and its fleet table.

    Returns
    -------
    (Samples, tuple of FleetRow)
    """
    cond = conditions or Conditions()
    an = analysis or Analysis()
    fp = footprints(grid, fleet, catalogue, cond, an)
    return fp.covered(grid, scheduled_outages(fp, cond)), fp.rows


def scheduled_outages(fp: _Footprints, cond: Conditions) -> NDArray[np.bool_] | None:
    """The platform steps the evenly spaced jamming schedule takes off task (`_jam_active`),
    shaped as ``fp.lo``; None when it takes none."""
    tracks = fp.tracks
    if not tracks.jam.any():
        return None
    q = np.cumsum(tracks.jam) - 1
    active = _jam_active(int(tracks.jam.sum()), q[tracks.jam], fp.t, cond)
    off = np.zeros(fp.lo.shape, dtype=bool)
    off[tracks.jam] = ~active
    return off
