"""Review s50: data fixes in the 2025-26 plans (coalition-2025-09, mnf-u-2026, ukraine-request).

Each test pins one fix an analyst asked for, so a later edit that undoes it fails here:
the Typhoon's cost per flight hour on the F-16's basis (IHS Jane's 2012 operating cost, not the
MoD's full cost), the 18-35 fighters said plainly to be an estimate of need, the E-3 orbit of
mnf-u-2026 flown by Europe (the US-led monitoring is of the line), primary and major-outlet
sources for the Paris Declaration, a descriptive id for Syrskyi's line length, and the Turkish
Straits assumption of the Black Sea tasks.
"""

from __future__ import annotations

from typing import Any

import pytest

from reassure.bridge.air import station_is_us
from reassure.spec import load_scenario
from reassure.theatres import load_theatre

AIR_PLANS = ("coalition-2025-09", "mnf-u-2026", "ukraine-request")


@pytest.fixture(scope="module")
def plans() -> dict[str, Any]:
    return {n: load_scenario(n) for n in (*AIR_PLANS, "europe-2025")}


def _platform(scn: Any, pid: str) -> Any:
    return next(p for p in scn.air_policing.platforms if p.id == pid)


def _station(scn: Any, sid: str) -> Any:
    return next(s for s in scn.air_policing.stations if s.id == sid)


def _task(scn: Any, tid: str) -> Any:
    return next(t for t in scn.maritime.tasks if t.id == tid)


def _sources(scn: Any) -> dict[str, Any]:
    return {s.id: s for s in scn.sources}


@pytest.mark.parametrize("name", AIR_PLANS)
def test_typhoon_and_f16_costs_rest_on_one_basis(plans: dict[str, Any], name: str) -> None:
    scn = plans[name]
    typhoon = _platform(scn, "typhoon").cost_per_flight_hour
    f16 = _platform(scn, "f16").cost_per_flight_hour
    # both cite the IHS Jane's 2012 study (operating cost: fuel, preparation and repair,
    # airfield-level maintenance and its personnel), and the Typhoon no longer the MoD full cost
    assert "janes-cpfh-2012" in typhoon.source and "janes-cpfh-2012" in f16.source
    assert "mod-cpfh-2010" not in typhoon.source
    # s51: Jane's USD 18,000 (2012) in 2024 dollars (CPI-U 313.689/229.594), the exchange rates' year
    assert (typhoon.unit, typhoon.low, typhoon.high) == ("USD/flight-hour", 24593, 24593)
    assert "basis" in (typhoon.note or "") and "FULL cost" in (typhoon.note or "")
    janes = _sources(scn)["janes-cpfh-2012"]
    assert janes.url and "18000" in (janes.quote or "")
    assert "capital charge" in (janes.note or "")  # says what the basis leaves out


@pytest.mark.parametrize("name", AIR_PLANS)
def test_the_typhoon_is_no_longer_most_of_the_cost_per_hour(plans: dict[str, Any], name: str) -> None:
    """On one basis a twin-engined Typhoon hour costs 2.0-2.6 F-16 hours (24,593 against 9,564-12,000, 2024 USD),
    not the 8-12 times of the MoD full cost (GBP 70,000) against an operating cost."""
    scn = plans[name]
    typhoon = _platform(scn, "typhoon").cost_per_flight_hour
    f16 = _platform(scn, "f16").cost_per_flight_hour
    assert typhoon.unit == f16.unit
    assert 1 < typhoon.high / f16.high and typhoon.low / f16.low < 3


@pytest.mark.parametrize("name", AIR_PLANS)
def test_the_18_35_fighters_are_said_to_be_a_need_not_an_offer(plans: dict[str, Any], name: str) -> None:
    offered = plans[name].air_policing.committed_aircraft
    assert (offered.low, offered.high) == (18, 35)
    assert "NEEDED" in (offered.assumption or "") and "not of fighters offered" in (offered.assumption or "")


