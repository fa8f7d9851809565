"""review s40: one value printed as a range ("600 km (600-600 km)"); the monitoring band's
geometry said "band of the reported length 1,100 km (1,100-1,100 km; ...)" for a plan giving one
length, and "depth 12 km (12-12 km)" for one depth."""

from __future__ import annotations

import reassure
from reassure.bridge.monitoring import monitoring_inputs


def test_a_band_of_one_length_and_depth_is_said_once() -> None:
    plan = reassure.load_scenario("europe-2025")
    ranged = monitoring_inputs(plan)["grid"].geometry
    assert "1,100 km (1,000-1,200 km; trace 977 km, of which 76 km along the state border, stretched) and depth 12.5 km (10-15 km)" in ranged
    one = plan.with_overrides({"monitoring.band.line_length": 1100, "monitoring.band.depth": 12},
                              assumption="one length and one depth, a test")
    said = monitoring_inputs(one)["grid"].geometry
    assert said == "band of the reported length 1,100 km (trace 977 km, of which 76 km along the state border, stretched) and depth 12 km"
