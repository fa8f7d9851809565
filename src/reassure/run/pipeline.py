"""The pipeline: capabilities ordered by what they need, typed results passed forward.

`run_capabilities` builds each capability's input for both sides (with and without the US
backstop), solves it, and hands the typed results to the capabilities that need them. Nothing
is computed twice: a capability whose input does not depend on US assets (``us_dependent =
False``) is solved once and serves both sides, and so is one whose two inputs come out the same
(equal pickles; both sides share the seed, so the answer is the same). A `SolveMemo` passed in
(``memo=``) also remembers the solves of deterministic capabilities (``uses_seed = False``)
across calls, by the whole of their input: `reassure explore` evaluates thousands of variants
whose monitoring input, say, never changes.

>>> from reassure.run.capabilities import registry
>>> order(registry(), ["incidents"])
['force', 'posture', 'air_policing', 'response', 'monitoring', 'incidents']
"""

from __future__ import annotations

import pickle
import time
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from typing import Any

from reassure.run.capability import Capability, Outcome, Paired

__all__ = ["SolveMemo", "ancestors", "build_inputs", "descendants", "order", "run_capabilities",
           "run_capability", "run_one"]


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


def _pickled(obj: Any) -> bytes | None:
    """``obj``'s pickle, the key of "the same input"; None when it has none (then nothing is
    shared or remembered: a capability's input need not be picklable)."""
    try:
        return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return None


class SolveMemo:
    """Solves of deterministic capabilities remembered by the whole of their input.

    The key is the capability's class and settings and the pickle of its typed input (every
    number, array and flag in it), so a variant that changes anything the model reads is solved
    afresh. Only capabilities that declare ``uses_seed = False`` are remembered (their answer
    does not depend on the seed); the seeded ones (force's participation draws, the incident
    Monte Carlo) are solved every time. Bounded: the least recently used solve goes first.
    """

    def __init__(self, size: int = 32) -> None:
        self.size = size
        self.hits = 0
        self._solved: OrderedDict[tuple[str, bytes, bytes], Any] = OrderedDict()

    def __len__(self) -> int:
        return len(self._solved)

    def solve(self, capability: Capability, inp: Any, seed: int, pickled: bytes | None = None) -> Any:
        data = _pickled(inp) if pickled is None else pickled
        settings = _pickled(capability.get_params())
        if capability.uses_seed or data is None or settings is None:
            return capability.solve(inp, seed)
        key = (type(capability).__qualname__, settings, data)
        if key in self._solved:
            self.hits += 1
            self._solved.move_to_end(key)
            return self._solved[key]
        result = self._solved[key] = capability.solve(inp, seed)
        if len(self._solved) > self.size:
            self._solved.popitem(last=False)
        return result


def run_one(capability: Capability, scenario: Any, upstream: Mapping[str, Outcome[Any, Any]],
            seed: int, memo: SolveMemo | None = None) -> Outcome[Any, Any]:
    """Build and solve ``capability`` with and without the US backstop (``memo``: see
    `SolveMemo`)."""
    start = time.perf_counter()
    inputs: dict[bool, Any] = {}
    for us in (True, False):
        if us or capability.us_dependent:
            up = {n: upstream[n].results.side(us) for n in capability.needs}
            inputs[us] = capability.build_input(scenario, up, us_backstop=us)
    pickles: dict[bool, bytes | None] = {us: _pickled(inp) for us, inp in inputs.items()} if (
        len(inputs) == 2 or (memo is not None and not capability.uses_seed)) else {}
    results: dict[bool, Any] = {}
    for us, inp in inputs.items():
        if not us and pickles[True] is not None and pickles[False] == pickles[True]:
            # The same input on both sides (a US asset this capability does not read, or one
            # the variant switched off): the same answer, as both sides share the seed.
            inputs[False], results[False] = inputs[True], results[True]
            continue
        results[us] = (capability.solve(inp, seed) if memo is None
                       else memo.solve(capability, inp, seed, pickles.get(us)))
    if False not in inputs:
        inputs[False], results[False] = inputs[True], results[True]
    return Outcome(
        name=capability.name, capability=capability, scenario_name=scenario.name,
        inputs=Paired(inputs[True], inputs[False]),
        results=Paired(results[True], results[False]),
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
    memo: SolveMemo | None = None,
) -> dict[str, Outcome[Any, Any]]:
    """Run ``names`` (default: every capability) and what they need, in order.

    ``done`` holds outcomes already computed (they are reused, not recomputed); ``memo``
    remembers deterministic solves across calls (`SolveMemo`). Returns every outcome, ``done``
    included, in pipeline order.
    """
    seed = scenario.seed if seed is None else seed
    out: dict[str, Outcome[Any, Any]] = dict(done or {})
    for name in order(capabilities, names):
        if name in out:
            continue
        if progress:
            progress(name)
        out[name] = run_one(capabilities[name], scenario, out, seed, memo)
    return {n: out[n] for n in order(capabilities, out)}


def run_capability(name: str, scenario: Any, *, seed: int | None = None,
                   **settings: Any) -> Outcome[Any, Any]:
    """One capability (and what it needs) on ``scenario``, with and without the US backstop.

    ``settings`` go to the capabilities that take them (``draws``, ``runs``, ``workers``,
    ``detail``); see `reassure.run.capabilities.registry`. One that neither ``name`` nor what it
    needs takes is refused (`check_settings`), as is a bad value.
    """
    from reassure.run.capabilities import check_settings, registry

    check_settings(settings, name)
    return run_capabilities(scenario, registry(**settings), [name], seed=seed)[name]


def build_inputs(name: str, scenario: Any, *, seed: int | None = None,
                 **settings: Any) -> Paired[Any]:
    """The typed model inputs of one capability, both sides, without solving it (its needs
    are solved). Useful to inspect what a model is given."""
    from reassure.run.capabilities import check_settings, registry

    check_settings(settings, name)
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
