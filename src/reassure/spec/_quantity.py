"""Sourced quantities and provenance: the mechanism every scenario number goes through.

A number in a scenario is never bare. It is a ``Quantity``: a value (or a ``low``/``high``
range) with an explicit unit, plus either ``source = [ids]`` naming entries of the scenario's
``[[sources]]`` table, or ``assumption = "why"``. Fields declare the dimension they accept with
``Q("time", gt=0)``; the unit is checked and the bounds are checked in canonical units.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Annotated, Any, ClassVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from reassure.spec import units as _units
from reassure.spec._number_words import number_text

__all__ = ["DIMENSIONS_OF", "MIN_ASSUMPTION", "Dim", "Model", "Provenanced", "Q", "Quantity", "Source", "SwitchWhy", "Switches",
           "assumption_fault", "got_text", "is_web_address", "plain_text_fault", "small_percent_hint",
           "walk_provenanced"]


class Model(BaseModel):
    """Base of every scenario model: immutable, unknown keys are errors, and `bool` and `int`
    fields are strict (``isr = "yes"``, ``air_defence = 1``, ``seed = "1"`` are refused: a sourced
    scenario says exactly what it means). A model with ``strict_numbers`` (an experiment file's)
    refuses a string or true/false for a `float` field too (``low = "20000"``).

    The check is made field by field, so a wrong type is one problem among the others of the
    same table, not the end of the checking (review s20 explore #4)."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    #: also refuse a string or a bool where a `float` is expected (experiment files)
    strict_numbers: ClassVar[bool] = False
    #: the text fields a reader is shown as written, which must be plain text: no control or
    #: invisible character (review s53 2: NUL bytes reached report.html; twelve zero-width
    #: spaces passed as a reason)
    plain_text_fields: ClassVar[tuple[str, ...]] = ("assumption", "note", "title", "description")

    @field_validator("*", mode="before")
    @classmethod
    def _strict_scalars(cls, value: Any, info: ValidationInfo) -> Any:
        if isinstance(value, str) and info.field_name in cls.plain_text_fields:
            fault = plain_text_fault(value)
            if fault:
                raise ValueError(fault)
        kind = _strict_fields(cls).get(info.field_name or "")
        if kind is None or value is None:
            return value
        if kind is bool and not isinstance(value, bool):
            raise ValueError(f"must be true or false (got {_excerpt(value)})")
        if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise ValueError(f"must be a whole number (got {_excerpt(value)})")
        if kind is float and cls.strict_numbers and isinstance(value, str | bool):
            what = ", a string" if isinstance(value, str) else ""
            raise ValueError(f"must be a number (got {_excerpt(value)}{what})")
        return value


_STRICT_CACHE: dict[type, dict[str, type]] = {}


def _strict_fields(cls: type[BaseModel]) -> dict[str, type]:
    """field name -> bool|int|float for every field annotated exactly ``bool``, ``int`` or
    ``float`` (or ``| None``)."""
    import types
    import typing

    found = _STRICT_CACHE.get(cls)
    if found is None:
        out: dict[str, type] = {}
        for name, info in cls.model_fields.items():
            ann = info.annotation
            if isinstance(ann, types.UnionType) or typing.get_origin(ann) is typing.Union:
                args = [a for a in typing.get_args(ann) if a is not type(None)]
                ann = args[0] if len(args) == 1 else None
            if ann in (bool, int, float):
                out[name] = typing.cast(type, ann)
        found = _STRICT_CACHE[cls] = out
    return found


def _excerpt(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**30:
        return f"an integer of {len(str(abs(value))) if value.bit_length() < 14000 else 'over 4,000'} digits"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


#: Largest magnitude of any scenario number: far beyond every plausible figure (troops, km,
#: hours, euros), far below where floats lose integers or overflow in products.
MAX_MAGNITUDE = 1e15


#: The shortest assumption: one rule for scenario and data files, experiment files,
#: `with_overrides(..., assumption=...)` and the web editor (which imports it). An assumption
#: replaces a source: a few words that say why the value is believed, not "x" or "." (review 20
#: 3; review s37 3). Twelve characters is "a guess only" or "half an hour".
MIN_ASSUMPTION = 12
#: The validation context that checks every assumption where it stands (file loaders and
#: `with_overrides` pass it: ``model_validate(data, context=CHECKED)``).
ASSUMPTIONS_CHECKED = "assumptions_checked"
CHECKED: dict[str, bool] = {ASSUMPTIONS_CHECKED: True}
#: ... and, read from a file, what an author types (`pledge_troops = 300.5`) but a design may
#: sample in code (explore draws a pledge from its sourced range: 9,339.85 troops).
FROM_FILE = "from_file"
FILE_CHECKED: dict[str, bool] = {ASSUMPTIONS_CHECKED: True, FROM_FILE: True}


#: Of an assumption's characters, how many at least are letters or digits: twelve dots are
#: twelve characters, and no reason (review s53 2).
MIN_WORD_CHARACTERS = 4
#: Characters of the format category that are part of how words are written (Persian and
#: Indic scripts, emoji): the zero-width non-joiner and joiner. Every other one is invisible.
_WRITTEN_FORMAT = frozenset("\u200c\u200d")


def plain_text_fault(text: str) -> str | None:
    """What makes ``text`` not plain text, or None: a control character (other than a tab or a
    line break) or an invisible one (a zero-width space, a byte-order mark, a direction
    override). Such a character cannot be seen in a report, or is not valid in it.

    >>> plain_text_fault("a 4-month tour, as reported") is None
    True
    >>> plain_text_fault("two\u200bweeks")
    'holds an invisible character, U+200B (zero width space), at character 4: write plain text'
    """
    import unicodedata

    for i, c in enumerate(text):
        category = unicodedata.category(c)
        if c in "\t\n\r" or c in _WRITTEN_FORMAT or category not in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            continue
        name = unicodedata.name(c, "")
        kind = "a control character" if category == "Cc" else "an invisible character"
        return (f"holds {kind}, U+{ord(c):04X}{f' ({name.lower()})' if name else ''}, at character {i + 1}: "
                "write plain text")
    return None


def assumption_fault(text: str | None) -> str | None:
    """What is wrong with ``text`` as an assumption (the reason a value is believed), or None.

    None, or blank, is no assumption at all (a source may stand alone; without one the caller
    says "needs provenance"). Anything else must say why in a few words: at least 12
    characters, some of them letters or digits, all of them plain text (review s53 2).

    >>> assumption_fault("two-year mandate assumed") is None
    True
    >>> assumption_fault("x").split(":")[0]
    "is too short to say why the value is believed ('x', 1 character; at least 12)"
    >>> assumption_fault("." * 12).split(":")[0]
    "says no words ('............', no letter or digit; at least 4)"
    """
    if text is None or not text.strip():
        return None
    fault = plain_text_fault(text)
    if fault:
        return fault
    given = text.strip()
    words = sum(c.isalnum() for c in given)
    if len(given) >= MIN_ASSUMPTION and words < MIN_WORD_CHARACTERS:
        some = "no letter or digit" if not words else f"{words} letter{'s' if words > 1 else ''} or digit{'s' if words > 1 else ''}"
        return (f"says no words ({_excerpt(given)}, {some}; at least {MIN_WORD_CHARACTERS}): say in a "
                'few words why the value is believed, or give `source = ["id", ...]`')
    if len(given) >= MIN_ASSUMPTION:
        return None
    chars = "character" if len(given) == 1 else "characters"
    return (f"is too short to say why the value is believed ({_excerpt(given)}, {len(given)} "
            f"{chars}; at least {MIN_ASSUMPTION}): say it in a few words, or give "
            '`source = ["id", ...]`')


def check_assumption(item: Provenanced, info: ValidationInfo | None) -> None:
    """Raise the error for ``item``'s assumption when it is too short, if the validation
    context asks for it (`CHECKED`: the file loaders, `with_overrides`)."""
    if info is not None and info.context and info.context.get(ASSUMPTIONS_CHECKED):
        fault = assumption_fault(item.assumption)
        if fault:
            raise ValueError(f"has an assumption that {fault}")


#: What a source file may be: a report the evidence ledger reads (evidence/_ingest.SUFFIXES), or
#: a PDF. A name is only shown, never opened, so the check is what the name says it holds.
REPORT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".pdf")


def source_file_fault(name: object) -> str | None:
    """What is wrong with a source's ``file``, or None. A source file is a report kept as a file:
    beside the scenario (the seed reports, ``figures.md``: a name relative to its folder) or
    elsewhere (the absolute paths `reassure evidence --scenario-sources` writes). Its name must say
    it is a report, so a system file (``/etc/shadow``) is refused (review s37).

    >>> [source_file_fault(n) is None for n in ("figures.md", "seeds/000_e2a9.txt", "/data/r/a1.HTML")]
    [True, True, True]
    >>> source_file_fault("/etc/shadow")
    'must name a report kept as a file, ending .txt, .text, .md, .html, .htm, .xhtml or .pdf (got no such ending)'
    >>> source_file_fault("https://example.org/a.html")
    'must name a report kept as a file, not a web address (that is `url = "..."`)'
    """
    from pathlib import PurePath

    if not isinstance(name, str):
        return None  # the field's type check says what it must be
    expected = "must name a report kept as a file"
    if not name.strip():
        return f"{expected}; leave `file` out when there is none"
    if any(ord(c) < 32 for c in name):
        return f"{expected}, without control characters"
    if "://" in name:
        return f"{expected}, not a web address (that is `url = \"...\"`)"
    suffix = PurePath(name.replace("\\", "/")).suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        endings = ", ".join(REPORT_SUFFIXES[:-1]) + " or " + REPORT_SUFFIXES[-1]
        got = f"'{suffix}'" if suffix else "no such ending"
        return f"{expected}, ending {endings} (got {got})"
    return None


def is_web_address(url: object) -> bool:
    """True for an ``http://`` or ``https://`` address with a host and no spaces: the only
    addresses a source may give and the only ones a report makes a link of (review s37 4:
    ``javascript:alert(1)`` and ``see my notes`` passed).

    >>> [is_web_address(u) for u in ("https://example.org/a b", "https://example.org/x", "javascript:alert(1)", "see my notes", "HTTP://EXAMPLE.ORG")]
    [False, True, False, False, True]
    """
    from urllib.parse import urlsplit

    if not isinstance(url, str) or url != url.strip() or any(c.isspace() or ord(c) < 32 for c in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def _as_ids(value: Any) -> Any:
    # `source = "seed-000"` is accepted as shorthand for `source = ["seed-000"]`.
    if isinstance(value, str):
        return (value,)
    return value


#: The fields whose value a statement's provenance is about as a whole: a contributor's sources
#: say what its `status` is, so a new status (in a child file, or in code) voids them. A table of
#: switches (`us_backstop`, a nation's `requires_us_backstop`) keeps its sources, which back the
#: switches left alone, and the new assumption says which switch changed (review s32 1, as the
#: web editor writes it; review s37 6).
STATUS_FIELDS = ("status",)


class Provenanced(Model):
    """Something whose truth rests on sources or on a stated assumption (or both)."""

    source: tuple[str, ...] = Field(
        default=(), description="ids of `[[sources]]` entries this rests on"
    )
    assumption: str | None = Field(
        default=None, description="why this value is assumed, when no source gives it"
    )

    _check_source = field_validator("source", mode="before")(_as_ids)

    @model_validator(mode="after")
    def _needs_provenance(self, info: ValidationInfo) -> Provenanced:
        if not self.source and not (self.assumption and self.assumption.strip()):
            if self.assumption is not None:  # given, but blank: say so, not "missing"
                raise ValueError(
                    'has an empty assumption: say why the value is assumed, or give `source = ["id", ...]`'
                )
            raise ValueError(
                'needs provenance: give `source = ["id", ...]` or `assumption = "why"`'
            )
        # review s37 3: in a file (or a plan changed in code) an assumption says why; each one
        # too short is a problem at its own line, all reported at once. A quantity's is checked
        # by its field's `Dim`, after its unit and bounds (the value's problem is told first); a
        # quantity built alone in code, once it is put into a plan (`_catalogue.check_assumptions`).
        if not isinstance(self, Quantity):
            check_assumption(self, info)
        return self


class SwitchWhy(Provenanced):
    """The provenance of one switch of a table (``[us_backstop.switch_provenance.isr]``)."""


class Switches(Provenanced):
    """A sourced table of switches (``[us_backstop]``, a ``[[contributors]]`` entry): the table's
    ``source`` and ``assumption`` back its values, but a switch may have its own in
    ``switch_provenance``, which a changed switch needs (review 41 12: a switch turned off by a
    variant showed the sources that had backed it on, and the switches left alone showed the
    reason for the change)."""

    switch_provenance: dict[str, SwitchWhy] = Field(
        default_factory=dict,
        description="a switch's own `source` or `assumption`, by its name, where the table's do not "
        "back it: `[us_backstop.switch_provenance.isr]` with `assumption = \"why\"` (the web editor "
        "and `with_overrides` write one for each switch they change)",
    )

    @field_validator("switch_provenance")
    @classmethod
    def _names_switches(cls, value: dict[str, SwitchWhy]) -> dict[str, SwitchWhy]:
        from reassure.errors import did_you_mean

        names = [n for n, f in cls.model_fields.items() if f.annotation in (bool, "bool")]
        for key in value:
            if key not in names:
                raise ValueError(f"names {key!r}, which is not a switch of this table"
                                 f"{did_you_mean(key, names)} (switches: {', '.join(names)})")
        return value

    def provenance_of(self, name: str) -> Provenanced:
        """What backs the switch ``name``: its own entry in `switch_provenance`, else the table."""
        return self.switch_provenance.get(name) or self


class Quantity(Provenanced):
    """A number with its unit and its provenance.

    Examples (TOML)::

        target_troops = { low = 25000, high = 30000, unit = "troops", source = ["seed-000"] }
        tour = { value = 6, unit = "month", assumption = "UK six-month operational tour" }
    """

    def __init__(self, /, **data: Any) -> None:
        """Built in Python (``Quantity(value=2, unit="month", assumption="why")``): a bad
        argument is a `ScenarioFieldError` worded as a file's, not pydantic's ValidationError
        (review s33). A file's quantities do not pass here (see ``__pydantic_base_init__``)."""
        from pydantic import ValidationError

        try:
            super().__init__(**data)
        except ValidationError as exc:
            if not _PYTHON_ERROR:
                raise
            raise _PYTHON_ERROR[0](type(self), data, exc) from None

    # review s33: pydantic then validates a quantity inside a scenario as before, without this
    # __init__, so the loader still reports each problem at its file, line and field
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    value: float | None = Field(default=None, description="the value, when it is a point")
    low: float = Field(description="lower bound (equal to `value` for a point)")
    high: float = Field(description="upper bound (equal to `value` for a point)")
    unit: str = Field(description="unit, from the table in docs/scenario-format.md")
    note: str | None = Field(default=None, description="free text shown next to the value")

    @model_validator(mode="before")
    @classmethod
    def _point_or_range(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            raise ValueError(
                "must be a table such as { value = 10, unit = \"km\", source = [\"id\"] }"
            )
        data = dict(data)
        has_value = data.get("value") is not None
        has_range = "low" in data or "high" in data
        if has_value and has_range:
            raise ValueError("gives both `value` and `low`/`high`; give one or the other")
        if has_value:
            data["low"] = data["value"]
            data["high"] = data["value"]
        elif not has_range:
            # review s37 8: `{ valeu = 15000, ... }` is named, as `asumption` and `units` are
            import difflib

            unknown = [str(k) for k in data if k not in cls.model_fields]
            typo = next((f"`{k}`; did you mean `{hit[0]}`?" for k in unknown
                         if (hit := difflib.get_close_matches(k, ("value", "low", "high"), n=1, cutoff=0.6))),
                        None)
            raise ValueError("needs `value`, or `low` and `high`" + (f" (got {typo})" if typo else ""))
        elif "low" not in data or "high" not in data:
            missing = "low" if "low" not in data else "high"
            raise ValueError(f"gives a range without `{missing}`")
        if "unit" not in data:
            # A misspelt key (`units`, `Unit`) is named, as `sorce` and `asumption` are.
            import difflib

            near = difflib.get_close_matches("unit", [str(k) for k in data], n=1, cutoff=0.6)
            if near:
                raise ValueError(f"needs a `unit` (got `{near[0]}`; did you mean `unit`?)")
            raise ValueError('needs a `unit`, e.g. unit = "km"')
        return data

    @field_validator("value", "low", "high", mode="before")
    @classmethod
    def _real_number(cls, v: Any) -> Any:
        import numbers

        if isinstance(v, numbers.Real) and not isinstance(v, bool | int | float):
            v = float(v)  # review s38 2: numpy's np.int64(20000), from a DataFrame, is a number
        if isinstance(v, bool) or (v is not None and not isinstance(v, int | float)):
            raise ValueError(f"must be a number (got {v!r})")
        if isinstance(v, float) and v != v:
            raise ValueError("must be a number, not NaN")
        # Infinity passes here (a catalogue's "unlimited" datalink range); a scenario's numbers
        # must also be finite, which spec/_bounds.py checks.
        if v is not None and abs(v) != float("inf") and abs(v) > MAX_MAGNITUDE:
            raise ValueError(
                # review s34: a bound as people write it, not "1e+15"
                f"must be a finite number of magnitude <= {number_text(MAX_MAGNITUDE)} (10^15) "
                f"(got {_excerpt(v)})"
            )
        return v

    @field_validator("unit")
    @classmethod
    def _known_unit(cls, unit: str) -> str:
        if _units.dimension_of(unit) is None:
            from reassure.spec._aliases import unit_suggestion

            raise ValueError(
                f"is not a known unit{unit_suggestion(unit, _units.UNITS)} (got {unit!r})"
            )
        return unit

    @model_validator(mode="after")
    def _ordered(self) -> Quantity:
        if self.low > self.high:
            raise ValueError(
                # review 41 14: with the unit and thousands separators, as the other messages
                f"low must be <= high (got low {number_text(self.low)} {self.unit}, "
                f"high {number_text(self.high)} {self.unit})"
            )
        return self

    # -- use ------------------------------------------------------------------------------
    @property
    def dimension(self) -> str:
        """The dimension of this quantity's unit (``time``, ``length``, ``troops`` ...)."""
        return _units.UNITS[self.unit][0]

    @property
    def is_range(self) -> bool:
        """True when the quantity is a range rather than a point."""
        return self.low != self.high

    @property
    def nominal(self) -> float:
        """The point value, or the midpoint of the range."""
        return self.value if self.value is not None else (self.low + self.high) / 2.0

    @property
    def canonical(self) -> float:
        """The point value, or the midpoint of the range, in its dimension's canonical unit (h, km,
        fraction, troops ...): what a model reads. ``nominal`` is in the unit as written, so
        ``30 percent`` is 30 there and 0.3 here."""
        k = _units.factor(self.unit)
        return self.value * k if self.value is not None else (self.low * k + self.high * k) / 2.0

    def to(self, unit: str) -> Quantity:
        """Return the same quantity expressed in ``unit`` (same dimension)."""
        if _units.dimension_of(unit) != self.dimension:
            raise ValueError(f"cannot convert {self.unit} ({self.dimension}) to {unit}")
        k = _units.factor(self.unit) / _units.factor(unit)
        update: dict[str, Any] = {"low": self.low * k, "high": self.high * k, "unit": unit}
        if self.value is not None:
            update["value"] = self.value * k
        return self.model_copy(update=update)

    def in_(self, unit: str) -> float:
        """Shorthand for ``self.to(unit).nominal`` (the same products, without the copy)."""
        if _units.dimension_of(unit) != self.dimension:
            raise ValueError(f"cannot convert {self.unit} ({self.dimension}) to {unit}")
        k = _units.factor(self.unit) / _units.factor(unit)
        return self.value * k if self.value is not None else (self.low * k + self.high * k) / 2.0

    def text(self) -> str:
        """Human form: ``25,000–30,000 troops`` or ``6 month``."""
        if self.is_range:
            return f"{_fmt(self.low)}–{_fmt(self.high)} {self.unit}"
        return f"{_fmt(self.nominal)} {self.unit}"

    def reader_text(self) -> str:
        """As a reader writes it, for warnings and notes: a share or probability in per cent
        (``25%``, ``40%–60%``, as the report shows p_join and shares), not ``0.25 fraction``
        (review s33); any other quantity as `text`."""
        if self.dimension != "fraction":
            return self.text()
        k = _units.factor(self.unit)
        if self.is_range:
            return f"{percent_text(self.low * k)}–{percent_text(self.high * k)}"
        return percent_text(self.nominal * k)


# How a bad ``Quantity(...)`` built in Python is worded: by the file loader's rules
# (`reassure.spec._problems.python_error`, which registers itself here when it is imported, as
# it always is first: importing this module runs the spec package, which imports the loader).
# A hook rather than an import, so the loader's wording does not make the modules a cycle.
_PYTHON_ERROR: list[Any] = []


def register_python_error(word: Any) -> None:
    """(review s33) Set how a ``Quantity(...)`` built in Python words a bad argument."""
    _PYTHON_ERROR[:] = [word]


def percent_text(x: float) -> str:
    """A share or probability (a fraction) in per cent as the report writes it: ``25%``,
    ``17.5%``, ``0.05%``.

    >>> [percent_text(x) for x in (0.25, 0.175, 1.0, 0.0005, 1 / 3)]
    ['25%', '17.5%', '100%', '0.05%', '33.3%']
    """
    pct = 100 * x
    if abs(pct - round(pct)) < 1e-9:
        return f"{round(pct):.0f}%"
    return f"{pct:.1f}%" if abs(pct) >= 0.1 else f"{pct:.2g}%"


def _fmt(x: float) -> str:
    if float(x).is_integer() and abs(x) >= 1000:
        return f"{int(x):,}"
    return f"{x:g}"


def Dim(  # noqa: N802 - reads like a type in field annotations
    dimension: str | tuple[str, ...],
    *,
    ge: float | None = None,
    gt: float | None = None,
    le: float | None = None,
    whole: bool = False,
    whole_in_file: bool = False,
) -> AfterValidator:
    """The check that makes a ``Quantity`` field accept only ``dimension`` within bounds.

    Use it as ``Annotated[Quantity, Dim("time", gt=0)]``. Bounds are in the dimension's
    canonical unit (h, km, km/h, fraction, troops ...). ``whole``: a count of things that
    come whole (aircraft): the value, or each end of a range, must be a whole number (review 19:
    ``aircraft = 2.5`` passed). ``whole_in_file``: the same, where an author writes the value in
    a file (troops are people: review s37 8, ``pledge_troops = 300.5``), not where a design
    samples a range in code (`FROM_FILE`).
    """
    dims = (dimension,) if isinstance(dimension, str) else dimension

    def check(q: Quantity, info: ValidationInfo) -> Quantity:
        if q.dimension not in dims:
            raise ValueError(f"must be {expected_units(dims)}{_currency_hint(q, dims)} "
                             f"(got unit {q.unit!r})")
        k = _units.factor(q.unit)
        lo, hi = q.low * k, q.high * k
        canon = _units.CANONICAL.get(q.dimension, q.unit)
        # a bound in the unit written when it is the same scale ("<= 1 probability", not "<= 1
        # fraction (got 1.6 probability)": review s49)
        said = q.unit if _units.factor(q.unit) == _units.factor(canon) else canon
        if ge is not None and lo < ge:
            raise ValueError(f"must be >= {_units.amount(number_text(ge), said)} "
                             f"(got {got_text(q.low, q.unit, canon)})")
        if gt is not None and lo <= gt:
            raise ValueError(f"must be > {_units.amount(number_text(gt), said)} "
                             f"(got {got_text(q.low, q.unit, canon)})")
        if le is not None and hi > le:
            raise ValueError(f"must be <= {_units.amount(number_text(le), said)}{percent_hint(q)} "
                             f"(got {got_text(q.high, q.unit, canon)})")
        in_file = whole_in_file and bool(info.context and info.context.get(FROM_FILE))
        if (whole or in_file) and not (float(lo).is_integer() and float(hi).is_integer()):
            raise ValueError(f"must be a whole number of {canon} (got {q.text()})")
        check_assumption(q, info)  # review s37 3: after the value's own checks
        return q

    DIMENSIONS_OF[check] = dims
    return AfterValidator(check)


def expected_units(dims: tuple[str, ...], *, code: bool = False) -> str:
    """What a field of ``dims`` accepts, after "must be": ``in a unit of time (h, day, ...)``, or
    ``a cost per ship-year, in one of the units EUR/ship-year, ...`` (review s33: not the
    internal dimension names, cost_eur_per_ship_year, which a file cannot write). ``code``: each
    unit in backticks (the field reference in docs/scenario-format.md says it in these words).

    >>> expected_units(("troops",), code=True)
    'in `troops`'
    """
    units = [f"`{u}`" if code else u for d in dims for u in _units.units_of(d)]
    if len(units) == 1:  # "in a unit of troops (troops)" says one thing twice
        return f"in {units[0]}"
    if all(d in _units.PLAIN_DIMENSIONS for d in dims):
        return f"in a unit of {' or '.join(dims)} ({', '.join(units)})"
    labels = " or ".join(dict.fromkeys(_units.dimension_label(d) for d in dims))
    return f"{labels}, in one of the units {', '.join(units)}"


def _currency_hint(q: Quantity, dims: tuple[str, ...]) -> str:
    """``; convert GBP to EUR at a sourced exchange rate ...`` when ``q`` is the right kind of
    money in a currency the field does not take (review s34: `GBP/troop-year` for a
    `cost_per_troop_year`, which takes EUR only and has no exchange-rate field)."""
    label = _units.dimension_label(q.dimension)
    same_kind = [d for d in dims if _units.dimension_label(d) == label]
    if not same_kind or "_" not in q.dimension:
        return ""
    given = q.unit.split("/")[0].split(" ")[0]
    wanted = _units.CANONICAL.get(same_kind[0], "").split("/")[0].split(" ")[0]
    if not given.isupper() or not wanted.isupper() or given == wanted:
        return ""
    return (f"; convert the {given} figure to {wanted} at a sourced exchange rate and give the "
            "rate and its source with the value (`note`, `source`)")


#: The dimensions each `Dim` check accepts (so `with_overrides` knows the unit a bare number
#: for a field the file leaves out is read in, where it has one sensible unit, and which units
#: to name where it has several: `_defaults.bare_number_unit`).
DIMENSIONS_OF: dict[Any, tuple[str, ...]] = {}


def got_text(x: float, unit: str, canon: str) -> str:
    """``0 month = 0 h``: a value as written and, when its unit is not the bound's, in the
    bound's unit too, so the limit and the value can be compared (r12 11)."""
    if unit == canon or _units.factor(unit) == _units.factor(canon):
        return f"{_fmt(x)} {unit}"  # "1.5 probability", not "... = 1.5 fraction"
    return f"{_fmt(x)} {unit} = {_fmt(x * _units.factor(unit) / _units.factor(canon))} {canon}"


def percent_hint(q: Quantity) -> str:
    """``; did you mean 0.30, or unit = "percent"?`` for a share written as a percentage
    (30 with unit "fraction" or "probability"); "" otherwise."""
    if q.dimension != "fraction" or _units.factor(q.unit) != 1.0 or not 2 <= q.high <= 100:  # 1.5 is rather a slip than 1.5 %
        return ""

    def share(x: float) -> str:
        return f"{x / 100:.2f}" if abs(round(x / 100, 2) - x / 100) < 1e-12 else f"{x / 100:g}"

    meant = share(q.value) if q.value is not None else f"{share(q.low)}-{share(q.high)}"
    return f'; did you mean {meant}, or unit = "percent"?'


def small_percent_hint(q: Quantity) -> str:
    """A warning's text for a share written in percent below 1 (0.3 with unit "percent", which
    reads as 0.3 %, not 30 %); "" otherwise. The mirror of `percent_hint` (r12 4): a value
    below 1 % is valid, so this warns rather than refuses."""
    if q.unit != "percent" or not 0 < q.high < 1:
        return ""
    shown = f"{q.value:g}" if q.value is not None else f"{q.low:g}-{q.high:g}"
    meant = (f"{q.value * 100:g}" if q.value is not None
             else f"{q.low * 100:g}-{q.high * 100:g}")
    return (f"is {shown} percent, i.e. below 1 %; did you mean {meant} percent, or "
            f'{shown} with unit = "fraction"?')


def Q(  # noqa: N802
    dimension: str | tuple[str, ...],
    *,
    ge: float | None = None,
    gt: float | None = None,
    le: float | None = None,
    whole: bool = False,
) -> Any:
    """``Annotated[Quantity, Dim(...)]`` built at run time (for code; annotations use ``Dim``)."""
    return Annotated[Quantity, Dim(dimension, ge=ge, gt=gt, le=le, whole=whole)]


class Source(Model):
    """One entry of a scenario's ``[[sources]]`` table."""

    # a report's title is copied as published (a soft hyphen, a zero-width space from the web
    # page): not checked as plain text; its note and assumption are the author's, checked
    plain_text_fields: ClassVar[tuple[str, ...]] = ("assumption", "note")

    id: str = Field(description="short id cited by `source = [...]`, e.g. `seed-004`")
    title: str = Field(description="title of the report, publication or data set")
    outlet: str = Field(description="who published it (news outlet, institute, agency)")
    date: dt.date | str | None = Field(default=None, description="publication date")
    url: str | None = Field(
        default=None,
        description="public address where it was read (for a compiled note: the original "
        "document's); an entry needs `url` or `file` (validate refuses one with neither)",
    )
    file: str | None = Field(
        default=None,
        description="a report kept as a file (.txt, .text, .md, .html, .htm, .xhtml or .pdf): a "
        "name relative to the scenario's folder (e.g. the seeds) or a full path (as `reassure "
        "evidence --scenario-sources` writes); a secondary pointer when `url` is given; without "
        "`url`, say why in `note`",
    )
    quote: str | None = Field(
        default=None,
        description="the sentence a figure rests on, verbatim from the source (at most 30 words)",
    )
    claims: tuple[str, ...] = Field(
        default=(), description="evidence-ledger claim ids this source supports"
    )
    note: str | None = Field(default=None, description="free text")

    @field_validator("title", "outlet")
    @classmethod
    def _said(cls, text: str) -> str:
        # review s37 4: `title = ""` passed; a reader must be able to tell what the entry is
        if not text.strip():
            raise ValueError("is empty: say what the source is (its title) and who published it (outlet)")
        return text

    @field_validator("url")
    @classmethod
    def _web_address(cls, url: str | None) -> str | None:
        # review s37 4: `url = "see my notes"` and `url = "javascript:alert(1)"` passed
        if url is not None and not is_web_address(url):
            raise ValueError("must be a web address starting with http:// or https:// (a document "
                             "kept beside the scenario is `file = \"name\"`; leave `url` out when "
                             "there is none)")
        return url

    @field_validator("file")
    @classmethod
    def _a_report(cls, name: str | None) -> str | None:
        # review s37: `file = "/etc/shadow"` passed; a source file is a report, and says so
        fault = source_file_fault(name)
        if fault:
            raise ValueError(fault)
        return name

    @field_validator("date")
    @classmethod
    def _real_date(cls, value: dt.date | str | None) -> dt.date | str | None:
        # review s37 4: `date = "yesterday"` and `date = 2099-01-01` passed
        if value is None:
            return value
        fault = date_fault(value)
        if fault:
            raise ValueError(fault)
        return value

    @model_validator(mode="after")
    def _locatable(self) -> Source:
        # review s34: the docs said an entry without a `url` "says why in its `note`", which
        # read as if a note could stand in for an address. It cannot: a reader must be able to
        # open every source, so an entry gives `url` or `file` (and, with `file` only, says in
        # `note` why there is no url). A figure from the author's own working is an assumption.
        if not self.url and not self.file:
            raise ValueError(
                "needs `url` or `file` so a reader can find it (a `note` cannot stand in for "
                "them); for a figure from your own working, write `assumption = \"...\"` on "
                "the value instead of citing this entry")
        return self


_DATE_TEXT = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
#: The words a source's `date` may say it has none in (the theatre files use "n.d.").
NO_DATE = ("n.d.",)


def date_fault(value: object, today: dt.date | None = None) -> str | None:
    """What is wrong with a source's ``date``, or None. A date is a TOML date (2025-03-01) or a
    string as a bibliography writes one: ``"2025"``, ``"2025-03"``, ``"2025-03-01"``, a span
    ``"2021-09/2021-12"``, or ``"n.d."`` (no date); none may lie in the future.

    >>> [date_fault(d, dt.date(2026, 1, 31)) is None for d in ("2025", "2025-03", "2021-09/2021-12", "n.d.")]
    [True, True, True, True]
    >>> date_fault("yesterday", dt.date(2026, 1, 31))
    'must be a date: 2025-03-01, or in quotes "2025", "2025-03" or a span "2021-09/2021-12" ("n.d." when it has none)'
    >>> date_fault(dt.date(2099, 1, 1), dt.date(2026, 1, 31))
    'is in the future (after 2026-01-31): give the date the source was published'
    """
    today = today or dt.date.today()
    if isinstance(value, dt.datetime):
        value = value.date()
    starts: list[dt.date] = []
    if isinstance(value, dt.date):
        starts = [value]
    elif isinstance(value, str) and value.strip() in NO_DATE:
        return None
    elif isinstance(value, str):
        for part in value.strip().split("/", 1):
            m = _DATE_TEXT.match(part.strip())
            try:
                if m is None:
                    raise ValueError(part)
                starts.append(dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1)))
            except ValueError:
                return ('must be a date: 2025-03-01, or in quotes "2025", "2025-03" or a span '
                        '"2021-09/2021-12" ("n.d." when it has none)')
    else:
        return "must be a date such as 2025-03-01"
    if any(d > today for d in starts):
        return f"is in the future (after {today.isoformat()}): give the date the source was published"
    return None


def walk_provenanced(node: Any, path: str = "") -> Iterator[tuple[str, Provenanced]]:
    """Yield ``(dotted.path, item)`` for every sourced item below ``node``, depth first."""
    if isinstance(node, BaseModel):
        if isinstance(node, Provenanced) and path:
            yield path, node
        if isinstance(node, Quantity):
            return
        for name in type(node).model_fields:
            yield from walk_provenanced(getattr(node, name), f"{path}.{name}" if path else name)
    elif isinstance(node, tuple | list):
        for i, item in enumerate(node):
            yield from walk_provenanced(item, f"{path}[{i}]")
    elif isinstance(node, dict):
        for key, item in node.items():
            yield from walk_provenanced(item, f"{path}.{key}")
