"""What an assessment section hands to the presentation layer.

Each capability (force generation, posture and response, monitoring, incidents) renders its
typed outcome as a `SectionResult` (`Capability.section`, `reassure.run.section_*`): verdicts, key
figures (with and without the US backstop), charts, map layers, tables, and the raw model
output. Every figure names the scenario parameters it rests on (`refs`), so the report can
footnote it to their sources and assumptions. Presentation code never calls a model.
"""

from __future__ import annotations

from dataclasses import KW_ONLY, asdict, dataclass, field
from typing import Any, Literal

__all__ = [
    "SCHEMA_VERSION",
    "both_sides",
    "plan_case",
    "plan_label",
    "spell_out",
    "Chart",
    "Denominator",
    "Figure",
    "Setting",
    "Layer",
    "SectionResult",
    "Table",
    "Verdict",
]

SCHEMA_VERSION = 1

Value = float | int | str | bool | None


def plan_label(scenario: Any) -> str:
    """Name of the "as planned" column: a plan without any US enabler must not say "with US"."""
    return "with US backstop" if scenario.us_backstop.any else "as planned (no US backstop)"


def plan_case(scenario: Any, *, article: bool = True) -> str:
    """The "as planned" case as a caption names it in brackets, where the caption is built:
    "with the US backstop" ("with US backstop" with ``article=False``) for a plan that has one,
    "as planned, no US backstop" for a plan without any US enabler, which must not be told it
    has one (s13 review 10, 11).

    >>> from types import SimpleNamespace as N
    >>> plan_case(N(us_backstop=N(any=True))), plan_case(N(us_backstop=N(any=True)), article=False)
    ('with the US backstop', 'with US backstop')
    >>> plan_case(N(us_backstop=N(any=False)))
    'as planned, no US backstop'
    """
    if not scenario.us_backstop.any:
        return "as planned, no US backstop"
    return "with the US backstop" if article else "with US backstop"


def both_sides(scenario: Any, with_us: str, without_us: str) -> str:
    """The numbers a verdict compares, each side named (review s33: a verdict's why gave neither
    the achieved value nor the one it is held against); one plan's value without a "with".

    >>> from types import SimpleNamespace as N
    >>> both_sides(N(us_backstop=N(any=True)), "42.7%", "31.6%")
    '42.7% with the US backstop, 31.6% without'
    >>> both_sides(N(us_backstop=N(any=True)), "0.0%", "0.0%")
    '0.0% with and without the US backstop'
    >>> both_sides(N(us_backstop=N(any=False)), "12%", "12%")
    '12% as planned (no US backstop)'
    """
    if not scenario.us_backstop.any:
        return f"{with_us} as planned (no US backstop)"
    if with_us == without_us:
        return f"{with_us} with and without the US backstop"
    return f"{with_us} with the US backstop, {without_us} without"


def spell_out(scenario: Any, reads: tuple[str, ...]) -> tuple[str, ...]:
    """A figure's refs from the scenario paths it reads: ``LIST[*].FIELD`` becomes that field of
    every item of the scenario's list (``air_policing.platforms[0].sortie``, ...), so the figure's
    footnote cites that field's sources and assumptions, not its siblings' (review r8 5).

    >>> from types import SimpleNamespace as N
    >>> s = N(maritime=N(tasks=[N(), N()]))
    >>> spell_out(s, ("maritime.eur_per_usd", "maritime.tasks[*].ships"))
    ('maritime.eur_per_usd', 'maritime.tasks[0].ships', 'maritime.tasks[1].ships')
    """
    refs: list[str] = []
    for path in reads:
        head, star, tail = path.partition("[*]")
        if not star:
            refs.append(path)
            continue
        items: Any = scenario
        for name in head.split("."):
            items = getattr(items, name, None) if items is not None else None
        refs += [f"{head}[{i}]{tail}" for i in range(len(items or ()))]
    return tuple(dict.fromkeys(refs))


@dataclass(frozen=True)
class Setting:
    """The plan's own parameters a figure or verdict rests on and its report's label names (the
    horizon, the tours each person serves, what a total counts, the response threshold): a table
    of several plans shows them in each plan's own cell of a row under the figure or verdict,
    never in the label all plans share (review 20 #1: compare headed every plan's distinct
    individuals with the first plan's horizon)."""

    label: str  # the row's label, no number in it: "its horizon and tours per person"
    text: str  # this plan's: "20-30 years; at most 2 tours per person"

    def to_dict(self) -> dict[str, str]:
        """JSON-ready form (a verdict's ``setting`` in `results.json`)."""
        return {"label": self.label, "text": self.text}


@dataclass(frozen=True)
class Verdict:
    """A yes/no answer to one of the reader's questions, with and without the US backstop.

    A question that rests on a plan's own setting without naming its value ("within the response
    threshold") carries it as ``setting``: a table of several plans (`reassure compare`) shows
    each plan's in its own cell of a row under the verdict, as under a figure (`Figure.setting`).
    """

    question: str
    with_us: bool | None
    without_us: bool | None
    detail: str
    refs: tuple[str, ...] = ()
    _: KW_ONLY
    setting: Setting | None = None


