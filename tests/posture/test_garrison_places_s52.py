"""Session 52 (a validator's review): a protected site inside the standoff was uncovered for
want of a theatre site in reach, and a plan could not name a place of its own.
``posture.garrison_places`` adds such places; one inside the standoff is left out, said so."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import reassure
from reassure.errors import ScenarioError
from reassure.models.posture import plan_posture

SHIPPED = Path(__file__).resolve().parents[2] / "scenarios" / "europe-2025.toml"
# A town north-west of Odesa, about 115 km from the line: beyond the 100 km standoff and about
# 78 road km from the port (inside the 90 km cover radius)
NEAR_ODESA = ('{ id = "town-nw-of-odesa", name = "Town north-west of Odesa", lat = 46.85, lon = 30.08, '
              'assumption = "a place the test names for the port, beyond the standoff" }')
INSIDE = ('{ id = "east-of-odesa", name = "East of Odesa", lat = 46.97, lon = 31.8, '
          'assumption = "a place the test names inside the standoff" }')


def _plan(tmp_path: Path, places: str, extra: str = "") -> Path:
    text = SHIPPED.read_text(encoding="utf-8")
    at = text.index("\n", text.index("standoff = { value = 100")) + 1
    path = tmp_path / "places.toml"
    path.write_text(text[:at] + f"garrison_places = [{places}]\n{extra}" + text[at:], encoding="utf-8")
    return path


def _posture(plan: Path | str) -> dict:
    result = reassure.assess(reassure.load_scenario(plan), runs=2, sensitivity=False)
    return next(s for s in result.sections if s.name == "posture").data


def test_a_place_in_reach_covers_the_port_the_shipped_sites_leave_uncovered(tmp_path: Path) -> None:
    shipped = _posture("europe-2025")["with_us"]
    assert "port-odesa" in shipped["uncovered_sites"]
    assert any("posture.garrison_places can name a place" in n for n in shipped["notes"])
    placed = _posture(_plan(tmp_path, NEAR_ODESA))["with_us"]
    assert placed["uncovered_sites"] == [] and placed["covered_weight_percent"] == pytest.approx(100.0)
    town = next(g for g in placed["garrisons"] if g["id"] == "town-nw-of-odesa")
    assert "port-odesa" in town["covers"]


def test_a_place_inside_the_standoff_hosts_no_garrison_and_is_named(tmp_path: Path) -> None:
    data = _posture(_plan(tmp_path, INSIDE))["with_us"]
    assert all(g["id"] != "east-of-odesa" for g in data["garrisons"])
    assert any(n.startswith("East of Odesa (east-of-odesa) lies") and "inside the 100 km standoff" in n
               for n in data["notes"])


def test_a_place_may_hold_an_existing_garrison(tmp_path: Path) -> None:
    path = _plan(tmp_path, NEAR_ODESA)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("garrison_places = [", 'existing = ["town-nw-of-odesa"]\ngarrison_places = [', 1),
                    encoding="utf-8")
    data = _posture(path)["with_us"]
    assert next(g for g in data["garrisons"] if g["id"] == "town-nw-of-odesa")["existing"] is True


@pytest.mark.parametrize(("places", "words"), [
    ('{ id = "kyiv", name = "Kyiv again", lat = 50.4, lon = 30.5, assumption = "an id clash for the test" }',
     "is a site or air base of theatre ukraine-2025"),
    ('{ id = "twin", name = "A", lat = 48.0, lon = 29.0, assumption = "one of two with one id" }, '
     '{ id = "twin", name = "B", lat = 48.1, lon = 29.1, assumption = "the other of the two" }', "repeats 'twin'"),
    ('{ id = "nowhere", name = "Nowhere", lat = 48.0, lon = 29.0 }', "needs provenance"),
    ('{ id = "pole", name = "Pole", lat = 95.0, lon = 29.0, assumption = "a latitude past the pole" }', "lat"),
])
def test_a_bad_place_is_refused_at_its_line(tmp_path: Path, places: str, words: str) -> None:
    with pytest.raises(ScenarioError) as caught:
        reassure.load_scenario(_plan(tmp_path, places))
    text = str(caught.value)
    assert "places.toml:" in text and "garrison_places" in text and words in text


def test_the_planner_drops_an_extra_inside_the_standoff_with_its_capacity() -> None:
    kwargs = dict(site_ids=["a"], site_names=["A"], site_lonlat=[[30.0, 48.0]], site_line_km=[20.0],
                  site_weight=[1.0], site_protectable=[True], extra_ids=["near", "far"],
                  extra_names=["Near", "Far"], extra_lonlat=[[30.1, 48.0], [30.2, 48.1]],
                  extra_line_km=[50.0, 150.0], standoff_km=100.0, cover_radius_km=100.0,
                  detour_factor=1.0, n_garrisons=1)
    plan = plan_posture(**kwargs, capacity=np.array([5.0, 5.0, 5.0]), demand_load=np.array([1.0]))
    assert [g["id"] for g in plan.garrisons] == ["far"]
    assert any("Near (near) lies 50 km from the contact line" in n for n in plan.notes)
    with pytest.raises(reassure.errors.InfeasibleError, match="inside the 100 km standoff"):
        plan_posture(**kwargs, existing=["near"])
