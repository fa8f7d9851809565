"""Terminal summary of an assessment: verdicts first, then key figures, then warnings."""

from __future__ import annotations

from typing import Any

from reassure.present.report import figure_text

__all__ = ["print_summary"]


def _yes_no(v: bool | None) -> str:
    return "n/a" if v is None else ("[green]yes[/green]" if v else "[red]no[/red]")


def print_summary(assessment: Any, out: Any) -> None:
    """Print the verdicts and key figures of ``assessment`` on a rich console."""
    from rich.table import Table

    s = assessment.scenario
    out.print(f"[bold]{s.name}[/bold]: {s.title}")
    out.print(f"seed {assessment.settings['seed']} · runs {assessment.settings['runs']}")
    from reassure.present.story import nation_names, no_triage_notes, reader_names
    from reassure.present.units import label_beside_value
    from reassure.run.results import plan_label

    plan = plan_label(s)
    # the verdicts use nations' names, as the report does: so do the explanations and warnings
    names = reader_names(s)
    verdicts = Table(title="Verdicts", title_justify="left")
    for col in ("question", plan, "without US backstop", "why"):
        verdicts.add_column(col, overflow="fold")
    for v in assessment.verdicts:
        verdicts.add_row(v.question, _yes_no(v.with_us), _yes_no(v.without_us), nation_names(v.detail, names))
    out.print(verdicts)
    for section in assessment.sections:
        if not section.figures:
            continue
        table = Table(title=section.title, title_justify="left")
        table.add_column("figure")
        table.add_column(plan, justify="right")
        table.add_column("without US backstop", justify="right")
        for f in section.figures:
            table.add_row(label_beside_value(f.label, f.unit), figure_text(f, "with_us", ci_words=False),
                          figure_text(f, "without_us", ci_words=False))
        out.print(table)
        for note in section.notes + no_triage_notes(section, s.us_backstop.any):
            out.print(f"[bold]note[/bold] ({section.name}): {nation_names(note, names)}")
    for section in assessment.sections:
        for w in section.warnings:
            out.print(f"[yellow]warning[/yellow] ({section.name}): {nation_names(w, names)}")
    out.print("Monte Carlo figures show their 95% confidence interval in parentheses.")
    out.print("Every figure's sources and assumptions: see the report, or `reassure show "
              f"{s.name}`.")
