"""reassure.theatres: loading, look-ups, immutability, validation errors, import weight."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import reassure.theatres as theatres
from reassure.errors import ReassureError, TheatreError
from reassure.theatres import Theatre, available_theatres, load_theatre

DATA = Path(theatres.__file__).parent / "ukraine_2025"


def test_public_names():
    assert theatres.__all__ == sorted(theatres.__all__)
    assert set(theatres.__all__) == {
        "Airbase", "LinePoint", "Nation", "Site", "Theatre", "TheatreSource",
        "available_theatres", "load_theatre",
    }  # fmt: skip


def test_available_and_cached():
    assert available_theatres() == ["ukraine-2025"]
    assert load_theatre("ukraine-2025") is load_theatre("ukraine-2025")


def test_unknown_theatre_lists_available_and_suggests():
    with pytest.raises(TheatreError) as err:
        load_theatre("ukraine-2024")
    assert str(err.value) == (
        "unknown theatre 'ukraine-2024'; available: ukraine-2025; did you mean 'ukraine-2025'?"
    )
    assert isinstance(err.value, ReassureError)
    with pytest.raises(TheatreError, match=r"^unknown theatre 'mars'; available: ukraine-2025$"):
        load_theatre("mars")


@pytest.mark.parametrize(
    ("method", "bad", "suggestion"),
    [
        ("site", "znp", "znpp"),
        ("site", "rivne", "rivne-npp"),
        ("airbase", "EPRX", "EPRZ"),
        ("nation", "FRN", "FRA"),
        ("boundary", "UKRR", "UKR"),
    ],
)
def test_unknown_ids_suggest(theatre, method, bad, suggestion):
    with pytest.raises(TheatreError, match=rf"{bad!r}.*did you mean {suggestion!r}\?"):
        getattr(theatre, method)(bad)


def test_lookups(theatre):
    assert theatre.site("znpp").status == "shut-down-occupied"
    assert theatre.airbase("LRCK").country == "ROU"
    assert theatre.nation("FRA").active_personnel == 200_000
    assert [s.id for s in theatre.sites_of_kind("nuclear")] == [
        "znpp", "rivne-npp", "khmelnytskyi-npp", "south-ukraine-npp", "chornobyl",
    ]  # fmt: skip
    with pytest.raises(TheatreError, match="unknown site kind 'reactor'"):
        theatre.sites_of_kind("reactor")
    assert theatre.sites_lonlat("city").shape == (11, 2)


def test_contact_line_array(theatre):
    arr = theatre.contact_line_lonlat
    assert arr.shape == (40, 2) and arr.dtype == np.float64
    assert tuple(arr[0]) == theatre.contact_line[0].lonlat
    assert theatre.contact_line[0].name == "Kinburn Spit tip"
    assert theatre.contact_line[-1].name == "Strilecha"
    # south-west to north-east overall
    assert arr[-1, 0] > arr[0, 0] and arr[-1, 1] > arr[0, 1]
    active = theatre.active_line_lonlat
    assert active.shape == (41, 2) and np.isnan(active).any(axis=1).sum() == 1


def test_immutability(theatre):
    for arr in (theatre.contact_line_lonlat, theatre.active_line_lonlat, theatre.sites_lonlat()):
        with pytest.raises(ValueError, match="read-only"):
            arr[0, 0] = 0.0
    with pytest.raises(dataclasses.FrozenInstanceError):
        theatre.name = "x"
    with pytest.raises(dataclasses.FrozenInstanceError):
        theatre.site("znpp").lat = 0.0
    with pytest.raises(TypeError):
        theatre.sources["x"] = None


def test_import_does_not_pull_heavy_packages():
    code = (
        "import sys\n"
        "from reassure.theatres import load_theatre\n"
        "t = load_theatre('ukraine-2025')\n"
        "t.site('znpp'); t.contact_line_lonlat\n"
        "heavy = [m for m in ('shapely', 'scipy', 'pandas', 'pyproj') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_boundary_is_loaded_lazily(theatre):
    geom = theatre.boundary("UKR")
    assert geom.geom_type in ("Polygon", "MultiPolygon")
    assert geom is theatre.boundary("UKR")  # cached


# --- validation of a corrupted copy --------------------------------------------------------


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    dest = tmp_path / "ukraine_2025"
    shutil.copytree(DATA, dest)
    return dest


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_copy_loads_like_the_shipped_theatre(data_copy):
    t = Theatre.from_directory(data_copy)
    assert t.name == "ukraine-2025"
    assert len(t.sites) == len(load_theatre("ukraine-2025").sites)
    assert t is not load_theatre("ukraine-2025")


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        # Rivne NPP is the 2nd data row of sites.csv, i.e. line 3
        (
            "sites.csv",
            "rivne-npp,Rivne NPP (Varash),nuclear,51.326,",
            "rivne-npp,Rivne NPP (Varash),nuclear,95.326,",
            r"sites\.csv:3: column 'lat' must be a number in \[-90, 90\] \(got '95\.326'\)",
        ),
        (
            "sites.csv",
            "rivne-npp,Rivne NPP (Varash),nuclear,51.326,25.9,",
            "rivne-npp,Rivne NPP (Varash),nuclear,51.326,east,",
            r"sites\.csv:3: column 'lon' must be a number \(got 'east'\)",
        ),
        (
            "sites.csv",
            ',operating,false,,GND,"2 x VVER-440',
            ',operating,false,,GNDX,"2 x VVER-440',
            r"sites\.csv:3: column 'source' names source 'GNDX', which is not in sources\.toml; "
            r"did you mean 'GND'\?",
        ),
        (
            "sites.csv",
            "kyiv,Kyiv,city,",
            "kyiv,Kyiv,town,",
            r"sites\.csv:7: column 'kind' must be one of nuclear, city, port, dam \(got 'town'\)",
        ),
        (
            "sites.csv",
            "lviv,Lviv,",
            "kyiv,Lviv,",
            r"sites\.csv:8: column 'id' repeats the id of line 7 \(got 'kyiv'\)",
        ),
        (
            "contact_line.csv",
            "5,Antonivka,",
            "6,Antonivka,",
            r"contact_line\.csv:6: column 'seq' must count",
        ),
        (
            "contact_line.csv",
            "seq,name,lat,lon,side,",
            "seq,name,latitude,lon,side,",
            r"contact_line\.csv:1: missing column\(s\) lat",
        ),
        (
            "nations.csv",
            "FRA,France,europe,europe/fr,200000,,2025,cia-wfb-j26,",
            "FRA,France,europe,europe/fr,200000,,2025,,",
            r"nations\.csv:3: column 'active_source' must not be empty",
        ),
        (
            "nations.csv",
            "DEU,Germany,europe,europe/gm,185000,",
            "DEU,Germany,europe,europe/gm,185k,",
            r"nations\.csv:4: column 'active_personnel' must be a whole number \(got '185k'\)",
        ),
        (
            "airbases.csv",
            "LRCK,",
            "LRCKX,",
            r"airbases\.csv:4: column 'id' must be a 4-character ICAO code \(got 'LRCKX'\)",
        ),
        (
            "sources.toml",
            'id = "GND"',
            'id = ""',
            r"sources\.toml: sources\[2\]\.id must be a non-empty string \(got ''\)",
        ),
        (
            "sources.toml",
            'url = "https://pypi.org/project/airportsdata',
            'url = "pypi.org/project/airportsdata',
            r"sources\.toml: sources\[3\]\.url must start with http",
        ),
        (
            "sources.toml",
            '[[sources]]\nid = "GN"',
            '[[sources]\nid = "GN"',
            r"sources\.toml: not valid TOML",
        ),
        (
            "boundaries.geojson",
            '"source":"VWA"',
            '"source":"NE"',
            r"boundaries\.geojson: features\[0\]\.properties\.source names 'NE'",
        ),
    ],
)
def test_corrupted_copy_names_file_row_and_column(data_copy, file, old, new, expected):
    _edit(data_copy / file, old, new)
    with pytest.raises(TheatreError, match=expected) as err:
        Theatre.from_directory(data_copy)
    assert str(data_copy / file) in str(err.value)


def test_missing_file(data_copy):
    (data_copy / "airbases.csv").unlink()
    with pytest.raises(TheatreError, match=r"airbases\.csv: cannot read theatre file"):
        Theatre.from_directory(data_copy)


def test_missing_directory(tmp_path):
    with pytest.raises(TheatreError, match="theatre directory not found"):
        Theatre.from_directory(tmp_path / "nope")
