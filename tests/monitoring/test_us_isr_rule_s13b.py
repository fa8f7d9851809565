"""s13 review 3: a plan whose own US backstop provides no ISR counts no US sensor "as planned".

The band model (monitoring_band) credited the US commercial constellation to `no-us-backstop`
although its `us_backstop.isr` is false; the cell model already dropped it. Both now follow
`reassure.bridge._common.us_sensor_counts`, so such a plan's as-planned and without-US
monitoring figures are equal.
"""

from __future__ import annotations

import json

import pytest

from reassure import load_scenario, run_capability
from reassure.spec import list_scenarios

NO_US_ISR = [p.stem for p in list_scenarios() if not load_scenario(p.stem).us_backstop.isr]


def test_a_shipped_scenario_has_no_us_isr() -> None:
    assert "no-us-backstop" in NO_US_ISR


def _plain(data: dict) -> dict:
    return json.loads(json.dumps({k: v for k, v in data.items() if k not in ("scenario", "without_us")}))


@pytest.mark.parametrize("name", NO_US_ISR)
def test_band_figures_equal_on_both_sides_without_us_isr(name: str) -> None:
    from reassure.run.section_monitoring_band import monitoring_band_section

    plan = load_scenario(name)
    outcome = run_capability("monitoring_band", plan)
    assert outcome.inputs.with_us.fleet_ids == outcome.inputs.without_us.fleet_ids
    assert outcome.with_us == outcome.without_us
    section = monitoring_band_section(plan, outcome)
    assert section is not None
    for f in section.figures:
        assert f.with_us == f.without_us, f.key
    for v in section.verdicts:
        assert v.with_us == v.without_us, v.question


@pytest.mark.parametrize("name", NO_US_ISR)
def test_cell_monitoring_figures_equal_on_both_sides_without_us_isr(name: str) -> None:
    outcome = run_capability("monitoring", load_scenario(name))
    data = outcome.to_dict()
    with_us, without = _plain(data), _plain(data["without_us"])
    shared = set(with_us) & set(without)  # the settings are given once, at the top
    assert {"fleet", "revisit_h", "percent_satisfied", "pd_by_duration"} <= shared, sorted(shared)
    assert {k: with_us[k] for k in shared} == {k: without[k] for k in shared}


def test_no_us_backstop_satellite_figure_is_europe_2025s_without_us() -> None:
    from reassure.run.section_monitoring_band import monitoring_band_section

    def satellite(name: str) -> tuple[float, float]:
        plan = load_scenario(name)
        section = monitoring_band_section(plan, run_capability("monitoring_band", plan))
        f = next(f for f in section.figures if f.key == "p_satellite_shortest_event_pct")
        return f.with_us, f.without_us

    europe = satellite("europe-2025")
    assert europe[0] > europe[1]  # the US constellation counts where the plan has US ISR
    assert satellite("no-us-backstop") == (europe[1], europe[1])
