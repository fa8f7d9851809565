"""A figure's footnote lists only parameters the plan has (review s15): a plan without a
`[monitoring.band]` had its coverage, revisit and detection figures footnoted with
`monitoring.band.line_length`, `.depth` and `.attrition`, fields it does not set."""

from __future__ import annotations

from types import SimpleNamespace as N

import pytest

from reassure.run.section_monitoring import SENSING_REFS, sensing_refs
from reassure.spec import load_scenario

from .conftest import section_of


def test_the_band_fields_are_read_only_where_the_plan_has_a_band() -> None:
    with_band = sensing_refs(N(monitoring=N(band=object())))
    assert with_band == SENSING_REFS
    without = sensing_refs(N(monitoring=N(band=None)))
    assert not any(r.startswith("monitoring.band") for r in without)
    assert set(without) == {r for r in SENSING_REFS if not r.startswith("monitoring.band")}


@pytest.mark.parametrize("capability", ["monitoring", "incidents"])
def test_no_figure_of_a_plan_without_a_band_cites_the_band(capability: str) -> None:
    e = load_scenario("europe-2025")
    no_band = e.model_copy(update={"monitoring": e.monitoring.model_copy(update={"band": None})})
    s = section_of(capability, no_band)
    cited = {r for f in s.figures for r in f.refs if r.startswith("monitoring.band")}
    assert cited == set()
    # the plan with its band still cites it where the figures read it
    s = section_of(capability, e)
    assert any(r.startswith("monitoring.band") for f in s.figures for r in f.refs)
