"""A capital cost given as a price range is shown as one number, its midpoint; the label must say
so (review s15: coalition-2025-09's frigates, USD 870-1,200 million each, read "EUR 6,580
million" with nothing to say that the range runs from about 5,200 to 8,000)."""

from __future__ import annotations

import pytest

from reassure.spec import load_scenario

from .conftest import section_of


@pytest.mark.parametrize(("capability", "key"), [("maritime", "capital_cost_eur_m"),
                                                 ("costs", "capital_eur_m")])
def test_a_capital_cost_from_a_price_range_is_labelled_a_midpoint(capability: str, key: str) -> None:
    scn = load_scenario("coalition-2025-09")
    fig = {f.key: f for f in section_of(capability, scn).figures}[key]
    assert "midpoint" in fig.label and "not in the yearly cost" in fig.label
    # and it is the midpoint: a whole number of frigates x the midpoint of price x exchange rate
    # (the ends of the range would give another multiple)
    frigates = next(t for t in scn.maritime.tasks if t.capital_cost is not None)
    rate = scn.maritime.eur_per_usd
    per_ship = (frigates.capital_cost.low * rate.low + frigates.capital_cost.high * rate.high) / 2
    ships = fig.with_us / per_ship
    assert ships >= frigates.ships.high and ships == pytest.approx(round(ships), abs=1e-3)
