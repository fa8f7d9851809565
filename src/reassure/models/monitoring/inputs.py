"""Inputs of the monitoring model: the line grid, platform types, fleet entries, conditions."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from reassure.models._checks import require

__all__ = [
    "KINDS",
    "Analysis",
    "Conditions",
    "FleetEntry",
    "MonitoringGrid",
    "PlatformType",
]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]

#: ``patrol``: an aircraft flying back and forth along its stretch of line; ``stare``: a sensor
#: that watches a fixed stretch continuously (aerostat, fixed camera, ground sensor);
#: ``satellite``: a constellation whose passes image the line at instants.
KINDS = ("patrol", "stare", "satellite")

# Mean Earth radius for cross-track distances on a parallel (IUGG mean radius, km).
_EARTH_KM = 6371.0088


def _ro(a: ArrayLike, dtype: Any = np.float64) -> np.ndarray:
    arr = np.array(a, dtype=dtype)
    arr.flags.writeable = False
    return arr


@dataclass(frozen=True, eq=False)
class MonitoringGrid:
    """The contact line cut into cells, in order along the line.

    Attributes
    ----------
    start_km, length_km : ndarray, shape (n,)
        Where each cell starts along the line and its length (cells are contiguous).
    lon, lat : ndarray, shape (n,)
        Cell midpoints, degrees.
    sector : ndarray of int, shape (n,)
        Sector index of each cell into ``sector_names``.
    sector_names : tuple of str
    depth_km : float
        Depth of the band watched across the line (a buffer zone); 0 for a line. A patrol whose
        swath is narrower flies several lanes (:func:`~reassure.models.monitoring.lanes`).
    geometry : str
        What the cells stand for, for the report (e.g. ``trace of the contact line, 977 km``).
    length_range_km : (float, float) or None
        The sourced range of the line's length when the cells stand for a reported length.
    """

    start_km: FloatArray
    length_km: FloatArray
    lon: FloatArray
    lat: FloatArray
    sector: IntArray
    sector_names: tuple[str, ...]
    depth_km: float = 0.0
    geometry: str = ""
    length_range_km: tuple[float, float] | None = None

    def __post_init__(self) -> None:
        start = _ro(self.start_km)
        length = _ro(self.length_km)
        lon, lat = _ro(self.lon), _ro(self.lat)
        sector = _ro(self.sector, np.int64)
        n = start.shape[0]
        require(start.ndim == 1 and n > 0, "a monitoring grid needs at least one cell")
        require(all(a.shape == (n,) for a in (length, lon, lat, sector)),
              "grid arrays start_km, length_km, lon, lat, sector need one value per cell")
        require(bool(np.all(length > 0)), "cell lengths must be > 0 km")
        require(bool(np.all(np.isfinite(start)) and np.all(np.isfinite(lon))
                   and np.all(np.isfinite(lat))), "grid positions must be finite")
        require(bool(np.all(np.diff(start) > 0)), "cells must be in order along the line")
        require(bool(np.all((sector >= 0) & (sector < len(self.sector_names)))),
              f"sector ids must index sector_names (0 .. {len(self.sector_names) - 1})")
        for name, arr in (("start_km", start), ("length_km", length), ("lon", lon),
                          ("lat", lat), ("sector", sector)):
            object.__setattr__(self, name, arr)
        object.__setattr__(self, "sector_names", tuple(self.sector_names))
        require(self.depth_km >= 0 and math.isfinite(self.depth_km),
              f"depth_km must be finite and >= 0 (got {self.depth_km})")

    @property
    def n(self) -> int:
        """Number of cells."""
        return int(self.start_km.shape[0])

    @property
    def centre_km(self) -> FloatArray:
        """Cell centres along the line, km."""
        return self.start_km + 0.5 * self.length_km

    @property
    def total_km(self) -> float:
        """Length of the line covered by the cells, km."""
        return float(self.start_km[-1] + self.length_km[-1] - self.start_km[0])

    @classmethod
    def from_arrays(
        cls,
        start_km: ArrayLike,
        length_km: ArrayLike,
        lon: ArrayLike,
        lat: ArrayLike,
        *,
        sector_km: float | None = None,
        sector: ArrayLike | None = None,
        sector_names: Sequence[str] | None = None,
    ) -> MonitoringGrid:
        """Build a grid from cell arrays (e.g. :func:`reassure.geo.densify_line` output).

        Sectors come either from ``sector`` (ids, with ``sector_names``) or by cutting the line
        every ``sector_km`` (names ``km 0-100``, ``km 100-200`` ...); with neither, one sector.
        """
        start = np.asarray(start_km, dtype=float)
        if sector is not None:
            ids = np.asarray(sector, dtype=np.int64)
            names = tuple(sector_names) if sector_names is not None else tuple(
                f"sector {i}" for i in range(int(ids.max()) + 1))
        elif sector_km is not None:
            require(sector_km > 0, f"sector_km must be > 0 (got {sector_km})")
            centre = start + 0.5 * np.asarray(length_km, dtype=float) - start[0]
            ids = np.floor(centre / sector_km).astype(np.int64)
            used = np.unique(ids)
            remap = np.searchsorted(used, ids)
            end = float(start[-1] + np.asarray(length_km, dtype=float)[-1] - start[0])
            names = tuple(
                f"km {k * sector_km:g}-{min((k + 1) * sector_km, round(end)):g}" for k in used
            )
            ids = remap
        else:
            ids = np.zeros(start.shape[0], dtype=np.int64)
            names = ("whole line",)
        return cls(start_km=start, length_km=np.asarray(length_km, dtype=float),
                   lon=np.asarray(lon, dtype=float), lat=np.asarray(lat, dtype=float),
                   sector=ids, sector_names=names)

    @classmethod
    def straight(
        cls,
        total_km: float,
        cell_km: float,
        *,
        lon0: float = 30.0,
        lat: float = 48.0,
        sector_km: float | None = None,
    ) -> MonitoringGrid:
        """A straight east-west line of equal cells starting at ``lon0`` (for tests and benches).

        Examples
        --------
        >>> g = MonitoringGrid.straight(10.0, 1.0)
        >>> g.n, g.total_km
        (10, 10.0)
        """
        require(total_km > 0 and cell_km > 0, "total_km and cell_km must be > 0")
        n = int(math.ceil(total_km / cell_km - 1e-9))
        length = np.full(n, total_km / n)
        start = np.arange(n) * (total_km / n)
        km_per_deg = math.radians(1.0) * _EARTH_KM * math.cos(math.radians(lat))
        lon = lon0 + (start + 0.5 * length) / km_per_deg
        return cls.from_arrays(start, length, lon, np.full(n, lat), sector_km=sector_km)


@dataclass(frozen=True)
class PlatformType:
    """One class of sensor platform (a row of the shipped catalogue, in canonical units).

    Parameters
    ----------
    name : str
        Catalogue key, e.g. ``male-uav``.
    kind : str
        One of :data:`KINDS`.
    swath_km : float
        Width of the ground strip the sensor watches (centred on the platform's track).
    pd_day, pd_night, pd_cloud : float
        Probability that one pass detects an ongoing violation in clear daylight, in clear night,
        and under overcast (optical sensors lose most of it; radar none).
    endurance_h : float
        Flight time of one sortie (``inf`` for stare sensors and satellites).
    speed_kmh : float
        Cruise speed, used both in transit and on station.
    turnaround_h : float
        Ground time between sorties (refuel, checks, crew change, maintenance share).
    availability : float
        Fraction of airframes (or stations) mission-capable at a given time.
    datalink_range_km : float
        Farthest the platform can be controlled from its base (``inf`` with satellite links).
    jam_susceptible : bool
        Whether jamming events (lost datalink or navigation) take it off task.
    revs_per_day : float
        Satellites: orbital revolutions a day (sun-synchronous orbit model); 0 for the fixed-revisit
        model.
    passes_per_rev : int
        Satellites: 1 (descending, daylight passes only: optical) or 2 (also ascending: radar).
    local_time_h : float
        Satellites: local solar time of the descending pass.
    revisit_h : float
        Satellites in the fixed-revisit model: every cell imaged once every ``revisit_h``.
    label : str
        Human name, e.g. ``MALE UAV (MQ-9 Reaper class)``.
    attrition_per_orbit_year : float
        Patrol: airframes of this class lost a year per continuous orbit; None when the catalogue
        gives none (then :attr:`Conditions.attrition_per_orbit_year` applies).
    published_revisit_h : float
        Satellites: a published revisit of the constellation (0 if none), used for the
        per-class detection figure when the class has no fixed revisit.
    """

    name: str
    kind: str
    swath_km: float
    pd_day: float
    pd_night: float
    pd_cloud: float
    endurance_h: float = math.inf
    speed_kmh: float = 0.0
    turnaround_h: float = 0.0
    availability: float = 1.0
    datalink_range_km: float = math.inf
    jam_susceptible: bool = False
    revs_per_day: float = 0.0
    passes_per_rev: int = 1
    local_time_h: float = 10.5
    revisit_h: float = 0.0
    label: str = ""
    attrition_per_orbit_year: float | None = None
    published_revisit_h: float = 0.0

    def __post_init__(self) -> None:
        who = f"platform type {self.name!r}"
        require(self.attrition_per_orbit_year is None or 0 <= self.attrition_per_orbit_year < math.inf,
              f"{who}: attrition_per_orbit_year must be finite and >= 0 (got {self.attrition_per_orbit_year})")
        require(self.kind in KINDS, f"{who}: kind must be one of {', '.join(KINDS)} "
              f"(got {self.kind!r})")
        require(self.swath_km > 0, f"{who}: swath_km must be > 0 (got {self.swath_km})")
        for attr in ("pd_day", "pd_night", "pd_cloud", "availability"):
            v = getattr(self, attr)
            require(0.0 <= v <= 1.0, f"{who}: {attr} must be in [0, 1] (got {v})")
        require(self.availability > 0, f"{who}: availability must be > 0")
        require(self.datalink_range_km > 0, f"{who}: datalink_range_km must be > 0")
        if self.kind == "patrol":
            require(self.speed_kmh > 0 and math.isfinite(self.speed_kmh),
                  f"{who}: a patrol platform needs speed_kmh > 0 (got {self.speed_kmh})")
            require(self.endurance_h > 0 and math.isfinite(self.endurance_h),
                  f"{who}: a patrol platform needs a finite endurance_h > 0 "
                  f"(got {self.endurance_h})")
            require(self.turnaround_h >= 0, f"{who}: turnaround_h must be >= 0")
        if self.kind == "satellite":
            require((self.revs_per_day > 0) != (self.revisit_h > 0),
                  f"{who}: a satellite needs either revs_per_day (orbit model) or revisit_h "
                  "(fixed-revisit model), not both")
            require(self.passes_per_rev in (1, 2), f"{who}: passes_per_rev must be 1 or 2")

    @property
    def optical_only(self) -> bool:
        """Whether cloud takes away most of its detection (pd_cloud well below pd_day)."""
        return self.pd_cloud < 0.5 * self.pd_day


@dataclass(frozen=True)
class FleetEntry:
    """A group of platforms of one type, from one base, watching one stretch of the line.

    Parameters
    ----------
    type : str
        Platform type name (a key of the catalogue mapping).
    orbits : int
        Continuous orbits (patrol), stations (stare) or satellites (satellite).
    base : str
        Base name (an ICAO id for aircraft; anything for satellites).
    base_lon, base_lat : float
        Base position, degrees (ignored for satellites).
    segment_km : (float, float) or None
        Stretch of line, km from the start, that the group watches; None for the whole line.
        Patrol orbits split it into equal sub-stretches; stare stations are spread evenly on it.
    standoff_km : float
        How far behind the line the platforms fly or stand.
    us_asset : bool
        Provided by the US backstop (dropped in the "without US" case).
    id : str
        Short name for reports.
    """

    type: str
    orbits: int
    base: str = ""
    base_lon: float = math.nan
    base_lat: float = math.nan
    segment_km: tuple[float, float] | None = None
    standoff_km: float = 0.0
    us_asset: bool = False
    id: str = ""

    def __post_init__(self) -> None:
        who = f"fleet entry {self.id or self.type!r}"
        require(int(self.orbits) == self.orbits and self.orbits >= 0,
              f"{who}: orbits must be a whole number >= 0 (got {self.orbits})")
        object.__setattr__(self, "orbits", int(self.orbits))
        require(self.standoff_km >= 0, f"{who}: standoff_km must be >= 0")
        if self.segment_km is not None:
            a, b = self.segment_km
            require(b > a, f"{who}: segment_km must run from low to high (got {self.segment_km})")
            object.__setattr__(self, "segment_km", (float(a), float(b)))


@dataclass(frozen=True)
class Conditions:
    """Weather, light and the adversary's interference (the degradation parameters).

    Parameters
    ----------
    night_fraction : float
        Share of the day that is dark (day length ``24 (1 - f)`` h, centred on local noon).
    cloud_fraction : float
        Probability that the line of sight is overcast (applied in expectation to every pass).
    jamming_events_per_day : float
        Jamming events a day against the whole airborne fleet (OSCE SMM: about 4.5).
    jamming_outage_h : float
        Time a jammed platform is off task per event.
    attrition_per_orbit_year : float
        Airframes lost a year for each continuous patrol orbit flown (shot down or crashed), for
        the classes whose catalogue entry gives no rate of their own.
    horizon_years : float
        How long the fleet must be kept up (for attrition over the horizon).
    """

    night_fraction: float = 0.5
    cloud_fraction: float = 0.0
    jamming_events_per_day: float = 0.0
    jamming_outage_h: float = 0.0
    attrition_per_orbit_year: float = 0.0
    horizon_years: float = 1.0

    def __post_init__(self) -> None:
        for attr in ("night_fraction", "cloud_fraction"):
            v = getattr(self, attr)
            require(0.0 <= v <= 1.0, f"conditions: {attr} must be in [0, 1] (got {v})")
        for attr in ("jamming_events_per_day", "jamming_outage_h", "attrition_per_orbit_year",
                     "horizon_years"):
            v = getattr(self, attr)
            require(v >= 0 and math.isfinite(v), f"conditions: {attr} must be finite and >= 0 "
                  f"(got {v})")


@dataclass(frozen=True)
class Analysis:
    """How the coverage is computed and judged.

    Parameters
    ----------
    window_h : float
        Length of the analysis window.
    step_min : float
        Sample spacing, minutes.
    gap_rule : str
        Edge-of-window rule, one of ``optimistic``, ``pessimistic``, ``exclude`` (see
        :data:`reassure.models.monitoring.GAP_RULES`).
    target_revisit_h : float
        A cell is *satisfied* when its ``satisfy_on`` figure is at most this.
    satisfy_on : str
        ``revisit_max`` (worst gap), ``revisit_mean`` or ``response_mean``.
    quantile : float
        The "percent below" level for response time (0.9 gives ``response_p90_h``).
    durations_h : tuple of float
        Event durations for the detection-probability curve.
    """

    window_h: float = 24.0
    step_min: float = 1.0
    gap_rule: str = "optimistic"
    target_revisit_h: float = 2.0
    satisfy_on: str = "revisit_max"
    quantile: float = 0.9
    durations_h: tuple[float, ...] = field(default=(0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 24.0))

    def __post_init__(self) -> None:
        from reassure.models.monitoring.kernel import GAP_RULES

        require(self.window_h > 0 and math.isfinite(self.window_h),
              f"analysis: window_h must be finite and > 0 (got {self.window_h})")
        require(0 < self.step_min <= self.window_h * 60,
              f"analysis: step_min must be > 0 and within the window (got {self.step_min})")
        require(self.gap_rule in GAP_RULES, f"analysis: gap_rule must be one of "
              f"{', '.join(GAP_RULES)} (got {self.gap_rule!r})")
        require(self.target_revisit_h > 0, "analysis: target_revisit_h must be > 0")
        require(self.satisfy_on in ("revisit_max", "revisit_mean", "response_mean"),
              "analysis: satisfy_on must be revisit_max, revisit_mean or response_mean "
              f"(got {self.satisfy_on!r})")
        require(0 < self.quantile < 1, f"analysis: quantile must be in (0, 1) "
              f"(got {self.quantile})")
        require(all(d >= 0 for d in self.durations_h), "analysis: durations_h must be >= 0")
        object.__setattr__(self, "durations_h", tuple(float(d) for d in self.durations_h))

    @property
    def step_h(self) -> float:
        """Sample spacing, hours."""
        return self.step_min / 60.0

    @property
    def n_steps(self) -> int:
        """Steps in the window (the window is rounded to whole steps)."""
        return max(1, int(round(self.window_h / self.step_h)))
