"""Each incident type's share detected ("Share of incursion incidents detected", "... strike ...")
carries its 95% interval, as the other incident shares do (review s15b 3: those rows alone had
none though the model estimates one for every type); a self-reported type's (a strike, reported by
the site) is 100% by that assumption and has none (review s38 2)."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.run.section_incidents import incidents_section
from reassure.spec import load_scenario


@pytest.fixture(scope="module")
def europe() -> tuple[Any, dict[str, Any]]:
    """europe-2025's incidents, both sides, as the report section reads them."""
    from reassure.run.capabilities import registry
    from reassure.run.pipeline import run_capabilities

    scenario = load_scenario("europe-2025")
    caps = registry(runs=2, draws=300)
    done = run_capabilities(scenario, caps, ["incidents"])
    return scenario, done["incidents"].to_dict()


def test_every_type_share_has_the_interval_of_its_estimate(europe: tuple[Any, dict[str, Any]]) -> None:
    scenario, r = europe
    figs = {f.key: f for f in incidents_section(scenario, {}, r).figures}
    types = [t for t in r["types"] if t["name"] != "violation"]
    assert {t["name"] for t in types} == {"incursion", "strike"}
    for side, data in (("with_us", r), ("without_us", r["without_us"])):
        for t in (t for t in data["types"] if t["name"] != "violation"):
            fig = figs[f"detected_pct_{t['name']}"]
            ci = getattr(fig, f"ci_{side}")
            if t["name"] in SELF_REPORTED:  # review s38 2: detected by assumption, not estimated
                assert ci is None and "self-reported: an assumption" in fig.label
                continue
            assert ci == pytest.approx([100 * x for x in t["detected_fraction"]["ci95"]])
            assert ci[0] <= getattr(fig, side) <= ci[1]


#: europe-2025's types known without a sensor pass (a strike is reported by the site): their
#: share detected is 100% by that assumption, shown without an interval (review s38 2)
SELF_REPORTED = {"strike"}

_share = st.floats(0, 1)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(_share, _share, _share), min_size=4, max_size=4))
def test_the_interval_follows_the_estimate(europe: tuple[Any, dict[str, Any]],
                                           draws: list[tuple[float, float, float]]) -> None:
    scenario, base = europe
    r = copy.deepcopy(base)
    sides = [t for d in (r, r["without_us"]) for t in d["types"] if t["name"] != "violation"]
    for t, (a, b, c) in zip(sides, draws, strict=True):
        low, value, high = sorted((a, b, c))
        t["detected_fraction"] = {"value": value, "ci95": [low, high]}
    figs = {f.key: f for f in incidents_section(scenario, {}, r).figures}
    for t in r["types"]:
        if t["name"] == "violation":
            continue
        fig = figs[f"detected_pct_{t['name']}"]
        alone = next(a for a in r["without_us"]["types"] if a["name"] == t["name"])
        if t["name"] in SELF_REPORTED:  # review s38 2: no interval for a share set by assumption
            assert fig.ci_with_us is None and fig.ci_without_us is None
            continue
        assert fig.ci_with_us == pytest.approx([100 * x for x in t["detected_fraction"]["ci95"]])
        assert fig.ci_without_us == pytest.approx([100 * x for x in alone["detected_fraction"]["ci95"]])
