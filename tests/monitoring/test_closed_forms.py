"""Closed-form checks: patrol revisit 2L/v, detection min(1, d/R), orbits and airframes by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from reassure.errors import InfeasibleError, ModelError
from reassure.models.monitoring import (
    Analysis,
    Conditions,
    FleetEntry,
    MonitoringGrid,
    PlatformType,
    Samples,
    airframes_per_orbit,
    airframes_required,
    assess_monitoring,
    cell_figures,
    figures_from_samples,
    fleet_rows,
    night_fraction,
    patrol_max_revisit_h,
    time_on_station_h,
)

L_KM, V_KMH = 100.0, 100.0  # a 2 h patrol period


def _patrol(swath_km: float = 0.02, pd: float = 1.0) -> PlatformType:
    return PlatformType("p", "patrol", swath_km=swath_km, pd_day=pd, pd_night=pd, pd_cloud=pd,
                        endurance_h=1000.0, speed_kmh=V_KMH)


def _one_patrol(rule: str = "pessimistic", step_min: float = 1.0) -> tuple:
    grid = MonitoringGrid.straight(L_KM, 1.0)
    fleet = [FleetEntry("p", 1, base="B", base_lon=float(grid.lon[0]), base_lat=float(grid.lat[0]))]
    an = Analysis(window_h=24.0, step_min=step_min, gap_rule=rule, durations_h=())
    return grid, cell_figures(grid, fleet, {"p": _patrol()}, analysis=an)


def test_patrol_max_revisit_is_2l_over_v() -> None:
    grid, f = _one_patrol()
    dt = 1 / 60
    # The end cells' centres are 0.5 km in from the turns: 2 (L - 0.5) / v, within one step.
    assert f.revisit_max_h.max() == pytest.approx(2 * L_KM / V_KMH, abs=1.0 / V_KMH + dt)
    x = grid.centre_km
    expected = 2 * np.maximum(x, L_KM - x) / V_KMH
    np.testing.assert_allclose(f.revisit_max_h, expected, atol=dt + 1e-9)


def test_patrol_mean_revisit_is_l_over_v_and_mean_response_2l_over_3v() -> None:
    grid, f = _one_patrol()
    # Each point is passed twice a period 2L/v, so its mean gap is L/v exactly (the window is
    # a whole number of periods and the rule joins the ends). Within a step or two of a turn the
    # two passes merge into one access, so the end cells are left out.
    inner = (grid.centre_km > 2) & (grid.centre_km < L_KM - 2)
    np.testing.assert_allclose(f.revisit_mean_h[inner], L_KM / V_KMH, atol=1e-9)
    # A request at a random time and place waits (a^2 + b^2) / (2 (a + b)) for gaps a, b;
    # averaged along the stretch that is 2L / (3v).
    assert f.response_mean_h.mean() == pytest.approx(2 * L_KM / (3 * V_KMH), abs=2 / 60)
    # Worst response is the worst gap; and the satisfied share for target 2L/v is all.
    np.testing.assert_allclose(f.response_max_h, f.revisit_max_h)


def test_closed_form_helper_matches_the_sampled_model() -> None:
    grid, f = _one_patrol()
    cf = patrol_max_revisit_h(grid.centre_km, 0.0, L_KM, V_KMH, 0.01)
    np.testing.assert_allclose(f.revisit_max_h, cf, atol=1 / 60 + 1e-9)


def _fixed_revisit(revisit_h: float, pd: float) -> tuple[MonitoringGrid, FleetEntry, dict]:
    grid = MonitoringGrid.straight(5.0, 1.0)
    sat = PlatformType("s", "satellite", swath_km=1.0, pd_day=pd, pd_night=pd, pd_cloud=pd,
                       revisit_h=revisit_h, local_time_h=0.3)
    return grid, FleetEntry("s", 1), {"s": sat}


def test_detection_is_min_one_d_over_r_with_perfect_detection() -> None:
    grid, entry, cat = _fixed_revisit(2.0, 1.0)
    durations = (0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 10.0)
    an = Analysis(window_h=24.0, step_min=1.0, gap_rule="pessimistic", durations_h=durations)
    f = cell_figures(grid, [entry], cat, analysis=an)
    expected = [min(1.0, d / 2.0) for d in durations]
    np.testing.assert_allclose(f.pd_by_duration, np.tile(expected, (grid.n, 1)), atol=1e-9)
    # STK's optimistic rule assumes a pass just after the window: never lower.
    opt = cell_figures(grid, [entry], cat, analysis=Analysis(
        window_h=24.0, step_min=1.0, gap_rule="optimistic", durations_h=durations))
    assert np.all(opt.pd_by_duration >= f.pd_by_duration - 1e-12)
    # Response to a request at a random instant: mean R/2, max R, 90 % below 0.9 R.
    np.testing.assert_allclose(f.response_mean_h, 1.0, atol=1e-9)
    np.testing.assert_allclose(f.response_pq_h, 1.8, atol=1e-9)
    np.testing.assert_allclose(f.revisit_mean_h, 2.0, atol=1e-9)


def test_detection_with_imperfect_passes_matches_the_geometric_closed_form() -> None:
    p, r = 0.6, 2.0
    grid, entry, cat = _fixed_revisit(r, p)
    durations = (0.5, 2.0, 3.0, 5.0)
    an = Analysis(window_h=24.0, step_min=1.0, gap_rule="pessimistic", durations_h=durations)
    f = cell_figures(grid, [entry], cat, analysis=an)
    for j, d in enumerate(durations):
        m, frac = divmod(d / r, 1.0)
        expected = 1 - ((1 - frac) * (1 - p) ** m + frac * (1 - p) ** (m + 1))
        np.testing.assert_allclose(f.pd_by_duration[:, j], expected, atol=1e-6)
    np.testing.assert_allclose(f.pd_per_pass, p, atol=1e-6)


def test_time_on_station_and_airframes_by_hand() -> None:
    # figures.md 4.1 worked example: 27 h, 500 km each way at ~300 km/h -> ~23.6 h on station.
    assert time_on_station_h(27.0, 500.0, 300.0) == pytest.approx(27 - 2 * 500 / 300)
    # E = 20 h, 150 km at 150 km/h: 18 h on station; 4 h turnaround, 80 % available:
    # (20 + 4) / (18 * 0.8) = 5/3 airframes per orbit; three orbits share ceil(5) = 5.
    per = airframes_per_orbit(20.0, 150.0, 150.0, 4.0, 0.8)
    assert per == pytest.approx(5.0 / 3.0)
    assert airframes_required([per] * 3) == 5
    assert airframes_required([per]) == 2
    assert math.isinf(airframes_per_orbit(10.0, 800.0, 100.0, 1.0, 1.0))  # cannot reach


def test_fleet_rows_pool_airframes_and_count_attrition() -> None:
    grid = MonitoringGrid.straight(300.0, 1.0)
    uav = PlatformType("u", "patrol", swath_km=10, pd_day=0.9, pd_night=0.8, pd_cloud=0.5,
                       endurance_h=20.0, speed_kmh=150.0, turnaround_h=4.0, availability=0.8)
    # Base on the line's start: each orbit's transit is the distance to its stretch's middle.
    entry = FleetEntry("u", 3, base="B", base_lon=float(grid.lon[0]), base_lat=float(grid.lat[0]))
    cond = Conditions(attrition_per_orbit_year=1.5, horizon_years=2.0)
    (row,) = fleet_rows(grid, [entry], {"u": uav}, cond)
    per = [airframes_per_orbit(20.0, d, 150.0, 4.0, 0.8) for d in (50.5, 150.5, 250.5)]
    assert row.airframes == airframes_required(per)
    assert row.attrition_over_horizon == pytest.approx(1.5 * 3 * 2.0)
    assert row.airframes_to_procure == row.airframes + 9
    # Without replacement, 9 losses leave none of the orbits.
    assert row.orbits_at_horizon_without_replacement == 0
    assert row.time_on_station_h == pytest.approx(20 - 2 * 250.5 / 150, abs=0.05)


def test_night_fraction_sunrise_equation() -> None:
    assert night_fraction(0.0, 100) == pytest.approx(0.5, abs=1e-9)  # equator: always 12 h
    assert night_fraction(48.0, 80) == pytest.approx(0.5, abs=0.01)  # March equinox
    # 48 N at the June solstice: day ~ 15.9 h without refraction (Kyiv is given as ~16 h 20 m
    # sunrise to sunset, which counts refraction and the sun's radius).
    assert 24 * (1 - night_fraction(48.0, 172)) == pytest.approx(15.9, abs=0.15)
    days = np.arange(365)
    assert night_fraction(48.0, days).mean() == pytest.approx(0.5, abs=0.01)


def test_stare_sensor_covers_continuously() -> None:
    grid = MonitoringGrid.straight(20.0, 1.0)
    cam = PlatformType("c", "stare", swath_km=8.0, pd_day=0.8, pd_night=0.8, pd_cloud=0.8)
    entry = FleetEntry("c", 1, base="x", base_lon=float(grid.lon[0]), base_lat=float(grid.lat[0]))
    f = cell_figures(grid, [entry], {"c": cam},
                     analysis=Analysis(gap_rule="pessimistic", durations_h=(0.0, 5.0)))
    seen = np.abs(grid.centre_km - 10.0) <= 4.0
    np.testing.assert_allclose(f.coverage_fraction[seen], 1.0)
    np.testing.assert_allclose(f.revisit_max_h[seen], 0.0)
    np.testing.assert_allclose(f.pd_by_duration[seen], 0.8, atol=1e-6)
    assert np.all(np.isinf(f.revisit_max_h[~seen]))  # never covered, pessimistic rule
    assert np.all(f.pd_by_duration[~seen] == 0.0)


def _hand_samples(n: int, on: list[int], dt: float = 0.1) -> tuple[MonitoringGrid, Samples]:
    cov = np.zeros((2, n + 1), dtype=bool)
    cov[0, on] = True
    return (MonitoringGrid.straight(2.0, 1.0),
            Samples(covered=cov, logmiss=np.full((2, n + 1), -5.0, np.float32), step_h=dt))


def test_edge_rules_on_a_hand_case() -> None:
    # Window of 100 steps of 0.1 h; accesses at samples 10-12 and 50-52.
    grid, s = _hand_samples(100, [10, 11, 12, 50, 51, 52])
    got = {}
    for rule in ("optimistic", "pessimistic", "exclude"):
        f = figures_from_samples(grid, s, Analysis(window_h=10.0, step_min=6.0, gap_rule=rule,
                                                   durations_h=()))
        got[rule] = f
    opt, pes, exc = got["optimistic"], got["pessimistic"], got["exclude"]
    # optimistic: lead 1.0 h, inner 3.8 h, trail 4.8 h (cut at the window ends)
    assert opt.revisit_min_h[0] == pytest.approx(1.0)
    assert opt.revisit_max_h[0] == pytest.approx(4.8)
    assert opt.revisit_mean_h[0] == pytest.approx((1.0 + 3.8 + 4.8) / 3)
    assert opt.response_mean_h[0] == pytest.approx((1.0**2 + 3.8**2 + 4.8**2) / (2 * 10.0))
    # pessimistic: the trail joins the lead: 3.8 and 5.8 h over a 10 h period
    assert pes.revisit_max_h[0] == pytest.approx(5.8)
    assert pes.revisit_mean_h[0] == pytest.approx(4.8)
    assert pes.response_mean_h[0] == pytest.approx((3.8**2 + 5.8**2) / 20.0)
    # exclude: only the closed gap, over the 4.2 h from first access to last
    assert exc.revisit_max_h[0] == pytest.approx(3.8)
    assert exc.response_mean_h[0] == pytest.approx(3.8**2 / (2 * 4.2))
    # every rule: 0.4 h of access in 10 h
    for f in got.values():
        assert f.coverage_fraction[0] == pytest.approx(0.04)
    # never covered: the window, infinity, undefined
    assert opt.revisit_max_h[1] == pytest.approx(10.0)
    assert math.isinf(pes.revisit_max_h[1])
    assert math.isnan(exc.revisit_max_h[1])
    assert pes.revisit_h[1] == math.inf and opt.revisit_h[1] == math.inf


def test_pessimistic_is_never_shorter_than_optimistic() -> None:
    rng = np.random.default_rng(7)
    cov = rng.random((50, 201)) < 0.05
    cov[:, -1] = cov[:, 0]  # a schedule that repeats with the window
    s = Samples(covered=cov, logmiss=np.full(cov.shape, -1.0, np.float32), step_h=0.05)
    grid = MonitoringGrid.straight(50.0, 1.0)
    an = {r: Analysis(window_h=10.0, step_min=3.0, gap_rule=r, durations_h=())
          for r in ("optimistic", "pessimistic")}
    opt = figures_from_samples(grid, s, an["optimistic"])
    pes = figures_from_samples(grid, s, an["pessimistic"])
    assert np.all(pes.revisit_max_h >= opt.revisit_max_h - 1e-12)
    assert np.all(pes.response_mean_h >= opt.response_mean_h - 1e-12)


def test_night_cloud_and_jamming_degrade_as_stated() -> None:
    grid = MonitoringGrid.straight(4.0, 1.0, lon0=0.0)
    cam = PlatformType("c", "stare", swath_km=20.0, pd_day=0.9, pd_night=0.5, pd_cloud=0.1,
                       jam_susceptible=True)
    entry = FleetEntry("c", 1, base="x", base_lon=0.0, base_lat=48.0)
    an = Analysis(window_h=24.0, step_min=1.0, durations_h=())
    # Jamming: 6 events a day of 0.5 h against the one exposed sensor: off 3 h in 24.
    jam = Conditions(jamming_events_per_day=6.0, jamming_outage_h=0.5)
    f = cell_figures(grid, [entry], {"c": cam}, conditions=jam, analysis=an)
    np.testing.assert_allclose(f.coverage_fraction, 1 - 6 * 0.5 / 24, atol=2 / 60 / 24 * 6)
    # Cloud in expectation: a noon satellite pass gets (1 - c) pd_day + c pd_cloud.
    sat = PlatformType("s", "satellite", swath_km=1.0, pd_day=0.9, pd_night=0.5, pd_cloud=0.1,
                       revisit_h=24.0, local_time_h=12.0)
    f = cell_figures(grid, [FleetEntry("s", 1)], {"s": sat},
                     conditions=Conditions(cloud_fraction=0.25), analysis=an)
    np.testing.assert_allclose(f.pd_per_pass, 0.75 * 0.9 + 0.25 * 0.1, atol=1e-6)
    # Night: a midnight pass gets pd_night.
    sat_night = PlatformType("s", "satellite", swath_km=1.0, pd_day=0.9, pd_night=0.5,
                             pd_cloud=0.1, revisit_h=24.0, local_time_h=0.0)
    f = cell_figures(grid, [FleetEntry("s", 1)], {"s": sat_night}, analysis=an)
    np.testing.assert_allclose(f.pd_per_pass, 0.5, atol=1e-6)


def test_with_and_without_us_assets() -> None:
    grid = MonitoringGrid.straight(200.0, 2.0)
    uav = _patrol(swath_km=10.0)
    base = {"base": "B", "base_lon": float(grid.lon[0]), "base_lat": float(grid.lat[0])}
    fleet = [FleetEntry("p", 2, us_asset=True, id="us", **base),
             FleetEntry("p", 1, segment_km=(0.0, 100.0), id="eu", **base)]
    a = assess_monitoring(grid, fleet, {"p": uav},
                          analysis=Analysis(gap_rule="pessimistic", durations_h=(1.0,)))
    assert [r.id for r in a.with_us.fleet] == ["us", "eu"]
    assert [r.id for r in a.without_us.fleet] == ["eu"]
    assert a.with_us.summary["coverage_percent"] > a.without_us.summary["coverage_percent"]
    out = a.to_dict()
    assert out["without_us"]["fleet"][0]["id"] == "eu"
    # Unwatched half of the line without the US: never revisited.
    assert out["without_us"]["revisit_h"]["max"] is None  # infinite -> null in JSON


def test_unreachable_and_out_of_datalink_orbits() -> None:
    grid = MonitoringGrid.straight(100.0, 1.0, lon0=30.0)
    far = PlatformType("f", "patrol", swath_km=5, pd_day=1, pd_night=1, pd_cloud=1,
                       endurance_h=2.0, speed_kmh=100.0)
    entry = FleetEntry("f", 1, base="FAR", base_lon=20.0, base_lat=48.0, id="far")
    with pytest.raises(InfeasibleError, match="far: a f from FAR cannot reach"):
        cell_figures(grid, [entry], {"f": far})
    los = PlatformType("t", "patrol", swath_km=5, pd_day=1, pd_night=1, pd_cloud=1,
                       endurance_h=24.0, speed_kmh=130.0, datalink_range_km=50.0)
    entry = FleetEntry("t", 1, base="B", base_lon=30.0, base_lat=48.0, id="los")
    (row,) = fleet_rows(grid, [entry], {"t": los})
    assert any("datalink" in n for n in row.notes)
    f = cell_figures(grid, [entry], {"t": los}, analysis=Analysis(durations_h=()))
    assert f.n_access[grid.centre_km < 45].min() > 0
    assert f.n_access[grid.centre_km > 60].max() == 0


def test_bad_inputs_are_model_errors() -> None:
    with pytest.raises(ModelError, match="gap_rule"):
        Analysis(gap_rule="sometimes")
    with pytest.raises(ModelError, match="pd_day"):
        PlatformType("x", "stare", swath_km=1, pd_day=1.5, pd_night=0, pd_cloud=0)
    with pytest.raises(ModelError, match="unknown platform type 'mqq9'; did you mean 'mq9'"):
        cell_figures(MonitoringGrid.straight(10, 1), [FleetEntry("mqq9", 1)],
                     {"mq9": _patrol()})
