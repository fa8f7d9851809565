"""The pipeline: order by needs, typed results passed forward, each side solved once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

import pytest

from reassure.errors import ReassureError
from reassure.run.capabilities import registry
from reassure.run.capability import Capability, Paired
from reassure.run.pipeline import ancestors, descendants, order, run_capabilities

CALLS: list[tuple[str, bool]] = []


@dataclass(frozen=True)
class _Scenario:
    name: str = "toy"
    seed: int = 5


@dataclass(frozen=True)
class _Base(Capability):
    def build_input(self, scenario: Any, upstream: Any, *, us_backstop: bool) -> Any:
        return (self.name, us_backstop, tuple(sorted(upstream.items())))

    def solve(self, inp: Any, seed: int) -> Any:
        CALLS.append((inp[0], inp[1]))
        return {"name": inp[0], "us": inp[1], "seed": seed, "up": inp[2]}


@dataclass(frozen=True)
class A(_Base):
    name: ClassVar[str] = "a"
    us_dependent: ClassVar[bool] = False


@dataclass(frozen=True)
class B(_Base):
    name: ClassVar[str] = "b"
    needs: ClassVar[tuple[str, ...]] = ("a",)
    heavy: ClassVar[bool] = True


@dataclass(frozen=True)
class C(_Base):
    name: ClassVar[str] = "c"
    needs: ClassVar[tuple[str, ...]] = ("b", "a")


TOY = {"c": C(), "b": B(), "a": A()}


def test_order_puts_needs_first_and_is_stable() -> None:
    assert order(TOY) == ["a", "b", "c"]
    assert order(TOY, ["b"]) == ["a", "b"]
    assert ancestors(TOY, ["c"]) == {"a", "b"}
    assert descendants(TOY, ["b"]) == {"b", "c"}


def test_each_side_is_solved_once_and_typed_results_flow_forward() -> None:
    CALLS.clear()
    out = run_capabilities(_Scenario(), TOY)
    # `a` does not depend on US assets: one solve serves both sides.
    assert CALLS.count(("a", True)) == 1 and ("a", False) not in CALLS
    assert CALLS.count(("b", True)) == CALLS.count(("b", False)) == 1
    assert out["a"].results.without_us is out["a"].results.with_us
    # Each side of `c` got the results of the same side upstream.
    c = out["c"].results
    assert isinstance(c, Paired)
    up_without = dict(c.without_us["up"])
    assert up_without["b"]["us"] is False and up_without["a"]["us"] is True
    assert {r["seed"] for r in (c.with_us, c.without_us)} == {5}


def test_done_outcomes_are_reused_not_recomputed() -> None:
    first = run_capabilities(_Scenario(), TOY, ["a"])
    CALLS.clear()
    run_capabilities(_Scenario(), TOY, ["b"], done=first)
    assert all(name != "a" for name, _ in CALLS)


def test_a_cycle_or_an_unknown_name_is_refused() -> None:
    @dataclass(frozen=True)
    class Loop(_Base):
        name: ClassVar[str] = "loop"
        needs: ClassVar[tuple[str, ...]] = ("loop2",)

    @dataclass(frozen=True)
    class Loop2(_Base):
        name: ClassVar[str] = "loop2"
        needs: ClassVar[tuple[str, ...]] = ("loop",)

    with pytest.raises(ValueError, match="cycle"):
        order({"loop": Loop(), "loop2": Loop2()})
    with pytest.raises(ReassureError, match="no capability 'nope'"):
        order(TOY, ["nope"])


def test_the_second_worker_takes_the_heavy_part_of_the_graph() -> None:
    caps = registry()
    heavy = descendants(caps, [n for n, c in caps.items() if c.heavy])
    assert heavy == {"monitoring", "incidents"}
    # What that part needs from the rest is computed before the fork, once (air_policing: its
    # alert stations answer incident calls; response: the support force's build-up says when it
    # is in theatre to answer escalated calls).
    assert ancestors(caps, heavy) == {"force", "posture", "air_policing", "response"}
