"""Labels that claimed more than they count (validator, s52):

a. the distinct individuals (783,000–1,170,000) are counted over the best-case force (28,264
   troops), as the costs are, but unlike the costs' labels theirs did not say so;
b. the expected strength was a Monte Carlo mean labelled "expected" with no interval: mnf-u-2026
   without the US read 14,548.5 -> "14,500" where the exact expectation, additive in who joins,
   is 16,724 - 0.2 x 6,500 - 0.5 x 750 - 0.4 x 1,225 = 14,559 -> "14,600". It is now exact where
   each uncertain nation adds the same troops whoever else joins, else the draws' mean with its
   95% interval, and the label says which;
c. the plan's yearly total read "(troops, land enablers, air, maritime)" while the only land
   enabler priced was two Patriot battalions, and ISR (Europe's own drones among it) and
   logistics were priced nowhere: the label now says what it counts and what it leaves out.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reassure.present.report import figure_text


@pytest.fixture(scope="module")
def mnf() -> dict[str, Any]:
    import reassure

    a = reassure.assess(reassure.load_scenario("mnf-u-2026"), runs=2, seed=1, sensitivity=False)
    return {f"{s.name}.{f.key}": f for s in a.sections for f in s.figures}


# -- a. the distinct individuals name the force they are counted over -----------------------------
def test_the_individuals_label_says_it_counts_the_best_case(mnf: dict[str, Any]) -> None:
    people = mnf["force.cumulative_individuals_high"]
    cost = mnf["force.cost_per_year_low_eur_bn"]
    assert "in the best case (every uncertain nation joins)" in cost.label
    assert "to hold the troops deployed in the best case (every uncertain nation joins)" in people.label
    assert "in the best case" in people.common_label  # compare's shared label too


# -- b. the expected strength: exact where additive, else an estimate with its interval ------------
def test_the_expected_strength_of_mnf_without_the_us_is_exact(mnf: dict[str, Any]) -> None:
    mean = mnf["force.strength_mean"]
    assert mean.without_us == pytest.approx(16_724 - 0.2 * 6_500 - 0.5 * 750 - 0.4 * 1_225, abs=1e-6)
    assert figure_text(mean, "without_us") == "14,600 troops"  # the draws' mean read 14,500
    assert mean.ci_without_us is None and "(computed exactly, not sampled:" in mean.label  # (s53) worded
    assert mean.setting is not None and mean.setting.text == "computed exactly, rounded to 3 significant figures"


def test_an_expected_strength_that_is_not_additive_is_an_estimate_with_its_interval() -> None:
    import reassure

    # iiss-medium's target binds in some draws: who joins changes what the others add
    a = reassure.assess(reassure.load_scenario("iiss-medium"), runs=2, seed=1, sensitivity=False)
    mean = next(f for s in a.sections for f in s.figures if s.name == "force" and f.key == "strength_mean")
    assert mean.ci_with_us is not None and mean.ci_with_us[0] < mean.with_us < mean.ci_with_us[1]
    assert "Monte Carlo estimate" in mean.label and "95% interval" in mean.label
    assert "(95% CI " in figure_text(mean, "with_us")
    # the model's own check against an enumeration of every set of joiners:
    # tests/forcegen/test_expected_strength_s52.py



# -- c. the plan's yearly total says what it counts and what it leaves out ------------------------
def test_the_plan_total_says_what_it_leaves_out(mnf: dict[str, Any]) -> None:
    total = mnf["costs.total_per_year_low_eur_m"]
    assert total.label == ("Operating cost of the plan a year, low (troops, land enablers (air-defence), air, "
                           "maritime; not counted: ISR (the monitoring fleet, Europe's own drones and satellites "
                           "included), airlift, logistics beyond the troops' own units)")
    assert total.setting is not None and "not counted: ISR" in total.setting.text  # compare's cell


_ENABLERS = ("isr", "air_defence", "air_support", "airlift", "tanker", "logistics")


@given(st.frozensets(st.sampled_from(_ENABLERS)), st.booleans(), st.booleans(),
       st.frozensets(st.sampled_from(["air-defence", "airlift", "field-hospital"])))
def test_every_enabler_is_counted_or_said_to_be_left_out(needs: frozenset[str], fleets: bool, air: bool,
                                                         items: frozenset[str]) -> None:
    from types import SimpleNamespace as N

    from reassure.run.section_costs import not_counted
    from reassure.vocabulary import in_words

    plan = N(monitoring=N(fleets=(N(us_asset=False, sensor="male-uav"),) if fleets else ()),
             force=N(enablers=N(needs=lambda: dict.fromkeys(needs, 1))))
    parts = [N(label="troops (force generation)"), *([N(label="air component")] if air else []),
             *(N(label=f"{i}: an item") for i in sorted(items))]
    left = not_counted(plan, N(parts=tuple(parts)))
    for name in needs:
        priced = name.replace("_", "-") in items or (name == "air_support" and air)
        said = in_words(name) in left or (name == "tanker" and "tankers" in left)
        assert said != priced, (name, left)
    assert ("ISR" in left) == (fleets or "isr" in needs)
