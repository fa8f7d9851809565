"""Review s37 6: a percentile that runs off the top of the time histograms is "beyond the
histogram's range (> N h)", not "never reached" (a huge violation rate queued calls for longer
than the histograms hold, and the median read "more than half never reached" beside 0.7% never
reached)."""

from __future__ import annotations

import numpy as np
from reference_scenarios import erlang_pool, overloaded

from reassure.models.incidents.engine import run_incidents
from reassure.models.incidents.summary import HIST_TOP_H
from reassure.run.section_incidents import percentile_text


def _queued_past_the_top() -> dict:
    # one unit, ten calls an hour, each holding it 100,000 h: the 240 calls of the day queue for
    # up to 24 million hours, every one answered in the end (no max wait)
    model = erlang_pool(servers=1, arrivals_per_h=10.0, service_h=1e5, horizon_days=1)
    return run_incidents(model, 4, seed=1).to_dict()


def test_a_median_off_the_histogram_is_marked_beyond_its_range_not_never_reached() -> None:
    r = _queued_past_the_top()
    assert r["unreached_fraction"]["value"] == 0.0  # every incident was reached
    for key in ("incident_respond_h", "respond_h", "report_to_scene_h"):
        p50 = r[key]["p50"]
        assert p50["value"] is None and p50["beyond_h"] == HIST_TOP_H == 2.0**20, (key, p50)
        assert r[key]["p90"]["beyond_h"] == HIST_TOP_H
    # what the section shows for it: a distinct marker, with the range named
    assert percentile_text(r["incident_respond_h"]["p50"]) == "> 1,048,576"


def test_never_reached_stays_never_reached_and_finite_percentiles_carry_no_marker() -> None:
    r = run_incidents(overloaded(), 20, seed=3).to_dict()
    for key in ("incident_respond_h", "respond_h", "report_to_scene_h", "detect_h"):
        for q in ("p50", "p90"):
            assert "beyond_h" not in r[key][q], (key, q)
    # an incident model where more than a tenth are never reached: its p90 is None, unmarked
    never = r["unreached_fraction"]["value"]
    if never > 0.1:
        assert r["incident_respond_h"]["p90"]["value"] is None
        assert "beyond_h" not in r["incident_respond_h"]["p90"]
    assert percentile_text(r["detect_h"]["p50"]) is None
    assert np.isfinite(r["detect_h"]["p50"]["value"])
