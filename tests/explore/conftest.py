"""Shared fixtures of the explore tests: a tiny experiment over europe-2025 and its reference run.

The experiment is kept small (6 design points, 1 incident run each) because each evaluation is
a whole assessment; the reference is run once, in this process, with one worker.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

TINY = """\
schema = 1
name = "tiny"
title = "A tiny experiment for the tests"
scenarios = ["europe-2025"]
seed = 11
runs = 1
batch_size = 2
outcomes = ["force.p_target_met_pct", "incidents.detected_pct"]
fail = "incidents_detected_pct_with_us < 50"

[design]
kind = "lhs"
samples = 6

[uncertainties]
sourced_ranges = false

[[uncertainties.factor]]
path = "contributors[DEU].p_join"
low = 0.0
high = 0.8
assumption = "test range (for a test)"

[[levers]]
path = "us_backstop.isr"
values = [true, false]
note = "on or off (for a test)"

[[levers]]
path = "monitoring.fleets[2].orbits"
low = 0
high = 6
integer = true
note = "none to six orbits (for a test)"
"""


def _experiment_file(tmp_path_factory: pytest.TempPathFactory, name: str, text: str) -> Path:
    path = tmp_path_factory.mktemp(name) / f"{name}.toml"
    path.write_text(text)
    return path


def _uninterrupted_run(path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The run with one worker, in this process: what every other way of running must equal."""
    from reassure.run.explore import plan_from_file
    from reassure.run.explore.execute import run_plan

    out = tmp_path_factory.mktemp(f"ref-{path.stem}") / "out"
    run_plan(plan_from_file(path), out, workers=1)
    return out


@pytest.fixture(scope="session")
def tiny_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _experiment_file(tmp_path_factory, "tiny", TINY)


@pytest.fixture(scope="session")
def reference_run(tiny_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _uninterrupted_run(tiny_file, tmp_path_factory)


@pytest.fixture(scope="session")
def kill_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny experiment with 16 design points: killed after 1 to 3 stored batches, a run of
    16 leaves many batches to go, so the kill cannot race the run's end on a quick machine."""
    return _experiment_file(tmp_path_factory, "kill", TINY.replace("samples = 6", "samples = 16"))


@pytest.fixture(scope="session")
def kill_reference(kill_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _uninterrupted_run(kill_file, tmp_path_factory)


def cli_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO / "src") + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


CLI = [sys.executable, "-m", "reassure.cli"]

# the head of a small experiment file that the review tests vary (seed, runs, outcomes, design)
EXPERIMENT_HEAD = """\
schema = 1
name = "t"
title = "Test"
scenarios = ["europe-2025"]
seed = 1
runs = 1
outcomes = ["force.p_target_met_pct"]

[design]
kind = "lhs"
samples = 8

[uncertainties]
sourced_ranges = false
"""

