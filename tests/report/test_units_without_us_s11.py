"""The response-units table's "without the US backstop" column (review s11: every ground QRF read
"n/a" there while the verdict named one of them as the busiest unit without the US)."""

from __future__ import annotations

import pytest

import reassure


@pytest.fixture(scope="module")
def units_table() -> tuple:
    a = reassure.assess("europe-2025", runs=2, seed=1, sensitivity=False)
    section = next(s for s in a.sections if s.name == "incidents")
    return next(t for t in section.tables if t.id == "units")


def test_every_unit_of_the_plan_has_a_figure_or_says_it_is_not_fielded(units_table) -> None:
    cols = list(units_table.columns)
    name, alone = cols.index("unit"), cols.index("utilisation_without_us_pct")
    rows = {r[name]: r[alone] for r in units_table.rows}
    ground = {n: v for n, v in rows.items() if n.startswith("qrf@")}
    assert ground and all(v is not None for v in ground.values()), ground
    # a site's first QRF is the one the force still mans without the US: a share of the days
    # simulated, in per cent (review s65 4)
    firsts = [v for n, v in ground.items() if n.endswith("#1")]
    assert firsts and all(isinstance(v, float) and 0.0 <= v <= 100.0 for v in firsts), firsts
    # the second one at a site is not there without the US, and the table says so
    assert all(v == "not fielded" for n, v in ground.items() if n.endswith("#2"))
    # US aircraft are not fielded without the US backstop
    us = cols.index("US")
    assert all(r[alone] == "not fielded" for r in units_table.rows if r[us] is True)
