"""Writing results: JSON to stdout, and a shared rich console."""

from __future__ import annotations

import json
import math
import sys
from typing import Any

__all__ = [
    "FORMATS", "LazySpinner", "check_format", "console", "csv_number", "figure_csv_cells", "figures_csv", "hours_text",
    "print_json", "sub_billion_digits", "table_csv", "to_jsonable",
]

FORMATS = ("table", "json")
# One spelling across commands: `table` for the human-readable form. `text` (the old spelling
# of `assess`) is still accepted and means the same.
ALIASES = {"text": "table"}


def check_format(value: str, allowed: tuple[str, ...] = FORMATS) -> str:
    """Refuse an unknown ``--format`` with the standard one-line error; return the canonical value."""
    from reassure.errors import ReassureError, did_you_mean

    value = ALIASES.get(value, value) if ALIASES.get(value) in allowed else value
    if value not in allowed:
        raise ReassureError(
            f"--format must be one of {', '.join(allowed)}{did_you_mean(value, allowed)} "
            f"(got {value!r})"
        )
    return value


def hours_text(value: float | None) -> str:
    """A duration for a table: minutes under an hour, else hours; ``-`` when there is none."""
    if value is None:
        return "-"
    return f"{value * 60:.0f} min" if value < 1 else f"{value:.1f} h"


def console(stderr: bool = False) -> Any:
    """A rich console (imported lazily). Markup is off: scenario titles, assumptions, file
    paths and reports' words may hold brackets ("[Reuters]", "[/]") that rich would read as
    markup and fail on; the few styled lines say so with `styled`."""
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False, markup=False)


def styled(markup: str, *values: object) -> Any:
    """``markup`` (rich's "[bold]{}[/bold]") with ``values`` put in as plain text: the style is
    the tool's, the words may be anyone's."""
    from rich.markup import escape
    from rich.text import Text

    return Text.from_markup(markup.format(*(escape(str(v)) for v in values)))


class LazySpinner:
    """A transient spinner on stderr (``title: step``, elapsed time) that starts on its first
    step, not before: a long job calls it as ``progress(step)``, and whatever the job forks
    before its first step does not inherit, nor wait for, loading rich's live display.

    >>> with LazySpinner("job") as progress:
    ...     pass  # no step: nothing is shown, rich.progress is not imported
    """

    def __init__(self, title: str) -> None:
        self.title = title
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> LazySpinner:
        return self

    def __call__(self, step: str) -> None:
        if self._bar is False:
            return
        if self._bar is None:
            err = console(stderr=True)
            if not err.is_terminal:  # review s50: redirected, it left a blank line on stderr
                self._bar = False
                return
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._bar = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                 TimeElapsedColumn(), console=console(stderr=True), transient=True)
            self._bar.start()
            self._task = self._bar.add_task(self.title, total=None)
        self._bar.update(self._task, description=f"{self.title}: {step}")

    def __exit__(self, *exc: object) -> None:
        if self._bar:
            self._bar.stop()


_PLAIN = (str, int, bool, type(None))


def to_jsonable(obj: Any) -> Any:
    """Plain JSON types; NaN and infinity become None (JSON has neither)."""
    kind = type(obj)
    # Exact built-in types first: a map layer holds tens of thousands of coordinates, and
    # asking each for `to_dict`, `item` ... costs more than the rest of the report.
    if kind is float:
        return obj if math.isfinite(obj) else None
    if kind in _PLAIN:
        return obj
    if kind is list or kind is tuple:
        return [to_jsonable(v) for v in obj]
    if hasattr(obj, "to_dict"):
        obj = obj.to_dict()
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if hasattr(obj, "item") and callable(obj.item):  # numpy scalars
        return to_jsonable(obj.item())
    if hasattr(obj, "tolist"):
        return to_jsonable(obj.tolist())
    if hasattr(obj, "isoformat"):
        return obj.isoformat()
    return obj


def print_json(obj: Any) -> None:
    """Print ``obj`` as indented JSON on stdout."""
    json.dump(to_jsonable(obj), sys.stdout, indent=2, ensure_ascii=False, allow_nan=False)
    sys.stdout.write("\n")


def csv_number(value: Any, digits: int | None = None, estimate: bool = False) -> Any:
    """A number as a CSV cell: rounded to meaningful digits, never ``5.029999999999999``; an
    ``estimate`` (a Monte Carlo mean, a range's end) to three significant figures even when its
    float is whole, as the report writes it (13,359.0 troops -> 13400)."""
    from reassure.present.report import meaningful

    if isinstance(value, bool) or not isinstance(value, int | float):
        return "" if value is None else value
    if isinstance(value, float) and not math.isfinite(value):
        return ""
    if float(value).is_integer() and not estimate and not digits:  # an exact count (`report._measured`)
        return int(value)
    if value == 0:
        return 0
    power = math.floor(math.log10(abs(value)))
    if digits is None:  # a table cell: three significant digits
        digits = max(0, 2 - power)
    rounded = meaningful(float(value), digits, estimate=estimate)
    shown = max(0, min(digits, 2 - power))  # as the report writes it: 16.6, not 16.60
    return f"{rounded:.{shown}f}" if shown > 0 else int(round(rounded))


