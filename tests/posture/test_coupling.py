"""Posture from the force that can be fielded (issue 12): one target figure, garrisons capped."""

from __future__ import annotations

import math

import pytest

from reassure.bridge.posture import fieldable_troops
from reassure.run.capabilities import registry
from reassure.run.pipeline import run_capabilities
from reassure.spec import list_scenarios, load_scenario


def force_report(scn, draws):
    return run_capabilities(scn, registry(draws=draws), ["force"])["force"].to_dict()


def posture_report(scn):
    """The posture plan, its garrison count capped by the force result passed forward."""
    return run_capabilities(scn, registry(draws=200), ["posture"])["posture"].to_dict()


def fieldable_force(scn):
    """The same best case computed directly from the force problem (not the pipeline)."""
    return fieldable_troops(scn)


# A garrison count stated in the file is the author's; every other plan sizes its garrisons
# from the force, which is what this checks.
SIZED_FROM_THE_FORCE = [p.stem for p in list_scenarios() if load_scenario(p.stem).posture.garrisons is None]


@pytest.mark.parametrize("name", SIZED_FROM_THE_FORCE)
def test_garrisons_never_exceed_what_the_fieldable_force_can_man(name):
    scn = load_scenario(name)
    report = posture_report(scn)
    size = scn.posture.garrison_troops.in_("troops")
    manoeuvre = scn.force.role_mix.manoeuvre.nominal
    assert report["n_garrisons"] * size <= fieldable_force(scn) * manoeuvre + 1e-6
    assert len(report["garrisons"]) <= report["n_garrisons"]


def test_posture_and_force_plan_for_the_same_target():
    """europe-2025 asks for 25,000-30,000: both models use the high end (30,000)."""
    scn = load_scenario("europe-2025")
    force = force_report(scn, draws=200)
    assert force["target_troops"] == scn.force.target_troops.high == 30_000
    report = posture_report(scn)
    size = scn.posture.garrison_troops.in_("troops")
    manoeuvre = scn.force.role_mix.manoeuvre.nominal
    assert report["n_garrisons"] == math.floor(
        min(30_000, report["fieldable_troops"]) * manoeuvre / size + 1e-9)
    assert "30,000" in report["n_garrisons_rule"]


def test_fieldable_force_caps_a_plan_larger_than_the_contributors():
    scn = load_scenario("ukraine-request")
    report = posture_report(scn)
    fieldable = fieldable_force(scn)
    assert fieldable < scn.force.target_troops.high
    assert "fieldable" in report["n_garrisons_rule"]
    assert report["fieldable_troops"] == round(fieldable)
    # The cap equals the best case force generation reports.
    assert force_report(scn, draws=200)["capacity_troops"] == round(fieldable)
