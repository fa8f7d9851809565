"""Review (a journalist and a scenario author) of the monitoring figures:

* "Mean revisit 0.58 h", "Worst revisit 2.9 h" and "42.7%" of the line meeting the target did not
  say the test is each 1 km cell's longest gap over the 10-day window;
* the report's sector table left out the length revisited in time that `monitor` prints;
* "UAV airframes the fleet needs: 21" is the plan's own fleet, beside "Fewest UAV airframes to
  hold the target revisit: 13" (since s38 the monitoring section's sizing, that of `monitor --size`);
* `monitor` counted losses over 25 years, the report over 30 ("24.0 airframes");
* the band table's "Airframes lost a year 0.800" is the whole 4-orbit fleet's, not the
  catalogue's per-orbit rate.
"""

from __future__ import annotations

from typing import Any

import pytest

from reassure.spec import load_scenario


def _section(name: str, scenario: Any) -> Any:
    from reassure.run.capabilities import registry
    from reassure.run.capability import Context
    from reassure.run.pipeline import run_capabilities

    caps = registry(runs=2, draws=300)
    done = run_capabilities(scenario, caps, [name])
    return caps[name].section(done[name], Context(scenario, {}, done))


@pytest.fixture(scope="module")
def monitoring() -> Any:
    return _section("monitoring", load_scenario("europe-2025"))


@pytest.fixture(scope="module")
def band() -> Any:
    return _section("monitoring_band", load_scenario("europe-2025"))


def test_revisit_labels_name_the_cell_and_the_window(monitoring: Any) -> None:
    figures = {f.key: f for f in monitoring.figures}
    assert figures["revisit_max_h"].label == (
        "Worst revisit: the longest gap between sensor passes at any 1 km cell of the line in 10 days, hours")
    assert figures["revisit_mean_h"].label == (
        "Mean revisit: the gap between sensor passes, averaged over each 1 km cell's gaps in 10 days and along "
        "the line, hours")
    share = figures["percent_satisfied"]
    # review s38 2: with jamming the share is an expectation over the outages' timing, and says so
    assert share.label == ("Share of the line whose longest gap between sensor passes in 10 days is <= 2 h, "
                           "each 1 km cell's (expected over jamming outages at random times, % of its length)")
    # compare: a label without this plan's cell, window and target, and the settings under it
    for key in ("revisit_max_h", "revisit_mean_h", "percent_satisfied"):
        f = figures[key]
        assert f.common_label and not any(ch.isdigit() for ch in f.common_label), f.common_label
        assert f.setting is not None and f.setting.text == "1 km cells; 10 days; 2 h"
    verdict = next(v for v in monitoring.verdicts if v.question.startswith("Is the line watched"))
    assert "whose longest gap between sensor passes in 10 days is within the target revisit of 2 h" in verdict.detail


def test_the_sector_table_gives_the_length_revisited_in_time(monitoring: Any) -> None:
    from reassure.run.section_monitoring import SECTOR_SATISFIED

    table = next(t for t in monitoring.tables if t.id == "sectors")
    assert table.columns[-2:] == SECTOR_SATISFIED
    data = monitoring.data
    for row, s, a in zip(table.rows, data["with_us"]["sectors"], data["without_us"]["sectors"], strict=True):
        assert row[-2:] == (s["percent_satisfied"], a["percent_satisfied"])


def test_the_plans_fleet_is_not_called_what_it_needs(monitoring: Any) -> None:
    airframes = next(f for f in monitoring.figures if f.key == "airframes")
    assert airframes.label == "UAV airframes in the plan's fleet (satellites not counted)"
    # review s38 1: the sizing is the monitoring section's (the band's headline is gone)
    fewest = next(f for f in monitoring.figures if f.key == "sized_airframes")
    assert fewest.label.startswith("Fewest UAV airframes that keep the target revisit")
    assert fewest.label.endswith("sized from the candidates, not the plan's fleet")


def test_losses_are_counted_over_the_years_monitor_counts_them(run_cli, monitoring: Any) -> None:  # noqa: ANN001
    import json

    plan = load_scenario("europe-2025")
    fleet = json.loads(run_cli("monitor", "europe-2025", "--format", "json").stdout)
    years = fleet["settings"]["horizon_years"]
    assert years == plan.horizon.to("year").nominal == 25
    figures = {f.key: f for f in monitoring.figures}
    lost, orbits = figures["sized_lost_over_horizon"], figures["sized_orbits"]
    assert "over 25 years, the middle of the plan's 20-30 year horizon" in lost.label
    assert lost.digits == 0  # whole airframes, as monitor prints its losses
    # the sized fleet (4 HALE-class orbits for the plan's jamming) at its class's 0.2 a year per
    # orbit over the same 25 years monitor counts the plan's own fleet's losses over
    assert orbits.with_us == 4
    assert lost.with_us == pytest.approx(0.2 * 4 * 25)
    assert lost.setting is not None and lost.setting.text == "25 years"


def test_the_band_tables_yearly_losses_are_the_whole_fleets(band: Any) -> None:
    from reassure.run.section_monitoring_band import LOST_A_YEAR

    table = next(t for t in band.tables if t.id == "band-classes")
    assert "lost_per_year" not in table.columns and LOST_A_YEAR in table.columns
    assert "whole sized fleet" in LOST_A_YEAR
    col = table.columns.index(LOST_A_YEAR)
    male = next(r for r in table.rows if str(r[0]).startswith("male-uav"))
    orbits_high = int(str(male[table.columns.index("orbits")]).split("-")[-1])
    assert male[col] == pytest.approx(0.2 * orbits_high)  # 0.2 per orbit-year (catalogue) x the orbits
