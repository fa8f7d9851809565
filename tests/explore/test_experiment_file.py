"""Bad experiment files give one line: file, line, field, what was expected (never a traceback)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from reassure.errors import ReassureError
from reassure.run.explore.design import build_plan
from reassure.spec.experiment import load_experiment

from .conftest import CLI, TINY, cli_env

CASES = [
    # (replace this, with this, expected line (1-based, in the edited text) or None, message pattern)
    ('kind = "lhs"', 'kind = "sobel"', "kind = ", r"design\.kind must be one of .*did you mean 'sobol'"),
    ("seed = 11", "seeed = 11", "seeed", r"seeed is not a known field; did you mean 'seed'"),
    ("seed = 11", "seed = -1", "seed = ", r"seed must be greater than or equal to 0"),
    ('path = "contributors[DEU].p_join"', 'path = "contributors[DEX].p_join"', "DEX",
     r"uncertainties\.factor\[0\]\.path .*has no item \[DEX\]; did you mean 'DEU'"),
    ("low = 0.0\nhigh = 0.8", "low = 0.9\nhigh = 0.8", "low = 0.9", r"low must be <= high"),
    ('assumption = "test range (for a test)"\n', "", "[[uncertainties.factor]]", r"needs provenance"),
    ("values = [true, false]", "values = [1, 2]", "values = [1, 2]", r"must be \[true, false\] choices"),
    # An out-of-range high is named as `high`, at its own line, with the list index explained.
    ("high = 0.8", "high = 1.5", "high = 1.5",
     r"uncertainties\.factor\[0\]\.high contributors\[DEU\]\.p_join = 1\.5: must be <= 1.*"
     r"\(uncertainties\.factor\[0\] is the 1st \[\[uncertainties\.factor\]\]; indexes count from 0\)"),
    ("integer = true", 'integer = true\nunit = "drones"', "unit = ", r"levers\[1\]\.unit must be the unit of monitoring\.fleets\[2\]\.orbits in the base scenario: write unit = \"orbits\".*got 'drones'.*the 2nd \[\[levers\]\]"),
    ('kind = "lhs"\nsamples = 6', 'kind = "sobol"\nsamples = 6', "samples = 6", r"power of 2"),
    ('outcomes = ["force.p_target_met_pct"', 'outcomes = ["force p_target_met"', "outcomes", r"figure ids `section\.key`"),
    ('scenarios = ["europe-2025"]', 'scenarios = ["europe-2052"]', "scenarios", r"names no scenario.*did you mean 'europe-2025'"),
    ("[design]", "[design", "[design", r"is not valid TOML"),
]


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


@pytest.mark.parametrize(("old", "new", "needle", "pattern"), CASES, ids=[c[3][:30] for c in CASES])
def test_bad_experiment_file_gives_one_line(tmp_path: Path, old: str, new: str, needle: str, pattern: str) -> None:
    assert old in TINY
    text = TINY.replace(old, new, 1)
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(ReassureError) as info:
        build_plan(load_experiment(path))
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}:{line_of(text, needle)}: "), message
    assert re.search(pattern, message), message


def test_unknown_outcome_is_named_with_its_line(tmp_path: Path) -> None:
    from reassure.run.explore.execute import check_outcomes

    text = TINY.replace('"force.p_target_met_pct"', '"force.p_target_mett"')
    path = tmp_path / "bad.toml"
    path.write_text(text)
    loaded = load_experiment(path)
    with pytest.raises(ReassureError, match=r"bad\.toml:\d+: outcomes\[0\] is not a figure the assessment reports; "
                                            r"did you mean 'force\.p_target_met_pct'"):
        check_outcomes(build_plan(loaded), loaded)


def test_cli_prints_one_line_and_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(TINY.replace('kind = "lhs"', 'kind = "latin"'))
    proc = subprocess.run([*CLI, "explore", str(path), "--out", str(tmp_path / "out")], capture_output=True,
                          text=True, env=cli_env(), timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert re.match(rf"error: {re.escape(str(path))}:\d+: design\.kind must be one of", proc.stderr)
    missing = subprocess.run([*CLI, "explore", "query", str(tmp_path / "nothing"), "SELECT 1"],
                             capture_output=True, text=True, env=cli_env(), timeout=120)
    assert missing.returncode == 2 and "does not exist" in missing.stderr


def test_constants_are_set_in_every_experiment(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text(TINY + '\n[constants]\n"force.tour" = { value = 6, assumption = "six-month tours (test)" }\n'
                    '"us_backstop.air_defence" = { value = false, source = ["seed-000"] }\n')
    plan = build_plan(load_experiment(path))
    for e in range(plan.n_experiments):
        _, overrides = plan.overrides(e)
        assert overrides["force.tour"] == 6 and overrides["us_backstop.air_defence"] is False
        assert "contributors[DEU].p_join" in overrides
    bad = tmp_path / "bad.toml"
    bad.write_text(TINY + '\n[constants]\n"force.tuor" = { value = 6, assumption = "six-month tours (test)" }\n')
    with pytest.raises(ReassureError, match=r'bad\.toml:\d+: constants\."?force\.tuor"? .*no field \'tuor\'; did you mean \'tour\''):
        build_plan(load_experiment(bad))


def _low_end_experiment(tmp_path: Path, sample_target: bool) -> Path:
    text = TINY.replace('outcomes = ["force.p_target_met_pct", "incidents.detected_pct"]',
                        'outcomes = ["force.p_target_met_pct", "force.p_target_low_met_pct"]')
    text = text.replace('fail = "incidents_detected_pct_with_us < 50"',
                        'fail = "force_p_target_met_pct_with_us < 50"')
    if sample_target:  # europe-2025's target is a range (25,000-30,000): sampled to one value
        text = text.replace("[[levers]]", '[[uncertainties.factor]]\npath = "force.target_troops"\n'
                            'low = 20000\nhigh = 30000\nassumption = "test range (for a test)"\n\n[[levers]]', 1)
    path = tmp_path / "low.toml"
    path.write_text(text)
    return path


def test_outcome_that_cannot_exist_under_the_design_is_refused(tmp_path: Path) -> None:
    """r6 H2: the chance of the target's LOW end exists only while the target is a range; a
    design that samples the target to one value would leave it empty in every evaluation."""
    from reassure.run.explore.execute import check_outcomes

    loaded = load_experiment(_low_end_experiment(tmp_path, sample_target=True))
    with pytest.raises(ReassureError) as info:
        check_outcomes(build_plan(loaded), loaded)
    message = str(info.value)
    assert "\n" not in message
    assert re.match(r".*low\.toml:\d+: outcomes\[1\] needs force\.target_troops as a range", message), message
    assert "empty in every evaluation: use force.p_target_met_pct" in message
    # The same outcome with the target left a range is fine.
    kept = load_experiment(_low_end_experiment(tmp_path, sample_target=False))
    check_outcomes(build_plan(kept), kept)


def test_empty_outcome_gets_a_note_not_a_silent_na() -> None:
    import numpy as np
    import pandas as pd

    from reassure.run.explore.analyse import empty_outcomes

    manifest = {"outcomes": ["force.p_target_met_pct", "force.p_target_low_met_pct"]}
    df = pd.DataFrame({"force_p_target_met_pct_with_us": [10.0, 20.0], "force_p_target_met_pct_without_us": [1.0, np.nan],
                       "force_p_target_low_met_pct_with_us": [np.nan, np.nan],
                       "force_p_target_low_met_pct_without_us": [np.nan, np.nan], "error": ["", ""]})
    lines = empty_outcomes(manifest, df)
    assert len(lines) == 2 and all(line.startswith("force.p_target_low_met_pct ") for line in lines)
    assert "has no value in any of the 2 evaluations" in lines[0]
    assert "not reported for the plans this design builds" in lines[0]


def test_sourced_ranges_leave_out_a_ruled_out_nation(tmp_path: Path) -> None:
    """r6 L5: FRA's pledge (a sourced range in europe-2025) cannot matter once FRA is ruled out."""
    (tmp_path / "nofra.toml").write_text(
        'schema = 1\nname = "nofra"\nextends = "europe-2025"\n'
        '[[contributors]]\nnation = "FRA"\nstatus = "ruled-out"\nassumption = "test (for a test)"\n')
    text = TINY.replace('scenarios = ["europe-2025"]', 'scenarios = ["nofra.toml"]').replace(
        "sourced_ranges = false", "sourced_ranges = true")
    path = tmp_path / "exp.toml"
    path.write_text(text)
    paths = [f.path for f in build_plan(load_experiment(path)).factors]
    assert not any(p.startswith("contributors[FRA].") for p in paths), paths
    europe = TINY.replace("sourced_ranges = false", "sourced_ranges = true")
    (tmp_path / "europe.toml").write_text(europe)
    assert "contributors[FRA].pledge_troops" in [f.path for f in build_plan(load_experiment(tmp_path / "europe.toml")).factors]
