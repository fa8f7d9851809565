"""Shipped catalogues (sensors, aircraft): sourced data read with the same checks as scenarios."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import Field, ValidationError, model_validator

from reassure.spec._quantity import Model, Source

__all__ = ["Catalogue", "WithSources", "check_assumptions", "check_sources", "read_catalogue"]

C = TypeVar("C", bound="Catalogue")


def check_sources(model: Any, sources: tuple[Source, ...]) -> None:
    """Source ids are unique and every `source = [...]` below ``model`` names one of them."""
    from reassure.errors import did_you_mean
    from reassure.spec._quantity import walk_provenanced

    seen: set[str] = set()
    for src in sources:
        if src.id in seen:
            raise ValueError(f"sources: id {src.id!r} is used twice")
        seen.add(src.id)
    for path, item in walk_provenanced(model):
        for sid in item.source:
            if sid not in seen:
                raise ValueError(
                    f"{path}.source: names unknown source {sid!r}{did_you_mean(sid, seen)}; "
                    "add it to [[sources]]"
                )


def check_assumptions(model: Any) -> None:
    """Every assumption below ``model`` says why in a few words (`assumption_fault`: the one rule
    of files, `with_overrides` and the web editor; review s37 3). The loaders check each where
    it stands (the `CHECKED` validation context); this is the net under a scenario or catalogue
    validated without it, so that a quantity built alone in code (a doctest's) is free until it
    is put into a plan."""
    from reassure.spec._quantity import assumption_fault, walk_provenanced

    for path, item in walk_provenanced(model):
        fault = assumption_fault(item.assumption)
        if fault:
            raise ValueError(f"{path}: has an assumption that {fault}")


class WithSources(Model):
    """A model with its own ``[[sources]]`` (a scenario, a catalogue): every id it cites must
    resolve there. Subclasses declare the ``sources`` field where it belongs in their order."""

    if TYPE_CHECKING:
        sources: tuple[Source, ...]

    @model_validator(mode="after")
    def _sources_resolve(self) -> WithSources:
        check_sources(self, self.sources)
        return self

    def source(self, source_id: str) -> Source:
        """The ``[[sources]]`` entry with this id (``KeyError`` if absent)."""
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(source_id)


class Catalogue(WithSources):
    """Base of a shipped catalogue: its quantities cite the catalogue's own ``[[sources]]``."""

    schema_version: int = Field(alias="schema", description="catalogue format version: 1")
    sources: tuple[Source, ...] = Field(description="where each number was read")

    @model_validator(mode="after")
    def _assumptions_say_why(self) -> Catalogue:
        check_assumptions(self)
        return self


def read_catalogue(file: Path, model: type[C]) -> C:
    """Read and validate a catalogue file; errors name the file and the field."""
    from reassure.errors import ScenarioFieldError

    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
        from reassure.spec._quantity import FILE_CHECKED

        return model.model_validate(data, context=FILE_CHECKED)
    except tomllib.TOMLDecodeError as err:
        raise ScenarioFieldError(file, f"is not valid TOML: {err}") from err
    except ValidationError as err:
        first = err.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        raise ScenarioFieldError(file, first["msg"], field=field) from err