def figures_csv(sections: Any, with_us_means: str | None = None) -> str:
    """`figures.csv`: each figure with and without the US, rounded as the report rounds it, with
    its 95% interval, and the low end of a figure that is a range (its value the high end).

    With ``with_us_means`` (`reassure.run.results.plan_label`: "with US backstop", or "as planned
    (no US backstop)" for a plan that counts on no US enabler) a last column says on every row
    what the ``with_us`` columns hold, so a spreadsheet of a no-US plan does not read "with US"
    alone (s35; `results.json` says it as ``scenario.with_us_means``).

    The columns and their cells are `Assessment.to_frame`'s (`reassure.run.assess.FIGURE_COLUMNS`
    and `figure_cells`, after ``section`` and ``key``), rounded here (`figure_csv_cells`).
    A figure with an interval is written to the interval's digits, the value as its ends (review
    20 #8: a median of 0.4745 read 0.47 beside its interval 0.474-0.475, outside it): rounding
    both alike keeps a value inside its own printed interval. `results.json` has them unrounded."""
    import csv
    import io

    from reassure.run.assess import FIGURE_COLUMNS

    buf = io.StringIO()
    w = csv.writer(buf)
    tail = [] if with_us_means is None else [with_us_means]
    w.writerow(["section", "key", *FIGURE_COLUMNS, *(["with_us_means"] if tail else [])])
    for s in sections:
        for f in s.figures:
            w.writerow([s.name, f.key, *figure_csv_cells(f), *tail])
    return buf.getvalue()


def figure_csv_cells(figure: Any) -> list[Any]:
    """One figure's cells of ``figures.csv``: `reassure.run.assess.figure_cells` (the cells of
    `Assessment.to_frame`), each rounded as the report writes it; "" for a cell it has not.

    A value is written to the figure's digits (one more, and as an estimate, when it has a 95%
    interval, for the value to sit inside its printed interval), an interval's ends likewise as
    estimates, and a range's low end to the figure's digits as an estimate (3 significant figures).

    >>> from reassure.run.results import Figure
    >>> figure_csv_cells(Figure("p", "Share detected", 55.04, 19.0, "%", digits=1, ci_with_us=(54.21, 55.87)))
    ['Share detected', '%', '55.0', '54.2', '55.9', '19.0', '', '', '', '']
    """
    from reassure.present.units import money_digits
    from reassure.run.assess import FIGURE_COLUMNS, figure_cells

    f = figure
    # money in billions to 3 significant figures, as the report writes it (`money_digits`)
    digits = money_digits(f.unit, f.digits)
    # an interval needs one digit more, and its value the same digits as its ends
    d = digits + 1 if (f.ci_with_us or f.ci_without_us) else digits
    small = _sub_billion_digits(f)
    if small is not None:  # money under a billion kept in billions: 3 significant figures
        d = digits = max(d, small)
    cells = []
    for column, value in zip(FIGURE_COLUMNS, figure_cells(f), strict=True):
        if column in ("label", "unit"):
            cells.append(value)
        elif column.endswith("_range_low"):
            cells.append(csv_number(value, digits, estimate=True))
        elif "_ci95_" in column:
            cells.append(csv_number(value, d, estimate=True))
        else:  # with_us, without_us
            cells.append(csv_number(value, d, f.is_estimate))
    return cells


def sub_billion_digits(unit: str, values: Any) -> int | None:
    """Decimals that keep 3 significant figures of money kept in billions whose ``values`` (a
    figure's, both sides and a range's low ends) are all under a billion (review s40: a 100-troop
    force's troop cost read ``0.02`` and its cost over the horizon ``0``-``1`` EUR billion here,
    where the report reads EUR 17.2 million a year and EUR 345-698 million); None for any other,
    whose digits stay its own. `figures.csv` and `compare.csv` alike.

    >>> sub_billion_digits("EUR billion", [0.625, 0.345, None]), sub_billion_digits("EUR billion", [184.0, 96.0])
    (3, None)
    """
    from reassure.present.units import under_a_billion

    numbers = [v for v in values if isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)]
    if not under_a_billion(unit, numbers):
        return None
    smallest = min(abs(v) for v in numbers if v != 0)
    return max(0, 2 - math.floor(math.log10(smallest)))


def _sub_billion_digits(figure: Any) -> int | None:
    """`sub_billion_digits` of a `Figure`'s values."""
    return sub_billion_digits(figure.unit, (figure.with_us, figure.without_us, figure.low_with_us,
                                            figure.low_without_us))


def table_csv(table: Any) -> str:
    """One report table as CSV, numbers to three significant digits."""
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(table.columns)
    for row in table.rows:
        w.writerow([csv_number(v) for v in row])
    return buf.getvalue()
