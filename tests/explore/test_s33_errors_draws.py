"""Review s33 #2: the report's design section never said how many draws over who joins lie behind
a force outcome's "share of the draws over who joins", and stated "1 incident Monte Carlo run per
evaluation" for an experiment with no incidents outcome."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.explore.test_report_wording import _title_store

from reassure.bridge.force import DRAWS
from reassure.run.explore.analyse import analyse
from reassure.run.explore.store import read_manifest, results


def _design(tmp_path: Path, outcomes: list[str], **extra: object) -> str:
    from reassure.present.explore_report import render_explore_report

    _title_store(tmp_path)
    a = analyse(tmp_path, "test.y", fail="test_y_with_us < 50")
    manifest = {**read_manifest(tmp_path), "outcomes": outcomes, "runs": 3, **extra}
    page = render_explore_report(manifest, a, results(tmp_path), tmp_path)
    return re.search(r"<h2>The design</h2>\s*<p>(.*?)</p>", page, re.S).group(1)


@pytest.mark.parametrize(("outcomes", "draws", "runs"), [
    (["force.p_target_met_pct", "force.strength_mean"], True, False),
    (["incidents.detected_pct"], False, True),
    (["force.p_target_met_pct", "incidents.detected_pct"], True, True),
    (["monitoring.pd_1h_pct"], False, False),
])
def test_the_design_states_the_monte_carlo_its_outcomes_use(tmp_path: Path, outcomes: list[str], draws: bool,
                                                             runs: bool) -> None:
    text = _design(tmp_path, outcomes)
    assert (f"{DRAWS:,} Monte Carlo draws over who joins" in text) is draws, text
    assert ("3 incident Monte Carlo runs" in text) is runs, text
    assert ("incident Monte Carlo" in text) is runs, text
    assert (" per evaluation" in text) is (draws or runs), text


def test_the_draws_are_the_runs_own(tmp_path: Path) -> None:
    """The manifest records the draws of the run; the report states those, not today's."""
    from reassure.run.explore import plan_from_file
    from reassure.run.explore.execute import manifest_for

    plan = plan_from_file(Path(__file__).parents[2] / "experiments" / "what-drives-25000.toml")
    assert manifest_for(plan)["draws"] == DRAWS
    assert "2,000 Monte Carlo draws over who joins per evaluation" in _design(tmp_path, ["force.p_target_met_pct"],
                                                                             draws=2000)
