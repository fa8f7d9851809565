"""docs/scenario-format.md documents every field of the schema."""

from __future__ import annotations

import typing
from pathlib import Path

from pydantic import BaseModel

from reassure.spec import Quantity, Scenario
from reassure.spec import units as units_mod

DOC = (Path(__file__).resolve().parents[2] / "docs" / "scenario-format.md").read_text()


def _paths(model: type[BaseModel], prefix: str = "") -> list[str]:
    out = []
    for name, field in model.model_fields.items():
        key = field.alias or name
        path = f"{prefix}.{key}" if prefix else key
        out.append(path)
        for arg in [field.annotation, *typing.get_args(field.annotation)]:
            for sub in [arg, *typing.get_args(arg)]:
                if isinstance(sub, type) and issubclass(sub, BaseModel) and sub is not Quantity:
                    many = typing.get_origin(field.annotation) is tuple
                    out += _paths(sub, path + ("[]" if many else ""))
    return out


def test_every_schema_field_is_documented() -> None:
    missing = [p for p in dict.fromkeys(_paths(Scenario)) if f"`{p}`" not in DOC]
    assert not missing, (
        f"undocumented fields: {missing}; run .venv/bin/python scripts/gen_scenario_doc.py"
    )


def test_every_quantity_field_and_unit_is_documented() -> None:
    for name in Quantity.model_fields:
        assert f"`{name}`" in DOC
    for unit in units_mod.UNITS:
        assert f"`{unit}`" in DOC, unit
