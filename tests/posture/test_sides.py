"""Each side's garrison plan comes from the force that side can field (review r5, HIGH 1).

No US asset is placed by the posture model, but the garrison count is capped by force
generation's ``capacity_troops``, and contributors that require the US backstop drop out
without it. So "without the US backstop" is a different plan, and the response and incidents
without the US must use that plan, not the with-US one.

The acceptance check compares europe-2025's without-US side with no-us-backstop's with-US side.
no-us-backstop.toml is ``extends = "europe-2025"`` with only its ``[us_backstop]`` table changed
(every enabler off: isr, air_defence, air_support, airlift, tanker, logistics) and its name,
title and description; the seed is inherited. The pipeline's without-US side switches every US
enabler off, so by construction both plans have the same inputs: the same contributors drop out
(the force's best case, ``capacity_troops``, is the same), hence the same garrison count and
placement, the same US-free responders, the same monitoring fleet without US sensors and the
same seed, so the posture plan, the response to each site and every incident figure must match
exactly. Only the name differs, and no figure compared here reads it.
"""

from __future__ import annotations

from typing import Any

import pytest

from reassure.present.output import to_jsonable
from reassure.run.capabilities import posture_report, registry
from reassure.run.capability import Context
from reassure.run.pipeline import run_capabilities
from reassure.spec import load_scenario

# Cheap: two incident replications, 100 force draws (the posture reads only the
# deterministic best case, not the draws).
CHEAP = {"runs": 2, "draws": 100}


@pytest.fixture(scope="module")
def europe() -> tuple[Any, dict[str, Any]]:
    scn = load_scenario("europe-2025")
    return scn, run_capabilities(scn, registry(**CHEAP), ["response", "incidents"])


@pytest.fixture(scope="module")
def no_us() -> tuple[Any, dict[str, Any]]:
    scn = load_scenario("no-us-backstop")
    return scn, run_capabilities(scn, registry(**CHEAP), ["response", "incidents"])


def test_without_the_us_the_plan_is_capped_by_the_force_fielded_without_it(europe):
    _, done = europe
    force, posture = done["force"], done["posture"]
    # europe-2025: GBR, NLD and DEU require the backstop, so the best case falls without it.
    assert force.without_us.result.capacity_troops < force.with_us.result.capacity_troops
    assert posture.inputs.with_us.fieldable_troops == force.with_us.result.capacity_troops
    assert posture.inputs.without_us.fieldable_troops == force.without_us.result.capacity_troops
    assert posture.inputs.without_us.n_garrisons < posture.inputs.with_us.n_garrisons
    # Downstream capabilities take the same side's plan: one ground QRF (incidents.
    # qrf_per_garrison) at each garrison placed, one per garrison manned in all.
    for side in ("with_us", "without_us"):
        placed = {g["id"] for g in getattr(posture, side).garrisons}
        units = getattr(done["incidents"].inputs, side).model.units.names
        qrfs = [u.split("@", 1)[1].split("#", 1)[0] for u in units if u.startswith("qrf@")]
        assert set(qrfs) == placed, side
        assert len(qrfs) == getattr(posture.inputs, side).n_garrisons, side
    assert len(posture.without_us.garrisons) < len(posture.with_us.garrisons)
    report = posture_report(posture, done["response"])
    assert report["without_us"]["garrisons"] != report["garrisons"]
    assert len(report["without_us"]["garrisons"]) <= report["without_us"]["n_garrisons"]
    assert report["without_us"]["covered_weight_percent"] < report["covered_weight_percent"]


def test_europe_without_us_is_no_us_backstop_as_planned(europe, no_us):
    """What must match, and why: see the module docstring."""
    _, eu = europe
    _, no = no_us
    alone = to_jsonable(posture_report(eu["posture"], eu["response"])["without_us"])
    planned = to_jsonable(posture_report(no["posture"], no["response"]))
    # posture: count, rule, garrisons, cover; response: every site's times, the build-up
    for key in ("n_garrisons", "n_garrisons_rule", "fieldable_troops", "garrisons",
                "covered_weight_percent", "covered_sites", "uncovered_sites", "not_protected",
                "solution", "sites", "site_response_h", "buildup", "buildup_close"):
        assert alone[key] == planned[key], key
    # incidents: every figure (the same seed faces the same incidents)
    inc_alone = to_jsonable(eu["incidents"].to_dict()["without_us"])
    inc_planned = to_jsonable({k: v for k, v in no["incidents"].to_dict().items()
                               if k not in ("scenario", "without_us", "inputs")})
    assert inc_alone == inc_planned
    # And no-us-backstop, which has no backstop to lose, is one plan on both sides.
    assert no["posture"].results.without_us is no["posture"].results.with_us


def test_the_report_sections_show_the_plan_without_the_us(europe, no_us):
    """The posture and incidents sections' without-US figures are no-us-backstop's figures."""
    eu_scn, eu = europe
    no_scn, no = no_us
    settings = {"runs": CHEAP["runs"]}

    def figures(scn: Any, done: dict[str, Any], name: str) -> dict[str, Any]:
        section = done[name].capability.section(done[name], Context(scn, settings, done))
        return {f.key: (f.with_us, f.without_us) for f in section.figures}

    for name in ("response", "incidents"):
        alone, planned = figures(eu_scn, eu, name), figures(no_scn, no, name)
        assert alone.keys() == planned.keys()
        for key in alone:
            assert alone[key][1] == planned[key][0], f"{name}.{key}"
    posture = figures(eu_scn, eu, "response")
    assert posture["garrisons"][1] < posture["garrisons"][0]
    assert posture["uncovered_sites"][1] > posture["uncovered_sites"][0]


def test_a_plan_both_sides_can_man_is_solved_once():
    """Where the force fielded without the US still mans the same garrison count, both sides'
    inputs are equal and the pipeline solves the plan once (no cost for the second side)."""
    scn = load_scenario("europe-2025").with_overrides(
        {"force.target_troops": 12_000}, assumption="test: a target both sides can field")
    done = run_capabilities(scn, registry(draws=100), ["posture"])
    force = done["force"]
    assert force.without_us.result.capacity_troops < force.with_us.result.capacity_troops
    assert force.without_us.result.capacity_troops >= 12_000
    assert done["posture"].inputs.without_us.fieldable_troops is None  # the target binds
    assert done["posture"].results.without_us is done["posture"].results.with_us
