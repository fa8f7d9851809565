"""Session 65 (a newcomer analyst's test, finding 3): `incidents --runs 1` and `assess --runs 1`
promised "95% interval in parentheses", printed none, and said nothing of one run not being an
estimate, where the web page warns under 5 runs. Under `FEW_RUNS` runs the CLI now prints the
page's caveat in one line above the figures, promises no interval, and the incidents note says so;
from 5 runs up nothing changes."""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
from rich.console import Console

from reassure.present.terminal import print_summary
from reassure.run.assess import Assessment
from reassure.spec import load_scenario

WORDS = "each Monte Carlo figure is a rough estimate, and its 95% interval, where shown, rests on too few runs to be trusted"
CAVEAT = f"warning: very few runs (1): {WORDS}; use --runs 5 or more (the default is 100)"


@pytest.fixture(scope="module")
def one_run(run_cli: Any) -> str:  # noqa: ANN401
    result = run_cli("incidents", "europe-2025", "--runs", "1", env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_incidents_with_one_run_says_so_in_one_line_above_the_figures(one_run: str) -> None:
    lines = one_run.splitlines()
    assert lines[0].rstrip() == CAVEAT
    assert lines[1].startswith("europe-2025: ceasefire incidents over 90 days (1 run, seed 20250217)")
    assert "interval in parentheses" not in one_run
    # the closing note promises no interval either, and says the same
    text = re.sub(r"\s+", " ", one_run)
    assert "The 95% intervals of these figures are" not in text
    assert f"note: Very few runs (1 run, seed 20250217): {WORDS}; quote none from fewer than 5 runs" in text


def test_the_caveat_is_the_pages_and_stops_at_five_runs() -> None:
    from reassure.present.tables import few_runs_caveat
    from reassure.run.section_incidents import FEW_RUNS, FEW_RUNS_WORDS

    assert FEW_RUNS == 5 and FEW_RUNS_WORDS == WORDS
    assert few_runs_caveat(4) is not None and few_runs_caveat(FEW_RUNS) is None and few_runs_caveat(100) is None
    from reassure.present.web.page import JS, page

    html = page("test")
    assert "j.runs < FEW_RUNS ? ' — very few runs: ' + FEW_RUNS_WORDS" in JS
    assert f"FEW_RUNS = {FEW_RUNS}, FEW_RUNS_WORDS = \"{FEW_RUNS_WORDS}\"" in html


@pytest.mark.parametrize("runs", [1, 4, 5])
def test_assess_says_it_of_the_incident_model_and_promises_intervals_only_where_given(runs: int) -> None:
    console = Console(record=True, width=400, file=io.StringIO())
    print_summary(Assessment(load_scenario("europe-2025"), {"runs": runs, "seed": 1}, (), ()), console)
    text = console.export_text()
    lines = text.splitlines()
    assert lines[1] == f"seed 1 · runs {runs}"
    if runs < 5:
        assert lines[2].startswith(f"warning: very few runs of the incident model ({runs}): each of its figures "
                                   "is a rough estimate, and its 95% interval, where shown, rests on too few runs")
        assert ("Monte Carlo figures show their 95% confidence interval in parentheses where one can be given; "
                "the incident model's rest on") in text
    else:
        assert "very few runs" not in text
        assert "Monte Carlo figures show their 95% confidence interval in parentheses." in lines
