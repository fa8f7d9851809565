"""Review s34 (validation): the cell model applied the scenario's per-class attrition (per orbit
and year) 365.25 times too small, read as per day after a change to canonical units; the band
model and the cell model must lose the same airframes for the same rate."""

from __future__ import annotations

import pytest

import reassure
from reassure.spec import load_scenario


@pytest.mark.parametrize("name", ["coalition-2025-09", "mnf-u-2026"])
def test_the_cell_model_loses_what_the_scenarios_rate_says(name: str) -> None:
    scenario = load_scenario(name)
    rate = scenario.monitoring.band.attrition["male-uav"].in_("1/year")  # per orbit-year
    years = scenario.horizon.in_("year")
    fleet = reassure.run_capability("monitoring", name).to_dict()["fleet"]
    male = [f for f in fleet if f["id"].endswith("male")]
    assert male
    for f in male:
        assert f["attrition_over_horizon"] == pytest.approx(f["orbits"] * rate * years, rel=1e-9)
    assert rate == pytest.approx(0.2)  # the MQ-9-class nominal, 0.12-0.28 (docs/validation.md)