def test_the_mnfu_early_warning_orbit_is_flown_by_europe(plans: dict[str, Any]) -> None:
    mnfu = plans["mnf-u-2026"]
    assert mnfu.us_backstop.isr  # US-led monitoring of the line stays counted
    aew = _station(mnfu, "aew-west")
    assert not station_is_us(mnfu, aew)
    assert "nato-e3a" in aew.aircraft.source and _sources(mnfu)["nato-e3a"].url
    # the parent plan is unchanged: there the orbit is still flown by the US while ISR is on
    sept = plans["coalition-2025-09"]
    assert station_is_us(sept, _station(sept, "aew-west"))


def test_the_paris_declaration_has_primary_and_major_outlet_sources(plans: dict[str, Any]) -> None:
    mnfu = plans["mnf-u-2026"]
    src = _sources(mnfu)
    for sid in ("ua-president-paris-2026", "liga-paris-text", "pm-remarks-paris-2026", "times-15000"):
        assert src[sid].url and src[sid].url.startswith("https://"), sid
        assert sid in mnfu.description_source, sid
    assert "president.gov.ua" in src["ua-president-paris-2026"].url
    target = mnfu.force.target_troops
    # the aggregators stay beside the new sources
    assert {"paris-2026-size", "paris-2026-particle", "times-15000"} <= set(target.source)
    assert "15,000" in (src["times-15000"].quote or "")
    assert {"liga-paris-text", "pm-remarks-paris-2026"} <= set(mnfu.us_backstop.source)


def test_syrskyis_line_length_has_an_id_that_says_what_it_is(plans: dict[str, Any]) -> None:
    mnfu = plans["mnf-u-2026"]
    line = mnfu.monitoring.band.line_length
    assert "geodata" not in line.source and "liga-syrskyi-1218" in line.source
    src = _sources(mnfu)["liga-syrskyi-1218"]
    # the same document europe-2025 cites as `geodata`
    assert src.url == _sources(plans["europe-2025"])["geodata"].url
    assert "active hostilities" in (src.quote or "")
    # the two ends are different measures, and the note says so
    assert "different measures" in (line.note or "") and "whole" in (line.note or "")


@pytest.mark.parametrize("name", ("coalition-2025-09", "mnf-u-2026"))
def test_the_black_sea_tasks_assume_passage_of_the_straits(plans: dict[str, Any], name: str) -> None:
    scn = plans[name]
    src = _sources(scn)
    for sid in ("turkiye-straits-2022", "turkiye-minehunters-2024"):
        assert src[sid].url and src[sid].quote, sid
    escort = _task(scn, "escort-corridor")
    assert escort.non_littoral
    assert {"turkiye-straits-2022", "turkiye-minehunters-2024"} <= set(escort.transit.source)
    assert "ASSUMES" in (escort.transit.assumption or "")
    mcm = _task(scn, "mcm-odesa")
    assert {"turkiye-straits-2022", "turkiye-minehunters-2024"} <= set(mcm.ships.source)
    assert "ASSUMES" in (mcm.ships.assumption or "")


def test_the_minehunters_home_is_an_air_base_standing_in_for_constanta(plans: dict[str, Any]) -> None:
    theatre = load_theatre(plans["coalition-2025-09"].theatre)
    places = [(p.id, p.name) for p in (*theatre.sites, *theatre.airbases)]
    assert places and not any("constan" in f"{i} {n}".lower() for i, n in places)  # no port to name
    assert "Kogălniceanu" in theatre.airbase("LRCK").name  # an air base, not a port
    mcm = _task(plans["coalition-2025-09"], "mcm-odesa")
    assert mcm.home == "LRCK" and "Constanța" in (mcm.speed.note or "")


def test_the_us_backstop_note_no_longer_calls_no_tankers_an_exception(plans: dict[str, Any]) -> None:
    assert not plans["europe-2025"].us_backstop.tanker  # europe-2025 had no US tankers either
    note = plans["coalition-2025-09"].us_backstop.assumption or ""
    assert "and no US tankers are counted on" not in note
    assert "none of which europe-2025 counted either" in note
