"""Review s33 fault 4: `reassure assess mnf-u-2026` without `--out` ended "see the report, or
`reassure show mnf-u-2026`" though it wrote no report. It now says none was written and how to
write one; with `--out` it points to the report it wrote."""

from __future__ import annotations

import io
from pathlib import Path
from types import SimpleNamespace

from rich.console import Console

from reassure.present.terminal import print_summary

ROOT = Path(__file__).resolve().parents[2]


def _summary(report: object = None, file: object = None) -> str:
    scenario = SimpleNamespace(name="mnf-u-2026", title="t", theatre="ukraine-2025", file=file,
                               us_backstop=SimpleNamespace(any=True))
    assessment = SimpleNamespace(scenario=scenario, settings={"seed": 1, "runs": 2}, sections=(),
                                 verdicts=())
    out = Console(file=io.StringIO(), width=200)
    if report is None:  # as `reassure assess` without --out calls it
        print_summary(assessment, out)
    else:
        print_summary(assessment, out, report)
    return " ".join(out.file.getvalue().split())


def test_without_out_no_report_is_promised() -> None:
    text = _summary()
    assert "see the report" not in text
    assert ("Every figure's sources and assumptions: `reassure show mnf-u-2026`; no report was "
            "written (add `--out DIR` for report.html, results.json and the CSVs).") in text


def test_with_out_the_written_report_is_named() -> None:
    text = _summary(Path("out/mnf/report.html"))
    assert ("Every figure's sources and assumptions: in report.html (below), or "
            "`reassure show mnf-u-2026`.") in text


def test_a_plan_from_its_own_file_is_shown_by_its_path(tmp_path: Path) -> None:
    # `reassure show mnf-u-2026` finds only a shipped plan: a variant's file is named instead
    mine = tmp_path / "variant.toml"
    assert f"`reassure show {mine}`" in _summary(file=mine)
    assert "`reassure show mnf-u-2026`" in _summary(file=ROOT / "scenarios" / "mnf-u-2026.toml")
