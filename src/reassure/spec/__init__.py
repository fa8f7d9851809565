"""Scenario format: sourced quantities, sections, loading with `extends`, readable errors."""

from reassure.spec._load import (
    MAX_SCENARIO_BYTES,
    extends_chain,
    list_scenarios,
    load_scenario,
    read_text_file,
    resolve_parent,
    resolve_scenario,
)
from reassure.spec._quantity import Model, Provenanced, Q, Quantity, Source
from reassure.spec._schema import Parameter, Scenario, scenario_summary, walk_provenanced
from reassure.spec._warn import ScenarioWarning

__all__ = [
    "MAX_SCENARIO_BYTES",
    "Model",
    "Parameter",
    "Provenanced",
    "Q",
    "Quantity",
    "Scenario",
    "ScenarioWarning",
    "Source",
    "list_scenarios",
    "load_scenario",
    "read_text_file",
    "extends_chain",
    "resolve_parent",
    "resolve_scenario",
    "scenario_summary",
    "walk_provenanced",
]