@dataclass(frozen=True)
class Denominator:
    """The subset a figure is taken over, sized with and without the US backstop: e.g. the
    detected incidents a time to report is taken over, as a share of all incidents."""

    label: str  # "detected incidents, share of all incidents": no number in it
    with_us: float | None
    without_us: float | None
    unit: str = "%"
    digits: int = 0


@dataclass(frozen=True)
class Figure:
    """One key number, with and without the US backstop; ``refs`` are parameter paths.

    A figure over a subset whose size is the plan's own (answered calls, detected incidents)
    names that size in ``label`` for the plan's report, and also carries ``common_label``, the
    label without it, and the size itself as ``denominator``: a table of several plans (`reassure
    compare`) heads every plan's value with ``common_label`` and shows each plan's denominator
    in its own cell, never one plan's numbers in a label shared by all. A figure whose label names
    the plan's own parameters (its horizon, tours per person) carries ``common_label`` without
    them and the parameters as ``setting``, shown the same way.

    Its values (and a `Table`'s cells) are stored as computed, never rounded: `results.json`
    keeps them so, and each is rounded once where it is shown, by one rule
    (`reassure.present.report.meaningful`: `value_text` and `figure_text` for the report and the
    terminal, `reassure.present.output.csv_number` for the CSVs). Rounding before storing rounds
    twice (review s52: EUR 241.48 million stored as 241.5 read "242"); `tests/report/
    test_round_once_s52.py` checks that no section rounds a value it stores.
    """

    key: str
    label: str
    with_us: Value
    without_us: Value
    unit: str = ""
    refs: tuple[str, ...] = ()
    digits: int = 0
    ci_with_us: tuple[float, float] | None = None  # 95% interval of a Monte Carlo estimate
    ci_without_us: tuple[float, float] | None = None
    _: KW_ONLY  # the fields below by name only: two branches once added fields at the same place
    # A Monte Carlo estimate (a mean over draws), or an expectation over chances that are
    # judgements (the expected strength), is written to 3 significant figures whether or not its
    # float happens to be whole (13,359.0 reads 13,400, as 22,777.1 reads 22,800); an exact
    # count (28,264 troops fielded by the allocation) is written as it is. A figure with a 95%
    # interval is an estimate without saying so.
    estimate: bool = False
    # A figure that is a range: the value is its high end (what a one-number table compares),
    # this its low end; shown ``low–high``, both ends to 3 significant figures.
    low_with_us: float | None = None
    low_without_us: float | None = None

    common_label: str = ""  # ``label`` without this plan's numbers; "" when it names none
    denominator: Denominator | None = None
    setting: Setting | None = None

    @property
    def is_estimate(self) -> bool:
        """Whether the figure is written as an estimate (3 significant figures), not exactly."""
        return (self.estimate or self.ci_with_us is not None or self.ci_without_us is not None
                or self.low_with_us is not None or self.low_without_us is not None)


@dataclass(frozen=True)
class Chart:
    """A chart spec the report draws as inline SVG.

    ``kind``: ``bar`` (labels, one or two series), ``line`` (x and series), ``hist``
    (values binned), ``tornado`` (labels, low and high swings around a base).
    """

    id: str
    title: str
    kind: Literal["bar", "line", "hist", "tornado"]
    labels: tuple[str, ...] = ()
    x: tuple[float, ...] = ()
    series: dict[str, tuple[float, ...]] = field(default_factory=dict)
    x_label: str = ""
    y_label: str = ""
    base: float | None = None
    refs: tuple[str, ...] = ()
    #: what a reader must know to read the chart (review s51: a figure fixed by construction,
    #: which swings that do not reach its cause cannot move)
    note: str = ""


@dataclass(frozen=True)
class Layer:
    """A map layer: GeoJSON-like features with lon/lat coordinates."""

    id: str
    title: str
    kind: Literal["polygon", "line", "point", "circle"]
    features: tuple[dict[str, Any], ...]
    refs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    """A table for the report and for CSV export (rows of plain values)."""

    id: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]
    refs: tuple[str, ...] = ()


@dataclass(frozen=True)
class SectionResult:
    """Everything one model area contributes to an assessment."""

    name: str
    title: str
    verdicts: tuple[Verdict, ...] = ()
    figures: tuple[Figure, ...] = ()
    charts: tuple[Chart, ...] = ()
    layers: tuple[Layer, ...] = ()
    tables: tuple[Table, ...] = ()
    data: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    seconds: float = 0.0
    # How to read the figures, shown beside them rather than folded among the caveats: e.g.
    # that the two sides' times are taken over subsets of very different size.
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (layers are left to `layers.geojson`).

        The model output in ``data`` is already plain data and can be large, so it is passed
        through as is rather than deep-copied by `dataclasses.asdict`.
        """
        out: dict[str, Any] = {"name": self.name, "title": self.title}
        for name in ("verdicts", "figures", "charts", "tables"):
            out[name] = [asdict(item) for item in getattr(self, name)]
        out.update(data=self.data, warnings=list(self.warnings), notes=list(self.notes), seconds=self.seconds)
        return out
