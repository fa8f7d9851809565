"""Session 32 review: `--scenario-sources` credits each figure to the reports that give it.

Made-up reports only. Figures that merely overlap ("10,000" and "4,000 to 60,000") are not one
figure: their overlap was written as the suggestion and credited to every report, so a report
that never gave 10,000 was listed as its source. Each figure now keeps its own sources ("pick
one"); the same figure worded "about" elsewhere keeps every report that gives it; a subject with
no scenario field lists each figure with its own reports; `--format json` beside
`--scenario-sources` is refused in one line instead of printing TOML.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reassure.evidence import Ledger

Make = Callable[..., Ledger]

EXACT = ("Officials in Paris said the planned European force would number 10,000 troops, a plan "
         "the ministers backed on Monday.\n")
SPREAD = ("Diplomats in Brussels described a European force ranging from 4,000 to 60,000 troops, "
          "depending on the mandate agreed by the coalition.\n")


def _size_lines(text: str) -> list[str]:
    return [x for x in text.splitlines() if x.startswith("# force.target_troops")]


def _sources(line: str) -> list[str]:
    return tomllib.loads(line[2:].split("  # claims:")[0])["force"]["target_troops"]["source"]


def test_overlapping_figures_keep_their_own_sources(ledger_of: Make) -> None:
    ledger = ledger_of(a=EXACT, b=SPREAD)
    entry = ledger.entry("european_force")
    assert entry.status != "conflict" and len(entry.values) == 2  # they overlap: 10,000
    lines = _size_lines(ledger.scenario_sources())
    assert len(lines) == 2, lines  # was one line: value = 10000 from both reports
    by_figure = {tomllib.loads(x[2:].split("  # claims:")[0])["force"]["target_troops"].get(
        "value"): _sources(x) for x in lines}
    assert by_figure[10000] == ["report-a"]  # the range's report never gave 10,000
    assert by_figure[None] == ["report-b"]  # low = 4000, high = 60000
    assert all("pick one" in x and "figures that overlap" in x for x in lines)
    assert not any("corroborated" in x for x in lines)


def test_one_figure_worded_two_ways_lists_both_reports(ledger_of: Make) -> None:
    ledger = ledger_of(a="A diplomat put the planned European force at about 25,000 soldiers.\n",
                       b="Officials said the force would number 25,000 troops.\n",
                       c="Britain's chiefs have drawn up plans for a force of 64,000 troops.\n")
    lines = _size_lines(ledger.scenario_sources())
    assert len(lines) == 1 and "corroborated" in lines[0], lines
    assert sorted(_sources(lines[0])) == ["report-a", "report-b"]  # was one of the two
    other = [x for x in ledger.scenario_sources().splitlines()
             if x.startswith("#   other figure, not suggested: 64,000")]
    assert other and 'source = ["report-c"]' in other[0]


def test_information_lines_name_each_figures_reports(ledger_of: Make) -> None:
    ledger = ledger_of(
        a="Moscow keeps about 600,000 soldiers in Ukraine, a Western defence official said on "
          "Tuesday in Berlin.\n",
        b="Kyiv's intelligence chief estimated that Russia has between 550,000 and 700,000 troops "
          "in Ukraine, he told reporters on Friday.\n")
    text = ledger.scenario_sources()
    head = next(x for x in text.splitlines() if x.startswith("# (no scenario field) Russian"))
    assert "value = 600000" not in head  # the overlap is no report's figure
    rows = [x for x in text.splitlines() if x.startswith("#   ") and "troops:" in x]
    assert any(x.startswith("#   about 600,000 troops") and 'source = ["report-a"]' in x for x in rows)
    assert any(x.startswith("#   550,000–700,000 troops") and 'source = ["report-b"]' in x
               for x in rows)


def test_no_suggestion_credits_a_report_without_its_figure(ledger_of: Make) -> None:
    """Whatever the lines, a report listed as a figure's source states that figure."""
    ledger = ledger_of(a=EXACT, b=SPREAD, c="Officials said the force would number 10,000 "
                                            "troops at first.\n")
    stated = {c.report_id: (c.low, c.high) for c in ledger.claims if c.subject == "european_force"}
    for line in _size_lines(ledger.scenario_sources()):
        size = tomllib.loads(line[2:].split("  # claims:")[0])["force"]["target_troops"]
        figure = (size.get("value", size.get("low")), size.get("value", size.get("high")))
        for source in size["source"]:
            assert stated[source.removeprefix("report-")] == figure, line


def test_scenario_sources_refuses_another_format(run_cli: Any) -> None:
    samples = Path(__file__).parent / "corpus" / "samples"
    for fmt in ("json", "csv"):
        result = run_cli("evidence", str(samples), "--scenario-sources", "--format", fmt)
        assert result.exit_code == 2 and len(result.error_lines) == 1, result.stderr
        assert "--scenario-sources" in result.stderr and f"--format {fmt}" in result.stderr
        assert not result.stdout.startswith("# Evidence ledger")  # no TOML under a json flag
    result = run_cli("evidence", str(samples), "--scenario-sources")
    assert result.exit_code == 0 and re.match(r"# Evidence ledger", result.stdout)
