"""Load and validate a theatre's shipped data into frozen dataclasses.

A theatre is a directory holding ``sources.toml``, ``contact_line.csv``, ``sites.csv``,
``airbases.csv``, ``nations.csv`` and ``boundaries.geojson`` (see ``docs/theatres.md``). Every
row names its sources by id; ids must resolve in ``sources.toml``. Any problem raises
:class:`~reassure.errors.TheatreError` worded ``FILE:LINE: column what was expected (got VALUE)``.

Only the standard library and numpy are imported here; shapely is imported inside
:meth:`Theatre.boundary`.
"""

from __future__ import annotations

import csv
import functools
import json
import re
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np
from numpy.typing import NDArray

from reassure.errors import TheatreError, did_you_mean

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

# The public names are listed once, in the package's ``__all__`` (reassure/theatres/__init__.py).

_HERE = Path(__file__).resolve().parent

SITE_KINDS = ("nuclear", "city", "port", "dam")
SITE_STATUSES = (
    "operating",
    "shut-down-occupied",
    "decommissioning",
    "not-operational",
    "destroyed",
)
LINE_SIDES = ("UA", "RU", "contested", "line", "border")
HOP_KINDS = ("active", "border")
AIRBASE_KINDS = ("base", "reference")
REGIONS = ("europe", "north-america", "other")

_N = TypeVar("_N", int, float)

_ISO3 = re.compile(r"^[A-Z]{3}$")
_ICAO = re.compile(r"^[A-Z0-9]{4}$")
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


# --------------------------------------------------------------------------------------------
# records


@dataclass(frozen=True, slots=True)
class TheatreSource:
    """One entry of ``sources.toml``: where a value was read."""

    id: str
    title: str
    outlet: str
    date: str
    url: str
    note: str = ""


class _Located:
    """A record with ``lon`` and ``lat`` fields (degrees)."""

    __slots__ = ()
    lon: float
    lat: float

    @property
    def lonlat(self) -> tuple[float, float]:
        """``(lon, lat)`` in degrees."""
        return (self.lon, self.lat)


@dataclass(frozen=True, slots=True)
class LinePoint(_Located):
    """A named point of the contact-line trace (south-west to north-east)."""

    seq: int
    name: str
    lat: float
    lon: float
    side: str
    hop_to_next: str
    geonameid: int | None
    source: tuple[str, ...]
    side_source: tuple[str, ...]
    note: str


@dataclass(frozen=True, slots=True)
class _Place(_Located):
    """A site or an air base: id, name, kind (from the record's own list), country and position."""

    id: str
    name: str
    kind: str
    country: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class Site(_Place):
    """A place to protect: nuclear plant, city, port or dam."""

    capacity_mw: float | None
    population: int | None
    status: str
    on_line: bool
    geonameid: int | None
    source: tuple[str, ...]
    note: str


@dataclass(frozen=True, slots=True)
class Airbase(_Place):
    """An air base or hub outside Ukraine (``kind="reference"`` marks a reference airport)."""

    role: str
    source: tuple[str, ...]
    note: str


@dataclass(frozen=True, slots=True)
class Nation:
    """Military personnel of one nation (CIA World Factbook; blanks are ``None``, never estimates)."""

    iso3: str
    name: str
    region: str
    factbook_file: str
    active_personnel: int | None
    active_personnel_high: int | None
    figure_year: int | None
    active_source: tuple[str, ...]
    army_personnel: int | None
    army_year: int | None
    army_source: tuple[str, ...]
    note: str

    @property
    def source(self) -> tuple[str, ...]:
        """All source ids of the row, active figure first, without repeats."""
        return tuple(dict.fromkeys(self.active_source + self.army_source))


def _readonly(arr: np.ndarray) -> np.ndarray:
    arr.flags.writeable = False
    return arr


