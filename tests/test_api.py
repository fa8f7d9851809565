"""The Python API: a curated namespace, `assess`, `run_capability` and `with_overrides`."""

from __future__ import annotations

import math
import types

import pytest

import reassure
from reassure.errors import ReassureError, ScenarioFieldError

EXPECTED = [
    "Assessment",
    "CAPABILITIES",
    "Outcome",
    "Paired",
    "ReassureError",
    "Scenario",
    "__version__",
    "assess",
    "compare",
    "load_scenario",
    "run_capability",
]


def test_exported_members() -> None:
    """httpx's test: the public namespace is exactly the curated ``__all__``, and each resolves."""
    assert reassure.__all__ == EXPECTED
    public = [m for m in dir(reassure) if not m.startswith("_")]
    assert public == sorted(m for m in EXPECTED if not m.startswith("_"))
    for name in reassure.__all__:
        assert getattr(reassure, name) is not None
    # Nothing else leaks into the module (submodules aside, which Python adds on import).
    stray = [k for k, v in vars(reassure).items()
             if not k.startswith("_") and k not in EXPECTED and not isinstance(v, types.ModuleType)]
    assert stray == []
    with pytest.raises(AttributeError):
        reassure.no_such_thing  # noqa: B018


def test_capability_names_match_the_registry() -> None:
    from reassure.run.capabilities import registry

    assert reassure.CAPABILITIES == tuple(registry())


def test_run_capability_by_name_gives_frames_with_both_sides() -> None:
    outcome = reassure.run_capability("force", "europe-2025", draws=200)
    frame = outcome.to_frame()
    assert list(frame.columns) == ["with_us", "without_us"]
    assert frame.loc["target_troops", "with_us"] == frame.loc["target_troops", "without_us"]
    # europe-2025 falls short without the US backstop: the frame shows it.
    assert frame.loc["deployed_total", "without_us"] < frame.loc["deployed_total", "with_us"]
    assert outcome.with_us.result.deployed_total == frame.loc["deployed_total", "with_us"]


def test_run_capability_refuses_an_unknown_name() -> None:
    with pytest.raises(ReassureError, match="did you mean 'force'"):
        reassure.run_capability("forse", "europe-2025")


def test_with_overrides_changes_the_number_and_records_why() -> None:
    plan = reassure.load_scenario("europe-2025")
    smaller = plan.with_overrides({"force.target_troops": 20_000,
                                   "contributors[0].pledge_troops": (1_000, 2_000)},
                                  assumption="a smaller ask")
    q = smaller.force.target_troops
    assert (q.value, q.assumption, q.source) == (20_000, "a smaller ask", ())
    assert "overrides 25000-30000 troops" in q.note and "seed-000" in q.note
    assert (smaller.contributors[0].pledge_troops.low,
            smaller.contributors[0].pledge_troops.high) == (1_000, 2_000)
    assert plan.force.target_troops.high == 30_000  # the original is untouched
    assert smaller.file == plan.file
    # The overridden number reaches the model: the force plans for 20,000.
    force = reassure.run_capability("force", smaller, draws=0)
    assert force.with_us.result.target_troops == 20_000


def test_with_overrides_of_nothing_gives_an_equal_scenario() -> None:
    plan = reassure.load_scenario("iiss-small")
    assert plan.with_overrides({}, assumption="no change (for a test)") == plan


@pytest.mark.parametrize("overrides, match", [
    ({"force.target_trops": 1}, "did you mean 'force.target_troops'"),
    ({"contributors[99].tour": 1}, r"no item \[99\]"),
    ({"force.tour": "six"}, "give a number"),
])
def test_with_overrides_refuses_bad_paths_and_values(overrides: dict, match: str) -> None:
    with pytest.raises(ReassureError, match=match):
        reassure.load_scenario("europe-2025").with_overrides(overrides, assumption="x (for a test)")


def test_with_overrides_validates_like_a_file() -> None:
    with pytest.raises(ScenarioFieldError, match="force.target_troops must be >= 1 troop"):
        reassure.load_scenario("europe-2025").with_overrides({"force.target_troops": -5},
                                                             assumption="x (for a test)")
    with pytest.raises(ReassureError, match="give the reason"):
        reassure.load_scenario("europe-2025").with_overrides({"force.tour": 3}, assumption=" ")


def test_assess_accepts_a_name_and_gives_typed_outcomes() -> None:
    a = reassure.assess("iiss-small", runs=2, seed=7, sensitivity=False)
    assert isinstance(a, reassure.Assessment)
    assert set(a.outcomes) == set(reassure.CAPABILITIES)
    frame = a.to_frame()
    assert {"force", "posture", "monitoring", "incidents"} <= set(frame.index.get_level_values(0))
    assert a.settings["seed"] == 7
    assert math.isfinite(a["incidents"].to_frame().loc["incidents_per_day.value", "with_us"])
    with pytest.raises(KeyError, match="no capability 'forse'"):
        a["forse"]
