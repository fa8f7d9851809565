"""Time-distance: geodesic distances against pyproj and the sphere, response times by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from reassure.errors import ModelError
from reassure.models.response import (
    Responders,
    fastest_response_h,
    geodesic_km_matrix,
    grid_in_polygon,
    response_time_matrix_h,
    site_response,
    within_radius,
)

# WGS84 equatorial radius: along the equator the geodesic is the arc a * dlon (for |dlon| < 179 deg)
A_KM = 6378.137
DEG_KM = A_KM * math.pi / 180.0  # 111.3195 km per degree of longitude on the equator


def test_geodesic_matrix_matches_pyproj_within_0p1_percent() -> None:
    from pyproj import Geod

    rng = np.random.default_rng(0)
    a = np.column_stack([rng.uniform(18, 42, 40), rng.uniform(43, 54, 40)])
    b = np.column_stack([rng.uniform(18, 42, 30), rng.uniform(43, 54, 30)])
    ours = geodesic_km_matrix(a, b)
    geod = Geod(ellps="WGS84")
    for i in range(a.shape[0]):
        _, _, m = geod.inv(np.full(b.shape[0], a[i, 0]), np.full(b.shape[0], a[i, 1]), b[:, 0], b[:, 1])
        np.testing.assert_allclose(ours[i], np.asarray(m) / 1000.0, rtol=1e-3)


# geodata.md §6: haversine distances (R = 6371.0088 km) from two bases, computed independently
HAVERSINE_TABLE = [
    ((22.01900, 50.10996), (30.52380, 50.45466), 605),   # Rzeszow-Jasionka -> Kyiv
    ((22.01900, 50.10996), (34.58444, 47.50833), 963),   # Rzeszow-Jasionka -> ZNPP
    ((28.48833, 44.36222), (30.74383, 46.48572), 294),   # Mihail Kogalniceanu -> Odesa
    ((28.48833, 44.36222), (36.25475, 49.98177), 856),   # Mihail Kogalniceanu -> Kharkiv
    ((19.17910, 51.55160), (24.02324, 49.83826), 391),   # Lask -> Lviv
]


@pytest.mark.parametrize(("a", "b", "km"), HAVERSINE_TABLE)
def test_geodesic_agrees_with_the_sphere_within_its_known_error(a, b, km) -> None:  # noqa: ANN001
    # a sphere differs from the ellipsoid by at most about 0.5 %, plus 0.5 km of table rounding
    got = float(geodesic_km_matrix([a], [b])[0, 0])
    assert got == pytest.approx(km, rel=0.005, abs=0.5)


def test_equator_distance_is_the_arc() -> None:
    got = geodesic_km_matrix([[0.0, 0.0]], [[1.0, 0.0], [2.5, 0.0]])[0]
    np.testing.assert_allclose(got, [DEG_KM, 2.5 * DEG_KM], rtol=1e-9)


def test_two_bases_three_sites_by_hand() -> None:
    # Base A: QRA fighters at (0, 0): 15 min readiness, 1,000 km/h, no detour, 200 km reach.
    # Base B: ground QRF at (2, 0): 1 h notice, 50 km/h on roads with a 1.2 detour.
    # Sites on the equator at longitudes 0.5, 1.5 and 3.0.
    bases = [[0.0, 0.0], [2.0, 0.0]]
    sites = [[0.5, 0.0], [1.5, 0.0], [3.0, 0.0]]
    t = response_time_matrix_h(bases, [0.25, 1.0], [1000.0, 50.0], [1.0, 1.2], sites,
                               unit_range_km=[200.0, np.inf])
    d = DEG_KM
    expected = np.array([
        [0.25 + 0.5 * d / 1000, 0.25 + 1.5 * d / 1000, np.inf],    # 3.0 deg = 334 km > 200 km reach
        [1.0 + 1.2 * 1.5 * d / 50, 1.0 + 1.2 * 0.5 * d / 50, 1.0 + 1.2 * 1.0 * d / 50],
    ])
    # by hand, d = 111.3195 km:
    #   A: 0.25 + 55.660/1000 = 0.30566 h; 0.25 + 166.979/1000 = 0.41698 h; 333.96 km: out of reach
    #   B: 1 + 1.2 x 166.979/50 = 5.00750 h; 1 + 1.2 x 55.660/50 = 2.33583 h;
    #      1 + 1.2 x 111.320/50 = 3.67167 h
    np.testing.assert_allclose(t, expected, rtol=1e-9)
    np.testing.assert_allclose(t[0, :2], [0.30566, 0.41698], atol=5e-5)
    np.testing.assert_allclose(t[1], [5.00750, 2.33583, 3.67167], atol=5e-5)
    hours, unit = fastest_response_h(t)
    np.testing.assert_allclose(hours, [t[0, 0], t[0, 1], t[1, 2]])
    assert unit.tolist() == [0, 0, 1]
    hours_b, unit_b = fastest_response_h(t, mask=[False, True])
    np.testing.assert_allclose(hours_b, t[1])
    assert unit_b.tolist() == [1, 1, 1]


def test_site_response_with_and_without_us() -> None:
    units = Responders(
        ids=("qrf", "heli", "eu-jets", "us-jets"), mode=("ground", "heli", "air", "air"),
        lonlat=np.array([[0.0, 0.0], [0.0, 0.0], [-3.0, 0.0], [2.0, 0.0]]),
        readiness_h=np.array([1.0, 0.5, 0.25, 0.25]), speed_kmh=np.array([50.0, 250.0, 900.0, 900.0]),
        detour_factor=np.array([1.2, 1.0, 1.0, 1.0]), range_km=np.array([np.inf, 200.0, 1000.0, 1000.0]),
        is_us=np.array([False, False, False, True]),
    )
    r = site_response(units, ["near", "far"], [[1.0, 0.0], [4.0, 0.0]])
    d = DEG_KM
    assert r.hours["ground"][0] == pytest.approx(1.0 + 1.2 * d / 50)
    assert r.hours["heli"][0] == pytest.approx(0.5 + d / 250)
    assert math.isinf(r.hours["heli"][1])  # 445 km is beyond a 200 km reach
    assert r.hours["air"][1] == pytest.approx(0.25 + 2 * d / 900)
    assert r.unit["air"][1] == "us-jets"
    assert r.hours_without_us["air"][1] == pytest.approx(0.25 + 7 * d / 900)
    assert r.unit_without_us["air"][1] == "eu-jets"
    rec = r.to_dict()
    assert rec["site_response_h"][1]["heli"] is None
    assert set(rec["site_response_h"][0]) >= {"site", "ground", "heli", "air"}
    assert "site_response_h" in rec["without_us"]


def test_within_radius_counts_the_boundary() -> None:
    inside = within_radius([[0.0, 0.0]], [2 * DEG_KM + 1e-6], [[1.0, 0.0], [2.0, 0.0], [2.1, 0.0]])
    assert inside.tolist() == [[True, True, False]]


def test_bad_inputs_are_refused() -> None:
    with pytest.raises(ModelError, match="detour_factor must be >= 1"):
        response_time_matrix_h([[0, 0]], 0.0, 10.0, 0.9, [[1, 0]])
    with pytest.raises(ModelError, match="unit_speed_kmh must be > 0"):
        response_time_matrix_h([[0, 0]], 0.0, 0.0, 1.0, [[1, 0]])
    with pytest.raises(ModelError, match="lon, lat"):
        response_time_matrix_h([[0, 95]], 0.0, 10.0, 1.0, [[1, 0]])
    with pytest.raises(ModelError, match="one value per unit"):
        response_time_matrix_h([[0, 0], [1, 1]], [0.0, 1.0, 2.0], 10.0, 1.0, [[1, 0]])


def test_grid_in_polygon_spacing_and_containment() -> None:
    from shapely.geometry import box

    poly = box(30.0, 48.0, 32.0, 50.0)
    pts = grid_in_polygon(poly, 25.0)
    assert pts.size and (pts[:, 0] > 30).all() and (pts[:, 0] < 32).all()
    step = np.diff(np.unique(pts[:, 1]))
    np.testing.assert_allclose(step, 25.0 / 111.2)
    # about one point per 25 km x 25 km cell of the box's area
    area_km2 = 2 * 111.2 * 2 * 111.2 * math.cos(math.radians(49))
    assert pts.shape[0] == pytest.approx(area_km2 / 625, rel=0.15)
