"""Review s51: the air section's committed-fighters verdict and the 2012 cost-per-hour dollars.

1. "Do the fighters the plan counts as committed cover the air stations' need?" compared every
   aircraft Europe must field, the early-warning orbit's E-3s included, with
   `air_policing.committed_aircraft`, a count of FIGHTERS (Northwood's 18-35). It now holds the
   fighters of the patrol and alert stations (`AirResult.fighters_needed`) against it, and its
   why names what it leaves out.
2. The IHS Jane's 2012 costs per flying hour (the Typhoon's USD 18,000, the F-16's USD 7,000) were
   2012 dollars converted at 2024-25 exchange rates; they are now stated in 2024 dollars with the
   BLS CPI-U annual averages (313.689 / 229.594), sourced.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from reassure.bridge.air import air_input
from reassure.models.air import FIGHTER_KINDS, AirInput, AirPlatform, AirStation, assess_air
from reassure.run.section_air import AIR_COMMITTED_QUESTION
from reassure.spec import load_scenario

REPO = Path(__file__).resolve().parents[2]
AIR_PLANS = ("coalition-2025-09", "ukraine-request")  # the files that give the air costs (mnf-u-2026 inherits)
CPI_2012, CPI_2024 = 229.594, 313.689  # BLS CPI-U annual averages, 1982-84=100 (bls-cpi-2012, bls-cpi-2024)


def _section(scenario: Any) -> Any:
    from reassure.run.capabilities import registry
    from reassure.run.capability import Context
    from reassure.run.pipeline import run_capabilities

    caps = registry(runs=2, draws=300)
    done = run_capabilities(scenario, caps, ["air_policing"])
    return caps["air_policing"].section(done["air_policing"], Context(scenario, {}, done))


def _verdict(section: Any) -> Any:
    return next(v for v in section.verdicts if v.question == AIR_COMMITTED_QUESTION)


def _figure(section: Any, key: str) -> Any:
    return next(f for f in section.figures if f.key == key)


# ---------------------------------------------------------------------------------------------
# 1. fighters against fighters


def _platform(pid: str) -> AirPlatform:
    return AirPlatform(id=pid, cruise_speed_kmh=900.0, sortie_h=3.0, tanked_sortie_h=6.0, ground_time_h=3.0,
                       availability_fraction=0.75, crews_per_aircraft=1.25,
                       cost_per_flight_hour_eur_low=6000.0, cost_per_flight_hour_eur_high=9000.0)


def test_the_model_counts_the_fighter_stations_apart_from_the_early_warning_orbit() -> None:
    stations = (
        AirStation(id="cap", kind="cap", platform="f16", base="B", transit_km=300.0, aircraft_on_station=2.0),
        AirStation(id="qra", kind="qra", platform="f16", base="B", transit_km=100.0, aircraft_on_station=2.0,
                   scrambles_per_day=1.0, scramble_sortie_h=1.5),
        AirStation(id="aew", kind="aew", platform="e3", base="B", transit_km=150.0, aircraft_on_station=1.0),
        AirStation(id="us-cap", kind="cap", platform="f16", base="B", transit_km=300.0, aircraft_on_station=2.0,
                   us=True),
    )
    r = assess_air(AirInput(stations, (_platform("f16"), _platform("e3")), tankers=False))
    need = {s.id: s.aircraft_needed for s in r.stations}
    assert need["aew"] > 0 and need["us-cap"] > 0
    assert r.fighters_needed == need["cap"] + need["qra"]  # the US's patrol is not Europe's
    assert r.aircraft_needed == need["cap"] + need["qra"] + need["aew"]  # unchanged: every European station
    assert r.to_dict()["fighters_needed"] == r.fighters_needed
    assert FIGHTER_KINDS == {"cap", "qra"}


@pytest.fixture(scope="module")
def mnfu() -> Any:
    return load_scenario("mnf-u-2026")


def test_the_verdict_holds_fighters_against_the_committed_fighters(mnfu: Any) -> None:
    """With 85 fighters committed, mnf-u-2026's 82 fighters are covered: the old verdict held its
    90 aircraft (the 8 E-3s of the early-warning orbit among them) against the 85 and said no."""
    plan = mnfu.with_overrides({"air_policing.committed_aircraft": (18, 85)},
                               assumption="review s51: a committed figure between the fighters and all aircraft")
    s = _section(plan)
    v = _verdict(s)
    assert (v.with_us, v.without_us) == (True, True)
    assert (_figure(s, "aircraft_needed").with_us, _figure(s, "fighters_needed").with_us) == (90, 82)
    # one fighter short of the need: no
    short = _verdict(_section(mnfu.with_overrides({"air_policing.committed_aircraft": (18, 81)},
                                                  assumption="review s51: one fighter short of the need")))
    assert (short.with_us, short.without_us) == (False, False)


def test_the_verdict_says_what_it_counts_and_what_it_leaves_out() -> None:
    s = _section(load_scenario("coalition-2025-09"))
    v = _verdict(s)
    assert (v.with_us, v.without_us) == (False, False)  # 82 fighters against Northwood's 18-35
    assert v.detail.startswith("fighters Europe must field for the patrol and alert stations (cap, qra; "
                               "those the US flies excluded): 82 fighters with and without the US backstop, "
                               "against at most 35 the plan counts as committed")
    # the E-3s: flown by the US while its ISR is counted, Europe's without it; named, not counted
    assert v.detail.endswith("; early-warning aircraft not counted (the committed figure counts fighters): "
                             "none of Europe's (the US flies the orbits) with the US backstop, "
                             "8 aircraft without")  # (review s51: not "0 aircraft", as if none were needed)
    assert "every station it flies, early-warning orbits included" not in v.detail
    need, fighters = _figure(s, "aircraft_needed"), _figure(s, "fighters_needed")
    assert (need.with_us, need.without_us) == (82, 90)  # the existing figure is unchanged
    assert (fighters.with_us, fighters.without_us) == (82, 82) and fighters.unit == "aircraft"
    assert "early-warning aircraft not counted" in fighters.label


# ---------------------------------------------------------------------------------------------
# 2. the 2012 dollars in the exchange rates' year


def _raw(name: str) -> dict[str, Any]:
    return tomllib.loads((REPO / "scenarios" / f"{name}.toml").read_text(encoding="utf-8"))


def _on_janes_2012_basis() -> list[tuple[str, str, dict[str, Any]]]:
    """Every cost per flight hour in scenarios/*.toml that cites the IHS Jane's 2012 study."""
    found = []
    for path in sorted((REPO / "scenarios").glob("*.toml")):
        for p in (tomllib.loads(path.read_text(encoding="utf-8")).get("air_policing") or {}).get("platforms", []):
            q = p.get("cost_per_flight_hour") or {}
            if "janes-cpfh-2012" in q.get("source", []):
                found.append((path.stem, p["id"], q))
    return found


def test_every_janes_2012_cost_is_in_2024_dollars_with_its_arithmetic() -> None:
    found = _on_janes_2012_basis()
    assert {(name, pid) for name, pid, _ in found} == {(n, p) for n in AIR_PLANS for p in ("typhoon", "f16")}
    want = {"typhoon": round(18000 * CPI_2024 / CPI_2012), "f16": round(7000 * CPI_2024 / CPI_2012)}
    assert want == {"typhoon": 24593, "f16": 9564}
    for name, pid, q in found:
        low = q.get("low", q.get("value"))
        assert low == want[pid], (name, pid)
        assert {"bls-cpi-2012", "bls-cpi-2024"} <= set(q["source"]), (name, pid)
        assert f"x {CPI_2024}/{CPI_2012}" in q["note"] and f"= USD {want[pid]:,} (2024)" in q["note"], (name, pid)
    # the F-16's high end (later reports, basis and price year not stated) is not inflated
    assert all(q["high"] == 12000 for _, pid, q in found if pid == "f16")


@pytest.mark.parametrize("name", AIR_PLANS)
def test_the_cpi_sources_quote_the_figures_used(name: str) -> None:
    src = {s.id: s for s in load_scenario(name).sources}
    for sid, figure in (("bls-cpi-2012", CPI_2012), ("bls-cpi-2024", CPI_2024)):
        s = src[sid]
        assert s.url and "bls.gov" in s.url, sid
        assert s.quote and s.quote.startswith(f"{figure:.3f}"), sid
        assert "Bureau of Labor Statistics" in s.outlet and "accessed" in (s.note or ""), sid


def test_the_mnfu_air_cost_reads_the_2024_dollars(mnfu: Any) -> None:
    """The bridge converts the inflated dollars at the plan's rates (EUR 0.85-0.95 per USD);
    mnf-u-2026 inherits the costs from coalition-2025-09."""
    inp = air_input(mnfu)
    assert inp is not None
    p = {x.id: x for x in inp.platforms}
    assert p["typhoon"].cost_per_flight_hour_eur_low == pytest.approx(24593 * 0.85)
    assert p["typhoon"].cost_per_flight_hour_eur_high == pytest.approx(24593 * 0.95)
    assert p["f16"].cost_per_flight_hour_eur_low == pytest.approx(9564 * 0.85)
    assert p["f16"].cost_per_flight_hour_eur_high == pytest.approx(12000 * 0.95)
