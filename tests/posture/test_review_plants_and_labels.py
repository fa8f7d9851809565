"""Review (a journalist and a scenario author) of the posture section:

1. A plan protecting Rivne alone was told "Are the operating nuclear plants covered by a garrison?
   yes ... operating plants not covered: none" with Khmelnytskyi and South Ukraine operating in the
   theatre: the verdict is about the theatre's operating plants and names those left out.
2. "Weight of protectable sites covered 89.4%" gave no denominator: the total weight is in the
   label and each site's weight (Kyiv and Odesa: 1,000, as a 1,000 MW plant) in a note under it.
3. A "-" in the site-response table said nothing of why: a column gives the reason.
4. A fighter base named as a responder but out of reach of every place its incidents happen was
   never used (utilisation 0%) and only `respond` said why: the section now says it.
"""

from __future__ import annotations

from typing import Any

import pytest

from reassure.run.section_posture import (
    MISSING_COLUMN,
    PLANTS_COVERED_QUESTION,
    PLANTS_WITHIN_QUESTION,
    idle_air_bases,
)
from reassure.spec import Quantity, load_scenario
from reassure.theatres import load_theatre


def _section(scenario: Any) -> Any:
    from reassure.run.capabilities import registry
    from reassure.run.capability import Context
    from reassure.run.pipeline import run_capabilities

    caps = registry(runs=2, draws=300)
    done = run_capabilities(scenario, caps, ["response"])
    return caps["response"].section(done["response"], Context(scenario, {}, done))


def _rivne_only() -> Any:
    plan = load_scenario("europe-2025")
    return plan.with_overrides(
        {f"posture.sites[{i}].weight": Quantity(value=0, unit="weight", assumption="not protected in this variant")
         for i, s in enumerate(plan.posture.sites) if s.site in ("khmelnytskyi-npp", "south-ukraine-npp")},
        assumption="a plan that protects Rivne alone")


@pytest.fixture(scope="module")
def shipped() -> Any:
    return _section(load_scenario("europe-2025"))


@pytest.fixture(scope="module")
def rivne() -> Any:
    return _section(_rivne_only())


def test_a_plan_protecting_one_plant_is_not_told_every_plant_is_covered(rivne: Any) -> None:
    v = {x.question: x for x in rivne.verdicts}
    covered = v[PLANTS_COVERED_QUESTION]
    assert (covered.with_us, covered.without_us) == (False, False)
    assert covered.detail.startswith("1 of the theatre's 3 operating plants is in the plan and covered: "
                                     "Rivne NPP (Varash)")
    assert "not in the plan" in covered.detail
    assert "Khmelnytskyi NPP (Netishyn)" in covered.detail and "South Ukraine NPP (Pivdennoukrainsk)" in covered.detail
    assert "not covered: none" not in covered.detail
    # the time to every operating plant, the two left out timed from the plan's own units
    within = v[PLANTS_WITHIN_QUESTION]
    assert within.with_us is not None
    assert "outside the plan (Khmelnytskyi NPP (Netishyn), South Ukraine NPP (Pivdennoukrainsk)) timed" in within.detail


def test_the_shipped_plans_answer_and_wording_are_unchanged(shipped: Any) -> None:
    v = {x.question: x for x in shipped.verdicts}
    assert (v[PLANTS_COVERED_QUESTION].with_us, v[PLANTS_COVERED_QUESTION].without_us) == (True, True)
    assert v[PLANTS_COVERED_QUESTION].detail == (
        "operating plants covered: Khmelnytskyi NPP (Netishyn), Rivne NPP (Varash), South Ukraine NPP "
        "(Pivdennoukrainsk); operating plants not covered: none")
    assert (v[PLANTS_WITHIN_QUESTION].with_us, v[PLANTS_WITHIN_QUESTION].without_us) == (True, True)
    assert "outside the plan" not in v[PLANTS_WITHIN_QUESTION].detail


def test_the_covered_share_gives_its_denominator(shipped: Any) -> None:
    f = next(x for x in shipped.figures if x.key == "covered_weight_percent")
    assert "% of their total weight, 9,395" in f.label
    # compare keeps the label without this plan's total (its denominator row gives each plan's)
    assert f.common_label and "9,395" not in f.common_label and f.denominator is not None
    note = next(n for n in shipped.notes if n.startswith("The covered share is of the total weight"))
    assert "9,395" in note
    assert "Kyiv 1,000 (capital city; weight set equal to a 1,000 MW plant" in note
    assert "Port of Odesa 1,000 (main sea port; weight set equal to a 1,000 MW plant" in note
    assert "Rivne NPP (Varash) 2,645 (its net capacity in MW)" in note


def test_a_missing_time_says_why(rivne: Any, shipped: Any) -> None:
    # europe-2025 times every site by every mode: no column for reasons
    table = next(t for t in shipped.tables if t.id == "site_response")
    assert MISSING_COLUMN not in table.columns
    # without the garrisons at Khmelnytskyi and South Ukraine, no helicopter reaches Zaporizhzhia NPP
    table = next(t for t in rivne.tables if t.id == "site_response")
    assert table.columns[-1] == MISSING_COLUMN
    rows = {r[0]: r for r in table.rows}
    heli = table.columns.index("heli_h")
    assert rows["znpp"][heli] is None
    assert rows["znpp"][-1] == "helicopter: out of range: beyond every helicopter's reach (half its range, to fly back)"
    assert rows["rivne-npp"][-1] == ""


def test_no_helicopter_in_the_plan_is_named_as_the_reason() -> None:
    plan = load_scenario("europe-2025")
    plan = plan.model_copy(update={"air": plan.air.model_copy(update={"helicopters": ()})})
    table = next(t for t in _section(plan).tables if t.id == "site_response")
    assert {r[-1].split(";")[0] for r in table.rows} == {"helicopter: no helicopter in the plan"}


def _with_one_base_at(plan: Any, base: str, *, strikes_call_air: bool) -> Any:
    f16 = plan.air.bases[1].model_copy(update={"base": base, "us": False})
    types = tuple(t if t.id != "strike" or strikes_call_air
                  else t.model_copy(update={"responders": tuple(r for r in t.responders if r != "air")})
                  for t in plan.incidents.types)
    return plan.model_copy(update={"air": plan.air.model_copy(update={"bases": (f16,)}),
                                   "incidents": plan.incidents.model_copy(update={"types": types})})


def test_a_fighter_base_out_of_reach_of_its_incidents_is_named() -> None:
    plan = load_scenario("europe-2025")
    theatre = load_theatre(plan.theatre)
    assert idle_air_bases(plan, theatre) == []
    # Łask: 550 km of F-16 radius, the line over 1,000 km away; only line incidents call for air
    far = _with_one_base_at(plan, "EPLK", strikes_call_air=False)
    (note,) = idle_air_bases(far, theatre)
    assert note.startswith("f16 at EPLK (air.bases[0]) is named as a responder (incident types that list air: "
                           "incursion)")
    assert "named but never used" in note and "the contact line" in note
    assert any("named but never used" in w for w in _section(far).warnings)
    # a strike at Rivne (about 480 km away) is within its radius: it is used there
    assert idle_air_bases(_with_one_base_at(plan, "EPLK", strikes_call_air=True), theatre) == []
