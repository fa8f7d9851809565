"""s40: incidents at a site the force cannot protect (occupied Zaporizhzhia NPP) call for no unit.

Strikes land on the plan's sites by weight, so 38% of europe-2025's fell on the Russian-held
plant, 0.5 km from the line, and each drew a QRF or aircraft across the line (never in time:
the fastest is 1.2 h). The posture already leaves the plant out of the covered share; now the
incident model puts it in a sector of its own whose incidents are counted (and seen when
self-reported) but are no call, so they are in no share of calls or of incidents needing a
response.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from reference_scenarios import tiers_and_regimes

from reassure.errors import ModelError
from reassure.models.incidents import LineCells
from reassure.models.incidents.engine import run_incidents, simulate_replication
from reassure.run.pipeline import build_inputs
from reassure.spec import load_scenario


def _masked(model, answerable):
    c = model.cells
    return replace(model, cells=LineCells(c.position_km, c.length_km, c.sector, c.sector_names,
                                          answerable=answerable))


def test_answerable_needs_one_value_per_sector() -> None:
    c = tiers_and_regimes().cells
    with pytest.raises(ModelError, match="one value per sector"):
        LineCells(c.position_km, c.length_km, c.sector, c.sector_names, answerable=[True])


def test_a_sector_no_unit_is_sent_to_has_no_calls_but_keeps_its_incidents() -> None:
    model = tiers_and_regimes()
    masked = _masked(model, [True, False])
    every, kept = simulate_replication(model, 7), simulate_replication(masked, 7)
    # the same incidents, detected alike: only whether they are calls differs
    assert np.array_equal(every.type, kept.type) and np.array_equal(every.cell, kept.cell)
    assert np.array_equal(every.detected, kept.detected)
    far = kept.sector == 1
    assert every.requested[far].any()  # the unmasked model does send units there
    assert not kept.requested[far].any() and not kept.answered[far].any()
    assert np.array_equal(kept.requested[~far], every.requested[~far])


def test_the_summary_leaves_the_sector_out_of_every_share_of_calls() -> None:
    model = tiers_and_regimes()
    every, kept = run_incidents(model, 20, seed=3), run_incidents(_masked(model, [True, False]), 20, seed=3)
    assert kept.incidents_per_day.value == every.incidents_per_day.value
    assert kept.detected_fraction.value == every.detected_fraction.value
    far = kept.sectors[1]
    assert far.incidents_per_day.value > 0
    assert far.within_threshold_fraction.value is None or np.isnan(far.within_threshold_fraction.value)
    assert every.sectors[1].within_threshold_fraction.value is not None


@pytest.fixture(scope="module")
def europe_inputs():
    return build_inputs("incidents", load_scenario("europe-2025"), runs=5)


def test_occupied_zaporizhzhia_is_its_own_sector_and_the_strike_rate_is_shared_by_weight(europe_inputs) -> None:
    inp = europe_inputs.with_us
    cells = inp.model.cells
    names = list(cells.sector_names)
    sites, far = names.index("protected sites"), names.index("sites the force cannot protect")
    assert cells.answerable[sites] and not cells.answerable[far]
    assert inp.beyond_reach_sites == ("znpp",)
    assert "znpp" in inp.sites
    # the scenario's site strike rate (4 a day while breaking down) split by the site weights:
    # ZNPP 5,700 of 15,095 (the four other sites in the plan weigh 9,395)
    strike = list(inp.model.types.names).index("strike")
    rates = inp.model.rates.rate_per_day[:, strike, :]
    breaking = list(inp.model.rates.regimes.names).index("breaking_down")
    assert rates[breaking, sites] + rates[breaking, far] == pytest.approx(4.0)
    assert rates[breaking, far] / 4.0 == pytest.approx(5700 / (5700 + 9395), rel=1e-9)
    assert any("cannot protect: Zaporizhzhia NPP" in n for n in inp.notes)


def test_the_report_gives_the_protected_sites_their_own_figures() -> None:
    import reassure

    a = reassure.assess("europe-2025", runs=3, sensitivity=False)
    section = next(s for s in a.sections if s.name == "incidents")
    figures = {f.key: f for f in section.figures}
    sites = figures["sites_within_threshold_pct"]
    assert "not counting Zaporizhzhia NPP (Enerhodar), which the force cannot protect" in sites.label
    assert 0.0 < sites.with_us <= 100.0
    far = figures["beyond_reach_per_day"]
    assert far.with_us == far.without_us > 0  # the same incidents on both sides
    chart = next(c for c in section.charts if c.id == "sector-within")
    assert "protected sites" in chart.labels and "sites the force cannot protect" not in chart.labels
    assert any("fall on sites the force cannot protect" in w for w in (*section.warnings, *section.notes))


def test_an_experiments_outcome_labels_do_not_name_the_base_plans_unprotectable_sites() -> None:
    import reassure
    from reassure.run.explore.figures import without_base_plan

    a = reassure.assess("europe-2025", runs=2, sensitivity=False)
    section = next(s for s in a.sections if s.name == "incidents")
    labels = {f.key: without_base_plan(f.label) for f in section.figures}
    for key in ("sites_within_threshold_pct", "beyond_reach_per_day"):
        assert "Zaporizhzhia" not in labels[key] and "sites the force cannot protect" in labels[key], labels[key]
