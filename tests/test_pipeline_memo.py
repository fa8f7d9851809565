"""Solves the pipeline does not repeat: one side's answer serves the other when their inputs are
the same, and a `SolveMemo` remembers deterministic solves by their whole input. Either way the
answer equals a fresh solve."""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from typing import Any, ClassVar

from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.run.capability import Capability
from reassure.run.pipeline import SolveMemo, run_capabilities

SOLVES: list[tuple[str, Any]] = []


@dataclass(frozen=True)
class _Scenario:
    name: str = "toy"
    seed: int = 5
    knob: float = 1.0
    us_knob: float = 2.0


@dataclass(frozen=True)
class Reads(Capability):
    """Deterministic; reads ``us_knob`` only with the US backstop when ``us_reads`` is set."""

    name: ClassVar[str] = "reads"
    uses_seed: ClassVar[bool] = False
    us_reads: bool = True

    def build_input(self, scenario: Any, upstream: Any, *, us_backstop: bool) -> Any:
        return (scenario.knob, scenario.us_knob if (us_backstop and self.us_reads) else 0.0)

    def solve(self, inp: Any, seed: int) -> Any:
        SOLVES.append((self.name, inp))
        return {"sum": inp[0] + inp[1]}


@dataclass(frozen=True)
class Seeded(Reads):
    name: ClassVar[str] = "seeded"
    uses_seed: ClassVar[bool] = True

    def solve(self, inp: Any, seed: int) -> Any:
        SOLVES.append((self.name, inp))
        return {"sum": inp[0] + inp[1] + seed}


def test_one_solve_serves_both_sides_when_their_inputs_are_the_same() -> None:
    SOLVES.clear()
    out = run_capabilities(_Scenario(), {"reads": Reads(us_reads=False)})["reads"]
    assert SOLVES == [("reads", (1.0, 0.0))]
    assert out.with_us is out.without_us and out.with_us == {"sum": 1.0}
    SOLVES.clear()
    out = run_capabilities(_Scenario(), {"reads": Reads()})["reads"]
    assert len(SOLVES) == 2 and out.with_us == {"sum": 3.0} and out.without_us == {"sum": 1.0}


@settings(max_examples=40, deadline=None)
@given(knobs=st.lists(st.tuples(st.sampled_from([0.0, 1.0, 2.5, -0.0]), st.sampled_from([0.0, 2.0])),
                      min_size=1, max_size=8),
       seeds=st.lists(st.integers(0, 3), min_size=8, max_size=8))
def test_a_memo_answers_as_a_fresh_solve_would_and_never_across_inputs_or_seeds(
        knobs: list[tuple[float, float]], seeds: list[int]) -> None:
    memo = SolveMemo(size=3)
    caps = {"reads": Reads(), "seeded": Seeded()}
    for (knob, us_knob), seed in zip(knobs, seeds, strict=False):
        scenario = _Scenario(knob=knob, us_knob=us_knob)
        remembered = run_capabilities(scenario, caps, seed=seed, memo=memo)
        fresh = run_capabilities(scenario, caps, seed=seed)
        for name in caps:
            for side in ("with_us", "without_us"):
                a, b = getattr(remembered[name], side), getattr(fresh[name], side)
                assert pickle.dumps(a) == pickle.dumps(b)  # -0.0 is not 0.0 here, either
    assert len(memo) <= 3


def test_a_memo_skips_a_repeated_deterministic_solve_but_not_a_seeded_one() -> None:
    memo = SolveMemo()
    caps = {"reads": Reads(), "seeded": Seeded()}
    run_capabilities(_Scenario(), caps, seed=1, memo=memo)
    SOLVES.clear()
    run_capabilities(_Scenario(), caps, seed=2, memo=memo)
    assert [name for name, _ in SOLVES] == ["seeded", "seeded"]
    SOLVES.clear()
    run_capabilities(_Scenario(knob=4.0), caps, seed=2, memo=memo)  # any input changed: solved
    assert [name for name, _ in SOLVES].count("reads") == 2
    SOLVES.clear()
    run_capabilities(_Scenario(), {"reads": Reads(us_reads=False)}, seed=2, memo=memo)
    assert SOLVES == [("reads", (1.0, 0.0))]  # other settings, another key


def test_memo_and_shared_sides_on_europe_2025_equal_fresh_solves() -> None:
    from reassure.run.capabilities import registry
    from reassure.spec import load_scenario

    base = load_scenario("europe-2025")
    no_isr = base.with_overrides({"us_backstop.isr": False}, assumption="test (for a test)")
    cloudy = base.with_overrides({"monitoring.cloud_fraction": 0.75}, assumption="test (for a test)")
    caps = registry(runs=1)
    names = ["monitoring", "monitoring_band", "response"]
    memo = SolveMemo()
    for scenario in (base, cloudy, no_isr, base, cloudy):
        remembered = run_capabilities(scenario, caps, names, memo=memo)
        fresh = run_capabilities(scenario, caps, names)
        for name in names:
            assert pickle.dumps(remembered[name].results) == pickle.dumps(fresh[name].results)
    assert memo.hits >= 2 * len(names)
    # Without US ISR the monitoring inputs of the two sides are the same: one solve, and it is
    # what solving the without-US side on its own gives.
    out = run_capabilities(no_isr, caps, ["monitoring"])["monitoring"]
    assert out.with_us is out.without_us
    cap = caps["monitoring"]
    alone = cap.solve(cap.build_input(no_isr, {}, us_backstop=False), no_isr.seed)
    assert pickle.dumps(alone) == pickle.dumps(out.without_us)


@dataclass(frozen=True)
class Unpicklable(Reads):
    """An input that cannot be pickled (a function inside): solved every time, as before."""

    name: ClassVar[str] = "unpicklable"

    def build_input(self, scenario: Any, upstream: Any, *, us_backstop: bool) -> Any:
        return (scenario.knob, 0.0, lambda: None)


def test_an_input_without_a_pickle_is_solved_on_each_side_and_never_remembered() -> None:
    memo = SolveMemo()
    SOLVES.clear()
    for _ in range(2):
        out = run_capabilities(_Scenario(), {"unpicklable": Unpicklable()}, memo=memo)["unpicklable"]
        assert out.with_us == out.without_us == {"sum": 1.0}
    assert len(SOLVES) == 4 and len(memo) == 0
