"""Terminal summary of an assessment: verdicts first, then key figures, then warnings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reassure.present.output import styled
from reassure.present.report import figure_text
from reassure.vocabulary import plural

__all__ = ["print_summary"]


def _yes_no(v: bool | None) -> Any:
    return "n/a" if v is None else styled("[green]yes[/green]" if v else "[red]no[/red]")


# The question and the reason each need this many characters of a line to read as prose; below
# it the table's "why" column wraps to a dozen characters and nine verdicts take ~120 lines
# (review s12 12), so the verdicts are printed as a list, as `compare` does with its table.
_VERDICT_TEXT_MIN = 40


def verdict_table_fits(width: int, plan: str) -> bool:
    """Whether the four-column verdict table leaves the question and the reason
    ``_VERDICT_TEXT_MIN`` characters each on a console ``width`` wide.

    >>> verdict_table_fits(80, "with US backstop"), verdict_table_fits(200, "with US backstop")
    (False, True)
    """
    answers = len(plan) + len("without US backstop")
    borders = 3 * 4 + 1  # a space each side of a cell and a rule between
    return width - answers - borders >= 2 * _VERDICT_TEXT_MIN


def _print_verdict_list(out: Any, verdicts: Any, plan: str, names: dict[str, str]) -> None:
    """A narrow terminal: each verdict as a block, the question, then both answers on one
    line, then the reason, indented so the blocks stand apart."""
    from rich.padding import Padding
    from rich.text import Text

    from reassure.present.story import nation_names

    out.print(Text("Verdicts", style="italic"))
    for v in verdicts:
        out.print(Text.assemble("- ", (v.question, "bold")))
        out.print(Padding(f"{plan}: {_yes_no(v.with_us)}; without US backstop: {_yes_no(v.without_us)}",
                          (0, 0, 0, 4)))
        if v.detail:
            out.print(Padding(Text(f"why: {nation_names(v.detail, names)}"), (0, 0, 0, 4)), highlight=False)


def print_summary(assessment: Any, out: Any, report: Any = None) -> None:
    """Print the verdicts and key figures of ``assessment`` on a rich console; ``report``: the
    report.html written (`reassure assess --out`), None when there is none."""
    from rich.table import Table

    s = assessment.scenario
    out.print(styled("[bold]{}[/bold]: {}", s.name, s.title))
    out.print(f"seed {assessment.settings['seed']} · runs {assessment.settings['runs']}")
    from reassure.present.tables import few_runs_caveat

    caveat = few_runs_caveat(assessment.settings["runs"], of_model=True)
    if caveat:  # review s65 3: as the web page says it beside the run's seed and runs
        out.print(f"warning: {caveat}")
    from reassure.present.story import nation_names, no_triage_notes, reader_names, reader_wording
    from reassure.present.units import label_beside_value
    from reassure.run.results import plan_label

    plan = plan_label(s)
    # the verdicts use nations' names, as the report does: so do the explanations and warnings
    names = reader_names(s)
    # review s50: a range's high end, not "the full target" (the question as the reader reads it)
    sections, verdicts_read = reader_wording(s, assessment.sections, assessment.verdicts)
    if verdict_table_fits(out.width, plan):
        verdicts = Table(title="Verdicts", title_justify="left")
        for col in ("question", plan, "without US backstop", "why"):
            verdicts.add_column(col, overflow="fold")
        for v in verdicts_read:
            verdicts.add_row(v.question, _yes_no(v.with_us), _yes_no(v.without_us), nation_names(v.detail, names))
        out.print(verdicts)
    else:
        _print_verdict_list(out, verdicts_read, plan, names)
    for section in sections:
        if not section.figures:
            continue
        table = Table(title=section.title, title_justify="left")
        # a long word of a label (a parameter path) folds, never cut short with an ellipsis
        table.add_column("figure", overflow="fold")
        table.add_column(plan, justify="right")
        table.add_column("without US backstop", justify="right")
        for f in section.figures:
            table.add_row(label_beside_value(f.label, f.unit), figure_text(f, "with_us", ci_words=False),
                          figure_text(f, "without_us", ci_words=False))
        out.print(table)
        for note in section.notes + no_triage_notes(section, s.us_backstop.any):
            out.print(styled("[bold]note[/bold] ({}): {}", section.name, nation_names(note, names)))
    from reassure.present.tables import print_sensitivity

    print_sensitivity(getattr(assessment, "extra_charts", ()), s, out, written=report is not None)
    for section in assessment.sections:
        for w in section.warnings:
            out.print(styled("[yellow]warning[/yellow] ({}): {}", section.name, nation_names(w, names)))
    if caveat:  # (review s65 3) one run gives the incident figures no interval: none is promised
        out.print("Monte Carlo figures show their 95% confidence interval in parentheses where one can be "
                  f"given; the incident model's rest on {plural(assessment.settings['runs'], 'run')}, too few "
                  "to be trusted (see the warning at the top).")
    else:
        out.print("Monte Carlo figures show their 95% confidence interval in parentheses.")
    # review s33: "see the report" was said when none was written (no --out)
    show = f"`reassure show {show_target(s)}`"
    if report is not None:
        out.print(f"Every figure's sources and assumptions: in {Path(report).name} (below), or {show}.")
    else:
        out.print(f"Every figure's sources and assumptions: {show}; no report was written "
                  "(add `--out DIR` for report.html, results.json and the CSVs).")


def show_target(scenario: Any) -> str:
    """What `reassure show` takes to show ``scenario``: its name when shipped, else its file."""
    from reassure.spec._load import shipped_scenario_dir

    file = getattr(scenario, "file", None)
    if file is None or Path(file).resolve().parent == shipped_scenario_dir().resolve():
        return str(scenario.name)
    return str(file)
