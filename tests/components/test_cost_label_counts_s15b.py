"""The whole-plan cost label lists only what it counts (review s15b 1: a plan without `[costs]`
read "(troops, land enablers, air, maritime)" though no land enabler was costed), the `[costs]`
items by name, then what it leaves out (s52: ISR and logistics were priced nowhere, unsaid)."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reassure.spec import load_scenario

from .conftest import section_of

_BASE = load_scenario("mnf-u-2026")
_PARTS = {"costs": "land enablers (air-defence)", "air_policing": "air", "maritime": "maritime"}


def _without(names: frozenset[str]) -> Any:
    return _BASE.model_copy(update=dict.fromkeys(names))


@settings(max_examples=7, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.frozensets(st.sampled_from(sorted(_PARTS)), max_size=2))
def test_the_cost_total_label_names_only_the_parts_counted(dropped: frozenset[str]) -> None:
    sec = section_of("costs", _without(dropped))
    figs = {f.key: f for f in sec.figures}
    for key in ("total_per_year_low_eur_m", "total_per_year_high_eur_m"):
        label = figs[key].label
        counts, _, left = label[label.index("(") + 1:label.rindex(")")].partition("; not counted: ")
        inside = counts.split(", ")
        assert inside[0] == "troops"
        assert set(inside[1:]) == {w for n, w in _PARTS.items() if n not in dropped}, label
        assert left.startswith("ISR (the monitoring fleet"), label  # priced by no part
        # air defence is left out only where no `[costs]` item (air-defence) prices it
        assert ("air defence" in left) == ("costs" in dropped), label


def test_a_plan_without_costs_has_no_land_enablers_in_the_label() -> None:
    sec = section_of("costs", _without(frozenset({"costs"})))
    labels = [f.label for f in sec.figures if f.key.startswith("total_per_year")]
    assert labels and all("land enablers" not in lb for lb in labels)
    assert all("(troops, air, maritime; not counted: ISR" in lb for lb in labels)
