"""Review 20's leftovers (3 and 7), the page and its API without a browser: a unit chooser
beside each value box (3), a warning for a change of ten times or more (3), and the map's
hover values also as a table under the map, out of a mouse's reach no longer (7)."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest

from reassure.present.web.page import page

URL = "/api/scenarios/europe-2025/variants"


def _save(client: Any, name: str, *changes: dict[str, Any]) -> Any:
    return client.post(URL, json={"name": name, "changes": list(changes), "replace": True})


# -- 3a: the units a field accepts, for a chooser beside its box ------------------------------
def test_each_field_lists_the_units_it_accepts_its_own_among_them(served: Any) -> None:
    from reassure.spec import units

    client, _ = served
    fields = {f["path"]: f for f in client.get("/api/scenarios/europe-2025").json()["fields"]}
    assert fields["incidents.response_threshold"]["units"] == ["s", "min", "h", "day", "week", "month", "year"]
    assert fields["force.tour"]["units"] == ["s", "min", "h", "day", "week", "month", "year"]
    assert fields["contributors[NLD].p_join"]["units"] == ["percent", "probability"]
    assert fields["force.target_troops"]["units"] == ["troops"]
    for f in fields.values():
        if f["kind"] != "quantity":
            assert "units" not in f
            continue
        # the field's own unit is offered, every other one is of its dimension, and no two are
        # the same number (a field in probability is not offered fraction)
        assert f["unit"] in f["units"], f["path"]
        dim = units.dimension_of(f["unit"])
        assert all(units.dimension_of(u) == dim for u in f["units"]), f["path"]
        assert len({units.factor(u) for u in f["units"]}) == len(f["units"]), f["path"]


def test_every_unit_offered_is_one_the_api_takes_and_converts() -> None:
    from reassure.present.web.app import Change, _describe, _in_field_unit
    from reassure.spec import load_scenario, units
    from reassure.spec._load import shipped_scenario_dir

    scenario = load_scenario(shipped_scenario_dir() / "europe-2025.toml")
    offered = 0
    for f in _describe(scenario):
        for unit in f.get("units", ()):
            k, given = _in_field_unit(Change(path=f["path"], value=1, unit=unit), f)
            assert k == pytest.approx(units.factor(unit) / units.factor(f["unit"]))
            assert given == ("" if unit == f["unit"] else unit)
            offered += 1
    assert offered > 200


def test_a_value_in_a_chosen_unit_is_saved_in_the_fields_and_still_needs_a_source(served: Any) -> None:
    client, user = served
    # a unit the chooser offers (days, for a field in months) is saved in the field's unit
    fields = {f["path"]: f for f in client.get("/api/scenarios/europe-2025").json()["fields"]}
    assert "day" in fields["force.tour"]["units"] and fields["force.tour"]["unit"] == "month"
    r = _save(client, "r20b-days", {"path": "force.tour", "value": 180, "unit": "day",
                                    "assumption": "six-month tours (180 days)"})
    assert r.status_code == 201, r.text
    tour = tomllib.loads((user / "r20b-days.toml").read_text())["force"]["tour"]
    assert tour["unit"] == "month" and tour["value"] == pytest.approx(180 * 24 / (8766 / 12)), tour
    assert tour["note"] == "given as 180 day"
    # a unit chosen does not stand in for the source or the assumption
    r = _save(client, "r20b-bare", {"path": "force.tour", "value": 180, "unit": "day"})
    assert r.status_code == 422 and "needs a source or an assumption" in r.json()["detail"]
    assert not (user / "r20b-bare.toml").exists()


def test_the_form_offers_a_unit_chooser_and_sends_the_unit_chosen() -> None:
    html = page("0")
    # a chooser beside the box, set to the field's own unit; a field of one unit keeps its word
    assert '<select class="unit" data-i="${i}" data-own="${esc(f.unit)}" aria-label="unit of the new value of ${esc(f.path)}">' in html
    assert "${u === f.unit ? ' selected' : ''}" in html
    assert '<span class="unit">${esc(f.unit)}</span>' in html
    # the number goes with the unit chosen when it is not the field's own
    assert "if (chosen && chosen.value !== chosen.dataset.own) change.unit = chosen.value;" in html
    assert "changes.push(unitOf(" in html


# -- 3b: a change of ten times or more is saved, with a warning --------------------------------
def test_a_tenfold_change_is_saved_with_a_warning_naming_both_values(served: Any) -> None:
    client, user = served
    r = _save(client, "r20b-jump", {"path": "incidents.response_threshold", "value": 30,
                                    "assumption": "half an hour, i.e. 30 minutes"})
    assert r.status_code == 201, r.text
    assert r.json()["warnings"] == [
        "incidents.response_threshold: was 1 h, now 30 h: 30 times larger — check the unit"]
    assert tomllib.loads((user / "r20b-jump.toml").read_text())["incidents"]["response_threshold"]["value"] == 30
    # the same in the unit meant: no warning
    r = _save(client, "r20b-jump", {"path": "incidents.response_threshold", "value": 30, "unit": "min",
                                    "assumption": "half an hour, i.e. 30 minutes"})
    assert r.status_code == 201 and r.json()["warnings"] == []
    # smaller, a range, and a unit given: each said, with the value as typed
    r = _save(client, "r20b-jump",
              {"path": "incidents.response_threshold", "value": 3, "unit": "min", "assumption": "a three-minute standard"},
              {"path": "force.target_troops", "low": 2500, "high": 3000, "assumption": "a battalion group only"},
              {"path": "force.tour", "value": 5, "assumption": "five-month tours, a little shorter"})
    assert r.status_code == 201, r.text
    assert r.json()["warnings"] == [
        "incidents.response_threshold: was 1 h, now 0.05 h (given as 3 min): 20 times smaller — check the unit",
        "force.target_troops: was 25,000–30,000 troops, now 2,500–3,000 troops: 10 times smaller — check the number"]


def test_the_warning_of_a_jump_to_or_from_zero_and_its_threshold() -> None:
    from reassure.present.web.app import jump_warning

    field = {"path": "contributors[GBR].pledge_troops", "unit": "troops", "value": 10000.0, "low": 10000.0,
             "high": 10000.0}
    assert jump_warning(field, {"value": 0, "unit": "troops"}) == (
        "contributors[GBR].pledge_troops: was 10,000 troops, now 0 troops: down to zero — check the number")
    zero = {**field, "value": 0.0, "low": 0.0, "high": 0.0}
    assert jump_warning(zero, {"value": 500, "unit": "troops"}) == (
        "contributors[GBR].pledge_troops: was 0 troops, now 500 troops: up from zero — check the number")
    assert jump_warning(zero, {"value": 0, "unit": "troops"}) is None
    assert jump_warning(field, {"value": 100000, "unit": "troops"}).endswith(": 10 times larger — check the number")
    assert jump_warning(field, {"value": 99999, "unit": "troops"}) is None
    assert jump_warning(field, {"value": 1001, "unit": "troops"}) is None
    point3 = {**field, "unit": "h", "value": 0.3, "low": 0.3, "high": 0.3}
    assert "10 times larger" in (jump_warning(point3, {"value": 3, "unit": "h"}) or "")  # 3 / 0.3 in floats
    assert "3,000 times larger" in (jump_warning(point3, {"value": 900, "unit": "h"}) or "")


def test_the_page_shows_the_warnings_of_a_save() -> None:
    html = page("0")
    assert "(r.warnings || []).length" in html
    assert '<div class="warn" id="save-warnings" role="alert">' in html
    assert "r.warnings.map(w => '<li>' + esc(w) + '</li>')" in html


# -- 7: the values on hover, also as a table under the map -------------------------------------
@pytest.fixture(scope="module")
def europe_map() -> dict[str, Any]:
    import reassure
    from reassure.present.maplibre import map_data

    a = reassure.assess("scenarios/europe-2025.toml", runs=2, sensitivity=False)
    return map_data(a.layers, a.scenario, a.sections)


def test_every_value_shown_on_hover_is_a_row_of_the_maps_table(europe_map: dict[str, Any]) -> None:
    from reassure.present.maplibre import LEGEND, map_values

    rows = map_values(europe_map)
    words = {lid: text for lid, text, _, _ in LEGEND}
    cells = europe_map["cells"]["features"]
    cell_rows = [r for r in rows if r["layer"].startswith("cells-")]
    # one row a line cell, with its worst revisit and its class in words (the shape on the map)
    assert len(cell_rows) == len(cells) > 100
    assert sorted(r["value"] for r in cell_rows) == sorted(f["properties"]["tip"] for f in cells)
    for r in cell_rows:
        assert "worst revisit" in r["value"] and r["what"] == words[r["layer"]]
    by_tip = {f["properties"]["tip"]: f["properties"]["cls"] for f in cells}
    assert all(r["layer"] == f"cells-{by_tip[r['value']]}" for r in cell_rows)
    # one row a garrison, its status said either way
    garrisons = [r for r in rows if r["layer"] == "garrisons"]
    assert len(garrisons) == len(europe_map["garrisons"]["features"]) >= 2
    assert all(("not manned without the US backstop" in r["value"]) != ("manned without the US backstop too" in r["value"])
               for r in garrisons), garrisons
    assert {("not manned" in r["value"]) for r in garrisons} == {True, False}
    # and every other feature with a tooltip: nothing on hover is missing from the table
    tips = sum(1 for k in europe_map["value_sources"].values() if k[0] in europe_map
               for f in europe_map[k[0]]["features"] if f["properties"].get("tip")
               and (len(k) == 1 or f["properties"].get(k[1]) == k[2]))
    assert len(rows) == tips
    assert {r["layer"] for r in rows} >= {"contact-line", "rings", "rings-us", "sites-nuclear", "bases"}


def test_the_map_script_builds_the_table_behind_a_button() -> None:
    from reassure.present.maplibre import MAP_JS

    assert "function valuesTable(el, data, legend)" in MAP_JS
    # built before the WebGL check, so a browser without it has the values too
    assert MAP_JS.index("valuesTable(el, data, legend);") < MAP_JS.index("if(!window.maplibregl || !gl)")
    for words in ("btn.type = 'button'", "setAttribute('aria-expanded', 'false')", "setAttribute('aria-controls', id)",
                  "panel.hidden = true", "th.scope = 'row'", "createElement('caption')"):
        assert words in MAP_JS, words
