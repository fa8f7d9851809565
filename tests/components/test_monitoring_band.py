"""The band model: closed-form sizing over a buffer zone, detection by event duration, attrition by class."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.bridge.monitoring_band import band_input
from reassure.errors import ModelError
from reassure.models.monitoring_band import BandClass, BandInput, assess_band, p_detect_event
from reassure.spec import load_scenario

from .conftest import section_of


def band(classes: tuple[BandClass, ...], line: tuple[float, float] = (1000.0, 1000.0),
         depth: tuple[float, float] = (10.0, 15.0), target_h: float = 2.0) -> BandInput:
    return BandInput(line[0], line[1], depth[0], depth[1], target_h, (0.5, 2.0, 24.0), 30.0, classes)


HALE = BandClass(id="hale", kind="patrol", swath_km=7.5, pd_pass=0.8, speed_kmh=570.0, airframes_per_orbit=3.2,
                 attrition_per_orbit_year=0.2)


def test_hand_worked_band_sizing() -> None:
    # stretch one orbit revisits within 2 h at 570 km/h: 570 km. Depth 10 km / 7.5 km swath: 2 lanes;
    # 2 x 1,000 / 570 = 3.5 -> 4 orbits; x 3.2 airframes = 12.8 -> 13; losses 4 x 0.2 a year.
    r = assess_band(band((HALE,))).classes[0]
    assert (r.lanes_low, r.lanes_high) == (2, 2)
    assert r.orbits_low == 4 and r.airframes_low == 13
    assert r.lost_per_year_low == pytest.approx(0.8)
    assert r.lost_over_horizon_high == pytest.approx(r.lost_per_year_high * 30)


def test_depth_beyond_the_swath_adds_lanes_and_orbits() -> None:
    thin = assess_band(band((HALE,), depth=(7.5, 7.5))).classes[0]
    deep = assess_band(band((HALE,), depth=(15.1, 15.1))).classes[0]
    assert thin.lanes_low == 1 and deep.lanes_low == 3
    assert deep.orbits_low == math.ceil(3 * 1000 / 570) > thin.orbits_low == math.ceil(1000 / 570)


def test_satellites_are_not_credited_with_short_events() -> None:
    sat = BandClass(id="daily", kind="satellite", swath_km=24.0, pd_pass=0.9, revisit_h=24.0)
    r = assess_band(band((sat,))).classes[0]
    assert r.p_detect["0.5"] == pytest.approx(0.9 * 0.5 / 24)
    assert r.p_detect["0.5"] < 0.02
    assert r.orbits_high == 0  # a satellite is not sized as orbits


@settings(max_examples=80, deadline=None)
@given(p=st.floats(0.0, 1.0), revisit=st.floats(0.1, 200.0), t1=st.floats(0.01, 100.0), t2=st.floats(0.01, 100.0))
def test_detection_rises_with_duration_and_stays_a_probability(p: float, revisit: float, t1: float, t2: float) -> None:
    a, b = sorted((t1, t2))
    pa, pb = p_detect_event(p, revisit, a), p_detect_event(p, revisit, b)
    assert 0.0 <= pa <= pb + 1e-12 <= 1.0 + 1e-12
    if a < revisit:
        assert pa == pytest.approx(p * a / revisit)
    n = 3
    assert p_detect_event(p, revisit, n * revisit) == pytest.approx(1 - (1 - p) ** n)


def test_bad_band_inputs() -> None:
    with pytest.raises(ModelError, match="depth"):
        assess_band(band((HALE,), depth=(15.0, 10.0)))
    with pytest.raises(ModelError, match="line length"):
        assess_band(band((HALE,), line=(0.0, 10.0)))


def test_attrition_is_per_class_in_the_shipped_plans() -> None:
    inp = band_input(load_scenario("coalition-2025-09"))
    assert inp is not None
    by = {c.id.split("@")[0]: c.attrition_per_orbit_year for c in inp.classes}
    assert 0.1 <= by["male-uav"] <= 0.3  # MQ-9 Class A rates, not the small-drone 2 a year
    assert by["hale-uav"] < 2.0


def test_band_section_reports_the_reported_length_and_the_satellite_verdict() -> None:
    s = section_of("monitoring_band", load_scenario("mnf-u-2026"))
    fig = {f.key: f for f in s.figures}
    assert round(fig["trace_km"].with_us) == 977  # stored unrounded (977.23 km), shown once rounded
    assert (fig["reported_km_low"].with_us, fig["reported_km_high"].with_us) == (1218, 1400)
    assert fig["p_satellite_shortest_event_pct"].with_us < 2
    assert fig["p_satellite_shortest_event_pct"].without_us <= fig["p_satellite_shortest_event_pct"].with_us
    assert s.verdicts[0].with_us is False
    e = load_scenario("europe-2025")  # has a band since issue 12 (the cell model uses it too)
    assert section_of("monitoring_band", e) is not None
    no_band = e.model_copy(update={"monitoring": e.monitoring.model_copy(update={"band": None})})
    assert section_of("monitoring_band", no_band) is None


def test_unknown_attrition_class_is_a_clear_error(tmp_path: Path) -> None:
    import subprocess
    import sys

    f = tmp_path / "bad.toml"
    f.write_text('schema = 1\nname = "bad"\ntitle = "bad"\nextends = "coalition-2025-09"\n'
                 '[monitoring.band.attrition]\nreaper = { value = 1, unit = "1/year", assumption = "x (for a test)" }\n')
    proc = subprocess.run([sys.executable, "-m", "reassure.cli", "validate", str(f)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "monitoring.band.attrition" in proc.stderr and "'reaper' is not a sensor class" in proc.stderr
