"""Session 12: words from outside the tool (a scenario's title and assumptions, reports' text)
may hold square brackets ("[Reuters]", "[/bold]"); rich read them as markup and the command
failed with "internal error: MarkupError". They are shown as written; the tool's own styles stay."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.present.output import styled

BRACKETY = st.text(alphabet=st.sampled_from(list("ab [/]=#bold red")), max_size=30)


@given(BRACKETY)
@settings(max_examples=200, deadline=None)
def test_styled_keeps_any_words_as_written(words: str) -> None:
    assert styled("[bold]{}[/bold]: x", words).plain == f"{words}: x"


def test_show_and_assess_print_a_title_and_assumption_with_brackets(tmp_path: Path, run_cli) -> None:
    plan = tmp_path / "brk.toml"
    plan.write_text('schema = 1\nname = "brk"\ntitle = "Brackets [/bold] test"\n'
                    'extends = "europe-2025"\n\n[force]\ntarget_troops = { value = 20000, '
                    'unit = "troops", assumption = "a test [/] of [red] brackets" }\n')
    shown = run_cli("show", str(plan))
    assert shown.exit_code == 0, shown.stderr
    assert "Brackets [/bold] test" in shown.stdout and "a test [/] of [red] brackets" in shown.stdout
    assessed = run_cli("assess", str(plan), "--runs", "2")
    assert assessed.exit_code == 0, assessed.stderr
    assert "brk: Brackets [/bold] test" in assessed.stdout


def test_evidence_prints_report_words_with_brackets(tmp_path: Path, run_cli) -> None:
    (tmp_path / "a.txt").write_text(
        "Oslo [Reuters], 3 March 2025. Norway [/bold] said it is \"ready to send [our] troops\" "
        "to Ukraine [/] after a ceasefire.\n", encoding="utf-8")
    proc = run_cli("evidence", str(tmp_path))
    assert proc.exit_code == 0, proc.stderr
    assert "Norway [/bold] said" in proc.stdout and "MarkupError" not in proc.stdout + proc.stderr
