"""The top-level scenario model: a theatre, a horizon, a seed, sources, and one table per section."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, PrivateAttr, model_validator

from reassure.spec._bounds import check_bounds
from reassure.spec._catalogue import WithSources
from reassure.spec._paths import warning_field
from reassure.spec._quantity import Dim, Model, Quantity, Source, SwitchWhy, walk_provenanced
from reassure.spec.sections.air_policing import AirPolicingSpec
from reassure.spec.sections.costs import CostsSpec
from reassure.spec.sections.force import Contributor, ForceSpec
from reassure.spec.sections.incidents import IncidentSpec
from reassure.spec.sections.maritime import MaritimeSpec
from reassure.spec.sections.monitoring import MonitoringSpec
from reassure.spec.sections.posture import AirSpec, PostureSpec, SupportForceSpec
from reassure.spec.sections.us import ENABLERS, USBackstopSpec

__all__ = ["Parameter", "Scenario", "scenario_summary", "walk_provenanced"]


class Parameter(Model):
    """One row of `reassure show`: where a number stands, and why it is believed."""

    path: str
    quantity: Quantity


class Scenario(WithSources):
    """A plan to assess: every number in it is a sourced `Quantity`."""

    schema_version: Literal[1] = Field(alias="schema", description="scenario format version: 1")
    name: str = Field(description="short name, e.g. `europe-2025` (default: the file name)")
    title: str = Field(description="one-line title shown in reports")
    description: str = Field(default="", description="what the plan is and where it comes from")
    description_source: tuple[str, ...] = Field(
        default=(),
        description="ids of the `[[sources]]` the title and description summarise (the reports "
        "that describe the plan); the report's note on the plan cites these. Not inherited; "
        "default: the sources with evidence-ledger `claims`",
    )
    extends: str | None = Field(
        default=None, description="name or path of the scenario this one overrides"
    )
    theatre: str = Field(description="theatre name, e.g. `ukraine-2025`")
    seed: int = Field(ge=0, le=2**63 - 1, description="random seed for every Monte Carlo in the assessment")
    horizon: Annotated[Quantity, Dim("time", gt=0)] = Field(description="how long the force must be kept up")
    sources: tuple[Source, ...] = Field(description="reports, publications and data sets cited")
    force: ForceSpec = Field(description="the force asked for")
    contributors: tuple[Contributor, ...] = Field(default=(), description="nations that may contribute")
    posture: PostureSpec = Field(description="where the force stands, what it protects")
    monitoring: MonitoringSpec = Field(description="how the contact line is watched")
    air: AirSpec = Field(description="the air component")
    support_force: SupportForceSpec = Field(description="the outside support force")
    us_backstop: USBackstopSpec = Field(description="US enablers counted on")
    incidents: IncidentSpec = Field(description="ceasefire incidents and the response threshold")
    air_policing: AirPolicingSpec | None = Field(
        default=None, description="optional standing air task: patrols, early warning and alert"
    )
    maritime: MaritimeSpec | None = Field(default=None, description="optional Black Sea maritime tasks")
    costs: CostsSpec | None = Field(
        default=None, description="optional costs of enablers the other sections do not cost"
    )

    _file: Path | None = PrivateAttr(default=None)
    _load_warnings: tuple[str, ...] = PrivateAttr(default=())
    #: The files its `extends` chain was read from, the parent first (review s65 1).
    _extends_files: tuple[Path, ...] = PrivateAttr(default=())
    #: A parent found next to a file where a shipped plan has its name, one line each.
    _extends_warnings: tuple[str, ...] = PrivateAttr(default=())
    #: Each change made in code (`with_overrides`), in order: path, value given, reason.
    _overrides: tuple[dict[str, str], ...] = PrivateAttr(default=())
    #: Fields a model needs that the file leaves out (file:line errors, s13 review 5): `validate`
    #: reports them all at once, as `assess` would refuse them one at a time.
    _model_needs: tuple[Any, ...] = PrivateAttr(default=())

    @model_validator(mode="after")
    def _description_sources_resolve(self) -> Scenario:
        from reassure.errors import did_you_mean

        known = {s.id for s in self.sources}
        for sid in self.description_source:
            if sid not in known:
                raise ValueError(f"description_source: names unknown source {sid!r}"
                                 f"{did_you_mean(sid, known)}; add it to [[sources]]")
        return self

    def description_sources(self) -> tuple[Source, ...]:
        """The sources the title and description summarise: ``description_source``; without it
        the reports the evidence ledger read (sources with ``claims``), else those kept as files,
        else every source."""
        if self.description_source:
            return tuple(self.source(sid) for sid in self.description_source)
        for pick in (lambda s: bool(s.claims), lambda s: bool(s.file)):
            chosen = tuple(s for s in self.sources if pick(s))
            if chosen:
                return chosen
        return tuple(self.sources)

    @model_validator(mode="after")
    def _plausible(self) -> Scenario:
        check_bounds(self)  # every number within its documented span (spec/_bounds.py)
        from reassure.spec._catalogue import check_assumptions

        check_assumptions(self)  # review s37 3 (each at its line when loaded: `CHECKED`)
        return self

    @property
    def file(self) -> Path | None:
        """The file the scenario was read from (None when built in code)."""
        return self._file

    @property
    def extends_files(self) -> tuple[Path, ...]:
        """The files the `extends` chain was read from: the parent, then the parent's parent and
        up (empty for a file that extends nothing, or a plan built in code). The loader's rule
        (docs/scenario-format.md, "Where extends looks") reads a name next to the file first, so
        a copy named as a shipped plan is the parent: this says which file was (review s65 1)."""
        return self._extends_files

    @property
    def extends_warnings(self) -> tuple[str, ...]:
        """One line for each `extends` of the chain that names a shipped plan but was read from a
        file of that name next to the child (``FILE:LINE: extends = "europe-2025" reads ...``):
        the CLI prints them, `validate` among its warnings, results.json keeps them."""
        return self._extends_warnings

    @property
    def load_warnings(self) -> tuple[str, ...]:
        """Named warnings from loading (e.g. ``participation-reset``), each with file:line."""
        return self._load_warnings

    @property
    def overrides(self) -> tuple[dict[str, str], ...]:
        """The changes made to this plan in code (`with_overrides`, each call's in turn): one
        ``{"path", "value", "assumption"}`` each; empty for a plan as its file has it. A plan with
        any has " (modified in code)" at the end of its title (review s37 7)."""
        return self._overrides

    @property
    def missing_model_fields(self) -> tuple[Any, ...]:
        """The fields a model needs that the file leaves out, one `ScenarioFieldError` each
        (file and line of the table they belong in); empty when every model can run."""
        return self._model_needs

    def load_warnings_about(self, section: str) -> tuple[str, ...]:
        """The load warnings on a field of ``section`` (``monitoring``: ``monitoring.fleets[0]...``),
        whether or not the line starts with ``FILE:LINE:``."""
        return tuple(w for w in self._load_warnings if warning_field(w).split(".")[0].split("[")[0] == section)

    # -- use ------------------------------------------------------------------------------
    def parameters(self) -> list[Parameter]:
        """Every `Quantity` of the scenario with its dotted path, in file order."""
        return [
            Parameter(path=p, quantity=q)
            for p, q in walk_provenanced(self)
            if isinstance(q, Quantity)
        ]

    def with_overrides(self, overrides: Mapping[str, Any], *given: Any,
                       assumption: str | None = None) -> Scenario:
        """A new, validated scenario with the numbers at ``overrides``' dotted paths replaced.

        Each overridden number carries ``assumption`` (the reason for the change) and a note of
        what it replaced and that value's sources; a changed statement (a contributor's
        ``status``, a ``us_backstop`` switch) carries it as its item's assumption, with what it
        replaced. The new scenario's title ends in " (modified in code)" and ``overrides``
        lists the changes; the original scenario is unchanged. An override that sets a value to
        what it already is (a switch ``True`` that is true, a status to its own, a number to the
        number it holds) is no change: not recorded, the provenance kept, the title the file's.

        Parameters
        ----------
        overrides : {path: value}
            ``"force.target_troops"``, ``"contributors[0].pledge_troops"`` or
            ``"contributors[FRA].pledge_troops"``, ...; a value is a number (a point, in the
            quantity's own unit; numpy's number scalars too), a ``(low, high)`` pair, a table
            ``{"value": 2, "unit": "month"}`` or a `Quantity`. A path to a non-quantity field
            (``"us_backstop.isr"``) takes the value. A field the file leaves out
            (``"force.sustainable_share"``, ``"contributors[SWE].delay"``) can be set too; the
            file fixes no unit for it, so a bare number is taken only where the field has one
            sensible unit (a fraction, troops, a count, EUR/troop-year) and is refused, saying
            which unit to give, for any other (a time, a length, an amount of money).
        assumption : str
            Why, in a few words (at least 12 characters, as in a file): printed in the
            report's footnotes next to each overridden number. Required, by keyword: without
            it (or given by position) the call raises `ReassureError`, unless every value is a
            table or `Quantity` with its own ``source`` or ``assumption``. A blank
            ``"assumption"`` inside a value is refused, not replaced by the call's.

        >>> from reassure.spec import load_scenario
        >>> s = load_scenario("europe-2025")
        >>> s.with_overrides({"force.target_troops": 20000}, assumption="a smaller ask").force.target_troops.nominal
        20000.0
        """
        from reassure.spec._overrides import with_overrides

        return with_overrides(self, overrides, assumption, given)

    def without_us(self) -> Scenario:
        """The same scenario with every US enabler off and US assets removed."""
        off = {e: False for e in ENABLERS} | {"ground_troops": False}
        # every switch is off by the without-US case itself: the plan's reasons for its own
        # settings of them (`switch_provenance`) do not apply there
        backstop = self.us_backstop.model_copy(update={**off, "switch_provenance": {}})
        fleets = tuple(f for f in self.monitoring.fleets if not f.us_asset)
        bases = tuple(b for b in self.air.bases if not b.us)
        update: dict[str, Any] = {
            "us_backstop": backstop,
            "monitoring": self.monitoring.model_copy(update={"fleets": fleets}),
            "air": self.air.model_copy(update={"bases": bases}),
            "name": f"{self.name} (without US)",
        }
        return self.model_copy(update=update)


#: The flags that make an item a US asset, left out of the plan without the US backstop.
US_FLAGS = ("us", "us_asset")


def _us_flags(node: Any, path: str = "") -> Iterator[tuple[str, str, bool]]:
    """``(index path, flag, value)`` for every item with a US flag (`us`, `us_asset`): an air
    base, a helicopter unit, a fleet, an airlift type, an air station, a maritime task (review
    s53 2: `show` said "12 US fighters assumed" of a base a child had made European)."""
    from pydantic import BaseModel

    if isinstance(node, Quantity):
        return
    if isinstance(node, BaseModel):
        for flag in US_FLAGS:
            if path and flag in type(node).model_fields and isinstance(getattr(node, flag), bool):
                yield path, flag, getattr(node, flag)
        for name in type(node).model_fields:
            yield from _us_flags(getattr(node, name), f"{path}.{name}" if path else name)
    elif isinstance(node, tuple | list):
        for i, item in enumerate(node):
            yield from _us_flags(item, f"{path}[{i}]")


def scenario_summary(s: Any) -> dict[str, Any]:
    """The scenario as plain data: parameters, sourced statements and sources. Each ``path``
    names list items by key (``contributors[SWE].pledge_troops``), as a reader of the file would."""
    from reassure.spec._paths import keyed_path

    params = []
    statements = []
    for index_path, item in walk_provenanced(s):
        path = keyed_path(s, index_path)
        if isinstance(item, Quantity):
            params.append(
                {
                    "path": path, "value": item.value, "low": item.low, "high": item.high,
                    "unit": item.unit, "text": item.text(), "source": list(item.source),
                    "assumption": item.assumption, "note": item.note,
                }
            )
        elif isinstance(item, SwitchWhy):
            continue  # said below, as its switch's own statement
        else:
            # what the item says, as the file would say it: unset fields left out, true/false;
            # a switch with its own provenance is its own statement (review 41 12)
            own = getattr(item, "switch_provenance", None) or {}
            fields = {
                k: ("true" if v else "false") if isinstance(v, bool) else v
                for k, v in item.model_dump(mode="json", exclude={"source", "assumption"}).items()
                if v is not None and not isinstance(v, dict | list | tuple) and k not in own
            }
            statements.append(
                {
                    "path": path,
                    "statement": ", ".join(f"{k}={v}" for k, v in fields.items()),
                    "source": list(item.source), "assumption": item.assumption,
                }
            )
            for name, why in own.items():
                statements.append(
                    {
                        "path": f"{path}.{name}",
                        "statement": f"{name}={'true' if getattr(item, name) else 'false'}",
                        "source": list(why.source), "assumption": why.assumption,
                    }
                )
    return {
        "name": s.name,
        "title": s.title,
        "description": s.description.strip(),
        "theatre": s.theatre,
        "seed": s.seed,
        "file": str(s.file) if s.file else None,
        # review s65 1: the parent files actually read (a copy next to the file shadows a
        # shipped plan of its name), and the warning when one does
        "extends": s.extends,
        "extends_files": [str(p) for p in getattr(s, "extends_files", ())],
        "extends_warnings": list(getattr(s, "extends_warnings", ())),
        "parameters": params,
        "statements": statements,
        "us_flags": [{"path": keyed_path(s, index_path), "flag": flag, "value": value}
                     for index_path, flag, value in _us_flags(s)],
        "sources": [src.model_dump(mode="json", exclude_none=True) for src in s.sources],
    }
