"""Shipped catalogues (sensors, aircraft): sourced data read with the same checks as scenarios."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import Field, ValidationError, model_validator

from reassure.spec._quantity import Model, Source

__all__ = ["Catalogue", "WithSources", "check_sources", "read_catalogue"]

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


def read_catalogue(file: Path, model: type[C]) -> C:
    """Read and validate a catalogue file; errors name the file and the field."""
    from reassure.errors import ScenarioFieldError

    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
        return model.model_validate(data)
    except tomllib.TOMLDecodeError as err:
        raise ScenarioFieldError(file, f"is not valid TOML: {err}") from err
    except ValidationError as err:
        first = err.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        raise ScenarioFieldError(file, first["msg"], field=field) from err