@dataclass(frozen=True, eq=False, kw_only=True)
class Theatre:
    """A theatre's geography, sites, bases, nations and sources (immutable; arrays read-only).

    Build with :func:`load_theatre` (shipped theatres, cached) or :meth:`from_directory`; the
    fields are keyword-only.
    """

    name: str
    title: str = ""  # `[theatre] title` of sources.toml, optional like `as_of`
    as_of: str = ""  # the date the data describe
    directory: Path
    contact_line: tuple[LinePoint, ...]
    sites: tuple[Site, ...]
    airbases: tuple[Airbase, ...]
    nations: tuple[Nation, ...]
    sources: Mapping[str, TheatreSource]
    boundary_iso3: tuple[str, ...]
    reported_line_km: tuple[float, float]
    reported_line_source: tuple[str, ...]
    # The parties to the ceasefire (ISO3 codes of the nations table, `[theatre] parties` of
    # sources.toml): the sides the reassurance force stands between, so never its contributors.
    parties: tuple[str, ...] = ()
    contact_line_lonlat: NDArray[np.float64] = field(init=False, repr=False)
    _index: Mapping[str, Mapping[str, Any]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        lonlat = np.array([p.lonlat for p in self.contact_line], dtype=float).reshape(-1, 2)
        object.__setattr__(self, "contact_line_lonlat", _readonly(lonlat))
        index = {
            "site": MappingProxyType({s.id: s for s in self.sites}),
            "airbase": MappingProxyType({a.id: a for a in self.airbases}),
            "nation": MappingProxyType({n.iso3: n for n in self.nations}),
        }
        object.__setattr__(self, "_index", MappingProxyType(index))

    # -- constructors ------------------------------------------------------------------------

    @classmethod
    def from_directory(cls, path: str | Path, name: str | None = None) -> Theatre:
        """Read and validate the theatre files in ``path`` (not cached).

        Raises
        ------
        TheatreError
            A file is missing or malformed; the message names the file, line and column.
        """
        return _read_theatre(Path(path), name)

    # -- look-ups ----------------------------------------------------------------------------

    def _get(self, what: str, key: str) -> Any:
        table = self._index[what]
        try:
            return table[key]
        except KeyError:
            raise TheatreError(
                f"theatre {self.name!r} has no {what} {key!r}{did_you_mean(key, table)}"
            ) from None

    def site(self, site_id: str) -> Site:
        """The site with this id (e.g. ``"znpp"``); unknown ids raise :class:`TheatreError`."""
        return self._get("site", site_id)

    def airbase(self, icao: str) -> Airbase:
        """The air base with this ICAO id (e.g. ``"EPRZ"``)."""
        return self._get("airbase", icao)

    def nation(self, iso3: str) -> Nation:
        """The nation with this ISO 3166 alpha-3 code (e.g. ``"FRA"``)."""
        return self._get("nation", iso3)

    def sites_of_kind(self, kind: str) -> tuple[Site, ...]:
        """All sites of one kind: ``nuclear``, ``city``, ``port`` or ``dam``."""
        if kind not in SITE_KINDS:
            raise TheatreError(f"unknown site kind {kind!r}; one of {', '.join(SITE_KINDS)}")
        return tuple(s for s in self.sites if s.kind == kind)

    def sites_lonlat(self, kind: str | None = None) -> NDArray[np.float64]:
        """Read-only (n, 2) lon, lat array of the sites (of one kind, or all), in file order."""
        chosen = self.sites if kind is None else self.sites_of_kind(kind)
        return _readonly(np.array([s.lonlat for s in chosen], dtype=float).reshape(-1, 2))

    @property
    def active_line_lonlat(self) -> NDArray[np.float64]:
        """The contact line with a NaN row where a hop is not active (the border hop).

        Pass it to :func:`reassure.geo.distance_to_line_km`, which treats NaN rows as gaps.
        """
        rows: list[tuple[float, float]] = []
        for p in self.contact_line:
            rows.append(p.lonlat)
            if p.hop_to_next == "border":
                rows.append((np.nan, np.nan))
        return _readonly(np.array(rows, dtype=float))

    def boundary(self, iso3: str) -> BaseGeometry:
        """Country outline clipped to the theatre box, as a shapely (Multi)Polygon.

        Imports shapely on first use. Crimea is inside Ukraine (see ``boundaries.geojson`` source).
        """
        if iso3 not in self.boundary_iso3:
            raise TheatreError(
                f"theatre {self.name!r} has no boundary for {iso3!r}; available: "
                f"{', '.join(self.boundary_iso3)}{did_you_mean(iso3, self.boundary_iso3)}"
            )
        return _boundaries(str(self.directory / "boundaries.geojson"))[iso3]


@functools.lru_cache(maxsize=8)
def _boundaries(path: str) -> Mapping[str, BaseGeometry]:
    from shapely.geometry import shape

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return MappingProxyType(
        {f["properties"]["iso3"]: shape(f["geometry"]) for f in data["features"]}
    )


# --------------------------------------------------------------------------------------------
# registry


def available_theatres() -> list[str]:
    """Names of the shipped theatres (directory ``ukraine_2025`` is theatre ``ukraine-2025``)."""
    return sorted(
        p.name.replace("_", "-")
        for p in _HERE.iterdir()
        if p.is_dir() and (p / "sources.toml").is_file()
    )


@functools.lru_cache(maxsize=16)
def load_theatre(name: str) -> Theatre:
    """Load a shipped theatre by name (cached; the same object is returned on each call).

    Raises
    ------
    TheatreError
        The name is unknown (the message lists the available ones) or the data is broken.
    """
    names = available_theatres()
    if name not in names:
        raise TheatreError(
            f"unknown theatre {name!r}; available: {', '.join(names)}{did_you_mean(name, names)}"
        )
    return _read_theatre(_HERE / name.replace("-", "_"), name)


# --------------------------------------------------------------------------------------------
# reading and validation


class _Row:
    """One CSV row with typed, validated accessors that raise TheatreError naming file:line."""

    def __init__(self, file: str, line: int, values: Mapping[str, str]) -> None:
        self.file, self.line, self.values = file, line, values

    def fail(self, column: str, message: str, got: object = None) -> TheatreError:
        text = f"{self.file}:{self.line}: column '{column}' {message}"
        if got is not None:
            text += f" (got {got!r})"
        return TheatreError(text)

    def text(self, column: str, *, required: bool = True, choices: tuple[str, ...] = ()) -> str:
        value = (self.values.get(column) or "").strip()
        if required and not value:
            raise self.fail(column, "must not be empty")
        if value and choices and value not in choices:
            raise self.fail(column, f"must be one of {', '.join(choices)}", value)
        return value

    def match(self, column: str, pattern: re.Pattern[str], what: str) -> str:
        value = self.text(column)
        if not pattern.match(value):
            raise self.fail(column, f"must be {what}", value)
        return value

    def _parsed(self, column: str, parse: Callable[[str], _N], what: str, required: bool) -> _N | None:
        text = self.text(column, required=required)
        if not text:
            return None
        try:
            return parse(text)
        except ValueError:
            raise self.fail(column, f"must be {what}", text) from None

    def number(self, column: str, *, lo: float, hi: float, required: bool = True) -> float | None:
        value = self._parsed(column, float, "a number", required)
        if value is not None and not (lo <= value <= hi):
            raise self.fail(column, f"must be a number in [{lo:g}, {hi:g}]", self.text(column))
        return value

    def whole(self, column: str, *, lo: int = 0, required: bool = False) -> int | None:
        value = self._parsed(column, int, "a whole number", required)
        if value is not None and value < lo:
            raise self.fail(column, f"must be >= {lo}", self.text(column))
        return value

    def flag(self, column: str) -> bool:
        return self.text(column, choices=("true", "false")) == "true"

    def ids(
        self, column: str, sources: Mapping[str, TheatreSource], *, required: bool = True
    ) -> tuple[str, ...]:
        text = self.text(column, required=required)
        ids = tuple(part.strip() for part in text.split(";") if part.strip())
        for sid in ids:
            if sid not in sources:
                raise self.fail(
                    column,
                    f"names source {sid!r}, which is not in sources.toml"
                    f"{did_you_mean(sid, sources)}",
                )
        return ids


def _cannot_read(path: Path, exc: OSError) -> TheatreError:
    return TheatreError(f"{path}: cannot read theatre file ({exc.strerror})")


def _read_data(path: Path) -> Any:
    """The parsed content of a theatre's TOML or JSON file (by its suffix)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise _cannot_read(path, exc) from None
    try:
        return tomllib.loads(text) if path.suffix == ".toml" else json.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TheatreError(f"{path}: not valid TOML ({exc})") from None
    except json.JSONDecodeError as exc:
        raise TheatreError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from None


def _rows(directory: Path, filename: str, required: tuple[str, ...]) -> Iterator[_Row]:
    path = directory / filename
    try:
        handle = path.open(newline="", encoding="utf-8")
    except OSError as exc:
        raise _cannot_read(path, exc) from None
    with handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        missing = [c for c in required if c not in header]
        if missing:
            raise TheatreError(f"{path}:1: missing column(s) {', '.join(missing)}")
        try:
            for values in reader:
                if None in values:  # more cells than header columns
                    raise TheatreError(
                        f"{path}:{reader.line_num}: row has more cells than the header"
                    )
                yield _Row(str(path), reader.line_num, values)
        except csv.Error as exc:
            raise TheatreError(f"{path}:{reader.line_num}: malformed CSV ({exc})") from None


def _unique(rows: list[_Row], keys: list[str], column: str) -> None:
    seen: dict[str, int] = {}
    for row, key in zip(rows, keys, strict=True):
        if key in seen:
            raise row.fail(column, f"repeats the id of line {seen[key]}", key)
        seen[key] = row.line


def _read_sources(directory: Path) -> tuple[dict[str, Any], dict[str, TheatreSource]]:
    path = directory / "sources.toml"
    data = _read_data(path)
    entries = data.get("sources")
    if not isinstance(entries, list) or not entries:
        raise TheatreError(f"{path}: needs a non-empty [[sources]] list")
    sources: dict[str, TheatreSource] = {}
    for i, entry in enumerate(entries, start=1):
        where = f"{path}: sources[{i}]"
        if not isinstance(entry, dict):
            raise TheatreError(f"{where} must be a table")
        values = {}
        for key in ("id", "title", "outlet", "date", "url"):
            value = entry.get(key)
            if not isinstance(value, str) or not value.strip():
                raise TheatreError(f"{where}.{key} must be a non-empty string (got {value!r})")
            values[key] = value.strip()
        if not values["url"].startswith(("https://", "http://")):
            raise TheatreError(f"{where}.url must start with http(s):// (got {values['url']!r})")
        unknown = set(entry) - {"id", "title", "outlet", "date", "url", "note"}
        if unknown:
            raise TheatreError(f"{where} has unknown key(s) {', '.join(sorted(unknown))}")
        if values["id"] in sources:
            raise TheatreError(f"{where}.id repeats {values['id']!r}")
        sources[values["id"]] = TheatreSource(**values, note=str(entry.get("note", "")))
    meta = data.get("theatre", {})
    if not isinstance(meta, dict):
        raise TheatreError(f"{path}: [theatre] must be a table")
    return meta, sources


def _read_line(directory: Path, sources: Mapping[str, TheatreSource]) -> tuple[LinePoint, ...]:
    cols = tuple("seq name lat lon side hop_to_next geonameid source side_source note".split())
    rows = list(_rows(directory, "contact_line.csv", cols))
    points = []
    for i, r in enumerate(rows, start=1):
        seq = r.whole("seq", lo=1, required=True)
        if seq != i:
            raise r.fail("seq", f"must count 1, 2, 3 ... in file order (expected {i})", seq)
        last = i == len(rows)
        hop = r.text("hop_to_next", required=not last, choices=HOP_KINDS)
        if last and hop:
            raise r.fail("hop_to_next", "must be empty on the last point", hop)
        points.append(
            LinePoint(
                seq=i,
                name=r.text("name"),
                lat=_f(r.number("lat", lo=-90, hi=90)),
                lon=_f(r.number("lon", lo=-180, hi=180)),
                side=r.text("side", choices=LINE_SIDES),
                hop_to_next=hop,
                geonameid=r.whole("geonameid", lo=1),
                source=r.ids("source", sources),
                side_source=r.ids("side_source", sources, required=False),
                note=r.text("note", required=False),
            )
        )
    if len(points) < 2:
        raise TheatreError(f"{directory / 'contact_line.csv'}: needs at least 2 points")
    return tuple(points)


def _f(value: float | None) -> float:
    assert value is not None  # required columns are checked by _Row.number
    return value


def _read_sites(directory: Path, sources: Mapping[str, TheatreSource]) -> tuple[Site, ...]:
    cols = tuple(
        "id name kind lat lon country capacity_mw population status on_line geonameid source note".split()
    )
    rows = list(_rows(directory, "sites.csv", cols))
    sites = []
    for r in rows:
        kind = r.text("kind", choices=SITE_KINDS)
        sites.append(
            Site(
                id=r.match("id", _SLUG, "a lower-case slug like 'rivne-npp'"),
                name=r.text("name"),
                kind=kind,
                lat=_f(r.number("lat", lo=-90, hi=90)),
                lon=_f(r.number("lon", lo=-180, hi=180)),
                country=r.match("country", _ISO3, "an ISO 3166 alpha-3 code"),
                capacity_mw=r.number("capacity_mw", lo=0, hi=1e5, required=False),
                population=r.whole("population", lo=0, required=kind == "city"),
                status=r.text("status", required=kind in ("nuclear", "dam"), choices=SITE_STATUSES),
                on_line=r.flag("on_line"),
                geonameid=r.whole("geonameid", lo=1),
                source=r.ids("source", sources),
                note=r.text("note", required=False),
            )
        )
    _unique(rows, [s.id for s in sites], "id")
    return tuple(sites)


def _read_airbases(directory: Path, sources: Mapping[str, TheatreSource]) -> tuple[Airbase, ...]:
    cols = tuple("id name country lat lon kind role source note".split())
    rows = list(_rows(directory, "airbases.csv", cols))
    bases = [
        Airbase(
            id=r.match("id", _ICAO, "a 4-character ICAO code"),
            name=r.text("name"),
            country=r.match("country", _ISO3, "an ISO 3166 alpha-3 code"),
            lat=_f(r.number("lat", lo=-90, hi=90)),
            lon=_f(r.number("lon", lo=-180, hi=180)),
            kind=r.text("kind", choices=AIRBASE_KINDS),
            role=r.text("role", required=False),
            source=r.ids("source", sources),
            note=r.text("note", required=False),
        )
        for r in rows
    ]
    _unique(rows, [b.id for b in bases], "id")
    return tuple(bases)


def _read_nations(directory: Path, sources: Mapping[str, TheatreSource]) -> tuple[Nation, ...]:
    cols = tuple(
        "iso3 name region factbook_file active_personnel active_personnel_high figure_year"
        " active_source army_personnel army_year army_source note".split()
    )
    rows = list(_rows(directory, "nations.csv", cols))
    nations = []
    for r in rows:
        active = r.whole("active_personnel", lo=0)
        high = r.whole("active_personnel_high", lo=0)
        if high is not None and (active is None or high < active):
            raise r.fail("active_personnel_high", "must be >= active_personnel", high)
        army = r.whole("army_personnel", lo=0)
        nations.append(
            Nation(
                iso3=r.match("iso3", _ISO3, "an ISO 3166 alpha-3 code"),
                name=r.text("name"),
                region=r.text("region", choices=REGIONS),
                factbook_file=r.text("factbook_file"),
                active_personnel=active,
                active_personnel_high=high,
                figure_year=r.whole("figure_year", lo=1900, required=active is not None),
                active_source=r.ids("active_source", sources, required=active is not None),
                army_personnel=army,
                army_year=r.whole("army_year", lo=1900, required=army is not None),
                army_source=r.ids("army_source", sources, required=army is not None),
                note=r.text("note", required=False),
            )
        )
    _unique(rows, [n.iso3 for n in nations], "iso3")
    return tuple(nations)


def _read_boundary_index(directory: Path, sources: Mapping[str, TheatreSource]) -> tuple[str, ...]:
    """Check boundaries.geojson without shapely: features, iso3 codes and source ids."""
    path = directory / "boundaries.geojson"
    data = _read_data(path)
    features = data.get("features") if isinstance(data, dict) else None
    if data.get("type") != "FeatureCollection" or not isinstance(features, list) or not features:
        raise TheatreError(f"{path}: must be a non-empty GeoJSON FeatureCollection")
    codes: list[str] = []
    for i, feature in enumerate(features):
        props = feature.get("properties") or {}
        geom = feature.get("geometry") or {}
        where = f"{path}: features[{i}]"
        iso3 = props.get("iso3")
        if not isinstance(iso3, str) or not _ISO3.match(iso3) or iso3 in codes:
            raise TheatreError(f"{where}.properties.iso3 must be a new alpha-3 code (got {iso3!r})")
        if props.get("source") not in sources:
            raise TheatreError(
                f"{where}.properties.source names {props.get('source')!r}, not in sources.toml"
            )
        if geom.get("type") not in ("Polygon", "MultiPolygon"):
            raise TheatreError(f"{where}.geometry must be a Polygon or MultiPolygon")
        codes.append(iso3)
    return tuple(codes)


def _read_theatre(directory: Path, name: str | None) -> Theatre:
    if not directory.is_dir():
        raise TheatreError(f"{directory}: theatre directory not found")
    meta, sources = _read_sources(directory)
    src_path = directory / "sources.toml"

    def meta_get(key: str, check: Callable[[Any], bool], default: Any) -> Any:
        value = meta.get(key, default)
        if not check(value):
            raise TheatreError(f"{src_path}: theatre.{key} has the wrong type (got {value!r})")
        return value

    low = meta_get("reported_line_km_low", lambda v: isinstance(v, int | float), float("nan"))
    high = meta_get("reported_line_km_high", lambda v: isinstance(v, int | float), float("nan"))
    line_src = tuple(meta_get("reported_line_source", lambda v: isinstance(v, list), []))
    for sid in line_src:
        if sid not in sources:
            raise TheatreError(
                f"{src_path}: theatre.reported_line_source names {sid!r}, not in [[sources]]"
            )
    read_proxy = MappingProxyType(sources)
    # read in this order, so a broken directory reports the same file first as before
    line = _read_line(directory, read_proxy)
    sites = _read_sites(directory, read_proxy)
    airbases = _read_airbases(directory, read_proxy)
    nations = _read_nations(directory, read_proxy)
    # The parties to the ceasefire: each a nation of nations.csv (no contributor may be one).
    raw_parties = meta.get("parties", [])
    if not isinstance(raw_parties, list) or not all(isinstance(x, str) for x in raw_parties):
        raise TheatreError(f"{src_path}: theatre.parties must be a list of ISO 3166 alpha-3 codes "
                           f"such as [\"UKR\", \"RUS\"] (got {raw_parties!r})")
    parties = tuple(raw_parties)
    known = {n.iso3 for n in nations}
    for iso3 in parties:
        if iso3 not in known:
            raise TheatreError(
                f"{src_path}: theatre.parties names {iso3!r}, not an iso3 code of nations.csv"
                f"{did_you_mean(iso3, known)}"
            )
    return Theatre(
        name=name or str(meta.get("name") or directory.name.replace("_", "-")),
        title=str(meta.get("title", "")),
        as_of=str(meta.get("as_of", "")),
        directory=directory,
        contact_line=line,
        sites=sites,
        airbases=airbases,
        nations=nations,
        sources=read_proxy,
        boundary_iso3=_read_boundary_index(directory, read_proxy),
        reported_line_km=(float(low), float(high)),
        reported_line_source=line_src,
        parties=parties,
    )
