"""The sites' share in time can sit on the threshold's edge: the notes say so (session 55).

europe-2025's garrison QRFs are on scene at their one hour's notice, exactly its 1 h response
threshold; at 55 min the sites' share in time fell from 95 % to 70 % (docs/models/incidents.md,
Limits). The note names the edge when in-theatre units are on scene at a protected site within a
tenth of the threshold, and is absent when no unit is near it.
"""

from __future__ import annotations

from reassure import load_scenario
from reassure.run.pipeline import build_inputs

WHY = "test: a threshold far from every unit's on-scene time at the sites"


def _edge_notes(scenario) -> list[str]:
    paired = build_inputs("incidents", scenario, runs=2)
    return [n for n in paired.with_us.notes if "within a tenth of the response threshold" in n]


def test_europe_2025_names_the_edge_with_the_units_and_times() -> None:
    (note,) = _edge_notes(load_scenario("europe-2025"))
    assert note.startswith("at 5 of the 5 protected sites, some in-theatre units (air, ground qrf, helicopter)")
    assert "when the faster units are busy" in note
    assert "58 min to 1 h 1 min after a call" in note and "(1 h)" in note
    assert "incidents.response_threshold" in note


def test_no_note_when_no_unit_is_near_the_threshold() -> None:
    far = load_scenario("europe-2025").with_overrides({"incidents.response_threshold": "3 h"}, assumption=WHY)
    assert _edge_notes(far) == []
