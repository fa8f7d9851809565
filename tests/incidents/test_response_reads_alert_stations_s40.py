"""s40 (a reviewer's new plans): the response times and the plants verdict counted only `[air]`
fighter bases, while the incident model also fields the air-policing alert (QRA) pairs, so two
sections of one report disagreed: ukraine-request without the US gave South Ukraine NPP 58 min
(a Typhoon from Rzeszow) while the F-16 alert pair at Mihail Kogalniceanu answers incidents there
in about 44 min. Both now read the same stations (`bridge.air.alert_stations`)."""

from __future__ import annotations

import numpy as np
import pytest

from reassure.run.pipeline import build_inputs, run_capability
from reassure.spec import load_scenario


@pytest.fixture(scope="module")
def ukraine_request():
    scn = load_scenario("ukraine-request")
    return run_capability("response", scn), build_inputs("incidents", scn, runs=2)


def test_the_response_times_count_the_alert_stations(ukraine_request) -> None:
    response, _ = ukraine_request
    assert "qra-romania@LRCK" in response.inputs.with_us.units.ids
    assert "qra-romania@LRCK" in response.inputs.without_us.units.ids
    rows = {r["site"]: r for r in response.without_us.sites.records(with_us=False)}
    south = rows["south-ukraine-npp"]
    assert south["air_unit"] == "qra-romania@LRCK"
    assert south["fastest"] * 60 < 50  # 44 min; 58 min when only the Typhoon at EPRZ counted


def test_both_sections_time_the_alert_pair_alike(ukraine_request) -> None:
    response, incidents = ukraine_request
    units = response.inputs.without_us.units
    model = incidents.without_us.model
    sites = list(incidents.without_us.sites)
    # the incident model's site cells come after the line cells, in its sites' order
    cell = incidents.without_us.n_line_cells + sites.index("south-ukraine-npp")
    k = list(model.units.names).index("qra-romania@LRCK")
    rows = {r["site"]: r for r in response.without_us.sites.records(with_us=False)}
    assert model.units.response_h[k, cell] == pytest.approx(rows["south-ukraine-npp"]["air"], rel=1e-9)
    # and a station that is an [air] fighter base already is not counted twice
    assert units.ids.count("typhoon@EPRZ") == 1


def test_a_plan_without_air_policing_is_timed_as_before() -> None:
    response = run_capability("response", load_scenario("europe-2025"))
    assert not any(i.startswith("qra") for i in response.inputs.with_us.units.ids)
    rows = {r["site"]: r for r in response.without_us.sites.records(with_us=False)}
    assert np.isclose(rows["south-ukraine-npp"]["fastest"] * 60, 58, atol=1)


def test_respond_lists_the_alert_station_with_its_scramble_reach(run_cli) -> None:  # noqa: ANN001
    done = run_cli("respond", "ukraine-request", env={"COLUMNS": "200"})
    assert done.exit_code == 0, done.stderr
    assert "air responders (fighter bases and air-policing alert stations; 2 without US)" in done.stdout
    assert "alert station qra-romania (f16) at LRCK (ROU): scramble reach" in done.stdout
    plain = run_cli("respond", "europe-2025", env={"COLUMNS": "200"})
    assert "alert station" not in plain.stdout and "air responders (1 without US)" in plain.stdout
