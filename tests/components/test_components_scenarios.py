"""The 2025-26 plans, the [air_policing] and [maritime] sections, their bridges, report sections and bad input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from reassure.bridge.air import air_input
from reassure.bridge.maritime import maritime_input
from reassure.present.compare import comparison_rows
from reassure.spec import load_scenario, walk_provenanced

from .conftest import section_of

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def mnfu():  # type: ignore[no-untyped-def]
    return load_scenario("mnf-u-2026")


@pytest.fixture(scope="module")
def sept():  # type: ignore[no-untyped-def]
    return load_scenario("coalition-2025-09")


def test_mnfu_carries_the_paris_declaration_figures(mnfu) -> None:  # type: ignore[no-untyped-def]
    t = mnfu.force.target_troops
    assert (t.low, t.high) == (15000, 30000)
    by = {c.nation: c for c in mnfu.contributors}
    assert by["FRA"].pledge_troops.high == 6000
    assert by["DEU"].status == "ruled-out" and by["DEU"].p_join.nominal == 0
    assert by["GBR"].status == "conditional-parliament"
    b = mnfu.us_backstop
    assert b.isr and not (b.air_defence or b.air_support or b.airlift or b.tanker or b.logistics)
    assert mnfu.air_policing is not None and mnfu.maritime is not None


def test_every_new_source_is_locatable_by_address(mnfu) -> None:  # type: ignore[no-untyped-def]
    cited = {sid for path, item in walk_provenanced(mnfu) if path.startswith(("air_policing", "maritime", "force.target"))
             for sid in item.source}
    sources = {s.id: s for s in mnfu.sources}
    for sid in cited:
        assert sid in sources
        assert sources[sid].url or sources[sid].file, sid
    own = [s for s in mnfu.sources if s.id in {"paris-2026-size", "menafn-fra-6000", "liga-merz", "ft-us-monitoring",
                                               "skyshield", "mcm-globaldefense", "montreux-mfa", "rn-rule-of-three"}]
    assert len(own) == 8 and all(s.url and s.url.startswith("http") for s in own)


def test_bridge_distances_match_the_geodata_table(sept) -> None:  # type: ignore[no-untyped-def]
    inp = air_input(sept)
    assert inp is not None
    transit = {s.id: s.transit_km for s in inp.stations}
    # geodata.md §6: Rzeszow-Jasionka to Kyiv 605 km, Mihail Kogalniceanu to Odesa 294 km
    assert transit["cap-kyiv"] == pytest.approx(605, rel=0.01)
    assert transit["cap-odesa"] == pytest.approx(294, rel=0.01)
    m = maritime_input(sept)
    assert m is not None
    assert {t.id: t.non_littoral for t in m.tasks} == {"mcm-odesa": False, "escort-corridor": True}


def test_air_section_with_and_without_us(mnfu) -> None:  # type: ignore[no-untyped-def]
    s = section_of("air_policing", mnfu)
    assert s.name == "air"
    fig = {f.key: f for f in s.figures}
    # s50: mnf-u-2026's AEW orbit is NATO's multinational E-3 fleet's, tied to US air defence,
    # which the plan does not have: Europe flies every station, with or without the US backstop
    assert fig["us_aircraft"].with_us == 0 and fig["us_aircraft"].without_us == 0
    assert fig["aircraft_needed"].without_us == fig["aircraft_needed"].with_us
    # no tankers in the plan: refuelling would cut the fleet
    assert fig["aircraft_needed_other_tanker_case"].with_us < fig["aircraft_needed"].with_us
    q = {v.question: v for v in s.verdicts}
    offered = q["Do the fighters the plan counts as committed cover the air stations' need?"]
    assert offered.with_us is False  # tens of aircraft against Northwood's 18-35
    assert all(f.refs for f in s.figures)


def test_maritime_section_and_the_mcm_group(mnfu) -> None:  # type: ignore[no-untyped-def]
    s = section_of("maritime", mnfu)
    q = {v.question: v for v in s.verdicts}
    mcm = q["Does the existing MCM Black Sea group alone keep the mine-countermeasures task on station?"]
    assert mcm.with_us is False and "% of the need" in mcm.detail
    fig = {f.key: f for f in s.figures}
    assert fig["ships_needed"].with_us >= 3 * 5  # rule of three over 5 ships on station
    assert fig["capital_cost_eur_m"].with_us > 0


def test_plans_without_the_sections_give_no_sections_and_compare_has_rows(mnfu) -> None:  # type: ignore[no-untyped-def]
    europe = load_scenario("europe-2025")
    assert section_of("air_policing", europe) is None and section_of("maritime", europe) is None
    plans = [SimpleNamespace(scenario=sc, verdicts=(), sections=tuple(
        s for s in (section_of("air_policing", sc), section_of("maritime", sc)) if s is not None))
             for sc in (mnfu, europe)]
    rows = {r["key"]: r for r in comparison_rows(plans)}
    assert rows["air.aircraft_needed"]["values"][0] > 0 and rows["air.aircraft_needed"]["values"][1] is None
    assert "maritime.ships_needed" in rows


def _validate(tmp_path: Path, body: str) -> subprocess.CompletedProcess[str]:
    f = tmp_path / "bad.toml"
    f.write_text('schema = 1\nname = "bad"\ntitle = "bad"\nextends = "coalition-2025-09"\n' + body)
    return subprocess.run([sys.executable, "-m", "reassure.cli", "validate", str(f)],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(("body", "expected"), [
    ('[[air_policing.stations]]\nid = "cap-kyiv"\nbase = "EPRX"\n', ("air_policing.stations[cap-kyiv].base", "EPRX")),
    ('[[air_policing.stations]]\nid = "x"\nkind = "qra"\nplatform = "f16"\nbase = "EPRZ"\n'
     'aircraft = { value = 2, unit = "aircraft", assumption = "x (for a test)" }\n', ("needs alert_ratio",)),
    ('[[air_policing.stations]]\nid = "cap-kyiv"\nplatform = "mig29"\n', ("air_policing.stations[cap-kyiv].platform must name one of air_policing.platforms", "(got 'mig29')")),
    ('[[maritime.tasks]]\nid = "mcm-odesa"\nstation = "atlantis"\n', ("maritime.tasks[mcm-odesa].station", "atlantis")),
    ('[air_policing]\neur_per_usd = { value = 0, unit = "ratio", assumption = "x (for a test)" }\n', ("eur_per_usd", "must be > 0")),
])
def test_bad_input_is_one_clear_line(tmp_path: Path, body: str, expected: tuple[str, ...]) -> None:
    proc = _validate(tmp_path, body)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    for text in expected:
        assert text in proc.stderr, proc.stderr


def test_costs_section_totals_the_parts_and_keeps_capital_apart(mnfu) -> None:  # type: ignore[no-untyped-def]
    s = section_of("costs", mnfu)
    fig = {f.key: f for f in s.figures}
    rows = s.tables[0].rows
    assert [r[0] for r in rows][:3] == ["troops (force generation)", "air component", "maritime component"]
    assert any(str(r[0]).startswith("air-defence") for r in rows)
    assert fig["total_per_year_low_eur_m"].with_us == pytest.approx(sum(float(r[1]) for r in rows), abs=0.5)
    assert fig["total_per_year_high_eur_m"].with_us == pytest.approx(sum(float(r[2]) for r in rows), abs=0.5)
    # Patriot O&S $49-54m a battalion-year x 2 at EUR 0.85-0.95 per USD
    ad = next(r for r in rows if str(r[0]).startswith("air-defence"))
    assert (ad[1], ad[2]) == (pytest.approx(98 * 0.85, abs=0.1), pytest.approx(108 * 0.95, abs=0.1))
    # capital is the frigates' purchase cost only, never in the yearly total
    assert fig["capital_eur_m"].with_us == pytest.approx(fig["capital_eur_m"].without_us)
    assert fig["capital_eur_m"].with_us > 0
    assert not s.warnings
    assert section_of("costs", load_scenario("europe-2025")) is None


def test_a_usd_cost_without_a_rate_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "bad.toml"
    f.write_text('schema = 1\nname = "bad"\ntitle = "bad"\nextends = "europe-2025"\n[costs]\n[[costs.items]]\n'
                 'id = "x"\nwhat = "x"\nper_year = { value = 1, unit = "USD million/year", assumption = "x (for a test)" }\n')
    proc = subprocess.run([sys.executable, "-m", "reassure.cli", "validate", str(f)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "costs" in proc.stderr and "a USD cost needs `eur_per_usd`" in proc.stderr


def _line_after(lines: list[str], anchor: str, startswith: str) -> int:
    """1-based number of the first line starting with ``startswith`` after the line ``anchor``
    (found by content: source records added above them move the numbers)."""
    start = lines.index(anchor)
    return next(k for k in range(start, len(lines)) if lines[k].startswith(startswith)) + 1


@pytest.mark.parametrize(
    ("case", "old", "new", "field"),
    [
        ("station", '"f16"', '"f17"', "air_policing.stations[cap-west].platform"),
        # (s50: the Typhoon's cost is in USD too, on the F-16's basis, and comes first)
        ("rate", "eur_per_usd", "#eur_per_usd", "air_policing.platforms[typhoon].cost_per_flight_hour"),
    ],
)
def test_a_cross_check_points_at_the_item_line_not_the_section(
    tmp_path: Path, case: str, old: str, new: str, field: str
) -> None:
    """A check across items (a station's platform, a cost's currency) names the item's own field
    and line, so the analyst is sent to the line to fix, not to the `[air_policing]` header."""
    from reassure.errors import ScenarioError
    from reassure.spec import load_scenario

    lines = (Path(__file__).parents[2] / "scenarios" / "coalition-2025-09.toml").read_text().splitlines()
    station = _line_after(lines, 'id = "cap-west"', "platform = ")
    usd_cost = _line_after(lines, 'id = "typhoon"', "cost_per_flight_hour = ")
    rate = _line_after(lines, "[air_policing]", "eur_per_usd = ")
    line_no = station if case == "station" else rate
    assert old in lines[line_no - 1]
    lines[line_no - 1] = lines[line_no - 1].replace(old, new, 1)
    bad = tmp_path / "bad.toml"
    bad.write_text("\n".join(lines) + "\n")
    with pytest.raises(ScenarioError) as err:
        load_scenario(bad)
    text = str(err.value)
    assert field in text, text
    wanted = station if case == "station" else usd_cost  # the first USD cost's line
    assert f"bad.toml:{wanted}:" in text, text
