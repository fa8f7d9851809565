"""Review s32 follow-up 2: an air station of US aircraft only (`us = true`) no longer vanishes
without the US backstop, as a maritime task of US ships no longer does (test_s32_maritime_us.py).

/tmp/s32/airus.toml (coalition-2025-09 with `aew-west` flagged `us = true`) answered "Can every
air station be held ...?" yes / yes and left `flown_by_without_us` blank: the bridge dropped the
station without a word. Now no one flies it on that side: the verdict says no and names it with
what Europe would have to field to keep it (sized on that side, with that side's tankers), and
the stations table says "no one (lost)". A station flagged for Europe to take over
(`us_enabler` alone, the shipped AEW orbit) is unchanged: Europe flies it without the US.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reassure.bridge.air import air_input
from reassure.errors import ModelError
from reassure.models.air import AirInput, AirPlatform, AirStation, assess_air
from reassure.run.section_air import HELD_QUESTION, LOST
from reassure.spec import load_scenario

from .conftest import section_of

US_AEW = '[[air_policing.stations]]\nid = "aew-west"\nus = true\n'


def _plan(tmp_path: Path, body: str, name: str = "airus") -> Any:
    path = tmp_path / f"{name}.toml"
    path.write_text(f'schema = 1\nname = "{name}"\nextends = "coalition-2025-09"\n{body}', encoding="utf-8")
    return load_scenario(path)


@pytest.fixture(scope="module")
def us_plan(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return _plan(tmp_path_factory.mktemp("airus"), US_AEW)


@pytest.fixture(scope="module")
def us_section(us_plan: Any) -> Any:
    return section_of("air_policing", us_plan)


def _held(section: Any) -> Any:
    return {v.question: v for v in section.verdicts}[HELD_QUESTION]


def _rows(section: Any) -> dict[str, dict[str, Any]]:
    table = next(t for t in section.tables if t.id == "air-stations")
    return {str(row[0]): dict(zip(table.columns, row, strict=True)) for row in table.rows}


def _figures(section: Any) -> dict[str, Any]:
    return {f.key: f for f in section.figures}


def test_without_the_us_the_us_station_is_reported_lost(us_section: Any) -> None:
    v = _held(us_section)
    assert (v.with_us, v.without_us) == (True, False)
    assert "lost without the US backstop: aew-west (US aircraft only, air_policing.stations[aew-west].us = true" \
        in v.detail
    assert "us_backstop" in v.refs
    row = _rows(us_section)["aew-west"]
    assert (row["flown_by"], row["flown_by_without_us"], row["aircraft_without_us"]) == ("US", LOST, None)
    assert {r["flown_by_without_us"] for i, r in _rows(us_section).items() if i != "aew-west"} == {"Europe"}
    assert [s["id"] for s in us_section.data["without_us"]["lost"]] == ["aew-west"]
    assert us_section.data["with_us"]["lost"] == []


def test_the_verdict_says_what_europe_would_have_to_field(us_section: Any) -> None:
    """coalition-2025-09 counts on no tankers: Europe would fly the orbit as the US does, 8 E-3s."""
    row = _rows(us_section)["aew-west"]
    assert (row["aircraft"], row["aircrews"]) == (8, 12)  # 24 h / 7.6 h on station = 3.2 sorties a day, 1 per aircraft, 45% MC
    assert "Europe would have to field 8 e3 aircraft and 12 aircrews to keep it" in _held(us_section).detail


def test_europes_need_is_the_same_on_both_sides_and_the_us_aircraft_are_apart(us_section: Any) -> None:
    fig = _figures(us_section)
    assert (fig["us_aircraft"].with_us, fig["us_aircraft"].without_us) == (8, 0)
    # never Europe's to field: its need does not grow without the US (it did when Europe took it over)
    assert fig["aircraft_needed"].with_us == fig["aircraft_needed"].without_us


def test_the_lost_station_is_sized_with_that_sides_tankers(tmp_path: Path) -> None:
    """US tankers as planned: the US flies the orbit with 5 E-3s (12 h tanked sorties); without the
    US there are no tankers, so Europe would need 8 (8 h sorties), not the as-planned 5."""
    s = section_of("air_policing", _plan(tmp_path, "[us_backstop]\ntanker = true\n"
                                              'assumption = "US tankers as planned in this test"\n' + US_AEW, "tank"))
    assert _rows(s)["aew-west"]["aircraft"] == 5
    assert "Europe would have to field 8 e3 aircraft and 12 aircrews" in _held(s).detail


def test_us_wins_over_an_inherited_us_enabler_and_the_report_says_so(us_section: Any, us_plan: Any) -> None:
    aew = next(st for st in us_plan.air_policing.stations if st.id == "aew-west")
    assert aew.us and aew.us_enabler == "isr"  # inherited from coalition-2025-09
    assert any("air_policing.stations[aew-west].us = true (US aircraft only) overrides its us_enabler = 'isr'" in w
               and "set `us = false`" in w for w in us_section.warnings)


def test_a_plan_that_counts_on_no_us_loses_the_station_as_planned_too(us_plan: Any) -> None:
    s = section_of("air_policing", us_plan.without_us())
    v = _held(s)
    assert (v.with_us, v.without_us) == (False, False)
    assert "lost as planned and without the US backstop: aew-west" in v.detail
    row = _rows(s)["aew-west"]
    assert (row["flown_by"], row["flown_by_without_us"], row["aircraft"]) == (LOST, LOST, None)
    assert (_figures(s)["us_aircraft"].with_us, _figures(s)["us_aircraft"].without_us) == (0, 0)
    table = next(t for t in s.tables if t.id == "air-stations")
    assert "with / without" not in table.title and "as planned / without" not in table.title


def test_a_station_flagged_for_europe_to_take_over_is_unchanged() -> None:
    s = section_of("air_policing", load_scenario("coalition-2025-09"))
    v = _held(s)
    assert (v.with_us, v.without_us) == (True, True) and "lost" not in v.detail
    row = _rows(s)["aew-west"]  # us_enabler = "isr": the US flies it with ISR on, Europe without
    assert (row["flown_by"], row["flown_by_without_us"]) == ("US", "Europe")
    assert not any("overrides" in w for w in s.warnings)


def test_the_bridge_names_what_it_leaves_out(us_plan: Any) -> None:
    with_us, without = air_input(us_plan), air_input(us_plan.without_us())
    assert with_us is not None and without is not None
    assert with_us.lost == () and "aew-west" in {s.id for s in with_us.stations}
    assert [s.id for s in without.lost] == ["aew-west"] and "aew-west" not in {s.id for s in without.stations}
    assert without.lost[0].us is False  # sized as Europe would fly it


def _platform() -> AirPlatform:
    return AirPlatform(id="e3", cruise_speed_kmh=750.0, sortie_h=8.0, tanked_sortie_h=12.0, ground_time_h=4.0,
                       availability_fraction=0.5, crews_per_aircraft=1.5, cost_per_flight_hour_eur_low=1.0,
                       cost_per_flight_hour_eur_high=2.0, max_sorties_per_aircraft_day=1.0)


def _station(**kw: Any) -> AirStation:
    return AirStation(**({"id": "aew", "kind": "aew", "platform": "e3", "base": "B", "transit_km": 150.0,
                          "aircraft_on_station": 1.0} | kw))


def test_the_model_sizes_the_lost_stations_in_no_total() -> None:
    held = assess_air(AirInput((_station(),), (_platform(),), tankers=False))
    both = assess_air(AirInput((_station(),), (_platform(),), tankers=False, lost=(_station(id="gone"),)))
    assert [s.id for s in both.lost] == ["gone"] and both.lost[0].aircraft_needed == held.aircraft_needed
    for total in ("aircraft_needed", "aircrew_needed", "sorties_per_day", "flight_hours_per_year", "us_aircraft"):
        assert getattr(both, total) == getattr(held, total), total
    assert both.unreachable == ()
    with pytest.raises(ModelError, match="both flown and lost"):
        AirInput((_station(),), (_platform(),), tankers=False, lost=(_station(),))
    with pytest.raises(ModelError, match="as Europe would fly it"):
        AirInput((), (_platform(),), tankers=False, lost=(_station(us=True),))
