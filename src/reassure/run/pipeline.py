"""The pipeline: capabilities ordered by what they need, typed results passed forward.

`run_capabilities` builds each capability's input for both sides (with and without the US
backstop), solves it, and hands the typed results to the capabilities that need them. Nothing
is memoised between calls and nothing is computed twice: a capability whose input does not
depend on US assets (``us_dependent = False``) is solved once and serves both sides.

>>> from reassure.run.capabilities import registry
>>> order(registry(), ["incidents"])
['force', 'posture', 'monitoring', 'air_policing', 'incidents']
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from typing import Any

from reassure.run.capability import Capability, Outcome, Paired

__all__ = ["ancestors", "build_inputs", "descendants", "order", "run_capabilities", "run_capability",
           "run_one"]


def order(capabilities: Mapping[str, Capability], names: Iterable[str] | None = None) -> list[str]:
    """``names`` (default: all) and everything they need, each after its needs.

    Ties keep the registry's order, so the order is the same on every run.
    """
    wanted = list(capabilities) if names is None else list(names)
    unknown = [n for n in wanted if n not in capabilities]
    if unknown:
        from reassure.errors import ReassureError

        raise ReassureError(f"no capability {unknown[0]!r}; known: {', '.join(capabilities)}")
    rank = {name: i for i, name in enumerate(capabilities)}
    out: list[str] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in out:
            return
        if name in visiting:
            raise ValueError(f"capabilities need each other in a cycle through {name!r}")
        visiting.add(name)
        for need in sorted(capabilities[name].needs, key=rank.__getitem__):
            visit(need)
        visiting.discard(name)
        out.append(name)

    for name in capabilities:  # registry order, so ties are stable
        if name in wanted:
            visit(name)
    return out


def ancestors(capabilities: Mapping[str, Capability], names: Iterable[str]) -> set[str]:
    """Every capability the ``names`` need, directly or not (``names`` excluded)."""
    names = set(names)
    return set(order(capabilities, names)) - names


def descendants(capabilities: Mapping[str, Capability], names: Iterable[str]) -> set[str]:
    """``names`` and every capability that needs one of them, directly or not."""
    out = set(names)
    for name in order(capabilities):
        if any(n in out for n in capabilities[name].needs):
            out.add(name)
    return out


def run_one(capability: Capability, scenario: Any, upstream: Mapping[str, Outcome[Any, Any]],
            seed: int) -> Outcome[Any, Any]:
    """Build and solve ``capability`` with and without the US backstop."""
    start = time.perf_counter()
    sides: dict[bool, tuple[Any, Any]] = {}
    for us in (True, False):
        if not us and not capability.us_dependent:
            sides[us] = sides[True]
            continue
        up = {n: upstream[n].results.side(us) for n in capability.needs}
        inp = capability.build_input(scenario, up, us_backstop=us)
        sides[us] = (inp, capability.solve(inp, seed))
    return Outcome(
        name=capability.name, capability=capability, scenario_name=scenario.name,
        inputs=Paired(sides[True][0], sides[False][0]),
        results=Paired(sides[True][1], sides[False][1]),
        seed=seed, seconds=round(time.perf_counter() - start, 3),
    )


def run_capabilities(
    scenario: Any,
    capabilities: Mapping[str, Capability],
    names: Iterable[str] | None = None,
    *,
    seed: int | None = None,
    done: Mapping[str, Outcome[Any, Any]] | None = None,
    progress: Any = None,
) -> dict[str, Outcome[Any, Any]]:
    """Run ``names`` (default: every capability) and what they need, in order.

    ``done`` holds outcomes already computed (they are reused, not recomputed). Returns every
    outcome, ``done`` included, in pipeline order.
    """
    seed = scenario.seed if seed is None else seed
    out: dict[str, Outcome[Any, Any]] = dict(done or {})
    for name in order(capabilities, names):
        if name in out:
            continue
        if progress:
            progress(name)
        out[name] = run_one(capabilities[name], scenario, out, seed)
    return {n: out[n] for n in order(capabilities, out)}


def run_capability(name: str, scenario: Any, *, seed: int | None = None,
                   **settings: Any) -> Outcome[Any, Any]:
    """One capability (and what it needs) on ``scenario``, with and without the US backstop.

    ``settings`` go to the capabilities that take them (``draws``, ``runs``, ``workers``,
    ``detail``); see `reassure.run.capabilities.registry`.
    """
    from reassure.run.capabilities import registry

    return run_capabilities(scenario, registry(**settings), [name], seed=seed)[name]


def build_inputs(name: str, scenario: Any, *, seed: int | None = None,
                 **settings: Any) -> Paired[Any]:
    """The typed model inputs of one capability, both sides, without solving it (its needs
    are solved). Useful to inspect what a model is given."""
    from reassure.run.capabilities import registry

    caps = registry(**settings)
    capability = caps[name]
    done = run_capabilities(scenario, caps, capability.needs, seed=seed) if capability.needs else {}
    with_us = capability.build_input(scenario, {n: done[n].with_us for n in capability.needs},
                                     us_backstop=True)
    if not capability.us_dependent:
        return Paired(with_us, with_us)
    without = capability.build_input(scenario, {n: done[n].without_us for n in capability.needs},
                                     us_backstop=False)
    return Paired(with_us, without)
