"""One shared check over every registered capability (scikit-learn's ``check_estimator`` idea).

Each capability must: be deterministic for a seed; return frozen results; give JSON-safe
``to_dict()``; hand its model no ``Quantity`` (nor any scenario object: the bridge converts
everything to plain numbers); and have both sides, with and without the US backstop.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import numpy as np
import pytest
from pydantic import BaseModel

from reassure.run.capabilities import registry
from reassure.run.capability import Capability, Outcome
from reassure.run.pipeline import order, run_capabilities, run_one
from reassure.spec import Quantity, load_scenario

SCENARIO = "iiss-small"
SETTINGS = {"runs": 2, "draws": 300}
CAPS = registry(**SETTINGS)


@pytest.fixture(scope="module")
def scenario() -> Any:
    return load_scenario(SCENARIO)


@pytest.fixture(scope="module")
def outcomes(scenario: Any) -> dict[str, Outcome[Any, Any]]:
    return run_capabilities(scenario, CAPS)


def walk(node: Any, path: str = "input", seen: set[int] | None = None):
    """Yield ``(path, value)`` for everything reachable from a model input."""
    seen = set() if seen is None else seen
    if id(node) in seen:
        return
    seen.add(id(node))
    yield path, node
    if isinstance(node, np.ndarray) or isinstance(node, str | bytes | int | float | bool):
        return
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        for f in dataclasses.fields(node):
            yield from walk(getattr(node, f.name), f"{path}.{f.name}", seen)
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from walk(v, f"{path}[{k!r}]", seen)
    elif isinstance(node, list | tuple | set | frozenset):
        for i, v in enumerate(node):
            yield from walk(v, f"{path}[{i}]", seen)


def test_the_registry_is_ordered_by_needs() -> None:
    names = list(CAPS)
    for name, cap in CAPS.items():
        assert isinstance(cap, Capability) and cap.name == name
        assert all(names.index(n) < names.index(name) for n in cap.needs)
    assert order(CAPS) == names


@pytest.mark.parametrize("name", list(CAPS))
def test_declares_what_it_reads(name: str, scenario: Any) -> None:
    cap = CAPS[name]
    assert cap.reads, "a capability names the scenario paths it reads (for footnotes)"
    for path in cap.reads:
        node: Any = scenario
        for part in path.split("."):
            node = getattr(node, part)  # AttributeError: a path the scenario does not have


@pytest.mark.parametrize("name", list(CAPS))
def test_no_quantity_reaches_the_model(name: str, outcomes: dict[str, Outcome[Any, Any]]) -> None:
    for side in ("with_us", "without_us"):
        inp = getattr(outcomes[name].inputs, side)
        assert dataclasses.is_dataclass(inp), "inputs are typed (frozen dataclasses)"
        bad = [p for p, v in walk(inp, f"{name}.{side}") if isinstance(v, Quantity | BaseModel)]
        assert bad == [], f"scenario objects reach the model at {bad[:3]}"


@pytest.mark.parametrize("name", list(CAPS))
def test_inputs_and_results_are_frozen(name: str, outcomes: dict[str, Outcome[Any, Any]]) -> None:
    o = outcomes[name]
    for value in (o.inputs.with_us, o.results.with_us, o.results.without_us, o):
        assert dataclasses.is_dataclass(value)
        field = dataclasses.fields(value)[0].name
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, field, None)


@pytest.mark.parametrize("name", list(CAPS))
def test_to_dict_is_json_safe(name: str, outcomes: dict[str, Outcome[Any, Any]]) -> None:
    from reassure.present.output import to_jsonable

    data = outcomes[name].to_dict()
    text = json.dumps(to_jsonable(data), allow_nan=False)
    assert json.loads(text) == to_jsonable(data)


@pytest.mark.parametrize("name", list(CAPS))
def test_both_sides_present(name: str, outcomes: dict[str, Outcome[Any, Any]]) -> None:
    o = outcomes[name]
    assert o.results.with_us is not None and o.results.without_us is not None
    assert o.inputs.with_us is not None and o.inputs.without_us is not None
    if CAPS[name].us_dependent:
        assert "without_us" in o.to_dict()
    else:  # solved once: the same result serves both sides
        assert o.results.without_us is o.results.with_us


@pytest.mark.parametrize("name", list(CAPS))
def test_deterministic_for_a_seed(name: str, scenario: Any,
                                  outcomes: dict[str, Outcome[Any, Any]]) -> None:
    from reassure.present.output import to_jsonable

    again = run_one(CAPS[name], scenario, outcomes, outcomes[name].seed)
    assert json.dumps(to_jsonable(again.to_dict())) == json.dumps(to_jsonable(outcomes[name].to_dict()))


def test_the_seed_reaches_the_monte_carlo(scenario: Any,
                                          outcomes: dict[str, Outcome[Any, Any]]) -> None:
    other = run_one(CAPS["incidents"], scenario, outcomes, outcomes["incidents"].seed + 1)
    assert other.to_dict()["detected_fraction"] != outcomes["incidents"].to_dict()["detected_fraction"]


# The optional components (air policing, maritime, the band, the cost of the plan) are absent
# from iiss-small: the same checks again on a plan that has every one of them.
COMPONENTS = ("monitoring_band", "air_policing", "maritime", "costs")


@pytest.fixture(scope="module")
def components() -> tuple[Any, dict[str, Outcome[Any, Any]]]:
    scenario = load_scenario("mnf-u-2026")
    return scenario, run_capabilities(scenario, CAPS, COMPONENTS)


@pytest.mark.parametrize("name", COMPONENTS)
def test_components_pass_the_shared_checks(name: str, components: Any) -> None:
    from reassure.present.output import to_jsonable

    scenario, outcomes = components
    o = outcomes[name]
    assert o.to_dict()["present"] is True and o.to_dict()["without_us"]["present"] is True
    for side in ("with_us", "without_us"):
        inp = getattr(o.inputs, side)
        bad = [p for p, v in walk(inp, f"{name}.{side}") if isinstance(v, Quantity | BaseModel)]
        assert bad == [], f"scenario objects reach the model at {bad[:3]}"
        for value in (inp, getattr(o.results, side)):
            with pytest.raises(dataclasses.FrozenInstanceError):
                setattr(value, dataclasses.fields(value)[0].name, None)
    text = json.dumps(to_jsonable(o.to_dict()), allow_nan=False)
    again = run_one(CAPS[name], scenario, outcomes, o.seed)
    assert json.dumps(to_jsonable(again.to_dict()), allow_nan=False) == text
    for path in CAPS[name].reads:
        node: Any = scenario
        for part in path.split("."):
            node = getattr(node, part)
